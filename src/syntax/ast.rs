//! The abstract syntax tree: what the parser produces and the compiler consumes.
//!
//! The tree is purely syntactic. Names are kept as written (case preserved,
//! unresolved against namespaces), literals are kept as raw values, and no
//! variable is resolved to a slot yet: that is the compiler's job
//! (`crate::compile`). Every statement and expression carries the line it
//! starts on, which is the line PHP reports in warnings and errors.
//!
//! Identifiers and strings are byte strings (`Bytes`): PHP source is a byte
//! stream and names may contain any byte from 0x80 to 0xff.

use std::rc::Rc;

/// A line number in the source file (1-based).
pub type Line = u32;

/// An owned byte string: identifiers, string literals, inline HTML.
pub type Bytes = Rc<[u8]>;

/// A whole source file (or `eval()`'d code).
#[derive(Debug, Clone)]
pub struct Program {
    pub stmts: Vec<Stmt>,
    /// Deprecations found while parsing (`${var}` in strings), by line.
    pub deprecations: Vec<(Line, String)>,
}

#[derive(Debug, Clone)]
pub struct Stmt {
    pub line: Line,
    pub kind: StmtKind,
}

pub type Block = Vec<Stmt>;

#[derive(Debug, Clone)]
pub enum StmtKind {
    /// `echo a, b;` and `<?= a ?>`.
    Echo(Vec<Expr>),
    /// Text outside `<?php ... ?>`.
    InlineHtml(Bytes),
    /// An expression statement `expr;`.
    Expr(Expr),
    /// `{ ... }`
    Block(Block),
    If {
        cond: Expr,
        then: Block,
        elseifs: Vec<(Expr, Block)>,
        else_: Option<Block>,
    },
    While {
        cond: Expr,
        body: Block,
    },
    DoWhile {
        body: Block,
        cond: Expr,
    },
    For {
        init: Vec<Expr>,
        cond: Vec<Expr>,
        step: Vec<Expr>,
        body: Block,
    },
    Foreach {
        subject: Expr,
        /// `$k` in `foreach ($a as $k => $v)`.
        key: Option<Expr>,
        /// The value target: a variable, property, element or a
        /// `list()`/`[]` destructuring pattern (`ExprKind::Array`/`List`).
        value: Expr,
        by_ref: bool,
        body: Block,
    },
    Switch {
        subject: Expr,
        cases: Vec<SwitchCase>,
    },
    /// `break;` / `break N;` (the operand is checked by the compiler).
    Break(Option<Expr>),
    Continue(Option<Expr>),
    Return(Option<Expr>),
    /// `global $a, $$b;` Each item is a variable expression.
    Global(Vec<Expr>),
    /// `static $a = 1, $b;`
    Static(Vec<StaticVar>),
    /// `unset($a, $b[1]);`
    Unset(Vec<Expr>),
    FunctionDecl(Rc<FunctionDecl>),
    ClassDecl(Rc<ClassDecl>),
    Try {
        body: Block,
        catches: Vec<Catch>,
        finally: Option<Block>,
    },
    /// `const A = 1, B = 2;` at the top level or in a namespace.
    Const(Vec<ConstItem>),
    /// `namespace A\B;` (body `None`) or `namespace A\B { ... }`.
    Namespace {
        name: Option<Name>,
        body: Option<Block>,
    },
    /// `use A\B as C, D;`, `use function f;`, `use const C;`, group uses.
    Use {
        kind: UseKind,
        items: Vec<UseItem>,
    },
    /// `declare(strict_types=1);` or `declare(ticks=1) { ... }`.
    Declare {
        directives: Vec<(Bytes, Expr)>,
        body: Option<Block>,
    },
    /// `__halt_compiler();` Everything after it is data.
    HaltCompiler,
    /// `label:`
    Label(Bytes),
    /// `goto label;`
    Goto(Bytes),
    /// An empty statement `;`.
    Nop,
}

#[derive(Debug, Clone)]
pub struct SwitchCase {
    pub line: Line,
    /// `None` for `default:`.
    pub test: Option<Expr>,
    pub body: Block,
}

#[derive(Debug, Clone)]
pub struct StaticVar {
    pub name: Bytes,
    pub default: Option<Expr>,
}

#[derive(Debug, Clone)]
pub struct Catch {
    pub line: Line,
    /// `catch (A | B $e)`: one or more class names.
    pub types: Vec<Name>,
    /// PHP 8 allows `catch (E)` without a variable.
    pub var: Option<Bytes>,
    pub body: Block,
}

#[derive(Debug, Clone)]
pub struct ConstItem {
    pub line: Line,
    pub name: Bytes,
    pub value: Expr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UseKind {
    Normal,
    Function,
    Const,
}

#[derive(Debug, Clone)]
pub struct UseItem {
    pub kind: UseKind,
    pub name: Name,
    pub alias: Option<Bytes>,
}

/// A possibly qualified name as written: `Foo`, `A\Foo`, `\A\Foo`,
/// `namespace\Foo`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The name without a leading `\` or `namespace\` (e.g. `A\Foo`).
    pub text: Bytes,
    pub kind: NameKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    /// `Foo`
    Unqualified,
    /// `A\Foo`
    Qualified,
    /// `\A\Foo`
    FullyQualified,
    /// `namespace\Foo`
    Relative,
}

/// A function, method, closure or arrow function.
#[derive(Debug, Clone)]
pub struct FunctionDecl {
    /// Empty for closures and arrow functions.
    pub name: Bytes,
    pub params: Vec<Param>,
    pub by_ref_return: bool,
    pub return_type: Option<TypeHint>,
    /// For an arrow function: a single `Return` statement.
    pub body: Block,
    /// `use ($a, &$b)` of a closure.
    pub uses: Vec<ClosureUse>,
    /// `static function () {}` / `static fn () =>`.
    pub is_static: bool,
    /// True for `fn () => expr`.
    pub is_arrow: bool,
    /// True for methods declared without a body (`abstract`, interfaces).
    pub is_abstract_body: bool,
    /// True when the body contains `yield` (a generator).
    pub is_generator: bool,
    pub line: Line,
    pub end_line: Line,
    /// Byte range of the whole declaration in its source (for the REPL's `:show`).
    pub span: (usize, usize),
}

#[derive(Debug, Clone)]
pub struct Param {
    pub line: Line,
    pub name: Bytes,
    pub ty: Option<TypeHint>,
    pub default: Option<Expr>,
    pub by_ref: bool,
    pub variadic: bool,
    /// Constructor promotion: `public int $x` in `__construct(...)`.
    pub promote: Option<Modifiers>,
}

#[derive(Debug, Clone)]
pub struct ClosureUse {
    pub name: Bytes,
    pub by_ref: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum TypeHint {
    /// `int`, `Foo`, `self`, `?` excluded. Builtin names are resolved by the compiler.
    Named(Name),
    /// `?T`
    Nullable(Box<TypeHint>),
    /// `A|B`
    Union(Vec<TypeHint>),
    /// `A&B`
    Intersection(Vec<TypeHint>),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Modifiers {
    pub visibility: Visibility,
    pub is_static: bool,
    pub is_abstract: bool,
    pub is_final: bool,
    pub is_readonly: bool,
    /// True when a visibility keyword was written (`var` and promotion need it).
    pub explicit_visibility: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Visibility {
    #[default]
    Public,
    Protected,
    Private,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassKind {
    Class,
    Interface,
    Trait,
    Enum,
}

#[derive(Debug, Clone)]
pub struct ClassDecl {
    /// Empty for anonymous classes (`new class {}`).
    pub name: Bytes,
    pub kind: ClassKind,
    pub is_abstract: bool,
    pub is_final: bool,
    pub is_readonly: bool,
    pub extends: Option<Name>,
    /// `implements` of a class or enum, `extends` of an interface.
    pub implements: Vec<Name>,
    /// Backing type of an enum (`enum E: string`).
    pub enum_backing: Option<TypeHint>,
    pub members: Vec<ClassMember>,
    pub line: Line,
    pub end_line: Line,
    pub span: (usize, usize),
}

#[derive(Debug, Clone)]
pub enum ClassMember {
    /// One property of a `public $a = 1, $b;` list.
    Property {
        line: Line,
        name: Bytes,
        ty: Option<TypeHint>,
        default: Option<Expr>,
        modifiers: Modifiers,
    },
    Const {
        line: Line,
        name: Bytes,
        value: Expr,
        modifiers: Modifiers,
    },
    Method {
        decl: Rc<FunctionDecl>,
        modifiers: Modifiers,
    },
    TraitUse {
        line: Line,
        traits: Vec<Name>,
        adaptations: Vec<TraitAdaptation>,
    },
    EnumCase {
        line: Line,
        name: Bytes,
        value: Option<Expr>,
    },
}

#[derive(Debug, Clone)]
pub enum TraitAdaptation {
    /// `A::foo insteadof B, C;`
    Insteadof {
        trait_name: Option<Name>,
        method: Bytes,
        instead_of: Vec<Name>,
    },
    /// `foo as protected bar;`, `A::foo as bar;`
    Alias {
        trait_name: Option<Name>,
        method: Bytes,
        alias: Option<Bytes>,
        visibility: Option<Visibility>,
    },
}

#[derive(Debug, Clone)]
pub struct Expr {
    pub line: Line,
    pub kind: ExprKind,
}

#[derive(Debug, Clone)]
pub enum Lit {
    Int(i64),
    Float(f64),
    Str(Bytes),
}

/// A piece of an interpolated string (`"a $b {$c->d}"`, heredoc, backticks).
#[derive(Debug, Clone)]
pub enum InterpPart {
    Lit(Bytes),
    Expr(Expr),
}

/// The name of a variable: `$a` or `$$a` / `${expr}`.
#[derive(Debug, Clone)]
pub enum VarName {
    Simple(Bytes),
    Dynamic(Box<Expr>),
}

/// The member name after `->`, `::` (for methods/constants): an identifier
/// or a computed one (`$o->$p`, `$o->{expr}`).
#[derive(Debug, Clone)]
pub enum MemberName {
    Ident(Bytes),
    Dynamic(Box<Expr>),
}

/// The class part of `A::x`, `new A`, `instanceof A`.
#[derive(Debug, Clone)]
pub enum ClassRef {
    /// A name, including `self`, `parent` and `static`.
    Named(Name),
    /// `$obj::x`, `new $className`, `(expr)::x`.
    Dynamic(Box<Expr>),
    /// `new class (...) extends B { ... }`
    Anonymous(Rc<ClassDecl>),
}

#[derive(Debug, Clone)]
pub struct ArrayItem {
    pub key: Option<Expr>,
    pub value: Expr,
    pub by_ref: bool,
    /// `...$other`
    pub spread: bool,
}

#[derive(Debug, Clone)]
pub struct Arg {
    pub value: Expr,
    /// `...$args`
    pub spread: bool,
    /// Named argument `f(name: $v)`.
    pub name: Option<Bytes>,
}

#[derive(Debug, Clone)]
pub enum Args {
    List(Vec<Arg>),
    /// First-class callable syntax `f(...)`.
    CallableConvert,
}

#[derive(Debug, Clone)]
pub struct MatchArm {
    pub line: Line,
    /// `None` for `default`.
    pub conds: Option<Vec<Expr>>,
    pub body: Expr,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    Concat,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    /// `&&` and `and`
    And,
    /// `||` and `or`
    Or,
    /// `xor`
    Xor,
    Eq,
    NotEq,
    Identical,
    NotIdentical,
    Lt,
    Le,
    Gt,
    Ge,
    Spaceship,
    Coalesce,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `!`
    Not,
    /// `-`
    Neg,
    /// `+`
    Plus,
    /// `~`
    BitNot,
    /// `@`
    Silence,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CastKind {
    Int,
    Float,
    String,
    Bool,
    Array,
    Object,
    /// `(unset)` is a parse error in PHP 8; kept so the parser can report it.
    Unset,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IncludeKind {
    Include,
    IncludeOnce,
    Require,
    RequireOnce,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MagicConst {
    Line,
    File,
    Dir,
    Function,
    Class,
    Method,
    Namespace,
    Trait,
}

#[derive(Debug, Clone)]
pub enum ExprKind {
    Lit(Lit),
    /// `"a $b"`, heredoc with interpolation.
    Interp(Vec<InterpPart>),
    /// `` `cmd $x` ``
    ShellExec(Vec<InterpPart>),
    MagicConst(MagicConst),
    /// `FOO`, `\A\FOO`, `true`, `null`.
    Const(Name),
    Var(VarName),
    /// `[1, 'a' => 2]`, `array(...)`. Also a `[...]` destructuring target
    /// before the compiler checks it.
    Array(Vec<ArrayItem>),
    /// `list(...)` target. `None` items are skipped positions (`list(, $b)`).
    List(Vec<Option<ArrayItem>>),
    /// `$a[i]`, `$a{i}` is not PHP 8. `index: None` is `$a[]`.
    Index {
        base: Box<Expr>,
        index: Option<Box<Expr>>,
    },
    /// `$o->p`, `$o?->p`.
    Prop {
        obj: Box<Expr>,
        name: MemberName,
        nullsafe: bool,
    },
    /// `A::$p`
    StaticProp {
        class: ClassRef,
        name: VarName,
    },
    /// `A::C` (and `A::class`, which the compiler resolves).
    ClassConst {
        class: ClassRef,
        name: Bytes,
    },
    /// `f(...)`, `$f(...)`, `(expr)(...)`, `A\f(...)`.
    Call {
        func: Box<Callee>,
        args: Args,
    },
    New {
        class: ClassRef,
        args: Args,
    },
    MethodCall {
        obj: Box<Expr>,
        name: MemberName,
        args: Args,
        nullsafe: bool,
    },
    StaticCall {
        class: ClassRef,
        name: MemberName,
        args: Args,
    },
    Assign {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    AssignRef {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    /// `$a += 1`, `$a .= 'x'`, `$a ??= 1` (op `Coalesce`).
    AssignOp {
        op: BinOp,
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Binary {
        op: BinOp,
        left: Box<Expr>,
        right: Box<Expr>,
    },
    Unary {
        op: UnaryOp,
        expr: Box<Expr>,
    },
    /// `++$a`, `$a--`, ...
    IncDec {
        prefix: bool,
        increment: bool,
        target: Box<Expr>,
    },
    Cast {
        kind: CastKind,
        expr: Box<Expr>,
    },
    Isset(Vec<Expr>),
    Empty(Box<Expr>),
    /// `c ? a : b`, `c ?: b` (`then: None`).
    Ternary {
        cond: Box<Expr>,
        then: Option<Box<Expr>>,
        else_: Box<Expr>,
    },
    InstanceOf {
        expr: Box<Expr>,
        class: ClassRef,
    },
    Closure(Rc<FunctionDecl>),
    /// `fn ($x) => $x + 1`
    ArrowFn(Rc<FunctionDecl>),
    Match {
        subject: Box<Expr>,
        arms: Vec<MatchArm>,
    },
    Throw(Box<Expr>),
    Print(Box<Expr>),
    /// `exit`, `exit(expr)`, `die(...)`.
    Exit(Option<Box<Expr>>),
    Include {
        kind: IncludeKind,
        path: Box<Expr>,
    },
    Eval(Box<Expr>),
    Clone(Box<Expr>),
    /// `yield`, `yield v`, `yield k => v`.
    Yield {
        key: Option<Box<Expr>>,
        value: Option<Box<Expr>>,
    },
    YieldFrom(Box<Expr>),
}

/// What is being called in a `Call`.
#[derive(Debug, Clone)]
pub enum Callee {
    /// `foo(...)`, `A\foo(...)`
    Name(Name),
    /// `$f(...)`, `$obj->prop(...)` is a MethodCall, `($f)(...)`, `f()()`.
    Expr(Expr),
}

impl Expr {
    pub fn new(line: Line, kind: ExprKind) -> Expr {
        Expr { line, kind }
    }
}

impl Stmt {
    pub fn new(line: Line, kind: StmtKind) -> Stmt {
        Stmt { line, kind }
    }
}
