//! The project's example article must parse exactly as its expected JSON says.

mod common;

use serde_json::Value;

#[test]
fn seed_article_matches_expected_json() {
    let dir = common::examples();
    let text = std::fs::read_to_string(dir.join("kim-putin-summit.txt")).unwrap();
    let want: Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("kim-putin-summit.expected.json")).unwrap(),
    )
    .unwrap();
    let got = serde_json::to_value(newsparse::parse(&text)).unwrap();
    for key in ["title", "captions", "paragraphs", "boilerplate"] {
        assert_eq!(got[key], want[key], "field {key}");
    }
    assert_eq!(got["byline"]["raw"], want["byline"]["raw"]);
    assert_eq!(got["byline"]["authors"], want["byline"]["authors"]);
    let (gq, wq) = (
        got["quotes"].as_array().unwrap(),
        want["quotes"].as_array().unwrap(),
    );
    assert_eq!(gq.len(), wq.len(), "quote count");
    for (g, w) in gq.iter().zip(wq) {
        for key in ["text", "speaker", "mention", "verb", "paragraph"] {
            assert_eq!(g[key], w[key], "quote field {key}");
        }
        // Offsets point at the quoted text in the input.
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            text[s..e].trim_end_matches(','),
            g["text"].as_str().unwrap()
        );
    }
    common::assert_nothing_lost(&text);
}

#[test]
fn seed_article_as_crlf_and_wrapped_text() {
    let text = std::fs::read_to_string(common::examples().join("kim-putin-summit.txt")).unwrap();
    let want = newsparse::parse(&text);
    let crlf_text = text.replace('\n', "\r\n");
    let crlf = newsparse::parse(&crlf_text);
    assert_eq!(crlf.paragraphs, want.paragraphs);
    assert_eq!(
        crlf.quotes.iter().map(|q| &q.speaker).collect::<Vec<_>>(),
        want.quotes.iter().map(|q| &q.speaker).collect::<Vec<_>>()
    );
    // Hard-wrapped at 72 columns, the way `fold -s -w 72` does it.
    let wrapped: String = text
        .lines()
        .map(|l| fold(l, 72))
        .collect::<Vec<_>>()
        .join("\n");
    let got = newsparse::parse(&wrapped);
    assert_eq!(got.title, want.title);
    assert_eq!(got.paragraphs, want.paragraphs);
    assert_eq!(got.quotes.len(), want.quotes.len());
    for (g, w) in got.quotes.iter().zip(&want.quotes) {
        assert_eq!((&g.text, &g.speaker), (&w.text, &w.speaker));
    }
    common::assert_nothing_lost(&wrapped);
}

/// Breaks `line` after the last space that keeps each piece within `width` characters.
fn fold(line: &str, width: usize) -> String {
    let mut out = String::new();
    let mut cur = String::new();
    for word in line.split_inclusive(' ') {
        if cur.chars().count() + word.trim_end().chars().count() > width && !cur.is_empty() {
            out.push_str(&cur);
            out.push('\n');
            cur.clear();
        }
        cur.push_str(word);
    }
    out.push_str(&cur);
    out
}
