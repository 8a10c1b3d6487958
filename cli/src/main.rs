fn main() {
    eprintln!("beamos: no commands yet");
    std::process::exit(2);
}
