//! Word lists, in one place: adding a verb, a title or a phrase is a one-line change here.
//! Everything is lower case; lookups lower-case their argument.

use std::collections::HashSet;
use std::sync::LazyLock;

/// Reporting verbs in the forms news prose uses them: "said", "says", "adds", "told"...
pub const REPORTING_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "add", "adds", "added", "tell", "tells", "told", "write",
    "writes", "wrote", "written", "note", "notes", "noted", "insist", "insists", "insisted",
    "warn", "warns", "warned", "argue", "argues", "argued", "explain", "explains", "explained",
    "ask", "asks", "asked", "claim", "claims", "claimed", "reply", "replies", "replied",
    "continue", "continues", "continued", "state", "states", "stated", "declare", "declares",
    "declared", "announce", "announces", "announced", "recall", "recalls", "recalled",
    "acknowledge", "acknowledges", "acknowledged", "admit", "admits", "admitted", "suggest",
    "suggests", "suggested", "remark", "remarks", "remarked", "respond", "responds", "responded",
    "tweet", "tweets", "tweeted", "post", "posted", "testify", "testifies", "testified",
    "concede", "concedes", "conceded", "complain", "complains", "complained", "caution",
    "cautions", "cautioned", "urge", "urges", "urged", "predict", "predicts", "predicted",
    "observe", "observes", "observed", "emphasize", "emphasizes", "emphasized", "emphasise",
    "emphasised", "stress", "stresses", "stressed", "report", "reports", "reported", "quip",
    "quips", "quipped", "joke", "jokes", "joked", "counter", "counters", "countered", "mused",
    "muses", "exclaimed", "shouted", "yelled", "screamed", "chanted", "whispered", "boasted",
    "boasts", "bragged", "vowed", "vows", "promised", "promises", "pledged", "pledges", "thundered",
    "sighed", "laughed", "lamented", "laments", "conceded", "contended", "contends", "maintained",
    "maintains", "asserted", "asserts", "added", "agreed", "agrees", "confirmed", "confirms",
    "denied", "denies", "disclosed", "revealed", "reveals", "charged", "charges", "alleged",
    "alleges", "accused", "accuses", "demanded", "demands", "told", "informed", "assured",
    "reminded", "answered", "answers", "wondered", "wonders", "mocked", "scoffed", "snapped",
    "pressed", "retorted", "interjected", "began", "concluded", "concludes", "summed", "echoed",
    "echoes", "called", "calls", "described", "describes", "dubbed", "labeled", "labelled",
    "branded", "termed", "characterized", "hailed", "praised", "criticized", "blasted",
    "slammed", "attacked", "mocked", "dismissed", "tweeting", "writing", "adding", "noting",
    "explaining", "arguing", "warning", "telling", "asking", "according", "read", "reads",
];

/// Verbs that open a partial quote's clause ("called the plan “a disaster”") but never an
/// attribution on their own when they follow a quote.
pub const NAMING_VERBS: &[&str] = &[
    "called", "calls", "described", "describes", "dubbed", "labeled", "labelled", "branded",
    "termed", "characterized", "hailed", "praised", "criticized", "blasted", "slammed",
    "attacked", "dismissed", "read", "reads",
];

/// Words that may stand between a subject and its reporting verb: "he later said".
pub const VERB_MODIFIERS: &[&str] = &[
    "also", "later", "then", "has", "had", "have", "would", "will", "once", "previously",
    "recently", "again", "further", "simply", "only", "even", "still", "just", "had", "reportedly",
    "did", "does", "never", "often", "always", "once", "repeatedly", "told",
];

/// Personal pronouns that can stand for a speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "you"];

/// Job titles and honorifics that precede a name and are not part of it.
pub const TITLES: &[&str] = &[
    "president", "vice", "prime", "minister", "secretary", "senator", "sen.", "sen", "rep.",
    "rep", "representative", "gov.", "gov", "governor", "mayor", "mr.", "mr", "mrs.", "mrs",
    "ms.", "ms", "miss", "dr.", "dr", "prof.", "professor", "gen.", "general", "lt.", "col.",
    "colonel", "capt.", "captain", "sgt.", "sergeant", "adm.", "admiral", "judge", "justice",
    "chief", "leader", "chairman", "chairwoman", "chair", "ceo", "director", "spokesman",
    "spokeswoman", "spokesperson", "ambassador", "king", "queen", "prince", "princess", "pope",
    "rev.", "reverend", "father", "sister", "brother", "saint", "st.", "speaker", "chancellor",
    "premier", "commissioner", "attorney", "sheriff", "officer", "detective", "lord", "lady",
    "sir", "dame", "candidate", "nominee", "democrat", "republican", "former", "presidential",
    "first", "deputy", "acting", "foreign", "defense", "defence", "state", "house", "senate",
    "majority", "minority", "whip", "coach", "manager", "founder", "editor", "executive",
    "analyst", "economist", "professor", "author", "anchor", "host", "comedian", "actor",
    "actress", "singer", "rapper", "star", "billionaire", "businessman", "mogul", "pastor",
    "rabbi", "imam", "bishop", "cardinal", "archbishop", "ayatollah", "sheikh", "emir", "sultan",
    "gop", "democratic", "republican", "u.s.", "us", "u.n.", "un", "eu", "nato", "white",
    "campaign", "party", "press", "communications", "national", "security", "adviser", "advisor",
    "strategist", "manager", "pollster", "counsel", "lawyer", "attorney", "general", "staff",
    "aide", "official", "officials",
];

/// Job titles that follow a name in a byline: "Jane Doe, Staff Writer".
pub const BYLINE_TITLES: &[&str] = &[
    "staff writer", "staff reporter", "senior writer", "writer", "reporter", "correspondent",
    "senior correspondent", "foreign correspondent", "chief correspondent", "editor",
    "senior editor", "contributing editor", "contributor", "columnist", "special correspondent",
    "staff", "staff writers", "associate editor", "managing editor", "political editor",
    "political reporter", "political correspondent", "white house correspondent",
    "business reporter", "science writer", "national correspondent", "opinion contributor",
    "guest columnist", "special to", "for", "contributing writer", "freelance writer",
    "photographer", "in", "investigative reporter", "news editor", "deputy editor",
    "editor-at-large", "editor at large", "executive editor", "chief political correspondent",
];

/// News agencies and publications that appear in bylines and datelines.
pub const AGENCIES: &[&str] = &[
    "associated press", "the associated press", "ap", "reuters", "afp", "agence france-presse",
    "agence france presse", "bloomberg", "bloomberg news", "upi", "united press international",
    "dpa", "efe", "ansa", "xinhua", "tass", "ria novosti", "interfax", "kyodo", "kyodo news",
    "yonhap", "pti", "ians", "cnn", "bbc", "bbc news", "cnbc", "nbc news", "abc news",
    "cbs news", "fox news", "npr", "politico", "axios", "the hill", "usa today", "ani",
    "press association", "pa", "pa media", "canadian press", "the canadian press", "aap",
    "australian associated press", "anadolu", "anadolu agency", "al jazeera", "sputnik",
    "staff", "wire services", "news services", "agencies", "news wires", "the conversation",
];

/// Words in an organization's name that mark it as a publication rather than a person.
pub const PUBLICATION_WORDS: &[&str] = &[
    "news", "press", "times", "post", "journal", "herald", "tribune", "gazette", "daily",
    "weekly", "magazine", "media", "network", "agency", "wire", "radio", "television", "tv",
    "telegraph", "guardian", "independent", "observer", "chronicle", "review", "reporter",
    "today", "online", "digital", "group", "services", "bureau", "desk", "staff", "inc",
    "ltd", "llc", "corporation", "company", "foundation", "institute", "center", "centre",
];

/// Lines (or line starts) that are page furniture rather than article text, matched
/// case-insensitively against the start of a short line.
pub const BOILERPLATE_PREFIXES: &[&str] = &[
    "advertisement", "facebook comments", "please enter your comment", "please enter your name",
    "please enter your email", "leave a comment", "leave a reply", "post a comment",
    "add a comment", "comments", "show comments", "view comments", "sign in to comment",
    "share this", "share on", "share via", "share:", "tweet this", "follow us", "follow @",
    "related:", "related articles", "related stories", "related coverage", "related content",
    "read more", "read the rest", "read next", "read also", "see also", "more:", "more from",
    "more stories", "most read", "most popular", "recommended", "you may also like",
    "you might also like", "trending", "subscribe", "sign up", "newsletter", "get our newsletter",
    "click here", "continue reading", "story continues", "skip advertisement", "skip to",
    "copyright", "©", "all rights reserved", "this article was", "this story was",
    "this material may not be", "print this", "email this", "save article", "listen to this",
    "image:", "photo gallery", "watch:", "video:", "sponsored", "promoted", "report an error",
    "loading", "back to top", "top stories", "editor's picks", "editor’s picks", "ad feedback",
    "supported by", "privacy policy", "terms of use", "cookie", "we use cookies", "accept cookies",
    "save my name", "notify me of", "your email address will not be published",
    "required fields are marked", "don't miss", "don’t miss", "next article", "previous article",
    "next story", "previous story", "up next", "join the conversation", "have your say",
    "enjoy this article", "support our journalism", "become a member", "donate",
];

/// Whole short lines that are furniture only when they stand alone ("Print", "Email").
pub const BOILERPLATE_LINES: &[&str] = &[
    "print", "email", "e-mail", "share", "tweet", "facebook", "twitter", "linkedin", "whatsapp",
    "pinterest", "reddit", "more", "menu", "search", "home", "close", "comment", "reply",
    "submit", "subscribe", "log in", "login", "sign in", "register", "save", "copy link",
    "full text", "abstract", "print article", "text size", "a a a", "ok", "continue",
];

/// A comment-section heading: once seen after the body, the short lines that follow belong to
/// the page, not the article.
pub const COMMENT_SECTION_MARKERS: &[&str] = &[
    "facebook comments", "comments", "leave a comment", "leave a reply", "post a comment",
    "join the conversation", "show comments", "view comments", "add a comment",
];

/// Present-tense verbs typical of photo captions ("Putin shakes hands with ...").
pub const CAPTION_VERBS: &[&str] = &[
    "shakes", "speaks", "arrives", "arrive", "waves", "wave", "gestures", "gesture", "looks",
    "look", "attends", "attend", "listens", "listen", "walks", "walk", "poses", "pose", "holds",
    "hold", "sits", "sit", "stands", "stand", "smiles", "smile", "greets", "greet", "leaves",
    "leave", "delivers", "addresses", "reacts", "react", "talks", "talk", "meets", "meet",
    "celebrates", "celebrate", "hugs", "embraces", "kisses", "shake", "pictured", "seen",
    "gather", "gathers", "march", "marches", "protest", "protests", "watches", "watch",
    "campaigns", "votes", "casts", "signs", "salutes", "departs", "boards", "visits",
];

/// Markers of a photo credit or caption, anywhere in a short line.
pub const CAPTION_MARKERS: &[&str] = &[
    "ap photo", "(photo:", "photo:", "photo by", "photograph:", "photograph by", "getty images",
    "file photo", "reuters/", "/reuters", "afp/", "/afp", "afp via getty", "epa/", "/epa",
    "credit:", "image credit", "photo credit", "picture:", "pictured:", "(ap)", "shutterstock",
    "images)", "photo/", "/ap", "via reuters", "courtesy of", "(file)", "(reuters)",
];

/// Month names and their abbreviations, with their numbers.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// Abbreviations that end with a period without ending a sentence (besides titles and
/// initials).
pub const ABBREVIATIONS: &[&str] = &[
    "jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "st.", "mt.", "ft.", "no.", "vs.", "etc.",
    "jan.", "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.", "ave.",
    "blvd.", "rd.", "dept.", "univ.", "assn.", "gov.", "sen.", "rep.", "gen.", "lt.", "col.",
    "capt.", "sgt.", "adm.", "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "hon.", "pres.",
    "ariz.", "calif.", "colo.", "conn.", "fla.", "ga.", "ill.", "ind.", "kan.", "ky.", "la.",
    "mass.", "md.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.", "okla.", "ore.",
    "pa.", "tenn.", "tex.", "va.", "vt.", "wash.", "wis.", "wyo.", "del.", "ala.", "ark.",
];

/// Name particles written in lower case inside a person's name.
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el",
    "bin", "ibn", "ben", "y", "dos", "das", "ter", "op",
];

fn set(words: &'static [&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

static VERBS: LazyLock<HashSet<&str>> = LazyLock::new(|| set(REPORTING_VERBS));
static NAMING: LazyLock<HashSet<&str>> = LazyLock::new(|| set(NAMING_VERBS));
static MODIFIERS: LazyLock<HashSet<&str>> = LazyLock::new(|| set(VERB_MODIFIERS));
static PRONOUN_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(PRONOUNS));
static TITLE_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(TITLES));
static PARTICLES: LazyLock<HashSet<&str>> = LazyLock::new(|| set(NAME_PARTICLES));
static CAPTION_VERB_SET: LazyLock<HashSet<&str>> = LazyLock::new(|| set(CAPTION_VERBS));
static PUBLICATION: LazyLock<HashSet<&str>> = LazyLock::new(|| set(PUBLICATION_WORDS));

/// Looks `word` up in a set, lower-casing only when needed.
fn contains(set: &HashSet<&str>, word: &str) -> bool {
    if word.bytes().any(|b| b.is_ascii_uppercase()) || !word.is_ascii() {
        set.contains(word.to_lowercase().as_str())
    } else {
        set.contains(word)
    }
}

pub fn is_reporting_verb(word: &str) -> bool {
    contains(&VERBS, word)
}
pub fn is_naming_verb(word: &str) -> bool {
    contains(&NAMING, word)
}
pub fn is_verb_modifier(word: &str) -> bool {
    contains(&MODIFIERS, word)
        || (word.len() > 5
            && word.ends_with("ly")
            && !matches!(word, "daily" | "weekly" | "monthly" | "yearly" | "family" | "Italy" | "Sicily"))
}
pub fn is_pronoun(word: &str) -> bool {
    contains(&PRONOUN_SET, word)
}
pub fn is_title(word: &str) -> bool {
    contains(&TITLE_SET, word)
}
pub fn is_name_particle(word: &str) -> bool {
    PARTICLES.contains(word)
}
pub fn is_caption_verb(word: &str) -> bool {
    contains(&CAPTION_VERB_SET, word)
}
pub fn is_publication_word(word: &str) -> bool {
    contains(&PUBLICATION, word)
}
pub fn is_agency(name: &str) -> bool {
    let low = name.trim().trim_end_matches('.').to_lowercase();
    AGENCIES.contains(&low.as_str())
}
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(&word.to_lowercase().as_str())
}
pub fn month_number(word: &str) -> Option<u32> {
    let low = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == low).map(|&(_, n)| n)
}
