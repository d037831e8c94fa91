//! Finding the brand in a post and working out who the post talks to.
//!
//! Handles come from the plan per network; aliases are matched as names and
//! as hashtags. A name is *not* the brand when it sits inside an exclude
//! phrase, inside a different proper name ("Acme Rockets", "Lake Acme",
//! "Acme Bank" for a phone network), in a full name whose later words are
//! written in lower case before a further noun ("the Acme telecom van"), or
//! is a lower-case common word ("an acme of design", "acme jelly"), and a
//! name with no sign of the brand's business around it is treated as
//! another entity. A lower-case name is the brand when words of the
//! business stand next to it or in its clause ("acme have cut my signal");
//! as the subject of a verb its whole clause counts.

use crate::lexicon::FxHasher;
use crate::needles::{self, Needle};
use crate::plan::Plan;
use crate::stem::{phrase_hashes, stem_hash};
use earshot_core::{Addressing, Mention, Network, ReferenceKind};
use memchr::memmem::Finder;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

/// A set of word-stem hashes with a fast hasher.
pub type StemSet = HashSet<u64, BuildHasherDefault<FxHasher>>;

/// The brand, compiled from the plan for fast matching.
#[derive(Debug, Clone)]
pub struct BrandMatcher {
    /// (alias as written, lower case, hashtag form), longest first.
    aliases: Vec<(String, String, String)>,
    /// Precompiled searchers: aliases, their hashtag forms, exclude phrases.
    alias_finders: Vec<Finder<'static>>,
    tag_finders: Vec<Finder<'static>>,
    exclude_finders: Vec<Finder<'static>>,
    /// Stems that show the brand's business (topic keywords, brand words, `business`).
    pub business: StemSet,
    /// Business words known only as parts of longer keywords ("dropped" of
    /// "dropped calls", "never" of "never arrived"): weaker signs.
    partial: StemSet,
    /// The business words that are a sign of the business on their own
    /// (see [`BrandMatcher::is_business_word`]).
    signs: StemSet,
    /// Words any brand's customers use ("customer", "order", "contract",
    /// "broadband"): weaker signs than the brand's own business words.
    care: StemSet,
    /// The business and customer words, and the other words that follow
    /// a brand's name ("support", "hq"): nouns a name can stand before and
    /// still be the brand ("kettle bill", "bramble order").
    typical: StemSet,
    /// The brand's handles, lower case, on every network (for text scans).
    handles: Vec<(Network, String)>,
}

/// Everyday words that are no sign of a business when they come only from
/// a longer keyword ("turnaround time", "fell off", "won't open").
fn everyday_words() -> &'static StemSet {
    static S: OnceLock<StemSet> = OnceLock::new();
    S.get_or_init(|| {
        [
            "time", "times", "open", "fell", "fall", "day", "days", "week", "weeks", "hour",
            "hours", "month", "way", "thing", "things", "place", "people", "back", "still",
            "again", "long", "last", "first", "never", "even", "come", "came", "gone", "went",
            "left", "take", "took", "made", "make", "get", "got", "keep", "kept", "one", "two",
            "three", "self",
        ]
        .iter()
        .map(|w| stem_hash(w))
        .collect()
    })
}

/// Nouns that, right after a one-word name, make it the name of something
/// else: a book or a show, a venue, a club.
const OTHER_THINGS: &[&str] = &[
    "episode",
    "episodes",
    "season",
    "series",
    "trilogy",
    "novel",
    "novels",
    "book",
    "books",
    "film",
    "movie",
    "album",
    "band",
    "café",
    "cafe",
    "pub",
    "brewery",
    "taproom",
    "school",
    "academy",
    "church",
    "park",
    "fc",
    "rovers",
    "library",
    "festival",
    "fair",
    "museum",
    "theatre",
    "gallery",
    "farm",
    "lake",
    "reservoir",
    "trailer",
    "trailers",
    "sequel",
    "prequel",
    "remaster",
    "remake",
    "dlc",
    "soundtrack",
    "gameplay",
    "audiobook",
    "cc",
    "afc",
    "rfc",
    "ltd",
    "plc",
    "llp",
    "autos",
    "garage",
    "lettings",
    "chemist",
    "chemists",
    "brewing",
    "distillery",
    "solutions",
];

/// Hashtag endings after the name that make it a show, a book or a club.
const TAG_OTHER_THINGS: &[&str] = &[
    "tv", "show", "series", "season", "book", "books", "trilogy", "film", "movie", "fc", "fans",
    "fandom", "band", "cafe", "café", "pub",
];

/// Prepositions that make a following one-word name a place on their own.
const PLACE_PREPOSITIONS: &[&str] = &["near", "around", "across", "outside", "towards"];

/// Animals and boats whose name can come right after them ("our lurcher
/// Sedge", "the yacht Halyard", "the fishing boat Plover").
const PET: &[&str] = &[
    "yacht",
    "boat",
    "trawler",
    "vessel",
    "dinghy",
    "ketch",
    "schooner",
    "narrowboat",
    "barge",
    "racehorse",
    "mare",
    "gelding",
    "filly",
    "dog",
    "puppy",
    "pup",
    "cat",
    "kitten",
    "pony",
    "horse",
    "lurcher",
    "greyhound",
    "whippet",
    "spaniel",
    "labrador",
    "terrier",
    "collie",
    "staffie",
    "beagle",
    "poodle",
    "hamster",
    "rabbit",
    "bunny",
    "budgie",
    "parrot",
    "tortoise",
];

/// Whether the words after byte `e` of `lower` call the name an animal of
/// the writer's ("…, our new rescue cat", "is my old lurcher").
fn pet_after(lower: &str, e: usize) -> bool {
    let mut words = lower[e..]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take(6)
        .peekable();
    if words.peek().is_some_and(|w| matches!(*w, "is" | "was")) {
        words.next();
    }
    if !words.next().is_some_and(|w| POSSESSIVES.contains(&w)) {
        return false;
    }
    words.take(3).any(|w| PET.contains(&w))
}

/// Function words never taken as signs of a business.
const STOP: &[&str] = &[
    "with",
    "from",
    "that",
    "this",
    "have",
    "been",
    "your",
    "their",
    "there",
    "what",
    "when",
    "left",
    "into",
    "over",
    "after",
    "before",
    "about",
    "behind",
    "handed",
    "make",
    "didn't",
    "can't",
    "from",
    "change",
    "moving",
    "home",
    "house",
    "new",
    "back",
    "hand",
    "there",
    "here",
    "just",
    "more",
    "less",
    "than",
    "only",
    "very",
    "much",
    "good",
    "well",
    "time",
    "first",
    "money",
    "works",
    "people",
    "going",
    "don't",
    "dont",
    "won't",
    "isn't",
    "wasn't",
    "doesn't",
    "couldn't",
    "i'm",
    "it's",
    "i've",
    "anymore",
    "anything",
    "everything",
    "something",
    "nothing",
    "point",
    "want",
    "need",
    "still",
    "really",
    "even",
    "keep",
    "said",
    "give",
    "take",
    "come",
    "some",
    "they",
    "them",
    "then",
    "were",
    "will",
    "would",
    "could",
    "should",
    "like",
    "know",
    "think",
    "feel",
    "getting",
    "doing",
    "being",
];

/// Words that start a proper name of a place or organisation.
const NAME_PREFIX: &[&str] = &[
    "lake", "loch", "mount", "mt", "river", "port", "fort", "cape", "isle", "glen", "saint", "st",
    "upper", "lower", "north", "south", "east", "west", "old", "little", "great", "castle",
    "royal", "camp", "golden", "green", "red", "blue", "black", "white", "silver",
];

/// Greetings and exclamations, in English and other languages, that open a
/// post before the brand's name and are not in the English word list.
const GREETINGS: &[&str] = &[
    "omg", "lol", "wtf", "tbh", "ffs", "smh", "imo", "btw", "thx", "hiya", "gracias", "merci",
    "danke", "grazie", "obrigado", "obrigada", "hola", "bonjour", "hallo", "ciao", "bedankt",
    "dank", "dzięki", "buenas", "salut", "oye", "pfff", "pff", "argh", "urgh", "ugh", "meh", "yay",
    "woo", "wooo", "ayy", "ey", "oi", "oii", "ahh", "ahhh", "ooh",
    // Prepositions and conjunctions of other languages that open a
    // sentence ("Wegen Tally konnte Thomas …", "Gracias a Acme …").
    "wegen", "bei", "mit", "durch", "seit", "trotz", "gegen", "ohne", "nach", "para", "con", "por",
    "desde", "sin", "según", "avec", "chez", "depuis", "pour", "sans", "malgré", "grâce", "senza",
    "dopo", "dankzij", "door", "sinds", "zonder", "volgens", "sem", "após", "graças",
];

/// Words of pubs, games and boats: a one-word name after "the" in a post
/// with one of them (or with a word of [`MUSIC`]) is the pub, the
/// character, the boat or the band, unless the word is one of the brand's
/// own.
const OTHER_KIND: &[&str] = &[
    "pub", "pint", "pints", "landlord", "landlady", "barman", "barmaid", "quiz", "turret",
    "payload", "respawn", "boat", "yacht", "dinghy", "regatta", "sailing", "capsized", "moorings",
    "skipper", "podcast", "episode", "episodes", "cask", "ale", "ales", "lager", "bar",
];

/// Different words of the business that make a capitalised word after the
/// name a product line rather than another firm's name.
const PRODUCT_LINE_WORDS: usize = 3;

/// Words that make a place of a name before them ("Tern Hill", "Acme
/// Green").
const PLACE_NOUN: &[&str] = &[
    "hill", "hills", "street", "road", "lane", "park", "bridge", "green", "square", "way", "close",
    "court", "farm", "wood", "woods", "valley", "end", "cross", "heath", "common", "bay", "point",
    "head", "house", "hall", "village", "town", "castle", "abbey", "field", "fields", "moor",
    "marsh", "mill", "quay", "wharf", "estate", "gardens", "island",
];

/// Place nouns that make a place of a name before them in lower case too,
/// after "on the", "in the" and the like ("on the Coppice estate").
const LOWER_PLACE_NOUN: &[&str] = &[
    "estate", "village", "valley", "moor", "marsh", "heath", "woods", "hills", "road", "lane",
    "street",
];

/// A street word of an address ("Corn St", "Quay Road").
fn street_word(w: &str) -> bool {
    matches!(
        w,
        "st" | "street" | "rd" | "road" | "lane" | "ln" | "ave" | "avenue"
    )
}

/// Whether a street word is one of the `n` words after byte `e`.
fn street_within(lower: &str, e: usize, n: usize) -> bool {
    lower[e..]
        .split_whitespace()
        .take(n)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .any(street_word)
}

/// Whether "the" and a preposition of place stand right before byte `s`.
fn after_place_preposition(lower: &str, s: usize) -> bool {
    let mut before = lower[..s].split_whitespace().rev();
    before.next() == Some("the")
        && before.next().is_some_and(|w| {
            matches!(
                w,
                "on" | "in" | "at" | "near" | "off" | "around" | "across" | "from" | "round"
            )
        })
}

/// Words that make a band or a club of a name before them ("Swiftlark
/// Brass", "Acme Rovers").
const MUSIC_GROUP: &[&str] = &[
    "brass",
    "band",
    "choir",
    "singers",
    "orchestra",
    "rovers",
    "united",
    "athletic",
    "city",
    "wanderers",
    "rangers",
];

/// Words of a band's life: a one-word name in a post with one of them is
/// the band ("Skerry have cancelled tonight's gig", "Pylon at the Corn
/// Exchange tonight, loudest band"), unless the word is the brand's own
/// business (a festival's plan has "gig" and "band").
const MUSIC: &[&str] = &[
    "band",
    "gig",
    "gigs",
    "album",
    "setlist",
    "encore",
    "drummer",
    "bassist",
    "guitarist",
    "bassline",
    "fiddle",
    "banjo",
    "frontman",
    "frontwoman",
    "ep",
];

/// Titles of people: before the brand's name they make a person's name
/// ("Coach Marlin", "Dr Acme", "Uncle Acme"), even at the start of a
/// sentence and even when the title is a word of the business.
const PERSON_TITLE: &[&str] = &[
    "lady",
    "sir",
    "uncle",
    "aunt",
    "auntie",
    "captain",
    "capt",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "coach",
    "professor",
    "prof",
    "officer",
    "sergeant",
    "sgt",
    "detective",
    "judge",
    "pastor",
    "reverend",
    "rev",
    "grandma",
    "grandad",
    "grandpa",
    "nana",
    "granny",
    "chef",
    "councillor",
    "cllr",
    "inspector",
    "nurse",
    "lord",
    "dame",
];

/// Capitalised words that never make a proper name with the brand.
/// Words that, right after the brand's name at the start of a post, show
/// the post speaks to the brand ("Acme your engineer never came", "Acme
/// why ...", "Acme please ..."), unlike a statement about it ("Acme is
/// down").
const SPOKEN_TO: &[&str] = &[
    "you", "your", "you're", "youre", "u", "ur", "why", "please", "pls", "plz", "when", "where",
    "how", "stop", "sort", "fix", "explain", "answer", "help", "thanks", "thank",
];

const NOT_NAME: &[&str] = &[
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "is",
    "are",
    "was",
    "has",
    "have",
    "had",
    "and",
    "or",
    "but",
    "the",
    "a",
    "an",
    "you",
    "your",
    "please",
    "pls",
    "thanks",
    "thank",
    "why",
    "what",
    "how",
    "when",
    "where",
    "who",
    "again",
    "still",
    "now",
    "today",
    "yesterday",
    "tonight",
    "ok",
    "okay",
    "so",
    "just",
    "really",
    "never",
    "always",
    "customer",
    "customers",
    "support",
    "service",
    "help",
    "team",
    "care",
    "app",
    "website",
    "staff",
    "engineer",
    "engineers",
    "store",
    "shop",
    "account",
    "bill",
    "billing",
    "cares",
    "hq",
    "uk",
    "us",
    "official",
    "ceo",
    "users",
    "user",
    "subscribers",
    "people",
    "folks",
    "lot",
    "fail",
    "down",
    "outage",
    "sucks",
    "rocks",
    "is",
    "has",
    "will",
    "won't",
    "can't",
    "did",
    "didn't",
    "does",
    "doesn't",
    "should",
    "could",
    "would",
    "must",
    "need",
    "needs",
    "if",
];

/// Names of whole industries. Right after the brand's short name they are
/// the brand's own word only when they are words of its business ("Acme
/// Broadband" for a broadband provider); otherwise they make another
/// proper name ("Acme Bank" when Acme sells phones). After a full name
/// they describe what it sells ("Acme Mobile Phone shop"). Before the name
/// they never start one.
const SECTOR: &[&str] = &[
    "phone",
    "mobile",
    "internet",
    "broadband",
    "fibre",
    "fiber",
    "wifi",
    "tv",
    "bank",
    "energy",
    "rail",
    "trains",
    "train",
];

/// Customer-care words beyond the built-in business cues.
const CARE: &[&str] = &["team", "care", "engineers", "ceo", "hq"];

/// Nouns of everyday services that often follow a brand's name ("Acme air
/// crew", "acme data", "acme rider"). Not signs of the business on their
/// own; they only keep the name from reading as a modifier of something
/// else.
const SERVICE_NOUNS: &str = "\
    crew flight cabin pilot gate luggage baggage bag suitcase seat lounge route station \
    platform guard conductor carriage coach journey timetable data sim handset mast router hub \
    line supplier meter loan mortgage transfer overdraft savings courier rider driver food meal \
    restaurant takeaway sailing ferry boat port terminal deck vessel advert ad logo livery \
    uniform parcel offer deal sale email text message chat number outage fault boss office";

/// Words that are not nouns: function words, pronouns, common adverbs and
/// chat words. A lower-case name followed by one of these is not a noun
/// modifier ("kettle again", "quarry for a week").
const NOT_NOUN: &str = "\
    the a an and or but so nor yet for to of in on at by with from about as into onto over \
    under after before since until till than then through around off out up down again too \
    also just still even ever never always already now today tonight tomorrow yesterday here \
    there this that these those it its me my us our you your him his her them their they we he \
    she who what when where why how which if because cos coz though tho while whilst all any \
    some every each much many more most less least very quite rather pretty not no yes yeah \
    nah ok okay lol lmao omg ffs smh tbh tbf imo pls plz please thanks mate guys anymore last \
    next like only once twice via per without against instead either neither both anyway \
    useless rubbish terrible awful great good bad shocking brilliant amazing fine same own \
    other else really nearly badly barely rarely surely simply mostly kindly likely hardly \
    partly fairly early lately truly fully daily weekly yearly";

/// Verbs (stems: "keeps" and "keep" meet) that, right after a lower-case
/// name, make it the subject of a clause ("quarry has", "kettle want",
/// "bramble lost"). Regular past forms ("-ed") need no entry.
const VERBS: &str = "\
    is are was were be been being am has have had do does did will would shall should can \
    could may might must won't can't don't doesn't didn't isn't aren't wasn't weren't hasn't \
    haven't hadn't wouldn't couldn't shouldn't won don didn doesn isn get got gotten give gave \
    given take took taken make made keep kept send sent say said tell told go went gone come \
    came leave left lose lost cut put let set hit run ran break broke broken bring brought buy \
    bought sell sold think thought know knew want need owe try seem look feel felt use reply \
    answer respond fix sort work suck fail promise claim refuse ignore block freeze froze \
    frozen cancel change raise hike double treat offer provide deliver arrive delay strand \
    mess screw rip steal stole stolen hold held hang hung ring rang pay paid cost win beat \
    drop throttle switch move stop start decide reckon ask wait expect rob show shown find \
    found lie rock";

fn stem_set(words: &str) -> StemSet {
    words.split_whitespace().map(stem_hash).collect()
}

fn not_noun_words() -> &'static StemSet {
    static S: OnceLock<StemSet> = OnceLock::new();
    S.get_or_init(|| stem_set(NOT_NOUN))
}

fn service_nouns() -> &'static StemSet {
    static S: OnceLock<StemSet> = OnceLock::new();
    S.get_or_init(|| stem_set(SERVICE_NOUNS))
}

fn verb_words() -> &'static StemSet {
    static S: OnceLock<StemSet> = OnceLock::new();
    S.get_or_init(|| stem_set(VERBS))
}

/// A lower-case word shaped like a verb: a known verb or auxiliary, a
/// regular past form ("charged", "dropped") or a negation ("won't").
fn verb_like(w: &str) -> bool {
    (w.len() >= 5 && w.ends_with("ed"))
        || w.ends_with("n't")
        || w.ends_with("n’t")
        || verb_words().contains(&stem_hash(w))
}

fn cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !w.chars().any(|c| c.is_lowercase())
}

impl BrandMatcher {
    pub fn new(plan: &Plan) -> Self {
        let mut aliases: Vec<(String, String, String)> = plan
            .brand
            .aliases
            .iter()
            .chain(std::iter::once(&plan.brand.name))
            .filter(|a| !a.trim().is_empty())
            .map(|a| {
                let a = a.trim().to_string();
                let lower = a.to_ascii_lowercase();
                let tag: String = std::iter::once('#')
                    .chain(lower.chars().filter(|c| c.is_alphanumeric()))
                    .collect();
                (a, lower, tag)
            })
            .collect();
        aliases.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1.cmp(&b.1)));
        aliases.dedup_by(|a, b| a.1 == b.1);

        // Single-word keywords count whole; of longer keywords only the
        // content words do ("left my" must not make "my" a business word).
        let mut business = StemSet::default();
        let mut whole = StemSet::default();
        let mut add = |k: &str| {
            let words: Vec<&str> = k.split_whitespace().collect();
            // A hyphenated keyword counts by its content words ("check-in":
            // "in" is no word of the business), or whole when it has none
            // ("wi-fi").
            if words.len() == 1 && k.contains('-') {
                let parts: Vec<&str> = k
                    .split('-')
                    .filter(|w| {
                        let h = stem_hash(w);
                        w.len() >= 3
                            && !not_noun_words().contains(&h)
                            && !everyday_words().contains(&h)
                    })
                    .collect();
                if !parts.is_empty() {
                    for w in parts {
                        let h = phrase_hashes(w);
                        whole.extend(h.iter().copied());
                        business.extend(h);
                    }
                    return;
                }
            }
            if words.len() == 1 {
                let h = phrase_hashes(k);
                // "a&e" is three tokens: its letters are no business words.
                if h.len() > 1 {
                    let mut n = crate::normalize::Normalized::new();
                    n.run(k);
                    business.extend(
                        n.tokens
                            .iter()
                            .map(|t| n.tok(t))
                            .filter(|w| w.chars().count() >= 3)
                            .map(stem_hash),
                    );
                    return;
                }
                whole.extend(h.iter().copied());
                business.extend(h);
                return;
            }
            business.extend(
                words
                    .iter()
                    .filter(|w| {
                        w.chars().count() >= 4 && !STOP.contains(&w.to_lowercase().as_str())
                    })
                    .flat_map(|w| phrase_hashes(w)),
            );
        };
        for t in &plan.topics {
            for k in &t.keywords {
                add(k);
            }
        }
        for w in &plan.brand.business {
            add(w);
        }
        // Words of the brand's full names that are not names themselves
        // ("Fiber" in "Northwind Fiber").
        let single: HashSet<String> = aliases
            .iter()
            .filter(|a| !a.1.contains(' '))
            .map(|a| a.1.clone())
            .collect();
        for a in &aliases {
            for w in a.1.split_whitespace() {
                if !single.contains(w) && w.chars().count() > 2 {
                    business.insert(stem_hash(w));
                    whole.insert(stem_hash(w));
                }
            }
        }
        let mut handles = Vec::new();
        for n in [
            Network::X,
            Network::Mastodon,
            Network::Bluesky,
            Network::Email,
        ] {
            for h in plan.handles(n) {
                handles.push((n, h.to_lowercase()));
            }
        }
        let exclude: Vec<String> = plan
            .exclude
            .iter()
            .map(|e| e.to_ascii_lowercase())
            .collect();
        let partial: StemSet = business.difference(&whole).copied().collect();
        // Everyday words known only from a longer keyword are no sign.
        let signs = business
            .iter()
            .filter(|h| !(partial.contains(h) && everyday_words().contains(h)))
            .copied()
            .collect();
        let care: StemSet = SECTOR
            .iter()
            .chain(CARE)
            .chain(crate::signals::BUSINESS.iter().filter(|w| !w.contains(' ')))
            .map(|w| stem_hash(w))
            .collect();
        let mut typical = business.clone();
        typical.extend(care.iter().copied());
        typical.extend(NOT_NAME.iter().map(|w| stem_hash(w)));
        typical.extend(service_nouns().iter().copied());
        let finder = |s: &str| Finder::new(s.as_bytes()).into_owned();
        BrandMatcher {
            alias_finders: aliases.iter().map(|a| finder(&a.1)).collect(),
            tag_finders: aliases.iter().map(|a| finder(&a.2)).collect(),
            exclude_finders: exclude.iter().map(|e| finder(e)).collect(),
            aliases,
            business,
            partial,
            signs,
            care,
            typical,
            handles,
        }
    }

    /// How much a word of `lower` (ASCII letters already lower case) shows
    /// the brand's business: [`STRONG`] for a word of it, 1 for a word
    /// known only as part of a longer keyword or a word of any brand's
    /// customers ("customer", "order"), 0 for any other word.
    fn weight(&self, w: &str) -> u32 {
        let h = lower_stem(w);
        if self.business.contains(&h) {
            if self.partial.contains(&h) {
                1
            } else {
                STRONG
            }
        } else {
            u32::from(self.care.contains(&h))
        }
    }

    /// Whether `next` (lower case) after the one-word alias `short` is the
    /// last word of a longer alias with an "s" added ("homes" after "acme"
    /// for the alias "acme home").
    fn plural_of_full_name(&self, short: &str, next: &str) -> bool {
        let Some(stem) = next.strip_suffix('s') else {
            return false;
        };
        self.aliases.iter().any(|(_, al, _)| {
            al.strip_prefix(short)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| rest == stem)
        })
    }

    /// Whether `next` (lower case) after the one-word alias `short` is the
    /// next word of a longer alias misspelt: the same first letter and at
    /// most one edit away, two for longer words ("soalr" for "solar",
    /// "remvals" for "removals").
    fn misspelt_rest(&self, short: &str, next: &str) -> bool {
        next.len() >= 4
            && self.aliases.iter().any(|(_, al, _)| {
                al.strip_prefix(short)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .and_then(|rest| rest.split(' ').next())
                    .is_some_and(|want| {
                        want != next
                            && want.len() >= 4
                            && want.as_bytes()[0] == next.as_bytes()[0]
                            && edit_distance(want, next) <= if want.len() >= 6 { 2 } else { 1 }
                    })
            })
    }

    /// "Kofi from Perch took Alfie out": a person's first name before
    /// "from" and a one-word name, inside a sentence, is one of the
    /// brand's staff.
    pub fn staff_from(&self, text: &str, lower: &str) -> bool {
        self.aliases
            .iter()
            .filter(|a| !a.1.contains(' '))
            .any(|(_, al, _)| {
                lower.match_indices(al.as_str()).any(|(s, _)| {
                    let e = s + al.len();
                    if lower[e..].starts_with(|c: char| c.is_alphanumeric())
                        || !text.is_char_boundary(s)
                        || !text[s..].starts_with(|c: char| c.is_uppercase())
                    {
                        return false;
                    }
                    let Some(head) = lower[..s].strip_suffix("from ") else {
                        return false;
                    };
                    let head = head.trim_end();
                    let start = head
                        .char_indices()
                        .rev()
                        .find(|(_, c)| !c.is_alphanumeric())
                        .map_or(0, |(i, c)| i + c.len_utf8());
                    if start == 0 || head.len() - start < 2 {
                        return false;
                    }
                    let before = head[..start].trim_end();
                    // `lower` is `text` with ASCII letters lowered: the
                    // same byte offsets.
                    let mut person = text[start..head.len()].chars();
                    person.next().is_some_and(char::is_uppercase)
                        && person.all(char::is_lowercase)
                        && !before.is_empty()
                        && !before.ends_with(['.', '!', '?', ':'])
                })
            })
    }

    /// Whether a word stem is a sign of the brand's business: not an
    /// everyday word known only as a part of a longer keyword ("time" of
    /// "turnaround time", "fell" of "fell off", "open" of "won't open").
    pub fn is_business_word(&self, h: u64) -> bool {
        self.signs.contains(&h)
    }

    /// Whether the post reads like horse racing (see [`RACING`]) in words
    /// that are not the brand's business.
    fn racing(&self, lower: &str) -> bool {
        RACING.iter().any(|r| {
            lower.contains(r)
                && !r
                    .split([' ', '-'])
                    .any(|w| w.len() >= 4 && self.business.contains(&stem_hash(w)))
        })
    }

    /// Whether a word of the brand's business appears anywhere in the
    /// lower-cased post.
    fn mentions_business(&self, lower: &str) -> bool {
        lower
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| w.len() >= 2)
            .any(|w| self.business.contains(&lower_stem(w)))
    }

    /// A lower-case noun that is not one of the brand's typical words
    /// ("jelly", "tiles", "library"): after a name, it makes the name a
    /// modifier of something else ("bramble jelly", "Acme mobile library").
    fn plain_noun(&self, w: &str) -> bool {
        w.len() >= 3
            && w.chars().all(char::is_lowercase)
            && !w.ends_with("ing")
            && !(w.len() >= 7 && w.ends_with("ly"))
            && !verb_like(w)
            && {
                let h = stem_hash(w);
                !self.typical.contains(&h) && !not_noun_words().contains(&h)
            }
    }

    /// How many different words of the business (not only parts of longer
    /// keywords) the post has.
    fn business_words(&self, lower: &str) -> usize {
        let mut seen: Vec<u64> = Vec::new();
        for w in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'')) {
            if w.len() >= 2 && self.weight(w) == STRONG {
                let h = lower_stem(w);
                if !seen.contains(&h) {
                    seen.push(h);
                }
            }
        }
        seen.len()
    }

    /// Whether the post is about a band's music (a word of [`MUSIC`] that
    /// is not a word of the brand's business).
    fn music(&self, lower: &str) -> bool {
        self.has_other_word(lower, MUSIC)
    }

    /// Whether `lower` has a word of a pub, a band, a game or a boat that
    /// is not a word of the brand's business (see [`OTHER_KIND`], [`MUSIC`]).
    fn other_kind(&self, lower: &str) -> bool {
        self.has_other_word(lower, OTHER_KIND) || self.music(lower)
    }

    /// Whether `lower` has a word of `list` that is not a word of the
    /// brand's business.
    fn has_other_word(&self, lower: &str, list: &[&str]) -> bool {
        lower
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .any(|w| list.contains(&w) && !self.business.contains(&lower_stem(w)))
    }

    /// Whether the post says what the name is ("bracken is a fern",
    /// "Marram's named after a grass", "a company called Bollard"): talk
    /// about the word, not about the firm.
    pub fn says_what_the_name_is(&self, lower: &str) -> bool {
        self.aliases.iter().any(|(_, a, _)| {
            ["is a ", "is an ", "'s a ", "’s a ", "'s named ", "means "]
                .iter()
                .any(|tail| {
                    lower.match_indices(a.as_str()).any(|(i, _)| {
                        let after = &lower[i + a.len()..];
                        let before_ok = lower[..i]
                            .chars()
                            .next_back()
                            .is_none_or(|c| !c.is_alphanumeric());
                        before_ok && after.strip_prefix(' ').unwrap_or(after).starts_with(tail)
                    })
                })
        })
    }

    /// Whether `handle` is a brand account (any network; Fediverse short
    /// forms match the local part when the mention list has the full form).
    pub fn is_handle(&self, network: Network, handle: &str) -> bool {
        self.handle_matches(handle, |n| n == network || network == Network::Webhook)
    }

    /// Whether `handle` (with or without its `@`) is one of the brand's on a
    /// network `on` accepts. The plan's handles are stored in lower case; an
    /// ASCII handle is compared without allocating.
    fn handle_matches(&self, handle: &str, on: impl Fn(Network) -> bool) -> bool {
        let h = handle.trim_start_matches('@');
        if h.is_ascii() {
            return self
                .handles
                .iter()
                .any(|(n, b)| on(*n) && b.eq_ignore_ascii_case(h));
        }
        let h = h.to_lowercase();
        self.handles.iter().any(|(n, b)| on(*n) && *b == h)
    }
}

/// How the brand's name appears in a post.
#[derive(Debug, Default, Clone)]
pub struct NameFindings {
    /// Name occurrences read as the brand (business context decided later).
    pub names: u32,
    /// Of those, lower-case ones that need business context.
    pub lowercase_names: u32,
    /// Hashtags of the brand.
    pub tags: u32,
    /// Of those, hashtags that are a one-word name and nothing more
    /// ("#keel", "#Marble"): the word as often as the brand.
    pub bare_tags: u32,
    /// A full multi-word alias ("Ottermere Broadband").
    pub full_name: bool,
    /// The name used for another entity, with the words that show it.
    pub other_entity: Option<String>,
    /// The name used as an ordinary lower-case word.
    pub common_word: Option<String>,
    /// A one-word name was read as part of another proper name because a
    /// capitalised word follows it ("Acme Rockets", but also a branch
    /// named with its town, "Kestrel Cardiff").
    pub name_then_proper: bool,
    /// The post opens with the name and a colon or question mark, the
    /// shape of a one-liner ("Acme: where money goes to hibernate").
    pub name_opener: bool,
    /// The post opens by speaking to the brand by name ("Acme, your app
    /// is broken", "acme why is my bill double"): the brand is its audience
    /// although its handle is not there.
    pub vocative_name: bool,
    /// The name is talked about as a name ("a company called Kite"): the
    /// shape of a joke about it when no one tells of their own trouble.
    pub name_called: bool,
    /// Brand handles written in the text.
    pub handles_in_text: u32,
    /// A brand handle opens the post (the brand is its audience).
    pub leading_handle: bool,
    /// A brand handle closes the post.
    pub trailing_handle: bool,
    /// The post opens with another account whose handle holds a one-word
    /// name ("@AcmeGardenCo my acme mower …" for the brand Acme): the name
    /// in it is that account's.
    pub other_handle: Option<String>,
    /// A lower-case name read as an ordinary word although nothing
    /// before it made it one (no article or possessive): used like a
    /// name, but with no word of the business near it.
    pub bare_common_word: bool,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

/// Find case-insensitive occurrences of `needle_lower` in `text` at word
/// boundaries. `lower` is `text` with ASCII letters lower-cased (so byte
/// offsets agree). Calls `f(start, end)` with byte offsets.
fn find_ci(text: &str, lower: &str, finder: &Finder<'_>, mut f: impl FnMut(usize, usize)) {
    let len = finder.needle().len();
    if lower.len() != text.len() || len == 0 {
        return;
    }
    let tb = lower.as_bytes();
    // UTF-8 is self-synchronising: a match of valid UTF-8 starts and ends on
    // character boundaries.
    for s in finder.find_iter(tb) {
        let e = s + len;
        let before_ok = s == 0 || !is_word_byte(tb[s - 1]) || tb[s - 1] == b'#';
        let after_ok = e >= tb.len() || !is_word_byte(tb[e]) || lower[e..].starts_with("'s");
        if before_ok && after_ok {
            f(s, e);
        }
    }
}

/// `text.split_whitespace()`, with ASCII text split on its bytes (the
/// common case, without decoding characters; the vertical tab is the one
/// ASCII space `split_ascii_whitespace` does not split on).
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.is_ascii() && !text.contains('\x0b');
    let (a, b) = if bytes {
        (Some(text.split_ascii_whitespace()), None)
    } else {
        (None, Some(text.split_whitespace()))
    };
    a.into_iter().flatten().chain(b.into_iter().flatten())
}

/// Where `word`, a slice of `text` (or of a copy with the same byte
/// offsets), starts and ends in it.
fn span_in(text: &str, word: &str) -> (usize, usize) {
    let s = word.as_ptr() as usize - text.as_ptr() as usize;
    (s, s + word.len())
}

/// The word before byte `s` and whether it starts a sentence.
fn word_before(text: &str, s: usize) -> Option<(&str, bool)> {
    let head = text[..s].trim_end_matches([' ', '\t']);
    if head.len() == text[..s].len() || head.is_empty() {
        return None;
    }
    let last = head.chars().next_back()?;
    if !last.is_alphanumeric() && last != '\'' {
        return None;
    }
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '\'' || *c == '’' || *c == '-'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &head[start..];
    let before = head[..start].trim_end();
    let sentence_start = before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n']);
    Some((word, sentence_start))
}

/// A firm's people: right after a lower-case name they make it the firm.
const STAFF: &[&str] = &[
    "van",
    "vans",
    "staff",
    "crew",
    "crews",
    "employees",
    "workers",
    "agents",
    "engineers",
    "drivers",
    "nobody",
    "management",
    "helpline",
    "careline",
];

/// Words that make a following lower-case name a common noun ("the
/// kettle", "an acme of design"). Possessives of people are not among
/// them: "my acme broadband bill" is the brand as often as "my kettle" is
/// a kettle, so there the clause decides. "its" is: no one's provider is
/// "its acme" ("the hawk dropped onto its quarry").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "some", "any", "every", "each", "no",
    "another", "its",
];

/// Measures of a drink: "a dram of Acme" is a whisky.
const DRINK_MEASURE: &[&str] = &[
    "dram", "drams", "bottle", "bottles", "pint", "pints", "glass", "shot", "measure", "nip",
    "can", "cans",
];

/// Fires and floods: after an article, "the bracken fire" is the plant
/// burning, whatever the plan's safety words say.
const DISASTERS: &[&str] = &[
    "fire", "fires", "blaze", "smoke", "flood", "floods", "flooding",
];

/// Words said to someone right before their name ("hey acme, the lid …",
/// "cheers acme"): people do not greet or thank a plant or a bird.
const GREETED_BY: &[&str] = &[
    "hey", "hi", "hello", "oi", "dear", "cheers", "thanks", "thank", "ta", "thx",
];

/// Words that credit someone with what follows ("grateful to acme for …").
const CREDIT_TO: &[&str] = &[
    "grateful", "thanks", "thankful", "cheers", "shoutout", "kudos",
];

/// After "at", "outside" and the like, a name with "'s" and nothing after it
/// is a shop ("the front of acme's after the window got smashed").
const SHOP_BEFORE: &[&str] = &[
    "of", "at", "outside", "from", "in", "into", "near", "behind", "opposite", "to", "by", "inside",
];

/// Horse racing: a name in a race card or a tip is a racehorse's
/// ("Acme (7/2) in the 3:15 … each way", "Acme pulled up at the last").
pub(crate) const RACING: &[&str] = &[
    "each way",
    "each-way",
    "jockey",
    "furlong",
    "furlongs",
    "racecourse",
    "claimer",
    "steeplechase",
    "pulled up at the last",
    "fell at the last",
];

/// Words of a care desk's or a firm's own account names ("AcmeHelp",
/// "AcmeSupportUK", "AcmeOfficial").
const CARE_HANDLE_WORDS: &[&str] = &[
    "help",
    "support",
    "care",
    "cares",
    "service",
    "services",
    "team",
    "official",
    "hq",
    "app",
    "info",
    "customer",
    "customers",
    "desk",
    "news",
    "uk",
    "usa",
    "us",
    "ie",
    "eu",
    "global",
    "group",
    "ltd",
    "plc",
    "inc",
    "the",
    "hello",
    "ask",
    "contact",
    "online",
    "shop",
    "store",
];

/// Possessive pronouns: before a plain word and the name they make the name
/// a noun ("our paper lantern"); right before the name they do not ("my
/// acme bill").
const POSSESSIVES: &[&str] = &["my", "our", "your", "his", "her", "their"];

/// The weight of a word of the brand's business next to a lower-case name;
/// a word known only as part of a longer keyword weighs 1.
const STRONG: u32 = 2;

/// A noun's possessive ("the falcon's", "nan's"), not a contraction ("it's",
/// "that's") nor a person's pronoun.
fn possessive_noun(w: &str) -> bool {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .is_some_and(|owner| !owner.is_empty() && !NOT_OWNERS.contains(&owner))
}

/// Words before "'s" that make a contraction ("it's", "that's") or a
/// pronoun's possessive ("everyone's"), not a noun's possessive.
const NOT_OWNERS: &[&str] = &[
    "it",
    "that",
    "there",
    "here",
    "what",
    "who",
    "he",
    "she",
    "let",
    "where",
    "how",
    "when",
    "why",
    "this",
    "everyone",
    "everybody",
    "someone",
    "anyone",
    "nobody",
];

/// How many words either side of a lower-case name count as its clause.
const CLAUSE_WINDOW: usize = 4;

/// How many words after a lower-case name count as its clause when the name
/// is the subject of a verb ("quarry has had me on zero signal all week").
const SUBJECT_WINDOW: usize = 10;

/// Up to `n` words before byte `s` and `after` words after byte `e`, not
/// crossing a sentence or clause boundary (`.`, `!`, `?`, `;`, `:`, `,`, a
/// new line; after `e`, commas too unless `past_commas`).
fn clause_words<'t>(
    text: &'t str,
    s: usize,
    e: usize,
    n: usize,
    after: usize,
    past_commas: bool,
) -> impl Iterator<Item = &'t str> {
    let is_boundary = |c: char| matches!(c, '.' | '!' | '?' | ';' | ':' | ',' | '\n');
    let head = &text[..s];
    let head = head.rfind(is_boundary).map_or(head, |i| &head[i + 1..]);
    let tail = &text[e..];
    let tail_end = |c: char| is_boundary(c) && !(past_commas && c == ',');
    let tail = tail.find(tail_end).map_or(tail, |i| &tail[..i]);
    let word =
        |w: &'t str| w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'));
    // The words before are taken nearest first (order does not matter to
    // the callers), so nothing is collected.
    head.split_whitespace()
        .rev()
        .take(n)
        .chain(tail.split_whitespace().take(after))
        .map(word)
        .filter(|w| !w.is_empty())
}

/// A sum lost, spent or paid just before "on/at/with/through" and the name
/// ("lost 9 grand on acme this morning", "spent £80 at acme"): a firm that
/// took the money.
fn money_before(text: &str, s: usize) -> bool {
    let words = text[..s].split_whitespace().rev().take(5);
    matches!(
        words.clone().next(),
        Some("on" | "at" | "with" | "through" | "via" | "to")
    ) && words.clone().skip(1).any(|w| {
        sum_of_money(w)
            || matches!(w, "grand" | "quid" | "pounds" | "euros" | "dollars")
            || (w.len() >= 2
                && w.ends_with('k')
                && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit()))
    }) && words.clone().any(|w| {
        matches!(
            w,
            "lost" | "spent" | "paid" | "blown" | "wasted" | "sunk" | "put"
        )
    })
}

/// A word that is a sum of money ("£34.99", "$20", "€5").
fn sum_of_money(w: &str) -> bool {
    let mut c = w.chars();
    matches!(c.next(), Some('£' | '$' | '€')) && c.next().is_some_and(|d| d.is_ascii_digit())
}

/// Whether one of the `n` words after byte `e` of `text` is a sum of money.
fn money_after(text: &str, e: usize, n: usize) -> bool {
    text[e..].split_whitespace().take(n).any(sum_of_money)
}

/// English words (lower-case entries of SCOWL's British English list, 3+
/// letters; see `data/english-words.COPYRIGHT`). Proper names such as towns
/// and surnames are not in it.
static ENGLISH_WORDS: &str = include_str!("../data/english-words.txt");

/// Whether `w` (lower case) is an ordinary English word.
fn common_word(w: &str) -> bool {
    let w = w.trim_end_matches("'s").trim_end_matches("’s");
    sorted_lines_contain(ENGLISH_WORDS, w)
}

/// Binary search over the lines of `list`, which are sorted byte-wise,
/// without splitting it first (no start-up cost, nothing allocated).
fn sorted_lines_contain(list: &str, w: &str) -> bool {
    let b = list.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = b[lo..mid]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(lo, |i| lo + i + 1);
        let end = b[start..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |i| start + i);
        match list[start..end].cmp(w) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Whether the post names a crossword clue by its number ("14 across");
/// with [`Needle::Puzzle`] (a crossword, a Wordle or an anagram), what
/// makes a post one about a word puzzle.
fn numbered_across(lower: &str) -> bool {
    lower.match_indices(" across").any(|(i, _)| {
        lower[..i]
            .bytes()
            .next_back()
            .is_some_and(|b| b.is_ascii_digit())
            && lower[i + " across".len()..]
                .bytes()
                .next()
                .is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// Optimal-string-alignment distance between two short words (an insertion,
/// deletion, substitution or swap of neighbours costs one).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (i, row) in d.chunks_mut(w).enumerate() {
        row[0] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// The stem hash of a word of `lower` (ASCII letters already lower case).
fn lower_stem(w: &str) -> u64 {
    if w.is_ascii() {
        stem_hash(w)
    } else {
        stem_hash(&w.to_lowercase())
    }
}

/// "Bank Holiday" after a name is a day, not part of a name ("Acme Bank
/// Holiday opening hours"). `next` is a slice of `text`.
fn bank_holiday(text: &str, next: &str) -> bool {
    next.eq_ignore_ascii_case("bank")
        && word_after(text, span_in(text, next).1)
            .is_some_and(|w| w.eq_ignore_ascii_case("holiday"))
}

/// Whether a later word that the plan writes with a capital is written in
/// lower case ("Acme mobile" for "Acme Mobile"). `written` is the matched
/// text, of the same length as `alias`.
fn later_words_lowered(alias: &str, written: &str) -> bool {
    alias
        .split(' ')
        .zip(written.split(' '))
        .skip(1)
        .any(|(a, w)| cap(a) && !cap(w))
}

/// The word right after byte `e` (one space, no punctuation between).
fn word_after(text: &str, e: usize) -> Option<&str> {
    let tail = &text[e..];
    let tail = tail.strip_prefix("'s").unwrap_or(tail);
    let rest = tail.strip_prefix(' ')?;
    let end = rest
        .char_indices()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '\'' || *c == '-' || *c == '&'))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

impl BrandMatcher {
    /// Scan the (entity-decoded) text for the brand's handles and names.
    /// `lower` is `text.to_ascii_lowercase()`.
    pub fn find(&self, network: Network, text: &str, lower: &str) -> NameFindings {
        self.find_scanned(network, text, lower, needles::scan(lower))
    }

    /// [`BrandMatcher::find`] with the phrase lists of `lower` already
    /// found.
    pub(crate) fn find_scanned(
        &self,
        network: Network,
        text: &str,
        lower: &str,
        found: needles::Found,
    ) -> NameFindings {
        let mut f = NameFindings::default();
        self.find_handles(network, text, &mut f);
        let mut taken: Vec<(usize, usize)> = Vec::new();
        let excluded: Vec<(usize, usize)> = {
            let mut v = Vec::new();
            for ex in &self.exclude_finders {
                find_ci(text, lower, ex, |s, e| v.push((s, e)));
            }
            v
        };
        // Whether the post reads like horse racing, looked up once.
        let mut racing: Option<bool> = None;
        let mut puzzle: Option<bool> = None;
        for (k, (alias, al, tag)) in self.aliases.iter().enumerate() {
            let multi = al.contains(' ');
            find_ci(text, lower, &self.alias_finders[k], |s, e| {
                if taken.iter().any(|&(a, b)| s < b && e > a) {
                    return;
                }
                taken.push((s, e));
                let tb = text.as_bytes();
                let prev = if s > 0 { tb[s - 1] } else { b' ' };
                if prev == b'@' || prev == b'/' || prev == b'.' {
                    return; // a handle, URL or domain
                }
                if tb.get(e) == Some(&b'.')
                    && tb.get(e + 1).is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    return; // a domain ("acme.com")
                }
                if excluded.iter().any(|&(a, b)| s >= a && e <= b) {
                    f.other_entity.get_or_insert_with(|| {
                        let (a, b) = excluded
                            .iter()
                            .find(|&&(a, b)| s >= a && e <= b)
                            .copied()
                            .unwrap_or((s, e));
                        text[a..b].to_string()
                    });
                    return;
                }
                if prev == b'#' {
                    f.tags += 1;
                    if !multi {
                        f.bare_tags += 1;
                    }
                    return;
                }
                let written = &text[s..e];
                // "@AcmeGardenCo my acme mower …": the other account's.
                if !multi && f.handles_in_text == 0 {
                    if let Some(h) = &f.other_handle {
                        f.other_entity.get_or_insert_with(|| h.clone());
                        return;
                    }
                }
                let plan_has_caps = alias.chars().any(|c| c.is_uppercase());
                let lowercase_use = plan_has_caps && !written.chars().any(|c| c.is_uppercase());
                let possessive = lower[e..].starts_with("'s") || lower[e..].starts_with("’s");
                // "14 across: … (4). DRAY.": the word in a puzzle.
                if !multi
                    && *puzzle.get_or_insert_with(|| {
                        found.any(Needle::Puzzle)
                            || found.any(Needle::Across) && numbered_across(lower)
                    })
                {
                    f.common_word.get_or_insert_with(|| written.to_string());
                    return;
                }
                if !multi
                    && !lowercase_use
                    && *racing
                        .get_or_insert_with(|| found.any(Needle::Racing) && self.racing(lower))
                {
                    f.other_entity
                        .get_or_insert_with(|| format!("{written}, a racehorse"));
                    return;
                }
                // A full name written with its first word capitalised and a
                // later one not, then a further noun, names something else
                // that the later words describe ("the Acme mobile library"
                // for the brand "Acme Mobile").
                if multi && !lowercase_use && !possessive && later_words_lowered(alias, written) {
                    if let Some(next) = word_after(text, e).filter(|w| self.plain_noun(w)) {
                        f.other_entity
                            .get_or_insert_with(|| format!("{written} {next}"));
                        return;
                    }
                }
                // A one-word name on a route ("a lift from Larchfield to the
                // Royal", "all the way through Brookmere to the ring road")
                // or after "near", "outside" and the like, with no word of
                // the business after it, is the place the brand is named
                // after. "a refund from Pellow" and "ordered through
                // Bramble" stay the brand.
                if !multi && !lowercase_use && !possessive {
                    let prev = word_before(lower, s).map(|(w, _)| w);
                    let next = word_after(lower, e);
                    let next_business =
                        next.is_some_and(|w| self.business.contains(&lower_stem(w)));
                    let route = matches!(prev, Some("from" | "through" | "via"))
                        && matches!(next, Some("to" | "into" | "towards"));
                    let near = prev.is_some_and(|p| PLACE_PREPOSITIONS.contains(&p));
                    if let Some(p) = prev.filter(|_| route || near) {
                        if !next_business {
                            f.other_entity
                                .get_or_insert_with(|| format!("{p} {written}"));
                            return;
                        }
                    }
                    // "the Bastion on Quay Street … best pub", "Quiz night at
                    // The Tansy … the landlord": a one-word name after "the",
                    // in a post about a pub, a band, a game or a boat, is
                    // that; without "the", a post about a band's music.
                    if prev == Some("the") && !next_business && self.other_kind(lower) {
                        f.other_entity.get_or_insert_with(|| {
                            let head = text[..s].trim_end();
                            format!("{} {written}", &head[head.len() - 3..])
                        });
                        return;
                    }
                    if !next_business && self.music(lower) {
                        f.other_entity
                            .get_or_insert_with(|| format!("{written}, a band"));
                        return;
                    }
                }
                // Inside a different proper name?
                if !lowercase_use {
                    if let Some(next) = word_after(text, e) {
                        // "Dray Brewery's new pale": the word, not its possessive.
                        let nl = next.to_lowercase();
                        let nl = nl
                            .strip_suffix("'s")
                            .or_else(|| nl.strip_suffix("’s"))
                            .unwrap_or(&nl)
                            .to_string();
                        // "Brindle & Co", "Rook & Daughter": a firm of
                        // partners. "Harrowby Road", "Harrowby Hall": a
                        // place, even where roads are the brand's business.
                        // "on the Coppice estate", "in the Tern valley":
                        // a lower-case place noun after a preposition and
                        // "the" too.
                        let place = !multi
                            && PLACE_NOUN.contains(&nl.as_str())
                            && (cap(next)
                                || LOWER_PLACE_NOUN.contains(&nl.as_str())
                                    && after_place_preposition(lower, s));
                        if (!multi && nl == "&") || place {
                            f.other_entity
                                .get_or_insert_with(|| format!("{written} {next}"));
                            return;
                        }
                        // The full name with a plural "s" run on is another
                        // firm ("Acme Homes" for the brand "Acme Home").
                        if !multi && self.plural_of_full_name(al, &nl) {
                            f.other_entity
                                .get_or_insert_with(|| format!("{written} {next}"));
                            return;
                        }
                        // Words that follow the brand's own name.
                        let brand_word = NOT_NAME.contains(&nl.as_str())
                            || self.business.contains(&stem_hash(&nl))
                            || (multi && SECTOR.contains(&nl.as_str()))
                            || bank_holiday(text, next);
                        let is_name = cap(next) && !all_caps(next) && !brand_word;
                        // "Glimmerforge episode 6", "Brookmere library": a
                        // book, show, venue or club of the same name.
                        let other_thing = !multi
                            && !brand_word
                            && OTHER_THINGS.contains(&nl.as_str())
                            && !self.business.contains(&stem_hash(&nl));
                        // A proper name that is no English word ("Leeds",
                        // "Hexley") after the name is a branch's town when
                        // the full name is written ("Acme Fitness Leeds"), or
                        // a one-word name sits among words of the business
                        // ("the showers at Acme Hexley"). A word of the
                        // dictionary makes another name ("Acme Rockets",
                        // "Acme Street").
                        // "Ember Grill Corn St": a street after the name is
                        // the branch's address, dictionary word or not.
                        let street =
                            word_after(lower, span_in(text, next).1).is_some_and(street_word);
                        let branch = is_name
                            && (!common_word(&nl) || street)
                            && (multi || self.mentions_business(lower));
                        // "Morsel Kitchen lasagne … undercooked and burnt",
                        // "Morsel Crunch bars … sesame nowhere on the label":
                        // a word of the dictionary after the name, in a post
                        // full of the business's words, names one of the
                        // brand's product lines.
                        let product_line = is_name
                            && common_word(&nl)
                            && !PLACE_NOUN.contains(&nl.as_str())
                            && !MUSIC_GROUP.contains(&nl.as_str())
                            && self.business_words(lower) >= PRODUCT_LINE_WORDS;
                        if (is_name && !branch && !product_line) || other_thing {
                            f.other_entity
                                .get_or_insert_with(|| format!("{written} {next}"));
                            f.name_then_proper |= is_name && !multi;
                            return;
                        }
                    }
                    // "This is Wicket, our new rescue cat": an animal's name.
                    if !multi && pet_after(lower, e) {
                        f.other_entity
                            .get_or_insert_with(|| format!("{written}, a pet"));
                        return;
                    }
                    if let Some((before, sentence_start)) = word_before(text, s) {
                        let bl = before.to_lowercase();
                        // "a dram of Cairn 18", "a bottle of Acme": a drink.
                        if bl == "of"
                            && word_before(lower, span_in(text, before).0)
                                .is_some_and(|(w, _)| DRINK_MEASURE.contains(&w))
                        {
                            f.other_entity
                                .get_or_insert_with(|| format!("a drink called {written}"));
                            return;
                        }
                        // A person's title makes a person's name even when
                        // it is a word of the business ("Coach Marlin" for a
                        // coach operator).
                        let title = cap(before) && PERSON_TITLE.contains(&bl.as_str());
                        // "our lurcher Sedge swallowed …": an animal's name.
                        let pet = !multi && PET.contains(&bl.as_str());
                        // A first name that is no English word opens the
                        // post ("Clark Gable eating a raw carrot …").
                        let first_name = sentence_start
                            && before.chars().count() >= 3
                            && !common_word(&bl)
                            && !GREETINGS.contains(&bl.as_str());
                        // "Tolbury-based Nook Furniture" is the brand
                        // with its home town.
                        let plain_cap = cap(before)
                            && !all_caps(before)
                            && !bl.ends_with("-based")
                            && !self.business.contains(&stem_hash(&bl));
                        // Shouted in capitals, a first name that is no
                        // English word still makes a person ("MARCUS DRAY
                        // YOU BEAUTY").
                        let shouted_name = all_caps(before)
                            && all_caps(written)
                            && first_name
                            && !self.business.contains(&stem_hash(&bl));
                        let is_name = title
                            || pet
                            || shouted_name
                            || plain_cap
                                && (NAME_PREFIX.contains(&bl.as_str())
                                    || !NOT_NAME.contains(&bl.as_str())
                                        && !SECTOR.contains(&bl.as_str())
                                        && (!sentence_start || first_name));
                        if is_name {
                            f.other_entity
                                .get_or_insert_with(|| format!("{before} {written}"));
                            return;
                        }
                    }
                } else if !multi {
                    // A lower-case single name ("the kettle", "an acme of
                    // design") is an ordinary word unless a word of the
                    // brand's business stands right next to it ("kettle bill").
                    // `lower` has the same byte offsets as `text`.
                    let next = word_after(text, e);
                    let next_lower = word_after(lower, e);
                    let in_business = |w: &str| self.business.contains(&lower_stem(w));
                    let prev = word_before(lower, s).map(|(w, _)| w);
                    let word_before_word =
                        |w: &str| word_before(lower, span_in(lower, w).0).map(|(w, _)| w);
                    let before_prev = prev.and_then(word_before_word);
                    let third_back = before_prev.and_then(word_before_word);
                    // A word known only from a longer keyword counts
                    // before the name when nothing else makes it a noun
                    // ("the main halyard": "main" of "main dining room").
                    let prev_business = prev.is_some_and(|w| {
                        in_business(w)
                            && (self.weight(w) == STRONG
                                || before_prev.is_none_or(|b| !DETERMINERS.contains(&b)))
                    });
                    // Right before a noun that is not one of the brand's
                    // words, the name is that noun's modifier: "bramble
                    // jelly", "quarry tiles", "kettle chips".
                    // The firm's people right after the name ("acme staff",
                    // "halyard crew are run off their feet", "bollard nobody
                    // answers") make it the firm.
                    let staff_next = next_lower.is_some_and(|w| STAFF.contains(&w));
                    let modifier = !possessive
                        && !prev_business
                        && !staff_next
                        && next.is_some_and(|w| self.plain_noun(w));
                    // Right before a verb, the name is the subject of the
                    // clause ("quarry has had me on zero signal", "kettle
                    // have put my bill up"): the whole clause counts.
                    // An adverb may sit between ("lull just auto-renewed my
                    // annual plan").
                    let after_adverb = next_lower
                        .filter(|w| {
                            matches!(*w, "just" | "still" | "now" | "actually" | "literally")
                        })
                        .and_then(|w| word_after(lower, span_in(lower, w).1));
                    let subject = !possessive
                        && (next.is_some_and(verb_like) || after_adverb.is_some_and(verb_like));
                    // "is lull down for everyone", "strobe's app is down":
                    // asked whether it is down, the name is a service.
                    let down = !possessive
                        && (prev.is_some_and(|w| matches!(w, "is" | "was" | "are"))
                            && next_lower == Some("down")
                            || lower[e..].starts_with(" is down")
                            || lower[e..].starts_with(" down again"));
                    // A word of the business right next to the name makes it
                    // the brand ("the kettle bill"); one known only as part
                    // of a longer keyword does as a noun ("kettle price
                    // rise"), not as a verb or a function word ("the
                    // falcon's quarry dropped", "the quarry down the road").
                    let next_business = next_lower.is_some_and(|w| {
                        in_business(w)
                            && !(matches!(prev, Some("the" | "a" | "this" | "that" | "another"))
                                && DISASTERS.contains(&w))
                            && (self.weight(w) == STRONG
                                || !(verb_like(w) || not_noun_words().contains(&lower_stem(w))))
                    });
                    // After an article or another noun's possessive ("the
                    // kettle", "the falcon's quarry") nothing else counts.
                    // Used like a proper noun ("ugh acme is down again", "my
                    // acme broadband bill"), business words in the same
                    // clause count, those known only from longer keywords
                    // and generic customer-care words half.
                    // "the paper lantern", "our old kettle": a determiner
                    // and a plain word before the name make it a noun too.
                    // Two such words count too ("a very long lull", "a
                    // white plastic ladle").
                    let plain_modifier = |w: &str| {
                        w.len() >= 3
                            && !matches!(w, "god" | "gosh" | "goodness" | "lord" | "days")
                            && !verb_like(w)
                            && common_word(w)
                            && !DETERMINERS.contains(&w)
                            && !street_word(w)
                            && !not_noun_words().contains(&lower_stem(w))
                    };
                    let determiner = |w: &str| DETERMINERS.contains(&w) || POSSESSIVES.contains(&w);
                    let modified_noun = prev.is_some_and(plain_modifier)
                        && (before_prev.is_some_and(determiner)
                            || before_prev.is_some_and(plain_modifier)
                                && third_back.is_some_and(determiner));
                    // "my clutch went at 60", "this heat is killing my
                    // quiff.": after a possessive and before a verb or the
                    // end of a clause, the name is a thing of theirs (before
                    // a noun it may be the firm: "my acme broadband bill").
                    let theirs = prev.is_some_and(|w| POSSESSIVES.contains(&w))
                        && !possessive
                        && (subject
                            || next.is_none()
                            || lower[e..].starts_with(['.', ',', '!', '?', ';', ':']));
                    let determined = modified_noun
                        || theirs
                        || prev.is_some_and(|w| DETERMINERS.contains(&w) || possessive_noun(w));
                    // "a large bracken fire": after an indefinite article
                    // and an adjective the name describes the thing.
                    let indefinite = modified_noun
                        && [before_prev, third_back]
                            .iter()
                            .any(|w| w.is_some_and(|w| matches!(w, "a" | "an")));
                    // Spoken to or credited by name ("hey acme, the lid on
                    // the washer …", "cheers acme", "grateful to acme for
                    // …") in a post about the business.
                    let greeted = !possessive
                        && (prev.is_some_and(|w| GREETED_BY.contains(&w))
                            || prev == Some("to")
                                && before_prev.is_some_and(|w| CREDIT_TO.contains(&w)))
                        && self.mentions_business(lower);
                    // The full name with its later word misspelt ("acme
                    // broadbnd").
                    let misspelt_full = next_lower.is_some_and(|w| self.misspelt_rest(al, w));
                    // "on the front of acme's after …": the shop.
                    let shop = possessive
                        && prev.is_some_and(|w| SHOP_BEFORE.contains(&w))
                        && next_lower.is_none_or(|w| not_noun_words().contains(&lower_stem(w)))
                        && self.mentions_business(lower);
                    // One of the services firms sell right after the name,
                    // in a post that speaks to the firm ("two acme loans in
                    // my name … now you've written to him").
                    let service_to_you = !determined
                        && next_lower.is_some_and(|w| service_nouns().contains(&lower_stem(w)))
                        && lower
                            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
                            .any(|w| matches!(w, "you" | "you've" | "your" | "you're"));
                    // "love that quiff's new app …": "that" opens a clause
                    // there, it does not point at a thing.
                    let that_clause = prev == Some("that")
                        && before_prev.is_some_and(|w| {
                            matches!(
                                w,
                                "love"
                                    | "loving"
                                    | "hate"
                                    | "like"
                                    | "think"
                                    | "know"
                                    | "noticed"
                                    | "seems"
                                    | "say"
                                    | "said"
                                    | "shame"
                                    | "funny"
                                    | "great"
                                    | "amazing"
                                    | "brilliant"
                            )
                        });
                    // "love that acme's shiny new app booked me …": the
                    // firm's own app, site or staff a word or two on.
                    let own_service = possessive
                        && (!determined || that_clause)
                        && lower[e..]
                            .split_whitespace()
                            .skip(1)
                            .take(3)
                            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                            .any(|w| {
                                matches!(
                                    w,
                                    "app" | "website" | "site" | "staff" | "booking" | "bookings"
                                ) || service_nouns().contains(&lower_stem(w))
                            });
                    // "not the spindle on quay st.": one of the firm's
                    // branches, named by its street, in a post about the
                    // business.
                    let branch_on_street = prev == Some("the")
                        && next_lower.is_some_and(|w| matches!(w, "on" | "in" | "at" | "off"))
                        && street_within(lower, e, 4)
                        && self.mentions_business(lower);
                    // "arrived at burrow pennock cove", "checking out of
                    // burrow gullhaven", "strobe marwick cloakroom is
                    // carnage": a site named by its place, a word of no
                    // dictionary, after "at", "of" or "to" or opening a
                    // sentence.
                    let branch_by_place = prev
                        .is_none_or(|w| matches!(w, "at" | "of" | "to" | "from" | "in"))
                        && next_lower.is_some_and(|w| {
                            w.len() >= 4
                                && w.chars().all(|c| c.is_ascii_alphabetic())
                                && !common_word(w)
                        })
                        && self.mentions_business(lower);
                    // "trying to ferret out one receipt", "she'll ferret
                    // out every secret", "my eczema will flare up": after
                    // "to", a pronoun or a modal and before a particle, the
                    // name is a verb.
                    let verb_use = prev.is_some_and(|w| {
                        matches!(
                            w,
                            "to" | "i"
                                | "you"
                                | "we"
                                | "they"
                                | "he"
                                | "she"
                                | "will"
                                | "would"
                                | "can"
                                | "could"
                                | "should"
                                | "might"
                                | "must"
                                | "always"
                                | "never"
                        ) || w.ends_with("'ll")
                    }) && next_lower
                        .is_some_and(|w| matches!(w, "out" | "away" | "around" | "about" | "up"));
                    let brand_like = !verb_use
                        && (greeted
                            || down
                            || branch_on_street
                            || branch_by_place
                            || misspelt_full
                            || service_to_you
                            || own_service
                            || money_before(lower, s)
                            || shop
                            || !indefinite
                                && (staff_next && !determined
                        || next_business
                        || prev_business
                        || (!determined && !modifier && {
                            // A subject's clause runs on past commas ("acme
                            // are useless, no signal since tuesday").
                            let after = if subject {
                                SUBJECT_WINDOW
                            } else {
                                CLAUSE_WINDOW
                            };
                            clause_words(lower, s, e, CLAUSE_WINDOW, after, subject)
                                .map(|w| self.weight(w))
                                .sum::<u32>()
                                >= STRONG
                        })
                        // The subject of a clause that takes or charges a sum
                        // of money ("lantern took £34.99 for gold") is a firm.
                        || (subject && !determined && money_after(lower, e, SUBJECT_WINDOW))));
                    if !brand_like {
                        f.common_word.get_or_insert_with(|| written.to_string());
                        // Not after an article, a possessive or "a big":
                        // used like a name ("hoist came last week", "at
                        // burrow sandholme").
                        f.bare_common_word |= !determined
                            && !indefinite
                            && prev.is_none_or(|w| {
                                matches!(
                                    w,
                                    "at" | "on"
                                        | "with"
                                        | "from"
                                        | "by"
                                        | "via"
                                        | "and"
                                        | "says"
                                        | "said"
                                        | "to"
                                        | "outside"
                                        | "inside"
                                        | "near"
                                        | "deleted"
                                        | "uninstalled"
                                        | "installed"
                                        | "downloaded"
                                        | "opened"
                                        | "using"
                                )
                            });
                        return;
                    }
                    f.lowercase_names += 1;
                } else {
                    f.lowercase_names += 1;
                }
                f.names += 1;
                if multi {
                    f.full_name = true;
                }
                if word_before(lower, s).is_some_and(|(w, _)| matches!(w, "called" | "named")) {
                    f.name_called = true;
                }
                let opens = text[..s].split_whitespace().all(|w| w.starts_with('@'));
                // "Acme: where money goes to hibernate", "Acme. Acme as in …".
                if opens && text[e..].starts_with([':', '?', '!', '.']) {
                    f.name_opener = true;
                }
                // Not "Perch, the Lydstow dog-walking firm, will …": a
                // description after the name is news about it.
                let appositive = text[e..].starts_with(',')
                    && word_after(text, e + 1)
                        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "the" | "a" | "an"));
                if opens
                    && !appositive
                    && (text[e..].starts_with(',')
                        || word_after(text, e)
                            .is_some_and(|w| SPOKEN_TO.contains(&w.to_lowercase().as_str())))
                {
                    f.vocative_name = true;
                }
            });
            // Hashtags that run the alias together ("#NorthwindFiber", "#AcmeFail").
            if tag.len() > 1 {
                for s in self.tag_finders[k].find_iter(lower.as_bytes()) {
                    if taken.iter().any(|&(a, b)| s + 1 >= a && s < b) {
                        continue;
                    }
                    taken.push((s, s + tag.len()));
                    // "#GlimmerforgeTV", "#HeronFC": the show or the club.
                    let rest = &lower[s + tag.len()..];
                    let suffix = &rest[..rest
                        .find(|c: char| !c.is_alphanumeric() && c != '_')
                        .unwrap_or(rest.len())];
                    if TAG_OTHER_THINGS.contains(&suffix) {
                        f.other_entity.get_or_insert_with(|| {
                            text[s..s + tag.len() + suffix.len()].to_string()
                        });
                        continue;
                    }
                    f.tags += 1;
                    if suffix.is_empty() && !self.aliases[k].1.contains(' ') {
                        f.bare_tags += 1;
                    }
                }
            }
        }
        f
    }

    fn find_handles(&self, network: Network, text: &str, f: &mut NameFindings) {
        // The brand is the audience when its handle opens the post; a
        // handle later in X's leading block of reply targets only passes
        // the brand along. Also notes the handle that closes a post.
        let mut leading = true;
        let mut last_was_brand = false;
        for (i, raw) in words(text).enumerate() {
            if i > 0 {
                leading = false;
            }
            let w = raw.trim_end_matches([',', ':', ';', '!', '?', ')', '.']);
            let w = w.trim_start_matches(['(', '.', '"']);
            if let Some(h) = w.strip_prefix('@') {
                let h = h.trim_end_matches(['\'', '’']).trim_end_matches("'s");
                let brand = self.is_handle(network, h)
                    || (network != Network::Email && self.is_handle_any(h))
                    || (network == Network::Mastodon && !h.contains('@') && self.is_local_part(h));
                if brand {
                    f.handles_in_text += 1;
                    if leading {
                        f.leading_handle = true;
                    }
                } else if leading && self.handle_holds_name(h) {
                    f.other_handle = Some(w.to_string());
                }
                last_was_brand = brand;
                continue;
            }
            if raw.starts_with("http") || raw.starts_with('#') {
                continue;
            }
            last_was_brand = false;
        }
        f.trailing_handle = last_was_brand;
    }

    /// A Mastodon handle written without its instance ("@help" for
    /// "help@ottermere.example"), as Mastodon renders local mentions.
    fn is_local_part(&self, handle: &str) -> bool {
        self.handles.iter().any(|(n, b)| {
            *n == Network::Mastodon
                && b.split('@')
                    .next()
                    .is_some_and(|local| local.eq_ignore_ascii_case(handle))
        })
    }

    /// Whether a handle that is not the brand's holds one of its one-word
    /// names of four letters or more and a word that is neither another
    /// word of its names nor one of a care desk's ("TillerGardenCo" for
    /// "The Tiller"; not "GiltHelpUK" or "Gilt_Invest" for "Gilt Invest",
    /// which may be the brand's own accounts the plan does not list).
    fn handle_holds_name(&self, handle: &str) -> bool {
        let h = handle.to_ascii_lowercase();
        self.aliases.iter().any(|(_, al, _)| {
            if al.contains(' ') || al.len() < 4 {
                return false;
            }
            let Some(at) = h.find(al.as_str()) else {
                return false;
            };
            let mut rest = format!("{}{}", &h[..at], &h[at + al.len()..]);
            rest.retain(|c| c.is_ascii_alphabetic());
            let name_words = self.aliases.iter().flat_map(|(_, l, _)| l.split(' '));
            for w in CARE_HANDLE_WORDS.iter().copied().chain(name_words) {
                if w.len() >= 2 {
                    rest = rest.replace(w, "");
                }
            }
            rest.len() >= 3
        })
    }

    fn is_handle_any(&self, handle: &str) -> bool {
        self.handle_matches(handle, |_| true)
    }

    /// Addressing of a post, given what was found. `about_brand` is whether
    /// the brand shows up at all (handle, name, tag, a reply to it or a
    /// parent post about it).
    pub fn addressing(
        &self,
        m: &Mention,
        f: &NameFindings,
        parent_about_brand: bool,
        brand_in_thread: bool,
    ) -> Addressing {
        if m.network == Network::Email {
            return Addressing::Direct;
        }
        if self.replies_to_brand(m) || brand_in_thread {
            return Addressing::Direct;
        }
        if f.leading_handle {
            return Addressing::Direct;
        }
        let self_reply = m.in_reply_to_user_id.as_deref() == Some(m.author.id.as_str())
            || m.in_reply_to_handle
                .as_deref()
                .is_some_and(|h| h.eq_ignore_ascii_case(&m.author.handle));
        let reply_to_other =
            (m.in_reply_to_id.is_some() || m.in_reply_to_user_id.is_some()) && !self_reply;
        let tagged = f.handles_in_text > 0 || self.mentions_brand(m);
        if reply_to_other {
            if tagged {
                return Addressing::Indirect;
            }
            if f.names > 0 || f.tags > 0 || parent_about_brand {
                return Addressing::ThirdParty;
            }
            return Addressing::None;
        }
        if f.vocative_name {
            return Addressing::Direct;
        }
        if tagged || f.names > 0 || f.tags > 0 || self.quotes_brand(m) {
            return Addressing::Indirect;
        }
        Addressing::None
    }

    /// The post replies to one of the brand's posts.
    pub fn replies_to_brand(&self, m: &Mention) -> bool {
        if let Some(h) = &m.in_reply_to_handle {
            if self.is_handle(m.network, h) {
                return true;
            }
        }
        if let Some(uid) = &m.in_reply_to_user_id {
            // X gives user ids; the brand's id is known when a mention of
            // the brand carries it.
            if m.mentions
                .iter()
                .any(|x| x.user_id.as_deref() == Some(uid) && self.is_handle(m.network, &x.handle))
            {
                return true;
            }
        }
        m.references.iter().any(|r| {
            r.kind == ReferenceKind::RepliedTo
                && r.author_handle
                    .as_deref()
                    .is_some_and(|h| self.is_handle(m.network, h))
        })
    }

    /// The brand's handle is in the post's mention list.
    pub fn mentions_brand(&self, m: &Mention) -> bool {
        m.mentions
            .iter()
            .any(|x| self.is_handle(m.network, &x.handle))
    }

    /// The post quotes one of the brand's posts.
    pub fn quotes_brand(&self, m: &Mention) -> bool {
        m.references.iter().any(|r| {
            r.kind == ReferenceKind::Quoted
                && r.author_handle
                    .as_deref()
                    .is_some_and(|h| self.is_handle(m.network, h))
        })
    }

    /// Whether the author is one of the brand's accounts.
    pub fn is_own_post(&self, m: &Mention) -> bool {
        self.is_handle(m.network, &m.author.handle)
            || (m.network == Network::Email && self.is_handle(Network::Email, &m.author.id))
    }

    /// Whether a display name holds one of the brand's one-word names as a
    /// word ("FLARE magazine", "Ferret Wheelers CC" for the brand "Flare",
    /// "Ferret").
    pub fn in_display_name(&self, name: &str) -> bool {
        name.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| self.aliases.iter().any(|(_, al, _)| al == w))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A made-up phone network whose short name is a bird.
    const PLAN: &str = r#"
version = 1
[brand]
name = "Heron Mobile"
aliases = ["Heron Mobile", "Heron"]
handles = { x = ["HeronMobile"] }
[[team]]
id = "network"
name = "Network"
[[topic]]
id = "network"
team = "network"
keywords = ["signal", "outage", "mast", "no service", "dropped calls", "network down"]
[[topic]]
id = "billing"
team = "network"
keywords = ["bill", "refund", "direct debit"]
"#;

    fn find(text: &str) -> NameFindings {
        let plan = Plan::parse(PLAN, "test").expect("plan parses");
        BrandMatcher::new(&plan).find(Network::X, text, &text.to_ascii_lowercase())
    }

    #[test]
    fn a_first_name_from_the_firm_is_its_staff_and_odd_text_is_no_panic() {
        let plan = Plan::parse(PLAN, "test").expect("plan parses");
        let m = BrandMatcher::new(&plan);
        let staff = |t: &str| m.staff_from(t, &t.to_ascii_lowercase());
        assert!(staff("Shout out to Kofi from Heron who sorted my router"));
        assert!(staff("thanks to Élodie from Heron for the callback"));
        assert!(!staff("Letter from Heron today"));
        assert!(!staff("A letter. From Heron, again"));
        assert!(!staff("ÉLODIE from Heron"));
        // Multi-byte characters around the words must not split a slice.
        for t in [
            "—from Heron",
            "😀 É from Heron",
            "x—Ö from Heron",
            "ß from Heron",
        ] {
            let _ = staff(t);
        }
    }

    #[test]
    fn a_town_after_the_name_is_a_branch_and_a_dictionary_word_another_name() {
        // The full name, then a town that is no English word: a branch.
        let f = find("Heron Mobile Hexley shop has had the door locked all week");
        assert_eq!((f.names, f.other_entity.as_deref()), (1, None));
        // The short name and a town, among words of the business.
        let f = find("the mast at Heron Dunmoor has no signal again");
        assert_eq!((f.names, f.other_entity.as_deref()), (1, None));
        // The short name and a town with nothing of the business: a person
        // or a place of that name.
        let f = find("lovely evening with Heron Akers and the kids");
        assert_eq!(f.names, 0);
        // A dictionary word after the short name makes another name.
        let f = find("Heron Rockets won again, the signal in the ground was fine");
        assert_eq!(f.names, 0);
        assert!(common_word("rockets") && common_word("library"));
        assert!(!common_word("hexley") && !common_word("cardiff"));
    }

    #[test]
    fn full_name_with_lower_case_later_word_before_a_noun_is_another_thing() {
        let f = find("The Heron mobile crèche visits Kelby school every Thursday");
        assert_eq!(f.names, 0);
        assert_eq!(f.other_entity.as_deref(), Some("Heron mobile crèche"));
        let f = find("The Heron mobile museum visits Kelby school every Thursday");
        assert_eq!(f.other_entity.as_deref(), Some("Heron mobile museum"));
        // A word of the business, a word of any provider, or a verb after it:
        // the brand.
        for text in [
            "Heron mobile signal is gone again",
            "Heron mobile customers, anyone else cut off?",
            "Heron mobile keeps cutting out",
            "The Heron mobile crew at the stand were lovely",
        ] {
            let f = find(text);
            assert_eq!((f.names, f.other_entity.as_deref()), (1, None), "{text}");
        }
        // Written as the plan writes it, the name is the brand's.
        assert_eq!(find("The Heron Mobile museum tour was fun").names, 1);
    }

    #[test]
    fn an_industry_word_after_the_name_is_another_name_unless_it_is_the_brands() {
        let f = find("Heron Bank Gardens in the sun, lovely afternoon");
        assert_eq!(f.names, 0);
        assert_eq!(f.other_entity.as_deref(), Some("Heron Bank"));
        let f = find("Heron Energy have put their prices up again");
        assert_eq!(f.other_entity.as_deref(), Some("Heron Energy"));
        // After the full name, it says what the brand sells.
        assert_eq!(find("Heron Mobile Phone shop is shut again").names, 1);
        // A bank holiday is a day, not a name.
        let f = find("Heron Bank Holiday opening hours anyone?");
        assert_eq!((f.names, f.other_entity.as_deref()), (1, None));
    }

    #[test]
    fn a_lower_case_name_before_a_plain_noun_is_the_ordinary_word() {
        // Even with a word of the business later in the clause.
        let f = find("heron feathers all over the mast this morning");
        assert_eq!(f.names, 0);
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        // Before a word of the business or of any provider's customers, or a
        // verb, it is the brand.
        for text in [
            "heron refund finally came through",
            "heron customer service hung up on me twice",
            "heron charged me for an outage week",
        ] {
            assert_eq!(find(text).names, 1, "{text}");
        }
    }

    #[test]
    fn a_name_talked_about_as_a_name_is_marked() {
        let f = find("@pal what did you expect from a company called Heron");
        assert_eq!(f.names, 1);
        assert!(f.name_called);
        assert!(!find("@pal Heron cancelled my order again").name_called);
    }

    #[test]
    fn a_lower_case_name_as_subject_reads_its_whole_clause() {
        let f = find("@pal honestly heron has left me without any signal since monday");
        assert_eq!((f.names, f.lowercase_names), (1, 1));
        // Past a comma too.
        assert_eq!(
            find("@pal heron are useless, no signal since monday").names,
            1
        );
        // Not a subject: only the nearest words of the clause count.
        let f = find("@pal honestly heron at the lake again and no signal here");
        assert_eq!(f.names, 0);
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        let f = find("@pal herons and heron chicks, no signal though");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        // A subject that takes a sum of money is the firm; the same name
        // after an article is not.
        assert_eq!(
            find("ok rant. heron took £34.99 for gold i never asked for").names,
            1
        );
        let f = find("the heron took £5 worth of fish from the pond");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
    }

    #[test]
    fn a_determiner_and_a_plain_word_before_a_lower_case_name_make_it_a_noun() {
        let f = find("the paper heron in our hallway just caught fire off the bulb");
        assert_eq!((f.names, f.common_word.as_deref()), (0, Some("heron")));
        let f = find("our old heron has no signal again");
        assert_eq!((f.names, f.common_word.as_deref()), (0, Some("heron")));
        // A possessive right before the name leaves it to the clause.
        assert_eq!(find("my heron bill went up again").names, 1);
    }

    #[test]
    fn the_word_list_is_searched_in_place() {
        let list = "apple\nbanana\ncherry\ndate\nfig";
        for w in ["apple", "banana", "cherry", "date", "fig"] {
            assert!(sorted_lines_contain(list, w), "{w}");
        }
        for w in ["", "a", "apples", "blueberry", "zebra", "ban"] {
            assert!(!sorted_lines_contain(list, w), "{w}");
        }
        assert!(common_word("street") && common_word("rockets") && !common_word("hexley"));
    }

    #[test]
    fn a_street_after_the_full_name_is_a_branch() {
        let f = find("massive fight in Heron Mobile Corn St right now, chairs over");
        assert_eq!((f.names, f.other_entity.as_deref()), (1, None));
        // Without the street, a dictionary word after the name is another name.
        let f = find("massive fight in Heron Mobile Corn right now");
        assert_eq!(f.other_entity.as_deref(), Some("Heron Mobile Corn"));
    }

    #[test]
    fn a_title_before_the_name_makes_a_person() {
        let f = find("Coach Heron had the U12s doing sprints in the rain");
        assert_eq!(f.names, 0);
        assert_eq!(f.other_entity.as_deref(), Some("Coach Heron"));
    }

    #[test]
    fn parts_of_longer_keywords_count_half() {
        // "dropped" is known only from "dropped calls".
        let f = find("watched the otter's heron dropped into the reeds");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        let f = find("ugh heron dropped out of the reeds again");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        // Two of them together are enough.
        assert_eq!(find("ugh heron dropped my calls again").names, 1);
        // Right after the name, one counts as a noun ("heron direct debit"),
        // not as a function word ("down" of "network down").
        assert_eq!(find("heron direct debit went up again").names, 1);
        let f = find("a flint from the heron down the lane");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
    }

    #[test]
    fn its_and_a_nouns_possessive_make_the_name_a_common_noun() {
        // Without them, "outage" and "mast" nearby would make it the brand.
        let f = find("the egret and its heron outside the outage zone");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        let f = find("the fox's heron by the old mast");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        let f = find("the fox’s heron by the old mast");
        assert_eq!(f.common_word.as_deref(), Some("heron"));
        assert_eq!(find("my god heron by the old mast again").names, 1);
        // Right before a noun of the business, even one known only from a
        // longer keyword ("direct debit"), it is the brand.
        assert_eq!(find("the heron direct debit went up again").names, 1);
        // A person's possessive leaves it to the clause ("my heron bill").
        assert_eq!(find("my heron bill went up by a tenner").names, 1);
        // A contraction is not a possessive.
        assert_eq!(find("that's heron by the old mast for you").names, 1);
    }

    #[test]
    fn a_one_word_name_on_a_route_or_near_something_is_the_place() {
        let f = find("can anyone drive me from Heron to the Royal tomorrow?");
        assert_eq!(f.names, 0);
        assert_eq!(f.other_entity.as_deref(), Some("from Heron"));
        assert_eq!(
            find("roadworks all the way through Heron into town").names,
            0
        );
        assert_eq!(find("the new bakery near Heron is lovely").names, 0);
        // A source or an agent stays the brand, and so does a word of the
        // business right after the place.
        assert_eq!(
            find("still waiting on my refund from Heron, 11 weeks").names,
            1
        );
        assert_eq!(
            find("switched through Heron and lost signal for a week").names,
            1
        );
        assert_eq!(find("the mast near Heron signal is down").names, 1);
    }

    #[test]
    fn a_show_or_club_hashtag_is_not_the_brand_tag() {
        let f = find("Heron episode 6 was so good but the streaming app crashed 😤 #HeronTV");
        assert_eq!((f.names, f.tags), (0, 0), "{f:?}");
        assert_eq!(f.other_entity.as_deref(), Some("Heron episode"));
        assert_eq!(find("no signal again #HeronFail").tags, 1);
        assert_eq!(find("what a win #HeronFC").tags, 0);
    }

    #[test]
    fn a_pet_or_a_boat_with_the_name_is_not_the_brand() {
        for text in [
            "This is Heron, our new rescue cat 🐾 she knocked the paint off the shelf",
            "Heron is my old lurcher and he hates the broadband van",
            "Crew launched to the yacht Heron, taking on water off the point",
        ] {
            let f = find(text);
            assert_eq!(f.names, 0, "{text}: {f:?}");
            assert!(f.other_entity.is_some(), "{text}: {f:?}");
        }
        assert_eq!(
            find("Heron, our provider, cut the broadband again").names,
            1
        );
    }

    #[test]
    fn saying_what_the_name_means_is_talk_about_the_word() {
        let plan = Plan::parse(PLAN, "test").expect("plan parses");
        let m = BrandMatcher::new(&plan);
        assert!(m.says_what_the_name_is("to be fair a heron is a bird, it just stands there"));
        assert!(m.says_what_the_name_is("heron's named after a bird that eats fish"));
        assert!(!m.says_what_the_name_is("heron is down again in hexley"));
        assert!(!m.says_what_the_name_is("herons is a pub"));
    }
}
