//! Mastodon status HTML (`content`, `note`) to plain text. Mastodon sends
//! sanitised HTML, but a remote instance may send anything, so this reads
//! any markup: tags are dropped (never kept as text, never interpreted),
//! paragraphs become blank lines, `<br>` and list items new lines, links
//! their visible text (Mastodon splits long URLs into `invisible` and
//! `ellipsis` spans; their text together is the full URL), `<script>` and
//! `<style>` bodies vanish, and entities are decoded.

/// The plain text of an HTML fragment.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    // Inside <script>/<style>: skip everything up to the closing tag.
    let mut skip_until: Option<&'static str> = None;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            if skip_until.is_none() {
                push_text(&mut out, rest);
            }
            break;
        };
        if skip_until.is_none() {
            push_text(&mut out, &rest[..lt]);
        }
        let after = &rest[lt + 1..];
        // `<` not followed by a tag name is text, as a browser shows it.
        if !after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            if skip_until.is_none() {
                out.push('<');
            }
            rest = after;
            continue;
        }
        // A comment runs to `-->`, whatever it contains.
        if let Some(body) = after.strip_prefix("!--") {
            rest = match body.find("-->") {
                Some(end) => &body[end + 3..],
                None => "",
            };
            continue;
        }
        let Some(gt) = tag_end(after) else {
            // An unclosed `<` at the end: not a tag a browser would show
            // either; drop it.
            break;
        };
        let tag = &after[..gt];
        rest = &after[gt + 1..];
        let (closing, name) = tag_name(tag);
        if let Some(until) = skip_until {
            if closing && name == until {
                skip_until = None;
            }
            continue;
        }
        match name.as_str() {
            "script" | "style" | "template" | "iframe" | "object" | "noscript" | "title"
                if !closing && !tag.trim_end().ends_with('/') =>
            {
                skip_until = Some(match name.as_str() {
                    "script" => "script",
                    "style" => "style",
                    "template" => "template",
                    "iframe" => "iframe",
                    "object" => "object",
                    "noscript" => "noscript",
                    _ => "title",
                });
            }
            "br" => out.push('\n'),
            "p" | "blockquote" | "pre" | "ul" | "ol" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            | "div" => paragraph_break(&mut out),
            "li" if !closing => line_break(&mut out),
            _ => {}
        }
    }
    tidy(&out)
}

/// Where a tag ends: the first `>` outside a quoted attribute value.
fn tag_end(s: &str) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// `(is a closing tag, lower-case name)` of the inside of `<...>`.
fn tag_name(tag: &str) -> (bool, String) {
    let t = tag.trim_start();
    let (closing, t) = match t.strip_prefix('/') {
        Some(t) => (true, t.trim_start()),
        None => (false, t),
    };
    let name: String = t
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    (closing, name)
}

fn paragraph_break(out: &mut String) {
    if out.is_empty() {
        return;
    }
    while out.ends_with([' ', '\t']) {
        out.pop();
    }
    if out.ends_with("\n\n") {
        return;
    }
    out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
}

fn line_break(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// Append decoded text. Raw newlines in HTML source are whitespace, not
/// line breaks; runs of whitespace collapse as a browser shows them.
fn push_text(out: &mut String, text: &str) {
    let decoded = decode_entities(text);
    for c in decoded.chars() {
        if c == '\u{a0}' {
            // A non-breaking space stays a space a person sees.
            out.push(' ');
        } else if c.is_whitespace() {
            if !(out.is_empty() || out.ends_with([' ', '\n'])) {
                out.push(' ');
            }
        } else if c.is_control() {
            // Control characters never reach stored text.
        } else {
            out.push(c);
        }
    }
}

/// Trim each line's trailing spaces and the whole text's ends.
fn tidy(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').map(|l| l.trim_end()).collect();
    lines.join("\n").trim().to_string()
}

/// Decode HTML character references: the named ones Mastodon and common
/// editors produce, and every numeric one. Unknown names stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(32)
            .find(|(_, c)| *c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|end| decode_one(&after[..end]).map(|c| (c, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn decode_one(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        // NUL and surrogates are not characters; show the replacement.
        return Some(
            char::from_u32(code)
                .filter(|c| *c != '\0')
                .unwrap_or('\u{fffd}'),
        );
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "euro" => '€',
        "pound" => '£',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "shy" => '\u{ad}',
        "zwj" => '\u{200d}',
        "zwnj" => '\u{200c}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mastodon_mention_becomes_its_visible_text() {
        let html = r#"<p><span class="h-card" translate="no"><a href="https://example.social/@northwind" class="u-url mention">@<span>northwind</span></a></span> my internet is down again &amp; the modem blinks red</p><p>since 8am<br />no fix yet</p>"#;
        assert_eq!(
            to_text(html),
            "@northwind my internet is down again & the modem blinks red\n\nsince 8am\nno fix yet"
        );
    }

    #[test]
    fn split_links_show_the_whole_url() {
        let html = r#"<p>see <a href="https://status.example.com/incidents/2026-11-23" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="ellipsis">status.example.com/incident</span><span class="invisible">s/2026-11-23</span></a></p>"#;
        assert_eq!(
            to_text(html),
            "see https://status.example.com/incidents/2026-11-23"
        );
    }

    #[test]
    fn hostile_markup_is_dropped_never_kept() {
        let html = r#"<p>hi<script>alert("x")</script> <img src=x onerror="alert('>')">there<style>p{}</style><!-- <b>hidden</b> --></p><iframe src="//evil">inner</iframe>&lt;b&gt;bold&lt;/b&gt;"#;
        let text = to_text(html);
        assert_eq!(text, "hi there\n\n<b>bold</b>");
        assert!(!text.contains("alert"));
    }

    #[test]
    fn entities_and_odd_input_never_fail() {
        assert_eq!(
            decode_entities("&#128512; &#x41;&unknown; & &amp"),
            "😀 A&unknown; & &amp"
        );
        assert_eq!(decode_entities("&#0;&#xD800;"), "\u{fffd}\u{fffd}");
        assert_eq!(to_text("a < b &lt;3"), "a < b <3");
        assert_eq!(to_text("<p>unclosed <b"), "unclosed");
        assert_eq!(to_text("line\u{7}bell\n\n  spaced"), "linebell spaced");
        assert_eq!(to_text(""), "");
        assert_eq!(
            to_text("<ul><li>one</li><li>two</li></ul><p>end</p>"),
            "one\ntwo\n\nend"
        );
    }
}
