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
        // Single-paragraph quotes: the input between the offsets is the quote's text.
        let span: String = input[q.start..q.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let text: String = q.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            span.starts_with(&text) || span.contains(text.split(' ').next().unwrap_or("")),
            "span {span:?} text {text:?}"
        );
    }
    let json = serde_json::to_string(&a).unwrap();
    let back: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(serde_json::to_value(&a).unwrap(), back);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn invariants_hold(input in article()) {
        check(&input);
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
