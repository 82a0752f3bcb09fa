//! The binary, end to end: inputs, formats, errors and exit codes.

mod common;

use common::{TempDir, run, stderr, stdout};
use serde_json::Value;

const ARTICLE: &str = "Summit opens in the east\n\nBy Jane Doe, Staff Writer\n\n\
MOSCOW (Reuters) - Leaders met on Monday for talks.\n\n“We will talk,” Jane Doe said.\n";

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn reads_stdin() {
    for args in [&[][..], &["-"][..]] {
        let o = run(args, ARTICLE.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let v = json_lines(&stdout(&o));
        assert_eq!(v.len(), 1);
        assert_eq!(v[0]["source"], "<stdin>");
        assert_eq!(v[0]["title"], "Summit opens in the east");
        assert_eq!(v[0]["byline"]["authors"][0], "Jane Doe");
        assert_eq!(v[0]["dateline"]["location"], "MOSCOW");
        assert_eq!(v[0]["dateline"]["agency"], "Reuters");
        assert_eq!(v[0]["paragraphs"][0], "Leaders met on Monday for talks.");
        assert_eq!(v[0]["quotes"][0]["speaker"], "Jane Doe");
    }
}

#[test]
fn several_files_give_json_lines_in_order() {
    let dir = TempDir::new("several");
    let a = dir.file("a.txt", ARTICLE.as_bytes());
    let b = dir.file("b.txt", b"Second title\n\nBody text.\n");
    let o = run(&[&a, &b], b"");
    assert!(o.status.success());
    let v = json_lines(&stdout(&o));
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["source"], a.as_str());
    assert_eq!(v[1]["source"], b.as_str());
    assert_eq!(v[1]["title"], "Second title");
}

/// The `source` of every record in JSON Lines output.
fn sources(o: &std::process::Output) -> Vec<String> {
    json_lines(&stdout(o))
        .iter()
        .map(|v| v["source"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[test]
fn files_from_a_list_after_the_files_named() {
    let dir = TempDir::new("list");
    let a = dir.file("a.txt", ARTICLE.as_bytes());
    let b = dir.file("b.txt", b"Second title\n\nBody text.\n");
    let missing = dir.0.join("missing.txt").display().to_string();
    // A blank line is skipped, and a `\r` before a line end is no part of the path.
    let list = dir.file("list", format!("{b}\r\n\n{missing}\n{a}").as_bytes());
    for threads in ["1", "4"] {
        let o = run(&["-j", threads, &a, "--files-from", &list], b"");
        assert_eq!(o.status.code(), Some(2), "a listed file is missing");
        assert_eq!(sources(&o), [a.as_str(), &b, &a]);
        let err = stderr(&o);
        assert!(
            err.contains(&format!("newsparse: {missing}: no such file")),
            "{err}"
        );
    }
}

#[test]
fn files_from_standard_input_separated_by_nul() {
    let dir = TempDir::new("list0");
    let a = dir.file("a b.txt", ARTICLE.as_bytes());
    let b = dir.file("b\nc.txt", b"Second title\n\nBody text.\n");
    let o = run(
        &["--files-from", "-", "-0"],
        format!("{a}\0{b}\0-\0").as_bytes(),
    );
    assert_eq!(sources(&o), [a.as_str(), &b]);
    // Standard input is the list: "-" cannot be read from it as an article too.
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("newsparse: -: standard input holds the list of files"),
        "{err}"
    );
}

#[test]
fn files_from_a_list_that_cannot_be_read() {
    let dir = TempDir::new("nolist");
    let list = dir.0.join("missing-list").display().to_string();
    let o = run(
        &["--files-from", &list],
        b"not read: standard input is no article here",
    );
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o), "");
    assert!(stderr(&o).contains(&format!("newsparse: {list}: no such file")));
}

#[test]
fn pretty_json_is_one_object() {
    let o = run(&["--pretty"], ARTICLE.as_bytes());
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["title"], "Summit opens in the east");
    assert!(stdout(&o).lines().count() > 10);
}

#[test]
fn text_format_is_a_report() {
    let o = run(&["--format", "text"], ARTICLE.as_bytes());
    let out = stdout(&o);
    assert!(out.contains("Title:    Summit opens in the east"), "{out}");
    assert!(out.contains("Byline:   Jane Doe"), "{out}");
    assert!(
        out.contains("[1] Leaders met on Monday for talks."),
        "{out}"
    );
    assert!(out.contains("Jane Doe (said): “We will talk”"), "{out}");
}

#[test]
fn seed_example_text_format_snapshot() {
    let path = common::examples().join("kim-putin-summit.txt");
    let o = run(&["-f", "text", path.to_str().unwrap()], b"");
    let out = stdout(&o);
    let quotes: Vec<&str> = out.lines().skip_while(|l| *l != "Quotes:").collect();
    let want = [
        "Quotes:",
        "  [5] Vladimir Putin (Putin said): “I am confident that your visit today to Russia … will help us to better understand how we can resolve the situation on the Korean peninsula and what Russia can do to support the positive processes that are currently taking place”",
        "  [6] Vladimir Putin (he added): “In terms of bilateral relations, we have a lot to do to develop economic relations”",
        "  [8] Kim Jong-un (Kim said): “I think it will be a very useful meeting in developing the relationship between the two countries, who have a long friendship and history, into a more stable and sound one”",
        "  [9] Kim Jong-un (he added): “As the world is focused on the Korean peninsula, I think we will hold a very meaningful dialogue”",
        "",
        "Boilerplate:",
        "  Facebook Comments",
        "  Please enter your comment!",
        "  Please enter your name here",
        "",
    ];
    assert_eq!(quotes, want);
}

#[test]
fn bad_inputs_fail_but_others_are_parsed() {
    let dir = TempDir::new("bad");
    let good = dir.file("good.txt", ARTICLE.as_bytes());
    let binary = dir.file("image.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let missing = dir.0.join("missing.txt").display().to_string();
    let folder = dir.0.display().to_string();
    // On one thread each file is read where it is reached; on more, workers read them.
    for threads in ["1", "2"] {
        let o = run(&["-j", threads, &missing, &good, &binary, &folder], b"");
        assert_eq!(o.status.code(), Some(2));
        let v = json_lines(&stdout(&o));
        assert_eq!(v.len(), 1, "the good file is still parsed");
        assert_eq!(v[0]["source"], good.as_str());
        let err = stderr(&o);
        assert!(
            err.contains(&format!("newsparse: {missing}: no such file")),
            "{err}"
        );
        assert!(
            err.contains(&format!("newsparse: {binary}: input looks binary")),
            "{err}"
        );
        assert!(
            err.contains(&format!("newsparse: {folder}: is a directory")),
            "{err}"
        );
    }
}

#[test]
fn empty_input_gives_empty_article_and_warning() {
    let o = run(&[], b"  \n\n\t\n");
    assert_eq!(o.status.code(), Some(0));
    let v = json_lines(&stdout(&o));
    assert_eq!(v[0]["title"], Value::Null);
    assert_eq!(v[0]["byline"], Value::Null);
    assert_eq!(v[0]["paragraphs"], Value::Array(vec![]));
    assert!(stderr(&o).contains("newsparse: <stdin>: warning: input is empty"));
}

#[test]
fn invalid_utf8_is_replaced_with_one_warning() {
    let o = run(&[], b"Caf\xe9 opens\n\nBody text here.\n");
    assert_eq!(o.status.code(), Some(0));
    let v = json_lines(&stdout(&o));
    assert_eq!(v[0]["title"], "Caf\u{fffd} opens");
    assert_eq!(stderr(&o).matches("not valid UTF-8").count(), 1);
}

#[test]
fn bom_and_crlf() {
    let o = run(
        &[],
        "\u{feff}Title here\r\n\r\nBody one.\r\n\r\nBody two.\r\n".as_bytes(),
    );
    let v = json_lines(&stdout(&o));
    assert_eq!(v[0]["title"], "Title here");
    assert_eq!(
        v[0]["paragraphs"],
        serde_json::json!(["Body one.", "Body two."])
    );
}

#[test]
fn closed_pipe_is_quiet() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = TempDir::new("pipe");
    let file = dir.file("a.txt", ARTICLE.as_bytes());
    let args: Vec<&str> = std::iter::repeat_n(file.as_str(), 3000).collect();
    let mut child = common::bin()
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    // The reader is dropped here: the pipe closes while newsparse is still writing.
    let o = child.wait_with_output().unwrap();
    assert!(first.starts_with('{'));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"), "{}", stderr(&o));
}

#[test]
fn help_and_version() {
    let o = run(&["--help"], b"");
    let out = stdout(&o);
    assert!(
        out.contains("Examples:") && out.contains("Exit status:"),
        "{out}"
    );
    let o = run(&["--version"], b"");
    assert!(stdout(&o).starts_with("newsparse "));
}
