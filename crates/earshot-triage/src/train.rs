//! Training the shipped classifiers: logistic regression over hashed
//! features fitted with AdaGrad, hyper-parameters and decision thresholds
//! chosen by stratified k-fold cross-validation. A recipe may add NB-SVM
//! style log-count-ratio feature scaling, an ensemble of word-level and
//! char-level members, a soup of seeds, and self-training on unlabelled
//! inbound customer posts (TWCS). Whatever the recipe, the result is one
//! linear model over the shared hashed features (scales and members fold
//! into the weights), so scoring costs the same.
//!
//! Everything is deterministic for a given seed.

use crate::features::{extract, FeatureConfig, FeatureVec};
use crate::model::{sigmoid, LinearModel};
use crate::normalize::Normalized;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum TrainError {
    #[error("{path}: {message}")]
    Data { path: String, message: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn data_err(path: &Path, message: impl Into<String>) -> TrainError {
    TrainError::Data {
        path: path.display().to_string(),
        message: message.into(),
    }
}

/// A labelled text.
#[derive(Debug, Clone)]
pub struct Example {
    pub text: String,
    pub label: bool,
}

/// `id,text,complaint,domain` rows.
pub fn load_complaints(path: &Path) -> Result<Vec<Example>, TrainError> {
    let mut rdr = csv::Reader::from_path(path).map_err(|e| data_err(path, e.to_string()))?;
    let headers = rdr
        .headers()
        .map_err(|e| data_err(path, e.to_string()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| data_err(path, format!("no '{name}' column")))
    };
    let (ti, ci) = (col("text")?, col("complaint")?);
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(|e| data_err(path, format!("row {}: {e}", i + 2)))?;
        let text = rec.get(ti).unwrap_or_default().to_string();
        let label = match rec.get(ci).map(str::trim) {
            Some("1") => true,
            Some("0") => false,
            other => {
                return Err(data_err(
                    path,
                    format!("row {}: complaint must be 0 or 1, found {other:?}", i + 2),
                ))
            }
        };
        out.push(Example { text, label });
    }
    Ok(out)
}

/// `label\ttext` rows with a header line.
pub fn load_irony(path: &Path) -> Result<Vec<Example>, TrainError> {
    let src = std::fs::read_to_string(path).map_err(|e| data_err(path, e.to_string()))?;
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        if i == 0 && line.starts_with("label") {
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let Some((label, text)) = line.split_once('\t') else {
            return Err(data_err(
                path,
                format!("line {}: expected label<TAB>text", i + 1),
            ));
        };
        let label = match label.trim() {
            "1" => true,
            "0" => false,
            other => {
                return Err(data_err(
                    path,
                    format!("line {}: label must be 0 or 1, found '{other}'", i + 1),
                ))
            }
        };
        out.push(Example {
            text: text.to_string(),
            label,
        });
    }
    Ok(out)
}

/// Inbound customer posts from a TWCS CSV (`inbound` = True).
pub fn load_twcs_inbound(path: &Path) -> Result<Vec<String>, TrainError> {
    // The Kaggle export has rows with missing trailing fields.
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| data_err(path, e.to_string()))?;
    let headers = rdr
        .headers()
        .map_err(|e| data_err(path, e.to_string()))?
        .clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| data_err(path, format!("no '{name}' column")))
    };
    let (ti, ii) = (col("text")?, col("inbound")?);
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| data_err(path, e.to_string()))?;
        if rec.get(ii).is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            out.push(rec.get(ti).unwrap_or_default().to_string());
        }
    }
    Ok(out)
}

/// A post of the triage scenario suite, labelled urgent or not.
#[derive(Debug, Clone)]
pub struct ScenarioExample {
    /// The file the post came from (one brand).
    pub brand: String,
    pub name: String,
    pub text: String,
    pub urgent: bool,
}

/// The posts of every `*.jsonl` scenario file in `dir` (see
/// `tests/scenarios/README.md`), labelled by whether their expected
/// priority is `urgent`. Posts whose priority is "don't care", the brand's
/// own posts and reposts are left out: they say nothing about whether a
/// customer's words describe a risk.
pub fn load_scenarios(dir: &Path) -> Result<Vec<ScenarioExample>, TrainError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| data_err(dir, e.to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(data_err(dir, "no scenario files (*.jsonl)"));
    }
    let mut out = Vec::new();
    for path in &files {
        let brand = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let src = std::fs::read_to_string(path).map_err(|e| data_err(path, e.to_string()))?;
        for (i, line) in src.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let at = |msg: String| data_err(path, format!("line {}: {msg}", i + 1));
            let v: serde_json::Value =
                serde_json::from_str(line).map_err(|e| at(format!("not JSON: {e}")))?;
            let field = |ptr: &str| v.pointer(ptr).and_then(|x| x.as_str());
            let lesson = field("/lesson").unwrap_or_default();
            let priority =
                field("/expect/priority").ok_or_else(|| at("no expect.priority".into()))?;
            if priority == "*" || lesson == "brand-own-post" || lesson == "repost" {
                continue;
            }
            let text = field("/post/data/text").ok_or_else(|| at("no post.data.text".into()))?;
            out.push(ScenarioExample {
                brand: brand.clone(),
                name: field("/name").unwrap_or_default().to_string(),
                // As delivered: the normaliser decodes X's entities, as
                // it does when scoring.
                text: text.to_string(),
                urgent: priority == "urgent",
            });
        }
    }
    Ok(out)
}

/// The demo day (`stream.jsonl` with `expected.jsonl`, one line each, in
/// the same order) as labelled posts of one more brand, `demo`. Reposts
/// and posts whose priority is "don't care" are left out.
pub fn load_demo(dir: &Path) -> Result<Vec<ScenarioExample>, TrainError> {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path)
            .map(|s| (path.clone(), s))
            .map_err(|e| data_err(&path, e.to_string()))
    };
    let ((sp, stream), (ep, expected)) = (read("stream.jsonl")?, read("expected.jsonl")?);
    let parse = |path: &Path, i: usize, line: &str| {
        serde_json::from_str::<serde_json::Value>(line)
            .map_err(|e| data_err(path, format!("line {}: not JSON: {e}", i + 1)))
    };
    let (s_lines, e_lines): (Vec<&str>, Vec<&str>) =
        (stream.lines().collect(), expected.lines().collect());
    if s_lines.len() != e_lines.len() {
        return Err(data_err(
            &ep,
            format!(
                "{} lines, but the stream has {}",
                e_lines.len(),
                s_lines.len()
            ),
        ));
    }
    let mut out = Vec::new();
    for (i, (s, e)) in s_lines.iter().zip(&e_lines).enumerate() {
        let (post, want) = (parse(&sp, i, s)?, parse(&ep, i, e)?);
        let priority = want["priority"].as_str().unwrap_or("*");
        let text = post
            .pointer("/data/text")
            .or_else(|| post.get("text"))
            .and_then(|t| t.as_str())
            .unwrap_or_default();
        if priority == "*" || text.starts_with("RT @") || post["is_repost"] == true {
            continue;
        }
        out.push(ScenarioExample {
            brand: "demo".into(),
            name: want["id"].as_str().unwrap_or_default().to_string(),
            text: text.to_string(),
            urgent: priority == "urgent",
        });
    }
    Ok(out)
}

/// Normalise and hash every text.
pub fn featurize(texts: &[&str], cfg: &FeatureConfig) -> Vec<FeatureVec> {
    texts
        .par_iter()
        .map_init(Normalized::new, |n, t| {
            n.run(t);
            let mut f = FeatureVec::default();
            extract(n, cfg, &mut f);
            f
        })
        .collect()
}

/// Optimiser settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Params {
    pub epochs: u32,
    pub lr: f32,
    pub l2: f32,
    /// Weight of positive examples relative to negatives.
    pub pos_weight: f32,
    /// Return the average of the weights at the end of each epoch in the
    /// second half of training instead of the last weights (a cheap
    /// Polyak average: SGD's last steps are noisy on a few thousand posts).
    pub average: bool,
    /// The loss minimised (the model still scores `sigmoid(margin)`).
    pub loss: Loss,
    /// L1 penalty (AdaGrad-FOBOS soft thresholding after each step).
    pub l1: f32,
    /// Probability of dropping each feature of a training example
    /// (dropout on the inputs; the kept ones are scaled by `1 / (1 − p)`).
    pub feature_dropout: f32,
}

/// Training losses over the margin `m` with `y ∈ {−1, 1}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    /// Logistic regression.
    Log,
    /// `max(0, 1 − y·m)`.
    Hinge,
    /// `½·max(0, 1 − y·m)²` (halved: AdaGrad's steps do not depend on the
    /// scale, only the bias's and L2's balance would).
    SquaredHinge,
    /// Squared hinge for `y·m ≥ −1`, linear (`−2·y·m`) below (Zhang 2004).
    ModifiedHuber,
}

impl Loss {
    /// dL/dm for a positive (`pos`) or negative example at margin `m`.
    #[inline]
    fn grad(self, m: f32, pos: bool) -> f32 {
        let y = if pos { 1.0 } else { -1.0 };
        let z = y * m;
        match self {
            Loss::Log => sigmoid(m) - if pos { 1.0 } else { 0.0 },
            Loss::Hinge => {
                if z < 1.0 {
                    -y
                } else {
                    0.0
                }
            }
            Loss::SquaredHinge => {
                if z < 1.0 {
                    -y * (1.0 - z)
                } else {
                    0.0
                }
            }
            Loss::ModifiedHuber => {
                if z >= 1.0 {
                    0.0
                } else if z >= -1.0 {
                    -y * (1.0 - z)
                } else {
                    -2.0 * y
                }
            }
        }
    }
}

impl Default for Params {
    fn default() -> Self {
        Params {
            epochs: 12,
            lr: 0.3,
            l2: 1e-5,
            pos_weight: 1.0,
            average: false,
            loss: Loss::Log,
            l1: 0.0,
            feature_dropout: 0.0,
        }
    }
}

impl Params {
    /// Whether only the plain AdaGrad logistic regression is asked for.
    fn plain(&self) -> bool {
        self.loss == Loss::Log && self.l1 == 0.0 && self.feature_dropout == 0.0
    }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Fit logistic regression with AdaGrad on `rows` of `x`/`y`, each row with
/// an example weight. With `scale`, feature `i` enters as `v × scale[i]`
/// (NB weighting); the returned weights already include the scale, so the
/// model scores the plain features.
pub fn fit(
    x: &[FeatureVec],
    y: &[bool],
    rows: &[(usize, f32)],
    cfg: FeatureConfig,
    p: Params,
    seed: u64,
) -> LinearModel {
    fit_scaled(x, y, rows, None, cfg, p, seed)
}

/// [`fit`] with per-bucket feature scales.
pub fn fit_scaled(
    x: &[FeatureVec],
    y: &[bool],
    rows: &[(usize, f32)],
    scale: Option<&[f32]>,
    cfg: FeatureConfig,
    p: Params,
    seed: u64,
) -> LinearModel {
    if !p.plain() {
        return fit_general(x, y, rows, scale, cfg, p, seed);
    }
    let mut m = LinearModel::zeros(cfg);
    let n = m.weights.len();
    let s = scale_or_ones(scale, n);
    let mut g2 = vec![1e-6f32; n];
    let mut gb = 1e-6f32;
    let mut order: Vec<(usize, f32)> = rows.to_vec();
    let mut rng = Rng(seed | 1);
    let avg_from = p.epochs / 2;
    let mut avg = Average::default();
    for epoch in 0..p.epochs {
        rng.shuffle(&mut order);
        for &(r, w) in &order {
            let f = &x[r];
            let mut margin = m.bias;
            for (&i, &v) in f.idx.iter().zip(&f.val) {
                let i = i as usize;
                margin += m.weights[i] * v * s[i];
            }
            let prob = sigmoid(margin);
            let target = if y[r] { 1.0 } else { 0.0 };
            let cw = if y[r] { p.pos_weight } else { 1.0 } * w;
            let g = (prob - target) * cw;
            for (&i, &v) in f.idx.iter().zip(&f.val) {
                let i = i as usize;
                let grad = g * v * s[i] + p.l2 * m.weights[i];
                g2[i] += grad * grad;
                m.weights[i] -= p.lr * grad / g2[i].sqrt();
            }
            gb += g * g;
            m.bias -= p.lr * g / gb.sqrt();
        }
        if p.average && epoch >= avg_from {
            avg.add(&m);
        }
    }
    avg.finish(m, &s)
}

/// [`fit_scaled`] with the options beyond plain logistic AdaGrad: other
/// losses, L1 and input dropout.
fn fit_general(
    x: &[FeatureVec],
    y: &[bool],
    rows: &[(usize, f32)],
    scale: Option<&[f32]>,
    cfg: FeatureConfig,
    p: Params,
    seed: u64,
) -> LinearModel {
    let mut m = LinearModel::zeros(cfg);
    let n = m.weights.len();
    let s = scale_or_ones(scale, n);
    let mut g2 = vec![1e-6f32; n];
    let mut gb = 1e-6f32;
    let mut order: Vec<(usize, f32)> = rows.to_vec();
    let mut rng = Rng(seed | 1);
    let mut drop_rng = Rng(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) | 1);
    let avg_from = p.epochs / 2;
    let mut avg = Average::default();
    let fd = p.feature_dropout.clamp(0.0, 0.95);
    let fd_keep = 1.0 / (1.0 - fd);
    let fd_cut = (fd as f64 * u32::MAX as f64) as u32;
    let mut mask: Vec<f32> = Vec::new();
    for epoch in 0..p.epochs {
        rng.shuffle(&mut order);
        for &(r, w) in &order {
            let f = &x[r];
            mask.clear();
            if fd > 0.0 {
                mask.extend((0..f.idx.len()).map(|_| {
                    if ((drop_rng.next() >> 16) as u32) < fd_cut {
                        0.0
                    } else {
                        fd_keep
                    }
                }));
            } else {
                mask.resize(f.idx.len(), 1.0);
            }
            let mut margin = m.bias;
            for (j, (&i, &v)) in f.idx.iter().zip(&f.val).enumerate() {
                let i = i as usize;
                margin += m.weights[i] * v * s[i] * mask[j];
            }
            let cw = if y[r] { p.pos_weight } else { 1.0 } * w;
            let gr = p.loss.grad(margin, y[r]) * cw;
            if gr == 0.0 && p.l2 == 0.0 {
                continue;
            }
            for (j, (&i, &v)) in f.idx.iter().zip(&f.val).enumerate() {
                if mask[j] == 0.0 {
                    continue;
                }
                let i = i as usize;
                let grad = gr * v * s[i] * mask[j] + p.l2 * m.weights[i];
                g2[i] += grad * grad;
                let step = p.lr / g2[i].sqrt();
                let mut wi = m.weights[i] - step * grad;
                if p.l1 > 0.0 {
                    let t = step * p.l1;
                    wi = wi.signum() * (wi.abs() - t).max(0.0);
                }
                m.weights[i] = wi;
            }
            gb += gr * gr;
            m.bias -= p.lr * gr / gb.sqrt();
        }
        if p.average && epoch >= avg_from {
            avg.add(&m);
        }
    }
    avg.finish(m, &s)
}

/// The per-bucket scale when it fits `n` buckets, else all ones.
fn scale_or_ones(scale: Option<&[f32]>, n: usize) -> std::borrow::Cow<'_, [f32]> {
    match scale {
        Some(s) if s.len() == n => std::borrow::Cow::Borrowed(s),
        _ => std::borrow::Cow::Owned(vec![1f32; n]),
    }
}

/// The running sum of a model's weights over the epochs averaged
/// (`Params::average`).
#[derive(Default)]
struct Average {
    sum: Option<(Vec<f32>, f32, u32)>,
}

impl Average {
    fn add(&mut self, m: &LinearModel) {
        let (aw, ab, k) = self
            .sum
            .get_or_insert_with(|| (vec![0f32; m.weights.len()], 0.0, 0));
        for (a, w) in aw.iter_mut().zip(&m.weights) {
            *a += w;
        }
        *ab += m.bias;
        *k += 1;
    }

    /// The averaged model (or `m` when nothing was averaged), with the
    /// per-bucket scale `s` folded into its weights.
    fn finish(self, mut m: LinearModel, s: &[f32]) -> LinearModel {
        if let Some((aw, ab, k)) = self.sum {
            let k = k as f32;
            m.weights = aw.into_iter().map(|w| w / k).collect();
            m.bias = ab / k;
        }
        for (w, sc) in m.weights.iter_mut().zip(s) {
            *w *= sc;
        }
        m
    }
}

/// NB-SVM style log-count ratios per bucket over the training rows
/// (Wang & Manning 2012): `r = ln((α + pos_i)/|α + pos|₁) − ln((α + neg_i)/|α + neg|₁)`
/// with presence counts, turned into the feature scale
/// `(1 − β) + β·|r|` (the model learns the sign; |r| says how much a
/// feature is worth trusting).
pub fn nb_scale(
    x: &[FeatureVec],
    y: &[bool],
    rows: &[(usize, f32)],
    bits: u32,
    nb: Nb,
) -> Vec<f32> {
    let n = 1usize << bits;
    let mut pos = vec![0f32; n];
    let mut neg = vec![0f32; n];
    for &(r, w) in rows {
        let c = if y[r] { &mut pos } else { &mut neg };
        for (&i, &v) in x[r].idx.iter().zip(&x[r].val) {
            if v != 0.0 {
                if let Some(c) = c.get_mut(i as usize) {
                    *c += w;
                }
            }
        }
    }
    let sp: f32 = pos.iter().sum::<f32>() + nb.alpha * n as f32;
    let sn: f32 = neg.iter().sum::<f32>() + nb.alpha * n as f32;
    pos.iter()
        .zip(&neg)
        .map(|(&p, &q)| {
            let r = ((nb.alpha + p) / sp).ln() - ((nb.alpha + q) / sn).ln();
            (1.0 - nb.beta) + nb.beta * r.abs()
        })
        .collect()
}

/// NB weighting settings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nb {
    /// Smoothing count per bucket.
    pub alpha: f32,
    /// Share of the scale taken from |r| (0 = plain features).
    pub beta: f32,
}

/// One model of an ensemble, trained on some feature groups only; the
/// ensemble's margin is the weighted sum of the members' margins, which is
/// again one linear model over the shared buckets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct View {
    pub words: bool,
    pub chars: bool,
    pub weight: f32,
}

/// A task's features: the full vectors (for scoring) and one set per
/// ensemble member.
pub struct Featurized {
    pub full: Vec<FeatureVec>,
    pub views: Vec<Vec<FeatureVec>>,
}

/// Featurise `texts` for `recipe` (full vectors plus one per view).
pub fn featurize_recipe(texts: &[&str], recipe: &Recipe) -> Featurized {
    let full = featurize(texts, &recipe.cfg);
    let views = recipe
        .views
        .iter()
        .map(|v| {
            let w = |x: f32| if v.words { x } else { 0.0 };
            let cfg = FeatureConfig {
                word: w(recipe.cfg.word),
                bigram: w(recipe.cfg.bigram),
                trigram: w(recipe.cfg.trigram),
                skip: w(recipe.cfg.skip),
                edge: w(recipe.cfg.edge),
                chars: if v.chars { recipe.cfg.chars } else { 0.0 },
                cased: if v.chars { recipe.cfg.cased } else { 0.0 },
                ..recipe.cfg
            };
            featurize(texts, &cfg)
                .into_iter()
                .map(|mut f| {
                    // Drop the switched-off groups (value 0).
                    let mut k = 0;
                    for j in 0..f.idx.len() {
                        if f.val[j] != 0.0 {
                            f.idx[k] = f.idx[j];
                            f.val[k] = f.val[j];
                            k += 1;
                        }
                    }
                    f.idx.truncate(k);
                    f.val.truncate(k);
                    f
                })
                .collect()
        })
        .collect();
    Featurized { full, views }
}

/// Fit `recipe` (NB scales, ensemble members, seed soup) on `rows`.
pub fn fit_recipe(
    fx: &Featurized,
    y: &[bool],
    rows: &[(usize, f32)],
    recipe: &Recipe,
    seed: u64,
) -> LinearModel {
    let single = [View {
        words: true,
        chars: true,
        weight: 1.0,
    }];
    let (views, xs): (&[View], Vec<&[FeatureVec]>) = if recipe.views.is_empty() {
        (&single, vec![&fx.full[..]])
    } else {
        (&recipe.views, fx.views.iter().map(|v| &v[..]).collect())
    };
    let mut out = LinearModel::zeros(recipe.cfg);
    let soup = recipe.soup.max(1);
    for (v, x) in views.iter().zip(xs) {
        let scale = recipe
            .nb
            .map(|nb| nb_scale(x, y, rows, recipe.cfg.bits, nb));
        for s in 0..soup {
            let bagged;
            let rows = if recipe.bag {
                bagged = bootstrap(rows, seed.wrapping_add(77 * s as u64 + 1));
                &bagged[..]
            } else {
                rows
            };
            let m = fit_scaled(
                x,
                y,
                rows,
                scale.as_deref(),
                recipe.cfg,
                recipe.params,
                seed.wrapping_add(1000 * s as u64),
            );
            let k = v.weight / soup as f32;
            for (o, w) in out.weights.iter_mut().zip(&m.weights) {
                *o += k * w;
            }
            out.bias += k * m.bias;
        }
    }
    out
}

/// A bootstrap sample of `rows` (as many draws as rows, with
/// replacement), each drawn row once with its weight times its count.
fn bootstrap(rows: &[(usize, f32)], seed: u64) -> Vec<(usize, f32)> {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut count = vec![0u32; rows.len()];
    for _ in 0..rows.len() {
        count[(rng.next() % rows.len() as u64) as usize] += 1;
    }
    rows.iter()
        .zip(&count)
        .filter(|(_, &c)| c > 0)
        .map(|(&(r, w), &c)| (r, w * c as f32))
        .collect()
}

/// Area under the ROC curve of `probs` for labels `y` (ties count half).
pub fn auc(probs: &[f32], y: &[bool]) -> f64 {
    let mut v: Vec<(f32, bool)> = probs.iter().copied().zip(y.iter().copied()).collect();
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut rank_sum, mut pos) = (0f64, 0f64);
    let mut i = 0;
    while i < v.len() {
        let mut j = i;
        while j < v.len() && v[j].0 == v[i].0 {
            j += 1;
        }
        let mid = (i + j + 1) as f64 / 2.0;
        for e in &v[i..j] {
            if e.1 {
                rank_sum += mid;
                pos += 1.0;
            }
        }
        i = j;
    }
    let neg = v.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return 0.5;
    }
    (rank_sum - pos * (pos + 1.0) / 2.0) / (pos * neg)
}

/// Stratified fold of every example (deterministic).
pub fn stratified_folds(y: &[bool], k: usize, seed: u64) -> Vec<usize> {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let mut fold = vec![0; y.len()];
    for class in [true, false] {
        let mut idx: Vec<usize> = (0..y.len()).filter(|&i| y[i] == class).collect();
        rng.shuffle(&mut idx);
        for (j, &i) in idx.iter().enumerate() {
            fold[i] = j % k;
        }
    }
    fold
}

/// Binary classification figures at one threshold.
#[derive(Debug, Clone, Copy, Default)]
pub struct Metrics {
    pub f1_pos: f64,
    pub macro_f1: f64,
    pub accuracy: f64,
}

pub fn metrics(probs: &[f32], y: &[bool], threshold: f32) -> Metrics {
    metrics_weighted(probs, y, threshold, 1.0)
}

/// Metrics with each positive example counted `pos_w` times (to evaluate
/// at a class balance other than the sample's).
pub fn metrics_weighted(probs: &[f32], y: &[bool], threshold: f32, pos_w: f64) -> Metrics {
    let (mut tp, mut fp, mut tn, mut fn_) = (0f64, 0f64, 0f64, 0f64);
    for (&p, &l) in probs.iter().zip(y) {
        match (p >= threshold, l) {
            (true, true) => tp += pos_w,
            (true, false) => fp += 1.0,
            (false, false) => tn += 1.0,
            (false, true) => fn_ += pos_w,
        }
    }
    let f1 = |tp: f64, fp: f64, fn_: f64| {
        if tp == 0.0 {
            0.0
        } else {
            2.0 * tp / (2.0 * tp + fp + fn_)
        }
    };
    let pos = f1(tp, fp, fn_);
    let neg = f1(tn, fn_, fp);
    Metrics {
        f1_pos: pos,
        macro_f1: (pos + neg) / 2.0,
        accuracy: (tp + tn) / (tp + tn + fp + fn_).max(1.0),
    }
}

/// What a threshold is tuned to maximise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Objective {
    MacroF1,
    /// F1 of the positive class when positives make up `percent` % of posts
    /// (the irony training set is balanced; real streams are not).
    PositiveF1AtShare {
        percent: u32,
    },
}

impl Objective {
    fn of(self, m: &Metrics) -> f64 {
        match self {
            Objective::MacroF1 => m.macro_f1,
            Objective::PositiveF1AtShare { .. } => m.f1_pos,
        }
    }

    fn pos_weight(self, y: &[bool]) -> f64 {
        match self {
            Objective::MacroF1 => 1.0,
            Objective::PositiveF1AtShare { percent } => {
                let pos = y.iter().filter(|&&l| l).count().max(1) as f64;
                let neg = (y.len() as f64 - pos).max(1.0);
                let share = percent as f64 / 100.0;
                share / (1.0 - share) * neg / pos
            }
        }
    }
}

/// The threshold in [0.05, 0.95] that maximises `obj`.
pub fn best_threshold(probs: &[f32], y: &[bool], obj: Objective) -> (f32, f64) {
    let mut best = (0.5, f64::MIN);
    let w = obj.pos_weight(y);
    for t in 5..=95 {
        let t = t as f32 / 100.0;
        let v = obj.of(&metrics_weighted(probs, y, t, w));
        if v > best.1 + 1e-9 {
            best = (t, v);
        }
    }
    best
}

/// Self-training: pseudo-labels from a teacher on unlabelled posts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SelfTraining {
    /// Teacher probability at or above which a post becomes a positive.
    pub hi: f32,
    /// At or below which it becomes a negative.
    pub lo: f32,
    /// Example weight of pseudo-labelled posts.
    pub weight: f32,
}

/// Fit a model on `train` rows, optionally self-trained on `unlabelled`
/// (whose features sit after the labelled ones).
fn fit_with(
    fx: &Featurized,
    y: &mut [bool],
    train: &[usize],
    unlabelled: std::ops::Range<usize>,
    recipe: &Recipe,
    seed: u64,
) -> LinearModel {
    let rows: Vec<(usize, f32)> = train.iter().map(|&i| (i, 1.0)).collect();
    let teacher = fit_recipe(fx, y, &rows, recipe, seed);
    let Some(st) = recipe.self_training else {
        return teacher;
    };
    let mut rows = rows;
    for u in unlabelled {
        let pr = teacher.prob(&fx.full[u]);
        if pr >= st.hi {
            y[u] = true;
            rows.push((u, st.weight));
        } else if pr <= st.lo {
            y[u] = false;
            rows.push((u, st.weight));
        }
    }
    fit_recipe(fx, y, &rows, recipe, seed ^ 0x5555)
}

/// Out-of-fold probabilities and per-fold metrics of one configuration.
#[derive(Debug, Clone)]
pub struct CvResult {
    pub oof: Vec<f32>,
    pub threshold: f32,
    pub folds: Vec<Metrics>,
    /// Pooled out-of-fold metrics at the objective's class share.
    pub at_share: Metrics,
}

impl CvResult {
    pub fn mean_sd(&self, f: impl Fn(&Metrics) -> f64) -> (f64, f64) {
        let v: Vec<f64> = self.folds.iter().map(f).collect();
        let n = v.len().max(1) as f64;
        let mean = v.iter().sum::<f64>() / n;
        let var = v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0).max(1.0);
        (mean, var.sqrt())
    }
}

/// Out-of-fold probabilities of rows `0..n` of `fx`: for each fold `f`
/// (in parallel), `fit(f, rows of the other folds)` trains the model that
/// scores the rows of fold `f`.
fn out_of_fold(
    fx: &Featurized,
    n: usize,
    fold: &[usize],
    k: usize,
    fit: impl Fn(usize, Vec<usize>) -> LinearModel + Sync,
) -> Vec<f32> {
    let per_fold: Vec<Vec<(usize, f32)>> = (0..k)
        .into_par_iter()
        .map(|f| {
            let m = fit(f, (0..n).filter(|&i| fold[i] != f).collect());
            (0..n)
                .filter(|&i| fold[i] == f)
                .map(|i| (i, m.prob(&fx.full[i])))
                .collect()
        })
        .collect();
    let mut oof = vec![0f32; n];
    for fp in &per_fold {
        for &(i, p) in fp {
            oof[i] = p;
        }
    }
    oof
}

/// Metrics of each of the `k` folds of the rows `fold` covers, at
/// `threshold`.
fn fold_metrics(oof: &[f32], y: &[bool], fold: &[usize], k: usize, threshold: f32) -> Vec<Metrics> {
    (0..k)
        .map(|f| {
            let (pp, yy): (Vec<f32>, Vec<bool>) = (0..fold.len())
                .filter(|&i| fold[i] == f)
                .map(|i| (oof[i], y[i]))
                .unzip();
            metrics(&pp, &yy, threshold)
        })
        .collect()
}

/// k-fold cross-validation. `fx` holds the labelled rows (`0..n_labelled`)
/// followed by unlabelled rows for self-training.
pub fn cross_validate(
    fx: &Featurized,
    y: &[bool],
    n_labelled: usize,
    k: usize,
    recipe: &Recipe,
    obj: Objective,
    seed: u64,
) -> CvResult {
    let fold = stratified_folds(&y[..n_labelled], k, seed);
    let oof = out_of_fold(fx, n_labelled, &fold, k, |f, train| {
        let mut yy = y.to_vec();
        fit_with(
            fx,
            &mut yy,
            &train,
            n_labelled..fx.full.len(),
            recipe,
            seed + f as u64,
        )
    });
    let (threshold, _) = best_threshold(&oof, &y[..n_labelled], obj);
    let folds = fold_metrics(&oof, y, &fold[..n_labelled], k, threshold);
    let w = obj.pos_weight(&y[..n_labelled]);
    let at_share = metrics_weighted(&oof, &y[..n_labelled], threshold, w);
    CvResult {
        oof,
        threshold,
        folds,
        at_share,
    }
}

/// Options of [`train_all`].
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Folder with `complaints/train.csv`, `irony/{train,val}.tsv`, `twcs/sample.csv`.
    pub data: PathBuf,
    /// Where `complaint.bin` and `irony.bin` are written.
    pub out: PathBuf,
    pub folds: usize,
    pub seed: u64,
    /// Use at most this many examples per task (for quick runs and tests).
    pub limit: Option<usize>,
    /// Try the hyper-parameter grid instead of the shipped settings.
    pub search: bool,
    /// The triage scenario suite (`tests/scenarios`); with it the urgency
    /// model is trained too.
    pub scenarios: Option<PathBuf>,
    /// The demo day (`demo/`), more labelled posts for the urgency model.
    pub demo: Option<PathBuf>,
}

/// The shipped training recipe of each task.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipe {
    pub cfg: FeatureConfig,
    pub params: Params,
    pub self_training: Option<SelfTraining>,
    /// NB log-count-ratio feature scaling.
    pub nb: Option<Nb>,
    /// Ensemble members; empty = one model over all features.
    pub views: Vec<View>,
    /// Models with different shuffling seeds averaged (a "soup").
    pub soup: u32,
    /// Train each soup member on a bootstrap sample of the rows (bagging;
    /// the members' weights are averaged into one model).
    pub bag: bool,
}

impl Recipe {
    /// One logistic regression over `cfg` with the default optimiser: no
    /// self-training, NB scaling, ensemble, soup or bagging.
    pub fn plain(cfg: FeatureConfig) -> Recipe {
        Recipe {
            cfg,
            params: Params::default(),
            self_training: None,
            nb: None,
            views: Vec::new(),
            soup: 1,
            bag: false,
        }
    }
}

pub fn complaint_recipe() -> Recipe {
    Recipe {
        cfg: FeatureConfig {
            bits: 19,
            max_char: 4,
            cues: false,
            ..FeatureConfig::default()
        },
        params: Params {
            lr: 0.1,
            ..Params::default()
        },
        self_training: None,
        // 10-fold CV macro-F1 0.839 → 0.840 (seed 7), 0.832 → 0.839 (seed
        // 11). Stronger scaling (β 0.5–1) scored up to 0.842 but made the
        // model miss indirect complaints without complaint words in the
        // scenario suite ("standing every single morning").
        nb: Some(Nb {
            alpha: 1.0,
            beta: 0.25,
        }),
        views: Vec::new(),
        soup: 1,
        bag: false,
    }
}

/// The complaint model's features plus extra groups (word trigrams, skip
/// bigrams, first/last tokens, token-kind n-grams; one pass over a post's
/// features still scores both), trained slower, longer and with more L2
/// than the complaint model. 10-fold CV, F1 of the ironic class at a 40 %
/// share: 0.630 → 0.645 (seed 7), 0.634 → 0.644 (seed 11). Case-preserved
/// char n-grams (`cased`) added ~0.002 but cost ~1 µs a post, so they are
/// off; the crate README lists what else was tried.
pub fn irony_recipe() -> Recipe {
    Recipe {
        cfg: FeatureConfig {
            cased: 0.0,
            trigram: 0.5,
            skip: 0.5,
            shape: 0.8,
            edge: 0.7,
            ..complaint_recipe().cfg
        },
        params: Params {
            lr: 0.03,
            epochs: 20,
            l2: 3e-3,
            ..Params::default()
        },
        ..Recipe::plain(complaint_recipe().cfg)
    }
}

/// The urgency model: the complaint model's features (one pass over a post
/// scores all three models), plain logistic regression, urgent posts
/// weighted up (they are one in six of the scenario posts and rarer in the
/// real-text negatives).
pub fn urgency_recipe() -> Recipe {
    Recipe {
        params: Params {
            lr: 0.1,
            pos_weight: 3.0,
            ..Params::default()
        },
        ..Recipe::plain(complaint_recipe().cfg)
    }
}

/// Share of real posts (none of them written for the suite) the urgency
/// threshold may flag out of fold: one in a thousand.
pub const URGENCY_REAL_FLAG_RATE: f64 = 0.001;
/// Share of the other scenario posts of brands held out that it may flag.
/// The real posts alone would allow a much lower threshold: they are
/// written unlike the suite's, so they are easy negatives.
pub const URGENCY_FALSE_RATE: f64 = 0.02;

/// Out-of-fold figures of the urgency model at one threshold.
#[derive(Debug, Clone, Copy, Default)]
pub struct UrgencyFigures {
    pub threshold: f32,
    /// Urgent scenario posts at or above the threshold.
    pub recall: f64,
    /// Other scenario posts at or above it.
    pub false_rate: f64,
    /// Real posts at or above it.
    pub real_rate: f64,
}

fn urgency_figures(oof: &[f32], y: &[bool], real: &[bool], t: f32) -> UrgencyFigures {
    let (mut up, mut u, mut op, mut o, mut rp, mut r) = (0, 0, 0, 0, 0, 0);
    for ((&p, &yy), &re) in oof.iter().zip(y).zip(real) {
        let hit = p >= t;
        match (re, yy) {
            (true, _) => {
                r += 1;
                rp += usize::from(hit);
            }
            (false, true) => {
                u += 1;
                up += usize::from(hit);
            }
            (false, false) => {
                o += 1;
                op += usize::from(hit);
            }
        }
    }
    let share = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    UrgencyFigures {
        threshold: t,
        recall: share(up, u),
        false_rate: share(op, o),
        real_rate: share(rp, r),
    }
}

/// Train the urgency model on the scenario suite's posts (positives: the
/// urgent ones; negatives: the rest) plus real posts as negatives, with
/// whole brands held out in each fold, so the figures say how it does on
/// a business it has not seen. The threshold is the lowest at which at
/// most [`URGENCY_REAL_FLAG_RATE`] of the real posts and
/// [`URGENCY_FALSE_RATE`] of the other scenario posts are flagged out of
/// fold.
fn train_urgency(
    scenarios: &[ScenarioExample],
    real: &[String],
    opts: &TrainOptions,
    log: &mut dyn Write,
) -> Result<TaskReport, TrainError> {
    let recipe = urgency_recipe();
    let mut brands: Vec<&str> = scenarios.iter().map(|e| e.brand.as_str()).collect();
    brands.sort_unstable();
    brands.dedup();
    let k = opts.folds.min(brands.len()).max(2);
    if brands.len() < 2 {
        return Err(data_err(
            &opts.data,
            "urgency: the scenario posts of at least two brands are needed",
        ));
    }
    let mut texts: Vec<&str> = scenarios.iter().map(|e| e.text.as_str()).collect();
    texts.extend(real.iter().map(String::as_str));
    let mut y: Vec<bool> = scenarios.iter().map(|e| e.urgent).collect();
    y.resize(texts.len(), false);
    let is_real: Vec<bool> = (0..texts.len()).map(|i| i >= scenarios.len()).collect();
    let fold: Vec<usize> = scenarios
        .iter()
        .map(|e| brands.binary_search(&e.brand.as_str()).unwrap_or(0) % k)
        .chain((0..real.len()).map(|j| j % k))
        .collect();
    let positives = y.iter().filter(|&&l| l).count();
    writeln!(
        log,
        "urgency: {} scenario posts of {} brands ({positives} urgent) and {} real posts as negatives; {k} folds of whole brands",
        scenarios.len(),
        brands.len(),
        real.len()
    )?;
    let fx = featurize_recipe(&texts, &recipe);
    let oof = out_of_fold(&fx, texts.len(), &fold, k, |f, train| {
        let rows: Vec<(usize, f32)> = train.into_iter().map(|i| (i, 1.0)).collect();
        fit_recipe(&fx, &y, &rows, &recipe, opts.seed + f as u64)
    });
    let grid = |t: u32| urgency_figures(&oof, &y, &is_real, t as f32 / 100.0);
    let chosen = (5..=99)
        .map(grid)
        .find(|g| g.real_rate <= URGENCY_REAL_FLAG_RATE && g.false_rate <= URGENCY_FALSE_RATE)
        .unwrap_or_else(|| grid(99));
    let scen = scenarios.len();

    writeln!(
        log,
        "  AUC on the scenario posts {:.3}; out of fold, by threshold:",
        auc(&oof[..scen], &y[..scen])
    )?;
    for g in [30, 40, 50, 60, 70, 80]
        .map(grid)
        .into_iter()
        .chain([chosen])
    {
        writeln!(
            log,
            "  thr {:.2}{}  urgent posts caught {:.3}  other scenario posts flagged {:.3}  real posts flagged {:.4}",
            g.threshold,
            if g.threshold == chosen.threshold { " (shipped)" } else { "" },
            g.recall,
            g.false_rate,
            g.real_rate
        )?;
    }
    let folds = fold_metrics(&oof, &y, &fold[..scen], k, chosen.threshold);
    let cv = CvResult {
        oof: Vec::new(),
        threshold: chosen.threshold,
        folds,
        at_share: Metrics::default(),
    };
    let rows: Vec<(usize, f32)> = (0..texts.len()).map(|i| (i, 1.0)).collect();
    let mut model = fit_recipe(&fx, &y, &rows, &recipe, opts.seed);
    model.threshold = chosen.threshold;
    std::fs::create_dir_all(&opts.out)?;
    let path = opts.out.join("urgency.bin");
    std::fs::write(&path, model.to_bytes())?;
    Ok(TaskReport {
        name: "urgency",
        examples: texts.len(),
        threshold: chosen.threshold,
        f1_pos: cv.mean_sd(|m| m.f1_pos),
        macro_f1: cv.mean_sd(|m| m.macro_f1),
        accuracy: cv.mean_sd(|m| m.accuracy),
        path,
    })
}

/// The `--search` grid: one dimension at a time around `base`.
pub fn search_variants(base: &Recipe) -> Vec<Recipe> {
    let c = base.cfg;
    let p = base.params;
    let with_cfg = |cfg: FeatureConfig| Recipe {
        cfg,
        ..base.clone()
    };
    let with_p = |params: Params| Recipe {
        params,
        ..base.clone()
    };
    let mut v = vec![
        with_cfg(FeatureConfig {
            chars: c.chars * 0.7,
            ..c
        }),
        with_cfg(FeatureConfig {
            chars: c.chars * 1.4,
            ..c
        }),
        with_cfg(FeatureConfig {
            lexicon: c.lexicon * 2.0,
            ..c
        }),
        with_cfg(FeatureConfig { lexicon: 0.0, ..c }),
        with_cfg(FeatureConfig { bigram: 0.0, ..c }),
        with_cfg(FeatureConfig { max_char: 5, ..c }),
        with_cfg(FeatureConfig { cues: !c.cues, ..c }),
        with_cfg(FeatureConfig {
            cased: if c.cased > 0.0 { 0.0 } else { 1.0 },
            ..c
        }),
        with_cfg(FeatureConfig { trigram: 0.0, ..c }),
        with_cfg(FeatureConfig { skip: 0.0, ..c }),
        with_cfg(FeatureConfig { shape: 0.0, ..c }),
        with_cfg(FeatureConfig { edge: 0.0, ..c }),
        with_p(Params {
            l2: p.l2 * 10.0,
            ..p
        }),
        with_p(Params {
            l2: p.l2 * 0.1,
            ..p
        }),
        with_p(Params {
            lr: p.lr * 0.5,
            ..p
        }),
        with_p(Params {
            lr: p.lr * 2.0,
            ..p
        }),
        with_p(Params {
            epochs: (p.epochs / 2).max(1),
            ..p
        }),
        with_p(Params {
            epochs: p.epochs * 2,
            ..p
        }),
        with_p(Params {
            average: !p.average,
            ..p
        }),
        with_p(Params {
            pos_weight: 1.5,
            ..p
        }),
    ];
    for nb in [
        None,
        Some(Nb {
            alpha: 1.0,
            beta: 0.5,
        }),
        Some(Nb {
            alpha: 1.0,
            beta: 1.0,
        }),
        Some(Nb {
            alpha: 0.5,
            beta: 0.75,
        }),
    ] {
        if nb != base.nb {
            v.push(Recipe { nb, ..base.clone() });
        }
    }
    let members = |ww: f32, cw: f32| {
        vec![
            View {
                words: true,
                chars: false,
                weight: ww,
            },
            View {
                words: false,
                chars: true,
                weight: cw,
            },
        ]
    };
    for views in [
        Vec::new(),
        members(0.5, 0.5),
        members(0.6, 0.6),
        members(0.4, 0.6),
    ] {
        if views != base.views {
            v.push(Recipe {
                views,
                ..base.clone()
            });
        }
    }
    for soup in [1, 3] {
        if soup != base.soup {
            v.push(Recipe {
                soup,
                ..base.clone()
            });
        }
    }
    for st in [
        None,
        Some(SelfTraining {
            hi: 0.8,
            lo: 0.2,
            weight: 0.3,
        }),
        Some(SelfTraining {
            hi: 0.9,
            lo: 0.1,
            weight: 0.5,
        }),
    ] {
        if st != base.self_training {
            v.push(Recipe {
                self_training: st,
                ..base.clone()
            });
        }
    }
    v
}

/// Summary of one trained task.
#[derive(Debug, Clone)]
pub struct TaskReport {
    pub name: &'static str,
    pub examples: usize,
    pub threshold: f32,
    pub f1_pos: (f64, f64),
    pub macro_f1: (f64, f64),
    pub accuracy: (f64, f64),
    pub path: PathBuf,
}

fn report_line(log: &mut dyn Write, label: &str, r: &CvResult) -> std::io::Result<()> {
    let (f, fs) = r.mean_sd(|m| m.f1_pos);
    let (mf, mfs) = r.mean_sd(|m| m.macro_f1);
    let (a, as_) = r.mean_sd(|m| m.accuracy);
    writeln!(
        log,
        "  {label:<44} thr {:.2}  F1(pos) {f:.3} ± {fs:.3}  macro-F1 {mf:.3} ± {mfs:.3}  acc {a:.3} ± {as_:.3}  (at target share: F1(pos) {:.3} macro-F1 {:.3})",
        r.threshold, r.at_share.f1_pos, r.at_share.macro_f1
    )
}

#[allow(clippy::too_many_arguments)]
fn train_task(
    name: &'static str,
    labelled: &[Example],
    unlabelled: &[String],
    recipe: Recipe,
    obj: Objective,
    opts: &TrainOptions,
    log: &mut dyn Write,
) -> Result<TaskReport, TrainError> {
    let mut texts: Vec<&str> = labelled.iter().map(|e| e.text.as_str()).collect();
    let n = texts.len();
    if n < opts.folds * 2 {
        return Err(TrainError::Data {
            path: opts.data.display().to_string(),
            message: format!(
                "{name}: {n} examples are too few for {}-fold CV",
                opts.folds
            ),
        });
    }
    let mut y: Vec<bool> = labelled.iter().map(|e| e.label).collect();
    texts.extend(unlabelled.iter().map(String::as_str));
    y.resize(texts.len(), false);
    let positives = labelled.iter().filter(|e| e.label).count();
    writeln!(
        log,
        "{name}: {n} labelled examples ({positives} positive), {} unlabelled; {}-fold CV",
        unlabelled.len(),
        opts.folds
    )?;

    let mut best: (Recipe, CvResult, f64) = {
        let fx = featurize_recipe(&texts, &recipe);
        let r = cross_validate(&fx, &y, n, opts.folds, &recipe, obj, opts.seed);
        report_line(log, "shipped recipe", &r)?;
        let score = obj.of(&r.at_share);
        (recipe, r, score)
    };

    if opts.search {
        // One dimension at a time around the shipped recipe.
        let base = best.0.clone();
        let mut variants = search_variants(&base);
        if unlabelled.is_empty() {
            variants.retain(|v| v.self_training.is_none());
        }
        for recipe in variants {
            let fx = featurize_recipe(&texts, &recipe);
            let r = cross_validate(&fx, &y, n, opts.folds, &recipe, obj, opts.seed);
            let score = obj.of(&r.at_share);
            writeln!(log, "  {recipe:?}")?;
            report_line(log, "", &r)?;
            if score > best.2 {
                best = (recipe, r, score);
            }
        }
        writeln!(log, "  best: {:?}", best.0)?;
    }

    // Final model on everything, with the CV-chosen threshold.
    let (recipe, cv, _) = best;
    let fx = featurize_recipe(&texts, &recipe);
    let all: Vec<usize> = (0..n).collect();
    let mut yy = y.clone();
    let mut model = fit_with(&fx, &mut yy, &all, n..fx.full.len(), &recipe, opts.seed);
    model.threshold = cv.threshold;
    std::fs::create_dir_all(&opts.out)?;
    let path = opts.out.join(format!("{name}.bin"));
    std::fs::write(&path, model.to_bytes())?;
    Ok(TaskReport {
        name,
        examples: n,
        threshold: cv.threshold,
        f1_pos: cv.mean_sd(|m| m.f1_pos),
        macro_f1: cv.mean_sd(|m| m.macro_f1),
        accuracy: cv.mean_sd(|m| m.accuracy),
        path,
    })
}

fn limited<T: Clone>(v: Vec<T>, limit: Option<usize>) -> Vec<T> {
    match limit {
        Some(l) if l < v.len() => {
            // Spread the subset over the file rather than taking its head.
            let step = v.len() as f64 / l as f64;
            (0..l)
                .map(|i| v[(i as f64 * step) as usize].clone())
                .collect()
        }
        _ => v,
    }
}

/// Train the complaint and irony models with k-fold CV, print the figures
/// to `log` and write the models to `opts.out`.
pub fn train_all(opts: &TrainOptions, log: &mut dyn Write) -> Result<Vec<TaskReport>, TrainError> {
    let complaints = limited(
        load_complaints(&opts.data.join("complaints/train.csv"))?,
        opts.limit,
    );
    let twcs_path = opts.data.join("twcs/sample.csv");
    let twcs = if twcs_path.exists() {
        limited(load_twcs_inbound(&twcs_path)?, opts.limit)
    } else {
        Vec::new()
    };
    let mut irony = load_irony(&opts.data.join("irony/train.tsv"))?;
    let val = opts.data.join("irony/val.tsv");
    if val.exists() {
        irony.extend(load_irony(&val)?);
    }
    let irony = limited(irony, opts.limit);

    let mut reports = Vec::new();
    let recipe = complaint_recipe();
    let twcs = if recipe.self_training.is_some() || opts.search {
        twcs
    } else {
        Vec::new()
    };
    reports.push(train_task(
        "complaint",
        &complaints,
        &twcs,
        recipe,
        Objective::MacroF1,
        opts,
        log,
    )?);
    reports.push(train_task(
        "irony",
        &irony,
        &[],
        irony_recipe(),
        Objective::PositiveF1AtShare { percent: 40 },
        opts,
        log,
    )?);
    if let Some(dir) = &opts.scenarios {
        let mut scenarios = load_scenarios(dir)?;
        if let Some(demo) = &opts.demo {
            scenarios.extend(load_demo(demo)?);
        }
        let mut real: Vec<String> = load_complaints(&opts.data.join("complaints/train.csv"))?
            .into_iter()
            .map(|e| e.text)
            .collect();
        if twcs_path.exists() {
            real.extend(load_twcs_inbound(&twcs_path)?);
        }
        let real = limited(real, opts.limit);
        reports.push(train_urgency(&scenarios, &real, opts, log)?);
    }
    for r in &reports {
        writeln!(
            log,
            "{}: {} examples, threshold {:.2}, CV F1(pos) {:.3} ± {:.3}, macro-F1 {:.3} ± {:.3}, accuracy {:.3} ± {:.3} → {}",
            r.name,
            r.examples,
            r.threshold,
            r.f1_pos.0,
            r.f1_pos.1,
            r.macro_f1.0,
            r.macro_f1.1,
            r.accuracy.0,
            r.accuracy.1,
            r.path.display()
        )?;
    }
    Ok(reports)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> (Vec<&'static str>, Vec<bool>) {
        let pos = [
            "my router is broken again",
            "broken phone and no answer",
            "the app is broken and useless",
            "still broken after three days",
        ];
        let neg = [
            "lovely morning by the sea",
            "what a lovely view",
            "lovely dinner with friends",
            "had a lovely time today",
        ];
        let texts: Vec<&str> = pos.iter().chain(neg.iter()).copied().collect();
        let y = (0..8).map(|i| i < 4).collect();
        (texts, y)
    }

    fn small_cfg() -> FeatureConfig {
        FeatureConfig {
            bits: 12,
            max_char: 3,
            ..FeatureConfig::default()
        }
    }

    #[test]
    fn nb_scale_favours_features_of_one_class() {
        let (texts, y) = toy();
        let cfg = small_cfg();
        let x = featurize(&texts, &cfg);
        let rows: Vec<(usize, f32)> = (0..y.len()).map(|i| (i, 1.0)).collect();
        let nb = Nb {
            alpha: 0.5,
            beta: 1.0,
        };
        let s = nb_scale(&x, &y, &rows, cfg.bits, nb);
        let word = |t: &str| {
            let fx = featurize(&[t], &cfg);
            fx[0].idx[0] as usize
        };
        // "broken" only in complaints, "lovely" only in the others, "zebra"
        // nowhere: the one-sided words get large scales whatever their side.
        let (broken, lovely, zebra) = (s[word("broken")], s[word("lovely")], s[word("zebra")]);
        assert!(broken > 1.0 && lovely > 1.0, "{broken} {lovely}");
        assert!(zebra < 0.2, "{zebra}");
        assert!(s.iter().all(|v| v.is_finite() && *v >= 0.0));
    }

    #[test]
    fn scales_fold_into_the_weights() {
        let (texts, y) = toy();
        let cfg = small_cfg();
        let x = featurize(&texts, &cfg);
        let doubled: Vec<FeatureVec> = x
            .iter()
            .map(|f| {
                let mut g = f.clone();
                g.val.iter_mut().for_each(|v| *v *= 2.0);
                g
            })
            .collect();
        let rows: Vec<(usize, f32)> = (0..y.len()).map(|i| (i, 1.0)).collect();
        let p = Params::default();
        let scale = vec![2.0f32; 1 << cfg.bits];
        let a = fit_scaled(&x, &y, &rows, Some(&scale), cfg, p, 3);
        let b = fit(&doubled, &y, &rows, cfg, p, 3);
        for (wa, wb) in a.weights.iter().zip(&b.weights) {
            assert!((wa - 2.0 * wb).abs() < 1e-5, "{wa} vs {wb}");
        }
        // Scored on the plain features, the folded model gives the margin
        // the scaled training saw.
        for (fa, fb) in x.iter().zip(&doubled) {
            assert!((a.margin(fa) - b.margin(fb)).abs() < 1e-4);
        }
    }

    #[test]
    fn every_recipe_kind_learns_the_toy_task() {
        let (texts, y) = toy();
        let base = Recipe {
            cfg: small_cfg(),
            params: Params {
                average: true,
                ..Params::default()
            },
            self_training: None,
            nb: Some(Nb {
                alpha: 0.5,
                beta: 0.75,
            }),
            views: Vec::new(),
            soup: 1,
            bag: false,
        };
        let ensemble = Recipe {
            views: vec![
                View {
                    words: true,
                    chars: false,
                    weight: 0.5,
                },
                View {
                    words: false,
                    chars: true,
                    weight: 0.5,
                },
            ],
            soup: 2,
            ..base.clone()
        };
        let learners = [
            Params {
                loss: Loss::Hinge,
                l1: 1e-4,
                ..Params::default()
            },
            Params {
                loss: Loss::ModifiedHuber,
                feature_dropout: 0.3,
                ..Params::default()
            },
            Params {
                loss: Loss::SquaredHinge,
                ..Params::default()
            },
        ]
        .map(|params| Recipe {
            params,
            nb: None,
            bag: true,
            soup: 3,
            ..base.clone()
        });
        for r in [base, ensemble].into_iter().chain(learners) {
            let fx = featurize_recipe(&texts, &r);
            assert_eq!(fx.views.len(), r.views.len());
            let rows: Vec<(usize, f32)> = (0..y.len()).map(|i| (i, 1.0)).collect();
            let m = fit_recipe(&fx, &y, &rows, &r, 5);
            let probe = featurize(&["broken again", "lovely again"], &r.cfg);
            let (bad, good) = (m.prob(&probe[0]), m.prob(&probe[1]));
            assert!(bad > 0.5 && good < 0.5, "{r:?}: {bad} {good}");
        }
    }

    #[test]
    fn auc_counts_ordered_pairs() {
        assert_eq!(auc(&[0.9, 0.8, 0.2, 0.1], &[true, true, false, false]), 1.0);
        assert_eq!(auc(&[0.1, 0.2, 0.8, 0.9], &[true, true, false, false]), 0.0);
        // One swapped pair of four, and ties count half.
        assert_eq!(
            auc(&[0.9, 0.3, 0.4, 0.1], &[true, true, false, false]),
            0.75
        );
        assert_eq!(auc(&[0.5, 0.5], &[true, false]), 0.5);
    }

    #[test]
    fn thresholds_follow_the_objective() {
        // At a 40 % positive share on a balanced sample, positives count
        // 2/3 as much, so the best F1 threshold is stricter or equal.
        let probs = [0.9, 0.8, 0.6, 0.45, 0.4, 0.35, 0.3, 0.1];
        let y = [true, true, false, true, true, false, false, false];
        let (t_bal, _) = best_threshold(&probs, &y, Objective::PositiveF1AtShare { percent: 50 });
        let (t_40, _) = best_threshold(&probs, &y, Objective::PositiveF1AtShare { percent: 40 });
        assert!(t_40 >= t_bal, "{t_40} {t_bal}");
    }
}
