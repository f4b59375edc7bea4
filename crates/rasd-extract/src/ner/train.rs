//! Training: an averaged structured perceptron over the hashed features, decoded with the same
//! constrained Viterbi the tagger uses.
//!
//! Chosen over L-BFGS CRF training because it reached the same accuracy on held-out news in a
//! fraction of the time, and the result is a plain weight table that tags fast.

use rustc_hash::FxHashMap;

use super::decode::viterbi;
use super::labels::{Label, N_LABELS};
use super::model::Stage;

/// One training sentence: the feature hashes of its words and its gold labels.
#[derive(Debug, Clone, Default)]
pub struct TrainSentence {
    /// Feature hashes of all words, concatenated.
    pub feats: Vec<u64>,
    /// Word `i`'s features are `feats[offsets[i]..offsets[i + 1]]`.
    pub offsets: Vec<usize>,
    /// The gold labels.
    pub labels: Vec<Label>,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    /// Passes over the data.
    pub epochs: usize,
    /// Features seen fewer times are dropped.
    pub min_count: u32,
    /// Seed of the shuffling (training is reproducible for a given seed).
    pub seed: u64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            epochs: 6,
            min_count: 1,
            seed: 0x5EED,
        }
    }
}

/// Trains one stage. `after_epoch` sees each epoch's averaged weights (to follow development F1).
pub fn train(
    sentences: &[TrainSentence],
    config: TrainConfig,
    mut after_epoch: impl FnMut(usize, &Stage),
) -> Stage {
    // Index the features seen often enough, in order of first sighting (deterministic).
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    for s in sentences {
        for &f in &s.feats {
            *counts.entry(f).or_default() += 1;
        }
    }
    let mut index: FxHashMap<u64, u32> = FxHashMap::default();
    let mut hashes = Vec::new();
    for s in sentences {
        for &f in &s.feats {
            if counts.get(&f).copied().unwrap_or(0) >= config.min_count && !index.contains_key(&f) {
                index.insert(f, u32::try_from(hashes.len()).unwrap_or(u32::MAX));
                hashes.push(f);
            }
        }
    }
    drop(counts);
    let data: Vec<(Vec<u32>, &TrainSentence)> = sentences
        .iter()
        .map(|s| {
            (
                s.feats
                    .iter()
                    .map(|f| index.get(f).copied().unwrap_or(u32::MAX))
                    .collect(),
                s,
            )
        })
        .collect();

    let nf = hashes.len();
    let mut w = Params::new(nf);
    let mut acc = Params::new(nf);
    let mut c = 1f32;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = config.seed | 1;
    let mut emissions = Vec::new();
    for epoch in 0..config.epochs {
        // Fisher–Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            let j = (rng % (i as u64 + 1)) as usize;
            order.swap(i, j);
        }
        for &k in &order {
            let (feats, s) = &data[k];
            let n = s.labels.len();
            emissions.clear();
            emissions.resize(n * N_LABELS, 0.0);
            for i in 0..n {
                let row = &mut emissions[i * N_LABELS..(i + 1) * N_LABELS];
                for &f in &feats[s.offsets[i]..s.offsets[i + 1]] {
                    if f != u32::MAX {
                        let at = f as usize * N_LABELS;
                        for (e, x) in row.iter_mut().zip(&w.weights[at..at + N_LABELS]) {
                            *e += x;
                        }
                    }
                }
            }
            let pred = viterbi(&emissions, &w.transitions, &w.start);
            if pred != s.labels {
                for (params, scale) in [(&mut w, 1.0), (&mut acc, c)] {
                    params.update(feats, s, &pred, scale);
                }
            }
            c += 1.0;
        }
        let model = averaged(&w, &acc, c, &index);
        after_epoch(epoch + 1, &model);
        if epoch + 1 == config.epochs {
            return model;
        }
    }
    averaged(&w, &acc, c, &index)
}

/// Weights, transitions and start weights.
struct Params {
    weights: Vec<f32>,
    transitions: Vec<f32>,
    start: Vec<f32>,
}

impl Params {
    fn new(nf: usize) -> Self {
        Self {
            weights: vec![0.0; nf * N_LABELS],
            transitions: vec![0.0; N_LABELS * N_LABELS],
            start: vec![0.0; N_LABELS],
        }
    }

    /// Rewards the gold labels and penalizes the predicted ones, by `scale`.
    fn update(&mut self, feats: &[u32], s: &TrainSentence, pred: &[Label], scale: f32) {
        for i in 0..s.labels.len() {
            let (g, p) = (s.labels[i].index(), pred[i].index());
            if g != p {
                for &f in &feats[s.offsets[i]..s.offsets[i + 1]] {
                    if f != u32::MAX {
                        let at = f as usize * N_LABELS;
                        self.weights[at + g] += scale;
                        self.weights[at + p] -= scale;
                    }
                }
            }
            if i == 0 {
                self.start[g] += scale;
                self.start[p] -= scale;
            } else {
                let (gp, pp) = (s.labels[i - 1].index(), pred[i - 1].index());
                self.transitions[gp * N_LABELS + g] += scale;
                self.transitions[pp * N_LABELS + p] -= scale;
            }
        }
    }
}

/// The averaged weights `w - acc / c`, with features whose weights all vanish dropped.
fn averaged(w: &Params, acc: &Params, c: f32, index: &FxHashMap<u64, u32>) -> Stage {
    let avg =
        |a: &[f32], b: &[f32]| -> Vec<f32> { a.iter().zip(b).map(|(x, y)| x - y / c).collect() };
    let mut model = Stage {
        transitions: avg(&w.transitions, &acc.transitions),
        start: avg(&w.start, &acc.start),
        ..Stage::default()
    };
    let mut rows: Vec<(u64, u32)> = index.iter().map(|(&h, &r)| (h, r)).collect();
    rows.sort_unstable_by_key(|&(_, r)| r);
    for (hash, row) in rows {
        let at = row as usize * N_LABELS;
        let ws = avg(
            &w.weights[at..at + N_LABELS],
            &acc.weights[at..at + N_LABELS],
        );
        if ws.iter().any(|x| x.abs() > 1e-3) {
            let new_row = u32::try_from(model.index.len()).unwrap_or(u32::MAX);
            model.index.insert(hash, new_row);
            model.weights.extend(ws);
        }
    }
    model
}

/// The mean of several stages (trained on the same data in different orders): the average of
/// perceptrons is steadier than any one of them on words it has not seen.
#[must_use]
pub fn mean(stages: &[Stage]) -> Stage {
    #[allow(clippy::cast_precision_loss)]
    let k = stages.len().max(1) as f32;
    let mut out = Stage {
        transitions: vec![0.0; N_LABELS * N_LABELS],
        start: vec![0.0; N_LABELS],
        ..Stage::default()
    };
    for s in stages {
        for (o, x) in out.transitions.iter_mut().zip(&s.transitions) {
            *o += x / k;
        }
        for (o, x) in out.start.iter_mut().zip(&s.start) {
            *o += x / k;
        }
        let mut rows: Vec<(u64, u32)> = s.index.iter().map(|(&h, &r)| (h, r)).collect();
        rows.sort_unstable_by_key(|&(_, r)| r);
        for (hash, row) in rows {
            let next = u32::try_from(out.index.len()).unwrap_or(u32::MAX);
            let at = *out.index.entry(hash).or_insert(next) as usize * N_LABELS;
            if at == out.weights.len() {
                out.weights.extend([0.0; N_LABELS]);
            }
            let src = row as usize * N_LABELS;
            for l in 0..N_LABELS {
                out.weights[at + l] += s.weights.get(src + l).copied().unwrap_or(0.0) / k;
            }
        }
    }
    out
}
