//! File replay: X API v2 filtered-stream lines and the Kaggle "Customer
//! Support on Twitter" (TWCS) CSV, through the [`Pipeline`] in batches.
//! A bad line or row is rejected with its line number; the rest is
//! imported. Importing a file twice stores nothing new.

use crate::{IngestError, Pipeline};
use chrono::{DateTime, Utc};
use earshot_core::{Author, Mention, MentionedHandle, Network, Reference, ReferenceKind};
use earshot_store::Direction;
use earshot_triage::Engine;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::sync::Arc;

/// Posts per batch (one transaction each).
const BATCH: usize = 1000;

/// The formats `earshot import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Format {
    /// X API v2 filtered-stream messages (or earshot mention JSON), one per line.
    XJsonl,
    /// The Kaggle "Customer Support on Twitter" CSV.
    Twcs,
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "x-jsonl" => Ok(Format::XJsonl),
            "twcs" => Ok(Format::Twcs),
            _ => Err(format!(
                "unknown format '{s}' (expected one of: x-jsonl, twcs)"
            )),
        }
    }
}

/// Where an import stands, reported after every batch.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportProgress {
    /// Lines (x-jsonl) or rows (twcs) read so far.
    pub read: u64,
    pub stored: u64,
    pub duplicates: u64,
    pub rejected: u64,
    /// Rows to import in all, when known up front (twcs).
    pub total: Option<u64>,
}

/// What an import did. `rejected` holds (line number, reason), 1-based.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportSummary {
    pub read: u64,
    pub stored: u64,
    pub duplicates: u64,
    pub cases_opened: u64,
    pub cases_reopened: u64,
    pub rejected: Vec<(u64, String)>,
}

/// Import a file through the pipeline. Returns `Err` only when the file
/// cannot be read as that format at all; bad lines are in `rejected`.
pub async fn import_file(
    path: &Path,
    format: Format,
    pipeline: &Pipeline,
    progress: impl FnMut(ImportProgress),
) -> Result<ImportSummary, IngestError> {
    match format {
        Format::XJsonl => import_x_jsonl(path, pipeline, progress).await,
        Format::Twcs => import_twcs(path, pipeline, progress).await,
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> IngestError + '_ {
    move |source| IngestError::Io {
        path: path.to_path_buf(),
        source,
    }
}

struct Tally {
    summary: ImportSummary,
    total: Option<u64>,
}

impl Tally {
    async fn flush(
        &mut self,
        pipeline: &Pipeline,
        batch: &mut Vec<(Mention, Direction)>,
        progress: &mut impl FnMut(ImportProgress),
    ) -> Result<(), IngestError> {
        if batch.is_empty() {
            return Ok(());
        }
        let outcome = pipeline.ingest_directed(std::mem::take(batch)).await?;
        let s = &mut self.summary;
        s.stored += outcome.stored;
        s.duplicates += outcome.duplicates;
        s.cases_opened += outcome.cases_opened;
        s.cases_reopened += outcome.cases_reopened;
        progress(self.progress());
        Ok(())
    }

    fn progress(&self) -> ImportProgress {
        ImportProgress {
            read: self.summary.read,
            stored: self.summary.stored,
            duplicates: self.summary.duplicates,
            rejected: self.summary.rejected.len() as u64,
            total: self.total,
        }
    }
}

async fn import_x_jsonl(
    path: &Path,
    pipeline: &Pipeline,
    mut progress: impl FnMut(ImportProgress),
) -> Result<ImportSummary, IngestError> {
    let file = std::fs::File::open(path).map_err(io_err(path))?;
    let mut reader = BufReader::with_capacity(1 << 20, file);
    let mut tally = Tally {
        summary: ImportSummary::default(),
        total: None,
    };
    let mut batch = Vec::with_capacity(BATCH);
    let mut buf = Vec::new();
    let mut line_no = 0u64;
    loop {
        buf.clear();
        let n = reader.read_until(b'\n', &mut buf).map_err(io_err(path))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let Ok(line) = std::str::from_utf8(&buf) else {
            tally.summary.read += 1;
            tally
                .summary
                .rejected
                .push((line_no, "the line is not valid UTF-8".into()));
            continue;
        };
        let line = line.trim();
        // Keep-alive newlines of the stream.
        if line.is_empty() {
            continue;
        }
        tally.summary.read += 1;
        match earshot_core::wire::parse_line(line, true) {
            Ok(m) => {
                let d = pipeline.direction_of(&m);
                batch.push((m, d));
            }
            Err(e) => {
                let msg = match e.id {
                    Some(id) => format!("post {id}: {}", e.message),
                    None => e.message,
                };
                tally.summary.rejected.push((line_no, msg));
            }
        }
        if batch.len() >= BATCH {
            tally.flush(pipeline, &mut batch, &mut progress).await?;
        }
    }
    tally.flush(pipeline, &mut batch, &mut progress).await?;
    progress(tally.progress());
    Ok(tally.summary)
}

/// One TWCS row, checked.
#[derive(Debug, Clone)]
struct TwcsRow {
    line: u64,
    tweet_id: String,
    author_id: String,
    inbound: bool,
    created_at: DateTime<Utc>,
    text: String,
    in_reply_to: Option<String>,
    raw: String,
}

const TWCS_REQUIRED: [&str; 6] = [
    "tweet_id",
    "author_id",
    "inbound",
    "created_at",
    "text",
    "in_response_to_tweet_id",
];

/// `3.0` (pandas wrote the ids as floats) → `3`.
fn tweet_id(s: &str) -> Option<String> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return Some(s.to_string());
    }
    let f: f64 = s.parse().ok()?;
    (f.is_finite() && f >= 0.0 && f.fract() == 0.0 && f < 9.0e15).then(|| format!("{}", f as u64))
}

fn parse_twcs_time(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_str(s.trim(), "%a %b %d %H:%M:%S %z %Y")
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("created_at '{s}' is not like 'Tue Oct 31 22:10:47 +0000 2017': {e}"))
}

fn parse_twcs_row(
    record: &csv::ByteRecord,
    cols: &[usize; 6],
    line: u64,
) -> Result<TwcsRow, String> {
    let field = |i: usize, name: &str| -> Result<&str, String> {
        let bytes = record
            .get(cols[i])
            .ok_or_else(|| format!("the row has no '{name}' field"))?;
        std::str::from_utf8(bytes).map_err(|_| format!("field '{name}' is not valid UTF-8"))
    };
    let raw_id = field(0, "tweet_id")?;
    let id = tweet_id(raw_id).ok_or_else(|| format!("tweet_id '{raw_id}' is not a tweet id"))?;
    let author_id = field(1, "author_id")?.trim().to_string();
    if author_id.is_empty() {
        return Err("author_id is empty".into());
    }
    let inbound = match field(2, "inbound")?.trim() {
        "True" | "true" | "TRUE" | "1" => true,
        "False" | "false" | "FALSE" | "0" => false,
        other => return Err(format!("inbound '{other}' is neither True nor False")),
    };
    let created_at = parse_twcs_time(field(3, "created_at")?)?;
    let text = field(4, "text")?.to_string();
    if let Some(c) = text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(format!(
            "text contains control character U+{:04X}",
            c as u32
        ));
    }
    let reply_raw = field(5, "in_response_to_tweet_id")?;
    let in_reply_to =
        if reply_raw.trim().is_empty() {
            None
        } else {
            Some(tweet_id(reply_raw).ok_or_else(|| {
                format!("in_response_to_tweet_id '{reply_raw}' is not a tweet id")
            })?)
        };
    let mut raw = Vec::with_capacity(text.len() + 64);
    {
        let mut w = csv::Writer::from_writer(&mut raw);
        let _ = w.write_byte_record(record);
        let _ = w.flush();
    }
    Ok(TwcsRow {
        line,
        tweet_id: id,
        author_id,
        inbound,
        created_at,
        text,
        in_reply_to,
        raw: String::from_utf8_lossy(&raw).trim_end().to_string(),
    })
}

/// `@handle`s written in a text, with character offsets.
fn handles_in(text: &str) -> Vec<MentionedHandle> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if chars[i] == '@' && boundary {
            let start = i;
            let mut j = i + 1;
            while j < chars.len() && (chars[j].is_ascii_alphanumeric() || chars[j] == '_') {
                j += 1;
            }
            if j > i + 1 {
                out.push(MentionedHandle {
                    handle: chars[i + 1..j].iter().collect(),
                    user_id: None,
                    start,
                    end: j,
                });
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

async fn import_twcs(
    path: &Path,
    pipeline: &Pipeline,
    mut progress: impl FnMut(ImportProgress),
) -> Result<ImportSummary, IngestError> {
    let file = std::fs::File::open(path).map_err(io_err(path))?;
    // Only `\n` ends a record: the real TWCS export has bare `\r`s inside
    // unquoted texts, which the default terminator would split in two.
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_reader(BufReader::with_capacity(1 << 20, file));
    let headers = reader
        .byte_headers()
        .map_err(|e| IngestError::Format {
            path: path.to_path_buf(),
            message: format!("cannot read the CSV header: {e}"),
        })?
        .clone();
    let names: Vec<String> = headers
        .iter()
        .map(|h| String::from_utf8_lossy(h).trim().to_string())
        .collect();
    let mut cols = [0usize; 6];
    for (slot, column) in cols.iter_mut().zip(TWCS_REQUIRED) {
        *slot =
            names
                .iter()
                .position(|n| n == column)
                .ok_or_else(|| IngestError::MissingColumn {
                    path: path.to_path_buf(),
                    column,
                    found: names.join(", "),
                })?;
    }

    let mut summary = ImportSummary::default();
    let mut rows: Vec<TwcsRow> = Vec::new();
    let mut record = csv::ByteRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(line, |p| p.line());
                summary.read += 1;
                match parse_twcs_row(&record, &cols, line) {
                    Ok(row) => rows.push(row),
                    Err(msg) => summary.rejected.push((line, msg)),
                }
            }
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                summary.read += 1;
                summary
                    .rejected
                    .push((line, format!("unreadable CSV row: {e}")));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return Err(IngestError::Format {
                        path: path.to_path_buf(),
                        message: e.to_string(),
                    });
                }
            }
        }
    }

    // The brand accounts are the authors of the non-inbound rows.
    let mut plan = pipeline.engine().plan().clone();
    let mut brands: HashSet<&str> = HashSet::new();
    for row in rows.iter().filter(|r| !r.inbound) {
        if brands.insert(&row.author_id) {
            plan.add_brand_handle(Network::X, &row.author_id);
        }
    }
    let pipeline = pipeline.with_engine(Arc::new(Engine::new(plan)));

    let order = parents_first(&rows);
    let index: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.tweet_id.as_str(), i))
        .collect();
    let root_of = |mut i: usize| -> usize {
        // Walk up the replies to the thread's first post in the file.
        for _ in 0..10_000 {
            match rows[i].in_reply_to.as_deref().and_then(|p| index.get(p)) {
                Some(&parent) if parent != i => i = parent,
                _ => break,
            }
        }
        i
    };

    let mut tally = Tally {
        summary,
        total: Some(rows.len() as u64),
    };
    let mut batch = Vec::with_capacity(BATCH);
    for i in order {
        let row = &rows[i];
        let parent = row
            .in_reply_to
            .as_deref()
            .and_then(|p| index.get(p))
            .map(|&p| &rows[p]);
        let root = &rows[root_of(i)];
        let mention = Mention {
            network: Network::X,
            external_id: row.tweet_id.clone(),
            author: Author {
                id: row.author_id.clone(),
                handle: row.author_id.clone(),
                ..Author::default()
            },
            text: row.text.clone(),
            created_at: Some(row.created_at),
            lang: None,
            conversation_id: Some(root.tweet_id.clone()),
            in_reply_to_id: row.in_reply_to.clone(),
            in_reply_to_user_id: parent.map(|p| p.author_id.clone()),
            in_reply_to_handle: parent.map(|p| p.author_id.clone()),
            mentions: handles_in(&row.text),
            references: row
                .in_reply_to
                .as_ref()
                .map(|id| {
                    vec![Reference {
                        kind: ReferenceKind::RepliedTo,
                        id: id.clone(),
                        author_id: parent.map(|p| p.author_id.clone()),
                        author_handle: parent.map(|p| p.author_id.clone()),
                        text: parent.map(|p| p.text.clone()),
                    }]
                })
                .unwrap_or_default(),
            is_repost: false,
            raw: Some(row.raw.clone()),
        };
        let direction = if row.inbound {
            Direction::Inbound
        } else {
            Direction::Outbound
        };
        batch.push((mention, direction));
        if batch.len() >= BATCH {
            tally.flush(&pipeline, &mut batch, &mut progress).await?;
        }
    }
    tally.flush(&pipeline, &mut batch, &mut progress).await?;
    progress(tally.progress());
    tracing::info!(
        path = %path.display(),
        read = tally.summary.read,
        stored = tally.summary.stored,
        rejected = tally.summary.rejected.len(),
        "twcs import done"
    );
    Ok(tally.summary)
}

/// Row indices in time order, with every post after the post it replies
/// to (the file itself is in no particular order).
fn parents_first(rows: &[TwcsRow]) -> Vec<usize> {
    let mut by_time: Vec<usize> = (0..rows.len()).collect();
    by_time.sort_by(|&a, &b| {
        (rows[a].created_at, rows[a].line).cmp(&(rows[b].created_at, rows[b].line))
    });
    let index: HashMap<&str, usize> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| (r.tweet_id.as_str(), i))
        .collect();
    let mut emitted = vec![false; rows.len()];
    let mut order = Vec::with_capacity(rows.len());
    for start in by_time {
        // Emit the unemitted ancestors first, oldest ancestor first.
        let mut chain = vec![start];
        let mut cur = start;
        while let Some(&p) = rows[cur].in_reply_to.as_deref().and_then(|p| index.get(p)) {
            if emitted[p] || chain.contains(&p) || chain.len() > 10_000 {
                break;
            }
            chain.push(p);
            cur = p;
        }
        for &i in chain.iter().rev() {
            if !emitted[i] {
                emitted[i] = true;
                order.push(i);
            }
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tweet_ids_written_as_floats_are_whole_numbers() {
        assert_eq!(tweet_id("3.0").as_deref(), Some("3"));
        assert_eq!(tweet_id("119237").as_deref(), Some("119237"));
        assert_eq!(tweet_id("").as_deref(), None);
        assert_eq!(tweet_id("abc"), None);
        assert_eq!(tweet_id("1.5"), None);
    }

    #[test]
    fn twcs_times_parse() {
        let t = parse_twcs_time("Tue Oct 31 22:10:47 +0000 2017").unwrap();
        assert_eq!(t.to_rfc3339(), "2017-10-31T22:10:47+00:00");
        assert!(parse_twcs_time("yesterday").is_err());
    }

    #[test]
    fn handles_are_found_with_offsets() {
        let h = handles_in("@sprintcare and @Ask_Spectrum, mail a@b.c");
        let names: Vec<&str> = h.iter().map(|m| m.handle.as_str()).collect();
        assert_eq!(names, ["sprintcare", "Ask_Spectrum"]);
        assert_eq!((h[0].start, h[0].end), (0, 11));
    }
}
