//! Person names: what a name looks like, and the people an article mentions, so that a surname
//! ("Putin") or a title ("Mr. Trump") resolves to the full name ("Vladimir Putin") and "she"
//! to the last woman mentioned. Places and organizations written like names ("New York",
//! "White House") are kept apart from people by given names, titles and lone surnames.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::hash_map::Entry;
use std::ops::Range;
use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::data::{
    ABBREVIATION_WORDS, ABBREVIATIONS, FEMALE_NAMES, FEMALE_WORDS, Gender, MALE_NAMES, MALE_WORDS,
    MONTH_WORDS, MONTHS, NAME_PARTICLES, SENTENCE_WORDS, SlotTable, TITLE_WORDS, TITLES, WEEKDAYS,
    WordFilter, is_name_particle, pack_bytes, pack_folded,
};

/// Is `word` capitalized like a part of a name ("Putin", "Jong-un", "O'Brien", "J.", "McCain")?
pub fn is_cap_word(word: &str) -> bool {
    // ASCII words (nearly all), byte by byte: an ASCII character passes the test below just
    // when it passes this one, and at the first other byte outside ASCII than a curly
    // apostrophe's the word is tested whole.
    let bytes = word.as_bytes();
    match bytes.first() {
        Some(b'A'..=b'Z') => {}
        Some(0x80..) => return is_cap_word_chars(word),
        _ => return false,
    }
    let mut i = 1;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if !(b.is_ascii_alphabetic() || matches!(b, b'-' | b'\'' | b'.')) {
                return false;
            }
            i += 1;
        } else if bytes[i..].starts_with("’".as_bytes()) {
            // The curly apostrophe ("O’Brien", "Sanders’") passes, as it does below.
            i += "’".len();
        } else {
            return is_cap_word_chars(word);
        }
    }
    true
}

/// `is_cap_word`, character by character.
fn is_cap_word_chars(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => {
            chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        }
        _ => false,
    }
}

/// Does `s` look like a person's name: 1 to 5 capitalized words (particles allowed inside)?
pub fn looks_like_name(s: &str) -> bool {
    looks_like_name_words(&s.split_whitespace().collect::<Vec<_>>())
}

/// `looks_like_name` of the name made of `words`.
fn looks_like_name_words(words: &[&str]) -> bool {
    looks_like_name_parts(words.iter().map(|w| NamePart::of(w)))
}

/// What a word can be in a name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct NamePart {
    /// Capitalized like a name (`is_cap_word`), or a suffix ("Jr.").
    capitalized: bool,
    /// A particle ("van", "de"), allowed inside a name.
    particle: bool,
    /// More than one letter: not an initial.
    letters: bool,
}

impl NamePart {
    fn of(w: &str) -> NamePart {
        let capitalized = is_cap_word(w) || is_suffix(w);
        NamePart {
            capitalized,
            // Only asked of words that are not capitalized.
            particle: !capitalized && is_name_particle(w),
            letters: has_letters(w),
        }
    }
}

/// Has `w` more than one letter (is it more than an initial)? Stops at the second.
fn has_letters(w: &str) -> bool {
    // The ASCII characters that are alphabetic are the ASCII letters.
    if w.is_ascii() {
        return w.bytes().filter(u8::is_ascii_alphabetic).nth(1).is_some();
    }
    w.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// `looks_like_name` of a name whose words are `parts`: 1 to 5, capitalized but for particles
/// inside, and not all initials.
fn looks_like_name_parts(parts: impl ExactSizeIterator<Item = NamePart> + Clone) -> bool {
    let n = parts.len();
    (1..=5).contains(&n)
        && parts
            .clone()
            .enumerate()
            .all(|(i, p)| p.capitalized || (i > 0 && i + 1 < n && p.particle))
        && parts.clone().any(|p| p.letters)
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
    counted_without_titles(name).0
}

/// `strip_titles`, with how many words the name left has and its last word, found in the
/// same pass over the words.
fn counted_without_titles(name: &str) -> (&str, usize, &str) {
    // A name of one word (most mentions: "Putin") is itself whatever it is, with nothing after
    // it for a title to stand before. It is one word when its bytes between ASCII white space
    // are all ASCII above the space (where `trim` and the tokens agree with `trim_ascii`).
    let word = name.trim_ascii();
    if !word.is_empty() && word.bytes().all(|b| b > b' ' && b.is_ascii()) {
        return (word, 1, word);
    }
    let (mut title_end, mut all, mut after, mut first_after, mut last) = (None, 0, 0, None, "");
    crate::lines::each_token(name, |at, w| {
        all += 1;
        last = w;
        if TITLE_WORDS.has(w) {
            (title_end, after, first_after) = (Some(at + w.len()), 0, None);
        } else {
            after += 1;
            first_after = first_after.or(Some(w));
        }
    });
    match title_end {
        Some(end) if first_after.is_some_and(is_cap_word) => (name[end..].trim(), after, last),
        _ => (name.trim(), all, last),
    }
}

/// The name in a mention, without the description before it: "public defender Jane Roe" →
/// "Jane Roe", "Sen. John McCain" → "John McCain". A mention with no name ("the influential US
/// daily") is kept whole.
pub fn name_part(mention: &str) -> &str {
    let short = before_preposition(strip_titles(mention));
    let starts: Vec<(usize, &str)> = crate::lines::tokens(short).collect();
    let run = starts
        .iter()
        .rev()
        .take_while(|(_, w)| is_cap_word(w) || is_name_particle(w))
        .count();
    let described = starts.len() - run;
    // Keep it whole without a name, or when only "the" or a possessive stands before it.
    let before = described.checked_sub(1).map(|k| starts[k].1);
    if run == 0
        || described == 0
        || before.is_some_and(|w| TITLE_WORDS.has(w) || w.ends_with("’s") || w.ends_with("'s"))
        || (described == 1 && starts[0].1.eq_ignore_ascii_case("the"))
    {
        return short;
    }
    &short[starts[described].0..]
}

/// The prepositions that end the name in a mention ("Jason Gilbert of Cheyenne"), in the
/// order they are tried.
const PREPOSITIONS: [&str; 5] = [" of ", " from ", " at ", " with ", " for "];

/// `mention` cut before each preposition in turn that follows a capitalized word: "Jason
/// Gilbert of Cheyenne" → "Jason Gilbert".
fn before_preposition(mut short: &str) -> &str {
    // Where each preposition first is, is found in one pass over the spaces; once the mention
    // is cut short, it is still there if it ends before the cut (and no later place would be).
    let bytes = short.as_bytes();
    let mut first = [None; PREPOSITIONS.len()];
    for i in (0..bytes.len()).filter(|&i| bytes[i] == b' ') {
        for (place, prep) in first.iter_mut().zip(PREPOSITIONS) {
            if place.is_none() && bytes[i..].starts_with(prep.as_bytes()) {
                *place = Some(i);
            }
        }
    }
    for (place, prep) in first.into_iter().zip(PREPOSITIONS) {
        if let Some(i) = place
            && i + prep.len() <= short.len()
            && short[..i].rsplit(' ').next().is_some_and(is_cap_word)
        {
            short = &short[..i];
        }
    }
    short
}

/// First words of capitalized runs that name places and bodies, not people.
fn starts_non_person(w: &str) -> bool {
    matches!(
        w,
        "New"
            | "Los"
            | "Las"
            | "San"
            | "Santa"
            | "Saint"
            | "St."
            | "White"
            | "United"
            | "North"
            | "South"
            | "East"
            | "West"
            | "Great"
            | "Supreme"
            | "Federal"
            | "National"
            | "Democratic"
            | "Republican"
            | "Central"
            | "Middle"
            | "Fort"
            | "Mount"
            | "Lake"
            | "Port"
            | "Capitol"
            | "Wall"
            | "Silicon"
            | "Islamic"
            | "European"
            | "American"
            | "British"
            | "Russian"
            | "Chinese"
            | "Air"
            | "Camp"
    )
}

/// A weekday or a month: it ends no name.
fn is_date_word(w: &str) -> bool {
    is_weekday(w) || MONTH_WORDS.has(w.trim_end_matches('.'))
}

fn is_weekday(w: &str) -> bool {
    WEEKDAYS.contains(&w)
}

/// A person (or other named thing) the article mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person<'a> {
    /// The name as the article first writes it: a stretch of a paragraph, borrowed (a copy
    /// only where its words stand otherwise apart).
    pub name: Cow<'a, str>,
    pub gender: Option<Gender>,
    /// Given names, titles or lone surnames show this is a person, not a place.
    pub is_person: bool,
}

impl Person<'_> {
    /// Known to be a person, or at least not named like a place or a body.
    pub fn could_be_person(&self) -> bool {
        self.is_person || !starts_non_person(self.name.split(' ').next().unwrap_or(""))
    }
}

/// The names in an article and where each is mentioned.
#[derive(Debug, Default)]
pub struct NameIndex<'a> {
    pub people: Vec<Person<'a>>,
    /// `(paragraph, byte offset, index into people)`, in text order.
    mentions: Vec<(usize, usize, usize)>,
    /// Each word of a name (borrowed from the article) to the people whose names hold it, in
    /// order of first mention, so that lookups stay cheap in articles that name thousands.
    by_word: HashMap<&'a str, Holders>,
    /// The words of `by_word` in a filter: most lone words name no one (the article's other
    /// capitalized words), and are turned away before any hashing.
    held: WordFilter,
    /// The mention `resolve` was last asked about, and its answer.
    last_resolved: RefCell<Option<(String, Option<usize>)>>,
}

/// The people whose names hold a word: most words are held by one, kept in place (no list to
/// allocate for each word).
#[derive(Debug)]
struct Holders {
    first: Holder,
    more: Vec<Holder>,
}

impl Holders {
    fn iter(&self) -> impl Iterator<Item = &Holder> {
        std::iter::once(&self.first).chain(&self.more)
    }
}

/// A person whose name holds a word, and where.
#[derive(Debug, Clone, Copy)]
struct Holder {
    person: usize,
    /// The word is the name's first, or its last.
    first: bool,
    last: bool,
    /// How many words the name has.
    words: u8,
}

/// The person of a mention held open for a lone word: none yet (dropped if none is found).
const NO_ONE: usize = usize::MAX;

/// How many recent name mentions a pronoun looks back through.
const PRONOUN_LOOKBACK: usize = 200;

/// A run of capitalized words in a paragraph.
struct Run {
    para: usize,
    start: usize,
    /// Where its words are in the buffer `runs` fills (one for all runs: no allocation each).
    words: Range<usize>,
    titled: Option<Gender>,
    had_title: bool,
    /// How many words open it that open sentences ("But"), and how many end with its last
    /// title (0 without one): counted as the words come, the name starts after both.
    sentence: usize,
    to_title: usize,
    /// How many weekdays and months end it (they end no name): counted as the words come.
    dates: usize,
}

impl Run {
    /// A run from byte `start` of paragraph `para`, whose words will be from `first` on in the
    /// buffer of words.
    fn new(para: usize, start: usize, first: usize) -> Run {
        Run {
            para,
            start,
            words: first..first,
            titled: None,
            had_title: false,
            sentence: 0,
            to_title: 0,
            dates: 0,
        }
    }

    /// `word` pushed onto the buffer as this run's next; `title` when the word as written
    /// (`w`, with any period) is a title.
    #[inline(always)]
    fn add<'a>(&mut self, words: &mut Vec<Word<'a>>, word: Word<'a>, title: bool, w: &str) {
        words.push(word);
        self.words.end = words.len();
        let count = self.words.len();
        if word.kinds.sentence && self.sentence + 1 == count {
            self.sentence = count;
        }
        if word.kinds.title {
            self.to_title = count;
        }
        self.dates = if word.kinds.date { self.dates + 1 } else { 0 };
        if title {
            self.had_title = true;
            self.titled = match w.trim_end_matches('.') {
                "Mr" => Some(Gender::Male),
                "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
                _ => self.titled,
            };
        }
    }
}

/// A word of a run: the token as a word of a name, and what else it is (a function of its
/// text).
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    text: &'a str,
    kinds: Kinds,
    part: NamePart,
}

/// What a word of a run can be besides a word of a name.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Kinds {
    /// A title ("President", "Sen.").
    title: bool,
    /// A word that opens sentences ("But", "The"), or a weekday.
    sentence: bool,
    /// A weekday or a month.
    date: bool,
}

/// A word of the lists that `Kinds` asks, found by its folded key (`data::pack_folded`).
#[derive(Debug, Clone, Copy, Default)]
struct Listed {
    title: bool,
    month: bool,
    weekday: bool,
    /// The word as the lists that mind its case write it (sentence words and weekdays).
    written: &'static str,
    /// The word with a period after it is a title ("Sen."), or an abbreviation ("Calif.").
    title_period: bool,
    abbreviation_period: bool,
}

/// The words of the lists that `Kinds` asks.
static LISTED: LazyLock<SlotTable<Listed>> = LazyLock::new(|| {
    let mut listed = SlotTable::<Listed>::default();
    for w in TITLES {
        listed.entry(w).title = true;
    }
    for (m, _) in MONTHS {
        listed.entry(m).month = true;
    }
    for (list, weekday) in [(SENTENCE_WORDS, false), (WEEKDAYS, true)] {
        for w in list {
            let entry = listed.entry(w);
            assert!(entry.written.is_empty() || entry.written == *w, "{w:?}");
            entry.written = w;
            entry.weekday |= weekday;
        }
    }
    // Those written with one period after letters, by the letters (only such a word is asked).
    let letters = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic());
    for (list, title) in [(TITLES, true), (ABBREVIATIONS, false)] {
        for w in list
            .iter()
            .filter_map(|w| w.strip_suffix('.'))
            .filter(|w| letters(w))
        {
            let entry = listed.entry(w);
            if title {
                entry.title_period = true;
            } else {
                entry.abbreviation_period = true;
            }
        }
    }
    listed
});

/// `data::pack_folded` of a word of 1 to 15 ASCII letters: folded, every letter has its 0x20
/// bit.
fn letters_key(w: &[u8]) -> u128 {
    let n = w.len();
    let lower = u128::from_le_bytes([0x20; 16]) >> (8 * (16 - n));
    pack_bytes(w) | lower | ((n as u128) << 120)
}

impl Kinds {
    /// Each list asked in turn.
    fn listed(w: &str) -> Kinds {
        Kinds {
            title: TITLE_WORDS.has(w),
            sentence: is_sentence_word(w),
            date: is_date_word(w),
        }
    }

    /// `listed`, with one lookup for a short ASCII word without a final period (nearly every
    /// word): the lists that ignore case answer by its folded key, and those that mind it by
    /// comparing it with the word they write.
    fn of(w: &str) -> Kinds {
        let key = if w.ends_with('.') {
            None
        } else {
            pack_folded(w.as_bytes())
        };
        let Some(key) = key else {
            // The listed words are ASCII (they have packed keys): a word whose lower-case form
            // is not ASCII ("Sanders’", "Émile") is in no list.
            let lower_ascii = |c: char| c.is_ascii() || c.to_lowercase().all(|l| l.is_ascii());
            if !w.is_ascii() && !w.chars().all(lower_ascii) {
                return Kinds::default();
            }
            return Kinds::listed(w);
        };
        match LISTED.get(w.as_bytes(), || Some(key)) {
            Some(l) => Kinds::of_listed(w, l),
            None => Kinds::default(),
        }
    }

    /// `of` a word of ASCII letters only, as nearly every word of a run is: one whose slot in
    /// the table is empty is in no list.
    #[inline(always)]
    fn of_letters(w: &str) -> Kinds {
        Kinds::of_letters_listed(w).0
    }

    /// `of_letters`, and the word's entry in the lists if it has one.
    #[inline(always)]
    fn of_letters_listed(w: &str) -> (Kinds, Option<&'static Listed>) {
        if w.len() > 15 {
            return (Kinds::of(w), None);
        }
        match LISTED.get(w.as_bytes(), || Some(letters_key(w.as_bytes()))) {
            Some(l) => (Kinds::of_listed(w, l), Some(l)),
            None => (Kinds::default(), None),
        }
    }

    /// The kinds of `w`, found in the lists as `l`.
    fn of_listed(w: &str, l: &Listed) -> Kinds {
        let written = !l.written.is_empty() && w == l.written;
        Kinds {
            title: l.title,
            sentence: written,
            date: l.month || (l.weekday && written),
        }
    }
}

/// The runs of capitalized words in `text` (whose `marks` are made), pushed onto `out`; their
/// words are pushed onto `words` (buffers for all paragraphs: no allocation each).
fn runs<'a>(
    para: usize,
    text: &'a str,
    marks: &Marks,
    words: &mut Vec<Word<'a>>,
    out: &mut Vec<Run>,
) {
    let mut cur: Option<Run> = None;
    let mut pos = 0;
    loop {
        if cur.is_none() {
            // Outside a run only a capitalized word matters, and most words are not: skip to
            // the token of the next capital letter (or character outside ASCII, which may be
            // one, but for punctuation).
            let Some(at) = next_capital(text, marks, pos) else {
                break;
            };
            pos = token_start(text, pos, at);
        }
        let Some((at, raw, letters)) = next_token(text, pos) else {
            break;
        };
        pos = at + raw.len();
        // A word of ASCII letters (most words), alone, with one mark after it ("Trump,",
        // "Putin.") or a possessive ending ("Putin’s"), read as the general path below reads
        // it: `trim_marks` takes the mark off but for a period, the possessive ending is cut
        // (and no other: an apostrophe is no letter), and the word (without the period) has
        // nothing else to trim. (Tested in turn, not matched: a jump table on these bytes
        // mispredicts often.)
        let rest = &raw.as_bytes()[letters..];
        let period = rest == b".";
        let mark =
            rest.len() == 1 && matches!(rest[0], b',' | b';' | b':' | b')' | b'"' | b'!' | b'?');
        let simple = rest.is_empty()
            || mark
            // An initial ("J.") keeps its period: the general path reads it.
            || (period && letters > 1)
            || rest == b"'s"
            || rest == "’s".as_bytes();
        if letters > 0 && simple {
            let word = &raw[..letters];
            // The word as written: a period stays on it (no particle has one).
            let w = if period { raw } else { word };
            // It fits when capitalized, or when a particle inside a run.
            let capitalized = word.as_bytes()[0].is_ascii_uppercase();
            if !capitalized && (cur.is_none() || w.len() > LONGEST_PARTICLE || !is_name_particle(w))
            {
                finish(cur.take(), words, out);
                continue;
            }
            let (kinds, listed) = Kinds::of_letters_listed(word);
            // ("Lt." is a title, "Lt" is not: `TITLE_WORDS.has(raw)`, as the lists of the word
            // without its period tell it.)
            let title = if period {
                listed.is_some_and(|l| l.title_period)
            } else {
                kinds.title
            };
            // A mark ends the clause, and a possessive the run; a period ends the clause unless
            // it ends a title or an abbreviation (the word has two letters or more).
            let ends_clause = if period {
                !title && !listed.is_some_and(|l| l.abbreviation_period)
            } else {
                !rest.is_empty()
            };
            let ends = ends_clause || ends_run(text.as_bytes(), pos);
            // A run of this word alone, a word that opens sentences ("The", "But") or a title,
            // is dropped as it ends (`finish`): it is not made. (One branch on the three tests,
            // seldom all true: each alone would mispredict often.)
            if ends & cur.is_none() & (kinds.sentence | kinds.title) {
                continue;
            }
            let part = NamePart {
                capitalized,
                particle: !capitalized,
                letters: letters > 1,
            };
            let run = cur.get_or_insert_with(|| Run::new(para, at, words.len()));
            let word = Word {
                text: word,
                kinds,
                part,
            };
            run.add(words, word, title, w);
            if ends {
                finish(cur.take(), words, out);
            }
            continue;
        }
        general_token(para, at, raw, &mut cur, words, out);
    }
    finish(cur, words, out);
}

/// `runs` of a token that is no plain word (nor one with a mark or possessive after it): its
/// bare word trimmed of marks and possessive ending, ending `cur` or added to it. Apart from the
/// loop over tokens, whose common steps it would crowd.
#[inline(never)]
fn general_token<'a>(
    para: usize,
    at: usize,
    raw: &'a str,
    cur: &mut Option<Run>,
    words: &mut Vec<Word<'a>>,
    out: &mut Vec<Run>,
) {
    // Most words are lower case and outside any run: nothing to do (the cheap test first).
    if cur.is_none() && matches!(raw.as_bytes()[0], b'a'..=b'z' | b'0'..=b'9') {
        return;
    }
    let bare = if crate::lines::alphanumeric_ends(raw) {
        raw
    } else {
        trim_marks(raw)
    };
    // Both possessive endings end in "s".
    let w = if bare.ends_with('s') {
        strip_all(strip_all(bare, "’s"), "'s")
    } else {
        bare
    };
    let fits =
        is_cap_word(w) || (cur.is_some() && w.len() <= LONGEST_PARTICLE && is_name_particle(w));
    if !fits {
        finish(cur.take(), words, out);
        return;
    }
    let run = cur.get_or_insert_with(|| Run::new(para, at, words.len()));
    // An initial keeps its period ("Jeffrey M. Jones"); a sentence's end does not.
    let initial = w.len() == 2 && w.ends_with('.');
    // A word that ends with a letter has nothing to trim at its end.
    let text = if initial || w.as_bytes().last().is_some_and(u8::is_ascii_alphabetic) {
        w
    } else {
        w.trim_end_matches('.').trim_end_matches(',').trim_end()
    };
    let letters = text.bytes().all(|b| b.is_ascii_alphabetic());
    let kinds = if letters {
        Kinds::of_letters(text)
    } else {
        Kinds::of(text)
    };
    // The same word unless a period was cut ("Lt." is a title, "Lt" is not).
    let title = if text.len() == w.len() {
        kinds.title
    } else {
        TITLE_WORDS.has(w)
    };
    // A word of ASCII letters that fits is capitalized or else a particle, and every byte
    // is a letter.
    let part = if letters {
        let capitalized = text.as_bytes()[0].is_ascii_uppercase();
        NamePart {
            capitalized,
            particle: !capitalized,
            letters: text.len() > 1,
        }
    } else {
        NamePart::of(text)
    };
    run.add(words, Word { text, kinds, part }, title, w);
    let possessive = bare.ends_with("’s") || bare.ends_with("'s");
    let ends_clause = || {
        raw.ends_with([',', ';', ':', ')', '”', '"', '!', '?'])
            || (raw.ends_with('.')
                // `title` asked the same of the same word, unless a possessive was cut.
                && !(if w.len() == bare.len() { title } else { TITLE_WORDS.has(bare) })
                && !ABBREVIATION_WORDS.has(bare)
                && has_letters(bare))
    };
    if possessive || ends_clause() {
        finish(cur.take(), words, out);
    }
}

/// Ends a run: kept when a word of it is left after those that open sentences and the titles
/// (the words a name can start at), else dropped with its words, the last in the buffer.
fn finish<'a>(run: Option<Run>, words: &mut Vec<Word<'a>>, out: &mut Vec<Run>) {
    if let Some(run) = run {
        if run.sentence.max(run.to_title) < run.words.len() {
            out.push(run);
        } else {
            words.truncate(run.words.start);
        }
    }
}

/// The token at or after `pos` (as `lines::token_at` finds it), and how many ASCII letters it
/// opens with (all of its bytes in a plain word, as most are; 0 where not counted). Those are
/// found here on the way.
fn next_token(text: &str, pos: usize) -> Option<(usize, &str, usize)> {
    let bytes = text.as_bytes();
    let mut start = pos;
    while bytes.get(start) == Some(&b' ') {
        start += 1;
    }
    // The first byte that is not an ASCII letter: with 0x20 set, the letters are the bytes
    // from b'a' to b'z' (and no others, among bytes below 0x80).
    let end = find_byte(
        bytes,
        start,
        |x| {
            let lower = (x & LOW7) | (ONES * 0x20);
            !(within(lower, b'a', b'z') & !x) & HIGH
        },
        |b| !b.is_ascii_alphabetic(),
    );
    let is_space = |at: usize| {
        bytes
            .get(at)
            .is_none_or(|b| matches!(b, b' ' | b'\t'..=b'\r'))
    };
    if end > start && is_space(end) {
        return Some((start, &text[start..end], end - start));
    }
    // Else a token with ASCII punctuation (or curly quotes) ends at the first byte below b'!' or
    // outside ASCII, when that is ASCII white space; other tokens are read as `lines` reads them.
    let punctuated = |from: usize| {
        find_byte(
            bytes,
            from,
            |x| (within(x & LOW7, 0, b' ') | x) & HIGH,
            |b| b <= b' ' || !b.is_ascii(),
        )
    };
    let mut stop = punctuated(end);
    // A curly quote mark or apostrophe (U+2018 to U+201D: E2 80 98 to E2 80 9D) is no white
    // space, and the commonest character outside ASCII in a word: the token goes on past it.
    while let [0xe2, 0x80, 0x98..=0x9d, ..] = bytes[stop..] {
        stop = punctuated(stop + 3);
    }
    if stop > start && is_space(stop) {
        return Some((start, &text[start..stop], end - start));
    }
    // (A token that starts here holds the letters: they are no white space.)
    crate::lines::token_at(text, start)
        .map(|(at, token)| (at, token, if at == start { end - start } else { 0 }))
}

/// Does the token after the space at `pos` end a run, whatever else it holds: one that opens
/// with a digit, or with a lower-case letter that no particle opens with, followed so? Such a
/// token fits no name (`is_cap_word` needs a capital first) and is no particle, so that it need
/// not be read: the search for the next capital starts before it, and when it lands inside it,
/// the token is read then, outside a run, and passed over for its first byte.
#[inline(always)]
fn ends_run(bytes: &[u8], pos: usize) -> bool {
    // (Nearly always one space: after more, or other white space, the token is read.)
    if bytes.get(pos) != Some(&b' ') {
        return false;
    }
    let i = pos + 1;
    match bytes.get(i) {
        Some(b'0'..=b'9') => true,
        Some(&first @ b'a'..=b'z') => {
            let next = match bytes.get(i + 1) {
                Some(&b @ b'a'..=b'z') => b - b'a',
                _ => 26,
            };
            PARTICLE_OPENINGS[usize::from(first - b'a')] & (1 << next) == 0
        }
        _ => false,
    }
}

/// For each lower-case letter, the letters that follow it in the name particles that open with
/// it, one bit each, and bit 26 where the particle is the letter alone ("y"). A word that opens
/// with a letter and a non-letter is taken as opening with the letter alone.
const PARTICLE_OPENINGS: [u32; 26] = {
    let mut openings = [0; 26];
    let mut i = 0;
    while i < NAME_PARTICLES.len() {
        let p = NAME_PARTICLES[i].as_bytes();
        assert!(p[0].is_ascii_lowercase());
        let next = if p.len() > 1 { p[1] - b'a' } else { 26 };
        assert!(next <= 26);
        openings[(p[0] - b'a') as usize] |= 1 << next;
        i += 1;
    }
    openings
};

/// The length of the longest name particle: longer words need no lookup.
const LONGEST_PARTICLE: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < NAME_PARTICLES.len() {
        if NAME_PARTICLES[i].len() > longest {
            longest = NAME_PARTICLES[i].len();
        }
        i += 1;
    }
    longest
};

/// The first character at or after `pos` in `text` (a character boundary) that is an ASCII
/// capital, or outside ASCII but for general punctuation (U+2000 to U+203F: curly quotes and
/// apostrophes, dashes, and some white space).
///
/// A token outside a run matters only when it fits a name, which needs an upper-case first
/// letter after any opening punctuation (`is_cap_word` of the token's bare word); a token with
/// no ASCII capital and no character outside ASCII but general punctuation (none of which is a
/// letter) cannot have one, so the characters before this one can be skipped.
fn next_capital(text: &str, marks: &Marks, mut pos: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        let at = next_mark(&marks.capitals, pos)?;
        // General punctuation is E2 80 80 to E2 80 BF.
        if let [0xe2, 0x80, _, ..] = bytes[at..] {
            pos = at + 3;
            continue;
        }
        return Some(at);
    }
}

/// One bit for each byte of a paragraph where `next_capital` may stop (an ASCII capital or a
/// byte outside ASCII), set in one pass over it, sixty-four bytes at a time: a capital comes
/// every 35 bytes or so, so that what a search for one costs is its setting out, not the
/// bytes it reads; with the bits set it is one `trailing_zeros`.
#[derive(Debug, Default)]
struct Marks {
    /// Bit `i % 64` of word `i / 64` for byte `i`; none past the end.
    capitals: Vec<u64>,
}

impl Marks {
    /// The marks of `bytes`, in place of those of the last paragraph (no allocation each).
    fn mark(&mut self, bytes: &[u8]) {
        self.capitals.clear();
        let blocks = bytes.chunks_exact(64);
        let rest = blocks.remainder().len();
        // (A whole block's marks each, written with no check of the room left for each: the
        // number of blocks is known.)
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the processor has AVX2 (asked just now).
            unsafe { mark_avx2(&mut self.capitals, bytes) };
        } else {
            self.capitals
                .extend(blocks.map(|block| capitals64(block.try_into().expect("64 bytes"))));
        }
        #[cfg(not(target_arch = "x86_64"))]
        self.capitals
            .extend(blocks.map(|block| capitals64(block.try_into().expect("64 bytes"))));
        // The last block, past the end no capitals: the marks of the last sixty-four bytes
        // shifted down to its bytes, or, in a text shorter than that, of the text padded with
        // zero bytes (no capitals).
        let last = match bytes.last_chunk::<64>() {
            Some(_) if rest == 0 => 0,
            Some(tail) => capitals64(tail) >> (64 - rest),
            None => {
                let mut padded = [0; 64];
                padded[..bytes.len()].copy_from_slice(bytes);
                capitals64(&padded)
            }
        };
        self.capitals.push(last);
    }
}

/// The first byte at or after `pos` whose bit is set in `bits`.
#[inline(always)]
fn next_mark(bits: &[u64], pos: usize) -> Option<usize> {
    let mut i = pos / 64;
    let mut word = bits.get(i)? & (!0 << (pos % 64));
    while word == 0 {
        i += 1;
        word = *bits.get(i)?;
    }
    Some(64 * i + word.trailing_zeros() as usize)
}

/// The capitals and bytes outside ASCII of sixty-four bytes, bit `i` for byte `i`.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
fn capitals64(block: &[u8; 64]) -> u64 {
    // SAFETY: SSE2 is enabled for the whole build (as it is for every x86-64 target).
    unsafe { capitals64_sse2(block) }
}

/// `capitals64` with SSE2, sixteen bytes at a time.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[target_feature(enable = "sse2")]
fn capitals64_sse2(block: &[u8; 64]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    // b'A' to b'Z', moved to -128 to -103: the only comparison SSE2 has is signed.
    let (moved, below) = (_mm_set1_epi8((0x80 - b'A') as i8), _mm_set1_epi8(-128 + 26));
    let mut bits = 0;
    for (k, piece) in block.chunks_exact(16).enumerate() {
        // SAFETY: `piece` is sixteen bytes, and an unaligned load reads sixteen.
        let x = unsafe { _mm_loadu_si128(piece.as_ptr().cast::<__m128i>()) };
        let capital = _mm_cmplt_epi8(_mm_add_epi8(x, moved), below);
        // A byte outside ASCII has its high bit, the mark, already.
        let marks = _mm_movemask_epi8(_mm_or_si128(capital, x)) as u16;
        bits |= u64::from(marks) << (16 * k);
    }
    bits
}

/// The marks of the whole blocks of sixty-four bytes that `bytes` opens with (`capitals64` of
/// each) pushed onto `out`, with AVX2: thirty-two bytes at a time, half the steps of SSE2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn mark_avx2(out: &mut Vec<u64>, bytes: &[u8]) {
    use std::arch::x86_64::{
        __m256i, _mm256_add_epi8, _mm256_cmpgt_epi8, _mm256_loadu_si256, _mm256_movemask_epi8,
        _mm256_or_si256, _mm256_set1_epi8,
    };
    // As in `capitals64_sse2`: b'A' to b'Z' moved to -128 to -103, for a signed comparison.
    let (moved, below) = (
        _mm256_set1_epi8((0x80 - b'A') as i8),
        _mm256_set1_epi8(-128 + 26),
    );
    let blocks = bytes.chunks_exact(64);
    out.reserve(blocks.len());
    for block in blocks {
        let mut halves = [0u32; 2];
        for (half, piece) in halves.iter_mut().zip(block.chunks_exact(32)) {
            // SAFETY: `piece` is thirty-two bytes, and an unaligned load reads thirty-two.
            let x = unsafe { _mm256_loadu_si256(piece.as_ptr().cast::<__m256i>()) };
            let capital = _mm256_cmpgt_epi8(below, _mm256_add_epi8(x, moved));
            // A byte outside ASCII has its high bit, the mark, already.
            *half = _mm256_movemask_epi8(_mm256_or_si256(capital, x)) as u32;
        }
        // (Through `black_box`: joined in plain sight, the two masks are made one mask of
        // sixty-four bytes, which the compiler then builds bit by bit.)
        let [low, high] = std::hint::black_box(halves);
        out.push(u64::from(low) | u64::from(high) << 32);
    }
}

/// `capitals64` eight bytes at a time, where SSE2 is not at hand.
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn capitals64_words(block: &[u8; 64]) -> u64 {
    let mut bits = 0;
    for (k, chunk) in block.chunks_exact(8).enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let flags = (within(x & LOW7, b'A', b'Z') | x) & HIGH;
        // The high bit of each byte, gathered into the top byte by one multiplication (no two
        // products land on the same bit, so none carries).
        let gathered = ((flags >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56) as u8;
        bits |= u64::from(gathered) << (8 * k);
    }
    bits
}

#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
fn capitals64(block: &[u8; 64]) -> u64 {
    capitals64_words(block)
}

const ONES: u64 = 0x0101_0101_0101_0101;
const LOW7: u64 = ONES * 0x7f;
const HIGH: u64 = ONES * 0x80;

/// The first byte of `bytes` at or after `pos` that `hit` holds for, or the end: eight bytes
/// at a time, where `flags` of the eight (little-endian) sets the high bit of just those bytes.
#[inline(always)]
fn find_byte(
    bytes: &[u8],
    mut pos: usize,
    flags: impl Fn(u64) -> u64,
    hit: impl Fn(u8) -> bool,
) -> usize {
    while let Some(chunk) = bytes.get(pos..pos + 8) {
        let found = flags(u64::from_le_bytes(chunk.try_into().expect("eight bytes")));
        if found != 0 {
            return pos + found.trailing_zeros() as usize / 8;
        }
        pos += 8;
    }
    (pos..bytes.len())
        .find(|&i| hit(bytes[i]))
        .unwrap_or(bytes.len())
}

/// The high bit of each byte of `x` (all below 0x80) that is from `lo` to `hi`: adding
/// 0x80 - lo sets it from `lo` up, adding 0x80 - (hi + 1) from past `hi`, and no sum carries
/// out of its byte.
#[inline(always)]
fn within(x: u64, lo: u8, hi: u8) -> u64 {
    let from_lo = x + ONES * u64::from(0x80 - lo);
    let past_hi = x + ONES * u64::from(0x80 - (hi + 1));
    from_lo & !past_hi & HIGH
}

/// The start of the token holding byte `at`, searching back no further than `from` (a token
/// boundary), at ASCII white space: the bytes in between are ASCII or general punctuation (see
/// `next_capital`), and where that holds white space (U+2009) the start found is that of an
/// earlier token, still a token boundary (`next_token` reads from it as `lines` would).
fn token_start(text: &str, from: usize, at: usize) -> usize {
    // (Most capitals open a word after a space.)
    if at > from && text.as_bytes()[at - 1] == b' ' {
        return at;
    }
    text.as_bytes()[from..at]
        .iter()
        .rposition(|b| matches!(b, b' ' | b'\t'..=b'\r'))
        .map_or(from, |i| from + i + 1)
}

/// `s` without the quote marks, brackets and punctuation around a word: `trim_matches` of
/// `“ ” " ‘ ( ) , ; : ! ? [ ]`, byte by byte (the three quote marks are the UTF-8 bytes
/// E2 80 and then 9C, 9D or 98).
fn trim_marks(s: &str) -> &str {
    crate::lines::trim_marks(
        s,
        |b| {
            matches!(
                b,
                b'"' | b'(' | b')' | b',' | b';' | b':' | b'!' | b'?' | b'[' | b']'
            )
        },
        |b| matches!(b, 0x9c | 0x9d | 0x98),
    )
}

/// `s` without every trailing `suffix` (`trim_end_matches` with a string pattern, without its
/// searcher's set-up cost).
fn strip_all<'a>(mut s: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(suffix) {
        s = rest;
    }
    s
}

/// How many distinct names and words the index's maps make room for up front.
const MAX_RESERVED: usize = 1024;

impl<'a> NameIndex<'a> {
    pub fn build(paras: &[&'a str]) -> NameIndex<'a> {
        let mut index = NameIndex::default();
        // News text has a word of a run every 30 to 40 bytes, and a run every 40 to 50: room
        // for most articles' runs and words from the start, so that these buffers seldom grow.
        let bytes: usize = paras.iter().map(|p| p.len()).sum();
        let mut run_words = Vec::with_capacity(bytes / 32);
        let mut all_runs = Vec::with_capacity(bytes / 40);
        let mut marks = Marks::default();
        for (pi, text) in paras.iter().enumerate() {
            marks.mark(text.as_bytes());
            runs(pi, text, &marks, &mut run_words, &mut all_runs);
        }
        // Sized for the most an article of ordinary length can need (growing costs more than
        // the room), but no further: a long text names far fewer people than it has words, and
        // room for every word would take several times the text's size in memory.
        index.by_word.reserve(run_words.len().min(MAX_RESERVED));
        index.mentions.reserve(all_runs.len());
        // Lone words, each with its place in `mentions` (held open for it in text order).
        let mut singles: Vec<(usize, &str, Option<Gender>)> = Vec::with_capacity(all_runs.len());
        let mut titled_surnames: Vec<(&str, Option<Gender>)> = Vec::new();
        // About one run in seven names someone new: room for that, and more, from the start.
        let people = (all_runs.len() / 4).min(MAX_RESERVED);
        index.people.reserve(people);
        // The first word of each person's name.
        let mut first_words = Vec::with_capacity(people);
        for run in all_runs {
            // Drop the words that open sentences and titles ("But Russian President Vladimir
            // Putin" → "Vladimir Putin"), and the weekdays and months at its end.
            let from = run.words.start + run.sentence.max(run.to_title);
            let words = &run_words[from..(run.words.end - run.dates).max(from)];
            if words.is_empty() {
                continue;
            }
            if let [word] = words {
                if run.had_title {
                    titled_surnames.push((word.text, run.titled));
                }
                singles.push((index.mentions.len(), word.text, run.titled));
                index.mentions.push((run.para, run.start, NO_ONE));
                continue;
            }
            if words.len() > 4 {
                continue;
            }
            if !looks_like_name_parts(words.iter().map(|w| w.part))
                || words.iter().any(|w| w.kinds.date)
            {
                continue;
            }
            let id = if let Some(id) = index.named(words) {
                id
            } else {
                let name = joined(paras[run.para], words);
                let gender = run.titled.or_else(|| given_gender(words[0].text));
                let is_person = run.had_title || gender.is_some();
                let id = index.people.len();
                let (first, last) = (words[0].text, words[words.len() - 1].text);
                for (i, w) in words.iter().enumerate() {
                    // (The first and the last word are themselves, with no bytes compared.)
                    let holder = Holder {
                        person: id,
                        first: i == 0 || w.text == first,
                        last: i == words.len() - 1 || w.text == last,
                        // At most four (longer runs are no names).
                        words: words.len() as u8,
                    };
                    match index.by_word.entry(w.text) {
                        Entry::Vacant(e) => {
                            index.held.add(w.text.as_bytes());
                            e.insert(Holders {
                                first: holder,
                                more: Vec::new(),
                            });
                        }
                        // A word twice in one name holds it once.
                        Entry::Occupied(mut e) => {
                            let h = e.get_mut();
                            if h.more.last().unwrap_or(&h.first).person != id {
                                h.more.push(holder);
                            }
                        }
                    }
                }
                first_words.push(first);
                index.people.push(Person {
                    name,
                    gender,
                    is_person,
                });
                id
            };
            index.mentions.push((run.para, run.start, id));
        }
        // Lone surnames: mentions of a known person, and proof that a name is a person's.
        for (at, word, titled) in singles {
            let Some(id) = index.by_surname(word) else {
                continue;
            };
            let p = &mut index.people[id];
            // (A person known already needs no look at the first word.)
            if !p.is_person && !starts_non_person(first_words[id]) {
                p.is_person = true;
            }
            p.gender = p.gender.or(titled);
            index.mentions[at].2 = id;
        }
        for (surname, gender) in titled_surnames {
            if let Some(id) = index.by_surname(surname) {
                index.people[id].is_person = true;
                index.people[id].gender = index.people[id].gender.or(gender);
            }
        }
        index.mentions.retain(|&(_, _, id)| id != NO_ONE);
        index
    }

    /// The person named by `words`, if one is: found among the holders of its first word (a
    /// name is its words joined by spaces, and words hold no white space).
    fn named(&self, words: &[Word]) -> Option<usize> {
        let length = words.iter().map(|w| w.text.len() + 1).sum::<usize>() - 1;
        // Each word where it would be in the name, and a space before each but the first.
        let same = |name: &str| {
            let name = name.as_bytes();
            let mut at = 0;
            name.len() == length
                && words.iter().all(|w| {
                    let fits = (at == 0 || name[at - 1] == b' ')
                        && name[at..at + w.text.len()] == *w.text.as_bytes();
                    at += w.text.len() + 1;
                    fits
                })
        };
        self.holders(words.first()?.text)?
            .iter()
            .find(|h| {
                h.first && usize::from(h.words) == words.len() && same(&self.people[h.person].name)
            })
            .map(|h| h.person)
    }

    /// The people whose names hold `word`, if any.
    #[inline(always)]
    fn holders(&self, word: &str) -> Option<&Holders> {
        if !self.held.may_hold(word.as_bytes()) {
            return None;
        }
        self.by_word.get(word)
    }

    /// The people whose names hold `word`, in order of first mention.
    fn holding(&self, word: &str) -> impl Iterator<Item = &Holder> {
        self.holders(word).into_iter().flat_map(Holders::iter)
    }

    /// The person a lone word names: the first whose surname it is, else the first person whose
    /// given name it is.
    #[inline(always)]
    fn by_surname(&self, word: &str) -> Option<usize> {
        let holders = self.holders(word)?;
        holders
            .iter()
            .find(|h| h.last)
            .or_else(|| {
                holders
                    .iter()
                    .find(|h| h.first && self.people[h.person].is_person)
            })
            .map(|h| h.person)
    }

    /// The full name that `mention` ("Putin", "Mr. Trump", "Kim") refers to.
    pub fn resolve(&self, mention: &str) -> Option<&Person<'a>> {
        // Quotes in a row are often the same speaker's ("Trump said" … "Trump added"): the
        // last answer is kept.
        if let Ok(last) = self.last_resolved.try_borrow()
            && let Some((m, id)) = &*last
            && m == mention
        {
            return id.map(|id| &self.people[id]);
        }
        let id = self.person_named(mention);
        if let Ok(mut last) = self.last_resolved.try_borrow_mut() {
            // Room for most mentions at once.
            let (m, found) = last.get_or_insert_with(|| (String::with_capacity(64), None));
            m.clear();
            m.push_str(mention);
            *found = id;
        }
        id.map(|id| &self.people[id])
    }

    /// `resolve`, as the index of the person.
    fn person_named(&self, mention: &str) -> Option<usize> {
        let (short, count, last) = counted_without_titles(mention);
        let words = || crate::lines::tokens(short).map(|(_, w)| w);
        if count == 0 || !is_cap_word(last) {
            return None;
        }
        // Every candidate's name holds `last`: a mention of one word needs no other looked for.
        let has_all = |p: &Person| {
            count == 1 || words().all(|w| name_words(&p.name).any(|x| x == w.as_bytes()))
        };
        // Prefer a name that ends with the mention (a surname), then one that contains it.
        let mut containing = None;
        for h in self.holding(last) {
            let p = &self.people[h.person];
            if (usize::from(h.words) > count || p.name == short) && has_all(p) {
                if p.name.ends_with(last) {
                    return Some(h.person);
                }
                containing.get_or_insert(h.person);
            }
        }
        containing
    }

    /// The gender of the person a name or mention refers to, if known.
    pub fn gender(&self, name: &str) -> Option<Gender> {
        gender_of(name, self.resolve(name))
    }

    /// The last person mentioned before `(para, offset)`, no further back than `from_para`,
    /// whose gender does not contradict `gender`.
    pub fn last_person_before(
        &self,
        para: usize,
        offset: usize,
        from_para: usize,
        gender: Option<Gender>,
    ) -> Option<(&Person<'a>, usize)> {
        let end = self
            .mentions
            .partition_point(|&(p, o, _)| (p, o) < (para, offset));
        let recent = || {
            self.mentions[..end]
                .iter()
                .rev()
                .take_while(|&&(p, _, _)| p >= from_para)
                .take(PRONOUN_LOOKBACK)
                .map(|&(p, _, id)| (&self.people[id], p))
        };
        recent()
            .find(|(p, _)| p.is_person && compatible(p.gender, gender))
            .or_else(|| {
                // No name is known to be a person's: take any that does not start like a place.
                recent().find(|(p, _)| p.could_be_person() && compatible(p.gender, gender))
            })
    }
}

/// The name made of `words` (words of `para`, at least one): joined by single spaces, borrowed
/// from the paragraph whole where they stand so there (as names nearly always do).
fn joined<'a>(para: &'a str, words: &[Word]) -> Cow<'a, str> {
    let length = words.iter().map(|w| w.text.len() + 1).sum::<usize>() - 1;
    let offset = |w: &Word| w.text.as_ptr() as usize - para.as_ptr() as usize;
    let (start, last) = (offset(&words[0]), &words[words.len() - 1]);
    // The words lie in order in the paragraph, at least one byte apart: when the last ends as
    // far from the first's start as the name is long, they are one byte apart, and the stretch
    // is the name when those bytes are spaces.
    if offset(last) + last.text.len() == start + length
        && let Some(span) = para.get(start..start + length)
    {
        let mut at = 0;
        let spaced = words[..words.len() - 1].iter().all(|w| {
            at += w.text.len() + 1;
            span.as_bytes()[at - 1] == b' '
        });
        if spaced {
            return Cow::Borrowed(span);
        }
    }
    let mut name = String::with_capacity(length);
    for w in words {
        if !name.is_empty() {
            name.push(' ');
        }
        name.push_str(w.text);
    }
    Cow::Owned(name)
}

/// The gender of a name or mention whose person (`resolve`'s answer) is `person`: the
/// person's, else the one its given name suggests.
pub fn gender_of(name: &str, person: Option<&Person<'_>>) -> Option<Gender> {
    person
        .and_then(|p| p.gender)
        .or_else(|| given_gender(strip_titles(name).split(' ').next()?))
}

/// The gender a given name suggests (`data::name_gender`, looked up packed).
fn given_gender(given: &str) -> Option<Gender> {
    match pack_folded(given.as_bytes()) {
        Some(key) => GIVEN_NAMES
            .get(given.as_bytes(), || Some(key))
            .and_then(|&(female, male)| given_gender_of(female, male)),
        None => listed_gender(given),
    }
}

/// `given_gender`, asked of each list in turn.
fn listed_gender(given: &str) -> Option<Gender> {
    given_gender_of(FEMALE_WORDS.has(given), MALE_WORDS.has(given))
}

/// The gender of a given name in the list of women's names or not (`female`), and of men's.
fn given_gender_of(female: bool, male: bool) -> Option<Gender> {
    match (female, male) {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    }
}

/// The given names, each with whether it is in the list of women's names and in that of men's:
/// one lookup for a name instead of one in each list.
static GIVEN_NAMES: LazyLock<SlotTable<(bool, bool)>> = LazyLock::new(|| {
    let mut names = SlotTable::<(bool, bool)>::default();
    for name in FEMALE_NAMES {
        names.entry(name).0 = true;
    }
    for name in MALE_NAMES {
        names.entry(name).1 = true;
    }
    names
});

/// The words of a person's name: words joined by single spaces, split as bytes (with no
/// searcher to set up).
fn name_words(name: &str) -> impl Iterator<Item = &[u8]> {
    name.as_bytes().split(|&b| b == b' ')
}

/// Can a person of gender `a` be called by a pronoun of gender `b`?
pub fn compatible(a: Option<Gender>, b: Option<Gender>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Capitalized words that open sentences without being part of a name.
fn is_sentence_word(w: &str) -> bool {
    SENTENCE_WORDS.contains(&w) || is_weekday(w)
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
            ("the ministry", false),
            ("", false),
            ("One Two Three Four Five Six", false),
        ];
        for (input, want) in rows {
            assert_eq!(looks_like_name(input), want, "input {input:?}");
        }
    }

    #[test]
    fn name_parts() {
        let rows = [
            ("public defender Jane Roe", "Jane Roe"),
            ("Jason Gilbert of Cheyenne", "Jason Gilbert"),
            ("Sen. John McCain", "John McCain"),
            ("the influential US daily", "the influential US daily"),
            ("The New York Post", "The New York Post"),
            ("Clinton’s campaign", "Clinton’s campaign"),
            ("he", "he"),
        ];
        for (input, want) in rows {
            assert_eq!(name_part(input), want, "input {input:?}");
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
            "But Mary Smith spoke in New York on Monday. Mr. Donald Trump spoke in Washington, D.C.",
        ];
        let index = NameIndex::build(&paras);
        let rows = [
            ("Putin", Some("Vladimir Putin")),
            ("Kim", Some("Kim Jong-un")),
            ("President Putin", Some("Vladimir Putin")),
            ("Mr. Trump", Some("Donald Trump")),
            ("Smith", Some("Mary Smith")),
            ("Jones", None),
            ("he", None),
        ];
        for (mention, want) in rows {
            assert_eq!(
                index.resolve(mention).map(|p| p.name.as_ref()),
                want,
                "mention {mention:?}"
            );
        }
        assert_eq!(index.gender("Mary Smith"), Some(Gender::Female));
        assert_eq!(index.gender("Trump"), Some(Gender::Male));
        assert!(
            !index
                .people
                .iter()
                .any(|p| p.name == "New York" && p.is_person)
        );
        let she = index
            .last_person_before(1, 200, 0, Some(Gender::Female))
            .map(|(p, _)| p.name.as_ref());
        assert_eq!(she, Some("Mary Smith"));
    }

    /// The runs of `text` as the plain rule reads them, every token in turn: `(start, words,
    /// title gender, had a title)`.
    fn plain_runs(text: &str) -> Vec<(usize, Vec<&str>, Option<Gender>, bool)> {
        let mut out = Vec::new();
        let mut cur: Option<(usize, Vec<&str>, Option<Gender>, bool)> = None;
        for (at, raw) in crate::lines::tokens(text) {
            let bare = raw.trim_matches(|c: char| {
                matches!(
                    c,
                    '“' | '”' | '"' | '‘' | '(' | ')' | ',' | ';' | ':' | '!' | '?' | '[' | ']'
                )
            });
            let w = bare.trim_end_matches("’s").trim_end_matches("'s");
            let fits = is_cap_word_chars(w) || (cur.is_some() && is_name_particle(w));
            let possessive = bare.ends_with("’s") || bare.ends_with("'s");
            let ends_clause = raw.ends_with([',', ';', ':', ')', '”', '"', '!', '?'])
                || (raw.ends_with('.')
                    && !crate::data::is_title(bare)
                    && !crate::data::is_abbreviation(bare)
                    && bare.chars().filter(|c| c.is_alphabetic()).count() > 1);
            if fits {
                let run = cur.get_or_insert((at, Vec::new(), None, false));
                let initial = w.len() == 2 && w.ends_with('.');
                run.1.push(if initial {
                    w
                } else {
                    w.trim_end_matches('.').trim_end_matches(',').trim_end()
                });
                if crate::data::is_title(w) {
                    run.3 = true;
                    run.2 = match w.trim_end_matches('.') {
                        "Mr" => Some(Gender::Male),
                        "Mrs" | "Ms" | "Miss" => Some(Gender::Female),
                        _ => run.2,
                    };
                }
            } else if let Some(run) = cur.take() {
                out.push(run);
            }
            if fits
                && (possessive || ends_clause)
                && let Some(run) = cur.take()
            {
                out.push(run);
            }
        }
        out.extend(cur);
        out
    }

    /// Words and separators that exercise every path of `runs`: capitals after punctuation,
    /// possessives, periods, particles, titles, dates, and characters outside ASCII.
    const PIECES: &[&str] = &[
        "Vladimir",
        "Putin",
        "Mr.",
        "Sen.",
        "Lt.",
        "President",
        "the",
        "said",
        "van",
        "della",
        "de",
        "But",
        "The",
        "Monday",
        "March",
        "Jr.",
        "J.",
        "O'Brien",
        "Putin’s",
        "Jones’s",
        "de's",
        "Ann's,",
        "Trump's",
        "Trump,",
        "Roe:",
        "Doe?",
        "Lee!",
        "Moe)",
        "Kim\"",
        "Ann]",
        "de,",
        "van.",
        "Lt,",
        "Jr,",
        "ab.",
        "y",
        "yes",
        "dex",
        "d'Or",
        "2b",
        "“We",
        "(AP)",
        "U.S.",
        "\u{212a}ing",
        "Émile",
        "état",
        "A.",
        "ok",
        "x",
        "Calif.",
        "MAY",
        "Kim",
        "Jong-un",
        "“",
        "”",
        "—",
        "2019",
        "New",
        "York",
        "Mrs",
        "Ms.",
        "a",
        "I",
        "Smith.",
        "Smith;",
        "Gov",
        "\u{0}",
        "Sept.",
        "Washington.”",
        " ",
        " ",
        " ",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\t",
        "\u{a0}",
        "\u{2003}",
    ];

    /// Words and spaces of mentions with prepositions in them.
    const MENTION_PIECES: &[&str] = &[
        "Jane",
        "Roe",
        "Gilbert",
        "of",
        "from",
        "at",
        "with",
        "for",
        "the",
        "public",
        "Sen.",
        "Mr.",
        "Cheyenne",
        "Smith’s",
        "ofx",
        "fore",
        "President",
        "\t",
        "\u{b}",
        "\u{a0}",
        "\u{2009}",
        " ",
        " ",
        " ",
        " ",
        "  ",
    ];

    #[test]
    fn plain_runs_of_a_sentence() {
        let text = "But Russian President Vladimir Putin’s aide met Sen. John McCain, J. Doe.";
        let got: Vec<_> = plain_runs(text).into_iter().map(|r| r.1).collect();
        let want: Vec<Vec<&str>> = vec![
            vec!["But", "Russian", "President", "Vladimir", "Putin"],
            vec!["Sen", "John", "McCain"],
            vec!["J.", "Doe"],
        ];
        assert_eq!(got, want);
    }

    proptest::proptest! {
        #[test]
        fn runs_read_as_the_plain_rule(text in crate::phrases::texts_of(PIECES, 48)) {
            let (mut words, mut found, mut marks) = (Vec::new(), Vec::new(), Marks::default());
            marks.mark(text.as_bytes());
            runs(0, &text, &marks, &mut words, &mut found);
            let got: Vec<_> = found
                .iter()
                .map(|r| {
                    let ws: Vec<&str> = words[r.words.clone()].iter().map(|w| w.text).collect();
                    (r.start, ws, r.titled, r.had_title)
                })
                .collect();
            // Runs of nothing but words that open sentences and titles are dropped.
            let named = |ws: &[&str]| {
                let kinds: Vec<Kinds> = ws.iter().map(|w| Kinds::listed(w)).collect();
                let sentence = kinds.iter().take_while(|k| k.sentence).count();
                let to_title = kinds.iter().rposition(|k| k.title).map_or(0, |k| k + 1);
                sentence.max(to_title) < ws.len()
            };
            let mut want = plain_runs(&text);
            want.retain(|r| named(&r.1));
            proptest::prop_assert_eq!(got, want);
            for r in &found {
                let ws = &words[r.words.clone()];
                let sentence = ws.iter().take_while(|w| w.kinds.sentence).count();
                let to_title = ws.iter().rposition(|w| w.kinds.title).map_or(0, |k| k + 1);
                let dates = ws.iter().rev().take_while(|w| w.kinds.date).count();
                proptest::prop_assert_eq!((r.sentence, r.to_title, r.dates), (sentence, to_title, dates));
            }
            for w in &words {
                proptest::prop_assert_eq!(w.kinds, Kinds::listed(w.text));
                proptest::prop_assert_eq!(w.part, NamePart::of(w.text));
            }
        }

        #[test]
        fn byte_searches_find_as_the_plain_tests(s in "(\\PC|\\s){0,40}", from in 0usize..40) {
            let pos = (0..=from.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            let want = s[pos..]
                .char_indices()
                .find(|&(_, c)| c.is_ascii_uppercase() || !(c.is_ascii() || ('\u{2000}'..='\u{203f}').contains(&c)))
                .map(|(i, _)| pos + i);
            let mut marks = Marks::default();
            marks.mark(s.as_bytes());
            proptest::prop_assert_eq!(next_capital(&s, &marks, pos), want);
            let token = next_token(&s, pos);
            proptest::prop_assert_eq!(token.map(|(at, t, _)| (at, t)), crate::lines::token_at(&s, pos));
            // The letters counted open the token (0 where not counted: the general path).
            if let Some((_, t, letters)) = token {
                proptest::prop_assert!(letters <= t.len(), "{t:?}");
                proptest::prop_assert!(t.bytes().take(letters).all(|b| b.is_ascii_alphabetic()), "{t:?}");
            }
        }

        #[test]
        fn cut_before_prepositions_as_the_plain_rule(mention in crate::phrases::texts_of(MENTION_PIECES, 12)) {
            let mut short = mention.as_str();
            for prep in PREPOSITIONS {
                if let Some(i) = short.find(prep)
                    && short[..i].rsplit(' ').next().is_some_and(is_cap_word)
                {
                    short = &short[..i];
                }
            }
            proptest::prop_assert_eq!(before_preposition(&mention), short);
        }

        #[test]
        fn titles_stripped_and_counted_as_the_plain_rule(name in crate::phrases::texts_of(MENTION_PIECES, 8)) {
            // The plain rule: the name after the last title, when a capitalized word follows it.
            let mut end = None;
            for (at, w) in crate::lines::tokens(&name) {
                if TITLE_WORDS.has(w) {
                    end = Some(at + w.len());
                }
            }
            let short = match end {
                Some(end) if name[end..].split_whitespace().next().is_some_and(is_cap_word) => {
                    name[end..].trim()
                }
                _ => name.trim(),
            };
            let words: Vec<&str> = short.split_whitespace().collect();
            let want = (short, words.len(), words.last().copied().unwrap_or(""));
            proptest::prop_assert_eq!(counted_without_titles(&name), want);
        }

        #[test]
        fn quoted_tokens_found_as_lines_finds_them(s in "[a.“”‘’—\u{a0} \n]{0,12}", from in 0usize..12) {
            let pos = (0..=from.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            let token = next_token(&s, pos);
            proptest::prop_assert_eq!(token.map(|(at, t, _)| (at, t)), crate::lines::token_at(&s, pos));
        }

        #[test]
        fn marks_set_as_the_plain_test(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let mut marks = Marks::default();
            marks.mark(&bytes);
            proptest::prop_assert_eq!(marks.capitals.len(), bytes.len() / 64 + 1);
            for i in 0..64 * marks.capitals.len() {
                let marked = marks.capitals[i / 64] >> (i % 64) & 1 == 1;
                // Past the end, nothing is marked.
                let capital = bytes.get(i).is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii());
                proptest::prop_assert_eq!(marked, capital, "{}", i);
            }
            for block in bytes.chunks_exact(64) {
                let block: &[u8; 64] = block.try_into().unwrap();
                proptest::prop_assert_eq!(capitals64_words(block), capitals64(block));
            }
            // The AVX2 path (which `mark` takes where the processor has it) block by block.
            #[cfg(target_arch = "x86_64")]
            if std::arch::is_x86_feature_detected!("avx2") {
                let mut wide = Vec::new();
                // SAFETY: the processor has AVX2 (asked just now).
                unsafe { mark_avx2(&mut wide, &bytes) };
                let narrow: Vec<u64> = bytes
                    .chunks_exact(64)
                    .map(|block| capitals64_words(block.try_into().unwrap()))
                    .collect();
                proptest::prop_assert_eq!(wide, narrow);
            }
        }

        #[test]
        fn marks_trim_as_trim_matches(s in "[“”\"‘(),;:!?\\[\\]a’s.é ]{0,12}") {
            let plain = s.trim_matches(|c: char| {
                matches!(
                    c,
                    '“' | '”' | '"' | '‘' | '(' | ')' | ',' | ';' | ':' | '!' | '?' | '[' | ']'
                )
            });
            proptest::prop_assert_eq!(trim_marks(&s), plain);
        }

        #[test]
        fn word_tests_answer_as_the_plain_ones(w in "\\PC{0,16}") {
            proptest::prop_assert_eq!(is_cap_word(&w), is_cap_word_chars(&w));
            proptest::prop_assert_eq!(Kinds::of(&w), Kinds::listed(&w));
        }

        #[test]
        fn capitals_with_apostrophes_as_the_plain_test(w in "[A-Za-z’'é.,\\-]{0,8}") {
            proptest::prop_assert_eq!(is_cap_word(&w), is_cap_word_chars(&w));
        }

        #[test]
        fn other_words_kinds_as_the_plain_lists(w in "[\u{212a}A-Za-z’é.]{1,10}") {
            proptest::prop_assert_eq!(Kinds::of(&w), Kinds::listed(&w));
        }

        #[test]
        fn words_with_a_period_listed_as_the_plain_lists(w in "[A-Za-z]{1,16}") {
            let listed = Kinds::of_letters_listed(&w).1;
            let with_period = format!("{w}.");
            let title = listed.is_some_and(|l| l.title_period);
            let abbreviation = listed.is_some_and(|l| l.abbreviation_period);
            proptest::prop_assert_eq!(title, TITLE_WORDS.has(&with_period));
            proptest::prop_assert_eq!(abbreviation, ABBREVIATION_WORDS.has(&with_period));
        }

        #[test]
        fn letter_keys_are_packed_keys(w in "[A-Za-z]{1,15}") {
            proptest::prop_assert_eq!(Some(letters_key(w.as_bytes())), pack_folded(w.as_bytes()));
        }

        #[test]
        fn given_genders_as_the_plain_lists(
            name in proptest::sample::select([FEMALE_NAMES, MALE_NAMES].concat()),
            upper in proptest::collection::vec(proptest::bool::ANY, 16),
            other in "[a-zA-Zé’]{0,16}",
        ) {
            let cased = crate::data::mixed_case(name, &upper);
            for w in [name.to_string(), cased, other] {
                proptest::prop_assert_eq!(given_gender(&w), listed_gender(&w), "{:?}", w);
            }
        }

        #[test]
        fn letter_words_kinds_as_the_plain_lists(w in "[A-Za-z]{1,17}") {
            proptest::prop_assert_eq!(Kinds::of_letters(&w), Kinds::listed(&w));
        }
    }

    #[test]
    fn names_said_again_are_the_same_people() {
        let rows: [(&[&str], &[&str]); 4] = [
            (&["Mary Smith met Mary Smith."], &["Mary Smith"]),
            // A name written with other white space is joined with single spaces.
            (
                &["Mary  Smith met John\tRoe and Ann Lee."],
                &["Mary Smith", "John Roe", "Ann Lee"],
            ),
            (
                &["Mary Smith met John Smith.", "Mary Smith left."],
                &["Mary Smith", "John Smith"],
            ),
            (
                &["Mary Smith and Mary Smith Jones."],
                &["Mary Smith", "Mary Smith Jones"],
            ),
        ];
        for (paras, want) in rows {
            let index = NameIndex::build(paras);
            let got: Vec<&str> = index.people.iter().map(|p| p.name.as_ref()).collect();
            assert_eq!(got, want, "{paras:?}");
        }
    }

    #[test]
    fn a_name_is_borrowed_where_its_words_stand_one_space_apart() {
        // (paragraph, the name, borrowed from the paragraph)
        let rows = [
            ("Mary Smith spoke.", "Mary Smith", true),
            ("Then Mary Ann Smith spoke.", "Mary Ann Smith", true),
            ("Mary  Smith spoke.", "Mary Smith", false),
            ("Mary\u{a0}Smith spoke.", "Mary Smith", false),
        ];
        for (para, name, borrowed) in rows {
            let index = NameIndex::build(&[para]);
            let got = &index.people[0].name;
            assert_eq!(got, name, "{para:?}");
            assert_eq!(matches!(got, Cow::Borrowed(_)), borrowed, "{para:?}");
        }
    }

    #[test]
    fn listed_words_with_a_period_are_found_by_their_letters() {
        for w in [TITLES, ABBREVIATIONS].concat() {
            let Some(stem) = w.strip_suffix('.') else {
                continue;
            };
            let capitalized = format!("{}{}", stem[..1].to_uppercase(), &stem[1..]);
            for form in [stem.to_string(), capitalized, stem.to_uppercase()] {
                if form.bytes().all(|b| b.is_ascii_alphabetic()) {
                    let listed = Kinds::of_letters_listed(&form).1;
                    let with_period = format!("{form}.");
                    let title = listed.is_some_and(|l| l.title_period);
                    let abbreviation = listed.is_some_and(|l| l.abbreviation_period);
                    assert_eq!(title, TITLE_WORDS.has(&with_period), "{form:?}");
                    assert_eq!(
                        abbreviation,
                        ABBREVIATION_WORDS.has(&with_period),
                        "{form:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn listed_words_are_found_in_their_slots() {
        let lists = [TITLES, SENTENCE_WORDS, WEEKDAYS].concat();
        let months = MONTHS.iter().map(|(m, _)| *m);
        for w in lists.iter().copied().chain(months) {
            let capitalized = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            for form in [w.to_string(), capitalized, w.to_uppercase()] {
                if form.bytes().all(|b| b.is_ascii_alphabetic()) {
                    assert_eq!(Kinds::of_letters(&form), Kinds::listed(&form), "{form:?}");
                }
            }
        }
    }

    #[test]
    fn word_kinds() {
        let rows = [
            ("But", false, true, false),
            ("but", false, false, false),
            ("President", true, false, false),
            ("Former", true, true, false),
            ("Monday", false, true, true),
            ("MONDAY", false, false, false),
            ("March", false, false, true),
            ("Sept.", false, false, true),
            ("Lt.", true, false, false),
            ("Lt", false, false, false),
            ("Putin", false, false, false),
        ];
        for (w, title, sentence, date) in rows {
            let want = Kinds {
                title,
                sentence,
                date,
            };
            assert_eq!(Kinds::of(w), want, "{w:?}");
            assert_eq!(Kinds::listed(w), want, "{w:?}");
            if w.bytes().all(|b| b.is_ascii_alphabetic()) {
                assert_eq!(Kinds::of_letters(w), want, "{w:?}");
            }
        }
    }
}
