//! Server-Sent Events framing as Mastodon's streaming API writes it:
//! `event: NAME` and `data: JSON` lines, a blank line ends an event, lines
//! starting with `:` are comments (Mastodon's `:thump` heartbeat). Bytes
//! arrive in arbitrary chunks, so the parser keeps the unfinished line.

/// One thing read from the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SseItem {
    Event {
        event: String,
        data: String,
    },
    /// A comment line (`:thump`, `:)`): proof the stream is alive.
    Comment(String),
}

/// The stream sent a line longer than any event Mastodon writes.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("stream line longer than {0} bytes without a line end")]
pub struct LineTooLong(pub usize);

/// Incremental SSE parser.
#[derive(Debug, Default)]
pub struct SseParser {
    partial: Vec<u8>,
    event: Option<String>,
    data: Vec<String>,
}

/// A status is at most a few hundred kB of JSON; anything longer is not
/// Mastodon talking and must not grow memory without bound.
pub const MAX_LINE: usize = 1024 * 1024;

impl SseParser {
    pub fn new() -> SseParser {
        SseParser::default()
    }

    /// Feed bytes; returns the items completed by them.
    pub fn feed(&mut self, bytes: &[u8]) -> Result<Vec<SseItem>, LineTooLong> {
        let mut items = Vec::new();
        let mut rest = bytes;
        while let Some(nl) = rest.iter().position(|&b| b == b'\n') {
            let line = if self.partial.is_empty() {
                &rest[..nl]
            } else {
                self.partial.extend_from_slice(&rest[..nl]);
                &self.partial[..]
            };
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let line = String::from_utf8_lossy(line).into_owned();
            self.partial.clear();
            self.line(&line, &mut items);
            rest = &rest[nl + 1..];
        }
        self.partial.extend_from_slice(rest);
        if self.partial.len() > MAX_LINE {
            self.partial.clear();
            return Err(LineTooLong(MAX_LINE));
        }
        Ok(items)
    }

    fn line(&mut self, line: &str, items: &mut Vec<SseItem>) {
        if line.is_empty() {
            if !self.data.is_empty() {
                items.push(SseItem::Event {
                    event: self.event.take().unwrap_or_else(|| "message".into()),
                    data: self.data.join("\n"),
                });
            }
            self.event = None;
            self.data.clear();
            return;
        }
        if let Some(comment) = line.strip_prefix(':') {
            items.push(SseItem::Comment(comment.trim().to_string()));
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((f, v)) => (f, v.strip_prefix(' ').unwrap_or(v)),
            None => (line, ""),
        };
        match field {
            "event" => self.event = Some(value.to_string()),
            "data" => self.data.push(value.to_string()),
            // `id` and `retry` are not used by Mastodon; unknown fields
            // are ignored, as the SSE standard says.
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_and_heartbeats_across_chunk_boundaries() {
        let wire = b":)\nevent: notification\r\ndata: {\"id\":\"1\"}\n\n:thump\nevent: delete\ndata: 42\n\n";
        for split in 0..wire.len() {
            let mut p = SseParser::new();
            let mut items = p.feed(&wire[..split]).unwrap();
            items.extend(p.feed(&wire[split..]).unwrap());
            assert_eq!(
                items,
                vec![
                    SseItem::Comment(")".into()),
                    SseItem::Event {
                        event: "notification".into(),
                        data: "{\"id\":\"1\"}".into()
                    },
                    SseItem::Comment("thump".into()),
                    SseItem::Event {
                        event: "delete".into(),
                        data: "42".into()
                    },
                ],
                "split at {split}"
            );
        }
    }

    #[test]
    fn multi_line_data_joins_and_endless_lines_are_refused() {
        let mut p = SseParser::new();
        let items = p.feed(b"data: a\ndata: b\n\n").unwrap();
        assert_eq!(
            items,
            vec![SseItem::Event {
                event: "message".into(),
                data: "a\nb".into()
            }]
        );
        let mut p = SseParser::new();
        assert!(p.feed(&vec![b'x'; MAX_LINE + 1]).is_err());
        // It recovers for the next line.
        assert_eq!(p.feed(b"\n:ok\n").unwrap().len(), 1);
    }
}
