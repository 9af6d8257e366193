//! Glue around the generated LALR parser (`grammar/php.lalrpop`).
//!
//! Three jobs live here:
//!
//! * **Expressions.** The grammar does not encode PHP's twenty precedence
//!   levels (that would make the generated parser huge). It collects an
//!   expression as a flat sequence of [`Item`]s — operands, prefix
//!   operators, infix operators, `instanceof`, ternary parts and the `=>` of
//!   `yield $k => $v` — and [`Ctx::seq`] builds the tree by precedence
//!   climbing with PHP's table (zend_language_parser.y). Prefix operators
//!   include the "open" forms whose right side extends as far as possible:
//!   `$a = `, `$a += `, `print`, `yield`, `throw`, `include`, `fn() =>`.
//! * **Deferred compile errors.** A few things PHP accepts syntactically but
//!   rejects at compile time (`a ? b : c ? d : e`, `try` without `catch`)
//!   are noted while parsing and reported only if the whole file parses,
//!   because a later syntax error would win in PHP.
//! * **Error messages.** Syntax errors read as PHP's: the unexpected token
//!   as PHP names it, and the "expecting" list as bison would compute it
//!   (see [`bison_expected`]).

use std::cell::RefCell;
use std::rc::Rc;

use crate::syntax::ast::*;
use crate::syntax::lexer::{Lexer, LineIndex};
use crate::syntax::token::{Pos, Tok, END_OF_FILE};
use crate::syntax::{ParseError, ParseOptions};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_imports, unused_qualifications)]
    grammar,
    "/php.rs"
);

/// One element of a flat expression sequence.
#[derive(Debug)]
pub enum Item {
    Operand(Expr),
    Prefix(PrefixOp, Line),
    Infix(Infix, Line),
    InstanceOf(ClassRef, Line),
    /// `? then :` (or `?:` when `then` is `None`), followed by the else
    /// operand in the sequence.
    Ternary(Option<Expr>, Line),
    /// The `=>` of `yield $key => $value`, followed by the value.
    YieldArrow(Line),
}

/// A prefix operator: applies to everything after it that binds tighter.
#[derive(Debug)]
pub enum PrefixOp {
    Unary(UnaryOp),
    Cast(CastKind),
    Clone,
    Print,
    Yield,
    YieldFrom,
    Throw,
    Include(IncludeKind),
    /// `target =`
    Assign(Expr),
    /// `target op=`
    AssignOp(BinOp, Expr),
    /// `fn (...) =>`: the body is the operand.
    ArrowFn(FunctionDecl),
}

/// An infix operator. `and`/`or` are apart from `&&`/`||` because they bind
/// more loosely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Infix {
    Op(BinOp),
    LogicalAnd,
    LogicalOr,
    LogicalXor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Assoc {
    Left,
    Right,
    None,
}

// PHP's precedence levels, lowest first (zend_language_parser.y).
const PREC_THROW: u8 = 1;
const PREC_ARROW_FN: u8 = 2;
const PREC_INCLUDE: u8 = 3;
const PREC_PRINT: u8 = 7;
const PREC_YIELD: u8 = 8;
const PREC_YIELD_FROM: u8 = 10;
const PREC_ASSIGN: u8 = 11;
const PREC_TERNARY: u8 = 12;
const PREC_NOT: u8 = 25;
const PREC_INSTANCEOF: u8 = 26;
const PREC_UNARY: u8 = 27;
const PREC_CLONE: u8 = 29;

fn infix_precedence(op: Infix) -> (u8, Assoc) {
    use BinOp::*;
    match op {
        Infix::LogicalOr => (4, Assoc::Left),
        Infix::LogicalXor => (5, Assoc::Left),
        Infix::LogicalAnd => (6, Assoc::Left),
        Infix::Op(op) => match op {
            Coalesce => (13, Assoc::Right),
            Or => (14, Assoc::Left),
            And => (15, Assoc::Left),
            BitOr => (16, Assoc::Left),
            BitXor => (17, Assoc::Left),
            BitAnd => (18, Assoc::Left),
            Eq | NotEq | Identical | NotIdentical | Spaceship => (19, Assoc::None),
            Lt | Le | Gt | Ge => (20, Assoc::None),
            Concat => (21, Assoc::Left),
            Shl | Shr => (22, Assoc::Left),
            Add | Sub => (23, Assoc::Left),
            Mul | Div | Mod => (24, Assoc::Left),
            Pow => (28, Assoc::Right),
            Xor => (5, Assoc::Left),
        },
    }
}

fn prefix_precedence(op: &PrefixOp) -> u8 {
    match op {
        PrefixOp::Throw => PREC_THROW,
        PrefixOp::ArrowFn(_) => PREC_ARROW_FN,
        PrefixOp::Include(_) => PREC_INCLUDE,
        PrefixOp::Print => PREC_PRINT,
        PrefixOp::Yield => PREC_YIELD,
        PrefixOp::YieldFrom => PREC_YIELD_FROM,
        PrefixOp::Assign(_) | PrefixOp::AssignOp(..) => PREC_ASSIGN,
        PrefixOp::Unary(UnaryOp::Not) => PREC_NOT,
        PrefixOp::Unary(_) | PrefixOp::Cast(_) => PREC_UNARY,
        PrefixOp::Clone => PREC_CLONE,
    }
}

fn infix_symbol(op: Infix) -> &'static str {
    use BinOp::*;
    match op {
        Infix::LogicalAnd => "and",
        Infix::LogicalOr => "or",
        Infix::LogicalXor => "xor",
        Infix::Op(op) => match op {
            Eq => "==",
            NotEq => "!=",
            Identical => "===",
            NotIdentical => "!==",
            Spaceship => "<=>",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            _ => "?",
        },
    }
}

/// A syntax error at `line` (the first error wins; no recovery).
pub fn syntax_error(message: impl Into<String>, line: Line) -> ParseError {
    ParseError {
        message: message.into(),
        line,
        incomplete: false,
        fatal: false,
    }
}

/// A compile-time error PHP raises as "Fatal error".
pub fn fatal_error(message: impl Into<String>, line: Line) -> ParseError {
    ParseError {
        fatal: true,
        ..syntax_error(message, line)
    }
}

pub type ActionResult<'s, T> = Result<T, lalrpop_util::ParseError<Pos, Tok<'s>, ParseError>>;

fn user<'s, T>(error: ParseError) -> ActionResult<'s, T> {
    Err(lalrpop_util::ParseError::User { error })
}

/// State shared by the grammar's actions.
#[derive(Default)]
pub struct Ctx {
    /// The first compile-time error seen; reported if parsing succeeds.
    deferred: RefCell<Option<ParseError>>,
    /// One flag per function body being parsed: has it a `yield`?
    generator_scopes: RefCell<Vec<bool>>,
    /// Compile-time deprecations, in source order.
    deprecations: RefCell<Vec<(Line, String)>>,
}

impl Ctx {
    /// Notes a compile-time deprecation (PHP reports it while compiling).
    pub fn deprecate(&self, line: Line, message: &str) {
        self.deprecations
            .borrow_mut()
            .push((line, message.to_string()));
    }

    /// Notes a compile-time error to report if the file parses.
    pub fn defer(&self, error: ParseError) {
        let mut deferred = self.deferred.borrow_mut();
        if deferred.is_none() {
            *deferred = Some(error);
        }
    }

    /// Called when a function header has been parsed, before its body.
    pub fn begin_function(&self) {
        self.generator_scopes.borrow_mut().push(false);
    }

    /// Called after a function body: whether it contained `yield`.
    pub fn end_function(&self) -> bool {
        self.generator_scopes.borrow_mut().pop().unwrap_or(false)
    }

    pub fn saw_yield(&self) {
        if let Some(top) = self.generator_scopes.borrow_mut().last_mut() {
            *top = true;
        }
    }

    /// Resolves a flat sequence into an expression tree.
    pub fn seq<'s>(&self, items: Vec<Item>) -> ActionResult<'s, Expr> {
        let arrow_fns = items
            .iter()
            .filter(|item| matches!(item, Item::Prefix(PrefixOp::ArrowFn(_), _)))
            .count();
        let generator_flags = {
            let mut scopes = self.generator_scopes.borrow_mut();
            let keep = scopes.len().saturating_sub(arrow_fns);
            scopes.split_off(keep)
        };
        let mut resolver = Resolver {
            depth: 0,
            items: items.into_iter().map(Some).collect(),
            pos: 0,
            generator_flags: generator_flags.into_iter(),
            ctx: self,
        };
        let expr = resolver.expr(0).or_else(user)?;
        if resolver.pos < resolver.items.len() {
            return user(syntax_error("syntax error", expr.line));
        }
        Ok(expr)
    }
}

/// Deeper operator nesting than this is "memory exhausted" in PHP (its
/// parser stack holds 10,000 entries), and bounds our recursion.
const MAX_OPERATOR_DEPTH: usize = 10_000;

/// Precedence climbing over a flat item sequence.
struct Resolver<'a> {
    depth: usize,
    items: Vec<Option<Item>>,
    pos: usize,
    generator_flags: std::vec::IntoIter<bool>,
    ctx: &'a Ctx,
}

impl Resolver<'_> {
    fn peek(&self) -> Option<&Item> {
        self.items.get(self.pos).and_then(Option::as_ref)
    }

    fn take(&mut self) -> Option<Item> {
        let item = self.items.get_mut(self.pos).and_then(Option::take);
        self.pos += 1;
        item
    }

    /// An expression whose operators all bind at least as tightly as `min`.
    fn expr(&mut self, min: u8) -> Result<Expr, ParseError> {
        self.depth += 1;
        let result = self.expr_inner(min);
        self.depth -= 1;
        result
    }

    fn expr_inner(&mut self, min: u8) -> Result<Expr, ParseError> {
        if self.depth > MAX_OPERATOR_DEPTH {
            let line = match self.peek() {
                Some(Item::Operand(e)) => e.line,
                Some(Item::Prefix(_, line) | Item::Infix(_, line)) => *line,
                _ => 0,
            };
            return Err(syntax_error("memory exhausted", line));
        }
        let mut lhs = self.unary()?;
        // Whether `lhs` is an unparenthesized ternary (and whether it had a
        // middle part), for PHP 8's nested-ternary rule.
        let mut lhs_ternary: Option<bool> = None;
        let mut last_nonassoc: Option<u8> = None;
        loop {
            let prec = match self.peek() {
                Some(Item::Infix(op, _)) => infix_precedence(*op).0,
                Some(Item::InstanceOf(..)) => PREC_INSTANCEOF,
                Some(Item::Ternary(..)) => PREC_TERNARY,
                // The end, or a `=>` that the `yield` being parsed takes.
                _ => break,
            };
            if prec < min {
                break;
            }
            let line = lhs.line;
            let kind = match self.take() {
                Some(Item::Infix(op, op_line)) => {
                    let assoc = infix_precedence(op).1;
                    if assoc == Assoc::None && last_nonassoc == Some(prec) {
                        return Err(syntax_error(
                            format!("syntax error, unexpected token \"{}\"", infix_symbol(op)),
                            op_line,
                        ));
                    }
                    let rhs = self.expr(if assoc == Assoc::Right {
                        prec
                    } else {
                        prec + 1
                    })?;
                    last_nonassoc = (assoc == Assoc::None).then_some(prec);
                    lhs_ternary = None;
                    ExprKind::Binary {
                        op: match op {
                            Infix::Op(op) => op,
                            Infix::LogicalAnd => BinOp::And,
                            Infix::LogicalOr => BinOp::Or,
                            Infix::LogicalXor => BinOp::Xor,
                        },
                        left: Box::new(lhs),
                        right: Box::new(rhs),
                    }
                }
                Some(Item::InstanceOf(class, _)) => {
                    last_nonassoc = None;
                    lhs_ternary = None;
                    ExprKind::InstanceOf {
                        expr: Box::new(lhs),
                        class,
                    }
                }
                Some(Item::Ternary(then, _)) => {
                    let else_ = self.expr(PREC_TERNARY + 1)?;
                    let nested = lhs_ternary
                        .and_then(|inner| nested_ternary_error(inner, then.is_some(), line));
                    if let Some(error) = nested {
                        self.ctx.defer(error);
                    }
                    last_nonassoc = None;
                    lhs_ternary = Some(then.is_some());
                    ExprKind::Ternary {
                        cond: Box::new(lhs),
                        then: then.map(Box::new),
                        else_: Box::new(else_),
                    }
                }
                _ => return Err(syntax_error("syntax error", line)),
            };
            lhs = Expr::new(line, kind);
        }
        Ok(lhs)
    }

    /// An operand with its prefix operators.
    fn unary(&mut self) -> Result<Expr, ParseError> {
        match self.take() {
            Some(Item::Operand(e)) => Ok(e),
            Some(Item::Prefix(op, line)) => {
                let operand = self.expr(prefix_precedence(&op) + 1)?;
                self.apply_prefix(op, line, operand)
            }
            _ => Err(syntax_error("syntax error", 0)),
        }
    }

    fn apply_prefix(
        &mut self,
        op: PrefixOp,
        line: Line,
        operand: Expr,
    ) -> Result<Expr, ParseError> {
        let b = Box::new;
        let kind = match op {
            PrefixOp::Unary(op) => ExprKind::Unary {
                op,
                expr: b(operand),
            },
            PrefixOp::Cast(kind) => ExprKind::Cast {
                kind,
                expr: b(operand),
            },
            PrefixOp::Clone => ExprKind::Clone(b(operand)),
            PrefixOp::Print => ExprKind::Print(b(operand)),
            PrefixOp::Throw => ExprKind::Throw(b(operand)),
            PrefixOp::Include(kind) => ExprKind::Include {
                kind,
                path: b(operand),
            },
            PrefixOp::YieldFrom => ExprKind::YieldFrom(b(operand)),
            PrefixOp::Yield => {
                if let Some(Item::YieldArrow(_)) = self.peek() {
                    self.take();
                    let value = self.expr(PREC_YIELD + 1)?;
                    ExprKind::Yield {
                        key: Some(b(operand)),
                        value: Some(b(value)),
                    }
                } else {
                    ExprKind::Yield {
                        key: None,
                        value: Some(b(operand)),
                    }
                }
            }
            PrefixOp::Assign(target) => ExprKind::Assign {
                target: b(target),
                value: b(operand),
            },
            PrefixOp::AssignOp(op, target) => ExprKind::AssignOp {
                op,
                target: b(target),
                value: b(operand),
            },
            PrefixOp::ArrowFn(mut decl) => {
                decl.is_generator = self.generator_flags.next().unwrap_or(false);
                decl.end_line = operand.line.max(decl.end_line);
                decl.body = vec![Stmt::new(operand.line, StmtKind::Return(Some(operand)))];
                return Ok(Expr::new(line, ExprKind::ArrowFn(Rc::new(decl))));
            }
        };
        Ok(Expr::new(line, kind))
    }
}

/// PHP 8 rejects an unparenthesized ternary as the condition of another,
/// except for chains of `?:`.
fn nested_ternary_error(
    inner_has_then: bool,
    outer_has_then: bool,
    line: Line,
) -> Option<ParseError> {
    let message = match (inner_has_then, outer_has_then) {
        (true, true) => "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`",
        (true, false) => "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`",
        (false, true) => "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`",
        (false, false) => return None,
    };
    Some(fatal_error(message, line))
}

// ----- sequence builders used by the grammar ---------------------------------

/// `seq op unit`; `unit` lists its prefixes innermost first.
pub fn push_infix(mut seq: Vec<Item>, op: Infix, line: Line, unit: Vec<Item>) -> Vec<Item> {
    seq.push(Item::Infix(op, line));
    seq.extend(unit.into_iter().rev());
    seq
}

/// `seq ? then : unit` / `seq ?: unit`.
pub fn push_ternary(
    mut seq: Vec<Item>,
    then: Option<Expr>,
    line: Line,
    unit: Vec<Item>,
) -> Vec<Item> {
    seq.push(Item::Ternary(then, line));
    seq.extend(unit.into_iter().rev());
    seq
}

/// `seq => unit` where `seq` ends in an open `yield`.
pub fn push_yield_value(mut seq: Vec<Item>, line: Line, unit: Vec<Item>) -> Vec<Item> {
    seq.push(Item::YieldArrow(line));
    seq.extend(unit.into_iter().rev());
    seq
}

// ----- small AST builders used by the grammar --------------------------------

pub fn bytes(b: &[u8]) -> Bytes {
    Rc::from(b)
}

pub fn expr(at: Pos, kind: ExprKind) -> Expr {
    Expr::new(at.line, kind)
}

pub fn stmt(at: Pos, kind: StmtKind) -> Stmt {
    Stmt::new(at.line, kind)
}

pub fn name(text: &[u8], kind: NameKind) -> Name {
    Name {
        text: bytes(text),
        kind,
    }
}

pub fn simple_name(text: &[u8]) -> Name {
    name(text, NameKind::Unqualified)
}

pub fn var(at: Pos, name: VarName) -> Expr {
    expr(at, ExprKind::Var(name))
}

pub fn lit_str(at: Pos, value: Bytes) -> Expr {
    expr(at, ExprKind::Lit(Lit::Str(value)))
}

/// A statement list from a single statement (bodies of `if`, `while`...):
/// a block statement gives its contents.
pub fn block_of(s: Stmt) -> Block {
    match s.kind {
        StmtKind::Block(stmts) => stmts,
        _ => vec![s],
    }
}

/// `"...$a[12]..."`: a number offset is an integer when PHP would read it
/// as one (no leading zero, fits), else a string.
pub fn num_string(at: Pos, text: &[u8], negative: bool) -> Expr {
    let canonical = text == b"0" || (text.first().is_some_and(|&b| (b'1'..=b'9').contains(&b)));
    let digits_only = text.iter().all(u8::is_ascii_digit);
    if canonical && digits_only {
        let parsed = std::str::from_utf8(text)
            .ok()
            .and_then(|s| s.parse::<i64>().ok());
        if let Some(n) = parsed {
            if !(negative && n == 0) {
                let n = if negative { -n } else { n };
                return expr(at, ExprKind::Lit(Lit::Int(n)));
            }
        }
    }
    let mut s = Vec::with_capacity(text.len() + 1);
    if negative {
        s.push(b'-');
    }
    s.extend_from_slice(text);
    lit_str(at, Rc::from(s))
}

/// An interpolated string's parts; empty literal pieces are dropped.
pub fn interp(parts: Vec<InterpPart>) -> Vec<InterpPart> {
    parts
        .into_iter()
        .filter(|p| !matches!(p, InterpPart::Lit(s) if s.is_empty()))
        .collect()
}

/// Turns an array literal used as a destructuring target into a `List`
/// (recursively), so that skipped positions (`[, $b] = ...`) have a place.
pub fn list_target(e: Expr) -> Expr {
    let line = e.line;
    match e.kind {
        ExprKind::Array(items) => Expr::new(
            line,
            ExprKind::List(items.into_iter().map(|i| Some(list_item(i))).collect()),
        ),
        ExprKind::List(items) => Expr::new(
            line,
            ExprKind::List(items.into_iter().map(|i| i.map(list_item)).collect()),
        ),
        kind => Expr::new(line, kind),
    }
}

fn list_item(item: ArrayItem) -> ArrayItem {
    ArrayItem {
        value: list_target(item.value),
        ..item
    }
}

/// `[...]` / `array(...)`: an `Array` unless it has empty positions, which
/// only a destructuring target may have (kept as `List`; PHP rejects them
/// in a value at compile time).
pub fn array_literal(at: Pos, items: Vec<Option<ArrayItem>>) -> Expr {
    if items.iter().all(Option::is_some) {
        expr(at, ExprKind::Array(items.into_iter().flatten().collect()))
    } else {
        expr(at, ExprKind::List(items))
    }
}

/// The element list of `[...]`/`list(...)`: one trailing empty element (a
/// trailing comma) is dropped.
pub fn trim_array_pairs(mut items: Vec<Option<ArrayItem>>) -> Vec<Option<ArrayItem>> {
    if matches!(items.last(), Some(None)) {
        items.pop();
    }
    items
}

/// Merges member modifiers, as PHP's `zend_add_member_modifier`.
pub fn add_modifier<'s>(mut m: Modifiers, kw: &str, line: Line) -> ActionResult<'s, Modifiers> {
    let error = |msg: &str| user(fatal_error(msg, line));
    match kw {
        "public" | "protected" | "private" => {
            if m.explicit_visibility {
                return error("Multiple access type modifiers are not allowed");
            }
            m.explicit_visibility = true;
            m.visibility = match kw {
                "public" => Visibility::Public,
                "protected" => Visibility::Protected,
                _ => Visibility::Private,
            };
        }
        "static" => {
            if m.is_static {
                return error("Multiple static modifiers are not allowed");
            }
            m.is_static = true;
        }
        "abstract" => {
            if m.is_abstract {
                return error("Multiple abstract modifiers are not allowed");
            }
            m.is_abstract = true;
        }
        "final" => {
            if m.is_final {
                return error("Multiple final modifiers are not allowed");
            }
            m.is_final = true;
        }
        _ => {
            if m.is_readonly {
                return error("Multiple readonly modifiers are not allowed");
            }
            m.is_readonly = true;
        }
    }
    if m.is_abstract && m.is_final {
        return error("Cannot use the final modifier on an abstract class member");
    }
    Ok(m)
}

/// The parts of a function header, before its body is known.
pub struct FnHeader {
    pub start: Pos,
    pub name: Bytes,
    pub by_ref: bool,
    pub params: Vec<Param>,
    pub uses: Vec<ClosureUse>,
    pub return_type: Option<TypeHint>,
}

pub fn function_decl(
    header: FnHeader,
    body: Option<Block>,
    end: Pos,
    is_generator: bool,
) -> FunctionDecl {
    FunctionDecl {
        name: header.name,
        params: header.params,
        by_ref_return: header.by_ref,
        return_type: header.return_type,
        is_abstract_body: body.is_none(),
        body: body.unwrap_or_default(),
        uses: header.uses,
        is_static: false,
        is_arrow: false,
        is_generator,
        line: header.start.line,
        end_line: end.line,
        span: (header.start.offset, end.offset),
    }
}

// ----- entry point and error messages --------------------------------------

pub fn parse_program(
    source: &[u8],
    in_php: bool,
    options: ParseOptions,
) -> Result<Program, ParseError> {
    let lexer = Lexer::new(source, in_php, options.short_open_tag);
    let lines = lexer.line_index();
    let ctx = Ctx::default();
    match grammar::ProgramParser::new().parse(&ctx, lexer) {
        Ok(stmts) => match ctx.deferred.into_inner() {
            Some(error) => Err(error),
            None => Ok(Program {
                stmts,
                deprecations: ctx.deprecations.into_inner(),
            }),
        },
        Err(error) => Err(convert_error(error, source, &lines)),
    }
}

pub const DOLLAR_CURLY_VAR_DEPRECATED: &str =
    "Using ${var} in strings is deprecated, use {$var} instead";
pub const DOLLAR_CURLY_EXPR_DEPRECATED: &str =
    "Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead";

/// Marks an "expecting" list PHP would not print (more than four entries).
pub const TOO_MANY_EXPECTED: &str = "<too many>";

fn convert_error(
    error: lalrpop_util::ParseError<Pos, Tok<'_>, ParseError>,
    source: &[u8],
    lines: &LineIndex,
) -> ParseError {
    use lalrpop_util::ParseError as E;
    let eof_line = lines.line_of(source.len());
    match error {
        E::User { error } => error,
        E::UnrecognizedEof { expected, .. } => ParseError {
            message: format!(
                "syntax error, unexpected {END_OF_FILE}{}",
                expecting(&expected)
            ),
            line: eof_line,
            incomplete: true,
            fatal: false,
        },
        E::UnrecognizedToken {
            token: (start, tok, end),
            expected,
        } => {
            let text = &source[start.offset..end.offset.min(source.len())];
            // An unclosed quoted string runs to the end of the input.
            let incomplete = end.offset >= source.len() && matches!(tok, Tok::StringContent(_));
            ParseError {
                message: format!(
                    "syntax error, unexpected {}{}",
                    tok.describe_unexpected(text),
                    expecting(&expected)
                ),
                line: end.line,
                incomplete,
                fatal: false,
            }
        }
        E::ExtraToken {
            token: (start, tok, end),
        } => {
            let text = &source[start.offset..end.offset.min(source.len())];
            ParseError {
                message: format!(
                    "syntax error, unexpected {}, expecting end of file",
                    tok.describe_unexpected(text)
                ),
                line: end.line,
                incomplete: false,
                fatal: false,
            }
        }
        E::InvalidToken { location } => syntax_error("syntax error", location.line),
    }
}

/// `, expecting "x" or "y"` from the (already PHP-named and ordered)
/// expected list, or nothing when PHP would print none.
fn expecting(expected: &[String]) -> String {
    if expected.is_empty() || expected.len() > 4 || expected.iter().any(|e| e == TOO_MANY_EXPECTED)
    {
        return String::new();
    }
    format!(", expecting {}", expected.join(" or "))
}

/// Read access to the generated parser's tables, for [`bison_expected`].
pub trait LrTables {
    fn terminals(&self) -> &'static [&'static str];
    /// The nonterminals that stand for PHP's `expr`.
    fn expression_nonterminals(&self) -> &'static [usize];
    /// Positive: shift to state `n - 1`; negative: reduce by production
    /// `-n - 1`; zero: error.
    fn action(&self, state: i64, terminal: usize) -> i64;
    fn eof_action(&self, state: i64) -> i64;
    fn goto(&self, state: i64, nonterminal: usize) -> i64;
    /// States popped and nonterminal produced by a production; `None` for
    /// the accepting one.
    fn reduction(&self, production: i64) -> Option<(usize, usize)>;
}

/// The "expecting" list bison would give PHP for a syntax error with the
/// parser in `states`.
///
/// Bison does not check the lookahead in a state that can reduce: it takes
/// the state's most common reduction (its default reduction) and goes on,
/// so the error is found in the first state that can only shift, and the
/// tokens that state can shift are the list. This replays that on our
/// tables. Our expression sequences are flatter than PHP's `expr` rules;
/// where PHP's state after a complete expression would also list every
/// binary operator (and so print no list), we say so.
pub fn bison_expected(tables: &dyn LrTables, states: &[i64]) -> Vec<String> {
    let terminals = tables.terminals();
    let too_many = || vec![TOO_MANY_EXPECTED.to_string()];
    let has_reduction = |state: i64| {
        (0..terminals.len()).any(|t| tables.action(state, t) < 0) || tables.eof_action(state) < 0
    };
    // `*` is only ever a binary operator: a state that shifts it has just
    // seen a complete operand.
    let star = terminals.iter().position(|t| *t == "\"*\"");
    let mut stack = states.to_vec();
    // The parser may already have reduced up to the state after a whole
    // expression: in PHP that state also shifts every binary operator.
    if let [.., under, top] = stack[..] {
        let after_expr = tables
            .expression_nonterminals()
            .iter()
            .any(|&nt| tables.goto(under, nt) == top);
        if after_expr && !has_reduction(top) {
            return too_many();
        }
    }
    let mut after_expression = false;
    for _ in 0..MAX_OPERATOR_DEPTH {
        let Some(&top) = stack.last() else { break };
        let mut shifts = Vec::new();
        let mut reductions: Vec<(i64, usize)> = Vec::new();
        let mut count_reduction =
            |production: i64| match reductions.iter_mut().find(|(p, _)| *p == production) {
                Some((_, n)) => *n += 1,
                None => reductions.push((production, 1)),
            };
        for t in 0..terminals.len() {
            let action = tables.action(top, t);
            if action > 0 {
                shifts.push(t);
            } else if action < 0 {
                count_reduction(-action - 1);
            }
        }
        let eof = tables.eof_action(top);
        if eof < 0 {
            count_reduction(-eof - 1);
        }
        // The most common reduction; ties go to the earliest production.
        let Some(&(production, _)) = reductions
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
        else {
            // Only shifts: bison finds the error here.
            return if after_expression {
                too_many()
            } else {
                php_expected_names(terminals, &shifts)
            };
        };
        let Some((pop, nonterminal)) = tables.reduction(production) else {
            return vec![END_OF_FILE.to_string()];
        };
        if stack.len() <= pop {
            break;
        }
        stack.truncate(stack.len() - pop);
        let Some(&under) = stack.last() else { break };
        let next = tables.goto(under, nonterminal);
        stack.push(next);
        if star.is_some_and(|p| shifts.contains(&p)) {
            after_expression = true;
        } else if after_expression {
            // Just left the expression: if PHP's state here can only shift,
            // it also shifts every operator, and so lists nothing.
            if !has_reduction(next) {
                return too_many();
            }
            after_expression = false;
        }
    }
    too_many()
}

/// PHP's names for the shiftable terminals, in bison's symbol order, one
/// entry per name.
fn php_expected_names(terminals: &[&str], shifts: &[usize]) -> Vec<String> {
    let mut named: Vec<(u16, &'static str)> = shifts
        .iter()
        .map(|&t| {
            let raw = terminals[t];
            let unquoted = raw
                .strip_prefix('"')
                .and_then(|s| s.strip_suffix('"'))
                .unwrap_or(raw);
            let unescaped = unquoted.replace("\\\"", "\"").replace("\\\\", "\\");
            let (name, rank) = php_name_of_terminal(&unescaped);
            (rank, name)
        })
        .collect();
    named.sort();
    named.dedup_by(|a, b| a.1 == b.1);
    named.into_iter().map(|(_, n)| n.to_string()).collect()
}

/// How PHP names a terminal in an "expecting" list, and its position in
/// bison's symbol order (zend_language_parser.y: precedence declarations,
/// then `%token`s, then character tokens in order of first use).
fn php_name_of_terminal(terminal: &str) -> (&'static str, u16) {
    const ORDER: &[(&str, &str)] = &[
        ("end of file", "end of file"),
        ("throw", "\"throw\""),
        ("include", "\"include\""),
        ("include_once", "\"include_once\""),
        ("require", "\"require\""),
        ("require_once", "\"require_once\""),
        ("or", "\"or\""),
        ("xor", "\"xor\""),
        ("and", "\"and\""),
        ("print", "\"print\""),
        ("yield", "\"yield\""),
        ("yield bare", "\"yield\""),
        ("=>", "\"=>\""),
        ("yield from", "\"yield from\""),
        ("=", "\"=\""),
        ("+=", "\"+=\""),
        ("-=", "\"-=\""),
        ("*=", "\"*=\""),
        ("/=", "\"/=\""),
        (".=", "\".=\""),
        ("%=", "\"%=\""),
        ("&=", "\"&=\""),
        ("|=", "\"|=\""),
        ("^=", "\"^=\""),
        ("<<=", "\"<<=\""),
        (">>=", "\">>=\""),
        ("**=", "\"**=\""),
        ("??=", "\"??=\""),
        ("?", "\"?\""),
        (":", "\":\""),
        ("??", "\"??\""),
        ("||", "\"||\""),
        ("&&", "\"&&\""),
        ("|", "\"|\""),
        ("^", "\"^\""),
        ("amp", "amp"),
        ("&", "\"&\""),
        ("==", "\"==\""),
        ("!=", "\"!=\""),
        ("===", "\"===\""),
        ("!==", "\"!==\""),
        ("<=>", "\"<=>\""),
        ("<", "\"<\""),
        ("<=", "\"<=\""),
        (">", "\">\""),
        (">=", "\">=\""),
        (".", "\".\""),
        ("<<", "\"<<\""),
        (">>", "\">>\""),
        ("+", "\"+\""),
        ("-", "\"-\""),
        ("*", "\"*\""),
        ("/", "\"/\""),
        ("%", "\"%\""),
        ("!", "\"!\""),
        ("instanceof", "\"instanceof\""),
        ("~", "\"~\""),
        ("(int)", "\"(int)\""),
        ("(double)", "\"(double)\""),
        ("(string)", "\"(string)\""),
        ("(array)", "\"(array)\""),
        ("(object)", "\"(object)\""),
        ("(bool)", "\"(bool)\""),
        ("(unset)", "\"(unset)\""),
        ("@", "\"@\""),
        ("**", "\"**\""),
        ("clone", "\"clone\""),
        ("elseif", "\"elseif\""),
        ("else", "\"else\""),
        ("integer", "integer"),
        ("floating-point number", "floating-point number"),
        ("identifier", "identifier"),
        ("fully qualified name", "fully qualified name"),
        ("namespace-relative name", "namespace-relative name"),
        ("namespaced name", "namespaced name"),
        ("variable", "variable"),
        ("T_INLINE_HTML", "T_INLINE_HTML"),
        ("string content", "string content"),
        ("quoted string", "quoted string"),
        ("variable name", "variable name"),
        ("number", "number"),
        ("eval", "\"eval\""),
        ("new", "\"new\""),
        ("exit", "\"exit\""),
        ("if", "\"if\""),
        ("endif", "\"endif\""),
        ("echo", "\"echo\""),
        ("do", "\"do\""),
        ("while", "\"while\""),
        ("endwhile", "\"endwhile\""),
        ("for", "\"for\""),
        ("endfor", "\"endfor\""),
        ("foreach", "\"foreach\""),
        ("endforeach", "\"endforeach\""),
        ("declare", "\"declare\""),
        ("enddeclare", "\"enddeclare\""),
        ("as", "\"as\""),
        ("switch", "\"switch\""),
        ("endswitch", "\"endswitch\""),
        ("case", "\"case\""),
        ("default", "\"default\""),
        ("match", "\"match\""),
        ("break", "\"break\""),
        ("continue", "\"continue\""),
        ("goto", "\"goto\""),
        ("function", "\"function\""),
        ("fn", "\"fn\""),
        ("const", "\"const\""),
        ("return", "\"return\""),
        ("try", "\"try\""),
        ("catch", "\"catch\""),
        ("finally", "\"finally\""),
        ("use", "\"use\""),
        ("insteadof", "\"insteadof\""),
        ("global", "\"global\""),
        ("static", "\"static\""),
        ("abstract", "\"abstract\""),
        ("final", "\"final\""),
        ("private", "\"private\""),
        ("protected", "\"protected\""),
        ("public", "\"public\""),
        ("readonly", "\"readonly\""),
        ("var", "\"var\""),
        ("unset", "\"unset\""),
        ("isset", "\"isset\""),
        ("empty", "\"empty\""),
        ("__halt_compiler", "\"__halt_compiler\""),
        ("class", "\"class\""),
        ("trait", "\"trait\""),
        ("interface", "\"interface\""),
        ("enum", "\"enum\""),
        ("extends", "\"extends\""),
        ("implements", "\"implements\""),
        ("namespace", "\"namespace\""),
        ("list", "\"list\""),
        ("array", "\"array\""),
        ("callable", "\"callable\""),
        ("__LINE__", "\"__LINE__\""),
        ("__FILE__", "\"__FILE__\""),
        ("__DIR__", "\"__DIR__\""),
        ("__CLASS__", "\"__CLASS__\""),
        ("__TRAIT__", "\"__TRAIT__\""),
        ("__METHOD__", "\"__METHOD__\""),
        ("__FUNCTION__", "\"__FUNCTION__\""),
        ("__NAMESPACE__", "\"__NAMESPACE__\""),
        ("#[", "\"#[\""),
        ("++", "\"++\""),
        ("--", "\"--\""),
        ("->", "\"->\""),
        ("?->", "\"?->\""),
        ("heredoc start", "heredoc start"),
        ("heredoc end", "heredoc end"),
        ("${", "\"${\""),
        ("{$", "\"{$\""),
        ("::", "\"::\""),
        ("\\", "\"\\\""),
        ("...", "\"...\""),
        ("invalid character", "invalid character"),
        (",", "\",\""),
        ("]", "\"]\""),
        ("(", "\"(\""),
        (")", "\")\""),
        (";", "\";\""),
        ("{", "\"{\""),
        ("}", "\"}\""),
        ("[", "\"[\""),
        ("`", "\"`\""),
        ("\"", "\"\"\""),
        ("$", "\"$\""),
    ];
    ORDER
        .iter()
        .position(|(t, _)| *t == terminal)
        .map(|i| (ORDER[i].1, i as u16))
        .unwrap_or(("", u16::MAX))
}

// ----- statement and declaration builders used by the grammar --------------

/// The `elseif`/`else` part of an `if`.
///
/// The grammar builds `elseif` chains from the right, so `elseifs` is kept
/// last-first until the `if` is complete.
pub struct ElseTail {
    pub elseifs_reversed: Vec<(Expr, Block)>,
    pub else_: Option<Block>,
}

impl ElseTail {
    pub fn new(else_: Option<Block>) -> ElseTail {
        ElseTail {
            elseifs_reversed: Vec::new(),
            else_,
        }
    }

    pub fn prepend(mut self, cond: Expr, body: Block) -> ElseTail {
        self.elseifs_reversed.push((cond, body));
        self
    }
}

pub fn if_stmt(at: Pos, cond: Expr, then: Block, tail: ElseTail) -> Stmt {
    let mut elseifs = tail.elseifs_reversed;
    elseifs.reverse();
    stmt(
        at,
        StmtKind::If {
            cond,
            then,
            elseifs,
            else_: tail.else_,
        },
    )
}

pub struct ForParts {
    pub init: Vec<Expr>,
    pub cond: Vec<Expr>,
    pub step: Vec<Expr>,
}

pub fn for_stmt(at: Pos, head: ForParts, body: Block) -> Stmt {
    stmt(
        at,
        StmtKind::For {
            init: head.init,
            cond: head.cond,
            step: head.step,
            body,
        },
    )
}

pub struct ForeachParts {
    pub subject: Expr,
    pub key: Option<Expr>,
    /// The value target and whether it is taken by reference.
    pub value: (Expr, bool),
}

pub fn foreach_stmt(at: Pos, head: ForeachParts, body: Block) -> Stmt {
    stmt(
        at,
        StmtKind::Foreach {
            subject: head.subject,
            key: head.key,
            value: head.value.0,
            by_ref: head.value.1,
            body,
        },
    )
}

/// `declare(...) statement`: `declare(...);` has no body.
pub fn declare_stmt(at: Pos, directives: Vec<(Bytes, Expr)>, body: Option<Stmt>) -> Stmt {
    let body = body.and_then(|s| match s.kind {
        StmtKind::Nop => None,
        _ => Some(block_of(s)),
    });
    stmt(at, StmtKind::Declare { directives, body })
}

/// An item of a group use (`use A\{B, C as D}`) with the group's prefix.
pub fn prefixed_use(prefix: &Name, item: UseItem) -> UseItem {
    let mut text = prefix.text.to_vec();
    text.push(b'\\');
    text.extend_from_slice(&item.name.text);
    UseItem {
        name: Name {
            text: Rc::from(text),
            kind: NameKind::Qualified,
        },
        ..item
    }
}

pub fn visibility_of(modifier: &str) -> Option<Visibility> {
    match modifier {
        "public" => Some(Visibility::Public),
        "protected" => Some(Visibility::Protected),
        "private" => Some(Visibility::Private),
        _ => None,
    }
}

/// Merges class modifiers (`abstract`, `final`, `readonly`).
pub fn add_class_modifier<'s>(
    mut m: Modifiers,
    kw: &str,
    line: Line,
) -> ActionResult<'s, Modifiers> {
    let (already, name) = match kw {
        "abstract" => (std::mem::replace(&mut m.is_abstract, true), "abstract"),
        "final" => (std::mem::replace(&mut m.is_final, true), "final"),
        _ => (std::mem::replace(&mut m.is_readonly, true), "readonly"),
    };
    if already {
        return user(fatal_error(
            format!("Multiple {name} modifiers are not allowed"),
            line,
        ));
    }
    if m.is_abstract && m.is_final {
        return user(fatal_error(
            "Cannot use the final modifier on an abstract class",
            line,
        ));
    }
    Ok(m)
}

#[allow(clippy::too_many_arguments)]
pub fn class_stmt(
    start: Pos,
    end: Pos,
    kind: ClassKind,
    name: Bytes,
    modifiers: Modifiers,
    extends: Option<Name>,
    implements: Vec<Name>,
    enum_backing: Option<TypeHint>,
    members: Vec<ClassMember>,
) -> Stmt {
    let decl = ClassDecl {
        name,
        kind,
        is_abstract: modifiers.is_abstract,
        is_final: modifiers.is_final,
        is_readonly: modifiers.is_readonly,
        extends,
        implements,
        enum_backing,
        members,
        line: start.line,
        end_line: end.line,
        span: (start.offset, end.offset),
    };
    stmt(start, StmtKind::ClassDecl(Rc::new(decl)))
}

pub fn anonymous_class(
    start: Pos,
    end: Pos,
    args: Args,
    extends: Option<Name>,
    implements: Vec<Name>,
    members: Vec<ClassMember>,
) -> (Rc<ClassDecl>, Args) {
    let decl = ClassDecl {
        name: bytes(b""),
        kind: ClassKind::Class,
        is_abstract: false,
        is_final: false,
        is_readonly: false,
        extends,
        implements,
        enum_backing: None,
        members,
        line: start.line,
        end_line: end.line,
        span: (start.offset, end.offset),
    };
    (Rc::new(decl), args)
}

pub fn new_anonymous(at: Pos, class: (Rc<ClassDecl>, Args)) -> Expr {
    expr(
        at,
        ExprKind::New {
            class: ClassRef::Anonymous(class.0),
            args: class.1,
        },
    )
}

/// `static function () {}`.
pub fn make_static(closure: &mut Expr) {
    if let ExprKind::Closure(decl) = &mut closure.kind {
        Rc::make_mut(decl).is_static = true;
    }
}
