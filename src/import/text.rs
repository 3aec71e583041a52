//! Plain text and Markdown files: their encoding found and decoded. A byte
//! order mark says UTF-8, UTF-16LE or UTF-16BE; without one, UTF-16 is
//! recognised by its zero bytes, then strict UTF-8 is tried, and anything else
//! is read as Windows-1252 (what Notepad and Word on Indonesian Windows save as
//! "ANSI"). Binary data is refused.

use super::detect::looks_binary;
use super::error::ImportError;
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decodes a text file's bytes.
pub(super) fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_length..]);
        // A few bad sequences are a damaged text; many mean it is not text at all.
        if had_errors && replacement_share(&text) > 0.01 {
            return Err(ImportError::Unsupported);
        }
        return refuse_binary_text(text.into_owned());
    }
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        return refuse_binary_text(text.into_owned());
    }
    if looks_binary(bytes) {
        return Err(ImportError::Unsupported);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => Ok(WINDOWS_1252
            .decode_without_bom_handling(bytes)
            .0
            .into_owned()),
    }
}

/// UTF-16 without a byte order mark: mostly Latin text, so at least a third of
/// the code units have a zero high byte, zero bytes only ever sit in the high
/// half, and the whole decodes without an error.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len() / 2;
    let zeros_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let encoding = if even == 0 && odd * 3 >= units {
        UTF_16LE
    } else if odd == 0 && even * 3 >= units {
        UTF_16BE
    } else {
        return None;
    };
    let (_, had_errors) = encoding.decode_without_bom_handling(bytes);
    (!had_errors).then_some(encoding)
}

/// The share of U+FFFD in `text`.
fn replacement_share(text: &str) -> f64 {
    let total = text.chars().count().max(1);
    let bad = text.chars().filter(|&c| c == '\u{fffd}').count();
    bad as f64 / total as f64
}

/// Decoded text that is mostly control characters was binary after all.
fn refuse_binary_text(text: String) -> Result<String, ImportError> {
    let sample: Vec<char> = text.chars().take(64 * 1024).collect();
    let controls = sample
        .iter()
        .filter(|&&c| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0c}' | '\u{1b}'))
        .count();
    if controls * 50 > sample.len() {
        Err(ImportError::Unsupported)
    } else {
        Ok(text)
    }
}
