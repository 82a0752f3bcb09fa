//! A readable report of one article. With `color` (a terminal, see `--color`), the title is
//! bold, speakers and quote texts stand out, and paragraph numbers and boilerplate are dimmed.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};

use crate::Article;

const TITLE: Style = Style::new().bold();
const SPEAKER: Style = AnsiColor::Cyan.on_default().bold();
const QUOTE: Style = AnsiColor::Green.on_default();
const DIM: Style = Style::new().dimmed();

pub fn write(out: &mut dyn Write, a: &Article, source: &str, color: bool) -> io::Result<()> {
    // `{style}` starts a style and `{style:#}` ends it; a plain `Style` prints nothing.
    let paint = |style: Style| if color { style } else { Style::new() };
    let (title, speaker, quote, dim) = (paint(TITLE), paint(SPEAKER), paint(QUOTE), paint(DIM));
    writeln!(out, "{dim}== {source}{dim:#}")?;
    let field = |out: &mut dyn Write, name: &str, value: Option<&str>| -> io::Result<()> {
        match value {
            Some(v) => writeln!(out, "{name:<10}{v}"),
            None => Ok(()),
        }
    };
    if let Some(t) = &a.title {
        field(out, "Title:", Some(&format!("{title}{t}{title:#}")))?;
    }
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
            writeln!(out, "{dim}[{}]{dim:#} {p}", i + 1)?;
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
            writeln!(
                out,
                "  {dim}[{}]{dim:#} {speaker}{who}{speaker:#}{how}: {quote}“{}”{quote:#}",
                q.paragraph + 1,
                q.text
            )?;
        }
    }
    if !a.boilerplate.is_empty() {
        writeln!(out, "\nBoilerplate:")?;
        for b in &a.boilerplate {
            writeln!(out, "  {dim}{b}{dim:#}")?;
        }
    }
    writeln!(out)
}
