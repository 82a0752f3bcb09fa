//! Lists of lower-case ASCII phrases (cookie-notice words, caption credits) found in a line or
//! paragraph whatever its case, all phrases in one pass. Used by the stages that look for them;
//! finds nothing itself.
//!
//! The text is lower-cased in its ASCII letters only, which for ASCII phrases finds what
//! lower-casing the whole text (or a case-insensitive regex) finds, except around three
//! characters outside ASCII that lower-case or case-fold to an ASCII letter: the Kelvin sign,
//! the dotted capital I and the long s. A text holding one of them is left to the caller's
//! exact, slower way.

use std::cell::RefCell;

use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind, packed};
use memchr::memchr3_iter;

/// A list of lower-case ASCII phrases, searched for all at once.
pub struct Phrases {
    /// Leftmost-first matching, which lets the search skip ahead with SIMD (Teddy): is any
    /// phrase there at all?
    any: AhoCorasick,
    /// Standard matching reports every phrase, overlapping ones too: which are there?
    every: AhoCorasick,
    /// The length of the longest phrase, in bytes.
    longest: usize,
    /// The first two bytes of each phrase, or `None` when a phrase is shorter than that.
    openings: Option<Pairs>,
}

/// A set of pairs of bytes, as the bits of a table: one look-up, no hashing.
pub struct Pairs(Box<[u64; 1024]>);

impl Pairs {
    pub fn new() -> Pairs {
        Pairs(Box::new([0; 1024]))
    }

    pub fn insert(&mut self, a: u8, b: u8) {
        let i = usize::from(a) << 8 | usize::from(b);
        self.0[i / 64] |= 1 << (i % 64);
    }

    pub fn contains(&self, a: u8, b: u8) -> bool {
        let i = usize::from(a) << 8 | usize::from(b);
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

impl Phrases {
    pub fn new(list: &[&str]) -> Phrases {
        debug_assert!(list.iter().all(|p| p.is_ascii() && *p == p.to_lowercase()));
        // (Anchored too: is a phrase at this very offset?)
        let any = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostFirst)
            .start_kind(StartKind::Both)
            .build(list);
        Phrases {
            any: any.expect("phrase list"),
            every: AhoCorasick::new(list).expect("phrase list"),
            longest: list.iter().map(|p| p.len()).max().unwrap_or(0),
            openings: list.iter().try_fold(Pairs::new(), |mut pairs, p| {
                let &[a, b, ..] = p.as_bytes() else {
                    return None;
                };
                pairs.insert(a, b);
                Some(pairs)
            }),
        }
    }

    /// The length of the longest phrase, in bytes.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// Does `text` hold any of the phrases? `None`: ask the exact way (see the module).
    pub fn any_in(&self, text: &str) -> Option<bool> {
        with_ascii_lowered(text, |low| self.any.is_match(low))
    }

    /// Does any of the phrases start at byte `start` of `text` or before it, or stand wholly
    /// within its last `tail` bytes? Only those bytes are searched. `None`: ask the exact way.
    pub fn any_at_ends(&self, text: &str, start: usize, tail: usize) -> Option<bool> {
        if has_special(text) {
            return None;
        }
        let bytes = text.as_bytes();
        // A phrase starts at `at` only if its first two bytes do: most offsets are done with
        // one look-up in the table.
        let opens_at = |at: usize| match (&self.openings, bytes.get(at..at + 2)) {
            (None, _) => true,
            (Some(pairs), Some(&[a, b])) => {
                pairs.contains(a.to_ascii_lowercase(), b.to_ascii_lowercase())
            }
            (Some(_), _) => false,
        };
        let starts_at = |at: usize| {
            let end = bytes.len().min(at + self.longest);
            with_lowered_bytes(&bytes[at..end], |low| {
                self.any.is_match(Input::new(low).anchored(Anchored::Yes))
            })
        };
        // A phrase is ASCII: no byte of it matches a byte of a character the cut splits.
        let tail = &bytes[bytes.len().saturating_sub(tail)..];
        Some(
            (0..=start.min(bytes.len())).any(|at| opens_at(at) && starts_at(at))
                || with_lowered_bytes(tail, |low| self.any.is_match(low)),
        )
    }

    /// Is any of the phrases found in `text`, as a regex alternation of them finds them
    /// (leftmost first, without overlaps), at byte offsets `start..end` that `wanted` accepts?
    /// `None`: ask the exact way.
    pub fn first_matches(
        &self,
        text: &str,
        mut wanted: impl FnMut(usize, usize) -> bool,
    ) -> Option<bool> {
        // Lower-casing ASCII letters moves no byte: the offsets are the text's.
        with_ascii_lowered(text, |low| {
            self.any.find_iter(low).any(|m| wanted(m.start(), m.end()))
        })
    }

    /// Does `text` hold two or more different phrases? `None`: ask the exact way.
    pub fn two_in(&self, text: &str) -> Option<bool> {
        with_ascii_lowered(text, |low| {
            // Most texts hold none: the quick search first, then each phrase apart.
            if !self.any.is_match(low) {
                return false;
            }
            let mut first = None;
            for m in self.every.find_overlapping_iter(low) {
                match first {
                    None => first = Some(m.pattern()),
                    Some(p) if p != m.pattern() => return true,
                    Some(_) => {}
                }
            }
            false
        })
    }
}

/// A whole text (an article's input) with its ASCII letters lower-cased, searched once for a
/// list of phrases instead of once per line or paragraph.
pub struct Lowered(Vec<u8>);

impl Lowered {
    /// `None` if `text` holds a character that folds to an ASCII letter (see the module).
    pub fn new(text: &str) -> Option<Lowered> {
        // (One pass that lower-cases as it copies: `to_ascii_lowercase` copies, then passes again.)
        let lowered = || Lowered(text.bytes().map(|b| b.to_ascii_lowercase()).collect());
        (!has_special(text)).then(lowered)
    }
}

/// Where the anchors of a list of phrases start in a whole text, in order.
///
/// No anchor holds a line end or starts or ends with white space, so none found in the whole
/// text straddles the edge of a trimmed line: one in a line starts within the line's bytes.
pub struct Starts(Vec<usize>);

impl Starts {
    /// Where `byte` stands in `text`: one pass for a byte that most lines lack, instead of one
    /// search per line.
    pub fn of_byte(text: &str, byte: u8) -> Starts {
        Starts(memchr::memchr_iter(byte, text.as_bytes()).collect())
    }

    /// Does one start within bytes `start..end` of the text?
    pub fn any_within(&self, start: usize, end: usize) -> bool {
        !self.within(start, end).is_empty()
    }

    /// A walk through them with spans in input order (`Walk`).
    pub fn walk(&self) -> Walk<'_> {
        Walk::new(&self.0)
    }

    /// Those that start within bytes `start..end` of the text.
    pub fn within(&self, start: usize, end: usize) -> &[usize] {
        let from = self.0.partition_point(|&s| s < start);
        let to = from + self.0[from..].partition_point(|&s| s < end);
        &self.0[from..to]
    }
}

/// `Starts` asked which lie within spans that come in input order, as lines and paragraphs do:
/// each question goes on from where the last one stopped, with no search (`Starts::within`,
/// for spans in order).
pub struct Walk<'a> {
    places: &'a [usize],
    next: usize,
}

impl<'a> Walk<'a> {
    fn new(places: &'a [usize]) -> Walk<'a> {
        Walk { places, next: 0 }
    }

    /// The places within `start..end`, `start` being no less than the last one asked.
    pub fn within(&mut self, start: usize, end: usize) -> &'a [usize] {
        while self.places.get(self.next).is_some_and(|&p| p < start) {
            self.next += 1;
        }
        let mut to = self.next;
        while self.places.get(to).is_some_and(|&p| p < end) {
            to += 1;
        }
        &self.places[self.next..to]
    }
}

/// Short strings that are rare in prose, one of which every phrase of a list holds: a text
/// without any holds none of the phrases. Found in a whole text at about an instruction a byte.
pub struct Anchors {
    /// The anchors of one byte (three at most), found with `memchr3`.
    bytes: Vec<u8>,
    /// The longer ones, found with a SIMD search (Teddy) on their first bytes, at most
    /// `ANCHORS_A_SEARCH` in each search.
    longer: Vec<Longer>,
}

/// How many anchors one SIMD search looks for. Teddy has eight buckets: with more anchors than
/// that they share buckets and every candidate must be checked, which grows fast. Two searches
/// of ten find twenty anchors in 1.6 ms over 9 MB of news text, one search of all twenty in
/// 2.6 ms (ten in one search cost about what eight do).
const ANCHORS_A_SEARCH: usize = 10;

/// The SIMD searcher where the CPU has one (x86-64, AArch64), else an automaton with the
/// same leftmost-first matches.
enum Longer {
    Packed(packed::Searcher),
    Automaton(AhoCorasick),
}

impl Longer {
    fn new(anchors: &[&str]) -> Longer {
        packed::Searcher::new(anchors).map_or_else(
            || {
                Longer::Automaton(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostFirst)
                        .build(anchors)
                        .expect("a handful of short anchors"),
                )
            },
            Longer::Packed,
        )
    }

    /// Where the anchors start in `haystack`, leftmost first, not overlapping.
    fn starts<'h>(&'h self, haystack: &'h [u8]) -> Box<dyn Iterator<Item = usize> + 'h> {
        match self {
            Longer::Packed(s) => Box::new(s.find_iter(haystack).map(|m| m.start())),
            Longer::Automaton(a) => Box::new(a.find_iter(haystack).map(|m| m.start())),
        }
    }
}

impl Anchors {
    pub fn new(anchors: &[&str]) -> Anchors {
        debug_assert!(
            anchors
                .iter()
                .all(|a| a.is_ascii() && *a == a.to_lowercase())
        );
        // (What `Starts` relies on.)
        debug_assert!(
            anchors
                .iter()
                .all(|a| a.trim() == *a && !a.contains(['\n', '\r']))
        );
        let (bytes, longer): (Vec<&str>, Vec<&str>) = anchors.iter().partition(|a| a.len() == 1);
        assert!(bytes.len() <= 3, "at most three anchors of one byte");
        Anchors {
            bytes: bytes.iter().map(|a| a.as_bytes()[0]).collect(),
            longer: longer.chunks(ANCHORS_A_SEARCH).map(Longer::new).collect(),
        }
    }

    /// Does every phrase of `list` hold one of the anchors?
    #[cfg(test)]
    pub fn cover(&self, list: &[&str]) -> bool {
        list.iter().all(|p| {
            p.bytes().any(|b| self.bytes.contains(&b))
                || self
                    .longer
                    .iter()
                    .any(|l| l.starts(p.as_bytes()).next().is_some())
        })
    }

    /// Where the anchors start in a whole text, lower-cased. (Two anchors of different
    /// searches may overlap: both are kept.)
    pub fn starts(&self, low: &Lowered) -> Starts {
        let mut starts: Vec<usize> = Vec::new();
        for longer in &self.longer {
            starts.extend(longer.starts(&low.0));
        }
        if let Some(&a) = self.bytes.first() {
            let b = *self.bytes.get(1).unwrap_or(&a);
            let c = *self.bytes.get(2).unwrap_or(&b);
            starts.extend(memchr3_iter(a, b, c, &low.0));
        }
        if self.longer.len() + usize::from(!self.bytes.is_empty()) > 1 {
            starts.sort_unstable();
        }
        Starts(starts)
    }
}

/// Calls `f` with `text` with its ASCII letters lower-cased (in a buffer each thread reuses),
/// or gives `None` if `text` holds a character outside ASCII that lower-cases or case-folds
/// to an ASCII letter.
fn with_ascii_lowered(text: &str, f: impl FnOnce(&[u8]) -> bool) -> Option<bool> {
    if has_special(text) {
        return None;
    }
    Some(with_lowered_bytes(text.as_bytes(), f))
}

/// Does `text` hold a character outside ASCII that lower-cases or case-folds to an ASCII
/// letter: the Kelvin sign (e2 84 aa in UTF-8), the dotted capital I (c4 b0) or the long s
/// (c5 bf)? One pass over the last bytes finds all three (their lead bytes also lead curly
/// quotes and dashes, which the last bytes do not end).
fn has_special(text: &str) -> bool {
    let bytes = text.as_bytes();
    let special = |i: usize| {
        matches!(
            &bytes[..=i],
            [.., 0xe2, 0x84, 0xaa] | [.., 0xc4, 0xb0] | [.., 0xc5, 0xbf]
        )
    };
    !text.is_ascii() && memchr3_iter(0xaa, 0xb0, 0xbf, bytes).any(special)
}

/// Calls `f` with `bytes` with their ASCII letters lower-cased, in a buffer each thread reuses.
fn with_lowered_bytes(bytes: &[u8], f: impl FnOnce(&[u8]) -> bool) -> bool {
    thread_local! {
        static BUFFER: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    }
    BUFFER.with_borrow_mut(|low| {
        low.clear();
        low.extend_from_slice(bytes);
        low.make_ascii_lowercase();
        f(low)
    })
}

/// Texts of fewer than `max` of `pieces`, for the tests that check a fast path against the
/// plain rule.
#[cfg(test)]
pub fn texts_of(
    pieces: &[&'static str],
    max: usize,
) -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::strategy::Strategy;
    let piece = proptest::sample::select(pieces.to_vec());
    proptest::collection::vec(piece, 0..max).prop_map(|p| p.concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A walk finds in each span what a search of the sorted places finds.
        #[test]
        fn walks_find_what_searches_find(
            mut places in proptest::collection::vec(0usize..60, 0..20),
            mut cuts in proptest::collection::vec(0usize..70, 0..20),
        ) {
            places.sort_unstable();
            cuts.sort_unstable();
            let mut walk = Walk::new(&places);
            for pair in cuts.windows(2) {
                let (start, end) = (pair[0], pair[1]);
                let from = places.partition_point(|&p| p < start);
                let to = from + places[from..].partition_point(|&p| p < end);
                proptest::prop_assert_eq!(walk.within(start, end), &places[from..to]);
            }
        }

        /// Without the SIMD searcher (a CPU that has none), the automaton finds the same starts.
        #[test]
        fn anchors_found_alike_by_both_searchers(
            text in texts_of(&["cookie", "ad block", "photo/", "ap/", "reu", "x", " ", "\n", "é"], 40)
        ) {
            for list in [crate::data::NOTICE_ANCHORS, crate::data::CAPTION_ANCHORS] {
                let longer: Vec<&str> = list.iter().copied().filter(|a| a.len() > 1).collect();
                let automaton = Longer::Automaton(
                    AhoCorasick::builder()
                        .match_kind(MatchKind::LeftmostFirst)
                        .build(&longer)
                        .unwrap(),
                );
                let packed = Longer::new(&longer);
                let starts = |l: &Longer| l.starts(text.as_bytes()).collect::<Vec<_>>();
                proptest::prop_assert_eq!(starts(&packed), starts(&automaton));
            }
        }
    }

    #[test]
    fn found_in_any_case() {
        let phrases = Phrases::new(&["cookie", "privacy", "sign in", "sign into"]);
        // (text, any, two or more)
        let rows = [
            ("No phrase here.", Some(false), Some(false)),
            ("We use COOKIES.", Some(true), Some(false)),
            ("Cookie, cookie, cookie", Some(true), Some(false)),
            ("“Cookie” and Privacy", Some(true), Some(true)),
            ("Sign into your account", Some(true), Some(true)),
            ("Privacy coo\u{212a}ies", None, None),
            ("\u{130}stanbul", None, None),
            ("Photo\u{17f}", None, None),
            ("Café privacy", Some(true), Some(false)),
        ];
        for (text, any, two) in rows {
            assert_eq!(phrases.any_in(text), any, "{text:?}");
            assert_eq!(phrases.two_in(text), two, "{text:?}");
        }
    }

    #[test]
    fn matches_found_leftmost_first() {
        let phrases = Phrases::new(&["sign in", "sign into", "privacy"]);
        // (text, the matches' spans; None: asks the exact way)
        let rows: [(&str, Option<&[(usize, usize)]>); 4] = [
            ("Sign into PRIVACY", Some(&[(0, 7), (10, 17)])),
            ("“Privacy”", Some(&[(3, 10)])),
            ("nothing", Some(&[])),
            ("Privacy \u{212a}", None),
        ];
        for (text, want) in rows {
            let mut found = Vec::new();
            let got = phrases.first_matches(text, |start, end| {
                found.push((start, end));
                false
            });
            assert_eq!(got.map(|_| found.as_slice()), want, "{text:?}");
        }
    }

    #[test]
    fn phrases_at_the_ends() {
        let phrases = Phrases::new(&["ap photo", "/ap", "privacy"]);
        // (text, phrases starting at or before this byte, or wholly in the last this many)
        let rows = [
            ("AP Photo: a long caption that runs on", 0, 10, Some(true)),
            ("(AP Photo) a long caption that runs on", 0, 10, Some(false)),
            ("(AP Photo) a long caption that runs on", 1, 10, Some(true)),
            ("A long caption that runs on. AP/AP Photo", 0, 8, Some(true)),
            (
                "A long caption that runs on. AP/AP Photo",
                0,
                7,
                Some(false),
            ),
            ("A long caption that runs on. /AP", 0, 3, Some(true)),
            ("The middle holds privacy, not the ends", 1, 5, Some(false)),
            ("Privacy \u{212a}", 0, 3, None),
        ];
        for (text, start, tail, want) in rows {
            assert_eq!(phrases.any_at_ends(text, start, tail), want, "{text:?}");
        }
    }

    proptest::proptest! {
        /// The ends searched alone find what the whole text, lower-cased, shows there.
        #[test]
        fn ends_found_as_in_the_whole_text(
            text in crate::phrases::texts_of(
                &[
                    "AP ", "Photo", "ap photo", "/", "ap", "Privacy", "(", " ", "the ", "“",
                    "é", "\u{212a}", "\u{17f}", "\u{130}", "x",
                ],
                24,
            ),
            start in 0usize..6,
            tail in 0usize..40,
        ) {
            let list = ["ap photo", "/ap", "privacy", "ap"];
            let phrases = Phrases::new(&list);
            let low = text.to_ascii_lowercase();
            let folds = ['\u{212a}', '\u{17f}', '\u{130}'].iter().any(|&c| text.contains(c));
            let from = text.len().saturating_sub(tail);
            let found = |p: &str| {
                (0..=low.len().saturating_sub(p.len()))
                    .filter(|&at| low.as_bytes()[at..].starts_with(p.as_bytes()))
                    .any(|at| at <= start || at >= from)
            };
            let want = (!folds).then(|| list.iter().any(|p| found(p)));
            proptest::prop_assert_eq!(phrases.any_at_ends(&text, start, tail), want);
        }

        /// The characters that fold to ASCII are found as a search for each finds them.
        #[test]
        fn special_characters_found(s in "(\\PC|\u{212a}|\u{17f}|\u{130}){0,20}") {
            let want = ['\u{212a}', '\u{17f}', '\u{130}'].iter().any(|&c| s.contains(c));
            proptest::prop_assert_eq!(has_special(&s), want);
        }
    }
}
