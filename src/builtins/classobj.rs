//! Classes and objects: `get_class` and friends, the scope-aware listings
//! (`get_object_vars`, `get_class_vars`, `get_class_methods`), existence
//! checks (`class_exists`, `method_exists`, ...), `is_a`/`is_subclass_of`,
//! and the SPL functions about classes and objects (`class_implements`,
//! `spl_object_id`, `spl_autoload_register`, `iterator_apply`, ...).
//!
//! Listings follow Zend's table order: a class's own members first, then
//! the inherited ones, then those its traits brought in.

use crate::builtins::funchand::adopt_caller_scope;
use crate::builtins::{BuiltinFunction, CallArgs};
use crate::f;
use crate::interp::class::{Class, PropInfo, PropLookup};
use crate::interp::{Interp, R};
use crate::syntax::ast::{ClassKind, Visibility};
use crate::value::{Arr, Key, KeyRef, Obj, Str, Value};
use std::rc::Rc;

pub static FUNCTIONS: &[BuiltinFunction] = &[
    f!("get_class", get_class, "$object="),
    f!("get_parent_class", get_parent_class, "$object_or_class="),
    f!("get_called_class", get_called_class, ""),
    f!("get_object_vars", get_object_vars, "$object"),
    f!(
        "get_mangled_object_vars",
        get_mangled_object_vars,
        "$object"
    ),
    f!("get_class_vars", get_class_vars, "$class"),
    f!("get_class_methods", get_class_methods, "$object_or_class"),
    f!("method_exists", method_exists, "$object_or_class, $method"),
    f!(
        "property_exists",
        property_exists,
        "$object_or_class, $property"
    ),
    f!("class_exists", class_exists, "$class, $autoload="),
    f!(
        "interface_exists",
        interface_exists,
        "$interface, $autoload="
    ),
    f!("trait_exists", trait_exists, "$trait, $autoload="),
    f!("enum_exists", enum_exists, "$enum, $autoload="),
    f!("is_a", is_a, "$object_or_class, $class, $allow_string="),
    f!(
        "is_subclass_of",
        is_subclass_of,
        "$object_or_class, $class, $allow_string="
    ),
    f!("get_declared_classes", get_declared_classes, ""),
    f!("get_declared_interfaces", get_declared_interfaces, ""),
    f!("get_declared_traits", get_declared_traits, ""),
    f!(
        "class_implements",
        class_implements,
        "$object_or_class, $autoload="
    ),
    f!(
        "class_parents",
        class_parents,
        "$object_or_class, $autoload="
    ),
    f!("class_uses", class_uses, "$object_or_class, $autoload="),
    f!("spl_object_id", spl_object_id, "$object"),
    f!("spl_object_hash", spl_object_hash, "$object"),
    f!(
        "spl_autoload_register",
        spl_autoload_register,
        "$callback=, $throw=, $prepend="
    ),
    f!(
        "spl_autoload_unregister",
        spl_autoload_unregister,
        "$callback"
    ),
    f!("spl_autoload_functions", spl_autoload_functions, ""),
    f!("spl_autoload", spl_autoload, "$class, $file_extensions="),
    f!(
        "spl_autoload_extensions",
        spl_autoload_extensions,
        "$file_extensions="
    ),
    f!("spl_autoload_call", spl_autoload_call, "$class"),
    f!(
        "iterator_apply",
        iterator_apply,
        "$iterator, $callback, $args="
    ),
];

// ---- helpers -------------------------------------------------------------------

fn lossy(s: &Str) -> String {
    String::from_utf8_lossy(s.as_bytes()).into_owned()
}

fn lc_str(name: &[u8]) -> Str {
    let name = name.strip_prefix(b"\\").unwrap_or(name);
    Str::new(&name.to_ascii_lowercase())
}

/// A class by name, autoloading it when asked to.
fn lookup_class(it: &mut Interp, name: &Str, autoload: bool) -> R<Option<Rc<Class>>> {
    let lc = lc_str(name.as_bytes());
    if autoload {
        it.find_class(name, &lc)
    } else {
        Ok(it.classes.get(&lc).cloned())
    }
}

/// The class scope of the code that called the running built-in.
fn caller_scope(it: &mut Interp) -> Option<Rc<Class>> {
    adopt_caller_scope(it);
    it.frame().scope.clone()
}

/// An `object|string` argument naming a class: the class, `None` when
/// the name is unknown; a `TypeError` for other types.
fn object_or_class(
    it: &mut Interp,
    a: &CallArgs,
    i: usize,
    autoload: bool,
) -> R<Option<Rc<Class>>> {
    match a.get(i) {
        Some(Value::Obj(o)) => Ok(Some(o.class().clone())),
        Some(Value::Str(s)) => {
            let s = s.clone();
            lookup_class(it, &s, autoload)
        }
        _ => {
            let v = a.value(i);
            Err(a.type_error(it, i, "object|string", &v))
        }
    }
}

/// Like `object_or_class`, with the "must be an object or a valid class
/// name" `TypeError` for unknown names.
fn object_or_valid_class(it: &mut Interp, a: &CallArgs, i: usize) -> R<Rc<Class>> {
    let found = match a.get(i) {
        Some(Value::Obj(o)) => Some(o.class().clone()),
        Some(Value::Str(s)) => {
            let s = s.clone();
            lookup_class(it, &s, true)?
        }
        _ => None,
    };
    match found {
        Some(c) => Ok(c),
        None => {
            let v = a.value(i);
            let msg = format!(
                "{}(): Argument #{} (${}) must be an object or a valid class name, {} given",
                a.func.name,
                i + 1,
                a.func.param_name(i),
                crate::interp::types::given_type(&v)
            );
            Err(it.throw_error("TypeError", &msg))
        }
    }
}

/// Zend's `zend_check_protected`: one class is the other or derives from it.
fn related(a: &Class, b: &Class) -> bool {
    a.is_subclass_of(b) || b.is_subclass_of(a)
}

/// May code in `scope` use a member with `visibility` declared by `declaring`?
fn member_visible(visibility: Visibility, declaring: &Class, scope: Option<&Class>) -> bool {
    match visibility {
        Visibility::Public => true,
        Visibility::Protected => scope.is_some_and(|s| related(declaring, s)),
        Visibility::Private => scope.is_some_and(|s| std::ptr::eq(s, declaring)),
    }
}

/// A method as the class listings show it.
struct ListedMethod {
    name: Str,
    visibility: Visibility,
    declaring: Rc<Class>,
}

/// The static methods every enum has (`cases`, and `from`/`tryFrom` for
/// backed enums), which phpi's enums provide without method entries.
fn enum_methods(class: &Class) -> &'static [&'static str] {
    match (class.is_enum(), class.enum_backing.is_some()) {
        (true, true) => &["cases", "from", "tryFrom"],
        (true, false) => &["cases"],
        _ => &[],
    }
}

/// The class's methods in Zend's function-table order: its own methods
/// (then an enum's built-in ones), the inherited ones, then those its
/// traits and interfaces added.
fn methods_in_table_order(class: &Rc<Class>) -> Vec<ListedMethod> {
    let mut out: Vec<ListedMethod> = Vec::new();
    let mut seen: Vec<Vec<u8>> = Vec::new();
    let mut add = |lc: &[u8], out: &mut Vec<ListedMethod>| {
        if seen.iter().any(|s| s == lc) {
            return;
        }
        if let Some(m) = class.methods.get(lc) {
            out.push(ListedMethod {
                name: m.name.clone(),
                visibility: m.visibility,
                declaring: m.class(),
            });
            seen.push(lc.to_vec());
        }
    };
    if let Some(decl) = &class.decl {
        for m in &decl.methods {
            add(&m.func.name.as_bytes().to_ascii_lowercase(), &mut out);
        }
    }
    for name in enum_methods(class) {
        if !class
            .methods
            .contains_key(name.to_ascii_lowercase().as_bytes())
        {
            out.push(ListedMethod {
                name: Str::interned(name.as_bytes()),
                visibility: Visibility::Public,
                declaring: class.clone(),
            });
        }
    }
    if let Some(p) = &class.parent {
        for m in methods_in_table_order(p) {
            add(&m.name.as_bytes().to_ascii_lowercase(), &mut out);
        }
    }
    for lc in &class.method_order {
        add(lc.as_bytes(), &mut out);
    }
    out
}

/// The declared instance properties in Zend's `properties_info` order:
/// the class's own, then the inherited ones.
fn props_in_table_order(class: &Class) -> Vec<&PropInfo> {
    let mut out: Vec<&PropInfo> = class
        .props
        .iter()
        .filter(|p| p.declaring == class.lc_name)
        .collect();
    let mut c = class.parent.as_deref();
    while let Some(p) = c {
        for info in class.props.iter().filter(|i| i.declaring == p.lc_name) {
            if !out.iter().any(|o| o.slot == info.slot) {
                out.push(info);
            }
        }
        c = p.parent.as_deref();
    }
    out
}

/// The static properties in the same order, each with the class that
/// declared it (private statics of ancestors included: a class does not
/// inherit them, but their declaring scope still sees them).
fn statics_in_table_order(class: &Rc<Class>) -> Vec<(Rc<Class>, Str)> {
    let mut out: Vec<(Rc<Class>, Str)> = Vec::new();
    let mut c = Some(class.clone());
    while let Some(k) = c {
        for name in &k.static_order {
            if k.statics[name].declaring == k.lc_name && !out.iter().any(|(_, n)| n == name) {
                out.push((k.clone(), name.clone()));
            }
        }
        c = k.parent.clone();
    }
    out
}

/// The class that declared a member, by its lowercase name.
fn declaring_class(it: &Interp, class: &Rc<Class>, lc: &Str) -> Rc<Class> {
    it.classes.get(lc).cloned().unwrap_or_else(|| class.clone())
}

/// The default values of a class's instance property slots.
fn default_props(it: &mut Interp, class: &Rc<Class>) -> R<Vec<Value>> {
    if let Some(d) = class.defaults.borrow().as_ref() {
        return Ok(d.clone());
    }
    // Evaluating the defaults is part of instantiation: make a throwaway
    // instance whose destructor must never run.
    let o = it.instantiate(class)?;
    o.header()
        .add_flags(crate::value::header::FLAG_OBJ_DESTRUCTOR_CALLED);
    let d = o.props().to_vec();
    drop(o);
    Ok(d)
}

/// The current value of a static property, initialising it first.
fn static_value(it: &mut Interp, class: &Rc<Class>, name: &Str) -> R<Value> {
    let Some(sp) = class.statics.get(name) else {
        return Ok(Value::Undef);
    };
    let cell = sp.cell.clone();
    if !cell.initialized.get() {
        cell.initialized.set(true);
        let v = match &sp.default {
            Some((decl, i)) => {
                let decl = decl.clone();
                match decl.props[*i].default.as_ref() {
                    Some(e) => it.eval_const_expr_in(e, class)?,
                    None => Value::Null,
                }
            }
            None if sp.ty.is_some() => Value::Undef,
            None => Value::Null,
        };
        *cell.get_mut() = v;
    }
    Ok(cell.get_mut().clone())
}

// ---- class names --------------------------------------------------------------

fn get_class(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if !a.has(0) {
        return match caller_scope(it) {
            Some(c) => Ok(Value::Str(c.name.clone())),
            None => Err(it.throw_error(
                "Error",
                "get_class() without arguments must be called from within a class",
            )),
        };
    }
    let o = a.object(it, 0)?;
    Ok(Value::Str(o.class_name().clone()))
}

fn get_parent_class(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = if a.has(0) {
        Some(object_or_valid_class(it, a, 0)?)
    } else {
        caller_scope(it)
    };
    Ok(match class.and_then(|c| c.parent.clone()) {
        Some(p) => Value::Str(p.name.clone()),
        None => Value::Bool(false),
    })
}

fn get_called_class(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    adopt_caller_scope(it);
    let f = it.frame();
    match f.static_class.clone().or_else(|| f.scope.clone()) {
        Some(c) => Ok(Value::Str(c.name.clone())),
        None => Err(it.throw_error(
            "Error",
            "get_called_class() must be called from within a class",
        )),
    }
}

// ---- members -----------------------------------------------------------------

/// A property value as `get_object_vars` copies it: a reference nothing
/// else shares becomes its value.
fn unshared(v: &Value) -> Value {
    match v {
        Value::Ref(r) if r.refcount() == 1 => r.get().clone(),
        other => other.clone(),
    }
}

fn get_object_vars(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = a.object(it, 0)?;
    let scope = caller_scope(it);
    let class = o.class().clone();
    let mut arr = Arr::new();
    for p in &class.props {
        let v = &o.props()[p.slot];
        if v.is_undef() {
            continue;
        }
        if matches!(class.lookup_prop(p.name.as_bytes(), scope.as_deref()), PropLookup::Found(s) if s == p.slot)
        {
            arr.table_mut()
                .insert(Key::Str(p.name.clone()), unshared(v));
        }
    }
    if let Some(t) = o.dyn_props() {
        for (k, v) in t.iter() {
            let key = match k {
                KeyRef::Int(i) => Key::Int(i),
                KeyRef::Str(s) => Key::from_str(s.clone()),
            };
            arr.table_mut().insert(key, unshared(v));
        }
    }
    Ok(Value::Arr(arr))
}

fn get_mangled_object_vars(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = a.object(it, 0)?;
    let class = o.class().clone();
    let mut arr = Arr::new();
    for p in &class.props {
        let v = &o.props()[p.slot];
        if !v.is_undef() {
            arr.table_mut()
                .insert(crate::interp::objects::mangle(p), unshared(v));
        }
    }
    if let Some(t) = o.dyn_props() {
        for (k, v) in t.iter() {
            let key = match k {
                KeyRef::Int(i) => Key::Int(i),
                KeyRef::Str(s) => Key::from_str(s.clone()),
            };
            arr.table_mut().insert(key, unshared(v));
        }
    }
    Ok(Value::Arr(arr))
}

fn get_class_vars(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let name = a.string(it, 0)?;
    let Some(class) = lookup_class(it, &name, true)? else {
        let msg = format!(
            "get_class_vars(): Argument #1 ($class) must be a valid class name, {} given",
            lossy(&name)
        );
        return Err(it.throw_error("TypeError", &msg));
    };
    let scope = caller_scope(it);
    let defaults = default_props(it, &class)?;
    let mut arr = Arr::new();
    for p in props_in_table_order(&class) {
        let declaring = declaring_class(it, &class, &p.declaring);
        if !member_visible(p.visibility, &declaring, scope.as_deref()) {
            continue;
        }
        // Typed properties without a default show as null.
        let v = match defaults.get(p.slot) {
            Some(v) if !v.is_undef() => v.clone(),
            _ => Value::Null,
        };
        arr.table_mut().insert(Key::Str(p.name.clone()), v);
    }
    for (declaring, name) in statics_in_table_order(&class) {
        let visibility = declaring.statics[&name].visibility;
        if !member_visible(visibility, &declaring, scope.as_deref()) {
            continue;
        }
        let v = match static_value(it, &declaring, &name)? {
            Value::Undef => Value::Null,
            v => v.deref_clone(),
        };
        arr.table_mut().insert(Key::Str(name), v);
    }
    Ok(Value::Arr(arr))
}

fn get_class_methods(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = object_or_valid_class(it, a, 0)?;
    let scope = caller_scope(it);
    let mut arr = Arr::new();
    for m in methods_in_table_order(&class) {
        if member_visible(m.visibility, &m.declaring, scope.as_deref()) {
            arr.table_mut().push(Value::Str(m.name.clone()));
        }
    }
    Ok(Value::Arr(arr))
}

fn method_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = object_or_class(it, a, 0, true)?;
    let method = a.string(it, 1)?;
    let Some(class) = class else {
        return Ok(Value::Bool(false));
    };
    let lc = method.as_bytes().to_ascii_lowercase();
    let enum_method = enum_methods(&class)
        .iter()
        .any(|m| m.as_bytes().eq_ignore_ascii_case(&lc));
    if class.methods.contains_key(lc.as_slice()) || enum_method {
        return Ok(Value::Bool(true));
    }
    // A closure object answers for its `__invoke`.
    let is_closure_invoke = matches!(a.get(0), Some(Value::Obj(_)))
        && class.lc_name.as_bytes() == b"closure"
        && lc == b"__invoke";
    Ok(Value::Bool(is_closure_invoke))
}

fn property_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = object_or_class(it, a, 0, true)?;
    let name = a.string(it, 1)?;
    let Some(class) = class else {
        return Ok(Value::Bool(false));
    };
    if class.prop_lookup.contains_key(name.as_bytes())
        || class.statics.contains_key(name.as_bytes())
    {
        return Ok(Value::Bool(true));
    }
    if let Some(Value::Obj(o)) = a.get(0) {
        if let Some(t) = o.dyn_props() {
            return Ok(Value::Bool(t.contains_key(&Key::from_str(name.clone()))));
        }
    }
    Ok(Value::Bool(false))
}

// ---- existence ---------------------------------------------------------------

fn class_kind_exists(it: &mut Interp, a: &CallArgs, test: fn(&Class) -> bool) -> R<Value> {
    let name = a.string(it, 0)?;
    let autoload = a.opt_bool(it, 1, true)?;
    Ok(Value::Bool(
        lookup_class(it, &name, autoload)?.is_some_and(|c| test(&c)),
    ))
}

fn class_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    class_kind_exists(it, a, |c| {
        matches!(c.kind, ClassKind::Class | ClassKind::Enum)
    })
}

fn interface_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    class_kind_exists(it, a, |c| c.kind == ClassKind::Interface)
}

fn trait_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    class_kind_exists(it, a, |c| c.kind == ClassKind::Trait)
}

fn enum_exists(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    class_kind_exists(it, a, |c| c.kind == ClassKind::Enum)
}

/// `is_a` and `is_subclass_of`.
fn instance_check(
    it: &mut Interp,
    a: &CallArgs,
    allow_string_default: bool,
    proper: bool,
) -> R<Value> {
    let target = a.string(it, 1)?;
    let allow_string = a.opt_bool(it, 2, allow_string_default)?;
    let class = match a.get(0) {
        Some(Value::Obj(o)) => o.class().clone(),
        Some(Value::Str(s)) if allow_string => {
            let s = s.clone();
            match lookup_class(it, &s, true)? {
                Some(c) => c,
                None => return Ok(Value::Bool(false)),
            }
        }
        _ => return Ok(Value::Bool(false)),
    };
    let Some(target) = lookup_class(it, &target, false)? else {
        return Ok(Value::Bool(false));
    };
    if proper && Rc::ptr_eq(&class, &target) {
        return Ok(Value::Bool(false));
    }
    Ok(Value::Bool(class.is_subclass_of(&target)))
}

fn is_a(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    instance_check(it, a, false, false)
}

fn is_subclass_of(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    instance_check(it, a, true, true)
}

/// Declared classes of the kinds `test` selects: built-in ones first, then
/// the script's in declaration order.
fn declared(it: &Interp, test: fn(&Class) -> bool) -> Value {
    let mut builtin: Vec<&Rc<Class>> = Vec::new();
    let mut user: Vec<&Rc<Class>> = Vec::new();
    for c in it.classes.values().filter(|c| test(c)) {
        if c.is_builtin {
            builtin.push(c);
        } else {
            user.push(c);
        }
    }
    builtin.sort_by(|x, y| x.name.as_bytes().cmp(y.name.as_bytes()));
    let files = &it.included_files;
    let rank = |c: &Class| {
        let d = c.decl.as_ref();
        let file = d.map(|d| {
            files
                .iter()
                .position(|f| f.as_slice() == d.file.as_bytes())
                .unwrap_or(usize::MAX)
        });
        (file, d.map(|d| d.line).unwrap_or(0))
    };
    user.sort_by_key(|c| rank(c));
    let mut arr = Arr::new();
    for c in builtin.into_iter().chain(user) {
        arr.table_mut().push(Value::Str(c.name.clone()));
    }
    Value::Arr(arr)
}

fn get_declared_classes(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(declared(it, |c| {
        matches!(c.kind, ClassKind::Class | ClassKind::Enum)
    }))
}

fn get_declared_interfaces(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(declared(it, |c| c.kind == ClassKind::Interface))
}

fn get_declared_traits(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    Ok(declared(it, |c| c.kind == ClassKind::Trait))
}

// ---- SPL: class relations --------------------------------------------------------

/// The class argument of `class_implements` and friends, or the warning
/// and `false` for an unknown class.
fn spl_class_arg(it: &mut Interp, a: &CallArgs) -> R<Result<Rc<Class>, Value>> {
    let autoload = a.opt_bool(it, 1, true)?;
    match object_or_class(it, a, 0, autoload)? {
        Some(c) => Ok(Ok(c)),
        None => {
            let name = a.value(0);
            let name = it.to_str(&name)?;
            let msg = format!(
                "{}(): Class {} does not exist{}",
                a.func.name,
                lossy(&name),
                if autoload {
                    " and could not be loaded"
                } else {
                    ""
                }
            );
            it.warn(a.line, &msg)?;
            Ok(Err(Value::Bool(false)))
        }
    }
}

/// Interfaces in Zend's `ce->interfaces` order. A class declaring some
/// lists its parent's, then each declared interface followed by those it
/// extends; a class declaring none inherits its parent's list reversed
/// (Zend copies it back to front).
fn interfaces_in_order(it: &Interp, class: &Rc<Class>) -> Vec<Rc<Class>> {
    let Some(decl) = &class.decl else {
        return class.interfaces.clone();
    };
    let mut direct: Vec<&Str> = decl.interfaces.iter().map(|(_, lc)| lc).collect();
    if class.kind == ClassKind::Interface {
        direct.extend(decl.parent.iter().map(|(_, lc)| lc));
    }
    let inherited = match &class.parent {
        Some(p) if class.kind != ClassKind::Interface => interfaces_in_order(it, p),
        _ => Vec::new(),
    };
    let mut out: Vec<Rc<Class>> = if direct.is_empty() {
        inherited.into_iter().rev().collect()
    } else {
        inherited
    };
    let push = |out: &mut Vec<Rc<Class>>, c: &Rc<Class>| {
        if !out.iter().any(|x| Rc::ptr_eq(x, c)) {
            out.push(c.clone());
        }
    };
    for lc in direct {
        let lc = lc.as_bytes().strip_prefix(b"\\").unwrap_or(lc.as_bytes());
        if let Some(i) = it.classes.get(lc) {
            push(&mut out, i);
            for sup in interfaces_in_order(it, i) {
                push(&mut out, &sup);
            }
        }
    }
    for i in &class.interfaces {
        push(&mut out, i);
    }
    out
}

fn names_array(classes: impl Iterator<Item = Str>) -> Value {
    let mut arr = Arr::new();
    for n in classes {
        arr.table_mut().insert(Key::Str(n.clone()), Value::Str(n));
    }
    Value::Arr(arr)
}

fn class_implements(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = match spl_class_arg(it, a)? {
        Ok(c) => c,
        Err(v) => return Ok(v),
    };
    Ok(names_array(
        interfaces_in_order(it, &class)
            .into_iter()
            .map(|c| c.name.clone()),
    ))
}

fn class_parents(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = match spl_class_arg(it, a)? {
        Ok(c) => c,
        Err(v) => return Ok(v),
    };
    let mut parents = Vec::new();
    let mut c = class.parent.clone();
    while let Some(p) = c {
        parents.push(p.name.clone());
        c = p.parent.clone();
    }
    Ok(names_array(parents.into_iter()))
}

fn class_uses(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = match spl_class_arg(it, a)? {
        Ok(c) => c,
        Err(v) => return Ok(v),
    };
    let mut names = Vec::new();
    if let Some(decl) = &class.decl {
        for (name, lc) in &decl.traits {
            let lc = lc.as_bytes().strip_prefix(b"\\").unwrap_or(lc.as_bytes());
            names.push(
                it.classes
                    .get(lc)
                    .map(|t| t.name.clone())
                    .unwrap_or_else(|| name.clone()),
            );
        }
    }
    Ok(names_array(names.into_iter()))
}

// ---- SPL: object identity ---------------------------------------------------------

fn spl_object_id(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = a.object(it, 0)?;
    Ok(Value::Int(o.handle() as i64))
}

/// PHP's `spl_object_hash`: the handle as 16 hex digits, then 16 zeros.
pub fn object_hash(o: &Obj) -> Str {
    Str::new(format!("{:016x}{:016x}", o.handle(), 0).as_bytes())
}

fn spl_object_hash(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let o = a.object(it, 0)?;
    Ok(Value::Str(object_hash(&o)))
}

// ---- SPL: autoloading ------------------------------------------------------------

/// Two callables naming the same function or method: the same closure or
/// object, names equal without regard to case, or `[target, method]`
/// pairs with the same object (or class name) and method.
fn same_callable(x: &Value, y: &Value) -> bool {
    let same_name = |a: &Value, b: &Value| match (a.deref(), b.deref()) {
        (Value::Str(a), Value::Str(b)) => {
            let trim = |s: &[u8]| s.strip_prefix(b"\\").unwrap_or(s).to_ascii_lowercase();
            trim(a.as_bytes()) == trim(b.as_bytes())
        }
        (Value::Obj(a), Value::Obj(b)) => a.ptr_eq(b),
        _ => false,
    };
    match (x.deref(), y.deref()) {
        (Value::Arr(a), Value::Arr(b)) => {
            let part = |arr: &Arr, i| arr.table().get_int(i).cloned().unwrap_or(Value::Null);
            a.len() == 2
                && b.len() == 2
                && same_name(&part(a, 0), &part(b, 0))
                && same_name(&part(a, 1), &part(b, 1))
        }
        _ => same_name(x, y),
    }
}

fn spl_autoload_register(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if a.has(1) && !a.bool(it, 1)? {
        it.notice(
            a.line,
            "spl_autoload_register(): Argument #2 ($do_throw) has been ignored, spl_autoload_register() will always throw",
        )?;
    }
    let prepend = a.opt_bool(it, 2, false)?;
    let cb = match a.get(0) {
        None | Some(Value::Null) => Value::Str(Str::interned(b"spl_autoload")),
        Some(_) => {
            adopt_caller_scope(it);
            a.callable(it, 0)?
        }
    };
    if it.autoloaders.iter().any(|l| same_callable(l, &cb)) {
        return Ok(Value::Bool(true));
    }
    if prepend {
        it.autoloaders.insert(0, cb);
    } else {
        it.autoloaders.push(cb);
    }
    Ok(Value::Bool(true))
}

fn spl_autoload_unregister(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    adopt_caller_scope(it);
    let cb = a.callable(it, 0)?;
    match it.autoloaders.iter().position(|l| same_callable(l, &cb)) {
        Some(i) => {
            it.autoloaders.remove(i);
            Ok(Value::Bool(true))
        }
        None => Ok(Value::Bool(false)),
    }
}

fn spl_autoload_functions(it: &mut Interp, _a: &mut CallArgs) -> R<Value> {
    let mut arr = Arr::new();
    for l in it.autoloaders.clone() {
        arr.table_mut().push(l);
    }
    Ok(Value::Arr(arr))
}

thread_local! {
    /// The extensions `spl_autoload` tries (`spl_autoload_extensions`).
    static AUTOLOAD_EXTENSIONS: std::cell::RefCell<Vec<u8>> = std::cell::RefCell::new(b".inc,.php".to_vec());
}

fn spl_autoload_extensions(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    if let Some(list) = a.nullable_string(it, 0)? {
        AUTOLOAD_EXTENSIONS.with(|e| *e.borrow_mut() = list.as_bytes().to_vec());
    }
    Ok(Value::Str(Str::new(
        &AUTOLOAD_EXTENSIONS.with(|e| e.borrow().clone()),
    )))
}

/// The default autoloader: includes `<class in lowercase>` plus each
/// extension, looked up along the include path, until the class exists.
fn spl_autoload(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let class = a.string(it, 0)?;
    let extensions = match a.nullable_string(it, 1)? {
        Some(e) => e.as_bytes().to_vec(),
        None => AUTOLOAD_EXTENSIONS.with(|e| e.borrow().clone()),
    };
    let base: Vec<u8> = class
        .as_bytes()
        .iter()
        .map(|&c| {
            if c == b'\\' {
                b'/'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let include_path = it
        .ini
        .get(&b"include_path"[..])
        .cloned()
        .unwrap_or_default();
    let lc = lc_str(class.as_bytes());
    for ext in extensions.split(|&c| c == b',') {
        let file = [&base[..], ext].concat();
        for dir in include_path.split(|&c| c == b':') {
            let candidate = if dir.is_empty() || dir == b"." {
                file.clone()
            } else {
                [dir, b"/", &file[..]].concat()
            };
            if crate::interp::include::bytes_to_path(&candidate).is_file() {
                it.include(
                    crate::syntax::ast::IncludeKind::IncludeOnce,
                    &candidate,
                    a.line,
                )?;
                if it.classes.contains_key(&lc) {
                    return Ok(Value::Null);
                }
                break;
            }
        }
    }
    Ok(Value::Null)
}

fn spl_autoload_call(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let name = a.string(it, 0)?;
    lookup_class(it, &name, true)?;
    Ok(Value::Null)
}

// ---- SPL: iterators -------------------------------------------------------------

fn iterator_apply(it: &mut Interp, a: &mut CallArgs) -> R<Value> {
    let iter = match a.get(0) {
        Some(Value::Obj(o)) if o.class().instance_of_name(b"traversable") => Value::Obj(o.clone()),
        _ => {
            let v = a.value(0);
            return Err(a.type_error(it, 0, "Traversable", &v));
        }
    };
    adopt_caller_scope(it);
    let cb = a.callable(it, 1)?;
    let args: Vec<Value> = match a.get(2) {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Arr(arr)) => arr.table().values().map(|v| v.deref_clone()).collect(),
        Some(_) => {
            let v = a.value(2);
            return Err(a.type_error(it, 2, "?array", &v));
        }
    };
    let mut count = 0i64;
    it.foreach_value(&iter, a.line, &mut |it, _k, _v| {
        count += 1;
        let r = it.call_value(&cb, args.clone())?;
        Ok(crate::interp::convert::to_bool(&r))
    })?;
    Ok(Value::Int(count))
}
