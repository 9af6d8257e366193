//! Classes at run time: their properties, methods and constants, how a
//! declared class is linked to its parent, interfaces and traits, and the
//! built-in classes (`stdClass`, the exception hierarchy, `Closure`...).

use super::function::Callable;
use super::{Interp, R};
use crate::builtins::BuiltinFunction;
use crate::compile::ir::{self, Type};
use crate::syntax::ast::{ClassKind, Visibility};
use crate::value::{Str, Value};
use ahash::HashMap;
use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::{Rc, Weak};

pub struct Method {
    pub name: Str,
    pub callable: Callable,
    pub visibility: Visibility,
    pub is_static: bool,
    pub is_abstract: bool,
    pub is_final: bool,
    /// The class that declared the method (its scope when running).
    pub class: Weak<Class>,
    pub class_name: Str,
}

impl Method {
    pub fn class(&self) -> Rc<Class> {
        self.class
            .upgrade()
            .expect("a method's class outlives its calls")
    }
}

/// What a method call site with a fixed name remembers: the public method
/// it found in a class. Both are held weakly, so the cache keeps neither
/// alive; the class's allocation cannot be reused while the weak pointer
/// exists, so pointer equality identifies it.
pub struct CachedMethod {
    class: Weak<Class>,
    method: Weak<Method>,
}

impl CachedMethod {
    pub fn new(class: &Rc<Class>, method: &Rc<Method>) -> CachedMethod {
        CachedMethod {
            class: Rc::downgrade(class),
            method: Rc::downgrade(method),
        }
    }

    /// The remembered method, if `class` is the class it was found in.
    pub fn get(&self, class: &Rc<Class>) -> Option<Rc<Method>> {
        if std::ptr::eq(self.class.as_ptr(), Rc::as_ptr(class)) {
            self.method.upgrade()
        } else {
            None
        }
    }
}

impl std::fmt::Debug for CachedMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.method.upgrade() {
            Some(m) => write!(f, "Method({:?})", m.name),
            None => write!(f, "Method(gone)"),
        }
    }
}

#[derive(Clone)]
pub struct PropInfo {
    pub name: Str,
    pub slot: usize,
    pub visibility: Visibility,
    /// The class that declared it (lowercase name) and its name as written.
    pub declaring: Str,
    pub declaring_name: Str,
    pub ty: Option<Type>,
    pub is_readonly: bool,
    /// The default value expression is `None` for typed properties without
    /// a default (they start uninitialised).
    pub has_default: bool,
}

/// A static property's storage, shared by a class and the subclasses that
/// do not redeclare it.
pub struct StaticCell {
    pub value: UnsafeCell<Value>,
    pub initialized: Cell<bool>,
}

impl StaticCell {
    #[allow(clippy::mut_from_ref)]
    pub fn get_mut(&self) -> &mut Value {
        // SAFETY: single-threaded; callers keep the borrow short and never
        // across PHP code, like every interior-mutable PHP value.
        unsafe { &mut *self.value.get() }
    }
}

pub struct StaticProp {
    pub cell: Rc<StaticCell>,
    pub visibility: Visibility,
    pub declaring: Str,
    pub ty: Option<Type>,
    /// Where the default value expression is: a declaration and the index
    /// of the property in it.
    pub default: Option<(Rc<ir::ClassDecl>, usize)>,
}

pub struct ClassConst {
    pub name: Str,
    pub value: RefCell<Option<Value>>,
    pub expr: Option<Rc<ConstExpr>>,
    pub visibility: Visibility,
    pub declaring: Str,
    /// Enum case (value is the case object).
    pub is_case: bool,
}

/// A class constant's initializer and the class whose scope evaluates it.
pub struct ConstExpr {
    pub decl: Rc<ir::ClassDecl>,
    pub index: usize,
}

/// Hooks of a built-in class.
pub struct InternalClass {
    /// Makes the payload of a new instance.
    pub create: Option<fn(&crate::value::Obj)>,
}

pub struct Class {
    pub name: Str,
    pub lc_name: Str,
    pub kind: ClassKind,
    pub is_abstract: bool,
    pub is_final: bool,
    pub is_readonly: bool,
    pub parent: Option<Rc<Class>>,
    /// Every interface implemented, directly or not.
    pub interfaces: Vec<Rc<Class>>,
    pub consts: HashMap<Str, Rc<ClassConst>>,
    pub const_order: Vec<Str>,
    /// Instance property slots, in declaration order (parents first).
    pub props: Vec<PropInfo>,
    /// Property name -> index in `props`, as seen from this class.
    pub prop_lookup: HashMap<Str, usize>,
    /// Default values of the property slots (evaluated at first use).
    pub defaults: RefCell<Option<Vec<Value>>>,
    pub default_exprs: Vec<Option<(Rc<ir::ClassDecl>, usize)>>,
    pub statics: HashMap<Str, StaticProp>,
    pub static_order: Vec<Str>,
    pub methods: HashMap<Str, Rc<Method>>,
    pub method_order: Vec<Str>,
    pub constructor: Option<Rc<Method>>,
    pub destructor: Option<Rc<Method>>,
    pub magic_get: Option<Rc<Method>>,
    pub magic_set: Option<Rc<Method>>,
    pub magic_isset: Option<Rc<Method>>,
    pub magic_unset: Option<Rc<Method>>,
    pub magic_call: Option<Rc<Method>>,
    pub magic_call_static: Option<Rc<Method>>,
    pub magic_tostring: Option<Rc<Method>>,
    pub magic_invoke: Option<Rc<Method>>,
    pub internal: Option<&'static InternalClass>,
    pub decl: Option<Rc<ir::ClassDecl>>,
    pub enum_backing: Option<Type>,
    /// Enum case names in order.
    pub cases: Vec<Str>,
    /// True for classes declared by the engine.
    pub is_builtin: bool,
    /// Instances take no dynamic properties (Zend's
    /// `ZEND_ACC_NO_DYNAMIC_PROPERTIES`: WeakMap, WeakReference, Closure).
    pub no_dynamic_props: bool,
    /// Class constants and static defaults have been evaluated.
    pub constants_updated: Cell<bool>,
    /// Implements `Throwable`: new instances get a trace, file and line.
    pub is_throwable: bool,
}

impl Class {
    /// The name as PHP prints it with `%s`: anonymous class names stop at
    /// their NUL byte (`class@anonymous`).
    pub fn display_name(&self) -> &[u8] {
        let n = self.name.as_bytes();
        match n.iter().position(|&b| b == 0) {
            Some(i) => &n[..i],
            None => n,
        }
    }

    pub fn has_destructor(&self) -> bool {
        self.destructor.is_some()
    }

    /// `self` is `other` or a subclass/implementor of it.
    pub fn is_subclass_of(&self, other: &Class) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let mut c = self.parent.as_deref();
        while let Some(p) = c {
            if std::ptr::eq(p, other) {
                return true;
            }
            c = p.parent.as_deref();
        }
        self.interfaces.iter().any(|i| std::ptr::eq(&**i, other))
    }

    /// Same check by lowercase name.
    pub fn instance_of_name(&self, lc: &[u8]) -> bool {
        if self.lc_name.as_bytes() == lc {
            return true;
        }
        let mut c = self.parent.as_deref();
        while let Some(p) = c {
            if p.lc_name.as_bytes() == lc {
                return true;
            }
            c = p.parent.as_deref();
        }
        self.interfaces.iter().any(|i| i.lc_name.as_bytes() == lc)
    }

    pub fn find_method(&self, lc: &[u8]) -> Option<&Rc<Method>> {
        self.methods.get(lc)
    }

    pub fn is_interface(&self) -> bool {
        self.kind == ClassKind::Interface
    }

    pub fn is_enum(&self) -> bool {
        self.kind == ClassKind::Enum
    }

    /// The property visible as `name` from `scope` (Zend's
    /// `zend_get_property_offset` visibility rules), or why not.
    pub fn lookup_prop(&self, name: &[u8], scope: Option<&Class>) -> PropLookup {
        // A private property of the calling scope wins when the scope is an
        // ancestor of this class.
        if let Some(s) = scope {
            if !std::ptr::eq(s, self) && self.is_subclass_of(s) {
                if let Some(&i) = s.prop_lookup.get(name) {
                    let p = &s.props[i];
                    if p.visibility == Visibility::Private && p.declaring == s.lc_name {
                        return PropLookup::Found(p.slot);
                    }
                }
            }
        }
        match self.prop_lookup.get(name) {
            None => PropLookup::Dynamic,
            Some(&i) => {
                let p = &self.props[i];
                match p.visibility {
                    Visibility::Public => PropLookup::Found(p.slot),
                    Visibility::Protected => {
                        if let Some(s) = scope {
                            let decl = p.declaring.as_bytes();
                            if s.instance_of_name(decl)
                                || self.instance_of_name(s.lc_name.as_bytes())
                            {
                                return PropLookup::Found(p.slot);
                            }
                        }
                        PropLookup::Inaccessible(i)
                    }
                    Visibility::Private => {
                        if let Some(s) = scope {
                            if s.lc_name == p.declaring {
                                return PropLookup::Found(p.slot);
                            }
                        }
                        if p.declaring != self.lc_name {
                            // A parent's private property is invisible: the
                            // name is free for a dynamic property.
                            return PropLookup::Dynamic;
                        }
                        PropLookup::Inaccessible(i)
                    }
                }
            }
        }
    }

    /// The `PropInfo` of a slot.
    pub fn prop_by_slot(&self, slot: usize) -> &PropInfo {
        &self.props[slot]
    }

    pub fn release_statics(&self) {
        for sp in self.statics.values() {
            if sp.declaring == self.lc_name {
                let v = std::mem::take(sp.cell.get_mut());
                v.release();
            }
        }
        for c in self.consts.values() {
            if let Some(v) = c.value.borrow_mut().take() {
                v.release();
            }
        }
        if let Some(d) = self.defaults.borrow_mut().take() {
            for v in d {
                v.release();
            }
        }
        for m in self.methods.values() {
            if m.class_name == self.name {
                m.callable.release_statics();
            }
        }
    }
}

pub enum PropLookup {
    /// A declared property slot the scope may use.
    Found(usize),
    /// A declared property the scope may not use (index into `props`).
    Inaccessible(usize),
    /// No declared property: dynamic properties.
    Dynamic,
}

pub fn visibility_name(v: Visibility) -> &'static str {
    match v {
        Visibility::Public => "public",
        Visibility::Protected => "protected",
        Visibility::Private => "private",
    }
}

/// Builds a built-in class.
pub struct ClassBuilder {
    name: &'static str,
    kind: ClassKind,
    parent: Option<&'static str>,
    interfaces: Vec<&'static str>,
    props: Vec<(&'static str, Visibility, Value, Option<Type>)>,
    methods: Vec<(&'static BuiltinFunction, Visibility, bool)>,
    consts: Vec<(&'static str, Value)>,
    is_abstract: bool,
    is_final: bool,
    internal: Option<&'static InternalClass>,
    no_dynamic_props: bool,
}

impl ClassBuilder {
    pub fn new(name: &'static str) -> ClassBuilder {
        ClassBuilder {
            name,
            kind: ClassKind::Class,
            parent: None,
            interfaces: Vec::new(),
            props: Vec::new(),
            methods: Vec::new(),
            consts: Vec::new(),
            is_abstract: false,
            is_final: false,
            internal: None,
            no_dynamic_props: false,
        }
    }

    pub fn no_dynamic_props(mut self) -> Self {
        self.no_dynamic_props = true;
        self
    }
    pub fn interface(mut self) -> Self {
        self.kind = ClassKind::Interface;
        self
    }
    pub fn abstract_(mut self) -> Self {
        self.is_abstract = true;
        self
    }
    pub fn final_(mut self) -> Self {
        self.is_final = true;
        self
    }
    pub fn extends(mut self, p: &'static str) -> Self {
        self.parent = Some(p);
        self
    }
    pub fn implements(mut self, i: &'static str) -> Self {
        self.interfaces.push(i);
        self
    }
    pub fn prop(mut self, name: &'static str, vis: Visibility, default: Value) -> Self {
        self.props.push((name, vis, default, None));
        self
    }
    pub fn typed_prop(
        mut self,
        name: &'static str,
        vis: Visibility,
        default: Value,
        ty: Type,
    ) -> Self {
        self.props.push((name, vis, default, Some(ty)));
        self
    }
    pub fn method(mut self, f: &'static BuiltinFunction) -> Self {
        self.methods.push((f, Visibility::Public, false));
        self
    }
    pub fn static_method(mut self, f: &'static BuiltinFunction) -> Self {
        self.methods.push((f, Visibility::Public, true));
        self
    }
    pub fn methods(mut self, fs: &'static [BuiltinFunction]) -> Self {
        for f in fs {
            self.methods.push((f, Visibility::Public, f.is_static));
        }
        self
    }
    pub fn constant(mut self, name: &'static str, v: Value) -> Self {
        self.consts.push((name, v));
        self
    }
    pub fn internal(mut self, i: &'static InternalClass) -> Self {
        self.internal = Some(i);
        self
    }

    pub fn register(self, it: &mut Interp) {
        let parent = self
            .parent
            .map(|p| it.classes[&Str::interned(p.to_ascii_lowercase().as_bytes())].clone());
        let mut interfaces: Vec<Rc<Class>> = Vec::new();
        if let Some(p) = &parent {
            interfaces.extend(p.interfaces.iter().cloned());
        }
        for i in &self.interfaces {
            let c = it.classes[&Str::interned(i.to_ascii_lowercase().as_bytes())].clone();
            for sup in c.interfaces.iter() {
                if !interfaces.iter().any(|x| Rc::ptr_eq(x, sup)) {
                    interfaces.push(sup.clone());
                }
            }
            if !interfaces.iter().any(|x| Rc::ptr_eq(x, &c)) {
                interfaces.push(c);
            }
        }
        let name = Str::interned(self.name.as_bytes());
        let lc = Str::interned(self.name.to_ascii_lowercase().as_bytes());
        let mut props: Vec<PropInfo> = parent.as_ref().map(|p| p.props.clone()).unwrap_or_default();
        let mut prop_lookup = parent
            .as_ref()
            .map(|p| p.prop_lookup.clone())
            .unwrap_or_default();
        let mut defaults: Vec<Value> = parent
            .as_ref()
            .map(|p| p.defaults.borrow().clone().unwrap_or_default())
            .unwrap_or_default();
        for (pname, vis, default, ty) in self.props {
            let slot = props.len();
            let n = Str::interned(pname.as_bytes());
            prop_lookup.insert(n.clone(), slot);
            props.push(PropInfo {
                name: n,
                slot,
                visibility: vis,
                declaring: lc.clone(),
                declaring_name: name.clone(),
                ty,
                is_readonly: false,
                has_default: true,
            });
            defaults.push(default);
        }
        let mut consts = parent
            .as_ref()
            .map(|p| p.consts.clone())
            .unwrap_or_default();
        let mut const_order = parent
            .as_ref()
            .map(|p| p.const_order.clone())
            .unwrap_or_default();
        for i in &interfaces {
            for (k, v) in &i.consts {
                if !consts.contains_key(k) {
                    consts.insert(k.clone(), v.clone());
                    const_order.push(k.clone());
                }
            }
        }
        for (cname, v) in self.consts {
            let n = Str::interned(cname.as_bytes());
            const_order.push(n.clone());
            consts.insert(
                n.clone(),
                Rc::new(ClassConst {
                    name: n,
                    value: RefCell::new(Some(v)),
                    expr: None,
                    visibility: Visibility::Public,
                    declaring: lc.clone(),
                    is_case: false,
                }),
            );
        }
        let methods_in = self.methods;
        let default_exprs = vec![None; props.len()];
        let class = Rc::new_cyclic(|weak: &Weak<Class>| {
            let mut methods: HashMap<Str, Rc<Method>> = parent
                .as_ref()
                .map(|p| p.methods.clone())
                .unwrap_or_default();
            let mut method_order = parent
                .as_ref()
                .map(|p| p.method_order.clone())
                .unwrap_or_default();
            for (f, vis, is_static) in methods_in {
                let mlc = Str::interned(f.name.to_ascii_lowercase().as_bytes());
                if !methods.contains_key(&mlc) {
                    method_order.push(mlc.clone());
                }
                methods.insert(
                    mlc,
                    Rc::new(Method {
                        name: Str::interned(f.name.as_bytes()),
                        callable: Callable::Builtin(f),
                        visibility: vis,
                        is_static: is_static || f.is_static,
                        is_abstract: false,
                        is_final: false,
                        class: weak.clone(),
                        class_name: name.clone(),
                    }),
                );
            }
            let mut c = Class {
                name: name.clone(),
                lc_name: lc.clone(),
                kind: self.kind,
                is_abstract: self.is_abstract,
                is_final: self.is_final,
                is_readonly: false,
                parent: parent.clone(),
                interfaces,
                consts,
                const_order,
                props,
                prop_lookup,
                defaults: RefCell::new(Some(defaults)),
                default_exprs,
                statics: HashMap::default(),
                static_order: Vec::new(),
                methods,
                method_order,
                constructor: None,
                destructor: None,
                magic_get: None,
                magic_set: None,
                magic_isset: None,
                magic_unset: None,
                magic_call: None,
                magic_call_static: None,
                magic_tostring: None,
                magic_invoke: None,
                internal: self.internal.or(parent.as_ref().and_then(|p| p.internal)),
                decl: None,
                enum_backing: None,
                cases: Vec::new(),
                is_builtin: true,
                no_dynamic_props: self.no_dynamic_props,
                constants_updated: Cell::new(true),
                is_throwable: false,
            };
            c.find_magic_methods();
            c.is_throwable = c.instance_of_name(b"throwable");
            c
        });
        it.classes.insert(lc, class);
    }
}

impl Class {
    fn find_magic_methods(&mut self) {
        let get = |c: &Class, n: &[u8]| c.methods.get(n).cloned();
        self.constructor = get(self, b"__construct");
        self.destructor = get(self, b"__destruct");
        self.magic_get = get(self, b"__get");
        self.magic_set = get(self, b"__set");
        self.magic_isset = get(self, b"__isset");
        self.magic_unset = get(self, b"__unset");
        self.magic_call = get(self, b"__call");
        self.magic_call_static = get(self, b"__callstatic");
        self.magic_tostring = get(self, b"__tostring");
        self.magic_invoke = get(self, b"__invoke");
    }
}

/// Registers the classes every script can use.
pub fn register_builtin_classes(it: &mut Interp) {
    crate::builtins::classes::register(it);
}

// ---- declaring user classes ----------------------------------------------

impl Interp {
    /// Looks a class up by name (not self/parent/static), trying the
    /// autoloaders when it is unknown.
    pub fn find_class(&mut self, name: &Str, lc: &Str) -> R<Option<Rc<Class>>> {
        let key = if lc.as_bytes().first() == Some(&b'\\') {
            Str::interned(&lc.as_bytes()[1..])
        } else {
            lc.clone()
        };
        if let Some(c) = self.classes.get(&key) {
            return Ok(Some(c.clone()));
        }
        self.autoload(name, &key)?;
        Ok(self.classes.get(&key).cloned())
    }

    /// Looks a class up, throwing `Error: Class "X" not found` when absent.
    pub fn class_or_error(&mut self, name: &Str, lc: &Str) -> R<Rc<Class>> {
        match self.find_class(name, lc)? {
            Some(c) => Ok(c),
            None => {
                let n = if name.as_bytes().first() == Some(&b'\\') {
                    &name.as_bytes()[1..]
                } else {
                    name.as_bytes()
                };
                Err(self.throw_error(
                    "Error",
                    &format!("Class \"{}\" not found", String::from_utf8_lossy(n)),
                ))
            }
        }
    }

    fn autoload(&mut self, name: &Str, lc: &Str) -> R<()> {
        if self.autoloaders.is_empty() || self.autoloading.contains(lc) {
            return Ok(());
        }
        self.autoloading.push(lc.clone());
        let loaders = self.autoloaders.clone();
        let mut result = Ok(());
        for l in loaders {
            let arg = Value::Str(name.clone());
            match self.call_value(&l, vec![arg]) {
                Ok(v) => drop(v),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
            if self.classes.contains_key(lc) {
                break;
            }
        }
        self.autoloading.retain(|x| x != lc);
        result
    }

    /// True when every class this declaration depends on is known already
    /// (Zend's early binding at compile time).
    pub fn can_declare_early(&self, decl: &ir::ClassDecl) -> bool {
        // PHP 8.2 without opcache binds early only classes that implement no
        // interface and use no trait (and enums never): the others are
        // declared when execution reaches them.
        decl.kind != ClassKind::Enum
            && decl.interfaces.is_empty()
            && decl.traits.is_empty()
            && decl
                .parent
                .as_ref()
                .is_none_or(|(_, lc)| self.classes.contains_key(lc))
    }

    /// Declares a class (PHP's `DECLARE_CLASS`).
    pub fn declare_class(&mut self, decl: &Rc<ir::ClassDecl>, line: u32) -> R<Rc<Class>> {
        if let Some(existing) = self.classes.get(&decl.lc_name) {
            if existing.decl.as_ref().is_some_and(|d| Rc::ptr_eq(d, decl)) {
                return Ok(existing.clone());
            }
            let what = match decl.kind {
                ClassKind::Interface => "interface",
                ClassKind::Trait => "trait",
                ClassKind::Enum => "enum",
                ClassKind::Class => "class",
            };
            return Err(self.fatal_at(
                &format!(
                    "Cannot declare {} {}, because the name is already in use",
                    what,
                    String::from_utf8_lossy(decl.name.as_bytes())
                ),
                line,
            ));
        }
        let parent = match &decl.parent {
            Some((name, lc)) => {
                let p = match self.find_class(name, lc)? {
                    Some(p) => p,
                    None => {
                        return Err(self.throw_error(
                            "Error",
                            &format!(
                                "Class \"{}\" not found",
                                String::from_utf8_lossy(name.as_bytes())
                            ),
                        ))
                    }
                };
                if p.is_final {
                    return Err(self.fatal_at(
                        &format!(
                            "Class {} cannot extend final class {}",
                            String::from_utf8_lossy(decl.name.as_bytes()),
                            String::from_utf8_lossy(p.name.as_bytes())
                        ),
                        line,
                    ));
                }
                if p.is_interface() && decl.kind != ClassKind::Interface {
                    return Err(self.fatal_at(
                        &format!(
                            "Class {} cannot extend interface {}",
                            String::from_utf8_lossy(decl.name.as_bytes()),
                            String::from_utf8_lossy(p.name.as_bytes())
                        ),
                        line,
                    ));
                }
                Some(p)
            }
            None => None,
        };
        let mut interfaces: Vec<Rc<Class>> = parent
            .as_ref()
            .map(|p| p.interfaces.clone())
            .unwrap_or_default();
        let mut direct_interfaces = Vec::new();
        let iface_list: Vec<(Str, Str)> = if decl.kind == ClassKind::Interface {
            decl.interfaces
                .iter()
                .cloned()
                .chain(decl.parent.iter().cloned())
                .collect()
        } else {
            decl.interfaces.clone()
        };
        for (name, lc) in &iface_list {
            let i = match self.find_class(name, lc)? {
                Some(i) => i,
                None => {
                    return Err(self.throw_error(
                        "Error",
                        &format!(
                            "Interface \"{}\" not found",
                            String::from_utf8_lossy(name.as_bytes())
                        ),
                    ))
                }
            };
            if !i.is_interface() {
                return Err(self.fatal_at(
                    &format!(
                        "{} cannot implement {} - it is not an interface",
                        String::from_utf8_lossy(decl.name.as_bytes()),
                        String::from_utf8_lossy(i.name.as_bytes())
                    ),
                    line,
                ));
            }
            for sup in &i.interfaces {
                if !interfaces.iter().any(|x| Rc::ptr_eq(x, sup)) {
                    interfaces.push(sup.clone());
                }
            }
            if !interfaces.iter().any(|x| Rc::ptr_eq(x, &i)) {
                interfaces.push(i.clone());
            }
            direct_interfaces.push(i);
        }
        if decl.kind == ClassKind::Enum {
            for extra in ["UnitEnum", "BackedEnum"] {
                if extra == "BackedEnum" && decl.enum_backing.is_none() {
                    continue;
                }
                let c = self.classes[&Str::interned(extra.to_ascii_lowercase().as_bytes())].clone();
                if !interfaces.iter().any(|x| Rc::ptr_eq(x, &c)) {
                    interfaces.push(c);
                }
            }
        }
        let mut traits = Vec::new();
        for (name, lc) in &decl.traits {
            match self.find_class(name, lc)? {
                Some(t) if t.kind == ClassKind::Trait => traits.push(t),
                Some(t) => {
                    return Err(self.fatal_at(
                        &format!(
                            "{} cannot use {} - it is not a trait",
                            String::from_utf8_lossy(decl.name.as_bytes()),
                            String::from_utf8_lossy(t.name.as_bytes())
                        ),
                        line,
                    ))
                }
                None => {
                    return Err(self.throw_error(
                        "Error",
                        &format!(
                            "Trait \"{}\" not found",
                            String::from_utf8_lossy(name.as_bytes())
                        ),
                    ))
                }
            }
        }
        let class = link_class(decl, parent, interfaces, &traits)?;
        if decl.kind == ClassKind::Class && !decl.is_abstract {
            let mut missing: Vec<String> = Vec::new();
            for lc in &class.method_order {
                let m = &class.methods[lc];
                if m.is_abstract {
                    missing.push(format!(
                        "{}::{}",
                        String::from_utf8_lossy(m.class_name.as_bytes()),
                        String::from_utf8_lossy(m.name.as_bytes())
                    ));
                }
            }
            if !missing.is_empty() {
                let n = missing.len();
                let shown = missing
                    .iter()
                    .take(3)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ");
                let more = if n > 3 { ", ..." } else { "" };
                return Err(self.fatal_at(
                    &format!(
                        "Class {} contains {} abstract method{} and must therefore be declared abstract or implement the remaining methods ({}{})",
                        String::from_utf8_lossy(decl.name.as_bytes()),
                        n,
                        if n == 1 { "" } else { "s" },
                        shown,
                        more
                    ),
                    line,
                ));
            }
        }
        if decl.kind == ClassKind::Class
            && !decl.is_abstract
            && class.instance_of_name(b"serializable")
            && !(class.methods.contains_key(&b"__serialize"[..])
                && class.methods.contains_key(&b"__unserialize"[..]))
        {
            let msg = format!(
                "{} implements the Serializable interface, which is deprecated. Implement __serialize() and __unserialize() instead (or in addition, if support for old PHP versions is necessary)",
                String::from_utf8_lossy(decl.name.as_bytes())
            );
            self.deprecated(line, &msg)?;
        }
        self.classes.insert(decl.lc_name.clone(), class.clone());
        Ok(class)
    }
}

/// Builds the run-time class of a declaration (inheritance, traits).
fn link_class(
    decl: &Rc<ir::ClassDecl>,
    parent: Option<Rc<Class>>,
    interfaces: Vec<Rc<Class>>,
    traits: &[Rc<Class>],
) -> R<Rc<Class>> {
    let lc = decl.lc_name.clone();
    let name = decl.name.clone();
    let mut props: Vec<PropInfo> = parent.as_ref().map(|p| p.props.clone()).unwrap_or_default();
    let mut prop_lookup: HashMap<Str, usize> = parent
        .as_ref()
        .map(|p| p.prop_lookup.clone())
        .unwrap_or_default();
    // Private properties of the parent are invisible by name from here.
    prop_lookup.retain(|_, i| props[*i].visibility != Visibility::Private);
    let mut default_exprs: Vec<Option<(Rc<ir::ClassDecl>, usize)>> = parent
        .as_ref()
        .map(|p| p.default_exprs.clone())
        .unwrap_or_default();
    let parent_defaults: Option<Vec<Value>> =
        parent.as_ref().and_then(|p| p.defaults.borrow().clone());
    let mut statics: HashMap<Str, StaticProp> = HashMap::default();
    let mut static_order = Vec::new();
    if let Some(p) = &parent {
        for k in &p.static_order {
            let sp = &p.statics[k];
            if sp.visibility == Visibility::Private {
                continue;
            }
            statics.insert(
                k.clone(),
                StaticProp {
                    cell: sp.cell.clone(),
                    visibility: sp.visibility,
                    declaring: sp.declaring.clone(),
                    ty: sp.ty.clone(),
                    default: sp.default.clone(),
                },
            );
            static_order.push(k.clone());
        }
    }
    // Trait properties first, then the class's own.
    let mut all_props: Vec<(Rc<ir::ClassDecl>, usize)> = Vec::new();
    for t in traits {
        if let Some(td) = &t.decl {
            for i in 0..td.props.len() {
                all_props.push((td.clone(), i));
            }
        }
    }
    for i in 0..decl.props.len() {
        all_props.push((decl.clone(), i));
    }
    let mut own_default_slots = Vec::new();
    for (d, i) in &all_props {
        let p = &d.props[*i];
        if p.is_static {
            let default = p.default.as_ref().map(|_| (d.clone(), *i));
            statics.insert(
                p.name.clone(),
                StaticProp {
                    cell: Rc::new(StaticCell {
                        value: UnsafeCell::new(Value::Undef),
                        initialized: Cell::new(false),
                    }),
                    visibility: p.visibility,
                    declaring: lc.clone(),
                    ty: p.ty.clone(),
                    default,
                },
            );
            if !static_order.contains(&p.name) {
                static_order.push(p.name.clone());
            }
            continue;
        }
        let info = PropInfo {
            name: p.name.clone(),
            slot: 0,
            visibility: p.visibility,
            declaring: lc.clone(),
            declaring_name: name.clone(),
            ty: p.ty.clone(),
            is_readonly: p.is_readonly,
            has_default: p.default.is_some() || p.ty.is_none(),
        };
        let slot = match prop_lookup.get(&p.name) {
            Some(&idx)
                if props[idx].visibility != Visibility::Private || props[idx].declaring == lc =>
            {
                idx
            }
            _ => {
                props.push(info.clone());
                default_exprs.push(None);
                props.len() - 1
            }
        };
        props[slot] = PropInfo { slot, ..info };
        prop_lookup.insert(p.name.clone(), slot);
        default_exprs[slot] = Some((d.clone(), *i));
        own_default_slots.push(slot);
    }
    // Constructor promotion declares properties too.
    if let Some(ctor) = decl
        .methods
        .iter()
        .find(|m| m.func.name.as_bytes().eq_ignore_ascii_case(b"__construct"))
    {
        for param in &ctor.func.params {
            if let Some(vis) = param.promote {
                let slot = match prop_lookup.get(&param.name) {
                    Some(&idx) if props[idx].declaring == lc => idx,
                    _ => {
                        props.push(PropInfo {
                            name: param.name.clone(),
                            slot: 0,
                            visibility: vis,
                            declaring: lc.clone(),
                            declaring_name: name.clone(),
                            ty: param.ty.clone(),
                            is_readonly: param.promote_readonly || decl.is_readonly,
                            has_default: false,
                        });
                        default_exprs.push(None);
                        props.len() - 1
                    }
                };
                props[slot].slot = slot;
                props[slot].has_default = param.ty.is_none();
                prop_lookup.insert(param.name.clone(), slot);
            }
        }
    }
    // Defaults known now (inherited ones) are kept; own ones are evaluated
    // at first instantiation.
    let defaults = parent_defaults.map(|mut d| {
        d.resize(props.len(), Value::Undef);
        d
    });
    let _ = own_default_slots;

    let mut consts: HashMap<Str, Rc<ClassConst>> = parent
        .as_ref()
        .map(|p| p.consts.clone())
        .unwrap_or_default();
    let mut const_order = parent
        .as_ref()
        .map(|p| p.const_order.clone())
        .unwrap_or_default();
    for i in &interfaces {
        for k in &i.const_order {
            if !consts.contains_key(k) {
                consts.insert(k.clone(), i.consts[k].clone());
                const_order.push(k.clone());
            }
        }
    }
    let mut const_sources: Vec<(Rc<ir::ClassDecl>, usize)> = Vec::new();
    for t in traits {
        if let Some(td) = &t.decl {
            for i in 0..td.consts.len() {
                const_sources.push((td.clone(), i));
            }
        }
    }
    for i in 0..decl.consts.len() {
        const_sources.push((decl.clone(), i));
    }
    for (d, i) in const_sources {
        let c = &d.consts[i];
        if !consts.contains_key(&c.name) {
            const_order.push(c.name.clone());
        }
        consts.insert(
            c.name.clone(),
            Rc::new(ClassConst {
                name: c.name.clone(),
                value: RefCell::new(None),
                expr: Some(Rc::new(ConstExpr {
                    decl: d.clone(),
                    index: i,
                })),
                visibility: c.visibility,
                declaring: lc.clone(),
                is_case: false,
            }),
        );
    }
    let mut cases = Vec::new();
    for (cname, _) in &decl.enum_cases {
        cases.push(cname.clone());
        if !consts.contains_key(cname) {
            const_order.push(cname.clone());
        }
        consts.insert(
            cname.clone(),
            Rc::new(ClassConst {
                name: cname.clone(),
                value: RefCell::new(None),
                expr: None,
                visibility: Visibility::Public,
                declaring: lc.clone(),
                is_case: true,
            }),
        );
    }

    let class = Rc::new_cyclic(|weak: &Weak<Class>| {
        let mut methods: HashMap<Str, Rc<Method>> = parent
            .as_ref()
            .map(|p| p.methods.clone())
            .unwrap_or_default();
        let mut method_order: Vec<Str> = parent
            .as_ref()
            .map(|p| p.method_order.clone())
            .unwrap_or_default();
        // Interface methods are abstract until implemented.
        for i in &interfaces {
            for k in &i.method_order {
                if !methods.contains_key(k) {
                    methods.insert(k.clone(), i.methods[k].clone());
                    method_order.push(k.clone());
                }
            }
        }
        let mut add = |m: &ir::MethodDecl, alias: Option<&Str>, vis: Option<Visibility>| {
            let mname = alias.cloned().unwrap_or_else(|| m.func.name.clone());
            let mlc = Str::interned(&mname.as_bytes().to_ascii_lowercase());
            if m.is_abstract {
                if let Some(existing) = methods.get(&mlc) {
                    if !existing.is_abstract {
                        return;
                    }
                }
            }
            if !methods.contains_key(&mlc) {
                method_order.push(mlc.clone());
            }
            methods.insert(
                mlc,
                Rc::new(Method {
                    name: mname,
                    callable: Callable::User(m.func.clone()),
                    visibility: vis.unwrap_or(m.visibility),
                    is_static: m.is_static,
                    is_abstract: m.is_abstract,
                    is_final: m.is_final,
                    class: weak.clone(),
                    class_name: name.clone(),
                }),
            );
        };
        for t in traits {
            if let Some(td) = &t.decl {
                for m in &td.methods {
                    let excluded = decl.trait_rules.iter().any(|r| match r {
                        crate::syntax::ast::TraitAdaptation::Insteadof {
                            trait_name,
                            method,
                            instead_of,
                        } => {
                            method.eq_ignore_ascii_case(m.func.name.as_bytes())
                                && instead_of
                                    .iter()
                                    .any(|n| n.text.eq_ignore_ascii_case(t.name.as_bytes()))
                                && trait_name.as_ref().is_none_or(|tn| {
                                    !tn.text.eq_ignore_ascii_case(t.name.as_bytes())
                                })
                        }
                        _ => false,
                    });
                    let own = decl.methods.iter().any(|o| {
                        o.func
                            .name
                            .as_bytes()
                            .eq_ignore_ascii_case(m.func.name.as_bytes())
                    });
                    if !excluded && !own {
                        add(m, None, None);
                    }
                    for r in &decl.trait_rules {
                        if let crate::syntax::ast::TraitAdaptation::Alias {
                            trait_name,
                            method,
                            alias,
                            visibility,
                        } = r
                        {
                            let trait_ok = trait_name
                                .as_ref()
                                .is_none_or(|tn| tn.text.eq_ignore_ascii_case(t.name.as_bytes()));
                            if trait_ok && method.eq_ignore_ascii_case(m.func.name.as_bytes()) {
                                match alias {
                                    Some(a) => add(m, Some(&Str::interned(a)), *visibility),
                                    None => add(m, None, *visibility),
                                }
                            }
                        }
                    }
                }
            }
        }
        for m in &decl.methods {
            add(m, None, None);
        }
        let mut c = Class {
            name: name.clone(),
            lc_name: lc.clone(),
            kind: decl.kind,
            is_abstract: decl.is_abstract,
            is_final: decl.is_final,
            is_readonly: decl.is_readonly,
            parent: parent.clone(),
            interfaces,
            consts,
            const_order,
            props,
            prop_lookup,
            defaults: RefCell::new(defaults),
            default_exprs,
            statics,
            static_order,
            methods,
            method_order,
            constructor: None,
            destructor: None,
            magic_get: None,
            magic_set: None,
            magic_isset: None,
            magic_unset: None,
            magic_call: None,
            magic_call_static: None,
            magic_tostring: None,
            magic_invoke: None,
            internal: parent.as_ref().and_then(|p| p.internal),
            decl: Some(decl.clone()),
            enum_backing: decl.enum_backing.clone(),
            cases,
            is_builtin: false,
            no_dynamic_props: parent.as_ref().is_some_and(|p| p.no_dynamic_props),
            constants_updated: Cell::new(false),
            is_throwable: false,
        };
        c.find_magic_methods();
        c.is_throwable = c.instance_of_name(b"throwable");
        // Defaults must be re-evaluated for own slots.
        *c.defaults.borrow_mut() = None;
        c
    });
    Ok(class)
}
