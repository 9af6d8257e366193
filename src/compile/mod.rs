//! The compiler: turns a syntax tree into the tree the evaluator runs
//! (`ir`), the way Zend's compiler turns its AST into opcodes.
//!
//! It owns everything decided before execution:
//! - **compiled variables**: each `$name` in a function body gets a frame
//!   slot, numbered in order of first appearance (parameters first), so the
//!   evaluator reads variables by index; the slot names stay available for
//!   `$$name`, `compact()`, `extract()` and `get_defined_vars()`;
//! - **names**: namespace and `use` resolution of class, function and
//!   constant names; literals become interned strings;
//! - **constant arrays** (`[1, 2, 3]`) are built once;
//! - **magic constants** (`__FILE__`, `__CLASS__`, ...) are filled in;
//! - **lines**: the line PHP reports for an operation is the line of the
//!   last part compiled before it (Zend numbers an opline with the line of
//!   the most recently compiled node), computed here once;
//! - the compile-time errors PHP reports as `Fatal error` before running
//!   anything (`Cannot re-assign $this`, `'break' not in the 'loop' or
//!   'switch' context`, ...).

pub mod export;
mod expr;
pub mod ir;
mod stmt;
pub mod type_text;

use crate::syntax::ast;
use crate::value::Str;
use ir::{FuncDef, Slot};
use std::collections::HashMap;
use std::rc::Rc;

/// A compile-time error: PHP prints it as `Fatal error: <message> in
/// <file> on line <line>` and stops before running the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompileError {
    pub message: String,
    pub line: u32,
}

pub type CResult<T> = Result<T, CompileError>;

fn err<T>(line: u32, message: impl Into<String>) -> CResult<T> {
    Err(CompileError {
        message: message.into(),
        line,
    })
}

/// Variables of the function being compiled.
struct Scope {
    slots: HashMap<Vec<u8>, Slot>,
    names: Vec<Str>,
    statics: Vec<(Str, Option<ir::Expr>)>,
    uses_this: bool,
    is_generator: bool,
    /// Nesting of loops/switches: true for a switch.
    loops: Vec<bool>,
    /// `__FUNCTION__`
    function_name: Str,
    /// `__METHOD__`
    method_name: Str,
    in_closure: bool,
    is_static_closure: bool,
    /// Methods and closures declared in a class: `$this` may exist.
    in_class_method: bool,
    is_top_level: bool,
}

impl Scope {
    fn new(function_name: Str, method_name: Str) -> Scope {
        Scope {
            slots: HashMap::new(),
            names: Vec::new(),
            statics: Vec::new(),
            uses_this: false,
            is_generator: false,
            loops: Vec::new(),
            function_name,
            method_name,
            in_closure: false,
            is_static_closure: false,
            in_class_method: false,
            is_top_level: false,
        }
    }

    fn slot(&mut self, name: &[u8]) -> Slot {
        if let Some(&s) = self.slots.get(name) {
            return s;
        }
        let s = self.names.len() as Slot;
        self.slots.insert(name.to_vec(), s);
        self.names.push(Str::interned(name));
        s
    }
}

/// Class context of the code being compiled.
#[derive(Clone)]
struct ClassCtx {
    name: Str,
    parent: Option<Str>,
    is_trait: bool,
}

pub struct Compiler {
    file: Str,
    dir: Str,
    namespace: Vec<u8>,
    use_classes: HashMap<Vec<u8>, Vec<u8>>,
    use_functions: HashMap<Vec<u8>, Vec<u8>>,
    use_consts: HashMap<Vec<u8>, Vec<u8>>,
    scopes: Vec<Scope>,
    class: Option<ClassCtx>,
    functions: Vec<Rc<FuncDef>>,
    classes: Vec<Rc<ir::ClassDecl>>,
    anon_class_counter: u32,
    source_len: usize,
    /// Line of the most recently compiled node (Zend's `CG(zend_lineno)`).
    last_line: u32,
    /// Captured variables of the closure just compiled: name, slot inside
    /// the closure, by reference.
    pending_uses: Vec<(Vec<u8>, Slot, bool)>,
}

/// Compiles a parsed file. `file` is the path shown in messages
/// (`__FILE__`).
pub fn compile_file(program: &ast::Program, file: &[u8]) -> CResult<ir::Unit> {
    let mut c = Compiler::new(file);
    c.compile_unit(program, false)
}

/// Compiles `eval()`'d code or a REPL entry: like a file, but its top level
/// runs in the caller's scope.
pub fn compile_eval(program: &ast::Program, file: &[u8]) -> CResult<ir::Unit> {
    let mut c = Compiler::new(file);
    c.compile_unit(program, true)
}

impl Compiler {
    fn new(file: &[u8]) -> Compiler {
        let dir = match file.iter().rposition(|&b| b == b'/') {
            Some(0) => b"/".to_vec(),
            Some(i) => file[..i].to_vec(),
            None => b".".to_vec(),
        };
        Compiler {
            file: Str::interned(file),
            dir: Str::interned(&dir),
            namespace: Vec::new(),
            use_classes: HashMap::new(),
            use_functions: HashMap::new(),
            use_consts: HashMap::new(),
            scopes: Vec::new(),
            class: None,
            functions: Vec::new(),
            classes: Vec::new(),
            anon_class_counter: 0,
            source_len: 0,
            last_line: 1,
            pending_uses: Vec::new(),
        }
    }

    fn scope(&mut self) -> &mut Scope {
        self.scopes
            .last_mut()
            .expect("a scope is always open while compiling")
    }

    fn compile_unit(&mut self, program: &ast::Program, _is_eval: bool) -> CResult<ir::Unit> {
        let mut scope = Scope::new(Str::empty(), Str::empty());
        scope.is_top_level = true;
        self.scopes.push(scope);
        let body = self.compile_top_level(&program.stmts)?;
        let scope = self.scopes.pop().expect("top scope");
        let end_line = program.stmts.last().map(|s| s.line).unwrap_or(1);
        let main = Rc::new(FuncDef {
            name: Str::empty(),
            params: Vec::new(),
            body,
            slot_names: scope.names,
            by_ref_return: false,
            return_type: None,
            is_static: false,
            is_generator: false,
            is_closure: false,
            is_arrow: false,
            is_abstract: false,
            statics: scope.statics,
            uses_this: scope.uses_this,
            file: self.file.clone(),
            line: 1,
            end_line,
            span: (0, self.source_len),
            class_name: None,
            static_values: Default::default(),
            active_calls: Default::default(),
        });
        Ok(ir::Unit {
            main,
            functions: std::mem::take(&mut self.functions),
            classes: std::mem::take(&mut self.classes),
        })
    }

    // ---- names ------------------------------------------------------------

    fn qualify(&self, name: &[u8]) -> Vec<u8> {
        if self.namespace.is_empty() {
            name.to_vec()
        } else {
            let mut v = self.namespace.clone();
            v.push(b'\\');
            v.extend_from_slice(name);
            v
        }
    }

    /// Resolves a class name as written to its full name (PHP's
    /// `zend_resolve_class_name`). `self`, `parent` and `static` are left
    /// to the caller.
    fn resolve_class_name(&self, name: &ast::Name) -> Vec<u8> {
        let text = &name.text[..];
        match name.kind {
            ast::NameKind::FullyQualified => text.to_vec(),
            ast::NameKind::Relative => self.qualify(text),
            ast::NameKind::Unqualified | ast::NameKind::Qualified => {
                let (first, rest) = match text.iter().position(|&b| b == b'\\') {
                    Some(i) => (&text[..i], Some(&text[i..])),
                    None => (text, None),
                };
                if let Some(full) = self.use_classes.get(&first.to_ascii_lowercase()) {
                    let mut v = full.clone();
                    if let Some(rest) = rest {
                        v.extend_from_slice(rest);
                    }
                    return v;
                }
                if name.kind == ast::NameKind::Unqualified && is_reserved_class_name(text) {
                    return text.to_vec();
                }
                self.qualify(text)
            }
        }
    }

    /// Resolves a function or constant name: the namespaced name, and the
    /// global fallback for unqualified names inside a namespace.
    fn resolve_fn_or_const(&self, name: &ast::Name, is_const: bool) -> (Vec<u8>, Option<Vec<u8>>) {
        let text = &name.text[..];
        match name.kind {
            ast::NameKind::FullyQualified => (text.to_vec(), None),
            ast::NameKind::Relative => (self.qualify(text), None),
            ast::NameKind::Qualified => {
                let i = text.iter().position(|&b| b == b'\\').unwrap_or(text.len());
                if let Some(full) = self.use_classes.get(&text[..i].to_ascii_lowercase()) {
                    let mut v = full.clone();
                    v.extend_from_slice(&text[i..]);
                    return (v, None);
                }
                (self.qualify(text), None)
            }
            ast::NameKind::Unqualified => {
                let table = if is_const {
                    &self.use_consts
                } else {
                    &self.use_functions
                };
                let key = if is_const {
                    text.to_vec()
                } else {
                    text.to_ascii_lowercase()
                };
                if let Some(full) = table.get(&key) {
                    return (full.clone(), None);
                }
                if self.namespace.is_empty() {
                    (text.to_vec(), None)
                } else {
                    (self.qualify(text), Some(text.to_vec()))
                }
            }
        }
    }
}

/// Names that are never namespaced or imported.
fn is_reserved_class_name(name: &[u8]) -> bool {
    matches!(
        name.to_ascii_lowercase().as_slice(),
        b"self"
            | b"parent"
            | b"static"
            | b"int"
            | b"float"
            | b"bool"
            | b"string"
            | b"true"
            | b"false"
            | b"null"
            | b"void"
            | b"iterable"
            | b"object"
            | b"mixed"
            | b"never"
            | b"array"
            | b"callable"
    )
}

fn lower(b: &[u8]) -> Str {
    Str::interned(&b.to_ascii_lowercase())
}
