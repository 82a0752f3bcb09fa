//! Bytes to text, before parsing: UTF-8 with or without a byte-order mark; invalid UTF-8
//! decoded with replacement characters (and a warning); UTF-16 with a byte-order mark decoded
//! to UTF-8 (and a warning: offsets then count bytes of the UTF-8 text); clearly binary input
//! rejected.

use std::borrow::Cow;
use std::fmt;

/// Why an input was not parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// NUL bytes: an image, a PDF, an archive.
    Binary,
    /// More bytes than the limit given (the number).
    TooLarge(u64),
    /// HTML input asked for in a build without the `html` feature.
    HtmlUnsupported,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Binary => write!(f, "input looks binary (it contains NUL bytes), not text"),
            InputError::TooLarge(limit) => write!(
                f,
                "input is larger than {} (raise the limit with --max-bytes)",
                human_size(*limit)
            ),
            InputError::HtmlUnsupported => {
                write!(
                    f,
                    "HTML input needs newsparse built with the `html` feature"
                )
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Something worth telling the user about an input that was still parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Warning {
    InvalidUtf8,
    Utf16,
    Empty,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::InvalidUtf8 => write!(
                f,
                "input is not valid UTF-8; invalid bytes were replaced with U+FFFD"
            ),
            Warning::Utf16 => write!(
                f,
                "input is UTF-16; decoded to UTF-8 (quote offsets count bytes of the UTF-8 text)"
            ),
            Warning::Empty => write!(f, "input is empty"),
        }
    }
}

/// Text ready for [`crate::parse`], with the warnings decoding raised.
#[derive(Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    pub warnings: Vec<Warning>,
}

/// Fails on clearly binary input: NUL bytes near the start.
pub fn reject_binary(bytes: &[u8]) -> Result<(), InputError> {
    match memchr::memchr(0, &bytes[..bytes.len().min(BINARY_PROBE)]) {
        Some(_) => Err(InputError::Binary),
        None => Ok(()),
    }
}

/// How much of the input is checked for NUL bytes.
const BINARY_PROBE: usize = 64 * 1024;

pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, InputError> {
    let mut warnings = Vec::new();
    let (text, lossy) = if let Some(big_endian) = utf16_bom(bytes) {
        warnings.push(Warning::Utf16);
        let (text, lossy) = utf16(&bytes[2..], big_endian);
        (Cow::Owned(text), lossy)
    } else {
        reject_binary(bytes)?;
        // The strict check is the faster one; most input passes it.
        let text = match simdutf8::basic::from_utf8(bytes) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(bytes),
        };
        let lossy = matches!(text, Cow::Owned(_));
        (text, lossy)
    };
    if lossy {
        warnings.push(Warning::InvalidUtf8);
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        warnings.push(Warning::Empty);
    }
    Ok(Decoded { text, warnings })
}

/// `Some(true)` for a big-endian UTF-16 byte-order mark, `Some(false)` for little-endian.
fn utf16_bom(bytes: &[u8]) -> Option<bool> {
    match bytes {
        [0xfe, 0xff, ..] => Some(true),
        [0xff, 0xfe, ..] => Some(false),
        _ => None,
    }
}

/// UTF-16 to UTF-8; lone surrogates and an odd last byte become U+FFFD (and `true`).
fn utf16(bytes: &[u8], big_endian: bool) -> (String, bool) {
    let mut lossy = bytes.len() % 2 == 1;
    let units = bytes.chunks_exact(2).map(|c| match big_endian {
        true => u16::from_be_bytes([c[0], c[1]]),
        false => u16::from_le_bytes([c[0], c[1]]),
    });
    let mut text: String = char::decode_utf16(units)
        .map(|c| {
            c.unwrap_or_else(|_| {
                lossy = true;
                char::REPLACEMENT_CHARACTER
            })
        })
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    (text, lossy)
}

/// `268435456` as `256 MB`: the largest binary unit that divides the number.
pub fn human_size(n: u64) -> String {
    match n {
        0 => "0 bytes".into(),
        n if n % (1 << 30) == 0 => format!("{} GB", n >> 30),
        n if n % (1 << 20) == 0 => format!("{} MB", n >> 20),
        n if n % (1 << 10) == 0 => format!("{} KB", n >> 10),
        n => format!("{n} bytes"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes() {
        let rows: &[(&[u8], Result<(&str, &[Warning]), InputError>)] = &[
            (b"Title\n", Ok(("Title\n", &[]))),
            (b"\xef\xbb\xbfTitle", Ok(("\u{feff}Title", &[]))),
            (b"caf\xe9", Ok(("caf\u{fffd}", &[Warning::InvalidUtf8]))),
            (b"  \n\t", Ok(("  \n\t", &[Warning::Empty]))),
            (b"", Ok(("", &[Warning::Empty]))),
            (b"\x89PNG\r\n\x1a\n\0\0\0", Err(InputError::Binary)),
            (
                b"\xc0\xaf \xed\xa0\x80",
                Ok((
                    "\u{fffd}\u{fffd} \u{fffd}\u{fffd}\u{fffd}",
                    &[Warning::InvalidUtf8],
                )),
            ),
            (b"\xef\xbf\xbd", Ok(("\u{fffd}", &[]))),
            (
                b"\xff\xfeH\0i\0 \0\x1c\x20",
                Ok(("Hi \u{201c}", &[Warning::Utf16])),
            ),
            (
                b"\xfe\xff\0H\0i\xd8\x00",
                Ok(("Hi\u{fffd}", &[Warning::Utf16, Warning::InvalidUtf8])),
            ),
            (
                b"\xff\xfeH\0i",
                Ok(("H\u{fffd}", &[Warning::Utf16, Warning::InvalidUtf8])),
            ),
        ];
        for (input, want) in rows {
            let got = decode(input).map(|d| (d.text.into_owned(), d.warnings));
            let want = want.clone().map(|(t, w)| (t.to_string(), w.to_vec()));
            assert_eq!(got, want, "input {input:?}");
        }
    }

    #[test]
    fn sizes_read_well() {
        let rows = [
            (0, "0 bytes"),
            (1000, "1000 bytes"),
            (65536, "64 KB"),
            (256 << 20, "256 MB"),
            (1 << 30, "1 GB"),
        ];
        for (n, want) in rows {
            assert_eq!(human_size(n), want, "n {n}");
        }
    }
}
