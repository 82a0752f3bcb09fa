//! A readable report of one article.

use std::io::{self, Write};

use crate::Article;

pub fn write(out: &mut dyn Write, a: &Article, source: &str) -> io::Result<()> {
    writeln!(out, "== {source}")?;
    let field = |out: &mut dyn Write, name: &str, value: Option<&str>| -> io::Result<()> {
        match value {
            Some(v) => writeln!(out, "{name:<10}{v}"),
            None => Ok(()),
        }
    };
    field(out, "Title:", a.title.as_deref())?;
    field(out, "Subtitle:", a.subtitle.as_deref())?;
    if let Some(b) = &a.byline {
        let mut line = if b.authors.is_empty() {
            b.raw.clone()
        } else {
            b.authors.join(", ")
        };
        if let Some(org) = &b.organization {
            line.push_str(&format!(" ({org})"));
        }
        field(out, "Byline:", Some(&line))?;
    }
    field(out, "Date:", a.date.as_deref())?;
    if let Some(d) = &a.dateline {
        field(out, "Dateline:", Some(&d.raw))?;
    }
    for c in &a.captions {
        field(out, "Caption:", Some(c))?;
    }
    if !a.paragraphs.is_empty() {
        writeln!(out)?;
        for (i, p) in a.paragraphs.iter().enumerate() {
            writeln!(out, "[{}] {p}", i + 1)?;
        }
    }
    if !a.quotes.is_empty() {
        writeln!(out, "\nQuotes:")?;
        for q in &a.quotes {
            let who = q.speaker.as_deref().unwrap_or("(unattributed)");
            let how = match (&q.mention, &q.verb) {
                (Some(m), Some(v)) if m != who => format!(" ({m} {v})"),
                (_, Some(v)) => format!(" ({v})"),
                _ => String::new(),
            };
            writeln!(out, "  [{}] {who}{how}: “{}”", q.paragraph + 1, q.text)?;
        }
    }
    if !a.boilerplate.is_empty() {
        writeln!(out, "\nBoilerplate:")?;
        for b in &a.boilerplate {
            writeln!(out, "  {b}")?;
        }
    }
    writeln!(out)
}
