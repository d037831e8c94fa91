//! Multi-word phrase matching over a post's stemmed word hashes: one hash
//! lookup per word, then a comparison of the few phrases starting there.

use crate::lexicon::FxHasher;
use crate::stem::phrase_hashes;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

#[derive(Debug, Clone)]
struct Entry<T> {
    rest: Box<[u64]>,
    /// Shortest post word (in chars) that may match each phrase word; a
    /// stem must not match a shorter form ("read" is not "reading").
    min_len: Box<[u8]>,
    /// Longest post word that may match each phrase word (255: any).
    max_len: Box<[u8]>,
    tag: T,
}

/// A set of phrases, each with a tag.
#[derive(Debug, Clone)]
pub struct PhraseSet<T> {
    by_first: HashMap<u64, Vec<Entry<T>>, BuildHasherDefault<FxHasher>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet {
            by_first: HashMap::default(),
        }
    }
}

impl<T: Copy> PhraseSet<T> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn add(&mut self, phrase: &str, tag: T) {
        self.add_with(phrase, tag, false);
    }

    /// Add a phrase; with `strict_len`, a post word must be at least as long
    /// as the phrase word minus one character to match it.
    pub fn add_with(&mut self, phrase: &str, tag: T, strict_len: bool) {
        self.add_sized(phrase, tag, strict_len, false);
    }

    /// Add a phrase whose words match only forms of about their own length
    /// (one character shorter to two longer): "melted" and "melting" but
    /// not "melt", "track" and "tracks" but not "tracking".
    pub fn add_exact(&mut self, phrase: &str, tag: T) {
        self.add_sized(phrase, tag, true, true);
    }

    fn add_sized(&mut self, phrase: &str, tag: T, strict_len: bool, exact: bool) {
        let h = phrase_hashes(phrase);
        let Some((&first, rest)) = h.split_first() else {
            return;
        };
        let lens: Vec<usize> = if strict_len {
            let mut n = crate::normalize::Normalized::new();
            n.run(phrase);
            n.tokens
                .iter()
                .map(|t| {
                    let w = n.tok(t);
                    w.strip_prefix('#').unwrap_or(w).chars().count()
                })
                .collect()
        } else {
            Vec::new()
        };
        let bound = |i: usize, f: fn(usize) -> usize, none: u8| -> u8 {
            lens.get(i).map_or(none, |&l| f(l).min(255) as u8)
        };
        let min_len: Box<[u8]> = (0..h.len())
            .map(|i| bound(i, |l| l.saturating_sub(1), 0))
            .collect();
        let max_len: Box<[u8]> = (0..h.len())
            .map(|i| if exact { bound(i, |l| l + 2, 255) } else { 255 })
            .collect();
        let list = self.by_first.entry(first).or_default();
        list.push(Entry {
            rest: rest.into(),
            min_len,
            max_len,
            tag,
        });
        // Longest phrases first, so callers that stop at the first match
        // at a position get the most specific one.
        list.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
    }

    pub fn add_all(&mut self, phrases: &[&str], tag: T) {
        for p in phrases {
            self.add(p, tag);
        }
    }

    /// Call `f(tag, start, len)` for every phrase occurrence in `words`
    /// (`lens` are the words' lengths in chars).
    #[inline]
    pub fn for_each(&self, words: &[u64], lens: &[u8], mut f: impl FnMut(T, usize, usize)) {
        if self.by_first.is_empty() {
            return;
        }
        for (i, w) in words.iter().enumerate() {
            if let Some(list) = self.by_first.get(w) {
                for e in list {
                    let n = e.rest.len();
                    if i + 1 + n <= words.len()
                        && words[i + 1..i + 1 + n]
                            .iter()
                            .zip(e.rest.iter())
                            .all(|(a, b)| a == b)
                        && e.min_len
                            .iter()
                            .zip(&e.max_len)
                            .zip(&lens[i..])
                            .all(|((min, max), len)| len >= min && len <= max)
                    {
                        f(e.tag, i, n + 1);
                    }
                }
            }
        }
    }
}
