//! Everything that writes: assignment (`=`, `=&`, `op=`, `??=`), `++`/`--`,
//! `unset`, list destructuring, and binding references for by-reference
//! arguments and `foreach`.
//!
//! A write runs in Zend's order: first the parts of the target that are
//! expressions (array keys, property names, the object) are evaluated into
//! an [`LvPath`], then the value, then the path is walked — separating
//! shared arrays and creating missing ones on the way — and the slot is
//! written at once. No PHP code runs between finding a slot and writing it
//! (warnings for a user error handler are held back until the write is
//! done), so the raw slot pointers used here never dangle.

use super::class::{Class, StaticCell};
use super::convert::to_bool;
use super::expr::ReadMode;
use super::{Interp, R};
use crate::compile::ir::{self, ExprKind as K};
use crate::syntax::ast::BinOp;
use crate::value::{Arr, Key, Obj, Ref, Str, Value};
use std::rc::Rc;

/// Temporaries a write path needs (a value read from `ArrayAccess`, a
/// default created on the way): each is boxed so the raw slot pointers handed
/// out into it stay valid while more are pushed.
#[allow(clippy::vec_box)]
type TempSlots = Vec<Box<Value>>;

/// A write target with its expressions already evaluated.
pub enum LvPath {
    Local(ir::Slot, u32),
    Named(Str),
    Global(Str),
    Static(Rc<StaticCell>),
    Index(Box<LvPath>, Option<Value>, u32),
    Prop(Value, Str, u32),
}

/// Where a value is to be written.
enum Target {
    /// A plain slot (variable, element, dynamic property, static property).
    Slot(*mut Value),
    /// A declared property (typed or readonly rules apply).
    Prop(Obj, usize),
    /// A byte of a string (`$s[3] = 'x'`).
    StrOffset(*mut Value, Value, u32),
    /// `ArrayAccess::offsetSet` (key `None` for `[]`).
    OffsetSet(Obj, Option<Value>),
    /// `__set`.
    MagicSet(Obj, Str),
}

impl Interp {
    /// Evaluates the expression parts of a write target.
    pub fn prepare(&mut self, e: &ir::Expr) -> R<LvPath> {
        Ok(match &e.kind {
            K::Local(s) => LvPath::Local(*s, e.line),
            K::VarVar(n) => {
                let v = self.eval(n)?;
                let name = self.to_str(&v)?;
                if name.as_bytes() == b"this" {
                    return Err(self.throw_error("Error", "Cannot re-assign $this"));
                }
                LvPath::Named(name)
            }
            K::GlobalVar(n) => {
                let v = self.eval(n)?;
                LvPath::Global(self.to_str(&v)?)
            }
            K::Index { base, index } => {
                let b = self.prepare_base(base)?;
                let i = match index {
                    Some(i) => Some(self.eval(i)?),
                    None => None,
                };
                LvPath::Index(Box::new(b), i, e.line)
            }
            K::Prop { obj, name, .. } => {
                let o = self.eval_quiet(obj)?;
                if o.is_null() {
                    if let K::Local(s) = obj.kind {
                        if self.frame().slot(s).is_undef() {
                            let _ = self.read_local(s, obj.line)?;
                        }
                    }
                }
                let n = self.member_name(name)?;
                LvPath::Prop(o, n, e.line)
            }
            K::StaticProp { class, name } => {
                let c = self.resolve_class_ref(class, e.line)?;
                let n = self.member_name(name)?;
                LvPath::Static(self.static_prop_cell(&c, &n)?)
            }
            K::This => return Err(self.throw_error("Error", "Cannot re-assign $this")),
            _ => {
                return Err(
                    self.throw_error("Error", "Cannot use temporary expression in write context")
                )
            }
        })
    }

    /// The base of an index write: variables are paths, anything else a
    /// temporary value.
    fn prepare_base(&mut self, e: &ir::Expr) -> R<LvPath> {
        match &e.kind {
            K::Local(_)
            | K::VarVar(_)
            | K::GlobalVar(_)
            | K::Index { .. }
            | K::Prop { .. }
            | K::StaticProp { .. } => self.prepare(e),
            K::This => {
                let v = self.eval(e)?;
                Ok(LvPath::Prop(v, Str::empty(), e.line))
            }
            _ => Err(self.throw_error("Error", "Cannot use temporary expression in write context")),
        }
    }

    /// Holds warnings back while a slot pointer is live (only when a user
    /// error handler could run PHP code).
    fn begin_write(&mut self) {
        self.write_depth += 1;
    }

    fn end_write(&mut self) -> R<()> {
        self.write_depth -= 1;
        if self.write_depth == 0 && !self.deferred_errors.is_empty() {
            let errs = std::mem::take(&mut self.deferred_errors);
            for (level, msg, line) in errs {
                self.report(level, &msg, line)?;
            }
        }
        Ok(())
    }

    /// A pointer to the slot `path` names, creating variables, array
    /// elements and arrays on the way (`$a['x']['y'] = ...`).
    fn slot_for_write(&mut self, path: &LvPath, temps: &mut TempSlots) -> R<*mut Value> {
        match path {
            LvPath::Local(s, _) => {
                let f = self.frame_mut();
                let i = f.map(*s);
                Ok(deref_slot(&mut f.slots[i]))
            }
            LvPath::Named(n) => {
                let f = self.frame_mut();
                let i = f.find_or_add(n.as_bytes());
                Ok(deref_slot(&mut f.slots[i]))
            }
            LvPath::Global(n) => {
                let g = &mut self.frames[0];
                let i = g.find_or_add(n.as_bytes());
                Ok(deref_slot(&mut g.slots[i]))
            }
            LvPath::Static(cell) => Ok(deref_slot(cell.get_mut())),
            LvPath::Index(base, key, line) => {
                let container = self.slot_for_write(base, temps)?;
                match self.element_for_write(container, key.as_ref(), *line, temps)? {
                    Some(p) => Ok(p),
                    None => {
                        temps.push(Box::new(Value::Null));
                        Ok(&mut **temps.last_mut().expect("pushed") as *mut Value)
                    }
                }
            }
            LvPath::Prop(o, name, _) => match self.prop_for_write(o, name, true)? {
                Target::Slot(p) => Ok(p),
                Target::Prop(obj, slot) => Ok(deref_slot(&mut obj.props_mut()[slot])),
                _ => {
                    temps.push(Box::new(Value::Null));
                    Ok(&mut **temps.last_mut().expect("pushed") as *mut Value)
                }
            },
        }
    }

    /// The element `key` of the container at `container` for writing
    /// (`None`: the write goes nowhere, a notice was given).
    fn element_for_write(
        &mut self,
        container: *mut Value,
        key: Option<&Value>,
        line: u32,
        temps: &mut TempSlots,
    ) -> R<Option<*mut Value>> {
        // SAFETY: `container` comes from `slot_for_write`; no PHP code ran
        // since (see the module comment).
        let c = unsafe { &mut *container };
        self.autovivify(c, line)?;
        match c {
            Value::Arr(a) => {
                let t = a.table_mut();
                match key {
                    None => match t.push(Value::Null) {
                        Some(slot) => Ok(Some(slot as *mut Value)),
                        None => Err(self.throw_error(
                            "Error",
                            "Cannot add element to the array as the next element is already occupied",
                        )),
                    },
                    Some(k) => {
                        let k = self.array_key(k, line)?;
                        let Value::Arr(a) = (unsafe { &mut *container }) else { unreachable!() };
                        let (slot, _) = a.table_mut().lookup_or_insert(k);
                        Ok(Some(deref_slot(slot)))
                    }
                }
            }
            Value::Obj(o) => {
                let o = o.clone();
                if o.class().lc_name.as_bytes() == b"weakmap" {
                    // A WeakMap hands out its own slot for nested writes.
                    let Some(k) = key else {
                        return Err(self.throw_error("Error", "Cannot append to WeakMap"));
                    };
                    let Value::Obj(ko) = k.deref() else {
                        return Err(self.throw_error("TypeError", "WeakMap key must be an object"));
                    };
                    return Ok(crate::builtins::weakrefs::weakmap_slot(&o, ko));
                }
                if let Some(slot) = crate::builtins::spl::dimension_slot(self, &o, key, line)? {
                    return Ok(Some(slot));
                }
                if o.class().instance_of_name(b"arrayaccess") {
                    let k = key.cloned().unwrap_or(Value::Null);
                    let v = self.call_offset_method(&o, b"offsetget", vec![k])?;
                    if !matches!(v, Value::Obj(_)) {
                        let msg = format!(
                            "Indirect modification of overloaded element of {} has no effect",
                            String::from_utf8_lossy(o.class_name().as_bytes())
                        );
                        self.notice(line, &msg)?;
                    }
                    temps.push(Box::new(v));
                    return Ok(Some(&mut **temps.last_mut().expect("pushed") as *mut Value));
                }
                let msg = format!(
                    "Cannot use object of type {} as array",
                    String::from_utf8_lossy(o.class_name().as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
            Value::Str(_) => {
                if key.is_none() {
                    return Err(self.throw_error("Error", "[] operator not supported for strings"));
                }
                Err(self.throw_error("Error", "Cannot use string offset as an array"))
            }
            _ => Err(self.throw_error("Error", "Cannot use a scalar value as an array")),
        }
    }

    /// Turns `null`, an undefined slot or `false` into an empty array, as a
    /// write through `[]` does.
    fn autovivify(&mut self, c: &mut Value, line: u32) -> R<()> {
        match c {
            Value::Undef | Value::Null => {
                *c = Value::Arr(Arr::new());
            }
            Value::Bool(false) => {
                self.report_deferrable(
                    crate::interp::errors::E_DEPRECATED,
                    "Automatic conversion of false to array is deprecated",
                    line,
                )?;
                *c = Value::Arr(Arr::new());
            }
            _ => {}
        }
        Ok(())
    }

    /// Reports an error now, or after the write when a user handler could
    /// run PHP code.
    pub fn report_deferrable(&mut self, level: i64, msg: &str, line: u32) -> R<()> {
        if self.write_depth > 0 && !self.error_handlers.is_empty() {
            self.deferred_errors.push((level, msg.to_string(), line));
            return Ok(());
        }
        self.report(level, msg, line)
    }

    /// Finds where `$o->name = ...` writes.
    fn prop_for_write(&mut self, o: &Value, name: &Str, nested: bool) -> R<Target> {
        let Value::Obj(obj) = o.deref() else {
            let msg = format!(
                "Attempt to {} property \"{}\" on {}",
                if nested { "modify" } else { "assign" },
                String::from_utf8_lossy(name.as_bytes()),
                super::expr::scalar_type_name(o)
            );
            return Err(self.throw_error("Error", &msg));
        };
        let obj = obj.clone();
        let class = obj.class().clone();
        let scope = self.frame().scope.clone();
        match class.lookup_prop(name.as_bytes(), scope.as_deref()) {
            super::class::PropLookup::Found(slot) => {
                if obj.props()[slot].is_undef()
                    && class.magic_set.is_some()
                    && !class.props[slot].has_default
                    && !self.in_guard(&obj, name, GUARD_SET)
                    && class.props[slot].ty.is_none()
                {
                    return Ok(Target::MagicSet(obj, name.clone()));
                }
                Ok(Target::Prop(obj, slot))
            }
            super::class::PropLookup::Inaccessible(i) => {
                if class.magic_set.is_some() && !self.in_guard(&obj, name, GUARD_SET) {
                    return Ok(Target::MagicSet(obj, name.clone()));
                }
                let p = &class.props[i];
                let msg = format!(
                    "Cannot {} {} property {}::${}",
                    if p.is_readonly && p.visibility != crate::syntax::ast::Visibility::Private {
                        "modify"
                    } else {
                        "access"
                    },
                    if p.is_readonly {
                        "protected(set) readonly".to_string()
                    } else {
                        super::class::visibility_name(p.visibility).to_string()
                    },
                    String::from_utf8_lossy(class.name.as_bytes()),
                    String::from_utf8_lossy(name.as_bytes())
                );
                let msg = msg.replace("protected(set) readonly", "readonly");
                Err(self.throw_error("Error", &msg))
            }
            super::class::PropLookup::Dynamic => {
                let key = Key::Str(name.clone());
                let exists = obj.dyn_props().is_some_and(|t| t.contains_key(&key));
                if !exists && nested {
                    // `$arrayObject->list[] = 1` with ARRAY_AS_PROPS writes into the storage.
                    if let Some(slot) = crate::builtins::spl::array::prop_slot(self, &obj, name)? {
                        return Ok(Target::Slot(slot));
                    }
                }
                if !exists && class.magic_set.is_some() && !self.in_guard(&obj, name, GUARD_SET) {
                    return Ok(Target::MagicSet(obj, name.clone()));
                }
                if !exists && (class.is_readonly || class.no_dynamic_props) {
                    let msg = format!(
                        "Cannot create dynamic property {}::${}",
                        String::from_utf8_lossy(class.name.as_bytes()),
                        String::from_utf8_lossy(name.as_bytes())
                    );
                    return Err(self.throw_error("Error", &msg));
                }
                if !exists && class.is_enum() {
                    let msg = format!(
                        "Cannot create dynamic property {}::${}",
                        String::from_utf8_lossy(class.name.as_bytes()),
                        String::from_utf8_lossy(name.as_bytes())
                    );
                    return Err(self.throw_error("Error", &msg));
                }
                let (slot, _) = obj.dyn_props_mut().lookup_or_insert(key);
                Ok(Target::Slot(deref_slot(slot)))
            }
        }
    }

    /// Writes `v` to the target; returns the value the assignment yields.
    fn write_target(&mut self, target: Target, v: Value, line: u32) -> R<Value> {
        match target {
            Target::Slot(p) => {
                // SAFETY: obtained just before; no PHP code ran since.
                let slot = unsafe { &mut *p };
                let ret = v.clone();
                Value::replace_release(slot, v);
                Ok(ret)
            }
            Target::Prop(obj, slot) => {
                let class = obj.class().clone();
                let info = &class.props[slot];
                if info.is_readonly {
                    let scope_ok = self
                        .frame()
                        .scope
                        .as_ref()
                        .is_some_and(|s| s.lc_name == info.declaring);
                    // Both errors name the declaring class, as Zend's do.
                    if !obj.props()[slot].is_undef() {
                        let msg = format!(
                            "Cannot modify readonly property {}::${}",
                            String::from_utf8_lossy(info.declaring_name.as_bytes()),
                            String::from_utf8_lossy(info.name.as_bytes())
                        );
                        return Err(self.throw_error("Error", &msg));
                    }
                    if !scope_ok {
                        // Zend's verify_readonly_initialization_access.
                        let from = match &self.frame().scope {
                            Some(s) => {
                                format!("scope {}", String::from_utf8_lossy(s.name.as_bytes()))
                            }
                            None => "global scope".to_string(),
                        };
                        let msg = format!(
                            "Cannot initialize readonly property {}::${} from {}",
                            String::from_utf8_lossy(info.declaring_name.as_bytes()),
                            String::from_utf8_lossy(info.name.as_bytes()),
                            from
                        );
                        return Err(self.throw_error("Error", &msg));
                    }
                }
                let v = match &info.ty {
                    Some(t) => self.coerce_prop(&class, info, t, v)?,
                    None => v,
                };
                let ret = v.clone();
                let slot_ref = &mut obj.props_mut()[slot];
                match slot_ref {
                    Value::Ref(r) => r.set(v),
                    s => Value::replace_release(s, v),
                }
                Ok(ret)
            }
            Target::StrOffset(p, key, line2) => {
                self.write_string_offset(p, &key, v, line2.max(line))
            }
            Target::OffsetSet(o, key) => {
                if key.is_none() && o.class().lc_name.as_bytes() == b"weakmap" {
                    return Err(self.throw_error("Error", "Cannot append to WeakMap"));
                }
                let k = key.unwrap_or(Value::Null);
                self.call_offset_method(&o, b"offsetset", vec![k, v.clone()])?;
                Ok(v)
            }
            Target::MagicSet(o, name) => {
                self.enter_guard(&o, &name, GUARD_SET);
                let r = self.call_method(&o, b"__set", vec![Value::Str(name.clone()), v.clone()]);
                self.leave_guard(&o, &name, GUARD_SET);
                r?;
                Ok(v)
            }
        }
    }

    fn write_string_offset(&mut self, p: *mut Value, key: &Value, v: Value, line: u32) -> R<Value> {
        let offset = match key.deref() {
            Value::Int(i) => *i,
            Value::Str(s) => match crate::numeric::parse_numeric(s.as_bytes()) {
                crate::numeric::NumericParse::Numeric(crate::numeric::Number::Int(i)) => i,
                crate::numeric::NumericParse::LeadingNumeric(crate::numeric::Number::Int(i)) => {
                    let msg = format!(
                        "Illegal string offset \"{}\"",
                        String::from_utf8_lossy(s.as_bytes())
                    );
                    self.report_deferrable(crate::interp::errors::E_WARNING, &msg, line)?;
                    i
                }
                _ => {
                    return Err(self
                        .throw_error("TypeError", "Cannot access offset of type string on string"))
                }
            },
            Value::Float(f) => {
                self.report_deferrable(
                    crate::interp::errors::E_WARNING,
                    "String offset cast occurred",
                    line,
                )?;
                *f as i64
            }
            Value::Bool(b) => {
                self.report_deferrable(
                    crate::interp::errors::E_WARNING,
                    "String offset cast occurred",
                    line,
                )?;
                *b as i64
            }
            Value::Null | Value::Undef => {
                self.report_deferrable(
                    crate::interp::errors::E_WARNING,
                    "String offset cast occurred",
                    line,
                )?;
                0
            }
            other => {
                let msg = format!(
                    "Cannot access offset of type {} on string",
                    other.type_name()
                );
                return Err(self.throw_error("TypeError", &msg));
            }
        };
        let byte_src = match &v {
            Value::Str(s) => s.clone(),
            other => self.to_str(other)?,
        };
        if byte_src.is_empty() {
            return Err(
                self.throw_error("Error", "Cannot assign an empty string to a string offset")
            );
        }
        if byte_src.len() > 1 {
            self.report_deferrable(
                crate::interp::errors::E_WARNING,
                "Only the first byte will be assigned to the string offset",
                line,
            )?;
        }
        // SAFETY: as in `write_target`.
        let slot = unsafe { &mut *p };
        let Value::Str(s) = slot else {
            unreachable!("string offset target holds a string")
        };
        let len = s.len() as i64;
        let real = if offset < 0 { offset + len } else { offset };
        if real < 0 {
            let msg = format!("Illegal string offset {}", offset);
            self.report_deferrable(crate::interp::errors::E_WARNING, &msg, line)?;
            return Ok(Value::Null);
        }
        let real = real as usize;
        let b = byte_src.as_bytes()[0];
        if real >= s.len() {
            let mut bytes = s.as_bytes().to_vec();
            bytes.resize(real, b' ');
            bytes.push(b);
            *s = Str::new(&bytes);
        } else {
            s.make_mut()[real] = b;
        }
        Ok(Value::Str(Str::single_char(b)))
    }

    /// Finds the final write target of a path.
    fn target_for(&mut self, path: &LvPath, temps: &mut TempSlots) -> R<Target> {
        match path {
            LvPath::Index(base, key, line) => {
                let container = self.slot_for_write(base, temps)?;
                // SAFETY: fresh pointer (see module comment).
                let c = unsafe { &mut *container };
                match c {
                    Value::Str(s) if !s.is_empty() || key.is_some() => {
                        let Some(k) = key else {
                            return Err(
                                self.throw_error("Error", "[] operator not supported for strings")
                            );
                        };
                        Ok(Target::StrOffset(container, k.clone(), *line))
                    }
                    Value::Obj(o) if o.class().instance_of_name(b"arrayaccess") => {
                        Ok(Target::OffsetSet(o.clone(), key.clone()))
                    }
                    _ => match self.element_for_write(container, key.as_ref(), *line, temps)? {
                        Some(p) => Ok(Target::Slot(p)),
                        None => {
                            temps.push(Box::new(Value::Null));
                            Ok(Target::Slot(
                                &mut **temps.last_mut().expect("pushed") as *mut Value
                            ))
                        }
                    },
                }
            }
            LvPath::Prop(o, name, _) => self.prop_for_write(o, name, false),
            other => Ok(Target::Slot(self.slot_for_write(other, temps)?)),
        }
    }

    /// `$target = $value`
    pub fn assign(&mut self, target: &ir::Expr, value: &ir::Expr) -> R<Value> {
        let mut result = Value::Null;
        self.assign_value(target, value, Some(&mut result))?;
        Ok(result)
    }

    /// `$target = value` as a statement: the result is not wanted, so the
    /// assigned value is not copied for it (Zend's unused `ASSIGN` result),
    /// and no `Value` comes back (see `Value::replace`).
    #[inline(always)]
    pub fn assign_unused(&mut self, target: &ir::Expr, value: &ir::Expr) -> R<()> {
        match &target.kind {
            K::Local(slot) => self.assign_local(*slot, value, None),
            K::Prop {
                obj,
                name: ir::Name::Static(n),
                nullsafe: false,
                cache,
            } if matches!(obj.kind, K::Local(_) | K::This) => match self.peek(value) {
                Some(src) if self.assign_cached_prop(obj, n, cache, src, None) => Ok(()),
                _ => self.assign_value(target, value, None),
            },
            _ => self.assign_value(target, value, None),
        }
    }

    /// `$variable->name = src` or `$this->name = src` through the inline
    /// cache, for a value that is a literal or a variable (copied straight
    /// from where it is); false when the general path must decide. The
    /// value goes to `result` first, when one is wanted (the write may
    /// free what `src` borrows: a reference's old value).
    #[inline(always)]
    fn assign_cached_prop(
        &self,
        obj: &ir::Expr,
        name: &Str,
        cache: &ir::PropCache,
        src: &Value,
        result: Option<&mut Value>,
    ) -> bool {
        let Some(prop) = self
            .held_object(obj)
            .and_then(|ob| self.cached_writable_prop(ob, name, cache, src))
        else {
            return false;
        };
        if let Some(r) = result {
            *r = src.clone();
        }
        // `Value::assign_in_place` with the copy made in place: `clone_into`
        // moves `src` into the slot by parts, without a `Value` between
        // (about 4 instructions fewer per assignment, callgrind).
        match prop {
            Value::Ref(r) => r.clone().set(src.clone()),
            slot => src.clone_into(slot).release(),
        }
        true
    }

    /// An assignment; its value goes to `result` when one is wanted.
    fn assign_value(
        &mut self,
        target: &ir::Expr,
        value: &ir::Expr,
        result: Option<&mut Value>,
    ) -> R<()> {
        if let K::List(items) = &target.kind {
            let v = self.eval(value)?;
            self.destructure(items, &v, target.line)?;
            if let Some(r) = result {
                *r = v;
            }
            return Ok(());
        }
        // Fast path: a declared, untyped property of an object held in a
        // variable or `$this` (the object is read after the value, as Zend
        // reads a variable operand when the assignment executes).
        if let K::Prop {
            obj,
            name: ir::Name::Static(n),
            nullsafe: false,
            cache,
        } = &target.kind
        {
            if matches!(obj.kind, K::Local(_) | K::This) {
                let mut result = result;
                // Through the inline cache, with the object borrowed from the
                // variable or `$this` (no PHP code runs meanwhile); a literal
                // or a variable is copied straight from where it is.
                let v = match self.peek(value) {
                    Some(src) => {
                        if self.assign_cached_prop(obj, n, cache, src, result.as_deref_mut()) {
                            return Ok(());
                        }
                        src.clone()
                    }
                    None => {
                        let v = self.eval(value)?.into_deref();
                        match self.held_object(obj) {
                            Some(ob) => {
                                match self.cached_prop_write(ob, n, cache, v, result.as_deref_mut())
                                {
                                    Ok(()) => return Ok(()),
                                    Err(back) => back,
                                }
                            }
                            None => v,
                        }
                    }
                };
                let o = match obj.kind {
                    K::Local(s) => self.frame().slot(s).deref_clone(),
                    _ => self.eval_quiet(obj)?,
                };
                if o.is_null() {
                    if let K::Local(s) = obj.kind {
                        if self.frame().slot(s).is_undef() {
                            let _ = self.read_local(s, obj.line)?;
                        }
                    }
                }
                let path = LvPath::Prop(o, n.clone(), target.line);
                let assigned = self.assign_path(&path, v, target.line)?;
                if let Some(r) = result {
                    *r = assigned;
                }
                return Ok(());
            }
        }
        if let K::Local(slot) = target.kind {
            return self.assign_local(slot, value, result);
        }
        let path = self.prepare(target)?;
        let v = self.eval(value)?.into_deref();
        let assigned = self.assign_path(&path, v, target.line)?;
        if let Some(r) = result {
            *r = assigned;
        }
        Ok(())
    }

    /// `$variable = value`; the value also goes to `result` when one is
    /// wanted.
    #[inline(always)]
    fn assign_local(
        &mut self,
        slot: ir::Slot,
        value: &ir::Expr,
        result: Option<&mut Value>,
    ) -> R<()> {
        let v = match (&value.kind, self.peek(value)) {
            (_, Some(v)) => v.clone(),
            (K::New { class, args }, None) => Value::Obj(self.eval_new(class, args, value.line)?),
            _ => self.eval(value)?.into_deref(),
        };
        if let Some(r) = result {
            *r = v.clone();
        }
        let f = self.frame_mut();
        let i = f.map(slot);
        Value::assign_in_place(&mut f.slots[i], v);
        Ok(())
    }

    /// The object a variable (dereferenced) or `$this` holds, borrowed.
    #[inline(always)]
    fn held_object(&self, e: &ir::Expr) -> Option<&Obj> {
        match &e.kind {
            K::Local(s) => match self.frame().slot(*s).deref() {
                Value::Obj(o) => Some(o),
                _ => None,
            },
            K::This => self.frame().this.as_ref(),
            _ => None,
        }
    }

    /// The slot of a declared, writable, already initialised property
    /// whose type (if any) takes `v` as it is, found through the inline
    /// cache; `None` when the general path must decide.
    #[inline(always)]
    #[allow(clippy::mut_from_ref)] // a property slot, as `Obj::props_mut`
    fn cached_writable_prop<'o>(
        &self,
        o: &'o Obj,
        name: &Str,
        cache: &ir::PropCache,
        v: &Value,
    ) -> Option<&'o mut Value> {
        let slot = self.cached_prop_slot(o, name, cache)?;
        let info = &o.class().props[slot];
        if info.is_readonly {
            return None;
        }
        if let Some(t) = &info.ty {
            if super::types::accepts_without_coercion(t, v) != Some(true) {
                return None;
            }
        }
        let prop = &mut o.props_mut()[slot];
        (!prop.is_undef()).then_some(prop)
    }

    /// Assigns `v` to a property through the inline cache (see
    /// `cached_writable_prop`). The assigned value also goes to `result`
    /// when one is wanted; the value comes back as `Err` when the general
    /// path must decide.
    fn cached_prop_write(
        &self,
        o: &Obj,
        name: &Str,
        cache: &ir::PropCache,
        v: Value,
        result: Option<&mut Value>,
    ) -> Result<(), Value> {
        let Some(prop) = self.cached_writable_prop(o, name, cache, &v) else {
            return Err(v);
        };
        if let Some(r) = result {
            *r = v.clone();
        }
        Value::assign_in_place(prop, v);
        Ok(())
    }

    /// Writes an evaluated value to a prepared path.
    pub fn assign_path(&mut self, path: &LvPath, v: Value, line: u32) -> R<Value> {
        self.begin_write();
        let mut temps = Vec::new();
        let r = match self.target_for(path, &mut temps) {
            Ok(t) => self.write_target(t, v, line),
            Err(e) => Err(e),
        };
        drop(temps);
        self.end_write()?;
        r
    }

    /// Assigns to an lvalue expression (foreach targets, list items).
    pub fn assign_to_expr(&mut self, target: &ir::Expr, v: Value) -> R<()> {
        match &target.kind {
            K::List(items) => self.destructure(items, &v, target.line),
            K::Local(slot) => {
                let f = self.frame_mut();
                let i = f.map(*slot);
                Value::assign_in_place(&mut f.slots[i], v);
                Ok(())
            }
            _ => {
                let path = self.prepare(target)?;
                self.assign_path(&path, v, target.line).map(drop)
            }
        }
    }

    /// `[$a, 'k' => $b] = $value`
    pub fn destructure(&mut self, items: &[Option<ir::ListItem>], v: &Value, line: u32) -> R<()> {
        let src = v.deref().clone();
        let mut next_index = 0i64;
        for item in items {
            let Some(item) = item else {
                next_index += 1;
                continue;
            };
            let key = match &item.key {
                Some(k) => self.eval(k)?,
                None => {
                    let k = Value::Int(next_index);
                    next_index += 1;
                    k
                }
            };
            if item.by_ref {
                // [&$a] = $arr: bind to the element of the source variable.
                return Err(self.throw_error(
                    "Error",
                    "Cannot assign reference to non referenceable value",
                ));
            }
            let elem = match &src {
                Value::Arr(a) => {
                    let k = self.array_key(&key, line)?;
                    match a.table().get(&k) {
                        Some(x) => x.deref_clone(),
                        None => {
                            let msg = match &k {
                                Key::Int(i) => format!("Undefined array key {}", i),
                                Key::Str(s) => format!(
                                    "Undefined array key \"{}\"",
                                    String::from_utf8_lossy(s.as_bytes())
                                ),
                            };
                            self.warn(line, &msg)?;
                            Value::Null
                        }
                    }
                }
                Value::Obj(o) if o.class().instance_of_name(b"arrayaccess") => {
                    let o = o.clone();
                    self.call_offset_method(&o, b"offsetget", vec![key])?
                }
                Value::Null | Value::Undef => Value::Null,
                _ => Value::Null,
            };
            self.assign_to_expr(&item.target, elem)?;
        }
        Ok(())
    }

    /// Binds a variable, element or property as a PHP reference and returns
    /// the reference (creating it, and the variable, when needed).
    pub fn make_ref(&mut self, e: &ir::Expr) -> R<Ref> {
        if let K::This = e.kind {
            // `&$this` binds to a copy of the object handle.
            let v = self.eval(e)?;
            return Ok(Ref::new(v));
        }
        let path = self.prepare(e)?;
        self.make_ref_path(&path, e.line)
    }

    pub fn make_ref_path(&mut self, path: &LvPath, line: u32) -> R<Ref> {
        self.begin_write();
        let mut temps = Vec::new();
        let r = self.ref_slot(path, &mut temps, line);
        self.end_write()?;
        let p = r?;
        // SAFETY: fresh pointer; no PHP code ran since.
        let slot = unsafe { &mut *p };
        Ok(to_ref(slot))
    }

    /// The raw slot (not dereferenced) for reference binding.
    fn ref_slot(&mut self, path: &LvPath, temps: &mut TempSlots, line: u32) -> R<*mut Value> {
        match path {
            LvPath::Local(s, _) => {
                let f = self.frame_mut();
                let i = f.map(*s);
                Ok(&mut f.slots[i] as *mut Value)
            }
            LvPath::Named(n) => {
                let f = self.frame_mut();
                let i = f.find_or_add(n.as_bytes());
                Ok(&mut f.slots[i] as *mut Value)
            }
            LvPath::Global(n) => {
                let g = &mut self.frames[0];
                let i = g.find_or_add(n.as_bytes());
                Ok(&mut g.slots[i] as *mut Value)
            }
            LvPath::Static(cell) => Ok(cell.get_mut() as *mut Value),
            LvPath::Index(base, key, l) => {
                let container = self.slot_for_write(base, temps)?;
                // SAFETY: fresh pointer.
                let c = unsafe { &mut *container };
                self.autovivify(c, *l)?;
                match c {
                    Value::Arr(a) => {
                        let t = a.table_mut();
                        match key {
                            None => match t.push(Value::Null) {
                                Some(s) => Ok(s as *mut Value),
                                None => Err(self.throw_error(
                                    "Error",
                                    "Cannot add element to the array as the next element is already occupied",
                                )),
                            },
                            Some(k) => {
                                let k = self.array_key(k, line)?;
                                let Value::Arr(a) = (unsafe { &mut *container }) else { unreachable!() };
                                Ok(a.table_mut().lookup_or_insert(k).0 as *mut Value)
                            }
                        }
                    }
                    _ => match self.element_for_write(container, key.as_ref(), *l, temps)? {
                        Some(p) => Ok(p),
                        None => {
                            temps.push(Box::new(Value::Null));
                            Ok(&mut **temps.last_mut().expect("pushed") as *mut Value)
                        }
                    },
                }
            }
            LvPath::Prop(o, name, l) => match self.prop_for_write(o, name, true)? {
                Target::Slot(p) => Ok(p),
                Target::Prop(obj, slot) => {
                    let p: *mut Value = &mut obj.props_mut()[slot];
                    Ok(p)
                }
                Target::MagicSet(obj, name) => {
                    let msg = format!(
                        "Indirect modification of overloaded property {}::${} has no effect",
                        String::from_utf8_lossy(obj.class_name().as_bytes()),
                        String::from_utf8_lossy(name.as_bytes())
                    );
                    self.report_deferrable(crate::interp::errors::E_NOTICE, &msg, *l)?;
                    temps.push(Box::new(Value::Null));
                    Ok(&mut **temps.last_mut().expect("pushed") as *mut Value)
                }
                _ => {
                    temps.push(Box::new(Value::Null));
                    Ok(&mut **temps.last_mut().expect("pushed") as *mut Value)
                }
            },
        }
    }

    /// `$a = &$b`
    pub fn assign_ref(&mut self, target: &ir::Expr, source: &ir::Expr, line: u32) -> R<Value> {
        let tpath = self.prepare(target)?;
        let r = match &source.kind {
            K::Call { .. } | K::MethodCall { .. } | K::StaticCall { .. } => {
                // Only functions returning by reference can be bound; others
                // give a notice and assign by value.
                let v = self.eval_keep_ref(source)?;
                match v {
                    Value::Ref(r) => r,
                    v => {
                        self.notice(line, "Only variables should be assigned by reference")?;
                        return self.assign_path(&tpath, v, line);
                    }
                }
            }
            _ => self.make_ref(source)?,
        };
        self.bind_ref(&tpath, r.clone(), line)?;
        Ok(r.get().clone())
    }

    /// Makes the slot of `path` hold the reference `r`.
    pub fn bind_ref(&mut self, path: &LvPath, r: Ref, line: u32) -> R<()> {
        if let LvPath::Prop(o, name, _) = path {
            if let Value::Obj(obj) = o.deref() {
                let class = obj.class().clone();
                let scope = self.frame().scope.clone();
                if let super::class::PropLookup::Found(slot) =
                    class.lookup_prop(name.as_bytes(), scope.as_deref())
                {
                    if class.props[slot].is_readonly && !obj.props()[slot].is_undef() {
                        let msg = format!(
                            "Cannot modify readonly property {}::${}",
                            String::from_utf8_lossy(class.name.as_bytes()),
                            String::from_utf8_lossy(name.as_bytes())
                        );
                        return Err(self.throw_error("Error", &msg));
                    }
                }
            }
        }
        self.begin_write();
        let mut temps = Vec::new();
        let p = self.ref_slot(path, &mut temps, line);
        let end = self.end_write();
        let p = p?;
        end?;
        // SAFETY: fresh pointer.
        let slot = unsafe { &mut *p };
        Value::replace_release(slot, Value::Ref(r));
        Ok(())
    }

    /// `$a op= $b`
    pub fn assign_op(
        &mut self,
        op: BinOp,
        target: &ir::Expr,
        value: &ir::Expr,
        line: u32,
    ) -> R<Value> {
        if let (BinOp::Concat, K::Local(slot)) = (op, &target.kind) {
            // `$s .= x` appends in place: the operand is converted first
            // (it may run PHP code), then the variable's string, owned by
            // the variable alone, grows without a copy.
            let v = self.eval(value)?;
            let tail = self.to_str(&v)?;
            drop(v);
            let f = self.frame_mut();
            let i = f.map(*slot);
            let cur: &mut Value = match &mut f.slots[i] {
                Value::Ref(r) => r.get_mut(),
                s => s,
            };
            if let Value::Str(s) = cur {
                if s.is_empty() {
                    *s = tail;
                } else {
                    s.append(tail.as_bytes());
                }
                return Ok(Value::Str(s.clone()));
            }
        }
        if let K::Local(slot) = target.kind {
            let v = self.eval(value)?;
            // Numbers update in place.
            let f = self.frame_mut();
            let i = f.map(slot);
            let cur: &mut Value = match &mut f.slots[i] {
                Value::Ref(r) => r.get_mut(),
                s => s,
            };
            if matches!(cur, Value::Int(_) | Value::Float(_)) {
                if let Some(new) = super::ops::fast_binary(op, cur, &v) {
                    *cur = new.clone();
                    return Ok(new);
                }
            }
            let old = self.read_local(slot, target.line)?;
            let new = self.compound(op, old, &v, line)?;
            let ret = new.clone();
            let f = self.frame_mut();
            let i = f.map(slot);
            Value::assign_in_place(&mut f.slots[i], new);
            return Ok(ret);
        }
        let path = self.prepare(target)?;
        let v = self.eval(value)?;
        self.check_dim_container(&path)?;
        let old = self.read_path(&path, line)?;
        let new = self.compound(op, old, &v, line)?;
        self.assign_path(&path, new, line)
    }

    /// A read-modify-write through `[]` fails on a scalar container before
    /// anything is read (Zend fetches the container for writing first).
    fn check_dim_container(&mut self, path: &LvPath) -> R<()> {
        if let LvPath::Index(base, _, _) = path {
            let b = self.read_path_quiet(base)?;
            if matches!(b, Value::Int(_) | Value::Float(_) | Value::Bool(true)) {
                return Err(self.throw_error("Error", "Cannot use a scalar value as an array"));
            }
        }
        Ok(())
    }

    /// `.=` appends in place; other operators compute a new value.
    fn compound(&mut self, op: BinOp, old: Value, v: &Value, line: u32) -> R<Value> {
        if op == BinOp::Concat {
            if matches!(&old, Value::Str(s) if s.is_empty())
                || matches!(v, Value::Str(t) if t.is_empty())
            {
                return self.concat(&old, v);
            }
            if let Value::Str(mut s) = old {
                let mut tail = Vec::new();
                self.append_str(&mut tail, v)?;
                s.append(&tail);
                return Ok(Value::Str(s));
            }
        }
        self.binary_op(op, &old, v, line)
    }

    /// Reads the current value at a path for a read-modify-write (with
    /// PHP's warnings for missing keys, creating arrays as the write will).
    fn read_path(&mut self, path: &LvPath, line: u32) -> R<Value> {
        match path {
            LvPath::Local(s, l) => self.read_local(*s, *l),
            LvPath::Named(n) => self.read_var_by_name(n.as_bytes(), line, ReadMode::Read),
            LvPath::Global(n) => Ok(match self.frames[0].find(n.as_bytes()) {
                Some(i) => self.frames[0].slots[i].deref_clone(),
                None => Value::Null,
            }),
            LvPath::Static(cell) => Ok(cell.get_mut().deref_clone()),
            LvPath::Index(base, key, l) => {
                let b = self.read_path_quiet(base)?;
                match (&b, key) {
                    (_, None) => Ok(Value::Null),
                    (Value::Null | Value::Undef, Some(k)) => {
                        let key = self.array_key(k, *l)?;
                        let msg = match &key {
                            Key::Int(i) => format!("Undefined array key {}", i),
                            Key::Str(s) => format!(
                                "Undefined array key \"{}\"",
                                String::from_utf8_lossy(s.as_bytes())
                            ),
                        };
                        self.warn(*l, &msg)?;
                        Ok(Value::Null)
                    }
                    (Value::Obj(o), Some(k)) if o.class().instance_of_name(b"arrayaccess") => {
                        let o = o.clone();
                        self.call_offset_method(&o, b"offsetget", vec![k.clone()])
                    }
                    (_, Some(k)) => {
                        let k = k.clone();
                        self.read_index(&b, &k, *l, ReadMode::Read)
                    }
                }
            }
            LvPath::Prop(o, name, l) => self.read_prop(o, name, *l, ReadMode::Read),
        }
    }

    fn read_path_quiet(&mut self, path: &LvPath) -> R<Value> {
        match path {
            LvPath::Local(s, _) => Ok(self.frame().slot(*s).deref_clone()),
            LvPath::Index(base, Some(k), l) => {
                let b = self.read_path_quiet(base)?;
                let k = k.clone();
                self.read_index(&b, &k, *l, ReadMode::Quiet)
            }
            LvPath::Index(_, None, _) => Ok(Value::Null),
            LvPath::Prop(o, name, l) => self.read_prop(o, name, *l, ReadMode::Quiet),
            other => self.read_path(other, 0),
        }
    }

    /// `$a ??= $b`
    pub fn assign_coalesce(&mut self, target: &ir::Expr, value: &ir::Expr) -> R<Value> {
        let path = self.prepare(target)?;
        let cur = self.read_path_quiet(&path)?;
        if !cur.is_null() {
            return Ok(cur);
        }
        let v = self.eval(value)?.into_deref();
        self.assign_path(&path, v, target.line)
    }

    /// `++`/`--` on a variable holding an integer that does not overflow,
    /// in place: the old and new values, or `None` for the general path.
    #[inline(always)]
    pub fn step_int_local(&mut self, target: &ir::Expr, increment: bool) -> Option<(i64, i64)> {
        let K::Local(slot) = target.kind else {
            return None;
        };
        let f = self.frame_mut();
        let i = f.map(slot);
        let cur = match &mut f.slots[i] {
            Value::Ref(r) => r.get_mut(),
            s => s,
        };
        let Value::Int(n) = cur else {
            return None;
        };
        let old = *n;
        *n = if increment {
            old.checked_add(1)?
        } else {
            old.checked_sub(1)?
        };
        Some((old, *n))
    }

    /// `++$a`, `$a--`, ...
    pub fn inc_dec(
        &mut self,
        target: &ir::Expr,
        prefix: bool,
        increment: bool,
        line: u32,
    ) -> R<Value> {
        if let Some((old, new)) = self.step_int_local(target, increment) {
            return Ok(Value::Int(if prefix { new } else { old }));
        }
        if let K::Local(slot) = target.kind {
            let f = self.frame_mut();
            let i = f.map(slot);
            let cur: &mut Value = match &mut f.slots[i] {
                Value::Ref(r) => r.get_mut(),
                s => s,
            };
            if cur.is_undef() {
                let name = self.frame().slot_name(i);
                let msg = format!(
                    "Undefined variable ${}",
                    String::from_utf8_lossy(name.as_bytes())
                );
                self.warn(target.line, &msg)?;
                let f = self.frame_mut();
                f.slots[i] = Value::Null;
            }
            let old = self.frame().slots[i].deref_clone();
            let new = super::ops::inc_dec_value(self, &old, increment)?;
            let ret = if prefix { new.clone() } else { old };
            Value::assign_in_place(&mut self.frame_mut().slots[i], new);
            return Ok(ret);
        }
        let path = self.prepare(target)?;
        self.check_dim_container(&path)?;
        let old = self.read_path(&path, line)?;
        let new = super::ops::inc_dec_value(self, &old, increment)?;
        let ret = if prefix { new.clone() } else { old };
        self.assign_path(&path, new, line)?;
        Ok(ret)
    }

    /// `unset($x)`, `unset($a['k'])`, `unset($o->p)`.
    pub fn unset(&mut self, e: &ir::Expr) -> R<()> {
        match &e.kind {
            K::Local(slot) => {
                let f = self.frame_mut();
                let i = f.map(*slot);
                let old = std::mem::take(&mut f.slots[i]);
                old.release();
                Ok(())
            }
            K::VarVar(n) => {
                let v = self.eval(n)?;
                let name = self.to_str(&v)?;
                let f = self.frame_mut();
                if let Some(i) = f.find(name.as_bytes()) {
                    let old = std::mem::take(&mut f.slots[i]);
                    old.release();
                }
                Ok(())
            }
            K::GlobalVar(n) => {
                let v = self.eval(n)?;
                let name = self.to_str(&v)?;
                if let Some(i) = self.frames[0].find(name.as_bytes()) {
                    let old = std::mem::take(&mut self.frames[0].slots[i]);
                    old.release();
                }
                Ok(())
            }
            K::Index { base, index } => {
                let Some(index) = index else {
                    return Err(self.throw_error("Error", "Cannot use [] for unsetting"));
                };
                let bpath = self.prepare_base(base)?;
                let k = self.eval(index)?;
                self.unset_index(&bpath, &k, e.line)
            }
            K::Prop { obj, name, .. } => {
                let o = self.eval_quiet(obj)?;
                let name = self.member_name(name)?;
                self.unset_prop(&o, &name, e.line)
            }
            K::StaticProp { .. } => {
                Err(self.throw_error("Error", "Attempt to unset static property"))
            }
            _ => Ok(()),
        }
    }

    fn unset_index(&mut self, base: &LvPath, key: &Value, line: u32) -> R<()> {
        // Find the container without creating anything.
        let exists = !self.read_path_quiet(base)?.is_null();
        if !exists {
            return Ok(());
        }
        self.begin_write();
        let mut temps = Vec::new();
        let container = self.slot_for_write(base, &mut temps);
        let end = self.end_write();
        let container = container?;
        end?;
        // SAFETY: fresh pointer.
        let c = unsafe { &mut *container };
        match c {
            Value::Arr(a) => {
                let k = self.array_key(key, line)?;
                let Value::Arr(a2) = (unsafe { &mut *container }) else {
                    unreachable!()
                };
                let _ = a;
                // A shared array is separated even when the key is missing,
                // as PHP's ZEND_UNSET_DIM does.
                if let Some(old) = a2.table_mut().remove(&k) {
                    old.release();
                }
                Ok(())
            }
            Value::Obj(o) => {
                let o = o.clone();
                if o.class().instance_of_name(b"arrayaccess") {
                    self.call_offset_method(&o, b"offsetunset", vec![key.clone()])?;
                    return Ok(());
                }
                let msg = format!(
                    "Cannot use object of type {} as array",
                    String::from_utf8_lossy(o.class_name().as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
            Value::Str(_) => Err(self.throw_error("Error", "Cannot unset string offsets")),
            _ => Ok(()),
        }
    }

    fn unset_prop(&mut self, o: &Value, name: &Str, line: u32) -> R<()> {
        let _ = line;
        let Value::Obj(obj) = o.deref() else {
            return Ok(());
        };
        let obj = obj.clone();
        let class = obj.class().clone();
        let scope = self.frame().scope.clone();
        match class.lookup_prop(name.as_bytes(), scope.as_deref()) {
            super::class::PropLookup::Found(slot) => {
                if class.props[slot].is_readonly {
                    let msg = format!(
                        "Cannot unset readonly property {}::${}",
                        String::from_utf8_lossy(class.name.as_bytes()),
                        String::from_utf8_lossy(name.as_bytes())
                    );
                    return Err(self.throw_error("Error", &msg));
                }
                let old = std::mem::take(&mut obj.props_mut()[slot]);
                old.release();
                Ok(())
            }
            super::class::PropLookup::Inaccessible(i) => {
                if class.magic_unset.is_some() && !self.in_guard(&obj, name, GUARD_UNSET) {
                    self.enter_guard(&obj, name, GUARD_UNSET);
                    let r = self.call_method(&obj, b"__unset", vec![Value::Str(name.clone())]);
                    self.leave_guard(&obj, name, GUARD_UNSET);
                    return r.map(drop);
                }
                let p = &class.props[i];
                let msg = format!(
                    "Cannot unset {} property {}::${}",
                    super::class::visibility_name(p.visibility),
                    String::from_utf8_lossy(class.name.as_bytes()),
                    String::from_utf8_lossy(name.as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
            super::class::PropLookup::Dynamic => {
                let key = Key::Str(name.clone());
                let exists = obj.dyn_props().is_some_and(|t| t.contains_key(&key));
                if !exists {
                    if class.magic_unset.is_some() && !self.in_guard(&obj, name, GUARD_UNSET) {
                        self.enter_guard(&obj, name, GUARD_UNSET);
                        let r = self.call_method(&obj, b"__unset", vec![Value::Str(name.clone())]);
                        self.leave_guard(&obj, name, GUARD_UNSET);
                        return r.map(drop);
                    }
                    return Ok(());
                }
                if let Some(old) = obj.dyn_props_mut().remove(&key) {
                    old.release();
                }
                Ok(())
            }
        }
    }

    /// The static property cell `Class::$name`, or an Error.
    pub fn static_prop_cell(&mut self, class: &Rc<Class>, name: &Str) -> R<Rc<StaticCell>> {
        match self.find_static_prop(class, name)? {
            Some(c) => Ok(c),
            None => {
                let msg = format!(
                    "Access to undeclared static property {}::${}",
                    String::from_utf8_lossy(class.name.as_bytes()),
                    String::from_utf8_lossy(name.as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
        }
    }

    pub fn find_static_prop(&mut self, class: &Rc<Class>, name: &Str) -> R<Option<Rc<StaticCell>>> {
        let Some(sp) = class.statics.get(name) else {
            return Ok(None);
        };
        let vis_ok = match sp.visibility {
            crate::syntax::ast::Visibility::Public => true,
            crate::syntax::ast::Visibility::Private => self
                .frame()
                .scope
                .as_ref()
                .is_some_and(|s| s.lc_name == sp.declaring),
            crate::syntax::ast::Visibility::Protected => self
                .frame()
                .scope
                .as_ref()
                .is_some_and(|s| s.is_subclass_of(class) || class.is_subclass_of(s)),
        };
        if !vis_ok {
            let msg = format!(
                "Cannot access {} property {}::${}",
                super::class::visibility_name(sp.visibility),
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(name.as_bytes())
            );
            return Err(self.throw_error("Error", &msg));
        }
        let cell = sp.cell.clone();
        if !cell.initialized.get() {
            cell.initialized.set(true);
            let v = match &sp.default {
                Some((decl, i)) => {
                    let decl = decl.clone();
                    let e = decl.props[*i].default.as_ref().expect("default exists");
                    self.eval_const_expr_in(e, class)?
                }
                None => {
                    if sp.ty.is_some() {
                        Value::Undef
                    } else {
                        Value::Null
                    }
                }
            };
            *cell.get_mut() = v;
        }
        Ok(Some(cell))
    }
}

/// The slot itself, or the value inside the reference it holds.
fn deref_slot(slot: &mut Value) -> *mut Value {
    match slot {
        Value::Ref(r) => r.get_mut() as *mut Value,
        s => s as *mut Value,
    }
}

/// Makes `slot` a reference (if it is not one) and returns it.
pub fn to_ref(slot: &mut Value) -> Ref {
    match slot {
        Value::Ref(r) => r.clone(),
        s => {
            let v = std::mem::take(s);
            let v = if v.is_undef() { Value::Null } else { v };
            let r = Ref::new(v);
            *s = Value::Ref(r.clone());
            r
        }
    }
}

pub const GUARD_GET: u8 = 1;
pub const GUARD_SET: u8 = 2;
pub const GUARD_ISSET: u8 = 4;
pub const GUARD_UNSET: u8 = 8;

impl Interp {
    /// Magic-method recursion guards (Zend's property guards): inside
    /// `__get('x')` for an object, reading `x` again reads the property.
    pub fn in_guard(&self, o: &Obj, name: &Str, kind: u8) -> bool {
        let id = o.gc_ptr().as_ptr() as usize;
        self.guards
            .iter()
            .any(|(i, n, k)| *i == id && n == name && k & kind != 0)
    }

    pub fn enter_guard(&mut self, o: &Obj, name: &Str, kind: u8) {
        self.guards
            .push((o.gc_ptr().as_ptr() as usize, name.clone(), kind));
    }

    pub fn leave_guard(&mut self, o: &Obj, name: &Str, kind: u8) {
        let id = o.gc_ptr().as_ptr() as usize;
        if let Some(pos) = self
            .guards
            .iter()
            .rposition(|(i, n, k)| *i == id && n == name && *k == kind)
        {
            self.guards.remove(pos);
        }
    }
}

#[allow(dead_code)]
fn truthy(v: &Value) -> bool {
    to_bool(v)
}
