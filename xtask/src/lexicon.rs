//! `cargo xtask lexicon`: the word-frequency lexicon used to split run-together words.
//!
//! Reads wordfreq's Arabic list (`wordfreq-ar/ar_large.tsv.gz`, CC BY-SA 4.0), normalizes each
//! form with the standard normalizer, keeps forms made only of Arabic letters, adds up the
//! frequencies of forms that normalize alike, drops the rarest, and writes an fst map
//! word → cost (`-ln(frequency)` in hundredths of a nat) with a checked header, gzip'd, to
//! `models/wordfreq.fst.gz`.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use rasd_text::chars::is_arabic_letter;
use rasd_text::lexicon::{Lexicon, encode, to_raw};
use rasd_text::normalize::Normalizer;

/// The shared data file the lexicon is built from.
const SOURCE: &str = "wordfreq-ar/ar_large.tsv.gz";

/// Arguments of `cargo xtask lexicon`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Drop forms rarer than this (relative frequency, after merging).
    #[arg(long, default_value_t = 1.5e-8)]
    min_frequency: f64,
    /// Where to write the lexicon.
    #[arg(long, default_value_os_t = default_out())]
    out: PathBuf,
}

fn default_out() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models/wordfreq.fst.gz")
}

pub fn run(args: &Args) -> Result<()> {
    let normalizer = Normalizer::standard();
    let mut freqs: BTreeMap<String, f64> = BTreeMap::new();
    let (mut read, mut foreign) = (0usize, 0usize);
    for (i, line) in rasd_testdata::open(SOURCE).lines().enumerate() {
        let line = line.with_context(|| format!("reading {SOURCE}"))?;
        if i == 0 {
            continue; // header
        }
        let Some((word, freq)) = line.split_once('\t') else {
            bail!("{SOURCE}:{}: expected word<TAB>frequency", i + 1);
        };
        let freq: f64 = freq
            .trim()
            .parse()
            .with_context(|| format!("{SOURCE}:{}: bad frequency", i + 1))?;
        read += 1;
        let norm = normalizer.normalize(word);
        if norm.is_empty() || !norm.chars().all(is_arabic_letter) {
            foreign += 1;
            continue;
        }
        *freqs.entry(norm.into_owned()).or_default() += freq;
    }
    let merged = freqs.len();
    freqs.retain(|_, f| *f >= args.min_frequency);

    let mut builder = fst::MapBuilder::memory();
    for (word, freq) in &freqs {
        builder.insert(word, to_raw(-freq.ln()))?;
    }
    let map_bytes = builder.into_inner()?;
    let file = encode(&map_bytes, freqs.len() as u64);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&file)?;
    let gz = gz.finish()?;
    // Check the artifact the way the library will load it before writing it.
    let lexicon = Lexicon::from_bytes(&gz).context("the built lexicon does not load")?;
    if let Some(parent) = args.out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&args.out, &gz).with_context(|| format!("writing {}", args.out.display()))?;
    println!(
        "read {read} forms ({foreign} not Arabic letters), {merged} after normalizing, \
         kept {} with frequency >= {:e}",
        lexicon.len(),
        args.min_frequency
    );
    println!(
        "fst {} bytes, gzip'd {} bytes -> {}",
        map_bytes.len(),
        gz.len(),
        args.out.display()
    );
    Ok(())
}
