//! Compiling statements, functions and classes.

use super::ir::{self, StmtKind as S};
use super::{err, lower, CResult, ClassCtx, Compiler, Scope};
use crate::syntax::ast::{self, StmtKind as A};
use crate::value::Str;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum FnKind {
    Function,
    Method,
    Closure { arrow: bool },
}

impl Compiler {
    pub(super) fn compile_top_level(&mut self, stmts: &[ast::Stmt]) -> CResult<ir::Block> {
        let mut out = Vec::new();
        for s in stmts {
            match &s.kind {
                A::Namespace { name, body } => {
                    self.namespace = name.as_ref().map(|n| n.text.to_vec()).unwrap_or_default();
                    self.use_classes.clear();
                    self.use_functions.clear();
                    self.use_consts.clear();
                    if let Some(body) = body {
                        let inner = self.compile_top_level(body)?;
                        out.push(ir::Stmt {
                            line: s.line,
                            kind: S::Block(inner),
                        });
                        self.namespace.clear();
                    }
                }
                A::FunctionDecl(decl) => {
                    let f = self.function(decl, FnKind::Function)?;
                    self.functions.push(f);
                }
                A::ClassDecl(decl) => {
                    let c = self.class_decl(decl)?;
                    self.classes.push(c.clone());
                    out.push(ir::Stmt {
                        line: s.line,
                        kind: S::DeclareClass(c),
                    });
                }
                A::HaltCompiler => break,
                _ => {
                    if let Some(st) = self.stmt(s)? {
                        out.push(st);
                    }
                }
            }
        }
        Ok(out)
    }

    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> CResult<ir::Block> {
        let mut out = Vec::with_capacity(stmts.len());
        for s in stmts {
            if let Some(st) = self.stmt(s)? {
                out.push(st);
            }
        }
        Ok(out)
    }

    fn loop_body(&mut self, body: &[ast::Stmt], is_switch: bool) -> CResult<ir::Block> {
        self.scope().loops.push(is_switch);
        let b = self.block(body);
        self.scope().loops.pop();
        b
    }

    fn jump_levels(&mut self, e: &Option<ast::Expr>, line: u32, what: &str) -> CResult<u32> {
        let n = match e {
            None => 1,
            Some(ast::Expr {
                kind: ast::ExprKind::Lit(ast::Lit::Int(n)),
                ..
            }) => {
                if *n < 1 {
                    return err(
                        line,
                        format!("'{what}' operator accepts only positive integers"),
                    );
                }
                *n as u32
            }
            Some(_) => {
                return err(
                    line,
                    format!("'{what}' operator with non-integer operand is no longer supported"),
                )
            }
        };
        let depth = self.scope().loops.len() as u32;
        if depth == 0 {
            return err(
                line,
                format!("'{what}' not in the 'loop' or 'switch' context"),
            );
        }
        if n > depth {
            let s = if n == 1 { "" } else { "s" };
            return err(line, format!("Cannot '{what}' {n} level{s}"));
        }
        Ok(n)
    }

    fn stmt(&mut self, s: &ast::Stmt) -> CResult<Option<ir::Stmt>> {
        let line = s.line;
        self.last_line = line;
        let kind = match &s.kind {
            A::Echo(es) => S::Echo(self.echo_args(es)?),
            A::InlineHtml(b) => S::InlineHtml(Str::interned(b)),
            A::Expr(e) => S::Expr(self.expr(e)?),
            A::Block(b) => S::Block(self.block(b)?),
            A::If {
                cond,
                then,
                elseifs,
                else_,
            } => {
                let mut arms = vec![(self.expr(cond)?, self.block(then)?)];
                for (c, b) in elseifs {
                    arms.push((self.expr(c)?, self.block(b)?));
                }
                let e = match else_ {
                    Some(b) => Some(self.block(b)?),
                    None => None,
                };
                S::If(arms, e)
            }
            A::While { cond, body } => {
                let c = self.expr(cond)?;
                S::While(c, self.loop_body(body, false)?)
            }
            A::DoWhile { body, cond } => {
                let b = self.loop_body(body, false)?;
                S::DoWhile(b, self.expr(cond)?)
            }
            A::For { init, cond, step, body } => {
                let i = self.expr_list(init)?;
                let c = self.expr_list(cond)?;
                let st = self.expr_list(step)?;
                S::For(i, c, st, self.loop_body(body, false)?)
            }
            A::Foreach {
                subject,
                key,
                value,
                by_ref,
                body,
            } => {
                let subject = self.expr(subject)?;
                let key = match key {
                    Some(k) => Some(self.assign_target(k)?),
                    None => None,
                };
                if let Some(k) = &key {
                    if matches!(k.kind, ir::ExprKind::List(_)) {
                        return err(line, "Cannot use list as key element");
                    }
                }
                if let ast::ExprKind::Var(ast::VarName::Simple(n)) = &value.kind {
                    if &n[..] == b"this" {
                        return err(line, "Cannot re-assign $this");
                    }
                }
                let value = self.assign_target(value)?;
                let body = self.loop_body(body, false)?;
                S::Foreach(Box::new(ir::Foreach {
                    subject,
                    key,
                    value,
                    by_ref: *by_ref,
                    body,
                }))
            }
            A::Switch { subject, cases } => {
                let subj = self.expr(subject)?;
                let mut out = Vec::new();
                let mut defaults = 0;
                self.scope().loops.push(true);
                for c in cases {
                    let test = match &c.test {
                        Some(t) => Some(self.expr(t)?),
                        None => {
                            defaults += 1;
                            if defaults > 1 {
                                self.scope().loops.pop();
                                return err(c.line, "Switch statements may only contain one default clause");
                            }
                            None
                        }
                    };
                    let body = self.block(&c.body)?;
                    out.push(ir::SwitchCase { test, body });
                }
                self.scope().loops.pop();
                S::Switch(subj, out)
            }
            A::Break(e) => S::Break(self.jump_levels(e, line, "break")?),
            A::Continue(e) => S::Continue(self.jump_levels(e, line, "continue")?),
            A::Return(e) => {
                let v = match e {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                };
                S::Return(v)
            }
            A::Global(vars) => {
                let mut simple = Vec::new();
                let mut dynamic = Vec::new();
                for v in vars {
                    match &v.kind {
                        ast::ExprKind::Var(ast::VarName::Simple(n)) => {
                            if &n[..] == b"this" {
                                return err(line, "Cannot use $this as global variable");
                            }
                            let slot = self.scope().slot(n);
                            simple.push((slot, Str::interned(n)));
                        }
                        _ => dynamic.push(self.expr(v)?),
                    }
                }
                if !dynamic.is_empty() {
                    S::GlobalDynamic(dynamic)
                } else {
                    S::Global(simple)
                }
            }
            A::Static(vars) => {
                let mut out = Vec::new();
                for v in vars {
                    if &v.name[..] == b"this" {
                        return err(line, "Cannot use $this as static variable");
                    }
                    let init = match &v.default {
                        Some(e) => {
                            let mut init = self.expr(e)?;
                            if let ir::ExprKind::Lit(v) = &init.kind {
                                init.kind = ir::ExprKind::Lit(super::expr::uninterned_literal(v));
                            }
                            Some(init)
                        }
                        None => None,
                    };
                    let slot = self.scope().slot(&v.name);
                    let scope = self.scope();
                    let idx = scope.statics.len();
                    scope.statics.push((Str::interned(&v.name), init));
                    out.push((slot, idx));
                }
                S::Static(out)
            }
            A::Unset(vars) => {
                let mut out = Vec::new();
                for v in vars {
                    let c = self.expr(v)?;
                    match c.kind {
                        ir::ExprKind::This => return err(line, "Cannot unset $this"),
                        ir::ExprKind::Local(_)
                        | ir::ExprKind::VarVar(_)
                        | ir::ExprKind::Index { .. }
                        | ir::ExprKind::Prop { .. }
                        | ir::ExprKind::StaticProp { .. }
                        | ir::ExprKind::GlobalVar(_) => out.push(c),
                        _ => return err(line, "Cannot use temporary expression in write context"),
                    }
                }
                S::Unset(out)
            }
            A::FunctionDecl(decl) => S::DeclareFunction(self.function(decl, FnKind::Function)?),
            A::ClassDecl(decl) => S::DeclareClass(self.class_decl(decl)?),
            A::Try { body, catches, finally } => {
                let b = self.block(body)?;
                let mut cs = Vec::new();
                for c in catches {
                    let types = c
                        .types
                        .iter()
                        .map(|t| {
                            let full = self.resolve_class_name(t);
                            (Str::interned(&full), lower(&full))
                        })
                        .collect();
                    let var = c.var.as_ref().map(|v| self.scope().slot(v));
                    cs.push(ir::Catch {
                        types,
                        var,
                        body: self.block(&c.body)?,
                    });
                }
                let f = match finally {
                    Some(f) => Some(self.block(f)?),
                    None => None,
                };
                S::Try(b, cs, f)
            }
            A::Const(items) => {
                let mut out = Vec::new();
                for item in items {
                    let name = self.qualify(&item.name);
                    out.push((Str::interned(&name), self.expr(&item.value)?));
                }
                S::Const(out)
            }
            A::Namespace { .. } => return err(line, "Namespace declaration statement has to be the very first statement or after any declare call in the script"),
            A::Use { kind, items } => {
                for item in items {
                    self.add_use(*kind, item, line)?;
                }
                S::Nop
            }
            A::Declare { directives, body } => {
                for (name, _) in directives {
                    let n = name.to_ascii_lowercase();
                    if n != b"strict_types" && n != b"ticks" && n != b"encoding" {
                        // PHP warns about unknown directives at compile time.
                    }
                }
                match body {
                    Some(b) => S::Block(self.block(b)?),
                    None => S::Nop,
                }
            }
            A::HaltCompiler => S::Nop,
            A::Label(_) | A::Goto(_) => return err(line, "goto is not supported by phpi"),
            A::Nop => return Ok(None),
        };
        Ok(Some(ir::Stmt { line, kind }))
    }

    fn echo_args(&mut self, es: &[ast::Expr]) -> CResult<Vec<ir::Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn expr_list(&mut self, es: &[ast::Expr]) -> CResult<Vec<ir::Expr>> {
        es.iter().map(|e| self.expr(e)).collect()
    }

    fn add_use(&mut self, kind: ast::UseKind, item: &ast::UseItem, line: u32) -> CResult<()> {
        let full = item.name.text.to_vec();
        let alias = match &item.alias {
            Some(a) => a.to_vec(),
            None => match full.iter().rposition(|&b| b == b'\\') {
                Some(i) => full[i + 1..].to_vec(),
                None => full.clone(),
            },
        };
        let kind = if kind == ast::UseKind::Normal {
            item.kind
        } else {
            kind
        };
        match kind {
            ast::UseKind::Normal => {
                let key = alias.to_ascii_lowercase();
                if self.use_classes.contains_key(&key) {
                    return err(
                        line,
                        format!(
                            "Cannot use {} as {} because the name is already in use",
                            String::from_utf8_lossy(&full),
                            String::from_utf8_lossy(&alias)
                        ),
                    );
                }
                self.use_classes.insert(key, full);
            }
            ast::UseKind::Function => {
                self.use_functions.insert(alias.to_ascii_lowercase(), full);
            }
            ast::UseKind::Const => {
                self.use_consts.insert(alias, full);
            }
        }
        Ok(())
    }

    // ---- functions --------------------------------------------------------

    pub(super) fn compile_type(&self, t: &ast::TypeHint) -> ir::Type {
        use ir::BuiltinType as B;
        match t {
            ast::TypeHint::Named(n) => {
                if n.kind == ast::NameKind::Unqualified {
                    let b = match n.text.to_ascii_lowercase().as_slice() {
                        b"int" => Some(B::Int),
                        b"float" => Some(B::Float),
                        b"string" => Some(B::String),
                        b"bool" => Some(B::Bool),
                        b"false" => Some(B::False),
                        b"true" => Some(B::True),
                        b"null" => Some(B::Null),
                        b"array" => Some(B::Array),
                        b"callable" => Some(B::Callable),
                        b"iterable" => Some(B::Iterable),
                        b"object" => Some(B::Object),
                        b"mixed" => Some(B::Mixed),
                        b"void" => Some(B::Void),
                        b"never" => Some(B::Never),
                        b"static" => Some(B::Static),
                        b"self" => Some(B::SelfType),
                        b"parent" => Some(B::Parent),
                        _ => None,
                    };
                    if let Some(b) = b {
                        return ir::Type::Builtin(b);
                    }
                }
                let full = self.resolve_class_name(n);
                ir::Type::Class(Str::interned(&full), lower(&full))
            }
            ast::TypeHint::Nullable(t) => ir::Type::Nullable(Box::new(self.compile_type(t))),
            ast::TypeHint::Union(ts) => {
                ir::Type::Union(ts.iter().map(|t| self.compile_type(t)).collect())
            }
            ast::TypeHint::Intersection(ts) => {
                ir::Type::Intersection(ts.iter().map(|t| self.compile_type(t)).collect())
            }
        }
    }

    pub(super) fn function(
        &mut self,
        decl: &ast::FunctionDecl,
        kind: FnKind,
    ) -> CResult<Rc<ir::FuncDef>> {
        let is_closure = matches!(kind, FnKind::Closure { .. });
        let arrow = matches!(kind, FnKind::Closure { arrow: true });
        let plain_name: Vec<u8> = if is_closure {
            b"{closure}".to_vec()
        } else if kind == FnKind::Function {
            self.qualify(&decl.name)
        } else {
            decl.name.to_vec()
        };
        let method_name: Vec<u8> = match (&self.class, kind) {
            (Some(c), FnKind::Method) => {
                let mut v = c.name.as_bytes().to_vec();
                v.extend_from_slice(b"::");
                v.extend_from_slice(&decl.name);
                v
            }
            _ => plain_name.clone(),
        };
        let mut scope = Scope::new(Str::interned(&plain_name), Str::interned(&method_name));
        scope.in_closure = is_closure;
        scope.is_static_closure = is_closure && decl.is_static;
        scope.in_class_method = kind == FnKind::Method || (is_closure && self.class.is_some());
        self.scopes.push(scope);
        let saved_line = self.last_line;
        let result = self.function_inner(decl, kind, arrow, plain_name);
        self.last_line = saved_line;
        let scope = self.scopes.pop().expect("function scope");
        let (mut def, param_count) = result?;
        if arrow {
            // An arrow function captures, by value, every variable of its
            // body that is not a parameter.
            self.pending_uses = scope
                .names
                .iter()
                .enumerate()
                .skip(param_count)
                .map(|(slot, name)| (name.as_bytes().to_vec(), slot as ir::Slot, false))
                .collect();
        }
        def.slot_names = scope.names;
        def.statics = scope.statics;
        def.uses_this = scope.uses_this;
        def.is_generator = scope.is_generator;
        Ok(Rc::new(def))
    }

    fn function_inner(
        &mut self,
        decl: &ast::FunctionDecl,
        kind: FnKind,
        arrow: bool,
        name: Vec<u8>,
    ) -> CResult<(ir::FuncDef, usize)> {
        let mut params = Vec::new();
        for p in &decl.params {
            if &p.name[..] == b"this" {
                return err(p.line, "Cannot use $this as parameter");
            }
            if self.scope().slots.contains_key(&p.name[..]) {
                return err(
                    p.line,
                    format!(
                        "Redefinition of parameter ${}",
                        String::from_utf8_lossy(&p.name)
                    ),
                );
            }
            let slot = self.scope().slot(&p.name);
            let default = match &p.default {
                Some(d) => Some(self.expr(d)?),
                None => None,
            };
            let ty = p.ty.as_ref().map(|t| self.compile_type(t));
            if let (Some(t), Some(d)) = (&ty, &default) {
                if let ir::ExprKind::Lit(v) | ir::ExprKind::LitArray(v) = &d.kind {
                    if !super::type_text::default_value_fits(t, v) {
                        return err(
                            p.line,
                            format!(
                                "Cannot use {} as default value for parameter ${} of type {}",
                                v.type_name(),
                                String::from_utf8_lossy(&p.name),
                                super::type_text::type_to_string(t)
                            ),
                        );
                    }
                }
            }
            params.push(ir::Param {
                name: Str::interned(&p.name),
                slot,
                ty,
                default,
                by_ref: p.by_ref,
                variadic: p.variadic,
                promote: p.promote.map(|m| m.visibility),
                promote_readonly: p.promote.is_some_and(|m| m.is_readonly),
                type_hint: p.ty.clone(),
            });
        }
        let param_count = params.len();
        let mut uses = Vec::new();
        for u in &decl.uses {
            if &u.name[..] == b"this" {
                return err(decl.line, "Cannot use $this as lexical variable");
            }
            if self.scope().slots.contains_key(&u.name[..]) {
                return err(
                    decl.line,
                    format!(
                        "Cannot use lexical variable ${} as a parameter name",
                        String::from_utf8_lossy(&u.name)
                    ),
                );
            }
            let slot = self.scope().slot(&u.name);
            uses.push((u.name.to_vec(), slot, u.by_ref));
        }
        let body = self.block(&decl.body)?;
        if !arrow {
            self.pending_uses = uses;
        }
        let _ = kind;
        Ok((
            ir::FuncDef {
                name: Str::interned(&name),
                params,
                body,
                slot_names: Vec::new(),
                by_ref_return: decl.by_ref_return,
                return_type: decl.return_type.as_ref().map(|t| self.compile_type(t)),
                is_static: decl.is_static,
                is_generator: decl.is_generator,
                is_closure: matches!(kind, FnKind::Closure { .. }),
                is_arrow: arrow,
                is_abstract: decl.is_abstract_body,
                statics: Vec::new(),
                uses_this: false,
                file: self.file.clone(),
                line: decl.line,
                end_line: decl.end_line,
                span: decl.span,
                class_name: self.class.as_ref().map(|c| c.name.clone()),
                static_values: Default::default(),
                active_calls: Default::default(),
            },
            param_count,
        ))
    }

    // ---- classes ----------------------------------------------------------

    pub(super) fn anon_class(&mut self, decl: &Rc<ast::ClassDecl>) -> CResult<Rc<ir::ClassDecl>> {
        let mut name = b"class@anonymous".to_vec();
        if let Some(p) = &decl.extends {
            name = self.resolve_class_name(p);
            name.extend_from_slice(b"@anonymous");
        }
        name.push(0);
        name.extend_from_slice(self.file.as_bytes());
        name.extend_from_slice(format!(":{}${:x}", decl.line, self.anon_class_counter).as_bytes());
        self.anon_class_counter += 1;
        self.class_decl_named(decl, name)
    }

    pub(super) fn class_decl(&mut self, decl: &Rc<ast::ClassDecl>) -> CResult<Rc<ir::ClassDecl>> {
        let lc = decl.name.to_ascii_lowercase();
        if super::is_reserved_class_name(&decl.name)
            && !matches!(lc.as_slice(), b"true" | b"false" | b"null")
        {
            return err(
                decl.line,
                format!(
                    "Cannot use '{}' as class name as it is reserved",
                    String::from_utf8_lossy(&decl.name)
                ),
            );
        }
        let name = self.qualify(&decl.name);
        self.class_decl_named(decl, name)
    }

    fn class_decl_named(
        &mut self,
        decl: &Rc<ast::ClassDecl>,
        name: Vec<u8>,
    ) -> CResult<Rc<ir::ClassDecl>> {
        let name = Str::interned(&name);
        let parent = decl.extends.as_ref().map(|p| {
            let full = self.resolve_class_name(p);
            (Str::interned(&full), lower(&full))
        });
        let interfaces = decl
            .implements
            .iter()
            .map(|i| {
                let full = self.resolve_class_name(i);
                (Str::interned(&full), lower(&full))
            })
            .collect();
        let saved_class = self.class.replace(ClassCtx {
            name: name.clone(),
            parent: parent.as_ref().map(|p| p.0.clone()),
            is_trait: decl.kind == ast::ClassKind::Trait,
        });
        let result = self.class_members(decl, name, parent, interfaces);
        self.class = saved_class;
        result.map(Rc::new)
    }

    fn class_members(
        &mut self,
        decl: &ast::ClassDecl,
        name: Str,
        parent: Option<(Str, Str)>,
        interfaces: Vec<(Str, Str)>,
    ) -> CResult<ir::ClassDecl> {
        let mut consts = Vec::new();
        let mut props = Vec::new();
        let mut methods = Vec::new();
        let mut traits = Vec::new();
        let mut trait_rules = Vec::new();
        let mut enum_cases = Vec::new();
        // Class-level constant expressions are compiled in a scope of their own.
        self.scopes.push(Scope::new(Str::empty(), Str::empty()));
        let r: CResult<()> = (|| {
            for m in &decl.members {
                match m {
                    ast::ClassMember::Property {
                        line,
                        name,
                        ty,
                        default,
                        modifiers,
                    } => {
                        let default = match default {
                            Some(d) => Some(self.expr(d)?),
                            None => None,
                        };
                        props.push(ir::PropDecl {
                            name: Str::interned(name),
                            default,
                            ty: ty.as_ref().map(|t| self.compile_type(t)),
                            visibility: modifiers.visibility,
                            is_static: modifiers.is_static,
                            is_readonly: modifiers.is_readonly || decl.is_readonly,
                            line: *line,
                        });
                    }
                    ast::ClassMember::Const {
                        name,
                        value,
                        modifiers,
                        ..
                    } => {
                        let value = self.expr(value)?;
                        consts.push(ir::ClassConstDecl {
                            name: Str::interned(name),
                            value,
                            visibility: modifiers.visibility,
                            is_final: modifiers.is_final,
                        });
                    }
                    ast::ClassMember::Method {
                        decl: fdecl,
                        modifiers,
                    } => {
                        let scope_count = self.scopes.len();
                        let func = self.function(fdecl, FnKind::Method)?;
                        debug_assert_eq!(scope_count, self.scopes.len());
                        methods.push(ir::MethodDecl {
                            func,
                            visibility: modifiers.visibility,
                            is_static: modifiers.is_static,
                            is_abstract: modifiers.is_abstract || fdecl.is_abstract_body,
                            is_final: modifiers.is_final,
                        });
                    }
                    ast::ClassMember::TraitUse {
                        traits: ts,
                        adaptations,
                        ..
                    } => {
                        for t in ts {
                            let full = self.resolve_class_name(t);
                            traits.push((Str::interned(&full), lower(&full)));
                        }
                        trait_rules.extend(adaptations.iter().cloned());
                    }
                    ast::ClassMember::EnumCase { name, value, .. } => {
                        let v = match value {
                            Some(v) => Some(self.expr(v)?),
                            None => None,
                        };
                        enum_cases.push((Str::interned(name), v));
                    }
                }
            }
            Ok(())
        })();
        self.scopes.pop();
        r?;
        Ok(ir::ClassDecl {
            lc_name: lower(name.as_bytes()),
            name,
            kind: decl.kind,
            is_abstract: decl.is_abstract,
            is_final: decl.is_final,
            is_readonly: decl.is_readonly,
            parent,
            interfaces,
            consts,
            props,
            methods,
            traits,
            trait_rules,
            enum_cases,
            enum_backing: decl.enum_backing.as_ref().map(|t| self.compile_type(t)),
            file: self.file.clone(),
            line: decl.line,
            end_line: decl.end_line,
            span: decl.span,
        })
    }
}
