//! The shipped classifiers (complaint, irony, urgency) and `score_text`.
//!
//! The models are compiled into the binary (`models/*.bin`, written by
//! `earshot train`) and decoded once per process.

use crate::features::{count_lexicon, extract_into, extract_with, FeatureVec, LexiconCounts, Sink};
use crate::model::LinearModel;
use crate::normalize::Normalized;
use std::cell::RefCell;
use std::sync::OnceLock;

static COMPLAINT_BIN: &[u8] = include_bytes!("../models/complaint.bin");
static IRONY_BIN: &[u8] = include_bytes!("../models/irony.bin");
static URGENCY_BIN: &[u8] = include_bytes!("../models/urgency.bin");

/// The shipped models.
#[derive(Debug)]
pub struct Models {
    pub complaint: LinearModel,
    pub irony: LinearModel,
    /// Whether a post reads like a risk to someone (trained on the scenario
    /// suite; see `train::urgency_recipe`).
    pub urgency: LinearModel,
    /// The models' weights side by side (complaint, irony, urgency, unused)
    /// when one feature pass serves all three: one memory access per
    /// shared feature.
    pair: Option<Vec<[i16; 4]>>,
    /// What one step of each model's column of `pair` is worth (the
    /// weights are stored as i16 times a scale, so this is exact).
    pair_scale: [f32; 4],
    /// Which model also reads the extra groups after the shared base ones
    /// (see [`FeatureVec::base_len`]); `None` when the configurations are
    /// equal.
    extras_for: Option<Which>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Complaint,
    Irony,
}

impl Models {
    pub fn new(complaint: LinearModel, irony: LinearModel, urgency: LinearModel) -> Self {
        let (c, i) = (complaint.cfg, irony.cfg);
        // One pass serves all three when the configurations are equal, or
        // when one is the other's base (the same groups without the extras,
        // which come last in a feature vector) and the urgency model reads
        // the base groups only.
        let shared = if urgency.cfg != c.base() || urgency.cfg != i.base() {
            None
        } else if c == i {
            Some(None)
        } else if c == i.base() {
            Some(Some(Which::Irony))
        } else if i == c.base() {
            Some(Some(Which::Complaint))
        } else {
            None
        };
        // The model file's own step (`LinearModel::step`), so the i16
        // steps are the stored ones and the table is half the size.
        let pair_scale = [complaint.step(), irony.step(), urgency.step(), 1.0];
        // Rounded by hand: `f32::round` is a libm call, and this runs for
        // every weight at start-up. (The cast saturates.)
        let q = |w: f32, k: usize| (w / pair_scale[k] + 0.5f32.copysign(w)) as i16;
        let pair = shared.map(|_| {
            complaint
                .weights
                .iter()
                .zip(&irony.weights)
                .zip(&urgency.weights)
                .map(|((&a, &b), &u)| [q(a, 0), q(b, 1), q(u, 2), 0])
                .collect()
        });
        Models {
            complaint,
            irony,
            urgency,
            pair,
            pair_scale,
            extras_for: shared.flatten(),
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
        let mut urgency = load(URGENCY_BIN);
        if urgency.weights.iter().all(|&w| w == 0.0) {
            // No usable model: it must never flag a post.
            urgency.threshold = f32::INFINITY;
        }
        Models::new(load(COMPLAINT_BIN), load(IRONY_BIN), urgency)
    })
}

/// Whether the embedded models decode (a test checks this).
pub fn shipped_models_ok() -> bool {
    [COMPLAINT_BIN, IRONY_BIN, URGENCY_BIN]
        .iter()
        .all(|b| LinearModel::from_bytes(b).is_ok())
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
    /// The urgency model's probability and verdict.
    pub urgency: f32,
    pub is_urgent: bool,
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
    let (complaint, irony, urgency) = match &m.pair {
        Some(w) => {
            let cfg = match m.extras_for {
                Some(Which::Irony) => &m.irony.cfg,
                _ => &m.complaint.cfg,
            };
            let mut sink = PairSink {
                w,
                scale: m.pair_scale,
                acc: [m.complaint.bias, m.irony.bias, m.urgency.bias, 0.0],
                sum: [0; 4],
                n: 0,
                only: None,
                // The extra groups feed only the model whose configuration has them.
                extras: m.extras_for.map(|x| usize::from(x == Which::Irony)),
            };
            extract_into(norm, &lex, cfg, &mut feats.scratch, &mut sink);
            let [a, b, u, _] = sink.acc.map(crate::model::sigmoid);
            (a, b, u)
        }
        None => {
            extract_with(norm, &lex, &m.complaint.cfg, feats);
            extract_with(norm, &lex, &m.irony.cfg, feats2);
            let (a, b) = (m.complaint.prob(feats), m.irony.prob(feats2));
            extract_with(norm, &lex, &m.urgency.cfg, feats);
            (a, b, m.urgency.prob(feats))
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
            urgency,
            is_urgent: urgency >= m.urgency.threshold,
        },
        lex,
    )
}

/// Scores the models of one feature pass as the features come: each
/// bucket adds its row of weights to the group's sums, and a group's end
/// adds the sums times the group's value to the margins.
struct PairSink<'a> {
    w: &'a [[i16; 4]],
    scale: [f32; 4],
    acc: [f32; 4],
    /// The group's sums in i16 steps (exact).
    sum: [i32; 4],
    n: usize,
    /// After the base groups: only this model reads the features.
    only: Option<usize>,
    /// The model that reads the extra groups, if there are extras.
    extras: Option<usize>,
}

impl Sink for PairSink<'_> {
    #[inline(always)]
    fn push(&mut self, bucket: u32) {
        if let Some(p) = self.w.get(bucket as usize) {
            for (s, &w) in self.sum.iter_mut().zip(p) {
                *s += i32::from(w);
            }
        }
        self.n += 1;
    }
    #[inline(always)]
    fn push4(&mut self, b: [u32; 4]) {
        // Added pairwise first: four dependent additions per model would
        // wait on each other.
        let w = |i: usize| self.w.get(b[i] as usize).copied().unwrap_or([0; 4]);
        let (p0, p1, p2, p3) = (w(0), w(1), w(2), w(3));
        for k in 0..4 {
            self.sum[k] +=
                (i32::from(p0[k]) + i32::from(p1[k])) + (i32::from(p2[k]) + i32::from(p3[k]));
        }
        self.n += 4;
    }
    #[inline]
    fn end_group(&mut self, value: f32) {
        match self.only {
            None => {
                for k in 0..4 {
                    self.acc[k] += self.sum[k] as f32 * self.scale[k] * value;
                }
            }
            Some(k) => self.acc[k] += self.sum[k] as f32 * self.scale[k] * value,
        }
        self.sum = [0; 4];
        self.n = 0;
    }
    fn end_base(&mut self) {
        self.only = self.extras;
    }
    #[inline(always)]
    fn group_len(&self) -> usize {
        self.n
    }
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

    #[test]
    fn the_urgency_model_hears_risks_without_cue_words() {
        for risk in [
            "@AcmeHelp the railing on our 4th floor balcony is loose, it moves a few inches if you lean on it, and we've got a 3 year old. please move us today",
            "@AcmeHelp my mum's carer didn't turn up last night and she's diabetic, nobody has checked her insulin",
            "@AcmeHelp my dad is 86, nobody came this morning and he's been on the kitchen floor since 7, he can't get up",
        ] {
            let s = score_text(risk);
            assert!(s.is_urgent, "{risk}: {s:?}");
        }
        for calm in [
            "@AcmeHelp my parcel arrived two days late and the box was crushed",
            "@AcmeHelp how do I change the email address on my account?",
            "Lovely sunny morning at the beach with the kids and the dog",
        ] {
            let s = score_text(calm);
            assert!(!s.is_urgent, "{calm}: {s:?}");
        }
    }

    #[test]
    fn one_feature_pass_gives_each_models_own_score() {
        let m = models();
        assert!(
            m.pair.is_some(),
            "the shipped models share one feature pass"
        );
        for text in [
            "@AcmeHelp my internet has been down for three days",
            "Oh GREAT, another Monday 🙄 #blessed http://t.co/x @someone",
            "",
            "a b",
        ] {
            let s = score_text(text);
            let mut n = Normalized::new();
            n.run(text);
            let (mut fc, mut fi) = (FeatureVec::default(), FeatureVec::default());
            crate::features::extract(&n, &m.complaint.cfg, &mut fc);
            crate::features::extract(&n, &m.irony.cfg, &mut fi);
            assert!((s.complaint - m.complaint.prob(&fc)).abs() < 1e-5, "{text}");
            assert!((s.irony - m.irony.prob(&fi)).abs() < 1e-5, "{text}");
            assert!((s.urgency - m.urgency.prob(&fc)).abs() < 1e-5, "{text}");
        }
    }
}
