//! Tests of the whole front end: source in, tree or error out.
//!
//! Trees are compared in a compact S-expression form (see [`sx`]). Every
//! expected value was checked against PHP 8.2: error messages and lines
//! with `php -l`, operator grouping by evaluating the expression with
//! `php -r` (the comment beside a case gives PHP's result where it shows
//! the grouping).

use super::ast::*;
use super::{parse, parse_code, parse_with, ParseError, ParseOptions};

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn name(n: &Name) -> String {
    let prefix = match n.kind {
        NameKind::FullyQualified => "\\",
        NameKind::Relative => "namespace\\",
        _ => "",
    };
    format!("{prefix}{}", text(&n.text))
}

fn var_name(v: &VarName) -> String {
    match v {
        VarName::Simple(n) => format!("${}", text(n)),
        VarName::Dynamic(e) => format!("${{{}}}", sx(e)),
    }
}

fn member(m: &MemberName) -> String {
    match m {
        MemberName::Ident(n) => text(n),
        MemberName::Dynamic(e) => format!("{{{}}}", sx(e)),
    }
}

fn class_ref(c: &ClassRef) -> String {
    match c {
        ClassRef::Named(n) => name(n),
        ClassRef::Dynamic(e) => sx(e),
        ClassRef::Anonymous(_) => "class{}".to_string(),
    }
}

fn args(a: &Args) -> String {
    match a {
        Args::CallableConvert => "...".to_string(),
        Args::List(list) => list
            .iter()
            .map(|a| {
                let mut s = String::new();
                if a.spread {
                    s.push_str("...");
                }
                if let Some(n) = &a.name {
                    s.push_str(&format!("{}: ", text(n)));
                }
                s + &sx(&a.value)
            })
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn item(i: &ArrayItem) -> String {
    let mut s = String::new();
    if let Some(k) = &i.key {
        s.push_str(&format!("{} => ", sx(k)));
    }
    if i.by_ref {
        s.push('&');
    }
    if i.spread {
        s.push_str("...");
    }
    s + &sx(&i.value)
}

fn parts(p: &[InterpPart]) -> String {
    p.iter()
        .map(|p| match p {
            InterpPart::Lit(s) => format!("{:?}", text(s)),
            InterpPart::Expr(e) => sx(e),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn binop(op: BinOp) -> &'static str {
    use BinOp::*;
    match op {
        Add => "+",
        Sub => "-",
        Mul => "*",
        Div => "/",
        Mod => "%",
        Pow => "**",
        Concat => ".",
        BitAnd => "&",
        BitOr => "|",
        BitXor => "^",
        Shl => "<<",
        Shr => ">>",
        And => "&&",
        Or => "||",
        Xor => "xor",
        Eq => "==",
        NotEq => "!=",
        Identical => "===",
        NotIdentical => "!==",
        Lt => "<",
        Le => "<=",
        Gt => ">",
        Ge => ">=",
        Spaceship => "<=>",
        Coalesce => "??",
    }
}

/// An expression as a compact S-expression: `(+ 1 (* 2 3))`.
fn sx(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Lit(Lit::Int(n)) => n.to_string(),
        ExprKind::Lit(Lit::Float(f)) => format!("{f:?}"),
        ExprKind::Lit(Lit::Str(s)) => format!("{:?}", text(s)),
        ExprKind::Interp(p) => format!("(interp {})", parts(p)),
        ExprKind::ShellExec(p) => format!("(shell {})", parts(p)),
        ExprKind::MagicConst(m) => format!("{m:?}"),
        ExprKind::Const(n) => name(n),
        ExprKind::Var(v) => var_name(v),
        ExprKind::Array(items) => format!(
            "[{}]",
            items.iter().map(item).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::List(items) => format!(
            "(list {})",
            items
                .iter()
                .map(|i| i.as_ref().map_or("_".to_string(), item))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Index { base, index } => format!(
            "{}[{}]",
            sx(base),
            index.as_ref().map_or(String::new(), |i| sx(i))
        ),
        ExprKind::Prop {
            obj,
            name,
            nullsafe,
        } => format!(
            "{}{}{}",
            sx(obj),
            if *nullsafe { "?->" } else { "->" },
            member(name)
        ),
        ExprKind::StaticProp { class, name } => {
            format!("{}::{}", class_ref(class), var_name(name))
        }
        ExprKind::ClassConst { class, name } => format!("{}::{}", class_ref(class), text(name)),
        ExprKind::Call { func, args: a } => {
            let f = match &**func {
                Callee::Name(n) => name(n),
                Callee::Expr(e) => sx(e),
            };
            format!("(call {f} {})", args(a))
        }
        ExprKind::New { class, args: a } => format!("(new {} {})", class_ref(class), args(a)),
        ExprKind::MethodCall {
            obj,
            name,
            args: a,
            nullsafe,
        } => format!(
            "(mcall {} {}{} {})",
            sx(obj),
            if *nullsafe { "?" } else { "" },
            member(name),
            args(a)
        ),
        ExprKind::StaticCall {
            class,
            name,
            args: a,
        } => format!("(scall {} {} {})", class_ref(class), member(name), args(a)),
        ExprKind::Assign { target, value } => format!("(= {} {})", sx(target), sx(value)),
        ExprKind::AssignRef { target, value } => format!("(=& {} {})", sx(target), sx(value)),
        ExprKind::AssignOp { op, target, value } => {
            format!("({}= {} {})", binop(*op), sx(target), sx(value))
        }
        ExprKind::Binary { op, left, right } => {
            format!("({} {} {})", binop(*op), sx(left), sx(right))
        }
        ExprKind::Unary { op, expr } => {
            let op = match op {
                UnaryOp::Not => "!",
                UnaryOp::Neg => "neg",
                UnaryOp::Plus => "pos",
                UnaryOp::BitNot => "~",
                UnaryOp::Silence => "@",
            };
            format!("({op} {})", sx(expr))
        }
        ExprKind::IncDec {
            prefix,
            increment,
            target,
        } => {
            let op = if *increment { "++" } else { "--" };
            if *prefix {
                format!("({op}pre {})", sx(target))
            } else {
                format!("({op}post {})", sx(target))
            }
        }
        ExprKind::Cast { kind, expr } => format!("({kind:?} {})", sx(expr)),
        ExprKind::Isset(v) => format!("(isset {})", v.iter().map(sx).collect::<Vec<_>>().join(" ")),
        ExprKind::Empty(e) => format!("(empty {})", sx(e)),
        ExprKind::Ternary { cond, then, else_ } => match then {
            Some(t) => format!("(? {} {} {})", sx(cond), sx(t), sx(else_)),
            None => format!("(?: {} {})", sx(cond), sx(else_)),
        },
        ExprKind::InstanceOf { expr, class } => {
            format!("(instanceof {} {})", sx(expr), class_ref(class))
        }
        ExprKind::Closure(f) => format!(
            "(closure{}{} {})",
            if f.is_static { " static" } else { "" },
            if f.is_generator { " gen" } else { "" },
            f.body.len()
        ),
        ExprKind::ArrowFn(f) => {
            let body = match f.body.first().map(|s| &s.kind) {
                Some(StmtKind::Return(Some(e))) => sx(e),
                _ => "?".to_string(),
            };
            format!(
                "(fn{}{} {body})",
                if f.is_static { " static" } else { "" },
                if f.is_generator { " gen" } else { "" }
            )
        }
        ExprKind::Match { subject, arms } => format!("(match {} {})", sx(subject), arms.len()),
        ExprKind::Throw(e) => format!("(throw {})", sx(e)),
        ExprKind::Print(e) => format!("(print {})", sx(e)),
        ExprKind::Exit(e) => format!(
            "(exit{})",
            e.as_ref().map_or(String::new(), |e| format!(" {}", sx(e)))
        ),
        ExprKind::Include { kind, path } => format!("({kind:?} {})", sx(path)),
        ExprKind::Eval(e) => format!("(eval {})", sx(e)),
        ExprKind::Clone(e) => format!("(clone {})", sx(e)),
        ExprKind::Yield { key, value } => {
            let mut s = "(yield".to_string();
            if let Some(k) = key {
                s.push_str(&format!(" {} =>", sx(k)));
            }
            if let Some(v) = value {
                s.push_str(&format!(" {}", sx(v)));
            }
            s + ")"
        }
        ExprKind::YieldFrom(e) => format!("(yield-from {})", sx(e)),
    }
}

/// Runs `f` on a thread with a large stack, as the interpreter does.
fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("thread")
        .join()
        .expect("no panic")
}

fn program(src: &str) -> Program {
    match parse(src.as_bytes()) {
        Ok(p) => p,
        Err(e) => panic!("{src:?} failed: {} on line {}", e.message, e.line),
    }
}

/// The expression of a one-statement program `<?php EXPR;`.
fn expr(src: &str) -> String {
    let p = program(&format!("<?php {src};"));
    match &p.stmts[..] {
        [Stmt {
            kind: StmtKind::Expr(e),
            ..
        }] => sx(e),
        other => panic!("not one expression statement: {other:?}"),
    }
}

fn error(src: &str) -> (String, u32) {
    match parse(src.as_bytes()) {
        Ok(_) => panic!("{src:?} parsed"),
        Err(ParseError { message, line, .. }) => (message, line),
    }
}

fn err(src: &str) -> String {
    error(src).0
}

#[test]
fn arithmetic_precedence_and_associativity() {
    assert_eq!(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
    assert_eq!(expr("1 - 2 - 3"), "(- (- 1 2) 3)"); // -4
    assert_eq!(expr("2 ** 3 ** 2"), "(** 2 (** 3 2))"); // 512
    assert_eq!(expr("-2 ** 2"), "(neg (** 2 2))"); // -4
    assert_eq!(expr("1 . 2 + 3"), "(. 1 (+ 2 3))"); // "15"
    assert_eq!(expr("1 << 2 . 3"), "(. (<< 1 2) 3)"); // "43"
    assert_eq!(expr("$a ?? $b ?? $c"), "(?? $a (?? $b $c))");
    assert_eq!(expr("1 & 2 | 3 ^ 4"), "(| (& 1 2) (^ 3 4))");
    assert_eq!(expr("1 == 2 < 3"), "(== 1 (< 2 3))");
    assert_eq!(expr("$a && $b || $c"), "(|| (&& $a $b) $c)");
    assert_eq!(
        expr("$a and $b or $c xor $d"),
        "(|| (&& $a $b) (xor $c $d))"
    );
}

#[test]
fn prefix_operators_bind_by_precedence() {
    assert_eq!(expr("!$a instanceof B"), "(! (instanceof $a B))");
    assert_eq!(expr("!$a + 1"), "(+ (! $a) 1)");
    assert_eq!(expr("-$a * 2"), "(* (neg $a) 2)");
    assert_eq!(expr("(int)$a ** 2"), "(Int (** $a 2))");
    assert_eq!(expr("@f() or die()"), "(|| (@ (call f )) (exit))");
    assert_eq!(expr("clone $a->b"), "(clone $a->b)");
    assert_eq!(expr("print $a and $b"), "(&& (print $a) $b)");
    assert_eq!(expr("print $a . $b"), "(print (. $a $b))");
    assert_eq!(expr("include 'a' or die()"), "(Include (|| \"a\" (exit)))");
    assert_eq!(expr("throw $a or $b"), "(throw (|| $a $b))");
    assert_eq!(expr("- - $a"), "(neg (neg $a))");
    assert_eq!(expr("$a * print $b + 1"), "(* $a (print (+ $b 1)))");
}

#[test]
fn assignment_is_an_open_prefix() {
    assert_eq!(expr("$a = $b = 3"), "(= $a (= $b 3))");
    assert_eq!(expr("!$a = f()"), "(! (= $a (call f )))");
    assert_eq!(expr("$a && $b = 5"), "(&& $a (= $b 5))");
    assert_eq!(expr("$x = $a + $b = 3"), "(= $x (+ $a (= $b 3)))");
    assert_eq!(expr("$a = true and false"), "(&& (= $a true) false)");
    assert_eq!(expr("$a += 1 ? 2 : 3"), "(+= $a (? 1 2 3))");
    assert_eq!(expr("$a ??= $b"), "(??= $a $b)");
    assert_eq!(expr("$a = &$b"), "(=& $a $b)");
    assert_eq!(expr("$a =& $b->c"), "(=& $a $b->c)");
    assert_eq!(expr("[$a, [, $b]] = $c"), "(= (list $a, (list _, $b)) $c)");
    assert_eq!(
        expr("list('k' => $a, , $b) = $c"),
        "(= (list \"k\" => $a, _, $b) $c)"
    );
    assert_eq!(expr("[$a, &$b] = $c"), "(= (list $a, &$b) $c)");
}

#[test]
fn ternaries() {
    assert_eq!(expr("$a ? $b : $c"), "(? $a $b $c)");
    assert_eq!(expr("$a ?: $b ?: $c"), "(?: (?: $a $b) $c)");
    assert_eq!(expr("$a ? $b : ($c ? $d : $e)"), "(? $a $b (? $c $d $e))");
    assert_eq!(expr("$a = $b ? 1 : 2"), "(= $a (? $b 1 2))");
    assert_eq!(expr("$a ?? $b ? 1 : 2"), "(? (?? $a $b) 1 2)");
    let nested = "<?php echo a ? b : c ? d : e;";
    let e = parse(nested.as_bytes()).unwrap_err();
    assert!(e.fatal);
    assert_eq!(
        e.message,
        "Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)`"
    );
    assert_eq!(
        err("<?php echo a ?: b ? c : d;"),
        "Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)`"
    );
    assert_eq!(
        err("<?php echo a ? b : c ?: d;"),
        "Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)`"
    );
}

#[test]
fn non_associative_comparisons() {
    assert_eq!(
        error("<?php 1 < 2 < 3;"),
        ("syntax error, unexpected token \"<\"".into(), 1)
    );
    assert_eq!(
        err("<?php $a == $b == $c;"),
        "syntax error, unexpected token \"==\""
    );
    assert_eq!(expr("1 < 2 == 3 > 4"), "(== (< 1 2) (> 3 4))");
}

#[test]
fn yield_forms() {
    assert_eq!(expr("yield"), "(yield)");
    assert_eq!(expr("yield $a"), "(yield $a)");
    assert_eq!(expr("yield $k => $v"), "(yield $k => $v)");
    assert_eq!(expr("$x = yield $k => $v"), "(= $x (yield $k => $v))");
    assert_eq!(expr("$x = yield"), "(= $x (yield))");
    assert_eq!(expr("yield - 1"), "(yield (neg 1))");
    assert_eq!(expr("yield or $a"), "(|| (yield) $a)");
    assert_eq!(expr("yield $a or $b"), "(|| (yield $a) $b)");
    assert_eq!(expr("yield from $g"), "(yield-from $g)");
    assert_eq!(expr("[yield $k => $v, 2]"), "[(yield $k => $v), 2]");
    assert_eq!(expr("[yield $k => $v => 2]"), "[(yield $k => $v) => 2]");
    assert_eq!(expr("f(yield)"), "(call f (yield))");
    assert_eq!(expr("yield $a => $b or $c"), "(|| (yield $a => $b) $c)");
    assert_eq!(
        expr("yield $a => yield $b => $c"),
        "(yield $a => (yield $b => $c))"
    );
    assert_eq!(expr("print yield $a => $b"), "(print (yield $a => $b))");
    assert_eq!(
        err("<?php f($a => 1);"),
        "syntax error, unexpected token \"=>\", expecting \")\""
    );
    assert_eq!(
        err("<?php function f() { yield $a or $b => 2; }"),
        "syntax error, unexpected token \"=>\""
    );
}

#[test]
fn generators_are_marked() {
    let p =
        program("<?php function g() { yield 1; } function h() { $f = function () { yield; }; }");
    let gens: Vec<bool> = p
        .stmts
        .iter()
        .map(|s| match &s.kind {
            StmtKind::FunctionDecl(f) => f.is_generator,
            _ => panic!(),
        })
        .collect();
    assert_eq!(gens, [true, false]);
    assert_eq!(expr("fn() => yield 1"), "(fn gen (yield 1))");
    assert_eq!(
        expr("fn() => [fn() => 1, yield 2]"),
        "(fn gen [(fn 1), (yield 2)])"
    );
    assert_eq!(expr("function () { yield; }"), "(closure gen 1)");
}

#[test]
fn arrow_functions_and_closures() {
    assert_eq!(expr("fn($x) => $x + 1"), "(fn (+ $x 1))");
    assert_eq!(expr("fn() => $a and $b"), "(fn (&& $a $b))");
    assert_eq!(expr("static fn&($x): int => $x"), "(fn static $x)");
    assert_eq!(expr("static function () {}"), "(closure static 0)");
    assert_eq!(expr("$f = fn() => fn() => 1"), "(= $f (fn (fn 1)))");
    let p =
        program("<?php $f = function &(int $a, &$b = 1, ...$c) use ($d, &$e): ?int { return 1; };");
    let StmtKind::Expr(Expr {
        kind: ExprKind::Assign { value, .. },
        ..
    }) = &p.stmts[0].kind
    else {
        panic!()
    };
    let ExprKind::Closure(f) = &value.kind else {
        panic!()
    };
    assert!(f.by_ref_return);
    assert_eq!(f.params.len(), 3);
    assert!(f.params[1].by_ref && f.params[1].default.is_some() && f.params[2].variadic);
    assert_eq!(f.uses.len(), 2);
    assert!(f.uses[1].by_ref);
    assert!(matches!(f.return_type, Some(TypeHint::Nullable(_))));
}

#[test]
fn variables_and_dereferencing() {
    assert_eq!(expr("$$a"), "${$a}");
    assert_eq!(expr("${'a'}"), "${\"a\"}");
    assert_eq!(expr("$o->{$p}"), "$o->{$p}");
    assert_eq!(expr("A::$$p"), "A::${$p}");
    assert_eq!(expr("A::$m()"), "(scall A {$m} )");
    assert_eq!(expr("new $cls"), "(new $cls )");
    assert_eq!(expr("new (f())"), "(new (call f ) )");
    assert_eq!(expr("(new A)->m()"), "(mcall (new A ) m )");
    assert_eq!(expr("\"abc\"[0]"), "\"abc\"[0]");
    assert_eq!(expr("[1, 2][0]"), "[1, 2][0]");
    assert_eq!(expr("A::C[0]"), "A::C[0]");
    assert_eq!(expr("f()()"), "(call (call f ) )");
    assert_eq!(expr("$a::CONST"), "$a::CONST");
    assert_eq!(expr("$a?->b?->c()"), "(mcall $a?->b ?c )");
    assert_eq!(expr("A::class"), "A::class");
    assert_eq!(expr("$o->list()"), "(mcall $o list )");
    assert_eq!(expr("static::f()"), "(scall static f )");
    assert_eq!(expr("\\A\\f()"), "(call \\A\\f )");
    assert_eq!(expr("namespace\\f()"), "(call namespace\\f )");
    assert_eq!(expr("$a[]"), "$a[]");
    assert_eq!(expr("FOO"), "FOO");
    assert_eq!(expr("true"), "true");
}

#[test]
fn calls_and_arguments() {
    assert_eq!(expr("f(...)"), "(call f ...)");
    assert_eq!(expr("f(a: 1, ...$b)"), "(call f a: 1 ...$b)");
    assert_eq!(expr("f(print: 1, list: 2)"), "(call f print: 1 list: 2)");
    assert_eq!(expr("f(1, 2,)"), "(call f 1 2)");
    assert_eq!(expr("$o->m(...)"), "(mcall $o m ...)");
}

#[test]
fn literals() {
    assert_eq!(
        expr("0x1F + 0b101 + 017 + 0o17 + 1_000"),
        "(+ (+ (+ (+ 31 5) 15) 15) 1000)"
    );
    assert_eq!(expr("9223372036854775807"), "9223372036854775807");
    assert_eq!(expr("9223372036854775808"), "9.223372036854776e18");
    assert_eq!(expr("0x8000000000000000"), "9.223372036854776e18");
    assert_eq!(expr("1."), "1.0");
    assert_eq!(expr(".5"), "0.5");
    assert_eq!(expr("1e3"), "1000.0");
    assert_eq!(expr("1_000.5"), "1000.5");
    assert_eq!(expr("'a\\'b\\\\c\\n'"), "\"a'b\\\\c\\\\n\"");
    assert_eq!(
        expr("\"\\t\\v\\e\\f\\$\\\"\\101\\x41\\u{1F600}\\q\""),
        "\"\\t\\u{b}\\u{1b}\\u{c}$\\\"AA😀\\\\q\""
    );
    assert_eq!(expr("__LINE__"), "1");
    assert_eq!(expr("__CLASS__"), "Class");
    assert_eq!(err("<?php echo 09;"), "Invalid numeric literal");
    assert_eq!(
        err("<?php echo \"\\u{zz}\";"),
        "Invalid UTF-8 codepoint escape sequence"
    );
    assert_eq!(
        err("<?php echo \"\\u{}\";"),
        "Invalid UTF-8 codepoint escape sequence"
    );
    assert_eq!(
        err("<?php echo \"\\u{110000}\";"),
        "Invalid UTF-8 codepoint escape sequence: Codepoint too large"
    );
}

#[test]
fn casts() {
    assert_eq!(expr("( int ) $a"), "(Int $a)");
    assert_eq!(expr("(\tinteger\t)$a"), "(Int $a)");
    assert_eq!(expr("(double)$a . (float)$b"), "(. (Float $a) (Float $b))");
    assert_eq!(
        expr("(string)(binary)(bool)(boolean)(array)(object)$a"),
        "(String (String (Bool (Bool (Array (Object $a))))))"
    );
    assert_eq!(
        err("<?php (unset)$a;"),
        "The (unset) cast is no longer supported"
    );
    assert_eq!(
        err("<?php (real)$a;"),
        "The (real) cast has been removed, use (float) instead"
    );
}

#[test]
fn interpolation() {
    assert_eq!(
        expr("\"a $b[0] $b[-1] $b[x] $b[$i] $b->c $b?->c {$d->e[1]} ${f} ${g[1]} ${h . 1}\""),
        "(interp \"a \" $b[0] \" \" $b[-1] \" \" $b[\"x\"] \" \" $b[$i] \" \" $b->c \" \" $b?->c \" \" $d->e[1] \" \" $f \" \" $g[1] \" \" ${(. h 1)})"
    );
    assert_eq!(
        expr("\"$a[01] $a[0x1] $a[-0]\""),
        "(interp $a[\"01\"] \" \" $a[\"0x1\"] \" \" $a[\"-0\"])"
    );
    assert_eq!(expr("\"$a-> b $\""), "(interp $a \"-> b $\")");
    assert_eq!(expr("`ls $a`"), "(shell \"ls \" $a)");
    assert_eq!(expr("``"), "(shell )");
    assert_eq!(
        err("<?php echo \"$a[b c]\";"),
        "syntax error, unexpected string content \"\", expecting \"]\""
    );
}

#[test]
fn heredoc_and_nowdoc() {
    assert_eq!(expr("<<<EOT\n  a\n    b\n  EOT"), "\"a\\n  b\"");
    assert_eq!(expr("<<<EOT\nEOT"), "\"\"");
    assert_eq!(
        expr("<<<\"EOT\"\nx $a\\ty\nEOT"),
        "(interp \"x \" $a \"\\ty\")"
    );
    assert_eq!(expr("<<<'EOT'\n  raw $a\\t\n  EOT"), "\"raw $a\\\\t\"");
    assert_eq!(expr("<<<EOT\n\ta\n\tEOT"), "\"a\"");
    assert_eq!(
        expr("<<<EOT\n  a {$b}\n  c\n  EOT"),
        "(interp \"a \" $b \"\\nc\")"
    );
    assert_eq!(expr("<<<EOT\n  a\n\n  b\n  EOT"), "\"a\\n\\nb\"");
    assert_eq!(expr("<<<EOT\na\nEOTX\nEOT . 1"), "(. \"a\\nEOTX\" 1)");
    assert_eq!(
        error("<?php $x = <<<EOT\n  a\n b\n  EOT;"),
        (
            "Invalid body indentation level (expecting an indentation level of at least 2)".into(),
            3
        )
    );
    assert_eq!(
        error("<?php $x = <<<EOT\n $a\n  EOT;"),
        (
            "Invalid body indentation level (expecting an indentation level of at least 2)".into(),
            2
        )
    );
    assert_eq!(
        err("<?php $x = <<<EOT\n \ta\n \tEOT;"),
        "Invalid indentation - tabs and spaces cannot be mixed"
    );
    assert_eq!(
        error("<?php echo <<<EOT\nabc\n"),
        (
            "syntax error, unexpected end of file, expecting variable or heredoc end or \"${\" or \"{$\"".into(),
            3
        )
    );
}

fn stmt_kinds(src: &str) -> Vec<String> {
    program(src)
        .stmts
        .iter()
        .map(|s| {
            let dbg = format!("{:?}", s.kind);
            dbg.split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_string()
        })
        .collect()
}

#[test]
fn inline_html_and_tags() {
    assert_eq!(
        stmt_kinds("a<?php echo 1 ?>\nb<?= 2 ?>c"),
        ["InlineHtml", "Echo", "InlineHtml", "Echo", "InlineHtml"]
    );
    let p = program("x<?php echo 1 ?>\ny");
    let StmtKind::InlineHtml(t) = &p.stmts[2].kind else {
        panic!()
    };
    assert_eq!(&**t, b"y", "?> eats one newline");
    assert_eq!(stmt_kinds("<?php // c ?> x"), ["Nop", "InlineHtml"]);
    assert_eq!(stmt_kinds("<? echo 1;"), ["Echo"]);
    let no_short = ParseOptions {
        short_open_tag: false,
    };
    let p = parse_with(b"<? echo 1;", no_short).unwrap();
    assert!(matches!(
        p.stmts[..],
        [Stmt {
            kind: StmtKind::InlineHtml(_),
            ..
        }]
    ));
    assert_eq!(stmt_kinds("<?php"), Vec::<String>::new());
    assert_eq!(
        stmt_kinds("<?php\n#[A]\nfunction f() {} # comment\n/* c */"),
        ["FunctionDecl"]
    );
    assert_eq!(parse_code(b"echo 1;").unwrap().stmts.len(), 1);
}

#[test]
fn statements() {
    assert_eq!(
        stmt_kinds(
            "<?php if (1) {} elseif (2) {} else {} while (1); do {} while (1); for (;;) {} \
             foreach ($a as $k => &$v) {} switch (1) { case 1; default: } break; continue 2; \
             return; global $a, $$b; static $c = 1, $d; unset($a, $b,); ; try {} finally {} \
             goto a; a: const A = 1, B = 2; declare(ticks=1); __halt_compiler(); (((("
        ),
        [
            "If",
            "While",
            "DoWhile",
            "For",
            "Foreach",
            "Switch",
            "Break",
            "Continue",
            "Return",
            "Global",
            "Static",
            "Unset",
            "Nop",
            "Try",
            "Goto",
            "Label",
            "Const",
            "Declare",
            "HaltCompiler"
        ]
    );
    assert_eq!(
        stmt_kinds(
            "<?php if (1): elseif (2): else: endif; while (1): endwhile; for (;;): endfor; \
             foreach ($a as $v): endforeach; switch (1): endswitch; declare(ticks=1): enddeclare;"
        ),
        ["If", "While", "For", "Foreach", "Switch", "Declare"]
    );
    assert_eq!(
        stmt_kinds("<?php namespace A\\B; use C\\D as E, F; use function g; use const H\\{I, J as K}; use L\\{M, function n};"),
        ["Namespace", "Use", "Use", "Use", "Use"]
    );
}

#[test]
fn dangling_else_binds_to_the_inner_if() {
    let p = program("<?php if (1) if (2) echo 1; else echo 2;");
    let StmtKind::If { then, else_, .. } = &p.stmts[0].kind else {
        panic!()
    };
    assert!(else_.is_none());
    assert!(matches!(then[0].kind, StmtKind::If { else_: Some(_), .. }));
    let p = program("<?php if (1) echo 0; elseif (2) echo 1; elseif (3) echo 2; else echo 3;");
    let StmtKind::If { elseifs, else_, .. } = &p.stmts[0].kind else {
        panic!()
    };
    assert_eq!(elseifs.len(), 2);
    assert_eq!(sx(&elseifs[0].0), "2");
    assert!(else_.is_some());
    assert_eq!(
        err("<?php if (1): if (2) echo 1; else: echo 2; endif;"),
        "syntax error, unexpected token \":\""
    );
}

#[test]
fn classes() {
    let p = program(
        "<?php abstract class A extends B implements C, D {
            use T1, T2 { T1::f insteadof T2; f as protected g; h as i; }
            public const X = 1, Y = 2;
            private static ?int $a = 1, $b;
            var $c;
            readonly int $d;
            abstract protected function &list(int|string $x, A&B ...$y): static;
            public function __construct(private readonly int $p = 1) {}
        }
        enum E: string implements I { case A = 'a'; case B = 'b'; const C = self::A; }
        interface I extends J, K { function f(); }
        trait T { function print() {} }
        final class F {} readonly class R {}",
    );
    let StmtKind::ClassDecl(a) = &p.stmts[0].kind else {
        panic!()
    };
    assert!(a.is_abstract);
    assert_eq!(a.implements.len(), 2);
    assert_eq!(a.members.len(), 9);
    let ClassMember::Method { decl, modifiers } = &a.members[7] else {
        panic!()
    };
    assert!(decl.is_abstract_body && decl.by_ref_return && modifiers.is_abstract);
    assert_eq!(modifiers.visibility, Visibility::Protected);
    assert_eq!(&*decl.name, b"list");
    let ClassMember::Method { decl, .. } = &a.members[8] else {
        panic!()
    };
    assert!(decl.params[0].promote.is_some_and(|m| m.is_readonly));
    let StmtKind::ClassDecl(e) = &p.stmts[1].kind else {
        panic!()
    };
    assert_eq!(e.kind, ClassKind::Enum);
    assert!(e.enum_backing.is_some());
    assert_eq!(
        expr("new class(1) extends A { public $x; }"),
        "(new class{} 1)"
    );
    assert_eq!(
        stmt_kinds("<?php enum(); $enum = 1; class X { function enum() {} }"),
        ["Expr", "Expr", "ClassDecl"]
    );
}

#[test]
fn lines() {
    let p = program("<?php\n$a =\n  1 +\n  2;\nfunction f()\n{\n}\n");
    assert_eq!(p.stmts[0].line, 2);
    let StmtKind::Expr(e) = &p.stmts[0].kind else {
        panic!()
    };
    let ExprKind::Assign { value, .. } = &e.kind else {
        panic!()
    };
    assert_eq!((e.line, value.line), (2, 3));
    let ExprKind::Binary { right, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(right.line, 4);
    let StmtKind::FunctionDecl(f) = &p.stmts[1].kind else {
        panic!()
    };
    assert_eq!((f.line, f.end_line), (5, 7));
    assert_eq!(expr("\n\n__LINE__"), "3");
}

/// Messages and lines as `php -l` prints them for the same input.
#[test]
fn syntax_error_messages() {
    let cases: &[(&str, &str, u32)] = &[
        ("<?php echo 1 2;", "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 1),
        ("<?php return 1 1;", "syntax error, unexpected integer \"1\", expecting \";\"", 1),
        ("<?php foo(1, 2;", "syntax error, unexpected token \";\", expecting \")\"", 1),
        ("<?php [1, 2;", "syntax error, unexpected token \";\", expecting \"]\"", 1),
        ("<?php for ($i=0; $i<3; $i++ {}", "syntax error, unexpected token \"{\", expecting \")\"", 1),
        ("<?php function f( {}", "syntax error, unexpected token \"{\", expecting variable", 1),
        ("<?php $a->;", "syntax error, unexpected token \";\", expecting identifier or variable or \"{\" or \"$\"", 1),
        ("<?php $a = ;", "syntax error, unexpected token \";\"", 1),
        ("<?php $x = (1;", "syntax error, unexpected token \";\"", 1),
        ("<?php echo \"abc\" \"def\";", "syntax error, unexpected double-quoted string \"def\", expecting \",\" or \";\"", 1),
        ("<?php echo 'x' 'y';", "syntax error, unexpected single-quoted string \"y\", expecting \",\" or \";\"", 1),
        ("<?php echo 1.5 2;", "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 1),
        ("<?php $a $b;", "syntax error, unexpected variable \"$b\"", 1),
        ("<?php foo bar;", "syntax error, unexpected identifier \"bar\"", 1),
        ("<?php echo 1\n\n", "syntax error, unexpected end of file, expecting \",\" or \";\"", 3),
        ("<?php class A { function f() }", "syntax error, unexpected token \"}\", expecting \";\" or \"{\"", 1),
        ("<?php echo 0b12;", "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 1),
        ("<?php echo 1_;", "syntax error, unexpected identifier \"_\", expecting \",\" or \";\"", 1),
        ("<?php echo \"abc", "syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\"", 1),
        ("<?php echo 'abc", "syntax error, unexpected string content \"abc\"", 1),
        ("<?php use A\\B\\{C, D;", "syntax error, unexpected token \";\", expecting \"}\"", 1),
        ("<?php namespace A B;", "syntax error, unexpected identifier \"B\", expecting \"{\"", 1),
        ("<?php foreach ($a as $k => $v $w) {}", "syntax error, unexpected variable \"$w\", expecting \"->\" or \"?->\" or \"{\" or \"[\"", 1),
        ("<?php match($a) { 1 => 2 3 };", "syntax error, unexpected integer \"3\", expecting \"}\"", 1),
        ("<?php class { }", "syntax error, unexpected token \"{\", expecting identifier", 1),
        ("<?php const X 1;", "syntax error, unexpected integer \"1\", expecting \"=\"", 1),
        ("<?php else;", "syntax error, unexpected token \"else\", expecting end of file", 1),
        ("<?php function f() { return }", "syntax error, unexpected token \"}\", expecting \";\"", 1),
        ("<?php f(1,,2);", "syntax error, unexpected token \",\", expecting \")\"", 1),
        ("<?php function", "syntax error, unexpected end of file, expecting \"(\"", 1),
        ("<?php echo 1 ?>\n<?php echo 2 2;", "syntax error, unexpected integer \"2\", expecting \",\" or \";\"", 2),
        ("<?php $a = &new A;", "syntax error, unexpected token \"new\"", 1),
        ("<?php \n$x = <<<EOT\nEOT EOT;", "syntax error, unexpected identifier \"EOT\"", 3),
        ("<?php $x = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' 1;", "syntax error, unexpected integer \"1\"", 1),
        ("<?php 1 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';", "syntax error, unexpected single-quoted string \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"", 1),
        ("<?php echo 1;\u{1}", "syntax error, unexpected character 0x01, expecting end of file", 1),
        ("<?php class A { public $a ?> ;\n\n", "syntax error, unexpected T_INLINE_HTML \" ;\", expecting \"function\" or \"const\"", 3),
        ("<?php [1 => 2 => 3];", "syntax error, unexpected token \"=>\", expecting \"]\"", 1),
    ];
    for &(src, message, line) in cases {
        assert_eq!(error(src), (message.to_string(), line), "{src:?}");
    }
}

/// `Unclosed`/`Unmatched` messages, as in PHP's tests/lang/syntax_errors.phpt.
#[test]
fn bracket_nesting_errors() {
    let cases: &[(&str, &str)] = &[
        ("if(1 > 2", "Unclosed '('"),
        ("[1, 2,", "Unclosed '['"),
        ("if(1) { echo 'hello'; ", "Unclosed '{'"),
        ("(1 + 2));", "Unmatched ')'"),
        ("[1, 2]]", "Unmatched ']'"),
        ("if (1) {  }  }", "Unmatched '}'"),
        ("(1 + 2];", "Unclosed '(' does not match ']'"),
        ("[1, 2)];", "Unclosed '[' does not match ')'"),
        ("if(1) { echo 'a'; )}", "Unclosed '{' does not match ')'"),
        ("if(1 > 2) {\n  echo '1';", "Unclosed '{' on line 1"),
        ("[1,\n2,\n3,", "Unclosed '[' on line 1"),
        ("{\n  echo '1';\n echo '2';", "Unclosed '{' on line 1"),
        ("(1 +\n 2 +\n 3))", "Unmatched ')'"),
        ("[1,\n2,\n3]];", "Unmatched ']'"),
        ("if (1)\n  {\n    }}", "Unmatched '}'"),
        ("(1 +\n\n  2])", "Unclosed '(' on line 1 does not match ']'"),
        ("[1,\n2,\n3)]", "Unclosed '[' on line 1 does not match ')'"),
        (
            "if(1) {\n  echo 'a';\n)}",
            "Unclosed '{' on line 1 does not match ')'",
        ),
    ];
    for &(code, message) in cases {
        let e = parse_code(code.as_bytes()).unwrap_err();
        assert_eq!(e.message, message, "{code:?}");
    }
}

#[test]
fn incomplete_input_is_flagged() {
    for src in [
        "<?php echo 1",
        "<?php if (1) {",
        "<?php /* x",
        "<?php echo 'abc",
        "<?php echo \"a",
        "<?php $x = <<<EOT\na",
    ] {
        assert!(parse(src.as_bytes()).unwrap_err().incomplete, "{src:?}");
    }
    for src in ["<?php echo 1 2;", "<?php )", "<?php (]", "<?php echo 09;"] {
        assert!(!parse(src.as_bytes()).unwrap_err().incomplete, "{src:?}");
    }
}

#[test]
fn compile_errors_found_while_parsing() {
    let fatal = |src: &str| {
        let e = parse(src.as_bytes()).unwrap_err();
        assert!(e.fatal, "{src:?}");
        e.message
    };
    assert_eq!(
        fatal("<?php try {}"),
        "Cannot use try without catch or finally"
    );
    assert_eq!(
        fatal("<?php $a{0};"),
        "Array and string offset access syntax with curly braces is no longer supported"
    );
    assert_eq!(
        fatal("<?php function f() { __halt_compiler(); }"),
        "__HALT_COMPILER() can only be used from the outermost scope"
    );
    assert_eq!(
        fatal("<?php abstract abstract class A {}"),
        "Multiple abstract modifiers are not allowed"
    );
    assert_eq!(
        fatal("<?php class A { public public $a; }"),
        "Multiple access type modifiers are not allowed"
    );
    // A later syntax error wins over a compile error, as in PHP.
    assert_eq!(
        err("<?php try {} echo 1 2;"),
        "syntax error, unexpected integer \"2\", expecting \",\" or \";\""
    );
}

#[test]
fn deep_nesting() {
    on_big_stack(|| {
        let ok = format!("<?php $a = {}1{};", "(".repeat(9993), ")".repeat(9993));
        assert!(parse(ok.as_bytes()).is_ok());
        let deep = format!("<?php $a = {}1{};", "(".repeat(10_000), ")".repeat(10_000));
        assert_eq!(err(&deep), "memory exhausted");
        let arrays = format!("<?php $a = {}1{};", "[".repeat(5000), "]".repeat(5000));
        assert!(parse(arrays.as_bytes()).is_ok());
        let nots = format!("<?php $a = {}1;", "!".repeat(20_000));
        assert_eq!(err(&nots), "memory exhausted");
        let long = format!("<?php $a = 1{};", " + 1".repeat(100_000));
        assert!(parse(long.as_bytes()).is_ok());
        let elseifs = format!("<?php if (1) {{}}{}", " elseif (1) {}".repeat(20_000));
        assert!(parse(elseifs.as_bytes()).is_ok());
    });
}

/// A tiny deterministic generator for garbage inputs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn never_panics_on_garbage() {
    const PIECES: &[&str] = &[
        "<?php ",
        "?>",
        "<?=",
        "$a",
        "${",
        "{$",
        "\"",
        "'",
        "`",
        "<<<EOT\n",
        "<<<'EOT'\n",
        "EOT",
        "\n",
        " ",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        ";",
        ",",
        "=>",
        "->",
        "?->",
        "::",
        "\\",
        "#[",
        "/*",
        "*/",
        "//",
        "#",
        "1",
        "0x",
        "1e",
        "09",
        ".",
        "fn",
        "function",
        "class",
        "yield",
        "yield from",
        "if",
        "else",
        "match",
        "list",
        "new",
        "static",
        "&",
        "...",
        "?",
        ":",
        "=",
        "+",
        "!",
        "@",
        "(int)",
        "\\u{",
        "\\",
        "\u{0}",
        "\u{ff}",
        "enum ",
        "__halt_compiler",
    ];
    on_big_stack(|| {
        let mut rng = Lcg(42);
        for _ in 0..3000 {
            let mut src: Vec<u8> = Vec::new();
            for _ in 0..rng.next() % 40 {
                if rng.next().is_multiple_of(8) {
                    src.push((rng.next() % 256) as u8);
                } else {
                    src.extend_from_slice(PIECES[(rng.next() as usize) % PIECES.len()].as_bytes());
                }
            }
            let _ = parse(&src);
            let _ = parse_code(&src);
        }
    });
}
