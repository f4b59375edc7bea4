//! `cargo xtask merge-gold`: gold data for `rasd eval merge`.
//!
//! Takes real sentences from SaudiNewsNet (text the lexicon never saw: it is built from wordfreq)
//! and deletes the space between two Arabic words at random, recording where it was, as JSONL
//! `{"text": …, "merged": [[start, end, split_at], …]}` in code-point offsets. Sentences where no
//! space was deleted stay in: they measure how often real words get split. SaudiNewsNet is
//! CC BY-NC-SA, so the output is evaluation data only and is written outside the repository.
//!
//! Two disjoint slices of the corpus (`--skip`) give a development set to tune on and a test set
//! to report.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::{TokenKind, tokenize};
use rasd_text::{sentences, structure};

/// Arguments of `cargo xtask merge-gold`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to write the JSONL gold file (keep it outside the repository).
    #[arg(long)]
    out: PathBuf,
    /// How many sentences to write.
    #[arg(long, default_value_t = 3000)]
    sentences: usize,
    /// Articles to skip first (use different values for development and test sets).
    #[arg(long, default_value_t = 0)]
    skip: usize,
    /// Take at most this many sentences from one article, so that many articles are seen.
    #[arg(long, default_value_t = 3)]
    per_article: usize,
    /// Probability of deleting each space between two Arabic words.
    #[arg(long, default_value_t = 0.12)]
    rate: f64,
    /// Seed of the random choices.
    #[arg(long, default_value_t = 2021)]
    seed: u64,
}

pub fn run(args: &Args) -> Result<()> {
    let normalizer = Normalizer::standard();
    let mut rng = SplitMix64(args.seed);
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(&args.out)
            .with_context(|| format!("creating {}", args.out.display()))?,
    );
    let (mut written, mut merges, mut articles) = (0usize, 0usize, 0usize);
    let corpus = rasd_testdata::saudinewsnet(usize::MAX);
    for article in corpus.iter().skip(args.skip) {
        if written >= args.sentences {
            break;
        }
        articles += 1;
        let text = &article.text;
        let paragraphs = structure::paragraph_spans(text);
        let tokens = tokenize(text, &normalizer);
        let mut taken = 0;
        for sentence in sentences::split(text, &tokens, &paragraphs) {
            if taken >= args.per_article || written >= args.sentences {
                break;
            }
            let toks = &tokens[sentence.first_token..sentence.end_token];
            let words = toks.iter().filter(|t| t.kind == TokenKind::Word).count();
            // Whole sentences of running Arabic text only.
            if words < 6 || words * 10 < toks.len() * 7 {
                continue;
            }
            let start = sentence.span.start;
            let source = sentence.span.slice(text);
            // Spaces that may be deleted: exactly one space between two Arabic words, and never
            // right after a space deleted just before (no chains of three words). Each is kept
            // as (first word's start, space, second word's end), in bytes of `source`.
            let mut deleted: Vec<(usize, usize, usize)> = Vec::new();
            for pair in toks.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                let gap = &text[a.span.end..b.span.start];
                let after_deleted = deleted.last().is_some_and(|d| d.2 == a.span.end - start);
                if a.kind == TokenKind::Word
                    && b.kind == TokenKind::Word
                    && gap == " "
                    && !after_deleted
                    && rng.next_f64() < args.rate
                {
                    deleted.push((a.span.start - start, a.span.end - start, b.span.end - start));
                }
            }
            let mut merged_text = String::with_capacity(source.len());
            let mut from = 0;
            for &(_, space, _) in &deleted {
                merged_text.push_str(&source[from..space]);
                from = space + 1;
            }
            merged_text.push_str(&source[from..]);
            // A source offset in the new text: every deleted space before it shifts it by one.
            let moved = |b: usize| b - deleted.iter().filter(|d| d.1 < b).count();
            let cp = |b: usize| merged_text[..moved(b)].chars().count();
            let records: Vec<[usize; 3]> = deleted
                .iter()
                .map(|&(word, space, end)| [cp(word), cp(end), cp(space + 1)])
                .collect();
            merges += records.len();
            let line = serde_json::json!({
                "source": format!("saudinewsnet:{}", article.id),
                "text": merged_text,
                "merged": records,
            });
            writeln!(out, "{line}")?;
            written += 1;
            taken += 1;
        }
    }
    out.flush()?;
    println!(
        "wrote {written} sentences from {articles} articles (after skipping {}), {merges} spaces \
         deleted -> {}",
        args.skip,
        args.out.display()
    );
    Ok(())
}

/// A small, fixed pseudo-random generator: the same seed gives the same gold on every machine.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    #[allow(clippy::cast_precision_loss)] // 53 random bits
    fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}
