//! Calling functions, methods and closures: argument binding (by value, by
//! reference, defaults, variadics, named arguments), frames, return values,
//! and what happens around a call (destructors of the callee's variables,
//! exceptions passing through).

use super::class::{Class, Method};
use super::frame::Frame;
use super::function::Callable;
use super::{Interp, Unwind, R};
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::compile::ir::{self, FuncDef};
use crate::value::{Arr, Key, Obj, Ref, Str, Value};
use std::rc::Rc;

/// A call's evaluated arguments: positional ones in order, then named ones.
pub type EvaluatedArgs = (Vec<Value>, Vec<(Str, Value)>);

/// Who is being called and in which context.
#[derive(Clone, Default)]
pub struct CallCtx {
    pub this: Option<Obj>,
    /// The class whose code runs (the method's declaring class).
    pub scope: Option<Rc<Class>>,
    /// `static::`
    pub static_class: Option<Rc<Class>>,
    /// The closure object when calling a closure.
    pub closure: Option<Obj>,
    /// Class name shown in traces and messages, and whether the call is static.
    pub class_name: Option<Str>,
    pub is_static: bool,
}

/// The captured state of a `Closure` object.
pub struct ClosureData {
    pub callable: Callable,
    /// The bound `$this` (`Value::Obj`) or `Value::Null`.
    pub this: Value,
    pub scope: Option<Rc<Class>>,
    pub called_scope: Option<Rc<Class>>,
    /// Captured variables: slot in the closure's frame and value (a `Ref`
    /// for `use (&$x)`).
    pub bound: Vec<(ir::Slot, Value)>,
    /// The closure's own static variables.
    pub statics: std::cell::RefCell<Option<Vec<Value>>>,
    /// For closures made from a method (`Closure::fromCallable`, `$o->m(...)`).
    pub method: Option<Rc<Method>>,
}

impl crate::value::object::Payload for ClosureData {
    fn for_each_value(&self, f: &mut dyn FnMut(&Value)) {
        // Zend's closure get_gc: $this first, then the static/used variables.
        f(&self.this);
        for (_, v) in &self.bound {
            f(v);
        }
        if let Some(s) = self.statics.borrow().as_ref() {
            for v in s {
                f(v);
            }
        }
    }
    fn take_values(&mut self) -> Vec<Value> {
        let mut out = Vec::new();
        out.push(std::mem::take(&mut self.this));
        out.extend(self.bound.drain(..).map(|(_, v)| v));
        if let Some(s) = self.statics.borrow_mut().take() {
            out.extend(s);
        }
        out
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn as_any_mut(&mut self) -> &mut dyn std::any::Any {
        self
    }
}

impl Interp {
    /// Checks that the native stack has room for another call.
    #[inline(always)]
    pub fn check_stack(&mut self) -> R<()> {
        let here = &self as *const _ as usize;
        if self.stack_limit != 0 && here < self.stack_limit {
            return Err(self.stack_exhausted());
        }
        Ok(())
    }

    #[cold]
    fn stack_exhausted(&mut self) -> Unwind {
        let limit = self.settings.memory_limit;
        if limit > 0 {
            self.fatal(&format!(
                "Allowed memory size of {} bytes exhausted (tried to allocate 262144 bytes)",
                limit
            ))
        } else {
            self.fatal("Maximum call stack size reached. Infinite recursion?")
        }
    }

    /// Evaluates the arguments of a call site for `callable`: by-reference
    /// parameters get a reference to the variable, spreads are expanded,
    /// named arguments are returned apart.
    pub fn eval_args(&mut self, callable: &Callable, args: &[ir::Arg]) -> R<EvaluatedArgs> {
        let mut out = self.slot_pool.pop().unwrap_or_default();
        out.reserve(args.len());
        let mut named: Vec<(Str, Value)> = Vec::new();
        for a in args {
            if a.spread {
                let v = self.eval(&a.value)?;
                match v.deref() {
                    Value::Arr(arr) => {
                        for (k, item) in arr.table().iter() {
                            match k {
                                crate::value::KeyRef::Int(_) => {
                                    if !named.is_empty() {
                                        return Err(self.throw_error(
                                            "Error",
                                            "Cannot use positional argument after named argument during unpacking",
                                        ));
                                    }
                                    out.push(item.deref_clone())
                                }
                                crate::value::KeyRef::Str(s) => {
                                    named.push((s.clone(), item.deref_clone()))
                                }
                            }
                        }
                    }
                    Value::Obj(o) if o.class().instance_of_name(b"traversable") => {
                        let items = self.iterate_to_vec(&v, a.value.line)?;
                        for (k, item) in items {
                            match k {
                                Value::Str(s) => named.push((s, item)),
                                _ => out.push(item),
                            }
                        }
                    }
                    _ => {
                        return Err(self
                            .throw_error("Error", "Only arrays and Traversables can be unpacked"));
                    }
                }
                continue;
            }
            if let Some(n) = &a.name {
                let v = self.eval(&a.value)?;
                named.push((n.clone(), v));
                continue;
            }
            let i = out.len();
            if callable.param_by_ref(i) && is_referenceable(&a.value.kind) {
                let r = self.make_ref(&a.value)?;
                out.push(Value::Ref(r));
            } else if let (true, ir::ExprKind::AssignRef(target, _)) =
                (callable.param_by_ref(i), &a.value.kind)
            {
                // f($b =& $a) passes the reference just bound.
                self.eval(&a.value)?;
                let r = self.make_ref(target)?;
                out.push(Value::Ref(r));
            } else {
                if callable.param_by_ref(i) {
                    let is_call = matches!(
                        a.value.kind,
                        ir::ExprKind::Call { .. }
                            | ir::ExprKind::MethodCall { .. }
                            | ir::ExprKind::StaticCall { .. }
                    );
                    if !is_call && !callable.param_prefer_ref(i) {
                        let v = self.eval(&a.value)?;
                        drop(v);
                        return Err(self.throw_error(
                            "Error",
                            &format!(
                                "{}(): Argument #{} (${}) cannot be passed by reference",
                                String::from_utf8_lossy(&callable.name()),
                                i + 1,
                                callable.param_name(i)
                            ),
                        ));
                    }
                    if is_call && callable.param_prefer_ref(i) {
                        let v = self.eval(&a.value)?;
                        out.push(v);
                        continue;
                    }
                    if is_call {
                        // A function returning by reference passes its reference.
                        let v = self.eval_keep_ref(&a.value)?;
                        let v = if v.is_ref() {
                            v
                        } else {
                            self.notice(
                                a.value.line,
                                "Only variables should be passed by reference",
                            )?;
                            Value::Ref(Ref::new(v))
                        };
                        out.push(v);
                        continue;
                    }
                }
                let v = self.eval(&a.value)?;
                out.push(v);
            }
        }
        Ok((out, named))
    }

    /// Calls `callable` with evaluated arguments.
    pub fn call_callable(
        &mut self,
        callable: &Callable,
        args: Vec<Value>,
        named: Vec<(Str, Value)>,
        ctx: CallCtx,
    ) -> R<Value> {
        match callable {
            Callable::User(f) => self.call_user(f, args, named, ctx),
            Callable::Builtin(b) => self.call_builtin(b, args, named, ctx),
        }
    }

    fn call_builtin(
        &mut self,
        b: &'static BuiltinFunction,
        mut args: Vec<Value>,
        named: Vec<(Str, Value)>,
        ctx: CallCtx,
    ) -> R<Value> {
        if !named.is_empty() {
            self.bind_named_builtin(b, &mut args, named)?;
        }
        let (caller_file, caller_line) = {
            let f = self.frame();
            (f.file.clone(), f.line)
        };
        let display_name = match &ctx.class_name {
            Some(_) => Str::interned(b.name.as_bytes()),
            None => Str::interned(b.name.as_bytes()),
        };
        let mut frame = Frame::global();
        frame.is_internal = true;
        frame.call_name = Some((ctx.class_name.clone(), display_name, ctx.is_static));
        frame.call_file = caller_file.clone();
        frame.call_line = caller_line;
        frame.file = caller_file;
        frame.line = caller_line;
        frame.num_args = args.len() as u32;
        frame.this = ctx.this.clone();
        frame.scope = ctx.scope.clone();
        frame.static_class = ctx.static_class.clone();
        self.frames.push(frame);
        let result = match b.check_arg_count(args.len()) {
            Err(msg) => {
                // The message starts with the bare name; methods show `Class::name`.
                let msg = format!(
                    "{}{}",
                    crate::builtins::qualified_name(self, b),
                    &msg[b.name.len()..]
                );
                // The trace shows the arguments given.
                self.frame_mut().native_args = Some(&args as *const Vec<Value>);
                let e = self.throw_error("ArgumentCountError", &msg);
                self.frame_mut().native_args = None;
                Err(e)
            }
            Ok(()) => {
                let mut call = CallArgs {
                    args,
                    func: b,
                    this: ctx.this,
                    line: caller_line,
                };
                self.frame_mut().native_args = Some(&call.args as *const Vec<Value>);
                let r = (b.func)(self, &mut call);
                self.frame_mut().native_args = None;
                super::frame::recycle(&mut self.slot_pool, std::mem::take(&mut call.args));
                drop(call);
                // PHP's interrupt check after an internal call.
                r.and_then(|v| self.check_memory().map(|()| v))
            }
        };
        let f = self.frames.pop().expect("builtin frame");
        f.release_slots(&mut self.slot_pool);
        result
    }

    fn bind_named_builtin(
        &mut self,
        b: &'static BuiltinFunction,
        args: &mut Vec<Value>,
        named: Vec<(Str, Value)>,
    ) -> R<()> {
        for (name, v) in named {
            let Some(i) = b.param_index(name.as_bytes()) else {
                return Err(self.throw_error(
                    "Error",
                    &format!(
                        "Unknown named parameter ${}",
                        String::from_utf8_lossy(name.as_bytes())
                    ),
                ));
            };
            if i < args.len() && !args[i].is_undef() {
                return Err(self.throw_error(
                    "Error",
                    &format!(
                        "Named parameter ${} overwrites previous argument",
                        String::from_utf8_lossy(name.as_bytes())
                    ),
                ));
            }
            while args.len() <= i {
                args.push(Value::Undef);
            }
            args[i] = v;
        }
        Ok(())
    }

    /// Calls a user function: binds arguments into a new frame, runs the
    /// body, checks the return type, frees the frame.
    pub fn call_user(
        &mut self,
        f: &Rc<FuncDef>,
        args: Vec<Value>,
        named: Vec<(Str, Value)>,
        ctx: CallCtx,
    ) -> R<Value> {
        self.check_stack()?;
        // PHP's interrupt check on entering a function.
        self.check_memory()?;
        if f.is_abstract {
            return Err(self.throw_error(
                "Error",
                &format!(
                    "Cannot call abstract method {}::{}()",
                    String::from_utf8_lossy(
                        ctx.class_name.as_ref().map(|s| s.as_bytes()).unwrap_or(b"")
                    ),
                    String::from_utf8_lossy(f.name.as_bytes())
                ),
            ));
        }
        // Pooled vectors come back empty (`recycle`).
        let mut slots = self.slot_pool.pop().unwrap_or_default();
        slots.extend(std::iter::repeat_with(|| Value::Undef).take(f.slot_names.len()));
        if let Some(c) = &ctx.closure {
            if let Some(data) = c.payload::<ClosureData>() {
                for (slot, v) in &data.bound {
                    slots[*slot as usize] = v.clone();
                }
            }
        }
        let (caller_file, caller_line) = {
            let c = self.frame();
            (c.file.clone(), c.line)
        };
        // Built in place in one go: a frame is large, and every move of it
        // is a copy.
        self.frames.push(Frame {
            slots,
            func: Some(f.clone()),
            file: Some(f.file.clone()),
            line: f.line,
            call_file: caller_file,
            call_line: caller_line,
            call_name: Some((ctx.class_name, f.name.clone(), ctx.is_static)),
            this: ctx.this,
            scope: ctx.scope,
            static_class: ctx.static_class,
            num_args: args.len() as u32,
            closure: ctx.closure,
            ..Frame::global()
        });
        if f.is_generator {
            return self.make_generator(f, args, named);
        }
        let result = self.bind_and_run(f, args, named);
        // Released where it stands, then dropped there (no copy out).
        let frame = self.frames.last_mut().expect("callee frame");
        frame.release_in_place(&mut self.slot_pool);
        self.frames.truncate(self.frames.len() - 1);
        match result {
            Ok(v) => {
                self.safe_point()?;
                Ok(v)
            }
            Err(e) => Err(self.unwind_through_destructors(e)),
        }
    }

    /// Reports a warning on the caller's line (the frame below the current
    /// one).
    fn warn_in_caller(&mut self, msg: &str, line: u32) -> R<()> {
        let n = self.frames.len();
        if n >= 2 {
            let file = self.frames[n - 2].file();
            return self.report_in(
                super::errors::E_WARNING,
                msg.as_bytes(),
                file.as_bytes(),
                line,
            );
        }
        self.warn(line, msg)
    }

    /// Runs destructors queued while an exception or exit() passes by; an
    /// exception thrown by one of them takes the travelling one as
    /// `previous`.
    pub fn unwind_through_destructors(&mut self, e: Unwind) -> Unwind {
        if !crate::gc::destructors::has_pending() && !crate::gc::collection_requested() {
            return e;
        }
        match e {
            Unwind::Throw => {
                // Destructors run with the travelling exception set aside.
                let ex = self.take_exception();
                match self.safe_point() {
                    Ok(()) => self.throw(ex),
                    Err(Unwind::Throw) => {
                        let newer = self.take_exception();
                        self.chain_previous(&newer, ex);
                        self.throw(newer)
                    }
                    Err(other) => other,
                }
            }
            // exit() unwinds the stack as an exception does (Zend's
            // unwind_exit): the locals of each frame it leaves are destroyed
            // then, before shutdown functions. An exception a destructor
            // throws meanwhile replaces the exit and travels on. A generator
            // being destroyed leaves its frames the same way.
            Unwind::Exit | Unwind::GeneratorDestroy => match self.safe_point() {
                Ok(()) => e,
                Err(other) => other,
            },
            Unwind::Fatal => Unwind::Fatal,
        }
    }

    /// Appends `prev` at the end of `e`'s chain of previous exceptions
    /// (Zend's `zend_exception_set_previous`).
    pub fn chain_previous(&mut self, e: &Obj, prev: Obj) {
        if e.ptr_eq(&prev) {
            return;
        }
        let mut cur = e.clone();
        while let Value::Obj(p) = self.get_prop_by_name(&cur, b"previous") {
            if p.ptr_eq(&prev) {
                return;
            }
            cur = p;
        }
        self.set_prop_by_name(&cur, b"previous", Value::Obj(prev));
    }

    fn bind_and_run(
        &mut self,
        f: &Rc<FuncDef>,
        args: Vec<Value>,
        named: Vec<(Str, Value)>,
    ) -> R<Value> {
        self.bind_params(f, args, named)?;
        let flow = self.exec_block(&f.body)?;
        let ret = self.take_return_value(flow);
        if let Some(t) = &f.return_type {
            if accepted_as_is(t, &ret) {
                return Ok(ret);
            }
            if let Value::Ref(r) = &ret {
                let inner = r.get().clone();
                let checked = self.check_return_type(f, t, inner)?;
                drop(checked);
                return Ok(ret);
            }
            return self.check_return_type(f, t, ret);
        }
        Ok(ret)
    }

    pub(super) fn bind_params(
        &mut self,
        f: &Rc<FuncDef>,
        mut args: Vec<Value>,
        named: Vec<(Str, Value)>,
    ) -> R<()> {
        let nparams = f.params.len();
        let variadic = f.params.last().is_some_and(|p| p.variadic);
        if named.is_empty() && !variadic && args.len() == nparams {
            return self.bind_positional(f, args);
        }
        let fixed = if variadic { nparams - 1 } else { nparams };
        // Named arguments go to their parameter's position.
        let mut named_rest: Vec<(Str, Value)> = Vec::new();
        for (name, v) in named {
            match f.params.iter().position(|p| p.name == name && !p.variadic) {
                Some(i) => {
                    if i < args.len() && !args[i].is_undef() {
                        return Err(self.throw_error(
                            "Error",
                            &format!(
                                "Named parameter ${} overwrites previous argument",
                                String::from_utf8_lossy(name.as_bytes())
                            ),
                        ));
                    }
                    while args.len() <= i {
                        args.push(Value::Undef);
                    }
                    args[i] = v;
                }
                None if variadic => named_rest.push((name, v)),
                None => {
                    return Err(self.throw_error(
                        "Error",
                        &format!(
                            "Unknown named parameter ${}",
                            String::from_utf8_lossy(name.as_bytes())
                        ),
                    ))
                }
            }
        }
        let passed = args.len();
        let mut rest = Vec::new();
        if passed > fixed {
            rest = args.split_off(fixed);
        }
        if !variadic && !rest.is_empty() {
            // Extra arguments are kept first, so that a TypeError raised by a
            // parameter below shows all the passed arguments in its trace.
            let extra: Vec<Value> = std::mem::take(&mut rest)
                .into_iter()
                .map(|v| v.into_deref())
                .collect();
            self.frame_mut().extra_args = extra;
        }
        let mut given = args.drain(..);
        for (i, p) in f.params.iter().enumerate().take(fixed) {
            let v = given.next().unwrap_or(Value::Undef);
            self.bind_param(f, i, p, v, passed)?;
        }
        drop(given);
        // Every argument has been moved out: the vector can serve again.
        super::frame::recycle(&mut self.slot_pool, args);
        if variadic {
            // As Zend's RECV_VARIADIC: the array holds copies; the arguments
            // themselves stay with the call until it returns (traces and
            // func_get_args show them as passed, and counts show both).
            let p = &f.params[nparams - 1];
            let mut arr = Arr::new();
            let mut passed_rest = Vec::with_capacity(rest.len());
            for (k, v) in rest.into_iter().enumerate() {
                let v = if p.by_ref {
                    match v {
                        Value::Ref(r) => Value::Ref(r),
                        other => Value::Ref(Ref::new(other)),
                    }
                } else {
                    let v = v.into_deref();
                    match &p.ty {
                        Some(t) => self.coerce_param(f, fixed + k, p, t, v)?,
                        None => v,
                    }
                };
                passed_rest.push(v.clone());
                arr.table_mut().push(v);
            }
            self.frame_mut().extra_args = passed_rest;
            for (name, v) in named_rest {
                arr.table_mut().insert(Key::Str(name), v);
            }
            self.frame_mut().slots[p.slot as usize] = if arr.is_empty() {
                Value::Arr(Arr::empty())
            } else {
                Value::Arr(arr)
            };
        }
        if f.params.iter().any(|p| p.promote.is_some()) {
            self.promote_params(f);
        }
        Ok(())
    }

    /// The common call: one argument for each parameter, none named, no
    /// variadic parameter. A plain value of an accepted type goes straight
    /// into its slot; anything else is bound as `bind_params` would.
    fn bind_positional(&mut self, f: &Rc<FuncDef>, mut args: Vec<Value>) -> R<()> {
        let passed = args.len();
        for (i, (p, v)) in f.params.iter().zip(args.drain(..)).enumerate() {
            let plain = !p.by_ref
                && !matches!(v, Value::Undef | Value::Ref(_))
                && p.ty.as_ref().is_none_or(|t| accepted_as_is(t, &v));
            if plain {
                self.frame_mut().slots[p.slot as usize] = v;
            } else {
                self.bind_param(f, i, p, v, passed)?;
            }
        }
        super::frame::recycle(&mut self.slot_pool, args);
        if f.params.iter().any(|p| p.promote.is_some()) {
            self.promote_params(f);
        }
        Ok(())
    }

    /// Constructor promotion: promoted parameters copied into their
    /// properties.
    #[cold]
    fn promote_params(&mut self, f: &FuncDef) {
        if let Some(this) = self.frame().this.clone() {
            for p in f.params.iter().filter(|p| p.promote.is_some()) {
                let v = self.frame().slots[p.slot as usize].deref_clone();
                let class = this.class().clone();
                if let Some(&i) = class.prop_lookup.get(&p.name) {
                    let slot = class.props[i].slot;
                    Value::replace_release(&mut this.props_mut()[slot], v);
                }
            }
        }
    }

    /// Binds the argument `v` (`Undef` when not passed) to parameter `i` of
    /// `f`: its default, a reference, or the value checked against its type.
    fn bind_param(
        &mut self,
        f: &Rc<FuncDef>,
        i: usize,
        p: &ir::Param,
        v: Value,
        passed: usize,
    ) -> R<()> {
        if v.is_undef() {
            match &p.default {
                Some(d) => {
                    let dv = self.eval(d)?;
                    let dv = if p.by_ref {
                        Value::Ref(Ref::new(dv))
                    } else {
                        dv
                    };
                    self.frame_mut().slots[p.slot as usize] = dv;
                    return Ok(());
                }
                None => return Err(self.too_few_args(f, passed.min(i))),
            }
        }
        let v = if p.by_ref {
            match v {
                Value::Ref(r) => Value::Ref(r),
                other => {
                    // Only callbacks from built-ins arrive here without a
                    // reference (user code always binds one).
                    let msg = format!(
                        "{}(): Argument #{} (${}) must be passed by reference, value given",
                        self.function_display_name(f),
                        i + 1,
                        String::from_utf8_lossy(p.name.as_bytes())
                    );
                    let caller_line = self
                        .frames
                        .len()
                        .checked_sub(2)
                        .map(|c| self.frames[c].line)
                        .unwrap_or(0);
                    self.warn_in_caller(&msg, caller_line)?;
                    Value::Ref(Ref::new(other))
                }
            }
        } else {
            let v = v.into_deref();
            match &p.ty {
                Some(t) if accepted_as_is(t, &v) => v,
                Some(t) => {
                    // The slot shows the argument as passed while it is
                    // checked (traces of a TypeError list it).
                    self.frame_mut().slots[p.slot as usize] = v.clone();
                    self.coerce_param(f, i, p, t, v)?
                }
                None => v,
            }
        };
        self.frame_mut().slots[p.slot as usize] = v;
        Ok(())
    }

    fn too_few_args(&mut self, f: &FuncDef, passed: usize) -> Unwind {
        let required = f
            .params
            .iter()
            .filter(|p| p.default.is_none() && !p.variadic)
            .count();
        let exactly = f.params.iter().all(|p| p.default.is_none() && !p.variadic);
        let name = self.function_display_name(f);
        let caller = self
            .frames
            .len()
            .checked_sub(2)
            .map(|i| (self.frames[i].file(), self.frames[i].line));
        let (cf, cl) = caller.unwrap_or((Str::empty(), 0));
        let msg = format!(
            "Too few arguments to function {}(), {} passed in {} on line {} and {} {} expected",
            name,
            passed,
            String::from_utf8_lossy(cf.as_bytes()),
            cl,
            if exactly { "exactly" } else { "at least" },
            required
        );
        self.throw_error("ArgumentCountError", &msg)
    }

    /// `foo`, `A::foo` or `{closure}` as PHP names functions in messages.
    pub fn function_display_name(&self, f: &FuncDef) -> String {
        let name = String::from_utf8_lossy(f.name.as_bytes()).into_owned();
        match (&f.class_name, f.is_closure) {
            (Some(c), false) => format!("{}::{}", String::from_utf8_lossy(c.as_bytes()), name),
            _ => name,
        }
    }

    /// Calls a PHP callable value (`'strlen'`, `'A::m'`, `[$obj, 'm']`, a
    /// closure, an invokable object) with arguments.
    pub fn call_value(&mut self, f: &Value, args: Vec<Value>) -> R<Value> {
        let (callable, ctx) = self.resolve_callable(f)?;
        self.call_callable(&callable, args, Vec::new(), ctx)
    }

    /// Resolves a callable value, or throws `Error` when it is not callable.
    pub fn resolve_callable(&mut self, f: &Value) -> R<(Callable, CallCtx)> {
        match self.try_resolve_callable(f)? {
            Ok(x) => Ok(x),
            Err(msg) => Err(self.throw_error("Error", &msg)),
        }
    }

    /// Resolves a callable value; the inner error is PHP's reason when it
    /// is not callable.
    pub fn try_resolve_callable(&mut self, f: &Value) -> R<Result<(Callable, CallCtx), String>> {
        match f.deref() {
            Value::Str(s) => {
                let name = s.as_bytes();
                if let Some(pos) = find_double_colon(name) {
                    let cls = Str::new(&name[..pos]);
                    let meth = &name[pos + 2..];
                    let lc = Str::new(&cls.as_bytes().to_ascii_lowercase());
                    let Some(class) = self.find_class(&cls, &lc)? else {
                        return Ok(Err(format!(
                            "class \"{}\" not found",
                            String::from_utf8_lossy(cls.as_bytes())
                        )));
                    };
                    return self.resolve_static_callable(&class, meth, None);
                }
                let name = if name.first() == Some(&b'\\') {
                    &name[1..]
                } else {
                    name
                };
                let lc = Str::new(&name.to_ascii_lowercase());
                match self.functions.get(&lc) {
                    Some(c) => Ok(Ok((c.clone(), CallCtx::default()))),
                    None => Ok(Err(format!(
                        "function \"{}\" not found or invalid function name",
                        String::from_utf8_lossy(name)
                    ))),
                }
            }
            Value::Arr(a) => {
                if a.len() != 2 {
                    return Ok(Err("array callback must have exactly two members".into()));
                }
                let target = a.table().get_int(0).map(|v| v.deref_clone());
                let method = a.table().get_int(1).map(|v| v.deref_clone());
                match (target, method) {
                    (Some(Value::Obj(o)), Some(Value::Str(m))) => {
                        let mname = m.as_bytes();
                        if let Some(pos) = find_double_colon(mname) {
                            // [$obj, 'parent::m']
                            let prefix = mname[..pos].to_ascii_lowercase();
                            let meth = &mname[pos + 2..];
                            let class = if prefix == b"parent" {
                                o.class().parent.clone()
                            } else {
                                Some(o.class().clone())
                            };
                            if let Some(class) = class {
                                return self.resolve_static_callable(&class, meth, Some(o));
                            }
                        }
                        self.resolve_method_callable(&o, mname)
                    }
                    (Some(Value::Str(c)), Some(Value::Str(m))) => {
                        let lc = Str::new(&c.as_bytes().to_ascii_lowercase());
                        let Some(class) = self.find_class(&c, &lc)? else {
                            return Ok(Err(format!(
                                "class \"{}\" not found",
                                String::from_utf8_lossy(c.as_bytes())
                            )));
                        };
                        let this = self
                            .frame()
                            .this
                            .clone()
                            .filter(|t| t.class().is_subclass_of(&class));
                        self.resolve_static_callable(&class, m.as_bytes(), this)
                    }
                    _ => Ok(Err(
                        "first array member is not a valid class name or object".into(),
                    )),
                }
            }
            Value::Obj(o) => {
                if let Some(data) = o.payload::<ClosureData>() {
                    let this = data.this_obj();
                    let ctx = CallCtx {
                        this: this.clone(),
                        scope: data.scope.clone(),
                        static_class: data
                            .called_scope
                            .clone()
                            .or_else(|| this.as_ref().map(|t| t.class().clone()))
                            .or_else(|| data.scope.clone()),
                        closure: Some(o.clone()),
                        class_name: match &data.method {
                            Some(m) => Some(m.class_name.clone()),
                            None => data.scope.as_ref().map(|c| c.name.clone()),
                        },
                        is_static: this.is_none(),
                    };
                    return Ok(Ok((data.callable.clone(), ctx)));
                }
                match o.class().magic_invoke.clone() {
                    Some(m) => Ok(Ok((
                        m.callable.clone(),
                        CallCtx {
                            this: Some(o.clone()),
                            scope: Some(m.class()),
                            static_class: Some(o.class().clone()),
                            closure: None,
                            class_name: Some(m.class_name.clone()),
                            is_static: false,
                        },
                    ))),
                    None => Ok(Err("no array or string given".into())),
                }
            }
            _ => Ok(Err("no array or string given".into())),
        }
    }

    fn resolve_method_callable(
        &mut self,
        o: &Obj,
        name: &[u8],
    ) -> R<Result<(Callable, CallCtx), String>> {
        let class = o.class().clone();
        let lc = name.to_ascii_lowercase();
        match class.find_method(&lc) {
            Some(m) => {
                if !self.method_visible(m) {
                    return Ok(Err(format!(
                        "cannot access {} method {}::{}()",
                        super::class::visibility_name(m.visibility),
                        String::from_utf8_lossy(class.name.as_bytes()),
                        String::from_utf8_lossy(m.name.as_bytes())
                    )));
                }
                let m = m.clone();
                Ok(Ok((
                    m.callable.clone(),
                    CallCtx {
                        this: if m.is_static { None } else { Some(o.clone()) },
                        scope: Some(m.class()),
                        static_class: Some(class.clone()),
                        closure: None,
                        class_name: Some(m.class_name.clone()),
                        is_static: m.is_static,
                    },
                )))
            }
            None => match class.magic_call.clone() {
                Some(call) => {
                    let trampoline = crate::builtins::classes::magic_call_trampoline(name);
                    let _ = call;
                    Ok(Ok((
                        trampoline,
                        CallCtx {
                            this: Some(o.clone()),
                            scope: Some(class.clone()),
                            static_class: Some(class.clone()),
                            closure: None,
                            class_name: Some(class.name.clone()),
                            is_static: false,
                        },
                    )))
                }
                None => Ok(Err(format!(
                    "class {} does not have a method \"{}\"",
                    String::from_utf8_lossy(class.name.as_bytes()),
                    String::from_utf8_lossy(name)
                ))),
            },
        }
    }

    fn resolve_static_callable(
        &mut self,
        class: &Rc<Class>,
        name: &[u8],
        this: Option<Obj>,
    ) -> R<Result<(Callable, CallCtx), String>> {
        let lc = name.to_ascii_lowercase();
        match class.find_method(&lc) {
            Some(m) => {
                let m = m.clone();
                if !self.method_visible(&m) {
                    return Ok(Err(format!(
                        "cannot access {} method {}::{}()",
                        super::class::visibility_name(m.visibility),
                        String::from_utf8_lossy(class.name.as_bytes()),
                        String::from_utf8_lossy(m.name.as_bytes())
                    )));
                }
                let this = if m.is_static {
                    None
                } else {
                    this.or_else(|| {
                        self.frame()
                            .this
                            .clone()
                            .filter(|t| t.class().is_subclass_of(class))
                    })
                };
                if !m.is_static && this.is_none() {
                    return Ok(Err(format!(
                        "non-static method {}::{}() cannot be called statically",
                        String::from_utf8_lossy(class.name.as_bytes()),
                        String::from_utf8_lossy(m.name.as_bytes())
                    )));
                }
                let static_class = this
                    .as_ref()
                    .map(|t| t.class().clone())
                    .unwrap_or_else(|| class.clone());
                Ok(Ok((
                    m.callable.clone(),
                    CallCtx {
                        is_static: this.is_none(),
                        this,
                        scope: Some(m.class()),
                        static_class: Some(static_class),
                        closure: None,
                        class_name: Some(m.class_name.clone()),
                    },
                )))
            }
            None => Ok(Err(format!(
                "class {} does not have a method \"{}\"",
                String::from_utf8_lossy(class.name.as_bytes()),
                String::from_utf8_lossy(name)
            ))),
        }
    }

    /// May the running code call `m`?
    pub fn method_visible(&self, m: &Method) -> bool {
        use crate::syntax::ast::Visibility;
        match m.visibility {
            Visibility::Public => true,
            Visibility::Private => self
                .frame()
                .scope
                .as_ref()
                .is_some_and(|s| s.lc_name.as_bytes() == m.class().lc_name.as_bytes()),
            Visibility::Protected => match &self.frame().scope {
                Some(s) => {
                    let mc = m.class();
                    s.is_subclass_of(&mc)
                        || mc.is_subclass_of(s)
                        || root_declarer_shared(s, &m.name, &mc)
                }
                None => false,
            },
        }
    }

    /// Calls a method by lowercase name on an object (engine use: magic
    /// methods, `__toString`, destructors), ignoring visibility.
    pub fn call_method(&mut self, o: &Obj, lc: &[u8], args: Vec<Value>) -> R<Value> {
        let class = o.class().clone();
        let Some(m) = class.find_method(lc).cloned() else {
            return Err(self.throw_error(
                "Error",
                &format!(
                    "Call to undefined method {}::{}()",
                    String::from_utf8_lossy(class.name.as_bytes()),
                    String::from_utf8_lossy(lc)
                ),
            ));
        };
        self.call_method_resolved(o, &m, args)
    }

    /// `$o[...]` reaching an `ArrayAccess` method. The classes PHP gives
    /// built-in dimension handlers (`ArrayObject`, `SplFixedArray`,
    /// `SplObjectStorage`) run their built-in methods without a call frame,
    /// so traces show no `offsetGet()` call there, as in PHP.
    pub fn call_offset_method(&mut self, o: &Obj, lc: &[u8], args: Vec<Value>) -> R<Value> {
        if crate::builtins::spl::has_dimension_handlers(o) {
            let m = o.class().find_method(lc).cloned();
            if let Some(Callable::Builtin(b)) = m.as_ref().map(|m| &m.callable) {
                let mut call = CallArgs {
                    args,
                    func: b,
                    this: Some(o.clone()),
                    line: self.current_line(),
                };
                return (b.func)(self, &mut call);
            }
        }
        self.call_method(o, lc, args)
    }

    pub fn call_method_resolved(&mut self, o: &Obj, m: &Rc<Method>, args: Vec<Value>) -> R<Value> {
        let ctx = CallCtx {
            this: if m.is_static { None } else { Some(o.clone()) },
            scope: Some(m.class()),
            static_class: Some(o.class().clone()),
            closure: None,
            class_name: Some(m.class_name.clone()),
            is_static: m.is_static,
        };
        self.call_callable(&m.callable, args, Vec::new(), ctx)
    }

    /// Runs an object's `__destruct` (the object is passed in with its
    /// count held for the call).
    pub fn call_destructor(&mut self, o: Obj) -> R<()> {
        if super::generator::is_generator(&o) {
            return super::generator::destroy(self, &o);
        }
        let Some(d) = o.class().destructor.clone() else {
            return Ok(());
        };
        if d.visibility != crate::syntax::ast::Visibility::Public {
            let scope_ok = self.method_visible(&d);
            if !scope_ok {
                let msg = format!(
                    "Call to {} {}::__destruct() from {}",
                    super::class::visibility_name(d.visibility),
                    String::from_utf8_lossy(o.class().name.as_bytes()),
                    match &self.frame().scope {
                        Some(s) => format!("scope {}", String::from_utf8_lossy(s.name.as_bytes())),
                        None => "global scope".into(),
                    }
                );
                self.warn(self.current_line(), &msg)?;
                return Ok(());
            }
        }
        let r = self.call_method_resolved(&o, &d, Vec::new());
        drop(o);
        r.map(drop)
    }
}

/// Protected members are visible between classes that share the class
/// that first declared the member.
fn root_declarer_shared(scope: &Class, name: &Str, mc: &Class) -> bool {
    let lc = name.as_bytes().to_ascii_lowercase();
    let mut root: &Class = mc;
    let mut c = mc.parent.as_deref();
    while let Some(p) = c {
        if p.methods.contains_key(lc.as_slice()) {
            root = p;
        }
        c = p.parent.as_deref();
    }
    scope.is_subclass_of(root)
}

/// Whether a value of `t` needs no check beyond its tag: a scalar or
/// `mixed` type given a value of exactly that type (the common case of a
/// typed parameter or return, decided without the full type check).
#[inline(always)]
fn accepted_as_is(t: &ir::Type, v: &Value) -> bool {
    use ir::BuiltinType as B;
    matches!(
        (t, v),
        (ir::Type::Builtin(B::Mixed), _)
            | (ir::Type::Builtin(B::Int), Value::Int(_))
            | (ir::Type::Builtin(B::Float), Value::Float(_))
            | (ir::Type::Builtin(B::String), Value::Str(_))
            | (ir::Type::Builtin(B::Bool), Value::Bool(_))
    )
}

fn find_double_colon(b: &[u8]) -> Option<usize> {
    b.windows(2).position(|w| w == b"::")
}

/// Expressions that can be bound by reference.
pub fn is_referenceable(k: &ir::ExprKind) -> bool {
    matches!(
        k,
        ir::ExprKind::Local(_)
            | ir::ExprKind::VarVar(_)
            | ir::ExprKind::Index { .. }
            | ir::ExprKind::Prop { .. }
            | ir::ExprKind::StaticProp { .. }
            | ir::ExprKind::GlobalVar(_)
    )
}

impl ClosureData {
    pub fn this_obj(&self) -> Option<Obj> {
        match &self.this {
            Value::Obj(o) => Some(o.clone()),
            _ => None,
        }
    }
}
