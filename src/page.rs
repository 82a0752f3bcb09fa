//! Whole pages dumped as text (`w3m -dump`, `lynx -dump`, a browser's "Save as text", a page
//! copied whole): decides whether the input is such a page, and if so where the article sits
//! in it. The body is the run of lines that reads as body text — long lines with sentence
//! punctuation — against the menus, forms, share rows and link lists around it, which are runs
//! of short lines; the headline is the headline-shaped line just above that run. Clean article
//! text is not a page and is left to the plain pipeline untouched.

use std::ops::Range;

use crate::boilerplate::{
    is_appeal, is_appeal_heading, is_notice, is_section_end, notices, opens_comments, opens_gallery,
};
use crate::byline::{Credit, PageByline};
use crate::data::is_call_to_action;
use crate::lines::Line;
use crate::phrases::{Lowered, Starts};
use crate::{byline, captions, date};

/// Where the article is in a page dump, as line indices.
#[derive(Debug)]
pub struct Layout {
    /// The headline's line.
    pub title: Option<usize>,
    /// The author line (and a "By" line before it), with what it says.
    pub byline: Option<(Vec<usize>, PageByline)>,
    /// Where the byline and date are looked for: the non-blank lines above the body and the
    /// short lines at its top, in order.
    pub header_zone: Vec<usize>,
    /// The article body: from its first paragraph to one past its last.
    pub body: Range<usize>,
    /// Lines inside the body that are page furniture: menu entries, forms, image placeholders,
    /// notices, share rows.
    pub furniture: Vec<usize>,
    /// Lines inside the body that caption a photo: under an image placeholder or above a credit.
    pub captions: Vec<usize>,
}

/// How a non-blank line reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A list item or menu entry (`* News`), a form remnant (`[ ]`, `[Submit]`) or an image
    /// placeholder (`[logo]`).
    Nav,
    /// Share rows, "Advertisement", "Related", copyright and the like.
    Furniture,
    /// A line of at least `PROSE_WORDS` words that ends like a sentence.
    Prose,
    /// Anything else: headings, labels, link titles.
    Short,
}

/// Lines with at least this many words that end like a sentence read as body text.
const PROSE_WORDS: usize = 8;

/// List items and menu entries are at most this many words.
const MAX_NAV_WORDS: usize = 12;

/// A page scores at least this much in `page_signal`: three menu lines, or two and two lines of
/// furniture, or six of furniture.
const PAGE_SIGNAL: usize = 6;

/// A heading that opens comments or a list of other stories can end the article only after
/// this many words of body text.
const MIN_ARTICLE_WORDS: usize = 150;

/// An appeal heading ends the body when one of this many lines under it asks for money and
/// this many words of body text stand above it.
const APPEAL_LINES: usize = 6;
const MIN_APPEAL_ARTICLE_WORDS: usize = 50;

/// How many non-blank lines above the body may hold the byline and date.
const HEADER_LINES: usize = 30;

/// How many lines at the top of a page's body may still hold its byline or date, and how many
/// words those lines have at most.
const BODY_META_LINES: usize = 6;
const MAX_BODY_META_WORDS: usize = 12;
/// A date line there may be longer ("Dec. 22, 2023, 5:24 AM UTC / Updated …").
const MAX_BODY_DATE_WORDS: usize = 20;

/// A headline just above the best candidate wins when it scores at most this much lower and
/// shares at least `MIN_SHARED` points' worth of words with the body.
const DECK_MARGIN: i64 = 6;
const MIN_SHARED: i64 = 3;

/// A run of this many short lines after the first paragraph cuts it off from the body.
const ISOLATING_GAP: usize = 3;

/// How many lines below a headline its byline, date, deck or body may start.
const FOLLOW_LINES: usize = 4;

/// Lines indented this far sit inside a list (a dump indents list items by two spaces and
/// what is nested under them by more).
const LIST_INDENT: usize = 4;

/// A run of at least `LINK_RUN` lines of at most `LINK_WORDS` words each, none of them body
/// text, is a list of links or tags.
const LINK_RUN: usize = 4;
const LINK_WORDS: usize = 25;

/// Photo captions are at most this many words.
const MAX_CAPTION_WORDS: usize = 40;

/// How many words of the body a headline is compared with.
const VOCABULARY_WORDS: usize = 400;

/// How far above the body the headline is looked for, in non-blank lines.
const TITLE_WINDOW: usize = 120;

/// A name line ("Jane Doe, Staff Writer at The Daily Planet") has at most this many words;
/// "Florida Woman, 75, Wins …" is a headline.
const MAX_NAME_LINE_WORDS: usize = 8;

/// A menu entry of at most this many words is a section label.
const MAX_LABEL_WORDS: usize = 4;

/// What a headline loses for ending in a full stop, as sentences do.
const FULL_STOP: i64 = 4;

/// Headlines are at most this many words.
const MAX_TITLE_WORDS: usize = 30;

/// Where the article is, when `lines` are a whole page rather than a clean article. `low`:
/// the input lower-cased, if it could be (see `phrases`); `boilerplate`: which lines are (as
/// `is_boilerplate` tells).
pub fn locate(
    input: &str,
    lines: &[Line],
    low: Option<&Lowered>,
    boilerplate: &[bool],
) -> Option<Layout> {
    // Whether the lines are a page at all depends on the menu lines and furniture only: the
    // lines of a clean article, most inputs, need no more than that.
    let notices = low.map(notices);
    let brackets = Starts::of_byte(input, b'[');
    let furniture = page_furniture(lines, boilerplate, notices.as_ref(), &brackets)?;
    let kinds: Vec<Option<Kind>> = lines
        .iter()
        .zip(furniture)
        .map(|(l, f)| (!l.is_blank()).then(|| f.unwrap_or_else(|| text_kind(l.text))))
        .collect();
    let body = body_run(input, lines, &kinds)?;
    let non_blank = |r: Range<usize>| r.filter(|&j| kinds[j].is_some());
    let above: Vec<usize> = non_blank(0..body.start).rev().take(HEADER_LINES).collect();
    let meta_sized = |j: usize| {
        let words = lines[j].text.split_whitespace().count();
        words <= MAX_BODY_META_WORDS
            || (words <= MAX_BODY_DATE_WORDS
                && kinds[j] != Some(Kind::Prose)
                && date::find(lines[j].text).is_some())
    };
    let top_of_body = non_blank(body.clone())
        .take(BODY_META_LINES)
        .filter(|&j| meta_sized(j));
    let header_zone: Vec<usize> = above.into_iter().rev().chain(top_of_body).collect();
    let title = headline(lines, &kinds, &body);
    let byline = page_byline(lines, &header_zone, title);
    Some(Layout {
        title,
        byline,
        header_zone,
        captions: photo_captions(lines, &kinds, &body),
        furniture: body_furniture(lines, &kinds, &body),
        body,
    })
}

/// Which lines are menu entries and which furniture (`None` for text), if they make a page:
/// `None` when they do not. For lines that are `boilerplate` or not, in an input whose notice
/// words' anchors were found (or `None`) and whose `[` stand at `brackets`.
fn page_furniture(
    lines: &[Line],
    boilerplate: &[bool],
    notices: Option<&Starts>,
    brackets: &Starts,
) -> Option<Vec<Option<Kind>>> {
    // The notices last, each a search of its own: only lines of text that hold one of their
    // words' anchors can be one (any line, when the anchors could not be found), and each adds
    // one to the signal. Lines that fall short even were every such line a notice are no page,
    // and none is searched.
    let mut furniture: Vec<Option<Kind>> = Vec::with_capacity(lines.len());
    let mut candidates = Vec::new();
    // (The anchors walked with the lines, which come in input order.)
    let mut anchors = notices.map(Starts::walk);
    for (i, (l, &b)) in lines.iter().zip(boilerplate).enumerate() {
        let kind = if l.is_blank() {
            None
        } else {
            menu_or_furniture(l, b, brackets)
        };
        let end = l.start + l.text.len();
        if kind.is_none()
            && !l.is_blank()
            && anchors
                .as_mut()
                .is_none_or(|a| !a.within(l.start, end).is_empty())
        {
            candidates.push(i);
        }
        furniture.push(kind);
    }
    let signal = page_signal(lines, &furniture);
    if signal + candidates.len() < PAGE_SIGNAL {
        return None;
    }
    // (A candidate holds an anchor already: its notice words are searched for at once.)
    let mut found = 0;
    for i in candidates {
        if is_notice(lines[i].text) {
            furniture[i] = Some(Kind::Furniture);
            found += 1;
        }
    }
    (signal + found >= PAGE_SIGNAL).then_some(furniture)
}

/// Lines inside the body that are page furniture: menu entries, forms, notices, share rows,
/// and runs of short lines (a list of tags or links) that no body text interrupts.
fn body_furniture(lines: &[Line], kinds: &[Option<Kind>], body: &Range<usize>) -> Vec<usize> {
    let words = |i: usize| word_count(lines[i].text);
    let link_like = |i: usize| kinds[i] != Some(Kind::Prose) && words(i) <= LINK_WORDS;
    let text: Vec<usize> = body.clone().filter(|&i| kinds[i].is_some()).collect();
    let mut furniture = Vec::new();
    for run in text.chunk_by(|&a, &b| link_like(a) == link_like(b)) {
        if link_like(run[0]) && run.len() >= LINK_RUN {
            furniture.extend_from_slice(run);
        } else {
            furniture.extend(run.iter().filter(|&&i| match kinds[i] {
                Some(Kind::Furniture) => true,
                Some(Kind::Nav) => words(i) <= 4,
                _ => false,
            }));
        }
    }
    furniture
}

/// How a line reads: the two steps `locate` takes apart, in one.
#[cfg(test)]
fn kind(text: &str) -> Kind {
    let line = Line {
        start: 0,
        text,
        width: text.len(),
        bytes: text.len(),
    };
    let boilerplate = crate::boilerplate::is_boilerplate(text);
    let brackets = Starts::of_byte(text, b'[');
    menu_or_furniture(&line, boilerplate, &brackets)
        .or_else(|| is_notice(text).then_some(Kind::Furniture))
        .unwrap_or_else(|| text_kind(text))
}

/// `Nav` or `Furniture`, or `None` for a line that is neither (text, or a notice: `locate` asks
/// that apart), for a line that is `boilerplate` or not, in an input whose `[` stand at
/// `brackets`.
fn menu_or_furniture(line: &Line, boilerplate: bool, brackets: &Starts) -> Option<Kind> {
    let text = line.text;
    let bracket = brackets.any_within(line.start, line.start + text.len());
    if is_nav(text, bracket) {
        Some(Kind::Nav)
    } else if boilerplate {
        Some(Kind::Furniture)
    } else {
        None
    }
}

/// `Prose` or `Short`, for a line that is neither a menu entry nor furniture.
fn text_kind(text: &str) -> Kind {
    if word_count_up_to(text, PROSE_WORDS) >= PROSE_WORDS
        && ends_like_sentence(text)
        && !is_title_case(text)
    {
        Kind::Prose
    } else {
        Kind::Short
    }
}

/// Menu entries, list bullets, form fields and image placeholders, in a line that holds a
/// `[` or not (`bracket`).
fn is_nav(text: &str, bracket: bool) -> bool {
    may_be_nav(text, bracket) && reads_as_nav(text, bracket)
}

/// Can a line be a menu entry, bullet, form field or placeholder at all? Most lines hold no
/// bracket and open with a letter, which is no bullet unless it is an "o": `reads_as_nav`,
/// whose every test asks for a bracket, a bullet or a digit first, holds for none of them.
fn may_be_nav(text: &str, bracket: bool) -> bool {
    bracket
        || !text
            .as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_alphabetic() && b != b'o')
}

/// `is_nav` for a line `may_be_nav` lets through.
fn reads_as_nav(text: &str, bracket: bool) -> bool {
    let bullet = ["* ", "+ ", "o ", "• ", "· ", "# "]
        .iter()
        .any(|b| text.starts_with(b))
        || matches!(text, "*" | "+" | "o" | "•" | "#");
    let form = (bracket && (text.contains("[ ]") || text.contains("[  ")))
        || (text.starts_with('[') && text.ends_with(']'))
        || text.starts_with("( )");
    // Words are counted only for a line that opens like a list item (most do not).
    let short = || word_count_up_to(text, MAX_NAV_WORDS + 1) <= MAX_NAV_WORDS;
    ((bullet || is_numbered(text)) && short()) || form
}

/// `3. Item`: a numbered list entry.
fn is_numbered(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits) && text[digits..].starts_with(". ")
}

/// Headline Case: most longer words capitalized ("Star Makes Rare Appearance At Premiere!").
fn is_title_case(text: &str) -> bool {
    let (mut long, mut caps) = (0, 0);
    for (at, w) in crate::lines::tokens(text).filter(|(_, w)| w.len() > 3) {
        long += 1;
        caps += usize::from(w.starts_with(|c: char| c.is_uppercase() || !c.is_alphabetic()));
        // Stop once the rest of the line cannot make up for the lower-case words: it holds at
        // most one longer word (four bytes or more and a space) per five bytes.
        let rest = (text.len() - at - w.len()).div_ceil(5);
        if (caps + rest) * 5 < (long + rest) * 4 {
            return false;
        }
    }
    long >= 3 && caps * 5 >= long * 4
}

/// Does the line end like a sentence (a full stop, question or exclamation mark, a closing
/// quote or bracket after one, or a colon introducing what follows)?
fn ends_like_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| "\"”’')]*」』".contains(c));
    t.ends_with(['.', '!', '?', ':', ';', '…', '。', '！', '？'])
}

/// Words on a line; in Chinese and Japanese, written without spaces, every two characters count
/// as one.
fn word_count(text: &str) -> usize {
    word_count_up_to(text, usize::MAX)
}

/// `word_count(text)`, or `limit` if it is more.
fn word_count_up_to(text: &str, limit: usize) -> usize {
    // Ideographs only add to the words: a line that has `limit` words without them is done.
    let words = crate::lines::count_words(text, limit);
    // Ideographs are three bytes long and lead with 0xe3 to 0xe9: most lines have none.
    if words == limit || text.is_ascii() || !text.bytes().any(|b| (0xe3..=0xe9).contains(&b)) {
        return words;
    }
    let ideographs = text
        .chars()
        .filter(|c| matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}'))
        .count();
    (crate::lines::count_words(text, usize::MAX) + ideographs / 2).min(limit)
}

/// How strongly the lines say "web page": two points for each menu, list, form or image line,
/// one for each line of furniture ("Share", "Sign in", "Advertisement", a cookie notice).
/// Clean articles have none or a stray one or two; a numbered list in an article does not
/// count.
fn page_signal(lines: &[Line], kinds: &[Option<Kind>]) -> usize {
    kinds
        .iter()
        .zip(lines)
        .map(|(k, l)| match k {
            Some(Kind::Nav) if !is_numbered(l.text) => 2,
            Some(Kind::Furniture) => 1,
            _ => 0,
        })
        .sum()
}

/// The weight of a line in the search for the body: body text counts for its length, page
/// furniture against it — a menu entry more than a list item of several words, and a heading
/// that opens comments or a list of other stories most of all, so the body does not run past it.
fn weight(text: &str, k: Kind) -> i64 {
    let words = word_count(text) as i64;
    match k {
        Kind::Prose => words.min(40),
        _ if opens_comments(text) || is_section_end(text) => -40,
        Kind::Nav if words >= 4 => -2,
        Kind::Nav | Kind::Furniture => -6,
        Kind::Short => -3,
    }
}

/// The body: the stretch of non-blank lines with the largest total weight (body text minus the
/// furniture inside it), from its first line of body text.
fn body_run(input: &str, lines: &[Line], kinds: &[Option<Kind>]) -> Option<Range<usize>> {
    // Comments open after the article: nothing below them is looked at.
    let mut words = 0;
    let comments = kinds.iter().enumerate().position(|(i, k)| match k {
        Some(Kind::Prose) => {
            words += word_count(lines[i].text);
            false
        }
        Some(_) => words >= MIN_ARTICLE_WORDS && opens_comments(lines[i].text),
        None => false,
    });
    let (mut best, mut best_range) = (0i64, None);
    let (mut sum, mut start) = (0i64, 0usize);
    for (i, k) in kinds
        .iter()
        .enumerate()
        .take(comments.unwrap_or(kinds.len()))
    {
        let Some(k) = *k else { continue };
        if sum <= 0 {
            sum = 0;
            start = i;
        }
        let w = weight(lines[i].text, k);
        // Text indented under a list item (a teaser in a list of stories) counts for little.
        sum += if w > 0 && indent(input, &lines[i]) >= LIST_INDENT {
            w / 4
        } else {
            w
        };
        if sum > best {
            best = sum;
            best_range = Some(start..i + 1);
        }
    }
    let mut range = best_range?;
    // The body starts at body text; a lone paragraph (a notice, a teaser) cut off from the rest
    // by a run of short lines is not its start.
    loop {
        let mut prose = range.clone().filter(|&i| kinds[i] == Some(Kind::Prose));
        let (Some(first), Some(second)) = (prose.next(), prose.next()) else {
            break;
        };
        range.start = first;
        let gap = (first + 1..second).filter(|&i| kinds[i].is_some()).count();
        if gap < ISOLATING_GAP {
            break;
        }
        range.start = second;
    }
    // Such a heading ends the article when a list follows it and most of the body text is
    // above it (a "More from …" box inside an article is followed by more article).
    // Words of body text before each line of the range (a running sum, so that each heading
    // is weighed in constant time).
    let mut before = Vec::with_capacity(range.len() + 1);
    before.push(0);
    for i in range.clone() {
        let words = if kinds[i] == Some(Kind::Prose) {
            word_count(lines[i].text)
        } else {
            0
        };
        before.push(before[before.len() - 1] + words);
    }
    let prose_words = |r: Range<usize>| before[r.end - range.start] - before[r.start - range.start];
    let list_follows = |i: usize| {
        (i + 1..range.end)
            .filter(|&j| kinds[j].is_some())
            .take(2)
            .all(|j| kinds[j] != Some(Kind::Prose))
    };
    // An appeal for the reader's money ends the article however long it runs.
    let appeal_follows = |i: usize| {
        (i + 1..range.end)
            .filter(|&j| kinds[j].is_some())
            .take(APPEAL_LINES)
            .any(|j| is_appeal(lines[j].text))
    };
    let end = range.clone().find(|&i| {
        let text = lines[i].text;
        // A gallery the reader is sent on to is not the article.
        if opens_gallery(text) && prose_words(range.start..i) >= MIN_ARTICLE_WORDS {
            return true;
        }
        kinds[i] != Some(Kind::Prose)
            && ((opens_comments(text) || is_section_end(text))
                && list_follows(i)
                && prose_words(range.start..i) >= prose_words(i..range.end).max(MIN_ARTICLE_WORDS)
                || is_appeal_heading(text)
                    && appeal_follows(i)
                    && prose_words(range.start..i) >= MIN_APPEAL_ARTICLE_WORDS)
    });
    if let Some(end) = end {
        range.end = end;
    }
    Some(range)
}

/// How many spaces the line was indented by.
fn indent(input: &str, line: &Line) -> usize {
    let before = &input[..line.start];
    before.len() - before.trim_end_matches([' ', '\t']).len()
}

/// Lines of the body under an image placeholder (`[photo]`) or above a photo credit.
fn photo_captions(lines: &[Line], kinds: &[Option<Kind>], body: &Range<usize>) -> Vec<usize> {
    let text: Vec<usize> = (body.start.saturating_sub(1)..(body.end + 1).min(lines.len()))
        .filter(|&i| kinds[i].is_some())
        .collect();
    text.windows(2)
        .flat_map(|w| {
            let (a, b) = (lines[w[0]].text, lines[w[1]].text);
            let credit = |t: &str| {
                captions::has_marker(t) && t.split_whitespace().count() <= MAX_CAPTION_WORDS
            };
            let under_image = is_image(a) && !is_image(b) && !credit(b);
            let above_credit = credit(b) && !credit(a);
            [under_image.then_some(w[1]), above_credit.then_some(w[0])]
        })
        .flatten()
        .filter(|&i| {
            body.contains(&i)
                && kinds[i] != Some(Kind::Nav)
                && lines[i].text.split_whitespace().count() <= MAX_CAPTION_WORDS
        })
        .collect()
}

/// `[photo]`: the placeholder a dump leaves for an image.
fn is_image(text: &str) -> bool {
    text.starts_with('[') && text.ends_with(']') && !text.contains("[ ")
}

/// The headline: the most headline-shaped line above the body that is followed by what
/// follows a headline — a byline, a date, a deck or the body itself. Nearer lines are
/// preferred; of two equal candidates the upper wins (a headline comes before its deck).
fn headline(lines: &[Line], kinds: &[Option<Kind>], body: &Range<usize>) -> Option<usize> {
    let vocabulary = body_words(lines, kinds, body);
    let menu: Vec<&str> = lines
        .iter()
        .zip(kinds)
        .filter(|(_, k)| **k == Some(Kind::Nav))
        .map(|(l, _)| {
            l.text
                .trim_start_matches(['*', '+', 'o', '•', '·', '#', ' '])
        })
        .collect();
    let above: Vec<usize> = (0..body.start)
        .rev()
        .filter(|&i| kinds[i].is_some())
        .take(TITLE_WINDOW)
        .collect();
    let mut best: Option<(i64, usize)> = None;
    let mut scores: Vec<Option<i64>> = vec![None; above.len()];
    for (rank, &i) in above.iter().enumerate() {
        let text = lines[i].text;
        if is_meta(text) {
            continue;
        }
        let Some((length, form)) = title_score(text, kinds[i], &menu) else {
            continue;
        };
        let shape = length + form;
        // What follows: a byline, a date or body text (a deck, the body), within a few lines
        // (past a short deck, a photo and its caption). `above[rank - k]` is the k-th line
        // down; past the end of `above` is the body.
        let follows = (1..=FOLLOW_LINES)
            .find(|&k| {
                rank.checked_sub(k)
                    .map(|r| above[r])
                    .is_none_or(|n| is_meta(lines[n].text) || kinds[n] == Some(Kind::Prose))
            })
            .map_or(0, |k| 5 - (k as i64 + 1) / 2);
        let shared = shared_words(text, &vocabulary);
        // A photo's caption: under the image or above its credit.
        let image_above = above
            .get(rank + 1)
            .is_some_and(|&p| is_image(lines[p].text));
        let credit_below = rank
            .checked_sub(1)
            .is_some_and(|r| captions::has_marker(lines[above[r]].text));
        let caption = image_above || credit_below;
        let score = shape + follows + shared - rank as i64 / 8 - if caption { 4 } else { 0 };
        // As a headline above a deck, one ending in a full stop is as good as any; one with
        // the form of a label or breadcrumb is none.
        let unstopped = if ends_in_full_stop(text) {
            length + FULL_STOP
        } else {
            length
        };
        if unstopped >= 4 && form == 0 && shared >= MIN_SHARED {
            scores[rank] = Some(score - shape + unstopped);
        }
        if best.is_none_or(|(s, _)| score >= s) {
            best = Some((score, rank));
        }
    }
    // A deck shares more words with the body than its headline: a headline-shaped line just
    // above the best one, about the same thing and nearly as good, is the headline.
    let (score, rank) = best?;
    // (Past a byline or date printed between them.)
    let upper = (rank + 1..above.len()).find(|&r| !is_meta(lines[above[r]].text));
    // (A line the page prints again, as headlines are, is no deck.)
    let repeated = |r: usize| printed_again(lines, above[r]);
    match upper.and_then(|r| scores[r].map(|s| (r, s))) {
        Some((r, s)) if s + DECK_MARGIN >= score && (repeated(r) || !repeated(rank)) => {
            Some(above[r])
        }
        _ => Some(above[rank]),
    }
}

/// Does the page print this line's text again, alone or inside another line ("Image for
/// article titled …", a breadcrumb ending in the headline)? Only lines of three words or more
/// count.
fn printed_again(lines: &[Line], i: usize) -> bool {
    let text = lines[i].text;
    text.split_whitespace().count() >= 3
        && lines
            .iter()
            .enumerate()
            .any(|(j, l)| j != i && l.text.contains(text))
}

/// The longer words of the body's first paragraphs, lower-cased.
fn body_words<'a>(lines: &[Line<'a>], kinds: &[Option<Kind>], body: &Range<usize>) -> Vec<String> {
    let mut words: Vec<String> = body
        .clone()
        .filter(|&i| kinds[i] == Some(Kind::Prose))
        .flat_map(|i| content_words(lines[i].text))
        .take(VOCABULARY_WORDS)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

fn content_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
}

/// A headline is about what the body says: up to 10 points for the share of its longer words
/// (at least four counted) that the body's first paragraphs use.
fn shared_words(text: &str, vocabulary: &[String]) -> i64 {
    let (mut all, mut shared) = (0, 0);
    for w in content_words(text) {
        all += 1;
        shared += usize::from(vocabulary.binary_search(&w).is_ok());
    }
    (10 * shared / all.max(4)) as i64
}

/// The surest author line among `zone` (line indices, in order) and the lines it takes. A bare
/// name counts only below the headline, and when the page prints it again (an author box) or
/// a date stands beside it; "By"
/// on a line of its own takes the name on the next line.
fn page_byline(
    lines: &[Line],
    zone: &[usize],
    title: Option<usize>,
) -> Option<(Vec<usize>, PageByline)> {
    let mut best: Option<(Vec<usize>, PageByline)> = None;
    for (k, &j) in zone.iter().enumerate() {
        let next = zone.get(k + 1).copied();
        let (at, found) = if byline::is_bare_by(lines[j].text) {
            let Some(n) = next else { continue };
            let Some(mut found) = byline::parse_page(lines[n].text) else {
                continue;
            };
            found.byline.raw = format!("{} {}", lines[j].text, found.byline.raw);
            found.credit = Credit::By;
            (vec![j, n], found)
        } else {
            let Some(found) = byline::parse_page(lines[j].text) else {
                continue;
            };
            (vec![j], found)
        };
        if found.credit == Credit::NameOnly {
            // A bare name above the headline (or the headline itself) is a tag or the subject.
            if title.is_some_and(|t| j <= t) {
                continue;
            }
            let name = found.byline.authors[0].as_str();
            let repeated = lines
                .iter()
                .enumerate()
                .any(|(i, l)| i != j && l.text.starts_with(name));
            let prev = k.checked_sub(1).map(|p| zone[p]);
            let dated = [prev, next]
                .into_iter()
                .flatten()
                .any(|n| date::find(lines[n].text).is_some() || date::is_relative(lines[n].text));
            if !repeated && !dated {
                continue;
            }
        }
        // Surest first, then highest.
        if best.as_ref().is_none_or(|(_, b)| found.credit < b.credit) {
            best = Some((at, found));
        }
    }
    best
}

/// A byline, a date or a reading time: the lines between a headline and its body.
fn is_meta(text: &str) -> bool {
    let words = text.split_whitespace().count();
    words <= 15
        && (byline::parse(text, false).is_some()
            || (words <= 10 && byline::has_by(text))
            || date::find(text).is_some()
            || date::is_relative(text)
            || (words <= MAX_NAME_LINE_WORDS && byline::is_name_line(text)))
}

/// How headline-like a line is, by its length and by its form (penalties for the form of a
/// label, a breadcrumb or a call to action); `None` for lines that cannot be the headline.
/// `menu` holds the page's menu entries: a line repeating one is a section label.
fn title_score(text: &str, kind: Option<Kind>, menu: &[&str]) -> Option<(i64, i64)> {
    let words = text.split_whitespace().count();
    if matches!(kind, Some(Kind::Nav | Kind::Furniture))
        || words > MAX_TITLE_WORDS
        || captions::has_marker(text)
        || byline::is_job_title_line(text)
    {
        return None;
    }
    let mut length = match words {
        0..=1 => -6,
        2 => -2,
        3..=4 => 2,
        5..=25 => 4,
        _ => 1,
    };
    if ends_in_full_stop(text) {
        length -= FULL_STOP;
    }
    let mut score = 0;
    if !text.starts_with(|c: char| c.is_uppercase() || c.is_numeric() || "\"“‘'".contains(c)) {
        score -= 3;
    }
    if text
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
    {
        score -= 3; // a section label
    }
    let breadcrumb = [" | ", " / ", " » ", " > ", "Home "]
        .iter()
        .any(|m| text.contains(m));
    // (A story's own headline may stand in a list too: only a label repeats a menu.)
    let label = words <= MAX_LABEL_WORDS && menu.contains(&text);
    if text.contains('<') || breadcrumb || label {
        score -= 4; // markup, a breadcrumb, a menu entry
    }
    let first = text.split_whitespace().next().unwrap_or("").to_lowercase();
    if is_call_to_action(first.trim_matches(|c: char| !c.is_alphabetic())) {
        score -= 3; // "Find anything you save …", "Back to Reading"
    }
    Some((length, score))
}

fn ends_in_full_stop(text: &str) -> bool {
    text.ends_with('.') && !text.ends_with("..")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lines::split;

    /// `locate` given what `parse` finds for it first.
    fn located(input: &str, lines: &[Line]) -> Option<Layout> {
        let boilerplate: Vec<bool> = (lines.iter())
            .map(|l| crate::boilerplate::is_boilerplate(l.text))
            .collect();
        locate(input, lines, Lowered::new(input).as_ref(), &boilerplate)
    }

    #[test]
    fn line_kinds() {
        let rows: &[(&str, Kind)] = &[
            ("* News", Kind::Nav),
            ("+ Bob Smith", Kind::Nav),
            ("[                    ]Sign Up", Kind::Nav),
            ("[logo]", Kind::Nav),
            ("3. >> Concert", Kind::Nav),
            ("Advertisement", Kind::Furniture),
            (
                "We use cookies and similar tools; see our privacy policy to manage consent.",
                Kind::Furniture,
            ),
            (
                "The council voted on Monday to close the old bridge for good.",
                Kind::Prose,
            ),
            (
                "Star Makes Rare Appearance At The Premiere In New York!",
                Kind::Short,
            ),
            ("Council votes to close the bridge", Kind::Short),
            ("Sports", Kind::Short),
        ];
        for &(text, want) in rows {
            assert_eq!(kind(text), want, "line {text:?}");
        }
    }

    #[test]
    fn words_counted_up_to_a_limit() {
        // (line, limit): as many words as `word_count` finds, or the limit.
        let rows = [
            ("one two three", 2),
            ("one two three", 8),
            ("東京都の知事が記者会見で述べた", 3),
            ("東京都の知事が記者会見で述べた", 20),
            ("The governor of Tokyo 東京都の知事 said", 4),
            ("The governor of Tokyo 東京都の知事 said", 20),
        ];
        for (text, limit) in rows {
            let want = word_count(text).min(limit);
            assert_eq!(word_count_up_to(text, limit), want, "{text:?} {limit}");
        }
    }

    const MENU: &str =
        "The Daily Example\n\n  * News\n  * Sports\n  * Weather\n\n[          ]Search\n\n";
    const ARTICLE: &str = "The council voted on Monday to close the old bridge after engineers found deep cracks in two of its piers.\n\n\
        Drivers will have to take a detour of about six miles until a new bridge opens, officials said.\n\n\
        \"We had no choice,\" the mayor said at a meeting that ran late into the night.\n\n";
    const FOOTER: &str =
        "Related\n\n  * Bridge closed\n  * Road works\n\n© 2024 The Daily Example\n";

    #[test]
    fn finds_article_in_page() {
        // (lines between the menu and the article, headline, byline line, body's first words)
        let rows: &[(&str, &str, Option<&str>, &str)] = &[
            (
                "Local\n\nCouncil votes to close the old bridge\n\nBy Jane Doe\nMarch 3, 2024\n\n",
                "Council votes to close the old bridge",
                Some("By Jane Doe"),
                "The council voted",
            ),
            (
                "Council votes to close the old bridge\n\nEngineers found cracks in its piers\n\n\
                 Jane Doe | Reuters\n\n",
                "Council votes to close the old bridge",
                Some("Jane Doe | Reuters"),
                "The council voted",
            ),
            (
                "Find anything you save in your account\n\nCouncil votes to close the old bridge\n\n\
                 [bridge-photo]\nThe old bridge at dusk.\nPhoto: John Roe\n\n",
                "Council votes to close the old bridge",
                None,
                "The council voted",
            ),
            (
                // A headline that starts like "Name, age" and one that ends "By …".
                "Bridge Town, 75, Votes to Close Its Old Bridge: 'We Had No Choice'\n\n\
                 Engineers found cracks in two of its piers\n\nBy Jane Doe\n\n",
                "Bridge Town, 75, Votes to Close Its Old Bridge: 'We Had No Choice'",
                Some("By Jane Doe"),
                "The council voted",
            ),
            (
                // An author box's job title line, just above the body, is no headline.
                "Council votes to close the old bridge\n\nMarch 3, 2024\n\n\
                 By Jane Doe\n\nSenior Research Fellow, Bridge Studies Program\n\n",
                "Council votes to close the old bridge",
                Some("By Jane Doe"),
                "The council voted",
            ),
            (
                // A headline that a list of stories above it also names.
                "  * Local\n  * Council votes to close the old bridge\n\n\
                 Council votes to close the old bridge\n\nDrivers at the old bridge on Monday\n\n\
                 By Jane Doe\n\n",
                "Council votes to close the old bridge",
                Some("By Jane Doe"),
                "The council voted",
            ),
            (
                // A headline ending in a full stop, above its deck.
                "Council Votes to Close the Old Bridge After Engineers Find Cracks.\n\n\
                 Drivers will have to take a detour of about six miles, officials say\n\n\
                 By Jane Doe\n\n",
                "Council Votes to Close the Old Bridge After Engineers Find Cracks.",
                Some("By Jane Doe"),
                "The council voted",
            ),
            (
                // The headline printed again below its deck is not taken for a deck.
                "Council Voted to Close Old Bridge By Monday\n\nWhy drivers face a long detour\n\n\
                 Council Voted to Close Old Bridge By Monday\nJane Doe\nMarch 3, 2024\n\n",
                "Council Voted to Close Old Bridge By Monday",
                Some("Jane Doe"),
                "The council voted",
            ),
        ];
        for &(header, title, byline, first) in rows {
            let page = format!("{MENU}{header}{ARTICLE}{FOOTER}");
            let lines = split(&page);
            let layout = located(&page, &lines).expect("a page");
            assert_eq!(layout.title.map(|t| lines[t].text), Some(title), "{page}");
            let by = layout.byline.as_ref().map(|(at, _)| lines[at[0]].text);
            assert_eq!(by, byline, "{page}");
            assert!(lines[layout.body.start].text.starts_with(first), "{page}");
            assert!(
                lines[layout.body.end - 1].text.starts_with("\"We had"),
                "{page}"
            );
        }
    }

    #[test]
    fn body_ends_at_comments_and_story_lists() {
        let rows = [
            "12 Comments\n\njsmith says:\nAbout time they did something about that old bridge, really.\n",
            "More stories\n\nA long teaser about another story that runs on for many words, like a paragraph.\n",
        ];
        for tail in rows {
            let page = format!("{MENU}Council votes to close the old bridge\n\n{ARTICLE}{tail}");
            let lines = split(&page);
            let layout = located(&page, &lines).expect("a page");
            assert!(
                lines[layout.body.end - 1].text.starts_with("\"We had"),
                "{page}"
            );
        }
    }

    #[test]
    fn clean_article_is_not_a_page() {
        let rows = [
            "Title\n\nBy Jane Doe\n\nThe council voted on Monday to close the bridge.\n",
            "Title\n\nOne.\n\nTwo.\n\nThree.\n",
            "Title\n\n1. First point of the list.\n2. Second point.\n3. Third point.\n",
        ];
        for text in rows {
            assert!(located(text, &split(text)).is_none(), "input {text:?}");
        }
    }

    proptest::proptest! {
        /// A line `may_be_nav` turns down reads as no menu entry, with a bracket or without.
        #[test]
        fn lines_turned_down_are_no_menu_entries(
            text in crate::phrases::texts_of(
                &[
                    "* ", "+ ", "o ", "o", "• ", "· ", "# ", "*", "#", "[", "]", "[ ]", "( )",
                    "3", "12", ". ", "News", "Sports", " ", "x", "é",
                ],
                6,
            ),
        ) {
            for bracket in [false, true] {
                proptest::prop_assert!(may_be_nav(&text, bracket) || !reads_as_nav(&text, bracket));
            }
        }

        /// The furniture of a page as `page_furniture` finds it, its notices searched only
        /// where they could make a page, is the furniture of every line asked in turn.
        #[test]
        fn page_furniture_as_every_line_asked(
            text in crate::phrases::texts_of(
                &[
                    "We use cookies to improve your experience.\n",
                    "Read our privacy policy and manage consent.\n",
                    "Subscribe to our newsletter.\n",
                    "Cookie settings\n",
                    "* News\n",
                    "[ ]\n",
                    "Advertisement\n",
                    "The senator spoke about privacy on Monday.\n",
                    "Officials met in the capital to talk.\n",
                    "\n",
                ],
                14,
            ),
        ) {
            let lines = split(&text);
            let boilerplate: Vec<bool> =
                lines.iter().map(|l| crate::boilerplate::is_boilerplate(l.text)).collect();
            let low = Lowered::new(&text);
            let brackets = Starts::of_byte(&text, b'[');
            for notices in [low.as_ref().map(notices), None] {
                let every: Vec<Option<Kind>> = lines
                    .iter()
                    .zip(&boilerplate)
                    .map(|(l, &b)| {
                        if l.is_blank() {
                            return None;
                        }
                        menu_or_furniture(l, b, &brackets).or_else(|| {
                            is_notice(l.text).then_some(Kind::Furniture)
                        })
                    })
                    .collect();
                let want = (page_signal(&lines, &every) >= PAGE_SIGNAL).then_some(every);
                let got = page_furniture(&lines, &boilerplate, notices.as_ref(), &brackets);
                proptest::prop_assert_eq!(got, want);
            }
        }
    }
}
