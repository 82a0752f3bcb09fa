//! Any bytes as one JSON Lines record: no panic, the output record (or error record) is always
//! one line, and valid JSON whenever the input line was.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsparse::jsonl::{self, Options};
use newsparse::output::Format;

fuzz_target!(|data: &[u8]| {
    let mut out = Vec::new();
    jsonl::process(&mut out, data, &Options::default(), "f:1", Format::default()).unwrap();
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
    // Kept fields are copied as written, so the output is as readable as the input: a number
    // like 1.5e321 is JSON, but serde_json will not read it into a `Value`.
    if serde_json::from_slice::<serde_json::Value>(data).is_ok() {
        let value: serde_json::Value = serde_json::from_slice(&out).expect("output is JSON");
        assert!(value.is_object());
    }
});
