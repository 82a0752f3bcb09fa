//! TSV: the CSV rows, tab-separated. A field cannot hold a tab or a line break, so these are
//! escaped the way jq's `@tsv` does it — `\t`, `\n`, `\r` and `\\` — which `read -r`,
//! `cut` and `awk -F'\t'` users already expect. No other quoting: a `"` is just a character.

use std::io::{self, Write};

use super::csv::{HEADER, rows};
use crate::Article;

pub fn header(out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "{}", HEADER.join("\t"))
}

pub fn write(out: &mut dyn Write, a: &Article, source: &str) -> io::Result<()> {
    for row in rows(a, source) {
        let fields: Vec<String> = row.iter().map(|f| escape(f)).collect();
        writeln!(out, "{}", fields.join("\t"))?;
    }
    Ok(())
}

fn escape(field: &str) -> String {
    let mut s = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '\t' => s.push_str("\\t"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            _ => s.push(c),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_like_jq_tsv() {
        let cases = [
            ("plain, with \"quotes\"", "plain, with \"quotes\""),
            ("tab\there", "tab\\there"),
            ("line\nbreak\r\n", "line\\nbreak\\r\\n"),
            ("back\\slash", "back\\\\slash"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(escape(input), want, "{input:?}");
        }
    }
}
