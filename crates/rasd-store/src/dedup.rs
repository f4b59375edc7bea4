//! Near-duplicate clusters: exact text matches and MinHash LSH candidates checked against a
//! similarity threshold, grouped around the earliest article of each story.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::minhash::Signature;

/// The default Jaccard threshold (estimated over word 3-shingles) for two articles to be
/// near-duplicates: a republished wire story with its own headline, lead or tail stays above it.
pub const DEFAULT_THRESHOLD: f64 = 0.5;

/// Buckets larger than this are compared against their first members only, so that a flood of
/// near-identical short items cannot make clustering quadratic.
const MAX_BUCKET_PAIRS: usize = 64;

/// What clustering needs to know about one document.
#[derive(Debug, Clone)]
pub struct Item {
    /// The document's id in the store.
    pub doc: i64,
    /// The hash of its whitespace-collapsed text.
    pub text_hash: String,
    /// Its MinHash signature, when it has enough words.
    pub signature: Option<Signature>,
    /// Its date, for choosing the earliest as representative.
    pub date: Option<String>,
}

/// A group of documents that say the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    /// The representative: the earliest member (by date, then by id).
    pub representative: i64,
    /// Every member, the representative included.
    pub members: Vec<Member>,
}

/// One document in a cluster.
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    /// The document's id.
    pub doc: i64,
    /// Estimated similarity to the representative (1 for exact copies).
    pub similarity: f64,
    /// Whether its text is identical (whitespace aside) to the representative's.
    pub exact: bool,
}

/// Groups `items` into clusters of two or more, largest first.
///
/// Clustering is by centres, not by transitive closure: documents are visited from the earliest
/// (by date, then id); an unassigned document becomes a representative and takes every
/// unassigned document similar to it (estimated Jaccard at least `threshold`, or the same
/// text). Every member is therefore similar to its representative itself. Joining pairs
/// transitively instead chains templated items together (royal congratulation cables to
/// different countries share most of their wording and became one cluster of 36).
#[must_use]
pub fn cluster(items: &[Item], threshold: f64) -> Vec<Cluster> {
    let neighbours = similar_pairs(items, threshold);
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| earlier(&items[a], &items[b]));
    let mut assigned = vec![false; items.len()];
    let mut clusters = Vec::new();
    for &i in &order {
        if assigned[i] {
            continue;
        }
        assigned[i] = true;
        let mut group = vec![i];
        for &j in &neighbours[i] {
            if !assigned[j] {
                assigned[j] = true;
                group.push(j);
            }
        }
        if group.len() > 1 {
            clusters.push(build(items, i, &group));
        }
    }
    clusters.sort_by(|a, b| {
        b.members
            .len()
            .cmp(&a.members.len())
            .then(a.representative.cmp(&b.representative))
    });
    clusters
}

/// For each item, the items similar to it: the same text, or an LSH candidate whose estimated
/// similarity reaches `threshold`.
fn similar_pairs(items: &[Item], threshold: f64) -> Vec<Vec<usize>> {
    let mut neighbours: Vec<Vec<usize>> = vec![Vec::new(); items.len()];
    let mut by_text: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (i, item) in items.iter().enumerate() {
        by_text.entry(item.text_hash.as_str()).or_default().push(i);
    }
    for group in by_text.values() {
        for (k, &a) in group.iter().take(MAX_BUCKET_PAIRS).enumerate() {
            for &b in &group[k + 1..] {
                neighbours[a].push(b);
                neighbours[b].push(a);
            }
        }
    }
    let mut buckets: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (i, item) in items.iter().enumerate() {
        if let Some(sig) = &item.signature {
            for key in sig.bands() {
                buckets.entry(key).or_default().push(i);
            }
        }
    }
    let mut checked: FxHashSet<(usize, usize)> = FxHashSet::default();
    for bucket in buckets.values() {
        if bucket.len() < 2 {
            continue;
        }
        let anchors = &bucket[..bucket.len().min(MAX_BUCKET_PAIRS)];
        for (k, &a) in anchors.iter().enumerate() {
            for &b in &bucket[k + 1..] {
                if items[a].text_hash == items[b].text_hash || !checked.insert((a.min(b), a.max(b)))
                {
                    continue;
                }
                if let (Some(sa), Some(sb)) = (&items[a].signature, &items[b].signature)
                    && sa.similarity(sb) >= threshold
                {
                    neighbours[a].push(b);
                    neighbours[b].push(a);
                }
            }
        }
    }
    for list in &mut neighbours {
        list.sort_unstable();
        list.dedup();
    }
    neighbours
}

/// Orders by date (a known date first), then by id.
fn earlier(a: &Item, b: &Item) -> std::cmp::Ordering {
    match (&a.date, &b.date) {
        (Some(x), Some(y)) => x.cmp(y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
    .then(a.doc.cmp(&b.doc))
}

fn build(items: &[Item], rep: usize, group: &[usize]) -> Cluster {
    let r = &items[rep];
    let mut members: Vec<Member> = group
        .iter()
        .map(|&i| {
            let it = &items[i];
            let exact = it.text_hash == r.text_hash;
            let similarity = if exact {
                1.0
            } else {
                match (&it.signature, &r.signature) {
                    (Some(a), Some(b)) => a.similarity(b),
                    _ => 0.0,
                }
            };
            Member {
                doc: it.doc,
                similarity,
                exact,
            }
        })
        .collect();
    members.sort_by_key(|m| m.doc);
    Cluster {
        representative: r.doc,
        members,
    }
}
