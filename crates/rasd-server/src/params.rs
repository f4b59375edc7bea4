//! Query strings and bodies turned into what the store and engine take.

use rasd::Metadata;
use rasd_store::SearchRequest;
use serde::Deserialize;

use crate::error::ApiError;

/// Reads `GET /api/search`'s query string into a search request.
///
/// Filters that `rasd search` takes several times (`source`, `entity`, `event`, `actor`,
/// `target`, `place`) may repeat here too (`source=a&source=b`); `month=YYYY-MM` is a shorthand
/// for `from` and `to` both set to that month. Empty values are ignored, so that an HTML form's
/// blank fields mean "no filter".
pub(crate) fn search_request(query: &str, max_hits: usize) -> Result<SearchRequest, ApiError> {
    let mut request = SearchRequest::new(String::new());
    let mut has_query = false;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let owned = value.to_owned();
        match key.as_ref() {
            "q" => {
                request.query = owned;
                has_query = true;
            }
            "source" => request.sources.push(owned),
            "entity" => request.entities.push(owned),
            "event" => request.event_types.push(owned),
            "actor" => request.actors.push(owned),
            "target" => request.targets.push(owned),
            "place" => request.places.push(owned),
            "from" => request.from = Some(owned),
            "to" => request.to = Some(owned),
            "month" => {
                if !is_month(value) {
                    return Err(ApiError::bad_request(format!(
                        "month {value:?} is not of the form YYYY-MM"
                    )));
                }
                request.from = Some(owned.clone());
                request.to = Some(owned);
            }
            "event_from" => request.event_from = Some(owned),
            "event_to" => request.event_to = Some(owned),
            "limit" => request.limit = number("limit", value)?.min(max_hits),
            "offset" => request.offset = number("offset", value)?,
            "facets" => request.facets = flag("facets", value)?,
            other => {
                return Err(ApiError::bad_request(format!(
                    "unknown parameter {other:?} (known: q, source, from, to, month, entity, \
                     event, actor, target, place, event_from, event_to, limit, offset, facets)"
                )));
            }
        }
    }
    if !has_query {
        return Err(ApiError::bad_request(
            "the query is empty: give it as q=...",
        ));
    }
    Ok(request)
}

fn number(name: &str, value: &str) -> Result<usize, ApiError> {
    value
        .parse()
        .map_err(|_| ApiError::bad_request(format!("{name} {value:?} is not a whole number")))
}

fn flag(name: &str, value: &str) -> Result<bool, ApiError> {
    match value {
        "1" | "true" | "yes" => Ok(true),
        "0" | "false" | "no" => Ok(false),
        _ => Err(ApiError::bad_request(format!(
            "{name} {value:?} is not true or false"
        ))),
    }
}

fn is_month(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 7 && b[4] == b'-' && b[..4].iter().chain(&b[5..]).all(u8::is_ascii_digit)
}

/// Whether `value` is a date of the form `YYYY-MM-DD` (what the engine resolves times against).
pub(crate) fn is_day(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The JSON form of `POST /api/analyze`: the text and what `rasd analyze` takes as options.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AnalyzeRequest {
    pub(crate) text: String,
    #[serde(default)]
    pub(crate) date: Option<String>,
    #[serde(default)]
    pub(crate) source: Option<String>,
    #[serde(default)]
    pub(crate) title: Option<String>,
    #[serde(default)]
    pub(crate) id: Option<String>,
    #[serde(default)]
    pub(crate) url: Option<String>,
}

impl AnalyzeRequest {
    /// A request for a raw text with no metadata.
    pub(crate) fn raw(text: String) -> Self {
        Self {
            text,
            date: None,
            source: None,
            title: None,
            id: None,
            url: None,
        }
    }

    /// The text and its metadata, after checking the date.
    pub(crate) fn into_parts(self) -> Result<(String, Metadata), ApiError> {
        let blank = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        let date = blank(self.date);
        if let Some(d) = &date
            && !is_day(d)
        {
            return Err(ApiError::bad_request(format!(
                "date {d:?} is not of the form YYYY-MM-DD"
            )));
        }
        let meta = Metadata {
            id: blank(self.id),
            title: blank(self.title),
            url: blank(self.url),
            source: blank(self.source),
            date,
            ..Metadata::default()
        };
        Ok((self.text, meta))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repeated_filters_and_month() {
        let r = search_request(
            "q=%D9%87%D8%AC%D9%88%D9%85&source=a&source=b&month=2021-07&event=ASSAULT&entity=&limit=500",
            100,
        )
        .unwrap();
        assert_eq!(r.query, "هجوم");
        assert_eq!(r.sources, ["a", "b"]);
        assert_eq!(r.from.as_deref(), Some("2021-07"));
        assert_eq!(r.to.as_deref(), Some("2021-07"));
        assert_eq!(r.event_types, ["ASSAULT"]);
        assert!(r.entities.is_empty());
        assert_eq!(r.limit, 100);
    }

    #[test]
    fn refusals() {
        assert!(search_request("", 10).is_err());
        assert!(search_request("q=a&limit=x", 10).is_err());
        assert!(search_request("q=a&month=2021", 10).is_err());
        assert!(search_request("q=a&colour=red", 10).is_err());
        assert!(
            AnalyzeRequest {
                date: Some("27/07/2021".into()),
                ..AnalyzeRequest::raw("x".into())
            }
            .into_parts()
            .is_err()
        );
        assert!(is_day("2021-07-27"));
        assert!(!is_day("2021-7-27"));
        assert!(!is_day("٢٠٢١-٠٧-٢٧"));
    }
}
