//! Publication dates written in header lines: "April 25, 2019", "25 April 2019",
//! "Apr. 25, 2019 3:46 PM", "2019-04-25T10:00", "04/25/2019", "Published Thursday, Dec. 17, 2023".
//! Normalized to `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the line gives a time. Relative dates
//! ("2 hours ago") carry no date and are left alone.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use crate::data::month_number;

const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

// Word boundaries are ASCII ones (`(?-u:\b)`): the lazy DFA cannot match a Unicode `\b` and
// gave the search to the much slower backtracker on any line with a character outside ASCII.
// Digits and month names are ASCII, so only a digit glued to a letter outside ASCII ("é2019")
// is read differently. Digits are ASCII ones (`[0-9]`), which is what a date is written in
// and all `u32::from_str` reads: Unicode's `\d` (some 70 ranges, each turned into an automaton
// of UTF-8 bytes for every one of the twenty digits here) made building this regex half the
// instructions a process spends before its first article, and a date in other digits
// ("٢٠١٩") stopped the search where it should go on to the next one.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let pattern = r"(?xi)
        (?-u:\b)(?P<iy>[0-9]{4})[-/](?P<im>[0-9]{1,2})[-/](?P<id>[0-9]{1,2})(?:[T\x20](?P<ih>[0-9]{1,2}):(?P<imin>[0-9]{2}))?
      # Dec. 21, 2023 -- no word boundary is needed around it, for a page dump glues words
      # (By Jane DoeDec. 21, 2023; Dec 05, 20232 Shares).
      | (?P<m1>MONTH)\.?\s+(?P<d1>[0-9]{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>[0-9]{4})
      | (?-u:\b)(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>MONTH)\.?,?\s+(?P<y2>[0-9]{4})(?-u:\b)
      # 04/25/2019, 04/25/19
      | (?-u:\b)(?P<na>[0-9]{1,2})/(?P<nb>[0-9]{1,2})/(?P<ny>[0-9]{4}|[0-9]{2})(?-u:\b)
      | (?-u:\b)(?P<ea>[0-9]{1,2})\.(?P<eb>[0-9]{1,2})\.(?P<ey>[0-9]{4})(?-u:\b)
    ";
    Regex::new(&pattern.replace("MONTH", MONTH)).expect("date regex")
});

static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::[0-9]{2})?\s*(?P<ampm>[ap]\.?\s?m\.?)?",
    )
    .expect("time regex")
});

/// Words that may surround a date on a line of its own.
static DATE_LINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:published|updated|posted|last|modified|first|on|at|date|time|am|pm|a\.m\.|p\.m\.|
        [ecmp][sd]t|utc|gmt|bst|cet|cest|ist|et|pt|
        mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|
        [|:,\-–—•·/]+)$",
    )
    .expect("date line words")
});

/// "2 hours ago", "Published 3 days ago", "5 min read", "2 months": a relative time or reading
/// time as printed near a headline.
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)\b[0-9]+\s*(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|years?)
        (?:\s+(?:ago|read)\b|\s*$)",
    )
    .expect("relative time")
});

/// Where a relative or reading time starts on the line, if there is one.
pub fn relative_start(line: &str) -> Option<usize> {
    RELATIVE.find(line).map(|m| m.start())
}

/// Is there a relative or reading time ("2 hours ago", "5 Min Read") on this short line?
pub fn is_relative(line: &str) -> bool {
    line.len() <= 120 && RELATIVE.is_match(line)
}

/// A date found in a string: where, and normalized.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDate {
    pub span: Range<usize>,
    pub value: String,
}

/// The first plausible date in `s`, with a time if one stands on the same line.
pub fn find(s: &str) -> Option<FoundDate> {
    if !may_hold_date(s) {
        return None;
    }
    for caps in DATE.captures_iter(s) {
        let get = |n: &str| caps.name(n).map(|m| m.as_str());
        let num = |n: &str| get(n).and_then(|v| v.parse::<u32>().ok());
        let (y, m, d) = if let Some(y) = num("iy") {
            (y, num("im")?, num("id")?)
        } else if let Some(y) = num("y1") {
            (y, month_number(get("m1")?)?, num("d1")?)
        } else if let Some(y) = num("y2") {
            (y, month_number(get("m2")?)?, num("d2")?)
        } else if let Some(y) = num("ny") {
            let y = if y < 100 { 2000 + y } else { y };
            let (a, b) = (num("na")?, num("nb")?);
            if a > 12 { (y, b, a) } else { (y, a, b) }
        } else {
            let (a, b) = (num("ea")?, num("eb")?);
            (num("ey")?, b, a)
        };
        if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            continue;
        }
        let whole = caps.get(0).expect("match");
        let mut value = format!("{y:04}-{m:02}-{d:02}");
        let time = match (num("ih"), num("imin")) {
            (Some(h), Some(mi)) => Some((h, mi)),
            _ => find_time(&s[..whole.start()]).or_else(|| find_time(&s[whole.end()..])),
        };
        if let Some((h, mi)) = time {
            value.push_str(&format!("T{h:02}:{mi:02}"));
        }
        return Some(FoundDate {
            span: whole.range(),
            value,
        });
    }
    None
}

/// Can `s` hold a date at all? Every form `DATE` reads holds four ASCII digits in a row (a
/// year) or, written with slashes, a slash after a digit ("4/25/19"): a line with neither,
/// as most are, needs no search.
fn may_hold_date(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(first) = b.iter().position(u8::is_ascii_digit) else {
        return false;
    };
    let mut run = 0;
    for &c in &b[first..] {
        if c.is_ascii_digit() {
            run += 1;
            if run == 4 {
                return true;
            }
        } else if c == b'/' {
            return true;
        } else {
            run = 0;
        }
    }
    false
}

/// The publication date on a line that may also give an update date ("Last Updated: Dec. 23,
/// 2023 First Published: Dec. 18, 2023"): the date after "Published", else the first.
pub fn find_published(s: &str) -> Option<String> {
    let after = s
        .to_ascii_lowercase()
        .find("published")
        .and_then(|i| find(&s[i..]));
    after.or_else(|| find(s)).map(|d| d.value)
}

fn find_time(s: &str) -> Option<(u32, u32)> {
    let caps = TIME.captures(s)?;
    let mut h: u32 = caps["h"].parse().ok()?;
    let m: u32 = caps["m"].parse().ok()?;
    if let Some(ampm) = caps.name("ampm") {
        let pm = ampm.as_str().to_ascii_lowercase().starts_with('p');
        if h == 12 {
            h = 0;
        }
        if pm {
            h += 12;
        }
    }
    (h < 24 && m < 60).then_some((h, m))
}

/// If `line` is a date standing on its own ("Published April 25, 2019 at 3:46 PM"), its date.
pub fn date_line(line: &str) -> Option<String> {
    if line.len() > 120 {
        return None;
    }
    let found = find(line)?;
    let rest = format!("{} {}", &line[..found.span.start], &line[found.span.end..]);
    let rest = TIME.replace_all(&rest, " ");
    let others = rest
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c == ',' || c == '.' || c == '(' || c == ')'))
        .filter(|w| !w.is_empty() && !DATE_LINE_WORDS.is_match(w))
        .count();
    (others == 0).then_some(found.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_dates() {
        let rows: &[(&str, Option<&str>)] = &[
            ("April 25, 2019", Some("2019-04-25")),
            ("on April 25, 2019", Some("2019-04-25")),
            ("Apr. 5 2019", Some("2019-04-05")),
            ("25 April 2019", Some("2019-04-25")),
            ("Dec. 17, 2023", Some("2023-12-17")),
            ("2019-04-25", Some("2019-04-25")),
            ("2019-04-25T10:05:00Z", Some("2019-04-25T10:05")),
            (
                "Updated 3:46 PM EST, Thu April 25, 2019",
                Some("2019-04-25T15:46"),
            ),
            ("April 25, 2019 12:30 a.m.", Some("2019-04-25T00:30")),
            ("04/25/2019", Some("2019-04-25")),
            (
                "Last updated: 2023/12/19 at 9:01 PM",
                Some("2023-12-19T21:01"),
            ),
            (
                "by Jane Doe - 12/22/23 12:24 PM ET",
                Some("2023-12-22T12:24"),
            ),
            (
                "By Jane DoeDec. 21, 2023 11:00 pm EST",
                Some("2023-12-21T23:00"),
            ),
            ("Jane DoeDec 05, 20232 Shares", Some("2023-12-05")),
            ("25.04.2019", Some("2019-04-25")),
            ("in May 2019", None),
            ("2 hours ago", None),
            ("February 30, 1850", None),
            // Other digits are no date, and the search goes on past them.
            ("٢٠١٩-٠٤-٢٥ or 2019-04-26", Some("2019-04-26")),
        ];
        for (input, want) in rows {
            assert_eq!(
                find(input).map(|f| f.value).as_deref(),
                *want,
                "input {input:?}"
            );
        }
    }

    #[test]
    fn date_lines() {
        let rows: &[(&str, Option<&str>)] = &[
            ("April 25, 2019", Some("2019-04-25")),
            ("Published Thursday, April 25, 2019", Some("2019-04-25")),
            (
                "Updated 3:46 PM EST, Thu April 25, 2019",
                Some("2019-04-25T15:46"),
            ),
            ("Posted on 2019-04-25 | 10:00", Some("2019-04-25T10:00")),
            ("Putin met Kim on April 25, 2019 in Vladivostok.", None),
        ];
        for (input, want) in rows {
            assert_eq!(date_line(input).as_deref(), *want, "input {input:?}");
        }
    }

    proptest::proptest! {
        /// A text `may_hold_date` turns down holds nothing `DATE` reads.
        #[test]
        fn texts_turned_down_hold_no_date(
            text in crate::phrases::texts_of(
                &[
                    "2019", "201", "19", "4", "25", "/", "-", ".", " ", "April", "Apr.", "Dec",
                    ",", "th", "of ", "T", ":", "10", "x", "é", "12", "\u{a0}",
                ],
                8,
            ),
        ) {
            proptest::prop_assert!(may_hold_date(&text) || !DATE.is_match(&text), "{:?}", text);
        }
    }
}
