//! Attributions: the words next to a quote that say who spoke. Reads the sentence after a
//! quote (`“…,” X said`, `“…,” said X, a spokesman`, `“…,” according to X`) and the one
//! before it (`X said: “…”`, `X called it “…”`, `X says there is a “…”`), and returns the
//! speaker's mention as written ("Putin", "he", "a senior official") with the verb. A small
//! phrase grammar, not a parser: names are runs of capitalized words, described sources open
//! with a determiner, and lists of function words (in `data`) mark where a phrase ends.

use crate::data::{
    ABBREVIATION_WORDS, ABBREVIATIONS, CONNECTIVES, DETERMINERS, FORWARD_STOPS, INTRO_OPENERS,
    NAME_PARTICLES, NOUN_ADJECTIVES, PHRASE_BREAKERS, PREPOSITIONS, PRONOUNS,
    RELATION_PREPOSITIONS, REPORTING_VERBS, SENTENCE_OPENERS, SPEECH_NOUNS, SUBORDINATORS,
    SlotTable, TIME_WORDS, TITLES, VERB_MODIFIERS, VerbForm, WordSet, is_in, is_naming_verb,
    is_pronoun, is_title, is_verb_like_noun, is_verb_modifier, pack_bytes, pack_folded,
};
use crate::lines::{alphanumeric_ends, each_token, token_around, tokens};
use crate::names::is_cap_word;
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::LazyLock;

// The longer lists, asked of most words: sets, not scans.
static DETERMINERS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(DETERMINERS));
static PHRASE_BREAKERS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PHRASE_BREAKERS));
static PREPOSITIONS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PREPOSITIONS));
static FORWARD_STOPS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FORWARD_STOPS));
static SENTENCE_OPENERS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(SENTENCE_OPENERS));
static INTRO_OPENERS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(INTRO_OPENERS));
static NOUN_ADJECTIVES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NOUN_ADJECTIVES));

/// How many words an attribution's subject may have.
const MAX_SUBJECT_WORDS: usize = 8;
/// ... when it ends with a name: "former Pennsylvania Gov. and party chairman Ed Rendell".
const MAX_NAMED_SUBJECT_WORDS: usize = 14;
/// How far after a quote the reporting verb may stand: `“…,” the influential US daily said`.
const MAX_VERB_DISTANCE: usize = 9;
/// How many words of description may stand before a name after a quote.
const MAX_DESCRIPTION_WORDS: usize = 6;
/// How long an appositive between a name and its verb may be: `X, who …, said`.
const MAX_APPOSITIVE_WORDS: usize = 20;

/// Dashes that set off a credit: hyphen, en dash, em dash, horizontal bar.
const DASHES: [char; 4] = ['-', '–', '—', '―'];

/// An attribution found next to a quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub mention: String,
    pub verb: String,
    /// What a relative "who" stands for: "Cruz, who said …" → "Cruz".
    pub antecedent: Option<String>,
}

impl Attribution {
    /// A speaker named with no reporting verb: "― Jane Roe", "Roe’s “…” comment".
    pub fn without_verb(mention: String) -> Attribution {
        Attribution {
            mention,
            verb: String::new(),
            antecedent: None,
        }
    }
}

/// The name in a possessive ("Roe’s"; with `plural`, also "Sanders’"), if it is a capitalized
/// word.
pub fn possessive_name(word: &str, plural: bool) -> Option<&str> {
    let name = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .or_else(|| plural.then(|| word.strip_suffix(['’', '\''])).flatten())?;
    is_cap_word(name).then_some(name)
}

/// A word of prose: a slice of the text it was read from (`start` finds its byte offset).
#[derive(Debug, Clone)]
struct Word<'a> {
    text: &'a str,
    bare: &'a str,
    /// Which word lists hold `bare` (bits, `class_of`), looked up when first asked and only
    /// once: the rules ask the same few words of the same lists again and again.
    class: Cell<Option<u32>>,
}

impl Word<'_> {
    /// Is the word in any of the lists `bits` name (the class bits below)?
    #[inline]
    fn is(&self, bits: u32) -> bool {
        let class = self.class.get().unwrap_or_else(|| {
            let class = class_of(self.bare);
            self.class.set(Some(class));
            class
        });
        class & bits != 0
    }

    /// The byte offset of the word in `s`, the text it was read from.
    fn start(&self, s: &str) -> usize {
        self.text.as_ptr() as usize - s.as_ptr() as usize
    }

    fn ends_clause(&self) -> bool {
        if plain_end(self.text) {
            return false; // most words: nothing to trim, and no mark at the end
        }
        let t = self.text.trim_end_matches(['”', '"', '’', '\'', ')']);
        t.ends_with([',', ';', ':', '!', '?', '—', '–']) || ends_sentence(t)
    }
}

// The bits of a word's class: each is the answer of the lookup beside it in `class_plain`.
const DETERMINER: u32 = 1;
const PHRASE_BREAKER: u32 = 1 << 1;
/// A phrase breaker other than capitalized "Will" and "May" (`with_boundary`).
const BOUNDARY: u32 = 1 << 2;
const PREPOSITION: u32 = 1 << 3;
const FORWARD_STOP: u32 = 1 << 4;
const SENTENCE_OPENER: u32 = 1 << 5;
const INTRO_OPENER: u32 = 1 << 6;
const NOUN_ADJECTIVE: u32 = 1 << 7;
const PRONOUN: u32 = 1 << 8;
/// A contracted pronoun and auxiliary: "he’s" (`contraction`).
const CONTRACTION: u32 = 1 << 9;
const TITLE: u32 = 1 << 10;
const PARTICLE: u32 = 1 << 11;
const VERB_MODIFIER: u32 = 1 << 12;
const RELATION_PREPOSITION: u32 = 1 << 13;
const TIME_WORD: u32 = 1 << 14;
const CONNECTIVE: u32 = 1 << 15;
const SUBORDINATOR: u32 = 1 << 16;
const SPEECH_NOUN: u32 = 1 << 17;
/// A pronoun, or a contracted one.
const PRONOUN_WORD: u32 = PRONOUN | CONTRACTION;

/// The lists that `is_in` (ASCII case ignored), a `WordSet` (the same) or `data::contains`
/// (lower-cased; the same for an ASCII word) looks words up in, with their bits; and the name
/// particles, which are matched as written (`class_of` sees to that).
const CASELESS_LISTS: [(&[&str], u32); 16] = [
    (DETERMINERS, DETERMINER),
    (PHRASE_BREAKERS, PHRASE_BREAKER),
    (PREPOSITIONS, PREPOSITION),
    (FORWARD_STOPS, FORWARD_STOP),
    (SENTENCE_OPENERS, SENTENCE_OPENER),
    (INTRO_OPENERS, INTRO_OPENER),
    (NOUN_ADJECTIVES, NOUN_ADJECTIVE),
    (PRONOUNS, PRONOUN),
    (TITLES, TITLE),
    (NAME_PARTICLES, PARTICLE),
    (VERB_MODIFIERS, VERB_MODIFIER),
    (RELATION_PREPOSITIONS, RELATION_PREPOSITION),
    (TIME_WORDS, TIME_WORD),
    (CONNECTIVES, CONNECTIVE),
    (SUBORDINATORS, SUBORDINATOR),
    (SPEECH_NOUNS, SPEECH_NOUN),
];

/// A pronoun and an auxiliary contracted with an ASCII apostrophe, in any case ("he's",
/// "He'S"): in `CLASSES` only, for `class_of` to test with `contraction`.
const CONTRACTED_FORM: u32 = 1 << 31;

/// Every word of the lists above and every contracted form, by its `pack_folded` key, with the
/// class that key gives: one lookup for all the lists, which turns most other words away by
/// an empty slot before they are packed.
static CLASSES: LazyLock<SlotTable<u32>> = LazyLock::new(|| {
    let mut classes = SlotTable::default();
    let contracted = PRONOUNS
        .iter()
        .flat_map(|p| AUXILIARIES.map(|aux| (format!("{p}'{aux}"), CONTRACTED_FORM)));
    let listed = CASELESS_LISTS
        .iter()
        .flat_map(|&(list, bit)| list.iter().map(move |w| (w.to_string(), bit)));
    for (w, bit) in listed.chain(contracted) {
        if pack_folded(w.as_bytes()).is_some() {
            *classes.entry(&w) |= bit;
        } // (else not ASCII, or long: only the plain lookups find such words)
    }
    classes
});

/// The value `table` holds for `bytes`, a word of up to fifteen bytes, found by its folded key
/// (`pack_folded`, which folds ASCII case as the plain lookups of the lists do for an ASCII
/// word): `Some(None)` for an ASCII word not listed, `None` for a word outside ASCII, which
/// the plain lookups must answer. A word whose slot is empty (most) is turned away with no key
/// made: whether it is ASCII is then told by its bytes packed into one number, whose high bits
/// are those of the bytes outside ASCII, not read byte by byte.
#[inline(always)]
fn slot_value<'t, V: Default>(table: &'t SlotTable<V>, bytes: &[u8]) -> Option<Option<&'t V>> {
    const HIGH: u128 = u128::from_le_bytes([0x80; 16]);
    // (Whether a key was made: only an ASCII word has one.)
    let mut keyed = false;
    let found = table.get(bytes, || {
        let key = pack_folded(bytes);
        keyed = key.is_some();
        key
    });
    (found.is_some() || keyed || pack_bytes(bytes) & HIGH == 0).then_some(found)
}

/// The class of a word without marks at its ends. An ASCII word of up to 15 bytes (nearly
/// every word) is found by its `pack_folded` key, which folds ASCII case as every list
/// lookup here does (their words are lower-case: a test checks the answers against
/// `class_plain`); the few lookups that see more than the letters' lower-case form are made
/// after. Other words take the plain lookups.
fn class_of(bare: &str) -> u32 {
    let bytes = bare.as_bytes();
    // Words with no packed key (outside ASCII, or long) take the plain lookups.
    if bytes.len() > 15 {
        return class_plain(bare);
    }
    let Some(found) = slot_value(&CLASSES, bytes) else {
        return class_plain(bare);
    };
    let mut class = found.copied().unwrap_or_default();
    // Name particles are matched as written, in lower case.
    if class & PARTICLE != 0 && bytes.iter().any(u8::is_ascii_uppercase) {
        class &= !PARTICLE;
    }
    // "-ly" adverbs are verb modifiers too.
    if bytes.ends_with(b"ly") && is_verb_modifier(bare) {
        class |= VERB_MODIFIER;
    }
    // The auxiliary is matched as written, in lower case.
    if class & CONTRACTED_FORM != 0 {
        class &= !CONTRACTED_FORM;
        if contraction(bare).is_some() {
            class |= CONTRACTION;
        }
    }
    with_boundary(class, bare)
}

/// The class of `bare` by one lookup per list: what `class_of` must answer.
fn class_plain(bare: &str) -> u32 {
    let answers = [
        (DETERMINERS_SET.has(bare), DETERMINER),
        (PHRASE_BREAKERS_SET.has(bare), PHRASE_BREAKER),
        (PREPOSITIONS_SET.has(bare), PREPOSITION),
        (FORWARD_STOPS_SET.has(bare), FORWARD_STOP),
        (SENTENCE_OPENERS_SET.has(bare), SENTENCE_OPENER),
        (INTRO_OPENERS_SET.has(bare), INTRO_OPENER),
        (NOUN_ADJECTIVES_SET.has(bare), NOUN_ADJECTIVE),
        (is_pronoun(bare), PRONOUN),
        (contraction(bare).is_some(), CONTRACTION),
        (is_title(bare), TITLE),
        (crate::data::is_name_particle(bare), PARTICLE),
        (is_verb_modifier(bare), VERB_MODIFIER),
        (is_in(RELATION_PREPOSITIONS, bare), RELATION_PREPOSITION),
        (is_in(TIME_WORDS, bare), TIME_WORD),
        (is_in(CONNECTIVES, bare), CONNECTIVE),
        (is_in(SUBORDINATORS, bare), SUBORDINATOR),
        (is_in(SPEECH_NOUNS, bare), SPEECH_NOUN),
    ];
    let bits = answers
        .iter()
        .filter(|(yes, _)| *yes)
        .fold(0, |bits, (_, bit)| bits | bit);
    with_boundary(bits, bare)
}

/// `bits` with `BOUNDARY` added where it holds.
fn with_boundary(bits: u32, bare: &str) -> u32 {
    // Capitalized "Will" and "May" are names: "George Will", "Theresa May".
    if bits & PHRASE_BREAKER != 0 && !matches!(bare, "Will" | "May") {
        bits | BOUNDARY
    } else {
        bits
    }
}

fn words(s: &str) -> Vec<Word<'_>> {
    let mut ws = Vec::new();
    read_words(s, &mut ws);
    ws
}

/// Appends the words of `s` to `ws`.
fn read_words<'a>(s: &'a str, ws: &mut Vec<Word<'a>>) {
    // Room for a word every five bytes up front (English averages six with its space): the
    // vector is rarely grown, where collecting alone would grow it five times for 40 words.
    ws.reserve(s.len() / 5 + 1);
    each_token(s, |_, text| {
        let bare = bare(text);
        if !bare.is_empty() {
            ws.push(Word {
                text,
                bare,
                class: Cell::new(None),
            });
        }
    });
}

/// Room for the words of one text at a time, kept from one quote to the next: the rules read
/// the words on either side of every quote, and one buffer spares an allocation each time.
/// It remembers which text it holds: a rule that reads the text read last (the sentence before
/// a quote, asked for its verb and then for its subject) reads no word again.
#[derive(Default)]
pub struct Scratch<'a> {
    words: Vec<Word<'a>>,
    /// The text whose words `words` holds.
    text: &'a str,
}

impl<'a> Scratch<'a> {
    /// The words of `s` (what `words` gives), in the buffer.
    fn read(&mut self, s: &'a str) -> &[Word<'a>] {
        // The same bytes (start and length) are the same text: its words are in the buffer,
        // and their classes, once looked up, are the same.
        if !std::ptr::eq(self.text, s) {
            self.words.clear();
            read_words(s, &mut self.words);
            self.text = s;
        }
        &self.words
    }
}

/// Does `text` end with an ASCII letter or digit? Then it has no closing mark to trim and
/// ends no sentence or clause: the cheap test that turns most words away first.
#[inline]
fn plain_end(text: &str) -> bool {
    text.as_bytes()
        .last()
        .is_some_and(u8::is_ascii_alphanumeric)
}

/// A word without the marks around it: `text` without the characters other than letters and
/// digits at its ends.
#[inline(always)] // into every tokenizing loop: most words take the first test alone
pub fn bare(text: &str) -> &str {
    if alphanumeric_ends(text) {
        return text; // most words: nothing to trim, and no character to decode
    }
    trim_to_bare(text)
}

/// `bare` of a word with a mark at one end or both.
#[inline(never)]
fn trim_to_bare(text: &str) -> &str {
    // The next most: one ASCII mark after a letter or digit ("said,", "talks."), which is all
    // there is to trim when the word opens with a letter or digit.
    if let [first, .., before, last] = text.as_bytes()
        && first.is_ascii_alphanumeric()
        && before.is_ascii_alphanumeric()
        && last.is_ascii_punctuation()
    {
        return &text[..text.len() - 1];
    }
    trim_to_alphanumeric(text)
}

/// `text` without the characters other than letters and digits at its ends. The marks that
/// stand there most (ASCII punctuation, curly quotes, dashes) go first without a look at the
/// Unicode tables; the characters then left at the ends go by the Unicode test, which changes
/// nothing when they are ASCII letters or digits (trimming part of a run of such characters,
/// then the rest, trims the whole run).
#[inline]
fn trim_to_alphanumeric(text: &str) -> &str {
    // The marks by their bytes: ASCII punctuation, and the curly quotes and dashes.
    let inner = crate::lines::trim_marks(
        text,
        |c| c.is_ascii() && !c.is_ascii_alphanumeric(),
        |c| matches!(c, 0x93 | 0x94 | 0x98 | 0x99 | 0x9c | 0x9d),
    );
    if alphanumeric_ends(inner) {
        return inner; // ASCII letters or digits at both ends: nothing more to trim
    }
    inner.trim_matches(|c: char| !c.is_alphanumeric())
}

/// "Sen.", "U.S.", "J.": a period that does not end a sentence.
fn is_abbreviation(w: &str) -> bool {
    // The word's core (below) ends where the word ends: without a period there, it is none.
    if !w.ends_with('.') {
        return false;
    }
    let core = if w.as_bytes()[0].is_ascii_alphanumeric() {
        w // nothing to trim: no character to decode
    } else {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
    };
    // What follows the last hyphen ("ex-Sen."); bytes are searched, as '-' and '.' are ASCII.
    let core = core
        .bytes()
        .rposition(|b| b == b'-')
        .map_or(core, |i| &core[i + 1..]);
    let Some(stem) = core.strip_suffix('.') else {
        return false;
    };
    stem.bytes().any(|b| b == b'.')
        || (core.starts_with(char::is_uppercase)
            && core.chars().filter(|c| c.is_alphabetic()).take(2).count() == 1)
        // The list's own lookup, with the same answers (a test in `data` checks them).
        || is_listed_abbreviation(core)
}

/// The listed abbreviations by their folded keys (`pack_folded`): most words asked (those that
/// end a sentence, "said.") find their slot empty.
static ABBREVIATION_SLOTS: LazyLock<SlotTable<bool>> = LazyLock::new(|| {
    let mut table = SlotTable::<bool>::default();
    for w in ABBREVIATIONS {
        *table.entry(w) = true;
    }
    table
});

/// `ABBREVIATION_WORDS.has(w)`: an ASCII word of up to fifteen bytes found through the slot
/// table (as `verb_form` finds a verb), others by the list's own lookup.
fn is_listed_abbreviation(w: &str) -> bool {
    let bytes = w.as_bytes();
    if bytes.len() <= 15
        && let Some(found) = slot_value(&ABBREVIATION_SLOTS, bytes)
    {
        return found.is_some();
    }
    ABBREVIATION_WORDS.has(w)
}

fn ends_sentence(w: &str) -> bool {
    w.ends_with(['.', '!', '?']) && !is_abbreviation(w)
}

/// Byte offset where the last sentence of `s` starts.
pub fn sentence_start(s: &str) -> usize {
    last_sentence(s).map_or(0, |(start, _)| start)
}

/// Where the last sentence of `s` starts, and where the word that ends the one before it
/// starts; `None` when no sentence ends in `s`. When that word stands whole in `s` (after a
/// space), the last sentence of any longer text that ends with `s` starts at the same place:
/// nothing before that word is read.
pub fn last_sentence(s: &str) -> Option<(usize, usize)> {
    // Only a word with '.', '!' or '?' can end a sentence: jump back from one to the next
    // (memrchr3), never reading the words between. The work is the last sentence's length.
    let mut before = s.len();
    while let Some(p) = memchr::memrchr3(b'.', b'!', b'?', &s.as_bytes()[..before]) {
        let token = token_around(s, p);
        before = token.start;
        if !ends_sentence_word(&s[token.clone()]) {
            continue;
        }
        // The word after it (tokens without letters or digits are not words).
        let next = tokens(&s[token.end..]).find(|(_, t)| !bare(t).is_empty());
        match next {
            // Text that ends a sentence right before the quote: the quote opens the next one.
            None => return Some((s.len(), token.start)),
            Some((at, n)) if n.starts_with(|c: char| c.is_uppercase() || "“\"‘(".contains(c)) =>
            {
                return Some((token.end + at, token.start));
            }
            Some(_) => {}
        }
    }
    None
}

/// Byte offset where the first sentence of `s` ends.
pub fn sentence_end(s: &str) -> usize {
    // From one '.', '!' or '?' to the next: the rest of the paragraph need not be read.
    let mut from = 0;
    while let Some(p) = memchr::memchr3(b'.', b'!', b'?', &s.as_bytes()[from..]) {
        let token = token_around(s, from + p);
        if ends_sentence_word(&s[token.clone()]) {
            return token.end;
        }
        from = token.end;
    }
    s.len()
}

/// Does this token end a sentence: a word (it has a letter or digit) whose last character,
/// closing marks aside, is '.', '!' or '?' and not an abbreviation's?
fn ends_sentence_word(token: &str) -> bool {
    !plain_end(token)
        && ends_sentence(token.trim_end_matches(['”', '"', '’', ')']))
        && !bare(token).is_empty()
}

pub fn is_determiner(w: &str) -> bool {
    DETERMINERS_SET.has(w)
}

fn is_possessive(w: &str) -> bool {
    let w = w.trim_end_matches([',', ';', ':', '.']);
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’") || w.ends_with("s'")
}

/// The auxiliaries contracted after a pronoun, as written.
const AUXILIARIES: [&str; 5] = ["s", "re", "d", "ll", "ve"];

/// "He’s", "they’re": the pronoun of a contracted subject and auxiliary.
fn contraction(w: &str) -> Option<&str> {
    let (head, tail) = w.split_once(['’', '\''])?;
    (is_pronoun(head) && AUXILIARIES.contains(&tail)).then_some(head)
}

fn is_name_word(w: &Word) -> bool {
    // "Of Carson, …", "But, he said": a capitalized function word opens a sentence.
    !w.text.starts_with('(') && !w.is(BOUNDARY | PREPOSITION) && is_cap_word(w.bare)
        || w.is(PARTICLE)
        || (w.is(TITLE) && !w.is(BOUNDARY))
}

/// A reporting verb as written in running text: lower case ("States" and "Post" are names).
#[inline]
fn reporting_verb(word: &Word) -> Option<(VerbForm, &'static str)> {
    // An ASCII first letter (nearly all) is tested as a byte.
    let lower = match word.bare.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_lowercase(),
        _ => word.bare.starts_with(char::is_lowercase),
    };
    lower.then(|| verb_form(word.bare)).flatten()
}

/// Every form of the reporting verbs by its folded key (`pack_folded`), with the form and the
/// verb it is of, as `data::reporting_verb` gives them (the first verb listed with a form has
/// it).
static VERB_FORMS: LazyLock<SlotTable<Option<(VerbForm, &'static str)>>> = LazyLock::new(|| {
    let forms = [
        VerbForm::Base,
        VerbForm::Third,
        VerbForm::Past,
        VerbForm::Ing,
    ];
    let mut table = SlotTable::<Option<(VerbForm, &'static str)>>::default();
    for entry in REPORTING_VERBS {
        for (word, form) in entry.iter().zip(forms) {
            table.entry(word).get_or_insert((form, entry[0]));
        }
    }
    table
});

/// `data::reporting_verb` (the reporting verb a word is a form of, ASCII case ignored),
/// asked of most words on either side of a quote. An ASCII word is found through the slot table
/// by its folded key, which folds ASCII case as the plain lookup's lower-casing does for such a
/// word (a test holds the two to the same answers): most are turned away by an empty slot, with
/// no key made and nothing hashed. A word outside ASCII, not found so, takes the plain lookup.
pub fn verb_form(bare: &str) -> Option<(VerbForm, &'static str)> {
    let bytes = bare.as_bytes();
    // No verb is shorter than three letters or longer than fourteen (as `reporting_verb`).
    if !(3..=14).contains(&bytes.len()) {
        return None;
    }
    match slot_value(&VERB_FORMS, bytes) {
        Some(verb) => verb.copied().flatten(),
        None => verb_form_outside_ascii(bare),
    }
}

/// `verb_form` of a word outside ASCII (seldom asked): the plain lookup, out of the way of the
/// common path.
#[cold]
#[inline(never)]
fn verb_form_outside_ascii(bare: &str) -> Option<(VerbForm, &'static str)> {
    crate::data::reporting_verb(bare)
}

/// Is the word at `k` a finite reporting verb (not a participle, an infinitive or a noun)?
#[inline]
fn finite_verb(ws: &[Word], k: usize) -> Option<&'static str> {
    let verb = reporting_verb(&ws[k]);
    // Most words: no verb, and not the "put" of "put it" (`finite_form` answers `None`).
    if verb.is_none() && ws[k].bare != "put" {
        return None;
    }
    finite_form(ws, k, verb)
}

/// `finite_verb`, for a caller that has looked the word up already (`verb` is
/// `reporting_verb` of `ws[k]`).
fn finite_form(
    ws: &[Word],
    k: usize,
    verb: Option<(VerbForm, &'static str)>,
) -> Option<&'static str> {
    // "As Jane Roe put it, “…”": the idiom reports speech.
    if ws[k].bare == "put" && ws.get(k + 1).is_some_and(|w| w.bare == "it") {
        return Some("put");
    }
    let (form, base) = verb?;
    let prev = k.checked_sub(1).map(|j| &ws[j]);
    // "his tweets", "the report", "a dozen states": nouns, not verbs. (Asked after the word
    // before, which most verbs do not follow: the noun list is a scan.)
    let noun_like = || form == VerbForm::Base || is_verb_like_noun(ws[k].bare);
    // "his anti-Muslim remarks", "Trump’s failed ventures": an adjective before the noun.
    let before_noun = |w: &Word| {
        w.is(DETERMINER)
            || is_possessive(w.text)
            || w.is(NOUN_ADJECTIVE)
            || w.bare.chars().all(|c| c.is_ascii_digit())
            || (w.bare.contains('-') && !w.ends_clause())
            || (k >= 2
                && w.bare.ends_with("ed")
                && (ws[k - 2].is(DETERMINER) || is_possessive(ws[k - 2].text)))
    };
    if prev.is_some_and(before_noun) && noun_like() {
        return None;
    }
    // "the chants", "his claims": after a determiner or a possessive, a noun ("they both said"
    // and "officials all said" are the verb after a floating quantifier).
    if prev.is_some_and(|w| {
        (w.is(DETERMINER) && !is_in(&["both", "all", "each"], w.bare)) || is_possessive(w.text)
    }) {
        return None;
    }
    // "continue to", "promised to", "is said to be": not an attribution.
    let to_follows = ws.get(k + 1).is_some_and(|w| w.text == "to");
    let takes_infinitive = || {
        is_in(
            &[
                "continue",
                "promise",
                "pledge",
                "vow",
                "agree",
                "offer",
                "begin",
                "go",
                "urge",
                "ask",
                "claim",
                "volunteer",
                "venture",
            ],
            base,
        )
    };
    if to_follows && takes_infinitive() {
        return None;
    }
    let after_aux = || {
        prev.is_some_and(|w| {
            is_in(&["is", "was", "are", "were", "been", "be"], w.bare) || w.is(CONTRACTION)
        })
    };
    match form {
        VerbForm::Ing => after_aux().then_some(base),
        // "officials say", "they say", "will say"; not "a retort" or "to say".
        VerbForm::Base => prev
            .is_some_and(|w| {
                is_in(
                    &[
                        "they", "we", "i", "you", "will", "would", "did", "does", "do", "can",
                        "could", "may", "might", "must", "should",
                    ],
                    w.bare,
                ) || (w.bare.ends_with('s') && !is_possessive(w.text) && looks_plural(w.bare))
                    || (k >= 2 && ws[k - 2].bare == "and" && is_cap_word(w.bare))
            })
            .then_some(base),
        VerbForm::Third | VerbForm::Past => Some(base),
    }
}

/// "officials", "Democrats", "Americans"; not "Paris" or "Jones", whose "attack" or "report"
/// after them is a noun.
fn looks_plural(w: &str) -> bool {
    w.starts_with(char::is_lowercase)
        || [
            "ans", "ers", "ats", "sts", "ics", "ors", "ies", "nts", "ves", "als", "ees",
        ]
        .iter()
        .any(|s| w.ends_with(s))
}

/// Is `ws` a plausible speaker: a pronoun, a name, or a described source ("a senior official",
/// "the influential US daily", "Democratic officials", "Clinton’s campaign")?
fn valid_subject(ws: &[Word]) -> bool {
    let n = ws.len();
    if n == 0 || n > MAX_NAMED_SUBJECT_WORDS {
        return false;
    }
    if n == 1 && ws[0].is(PRONOUN_WORD) {
        return true;
    }
    // "Gov. Phil Bryant of Mississippi", "Stephen Vladeck of the University of Texas": the
    // head before the prepositional phrase decides.
    if let Some(p) = ws.iter().position(|w| w.is(RELATION_PREPOSITION))
        && p > 0
        && p + 1 < n
        && is_name_word(&ws[p - 1])
        && !ws[p + 1..]
            .iter()
            .any(|w| w.is(BOUNDARY) && !w.is(DETERMINER))
    {
        return valid_head(&ws[..p]);
    }
    valid_head(ws)
}

fn valid_head(ws: &[Word]) -> bool {
    let n = ws.len();
    let (first, last) = (&ws[0], &ws[n - 1]);
    let and_between_names = |k: usize, w: &Word| {
        (w.bare == "and" || w.bare == "&") && k + 1 < n && is_name_word(&ws[k + 1])
    };
    if (first.is(SENTENCE_OPENER) && !first.is(DETERMINER))
        || ws
            .iter()
            .enumerate()
            .skip(1)
            .any(|(k, w)| w.is(BOUNDARY) && !w.is(DETERMINER) && !and_between_names(k, w))
        || last.is(PREPOSITION)
        || (last.is(DETERMINER) && !(n == 2 && first.bare.eq_ignore_ascii_case("the")))
        || last.is(PRONOUN)
        || last.is(BOUNDARY)
        || (n == 1 && crate::data::month_number(last.bare).is_some())
    {
        return false;
    }
    // A share of those polled: "63 percent", "21%".
    if n <= 2
        && first.bare.bytes().all(|b| b.is_ascii_digit())
        && (first.text.contains('%') || last.bare.eq_ignore_ascii_case("percent"))
    {
        return true;
    }
    // A name, possibly after a description: "Jane Roe", "The New York Post", "political
    // scientist Jane Roe", "Gov. Jane Roe and House Speaker John Doe".
    // "Time magazine", "the Des Moines Register newspaper": a name and the kind of outlet.
    if is_name_word(last)
        || (n > 1
            && crate::data::is_publication_word(last.bare)
            && ws[..n - 1]
                .iter()
                .all(|w| is_name_word(w) || w.is(DETERMINER)))
    {
        return true;
    }
    if n > MAX_SUBJECT_WORDS {
        return false;
    }
    if (first.is(DETERMINER) && (n > 1 || !first.bare.eq_ignore_ascii_case("this")))
        || (ws.iter().take(3).any(|w| is_possessive(w.text)) && !is_possessive(last.text))
    {
        return true;
    }
    // A bare plural: "analysts", "Democratic officials", "U.S. officials".
    n <= 3
        && last.bare.ends_with('s')
        && !last.bare.ends_with("ss")
        && last.bare.chars().all(char::is_lowercase)
}

/// The noun phrase that ends `ws`, past auxiliaries and adverbs before the verb.
fn np_backward(ws: &[Word]) -> Option<(usize, usize)> {
    let mut end = ws.len();
    // Past "later", "has", a parenthesis such as "(R-Wis.)" and a time: "who in 2010 said",
    // "Roe on Monday said".
    loop {
        let w = ws.get(end.checked_sub(1)?)?;
        // Lower case only: a capitalized word here is a name ("Will wrote", "May said").
        if (w.is(VERB_MODIFIER) && !w.ends_clause() && w.bare.starts_with(char::is_lowercase))
            || (w.text.starts_with('(') && w.text.ends_with(')'))
        {
            end -= 1;
        } else if let Some(n) = time_phrase(&ws[..end]) {
            end -= n;
        } else {
            break;
        }
    }
    let last = ws.get(end.checked_sub(1)?)?;
    if last.text.ends_with(',') && end >= 2 {
        // "John Smith, a spokesman for the ministry, said": the name before the appositive.
        let mut j = end - 1;
        while j > 0 && end - j <= MAX_APPOSITIVE_WORDS && !ws[j - 1].text.ends_with(',') {
            j -= 1;
        }
        if j == 0 || end - j > MAX_APPOSITIVE_WORDS {
            return None;
        }
        let head = np_core(&ws[..j]);
        let appositive = np_core(&ws[j..end])
            .filter(|r| r.0 == 0)
            .map(|r| (j, r.1 + j));
        // "The author of the book, Mitchell Zuckoff, said": the name in the appositive.
        let is_name = |r: &(usize, usize)| ws[r.0..r.1].iter().all(is_name_word);
        return match (head, appositive) {
            (Some(h), Some(a)) if !is_name(&h) && is_name(&a) => Some(a),
            (h, a) => h.or(a),
        };
    }
    if last.ends_clause() {
        return None;
    }
    np_core(&ws[..end])
}

/// How many words of a time phrase end `ws`: "in 2010", "on Monday", "last week".
fn time_phrase(ws: &[Word]) -> Option<usize> {
    let [.., opener, when] = ws else {
        return None;
    };
    let is_time = (when.bare.len() == 4 && when.bare.bytes().all(|b| b.is_ascii_digit()))
        || when.is(TIME_WORD);
    (is_time
        && !when.ends_clause()
        && !opener.ends_clause()
        && is_in(&["in", "on", "last", "this", "earlier"], opener.bare))
    .then_some(2)
}

/// The phrase at the end of `ws` (its last word may end with a comma).
fn np_core(ws: &[Word]) -> Option<(usize, usize)> {
    // Not a trailing parenthesis: "Chris Christie (R),".
    let n = ws.iter().rposition(|w| !w.text.starts_with('('))? + 1;
    let last = ws.get(n.checked_sub(1)?)?;
    if last.is(PRONOUN_WORD) || (last.bare == "who" && n > 1 && ws[n - 2].text.ends_with(',')) {
        return Some((n - 1, n));
    }
    let mut i = n - 1;
    if is_cap_word(last.bare) {
        loop {
            while i > 0
                && is_name_word(&ws[i - 1])
                && !ws[i - 1].ends_clause()
                && n - i < MAX_SUBJECT_WORDS
            {
                i -= 1;
            }
            // "Joel Roe of Breitbart California": a name, a preposition, a name.
            // "Mr. Roe of the Sierra Club".
            let the = usize::from(i >= 1 && ws[i - 1].bare == "the");
            if i >= 2 + the
                && is_in(&["of", "from", "at"], ws[i - 1 - the].bare)
                && is_cap_word(ws[i - 2 - the].bare)
                && !ws[i - 2 - the].ends_clause()
                && n - i < MAX_SUBJECT_WORDS
            {
                i -= 2 + the;
                continue;
            }
            // "A spokesman for Hillary Clinton": a description opened by a determiner.
            if i >= 2 && ws[i - 1].is(RELATION_PREPOSITION) {
                let described = (i.saturating_sub(4)..i - 1).rev().find(|&j| {
                    ws[j].is(DETERMINER)
                        && ws[j + 1..i - 1].iter().all(|w| {
                            w.bare.starts_with(char::is_lowercase)
                                && !w.ends_clause()
                                && !w.is(BOUNDARY)
                                && !w.is(PREPOSITION)
                        })
                        && !ws[j..i - 1].iter().any(Word::ends_clause)
                });
                if let Some(j) = described
                    && j + 1 < i - 1
                {
                    i = j;
                }
            }
            break;
        }
    } else {
        // A described source: "a spokesman for the ministry", "the influential US daily".
        let mut start = None;
        while i > 0 && n - i < MAX_SUBJECT_WORDS {
            let w = &ws[i - 1];
            if w.ends_clause() || (w.is(BOUNDARY) && !w.is(DETERMINER)) {
                break;
            }
            i -= 1;
            if w.is(DETERMINER) || is_possessive(w.text) {
                start = Some(i);
                // "a spokesman for the ministry": go on past a preposition.
                if !(i >= 2 && ws[i - 1].is(RELATION_PREPOSITION)) {
                    break;
                }
            }
        }
        i = start.unwrap_or(n - 1);
        // "Hillary Clinton’s campaign": the whole name before a possessive.
        while i > 0
            && is_possessive(ws[i].text)
            && is_name_word(&ws[i - 1])
            && !ws[i - 1].ends_clause()
        {
            i -= 1;
        }
    }
    if i > 0 && ws[i - 1].is(DETERMINER) && !ws[i - 1].ends_clause() && is_cap_word(ws[i].bare) {
        i -= 1;
    }
    while i < n - 1 && ws[i].is(SENTENCE_OPENER) && !ws[i].is(DETERMINER) {
        i += 1;
    }
    valid_subject(&ws[i..n]).then_some((i, n))
}

/// The noun phrase that starts `ws`: "said John Smith, a spokesman" → "John Smith".
fn np_forward(ws: &[Word]) -> Option<(usize, usize)> {
    let first = ws.first()?;
    if first.is(PRONOUN_WORD) {
        return Some((0, 1));
    }
    let mut end = 0;
    for (k, w) in ws.iter().enumerate().take(MAX_NAMED_SUBJECT_WORDS) {
        let joins_names = (w.bare == "and" && ws.get(k + 1).is_some_and(is_name_word))
            || (k > 0 && ws[k - 1].is(DETERMINER)); // "a Wednesday editorial"
        if k > 0
            && (w.text.starts_with('(')
                || (w.is(FORWARD_STOP) && !joins_names)
                || finite_verb(ws, k).is_some())
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

/// "32% of Republican claims", "marching through the streets chanted": a phrase after a
/// preposition is its object, not the verb's subject.
fn object_of_preposition(ws: &[Word], r: (usize, usize)) -> bool {
    r.0 > 0
        && ws[r.0 - 1].is(PREPOSITION)
        && !ws[r.0 - 1].is(SUBORDINATOR)
        && !ws[r.0 - 1].ends_clause()
}

/// Does the sentence open with an introductory phrase that ends at a comma: "In a statement,
/// …", "Citing the attack, …", "Preceded at the lectern by …, Trump launched …"?
fn opens_with_intro(ws: &[Word]) -> bool {
    let Some(first) = ws.first() else {
        return false;
    };
    let participle = first.bare.len() >= 5
        && (first.bare.ends_with("ing") || first.bare.ends_with("ed"))
        && ws.get(1).is_some_and(|w| {
            w.bare.starts_with(char::is_lowercase)
                && finite_verb(ws, 1).is_none()
                && !w.is(PHRASE_BREAKER)
        });
    // "Conversely, PolitiFact rated …": a sentence adverb.
    let adverb = first.bare.ends_with("ly") && first.text.ends_with(',');
    // "Minutes later, she …", "Eight years ago, he …": a time before a comma.
    let time = ws
        .iter()
        .take(4)
        .position(|w| w.text.ends_with(','))
        .is_some_and(|c| {
            let last = &ws[c];
            is_in(
                &[
                    "later",
                    "ago",
                    "earlier",
                    "before",
                    "after",
                    "afterward",
                    "afterwards",
                ],
                last.bare,
            ) || last.is(TIME_WORD)
        });
    first.is(INTRO_OPENER) || participle || adverb || time
}

/// The subject that opens a sentence, when it is a name, a description or a pronoun: "Clinton
/// says she …" gives "Clinton".
pub fn subject_of<'a>(sentence: &'a str, scratch: &mut Scratch<'a>) -> Option<String> {
    if sentence.trim_start().starts_with(['“', '"', '«', '„']) {
        return None; // the sentence opens with a quote: its subject is not there
    }
    let ws = scratch.read(sentence);
    let r = sentence_subject(ws)?;
    Some(phrase(sentence, ws, r))
}

/// The subject that opens the sentence `ws`, past an introductory phrase ("In a statement,
/// the ministry said …", "Speaking to reporters, Smith said …").
fn sentence_subject(ws: &[Word]) -> Option<(usize, usize)> {
    let mut i = 0;
    // "On Thursday, after remaining neutral, Warren appeared …": one phrase after another.
    for _ in 0..3 {
        if !opens_with_intro(&ws[i..]) {
            break;
        }
        // "Then he cut into Bush, …", "But Trump said …": a one-word opener before the subject.
        if ws[i].is(CONNECTIVE)
            && ws
                .get(i + 1)
                .is_some_and(|w| w.is(PRONOUN_WORD) || is_name_word(w) || w.is(DETERMINER))
            && !ws[i].ends_clause()
        {
            i += 1;
            continue;
        }
        i += ws[i..]
            .iter()
            .take(25)
            .position(|w| w.text.ends_with(','))?
            + 1;
        // "Speaking in Salem, New Hampshire, Trump went …": the place goes on past a comma.
        let place = ws[i..].iter().take(3).position(|w| w.text.ends_with(','));
        if let Some(p) = place
            && ws[i..=i + p].iter().all(is_name_word)
            && ws.get(i + p + 1).is_some_and(is_name_word)
        {
            i += p + 1;
        }
    }
    let rest = &ws[i..];
    let first = rest.first()?;
    if first.is(PRONOUN_WORD) {
        return Some((i, i + 1));
    }
    let verbish = |k: usize| {
        let w = &rest[k];
        w.is(BOUNDARY)
            || w.is(VERB_MODIFIER)
            || finite_verb(rest, k).is_some()
            || w.bare.ends_with("ed")
    };
    let name_run = |from: usize| {
        rest[from..]
            .iter()
            .take_while(|w| is_name_word(w))
            .take(MAX_SUBJECT_WORDS)
            .count()
    };
    let mut end = if is_cap_word(first.bare) && !first.is(DETERMINER) {
        // The name, up to a comma that opens an appositive ("Tracy Martin, his father, …").
        let mut run = name_run(0);
        // "Soviet dissident Milovan Djilas", "Clinton campaign manager Robby Mook": a
        // description's lower-case words between capitalized ones.
        let gap = rest[run..]
            .iter()
            .enumerate()
            .take(2)
            .take_while(|&(k, w)| {
                w.bare.starts_with(char::is_lowercase)
                    && !verbish(run + k)
                    && !w.ends_clause()
                    && !w.is(PREPOSITION)
                    && !w.is(DETERMINER)
                    && !w.is(FORWARD_STOP)
            })
            .count();
        if gap > 0
            && !rest[run - 1].ends_clause()
            && rest.get(run + gap).is_some_and(|w| is_cap_word(w.bare))
        {
            run += gap + name_run(run + gap);
        }
        rest[..run]
            .iter()
            .position(|w| w.text.ends_with(','))
            .map_or(run, |c| c + 1)
            .max(1)
    } else {
        (0..rest.len().min(MAX_SUBJECT_WORDS))
            .find(|&k| verbish(k) || rest[k].is(FORWARD_STOP))
            .unwrap_or(0)
    };
    // "Hillary Clinton’s campaign": a possessive name heads a described source.
    if end > 0 && end < rest.len() && is_possessive(rest[end - 1].text) {
        end += (end..rest.len())
            .take(3)
            .take_while(|&k| !verbish(k))
            .count();
    }
    let end = end.min(rest.len());
    if end == 0 {
        return None;
    }
    let comma_name = rest[end - 1].text.ends_with(',') && rest[..end].iter().all(is_name_word);
    if valid_subject(&rest[..end]) && (!rest[end - 1].ends_clause() || comma_name) {
        return Some((i, i + end));
    }
    // "Another critic, Laurence H. Tribe, likened …": the name in the appositive.
    let c = rest[..end - 1].iter().position(|w| w.text.ends_with(','))?;
    let name = &rest[c + 1..end];
    (rest[end - 1].text.ends_with(',')
        && first.is(DETERMINER)
        && !name.is_empty()
        && name.iter().all(is_name_word))
    .then_some((i + c + 1, i + end))
}

fn phrase(s: &str, ws: &[Word], r: (usize, usize)) -> String {
    let last = &ws[r.1 - 1];
    if r.1 - r.0 == 1
        && let Some(p) = contraction(last.bare)
    {
        return p.to_string();
    }
    s[ws[r.0].start(s)..last.start(s) + last.text.len()]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches([',', ';', ':', '!', '?', ')', '”', '"', '—', '–'])
        .trim_end_matches(|c: char| c == '.' && !is_abbreviation(last.text))
        .to_string()
}

fn attribution(s: &str, ws: &[Word], r: (usize, usize), verb: &str) -> Attribution {
    let relative = r.1 - r.0 == 1 && ws[r.0].bare.eq_ignore_ascii_case("who") && r.0 > 0;
    let antecedent = relative
        .then(|| {
            np_backward(&ws[..r.0])
                .or_else(|| np_core(&ws[..r.0]))
                .map(|a| phrase(s, ws, a))
        })
        .flatten();
    Attribution {
        mention: phrase(s, ws, r),
        // (An ASCII verb, nearly all, lower-cases byte by byte to the same.)
        verb: if verb.is_ascii() {
            verb.to_ascii_lowercase()
        } else {
            verb.to_lowercase()
        },
        antecedent,
    }
}

/// `“…,” X said` / `“…,” said X` / `“…,” according to X`, in the text after a quote (up to the
/// end of its sentence or the next quote).
/// `quote_ended` says the quote closed its own sentence (“… now?”).
pub fn after_quote<'a>(
    post: &'a str,
    quote_ended: bool,
    scratch: &mut Scratch<'a>,
) -> Option<Attribution> {
    let ws = scratch.read(post);
    let first = ws.first()?;
    if let Some((VerbForm::Past | VerbForm::Third, base)) = reporting_verb(first)
        && !is_naming_verb(base)
    {
        let r = np_forward(&ws[1..])?;
        return Some(attribution(post, &ws[1..], r, first.bare));
    }
    // "David Axelrod, the chief strategist of the campaign, said": a name, then an appositive.
    let comma = ws.iter().take(5).position(|w| w.text.ends_with(','));
    let appositive = comma.is_some_and(|c| {
        ws[..=c].iter().all(is_name_word) || valid_subject(&ws[..=c]) && ws[0].is(DETERMINER)
    });
    let reach = if appositive {
        MAX_APPOSITIVE_WORDS
    } else {
        MAX_VERB_DISTANCE
    };
    for k in 0..ws.len().min(reach + 1) {
        let prev = k.checked_sub(1).map(|j| ws[j].text);
        if prev.is_some_and(|t| {
            !plain_end(t)
                && !t.starts_with('(')
                && ends_sentence(t.trim_end_matches(['”', '"', ')']))
        }) {
            return None;
        }
        if ws[k].bare.eq_ignore_ascii_case("according")
            && ws.get(k + 1).is_some_and(|n| n.bare == "to")
        {
            let rest = &ws[k + 2..];
            let r = np_forward(rest)?;
            return Some(attribution(post, rest, r, "according to"));
        }
        // "“…” about fixing inequality, said Jane Roe": the verb after a comma, inverted.
        // Not after a subject and its appositive ("Jane Roe, the chair, told the delegates"),
        // and not "tell", whose object follows it.
        if k > 0
            && !appositive
            && ws[k - 1].text.ends_with(',')
            && let Some((VerbForm::Past | VerbForm::Third, base)) = reporting_verb(&ws[k])
            && !is_naming_verb(base)
            && base != "tell"
            && let Some(r) = np_forward(&ws[k + 1..])
            && !ws[k + 1].is(PRONOUN_WORD)
        {
            return Some(attribution(post, &ws[k + 1..], r, ws[k].bare));
        }
        // A naming verb attributes when nothing follows it: "“…,” he mocks.", "he points out".
        if k > 0
            && let Some(base) = finite_verb(ws, k)
            && (!is_naming_verb(base)
                || ws[k].ends_clause()
                || ws
                    .get(k + 1)
                    .is_some_and(|w| w.text.trim_end_matches(['.', ',']) == "out"))
        {
            // "Netanyahu has said that …" opens new reported speech; it attributes nothing before.
            if ws.get(k + 1).is_some_and(|w| w.bare == "that") {
                return None;
            }
            // "Nate Silver, the polling guru who founded the site, tweeted": the name.
            if appositive && let Some(c) = comma {
                return Some(attribution(post, ws, (0, c + 1), ws[k].bare));
            }
            let mut r = np_backward(&ws[..k])?;
            // "public defender Jane Roe wrote", "Fight for $15 organizing director Jane Roe
            // told": a short description before the name belongs to the subject.
            if r.0 <= MAX_DESCRIPTION_WORDS
                && ws[..r.0].iter().all(|w| {
                    !w.ends_clause()
                        && !w.is(BOUNDARY)
                        && !w.is(FORWARD_STOP)
                        && !w.is(INTRO_OPENER)
                        && reporting_verb(w).is_none()
                })
            {
                r.0 = 0;
            }
            // "“…” than that of the CIA chief, Zuckoff said": the quote's sentence goes on to
            // a comma, then the attribution.
            let after_comma =
                r.0 > 0 && ws[r.0 - 1].text.ends_with(',') && valid_subject(&ws[r.0..r.1]);
            // "“What now?” Her critics cited it as …": after a finished sentence, a verb with an
            // object opens a new statement.
            // "“… mutual good.” Trump said the countries should …": after a finished sentence,
            // a verb with an object or a clause opens a new statement; an attribution ends at
            // the verb or goes on with a time, a place or an audience.
            let new_statement = quote_ended
                && ws.get(k + 1).is_some_and(|w| {
                    !w.is(FORWARD_STOP)
                        && !is_name_word(w)
                        && !is_in(&["reporters", "journalists"], w.bare)
                });
            // "“…,” as Jane Roe put it.": the subject after "as".
            let after_as = r.0 == 1 && ws[0].bare.eq_ignore_ascii_case("as");
            return ((r.0 == 0 || after_comma || after_as) && !new_statement)
                .then(|| attribution(post, &ws[..k], r, ws[k].bare));
        }
    }
    // "“…” to drive up the price, she said.", "“…” if she lost by more, said Jane Roe, an
    // analyst": after a comma, an attribution that ends the sentence or goes on to an
    // appositive.
    for c in (0..ws.len()).rev().filter(|&c| ws[c].text.ends_with(',')) {
        let rest = &ws[c + 1..];
        if let Some((VerbForm::Past | VerbForm::Third, base)) =
            rest.first().and_then(|w| reporting_verb(w))
            && !is_naming_verb(base)
            && base != "tell"
            && let Some(r) = np_forward(&rest[1..])
            && !rest[1].is(PRONOUN_WORD)
        {
            return Some(attribution(post, &rest[1..], r, rest[0].bare));
        }
        if let Some((k, base)) = (1..rest.len().min(MAX_SUBJECT_WORDS))
            .find_map(|k| finite_verb(rest, k).map(|base| (k, base)))
            && rest.len() - k <= 4
            && !is_naming_verb(base)
            && let Some(r) = np_backward(&rest[..k]).filter(|r| r.0 == 0)
        {
            return Some(attribution(post, rest, r, rest[k].bare));
        }
    }
    // "“…,” an angry Hollande retaliated.": an unlisted past-tense verb that ends the sentence.
    let k = ws
        .iter()
        .position(|w| !plain_end(w.text) && ends_sentence(w.text.trim_end_matches(['”', '"'])))?;
    let verb = &ws[k];
    // "“…,” he went on.": the phrasal verb's subject is before "went".
    let went_on = verb.bare == "on" && k > 1 && is_in(&["went", "goes"], ws[k - 1].bare);
    // Not a passive: "Her suggestions are redacted."
    let passive = k > 0 && is_in(&["is", "are", "was", "were", "be", "been"], ws[k - 1].bare);
    let r = (k > 0
        && k <= MAX_SUBJECT_WORDS
        && (verb.bare.ends_with("ed") || went_on)
        && !passive
        && verb.bare.starts_with(char::is_lowercase))
    .then(|| np_backward(&ws[..k]))
    .flatten()?;
    let verb = if went_on {
        &post[ws[k - 1].start(post)..verb.start(post) + verb.bare.len()]
    } else {
        verb.bare
    };
    (r.0 == 0).then(|| attribution(post, &ws[..k], r, verb))
}

/// `“…” — Jane Roe`, or a paragraph `- Jane Roe.` under a quotation: a credit after a dash.
pub fn dash_credit(text: &str) -> Option<Attribution> {
    let t = text.trim_start_matches(|c: char| c.is_whitespace() || "”\"’".contains(c));
    let rest = t.strip_prefix(DASHES)?;
    let ws = words(rest);
    let (start, end) = np_forward(&ws)?;
    // The credit is all there is, or its end: "— Jane Roe, in a speech".
    let whole = end == ws.len() || ws[end - 1].text.ends_with(',');
    (whole && ws[start..end].iter().all(is_name_word))
        .then(|| Attribution::without_verb(phrase(rest, &ws, (start, end))))
}

/// `X said: “…”`, `X called it “…”`, `According to X, “…”`, `X says there is a “…”`, in the
/// sentence before a quote.
/// `head` is the whole sentence up to the quote (`pre` starts after any earlier quote in it):
/// a participle's subject opens the sentence.
pub fn before_quote<'a>(
    pre: &'a str,
    head: &'a str,
    scratch: &mut Scratch<'a>,
) -> Option<Attribution> {
    let ws = scratch.read(pre);
    // `pre` and `head` both end at the quote: of one length, they are one text, with one set
    // of words.
    let head_words = || {
        if pre.len() == head.len() {
            Cow::Borrowed(ws)
        } else {
            Cow::Owned(words(head))
        }
    };
    if let Some(k) = ws
        .windows(2)
        .position(|p| p[0].bare.eq_ignore_ascii_case("according") && p[1].bare == "to")
        && let Some(r) = np_forward(&ws[k + 2..])
    {
        return Some(attribution(pre, &ws[k + 2..], r, "according to"));
    }
    // "Continued Stone: “…”", "Said Jane Roe, who grew up here, “…”": a sentence that opens
    // with the verb.
    // Not a participle phrase ("Asked about the plan, Roe said …"), nor after an earlier quote
    // in the sentence ("“…,” said Beck, who said there were “…”").
    if let Some(first) = ws.first()
        && pre.len() == head.len()
        && let Some((VerbForm::Past | VerbForm::Third, _)) = verb_form(first.bare)
        && !ws
            .get(1)
            .is_some_and(|w| w.is(PREPOSITION) || w.is(FORWARD_STOP))
        && let Some(r) = np_forward(&ws[1..])
    {
        return Some(attribution(pre, &ws[1..], r, first.bare));
    }
    // "Rep. Jane Roe (R-S.C.): “…”": a transcript's speaker label; "HEADLINE - Jane Roe: “…”",
    // "- More from Roe: “…”": a digest's source after a dash.
    if pre.trim_end().ends_with(':') {
        let label = pre
            .rmatch_indices(DASHES)
            .find(|&(i, _)| pre[..i].ends_with(' ') || i == 0)
            .map_or(pre, |(i, d)| &pre[i + d.len()..]);
        let mut ls = words(label);
        if ls.len() > 2 && ls[0].bare.eq_ignore_ascii_case("more") && ls[1].bare == "from" {
            ls.drain(..2);
        }
        if ls.len() <= MAX_SUBJECT_WORDS
            && ls
                .iter()
                .all(|w| is_name_word(w) || w.text.starts_with('('))
            && ls.first().is_some_and(is_name_word)
        {
            let end = ls
                .iter()
                .rposition(is_name_word)
                .map_or(ls.len(), |k| k + 1);
            return Some(attribution(label, &ls, (0, end), ""));
        }
    }
    // The clause's verb when its subject is further left ("…, saying “…”", "and told them “…”").
    let (mut clause_verb, mut clause_noun) = (None, None);
    for k in (0..ws.len()).rev() {
        // Each word is looked up once, and a verb's finite reading is worked out once.
        let verb = reporting_verb(&ws[k]);
        let put_it = ws[k].bare == "put" && ws.get(k + 1).is_some_and(|w| w.bare == "it");
        if (verb.is_none() && !put_it) || ws[k].bare == "according" {
            continue;
        }
        let finite = finite_form(ws, k, verb);
        // "a class called “Perception”": a naming verb right before the quote, after a
        // common noun, is a participle.
        let participle = k + 1 == ws.len()
            && verb.is_some_and(|(_, base)| is_naming_verb(base))
            && k > 0
            && ws[k - 1].bare.starts_with(char::is_lowercase)
            && !ws[k - 1].is(PRONOUN_WORD);
        if !participle
            && finite.is_some()
            && k > 0
            && let Some(r) = np_backward(&ws[..k])
            && !object_of_preposition(ws, r)
        {
            return Some(attribution(pre, &ws[..k], r, ws[k].bare));
        }
        // "footage of Trump saying “…”", "quoted Roe as saying “…”": the name right before
        // the participle says it.
        if let Some((VerbForm::Ing, _)) = verb {
            let end = k - usize::from(k > 0 && ws[k - 1].bare == "as");
            // Not a medium or an addressee ("on Facebook writing", "a letter to Roe asking"),
            // nor a demand ("calling for a ban").
            if let Some(r) = np_backward(&ws[..end])
                && r.1 == end
                && ws[r.0..r.1].iter().all(is_name_word)
                && !ws[r.1 - 1].ends_clause()
                && !(r.0 > 0 && is_in(&["on", "to", "in", "at", "via", "from"], ws[r.0 - 1].bare))
                && ws.get(k + 1).is_none_or(|w| w.bare != "for")
            {
                return Some(attribution(pre, &ws[..end], r, ws[k].bare));
            }
        }
        // A participle or a verb whose subject is further left; else a word that reads as a
        // noun ("the report"), which still says the sentence reports speech.
        if !participle {
            let verb_like = matches!(verb, Some((VerbForm::Ing, _))) || finite.is_some();
            if verb_like {
                clause_verb.get_or_insert(k);
            } else {
                clause_noun.get_or_insert(k);
            }
        }
    }
    let Some(k) = clause_verb.or(clause_noun) else {
        let last = ws.last()?;
        // "Trump issued the following statement: “…”": the sentence's subject.
        if last.text.ends_with(':') && last.is(SPEECH_NOUN) {
            let head_ws = head_words();
            let r = sentence_subject(&head_ws)?;
            return Some(attribution(head, &head_ws, r, ""));
        }
        // "The candidate reiterated: “…”": an unlisted past-tense verb and a colon.
        let r = (last.text.ends_with(':')
            && last.bare.ends_with("ed")
            && last.bare.starts_with(char::is_lowercase))
        .then(|| np_backward(&ws[..ws.len() - 1]))
        .flatten()?;
        return Some(attribution(pre, ws, r, last.bare));
    };
    let head_ws = head_words();
    let r = sentence_subject(&head_ws)?;
    let verb_like = clause_verb.is_some();
    Some(attribution(
        head,
        &head_ws,
        r,
        if verb_like { ws[k].bare } else { "" },
    ))
}

/// The attribution in the last sentence of a paragraph, which a quote-only paragraph after it
/// continues: "McCrummen reports:", "Clinton, clearly frustrated, responded, saying the
/// campaign was wrong."
pub fn introducing<'a>(paragraph: &'a str, scratch: &mut Scratch<'a>) -> Option<Attribution> {
    let body = paragraph.trim_end();
    let bare = body.trim_end_matches(':');
    let sentence = &body[sentence_start(bare.trim_end_matches(['.', '!', '?']))..];
    before_quote(sentence, sentence, scratch)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `sentence_start` read word by word, every word from the end: what the fast one must
    /// answer.
    fn sentence_start_plain(s: &str) -> usize {
        let ws = words(s);
        let mut next: Option<&Word> = None;
        for w in ws.iter().rev() {
            let ends = ends_sentence(w.text.trim_end_matches(['”', '"', '’', ')']));
            match next {
                None if ends => return s.len(),
                Some(n)
                    if ends
                        && n.text
                            .starts_with(|c: char| c.is_uppercase() || "“\"‘(".contains(c)) =>
                {
                    return n.start(s);
                }
                _ => {}
            }
            next = Some(w);
        }
        0
    }

    fn sentence_end_plain(s: &str) -> usize {
        words(s)
            .iter()
            .find(|w| ends_sentence(w.text.trim_end_matches(['”', '"', '’', ')'])))
            .map_or(s.len(), |w| w.start(s) + w.text.len())
    }

    #[test]
    fn sentence_edges() {
        let rows = [
            "",
            "no end here",
            "One. Two",
            "One. two. Three",
            "He left. “Why?” she asked",
            "Sen. Jane Roe of the U.S. said",
            "It ended.",
            "It ended. …",
            "It ended. — and",
            "Ask (why?) and leave. (Then go",
            "A.B. Roe said. ‘Quoted",
            "end!\u{a0}Next",
            "Mr. Roe. Mrs. Roe? Dr. Who!",
            "... ? ! .",
            "3.5 percent. 4.2 percent",
            "He said.” Then",
        ];
        for s in rows {
            assert_eq!(sentence_start(s), sentence_start_plain(s), "start {s:?}");
            assert_eq!(sentence_end(s), sentence_end_plain(s), "end {s:?}");
        }
    }

    #[test]
    fn scratch_reads_again_only_another_text() {
        let s = "Jane Roe said, and then";
        let mut scratch = Scratch::default();
        // The same slice twice, a longer and a shorter one from the same start, another start.
        for t in ["", &s[..8], &s[..8], s, &s[..4], &s[5..], &s[5..5], ""] {
            let got: Vec<(usize, &str)> = scratch
                .read(t)
                .iter()
                .map(|w| (w.start(t), w.text))
                .collect();
            let want: Vec<(usize, &str)> = words(t).iter().map(|w| (w.start(t), w.text)).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// `is_abbreviation` as first written, character by character: what the fast one must
    /// answer.
    fn is_abbreviation_plain(w: &str) -> bool {
        let core = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        let core = core.rsplit('-').next().unwrap_or(core);
        let letters = core.chars().filter(|c| c.is_alphabetic()).count();
        core.ends_with('.')
            && (core[..core.len() - 1].contains('.')
                || (letters == 1 && core.starts_with(char::is_uppercase))
                || crate::data::is_abbreviation(core))
    }

    #[test]
    fn word_edges() {
        let rows = [
            "—“‘Roe’”—",
            "“É”",
            "’’",
            "–3–",
            "",
            ".",
            "...",
            "Sen.",
            "U.S.",
            "J.",
            "ex-Sen.",
            "“Sen.",
            "(Calif.)",
            "said.",
            "É.",
            "-",
            "a-",
            "“We",
            "talk,”",
            "«Éire»",
            "\u{212a}an.",
            "3.5",
            "(R-S.C.):",
            "it’s",
            "said,",
            "talks.”",
            "a,",
            "3.",
        ];
        for w in rows {
            assert_eq!(
                is_abbreviation(w),
                is_abbreviation_plain(w),
                "abbreviation {w:?}"
            );
            let plain = w.trim_matches(|c: char| !c.is_alphanumeric());
            assert_eq!(trim_to_alphanumeric(w), plain, "trim {w:?}");
            assert_eq!(bare(w), plain, "bare {w:?}");
        }
    }

    #[test]
    fn classes_as_the_lists_say() {
        let rows = [
            "Will",
            "will",
            "May",
            "it’s",
            "It’s",
            "it's",
            "He's",
            "HE'S",
            "he'S",
            "they’re",
            "de",
            "De",
            "quickly",
            "Italy",
            "daily",
            "Sen",
            "SAID",
            "Said",
            "according",
            "É",
            "\u{212a}",
            "a-very-long-ascii-word",
            "",
        ];
        for w in rows {
            assert_eq!(class_of(w), class_plain(w), "{w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn classes_of_any_word_as_the_lists_say(
            listed in proptest::sample::select(
                CASELESS_LISTS
                    .iter()
                    .flat_map(|(list, _)| list.iter())
                    .chain(crate::data::REPORTING_VERBS.iter().flatten())
                    .copied()
                    .collect::<Vec<&str>>()
            ),
            case in proptest::collection::vec(proptest::bool::ANY, 16),
            other in "([a-zA-Z']|É|\u{212a}|’){0,17}",
        ) {
            // Every listed word in any ASCII case, and other words.
            let cased = crate::data::mixed_case(listed, &case);
            for w in [listed, cased.as_str(), other.as_str()] {
                proptest::prop_assert_eq!(class_of(w), class_plain(w), "{:?}", w);
            }
        }

        #[test]
        fn listed_abbreviations_as_the_list(
            listed in proptest::sample::select(ABBREVIATIONS),
            case in proptest::collection::vec(proptest::bool::ANY, 16),
            other in "([a-zA-Z.]|É|\u{212a}){0,16}",
        ) {
            // Every abbreviation in any ASCII case, and other words ("\u{212a}y." lower-cases
            // to "ky.").
            let cased = crate::data::mixed_case(listed, &case);
            for w in [listed, cased.as_str(), other.as_str(), "\u{212a}y.", "\u{212a}an."] {
                proptest::prop_assert_eq!(is_listed_abbreviation(w), ABBREVIATION_WORDS.has(w), "{:?}", w);
            }
        }

        #[test]
        fn verb_forms_as_the_plain_lookup(
            verb in proptest::sample::select(REPORTING_VERBS.concat()),
            case in proptest::collection::vec(proptest::bool::ANY, 16),
            other in "([a-zA-Z]|É|\u{212a}|’){0,16}",
        ) {
            // Every verb form in any ASCII case, and other words (the Kelvin sign lower-cases
            // to an ASCII "k": "as\u{212a}" is "ask").
            let cased = crate::data::mixed_case(verb, &case);
            for w in [verb, cased.as_str(), other.as_str(), "as\u{212a}", "\u{212a}"] {
                proptest::prop_assert_eq!(verb_form(w), crate::data::reporting_verb(w), "{:?}", w);
            }
        }

        #[test]
        fn word_edges_as_read_by_character(w in "([A-Za-z0-9]{1,3}|[-.,“”‘’—–«»\"()!?:]|É|\u{212a}|\u{a0}){0,8}") {
            proptest::prop_assert_eq!(is_abbreviation(&w), is_abbreviation_plain(&w));
            let plain = w.trim_matches(|c: char| !c.is_alphanumeric());
            proptest::prop_assert_eq!(trim_to_alphanumeric(&w), plain);
            proptest::prop_assert_eq!(bare(&w), plain);
        }

        #[test]
        fn words_as_the_tokens_give_them(s in "([A-Za-z0-9]{1,5}|[ ,.“”’—()]|\u{a0}|\u{2003}|\u{85}|É|\t|\n){0,30}") {
            // The plain rule: every white-space separated token whose bare word is not empty.
            let want: Vec<(usize, &str, &str)> = tokens(&s)
                .map(|(at, t)| (at, t, bare(t)))
                .filter(|(_, _, b)| !b.is_empty())
                .collect();
            let got: Vec<(usize, &str, &str)> =
                words(&s).iter().map(|w| (w.start(&s), w.text, w.bare)).collect();
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn sentence_edges_as_read_word_by_word(
            s in "([A-Za-z]{1,4}|[.!?”\"’)(“‘ ]|\u{a0}|É|\n){0,30}"
        ) {
            proptest::prop_assert_eq!(sentence_start(&s), sentence_start_plain(&s));
            proptest::prop_assert_eq!(sentence_end(&s), sentence_end_plain(&s));
        }

        #[test]
        fn last_sentence_of_a_longer_text(
            s in "([A-Za-z]{1,4}|[.!?”\"’)(“‘ ]|\u{a0}|É|\n){0,30}",
            cut in 0usize..60,
        ) {
            let cut = (0..=cut.min(s.len())).rev().find(|&c| s.is_char_boundary(c)).unwrap_or(0);
            if let Some((start, word)) = last_sentence(&s[cut..])
                && word > 0
            {
                proptest::prop_assert_eq!(sentence_start(&s), cut + start);
            }
        }
    }

    fn pair(a: Option<Attribution>) -> Option<(String, String)> {
        a.map(|a| (a.mention, a.verb))
    }

    #[test]
    fn after_a_quote() {
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            (" Putin said.", Some(("Putin", "said"))),
            (" said Putin.", Some(("Putin", "said"))),
            (" he added.", Some(("he", "added"))),
            (
                " said John Smith, a spokesman for the ministry.",
                Some(("John Smith", "said")),
            ),
            (
                " the influential US daily said.",
                Some(("the influential US daily", "said")),
            ),
            (
                " a senior official told reporters.",
                Some(("a senior official", "told")),
            ),
            (
                " according to Jane Roe.",
                Some(("Jane Roe", "according to")),
            ),
            (
                " David Axelrod, the chief strategist of the campaign in 2008, said.",
                Some(("David Axelrod", "said")),
            ),
            (
                " public defender Jane Roe wrote.",
                Some(("public defender Jane Roe", "wrote")),
            ),
            (" Toomey fumed on Tuesday.", Some(("Toomey", "fumed"))),
            (
                " an angry Hollande retaliated.",
                Some(("an angry Hollande", "retaliated")),
            ),
            (" the crowd cheered wildly and left.", None),
            (" the mayor harrumphed.", Some(("the mayor", "harrumphed"))),
            (", adding that the plan would fail.", None),
            (
                " The United States said.",
                Some(("The United States", "said")),
            ),
            (" The talks ended. Putin said.", None),
            (
                " his recent tweets said.",
                Some(("his recent tweets", "said")),
            ),
            (" his tweets on Monday.", None),
        ];
        for (input, want) in rows {
            assert_eq!(
                pair(after_quote(input, false, &mut Scratch::default())),
                want.map(|(m, v)| (m.to_string(), v.to_string())),
                "input {input:?}"
            );
        }
    }

    #[test]
    fn before_a_quote() {
        let rows: &[(&str, Option<(&str, &str)>)] = &[
            ("John Smith said: ", Some(("John Smith", "said"))),
            ("Smith has warned: ", Some(("Smith", "warned"))),
            ("Jane Roe called the plan ", Some(("Jane Roe", "called"))),
            (
                "The New York Post reports that the team avoided it in order to ",
                Some(("The New York Post", "reports")),
            ),
            (
                "Joe Bates, who flew in from Ohio to help the campaign in the state, says there is a ",
                Some(("Joe Bates", "says")),
            ),
            (
                "She greeted supporters in Houston and told them that they would ",
                Some(("She", "told")),
            ),
            (
                "In response to the plan, Clinton’s aide rallied supporters, saying: ",
                Some(("Clinton’s aide", "saying")),
            ),
            ("He’s predicting he will do ", Some(("He", "predicting"))),
            (
                "The presidential candidate reiterated: ",
                Some(("The presidential candidate", "reiterated")),
            ),
            (
                "Speaking in Salem, New Hampshire, Trump went after Bush, calling him ",
                Some(("Trump", "calling")),
            ),
            (
                "According to the report, ",
                Some(("the report", "according to")),
            ),
            (
                "Said Jane Roe, who grew up with him, ",
                Some(("Jane Roe", "said")),
            ),
            ("Rep. Jane Roe (R-S.C.):", Some(("Rep. Jane Roe", ""))),
            ("The so-called ", None),
        ];
        for (input, want) in rows {
            assert_eq!(
                pair(before_quote(input, input, &mut Scratch::default())),
                want.map(|(m, v)| (m.to_string(), v.to_string())),
                "input {input:?}"
            );
        }
    }
}
