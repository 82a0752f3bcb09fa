//! One field of the article, one value per line and nothing else — for scripts without `jq`:
//! `if title=$(newsparse --get title a.txt); then …`. A field the article lacks prints nothing,
//! and [`write`] says so, so that the command can exit 1.

use std::borrow::Cow;
use std::io::{self, Write};

use crate::Article;

/// A field `--get` can print.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Subtitle,
    Authors,
    Organization,
    Date,
    Dateline,
    Captions,
    Paragraphs,
    Body,
    Quotes,
    Speakers,
    Boilerplate,
}

impl Field {
    /// Every field, with its name on the command line and what it prints.
    pub const ALL: [(Field, &'static str, &'static str); 12] = [
        (Field::Title, "title", "the headline"),
        (Field::Subtitle, "subtitle", "the deck under the headline"),
        (
            Field::Authors,
            "authors",
            "the byline's authors, one per line",
        ),
        (
            Field::Organization,
            "organization",
            "the agency or publication on the byline",
        ),
        (
            Field::Date,
            "date",
            "the publication date, YYYY-MM-DD[THH:MM]",
        ),
        (
            Field::Dateline,
            "dateline",
            "the dateline as written: MOSCOW (Reuters) -",
        ),
        (Field::Captions, "captions", "photo captions, one per line"),
        (
            Field::Paragraphs,
            "paragraphs",
            "body paragraphs, one per line",
        ),
        (
            Field::Body,
            "body",
            "the body text, paragraphs separated by a blank line",
        ),
        (Field::Quotes, "quotes", "the quotes' texts, one per line"),
        (
            Field::Speakers,
            "speakers",
            "each quoted speaker once, in order of first quote",
        ),
        (
            Field::Boilerplate,
            "boilerplate",
            "page furniture set aside, one per line",
        ),
    ];

    /// The field called `name` on the command line.
    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.iter().find(|f| f.1 == name).map(|f| f.0)
    }

    /// The field's values in `a`; empty when the article lacks it.
    pub fn values(self, a: &Article) -> Vec<String> {
        let byline = a.byline.as_ref();
        let mut values: Vec<String> = match self {
            Field::Title => a.title.iter().cloned().collect(),
            Field::Subtitle => a.subtitle.iter().cloned().collect(),
            Field::Authors => byline.map(|b| b.authors.clone()).unwrap_or_default(),
            Field::Organization => byline
                .and_then(|b| b.organization.clone())
                .into_iter()
                .collect(),
            Field::Date => a.date.iter().cloned().collect(),
            Field::Dateline => a.dateline.iter().map(|d| d.raw.clone()).collect(),
            Field::Captions => owned(&a.captions),
            Field::Paragraphs => owned(&a.paragraphs),
            Field::Body => vec![super::body_text(a)],
            Field::Quotes => a.quotes.iter().map(|q| q.text.clone()).collect(),
            Field::Speakers => {
                let mut seen: Vec<String> = Vec::new();
                for s in a.quotes.iter().filter_map(|q| q.speaker.as_ref()) {
                    if !seen.contains(s) {
                        seen.push(s.clone());
                    }
                }
                seen
            }
            Field::Boilerplate => owned(&a.boilerplate),
        };
        values.retain(|v| !v.is_empty());
        values
    }
}

pub fn write(out: &mut dyn Write, a: &Article, field: Field) -> io::Result<bool> {
    let values = field.values(a);
    for v in &values {
        writeln!(out, "{v}")?;
    }
    Ok(!values.is_empty())
}

/// Owned copies of an article's texts.
fn owned(texts: &[Cow<str>]) -> Vec<String> {
    texts.iter().map(|t| t.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_of_each_field() {
        let a = crate::parse(
            "Summit opens\n\nBy Jane Doe and John Roe, Reuters\n\nPARIS (AP) - Leaders met on Monday for talks.\n\n\
             “We will talk,” Jane Doe said. “Soon,” she added.\n\n“No,” Ann Lee said.\n",
        );
        let cases: &[(&str, &[&str])] = &[
            ("title", &["Summit opens"]),
            ("subtitle", &[]),
            ("authors", &["Jane Doe", "John Roe"]),
            ("organization", &["Reuters"]),
            ("date", &[]),
            ("dateline", &["PARIS (AP) -"]),
            ("captions", &[]),
            (
                "paragraphs",
                &[
                    "Leaders met on Monday for talks.",
                    "“We will talk,” Jane Doe said. “Soon,” she added.",
                    "“No,” Ann Lee said.",
                ],
            ),
            (
                "body",
                &[
                    "PARIS (AP) - Leaders met on Monday for talks.\n\n“We will talk,” Jane Doe said. “Soon,” she added.\n\n“No,” Ann Lee said.",
                ],
            ),
            ("quotes", &["We will talk", "Soon", "No"]),
            ("speakers", &["Jane Doe", "Ann Lee"]),
            ("boilerplate", &[]),
        ];
        assert_eq!(cases.len(), Field::ALL.len(), "one row per field");
        for (name, want) in cases {
            let field = Field::from_name(name).expect(name);
            assert_eq!(field.values(&a), *want, "{name}");
        }
        assert_eq!(Field::from_name("nope"), None);
    }
}
