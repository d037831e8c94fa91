//! Irony-only experiments: 10-fold CV on fold seeds 7 and 11 for named
//! variants of the shipped irony recipe, F1 of the ironic class at a 40 %
//! share (pooled out-of-fold) and AUC.
//! `cargo run --release -p earshot-triage --example irony_cv -- VARIANT...`
//! (no variant: the shipped recipe). Variants, joined with `+`: `base`,
//! `loss=hinge|sqhinge|mhuber`, `lr=`, `l2=`, `l1=`, `ep=`, `avg`,
//! `fdrop=P` (input dropout), `bag=K` (K bootstrap members averaged),
//! `soup=K`, `st=HI,LO,W` (self-training on TWCS and complaint texts), `pw=` (positive weight), `x=TRI,SKIP,EDGE,SHAPE,CASED` (extra
//! group weights). `SEEDS=7,11,13` sets the fold seeds.
use earshot_triage::features::FeatureConfig;
use earshot_triage::train::{
    auc, cross_validate, featurize_recipe, irony_recipe, load_complaints, load_irony,
    load_twcs_inbound, Featurized, Loss, Objective, Recipe, SelfTraining,
};

fn variant(name: &str) -> Option<Recipe> {
    let base = irony_recipe();
    let mut r = base.clone();
    let (key, arg) = name.split_once('=').unwrap_or((name, ""));
    let num = |i: usize| -> f32 {
        arg.split(',')
            .nth(i)
            .and_then(|s| s.parse().ok())
            .unwrap_or(f32::NAN)
    };
    match key {
        "base" => {}
        "loss" => {
            r.params.loss = match arg {
                "hinge" => Loss::Hinge,
                "sqhinge" => Loss::SquaredHinge,
                "mhuber" => Loss::ModifiedHuber,
                _ => Loss::Log,
            }
        }
        "lr" => r.params.lr = num(0),
        "l2" => r.params.l2 = num(0),
        "l1" => r.params.l1 = num(0),
        "ep" => r.params.epochs = num(0) as u32,
        "avg" => r.params.average = true,
        "fdrop" => r.params.feature_dropout = num(0),
        "bag" => {
            r.bag = true;
            r.soup = num(0) as u32;
        }
        "soup" => r.soup = num(0) as u32,
        "st" => {
            r.self_training = Some(SelfTraining {
                hi: num(0),
                lo: num(1),
                weight: num(2),
            })
        }
        "pw" => r.params.pos_weight = num(0),
        // Extra group weights: trigram, skip, edge, shape, cased.
        "x" => {
            let c = &mut r.cfg;
            for (k, f) in [
                &mut c.trigram,
                &mut c.skip,
                &mut c.edge,
                &mut c.shape,
                &mut c.cased,
            ]
            .into_iter()
            .enumerate()
            {
                let x = num(k);
                if x.is_finite() {
                    *f = x;
                }
            }
        }
        _ => return None,
    }
    Some(r)
}

/// Apply `a+b+c` combinations left to right.
fn combined(name: &str) -> Option<Recipe> {
    let base = irony_recipe();
    let mut r = base.clone();
    for part in name.split('+') {
        let v = variant(part)?;
        // Take every field that the part changed from the base.
        macro_rules! take {
            ($dst:expr, $base:expr, $part:expr; $($f:ident),+) => {
                $(if $part.$f != $base.$f {
                    $dst.$f = $part.$f.clone();
                })+
            };
        }
        take!(r.params, base.params, v.params;
            epochs, lr, l2, l1, pos_weight, average, loss, feature_dropout);
        take!(r.cfg, base.cfg, v.cfg; trigram, skip, edge, shape, cased);
        take!(r, base, v; self_training, soup, bag);
    }
    Some(r)
}

fn main() {
    let mut names: Vec<String> = std::env::args().skip(1).collect();
    if names.is_empty() {
        names.push("base".into());
    }
    let mut ex = load_irony("data/irony/train.tsv".as_ref()).expect("train.tsv");
    ex.extend(load_irony("data/irony/val.tsv".as_ref()).expect("val.tsv"));
    let n = ex.len();
    // Unlabelled posts for `st=` (self-training): TWCS inbound posts and
    // the complaint corpus's texts.
    let mut unlabelled = load_twcs_inbound("data/twcs/sample.csv".as_ref()).unwrap_or_default();
    unlabelled.extend(
        load_complaints("data/complaints/train.csv".as_ref())
            .unwrap_or_default()
            .into_iter()
            .map(|e| e.text),
    );
    let mut texts: Vec<&str> = ex.iter().map(|e| e.text.as_str()).collect();
    let mut y: Vec<bool> = ex.iter().map(|e| e.label).collect();
    if names.iter().any(|v| v.contains("st=")) {
        texts.extend(unlabelled.iter().map(String::as_str));
        y.resize(texts.len(), false);
    }
    let obj = Objective::PositiveF1AtShare { percent: 40 };
    let mut cache: Vec<(FeatureConfig, Featurized)> = Vec::new();
    for name in &names {
        let Some(recipe) = combined(name) else {
            eprintln!("unknown variant {name}");
            continue;
        };
        let k = match cache.iter().position(|(c, _)| *c == recipe.cfg) {
            Some(k) => k,
            None => {
                cache.push((recipe.cfg, featurize_recipe(&texts, &recipe)));
                cache.len() - 1
            }
        };
        let fx = &cache[k].1;
        let mut line = format!("{name:<40}");
        let mut f1s = Vec::new();
        let seeds: Vec<u64> = std::env::var("SEEDS")
            .ok()
            .map(|v| v.split(',').filter_map(|s| s.parse().ok()).collect())
            .unwrap_or_else(|| vec![7, 11]);
        for &seed in &seeds {
            let r = cross_validate(fx, &y, n, 10, &recipe, obj, seed);
            let a = auc(&r.oof, &y[..n]);
            f1s.push(r.at_share.f1_pos);
            line += &format!(
                "  s{seed}: F1@40 {:.4} thr {:.2} AUC {:.4}",
                r.at_share.f1_pos, r.threshold, a
            );
        }
        line += &format!("  mean {:.4}", f1s.iter().sum::<f64>() / f1s.len() as f64);
        println!("{line}");
    }
}
