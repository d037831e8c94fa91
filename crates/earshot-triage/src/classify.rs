//! The shipped classifiers (complaint, irony) and `score_text`.
//!
//! The models are compiled into the binary (`models/*.bin`, written by
//! `earshot train`) and decoded once per process.

use crate::features::{count_lexicon, extract_with, FeatureVec, LexiconCounts};
use crate::model::LinearModel;
use crate::normalize::Normalized;
use std::cell::RefCell;
use std::sync::OnceLock;

static COMPLAINT_BIN: &[u8] = include_bytes!("../models/complaint.bin");
static IRONY_BIN: &[u8] = include_bytes!("../models/irony.bin");

/// The two shipped models.
#[derive(Debug)]
pub struct Models {
    pub complaint: LinearModel,
    pub irony: LinearModel,
    /// Both models' weights side by side when they share a feature
    /// configuration: one memory access per feature serves both.
    pair: Option<Vec<[f32; 2]>>,
}

impl Models {
    pub fn new(complaint: LinearModel, irony: LinearModel) -> Self {
        let pair = (complaint.cfg == irony.cfg).then(|| {
            complaint
                .weights
                .iter()
                .zip(&irony.weights)
                .map(|(&a, &b)| [a, b])
                .collect()
        });
        Models {
            complaint,
            irony,
            pair,
        }
    }
}

/// The shipped models, decoded on first use.
pub fn models() -> &'static Models {
    static M: OnceLock<Models> = OnceLock::new();
    M.get_or_init(|| {
        let load = |b: &[u8]| {
            LinearModel::from_bytes(b)
                .unwrap_or_else(|_| LinearModel::zeros(crate::features::FeatureConfig::default()))
        };
        Models::new(load(COMPLAINT_BIN), load(IRONY_BIN))
    })
}

/// Whether the embedded models decode (a test checks this).
pub fn shipped_models_ok() -> bool {
    LinearModel::from_bytes(COMPLAINT_BIN).is_ok() && LinearModel::from_bytes(IRONY_BIN).is_ok()
}

/// Classifier outputs of one text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ScoreOutput {
    pub complaint: f32,
    pub is_complaint: bool,
    pub irony: f32,
    pub is_irony: bool,
    /// In [-1, 1].
    pub sentiment: f32,
}

/// Per-thread buffers reused from post to post.
#[derive(Default)]
pub struct Scratch {
    pub norm: Normalized,
    pub feats: FeatureVec,
    pub feats2: FeatureVec,
    pub(crate) post: crate::PostScratch,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Run `f` with this thread's scratch buffers.
pub fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|s| match s.try_borrow_mut() {
        Ok(mut s) => f(&mut s),
        // Re-entered (should not happen): use fresh buffers.
        Err(_) => f(&mut Scratch::default()),
    })
}

/// Score an already normalised post.
pub fn score_normalized(
    norm: &Normalized,
    feats: &mut FeatureVec,
    feats2: &mut FeatureVec,
) -> (ScoreOutput, LexiconCounts) {
    let m = models();
    let lex = count_lexicon(norm);
    extract_with(norm, &lex, &m.complaint.cfg, feats);
    let (complaint, irony) = match &m.pair {
        Some(w) => {
            let (mut a, mut b) = (m.complaint.bias, m.irony.bias);
            for (&i, &v) in feats.idx.iter().zip(&feats.val) {
                if let Some(p) = w.get(i as usize) {
                    a += p[0] * v;
                    b += p[1] * v;
                }
            }
            (crate::model::sigmoid(a), crate::model::sigmoid(b))
        }
        None => {
            extract_with(norm, &lex, &m.irony.cfg, feats2);
            (m.complaint.prob(feats), m.irony.prob(feats2))
        }
    };
    let sentiment = sentiment(&lex, complaint);
    (
        ScoreOutput {
            complaint,
            is_complaint: complaint >= m.complaint.threshold,
            irony,
            is_irony: irony >= m.irony.threshold,
            sentiment,
        },
        lex,
    )
}

/// Sentiment in [-1, 1] from the lexicon polarity (with negation and
/// intensifiers) and the complaint probability.
pub fn sentiment(lex: &LexiconCounts, complaint: f32) -> f32 {
    let lexical = (lex.polarity * 0.45).tanh();
    let s = 0.65 * lexical + 0.55 * (0.45 - complaint);
    s.clamp(-1.0, 1.0)
}

/// Score one text with the shipped classifiers (no plan needed).
pub fn score_text(text: &str) -> ScoreOutput {
    with_scratch(|s| {
        s.norm.run(text);
        score_normalized(&s.norm, &mut s.feats, &mut s.feats2).0
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_models_load_and_make_sense() {
        assert!(shipped_models_ok());
        let bad = score_text("@AcmeHelp my internet has been down for three days and nobody answers the phone. Worst service ever.");
        assert!(bad.is_complaint, "{bad:?}");
        assert!(bad.sentiment < 0.0, "{bad:?}");
        let good = score_text("Lovely sunny morning at the beach with the kids and the dog");
        assert!(!good.is_complaint, "{good:?}");
        assert!(good.sentiment > 0.0, "{good:?}");
        let ironic = score_text(
            "Oh great, another Monday. I just love being stuck in traffic for two hours #blessed",
        );
        assert!(ironic.irony > 0.5, "{ironic:?}");
    }
}
