//! Objects at run time: creating them, reading properties (with `__get`),
//! calling methods (with `__call`/`__callStatic`), cloning, class constants
//! and converting between objects and arrays.

use super::call::{CallCtx, ClosureData};
use super::class::{CachedMethod, Class, Method, PropLookup};
use super::expr::ReadMode;
use super::function::Callable;
use super::lvalue::{GUARD_GET, GUARD_ISSET};
use super::{Interp, R};
use crate::compile::ir;
use crate::syntax::ast::Visibility;
use crate::value::{Arr, Key, KeyRef, Obj, Str, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// Resolves `self`, `parent`, `static`, a name or an expression to a class.
    #[inline]
    pub fn resolve_class_ref(&mut self, c: &ir::ClassRef, line: u32) -> R<Rc<Class>> {
        if let ir::ClassRef::Named { cache, .. } = c {
            if let Some(c) = cache.0.get().and_then(|w| w.upgrade()) {
                return Ok(c);
            }
        }
        self.resolve_class_ref_uncached(c, line)
    }

    #[inline(never)]
    fn resolve_class_ref_uncached(&mut self, c: &ir::ClassRef, line: u32) -> R<Rc<Class>> {
        let _ = line;
        match c {
            ir::ClassRef::Named { name, lc, cache } => {
                let c = self.class_or_error(name, lc)?;
                // (Set unless set already, to a class since gone: a lookup
                // then takes this path every time.)
                let _ = cache.0.set(std::rc::Rc::downgrade(&c));
                Ok(c)
            }
            ir::ClassRef::SelfClass => match self.frame().scope.clone() {
                Some(s) => Ok(s),
                None => Err(self.throw_error(
                    "Error",
                    "Cannot access \"self\" when no class scope is active",
                )),
            },
            ir::ClassRef::Parent => match self.frame().scope.clone() {
                Some(s) => match s.parent.clone() {
                    Some(p) => Ok(p),
                    None => Err(self.throw_error(
                        "Error",
                        "Cannot access \"parent\" when current class scope has no parent",
                    )),
                },
                None => Err(self.throw_error(
                    "Error",
                    "Cannot access \"parent\" when no class scope is active",
                )),
            },
            ir::ClassRef::Static => match self
                .frame()
                .static_class
                .clone()
                .or_else(|| self.frame().scope.clone())
            {
                Some(s) => Ok(s),
                None => Err(self.throw_error(
                    "Error",
                    "Cannot access \"static\" when no class scope is active",
                )),
            },
            ir::ClassRef::Dynamic(e) => {
                let v = self.eval(e)?;
                match v.deref() {
                    Value::Obj(o) => Ok(o.class().clone()),
                    Value::Str(s) => {
                        let lc = Str::new(&s.as_bytes().to_ascii_lowercase());
                        let s = s.clone();
                        self.class_or_error(&s, &lc)
                    }
                    _ => Err(self.throw_error("Error", "Cannot use value as class name")),
                }
            }
        }
    }

    /// Evaluates the default property values of a class the first time it
    /// is needed.
    fn class_defaults(&mut self, class: &Rc<Class>) -> R<Vec<Value>> {
        if let Some(d) = class.defaults.borrow().as_ref() {
            return Ok(d.clone());
        }
        let parent_defaults = match &class.parent {
            Some(p) => self.class_defaults(p)?,
            None => Vec::new(),
        };
        let mut d = parent_defaults;
        d.resize(class.props.len(), Value::Null);
        for (slot, src) in class.default_exprs.iter().enumerate() {
            let Some((decl, i)) = src else { continue };
            let pd = &decl.props[*i];
            if pd.is_static {
                continue;
            }
            let v = match &pd.default {
                Some(e) => {
                    let decl = decl.clone();
                    let e: *const ir::Expr = e;
                    // SAFETY: `decl` keeps the expression alive during the call.
                    let v = self.eval_const_expr_in(unsafe { &*e }, class)?;
                    drop(decl);
                    v
                }
                None => {
                    if pd.ty.is_some() {
                        Value::Undef
                    } else {
                        Value::Null
                    }
                }
            };
            d[slot] = v;
        }
        for (slot, p) in class.props.iter().enumerate() {
            if class.default_exprs[slot].is_none() && !p.has_default && p.declaring == class.lc_name
            {
                d[slot] = Value::Undef;
            }
        }
        *class.defaults.borrow_mut() = Some(d.clone());
        Ok(d)
    }

    /// Evaluates a constant expression (property default, class constant)
    /// with `class` as the scope for `self::`.
    pub fn eval_const_expr_in(&mut self, e: &ir::Expr, class: &Rc<Class>) -> R<Value> {
        let mut f = super::frame::Frame::global();
        f.scope = Some(class.clone());
        f.static_class = Some(class.clone());
        f.file = Some(self.current_file());
        f.line = e.line;
        f.is_internal = false;
        self.frames.push(f);
        let r = self.eval(e);
        let f = self.frames.pop().expect("const frame");
        f.release_slots(&mut self.slot_pool);
        r
    }

    /// Allocates an instance with default property values (no constructor).
    #[inline(always)]
    pub fn instantiate(&mut self, class: &Rc<Class>) -> R<Obj> {
        let defaults = class.defaults.borrow();
        let Some(d) = defaults.as_deref() else {
            drop(defaults);
            return self.instantiate_first(class);
        };
        let o = Obj::new_from_defaults(class.clone(), d);
        drop(defaults);
        if class.internal.is_some() || class.is_throwable {
            self.init_instance(&o);
        }
        Ok(o)
    }

    /// The first instance of a class: its default values are evaluated.
    #[inline(never)]
    fn instantiate_first(&mut self, class: &Rc<Class>) -> R<Obj> {
        let defaults = self.class_defaults(class)?;
        let o = Obj::new_from_defaults(class.clone(), &defaults);
        self.init_instance(&o);
        Ok(o)
    }

    /// A built-in class's set-up of a new instance; an exception's trace.
    fn init_instance(&mut self, o: &Obj) {
        let class = o.class();
        if let Some(create) = class.internal.and_then(|i| i.create) {
            create(o);
        }
        if class.is_throwable {
            self.init_exception(o);
        }
    }

    /// `new Class(args)`.
    #[inline(always)]
    pub fn new_object(&mut self, class: &Rc<Class>, args: &ir::Args, line: u32) -> R<Obj> {
        if class.is_abstract
            || class.is_interface()
            || class.kind == crate::syntax::ast::ClassKind::Trait
            || class.is_enum()
        {
            return Err(self.cannot_instantiate(class));
        }
        let o = self.instantiate(class)?;
        match (&class.constructor, args) {
            // Without a constructor the arguments are not evaluated.
            (None, ir::Args::List(_)) => Ok(o),
            _ => self.construct(o, class, args, line),
        }
    }

    #[cold]
    fn cannot_instantiate(&mut self, class: &Class) -> super::Unwind {
        let what = if class.is_interface() {
            "interface"
        } else if class.kind == crate::syntax::ast::ClassKind::Trait {
            "trait"
        } else if class.is_enum() {
            "enum"
        } else {
            "abstract class"
        };
        let msg = format!(
            "Cannot instantiate {} {}",
            what,
            String::from_utf8_lossy(class.name.as_bytes())
        );
        self.throw_error("Error", &msg)
    }

    /// Calls the constructor of the new object `o` with `args`.
    #[inline(never)]
    fn construct(&mut self, o: Obj, class: &Rc<Class>, args: &ir::Args, line: u32) -> R<Obj> {
        let list = match args {
            ir::Args::List(l) => l,
            ir::Args::CallableConvert => {
                return Err(self.throw_error("Error", "Cannot create Closure for new expression"))
            }
        };
        let Some(ctor) = &class.constructor else {
            return Ok(o);
        };
        if !self.method_visible(ctor) {
            let msg = format!(
                "Call to {} {}::__construct() from {}",
                super::class::visibility_name(ctor.visibility),
                String::from_utf8_lossy(class.name.as_bytes()),
                self.scope_description()
            );
            return Err(self.throw_error("Error", &msg));
        }
        let (vals, named) = self.eval_args(&ctor.callable, list)?;
        self.frame_mut().line = line;
        let ctx = CallCtx {
            this: Some(o.clone()),
            scope: Some(ctor.class()),
            static_class: Some(class.clone()),
            closure: None,
            class_name: Some(ctor.class_name.clone()),
            is_static: false,
        };
        self.call_callable(&ctor.callable, vals, named, ctx)?;
        Ok(o)
    }

    pub fn scope_description(&self) -> String {
        match &self.frame().scope {
            Some(s) => format!("scope {}", String::from_utf8_lossy(s.name.as_bytes())),
            None => "global scope".into(),
        }
    }

    /// `$o->name` for reading.
    pub fn read_prop(&mut self, o: &Value, name: &Str, line: u32, mode: ReadMode) -> R<Value> {
        let Value::Obj(obj) = o.deref() else {
            if mode == ReadMode::Read {
                let msg = format!(
                    "Attempt to read property \"{}\" on {}",
                    String::from_utf8_lossy(name.as_bytes()),
                    super::expr::scalar_type_name(o)
                );
                self.warn(line, &msg)?;
            }
            return Ok(Value::Null);
        };
        let obj = obj.clone();
        let class = obj.class().clone();
        let scope = self.frame().scope.clone();
        match class.lookup_prop(name.as_bytes(), scope.as_deref()) {
            PropLookup::Found(slot) => {
                let v = &obj.props()[slot];
                if !v.is_undef() {
                    return Ok(v.deref_clone());
                }
                if class.magic_get.is_some() && !self.in_guard(&obj, name, GUARD_GET) {
                    return self.magic_get(&obj, name, mode);
                }
                if class.props[slot].ty.is_some() {
                    let msg = format!(
                        "Typed property {}::${} must not be accessed before initialization",
                        String::from_utf8_lossy(class.props[slot].declaring_name.as_bytes()),
                        String::from_utf8_lossy(name.as_bytes())
                    );
                    if mode == ReadMode::Quiet {
                        return Ok(Value::Null);
                    }
                    return Err(self.throw_error("Error", &msg));
                }
                if mode == ReadMode::Read {
                    self.undefined_property(&class, name, line)?;
                }
                Ok(Value::Null)
            }
            PropLookup::Inaccessible(i) => {
                if class.magic_get.is_some() && !self.in_guard(&obj, name, GUARD_GET) {
                    return self.magic_get(&obj, name, mode);
                }
                if mode == ReadMode::Quiet {
                    return Ok(Value::Null);
                }
                let p = &class.props[i];
                let msg = format!(
                    "Cannot access {} property {}::${}",
                    super::class::visibility_name(p.visibility),
                    String::from_utf8_lossy(class.name.as_bytes()),
                    String::from_utf8_lossy(name.as_bytes())
                );
                Err(self.throw_error("Error", &msg))
            }
            PropLookup::Dynamic => {
                if let Some(v) = obj.dyn_props().and_then(|t| t.get(&Key::Str(name.clone()))) {
                    return Ok(v.deref_clone());
                }
                if class.magic_get.is_some() && !self.in_guard(&obj, name, GUARD_GET) {
                    return self.magic_get(&obj, name, mode);
                }
                if mode == ReadMode::Read {
                    self.undefined_property(&class, name, line)?;
                }
                Ok(Value::Null)
            }
        }
    }

    fn undefined_property(&mut self, class: &Class, name: &Str, line: u32) -> R<()> {
        let msg = format!(
            "Undefined property: {}::${}",
            String::from_utf8_lossy(class.name.as_bytes()),
            String::from_utf8_lossy(name.as_bytes())
        );
        self.warn(line, &msg)
    }

    fn magic_get(&mut self, obj: &Obj, name: &Str, mode: ReadMode) -> R<Value> {
        if mode == ReadMode::Quiet {
            // `isset($o->x)`-style reads ask __isset first.
            if obj.class().magic_isset.is_some() && !self.in_guard(obj, name, GUARD_ISSET) {
                self.enter_guard(obj, name, GUARD_ISSET);
                let r = self.call_method(obj, b"__isset", vec![Value::Str(name.clone())]);
                self.leave_guard(obj, name, GUARD_ISSET);
                if !super::convert::to_bool(&r?) {
                    return Ok(Value::Null);
                }
            } else if obj.class().magic_isset.is_none() {
                return Ok(Value::Null);
            }
        }
        self.enter_guard(obj, name, GUARD_GET);
        let r = self.call_method(obj, b"__get", vec![Value::Str(name.clone())]);
        self.leave_guard(obj, name, GUARD_GET);
        Ok(r?.into_deref())
    }

    /// `isset($o->name)`
    pub fn prop_isset(&mut self, o: &Value, name: &Str) -> R<bool> {
        let Value::Obj(obj) = o.deref() else {
            return Ok(false);
        };
        let obj = obj.clone();
        let class = obj.class().clone();
        let scope = self.frame().scope.clone();
        let direct = match class.lookup_prop(name.as_bytes(), scope.as_deref()) {
            PropLookup::Found(slot) => {
                let v = &obj.props()[slot];
                if !v.is_undef() {
                    return Ok(!v.deref().is_null());
                }
                None
            }
            PropLookup::Inaccessible(_) => None,
            PropLookup::Dynamic => obj
                .dyn_props()
                .and_then(|t| t.get(&Key::Str(name.clone())))
                .map(|v| !v.deref().is_null()),
        };
        if let Some(d) = direct {
            return Ok(d);
        }
        if class.magic_isset.is_some() && !self.in_guard(&obj, name, GUARD_ISSET) {
            self.enter_guard(&obj, name, GUARD_ISSET);
            let r = self.call_method(&obj, b"__isset", vec![Value::Str(name.clone())]);
            self.leave_guard(&obj, name, GUARD_ISSET);
            return Ok(super::convert::to_bool(&r?));
        }
        Ok(false)
    }

    /// `$o->name(args)`; `cache` is the call site's when the name is fixed.
    pub fn method_call(
        &mut self,
        o: Value,
        name: &Str,
        args: &ir::Args,
        cache: Option<&RefCell<Option<CachedMethod>>>,
        line: u32,
    ) -> R<Value> {
        let Value::Obj(obj) = o.deref() else {
            let msg = format!(
                "Call to a member function {}() on {}",
                String::from_utf8_lossy(name.as_bytes()),
                super::expr::scalar_type_name(&o)
            );
            return Err(self.throw_error("Error", &msg));
        };
        let obj = obj.clone();
        drop(o);
        let class = obj.class().clone();
        // A public method is visible from every scope, so what the call
        // site found for this class before is what a lookup would find.
        let cached = cache.and_then(|c| c.borrow().as_ref().and_then(|m| m.get(&class)));
        let method = match self.scope_private_method(&class, name) {
            Some(m) => Some(m),
            None => match cached {
                Some(m) => Some(m),
                None => self.find_called_method(&class, name, cache)?,
            },
        };
        if let Some(m) = method {
            if let ir::Args::CallableConvert = args {
                let ctx = CallCtx {
                    this: if m.is_static { None } else { Some(obj.clone()) },
                    scope: Some(m.class()),
                    static_class: Some(class.clone()),
                    closure: None,
                    class_name: Some(m.class_name.clone()),
                    is_static: m.is_static,
                };
                return self.closure_from_method(m.clone(), ctx);
            }
            let ir::Args::List(list) = args else {
                unreachable!()
            };
            let (vals, named) = self.eval_args(&m.callable, list)?;
            self.frame_mut().line = line;
            let ctx = CallCtx {
                this: if m.is_static { None } else { Some(obj) },
                scope: Some(m.class()),
                static_class: Some(class),
                closure: None,
                class_name: Some(m.class_name.clone()),
                is_static: m.is_static,
            };
            return self.call_callable(&m.callable, vals, named, ctx);
        }
        // Closures called as methods: $obj->prop is not consulted (PHP calls
        // __call); the Closure class's own __invoke is a method.
        if let Some(call) = class.magic_call.clone() {
            let arr = self.args_to_array(args)?;
            let ctx = CallCtx {
                this: Some(obj),
                scope: Some(call.class()),
                static_class: Some(class),
                closure: None,
                class_name: Some(call.class_name.clone()),
                is_static: false,
            };
            return self.call_callable(
                &call.callable,
                vec![Value::Str(name.clone()), Value::Arr(arr)],
                Vec::new(),
                ctx,
            );
        }
        let msg = format!(
            "Call to undefined method {}::{}()",
            String::from_utf8_lossy(class.name.as_bytes()),
            String::from_utf8_lossy(name.as_bytes())
        );
        Err(self.throw_error("Error", &msg))
    }

    /// The method `$o->name()` calls on `obj` from the current scope: none
    /// when `__call` is to handle it, an error when it is not visible. A
    /// public method found is remembered in the call site's `cache`.
    /// Code of a class calling a method on an object of one of its
    /// subclasses gets the class's own private method of that name, even
    /// when the subclass declares a method by that name too (Zend's
    /// `zend_get_parent_private_method`).
    fn scope_private_method(&self, class: &Rc<Class>, name: &Str) -> Option<Rc<Method>> {
        let scope = self.frame().scope.as_ref()?;
        if Rc::ptr_eq(scope, class) || !class.is_subclass_of(scope) {
            return None;
        }
        let lc = name.as_bytes().to_ascii_lowercase();
        scope
            .find_method(&lc)
            .filter(|m| m.visibility == Visibility::Private && m.class_name == scope.name)
            .cloned()
    }

    /// The `Error` for calling a method not visible from the current scope.
    fn inaccessible_method(&mut self, class: &Class, m: &Method) -> super::Unwind {
        let msg = format!(
            "Call to {} method {}::{}() from {}",
            super::class::visibility_name(m.visibility),
            String::from_utf8_lossy(class.name.as_bytes()),
            String::from_utf8_lossy(m.name.as_bytes()),
            self.scope_description()
        );
        self.throw_error("Error", &msg)
    }

    fn find_called_method(
        &mut self,
        class: &Rc<Class>,
        name: &Str,
        cache: Option<&RefCell<Option<CachedMethod>>>,
    ) -> R<Option<Rc<Method>>> {
        // Method names are mostly written in lowercase already.
        let lc_owned;
        let lc: &[u8] = if name.as_bytes().iter().any(u8::is_ascii_uppercase) {
            lc_owned = name.as_bytes().to_ascii_lowercase();
            &lc_owned
        } else {
            name.as_bytes()
        };
        let method = class.find_method(lc).cloned();
        let method = match method {
            Some(m) if self.method_visible(&m) => Some(m),
            // (A private method of the calling scope shadowing this one was
            // taken before: `scope_private_method`.)
            Some(_) if class.magic_call.is_some() => None,
            Some(m) => return Err(self.inaccessible_method(class, &m)),
            None => None,
        };
        if let (Some(cache), Some(m)) = (cache, &method) {
            if m.visibility == Visibility::Public {
                *cache.borrow_mut() = Some(CachedMethod::new(class, m));
            }
        }
        Ok(method)
    }

    fn args_to_array(&mut self, args: &ir::Args) -> R<Arr> {
        let mut arr = Arr::new();
        if let ir::Args::List(list) = args {
            for a in list {
                let v = self.eval(&a.value)?;
                match &a.name {
                    Some(n) => {
                        arr.table_mut().insert(Key::Str(n.clone()), v);
                    }
                    None if a.spread => {
                        if let Value::Arr(src) = v.deref() {
                            for v in src.table().values() {
                                arr.table_mut().push(v.deref_clone());
                            }
                        }
                    }
                    None => {
                        arr.table_mut().push(v);
                    }
                }
            }
        }
        Ok(arr)
    }

    /// `Class::name(args)`; `forward` is true for `self::`, `parent::` and
    /// `static::`, which keep the calling `$this` and late static binding.
    pub fn static_call(
        &mut self,
        class: &Rc<Class>,
        name: &Str,
        args: &ir::Args,
        forward: bool,
        line: u32,
    ) -> R<Value> {
        let lc = name.as_bytes().to_ascii_lowercase();
        let this = self
            .frame()
            .this
            .clone()
            .filter(|t| t.class().is_subclass_of(class));
        let Some(m) = class.find_method(&lc).cloned() else {
            if let Some(this) = &this {
                if let Some(call) = class.magic_call.clone() {
                    let arr = self.args_to_array(args)?;
                    let ctx = CallCtx {
                        this: Some(this.clone()),
                        scope: Some(call.class()),
                        static_class: Some(this.class().clone()),
                        closure: None,
                        class_name: Some(call.class_name.clone()),
                        is_static: false,
                    };
                    return self.call_callable(
                        &call.callable,
                        vec![Value::Str(name.clone()), Value::Arr(arr)],
                        Vec::new(),
                        ctx,
                    );
                }
            }
            if let Some(cs) = class.magic_call_static.clone() {
                let arr = self.args_to_array(args)?;
                let ctx = CallCtx {
                    this: None,
                    scope: Some(cs.class()),
                    static_class: Some(class.clone()),
                    closure: None,
                    class_name: Some(cs.class_name.clone()),
                    is_static: true,
                };
                return self.call_callable(
                    &cs.callable,
                    vec![Value::Str(name.clone()), Value::Arr(arr)],
                    Vec::new(),
                    ctx,
                );
            }
            let msg = format!(
                "Call to undefined method {}::{}()",
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(name.as_bytes())
            );
            return Err(self.throw_error("Error", &msg));
        };
        if !self.method_visible(&m) {
            return Err(self.inaccessible_method(class, &m));
        }
        let this = if m.is_static { None } else { this };
        if !m.is_static && this.is_none() {
            let msg = format!(
                "Non-static method {}::{}() cannot be called statically",
                String::from_utf8_lossy(m.class_name.as_bytes()),
                String::from_utf8_lossy(m.name.as_bytes())
            );
            return Err(self.throw_error("Error", &msg));
        }
        let static_class = if forward {
            self.frame()
                .static_class
                .clone()
                .filter(|s| s.is_subclass_of(class))
                .unwrap_or_else(|| class.clone())
        } else {
            class.clone()
        };
        let static_class = match &this {
            Some(t) if forward => t.class().clone(),
            _ => static_class,
        };
        let ctx = CallCtx {
            is_static: this.is_none(),
            this,
            scope: Some(m.class()),
            static_class: Some(static_class),
            closure: None,
            class_name: Some(m.class_name.clone()),
        };
        match args {
            ir::Args::CallableConvert => self.closure_from_method(m, ctx),
            ir::Args::List(list) => {
                let (vals, named) = self.eval_args(&m.callable, list)?;
                self.frame_mut().line = line;
                self.call_callable(&m.callable, vals, named, ctx)
            }
        }
    }

    /// `clone $o`
    pub fn clone_object(&mut self, o: &Obj) -> R<Value> {
        let class = o.class().clone();
        if class.is_enum() || crate::builtins::classes::is_uncloneable(o) {
            let msg = format!(
                "Trying to clone an uncloneable object of class {}",
                String::from_utf8_lossy(class.name.as_bytes())
            );
            return Err(self.throw_error("Error", &msg));
        }
        let props: Vec<Value> = o
            .props()
            .iter()
            .map(|v| match v {
                Value::Ref(r) if r.refcount() == 1 => r.get().clone(),
                other => other.clone(),
            })
            .collect();
        let c = Obj::new(class.clone(), props);
        if let Some(t) = o.dyn_props() {
            let copy = t.map_clone(|v| v.clone());
            *c.dyn_props_mut() = copy;
        }
        crate::builtins::classes::clone_payload(o, &c);
        if let Some(m) = class.find_method(b"__clone").cloned() {
            self.call_method_resolved(&c, &m, Vec::new())?;
        }
        Ok(Value::Obj(c))
    }

    /// `Class::NAME`
    pub fn class_constant(&mut self, class: &Rc<Class>, name: &Str) -> R<Value> {
        let Some(c) = class.consts.get(name).cloned() else {
            let msg = format!(
                "Undefined constant {}::{}",
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(name.as_bytes())
            );
            return Err(self.throw_error("Error", &msg));
        };
        if let Some(v) = c.value.borrow().as_ref() {
            return Ok(v.clone());
        }
        if c.is_case {
            let v = crate::builtins::classes::make_enum_case(self, class, name)?;
            *c.value.borrow_mut() = Some(v.clone());
            return Ok(v);
        }
        let Some(src) = c.expr.clone() else {
            return Ok(Value::Null);
        };
        let declaring = self
            .classes
            .get(&c.declaring)
            .cloned()
            .unwrap_or_else(|| class.clone());
        let e: *const ir::Expr = &src.decl.consts[src.index].value;
        // SAFETY: `src` keeps the declaration alive during evaluation.
        let v = self.eval_const_expr_in(unsafe { &*e }, &declaring)?;
        drop(src);
        *c.value.borrow_mut() = Some(v.clone());
        Ok(v)
    }

    /// `(array)$object`: properties keyed as PHP mangles them
    /// (`"\0A\0priv"`, `"\0*\0prot"`).
    pub fn object_to_array(&mut self, o: &Obj) -> Arr {
        if let Some(a) = crate::builtins::classes::payload_to_array(o) {
            return a;
        }
        let class = o.class().clone();
        let mut arr = Arr::new();
        for p in &class.props {
            let v = &o.props()[p.slot];
            if v.is_undef() {
                continue;
            }
            let key = mangle(p);
            arr.table_mut().insert(key, v.clone());
        }
        if let Some(t) = o.dyn_props() {
            for (k, v) in t.iter() {
                let key = match k {
                    KeyRef::Int(i) => Key::Int(i),
                    KeyRef::Str(s) => Key::from_str(s.clone()),
                };
                arr.table_mut().insert(key, v.clone());
            }
        }
        arr
    }

    /// `(object)$array`
    pub fn array_to_object(&mut self, a: &Arr) -> R<Obj> {
        let o = self.new_std_object()?;
        if !a.is_empty() {
            let t = o.dyn_props_mut();
            for (k, v) in a.table().iter() {
                let key = match k {
                    KeyRef::Int(i) => Key::Str(Str::new(i.to_string().as_bytes())),
                    KeyRef::Str(s) => Key::Str(s.clone()),
                };
                t.insert(key, v.clone());
            }
        }
        Ok(o)
    }

    /// Creates a `Closure` object from a closure expression.
    pub fn make_closure(&mut self, def: &Rc<ir::ClosureDef>) -> R<Value> {
        let mut bound = Vec::with_capacity(def.uses.len());
        for (outer, inner, by_ref) in &def.uses {
            let v = if *by_ref {
                let f = self.frame_mut();
                let i = f.map(*outer);
                Value::Ref(super::lvalue::to_ref(&mut f.slots[i]))
            } else {
                let cur = self.frame().slot(*outer).clone();
                match cur {
                    Value::Undef => {
                        if !def.func.is_arrow {
                            let name = self.frame().slot_name(self.frame().map(*outer));
                            let msg = format!(
                                "Undefined variable ${}",
                                String::from_utf8_lossy(name.as_bytes())
                            );
                            let line = self.current_line();
                            self.warn(line, &msg)?;
                            Value::Null
                        } else {
                            continue;
                        }
                    }
                    Value::Ref(r) => r.get().clone(),
                    v => v,
                }
            };
            bound.push((*inner, v));
        }
        let this = if def.func.is_static {
            None
        } else {
            self.frame().this.clone()
        };
        let scope = self.frame().scope.clone();
        let called_scope = self.frame().static_class.clone();
        let data = ClosureData {
            callable: Callable::User(def.func.clone()),
            this: this.map(Value::Obj).unwrap_or(Value::Null),
            scope,
            called_scope,
            bound,
            statics: Default::default(),
            method: None,
        };
        Ok(Value::Obj(self.new_closure_object(data)))
    }

    pub fn new_closure_object(&mut self, data: ClosureData) -> Obj {
        let class = self
            .classes
            .get(&Str::interned(b"closure"))
            .cloned()
            .expect("Closure class");
        let o = Obj::new(class, Vec::new());
        o.set_payload(Box::new(data));
        o
    }

    /// `strlen(...)`: a Closure for a function.
    pub fn closure_from_callable(&mut self, callable: Callable, ctx: CallCtx) -> R<Value> {
        let data = ClosureData {
            callable,
            this: ctx.this.map(Value::Obj).unwrap_or(Value::Null),
            scope: ctx.scope,
            called_scope: ctx.static_class,
            bound: Vec::new(),
            statics: Default::default(),
            method: None,
        };
        Ok(Value::Obj(self.new_closure_object(data)))
    }

    pub fn closure_from_method(&mut self, m: Rc<super::class::Method>, ctx: CallCtx) -> R<Value> {
        let data = ClosureData {
            callable: m.callable.clone(),
            this: ctx.this.map(Value::Obj).unwrap_or(Value::Null),
            scope: ctx.scope,
            called_scope: ctx.static_class,
            bound: Vec::new(),
            statics: Default::default(),
            method: Some(m),
        };
        Ok(Value::Obj(self.new_closure_object(data)))
    }
}

/// PHP's mangled property name for array casts.
pub fn mangle(p: &super::class::PropInfo) -> Key {
    use crate::syntax::ast::Visibility;
    match p.visibility {
        Visibility::Public => Key::from_str(p.name.clone()),
        Visibility::Protected => Key::Str(Str::concat(&[b"\0*\0", p.name.as_bytes()])),
        Visibility::Private => Key::Str(Str::concat(&[
            b"\0",
            p.declaring_name.as_bytes(),
            b"\0",
            p.name.as_bytes(),
        ])),
    }
}
