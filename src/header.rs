//! Stage 3: the header. Finds the headline at the top (past any page furniture), a deck under
//! it, and the byline, date and photo-caption lines between the headline and the body. Stops
//! at the first line that reads as body text.

use crate::article::Byline;
use crate::blocks::{Wrap, is_wrap};
use crate::boilerplate::is_boilerplate;
use crate::lines::Line;
use crate::page::Layout;
use crate::phrases::Starts;
use crate::{byline, captions, date, dateline};

/// What the header holds, as borrowed lines, and where the body starts.
#[derive(Debug, Default)]
pub struct Header<'a> {
    pub title: Option<String>,
    pub subtitle: Option<&'a str>,
    pub byline: Option<Byline>,
    pub date: Option<String>,
    pub date_raw: Option<&'a str>,
    pub captions: Vec<&'a str>,
    pub boilerplate: Vec<&'a str>,
    /// Index of the first line after the header.
    pub body_start: usize,
    /// Lines inside a page's body that were read as its byline or date.
    pub body_meta: Vec<usize>,
}

/// How many non-blank lines after the headline may still belong to the header.
const MAX_HEADER_LINES: usize = 8;

/// A page's date may stand on a line of at most this many words ("Published 8:00 PM EST, Tue
/// December 19, 2023").
const MAX_DATE_LINE_WORDS: usize = 20;

/// Lines longer than this read as body paragraphs, not as header lines.
const MAX_HEADER_WORDS: usize = 60;

/// `markers`: where the caption markers' anchors stand in the input (see `captions::markers`),
/// if they could be found.
pub fn parse<'a>(lines: &[Line<'a>], wrap: Option<Wrap>, markers: Option<&Starts>) -> Header<'a> {
    let mut h = Header::default();
    let mut idx = (0..lines.len())
        .filter(|&i| !lines[i].is_blank())
        .peekable();
    // The headline: the first line that is not page furniture.
    for i in idx.by_ref() {
        let text = lines[i].text;
        if is_boilerplate(text) {
            h.boilerplate.push(text);
            continue;
        }
        // A headline goes on over the next line when it was hard-wrapped, or when its deck
        // follows after "; ".
        let mut title = text.to_string();
        let mut last = i;
        while let Some(&j) = idx.peek() {
            let wrapped = wrap.is_some_and(|w| is_wrap(&lines[last], &lines[j], w));
            if j != last + 1
                || word_count(&title) + word_count(lines[j].text) > 40
                || !(wrapped || title.ends_with(';'))
            {
                break;
            }
            title.push(' ');
            title.push_str(lines[j].text);
            last = j;
            idx.next();
        }
        h.body_start = last + 1;
        h.title = Some(title);
        break;
    }
    if h.title.is_none() {
        h.body_start = lines.len();
        return h;
    }
    let rest: Vec<usize> = idx.take(MAX_HEADER_LINES).collect();
    for (k, &i) in rest.iter().enumerate() {
        let text = lines[i].text;
        if is_long(text) || dateline::parse(text).is_some() {
            break;
        }
        if h.take_meta(&lines[i], markers) {
        } else if h.byline.is_none() && h.date.is_none() && meta_line_follows(lines, &rest[k + 1..])
        {
            if captions::looks_like_caption(text) || h.subtitle.is_some() {
                h.captions.push(text);
            } else {
                h.subtitle = Some(text);
            }
        } else {
            return h;
        }
        h.body_start = i + 1;
    }
    h
}

/// The header of a page dump: the headline, byline and date `layout` found, captions and
/// furniture between them and the body; every other line above the body is page furniture.
/// A date is read from a short line of the header zone that says "Published" or "Updated",
/// else from one after the headline, else from any; failing those, from the nearest dated
/// short line on the page.
/// Byline and date lines inside the body are listed in `body_meta`.
pub fn parse_page<'a>(lines: &[Line<'a>], layout: &Layout, markers: Option<&Starts>) -> Header<'a> {
    let mut h = Header {
        title: layout.title.map(|t| lines[t].text.to_string()),
        body_start: layout.body.start,
        ..Header::default()
    };
    let byline_lines = match &layout.byline {
        Some((at, by)) => {
            h.byline = Some(by.byline.clone());
            h.date = by.date.clone();
            at.clone()
        }
        None => Vec::new(),
    };
    h.body_meta = byline_lines
        .iter()
        .copied()
        .filter(|&j| j >= layout.body.start)
        .collect();
    if h.date.is_none() {
        let after_title = |j: &&usize| layout.title.is_none_or(|t| **j > t);
        let dated = |j: &&usize| {
            !byline_lines.contains(j)
                && lines[**j].text.split_whitespace().count() <= MAX_DATE_LINE_WORDS
                && date::find(lines[**j].text).is_some()
        };
        let labelled = |j: &&usize| {
            let low = lines[**j].text.to_ascii_lowercase();
            ["published", "updated", "posted"]
                .iter()
                .any(|w| low.contains(w))
        };
        let zone = &layout.header_zone;
        if let Some(&j) = zone
            .iter()
            .filter(dated)
            .find(labelled)
            .or_else(|| zone.iter().filter(after_title).find(dated))
            .or_else(|| zone.iter().find(dated))
        {
            h.date = date::find_published(lines[j].text);
            h.date_raw = Some(lines[j].text);
            if j >= layout.body.start {
                h.body_meta.push(j);
            }
        } else {
            // A page that prints its date away from the headline: the nearest dated short
            // line above the body, else the first below it.
            let short_dated = |j: &usize| {
                lines[*j].text.split_whitespace().count() <= MAX_DATE_LINE_WORDS
                    && !layout.body.contains(j)
            };
            h.date = (0..layout.body.start)
                .rev()
                .chain(layout.body.end..lines.len())
                .filter(short_dated)
                .find_map(|j| date::find_published(lines[j].text));
        }
    }
    for (i, line) in lines.iter().enumerate().take(layout.body.start) {
        if line.is_blank()
            || Some(i) == layout.title
            || byline_lines.contains(&i)
            || h.date_raw == Some(line.text)
        {
            continue;
        }
        if layout.title.is_some_and(|t| i < t) || !h.take_other_meta(line, markers) {
            h.boilerplate.push(line.text);
        }
    }
    h
}

impl<'a> Header<'a> {
    /// Takes `text` as the byline, the date, furniture or a caption credit, if it is one.
    fn take_meta(&mut self, line: &Line<'a>, markers: Option<&Starts>) -> bool {
        if self.byline.is_none()
            && let Some((b, d)) = byline::parse(line.text, true)
        {
            self.byline = Some(b);
            if self.date.is_none() {
                self.date = d;
            }
            true
        } else {
            self.take_other_meta(line, markers)
        }
    }

    /// Takes `text` as the date, furniture or a caption credit, if it is one.
    fn take_other_meta(&mut self, line: &Line<'a>, markers: Option<&Starts>) -> bool {
        let text = line.text;
        if let Some(d) = date::date_line(text) {
            if self.date.is_none() {
                self.date = Some(d);
                self.date_raw = Some(text);
            } else {
                self.boilerplate.push(text);
            }
        } else if is_boilerplate(text) {
            self.boilerplate.push(text);
        } else if captions::has_marker_in(text, line.start, markers) {
            self.captions.push(text);
        } else {
            return false;
        }
        true
    }
}

/// Does a byline or date line come within the next few header lines (with no line too long
/// for the header before it)?
fn meta_line_follows(lines: &[Line], next: &[usize]) -> bool {
    let next = &next[..next.len().min(3)];
    // The first byline or date line is looked for first: both tests turn a long line down at
    // once, while telling a long line takes a scan of it.
    next.iter()
        .position(|&j| {
            byline::parse(lines[j].text, false).is_some()
                || date::date_line(lines[j].text).is_some()
        })
        .is_some_and(|k| !next[..=k].iter().any(|&j| is_long(lines[j].text)))
}

/// Is `s` too long to be a header line?
fn is_long(s: &str) -> bool {
    crate::lines::has_more_words(s, MAX_HEADER_WORDS)
}

/// Words in `s`, counted no further than `MAX_HEADER_WORDS + 1` (the counts are compared with
/// no more than that).
fn word_count(s: &str) -> usize {
    crate::lines::count_words(s, MAX_HEADER_WORDS + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    /// The header of `input` as `crate::parse` reads it, its caption markers' anchors found.
    fn parse_text<'a>(lines: &[Line<'a>], input: &str) -> Header<'a> {
        let low = crate::phrases::Lowered::new(input);
        let markers = low.as_ref().map(captions::markers);
        parse(lines, crate::blocks::wrap_width(lines), markers.as_ref())
    }

    #[test]
    fn wrapped_headline_is_joined() {
        let input = "A headline long enough that the wrapping tool had to break it over \n\
                     two lines\n\nThe body runs on and on for a while, and it wraps at the same \n\
                     width as the headline did, as mail and fold do with their text, \n\
                     which is the thing this test is about when it comes down to it.\n";
        let lines = split(input);
        let h = parse_text(&lines, input);
        assert_eq!(
            h.title.as_deref(),
            Some("A headline long enough that the wrapping tool had to break it over two lines")
        );
        assert_eq!(h.body_start, 2);
    }

    #[test]
    fn headers() {
        // (input, title, subtitle, authors, date, captions, body_start line)
        type Row<'a> = (
            &'a str,
            &'a str,
            Option<&'a str>,
            &'a [&'a str],
            Option<&'a str>,
            usize,
            usize,
        );
        let rows: &[Row] = &[
            ("Title\n\nBody text here.", "Title", None, &[], None, 0, 1),
            (
                "Title\nBy Jane Doe\nApril 25, 2019\n\nBody.",
                "Title",
                None,
                &["Jane Doe"],
                Some("2019-04-25"),
                0,
                3,
            ),
            (
                "Advertisement\nTitle\n\nBody.",
                "Title",
                None,
                &[],
                None,
                0,
                2,
            ),
            (
                "Title\n\nKim waves to the crowd in Moscow\nBy :\n\nBody.",
                "Title",
                None,
                &[],
                None,
                1,
                4,
            ),
            (
                "Title\nA deck that explains more\nBy Jane Doe\n\nBody.",
                "Title",
                Some("A deck that explains more"),
                &["Jane Doe"],
                None,
                0,
                3,
            ),
            (
                "Title;\nDeck line\n\nBody.",
                "Title; Deck line",
                None,
                &[],
                None,
                0,
                2,
            ),
            (
                "Title\nA deck\nSo many words in this paragraph that it runs past the header's limit \
                 of sixty words on one line, which is where a reader stops taking it as a deck or a \
                 credit and starts taking it as the body, and so the byline under it is not read as \
                 part of the header at all, however plainly it says who wrote the piece and when.\n\
                 By Jane Doe\n\nBody.",
                "Title",
                None,
                &[],
                None,
                0,
                1,
            ),
            (
                "Title\n\nBy contrast, the plan failed.",
                "Title",
                None,
                &[],
                None,
                0,
                1,
            ),
        ];
        for &(input, title, subtitle, authors, date, ncap, body) in rows {
            let lines = split(input);
            let h = parse_text(&lines, input);
            assert_eq!(h.title.as_deref(), Some(title), "title of {input:?}");
            assert_eq!(h.subtitle, subtitle, "subtitle of {input:?}");
            let got: Vec<&str> = h
                .byline
                .iter()
                .flat_map(|b| b.authors.iter().map(String::as_str))
                .collect();
            assert_eq!(got, authors, "authors of {input:?}");
            assert_eq!(h.date.as_deref(), date, "date of {input:?}");
            assert_eq!(h.captions.len(), ncap, "captions of {input:?}");
            assert_eq!(h.body_start, body, "body start of {input:?}");
        }
    }
}
