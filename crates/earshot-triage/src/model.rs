//! Linear models over hashed features, and their compact binary form.
//!
//! File layout (little endian): `b"ESHM"`, u32 format version (3), u32
//! bits, f32 bias, f32 decision threshold, f32 weight scale, the other
//! [`FeatureConfig`] fields as f32 (word, bigram, chars, lexicon, max_char;
//! since version 2 cues as 0/1; since version 3 the extra groups' weights
//! cased, trigram, skip, shape, edge), then `2^bits` i16 weights (weight = i16 × scale).
//! i16 quantisation changes probabilities by < 1e-3. Version 1 and 2 files
//! still load (the fields they lack are off).

use crate::features::{FeatureConfig, FeatureVec};

const MAGIC: &[u8; 4] = b"ESHM";
const VERSION: u32 = 3;
const HEADER_V1: usize = 4 + 4 + 4 + 4 + 4 + 4 + 5 * 4;
const HEADER_V2: usize = HEADER_V1 + 4;
const HEADER: usize = HEADER_V2 + 5 * 4;

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("model file: {0}")]
pub struct ModelError(pub String);

/// Logistic regression over hashed features.
#[derive(Debug, Clone)]
pub struct LinearModel {
    pub cfg: FeatureConfig,
    pub weights: Vec<f32>,
    pub bias: f32,
    /// Probability at or above which the class is predicted.
    pub threshold: f32,
}

#[inline]
pub fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl LinearModel {
    pub fn zeros(cfg: FeatureConfig) -> Self {
        LinearModel {
            cfg,
            weights: vec![0.0; 1 << cfg.bits],
            bias: 0.0,
            threshold: 0.5,
        }
    }

    #[inline]
    pub fn margin(&self, f: &FeatureVec) -> f32 {
        let w = &self.weights[..];
        let mut s = self.bias;
        for (&i, &v) in f.idx.iter().zip(&f.val) {
            // Buckets are < 2^bits by construction; `get` keeps a bad
            // feature vector from panicking.
            s += w.get(i as usize).copied().unwrap_or(0.0) * v;
        }
        s
    }

    #[inline]
    pub fn prob(&self, f: &FeatureVec) -> f32 {
        sigmoid(self.margin(f))
    }

    /// What one i16 step of the stored weights is worth: the largest
    /// weight maps to ±32767.
    pub fn step(&self) -> f32 {
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        if max > 0.0 {
            max / 32767.0
        } else {
            1.0
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let scale = self.step();
        let mut out = Vec::with_capacity(HEADER + self.weights.len() * 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&self.cfg.bits.to_le_bytes());
        for x in [self.bias, self.threshold, scale] {
            out.extend_from_slice(&x.to_le_bytes());
        }
        for x in [
            self.cfg.word,
            self.cfg.bigram,
            self.cfg.chars,
            self.cfg.lexicon,
            self.cfg.max_char as f32,
            if self.cfg.cues { 1.0 } else { 0.0 },
            self.cfg.cased,
            self.cfg.trigram,
            self.cfg.skip,
            self.cfg.shape,
            self.cfg.edge,
        ] {
            out.extend_from_slice(&x.to_le_bytes());
        }
        for w in &self.weights {
            let q = (w / scale).round().clamp(-32767.0, 32767.0) as i16;
            out.extend_from_slice(&q.to_le_bytes());
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Self, ModelError> {
        if b.len() < HEADER_V1 || &b[..4] != MAGIC {
            return Err(ModelError("not an earshot model".into()));
        }
        let u32_at = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
        let f32_at = |o: usize| f32::from_bits(u32_at(o));
        let version = u32_at(4);
        let header = match version {
            1 => HEADER_V1,
            2 => HEADER_V2,
            3 => HEADER,
            v => return Err(ModelError(format!("unsupported version {v}"))),
        };
        if b.len() < header {
            return Err(ModelError(format!(
                "version {version} header needs {header} bytes, file has {}",
                b.len()
            )));
        }
        let v3 = |o: usize| if version >= 3 { f32_at(o) } else { 0.0 };
        let bits = u32_at(8);
        if !(8..=24).contains(&bits) {
            return Err(ModelError(format!("bad bucket bits {bits}")));
        }
        let (bias, threshold, scale) = (f32_at(12), f32_at(16), f32_at(20));
        let cfg = FeatureConfig {
            bits,
            word: f32_at(24),
            bigram: f32_at(28),
            chars: f32_at(32),
            lexicon: f32_at(36),
            max_char: f32_at(40) as u8,
            cues: version >= 2 && f32_at(44) != 0.0,
            cased: v3(48),
            trigram: v3(52),
            skip: v3(56),
            shape: v3(60),
            edge: v3(64),
        };
        let finite = [cfg.word, cfg.bigram, cfg.chars, cfg.lexicon]
            .iter()
            .chain(&[
                cfg.cased,
                cfg.trigram,
                cfg.skip,
                cfg.shape,
                cfg.edge,
                bias,
                threshold,
                scale,
            ])
            .all(|x| x.is_finite());
        if !finite {
            return Err(ModelError("non-finite value in the header".into()));
        }
        let n = 1usize << bits;
        let body = &b[header..];
        if body.len() != n * 2 {
            return Err(ModelError(format!(
                "expected {} weight bytes, found {}",
                n * 2,
                body.len()
            )));
        }
        let weights = body
            .chunks_exact(2)
            .map(|c| i16::from_le_bytes([c[0], c[1]]) as f32 * scale)
            .collect();
        Ok(LinearModel {
            cfg,
            weights,
            bias,
            threshold,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_bytes() {
        let cfg = FeatureConfig {
            bits: 10,
            cased: 1.0,
            trigram: 0.5,
            skip: 0.25,
            shape: 0.6,
            edge: 0.4,
            ..FeatureConfig::default()
        };
        let mut m = LinearModel::zeros(cfg);
        m.weights[3] = 1.5;
        m.weights[7] = -0.25;
        m.bias = 0.1;
        m.threshold = 0.42;
        let back = LinearModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.cfg, cfg);
        assert!((back.weights[3] - 1.5).abs() < 1e-3);
        assert!((back.weights[7] + 0.25).abs() < 1e-3);
        assert_eq!(back.threshold, 0.42);
        assert!(LinearModel::from_bytes(b"nope").is_err());
    }

    #[test]
    fn older_versions_still_load() {
        let cfg = FeatureConfig {
            bits: 10,
            cues: true,
            ..FeatureConfig::default()
        };
        let mut m = LinearModel::zeros(cfg);
        m.weights[5] = 0.75;
        let v3 = m.to_bytes();
        // Version 1: no cues field after max_char.
        let mut v1 = v3[..HEADER_V1].to_vec();
        v1[4..8].copy_from_slice(&1u32.to_le_bytes());
        v1.extend_from_slice(&v3[HEADER..]);
        let back = LinearModel::from_bytes(&v1).unwrap();
        assert!(!back.cfg.cues);
        assert!((back.weights[5] - 0.75).abs() < 1e-3);
        // Version 2: cues, none of the version 3 fields.
        let mut v2 = v3[..HEADER_V2].to_vec();
        v2[4..8].copy_from_slice(&2u32.to_le_bytes());
        v2.extend_from_slice(&v3[HEADER..]);
        let back = LinearModel::from_bytes(&v2).unwrap();
        assert!(back.cfg.cues && !back.cfg.has_extras());
        assert!((back.weights[5] - 0.75).abs() < 1e-3);
        assert!(LinearModel::from_bytes(&v3).unwrap().cfg.cues);
        // Truncated headers and unknown versions are errors, not panics.
        for cut in [HEADER_V1 - 1, HEADER_V2, HEADER - 1] {
            assert!(LinearModel::from_bytes(&v3[..cut]).is_err(), "{cut}");
        }
        let mut v9 = v3.clone();
        v9[4..8].copy_from_slice(&9u32.to_le_bytes());
        let e = LinearModel::from_bytes(&v9).unwrap_err();
        assert!(e.0.contains("unsupported version 9"), "{e}");
    }
}
