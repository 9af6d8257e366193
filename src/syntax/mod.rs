//! Source text to syntax tree: the lexer (`lexer`, built on logos), the
//! grammar (`grammar/php.lalrpop`, turned into a parser by lalrpop at build
//! time) and the tree it produces (`ast`).
//!
//! The one entry point is [`parse`]. It never panics: malformed input gives a
//! [`ParseError`] carrying PHP's message and line.

pub mod ast;

/// A syntax error, as PHP reports it: `message` is the text after
/// `Parse error: ` (e.g. `syntax error, unexpected token ";", expecting "]"`)
/// and `line` the line PHP names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub line: u32,
}

/// Options of the scanner.
#[derive(Debug, Clone, Copy)]
pub struct ParseOptions {
    pub short_open_tag: bool,
}

/// Parses a file with options.
pub fn parse_with(source: &[u8], options: ParseOptions) -> Result<ast::Program, ParseError> {
    let _ = options;
    parse(source)
}

/// Parses code that starts in PHP mode (`eval`, the REPL).
pub fn parse_code(source: &[u8]) -> Result<ast::Program, ParseError> {
    parse(source)
}

/// Parses a whole PHP file (starting in inline-HTML mode, as PHP does).
pub fn parse(source: &[u8]) -> Result<ast::Program, ParseError> {
    let _ = source;
    Err(ParseError {
        message: "parser not built yet".into(),
        line: 1,
    })
}
