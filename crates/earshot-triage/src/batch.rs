//! Batch processing for `earshot triage` and `earshot score`: split a
//! buffer of JSON lines, work on both cores, and write exactly one output
//! line per input line, in input order.

use crate::{score_text, Context, Engine};
use earshot_core::TriageDecision;
use rayon::prelude::*;
use serde::Deserialize;
use std::borrow::Cow;

/// What to do with each line.
#[derive(Clone, Copy)]
pub enum Mode<'a> {
    Score,
    Triage(&'a Engine),
}

/// Lines per parallel work item: large enough to amortise scheduling,
/// small enough to balance two cores.
const CHUNK: usize = 2048;

/// Process every line of `input`, appending the output lines to `out`.
pub fn process(input: &[u8], mode: Mode<'_>, out: &mut Vec<u8>) {
    let parts = process_parts(input, mode);
    out.reserve(parts.iter().map(Vec::len).sum());
    for p in parts {
        out.extend_from_slice(&p);
    }
}

/// [`process`] without joining: the output of consecutive runs of lines,
/// in input order, for a caller that writes them out one after another
/// (no second copy of the whole output).
pub fn process_parts(input: &[u8], mode: Mode<'_>) -> Vec<Vec<u8>> {
    let mut lines: Vec<&[u8]> = Vec::with_capacity(input.len() / 128 + 1);
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', input) {
        lines.push(&input[start..end]);
        start = end + 1;
    }
    if start < input.len() {
        lines.push(&input[start..]);
    }
    lines
        .par_chunks(CHUNK)
        .map(|chunk| {
            let per_line = match mode {
                Mode::Score => 128,
                Mode::Triage(_) => 512,
            };
            let mut buf = Vec::with_capacity(chunk.len() * per_line);
            for line in chunk {
                process_line(line, mode, &mut buf);
            }
            buf
        })
        .collect()
}

/// Process one line (without its `\n`), appending one output line.
pub fn process_line(line: &[u8], mode: Mode<'_>, out: &mut Vec<u8>) {
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let text = match std::str::from_utf8(line) {
        Ok(t) => t,
        Err(e) => {
            return error_line(
                None,
                &format!("line is not valid UTF-8 (at byte {})", e.valid_up_to()),
                out,
            )
        }
    };
    if text.trim().is_empty() {
        return error_line(None, "empty line", out);
    }
    match mode {
        Mode::Score => score_line(text, out),
        Mode::Triage(engine) => match earshot_core::wire::parse_line(text, false) {
            Ok(m) => {
                let d = engine.triage(&m, &Context::default());
                write_decision(&m.external_id, &d, out);
            }
            Err(e) => error_line(e.id.as_deref(), &e.message, out),
        },
    }
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Id<'a> {
    #[serde(borrow)]
    Str(Cow<'a, str>),
    Num(serde_json::Number),
}

impl Id<'_> {
    fn as_string(&self) -> String {
        match self {
            Id::Str(s) => s.to_string(),
            Id::Num(n) => n.to_string(),
        }
    }
}

#[derive(Deserialize)]
struct ScoreData<'a> {
    #[serde(borrow, default)]
    id: Option<Id<'a>>,
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
}

#[derive(Deserialize)]
struct ScoreLine<'a> {
    #[serde(borrow, default)]
    id: Option<Id<'a>>,
    #[serde(borrow, default)]
    text: Option<Cow<'a, str>>,
    #[serde(borrow, default)]
    data: Option<ScoreData<'a>>,
}

fn score_line(line: &str, out: &mut Vec<u8>) {
    let parsed: ScoreLine<'_> = match serde_json::from_str(line) {
        Ok(p) => p,
        Err(e) => return error_line(None, &format!("not valid JSON: {e}"), out),
    };
    let (id, text) = match parsed.data {
        Some(d) => (d.id, d.text),
        None => (parsed.id, parsed.text),
    };
    let id = id.map(|i| i.as_string());
    let Some(text) = text else {
        return error_line(id.as_deref(), "field 'text' is missing", out);
    };
    if text.len() > earshot_core::wire::MAX_TEXT_BYTES {
        return error_line(
            id.as_deref(),
            &format!(
                "field 'text' is {} bytes, more than the {} allowed",
                text.len(),
                earshot_core::wire::MAX_TEXT_BYTES
            ),
            out,
        );
    }
    if let Some(c) = earshot_core::wire::control_char(&text) {
        return error_line(
            id.as_deref(),
            &format!("field 'text' contains control character U+{:04X}", c as u32),
            out,
        );
    }
    let s = score_text(&text);
    out.extend_from_slice(b"{\"id\":");
    match &id {
        Some(i) => write_str(i, out),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"complaint\":");
    write_f32(s.complaint, out);
    out.extend_from_slice(b",\"is_complaint\":");
    out.extend_from_slice(if s.is_complaint { b"true" } else { b"false" });
    out.extend_from_slice(b",\"irony\":");
    write_f32(s.irony, out);
    out.extend_from_slice(b",\"is_irony\":");
    out.extend_from_slice(if s.is_irony { b"true" } else { b"false" });
    out.extend_from_slice(b",\"sentiment\":");
    write_f32(s.sentiment, out);
    out.extend_from_slice(b"}\n");
}

/// `{"id": ..., "error": "..."}`.
pub fn error_line(id: Option<&str>, message: &str, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"id\":");
    match id {
        Some(i) => write_str(i, out),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"error\":");
    write_str(message, out);
    out.extend_from_slice(b"}\n");
}

/// One `earshot triage` output line.
pub fn write_decision(id: &str, d: &TriageDecision, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"id\":");
    write_str(id, out);
    out.extend_from_slice(b",\"action\":\"");
    out.extend_from_slice(d.action.as_str().as_bytes());
    out.extend_from_slice(b"\",\"priority\":\"");
    out.extend_from_slice(d.priority.as_str().as_bytes());
    out.extend_from_slice(b"\",\"topic\":");
    match &d.topic {
        Some(t) => write_str(t, out),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"team\":");
    match &d.team {
        Some(t) => write_str(t, out),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"addressed\":\"");
    out.extend_from_slice(d.addressed.as_str().as_bytes());
    out.extend_from_slice(b"\",\"scores\":{");
    let s = &d.scores;
    for (i, (k, v)) in [
        ("complaint", s.complaint),
        ("irony", s.irony),
        ("sentiment", s.sentiment),
        ("question", s.question),
        ("praise", s.praise),
        ("urgency", s.urgency),
        ("abuse", s.abuse),
        ("spam", s.spam),
        ("private_details", s.private_details),
    ]
    .into_iter()
    .enumerate()
    {
        if i > 0 {
            out.push(b',');
        }
        out.push(b'"');
        out.extend_from_slice(k.as_bytes());
        out.extend_from_slice(b"\":");
        write_f32(v, out);
    }
    out.extend_from_slice(b"},\"reasons\":[");
    for (i, r) in d.reasons.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_str(r, out);
    }
    out.extend_from_slice(b"],\"first_response_due_secs\":");
    write_u64(d.first_response_due_secs, out);
    out.extend_from_slice(b"}\n");
}

/// A number with two decimals, as JSON ("0.93", "-0.5", "1").
fn write_f32(v: f32, out: &mut Vec<u8>) {
    let v = if v.is_finite() { v } else { 0.0 };
    let n = (v * 100.0).round() as i64;
    if n < 0 {
        out.push(b'-');
    }
    let n = n.unsigned_abs();
    let (int, frac) = (n / 100, n % 100);
    write_u64(int, out);
    if frac != 0 {
        out.push(b'.');
        out.push(b'0' + (frac / 10) as u8);
        if frac % 10 != 0 {
            out.push(b'0' + (frac % 10) as u8);
        }
    }
}

fn write_u64(mut n: u64, out: &mut Vec<u8>) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&buf[i..]);
}

/// A JSON string with the escapes JSON requires.
pub fn write_str(s: &str, out: &mut Vec<u8>) {
    out.push(b'"');
    let b = s.as_bytes();
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => {
                out.extend_from_slice(&b[start..i]);
                let _ = std::io::Write::write_fmt(out, format_args!("\\u{:04x}", c));
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(&b[start..i]);
        out.extend_from_slice(esc);
        start = i + 1;
    }
    out.extend_from_slice(&b[start..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_out_per_line_in() {
        let input = b"{\"id\":\"1\",\"text\":\"my internet is down again\"}\nnot json\n\xff\xfe\n{\"id\":7}\n\n{\"text\":\"hi\"}";
        let mut out = Vec::new();
        process(input, Mode::Score, &mut out);
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 6, "{text}");
        for l in &lines {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            assert!(v.get("id").is_some());
        }
        assert!(lines[0].starts_with("{\"id\":\"1\",\"complaint\":"));
        assert!(lines[1].contains("\"error\""));
        assert!(lines[2].contains("UTF-8"));
        assert_eq!(
            lines[3],
            "{\"id\":\"7\",\"error\":\"field 'text' is missing\"}"
        );
        assert!(lines[5].starts_with("{\"id\":null,\"complaint\""));
    }

    #[test]
    fn numbers_have_two_decimals() {
        for (v, want) in [
            (0.93, "0.93"),
            (-0.5, "-0.5"),
            (1.0, "1"),
            (0.0, "0"),
            (0.071, "0.07"),
            (-0.004, "0"),
        ] {
            let mut out = Vec::new();
            write_f32(v, &mut out);
            assert_eq!(String::from_utf8(out).unwrap(), want, "{v}");
        }
    }

    #[test]
    fn strings_are_escaped() {
        let mut out = Vec::new();
        write_str("a\"b\\c\n\u{1}", &mut out);
        assert_eq!(String::from_utf8(out).unwrap(), "\"a\\\"b\\\\c\\n\\u0001\"");
    }
}
