//! `rasd bench`: single-core throughput of each analysis stage on a real news corpus.
//!
//! The corpus is read into memory first, so that only analysis is timed. Each stage is run over
//! every article on one thread, by an engine of its own (so no stage finds the words an earlier
//! one tagged in the name tagger's cache); the figures are MB/s of UTF-8 text and words/s, where a word is a
//! token that is an Arabic or Latin word or a number. The token and sentence counts are printed
//! too: a stage that got faster by doing less shows it there.

use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use rasd::{Engine, Metadata, Stage, TokenKind};

/// Arguments of `rasd bench`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A JSONL or JSONL.gz corpus with a `text` field per line
    /// [default: $RASD_DATA/saudinewsnet/articles.jsonl.gz, RASD_DATA defaulting to ../shared/data].
    #[arg(long)]
    pub corpus: Option<PathBuf>,
    /// Read at most this many articles.
    #[arg(long, default_value_t = usize::MAX)]
    pub limit: usize,
    /// Repeat each stage this many times and keep the fastest run.
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,
}

struct Timing {
    name: &'static str,
    elapsed: Duration,
    tokens: usize,
    sentences: usize,
}

#[allow(clippy::cast_precision_loss)] // word counts in a rate
pub fn run(args: &Args) -> Result<()> {
    let path = args.corpus.clone().unwrap_or_else(default_corpus);
    let texts = read_corpus(&path, args.limit)?;
    let bytes: usize = texts.iter().map(String::len).sum();
    let engine = Engine::builder().build()?;
    let norm = *engine.normalizer();
    let words = texts
        .iter()
        .map(|t| count_words(&rasd::tokenize(t, &norm)))
        .sum::<usize>();
    println!(
        "corpus: {} ({} articles, {:.1} MB, {} words)",
        path.display(),
        texts.len(),
        mb(bytes),
        words
    );
    println!("machine: {}", machine());
    println!("one thread; fastest of {} run(s)\n", args.repeat.max(1));

    let before_entities = [
        time("normalize+tokenize", args.repeat, || {
            let mut n = (0, 0);
            for t in &texts {
                n.0 += rasd::tokenize(t, &norm).len();
            }
            n
        }),
        time("tokenize+sentences+structure", args.repeat, || {
            let mut n = (0, 0);
            for t in &texts {
                let (tokens, sentences) = rasd::segment_text(t, &norm);
                n.0 += tokens;
                n.1 += sentences;
            }
            n
        }),
    ];
    let (clean, _) = time_stage("clean (+repairs, duplicates)", args, &texts, Stage::Clean)?;
    let (morphology, _) = time_stage("clean+morphology", args, &texts, Stage::Morphology)?;
    let (times, _) = time_stage("…+quantities+times", args, &texts, Stage::QuantitiesTimes)?;
    let (entities, tagged) = time_stage("…+entities", args, &texts, Stage::Entities)?;
    let (hits, lookups) = tagged.tagger().cache_hits();
    let kept = tagged.tagger().cached_words();
    let (all, _) = time_stage(
        "analyze (…+events, quotes: all)",
        args,
        &texts,
        Stage::Events,
    )?;
    let alone = time_events_alone(args, &texts)?;
    let stages = before_entities
        .into_iter()
        .chain([clean, morphology, times, entities, all]);
    println!(
        "{:<30} {:>9} {:>8} {:>12} {:>16} {:>10} {:>10}",
        "stage", "seconds", "MB/s", "words/s", "this stage w/s", "tokens", "sentences"
    );
    // The engine stages are cumulative; "this stage" is the cost of the step over the one before.
    let mut before: Option<Duration> = None;
    for (i, s) in stages.enumerate() {
        let secs = s.elapsed.as_secs_f64();
        let marginal = match before {
            Some(b) if s.elapsed > b => {
                format!("{:.0}", words as f64 / (s.elapsed - b).as_secs_f64())
            }
            _ => "-".to_owned(),
        };
        println!(
            "{:<30} {:>9.3} {:>8.2} {:>12.0} {:>16} {:>10} {:>10}",
            s.name,
            secs,
            mb(bytes) / secs,
            words as f64 / secs,
            marginal,
            s.tokens,
            s.sentences
        );
        // The first two rows are model-free layers measured on their own.
        before = (i >= 2).then_some(s.elapsed);
    }
    // Its counts are of what it found: events and quotes.
    println!(
        "{:<30} {:>9.3} {:>8.2} {:>12.0} {:>16.0} {:>10} {:>10}",
        alone.name,
        alone.elapsed.as_secs_f64(),
        mb(bytes) / alone.elapsed.as_secs_f64(),
        words as f64 / alone.elapsed.as_secs_f64(),
        words as f64 / alone.elapsed.as_secs_f64(),
        format!("{} ev", alone.tokens),
        format!("{} qu", alone.sentences)
    );
    println!(
        "\nname tagger's word cache, over one run of the entities stage from empty: {:.1}% of each \
         article's distinct words found kept ({kept} kept at its end)",
        100.0 * hits as f64 / lookups.max(1) as f64,
    );
    Ok(())
}

/// Times the engine through `last`, each run with an engine of its own: the name tagger keeps
/// the words it has seen, and a run over articles an engine has read already would find every
/// word kept. Returns the fastest run and the engine of the last.
fn time_stage(
    name: &'static str,
    args: &Args,
    texts: &[String],
    last: Stage,
) -> Result<(Timing, Engine)> {
    let mut best: Option<Timing> = None;
    let mut engine = Engine::builder().build()?;
    for run in 0..args.repeat.max(1) {
        if run > 0 {
            engine = Engine::builder().build()?;
        }
        let timing = time(name, 1, || through(&engine, texts, last));
        if best.as_ref().is_none_or(|b| timing.elapsed < b.elapsed) {
            best = Some(timing);
        }
    }
    let best = best.unwrap_or_else(|| time(name, 1, || (0, 0)));
    Ok((best, engine))
}

/// Times the events and quotes stage by itself, on documents analysed through the entities
/// beforehand (untimed): the difference of two cumulative stages is too noisy for a stage
/// this small. Each run works on fresh copies of those documents.
fn time_events_alone(args: &Args, texts: &[String]) -> Result<Timing> {
    let engine = Engine::builder().build()?;
    let analysed: Vec<rasd::Document> = texts
        .iter()
        .map(|t| engine.analyze_through(t, Metadata::default(), Stage::Entities))
        .collect();
    let mut best: Option<Timing> = None;
    for _ in 0..args.repeat.max(1) {
        let mut docs = analysed.clone();
        let timing = time("events+quotes alone", 1, || {
            let mut n = (0, 0);
            for doc in &mut docs {
                engine.extract_events(doc);
                n.0 += doc.events.len();
                n.1 += doc.quotes.len();
            }
            n
        });
        if best.as_ref().is_none_or(|b| timing.elapsed < b.elapsed) {
            best = Some(timing);
        }
    }
    Ok(best.unwrap_or_else(|| time("events+quotes alone", 1, || (0, 0))))
}

fn through(engine: &Engine, texts: &[String], last: Stage) -> (usize, usize) {
    let mut n = (0, 0);
    for t in texts {
        let doc = engine.analyze_through(t, Metadata::default(), last);
        n.0 += doc.tokens.len();
        n.1 += doc.sentences.len();
    }
    n
}

fn time(name: &'static str, repeat: usize, mut f: impl FnMut() -> (usize, usize)) -> Timing {
    let mut best = Duration::MAX;
    let mut counts = (0, 0);
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        counts = std::hint::black_box(f());
        best = best.min(start.elapsed());
    }
    Timing {
        name,
        elapsed: best,
        tokens: counts.0,
        sentences: counts.1,
    }
}

fn count_words(tokens: &[rasd::Token]) -> usize {
    tokens
        .iter()
        .filter(|t| {
            matches!(
                t.kind,
                TokenKind::Word | TokenKind::Latin | TokenKind::Number
            )
        })
        .count()
}

#[allow(clippy::cast_precision_loss)]
fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

/// The shared data's news corpus: `$RASD_DATA` or `../shared/data`.
pub fn default_corpus() -> PathBuf {
    let root = std::env::var_os("RASD_DATA")
        .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from);
    root.join("saudinewsnet/articles.jsonl.gz")
}

/// Reads the `text` field of up to `limit` JSONL lines (gzip-compressed when the name ends in .gz).
fn read_corpus(path: &PathBuf, limit: usize) -> Result<Vec<String>> {
    let file = std::fs::File::open(path)
        .with_context(|| format!("cannot open corpus {}", path.display()))?;
    let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
        Box::new(flate2::read::MultiGzDecoder::new(file))
    } else {
        Box::new(file)
    };
    let mut texts = Vec::new();
    for (n, line) in BufReader::new(reader).lines().enumerate() {
        if texts.len() >= limit {
            break;
        }
        let line =
            line.with_context(|| format!("{}: cannot read line {}", path.display(), n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: invalid JSON", path.display(), n + 1))?;
        match value.get("text").and_then(serde_json::Value::as_str) {
            Some(text) => texts.push(text.to_owned()),
            None => eprintln!(
                "rasd: {}:{}: no `text` field; skipped",
                path.display(),
                n + 1
            ),
        }
    }
    Ok(texts)
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    format!("{cpu}, {cores} cores")
}
