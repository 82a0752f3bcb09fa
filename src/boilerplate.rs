//! Page furniture in article text: comment forms, share buttons, "Advertisement", "Related:",
//! "Read more", newsletter prompts, copyright lines. Matched on short lines only, so that a body
//! sentence which happens to start with "Subscribe" or "Comments" is left alone.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use regex::Regex;

use crate::data::{
    APPEAL_HEADINGS, APPEAL_WORDS, BOILERPLATE_LINES, BOILERPLATE_PREFIXES,
    COMMENT_SECTION_MARKERS, NOTICE_ANCHORS, NOTICE_WORDS, SECTION_END_MARKERS,
};
use crate::lines::count_words;
use crate::phrases::{Anchors, Lowered, Pairs, Phrases, Starts};

/// The line lower-cased, without leading bullets and trailing punctuation.
fn key(line: &str) -> String {
    trimmed(line).to_lowercase()
}

/// Is `b` an ASCII byte `trimmed` trims from the front of a line?
fn trims_front(b: u8) -> bool {
    matches!(
        b,
        b'*' | b'+' | b'-' | b'|' | b'>' | b'#' | b'[' | b']' | b'(' | b')' | b' ' | b'\t'..=b'\r'
    )
}

/// Is `b` an ASCII byte `trimmed` trims from the end of a line?
fn trims_end(b: u8) -> bool {
    matches!(b, b'.' | b':' | b'!' | b'|' | b'>' | b' ' | b'\t'..=b'\r')
}

/// The line without leading bullets and trailing punctuation.
fn trimmed(line: &str) -> &str {
    // (`matches!` rather than searching a string of the characters: every line is trimmed.
    // Most lines open with a letter or digit, and have nothing to trim in front.)
    let starts_clean = line
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric);
    let line = if starts_clean {
        line
    } else {
        line.trim_start_matches(|c: char| {
            matches!(
                c,
                '*' | '+' | '•' | '·' | '-' | '–' | '—' | '|' | '>' | '#' | '[' | ']' | '(' | ')'
            ) || c.is_whitespace()
        })
    };
    // The ASCII characters of the set one byte at a time first: most lines end with a full
    // stop or a letter, and the rest of the set is asked only before a character outside ASCII.
    let bytes = line.as_bytes();
    let mut end = bytes.len();
    while end > 0 && trims_end(bytes[end - 1]) {
        end -= 1;
    }
    let line = &line[..end];
    if bytes[..end].last().is_none_or(|&b| b < 0x80) {
        return line;
    }
    line.trim_end_matches(|c: char| {
        matches!(c, '.' | ':' | '!' | '|' | '»' | '›' | '>') || c.is_whitespace()
    })
}

/// The first characters of a list of phrases, lower-cased: can a line trimmed to `t` open
/// with one of them at all? Most lines fail here, before their words are counted and the line
/// lower-cased.
struct Openings {
    /// The first `OPENING` characters of each phrase (all of the shorter ones), in UTF-8.
    set: HashSet<Vec<u8>>,
    /// The same, those of at most seven bytes packed as `packed` does: the openings of ASCII
    /// lines are looked up without hashing bytes one at a time.
    short: HashSet<u64>,
    /// The lengths of the openings in bytes, as bits: only those lengths are looked up.
    lengths: u32,
    /// The first two bytes of the openings of two bytes or more, as bits of a table: a line
    /// whose first two bytes open none is done without a look-up, as most are.
    pairs: Pairs,
    /// For each pair of ASCII letters or digits (lower-cased, numbered as `ALNUM` numbers
    /// them), what may follow it in an opening, as bits: the third byte's number (`OTHER` for
    /// a byte that is no letter or digit), and `WHOLE` when the pair is an opening of its own.
    /// In English many lines open with the first two letters of a phrase ("Th", "Co"), fewer
    /// with its first three.
    after_pair: Box<[u64; 36 * 36]>,
}

/// The number of each ASCII letter (either case) or digit, 0 to 35; `NOT_ALNUM` for any other
/// byte.
static ALNUM: [u8; 256] = {
    let mut table = [NOT_ALNUM; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            c @ b'0'..=b'9' => c - b'0',
            c @ b'a'..=b'z' => c - b'a' + 10,
            c @ b'A'..=b'Z' => c - b'A' + 10,
            _ => NOT_ALNUM,
        };
        b += 1;
    }
    table
};
const NOT_ALNUM: u8 = u8::MAX;

/// In `Openings::after_pair`: a third byte that is no ASCII letter or digit, and a pair that
/// is an opening of its own.
const OTHER: u64 = 1 << 36;
const WHOLE: u64 = 1 << 63;

impl Openings {
    /// Five characters tell "Clinic" from "click here" and "Donors" from "donate": with three,
    /// a tenth of article lines passed; with five, under one in twenty-five.
    const OPENING: usize = 5;

    fn new<'a>(phrases: impl Iterator<Item = &'a &'a str>) -> Openings {
        let mut openings = Openings {
            set: HashSet::default(),
            short: HashSet::default(),
            lengths: 0,
            pairs: Pairs::new(),
            after_pair: Box::new([0; 36 * 36]),
        };
        for p in phrases {
            let opening: String = p.chars().take(Self::OPENING).collect();
            openings.lengths |= 1 << opening.len();
            if let [a, b, ..] = *opening.as_bytes() {
                openings.pairs.insert(a, b);
            }
            let pair = |a: u8, b: u8| {
                let (a, b) = (ALNUM[usize::from(a)], ALNUM[usize::from(b)]);
                (a != NOT_ALNUM && b != NOT_ALNUM).then(|| usize::from(a) * 36 + usize::from(b))
            };
            match *opening.as_bytes() {
                // (An opening of one byte: `shuts_out` can tell no line from its first bytes.)
                [_] => openings.after_pair.fill(u64::MAX),
                [a, b] => {
                    if let Some(i) = pair(a, b) {
                        openings.after_pair[i] |= WHOLE;
                    }
                }
                [a, b, c, ..] => {
                    if let Some(i) = pair(a, b) {
                        openings.after_pair[i] |= match ALNUM[usize::from(c)] {
                            NOT_ALNUM => OTHER,
                            c => 1 << c,
                        };
                    }
                }
                [] => {}
            }
            if let Some(key) = packed(opening.as_bytes()) {
                openings.short.insert(key);
            }
            openings.set.insert(opening.into_bytes());
        }
        openings
    }

    /// Does `line` open with none of the phrases, told from its first bytes alone? That is
    /// `!self.may_open(trimmed(line))` for a line that opens with two ASCII letters or digits,
    /// as most do, or with a quote mark: `trimmed` keeps those (it trims neither from the
    /// front of such a line, nor letters from its end), and a letter or digit after them;
    /// `may_open`, which lower-cases them, turns the line down at its second byte when the
    /// pair opens no phrase, or, after two letters or digits, when they are no phrase of their
    /// own and no longer one goes on with the third. (`false`: the line may open with one, or
    /// was not looked at.) Most lines are done here, not trimmed.
    #[inline(always)]
    fn shuts_out(&self, line: &str) -> bool {
        let alnum = |b: u8| ALNUM[usize::from(b)] != NOT_ALNUM;
        // (No opening of one byte: `may_open` looks no further than the first two.)
        let at_pair = |a: u8, b: u8| self.lengths & 2 == 0 && !self.pairs.contains(a, b);
        match *line.as_bytes() {
            [x, y, ref rest @ ..] if alnum(x) && alnum(y) => {
                let (x, y) = (ALNUM[usize::from(x)], ALNUM[usize::from(y)]);
                let next = self.after_pair[usize::from(x) * 36 + usize::from(y)];
                match rest.first().map(|&z| ALNUM[usize::from(z)]) {
                    Some(z) if z != NOT_ALNUM => next & (1 << z | WHOLE) == 0,
                    _ => next == 0,
                }
            }
            // Other ASCII pairs, where `trimmed` keeps both bytes: the first is none it trims
            // from the front, and the second none it trims from the end, or a letter or digit
            // follows it ("''We", "__", "2:30", "\"We").
            [x, y, ref rest @ ..]
                if x.is_ascii()
                    && !trims_front(x)
                    && y.is_ascii()
                    && (!trims_end(y) || rest.first().is_some_and(|&z| alnum(z))) =>
            {
                at_pair(x.to_ascii_lowercase(), y.to_ascii_lowercase())
            }
            // ‘ ’ ‚ ‛ “ ” „ ‟, their own lower case.
            [0xe2, 0x80, 0x98..=0x9f, ..] => at_pair(0xe2, 0x80),
            _ => false,
        }
    }

    /// Do the first characters of `t`, lower-cased, open one of the phrases? (`false` for an
    /// empty `t`.)
    fn may_open(&self, t: &str) -> bool {
        // Most lines open with ASCII, a character a byte: the same steps as the loop below, on
        // the bytes.
        let bytes = t.as_bytes();
        let head = &bytes[..bytes.len().min(Self::OPENING)];
        if head.is_ascii() {
            let mut low = [0u8; Self::OPENING];
            for (len, &b) in (1..).zip(head) {
                low[len - 1] = b.to_ascii_lowercase();
                if len == 2 && !self.pairs.contains(low[0], low[1]) {
                    return false;
                }
                if self.lengths & (1 << len) != 0
                    && packed(&low[..len]).is_some_and(|key| self.short.contains(&key))
                {
                    return true;
                }
            }
            return false;
        }
        let mut head = [0u8; 4 * Self::OPENING];
        let (mut len, mut chars, mut found) = (0, 0, false);
        // Takes the next lower-cased character; `true` when done.
        let mut push = |c: char| {
            len += c.encode_utf8(&mut head[len..]).len();
            chars += 1;
            // No opening of two bytes or more starts with the first two: none matches.
            if len >= 2 && !self.pairs.contains(head[0], head[1]) {
                return true;
            }
            found = self.lengths & (1 << len) != 0 && self.set.contains(&head[..len]);
            found || chars == Self::OPENING
        };
        for c in t.chars() {
            // (ASCII lower-cased in place: the iterator of `char::to_lowercase` costs more than
            // the look-ups, and every line comes here.)
            let done = if c.is_ascii() {
                push(c.to_ascii_lowercase())
            } else {
                c.to_lowercase().any(&mut push)
            };
            if done {
                break;
            }
        }
        found
    }
}

/// `bytes` of at most seven packed into a number, their count in the top byte.
fn packed(bytes: &[u8]) -> Option<u64> {
    let mut key = [0u8; 8];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    key[7] = u8::try_from(bytes.len()).ok().filter(|&n| n <= 7)?;
    Some(u64::from_le_bytes(key))
}

/// The openings of the boilerplate lines and prefixes: can a line be boilerplate at all?
static BOILERPLATE_OPENINGS: LazyLock<Openings> = LazyLock::new(|| {
    let all = BOILERPLATE_LINES.iter().chain(BOILERPLATE_PREFIXES);
    Openings::new(all.chain(&["http://", "https://"]))
});

/// The openings of the comment-section markers.
static COMMENT_OPENINGS: LazyLock<Openings> =
    LazyLock::new(|| Openings::new(COMMENT_SECTION_MARKERS.iter()));

/// Does `s` have at most `n` words? Counts no further than `n + 1`: most paragraphs are long.
fn at_most_words(s: &str, n: usize) -> bool {
    count_words(s, n + 1) <= n
}

/// Is this line (or short paragraph) page furniture rather than article text?
#[inline]
pub fn is_boilerplate(line: &str) -> bool {
    // (A blank line, as a third of the lines are, has no words; most others are turned down
    // at their first bytes. Those two steps are taken where the line is, with no call.)
    !line.is_empty() && !BOILERPLATE_OPENINGS.shuts_out(line) && reads_as_boilerplate(line)
}

/// `is_boilerplate` for a line that is not blank and not turned down at its first bytes.
#[inline(never)]
fn reads_as_boilerplate(line: &str) -> bool {
    let t = trimmed(line);
    if !t.is_empty() && !BOILERPLATE_OPENINGS.may_open(t) {
        return false;
    }
    // Count no further than needed: most paragraphs are long.
    let words = count_words(line, 26);
    if words == 0 || words > 25 {
        return false;
    }
    let k = key(line);
    if k.is_empty() {
        return true; // only bullets and punctuation
    }
    if BOILERPLATE_LINES.contains(&k.as_str())
        || k.starts_with("http://")
        || k.starts_with("https://")
    {
        return words <= 3;
    }
    // (The first bytes compared first: most prefixes differ there, and comparing whole ones
    // costs a call each.)
    let first = k.as_bytes().first();
    BOILERPLATE_PREFIXES.iter().any(|p| {
        p.as_bytes().first() == first
            && k.strip_prefix(p).is_some_and(|rest| {
                let single_word = !p.contains(' ') && p.chars().all(char::is_alphanumeric);
                let boundary = rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
                // "Comments" alone is furniture; "Comments from the senator …" is prose.
                boundary
                    && (!single_word
                        || rest.is_empty()
                        || rest.starts_with(':')
                        || words <= 3
                        || *p == "copyright")
            })
    })
}

/// Does this line open a comment section (after which short lines are page furniture)?
#[inline(always)]
pub fn is_comment_marker(line: &str) -> bool {
    // (Most lines are turned down at their first bytes, with no call.)
    !COMMENT_OPENINGS.shuts_out(line) && opens_comment_section(line)
}

/// `is_comment_marker` for a line not turned down at its first bytes.
#[inline(never)]
fn opens_comment_section(line: &str) -> bool {
    // (A key that starts with a marker opens with the marker's first characters.)
    COMMENT_OPENINGS.may_open(trimmed(line)) && at_most_words(line, 5) && {
        let k = key(line);
        COMMENT_SECTION_MARKERS.iter().any(|m| k.starts_with(m))
    }
}

/// A comment section on a page: its heading, a count ("34 responses to …", "[ 7 Comments ]")
/// or the first commenter ("jane_doe says:").
static COMMENT_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:
            \[?\s*\d+\s+(?:comments?|responses?|replies|reactions)\b  # 34 responses to …
          | (?:\d+\.\s+)?\S+(?:\s\S+)?\s+says:$                   # 1. jane_doe says:
          | (?:top|best|most|highest)\s+(?:rated\s+|liked\s+|voted\s+|popular\s+)?
            (?:reader\s+)?comments$                               # Top Rated Comments
          | (?:reader|readers'|user|latest|recent|newest)\s+comments$  # Reader comments
        )",
    )
    .expect("comment opening")
});

/// Does this line open the comments under an article on a page?
pub fn opens_comments(line: &str) -> bool {
    is_comment_marker(line) || (at_most_words(line, 12) && COMMENT_OPENING.is_match(line))
}

/// Is this paragraph a cookie, consent, privacy or subscription notice (two or more of their
/// words)?
pub fn is_notice(text: &str) -> bool {
    NOTICE
        .two_in(text)
        .unwrap_or_else(|| holds_two(NOTICE_WORDS, text))
}

/// The notice words, searched for all at once.
static NOTICE: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(NOTICE_WORDS));

/// Where the notice words' anchors stand in a whole input, lower-cased, for `is_notice_line`.
pub fn notices(low: &Lowered) -> Starts {
    NOTICE_ANCHORS_FOUND.starts(low)
}

/// The notice words' anchors, searched for all at once.
static NOTICE_ANCHORS_FOUND: LazyLock<Anchors> = LazyLock::new(|| Anchors::new(NOTICE_ANCHORS));

/// Is this line the heading of an appeal for the reader's money ("Support Example News")?
pub fn is_appeal_heading(line: &str) -> bool {
    at_most_words(line, 4) && {
        let k = key(line);
        APPEAL_HEADINGS.iter().any(|m| k.starts_with(m))
    }
}

/// Does this paragraph ask the reader for money (two or more words of an appeal)?
pub fn is_appeal(text: &str) -> bool {
    static APPEAL: LazyLock<Phrases> = LazyLock::new(|| Phrases::new(APPEAL_WORDS));
    APPEAL
        .two_in(text)
        .unwrap_or_else(|| holds_two(APPEAL_WORDS, text))
}

/// Does `text`, lower-cased, hold two or more different words of `list`?
fn holds_two(list: &[&str], text: &str) -> bool {
    let low = text.to_lowercase();
    list.iter().filter(|w| low.contains(*w)).take(2).count() >= 2
}

/// A line that sends the reader on to a gallery under the article ("Scroll down to see more
/// photos of the launch!").
static GALLERY_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:scroll|keep\s+scrolling|swipe|click|check\s+out|take\s+a\s+look)\b
          .{0,80}\b(?:gallery|slideshow|photos|pictures|pics|images)\b
          .{0,60}\b(?:below|down)\b",
    )
    .expect("gallery opening")
});

/// Does this line send the reader on to a photo gallery below the article?
pub fn opens_gallery(line: &str) -> bool {
    at_most_words(line, 25) && GALLERY_OPENING.is_match(line.trim())
}

/// Does this heading open what follows an article on a page: a list of other stories, the
/// author's biography, the tags?
pub fn is_section_end(line: &str) -> bool {
    at_most_words(line, 6) && {
        let k = key(line);
        SECTION_END_MARKERS.iter().any(|m| k.starts_with(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn furniture() {
        let rows = [
            ("Facebook Comments", true),
            ("Please enter your comment!", true),
            ("Please enter your name here", true),
            ("Advertisement", true),
            ("ADVERTISEMENT", true),
            ("Related: Putin meets Kim", true),
            ("Read more: Kim arrives by train", true),
            ("Read the rest here.", true),
            ("Sign up for our newsletter", true),
            ("© 2019 Example News. All rights reserved.", true),
            ("Copyright 2019 The Example Company", true),
            ("* Share", true),
            ("Comments from the senator drew criticism on Monday.", false),
            (
                "Subscribers to the service complained about the price.",
                false,
            ),
            ("The summit ended without a deal.", false),
            ("Print", true),
            ("Print media is in decline, analysts said.", false),
        ];
        for (input, want) in rows {
            assert_eq!(is_boilerplate(input), want, "input {input:?}");
        }
        // Most lines are turned down at their first two bytes.
        assert!(BOILERPLATE_OPENINGS.shuts_out("Officials said on Monday."));
        assert!(!BOILERPLATE_OPENINGS.shuts_out("Comments"));
    }

    #[test]
    fn page_sections() {
        // (line, is a notice, opens comments, ends the article)
        let rows = [
            (
                "We use cookies to improve your experience; see our privacy policy.",
                true,
                false,
                false,
            ),
            (
                "Sign up for our newsletter and get the news in your inbox.",
                true,
                false,
                false,
            ),
            (
                "Bake the cookies for twelve minutes until golden.",
                false,
                false,
                false,
            ),
            ("34 responses to “Council votes”", false, true, false),
            ("jane_doe says:", false, true, false),
            ("Comments", false, true, false),
            ("[ 167 comments ]", false, true, false),
            ("Top Rated Comments", false, true, false),
            ("Reader comments", false, true, false),
            ("The senator's comments", false, false, false),
            ("Related stories", false, false, true),
            ("More from Example News", false, false, true),
            ("About the author", false, false, true),
            (
                "Related coverage of the vote continued on Monday in the capital.",
                false,
                false,
                false,
            ),
        ];
        for (input, notice, comments, end) in rows {
            assert!(!is_appeal_heading(input), "appeal {input:?}");
            assert_eq!(is_notice(input), notice, "notice {input:?}");
            assert_eq!(opens_comments(input), comments, "comments {input:?}");
            assert_eq!(is_section_end(input), end, "end {input:?}");
        }
    }

    #[test]
    fn appeals() {
        // (line, is an appeal heading, is an appeal)
        let rows = [
            ("Support Example News", true, false),
            ("Donate today", true, false),
            ("Supporters rallied outside", false, false),
            ("Support for the bill grew on Monday", false, false),
            (
                "We cannot do this without your help. Support our newsroom by contributing as little as $2.",
                false,
                true,
            ),
            (
                "The charity said it would donate the money to the hospital.",
                false,
                false,
            ),
        ];
        for (input, heading, appeal) in rows {
            assert_eq!(is_appeal_heading(input), heading, "heading {input:?}");
            assert_eq!(is_appeal(input), appeal, "appeal {input:?}");
        }
    }

    #[test]
    fn galleries() {
        let rows = [
            (
                "Scroll through the gallery below to see photos of the couple!",
                true,
            ),
            (
                "Keep scrolling to see more pictures of the launch below.",
                true,
            ),
            ("The gallery below the stairs reopened in May.", false),
            (
                "Rescuers scrolled through photos of the flood to find survivors.",
                false,
            ),
            ("Police released photos of the suspect on Monday.", false),
        ];
        for (input, want) in rows {
            assert_eq!(opens_gallery(input), want, "{input:?}");
        }
    }

    #[test]
    fn phrases_found_in_one_pass_as_in_the_lower_cased_text() {
        // The one-pass search equals lower-casing and searching each phrase when the lists
        // are lower-case ASCII, each phrase once.
        for list in [NOTICE_WORDS, APPEAL_WORDS] {
            for (i, w) in list.iter().enumerate() {
                assert!(w.is_ascii() && *w == w.to_lowercase(), "{w:?}");
                assert!(!list[..i].contains(w), "{w:?} twice");
            }
        }
        // (paragraph, two notice phrases)
        let rows = [
            ("COOKIES and PRIVACY", true),
            ("cookie, cookie, cookie", false),
            ("Sign into your inbox", true),
            ("opt-out", false),
            ("Privacy \u{212a}ookies", false),
            ("Privacy coo\u{212a}ies", true),
            ("“Cookie” privacy", true),
        ];
        for (input, want) in rows {
            assert_eq!(is_notice(input), want, "{input:?}");
        }
    }

    #[test]
    fn every_notice_word_holds_an_anchor() {
        assert!(NOTICE_ANCHORS_FOUND.cover(NOTICE_WORDS));
    }

    proptest::proptest! {
        /// A notice line holds one of the anchors found in the whole input (what the page
        /// stage relies on to search only the lines that hold one).
        #[test]
        fn notices_found_in_the_input_as_in_the_line(
            text in crate::phrases::texts_of(
                &[
                    "Cookie", "privacy", "opt-out", "Sign ", "in", "up", "\n", " ", "Third",
                    "-party", "email address", "é", "\u{212a}", "terms of use", "x", "ad block",
                ],
                30,
            ),
        ) {
            let low = Lowered::new(&text);
            let notices = low.as_ref().map(notices);
            for line in crate::lines::split(&text) {
                let (start, end) = (line.start, line.start + line.text.len());
                let anchored = notices.as_ref().is_none_or(|n| n.any_within(start, end));
                proptest::prop_assert!(anchored || !is_notice(line.text), "{:?}", line.text);
            }
        }

        /// The bytes trimmed at the end as the characters are.
        #[test]
        fn trimmed_as_trimming_characters_trims(
            line in crate::phrases::texts_of(
                &[
                    "*", "• ", "Read", " ", ".", ":", "!", "|", "»", "›", ">", "\u{a0}",
                    "\u{2003}", "é", "x",
                ],
                8,
            ),
        ) {
            let start = |c: char| {
                "*+•·-–—|>#[]()".contains(c) || c.is_whitespace()
            };
            let end = |c: char| {
                matches!(c, '.' | ':' | '!' | '|' | '»' | '›' | '>') || c.is_whitespace()
            };
            let want = line.trim_start_matches(start).trim_end_matches(end);
            proptest::prop_assert_eq!(trimmed(&line), want);
        }

        /// A line shut out at its first two bytes opens with no phrase, trimmed as the plain
        /// way trims it.
        #[test]
        fn lines_shut_out_open_no_phrase(
            line in crate::phrases::texts_of(
                &[
                    "Co", "mments", "CL", "ick", "Th", "e", "Ok", "x", "7", "A", ".", " ", ":",
                    "é", "»", "\u{212a}", "*", "Print", "Le", "ave a", "Clinton", "Tre", "nd",
                    "ay", "\"", "“", "’", "‘", "—", "so", "ok", "-b", "''", "_", "2:", "a ",
                    "#", "(", "\u{b}", "\t", "|",
                ],
                6,
            ),
        ) {
            // (And openings that open with quote marks, or are two bytes long.)
            let marks = Openings::new(["“so", "\"ok", "ok", "a-b", "cl", "''x", "2:3"].iter());
            for openings in [&*BOILERPLATE_OPENINGS, &*COMMENT_OPENINGS, &marks] {
                if openings.shuts_out(&line) {
                    proptest::prop_assert!(!openings.may_open(trimmed(&line)), "{:?}", line);
                }
            }
        }

        /// The openings are found as lower-casing the line's first characters finds them.
        #[test]
        fn openings_found_as_lower_casing_finds_them(
            t in crate::phrases::texts_of(
                &[
                    "Cli", "ck", "Clinton", "Print", "OK", "ok", "Ad", "vertisement", "©", "“",
                    "\u{130}", "\u{212a}", "É", "Σ", "http", "://", " ", "Comments", "x",
                ],
                6,
            ),
        ) {
            // (With a phrase of one character, which the shortcut of `may_open` looks up.)
            let phrases = BOILERPLATE_LINES.iter().chain(BOILERPLATE_PREFIXES).chain(&["x"]);
            let openings: Vec<String> =
                phrases.clone().map(|p| p.chars().take(Openings::OPENING).collect()).collect();
            let mut head = String::new();
            let want = t.chars().flat_map(char::to_lowercase).take(Openings::OPENING).any(|c| {
                head.push(c);
                openings.contains(&head)
            });
            proptest::prop_assert_eq!(Openings::new(phrases).may_open(&t), want, "{:?}", t);
        }
    }
}
