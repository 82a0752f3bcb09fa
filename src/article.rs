//! The output model: what `parse` finds in an article. These structs *are* the JSON schema;
//! field names are a contract that scripts depend on, so rename nothing lightly.

use serde::Serialize;

/// One parsed article. Every non-blank input line lands in exactly one of `title`, `subtitle`,
/// `byline.raw`, `date_raw`, `dateline.raw` + the first paragraph, `captions`, `paragraphs` or
/// `boilerplate`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article {
    /// The headline.
    pub title: Option<String>,
    /// A deck or standfirst printed under the headline, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subtitle: Option<String>,
    pub byline: Option<Byline>,
    /// Publication date as `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when a time was given.
    pub date: Option<String>,
    /// The header line the date was read from, when it stood on a line of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_raw: Option<String>,
    pub dateline: Option<Dateline>,
    pub captions: Vec<String>,
    pub paragraphs: Vec<String>,
    pub quotes: Vec<Quote>,
    pub boilerplate: Vec<String>,
}

/// The author line: `By Jane Doe and John Roe, Associated Press`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Byline {
    /// The line as written.
    pub raw: String,
    /// Person names, without job titles.
    pub authors: Vec<String>,
    /// A news agency or publication credited on the line.
    pub organization: Option<String>,
}

/// The place (and agency) that opens the first paragraph: `MOSCOW (Reuters) -`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Dateline {
    pub raw: String,
    pub location: String,
    pub agency: Option<String>,
}

/// A direct quotation and who said it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Quote {
    /// The words inside the quote marks, without a trailing comma. A quotation that runs over
    /// several paragraphs is one quote, its parts joined with a space.
    pub text: String,
    /// The speaker, resolved to the full name mentioned elsewhere in the article where possible.
    pub speaker: Option<String>,
    /// The words at the attribution as written: `Putin`, `he`, `a spokesman`.
    pub mention: Option<String>,
    /// The reporting verb: `said`, `added`, `according to`.
    pub verb: Option<String>,
    /// Index into `paragraphs` of the paragraph where the quote starts.
    pub paragraph: usize,
    /// Byte offsets of the quoted text in the input: `input[start..end]` is the quote (for a
    /// multi-paragraph quote, the whole stretch including the marks between its parts).
    pub start: usize,
    pub end: usize,
}

impl Article {
    /// True when nothing at all was found (empty or blank input).
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.subtitle.is_none()
            && self.byline.is_none()
            && self.date_raw.is_none()
            && self.captions.is_empty()
            && self.paragraphs.is_empty()
            && self.boilerplate.is_empty()
    }
}
