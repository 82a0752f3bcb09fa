//! Any bytes as one JSON Lines record: no panic, and the output record (or error record) is
//! always one line of valid JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsparse::jsonl::{self, Options, Record};

fuzz_target!(|data: &[u8]| {
    let opts = Options::default();
    let mut out = Vec::new();
    match Record::parse(data) {
        Ok(record) => match record.article(&opts) {
            Ok((field, text)) => {
                let article = newsparse::parse(&text);
                jsonl::write_article(&mut out, &record, &opts, field, "f:1", &article).unwrap();
            }
            Err(e) => jsonl::write_error(&mut out, Some(&record), &opts, "f:1", &e).unwrap(),
        },
        Err(e) => jsonl::write_error(&mut out, None, &opts, "f:1", &e).unwrap(),
    }
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
    let value: serde_json::Value = serde_json::from_slice(&out).expect("output is JSON");
    assert!(value.is_object());
});
