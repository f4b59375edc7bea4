//! Events told more than once: the headline, the lead and a later paragraph often report the
//! same attack, each with what its source knew (`27 قتيلا و100 جريح بانفجار ...`, then `قالت
//! وزارة الداخلية ... إن انفجارا في بلدة سروج ... أسفر عن مقتل 27 شخصا`).
//!
//! A later record is linked to an earlier one ([`Event::same_as`]) when both are of one type and
//! mode, both say it happened, nothing in them disagrees (another day, other places, other named
//! parties), and something ties them: neighbouring sentences, the same count of the same kind,
//! or, within a few sentences, the same day, a place or a named target in common (further apart,
//! two of those). An actor in common is no tie: one actor does many things in one article. What the later record adds (time, places,
//! parties, counts) is copied to the first, so the first record of a group tells the whole event
//! and a table of events can keep only first records.
//!
//! Events of speech and stance (`STATEMENT`, `PRAISE`, `ACCUSE`, `DEMAND`, `THREATEN`) are never
//! linked: two statements are rarely one.

use rasd_text::annotations::{Argument, Event, EventType, Modality, Polarity};

/// Sentences this close count as telling the same event when nothing disagrees.
const NEIGHBOURS: usize = 1;

/// Sentences this close tell the same event when one clue ties them (the day, a place, a
/// target); further apart, two clues are needed.
const NEAR: usize = 4;

/// Links every event to the first earlier event it reports again, and copies what it adds.
/// `stretch` numbers each sentence's stretch of the article: a sentence that turns to another
/// matter (`وعلى صعيد آخر`) starts a new one, and events are linked only within one.
pub(crate) fn link(events: &mut [Event], stretch: &[usize]) {
    let stretch_of = |e: &Event| stretch.get(e.sentence).copied();
    for later in 1..events.len() {
        let Some(first) = (0..later).find(|&e| {
            events[e].same_as.is_none()
                && stretch_of(&events[e]) == stretch_of(&events[later])
                && same_event(&events[e], &events[later])
        }) else {
            continue;
        };
        events[later].same_as = Some(first);
        let (head, tail) = events.split_at_mut(later);
        merge_into(&mut head[first], &tail[0]);
    }
}

/// Whether `b` reports the event `a` reports.
fn same_event(a: &Event, b: &Event) -> bool {
    if a.kind != b.kind
        || a.polarity != Polarity::Positive
        || b.polarity != Polarity::Positive
        || a.modality != Modality::Asserted
        || b.modality != Modality::Asserted
    {
        return false;
    }
    if let (Some(x), Some(y)) = (a.mode, b.mode)
        && x != y
    {
        return false;
    }
    let same_day = match (day(a), day(b)) {
        (Some(x), Some(y)) if x != y => return false,
        (Some(_), Some(_)) => true,
        _ => false,
    };
    let shared_places = overlap(&a.places, &b.places);
    if shared_places == Some(false) {
        return false;
    }
    let shared_actors = overlap(&a.actors, &b.actors);
    let shared_targets = overlap(&a.targets, &b.targets);
    if shared_actors == Some(false) || shared_targets == Some(false) {
        return false;
    }
    // One sentence tells two events of a type only when their clauses have subjects of their
    // own (`detect::split_by_subject`).
    if is_speech(a.kind) || a.sentence == b.sentence {
        return false;
    }
    let same_count = a.counts.iter().any(|x| {
        b.counts
            .iter()
            .any(|y| x.kind == y.kind && x.value == y.value && x.value > 0.0)
    });
    let shared_place = shared_places == Some(true);
    let shared_target = shared_targets == Some(true);
    // One party in common is weak: an actor does many things in one article, and a city sees
    // many events; the further apart, the more must agree.
    let distance = a.sentence.abs_diff(b.sentence);
    let clues = usize::from(same_day) + usize::from(shared_place) + usize::from(shared_target);
    distance <= NEIGHBOURS || same_count || (distance <= NEAR && clues >= 1) || clues >= 2
}

/// The day of an event's resolved time (`2015-07-20` of `2015-07-20T18:00`).
fn day(e: &Event) -> Option<&str> {
    e.time
        .as_ref()
        .and_then(|t| t.value.as_deref())
        .and_then(|v| v.get(..10))
}

/// Whether two lists of parties share a named entity: `None` when either names none.
fn overlap(a: &[Argument], b: &[Argument]) -> Option<bool> {
    let named = |args: &[Argument]| args.iter().filter_map(|x| x.entity).collect::<Vec<_>>();
    let (x, y) = (named(a), named(b));
    if x.is_empty() || y.is_empty() {
        return None;
    }
    Some(x.iter().any(|e| y.contains(e)))
}

fn is_speech(kind: EventType) -> bool {
    matches!(
        kind,
        EventType::Statement
            | EventType::Praise
            | EventType::Accuse
            | EventType::Demand
            | EventType::Threaten
    )
}

/// Copies into `first` what `other` knows and it does not.
fn merge_into(first: &mut Event, other: &Event) {
    if first.mode.is_none() {
        first.mode = other.mode;
    }
    if first.time.is_none() {
        first.time.clone_from(&other.time);
    }
    add_missing(&mut first.places, &other.places);
    if first.actors.is_empty() {
        first.actors.clone_from(&other.actors);
        first.attributed |= other.attributed;
    } else {
        add_missing(&mut first.actors, &other.actors);
    }
    if first.targets.is_empty() {
        first.targets.clone_from(&other.targets);
    } else {
        add_missing(&mut first.targets, &other.targets);
    }
    first.unclaimed |= other.unclaimed;
    for c in &other.counts {
        if !first.counts.iter().any(|f| f.kind == c.kind) {
            first.counts.push(c.clone());
        }
    }
    first.confidence = first.confidence.max(other.confidence);
}

/// Appends the named parties of `more` that `list` lacks (unnamed phrases are left: the same
/// words would only repeat).
fn add_missing(list: &mut Vec<Argument>, more: &[Argument]) {
    for m in more {
        if m.entity.is_some() && !list.iter().any(|x| x.entity == m.entity) {
            list.push(m.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::Span;
    use rasd_text::annotations::{CountKind, EventCount, EventMode, EventTime};

    fn event(sentence: usize, day: Option<&str>, places: &[usize]) -> Event {
        Event {
            kind: EventType::Assault,
            mode: Some(EventMode::Bombing),
            trigger: Span::new(sentence * 10, sentence * 10 + 5),
            sentence,
            actors: Vec::new(),
            targets: Vec::new(),
            attributed: false,
            unclaimed: false,
            time: day.map(|d| EventTime {
                time: 0,
                value: Some(d.to_owned()),
            }),
            places: places
                .iter()
                .map(|&e| Argument {
                    span: Span::new(0, 1),
                    text: String::new(),
                    entity: Some(e),
                })
                .collect(),
            counts: Vec::new(),
            polarity: Polarity::Positive,
            modality: Modality::Asserted,
            confidence: 0.7,
            same_as: None,
        }
    }

    #[test]
    fn a_retold_attack_is_linked_and_merged() {
        let mut headline = event(0, None, &[]);
        headline.counts.push(EventCount {
            kind: CountKind::Killed,
            value: 27.0,
            upper: None,
            approximate: false,
            span: Span::new(0, 2),
        });
        let mut lead = event(5, Some("2015-07-20"), &[1, 2]);
        lead.counts = headline.counts.clone();
        let body = event(9, Some("2015-07-20"), &[2]);
        let mut events = vec![headline, lead, body];
        link(&mut events, &[0; 16]);
        assert_eq!(events[1].same_as, Some(0));
        assert_eq!(events[2].same_as, Some(0));
        assert_eq!(events[0].places.len(), 2);
        assert!(events[0].time.is_some());
    }

    #[test]
    fn other_days_places_or_a_denial_keep_events_apart() {
        let mut events = vec![
            event(0, Some("2015-07-20"), &[1]),
            event(1, Some("2015-07-19"), &[1]),
            event(2, None, &[3]),
        ];
        let mut denied = event(3, None, &[1]);
        denied.polarity = Polarity::Negative;
        events.push(denied);
        link(&mut events, &[0; 16]);
        assert!(events.iter().all(|e| e.same_as.is_none()), "{events:?}");
    }

    #[test]
    fn another_matter_is_another_event() {
        // Neighbouring sentences, but the second turns to another matter.
        let mut events = vec![event(3, None, &[]), event(4, None, &[])];
        link(&mut events, &[0, 0, 0, 0, 1, 1]);
        assert_eq!(events[1].same_as, None);
        link(&mut events, &[0; 6]);
        assert_eq!(events[1].same_as, Some(0));
    }

    #[test]
    fn statements_are_never_one() {
        let mut a = event(0, None, &[]);
        a.kind = EventType::Statement;
        a.mode = None;
        let mut b = a.clone();
        b.sentence = 1;
        let mut events = vec![a, b];
        link(&mut events, &[0; 16]);
        assert_eq!(events[1].same_as, None);
    }
}
