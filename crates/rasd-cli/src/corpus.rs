//! Corpus commands: ingest, search, show, duplicates, export, stats.
//!
//! They work on a store directory (`./rasd-data` unless `--store` says otherwise): SQLite plus a
//! tantivy index, created on first use.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rasd::{Engine, Metadata};
use rasd_store::export::{Format, What};
use rasd_store::ingest::{Event, IngestOptions, IngestSummary};
use rasd_store::read::{Inputs, JsonFields, ReadOptions};
use rasd_store::{SearchIndex, SearchRequest, SearchResults, Store};

/// Commands over a store of many articles.
#[derive(Debug, clap::Subcommand)]
pub enum Command {
    /// Read articles (.txt, .html, .jsonl, .jsonl.gz, folders) into the store.
    Ingest(IngestArgs),
    /// Search the store: Arabic words match across clitics, plurals and spelling variants.
    Search(SearchArgs),
    /// Print one stored document with its annotations and duplicates, as JSON.
    Show(ShowArgs),
    /// List clusters of near-duplicate articles.
    Duplicates(DuplicatesArgs),
    /// Write documents, annotations, events or quotes as JSONL, CSV or Parquet.
    Export(ExportArgs),
    /// Counts: documents, duplicates, entities, events by type, per source and month.
    Stats(StatsArgs),
}

/// The store to work on.
#[derive(Debug, Clone, clap::Args)]
pub struct StoreArg {
    /// The store directory (created when missing).
    #[arg(long, default_value = "rasd-data")]
    pub store: PathBuf,
}

/// Arguments of `rasd ingest`.
#[derive(Debug, clap::Args)]
pub struct IngestArgs {
    /// Files or folders (read recursively).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Analysis threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
    /// Documents per transaction.
    #[arg(long, default_value_t = 200)]
    pub batch_size: usize,
    /// JSONL field holding the text.
    #[arg(long, default_value = "text")]
    pub text_field: String,
    /// JSONL field holding the headline.
    #[arg(long, default_value = "title")]
    pub title_field: String,
    /// JSONL field holding the address.
    #[arg(long, default_value = "url")]
    pub url_field: String,
    /// JSONL field holding the date.
    #[arg(long, default_value = "date")]
    pub date_field: String,
    /// JSONL field holding the source.
    #[arg(long, default_value = "source")]
    pub source_field: String,
    /// JSONL field holding the record's id.
    #[arg(long, default_value = "id")]
    pub id_field: String,
    /// Source name for records that carry none.
    #[arg(long)]
    pub source: Option<String>,
    /// Jaccard similarity (word 3-shingles) above which articles are near-duplicates.
    #[arg(long, default_value_t = rasd_store::dedup::DEFAULT_THRESHOLD)]
    pub threshold: f64,
    /// Write every skipped record (file:line and reason) to this file.
    #[arg(long)]
    pub skipped_log: Option<PathBuf>,
}

/// Arguments of `rasd search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// The query: words, "phrases", AND / OR / NOT, +must, -mustnot, (groups), title:word.
    #[arg(required_unless_present = "queries")]
    pub query: Option<String>,
    #[command(flatten)]
    pub store: StoreArg,
    /// Only documents dated on or after (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<String>,
    /// Only documents dated on or before (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<String>,
    /// Only documents from this source (repeatable: any of them).
    #[arg(long)]
    pub source: Vec<String>,
    /// Only documents mentioning an entity with this name (repeatable: all of them).
    #[arg(long)]
    pub entity: Vec<String>,
    /// Only documents reporting an event of this type: MEET, AGREE, WITHDRAW, ASSAULT, PROTEST,
    /// ARREST, ELECT, AID, PRAISE, ACCUSE, THREATEN, DEMAND, STATEMENT (repeatable: any of them).
    #[arg(long = "event", value_name = "TYPE")]
    pub event: Vec<String>,
    /// Only documents with an event (of the --event types, if given) whose actor has this name
    /// (repeatable: all of them).
    #[arg(long)]
    pub actor: Vec<String>,
    /// Only documents with an event (of the --event types, if given) whose target has this name
    /// (repeatable: all of them).
    #[arg(long)]
    pub target: Vec<String>,
    /// Only documents with an event (of the --event types, if given) in a place with this name
    /// (repeatable: all of them).
    #[arg(long)]
    pub place: Vec<String>,
    /// Only documents with an event (of the --event types, if given) dated on or after
    /// (YYYY, YYYY-MM or YYYY-MM-DD): the event's own time, not the article's date.
    #[arg(long)]
    pub event_from: Option<String>,
    /// Only documents with an event (of the --event types, if given) dated on or before.
    #[arg(long)]
    pub event_to: Option<String>,
    /// Number of hits.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Hits to skip (for paging).
    #[arg(long, default_value_t = 0)]
    pub offset: usize,
    /// Print the results as JSON (offsets in code points).
    #[arg(long)]
    pub json: bool,
    /// Latency benchmark: run every query of this file (one per line, `#` comments) and print
    /// p50/p99.
    #[arg(long)]
    pub queries: Option<PathBuf>,
    /// Rounds over the query file in the latency benchmark.
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
    /// Skip counting facets (faster on broad queries).
    #[arg(long)]
    pub no_facets: bool,
}

/// Arguments of `rasd show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// The store's document number, or the input's own id.
    pub id: String,
    #[command(flatten)]
    pub store: StoreArg,
}

/// Arguments of `rasd duplicates`.
#[derive(Debug, clap::Args)]
pub struct DuplicatesArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Clusters to print.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Recompute the clusters with this threshold first.
    #[arg(long)]
    pub threshold: Option<f64>,
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Export formats.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// Apache Parquet.
    Parquet,
}

/// What to export.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ExportWhat {
    /// Documents with metadata, text, cluster and analysis.
    Documents,
    /// Entities per document.
    Entities,
    /// Entity mentions.
    Mentions,
    /// Temporal expressions.
    Times,
    /// Numbers and quantities.
    Quantities,
    /// Events, one row each, like a GDELT or ACLED table.
    Events,
    /// Quotes with their speakers.
    Quotes,
}

/// Arguments of `rasd export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: ExportFormat,
    /// What to export.
    #[arg(long, value_enum, default_value = "documents")]
    pub what: ExportWhat,
    /// Output file (default: standard output; required for Parquet).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Only events at least this sure, from 0 to 1 (with --what events).
    #[arg(long, value_name = "P")]
    pub min_confidence: Option<f64>,
}

/// Arguments of `rasd stats`.
#[derive(Debug, clap::Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Print as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Runs a corpus command.
pub fn run(cmd: Command) -> Result<()> {
    let result = dispatch(cmd);
    // `rasd search ... | head` closes the pipe early: that is not an error.
    if let Err(e) = &result
        && e.chain().any(|c| {
            c.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
        })
    {
        return Ok(());
    }
    result
}

fn dispatch(cmd: Command) -> Result<()> {
    match cmd {
        Command::Ingest(args) => ingest(&args).map(|_| ()),
        Command::Search(args) => search(&args),
        Command::Show(args) => show(&args),
        Command::Duplicates(args) => duplicates(&args),
        Command::Export(args) => export(&args),
        Command::Stats(args) => stats(&args),
    }
}

/// Set by Ctrl-C: ingest stops after the batch in flight is committed.
static CANCEL: AtomicBool = AtomicBool::new(false);
static INTERRUPTS: AtomicUsize = AtomicUsize::new(0);

fn open(store: &Path) -> Result<(Store, SearchIndex)> {
    let s = Store::open(store).with_context(|| format!("opening store {}", store.display()))?;
    if let Some(m) = s.migration() {
        eprintln!(
            "store {} migrated from schema {} to {}: events and quotes of {} documents filled from \
             their stored analysis",
            store.display(),
            m.from,
            m.to,
            m.filled
        );
        if m.without_events > 0 {
            eprintln!(
                "{} documents were analysed before events were extracted and have none: \
                 re-ingest them into a new store to extract their events and quotes",
                m.without_events
            );
        }
    }
    let i = SearchIndex::open(s.dir()).context("opening the search index")?;
    Ok((s, i))
}

/// Opens an existing store (refusing to create one where a reader expected data).
fn open_existing(store: &Path) -> Result<(Store, SearchIndex)> {
    if !store.join("store.sqlite").exists() {
        bail!(
            "no store at {} (run `rasd ingest PATH --store {}` first)",
            store.display(),
            store.display()
        );
    }
    open(store)
}

/// Ingests with the default engine; shared with the demo.
pub fn ingest(args: &IngestArgs) -> Result<IngestSummary> {
    let engine = Engine::builder().build().context("loading the engine")?;
    let (mut store, index) = open(&args.store.store)?;
    let inputs = Inputs::find(&args.paths)?;
    for ignored in inputs.ignored() {
        eprintln!(
            "{}: not read (not .txt, .html or .jsonl[.gz])",
            ignored.display()
        );
    }
    let options = IngestOptions {
        threads: args
            .threads
            .unwrap_or_else(|| IngestOptions::default().threads),
        batch_size: args.batch_size,
        read: ReadOptions {
            fields: JsonFields {
                text: args.text_field.clone(),
                title: args.title_field.clone(),
                url: args.url_field.clone(),
                date: args.date_field.clone(),
                source: args.source_field.clone(),
                id: args.id_field.clone(),
            },
            default_source: args.source.clone(),
        },
        threshold: args.threshold,
    };
    // The first Ctrl-C lets the batch in flight commit; a second one stops at once (SQLite's
    // journal keeps the store consistent either way).
    let _ = ctrlc::set_handler(|| {
        if INTERRUPTS.fetch_add(1, Ordering::SeqCst) > 0 {
            std::process::exit(130);
        }
        CANCEL.store(true, Ordering::SeqCst);
    });
    let bar = ProgressBar::with_draw_target(
        Some(inputs.total_bytes()),
        ProgressDrawTarget::stderr_with_hz(4),
    );
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {elapsed_precise} [{wide_bar}] {percent}% ETA {eta} {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let started = Instant::now();
    let mut log = match &args.skipped_log {
        Some(path) => Some(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        )),
        None => None,
    };
    let mut shown_skips = 0usize;
    const SHOWN_SKIPS: usize = 20;
    let analyze = |text: &str, meta: Metadata| engine.analyze(text, meta);
    let summary = rasd_store::ingest::ingest(
        &mut store,
        &index,
        inputs,
        &analyze,
        &options,
        &mut |event| match event {
            Event::Skipped(s) => {
                if let Some(log) = &mut log {
                    let _ = writeln!(log, "{s}");
                }
                if shown_skips < SHOWN_SKIPS {
                    bar.suspend(|| eprintln!("{s}"));
                }
                shown_skips += 1;
            }
            Event::Committed {
                bytes_read,
                records,
                added,
            } => {
                bar.set_position(bytes_read);
                let secs = started.elapsed().as_secs_f64().max(1e-3);
                bar.set_message(format!(
                    "{records} read, {added} added, {:.0} docs/s",
                    records as f64 / secs
                ));
            }
            Event::Indexed(n) => {
                bar.set_message(format!("indexing: {n} documents"));
            }
            Event::Clustering => bar.set_message("finding near-duplicates"),
        },
        &CANCEL,
    )?;
    bar.finish_and_clear();
    let secs = started.elapsed().as_secs_f64();
    if shown_skips > SHOWN_SKIPS {
        eprintln!(
            "… and {} more skipped records{}",
            shown_skips - SHOWN_SKIPS,
            args.skipped_log.as_ref().map_or(String::new(), |p| format!(
                " (all listed in {})",
                p.display()
            ))
        );
    }
    eprintln!(
        "{} records read in {secs:.1} s ({:.0} records/s): {} added, {} already in the store, {} skipped; \
         {} indexed; {} duplicate clusters",
        summary.records,
        summary.records as f64 / secs.max(1e-3),
        summary.added,
        summary.already_present,
        summary.skipped.len(),
        summary.indexed,
        summary.clusters,
    );
    if summary.interrupted {
        eprintln!(
            "interrupted: everything committed is kept; run the same command again to finish"
        );
    }
    eprintln!("store: {}", args.store.store.display());
    Ok(summary)
}

fn request(args: &SearchArgs, query: &str) -> SearchRequest {
    SearchRequest {
        from: args.from.clone(),
        to: args.to.clone(),
        sources: args.source.clone(),
        entities: args.entity.clone(),
        event_types: args.event.clone(),
        actors: args.actor.clone(),
        targets: args.target.clone(),
        places: args.place.clone(),
        event_from: args.event_from.clone(),
        event_to: args.event_to.clone(),
        limit: args.limit,
        offset: args.offset,
        facets: !args.no_facets,
        ..SearchRequest::new(query)
    }
}

pub fn search(args: &SearchArgs) -> Result<()> {
    let (store, index) = open_existing(&args.store.store)?;
    if index.indexed_upto() < store.max_id()? {
        // An ingest was interrupted before indexing: catch up from the store first.
        let n = index.sync(&store, 2, &mut |_| {})?;
        eprintln!("indexed {n} documents that were not searchable yet");
    }
    if let Some(file) = &args.queries {
        return bench_queries(args, &store, &index, file);
    }
    let query = args.query.clone().unwrap_or_default();
    let results = index.search(&store, &request(args, &query))?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &results)?;
        writeln!(out)?;
    } else {
        print_results(&mut out, &results)?;
    }
    Ok(())
}

/// Terminal output: one block per hit, matched words in bold.
pub fn print_results(out: &mut dyn Write, results: &SearchResults) -> Result<()> {
    writeln!(out, "{} documents match «{}»", results.total, results.query)?;
    for hit in &results.hits {
        writeln!(out)?;
        writeln!(
            out,
            "#{}  {}  [{} · {}]  score {:.2}",
            hit.doc,
            hit.title.as_deref().unwrap_or("(no title)"),
            hit.source.as_deref().unwrap_or("-"),
            hit.date.as_deref().unwrap_or("-"),
            hit.score
        )?;
        if !hit.duplicates.is_empty() {
            let ids: Vec<String> = hit.duplicates.iter().map(|d| format!("#{d}")).collect();
            writeln!(out, "    also published as {}", ids.join(" "))?;
        }
        writeln!(out, "    {}", marked(&hit.snippet))?;
    }
    let f = &results.facets;
    let line = |name: &str, items: &[rasd_store::FacetCount]| -> String {
        let parts: Vec<String> = items
            .iter()
            .take(8)
            .map(|c| format!("{} {}", c.value, c.count))
            .collect();
        format!("{name}: {}", parts.join(" · "))
    };
    if results.total > 0 && !(f.source.is_empty() && f.month.is_empty()) {
        writeln!(out)?;
        writeln!(out, "{}", line("by source", &f.source))?;
        writeln!(out, "{}", line("by month", &f.month))?;
        if !f.entity.is_empty() {
            writeln!(out, "{}", line("entities", &f.entity))?;
        }
        if !f.event.is_empty() {
            writeln!(out, "{}", line("events", &f.event))?;
        }
    }
    Ok(())
}

/// The snippet with highlights wrapped in terminal bold (or ⟦ ⟧ when not a terminal).
fn marked(snippet: &rasd_store::Snippet) -> String {
    use std::io::IsTerminal;
    let (open, close) = if std::io::stdout().is_terminal() {
        ("\x1b[1;33m", "\x1b[0m")
    } else {
        ("⟦", "⟧")
    };
    let mut out = String::new();
    let mut marks = snippet.highlights.iter().peekable();
    let mut inside = false;
    for (i, c) in snippet.text.chars().enumerate() {
        let at = snippet.start + i;
        if !inside && marks.peek().is_some_and(|m| m[0] == at) {
            out.push_str(open);
            inside = true;
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
        if inside && marks.peek().is_some_and(|m| m[1] == at + 1) {
            out.push_str(close);
            inside = false;
            marks.next();
        }
    }
    if inside {
        out.push_str(close);
    }
    out
}

fn bench_queries(args: &SearchArgs, store: &Store, index: &SearchIndex, file: &Path) -> Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
    let queries: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    if queries.is_empty() {
        bail!("no queries in {}", file.display());
    }
    let mut times: Vec<Duration> = Vec::new();
    let mut hits_total = 0usize;
    let mut empty = Vec::new();
    for round in 0..args.rounds.max(1) {
        for q in &queries {
            let t = Instant::now();
            let r = index.search(store, &request(args, q))?;
            times.push(t.elapsed());
            if round == 0 {
                hits_total += r.total;
                if r.total == 0 {
                    empty.push(*q);
                }
            }
        }
    }
    times.sort_unstable();
    let pct = |p: f64| times[((times.len() - 1) as f64 * p).round() as usize];
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{} queries × {} rounds over {} documents (limit {}, with facets and snippets)",
        queries.len(),
        args.rounds.max(1),
        index.num_docs(),
        args.limit
    );
    println!(
        "latency: p50 {:.2} ms · p90 {:.2} ms · p99 {:.2} ms · max {:.2} ms",
        ms(pct(0.5)),
        ms(pct(0.9)),
        ms(pct(0.99)),
        ms(pct(1.0))
    );
    println!(
        "matches per query: mean {:.0}; queries with no match: {}",
        hits_total as f64 / queries.len() as f64,
        empty.len()
    );
    for q in empty {
        println!("  no match: {q}");
    }
    Ok(())
}

fn show(args: &ShowArgs) -> Result<()> {
    let (store, _) = open_existing(&args.store.store)?;
    let out = store
        .show(&args.id)?
        .with_context(|| format!("no document {} in the store", args.id))?;
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, &out)?;
    writeln!(stdout)?;
    Ok(())
}

pub fn duplicates(args: &DuplicatesArgs) -> Result<()> {
    let (mut store, _) = open_existing(&args.store.store)?;
    if let Some(t) = args.threshold {
        if !(0.0..=1.0).contains(&t) {
            bail!("--threshold must be between 0 and 1");
        }
        rasd_store::ingest::refresh_clusters(&mut store, t)?;
    }
    let clusters = store.clusters()?;
    let mut out = std::io::stdout().lock();
    let docs_in = clusters.iter().map(|c| c.members.len()).sum::<usize>();
    if args.json {
        let list: Vec<serde_json::Value> = clusters
            .iter()
            .take(args.limit)
            .map(|c| {
                let members: Vec<serde_json::Value> = c
                    .members
                    .iter()
                    .map(|m| {
                        let d = store.document(m.doc).ok().flatten();
                        serde_json::json!({
                            "doc": m.doc,
                            "similarity": m.similarity,
                            "exact": m.exact,
                            "title": d.as_ref().and_then(|d| d.info.title.clone()),
                            "source": d.as_ref().and_then(|d| d.info.source.clone()),
                            "date": d.as_ref().and_then(|d| d.info.date.clone()),
                        })
                    })
                    .collect();
                serde_json::json!({ "representative": c.representative, "members": members })
            })
            .collect();
        let v = serde_json::json!({
            "clusters": clusters.len(),
            "documents_in_clusters": docs_in,
            "shown": list,
        });
        serde_json::to_writer_pretty(&mut out, &v)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} clusters of near-duplicates ({} documents; {} are copies of a representative)",
        clusters.len(),
        docs_in,
        docs_in - clusters.len()
    )?;
    for c in clusters.iter().take(args.limit) {
        writeln!(out)?;
        writeln!(
            out,
            "cluster of {} (representative #{}):",
            c.members.len(),
            c.representative
        )?;
        for m in &c.members {
            let d = store.document(m.doc)?;
            let title = d
                .as_ref()
                .and_then(|d| d.info.title.clone())
                .or_else(|| d.as_ref().map(|d| d.text.chars().take(70).collect()))
                .unwrap_or_default();
            let kind = if m.doc == c.representative {
                "representative".to_owned()
            } else if m.exact {
                "exact copy".to_owned()
            } else {
                format!("similarity {:.2}", m.similarity)
            };
            writeln!(
                out,
                "  #{:<6} {:<18} {:<12} {}",
                m.doc,
                kind,
                d.as_ref()
                    .and_then(|d| d.info.source.clone())
                    .unwrap_or_default(),
                title
            )?;
        }
    }
    Ok(())
}

fn export(args: &ExportArgs) -> Result<()> {
    let (store, _) = open_existing(&args.store.store)?;
    let format = match args.format {
        ExportFormat::Jsonl => Format::Jsonl,
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Parquet => Format::Parquet,
    };
    let what = match args.what {
        ExportWhat::Documents => What::Documents,
        ExportWhat::Entities => What::Entities,
        ExportWhat::Mentions => What::Mentions,
        ExportWhat::Times => What::Times,
        ExportWhat::Quantities => What::Quantities,
        ExportWhat::Events => What::Events,
        ExportWhat::Quotes => What::Quotes,
    };
    if args.min_confidence.is_some() && !matches!(what, What::Events) {
        bail!("--min-confidence applies to --what events only");
    }
    let out: Box<dyn Write + Send> = match &args.output {
        Some(path) => Box::new(
            std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?,
        ),
        None if matches!(format, Format::Parquet) => {
            bail!("Parquet is binary: give an output file with --output")
        }
        None => Box::new(std::io::stdout()),
    };
    let filter = rasd_store::export::Filter {
        min_confidence: args.min_confidence,
    };
    let n = rasd_store::export::export_filtered(&store, what, format, out, &filter)?;
    eprintln!("{n} rows exported");
    Ok(())
}

pub fn stats(args: &StatsArgs) -> Result<()> {
    let (store, index) = open_existing(&args.store.store)?;
    let s = store.stats()?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &s)?;
        writeln!(out)?;
        return Ok(());
    }
    print_stats(&mut out, &s, index.num_docs())
}

/// Prints store counts as a short report.
pub fn print_stats(out: &mut dyn Write, s: &rasd_store::Stats, indexed: u64) -> Result<()> {
    writeln!(
        out,
        "documents        {} ({} distinct texts, {indexed} searchable)",
        s.documents, s.distinct_texts
    )?;
    writeln!(
        out,
        "duplicates       {} in {} clusters ({} exact copies)",
        s.duplicates, s.clusters, s.exact_duplicates
    )?;
    writeln!(
        out,
        "annotations      {} entities · {} mentions · {} times · {} quantities",
        s.entities, s.mentions, s.times, s.quantities
    )?;
    writeln!(out, "events           {} · quotes {}", s.events, s.quotes)?;
    if !s.events_by_type.is_empty() {
        let by_type: Vec<String> = s
            .events_by_type
            .iter()
            .map(|(t, n)| format!("{t} {n}"))
            .collect();
        writeln!(out, "events by type   {}", by_type.join(" · "))?;
    }
    if s.documents_without_events > 0 {
        writeln!(
            out,
            "                 ({} documents were analysed before events were extracted: \
             re-ingest them into a new store for theirs)",
            s.documents_without_events
        )?;
    }
    let join = |items: &[(String, i64)]| {
        items
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    writeln!(out, "by source        {}", join(&s.by_source))?;
    writeln!(out, "by month         {}", join(&s.by_month))?;
    if !s.top_entities.is_empty() {
        let top: Vec<String> = s
            .top_entities
            .iter()
            .take(10)
            .map(|(n, t, c)| format!("{n} ({t}) {c}"))
            .collect();
        writeln!(out, "top entities     {}", top.join(" · "))?;
    }
    Ok(())
}
