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
    let doc = engine.analyze(&text, meta);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args.format {
        Format::Json => {
            let json = rasd::wire::to_json(&doc);
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
    out.flush().context("cannot write the output")
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
