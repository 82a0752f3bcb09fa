//! Bytes of a saved page to text: a byte-order mark wins, then a charset declared in a
//! `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` near the top
//! (the WHATWG prescan, simplified), then UTF-8 when the bytes are valid UTF-8, else
//! windows-1252, the web's legacy default. Labels map to encodings as browsers map them
//! (`iso-8859-1` is windows-1252, `gb2312` is GBK), by `encoding_rs`.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a charset declaration is looked for. The standard says 1024 bytes;
/// saved pages often carry a long comment or inline script first.
const PRESCAN: usize = 4096;

/// The text, and whether bytes invalid in its encoding were replaced.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, bad) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text, bad);
    }
    let encoding = declared(&bytes[..bytes.len().min(PRESCAN)])
        // A page declared as UTF-16 but without a BOM was re-saved as ASCII-compatible bytes.
        .map(|e| e.output_encoding())
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    let (text, bad) = encoding.decode_without_bom_handling(bytes);
    (text, bad)
}

/// The encoding named by the first `<meta>` that declares one.
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let mut rest = head;
    while let Some(i) = find_ci(rest, b"<meta") {
        let after = &rest[i + 5..];
        let end = memchr::memchr(b'>', after).unwrap_or(after.len());
        if let Some(e) = charset_in(&after[..end]).and_then(Encoding::for_label) {
            return Some(e);
        }
        rest = &after[end..];
    }
    None
}

/// The value after `charset=` in a meta tag's attributes (`charset="x"` or
/// `content="text/html; charset=x"`).
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let i = find_ci(tag, b"charset")?;
    let rest = tag[i + 7..].trim_ascii_start();
    let rest = rest.strip_prefix(b"=")?.trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'/' | b'>') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

/// Position of `needle` (lower-case ASCII) in `hay`, ignoring ASCII case.
pub fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_charsets() {
        let rows: &[(&[u8], &str)] = &[
            (b"<p>caf\xc3\xa9</p>", "<p>café</p>"),
            (b"<p>caf\xe9</p>", "<p>café</p>"),
            (b"\xef\xbb\xbf<p>caf\xc3\xa9", "<p>café"),
            (b"\xff\xfe<\0p\0>\0", "<p>"),
            (b"<meta charset=\"windows-1252\"><p>\x93Hi\x94</p>", "<meta charset=\"windows-1252\"><p>“Hi”</p>"),
            (b"<META CHARSET=iso-8859-1>\xe9", "<META CHARSET=iso-8859-1>é"),
            (
                b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">\x93\xfa\x96\x7b",
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">日本",
            ),
            (b"<meta charset='gb18030'>\xd6\xd0", "<meta charset='gb18030'>中"),
            (b"<meta charset=\"bogus\"><p>\xc3\xa9", "<meta charset=\"bogus\"><p>é"),
            (b"<meta name=x><meta charset=utf-8>\xc3\xa9", "<meta name=x><meta charset=utf-8>é"),
        ];
        for (input, want) in rows {
            assert_eq!(decode(input).0, *want, "input {input:?}");
        }
    }
}
