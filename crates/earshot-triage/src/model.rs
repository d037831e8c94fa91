//! Linear models over hashed features, and their compact binary form.
//!
//! File layout (little endian): `b"ESHM"`, u32 format version (2), u32
//! bits, f32 bias, f32 decision threshold, f32 weight scale, the other
//! [`FeatureConfig`] fields as f32 (word, bigram, chars, lexicon, max_char,
//! and since version 2 cues as 0/1), then `2^bits` i16 weights (weight =
//! i16 × scale). i16 quantisation changes probabilities by < 1e-3.
//! Version 1 files (no cues field) still load.

use crate::features::{FeatureConfig, FeatureVec};

const MAGIC: &[u8; 4] = b"ESHM";
const VERSION: u32 = 2;
const HEADER_V1: usize = 4 + 4 + 4 + 4 + 4 + 4 + 5 * 4;
const HEADER: usize = HEADER_V1 + 4;

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

    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
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
        let (header, cues) = match u32_at(4) {
            1 => (HEADER_V1, false),
            2 if b.len() >= HEADER => (HEADER, f32_at(44) != 0.0),
            v => return Err(ModelError(format!("unsupported version {v}"))),
        };
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
            cues,
        };
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
    fn version_1_files_still_load() {
        let cfg = FeatureConfig {
            bits: 10,
            cues: true,
            ..FeatureConfig::default()
        };
        let mut m = LinearModel::zeros(cfg);
        m.weights[5] = 0.75;
        let v2 = m.to_bytes();
        // Version 1: no cues field after max_char.
        let mut v1 = v2[..HEADER_V1].to_vec();
        v1[4..8].copy_from_slice(&1u32.to_le_bytes());
        v1.extend_from_slice(&v2[HEADER..]);
        let back = LinearModel::from_bytes(&v1).unwrap();
        assert!(!back.cfg.cues);
        assert!((back.weights[5] - 0.75).abs() < 1e-3);
        assert!(LinearModel::from_bytes(&v2).unwrap().cfg.cues);
        // A truncated version 2 header is an error, not a panic.
        let mut short = v2[..HEADER_V1].to_vec();
        short.truncate(HEADER_V1 - 1);
        assert!(LinearModel::from_bytes(&short).is_err());
    }
}
