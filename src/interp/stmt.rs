//! Executing statements: control flow, loops (`foreach` over arrays,
//! objects and iterators, by value and by reference), `switch`, `try`,
//! declarations, `global` and `static`.

use super::convert::to_bool;
use super::{Flow, Interp, Unwind, R};
use crate::compile::ir::{self, StmtKind as S};
use crate::value::{ht_iterators, KeyRef, Obj, Ref, Str, Value};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set from another thread to stop the running code at its next loop
/// iteration (the interactive shell's Ctrl-C): the loop unwinds with
/// `Unwind::Fatal` without printing anything; whoever set the flag reports
/// the interruption and clears it.
pub static INTERRUPT: AtomicBool = AtomicBool::new(false);

/// What a loop does with the flow its body produced.
enum LoopAction {
    Next,
    Exit(Flow),
}

fn loop_action(flow: Flow) -> LoopAction {
    match flow {
        Flow::Normal | Flow::Continue(1) => LoopAction::Next,
        Flow::Break(1) => LoopAction::Exit(Flow::Normal),
        Flow::Break(n) => LoopAction::Exit(Flow::Break(n - 1)),
        Flow::Continue(n) => LoopAction::Exit(Flow::Continue(n - 1)),
        Flow::Return => LoopAction::Exit(Flow::Return),
    }
}

impl Interp {
    pub fn exec_block(&mut self, stmts: &[ir::Stmt]) -> R<Flow> {
        for s in stmts {
            // Expression statements, the most common kind, run here: the
            // general `exec_stmt` needs a far larger stack frame.
            if let S::Expr(e) = &s.kind {
                self.exec_expr_stmt(s.line, e)?;
                continue;
            }
            let flow = self.exec_stmt(s)?;
            if !matches!(flow, Flow::Normal) {
                return Ok(flow);
            }
        }
        Ok(Flow::Normal)
    }

    /// An expression statement: evaluates `e` for its effects.
    #[inline(always)]
    fn exec_expr_stmt(&mut self, line: u32, e: &ir::Expr) -> R<()> {
        self.frame_mut().line = line;
        match &e.kind {
            ir::ExprKind::Assign(target, value) => self.assign_unused(target, value)?,
            _ => self.eval_unused(e)?,
        }
        self.safe_point()
    }

    pub fn exec_stmt(&mut self, s: &ir::Stmt) -> R<Flow> {
        self.frame_mut().line = s.line;
        let flow = match &s.kind {
            S::Expr(e) => {
                self.exec_expr_stmt(s.line, e)?;
                return Ok(Flow::Normal);
            }
            S::Echo(es) => {
                for e in es {
                    let v = self.eval(e)?;
                    self.echo_value(&v)?;
                }
                Flow::Normal
            }
            S::InlineHtml(s) => {
                self.out.write(s.as_bytes());
                Flow::Normal
            }
            S::If(arms, else_) => {
                for (cond, body) in arms {
                    if self.eval_condition(cond)? {
                        return self.exec_block(body);
                    }
                }
                match else_ {
                    Some(b) => return self.exec_block(b),
                    None => Flow::Normal,
                }
            }
            S::While(cond, body) => loop {
                if !self.eval_condition(cond)? {
                    break Flow::Normal;
                }
                self.tick()?;
                if let LoopAction::Exit(f) = loop_action(self.exec_block(body)?) {
                    break f;
                }
            },
            S::DoWhile(body, cond) => loop {
                self.tick()?;
                if let LoopAction::Exit(f) = loop_action(self.exec_block(body)?) {
                    break f;
                }
                if !self.eval_condition(cond)? {
                    break Flow::Normal;
                }
            },
            S::For(init, cond, step, body) => self.exec_for(init, cond, step, body)?,
            S::Foreach(fe) => self.exec_foreach(fe)?,
            S::Switch(subject, cases) => self.exec_switch(subject, cases)?,
            S::Break(n) => Flow::Break(*n),
            S::Continue(n) => Flow::Continue(*n),
            S::Return(e) => {
                let by_ref = self
                    .frame()
                    .func
                    .as_ref()
                    .is_some_and(|f| f.by_ref_return && !f.is_generator)
                    && self.frames.len() > 1;
                let v = match e {
                    Some(e) if by_ref => {
                        if super::call::is_referenceable(&e.kind) {
                            Value::Ref(self.make_ref(e)?)
                        } else {
                            let v = self.eval_keep_ref(e)?;
                            if v.is_ref() {
                                v
                            } else {
                                self.notice(
                                    e.line,
                                    "Only variable references should be returned by reference",
                                )?;
                                Value::Ref(Ref::new(v))
                            }
                        }
                    }
                    Some(e) => self.eval(e)?,
                    None => Value::Null,
                };
                Value::replace_release(&mut self.return_value, v);
                return Ok(Flow::Return);
            }
            S::Global(vars) => {
                for (slot, name) in vars {
                    let gi = self.frames[0].find_or_add(name.as_bytes());
                    let r = super::lvalue::to_ref(&mut self.frames[0].slots[gi]);
                    let f = self.frame_mut();
                    let i = f.map(*slot);
                    Value::replace_release(&mut f.slots[i], Value::Ref(r));
                }
                Flow::Normal
            }
            S::GlobalDynamic(exprs) => {
                for e in exprs {
                    let name = match &e.kind {
                        ir::ExprKind::VarVar(n) => {
                            let v = self.eval(n)?;
                            self.to_str(&v)?
                        }
                        ir::ExprKind::Local(s) => self.frame().slot_name(self.frame().map(*s)),
                        _ => continue,
                    };
                    let gi = self.frames[0].find_or_add(name.as_bytes());
                    let r = super::lvalue::to_ref(&mut self.frames[0].slots[gi]);
                    let f = self.frame_mut();
                    let i = f.find_or_add(name.as_bytes());
                    Value::replace_release(&mut f.slots[i], Value::Ref(r));
                }
                Flow::Normal
            }
            S::Static(vars) => {
                for (slot, index) in vars {
                    let r = self.static_var_ref(*index)?;
                    let f = self.frame_mut();
                    let i = f.map(*slot);
                    Value::replace_release(&mut f.slots[i], Value::Ref(r));
                }
                Flow::Normal
            }
            S::Unset(list) => {
                for e in list {
                    self.unset(e)?;
                }
                Flow::Normal
            }
            S::DeclareFunction(f) => {
                self.declare_function(f, s.line)?;
                Flow::Normal
            }
            S::DeclareClass(decl) => {
                self.declare_class(decl, s.line)?;
                Flow::Normal
            }
            S::Try(body, catches, finally) => {
                return self.exec_try(body, catches, finally.as_deref())
            }
            S::Const(items) => {
                for (name, e) in items {
                    let v = self.eval(e)?;
                    if self.constants.contains_key(name) {
                        let msg = format!(
                            "Constant {} already defined",
                            String::from_utf8_lossy(name.as_bytes())
                        );
                        self.warn(s.line, &msg)?;
                    } else {
                        self.constants.insert(name.clone(), v);
                    }
                }
                Flow::Normal
            }
            S::Block(b) => return self.exec_block(b),
            S::Nop => Flow::Normal,
        };
        self.safe_point()?;
        Ok(flow)
    }

    /// `for (init; cond; step) body`. Out of `exec_stmt`, so that the loop
    /// keeps its state in registers of its own.
    #[inline(never)]
    fn exec_for(
        &mut self,
        init: &[ir::Expr],
        cond: &[ir::Expr],
        step: &[ir::Expr],
        body: &[ir::Stmt],
    ) -> R<Flow> {
        for e in init {
            self.eval_unused(e)?;
        }
        loop {
            // Every condition expression runs; the last one decides.
            if let Some((last, first)) = cond.split_last() {
                for c in first {
                    self.eval_unused(c)?;
                }
                if !self.eval_condition(last)? {
                    return Ok(Flow::Normal);
                }
            }
            self.tick()?;
            if let LoopAction::Exit(f) = loop_action(self.exec_block(body)?) {
                return Ok(f);
            }
            for e in step {
                self.eval_unused(e)?;
            }
        }
    }

    /// Work done once per loop iteration: time limit, interruption,
    /// pending destructors.
    #[inline(always)]
    fn tick(&mut self) -> R<()> {
        // An allocation over the limit raises the pending-work mark too, and
        // the safe point that takes the mark records the error: one test of
        // each flag tells whether anything is to be done.
        if crate::gc::has_pending_work()
            || self.memory_error.is_some()
            || self.time_limit_at.is_some()
            || INTERRUPT.load(Ordering::Relaxed)
        {
            return self.tick_work();
        }
        Ok(())
    }

    #[inline(never)]
    fn tick_work(&mut self) -> R<()> {
        self.safe_point()?;
        self.check_memory()?;
        if self.time_limit_at.is_some() || INTERRUPT.load(Ordering::Relaxed) {
            self.check_time_limit()?;
        }
        Ok(())
    }

    #[cold]
    fn check_time_limit(&mut self) -> R<()> {
        if INTERRUPT.load(Ordering::Relaxed) {
            return Err(Unwind::Fatal);
        }
        if let Some(at) = self.time_limit_at {
            if std::time::Instant::now() >= at {
                let secs = self.settings.max_execution_time;
                let s = if secs == 1 { "" } else { "s" };
                return Err(self.fatal(&format!(
                    "Maximum execution time of {} second{} exceeded",
                    secs, s
                )));
            }
        }
        Ok(())
    }

    pub fn declare_function(&mut self, f: &std::rc::Rc<ir::FuncDef>, line: u32) -> R<()> {
        let lc = Str::interned(&f.name.as_bytes().to_ascii_lowercase());
        if let Some(existing) = self.functions.get(&lc) {
            let where_ = match existing {
                super::function::Callable::User(d) => format!(
                    " (previously declared in {}:{})",
                    String::from_utf8_lossy(d.file.as_bytes()),
                    d.line
                ),
                _ => String::new(),
            };
            let msg = format!(
                "Cannot redeclare {}(){}",
                String::from_utf8_lossy(f.name.as_bytes()),
                where_
            );
            return Err(self.fatal_at(&msg, line));
        }
        self.functions
            .insert(lc, super::function::Callable::User(f.clone()));
        Ok(())
    }

    /// The reference holding static variable `index` of the running function.
    fn static_var_ref(&mut self, index: usize) -> R<Ref> {
        let frame = self.frame();
        // Code compiled apart (eval, include) owns its own statics.
        let in_unit = frame.unit.is_some();
        let func = frame
            .unit
            .clone()
            .or_else(|| frame.func.clone())
            .expect("static inside a function");
        let closure = if in_unit { None } else { frame.closure.clone() };
        let init = |it: &mut Interp, e: &Option<ir::Expr>| -> R<Value> {
            match e {
                Some(e) => it.eval(e),
                None => Ok(Value::Null),
            }
        };
        let storage_has = |store: &Option<Vec<Value>>| {
            store
                .as_ref()
                .is_some_and(|v| v.len() > index && !v[index].is_undef())
        };
        let has = match &closure {
            Some(c) => c
                .payload::<super::call::ClosureData>()
                .is_some_and(|d| storage_has(&d.statics.borrow())),
            None => storage_has(&func.static_values.borrow()),
        };
        if !has {
            let v = init(self, &func.statics[index].1)?;
            let r = Value::Ref(Ref::new(v));
            let put = |store: &mut Option<Vec<Value>>| {
                let vals = store.get_or_insert_with(Vec::new);
                if vals.len() < func.statics.len() {
                    vals.resize(func.statics.len(), Value::Undef);
                }
                if vals[index].is_undef() {
                    vals[index] = r.clone();
                }
            };
            match &closure {
                Some(c) => {
                    if let Some(d) = c.payload::<super::call::ClosureData>() {
                        put(&mut d.statics.borrow_mut());
                    }
                }
                None => put(&mut func.static_values.borrow_mut()),
            }
        }
        let v = match &closure {
            Some(c) => c
                .payload::<super::call::ClosureData>()
                .and_then(|d| d.statics.borrow().as_ref().map(|s| s[index].clone())),
            None => func
                .static_values
                .borrow()
                .as_ref()
                .map(|s| s[index].clone()),
        };
        match v {
            Some(Value::Ref(r)) => Ok(r),
            _ => Ok(Ref::new(Value::Null)),
        }
    }

    fn exec_switch(&mut self, subject: &ir::Expr, cases: &[ir::SwitchCase]) -> R<Flow> {
        let v = self.eval(subject)?;
        let mut start = None;
        for (i, c) in cases.iter().enumerate() {
            if let Some(t) = &c.test {
                let tv = self.eval(t)?;
                if self.loose_eq(&v, &tv)? {
                    start = Some(i);
                    break;
                }
            }
        }
        if start.is_none() {
            start = cases.iter().position(|c| c.test.is_none());
        }
        let Some(start) = start else {
            return Ok(Flow::Normal);
        };
        for c in &cases[start..] {
            match self.exec_block(&c.body)? {
                Flow::Normal => continue,
                Flow::Break(1) | Flow::Continue(1) => return Ok(Flow::Normal),
                Flow::Break(n) => return Ok(Flow::Break(n - 1)),
                Flow::Continue(n) => return Ok(Flow::Continue(n - 1)),
                Flow::Return => return Ok(Flow::Return),
            }
        }
        Ok(Flow::Normal)
    }

    fn exec_try(
        &mut self,
        body: &[ir::Stmt],
        catches: &[ir::Catch],
        finally: Option<&[ir::Stmt]>,
    ) -> R<Flow> {
        let mut result = self.exec_block(body);
        if let Err(Unwind::Throw) = &result {
            let ex = self.take_exception();
            result = Err(self.throw(ex.clone()));
            for c in catches {
                let matches = c.types.iter().any(|(_, lc)| {
                    let lc = lc.as_bytes();
                    let lc = if lc.first() == Some(&b'\\') {
                        &lc[1..]
                    } else {
                        lc
                    };
                    ex.class().instance_of_name(lc)
                });
                if matches {
                    self.exception = None;
                    if let Some(slot) = c.var {
                        let f = self.frame_mut();
                        let i = f.map(slot);
                        Value::replace_release(&mut f.slots[i], Value::Obj(ex.clone()));
                    }
                    drop(ex);
                    result = self.exec_block(&c.body);
                    break;
                }
            }
        }
        if let Some(fin) = finally {
            if matches!(result, Err(Unwind::Exit) | Err(Unwind::Fatal)) {
                return result;
            }
            // The finally block runs with a travelling exception or
            // return value set aside.
            let travelling = if let Err(Unwind::Throw) = result {
                Some(self.take_exception())
            } else {
                None
            };
            let returning = if let Ok(Flow::Return) = result {
                std::mem::take(&mut self.return_value)
            } else {
                Value::Undef
            };
            let outcome = self.exec_block(fin);
            if !matches!(outcome, Ok(Flow::Normal)) {
                // The finally block's own way out replaces the travelling one.
                returning.release();
                if let Err(Unwind::Throw) = outcome {
                    let newer = self.take_exception();
                    if let Some(old) = travelling {
                        self.chain_previous(&newer, old);
                    }
                    return Err(self.throw(newer));
                }
                return outcome;
            }
            if let Some(ex) = travelling {
                return Err(self.throw(ex));
            }
            Value::replace_release(&mut self.return_value, returning);
        }
        result
    }

    fn exec_foreach(&mut self, fe: &ir::Foreach) -> R<Flow> {
        if fe.by_ref {
            return self.foreach_by_ref(fe);
        }
        let subject = self.eval(&fe.subject)?;
        let body = &fe.body;
        let mut result = Flow::Normal;
        let want_key = fe.key.is_some();
        self.foreach_value_keyed(&subject, fe.subject.line, want_key, &mut |it, k, v| {
            if let Some(kt) = &fe.key {
                it.assign_to_expr(&fe.value, v)?;
                it.assign_to_expr(kt, k)?;
            } else {
                it.assign_to_expr(&fe.value, v)?;
            }
            it.tick()?;
            match loop_action(it.exec_block(body)?) {
                LoopAction::Next => Ok(true),
                LoopAction::Exit(f) => {
                    result = f;
                    Ok(false)
                }
            }
        })?;
        Ok(result)
    }

    /// Calls `f(key, value)` for each element of an array or object, in
    /// `foreach` order, until it returns false.
    pub fn foreach_value(
        &mut self,
        subject: &Value,
        line: u32,
        f: &mut dyn FnMut(&mut Interp, Value, Value) -> R<bool>,
    ) -> R<()> {
        self.foreach_value_keyed(subject, line, true, f)
    }

    /// `foreach_value`; iterators' `key()` is only called when `want_key`.
    pub fn foreach_value_keyed(
        &mut self,
        subject: &Value,
        line: u32,
        want_key: bool,
        f: &mut dyn FnMut(&mut Interp, Value, Value) -> R<bool>,
    ) -> R<()> {
        match subject.deref() {
            Value::Arr(a) => {
                // The caller's `subject` is the loop's copy (Zend's FE_RESET
                // temporary); iterate it in place.
                self.loop_temps.push(a.gc_ptr());
                let t = a.table();
                let mut pos = 0;
                let mut r = Ok(());
                loop {
                    pos = t.pos_valid_from(pos);
                    let Some((k, v)) = t.at(pos) else { break };
                    let key = key_value(k);
                    let v = v.deref_clone();
                    match f(self, key, v) {
                        Ok(true) => {}
                        Ok(false) => break,
                        Err(e) => {
                            r = Err(e);
                            break;
                        }
                    }
                    pos += 1;
                }
                self.loop_temps.pop();
                r
            }
            Value::Obj(o) => {
                let o = o.clone();
                self.foreach_object(&o, line, want_key, f)
            }
            other => {
                let msg = format!(
                    "foreach() argument must be of type array|object, {} given",
                    other.type_name()
                );
                self.warn(line, &msg)
            }
        }
    }

    fn foreach_object(
        &mut self,
        o: &Obj,
        line: u32,
        want_key: bool,
        f: &mut dyn FnMut(&mut Interp, Value, Value) -> R<bool>,
    ) -> R<()> {
        if super::generator::is_generator(o) {
            return super::generator::for_each(self, o, want_key, false, f);
        }
        let class = o.class().clone();
        if crate::builtins::classes::has_internal_iteration(o) {
            let handle = self.iterator_handle();
            let mut i = 0;
            while let Some((k, v)) = crate::builtins::classes::internal_element(o, i) {
                if !f(self, k, v)? {
                    break;
                }
                i += 1;
            }
            drop(handle);
            return Ok(());
        }
        if class.instance_of_name(b"iteratoraggregate") {
            let inner = self.call_method(o, b"getiterator", Vec::new())?;
            return match inner {
                Value::Obj(i) if i.class().instance_of_name(b"iterator") => {
                    // Zend's iterator over the aggregate's iterator holds an
                    // object handle, given back after that iterator is freed.
                    let handle = self.iterator_handle();
                    let r = self.foreach_iterator(&i, line, want_key, f);
                    i.release();
                    drop(handle);
                    r
                }
                Value::Obj(i) if i.class().instance_of_name(b"traversable") => {
                    self.foreach_object(&i, line, want_key, f)
                }
                _ => {
                    let msg = format!(
                        "Objects returned by {}::getIterator() must be traversable or implement interface Iterator",
                        String::from_utf8_lossy(class.display_name())
                    );
                    Err(self.throw_error("Exception", &msg))
                }
            };
        }
        if class.instance_of_name(b"iterator") {
            let handle = self.iterator_handle();
            let r = self.foreach_iterator(o, line, want_key, f);
            drop(handle);
            return r;
        }
        // Plain objects: the properties visible from here, read live (a
        // property removed during the loop is not visited).
        let class = o.class().clone();
        let scope = self.frame().scope.clone();
        for p in &class.props {
            let v = o.props()[p.slot].clone();
            if v.is_undef() {
                continue;
            }
            let visible = matches!(
                class.lookup_prop(p.name.as_bytes(), scope.as_deref()),
                super::class::PropLookup::Found(s) if s == p.slot
            );
            if visible && !f(self, Value::Str(p.name.clone()), v.into_deref())? {
                return Ok(());
            }
        }
        let mut pos = 0;
        loop {
            let item = o.dyn_props().and_then(|t| {
                let p = t.pos_valid_from(pos);
                t.at(p).map(|(k, v)| (p, key_value(k), v.deref_clone()))
            });
            let Some((p, k, v)) = item else { break };
            pos = p + 1;
            if !f(self, k, v)? {
                break;
            }
        }
        Ok(())
    }

    /// Drives an `Iterator` through its methods (called from the loop's
    /// line, which messages they raise show).
    fn foreach_iterator(
        &mut self,
        o: &Obj,
        line: u32,
        want_key: bool,
        f: &mut dyn FnMut(&mut Interp, Value, Value) -> R<bool>,
    ) -> R<()> {
        self.frame_mut().line = line;
        self.call_method(o, b"rewind", Vec::new())?;
        loop {
            self.frame_mut().line = line;
            let valid = self.call_method(o, b"valid", Vec::new())?;
            if !to_bool(&valid) {
                break;
            }
            let v = self.call_method(o, b"current", Vec::new())?;
            let k = if want_key {
                self.call_method(o, b"key", Vec::new())?
            } else {
                Value::Null
            };
            if !f(self, k, v)? {
                break;
            }
            self.frame_mut().line = line;
            self.call_method(o, b"next", Vec::new())?;
        }
        Ok(())
    }

    /// Stands for the `zend_object_iterator` PHP makes to iterate an
    /// object: it takes an object handle while it lives (`spl_object_id()`
    /// and `var_dump`'s `#N` of objects made meanwhile show it).
    pub fn iterator_handle(&mut self) -> Obj {
        let class = self.classes[&Str::interned(b"stdclass")].clone();
        Obj::new(class, Vec::new())
    }

    /// Properties of `o` visible from the current scope, as (name, value).
    pub fn visible_props(&mut self, o: &Obj) -> Vec<(Value, Value)> {
        let class = o.class().clone();
        let scope = self.frame().scope.clone();
        let mut out = Vec::new();
        for p in &class.props {
            let v = &o.props()[p.slot];
            if v.is_undef() {
                continue;
            }
            let visible = match class.lookup_prop(p.name.as_bytes(), scope.as_deref()) {
                super::class::PropLookup::Found(s) => s == p.slot,
                _ => false,
            };
            if visible {
                out.push((Value::Str(p.name.clone()), v.deref_clone()));
            }
        }
        if let Some(t) = o.dyn_props() {
            for (k, v) in t.iter() {
                out.push((key_value(k), v.deref_clone()));
            }
        }
        out
    }

    fn foreach_by_ref(&mut self, fe: &ir::Foreach) -> R<Flow> {
        let is_var = super::call::is_referenceable(&fe.subject.kind);
        if !is_var {
            // foreach (f() as &$v): iterate a temporary by reference.
            let v = self.eval(&fe.subject)?;
            let tmp_slot = Value::Ref(Ref::new(v));
            return self.foreach_ref_over(fe, None, Some(tmp_slot));
        }
        let path = self.prepare(&fe.subject)?;
        self.foreach_ref_over(fe, Some(path), None)
    }

    fn foreach_ref_over(
        &mut self,
        fe: &ir::Foreach,
        path: Option<super::lvalue::LvPath>,
        tmp: Option<Value>,
    ) -> R<Flow> {
        let container_ref: Ref = match (&path, &tmp) {
            (Some(p), _) => self.make_ref_path(p, fe.subject.line)?,
            (None, Some(Value::Ref(r))) => r.clone(),
            _ => unreachable!(),
        };
        match container_ref.get() {
            Value::Arr(_) => {}
            Value::Obj(o) => {
                let o = o.clone();
                return self.foreach_object_by_ref(fe, &o);
            }
            other => {
                let msg = format!(
                    "foreach() argument must be of type array|object, {} given",
                    other.type_name()
                );
                self.warn(fe.subject.line, &msg)?;
                return Ok(Flow::Normal);
            }
        }
        self.loop_temps.push(container_ref.gc_ptr());
        let r = self.foreach_ref_loop(fe, &container_ref);
        self.loop_temps.pop();
        r
    }

    /// `foreach ($array as &$v)`: the loop registers an iterator on the
    /// array's table (Zend's FE_RESET_RW) and at each step takes the next
    /// live element from its position, so it sees the array as the body
    /// changes it (`ht_iterators` keeps the position right when elements
    /// move). When the variable holds another table, the iterator moves to
    /// it at its internal pointer.
    fn foreach_ref_loop(&mut self, fe: &ir::Foreach, container_ref: &Ref) -> R<Flow> {
        let Value::Arr(a) = container_ref.get_mut() else {
            return Ok(Flow::Normal);
        };
        let iterator = ht_iterators::add(a.table_mut(), 0);
        let result = self.foreach_ref_steps(fe, container_ref, iterator);
        let table = match container_ref.get_mut() {
            Value::Arr(a) if ht_iterators::walks(iterator, a.table()) => {
                Some(a.table_mut_in_place())
            }
            _ => None,
        };
        ht_iterators::remove(iterator, table);
        result
    }

    fn foreach_ref_steps(
        &mut self,
        fe: &ir::Foreach,
        container_ref: &Ref,
        iterator: ht_iterators::IteratorId,
    ) -> R<Flow> {
        loop {
            let (key, elem_ref) = match container_ref.get_mut() {
                Value::Arr(a) => {
                    if !ht_iterators::walks(iterator, a.table()) {
                        ht_iterators::rebind(iterator, a.table_mut());
                    }
                    let t = a.table_mut_in_place();
                    let pos = t.pos_valid_from(ht_iterators::pos(iterator));
                    let Some(key) = t.key_at(pos).map(key_value) else {
                        break;
                    };
                    ht_iterators::set_pos(iterator, pos + 1);
                    let elem = t.at_mut(pos).expect("a live position");
                    (key, super::lvalue::to_ref(elem))
                }
                Value::Obj(_) => break,
                other => {
                    let msg = format!(
                        "foreach() argument must be of type array|object, {} given",
                        other.type_name()
                    );
                    self.warn(fe.subject.line, &msg)?;
                    break;
                }
            };
            let vpath = self.prepare(&fe.value)?;
            self.bind_ref(&vpath, elem_ref, fe.value.line)?;
            if let Some(kt) = &fe.key {
                self.assign_to_expr(kt, key)?;
            }
            self.tick()?;
            match loop_action(self.exec_block(&fe.body)?) {
                LoopAction::Next => {}
                LoopAction::Exit(f) => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    /// `foreach ($arrayObject as &$v)`: PHP walks an `ArrayObject`'s or
    /// `ArrayIterator`'s elements by reference (through the iterator
    /// `getIterator()` gives, for an `ArrayObject`). `None` for other objects.
    fn foreach_spl_array_by_ref(&mut self, fe: &ir::Foreach, o: &Obj) -> R<Option<Flow>> {
        use crate::builtins::spl::array::{element_ref, ref_keys, walks_by_ref};
        if !walks_by_ref(o) {
            return Ok(None);
        }
        let iter = if o.class().instance_of_name(b"iteratoraggregate") {
            match self.call_method(o, b"getiterator", Vec::new())? {
                Value::Obj(i) if walks_by_ref(&i) => i,
                _ => return Ok(None),
            }
        } else {
            o.clone()
        };
        let handle = self.iterator_handle();
        let mut flow = Flow::Normal;
        for key in ref_keys(&iter) {
            let Some(r) = element_ref(&iter, &key) else {
                continue;
            };
            let vpath = self.prepare(&fe.value)?;
            self.bind_ref(&vpath, r, fe.value.line)?;
            if let Some(kt) = &fe.key {
                self.assign_to_expr(kt, key_value(key.as_ref()))?;
            }
            match loop_action(self.exec_block(&fe.body)?) {
                LoopAction::Next => {}
                LoopAction::Exit(f) => {
                    flow = f;
                    break;
                }
            }
        }
        iter.release();
        drop(handle);
        Ok(Some(flow))
    }

    fn foreach_object_by_ref(&mut self, fe: &ir::Foreach, o: &Obj) -> R<Flow> {
        if super::generator::is_generator(o) {
            let mut flow = Flow::Normal;
            super::generator::for_each(self, o, fe.key.is_some(), true, &mut |it, k, v| {
                let Value::Ref(r) = v else { return Ok(false) };
                let vpath = it.prepare(&fe.value)?;
                it.bind_ref(&vpath, r, fe.value.line)?;
                if let Some(kt) = &fe.key {
                    it.assign_to_expr(kt, k)?;
                }
                it.tick()?;
                match loop_action(it.exec_block(&fe.body)?) {
                    LoopAction::Next => Ok(true),
                    LoopAction::Exit(f) => {
                        flow = f;
                        Ok(false)
                    }
                }
            })?;
            return Ok(flow);
        }
        if let Some(keys) = crate::builtins::weakrefs::weakmap_keys(o) {
            // WeakMap iterates by reference over its own values.
            let mut flow = Flow::Normal;
            for key in keys {
                let Some(r) = crate::builtins::weakrefs::weakmap_value_ref(o, &key) else {
                    continue;
                };
                let vpath = self.prepare(&fe.value)?;
                self.bind_ref(&vpath, r, fe.value.line)?;
                if let Some(kt) = &fe.key {
                    self.assign_to_expr(kt, Value::Obj(key))?;
                }
                match loop_action(self.exec_block(&fe.body)?) {
                    LoopAction::Next => {}
                    LoopAction::Exit(f) => {
                        flow = f;
                        break;
                    }
                }
            }
            return Ok(flow);
        }
        if let Some(flow) = self.foreach_spl_array_by_ref(fe, o)? {
            return Ok(flow);
        }
        if o.class().instance_of_name(b"traversable") {
            let class_name = String::from_utf8_lossy(o.class_name().as_bytes()).into_owned();
            if o.class().instance_of_name(b"iterator")
                || o.class().instance_of_name(b"iteratoraggregate")
            {
                let _ = class_name;
                return Err(self.throw_error(
                    "Error",
                    "An iterator cannot be used with foreach by reference",
                ));
            }
        }
        // Live, like the by-value loop: properties added during the loop
        // are visited, removed ones are not.
        let class = o.class().clone();
        let mut flow = Flow::Normal;
        let mut declared = 0;
        let mut pos = 0;
        loop {
            let (name, r) = if declared < class.props.len() {
                let p = &class.props[declared];
                declared += 1;
                if o.props()[p.slot].is_undef() {
                    continue;
                }
                let scope = self.frame().scope.clone();
                let visible = matches!(
                    class.lookup_prop(p.name.as_bytes(), scope.as_deref()),
                    super::class::PropLookup::Found(s) if s == p.slot
                );
                if !visible {
                    continue;
                }
                let r = super::lvalue::to_ref(&mut o.props_mut()[p.slot]);
                (Value::Str(p.name.clone()), r)
            } else {
                let t = o.dyn_props_mut();
                let p = t.pos_valid_from(pos);
                let Some(k) = t.key_at(p).map(key_value) else {
                    break;
                };
                pos = p + 1;
                let slot = t.at_mut(p).expect("valid position");
                (k, super::lvalue::to_ref(slot))
            };
            let vpath = self.prepare(&fe.value)?;
            self.bind_ref(&vpath, r, fe.value.line)?;
            if let Some(kt) = &fe.key {
                self.assign_to_expr(kt, name)?;
            }
            match loop_action(self.exec_block(&fe.body)?) {
                LoopAction::Next => {}
                LoopAction::Exit(f) => {
                    flow = f;
                    break;
                }
            }
        }
        Ok(flow)
    }
}

/// An array key as a PHP value.
pub fn key_value(k: KeyRef<'_>) -> Value {
    match k {
        KeyRef::Int(i) => Value::Int(i),
        KeyRef::Str(s) => Value::Str(s.clone()),
    }
}
