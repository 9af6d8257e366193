//! Evaluating expressions (reads; writes live in `lvalue.rs`).

use super::call::CallCtx;
use super::convert::to_bool;
use super::{Interp, Unwind, R};
use crate::compile::ir::{self, ExprKind as K};
use crate::syntax::ast::{BinOp, CastKind, UnaryOp};
use crate::value::{Arr, Key, Obj, Str, Value};

/// How a read treats missing things: `Read` warns, `Quiet` (isset, `??`)
/// does not.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ReadMode {
    Read,
    Quiet,
}

/// Expressions whose evaluation has no side effects and cannot observe
/// any: a variable operand may be read after them.
fn is_pure(e: &ir::Expr) -> bool {
    matches!(
        e.kind,
        K::Lit(_) | K::LitArray(_) | K::Local(_) | K::Const { .. } | K::This
    )
}

impl Interp {
    pub fn eval(&mut self, e: &ir::Expr) -> R<Value> {
        match &e.kind {
            K::Lit(v) => Ok(v.clone()),
            K::LitArray(v) => Ok(v.clone()),
            K::Local(slot) => {
                // Inline the common case: a defined, unreferenced variable.
                let v = self.frame().slot(*slot);
                if !matches!(v, Value::Undef | Value::Ref(_)) {
                    return Ok(v.clone());
                }
                self.read_local(*slot, e.line)
            }
            K::This => match &self.frame().this {
                Some(o) => Ok(Value::Obj(o.clone())),
                None => Err(self.throw_error("Error", "Using $this when not in object context")),
            },
            K::Binary(op, l, r) => {
                // Integer and float arithmetic and comparisons on variables
                // and literals, without intermediate copies.
                if let (Some(a), Some(b)) = (self.peek(l), self.peek(r)) {
                    if let Some(v) = super::ops::fast_binary(*op, a, b) {
                        return Ok(v);
                    }
                }
                if let K::Local(slot) = l.kind {
                    if !is_pure(r) {
                        let rv = self.eval(r)?;
                        let lv = self.read_local(slot, l.line)?;
                        return self.binary_op(*op, &lv, &rv, e.line);
                    }
                }
                let lv = self.eval(l)?;
                let rv = self.eval(r)?;
                if let Some(v) = super::ops::fast_binary(*op, &lv, &rv) {
                    return Ok(v);
                }
                let v = self.binary_op(*op, &lv, &rv, e.line)?;
                // Zend frees temporary operands as the operator finishes: a
                // temporary object's destructor runs before the result is used.
                if matches!(lv, Value::Obj(_)) || matches!(rv, Value::Obj(_)) {
                    drop((lv, rv));
                    self.safe_point()?;
                }
                Ok(v)
            }
            K::And(l, r) => {
                let lv = self.eval(l)?;
                if !to_bool(&lv) {
                    return Ok(Value::Bool(false));
                }
                let rv = self.eval(r)?;
                Ok(Value::Bool(to_bool(&rv)))
            }
            K::Or(l, r) => {
                let lv = self.eval(l)?;
                if to_bool(&lv) {
                    return Ok(Value::Bool(true));
                }
                let rv = self.eval(r)?;
                Ok(Value::Bool(to_bool(&rv)))
            }
            K::Coalesce(l, r) => {
                let lv = self.eval_quiet(l)?;
                if !lv.is_null() {
                    return Ok(lv);
                }
                self.eval(r)
            }
            K::Assign(t, v) => self.assign(t, v),
            K::AssignRef(t, v) => self.assign_ref(t, v, e.line),
            K::AssignOp(op, t, v) => self.assign_op(*op, t, v, e.line),
            K::AssignCoalesce(t, v) => self.assign_coalesce(t, v),
            K::IncDec {
                prefix,
                increment,
                target,
            } => self.inc_dec(target, *prefix, *increment, e.line),
            K::Index { base, index } => {
                let Some(index) = index else {
                    return Err(self.throw_error("Error", "Cannot use [] for reading"));
                };
                self.read_index_expr(base, index, e.line, ReadMode::Read)
            }
            K::Prop {
                obj,
                name,
                nullsafe,
                cache,
            } => {
                let o = self.eval(obj)?;
                if *nullsafe && o.is_null() {
                    return Ok(Value::Null);
                }
                let cached = match (&o, name) {
                    (Value::Obj(ob), ir::Name::Static(n)) => self.cached_prop_read(ob, n, cache),
                    _ => None,
                };
                let v = match cached {
                    Some(v) => v,
                    None => {
                        let name = self.member_name(name)?;
                        self.read_prop(&o, &name, e.line, ReadMode::Read)?
                    }
                };
                // Zend's FETCH_OBJ_R frees a temporary object right away:
                // its destructor runs before the value read is used.
                drop(o);
                self.safe_point()?;
                Ok(v)
            }
            K::StaticProp { class, name } => {
                let class = self.resolve_class_ref(class, e.line)?;
                let name = self.member_name(name)?;
                let cell = self.static_prop_cell(&class, &name)?;
                Ok(cell.get_mut().deref_clone())
            }
            K::ClassConst { class, name } => {
                let class = self.resolve_class_ref(class, e.line)?;
                self.class_constant(&class, name)
            }
            K::ClassName(c) => {
                if let ir::ClassRef::Dynamic(inner) = c {
                    let v = self.eval(inner)?;
                    return match v.deref() {
                        Value::Obj(o) => Ok(Value::Str(o.class_name().clone())),
                        other => {
                            let msg = format!(
                                "Cannot use \"::class\" on value of type {}",
                                other.type_name()
                            );
                            Err(self.throw_error("TypeError", &msg))
                        }
                    };
                }
                // `self::class` and friends word their errors as "use", not
                // "access" (ZEND_FETCH_CLASS_NAME).
                let keyword = match c {
                    ir::ClassRef::SelfClass => Some("self"),
                    ir::ClassRef::Parent => Some("parent"),
                    ir::ClassRef::Static => Some("static"),
                    _ => None,
                };
                if let Some(keyword) = keyword {
                    let frame = self.frame();
                    if frame.scope.is_none() && frame.static_class.is_none() {
                        let msg = format!("Cannot use \"{keyword}\" in the global scope");
                        return Err(self.throw_error("Error", &msg));
                    }
                    if keyword == "parent"
                        && frame.scope.as_ref().is_some_and(|s| s.parent.is_none())
                    {
                        let msg = "Cannot use \"parent\" when current class scope has no parent";
                        return Err(self.throw_error("Error", msg));
                    }
                }
                let class = self.resolve_class_ref(c, e.line)?;
                Ok(Value::Str(class.name.clone()))
            }
            K::Const { name, fallback } => self.constant_value(name, fallback.as_ref(), e.line),
            K::VarVar(name) => {
                let n = self.eval(name)?;
                let n = self.to_str(&n)?;
                self.read_var_by_name(n.as_bytes(), e.line, ReadMode::Read)
            }
            K::Globals => Ok(Value::Arr(self.globals_array())),
            K::GlobalVar(name) => {
                let n = self.eval(name)?;
                let n = self.to_str(&n)?;
                let v = match self.frames[0].find(n.as_bytes()) {
                    Some(i) => self.frames[0].slots[i].deref_clone(),
                    None => Value::Undef,
                };
                if v.is_undef() {
                    let msg = format!(
                        "Undefined global variable ${}",
                        String::from_utf8_lossy(n.as_bytes())
                    );
                    self.warn(e.line, &msg)?;
                    return Ok(Value::Null);
                }
                Ok(v)
            }
            K::Array(items) => self.build_array(items),
            K::List(_) => Err(self.throw_error("Error", "Cannot use list() outside an assignment")),
            K::Interp(parts) if parts.len() == 1 => {
                // "$x" is a string cast: a string comes back shared.
                let v = self.eval(&parts[0])?;
                Ok(Value::Str(self.to_str(&v)?))
            }
            K::Interp(parts) => {
                let mut out = Vec::new();
                for p in parts {
                    let v = self.eval(p)?;
                    self.append_str(&mut out, &v)?;
                }
                Ok(Value::Str(Str::new(&out)))
            }
            K::Call { .. } | K::MethodCall { .. } | K::StaticCall { .. } => {
                Ok(self.eval_keep_ref(e)?.into_deref())
            }
            K::New { class, args } => self.eval_new(class, args, e.line).map(Value::Obj),
            K::AnonClass(decl, args) => {
                self.frame_mut().line = e.line;
                let class = match self.classes.get(&decl.lc_name) {
                    Some(c) => c.clone(),
                    None => self.declare_class(decl, e.line)?,
                };
                self.new_object(&class, args, e.line).map(Value::Obj)
            }
            K::Unary(op, inner) => {
                if *op == UnaryOp::Silence {
                    self.silence_depth += 1;
                    let r = self.eval(inner);
                    self.silence_depth -= 1;
                    return r;
                }
                let v = self.eval(inner)?;
                match op {
                    UnaryOp::Not => Ok(Value::Bool(!to_bool(&v))),
                    UnaryOp::Neg => self.negate(&v, e.line),
                    UnaryOp::Plus => self.unary_plus(&v, e.line),
                    UnaryOp::BitNot => self.bit_not(&v),
                    UnaryOp::Silence => unreachable!(),
                }
            }
            K::Cast(kind, inner) => {
                let v = self.eval(inner)?;
                let of_object = matches!(v, Value::Obj(_));
                let cast = self.cast(*kind, v, e.line)?;
                if of_object {
                    // As above: the cast frees a temporary object.
                    self.safe_point()?;
                }
                Ok(cast)
            }
            K::Isset(list) => {
                for item in list {
                    if !self.isset(item)? {
                        return Ok(Value::Bool(false));
                    }
                }
                Ok(Value::Bool(true))
            }
            K::Empty(inner) => {
                let v = self.eval_quiet(inner)?;
                Ok(Value::Bool(!to_bool(&v)))
            }
            K::Ternary(c, t, f) => {
                let cv = self.eval(c)?;
                match t {
                    Some(t) => {
                        if to_bool(&cv) {
                            self.eval(t)
                        } else {
                            self.eval(f)
                        }
                    }
                    None => {
                        if to_bool(&cv) {
                            Ok(cv)
                        } else {
                            self.eval(f)
                        }
                    }
                }
            }
            K::InstanceOf(inner, class) => {
                let v = self.eval(inner)?;
                let Value::Obj(o) = v.deref() else {
                    if let ir::ClassRef::Dynamic(ce) = class {
                        let c = self.eval(ce)?;
                        if !matches!(c.deref(), Value::Obj(_) | Value::Str(_)) {
                            return Err(self.throw_error(
                                "Error",
                                "Class name must be a valid object or a string",
                            ));
                        }
                    }
                    return Ok(Value::Bool(false));
                };
                let o = o.clone();
                let result = match class {
                    ir::ClassRef::Named { lc, .. } => o.class().instance_of_name(lc.as_bytes()),
                    ir::ClassRef::Dynamic(ce) => {
                        let c = self.eval(ce)?;
                        match c.deref() {
                            Value::Obj(other) => o.class().is_subclass_of(other.class()),
                            Value::Str(s) => {
                                let n = if s.as_bytes().first() == Some(&b'\\') {
                                    &s.as_bytes()[1..]
                                } else {
                                    s.as_bytes()
                                };
                                o.class().instance_of_name(&n.to_ascii_lowercase())
                            }
                            _ => {
                                return Err(self.throw_error(
                                    "Error",
                                    "Class name must be a valid object or a string",
                                ))
                            }
                        }
                    }
                    other => {
                        let c = self.resolve_class_ref(other, e.line)?;
                        o.class().is_subclass_of(&c)
                    }
                };
                Ok(Value::Bool(result))
            }
            K::Closure(def) => self.make_closure(def),
            K::Match(subject, arms) => {
                let v = self.eval(subject)?;
                for arm in arms {
                    match &arm.conds {
                        None => continue,
                        Some(conds) => {
                            for c in conds {
                                let cv = self.eval(c)?;
                                if super::ops::strict_eq(&v, &cv) {
                                    return self.eval(&arm.body);
                                }
                            }
                        }
                    }
                }
                if let Some(arm) = arms.iter().find(|a| a.conds.is_none()) {
                    return self.eval(&arm.body);
                }
                let shown = self.match_value_repr(&v);
                Err(self.throw_error(
                    "UnhandledMatchError",
                    &format!("Unhandled match case {}", shown),
                ))
            }
            K::Throw(inner) => {
                self.frame_mut().line = e.line;
                let v = self.eval(inner)?;
                match v {
                    Value::Obj(o) if o.class().is_throwable => Err(self.throw(o)),
                    _ => Err(self.throw_error("Error", "Can only throw objects")),
                }
            }
            K::Print(inner) => {
                let v = self.eval(inner)?;
                self.echo_value(&v)?;
                Ok(Value::Int(1))
            }
            K::Exit(inner) => {
                if let Some(inner) = inner {
                    let v = self.eval(inner)?;
                    match v.deref() {
                        Value::Int(i) => self.exit_status = *i as i32,
                        Value::Str(_) => {
                            self.echo_value(&v)?;
                        }
                        other => {
                            let other = other.clone();
                            self.echo_value(&other)?;
                        }
                    }
                }
                Err(Unwind::Exit)
            }
            K::Include(kind, path) => {
                let p = self.eval(path)?;
                let p = self.to_str(&p)?;
                self.frame_mut().line = e.line;
                self.include(*kind, p.as_bytes(), e.line)
            }
            K::Eval(code) => {
                let c = self.eval(code)?;
                let c = self.to_str(&c)?;
                self.frame_mut().line = e.line;
                self.eval_code(c.as_bytes(), e.line)
            }
            K::Clone(inner) => {
                let v = self.eval(inner)?;
                match v {
                    Value::Obj(o) => self.clone_object(&o),
                    _ => Err(self.throw_error("Error", "__clone method called on non-object")),
                }
            }
            K::ShellExec(_) => {
                self.warn(e.line, "shell_exec(): Unable to execute")?;
                Ok(Value::Null)
            }
            K::Yield(k, v) => self.eval_yield(k.as_deref(), v.as_deref(), e.line),
            K::YieldFrom(source) => self.eval_yield_from(source, e.line),
            K::ClassMagic => Ok(match &self.frame().scope {
                Some(c) => Value::Str(c.name.clone()),
                None => Value::Str(Str::empty()),
            }),
            K::MethodMagic => {
                let f = self.frame();
                let name = f
                    .func
                    .as_ref()
                    .map(|d| d.name.clone())
                    .unwrap_or_else(Str::empty);
                Ok(match &f.scope {
                    Some(c) => {
                        Value::Str(Str::concat(&[c.name.as_bytes(), b"::", name.as_bytes()]))
                    }
                    None => Value::Str(name),
                })
            }
            K::CompileError(msg) => Err(self.fatal_at(msg, e.line)),
        }
    }

    /// Evaluates a call keeping the PHP reference a by-reference function
    /// returns (for `$a = &f()` and by-reference arguments); any other
    /// expression evaluates as usual.
    pub fn eval_keep_ref(&mut self, e: &ir::Expr) -> R<Value> {
        match &e.kind {
            K::Call { target, args } => {
                self.frame_mut().line = e.line;
                self.eval_call(target, args, e.line)
            }
            K::MethodCall {
                obj,
                name,
                args,
                nullsafe,
                cache,
            } => {
                let o = self.eval(obj)?;
                if *nullsafe && o.is_null() {
                    return Ok(Value::Null);
                }
                match name {
                    ir::Name::Static(name) => {
                        self.frame_mut().line = e.line;
                        self.method_call(o, name, args, Some(cache), e.line)
                    }
                    ir::Name::Dynamic(_) => {
                        let name = self.member_name(name)?;
                        self.frame_mut().line = e.line;
                        self.method_call(o, &name, args, None, e.line)
                    }
                }
            }
            K::StaticCall { class, name, args } => {
                let forwarding = matches!(
                    class,
                    ir::ClassRef::SelfClass | ir::ClassRef::Parent | ir::ClassRef::Static
                ) || matches!(class, ir::ClassRef::Named { .. });
                let cls = self.resolve_class_ref(class, e.line)?;
                let name = self.member_name(name)?;
                self.frame_mut().line = e.line;
                let forward = matches!(
                    class,
                    ir::ClassRef::SelfClass | ir::ClassRef::Parent | ir::ClassRef::Static
                );
                let _ = forwarding;
                self.static_call(&cls, &name, args, forward, e.line)
            }
            _ => self.eval(e),
        }
    }

    /// The declared property slot `name` names on `o` as seen from the
    /// current scope, through the call site's inline cache (filled on a
    /// miss); `None` when it is not a declared, accessible property.
    #[inline]
    pub(super) fn cached_prop_slot(
        &self,
        o: &Obj,
        name: &Str,
        cache: &ir::PropCache,
    ) -> Option<usize> {
        let class_id = std::rc::Rc::as_ptr(o.class()) as usize;
        let scope = self.frame().scope.as_ref();
        let scope_id = scope.map_or(0, |s| std::rc::Rc::as_ptr(s) as usize);
        if let Some(slot) = cache.get(class_id, scope_id) {
            return Some(slot);
        }
        match o.class().lookup_prop(name.as_bytes(), scope.map(|s| &**s)) {
            super::class::PropLookup::Found(slot) => {
                cache.set(class_id, scope_id, slot);
                Some(slot)
            }
            _ => None,
        }
    }

    /// Reads a declared property through the inline cache, filling it on a
    /// miss; `None` when the general path must decide (unset, magic,
    /// dynamic or inaccessible properties).
    #[inline]
    pub fn cached_prop_read(
        &mut self,
        o: &Obj,
        name: &Str,
        cache: &ir::PropCache,
    ) -> Option<Value> {
        let slot = self.cached_prop_slot(o, name, cache)?;
        match &o.props()[slot] {
            Value::Undef => None,
            v => Some(v.deref_clone()),
        }
    }

    /// The value of a literal or a defined local variable, borrowed (no
    /// copy); `None` for anything else.
    #[inline(always)]
    pub(super) fn peek<'a>(&'a self, e: &'a ir::Expr) -> Option<&'a Value> {
        match &e.kind {
            K::Lit(v) => Some(v),
            K::Local(slot) => match self.frame().slot(*slot) {
                Value::Undef => None,
                Value::Ref(r) => Some(r.get()),
                v => Some(v),
            },
            _ => None,
        }
    }

    /// Evaluates an expression whose value is not wanted. The result is
    /// dropped where it was returned, never copied out first (see
    /// `Value::replace`).
    #[inline(always)]
    pub fn eval_unused(&mut self, e: &ir::Expr) -> R<()> {
        // `$i++` as a statement or a loop step: no value to make.
        if let K::IncDec {
            target, increment, ..
        } = &e.kind
        {
            if self.step_int_local(target, *increment).is_some() {
                return Ok(());
            }
        }
        let r = self.eval(e);
        match &r {
            Ok(_) => Ok(()),
            Err(u) => Err(*u),
        }
    }

    /// Evaluates a condition to a boolean: a comparison of integer
    /// variables and literals without making a `Value`.
    #[inline(always)]
    pub fn eval_condition(&mut self, e: &ir::Expr) -> R<bool> {
        if let K::Binary(op, l, r) = &e.kind {
            if let (Some(Value::Int(a)), Some(Value::Int(b))) = (self.peek(l), self.peek(r)) {
                if let Some(c) = super::ops::compare_ints(*op, *a, *b) {
                    return Ok(c);
                }
            }
        }
        let r = self.eval(e);
        match &r {
            Ok(v) => Ok(to_bool(v)),
            Err(u) => Err(*u),
        }
    }

    /// `new Class(args)`. The object comes back as a handle, one word: a
    /// `Value` returned through memory and then copied whole stalls on the
    /// narrower stores that wrote it.
    #[inline(always)]
    pub(super) fn eval_new(
        &mut self,
        class: &ir::ClassRef,
        args: &ir::Args,
        line: u32,
    ) -> R<crate::value::Obj> {
        self.frame_mut().line = line;
        let class = self.resolve_class_ref(class, line)?;
        self.new_object(&class, args, line)
    }

    /// Evaluates without "undefined" warnings (for `??`, `isset`, `empty`).
    pub fn eval_quiet(&mut self, e: &ir::Expr) -> R<Value> {
        match &e.kind {
            K::Local(slot) => Ok(self.frame().slot(*slot).deref_clone()),
            K::Index {
                base,
                index: Some(index),
            } => self.read_index_expr(base, index, e.line, ReadMode::Quiet),
            K::Prop { obj, name, .. } => {
                let o = self.eval_quiet(obj)?;
                if o.is_null() {
                    return Ok(Value::Null);
                }
                let name = self.member_name(name)?;
                self.read_prop(&o, &name, e.line, ReadMode::Quiet)
            }
            K::StaticProp { class, name } => {
                let class = self.resolve_class_ref(class, e.line)?;
                let name = self.member_name(name)?;
                match self.find_static_prop(&class, &name)? {
                    Some(cell) => Ok(cell.get_mut().deref_clone()),
                    None => Ok(Value::Null),
                }
            }
            K::VarVar(name) => {
                let n = self.eval(name)?;
                let n = self.to_str(&n)?;
                self.read_var_by_name(n.as_bytes(), e.line, ReadMode::Quiet)
            }
            K::GlobalVar(name) => {
                let n = self.eval(name)?;
                let n = self.to_str(&n)?;
                Ok(match self.frames[0].find(n.as_bytes()) {
                    Some(i) => self.frames[0].slots[i].deref_clone(),
                    None => Value::Null,
                })
            }
            K::This => Ok(self
                .frame()
                .this
                .clone()
                .map(Value::Obj)
                .unwrap_or(Value::Null)),
            _ => self.eval(e),
        }
    }

    /// `isset()` of one expression.
    pub fn isset(&mut self, e: &ir::Expr) -> R<bool> {
        match &e.kind {
            K::Prop { obj, name, .. } => {
                let o = self.eval_quiet(obj)?;
                let name = self.member_name(name)?;
                self.prop_isset(&o, &name)
            }
            K::Index {
                base,
                index: Some(index),
            } => {
                let b = self.eval_quiet(base)?;
                let i = self.eval(index)?;
                self.index_isset(&b, &i, e.line)
            }
            K::ClassConst { .. } => Ok(!self.eval(e)?.is_null()),
            _ => Ok(!self.eval_quiet(e)?.is_null()),
        }
    }

    #[inline]
    pub fn read_local(&mut self, slot: ir::Slot, line: u32) -> R<Value> {
        match self.frame().slot(slot) {
            Value::Undef => {
                let name = self.frame().slot_name(self.frame().map(slot));
                let msg = format!(
                    "Undefined variable ${}",
                    String::from_utf8_lossy(name.as_bytes())
                );
                self.warn(line, &msg)?;
                Ok(Value::Null)
            }
            Value::Ref(r) => Ok(r.get().clone()),
            v => Ok(v.clone()),
        }
    }

    /// A variable of the current frame by name (`$$name`, `compact`).
    pub fn read_var_by_name(&mut self, name: &[u8], line: u32, mode: ReadMode) -> R<Value> {
        if name == b"this" {
            if let Some(t) = &self.frame().this {
                return Ok(Value::Obj(t.clone()));
            }
        }
        if name == b"GLOBALS" {
            return Ok(Value::Arr(self.globals_array()));
        }
        let v = match self.frame().find(name) {
            Some(i) => self.frame().slots[i].deref_clone(),
            None => Value::Undef,
        };
        if v.is_undef() {
            if mode == ReadMode::Read {
                let msg = format!("Undefined variable ${}", String::from_utf8_lossy(name));
                self.warn(line, &msg)?;
            }
            return Ok(Value::Null);
        }
        Ok(v)
    }

    /// A copy of the global variables as an array (`$GLOBALS`).
    pub fn globals_array(&self) -> Arr {
        let g = &self.frames[0];
        let mut a = Arr::new();
        for i in 0..g.slots.len() {
            let v = &g.slots[i];
            if v.is_undef() {
                continue;
            }
            a.table_mut()
                .insert(Key::from_str(g.slot_name(i)), v.clone());
        }
        a
    }

    pub fn member_name(&mut self, n: &ir::Name) -> R<Str> {
        match n {
            ir::Name::Static(s) => Ok(s.clone()),
            ir::Name::Dynamic(e) => {
                let v = self.eval(e)?;
                self.to_str(&v)
            }
        }
    }

    fn build_array(&mut self, items: &[ir::ArrayItem]) -> R<Value> {
        let mut arr = Arr::with_capacity(items.len());
        for item in items {
            if item.spread {
                let v = self.eval(&item.value)?;
                match v.deref() {
                    Value::Arr(src) => {
                        let src = src.clone();
                        for (k, v) in src.table().iter() {
                            let v = v.deref_clone();
                            match k {
                                crate::value::KeyRef::Int(_) => {
                                    if arr.table_mut().push(v).is_none() {
                                        return Err(self.throw_error(
                                            "Error",
                                            "Cannot add element to the array as the next element is already occupied",
                                        ));
                                    }
                                }
                                crate::value::KeyRef::Str(s) => {
                                    if let Some(old) =
                                        arr.table_mut().insert(Key::Str(s.clone()), v)
                                    {
                                        old.release();
                                    }
                                }
                            }
                        }
                    }
                    Value::Obj(_) => {
                        let items = self.iterate_to_vec(&v, item.value.line)?;
                        for (k, v) in items {
                            match k {
                                Value::Str(s) => {
                                    if let Some(old) = arr.table_mut().insert(Key::from_str(s), v) {
                                        old.release();
                                    }
                                }
                                _ => {
                                    arr.table_mut().push(v);
                                }
                            }
                        }
                    }
                    _ => {
                        return Err(self
                            .throw_error("Error", "Only arrays and Traversables can be unpacked"))
                    }
                }
                continue;
            }
            let value = if item.by_ref {
                Value::Ref(self.make_ref(&item.value)?)
            } else {
                self.eval(&item.value)?
            };
            match &item.key {
                None => {
                    if arr.table_mut().push(value).is_none() {
                        return Err(self.throw_error(
                            "Error",
                            "Cannot add element to the array as the next element is already occupied",
                        ));
                    }
                }
                Some(k) => {
                    let kv = self.eval(k)?;
                    let key = self.array_key(&kv, k.line)?;
                    if let Some(old) = arr.table_mut().insert(key, value) {
                        old.release();
                    }
                }
            }
        }
        Ok(Value::Arr(arr))
    }

    /// Converts a value to an array key (PHP's offset rules).
    pub fn array_key(&mut self, v: &Value, line: u32) -> R<Key> {
        Ok(match v.deref() {
            Value::Int(i) => Key::Int(*i),
            Value::Str(s) => Key::from_str(s.clone()),
            Value::Undef | Value::Null => Key::Str(Str::empty()),
            Value::Bool(b) => Key::Int(*b as i64),
            Value::Float(f) => Key::Int(self.float_operand_to_int(*f, line)?),
            Value::Arr(_) => return Err(self.throw_error("TypeError", "Illegal offset type")),
            Value::Obj(_) => return Err(self.throw_error("TypeError", "Illegal offset type")),
            Value::Res(r) => {
                let id = r.id();
                self.warn(
                    line,
                    &format!(
                        "Resource ID#{} used as offset, casting to integer ({})",
                        id, id
                    ),
                )?;
                Key::Int(id)
            }
            Value::Ref(_) => unreachable!(),
        })
    }

    fn read_index_expr(
        &mut self,
        base: &ir::Expr,
        index: &ir::Expr,
        line: u32,
        mode: ReadMode,
    ) -> R<Value> {
        // Read straight from a variable's array without copying it.
        if let K::Local(slot) = base.kind {
            let idx = self.eval(index)?;
            let cur = self.frame().slot(slot);
            if let Value::Arr(a) = cur.deref() {
                if let Value::Int(i) = idx {
                    if let Some(v) = a.table().get_int(i) {
                        return Ok(v.deref_clone());
                    }
                }
                let a = a.clone();
                return self.read_index(&Value::Arr(a), &idx, line, mode);
            }
            let b = if mode == ReadMode::Quiet {
                self.frame().slot(slot).deref_clone()
            } else {
                self.read_local(slot, base.line)?
            };
            return self.read_index(&b, &idx, line, mode);
        }
        let b = if mode == ReadMode::Quiet {
            self.eval_quiet(base)?
        } else {
            self.eval(base)?
        };
        let idx = self.eval(index)?;
        self.read_index(&b, &idx, line, mode)
    }

    /// `$base[$index]` for reading.
    pub fn read_index(
        &mut self,
        base: &Value,
        index: &Value,
        line: u32,
        mode: ReadMode,
    ) -> R<Value> {
        match base.deref() {
            Value::Arr(a) => {
                let key = self.array_key(index, line)?;
                match a.table().get(&key) {
                    Some(v) => Ok(v.deref_clone()),
                    None => {
                        if mode == ReadMode::Read {
                            let msg = match &key {
                                Key::Int(i) => format!("Undefined array key {}", i),
                                Key::Str(s) => format!(
                                    "Undefined array key \"{}\"",
                                    String::from_utf8_lossy(s.as_bytes())
                                ),
                            };
                            self.warn(line, &msg)?;
                        }
                        Ok(Value::Null)
                    }
                }
            }
            Value::Str(s) => {
                let s = s.clone();
                self.read_string_offset(&s, index, line, mode)
            }
            Value::Obj(o) => {
                let o = o.clone();
                if o.class().instance_of_name(b"arrayaccess") {
                    if mode == ReadMode::Quiet {
                        let exists = self.call_offset_method(
                            &o,
                            b"offsetexists",
                            vec![index.deref_clone()],
                        )?;
                        if !to_bool(&exists) {
                            return Ok(Value::Null);
                        }
                    }
                    return self.call_offset_method(&o, b"offsetget", vec![index.deref_clone()]);
                }
                let msg = format!(
                    "Cannot use object of type {} as array",
                    String::from_utf8_lossy(o.class_name().as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
            other => {
                if mode == ReadMode::Read {
                    let msg = format!(
                        "Trying to access array offset on value of type {}",
                        scalar_type_name(other)
                    );
                    self.warn(line, &msg)?;
                }
                Ok(Value::Null)
            }
        }
    }

    fn read_string_offset(
        &mut self,
        s: &Str,
        index: &Value,
        line: u32,
        mode: ReadMode,
    ) -> R<Value> {
        let offset = match index.deref() {
            Value::Int(i) => *i,
            Value::Str(k) => match crate::numeric::parse_numeric(k.as_bytes()) {
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Int(i)) => i,
                crate::numeric::NumericParse::LeadingNumeric(crate::numeric::Number::Int(i)) => {
                    if mode == ReadMode::Quiet {
                        return Ok(Value::Null);
                    }
                    self.warn(
                        line,
                        &format!(
                            "Illegal string offset \"{}\"",
                            String::from_utf8_lossy(k.as_bytes())
                        ),
                    )?;
                    i
                }
                _ => {
                    if mode == ReadMode::Quiet {
                        return Ok(Value::Null);
                    }
                    let msg = format!("Cannot access offset of type {} on string", "string");
                    let _ = msg;
                    return Err(self.throw_error(
                        "TypeError",
                        "Cannot access offset of type string on string",
                    ));
                }
            },
            Value::Undef | Value::Null => {
                if mode == ReadMode::Read {
                    self.warn(line, "String offset cast occurred")?;
                }
                0
            }
            Value::Bool(b) => {
                if mode == ReadMode::Read {
                    self.warn(line, "String offset cast occurred")?;
                }
                *b as i64
            }
            Value::Float(f) => {
                if mode == ReadMode::Read {
                    self.warn(line, "String offset cast occurred")?;
                }
                crate::numeric::float_to_int(*f)
            }
            other => {
                if mode == ReadMode::Quiet {
                    return Ok(Value::Null);
                }
                let msg = format!(
                    "Cannot access offset of type {} on string",
                    other.type_name()
                );
                return Err(self.throw_error("TypeError", &msg));
            }
        };
        let len = s.len() as i64;
        let real = if offset < 0 { offset + len } else { offset };
        if real < 0 || real >= len {
            if mode == ReadMode::Read {
                self.warn(line, &format!("Uninitialized string offset {}", offset))?;
                return Ok(Value::Str(Str::empty()));
            }
            return Ok(Value::Null);
        }
        Ok(Value::Str(Str::single_char(s.as_bytes()[real as usize])))
    }

    fn index_isset(&mut self, base: &Value, index: &Value, line: u32) -> R<bool> {
        match base.deref() {
            Value::Arr(a) => {
                let key = match index.deref() {
                    Value::Arr(_) | Value::Obj(_) => {
                        return Err(
                            self.throw_error("TypeError", "Illegal offset type in isset or empty")
                        )
                    }
                    _ => self.array_key(index, line)?,
                };
                Ok(a.table().get(&key).is_some_and(|v| !v.deref().is_null()))
            }
            Value::Str(s) => {
                let len = s.len() as i64;
                let off = match index.deref() {
                    Value::Int(i) => *i,
                    Value::Str(k) => match crate::numeric::parse_numeric(k.as_bytes()) {
                        crate::numeric::NumericParse::Numeric(crate::numeric::Number::Int(i)) => i,
                        _ => return Ok(false),
                    },
                    Value::Bool(b) => *b as i64,
                    Value::Float(f) => *f as i64,
                    Value::Null | Value::Undef => 0,
                    _ => return Ok(false),
                };
                let real = if off < 0 { off + len } else { off };
                Ok(real >= 0 && real < len)
            }
            Value::Obj(o) => {
                let o = o.clone();
                if let Some(set) =
                    crate::builtins::spl::array::isset_dimension(self, &o, index, line)?
                {
                    return Ok(set);
                }
                if o.class().instance_of_name(b"arrayaccess") {
                    let r =
                        self.call_offset_method(&o, b"offsetexists", vec![index.deref_clone()])?;
                    return Ok(to_bool(&r));
                }
                let msg = format!(
                    "Cannot use object of type {} as array",
                    String::from_utf8_lossy(o.class_name().as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
            _ => Ok(false),
        }
    }

    /// Casts (`(int)`, `(string)`, `(array)`, ...).
    pub fn cast(&mut self, kind: CastKind, v: Value, line: u32) -> R<Value> {
        let _ = line;
        Ok(match kind {
            CastKind::Int => Value::Int(self.to_int(&v)?),
            CastKind::Float => Value::Float(self.to_float(&v)?),
            CastKind::String => Value::Str(self.to_str(&v)?),
            CastKind::Bool => Value::Bool(to_bool(&v)),
            CastKind::Array => match v.into_deref() {
                Value::Arr(a) => Value::Arr(a),
                Value::Undef | Value::Null => Value::Arr(Arr::empty()),
                Value::Obj(o) => Value::Arr(self.object_to_array(&o)),
                other => {
                    let mut a = Arr::new();
                    a.table_mut().push(other);
                    Value::Arr(a)
                }
            },
            CastKind::Object => match v.into_deref() {
                Value::Obj(o) => Value::Obj(o),
                Value::Arr(a) => Value::Obj(self.array_to_object(&a)?),
                Value::Undef | Value::Null => Value::Obj(self.new_std_object()?),
                other => {
                    let o = self.new_std_object()?;
                    o.dyn_props_mut()
                        .insert(Key::Str(Str::interned(b"scalar")), other);
                    Value::Obj(o)
                }
            },
            CastKind::Unset => Value::Null,
        })
    }

    /// `echo` of one value.
    pub fn echo_value(&mut self, v: &Value) -> R<()> {
        match v {
            Value::Str(s) => self.out.write(s.as_bytes()),
            Value::Int(i) => {
                let mut buf = Vec::with_capacity(20);
                super::convert::push_int(&mut buf, *i);
                self.out.write(&buf);
            }
            _ => {
                let s = self.to_str(v)?;
                self.out.write(s.as_bytes());
            }
        }
        Ok(())
    }

    fn match_value_repr(&mut self, v: &Value) -> String {
        match v.deref() {
            Value::Str(s) => {
                let mut out = Vec::new();
                crate::builtins::var::export_string(&mut out, s.as_bytes());
                String::from_utf8_lossy(&out).into_owned()
            }
            Value::Int(i) => i.to_string(),
            Value::Float(f) => {
                let s = self.float_to_string_repr(*f);
                if s.contains(['.', 'E', 'N', 'I']) {
                    s
                } else {
                    format!("{}.0", s)
                }
            }
            Value::Bool(b) => if *b { "true" } else { "false" }.into(),
            Value::Null | Value::Undef => "NULL".into(),
            _ => format!("of type {}", v.type_name()),
        }
    }

    fn eval_call(&mut self, target: &ir::CallTarget, args: &ir::Args, line: u32) -> R<Value> {
        match target {
            ir::CallTarget::Named {
                name,
                lc,
                fallback,
                cache,
            } => {
                let cached = cache.borrow().as_ref().and_then(|c| c.get());
                let callable = match cached {
                    Some(c) => c,
                    None => {
                        let found = self.functions.get(lc).cloned().or_else(|| {
                            fallback
                                .as_ref()
                                .and_then(|(_, flc)| self.functions.get(flc).cloned())
                        });
                        match found {
                            Some(c) => {
                                *cache.borrow_mut() = Some(super::function::CachedCallable::of(&c));
                                c
                            }
                            None => {
                                let shown = match fallback {
                                    Some((f, _)) => f.clone(),
                                    None => name.clone(),
                                };
                                let msg = format!(
                                    "Call to undefined function {}()",
                                    String::from_utf8_lossy(shown.as_bytes())
                                );
                                return Err(self.throw_error("Error", &msg));
                            }
                        }
                    }
                };
                match args {
                    ir::Args::CallableConvert => {
                        self.closure_from_callable(callable, CallCtx::default())
                    }
                    ir::Args::List(list) => {
                        let (vals, named) = self.eval_args(&callable, list)?;
                        self.frame_mut().line = line;
                        self.call_callable(&callable, vals, named, CallCtx::default())
                    }
                }
            }
            ir::CallTarget::Expr(f) => {
                let fv = self.eval(f)?;
                let resolved = self.try_resolve_callable(&fv)?;
                let (callable, ctx) = match resolved {
                    Ok(x) => x,
                    Err(_) => {
                        let msg = match fv.deref() {
                            Value::Str(s) => format!(
                                "Call to undefined function {}()",
                                String::from_utf8_lossy(s.as_bytes())
                            ),
                            Value::Arr(_) => {
                                "Array callback must have exactly two elements".to_string()
                            }
                            Value::Obj(_) => {
                                "Object of type ".to_string() + &fv.type_name() + " is not callable"
                            }
                            other => format!("Value of type {} is not callable", other.type_name()),
                        };
                        return Err(self.throw_error("Error", &msg));
                    }
                };
                match args {
                    ir::Args::CallableConvert => self.closure_from_callable(callable, ctx),
                    ir::Args::List(list) => {
                        let (vals, named) = self.eval_args(&callable, list)?;
                        self.frame_mut().line = line;
                        self.call_callable(&callable, vals, named, ctx)
                    }
                }
            }
        }
    }

    /// Iterates an array or Traversable into (key, value) pairs.
    pub fn iterate_to_vec(&mut self, v: &Value, line: u32) -> R<Vec<(Value, Value)>> {
        let mut out = Vec::new();
        self.foreach_value(v, line, &mut |_, k, v| {
            out.push((k, v));
            Ok(true)
        })?;
        Ok(out)
    }

    /// The constant `name` (or the global `fallback`), or an Error.
    pub fn constant_value(&mut self, name: &Str, fallback: Option<&Str>, line: u32) -> R<Value> {
        if let Some(v) = self.constants.get(name) {
            return Ok(v.clone());
        }
        if let Some(f) = fallback {
            if let Some(v) = self.constants.get(f) {
                return Ok(v.clone());
            }
        }
        // Case-insensitive names of true/false/null with a namespace prefix.
        let lookup = fallback.unwrap_or(name);
        if let Some(v) = self.lookup_special_constant(lookup.as_bytes()) {
            return Ok(v);
        }
        let _ = line;
        let shown = fallback.unwrap_or(name);
        let msg = format!(
            "Undefined constant \"{}\"",
            String::from_utf8_lossy(shown.as_bytes())
        );
        Err(self.throw_error("Error", &msg))
    }

    fn lookup_special_constant(&self, name: &[u8]) -> Option<Value> {
        let name = if name.first() == Some(&b'\\') {
            &name[1..]
        } else {
            name
        };
        match name.to_ascii_lowercase().as_slice() {
            b"true" => Some(Value::Bool(true)),
            b"false" => Some(Value::Bool(false)),
            b"null" => Some(Value::Null),
            _ => self.constants.get(name).cloned(),
        }
    }

    /// `new` on a class object (for builtins like `ReflectionClass`).
    pub fn new_std_object(&mut self) -> R<Obj> {
        let c = self
            .classes
            .get(&Str::interned(b"stdclass"))
            .cloned()
            .expect("stdClass");
        self.instantiate(&c)
    }
}

/// PHP's name of a scalar type in "on value of type" messages.
pub fn scalar_type_name(v: &Value) -> &'static str {
    match v {
        Value::Undef | Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Int(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "string",
        Value::Arr(_) => "array",
        Value::Obj(_) => "object",
        Value::Res(_) => "resource",
        Value::Ref(r) => scalar_type_name(r.get()),
    }
}

impl BinOp {
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq
                | BinOp::NotEq
                | BinOp::Identical
                | BinOp::NotIdentical
                | BinOp::Lt
                | BinOp::Le
                | BinOp::Gt
                | BinOp::Ge
        )
    }
}
