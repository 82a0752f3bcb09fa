//! Stage 4: the body. Turns the lines after the header into paragraphs and sets aside what is
//! not article text: page furniture goes to boilerplate, photo credits to captions, and once a
//! comment section opens, its short lines are boilerplate too.

use crate::blocks::{Para, Wrap, paragraphs};
use crate::boilerplate::{is_boilerplate, is_comment_marker};
use crate::captions;
use crate::lines::Line;

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

pub fn parse<'a>(lines: &[Line<'a>], from: usize, wrap: Option<Wrap>) -> Body<'a> {
    let mut body = Body::default();
    let mut in_comments = false;
    for p in paragraphs(lines, from, lines.len(), wrap) {
        let words = p.text.split_whitespace().count();
        if is_comment_marker(&p.text) && !body.paragraphs.is_empty() {
            in_comments = true;
            body.boilerplate.push(p);
        } else if is_boilerplate(&p.text) || (in_comments && words <= MAX_COMMENT_LINE_WORDS) {
            body.boilerplate.push(p);
        } else if words <= MAX_CAPTION_WORDS && captions::has_marker(&p.text) {
            body.captions.push(p);
        } else {
            body.paragraphs.push(p);
        }
    }
    body
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
            let b = parse(&lines, 0, crate::blocks::wrap_width(&lines));
            assert_eq!(
                (b.paragraphs.len(), b.captions.len(), b.boilerplate.len()),
                (np, nc, nb),
                "input {input:?}"
            );
        }
    }
}
