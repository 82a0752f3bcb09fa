//! CSV: one row per quote (the table people paste into a spreadsheet), quoted as RFC 4180
//! says by the `csv` crate. Articles without quotes give no rows.

use std::io::{self, Write};

use crate::Article;

/// The columns, in order; `paragraph` is the same 0-based index as in the JSON.
pub const HEADER: [&str; 6] = ["source", "paragraph", "speaker", "mention", "verb", "text"];

/// The rows of one article, in the order of [`HEADER`]; a missing value is an empty field.
pub fn rows<'a>(a: &'a Article, source: &'a str) -> impl Iterator<Item = [String; 6]> + 'a {
    a.quotes.iter().map(move |q| {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        [
            source.to_string(),
            q.paragraph.to_string(),
            opt(&q.speaker),
            opt(&q.mention),
            opt(&q.verb),
            q.text.clone(),
        ]
    })
}

pub fn header(out: &mut dyn Write) -> io::Result<()> {
    write_records(out, std::iter::once(HEADER))
}

pub fn write(out: &mut dyn Write, a: &Article, source: &str) -> io::Result<()> {
    write_records(out, rows(a, source))
}

/// Renders into memory first: `csv` reports errors as its own type, and the kind of an I/O
/// error (a closed pipe) must reach the caller intact.
fn write_records<R: AsRef<[u8]>>(
    out: &mut dyn Write,
    records: impl Iterator<Item = [R; 6]>,
) -> io::Result<()> {
    let mut w = ::csv::Writer::from_writer(Vec::new());
    for r in records {
        w.write_record(&r).map_err(io::Error::other)?;
    }
    let buf = w
        .into_inner()
        .map_err(|e| io::Error::other(e.to_string()))?;
    out.write_all(&buf)
}
