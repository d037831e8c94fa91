//! Print what the brand matcher reads in a text: `cargo run --example findname -- PLAN "text"`.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let src = std::fs::read_to_string(&a[1]).unwrap();
    let plan = earshot_triage::Plan::parse(&src, "p").unwrap();
    let m = earshot_triage::brand::BrandMatcher::new(&plan);
    let t = &a[2];
    let f = m.find(earshot_core::Network::X, t, &t.to_ascii_lowercase());
    println!(
        "names {} lower {} common {:?} other {:?}",
        f.names, f.lowercase_names, f.common_word, f.other_entity
    );
}
