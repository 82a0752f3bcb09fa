//! Photo captions: credit lines ("AP Photo/…", "(Photo: …)", "Getty Images", "FILE PHOTO: …")
//! anywhere in the article, and the present-tense description of a picture ("Putin shakes hands
//! with Kim in Vladivostok on April 25, 2019") between the headline and the byline.

use std::sync::LazyLock;

use regex::Regex;

use crate::data::{CAPTION_ANCHORS, CAPTION_MARKERS, is_caption_verb};
use crate::date;
use crate::phrases::{Anchors, Lowered, Phrases, Starts};

/// Lines longer than this, in bytes, carry no marker: they are article text.
const MAX_MARKED_LEN: usize = 600;

/// Does this short line carry a photo credit or caption marker?
pub fn has_marker(line: &str) -> bool {
    if line.len() > MAX_MARKED_LEN {
        return false;
    }
    PHRASES
        .any_in(line)
        .unwrap_or_else(|| MARKERS.is_match(line))
}

/// `has_marker` for a line at byte `start` of the input whose markers' anchors were found
/// (`markers`, or `None`): a line that holds no anchor holds no marker, and is not searched.
pub fn has_marker_in(line: &str, start: usize, markers: Option<&Starts>) -> bool {
    let none = markers.is_some_and(|m| !m.any_within(start, start + line.len()));
    !none && has_marker(line)
}

/// Does a credit or caption marker open this paragraph or close it ("FILE PHOTO: …", "… (AP
/// Photo/Jane Roe)")? In the middle of a sentence ("the Reuters/Ipsos poll shows …") it names
/// something else.
pub fn has_marker_at_edge(text: &str) -> bool {
    // The quick test first: most paragraphs hold no marker at all, and one at an edge starts
    // there or lies wholly within the last `END` bytes and a marker's length before them.
    if text.len() > MAX_MARKED_LEN {
        return false;
    }
    let lead = leading_brackets(text);
    if PHRASES.any_at_ends(text, lead, END + PHRASES.longest()) == Some(false) {
        return false;
    }
    let at_edge = |start, end| at_edge(text, start, end);
    has_marker(text)
        && PHRASES
            .first_matches(text, at_edge)
            .unwrap_or_else(|| MARKERS.find_iter(text).any(|m| at_edge(m.start(), m.end())))
}

/// Where the markers' anchors stand in a whole input, lower-cased, for
/// `has_marker_at_edge_among`.
pub fn markers(low: &Lowered) -> Starts {
    ANCHORS.starts(low)
}

/// `has_marker_at_edge` for a text at byte `start` of the input, searched only if one of the
/// input's marker `anchors` stands near one of its edges (few do).
#[cfg(test)]
fn has_marker_at_edge_in(text: &str, start: usize, anchors: &Starts) -> bool {
    has_marker_at_edge_among(text, start, anchors.within(start, start + text.len()))
}

/// `has_marker_at_edge_in`, given the anchors of the input that stand `within` the text (the
/// body walks them with its paragraphs).
pub fn has_marker_at_edge_among(text: &str, start: usize, within: &[usize]) -> bool {
    if text.len() > MAX_MARKED_LEN {
        return false;
    }
    // A marker at an edge, as `has_marker_at_edge` looks for it first, starts among the
    // brackets that open the text or lies within its last bytes; the anchor it holds starts
    // within a marker's length of the first, or within the second. (Every anchor's place is
    // in `anchors`: no two can overlap, see the tests.)
    let end = start + text.len();
    if within.is_empty() {
        return false;
    }
    let head_end = start + leading_brackets(text) + PHRASES.longest();
    let tail_start = end.saturating_sub(END + PHRASES.longest());
    within.iter().any(|&a| a < head_end || a >= tail_start) && has_marker_at_edge(text)
}

/// How many bytes of brackets open `text` (a credit in brackets: "(AP Photo/…)").
fn leading_brackets(text: &str) -> usize {
    text.len() - text.trim_start_matches(['(', '[']).len()
}

/// The markers' anchors, searched for all at once.
static ANCHORS: LazyLock<Anchors> = LazyLock::new(|| Anchors::new(CAPTION_ANCHORS));

/// How near the end of a paragraph a credit must stand, in bytes.
const END: usize = 60;

/// Is the marker at bytes `start..end` of `text` at its edge: nothing but brackets before it,
/// or near the end?
fn at_edge(text: &str, start: usize, end: usize) -> bool {
    text[..start].trim_start_matches(['(', '[']).is_empty() || text.len() - end <= END
}

/// The caption markers, searched for all at once.
static PHRASES: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(CAPTION_MARKERS));

/// The caption markers as one case-insensitive pattern: one pass over the line for all of them.
static MARKERS: LazyLock<Regex> = LazyLock::new(|| {
    let alternatives: Vec<String> = CAPTION_MARKERS.iter().map(|m| regex::escape(m)).collect();
    Regex::new(&format!("(?i){}", alternatives.join("|"))).expect("caption markers")
});

/// Does this header line read like a caption: a credit, a present-tense description of a
/// picture, or a description ending in the date it was taken?
pub fn looks_like_caption(line: &str) -> bool {
    if has_marker(line) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    if words.len() < 4 || words.len() > 80 {
        return false;
    }
    let describes = words
        .iter()
        .skip(1)
        .any(|w| is_caption_verb(w.trim_matches(|c: char| !c.is_alphabetic())));
    let dated_end = date::find(line).is_some_and(|d| line[d.span.end..].trim().len() <= 2);
    describes || dated_end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions() {
        let rows = [
            (
                "Russia’s President Vladimir Putin shakes hands with North Korea leader Kim Jong-un in Vladivostok, Russia, on April 25, 2019",
                true,
            ),
            (
                "Protesters march in Paris. (Photo: Jane Doe/Getty Images)",
                true,
            ),
            ("FILE PHOTO: The White House in Washington", true),
            (
                "Demonstrators gather in front of the courthouse on the third day of the trial in Minneapolis, Minnesota. REUTERS/Jane Roe",
                true,
            ),
            (
                "Mourners gather outside the church. AP Photo/John Roe",
                true,
            ),
            ("The summit ended without a deal", false),
            ("Kim hails friendship", false),
        ];
        for (input, want) in rows {
            assert_eq!(looks_like_caption(input), want, "input {input:?}");
        }
    }

    #[test]
    fn markers_at_the_edges() {
        let rows = [
            (
                "Mourners gather outside the church. AP Photo/John Roe",
                true,
            ),
            ("FILE PHOTO: The White House in Washington", true),
            (
                "The latest Reuters/Ipsos poll released Friday shows that in a head-to-head contest the senator leads by five points, roughly the same advantage as all month.",
                false,
            ),
        ];
        for (input, want) in rows {
            assert_eq!(has_marker_at_edge(input), want, "input {input:?}");
        }
    }

    #[test]
    fn every_marker_holds_an_anchor() {
        assert!(ANCHORS.cover(CAPTION_MARKERS));
    }

    /// `has_marker_at_edge_in` looks at where anchors start: the search reports every place
    /// only when no two anchors can overlap (it reports leftmost matches that do not).
    #[test]
    fn anchors_cannot_overlap() {
        for a in CAPTION_ANCHORS {
            for b in CAPTION_ANCHORS {
                for cut in 1..a.len() {
                    assert!(!b.starts_with(&a[cut..]), "{a:?} ends as {b:?} starts");
                }
            }
        }
    }

    proptest::proptest! {
        /// A paragraph of one line, or a line, is found as searching it alone finds it.
        #[test]
        fn markers_found_in_the_input_as_in_the_line(
            text in crate::phrases::texts_of(
                &[
                    "AP Photo/", "photo", "FILE PHOTO: ", "Reuters/", "/AFP", "(", "[", " ",
                    "the senator said ", "via", "Getty Images", "Courtesy of", "(File)", "\n",
                    "é", "\u{212a}", "credit:", "Pictured:", "x", "pic", "esy",
                ],
                40,
            ),
        ) {
            let low = Lowered::new(&text);
            let found = low.as_ref().map(markers);
            for line in crate::lines::split(&text) {
                let at_edge = found
                    .as_ref()
                    .map(|found| has_marker_at_edge_in(line.text, line.start, found));
                let want = has_marker_at_edge(line.text);
                proptest::prop_assert!(at_edge.is_none_or(|f| f == want), "{:?}", line.text);
                // And anywhere in a line of the header.
                let anywhere = has_marker_in(line.text, line.start, found.as_ref());
                proptest::prop_assert_eq!(anywhere, has_marker(line.text), "{:?}", line.text);
            }
        }

        /// The edges searched alone find what the case-insensitive pattern finds at them.
        #[test]
        fn markers_at_edges_as_the_pattern_finds_them(
            text in crate::phrases::texts_of(
                &[
                    "AP Photo/", "Photo", "FILE PHOTO: ", "Reuters/", "/AFP", "(", "[", " ",
                    "the senator said ", "a long sentence of plain words ", "“", "é",
                    "\u{212a}", "\u{17f}", "credit:", "Getty Images", "x",
                ],
                40,
            ),
        ) {
            let at_edge = |start: usize, end: usize| {
                text[..start].trim_start_matches(['(', '[']).is_empty() || text.len() - end <= 60
            };
            let want = text.len() <= MAX_MARKED_LEN
                && MARKERS.find_iter(&text).any(|m| at_edge(m.start(), m.end()));
            proptest::prop_assert_eq!(has_marker_at_edge(&text), want, "{:?}", text);
        }
    }
}
