//! The command line, as clap reads it. Help text comes from the doc comments.

use std::ffi::OsStr;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, Parser, ValueEnum};
use newsparse::output::{Field, Format};

/// Shown after --help; in the man page each block becomes a section of its own.
const AFTER_HELP: &str = "\
Examples:
  newsparse article.txt                      JSON for one article
  newsparse --pretty article.txt             the same, indented
  newsparse -f text article.txt              a readable report (coloured on a terminal)
  newsparse a.txt b.txt c.txt > out.jsonl    JSON Lines, one object per file
  cat article.txt | newsparse                read standard input (also: newsparse -)
  newsparse page.html                        a saved web page (found by content; --from html)
  newsparse -f csv *.txt > quotes.csv        every quote, one row each, one header
  newsparse -f markdown article.txt          a Markdown note
  newsparse -f jsonld article.txt            schema.org NewsArticle
  t=$(newsparse --get title article.txt) && echo \"$t\"
  newsparse *.txt | jq -r '.quotes[] | [.speaker, .text] | @tsv'
  newsparse --jsonl --keep id,url crawl.jsonl  JSON Lines in (article in .text), out
  newsparse -j 1 articles/*.txt              one thread (default: all cores)
  newsparse --generate bash > ~/.local/share/bash-completion/completions/newsparse

Exit status:
  0  every input was parsed
  1  --get: an input lacks the field (nothing printed for it)
  2  an input could not be read or was rejected (the others are still parsed)";

/// Split news articles (plain text or saved web pages) into title, byline, date, dateline, captions, paragraphs,
/// boilerplate and attributed quotes.
#[derive(Debug, Parser)]
#[command(name = "newsparse", version, after_help = AFTER_HELP)]
pub struct Cli {
    /// Articles to parse; none (and no --files-from) or `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,

    /// Also parse the files listed in LIST (`-`: standard input), one path per line, read as
    /// they come: more files than a command line holds, in one run (`find … | newsparse
    /// --files-from -`).
    #[arg(long, value_name = "LIST")]
    pub files_from: Option<PathBuf>,

    /// With --files-from: paths end with a NUL byte, not a line end (`find -print0`).
    #[arg(short = '0', long, requires = "files_from")]
    pub null: bool,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = FormatArg::Json)]
    pub format: FormatArg,

    /// Indent JSON output (json, jsonld).
    #[arg(short, long)]
    pub pretty: bool,

    /// Print only FIELD, one value per line, instead of a format; exit 1 when an input lacks it.
    #[arg(long, value_name = "FIELD", value_parser = field_parser(), conflicts_with_all = ["format", "pretty"])]
    pub get: Option<Field>,

    /// When to colour the text report: auto colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, value_name = "WHEN", default_value_t = ColorArg::Auto)]
    pub color: ColorArg,

    /// Print shell completions or the man page (generated from these options) and exit.
    #[arg(long, value_enum, value_name = "WHAT", exclusive = true)]
    pub generate: Option<Generate>,
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
    /// A schema.org NewsArticle as JSON-LD, one per line.
    #[value(name = "jsonld", alias = "json-ld")]
    JsonLd,
    /// A readable report.
    Text,
    /// A Markdown document, quotes listed at the end.
    #[value(alias = "md")]
    Markdown,
    /// One row per quote: source, paragraph, speaker, mention, verb, text.
    Csv,
    /// The CSV rows tab-separated; tabs, line breaks and backslashes escaped as \t \n \r \\.
    Tsv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    /// Colour when standard output is a terminal and NO_COLOR is unset or empty.
    Auto,
    /// Colour even into a pipe or file (overrides NO_COLOR).
    Always,
    /// Never colour.
    Never,
}

impl ColorArg {
    /// Whether to colour, given whether standard output is a terminal and the value of
    /// `NO_COLOR` (which, as no-color.org asks, an explicit `--color always` overrides).
    pub fn enabled(self, terminal: bool, no_color: Option<&OsStr>) -> bool {
        match self {
            ColorArg::Always => true,
            ColorArg::Never => false,
            ColorArg::Auto => terminal && no_color.is_none_or(OsStr::is_empty),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Generate {
    /// Bash completions.
    Bash,
    /// Zsh completions.
    Zsh,
    /// Fish completions.
    Fish,
    /// The man page, in roff (`man -l -` shows it).
    Man,
}

/// `--get`'s values, from the library's list of fields.
fn field_parser() -> impl TypedValueParser<Value = Field> {
    let values = Field::ALL.map(|(_, name, help)| PossibleValue::new(name).help(help));
    PossibleValuesParser::new(values).map(|name| Field::from_name(&name).expect("a listed field"))
}

impl Cli {
    /// The output format the options ask for.
    pub fn output_format(&self) -> Format {
        if let Some(field) = self.get {
            return Format::Get(field);
        }
        match self.format {
            FormatArg::Json => Format::Json {
                pretty: self.pretty,
            },
            FormatArg::JsonLd => Format::JsonLd {
                pretty: self.pretty,
            },
            FormatArg::Text => Format::Text {
                color: self.color.enabled(
                    io::stdout().is_terminal(),
                    std::env::var_os("NO_COLOR").as_deref(),
                ),
            },
            FormatArg::Markdown => Format::Markdown,
            FormatArg::Csv => Format::Csv,
            FormatArg::Tsv => Format::Tsv,
        }
    }
}

/// Writes the completion script or man page `what` to `out`.
pub fn generate(what: Generate, out: &mut dyn Write) -> io::Result<()> {
    let mut cmd = Cli::command();
    let shell = match what {
        Generate::Bash => clap_complete::Shell::Bash,
        Generate::Zsh => clap_complete::Shell::Zsh,
        Generate::Fish => clap_complete::Shell::Fish,
        Generate::Man => return man_page(cmd, out),
    };
    clap_complete::generate(shell, &mut cmd, "newsparse", out);
    Ok(())
}

/// clap_mangen's page, with the blocks of `AFTER_HELP` as sections of their own (EXAMPLES,
/// EXIT STATUS) kept as laid out, instead of one reflowed paragraph.
fn man_page(cmd: clap::Command, out: &mut dyn Write) -> io::Result<()> {
    let man = clap_mangen::Man::new(cmd);
    man.render_title(out)?;
    man.render_name_section(out)?;
    man.render_synopsis_section(out)?;
    man.render_description_section(out)?;
    man.render_options_section(out)?;
    for block in AFTER_HELP.split("\n\n") {
        let (title, body) = block.split_once(":\n").unwrap_or(("", block));
        let body = body.replace('\\', "\\e").replace('-', "\\-");
        writeln!(out, ".SH {}\n.nf\n{body}\n.fi", title.to_uppercase())?;
    }
    man.render_version_section(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }

    #[test]
    fn color_choice() {
        let set = Some(OsStr::new("1"));
        let empty = Some(OsStr::new(""));
        let cases = [
            // (--color, terminal, NO_COLOR, colour?)
            (ColorArg::Auto, true, None, true),
            (ColorArg::Auto, false, None, false),
            (ColorArg::Auto, true, set, false),
            (ColorArg::Auto, true, empty, true),
            (ColorArg::Always, false, set, true),
            (ColorArg::Never, true, None, false),
        ];
        for (arg, terminal, no_color, want) in cases {
            assert_eq!(
                arg.enabled(terminal, no_color),
                want,
                "{arg:?} {terminal} {no_color:?}"
            );
        }
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
