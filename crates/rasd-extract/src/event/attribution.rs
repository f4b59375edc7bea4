//! Who is said to be behind attacks, and whether anyone claimed them.
//!
//! News often names the perpetrators in a sentence of its own: `وتنسب هذه الهجمات ... إلى
//! مليشيات عراقية موالية لإيران`, `وتبنت حركة ... الهجوم`, and says when nobody claimed an
//! attack: `لم تتبنها أي جهة`, `لم تعلن أي جهة مسؤوليتها`. Such a sentence speaks of the attacks
//! reported next to it, so it gives its actor to the assaults without one within
//! [`WINDOW`] sentences, and marks them unclaimed.

use rasd_text::Document;
use rasd_text::annotations::{Event, EventType};

use super::lexicon::candidates;
use super::phrases::Phrases;
use super::words::Words;
use crate::ner::norm::same;

/// How many sentences before and after an attribution it applies to.
const WINDOW: usize = 2;

/// What one sentence says about the authorship of attacks.
#[derive(Debug, Default)]
struct Authorship {
    actor: Option<rasd_text::annotations::Argument>,
    unclaimed: bool,
}

/// Applies the attributions of the document to its assault events.
pub(crate) fn apply(doc: &Document, words: &Words, events: &mut [Event]) {
    for (s, sentence) in doc.sentences.iter().enumerate() {
        let range = sentence.first_token..sentence.end_token.min(doc.tokens.len());
        let p = Phrases {
            doc,
            words,
            sentence: range,
        };
        let found = read(&p);
        if found.actor.is_none() && !found.unclaimed {
            continue;
        }
        for e in events.iter_mut() {
            if e.kind != EventType::Assault || e.sentence.abs_diff(s) > WINDOW {
                continue;
            }
            if e.actors.is_empty()
                && let Some(actor) = &found.actor
            {
                e.actors.push(actor.clone());
                e.attributed = true;
            }
            // An attack whose text names who carried it out was not an unclaimed one.
            if found.unclaimed && (e.actors.is_empty() || e.attributed) {
                e.unclaimed = true;
            }
        }
    }
}

/// Reads an attribution or a denied claim in one sentence.
fn read(p: &Phrases<'_>) -> Authorship {
    let mut out = Authorship::default();
    let is = |i: usize, w: &str| same(&p.words.get(i).norm, w);
    for i in p.sentence.clone() {
        let w = p.words.get(i);
        let keys = candidates(w);
        // `تنسب ... إلى X`, `نسبت ... الى X`.
        if keys.iter().any(|k| k == "نسب")
            && let Some(r) = p.after_preposition(i + 1, &["الى", "إلى"], 10)
        {
            out.actor = p.argument(r);
        }
        // `لم تتبنها أي جهة`, `لم تعلن أي جهة مسؤوليتها`.
        // `تبنى` in any person (`تتبنها`, `يتبنى`, `تبنت`).
        let claim = ["تبن", "يتبن", "تتبن", "نتبن"]
            .iter()
            .any(|k| w.stem.starts_with(k) || w.norm.starts_with(k))
            // `مسؤوليتها` in normalized form.
            || super::lexicon::is_responsibility(w);
        // Looked for only at a claim: this runs over every word of the article.
        let denied =
            || (i.saturating_sub(3).max(p.sentence.start)..i).any(|j| is(j, "لم") || is(j, "لا"));
        if claim && denied() {
            out.unclaimed = true;
        }
    }
    out
}
