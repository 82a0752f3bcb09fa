//! JSON: the article's fields with `source` first.

use std::io::{self, Write};

use serde::Serialize;

use crate::Article;

#[derive(Serialize)]
struct Record<'a> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article,
}

pub fn write(out: &mut dyn Write, article: &Article, source: &str, pretty: bool) -> io::Result<()> {
    write_value(out, &Record { source, article }, pretty)
}

/// One JSON value and a newline, compact or indented.
pub(super) fn write_value(
    out: &mut dyn Write,
    value: &impl Serialize,
    pretty: bool,
) -> io::Result<()> {
    if pretty {
        serde_json::to_writer_pretty(&mut *out, value)?;
    } else {
        serde_json::to_writer(&mut *out, value)?;
    }
    out.write_all(b"\n")
}
