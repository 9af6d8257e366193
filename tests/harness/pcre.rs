//! A matcher for the PCRE patterns that golden tests compare output with.
//!
//! run-tests.php turns an `--EXPECTF--` section into a regular expression and
//! hands it, like an `--EXPECTREGEX--` section, to `preg_match` with the `s`
//! modifier. The test targets may not depend on a regex crate, so this module
//! implements the part of PCRE's syntax such patterns use: literals and
//! escapes, `.`, classes (ranges, `\d \w \s \h \v` and POSIX names), groups
//! (capturing, named and `(?:`), alternation, the quantifiers `* + ? {n}
//! {n,} {n,m}` in their greedy, lazy and possessive forms, the anchors
//! `^ $ \A \z \Z \b \B`, `\R`, `\Q...\E` and lookahead `(?=` `(?!`. Anything
//! else (backreferences, lookbehind, inline flags) is refused with an error
//! rather than matched wrongly.
//!
//! Matching is a Pike VM: a breadth-first simulation of the compiled program
//! that keeps at most one thread per instruction, so the time is linear in
//! the subject for a given pattern; no pattern can take exponential time or
//! overflow the stack, whatever a test's output is. It answers only "is there
//! a match?", which is all a golden test asks, and which is why lazy and
//! greedy quantifiers compile alike. Where this departs from PCRE: a
//! possessive quantifier (`a*+`) is treated as greedy, so it may match where
//! PCRE's refusal to backtrack would not.
//!
//! Patterns and subjects are bytes, as in `preg_match` without `/u`.

/// Largest compiled program accepted; counted repetitions are expanded.
const MAX_INSTRUCTIONS: usize = 1 << 20;

/// A compiled pattern.
pub struct Regex {
    /// `programs[0]` is the pattern; each lookahead is a program of its own.
    programs: Vec<Program>,
}

impl Regex {
    /// Compiles `pattern` (without delimiters); `dot_all` is PCRE's `s` modifier.
    pub fn new(pattern: &[u8], dot_all: bool) -> Result<Regex, String> {
        let mut parser = Parser {
            pattern,
            position: 0,
            dot_all,
        };
        let node = parser.parse_alternation()?;
        if parser.position < pattern.len() {
            return Err(parser.error("unmatched closing parenthesis"));
        }
        let mut programs = vec![Program::default()];
        compile_program(&node, 0, &mut programs)?;
        Ok(Regex { programs })
    }

    /// Whether the pattern matches anywhere in `subject`, as `preg_match` answers.
    pub fn is_match(&self, subject: &[u8]) -> bool {
        self.run(0, subject, 0, false)
    }

    /// Simulates program `index` on `subject` from `start`; `anchored` requires
    /// the match to begin at `start` (lookaheads), otherwise any later
    /// position may begin it.
    fn run(&self, index: usize, subject: &[u8], start: usize, anchored: bool) -> bool {
        let program = &self.programs[index];
        let mut current = ThreadSet::new(program.instructions.len());
        let mut next = ThreadSet::new(program.instructions.len());
        let mut pending = Vec::new();
        for position in start..=subject.len() {
            if (!anchored || position == start)
                && self.add_thread(program, &mut current, &mut pending, 0, subject, position)
            {
                return true;
            }
            if current.threads.is_empty() && anchored {
                return false;
            }
            let Some(&byte) = subject.get(position) else {
                break;
            };
            next.clear();
            for &pc in &current.threads {
                if let Instruction::Consume(set) = &program.instructions[pc] {
                    if set.contains(byte)
                        && self.add_thread(
                            program,
                            &mut next,
                            &mut pending,
                            pc + 1,
                            subject,
                            position + 1,
                        )
                    {
                        return true;
                    }
                }
            }
            std::mem::swap(&mut current, &mut next);
        }
        false
    }

    /// Adds the thread at `pc` and every thread reachable from it without
    /// consuming input; returns true as soon as one of them is a match.
    fn add_thread(
        &self,
        program: &Program,
        set: &mut ThreadSet,
        pending: &mut Vec<usize>,
        pc: usize,
        subject: &[u8],
        position: usize,
    ) -> bool {
        pending.clear();
        pending.push(pc);
        while let Some(pc) = pending.pop() {
            if !set.insert(pc) {
                continue;
            }
            match &program.instructions[pc] {
                Instruction::Consume(_) => {}
                Instruction::Match => return true,
                Instruction::Jump(target) => pending.push(*target),
                Instruction::Split(first, second) => {
                    pending.push(*second);
                    pending.push(*first);
                }
                Instruction::Assert(assertion) => {
                    if assertion.holds(subject, position) {
                        pending.push(pc + 1);
                    }
                }
                Instruction::LookAhead { program, negated } => {
                    // A nested run needs its own scratch stack.
                    if self.run(*program, subject, position, true) != *negated {
                        pending.push(pc + 1);
                    }
                }
            }
        }
        false
    }
}

/// The set of live threads (instruction indexes) at one subject position.
struct ThreadSet {
    threads: Vec<usize>,
    member: Vec<bool>,
}

impl ThreadSet {
    fn new(size: usize) -> ThreadSet {
        ThreadSet {
            threads: Vec::new(),
            member: vec![false; size],
        }
    }

    fn insert(&mut self, pc: usize) -> bool {
        if self.member[pc] {
            return false;
        }
        self.member[pc] = true;
        self.threads.push(pc);
        true
    }

    fn clear(&mut self) {
        for &pc in &self.threads {
            self.member[pc] = false;
        }
        self.threads.clear();
    }
}

/// A set of bytes, one bit each.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn single(byte: u8) -> ByteSet {
        let mut set = ByteSet::default();
        set.insert(byte);
        set
    }

    fn range(low: u8, high: u8) -> ByteSet {
        let mut set = ByteSet::default();
        for byte in low..=high {
            set.insert(byte);
        }
        set
    }

    fn of(bytes: &[u8]) -> ByteSet {
        let mut set = ByteSet::default();
        bytes.iter().for_each(|&byte| set.insert(byte));
        set
    }

    fn insert(&mut self, byte: u8) {
        self.0[usize::from(byte >> 6)] |= 1 << (byte & 63);
    }

    fn contains(&self, byte: u8) -> bool {
        self.0[usize::from(byte >> 6)] & (1 << (byte & 63)) != 0
    }

    fn union(mut self, other: ByteSet) -> ByteSet {
        for (word, other_word) in self.0.iter_mut().zip(other.0) {
            *word |= other_word;
        }
        self
    }

    fn complement(mut self) -> ByteSet {
        for word in &mut self.0 {
            *word = !*word;
        }
        self
    }

    fn digit() -> ByteSet {
        ByteSet::range(b'0', b'9')
    }

    fn word() -> ByteSet {
        ByteSet::range(b'a', b'z')
            .union(ByteSet::range(b'A', b'Z'))
            .union(ByteSet::digit())
            .union(ByteSet::single(b'_'))
    }

    /// PCRE's `\s`: space, `\t \n \v \f \r`.
    fn space() -> ByteSet {
        ByteSet::of(b" \t\n\x0b\x0c\r")
    }

    /// PCRE's `\h` without UTF: space, tab and NBSP.
    fn horizontal_space() -> ByteSet {
        ByteSet::of(b" \t\xa0")
    }

    /// PCRE's `\v` without UTF: `\n \v \f \r` and NEL.
    fn vertical_space() -> ByteSet {
        ByteSet::of(b"\n\x0b\x0c\r\x85")
    }
}

fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

#[derive(Clone, Copy, Debug)]
enum Assertion {
    /// `^` and `\A` (no multiline mode).
    TextStart,
    /// `\z`.
    TextEnd,
    /// `$` and `\Z`: the end, or just before a newline that ends the subject.
    TextEndOrFinalNewline,
    WordBoundary,
    NotWordBoundary,
}

impl Assertion {
    fn holds(self, subject: &[u8], position: usize) -> bool {
        let at_word_boundary = || {
            let before = position > 0 && is_word_byte(subject[position - 1]);
            let after = subject
                .get(position)
                .is_some_and(|&byte| is_word_byte(byte));
            before != after
        };
        match self {
            Assertion::TextStart => position == 0,
            Assertion::TextEnd => position == subject.len(),
            Assertion::TextEndOrFinalNewline => {
                position == subject.len()
                    || (position + 1 == subject.len() && subject[position] == b'\n')
            }
            Assertion::WordBoundary => at_word_boundary(),
            Assertion::NotWordBoundary => !at_word_boundary(),
        }
    }
}

/// The parsed pattern.
#[derive(Debug)]
enum Node {
    Bytes(ByteSet),
    Concat(Vec<Node>),
    Alternation(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
    },
    Assert(Assertion),
    LookAhead {
        node: Box<Node>,
        negated: bool,
    },
}

/// Recursive-descent parser over the pattern's bytes.
struct Parser<'p> {
    pattern: &'p [u8],
    position: usize,
    dot_all: bool,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> String {
        format!("regex: {what} at offset {}", self.position)
    }

    fn peek(&self) -> Option<u8> {
        self.pattern.get(self.position).copied()
    }

    fn next_byte(&mut self) -> Result<u8, String> {
        let byte = self
            .peek()
            .ok_or_else(|| self.error("pattern ends early"))?;
        self.position += 1;
        Ok(byte)
    }

    fn eat(&mut self, expected: &[u8]) -> bool {
        if self.pattern[self.position..].starts_with(expected) {
            self.position += expected.len();
            true
        } else {
            false
        }
    }

    fn parse_alternation(&mut self) -> Result<Node, String> {
        let mut branches = vec![self.parse_concat()?];
        while self.eat(b"|") {
            branches.push(self.parse_concat()?);
        }
        Ok(if branches.len() == 1 {
            branches.remove(0)
        } else {
            Node::Alternation(branches)
        })
    }

    fn parse_concat(&mut self) -> Result<Node, String> {
        let mut items = Vec::new();
        while let Some(byte) = self.peek() {
            if byte == b'|' || byte == b')' {
                break;
            }
            if self.eat(b"\\Q") {
                // Quoted literal text up to `\E` or the end of the pattern.
                while self.position < self.pattern.len() && !self.eat(b"\\E") {
                    items.push(Node::Bytes(ByteSet::single(self.pattern[self.position])));
                    self.position += 1;
                }
                continue;
            }
            let atom = self.parse_atom()?;
            items.push(self.parse_quantifier(atom)?);
        }
        Ok(Node::Concat(items))
    }

    fn parse_quantifier(&mut self, atom: Node) -> Result<Node, String> {
        let start = self.position;
        let (min, max) = match self.peek() {
            Some(b'*') => (0, None),
            Some(b'+') => (1, None),
            Some(b'?') => (0, Some(1)),
            Some(b'{') => match self.parse_counted_bounds() {
                Some(bounds) => bounds,
                None => return Ok(atom),
            },
            _ => return Ok(atom),
        };
        if self.position == start {
            self.position += 1;
        }
        if max.is_some_and(|max| max < min) {
            return Err(self.error("numbers out of order in {} quantifier"));
        }
        // Lazy (`?`) and possessive (`+`) forms match alike here: see the module comment.
        if !self.eat(b"?") {
            self.eat(b"+");
        }
        if matches!(self.peek(), Some(b'*' | b'+' | b'?')) {
            return Err(self.error("quantifier does not follow a repeatable item"));
        }
        if matches!(atom, Node::Assert(_) | Node::LookAhead { .. }) {
            // PCRE accepts a quantified assertion; at most one pass counts.
            return Ok(if min == 0 {
                Node::Concat(Vec::new())
            } else {
                atom
            });
        }
        Ok(Node::Repeat {
            node: Box::new(atom),
            min,
            max,
        })
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at the cursor; anything else is a
    /// literal `{` in PCRE, and leaves the cursor where it was.
    fn parse_counted_bounds(&mut self) -> Option<(u32, Option<u32>)> {
        let rest = &self.pattern[self.position + 1..];
        let close = rest.iter().position(|&byte| byte == b'}')?;
        let inner = std::str::from_utf8(&rest[..close]).ok()?;
        let number = |text: &str| -> Option<u32> {
            if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
                return None;
            }
            text.parse().ok()
        };
        let bounds = match inner.split_once(',') {
            None => {
                let count = number(inner)?;
                (count, Some(count))
            }
            Some((low, "")) => (number(low)?, None),
            Some((low, high)) => (number(low)?, Some(number(high)?)),
        };
        self.position += close + 2;
        Some(bounds)
    }

    fn parse_atom(&mut self) -> Result<Node, String> {
        let byte = self.next_byte()?;
        Ok(match byte {
            b'(' => self.parse_group()?,
            b'[' => Node::Bytes(self.parse_class()?),
            b'.' if self.dot_all => Node::Bytes(ByteSet::default().complement()),
            b'.' => Node::Bytes(ByteSet::single(b'\n').complement()),
            b'^' => Node::Assert(Assertion::TextStart),
            b'$' => Node::Assert(Assertion::TextEndOrFinalNewline),
            b'*' | b'+' | b'?' => {
                self.position -= 1;
                return Err(self.error("quantifier does not follow a repeatable item"));
            }
            b'\\' => self.parse_escape()?,
            _ => Node::Bytes(ByteSet::single(byte)),
        })
    }

    fn parse_group(&mut self) -> Result<Node, String> {
        let node = if self.eat(b"?:") {
            self.parse_alternation()?
        } else if self.eat(b"?=") || self.eat(b"?!") {
            let negated = self.pattern[self.position - 1] == b'!';
            Node::LookAhead {
                node: Box::new(self.parse_alternation()?),
                negated,
            }
        } else if self.eat(b"?P<") || self.eat(b"?<") || self.eat(b"?'") {
            // A named capturing group; lookbehind also starts with `(?<`.
            match self.peek() {
                Some(b'=' | b'!') => return Err(self.error("lookbehind is not supported")),
                _ => {
                    let terminator = if self.pattern[self.position - 1] == b'\'' {
                        b'\''
                    } else {
                        b'>'
                    };
                    while self.next_byte()? != terminator {}
                    self.parse_alternation()?
                }
            }
        } else if self.peek() == Some(b'?') {
            return Err(self.error("this group syntax is not supported"));
        } else {
            self.parse_alternation()?
        };
        if !self.eat(b")") {
            return Err(self.error("missing closing parenthesis"));
        }
        Ok(node)
    }

    /// Parses the escape after a `\` outside a class.
    fn parse_escape(&mut self) -> Result<Node, String> {
        let byte = self.next_byte()?;
        let assertion = match byte {
            b'A' => Some(Assertion::TextStart),
            b'z' => Some(Assertion::TextEnd),
            b'Z' => Some(Assertion::TextEndOrFinalNewline),
            b'b' => Some(Assertion::WordBoundary),
            b'B' => Some(Assertion::NotWordBoundary),
            _ => None,
        };
        if let Some(assertion) = assertion {
            return Ok(Node::Assert(assertion));
        }
        if byte == b'R' {
            // Any newline sequence: `\r\n` or one vertical-space byte.
            let crlf = Node::Concat(vec![
                Node::Bytes(ByteSet::single(b'\r')),
                Node::Bytes(ByteSet::single(b'\n')),
            ]);
            return Ok(Node::Alternation(vec![
                crlf,
                Node::Bytes(ByteSet::vertical_space()),
            ]));
        }
        if (b'1'..=b'9').contains(&byte) {
            return Err(self.error("backreferences are not supported"));
        }
        Ok(Node::Bytes(self.escape_set(byte)?))
    }

    /// The bytes an escape letter stands for, inside a class or out (the
    /// caller handles the escapes that are not sets of bytes).
    fn escape_set(&mut self, byte: u8) -> Result<ByteSet, String> {
        Ok(match byte {
            b'd' => ByteSet::digit(),
            b'D' => ByteSet::digit().complement(),
            b'w' => ByteSet::word(),
            b'W' => ByteSet::word().complement(),
            b's' => ByteSet::space(),
            b'S' => ByteSet::space().complement(),
            b'h' => ByteSet::horizontal_space(),
            b'H' => ByteSet::horizontal_space().complement(),
            b'v' => ByteSet::vertical_space(),
            b'V' => ByteSet::vertical_space().complement(),
            b'N' => ByteSet::single(b'\n').complement(),
            _ => ByteSet::single(self.escape_byte(byte)?),
        })
    }

    /// The single byte a character escape stands for.
    fn escape_byte(&mut self, byte: u8) -> Result<u8, String> {
        Ok(match byte {
            b'n' => b'\n',
            b'r' => b'\r',
            b't' => b'\t',
            b'f' => 0x0c,
            b'e' => 0x1b,
            b'a' => 0x07,
            b'0' => {
                // `\0` followed by up to two more octal digits.
                let mut value = 0u32;
                for _ in 0..2 {
                    match self.peek() {
                        Some(digit @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(digit - b'0');
                            self.position += 1;
                        }
                        _ => break,
                    }
                }
                value as u8
            }
            b'x' => self.parse_hex_escape()?,
            _ if byte.is_ascii_alphanumeric() => {
                self.position -= 1;
                return Err(self.error("unsupported escape"));
            }
            _ => byte,
        })
    }

    /// `\xhh` (up to two digits) or `\x{h...}`.
    fn parse_hex_escape(&mut self) -> Result<u8, String> {
        let braced = self.eat(b"{");
        let mut value = 0u32;
        let mut digits = 0;
        while let Some(digit) = self.peek().and_then(|byte| (byte as char).to_digit(16)) {
            if !braced && digits == 2 {
                break;
            }
            value = value * 16 + digit;
            digits += 1;
            self.position += 1;
        }
        if braced && !self.eat(b"}") {
            return Err(self.error("malformed \\x{...} escape"));
        }
        u8::try_from(value).map_err(|_| self.error("character code above 0xff"))
    }

    /// Parses a class after its `[`.
    fn parse_class(&mut self) -> Result<ByteSet, String> {
        let negated = self.eat(b"^");
        let mut set = ByteSet::default();
        let mut first = true;
        loop {
            let byte = self
                .next_byte()
                .map_err(|_| self.error("missing terminating ] for class"))?;
            if byte == b']' && !first {
                break;
            }
            first = false;
            let low = match byte {
                b'[' if self.peek() == Some(b':') => {
                    set = set.union(self.parse_posix_class()?);
                    continue;
                }
                b'\\' => {
                    let escaped = self.next_byte()?;
                    if escaped == b'b' {
                        0x08
                    } else {
                        let escaped_set = self.escape_set(escaped)?;
                        match single_member(escaped_set) {
                            Some(single) => single,
                            None => {
                                set = set.union(escaped_set);
                                continue;
                            }
                        }
                    }
                }
                _ => byte,
            };
            // A range, unless the `-` is the class's last character.
            let is_range = self.peek() == Some(b'-')
                && self
                    .pattern
                    .get(self.position + 1)
                    .is_some_and(|&next| next != b']');
            if !is_range {
                set.insert(low);
                continue;
            }
            self.position += 1;
            let high = match self.next_byte()? {
                b'\\' => {
                    let escaped = self.next_byte()?;
                    match single_member(self.escape_set(escaped)?) {
                        Some(single) => single,
                        None => return Err(self.error("invalid range in character class")),
                    }
                }
                byte => byte,
            };
            if high < low {
                return Err(self.error("range out of order in character class"));
            }
            set = set.union(ByteSet::range(low, high));
        }
        Ok(if negated { set.complement() } else { set })
    }

    /// Parses `[:name:]` after its `[`.
    fn parse_posix_class(&mut self) -> Result<ByteSet, String> {
        let rest = &self.pattern[self.position..];
        let end = rest
            .windows(2)
            .position(|pair| pair == b":]")
            .ok_or_else(|| self.error("malformed POSIX class"))?;
        let (negated, name) = match &rest[1..end] {
            [b'^', name @ ..] => (true, name),
            name => (false, name),
        };
        let set = match name {
            b"alpha" => ByteSet::range(b'a', b'z').union(ByteSet::range(b'A', b'Z')),
            b"digit" => ByteSet::digit(),
            b"alnum" => ByteSet::range(b'a', b'z')
                .union(ByteSet::range(b'A', b'Z'))
                .union(ByteSet::digit()),
            b"space" => ByteSet::space(),
            b"upper" => ByteSet::range(b'A', b'Z'),
            b"lower" => ByteSet::range(b'a', b'z'),
            b"xdigit" => ByteSet::digit()
                .union(ByteSet::range(b'a', b'f'))
                .union(ByteSet::range(b'A', b'F')),
            b"word" => ByteSet::word(),
            b"punct" => ByteSet::of(b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"),
            b"blank" => ByteSet::of(b" \t"),
            _ => return Err(self.error("unknown POSIX class name")),
        };
        self.position += end + 2;
        Ok(if negated { set.complement() } else { set })
    }
}

/// The only byte in `set`, if it has exactly one.
fn single_member(set: ByteSet) -> Option<u8> {
    let count: u32 = set.0.iter().map(|word| word.count_ones()).sum();
    (count == 1).then(|| (0..=255u8).find(|&byte| set.contains(byte)))?
}

/// One step of a compiled program.
enum Instruction {
    Consume(ByteSet),
    Split(usize, usize),
    Jump(usize),
    Assert(Assertion),
    LookAhead { program: usize, negated: bool },
    Match,
}

#[derive(Default)]
struct Program {
    instructions: Vec<Instruction>,
}

/// Compiles `node` into `programs[index]`, followed by a final `Match`.
fn compile_program(node: &Node, index: usize, programs: &mut Vec<Program>) -> Result<(), String> {
    let mut instructions = Vec::new();
    compile_node(node, &mut instructions, programs)?;
    instructions.push(Instruction::Match);
    programs[index].instructions = instructions;
    Ok(())
}

fn compile_node(
    node: &Node,
    out: &mut Vec<Instruction>,
    programs: &mut Vec<Program>,
) -> Result<(), String> {
    if out.len() > MAX_INSTRUCTIONS {
        return Err("regex: pattern too large".to_string());
    }
    match node {
        Node::Bytes(set) => out.push(Instruction::Consume(*set)),
        Node::Assert(assertion) => out.push(Instruction::Assert(*assertion)),
        Node::Concat(items) => {
            for item in items {
                compile_node(item, out, programs)?;
            }
        }
        Node::Alternation(branches) => {
            let mut jumps_to_end = Vec::new();
            for (index, branch) in branches.iter().enumerate() {
                let is_last = index + 1 == branches.len();
                let split = out.len();
                if !is_last {
                    out.push(Instruction::Split(split + 1, 0));
                }
                compile_node(branch, out, programs)?;
                if !is_last {
                    jumps_to_end.push(out.len());
                    out.push(Instruction::Jump(0));
                    out[split] = Instruction::Split(split + 1, out.len());
                }
            }
            let end = out.len();
            for jump in jumps_to_end {
                out[jump] = Instruction::Jump(end);
            }
        }
        Node::Repeat { node, min, max } => {
            for _ in 0..*min {
                compile_node(node, out, programs)?;
            }
            match max {
                None => {
                    // loop: split body, end; body; jump loop
                    let split = out.len();
                    out.push(Instruction::Split(split + 1, 0));
                    compile_node(node, out, programs)?;
                    out.push(Instruction::Jump(split));
                    out[split] = Instruction::Split(split + 1, out.len());
                }
                Some(max) => {
                    // Each optional copy may be skipped, which skips the rest too.
                    let mut splits = Vec::new();
                    for _ in *min..*max {
                        splits.push(out.len());
                        out.push(Instruction::Split(0, 0));
                        compile_node(node, out, programs)?;
                    }
                    let end = out.len();
                    for split in splits {
                        out[split] = Instruction::Split(split + 1, end);
                    }
                }
            }
        }
        Node::LookAhead { node, negated } => {
            let index = programs.len();
            programs.push(Program::default());
            compile_program(node, index, programs)?;
            out.push(Instruction::LookAhead {
                program: index,
                negated: *negated,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Regex;

    /// (pattern, subject, does `preg_match('/pattern/s', subject)` match?),
    /// each answer checked against PHP 8.2.
    const CASES: &[(&str, &str, bool)] = &[
        ("^abc$", "abc", true),
        ("^abc$", "abc\n", true),
        ("^abc$", "abc\n\n", false),
        ("^abc\\z", "abc\n", false),
        ("^a.c$", "a\nc", true),
        ("b", "abc", true),
        ("^b", "abc", false),
        ("^(?:ab|cd)+$", "abcdab", true),
        ("^(?:ab|cd)+$", "abcda", false),
        ("^a{2,3}$", "aaaa", false),
        ("^a{2,3}$", "aaa", true),
        ("^a{2,}$", "aaaaa", true),
        ("^a{2}$", "a", false),
        ("^a{,2}$", "a{,2}", true),
        ("^x{$", "x{", true),
        ("^[^\\r\\n]+$", "a b", true),
        ("^[^\\r\\n]+$", "a\nb", false),
        ("^[a-c]+-[\\d]+$", "abc-123", true),
        ("^[]a]+$", "]a]", true),
        ("^[a-]+$", "a-a", true),
        ("^[[:digit:][:upper:]]+$", "A1B2", true),
        ("^[[:digit:]]+$", "A1", false),
        ("^\\d+\\.\\d+$", "3.14", true),
        ("^\\w+\\s\\W$", "ab_1 !", true),
        (
            "^[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?$",
            ".5",
            true,
        ),
        (
            "^[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?$",
            "-1.5e+10",
            true,
        ),
        (
            "^[+-]?(?:\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[Ee][+-]?\\d+)?$",
            ".",
            false,
        ),
        ("^a(?!b)", "ac", true),
        ("^a(?!b)", "ab", false),
        ("\\bfoo\\b", "a foo b", true),
        ("\\bfoo\\b", "afoob", false),
        ("^\\x41\\x{42}\\0103$", "AB\x083", true),
        ("^a\\Q.*\\Eb$", "a.*b", true),
        ("^(?<name>x|y)z$", "yz", true),
        ("^a*?b+?$", "aab", true),
        ("^.+?x.*$", "abxcd", true),
        ("^(a|)+$", "aaa", true),
        ("^\\R$", "\r\n", true),
        ("^\\/\\:\\-\\#\\=\\!\\<\\>$", "/:-#=!<>", true),
    ];

    #[test]
    fn matches_like_preg_match() {
        for &(pattern, subject, expected) in CASES {
            let regex = Regex::new(pattern.as_bytes(), true)
                .unwrap_or_else(|error| panic!("{pattern}: {error}"));
            assert_eq!(
                regex.is_match(subject.as_bytes()),
                expected,
                "/{pattern}/s on {subject:?}"
            );
        }
    }

    #[test]
    fn dot_stops_at_newline_without_dot_all() {
        let regex = Regex::new(b"^a.c$", false).unwrap();
        assert!(!regex.is_match(b"a\nc"));
        assert!(regex.is_match(b"abc"));
    }

    #[test]
    fn refuses_what_it_cannot_match_exactly() {
        for pattern in [
            "(a)\\1", "(?<=a)b", "(?i)a", "a**", "*a", "(a", "a)", "[a", "\\y",
        ] {
            assert!(Regex::new(pattern.as_bytes(), true).is_err(), "{pattern}");
        }
    }

    #[test]
    fn long_subjects_take_linear_time() {
        let subject = vec![b'a'; 200_000];
        let regex = Regex::new(b"^(?:a|aa)*.*.*.*b$", true).unwrap();
        assert!(!regex.is_match(&subject));
    }
}
