//! Any bytes through decoding and `parse`: no panic, quote offsets on character boundaries
//! inside the input, paragraph indices in range, and JSON that serializes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = newsparse::decode::decode(data) else {
        return;
    };
    let text = &decoded.text;
    let article = newsparse::parse(text);
    for q in &article.quotes {
        assert!(q.start <= q.end && q.end <= text.len());
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
        assert!(q.paragraph < article.paragraphs.len());
    }
    serde_json::to_string(&article).expect("article serializes");
});
