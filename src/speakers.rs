//! Stage 6: who said it. For each quoted span, reads the attribution around it — `“…,” X said`,
//! `“…,” said X, a spokesman`, `X said: “…”`, `X called it “…”`, `according to X` — and takes
//! the speaker's mention as written ("Putin", "he", "a senior official"). Quotes with no
//! attribution of their own take the one next to them in the paragraph, or the previous
//! paragraph's when they stand alone. Mentions are then resolved: a surname or title to the
//! full name the article gives ("Putin" → "Vladimir Putin"), a pronoun to the last speaker.
//! Short quoted terms with no attribution in their sentence are scare quotes, not speech, and
//! are dropped.

use crate::article::Quote;
use crate::blocks::Para;
use crate::data::{is_naming_verb, is_pronoun, is_reporting_verb, is_title, is_verb_modifier};
use crate::names::{full_names, is_cap_word, looks_like_name, resolve, strip_titles};
use crate::quotes::{self, Span};

/// Quotes of at most this many words need an attribution in their own sentence to count.
const SCARE_QUOTE_WORDS: usize = 2;
/// How many words an attribution's subject may have.
const MAX_SUBJECT_WORDS: usize = 8;
/// How far after a quote the reporting verb may stand: `“…,” the influential US daily said`.
const MAX_VERB_DISTANCE: usize = 9;
/// A pronoun refers to a speaker quoted at most this many paragraphs earlier.
const PRONOUN_REACH: usize = 4;

/// A word of prose with its byte range.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    bare: &'a str,
    start: usize,
    end: usize,
}

impl Word<'_> {
    fn ends_clause(&self) -> bool {
        let t = self.text.trim_end_matches(['”', '"', '’', '\'', ')']);
        t.ends_with([',', ';', ':', '!', '?', '—', '–'])
            || (t.ends_with('.') && !is_abbreviation(t))
    }
}

fn words(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for w in s.split_whitespace() {
        let start = s[pos..].find(w).map_or(pos, |i| pos + i);
        pos = start + w.len();
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !bare.is_empty() {
            out.push(Word {
                text: w,
                bare,
                start,
                end: pos,
            });
        }
    }
    out
}

fn is_abbreviation(w: &str) -> bool {
    let core = w.trim_start_matches(|c: char| !c.is_alphanumeric());
    let letters = core.chars().filter(|c| c.is_alphabetic()).count();
    core.ends_with('.')
        && (core[..core.len() - 1].contains('.')
            || (letters == 1 && core.starts_with(char::is_uppercase))
            || crate::data::is_abbreviation(core))
}

/// Byte offset where the last sentence of `s` starts.
fn sentence_start(s: &str) -> usize {
    let ws = words(s);
    for k in (0..ws.len().saturating_sub(1)).rev() {
        let w = ws[k].text.trim_end_matches(['”', '"', '’', ')']);
        if w.ends_with(['.', '!', '?'])
            && !is_abbreviation(w)
            && ws[k + 1]
                .text
                .starts_with(|c: char| c.is_uppercase() || "“\"‘(".contains(c))
        {
            return ws[k + 1].start;
        }
    }
    0
}

/// Byte offset where the first sentence of `s` ends.
fn sentence_end(s: &str) -> usize {
    for w in words(s) {
        let t = w.text.trim_end_matches(['”', '"', '’', ')']);
        if t.ends_with(['.', '!', '?']) && !is_abbreviation(t) {
            return w.end;
        }
    }
    s.len()
}

/// Words that start a sentence but are not part of a name.
fn is_sentence_adverb(w: &str) -> bool {
    matches!(
        w,
        "But"
            | "And"
            | "Then"
            | "However"
            | "Meanwhile"
            | "Still"
            | "Also"
            | "Later"
            | "Now"
            | "Yet"
            | "So"
            | "In"
            | "On"
            | "At"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "If"
            | "Asked"
            | "Speaking"
            | "Earlier"
            | "Instead"
            | "Indeed"
            | "Afterward"
            | "Previously"
            | "Separately"
            | "Today"
            | "Yesterday"
            | "Last"
            | "This"
            | "That"
            | "There"
            | "Here"
            | "Why"
            | "What"
            | "How"
            | "Where"
            | "Though"
            | "Although"
    )
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "the"
            | "a"
            | "an"
            | "one"
            | "another"
            | "some"
            | "many"
            | "several"
            | "most"
            | "two"
            | "three"
            | "four"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "this"
            | "these"
            | "those"
            | "other"
            | "few"
            | "both"
            | "each"
            | "every"
            | "no"
            | "all"
            | "my"
            | "your"
    )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "at" | "from" | "with" | "in" | "on" | "to" | "close"
    )
}

fn is_boundary(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "and"
            | "but"
            | "or"
            | "because"
            | "when"
            | "while"
            | "as"
            | "if"
            | "after"
            | "before"
            | "since"
            | "than"
            | "although"
            | "though"
            | "where"
            | "is"
            | "was"
            | "were"
            | "are"
            | "be"
            | "been"
            | "not"
            | "it"
            | "what"
            | "so"
            | "how"
            | "why"
            | "then"
    )
}

/// The noun phrase that ends `ws`: a pronoun, a name, or a described source.
fn np_backward(ws: &[Word]) -> Option<(usize, usize)> {
    let mut end = ws.len();
    while end > 0 && is_verb_modifier(ws[end - 1].bare) && !ws[end - 1].ends_clause() {
        end -= 1;
    }
    if end == 0 {
        return None;
    }
    let last = ws[end - 1];
    if last.text.ends_with(',') && end >= 2 {
        // "John Smith, a spokesman for the ministry, said": the name before the appositive.
        let mut j = end - 1;
        while j > 0 && !ws[j - 1].text.ends_with(',') {
            j -= 1;
        }
        if j > 0 && end - j <= MAX_SUBJECT_WORDS {
            if let Some(r) = np_core(&ws[..j], true)
                && looks_like_name(&join(&ws[r.0..r.1]))
            {
                return Some(r);
            }
            let trimmed = &ws[..end];
            return np_core(trimmed, true).filter(|r| r.0 >= j);
        }
        return None;
    }
    if last.ends_clause() {
        return None;
    }
    np_core(&ws[..end], false)
}

fn join(ws: &[Word]) -> String {
    ws.iter().map(|w| w.bare).collect::<Vec<_>>().join(" ")
}

/// The phrase at the end of `ws` (whose last word may end with a comma when `comma_ok`).
fn np_core(ws: &[Word], comma_ok: bool) -> Option<(usize, usize)> {
    let n = ws.len();
    let last = ws.get(n.checked_sub(1)?)?;
    if !comma_ok && last.ends_clause() {
        return None;
    }
    if is_pronoun(last.bare) {
        return Some((n - 1, n));
    }
    let is_namey = |w: &Word| {
        is_cap_word(w.bare)
            || crate::data::is_name_particle(w.bare)
            || (is_title(w.bare) && !is_boundary(w.bare))
    };
    if is_cap_word(last.bare) {
        let mut i = n - 1;
        while i > 0 && is_namey(&ws[i - 1]) && !ws[i - 1].ends_clause() && n - i < MAX_SUBJECT_WORDS
        {
            i -= 1;
        }
        if i > 0 && is_determiner(ws[i - 1].bare) && !ws[i - 1].ends_clause() {
            i -= 1;
        }
        while i < n - 1 && is_sentence_adverb(ws[i].bare) {
            i += 1;
        }
        if is_sentence_adverb(ws[i].bare) {
            return None;
        }
        return Some((i, n));
    }
    // A described source: "a spokesman for the ministry", "the influential US daily", "analysts".
    let mut start = None;
    let mut i = n;
    while i > 0 && n - i < MAX_SUBJECT_WORDS {
        let w = ws[i - 1];
        if i < n && w.ends_clause() {
            break;
        }
        if is_boundary(w.bare) && !is_determiner(w.bare) {
            break;
        }
        i -= 1;
        if is_determiner(w.bare) {
            start = Some(i);
            // "a spokesman for the ministry": go on past a preposition.
            if !(i >= 2 && is_preposition(ws[i - 1].bare)) {
                break;
            }
        } else if w.bare.ends_with("’s") || w.bare.ends_with("'s") {
            start = Some(i);
        }
    }
    let start = start.unwrap_or_else(|| i.max(n.saturating_sub(3)));
    (start < n && !is_preposition(ws[start].bare)).then_some((start, n))
}

/// The noun phrase that starts `ws`: "said John Smith, a spokesman" → "John Smith".
fn np_forward(ws: &[Word]) -> Option<(usize, usize)> {
    let first = ws.first()?;
    if is_pronoun(first.bare) {
        return Some((0, 1));
    }
    let mut end = 0;
    for (k, w) in ws.iter().enumerate().take(MAX_SUBJECT_WORDS) {
        let low = w.bare.to_lowercase();
        if k > 0
            && matches!(
                low.as_str(),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "when"
                    | "who"
                    | "which"
                    | "that"
                    | "adding"
                    | "according"
                    | "told"
                    | "about"
                    | "as"
                    | "while"
                    | "last"
                    | "this"
            )
        {
            break;
        }
        if w.text.starts_with('(') {
            break;
        }
        end = k + 1;
        if w.ends_clause() {
            break;
        }
    }
    (end > 0).then_some((0, end))
}

/// An attribution found next to a quote.
#[derive(Debug, Clone, PartialEq)]
struct Attribution {
    mention: String,
    verb: String,
}

fn phrase(s: &str, ws: &[Word], r: (usize, usize)) -> String {
    s[ws[r.0].start..ws[r.1 - 1].end]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| ",;:!?)”\"—–".contains(c))
        .trim_end_matches(|c: char| {
            c == '.' && !is_abbreviation(&s[ws[r.1 - 1].start..ws[r.1 - 1].end])
        })
        .to_string()
}

/// `“…,” X said` / `“…,” said X` / `“…,” according to X`, in the text after a quote.
fn after_quote(post: &str) -> Option<Attribution> {
    let ws = words(post);
    let first = ws.first()?;
    if is_reporting_verb(first.bare) && !is_naming_verb(first.bare) && first.bare != "according" {
        let r = np_forward(&ws[1..])?;
        return Some(Attribution {
            mention: phrase(post, &ws[1..], r),
            verb: first.bare.to_lowercase(),
        });
    }
    for k in 0..ws.len().min(MAX_VERB_DISTANCE + 1) {
        let w = ws[k].bare;
        if w == "according" && ws.get(k + 1).is_some_and(|n| n.bare == "to") {
            let rest = &ws[k + 2..];
            let r = np_forward(rest)?;
            return Some(Attribution {
                mention: phrase(post, rest, r),
                verb: "according to".into(),
            });
        }
        if k > 0 && is_reporting_verb(w) && !is_naming_verb(w) {
            let r = np_backward(&ws[..k])?;
            if r.0 != 0 {
                return None; // something else stands between the quote and the subject
            }
            return Some(Attribution {
                mention: phrase(post, &ws[..k], r),
                verb: w.to_lowercase(),
            });
        }
        if k > 0 && ws[k - 1].text.ends_with(['.', ';']) && !is_abbreviation(ws[k - 1].text) {
            return None;
        }
    }
    None
}

/// `X said: “…”`, `X called it “…”`, `According to X, “…”`, in the sentence before a quote.
fn before_quote(pre: &str) -> Option<Attribution> {
    let ws = words(pre);
    if let Some(k) = ws
        .windows(2)
        .position(|p| p[0].bare.eq_ignore_ascii_case("according") && p[1].bare == "to")
    {
        let rest = &ws[k + 2..];
        if let Some(r) = np_forward(rest) {
            return Some(Attribution {
                mention: phrase(pre, rest, r),
                verb: "according to".into(),
            });
        }
    }
    for k in (1..ws.len()).rev() {
        let w = ws[k].bare;
        if is_reporting_verb(w)
            && w != "according"
            && let Some(r) = np_backward(&ws[..k])
        {
            return Some(Attribution {
                mention: phrase(pre, &ws[..k], r),
                verb: w.to_lowercase(),
            });
        }
    }
    None
}

/// Everything about one quote before speakers are resolved.
struct Found {
    span: Span,
    text: String,
    own: Option<Attribution>,
    attribution: Option<Attribution>,
}

/// Attributes every quoted span in `paras` and resolves its speaker.
pub fn attribute(paras: &[Para], spans: Vec<Span>) -> Vec<Quote> {
    let mut found: Vec<Found> = Vec::with_capacity(spans.len());
    for (i, span) in spans.iter().enumerate() {
        let first = span.first();
        let last = span.last();
        let prev_close = i
            .checked_sub(1)
            .map(|j| &spans[j])
            .filter(|p| p.last().para == first.para)
            .map_or(0, |p| p.close);
        let next_open = spans
            .get(i + 1)
            .filter(|n| n.first().para == last.para)
            .map_or(paras[last.para].text.len(), |n| n.open);
        let pre_text = &paras[first.para].text[prev_close..span.open];
        let pre = &pre_text[sentence_start(pre_text)..];
        let post_text = &paras[last.para].text[span.close.min(next_open)..next_open];
        let post = &post_text[..sentence_end(post_text)];
        let own = after_quote(post).or_else(|| before_quote(pre));
        found.push(Found {
            text: quotes::text(span, paras),
            span: span.clone(),
            attribution: own.clone(),
            own,
        });
    }
    borrow_attributions(&mut found, paras);
    found.retain(|f| {
        let alone = paras[f.span.first().para].text[..f.span.open]
            .trim()
            .is_empty()
            && paras[f.span.last().para].text[f.span.close..]
                .trim()
                .is_empty();
        f.own.is_some()
            || (alone && f.attribution.is_some())
            || f.text.split_whitespace().count() > SCARE_QUOTE_WORDS
    });
    resolve_speakers(found, paras)
}

/// Quotes without an attribution of their own take their neighbour's in the same paragraph,
/// or, standing alone, the previous paragraph's.
fn borrow_attributions(found: &mut [Found], paras: &[Para]) {
    // The next quote with an attribution of its own, for each quote: found in one backward
    // pass, so a paragraph of many unattributed quotes is not searched once per quote.
    let mut next_own = vec![None; found.len()];
    let mut nearest = None;
    for (j, f) in found.iter().enumerate().rev() {
        next_own[j] = nearest;
        if f.own.is_some() {
            nearest = Some(j);
        }
    }
    for i in 0..found.len() {
        if found[i].attribution.is_some() {
            continue;
        }
        let para = found[i].span.first().para;
        let prev = i.checked_sub(1).map(|j| &found[j]);
        let same_para_prev = prev.filter(|p| p.span.last().para == para && p.attribution.is_some());
        let same_para_next = next_own[i]
            .map(|j| &found[j])
            .filter(|n| n.span.first().para == para);
        let stands_alone = paras[para].text[..found[i].span.open].trim().is_empty();
        let prev_para = prev
            .filter(|p| stands_alone && p.span.last().para + 1 == para && p.attribution.is_some());
        let borrowed = same_para_prev
            .or(same_para_next)
            .or(prev_para)
            .and_then(|f| f.attribution.clone())
            .or_else(|| introduced_by_previous(paras, para).filter(|_| stands_alone));
        found[i].attribution = borrowed;
    }
}

/// "McCrummen reports:" closing the previous paragraph introduces a quote-only paragraph.
fn introduced_by_previous(paras: &[Para], para: usize) -> Option<Attribution> {
    let prev = paras.get(para.checked_sub(1)?)?;
    let text = prev.text.trim_end();
    let body = text.strip_suffix(':')?;
    before_quote(&body[sentence_start(body)..])
}

fn resolve_speakers(found: Vec<Found>, paras: &[Para]) -> Vec<Quote> {
    let names = full_names(&paras.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>());
    let mut last_speaker: Option<(String, usize)> = None;
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let para = f.span.first().para;
        let (mention, verb, speaker) = match f.attribution {
            None => (None, None, None),
            Some(a) => {
                let speaker = if is_pronoun(&a.mention) {
                    last_speaker
                        .as_ref()
                        .filter(|(_, p)| para <= p + PRONOUN_REACH)
                        .map(|(s, _)| s.clone())
                        .or_else(|| last_name_before(paras, para, f.span.open))
                        .unwrap_or_else(|| a.mention.clone())
                } else {
                    resolve(&a.mention, &names)
                        .map_or_else(|| strip_titles(&a.mention).to_string(), str::to_string)
                };
                (Some(a.mention), Some(a.verb), Some(speaker))
            }
        };
        if let (Some(s), Some(m)) = (&speaker, &mention)
            && (!is_pronoun(m) || last_speaker.is_some())
        {
            last_speaker = Some((s.clone(), para));
        }
        let last = f.span.last();
        let start = paras[para].input_offset(f.span.first().start);
        let end = paras[last.para].input_offset(last.end);
        out.push(Quote {
            text: f.text,
            speaker,
            mention,
            verb,
            paragraph: para,
            start,
            end,
        });
    }
    out
}

/// The last full name written before `offset` in this or the previous paragraph (within
/// [`NAME_LOOKBACK`] bytes of each).
fn last_name_before(paras: &[Para], para: usize, offset: usize) -> Option<String> {
    let here = &paras[para].text[..offset];
    full_names(&[tail(here)])
        .pop()
        .or_else(|| full_names(&[tail(&paras.get(para.checked_sub(1)?)?.text)]).pop())
}

/// How far back a pronoun looks for a name. A bound, so that many pronoun-attributed quotes in
/// one huge paragraph (a page without paragraph breaks) cost linear time, not quadratic.
const NAME_LOOKBACK: usize = 1000;

/// The end of `s`: its last [`NAME_LOOKBACK`] bytes, cut at white space.
fn tail(s: &str) -> &str {
    if s.len() <= NAME_LOOKBACK {
        return s;
    }
    let mut cut = s.len() - NAME_LOOKBACK;
    while !s.is_char_boundary(cut) {
        cut += 1;
    }
    let rest = &s[cut..];
    rest.find(char::is_whitespace).map_or("", |i| &rest[i..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn quotes(input: &str) -> Vec<(String, Option<String>, Option<String>, Option<String>)> {
        let lines = split(input);
        let paras: Vec<Para> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.is_blank())
            .map(|(i, l)| Para::from_line(l, i))
            .collect();
        let spans = quotes::find(&paras);
        attribute(&paras, spans)
            .into_iter()
            .map(|q| (q.text, q.speaker, q.mention, q.verb))
            .collect()
    }

    #[test]
    fn attributions() {
        // (input, [(text, speaker, mention, verb)])
        type Row<'a> = (&'a str, &'a [(&'a str, &'a str, &'a str, &'a str)]);
        let rows: &[Row] = &[
            (
                "Vladimir Putin arrived.\n\n“We will talk,” Putin said.",
                &[("We will talk", "Vladimir Putin", "Putin", "said")],
            ),
            (
                "Vladimir Putin arrived.\n\n“We will talk,” said Putin.",
                &[("We will talk", "Vladimir Putin", "Putin", "said")],
            ),
            (
                "“We will talk,” said John Smith, a spokesman for the ministry.",
                &[("We will talk", "John Smith", "John Smith", "said")],
            ),
            (
                "John Smith said: “We will talk.”",
                &[("We will talk.", "John Smith", "John Smith", "said")],
            ),
            (
                "John Smith said, “We will talk.”",
                &[("We will talk.", "John Smith", "John Smith", "said")],
            ),
            (
                "“We will talk,” the influential US daily said.",
                &[(
                    "We will talk",
                    "the influential US daily",
                    "the influential US daily",
                    "said",
                )],
            ),
            (
                "“We will talk,” a senior official told reporters.",
                &[(
                    "We will talk",
                    "a senior official",
                    "a senior official",
                    "told",
                )],
            ),
            (
                "The deal is off, according to Jane Roe.\n\n“It is over,” according to Jane Roe.",
                &[("It is over", "Jane Roe", "Jane Roe", "according to")],
            ),
            (
                "Jane Roe spoke.\n\n“A,” she said, “B.”",
                &[
                    ("A", "Jane Roe", "she", "said"),
                    ("B.", "Jane Roe", "she", "said"),
                ],
            ),
            (
                "“First,” Jane Roe said.\n\n“Second.”",
                &[
                    ("First", "Jane Roe", "Jane Roe", "said"),
                    ("Second.", "Jane Roe", "Jane Roe", "said"),
                ],
            ),
            (
                "Jane Roe called the plan “a disaster.”",
                &[("a disaster.", "Jane Roe", "Jane Roe", "called")],
            ),
            ("The so-called “friendship” is new.", &[]),
            (
                "Smith has warned: “Winter is coming.”",
                &[("Winter is coming.", "Smith", "Smith", "warned")],
            ),
            (
                "Kim Jong-un arrived.\n\n“It went well,” he added.",
                &[("It went well", "Kim Jong-un", "he", "added")],
            ),
        ];
        for (input, want) in rows {
            let got = quotes(input);
            let want: Vec<_> = want
                .iter()
                .map(|(t, s, m, v)| {
                    (
                        t.to_string(),
                        Some(s.to_string()),
                        Some(m.to_string()),
                        Some(v.to_string()),
                    )
                })
                .collect();
            assert_eq!(got, want, "input {input:?}");
        }
    }
}
