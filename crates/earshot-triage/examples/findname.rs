//! Print what the brand matcher reads in a text, and which of its words
//! count as the brand's business: `cargo run --example findname -- PLAN "text"`.
fn main() {
    let a: Vec<String> = std::env::args().collect();
    let src = std::fs::read_to_string(&a[1]).unwrap();
    let plan = earshot_triage::Plan::parse(&src, "p").unwrap();
    let m = earshot_triage::brand::BrandMatcher::new(&plan);
    let t = &a[2];
    let lower = t.to_lowercase();
    let f = m.find(earshot_core::Network::X, t, &t.to_ascii_lowercase());
    let business: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty() && m.business.contains(&earshot_triage::stem::stem_hash(w)))
        .collect();
    println!(
        "names {} lower {} tags {} bare tags {} common {:?} other {:?} bare {} business {:?}",
        f.names,
        f.lowercase_names,
        f.tags,
        f.bare_tags,
        f.common_word,
        f.other_entity,
        f.bare_common_word,
        business
    );
}
