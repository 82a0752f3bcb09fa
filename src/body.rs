//! Stage 4: the body. Turns the lines after the header into paragraphs and sets aside what is
//! not article text: page furniture goes to boilerplate, photo credits to captions, and once a
//! comment section opens, its short lines are boilerplate too.

use std::ops::Range;

use crate::blocks::{Para, Wrap, paragraphs};
use crate::boilerplate::{is_boilerplate, is_comment_marker};
use crate::captions;
use crate::lines::{Line, count_words};
use crate::phrases::Starts;

/// Paragraphs longer than this are article text whatever they contain.
const MAX_CAPTION_WORDS: usize = 60;

/// Lines after a comment-section heading with at most this many words are page furniture.
const MAX_COMMENT_LINE_WORDS: usize = 20;

#[derive(Debug, Default)]
pub struct Body<'a> {
    pub paragraphs: Vec<Para<'a>>,
    pub captions: Vec<Para<'a>>,
    pub boilerplate: Vec<Para<'a>>,
}

/// Sorts the paragraphs of `lines[range]`, hard-wrapped as `wrap` says. `markers`: where the
/// caption markers' anchors stand in the input (see `captions::markers`), if they could be
/// found; `furniture`: which lines are boilerplate (as `is_boilerplate` tells).
pub fn parse<'a>(
    lines: &[Line<'a>],
    range: Range<usize>,
    wrap: Option<Wrap>,
    markers: Option<&Starts>,
    furniture: &[bool],
) -> Body<'a> {
    let paras = paragraphs(lines, range.start, range.end, wrap);
    // Most paragraphs are article text.
    let mut body = Body {
        paragraphs: Vec::with_capacity(paras.len()),
        ..Body::default()
    };
    let mut in_comments = false;
    // A paragraph of one line is its line: what was found for the line holds for it.
    let one_line = |p: &Para| p.lines.1 == p.lines.0 + 1;
    // (The markers' anchors walked with the paragraphs, which come in input order.)
    let mut anchors = markers.map(Starts::walk);
    let mut has_marker_at_edge = |p: &Para| match anchors.as_mut() {
        Some(anchors) if one_line(p) => {
            let start = lines[p.lines.0].start;
            let within = anchors.within(start, start + p.text.len());
            captions::has_marker_at_edge_among(&p.text, start, within)
        }
        _ => captions::has_marker_at_edge(&p.text),
    };
    let is_furniture = |p: &Para| {
        if one_line(p) {
            furniture[p.lines.0]
        } else {
            is_boilerplate(&p.text)
        }
    };
    for p in paras {
        let at_most = |n| count_words(&p.text, n + 1) <= n;
        if is_comment_marker(&p.text) && !body.paragraphs.is_empty() {
            in_comments = true;
            body.boilerplate.push(p);
        } else if is_furniture(&p) || (in_comments && at_most(MAX_COMMENT_LINE_WORDS)) {
            body.boilerplate.push(p);
        } else if has_marker_at_edge(&p) && at_most(MAX_CAPTION_WORDS) {
            body.captions.push(p);
        } else {
            body.paragraphs.push(p);
        }
    }
    body
}

impl<'a> Body<'a> {
    /// Moves the paragraphs that start on one of `lines` to boilerplate, or to captions.
    pub fn set_aside_paragraphs(&mut self, lines: &[usize], as_captions: bool) {
        let (moved, kept): (Vec<Para>, Vec<Para>) = std::mem::take(&mut self.paragraphs)
            .into_iter()
            .partition(|p| lines.contains(&p.lines.0));
        self.paragraphs = kept;
        if as_captions {
            self.captions.extend(moved);
        } else {
            self.boilerplate.extend(moved);
        }
    }

    /// Sets the non-blank lines of `lines[range]` aside as boilerplate (a page around the article).
    pub fn set_aside(&mut self, lines: &[Line<'a>], range: Range<usize>) {
        for i in range.filter(|&i| !lines[i].is_blank()) {
            self.boilerplate.push(Para::from_line(&lines[i], i));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    #[test]
    fn sorts_body_lines() {
        // (input, paragraphs, captions, boilerplate)
        let rows: &[(&str, usize, usize, usize)] = &[
            ("One.\n\nTwo.\n", 2, 0, 0),
            ("One.\n\nAdvertisement\n\nTwo.\n", 2, 0, 1),
            (
                "One.\n\nA man waves. (AP Photo/Jane Doe)\n\nTwo.\n",
                2,
                1,
                0,
            ),
            (
                "One.\n\nComments\n\nGreat article!\n\nI disagree.\n",
                1,
                0,
                3,
            ),
            ("Comments from the senator drew fire.\n\nTwo.\n", 2, 0, 0),
        ];
        for &(input, np, nc, nb) in rows {
            let lines = split(input);
            let low = crate::phrases::Lowered::new(input);
            let markers = low.as_ref().map(captions::markers);
            let furniture: Vec<bool> = lines.iter().map(|l| is_boilerplate(l.text)).collect();
            let wrap = crate::blocks::wrap_width(&lines);
            let b = parse(&lines, 0..lines.len(), wrap, markers.as_ref(), &furniture);
            assert_eq!(
                (b.paragraphs.len(), b.captions.len(), b.boilerplate.len()),
                (np, nc, nb),
                "input {input:?}"
            );
        }
    }
}
