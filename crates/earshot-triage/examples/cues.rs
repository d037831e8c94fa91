//! Print the cues and lexicon counts of a text: `cargo run --example cues -- "text"`.
fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let mut n = earshot_triage::normalize::Normalized::new();
    n.run(&text);
    let mut words = Vec::new();
    let mut lens = Vec::new();
    let mut sent = Vec::new();
    for t in &n.tokens {
        let w = n.tok(t);
        let w = w.strip_prefix('#').unwrap_or(w);
        words.push(earshot_triage::stem::stem_hash(w));
        lens.push(w.chars().count() as u8);
        sent.push(t.sent_start);
    }
    println!("{}", n.text);
    println!("{:?}", earshot_triage::signals::scan(&words, &lens, &sent));
    println!("{:?}", earshot_triage::features::count_lexicon(&n));
    println!("{:?}", earshot_triage::score_text(&text));
}
