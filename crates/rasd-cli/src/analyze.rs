//! `rasd analyze`: one article in, one document out.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use rasd::{Document, Engine, Metadata};

/// Output formats of `rasd analyze`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    /// The document as JSON (docs/schema.md), offsets in code points.
    Json,
    /// The repaired clean text, one paragraph a line, each marked with its role.
    Text,
    /// One token a line: text, norm, kind; blank line between sentences, `#` lines for paragraphs.
    Conll,
}

/// Arguments of `rasd analyze`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The article: a UTF-8 text file, or `-` for standard input.
    pub file: PathBuf,
    /// What to print.
    #[arg(long, value_enum, default_value = "json")]
    pub format: Format,
    /// Publication date of the article (YYYY-MM-DD): relative times resolve against it.
    #[arg(long)]
    pub date: Option<String>,
    /// The publisher or agency.
    #[arg(long)]
    pub source: Option<String>,
    /// The headline, when it is not the first line of the file.
    #[arg(long)]
    pub title: Option<String>,
    /// An identifier to record in the document.
    #[arg(long)]
    pub id: Option<String>,
    /// Where the article was published.
    #[arg(long)]
    pub url: Option<String>,
    /// Replace invalid UTF-8 instead of failing.
    #[arg(long)]
    pub lossy: bool,
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
}

#[allow(clippy::cast_precision_loss)] // a size in a message
pub fn run(args: &Args) -> Result<()> {
    let text = crate::input::read_text(&args.file, args.lossy)?;
    if let Some(date) = &args.date {
        check_date(date)?;
    }
    let engine = Engine::builder().build()?;
    let meta = Metadata {
        id: args.id.clone(),
        title: args.title.clone(),
        url: args.url.clone(),
        source: args.source.clone(),
        date: args.date.clone(),
        ..Metadata::default()
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let chunks = chunk_bounds(&text, CHUNK_BYTES);
    let chunked = chunks.len() > 1;
    if chunked {
        eprintln!(
            "rasd: {} is {:.1} MB: analysing it in {} paragraph-aligned parts of about {} MB \
             (one JSON document per line)",
            args.file.display(),
            text.len() as f64 / 1e6,
            chunks.len(),
            CHUNK_BYTES >> 20
        );
    }
    let mut char_base = 0;
    for (index, &(start, end)) in chunks.iter().enumerate() {
        let part = &text[start..end];
        let doc = engine.analyze(part, meta.clone());
        match args.format {
            Format::Json => {
                let mut json = rasd::wire::to_json(&doc);
                if chunked {
                    json["chunk"] = serde_json::json!({
                        "index": index,
                        "count": chunks.len(),
                        "offset": char_base,
                    });
                }
                if args.pretty {
                    serde_json::to_writer_pretty(&mut out, &json)?;
                } else {
                    serde_json::to_writer(&mut out, &json)?;
                }
                writeln!(out)?;
            }
            Format::Text => write_text(&mut out, &doc)?,
            Format::Conll => write_conll(&mut out, &doc)?,
        }
        char_base += part.chars().count();
    }
    out.flush().context("cannot write the output")
}

/// Inputs larger than this are analysed in parts, so that memory stays bounded whatever the
/// file's size: a document's annotations take many times the size of its text.
const CHUNK_BYTES: usize = 1 << 20;

/// Splits `text` into parts of about `limit` bytes, each ending at a paragraph break when there
/// is one in the second half of the part, else at a space, else at a character boundary.
fn chunk_bounds(text: &str, limit: usize) -> Vec<(usize, usize)> {
    let mut bounds = Vec::new();
    let mut start = 0;
    while text.len() - start > limit {
        let cut = char_floor(text, start + limit);
        // Both ends of the window fall on character boundaries, whatever the script.
        let half = char_floor(text, start + limit / 2);
        let window = &text[half..cut];
        let end = window
            .rfind('\n')
            .or_else(|| window.rfind(' '))
            .map_or(cut, |i| half + i + 1);
        bounds.push((start, end));
        start = end;
    }
    bounds.push((start, text.len()));
    bounds
}

/// The largest character boundary of `text` at or before byte `i`.
fn char_floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn check_date(date: &str) -> Result<()> {
    let ok = date.len() >= 10
        && date.as_bytes()[4] == b'-'
        && date.as_bytes()[7] == b'-'
        && date[..4].bytes().all(|b| b.is_ascii_digit())
        && date[5..7].bytes().all(|b| b.is_ascii_digit())
        && date[8..10].bytes().all(|b| b.is_ascii_digit());
    anyhow::ensure!(ok, "--date {date:?} is not a date of the form YYYY-MM-DD");
    Ok(())
}

fn role_name(role: rasd::BlockRole) -> &'static str {
    match role {
        rasd::BlockRole::Headline => "headline",
        rasd::BlockRole::Dateline => "dateline",
        rasd::BlockRole::Subheading => "subheading",
        rasd::BlockRole::Caption => "caption",
        rasd::BlockRole::Body => "body",
    }
}

fn write_text(out: &mut impl Write, doc: &Document) -> Result<()> {
    for line in rasd::clean_lines(doc) {
        writeln!(out, "[{}] {}", role_name(line.role), line.text)?;
    }
    Ok(())
}

fn write_conll(out: &mut impl Write, doc: &Document) -> Result<()> {
    writeln!(out, "# text\tnorm\tkind\tstem\tsegments")?;
    let mut block = usize::MAX;
    for sentence in &doc.sentences {
        if sentence.block != block {
            block = sentence.block;
            let role = doc.blocks.get(block).map_or("body", |b| role_name(b.role));
            writeln!(out, "# paragraph {block} {role}")?;
        }
        for token in doc
            .tokens
            .get(sentence.first_token..sentence.end_token)
            .unwrap_or(&[])
        {
            let segments: Vec<&str> = token
                .segments
                .iter()
                .map(|s| s.span.slice(&doc.text))
                .collect();
            writeln!(
                out,
                "{}\t{}\t{:?}\t{}\t{}",
                token.text(&doc.text),
                token.norm,
                token.kind,
                token.stem.as_deref().unwrap_or("_"),
                if segments.is_empty() {
                    "_".to_owned()
                } else {
                    segments.join("+")
                }
            )?;
        }
        writeln!(out)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::chunk_bounds;

    #[test]
    fn parts_cover_the_text_and_cut_between_characters() {
        // Two-byte letters put the middle of a part inside a character at every odd limit.
        let text = "كلمة عربية ".repeat(500) + &"حرف".repeat(400);
        for limit in [97, 100, 101, 1000] {
            let bounds = chunk_bounds(&text, limit);
            assert_eq!(bounds.first().map(|b| b.0), Some(0));
            assert_eq!(bounds.last().map(|b| b.1), Some(text.len()));
            for pair in bounds.windows(2) {
                assert_eq!(pair[0].1, pair[1].0);
            }
            for &(start, end) in &bounds {
                assert!(start < end && text.is_char_boundary(start) && text.is_char_boundary(end));
            }
        }
    }
}
