//! `cargo xtask morph`: trains the clitic segmenter and writes `models/morph.bin.gz`.
//!
//! Sources: wordfreq's Arabic list (`wordfreq-ar`, CC BY-SA 4.0) for the lexicon, and NewsFANE's
//! clitic-segmented news (`newsfane/train.conll`, CC BY-SA 3.0) for the gold splits. A fixed
//! tenth of the NewsFANE sentences (every tenth, starting with the tenth) is held out: it is never
//! trained on, and the accuracy on it is printed. `--write-heldout FILE` writes that part as
//! CoNLL-U so that `rasd eval segment --scheme clitics --gold FILE` can score it too.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, Result};
use rasd_morph::train;
use rasd_morph::{Model, Segmenter};

/// Arguments of `cargo xtask morph`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Perceptron passes over the training words.
    #[arg(long, default_value_t = 8)]
    epochs: usize,
    /// Where to write the model.
    #[arg(long, default_value_os_t = default_out())]
    out: PathBuf,
    /// Print this many held-out words the model gets wrong.
    #[arg(long, default_value_t = 0)]
    show_errors: usize,
    /// Also write the held-out sentences (relabelled gold) as CoNLL-U (clitic scheme) to this file.
    #[arg(long)]
    write_heldout: Option<PathBuf>,
}

fn default_out() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../models/morph.bin.gz")
}

pub fn run(args: &Args) -> Result<()> {
    let mut wordfreq = String::new();
    rasd_testdata::open("wordfreq-ar/ar_large.tsv.gz")
        .read_to_string(&mut wordfreq)
        .context("reading wordfreq-ar")?;
    let mut lexicon = train::lexicon_from_wordfreq(&wordfreq);
    println!("lexicon: {} keys from wordfreq-ar", lexicon.len());

    let newsfane = rasd_testdata::read_to_string("newsfane/train.conll");
    let train::Prepared {
        train: train_words,
        dev: dev_words,
        dev_raw,
        dev_sentences,
        relabelled: (repaired_train, repaired_dev),
    } = train::prepare(&newsfane, &lexicon);
    println!(
        "newsfane: {} training words ({repaired_train} proclitics relabelled), {} held-out words ({repaired_dev} relabelled)",
        train_words.len(),
        dev_words.len()
    );
    train::add_stems(&mut lexicon, &train_words);
    let (model, stats) = train::train(lexicon, &train_words, args.epochs);
    println!(
        "trained: {} words used, {} unreachable by the grammar, {} errors in the last pass; {} weights",
        stats.used,
        stats.unreachable,
        stats.last_epoch_errors,
        model.sizes().1
    );
    let bytes = model.to_bytes()?;
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    println!("wrote {} ({} bytes)", args.out.display(), bytes.len());

    // Check what was written by loading it back, then score the held-out part.
    let segmenter = Segmenter::new(Model::from_bytes(&bytes)?);
    let (c, n) = train::accuracy(&segmenter, &train_words);
    println!("training words: {:.4} ({c}/{n})", ratio(c, n));
    let (c, n) = train::accuracy(&segmenter, &dev_words);
    println!(
        "held-out words, relabelled gold: {:.4} ({c}/{n})",
        ratio(c, n)
    );
    let (c, n) = train::accuracy(&segmenter, &dev_raw);
    println!(
        "held-out words, gold as given: {:.4} ({c}/{n})",
        ratio(c, n)
    );
    if std::env::var_os("MORPH_TRAIN_ERRORS").is_some() {
        for (word, gold, got) in train::errors(&segmenter, &train_words)
            .into_iter()
            .take(args.show_errors)
        {
            println!("  train {word}: gold {gold}, got {got}");
        }
    }
    for (word, gold, got) in train::errors(&segmenter, &dev_words)
        .into_iter()
        .take(args.show_errors)
    {
        println!("  {word}: gold {gold}, got {got}");
    }
    if let Some(path) = &args.write_heldout {
        let conllu = train::to_conllu(&dev_sentences);
        std::fs::write(path, conllu).with_context(|| format!("writing {}", path.display()))?;
        println!("wrote the held-out part as CoNLL-U to {}", path.display());
    }
    Ok(())
}

#[allow(clippy::cast_precision_loss)]
fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}
