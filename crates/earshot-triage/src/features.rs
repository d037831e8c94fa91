//! Feature hashing: word uni- and bigrams, character 2–5-grams and lexicon
//! features of a [`Normalized`] post (the base groups), then optional extra
//! groups (case-preserved character n-grams, word trigrams, skip bigrams,
//! first/last tokens, token-kind n-grams), hashed into `2^bits` buckets.
//! A model whose configuration is another's plus extras shares its feature
//! pass ([`FeatureVec::base_len`] marks where the extras start).
//! The output vector is reused between posts; nothing is allocated per token.

use crate::lexicon::{self, flags};
use crate::normalize::{Normalized, TokenKind};

/// Buckets of the shipped models.
pub const DEFAULT_BITS: u32 = 18;

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

#[inline(always)]
fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ b as u64).wrapping_mul(K)
}

#[inline(always)]
fn finish(h: u64) -> u64 {
    // Fold the high bits down so both halves carry entropy.
    (h ^ (h >> 29)).wrapping_mul(0x94d0_49bb_1331_11eb) ^ (h >> 32)
}

#[inline(always)]
fn tri(a: u64, b: u64, c: u64) -> u64 {
    step(step(a.wrapping_mul(K) ^ b, 5).wrapping_mul(K) ^ c, 6)
}

#[inline]
fn hash_str(seed: u64, s: &str) -> u64 {
    let mut h = seed;
    for &b in s.as_bytes() {
        h = step(h, b);
    }
    h
}

/// Per-group weights of the feature values; part of a model's identity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FeatureConfig {
    pub bits: u32,
    pub word: f32,
    pub bigram: f32,
    pub chars: f32,
    pub lexicon: f32,
    /// Largest character n-gram (2..=this).
    pub max_char: u8,
    /// Interaction cues (sentiment contrast, positive + -ing, opening
    /// sarcasm cue, polarity band, emoji or "!" with negative words).
    pub cues: bool,
    /// Extra groups (after the base ones; see [`FeatureVec::base_len`]).
    /// Character 2..=`max_char`-grams over the case-preserved text
    /// (entities decoded, whitespace runs collapsed, @handles as `@user`,
    /// links as `http`).
    pub cased: f32,
    /// Word trigrams (with start and end markers).
    pub trigram: f32,
    /// Skip bigrams (a word and the word after next).
    pub skip: f32,
    /// Token-kind 2- and 3-grams (word, number, hashtag, mention, link,
    /// emoji, emoticon, punctuation; with start and end markers).
    pub shape: f32,
    /// The first two and last two tokens, each with its position.
    pub edge: f32,
}

impl FeatureConfig {
    /// Whether any extra group is on.
    pub fn has_extras(&self) -> bool {
        self.cased > 0.0
            || self.trigram > 0.0
            || self.skip > 0.0
            || self.shape > 0.0
            || self.edge > 0.0
    }

    /// This configuration with the extra groups off.
    pub fn base(&self) -> FeatureConfig {
        FeatureConfig {
            cased: 0.0,
            trigram: 0.0,
            skip: 0.0,
            shape: 0.0,
            edge: 0.0,
            ..*self
        }
    }
}

impl Default for FeatureConfig {
    fn default() -> Self {
        FeatureConfig {
            bits: DEFAULT_BITS,
            word: 1.0,
            bigram: 0.7,
            chars: 1.0,
            lexicon: 0.5,
            max_char: 5,
            cues: true,
            cased: 0.0,
            trigram: 0.0,
            skip: 0.0,
            shape: 0.0,
            edge: 0.0,
        }
    }
}

/// Where [`extract_into`] puts the features of a post. Every group has one
/// value for all its features, so a sink sees the buckets of a group and
/// then the group's end: [`FeatureVec`] records them for training, and the
/// scorer adds the models' weights up directly (no vector in between).
pub trait Sink {
    /// One feature of the current group.
    fn push(&mut self, bucket: u32);
    /// The current group ends; each of its features has the value `value`.
    fn end_group(&mut self, value: f32);
    /// Features before this point are the base groups; extras follow.
    fn end_base(&mut self);
    /// Features of the current group so far.
    fn group_len(&self) -> usize;
    /// Room for `n` more features.
    fn reserve(&mut self, _n: usize) {}

    /// Four features of the current group, in this order.
    #[inline(always)]
    fn push4(&mut self, buckets: [u32; 4]) {
        for b in buckets {
            self.push(b);
        }
    }

    /// End a group whose value is `weight / √count`.
    #[inline]
    fn end_scaled_group(&mut self, weight: f32) {
        let n = self.group_len();
        self.end_group(weight / (n.max(1) as f32).sqrt());
    }
}

/// A sparse feature vector (bucket, value); buckets may repeat.
#[derive(Debug, Default, Clone)]
pub struct FeatureVec {
    pub idx: Vec<u32>,
    pub val: Vec<f32>,
    /// Entries before this index are the base groups (word 1–2-grams,
    /// normalised character n-grams, lexicon and shape features); the
    /// extra groups of [`FeatureConfig::has_extras`] follow.
    pub base_len: usize,
    pub(crate) scratch: Scratch,
}

impl FeatureVec {
    pub fn clear(&mut self) {
        self.idx.clear();
        self.val.clear();
        self.base_len = 0;
    }
}

impl Sink for FeatureVec {
    #[inline(always)]
    fn push(&mut self, bucket: u32) {
        self.idx.push(bucket);
    }
    #[inline]
    fn end_group(&mut self, value: f32) {
        self.val.resize(self.idx.len(), value);
    }
    fn end_base(&mut self) {
        self.base_len = self.idx.len();
    }
    #[inline(always)]
    fn group_len(&self) -> usize {
        self.idx.len() - self.val.len()
    }
    fn reserve(&mut self, n: usize) {
        self.idx.reserve(n);
    }
}

/// Buffers reused from post to post by [`extract_into`].
#[derive(Debug, Default, Clone)]
pub struct Scratch {
    /// The padded text for character n-grams.
    pad: Vec<u8>,
    /// Token hashes for the extra word groups.
    th: Vec<u64>,
}

/// Hash the features of `n` into `out` (cleared first).
pub fn extract(n: &Normalized, cfg: &FeatureConfig, out: &mut FeatureVec) {
    extract_with(n, &count_lexicon(n), cfg, out);
}

/// [`extract`] with the lexicon counts already computed.
pub fn extract_with(n: &Normalized, c: &LexiconCounts, cfg: &FeatureConfig, out: &mut FeatureVec) {
    out.clear();
    let mut scratch = std::mem::take(&mut out.scratch);
    extract_into(n, c, cfg, &mut scratch, out);
    out.scratch = scratch;
}

/// The features of `n`, group by group, into `sink`.
pub fn extract_into<S: Sink>(
    n: &Normalized,
    c: &LexiconCounts,
    cfg: &FeatureConfig,
    scratch: &mut Scratch,
    sink: &mut S,
) {
    let shift = 64 - cfg.bits;
    let bucket = |h: u64| (finish(h) >> shift) as u32;

    // Token hashes, once for every word group.
    let th = &mut scratch.th;
    th.clear();
    th.extend(n.tokens.iter().map(|t| hash_str(1, n.tok(t))));

    // Word unigrams (a hashtag counts as the tag and as the word).
    for (t, &h) in n.tokens.iter().zip(th.iter()) {
        sink.push(bucket(h));
        if t.kind == TokenKind::Hashtag {
            sink.push(bucket(hash_str(1, &n.tok(t)[1..])));
        }
    }
    sink.end_scaled_group(cfg.word);

    // Word bigrams, with start and end markers.
    let mut prev: u64 = 0x9e37_79b9;
    for &h in th.iter() {
        sink.push(bucket(step(prev.wrapping_mul(K) ^ h, 2)));
        prev = h;
    }
    sink.push(bucket(step(prev.wrapping_mul(K) ^ 0x7f4a_7c15, 2)));
    sink.end_scaled_group(cfg.bigram);

    // Character n-grams over " text " (a padded copy kept in the scratch
    // vector, so the inner loop has no edge cases).
    let pad = &mut scratch.pad;
    pad.clear();
    pad.push(b' ');
    pad.extend_from_slice(n.text.as_bytes());
    pad.push(b' ');
    char_grams(pad, 3, cfg.max_char, sink, bucket);
    sink.end_scaled_group(cfg.chars);

    // Lexicon and shape features.
    let mut push = |name: u64| sink.push(bucket(step(name.wrapping_mul(K), 4)));
    let bin = |x: u16| -> u64 { x.min(3) as u64 };
    push(100 + bin(c.neg));
    push(110 + bin(c.pos));
    push(120 + bin(c.strong_neg));
    push(130 + bin(c.complaint));
    push(140 + bin(c.intens));
    push(150 + bin(c.negation));
    push(160 + bin(c.failure));
    push(170 + bin(c.first_person));
    push(180 + bin(c.service));
    push(190 + bin(c.abuse));
    push(200 + bin(c.thanks));
    push(210 + bin(c.negated_pos));
    push(220 + bin(c.sarcasm_cue));
    if c.pos > 0 && (c.neg > 0 || c.failure > 0) {
        push(230);
    }
    let s = &n.stats;
    if cfg.cues {
        push(240 + bin(c.pos_then_neg));
        push(245 + bin(c.neg_then_pos));
        push(250 + bin(c.pos_ing));
        push(255 + bin(c.intens_pos));
        push(260 + bin(c.cue_opening));
        let pol = c.polarity;
        push(
            265 + if pol <= -2.0 {
                0
            } else if pol < -0.5 {
                1
            } else if pol <= 0.5 {
                2
            } else if pol < 2.0 {
                3
            } else {
                4
            },
        );
        let negative = c.neg > 0 || c.failure > 0;
        if s.emoji > 0 && negative {
            push(271);
        }
        if s.exclaims > 0 && c.pos > 0 && negative {
            push(272);
        }
        if c.failure > 0 && c.first_person > 0 {
            push(273);
        }
        if c.negation > 0 && c.service > 0 {
            push(274);
        }
        if s.questions > 0 && (c.complaint > 0 || negative) {
            push(275);
        }
        if s.quotes > 0 && c.pos > 0 {
            push(276);
        }
    }
    push(300 + bin(s.questions));
    push(310 + bin(s.exclaims));
    push(320 + bin(s.elongations));
    push(330 + bin(s.all_caps_words));
    push(340 + bin(s.urls));
    push(350 + bin(s.mentions));
    push(360 + bin(s.hashtags));
    push(370 + bin(s.emoji));
    push(380 + bin(s.positive_emoticons));
    push(390 + bin(s.negative_emoticons));
    push(400 + bin(s.ellipses));
    push(410 + bin(s.quotes));
    push(420 + (s.words / 6).min(8) as u64);
    let lead = n.tokens.first().map(|t| t.kind);
    push(
        430 + match lead {
            Some(TokenKind::Mention) => 0,
            Some(TokenKind::Word) => 1,
            _ => 2,
        },
    );
    sink.end_group(cfg.lexicon);
    sink.end_base();
    if cfg.has_extras() {
        extract_extras(n, cfg, scratch, sink);
    }
}

/// The groups after the base ones: case-preserved character n-grams, word
/// trigrams, skip bigrams, first/last tokens and token-kind n-grams. Each
/// group's values are `weight / √(its feature count)`.
fn extract_extras<S: Sink>(
    n: &Normalized,
    cfg: &FeatureConfig,
    scratch: &mut Scratch,
    sink: &mut S,
) {
    let shift = 64 - cfg.bits;
    let bucket = |h: u64| (finish(h) >> shift) as u32;

    if cfg.cased > 0.0 {
        if n.decoded.bytes().any(|b| b.is_ascii_uppercase()) {
            let pad = &mut scratch.pad;
            pad.clear();
            pad.push(b' ');
            cased_text(&n.decoded, pad);
            pad.push(b' ');
            upper_grams(pad, 17, cfg.max_char, sink, bucket);
        }
        sink.end_scaled_group(cfg.cased);
    }

    // The token hashes of the base groups.
    let th = &scratch.th;

    if cfg.trigram > 0.0 {
        let (mut p2, mut p1) = (0x1111u64, 0x2222u64);
        for &h in th.iter() {
            sink.push(bucket(tri(p2, p1, h)));
            (p2, p1) = (p1, h);
        }
        sink.push(bucket(tri(p2, p1, 0x3333)));
        sink.end_scaled_group(cfg.trigram);
    }

    if cfg.skip > 0.0 {
        for w in th.windows(3) {
            sink.push(bucket(step(w[0].wrapping_mul(K) ^ w[2], 7)));
        }
        sink.end_scaled_group(cfg.skip);
    }

    if cfg.edge > 0.0 {
        let l = th.len();
        for k in 0..l.min(2) {
            let (first, last) = (th[k], th[l - 1 - k]);
            sink.push(bucket(step(first, 70 + k as u8)));
            sink.push(bucket(step(last, 80 + k as u8)));
        }
        sink.end_scaled_group(cfg.edge);
    }

    if cfg.shape > 0.0 {
        let kind = |k: TokenKind| -> u8 {
            match k {
                TokenKind::Word => 1,
                TokenKind::Number => 2,
                TokenKind::Hashtag => 3,
                TokenKind::Mention => 4,
                TokenKind::Url => 5,
                TokenKind::Emoji => 6,
                TokenKind::Emoticon => 7,
                TokenKind::Punct => 8,
            }
        };
        let (mut a, mut b) = (0u8, 90u8);
        for k in n.tokens.iter().map(|t| kind(t.kind)).chain([91]) {
            sink.push(bucket(step(step(31, b), k)));
            if a != 0 {
                sink.push(bucket(step(step(step(37, a), b), k)));
            }
            (a, b) = (b, k);
        }
        sink.end_scaled_group(cfg.shape);
    }
}

/// Byte 2..=`max_char`-grams of `pad` (padded with spaces), hashed from `seed`.
#[inline]
fn char_grams<S: Sink>(
    pad: &[u8],
    seed: u64,
    max_char: u8,
    sink: &mut S,
    bucket: impl Fn(u64) -> u32,
) {
    let max_n = (max_char as usize).max(2);
    sink.reserve(pad.len() * (max_n - 1));
    let mut i = 0;
    if max_n == 5 {
        // The shipped size, unrolled: the 2- to 5-grams at each position
        // where all four fit go to the sink together.
        while i + 5 <= pad.len() {
            let w = &pad[i..i + 5];
            let h2 = step(step(seed, w[0]), w[1]);
            let h3 = step(h2, w[2]);
            let h4 = step(h3, w[3]);
            let h5 = step(h4, w[4]);
            sink.push4([bucket(h2), bucket(h3), bucket(h4), bucket(h5)]);
            i += 1;
        }
    }
    for i in i..pad.len() - 1 {
        let mut h = step(seed, pad[i]);
        let end = (i + max_n).min(pad.len());
        for &c in &pad[i + 1..end] {
            h = step(h, c);
            sink.push(bucket(h));
        }
    }
}

/// [`char_grams`] restricted to the n-grams with an ASCII capital letter
/// (what case adds over the lower-case n-grams); windows without one are
/// not even hashed.
#[inline]
fn upper_grams<S: Sink>(
    pad: &[u8],
    seed: u64,
    max_char: u8,
    sink: &mut S,
    bucket: impl Fn(u64) -> u32,
) {
    let max_n = (max_char as usize).max(2);
    let mut next_up = 0;
    for i in 0..pad.len() - 1 {
        if next_up < i {
            next_up = i;
        }
        while next_up < pad.len() && !pad[next_up].is_ascii_uppercase() {
            next_up += 1;
        }
        let end = (i + max_n).min(pad.len());
        if next_up >= end {
            continue;
        }
        let mut h = step(seed, pad[i]);
        for (j, &c) in pad.iter().enumerate().take(end).skip(i + 1) {
            h = step(h, c);
            if j >= next_up {
                sink.push(bucket(h));
            }
        }
    }
}

/// Append the case-preserved text to `out`: trimmed, whitespace runs as one
/// space, `@handle` as `@user` and links as `http` (as the normaliser does).
fn cased_text(src: &str, out: &mut Vec<u8>) {
    let b = src.trim().as_bytes();
    let mut i = 0;
    let mut space = false;
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            if !space {
                out.push(b' ');
                space = true;
            }
            i += 1;
            continue;
        }
        space = false;
        let at_start = i == 0 || !word(b[i - 1]);
        if c == b'@' && at_start && b.get(i + 1).is_some_and(|&d| word(d)) {
            out.extend_from_slice(b"@user");
            i += 1;
            while i < b.len() && word(b[i]) {
                i += 1;
            }
        } else if at_start
            && (b[i..].starts_with(b"http://")
                || b[i..].starts_with(b"https://")
                || b[i..].starts_with(b"www."))
        {
            out.extend_from_slice(b"http");
            while i < b.len() && !b[i].is_ascii_whitespace() {
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
}

/// Lexicon counts of a normalised post.
#[derive(Debug, Default, Clone, Copy)]
pub struct LexiconCounts {
    pub pos: u16,
    pub neg: u16,
    pub strong_neg: u16,
    pub complaint: u16,
    pub intens: u16,
    pub negation: u16,
    pub failure: u16,
    pub first_person: u16,
    pub service: u16,
    pub abuse: u16,
    pub thanks: u16,
    pub praise: u16,
    pub question_words: u16,
    pub spam: u16,
    pub sarcasm_cue: u16,
    /// Positive words within three words after a negation ("not good").
    pub negated_pos: u16,
    /// Negative words within three words after a negation ("not bad").
    pub negated_neg: u16,
    /// Sentiment sum with negation and intensifiers applied.
    pub polarity: f32,
    /// A negative or failure word after a positive one ("love it when my
    /// train is late"): the contrast that marks most sarcasm.
    pub pos_then_neg: u16,
    /// A positive word after a negative or failure one.
    pub neg_then_pos: u16,
    /// A positive word followed within two words by an -ing form ("love
    /// being ignored", "great start to the morning waiting").
    pub pos_ing: u16,
    /// An intensified positive word ("so great", "really love").
    pub intens_pos: u16,
    /// A sarcasm cue opening a sentence ("oh great", "wow", "yay").
    pub cue_opening: u16,
}

pub fn count_lexicon(n: &Normalized) -> LexiconCounts {
    let mut c = LexiconCounts::default();
    let mut since_negation = 99u32;
    let mut since_pos = 99u32;
    let (mut seen_pos, mut seen_neg) = (false, false);
    let mut intensify = false;
    for t in &n.tokens {
        let s = n.tok(t);
        let w = match t.kind {
            TokenKind::Word => s,
            TokenKind::Hashtag => &s[1..],
            TokenKind::Emoticon => {
                let happy = s == ":)";
                c.polarity += if happy { 0.8 } else { -0.8 };
                if happy {
                    seen_pos = true;
                } else {
                    seen_neg = true;
                }
                continue;
            }
            TokenKind::Punct => {
                if s.starts_with('.') {
                    since_negation = 99;
                }
                continue;
            }
            _ => {
                since_negation = since_negation.saturating_add(1);
                continue;
            }
        };
        let f = flags(w);
        since_negation = since_negation.saturating_add(1);
        since_pos = since_pos.saturating_add(1);
        let is_pos = f & lexicon::POS != 0;
        let is_neg = f & (lexicon::NEG | lexicon::FAILURE) != 0;
        if is_neg && seen_pos {
            c.pos_then_neg += 1;
        }
        if is_pos && seen_neg {
            c.neg_then_pos += 1;
        }
        if since_pos <= 2 && !is_pos && w.len() >= 5 && w.ends_with("ing") {
            c.pos_ing += 1;
        }
        if is_pos {
            since_pos = 0;
            if intensify {
                c.intens_pos += 1;
            }
        }
        if t.sent_start && f & lexicon::SARCASM_CUE != 0 {
            c.cue_opening += 1;
        }
        seen_pos |= is_pos;
        seen_neg |= is_neg;
        let negated = since_negation <= 3;
        let inc = |x: &mut u16, bit: u32| {
            if f & bit != 0 {
                *x += 1;
            }
        };
        inc(&mut c.pos, lexicon::POS);
        inc(&mut c.neg, lexicon::NEG);
        inc(&mut c.strong_neg, lexicon::STRONG_NEG);
        inc(&mut c.complaint, lexicon::COMPLAINT);
        inc(&mut c.intens, lexicon::INTENS);
        inc(&mut c.negation, lexicon::NEGATION);
        inc(&mut c.failure, lexicon::FAILURE);
        inc(&mut c.first_person, lexicon::FIRST_PERSON);
        inc(&mut c.service, lexicon::SERVICE);
        inc(&mut c.abuse, lexicon::ABUSE);
        inc(&mut c.thanks, lexicon::THANKS);
        inc(&mut c.praise, lexicon::PRAISE);
        inc(&mut c.question_words, lexicon::QUESTION);
        inc(&mut c.spam, lexicon::SPAM);
        inc(&mut c.sarcasm_cue, lexicon::SARCASM_CUE);
        let mut p = 0.0;
        if f & lexicon::POS != 0 {
            p += 1.0;
        }
        if f & lexicon::NEG != 0 {
            p -= if f & lexicon::STRONG_NEG != 0 {
                1.6
            } else {
                1.0
            };
        }
        if p != 0.0 {
            if negated {
                if p > 0.0 {
                    c.negated_pos += 1;
                } else {
                    c.negated_neg += 1;
                }
                p = -p * 0.7;
            }
            if intensify {
                p *= 1.4;
            }
            c.polarity += p;
        }
        intensify = f & lexicon::INTENS != 0;
        if f & lexicon::NEGATION != 0 {
            since_negation = 0;
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_deterministic_and_in_range() {
        let mut n = Normalized::new();
        n.run("@acme my internet is down AGAIN!!! #fail");
        let cfg = FeatureConfig::default();
        let mut a = FeatureVec::default();
        let mut b = FeatureVec::default();
        extract(&n, &cfg, &mut a);
        extract(&n, &cfg, &mut b);
        assert_eq!(a.idx, b.idx);
        assert_eq!(a.idx.len(), a.val.len());
        assert!(a.idx.iter().all(|&i| i < 1 << cfg.bits));
    }

    #[test]
    fn sarcasm_cues_are_counted() {
        let mut n = Normalized::new();
        n.run("Oh great, I just love waiting an hour for a delayed train");
        let c = count_lexicon(&n);
        assert!(c.pos_then_neg >= 1, "{c:?}");
        assert!(c.pos_ing >= 1, "{c:?}");
        assert!(c.cue_opening >= 1, "{c:?}");
        n.run("the train was late but the staff were lovely");
        let c = count_lexicon(&n);
        assert_eq!(c.pos_then_neg, 0, "{c:?}");
        assert!(c.neg_then_pos >= 1, "{c:?}");
        // The cue features exist only when the configuration asks.
        let mut on = FeatureVec::default();
        let mut off = FeatureVec::default();
        let cfg = FeatureConfig::default();
        extract(&n, &cfg, &mut on);
        extract(&n, &FeatureConfig { cues: false, ..cfg }, &mut off);
        assert!(on.idx.len() > off.idx.len());
    }

    #[test]
    fn negation_flips_polarity() {
        let mut n = Normalized::new();
        n.run("this is not good");
        assert!(count_lexicon(&n).polarity < 0.0);
        n.run("this is really good");
        assert!(count_lexicon(&n).polarity > 1.0);
    }
}
