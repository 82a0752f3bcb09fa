//! Person names: what a name looks like, and the names an article mentions, so that a surname
//! ("Putin") or a title ("Mr. Trump") can be resolved to the full name ("Vladimir Putin").

use crate::data::{is_name_particle, is_title};

/// Is `word` capitalized like a part of a name ("Putin", "Jong-un", "O'Brien", "J.", "McCain")?
pub fn is_cap_word(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => chars.all(|c| c.is_alphabetic() || "-'’.".contains(c)),
        _ => false,
    }
}

/// Does `s` look like a person's name: 1 to 5 capitalized words (particles allowed inside)?
pub fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let inner_ok = words.iter().enumerate().all(|(i, w)| {
        is_cap_word(w) || (i > 0 && i + 1 < words.len() && is_name_particle(w)) || is_suffix(w)
    });
    inner_ok
        && words
            .iter()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 1)
}

fn is_suffix(w: &str) -> bool {
    matches!(w.trim_end_matches('.'), "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Title-cases a name written in capitals ("JANE DOE" → "Jane Doe"); leaves others alone.
pub fn tidy_case(name: &str) -> String {
    if name.chars().any(|c| c.is_lowercase()) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    let mut start = true;
    for c in name.chars() {
        if start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        start = c.is_whitespace() || c == '-' || c == '\'' || c == '’' || c == '.';
    }
    out
}

/// Removes leading job titles and honorifics: "Russian President Vladimir Putin" →
/// "Vladimir Putin", "Mr. Trump" → "Trump". A lone title is kept.
pub fn strip_titles(name: &str) -> &str {
    let mut rest = name.trim();
    let mut last_title_end = None;
    let mut offset = 0;
    for w in name.split_whitespace() {
        let at = name[offset..].find(w).map_or(offset, |i| offset + i);
        offset = at + w.len();
        if is_title(w) {
            last_title_end = Some(offset);
        }
    }
    if let Some(end) = last_title_end {
        let tail = name[end..].trim();
        if !tail.is_empty() && tail.split_whitespace().next().is_some_and(is_cap_word) {
            rest = tail;
        }
    }
    rest
}

/// The full names an article mentions, in order of first mention: runs of two or more
/// capitalized words with leading titles removed.
pub fn full_names(paragraphs: &[impl AsRef<str>]) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for p in paragraphs {
        let mut run: Vec<&str> = Vec::new();
        for raw in p.as_ref().split_whitespace() {
            let w = raw.trim_matches(|c: char| "“”\"‘(),;:!?[]".contains(c));
            let possessive = w.ends_with("’s") || w.ends_with("'s");
            let ends_clause =
                raw.ends_with([',', ';', ':', '.', ')', '”', '"']) && !w.ends_with('.');
            let w = w.trim_end_matches("’s").trim_end_matches("'s");
            if is_cap_word(w) || (!run.is_empty() && is_name_particle(w)) {
                run.push(w);
            } else {
                flush(&mut run, &mut names);
                continue;
            }
            if possessive || ends_clause || (w.ends_with('.') && w.len() > 3 && !is_title(w)) {
                flush(&mut run, &mut names);
            }
        }
        flush(&mut run, &mut names);
    }
    names
}

fn flush(run: &mut Vec<&str>, names: &mut Vec<String>) {
    let joined = run.join(" ");
    run.clear();
    let name = strip_titles(&joined);
    let words: Vec<&str> = name.split_whitespace().collect();
    if (2..=4).contains(&words.len())
        && looks_like_name(name)
        && !words
            .iter()
            .any(|w| is_title(w) || crate::data::month_number(w).is_some())
        && !names.iter().any(|n| n == name)
    {
        names.push(name.to_string());
    }
}

/// The full name among `names` that `mention` ("Putin", "Mr. Trump", "Kim") refers to.
pub fn resolve<'n>(mention: &str, names: &'n [String]) -> Option<&'n str> {
    let short = strip_titles(mention);
    let words: Vec<&str> = short.split_whitespace().collect();
    let last = *words.last()?;
    if !is_cap_word(last) {
        return None;
    }
    let has = |n: &&String, w: &str| n.split_whitespace().any(|x| x == w);
    // Prefer a name that ends with the mention (a surname), then one that contains it.
    names
        .iter()
        .find(|n| {
            n.split_whitespace().count() > words.len()
                && n.ends_with(&format!(" {last}"))
                && words.iter().all(|w| has(n, w))
        })
        .or_else(|| {
            names.iter().find(|n| {
                n.split_whitespace().count() > words.len() && words.iter().all(|w| has(n, w))
            })
        })
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_shapes() {
        let rows = [
            ("Jane Doe", true),
            ("Ludwig van Beethoven", true),
            ("J. R. Smith", true),
            ("Kim Jong-un", true),
            ("Martin Luther King Jr.", true),
            ("contrast", false),
            ("Follow", true),
            ("the ministry", false),
            ("", false),
            ("One Two Three Four Five Six", false),
        ];
        for (input, want) in rows {
            assert_eq!(looks_like_name(input), want, "input {input:?}");
        }
    }

    #[test]
    fn titles_stripped() {
        let rows = [
            ("Russian President Vladimir Putin", "Vladimir Putin"),
            ("Mr. Trump", "Trump"),
            ("Sen. John McCain", "John McCain"),
            ("Putin", "Putin"),
            ("President", "President"),
        ];
        for (input, want) in rows {
            assert_eq!(strip_titles(input), want, "input {input:?}");
        }
    }

    #[test]
    fn resolves_mentions() {
        let paras = [
            "Russian President Vladimir Putin and North Korean’s Kim Jong-un met Thursday.",
            "Mr. Donald Trump spoke in Washington, D.C. on Monday.",
        ];
        let names = full_names(&paras);
        let rows = [
            ("Putin", Some("Vladimir Putin")),
            ("Kim", Some("Kim Jong-un")),
            ("President Putin", Some("Vladimir Putin")),
            ("Mr. Trump", Some("Donald Trump")),
            ("Smith", None),
            ("he", None),
        ];
        for (mention, want) in rows {
            assert_eq!(
                resolve(mention, &names),
                want,
                "mention {mention:?} in {names:?}"
            );
        }
    }
}
