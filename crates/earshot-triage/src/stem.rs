//! A light stemmer (plurals, -ing, -ed, final -e and -y) and word hashes
//! for phrase matching. "charge", "charges", "charged" and "charging" all
//! stem to "charg"; "batteries" and "battery" to "batteri". Keywords and
//! post words go through the same function, so they meet in the middle.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[inline]
fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ b as u64).wrapping_mul(K)
}

/// The stem of a lower-case word as (kept prefix, replacement suffix).
pub fn stem(w: &str) -> (&str, &'static str) {
    let mut w = w;
    for suffix in ["'s", "’s", "s'"] {
        if let Some(x) = w.strip_suffix(suffix) {
            w = x;
            break;
        }
    }
    if w.len() <= 3 || !w.is_ascii() {
        return (w, "");
    }
    // Plurals first, then -ing / -ed on what is left, then a final -e / -y,
    // so "readings" and "reading" meet at "read".
    let mut base: &str = w;
    let mut repl: &'static str = "";
    let n = base.len();
    let ends = |s: &str| w.ends_with(s);
    if ends("ies") && n > 4 {
        base = &w[..n - 3];
        repl = "i";
    } else if ends("sses") || ends("ches") || ends("shes") || ends("xes") || ends("zes") {
        base = &w[..n - 2];
    } else if ends("s") && !ends("ss") && !ends("us") && !ends("is") {
        base = &w[..n - 1];
    }
    if repl.is_empty() {
        let m = base.len();
        if base.ends_with("ing") && m > 5 {
            base = undouble(&base[..m - 3]);
        } else if base.ends_with("ied") && m > 4 {
            base = &base[..m - 3];
            repl = "i";
        } else if base.ends_with("ed") && m > 4 {
            base = undouble(&base[..m - 2]);
        }
    }
    if repl.is_empty() {
        if let Some(x) = base.strip_suffix('e') {
            if x.len() >= 3 {
                base = x;
            }
        } else if let Some(x) = base.strip_suffix('y') {
            if x.len() >= 3 {
                base = x;
                repl = "i";
            }
        }
    }
    (base, repl)
}

fn undouble(s: &str) -> &str {
    let b = s.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'e' | b'o') {
        &s[..n - 1]
    } else {
        s
    }
}

/// Hash of a word's stem, folding accents away ("télé" = "tele").
#[inline]
pub fn stem_hash(w: &str) -> u64 {
    if w.is_ascii() {
        return hash_stem_of(w);
    }
    // Fold accents into a stack buffer (no allocation); very long words
    // are hashed as they are.
    let mut buf = [0u8; 96];
    let mut len = 0;
    for c in w.nfd().filter(|c| !is_combining_mark(*c)) {
        let n = c.len_utf8();
        if len + n > buf.len() {
            return hash_stem_of(w);
        }
        c.encode_utf8(&mut buf[len..]);
        len += n;
    }
    match std::str::from_utf8(&buf[..len]) {
        Ok(folded) => hash_stem_of(folded),
        Err(_) => hash_stem_of(w),
    }
}

fn hash_stem_of(w: &str) -> u64 {
    let (base, repl) = stem(w);
    let mut h = 0x2545_f491_4f6c_dd1d;
    for &b in base.as_bytes() {
        h = step(h, b);
    }
    for &b in repl.as_bytes() {
        h = step(h, b);
    }
    h
}

/// Split a keyword or phrase into lower-case words the way posts are
/// tokenised, and hash each word's stem.
pub fn phrase_hashes(phrase: &str) -> Vec<u64> {
    let mut n = crate::normalize::Normalized::new();
    n.run(phrase);
    n.tokens
        .iter()
        .map(|t| {
            let s = n.tok(t);
            stem_hash(s.strip_prefix('#').unwrap_or(s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_meet() {
        let same = |a: &str, b: &str| assert_eq!(stem_hash(a), stem_hash(b), "{a} vs {b}");
        same("charge", "charged");
        same("charges", "charging");
        same("battery", "batteries");
        same("spark", "sparks");
        same("sparking", "spark");
        same("outage", "outages");
        same("wire", "wires");
        same("stop", "stopped");
        same("télé", "tele");
        same("meter", "meters");
        same("move", "moving");
        same("readings", "reading");
        assert_ne!(stem_hash("bill"), stem_hash("ball"));
    }
}
