//! Accuracy on the held-out tenth of the segmented training text (never trained on).
#![allow(clippy::unwrap_used, clippy::print_stdout, missing_docs)]

use rasd_morph::{Segmenter, train};

#[test]
fn heldout_accuracy_has_a_floor() {
    let seg = Segmenter::embedded().unwrap();
    let conll = rasd_testdata::read_to_string("newsfane/train.conll");
    let p = train::prepare(&conll, seg.model());
    assert!(
        p.dev.len() > 10_000,
        "held-out part too small: {}",
        p.dev.len()
    );
    let (c, n) = train::accuracy(seg, &p.dev);
    let acc = c as f64 / n as f64;
    println!("held-out word accuracy (relabelled gold): {acc:.4} ({c}/{n})");
    assert!(acc >= 0.975, "held-out accuracy fell to {acc:.4}");
    let (c, n) = train::accuracy(seg, &p.dev_raw);
    println!(
        "held-out word accuracy (gold as given): {:.4} ({c}/{n})",
        c as f64 / n as f64
    );
}
