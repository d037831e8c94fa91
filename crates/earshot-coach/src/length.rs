//! How long a draft is, by each network's own counting rules.
//!
//! This module owns the per-network length rules and limits; nothing else
//! in the coach counts characters.
//!
//! - **X** follows the twitter-text v3 configuration. The text is first
//!   NFC-normalised. Every code point in the ranges U+0000–U+10FF,
//!   U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 weighs 1; every other
//!   code point weighs 2, so CJK and most emoji count double. An emoji
//!   *sequence* (a ZWJ family, a skin-tone modifier, a flag, a keycap, an
//!   emoji with its presentation selector) is one grapheme cluster and
//!   counts as a single emoji of weight 2. Every URL, with a scheme or a
//!   bare domain with a known TLD (`northwind.com/status`; a bare
//!   country-code domain only with a path or a subdomain, except `.co` and
//!   `.tv`), counts as 23 however long it is. Limit 280.
//! - **Mastodon** counts extended grapheme clusters, as the server's
//!   `StatusLengthValidator` does (for text without emoji sequences or
//!   combining marks this equals the number of code points). Every URL
//!   with a scheme counts as 23 (Mastodon does not link bare domains, so
//!   they count in full), and a remote mention `@user@host` counts only as
//!   `@user`. Limit 500 unless the instance sets its own.
//! - **Bluesky** counts extended grapheme clusters of the text as posted;
//!   limit 300.
//! - **Email** (and the webhook channel) has no limit; the length is the
//!   number of characters (code points).

use crate::entities;
use earshot_core::Network;
use std::borrow::Cow;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
use unicode_segmentation::UnicodeSegmentation;

/// X's limit in weighted characters.
pub const X_LIMIT: usize = 280;
/// Mastodon's default limit; instances may set their own.
pub const MASTODON_DEFAULT_LIMIT: usize = 500;
/// Bluesky's limit in graphemes.
pub const BLUESKY_LIMIT: usize = 300;
/// What a URL counts for on X and Mastodon, whatever its real length.
pub const URL_LENGTH: usize = 23;

/// The length of `text` on `network` and that network's limit (`None` for
/// email, which has none). Mastodon uses its default limit; see
/// [`measure`] for an instance's own.
pub fn length(network: Network, text: &str) -> (usize, Option<usize>) {
    measure(network, text, None)
}

/// Like [`length`], with a Mastodon instance's own limit when it is known.
pub fn measure(
    network: Network,
    text: &str,
    instance_limit: Option<usize>,
) -> (usize, Option<usize>) {
    match network {
        Network::X => (x_weighted_length(text), Some(X_LIMIT)),
        Network::Mastodon => (
            mastodon_length(text),
            Some(instance_limit.unwrap_or(MASTODON_DEFAULT_LIMIT)),
        ),
        Network::Bluesky => (text.graphemes(true).count(), Some(BLUESKY_LIMIT)),
        Network::Email | Network::Webhook => (text.chars().count(), None),
    }
}

/// twitter-text v3 weights: 1 inside these ranges, 2 outside.
fn x_code_point_weight(c: char) -> usize {
    match u32::from(c) {
        0..=4351 | 8192..=8205 | 8208..=8223 | 8242..=8247 => 1,
        _ => 2,
    }
}

/// Whether a grapheme cluster of several code points is an emoji sequence
/// that X counts as one emoji. Single code points need no special case:
/// every pictograph outside the weight-1 ranges already weighs 2.
fn is_emoji_sequence(cluster: &str) -> bool {
    let mut chars = cluster.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if chars.next().is_none() {
        return false;
    }
    let pictographic = |c: char| {
        let u = u32::from(c);
        (0x1F000..=0x1FAFF).contains(&u)
            || (0x2600..=0x27BF).contains(&u)
            || (0x2300..=0x23FF).contains(&u)
            || (0x2B00..=0x2BFF).contains(&u)
            || (0x2190..=0x21FF).contains(&u)
            || (0x25A0..=0x25FF).contains(&u)
            || matches!(
                u,
                0x00A9
                    | 0x00AE
                    | 0x203C
                    | 0x2049
                    | 0x2122
                    | 0x2139
                    | 0x3030
                    | 0x303D
                    | 0x3297
                    | 0x3299
            )
    };
    let keycap_base = first.is_ascii_digit() || first == '#' || first == '*';
    let joined = cluster.chars().any(|c| {
        matches!(u32::from(c), 0xFE0F | 0x20E3 | 0x200D | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
    });
    (pictographic(first)
        && (joined
            || cluster
                .chars()
                .all(|c| pictographic(c) || u32::from(c) >= 0xE0000)))
        || (keycap_base && cluster.contains('\u{20E3}'))
}

fn x_weighted_segment(segment: &str) -> usize {
    segment
        .graphemes(true)
        .map(|g| {
            if is_emoji_sequence(g) {
                2
            } else {
                g.chars().map(x_code_point_weight).sum()
            }
        })
        .sum()
}

/// X's weighted length (see the module documentation).
pub fn x_weighted_length(text: &str) -> usize {
    let text: Cow<'_, str> = match is_nfc_quick(text.chars()) {
        IsNormalized::Yes => Cow::Borrowed(text),
        _ => Cow::Owned(text.nfc().collect()),
    };
    let mut total = 0;
    let mut at = 0;
    for url in entities::x_urls(&text) {
        total += x_weighted_segment(&text[at..url.start]) + URL_LENGTH;
        at = url.end;
    }
    total + x_weighted_segment(&text[at..])
}

/// Mastodon's countable length (see the module documentation).
pub fn mastodon_length(text: &str) -> usize {
    let mut replaced: Vec<(std::ops::Range<usize>, usize)> = entities::protocol_urls(text)
        .into_iter()
        .map(|span| (span, URL_LENGTH))
        .collect();
    for (span, user_len) in entities::remote_mentions(text) {
        // `@user` is ASCII, so its byte length is its grapheme count.
        entities::insert_if_free(&mut replaced, |e| &e.0, (span, user_len));
    }
    let mut total = 0;
    let mut at = 0;
    for (span, counted) in replaced {
        total += text[at..span.start].graphemes(true).count() + counted;
        at = span.end;
    }
    total + text[at..].graphemes(true).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn x_counts_latin_as_one_and_cjk_as_two() {
        assert_eq!(length(Network::X, "hello"), (5, Some(280)));
        assert_eq!(x_weighted_length("こんにちは"), 10);
        assert_eq!(x_weighted_length("网络断了"), 8);
        assert_eq!(x_weighted_length("인터넷"), 6);
        // Cyrillic, Greek, Arabic, Hebrew, Devanagari and Thai are all
        // below U+10FF and weigh 1.
        assert_eq!(x_weighted_length("Интернет"), 8);
        assert_eq!(x_weighted_length("नमस्ते"), 6);
        assert_eq!(x_weighted_length("مرحبا"), 5);
    }

    #[test]
    fn x_punctuation_ranges_weigh_one() {
        // En dash, curly quotes, ellipsis and prime marks are in the
        // weight-1 ranges; the ellipsis (U+2026) and the euro sign are not.
        assert_eq!(
            x_weighted_length("\u{2013}\u{201C}\u{201D}\u{2026}\u{2032}"),
            1 + 1 + 1 + 2 + 1
        );
        assert_eq!(x_weighted_length("€"), 2);
    }

    #[test]
    fn x_counts_each_emoji_sequence_once() {
        assert_eq!(x_weighted_length("😀"), 2);
        assert_eq!(x_weighted_length("👍🏽"), 2, "skin tone");
        assert_eq!(
            x_weighted_length("👨\u{200D}👩\u{200D}👧\u{200D}👦"),
            2,
            "ZWJ family"
        );
        assert_eq!(x_weighted_length("🇬🇧🇺🇸"), 4, "two flags");
        assert_eq!(x_weighted_length("1\u{FE0F}\u{20E3}"), 2, "keycap");
        assert_eq!(x_weighted_length("❤\u{FE0F}"), 2, "presentation selector");
        assert_eq!(
            x_weighted_length("🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}"),
            2,
            "tag flag"
        );
        assert_eq!(x_weighted_length("Thanks! 🙏"), 8 + 2);
    }

    #[test]
    fn x_normalises_to_nfc_first() {
        // "é" as e + combining acute is one code point after NFC.
        assert_eq!(x_weighted_length("cafe\u{301}"), 4);
        assert_eq!(x_weighted_length("café"), 4);
    }

    #[test]
    fn x_counts_every_url_as_23() {
        let long = "https://status.northwind.example/outages/millbrook/2026-11-23?utm_source=x";
        assert_eq!(x_weighted_length(long), 23);
        assert_eq!(x_weighted_length("http://t.co"), 23);
        assert_eq!(x_weighted_length(&format!("See {long} now")), 4 + 23 + 4);
        assert_eq!(x_weighted_length("See northwind.com/status"), 4 + 23);
        // A bare country-code domain without a path is not a link.
        assert_eq!(x_weighted_length("northwind.de"), 12);
        assert_eq!(x_weighted_length("northwind.de/hilfe"), 23);
        // An email address is not a link.
        assert_eq!(x_weighted_length("care@northwind.com"), 18);
    }

    #[test]
    fn x_limit_is_280() {
        let exact = "a".repeat(280);
        assert_eq!(length(Network::X, &exact), (280, Some(280)));
        let cjk = "断".repeat(141);
        assert_eq!(length(Network::X, &cjk).0, 282);
    }

    #[test]
    fn mastodon_counts_urls_as_23_and_remote_mentions_as_local() {
        let t = "@dana@mastodon.social see https://status.northwind.example/outages/millbrook";
        assert_eq!(mastodon_length(t), "@dana".len() + " see ".len() + 23);
        // Bare domains are not links on Mastodon and count in full.
        assert_eq!(mastodon_length("northwind.com/status"), 20);
        assert_eq!(length(Network::Mastodon, "hi"), (2, Some(500)));
        assert_eq!(
            measure(Network::Mastodon, "hi", Some(1000)),
            (2, Some(1000))
        );
        // An email address is neither a link nor a mention.
        assert_eq!(mastodon_length("care@northwind.com"), 18);
    }

    #[test]
    fn mastodon_and_bluesky_count_graphemes() {
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(mastodon_length(family), 1);
        assert_eq!(length(Network::Bluesky, family), (1, Some(300)));
        assert_eq!(length(Network::Bluesky, "🇬🇧 ok"), (4, Some(300)));
        assert_eq!(length(Network::Bluesky, "cafe\u{301}"), (4, Some(300)));
        assert_eq!(length(Network::Bluesky, "网络断了"), (4, Some(300)));
    }

    #[test]
    fn email_has_no_limit() {
        assert_eq!(length(Network::Email, "Grüße 👍"), (7, None));
        assert_eq!(length(Network::Email, &"x".repeat(10_000)), (10_000, None));
    }
}
