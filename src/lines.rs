//! Stage 1: normalize and split. Finds the lines of the input — `\n`, `\r\n` and lone `\r`
//! ends, a leading byte-order mark skipped — as trimmed slices that keep their byte offset into
//! the input as given, so every later stage can point back into it. Nothing is copied.

/// One input line, trimmed of surrounding white space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// Byte offset of `text` in the input.
    pub start: usize,
    /// The line without its end and surrounding white space; empty for a blank line.
    pub text: &'a str,
    /// Width of the line as written (before trimming the right side), in characters and in
    /// bytes, used to recognise hard-wrapped text (tools like `fold` count bytes).
    pub width: usize,
    pub bytes: usize,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }
}

/// Splits `input` into lines. A byte-order mark at the start is skipped.
pub fn split(input: &str) -> Vec<Line<'_>> {
    let body_start = if input.starts_with('\u{feff}') { 3 } else { 0 };
    let bytes = input.as_bytes();
    let mut lines = Vec::with_capacity(input.len() / 64 + 1);
    let mut pos = body_start;
    while pos < bytes.len() {
        let end = memchr::memchr2(b'\n', b'\r', &bytes[pos..]).map_or(bytes.len(), |i| pos + i);
        lines.push(make_line(input, pos, end));
        pos = end;
        if pos < bytes.len() {
            pos += if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
                2
            } else {
                1
            };
        }
    }
    lines
}

fn make_line(input: &str, start: usize, end: usize) -> Line<'_> {
    let raw = &input[start..end];
    // Most lines open and end with a printable ASCII character, which is no white space: there
    // is nothing to trim, and no character to decode.
    let solid = |b: Option<&u8>| b.is_some_and(u8::is_ascii_graphic);
    let left = if solid(raw.as_bytes().first()) {
        raw
    } else {
        raw.trim_start()
    };
    let text = if solid(left.as_bytes().last()) {
        left
    } else {
        left.trim_end()
    };
    let lead = raw.len() - left.len();
    let width = if raw.is_ascii() {
        raw.len()
    } else {
        raw.chars().count()
    };
    Line {
        start: start + lead,
        text,
        width,
        bytes: raw.len(),
    }
}

/// The white-space separated tokens of `s` with their byte offsets, without searching for
/// each again (`split_whitespace` with offsets).
pub fn tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    Tokens { s, pos: 0 }
}

/// The iterator `tokens` returns: a type of its own, so that its step is inlined into every
/// caller (the name index's loop over every word costs markedly more when it is not).
struct Tokens<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (usize, &'a str);

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, &'a str)> {
        let start = skip_space(self.s, self.pos);
        if start == self.s.len() {
            return None;
        }
        self.pos = word_end(self.s, start);
        Some((start, &self.s[start..self.pos]))
    }
}

/// The first token of `s` at or after byte `pos`, which must not be inside a token: `tokens`
/// resumed there, for callers that skip ahead.
pub fn token_at(s: &str, pos: usize) -> Option<(usize, &str)> {
    let start = skip_space(s, pos);
    (start < s.len()).then(|| (start, &s[start..word_end(s, start)]))
}

/// How many white-space separated words `s` has, counting no further than `limit`
/// (`s.split_whitespace().take(limit).count()`, without decoding every character).
pub fn count_words(s: &str, limit: usize) -> usize {
    let mut n = 0;
    let mut pos = skip_space(s, 0);
    while pos < s.len() && n < limit {
        n += 1;
        pos = skip_space(s, word_end(s, pos));
    }
    n
}

/// The end of the word starting at `pos`: the next white space, or the end of `s`.
#[inline]
fn word_end(s: &str, mut pos: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = s.as_bytes();
    // Eight bytes at a time: flag the bytes below 0x21 (ASCII white space among them) and the
    // lead bytes of characters outside ASCII (0xc0 and up), then look closely at the first
    // one flagged (the lowest flag of the "less than" test is always a true one).
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let flags = (x.wrapping_sub(ONES * 0x21) & !x & HIGH) | (x & (x << 1) & HIGH);
        if flags == 0 {
            pos += 8;
            continue;
        }
        let at = pos + flags.trailing_zeros() as usize / 8;
        if space_at(s, at) > 0 {
            return at;
        }
        pos = at + 1;
    }
    (pos..s.len())
        .find(|&i| space_at(s, i) > 0)
        .unwrap_or(s.len())
}

/// The first byte at or after `pos` that is not white space.
#[inline]
fn skip_space(s: &str, mut pos: usize) -> usize {
    loop {
        match space_at(s, pos) {
            0 => return pos,
            n => pos += n,
        }
    }
}

/// The length in bytes of the white-space character at byte `i` of `s`; 0 when there is none
/// there, at a byte inside a character or at the end.
#[inline]
fn space_at(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    match b.get(i) {
        Some(b' ' | b'\t'..=b'\r') => 1,
        Some(0xc2 | 0xe1..=0xe3) => wide_space(&b[i..]),
        _ => 0,
    }
}

/// The length of the white-space character outside ASCII that `b` opens with, or 0: Unicode's
/// White_Space (what `char::is_whitespace` tells) beyond ASCII is U+0085, U+00A0, U+1680,
/// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000, told here by their UTF-8 bytes
/// without decoding the character (most characters met here are curly quotes and dashes).
#[inline]
fn wide_space(b: &[u8]) -> usize {
    match b {
        [0xc2, 0x85 | 0xa0, ..] => 2,
        [0xe1, 0x9a, 0x80, ..]
        | [0xe2, 0x80, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf, ..]
        | [0xe2, 0x81, 0x9f, ..]
        | [0xe3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// `s` without the marks at its ends: ASCII bytes that `ascii` holds for, and the characters
/// U+2000 to U+203F (E2 80 xx in UTF-8: curly quotes, dashes) whose last byte `curly` holds
/// for. Byte by byte: nothing is decoded.
#[inline(always)]
pub fn trim_marks(s: &str, ascii: impl Fn(u8) -> bool, curly: impl Fn(u8) -> bool) -> &str {
    let b = s.as_bytes();
    let wide = |at: usize| b[at] == 0xe2 && b[at + 1] == 0x80 && curly(b[at + 2]);
    let (mut start, mut end) = (0, b.len());
    while start < end {
        if ascii(b[start]) {
            start += 1;
        } else if end - start >= 3 && wide(start) {
            start += 3;
        } else {
            break;
        }
    }
    while end > start {
        if ascii(b[end - 1]) {
            end -= 1;
        } else if end - start >= 3 && wide(end - 3) {
            end -= 3;
        } else {
            break;
        }
    }
    &s[start..end]
}

/// Do the first and the last byte of `s` stand for ASCII letters or digits (so that trimming
/// punctuation off it, as the word stages do, leaves it whole)?
#[inline]
pub fn alphanumeric_ends(s: &str) -> bool {
    let b = s.as_bytes();
    b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
}

/// The token (white-space separated word) around byte `i` of `s`, which must not be
/// white space.
pub fn token_around(s: &str, i: usize) -> std::ops::Range<usize> {
    let mut start = i;
    while start > 0 && space_before(s, start) == 0 {
        start -= 1;
    }
    start..word_end(s, i)
}

/// The length in bytes of the white-space character that ends right before byte `end` of
/// `s`; 0 when there is none (or `end` is inside a character).
#[inline]
fn space_before(s: &str, end: usize) -> usize {
    let b = s.as_bytes();
    match end.checked_sub(1).map(|i| b[i]) {
        Some(b' ' | b'\t'..=b'\r') => 1,
        // The white space outside ASCII is two bytes (U+0085, U+00A0) or three (U+1680,
        // U+2000–U+3000): its lead byte stands two or three bytes back.
        Some(0x80..=0xbf) => [2, 3]
            .into_iter()
            .find(|&n| end >= n && space_at(s, end - n) == n)
            .unwrap_or(0),
        _ => 0,
    }
}

/// Does `s` have more than `n` white-space separated words? (`count_words(s, n + 1) > n`.)
/// Words are at most one more than the white-space characters between them, and each of
/// those starts with a byte below 0x21 (ASCII white space) or a lead byte of 0xc0 and up
/// (U+0085 and the other spaces outside ASCII): so a line with fewer than `n` such bytes has
/// at most `n` words, which a single pass the compiler vectorizes tells without walking the
/// words. (`b - 0x21`, wrapping, is 0x9f or more for exactly those bytes.)
pub fn has_more_words(s: &str, n: usize) -> bool {
    let separators = s.bytes().filter(|b| b.wrapping_sub(0x21) >= 0x9f).count();
    separators >= n && count_words(s, n + 1) > n
}

/// The tokens of `s` as `tokens` gives them, handed to `f` from one loop over the bytes that
/// calls nothing per token: for the attribution rules, which read the words on either side of
/// every quote. A byte table sorts the bytes: most are inside a token, ASCII white space ends
/// one, and only the lead bytes of the white space outside ASCII (0xc2, 0xe1 to 0xe3) need a
/// closer look.
#[inline(always)]
pub fn each_token<'a>(s: &'a str, mut f: impl FnMut(usize, &'a str)) {
    const INSIDE: u8 = 0;
    const SPACE: u8 = 1;
    const MAYBE: u8 = 2;
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    static CLASS: [u8; 256] = {
        let mut class = [INSIDE; 256];
        let mut b = 0;
        while b < 256 {
            class[b] = match b as u8 {
                b' ' | b'\t'..=b'\r' => SPACE,
                0xc2 | 0xe1..=0xe3 => MAYBE,
                _ => INSIDE,
            };
            b += 1;
        }
        class
    };
    let bytes = s.as_bytes();
    let mut i = 0;
    // The start of the token being read, if one is.
    let mut start = None;
    while i < bytes.len() {
        match CLASS[bytes[i] as usize] {
            INSIDE => {
                start.get_or_insert(i);
                i += 1;
                // The rest of the token eight bytes at a time, up to the first byte below 0x21
                // or of 0xc0 and up (white space starts with one), as `word_end` reads; then
                // byte by byte.
                while let Some(chunk) = bytes.get(i..i + 8) {
                    let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
                    let flags = (x.wrapping_sub(ONES * 0x21) & !x & HIGH) | (x & (x << 1) & HIGH);
                    if flags != 0 {
                        i += flags.trailing_zeros() as usize / 8;
                        break;
                    }
                    i += 8;
                }
                while i < bytes.len() && CLASS[bytes[i] as usize] == INSIDE {
                    i += 1;
                }
            }
            SPACE => {
                if let Some(at) = start.take() {
                    f(at, &s[at..i]);
                }
                i += 1;
            }
            _ => match space_at(s, i) {
                0 => {
                    start.get_or_insert(i);
                    i += 1;
                }
                n => {
                    if let Some(at) = start.take() {
                        f(at, &s[at..i]);
                    }
                    i += n;
                }
            },
        }
    }
    if let Some(at) = start {
        f(at, &s[at..]);
    }
}

/// Where the token (white-space separated word) that ends at byte `end` of `s` starts, `end`
/// being no white space's end: `token_around`'s start, for a caller that knows the token's end
/// and need not search for it.
pub fn token_start(s: &str, end: usize) -> usize {
    let b = s.as_bytes();
    let mut start = end;
    loop {
        match start.checked_sub(1).map(|i| b[i]) {
            // Printable ASCII, no white space: the token goes on, with no closer look.
            Some(0x21..=0x7e) => start -= 1,
            Some(_) if space_before(s, start) == 0 => start -= 1,
            _ => return start,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_and_the_token_at_a_byte() {
        let s = " One  two\u{a0}three\nfour ";
        let forward: Vec<(usize, &str)> = tokens(s).collect();
        assert_eq!(
            forward,
            vec![(1, "One"), (6, "two"), (11, "three"), (17, "four")]
        );
        assert_eq!(tokens("").count(), 0);
        assert_eq!(token_around(s, 12), 11..16);
        assert_eq!(token_around(s, 1), 1..4);
        assert_eq!(token_around(s, 20), 17..21);
    }

    #[test]
    fn tokens_and_word_counts_split_as_split_whitespace() {
        // Every white-space character, and characters that share their lead bytes.
        let spaces: String = (0..=0x3000u32)
            .filter_map(char::from_u32)
            .filter(|c| c.is_whitespace())
            .collect();
        let rows = [
            "",
            "   ",
            "a",
            " One  two\u{a0}three\nfour ",
            "x\u{85}y\u{1680}z\u{2003}w\u{202f}v\u{3000}u\u{b}t\u{c}s",
            "\u{a9} 2019 \u{201c}Quoted\u{201d} \u{2014} caf\u{e9} \u{3042}\u{3044} \u{1f600}",
            &spaces,
            &format!("a{spaces}b"),
        ];
        for s in rows {
            let want: Vec<&str> = s.split_whitespace().collect();
            let got: Vec<&str> = tokens(s).map(|(at, t)| &s[at..at + t.len()]).collect();
            assert_eq!(got, want, "{s:?}");
            let mut each = Vec::new();
            each_token(s, |at, t| each.push((at, t)));
            assert_eq!(each, tokens(s).collect::<Vec<_>>(), "{s:?}");
            for (at, t) in tokens(s) {
                assert_eq!(token_around(s, at + t.len() - 1), at..at + t.len(), "{s:?}");
            }
            for limit in [0, 1, 2, 3, 100] {
                assert_eq!(
                    count_words(s, limit),
                    want.len().min(limit),
                    "{s:?} {limit}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn tokens_split_any_text_as_split_whitespace(s in "(\\PC|\\s){0,40}") {
            let want: Vec<&str> = s.split_whitespace().collect();
            let got: Vec<&str> = tokens(&s).map(|(_, t)| t).collect();
            proptest::prop_assert_eq!(&got, &want);
            for (at, t) in tokens(&s) {
                for i in at..at + t.len() {
                    proptest::prop_assert_eq!(token_around(&s, i), at..at + t.len());
                }
            }
            proptest::prop_assert_eq!(count_words(&s, usize::MAX), want.len());
            let mut each = Vec::new();
            each_token(&s, |at, t| each.push((at, t)));
            proptest::prop_assert_eq!(each, tokens(&s).collect::<Vec<_>>());
            for n in 0..=want.len() + 1 {
                proptest::prop_assert_eq!(has_more_words(&s, n), want.len() > n);
            }
            // Lines trimmed as `str::trim` trims them, the shortcut for ends that need none
            // taken or not (`split` gives no empty line after the last line end).
            let got: Vec<&str> = split(&s).iter().map(|l| l.text).collect();
            let one_end = s.replace("\r\n", "\n");
            let lines: Vec<&str> = one_end.split(['\n', '\r']).map(str::trim).collect();
            proptest::prop_assert!(lines.starts_with(&got) && lines.len() <= got.len() + 1);
        }
    }

    #[test]
    fn wide_spaces_are_the_unicode_white_space() {
        for c in (0x80..=0x10ffff).filter_map(char::from_u32) {
            let mut utf8 = [0; 4];
            let bytes = c.encode_utf8(&mut utf8).as_bytes();
            let want = if c.is_whitespace() { bytes.len() } else { 0 };
            assert_eq!(wide_space(bytes), want, "{c:?}");
        }
    }

    #[test]
    fn line_ends_and_offsets() {
        let rows: &[(&str, &[(usize, &str)])] = &[
            ("a\nb", &[(0, "a"), (2, "b")]),
            ("a\r\nb\r\n", &[(0, "a"), (3, "b")]),
            ("a\rb", &[(0, "a"), (2, "b")]),
            ("\u{feff}Title\n\n  x ", &[(3, "Title"), (9, ""), (12, "x")]),
            ("", &[]),
            ("\n\n", &[(0, ""), (1, "")]),
        ];
        for (input, want) in rows {
            let got: Vec<(usize, &str)> = split(input).iter().map(|l| (l.start, l.text)).collect();
            let want: Vec<(usize, &str)> = want.to_vec();
            // Blank lines keep the offset of their (empty) trimmed text; only compare non-blank.
            let pick = |v: &[(usize, &str)]| -> Vec<(usize, String)> {
                v.iter()
                    .filter(|(_, t)| !t.is_empty())
                    .map(|(s, t)| (*s, t.to_string()))
                    .collect()
            };
            assert_eq!(pick(&got), pick(&want), "input {input:?}");
            assert_eq!(got.len(), want.len(), "line count for {input:?}");
        }
    }
}
