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
pub mod html;
pub mod jsonl;
mod lines;
mod names;
pub mod output;
mod page;
mod phrases;
mod quotes;
mod speakers;

use std::borrow::Cow;

pub use article::{Article, Byline, Dateline, Quote};
#[cfg(feature = "html")]
pub use html::parse_html;

/// Parses one input as given in bytes: plain text, or a saved web page (`kind`, or by content
/// when `None`). Returns the article and what decoding had to warn about.
pub fn parse_bytes(
    bytes: &[u8],
    kind: Option<html::InputKind>,
) -> Result<(Article<'_>, Vec<decode::Warning>), decode::InputError> {
    let is_html = kind.unwrap_or_else(|| html::detect(bytes)) == html::InputKind::Html;
    #[cfg(feature = "html")]
    if is_html {
        // UTF-16 pages (with their byte-order mark) are full of NUL bytes; other pages are not.
        if !bytes.starts_with(b"\xff\xfe") && !bytes.starts_with(b"\xfe\xff") {
            decode::reject_binary(bytes)?;
        }
        let article = html::parse_html(bytes);
        let warnings = if article.is_empty() {
            vec![decode::Warning::Empty]
        } else {
            Vec::new()
        };
        return Ok((article, warnings));
    }
    #[cfg(not(feature = "html"))]
    if is_html && kind.is_some() {
        return Err(decode::InputError::HtmlUnsupported);
    }
    let decoded = decode::decode(bytes)?;
    // Text that is the input's own bytes is borrowed from them; text decoded into a new string
    // (another encoding, a byte-order mark) is parsed there and the article copied out.
    let article = match decoded.text {
        Cow::Borrowed(text) => parse(text),
        Cow::Owned(text) => parse(&text).into_owned(),
    };
    Ok((article, decoded.warnings))
}

/// Parses one article.
pub fn parse<'a>(input: &'a str) -> Article<'a> {
    // 1. Normalize and split: trimmed lines with byte offsets into `input`.
    let lines = lines::split(input);
    // 2–4. Header (headline, deck, byline, date, captions above the body), then the body
    // (paragraphs: blank-line, one-per-line or hard-wrapped; boilerplate; captions). In a whole
    // page dumped as text, the article is first found among the page's furniture.
    let wrap = blocks::wrap_width(&lines);
    // The input lower-cased once: its notice words and caption markers are found in one pass
    // each, not one per line and paragraph.
    let low = phrases::Lowered::new(input);
    // Where the caption markers' anchors stand, for the header's lines and the body's
    // paragraphs alike.
    let markers = low.as_ref().map(captions::markers);
    // Which lines are page furniture, asked once for both the page and the body stage.
    let furniture: Vec<bool> = lines
        .iter()
        .map(|l| boilerplate::is_boilerplate(l.text))
        .collect();
    let (header, mut body) = match page::locate(input, &lines, low.as_ref(), &furniture) {
        Some(layout) => {
            let header = header::parse_page(&lines, &layout, markers.as_ref());
            let mut body = body::parse(
                &lines,
                layout.body.clone(),
                wrap,
                markers.as_ref(),
                &furniture,
            );
            body.paragraphs
                .retain(|p| !header.body_meta.contains(&p.lines.0) || p.lines.1 > p.lines.0 + 1);
            body.set_aside_paragraphs(&layout.furniture, false);
            body.set_aside_paragraphs(&layout.captions, true);
            body.set_aside(&lines, layout.body.end..lines.len());
            (header, body)
        }
        None => {
            let header = header::parse(&lines, wrap, markers.as_ref());
            let body = body::parse(
                &lines,
                header.body_start..lines.len(),
                wrap,
                markers.as_ref(),
                &furniture,
            );
            (header, body)
        }
    };
    // What only the page and body stages read goes before the speakers' name index is built:
    // in a long text each is about the text's size.
    drop((low, markers, furniture));
    // The dateline opens the first paragraph.
    let dateline = body.paragraphs.first_mut().and_then(|first| {
        let (d, len) = dateline::parse(&first.text)?;
        first.drop_front(len);
        Some(d)
    });
    // 5. Quotes, then 6. their speakers.
    // (Whether the input holds the lead byte of CJK corner brackets, asked once for all
    // paragraphs: their text comes from the input's lines.)
    let maybe_cjk = memchr::memchr(0xe3, input.as_bytes()).is_some();
    let spans = quotes::find_in(&body.paragraphs, maybe_cjk);
    let quotes = speakers::attribute(&body.paragraphs, spans);

    // (Text borrowed from the input stays borrowed; a paragraph joined from several lines
    // owns its text already: it is moved, not copied.)
    let text = |p: blocks::Para<'a>| p.text;
    let mut boilerplate: Vec<Cow<str>> = header.boilerplate.iter().map(|&s| s.into()).collect();
    boilerplate.extend(body.boilerplate.into_iter().map(text));
    let mut captions: Vec<Cow<str>> = header.captions.iter().map(|&s| s.into()).collect();
    captions.extend(body.captions.into_iter().map(text));
    Article {
        title: header.title,
        subtitle: header.subtitle.map(str::to_string),
        byline: header.byline,
        date: header.date,
        date_raw: header.date_raw.map(str::to_string),
        dateline,
        captions,
        paragraphs: body.paragraphs.into_iter().map(text).collect(),
        quotes,
        boilerplate,
    }
}
