//! A model of the Zend memory manager's bookkeeping (`Zend/zend_alloc.c`),
//! fed with the sizes of the allocations phpi really makes.
//!
//! Zend serves a request from 2 MiB *chunks* of 512 pages of 4 KiB (the
//! first page of each chunk holds the chunk's own map) and sorts requests
//! into three classes:
//! - **small** (up to 3072 bytes): rounded up to one of 30 *bin* sizes and
//!   carved from *runs* of one to seven pages, each run holding a fixed
//!   number of slots. A run stays with its bin once made, even when all
//!   its slots are free again; only Zend's own `zend_mm_gc` (run when the
//!   limit is hit) hands empty runs back;
//! - **large** (up to a chunk minus its map page): whole pages in a chunk;
//! - **huge** (anything bigger): mapped on its own, rounded to pages.
//!
//! `memory_get_usage()` is the sum of the rounded sizes in use
//! ([`HeapModel::usage`]); `memory_get_usage(true)` is whole chunks plus
//! huge blocks ([`HeapModel::real_usage`]). `memory_limit` is checked
//! against the real figure, only when a new chunk or a huge block is
//! needed, and the error names what Zend tried to map then: a whole chunk
//! (2097152 bytes) or the page-rounded huge block.
//!
//! Where this departs from Zend: pages are counted, not placed, so a large
//! block never needs a fresh chunk just because the free pages of the
//! existing ones are scattered; chunks are handed back as soon as the pages
//! in use fit in fewer of them (Zend keeps one spare). And an allocation
//! over the limit still happens — the system allocator has already been
//! asked for it — the model only records it ([`HeapModel::take_exhaustion`])
//! for the evaluator to report at its next safe point.

/// Zend's page.
pub const PAGE_SIZE: usize = 4096;
/// Zend's chunk: the unit in which real memory is counted.
pub const CHUNK_SIZE: usize = 2 * 1024 * 1024;
/// Pages of a chunk available for data (its first page is the chunk map).
pub const CHUNK_DATA_PAGES: usize = CHUNK_SIZE / PAGE_SIZE - 1;
/// The biggest small (binned) size.
pub const MAX_SMALL_SIZE: usize = 3072;
/// The biggest large size: a chunk minus its map page.
pub const MAX_LARGE_SIZE: usize = CHUNK_SIZE - PAGE_SIZE;
/// The limit meaning "no limit" (`memory_limit = -1`), as Zend sets it.
pub const UNLIMITED: usize = usize::MAX >> 1;
/// PHP's default `memory_hard_limit_percent`: the process stops at once
/// when its real usage passes twice `memory_limit`.
pub const DEFAULT_HARD_LIMIT_PERCENT: usize = 200;

/// One of Zend's small-size bins: slot size, slots per run, pages per run.
#[derive(Clone, Copy)]
struct Bin {
    size: u16,
    slots_per_run: u16,
    pages_per_run: u8,
}

const fn bin(size: u16, slots_per_run: u16, pages_per_run: u8) -> Bin {
    Bin {
        size,
        slots_per_run,
        pages_per_run,
    }
}

/// Zend's 30 bins (`zend_alloc_sizes.h`).
const BINS: [Bin; 30] = [
    bin(8, 512, 1),
    bin(16, 256, 1),
    bin(24, 170, 1),
    bin(32, 128, 1),
    bin(40, 102, 1),
    bin(48, 85, 1),
    bin(56, 73, 1),
    bin(64, 64, 1),
    bin(80, 51, 1),
    bin(96, 42, 1),
    bin(112, 36, 1),
    bin(128, 32, 1),
    bin(160, 25, 1),
    bin(192, 21, 1),
    bin(224, 18, 1),
    bin(256, 16, 1),
    bin(320, 64, 5),
    bin(384, 32, 3),
    bin(448, 9, 1),
    bin(512, 8, 1),
    bin(640, 32, 5),
    bin(768, 16, 3),
    bin(896, 9, 2),
    bin(1024, 8, 2),
    bin(1280, 16, 5),
    bin(1536, 8, 3),
    bin(1792, 16, 7),
    bin(2048, 8, 4),
    bin(2560, 8, 5),
    bin(3072, 4, 3),
];
/// How many bins there are.
pub const BIN_COUNT: usize = BINS.len();

/// The slot size of bin `bin`.
#[inline(always)]
pub fn bin_size(bin: usize) -> usize {
    BINS[bin].size as usize
}

/// The bin of every small size, indexed by the size in 8-byte units
/// (rounded up).
const BIN_OF_UNITS: [u8; MAX_SMALL_SIZE / 8 + 1] = {
    let mut table = [0u8; MAX_SMALL_SIZE / 8 + 1];
    let mut units = 0;
    let mut b = 0;
    while units < table.len() {
        while (BINS[b].size as usize) < units * 8 {
            b += 1;
        }
        table[units] = b as u8;
        units += 1;
    }
    table
};

/// How Zend would serve a request of a given size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SizeClass {
    /// A slot of bin number `.0`.
    Small(usize),
    /// This many whole pages inside a chunk.
    Large(usize),
    /// A block of its own, of this many bytes (whole pages).
    Huge(usize),
}

/// Sorts a request size the way Zend's `zend_mm_alloc_heap` does.
#[inline(always)]
pub fn size_class(size: usize) -> SizeClass {
    if size <= MAX_SMALL_SIZE {
        SizeClass::Small(BIN_OF_UNITS[size.div_ceil(8)] as usize)
    } else if size <= MAX_LARGE_SIZE {
        SizeClass::Large(size.div_ceil(PAGE_SIZE))
    } else {
        SizeClass::Huge(size.saturating_add(PAGE_SIZE - 1) & !(PAGE_SIZE - 1))
    }
}

/// The bin of a small request of `size` bytes (`None`: not small, or
/// empty): `size_class`'s first test and lookup alone, for the allocator.
#[inline(always)]
pub fn small_bin(size: usize) -> Option<usize> {
    (size.wrapping_sub(1) < MAX_SMALL_SIZE).then(|| BIN_OF_UNITS[size.div_ceil(8)] as usize)
}

/// What Zend counts for a request of `size` bytes (its rounded size).
pub fn rounded_size(size: usize) -> usize {
    match size_class(size) {
        SizeClass::Small(b) => BINS[b].size as usize,
        SizeClass::Large(pages) => pages * PAGE_SIZE,
        SizeClass::Huge(bytes) => bytes,
    }
}

/// The size of a `zend_string` of `len` bytes as Zend allocates it: the
/// 24-byte header, the bytes and a terminating NUL, rounded to 8.
pub fn zend_string_size(len: usize) -> usize {
    len.saturating_add(24 + 1 + 7) & !7
}

/// An allocation refused by `memory_limit`: the limit and what Zend would
/// have tried to allocate (as its message words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Exhaustion {
    pub limit: usize,
    pub tried: usize,
}

/// The counters of one Zend heap. All sizes in bytes unless named pages.
#[derive(Clone, Debug)]
pub struct HeapModel {
    /// Rounded sizes of everything allocated (`memory_get_usage()`).
    size: usize,
    peak: usize,
    /// Chunks mapped (at least one: the main chunk).
    chunks: usize,
    /// Pages in use inside chunks: runs of small bins and large blocks.
    pages: usize,
    /// Bytes in huge blocks.
    huge: usize,
    real_peak: usize,
    /// Slots in use per bin.
    live: [u32; BIN_COUNT],
    /// Slots made per bin: its runs times its `slots_per_run`.
    slots: [u32; BIN_COUNT],
    limit: usize,
    /// `hard_limit` as a percentage of `limit`.
    hard_limit_percent: usize,
    /// The real usage past which a request with a pending error is stopped.
    hard_limit: usize,
    /// The first allocation over `limit` not yet reported as an error.
    exhausted: Option<Exhaustion>,
    /// `exhausted` is new to the evaluator (a single flag to test).
    attention: bool,
    /// The last chunk or huge block mapped (what the hard limit names).
    last_mapped: usize,
    /// The real usage when the evaluator learnt of `exhausted`.
    real_when_acknowledged: usize,
    /// Counting is suspended (see `memory::uncounted`).
    pub paused: bool,
}

impl Default for HeapModel {
    fn default() -> Self {
        HeapModel::new()
    }
}

impl HeapModel {
    /// A heap holding its main chunk and nothing else, without a limit.
    pub const fn new() -> HeapModel {
        HeapModel {
            size: 0,
            peak: 0,
            chunks: 1,
            pages: 0,
            huge: 0,
            real_peak: CHUNK_SIZE,
            live: [0; BIN_COUNT],
            slots: [0; BIN_COUNT],
            limit: UNLIMITED,
            hard_limit_percent: DEFAULT_HARD_LIMIT_PERCENT,
            hard_limit: UNLIMITED,
            exhausted: None,
            attention: false,
            last_mapped: 0,
            real_when_acknowledged: 0,
            paused: false,
        }
    }

    /// `memory_get_usage()`.
    pub fn usage(&self) -> usize {
        self.size
    }

    /// `memory_get_usage(true)`: whole chunks plus huge blocks.
    pub fn real_usage(&self) -> usize {
        self.chunks * CHUNK_SIZE + self.huge
    }

    pub fn peak(&self) -> usize {
        self.peak
    }

    pub fn real_peak(&self) -> usize {
        self.real_peak
    }

    /// `memory_reset_peak_usage()`.
    pub fn reset_peak(&mut self) {
        self.peak = self.size;
        self.real_peak = self.real_usage();
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    /// Sets the limit as Zend's `zend_set_memory_limit` does: refused (with
    /// the real usage) when below the memory already mapped.
    pub fn set_limit(&mut self, limit: usize) -> Result<(), usize> {
        if limit < self.real_usage() {
            return Err(self.real_usage());
        }
        self.limit = limit;
        self.update_hard_limit();
        Ok(())
    }

    pub fn hard_limit_percent(&self) -> usize {
        self.hard_limit_percent
    }

    /// Sets the hard limit as a percentage (at least 100) of the limit.
    pub fn set_hard_limit_percent(&mut self, percent: usize) {
        self.hard_limit_percent = percent.max(100);
        self.update_hard_limit();
    }

    fn update_hard_limit(&mut self) {
        self.hard_limit = match self.limit.checked_mul(self.hard_limit_percent) {
            Some(b) if self.limit < UNLIMITED => (b / 100).min(UNLIMITED),
            _ => UNLIMITED,
        };
    }

    /// The pending over-the-limit record, if any, now known to the
    /// evaluator; it stays until taken.
    pub fn acknowledge_exhaustion(&mut self) -> Option<Exhaustion> {
        if self.attention {
            self.attention = false;
            self.real_when_acknowledged = self.real_usage();
        }
        self.exhausted
    }

    /// Takes the pending over-the-limit record (the error was reported).
    pub fn take_exhaustion(&mut self) -> Option<Exhaustion> {
        self.attention = false;
        self.exhausted.take()
    }

    pub fn has_exhaustion(&self) -> bool {
        self.exhausted.is_some()
    }

    /// A new over-the-limit record waits for the evaluator.
    #[inline(always)]
    pub fn needs_attention(&self) -> bool {
        self.attention
    }

    /// Past the hard limit: the real usage has grown beyond it since the
    /// evaluator learnt of a pending over-the-limit error.
    pub fn hard_exhaustion(&self) -> Option<Exhaustion> {
        let real = self.real_usage();
        let grown = real > self.hard_limit && real > self.real_when_acknowledged;
        (self.exhausted.is_some() && !self.attention && grown).then_some(Exhaustion {
            limit: self.hard_limit,
            tried: self.last_mapped,
        })
    }

    /// Counts an allocation of `size` bytes.
    #[inline(always)]
    pub fn allocate(&mut self, size: usize) {
        match size_class(size) {
            SizeClass::Small(b) => self.allocate_small(b),
            SizeClass::Large(pages) => {
                self.use_pages(pages);
                self.grow_size(pages * PAGE_SIZE);
            }
            SizeClass::Huge(bytes) => self.allocate_huge(bytes),
        }
    }

    /// Counts the release of an allocation of `size` bytes. Releases of
    /// memory this heap never counted (made before it was reset) saturate
    /// at zero instead of wrapping.
    #[inline(always)]
    pub fn free(&mut self, size: usize) {
        match size_class(size) {
            SizeClass::Small(b) => self.free_small(b),
            SizeClass::Large(pages) => {
                self.release_pages(pages);
                self.size = self.size.saturating_sub(pages * PAGE_SIZE);
            }
            SizeClass::Huge(bytes) => {
                self.huge = self.huge.saturating_sub(bytes);
                self.size = self.size.saturating_sub(bytes);
            }
        }
    }

    /// Counts an allocation in bin `b` (see [`small_bin`]).
    #[inline(always)]
    pub fn allocate_small(&mut self, b: usize) {
        self.live[b] += 1;
        if self.live[b] > self.slots[b] {
            self.new_run(b);
        }
        self.grow_size(BINS[b].size as usize);
    }

    /// Counts the release of a slot of bin `b`, saturating as `free` does.
    #[inline(always)]
    pub fn free_small(&mut self, b: usize) {
        self.live[b] = self.live[b].saturating_sub(1);
        self.size = self.size.saturating_sub(BINS[b].size as usize);
    }

    /// Counts a reallocation. Huge blocks grow and shrink in place (as
    /// `mremap` and Zend's `zend_mm_chunk_extend` do); anything else is a
    /// new block, copied, then the old one freed, so both count at the peak.
    pub fn reallocate(&mut self, old_size: usize, new_size: usize) {
        if rounded_size(old_size) == rounded_size(new_size) {
            return;
        }
        match (size_class(old_size), size_class(new_size)) {
            (SizeClass::Huge(_), SizeClass::Huge(_)) => {
                self.free(old_size);
                self.allocate(new_size);
            }
            _ => {
                self.allocate(new_size);
                self.free(old_size);
            }
        }
    }

    /// What the limit would say to a request of `size` bytes right now,
    /// without counting it (`None`: it fits).
    pub fn check(&self, size: usize) -> Option<Exhaustion> {
        let pages = match size_class(size) {
            SizeClass::Small(b) => {
                if self.live[b] < self.slots[b] {
                    return None;
                }
                BINS[b].pages_per_run as usize
            }
            SizeClass::Large(pages) => pages,
            SizeClass::Huge(bytes) => {
                return (bytes > self.headroom()).then_some(Exhaustion {
                    limit: self.limit,
                    tried: bytes,
                })
            }
        };
        let needs_chunk = self.pages + pages > self.chunks * CHUNK_DATA_PAGES;
        (needs_chunk && CHUNK_SIZE > self.headroom()).then_some(Exhaustion {
            limit: self.limit,
            tried: CHUNK_SIZE,
        })
    }

    /// Room left under the limit, in real (mapped) bytes.
    fn headroom(&self) -> usize {
        self.limit.saturating_sub(self.real_usage())
    }

    #[inline(always)]
    fn grow_size(&mut self, bytes: usize) {
        self.size += bytes;
        if self.size > self.peak {
            self.peak = self.size;
        }
    }

    #[cold]
    fn new_run(&mut self, b: usize) {
        self.use_pages(BINS[b].pages_per_run as usize);
        self.slots[b] += BINS[b].slots_per_run as u32;
    }

    #[inline(always)]
    fn use_pages(&mut self, pages: usize) {
        self.pages += pages;
        if self.pages > self.chunks * CHUNK_DATA_PAGES {
            self.add_chunks();
        }
    }

    /// Maps chunks until the pages in use fit, checking the limit for each
    /// as `zend_mm_alloc_pages` does (after trying `zend_mm_gc`).
    #[cold]
    fn add_chunks(&mut self) {
        while self.pages > self.chunks * CHUNK_DATA_PAGES {
            if CHUNK_SIZE > self.headroom() {
                self.return_empty_runs();
                if self.pages <= self.chunks * CHUNK_DATA_PAGES {
                    break;
                }
                if CHUNK_SIZE > self.headroom() {
                    self.record_exhaustion(CHUNK_SIZE);
                }
            }
            self.chunks += 1;
            self.note_real_growth(CHUNK_SIZE);
        }
    }

    fn allocate_huge(&mut self, bytes: usize) {
        if bytes > self.headroom() {
            self.return_empty_runs();
            if bytes > self.headroom() {
                self.record_exhaustion(bytes);
            }
        }
        self.huge += bytes;
        self.note_real_growth(bytes);
        self.grow_size(bytes);
    }

    fn release_pages(&mut self, pages: usize) {
        self.pages = self.pages.saturating_sub(pages);
        self.shrink_chunks();
    }

    fn shrink_chunks(&mut self) {
        while self.chunks > 1 && self.pages <= (self.chunks - 1) * CHUNK_DATA_PAGES {
            self.chunks -= 1;
        }
    }

    /// Zend's `zend_mm_gc`: runs whose slots are all free go back to their
    /// chunks. The model does not know which runs are empty; it keeps just
    /// enough runs for the live slots of each bin.
    fn return_empty_runs(&mut self) {
        for (b, bin) in BINS.iter().enumerate() {
            let per_run = bin.slots_per_run as u32;
            let (runs, needed) = (self.slots[b] / per_run, self.live[b].div_ceil(per_run));
            if runs > needed {
                let pages = (runs - needed) as usize * bin.pages_per_run as usize;
                self.pages = self.pages.saturating_sub(pages);
                self.slots[b] = needed * per_run;
            }
        }
        self.shrink_chunks();
    }

    fn record_exhaustion(&mut self, tried: usize) {
        if self.exhausted.is_none() {
            self.exhausted = Some(Exhaustion {
                limit: self.limit,
                tried,
            });
            self.attention = true;
            // Wake the evaluator's next safe point (`Interp::safe_point`).
            crate::gc::set_pending_work();
        }
    }

    /// Follows the real usage up; `mapped` is what was just mapped.
    fn note_real_growth(&mut self, mapped: usize) {
        self.last_mapped = mapped;
        let real = self.real_usage();
        if real > self.real_peak {
            self.real_peak = real;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_sort_into_zend_classes() {
        assert_eq!(size_class(1), SizeClass::Small(0));
        assert_eq!(size_class(8), SizeClass::Small(0));
        assert_eq!(size_class(9), SizeClass::Small(1));
        assert_eq!(rounded_size(57), 64);
        assert_eq!(rounded_size(1025), 1280);
        assert_eq!(rounded_size(3072), 3072);
        assert_eq!(rounded_size(3073), 4096);
        assert_eq!(size_class(MAX_LARGE_SIZE), SizeClass::Large(511));
        assert_eq!(size_class(MAX_LARGE_SIZE + 1), SizeClass::Huge(CHUNK_SIZE));
        // PHP: str_repeat('x', 3000000) over the limit "tried to allocate 3002368 bytes".
        assert_eq!(rounded_size(zend_string_size(3_000_000)), 3_002_368);
        assert_eq!(rounded_size(zend_string_size(1_000_000_000)), 1_000_001_536);
        assert_eq!(rounded_size(zend_string_size(2_097_100)), 2_097_152);
        assert_eq!(rounded_size(zend_string_size(2_100_000)), 2_101_248);
    }

    #[test]
    fn every_bin_size_maps_to_itself() {
        for (i, b) in BINS.iter().enumerate() {
            assert_eq!(size_class(b.size as usize), SizeClass::Small(i));
            assert_eq!(
                size_class(b.size as usize + 1),
                if i + 1 < BIN_COUNT {
                    SizeClass::Small(i + 1)
                } else {
                    SizeClass::Large(1)
                }
            );
        }
    }

    #[test]
    fn usage_rises_and_falls_back() {
        let mut h = HeapModel::new();
        for _ in 0..1000 {
            h.allocate(100);
        }
        assert_eq!(h.usage(), 1000 * 112);
        h.allocate(10_000);
        assert_eq!(h.usage(), 1000 * 112 + 3 * PAGE_SIZE);
        for _ in 0..1000 {
            h.free(100);
        }
        h.free(10_000);
        assert_eq!(h.usage(), 0);
        assert_eq!(h.peak(), 1000 * 112 + 3 * PAGE_SIZE);
        h.reset_peak();
        assert_eq!(h.peak(), 0);
    }

    #[test]
    fn small_runs_stay_with_their_bins() {
        // PHP: 30000 strings of 100 bytes, then unset: real usage stays.
        let mut h = HeapModel::new();
        for _ in 0..30_000 {
            h.allocate(zend_string_size(100));
        }
        let real = h.real_usage();
        assert!(real > CHUNK_SIZE);
        for _ in 0..30_000 {
            h.free(zend_string_size(100));
        }
        assert_eq!(h.real_usage(), real);
        assert_eq!(h.usage(), 0);
    }

    #[test]
    fn huge_blocks_count_whole_pages_in_real_usage() {
        let mut h = HeapModel::new();
        h.allocate(zend_string_size(3_000_000));
        assert_eq!(h.real_usage(), CHUNK_SIZE + 3_002_368);
        assert_eq!(h.usage(), 3_002_368);
        h.free(zend_string_size(3_000_000));
        assert_eq!(h.real_usage(), CHUNK_SIZE);
        assert_eq!(h.real_peak(), CHUNK_SIZE + 3_002_368);
    }

    #[test]
    fn limit_names_the_huge_block_or_the_chunk() {
        let mut h = HeapModel::new();
        h.set_limit(8 * 1024 * 1024).unwrap();
        h.allocate(zend_string_size(3_000_000));
        assert_eq!(h.check(zend_string_size(3_000_000)), None);
        assert_eq!(
            h.check(zend_string_size(6_000_000)),
            Some(Exhaustion {
                limit: 8 << 20,
                tried: 6_000_640
            })
        );
        h.allocate(zend_string_size(6_000_000));
        assert_eq!(
            h.take_exhaustion(),
            Some(Exhaustion {
                limit: 8 << 20,
                tried: 6_000_640
            })
        );
        assert_eq!(h.take_exhaustion(), None);

        let mut h = HeapModel::new();
        h.set_limit(4 * 1024 * 1024).unwrap();
        let mut n = 0;
        while !h.has_exhaustion() {
            h.allocate(1000);
            n += 1;
        }
        assert_eq!(
            h.take_exhaustion(),
            Some(Exhaustion {
                limit: 4 << 20,
                tried: CHUNK_SIZE
            })
        );
        // Two chunks of 511 pages, 8 slots of 1024 bytes per 2-page run.
        assert_eq!(n, 2 * 511 / 2 * 8 + 1);
    }

    #[test]
    fn limit_below_real_usage_is_refused() {
        let mut h = HeapModel::new();
        assert_eq!(h.set_limit(1024 * 1024), Err(CHUNK_SIZE));
        assert_eq!(h.set_limit(CHUNK_SIZE), Ok(()));
        assert_eq!(h.limit(), CHUNK_SIZE);
    }

    #[test]
    fn hitting_the_limit_returns_empty_runs_first() {
        let mut h = HeapModel::new();
        h.set_limit(4 * 1024 * 1024).unwrap();
        for _ in 0..4000 {
            h.allocate(1000);
        }
        for _ in 0..4000 {
            h.free(1000);
        }
        // The runs of the 1024 bin fill both chunks, but all are empty.
        assert_eq!(h.real_usage(), 2 * CHUNK_SIZE);
        for _ in 0..4000 {
            h.allocate(500);
        }
        assert_eq!(h.take_exhaustion(), None);
    }

    #[test]
    fn hard_limit_applies_while_an_error_is_pending() {
        let mut h = HeapModel::new();
        h.set_limit(8 << 20).unwrap();
        h.allocate(3 << 20);
        assert!(!h.needs_attention());
        h.allocate(4 << 20);
        assert!(h.needs_attention());
        let pending = h.acknowledge_exhaustion();
        assert_eq!(
            pending,
            Some(Exhaustion {
                limit: 8 << 20,
                tried: 4 << 20
            })
        );
        assert!(!h.needs_attention());
        assert_eq!(h.hard_exhaustion(), None);
        h.allocate(8 << 20);
        assert_eq!(
            h.hard_exhaustion(),
            Some(Exhaustion {
                limit: 16 << 20,
                tried: 8 << 20
            })
        );
        // Already past it when the evaluator learns of the error: only
        // growth from there counts.
        let mut h = HeapModel::new();
        h.set_limit(8 << 20).unwrap();
        h.allocate(20 << 20);
        let pending = h.acknowledge_exhaustion();
        assert_eq!(h.hard_exhaustion(), None);
        h.allocate(8 << 20);
        assert_eq!(
            h.hard_exhaustion(),
            Some(Exhaustion {
                limit: 16 << 20,
                tried: 8 << 20
            })
        );
        // Once the error is reported, the hard limit no longer applies.
        assert_eq!(h.take_exhaustion(), pending);
        assert_eq!(h.hard_exhaustion(), None);
    }

    #[test]
    fn realloc_of_a_huge_block_is_in_place() {
        let mut h = HeapModel::new();
        h.allocate(3 << 20);
        h.reallocate(3 << 20, 6 << 20);
        assert_eq!(h.usage(), 6 << 20);
        assert_eq!(h.peak(), 6 << 20);
        h.reallocate(6 << 20, 100);
        assert_eq!(h.usage(), 112);
    }
}
