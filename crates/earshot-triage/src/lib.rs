//! earshot triage: pure functions over a post and a plan. No database, no
//! async, no I/O. Given a [`Mention`] and the [`Plan`], [`Engine::triage`]
//! returns a [`TriageDecision`] with its reasons; it never fails on a post.
//!
//! The path of a post: [`normalize`] (entities, Unicode, tokens) →
//! [`classify`] (complaint and irony models over hashed n-grams, lexicon
//! sentiment) → [`signals`] (cue phrases: danger, spam, jokes, news, ...) and
//! [`pii`] (private details) → [`brand`] (is it the brand, and who is
//! being addressed) → [`topic`] (plan keywords) → the playbook below, then
//! the plan's own rules.

pub mod batch;
pub mod brand;
pub mod classify;
pub mod features;
pub mod lexicon;
pub mod model;
mod needles;
pub mod normalize;
pub mod phrases;
pub mod pii;
pub mod plan;
pub mod signals;
pub mod stem;
pub mod topic;
pub mod train;

use brand::{BrandMatcher, NameFindings};
use classify::{score_normalized, with_scratch, Scratch};
use earshot_core::{Action, Addressing, Mention, Network, Priority, Scores, TriageDecision};
use needles::Needle;
use normalize::TokenKind;
use std::sync::Arc;
use topic::{TopicHit, TopicMatcher};

pub use classify::{score_text, ScoreOutput};
pub use plan::{Plan, PlanError, Team, Topic};

/// What the desk knows about a mention beyond its payload.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The brand has posted in this conversation before (a customer's reply
    /// in a thread the brand is part of is addressed to the brand).
    pub brand_in_thread: bool,
    /// Earlier mentions from the same contact within the re-open window.
    pub prior_contacts: u32,
}

/// The plan compiled for matching.
#[derive(Debug)]
struct Compiled {
    brand: BrandMatcher,
    topics: TopicMatcher,
    /// Strong spam words that are the brand's own business (an investing
    /// app's "crypto"): in its customers' posts they are no sign of spam.
    business_spam_words: Vec<u64>,
}

/// The triage engine: a plan plus the shipped classifier weights.
/// Cheap to clone; `Send + Sync`.
#[derive(Debug, Clone)]
pub struct Engine {
    plan: Plan,
    compiled: Arc<Compiled>,
}

/// Per-post working state kept in the thread's scratch space.
#[derive(Default)]
pub(crate) struct PostScratch {
    words: Vec<u64>,
    lens: Vec<u8>,
    sent: Vec<bool>,
    lower: String,
    topic: TopicHit,
    topic_tags: Vec<(u16, u16, u8)>,
    bio: normalize::Normalized,
}

/// The urgency model's score at which it is trusted on its own: a post
/// to everyone gets an answer for it, and a lower-case name with it is
/// taken as the brand.
const URGENCY_SURE: f32 = 0.9;

/// Whether the post dates something to a year before the one it was
/// written in ("broke my wrist there in 2024").
fn earlier_year(lower: &str, written: Option<chrono::DateTime<chrono::Utc>>) -> bool {
    use chrono::Datelike;
    let Some(now) = written.map(|d| d.year()) else {
        return false;
    };
    lower.match_indices("in 20").any(|(i, _)| {
        let digits = &lower.as_bytes()[i + 3..];
        digits.len() >= 4
            && digits[..4].iter().all(u8::is_ascii_digit)
            && digits.get(4).is_none_or(|c| !c.is_ascii_alphanumeric())
            && std::str::from_utf8(&digits[..4])
                .ok()
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| y < now)
    })
}

/// `format!("{before}{score:.2}{after}")` without the formatting
/// machinery (three reasons of most posts carry a score).
fn with_score(before: &str, score: f32, after: &str) -> String {
    if !(0.0..1e6).contains(&score) {
        return format!("{before}{score:.2}{after}");
    }
    // An f32 has 24 significant bits and 100 < 2^7, so the product is
    // exact in f64 and ties round to even as `{:.2}` does.
    let hundredths = (score as f64 * 100.0).round_ties_even() as u64;
    let mut s = String::with_capacity(before.len() + after.len() + 8);
    s.push_str(before);
    let int = hundredths / 100;
    let frac = (hundredths % 100) as u8;
    s.push_str(&int.to_string());
    s.push('.');
    s.push(char::from(b'0' + frac / 10));
    s.push(char::from(b'0' + frac % 10));
    s.push_str(after);
    s
}

fn fmt_followers(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{:.1}M", n as f64 / 1e6)
    } else if n >= 10_000 {
        format!("{}k", n / 1000)
    } else {
        n.to_string()
    }
}

fn round2(x: f32) -> f32 {
    (x * 100.0).round() / 100.0
}

impl Engine {
    /// Compile the plan and load the embedded models (decoded once per process).
    pub fn new(plan: Plan) -> Engine {
        // The phrase automaton, the cue phrases and the lexicon are built
        // on a second thread while this one decodes the models (about half
        // of the start-up's work each), not by the first post.
        std::thread::scope(|s| {
            s.spawn(|| {
                needles::warm();
                signals::warm();
                lexicon::flags("");
            });
            Engine::build(plan)
        })
    }

    fn build(plan: Plan) -> Engine {
        let _ = classify::models();
        let keywords: Vec<u64> = plan
            .topics
            .iter()
            .flat_map(|t| &t.keywords)
            .filter(|k| !k.contains(' '))
            .map(|k| stem::stem_hash(&k.to_lowercase()))
            .collect();
        let business_spam_words = signals::strong_spam_words()
            .map(stem::stem_hash)
            .filter(|h| keywords.contains(h))
            .collect();
        let compiled = Compiled {
            brand: BrandMatcher::new(&plan),
            topics: TopicMatcher::new(&plan),
            business_spam_words,
        };
        Engine {
            plan,
            compiled: Arc::new(compiled),
        }
    }

    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Decide what to do about one mention.
    pub fn triage(&self, mention: &Mention, ctx: &Context) -> TriageDecision {
        with_scratch(|s| self.triage_in(mention, ctx, s))
    }

    fn triage_in(&self, m: &Mention, ctx: &Context, s: &mut Scratch) -> TriageDecision {
        let plan = &self.plan;
        let c = &*self.compiled;
        let Scratch {
            norm,
            feats,
            feats2,
            post,
        } = s;
        norm.run(&m.text);
        let (score, lex) = score_normalized(norm, feats, feats2);

        // Stemmed words for cue and topic phrases.
        post.words.clear();
        post.lens.clear();
        post.sent.clear();
        for t in &norm.tokens {
            let w = norm.tok(t);
            let w = w.strip_prefix('#').unwrap_or(w);
            post.words.push(stem::stem_hash(w));
            post.lens.push(w.chars().count().min(255) as u8);
            post.sent.push(t.sent_start);
        }
        let mut cues = signals::scan(&post.words, &post.lens, &post.sent);
        // The decoded text with ASCII letters lowered, and the rules'
        // fixed phrase lists found in it in one pass.
        post.lower.clear();
        post.lower.push_str(&norm.decoded);
        post.lower.make_ascii_lowercase();
        let found = needles::scan(&post.lower);
        let private = pii::scan_found(&norm.decoded, found);
        // A currency sign, or pence ("38p", "99p"; not a video's "720p").
        let has_money = norm.tokens.iter().any(|t| {
            let w = norm.tok(t);
            (t.kind == TokenKind::Emoji && matches!(w, "£" | "€"))
                || ((2..=3).contains(&w.len())
                    && w.ends_with('p')
                    && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit()))
        }) || (norm.decoded.contains('$')
            && norm.decoded.bytes().any(|b| b.is_ascii_digit()))
            || norm.tokens.windows(2).any(|w| {
                w[0].kind == TokenKind::Number
                    && matches!(
                        norm.tok(&w[1]),
                        "pounds"
                            | "quid"
                            | "euros"
                            | "euro"
                            | "dollars"
                            | "bucks"
                            | "libras"
                            | "libra"
                            | "dólares"
                            | "dolares"
                            | "euro's"
                            | "sterline"
                            | "livres"
                    )
            });
        c.topics.find(
            &post.words,
            &post.lens,
            false,
            &mut post.topic,
            &mut post.topic_tags,
        );

        refine_cues(&post.lower, found, &mut cues);
        let mut names: NameFindings =
            c.brand
                .find_scanned(m.network, &norm.decoded, &post.lower, found);
        // "more like this please", "now that's more like it": a wish for
        // more, not the "X? more like Y" joke.
        if cues.joke > 0 && found.any(Needle::MoreLike) {
            cues.joke -= 1;
        }

        let business = cues.business > 0
            || post.topic.topic.is_some()
            || post.words.iter().any(|&w| c.brand.is_business_word(w));
        let own_post = c.brand.is_own_post(m);
        let reply_to_brand = c.brand.replies_to_brand(m);
        let tagged = names.handles_in_text > 0 || c.brand.mentions_brand(m);
        let quotes_brand = c.brand.quotes_brand(m);
        let thanks = lex.thanks > 0;
        let strong_complaint = score.complaint >= 0.7;
        // "the night manager at Kestrel Cardiff … he won't be walking out":
        // a branch named after its town reads like another proper name, but
        // with a threat against people in the post it is taken as the
        // brand. (Not for a danger: "Brookmere Library's burst pipe" is the
        // library's.)
        // "whoever invented the cone of shame … I will find you": a threat
        // at whoever made a thing is a figure of speech.
        let threat_words = cues.threat > 0 && !found.any(Needle::WhoeverMade);
        let threat_at_branch = names.names == 0 && threat_words && names.name_then_proper;
        if threat_at_branch {
            names.names = 1;
            names.other_entity = None;
        }
        // "hoist came last week and said it's fine. it's not fine, it's
        // dangerous", "smell of gas … at burrow penock cove": a lower-case
        // name used like a name, with nothing but a risk to people around
        // it, is taken as the brand.
        let risk_cue = threat_words
            || cues.medical > 0
            || cues.hazard > 0
            || cues.person_at_risk > 0
            || cues.self_harm > 0;
        let risk_at_bare_name = names.names == 0
            && names.bare_common_word
            && names.other_entity.is_none()
            && (risk_cue || score.urgency >= URGENCY_SURE);
        if risk_at_bare_name {
            names.names = 1;
            names.lowercase_names = 1;
            names.common_word = None;
        }
        let capital_names = names.names - names.lowercase_names;
        // A threat against people that names the brand is read as about it
        // even with no word of its business ("the dentist at Cusp in Wenmoor
        // … I know where he parks"): missing a threat costs more than
        // answering a namesake.
        let name_ok = names.names > 0
            && (business
                || threat_at_branch
                || (capital_names > 0 && c.brand.staff_from(&norm.decoded, &post.lower))
                || (capital_names > 0
                    && (cues.joke > 0
                        || cues.laugh > 0
                        || strong_complaint
                        || thanks
                        || threat_words)));
        let unconfirmed_name = names.names > 0 && !name_ok;
        if !name_ok {
            names.names = 0;
        }
        // "#keel #boatbuilding", "autumn marble nails #nailart #marble": a
        // one-word name as a bare hashtag, with no name, handle or word of
        // the business, is the word.
        let unconfirmed_tag = names.names == 0
            && names.tags > 0
            && names.tags == names.bare_tags
            && !business
            && !tagged
            && !reply_to_brand
            && !quotes_brand
            && !own_post
            && !ctx.brand_in_thread;
        if unconfirmed_tag {
            names.tags = 0;
        }
        // "Thank you for 12 years of Strobe" from the band's account, "ten
        // years of FLARE" from the magazine's: thanks or an announcement by
        // another account whose display name holds the brand's one-word
        // name, with no tag, no news, no scam and no risk to anyone, is
        // about that namesake.
        if names.names > 0
            && names.tags == 0
            && !tagged
            && !own_post
            && !reply_to_brand
            && cues.impersonation == 0
            && cues.spam_strong == 0
            && !risk_cue
            && (thanks || cues.praise > 0 || cues.announcement > 0)
            && cues.news == 0
            && cues.phishing == 0
            && cues.spam_weak == 0
            && cues.fraud == 0
        {
            if let Some(author) = m
                .author
                .name
                .as_deref()
                .filter(|n| c.brand.in_display_name(n))
            {
                names.other_entity = Some(author.to_string());
                names.names = 0;
            }
        }
        let parent_about_brand = m.references.iter().any(|r| {
            r.kind != earshot_core::ReferenceKind::Reposted
                && (r
                    .author_handle
                    .as_deref()
                    .is_some_and(|h| c.brand.is_handle(m.network, h))
                    || r.text.as_deref().is_some_and(|t| {
                        let f = c.brand.find(m.network, t, &t.to_ascii_lowercase());
                        f.handles_in_text > 0 || f.names > 0 || f.tags > 0
                    }))
        });
        let brand_found = own_post
            || tagged
            || reply_to_brand
            || quotes_brand
            || names.names > 0
            || names.tags > 0
            || ctx.brand_in_thread
            || m.network == Network::Email
            || parent_about_brand;

        let mut addressed = if own_post || !brand_found {
            Addressing::None
        } else {
            c.brand
                .addressing(m, &names, parent_about_brand, ctx.brand_in_thread)
        };
        // A repost passes the brand on; it does not address it.
        if m.is_repost && addressed == Addressing::Direct {
            addressed = Addressing::Indirect;
        }

        // ---- Scores ---------------------------------------------------
        let st = &norm.stats;
        let question: f32 = if st.questions > 0 {
            if cues.question_lead {
                0.9
            } else {
                0.65
            }
        } else if cues.question_lead {
            0.5
        } else {
            0.0
        };
        // "you absolute shower of clowns" is abuse; "the shower is a
        // dribble" is not.
        let showers = norm
            .tokens
            .iter()
            .enumerate()
            .filter(|&(i, t)| {
                norm.tok(t) == "shower"
                    && norm.tokens.get(i + 1).is_none_or(|u| norm.tok(u) != "of")
            })
            .count() as u16;
        let abuse_words = lex.abuse.saturating_sub(showers) + masked_swearing(&norm.decoded);
        let abuse =
            (abuse_words as f32 * 0.45 + if st.all_caps_words > 2 { 0.1 } else { 0.0 }).min(1.0);
        let business_spam = if cues.spam_strong > 0 && !c.business_spam_words.is_empty() {
            post.words
                .iter()
                .filter(|w| c.business_spam_words.contains(w))
                .count()
        } else {
            0
        };
        let mut spam_points = cues.spam_strong.saturating_sub(business_spam as u8) as f32 * 2.0
            + cues.spam_weak as f32 * 0.5;
        // Asking everyone for card details behind a link ("your refund is
        // ready, confirm your card details within 24 hours 👉 https://…")
        // is phishing, unless the writer warns of it or speaks of their own
        // dealings (a quote ends with the quoted post's link).
        if cues.phishing > 0
            && st.urls > 0
            && addressed != Addressing::Direct
            && cues.own_experience == 0
            && !m
                .references
                .iter()
                .any(|r| r.kind == earshot_core::ReferenceKind::Quoted)
            && !found.any(Needle::ScamWarning)
        {
            spam_points += 2.0;
        }
        if spam_points > 0.0 {
            if st.urls > 0 {
                spam_points += 0.5;
            }
            if let Some(bio) = m.author.bio.as_deref() {
                let b = scan_text(&mut post.bio, bio);
                spam_points += b.spam_strong as f32 * 1.5 + b.spam_weak as f32 * 0.25;
            }
        }
        // Someone else speaking as the brand's support and asking for card
        // details or a move to WhatsApp: an impersonator, not a customer.
        // (A customer telling the brand about such a message is not one.)
        let impersonator =
            cues.impersonation > 0 && cues.phishing > 0 && addressed != Addressing::Direct;
        // A customer asking the brand whether an offer is real, or telling
        // it of money lost to one, is no spammer.
        let asks_about_scam = || {
            addressed == Addressing::Direct
                && cues.own_experience > 0
                && (cues.fraud > 0 || found.any(Needle::AsksIfReal))
        };
        let is_spam = impersonator
            || (spam_points >= 2.5
                && (cues.spam_strong >= 2 || !asks_about_scam())
                // A strong complaint with a spam phrase in it is a customer;
                // a post made of spam phrases and a link is not, whatever
                // it says about losses ("lost money to a scam? our agents
                // get your funds back, DM now").
                && (spam_points >= 4.0
                    // Nor does a customer ask everyone for card numbers.
                    || cues.phishing > 0 && addressed != Addressing::Direct
                    || !(score.complaint >= 0.8
                        && (cues.own_experience > 0 || addressed == Addressing::Direct))));
        let spam = if impersonator {
            0.9
        } else {
            (spam_points / 4.0).min(1.0)
        };

        let service_loss = cues.service_loss > 0;
        // "three customers tell us about …", "readers told us": the "us" of
        // a newsroom or a programme, not someone's own trouble.
        let own = cues.own_experience > 0
            && !(cues.news > 0
                && found.any(Needle::NewsroomUs)
                && !post
                    .lower
                    .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                    .any(|w| matches!(w, "i" | "my" | "me" | "i'm" | "i've" | "mine")));
        // Read only when a rule below asks (a news cue or a link).
        let newsy_author = || {
            m.author.bio.as_deref().is_some_and(|b| {
                let b = b.to_ascii_lowercase();
                b.contains("news")
                    || b.contains("journalist")
                    || b.contains("reporter")
                    || b.contains("traffic and travel")
                    || b.contains("consumer affairs")
            })
        };
        // A news outlet's post with a link and no first person is a report
        // ("340 students evacuated … after a kitchen fire https://…").
        let news_like = ((cues.announcement > 0 || cues.news > 0 && !own)
            && (st.urls > 0 || newsy_author()))
            || (st.urls > 0
                && newsy_author()
                && !own
                && !m
                    .references
                    .iter()
                    .any(|r| r.kind == earshot_core::ReferenceKind::Quoted));
        // A news report of an accident is news, not someone at risk now.
        let reported = news_like && !own && addressed != Addressing::Direct;
        // "Not an emergency or anything, but …" does not make a danger to
        // toddlers or someone frail a small thing.
        // "False alarm, nobody hurt, all back inside now", "On this day in
        // 2018: a fire in the shop … Nobody was hurt": a scare told once it
        // is over, with nobody in need, is not a danger now.
        let all_clear = cues.medical == 0
            && question < 0.5
            && found.any(Needle::AllClear)
            && (found.any(Needle::FalseAlarm)
                || found.any(Needle::WhileAgo)
                || earlier_year(&post.lower, m.created_at));
        let hazard = cues.hazard > 0
            && (cues.not_dangerous == 0 || cues.vulnerable_person > 0)
            && !reported
            && !all_clear;
        // Ages written out: a small child or someone very old is as
        // vulnerable as a "toddler" or "elderly"; a child left out in the
        // rain or in traffic is at risk.
        let ages = if cues.service_loss > 0 || cues.stranded > 0 {
            ages(norm)
        } else {
            Ages::default()
        };
        let vulnerable = cues.vulnerable_person > 0 || ages.frail;
        // "nobody's had a reaction": a reaction denied is no medical need.
        let no_reaction = cues.medical == 1 && found.any(Needle::NoReaction);
        let person_cues = !reported
            && !all_clear
            && (cues.medical > 0 && !no_reaction
                || (found.any(Needle::Eye) && eye_injury(norm))
                || cues.person_at_risk > 0
                || (vulnerable && (cues.service_loss > 0 || cues.stranded > 0))
                || (cues.stranded > 0 && (ages.child || found.any(Needle::MyChildren))));
        let threat = threat_words && !reported;
        let negative_words = lex.neg + lex.failure;
        // Sarcasm: ironic, positive on the surface, about the writer's own
        // dealings with the business.
        // Several thanks and praise phrases, none sarcastic: a story that
        // ends well reads as a complaint to the model but is thanks.
        // Praise around the brand's own words held up in quotes, with
        // something wrong ("love that my driver has been '2 min away' for
        // 25 minutes").
        let scare_quotes = (score.complaint >= 0.3 || negative_words > 0 || cues.sarcasm > 0)
            && scare_quote(&norm.decoded);
        // Praise words in a strongly ironic voice around a sum of money or
        // a wait ("love that they charge a £9.50 'service fee' … such
        // value") are not thanks.
        // Giving credit ("credit where it's due: the PCN has been
        // cancelled"), which sarcasm does not. Looked up once, when first
        // asked.
        let credit = std::cell::OnceCell::new();
        let gives_credit = || *credit.get_or_init(|| found.any(Needle::GivesCredit));
        let ironic_praise = score.irony >= 0.7
            && (has_money || cues.wait > 0)
            && own
            && cues.resolved == 0
            && !gives_credit();
        let genuine_thanks = cues.sarcasm == 0
            && !ironic_praise
            && !scare_quotes
            && (cues.praise >= 3
                || (cues.praise >= 2 && (score.complaint < 0.7 || gives_credit())));
        let to_brand = tagged || addressed == Addressing::Direct;
        // Two sarcastic turns of phrase ("complimentary five hour tour …
        // the highlight of the holiday") need no failure word beside them.
        let sarcastic_phrasing = cues.sarcasm >= 2;
        // Thanks for an outage that nobody says is over is not thanks.
        // Warm thanks to a person ("massive thanks to whoever was on the IT
        // desk … actual legend") is for their help, whatever was down.
        let thanks_a_person = cues.praise >= 3 && found.any(Needle::ThanksAPerson);
        let thanks_for_outage = service_loss
            && cues.resolved == 0
            && !thanks_a_person
            && !gives_credit()
            && (cues.praise > 0 || lex.pos > 0)
            && (own || to_brand);
        let signoff = sarcastic_signoff(norm)
            && (own || to_brand)
            && (negative_words > 0
                || cues.grievance > 0
                || cues.blocked > 0
                || service_loss
                || score.complaint >= 0.5
                // The irony model alone, not over warm emoji or something
                // put right ("sorting step-free everything for my mum 🥰 …
                // Brilliant.").
                || (score.irony >= 0.6 && cues.resolved == 0 && !found.any(Needle::WarmEmoji)));
        // A sentence that opens with praise ("love that …", "thanks for
        // the …", "great job …") in an ironic voice, with nothing put right
        // and no person thanked by name, is sarcasm outside the brand's
        // thread: "thanks @council for the complimentary three weeks of
        // rotting bin bags". Thanks in the brand's thread answer its help.
        // Short thanks ("Thanks!", "great, thank you") and thanks for help
        // are sincere whatever the irony model says of them.
        let ironic_opening = lex.cue_opening > 0
            && score.irony >= 0.5
            && post.words.len() >= 12
            && cues.resolved == 0
            && !reply_to_brand
            && (to_brand || business)
            && !found.any(Needle::SincereThanks);
        let sarcasm = thanks_for_outage
            || ironic_opening
            || (signoff && cues.praise <= 1)
            || ((score.irony >= 0.5 || cues.sarcasm > 0 || scare_quotes)
                && !genuine_thanks
                && (lex.pos > 0
                    || cues.praise > 0
                    || st.positive_emoticons > 0
                    || sarcastic_phrasing)
                && (own || has_money || service_loss || post.topic.topic.is_some() || to_brand)
                && (business || to_brand)
                && (negative_words > 0
                    || has_money
                    || service_loss
                    || cues.blocked > 0
                    || cues.wait > 0
                    || sarcastic_phrasing
                    || scare_quotes
                    || (cues.sarcasm > 0
                        && score.irony >= 0.6
                        && cues.praise == 0
                        && cues.resolved == 0)));
        let raw_praise = cues.praise as f32
            + if cues.praise_lead { 1.0 } else { 0.0 }
            + 0.5 * lex.pos as f32
            - 0.8
                * (negative_words + abuse_words + cues.service_loss as u16 + cues.blocked as u16)
                    as f32
            - if sarcasm { 2.0 } else { 0.0 };
        // Heartfelt thanks for a problem put right tells the problem too
        // ("tracked down my missing parcel"): its failure words do not
        // cancel the thanks.
        let praise_score = if genuine_thanks && !sarcasm {
            raw_praise.max(cues.praise as f32)
        } else {
            raw_praise
        };
        // Praise words around a failure in an ironic voice are sarcasm even
        // when the business is not named ("thanks for delivering my curry
        // to the wrong house, really made my night").
        let ironic_thanks = cues.sarcasm > 0 && score.irony >= 0.6 && negative_words > 0 && own;
        let is_praise = praise_score >= 0.9
            && !sarcasm
            && !ironic_thanks
            && question < 0.65
            && cues.legal == 0
            && cues.grievance == 0;
        // Adverts and jingles stuck in someone's head are chatter.
        let chatter = cues.chatter > 0 && !service_loss && !has_money && cues.grievance == 0;
        // A sum of money taken twice ("took mum's invoice twice by direct
        // debit. £1,284 twice") is a double charge however it is worded;
        // in the brand's thread it answers what the brand asked.
        let taken_twice = has_money && !reply_to_brand && found.any(Needle::Twice);
        let grievance = ((cues.grievance > 0 || taken_twice)
            && (own || to_brand || has_money || post.topic.topic.is_some()))
            || (cues.annoyed > 0
                && addressed == Addressing::Direct
                && cues.joke == 0
                && cues.laugh == 0);
        let chatter_only = chatter && addressed != Addressing::Direct;
        let complaint_like = !(is_praise || chatter_only)
            && (score.is_complaint
                || grievance
                || (service_loss && (own || business))
                || cues.unresolved > 0
                || (cues.legal > 0 && (own || post.topic.topic.is_some()))
                || sarcasm
                || (cues.fraud > 0 && own)
                || ((cues.blocked > 0 || negative_words > 0)
                    && own
                    && (tagged || quotes_brand || addressed == Addressing::Direct)
                    && score.complaint >= 0.25)
                || (cues.blocked > 0 && own && has_money && score.complaint >= 0.25)
                || (cues.wait > 0
                    && own
                    && (tagged || addressed == Addressing::Direct)
                    && score.complaint >= 0.25)
                // Tagging the brand in a story of one's own dealings with
                // it, about one of its topics, with no praise.
                || ((tagged || (names.names > 0 && (has_money || score.complaint >= 0.3)))
                    && own
                    && post.topic.topic.is_some()
                    && score.complaint >= 0.2
                    && cues.praise == 0
                    && lex.pos == 0)
                || (abuse_words > 0 && business && !thanks && !abuse_at_someone_else(&post.lower)));
        let own_complaint = complaint_like
            && (own
                || grievance
                || service_loss
                || tagged
                || quotes_brand
                || sarcasm
                || addressed == Addressing::Direct
                || score.complaint >= 0.5);
        // A pun or the shape of a joke about the name; laughter alone is
        // not one ("my nan's stories 😂"), except from a bystander in
        // someone else's thread.
        let joke = cues.joke > 0 && !own_complaint;
        // Genuine thanks for help in the past ("thank you to the crew who
        // sat with my son through a panic attack") is not a need now;
        // danger and threats stay urgent whatever the tone.
        let past_help = is_praise
            && thanks
            && !found.any(Needle::PresentFear)
            && cues.self_harm == 0
            && question < 0.5
            && !complaint_like
            && cues.hazard == 0
            && cues.threat == 0
            && !service_loss;
        // An injury weeks ago, now with a solicitor, is a claim: a strong
        // complaint, not someone at risk now.
        let past_claim = cues.legal > 0
            && cues.medical == 0
            && cues.hazard == 0
            && cues.threat == 0
            && (found.any(Needle::WhileAgo) || found.any(Needle::WeeksOn));
        // Back in the brand's thread about a medical need or a person at
        // risk the brand's answer to this customer named ("I've marked this
        // as a medical priority", "please ring 999 now"), with nothing
        // saying it is settled: still urgent. A question or a new problem
        // keeps it open even with a word like "back on" in it ("how is he
        // just allowed back on??").
        let safe_now = || found.any(Needle::SafeNow);
        let settled = || ((cues.resolved > 0 || thanks) && question < 0.5) || safe_now();
        let thread_risk = reply_to_brand
            && !(hazard || threat || person_cues)
            && cues.praise == 0
            && !settled()
            && m.references.iter().any(|r| {
                r.kind == earshot_core::ReferenceKind::RepliedTo
                    && r.author_handle
                        .as_deref()
                        .is_some_and(|h| c.brand.is_handle(m.network, h))
                    && r.text.as_deref().is_some_and(|t| {
                        // The brand's answer to this customer, not a post to all.
                        t.strip_prefix('@')
                            .and_then(|t| t.get(..m.author.handle.len()))
                            .is_some_and(|h| h.eq_ignore_ascii_case(&m.author.handle))
                            && {
                                let said = scan_text(&mut post.bio, t);
                                said.medical > 0 || said.person_at_risk > 0
                            }
                    })
            });
        // A scare told once it is over ("mine went missing there last year
        // and turned up in 10 mins", "6 weeks ago I came off one … wrist's
        // healed") is a story, not someone at risk now.
        let past_story = || {
            (found.any(Needle::WhileAgo) || earlier_year(&post.lower, m.created_at))
                && ((cues.praise > 0 && negative_words == 0)
                    || thanks
                    || found.any(Needle::NoRegrets)
                    || found.any(Needle::HealedNow))
        };
        let rule_risk = hazard
            || threat
            || (person_cues && !past_help && !past_claim && !past_story())
            || thread_risk;
        // The urgency model, trained on the scenario suite's posts, hears
        // risks in words no cue list has yet ("the railing moves a few
        // inches and we've got a 3 year old"). It counts for a post about
        // the brand that is not news, not a scare told once it is over, not
        // a past injury turned claim, not thanks for help given, not
        // safe ("we're ok") and not called harmless by the writer; from
        // someone telling the brand, or telling everyone of their own
        // trouble (or of someone else's, when the model is sure: "Edna's
        // 92 … her curtains are still shut"), not advice in someone else's
        // thread. Money taken by fraud, even from someone frail, is a
        // strong complaint (high).
        let learned_risk = !rule_risk
            && score.is_urgent
            && cues.fraud == 0
            && (addressed == Addressing::Direct
                || (addressed == Addressing::Indirect
                    && (complaint_like || own || score.urgency >= URGENCY_SURE)))
            && !reported
            && !past_help
            && !past_claim
            && (cues.not_dangerous == 0 || vulnerable)
            && !past_story()
            && !safe_now();
        let urgent_signal = rule_risk || learned_risk;
        let urgency: f32 = if rule_risk {
            0.9
        } else if learned_risk {
            round2(score.urgency)
        } else if cues.hazard > 0 || cues.vulnerable_person > 0 {
            0.4
        } else {
            0.0
        };
        let praise = if is_praise {
            (0.5 + 0.1 * praise_score).min(1.0)
        } else {
            (0.1 * praise_score.max(0.0)).min(0.4)
        };

        // A money amount makes the billing topic for a customer talking
        // about being charged, not for spam or news.
        if has_money && brand_found && (complaint_like || question >= 0.5) && !is_spam && !news_like
        {
            c.topics.find(
                &post.words,
                &post.lens,
                true,
                &mut post.topic,
                &mut post.topic_tags,
            );
        }

        let scores = Scores {
            complaint: round2(score.complaint),
            irony: round2(score.irony),
            sentiment: round2(score.sentiment),
            question,
            praise: round2(praise),
            urgency,
            abuse: round2(abuse),
            spam: round2(spam),
            private_details: if private.any() { 1.0 } else { 0.0 },
        };

        // ---- The playbook ---------------------------------------------
        let pb = &plan.playbook;
        let mut reasons: Vec<String> = Vec::with_capacity(6);
        let brand_handle = plan
            .handles(m.network)
            .first()
            .or_else(|| plan.brand.handles.x.first())
            .map(|h| format!("@{h}"))
            .unwrap_or_else(|| plan.brand.name.clone());
        match addressed {
            Addressing::Direct if m.network == Network::Email => {
                reasons.push("an e-mail to the brand".into())
            }
            Addressing::Direct if reply_to_brand => reasons.push(format!(
                "replies to {brand_handle}: the customer is talking to the brand"
            )),
            Addressing::Direct if ctx.brand_in_thread && !names.leading_handle => {
                reasons.push("a reply in a conversation the brand is part of".into())
            }
            Addressing::Direct if names.vocative_name && !names.leading_handle => {
                reasons.push(format!("speaks to {} by name", plan.brand.name))
            }
            Addressing::Direct => reasons.push(format!("addressed to {brand_handle}")),
            Addressing::Indirect if tagged => {
                reasons.push(format!("tags {brand_handle} in a post to everyone"))
            }
            Addressing::Indirect if quotes_brand => reasons.push("quotes the brand's post".into()),
            Addressing::Indirect => reasons.push(if names.tags > 0 && names.names == 0 {
                "tags the brand with a hashtag".into()
            } else {
                format!("names {} in a post to everyone", plan.brand.name)
            }),
            Addressing::ThirdParty => reasons
                .push("a reply in someone else's conversation that does not tag the brand".into()),
            Addressing::None => {}
        }

        let mut action;
        if own_post {
            action = Action::Ignore;
            reasons.push("the brand's own post".into());
        } else if m.is_repost {
            action = Action::Ignore;
            reasons.push("a repost: reposts never open cases".into());
        } else if !brand_found {
            action = pb.namesake;
            if let Some(other) = &names.other_entity {
                reasons.push(format!("'{other}' is another entity, not the brand"));
            } else if let Some(word) = &names.common_word {
                reasons.push(format!("'{word}' is used as an ordinary word"));
            } else if unconfirmed_name || unconfirmed_tag {
                reasons.push(format!(
                    "the name {} with no sign of the brand's business: another entity",
                    plan.brand.name
                ));
            } else {
                reasons.push("the brand is not mentioned".into());
            }
        } else if is_spam {
            action = pb.spam;
            reasons.push(if impersonator {
                "speaks as the brand's support and asks for details: an impersonator".into()
            } else {
                with_score("spam (", spam, "): selling, giveaways or promotion")
            });
        } else if addressed == Addressing::ThirdParty {
            let bystander_joke = joke
                || ((cues.joke > 0 || cues.laugh > 0) && !own && cues.grievance == 0)
                || (names.name_opener && !complaint_like && !own && question < 0.65)
                // "a company called Kite", "a Kite refund is like a kite on
                // a still day": the name itself is the subject.
                || ((names.name_called || names.common_word.is_some())
                    && !complaint_like
                    && !own
                    && cues.grievance == 0
                    && question < 0.65)
                // "a coffee shop named after a dog losing your stamps?",
                // "the name was always a warning": talk about the name,
                // rhetorical questions and all.
                || (found.any(Needle::NamedAfter) && !complaint_like
                    && !own
                    && cues.grievance == 0)
                // "to be fair bracken is a fern", "Marram is a grass that
                // lives on sand dunes": what the word means.
                || (c.brand.says_what_the_name_is(&post.lower)
                    && !own
                    && cues.grievance == 0
                    && question < 0.65)
                || (score.irony >= 0.75
                    && !complaint_like
                    && post.topic.topic.is_none()
                    && question < 0.5
                    && !own);
            if bystander_joke {
                action = pb.joke;
                reasons.push("a joke by a bystander, not a customer's problem".into());
            } else {
                action = pb.third_party;
                reasons.push("about the brand: monitor, don't butt in".into());
            }
            // Never a public answer inside other people's conversations.
            if action == Action::RespondPublic {
                action = Action::Monitor;
            }
        } else if m.network == Network::Email && pb.email_private {
            action = Action::RespondPrivate;
            if private.any() {
                reasons.push(private_reason(&private));
            }
        } else if private.any() {
            action = pb.private_details;
            reasons.push(private_reason(&private));
        } else if rule_risk
            || (learned_risk && (addressed == Addressing::Direct || score.urgency >= URGENCY_SURE))
        {
            // Someone at risk gets an answer. The model alone turns talk to
            // everyone into one only when it is sure; otherwise it only
            // raises the priority.
            action = Action::RespondPublic;
        } else if addressed == Addressing::Direct {
            if complaint_like {
                action = Action::RespondPublic;
            } else if question >= 0.5 {
                action = Action::RespondPublic;
                reasons.push("a question".into());
            } else if is_praise {
                action = pb.praise;
                reasons.push("praise: thank them".into());
            } else if joke {
                action = pb.joke;
                reasons.push("a joke, nothing to solve".into());
            } else if reply_to_brand || score.complaint >= 0.3 || business {
                action = Action::RespondPublic;
            } else if foreign_language(m.lang.as_deref()) {
                // The models read English; a customer writing to the brand
                // in another language gets a person, not silence.
                action = Action::RespondPublic;
                reasons.push(
                    "written to the brand in another language: an agent should read it".into(),
                );
            } else {
                action = pb.chatter;
                reasons.push("chatter addressed to the brand, nothing to solve".into());
            }
        } else if joke {
            action = pb.joke;
            reasons.push("a joke about the name, not a customer's problem".into());
        } else if news_like && !own {
            action = pb.news;
            reasons.push("news or an announcement about the brand".into());
        } else if own_complaint {
            action = Action::RespondPublic;
            if own || service_loss {
                reasons.push("describes their own experience".into());
            }
        } else if news_like {
            action = pb.news;
            reasons.push("news or an announcement about the brand".into());
        } else if question >= 0.5 && (tagged || quotes_brand) && cues.asking_others == 0 {
            action = Action::RespondPublic;
            reasons.push("a question to the brand".into());
        } else if is_praise {
            action = pb.praise;
            reasons.push("praise: thank them".into());
        } else if foreign_language(m.lang.as_deref()) && to_brand && post.topic.topic.is_some() {
            action = Action::RespondPublic;
            reasons.push(
                "tags the brand about a topic in another language: an agent should read it".into(),
            );
        } else {
            action = pb.chatter;
            reasons.push("general chatter about the brand".into());
        }
        let answering = action.needs_response();
        if answering && complaint_like {
            if sarcasm && !score.is_complaint {
                reasons.push(with_score(
                    "sarcasm (irony ",
                    score.irony,
                    ") from a customer: a complaint",
                ));
            } else {
                reasons.push(with_score("complaint (", score.complaint, ")"));
            }
        }

        // ---- Priority -------------------------------------------------
        let closed = own_post || m.is_repost || !brand_found || is_spam;
        let followers = m.author.followers.unwrap_or(0);
        let reach = followers >= pb.reach_followers;
        // The brand already answered this customer and they are back.
        let came_back = reply_to_brand
            && m.replied_to()
                .and_then(|r| r.text.as_deref())
                .is_some_and(|t| {
                    let t = t.trim_start();
                    t.len() > m.author.handle.len()
                        && t.starts_with('@')
                        && t[1..]
                            .get(..m.author.handle.len())
                            .is_some_and(|h| h.eq_ignore_ascii_case(&m.author.handle))
                });
        // A thank-you or a new small question in the thread is not the
        // problem coming back.
        let polite_follow_up = (thanks || cues.praise > 0) && score.complaint < 0.5;
        let still_a_problem = !polite_follow_up
            && (complaint_like
                || cues.unresolved > 0
                || cues.grievance > 0
                || (negative_words > 0 && !thanks));
        let repeat = ctx.prior_contacts >= pb.repeat_contacts.max(1)
            || cues.contact_repeated
            || (came_back && !is_praise && still_a_problem);
        // Loss of service, or sarcasm about a service that only works some
        // of the time or keeps failing ("love paying £45 a month for
        // internet that works two hours a day", "your app logged me out
        // again 🙄 great job"). Sarcasm about an app's new look is not an
        // outage.
        let part_time_service = sarcasm
            && cues.service_noun > 0
            && (post.words.contains(&stem::stem_hash("works")) || found.any(Needle::Again));
        let outage = (service_loss || part_time_service) && complaint_like;
        let abusive_customer = abuse_words > 0 && complaint_like;
        let legal = cues.legal > 0
            && (complaint_like || (answering && foreign_language(m.lang.as_deref())));
        // Money lost to fraud: a complaint or a worried question.
        // "is that text a scam?" with an amount in it is a worried
        // question; money taken, gone or paid is money lost.
        // `post.lower` is the decoded text with ASCII letters lowered.
        let money_gone = || found.any(Needle::MoneyGone);
        let fraud = cues.fraud > 0
            && (complaint_like || question >= 0.5)
            && ((has_money && money_gone())
                || cues.blocked > 0
                || cues.vulnerable_person > 0
                || found.any(Needle::Taken));
        let repeat_strong = complaint_like
            && (cues.repeat_ordinal > 0
                || norm.decoded.contains("AGAIN")
                || repeated_ordinal(norm));
        let priority = if closed || !answering && !urgent_signal {
            Priority::Low
        } else if urgent_signal {
            Priority::Urgent
        } else if is_praise && !complaint_like {
            Priority::Low
        } else if outage
            || cues.unresolved > 0 && complaint_like
            || legal
            || abusive_customer
            || fraud
            || repeat
            || repeat_strong
            || (reach && (complaint_like || question >= 0.5))
        {
            Priority::High
        } else {
            Priority::Normal
        };
        if !closed {
            if urgent_signal {
                reasons.push(if learned_risk {
                    with_score(
                        "reads like a risk to people (urgency model ",
                        score.urgency,
                        "): urgent",
                    )
                } else {
                    let what = if threat {
                        "a threat against people"
                    } else if cues.medical > 0 {
                        "a medical need"
                    } else if cues.person_at_risk > 0 {
                        "a person at risk"
                    } else if hazard {
                        "a danger to health or safety"
                    } else if thread_risk {
                        "back in a thread about a risk to people the brand has answered"
                    } else {
                        "a vulnerable person without an essential service"
                    };
                    format!("{what}: urgent")
                });
            }
            if priority == Priority::High {
                if outage {
                    reasons.push("loss of service".into());
                }
                if legal {
                    reasons.push("legal or regulatory threat (not urgent)".into());
                }
                if abusive_customer {
                    reasons.push("rude, but still a customer with a problem".into());
                }
                if fraud {
                    reasons.push("money lost to fraud".into());
                }
                if repeat {
                    reasons.push("repeat contact".into());
                }
                if repeat_strong && !repeat {
                    reasons.push("the problem keeps coming back".into());
                }
                if reach {
                    reasons.push(format!(
                        "author reach: {} followers",
                        fmt_followers(followers)
                    ));
                }
            }
        }
        let mut priority = priority;

        // ---- Topic and team ------------------------------------------
        let mut topic = post.topic.topic.map(|i| plan.topics[i].id.clone());
        if let Some(i) = post.topic.topic {
            let t = &plan.topics[i];
            let mut reason = format!("topic {}: ", t.id);
            let keywords = post
                .topic
                .keywords
                .iter()
                .filter_map(|&k| t.keywords.get(k as usize));
            for (i, k) in keywords.enumerate() {
                if i > 0 {
                    reason.push_str(", ");
                }
                reason.push('\'');
                reason.push_str(k);
                reason.push('\'');
            }
            if post.topic.money {
                if !reason.ends_with(": ") {
                    reason.push_str(", ");
                }
                reason.push_str("an amount of money");
            }
            reasons.push(reason);
        }
        let mut team = topic
            .as_deref()
            .and_then(|t| plan.team_of(t))
            .map(str::to_string);

        // ---- The plan's rules ----------------------------------------
        let mut priority_set = None::<Priority>;
        for rule in &plan.rules {
            let w = &rule.when;
            let ok = (w.topic.is_empty() || topic.as_ref().is_some_and(|t| w.topic.contains(t)))
                && (w.addressed.is_empty() || w.addressed.contains(&addressed))
                && (w.action.is_empty() || w.action.contains(&action))
                && (w.network.is_empty() || w.network.contains(&m.network))
                && (w.contains.is_empty() || {
                    let lower = norm.decoded.to_lowercase();
                    w.contains.iter().any(|p| lower.contains(p.as_str()))
                })
                && (w.author.is_empty() || w.author.contains(&m.author.handle.to_lowercase()))
                && w.min_followers.is_none_or(|n| followers >= n)
                && w.complaint.is_none_or(|b| b == complaint_like)
                && w.urgent.is_none_or(|b| b == urgent_signal);
            if !ok {
                continue;
            }
            if let Some(a) = rule.action {
                // The hard rules stay: no public answer in other people's
                // conversations, reposts and own posts never open cases.
                let allowed = !(a == Action::RespondPublic && addressed == Addressing::ThirdParty)
                    && !(a.needs_response() && (own_post || m.is_repost));
                if allowed {
                    action = a;
                }
            }
            if let Some(p) = rule.priority {
                priority_set = Some(p);
            }
            if let Some(t) = &rule.topic {
                topic = Some(t.clone());
                team = plan.team_of(t).map(str::to_string);
            }
            if let Some(t) = &rule.team {
                team = Some(t.clone());
            }
            reasons.push(format!("plan rule: {}", rule.name));
        }
        if let Some(p) = priority_set {
            // A safety risk stays urgent whatever a rule says.
            if !urgent_signal || closed {
                priority = p;
            }
        }

        TriageDecision {
            action,
            priority,
            topic,
            team,
            addressed,
            scores,
            reasons,
            // Counted in business hours when the plan says so.
            first_response_due_secs: match m.created_at {
                Some(at) => plan
                    .first_response_deadline(priority, m.network, at)
                    .signed_duration_since(at)
                    .num_seconds()
                    .max(0) as u64,
                None => plan.sla_secs_on(priority, m.network),
            },
        }
    }
}

/// Ages written in a post.
#[derive(Default, Debug, PartialEq)]
struct Ages {
    /// A child of twelve or under ("my 3 year old", "10yo", "de 10 años").
    child: bool,
    /// Someone of 75 or over ("he's 88", "aged 79"), or a child of four or
    /// under.
    frail: bool,
}

/// The ages a post writes out, in English and the other languages the cues
/// read ("6 ans", "10 Jahre", "8 anni", "7 jaar", "5 anos", "9 lat").
fn ages(norm: &normalize::Normalized) -> Ages {
    let mut a = Ages::default();
    let toks = &norm.tokens;
    let word = |i: usize| toks.get(i).map(|t| norm.tok(t)).unwrap_or("");
    for (i, t) in toks.iter().enumerate() {
        let w = norm.tok(t);
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            continue;
        }
        let Ok(n) = w[..digits].parse::<u32>() else {
            continue;
        };
        let rest = &w[digits..];
        let next = word(i + 1);
        let of_age = matches!(rest, "yo" | "yr" | "yrs")
            || (rest.is_empty()
                && (matches!(
                    next,
                    "yo" | "años" | "anos" | "ans" | "jahre" | "anni" | "jaar" | "lat"
                ) || (matches!(next, "year" | "years" | "yr" | "yrs")
                    && matches!(word(i + 2), "old" | "olds"))));
        let said_age = rest.is_empty()
            && i > 0
            && matches!(
                word(i - 1),
                "he's" | "she's" | "hes" | "shes" | "aged" | "age" | "turned" | "turns"
            );
        if of_age && n <= 12 {
            a.child = true;
        }
        if (of_age && n <= 4) || ((of_age || said_age) && (75..=110).contains(&n)) {
            a.frail = true;
        }
    }
    a
}

/// Cues that need two phrases anywhere in the post, or that one phrase
/// cancels (`lower`: the decoded text with ASCII letters lowered).
fn refine_cues(lower: &str, found: needles::Found, cues: &mut signals::Cues) {
    // Lips, throat or tongue swelling or tingling, in any order ("lips
    // have gone all tingly and my throat feels a bit swolen"): an
    // allergic reaction, a medical need.
    if cues.medical == 0 && found.any(Needle::LipsOrThroat) && found.any(Needle::Swelling) {
        cues.medical = 1;
    }
    // Blisters with a burn, a scald or bleach ("burns all down the back
    // of my neck and they're starting to blister"), not a hiker's
    // "worth every blister".
    if cues.medical == 0 && found.any(Needle::Blister) && found.any(Needle::BurnCause) {
        cues.medical = 1;
    }
    // "lost my daughter's birthday cake order": her cake, not her.
    if cues.person_at_risk > 0 && found.any(Needle::LostChildsThing) {
        cues.person_at_risk -= 1;
    }
    // "Shooting a gorgeous wedding at Holloway Barn": a photographer's
    // shoot, not a gun.
    if cues.person_at_risk > 0
        && found.any(Needle::Shooting)
        && found.any(Needle::PhotoShoot)
        && !found.any(Needle::Guns)
    {
        cues.person_at_risk -= 1;
    }
    // Lost, gone missing, in seven languages, said of a child or a
    // person ("mi hijo se ha perdido", "my grandad … went missing this
    // morning"), not of an order or a parcel ("meine Bestellung ist
    // verschwunden").
    if cues.person_at_risk == 0
        && found.any(Needle::LostPerson)
        && names_lost_person(lower)
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| LOST_PETS.contains(&w))
    {
        cues.person_at_risk = 1;
    }
    // Headaches, dizziness or drowsiness after an alarm, gas or fumes
    // ("that alarm went off last night and we've all had headaches
    // since … the baby's been really sleepy"): carbon-monoxide
    // poisoning, a medical need now.
    if cues.medical == 0 && found.any(Needle::GasAlarm) && found.any(Needle::GasSymptoms) {
        cues.medical = 1;
    }
    // A dangerous animal loose near people ("the escaped lynx has just
    // wandered across our back lawn"): a danger, wherever it came from.
    if cues.hazard == 0
        && found.any(Needle::Escaped)
        && lower
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|w| DANGEROUS_ANIMALS.contains(&w))
    {
        cues.hazard = 1;
    }
}

/// Whether a word of [`LOST_PERSON_WORDS`] is in `lower`, as itself or
/// as "son's" before "gone" or "been" ("my son's gone missing"), not as a
/// possessive ("my sister's went missing": her dress did).
fn names_lost_person(lower: &str) -> bool {
    let mut words = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .peekable();
    while let Some(w) = words.next() {
        let w = w.trim_matches(|c| c == '\'' || c == '’');
        let base = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        let found = match base {
            None => LOST_PERSON_WORDS.contains(&w),
            Some(b) => {
                LOST_PERSON_WORDS.contains(&b)
                    && words.peek().is_some_and(|n| matches!(*n, "gone" | "been"))
            }
        };
        if found {
            return true;
        }
    }
    false
}

/// Pets, in seven languages: "LOST: ferret … Last seen near the
/// allotments … my daughter is heartbroken" is a lost pet.
const LOST_PETS: &[&str] = &[
    "cat", "dog", "puppy", "kitten", "ferret", "rabbit", "hamster", "parrot", "tortoise", "pet",
    "pony", "gato", "perro", "hund", "katze", "chat", "chien", "gatto", "cane", "kat", "hond",
    "cão", "cachorro",
];

/// A child or a person, in seven languages, for the words of being lost.
const LOST_PERSON_WORDS: &[&str] = &[
    "hijo",
    "hija",
    "niño",
    "niña",
    "niños",
    "bebé",
    "sohn",
    "tochter",
    "kind",
    "kinder",
    "junge",
    "mädchen",
    "fils",
    "fille",
    "enfant",
    "bébé",
    "figlio",
    "figlia",
    "bambino",
    "bambina",
    "bimbo",
    "bimba",
    "zoon",
    "dochter",
    "meisje",
    "jongen",
    "filho",
    "filha",
    "criança",
    "menino",
    "menina",
    "mãe",
    "mutter",
    "madre",
    "mère",
    "vader",
    "vater",
    "padre",
    "père",
    "pai",
    "oma",
    "opa",
    "abuela",
    "abuelo",
    "nonna",
    "nonno",
    "grand-mère",
    "avó",
    "avô",
    "papa",
    "mama",
    "mamma",
    "mamá",
    "papá",
    "moeder",
    "son",
    "daughter",
    "child",
    "kid",
    "boy",
    "girl",
    "toddler",
    "grandad",
    "granddad",
    "grandpa",
    "grandma",
    "gran",
    "nan",
    "nana",
    "mum",
    "mom",
    "dad",
    "brother",
    "sister",
    "husband",
    "wife",
    "friend",
    "neighbour",
    "neighbor",
];

/// Animals that are a danger to people when loose.
const DANGEROUS_ANIMALS: &[&str] = &[
    "lynx",
    "tiger",
    "tigers",
    "lion",
    "lions",
    "lioness",
    "wolf",
    "wolves",
    "bear",
    "bears",
    "leopard",
    "cheetah",
    "jaguar",
    "puma",
    "cougar",
    "panther",
    "hyena",
    "crocodile",
    "croc",
    "alligator",
    "snake",
    "python",
    "cobra",
    "viper",
    "adder",
    "boa",
    "bull",
    "rhino",
    "hippo",
    "elephant",
    "gorilla",
    "chimp",
    "chimpanzee",
    "baboon",
    "boar",
    "ostrich",
    "emu",
    "bison",
    "buffalo",
    "scorpion",
    "tarantula",
];

/// Insults aimed at a third person, not at whoever is addressed: "he",
/// "him" or "they" in a post with no "you" ("scumbag. 38 grand off two
/// pensioners who trusted him", a reader on a court story).
fn abuse_at_someone_else(lower: &str) -> bool {
    let mut third = false;
    for w in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
        match w {
            "you" | "your" | "you're" | "you've" | "u" | "ur" | "yours" | "youre" => return false,
            "he" | "him" | "his" | "she" | "her" | "he's" | "she's" => third = true,
            _ => {}
        }
    }
    third
}

/// Swear words written with asterisks ("B*STARDS", "f**king"), which the
/// normaliser splits at the asterisk.
fn masked_swearing(text: &str) -> u16 {
    const WORDS: &[&str] = &[
        "bastard",
        "bastards",
        "fuck",
        "fucks",
        "fucking",
        "fucked",
        "fuckers",
        "shit",
        "shite",
        "shitty",
        "arsehole",
        "arseholes",
        "wanker",
        "wankers",
        "twat",
        "twats",
        "cunt",
        "cunts",
        "bollocks",
        "prick",
        "pricks",
        "bitch",
        "bitches",
    ];
    if memchr::memchr(b'*', text.as_bytes()).is_none() {
        return 0;
    }
    let mut n = 0;
    for w in text.split_whitespace().filter(|w| w.contains('*')) {
        let w = w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '*'));
        let masks_a_swear = w.starts_with(|c: char| c.is_alphabetic())
            && WORDS.iter().any(|s| {
                s.len() == w.len()
                    && s.bytes()
                        .zip(w.bytes())
                        .all(|(a, b)| b == b'*' || b.eq_ignore_ascii_case(&a))
            });
        n += u16::from(masks_a_swear);
    }
    n
}

/// The cues of a short text other than the post (a bio, a parent post),
/// normalised in `n`.
fn scan_text(n: &mut normalize::Normalized, text: &str) -> signals::Cues {
    n.run(text);
    let (mut words, mut lens) = (Vec::new(), Vec::new());
    for t in &n.tokens {
        let w = n.tok(t);
        let w = w.strip_prefix('#').unwrap_or(w);
        words.push(stem::stem_hash(w));
        lens.push(w.chars().count().min(255) as u8);
    }
    let sent = vec![false; words.len()];
    signals::scan(&words, &lens, &sent)
}

/// A short phrase of one to five words held in quotes: 'like this', "or
/// this", ‘or this’. An apostrophe inside a word ("don't", "drivers'") is
/// not a quote mark.
fn scare_quote(text: &str) -> bool {
    let closes = |open: char, c: char| match open {
        '‘' => c == '’' || c == '\'',
        '“' => c == '”' || c == '"',
        '"' => c == '"' || c == '”',
        _ => c == '\'' || c == '’',
    };
    // Quote marks are ASCII or start with the byte 0xE2 (‘ ’ “ ”), which
    // is always the first byte of a character.
    for i in memchr::memchr3_iter(b'\'', b'"', 0xE2, text.as_bytes()) {
        let mut after = text[i..].chars();
        let Some(c) = after.next() else { continue };
        let open = matches!(c, '\'' | '"' | '‘' | '“')
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        if !open || !after.next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        // Look for the closing mark within five words (a longer quote is
        // a saying or a report of what someone said).
        let mut words = 1;
        let mut last = c;
        let mut rest = text[i + c.len_utf8()..].chars().peekable();
        while let Some(d) = rest.next() {
            if d == '\n' {
                break;
            }
            if closes(c, d)
                && !last.is_whitespace()
                && rest.peek().is_none_or(|n| !n.is_alphanumeric())
            {
                return words <= 5;
            }
            if d == ' ' {
                words += 1;
                if words > 5 {
                    break;
                }
            }
            last = d;
        }
    }
    false
}

/// An eye that burns, hurts or cannot see ("both eyes were burning and
/// streaming", "my right eye's all blurry … it hurts", "a dark curtain
/// across my left eye"): sight at risk is a medical need.
fn eye_injury(n: &normalize::Normalized) -> bool {
    const EYE: &[&str] = &[
        "eye", "eyes", "eye's", "eyeball", "eyeballs", "eyelid", "eyelids",
    ];
    const SYMPTOM: &[&str] = &[
        "burning",
        "burned",
        "burnt",
        "painful",
        "pain",
        "hurts",
        "hurting",
        "blurry",
        "blurred",
        "stinging",
        "streaming",
        "swollen",
        "bleeding",
        "curtain",
        "flashes",
        "flashing",
        "floaters",
        "blind",
        "sight",
        "vision",
    ];
    let mut eye = false;
    let mut symptom = false;
    for t in &n.tokens {
        if t.kind != TokenKind::Word {
            continue;
        }
        let w = n.tok(t);
        eye |= EYE.contains(&w);
        symptom |= SYMPTOM.contains(&w);
        if eye && symptom {
            return true;
        }
    }
    false
}

/// The post ends on a short sentence of one or two words of praise after
/// something else ("… bin men came this morning. it's gone. brilliant").
fn sarcastic_signoff(n: &normalize::Normalized) -> bool {
    const SIGN_OFF: &[&str] = &[
        "brilliant",
        "great",
        "lovely",
        "fantastic",
        "perfect",
        "amazing",
        "superb",
        "wonderful",
        "marvellous",
        "nice",
        "cheers",
        "thanks",
        "genius",
        "classic",
        "outstanding",
        "excellent",
        "stellar",
        "fab",
        "fabulous",
        "splendid",
        "great stuff",
        "nice one",
        "good job",
        "well done",
        "incredible",
        "iconic",
    ];
    // What is being praised in an ironic closing pair: "incredible
    // planning", "great communication".
    const IRONIC_NOUN: &[&str] = &[
        "planning",
        "organisation",
        "organization",
        "communication",
        "comms",
        "management",
        "logistics",
        "timing",
        "effort",
        "work",
        "thinking",
    ];
    // The closing words start at the last sentence, or after an emoji that
    // ends the complaint ("her birthday was yesterday 🙂 great stuff").
    let Some(sentence) = n.tokens.iter().rposition(|t| t.sent_start) else {
        return false;
    };
    let after_emoji = n
        .tokens
        .iter()
        .rposition(|t| matches!(t.kind, TokenKind::Emoji | TokenKind::Emoticon))
        .map_or(0, |i| i + 1)
        .min(n.tokens.len());
    let words_after_emoji = n.tokens[after_emoji..]
        .iter()
        .any(|t| t.kind == TokenKind::Word);
    let last = if words_after_emoji {
        sentence.max(after_emoji)
    } else {
        sentence
    };
    if last == 0 || n.tokens[..last].iter().all(|t| t.kind != TokenKind::Word) {
        return false;
    }
    // "really brilliant", "just perfect": an intensifier first.
    let mut words = n.tokens[last..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| n.tok(t))
        .skip_while(|w| {
            matches!(
                *w,
                "really" | "just" | "truly" | "absolutely" | "so" | "very"
            )
        });
    match (words.next(), words.next(), words.next()) {
        (Some(w), None, _) => SIGN_OFF.contains(&w),
        (Some(a), Some(b), None) => {
            SIGN_OFF.contains(&a) && (SIGN_OFF.contains(&b) || IRONIC_NOUN.contains(&b))
                || SIGN_OFF.iter().any(|p| p.split_once(' ') == Some((a, b)))
        }
        _ => false,
    }
}

/// "third cancelled crossing in a fortnight", "4th day without power":
/// an ordinal from second on, followed within eight words by a span of
/// time or "in a row".
fn repeated_ordinal(n: &normalize::Normalized) -> bool {
    const ORDINALS: &[&str] = &[
        "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
    ];
    const SPANS: &[&str] = &[
        "row",
        "day",
        "days",
        "night",
        "nights",
        "week",
        "weeks",
        "weekend",
        "fortnight",
        "month",
        "months",
        "year",
        "time",
        "times",
        "today",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let toks = &n.tokens;
    toks.iter().enumerate().any(|(i, t)| {
        ORDINALS.contains(&n.tok(t))
            // "the second one" is an item, not a time.
            && toks.get(i + 1).is_none_or(|u| n.tok(u) != "one")
            && toks[i + 1..]
                .iter()
                .take(8)
                .any(|u| SPANS.contains(&n.tok(u)))
    })
}

/// A language tag other than English (X, Mastodon and Bluesky tag posts;
/// `und`, `zxx`, `qme`... mean undetermined or no language).
fn foreign_language(lang: Option<&str>) -> bool {
    lang.map(str::trim)
        .filter(|l| l.len() >= 2)
        .is_some_and(|l| {
            let base = l.split(['-', '_']).next().unwrap_or(l).to_ascii_lowercase();
            base != "en" && base != "und" && base != "zxx" && !base.starts_with('q')
        })
}

fn private_reason(p: &pii::PrivateDetails) -> String {
    let kinds: Vec<&str> = p.kinds().collect();
    format!(
        "exposes {} in public: answer privately",
        kinds.join(" and ")
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn ages_read_children_and_the_very_old() {
        let read = |t: &str| {
            let mut n = super::normalize::Normalized::new();
            n.run(t);
            super::ages(&n)
        };
        assert!(read("locked in with my 3 year old").frail);
        assert!(read("mi hijo de 10 años en la puerta").child);
        assert!(!read("mi hijo de 10 años en la puerta").frail);
        assert!(read("my dad, he's 88 and on his own").frail);
        assert!(read("a 10yo on the ring road").child);
        // Not ages: a 40 year old boiler is neither; a bill of 80 is no one.
        assert_eq!(read("our 40 year old boiler"), super::Ages::default());
        assert_eq!(read("the bill is 80 quid"), super::Ages::default());
    }

    #[test]
    fn scores_in_reasons_read_as_format_writes_them() {
        let mut x = 0.0f32;
        while x <= 1.0 {
            for v in [x, x + 0.005, x + 0.0049, 0.125, 0.375, 0.625, 0.875] {
                assert_eq!(
                    super::with_score("a (", v, ")"),
                    format!("a ({v:.2})"),
                    "{v}"
                );
            }
            x += 0.0007;
        }
        assert_eq!(super::with_score("s ", f32::NAN, ""), "s NaN");
        assert_eq!(super::with_score("s ", -0.5, ""), "s -0.50");
    }

    use super::*;

    fn norm(text: &str) -> normalize::Normalized {
        let mut n = normalize::Normalized::new();
        n.run(text);
        n
    }

    #[test]
    fn ordinal_repeats_need_a_span_of_time() {
        assert!(repeated_ordinal(&norm(
            "third cancelled crossing to Dunvane in a fortnight"
        )));
        assert!(repeated_ordinal(&norm("4th day without power")));
        assert!(repeated_ordinal(&norm(
            "Third Sunday in a row my order is short"
        )));
        assert!(!repeated_ordinal(&norm(
            "the third party seller sent the wrong item"
        )));
        assert!(!repeated_ordinal(&norm("I live on the second floor")));
    }

    #[test]
    fn a_short_praise_sentence_at_the_end_is_a_sign_off() {
        assert!(sarcastic_signoff(&norm(
            "left my parcel in the bin. it's gone. brilliant"
        )));
        assert!(sarcastic_signoff(&norm(
            "40 mins on hold then it cut off. nice one"
        )));
        assert!(!sarcastic_signoff(&norm("brilliant")));
        assert!(!sarcastic_signoff(&norm(
            "sorted in five minutes. brilliant service from Priya"
        )));
        assert!(!sarcastic_signoff(&norm("my order is late again")));
    }

    #[test]
    fn a_short_phrase_in_quotes_is_a_scare_quote_and_an_apostrophe_is_not() {
        assert!(scare_quote(
            "love that my driver has been '2 min away' for 25 minutes"
        ));
        assert!(scare_quote(
            "thanks for the \"sometime between monday and friday\" visit"
        ));
        assert!(scare_quote("so much for ‘next day delivery’ then"));
        assert!(!scare_quote(
            "don't think they're coming, it's the drivers' fault"
        ));
        assert!(!scare_quote("she said 'I will ring you back tomorrow morning without fail, I promise you that' and never did"));
        assert!(!scare_quote("no quotes here at all"));
        assert!(repeated_ordinal(&norm(
            "third cancelled crossing in a fortnight"
        )));
        assert!(!repeated_ordinal(&norm(
            "I want a refund on the second one today"
        )));
    }

    #[test]
    fn swear_words_with_asterisks_are_counted() {
        assert_eq!(masked_swearing("FIX IT YOU USELESS B*STARDS"), 1);
        assert_eq!(masked_swearing("f**king joke, sh*t service"), 2);
        assert_eq!(masked_swearing("5* service *****"), 0);
        assert_eq!(masked_swearing("no stars here"), 0);
    }

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn engine_is_send_and_sync() {
        assert_send_sync::<Engine>();
    }
}
