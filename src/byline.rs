//! Author lines: "By Jane Doe", "By Jane Doe and John Roe", "By JANE DOE, Associated Press",
//! "Jane Doe | Reuters", "By Jane Doe, Staff Writer", "Written by …", "By Jane Doe on April 25,
//! 2019" and the empty "By :". Authors are split into clean names; an agency or publication
//! goes to `organization`; a date on the line is returned beside the byline. A sentence that
//! merely starts with "By" ("By contrast, …") is not a byline.

use std::sync::LazyLock;

use regex::Regex;

use crate::article::Byline;
use crate::data::{
    BYLINE_TITLES, is_agency, is_authored_kind, is_not_name_word, is_publication_word,
};
use crate::date;
use crate::names::{looks_like_name, tidy_case};

static BY_PREFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^(?:[Bb]y|BY|(?:[Ww]ritten|[Ww]ords|[Ss]tory|[Rr]eporting|[Tt]ext|[Pp]osted)\s+by|[Aa]uthors?\s*:)
        (?:\s*[:\-–—]\s*|\s+|$)",
    )
    .expect("byline prefix")
});

/// Can `line` open with `BY_PREFIX` at all, as its first two letters tell ("By", "Written by",
/// "Authors:" …)? Most lines cannot, and are told so without a search.
fn may_open_with_by(line: &str) -> bool {
    matches!(
        line.as_bytes(),
        [b'B', b'y' | b'Y', ..]
            | [b'b', b'y', ..]
            | [b'W' | b'w', b'r' | b'o', ..]
            | [b'S' | b's', b't', ..]
            | [b'R' | b'r', b'e', ..]
            | [b'T' | b't', b'e', ..]
            | [b'P' | b'p', b'o', ..]
            | [b'A' | b'a', b'u', ..]
    )
}

/// "By" before a capitalized word anywhere on a short line: "Review by Jane Doe", "By Jane
/// DoeDec. 21" (a page that glued the date to the name), "Illustration by Jane Doe".
/// ("Jane Doe as told to John Roe": the writer is the one told.)
static BY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|\s)(?:[Bb]y|BY|as told to)\s*:?\s*\p{Lu}").expect("by name")
});

/// Separators between the names and what follows them on a byline.
/// (A page dump separates the name and the publication with a run of spaces.)
static SEPARATORS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:\||•|·|\s[-–—]\s|/)\s*|\s{3,}").expect("separators"));

static AND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\s*(?:,\s*and\s+|\s+and\s+|\s*&\s*|,\s*)").expect("and"));

/// Parses `line` as a byline. Returns the byline and the date written on it, if any.
/// `bare` allows lines without "By" ("Jane Doe | Reuters"), which only the header may use.
pub fn parse(line: &str, bare: bool) -> Option<(Byline, Option<String>)> {
    if line.len() > 200 {
        return None;
    }
    let (rest, prefixed) = match may_open_with_by(line)
        .then(|| BY_PREFIX.find(line))
        .flatten()
    {
        Some(m) => (&line[m.end()..], true),
        None if bare => (line, false),
        None => return None,
    };
    let mut rest = rest.trim();
    let mut found_date = None;
    if let Some(d) = date::find(rest) {
        found_date = Some(d.value);
        let before = rest[..d.span.start].trim_end();
        let before = before
            .strip_suffix(" on")
            .or_else(|| before.strip_suffix(" |"))
            .or_else(|| before.strip_suffix(" -"))
            .or_else(|| before.strip_suffix(" —"))
            .unwrap_or(before);
        rest = before.trim_end_matches([',', '|', '·', '•']).trim_end();
        for w in [
            "Updated",
            "Published",
            "Posted",
            "updated",
            "published",
            "posted",
        ] {
            if let Some(i) = rest.find(w) {
                rest = rest[..i]
                    .trim_end()
                    .trim_end_matches([',', '|', '·', '•', '-'])
                    .trim_end();
            }
        }
    }
    // The cheap tests first: most lines the header offers are headlines and prose.
    // "By contrast," has a lower-case rest; a bare line has at most ten words.
    if prefixed {
        if rest
            .split_whitespace()
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            return None;
        }
    } else if crate::lines::has_more_words(rest, MAX_BARE_WORDS) {
        return None;
    }
    let mut authors = Vec::new();
    let mut organization = None;
    let mut rejected = false;
    for (k, segment) in SEPARATORS.split(rest).enumerate() {
        let segment = segment.trim().trim_end_matches(['.', ',']);
        if segment.is_empty() {
            continue;
        }
        if k > 0 && organization.is_none() && is_organization(segment) {
            organization = Some(segment.to_string());
            continue;
        }
        // "Jane Doe, Staff Writer", "Jane Doe, Associated Press", "A, B and C".
        for part in AND.split(segment) {
            let part = strip_title_suffix(part.trim());
            if part.is_empty() || is_title_only(part) {
                continue;
            }
            if is_organization(part) && (organization.is_none() || k > 0) {
                organization.get_or_insert_with(|| part.to_string());
            } else if looks_like_name(part) && !part.starts_with("The ") {
                authors.push(tidy_case(part));
            } else if prefixed {
                rejected = true;
            } else {
                return None; // a bare line is taken only when every part reads
            }
        }
    }
    let accept = if prefixed {
        // "By :" has no rest at all.
        !rejected || !authors.is_empty()
    } else {
        !authors.is_empty() && organization.is_some()
    };
    if !accept {
        return None;
    }
    Some((
        Byline {
            raw: line.to_string(),
            authors,
            organization,
        },
        found_date,
    ))
}

/// A byline without "By" has at most this many words (before any date on it).
const MAX_BARE_WORDS: usize = 10;

/// An author line on a web page, where bylines come in more shapes than in article text: with
/// "By", or a bare name followed by a job title, a publication, a date or a reading time
/// ("Jane Doe   The Daily Planet", "Jane Doe - January 24, 2020", "Jane Doe 2 months",
/// "Review by Jane Doe Contributor"). Every author must be a clean person's name — never
/// "Follow", "Share", a job title, a site or a section — or the line is not a byline.
pub fn parse_page(line: &str) -> Option<PageByline> {
    if line.split_whitespace().count() > 16 || line.ends_with(':') {
        return None; // a sentence, or a label ("Top Headlines:")
    }
    if let Some((byline, date)) = parse(line, true)
        && !byline.authors.is_empty()
        && byline.authors.iter().all(|a| is_clean_name(a))
    {
        let credit = if BY_PREFIX.is_match(line) {
            Credit::By
        } else {
            Credit::Labelled
        };
        return Some(PageByline {
            byline,
            date,
            credit,
        });
    }
    let found = date::find(line);
    let before = found.as_ref().map_or(line, |d| {
        // "May 30, 2023 / Jane Doe", "Dec 22, 2023 by Jane Doe": the name after the date.
        let before = line[..d.span.start].trim();
        if before.is_empty() {
            line[d.span.end..]
                .trim_start_matches(|c: char| c.is_whitespace() || "/|•·-–—,".contains(c))
        } else {
            before
        }
    });
    let before = cut_at_place(cut_at_meta_word(before));
    // "Review by Jane Doe": what comes before "by" says what was written; "Photo by",
    // "Fact checked by" credit someone else.
    let (named, mut credit) = match BY_NAME.find(before) {
        // ("Jane Doe By Jane Doe": the name printed twice, once under a photo.)
        Some(m)
            if is_authorship(&before[..m.start()]) || is_clean_name(before[..m.start()].trim()) =>
        {
            // The match ends on the name's first letter, which may take several bytes.
            let first_letter = before[..m.end()]
                .char_indices()
                .last()
                .map_or(0, |(i, _)| i);
            (&before[first_letter..], Credit::By)
        }
        Some(_) => return None,
        None => (before, Credit::NameOnly),
    };
    let mut segments = SEPARATORS
        .split(named)
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let first = segments.next()?;
    let mut authors = Vec::new();
    let mut organization = None;
    for part in AND.split(first) {
        let part = part.trim().trim_end_matches(['.', ',']);
        let titled = strip_title_suffix(part).trim();
        if titled.len() < part.len() {
            credit = credit.min(Credit::Labelled);
        }
        // Only a sure byline lets other words follow the name ("By Jane Doe Fox News").
        let name = if credit == Credit::NameOnly {
            titled
        } else {
            clean_name_prefix(titled)
        };
        let after = titled[name.len()..].trim();
        if is_organization(after) {
            organization.get_or_insert_with(|| after.to_string());
        }
        if is_clean_name(name) {
            authors.push(tidy_case(name));
        } else if credit == Credit::By && !authors.is_empty() {
            break; // "By Jane Doe, a reporter who …"
        } else if !is_title_only(name) {
            return None;
        }
    }
    if authors.is_empty() {
        return None;
    }
    let rest: Vec<&str> = segments.collect();
    let organization = rest
        .iter()
        .find(|s| is_organization(s))
        .map(|s| s.to_string())
        .or(organization);
    // Anything beside the name (a publication, a date, a site after "•") marks a credit line.
    if !rest.is_empty() || organization.is_some() || found.is_some() || before.len() < line.len() {
        credit = credit.min(Credit::Labelled);
    }
    Some(PageByline {
        byline: Byline {
            raw: line.to_string(),
            authors,
            organization,
        },
        date: found.map(|d| d.value),
        credit,
    })
}

/// An author line found on a page.
#[derive(Debug)]
pub struct PageByline {
    pub byline: Byline,
    /// A date written on the same line.
    pub date: Option<String>,
    pub credit: Credit,
}

/// How surely a page's author line is a byline, surest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Credit {
    /// "By Jane Doe", "Review by Jane Doe".
    By,
    /// A name with a job title, publication or date beside it.
    Labelled,
    /// A name alone: a byline only where the page confirms it.
    NameOnly,
}

/// "By", "BY:", "Commentary by": an author line whose name follows on the next line.
pub fn is_bare_by(text: &str) -> bool {
    let t = text
        .trim_start_matches(['*', '+', '•', ' '])
        .trim_end_matches([':', ' '])
        .to_lowercase();
    matches!(t.as_str(), "author" | "authors")
        || t.strip_suffix("by")
            .is_some_and(|label| (label.is_empty() || label.ends_with(' ')) && is_authorship(label))
}

/// Is `label` empty or a word for what an author writes ("Review", "News", "Commentary")?
fn is_authorship(label: &str) -> bool {
    let label = label.trim().trim_start_matches(['*', '+', '•', '-']).trim();
    label.is_empty()
        || label
            .split_whitespace()
            .all(|w| is_authored_kind(&w.to_lowercase()))
}

/// The text before "Published", "Updated", a social handle ("@janedoe"), a reading time ("2
/// min read") or a relative time.
fn cut_at_meta_word(s: &str) -> &str {
    let end = [
        "Published",
        "Updated",
        "Posted",
        "published",
        "updated",
        "posted",
        " @",
    ]
    .iter()
    .filter_map(|w| s.find(w))
    .chain(date::relative_start(s))
    .min()
    .unwrap_or(s.len());
    s[..end].trim_end_matches(|c: char| c.is_whitespace() || "-–—|•·,:".contains(c))
}

/// The leading words that are a clean name ("Jane Doe avatar", "Jane Doe FOXBusiness", "Jane
/// Doe Fox News" give "Jane Doe"): the name before a publication, else the longest, else `s`.
fn clean_name_prefix(s: &str) -> &str {
    let ends: Vec<usize> = s
        .char_indices()
        .filter(|&(_, c)| c == ' ')
        .map(|(i, _)| i)
        .chain([s.len()])
        .collect();
    // "Jane Doe Fox News": the name ends where a publication starts.
    let before_organization = ends
        .iter()
        .find(|&&e| e < s.len() && is_organization(s[e..].trim()) && is_clean_name(&s[..e]));
    before_organization
        .or_else(|| ends.iter().rev().find(|&&e| is_clean_name(&s[..e])))
        .map_or(s, |&e| &s[..e])
}

/// "Jane Doe and John Roe in New York": the names, without where they wrote from.
fn cut_at_place(s: &str) -> &str {
    match s.find(" in ") {
        Some(i)
            if s[i + 4..].starts_with(char::is_uppercase)
                && !s[i..].contains(',')
                && s[i + 4..].split_whitespace().count() <= 3 =>
        {
            &s[..i]
        }
        _ => s,
    }
}

/// A person's name as an author: two to four capitalized words, none of them a job title, a
/// publication word or page furniture.
fn is_clean_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && looks_like_name(s)
        && !is_organization(s)
        && !words.iter().any(|w| {
            let low = w.to_lowercase();
            is_not_name_word(low.trim_matches(|c: char| !c.is_alphanumeric()))
        })
        && !s.chars().any(|c| c.is_ascii_digit())
        && !words.iter().any(|w| is_glued(w))
        && !s.ends_with(':')
}

/// "ResizerAa", "CortinaWriter", "FOXBusiness": two words a page dump glued together (a
/// capital after a lower-case letter, or a capital, a capital and a lower-case letter; except
/// in "McCain", "MacDonald", "DeSantis").
fn is_glued(word: &str) -> bool {
    let rest = ["Mc", "Mac", "De", "Di", "La", "Le"]
        .iter()
        .find_map(|p| word.strip_prefix(p))
        .unwrap_or(word);
    let chars: Vec<char> = rest.chars().collect();
    chars
        .windows(2)
        .any(|w| w[0].is_lowercase() && w[1].is_uppercase())
        || chars
            .windows(3)
            .any(|w| w[0].is_uppercase() && w[1].is_uppercase() && w[2].is_lowercase())
}

/// "Senior Research Fellow, Center for …": a line that opens with a job title (an author box's
/// second line).
pub fn is_job_title_line(line: &str) -> bool {
    let title = line.split(',').next().unwrap_or("");
    title.split_whitespace().next().is_some()
        && title
            .split_whitespace()
            .all(|w| is_not_name_word(&w.to_lowercase()))
}

/// Does a short line credit someone with "by"? Not after more than a few words: "Training
/// By Goals" ends a headline.
pub fn has_by(line: &str) -> bool {
    BY_NAME
        .find(line)
        .is_some_and(|m| line[..m.start()].split_whitespace().count() <= MAX_WORDS_BEFORE_BY)
}

/// "Story and photos by", "Review by": how many words may come before "by" on a credit line.
const MAX_WORDS_BEFORE_BY: usize = 4;

/// A line that is only a person's name, perhaps with a job title or publication after it
/// ("Jane Doe", "Jane Doe, Staff Writer", "Jane Doe   The Daily Planet"): an author line on a
/// page, where the name is printed without "By".
pub fn is_name_line(line: &str) -> bool {
    let first = SEPARATORS.split(line).next().unwrap_or("");
    let name = strip_title_suffix(first.split(',').next().unwrap_or("").trim());
    // "Jane Doe avatar", "Jane Doe Contributor": a name and words that are never names.
    let words: Vec<&str> = name.split_whitespace().collect();
    let end = words
        .iter()
        .rposition(|w| !is_not_name_word(&w.to_lowercase()))
        .map_or(0, |i| i + 1);
    is_clean_name(&words[..end].join(" "))
}

fn is_organization(s: &str) -> bool {
    is_agency(s)
        || (s.split_whitespace().count() <= 6
            && s.split_whitespace()
                .any(|w| is_publication_word(w.trim_matches(|c: char| !c.is_alphanumeric())))
            && s.split_whitespace()
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase)))
}

fn is_title_only(s: &str) -> bool {
    let low = s.to_lowercase();
    BYLINE_TITLES.contains(&low.as_str())
}

/// "Jane Doe Staff Writer" (a title written after the name without a comma): the name, without
/// the longest title it ends with; "" when it is all title ("Senior Correspondent").
fn strip_title_suffix(s: &str) -> &str {
    // ASCII lower-casing keeps byte offsets, so `s` can be cut where `low` matched.
    let low = s.to_ascii_lowercase();
    let longest = BYLINE_TITLES
        .iter()
        .filter(|t| t.len() > 3)
        .filter(|t| {
            low.strip_suffix(**t)
                .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
        })
        .map(|t| t.len())
        .max();
    match longest {
        Some(n) => s[..s.len() - n].trim_end(),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        type Row<'a> = (
            &'a str,
            Option<(&'a [&'a str], Option<&'a str>, Option<&'a str>)>,
        );
        let rows: &[Row] = &[
            ("By Jane Doe", Some((&["Jane Doe"], None, None))),
            (
                "By Jane Doe and John Roe",
                Some((&["Jane Doe", "John Roe"], None, None)),
            ),
            (
                "By JANE DOE, Associated Press",
                Some((&["Jane Doe"], Some("Associated Press"), None)),
            ),
            (
                "Jane Doe | Reuters",
                Some((&["Jane Doe"], Some("Reuters"), None)),
            ),
            (
                "By Jane Doe, Staff Writer",
                Some((&["Jane Doe"], None, None)),
            ),
            ("Written by Jane Doe", Some((&["Jane Doe"], None, None))),
            (
                "By Jane Doe on April 25, 2019",
                Some((&["Jane Doe"], None, Some("2019-04-25"))),
            ),
            (
                "By Ann Lee, Bob Ray and Cy Young",
                Some((&["Ann Lee", "Bob Ray", "Cy Young"], None, None)),
            ),
            (
                "By Jane Doe | The Daily Planet",
                Some((&["Jane Doe"], Some("The Daily Planet"), None)),
            ),
            ("By :", Some((&[], None, None))),
            ("By contrast, the plan failed.", None),
            ("By the end of the day, nothing was left.", None),
            ("Jane Doe", None),
            ("Putin and Kim met.", None),
            (
                "Jane Doe and John Roe of the Daily Planet wrote this story | Reuters",
                None,
            ),
            (
                "Jane Doe | Reuters | Updated on April 25, 2019 at the end of a long day of news",
                Some((&["Jane Doe"], Some("Reuters"), Some("2019-04-25"))),
            ),
        ];
        for (input, want) in rows {
            let got = parse(input, true);
            let got = got.as_ref().map(|(b, d)| {
                (
                    b.authors.iter().map(String::as_str).collect::<Vec<_>>(),
                    b.organization.as_deref(),
                    d.as_deref(),
                )
            });
            let want = want.map(|(a, o, d)| (a.to_vec(), o, d));
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn page_bylines() {
        use Credit::*;
        // (line, authors, organization, how sure)
        type Row<'a> = (&'a str, Option<(&'a [&'a str], Option<&'a str>, Credit)>);
        let rows: &[Row] = &[
            ("By Jane Doe", Some((&["Jane Doe"], None, By))),
            (
                "Review by Jane Doe Contributor",
                Some((&["Jane Doe"], None, By)),
            ),
            (
                "By Jane Doe Fox News",
                Some((&["Jane Doe"], Some("Fox News"), By)),
            ),
            (
                "By Jane DoeDec. 21, 2023 11:00 pm EST",
                Some((&["Jane Doe"], None, By)),
            ),
            (
                "Jane Doe, Senior Correspondent | Reuters",
                Some((&["Jane Doe"], Some("Reuters"), Labelled)),
            ),
            (
                "Jane Doe - January 24, 2020",
                Some((&["Jane Doe"], None, Labelled)),
            ),
            ("Jane Doe 2 months", Some((&["Jane Doe"], None, Labelled))),
            ("Jane Doe", Some((&["Jane Doe"], None, NameOnly))),
            ("By Émile Zola", Some((&["Émile Zola"], None, By))),
            ("Review by Émile Zola", Some((&["Émile Zola"], None, By))),
            ("Jane Doe @janedoe", Some((&["Jane Doe"], None, Labelled))),
            (
                "Jane Doe • ExampleSports",
                Some((&["Jane Doe"], None, Labelled)),
            ),
            (
                "Ann Roe as told to Jane Doe",
                Some((&["Jane Doe"], None, By)),
            ),
            ("Photo by Jane Doe/Getty Images", None),
            ("Fact checked by Jane Doe", None),
            ("Top Headlines:", None),
            ("Share", None),
            ("Follow Jane Doe", None),
            ("Font ResizerAa", None),
            ("Inside Kim Doe and Ann Roe's $5.5 Million Mansion", None),
        ];
        for (input, want) in rows {
            let got = parse_page(input);
            let got = got.as_ref().map(|p| {
                (
                    p.byline
                        .authors
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>(),
                    p.byline.organization.as_deref(),
                    p.credit,
                )
            });
            let want = want.map(|(a, o, c)| (a.to_vec(), o, c));
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn bare_by_lines() {
        let rows = [
            ("By", true),
            ("BY:", true),
            ("Commentary by", true),
            ("Fact checked by", false),
            ("Stand by", false),
        ];
        for (input, want) in rows {
            assert_eq!(is_bare_by(input), want, "input {input:?}");
        }
    }

    #[test]
    fn empty_byline_keeps_raw() {
        let (b, _) = parse("By :", false).unwrap();
        assert_eq!(b.raw, "By :");
        assert!(b.authors.is_empty());
    }

    proptest::proptest! {
        /// A line `may_open_with_by` turns down does not open with `BY_PREFIX`.
        #[test]
        fn lines_turned_down_open_with_no_by(
            line in crate::phrases::texts_of(
                &[
                    "By", "by", "BY", "bY", "B", "y", "Written", "WRITTEN", "Words", "Story",
                    "Reporting", "Text", "Posted", "Authors", "author", "A", "u", " ", "  ", ":",
                    "-", "—", "\u{a0}", "x", "Jane",
                ],
                6,
            ),
        ) {
            proptest::prop_assert!(may_open_with_by(&line) || !BY_PREFIX.is_match(&line));
        }
    }
}
