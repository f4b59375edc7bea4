//! Decoding: the best valid label sequence (Viterbi), and per-word label probabilities
//! (forward–backward over the same scores) for confidences.

use super::labels::{Label, N_LABELS};

/// Whether label `next` may follow `prev` (`None` = sentence start) in IOB2.
fn allowed(prev: Option<usize>, next: usize) -> bool {
    let prev = prev.and_then(|p| u8::try_from(p).ok()).map(Label);
    u8::try_from(next).is_ok_and(|n| Label(n).may_follow(prev))
}

/// The highest-scoring valid label sequence given per-word label scores (`emissions`, `N_LABELS`
/// per word), `transitions[prev * N_LABELS + next]` and `start` weights.
#[must_use]
pub fn viterbi(emissions: &[f32], transitions: &[f32], start: &[f32]) -> Vec<Label> {
    let n = emissions.len() / N_LABELS;
    if n == 0 || transitions.len() < N_LABELS * N_LABELS || start.len() < N_LABELS {
        return vec![Label::O; n];
    }
    let mut score = vec![f32::NEG_INFINITY; n * N_LABELS];
    let mut back = vec![0u8; n * N_LABELS];
    for l in 0..N_LABELS {
        if allowed(None, l) {
            score[l] = start[l] + emissions[l];
        }
    }
    for i in 1..n {
        for l in 0..N_LABELS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..N_LABELS {
                if !allowed(Some(p), l) {
                    continue;
                }
                let s = score[(i - 1) * N_LABELS + p] + transitions[p * N_LABELS + l];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            score[i * N_LABELS + l] = best + emissions[i * N_LABELS + l];
            back[i * N_LABELS + l] = arg;
        }
    }
    let last = &score[(n - 1) * N_LABELS..n * N_LABELS];
    let mut cur = (0..N_LABELS)
        .max_by(|&a, &b| last[a].total_cmp(&last[b]))
        .unwrap_or(0);
    let mut out = vec![Label::O; n];
    for i in (0..n).rev() {
        out[i] = Label(cur as u8);
        cur = usize::from(back[i * N_LABELS + cur]);
    }
    out
}

/// Per-word label probabilities (`N_LABELS` per word) treating the scores as log-potentials of
/// a linear-chain model, with the valid-IOB2 constraint.
#[must_use]
pub fn marginals(emissions: &[f32], transitions: &[f32], start: &[f32]) -> Vec<f32> {
    let n = emissions.len() / N_LABELS;
    if n == 0 || transitions.len() < N_LABELS * N_LABELS || start.len() < N_LABELS {
        return vec![0.0; emissions.len()];
    }
    let mut alpha = vec![f32::NEG_INFINITY; n * N_LABELS];
    let mut beta = vec![0f32; n * N_LABELS];
    for l in 0..N_LABELS {
        if allowed(None, l) {
            alpha[l] = start[l] + emissions[l];
        }
    }
    let mut tmp = [0f32; N_LABELS];
    for i in 1..n {
        for l in 0..N_LABELS {
            for p in 0..N_LABELS {
                tmp[p] = if allowed(Some(p), l) {
                    alpha[(i - 1) * N_LABELS + p] + transitions[p * N_LABELS + l]
                } else {
                    f32::NEG_INFINITY
                };
            }
            alpha[i * N_LABELS + l] = log_sum_exp(&tmp) + emissions[i * N_LABELS + l];
        }
    }
    for i in (0..n - 1).rev() {
        for p in 0..N_LABELS {
            for l in 0..N_LABELS {
                tmp[l] = if allowed(Some(p), l) {
                    transitions[p * N_LABELS + l]
                        + emissions[(i + 1) * N_LABELS + l]
                        + beta[(i + 1) * N_LABELS + l]
                } else {
                    f32::NEG_INFINITY
                };
            }
            beta[i * N_LABELS + p] = log_sum_exp(&tmp);
        }
    }
    let z = log_sum_exp(&alpha[(n - 1) * N_LABELS..]);
    alpha
        .iter()
        .zip(&beta)
        .map(|(a, b)| {
            let p = (a + b - z).exp();
            if p.is_finite() { p } else { 0.0 }
        })
        .collect()
}

fn log_sum_exp(xs: &[f32]) -> f32 {
    let m = xs.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    if m == f32::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|x| (x - m).exp()).sum::<f32>().ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_emits_invalid_iob() {
        // I-PERS scores highest everywhere, but may not open a sentence or follow O.
        let mut em = vec![0f32; 3 * N_LABELS];
        for i in 0..3 {
            em[i * N_LABELS + 2] = 5.0;
        }
        let tr = vec![0f32; N_LABELS * N_LABELS];
        let st = vec![0f32; N_LABELS];
        let labels = viterbi(&em, &tr, &st);
        assert_eq!(labels[0], Label(1));
        assert_eq!(labels[1], Label(2));
        let m = marginals(&em, &tr, &st);
        let row: f32 = m[N_LABELS..2 * N_LABELS].iter().sum();
        assert!((row - 1.0).abs() < 1e-3);
        assert!(viterbi(&[], &tr, &st).is_empty());
    }
}
