//! What a page says about its article outside the article text: JSON-LD `NewsArticle` /
//! `Article` objects (headline, author, datePublished, publisher), `<meta>` tags (`og:title`,
//! `author`, `article:published_time`…), `<title>`, the `<h1>`s, `<time datetime>`, and the
//! visible byline: elements marked `rel=author`, `itemprop=author`, or with `byline` / `author`
//! in their class. Values are gathered as written; `html::parse_html` chooses among them.

use std::collections::HashMap;

use serde_json::Value;

use ego_tree::NodeId;

use super::dom::{Node, attr, class_words, has_class_word, is_hidden_text, spaced_text, tag, text};
use crate::data::{
    HTML_META_AUTHOR, HTML_META_DATE, HTML_NOT_BYLINE_PARTS, HTML_OTHER_STORIES_WORDS,
    JSON_LD_ARTICLE_TYPES,
};

#[derive(Debug, Default)]
pub struct Meta {
    /// `<title>`.
    pub doc_title: Option<String>,
    /// `og:title` or `twitter:title`.
    pub og_title: Option<String>,
    /// JSON-LD `headline`.
    pub headline: Option<String>,
    pub h1s: Vec<String>,
    /// Author names from JSON-LD, as written.
    pub ld_authors: Vec<String>,
    /// `<meta name=author>` and the like.
    pub meta_authors: Vec<String>,
    /// Machine-readable dates as written: JSON-LD `datePublished`, then date `<meta>` tags in
    /// the order of [`HTML_META_DATE`], then `itemprop=datePublished` and `<time datetime>`.
    pub dates: Vec<String>,
    /// Dates as shown: the text of `<time>` and `itemprop=datePublished` elements.
    pub shown_dates: Vec<String>,
    /// Short texts shown right under the first `<h1>`: where a date line often stands.
    pub under_headline: Vec<String>,
    /// `datePublished` of JSON-LD objects that are not articles (a web page, a recipe).
    pub other_dates: Vec<String>,
    /// The page's own address: `<link rel=canonical>` or `og:url`.
    pub url: Option<String>,
    /// Byline elements (`class="byline"`) and author elements (`rel=author`,
    /// `itemprop=author`, `class="author"`), in page order.
    pub bylines: Vec<BylineElement>,
}

/// An element naming an author, and where it stands.
#[derive(Debug)]
pub struct BylineElement {
    pub text: String,
    /// A whole byline box (`class="byline"`) rather than one author's name.
    pub whole: bool,
    /// The text around it (its grandparent's, when short): where the date is shown.
    pub around: String,
    pub id: NodeId,
    /// Its nearest ancestors, parent first.
    pub up: Vec<NodeId>,
}

/// How many ancestors a [`BylineElement`] keeps.
const BYLINE_ANCESTORS: usize = 6;

impl BylineElement {
    /// Is `other` part of the same byline: inside this byline box, or an author element within
    /// three levels of this one?
    pub fn holds(&self, other: &BylineElement) -> bool {
        if self.whole {
            return other.up.contains(&self.id);
        }
        let near = |e: &BylineElement| e.up.iter().take(3).copied().collect::<Vec<_>>();
        self.up.get(2).is_some_and(|top| near(other).contains(top))
    }
}

/// Longest text taken as a byline element's.
const MAX_BYLINE_CHARS: usize = 200;

pub fn read(root: Node) -> Meta {
    let mut m = Meta::default();
    let mut ld_dates = Vec::new();
    let mut meta_dates: Vec<(usize, String)> = Vec::new();
    let mut time_dates = Vec::new();
    let mut other_dates = Vec::new();
    for n in root.descendants() {
        let Some(name) = tag(&n) else { continue };
        match name {
            "title" if m.doc_title.is_none() && !in_svg(&n) => m.doc_title = nonempty(text(&n)),
            "meta" => {
                let key = attr(&n, "property")
                    .or_else(|| attr(&n, "name"))
                    .or_else(|| attr(&n, "itemprop"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let Some(content) = attr(&n, "content").map(str::trim).filter(|c| !c.is_empty())
                else {
                    continue;
                };
                if key == "og:url" && m.url.is_none() {
                    m.url = Some(content.to_string());
                } else if (key == "og:title" || key == "twitter:title") && m.og_title.is_none() {
                    m.og_title = Some(content.to_string());
                } else if HTML_META_AUTHOR.contains(&key.as_str()) && !content.contains("://") {
                    m.meta_authors.push(content.to_string());
                } else if let Some(rank) = HTML_META_DATE.iter().position(|k| *k == key) {
                    meta_dates.push((rank, content.to_string()));
                }
            }
            "script" if attr(&n, "type").is_some_and(|t| t.contains("ld+json")) => {
                let body: String = n
                    .children()
                    .filter_map(|c| c.value().as_text().map(|t| &**t))
                    .collect();
                if let Ok(v) = serde_json::from_str::<Value>(&body) {
                    json_ld(&v, &mut m, &mut ld_dates, &mut other_dates);
                }
            }
            "link" if attr(&n, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                m.url = attr(&n, "href").map(str::to_string).or(m.url.take());
            }
            "h1" => {
                if let Some(t) = nonempty(text(&n)) {
                    m.h1s.push(t);
                }
            }
            _ => {}
        }
        if name == "time" || attr(&n, "itemprop") == Some("datePublished") {
            if let Some(d) = attr(&n, "datetime").or_else(|| attr(&n, "content")) {
                time_dates.push(d.to_string());
            }
            if let Some(t) = nonempty(text(&n)) {
                m.shown_dates.push(t);
            }
        }
        if is_author_element(&n) && !in_furniture(&n) {
            let text = spaced_text(&n);
            if !text.is_empty() && text.len() <= MAX_BYLINE_CHARS {
                let around = n
                    .ancestors()
                    .take(2)
                    .map(|a| spaced_text(&a))
                    .take_while(|t| t.len() <= MAX_BYLINE_CHARS * 2)
                    .last()
                    .unwrap_or_default();
                m.bylines.push(BylineElement {
                    text,
                    around,
                    whole: class_words(&n).any(|w| w.contains("byline")),
                    id: n.id(),
                    up: n
                        .ancestors()
                        .take(BYLINE_ANCESTORS)
                        .map(|a| a.id())
                        .collect(),
                });
            }
        }
    }
    meta_dates.sort_by_key(|&(rank, _)| rank);
    m.dates = ld_dates;
    m.dates.extend(meta_dates.into_iter().map(|(_, d)| d));
    m.dates.extend(time_dates);
    m.other_dates = other_dates;
    m.under_headline = under_headline(root);
    m
}

/// How many text nodes after the first `<h1>` [`under_headline`] looks at.
const UNDER_HEADLINE_TEXTS: usize = 12;

/// The short texts that follow the first `<h1>` in page order.
fn under_headline(root: Node) -> Vec<String> {
    let Some(h1) = root.descendants().find(|n| tag(n) == Some("h1")) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut after = h1.descendants().last().unwrap_or(h1);
    // The nodes after the h1's subtree: each next sibling of it or of an ancestor, in turn.
    while out.len() < UNDER_HEADLINE_TEXTS {
        let next = std::iter::once(after)
            .chain(after.ancestors())
            .find_map(|a| a.next_sibling());
        let Some(next) = next else { break };
        for d in next.descendants() {
            let hidden = d.parent().and_then(|p| tag(&p)).is_some_and(is_hidden_text);
            if !hidden
                && let Some(t) = d
                    .value()
                    .as_text()
                    .map(|t| t.trim())
                    .filter(|t| !t.is_empty())
            {
                out.push(t.to_string());
                if out.len() == UNDER_HEADLINE_TEXTS {
                    return out;
                }
            }
        }
        after = next;
    }
    out
}

fn nonempty(s: String) -> Option<String> {
    (!s.is_empty()).then_some(s)
}

fn in_svg(n: &Node) -> bool {
    n.ancestors().any(|a| tag(&a) == Some("svg"))
}

/// Is the element inside a list of other stories, a menu or a page footer? Bylines there
/// belong to other articles.
fn in_furniture(n: &Node) -> bool {
    n.ancestors().any(|a| {
        matches!(tag(&a), Some("nav" | "aside" | "footer"))
            || has_class_word(&a, HTML_OTHER_STORIES_WORDS)
    })
}

/// An element that names the author: `rel=author`, `itemprop=author`, or a class like
/// `byline`, `article-author`, `author-name` (not `author-bio`, an element with more to say).
fn is_author_element(n: &Node) -> bool {
    if attr(n, "rel").is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
        || attr(n, "itemprop") == Some("author")
    {
        return true;
    }
    class_words(n)
        .any(|w| w.contains("byline") || w.starts_with("author") && !w.starts_with("authority"))
        && !class_words(n).any(|w| HTML_NOT_BYLINE_PARTS.iter().any(|x| w.contains(x)))
}

/// Walks a JSON-LD value (objects, arrays, `@graph`) for article objects.
fn json_ld(v: &Value, m: &mut Meta, dates: &mut Vec<String>, other_dates: &mut Vec<String>) {
    let objects = objects(v);
    // Persons named once in a `@graph` and referred to by `{"@id": …}` elsewhere.
    let names: HashMap<&str, &Value> = objects
        .iter()
        .filter_map(|o| Some((o.get("@id")?.as_str()?, o.get("name")?)))
        .collect();
    for o in objects {
        if !is_article_type(o.get("@type")) {
            if let Some(d) = o.get("datePublished").and_then(Value::as_str) {
                other_dates.push(d.to_string());
            }
            continue;
        }
        if m.headline.is_none() {
            m.headline = o
                .get("headline")
                .and_then(Value::as_str)
                .map(|s| unescape(s.trim()));
        }
        if let Some(d) = o.get("datePublished").and_then(Value::as_str) {
            dates.push(d.to_string());
        }
        if m.ld_authors.is_empty()
            && let Some(a) = o.get("author")
        {
            person_names(a, &names, &mut m.ld_authors);
        }
    }
}

/// The objects of a JSON-LD value, in order: top-level ones, list items and `@graph` members.
fn objects(v: &Value) -> Vec<&serde_json::Map<String, Value>> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(o) => {
                out.push(o);
                if let Some(g) = o.get("@graph") {
                    stack.push(g);
                }
            }
            _ => {}
        }
    }
    out
}

fn is_article_type(t: Option<&Value>) -> bool {
    let is = |s: &str| JSON_LD_ARTICLE_TYPES.contains(&s.to_ascii_lowercase().as_str());
    match t {
        Some(Value::String(s)) => is(s),
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// Names of the persons in a JSON-LD `author`: a string, an object with `name`, or a list.
/// Organizations are left out: they are publishers, not authors.
fn person_names(v: &Value, names: &HashMap<&str, &Value>, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !s.contains("://") => out.push(unescape(s.trim())),
        Value::Array(items) => items.iter().for_each(|i| {
            if !matches!(i, Value::Array(_)) {
                person_names(i, names, out)
            }
        }),
        Value::Object(o) => {
            let org = o
                .get("@type")
                .and_then(Value::as_str)
                .is_some_and(|t| t.eq_ignore_ascii_case("organization"));
            let by_id = || names.get(o.get("@id")?.as_str()?).copied();
            if let Some(name) = o.get("name").or_else(by_id).and_then(Value::as_str)
                && !org
            {
                out.push(unescape(name.trim()));
            }
        }
        _ => {}
    }
}

/// Character references left in JSON-LD text by a template that escaped it twice
/// (`O&#039;Neil`), decoded.
fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let c = match &rest[1..end] {
                "amp" => '&',
                "quot" => '"',
                "apos" => '\'',
                "lt" => '<',
                "gt" => '>',
                "nbsp" => ' ',
                r if r.starts_with("#x") || r.starts_with("#X") => {
                    char::from_u32(u32::from_str_radix(&r[2..], 16).ok()?)?
                }
                r => char::from_u32(r.strip_prefix('#')?.parse().ok()?)?,
            };
            Some((c, end + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_references() {
        let rows = [
            ("James O&#039;Neil", "James O'Neil"),
            ("Tom &amp; Jerry", "Tom & Jerry"),
            ("caf&#xe9;", "café"),
            ("AT&T", "AT&T"),
            ("a &bogus; b", "a &bogus; b"),
            ("&#99999999;", "&#99999999;"),
        ];
        for (input, want) in rows {
            assert_eq!(unescape(input), want, "input {input:?}");
        }
    }
}
