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
  newsparse *.txt | jq -r '.quotes[] | [.speaker, .text] | @tsv'
  newsparse --jsonl --keep id,url crawl.jsonl  JSON Lines in (article in .text), out
  newsparse -j 1 articles/*.txt              one thread (default: all cores)

Exit status:
  0  every input was parsed
  2  an input could not be read or was rejected (the others are still parsed)";

/// Split news articles (plain text) into title, byline, date, dateline, captions, paragraphs,
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

    /// Read JSON Lines: one JSON object per line, the article in its "text" (or "html") field;
    /// write one record per line, in the same order.
    #[arg(long, help_heading = "JSON Lines input")]
    pub jsonl: bool,

    /// With --jsonl: the field holding the article.
    #[arg(
        long,
        value_name = "NAME",
        requires = "jsonl",
        help_heading = "JSON Lines input"
    )]
    pub field: Option<String>,

    /// With --jsonl: the fields to copy into each output record (default: all but the
    /// article's own; `--keep=` copies none).
    #[arg(
        long,
        value_name = "NAME,...",
        value_delimiter = ',',
        requires = "jsonl",
        help_heading = "JSON Lines input"
    )]
    pub keep: Option<Vec<String>>,

    /// Parse on N threads (default: the available cores); output stays in input order.
    #[arg(short = 'j', long = "threads", value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,

    /// Reject an input (a file, or one JSON line) larger than this: a number of bytes, or with
    /// a K, M or G suffix.
    #[arg(long, value_name = "SIZE", default_value = "256M", value_parser = parse_size)]
    pub max_bytes: u64,
}

/// `4096`, `64K`, `256M`, `1G` (binary multiples) to bytes.
fn parse_size(s: &str) -> Result<u64, String> {
    let (digits, unit) = match s.trim().char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => s.trim().split_at(i),
        None => (s.trim(), ""),
    };
    let shift = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 0,
        "K" => 10,
        "M" => 20,
        "G" => 30,
        _ => return Err(format!("unknown size unit {unit:?} (use K, M or G)")),
    };
    digits
        .parse::<u64>()
        .ok()
        .and_then(|n| n.checked_mul(1 << shift))
        .ok_or_else(|| format!("not a size: {s:?}"))
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

    #[test]
    fn sizes() {
        let rows: &[(&str, Option<u64>)] = &[
            ("4096", Some(4096)),
            ("64K", Some(64 << 10)),
            ("256M", Some(256 << 20)),
            ("1g", Some(1 << 30)),
            ("2MiB", Some(2 << 20)),
            ("", None),
            ("M", None),
            ("5T", None),
            ("99999999999G", None),
        ];
        for (input, want) in rows {
            assert_eq!(parse_size(input).ok(), *want, "input {input:?}");
        }
    }
}
