//! `cargo xtask ner`: trains the NER model and writes `models/ner.bin`.
//!
//! Data: ANERcorp's train side, of which the last 10% of sentences (whole articles, in file
//! order) are held out for development and never trained on; optionally AQMAR's train part.
//! The gazetteer the features read is derived from the training sentences by jackknifing: the
//! sentences of each fold see a gazetteer built from the other folds only, so the tagger learns
//! how far to trust it on names it has not seen. Each stage is the mean of several perceptrons
//! trained in different shuffling orders (`--ensemble`). Everything is in fixed order with fixed
//! seeds: the same data gives the same model.

use std::io::BufRead;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use rasd_extract::ner::conll::{self, Sentence};
use rasd_extract::ner::decode::viterbi;
use rasd_extract::ner::features::{
    DocContext, LabelContext, Resources, WordInfo, analyse_words, bias_feature,
    features_in_context, stacked_features,
};
use rasd_extract::ner::gazetteer::Gazetteer;
use rasd_extract::ner::labels::{Label, N_LABELS};
use rasd_extract::ner::lexicon::FreqLexicon;
use rasd_extract::ner::norm::normalize;
use rasd_extract::ner::train::{TrainConfig, TrainSentence, mean, train};
use rasd_extract::ner::{DOC_SENTENCES, Model, Stage, Tagger, evaluate};

/// Arguments of `cargo xtask ner`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Passes over the training data.
    #[arg(long, default_value_t = 6)]
    epochs: usize,
    /// Drop features seen fewer times than this.
    #[arg(long, default_value_t = 1)]
    min_count: u32,
    /// Folds for the jackknifed gazetteer.
    #[arg(long, default_value_t = 5)]
    folds: usize,
    /// Word forms kept from wordfreq (most frequent first).
    #[arg(long, default_value_t = 150_000)]
    freq_words: usize,
    /// Also train on AQMAR's train part (Wikipedia).
    #[arg(long)]
    aqmar: bool,
    /// Also train on the Wojood sample's train part (recent news; outermost tags, its GPE read
    /// as LOC and its types outside the four classes as O).
    #[arg(long)]
    wojood: bool,
    /// Stages: 1 (one labeller) or 2 (a second labeller reading the first one's labels across
    /// the article).
    #[arg(long, default_value_t = 2)]
    stages: usize,
    /// Subtracted from the weight of `O` on every word, in the last stage.
    #[arg(long, default_value_t = 0.0)]
    o_penalty: f32,
    /// Hold out tenth K (0–9) of ANERcorp instead of the last (cross-validation runs only).
    #[arg(long)]
    cv_fold: Option<usize>,
    /// Leave AQMAR and Wojood names out of the gazetteer.
    #[arg(long)]
    no_external: bool,
    /// Train on all of ANERcorp, development part included (for a final model; its
    /// development figure is then meaningless).
    #[arg(long)]
    all: bool,
    /// Perceptrons per stage, each trained in its own order, averaged into one.
    #[arg(long, default_value_t = 5)]
    ensemble: usize,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner.bin")]
    out: PathBuf,
    /// Write the development sentences with gold and predicted tags here (for error analysis).
    #[arg(long)]
    predictions: Option<PathBuf>,
    /// Where to write the held-out development sentences (for `rasd eval ner`).
    #[arg(long, default_value = "target/ner/anercorp-dev.conll")]
    dev_out: PathBuf,
}

/// Annotated sets whose names feed the gazetteer (never the training sentences).
const EXTERNAL_GAZETTEER: &[&str] = &["aqmar/train.conll", "wojood_sample/train.conll"];

/// Percent of ANERcorp sentences held out for development.
const DEV_PERCENT: usize = 10;

pub fn run(args: &Args) -> Result<()> {
    let t0 = Instant::now();
    let anercorp = conll::parse(&rasd_testdata::read_to_string("anercorp/train.conll"));
    let (train_part, dev_part) = conll::split_dev(&anercorp.sentences, DEV_PERCENT);
    // Cross-validation (never for the shipped model): tenth `k` of the training part is the
    // development part instead, to see how much the figure depends on which articles are held out.
    let (cv_train, cv_dev);
    let (train_part, dev_part) = match args.cv_fold {
        Some(k) => {
            let n = anercorp.sentences.len();
            let (a, b) = (n * k / 10, n * (k + 1) / 10);
            cv_dev = anercorp.sentences[a..b].to_vec();
            cv_train = [&anercorp.sentences[..a], &anercorp.sentences[b..]].concat();
            (cv_train.as_slice(), cv_dev.as_slice())
        }
        None => (train_part, dev_part),
    };
    if let Some(dir) = args.dev_out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.dev_out, conll::to_text(dev_part))
        .with_context(|| format!("writing {}", args.dev_out.display()))?;
    let mut training: Vec<Sentence> = if args.all {
        anercorp.sentences.clone()
    } else {
        train_part.to_vec()
    };
    if args.aqmar {
        training
            .extend(conll::parse(&rasd_testdata::read_to_string("aqmar/train.conll")).sentences);
    }
    if args.wojood {
        training.extend(
            conll::parse(&rasd_testdata::read_to_string("wojood_sample/train.conll")).sentences,
        );
    }
    println!(
        "ANERcorp: {} sentences ({} train, {} dev held out); training on {} sentences, {} words",
        anercorp.sentences.len(),
        train_part.len(),
        dev_part.len(),
        training.len(),
        training.iter().map(|s| s.words.len()).sum::<usize>()
    );

    let freq = read_wordfreq(args.freq_words)?;
    println!("wordfreq: {} normalized forms", freq.len());

    // Jackknifed gazetteers: fold k's sentences see counts from the other folds only.
    let folds = args.folds.max(2);
    let fold_of = |i: usize| i * folds / training.len().max(1);
    let mut fold_gaz: Vec<Gazetteer> = vec![Gazetteer::default(); folds];
    let mut full_gaz = Gazetteer::default();
    for (i, s) in training.iter().enumerate() {
        let f = fold_of(i);
        for (k, gaz) in fold_gaz.iter_mut().enumerate() {
            if k != f {
                count_sentence(gaz, s, &freq);
            }
        }
        count_sentence(&mut full_gaz, s, &freq);
    }
    // Names from other annotated sets widen the gazetteer for every fold alike: none of their
    // sentences is trained on, so the tagger sees them as it will at run time.
    if !args.no_external {
        // A set trained on is counted with the training sentences, fold by fold, not again here.
        let trained = |file: &str| {
            args.aqmar && file.starts_with("aqmar/") || args.wojood && file.starts_with("wojood")
        };
        for file in EXTERNAL_GAZETTEER.iter().filter(|f| !trained(f)) {
            let corpus = conll::parse(&rasd_testdata::read_to_string(file));
            for s in &corpus.sentences {
                for g in fold_gaz.iter_mut().chain(std::iter::once(&mut full_gaz)) {
                    count_sentence(g, s, &freq);
                }
            }
        }
    }
    for g in fold_gaz.iter_mut().chain(std::iter::once(&mut full_gaz)) {
        g.prune(2);
    }
    println!("gazetteer: {} words", full_gaz.len());

    let mut fold_res: Vec<Resources> = fold_gaz
        .into_iter()
        .map(|gazetteer| Resources {
            freq: freq.clone(),
            gazetteer,
            ..Resources::default()
        })
        .collect();
    // Consecutive sentences are read together as one article, as `evaluate` does; a chunk
    // never straddles two folds, so it sees one gazetteer.
    let (mut feats, mut offsets) = (Vec::new(), Vec::new());
    let mut sentences: Vec<TrainSentence> = Vec::with_capacity(training.len());
    let mut all_infos: Vec<Vec<WordInfo>> = Vec::with_capacity(training.len());
    let mut chunks: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = 0;
    while start < training.len() {
        let fold = fold_of(start);
        let mut end = start + 1;
        while end < training.len() && end - start < DOC_SENTENCES && fold_of(end) == fold {
            end += 1;
        }
        let res = &fold_res[fold];
        let infos: Vec<_> = training[start..end]
            .iter()
            .map(|s| analyse_words(&s.words, res))
            .collect();
        let ctx = DocContext::new(&infos);
        for (s, infos) in training[start..end].iter().zip(&infos) {
            features_in_context(infos, &ctx, &mut feats, &mut offsets);
            sentences.push(TrainSentence {
                feats: feats.clone(),
                offsets: offsets.clone(),
                labels: s.labels.clone(),
            });
        }
        all_infos.extend(infos);
        chunks.push(start..end);
        start = end;
    }
    fold_res.clear();
    println!("features extracted in {:.1?}", t0.elapsed());

    let resources = Resources {
        freq,
        gazetteer: full_gaz,
        ..Resources::default()
    };
    let dev_text = conll::to_text(dev_part);
    let config = TrainConfig {
        epochs: args.epochs,
        min_count: args.min_count,
        ..TrainConfig::default()
    };
    let t1 = Instant::now();
    let report_epoch = |stages: Vec<Stage>, epoch: usize| {
        let model = Model {
            stages,
            resources: resources.clone(),
        };
        let report = evaluate(&dev_text, &Tagger::from_model(model));
        println!(
            "  epoch {epoch:>2}: dev F1 {:.4} (P {:.4} R {:.4}), {:.1?}",
            report.metrics.get("f1").copied().unwrap_or(0.0),
            report.metrics.get("precision").copied().unwrap_or(0.0),
            report.metrics.get("recall").copied().unwrap_or(0.0),
            t1.elapsed()
        );
    };
    println!("stage 1");
    let first = train_ensemble(&sentences, config, args.ensemble, |epoch, stage| {
        if args.stages == 1 {
            report_epoch(vec![stage.clone()], epoch);
        }
    });
    let mut stages = vec![first];
    if args.stages >= 2 {
        // The second stage learns from first-stage labels as they will be at run time: each
        // fold's labels come from a first stage trained without that fold.
        let mut predicted: Vec<Vec<Label>> = vec![Vec::new(); sentences.len()];
        for k in 0..folds {
            let (held, rest): (Vec<usize>, Vec<usize>) =
                (0..sentences.len()).partition(|&i| fold_of(i) == k);
            let part: Vec<TrainSentence> = rest.iter().map(|&i| sentences[i].clone()).collect();
            let stage = train_ensemble(&part, config, args.ensemble, |_, _| {});
            for i in held {
                predicted[i] = predict(&stage, &sentences[i]);
            }
        }
        let mut second: Vec<TrainSentence> = Vec::with_capacity(sentences.len());
        let mut extra = Vec::new();
        for chunk in &chunks {
            let lctx = LabelContext::new(&all_infos[chunk.clone()], &predicted[chunk.clone()]);
            for i in chunk.clone() {
                let base = &sentences[i];
                let mut s = TrainSentence {
                    labels: base.labels.clone(),
                    ..TrainSentence::default()
                };
                s.offsets.push(0);
                for t in 0..base.labels.len() {
                    s.feats
                        .extend_from_slice(&base.feats[base.offsets[t]..base.offsets[t + 1]]);
                    extra.clear();
                    stacked_features(&all_infos[i], &predicted[i], &lctx, t, &mut extra);
                    s.feats.extend_from_slice(&extra);
                    s.offsets.push(s.feats.len());
                }
                second.push(s);
            }
        }
        println!(
            "stage 2 (first-stage labels jackknifed over {folds} folds, {:.1?})",
            t1.elapsed()
        );
        let first = stages[0].clone();
        let stage = train_ensemble(&second, config, args.ensemble, |epoch, stage| {
            report_epoch(vec![first.clone(), stage.clone()], epoch);
        });
        stages.push(stage);
    }
    // A perceptron trained to be right on its training data is timid on names it has never
    // seen: lowering the prior of `O` trades some precision for recall.
    if let Some(last) = stages.last_mut()
        && let Some(&row) = last.index.get(&bias_feature())
        && let Some(w) = last.weights.get_mut(row as usize * N_LABELS)
    {
        *w -= args.o_penalty;
    }
    let model = Model { stages, resources };
    let bytes = model.to_bytes()?;
    if let Some(dir) = args.out.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&args.out, &bytes).with_context(|| format!("writing {}", args.out.display()))?;
    let tagger = Tagger::from_bytes(&bytes)?;
    let dev = evaluate(&dev_text, &tagger);
    println!("{dev}");
    if let Some(path) = &args.predictions {
        let mut out = String::new();
        // Read in articles of DOC_SENTENCES sentences, as `evaluate` does.
        for chunk in dev_part.chunks(DOC_SENTENCES) {
            let words: Vec<&[String]> = chunk.iter().map(|s| s.words.as_slice()).collect();
            for (s, (predicted, _)) in chunk.iter().zip(tagger.tag_document(&words)) {
                for ((w, g), p) in s.words.iter().zip(&s.labels).zip(predicted) {
                    out.push_str(&format!("{w}\t{}\t{}\n", g.as_str(), p.as_str()));
                }
                out.push('\n');
            }
        }
        std::fs::write(path, out)?;
    }
    let aqmar = rasd_testdata::read_to_string("aqmar/dev.conll");
    let ood = evaluate(&aqmar, &tagger);
    // The same figures from the model's labels alone, without the names after trigger nouns
    // and the carried one-word names added after decoding: what those steps add on each side.
    let plain = tagger
        .clone()
        .with_trigger_names(false)
        .with_propagation(false);
    let f1 = |r: &rasd_text::eval::EvalReport| r.metrics.get("f1").copied().unwrap_or(0.0);
    println!(
        "wrote {} ({:.1} MB, {} features); reloaded: ANERcorp dev F1 {:.4}, AQMAR dev F1 {:.4} \
         (model alone: {:.4}, {:.4}); {:.1?} in all",
        args.out.display(),
        bytes.len() as f64 / 1e6,
        model.n_features(),
        f1(&dev),
        f1(&ood),
        f1(&evaluate(&dev_text, &plain)),
        f1(&evaluate(&aqmar, &plain)),
        t0.elapsed()
    );
    Ok(())
}

/// Trains `n` perceptrons, each with its own shuffling seed, and averages them; `after_epoch`
/// follows the first.
fn train_ensemble(
    sentences: &[TrainSentence],
    config: TrainConfig,
    n: usize,
    mut after_epoch: impl FnMut(usize, &Stage),
) -> Stage {
    let mut stages = Vec::with_capacity(n.max(1));
    for k in 0..n.max(1) {
        let config = TrainConfig {
            seed: config.seed.wrapping_add(k as u64 * 0x9E37_79B9),
            ..config
        };
        stages.push(if k == 0 {
            train(sentences, config, &mut after_epoch)
        } else {
            train(sentences, config, |_, _| {})
        });
    }
    if stages.len() == 1 {
        stages.pop().unwrap_or_default()
    } else {
        mean(&stages)
    }
}

/// The labels a stage gives a training sentence.
fn predict(stage: &Stage, s: &TrainSentence) -> Vec<Label> {
    let n = s.labels.len();
    let mut emissions = vec![0f32; n * N_LABELS];
    for (t, row) in emissions.chunks_exact_mut(N_LABELS).enumerate() {
        stage.score_into(&s.feats[s.offsets[t]..s.offsets[t + 1]], row);
    }
    viterbi(&emissions, &stage.transitions, &stage.start)
}

/// Adds a sentence's words to a gazetteer under their clitic-stripped forms.
fn count_sentence(gaz: &mut Gazetteer, s: &Sentence, freq: &FreqLexicon) {
    for (i, (w, l)) in s.words.iter().zip(&s.labels).enumerate() {
        let word = freq.strip(&normalize(w)).word;
        let ty = l
            .kind()
            .map(|t| usize::from(rasd_extract::ner::labels::type_index(t)));
        let ends = !s.labels.get(i + 1).is_some_and(|next| next.is_inside());
        gaz.add(&word, ty, !l.is_inside(), ends);
    }
}

/// The `limit` most frequent normalized word forms of wordfreq, most frequent first.
fn read_wordfreq(limit: usize) -> Result<FreqLexicon> {
    let reader = rasd_testdata::open("wordfreq-ar/ar_large.tsv.gz");
    let mut seen = std::collections::HashSet::new();
    let mut words = Vec::new();
    for line in reader.lines().skip(1) {
        let line = line?;
        let Some((word, _)) = line.split_once('\t') else {
            continue;
        };
        let n = normalize(word);
        if seen.insert(n.clone()) {
            words.push(n);
            if words.len() >= limit {
                break;
            }
        }
    }
    Ok(FreqLexicon::from_ranked(words))
}
