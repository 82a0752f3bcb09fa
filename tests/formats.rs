//! The output formats end to end: a snapshot of each on the seed article, CSV/TSV escaping,
//! `--get` and its exit status, colour, completions and the man page, and the JSON output
//! against `docs/schema.json`.
//!
//! Snapshots live in `tests/snapshots/`; after an intended change, review and accept them with
//! `INSTA_UPDATE=always cargo test --test formats` (or `cargo insta review`).

mod common;

use std::path::Path;
use std::process::Output;

use common::{TempDir, run, stderr, stdout};
use newsparse::output::{self, Format};
use newsparse::{Article, Quote};
use serde_json::Value;

const SEED: &str = "examples/kim-putin-summit.txt";

/// Runs the binary from the package root, so that sources print as the relative `SEED`.
fn run_in_root(args: &[&str]) -> Output {
    let o = common::bin()
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run newsparse");
    assert!(
        matches!(o.status.code(), Some(0 | 1)),
        "{args:?}: {}",
        stderr(&o)
    );
    o
}

#[test]
fn seed_snapshots() {
    let cases: &[(&str, &[&str])] = &[
        ("seed_json", &["--pretty"]),
        ("seed_jsonld", &["-f", "jsonld", "--pretty"]),
        ("seed_text", &["-f", "text"]),
        ("seed_text_color", &["-f", "text", "--color", "always"]),
        ("seed_markdown", &["-f", "markdown"]),
        ("seed_csv", &["-f", "csv"]),
        ("seed_tsv", &["-f", "tsv"]),
    ];
    for (name, args) in cases {
        let args: Vec<&str> = args.iter().copied().chain([SEED]).collect();
        insta::assert_snapshot!(*name, stdout(&run_in_root(&args)));
    }
}

#[test]
fn seed_get_every_field() {
    let mut report = String::new();
    for (_, name, _) in output::Field::ALL {
        let o = run_in_root(&["--get", name, SEED]);
        let code = o.status.code().unwrap();
        report.push_str(&format!("--get {name} (exit {code}):\n{}\n", stdout(&o)));
    }
    insta::assert_snapshot!("seed_get", report);
}

/// An article built by hand, with the characters that need escaping in a quote.
fn awkward_article() -> Article<'static> {
    let quote = |text: &str, speaker: Option<&str>| Quote {
        text: text.to_string(),
        speaker: speaker.map(str::to_string),
        mention: speaker.map(|_| "she".to_string()),
        verb: Some("said".to_string()),
        ..Quote::default()
    };
    Article {
        title: Some("Awkward quotes".into()),
        paragraphs: vec!["One.".into()],
        quotes: vec![
            quote("Yes, and no", Some("Ann Lee")),
            quote("He said \"never\", twice", Some("Ann Lee")),
            quote("one line\nanother\r\nand a\ttab \\ too", None),
        ],
        ..Article::default()
    }
}

fn render(format: Format, article: &Article, source: &str) -> String {
    let mut buf = Vec::new();
    output::begin(&mut buf, format).unwrap();
    output::write(&mut buf, article, source, format).unwrap();
    String::from_utf8(buf).unwrap()
}

#[test]
fn csv_and_tsv_escape_commas_quote_marks_and_line_breaks() {
    let a = awkward_article();
    let csv = render(Format::Csv, &a, "odd, \"name\".txt");
    insta::assert_snapshot!("escaping_csv", csv);
    insta::assert_snapshot!("escaping_tsv", render(Format::Tsv, &a, "odd.txt"));
    // Read back, the CSV gives the fields exactly.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let texts: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[5].to_string())
        .collect();
    let want: Vec<&str> = a.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, want);
    assert_eq!(reader.headers().unwrap()[0].to_string(), "source");
}

#[test]
fn csv_from_the_command_line_quotes_what_it_must() {
    let article = "Talks end\n\n“We came, we saw, and we said \"enough\",” Ann Lee said.\n";
    let o = run(&["-f", "csv"], article.as_bytes());
    insta::assert_snapshot!("escaping_csv_cli", stdout(&o));
}

#[test]
fn several_inputs_give_one_header() {
    let dir = TempDir::new("formats-header");
    let a = dir.file("a.txt", "One\n\n“Yes,” Ann Lee said.\n".as_bytes());
    let b = dir.file("b.txt", "Two\n\n“No,” Bo Park said.\n".as_bytes());
    for (format, header) in [("csv", "source,paragraph"), ("tsv", "source\tparagraph")] {
        let out = stdout(&run(&["-f", format, &a, &b], b""));
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "{out}");
        assert!(lines[0].starts_with(header), "{out}");
        assert!(
            lines[1].starts_with(&a) && lines[2].starts_with(&b),
            "{out}"
        );
    }
}

#[test]
fn get_prints_the_field_or_nothing_and_exit_1() {
    let article = "Talks end\n\n“Yes,” Ann Lee said.\n";
    let cases: &[(&str, &str, i32)] = &[
        ("title", "Talks end\n", 0),
        ("quotes", "Yes\n", 0),
        ("speakers", "Ann Lee\n", 0),
        ("authors", "", 1),
        ("date", "", 1),
    ];
    for (field, want, code) in cases {
        let o = run(&["--get", field], article.as_bytes());
        assert_eq!(stdout(&o), *want, "{field}");
        assert_eq!(o.status.code(), Some(*code), "{field}");
    }
    // A failed input outranks a missing field.
    let o = run(
        &["--get", "date", "-", "/nonexistent/newsparse.txt"],
        b"Title\n",
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    // --get is instead of a format.
    let o = run(&["--get", "title", "-f", "csv"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot be used with"), "{}", stderr(&o));
}

#[test]
fn colour_only_when_asked_and_never_in_json() {
    const ESC: char = '\x1b';
    let article = "Talks end\n\n“Yes,” Ann Lee said.\n\nAdvertisement\n";
    let coloured = |args: &[&str], no_color: Option<&str>| {
        let mut cmd = common::bin();
        cmd.args(args)
            .arg(SEED)
            .current_dir(env!("CARGO_MANIFEST_DIR"));
        match no_color {
            Some(v) => cmd.env("NO_COLOR", v),
            None => cmd.env_remove("NO_COLOR"),
        };
        String::from_utf8(cmd.output().unwrap().stdout)
            .unwrap()
            .contains(ESC)
    };
    let cases: &[(&[&str], Option<&str>, bool)] = &[
        (&["-f", "text"], None, false), // a pipe is not a terminal
        (&["-f", "text", "--color", "always"], None, true),
        (&["-f", "text", "--color", "always"], Some("1"), true),
        (&["-f", "text", "--color", "never"], None, false),
        (&["--color", "always"], None, false),
        (&["-f", "jsonld", "--color", "always"], None, false),
    ];
    for (args, no_color, want) in cases {
        assert_eq!(
            coloured(args, *no_color),
            *want,
            "{args:?} NO_COLOR={no_color:?}"
        );
    }
    let out = stdout(&run(
        &["-f", "text", "--color", "always"],
        article.as_bytes(),
    ));
    assert!(
        out.contains("\x1b[1mTalks end\x1b[0m"),
        "title bold: {out:?}"
    );
    assert!(out.contains("Ann Lee\x1b[0m"), "speaker styled: {out:?}");
    assert!(
        out.contains("\x1b[2mAdvertisement\x1b[0m"),
        "boilerplate dim: {out:?}"
    );
}

#[test]
fn completions_and_man_page_generate() {
    let cases = [
        ("bash", "--format"),
        ("zsh", "--format"),
        ("fish", "-l format"),
        ("man", ".TH newsparse 1"),
    ];
    for (what, expect) in cases {
        let o = run(&["--generate", what], b"");
        assert_eq!(o.status.code(), Some(0), "{what}: {}", stderr(&o));
        let out = stdout(&o);
        assert!(out.contains(expect), "{what}: {out}");
        assert!(out.contains("jsonld") && out.contains("speakers"), "{what}");
    }
    let man = stdout(&run(&["--generate", "man"], b""));
    assert!(man.contains(".SH EXIT STATUS") && man.contains(".SH EXAMPLES"));
}

// ---- docs/schema.json ----

/// Short articles written for the tests, one per shape of output.
const FIXTURES: &[&str] = &[
    "",
    "Just a title\n",
    "Summit opens in the east\n\nBy Jane Doe, Staff Writer\n\n\
     MOSCOW (Reuters) - Leaders met on Monday for talks.\n\n“We will talk,” Jane Doe said.\n",
    "Budget passes\nA late vote; the deck\n\nBy Ann Lee and Bo Park, Associated Press\n\
     March 3, 2024 10:15 AM\n\nLawmakers voted late.\n\n“It is done,” a spokesman said.\n\n\
     Advertisement\n\nShare this article\n",
    "Storm hits coast\n\nPhoto: A flooded street. (Reuters)\n\n\"Stay home,\" the mayor said. \
     \"Really.\"\n\nAn aide called it \"a long night\".\n",
];

#[test]
fn json_output_matches_the_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("docs/schema.json")).unwrap())
            .unwrap();
    let mut inputs: Vec<(String, String)> = FIXTURES
        .iter()
        .enumerate()
        .map(|(i, t)| (format!("fixture {i}"), t.to_string()))
        .collect();
    inputs.push((
        SEED.into(),
        std::fs::read_to_string(root.join(SEED)).unwrap(),
    ));
    // The shared corpora, when beside the checkout: many more shapes of article.
    if let Some(shared) = common::shared() {
        for dir in ["polnear/dev/text", "pages/dev/text"] {
            for entry in std::fs::read_dir(shared.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                let bytes = std::fs::read(&path).unwrap();
                let text = String::from_utf8_lossy(&bytes).into_owned();
                inputs.push((path.display().to_string(), text));
            }
        }
    }
    for (source, text) in &inputs {
        let json = render(
            Format::Json { pretty: false },
            &newsparse::parse(text),
            source,
        );
        let value: Value = serde_json::from_str(&json).unwrap();
        let errors = schema::validate(&schema, &value);
        assert!(errors.is_empty(), "{source}: {errors:#?}");
    }
}

#[test]
fn schema_validator_rejects_what_it_should() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/schema.json"))
            .unwrap(),
    )
    .unwrap();
    let good = serde_json::from_str::<Value>(&render(
        Format::Json { pretty: false },
        &newsparse::parse(FIXTURES[2]),
        "x",
    ))
    .unwrap();
    let broken: &[(&str, Value, &str)] = &[
        ("/title", serde_json::json!(3), "type"),
        ("/date", serde_json::json!("March 3"), "pattern"),
        ("/extra", serde_json::json!(true), "not allowed"),
        ("/quotes/0/paragraph", serde_json::json!(-1), "minimum"),
        ("/byline/authors/0", serde_json::json!(null), "type"),
        ("/dateline", serde_json::json!({"raw": "X -"}), "anyOf"),
    ];
    for (pointer, value, why) in broken {
        let mut v = good.clone();
        match v.pointer_mut(pointer) {
            Some(slot) => *slot = value.clone(),
            None => {
                v.as_object_mut()
                    .unwrap()
                    .insert(pointer[1..].to_string(), value.clone());
            }
        }
        let errors = schema::validate(&schema, &v);
        assert!(
            errors.iter().any(|e| e.contains(why)),
            "{pointer}: {errors:?}"
        );
    }
    let mut v = good.clone();
    v.as_object_mut().unwrap().remove("quotes");
    assert!(!schema::validate(&schema, &v).is_empty(), "required");
}

/// A validator for the subset of JSON Schema that `docs/schema.json` uses — `type`,
/// `properties`, `required`, `additionalProperties: false`, `items`, `anyOf`, `$ref` into
/// `$defs`, `minimum`, `pattern` — in a few dozen lines, where the `jsonschema` crate would
/// add dozens of dependencies to the build. A keyword outside the subset fails the test, so
/// the schema cannot silently outgrow the validator.
mod schema {
    use serde_json::Value;

    const KNOWN: &[&str] = &[
        "$schema",
        "$defs",
        "title",
        "description",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "anyOf",
        "$ref",
        "minimum",
        "pattern",
    ];

    pub fn validate(schema: &Value, value: &Value) -> Vec<String> {
        let mut errors = Vec::new();
        check(schema, schema, value, "", &mut errors);
        errors
    }

    fn check(root: &Value, s: &Value, v: &Value, at: &str, errors: &mut Vec<String>) {
        let s = s.as_object().expect("a schema is an object");
        for key in s.keys() {
            assert!(KNOWN.contains(&key.as_str()), "unsupported keyword {key}");
        }
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let target = root
                .pointer(r.trim_start_matches('#'))
                .unwrap_or_else(|| panic!("dangling $ref {r}"));
            check(root, target, v, at, errors);
        }
        if let Some(ty) = s.get("type") {
            let types: Vec<&str> = match ty {
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                t => vec![t.as_str().expect("type is a string")],
            };
            if !types.iter().any(|t| has_type(v, t)) {
                errors.push(format!("{at}: type {v} is not {types:?}"));
                return;
            }
        }
        if let Some(options) = s.get("anyOf").and_then(Value::as_array) {
            let mut why = Vec::new();
            let fits = |o: &Value| {
                let before = why.len();
                check(root, o, v, at, &mut why);
                why.len() == before
            };
            if !options.iter().any(fits) {
                errors.push(format!("{at}: fits no option of anyOf: {why:?}"));
            }
        }
        if let (Some(min), Some(n)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64())
            && n < min
        {
            errors.push(format!("{at}: {n} is below the minimum {min}"));
        }
        if let (Some(p), Some(text)) = (s.get("pattern").and_then(Value::as_str), v.as_str())
            && !regex::Regex::new(p).unwrap().is_match(text)
        {
            errors.push(format!("{at}: {text:?} does not match the pattern {p}"));
        }
        if let (Some(items), Some(array)) = (s.get("items"), v.as_array()) {
            for (i, item) in array.iter().enumerate() {
                check(root, items, item, &format!("{at}/{i}"), errors);
            }
        }
        if let Some(object) = v.as_object() {
            let props = s.get("properties").and_then(Value::as_object);
            for name in s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let name = name.as_str().unwrap();
                if !object.contains_key(name) {
                    errors.push(format!("{at}: required {name} is missing"));
                }
            }
            for (name, value) in object {
                match props.and_then(|p| p.get(name)) {
                    Some(sub) => check(root, sub, value, &format!("{at}/{name}"), errors),
                    None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                        errors.push(format!("{at}/{name}: not allowed by the schema"))
                    }
                    None => {}
                }
            }
        }
    }

    fn has_type(v: &Value, ty: &str) -> bool {
        match ty {
            "null" => v.is_null(),
            "string" => v.is_string(),
            "integer" => v.is_i64() || v.is_u64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "array" => v.is_array(),
            "object" => v.is_object(),
            _ => panic!("unknown type {ty}"),
        }
    }
}
