//! Invariants over generated articles: parsing never panics, nothing is lost, offsets are valid
//! and point at the quote, paragraph indices are in range, and the JSON round-trips.

mod common;

use proptest::prelude::*;

/// Pieces of real-looking article text, quote marks of every kind, and awkward characters.
const FRAGMENTS: &[&str] = &[
    "Summit opens in the east",
    "By Jane Doe",
    "By :",
    "By contrast, the plan failed.",
    "MOSCOW (Reuters) - ",
    "WASHINGTON — ",
    "April 25, 2019",
    "Published 2019-04-25",
    "“We will talk,” Putin said.",
    "\"We will talk,\" he said.",
    "“A,” she said, “B.”",
    "Smith said: “Winter is coming.",
    "“Unclosed",
    "”",
    "\"",
    "“",
    "„Ja.“",
    "«Oui»",
    "‘",
    "’",
    "He called it “a disaster.”",
    "according to officials",
    "Advertisement",
    "Read more: x",
    "(AP Photo/John Roe)",
    "Comments",
    "Kim Jong-un",
    "Vladimir Putin",
    "he added.",
    "The talks ended.",
    " ",
    "  ",
    "\t",
    "é",
    "東京",
    "「引用」",
    "\u{200b}",
    "\u{301}",
    "—",
    "...",
];

fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[a-zA-Z ,.;:!?'\"“”‘’«»-]{0,30}",
        1 => any::<String>().prop_map(|s| s.chars().filter(|c| *c != '\0').take(12).collect()),
    ];
    let sep = proptest::sample::select(&["", " ", "\n", "\n\n", "\r\n", "\r", "\r\n\r\n"][..]);
    proptest::collection::vec((piece, sep), 0..40)
        .prop_map(|parts| parts.into_iter().map(|(p, s)| format!("{p}{s}")).collect())
}

fn check(input: &str) {
    let a = newsparse::parse(input);
    common::assert_nothing_lost(input);
    for q in &a.quotes {
        assert!(q.start <= q.end && q.end <= input.len(), "offsets {q:?}");
        assert!(
            input.is_char_boundary(q.start) && input.is_char_boundary(q.end),
            "char boundary {q:?}"
        );
        assert!(q.paragraph < a.paragraphs.len(), "paragraph index {q:?}");
        // The input between the offsets is the quote's text: the same characters, leaving
        // aside white space (wrapped lines are joined) and punctuation after the text (a
        // trailing comma). A quote over several paragraphs spans what stands between its parts
        // (marks, a caption set aside): there its text is in the span, in order.
        let (raw, span, text) = (
            &input[q.start..q.end],
            letters(&input[q.start..q.end]),
            letters(&q.text),
        );
        if raw.contains(['\n', '\r']) {
            let mut rest = span.chars();
            assert!(
                text.chars().all(|c| rest.any(|s| s == c)),
                "text {:?} not in span {raw:?}",
                q.text
            );
        } else {
            let tail = span
                .strip_prefix(&text)
                .unwrap_or_else(|| panic!("span {raw:?} is not the text {:?}", q.text));
            assert!(
                tail.chars().all(|c| c.is_ascii_punctuation()),
                "span {raw:?}, text {:?}",
                q.text
            );
        }
    }
    let json = serde_json::to_string(&a).unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_value(&a).unwrap(), back);
}

/// `s` without white space.
fn letters(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A JSON Lines record: an id, an article, and a field of any JSON.
fn record() -> impl Strategy<Value = (u32, String, serde_json::Value)> {
    let extra = prop_oneof![
        any::<String>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(serde_json::Value::from),
        proptest::collection::vec(any::<i64>(), 0..4).prop_map(serde_json::Value::from),
    ];
    (any::<u32>(), article(), extra)
}

proptest! {
    // proptest's default of 256 cases each keeps CI quick; `PROPTEST_CASES=20000 cargo test
    // --test properties` runs longer.

    #[test]
    fn invariants_hold(input in article()) {
        check(&input);
    }

    /// A record's fields round-trip through `--jsonl`: the kept fields come back as they were
    /// and the article is what `parse` gives for the text.
    #[test]
    fn jsonl_records_round_trip((id, text, extra) in record()) {
        use newsparse::jsonl::{self, Options, Record};
        let line = serde_json::json!({"id": id, "text": text, "extra": extra}).to_string();
        let opts = Options::default();
        let record = Record::parse(line.as_bytes()).unwrap();
        let (field, got_text) = record.article(&opts).unwrap();
        prop_assert_eq!(field, "text");
        prop_assert_eq!(&got_text, &text);
        let article = newsparse::parse(&got_text);
        let mut out = Vec::new();
        jsonl::write_article(&mut out, &record, &opts, field, "s:1", &article);
        prop_assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
        let back: serde_json::Value = serde_json::from_slice(&out).unwrap();
        prop_assert_eq!(&back["id"], &serde_json::Value::from(id));
        // Copied as written, not re-encoded.
        let extra_json = format!("\"extra\":{extra}");
        prop_assert!(String::from_utf8_lossy(&out).contains(&extra_json));
        prop_assert_eq!(&back["title"], &serde_json::to_value(&article.title).unwrap());
        prop_assert_eq!(&back["quotes"], &serde_json::to_value(&article.quotes).unwrap());
    }

    /// Any line at all gives one line of JSON out: a record or an error record.
    #[test]
    fn any_jsonl_line_gives_one_json_line(line in proptest::collection::vec(any::<u8>(), 0..200)) {
        use newsparse::jsonl::{self, Options};
        let mut out = Vec::new();
        let format = newsparse::output::Format::default();
        jsonl::process(&mut out, &line, &Options::default(), "s:1", format).unwrap();
        prop_assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
        prop_assert!(serde_json::from_slice::<serde_json::Value>(&out).unwrap().is_object());
    }
}

#[test]
fn invariants_hold_on_written_examples() {
    let seed = std::fs::read_to_string(common::examples().join("kim-putin-summit.txt")).unwrap();
    for input in [
        seed.as_str(),
        "",
        "\n",
        "“",
        "\"\"\"",
        "By",
        "Title\nBy Jane Doe\n\n“Quote,” she said.",
    ] {
        check(input);
    }
}

/// The shared corpora, when present: every article parses with nothing lost.
#[test]
fn invariants_hold_on_shared_corpora() {
    let Some(corpus) = common::shared() else {
        return;
    };
    let mut n = 0;
    for dir in ["polnear/dev/text", "pages/dev/text"] {
        let Ok(entries) = std::fs::read_dir(corpus.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let text = std::fs::read_to_string(e.path()).unwrap();
            check(&text);
            n += 1;
        }
    }
    eprintln!("checked {n} corpus articles");
}
