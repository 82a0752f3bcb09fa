//! HTML page to [`Article`]: decode, parse, find the article blocks, run the text pipeline on
//! them, then settle title, authors and date from what the page says about itself.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::content::{self, Kind};
use super::{charset, dom, meta};
use crate::article::{Article, Byline};
use crate::boilerplate::is_boilerplate;
use crate::data::{
    AUTHOR_NOTE_WORDS, HTML_UPDATE_LABELS, NAME_CREDENTIALS, TITLE_LABELS, unaccented,
};
use crate::{byline, date};

/// Parses a saved web page (bytes in any declared charset).
pub fn parse_html(bytes: &[u8]) -> Article<'static> {
    let (text, _) = charset::decode(bytes);
    let page = dom::parse(&text);
    let root = page.tree.root();
    let m = meta::read(root);
    let title = choose_title(&m);

    let mut article_text = String::new();
    if let Some(t) = &title {
        article_text.push_str(t);
        article_text.push_str("\n\n");
    }
    let mut captions = Vec::new();
    for b in content::extract(root) {
        match b.kind {
            Kind::Caption => captions.push(b.text),
            _ if title.as_deref() == Some(b.text.as_str()) => {}
            _ => {
                article_text.push_str(&b.text);
                article_text.push_str("\n\n");
            }
        }
    }
    // (The article is copied out of the text assembled here.)
    let mut article = crate::parse(&article_text).into_owned();
    if title.is_some() {
        article.title = title;
    }
    article
        .captions
        .extend(captions.into_iter().map(Cow::Owned));
    // The byline line the text pipeline read stays in the output: as the byline, or, when the
    // page's byline is another, as boilerplate.
    let in_text = article.byline.take();
    article.byline = match (choose_byline(&m, in_text.clone()), in_text) {
        (Some(b), Some(t)) if b.raw != t.raw => {
            article.boilerplate.push(t.raw.into());
            Some(b)
        }
        (Some(b), _) => Some(b),
        (None, t) => t.map(|mut t| {
            t.authors.retain(|a| a.split_whitespace().count() >= 2);
            t
        }),
    };
    if let Some(d) = choose_date(&m, article.date.take()) {
        article.date = Some(d);
    }
    set_aside_author_notes(&mut article);
    article
}

/// How many paragraphs at the end of an article may be notes about its author.
const AUTHOR_NOTE_PARAGRAPHS: usize = 4;

/// Moves a note about the article's author among the last paragraphs ("Jane Doe is a senior
/// reporter …", "Contact reporter Jane Doe at …"), and the paragraphs after it, to the
/// boilerplate, with their quotes.
fn set_aside_author_notes(article: &mut Article) {
    let Some(authors) = article.byline.as_ref().map(|b| &b.authors) else {
        return;
    };
    let n = article.paragraphs.len();
    let from = n.saturating_sub(AUTHOR_NOTE_PARAGRAPHS);
    let Some(cut) = (from..n).find(|&i| is_author_note(&article.paragraphs[i], authors)) else {
        return;
    };
    article.boilerplate.extend(article.paragraphs.drain(cut..));
    article.quotes.retain(|q| q.paragraph < cut);
}

/// Does a paragraph start with an author's name (or first name), maybe after "Contact", then
/// a word that goes on about them?
fn is_author_note(paragraph: &str, authors: &[String]) -> bool {
    let contact = ["Contact reporter ", "Contact "]
        .iter()
        .find_map(|c| paragraph.strip_prefix(c));
    let text = contact.unwrap_or(paragraph);
    authors.iter().any(|a| {
        let first = a.split_whitespace().next().unwrap_or(a);
        [a.as_str(), first].iter().any(|name| {
            !name.is_empty()
                && text.strip_prefix(name).is_some_and(|rest| {
                    let next = rest.split_whitespace().next().unwrap_or("");
                    rest.starts_with(' ')
                        && (contact.is_some() || AUTHOR_NOTE_WORDS.contains(&next))
                })
        })
    })
}

/// The publication date: the one shown beside a byline that names someone or under the
/// headline (what a reader sees, in the publisher's time zone; metadata often gives the first
/// version's date); else a machine-readable date in the publisher's time zone; else one shown
/// in a `<time>` element or a date line in the article text; else a machine-readable date in
/// UTC, whose day may not be the publisher's; else the date in the page's address. Shown dates
/// labelled as an update are passed over where another is shown.
fn choose_date(m: &meta::Meta, from_text: Option<String>) -> Option<String> {
    let found = |s: &String| date::find(s).map(|d| d.value);
    let by_byline = m
        .bylines
        .iter()
        .filter(|b| clean(&b.text).is_some())
        .find_map(|b| {
            let any = date::find(&b.around)?;
            Some(shown_date(&b.around).unwrap_or(any.value))
        });
    let under_headline = || first_shown(m.under_headline.iter().filter(|t| t.len() <= 80));
    by_byline
        .or_else(under_headline)
        .or_else(|| {
            m.dates
                .iter()
                .filter(|d| !is_utc_or_floating(d))
                .find_map(found)
        })
        .or_else(|| first_shown(m.shown_dates.iter()))
        .or(from_text)
        .or_else(|| m.dates.iter().find_map(found))
        .or_else(|| m.url.as_deref().and_then(url_date))
        .or_else(|| m.other_dates.iter().find_map(found))
}

/// The first shown date not labelled as an update, else the first one labelled so.
fn first_shown<'a>(texts: impl Iterator<Item = &'a String>) -> Option<String> {
    let mut labelled = None;
    for t in texts {
        if let Some(d) = date::find(t) {
            match shown_date(t) {
                Some(d) => return Some(d),
                None => labelled = labelled.or(Some(d.value)),
            }
        }
    }
    labelled
}

/// The first date in a shown text with no update label before it (since the date before):
/// "Updated Dec. 23, 2023 · Published Dec. 18, 2023" → Dec. 18; "Last updated: Dec. 23" →
/// none.
fn shown_date(text: &str) -> Option<String> {
    let mut from = 0;
    while let Some(d) = date::find(&text[from..]) {
        let before = text[from..from + d.span.start].to_ascii_lowercase();
        if !HTML_UPDATE_LABELS.iter().any(|l| before.contains(l)) {
            return Some(d.value);
        }
        from += d.span.end;
    }
    None
}

/// A date written as a path in the page's address: `…/2023/12/19/slug`.
static URL_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|$)").unwrap()
});

fn url_date(url: &str) -> Option<String> {
    let c = URL_DATE.captures(url)?;
    let n = |i: usize| c[i].parse::<u32>().unwrap_or(0);
    Some(format!("{}-{:02}-{:02}", &c[1], n(2), n(3)))
}

/// Is this ISO 8601 time stamp in UTC (`Z`, `+00:00`) or without a zone?
fn is_utc_or_floating(stamp: &str) -> bool {
    let Some(t) = stamp.find('T') else {
        return true;
    };
    let time = &stamp[t..];
    match time.rfind(['+', '-']) {
        Some(i) => time[i + 1..].trim_start_matches(['0', ':']).is_empty(),
        None => true,
    }
}

/// Separators between a headline and the site's name in `<title>` and `og:title`.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

/// The headline: an `<h1>` that the page's metadata confirms, else the metadata title without
/// the site's name, else the only `<h1>`, else `<title>`.
fn choose_title(m: &meta::Meta) -> Option<String> {
    let raw: Vec<&str> = [&m.og_title, &m.headline, &m.doc_title]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    let metas: Vec<&str> = raw.iter().map(|t| without_site_name(t)).collect();
    let confirmed = m.h1s.iter().find_map(|h| {
        let hw = words(h);
        if !raw.iter().any(|t| contains_run(&words(t), &hw)) {
            return None;
        }
        // "Opinion What I'll be …" where the metadata says "Opinion | What I'll be …": the
        // section label stands in the <h1> too.
        let shorter = metas.iter().find(|t| {
            let tw = words(t);
            (1..=2).contains(&hw.len().saturating_sub(tw.len())) && hw.ends_with(&tw)
        });
        Some(shorter.copied().unwrap_or(h.as_str()))
    });
    let title = confirmed
        .or(metas
            .first()
            .copied()
            .filter(|_| m.og_title.is_some() || m.headline.is_some()))
        .or(m
            .h1s
            .first()
            .filter(|_| m.h1s.len() == 1)
            .map(String::as_str))
        .or(metas.first().copied())?;
    Some(without_label(title).to_string())
}

/// "WATCH: Crowds gather (video)" → "Crowds gather": a kicker or media label before or after
/// the headline.
fn without_label(title: &str) -> &str {
    let mut t = title.trim();
    if let Some((head, rest)) = t.split_once([':', '|'])
        && TITLE_LABELS.contains(&head.trim().to_lowercase().as_str())
        && !rest.trim().is_empty()
    {
        t = rest.trim();
    }
    if let Some(open) = t.rfind('(')
        && t.ends_with(')')
        && TITLE_LABELS.contains(&t[open + 1..t.len() - 1].trim().to_lowercase().as_str())
    {
        t = t[..open].trim_end();
    }
    t
}

/// "Kim meets Putin | The Daily Planet" → "Kim meets Putin": the longest part, when the others
/// are short.
fn without_site_name(title: &str) -> &str {
    let Some(sep) = TITLE_SEPARATORS.iter().find(|s| title.contains(*s)) else {
        return title.trim();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    let longest = parts
        .iter()
        .copied()
        .max_by_key(|p| p.len())
        .unwrap_or(title);
    let others_short = parts
        .iter()
        .filter(|p| **p != longest)
        .all(|p| p.split_whitespace().count() <= 5);
    if others_short { longest } else { title.trim() }
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Does `hay` contain `needle` as a contiguous run? (An `<h1>` with no words confirms nothing.)
fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty()
        && needle.len() <= hay.len()
        && hay.windows(needle.len()).any(|w| w == needle)
}

/// The byline. The visible ones — byline boxes and author elements, and a byline line in the
/// article text — have their names cleaned by the byline parser. Where the metadata names
/// persons too, the names of the first visible byline that it confirms are kept, as the page
/// spells them (other stories' bylines stand on the page too, and job titles beside names);
/// where it confirms none, the byline line in the article text wins, else the metadata.
/// Where the metadata names no person ("Staff", the site's name), the first visible byline.
fn choose_byline(m: &meta::Meta, from_text: Option<Byline>) -> Option<Byline> {
    let from_meta = merge(m.ld_authors.iter().filter_map(|t| clean(t)))
        .or_else(|| merge(m.meta_authors.iter().filter_map(|t| clean(t))));
    let in_text = from_text.as_ref().and_then(|b| clean(&b.raw));
    let mut visible = visible_bylines(&m.bylines);
    visible.extend(byline_under_headline(&m.under_headline));
    visible.extend(in_text.clone());
    let Some(meta) = from_meta else {
        return visible.into_iter().next();
    };
    let key = |n: &str| words(&n.chars().map(unaccented).collect::<String>()).join(" ");
    let confirmed = visible.into_iter().find_map(|mut v| {
        v.authors
            .retain(|a| meta.authors.iter().any(|b| key(a) == key(b)));
        (!v.authors.is_empty()).then_some(v)
    });
    confirmed.or(in_text).or(Some(meta))
}

/// A byline among the texts under the headline: one that starts with "By", or a name standing
/// next to the date (`<span>Jane Doe</span><span>Dec 5, 2023</span>`).
fn byline_under_headline(texts: &[String]) -> Option<Byline> {
    let dated = |i: usize| texts.get(i).is_some_and(|t| date::date_line(t).is_some());
    texts.iter().enumerate().find_map(|(i, t)| {
        let by = t
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("by"));
        let beside_date = dated(i + 1) || (i > 0 && dated(i - 1));
        // A bare name: a few capitalized words, not a shouted label ("LEAVE A COMMENT") nor
        // page furniture.
        let names = t.split_whitespace().count() <= 4
            && t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().any(char::is_lowercase)
            && !is_boilerplate(t);
        if by || (beside_date && names) {
            clean(t)
        } else {
            None
        }
    })
}

/// The visible bylines in page order: a byline box's author elements speak for it when they
/// name someone, else its whole text does; author elements close together make one byline.
fn visible_bylines(els: &[meta::BylineElement]) -> Vec<Byline> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < els.len() {
        let lead = &els[i];
        let members = els[i + 1..].iter().take_while(|e| lead.holds(e)).count();
        let group = &els[i + 1..i + 1 + members];
        let byline = if lead.whole {
            merge(group.iter().filter_map(|e| clean(&e.text))).or_else(|| clean(&lead.text))
        } else {
            merge(
                std::iter::once(lead)
                    .chain(group)
                    .filter_map(|e| clean(&e.text)),
            )
        };
        out.extend(byline);
        i += 1 + members;
    }
    out
}

/// A byline with at least one name of two words or more, from an element's text with or
/// without "By".
fn clean(text: &str) -> Option<Byline> {
    let mut parsed = byline::parse(text, false)
        .or_else(|| byline::parse(&format!("By {text}"), false))
        .map(|(b, _)| b)?;
    for a in &mut parsed.authors {
        *a = without_credentials(undoubled(a)).to_string();
    }
    parsed.authors.retain(|a| a.split_whitespace().count() >= 2);
    parsed.authors.dedup();
    (!parsed.authors.is_empty()).then_some(Byline {
        raw: text.to_string(),
        ..parsed
    })
}

/// "Jane Doe MS" → "Jane Doe": degrees and credentials after a name.
fn without_credentials(name: &str) -> &str {
    let mut name = name.trim_end_matches([',', ' ']);
    while let Some((head, last)) = name.rsplit_once(' ')
        && NAME_CREDENTIALS.contains(&last.to_lowercase().replace('.', "").as_str())
    {
        name = head.trim_end_matches([',', ' ']);
    }
    name
}

/// "Jane Doe Jane Doe" → "Jane Doe": a name printed twice (for a narrow and a wide screen).
fn undoubled(name: &str) -> &str {
    let words: Vec<&str> = name.split_whitespace().collect();
    let half = words.len() / 2;
    if half == 0 || words.len() % 2 == 1 || words[..half] != words[half..] {
        return name;
    }
    let mut rest = name;
    for w in &words[..half] {
        rest = rest.trim_start().strip_prefix(w).unwrap_or(rest);
    }
    &name[..name.len() - rest.len()]
}

/// Several author elements as one byline, each name once.
fn merge(bylines: impl Iterator<Item = Byline>) -> Option<Byline> {
    let mut out: Option<Byline> = None;
    for b in bylines {
        let Some(o) = out.as_mut() else {
            out = Some(b);
            continue;
        };
        for a in b.authors {
            if !o.authors.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
                o.raw.push_str(", ");
                o.raw.push_str(&a);
                o.authors.push(a);
            }
        }
        o.organization = o.organization.take().or(b.organization);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_shown_dates() {
        let rows = [
            ("March 5, 2024", Some("2024-03-05")),
            ("Updated: March 9, 2024", None),
            (
                "Published March 5, 2024 · Updated March 9, 2024",
                Some("2024-03-05"),
            ),
            (
                "Last modified March 9, 2024 Published March 5, 2024",
                Some("2024-03-05"),
            ),
        ];
        for (text, want) in rows {
            let got = shown_date(text);
            assert_eq!(got.as_deref().map(|d| &d[..10]), want, "text {text:?}");
        }
    }

    #[test]
    fn finds_author_notes() {
        let authors = ["Jane Doe".to_string(), "Bob Ray".to_string(), String::new()];
        let rows = [
            ("Jane Doe is a senior reporter for the Daily Planet.", true),
            ("Jane writes about courts and the harbour.", true),
            ("Contact reporter Bob Ray at bob@example.com.", true),
            ("Contact Jane at jane@example.com or on X.", true),
            ("Jane Doe said the pier would close.", false),
            ("Janet Doe is the council chair.", false),
            ("Bob Rayburn is a senior reporter.", false),
            ("The council, Jane Doe wrote, is split.", false),
        ];
        for (paragraph, want) in rows {
            assert_eq!(is_author_note(paragraph, &authors), want, "{paragraph:?}");
        }
    }

    #[test]
    fn reads_url_dates() {
        let rows = [
            (
                "https://example.com/2023/12/19/a-story/",
                Some("2023-12-19"),
            ),
            (
                "https://example.com/news/2020/3/9/123/slug",
                Some("2020-03-09"),
            ),
            ("https://example.com/2023/12/a-story", None),
            ("https://example.com/2023/13/40/a-story", None),
        ];
        for (url, want) in rows {
            assert_eq!(url_date(url).as_deref(), want, "url {url:?}");
        }
    }
}
