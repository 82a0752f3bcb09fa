//! Stage 2: lines into paragraphs. Paragraphs are separated by blank lines, or stand one per
//! line; in hard-wrapped text (mail, `fold`, `lynx -dump`: lines broken at a fixed width) the
//! broken lines are joined again. A paragraph keeps a map back to the input's byte offsets.

use std::borrow::Cow;

use crate::lines::Line;

/// A paragraph candidate: one or more joined lines.
#[derive(Debug, Clone)]
pub struct Para<'a> {
    pub text: Cow<'a, str>,
    /// Offset in the input where the text starts.
    start: usize,
    /// `(offset in text, offset in input)` where each line joined to the first starts: empty,
    /// and so never allocated, for the paragraphs of one line, which most are.
    joins: Vec<(usize, usize)>,
    /// Index of the first and one past the last line it was made of.
    pub lines: (usize, usize),
}

impl<'a> Para<'a> {
    pub fn from_line(line: &Line<'a>, index: usize) -> Para<'a> {
        Para {
            text: Cow::Borrowed(line.text),
            start: line.start,
            joins: Vec::new(),
            lines: (index, index + 1),
        }
    }

    /// Byte offset in the input of byte `i` of `text`.
    pub fn input_offset(&self, i: usize) -> usize {
        let (t, s) = match self.joins.partition_point(|&(t, _)| t <= i) {
            0 => (0, self.start),
            k => self.joins[k - 1],
        };
        s + (i - t)
    }

    /// Drops the first `n` bytes of the text (a dateline), keeping offsets right.
    pub fn drop_front(&mut self, n: usize) {
        let rest = self.text[n..].trim_start();
        let cut = self.text.len() - rest.len();
        let start = self.input_offset(cut);
        let text = match &self.text {
            Cow::Borrowed(s) => Cow::Borrowed(&s[cut..]),
            Cow::Owned(s) => Cow::Owned(s[cut..].to_string()),
        };
        self.joins.retain(|&(t, _)| t > cut);
        for (t, _) in &mut self.joins {
            *t -= cut;
        }
        self.text = text;
        self.start = start;
    }

    fn push_line(&mut self, line: &Line<'a>) {
        let mut text = std::mem::take(&mut self.text).into_owned();
        if !text.ends_with('-') || !line.text.starts_with(|c: char| c.is_lowercase()) {
            text.push(' ');
        }
        self.joins.push((text.len(), line.start));
        text.push_str(line.text);
        self.text = Cow::Owned(text);
        self.lines.1 += 1;
    }
}

/// One paragraph per non-blank line, for tests of the later stages.
#[cfg(test)]
pub fn one_per_line<'a>(lines: &[Line<'a>]) -> Vec<Para<'a>> {
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.is_blank())
        .map(|(i, l)| Para::from_line(l, i))
        .collect()
}

/// The width at which a text was hard-wrapped, counted in characters and in bytes (`fold`
/// counts bytes, so a line of curly quotes looks short in characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wrap {
    chars: Option<usize>,
    bytes: Option<usize>,
}

/// How the text was hard-wrapped, if it was.
pub fn wrap_width(lines: &[Line]) -> Option<Wrap> {
    let wrap = Wrap {
        chars: common_width(lines.iter().map(|l| l.width)),
        bytes: common_width(lines.iter().map(|l| l.bytes)),
    };
    (wrap.chars.is_some() || wrap.bytes.is_some()).then_some(wrap)
}

/// The width most lines come close to without passing, if there is one.
fn common_width(widths: impl Iterator<Item = usize>) -> Option<usize> {
    let mut widths: Vec<usize> = widths.filter(|&w| w >= 20).collect();
    if widths.len() < 4 {
        return None;
    }
    // The 97th percentile: the width at that place in sorted order, found without sorting.
    let at = (widths.len() * 97 / 100).min(widths.len() - 1);
    let w = *widths.select_nth_unstable(at).1;
    if !(30..=110).contains(&w) {
        return None;
    }
    // Wrapped text has most of its lines close to the width.
    let near = widths.iter().filter(|&&x| x + 15 >= w).count();
    (near * 2 >= widths.len()).then_some(w)
}

/// Would the first word of `next` have fitted on `line` at the wrap width? If not, the break
/// between them is a wrap, not a paragraph end.
pub fn is_wrap(line: &Line, next: &Line, wrap: Wrap) -> bool {
    // Wrapping tools break at ASCII spaces only: a no-break space joins words.
    let word = next.text.split([' ', '\t']).next().unwrap_or("");
    let fits = |w: Option<usize>, len: &dyn Fn(&str) -> usize| {
        w.is_some_and(|w| len(line.text) + 1 + len(word) + 3 > w)
    };
    fits(wrap.bytes, &str::len) || fits(wrap.chars, &|s: &str| s.chars().count())
}

/// Paragraph candidates from `lines[range]`: blank-line blocks, each line its own paragraph
/// unless the text is hard-wrapped.
pub fn paragraphs<'a>(
    lines: &[Line<'a>],
    from: usize,
    to: usize,
    wrap: Option<Wrap>,
) -> Vec<Para<'a>> {
    // At most one paragraph a non-blank line: room for them all at once, not grown by copying.
    let non_blank = lines[from.min(to)..to]
        .iter()
        .filter(|l| !l.is_blank())
        .count();
    let mut out: Vec<Para<'a>> = Vec::with_capacity(non_blank);
    let mut prev_blank = true;
    for (i, line) in lines.iter().enumerate().take(to).skip(from) {
        if line.is_blank() {
            prev_blank = true;
            continue;
        }
        let joins = !prev_blank
            && match (wrap, out.last()) {
                (Some(w), Some(p)) => p.lines.1 == i && is_wrap(&lines[i - 1], line, w),
                _ => false,
            };
        if joins {
            out.last_mut().expect("checked above").push_line(line);
        } else {
            out.push(Para::from_line(line, i));
        }
        prev_blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn paras(input: &str) -> Vec<String> {
        let lines = split(input);
        let w = wrap_width(&lines);
        paragraphs(&lines, 0, lines.len(), w)
            .into_iter()
            .map(|p| p.text.into_owned())
            .collect()
    }

    #[test]
    fn paragraph_layouts() {
        let wrapped = "The quick brown fox jumps over the lazy dog and keeps running far \naway from \
                       the farm where it was born and raised by a kind old \nfarmer.\n\nA second \
                       paragraph starts here and it also runs on past the \nwidth of the line.\n\
                       Short line.\nAnother paragraph in the same block that is long enough to go \nover.\n";
        let rows: &[(&str, &[&str])] = &[
            ("One.\n\nTwo.\n", &["One.", "Two."]),
            ("One.\nTwo.\nThree.", &["One.", "Two.", "Three."]),
            ("  One.  \r\n\r\n Two.", &["One.", "Two."]),
            (
                wrapped,
                &[
                    "The quick brown fox jumps over the lazy dog and keeps running far away from the farm where it was born and raised by a kind old farmer.",
                    "A second paragraph starts here and it also runs on past the width of the line.",
                    "Short line.",
                    "Another paragraph in the same block that is long enough to go over.",
                ],
            ),
        ];
        for (input, want) in rows {
            assert_eq!(paras(input), *want, "input {input:?}");
        }
    }

    #[test]
    fn byte_counted_wraps_are_joined() {
        // `fold` counts bytes: lines full of curly quotes break short of the width in characters.
        let input = "“One of the things I am surprised about,” he said, “is how much it \n\
                     “matters” to “them” and “us” and “everyone” they “know” and “meet” \n\
                     now.”\n\nAnother paragraph that is plain and runs to the width of the \n\
                     text before it breaks onto the next line like the first one did.\n";
        let lines = split(input);
        let ps = paragraphs(&lines, 0, lines.len(), wrap_width(&lines));
        assert_eq!(ps.len(), 2, "{ps:?}");
    }

    #[test]
    fn offsets_map_back_through_joins() {
        let input = "The quick brown fox jumps over the lazy dog and keeps running far \naway from \
                     the farm where it was born and raised by a kind old \nfarmer who liked it.\n\
                     Then it ran on and on through the fields of the valley below the \nhills.\n";
        let lines = split(input);
        let ps = paragraphs(&lines, 0, lines.len(), wrap_width(&lines));
        let p = &ps[0];
        let i = p.text.find("farmer").unwrap();
        assert_eq!(&input[p.input_offset(i)..p.input_offset(i) + 6], "farmer");
        let mut q = p.clone();
        q.drop_front(4);
        assert_eq!(&input[q.input_offset(0)..q.input_offset(0) + 5], "quick");
        let j = q.text.find("away").unwrap();
        assert_eq!(&input[q.input_offset(j)..q.input_offset(j) + 4], "away");
    }
}
