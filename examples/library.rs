//! Using newsparse as a library: parse an article and print who said what.
//!
//! Run with `cargo run --example library [FILE]` (default: the bundled example article).

use std::{env, fs, process};

fn main() {
    let path = env::args().nth(1).unwrap_or_else(|| {
        format!(
            "{}/examples/kim-putin-summit.txt",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let text = fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("library: {path}: {e}");
        process::exit(2);
    });
    let article = newsparse::parse(&text);
    println!("{}", article.title.as_deref().unwrap_or("(no title)"));
    println!(
        "{} paragraphs, {} quotes",
        article.paragraphs.len(),
        article.quotes.len()
    );
    for q in &article.quotes {
        println!("- {}: “{}”", q.speaker.as_deref().unwrap_or("?"), q.text);
    }
}
