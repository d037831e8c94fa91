//! Wire formats in: X API v2 filtered-stream messages and earshot's own
//! mention JSON (the webhook format). Both become a [`Mention`].

pub mod own;
pub mod x;

use crate::Mention;

/// Why a line could not become a mention. `id` is set when the line was
/// readable far enough to tell which post it was.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{message}")]
pub struct WireError {
    pub id: Option<String>,
    pub message: String,
}

impl WireError {
    pub fn new(id: Option<String>, message: impl Into<String>) -> Self {
        WireError {
            id,
            message: message.into(),
        }
    }
}

/// Largest post text accepted. Real networks cap far below this; anything
/// larger is an error for that line alone.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Parse one JSON line of either format. X v2 stream messages have a `data`
/// object; earshot's own format has `network` at the top level.
/// `keep_raw` stores the line itself in [`Mention::raw`].
pub fn parse_line(line: &str, keep_raw: bool) -> Result<Mention, WireError> {
    // Fast path: an X stream message decoded straight into its types. Any
    // failure falls through to the value-based path, which names the
    // problem precisely.
    if line.contains("\"data\"") {
        if let Ok(msg) = serde_json::from_str::<x::StreamMessage>(line) {
            let mut mention = x::mention_from_message(msg)?;
            if keep_raw {
                mention.raw = Some(line.to_string());
            }
            return Ok(mention);
        }
    }
    let value: serde_json::Value = serde_json::from_str(line)
        .map_err(|e| WireError::new(None, format!("not valid JSON: {e}")))?;
    let mut mention = parse_value(value)?;
    if keep_raw {
        mention.raw = Some(line.to_string());
    }
    Ok(mention)
}

/// Parse an already decoded JSON document of either format.
pub fn parse_value(value: serde_json::Value) -> Result<Mention, WireError> {
    let serde_json::Value::Object(map) = &value else {
        return Err(WireError::new(None, "expected a JSON object"));
    };
    if map.contains_key("data") {
        x::parse_stream_message(value)
    } else {
        own::parse_own(value)
    }
}

/// Checks shared by every format: a text that is present, not absurdly
/// large, and free of control characters other than whitespace.
pub(crate) fn check_text(id: &str, text: &str) -> Result<(), WireError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(WireError::new(
            Some(id.to_string()),
            format!(
                "field 'text' is {} bytes, more than the {} allowed",
                text.len(),
                MAX_TEXT_BYTES
            ),
        ));
    }
    if let Some(c) = control_char(text) {
        return Err(WireError::new(
            Some(id.to_string()),
            format!("field 'text' contains control character U+{:04X}", c as u32),
        ));
    }
    Ok(())
}

/// Whether any byte of `b` satisfies `f`, checked 16 bytes at a time
/// without branches (the compiler vectorises the fold): a fast first pass
/// for scans where most inputs have no such byte.
#[inline]
pub fn any_byte(b: &[u8], f: impl Fn(u8) -> bool) -> bool {
    b.chunks(16)
        .any(|ch| ch.iter().fold(false, |found, &c| found | f(c)))
}

/// The first control character of `text` other than `\n`, `\r` and `\t`
/// (`char::is_control`: U+0000–U+001F and U+007F–U+009F), found on the
/// bytes: the C0 controls and DEL are single bytes and U+0080–U+009F are
/// `C2 80`–`C2 9F`, so no character needs decoding.
pub fn control_char(text: &str) -> Option<char> {
    let b = text.as_bytes();
    // Most texts have no byte that could start one.
    if !any_byte(b, |c| c < 0x20 || c == 0x7f || c == 0xc2) {
        return None;
    }
    let at = b.iter().enumerate().position(|(i, &c)| {
        (c < 0x20 && !matches!(c, b'\n' | b'\r' | b'\t'))
            || c == 0x7f
            || (c == 0xc2 && b.get(i + 1).is_some_and(|&d| (0x80..=0x9f).contains(&d)))
    })?;
    let c = if b[at] == 0xc2 { b[at + 1] } else { b[at] };
    Some(char::from(c))
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_chars_found_on_bytes_as_on_chars() {
        let texts = [
            "plain text",
            "tab\tnew\nline\r",
            "nul\u{0}",
            "del\u{7f}x",
            "c1 \u{85} next",
            "é à ü ¢ £ ¿ \u{a0}",
            "emoji 🙄 \u{9f}",
            "\u{1f}",
            "ends with \u{c2}\u{a9}",
        ];
        for t in texts {
            let want = t
                .chars()
                .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'));
            assert_eq!(super::control_char(t), want, "{t:?}");
        }
        // Every character of the first two planes.
        for u in 0..0x2_0000u32 {
            let Some(c) = char::from_u32(u) else { continue };
            let t = format!("a{c}b");
            let want = (c.is_control() && !matches!(c, '\n' | '\r' | '\t')).then_some(c);
            assert_eq!(super::control_char(&t), want, "U+{u:04X}");
        }
    }
}
