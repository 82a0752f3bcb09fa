//! Stage 5: quotations. Pairs the double quote marks of the body — curly “…”, straight "…",
//! guillemets «…», low-high „…“ and corner brackets 「…」 — into quoted spans. Single quotes
//! are left alone at the top level (they are apostrophes, or scare quotes in headlines) and
//! stay part of the text inside a double-quoted span. A quotation whose paragraph ends without
//! a closing mark and whose next paragraph reopens one is one quotation over both paragraphs.
//! Which spans are speech, and whose, is decided by `speakers`.

use crate::blocks::Para;

/// A byte range inside one paragraph's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub para: usize,
    pub start: usize,
    pub end: usize,
}

/// One quotation: the text inside its marks, in one or more paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub parts: Vec<Part>,
    /// Offset of the opening mark in the first paragraph.
    pub open: usize,
    /// Offset just past the closing mark in the last paragraph (its end if none was found).
    pub close: usize,
}

impl Span {
    pub fn first(&self) -> Part {
        self.parts[0]
    }
    pub fn last(&self) -> Part {
        *self.parts.last().expect("a span has a part")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(Family),
    Close(Family),
    Straight,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Curly,
    Guillemet,
    Low,
    Corner,
}

fn mark(c: char, low_open: bool) -> Option<Mark> {
    Some(match c {
        '“' if low_open => Mark::Close(Family::Low),
        '“' => Mark::Open(Family::Curly),
        '”' => Mark::Close(Family::Curly),
        '„' => Mark::Open(Family::Low),
        '«' => Mark::Open(Family::Guillemet),
        '»' => Mark::Close(Family::Guillemet),
        '「' => Mark::Open(Family::Corner),
        '」' => Mark::Close(Family::Corner),
        '"' => Mark::Straight,
        _ => return None,
    })
}

// (The marks by `matches!`, not searched for in a string of them: every quote mark asks.)
fn is_boundary_before(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | '‘' | '\'' | '“' | '„' | '«' | ':'
            )
    })
}

fn is_boundary_after(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '—'
                    | '–'
                    | '-'
                    | '’'
                    | '\''
                    | '…'
            )
    })
}

/// Does the paragraph open with a quote mark (a continued quotation)?
fn opens_with_quote(text: &str) -> Option<usize> {
    let c = text.chars().next()?;
    match mark(c, false)? {
        Mark::Open(_) => Some(c.len_utf8()),
        Mark::Straight if !is_boundary_after(text[1..].chars().next()) => Some(1),
        _ => None,
    }
}

/// An open quotation being read.
struct Open {
    family: Option<Family>,
    open: usize,
    parts: Vec<Part>,
    start: Part,
    nested: usize,
}

/// Finds the quoted spans in `paras`, in order.
#[cfg(test)]
pub fn find(paras: &[Para]) -> Vec<Span> {
    find_in(paras, true)
}

/// `find`, for paragraphs whose input may hold the lead byte of 「 」 or not (`maybe_cjk`):
/// most inputs have none, and their paragraphs need no search for it.
pub fn find_in(paras: &[Para], maybe_cjk: bool) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut state: Option<Open> = None;
    for (pi, para) in paras.iter().enumerate() {
        let text: &str = &para.text;
        let mut skip_to = 0;
        if let Some(o) = state.as_mut() {
            // A continued quotation: the paragraph reopens it.
            let n = opens_with_quote(text).expect("continuation checked at paragraph end");
            o.start = Part {
                para: pi,
                start: n,
                end: n,
            };
            skip_to = n;
        }
        // Does the paragraph open quotes low („…“)? Asked once, at its first “ (the only mark
        // that changes with it).
        let mut low_open = None;
        // Jump from one byte that can start a quote mark to the next ('"', and the lead bytes
        // of “ ” „ « » 「 」) with memchr: most of a paragraph is not looked at at all. 「 」's
        // lead byte (CJK text) makes a fourth, searched for only in paragraphs that have it.
        let cjk = maybe_cjk && memchr::memchr(0xe3, text.as_bytes()).is_some();
        let next_mark = |from: usize| {
            let rest = &text.as_bytes()[from..];
            let at = if cjk {
                rest.iter()
                    .position(|b| matches!(b, b'"' | 0xc2 | 0xe2 | 0xe3))
            } else {
                memchr::memchr3(b'"', 0xc2, 0xe2, rest)
            };
            at.map(|at| from + at)
        };
        let mut pos = skip_to;
        while let Some(i) = next_mark(pos) {
            let Some(c) = text[i..].chars().next() else {
                break;
            };
            pos = i + c.len_utf8();
            let low_open = c == '“' && *low_open.get_or_insert_with(|| text.contains('„'));
            let Some(m) = mark(c, low_open) else { continue };
            let before = text[..i].chars().next_back();
            let after = text[i + c.len_utf8()..].chars().next();
            let end = i + c.len_utf8();
            let opening = is_boundary_before(before) && !after.is_some_and(char::is_whitespace);
            let closing = is_boundary_after(after) && !before.is_some_and(char::is_whitespace);
            match (&mut state, m) {
                (None, Mark::Open(f)) => state = Some(new_open(Some(f), pi, i, end)),
                (None, Mark::Straight) if opening || !closing => {
                    state = Some(new_open(None, pi, i, end))
                }
                // A closing mark typed where an opening one belongs (`He says,” there …”`,
                // `¶ ”This is why …”`): it opens when another one closes later on.
                (None, Mark::Close(Family::Curly))
                    if before.is_none_or(|b| {
                        b == ',' || !(b.is_alphanumeric() || "’'.!?".contains(b))
                    }) && after.is_some_and(|a| a.is_alphanumeric() || a == ' ' || a == '…')
                        && text[end..].contains('”') =>
                {
                    state = Some(new_open(Some(Family::Curly), pi, i, end))
                }
                (None, _) => {} // a stray closing mark
                // An opening mark typed where a closing one belongs ("review“ of") closes.
                (Some(o), Mark::Open(_)) if !(closing && !opening && o.nested == 0) => {
                    o.nested += 1
                }
                (Some(o), Mark::Close(_)) if o.nested > 0 => o.nested -= 1,
                (Some(o), Mark::Straight) if o.family.is_some() && opening && !closing => {
                    o.nested += 1
                }
                (Some(o), Mark::Straight) if o.family.is_some() && o.nested > 0 => o.nested -= 1,
                (Some(_), _) => {
                    let mut o = state.take().expect("matched Some");
                    o.parts.push(Part { end: i, ..o.start });
                    spans.push(Span {
                        parts: o.parts,
                        open: o.open,
                        close: end,
                    });
                }
            }
        }
        if let Some(o) = state.as_mut() {
            o.parts.push(Part {
                end: text.len(),
                ..o.start
            });
            let continues = paras
                .get(pi + 1)
                .is_some_and(|p| opens_with_quote(&p.text).is_some());
            if !continues {
                let o = state.take().expect("checked above");
                spans.push(Span {
                    parts: o.parts,
                    open: o.open,
                    close: text.len(),
                });
            }
        }
    }
    spans.retain(|s| s.parts.iter().any(|p| p.end > p.start));
    spans
}

fn new_open(family: Option<Family>, para: usize, open: usize, start: usize) -> Open {
    Open {
        family,
        open,
        parts: Vec::new(),
        start: Part {
            para,
            start,
            end: start,
        },
        nested: 0,
    }
}

/// The text of a span: its parts trimmed and joined, without a trailing comma.
pub fn text(span: &Span, paras: &[Para]) -> String {
    // Room for every part and a space between each two, at once.
    let room = span.parts.iter().map(|p| p.end - p.start + 1).sum();
    let mut out = String::with_capacity(room);
    for p in &span.parts {
        let piece = paras[p.para].text[p.start..p.end].trim();
        if piece.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(piece);
    }
    let trimmed = out.trim_end_matches([',', ' ']).len();
    out.truncate(trimmed);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn quotes(input: &str) -> Vec<String> {
        let lines = split(input);
        let paras = crate::blocks::one_per_line(&lines);
        find(&paras).iter().map(|s| text(s, &paras)).collect()
    }

    #[test]
    fn boundaries_are_the_marks_listed() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let before = c.is_whitespace() || "([{—–-/‘'“„«:".contains(c);
            let after = c.is_whitespace() || ".,;:!?)]}—–-’'…".contains(c);
            assert_eq!(is_boundary_before(Some(c)), before, "{c:?}");
            assert_eq!(is_boundary_after(Some(c)), after, "{c:?}");
        }
    }

    #[test]
    fn pairs_marks() {
        let rows: &[(&str, &[&str])] = &[
            ("“We will win,” he said.", &["We will win"]),
            ("\"We will win,\" he said.", &["We will win"]),
            ("“A,” he said, “B.”", &["A", "B."]),
            ("He said: «Nous gagnerons.»", &["Nous gagnerons."]),
            ("Er sagte: „Wir gewinnen.“", &["Wir gewinnen."]),
            (
                "“He called it ‘a farce’ and left,” she said.",
                &["He called it ‘a farce’ and left"],
            ),
            (
                "“First part.\n\n“Second part,” she said.",
                &["First part. Second part"],
            ),
            (
                "“Unclosed quote runs to the end.\n\nNext paragraph.",
                &["Unclosed quote runs to the end."],
            ),
            ("He is 5'10\" tall and weighs a lot.", &[]),
            (
                "\"Mixed “inner” marks,\" she said.",
                &["Mixed “inner” marks"],
            ),
            ("The so-called ‘friendship’ is new.", &[]),
            ("She said the plan was “a disaster.”", &["a disaster."]),
            ("「東京」と言った。", &["東京"]),
            (
                "He sought an “expedited review“ of the pipes.",
                &["expedited review"],
            ),
            (
                "He says,” there are people who never get heard.”",
                &["there are people who never get heard."],
            ),
            (
                "”This is why it matters,” said Jane Roe.",
                &["This is why it matters"],
            ),
            ("He is 6’2” and she is 5’2” tall.", &[]),
        ];
        for (input, want) in rows {
            assert_eq!(quotes(input), *want, "input {input:?}");
        }
    }
}
