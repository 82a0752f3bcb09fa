//! newsparse: split a news article, given as plain text, into its parts — title, byline, date,
//! dateline, photo captions, body paragraphs, boilerplate — and find every direct quote with
//! who said it.
//!
//! ```
//! let article = newsparse::parse("Summit opens\n\nBy Jane Doe\n\n“We will talk,” Jane Doe said.\n");
//! assert_eq!(article.title.as_deref(), Some("Summit opens"));
//! assert_eq!(article.quotes[0].speaker.as_deref(), Some("Jane Doe"));
//! ```
//!
//! The library is pure: text in, structs out, no I/O. The stages, in order, are the modules
//! below; [`parse`] shows how they fit together.

pub mod article;
mod attribution;
mod blocks;
mod body;
mod boilerplate;
mod byline;
mod captions;
pub mod data;
mod date;
mod dateline;
pub mod decode;
mod header;
pub mod jsonl;
mod lines;
mod names;
pub mod output;
mod quotes;
mod speakers;

pub use article::{Article, Byline, Dateline, Quote};

/// Parses one article.
pub fn parse(input: &str) -> Article {
    // 1. Normalize and split: trimmed lines with byte offsets into `input`.
    let lines = lines::split(input);
    // 2–3. Header: headline, deck, byline, date, captions above the body.
    let wrap = blocks::wrap_width(&lines);
    let header = header::parse(&lines, wrap);
    // 4. Body: paragraphs (blank-line, one-per-line or hard-wrapped), boilerplate, captions.
    let mut body = body::parse(&lines, header.body_start, wrap);
    // The dateline opens the first paragraph.
    let dateline = body.paragraphs.first_mut().and_then(|first| {
        let (d, len) = dateline::parse(&first.text)?;
        first.drop_front(len);
        Some(d)
    });
    // 5. Quotes, then 6. their speakers.
    let spans = quotes::find(&body.paragraphs);
    let quotes = speakers::attribute(&body.paragraphs, spans);

    let owned = |p: &blocks::Para| p.text.to_string();
    let mut boilerplate: Vec<String> = header.boilerplate.iter().map(|s| s.to_string()).collect();
    boilerplate.extend(body.boilerplate.iter().map(owned));
    let mut captions: Vec<String> = header.captions.iter().map(|s| s.to_string()).collect();
    captions.extend(body.captions.iter().map(owned));
    Article {
        title: header.title,
        subtitle: header.subtitle.map(str::to_string),
        byline: header.byline,
        date: header.date,
        date_raw: header.date_raw.map(str::to_string),
        dateline,
        captions,
        paragraphs: body.paragraphs.iter().map(owned).collect(),
        quotes,
        boilerplate,
    }
}
