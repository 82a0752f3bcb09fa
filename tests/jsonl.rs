//! `--jsonl`: one record out per JSON line in, in order, bad lines reported in place.

mod common;

use common::{TempDir, run, stderr, stdout};
use serde_json::{Value, json};

fn records(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

/// A JSON line holding a short article numbered `i`.
fn line(i: usize) -> String {
    let text = format!("Story number {i}\n\nBy Jane Doe\n\n“We counted to {i},” Jane Doe said.\n");
    json!({"id": i, "url": format!("https://example.org/{i}"), "text": text}).to_string()
}

#[test]
fn one_record_per_line_with_fields_kept() {
    let input = format!("{}\n{}\n", line(1), line(2));
    let o = run(&["--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v = records(&stdout(&o));
    assert_eq!(v.len(), 2);
    assert_eq!(v[0]["id"], 1);
    assert_eq!(v[0]["url"], "https://example.org/1");
    assert_eq!(v[0]["source"], "<stdin>:1");
    assert_eq!(v[0]["title"], "Story number 1");
    assert_eq!(v[1]["quotes"][0]["speaker"], "Jane Doe");
    assert!(
        v[0].get("text").is_none(),
        "the article's own field is not copied"
    );
}

#[test]
fn keep_and_field_choose_the_fields() {
    let input = json!({"id": 1, "url": "u", "body": "Title here\n\nBody.", "text": "other"});
    let o = run(
        &["--jsonl", "--field", "body", "--keep", "url,text"],
        format!("{input}\n").as_bytes(),
    );
    let v = records(&stdout(&o));
    assert_eq!(v[0]["title"], "Title here");
    assert_eq!(v[0]["url"], "u");
    assert_eq!(v[0]["text"], "other");
    assert!(v[0].get("id").is_none());
    // `--keep` takes one value: a file after it stays a file.
    let dir = TempDir::new("keep");
    let path = dir.file("in.jsonl", format!("{input}\n").as_bytes());
    let o = run(&["--jsonl", "--keep", "id", &path], b"");
    assert_eq!(records(&stdout(&o))[0]["source"], format!("{path}:1"));
    let o = run(&["--jsonl", "--keep="], format!("{input}\n").as_bytes());
    assert_eq!(
        records(&stdout(&o))[0]["id"],
        Value::Null,
        "--keep= keeps nothing"
    );
}

#[test]
fn bad_lines_give_error_records_in_place_and_exit_2() {
    let input = format!(
        "{}\nnot json\n\n{}\n{{\"id\": 9}}\n{{\"text\": 5}}\n{}\n",
        line(1),
        line(2),
        line(3)
    );
    let o = run(&["--jsonl"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let v = records(&stdout(&o));
    let sources: Vec<&str> = v.iter().map(|r| r["source"].as_str().unwrap()).collect();
    assert_eq!(
        sources,
        [
            "<stdin>:1",
            "<stdin>:2",
            "<stdin>:4",
            "<stdin>:5",
            "<stdin>:6",
            "<stdin>:7"
        ]
    );
    assert_eq!(v[0]["title"], "Story number 1");
    assert!(v[1]["error"].as_str().unwrap().starts_with("invalid JSON"));
    assert_eq!(v[2]["title"], "Story number 2");
    assert_eq!(
        v[3]["id"], 9,
        "the kept fields of a bad record are still copied"
    );
    assert_eq!(
        v[3]["error"],
        "no \"text\" or \"html\" field in this record"
    );
    assert_eq!(v[4]["error"], "field \"text\" is not a string");
    assert_eq!(v[5]["title"], "Story number 3");
    let err = stderr(&o);
    assert!(err.contains("newsparse: <stdin>:2: invalid JSON"), "{err}");
    assert!(err.contains("newsparse: <stdin>:5: no \"text\""), "{err}");
}

#[test]
fn order_is_kept_on_four_threads() {
    // Articles of very different sizes finish out of order on the workers.
    let mut input = String::new();
    for i in 0..400 {
        let mut l: Value = serde_json::from_str(&line(i)).unwrap();
        if i % 7 == 0 {
            let long = "A long paragraph of words that goes on. ".repeat(200);
            l["text"] = format!("Story number {i}\n\n{long}").into();
        }
        input.push_str(&l.to_string());
        input.push('\n');
    }
    for threads in ["1", "4"] {
        let o = run(&["--jsonl", "-j", threads], input.as_bytes());
        assert!(o.status.success(), "{}", stderr(&o));
        let v = records(&stdout(&o));
        let ids: Vec<u64> = v.iter().map(|r| r["id"].as_u64().unwrap()).collect();
        assert_eq!(ids, (0..400).collect::<Vec<u64>>(), "-j {threads}");
        assert!(
            v.iter()
                .all(|r| r["title"].as_str().unwrap().starts_with("Story number"))
        );
    }
}

#[test]
fn files_are_read_in_turn_and_a_missing_one_is_reported() {
    let dir = TempDir::new("jsonl-files");
    let a = dir.file("a.jsonl", format!("{}\n{}", line(1), line(2)).as_bytes());
    let b = dir.file("b.jsonl", format!("{}\r\n", line(3)).as_bytes());
    let missing = dir.0.join("missing.jsonl").display().to_string();
    let o = run(&["--jsonl", "-j", "2", &a, &missing, &b], b"");
    assert_eq!(o.status.code(), Some(2));
    let v = records(&stdout(&o));
    let sources: Vec<String> = v
        .iter()
        .map(|r| r["source"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        sources,
        [format!("{a}:1"), format!("{a}:2"), format!("{b}:1")]
    );
    assert!(stderr(&o).contains(&format!("newsparse: {missing}: no such file")));
}

#[test]
fn a_line_over_the_limit_is_an_error_record() {
    let long = json!({"id": 2, "text": "word ".repeat(100)});
    let input = format!("{}\n{long}\n{}\n", line(1), line(3));
    let o = run(&["--jsonl", "--max-bytes", "300"], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let v = records(&stdout(&o));
    assert_eq!(v.len(), 3);
    assert_eq!(v[1]["source"], "<stdin>:2");
    assert_eq!(
        v[1]["error"],
        "input is larger than 300 bytes (raise the limit with --max-bytes)"
    );
    assert_eq!(v[2]["id"], 3);
}

#[cfg(feature = "html")]
#[test]
fn an_html_field_is_parsed_as_a_page() {
    let page = "<html><head><title>Page title</title></head><body><article><h1>Page title</h1>\
                <p>“We will talk,” Jane Doe said.</p></article></body></html>";
    let input = json!({"id": 5, "html": page});
    let o = run(&["--jsonl"], format!("{input}\n").as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v = records(&stdout(&o));
    assert_eq!(v[0]["id"], 5);
    assert_eq!(v[0]["title"], "Page title");
    assert!(
        v[0]["paragraphs"][0]
            .as_str()
            .unwrap()
            .contains("We will talk")
    );
}

#[test]
fn files_from_lists_json_lines_files() {
    let dir = TempDir::new("jsonl-list");
    let a = dir.file("a.jsonl", format!("{}\n{}\n", line(1), line(2)).as_bytes());
    let b = dir.file("b.jsonl", format!("{}\n", line(3)).as_bytes());
    let o = run(
        &["--jsonl", "--keep", "id", "--files-from", "-"],
        format!("{a}\n{b}\n").as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let v = records(&stdout(&o));
    let ids: Vec<&Value> = v.iter().map(|r| &r["id"]).collect();
    assert_eq!(ids, [1, 2, 3]);
    assert_eq!(v[2]["source"], format!("{b}:1"));
}
