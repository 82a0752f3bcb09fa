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
    let record = Record { source, article };
    if pretty {
        serde_json::to_writer_pretty(&mut *out, &record)?;
    } else {
        serde_json::to_writer(&mut *out, &record)?;
    }
    out.write_all(b"\n")
}
