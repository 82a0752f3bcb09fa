//! JSON: the article's fields with `source` first.
//!
//! Indented output comes from serde (the `Serialize` structs in `article` are the schema).
//! Compact output — one line per article, what corpus runs print — is written here by hand,
//! byte for byte what serde_json writes for the same structs (a property test holds the two
//! together): serde_json escapes strings a byte at a time and flattens `source` into the
//! article through a map, which made JSON a tenth of the run; this writer skips runs of plain
//! text eight bytes at a time and writes the fields straight out.

use std::io::{self, Write};

use serde::Serialize;

use crate::{Article, Byline, Dateline, Quote};

#[derive(Serialize)]
struct Record<'a, 'b> {
    source: &'a str,
    #[serde(flatten)]
    article: &'a Article<'b>,
}

pub fn write(out: &mut Vec<u8>, article: &Article, source: &str, pretty: bool) -> io::Result<()> {
    if pretty {
        return write_value(out, &Record { source, article }, pretty);
    }
    write_line(out, [], article, source);
    Ok(())
}

/// One compact line, appended to `out`: `fields` (names with values as raw JSON text, copied as
/// they are) first, then `source` and the article's fields.
pub fn write_line<'f>(
    out: &mut Vec<u8>,
    fields: impl IntoIterator<Item = (&'f str, &'f str)>,
    article: &Article,
    source: &str,
) {
    // About twice the text: quotes repeat parts of it, escapes lengthen it.
    out.reserve(2 * article.paragraphs.iter().map(|p| p.len()).sum::<usize>());
    compact(out, fields, article, source);
    out.push(b'\n');
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

/// The record as serde_json's compact writer prints `Record { source, article }` with `fields`
/// flattened in before it.
fn compact<'f>(
    buf: &mut Vec<u8>,
    fields: impl IntoIterator<Item = (&'f str, &'f str)>,
    a: &Article,
    source: &str,
) {
    let mut o = Object::open(buf);
    for (name, raw) in fields {
        // Raw JSON holds line ends only as white space between tokens: spaces keep the record
        // one line (a caller may hand over a line that is not one).
        let buf = o.foreign_key(name).buf;
        let start = buf.len();
        buf.extend_from_slice(raw.as_bytes());
        for b in &mut buf[start..] {
            if matches!(b, b'\n' | b'\r') {
                *b = b' ';
            }
        }
    }
    o.key("source").string(source);
    o.key("title").opt_string(a.title.as_deref());
    if let Some(subtitle) = &a.subtitle {
        o.key("subtitle").string(subtitle);
    }
    match &a.byline {
        None => o.key("byline").null(),
        Some(b) => byline(o.key("byline").buf, b),
    }
    o.key("date").opt_string(a.date.as_deref());
    if let Some(raw) = &a.date_raw {
        o.key("date_raw").string(raw);
    }
    match &a.dateline {
        None => o.key("dateline").null(),
        Some(d) => dateline(o.key("dateline").buf, d),
    }
    o.key("captions").strings(&a.captions);
    o.key("paragraphs").strings(&a.paragraphs);
    let quotes = o.key("quotes").buf;
    quotes.push(b'[');
    for (i, q) in a.quotes.iter().enumerate() {
        if i > 0 {
            quotes.push(b',');
        }
        quote(quotes, q);
    }
    quotes.push(b']');
    o.key("boilerplate").strings(&a.boilerplate);
    o.close();
}

fn byline(buf: &mut Vec<u8>, b: &Byline) {
    let mut o = Object::open(buf);
    o.key("raw").string(&b.raw);
    o.key("authors").strings(&b.authors);
    o.key("organization").opt_string(b.organization.as_deref());
    o.close();
}

fn dateline(buf: &mut Vec<u8>, d: &Dateline) {
    let mut o = Object::open(buf);
    o.key("raw").string(&d.raw);
    o.key("location").string(&d.location);
    o.key("agency").opt_string(d.agency.as_deref());
    o.close();
}

fn quote(buf: &mut Vec<u8>, q: &Quote) {
    let mut o = Object::open(buf);
    o.key("text").string(&q.text);
    o.key("speaker").opt_string(q.speaker.as_deref());
    o.key("mention").opt_string(q.mention.as_deref());
    o.key("verb").opt_string(q.verb.as_deref());
    o.key("paragraph").number(q.paragraph);
    o.key("start").number(q.start);
    o.key("end").number(q.end);
    o.close();
}

/// A JSON object being written: keys are separated by commas as they come.
struct Object<'b> {
    buf: &'b mut Vec<u8>,
    first: bool,
}

impl<'b> Object<'b> {
    fn open(buf: &'b mut Vec<u8>) -> Object<'b> {
        buf.push(b'{');
        Object { buf, first: true }
    }

    /// Writes `"name":` for one of the schema's names (plain ASCII: nothing to escape) and
    /// returns where the value goes.
    fn key(&mut self, name: &'static str) -> Value<'_> {
        self.comma();
        self.buf.push(b'"');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.extend_from_slice(b"\":");
        Value { buf: self.buf }
    }

    /// Writes `"name":` for a name from the input, escaped.
    fn foreign_key(&mut self, name: &str) -> Value<'_> {
        self.comma();
        escaped(self.buf, name);
        self.buf.push(b':');
        Value { buf: self.buf }
    }

    fn comma(&mut self) {
        if !self.first {
            self.buf.push(b',');
        }
        self.first = false;
    }

    fn close(self) {
        self.buf.push(b'}');
    }
}

/// Where one value goes.
struct Value<'b> {
    buf: &'b mut Vec<u8>,
}

impl Value<'_> {
    fn null(self) {
        self.buf.extend_from_slice(b"null");
    }

    fn string(self, s: &str) {
        escaped(self.buf, s);
    }

    fn opt_string(self, s: Option<&str>) {
        match s {
            Some(s) => self.string(s),
            None => self.null(),
        }
    }

    fn strings(self, items: &[impl AsRef<str>]) {
        self.buf.push(b'[');
        for (i, s) in items.iter().enumerate() {
            if i > 0 {
                self.buf.push(b',');
            }
            escaped(self.buf, s.as_ref());
        }
        self.buf.push(b']');
    }

    fn number(self, mut n: usize) {
        // Digits from the last, two at a time from a table, without the formatting machinery
        // (three numbers a quote).
        const PAIRS: &[u8; 200] = b"\
            00010203040506070809101112131415161718192021222324252627282930313233343536373839\
            40414243444546474849505152535455565758596061626364656667686970717273747576777879\
            8081828384858687888990919293949596979899";
        let pair = |n: usize| &PAIRS[2 * n..2 * n + 2];
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        while n >= 100 {
            at -= 2;
            digits[at..at + 2].copy_from_slice(pair(n % 100));
            n /= 100;
        }
        if n >= 10 {
            at -= 2;
            digits[at..at + 2].copy_from_slice(pair(n));
        } else {
            at -= 1;
            digits[at] = b'0' + n as u8;
        }
        self.buf.extend_from_slice(&digits[at..]);
    }
}

/// `s` as a JSON string, escaped as serde_json does: `"` and `\` with a backslash, the control
/// characters below U+0020 as `\n`, `\t`, `\r`, `\b`, `\f` or `\u00xx`; everything else as is.
fn escaped(buf: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    buf.reserve(bytes.len() + 2);
    buf.push(b'"');
    let mut plain = 0; // bytes before this one are written
    while let Some(pos) = next_escape(bytes, plain) {
        let b = bytes[pos];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\t' => b"\\t",
            b'\r' => b"\\r",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => &[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[(b >> 4) as usize],
                HEX[(b & 0xf) as usize],
            ],
        };
        buf.extend_from_slice(&bytes[plain..pos]);
        buf.extend_from_slice(escape);
        plain = pos + 1;
    }
    buf.extend_from_slice(&bytes[plain..]);
    buf.push(b'"');
}

/// Does byte `b` of a string need an escape in JSON?
fn must_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte at or after `from` that needs an escape.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let first_in =
        |block: &[u8], at: usize| block.iter().position(|&b| must_escape(b)).map(|i| at + i);
    // Thirty-two bytes a step.
    let mut at = from;
    while let Some(block) = bytes[at..].first_chunk::<32>() {
        if holds_escape(block) {
            return first_in(block, at);
        }
        at += 32;
    }
    if at == bytes.len() {
        return None;
    }
    // Fewer than 32 bytes are left. In a string of 32 or more, its last 32 bytes: those before
    // `at` hold no escape (they were searched) or one written already, and are skipped.
    if let Some(last) = bytes.len().checked_sub(32) {
        let block = bytes[last..].first_chunk::<32>().expect("32 bytes");
        return holds_escape(block)
            .then(|| first_in(&block[at - last..], at))
            .flatten();
    }
    // A short string, padded with spaces, which need no escape.
    let mut block = [b' '; 32];
    block[..bytes.len() - at].copy_from_slice(&bytes[at..]);
    holds_escape(&block).then(|| first_in(&block, at)).flatten()
}

/// Does a byte of `block` need an escape? Most blocks of text hold none.
fn holds_escape(block: &[u8; 32]) -> bool {
    // Each test is or-ed over the block without a branch, which the compiler does in a few
    // vector instructions for all 32 bytes (one flag for all three tests, or flags of `bool`,
    // make it pick a slower sequence).
    let (mut control, mut quote, mut backslash) = (0u8, 0u8, 0u8);
    for &b in block {
        control |= u8::from(b < 0x20);
        quote |= u8::from(b == b'"');
        backslash |= u8::from(b == b'\\');
    }
    control | quote | backslash != 0
}

const HEX: &[u8; 16] = b"0123456789abcdef";

#[cfg(test)]
mod tests {
    use super::*;

    /// `strings` as an article's texts, borrowed and owned in turn (both kinds are written alike).
    fn texts<'s>(strings: &'s [String]) -> Vec<std::borrow::Cow<'s, str>> {
        let text = |(i, s): (usize, &'s String)| -> std::borrow::Cow<'s, str> {
            match i % 2 {
                0 => s.as_str().into(),
                _ => s.clone().into(),
            }
        };
        strings.iter().enumerate().map(text).collect()
    }

    fn serde_compact(a: &Article, source: &str) -> String {
        serde_json::to_string(&Record { source, article: a }).unwrap()
    }

    fn ours(a: &Article, source: &str) -> String {
        let mut buf = Vec::new();
        compact(&mut buf, [], a, source);
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let rows = [
            "",
            "plain",
            "eight by",
            "a \"quoted\" word",
            "back\\slash at the end\\",
            "\"",
            "line\nbreak\r\n\ttab",
            "\u{0}\u{1}\u{8}\u{c}\u{1f} controls",
            "“curly” — dash, no-break\u{a0}space, 東京, é",
            "\u{7f} is not escaped, nor is /",
            "0123456789abcdef\"0123456789abcdef\\0123456789abcdef\n",
            "sixteen bytes ok",
            "thirty-two bytes of plain text..",
            "sixteen bytes ok\"",
            // Tails of longer strings, read as their last 32 bytes: an escape in the tail, and
            // one written already in the overlap before it.
            "0123456789abcdef0123456789abcdef\"x",
            "0123456789abcdef0123456789abc\"de\"fg",
            "0123456789abcdef0123456789abc\"defg",
        ];
        for s in rows {
            let mut buf = Vec::new();
            escaped(&mut buf, s);
            assert_eq!(
                String::from_utf8(buf).unwrap(),
                serde_json::to_string(s).unwrap(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn empty_and_full_articles_match_serde() {
        let full = Article {
            title: Some("A \"title\"".into()),
            subtitle: Some("Deck".into()),
            byline: Some(Byline {
                raw: "By Jane Roe, AP".into(),
                authors: vec!["Jane Roe".into()],
                organization: Some("AP".into()),
            }),
            date: Some("2024-02-02".into()),
            date_raw: Some("Feb. 2, 2024".into()),
            dateline: Some(Dateline {
                raw: "MOSCOW (Reuters) -".into(),
                location: "MOSCOW".into(),
                agency: None,
            }),
            captions: vec!["A photo.".into()],
            paragraphs: vec!["One.\n".into(), "Two \\ three.".into()],
            quotes: vec![Quote {
                text: "We will\tgo.".into(),
                speaker: Some("Jane Roe".into()),
                mention: Some("she".into()),
                verb: None,
                paragraph: 1,
                start: 12,
                end: 345,
            }],
            boilerplate: vec!["Subscribe".into()],
        };
        for (a, source) in [(Article::default(), "<stdin>"), (full, "dir/a \"b\".txt")] {
            assert_eq!(ours(&a, source), serde_compact(&a, source));
        }
    }

    #[test]
    fn fields_from_the_input_come_first_with_their_names_escaped() {
        let mut buf = Vec::new();
        let fields = [("id", "7"), ("we\"ird\nname", "{\"a\": [1]}")];
        compact(&mut buf, fields, &Article::default(), "s");
        let line = String::from_utf8(buf).unwrap();
        assert!(
            line.starts_with(r#"{"id":7,"we\"ird\nname":{"a": [1]},"source":"s","title":null"#),
            "{line}"
        );
    }

    proptest::proptest! {
        /// Long strings too: the escapes fall anywhere in the 32-byte blocks and their padding.
        #[test]
        fn any_string_escapes_as_serde_json_does(
            s in crate::phrases::texts_of(
                &["plain text ", "\"", "\\", "\n", "\u{1}", "é", "“", "x"],
                60,
            )
        ) {
            let mut buf = Vec::new();
            escaped(&mut buf, &s);
            let want = serde_json::to_string(&s).unwrap();
            proptest::prop_assert_eq!(String::from_utf8(buf).unwrap(), want);
        }

        #[test]
        fn any_article_matches_serde(
            strings in proptest::collection::vec(".{0,24}", 12),
            flags in proptest::collection::vec(proptest::bool::ANY, 8),
            numbers in proptest::collection::vec(proptest::prop_oneof![0usize..100_000, proptest::num::usize::ANY], 3),
        ) {
            let s = |i: usize| strings[i].clone();
            let some = |i: usize| flags[i % 8].then(|| s(i));
            let quote = Quote {
                text: s(0),
                speaker: some(1),
                mention: some(2),
                verb: some(3),
                paragraph: numbers[0],
                start: numbers[1],
                end: numbers[2],
            };
            let a = Article {
                title: some(4),
                subtitle: some(5),
                byline: flags[6].then(|| Byline {
                    raw: s(6),
                    authors: strings[..flags.iter().filter(|f| **f).count()].to_vec(),
                    organization: some(7),
                }),
                date: some(8),
                date_raw: some(9),
                dateline: flags[7].then(|| Dateline {
                    raw: s(10),
                    location: s(11),
                    agency: some(10),
                }),
                captions: texts(&strings[..2]),
                paragraphs: texts(&strings),
                quotes: if flags[0] { vec![quote.clone(), quote] } else { vec![] },
                boilerplate: texts(&strings[3..5]),
            };
            proptest::prop_assert_eq!(ours(&a, &s(3)), serde_compact(&a, &s(3)));
        }
    }
}
