//! The command line, as clap reads it. Help text comes from the doc comments.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  newsparse article.txt                      JSON for one article
  newsparse --pretty article.txt             the same, indented
  newsparse -f text article.txt              a readable report
  newsparse a.txt b.txt c.txt > out.jsonl    JSON Lines, one object per file
  cat article.txt | newsparse                read standard input (also: newsparse -)
  newsparse page.html                        a saved web page (found by content; --from html)
  newsparse *.txt | jq -r '.quotes[] | [.speaker, .text] | @tsv'

Exit status:
  0  every input was parsed
  2  an input could not be read or was rejected (the others are still parsed)";

/// Split news articles (plain text or saved web pages) into title, byline, date, dateline, captions, paragraphs,
/// boilerplate and attributed quotes.
#[derive(Debug, Parser)]
#[command(name = "newsparse", version, after_help = EXAMPLES)]
pub struct Cli {
    /// Articles to parse; none or `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,

    /// Indent JSON output.
    #[arg(short, long)]
    pub pretty: bool,

    /// What the input is: `auto` tells a saved web page from plain text by its content.
    #[arg(long, value_enum, default_value_t = FromArg::Auto, value_name = "KIND")]
    pub from: FromArg,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FromArg {
    /// HTML when the input starts like a web page, else text.
    Auto,
    /// Plain text (a copied or dumped page is text too).
    Text,
    /// A saved web page, in its declared charset.
    Html,
}

impl FromArg {
    pub fn kind(self) -> Option<newsparse::html::InputKind> {
        match self {
            FromArg::Auto => None,
            FromArg::Text => Some(newsparse::html::InputKind::Text),
            FromArg::Html => Some(newsparse::html::InputKind::Html),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// One JSON object per article, one per line.
    Json,
    /// A readable report.
    Text,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
