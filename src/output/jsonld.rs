//! JSON-LD: the article as a schema.org `NewsArticle`, so it drops into tools that read
//! schema.org metadata. Byline authors become `Person`s and the credited organization an
//! `Organization`; quotes become `Quotation`s under `citation`, their speaker the `creator`.
//! Boilerplate and captions are left out: they are not the article.

use std::io::{self, Write};

use serde::Serialize;

use crate::Article;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct NewsArticle<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alternative_headline: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Agent<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline: Option<&'a str>,
    article_body: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    citation: Vec<Quotation<'a>>,
}

/// A `Person` or an `Organization`.
#[derive(Serialize)]
struct Agent<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct Quotation<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Agent<'a>>,
}

fn person(name: &str) -> Agent<'_> {
    Agent {
        kind: "Person",
        name,
    }
}

pub fn write(out: &mut dyn Write, a: &Article, pretty: bool) -> io::Result<()> {
    let mut author: Vec<Agent> = Vec::new();
    if let Some(b) = &a.byline {
        author.extend(b.authors.iter().map(|n| person(n)));
        author.extend(b.organization.as_deref().map(|name| Agent {
            kind: "Organization",
            name,
        }));
    }
    let record = NewsArticle {
        context: "https://schema.org",
        kind: "NewsArticle",
        headline: a.title.as_deref(),
        alternative_headline: a.subtitle.as_deref(),
        author,
        date_published: a.date.as_deref(),
        dateline: a.dateline.as_ref().map(|d| d.raw.as_str()),
        article_body: super::body_text(a),
        citation: a
            .quotes
            .iter()
            .map(|q| Quotation {
                kind: "Quotation",
                text: &q.text,
                creator: q.speaker.as_deref().map(person),
            })
            .collect(),
    };
    super::json::write_value(out, &record, pretty)
}
