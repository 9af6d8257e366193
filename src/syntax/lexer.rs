//! The lexer: PHP source bytes to [`Tok`]ens, with PHP 8.2's scanner states.
//!
//! PHP's scanner is a state machine: inline HTML outside `<?php ... ?>`,
//! scripting inside, and separate states for the insides of interpolated
//! strings, heredocs and nowdocs, for the property name after `->`, the
//! offset in `"$a[...]"` and the name after `${`. The scripting state's
//! tokens are recognised by a logos-generated matcher ([`Raw`]); the driver
//! ([`Lexer`]) owns the state stack and handles everything logos cannot:
//! the other states, strings with escapes, comments, heredoc indentation,
//! keyword lookup, and the few places where PHP looks ahead (`yield from`,
//! `enum`, `&$x`).
//!
//! The driver also tracks bracket nesting as PHP 8 does, so that mismatches
//! are reported as `Unclosed '{' on line 2` / `Unmatched ')'` rather than as
//! plain syntax errors, and it stops at `__halt_compiler();`.
//!
//! Tokens come out lazily, one at a time, so a syntax error early in a file
//! is reported before a lexical error later in it, as in PHP.

use std::rc::Rc;

use logos::Logos;

use crate::syntax::token::{Kw, Pos, Tok};
use crate::syntax::ParseError as LexError;

/// PHP's bison stack holds 10,000 entries; nesting deeper than this many
/// brackets exhausts it ("memory exhausted").
const MAX_NESTING: usize = 9993;

/// Tokens of the scripting state that logos recognises. Keywords come out as
/// `Label` and are looked up afterwards, which keeps this table small.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq)]
#[logos(utf8 = false)]
#[logos(subpattern label = r"[a-zA-Z_\x80-\xff][a-zA-Z0-9_\x80-\xff]*")]
#[logos(subpattern lnum = r"[0-9]+(_[0-9]+)*")]
#[logos(subpattern dnum = r"((?&lnum)?\.(?&lnum))|((?&lnum)\.(?&lnum)?)")]
enum Raw {
    #[regex(r"[ \t\r\n]+")]
    Whitespace,
    #[token("#")]
    #[token("//")]
    LineComment,
    #[token("/*")]
    BlockComment,
    #[token("#[")]
    Attribute,
    #[token("?>")]
    CloseTag,
    #[token("'")]
    #[token("b'")]
    #[token("B'")]
    SingleQuote,
    #[token("\"")]
    #[token("b\"")]
    #[token("B\"")]
    DoubleQuote,
    #[regex(r#"[bB]?<<<[ \t]*((?&label)|'(?&label)'|"(?&label)")(\r\n|\r|\n)"#)]
    Heredoc,
    #[token("`")]
    Backtick,
    #[regex(r"\$(?&label)")]
    Variable,
    #[regex(r"(?&label)")]
    Label,
    #[regex(r"(?&label)(\\(?&label))+")]
    QualifiedName,
    #[regex(r"\\(?&label)(\\(?&label))*")]
    FullyQualifiedName,
    #[token("\\")]
    NsSeparator,
    #[regex(r"(?&lnum)")]
    DecimalInt,
    #[regex(r"0[xX][0-9a-fA-F]+(_[0-9a-fA-F]+)*")]
    HexInt,
    #[regex(r"0[bB][01]+(_[01]+)*")]
    BinaryInt,
    #[regex(r"0[oO][0-7]+(_[0-7]+)*")]
    OctalInt,
    #[regex(r"(?&dnum)")]
    #[regex(r"((?&lnum)|(?&dnum))[eE][+-]?(?&lnum)")]
    Float,
    #[regex(r"\([ \t]*([iI][nN][tT]|[iI][nN][tT][eE][gG][eE][rR])[ \t]*\)")]
    IntCast,
    #[regex(r"\([ \t]*([dD][oO][uU][bB][lL][eE]|[fF][lL][oO][aA][tT])[ \t]*\)")]
    FloatCast,
    #[regex(r"\([ \t]*[rR][eE][aA][lL][ \t]*\)")]
    RealCast,
    #[regex(r"\([ \t]*([sS][tT][rR][iI][nN][gG]|[bB][iI][nN][aA][rR][yY])[ \t]*\)")]
    StringCast,
    #[regex(r"\([ \t]*[aA][rR][rR][aA][yY][ \t]*\)")]
    ArrayCast,
    #[regex(r"\([ \t]*[oO][bB][jJ][eE][cC][tT][ \t]*\)")]
    ObjectCast,
    #[regex(r"\([ \t]*([bB][oO][oO][lL]|[bB][oO][oO][lL][eE][aA][nN])[ \t]*\)")]
    BoolCast,
    #[regex(r"\([ \t]*[uU][nN][sS][eE][tT][ \t]*\)")]
    UnsetCast,
    #[token("->")]
    Arrow,
    #[token("?->")]
    NullsafeArrow,
    #[token("::")]
    DoubleColon,
    #[token("...")]
    Ellipsis,
    #[token("??")]
    Coalesce,
    #[token("=>")]
    DoubleArrow,
    #[token("++")]
    Inc,
    #[token("--")]
    Dec,
    #[token("===")]
    Identical,
    #[token("!==")]
    NotIdentical,
    #[token("==")]
    EqEq,
    #[token("!=")]
    #[token("<>")]
    NotEq,
    #[token("<=>")]
    Spaceship,
    #[token("<=")]
    Le,
    #[token(">=")]
    Ge,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("**")]
    Pow,
    #[token("**=")]
    PowEq,
    #[token("/=")]
    SlashEq,
    #[token(".=")]
    DotEq,
    #[token("%=")]
    PercentEq,
    #[token("<<=")]
    ShlEq,
    #[token(">>=")]
    ShrEq,
    #[token("&=")]
    AmpEq,
    #[token("|=")]
    PipeEq,
    #[token("^=")]
    CaretEq,
    #[token("??=")]
    CoalesceEq,
    #[token("||")]
    BoolOr,
    #[token("&&")]
    BoolAnd,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token("&")]
    Amp,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semicolon,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("/")]
    Slash,
    #[token("*")]
    Star,
    #[token("=")]
    Eq,
    #[token("%")]
    Percent,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("$")]
    Dollar,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("?")]
    Question,
    #[token("@")]
    At,
}

/// The scanner states of PHP's lexer that matter to the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Outside `<?php`: inline HTML.
    Initial,
    Scripting,
    /// Right after `->`: the next label is a property name, whatever it is.
    LookingForProperty,
    DoubleQuotes,
    Backquote,
    Heredoc,
    Nowdoc,
    /// Right before a heredoc's closing label.
    EndHeredoc,
    /// Right after `${` in a string.
    LookingForVarname,
    /// Inside `[...]` after `"$name`.
    VarOffset,
}

/// An open heredoc or nowdoc: its closing label and the indentation of that
/// label, which is removed from every body line (PHP 7.3 flexible heredoc).
#[derive(Debug, Clone)]
struct HeredocLabel {
    label: Rc<[u8]>,
    indentation: usize,
    uses_spaces: bool,
}

/// What one scanning step produced.
enum Step<'s> {
    Token(Tok<'s>),
    Skip,
    End,
}

/// Start line offsets of a source, to turn byte offsets into PHP's line
/// numbers (`\n`, `\r\n` and a lone `\r` each end a line).
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(src: &[u8]) -> LineIndex {
        let mut starts = vec![0];
        let mut i = 0;
        while i < src.len() {
            match src[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if src.get(i + 1) != Some(&b'\n') => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex { starts }
    }

    /// The line holding byte `offset` (an offset at the end of input is on
    /// the last line).
    pub fn line_of(&self, offset: usize) -> u32 {
        self.starts.partition_point(|&s| s <= offset) as u32
    }
}

pub type Spanned<'s> = (Pos, Tok<'s>, Pos);

pub struct Lexer<'s> {
    src: &'s [u8],
    pos: usize,
    lines: Rc<LineIndex>,
    state: State,
    stack: Vec<State>,
    /// Open brackets with the line they were opened on.
    nesting: Vec<(u8, u32)>,
    heredocs: Vec<HeredocLabel>,
    short_open_tag: bool,
    finished: bool,
    /// Tokens still to pass after `__halt_compiler` before stopping.
    halt_countdown: Option<u8>,
    /// The line PHP's scanner is on after the current token, when it is not
    /// the line of the byte after the token (PHP counts a newline that ends
    /// `?>` or a heredoc body only from the next token on).
    line_after_token: Option<u32>,
}

fn is_label_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_label_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Length of the label (name) bytes at the start of `text`.
fn label_len(text: &[u8]) -> usize {
    text.iter().take_while(|&&b| is_label_char(b)).count()
}

/// Length of the spaces, tabs and newlines at the start of `text`.
fn whitespace_len(text: &[u8]) -> usize {
    text.iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        .count()
}

/// Length of the spaces and tabs at the start of `text`.
fn indentation_len(text: &[u8]) -> usize {
    text.iter()
        .take_while(|b| matches!(b, b' ' | b'\t'))
        .count()
}

impl<'s> Lexer<'s> {
    /// A lexer for a whole file (starting in inline-HTML mode) or for
    /// `eval()`'d code (`in_php` true: starting in scripting mode).
    pub fn new(src: &'s [u8], in_php: bool, short_open_tag: bool) -> Lexer<'s> {
        Lexer {
            src,
            pos: if in_php { 0 } else { shebang_len(src) },
            lines: Rc::new(LineIndex::new(src)),
            state: if in_php {
                State::Scripting
            } else {
                State::Initial
            },
            stack: Vec::new(),
            nesting: Vec::new(),
            heredocs: Vec::new(),
            short_open_tag,
            finished: false,
            halt_countdown: None,
            line_after_token: None,
        }
    }

    pub fn line_index(&self) -> Rc<LineIndex> {
        Rc::clone(&self.lines)
    }

    fn line_at(&self, offset: usize) -> u32 {
        self.lines.line_of(offset)
    }

    fn peek(&self, ahead: usize) -> Option<u8> {
        self.src.get(self.pos + ahead).copied()
    }

    fn rest(&self) -> &'s [u8] {
        &self.src[self.pos.min(self.src.len())..]
    }

    fn error(&self, message: impl Into<String>, offset: usize) -> LexError {
        LexError {
            message: message.into(),
            line: self.line_at(offset),
            incomplete: false,
            fatal: false,
        }
    }

    fn push_state(&mut self, state: State) {
        self.stack.push(self.state);
        self.state = state;
    }

    fn pop_state(&mut self) {
        if let Some(state) = self.stack.pop() {
            self.state = state;
        }
    }

    fn enter_nesting(&mut self, opening: u8, offset: usize) -> Result<(), LexError> {
        if self.nesting.len() >= MAX_NESTING {
            return Err(self.error("memory exhausted", offset));
        }
        self.nesting.push((opening, self.line_at(offset)));
        Ok(())
    }

    fn exit_nesting(&mut self, closing: u8, offset: usize) -> Result<(), LexError> {
        let line = self.line_at(offset);
        let Some(&(opening, open_line)) = self.nesting.last() else {
            return Err(self.error(format!("Unmatched '{}'", closing as char), offset));
        };
        let expected = match opening {
            b'{' => b'}',
            b'[' => b']',
            _ => b')',
        };
        if closing != expected {
            return Err(LexError {
                message: bad_nesting_message(opening, open_line, line, Some(closing)),
                line,
                incomplete: false,
                fatal: false,
            });
        }
        self.nesting.pop();
        Ok(())
    }

    /// End of input: fine unless a bracket is still open.
    fn end(&mut self) -> Result<Step<'s>, LexError> {
        let line = self.line_at(self.src.len());
        if let Some(&(opening, open_line)) = self.nesting.last() {
            return Err(LexError {
                message: bad_nesting_message(opening, open_line, line, None),
                line,
                incomplete: true,
                fatal: false,
            });
        }
        Ok(Step::End)
    }

    fn next_token(&mut self) -> Result<Option<Spanned<'s>>, LexError> {
        if self.halt_countdown == Some(0) {
            self.pos = self.src.len();
            return self.end().map(|_| None);
        }
        loop {
            let start = self.pos;
            self.line_after_token = None;
            let step = match self.state {
                State::Initial => self.lex_initial()?,
                State::Scripting => self.lex_scripting()?,
                State::LookingForProperty => self.lex_property()?,
                State::DoubleQuotes | State::Backquote | State::Heredoc => {
                    self.lex_interpolated()?
                }
                State::Nowdoc => self.lex_nowdoc()?,
                State::EndHeredoc => self.lex_end_heredoc(),
                State::LookingForVarname => self.lex_varname(),
                State::VarOffset => self.lex_var_offset(),
            };
            match step {
                Step::Skip => continue,
                Step::End => return Ok(None),
                Step::Token(tok) => {
                    if let Some(n) = self.halt_countdown.as_mut() {
                        *n = n.saturating_sub(1);
                    }
                    // Only a top-level `__halt_compiler();` ends the input;
                    // elsewhere the grammar reports it.
                    if matches!(tok, Tok::Kw(Kw::HaltCompiler, _)) && self.nesting.is_empty() {
                        self.halt_countdown = Some(3);
                    }
                    let start_pos = Pos {
                        offset: start,
                        line: self.line_at(start),
                    };
                    let end_pos = Pos {
                        offset: self.pos,
                        line: self
                            .line_after_token
                            .unwrap_or_else(|| self.line_at(self.pos)),
                    };
                    return Ok(Some((start_pos, tok, end_pos)));
                }
            }
        }
    }

    // ----- inline HTML -------------------------------------------------

    fn lex_initial(&mut self) -> Result<Step<'s>, LexError> {
        let rest = self.rest();
        if rest.is_empty() {
            return self.end();
        }
        if rest.starts_with(b"<?=") {
            self.pos += 3;
            self.state = State::Scripting;
            return Ok(Step::Token(Tok::Kw(Kw::Echo, &rest[..3])));
        }
        if rest.len() >= 5 && rest[..5].eq_ignore_ascii_case(b"<?php") {
            match rest.get(5) {
                None | Some(b' ' | b'\t' | b'\n') => {
                    self.pos += 5 + usize::from(rest.len() > 5);
                    self.state = State::Scripting;
                    return Ok(Step::Skip);
                }
                Some(b'\r') => {
                    self.pos += if rest.get(6) == Some(&b'\n') { 7 } else { 6 };
                    self.state = State::Scripting;
                    return Ok(Step::Skip);
                }
                Some(_) if self.short_open_tag => {
                    self.pos += 2;
                    self.state = State::Scripting;
                    return Ok(Step::Skip);
                }
                Some(_) => {}
            }
        } else if rest.starts_with(b"<?") && self.short_open_tag {
            self.pos += 2;
            self.state = State::Scripting;
            return Ok(Step::Skip);
        }
        // Inline text up to the next opening tag.
        let mut i = 1;
        while i < rest.len() {
            if rest[i] == b'<' && rest.get(i + 1) == Some(&b'?') && self.opens_tag(&rest[i..]) {
                break;
            }
            i += 1;
        }
        self.pos += i;
        Ok(Step::Token(Tok::InlineHtml(&rest[..i])))
    }

    /// Whether `text` (starting with `<?`) opens PHP code.
    fn opens_tag(&self, text: &[u8]) -> bool {
        if self.short_open_tag || text.get(2) == Some(&b'=') {
            return true;
        }
        text.len() >= 5
            && text[2..5].eq_ignore_ascii_case(b"php")
            && matches!(text.get(5), None | Some(b' ' | b'\t' | b'\n' | b'\r'))
    }

    // ----- scripting ---------------------------------------------------

    fn lex_scripting(&mut self) -> Result<Step<'s>, LexError> {
        let start = self.pos;
        let rest = self.rest();
        if rest.is_empty() {
            return self.end();
        }
        let mut raw_lexer = Raw::lexer(rest);
        let raw = raw_lexer.next();
        let len = raw_lexer.span().end;
        let text = &rest[..len];
        let Some(Ok(raw)) = raw else {
            self.pos += 1;
            return Ok(Step::Token(Tok::BadChar(rest[0])));
        };
        self.pos += len;
        let tok = match raw {
            Raw::Whitespace => return Ok(Step::Skip),
            Raw::LineComment => {
                self.skip_line_comment();
                return Ok(Step::Skip);
            }
            Raw::BlockComment => {
                self.skip_block_comment(start)?;
                return Ok(Step::Skip);
            }
            Raw::Attribute => {
                self.enter_nesting(b'[', start)?;
                Tok::Attribute
            }
            Raw::CloseTag => {
                match self.peek(0) {
                    Some(b'\n') => self.pos += 1,
                    Some(b'\r') => self.pos += if self.peek(1) == Some(b'\n') { 2 } else { 1 },
                    _ => {}
                }
                self.line_after_token = Some(self.line_at(start));
                self.state = State::Initial;
                Tok::Semicolon
            }
            Raw::SingleQuote => return Ok(self.single_quoted(start)),
            Raw::DoubleQuote => return self.double_quoted(start),
            Raw::Heredoc => return Ok(Step::Token(self.heredoc_start(text)?)),
            Raw::Backtick => {
                self.state = State::Backquote;
                Tok::Backtick
            }
            Raw::Variable => Tok::Variable(&text[1..]),
            Raw::Label => self.word(text),
            Raw::QualifiedName => {
                if text.len() > 10 && text[..10].eq_ignore_ascii_case(b"namespace\\") {
                    Tok::RelativeName(&text[10..])
                } else {
                    Tok::QualifiedName(text)
                }
            }
            Raw::FullyQualifiedName => Tok::FullyQualifiedName(&text[1..]),
            Raw::NsSeparator => Tok::NsSeparator,
            Raw::DecimalInt => decimal_int(text).map_err(|m| self.error(m, start))?,
            Raw::HexInt => radix_int(&text[2..], 16),
            Raw::BinaryInt => radix_int(&text[2..], 2),
            Raw::OctalInt => radix_int(&text[2..], 8),
            Raw::Float => Tok::Float(parse_float(text)),
            Raw::IntCast => Tok::IntCast,
            Raw::FloatCast => Tok::FloatCast,
            Raw::RealCast => {
                return Err(self.error(
                    "The (real) cast has been removed, use (float) instead",
                    start,
                ))
            }
            Raw::StringCast => Tok::StringCast,
            Raw::ArrayCast => Tok::ArrayCast,
            Raw::ObjectCast => Tok::ObjectCast,
            Raw::BoolCast => Tok::BoolCast,
            Raw::UnsetCast => Tok::UnsetCast,
            Raw::Arrow => {
                self.push_state(State::LookingForProperty);
                Tok::Arrow
            }
            Raw::NullsafeArrow => {
                self.push_state(State::LookingForProperty);
                Tok::NullsafeArrow
            }
            Raw::DoubleColon => Tok::DoubleColon,
            Raw::Ellipsis => Tok::Ellipsis,
            Raw::Coalesce => Tok::Coalesce,
            Raw::DoubleArrow => Tok::DoubleArrow,
            Raw::Inc => Tok::Inc,
            Raw::Dec => Tok::Dec,
            Raw::Identical => Tok::Identical,
            Raw::NotIdentical => Tok::NotIdentical,
            Raw::EqEq => Tok::EqEq,
            Raw::NotEq => Tok::NotEq,
            Raw::Spaceship => Tok::Spaceship,
            Raw::Le => Tok::Le,
            Raw::Ge => Tok::Ge,
            Raw::PlusEq => Tok::PlusEq,
            Raw::MinusEq => Tok::MinusEq,
            Raw::StarEq => Tok::StarEq,
            Raw::Pow => Tok::Pow,
            Raw::PowEq => Tok::PowEq,
            Raw::SlashEq => Tok::SlashEq,
            Raw::DotEq => Tok::DotEq,
            Raw::PercentEq => Tok::PercentEq,
            Raw::ShlEq => Tok::ShlEq,
            Raw::ShrEq => Tok::ShrEq,
            Raw::AmpEq => Tok::AmpEq,
            Raw::PipeEq => Tok::PipeEq,
            Raw::CaretEq => Tok::CaretEq,
            Raw::CoalesceEq => Tok::CoalesceEq,
            Raw::BoolOr => Tok::BoolOr,
            Raw::BoolAnd => Tok::BoolAnd,
            Raw::Shl => Tok::Shl,
            Raw::Shr => Tok::Shr,
            Raw::Amp => {
                let after = &self.src[self.pos..];
                let skipped = whitespace_len(after);
                let next = &after[skipped..];
                if next.starts_with(b"$") || next.starts_with(b"...") {
                    Tok::AmpVar
                } else {
                    Tok::Amp
                }
            }
            Raw::LParen => {
                self.enter_nesting(b'(', start)?;
                Tok::LParen
            }
            Raw::RParen => {
                self.exit_nesting(b')', start)?;
                Tok::RParen
            }
            Raw::LBracket => {
                self.enter_nesting(b'[', start)?;
                Tok::LBracket
            }
            Raw::RBracket => {
                self.exit_nesting(b']', start)?;
                Tok::RBracket
            }
            Raw::LBrace => {
                self.push_state(State::Scripting);
                self.enter_nesting(b'{', start)?;
                Tok::LBrace
            }
            Raw::RBrace => {
                self.pop_state();
                self.exit_nesting(b'}', start)?;
                Tok::RBrace
            }
            Raw::Semicolon => Tok::Semicolon,
            Raw::Colon => Tok::Colon,
            Raw::Comma => Tok::Comma,
            Raw::Dot => Tok::Dot,
            Raw::Pipe => Tok::Pipe,
            Raw::Caret => Tok::Caret,
            Raw::Plus => Tok::Plus,
            Raw::Minus => Tok::Minus,
            Raw::Slash => Tok::Slash,
            Raw::Star => Tok::Star,
            Raw::Eq => Tok::Eq,
            Raw::Percent => Tok::Percent,
            Raw::Bang => Tok::Bang,
            Raw::Tilde => Tok::Tilde,
            Raw::Dollar => Tok::Dollar,
            Raw::Lt => Tok::Lt,
            Raw::Gt => Tok::Gt,
            Raw::Question => Tok::Question,
            Raw::At => Tok::At,
        };
        Ok(Step::Token(tok))
    }

    /// A label in scripting mode: a keyword or an identifier. `self.pos` is
    /// just past it.
    fn word(&mut self, text: &'s [u8]) -> Tok<'s> {
        let Some(kw) = Kw::from_word(text) else {
            return Tok::Ident(text);
        };
        match kw {
            Kw::Yield => {
                if let Some(len) = self.yield_from_len() {
                    let start = self.pos - text.len();
                    self.pos = start + len;
                    return Tok::Kw(Kw::YieldFrom, &self.src[start..self.pos]);
                }
                if self.operand_follows() {
                    Tok::Kw(Kw::Yield, text)
                } else {
                    Tok::Kw(Kw::YieldBare, text)
                }
            }
            Kw::Enum => {
                // `enum` is a keyword only before whitespace and a name that
                // is not `extends`/`implements`.
                let after = &self.src[self.pos..];
                let ws = whitespace_len(after);
                let next = &after[ws..];
                let is_keyword = ws > 0
                    && next.first().is_some_and(|&b| is_label_start(b))
                    && !starts_with_ci(next, b"extends")
                    && !starts_with_ci(next, b"implements");
                if is_keyword {
                    Tok::Kw(Kw::Enum, text)
                } else {
                    Tok::Ident(text)
                }
            }
            _ => Tok::Kw(kw, text),
        }
    }

    /// Length from `yield`'s start of a `yield from` token, if one starts
    /// there (`yield`, whitespace, `from`, then a non-label byte).
    fn yield_from_len(&self) -> Option<usize> {
        let after = &self.src[self.pos..];
        let ws = whitespace_len(after);
        if ws == 0 || !starts_with_ci(&after[ws..], b"from") {
            return None;
        }
        // At the end of input PHP's scanner sees its terminating NUL byte.
        match after.get(ws + 4) {
            Some(&b) if is_label_char(b) => None,
            _ => Some(5 + ws + 4),
        }
    }

    /// Whether the text after the current position (skipping whitespace and
    /// comments) can start an operand. Decides between `yield expr` and a
    /// bare `yield` the way PHP's precedence rules do: a token that can start
    /// an expression is shifted as the start of yield's operand.
    fn operand_follows(&self) -> bool {
        let mut i = self.pos;
        let src = self.src;
        loop {
            match src.get(i) {
                Some(b' ' | b'\t' | b'\r' | b'\n') => i += 1,
                Some(b'#') if src.get(i + 1) != Some(&b'[') => {
                    while i < src.len() && !matches!(src[i], b'\n' | b'\r') {
                        i += 1;
                    }
                }
                Some(b'/') if src.get(i + 1) == Some(&b'/') => {
                    while i < src.len() && !matches!(src[i], b'\n' | b'\r') {
                        i += 1;
                    }
                }
                Some(b'/') if src.get(i + 1) == Some(&b'*') => match find(&src[i + 2..], b"*/") {
                    Some(end) => i += 2 + end + 2,
                    None => return false,
                },
                _ => break,
            }
        }
        let rest = &src[i..];
        let Some(&first) = rest.first() else {
            return false;
        };
        match first {
            b'$' | b'\'' | b'"' | b'`' | b'\\' | b'(' | b'[' | b'!' | b'~' | b'@' | b'#' => true,
            b'0'..=b'9' => true,
            b'.' => rest.get(1).is_some_and(u8::is_ascii_digit),
            b'+' | b'-' => rest.get(1) != Some(&b'=') && rest.get(1) != Some(&b'>'),
            b'<' => rest.starts_with(b"<<<"),
            b if is_label_start(b) => {
                let len = label_len(rest);
                !matches!(
                    Kw::from_word(&rest[..len]),
                    Some(Kw::And | Kw::Or | Kw::Xor | Kw::Instanceof | Kw::As | Kw::Insteadof)
                )
            }
            _ => false,
        }
    }

    /// `#` and `//` comments end at a newline or before `?>`.
    fn skip_line_comment(&mut self) {
        while let Some(b) = self.peek(0) {
            match b {
                b'\n' | b'\r' => break,
                b'?' if self.peek(1) == Some(b'>') => break,
                _ => self.pos += 1,
            }
        }
    }

    fn skip_block_comment(&mut self, start: usize) -> Result<(), LexError> {
        match find(self.rest(), b"*/") {
            Some(end) => {
                self.pos += end + 2;
                Ok(())
            }
            None => {
                let line = self.line_at(start);
                self.pos = self.src.len();
                Err(LexError {
                    message: format!("Unterminated comment starting line {line}"),
                    line,
                    incomplete: true,
                    fatal: false,
                })
            }
        }
    }

    fn single_quoted(&mut self, start: usize) -> Step<'s> {
        let body_start = self.pos;
        let mut i = body_start;
        while i < self.src.len() {
            match self.src[i] {
                b'\'' => {
                    self.pos = i + 1;
                    let value = unescape_single(&self.src[body_start..i]);
                    return Step::Token(Tok::ConstString(value));
                }
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        // Unclosed: PHP hands the rest of the file over as string content
        // (without counting its lines).
        self.pos = self.src.len();
        self.line_after_token = Some(self.line_at(start));
        Step::Token(Tok::StringContent(Rc::from(&self.src[body_start..])))
    }

    fn double_quoted(&mut self, start: usize) -> Result<Step<'s>, LexError> {
        let body_start = self.pos;
        let mut i = body_start;
        while i < self.src.len() {
            match self.src[i] {
                b'"' => {
                    self.pos = i + 1;
                    let value = unescape_double(&self.src[body_start..i], b'"')
                        .map_err(|m| self.error(m, start))?;
                    return Ok(Step::Token(Tok::ConstString(value)));
                }
                b'$' if self
                    .src
                    .get(i + 1)
                    .is_some_and(|&b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if self.src.get(i + 1) == Some(&b'$') => break,
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        // Interpolated (or unclosed): switch to the double-quotes state.
        self.state = State::DoubleQuotes;
        Ok(Step::Token(Tok::DoubleQuote))
    }

    /// `<<<LABEL` / `<<<"LABEL"` / `<<<'LABEL'` and its newline: works out
    /// the closing label's indentation ahead of the body.
    fn heredoc_start(&mut self, text: &'s [u8]) -> Result<Tok<'s>, LexError> {
        let mut s = text;
        if matches!(s[0], b'b' | b'B') {
            s = &s[1..];
        }
        s = &s[3..];
        while matches!(s[0], b' ' | b'\t') {
            s = &s[1..];
        }
        let newline_len = if s.ends_with(b"\r\n") { 2 } else { 1 };
        s = &s[..s.len() - newline_len];
        let nowdoc = s[0] == b'\'';
        if matches!(s[0], b'\'' | b'"') {
            s = &s[1..s.len() - 1];
        }
        let label: Rc<[u8]> = Rc::from(s);
        let body_start = self.pos;
        let closing = find_closing_label(self.src, body_start, &label);
        let mut heredoc = HeredocLabel {
            label,
            indentation: 0,
            uses_spaces: false,
        };
        match closing {
            Some(close) => {
                if close.mixed {
                    return Err(self.error(
                        "Invalid indentation - tabs and spaces cannot be mixed",
                        close.line_start,
                    ));
                }
                heredoc.indentation = close.indentation;
                heredoc.uses_spaces = close.uses_spaces;
                if close.line_start == body_start {
                    self.state = State::EndHeredoc;
                } else if nowdoc {
                    self.state = State::Nowdoc;
                } else {
                    self.state = State::Heredoc;
                    let body = &self.src[body_start..];
                    let starts_with_interpolation = (body.first() == Some(&b'$')
                        && body.get(1).is_some_and(|&b| is_label_start(b) || b == b'{'))
                        || body.starts_with(b"{$");
                    if starts_with_interpolation && heredoc.indentation > 0 {
                        return Err(self.error(
                            format!(
                                "Invalid body indentation level (expecting an indentation level of at least {})",
                                heredoc.indentation
                            ),
                            body_start,
                        ));
                    }
                }
            }
            None => {
                self.state = if nowdoc {
                    State::Nowdoc
                } else {
                    State::Heredoc
                };
            }
        }
        self.heredocs.push(heredoc);
        // The token includes the newline after the label.
        self.line_after_token = Some(self.line_at(body_start));
        Ok(Tok::StartHeredoc)
    }

    fn lex_end_heredoc(&mut self) -> Step<'s> {
        let Some(heredoc) = self.heredocs.pop() else {
            self.state = State::Scripting;
            return Step::Skip;
        };
        self.pos += indentation_len(self.rest()) + heredoc.label.len();
        self.state = State::Scripting;
        Step::Token(Tok::EndHeredoc)
    }

    fn lex_nowdoc(&mut self) -> Result<Step<'s>, LexError> {
        let body_start = self.pos;
        if body_start >= self.src.len() {
            return self.end();
        }
        let Some(heredoc) = self.heredocs.last().cloned() else {
            return self.end();
        };
        match find_closing_label(self.src, body_start, &heredoc.label) {
            Some(close) => {
                let body_end = close.line_start - close.newline_len;
                let raw = &self.src[body_start..body_end];
                let value =
                    strip_indentation(raw, heredoc.indentation, heredoc.uses_spaces, true, true)
                        .map_err(|(msg, at)| self.error(msg, body_start + at))?;
                self.pos = close.line_start;
                self.line_after_token = Some(self.line_at(body_end));
                self.state = State::EndHeredoc;
                Ok(Step::Token(Tok::StringContent(Rc::from(value))))
            }
            None => {
                self.pos = self.src.len();
                Ok(Step::Token(Tok::StringContent(Rc::from(
                    &self.src[body_start..],
                ))))
            }
        }
    }

    // ----- interpolated strings ----------------------------------------

    fn lex_interpolated(&mut self) -> Result<Step<'s>, LexError> {
        let start = self.pos;
        let rest = self.rest();
        let Some(&first) = rest.first() else {
            return self.end();
        };
        match (self.state, first) {
            (State::DoubleQuotes, b'"') => {
                self.pos += 1;
                self.state = State::Scripting;
                return Ok(Step::Token(Tok::DoubleQuote));
            }
            (State::Backquote, b'`') => {
                self.pos += 1;
                self.state = State::Scripting;
                return Ok(Step::Token(Tok::Backtick));
            }
            _ => {}
        }
        if first == b'$' && rest.get(1).is_some_and(|&b| is_label_start(b)) {
            let len = 1 + label_len(&rest[1..]);
            let after = &rest[len..];
            let property_follows =
                |skip: usize| after.get(skip).is_some_and(|&b| is_label_start(b));
            if (after.starts_with(b"->") && property_follows(2))
                || (after.starts_with(b"?->") && property_follows(3))
            {
                self.push_state(State::LookingForProperty);
            } else if after.starts_with(b"[") {
                self.push_state(State::VarOffset);
            }
            self.pos += len;
            return Ok(Step::Token(Tok::Variable(&rest[1..len])));
        }
        if rest.starts_with(b"${") {
            self.pos += 2;
            self.push_state(State::LookingForVarname);
            self.enter_nesting(b'{', start)?;
            return Ok(Step::Token(Tok::DollarOpenCurly));
        }
        if rest.starts_with(b"{$") {
            self.pos += 1;
            self.push_state(State::Scripting);
            self.enter_nesting(b'{', start)?;
            return Ok(Step::Token(Tok::CurlyOpen));
        }
        if self.state == State::Heredoc {
            return self.heredoc_literal(start);
        }
        let quote = if self.state == State::DoubleQuotes {
            b'"'
        } else {
            b'`'
        };
        let mut i = 0;
        while i < rest.len() {
            match rest[i] {
                b if b == quote => break,
                b'$' if rest
                    .get(i + 1)
                    .is_some_and(|&b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if rest.get(i + 1) == Some(&b'$') => break,
                b'\\' => i += 2,
                _ => i += 1,
            }
        }
        let i = i.min(rest.len());
        self.pos += i;
        let value = unescape_double(&rest[..i], quote).map_err(|m| self.error(m, start))?;
        Ok(Step::Token(Tok::StringContent(value)))
    }

    /// A literal run of a heredoc body: up to an interpolation or to the
    /// newline before the closing label.
    fn heredoc_literal(&mut self, start: usize) -> Result<Step<'s>, LexError> {
        let Some(heredoc) = self.heredocs.last().cloned() else {
            return self.end();
        };
        let src = self.src;
        let mut i = start;
        let mut at_end = false;
        let mut newline_len = 0;
        while i < src.len() {
            match src[i] {
                b'\r' | b'\n' => {
                    let nl = if src[i] == b'\r' && src.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    };
                    let line_start = i + nl;
                    let indent = indentation_len(&src[line_start..]);
                    if is_closing_label(src, line_start + indent, &heredoc.label) {
                        let spacing = &src[line_start..line_start + indent];
                        if spacing.contains(&b' ') && spacing.contains(&b'\t') {
                            return Err(self.error(
                                "Invalid indentation - tabs and spaces cannot be mixed",
                                line_start,
                            ));
                        }
                        at_end = true;
                        newline_len = nl;
                        break;
                    }
                    i = line_start;
                }
                b'$' if src
                    .get(i + 1)
                    .is_some_and(|&b| is_label_start(b) || b == b'{') =>
                {
                    break
                }
                b'{' if src.get(i + 1) == Some(&b'$') => break,
                b'\\' if !matches!(src.get(i + 1), None | Some(b'\n' | b'\r')) => i += 2,
                _ => i += 1,
            }
        }
        let i = i.min(src.len());
        let raw = &src[start..i];
        let newline_at_start = start > 0 && matches!(src[start - 1], b'\n' | b'\r');
        let stripped = strip_indentation(
            raw,
            heredoc.indentation,
            heredoc.uses_spaces,
            newline_at_start,
            at_end,
        )
        .map_err(|(msg, at)| self.error(msg, start + at))?;
        let value = unescape_double(&stripped, 0).map_err(|m| self.error(m, start))?;
        if at_end {
            self.pos = i + newline_len;
            self.line_after_token = Some(self.line_at(i));
            self.state = State::EndHeredoc;
        } else {
            self.pos = i;
        }
        Ok(Step::Token(Tok::StringContent(value)))
    }

    /// After `${`: `name` followed by `[` or `}` is a variable name;
    /// anything else is an expression.
    fn lex_varname(&mut self) -> Step<'s> {
        let rest = self.rest();
        let len = if rest.first().is_some_and(|&b| is_label_start(b)) {
            label_len(rest)
        } else {
            0
        };
        self.pop_state();
        self.push_state(State::Scripting);
        if len > 0 && matches!(rest.get(len), Some(b'[' | b'}')) {
            self.pos += len;
            return Step::Token(Tok::StringVarname(&rest[..len]));
        }
        Step::Skip
    }

    /// Inside `"$name[...]"`.
    fn lex_var_offset(&mut self) -> Step<'s> {
        let rest = self.rest();
        let Some(&first) = rest.first() else {
            return Step::End;
        };
        if first.is_ascii_digit() {
            let mut raw_lexer = Raw::lexer(rest);
            let len = match raw_lexer.next() {
                Some(Ok(Raw::DecimalInt | Raw::HexInt | Raw::BinaryInt | Raw::OctalInt)) => {
                    raw_lexer.span().end
                }
                _ => rest.iter().take_while(|b| b.is_ascii_digit()).count(),
            };
            self.pos += len;
            return Step::Token(Tok::NumString(&rest[..len]));
        }
        if first == b'$' && rest.get(1).is_some_and(|&b| is_label_start(b)) {
            let len = 1 + label_len(&rest[1..]);
            self.pos += len;
            return Step::Token(Tok::Variable(&rest[1..len]));
        }
        if is_label_start(first) {
            let len = label_len(rest);
            self.pos += len;
            return Step::Token(Tok::Ident(&rest[..len]));
        }
        self.pos += 1;
        let tok = match first {
            b']' => {
                self.pop_state();
                Tok::RBracket
            }
            b' ' | b'\n' | b'\r' | b'\t' | b'\\' | b'\'' | b'#' => {
                // PHP stops here with an empty string piece so that the
                // parser reports the error at the right place.
                self.pos -= 1;
                self.pop_state();
                Tok::StringContent(Rc::from(&b""[..]))
            }
            b';' => Tok::Semicolon,
            b':' => Tok::Colon,
            b',' => Tok::Comma,
            b'.' => Tok::Dot,
            b'|' => Tok::Pipe,
            b'^' => Tok::Caret,
            b'&' => Tok::Amp,
            b'+' => Tok::Plus,
            b'-' => Tok::Minus,
            b'/' => Tok::Slash,
            b'*' => Tok::Star,
            b'=' => Tok::Eq,
            b'%' => Tok::Percent,
            b'!' => Tok::Bang,
            b'~' => Tok::Tilde,
            b'$' => Tok::Dollar,
            b'<' => Tok::Lt,
            b'>' => Tok::Gt,
            b'?' => Tok::Question,
            b'@' => Tok::At,
            b'[' => Tok::LBracket,
            b'(' => Tok::LParen,
            b')' => Tok::RParen,
            b'{' => Tok::LBrace,
            b'}' => Tok::RBrace,
            b'"' => Tok::DoubleQuote,
            b'`' => Tok::Backtick,
            other => Tok::BadChar(other),
        };
        Step::Token(tok)
    }

    /// After `->`: whitespace and comments are skipped, a label is the
    /// property name, anything else goes back to the previous state.
    fn lex_property(&mut self) -> Result<Step<'s>, LexError> {
        let start = self.pos;
        let rest = self.rest();
        let Some(&first) = rest.first() else {
            self.pop_state();
            return Ok(Step::Skip);
        };
        match first {
            b' ' | b'\t' | b'\r' | b'\n' => {
                self.pos += whitespace_len(rest);
                Ok(Step::Skip)
            }
            b'-' if rest.starts_with(b"->") => {
                self.pos += 2;
                Ok(Step::Token(Tok::Arrow))
            }
            b'?' if rest.starts_with(b"?->") => {
                self.pos += 3;
                Ok(Step::Token(Tok::NullsafeArrow))
            }
            b'#' => {
                self.pos += 1;
                self.skip_line_comment();
                Ok(Step::Skip)
            }
            b'/' if rest.starts_with(b"//") => {
                self.pos += 2;
                self.skip_line_comment();
                Ok(Step::Skip)
            }
            b'/' if rest.starts_with(b"/*") => {
                self.pos += 2;
                self.skip_block_comment(start)?;
                Ok(Step::Skip)
            }
            b if is_label_start(b) => {
                let len = label_len(rest);
                self.pos += len;
                self.pop_state();
                Ok(Step::Token(Tok::Ident(&rest[..len])))
            }
            _ => {
                self.pop_state();
                Ok(Step::Skip)
            }
        }
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Result<Spanned<'s>, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.finished {
            return None;
        }
        match self.next_token() {
            Ok(Some(token)) => Some(Ok(token)),
            Ok(None) => {
                self.finished = true;
                None
            }
            Err(e) => {
                self.finished = true;
                Some(Err(e))
            }
        }
    }
}

/// A file's first line is skipped when it is a `#!` line (ended by a
/// newline), as PHP's scanner does.
fn shebang_len(src: &[u8]) -> usize {
    if !src.starts_with(b"#!") {
        return 0;
    }
    match next_newline(src, 0) {
        Some((at, len)) => at + len,
        None => 0,
    }
}

fn bad_nesting_message(opening: u8, open_line: u32, line: u32, closing: Option<u8>) -> String {
    let mut message = format!("Unclosed '{}'", opening as char);
    if open_line != line {
        message.push_str(&format!(" on line {open_line}"));
    }
    if let Some(closing) = closing {
        message.push_str(&format!(" does not match '{}'", closing as char));
    }
    message
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn starts_with_ci(text: &[u8], word: &[u8]) -> bool {
    text.len() >= word.len() && text[..word.len()].eq_ignore_ascii_case(word)
}

/// Whether a heredoc's closing `label` starts at `at`: not just the start
/// of a longer name, and (as in PHP) not the very last bytes of the input.
fn is_closing_label(src: &[u8], at: usize, label: &[u8]) -> bool {
    src.get(at).is_some_and(|&b| is_label_start(b))
        && src[at..].starts_with(label)
        && src
            .get(at + label.len())
            .is_some_and(|&b| !is_label_char(b))
}

struct ClosingLabel {
    /// Offset of the start of the closing label's line.
    line_start: usize,
    /// Length of the newline before that line (0 for the first body line).
    newline_len: usize,
    indentation: usize,
    uses_spaces: bool,
    mixed: bool,
}

/// Finds a heredoc's closing label: the first line, from `body_start` on,
/// made of optional spaces/tabs and the label not followed by a label byte.
fn find_closing_label(src: &[u8], body_start: usize, label: &[u8]) -> Option<ClosingLabel> {
    let mut line_start = body_start;
    let mut newline_len = 0;
    loop {
        let spacing: &[u8] = &src[line_start..];
        let indent = indentation_len(spacing);
        if is_closing_label(src, line_start + indent, label) {
            let spacing = &spacing[..indent];
            let has_tabs = spacing.contains(&b'\t');
            let has_spaces = spacing.contains(&b' ');
            return Some(ClosingLabel {
                line_start,
                newline_len,
                indentation: indent,
                uses_spaces: has_spaces && !has_tabs,
                mixed: has_tabs && has_spaces,
            });
        }
        let nl = src[line_start..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')?;
        let at = line_start + nl;
        newline_len = if src[at] == b'\r' && src.get(at + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        line_start = at + newline_len;
    }
}

/// Removes a flexible heredoc's indentation from each line of `raw`.
/// `newline_at_start`: `raw` begins at the start of a line;
/// `newline_at_end`: `raw` is the last piece of the body. On error returns
/// PHP's message and the offset in `raw` of the offending line.
fn strip_indentation(
    raw: &[u8],
    indentation: usize,
    using_spaces: bool,
    newline_at_start: bool,
    newline_at_end: bool,
) -> Result<Vec<u8>, (String, usize)> {
    if indentation == 0 {
        return Ok(raw.to_vec());
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    if !newline_at_start {
        // The first line continues a line that began before an
        // interpolation: it keeps its text.
        match next_newline(raw, 0) {
            Some((nl, len)) => {
                out.extend_from_slice(&raw[..nl + len]);
                i = nl + len;
            }
            None => return Ok(raw.to_vec()),
        }
    }
    loop {
        let line_end = next_newline(raw, i);
        let content_end = match line_end {
            Some((nl, _)) => nl,
            None if newline_at_end => raw.len(),
            None => usize::MAX,
        };
        let line_start = i;
        let mut skipped = 0;
        while skipped < indentation {
            if i == content_end {
                break; // a whitespace-only line need not be fully indented
            }
            match raw.get(i) {
                Some(b' ') | Some(b'\t') => {
                    if (raw[i] == b' ') != using_spaces {
                        return Err((
                            "Invalid indentation - tabs and spaces cannot be mixed".to_string(),
                            line_start,
                        ));
                    }
                }
                _ => {
                    return Err((
                        format!(
                            "Invalid body indentation level (expecting an indentation level of at least {indentation})"
                        ),
                        line_start,
                    ));
                }
            }
            i += 1;
            skipped += 1;
        }
        if i >= raw.len() {
            break;
        }
        match line_end {
            Some((nl, len)) => {
                out.extend_from_slice(&raw[i..nl + len]);
                i = nl + len;
            }
            None => {
                out.extend_from_slice(&raw[i..]);
                break;
            }
        }
    }
    Ok(out)
}

/// The next newline at or after `from`: its offset and length.
fn next_newline(text: &[u8], from: usize) -> Option<(usize, usize)> {
    let at = from
        + text[from..]
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')?;
    let len = if text[at] == b'\r' && text.get(at + 1) == Some(&b'\n') {
        2
    } else {
        1
    };
    Some((at, len))
}

/// A single-quoted string body: only `\'` and `\\` are escapes.
fn unescape_single(body: &[u8]) -> Rc<[u8]> {
    if !body.contains(&b'\\') {
        return Rc::from(body);
    }
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        if body[i] == b'\\' && matches!(body.get(i + 1), Some(b'\\' | b'\'')) {
            out.push(body[i + 1]);
            i += 2;
        } else {
            out.push(body[i]);
            i += 1;
        }
    }
    Rc::from(out)
}

/// Resolves the escapes of a double-quoted string, backtick string
/// (`quote` = the delimiter) or heredoc (`quote` = 0).
pub fn unescape_double(body: &[u8], quote: u8) -> Result<Rc<[u8]>, String> {
    if !body.contains(&b'\\') {
        return Ok(Rc::from(body));
    }
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some(&e) = body.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'f' => out.push(0x0c),
            b'v' => out.push(0x0b),
            b'e' => out.push(0x1b),
            b'\\' | b'$' => out.push(e),
            b'"' | b'`' if e == quote => out.push(e),
            b'x' | b'X' if body.get(i).is_some_and(u8::is_ascii_hexdigit) => {
                let mut value = hex_value(body[i]);
                i += 1;
                if let Some(&d) = body.get(i).filter(|d| d.is_ascii_hexdigit()) {
                    value = value * 16 + hex_value(d);
                    i += 1;
                }
                out.push(value);
            }
            b'u' if body.get(i) == Some(&b'{') => {
                let digits_start = i + 1;
                let digits = body[digits_start..]
                    .iter()
                    .take_while(|b| b.is_ascii_hexdigit())
                    .count();
                let closed = body.get(digits_start + digits) == Some(&b'}');
                if !closed || digits == 0 {
                    return Err("Invalid UTF-8 codepoint escape sequence".to_string());
                }
                let hex = &body[digits_start..digits_start + digits];
                let codepoint = hex
                    .iter()
                    .try_fold(0u32, |acc, &d| {
                        acc.checked_mul(16)?.checked_add(u32::from(hex_value(d)))
                    })
                    .filter(|&c| c <= 0x10FFFF)
                    .ok_or_else(|| {
                        "Invalid UTF-8 codepoint escape sequence: Codepoint too large".to_string()
                    })?;
                push_utf8(&mut out, codepoint);
                i = digits_start + digits + 1;
            }
            b'0'..=b'7' => {
                let mut value = u32::from(e - b'0');
                for _ in 0..2 {
                    match body.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            value = value * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(value as u8);
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(Rc::from(out))
}

fn hex_value(d: u8) -> u8 {
    match d {
        b'0'..=b'9' => d - b'0',
        b'a'..=b'f' => d - b'a' + 10,
        _ => d - b'A' + 10,
    }
}

/// UTF-8 encoding of any code point up to 0x10FFFF, surrogates included
/// (PHP encodes `"\u{D800}"` too).
fn push_utf8(out: &mut Vec<u8>, c: u32) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.push(0xC0 | (c >> 6) as u8);
        out.push(0x80 | (c & 0x3F) as u8);
    } else if c < 0x10000 {
        out.push(0xE0 | (c >> 12) as u8);
        out.push(0x80 | ((c >> 6) & 0x3F) as u8);
        out.push(0x80 | (c & 0x3F) as u8);
    } else {
        out.push(0xF0 | (c >> 18) as u8);
        out.push(0x80 | ((c >> 12) & 0x3F) as u8);
        out.push(0x80 | ((c >> 6) & 0x3F) as u8);
        out.push(0x80 | (c & 0x3F) as u8);
    }
}

fn without_underscores(text: &[u8]) -> Vec<u8> {
    text.iter().copied().filter(|&b| b != b'_').collect()
}

/// A decimal literal, or an octal one when it starts with `0`; too large
/// for an integer it becomes a float, as in PHP.
fn decimal_int(text: &[u8]) -> Result<Tok<'static>, &'static str> {
    let digits = without_underscores(text);
    if digits.len() > 1 && digits[0] == b'0' {
        if digits.iter().any(|&d| d == b'8' || d == b'9') {
            return Err("Invalid numeric literal");
        }
        return Ok(radix_digits(&digits, 8));
    }
    let mut value: i64 = 0;
    for &d in &digits {
        match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(d - b'0')))
        {
            Some(v) => value = v,
            None => return Ok(Tok::Float(parse_float(&digits))),
        }
    }
    Ok(Tok::Int(value))
}

/// A hexadecimal, binary or octal literal (`digits` without the prefix).
fn radix_int(digits: &[u8], radix: u32) -> Tok<'static> {
    radix_digits(&without_underscores(digits), radix)
}

fn radix_digits(digits: &[u8], radix: u32) -> Tok<'static> {
    let mut value: i64 = 0;
    let mut overflow = false;
    for &d in digits {
        let digit = i64::from(hex_value(d));
        match value
            .checked_mul(i64::from(radix))
            .and_then(|v| v.checked_add(digit))
        {
            Some(v) => value = v,
            None => {
                overflow = true;
                break;
            }
        }
    }
    if !overflow {
        return Tok::Int(value);
    }
    // Like zend_hex_strtod and friends: accumulate in a double.
    let float = digits.iter().fold(0.0f64, |acc, &d| {
        acc * f64::from(radix) + f64::from(hex_value(d))
    });
    Tok::Float(float)
}

fn parse_float(text: &[u8]) -> f64 {
    let digits = without_underscores(text);
    std::str::from_utf8(&digits)
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .unwrap_or(f64::INFINITY)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `src` (a file), each as its fixed spelling or kind.
    fn tokens(src: &str) -> Vec<String> {
        Lexer::new(src.as_bytes(), false, true)
            .map(|t| match t {
                Ok((_, tok, _)) => match tok {
                    Tok::Ident(s) => format!("id:{}", String::from_utf8_lossy(s)),
                    Tok::Variable(s) => format!("${}", String::from_utf8_lossy(s)),
                    Tok::Int(n) => format!("int:{n}"),
                    Tok::Kw(Kw::YieldBare, _) => "yield-bare".to_string(),
                    Tok::InlineHtml(s) => format!("html:{}", String::from_utf8_lossy(s)),
                    other if !other.symbol().is_empty() => other.symbol().to_string(),
                    other => format!("{other:?}"),
                },
                Err(e) => format!("error:{}", e.message),
            })
            .collect()
    }

    #[test]
    fn keywords_are_case_insensitive_and_names_are_not_keywords() {
        assert_eq!(
            tokens("<?php ECHO Foo, eChO;"),
            ["echo", "id:Foo", ",", "echo", ";"]
        );
        assert_eq!(
            tokens("<?php $o->class, A::class"),
            ["$o", "->", "id:class", ",", "id:A", "::", "class"]
        );
        assert_eq!(tokens("<?php die exit"), ["exit", "exit"]);
    }

    #[test]
    fn lookahead_decisions() {
        assert_eq!(tokens("<?php yield\n from $g"), ["yield from", "$g"]);
        assert_eq!(tokens("<?php yield fromage"), ["yield", "id:fromage"]);
        assert_eq!(tokens("<?php yield from"), ["yield from"]);
        assert_eq!(
            tokens("<?php yield; yield -1; yield and"),
            [
                "yield-bare",
                ";",
                "yield",
                "-",
                "int:1",
                ";",
                "yield-bare",
                "and"
            ]
        );
        assert_eq!(
            tokens("<?php enum Foo enum extends enum()"),
            ["enum", "id:Foo", "id:enum", "extends", "id:enum", "(", ")"]
        );
        assert_eq!(
            tokens("<?php A & $b; A &B; & ..."),
            ["id:A", "&", "$b", ";", "id:A", "&", "id:B", ";", "&", "..."]
        );
    }

    #[test]
    fn casts_need_only_spaces_and_tabs() {
        assert_eq!(
            tokens("<?php ( int )( \tstring)(\nint)"),
            ["(int)", "(string)", "(", "id:int", ")"]
        );
    }

    #[test]
    fn open_and_close_tags() {
        assert_eq!(
            tokens("a<?php echo 1?>\nb"),
            ["html:a", "echo", "int:1", ";", "html:b"]
        );
        assert_eq!(tokens("<?= 1 ?>"), ["echo", "int:1", ";"]);
        assert_eq!(
            tokens("<?phpx"),
            ["id:phpx"],
            "<?php followed by a letter is <? then phpx"
        );
        assert_eq!(tokens("#!/usr/bin/php\n<?php 1;"), ["int:1", ";"]);
        assert_eq!(tokens("<?php # x ?>y"), [";", "html:y"]);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            tokens("<?php 0x7FFFFFFFFFFFFFFF 0b11 0o17 017 1_0"),
            [
                "int:9223372036854775807",
                "int:3",
                "int:15",
                "int:15",
                "int:10"
            ]
        );
        assert_eq!(
            tokens("<?php 0x8000000000000000"),
            ["Float(9.223372036854776e18)"]
        );
        assert_eq!(tokens("<?php 018"), ["error:Invalid numeric literal"]);
    }

    #[test]
    fn line_index_counts_every_newline_style() {
        let lines = LineIndex::new(b"a\nb\r\nc\rd");
        assert_eq!([0, 2, 5, 7].map(|o| lines.line_of(o)), [1, 2, 3, 4]);
    }
}
