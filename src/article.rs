//! The output model: what `parse` finds in an article. These structs *are* the JSON schema;
//! field names are a contract that scripts depend on, so rename nothing lightly.

use std::borrow::Cow;

use serde::Serialize;

/// One parsed article. Every non-blank input line lands in exactly one of `title`, `subtitle`,
/// `byline.raw`, `date_raw`, `dateline.raw` + the first paragraph, `captions`, `paragraphs` or
/// `boilerplate`.
///
/// The text of paragraphs, captions and boilerplate is borrowed from the input where it stands
/// there whole (most of it), and owned where it was joined from several lines: an article is
/// mostly its paragraphs, which are not copied. `into_owned` makes an article that outlives
/// its input.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Article<'a> {
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
    pub captions: Vec<Cow<'a, str>>,
    pub paragraphs: Vec<Cow<'a, str>>,
    pub quotes: Vec<Quote>,
    pub boilerplate: Vec<Cow<'a, str>>,
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

impl Article<'_> {
    /// The article with all its text owned, free of the input's lifetime.
    pub fn into_owned(self) -> Article<'static> {
        let owned = |v: Vec<Cow<'_, str>>| -> Vec<Cow<'static, str>> {
            v.into_iter().map(|s| Cow::Owned(s.into_owned())).collect()
        };
        Article {
            captions: owned(self.captions),
            paragraphs: owned(self.paragraphs),
            boilerplate: owned(self.boilerplate),
            title: self.title,
            subtitle: self.subtitle,
            byline: self.byline,
            date: self.date,
            date_raw: self.date_raw,
            dateline: self.dateline,
            quotes: self.quotes,
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_standing_whole_in_the_input_is_borrowed() {
        // (input, for each paragraph: borrowed from the input?)
        let rows: [(&str, &[bool]); 3] = [
            ("Title\n\nOne line.\n\nAnother line.\n", &[true, true]),
            // A hard-wrapped paragraph is joined from its lines: owned.
            (
                "Title\n\nThe council met on Monday to talk about the old\npier and what to do \
                 with it after the storm that\nhit the town last winter and left the pier in\n\
                 ruins for all to see, the mayor said on Monday.\n\nAlone.\n",
                &[false, true],
            ),
            // The dateline cut from the first paragraph leaves the rest borrowed.
            ("Title\n\nPARIS (AP) — It rained.\n", &[true]),
        ];
        for (input, want) in rows {
            let article = crate::parse(input);
            let borrowed: Vec<bool> = article
                .paragraphs
                .iter()
                .map(|p| matches!(p, Cow::Borrowed(_)))
                .collect();
            assert_eq!(borrowed, want, "{input:?}");
            let owned = article.clone().into_owned();
            assert!(owned.paragraphs.iter().all(|p| matches!(p, Cow::Owned(_))));
            assert_eq!(owned, article, "{input:?}");
        }
    }
}
