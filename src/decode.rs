//! Bytes to text, before parsing: UTF-8 with or without a byte-order mark; invalid UTF-8
//! decoded with replacement characters (and a warning); clearly binary input rejected.

use std::borrow::Cow;
use std::fmt;

/// Why an input was not parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// NUL bytes: an image, a PDF, an archive.
    Binary,
    /// HTML input asked for in a build without the `html` feature.
    HtmlUnsupported,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Binary => write!(f, "input looks binary (it contains NUL bytes), not text"),
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
    Empty,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::InvalidUtf8 => write!(
                f,
                "input is not valid UTF-8; invalid bytes were replaced with U+FFFD"
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
    reject_binary(bytes)?;
    let mut warnings = Vec::new();
    let text = String::from_utf8_lossy(bytes);
    if matches!(text, Cow::Owned(_)) {
        warnings.push(Warning::InvalidUtf8);
    }
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        warnings.push(Warning::Empty);
    }
    Ok(Decoded { text, warnings })
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
        ];
        for (input, want) in rows {
            let got = decode(input).map(|d| (d.text.into_owned(), d.warnings));
            let want = want.clone().map(|(t, w)| (t.to_string(), w.to_vec()));
            assert_eq!(got, want, "input {input:?}");
        }
    }
}
