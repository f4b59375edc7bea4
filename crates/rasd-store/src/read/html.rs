//! HTML pages: the article's main text, with its title and date from the page's metadata.
//!
//! `dom_smoothie` (a port of Mozilla's Readability) chooses the node that holds the article and
//! drops navigation and boilerplate. Its own text rendering glues adjacent inline elements
//! (`<b>200</b><span>مليون</span>` → `200مليون`), so the chosen node is walked here instead:
//! block elements become paragraph breaks and every element boundary a candidate word break.

use rasd_text::Metadata;
use scraper::{ElementRef, Html, Node, Selector};

use super::non_empty;

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "button", "form", "nav", "select",
    "input", "textarea", "head", "title", "meta", "link",
];

/// Elements that start a new paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "table",
    "tr",
    "td",
    "th",
    "blockquote",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "address",
    "body",
];

/// Extracts the article text and metadata from an HTML page.
///
/// # Errors
/// A message when the page holds no text.
pub fn extract(page: &str) -> Result<(String, Metadata), String> {
    let doc = Html::parse_document(page);
    let mut meta = page_metadata(&doc);
    let config = dom_smoothie::Config {
        // Short news items are still articles; the default threshold (500 characters) is for
        // long-form pages.
        char_threshold: 200,
        ..dom_smoothie::Config::default()
    };
    let article = dom_smoothie::Readability::new(page, None, Some(config))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let mut text = String::new();
    if let Some(article) = &article {
        let content = Html::parse_fragment(&article.content);
        text = render(content.root_element());
        if meta.title.is_none() {
            meta.title = non_empty(Some(article.title.clone()));
        }
        if meta.date.is_none() {
            meta.date = non_empty(article.published_time.clone());
        }
        if meta.source.is_none() {
            meta.source = non_empty(article.site_name.clone());
        }
    }
    if text.trim().is_empty() {
        // Readability found no article node: fall back to the whole body, minus what is never
        // article text.
        text = render(doc.root_element());
    }
    if meta.title.is_none() {
        meta.title = select_text(&doc, "title");
    }
    if text.trim().is_empty() {
        return Err("no text in the HTML page".to_owned());
    }
    Ok((text, meta))
}

/// Title, date, source and address from `<meta>`, `<link rel=canonical>` and `<time>` tags.
fn page_metadata(doc: &Html) -> Metadata {
    let meta_content = |selectors: &[&str]| -> Option<String> {
        selectors.iter().find_map(|s| {
            let sel = Selector::parse(s).ok()?;
            let el = doc.select(&sel).next()?;
            non_empty(
                el.attr("content")
                    .or_else(|| el.attr("datetime"))
                    .map(str::to_owned),
            )
        })
    };
    Metadata {
        title: meta_content(&[
            r#"meta[property="og:title"]"#,
            r#"meta[name="twitter:title"]"#,
            r#"meta[name="title"]"#,
        ]),
        date: meta_content(&[
            r#"meta[property="article:published_time"]"#,
            r#"meta[property="og:article:published_time"]"#,
            r#"meta[itemprop="datePublished"]"#,
            r#"meta[name="pubdate"]"#,
            r#"meta[name="publishdate"]"#,
            r#"meta[name="date"]"#,
            r#"meta[name="DC.date.issued"]"#,
            "time[datetime]",
        ]),
        source: meta_content(&[r#"meta[property="og:site_name"]"#]),
        url: meta_content(&[r#"meta[property="og:url"]"#]).or_else(|| {
            let sel = Selector::parse(r#"link[rel="canonical"]"#).ok()?;
            non_empty(doc.select(&sel).next()?.attr("href").map(str::to_owned))
        }),
        ..Metadata::default()
    }
}

fn select_text(doc: &Html, selector: &str) -> Option<String> {
    let sel = Selector::parse(selector).ok()?;
    let el = doc.select(&sel).next()?;
    non_empty(Some(el.text().collect::<String>()))
}

/// What separates the next piece of text from the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    Line,
    Paragraph,
}

/// Builds text from a walk, collapsing whitespace and keeping the strongest pending break.
struct Builder {
    out: String,
    gap: Gap,
}

impl Builder {
    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    fn text(&mut self, t: &str) {
        if t.starts_with(char::is_whitespace) {
            self.gap(Gap::Space);
        }
        for word in t.split_whitespace() {
            if !self.out.is_empty() {
                match self.gap {
                    Gap::None => {}
                    Gap::Space => self.out.push(' '),
                    Gap::Line => self.out.push('\n'),
                    Gap::Paragraph => self.out.push_str("\n\n"),
                }
            }
            self.out.push_str(word);
            self.gap = Gap::Space;
        }
        if !t.ends_with(char::is_whitespace) {
            self.gap = Gap::None;
        }
    }
}

/// The text under `root`, paragraphs separated by blank lines.
fn render(root: ElementRef<'_>) -> String {
    let mut b = Builder {
        out: String::new(),
        gap: Gap::None,
    };
    walk(root, &mut b);
    b.out
}

fn walk(el: ElementRef<'_>, b: &mut Builder) {
    let name = el.value().name();
    if SKIPPED.contains(&name) {
        return;
    }
    let block = BLOCKS.contains(&name);
    // Every element boundary is at least a word break: inline tags in news pages separate words
    // (`<b>200</b><span>مليون</span>`), they do not split one.
    b.gap(if block { Gap::Paragraph } else { Gap::Space });
    for child in el.children() {
        match child.value() {
            Node::Text(t) => b.text(t),
            Node::Element(e) if e.name() == "br" => b.gap(Gap::Line),
            Node::Element(_) => {
                if let Some(child_el) = ElementRef::wrap(child) {
                    walk(child_el, b);
                }
            }
            _ => {}
        }
    }
    b.gap(if block { Gap::Paragraph } else { Gap::Space });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_boundaries_break_words() {
        let html =
            Html::parse_fragment("<p>بلغت <b>200</b><span>مليون</span> دولار</p><p>ثانية</p>");
        assert_eq!(render(html.root_element()), "بلغت 200 مليون دولار\n\nثانية");
    }
}
