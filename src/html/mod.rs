//! Saved web pages. [`detect`] tells HTML from plain text by content; [`parse_html`] (feature
//! `html`) decodes the page's declared charset, parses it with an HTML5 parser, finds the
//! article's blocks in the tree and runs them through the same text pipeline as a text file
//! ([`crate::parse`]): byline, dateline, captions, paragraphs and quotes. What the page states
//! about itself (JSON-LD, `<meta>`, `<title>`, `<h1>`, `<time>`, byline elements) then settles
//! the title, authors and date.
//!
//! Offsets (`start`/`end` of quotes) of an HTML article are byte offsets into the article text
//! built from the page: the title, a blank line, then the blocks separated by blank lines —
//! what `-f text` shows, not offsets into the HTML source.
//!
//! Stages: `charset` (bytes to text), `dom` (HTML5 parse, depth-capped), `meta` (what the
//! page says about itself), `content` (the article's blocks), `parse` (putting it together).

#[cfg(feature = "html")]
mod charset;
#[cfg(feature = "html")]
mod content;
#[cfg(feature = "html")]
mod dom;
#[cfg(feature = "html")]
mod meta;
#[cfg(feature = "html")]
mod parse;

#[cfg(feature = "html")]
pub use parse::parse_html;

/// What an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    Text,
    Html,
}

/// How much of the input [`detect`] looks at.
const SNIFF: usize = 4096;

/// Tells HTML from text by content: a doctype, `<html>`, `<head>` or `<body>` near the top,
/// or text that is mostly tags.
pub fn detect(bytes: &[u8]) -> InputKind {
    let head = &bytes[..bytes.len().min(SNIFF)];
    let head = head
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(head)
        .trim_ascii_start();
    // Every sign below is a tag: plain text without a `<` is decided at once.
    if memchr::memchr(b'<', head).is_none() {
        return InputKind::Text;
    }
    let lower = head.to_ascii_lowercase();
    let starts = |p: &[u8]| lower.starts_with(p);
    let has = |p: &[u8]| memchr::memmem::find(&lower, p).is_some();
    if starts(b"<!doctype html") || starts(b"<html") || starts(b"<?xml") && has(b"<html") {
        return InputKind::Html;
    }
    if has(b"<html") || has(b"<head>") || has(b"<head ") || has(b"<body") {
        return InputKind::Html;
    }
    // Tag density: a fragment of markup (`<div class=…><p>…`) rather than prose with a stray `<`.
    let tags = lower
        .windows(2)
        .filter(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        .count();
    if tags >= 8 && tags * 80 >= head.len() {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_html() {
        let rows: &[(&str, InputKind)] = &[
            ("<!DOCTYPE html><title>x</title>", InputKind::Html),
            ("\u{feff}  <html lang=en>", InputKind::Html),
            ("<!-- saved from url -->\n<HTML><HEAD>", InputKind::Html),
            (
                "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
                InputKind::Html,
            ),
            (
                "<div class=a><p>One</p><p>Two</p><p>3</p><p>4</p><p>5</p></div>",
                InputKind::Html,
            ),
            (
                "Title\n\nBy Jane Doe\n\nThe body <b>once</b> said x < y.",
                InputKind::Text,
            ),
            ("Title\n\nThe body.", InputKind::Text),
            ("", InputKind::Text),
        ];
        for &(input, want) in rows {
            assert_eq!(detect(input.as_bytes()), want, "input {input:?}");
        }
    }
}
