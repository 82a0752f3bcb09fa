//! Datelines at the start of the first paragraph: "MOSCOW (Reuters) -", "Washington (AFP) –",
//! "WASHINGTON —", "ATLANTA --", "ST. LOUIS, Mo. —", "LONDON, April 25 (Reuters) -".

use std::sync::LazyLock;

use regex::Regex;

use crate::article::Dateline;

/// The longest agency in parentheses, in characters. It is counted here, not by the regex: a
/// counted repetition of a class of every character but two makes forty copies of a Unicode
/// automaton: building it took a seventh of the instructions of a run over one short article.
const MAX_AGENCY: usize = 40;

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^
        (?:
            (?P<caps>[A-Z][A-Z'’.\-]+(?:\x20[A-Z][A-Z'’.\-]+){0,3}      # MOSCOW, NEW YORK, ST. LOUIS
              (?:,\x20[A-Z][A-Za-z.]+(?:\x20[A-Z][A-Za-z.]+){0,2})?)   # , Mo. / , Russia
          | (?P<mixed>[A-Z][a-z]+(?:\x20[A-Z][a-z]+){0,2})              # Washington (needs an agency)
        )
        (?:,?\x20(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\x20\d{1,2}))?
        \s*(?:\((?P<agency>[^()]+)\))?                                   # at most MAX_AGENCY characters
        \s*(?:--|[-–—])\s+",
    )
    .expect("dateline regex")
});

/// The numbers of `DATELINE`'s groups, in the order they open: a group is taken by its number,
/// not looked up by its name.
const CAPS: usize = 1;
const MIXED: usize = 2;
const AGENCY: usize = 4;

/// The dateline that opens `paragraph`, and how many bytes of it the dateline takes.
pub fn parse(paragraph: &str) -> Option<(Dateline, usize)> {
    // Most paragraphs open with no dateline: the match test (the lazy DFA, which stops at the
    // first byte that rules it out) answers those without setting up the captures.
    if !DATELINE.is_match(paragraph) {
        return None;
    }
    let caps = DATELINE.captures(paragraph)?;
    let agency = match caps.get(AGENCY) {
        Some(m) if m.as_str().chars().count() > MAX_AGENCY => return None,
        m => m.map(|m| m.as_str().trim().to_string()),
    };
    let location = match (caps.get(CAPS), caps.get(MIXED)) {
        (Some(m), _) if m.as_str().chars().filter(|c| c.is_uppercase()).count() >= 2 => m.as_str(),
        (None, Some(m)) if agency.is_some() => m.as_str(),
        _ => return None,
    };
    let whole = caps.get(0).expect("match");
    let rest = &paragraph[whole.end()..];
    if crate::lines::count_words(rest, 3) < 3 {
        return None;
    }
    let raw = whole.as_str().trim().to_string();
    Some((
        Dateline {
            raw,
            location: location.to_string(),
            agency,
        },
        whole.end(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_numbered_as_named() {
        let names: Vec<Option<&str>> = DATELINE.capture_names().collect();
        assert_eq!(names[CAPS], Some("caps"));
        assert_eq!(names[MIXED], Some("mixed"));
        assert_eq!(names[AGENCY], Some("agency"));
    }

    #[test]
    fn datelines() {
        let rows: &[(&str, Option<(&str, Option<&str>, &str)>)] = &[
            (
                "MOSCOW (Reuters) - Russia said on Monday it would act.",
                Some(("MOSCOW", Some("Reuters"), "Russia said")),
            ),
            (
                "Washington (AFP) – The president said on Monday it would act.",
                Some(("Washington", Some("AFP"), "The president")),
            ),
            (
                "WASHINGTON — The Senate voted on Monday to act.",
                Some(("WASHINGTON", None, "The Senate")),
            ),
            // An agency runs forty characters at most.
            (
                "WASHINGTON (Reporting by two people for the wires, AP) - The Senate voted.",
                None,
            ),
            (
                "WASHINGTON (Reporting by two people for the wire, AP) - The Senate voted.",
                Some((
                    "WASHINGTON",
                    Some("Reporting by two people for the wire, AP"),
                    "The Senate",
                )),
            ),
            (
                "ATLANTA -- Storms hit the city on Monday night.",
                Some(("ATLANTA", None, "Storms hit")),
            ),
            (
                "ST. LOUIS, Mo. — A jury found him guilty on all counts.",
                Some(("ST. LOUIS, Mo.", None, "A jury")),
            ),
            (
                "LONDON, April 25 (Reuters) - Britain said it would act.",
                Some(("LONDON", Some("Reuters"), "Britain said")),
            ),
            ("Washington — The Senate voted on Monday to act.", None),
            ("NATO - the alliance", None),
            ("Russian President Vladimir Putin met Kim.", None),
            ("I - am here to say something.", None),
        ];
        for (input, want) in rows {
            let got = parse(input).map(|(d, n)| {
                (
                    d.location,
                    d.agency,
                    input[n..]
                        .split_whitespace()
                        .take(2)
                        .collect::<Vec<_>>()
                        .join(" "),
                )
            });
            let want = want.map(|(l, a, r)| (l.to_string(), a.map(str::to_string), r.to_string()));
            assert_eq!(got, want, "input {input:?}");
        }
    }
}
