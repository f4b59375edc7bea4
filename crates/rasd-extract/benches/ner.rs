//! Tagging and in-article resolution throughput over real news (saudinewsnet sample).
//!
//! Articles are tokenized and split into sentences outside the timed loop; the loop runs what
//! the engine runs for entities: tag every sentence, then resolve the mentions. The benchmark
//! checks its own output (a run that finds no entities fails) and reports words per second.
//!
//! The tagger keeps the words it has seen with their scores (`ner::word_cache`), so the same
//! articles tagged again cost less. Two runs bound the cost: `cold`, a tagger with an empty
//! cache every pass (every word of the 100 articles analysed and scored as new, only the
//! article's own repeats kept), and `warm`, the same tagger pass after pass (every word
//! kept). On a stream of news the cost lies between: `rasd bench` reports the cache's hit
//! rate there.
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stderr)]

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use rasd_extract::entities::Resolver;
use rasd_extract::ner::Tagger;
use rasd_text::normalize::Normalizer;
use rasd_text::{Document, Metadata, TokenKind, sentences, structure, tokenize};

fn documents() -> Vec<Document> {
    let norm = Normalizer::standard();
    rasd_testdata::saudinewsnet(100)
        .into_iter()
        .map(|a| {
            let mut doc = Document::new(a.text.clone(), Metadata::default());
            doc.tokens = tokenize::tokenize(&doc.text, &norm);
            let paragraphs = structure::paragraph_spans(&doc.text);
            doc.sentences = sentences::split(&doc.text, &doc.tokens, &paragraphs);
            doc
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut docs = documents();
    let words: usize = docs
        .iter()
        .map(|d| {
            d.tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .count()
        })
        .sum();
    let t = std::time::Instant::now();
    let tagger = Tagger::shipped().unwrap();
    eprintln!("model load: {:.1?}", t.elapsed());
    let resolver = Resolver::default();
    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(10);
    group.bench_function("load", |b| b.iter(|| Tagger::shipped().unwrap()));
    let mut run = |tagger: &Tagger| {
        let mut entities = 0;
        for doc in &mut docs {
            doc.mentions = tagger.mentions(doc);
            resolver.resolve(doc, &tagger.resources().freq);
            entities += doc.entities.len();
        }
        assert!(entities > 100, "the benchmark found almost no entities");
        entities
    };
    group.bench_function("tag+resolve saudinewsnet-100 cold", |b| {
        b.iter_batched_ref(
            || Tagger::from_model(tagger.model().clone()),
            |fresh| run(fresh),
            BatchSize::PerIteration,
        );
    });
    group.bench_function("tag+resolve saudinewsnet-100 warm", |b| {
        b.iter(|| run(&tagger));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
