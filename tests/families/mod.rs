//! Adversarial input families, each generated at any size: the inputs a crawl of the open web
//! can throw at the parser. Shared by `tests/robustness.rs` (no panic, no hang, linear time)
//! and `benches/adversarial.rs` (the scaling table in README).
#![allow(dead_code)]

/// A named family: `make(n)` gives about `n` bytes of input.
pub struct Family {
    pub name: &'static str,
    pub make: fn(usize) -> Vec<u8>,
}

/// `unit` repeated to about `n` bytes.
fn repeat(unit: &str, n: usize) -> Vec<u8> {
    unit.repeat(n / unit.len().max(1) + 1).into_bytes()
}

pub const FAMILIES: &[Family] = &[
    // Everything on one line: no paragraph breaks at all.
    Family {
        name: "one long line",
        make: |n| repeat("Words on a line that never ends, ", n),
    },
    // A million quote marks of every kind, no words between them.
    Family {
        name: "only quote marks",
        make: |n| repeat("“”\"«»„“「」‘’'", n),
    },
    // Opening marks that are never closed.
    Family {
        name: "only opening quotes",
        make: |n| repeat("“word ", n),
    },
    // Straight quotes, double and single, alternating.
    Family {
        name: "alternating straight quotes",
        make: |n| repeat("\"a' ", n),
    },
    // 100,000 one-word lines (at 500 KB).
    Family {
        name: "one-word lines",
        make: |n| repeat("word\n", n),
    },
    // A single word of `n` letters.
    Family {
        name: "one huge word",
        make: |n| vec![b'a'; n],
    },
    // Quotes nested as deep as the input is long, then closed.
    Family {
        name: "deeply nested quotes",
        make: |n| {
            let half = n / 2 / "“‘".len();
            format!("{}deep{}", "“‘".repeat(half), "’”".repeat(half)).into_bytes()
        },
    },
    // Quoted paragraphs with attributions: speaker resolution over many quotes and names.
    Family {
        name: "quoted paragraphs",
        make: |n| {
            repeat(
                "“We will talk,” Jane Doe said.\n\nShe added: “Later.”\n\n\"Fine,\" said Mr. Roe, a spokesman.\n\n",
                n,
            )
        },
    },
    // CJK and right-to-left text with corner brackets and guillemets.
    Family {
        name: "CJK and RTL quotes",
        make: |n| {
            repeat(
                "「東京は晴れです」と彼は言った。«مرحبا بكم» قال الرئيس. 『二重』\n",
                n,
            )
        },
    },
    // Combining marks, zero-width characters and joiners on every letter.
    Family {
        name: "combining and zero-width",
        make: |n| repeat("e\u{301}\u{200b}a\u{308}\u{200d}\u{feff}“x\u{200c}” ", n),
    },
    // ASCII control characters between words.
    Family {
        name: "control characters",
        make: |n| {
            let unit: String = (1u8..32).map(|c| format!("w{}", c as char)).collect();
            repeat(&unit, n)
        },
    },
    // Overlong encodings, encoded surrogates, stray continuation bytes.
    Family {
        name: "invalid UTF-8",
        make: |n| {
            let unit: &[u8] =
                b"\xc0\xaf \xed\xa0\x80 \x80\xbf caf\xe9 \xe2\x80 \"q\xff\" said x.\n";
            unit.repeat(n / unit.len() + 1)
        },
    },
    // UTF-16 (little-endian, with a byte-order mark) of a quoted article.
    Family {
        name: "UTF-16 with BOM",
        make: |n| {
            let text = "Title\n\n“We will talk,” Jane Doe said.\n\n".repeat(n / 80 + 1);
            let mut bytes = vec![0xff, 0xfe];
            bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            bytes
        },
    },
];
