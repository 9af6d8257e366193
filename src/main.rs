fn main() {
    println!("phpi: not built yet");
}
