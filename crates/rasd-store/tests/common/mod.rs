//! Helpers the store's test files share.

use rasd_store::{SearchIndex, SearchRequest, Store};

/// The input ids of the documents a search finds, sorted.
pub fn ids(store: &Store, index: &SearchIndex, req: &SearchRequest) -> Vec<String> {
    let mut out: Vec<String> = index
        .search(store, req)
        .unwrap()
        .hits
        .into_iter()
        .filter_map(|h| h.ext_id)
        .collect();
    out.sort();
    out
}
