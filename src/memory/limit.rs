//! Where the evaluator meets the memory limit: noting an over-limit
//! allocation, raising PHP's fatal error at the places PHP does, the
//! pre-check for built-ins that allocate a lot at once, and the hook for a
//! changed `memory_limit`.
//!
//! PHP (8.2 as the reference build runs it) lets an allocation made by the
//! engine itself go over `memory_limit`, remembers the error with the line
//! being run, and raises it at the VM's next interrupt check: when a
//! built-in function returns, when a user function is entered, on a loop's
//! jump back, and when the main script ends. Until then the script goes on
//! (an `echo` after an over-limit concatenation still prints). Built-ins
//! asking for a big block fail at once, before allocating. Past the hard
//! limit the process stops at once, exit status 137, without shutdown
//! functions or destructors.

use super::zend_heap::{Exhaustion, UNLIMITED};
use super::LimitRefused;
use crate::interp::{Interp, Unwind, R};
use crate::value::Str;

/// An over-limit allocation waiting for the evaluator's next interrupt
/// check, with the place it happened.
#[derive(Debug)]
pub struct PendingMemoryError {
    pub exhaustion: Exhaustion,
    pub file: Str,
    pub line: u32,
}

/// PHP's exit status after the hard limit: the process was killed (SIGKILL).
pub const HARD_LIMIT_EXIT_STATUS: i32 = 137;

/// Blocks from this size up are asked of the system before a built-in
/// commits to making them (see `Interp::reserve_memory`).
const PROBED_SIZE: usize = 1 << 30;

/// Whether the system allocator can give a block of `bytes` now: asks for
/// it and gives it back at once, uncounted (with overcommit the pages are
/// never touched). The block's address goes through `black_box`: an
/// optimised build would otherwise drop the unused allocation and assume
/// it succeeded.
fn system_can_allocate(bytes: usize) -> bool {
    super::uncounted(|| {
        let mut block = Vec::<u8>::new();
        let granted = block.try_reserve_exact(bytes).is_ok();
        std::hint::black_box(block.as_ptr());
        granted
    })
}

/// Bytes Zend allocates for a packed array able to hold `n` elements: the
/// table size (a power of two, at least 8) times 16-byte slots, plus the
/// 8 bytes of its minimal hash part. Built-ins that make lists of a known
/// length (`range`, `array_fill`, `str_split`...) reserve this first.
pub fn packed_array_size(n: usize) -> usize {
    n.max(8)
        .checked_next_power_of_two()
        .map_or(usize::MAX, |t| t.saturating_mul(16).saturating_add(8))
}

impl Interp {
    /// Starts counting the request: called once the interpreter's own
    /// tables are built, so the script's figures start from an empty heap.
    pub fn begin_memory_accounting(&mut self) {
        // The collector makes its root buffer when first used; PHP's lives
        // outside the request heap.
        let _ = crate::gc::enabled();
        super::begin_request();
        let _ = super::set_limit(self.settings.memory_limit);
    }

    /// The hook for a changed `memory_limit` (`-d`, `ini_set`): applies
    /// `value` (PHP's size shorthand, `-1` for none) to the allocator.
    /// PHP refuses a limit below the memory in use; then nothing changes
    /// and the caller reports the error as PHP's warning (its `Display`).
    pub fn memory_limit_changed(&mut self, value: &[u8]) -> Result<(), LimitRefused> {
        let limit = crate::interp::parse_size(value);
        super::set_limit(limit)?;
        self.settings.memory_limit = limit;
        Ok(())
    }

    /// The hook for `memory_hard_limit_percent`: empty or `-1` is PHP's
    /// default (200), anything else must be at least 100; false when
    /// refused.
    pub fn memory_hard_limit_percent_changed(&mut self, value: &[u8]) -> bool {
        let percent = match crate::numeric::str_to_int(value) {
            _ if value.is_empty() => super::zend_heap::DEFAULT_HARD_LIMIT_PERCENT,
            -1 => super::zend_heap::DEFAULT_HARD_LIMIT_PERCENT,
            p if p >= 100 => usize::try_from(p).unwrap_or(UNLIMITED),
            _ => return false,
        };
        super::set_hard_limit_percent(percent);
        true
    }

    /// At a safe point (after each statement): stops the process when a
    /// memory error noted by an earlier statement is still pending and the
    /// real usage has gone past the hard limit since; then notes where a
    /// new over-limit allocation happened.
    #[inline(always)]
    pub fn note_memory_use(&mut self) {
        if self.memory_error.is_some() || super::needs_attention() {
            self.note_memory_exhaustion();
        }
    }

    #[cold]
    fn note_memory_exhaustion(&mut self) {
        if self.memory_error.is_some() {
            if let Some(hard) = super::hard_exhaustion() {
                self.stop_at_hard_limit(hard);
            }
        }
        if let Some(exhaustion) = super::acknowledge_exhaustion() {
            if self.memory_error.is_none() {
                self.memory_error = Some(Box::new(PendingMemoryError {
                    exhaustion,
                    file: self.current_file(),
                    line: self.current_line(),
                }));
            }
        }
    }

    /// An interrupt check: raises the pending memory error, if any.
    #[inline(always)]
    pub fn check_memory(&mut self) -> R<()> {
        if self.memory_error.is_some() || super::needs_attention() {
            return self.raise_memory_error();
        }
        Ok(())
    }

    #[cold]
    fn raise_memory_error(&mut self) -> R<()> {
        self.note_memory_exhaustion();
        match self.memory_error.take() {
            Some(p) => Err(self.memory_fatal(p.exhaustion, &p.file, p.line)),
            None => Ok(()),
        }
    }

    /// The pre-check for a built-in about to allocate `bytes` at once:
    /// PHP's fatal error now, before allocating, when they do not fit in
    /// `memory_limit`. A block that fits but that the system cannot give
    /// (no limit, or a limit above the machine's memory) ends the process
    /// as PHP's failed `mmap` does, instead of aborting in the allocation.
    pub fn reserve_memory(&mut self, bytes: usize) -> R<()> {
        if let Some(e) = super::check(bytes) {
            let (file, line) = (self.current_file(), self.current_line());
            return Err(self.memory_fatal(e, &file, line));
        }
        if bytes >= PROBED_SIZE && !system_can_allocate(bytes) {
            self.out_of_memory();
        }
        Ok(())
    }

    /// [`Interp::reserve_memory`] for a string of `len` bytes.
    pub fn reserve_string(&mut self, len: usize) -> R<()> {
        self.reserve_memory(super::zend_heap::zend_string_size(len))
    }

    /// Prints `Allowed memory size ... exhausted`. PHP discards the output
    /// buffers first and reports with the limit lifted: what reporting
    /// allocates is not counted against the script.
    fn memory_fatal(&mut self, e: Exhaustion, file: &Str, line: u32) -> Unwind {
        self.out.buffers.clear();
        let msg = format!(
            "Allowed memory size of {} bytes exhausted (tried to allocate {} bytes)",
            e.limit, e.tried
        );
        let unwind = self.fatal_in(msg.as_bytes(), file.as_bytes(), line);
        self.memory_error = None;
        let _ = super::take_exhaustion();
        unwind
    }

    /// The system refused memory the limit allows: PHP reports the failed
    /// `mmap` (it tries twice) on standard error and exits with status 1;
    /// what was already echoed stays, output buffers and the shutdown
    /// sequence are lost.
    pub fn out_of_memory(&mut self) -> ! {
        self.out.flush();
        let failed = "\nmmap() failed: [12] Cannot allocate memory\n";
        eprintln!("{failed}{failed}Out of memory");
        std::process::exit(1)
    }

    /// Past the hard limit PHP kills the process: the message goes to
    /// standard error, what was already echoed stays, output buffers and
    /// the shutdown sequence are lost.
    fn stop_at_hard_limit(&mut self, e: Exhaustion) -> ! {
        self.out.flush();
        eprintln!(
            "Hard memory limit of {} bytes exhausted (tried to allocate {} bytes) in {} on line {}",
            e.limit,
            e.tried,
            String::from_utf8_lossy(self.current_file().as_bytes()),
            self.current_line()
        );
        std::process::exit(HARD_LIMIT_EXIT_STATUS)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_arrays_round_to_powers_of_two() {
        // PHP: range(1, 10000000) "tried to allocate 268439552 bytes" (page-rounded).
        assert_eq!(
            super::super::zend_heap::rounded_size(packed_array_size(10_000_000)),
            268_439_552
        );
        assert_eq!(
            super::super::zend_heap::rounded_size(packed_array_size(1_000_000_000)),
            17_179_873_280
        );
        assert_eq!(packed_array_size(0), 8 * 16 + 8);
        assert_eq!(packed_array_size(usize::MAX), usize::MAX);
    }
}
