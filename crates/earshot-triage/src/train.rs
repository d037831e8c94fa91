//! Training the shipped classifiers: logistic regression over hashed
//! features fitted with AdaGrad, hyper-parameters and decision thresholds
//! chosen by stratified k-fold cross-validation, and optional self-training
//! of the complaint model on unlabelled inbound customer posts (TWCS).
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
}

impl Default for Params {
    fn default() -> Self {
        Params {
            epochs: 12,
            lr: 0.3,
            l2: 1e-5,
            pos_weight: 1.0,
        }
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
/// an example weight.
pub fn fit(
    x: &[FeatureVec],
    y: &[bool],
    rows: &[(usize, f32)],
    cfg: FeatureConfig,
    p: Params,
    seed: u64,
) -> LinearModel {
    let mut m = LinearModel::zeros(cfg);
    let mut g2 = vec![1e-6f32; m.weights.len()];
    let mut gb = 1e-6f32;
    let mut order: Vec<(usize, f32)> = rows.to_vec();
    let mut rng = Rng(seed | 1);
    for _ in 0..p.epochs {
        rng.shuffle(&mut order);
        for &(r, w) in &order {
            let f = &x[r];
            let prob = sigmoid(m.margin(f));
            let target = if y[r] { 1.0 } else { 0.0 };
            let cw = if y[r] { p.pos_weight } else { 1.0 } * w;
            let g = (prob - target) * cw;
            for (&i, &v) in f.idx.iter().zip(&f.val) {
                let i = i as usize;
                let grad = g * v + p.l2 * m.weights[i];
                g2[i] += grad * grad;
                m.weights[i] -= p.lr * grad / g2[i].sqrt();
            }
            gb += g * g;
            m.bias -= p.lr * g / gb.sqrt();
        }
    }
    m
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

/// Fit a model on `train` rows, optionally self-trained on `unlabelled`.
#[allow(clippy::too_many_arguments)]
/// The unlabelled features sit after the labelled ones in `x`.
fn fit_with(
    x: &[FeatureVec],
    y: &mut [bool],
    train: &[usize],
    unlabelled: std::ops::Range<usize>,
    cfg: FeatureConfig,
    p: Params,
    st: Option<SelfTraining>,
    seed: u64,
) -> LinearModel {
    let rows: Vec<(usize, f32)> = train.iter().map(|&i| (i, 1.0)).collect();
    let teacher = fit(x, y, &rows, cfg, p, seed);
    let Some(st) = st else {
        return teacher;
    };
    let mut rows = rows;
    for u in unlabelled {
        let pr = teacher.prob(&x[u]);
        if pr >= st.hi {
            y[u] = true;
            rows.push((u, st.weight));
        } else if pr <= st.lo {
            y[u] = false;
            rows.push((u, st.weight));
        }
    }
    fit(x, y, &rows, cfg, p, seed ^ 0x5555)
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

/// k-fold cross-validation. `x` holds the labelled rows (`0..y_len`)
/// followed by unlabelled rows for self-training.
#[allow(clippy::too_many_arguments)]
pub fn cross_validate(
    x: &[FeatureVec],
    y: &[bool],
    n_labelled: usize,
    k: usize,
    cfg: FeatureConfig,
    p: Params,
    st: Option<SelfTraining>,
    obj: Objective,
    seed: u64,
) -> CvResult {
    let fold = stratified_folds(&y[..n_labelled], k, seed);
    let per_fold: Vec<Vec<(usize, f32)>> = (0..k)
        .into_par_iter()
        .map(|f| {
            let train: Vec<usize> = (0..n_labelled).filter(|&i| fold[i] != f).collect();
            let mut yy = y.to_vec();
            let m = fit_with(
                x,
                &mut yy,
                &train,
                n_labelled..x.len(),
                cfg,
                p,
                st,
                seed + f as u64,
            );
            (0..n_labelled)
                .filter(|&i| fold[i] == f)
                .map(|i| (i, m.prob(&x[i])))
                .collect()
        })
        .collect();
    let mut oof = vec![0f32; n_labelled];
    for fp in &per_fold {
        for &(i, p) in fp {
            oof[i] = p;
        }
    }
    let (threshold, _) = best_threshold(&oof, &y[..n_labelled], obj);
    let folds = (0..k)
        .map(|f| {
            let (pp, yy): (Vec<f32>, Vec<bool>) = (0..n_labelled)
                .filter(|&i| fold[i] == f)
                .map(|i| (oof[i], y[i]))
                .unzip();
            metrics(&pp, &yy, threshold)
        })
        .collect();
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
}

/// The shipped training recipe of each task.
pub struct Recipe {
    pub cfg: FeatureConfig,
    pub params: Params,
    pub self_training: Option<SelfTraining>,
}

pub fn complaint_recipe() -> Recipe {
    Recipe {
        cfg: FeatureConfig {
            bits: 19,
            max_char: 4,
            ..FeatureConfig::default()
        },
        params: Params {
            lr: 0.1,
            ..Params::default()
        },
        self_training: None,
    }
}

pub fn irony_recipe() -> Recipe {
    Recipe {
        // The same features as the complaint model, so one pass over a
        // post's features scores both.
        cfg: complaint_recipe().cfg,
        params: Params {
            lr: 0.1,
            epochs: 6,
            ..Params::default()
        },
        self_training: None,
    }
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
        let x = featurize(&texts, &recipe.cfg);
        let r = cross_validate(
            &x,
            &y,
            n,
            opts.folds,
            recipe.cfg,
            recipe.params,
            recipe.self_training,
            obj,
            opts.seed,
        );
        report_line(log, "shipped recipe", &r)?;
        let score = obj.of(&r.at_share);
        (recipe, r, score)
    };

    if opts.search {
        let base = best.0.cfg;
        let cfgs = [
            base,
            FeatureConfig { chars: 0.7, ..base },
            FeatureConfig { chars: 1.4, ..base },
            FeatureConfig {
                lexicon: 1.0,
                ..base
            },
            FeatureConfig {
                lexicon: 0.0,
                ..base
            },
            FeatureConfig {
                bigram: 0.0,
                ..base
            },
            FeatureConfig {
                max_char: 4,
                ..base
            },
            FeatureConfig { bits: 19, ..base },
        ];
        let base_p = best.0.params;
        let params = [
            base_p,
            Params { l2: 1e-4, ..base_p },
            Params { l2: 1e-6, ..base_p },
            Params { lr: 0.05, ..base_p },
            Params { lr: 0.2, ..base_p },
            Params {
                epochs: 4,
                ..base_p
            },
            Params {
                epochs: 20,
                ..base_p
            },
            Params {
                pos_weight: 1.5,
                ..base_p
            },
        ];
        let sts = [
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
        ];
        // One dimension at a time around the shipped recipe.
        let base_st = best.0.self_training;
        let mut variants: Vec<(FeatureConfig, Params, Option<SelfTraining>)> = Vec::new();
        variants.extend(cfgs.iter().skip(1).map(|&c| (c, base_p, base_st)));
        variants.extend(params.iter().skip(1).map(|&p| (base, p, base_st)));
        if !unlabelled.is_empty() {
            variants.extend(
                sts.iter()
                    .filter(|&&s| s != base_st)
                    .map(|&s| (base, base_p, s)),
            );
        }
        for (cfg, p, st) in variants {
            let x = featurize(&texts, &cfg);
            let r = cross_validate(&x, &y, n, opts.folds, cfg, p, st, obj, opts.seed);
            let score = obj.of(&r.at_share);
            writeln!(log, "  {cfg:?} {p:?} {st:?}")?;
            report_line(log, "", &r)?;
            if score > best.2 {
                best = (
                    Recipe {
                        cfg,
                        params: p,
                        self_training: st,
                    },
                    r,
                    score,
                );
            }
        }
        writeln!(
            log,
            "  best: {:?} {:?} {:?}",
            best.0.cfg, best.0.params, best.0.self_training
        )?;
    }

    // Final model on everything, with the CV-chosen threshold.
    let (recipe, cv, _) = best;
    let x = featurize(&texts, &recipe.cfg);
    let all: Vec<usize> = (0..n).collect();
    let mut yy = y.clone();
    let mut model = fit_with(
        &x,
        &mut yy,
        &all,
        n..x.len(),
        recipe.cfg,
        recipe.params,
        recipe.self_training,
        opts.seed,
    );
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
