//! The evaluators over Duckling's Arabic corpora (../shared/data/duckling-ar): the figures the
//! project promises, checked so that a regression fails loudly.
#![allow(clippy::unwrap_used)] // tests unwrap

use rasd_extract::quantity::eval as number_eval;
use rasd_extract::time::TimeOptions;
use rasd_extract::time::eval as time_eval;

fn read(name: &str) -> String {
    rasd_testdata::read_to_string(&format!("duckling-ar/{name}"))
}

#[test]
fn duckling_time_corpus_with_its_future_rule() {
    let gold = read("time.jsonl");
    let report = time_eval::evaluate(&gold, "time.jsonl", &TimeOptions { future: true });
    assert_eq!(report.gold.examples, 177);
    let rate = report.metrics["pass_rate"];
    assert!(
        rate >= 0.97,
        "time pass rate {rate}: {:#?}",
        report.failures
    );
    // The negative rows produce no time at all.
    let negative = read("negative.jsonl");
    let report = time_eval::evaluate(&negative, "negative.jsonl", &TimeOptions { future: true });
    assert_eq!(report.metrics["pass_rate"], 1.0, "{:#?}", report.failures);
}

#[test]
fn duckling_numbers_per_dimension() {
    for (file, floor) in [
        ("numeral.jsonl", 1.0),
        ("numeral_ar_eg.jsonl", 1.0),
        ("ordinal.jsonl", 1.0),
        ("duration.jsonl", 0.95),
        ("volume.jsonl", 0.95),
        ("quantity.jsonl", 0.95),
        ("amount_of_money.jsonl", 0.95),
        ("phone_number.jsonl", 0.95),
        // One row expects `45 درجه مئوية` without a unit; rasd reads مئوية as Celsius.
        ("temperature.jsonl", 0.92),
    ] {
        let report = number_eval::evaluate(&read(file), file);
        let rate = report.metrics["pass_rate"];
        assert!(
            rate >= floor,
            "{file}: {rate} < {floor}: {:#?}",
            report.failures
        );
    }
}

#[test]
fn sentence_level_rows_give_span_scores() {
    let gold =
        rasd_testdata::read_to_string("heldout_format_samples/recognizers-datetime.sample.jsonl");
    let report = time_eval::evaluate(&gold, "sample", &TimeOptions::default());
    assert!(report.metrics.contains_key("precision") && report.metrics.contains_key("recall"));
    let gold =
        rasd_testdata::read_to_string("heldout_format_samples/recognizers-number.sample.jsonl");
    let report = number_eval::evaluate(&gold, "sample");
    assert!(report.metrics["recall"] > 0.0);
}
