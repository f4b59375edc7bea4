//! Decoding: the best valid label sequence (Viterbi), and per-word label probabilities
//! (forward–backward over the same scores) for confidences.

use super::labels::{Label, N_LABELS};

/// Whether label `next` may follow `prev` (`None` = sentence start) in IOB2.
fn allowed(prev: Option<usize>, next: usize) -> bool {
    let prev = prev.and_then(|p| u8::try_from(p).ok()).map(Label);
    u8::try_from(next).is_ok_and(|n| Label(n).may_follow(prev))
}

/// The number of words the scores are for, when there are any and the tables are whole.
fn words(emissions: &[f32], transitions: &[f32], start: &[f32]) -> Option<usize> {
    let n = emissions.len() / N_LABELS;
    (n > 0 && transitions.len() >= N_LABELS * N_LABELS && start.len() >= N_LABELS).then_some(n)
}

/// The highest-scoring valid label sequence given per-word label scores (`emissions`, `N_LABELS`
/// per word), `transitions[prev * N_LABELS + next]` and `start` weights.
#[must_use]
pub fn viterbi(emissions: &[f32], transitions: &[f32], start: &[f32]) -> Vec<Label> {
    let Some(n) = words(emissions, transitions, start) else {
        return vec![Label::O; emissions.len() / N_LABELS];
    };
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
///
/// Forward–backward in probability space, each step rescaled to sum to one: nine
/// exponentials a word instead of the log-space recursion's 160 (see [`log_marginals`], the
/// same probabilities, which this falls back on when a sentence's scores are so far apart
/// that a step underflows).
#[must_use]
pub fn marginals(emissions: &[f32], transitions: &[f32], start: &[f32]) -> Vec<f32> {
    let Some(n) = words(emissions, transitions, start) else {
        return vec![0.0; emissions.len()];
    };
    // Each table is shifted by its largest score before `exp`: a factor common to a step,
    // which the rescaling takes out again. The recursion runs in `f64`, whose range keeps the
    // factors of scores far apart that `f32` would lose.
    let top = |xs: &mut dyn Iterator<Item = f32>| xs.fold(f32::NEG_INFINITY, f32::max);
    let pairs = || (0..N_LABELS * N_LABELS).filter(|k| allowed(Some(k / N_LABELS), k % N_LABELS));
    let t_max = top(&mut pairs().map(|k| transitions[k]));
    let t_min = -top(&mut pairs().map(|k| -transitions[k]));
    if t_max - t_min > SAFE_SPREAD {
        return log_marginals(emissions, transitions, start);
    }
    let mut trans = [0f64; N_LABELS * N_LABELS];
    for k in pairs() {
        trans[k] = f64::from(transitions[k] - t_max).exp();
    }
    let mut potential = vec![0f64; n * N_LABELS];
    for (i, (row, em)) in potential
        .chunks_exact_mut(N_LABELS)
        .zip(emissions.chunks_exact(N_LABELS))
        .enumerate()
    {
        let first = |l: usize| if i == 0 { start[l] } else { 0.0 };
        let open = |l: usize| i > 0 || allowed(None, l);
        let m = top(&mut (0..N_LABELS).filter(|&l| open(l)).map(|l| em[l] + first(l)));
        let low = -top(&mut (0..N_LABELS)
            .filter(|&l| open(l))
            .map(|l| -(em[l] + first(l))));
        if m - low > SAFE_SPREAD {
            return log_marginals(emissions, transitions, start);
        }
        for l in (0..N_LABELS).filter(|&l| open(l)) {
            row[l] = f64::from(em[l] + first(l) - m).exp();
        }
    }
    let mut alpha = potential.clone();
    let mut beta = vec![1f64; n * N_LABELS];
    let mut ok = rescale(&mut alpha[..N_LABELS]);
    for i in 1..n {
        let (done, rest) = alpha.split_at_mut(i * N_LABELS);
        let prev = &done[(i - 1) * N_LABELS..];
        for (l, a) in rest[..N_LABELS].iter_mut().enumerate() {
            *a *= (0..N_LABELS)
                .map(|p| prev[p] * trans[p * N_LABELS + l])
                .sum::<f64>();
        }
        ok &= rescale(&mut rest[..N_LABELS]);
    }
    for i in (0..n - 1).rev() {
        let (here, next) = beta.split_at_mut((i + 1) * N_LABELS);
        let next_pot = &potential[(i + 1) * N_LABELS..(i + 2) * N_LABELS];
        for (p, b) in here[i * N_LABELS..].iter_mut().enumerate() {
            *b = (0..N_LABELS)
                .map(|l| trans[p * N_LABELS + l] * next_pot[l] * next[l])
                .sum::<f64>();
        }
        ok &= rescale(&mut here[i * N_LABELS..]);
    }
    for (a, b) in alpha.iter_mut().zip(&beta) {
        *a *= b;
    }
    for row in alpha.chunks_exact_mut(N_LABELS) {
        ok &= rescale(row);
    }
    if ok {
        // A probability, in [0, 1]: `f32` holds it to its own precision.
        #[allow(clippy::cast_possible_truncation)]
        alpha.into_iter().map(|p| p as f32).collect()
    } else {
        log_marginals(emissions, transitions, start)
    }
}

/// The widest gap between two scores of one table (a word's emissions, the transitions) that
/// the rescaled recursion keeps exact: a step multiplies a factor of each, and `exp(-2 × 300)
/// / 9` is still a normal `f64`. A trained model's tables stay far inside it.
const SAFE_SPREAD: f32 = 300.0;

/// Divides `xs` by its sum; false when the sum is zero or not finite.
fn rescale(xs: &mut [f64]) -> bool {
    let sum: f64 = xs.iter().sum();
    if sum > 0.0 && sum.is_finite() {
        for x in xs {
            *x /= sum;
        }
        true
    } else {
        false
    }
}

/// [`marginals`] computed in log space and `f64`: slower, and safe from underflow whatever the
/// scores. (In `f32`, the log-space sums of a 40-word sentence reach the thousands, where a
/// rounding step moves a probability by up to 0.005.)
#[must_use]
pub fn log_marginals(emissions: &[f32], transitions: &[f32], start: &[f32]) -> Vec<f32> {
    let Some(n) = words(emissions, transitions, start) else {
        return vec![0.0; emissions.len()];
    };
    let mut alpha = vec![f64::NEG_INFINITY; n * N_LABELS];
    let mut beta = vec![0f64; n * N_LABELS];
    for l in 0..N_LABELS {
        if allowed(None, l) {
            alpha[l] = f64::from(start[l]) + f64::from(emissions[l]);
        }
    }
    let mut tmp = [0f64; N_LABELS];
    for i in 1..n {
        for l in 0..N_LABELS {
            for p in 0..N_LABELS {
                tmp[p] = if allowed(Some(p), l) {
                    alpha[(i - 1) * N_LABELS + p] + f64::from(transitions[p * N_LABELS + l])
                } else {
                    f64::NEG_INFINITY
                };
            }
            alpha[i * N_LABELS + l] = log_sum_exp(&tmp) + f64::from(emissions[i * N_LABELS + l]);
        }
    }
    for i in (0..n - 1).rev() {
        for p in 0..N_LABELS {
            for l in 0..N_LABELS {
                tmp[l] = if allowed(Some(p), l) {
                    f64::from(transitions[p * N_LABELS + l])
                        + f64::from(emissions[(i + 1) * N_LABELS + l])
                        + beta[(i + 1) * N_LABELS + l]
                } else {
                    f64::NEG_INFINITY
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
            #[allow(clippy::cast_possible_truncation)] // a probability, in [0, 1]
            let p = (a + b - z).exp() as f32;
            if p.is_finite() { p } else { 0.0 }
        })
        .collect()
}

fn log_sum_exp(xs: &[f64]) -> f64 {
    let m = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY {
        return m;
    }
    m + xs.iter().map(|x| (x - m).exp()).sum::<f64>().ln()
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

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

    fn same_as_log_space(em: &[f32], tr: &[f32], st: &[f32]) -> Result<Vec<f32>, TestCaseError> {
        let em = &em[..em.len() / N_LABELS * N_LABELS];
        let fast = marginals(em, tr, st);
        let exact = log_marginals(em, tr, st);
        prop_assert_eq!(fast.len(), exact.len());
        for (i, (a, b)) in fast.iter().zip(&exact).enumerate() {
            prop_assert!(
                (a - b).abs() < 1e-4,
                "word {} label {}: {a} vs {b}",
                i / N_LABELS,
                i % N_LABELS
            );
        }
        Ok(fast)
    }

    proptest! {
        /// The rescaled recursion gives the log-space probabilities, for scores of a trained
        /// model's size and for scores so far apart that a rescaled step underflows.
        #[test]
        fn rescaled_marginals_are_the_log_space_ones(
            em in prop::collection::vec(-30f32..30.0, N_LABELS..N_LABELS * 40),
            tr in prop::collection::vec(-15f32..15.0, N_LABELS * N_LABELS),
            st in prop::collection::vec(-10f32..10.0, N_LABELS),
        ) {
            let fast = same_as_log_space(&em, &tr, &st)?;
            for row in fast.chunks_exact(N_LABELS) {
                prop_assert!((row.iter().sum::<f32>() - 1.0).abs() < 1e-3);
            }
        }

        #[test]
        fn rescaled_marginals_survive_scores_far_apart(
            em in prop::collection::vec(-400f32..400.0, N_LABELS..N_LABELS * 20),
            tr in prop::collection::vec(-300f32..300.0, N_LABELS * N_LABELS),
            st in prop::collection::vec(-100f32..100.0, N_LABELS),
        ) {
            same_as_log_space(&em, &tr, &st)?;
        }
    }
}
