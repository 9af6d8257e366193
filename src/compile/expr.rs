//! Compiling expressions.

use super::ir::{self, ExprKind as K};
use super::{err, lower, CResult, Compiler};
use crate::syntax::ast::{self, ExprKind as A};
use crate::value::{Arr, Key, Str, Value};
use std::rc::Rc;

impl Compiler {
    /// Compiles an expression. The node's line is the line of the last
    /// node compiled before its operation (see the module comment).
    pub(super) fn expr(&mut self, e: &ast::Expr) -> CResult<ir::Expr> {
        self.last_line = e.line;
        let kind = self.expr_kind(e)?;
        Ok(ir::Expr {
            line: self.last_line,
            kind,
        })
    }

    fn boxed(&mut self, e: &ast::Expr) -> CResult<Box<ir::Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn exprs(&mut self, es: &[ast::Expr]) -> CResult<Vec<ir::Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn lit(&self, line: u32, v: Value) -> ir::Expr {
        ir::Expr {
            line,
            kind: K::Lit(v),
        }
    }

    fn expr_kind(&mut self, e: &ast::Expr) -> CResult<K> {
        let line = e.line;
        Ok(match &e.kind {
            A::Lit(ast::Lit::Int(i)) => K::Lit(Value::Int(*i)),
            A::Lit(ast::Lit::Float(f)) => K::Lit(Value::Float(*f)),
            A::Lit(ast::Lit::Str(s)) => K::Lit(Value::Str(Str::interned(s))),
            A::Interp(parts) => {
                let mut out = Vec::new();
                for p in parts {
                    match p {
                        ast::InterpPart::Lit(b) => {
                            out.push(self.lit(self.last_line, Value::Str(Str::interned(b))))
                        }
                        ast::InterpPart::Expr(e) => out.push(self.expr(e)?),
                    }
                }
                K::Interp(out)
            }
            A::ShellExec(parts) => {
                let mut out = Vec::new();
                for p in parts {
                    match p {
                        ast::InterpPart::Lit(b) => {
                            out.push(self.lit(self.last_line, Value::Str(Str::interned(b))))
                        }
                        ast::InterpPart::Expr(e) => out.push(self.expr(e)?),
                    }
                }
                K::ShellExec(Box::new(ir::Expr {
                    line,
                    kind: K::Interp(out),
                }))
            }
            A::MagicConst(m) => self.magic_const(*m),
            A::Const(name) => self.constant(name),
            A::Var(ast::VarName::Simple(name)) => self.variable(name),
            A::Var(ast::VarName::Dynamic(inner)) => K::VarVar(self.boxed(inner)?),
            A::Array(items) => self.array_literal(items, line)?,
            A::List(items) => self.list_pattern(items, line)?,
            A::Index { base, index } => {
                if let A::Var(ast::VarName::Simple(n)) = &base.kind {
                    if &n[..] == b"GLOBALS" {
                        return match index {
                            Some(i) => Ok(K::GlobalVar(self.boxed(i)?)),
                            None => err(line, "Cannot append to $GLOBALS"),
                        };
                    }
                }
                let base = self.boxed(base)?;
                let index = match index {
                    Some(i) => Some(self.boxed(i)?),
                    None => None,
                };
                K::Index { base, index }
            }
            A::Prop {
                obj,
                name,
                nullsafe,
            } => K::Prop {
                obj: self.boxed(obj)?,
                name: self.member_name(name)?,
                nullsafe: *nullsafe,
                cache: Default::default(),
            },
            A::StaticProp { class, name } => {
                let class = self.class_ref(class, line)?;
                let name = match name {
                    ast::VarName::Simple(n) => ir::Name::Static(Str::interned(n)),
                    ast::VarName::Dynamic(e) => ir::Name::Dynamic(self.boxed(e)?),
                };
                K::StaticProp { class, name }
            }
            A::ClassConst { class, name } => {
                if name.eq_ignore_ascii_case(b"class") {
                    if let ast::ClassRef::Named(n) = class {
                        let lc = n.text.to_ascii_lowercase();
                        if !matches!(lc.as_slice(), b"self" | b"parent" | b"static")
                            || n.kind != ast::NameKind::Unqualified
                        {
                            let full = self.resolve_class_name(n);
                            return Ok(K::Lit(Value::Str(Str::interned(&full))));
                        }
                        if lc == b"self" {
                            if let Some(c) = &self.class {
                                if !c.is_trait {
                                    return Ok(K::Lit(Value::Str(c.name.clone())));
                                }
                            }
                        }
                    }
                    K::ClassName(self.class_ref(class, line)?)
                } else {
                    K::ClassConst {
                        class: self.class_ref(class, line)?,
                        name: Str::interned(name),
                    }
                }
            }
            A::Call { func, args } => self.call(func, args, line)?,
            A::New { class, args } => {
                if let ast::ClassRef::Anonymous(decl) = class {
                    let args = self.args(args)?;
                    let decl = self.anon_class(decl)?;
                    return Ok(K::AnonClass(decl, args));
                }
                let class = self.class_ref(class, line)?;
                K::New {
                    class,
                    args: self.args(args)?,
                }
            }
            A::MethodCall {
                obj,
                name,
                args,
                nullsafe,
            } => K::MethodCall {
                obj: self.boxed(obj)?,
                name: self.member_name(name)?,
                args: self.args(args)?,
                nullsafe: *nullsafe,
                cache: std::cell::RefCell::new(None),
            },
            A::StaticCall { class, name, args } => K::StaticCall {
                class: self.class_ref(class, line)?,
                name: self.member_name(name)?,
                args: self.args(args)?,
            },
            A::Assign { target, value } => {
                let target = self.assign_target(target)?;
                let value = self.boxed(value)?;
                K::Assign(Box::new(target), value)
            }
            A::AssignRef { target, value } => {
                let target = self.assign_target(target)?;
                if matches!(target.kind, K::List(_)) {
                    return err(line, "Cannot assign reference to non referenceable value");
                }
                let value = self.boxed(value)?;
                match value.kind {
                    K::Local(_)
                    | K::VarVar(_)
                    | K::Index { .. }
                    | K::Prop { .. }
                    | K::StaticProp { .. }
                    | K::GlobalVar(_)
                    | K::Call { .. }
                    | K::MethodCall { .. }
                    | K::StaticCall { .. } => {}
                    K::New { .. } => {
                        return err(line, "Cannot assign reference to non referenceable value")
                    }
                    K::This => {}
                    _ => return err(line, "Cannot assign reference to non referenceable value"),
                }
                K::AssignRef(Box::new(target), value)
            }
            A::AssignOp { op, target, value } => {
                let target = self.assign_target(target)?;
                if matches!(target.kind, K::List(_)) {
                    return err(line, "Cannot use list() as standalone expression");
                }
                let value = self.boxed(value)?;
                if *op == ast::BinOp::Coalesce {
                    K::AssignCoalesce(Box::new(target), value)
                } else {
                    K::AssignOp(*op, Box::new(target), value)
                }
            }
            A::Binary { op, left, right } => {
                let l = self.boxed(left)?;
                let r = self.boxed(right)?;
                match op {
                    ast::BinOp::And => K::And(l, r),
                    ast::BinOp::Or => K::Or(l, r),
                    ast::BinOp::Coalesce => K::Coalesce(l, r),
                    ast::BinOp::Concat => match folded_concat(&l.kind, &r.kind) {
                        Some(s) => K::Lit(Value::Str(s)),
                        None => K::Binary(*op, l, r),
                    },
                    _ => K::Binary(*op, l, r),
                }
            }
            A::Unary { op, expr } => {
                let inner = self.boxed(expr)?;
                // Fold negative literals so that -9223372036854775808 and
                // constant arrays with negative numbers stay constant.
                if *op == ast::UnaryOp::Neg {
                    match &inner.kind {
                        K::Lit(Value::Int(i)) if *i != i64::MIN => {
                            return Ok(K::Lit(Value::Int(-*i)))
                        }
                        K::Lit(Value::Float(f)) => return Ok(K::Lit(Value::Float(-*f))),
                        _ => {}
                    }
                }
                K::Unary(*op, inner)
            }
            A::IncDec {
                prefix,
                increment,
                target,
            } => {
                let target = self.assign_target(target)?;
                K::IncDec {
                    prefix: *prefix,
                    increment: *increment,
                    target: Box::new(target),
                }
            }
            A::Cast { kind, expr } => {
                if *kind == ast::CastKind::Unset {
                    return err(line, "The (unset) cast is no longer supported");
                }
                K::Cast(*kind, self.boxed(expr)?)
            }
            A::Isset(list) => {
                let mut out = Vec::new();
                for e in list {
                    let c = self.expr(e)?;
                    if !is_variable_like(&c.kind) {
                        return err(
                            line,
                            "Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)",
                        );
                    }
                    out.push(c);
                }
                K::Isset(out)
            }
            A::Empty(inner) => K::Empty(self.boxed(inner)?),
            A::Ternary { cond, then, else_ } => {
                let c = self.boxed(cond)?;
                let t = match then {
                    Some(t) => Some(self.boxed(t)?),
                    None => None,
                };
                let f = self.boxed(else_)?;
                K::Ternary(c, t, f)
            }
            A::InstanceOf { expr, class } => {
                let e = self.boxed(expr)?;
                K::InstanceOf(e, self.class_ref(class, line)?)
            }
            A::Closure(decl) => K::Closure(self.closure(decl, false)?),
            A::ArrowFn(decl) => K::Closure(self.closure(decl, true)?),
            A::Match { subject, arms } => {
                let s = self.boxed(subject)?;
                let mut out = Vec::new();
                for arm in arms {
                    let conds = match &arm.conds {
                        Some(c) => Some(self.exprs(c)?),
                        None => None,
                    };
                    let body = self.expr(&arm.body)?;
                    out.push(ir::MatchArm { conds, body });
                }
                K::Match(s, out)
            }
            A::Throw(inner) => K::Throw(self.boxed(inner)?),
            A::Print(inner) => K::Print(self.boxed(inner)?),
            A::Exit(inner) => K::Exit(match inner {
                Some(i) => Some(self.boxed(i)?),
                None => None,
            }),
            A::Include { kind, path } => K::Include(*kind, self.boxed(path)?),
            A::Eval(code) => K::Eval(self.boxed(code)?),
            A::Clone(inner) => K::Clone(self.boxed(inner)?),
            A::Yield { key, value } => {
                self.scope().is_generator = true;
                let k = match key {
                    Some(k) => Some(self.boxed(k)?),
                    None => None,
                };
                let v = match value {
                    Some(v) => Some(self.boxed(v)?),
                    None => None,
                };
                K::Yield(k, v)
            }
            A::YieldFrom(inner) => {
                self.scope().is_generator = true;
                K::YieldFrom(self.boxed(inner)?)
            }
        })
    }

    fn variable(&mut self, name: &[u8]) -> K {
        if name == b"this" {
            let s = self.scope();
            s.uses_this = true;
            return K::This;
        }
        if name == b"GLOBALS" {
            return K::Globals;
        }
        if matches!(
            name,
            b"_SERVER"
                | b"_GET"
                | b"_POST"
                | b"_COOKIE"
                | b"_FILES"
                | b"_REQUEST"
                | b"_ENV"
                | b"_SESSION"
        ) && !self.scope().is_top_level
        {
            let line = self.last_line;
            return K::GlobalVar(Box::new(self.lit(line, Value::Str(Str::interned(name)))));
        }
        K::Local(self.scope().slot(name))
    }

    fn magic_const(&mut self, m: ast::MagicConst) -> K {
        use ast::MagicConst as M;
        let s = |b: &[u8]| K::Lit(Value::Str(Str::interned(b)));
        match m {
            M::Line => K::Lit(Value::Int(self.last_line as i64)),
            M::File => K::Lit(Value::Str(self.file.clone())),
            M::Dir => K::Lit(Value::Str(self.dir.clone())),
            M::Namespace => s(&self.namespace.clone()),
            M::Function => {
                let n = self.scope().function_name.clone();
                K::Lit(Value::Str(n))
            }
            M::Class => {
                let in_closure = self.scope().in_closure;
                match &self.class {
                    Some(c) if c.is_trait => K::ClassMagic,
                    Some(c) => K::Lit(Value::Str(c.name.clone())),
                    None if in_closure => K::ClassMagic,
                    None => s(b""),
                }
            }
            M::Method => {
                if self.class.as_ref().is_some_and(|c| c.is_trait) {
                    return K::MethodMagic;
                }
                let n = self.scope().method_name.clone();
                K::Lit(Value::Str(n))
            }
            M::Trait => match &self.class {
                Some(c) if c.is_trait => K::Lit(Value::Str(c.name.clone())),
                _ => s(b""),
            },
        }
    }

    fn constant(&mut self, name: &ast::Name) -> K {
        if name.kind == ast::NameKind::Unqualified || name.kind == ast::NameKind::FullyQualified {
            match name.text.to_ascii_lowercase().as_slice() {
                b"true" => return K::Lit(Value::Bool(true)),
                b"false" => return K::Lit(Value::Bool(false)),
                b"null" => return K::Lit(Value::Null),
                _ => {}
            }
        }
        let (full, fallback) = self.resolve_fn_or_const(name, true);
        K::Const {
            name: Str::interned(&full),
            fallback: fallback.map(|f| Str::interned(&f)),
        }
    }

    fn member_name(&mut self, name: &ast::MemberName) -> CResult<ir::Name> {
        Ok(match name {
            ast::MemberName::Ident(n) => ir::Name::Static(Str::interned(n)),
            ast::MemberName::Dynamic(e) => ir::Name::Dynamic(self.boxed(e)?),
        })
    }

    /// Compile-time checks on `self`/`parent`/`static` where the class scope
    /// is known (`zend_ensure_valid_class_fetch_type`).
    fn check_class_fetch(&self, lc: &[u8], line: u32) -> CResult<()> {
        if !self.scope_known() {
            return Ok(());
        }
        let keyword = String::from_utf8_lossy(lc);
        match &self.class {
            None => err(
                line,
                format!("Cannot use \"{keyword}\" when no class scope is active"),
            ),
            Some(c) if lc == b"parent" && c.parent.is_none() => err(
                line,
                "Cannot use \"parent\" when current class scope has no parent",
            ),
            Some(_) => Ok(()),
        }
    }

    /// Whether the class scope of the code being compiled is fixed: not in
    /// closures (rebindable), traits (the using class), or file/eval code
    /// (which runs in its includer's scope).
    fn scope_known(&self) -> bool {
        let Some(scope) = self.scopes.last() else {
            return false;
        };
        if scope.in_closure {
            return false;
        }
        match &self.class {
            None => !scope.function_name.is_empty(),
            Some(c) => !c.is_trait,
        }
    }

    pub(super) fn class_ref(&mut self, c: &ast::ClassRef, line: u32) -> CResult<ir::ClassRef> {
        Ok(match c {
            ast::ClassRef::Named(n) => {
                if n.kind == ast::NameKind::Unqualified {
                    let lc = n.text.to_ascii_lowercase();
                    if matches!(lc.as_slice(), b"self" | b"parent" | b"static") {
                        self.check_class_fetch(&lc, line)?;
                    }
                    match lc.as_slice() {
                        b"self" => {
                            if let Some(cls) = &self.class {
                                if !cls.is_trait && !self.scopes.iter().any(|s| s.in_closure) {
                                    let name = cls.name.clone();
                                    return Ok(ir::ClassRef::Named {
                                        lc: lower(name.as_bytes()),
                                        name,
                                        cache: Default::default(),
                                    });
                                }
                            }
                            return Ok(ir::ClassRef::SelfClass);
                        }
                        b"parent" => return Ok(ir::ClassRef::Parent),
                        b"static" => return Ok(ir::ClassRef::Static),
                        _ => {}
                    }
                }
                let full = self.resolve_class_name(n);
                ir::ClassRef::Named {
                    lc: lower(&full),
                    name: Str::interned(&full),
                    cache: Default::default(),
                }
            }
            ast::ClassRef::Dynamic(e) => ir::ClassRef::Dynamic(self.boxed(e)?),
            ast::ClassRef::Anonymous(_) => {
                return err(self.last_line, "Cannot use an anonymous class here");
            }
        })
    }

    pub(super) fn args(&mut self, args: &ast::Args) -> CResult<ir::Args> {
        Ok(match args {
            ast::Args::CallableConvert => ir::Args::CallableConvert,
            ast::Args::List(list) => {
                let mut out = Vec::with_capacity(list.len());
                let mut seen_named = false;
                for a in list {
                    if a.name.is_some() {
                        seen_named = true;
                    } else if seen_named && !a.spread {
                        return err(
                            self.last_line,
                            "Cannot use positional argument after named argument",
                        );
                    }
                    let value = self.expr(&a.value)?;
                    out.push(ir::Arg {
                        value,
                        spread: a.spread,
                        name: a.name.as_ref().map(|n| Str::interned(n)),
                    });
                }
                ir::Args::List(out)
            }
        })
    }

    fn call(&mut self, func: &ast::Callee, args: &ast::Args, line: u32) -> CResult<K> {
        let target = match func {
            ast::Callee::Name(name) => {
                let (full, fallback) = self.resolve_fn_or_const(name, false);
                let lc = full.to_ascii_lowercase();
                if self.namespace.is_empty() || fallback.is_none() {
                    match lc.as_slice() {
                        b"compact" | b"extract" | b"get_defined_vars" | b"func_get_args"
                        | b"func_get_arg" | b"func_num_args" => {}
                        _ => {}
                    }
                }
                ir::CallTarget::Named {
                    name: Str::interned(&full),
                    lc: Str::interned(&lc),
                    fallback: fallback
                        .map(|f| (Str::interned(&f), Str::interned(&f.to_ascii_lowercase()))),
                    cache: Default::default(),
                }
            }
            ast::Callee::Expr(e) => ir::CallTarget::Expr(self.boxed(e)?),
        };
        let _ = line;
        let description = self.assert_description(func, args)?;
        let mut args = self.args(args)?;
        if let (Some(description), ir::Args::List(list)) = (description, &mut args) {
            list.push(description);
        }
        Ok(K::Call { target, args })
    }

    /// A direct call of the global `assert()` with one argument gets the
    /// text of that argument as its description (`zend_compile_assert`):
    /// `assert(1>2)` fails with `assert(1 > 2)`. Only the name decides, as
    /// written in a namespace (where it may fall back to the global one),
    /// else as resolved; calls through a variable get no text.
    fn assert_description(&self, func: &ast::Callee, args: &ast::Args) -> CResult<Option<ir::Arg>> {
        let (ast::Callee::Name(name), ast::Args::List(list)) = (func, args) else {
            return Ok(None);
        };
        let [arg] = list.as_slice() else {
            return Ok(None);
        };
        let (full, fallback) = self.resolve_fn_or_const(name, false);
        let called = if fallback.is_some() {
            &name.text[..]
        } else {
            &full[..]
        };
        if !called.eq_ignore_ascii_case(b"assert") {
            return Ok(None);
        }
        if arg.spread {
            return err(
                self.last_line,
                "Cannot use positional argument after argument unpacking",
            );
        }
        let mut text = b"assert(".to_vec();
        text.extend(super::export::export_arg(arg));
        text.push(b')');
        Ok(Some(ir::Arg {
            value: self.lit(self.last_line, Value::Str(Str::new(&text))),
            spread: false,
            // A named assertion gets a named description: positional
            // arguments cannot follow named ones.
            name: arg.name.as_ref().map(|_| Str::interned(b"description")),
        }))
    }

    /// Compiles the left side of an assignment.
    pub(super) fn assign_target(&mut self, e: &ast::Expr) -> CResult<ir::Expr> {
        match &e.kind {
            A::Array(items) => {
                let k = self.array_as_list(items, e.line)?;
                Ok(ir::Expr {
                    line: e.line,
                    kind: k,
                })
            }
            A::Var(ast::VarName::Simple(n)) if &n[..] == b"this" => {
                err(e.line, "Cannot re-assign $this")
            }
            _ => {
                let c = self.expr(e)?;
                match &c.kind {
                    K::Local(_)
                    | K::VarVar(_)
                    | K::Index { .. }
                    | K::Prop { .. }
                    | K::StaticProp { .. }
                    | K::GlobalVar(_)
                    | K::List(_) => Ok(c),
                    K::Globals => err(
                        e.line,
                        "$GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax",
                    ),
                    K::Call { .. } | K::MethodCall { .. } | K::StaticCall { .. } => {
                        err(e.line, "Can't use function return value in write context")
                    }
                    _ => err(e.line, "Cannot assign to this expression"),
                }
            }
        }
    }

    fn array_as_list(&mut self, items: &[ast::ArrayItem], line: u32) -> CResult<K> {
        let items: Vec<Option<ast::ArrayItem>> = items.iter().cloned().map(Some).collect();
        self.list_pattern(&items, line)
    }

    fn list_pattern(&mut self, items: &[Option<ast::ArrayItem>], line: u32) -> CResult<K> {
        let mut out = Vec::new();
        let keyed = items.iter().flatten().any(|i| i.key.is_some());
        for item in items {
            match item {
                None => out.push(None),
                Some(item) => {
                    if item.spread {
                        return err(line, "Spread operator is not supported in assignments");
                    }
                    if keyed != item.key.is_some() {
                        return err(
                            line,
                            "Cannot mix keyed and unkeyed array entries in assignments",
                        );
                    }
                    let key = match &item.key {
                        Some(k) => Some(self.expr(k)?),
                        None => None,
                    };
                    let target = self.assign_target(&item.value)?;
                    out.push(Some(ir::ListItem {
                        key,
                        target,
                        by_ref: item.by_ref,
                    }));
                }
            }
        }
        if out.iter().all(|i| i.is_none()) {
            return err(line, "Cannot use empty list");
        }
        Ok(K::List(out))
    }

    fn array_literal(&mut self, items: &[ast::ArrayItem], line: u32) -> CResult<K> {
        let mut out = Vec::with_capacity(items.len());
        for item in items {
            let key = match &item.key {
                Some(k) => Some(self.expr(k)?),
                None => None,
            };
            let value = if item.by_ref {
                self.assign_target(&item.value)?
            } else {
                self.expr(&item.value)?
            };
            out.push(ir::ArrayItem {
                key,
                value,
                by_ref: item.by_ref,
                spread: item.spread,
            });
        }
        let _ = line;
        if let Some(arr) = constant_array(&out) {
            return Ok(K::LitArray(Value::Arr(arr)));
        }
        Ok(K::Array(out))
    }

    fn closure(
        &mut self,
        decl: &Rc<ast::FunctionDecl>,
        arrow: bool,
    ) -> CResult<Rc<ir::ClosureDef>> {
        let func = self.function(decl, super::stmt::FnKind::Closure { arrow })?;
        let pending = std::mem::take(&mut self.pending_uses);
        let uses = pending
            .into_iter()
            .map(|(name, inner, by_ref)| (self.scope().slot(&name), inner, by_ref))
            .collect();
        Ok(Rc::new(ir::ClosureDef { func, uses }))
    }
}

/// True for expressions `isset()` accepts.
fn is_variable_like(k: &K) -> bool {
    matches!(
        k,
        K::Local(_)
            | K::VarVar(_)
            | K::Index { .. }
            | K::Prop { .. }
            | K::StaticProp { .. }
            | K::GlobalVar(_)
            | K::This
            | K::ClassConst { .. }
            | K::Globals
    )
}

/// A literal as PHP's scanner makes it, before the compiler interns the
/// literals of opcodes: strings of two bytes or more are counted. Values
/// inside constant arrays and static variable initializers keep them
/// counted (`debug_zval_dump` shows `refcount(N)`, not `interned`).
pub(super) fn uninterned_literal(v: &Value) -> Value {
    match v {
        Value::Str(s) if s.len() > 1 => Value::Str(Str::new(s.as_bytes())),
        other => other.clone(),
    }
}

/// Builds a constant array when every key and value is a literal.
fn constant_array(items: &[ir::ArrayItem]) -> Option<Arr> {
    let mut arr = Arr::new();
    for item in items {
        if item.by_ref {
            return None;
        }
        let value = match &item.value.kind {
            K::Lit(v) => uninterned_literal(v),
            K::LitArray(v) => v.clone(),
            _ => return None,
        };
        if item.spread {
            let Value::Arr(src) = value else { return None };
            let t = arr.table_mut();
            for (k, v) in src.table().iter() {
                match k {
                    crate::value::KeyRef::Int(_) => {
                        t.push(v.clone())?;
                    }
                    crate::value::KeyRef::Str(s) => {
                        t.insert(Key::Str(s.clone()), v.clone());
                    }
                }
            }
            continue;
        }
        match &item.key {
            None => {
                arr.table_mut().push(value)?;
            }
            Some(k) => {
                let key = match &k.kind {
                    K::Lit(Value::Int(i)) => Key::Int(*i),
                    K::Lit(Value::Str(s)) => Key::from_str(s.clone()),
                    K::Lit(Value::Bool(b)) => Key::Int(*b as i64),
                    K::Lit(Value::Null) => Key::Str(Str::empty()),
                    K::Lit(Value::Float(f)) if f.is_finite() && f.fract() == 0.0 => {
                        Key::Int(*f as i64)
                    }
                    _ => return None,
                };
                arr.table_mut().insert(key, value);
            }
        }
    }
    if arr.is_empty() {
        return Some(Arr::empty());
    }
    Some(arr)
}

/// A concatenation of two string or integer literals, done while compiling
/// as Zend's compiler folds constant operands: the result is an interned
/// string like any literal (`debug_zval_dump` shows `interned`).
fn folded_concat(left: &K, right: &K) -> Option<Str> {
    fn literal_bytes(k: &K) -> Option<Vec<u8>> {
        match k {
            K::Lit(Value::Str(s)) => Some(s.as_bytes().to_vec()),
            K::Lit(Value::Int(i)) => Some(i.to_string().into_bytes()),
            _ => None,
        }
    }
    let mut bytes = literal_bytes(left)?;
    bytes.extend_from_slice(&literal_bytes(right)?);
    Some(Str::interned(&bytes))
}
