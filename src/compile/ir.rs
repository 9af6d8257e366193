//! The compiled tree the evaluator runs.
//!
//! It mirrors the syntax tree with everything that can be decided before
//! running already decided: variables are frame slots (Zend's compiled
//! variables), names are interned strings, literals are ready `Value`s,
//! constant arrays are built once, magic constants are filled in, and each
//! node carries the line PHP would report for it (the line of the last part
//! compiled before its operation, as Zend numbers its oplines).

use crate::syntax::ast::{BinOp, CastKind, IncludeKind, TypeHint, UnaryOp, Visibility};
use crate::value::{Str, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A frame slot index.
pub type Slot = u32;

#[derive(Debug)]
pub struct Expr {
    pub line: u32,
    pub kind: ExprKind,
}

#[derive(Debug)]
pub enum ExprKind {
    /// A literal: int, float, bool, null, interned string.
    Lit(Value),
    /// A constant array literal, built once and shared (its count includes
    /// the literal itself, as in PHP without opcache).
    LitArray(Value),
    /// `$name` read from a slot.
    Local(Slot),
    /// `$this`.
    This,
    /// `$$expr`, `${expr}`.
    VarVar(Box<Expr>),
    /// `$GLOBALS` read as a whole.
    Globals,
    /// `$GLOBALS['name']`.
    GlobalVar(Box<Expr>),
    Index {
        base: Box<Expr>,
        /// `None` is `$a[]` (write contexts only).
        index: Option<Box<Expr>>,
    },
    Prop {
        obj: Box<Expr>,
        name: Name,
        nullsafe: bool,
        cache: PropCache,
    },
    StaticProp {
        class: ClassRef,
        name: Name,
    },
    ClassConst {
        class: ClassRef,
        name: Str,
    },
    /// `X::class`
    ClassName(ClassRef),
    /// A global constant; `fallback` is the global name tried when the
    /// namespaced one is undefined.
    Const {
        name: Str,
        fallback: Option<Str>,
    },
    Array(Vec<ArrayItem>),
    /// `list(...)` / `[...]` as an assignment target.
    List(Vec<Option<ListItem>>),
    Interp(Vec<Expr>),
    Call {
        target: CallTarget,
        args: Args,
    },
    New {
        class: ClassRef,
        args: Args,
    },
    /// `cache` remembers the public method a fixed name resolved to, for
    /// the class it was found in.
    MethodCall {
        obj: Box<Expr>,
        name: Name,
        args: Args,
        nullsafe: bool,
        cache: RefCell<Option<crate::interp::class::CachedMethod>>,
    },
    StaticCall {
        class: ClassRef,
        name: Name,
        args: Args,
    },
    Assign(Box<Expr>, Box<Expr>),
    AssignRef(Box<Expr>, Box<Expr>),
    AssignOp(BinOp, Box<Expr>, Box<Expr>),
    /// `$a ??= v`
    AssignCoalesce(Box<Expr>, Box<Expr>),
    IncDec {
        prefix: bool,
        increment: bool,
        target: Box<Expr>,
    },
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `&&`, `and`
    And(Box<Expr>, Box<Expr>),
    /// `||`, `or`
    Or(Box<Expr>, Box<Expr>),
    Coalesce(Box<Expr>, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Cast(CastKind, Box<Expr>),
    Isset(Vec<Expr>),
    Empty(Box<Expr>),
    Ternary(Box<Expr>, Option<Box<Expr>>, Box<Expr>),
    InstanceOf(Box<Expr>, ClassRef),
    Closure(Rc<ClosureDef>),
    Match(Box<Expr>, Vec<MatchArm>),
    Throw(Box<Expr>),
    Print(Box<Expr>),
    Exit(Option<Box<Expr>>),
    Include(IncludeKind, Box<Expr>),
    Eval(Box<Expr>),
    Clone(Box<Expr>),
    ShellExec(Box<Expr>),
    Yield(Option<Box<Expr>>, Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    /// `__CLASS__` inside a trait or closure (resolved at run time).
    ClassMagic,
    /// `__FUNCTION__`/`__METHOD__` in a trait method are resolved at run time too.
    MethodMagic,
    /// Declaring an anonymous class and instantiating it.
    AnonClass(Rc<ClassDecl>, Args),
    /// An expression that always throws (compile-time detected errors that
    /// PHP reports at run time).
    CompileError(String),
}

/// A member or variable name: known at compile time or computed.
#[derive(Debug)]
pub enum Name {
    Static(Str),
    Dynamic(Box<Expr>),
}

/// The slot a `$obj->name` access found last time, for the class and the
/// calling scope it was found with (an inline cache: a property's slot
/// depends only on those two).
#[derive(Debug, Default)]
pub struct PropCache(pub Cell<(usize, usize, u32)>);

impl PropCache {
    /// The cached slot for this class and scope, if any.
    #[inline(always)]
    pub fn get(&self, class: usize, scope: usize) -> Option<usize> {
        let (c, s, slot) = self.0.get();
        (c == class && s == scope).then_some(slot as usize)
    }

    pub fn set(&self, class: usize, scope: usize, slot: usize) {
        self.0.set((class, scope, slot as u32));
    }
}

/// The class a name resolved to at run time, remembered by the call site
/// (classes cannot be undeclared, so the answer never changes: it is set
/// once, and reading it is a load and a test).
#[derive(Default)]
pub struct ClassCache(pub std::cell::OnceCell<std::rc::Weak<crate::interp::class::Class>>);

impl std::fmt::Debug for ClassCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ClassCache")
    }
}

#[derive(Debug)]
pub enum ClassRef {
    /// A resolved class name (not self/parent/static), lowercase for lookup.
    Named {
        name: Str,
        lc: Str,
        cache: ClassCache,
    },
    SelfClass,
    Parent,
    Static,
    Dynamic(Box<Expr>),
}

#[derive(Debug)]
pub struct ArrayItem {
    pub key: Option<Expr>,
    pub value: Expr,
    pub by_ref: bool,
    pub spread: bool,
}

#[derive(Debug)]
pub struct ListItem {
    pub key: Option<Expr>,
    pub target: Expr,
    pub by_ref: bool,
}

#[derive(Debug)]
pub enum CallTarget {
    /// A function known by name; `fallback` is the global name for an
    /// unqualified call inside a namespace. The resolved function is cached.
    Named {
        name: Str,
        lc: Str,
        fallback: Option<(Str, Str)>,
        cache: RefCell<Option<crate::interp::function::CachedCallable>>,
    },
    Expr(Box<Expr>),
}

#[derive(Debug)]
pub enum Args {
    List(Vec<Arg>),
    /// `f(...)`
    CallableConvert,
}

#[derive(Debug)]
pub struct Arg {
    pub value: Expr,
    pub spread: bool,
    pub name: Option<Str>,
}

#[derive(Debug)]
pub struct MatchArm {
    pub conds: Option<Vec<Expr>>,
    pub body: Expr,
}

#[derive(Debug)]
pub struct Stmt {
    pub line: u32,
    pub kind: StmtKind,
}

pub type Block = Vec<Stmt>;

#[derive(Debug)]
pub enum StmtKind {
    Echo(Vec<Expr>),
    InlineHtml(Str),
    Expr(Expr),
    If(Vec<(Expr, Block)>, Option<Block>),
    While(Expr, Block),
    DoWhile(Block, Expr),
    For(Vec<Expr>, Vec<Expr>, Vec<Expr>, Block),
    Foreach(Box<Foreach>),
    Switch(Expr, Vec<SwitchCase>),
    Break(u32),
    Continue(u32),
    Return(Option<Expr>),
    /// `global $a`: bind slot to the global variable of that name.
    Global(Vec<(Slot, Str)>),
    GlobalDynamic(Vec<Expr>),
    /// `static $a = v`: bind slot to the function's static variable `index`.
    Static(Vec<(Slot, usize)>),
    Unset(Vec<Expr>),
    /// A function declared when this statement runs (conditional).
    DeclareFunction(Rc<FuncDef>),
    /// A class declared when this statement runs.
    DeclareClass(Rc<ClassDecl>),
    Try(Block, Vec<Catch>, Option<Block>),
    Const(Vec<(Str, Expr)>),
    Block(Block),
    Nop,
}

#[derive(Debug)]
pub struct Foreach {
    pub subject: Expr,
    pub key: Option<Expr>,
    pub value: Expr,
    pub by_ref: bool,
    pub body: Block,
}

#[derive(Debug)]
pub struct SwitchCase {
    pub test: Option<Expr>,
    pub body: Block,
}

#[derive(Debug)]
pub struct Catch {
    pub types: Vec<(Str, Str)>,
    pub var: Option<Slot>,
    pub body: Block,
}

/// A compiled type declaration.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    /// `int`, `string`, `array`, `callable`, `iterable`, `object`, `mixed`,
    /// `bool`, `false`, `true`, `null`, `float`, `void`, `never`, `static`,
    /// `self`, `parent`.
    Builtin(BuiltinType),
    /// A class or interface name (original case, lowercase).
    Class(Str, Str),
    Nullable(Box<Type>),
    Union(Vec<Type>),
    Intersection(Vec<Type>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BuiltinType {
    Int,
    Float,
    String,
    Bool,
    False,
    True,
    Null,
    Array,
    Callable,
    Iterable,
    Object,
    Mixed,
    Void,
    Never,
    Static,
    SelfType,
    Parent,
}

#[derive(Debug)]
pub struct Param {
    pub name: Str,
    pub slot: Slot,
    pub ty: Option<Type>,
    pub default: Option<Expr>,
    pub by_ref: bool,
    pub variadic: bool,
    /// Constructor promotion: the property to assign.
    pub promote: Option<Visibility>,
    pub promote_readonly: bool,
    /// The type as written, for messages.
    pub type_hint: Option<TypeHint>,
}

/// A compiled function body: a function, method, closure, or the main code
/// of a file.
#[derive(Debug)]
pub struct FuncDef {
    pub name: Str,
    pub params: Vec<Param>,
    pub body: Block,
    /// Names of the compiled variables, by slot.
    pub slot_names: Vec<Str>,
    pub by_ref_return: bool,
    pub return_type: Option<Type>,
    pub is_static: bool,
    pub is_generator: bool,
    pub is_closure: bool,
    pub is_arrow: bool,
    pub is_abstract: bool,
    /// `static` variables: name and initial value.
    pub statics: Vec<(Str, Option<Expr>)>,
    /// The slot of `$this` use is implicit; true when the body mentions it.
    pub uses_this: bool,
    pub file: Str,
    pub line: u32,
    pub end_line: u32,
    /// Source range (for the REPL's `:show`).
    pub span: (usize, usize),
    /// Name of the declaring class, for `self` in closures and `__CLASS__`.
    pub class_name: Option<Str>,
    /// Run-time state shared by all calls: static variables.
    pub static_values: RefCell<Option<Vec<Value>>>,
    /// Number of calls in progress (for recursion-safe static init).
    pub active_calls: Cell<u32>,
}

/// A closure or arrow function: its body and the variables it captures.
#[derive(Debug)]
pub struct ClosureDef {
    pub func: Rc<FuncDef>,
    /// (slot in the enclosing function, slot in the closure, by reference)
    pub uses: Vec<(Slot, Slot, bool)>,
}

#[derive(Debug)]
pub struct ClassDecl {
    pub name: Str,
    pub lc_name: Str,
    pub kind: crate::syntax::ast::ClassKind,
    pub is_abstract: bool,
    pub is_final: bool,
    pub is_readonly: bool,
    pub parent: Option<(Str, Str)>,
    pub interfaces: Vec<(Str, Str)>,
    pub consts: Vec<ClassConstDecl>,
    pub props: Vec<PropDecl>,
    pub methods: Vec<MethodDecl>,
    pub traits: Vec<(Str, Str)>,
    pub trait_rules: Vec<crate::syntax::ast::TraitAdaptation>,
    pub enum_cases: Vec<(Str, Option<Expr>)>,
    pub enum_backing: Option<Type>,
    pub file: Str,
    pub line: u32,
    pub end_line: u32,
    pub span: (usize, usize),
}

#[derive(Debug)]
pub struct ClassConstDecl {
    pub name: Str,
    pub value: Expr,
    pub visibility: Visibility,
    pub is_final: bool,
}

#[derive(Debug)]
pub struct PropDecl {
    pub name: Str,
    pub default: Option<Expr>,
    pub ty: Option<Type>,
    pub visibility: Visibility,
    pub is_static: bool,
    pub is_readonly: bool,
    pub line: u32,
}

#[derive(Debug)]
pub struct MethodDecl {
    pub func: Rc<FuncDef>,
    pub visibility: Visibility,
    pub is_static: bool,
    pub is_abstract: bool,
    pub is_final: bool,
}

/// A compiled file (or `eval()`'d code).
#[derive(Debug)]
pub struct Unit {
    pub main: Rc<FuncDef>,
    /// Functions declared at the top level (hoisted: declared before the
    /// file runs).
    pub functions: Vec<Rc<FuncDef>>,
    /// Top-level classes, in order; declared before the file runs when
    /// their parents are known, otherwise when their statement runs.
    pub classes: Vec<Rc<ClassDecl>>,
}
