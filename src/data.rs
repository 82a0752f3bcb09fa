//! Word lists, in one place: adding a verb, a title or a phrase is a one-line change here.
//! Everything is lower case; lookups lower-case their argument.

// Fx hashing: these sets are looked up once or more per word, and the default SipHash (built
// against hash flooding, which fixed word lists cannot suffer) costs more than the lookup.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Reporting verbs, each as `[base, third person, past, -ing]`.
pub const REPORTING_VERBS: &[[&str; 4]] = &[
    ["say", "says", "said", "saying"],
    ["add", "adds", "added", "adding"],
    ["tell", "tells", "told", "telling"],
    ["write", "writes", "wrote", "writing"],
    ["note", "notes", "noted", "noting"],
    ["insist", "insists", "insisted", "insisting"],
    ["warn", "warns", "warned", "warning"],
    ["argue", "argues", "argued", "arguing"],
    ["explain", "explains", "explained", "explaining"],
    ["ask", "asks", "asked", "asking"],
    ["claim", "claims", "claimed", "claiming"],
    ["reply", "replies", "replied", "replying"],
    ["continue", "continues", "continued", "continuing"],
    ["state", "states", "stated", "stating"],
    ["declare", "declares", "declared", "declaring"],
    ["announce", "announces", "announced", "announcing"],
    ["recall", "recalls", "recalled", "recalling"],
    ["remember", "remembers", "remembered", "remembering"],
    ["liken", "likens", "likened", "likening"],
    ["react", "reacts", "reacted", "reacting"],
    [
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "acknowledging",
    ],
    ["admit", "admits", "admitted", "admitting"],
    ["suggest", "suggests", "suggested", "suggesting"],
    ["remark", "remarks", "remarked", "remarking"],
    ["respond", "responds", "responded", "responding"],
    ["tweet", "tweets", "tweeted", "tweeting"],
    ["post", "posts", "posted", "posting"],
    ["testify", "testifies", "testified", "testifying"],
    ["concede", "concedes", "conceded", "conceding"],
    ["complain", "complains", "complained", "complaining"],
    ["caution", "cautions", "cautioned", "cautioning"],
    ["urge", "urges", "urged", "urging"],
    ["predict", "predicts", "predicted", "predicting"],
    ["observe", "observes", "observed", "observing"],
    ["emphasize", "emphasizes", "emphasized", "emphasizing"],
    ["emphasise", "emphasises", "emphasised", "emphasising"],
    ["stress", "stresses", "stressed", "stressing"],
    ["report", "reports", "reported", "reporting"],
    ["quip", "quips", "quipped", "quipping"],
    ["joke", "jokes", "joked", "joking"],
    ["counter", "counters", "countered", "countering"],
    ["muse", "muses", "mused", "musing"],
    ["exclaim", "exclaims", "exclaimed", "exclaiming"],
    ["shout", "shouts", "shouted", "shouting"],
    ["yell", "yells", "yelled", "yelling"],
    ["scream", "screams", "screamed", "screaming"],
    ["chant", "chants", "chanted", "chanting"],
    ["whisper", "whispers", "whispered", "whispering"],
    ["boast", "boasts", "boasted", "boasting"],
    ["brag", "brags", "bragged", "bragging"],
    ["vow", "vows", "vowed", "vowing"],
    ["promise", "promises", "promised", "promising"],
    ["pledge", "pledges", "pledged", "pledging"],
    ["lament", "laments", "lamented", "lamenting"],
    ["contend", "contends", "contended", "contending"],
    ["maintain", "maintains", "maintained", "maintaining"],
    ["assert", "asserts", "asserted", "asserting"],
    ["agree", "agrees", "agreed", "agreeing"],
    ["confirm", "confirms", "confirmed", "confirming"],
    ["deny", "denies", "denied", "denying"],
    ["disclose", "discloses", "disclosed", "disclosing"],
    ["reveal", "reveals", "revealed", "revealing"],
    ["charge", "charges", "charged", "charging"],
    ["allege", "alleges", "alleged", "alleging"],
    ["accuse", "accuses", "accused", "accusing"],
    ["demand", "demands", "demanded", "demanding"],
    ["inform", "informs", "informed", "informing"],
    ["assure", "assures", "assured", "assuring"],
    ["remind", "reminds", "reminded", "reminding"],
    ["answer", "answers", "answered", "answering"],
    ["wonder", "wonders", "wondered", "wondering"],
    ["scoff", "scoffs", "scoffed", "scoffing"],
    ["snap", "snaps", "snapped", "snapping"],
    ["retort", "retorts", "retorted", "retorting"],
    ["interject", "interjects", "interjected", "interjecting"],
    ["conclude", "concludes", "concluded", "concluding"],
    ["echo", "echoes", "echoed", "echoing"],
    ["point", "points", "pointed", "pointing"],
    ["believe", "believes", "believed", "believing"],
    ["think", "thinks", "thought", "thinking"],
    ["recount", "recounts", "recounted", "recounting"],
    ["describe", "describes", "described", "describing"],
    ["call", "calls", "called", "calling"],
    ["dub", "dubs", "dubbed", "dubbing"],
    ["label", "labels", "labeled", "labeling"],
    ["brand", "brands", "branded", "branding"],
    ["term", "terms", "termed", "terming"],
    [
        "characterize",
        "characterizes",
        "characterized",
        "characterizing",
    ],
    ["hail", "hails", "hailed", "hailing"],
    ["praise", "praises", "praised", "praising"],
    ["criticize", "criticizes", "criticized", "criticizing"],
    ["blast", "blasts", "blasted", "blasting"],
    ["slam", "slams", "slammed", "slamming"],
    ["attack", "attacks", "attacked", "attacking"],
    ["dismiss", "dismisses", "dismissed", "dismissing"],
    ["mock", "mocks", "mocked", "mocking"],
    ["pronounce", "pronounces", "pronounced", "pronouncing"],
    ["proclaim", "proclaims", "proclaimed", "proclaiming"],
    ["question", "questions", "questioned", "questioning"],
    ["read", "reads", "read", "reading"],
    ["fume", "fumes", "fumed", "fuming"],
    ["beam", "beams", "beamed", "beaming"],
    ["gush", "gushes", "gushed", "gushing"],
    ["surmise", "surmises", "surmised", "surmising"],
    ["grumble", "grumbles", "grumbled", "grumbling"],
    ["marvel", "marvels", "marveled", "marveling"],
    ["rave", "raves", "raved", "raving"],
    ["rant", "rants", "ranted", "ranting"],
    ["sniff", "sniffs", "sniffed", "sniffing"],
    ["cry", "cries", "cried", "crying"],
    ["plead", "pleads", "pleaded", "pleading"],
    ["opine", "opines", "opined", "opining"],
    ["scold", "scolds", "scolded", "scolding"],
    ["chide", "chides", "chided", "chiding"],
    ["concur", "concurs", "concurred", "concurring"],
    ["offer", "offers", "offered", "offering"],
    ["volunteer", "volunteers", "volunteered", "volunteering"],
    ["venture", "ventures", "ventured", "venturing"],
    ["interrupt", "interrupts", "interrupted", "interrupting"],
    ["reason", "reasons", "reasoned", "reasoning"],
    ["elaborate", "elaborates", "elaborated", "elaborating"],
    ["repeat", "repeats", "repeated", "repeating"],
    ["shoot", "shoots", "shot", "shooting"],
    ["sing", "sings", "sang", "singing"],
    ["chuckle", "chuckles", "chuckled", "chuckling"],
    ["smile", "smiles", "smiled", "smiling"],
    ["groan", "groans", "groaned", "groaning"],
    ["howl", "howls", "howled", "howling"],
    ["roar", "roars", "roared", "roaring"],
    ["thunder", "thunders", "thundered", "thundering"],
    ["sigh", "sighs", "sighed", "sighing"],
    ["laugh", "laughs", "laughed", "laughing"],
    ["gasp", "gasps", "gasped", "gasping"],
    ["wrote", "writes", "wrote", "writing"],
    ["email", "emails", "emailed", "emailing"],
    ["text", "texts", "texted", "texting"],
    ["quote", "quotes", "quoted", "quoting"],
    ["cite", "cites", "cited", "citing"],
    ["summarize", "summarizes", "summarized", "summarizing"],
    ["begin", "begins", "began", "beginning"],
    ["bark", "barks", "barked", "barking"],
    ["reiterate", "reiterates", "reiterated", "reiterating"],
    ["retaliate", "retaliates", "retaliated", "retaliating"],
    ["blame", "blames", "blamed", "blaming"],
    ["snarl", "snarls", "snarled", "snarling"],
    ["intone", "intones", "intoned", "intoning"],
];

/// Nouns spelled like a reporting verb's `-s` form ("his tweets", "the remarks"): after a
/// determiner or a possessive they are not verbs.
pub const VERB_LIKE_NOUNS: &[&str] = &[
    "ventures",
    "tweets",
    "posts",
    "reports",
    "notes",
    "claims",
    "remarks",
    "states",
    "charges",
    "calls",
    "answers",
    "questions",
    "promises",
    "demands",
    "quotes",
    "texts",
    "emails",
    "offers",
    "pledges",
    "vows",
    "warns",
    "attacks",
    "rants",
    "cries",
    "laughs",
    "sighs",
    "reasons",
    "comments",
    "responds",
    "replies",
    "statements",
    "concerns",
    "reads",
    "writes",
    "goes",
];

/// Verbs that introduce a partial quote inside their clause ("called the plan “a disaster”",
/// "described him as “…”") but never stand as `“…,” X called`. Base forms.
pub const NAMING_VERBS: &[&str] = &[
    "call",
    "describe",
    "dub",
    "label",
    "brand",
    "term",
    "characterize",
    "hail",
    "praise",
    "criticize",
    "blast",
    "slam",
    "attack",
    "dismiss",
    "mock",
    "question",
    "believe",
    "think",
    "point",
    "promise",
    "liken",
];

/// Auxiliaries and adverbs that may stand between a subject and its reporting verb: "he later
/// said", "she has said", "Trump is telling".
pub const VERB_MODIFIERS: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "would",
    "will",
    "once",
    "previously",
    "recently",
    "again",
    "further",
    "simply",
    "only",
    "even",
    "still",
    "just",
    "reportedly",
    "did",
    "does",
    "never",
    "often",
    "always",
    "repeatedly",
    "is",
    "was",
    "are",
    "were",
    "been",
    "be",
    "has",
    "had",
    "not",
    "went",
    "on",
    "may",
    "might",
    "could",
    "should",
    "first",
    "publicly",
    "privately",
    "flatly",
    "bluntly",
    "angrily",
    "quickly",
    "already",
    "earlier",
];

/// Personal pronouns that can stand for a speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "i", "we", "it", "you"];

/// Job titles and honorifics that precede a name and are not part of it.
pub const TITLES: &[&str] = &[
    "president",
    "vice",
    "prime",
    "minister",
    "secretary",
    "senator",
    "sen.",
    "sen",
    "rep.",
    "rep",
    "representative",
    "gov.",
    "gov",
    "governor",
    "mayor",
    "mr.",
    "mr",
    "mrs.",
    "mrs",
    "ms.",
    "ms",
    "miss",
    "dr.",
    "dr",
    "prof.",
    "professor",
    "gen.",
    "general",
    "lt.",
    "col.",
    "colonel",
    "capt.",
    "captain",
    "sgt.",
    "sergeant",
    "adm.",
    "admiral",
    "judge",
    "justice",
    "chief",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "director",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "rev.",
    "reverend",
    "father",
    "sister",
    "brother",
    "saint",
    "st.",
    "speaker",
    "chancellor",
    "premier",
    "commissioner",
    "attorney",
    "sheriff",
    "officer",
    "detective",
    "lord",
    "lady",
    "sir",
    "dame",
    "candidate",
    "nominee",
    "democrat",
    "republican",
    "former",
    "presidential",
    "first",
    "deputy",
    "acting",
    "foreign",
    "defense",
    "defence",
    "state",
    "house",
    "senate",
    "majority",
    "minority",
    "whip",
    "coach",
    "manager",
    "founder",
    "editor",
    "executive",
    "analyst",
    "economist",
    "professor",
    "author",
    "anchor",
    "host",
    "comedian",
    "actor",
    "actress",
    "singer",
    "rapper",
    "star",
    "billionaire",
    "businessman",
    "mogul",
    "pastor",
    "rabbi",
    "imam",
    "bishop",
    "cardinal",
    "archbishop",
    "ayatollah",
    "sheikh",
    "emir",
    "sultan",
    "gop",
    "democratic",
    "republican",
    "u.s.",
    "us",
    "u.n.",
    "un",
    "eu",
    "nato",
    "white",
    "campaign",
    "party",
    "press",
    "communications",
    "national",
    "security",
    "adviser",
    "advisor",
    "strategist",
    "manager",
    "pollster",
    "counsel",
    "lawyer",
    "attorney",
    "general",
    "staff",
    "aide",
    "official",
    "officials",
];

/// Job titles that follow a name in a byline: "Jane Doe, Staff Writer".
pub const BYLINE_TITLES: &[&str] = &[
    "staff writer",
    "staff reporter",
    "senior writer",
    "writer",
    "reporter",
    "correspondent",
    "senior correspondent",
    "foreign correspondent",
    "chief correspondent",
    "editor",
    "senior editor",
    "contributing editor",
    "contributor",
    "columnist",
    "special correspondent",
    "staff",
    "staff writers",
    "associate editor",
    "managing editor",
    "political editor",
    "political reporter",
    "political correspondent",
    "white house correspondent",
    "business reporter",
    "science writer",
    "national correspondent",
    "opinion contributor",
    "guest columnist",
    "special to",
    "for",
    "contributing writer",
    "freelance writer",
    "photographer",
    "in",
    "investigative reporter",
    "news editor",
    "deputy editor",
    "editor-at-large",
    "editor at large",
    "executive editor",
    "chief political correspondent",
];

/// What a page says was written by its author, before "by": "Review by Jane Doe", "Story by",
/// "Commentary by". Other labels ("Photo by", "Fact checked by") credit someone else.
pub const AUTHORED_KINDS: &[&str] = &[
    "written",
    "story",
    "words",
    "text",
    "reporting",
    "report",
    "posted",
    "published",
    "news",
    "review",
    "reviewed",
    "commentary",
    "analysis",
    "opinion",
    "column",
    "feature",
    "article",
    "essay",
    "interview",
    "blog",
    "post",
    "editorial",
    "guide",
    "preview",
    "recap",
    "and",
];

/// Words that are never part of an author's name on a page: job titles, page furniture and
/// labels that stand beside a name ("Jane Doe Senior Editor", "Follow", "avatar").
pub const NOT_NAME_WORDS: &[&str] = &[
    "senior",
    "junior",
    "fellow",
    "research",
    "editor",
    "editors",
    "writer",
    "writers",
    "reporter",
    "reporters",
    "analyst",
    "columnist",
    "correspondent",
    "contributor",
    "contributing",
    "producer",
    "director",
    "professor",
    "staff",
    "author",
    "authors",
    "expertise",
    "avatar",
    "follow",
    "following",
    "share",
    "subscribe",
    "profile",
    "bio",
    "photo",
    "photos",
    "image",
    "images",
    "video",
    "credit",
    "opinion",
    "commentary",
    "review",
    "reviews",
    "news",
    "sports",
    "politics",
    "business",
    "world",
    "home",
    "menu",
    "search",
    "sign",
    "login",
    "newsletter",
    "comments",
    "comment",
    "more",
    "read",
    "updated",
    "published",
    "posted",
    "by",
    "and",
    "the",
    "of",
    "for",
    "with",
    "about",
    "contact",
    "email",
    "print",
    "save",
    "copied",
    "link",
    "latest",
    "trending",
    "advertisement",
    "sponsored",
    "partner",
    "team",
    "desk",
    "associate",
    "assistant",
    "deputy",
    "chief",
    "executive",
    "managing",
    "digital",
    "content",
    "head",
    "lead",
    "social",
    "links",
    "view",
    "all",
    "key",
    "takeaways",
    "highlights",
    "summary",
    "shop",
    "buy",
];

/// News agencies and publications that appear in bylines and datelines.
pub const AGENCIES: &[&str] = &[
    "associated press",
    "the associated press",
    "ap",
    "reuters",
    "afp",
    "agence france-presse",
    "agence france presse",
    "bloomberg",
    "bloomberg news",
    "upi",
    "united press international",
    "dpa",
    "efe",
    "ansa",
    "xinhua",
    "tass",
    "ria novosti",
    "interfax",
    "kyodo",
    "kyodo news",
    "yonhap",
    "pti",
    "ians",
    "cnn",
    "bbc",
    "bbc news",
    "cnbc",
    "nbc news",
    "abc news",
    "cbs news",
    "fox news",
    "npr",
    "politico",
    "axios",
    "the hill",
    "usa today",
    "ani",
    "press association",
    "pa",
    "pa media",
    "canadian press",
    "the canadian press",
    "aap",
    "australian associated press",
    "anadolu",
    "anadolu agency",
    "al jazeera",
    "sputnik",
    "staff",
    "wire services",
    "news services",
    "agencies",
    "news wires",
    "the conversation",
];

/// Words in an organization's name that mark it as a publication rather than a person.
pub const PUBLICATION_WORDS: &[&str] = &[
    "news",
    "press",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "daily",
    "weekly",
    "magazine",
    "media",
    "network",
    "agency",
    "wire",
    "radio",
    "television",
    "tv",
    "telegraph",
    "guardian",
    "independent",
    "observer",
    "chronicle",
    "review",
    "reporter",
    "today",
    "online",
    "digital",
    "group",
    "services",
    "bureau",
    "desk",
    "staff",
    "inc",
    "ltd",
    "llc",
    "corporation",
    "company",
    "foundation",
    "institute",
    "center",
    "centre",
];

/// Lines (or line starts) that are page furniture rather than article text, matched
/// case-insensitively against the start of a short line.
pub const BOILERPLATE_PREFIXES: &[&str] = &[
    "advertisement",
    "facebook comments",
    "please enter your comment",
    "please enter your name",
    "please enter your email",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "comments",
    "show comments",
    "view comments",
    "sign in to comment",
    "share this",
    "share on",
    "share via",
    "share:",
    "tweet this",
    "follow us",
    "follow @",
    "related:",
    "related articles",
    "related stories",
    "related coverage",
    "related content",
    "read more",
    "read the rest",
    "read next",
    "read also",
    "see also",
    "more:",
    "more from",
    "more stories",
    "most read",
    "most popular",
    "recommended",
    "you may also like",
    "you might also like",
    "trending",
    "subscribe",
    "sign up",
    "newsletter",
    "get our newsletter",
    "click here",
    "continue reading",
    "story continues",
    "skip advertisement",
    "skip to",
    "copyright",
    "©",
    "all rights reserved",
    "this article was",
    "this story was",
    "this material may not be",
    "print this",
    "email this",
    "save article",
    "listen to this",
    "image:",
    "photo gallery",
    "watch:",
    "video:",
    "sponsored",
    "promoted",
    "report an error",
    "loading",
    "back to top",
    "top stories",
    "editor's picks",
    "editor’s picks",
    "ad feedback",
    "supported by",
    "privacy policy",
    "terms of use",
    "cookie",
    "we use cookies",
    "accept cookies",
    "save my name",
    "notify me of",
    "your email address will not be published",
    "required fields are marked",
    "don't miss",
    "don’t miss",
    "next article",
    "previous article",
    "next story",
    "previous story",
    "up next",
    "join the conversation",
    "have your say",
    "enjoy this article",
    "support our journalism",
    "become a member",
    "donate",
];

/// Whole short lines that are furniture only when they stand alone ("Print", "Email").
pub const BOILERPLATE_LINES: &[&str] = &[
    "print",
    "email",
    "e-mail",
    "share",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "pinterest",
    "reddit",
    "more",
    "menu",
    "search",
    "home",
    "close",
    "comment",
    "reply",
    "submit",
    "subscribe",
    "log in",
    "login",
    "sign in",
    "register",
    "save",
    "copy link",
    "full text",
    "abstract",
    "print article",
    "text size",
    "a a a",
    "ok",
    "continue",
];

/// A comment-section heading: once seen after the body, the short lines that follow belong to
/// the page, not the article.
pub const COMMENT_SECTION_MARKERS: &[&str] = &[
    "facebook comments",
    "comments",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "join the conversation",
    "show comments",
    "view comments",
    "add a comment",
];

/// Words of cookie, consent, privacy and subscription notices on web pages ("cookie" also
/// matches "cookies"). A paragraph with two or more of them is a notice, not article text.
pub const NOTICE_WORDS: &[&str] = &[
    "cookie",
    "consent",
    "privacy",
    "opt out",
    "opt-out",
    "personal data",
    "personal information",
    "your browser",
    "javascript",
    "ad blocker",
    "adblock",
    "subscribe",
    "subscription",
    "newsletter",
    "sign up",
    "sign in",
    "log in",
    "terms of service",
    "terms of use",
    "terms and conditions",
    "third parties",
    "third-party",
    "advertising partners",
    "inbox",
    "email address",
];

/// Short strings, rarer in prose than the words, one of which every notice word holds
/// ("block" in "ad blocker"): a line without any holds no notice word.
pub const NOTICE_ANCHORS: &[&str] = &[
    "cookie",
    "consent",
    "privacy",
    "opt out",
    "opt-out",
    "personal",
    "browser",
    "javascript",
    "block",
    "subscri",
    "newsletter",
    "sign up",
    "sign in",
    "log in",
    "terms o",
    "terms a",
    "third",
    "advertis",
    "inbox",
    "email ad",
];

/// Verbs that open a page's calls to action ("Find anything you save…", "Back to top", "Visit
/// our store"): a line starting with one is seldom a headline.
pub const CALLS_TO_ACTION: &[&str] = &[
    "find",
    "back",
    "learn",
    "visit",
    "type",
    "click",
    "tap",
    "read",
    "watch",
    "listen",
    "sign",
    "subscribe",
    "follow",
    "share",
    "download",
    "get",
    "join",
    "view",
    "explore",
    "shop",
    "open",
    "select",
    "enter",
    "check",
    "continue",
    "skip",
    "jump",
    "go",
    "play",
    "buy",
    "order",
    "register",
    "log",
    "try",
    "discover",
    "save",
    "load",
    "show",
    "hide",
    "close",
    "accept",
    "allow",
    "manage",
    "enable",
    "support",
    "donate",
    "contact",
    "send",
    "print",
    "copy",
    "we",
    "you",
    "your",
    "please",
    "thank",
    "thanks",
];

/// Headings that open what follows an article on a web page: lists of other stories, the
/// author's biography, tags. The body ends where one of them stands alone.
pub const SECTION_END_MARKERS: &[&str] = &[
    "related",
    "more stories",
    "more from",
    "more on",
    "more news",
    "most read",
    "most popular",
    "most viewed",
    "recommended",
    "you may also like",
    "you might also like",
    "read next",
    "up next",
    "latest news",
    "latest stories",
    "trending",
    "top stories",
    "about the author",
    "about this author",
    "tags",
    "topics",
    "share this",
    "sign up for",
];

/// Headings of an appeal for the reader's money printed after an article ("Support Example
/// News", "Donate today").
pub const APPEAL_HEADINGS: &[&str] = &[
    "support ",
    "donate",
    "contribute",
    "become a member",
    "become a supporter",
];

/// Words of such an appeal: a paragraph with two of them asks for money.
pub const APPEAL_WORDS: &[&str] = &[
    "as little as",
    "your contribution",
    "your support",
    "your help",
    "donate",
    "donation",
    "contributing",
    "contribute",
    "our newsroom",
    "our journalism",
    "free for all",
    "free for everyone",
];

/// Present-tense verbs typical of photo captions ("Putin shakes hands with ...").
pub const CAPTION_VERBS: &[&str] = &[
    "shakes",
    "speaks",
    "arrives",
    "arrive",
    "waves",
    "wave",
    "gestures",
    "gesture",
    "looks",
    "look",
    "attends",
    "attend",
    "listens",
    "listen",
    "walks",
    "walk",
    "poses",
    "pose",
    "holds",
    "hold",
    "sits",
    "sit",
    "stands",
    "stand",
    "smiles",
    "smile",
    "greets",
    "greet",
    "leaves",
    "leave",
    "delivers",
    "addresses",
    "reacts",
    "react",
    "talks",
    "talk",
    "meets",
    "meet",
    "celebrates",
    "celebrate",
    "hugs",
    "embraces",
    "kisses",
    "shake",
    "pictured",
    "seen",
    "gather",
    "gathers",
    "march",
    "marches",
    "protest",
    "protests",
    "watches",
    "watch",
    "campaigns",
    "votes",
    "casts",
    "signs",
    "salutes",
    "departs",
    "boards",
    "visits",
];

/// Markers of a photo credit or caption, anywhere in a short line.
pub const CAPTION_MARKERS: &[&str] = &[
    "ap photo",
    "(photo:",
    "photo:",
    "photo by",
    "photograph:",
    "photograph by",
    "getty images",
    "file photo",
    "reuters/",
    "/reuters",
    "afp/",
    "/afp",
    "afp via getty",
    "epa/",
    "/epa",
    "credit:",
    "image credit",
    "photo credit",
    "picture:",
    "pictured:",
    "shutterstock",
    "images)",
    "photo/",
    "/ap",
    "via reuters",
    "courtesy of",
    "(file)",
];

/// Short strings, rare in prose, one of which every caption marker holds ("/" in "AP/", "pho"
/// in "FILE PHOTO"): a paragraph without any holds no marker. At most three of one byte and
/// eight longer ones, none holding white space.
pub const CAPTION_ANCHORS: &[&str] = &["/", "pho", "via", "mag", "dit", "pic", "shu", "esy", "(fi"];

/// Month names and their abbreviations, with their numbers.
pub const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
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

/// A list as a set of its words' bytes (looked up by the bytes of a lower-cased word, which needs
/// no UTF-8 check).
fn set(words: &'static [&'static str]) -> Lexicon {
    Lexicon::new(words.iter().map(|w| w.as_bytes()))
}

/// A word list as a hash set with a filter in front: one bit for each (length, first letter,
/// last letter) its words have. Most words asked about are in no list, and the filter turns
/// them away before any lower-casing or hashing. The filter folds ASCII case, so it answers
/// the same for a word and its lower-case form.
struct Lexicon {
    words: HashSet<&'static [u8]>,
    filter: WordFilter,
}

impl Lexicon {
    fn new(words: impl IntoIterator<Item = &'static [u8]>) -> Lexicon {
        let mut lexicon = Lexicon {
            words: HashSet::default(),
            filter: WordFilter::default(),
        };
        for w in words {
            lexicon.filter.add(w);
            lexicon.words.insert(w);
        }
        lexicon
    }

    /// False when no word of the list is `w` in any ASCII case.
    #[inline]
    fn may_hold(&self, w: &[u8]) -> bool {
        self.filter.may_hold(w)
    }

    /// Is `w` (as it is: lower-cased already where the list is) in the list?
    fn holds(&self, w: &[u8]) -> bool {
        self.may_hold(w) && self.words.contains(w)
    }
}

/// A filter in front of a word list: one bit for each (length, first byte, last byte) its words
/// have, so that most words are turned away before they are lower-cased, packed or hashed.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: [u64; 64],
}

impl Default for WordFilter {
    fn default() -> WordFilter {
        WordFilter { bits: [0; 64] }
    }
}

impl WordFilter {
    /// The bit for `w`: its length (up to 15), the low five bits of its first byte and the low
    /// three of its last (4,096 bits). ASCII case changes none of them.
    #[inline]
    fn slot(w: &[u8]) -> usize {
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return 0;
        };
        (w.len().min(15) << 8) | ((usize::from(first) & 31) << 3) | (usize::from(last) & 7)
    }

    pub fn add(&mut self, w: &[u8]) {
        let slot = WordFilter::slot(w);
        self.bits[slot / 64] |= 1 << (slot % 64);
    }

    /// False when no word added is `w` in any ASCII case.
    #[inline]
    pub fn may_hold(&self, w: &[u8]) -> bool {
        let slot = WordFilter::slot(w);
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }
}

/// Words of lists found by their folded keys (`data::pack_folded`) through a table indexed as
/// a `WordFilter` is (by length, first and last byte), each with a value: most words asked
/// are in no list, and an empty slot turns them away before any packing; a word whose slot is
/// taken is compared with the few listed there, with no hashing.
pub struct SlotTable<V> {
    /// For each slot, 1 + the index in `entries` of the first word listed there (0: none).
    slots: Box<[u16; 4096]>,
    entries: Vec<SlotEntry<V>>,
}

/// A listed word: its folded key, its value, and 1 + the index of the next word in its slot.
struct SlotEntry<V> {
    key: u128,
    value: V,
    next: u16,
}

impl<V> Default for SlotTable<V> {
    fn default() -> SlotTable<V> {
        SlotTable {
            slots: Box::new([0; 4096]),
            entries: Vec::new(),
        }
    }
}

impl<V: Default> SlotTable<V> {
    /// The value of `w` (short ASCII), listed with the default value if not yet.
    pub fn entry(&mut self, w: &str) -> &mut V {
        let key = pack_folded(w.as_bytes()).unwrap_or_else(|| panic!("{w:?}"));
        let slot = WordFilter::slot(w.as_bytes());
        let mut at = usize::from(self.slots[slot]);
        while at != 0 {
            if self.entries[at - 1].key == key {
                return &mut self.entries[at - 1].value;
            }
            at = usize::from(self.entries[at - 1].next);
        }
        self.entries.push(SlotEntry {
            key,
            value: V::default(),
            next: self.slots[slot],
        });
        self.slots[slot] = u16::try_from(self.entries.len()).expect("fewer listed words");
        &mut self.entries.last_mut().expect("pushed").value
    }

    /// The value of the listed word `w` (whose folded key `key` gives, asked only when its
    /// slot is taken).
    #[inline(always)]
    pub fn get(&self, w: &[u8], key: impl FnOnce() -> Option<u128>) -> Option<&V> {
        // (A slot is below 4,096: the mask spares a bounds check.)
        let mut at = self.slots[WordFilter::slot(w) & 4095];
        if at == 0 {
            return None;
        }
        let key = key()?;
        loop {
            let e = self.entries.get(usize::from(at).checked_sub(1)?)?;
            if e.key == key {
                return Some(&e.value);
            }
            at = e.next;
        }
    }
}

/// The form a reporting verb takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    Third,
    Past,
    Ing,
}

static VERBS: LazyLock<HashMap<&[u8], (VerbForm, &str)>> = LazyLock::new(|| {
    let forms = [
        VerbForm::Base,
        VerbForm::Third,
        VerbForm::Past,
        VerbForm::Ing,
    ];
    let mut map = HashMap::default();
    for entry in REPORTING_VERBS {
        for (word, form) in entry.iter().zip(forms) {
            map.entry(word.as_bytes()).or_insert((form, entry[0]));
        }
    }
    map
});
static NAMING: LazyLock<Lexicon> = LazyLock::new(|| set(NAMING_VERBS));
static MODIFIERS: LazyLock<Lexicon> = LazyLock::new(|| set(VERB_MODIFIERS));
static PRONOUN_SET: LazyLock<Lexicon> = LazyLock::new(|| set(PRONOUNS));
static TITLE_SET: LazyLock<Lexicon> = LazyLock::new(|| set(TITLES));
static PARTICLES: LazyLock<Lexicon> = LazyLock::new(|| set(NAME_PARTICLES));
static CAPTION_VERB_SET: LazyLock<Lexicon> = LazyLock::new(|| set(CAPTION_VERBS));
static PUBLICATION: LazyLock<Lexicon> = LazyLock::new(|| set(PUBLICATION_WORDS));

/// Calls `f` with the bytes of `word` lower-cased as `to_lowercase` does, or, with `ascii_only`,
/// as `to_ascii_lowercase` does (what `eq_ignore_ascii_case` compares): as it is when it has no
/// capitals, on the stack when it is short ASCII, and only otherwise in a new allocation (these
/// lookups run on every word). ASCII words longer than `longest` bytes get `None` (no list holds
/// them).
fn with_lower_bytes<R>(
    word: &str,
    ascii_only: bool,
    longest: usize,
    f: impl FnOnce(Option<&[u8]>) -> R,
) -> R {
    const STACK: usize = 32;
    let bytes = word.as_bytes();
    if !ascii_only && !word.is_ascii() {
        return f(Some(word.to_lowercase().as_bytes()));
    }
    if bytes.len() > longest {
        return f(None);
    }
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return f(Some(bytes));
    }
    if bytes.len() > STACK {
        return f(Some(&bytes.to_ascii_lowercase()));
    }
    let mut buf = [0u8; STACK];
    let low = &mut buf[..bytes.len()];
    low.copy_from_slice(bytes);
    low.make_ascii_lowercase();
    f(Some(low))
}

/// Looks `word` up in a set, lower-casing only when needed.
fn contains(set: &Lexicon, word: &str) -> bool {
    // An ASCII word's lower-case form has the filter bit of the word itself.
    if word.is_ascii() && !set.may_hold(word.as_bytes()) {
        return false;
    }
    with_lower_bytes(word, false, usize::MAX, |low| {
        low.is_some_and(|w| set.holds(w))
    })
}

/// A word list looked up once or more per word: a set, where `is_in` would scan the list.
pub struct WordSet {
    words: Lexicon,
    longest: usize,
}

impl WordSet {
    /// The set of `list`, whose words must be in lower case.
    pub fn new(list: &'static [&'static str]) -> WordSet {
        debug_assert!(list.iter().all(|w| w.to_ascii_lowercase() == *w));
        WordSet {
            words: set(list),
            longest: list.iter().map(|w| w.len()).max().unwrap_or(0),
        }
    }

    /// Is `word` in the set, ignoring ASCII case? The same answer as `is_in`.
    pub fn has(&self, word: &str) -> bool {
        self.words.may_hold(word.as_bytes())
            && with_lower_bytes(word, true, self.longest, |low| {
                low.is_some_and(|w| self.words.words.contains(w))
            })
    }
}

/// A reporting verb's form and base ("said" → (Past, "say")).
pub fn reporting_verb(word: &str) -> Option<(VerbForm, &'static str)> {
    // No verb is shorter than three letters or longer than fourteen: skip the lookup.
    if !(3..=14).contains(&word.len()) {
        return None;
    }
    static FORMS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(VERBS.keys().copied()));
    if word.is_ascii() && !FORMS.may_hold(word.as_bytes()) {
        return None;
    }
    with_lower_bytes(word, false, usize::MAX, |low| {
        low.and_then(|w| VERBS.get(w).copied())
    })
}
/// Is this `-s` word also a plural noun ("tweets", "remarks")?
pub fn is_verb_like_noun(word: &str) -> bool {
    VERB_LIKE_NOUNS.contains(&word)
}
/// Does this verb (any form) only introduce partial quotes ("called it “…”")?
pub fn is_naming_verb(base: &str) -> bool {
    NAMING.holds(base.as_bytes())
}
pub fn is_verb_modifier(word: &str) -> bool {
    contains(&MODIFIERS, word)
        || (word.len() > 5
            && word.ends_with("ly")
            && !matches!(
                word,
                "daily" | "weekly" | "monthly" | "yearly" | "family" | "Italy" | "Sicily"
            ))
}
pub fn is_pronoun(word: &str) -> bool {
    contains(&PRONOUN_SET, word)
}
pub fn is_title(word: &str) -> bool {
    contains(&TITLE_SET, word)
}
pub fn is_name_particle(word: &str) -> bool {
    PARTICLES.holds(word.as_bytes())
}
pub fn is_caption_verb(word: &str) -> bool {
    contains(&CAPTION_VERB_SET, word)
}
pub fn is_authored_kind(word: &str) -> bool {
    AUTHORED_KINDS.contains(&word)
}
pub fn is_call_to_action(word: &str) -> bool {
    CALLS_TO_ACTION.contains(&word)
}
pub fn is_not_name_word(word: &str) -> bool {
    NOT_NAME_WORDS.contains(&word)
}
pub fn is_publication_word(word: &str) -> bool {
    contains(&PUBLICATION, word)
}
pub fn is_agency(name: &str) -> bool {
    static SET: LazyLock<Lexicon> = LazyLock::new(|| set(AGENCIES));
    contains(&SET, name.trim().trim_end_matches('.'))
}
pub fn is_abbreviation(word: &str) -> bool {
    static SET: LazyLock<Lexicon> = LazyLock::new(|| set(ABBREVIATIONS));
    contains(&SET, word)
}
/// The gender a given name suggests, if the lists know it.
pub fn name_gender(given: &str) -> Option<Gender> {
    static FEMALE: LazyLock<Lexicon> = LazyLock::new(|| set(FEMALE_NAMES));
    static MALE: LazyLock<Lexicon> = LazyLock::new(|| set(MALE_NAMES));
    match with_lower_bytes(given, false, usize::MAX, |low| {
        low.map_or((false, false), |w| (FEMALE.holds(w), MALE.holds(w)))
    }) {
        (true, false) => Some(Gender::Female),
        (false, true) => Some(Gender::Male),
        _ => None,
    }
}

/// What "he" and "she" can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

pub fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.');
    // No month name is longer than "September", and all start with one of these letters
    // (nothing outside ASCII lower-cases to them): skip the lookup for other words.
    if word.len() > 9
        || !matches!(
            word.as_bytes().first(),
            Some(
                b'a' | b'd'
                    | b'f'
                    | b'j'
                    | b'm'
                    | b'n'
                    | b'o'
                    | b's'
                    | b'A'
                    | b'D'
                    | b'F'
                    | b'J'
                    | b'M'
                    | b'N'
                    | b'O'
                    | b'S'
            )
        )
    {
        return None;
    }
    with_lower_bytes(word, false, usize::MAX, |low| {
        let low = low?;
        MONTHS
            .iter()
            .find(|(m, _)| m.as_bytes() == low)
            .map(|&(_, n)| n)
    })
}

/// A word list looked up on every capitalized word, with the answers of `contains`: an ASCII
/// word of up to 15 bytes (nearly every word) is packed with its length into one number, folded
/// to lower case there, and found by that number, with no lower-cased copy and no hashing of
/// bytes. Other words take the plain lookup.
pub struct PackedSet {
    packed: HashSet<u128>,
    plain: Lexicon,
}

impl PackedSet {
    /// The set of `list`, whose words must be lower-case ASCII of up to 15 bytes.
    pub fn new(list: impl IntoIterator<Item = &'static str>) -> PackedSet {
        let list: Vec<&'static str> = list.into_iter().collect();
        let packed = list
            .iter()
            .map(|w| {
                assert!(!w.bytes().any(|b| b.is_ascii_uppercase()), "{w:?}");
                pack_folded(w.as_bytes()).unwrap_or_else(|| panic!("{w:?} is not short ASCII"))
            })
            .collect();
        PackedSet {
            packed,
            plain: Lexicon::new(list.iter().map(|w| w.as_bytes())),
        }
    }

    /// Is `word` in the set, lower-cased as `contains` does?
    pub fn has(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        // The filter folds ASCII case: it turns most ASCII words away before any packing.
        if !self.plain.may_hold(bytes) && bytes.is_ascii() {
            return false;
        }
        match pack_folded(bytes) {
            Some(key) => self.packed.contains(&key),
            // Longer ASCII words are in no such list; others are lower-cased by character.
            None if bytes.is_ascii() => false,
            None => contains(&self.plain, word),
        }
    }
}

/// `bytes` with ASCII capitals lower-cased, and its length in the last byte, as one number:
/// the key `PackedSet` finds a word by. `None` when longer than 15 bytes or not all ASCII.
pub fn pack_folded(bytes: &[u8]) -> Option<u128> {
    const ONES: u128 = u128::from_le_bytes([1; 16]);
    const HIGH: u128 = ONES * 0x80;
    if bytes.len() > 15 {
        return None;
    }
    let x = pack_bytes(bytes) | ((bytes.len() as u128) << 120);
    if x & HIGH != 0 {
        return None;
    }
    // Every byte is below 0x80: adding 0x80 - b'A' sets the high bit of a byte from b'A' up,
    // adding 0x80 - b'[' from b'[' up, with no carry out of the byte. Between are the capitals,
    // which gain their 0x20 bit.
    let from_a = x + ONES * u128::from(0x80 - b'A');
    let from_bracket = x + ONES * u128::from(0x80 - b'[');
    Some(x | ((from_a & !from_bracket & HIGH) >> 2))
}

/// The bytes of `w` (up to 15) as one little-endian number, read with overlapping loads rather
/// than copied into a buffer (a copy of a length not known in advance is a call to `memcpy`):
/// where two loads overlap they read the same bytes.
#[inline]
pub fn pack_bytes(w: &[u8]) -> u128 {
    debug_assert!(w.len() <= 16, "{} bytes do not fit in one number", w.len());
    let n = w.len();
    let at = |i: usize, x: u64| u128::from(x) << (8 * i);
    let u32_at = |i: usize| {
        let four = u32::from_le_bytes(w[i..i + 4].try_into().expect("four bytes"));
        at(i, u64::from(four))
    };
    let u64_at = |i: usize| {
        at(
            i,
            u64::from_le_bytes(w[i..i + 8].try_into().expect("eight bytes")),
        )
    };
    match n {
        8.. => u64_at(0) | u64_at(n - 8),
        4.. => u32_at(0) | u32_at(n - 4),
        1.. => {
            at(0, u64::from(w[0])) | at(n / 2, u64::from(w[n / 2])) | at(n - 1, u64::from(w[n - 1]))
        }
        0 => 0,
    }
}

/// The titles, as `is_title` finds them.
pub static TITLE_WORDS: LazyLock<PackedSet> =
    LazyLock::new(|| PackedSet::new(TITLES.iter().copied()));
/// The abbreviations, as `is_abbreviation` finds them.
pub static ABBREVIATION_WORDS: LazyLock<PackedSet> =
    LazyLock::new(|| PackedSet::new(ABBREVIATIONS.iter().copied()));
/// Given names, as `name_gender` finds them.
pub static FEMALE_WORDS: LazyLock<PackedSet> =
    LazyLock::new(|| PackedSet::new(FEMALE_NAMES.iter().copied()));
pub static MALE_WORDS: LazyLock<PackedSet> =
    LazyLock::new(|| PackedSet::new(MALE_NAMES.iter().copied()));
/// The names of months, as `month_number` finds them (of a word without its final periods):
/// no month holds the one letter that a character outside ASCII lower-cases to (K, the Kelvin
/// sign), so the lookup of other words by character agrees with its letter test.
pub static MONTH_WORDS: LazyLock<PackedSet> =
    LazyLock::new(|| PackedSet::new(MONTHS.iter().map(|&(m, _)| m)));

/// Capitalized words that open sentences without being part of a name, as written (the name
/// index asks them of the capitalized words before a name: "But Mary Smith").
pub const SENTENCE_WORDS: &[&str] = &[
    "But",
    "And",
    "Then",
    "However",
    "Meanwhile",
    "Still",
    "Also",
    "Now",
    "Yet",
    "So",
    "In",
    "On",
    "At",
    "When",
    "While",
    "After",
    "Before",
    "As",
    "If",
    "The",
    "A",
    "An",
    "This",
    "That",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "Asked",
    "Speaking",
    "For",
    "From",
    "With",
    "By",
    "Of",
    "To",
    "Under",
    "Since",
    "During",
    "Like",
    "Unlike",
    "Even",
    "Though",
    "Although",
    "Because",
    "Instead",
    "Indeed",
    "Last",
    "Next",
    "Former",
    "Sources",
    "Officials",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Your",
    "These",
    "Those",
    "Some",
    "Many",
    "Both",
];

/// The days of the week, as written.
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

// ---- HTML pages (feature `html`) -------------------------------------------------------------

/// Words in an element's class or id that mark page furniture around an article: the element
/// and everything in it is left out of the body (unless it also reads as content, below).
pub const HTML_FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "bio",
    "breadcrumb",
    "breadcrumbs",
    "callout",
    "carousel",
    "comment",
    "comments",
    "cookie",
    "cta",
    "disqus",
    "donate",
    "email",
    "embed",
    "footer",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "popular",
    "popup",
    "promo",
    "recirc",
    "recommended",
    "related",
    "share",
    "sharing",
    "sidebar",
    "signup",
    "social",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "support",
    "taboola",
    "tags",
    "toolbar",
    "trending",
    "tweet",
    "twitter",
    "video",
    "instagram",
    "tiktok",
    "widget",
];

/// Words in a class or id of a box that never holds the article, wherever it stands: readers'
/// comments and consent or sign-up overlays. Text scored inside one cannot be the article
/// (a long comment, a cookie policy), unlike a furniture word around the article
/// (`layout--sidebar`), which may be mere layout.
pub const HTML_NOT_ARTICLE_WORDS: &[&str] = &[
    "comment", "comments", "consent", "cookie", "cookies", "disqus", "gdpr", "modal", "popup",
];

/// Classes that hide an element in the usual style sheets (Bootstrap's `d-none`, `hidden`).
/// Whole classes, not words: `hidden-print` shows on screen.
pub const HTML_HIDDEN_CLASSES: &[&str] = &["d-none", "hidden", "hide", "is-hidden"];

/// Words in a class or id that mark the article's text.
pub const HTML_CONTENT_WORDS: &[&str] = &[
    "article",
    "articlebody",
    "body",
    "content",
    "entry",
    "main",
    "post",
    "story",
    "text",
];

/// `<meta name|property|itemprop>` keys that give the author.
pub const HTML_META_AUTHOR: &[&str] = &[
    "author",
    "article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "parsely-author",
];

/// `<meta name|property|itemprop>` keys that give the publication date, best first.
pub const HTML_META_DATE: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "published_time",
    "publish-date",
    "publishdate",
    "pubdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
];

/// Labels of a shown date that is not the publication's ("Last updated: …"): a date after one
/// of them is passed over.
pub const HTML_UPDATE_LABELS: &[&str] = &["updated", "modified", "edited", "revised"];

/// JSON-LD `@type`s of an article.
pub const JSON_LD_ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "reviewnewsarticle",
    "blogposting",
    "socialmediaposting",
    "report",
    "scholarlyarticle",
    "techarticle",
    "liveblogposting",
];

/// Words in a class or id of a box listing other stories or comments: author names inside it
/// are not the article's.
pub const HTML_OTHER_STORIES_WORDS: &[&str] = &[
    "comment",
    "comments",
    "popular",
    "recirc",
    "recommended",
    "related",
    "sidebar",
    "trending",
];

/// Parts of an author element's class that mark more than the name (a biography, a photo).
pub const HTML_NOT_BYLINE_PARTS: &[&str] = &["about", "avatar", "bio", "image", "img", "photo"];

/// Accented Latin letters and their plain forms, for matching a name spelled with and without
/// accents ("José Núñez", "Jose Nunez"); same length, letter for letter.
pub const ACCENTED: &str =
    "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćŁłŃńŚśŹźŻżĞğİıŞşŘřĚěŮů";
pub const UNACCENTED: &str =
    "AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcLlNnSsZzZzGgIiSsRrEeUu";

/// `c` without its accent.
pub fn unaccented(c: char) -> char {
    ACCENTED
        .chars()
        .position(|a| a == c)
        .and_then(|i| UNACCENTED.chars().nth(i))
        .unwrap_or(c)
}

/// Kickers and media labels written before a headline ("WATCH: …", "Opinion | …") or after it
/// ("… (video)"), not part of it.
pub const TITLE_LABELS: &[&str] = &[
    "breaking",
    "exclusive",
    "listen",
    "live",
    "photos",
    "pictures",
    "podcast",
    "video",
    "videos",
    "watch",
];

/// Degrees and credentials written after an author's name ("Jane Doe, MS, RDN"), without dots.
pub const NAME_CREDENTIALS: &[&str] = &[
    "cpa", "dds", "dvm", "jd", "ld", "lcsw", "ma", "mba", "md", "mph", "ms", "msc", "phd",
    "pharmd", "rd", "rdn", "rn",
];

/// Words after an author's name that start a note about the author at the end of an article
/// ("Jane Doe is a senior reporter …", "Jane Doe writes about …").
pub const AUTHOR_NOTE_WORDS: &[&str] = &[
    "at", "can", "covers", "has", "is", "joined", "reports", "was", "writes",
];

/// Words in a class or id of an element holding a photo caption or credit.
pub const HTML_CAPTION_WORDS: &[&str] = &["caption", "captions", "credit", "credits", "figcaption"];

/// Common given names read as female, to match "she" to a speaker. Lower case.
pub const FEMALE_NAMES: &[&str] = &[
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "lisa",
    "nancy",
    "betty",
    "margaret",
    "sandra",
    "ashley",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "carol",
    "amanda",
    "dorothy",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "sharon",
    "laura",
    "cynthia",
    "kathleen",
    "amy",
    "angela",
    "shirley",
    "anna",
    "brenda",
    "pamela",
    "emma",
    "nicole",
    "helen",
    "samantha",
    "katherine",
    "christine",
    "debra",
    "rachel",
    "carolyn",
    "janet",
    "catherine",
    "maria",
    "heather",
    "diane",
    "ruth",
    "julie",
    "olivia",
    "joyce",
    "virginia",
    "victoria",
    "kelly",
    "lauren",
    "christina",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "andrea",
    "cheryl",
    "hannah",
    "jacqueline",
    "martha",
    "gloria",
    "teresa",
    "ann",
    "sara",
    "madison",
    "frances",
    "kathryn",
    "janice",
    "jean",
    "abigail",
    "alice",
    "judy",
    "sophia",
    "grace",
    "denise",
    "amber",
    "doris",
    "marilyn",
    "danielle",
    "beverly",
    "isabella",
    "theresa",
    "diana",
    "natalie",
    "brittany",
    "charlotte",
    "marie",
    "kayla",
    "alexis",
    "lori",
    "hillary",
    "nancy",
    "condoleezza",
    "sonia",
    "ruth",
    "elena",
    "angela",
    "theresa",
    "kamala",
    "sarah",
    "nikki",
    "kellyanne",
    "huma",
    "donna",
    "debbie",
    "loretta",
    "valerie",
    "susana",
    "carly",
    "michele",
    "marsha",
    "dianne",
    "claire",
    "kirsten",
    "tammy",
    "tulsi",
    "maxine",
    "nancy",
    "ivanka",
    "melania",
    "chelsea",
    "kate",
    "katie",
    "jill",
    "jane",
    "joanne",
    "meghan",
    "megyn",
    "rosie",
    "oprah",
    "beyonce",
    "taylor",
    "madeleine",
    "janet",
    "eva",
    "ana",
    "sofia",
    "lucia",
    "fatima",
    "aisha",
    "mariam",
    "yasmin",
    "leila",
    "nadia",
    "olga",
    "irina",
    "natalia",
    "svetlana",
    "yulia",
    "ingrid",
    "angelika",
    "ursula",
    "marine",
    "christine",
    "theresa",
    "jacinda",
    "julia",
    "penny",
    "hanna",
    "liz",
    "beth",
    "meg",
    "peggy",
    "sally",
    "wendy",
    "kathy",
    "cathy",
    "sue",
    "jenny",
    "jen",
    "becky",
    "vicki",
    "terri",
    "kim",
    "stacey",
    "tina",
    "gina",
    "erin",
    "tiffany",
    "crystal",
    "monica",
    "erica",
    "veronica",
    "vanessa",
    "brianna",
    "jasmine",
    "alexandra",
    "caroline",
    "ellen",
];

/// Common given names read as male, to match "he" to a speaker. Lower case.
pub const MALE_NAMES: &[&str] = &[
    "james",
    "john",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "christopher",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "timothy",
    "ronald",
    "edward",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "benjamin",
    "samuel",
    "gregory",
    "alexander",
    "frank",
    "patrick",
    "raymond",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "jose",
    "adam",
    "nathan",
    "henry",
    "douglas",
    "zachary",
    "peter",
    "kyle",
    "ethan",
    "walter",
    "noah",
    "jeremy",
    "christian",
    "keith",
    "roger",
    "terry",
    "gerald",
    "harold",
    "sean",
    "austin",
    "carl",
    "arthur",
    "lawrence",
    "dylan",
    "jesse",
    "jordan",
    "bryan",
    "billy",
    "joe",
    "bruce",
    "gabriel",
    "logan",
    "albert",
    "willie",
    "alan",
    "juan",
    "wayne",
    "elijah",
    "randy",
    "roy",
    "vincent",
    "ralph",
    "eugene",
    "russell",
    "bobby",
    "mason",
    "philip",
    "louis",
    "barack",
    "bernie",
    "ted",
    "marco",
    "jeb",
    "mitt",
    "mike",
    "chris",
    "rand",
    "ben",
    "bill",
    "newt",
    "rudy",
    "reince",
    "rick",
    "jim",
    "tim",
    "tom",
    "bob",
    "dick",
    "harry",
    "mitch",
    "chuck",
    "lindsey",
    "orrin",
    "lamar",
    "rahm",
    "rex",
    "steve",
    "jared",
    "corey",
    "sergey",
    "vladimir",
    "dmitry",
    "xi",
    "emmanuel",
    "francois",
    "nicolas",
    "boris",
    "justin",
    "shinzo",
    "narendra",
    "recep",
    "benjamin",
    "bibi",
    "hassan",
    "ali",
    "mohammed",
    "muhammad",
    "ahmed",
    "omar",
    "abdul",
    "ibrahim",
    "yusuf",
    "hugo",
    "luis",
    "carlos",
    "jorge",
    "pedro",
    "miguel",
    "javier",
    "fernando",
    "diego",
    "pablo",
    "antonio",
    "francisco",
    "manuel",
    "rafael",
    "sergio",
    "andres",
    "alejandro",
    "ricardo",
    "hans",
    "klaus",
    "jurgen",
    "wolfgang",
    "helmut",
    "olaf",
    "friedrich",
    "matteo",
    "giuseppe",
    "silvio",
    "pierre",
    "jean-claude",
    "jacques",
    "francois",
    "ivan",
    "igor",
    "alexei",
    "sergei",
    "kim",
    "ed",
    "al",
    "dan",
    "don",
    "fred",
    "greg",
    "jeff",
    "ken",
    "ron",
    "sam",
    "tony",
    "matt",
    "nick",
    "pat",
    "phil",
    "ray",
    "rob",
    "stan",
    "will",
    "abe",
    "andy",
    "danny",
    "eddie",
    "frankie",
    "hank",
    "jerome",
    "leon",
    "marvin",
    "martin",
    "max",
    "neil",
    "oscar",
    "otto",
    "ross",
    "seth",
    "travis",
    "trey",
    "victor",
    "warren",
    "wesley",
    "howard",
    "glenn",
    "dean",
    "gordon",
    "grant",
];

/// Capitalized words that open a sentence without being part of a name ("But Smith said").
pub const SENTENCE_OPENERS: &[&str] = &[
    "but",
    "and",
    "then",
    "however",
    "meanwhile",
    "still",
    "also",
    "later",
    "now",
    "yet",
    "so",
    "in",
    "on",
    "at",
    "when",
    "while",
    "after",
    "before",
    "as",
    "if",
    "asked",
    "speaking",
    "earlier",
    "instead",
    "indeed",
    "afterward",
    "previously",
    "separately",
    "today",
    "yesterday",
    "last",
    "this",
    "that",
    "there",
    "here",
    "why",
    "what",
    "how",
    "where",
    "though",
    "although",
    "or",
    "because",
    "since",
    "even",
    "only",
    "plus",
    "nor",
    "of",
    "for",
    "from",
    "to",
    "with",
    "without",
    "by",
    "during",
    "under",
    "over",
    "unlike",
    "like",
    "despite",
    "following",
    "until",
    "once",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "the",
    "a",
    "an",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "these",
    "those",
    "some",
    "many",
    "both",
    "within",
    "along",
    "thus",
    "perhaps",
    "more",
    "whatever",
    "yes",
    "no",
    "thanks",
    "good",
    "hundreds",
    "thousands",
    "dozens",
    "among",
    "amid",
    "outside",
    "inside",
    "around",
    "about",
    "against",
    "across",
    "through",
    "throughout",
    "behind",
    "beyond",
    "toward",
    "towards",
    "upon",
    "whether",
    "either",
    "neither",
    "every",
    "each",
    "such",
    "which",
    "who",
    "whose",
    "whom",
    "almost",
    "nearly",
    "again",
    "already",
    "always",
    "never",
    "often",
    "sometimes",
    "soon",
    "too",
    "very",
    "well",
    "just",
    "ever",
    "rather",
    "quite",
    "sure",
    "please",
    "anyway",
    "otherwise",
    "therefore",
    "hence",
    "besides",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
];

/// Words that open an introductory phrase before a sentence's subject ("In a statement, …",
/// "Speaking to reporters, …").
pub const INTRO_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "when",
    "while",
    "as",
    "during",
    "since",
    "following",
    "speaking",
    "asked",
    "although",
    "though",
    "if",
    "despite",
    "with",
    "without",
    "for",
    "addressing",
    "writing",
    "responding",
    "from",
    "under",
    "by",
    "last",
    "earlier",
    "later",
    "but",
    "and",
    "still",
    "yet",
    "so",
    "however",
    "meanwhile",
    "instead",
    "now",
    "then",
    "once",
    "unlike",
    "like",
    "to",
    "of",
    "because",
    "until",
    "even",
    "here",
    "there",
    "according",
    "amid",
    "perhaps",
    "outside",
    "inside",
    "among",
    "upon",
    "throughout",
    "across",
    "beyond",
    "around",
    "ahead",
    "behind",
    "toward",
    "towards",
    "against",
    "regardless",
    "whether",
    "given",
];

/// Days and spans that make a time phrase with "on", "last" or "this" ("on Monday said").
pub const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "evening",
    "afternoon",
    "weekend",
];

/// One-word openers that need no comma before the subject: "Then he said", "But Trump said".
pub const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "then",
    "so",
    "yet",
    "still",
    "now",
    "instead",
    "meanwhile",
    "however",
    "later",
    "earlier",
    "even",
];

/// Words for speech: a sentence ending in one introduces a quotation ("issued the following
/// statement:"), and the one it belongs to owns a term ("Sanders’s call for a “revolution”").
pub const SPEECH_NOUNS: &[&str] = &[
    "call",
    "claim",
    "promise",
    "pledge",
    "vow",
    "assertion",
    "charge",
    "statement",
    "following",
    "remarks",
    "message",
    "words",
    "note",
    "tweet",
    "post",
    "reply",
    "response",
    "answer",
    "letter",
    "email",
    "comment",
    "comments",
    "explanation",
    "warning",
];

/// Kinds of work whose title may follow in quote marks: "her memoir, “Tough Choices.”"
pub const WORK_NOUNS: &[&str] = &[
    "commentary",
    "column",
    "op-ed",
    "editorial",
    "essay",
    "book",
    "memoir",
    "novel",
    "film",
    "movie",
    "documentary",
    "song",
    "album",
    "poem",
    "play",
    "podcast",
    "series",
    "show",
];

/// Words right before a short quoted term that make it the sentence subject's: "pounding Trump
/// as a “con artist”", "refused to use the words “…”".
pub const TERM_INTRODUCERS: &[&str] = &[
    "as",
    "as a",
    "as an",
    "as the",
    "the words",
    "the word",
    "the phrase",
    "the term",
    "the slogan",
    "the nickname",
    "the label",
];

/// What may stand between two quotes of one list: "as “provocative” and a “grave threat”".
pub const LIST_JOINTS: &[&str] = &["and", "or", "a", "an", "the", "as"];

/// Verbs before a button's label in quote marks: "click “sign up”".
pub const BUTTON_VERBS: &[&str] = &["click", "clicking", "tap", "tapping", "press"];

/// Prepositions that tie a description to a name or a body: "a spokesman for X", "Jane Roe of
/// the ministry", "Gov. Jane Roe from Ohio".
pub const RELATION_PREPOSITIONS: &[&str] = &["of", "for", "from", "at", "with"];

/// Conjunctions that look like prepositions: the phrase after one can be a clause's subject
/// ("after Trump told reporters", "as Clinton said").
pub const SUBORDINATORS: &[&str] = &[
    "after", "before", "since", "until", "as", "because", "when", "while", "if", "though",
    "although", "once", "unless", "whereas",
];

/// Determiners and quantifiers that open a described source ("a spokesman", "two officials").
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "another", "some", "many", "several", "most", "two", "three", "four",
    "five", "six", "his", "her", "their", "its", "our", "this", "these", "those", "other", "few",
    "both", "each", "every", "no", "all", "my", "your", "multiple", "numerous",
];

/// Prepositions: a speaker's phrase never ends with one.
pub const PREPOSITIONS: &[&str] = &[
    "of", "for", "at", "from", "with", "in", "on", "to", "by", "about", "into", "than", "like",
    "over", "after", "before", "during", "against", "among", "through",
];

/// Words that cannot stand inside a speaker's noun phrase: conjunctions, relatives,
/// auxiliaries, some adverbs.
pub const PHRASE_BREAKERS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "and", "but", "or", "because", "when", "while", "as",
    "if", "after", "before", "since", "than", "although", "though", "where", "is", "was", "were",
    "are", "be", "been", "not", "what", "so", "how", "why", "then", "has", "have", "had", "will",
    "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "there",
    "here", "it’s", "it's", "to", "also", "even", "just", "only", "too", "very", "said", "says",
    "told", "by", "about", "into", "out", "up", "down", "off", "now", "never", "ever", "again",
    "still", "this", "these", "those", "until", "unless",
];

/// Words that end a speaker's name read forward from its verb ("said Smith in a statement").
pub const FORWARD_STOPS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "when",
    "who",
    "which",
    "that",
    "according",
    "about",
    "as",
    "while",
    "last",
    "this",
    "to",
    "because",
    "if",
    "since",
    "is",
    "was",
    "has",
    "had",
    "and",
    "but",
    "earlier",
    "later",
    "recently",
    "yesterday",
    "today",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "with",
    "by",
    "into",
    "than",
    "via",
    "through",
    "inside",
    "outside",
    "near",
    "within",
];

/// Adjectives that stand before a noun spelled like a verb ("his recent tweets").
pub const NOUN_ADJECTIVES: &[&str] = &[
    "recent",
    "latest",
    "new",
    "own",
    "many",
    "more",
    "other",
    "early",
    "late",
    "late-night",
    "public",
    "private",
    "previous",
    "earlier",
    "later",
    "angry",
    "several",
    "such",
    "these",
    "those",
    "first",
    "last",
    "final",
    "initial",
    "official",
    "prepared",
    "written",
];

/// First words of capitalized runs that name places and bodies rather than people.
pub const NON_PERSON_STARTS: &[&str] = &[
    "new",
    "los",
    "las",
    "san",
    "santa",
    "saint",
    "st.",
    "white",
    "united",
    "north",
    "south",
    "east",
    "west",
    "great",
    "supreme",
    "federal",
    "national",
    "democratic",
    "republican",
    "central",
    "middle",
    "fort",
    "mount",
    "lake",
    "port",
    "capitol",
    "wall",
    "silicon",
    "islamic",
    "european",
    "american",
    "british",
    "russian",
    "chinese",
    "air",
    "camp",
];

/// Is `word` in `list`, ignoring ASCII case? For the short lists above.
pub fn is_in(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `word` with its ASCII letters upper-cased where `upper` (repeated) says so: how the property
/// tests of the word lookups mix a listed word's case.
#[cfg(test)]
pub fn mixed_case(word: &str, upper: &[bool]) -> String {
    word.chars()
        .zip(upper.iter().cycle())
        .map(|(c, &up)| if up { c.to_ascii_uppercase() } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_answer_as_the_lists_do() {
        let list: &'static [&'static str] = &["the", "it’s", "according", "a"];
        let set = WordSet::new(list);
        let rows = [
            "the",
            "The",
            "THE",
            "it’s",
            "It’s",
            "IT’S",
            "According",
            "a",
            "A",
            "an",
            "",
            "thee",
            "\u{212a}elvin",
            "accordinglyaccordinglyaccordinglyaccordingly",
        ];
        for word in rows {
            assert_eq!(set.has(word), is_in(list, word), "{word:?}");
        }
    }

    #[test]
    fn lexicon_filters_pass_every_listed_word_in_any_ascii_case() {
        let lists = [
            TITLES,
            PRONOUNS,
            NAME_PARTICLES,
            AGENCIES,
            ABBREVIATIONS,
            FEMALE_NAMES,
        ];
        for list in lists {
            let lexicon = set(list);
            for w in list.iter() {
                for form in [w.to_string(), w.to_ascii_uppercase(), capitalized(w)] {
                    assert!(lexicon.may_hold(form.as_bytes()), "{form:?}");
                }
                assert!(lexicon.holds(w.as_bytes()), "{w:?}");
            }
            // Words of no list are mostly turned away by the filter alone.
            let turned_away = ["zebra", "quickly", "of", "xylophone"]
                .iter()
                .filter(|w| !lexicon.may_hold(w.as_bytes()))
                .count();
            assert!(turned_away > 0, "{:?}", &list[..3]);
        }
    }

    fn capitalized(w: &str) -> String {
        let mut c = w.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    #[test]
    fn lookups_lower_case_their_word() {
        // (word, is it a title?, the month it names)
        let rows = [
            ("president", true, None),
            ("PRESIDENT", true, None),
            ("Sen.", true, None),
            ("April", false, Some(4)),
            ("APR.", false, Some(4)),
            ("Ápril", false, None),
        ];
        for (word, title, month) in rows {
            assert_eq!(is_title(word), title, "{word:?}");
            assert_eq!(month_number(word), month, "{word:?}");
        }
    }

    #[test]
    fn packed_sets_answer_as_the_lists_do() {
        // Case variants, periods, long words, and characters outside ASCII (the Kelvin sign
        // lower-cases to "k").
        let rows = [
            "president",
            "President",
            "PRESIDENT",
            "Sen.",
            "sen",
            "Lt.",
            "Lt",
            "Trump",
            "",
            "x",
            "\u{212a}ing",
            "King",
            "Émile",
            "presidentialcandidates",
            "Jan.",
            "jan",
            "Sept",
            "SEPTEMBER",
            "Maria",
            "mary",
            "Jr.",
            "calif.",
            "Calif.",
            "spokesperson",
        ];
        for w in rows {
            assert_eq!(TITLE_WORDS.has(w), is_title(w), "title {w:?}");
            assert_eq!(
                ABBREVIATION_WORDS.has(w),
                is_abbreviation(w),
                "abbreviation {w:?}"
            );
            let month = MONTH_WORDS.has(w.trim_end_matches('.'));
            assert_eq!(month, month_number(w).is_some(), "month {w:?}");
            let gender = match (FEMALE_WORDS.has(w), MALE_WORDS.has(w)) {
                (true, false) => Some(Gender::Female),
                (false, true) => Some(Gender::Male),
                _ => None,
            };
            assert_eq!(gender, name_gender(w), "gender {w:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn packed_sets_answer_any_word_as_the_lists_do(w in "\\PC{0,16}") {
            proptest::prop_assert_eq!(TITLE_WORDS.has(&w), is_title(&w));
            proptest::prop_assert_eq!(ABBREVIATION_WORDS.has(&w), is_abbreviation(&w));
            let month = MONTH_WORDS.has(w.trim_end_matches('.'));
            proptest::prop_assert_eq!(month, month_number(&w).is_some());
        }

        #[test]
        fn packed_keys_as_the_plain_packing(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..18)) {
            // The plain packing: the bytes copied into sixteen, the length in the last, and
            // ASCII capitals lower-cased.
            let plain = (bytes.len() <= 15 && bytes.is_ascii()).then(|| {
                let mut buf = [0u8; 16];
                buf[..bytes.len()].copy_from_slice(&bytes.to_ascii_lowercase());
                buf[15] = bytes.len() as u8;
                u128::from_le_bytes(buf)
            });
            proptest::prop_assert_eq!(pack_folded(&bytes), plain);
        }
    }
}
