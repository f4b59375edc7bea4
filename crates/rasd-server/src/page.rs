//! The web page: one HTML file with its style and script put inline, embedded in the binary.
//!
//! The three parts are kept as separate files (`assets/`) to be readable and edited with the
//! right tools, and joined once, at first use, into one page that needs nothing else: no CDN, no
//! font, no second request, so it works offline.

use std::sync::LazyLock;

use axum::http::header;
use axum::response::IntoResponse;

const HTML: &str = include_str!("../assets/index.html");
const STYLE: &str = include_str!("../assets/style.css");
const SCRIPT: &str = include_str!("../assets/app.js");

static PAGE: LazyLock<String> = LazyLock::new(|| {
    HTML.replacen("/*STYLE*/", STYLE, 1)
        .replacen("/*SCRIPT*/", SCRIPT, 1)
});

/// `GET /`: the page.
pub(crate) async fn index() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            // The page loads nothing from elsewhere; say so, so that a browser refuses if a
            // change ever tries to.
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; \
                 connect-src 'self'; img-src 'self' data:",
            ),
        ],
        PAGE.as_str(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_is_whole() {
        assert!(!PAGE.contains("/*STYLE*/") && !PAGE.contains("/*SCRIPT*/"));
        assert!(PAGE.contains(r#"dir="rtl""#) && PAGE.contains(r#"lang="ar""#));
        // Nothing is fetched from another host.
        assert!(!PAGE.contains("http://") && !PAGE.contains("https://"));
    }
}
