//! JSON Lines records: one JSON object per input line (a crawl dump: CC-News, news-please),
//! the article taken from one of its fields, other fields copied to the output record. Pure:
//! bytes of one line in, the article text and the kept fields out; the output record is written
//! to any `Write`. Reading lines and running the parser are the caller's business.

use std::fmt;
use std::io::{self, Write};

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::Article;
use crate::decode::InputError;
use crate::html::InputKind;
use crate::output::{self, Format};

/// Fields tried, in order, when no field is named.
pub const DEFAULT_FIELDS: &[&str] = &["text", "html"];

/// The fields the output record itself writes; an input field of the same name is not copied
/// (the parsed value replaces it).
const OUTPUT_FIELDS: &[&str] = &[
    "source",
    "error",
    "title",
    "subtitle",
    "byline",
    "date",
    "date_raw",
    "dateline",
    "captions",
    "paragraphs",
    "quotes",
    "boilerplate",
];

/// Which field holds the article and which others to copy.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The field holding the article; `None` tries [`DEFAULT_FIELDS`] in order.
    pub field: Option<String>,
    /// Fields to copy into the output record; `None` copies all but the article's own field.
    pub keep: Option<Vec<String>>,
}

/// One input line, parsed: its fields in input order, as raw JSON borrowed from the line.
pub struct Record<'a> {
    fields: Vec<(String, &'a RawValue)>,
}

/// Why a line gave no article. The message names what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineError {
    NotUtf8,
    InvalidJson(String),
    NoField(String),
    NotAString(String),
    BadEscape(String),
    /// The article field's text was rejected (binary, or HTML in a build without it).
    Input(InputError),
}

impl fmt::Display for LineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LineError::NotUtf8 => write!(f, "line is not valid UTF-8"),
            LineError::InvalidJson(e) => write!(f, "invalid JSON: {e}"),
            LineError::NoField(names) => write!(f, "no {names} field in this record"),
            LineError::NotAString(name) => write!(f, "field \"{name}\" is not a string"),
            LineError::Input(e) => write!(f, "{e}"),
            LineError::BadEscape(name) => {
                write!(f, "field \"{name}\" holds a lone UTF-16 surrogate escape")
            }
        }
    }
}

impl std::error::Error for LineError {}

impl<'a> Record<'a> {
    /// Parses one line as a JSON object.
    pub fn parse(line: &'a [u8]) -> Result<Record<'a>, LineError> {
        let line = std::str::from_utf8(line).map_err(|_| LineError::NotUtf8)?;
        let fields = serde_json::from_str::<Fields>(line)
            .map_err(|e| LineError::InvalidJson(e.to_string()))?
            .0;
        // Raw values are not decoded, so check the escapes a copy would carry to the output:
        // a lone surrogate (`"\ud800"`) is not text.
        for (name, raw) in &fields {
            let escaped = raw.get().contains("\\u");
            if escaped && serde_json::from_str::<serde_json::Value>(raw.get()).is_err() {
                return Err(LineError::BadEscape(name.clone()));
            }
        }
        Ok(Record { fields })
    }

    /// The article text, and the name of the field it came from.
    pub fn article(&self, opts: &Options) -> Result<(&str, String), LineError> {
        let names: Vec<&str> = match &opts.field {
            Some(f) => vec![f.as_str()],
            None => DEFAULT_FIELDS.to_vec(),
        };
        let (name, raw) = names
            .iter()
            .find_map(|n| self.fields.iter().find(|(k, _)| k == n))
            .ok_or_else(|| LineError::NoField(quoted_list(&names)))?;
        let text: String =
            serde_json::from_str(raw.get()).map_err(|_| LineError::NotAString(name.clone()))?;
        Ok((name.as_str(), text))
    }

    /// The fields to copy into the output: those `opts.keep` names (all by default), less the
    /// article's own field and any field the output record writes itself.
    fn kept<'r>(&'r self, opts: &'r Options, article_field: Option<&'r str>) -> Kept<'r, 'a> {
        Kept {
            record: self,
            opts,
            article_field,
        }
    }
}

/// What became of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Parsed and written. `empty`: the article was blank; `found`: false when `--get`'s field
    /// was missing (nothing written then).
    Parsed { empty: bool, found: bool },
    /// No article; an error record is written in its place.
    Failed(LineError),
}

/// Parses one line and appends its output to `out`: the record (kept fields and the article) in
/// the JSON formats, the article alone in the others, or an error record.
pub fn process(
    out: &mut Vec<u8>,
    line: &[u8],
    opts: &Options,
    source: &str,
    format: Format,
) -> io::Result<Outcome> {
    let record = match Record::parse(line) {
        Ok(record) => record,
        Err(e) => return write_error(out, None, opts, source, &e).map(|_| Outcome::Failed(e)),
    };
    let (field, text) = match record.article(opts) {
        Ok(found) => found,
        Err(e) => {
            return write_error(out, Some(&record), opts, source, &e).map(|_| Outcome::Failed(e));
        }
    };
    // A page in an "html" field is parsed as HTML, everything else as text.
    let kind = Some(if field == "html" {
        InputKind::Html
    } else {
        InputKind::Text
    });
    let article = match crate::parse_bytes(text.as_bytes(), kind) {
        Ok((article, _)) => article,
        Err(e) => {
            let e = LineError::Input(e);
            return write_error(out, Some(&record), opts, source, &e).map(|_| Outcome::Failed(e));
        }
    };
    let found = match format {
        Format::Json { .. } => {
            write_article(out, &record, opts, field, source, &article);
            true
        }
        format => output::write(out, &article, source, format)?,
    };
    Ok(Outcome::Parsed {
        empty: text.trim().is_empty(),
        found,
    })
}

fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    quoted.join(" or ")
}

/// Appends the output record for a parsed line: the kept fields, `source`, then the article's.
pub fn write_article(
    out: &mut Vec<u8>,
    record: &Record,
    opts: &Options,
    article_field: &str,
    source: &str,
    article: &Article,
) {
    let kept = record.kept(opts, Some(article_field));
    output::write_json_line(
        out,
        kept.fields().map(|(k, v)| (k, v.get())),
        article,
        source,
    );
}

/// Writes an error record for a line that gave no article: the kept fields when the line was
/// JSON at all, `source` and `error`. The output stays one record per input line.
pub fn write_error(
    out: &mut dyn Write,
    record: Option<&Record>,
    opts: &Options,
    source: &str,
    error: &dyn fmt::Display,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Out<'a> {
        #[serde(flatten)]
        kept: Option<Kept<'a, 'a>>,
        source: &'a str,
        error: String,
    }
    let field = opts.field.as_deref();
    write_line(
        out,
        &Out {
            kept: record.map(|r| r.kept(opts, field)),
            source,
            error: error.to_string(),
        },
    )
}

fn write_line(out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
    serde_json::to_writer(&mut *out, value)?;
    out.write_all(b"\n")
}

/// The fields of a record that go to the output, serialized as a map in input order.
struct Kept<'r, 'a> {
    record: &'r Record<'a>,
    opts: &'r Options,
    article_field: Option<&'r str>,
}

impl<'r, 'a> Kept<'r, 'a> {
    /// The kept fields, in input order.
    fn fields(&self) -> impl Iterator<Item = (&'r str, &'a RawValue)> + use<'r, 'a> {
        let (opts, article_field) = (self.opts, self.article_field);
        let wanted = move |k: &str| match &opts.keep {
            Some(keep) => keep.iter().any(|n| n == k),
            None => Some(k) != article_field && !DEFAULT_FIELDS.contains(&k),
        };
        self.record
            .fields
            .iter()
            .filter(move |(k, _)| wanted(k) && !OUTPUT_FIELDS.contains(&k.as_str()))
            .map(|(k, v)| (k.as_str(), *v))
    }
}

impl Serialize for Kept<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        for (k, v) in self.fields() {
            // Line ends in raw JSON are white space between tokens: made spaces, the record
            // stays one line (as `output::write_json_line` does for the article's record).
            if v.get().contains(['\n', '\r']) {
                let one_line = RawValue::from_string(v.get().replace(['\n', '\r'], " "))
                    .map_err(serde::ser::Error::custom)?;
                map.serialize_entry(k, &one_line)?;
            } else {
                map.serialize_entry(k, v)?;
            }
        }
        map.end()
    }
}

/// A JSON object's fields in input order, values left as raw JSON (nothing re-parsed or
/// re-escaped; a `serde_json::Map` would sort the keys).
struct Fields<'a>(Vec<(String, &'a RawValue)>);

impl<'de> Deserialize<'de> for Fields<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Fields<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
                let mut fields = Vec::new();
                while let Some((k, v)) = m.next_entry::<String, &'de RawValue>()? {
                    fields.push((k, v));
                }
                Ok(Fields(fields))
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(field: Option<&str>, keep: Option<&[&str]>) -> Options {
        Options {
            field: field.map(str::to_string),
            keep: keep.map(|k| k.iter().map(|s| s.to_string()).collect()),
        }
    }

    fn render(line: &str, o: &Options) -> String {
        let mut out = Vec::new();
        process(&mut out, line.as_bytes(), o, "x:1", Format::default()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn records() {
        let all = opts(None, None);
        #[rustfmt::skip]
        let rows: &[(&str, Options, &str)] = &[
            (r#"{"id":7,"text":"Hi","url":"u"}"#, all.clone(), r#"{"id":7,"url":"u","source":"x:1","title":"Hi""#),
            (r#"{"b":[1, 2],"a":{"x":"\u00e9"},"text":"Hi"}"#, all.clone(), r#"{"b":[1, 2],"a":{"x":"\u00e9"},"source":"x:1","title":"Hi""#),
            (r#"{"id":7,"text":"Hi","url":"u"}"#, opts(None, Some(&["url"])), r#"{"url":"u","source":"x:1","title":"Hi""#),
            (r#"{"id":7,"body":"Hi","text":"no"}"#, opts(Some("body"), None), r#"{"id":7,"source":"x:1","title":"Hi""#),
            (r#"{"id":7,"title":"Theirs","text":"Ours"}"#, all.clone(), r#"{"id":7,"source":"x:1","title":"Ours""#),
            (r#"{"id":7}"#, all.clone(), r#"{"id":7,"source":"x:1","error":"no \"text\" or \"html\" field in this record"}"#),
            (r#"{"id":7,"text":3}"#, all.clone(), r#"{"id":7,"source":"x:1","error":"field \"text\" is not a string"}"#),
            (r#"{"id":7,"text":"#, all.clone(), r#"{"source":"x:1","error":"invalid JSON: EOF while parsing a value at line 1 column 15"}"#),
            (r#"[1]"#, all.clone(), r#"{"source":"x:1","error":"invalid JSON: invalid type: sequence, expected a JSON object at line 1 column 0"}"#),
            (r#"{"text":"\ud800"}"#, all.clone(), r#"{"source":"x:1","error":"field \"text\" holds a lone UTF-16 surrogate escape"}"#),
            // Found by fuzzing: a lone surrogate in a kept field was copied into the output.
            (r#"{"t=xt":"a\u15e9\ud83d+\ude00\"q\"\n\nb","k":[1.5e2,true,{}]}"#, all.clone(), r#"{"source":"x:1","error":"field \"t=xt\" holds a lone UTF-16 surrogate escape"}"#),
            // Found by fuzzing: line ends between a kept value's tokens made the record lines.
            ("{\"m\": [1,\n\r\n2], \"text\": \"Hi\"}", all.clone(), r#"{"m":[1,   2],"source":"x:1","title":"Hi""#),
            ("{\"m\": [1,\n2]}", all.clone(), r#"{"m":[1, 2],"source":"x:1","error":"no"#),
        ];
        for (line, o, want) in rows {
            let got = render(line, o);
            assert!(
                got.starts_with(want),
                "line {line}\n got {got}\nwant {want}"
            );
            assert!(got.ends_with("}\n"), "{got}");
            assert_eq!(got.matches('\n').count(), 1, "{got}");
            serde_json::from_str::<serde_json::Value>(&got).expect("output is JSON");
        }
        let bad = Record::parse(b"{\"text\":\"\xff\"}").err();
        assert_eq!(bad, Some(LineError::NotUtf8));
    }

    /// `OUTPUT_FIELDS` must list every field an article record can write, or a kept input field
    /// of the same name would appear twice.
    #[test]
    fn output_fields_cover_the_schema() {
        let full = Article {
            subtitle: Some(String::new()),
            date_raw: Some(String::new()),
            ..Article::default()
        };
        let v = serde_json::to_value(&full).unwrap();
        for key in v.as_object().unwrap().keys() {
            assert!(OUTPUT_FIELDS.contains(&key.as_str()), "{key} missing");
        }
    }
}
