//! `rasd demo`: ingest a small built-in corpus, search it, list its duplicates and counts.
//!
//! The articles in examples/corpus/ were written for the project. Two are republications of
//! another with a new headline and an edited ending (near-duplicates), one is an exact copy
//! under another source.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::corpus::{self, DuplicatesArgs, IngestArgs, SearchArgs, StatsArgs, StoreArg};

/// The built-in articles: file, text, source, date.
const ARTICLES: &[(&str, &str, &str, &str)] = &[
    (
        "01-elections",
        include_str!("../../../examples/corpus/01-elections.txt"),
        "wakala",
        "2021-07-25",
    ),
    (
        "02-elections-republished",
        include_str!("../../../examples/corpus/02-elections-republished.txt"),
        "sahifa",
        "2021-07-26",
    ),
    (
        "03-troops",
        include_str!("../../../examples/corpus/03-troops.txt"),
        "wakala",
        "2021-07-27",
    ),
    (
        "04-embassy",
        include_str!("../../../examples/corpus/04-embassy.txt"),
        "mirsad",
        "2021-07-28",
    ),
    (
        "05-troops-copy",
        include_str!("../../../examples/corpus/05-troops-copy.txt"),
        "sahifa",
        "2021-07-27",
    ),
    (
        "06-oil",
        include_str!("../../../examples/corpus/06-oil.txt"),
        "mirsad",
        "2021-08-02",
    ),
    (
        "07-oil-republished",
        include_str!("../../../examples/corpus/07-oil-republished.txt"),
        "sahifa",
        "2021-08-02",
    ),
    (
        "08-football",
        include_str!("../../../examples/corpus/08-football.txt"),
        "wakala",
        "2021-08-05",
    ),
    (
        "09-vaccination",
        include_str!("../../../examples/corpus/09-vaccination.txt"),
        "mirsad",
        "2021-08-07",
    ),
    (
        "10-storm",
        include_str!("../../../examples/corpus/10-storm.txt"),
        "wakala",
        "2021-08-13",
    ),
    (
        "11-startups",
        include_str!("../../../examples/corpus/11-startups.txt"),
        "sahifa",
        "2021-08-17",
    ),
];

/// Arguments of `rasd demo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Where to build the demo store.
    #[arg(long, default_value = "rasd-data-demo")]
    pub store: PathBuf,
}

/// The built-in corpus as JSONL: title on the first line of each file, the body after it.
fn corpus_jsonl() -> String {
    let mut out = String::new();
    for (name, text, source, date) in ARTICLES {
        let (title, body) = text.split_once('\n').unwrap_or(("", text));
        let line = serde_json::json!({
            "id": name,
            "title": title.trim(),
            "text": body.trim(),
            "source": source,
            "date": date,
            "url": format!("https://example.invalid/{source}/{name}"),
        });
        out.push_str(&line.to_string());
        out.push('\n');
    }
    out
}

fn heading(title: &str) {
    println!();
    println!("━━ {title}");
    let _ = std::io::stdout().flush();
}

/// Runs the demo.
pub fn run(args: &Args) -> Result<()> {
    let store = StoreArg {
        store: args.store.clone(),
    };
    let input = std::env::temp_dir().join(format!("rasd-demo-{}.jsonl", std::process::id()));
    std::fs::write(&input, corpus_jsonl())
        .with_context(|| format!("writing {}", input.display()))?;
    heading(&format!(
        "rasd ingest <{} built-in articles> --store {}",
        ARTICLES.len(),
        args.store.display()
    ));
    let ingested = corpus::ingest(&IngestArgs {
        paths: vec![input.clone()],
        store: store.clone(),
        threads: None,
        batch_size: 200,
        text_field: "text".into(),
        title_field: "title".into(),
        url_field: "url".into(),
        date_field: "date".into(),
        source_field: "source".into(),
        id_field: "id".into(),
        source: None,
        threshold: rasd_store::dedup::DEFAULT_THRESHOLD,
        skipped_log: None,
    });
    let _ = std::fs::remove_file(&input);
    ingested?;
    let searches: &[(&str, &[&str], &str)] = &[
        (
            "انتخابات",
            &[],
            "one stem for انتخابات · الانتخابات · للانتخابات · وبالانتخابات",
        ),
        (
            "الأميركية",
            &[],
            "spelling variants: الأميركية · الاميركية · الأمريكية",
        ),
        (
            "\"أسعار النفط\" OR برنت",
            &["--from", "2021-08-01"],
            "a phrase, OR, and a date filter",
        ),
    ];
    for (query, extra, what) in searches {
        heading(&format!(
            "rasd search '{query}' {}   ({what})",
            extra.join(" ")
        ));
        corpus::search(&SearchArgs {
            query: Some((*query).to_owned()),
            store: store.clone(),
            from: extra.get(1).map(|s| (*s).to_owned()),
            to: None,
            source: Vec::new(),
            entity: Vec::new(),
            event: Vec::new(),
            actor: Vec::new(),
            target: Vec::new(),
            place: Vec::new(),
            event_from: None,
            event_to: None,
            limit: 5,
            offset: 0,
            json: false,
            queries: None,
            rounds: 1,
            no_facets: false,
        })?;
    }
    heading("rasd duplicates");
    corpus::duplicates(&DuplicatesArgs {
        store: store.clone(),
        limit: 10,
        threshold: None,
        json: false,
    })?;
    heading("rasd stats");
    corpus::stats(&StatsArgs { store, json: false })?;
    println!();
    println!(
        "Try: rasd search 'القوات' --store {} --json   ·   rasd show 1 --store {}",
        args.store.display(),
        args.store.display()
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_builds_a_searchable_deduplicated_store() {
        let dir = tempfile::tempdir().unwrap();
        let store_dir = dir.path().join("demo");
        let args = Args {
            store: store_dir.clone(),
        };
        run(&args).unwrap();
        let store = rasd_store::Store::open(&store_dir).unwrap();
        let stats = store.stats().unwrap();
        assert_eq!(stats.documents, ARTICLES.len() as i64);
        // Two republications and one exact copy.
        assert_eq!(stats.clusters, 3);
        assert_eq!(stats.exact_duplicates, 1);
        let index = rasd_store::SearchIndex::open(store.dir()).unwrap();
        let hits = |q: &str| {
            index
                .search(&store, &rasd_store::SearchRequest::new(q))
                .unwrap()
                .total
        };
        assert_eq!(hits("انتخابات"), 2);
        assert!(hits("الأميركية") >= 3, "both spellings are found");
        // Running it again adds nothing.
        run(&args).unwrap();
        assert_eq!(store.count().unwrap(), ARTICLES.len() as i64);
    }
}
