//! Stage 6: who said it. For each quoted span, takes the attribution next to it (see
//! `attribution`). Quotes with none of their own take the one next to them in the paragraph,
//! or, standing alone, the previous paragraph's. Mentions are then resolved: a surname or
//! title to the full name the article gives ("Putin" → "Vladimir Putin"), a pronoun to the last
//! speaker it can refer to. Short quoted terms with no attribution in their sentence are scare
//! quotes, not speech, and are dropped.

use crate::article::Quote;
use crate::attribution::{
    Attribution, Scratch, after_quote, bare, before_quote, dash_credit, introducing, is_determiner,
    last_sentence, possessive_name, sentence_end, sentence_start, subject_of,
};
use crate::blocks::Para;
use crate::data::{
    BUTTON_VERBS, Gender, LIST_JOINTS, RELATION_PREPOSITIONS, SPEECH_NOUNS, TERM_INTRODUCERS,
    WORK_NOUNS, WordSet, is_in, is_pronoun,
};
use crate::names::{NameIndex, Person, compatible, gender_of, name_part, strip_titles};
use crate::quotes::{self, Span};
use std::cell::OnceCell;
use std::sync::LazyLock;

/// Asked of the words before most quotes with no attribution: a set, not a scan.
static SPEECH_NOUNS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SPEECH_NOUNS));

/// How far back a quote's sentence is looked for: longer "sentences" are cut, which keeps the
/// work per quote bounded in a paragraph of a million quote marks.
const MAX_SENTENCE_BYTES: usize = 600;
/// Quotes of at most this many words need an attribution in their own sentence to count.
const SCARE_QUOTE_WORDS: usize = 2;
/// Unattributed quotes in title case up to this long are names of things, not speech.
const MAX_TITLE_WORDS: usize = 5;
/// A quote with no attribution at all takes the one quoted at most this many paragraphs before.
const FALLBACK_REACH: usize = 2;
/// A pronoun refers to a speaker quoted at most this many paragraphs earlier.
const PRONOUN_REACH: usize = 4;

/// Everything about one quote before speakers are resolved.
struct Found {
    span: Span,
    text: String,
    own: Option<Attribution>,
    /// The attribution taken from a neighbour, for a quote without one of its own.
    borrowed: Option<Attribution>,
    /// Where the quote's sentence starts in its paragraph, to find the name or description
    /// that opens it when a pronoun needs one ("Clinton says she …").
    head_start: usize,
    /// The subject that opens the quote's sentence, once asked (`subject`).
    subject: OnceCell<Option<String>>,
}

impl Found {
    /// The quote's attribution: its own, else the one it borrowed.
    fn attribution(&self) -> Option<&Attribution> {
        self.own.as_ref().or(self.borrowed.as_ref())
    }

    /// The quote's sentence up to the quote.
    fn head<'p>(&self, paras: &'p [Para]) -> &'p str {
        &paras[self.span.first().para].text[self.head_start..self.span.open]
    }

    /// The subject that opens the quote's sentence (`subject_of` its head): asked by the
    /// borrowing and by pronouns, and read once.
    fn subject<'p>(&self, paras: &'p [Para], scratch: &mut Scratch<'p>) -> Option<&str> {
        self.subject
            .get_or_init(|| subject_of(self.head(paras), scratch))
            .as_deref()
    }
}

/// Attributes every quoted span in `paras` and resolves its speaker.
pub fn attribute(paras: &[Para], spans: Vec<Span>) -> Vec<Quote> {
    let mut found: Vec<Found> = Vec::with_capacity(spans.len());
    let mut scratch = Scratch::default();
    // Each span moves into its quote's `Found`: the one before it is the last found.
    let mut spans = spans.into_iter().peekable();
    while let Some(span) = spans.next() {
        let first = span.first();
        let last = span.last();
        let prev_close = found
            .last()
            .map(|p| &p.span)
            .filter(|p| p.last().para == first.para)
            .map_or(0, |p| p.close);
        let next_open = spans
            .peek()
            .filter(|n| n.first().para == last.para)
            .map_or(paras[last.para].text.len(), |n| n.open);
        let pre_text = &paras[first.para].text[prev_close..span.open];
        let pre_sentence = last_sentence(pre_text);
        let pre = &pre_text[pre_sentence.map_or(0, |(start, _)| start)..];
        let post_text = &paras[last.para].text[span.close.min(next_open)..next_open];
        let post = &post_text[..sentence_end(post_text)];
        let head_text = tail(&paras[first.para].text[..span.open], MAX_SENTENCE_BYTES);
        // Mostly the same text as `pre_text` (no quote before it in a short paragraph), or one
        // that ends with it where the sentence before `pre` ends with a whole word in it: then
        // the same sentence (see `last_sentence`).
        let head = if head_text.len() == pre_text.len()
            || (head_text.len() > pre_text.len() && pre_sentence.is_some_and(|(_, word)| word > 0))
        {
            pre
        } else {
            &head_text[sentence_start(head_text)..]
        };
        let text = quotes::text(&span, paras);
        let ended = text.ends_with(['.', '!', '?']);
        // "X said: “…”": a verb right before the quote outranks a clause after it; otherwise
        // the text after the quote comes first. "Trump called Bush a “liar” and a “whiner”":
        // the verb may stand before an earlier quote in the same sentence. The sentence before
        // is read only when its answer can count: most quotes are attributed after the quote.
        let verb_before = verb_ends(pre);
        let before = verb_before
            .then(|| before_quote(pre, head, &mut scratch))
            .flatten();
        // "“…” ¶ - Jane Roe.": a credit on its own line under the quotation.
        let credit_line = || {
            post_text
                .trim()
                .is_empty()
                .then(|| paras.get(last.para + 1))
                .flatten()
                .and_then(|p| dash_credit(&p.text))
        };
        let own = if before.is_some() {
            before
        } else {
            after_quote(post, ended, &mut scratch)
                .or_else(|| dash_credit(post))
                // (Asked already, with no answer, where `pre` ends with a verb.)
                .or_else(|| {
                    (!verb_before)
                        .then(|| before_quote(pre, head, &mut scratch))
                        .flatten()
                })
                .or_else(|| {
                    (head.len() > pre.len())
                        .then(|| before_quote(head, head, &mut scratch))
                        .flatten()
                })
                .or_else(credit_line)
                .or_else(|| characterized(pre, head, &mut scratch))
                .or_else(|| {
                    // "as “provocative” and a “grave threat”": a quote listed with the one
                    // before it shares its attribution.
                    let prev = found.last().filter(|p| p.span.last().para == first.para)?;
                    listed_after(pre_text).then(|| prev.own.clone()).flatten()
                })
        };
        let head_start = span.open - head.len();
        let unattributed = own.is_none();
        found.push(Found {
            text,
            span,
            borrowed: None,
            own,
            head_start,
            subject: OnceCell::new(),
        });
        // A quote with no attribution of its own borrows one, and asks its sentence's subject
        // first: asked now, while the buffer holds that sentence's words (the last rules above
        // read them), it reads no word again.
        if unattributed && let Some(f) = found.last() {
            f.subject(paras, &mut scratch);
        }
    }
    borrow_attributions(&mut found, paras);
    found.retain(|f| {
        let first = &paras[f.span.first().para].text;
        let last = &paras[f.span.last().para].text;
        let (before, after) = (&first[..f.span.open], &last[f.span.close..]);
        // (Asked only of a quote with no attribution of its own.)
        let alone = || before.trim().is_empty() && after.trim().is_empty();
        // The cheapest test first: the programme title's, which reads the word before every
        // quote, goes last.
        (f.own.is_some() || (f.attribution().is_some() && alone()) || !is_scare_quote(&f.text))
            && !is_nickname(before, &f.text, after)
            && !is_programme_title(before, &f.text)
    });
    resolve_speakers(found, paras)
}

/// Is the text between two quotes only a list's joint: ", ", " and a ", " or "?
fn listed_after(between: &str) -> bool {
    let mut words = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    // (Counted no further than four: the text between two quotes may be long.)
    !between.trim().is_empty()
        && words.clone().take(4).count() <= 3
        && words.all(|w| is_in(LIST_JOINTS, w))
}

/// `Roe has been pounding Trump as a “con artist”`, `admires Putin as a “strong leader”`: a
/// term that characterizes something "as" the sentence's subject sees it is the subject's.
fn characterized<'a>(pre: &str, head: &'a str, scratch: &mut Scratch<'a>) -> Option<Attribution> {
    let t = pre.trim_end();
    let as_a = !t.is_empty()
        && TERM_INTRODUCERS
            .iter()
            .any(|e| t.strip_suffix(e).is_some_and(|r| r.ends_with(' ')));
    let mention = if as_a {
        subject_of(head, scratch)?
    } else {
        speech_owner(t).or_else(|| possessor(t))?
    };
    Some(Attribution::without_verb(mention))
}

/// `Romney’s “47 percent” comment`: the name whose term it is, right before the quote.
fn possessor(pre: &str) -> Option<String> {
    possessive_name(pre.rsplit(char::is_whitespace).next()?, false).map(str::to_string)
}

/// `Sanders’s call for a “revolution”`, `Trump’s claim that there were “thousands”`: the
/// owner of a word for speech shortly before the quote.
fn speech_owner(pre: &str) -> Option<String> {
    let words: Vec<&str> = pre.split_whitespace().rev().take(8).collect();
    let k = words.iter().position(|w| SPEECH_NOUNS_SET.has(bare(w)))?;
    // The owner, past one adjective: "Sanders’s clarion call".
    words[k + 1..]
        .iter()
        .take(2)
        .find_map(|w| possessive_name(w, true))
        .map(str::to_string)
}

/// The last `max` bytes of `s` or fewer, cut at a character boundary.
fn tail(s: &str, max: usize) -> &str {
    let mut at = s.len().saturating_sub(max);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    &s[at..]
}

/// Does `pre` end with a reporting verb and a colon or comma ("Smith said: ", "he added, ")?
fn verb_ends(pre: &str) -> bool {
    let t = pre.trim_end();
    t.ends_with([':', ','])
        && t.trim_end_matches([':', ','])
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| crate::attribution::verb_form(w).is_some())
}

/// Is the quote the title of a programme or a work named after its owner or a preposition:
/// `on NBC’s “Meet the Press”`, `her memoir, “Tough Choices.”`?
fn is_programme_title(before: &str, text: &str) -> bool {
    let prev = last_token(before);
    let owner = prev.ends_with("’s") || prev.ends_with("'s") || is_in(&["on", "of", "show"], prev);
    // "her memoir, “Tough Choices”", "Roe's commentary, “Tell your story,”": a work's title.
    let work = prev.strip_suffix(',').is_some_and(|w| is_in(WORK_NOUNS, w));
    // "click “sign up”": a button's label.
    let button = is_in(BUTTON_VERBS, prev);
    if !(owner || work || button) {
        return false; // most quotes: the text need not be split
    }
    // Only the first words matter: no title is longer than this.
    let words: Vec<&str> = text
        .split_whitespace()
        .take(2 * MAX_TITLE_WORDS + 1)
        .collect();
    if work && words.len() <= 2 * MAX_TITLE_WORDS {
        return true;
    }
    button || (owner && words.len() <= MAX_TITLE_WORDS && is_title_case(words))
}

/// The last white-space separated word of `s` (`s.trim_end().rsplit(char::is_whitespace)`'s
/// first), found from the end by bytes; "" when there is none.
fn last_token(s: &str) -> &str {
    let t = s.trim_end();
    &t[crate::lines::token_start(t, t.len())..]
}

/// Is the quote a nickname inside a name: `Marcia “Cia” Price`?
fn is_nickname(before: &str, text: &str, after: &str) -> bool {
    let cap = |w: Option<&str>| w.is_some_and(crate::names::is_cap_word);
    // The spaces around it first: most quotes are turned away before their text is read.
    before.ends_with(' ')
        && after.starts_with(' ')
        && cap(Some(text))
        && !text.contains(char::is_whitespace)
        && cap(before.split_whitespace().next_back())
        && cap(after.split_whitespace().next())
}

/// Are all words of four letters or more capitalized ("Face the Nation")?
fn is_title_case<'t>(words: impl IntoIterator<Item = &'t str>) -> bool {
    words.into_iter().all(|w| {
        w.chars().count() < 4 || w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic())
    })
}

/// Does a quote with no attribution of its own read as a term set off in quote marks rather
/// than speech: one or two words, or a short title ("Make America Great Again"), that do not
/// end a sentence or clause?
fn is_scare_quote(text: &str) -> bool {
    if text.ends_with(['.', '!', '?', ',', '…']) {
        return false;
    }
    // Only the first words matter: a longer quote is no title. (Counted, then read again
    // only when there are few: nothing is collected.)
    let n = crate::lines::count_words(text, MAX_TITLE_WORDS + 1);
    n <= SCARE_QUOTE_WORDS || (n <= MAX_TITLE_WORDS && is_title_case(text.split_whitespace()))
}

/// Quotes without an attribution of their own take their neighbour's in the same paragraph,
/// or, standing alone, the previous paragraph's.
fn borrow_attributions(found: &mut [Found], paras: &[Para]) {
    // The next quote in the same paragraph with an attribution of its own, for each quote
    // (one sweep from the end, so a paragraph of a million quotes stays linear).
    let mut next_own = vec![None; found.len()];
    for i in (0..found.len().saturating_sub(1)).rev() {
        let n = &found[i + 1];
        if n.span.first().para == found[i].span.first().para {
            next_own[i] = if n.own.is_some() {
                Some(i + 1)
            } else {
                next_own[i + 1]
            };
        }
    }
    let mut last_attributed: Option<usize> = None;
    let mut scratch = Scratch::default();
    for i in 0..found.len() {
        if found[i].own.is_none() {
            found[i].borrowed =
                borrowed(found, paras, i, next_own[i], last_attributed, &mut scratch);
        }
        if found[i].attribution().is_some() {
            last_attributed = Some(i);
        }
    }
}

/// The attribution quote `i` borrows: its neighbour's in the paragraph, the sentence's before
/// it, the previous paragraph's, or, last, the speaker quoted a paragraph or two before.
fn borrowed<'p>(
    found: &[Found],
    paras: &'p [Para],
    i: usize,
    next_own: Option<usize>,
    last: Option<usize>,
    scratch: &mut Scratch<'p>,
) -> Option<Attribution> {
    let para = found[i].span.first().para;
    let before = tail(&paras[para].text[..found[i].span.open], MAX_SENTENCE_BYTES).trim_end();
    let prev = i.checked_sub(1).map(|j| &found[j]);
    let same_para_prev = prev.filter(|p| p.span.last().para == para && p.attribution().is_some());
    let stands_alone =
        before.is_empty() && paras[para].text[..found[i].span.open].trim().is_empty();
    let prev_para = prev
        .filter(|p| stands_alone && p.span.last().para + 1 == para && p.attribution().is_some());
    // "Jane Roe, the director, said in a statement. “There are …”": the sentence before.
    let previous_sentence = |scratch: &mut Scratch<'p>| {
        let opens_sentence = !before.is_empty() && found[i].head_start == found[i].span.open;
        opens_sentence
            .then(|| introducing(before, scratch))
            .flatten()
    };
    // "Jane Roe ripped the plan as “a disaster”": the name that opens the quote's sentence.
    let named_subject = |scratch: &mut Scratch<'p>| {
        found[i]
            .subject(paras, scratch)
            .filter(|s| {
                is_in(&["he", "she"], s)
                    || s.rsplit(' ').next().is_some_and(crate::names::is_cap_word)
            })
            .map(|s| Attribution::without_verb(s.to_string()))
    };
    // The previous quote's speaker in the same sentence; across a sentence's end, the new
    // sentence's own subject comes first ("Roe credited … to “…”. He commanded … to “…”").
    let same_sentence = same_para_prev.filter(|p| p.span.close > found[i].head_start);
    same_sentence
        .and_then(|f| f.attribution().cloned())
        .or_else(|| named_subject(scratch))
        .or_else(|| same_para_prev.and_then(|f| f.attribution().cloned()))
        .or_else(|| {
            next_own
                .map(|j| &found[j])
                .and_then(|f| f.attribution().cloned())
        })
        .or_else(|| previous_sentence(scratch))
        .or_else(|| prev_para.and_then(|f| f.attribution().cloned()))
        .or_else(|| {
            let previous = &paras[para.checked_sub(1)?].text;
            stands_alone
                .then(|| introducing(tail(previous, MAX_SENTENCE_BYTES), scratch))
                .flatten()
        })
        .or_else(|| {
            // Last resort: the speaker quoted just before, a paragraph or two back.
            last.map(|j| &found[j])
                .filter(|p| p.span.last().para + FALLBACK_REACH >= para)
                .and_then(|p| p.attribution().cloned())
        })
}

fn resolve_speakers(found: Vec<Found>, paras: &[Para]) -> Vec<Quote> {
    // Built on the first attributed quote: an article without one needs no names.
    let mut index = None;
    let build = || NameIndex::build(&paras.iter().map(|p| p.text.as_ref()).collect::<Vec<_>>());
    // The last quote with a speaker named (not a pronoun), as its place in `out`.
    let mut last_speaker: Option<usize> = None;
    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    let mut scratch = Scratch::default();
    for mut f in found {
        let para = f.span.first().para;
        let (mention, verb, speaker) = match f.own.take().or(f.borrowed.take()) {
            None => (None, None, None),
            Some(a) => {
                let index: &NameIndex = index.get_or_insert_with(build);
                let speaker = if let Some(who) = &a.antecedent {
                    index
                        .resolve(who)
                        .map_or_else(|| strip_titles(who).to_string(), |p| p.name.to_string())
                } else if is_pronoun(&a.mention) {
                    resolve_pronoun(
                        &a.mention,
                        index,
                        last_speaker
                            .and_then(|j| Some((out[j].speaker.as_deref()?, out[j].paragraph))),
                        || f.subject(paras, &mut scratch),
                        para,
                        f.span.open,
                    )
                } else if is_description_of(&a.mention) {
                    a.mention.clone()
                } else {
                    index
                        .resolve(&a.mention)
                        .map_or_else(|| name_part(&a.mention).to_string(), |p| p.name.to_string())
                };
                let verb = (!a.verb.is_empty()).then_some(a.verb);
                (Some(a.mention), verb, Some(speaker))
            }
        };
        if let (Some(s), Some(m)) = (&speaker, &mention)
            && !is_pronoun(s)
            && !m.is_empty()
        {
            last_speaker = Some(out.len());
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

/// "A spokesman for Jane Roe", "an aide to Roe": someone described by their relation to a name
/// is not that name.
fn is_description_of(mention: &str) -> bool {
    let mut words = mention.split_whitespace();
    let opens = words
        .next()
        .is_some_and(|w| is_determiner(w) || w.starts_with(char::is_lowercase));
    opens && words.any(|w| w == "to" || is_in(RELATION_PREPOSITIONS, w))
}

/// "he" is the subject that opens its sentence ("Clinton says she …"), else the last speaker
/// or the last man mentioned, whichever came later, if he can be (not a place, not a woman);
/// "they", "it" and "we" are the last speaker. `head_subject` gives the subject that opens the
/// quote's sentence.
fn resolve_pronoun<'s>(
    pronoun: &str,
    index: &NameIndex,
    last: Option<(&str, usize)>,
    head_subject: impl FnOnce() -> Option<&'s str>,
    para: usize,
    offset: usize,
) -> String {
    // (No character outside ASCII lower-cases to a letter of these words.)
    let gender = if pronoun.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if pronoun.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    };
    let recent = last.filter(|&(_, p)| para <= p + PRONOUN_REACH);
    if gender.is_none() {
        return recent.map_or(pronoun, |(s, _)| s).to_string();
    }
    // Can the name `s`, whose person (`resolve`'s answer) is `person`, be the pronoun's?
    let fits = |s: &str, person: Option<&Person<'_>>| {
        person.is_none_or(|p| p.could_be_person()) && compatible(gender_of(s, person), gender)
    };
    // The sentence's subject is read only for "he" and "she".
    if let Some(subject) = head_subject().filter(|s| !is_pronoun(s)) {
        let person = index.resolve(subject);
        if fits(subject, person) {
            return person
                .map_or_else(|| strip_titles(subject).to_string(), |p| p.name.to_string());
        }
    }
    let speaker = recent.filter(|&(s, _)| fits(s, index.resolve(s)));
    let mentioned = index.last_person_before(para, offset, para.saturating_sub(2), gender);
    match (speaker, mentioned) {
        (Some((_, sp)), Some((person, mp))) if mp > sp => person.name.to_string(),
        (Some((s, _)), _) => s.to_string(),
        (None, Some((person, _))) => person.name.to_string(),
        (None, None) => recent
            .filter(|&(s, _)| compatible(index.gender(s), gender))
            .map_or(pronoun, |(s, _)| s)
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    fn quotes(input: &str) -> Vec<(String, Option<String>, Option<String>, Option<String>)> {
        let lines = split(input);
        let paras = crate::blocks::one_per_line(&lines);
        let spans = quotes::find(&paras);
        attribute(&paras, spans)
            .into_iter()
            .map(|q| (q.text, q.speaker, q.mention, q.verb))
            .collect()
    }

    #[test]
    fn last_tokens() {
        let rows = [
            "",
            " ",
            "on ",
            "said Roe’s ",
            "a\u{a0}b\u{2003}",
            "x\u{3000}“",
            "show,\n",
            "É",
        ];
        for s in rows {
            let plain = s
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .unwrap_or("");
            assert_eq!(last_token(s), plain, "{s:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn last_token_as_split(s in "([a-z’”]{1,3}|[ \t\n]|\u{a0}|\u{2003}|\u{3000}|\u{85}|É){0,8}") {
            let plain = s.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
            proptest::prop_assert_eq!(last_token(&s), plain);
        }
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
