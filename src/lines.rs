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
    let left = raw.trim_start();
    let text = left.trim_end();
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
/// each again.
pub fn tokens(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = s;
    let mut base = 0;
    std::iter::from_fn(move || {
        let t = rest.trim_start();
        base += rest.len() - t.len();
        if t.is_empty() {
            return None;
        }
        let end = t.find(char::is_whitespace).unwrap_or(t.len());
        let token = (base, &t[..end]);
        base += end;
        rest = &t[end..];
        Some(token)
    })
}

/// The same tokens, last first.
pub fn tokens_rev(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = s;
    std::iter::from_fn(move || {
        let t = rest.trim_end();
        if t.is_empty() {
            return None;
        }
        let start = t
            .rfind(char::is_whitespace)
            .map_or(0, |i| i + t[i..].chars().next().map_or(1, char::len_utf8));
        rest = &t[..start];
        Some((start, &t[start..]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_both_ways() {
        let s = " One  two\u{a0}three\nfour ";
        let forward: Vec<(usize, &str)> = tokens(s).collect();
        assert_eq!(
            forward,
            vec![(1, "One"), (6, "two"), (11, "three"), (17, "four")]
        );
        let mut backward: Vec<(usize, &str)> = tokens_rev(s).collect();
        backward.reverse();
        assert_eq!(backward, forward);
        assert_eq!(tokens("").count(), 0);
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
