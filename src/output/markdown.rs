//! Markdown: the article as a note — `# Title`, a byline and date line, captions in italics,
//! the paragraphs, then each quote once more under "Quotes" as `> text — Speaker`.
//! Boilerplate is left out. Text is escaped so that an asterisk or a leading `#` in the
//! article stays a character.

use std::io::{self, Write};

use crate::Article;

pub fn write(out: &mut dyn Write, a: &Article) -> io::Result<()> {
    if let Some(t) = &a.title {
        writeln!(out, "# {}\n", escape(t))?;
    }
    if let Some(s) = &a.subtitle {
        writeln!(out, "**{}**\n", escape(s))?;
    }
    let by = a.byline.as_ref().and_then(|b| {
        let names = super::join_names(&b.authors);
        match (names.is_empty(), &b.organization) {
            (true, None) => None,
            (true, Some(org)) => Some(format!("By {org}")),
            (false, None) => Some(format!("By {names}")),
            (false, Some(org)) => Some(format!("By {names}, {org}")),
        }
    });
    let by_and_date: Vec<String> = by.into_iter().chain(a.date.clone()).collect();
    if !by_and_date.is_empty() {
        writeln!(out, "{}\n", escape(&by_and_date.join(" · ")))?;
    }
    for c in &a.captions {
        writeln!(out, "*{}*\n", escape(c))?;
    }
    let body = super::body_text(a);
    for p in body.split("\n\n").filter(|p| !p.is_empty()) {
        writeln!(out, "{}\n", escape(p))?;
    }
    if !a.quotes.is_empty() {
        writeln!(out, "## Quotes\n")?;
        for q in &a.quotes {
            match &q.speaker {
                Some(who) => writeln!(out, "> {} — {}\n", escape(&q.text), escape(who))?,
                None => writeln!(out, "> {}\n", escape(&q.text))?,
            }
        }
    }
    Ok(())
}

/// Backslash-escapes what Markdown would read as markup: emphasis, code, links and HTML
/// anywhere; headings, quotes, list markers and rules at the start of the text.
fn escape(text: &str) -> String {
    let digits = text.len() - text.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let (number, rest) = text.split_at(digits);
    let markers: &[char] = if digits > 0 {
        &['.', ')'] // `1.` or `1)` opens an ordered list
    } else {
        &['#', '>', '-', '+', '=', '|']
    };
    match rest.strip_prefix(markers) {
        Some(after) => format!("{number}\\{}{}", &rest[..1], escape_inline(after)),
        None => escape_inline(text),
    }
}

fn escape_inline(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<') {
            s.push('\\');
        }
        s.push(c);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_markup() {
        let cases = [
            ("Plain words, 1.5 million.", "Plain words, 1.5 million."),
            ("*Not* emphasis_here", "\\*Not\\* emphasis\\_here"),
            ("# not a heading", "\\# not a heading"),
            ("> not a quote", "\\> not a quote"),
            ("- not a list", "\\- not a list"),
            ("1. not a list", "1\\. not a list"),
            ("2019) not a list", "2019\\) not a list"),
            ("2019 was a year", "2019 was a year"),
            ("a [link](x) and <b>", "a \\[link\\](x) and \\<b>"),
            ("C:\\path `code`", "C:\\\\path \\`code\\`"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }
}
