//! Nothing crashes, hangs or is lost: adversarial inputs through the library (no panic, time
//! roughly linear in the input) and through the binary (limits and odd inputs get a clear
//! message and exit 2, the other inputs are still written).
//!
//! Time bounds here are loose on purpose, to catch hangs and quadratic blow-ups only; the real
//! figures come from `cargo bench --bench adversarial`.

mod common;
mod families;

use std::time::{Duration, Instant};

use common::{TempDir, run, stderr, stdout};
use families::FAMILIES;
use serde_json::Value;

fn parse_time(bytes: &[u8]) -> Duration {
    let start = Instant::now();
    if let Ok(d) = newsparse::decode::decode(bytes) {
        let article = newsparse::parse(&d.text);
        for q in &article.quotes {
            assert!(d.text.is_char_boundary(q.start) && d.text.is_char_boundary(q.end));
        }
    }
    start.elapsed()
}

/// Every family at 16 KB and 8× that: no panic, and the larger input takes nowhere near the
/// 64× a quadratic loop would (the bound allows for a slow, busy machine).
#[test]
fn adversarial_inputs_parse_in_linear_time() {
    const SMALL: usize = 16 << 10;
    for family in FAMILIES {
        let small = parse_time(&(family.make)(SMALL));
        let large = parse_time(&(family.make)(8 * SMALL));
        eprintln!("{:<28} {:>9.1?} {:>9.1?}", family.name, small, large);
        assert!(
            large < small * 30 + Duration::from_secs(2),
            "{}: 8× the input took {large:?} against {small:?}",
            family.name
        );
    }
}

/// Regression: in one huge paragraph (hard-wrapped lines of the same width join into one), a
/// quote without an attribution searched all later quotes for one to borrow, and a pronoun
/// ("they said") searched the whole paragraph before it for a name: quadratic time.
#[test]
fn many_unattributed_quotes_in_one_paragraph() {
    let input = "“Yes” and «oui», they said in the same paragraph again.\n".repeat(5_000);
    let took = parse_time(input.as_bytes());
    assert!(took < Duration::from_secs(30), "took {took:?}");
}

/// The binary on the families at 256 KB: JSON out, no crash, within a generous bound.
#[test]
fn adversarial_inputs_through_the_binary() {
    for family in FAMILIES {
        let input = (family.make)(256 << 10);
        let start = Instant::now();
        let o = run(&[], &input);
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "{} hung",
            family.name
        );
        assert!(o.status.success(), "{}: {}", family.name, stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).expect("JSON");
        assert!(v.is_object(), "{}", family.name);
    }
}

#[test]
fn utf16_is_decoded_with_a_warning() {
    let text = "Summit opens\n\n“We will talk,” Jane Doe said.\n";
    let mut bytes = vec![0xfe, 0xff];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let o = run(&[], &bytes);
    assert!(o.status.success());
    assert!(
        stderr(&o).contains("warning: input is UTF-16"),
        "{}",
        stderr(&o)
    );
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["title"], "Summit opens");
    assert_eq!(v["quotes"][0]["speaker"], "Jane Doe");
}

#[test]
fn limits_and_odd_inputs_get_clear_messages_and_the_rest_is_written() {
    let dir = TempDir::new("robust");
    let good = dir.file("good.txt", b"Good title\n\nBody.\n");
    let big = dir.file("big.txt", &vec![b'a'; 5000]);
    let binary = dir.file("binary.bin", b"\x89PNG\r\n\x1a\n\0\0\0");
    let folder = dir.0.display().to_string();
    let missing = dir.0.join("missing.txt").display().to_string();
    let o = run(
        &[
            "--max-bytes",
            "4K",
            &good,
            &big,
            &folder,
            &binary,
            &missing,
            &good,
            "/dev/zero",
        ],
        b"",
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    for want in [
        format!("newsparse: {big}: input is larger than 4 KB (raise the limit with --max-bytes)"),
        format!("newsparse: {folder}: is a directory"),
        format!("newsparse: {binary}: input looks binary"),
        format!("newsparse: {missing}: no such file"),
        "newsparse: /dev/zero: input is larger than 4 KB".to_string(),
    ] {
        assert!(err.contains(&want), "missing {want:?} in\n{err}");
    }
    let titles: Vec<Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["title"].clone())
        .collect();
    assert_eq!(
        titles,
        ["Good title", "Good title"],
        "both good files, complete"
    );
}

#[test]
fn unreadable_files_are_reported() {
    let dir = TempDir::new("unreadable");
    let path = dir.file("secret.txt", b"Title\n");
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    if std::fs::read(&path).is_ok() {
        eprintln!("skipped: running as a user who can read anything");
        return;
    }
    let o = run(&[&path], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains(&format!("newsparse: {path}: permission denied")));
}

/// A FIFO whose writer closes early: what was written is parsed; nothing written is an empty
/// article with a warning. Neither hangs.
#[test]
fn fifos_that_close_early() {
    let dir = TempDir::new("fifo");
    for (content, want_title, want_warning) in [
        (
            &b"Half an article\n\nThe writer stopped"[..],
            Value::from("Half an article"),
            false,
        ),
        (&b""[..], Value::Null, true),
    ] {
        let fifo = dir.0.join("pipe");
        let _ = std::fs::remove_file(&fifo);
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            eprintln!("skipped: mkfifo is not available");
            return;
        }
        let writer_path = fifo.clone();
        let writer = std::thread::spawn(move || std::fs::write(writer_path, content).unwrap());
        let o = run(&[fifo.to_str().unwrap()], b"");
        writer.join().unwrap();
        assert!(o.status.success(), "{}", stderr(&o));
        let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
        assert_eq!(v["title"], want_title);
        assert_eq!(stderr(&o).contains("warning: input is empty"), want_warning);
    }
}

/// Of many files and JSON lines where some fail, every other result is written whole.
#[test]
fn nothing_is_lost_across_a_batch() {
    let dir = TempDir::new("batch");
    let mut args = vec!["-j".to_string(), "3".to_string()];
    let mut want = Vec::new();
    for i in 0..60 {
        if i % 9 == 4 {
            args.push(dir.file(&format!("{i}.bin"), b"\0\0binary"));
        } else {
            let text = format!("Title {i}\n\n“Quote {i},” Jane Doe said.\n");
            args.push(dir.file(&format!("{i}.txt"), text.as_bytes()));
            want.push(format!("Title {i}"));
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&args, b"");
    assert_eq!(o.status.code(), Some(2));
    let got: Vec<String> = stdout(&o)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            assert_eq!(v["quotes"][0]["speaker"], "Jane Doe");
            v["title"].as_str().unwrap().to_string()
        })
        .collect();
    assert_eq!(got, want);
    assert_eq!(stderr(&o).matches("input looks binary").count(), 7);
}

/// A terminal on standard input gets a hint instead of a silent wait (`script` gives the
/// binary a terminal; skipped where it is missing).
#[test]
fn a_terminal_on_stdin_gets_a_hint() {
    let bin = env!("CARGO_BIN_EXE_newsparse");
    let o = std::process::Command::new("script")
        .args(["-qc", bin, "/dev/null"])
        .stdin(std::process::Stdio::null())
        .output();
    let Some(o) = o.ok().filter(|o| o.status.success()) else {
        eprintln!("skipped: script(1) is not available");
        return;
    };
    let all = String::from_utf8_lossy(&o.stdout);
    assert!(
        all.contains("reading an article from the terminal"),
        "{all}"
    );
}

/// Regression (found by fuzzing the HTML target): an `<h1>` with no words made the headline
/// check call `windows(0)`, which panics.
#[cfg(feature = "html")]
#[test]
fn a_headline_without_words_does_not_panic() {
    let page = b"<html><head><title>Summit opens | News</title></head><body><h1>\xc2\xa9 --</h1>\
                 <p>Leaders met on Monday.</p></body></html>";
    let article = newsparse::parse_html(page);
    assert!(article.paragraphs.iter().any(|p| p.contains("Leaders met")));
}

/// Hostile pages: a 10 MB attribute, a `<script>` full of quote marks, thousands of unclosed
/// tags. Each parses without panicking, in time that grows no faster than the page (8× the
/// page, nowhere near the 64× of a quadratic loop), and scripts never reach the article text.
#[cfg(feature = "html")]
#[test]
fn hostile_html_pages() {
    type Page = fn(usize) -> String;
    let pages: &[(&str, Page)] = &[
        ("huge attribute", |n| {
            format!(
                "<html><body><div data-x=\"{}\"><p>Leaders met on Monday.</p></div></body></html>",
                "a".repeat(n)
            )
        }),
        ("script of quote marks", |n| {
            format!(
                "<html><body><script>var s = \"{}\";</script><p>Leaders met on Monday.</p></body></html>",
                "“\"”'".repeat(n / 10)
            )
        }),
        ("unclosed tags", |n| {
            format!(
                "<html><body>{}<p>Leaders met on Monday.</p>",
                "<div><span><b><i>".repeat(n / 17)
            )
        }),
    ];
    for (name, make) in pages {
        let time = |n: usize| {
            let page = make(n);
            let start = Instant::now();
            let article = newsparse::parse_html(page.as_bytes());
            assert!(
                !article.paragraphs.iter().any(|p| p.contains("var s")),
                "{name}: script text leaked"
            );
            start.elapsed()
        };
        let small = time(1 << 20);
        let large = time(8 << 20);
        eprintln!("{name:<24} {small:>9.1?} {large:>9.1?}");
        assert!(
            large < small * 30 + Duration::from_secs(5),
            "{name}: 8× the page took {large:?} against {small:?}"
        );
    }
}
