//! Does the complaint model's margin add to the irony model's? Post-hoc
//! check on out-of-fold irony margins: F1 at a 40 % share and AUC of
//! `irony + α·complaint` for a few α (both fold seeds).
use earshot_triage::train::{
    auc, best_threshold, complaint_recipe, cross_validate, featurize, featurize_recipe, fit_recipe,
    irony_recipe, load_complaints, load_irony, metrics_weighted, Objective,
};

fn main() {
    let mut ex = load_irony("data/irony/train.tsv".as_ref()).unwrap();
    ex.extend(load_irony("data/irony/val.tsv".as_ref()).unwrap());
    let texts: Vec<&str> = ex.iter().map(|e| e.text.as_str()).collect();
    let y: Vec<bool> = ex.iter().map(|e| e.label).collect();
    let comp = load_complaints("data/complaints/train.csv".as_ref()).unwrap();
    let cr = complaint_recipe();
    let ctexts: Vec<&str> = comp.iter().map(|e| e.text.as_str()).collect();
    let cy: Vec<bool> = comp.iter().map(|e| e.label).collect();
    let cfx = featurize_recipe(&ctexts, &cr);
    let rows: Vec<(usize, f32)> = (0..cy.len()).map(|i| (i, 1.0)).collect();
    let cm = fit_recipe(&cfx, &cy, &rows, &cr, 7);
    let xi = featurize(&texts, &cr.cfg);
    let cmargin: Vec<f32> = xi.iter().map(|f| cm.margin(f)).collect();
    let obj = Objective::PositiveF1AtShare { percent: 40 };
    let r = irony_recipe();
    let fx = featurize_recipe(&texts, &r);
    let w = 1901.0 / 1916.0f64;
    let w = (0.4 / 0.6) / w;
    println!(
        "complaint alone AUC {:.4}",
        auc(
            &cmargin
                .iter()
                .map(|&m| 1.0 / (1.0 + (-m).exp()))
                .collect::<Vec<_>>(),
            &y
        )
    );
    for seed in [7u64, 11] {
        let cv = cross_validate(&fx, &y, y.len(), 10, &r, obj, seed);
        for a in [-0.3f32, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.5] {
            let p: Vec<f32> = cv
                .oof
                .iter()
                .zip(&cmargin)
                .map(|(&p, &c)| {
                    let m = (p / (1.0 - p)).ln() + a * c;
                    1.0 / (1.0 + (-m).exp())
                })
                .collect();
            let (t, _) = best_threshold(&p, &y, obj);
            let m = metrics_weighted(&p, &y, t, w);
            println!(
                "seed {seed} α {a:+.1}: F1@40 {:.4} AUC {:.4}",
                m.f1_pos,
                auc(&p, &y)
            );
        }
    }
}
