//! Generates the parser from `grammar/php.lalrpop`, then lets the error
//! reporter read the generated tables.
//!
//! lalrpop keeps its parse tables private to the generated module and, on a
//! syntax error, lists every token that could follow. PHP's messages list
//! what bison would list, which depends on the parser's states, so the
//! generated module gets a small table accessor and its "expected tokens"
//! hook is pointed at `parser::bison_expected`.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=build.rs");
    // Plain LALR(1) (LR(1) states merged by core), like bison's tables;
    // lalrpop's default lane-table construction ignores `#[LALR]`.
    std::env::set_var("LALRPOP_LANE_TABLE", "disabled");
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .process()
        .expect("lalrpop grammar");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("php.rs");
    let generated = std::fs::read_to_string(&out).expect("generated parser");
    // lalrpop leaves an up-to-date output alone, so it may be patched already.
    if !generated.contains("struct PhpTables") {
        std::fs::write(&out, expose_tables(&generated)).expect("patched parser");
    }
}

/// The accessor inserted at the top of the generated parser module.
const TABLES: &str = r#"
    pub(crate) struct PhpTables;
    impl crate::syntax::parser::LrTables for PhpTables {
        fn terminals(&self) -> &'static [&'static str] { __TERMINAL }
        fn expression_nonterminals(&self) -> &'static [usize] { &[EXPRESSION_NONTERMINALS] }
        fn action(&self, state: i64, terminal: usize) -> i64 { i64::from(__action(state as _, terminal)) }
        fn eof_action(&self, state: i64) -> i64 { i64::from(__EOF_ACTION[state as usize]) }
        fn goto(&self, state: i64, nonterminal: usize) -> i64 { i64::from(__goto(state as _, nonterminal)) }
        fn reduction(&self, production: i64) -> Option<(usize, usize)> {
            match __simulate_reduce(production as _, core::marker::PhantomData) {
                __state_machine::SimulatedReduce::Reduce { states_to_pop, nonterminal_produced } =>
                    Some((states_to_pop, nonterminal_produced)),
                __state_machine::SimulatedReduce::Accept => None,
            }
        }
    }
"#;

/// lalrpop prefixes its own names with enough underscores to avoid the
/// grammar's names (`__` or more); the prefix is read off the module name.
fn expose_tables(generated: &str) -> String {
    const HOOK: &str = "fn expected_tokens_from_states(&self, states: &[";
    let header = generated
        .lines()
        .find(|l| l.starts_with("mod ") && l.ends_with("Program {"))
        .expect("parser module in generated code");
    let prefix = header["mod ".len()..].split("parse").next().unwrap_or("__");
    let module_at = generated.find(header).expect("parser module header") + header.len() + 1;
    let mut patched = String::with_capacity(generated.len() + TABLES.len() + 200);
    patched.push_str(&generated[..module_at]);
    let expression_nonterminals = ["Expr", "KeyExpr"]
        .iter()
        .map(|name| nonterminal_index(generated, name).to_string())
        .collect::<Vec<_>>()
        .join(", ");
    patched.push_str(
        &TABLES
            .replace("__", prefix)
            .replace("EXPRESSION_NONTERMINALS", &expression_nonterminals),
    );
    let rest = &generated[module_at..];
    let hook_at = rest
        .find(HOOK)
        .expect("expected-tokens hook in generated code");
    let body_start = hook_at + rest[hook_at..].find('{').expect("hook body") + 1;
    let body_end = body_start + rest[body_start..].find('}').expect("hook body end");
    patched.push_str(&rest[..body_start]);
    patched.push_str(
        "\n            let states: alloc::vec::Vec<i64> = states.iter().map(|&s| i64::from(s)).collect();\n            crate::syntax::parser::bison_expected(&PhpTables, &states)\n        ",
    );
    patched.push_str(&rest[body_end..]);
    patched
}

/// The index lalrpop gave nonterminal `name`, read off a reduction of it:
/// each reduction is commented `// Name = ...` and ends with
/// `(states_popped, nonterminal)`.
fn nonterminal_index(generated: &str, name: &str) -> usize {
    let comment = format!("// {name} = ");
    let mut lines = generated.lines();
    while let Some(line) = lines.next() {
        if !line.trim_start().starts_with(&comment) {
            continue;
        }
        for line in lines.by_ref() {
            let line = line.trim();
            if let Some(pair) = line.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
                if let Some((_, nt)) = pair.split_once(", ") {
                    if let Ok(nt) = nt.parse() {
                        return nt;
                    }
                }
            }
        }
    }
    panic!("no reduction of {name} in the generated parser");
}
