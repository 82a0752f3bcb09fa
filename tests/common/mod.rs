//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsparse"))
}

/// Runs the binary with `args`, feeding `stdin`.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn newsparse");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait for newsparse");
    writer.join().expect("stdin writer");
    out
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

pub fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// The shared evaluation corpora, when they sit beside the checkout.
pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipped: ../shared/corpus is not beside this checkout");
        None
    }
}

/// A temporary folder that removes itself.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let p = std::env::temp_dir().join(format!("newsparse-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).expect("temp dir");
        TempDir(p)
    }
    pub fn file(&self, name: &str, content: &[u8]) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, content).expect("write temp file");
        p.display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Every non-blank line of `input` must appear (white space aside) in exactly the fields
/// `parse` sorts lines into.
pub fn assert_nothing_lost(input: &str) {
    let a = newsparse::parse(input);
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut fields: Vec<String> = Vec::new();
    fields.extend(a.title.iter().cloned());
    fields.extend(a.subtitle.iter().cloned());
    fields.extend(a.byline.iter().map(|b| b.raw.clone()));
    fields.extend(a.date_raw.iter().cloned());
    fields.extend(a.captions.iter().map(|c| c.to_string()));
    fields.extend(a.boilerplate.iter().map(|b| b.to_string()));
    for (i, p) in a.paragraphs.iter().enumerate() {
        match (&a.dateline, i) {
            (Some(d), 0) => fields.push(format!("{} {}", d.raw, p)),
            _ => fields.push(p.to_string()),
        }
    }
    let fields: Vec<String> = fields.iter().map(|f| squash(f)).collect();
    let body = input.trim_start_matches('\u{feff}');
    for line in body.split(['\n', '\r']) {
        let line = squash(line);
        if line.is_empty() {
            continue;
        }
        assert!(
            fields.iter().any(|f| f.contains(&line)),
            "line lost: {line:?}\nin input {input:?}\nparsed: {a:#?}"
        );
    }
}
