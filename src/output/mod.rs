//! Output formats, behind one seam: [`write`] renders one article in the chosen [`Format`].
//! JSON comes straight from the `Serialize` structs in `article`, which are the schema.

use std::io::{self, Write};

use crate::Article;

mod json;
mod text;

/// How to render an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One compact JSON object per article and a newline (JSON Lines for several).
    #[default]
    Json,
    /// JSON indented for reading.
    PrettyJson,
    /// A readable report: header fields, numbered paragraphs, quotes with speakers.
    Text,
}

/// Writes `article`, read from `source` (a path or `<stdin>`), to `out`.
pub fn write(
    out: &mut dyn Write,
    article: &Article,
    source: &str,
    format: Format,
) -> io::Result<()> {
    match format {
        Format::Json => json::write(out, article, source, false),
        Format::PrettyJson => json::write(out, article, source, true),
        Format::Text => text::write(out, article, source),
    }
}
