//! The fixed phrase lists that the playbook's rules test as plain
//! substrings of a post's lowered text, found in one pass: an Aho–Corasick
//! automaton over every phrase of every list reports which lists occur,
//! and each rule then reads one bit instead of searching the text once per
//! phrase (about 50 searches a post before).

use aho_corasick::automaton::Automaton as _;
use aho_corasick::{dfa::DFA, Anchored, MatchKind};
use std::sync::OnceLock;

/// Declares the lists: `Needle::Name` for each and the table of phrases
/// in the same order.
macro_rules! needle_lists {
    ($($(#[$doc:meta])* $name:ident = $list:expr;)*) => {
        /// One fixed phrase list of the rules (see the module).
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub(crate) enum Needle {
            $($(#[$doc])* $name,)*
        }

        const LISTS: &[&[&str]] = &[$($list,)*];
    };
}

needle_lists! {
    /// Fear now, in a thank-you ("thank you. honestly I'm scared he'll turn up
    /// at my house"): the thanks do not make it a story of help given.
    PresentFear = &[
        "too frightened",
        "too scared",
        "knows where i live",
        "know where i live",
        "still being watched",
        "still being monitored",
        "still in hospital",
        "still in a&e",
        "don't feel safe",
        "dont feel safe",
        "do not feel safe",
        "i'm scared",
        "im scared",
        "i am scared",
        "i'm terrified",
        "i'm frightened",
        "scared he'll",
        "scared she'll",
        "afraid he'll",
        "afraid she'll",
    ];
    /// A while ago: a story told of the past, not something happening now.
    WhileAgo = &[
        "weeks ago",
        "months ago",
        "years ago",
        "a year ago",
        "last month",
        "last year",
        "long healed",
    ];
    /// "more like this please": a wish for more, not the "X? more like Y" joke.
    MoreLike = &[
        "more like this",
        "more like that",
        "more like these",
        "more like it",
    ];
    /// A threat at whoever made a thing ("whoever invented …"), a figure of speech.
    WhoeverMade = &[
        "whoever invented",
        "whoever designed",
        "whoever came up with",
        "whoever thought",
        "whoever keeps",
    ];
    /// Words of someone warning of a scam rather than spreading one.
    ScamWarning = &[
        "scam",
        "fake",
        "beware",
        "phishing",
        "don't click",
        "dont click",
        "careful",
        "dodgy",
        "is this real",
        "legit",
    ];
    /// A customer asking whether an offer or a message is real.
    AsksIfReal = &[
        "is this real",
        "is it real",
        "is this legit",
        "is it legit",
        "is this genuine",
        "is it genuine",
        "is this you",
        "is this a scam",
        "is it a scam",
        " real?",
        " legit?",
        " genuine?",
        "a scam?",
    ];
    /// The "us" of a newsroom or a programme ("readers told us").
    NewsroomUs = &[
        " tell us ",
        " told us ",
        " tells us ",
        "spoke to us",
        "contacted us",
        "in touch with us",
        "wrote to us",
    ];
    /// Nobody hurt: a scare told once it is over.
    AllClear = &[
        "nobody hurt",
        "no one hurt",
        "nobody was hurt",
        "no one was hurt",
        "all fine",
        "all ok",
        "all okay",
        "everyone's fine",
        "everyone is fine",
        "everyone's ok",
        "all back",
        "no harm done",
        "nobody was injured",
        "no one was injured",
        "no injuries",
    ];
    /// A scare that came to nothing.
    FalseAlarm = &[
        "false alarm",
        "turned out",
    ];
    /// A reaction denied ("nobody's had a reaction").
    NoReaction = &[
        "nobody's had a reaction",
        "nobody has had a reaction",
        "no one's had a reaction",
        "no one has had a reaction",
        "hasn't had a reaction",
        "haven't had a reaction",
        "not had a reaction",
    ];
    /// The writer's children with them.
    MyChildren = &[
        "my kids",
        "my children",
        "my girls",
        "my boys",
        "two girls",
        "two boys",
        "my daughter",
        "my son",
        "little one",
    ];
    /// Giving credit, which sarcasm does not.
    GivesCredit = &[
        "credit where",
        "fair play",
        "hats off",
        "props to",
        "kudos",
        "shoutout to",
        "shout out to",
    ];
    /// Thanks to a person for their help.
    ThanksAPerson = &[
        "whoever",
        "thanks to",
        "thank you to",
        "shout out to",
    ];
    /// Thanks for help, sincere whatever the irony model says.
    SincereThanks = &[
        "shout out",
        "shoutout",
        "whoever answered",
        "whoever picked up",
        "thank you",
        "thanks to",
        "thanks so much",
        "appreciate",
        "help",
        "for the quick",
        "for the fast",
        "for replying",
        "for the reply",
        "for your reply",
        "for getting back",
        "for sorting",
        "for listening",
    ];
    /// A sum taken twice, in eight languages.
    Twice = &[
        " twice",
        "two times",
        "deux fois",
        "dos veces",
        "zweimal",
        "due volte",
        "twee keer",
        "duas vezes",
    ];
    /// Weeks or months after the event.
    WeeksOn = &[
        "weeks on",
        "months on",
    ];
    /// The writer saying they are safe now.
    SafeNow = &[
        "we're ok",
        "we are ok",
        "we're safe",
        "we are safe",
        "i'm ok",
        "i'm safe",
        "all safe",
        "everyone's ok",
        "everyone is ok",
        "safe now",
    ];
    /// A story that ended well.
    NoRegrets = &[
        "no regrets",
        "zero regrets",
        "still went back",
    ];
    /// Healed, turned up, fine now: a scare that is over.
    HealedNow = &[
        "healed",
        "turned up",
        "fine now",
        "ok now",
        "okay now",
        "all fine",
    ];
    /// Talk about the name itself.
    NamedAfter = &[
        "named after",
        "named a ",
        "the name was",
        "the name is",
        "a name like",
    ];
    /// A service that keeps failing.
    Again = &[
        " again",
        "keeps ",
        "every time",
        "every single time",
    ];
    /// Money taken, gone or paid, in several languages.
    MoneyGone = &[
        "taken",
        "stolen",
        "lost",
        "gone",
        "paid",
        "emptied",
        "drained",
        "transferred",
        "took",
        "moved",
        "withdr",
        "spent",
        "debited",
        "robbed",
        "scammed",
        "transferi",
        "transféré",
        "überwiesen",
        "perdi",
        "perdí",
    ];
    /// Lips, throat or tongue (an allergic reaction with [`Needle::Swelling`]).
    LipsOrThroat = &[
        " lips",
        "throat",
        "tongue",
    ];
    /// Swelling or tingling.
    Swelling = &[
        "swollen",
        "swolen",
        "swelling",
        "tingly",
        "tingling",
        "puffy",
        "puffed up",
    ];
    /// What burns skin (with [`Needle::Blister`]).
    BurnCause = &[
        "burn",
        "scald",
        "bleach",
        "chemical",
    ];
    /// Something of a child's lost, not the child.
    LostChildsThing = &[
        "lost my son's",
        "lost my daughter's",
        "lost my child's",
        "lost my kid's",
        "lost my little boy's",
        "lost my little girl's",
    ];
    /// A photographer's shoot (with [`Needle::Shooting`]).
    PhotoShoot = &[
        "wedding",
        "photo",
        "portrait",
        "headshot",
        "video",
        "footage",
        "campaign",
    ];
    /// Words of a real shooting.
    Guns = &[
        "gun",
        "armed",
        "shots fired",
        "shot dead",
        "police",
    ];
    /// Lost or gone missing, in seven languages.
    LostPerson = &[
        "se ha perdido",
        "s'est perdu",
        "vermisst",
        "verschwunden",
        "scomparso",
        "scomparsa",
        "si è perso",
        "si è persa",
        "kwijt",
        "está perdido",
        "está perdida",
        "desapareceu",
        "desaparecido",
        "desaparecida",
        "a disparu",
        "vermist",
        "went missing",
        "gone missing",
        "been missing",
        "last seen",
    ];
    /// A carbon-monoxide alarm, gas or fumes.
    GasAlarm = &[
        "co alarm",
        "monoxide",
        "alarm went off",
        "smell of gas",
        "smell gas",
        "gas smell",
        "fumes",
    ];
    /// Symptoms of carbon-monoxide poisoning.
    GasSymptoms = &[
        "headache",
        "dizzy",
        "drowsy",
        "really sleepy",
        "very sleepy",
        "nauseous",
        "feel sick",
        "feeling sick",
    ];
    /// An animal loose.
    Escaped = &[
        "escaped",
        "on the loose",
        "got out of its",
        "broke out of",
        "is loose",
    ];
    /// Emoji of affection and gratitude, which sarcasm rarely uses.
    WarmEmoji = &[
        "🥰",
        "😍",
        "❤",
        "💚",
        "💙",
        "💛",
        "💜",
        "🧡",
        "🥹",
        "🙏",
        "😊",
        "☺",
        "🤗",
    ];
    /// "eye", before the closer look of `eye_injury`.
    Eye = &[
        "eye",
    ];
    /// Blisters (with [`Needle::BurnCause`]).
    Blister = &[
        "blister",
    ];
    /// "shooting" (a gun or a camera).
    Shooting = &[
        "shooting",
    ];
    /// Money "taken".
    Taken = &[
        "taken",
    ];
    /// Horse racing (see `brand::RACING`).
    Racing = crate::brand::RACING;
    /// A word puzzle: a crossword, a Wordle or an anagram.
    Puzzle = &[
        "crossword",
        "wordle",
        "anagram",
    ];
    /// " across", as in a crossword clue ("14 across").
    Across = &[" across"];
    /// A piece of every login keyword that `pii::has_password` looks for
    /// ("pass", "pwd", "contraseña", "senha", "wachtwoord").
    LoginWord = &[
        "ass",
        "pwd",
        "senha",
        "contrase",
        "wachtwoord",
    ];
    /// A piece of every word of birth that `pii::written_birth_date`
    /// needs ("date of birth", "dob", "d.o.b", "born on", "birthday").
    BirthWord = &[
        "irth",
        "dob",
        "d.o.b",
        "orn on",
    ];
}

/// Which lists occur in a text: bit `n` is `Needle` number `n`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Found(u64);

impl Found {
    /// Whether any phrase of `list` occurs in the text.
    #[inline]
    pub(crate) fn any(self, list: Needle) -> bool {
        self.0 & (1 << list as u8) != 0
    }
}

struct Automaton {
    dfa: DFA,
    /// For each distinct phrase, the lists it belongs to.
    lists_of: Vec<u64>,
}

fn automaton() -> &'static Automaton {
    static AUTOMATON: OnceLock<Automaton> = OnceLock::new();
    AUTOMATON.get_or_init(|| {
        assert!(LISTS.len() <= 64, "more phrase lists than bits in Found");
        let mut phrases: Vec<&str> = Vec::new();
        let mut lists_of: Vec<u64> = Vec::new();
        for (i, list) in LISTS.iter().enumerate() {
            for p in list.iter() {
                match phrases.iter().position(|q| q == p) {
                    Some(at) => lists_of[at] |= 1 << i,
                    None => {
                        phrases.push(p);
                        lists_of.push(1 << i);
                    }
                }
            }
        }
        // A DFA with standard match semantics: every state knows every
        // phrase that ends there, so one walk over the text sees every
        // occurrence. No prefilter: the walk itself is the search.
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(&phrases)
            .expect("the fixed phrase lists build an automaton");
        Automaton { dfa, lists_of }
    })
}

/// Build the automaton now rather than on the first post.
pub(crate) fn warm() {
    automaton();
}

/// The lists that occur in `lower` (the decoded text with ASCII letters
/// lowered): the same answer as testing each phrase with `str::contains`.
pub(crate) fn scan(lower: &str) -> Found {
    let a = automaton();
    let dfa = &a.dfa;
    let mut found = 0u64;
    let Ok(mut sid) = dfa.start_state(Anchored::No) else {
        return Found(0);
    };
    for &b in lower.as_bytes() {
        sid = dfa.next_state(Anchored::No, sid, b);
        if dfa.is_special(sid) && dfa.is_match(sid) {
            for i in 0..dfa.match_len(sid) {
                found |= a.lists_of[dfa.match_pattern(sid, i).as_usize()];
            }
        }
    }
    Found(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every list agrees with a phrase-by-phrase substring search, on texts
    /// built from the phrases themselves (overlapping, nested, at the
    /// edges) and on texts with none of them.
    #[test]
    fn agrees_with_contains() {
        let mut texts: Vec<String> = vec![
            String::new(),
            "nothing to see here".into(),
            "ééé 🥰 multi-byte text".into(),
        ];
        for list in LISTS {
            for p in list.iter() {
                texts.push(p.to_string());
                texts.push(format!("x{p}y"));
                // A phrase cut short must not count.
                texts.push(p.chars().take(p.chars().count() - 1).collect());
            }
        }
        // Phrases that overlap or nest ("gone missing" inside "been gone
        // missing", "eye" inside "eyes", "taken" beside "lost").
        texts.push("the dog has been gone missing since last year, eyes taken".into());
        texts.push("burns blister shooting wedding photo headache co alarm".into());
        for t in &texts {
            let found = scan(t);
            for (i, list) in LISTS.iter().enumerate() {
                let want = list.iter().any(|p| t.contains(p));
                assert_eq!(found.0 & (1 << i) != 0, want, "list {i} on {t:?}");
            }
        }
    }
}
