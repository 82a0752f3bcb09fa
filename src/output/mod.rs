//! Output formats, behind one seam: [`begin`] once per run, then [`write`] once per article, in
//! input order. JSON comes straight from the `Serialize` structs in `article`, which are the
//! schema; the other formats are views of the same structs.
//!
//! Only [`begin`] depends on being first (the CSV and TSV header row): [`write`] renders one
//! article on its own, so a caller that renders articles in parallel can render each into a
//! buffer of its own and print `begin`'s output once before them.

use std::io::{self, Write};

use crate::Article;

mod csv;
mod get;
mod json;
mod jsonld;
mod markdown;
mod text;
mod tsv;

pub use get::Field;
/// One compact JSON line of an article after fields copied from the input: the record of a JSON
/// Lines run.
pub use json::write_line as write_json_line;

/// How to render an article. Options that concern one format live in its variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per article and a newline (JSON Lines for several); indented if `pretty`.
    Json { pretty: bool },
    /// A schema.org `NewsArticle` in JSON-LD, one object per article like `Json`.
    JsonLd { pretty: bool },
    /// A readable report: header fields, numbered paragraphs, quotes with speakers; with ANSI
    /// colours if `color`.
    Text { color: bool },
    /// A Markdown document: title, byline and date, captions, paragraphs, then the quotes.
    Markdown,
    /// One row per quote, RFC 4180 quoting, with a header row from [`begin`].
    Csv,
    /// One row per quote, tab-separated, with `\t`, `\n`, `\r` and `\\` escaped as jq's `@tsv`
    /// does; a header row from [`begin`].
    Tsv,
    /// One field's values, one per line, nothing else.
    Get(Field),
}

impl Default for Format {
    fn default() -> Format {
        Format::Json { pretty: false }
    }
}

/// Writes what comes once before the first article: the header row of CSV and TSV, nothing
/// for the other formats.
pub fn begin(out: &mut dyn Write, format: Format) -> io::Result<()> {
    match format {
        Format::Csv => csv::header(out),
        Format::Tsv => tsv::header(out),
        _ => Ok(()),
    }
}

/// Appends `article`, read from `source` (a path or `<stdin>`), to `out` (the caller writes the
/// buffer where it goes). Returns whether the article had what was asked for: false only for
/// [`Format::Get`] of a field it lacks (nothing is written then).
pub fn write(
    out: &mut Vec<u8>,
    article: &Article,
    source: &str,
    format: Format,
) -> io::Result<bool> {
    match format {
        Format::Json { pretty } => json::write(out, article, source, pretty),
        Format::JsonLd { pretty } => jsonld::write(out, article, pretty),
        Format::Text { color } => text::write(out, article, source, color),
        Format::Markdown => markdown::write(out, article),
        Format::Csv => csv::write(out, article, source),
        Format::Tsv => tsv::write(out, article, source),
        Format::Get(field) => return get::write(out, article, field),
    }?;
    Ok(true)
}

/// The body as printed: the dateline back in front of the first paragraph, paragraphs
/// separated by a blank line.
fn body_text(a: &Article) -> String {
    let mut body = String::new();
    for (i, p) in a.paragraphs.iter().enumerate() {
        if i > 0 {
            body.push_str("\n\n");
        }
        if let (0, Some(d)) = (i, &a.dateline) {
            body.push_str(&d.raw);
            body.push(' ');
        }
        body.push_str(p);
    }
    body
}

/// Names as a reader writes them: `A`, `A and B`, `A, B and C`.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Dateline;

    #[test]
    fn join_names_reads_naturally() {
        let cases: &[(&[&str], &str)] = &[
            (&[], ""),
            (&["A"], "A"),
            (&["A", "B"], "A and B"),
            (&["A", "B", "C"], "A, B and C"),
        ];
        for (names, want) in cases {
            let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
            assert_eq!(join_names(&names), *want, "{names:?}");
        }
    }

    #[test]
    fn body_text_restores_the_dateline() {
        let cases: &[(Option<&str>, &[&str], &str)] = &[
            (None, &[], ""),
            (None, &["One.", "Two."], "One.\n\nTwo."),
            (Some("PARIS -"), &["One.", "Two."], "PARIS - One.\n\nTwo."),
        ];
        for (dateline, paragraphs, want) in cases {
            let a = Article {
                dateline: dateline.map(|raw| Dateline {
                    raw: raw.to_string(),
                    ..Dateline::default()
                }),
                paragraphs: paragraphs.iter().map(|&s| s.into()).collect(),
                ..Article::default()
            };
            assert_eq!(body_text(&a), *want);
        }
    }
}
