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
use crate::data::{Gender, VerbForm, is_naming_verb, is_pronoun, is_title, is_verb_modifier};
use crate::names::{NameIndex, compatible, is_cap_word, strip_titles};
use crate::quotes::{self, Span};

/// Quotes of at most this many words need an attribution in their own sentence to count.
const SCARE_QUOTE_WORDS: usize = 2;
/// How many words an attribution's subject may have.
const MAX_SUBJECT_WORDS: usize = 8;
/// How far after a quote the reporting verb may stand: `“…,” the influential US daily said`.
const MAX_VERB_DISTANCE: usize = 9;
/// How long an appositive between a name and its verb may be: `X, who …, said`.
const MAX_APPOSITIVE_WORDS: usize = 20;
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
            | "Or"
            | "Because"
            | "Since"
            | "Even"
            | "Only"
            | "Even so"
            | "Still,"
            | "Plus"
            | "Nor"
            | "Of"
            | "For"
            | "From"
            | "To"
            | "With"
            | "Without"
            | "By"
            | "During"
            | "Under"
            | "Over"
            | "Unlike"
            | "Like"
            | "Despite"
            | "Following"
            | "Until"
            | "Once"
            | "Tonight"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
    )
}

/// Words that open an introductory phrase ("In a statement, …", "Speaking to reporters, …").
fn opens_intro(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "when"
            | "while"
            | "as"
            | "during"
            | "since"
            | "following"
            | "speaking"
            | "asked"
            | "although"
            | "though"
            | "if"
            | "despite"
            | "with"
            | "without"
            | "for"
            | "addressing"
            | "writing"
            | "responding"
            | "from"
            | "under"
            | "by"
            | "last"
            | "earlier"
            | "later"
            | "but"
            | "and"
            | "still"
            | "yet"
            | "so"
            | "however"
            | "meanwhile"
            | "instead"
            | "now"
            | "then"
            | "once"
            | "unlike"
            | "like"
            | "to"
            | "of"
            | "because"
            | "until"
            | "even"
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
            | "five"
            | "six"
            | "multiple"
            | "numerous"
    )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "of" | "for"
            | "at"
            | "from"
            | "with"
            | "in"
            | "on"
            | "to"
            | "by"
            | "about"
            | "into"
            | "than"
            | "like"
            | "over"
            | "after"
            | "before"
            | "during"
            | "against"
            | "among"
            | "through"
    )
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

/// Words that cannot be inside a speaker's noun phrase.
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
            | "what"
            | "so"
            | "how"
            | "why"
            | "then"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "can"
            | "may"
            | "might"
            | "must"
            | "did"
            | "does"
            | "do"
            | "there"
            | "here"
            | "it’s"
            | "it's"
            | "to"
            | "also"
            | "even"
            | "just"
            | "only"
            | "too"
            | "very"
            | "said"
            | "says"
            | "told"
            | "by"
            | "about"
            | "into"
            | "out"
            | "up"
            | "down"
            | "off"
            | "now"
            | "never"
            | "ever"
            | "again"
            | "still"
            | "this"
            | "these"
            | "those"
    )
}

fn is_name_word(w: &Word) -> bool {
    is_cap_word(w.bare)
        || crate::data::is_name_particle(w.bare)
        || (is_title(w.bare) && !is_boundary(w.bare))
}

/// Is `ws` a plausible speaker: a pronoun, a name, or a described source ("a senior official",
/// "the influential US daily", "Democratic officials")?
fn valid_subject(ws: &[Word]) -> bool {
    let n = ws.len();
    if n == 0 || n > MAX_SUBJECT_WORDS {
        return false;
    }
    if n == 1 && is_pronoun(ws[0].bare) {
        return true;
    }
    if is_sentence_adverb(ws[0].bare)
        || ws
            .iter()
            .skip(1)
            .any(|w| is_boundary(w.bare) && !is_determiner(w.bare))
    {
        return false;
    }
    let last = ws[n - 1];
    if is_preposition(last.bare)
        || is_determiner(last.bare)
        || is_pronoun(last.bare)
        || is_boundary(last.bare)
    {
        return false;
    }
    if crate::data::month_number(last.bare).is_some() && n == 1 {
        return false;
    }
    let first = ws[0];
    if ws.iter().all(is_name_word)
        || (first.bare.eq_ignore_ascii_case("the") && ws[1..].iter().all(is_name_word))
    {
        return true;
    }
    if is_determiner(first.bare) && !first.bare.eq_ignore_ascii_case("this")
        || is_possessive(first.text)
    {
        return true;
    }
    // A bare plural ("analysts", "Democratic officials", "U.S. officials").
    n <= 3
        && last.bare.ends_with('s')
        && !last.bare.ends_with("ss")
        && last.bare.chars().all(char::is_lowercase)
}

/// The noun phrase that ends `ws`, skipping auxiliaries and adverbs before the verb.
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
        if j == 0 || end - j > MAX_APPOSITIVE_WORDS {
            return None;
        }
        if let Some(r) = np_core(&ws[..j]) {
            return Some(r);
        }
        return np_core(&ws[j..end])
            .filter(|r| r.0 == 0)
            .map(|r| (r.0 + j, r.1 + j));
    }
    if last.ends_clause() {
        return None;
    }
    np_core(&ws[..end])
}

/// The phrase at the end of `ws` (its last word may end with a comma).
fn np_core(ws: &[Word]) -> Option<(usize, usize)> {
    let n = ws.len();
    let last = ws.get(n.checked_sub(1)?)?;
    if is_pronoun(last.bare) {
        return Some((n - 1, n));
    }
    let mut i = n - 1;
    if is_cap_word(last.bare) {
        while i > 0
            && is_name_word(&ws[i - 1])
            && !ws[i - 1].ends_clause()
            && n - i < MAX_SUBJECT_WORDS
        {
            i -= 1;
        }
    } else {
        // A described source: "a spokesman for the ministry", "the influential US daily".
        let mut start = None;
        while i > 0 && n - i < MAX_SUBJECT_WORDS {
            let w = ws[i - 1];
            if w.ends_clause() || (is_boundary(w.bare) && !is_determiner(w.bare)) {
                break;
            }
            i -= 1;
            if is_determiner(w.bare) || is_possessive(w.text) {
                start = Some(i);
                // "a spokesman for the ministry": go on past a preposition.
                if !(i >= 2 && matches!(ws[i - 1].bare, "of" | "for" | "at" | "from" | "with")) {
                    break;
                }
            }
        }
        i = start.unwrap_or_else(|| (n - 1).max(i));
        // "Hillary Clinton’s campaign": take the whole name before a possessive.
        while i > 0
            && is_possessive(ws[i].text)
            && is_name_word(&ws[i - 1])
            && !ws[i - 1].ends_clause()
        {
            i -= 1;
        }
    }
    if i > 0 && is_determiner(ws[i - 1].bare) && !ws[i - 1].ends_clause() && is_cap_word(ws[i].bare)
    {
        i -= 1;
    }
    while i < n - 1 && is_sentence_adverb(ws[i].bare) {
        i += 1;
    }
    valid_subject(&ws[i..n]).then_some((i, n))
}

/// The noun phrase that starts `ws`: "said John Smith, a spokesman" → "John Smith".
fn np_forward(ws: &[Word]) -> Option<(usize, usize)> {
    let first = ws.first()?;
    if is_pronoun(first.bare) {
        return Some((0, 1));
    }
    let mut end = 0;
    for (k, w) in ws.iter().enumerate().take(MAX_SUBJECT_WORDS) {
        if k > 0
            && (w.text.starts_with('(')
                || stops_forward(w.bare)
                || reporting_verb(w.bare).is_some())
        {
            break;
        }
        end = k + 1;
        if w.ends_clause() {
            break;
        }
    }
    valid_subject(&ws[..end]).then_some((0, end))
}

fn stops_forward(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "in" | "on"
            | "at"
            | "during"
            | "after"
            | "before"
            | "when"
            | "who"
            | "which"
            | "that"
            | "according"
            | "about"
            | "as"
            | "while"
            | "last"
            | "this"
            | "to"
            | "because"
            | "if"
            | "since"
            | "is"
            | "was"
            | "has"
            | "had"
            | "and"
            | "but"
            | "earlier"
            | "later"
            | "recently"
            | "yesterday"
            | "today"
            | "tonight"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "with"
            | "by"
            | "into"
            | "than"
            | "via"
            | "through"
    )
}

/// The subject that opens the sentence `ws`, past an introductory phrase ("In a statement,
/// the ministry said …", "Speaking to reporters, Smith said …").
fn sentence_subject(ws: &[Word]) -> Option<(usize, usize)> {
    let mut i = 0;
    if ws.first().is_some_and(|w| opens_intro(w.bare)) {
        i = ws.iter().take(25).position(|w| w.text.ends_with(','))? + 1;
    }
    let rest = &ws[i..];
    let first = rest.first()?;
    let end = if is_pronoun(first.bare) {
        1
    } else if is_cap_word(first.bare) {
        rest.iter()
            .take_while(|w| is_name_word(w))
            .take(MAX_SUBJECT_WORDS)
            .count()
            .max(1)
    } else {
        rest.iter()
            .take(MAX_SUBJECT_WORDS)
            .position(|w| {
                is_boundary(w.bare) || is_verb_modifier(w.bare) || reporting_verb(w.bare).is_some()
            })
            .unwrap_or(0)
    };
    let mut end = end.min(rest.len());
    // "Hillary Clinton’s campaign": a possessive name heads a described source.
    if end > 0 && end < rest.len() && is_possessive(rest[end - 1].text) {
        end += rest[end..]
            .iter()
            .take(3)
            .take_while(|w| {
                !is_boundary(w.bare)
                    && !is_verb_modifier(w.bare)
                    && reporting_verb(w.bare).is_none()
            })
            .count();
    }
    let r = (i, i + end);
    (end > 0 && valid_subject(&ws[r.0..r.1]) && !ws[r.1 - 1].ends_clause()
        || end == 1 && is_pronoun(first.bare))
    .then_some(r)
}

/// A reporting verb as written in running text: lower case ("States" and "Post" are names).
fn reporting_verb(word: &str) -> Option<(VerbForm, &'static str)> {
    word.starts_with(char::is_lowercase)
        .then(|| crate::data::reporting_verb(word))
        .flatten()
}

/// An attribution found next to a quote.
#[derive(Debug, Clone, PartialEq)]
struct Attribution {
    mention: String,
    verb: String,
}

fn phrase(s: &str, ws: &[Word], r: (usize, usize)) -> String {
    let last = ws[r.1 - 1];
    s[ws[r.0].start..last.end]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches(|c: char| ",;:!?)”\"—–".contains(c))
        .trim_end_matches(|c: char| c == '.' && !is_abbreviation(last.text))
        .to_string()
}

fn attribution(s: &str, ws: &[Word], r: (usize, usize), verb: &str) -> Attribution {
    Attribution {
        mention: phrase(s, ws, r),
        verb: verb.to_lowercase(),
    }
}

/// Is the word at `k` a finite reporting verb (not a participle or an infinitive)?
fn finite_verb(ws: &[Word], k: usize) -> Option<&'static str> {
    let (form, base) = reporting_verb(ws[k].bare)?;
    let prev = k.checked_sub(1).map(|j| ws[j].bare.to_lowercase());
    let prev = prev.as_deref();
    match form {
        VerbForm::Ing => {
            matches!(prev, Some("is" | "was" | "are" | "were" | "been" | "be")).then_some(base)
        }
        VerbForm::Base => (!matches!(prev, Some("to"))).then_some(base),
        _ => Some(base),
    }
}

/// `“…,” X said` / `“…,” said X` / `“…,” according to X`, in the text after a quote.
fn after_quote(post: &str) -> Option<Attribution> {
    let ws = words(post);
    let first = ws.first()?;
    if let Some((VerbForm::Past | VerbForm::Third, base)) = reporting_verb(first.bare)
        && !is_naming_verb(base)
    {
        let r = np_forward(&ws[1..])?;
        return Some(attribution(post, &ws[1..], r, first.bare));
    }
    for k in 0..ws.len().min(MAX_VERB_DISTANCE + 1) {
        if k > 0
            && ws[k - 1]
                .text
                .trim_end_matches(['”', '"'])
                .ends_with(['.', ';', '?', '!'])
            && !is_abbreviation(ws[k - 1].text)
        {
            return None;
        }
        if ws[k].bare.eq_ignore_ascii_case("according")
            && ws.get(k + 1).is_some_and(|n| n.bare == "to")
        {
            let rest = &ws[k + 2..];
            let r = np_forward(rest)?;
            return Some(attribution(post, rest, r, "according to"));
        }
        if k > 0
            && let Some(base) = finite_verb(&ws, k)
            && !is_naming_verb(base)
        {
            let r = np_backward(&ws[..k])?;
            // Nothing else may stand between the quote and the subject.
            return (r.0 == 0).then(|| attribution(post, &ws[..k], r, ws[k].bare));
        }
    }
    None
}

/// `X said: “…”`, `X called it “…”`, `According to X, “…”`, `X says there is a “…”`, in the
/// sentence before a quote.
fn before_quote(pre: &str) -> Option<Attribution> {
    let ws = words(pre);
    if let Some(k) = ws
        .windows(2)
        .position(|p| p[0].bare.eq_ignore_ascii_case("according") && p[1].bare == "to")
    {
        let rest = &ws[k + 2..];
        if let Some(r) = np_forward(rest) {
            return Some(attribution(pre, rest, r, "according to"));
        }
    }
    let mut clause_verb = None;
    for k in (0..ws.len()).rev() {
        let Some((_, _)) = reporting_verb(ws[k].bare) else {
            continue;
        };
        if ws[k].bare.eq_ignore_ascii_case("according") {
            continue;
        }
        if finite_verb(&ws, k).is_none() {
            // "…, saying “…”": the subject is the clause's, further left.
            clause_verb.get_or_insert(k);
            continue;
        }
        if k > 0
            && let Some(r) = np_backward(&ws[..k])
        {
            return Some(attribution(pre, &ws[..k], r, ws[k].bare));
        }
        clause_verb.get_or_insert(k);
    }
    let k = clause_verb?;
    let r = sentence_subject(&ws[..k])?;
    Some(attribution(pre, &ws, r, ws[k].bare))
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
    for i in 0..found.len() {
        if found[i].attribution.is_some() {
            continue;
        }
        let para = found[i].span.first().para;
        let prev = i.checked_sub(1).map(|j| &found[j]);
        let same_para_prev = prev.filter(|p| p.span.last().para == para && p.attribution.is_some());
        let same_para_next = found[i + 1..]
            .iter()
            .take_while(|n| n.span.first().para == para)
            .find(|n| n.own.is_some());
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
    let index = NameIndex::build(&paras.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>());
    let mut last_speaker: Option<(String, usize)> = None;
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let para = f.span.first().para;
        let (mention, verb, speaker) = match f.attribution {
            None => (None, None, None),
            Some(a) => {
                let speaker = if is_pronoun(&a.mention) {
                    resolve_pronoun(&a.mention, &index, last_speaker.as_ref(), para, f.span.open)
                } else {
                    index
                        .resolve(&a.mention)
                        .map_or_else(|| strip_titles(&a.mention).to_string(), |p| p.name.clone())
                };
                (Some(a.mention), Some(a.verb), Some(speaker))
            }
        };
        if let (Some(s), Some(m)) = (&speaker, &mention)
            && !is_pronoun(s)
            && !m.is_empty()
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

/// "he" is the last speaker if he can be (not a place, not a woman), else the last man
/// mentioned shortly before; "they", "it" and "we" are the last speaker.
fn resolve_pronoun(
    pronoun: &str,
    index: &NameIndex,
    last: Option<&(String, usize)>,
    para: usize,
    offset: usize,
) -> String {
    let gender = match pronoun.to_lowercase().as_str() {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    };
    let recent = last
        .filter(|(_, p)| para <= p + PRONOUN_REACH)
        .map(|(s, _)| s.as_str());
    if gender.is_none() {
        return recent.unwrap_or(pronoun).to_string();
    }
    let fits = |s: &&str| {
        let person = index.resolve(s);
        person.is_none_or(|p| p.could_be_person()) && compatible(index.gender(s), gender)
    };
    recent
        .filter(fits)
        .or_else(|| {
            index
                .last_person_before(para, offset, para.saturating_sub(2), gender)
                .map(|p| p.name.as_str())
        })
        .or(recent)
        .unwrap_or(pronoun)
        .to_string()
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
