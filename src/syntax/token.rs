//! The tokens the lexer hands to the grammar, and how PHP names them in
//! syntax errors.
//!
//! The set mirrors PHP 8.2's scanner tokens (`T_*` in zend_language_parser.y)
//! closely, because PHP's error messages name tokens ("unexpected token
//! \"echo\"", "unexpected identifier \"foo\"") and list expected ones in a
//! fixed order. Comments, whitespace and open tags never reach the grammar.

use crate::syntax::ast::Bytes;

/// A position in the source: byte offset and 1-based line.
///
/// For a token's end position, `line` is the line of the token's last byte
/// (not of the byte after it), so a `?>` that eats a newline still ends on
/// its own line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pos {
    pub offset: usize,
    pub line: u32,
}

/// Keywords (case-insensitive in PHP). They carry their source text so the
/// grammar can use them as identifiers where PHP allows (`$o->list()`,
/// `A::class`, `function print()` in a class).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kw {
    Abstract,
    And,
    Array,
    As,
    Break,
    Callable,
    Case,
    Catch,
    Class,
    Clone,
    Const,
    Continue,
    Declare,
    Default,
    Do,
    Echo,
    Else,
    Elseif,
    Empty,
    Enddeclare,
    Endfor,
    Endforeach,
    Endif,
    Endswitch,
    Endwhile,
    Enum,
    Eval,
    Exit,
    Extends,
    Final,
    Finally,
    Fn,
    For,
    Foreach,
    Function,
    Global,
    Goto,
    HaltCompiler,
    If,
    Implements,
    Include,
    IncludeOnce,
    Instanceof,
    Insteadof,
    Interface,
    Isset,
    List,
    Match,
    Namespace,
    New,
    Or,
    Print,
    Private,
    Protected,
    Public,
    Readonly,
    Require,
    RequireOnce,
    Return,
    Static,
    Switch,
    Throw,
    Trait,
    Try,
    Unset,
    Use,
    Var,
    While,
    Xor,
    /// `yield` followed by an operand.
    Yield,
    /// `yield` with nothing after it that could start an operand (`yield;`,
    /// `$x = yield;`). PHP's grammar settles this by precedence; the lexer
    /// settles it by looking at the next character.
    YieldBare,
    YieldFrom,
    MagicClass,
    MagicDir,
    MagicFile,
    MagicFunction,
    MagicLine,
    MagicMethod,
    MagicNamespace,
    MagicTrait,
}

impl Kw {
    /// Looks up a keyword by its (case-insensitive) spelling.
    pub fn from_word(word: &[u8]) -> Option<Kw> {
        const LONGEST: usize = 15; // "__halt_compiler"
        if word.len() > LONGEST {
            return None;
        }
        let mut buf = [0u8; LONGEST];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        Some(match &*lower {
            b"abstract" => Kw::Abstract,
            b"and" => Kw::And,
            b"array" => Kw::Array,
            b"as" => Kw::As,
            b"break" => Kw::Break,
            b"callable" => Kw::Callable,
            b"case" => Kw::Case,
            b"catch" => Kw::Catch,
            b"class" => Kw::Class,
            b"clone" => Kw::Clone,
            b"const" => Kw::Const,
            b"continue" => Kw::Continue,
            b"declare" => Kw::Declare,
            b"default" => Kw::Default,
            b"die" | b"exit" => Kw::Exit,
            b"do" => Kw::Do,
            b"echo" => Kw::Echo,
            b"else" => Kw::Else,
            b"elseif" => Kw::Elseif,
            b"empty" => Kw::Empty,
            b"enddeclare" => Kw::Enddeclare,
            b"endfor" => Kw::Endfor,
            b"endforeach" => Kw::Endforeach,
            b"endif" => Kw::Endif,
            b"endswitch" => Kw::Endswitch,
            b"endwhile" => Kw::Endwhile,
            b"enum" => Kw::Enum,
            b"eval" => Kw::Eval,
            b"extends" => Kw::Extends,
            b"final" => Kw::Final,
            b"finally" => Kw::Finally,
            b"fn" => Kw::Fn,
            b"for" => Kw::For,
            b"foreach" => Kw::Foreach,
            b"function" => Kw::Function,
            b"global" => Kw::Global,
            b"goto" => Kw::Goto,
            b"__halt_compiler" => Kw::HaltCompiler,
            b"if" => Kw::If,
            b"implements" => Kw::Implements,
            b"include" => Kw::Include,
            b"include_once" => Kw::IncludeOnce,
            b"instanceof" => Kw::Instanceof,
            b"insteadof" => Kw::Insteadof,
            b"interface" => Kw::Interface,
            b"isset" => Kw::Isset,
            b"list" => Kw::List,
            b"match" => Kw::Match,
            b"namespace" => Kw::Namespace,
            b"new" => Kw::New,
            b"or" => Kw::Or,
            b"print" => Kw::Print,
            b"private" => Kw::Private,
            b"protected" => Kw::Protected,
            b"public" => Kw::Public,
            b"readonly" => Kw::Readonly,
            b"require" => Kw::Require,
            b"require_once" => Kw::RequireOnce,
            b"return" => Kw::Return,
            b"static" => Kw::Static,
            b"switch" => Kw::Switch,
            b"throw" => Kw::Throw,
            b"trait" => Kw::Trait,
            b"try" => Kw::Try,
            b"unset" => Kw::Unset,
            b"use" => Kw::Use,
            b"var" => Kw::Var,
            b"while" => Kw::While,
            b"xor" => Kw::Xor,
            b"yield" => Kw::Yield,
            b"__class__" => Kw::MagicClass,
            b"__dir__" => Kw::MagicDir,
            b"__file__" => Kw::MagicFile,
            b"__function__" => Kw::MagicFunction,
            b"__line__" => Kw::MagicLine,
            b"__method__" => Kw::MagicMethod,
            b"__namespace__" => Kw::MagicNamespace,
            b"__trait__" => Kw::MagicTrait,
            _ => return None,
        })
    }

    /// The keyword as PHP's token table spells it (lower case).
    pub fn spelling(self) -> &'static str {
        match self {
            Kw::Abstract => "abstract",
            Kw::And => "and",
            Kw::Array => "array",
            Kw::As => "as",
            Kw::Break => "break",
            Kw::Callable => "callable",
            Kw::Case => "case",
            Kw::Catch => "catch",
            Kw::Class => "class",
            Kw::Clone => "clone",
            Kw::Const => "const",
            Kw::Continue => "continue",
            Kw::Declare => "declare",
            Kw::Default => "default",
            Kw::Do => "do",
            Kw::Echo => "echo",
            Kw::Else => "else",
            Kw::Elseif => "elseif",
            Kw::Empty => "empty",
            Kw::Enddeclare => "enddeclare",
            Kw::Endfor => "endfor",
            Kw::Endforeach => "endforeach",
            Kw::Endif => "endif",
            Kw::Endswitch => "endswitch",
            Kw::Endwhile => "endwhile",
            Kw::Enum => "enum",
            Kw::Eval => "eval",
            Kw::Exit => "exit",
            Kw::Extends => "extends",
            Kw::Final => "final",
            Kw::Finally => "finally",
            Kw::Fn => "fn",
            Kw::For => "for",
            Kw::Foreach => "foreach",
            Kw::Function => "function",
            Kw::Global => "global",
            Kw::Goto => "goto",
            Kw::HaltCompiler => "__halt_compiler",
            Kw::If => "if",
            Kw::Implements => "implements",
            Kw::Include => "include",
            Kw::IncludeOnce => "include_once",
            Kw::Instanceof => "instanceof",
            Kw::Insteadof => "insteadof",
            Kw::Interface => "interface",
            Kw::Isset => "isset",
            Kw::List => "list",
            Kw::Match => "match",
            Kw::Namespace => "namespace",
            Kw::New => "new",
            Kw::Or => "or",
            Kw::Print => "print",
            Kw::Private => "private",
            Kw::Protected => "protected",
            Kw::Public => "public",
            Kw::Readonly => "readonly",
            Kw::Require => "require",
            Kw::RequireOnce => "require_once",
            Kw::Return => "return",
            Kw::Static => "static",
            Kw::Switch => "switch",
            Kw::Throw => "throw",
            Kw::Trait => "trait",
            Kw::Try => "try",
            Kw::Unset => "unset",
            Kw::Use => "use",
            Kw::Var => "var",
            Kw::While => "while",
            Kw::Xor => "xor",
            Kw::Yield | Kw::YieldBare => "yield",
            Kw::YieldFrom => "yield from",
            Kw::MagicClass => "__CLASS__",
            Kw::MagicDir => "__DIR__",
            Kw::MagicFile => "__FILE__",
            Kw::MagicFunction => "__FUNCTION__",
            Kw::MagicLine => "__LINE__",
            Kw::MagicMethod => "__METHOD__",
            Kw::MagicNamespace => "__NAMESPACE__",
            Kw::MagicTrait => "__TRAIT__",
        }
    }
}

/// A token as the grammar sees it. Payloads borrow from the source where
/// they can; string literals own their unescaped bytes.
#[derive(Debug, Clone, PartialEq)]
pub enum Tok<'s> {
    /// `T_STRING`: a bare identifier.
    Ident(&'s [u8]),
    /// `A\B` (`T_NAME_QUALIFIED`).
    QualifiedName(&'s [u8]),
    /// `\A\B` (`T_NAME_FULLY_QUALIFIED`); the payload has no leading `\`.
    FullyQualifiedName(&'s [u8]),
    /// `namespace\A` (`T_NAME_RELATIVE`); the payload has no `namespace\`.
    RelativeName(&'s [u8]),
    /// `$name`; the payload has no `$`.
    Variable(&'s [u8]),
    Int(i64),
    Float(f64),
    /// A quoted string without interpolation (`T_CONSTANT_ENCAPSED_STRING`),
    /// escapes already resolved.
    ConstString(Bytes),
    /// A literal piece of an interpolated string, heredoc or nowdoc body
    /// (`T_ENCAPSED_AND_WHITESPACE`), escapes resolved, indentation removed.
    StringContent(Bytes),
    InlineHtml(&'s [u8]),
    /// `name` in `"${name}"` / `"${name[...]}"`.
    StringVarname(&'s [u8]),
    /// A numeric offset in `"$a[12]"`, as written.
    NumString(&'s [u8]),
    Kw(Kw, &'s [u8]),

    IntCast,
    FloatCast,
    StringCast,
    ArrayCast,
    ObjectCast,
    BoolCast,
    UnsetCast,

    Semicolon,
    Colon,
    Comma,
    Dot,
    LBracket,
    RBracket,
    LParen,
    RParen,
    LBrace,
    RBrace,
    Pipe,
    Caret,
    /// `&` followed by a variable or `...` (by-reference marker or bit-and).
    AmpVar,
    /// Any other `&`.
    Amp,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Eq,
    Bang,
    Tilde,
    Dollar,
    Lt,
    Gt,
    Question,
    At,
    DoubleQuote,
    Backtick,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    DotEq,
    PercentEq,
    AmpEq,
    PipeEq,
    CaretEq,
    ShlEq,
    ShrEq,
    PowEq,
    CoalesceEq,
    BoolOr,
    BoolAnd,
    EqEq,
    NotEq,
    Identical,
    NotIdentical,
    Le,
    Ge,
    Spaceship,
    Shl,
    Shr,
    Inc,
    Dec,
    Arrow,
    NullsafeArrow,
    DoubleArrow,
    DoubleColon,
    NsSeparator,
    Ellipsis,
    Coalesce,
    Pow,
    /// `#[`
    Attribute,
    /// `{$` inside an interpolated string.
    CurlyOpen,
    /// `${` inside an interpolated string.
    DollarOpenCurly,
    StartHeredoc,
    EndHeredoc,
    /// A byte no token starts with.
    BadChar(u8),
}

/// How PHP describes the end of input when it is the unexpected token.
pub const END_OF_FILE: &str = "end of file";

impl Tok<'_> {
    /// PHP's description of this token when it is the unexpected one
    /// (`identifier "foo"`, `token ";"`, `double-quoted string "x"`).
    /// `text` is the token's source text.
    pub fn describe_unexpected(&self, text: &[u8]) -> String {
        match self {
            Tok::Ident(_) => with_content("identifier", text),
            Tok::QualifiedName(_) => with_content("namespaced name", text),
            Tok::FullyQualifiedName(_) => with_content("fully qualified name", text),
            Tok::RelativeName(_) => with_content("namespace-relative name", text),
            Tok::Variable(_) => with_content("variable", text),
            Tok::Int(_) => with_content("integer", text),
            Tok::Float(_) => with_content("floating-point number", text),
            Tok::ConstString(_) => {
                let kind = match text.first() {
                    Some(b'"') => "double-quoted string",
                    Some(b'\'') => "single-quoted string",
                    _ => "quoted string",
                };
                with_content(kind, text)
            }
            Tok::StringContent(_) => with_content("string content", text),
            Tok::InlineHtml(_) => with_content("T_INLINE_HTML", text),
            Tok::StringVarname(_) => with_content("variable name", text),
            Tok::NumString(_) => with_content("number", text),
            Tok::StartHeredoc => with_content("heredoc start", text),
            Tok::EndHeredoc => with_content("heredoc end", text),
            Tok::DoubleQuote => "double-quote mark".to_string(),
            Tok::BadChar(b) => format!("character 0x{b:02X}"),
            other => format!("token \"{}\"", other.symbol()),
        }
    }

    /// The fixed spelling of a token that always looks the same, as PHP's
    /// token table has it (keywords in lower case, casts in canonical form).
    pub fn symbol(&self) -> &'static str {
        match self {
            Tok::Kw(kw, _) => kw.spelling(),
            Tok::IntCast => "(int)",
            Tok::FloatCast => "(double)",
            Tok::StringCast => "(string)",
            Tok::ArrayCast => "(array)",
            Tok::ObjectCast => "(object)",
            Tok::BoolCast => "(bool)",
            Tok::UnsetCast => "(unset)",
            Tok::Semicolon => ";",
            Tok::Colon => ":",
            Tok::Comma => ",",
            Tok::Dot => ".",
            Tok::LBracket => "[",
            Tok::RBracket => "]",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::Pipe => "|",
            Tok::Caret => "^",
            Tok::AmpVar | Tok::Amp => "&",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Percent => "%",
            Tok::Eq => "=",
            Tok::Bang => "!",
            Tok::Tilde => "~",
            Tok::Dollar => "$",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Question => "?",
            Tok::At => "@",
            Tok::DoubleQuote => "\"",
            Tok::Backtick => "`",
            Tok::PlusEq => "+=",
            Tok::MinusEq => "-=",
            Tok::StarEq => "*=",
            Tok::SlashEq => "/=",
            Tok::DotEq => ".=",
            Tok::PercentEq => "%=",
            Tok::AmpEq => "&=",
            Tok::PipeEq => "|=",
            Tok::CaretEq => "^=",
            Tok::ShlEq => "<<=",
            Tok::ShrEq => ">>=",
            Tok::PowEq => "**=",
            Tok::CoalesceEq => "??=",
            Tok::BoolOr => "||",
            Tok::BoolAnd => "&&",
            Tok::EqEq => "==",
            Tok::NotEq => "!=",
            Tok::Identical => "===",
            Tok::NotIdentical => "!==",
            Tok::Le => "<=",
            Tok::Ge => ">=",
            Tok::Spaceship => "<=>",
            Tok::Shl => "<<",
            Tok::Shr => ">>",
            Tok::Inc => "++",
            Tok::Dec => "--",
            Tok::Arrow => "->",
            Tok::NullsafeArrow => "?->",
            Tok::DoubleArrow => "=>",
            Tok::DoubleColon => "::",
            Tok::NsSeparator => "\\",
            Tok::Ellipsis => "...",
            Tok::Coalesce => "??",
            Tok::Pow => "**",
            Tok::Attribute => "#[",
            Tok::CurlyOpen => "{$",
            Tok::DollarOpenCurly => "${",
            _ => "",
        }
    }
}

/// `kind "content"` with PHP's trimming: the content stops at the first
/// newline, loses one layer of surrounding quotes, and is cut to 30 bytes
/// plus `...` when longer than 33.
fn with_content(kind: &str, text: &[u8]) -> String {
    let mut content = text;
    if let Some(nl) = content.iter().position(|&b| b == b'\n') {
        content = &content[..nl];
    }
    if let [b'\'' | b'"', rest @ ..] = content {
        content = rest;
    }
    if let [rest @ .., b'\'' | b'"'] = content {
        content = rest;
    }
    if content.len() > 33 {
        format!("{kind} \"{}...\"", String::from_utf8_lossy(&content[..30]))
    } else {
        format!("{kind} \"{}\"", String::from_utf8_lossy(content))
    }
}
