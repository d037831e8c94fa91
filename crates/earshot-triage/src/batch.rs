//! Batch processing for `earshot triage` and `earshot score`: split a
//! buffer of JSON lines, work on both cores, and write exactly one output
//! line per input line, in input order.

use crate::{score_text, Context, Engine};
use earshot_core::TriageDecision;
use serde::Deserialize;
use std::borrow::Cow;
use std::io::{Read, Write};
use std::sync::{mpsc, Mutex};

/// What to do with each line.
#[derive(Clone, Copy)]
pub enum Mode<'a> {
    Score,
    Triage(&'a Engine),
}

/// Bytes per work item: a few hundred X posts or a few thousand short
/// lines, enough to amortise the hand-over and small enough that both
/// cores stay busy to the end and little is held in memory.
const BLOCK: usize = 512 * 1024;

/// Where the lines come from.
pub enum Source<'a> {
    /// Everything at once (a mapped file, a test's buffer).
    Bytes(&'a [u8]),
    /// Read as it arrives (stdin, a pipe).
    Reader(&'a mut (dyn Read + Send)),
}

/// Process every line of `input`, appending the output lines to `out`.
pub fn process(input: &[u8], mode: Mode<'_>, out: &mut Vec<u8>) {
    let ok = run(Source::Bytes(input), mode, out, 0);
    debug_assert!(ok.is_ok(), "writing to a Vec does not fail");
}

/// Process every line of `source` on `workers` threads (0: one per core)
/// and write one output line per input line to `out`, in input order.
///
/// Reading, working and writing overlap: the calling thread cuts the input
/// into blocks at line ends, the workers process blocks, and a writer puts
/// the finished blocks out in order as soon as each one's predecessors are
/// out. Only the blocks in flight are held in memory. A failed write (a
/// closed pipe) stops the run and is returned; so is a failed read, after
/// the lines read before it were written.
pub fn run(
    source: Source<'_>,
    mode: Mode<'_>,
    out: &mut (dyn Write + Send),
    workers: usize,
) -> std::io::Result<()> {
    let workers = match workers {
        0 => std::thread::available_parallelism().map_or(2, |n| n.get()),
        n => n,
    };
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, Cow<'_, [u8]>)>(workers * 2);
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::sync_channel::<(usize, Vec<u8>)>(workers * 2);
    let pool = Pool::default();
    let pool = &pool;
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let work_rx = &work_rx;
            scope.spawn(move || loop {
                let next = work_rx
                    .lock()
                    .map_err(drop)
                    .and_then(|rx| rx.recv().map_err(drop));
                let Ok((seq, block)) = next else { break };
                // A first guess (a triage line is shorter than an X message
                // with includes); the buffer grows when it is not enough.
                let mut buf = pool.take(block.len());
                for_each_line(&block, |line| process_line(line, mode, &mut buf));
                if let Cow::Owned(block) = block {
                    pool.give(block);
                }
                if done_tx.send((seq, buf)).is_err() {
                    break; // the writer stopped
                }
            });
        }
        drop(done_tx);
        let writer = scope.spawn(move || -> std::io::Result<()> {
            let mut pending = std::collections::BTreeMap::new();
            let mut next = 0;
            for (seq, buf) in done_rx {
                pending.insert(seq, buf);
                while let Some(buf) = pending.remove(&next) {
                    out.write_all(&buf)?;
                    pool.give(buf);
                    next += 1;
                }
            }
            out.flush()
        });
        let read = feed(source, &work_tx, pool);
        drop(work_tx);
        let written = writer.join().unwrap_or_else(|_| {
            Err(std::io::Error::other(
                "the output writer stopped unexpectedly",
            ))
        });
        written.and(read)
    })
}

/// Cut `source` into blocks that end at a line end and hand them out in
/// order. Stops early when nobody takes blocks any more.
fn feed<'a>(
    source: Source<'a>,
    work: &mpsc::SyncSender<(usize, Cow<'a, [u8]>)>,
    pool: &Pool,
) -> std::io::Result<()> {
    let mut seq = 0;
    match source {
        Source::Bytes(mut rest) => {
            while !rest.is_empty() {
                let cut = block_end(rest);
                if work.send((seq, Cow::Borrowed(&rest[..cut]))).is_err() {
                    break;
                }
                seq += 1;
                rest = &rest[cut..];
            }
        }
        Source::Reader(reader) => {
            let mut carry: Vec<u8> = Vec::new();
            loop {
                // A line longer than a block keeps growing in place.
                let mut block = if carry.is_empty() {
                    pool.take(BLOCK)
                } else {
                    let mut b = std::mem::take(&mut carry);
                    b.reserve(BLOCK);
                    b
                };
                let start = block.len();
                let n = read_up_to(reader, &mut block, BLOCK)?;
                let eof = n == 0;
                // Keep an unfinished last line for the next block.
                if !eof {
                    if let Some(nl) = memchr::memrchr(b'\n', &block[start..]) {
                        carry.extend_from_slice(&block[start + nl + 1..]);
                        block.truncate(start + nl + 1);
                    } else {
                        carry = block;
                        continue;
                    }
                }
                if !block.is_empty() && work.send((seq, Cow::Owned(block))).is_err() {
                    break;
                }
                seq += 1;
                if eof {
                    break;
                }
            }
        }
    }
    Ok(())
}

/// Buffers handed back once used (input blocks read from a stream, output
/// blocks once written) and taken again, so that a run touches the same
/// memory over and over instead of asking the allocator, and the kernel,
/// for fresh pages for every block. As many are kept as are in flight.
#[derive(Default)]
struct Pool(Mutex<Vec<Vec<u8>>>);

impl Pool {
    /// An empty buffer with room for at least `capacity` bytes.
    fn take(&self, capacity: usize) -> Vec<u8> {
        let mut buf = self
            .0
            .lock()
            .ok()
            .and_then(|mut free| free.pop())
            .unwrap_or_default();
        buf.clear();
        buf.reserve(capacity);
        buf
    }

    fn give(&self, buf: Vec<u8>) {
        if let Ok(mut free) = self.0.lock() {
            free.push(buf);
        }
    }
}

/// Read until `limit` more bytes are in `buf` or the input ends; the
/// number read (0 only at the end).
fn read_up_to(reader: &mut dyn Read, buf: &mut Vec<u8>, limit: usize) -> std::io::Result<usize> {
    let start = buf.len();
    let mut taken = reader.take(limit as u64);
    loop {
        match taken.read_to_end(buf) {
            Ok(_) => return Ok(buf.len() - start),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Where the first block of `input` ends: just after the first line end
/// at or beyond [`BLOCK`] bytes, or at the end.
fn block_end(input: &[u8]) -> usize {
    if input.len() <= BLOCK {
        return input.len();
    }
    memchr::memchr(b'\n', &input[BLOCK..]).map_or(input.len(), |i| BLOCK + i + 1)
}

/// Each line of a block, without its `\n`; a last line without one counts.
fn for_each_line(block: &[u8], mut f: impl FnMut(&[u8])) {
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', block) {
        f(&block[start..end]);
        start = end + 1;
    }
    if start < block.len() {
        f(&block[start..]);
    }
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
    // Most strings need no escape: copied whole.
    if !earshot_core::wire::any_byte(b, |c| c == b'"' || c == b'\\' || c < 0x20) {
        out.extend_from_slice(b);
        out.push(b'"');
        return;
    }
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

    /// Hands out its bytes a few at a time, as a pipe may.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            self.1 = self.1 % 13 + 1;
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn streamed_input_gives_the_same_lines_in_order() {
        // More than a few blocks, an empty line, a line longer than a
        // block, and no line end at the very end.
        let mut input = Vec::new();
        for i in 0..12_000 {
            let text = if i % 997 == 0 {
                ""
            } else {
                "my bill is wrong again"
            };
            input.extend_from_slice(
                format!("{{\"id\":\"{i}\",\"text\":\"{text} {i}\"}}\n").as_bytes(),
            );
            if i == 5_000 {
                input.extend_from_slice(b"\n");
                let long = "x".repeat(BLOCK + 10);
                input.extend_from_slice(
                    format!("{{\"id\":\"long\",\"text\":\"{long}\"}}\n").as_bytes(),
                );
            }
        }
        input.extend_from_slice(b"{\"id\":\"last\",\"text\":\"no line end\"}");
        let lines_in = input.split(|&b| b == b'\n').count();

        let mut from_bytes = Vec::new();
        run(Source::Bytes(&input), Mode::Score, &mut from_bytes, 2).unwrap();
        let mut from_reader = Vec::new();
        let mut trickle = Trickle(&input, 0);
        run(
            Source::Reader(&mut trickle),
            Mode::Score,
            &mut from_reader,
            3,
        )
        .unwrap();
        assert!(
            from_bytes == from_reader,
            "a stream and a buffer give the same output"
        );

        let out = String::from_utf8(from_bytes).unwrap();
        let ids: Vec<String> = out
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
            .collect();
        assert_eq!(ids.len(), lines_in);
        assert_eq!(ids[0], "\"0\"");
        assert_eq!(ids[5_001], "null", "the empty line");
        assert_eq!(ids[5_002], "\"long\"");
        assert_eq!(ids[5_003], "\"5001\"");
        assert_eq!(ids.last().unwrap(), "\"last\"");
    }

    /// Refuses every write, as a closed pipe does.
    struct Closed;

    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_output_stops_the_run_with_its_error() {
        let input = b"{\"id\":\"1\",\"text\":\"hi\"}\n".repeat(100_000);
        let err = run(Source::Bytes(&input), Mode::Score, &mut Closed, 2).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::BrokenPipe);
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
