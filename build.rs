fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .set_in_dir("grammar")
        .process()
        .expect("lalrpop grammar");
    println!("cargo:rerun-if-changed=grammar");
}
