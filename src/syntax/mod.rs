//! Source text to syntax tree: the lexer (`lexer`, built on logos), the
//! grammar (`grammar/php.lalrpop`, turned into an LALR parser by lalrpop at
//! build time, with its glue in `parser`) and the tree it produces (`ast`).
//!
//! The entry points are [`parse`] (a file) and [`parse_code`] (`eval()`'d
//! code, the REPL). They never panic: malformed input gives a
//! [`ParseError`] carrying PHP's message and line.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod token;

#[cfg(test)]
mod tests;

/// A syntax error, as PHP reports it: `message` is the text after
/// `Parse error: ` (e.g. `syntax error, unexpected token ";", expecting "]"`)
/// — or after `Fatal error: ` when `fatal` is set — and `line` the line
/// PHP names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub message: String,
    pub line: u32,
    /// True when the error only comes from the input ending too early
    /// (unexpected end of file, unclosed bracket, string, heredoc or
    /// comment): the REPL asks for another line.
    pub incomplete: bool,
    /// True for the compile-time errors PHP reports as `Fatal error`
    /// (`Unparenthesized a ? b : c ? d : e ...`, `Cannot use try without
    /// catch or finally`, `Multiple access type modifiers ...`).
    pub fatal: bool,
}

/// Scanner settings that change how a file is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Whether `<?` opens PHP code (php.ini `short_open_tag`; On by default,
    /// Off in php-src's test runner).
    pub short_open_tag: bool,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            short_open_tag: true,
        }
    }
}

/// Parses a whole PHP file (starting in inline-HTML mode, as PHP does).
pub fn parse(source: &[u8]) -> Result<ast::Program, ParseError> {
    parse_with(source, ParseOptions::default())
}

/// Parses a file with explicit scanner options.
pub fn parse_with(source: &[u8], options: ParseOptions) -> Result<ast::Program, ParseError> {
    parser::parse_program(source, false, options)
}

/// Parses code that starts in PHP mode: `eval()`'d strings and REPL input.
pub fn parse_code(source: &[u8]) -> Result<ast::Program, ParseError> {
    parser::parse_program(source, true, ParseOptions::default())
}
