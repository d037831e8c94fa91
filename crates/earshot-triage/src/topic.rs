//! Topic and team from the plan's keywords. Keywords and post words are
//! stemmed the same way (plurals, -ing, -ed) and accents are folded, so
//! "charge" matches "charged" and "télé" matches "tele"; a post word never
//! matches a longer keyword ("read" is not "reading"). Each distinct
//! keyword hit weighs its number of words, so "left my" beats "seat" and
//! "charged twice" beats "charge"; the heaviest topic wins and ties go to
//! the topic listed first. A money amount ("£89") weighs half a word for
//! the first topic whose keywords are about money (bills, charges,
//! payments, refunds): it settles a tie, it does not beat a keyword.

use crate::phrases::PhraseSet;
use crate::plan::Plan;
use crate::stem::stem_hash;

const MONEY_WORDS: &[&str] = &[
    "bill",
    "billing",
    "charge",
    "overcharged",
    "payment",
    "refund",
    "price",
    "invoice",
    "fee",
    "tariff",
    "fare",
    "factura",
    "rechnung",
    "facture",
];

#[derive(Debug, Clone)]
pub struct TopicMatcher {
    phrases: PhraseSet<(u16, u16)>,
    n_topics: usize,
    money_topic: Option<u16>,
}

/// The chosen topic and the keywords that chose it.
#[derive(Debug, Default, Clone)]
pub struct TopicHit {
    pub topic: Option<usize>,
    /// Keyword indices (into the topic's keyword list), first hits first.
    pub keywords: Vec<u16>,
    pub money: bool,
}

impl TopicMatcher {
    pub fn new(plan: &Plan) -> Self {
        let mut phrases = PhraseSet::new();
        let mut money_topic = None;
        let money: Vec<u64> = MONEY_WORDS.iter().map(|w| stem_hash(w)).collect();
        for (ti, t) in plan.topics.iter().enumerate() {
            for (ki, k) in t.keywords.iter().enumerate() {
                phrases.add_with(k, (ti as u16, ki as u16), true);
                if money_topic.is_none() && money.contains(&stem_hash(&k.to_lowercase())) {
                    money_topic = Some(ti as u16);
                }
            }
        }
        TopicMatcher {
            phrases,
            n_topics: plan.topics.len(),
            money_topic,
        }
    }

    /// Match a post's stemmed word hashes; `has_money` when it names an amount.
    pub fn find(
        &self,
        words: &[u64],
        lens: &[u8],
        has_money: bool,
        out: &mut TopicHit,
        scratch: &mut Vec<(u16, u16, u8)>,
    ) {
        out.topic = None;
        out.keywords.clear();
        out.money = false;
        if self.n_topics == 0 {
            return;
        }
        scratch.clear();
        self.phrases.for_each(words, lens, |(ti, ki), _, len| {
            if !scratch.iter().any(|&(t, k, _)| (t, k) == (ti, ki)) {
                scratch.push((ti, ki, len.min(255) as u8));
            }
        });
        let mut best: Option<(usize, u32)> = None;
        for t in 0..self.n_topics {
            // In half words.
            let mut n: u32 = scratch
                .iter()
                .filter(|(ti, _, _)| *ti as usize == t)
                .map(|&(_, _, len)| 2 * len as u32)
                .sum();
            if has_money && self.money_topic == Some(t as u16) {
                n += 1;
            }
            if n > 0 && best.is_none_or(|(_, b)| n > b) {
                best = Some((t, n));
            }
        }
        if let Some((t, _)) = best {
            out.topic = Some(t);
            out.keywords.extend(
                scratch
                    .iter()
                    .filter(|(ti, _, _)| *ti as usize == t)
                    .map(|&(_, k, _)| k),
            );
            out.money = has_money && self.money_topic == Some(t as u16);
        }
    }
}
