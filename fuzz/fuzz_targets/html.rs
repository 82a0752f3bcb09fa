//! Any bytes as a saved web page: no panic (and no stack overflow on deep nesting), quote
//! offsets in order, paragraph indices in range, JSON that serializes.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let article = newsparse::parse_html(data);
    for q in &article.quotes {
        assert!(q.start <= q.end);
        assert!(q.paragraph < article.paragraphs.len());
    }
    serde_json::to_string(&article).expect("article serializes");
});
