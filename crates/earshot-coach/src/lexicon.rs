//! The coach's vocabulary: which words carry no content, which phrases send
//! a customer elsewhere, hand a case off, set an expectation, apologise,
//! empathise, ask for private data or blame the customer.
//!
//! This module owns the word lists and nothing else; the checks decide what
//! the matches mean. Patterns are written after contraction expansion
//! (`we will`, `that is`, `do not`) and compiled once. English is covered in
//! depth; Spanish, French, German and a few Japanese and Chinese stock
//! phrases are covered for the commonest platitudes and deflections, and
//! any other word counts as content, so an unfamiliar language is never
//! flagged as empty.

use crate::draft::PatternSet;
use std::collections::HashSet;
use std::sync::LazyLock;

fn set(words: &[&'static str]) -> HashSet<&'static str> {
    words.iter().copied().collect()
}

fn compile(sources: &[&'static str]) -> PatternSet {
    PatternSet::new(sources)
}

/// Function words: they say nothing about the customer's problem.
#[rustfmt::skip]
pub static STOP: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(&[
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with",
        "about", "from", "by", "as", "is", "are", "was", "were", "be", "been", "being", "am",
        "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does",
        "did", "done", "have", "has", "had", "having", "i", "me", "my", "mine", "we", "us", "our",
        "ours", "you", "your", "yours", "ur", "u", "they", "them", "their", "he", "she", "him",
        "her", "his", "it", "its", "this", "that", "these", "those", "there", "here", "what",
        "which", "who", "whom", "when", "where", "why", "how", "if", "then", "than", "not", "no",
        "yes", "yeah", "yep", "just", "also", "too", "very", "really", "such", "any", "anything",
        "some", "something", "all", "each", "every", "more", "most", "much", "many", "again",
        "still", "please", "pls", "plz", "kindly", "now", "up", "out", "into", "over", "off", "get",
        "got", "getting", "let", "lets", "know", "hear", "see", "like", "need", "want", "make",
        "go", "going", "take", "oh", "ok", "okay", "well", "hi", "hey", "hello", "hiya", "dear",
        "morning", "afternoon", "evening", "there", "via", "able", "re", "etc", "ever", "even",
        "one", "way", "thing", "things", "bit", "lot", "right", "sure", "certainly", "absolutely",
        "definitely", "totally", "completely", "quite", "rather", "indeed", "x", "xx", "xo", "ps",
        "btw", "fyi",
        // Spanish, French and German function words.
        "el", "la", "los", "las", "lo", "le", "les", "un", "una", "unos", "de", "del", "des", "du",
        "y", "e", "o", "que", "en", "por", "para", "con", "su", "sus", "nos", "nous", "vous",
        "votre", "vos", "te", "tu", "et", "ou", "pour", "avec", "est", "sont", "der", "die", "das",
        "den", "dem", "ein", "eine", "und", "oder", "für", "mit", "sie", "ihre", "ihr", "wir",
        "uns", "es", "ist", "sind", "zu", "von", "bei", "muy", "très", "sehr", "hola", "bonjour",
        "hallo", "mucho", "mucha", "muchos", "muchas", "beaucoup", "vraiment", "wirklich",
        "vielmals",
    ])
});

/// Stock words of apologies, thanks and generic service talk: a sentence
/// made only of these and [`STOP`] words is a platitude.
#[rustfmt::skip]
pub static STOCK: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(&[
        "sorry", "apologise", "apologize", "apologies", "apology", "apologising", "apologizing",
        "regret", "regrets", "inconvenience", "inconvenienced", "inconveniences", "caused", "cause",
        "causing", "trouble", "troubles", "issue", "issues", "problem", "problems", "experience",
        "experienced", "experiencing", "frustration", "frustrations", "hassle", "difficulty",
        "difficulties", "confusion", "delay", "delays", "wait", "waiting", "thank", "thanks", "thx",
        "ty", "tysm", "reaching", "reach", "reached", "contacting", "touch", "value", "valued",
        "values", "feedback", "appreciate", "appreciated", "appreciates", "patience", "patient",
        "understanding", "understand", "understood", "concern", "concerns", "concerned", "matter",
        "matters", "situation", "assist", "assistance", "help", "helping", "helped", "happy",
        "glad", "pleased", "sincere", "sincerely", "sincerest", "truly", "deeply", "greatly",
        "hugely", "sad", "unfortunate", "unfortunately", "note", "noted", "time", "message",
        "messages", "reply", "replies", "query", "queries", "request", "requests", "question",
        "questions", "enquiry", "enquiries", "inquiry", "customer", "customers", "service",
        "services", "care", "support", "always", "strive", "best", "important", "priority", "look",
        "looking", "check", "checking", "sort", "sorted", "resolve", "resolved", "fix", "fixed",
        "back", "faster", "quicker", "quickest", "fastest", "quick", "quickly", "directly",
        "dedicated", "easiest", "easier", "right", "person",
        "soon", "possible", "asap", "shortly", "promptly", "great", "day", "wonderful", "lovely",
        "nice", "awesome", "amazing", "love", "loved", "welcome", "pleasure", "hope", "hopefully",
        "bear", "confusion", "information", "info", "details", "further", "advise", "advice",
        "aware", "regards", "kind", "wishes", "cheers", "stay", "safe", "team", "agent", "agents",
        "business", "custom", "loyal", "loyalty", "feel", "free", "anytime", "hear", "hearing",
        "sorry", "terribly", "extremely", "incredibly", "frustrating", "upset", "disappointed",
        "disappointing", "disappointment", "caused", "dealing", "deal", "contact", "contacted",
        "shout", "letting", "know", "keep", "posted", "further", "assistance", "feedback",
        "raising", "raised", "bringing", "attention", "brought", "making", "taking", "taken", "hi",
        "there", "folks", "friend", "mate",
        // Spanish, French and German stock words.
        "sentimos", "lamentamos", "disculpa", "disculpe", "disculpas", "perdón", "perdon",
        "molestias", "inconvenientes", "gracias", "contactarnos", "escribirnos", "mensaje",
        "désolé", "désolée", "désolés", "navré", "navrés", "excusez", "excuses", "gêne",
        "occasionnée", "merci", "contactés", "contacté", "avoir", "message", "entschuldigen",
        "entschuldigung", "unannehmlichkeiten", "tut", "leid", "danke", "vielen", "dank",
        "nachricht", "verständnis", "geduld", "paciencia", "patience", "compréhension",
    ])
});

/// Words that only name where to go (a department, a channel): they are
/// not about the customer's problem even outside a deflection clause
/// ("For repair, call ...").
#[rustfmt::skip]
pub static ROUTING: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(&[
        "call", "ring", "phone", "dial", "number", "numbers", "dm", "dms", "direct", "private",
        "pm", "inbox", "email", "e-mail", "mail", "contact", "visit", "website", "site", "page",
        "link", "centre", "center", "faq", "faqs", "online", "chat", "live", "line", "lines",
        "helpline", "hotline", "freephone", "toll-free", "department", "dept", "repair", "repairs",
        "billing", "bills", "sales", "tv", "broadband", "technical", "tech", "accounts",
        "enquiries", "general", "options", "option", "press", "menu", "app", "follow", "us", "form",
        "portal", "community", "forum", "opening", "hours", "open", "available", "24/7", "mon-fri",
        "monday-friday", "send", "drop", "give", "pop", "ping",
        "shoot", "write", "head", "reach", "discuss", "public", "publicly", "privacy", "security",
        "secure", "securely", "safely", "protect", "verify", "verification", "identity",
    ])
});

/// Phrases that send the customer somewhere else. Entity tokens (links,
/// phone numbers, email addresses) are deflections by themselves.
pub static DEFLECTION: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "dm|dms|pm|inbox",
        "direct|private message|messages|msg",
        "message|msg us",
        "send us a message|note|line",
        "drop us a line|message|note|dm",
        "call|ring|phone|text|whatsapp us",
        "give us a call|ring|shout",
        "contact us|our|support|customer|the",
        "get in touch",
        "reach out to us|our|the",
        "reach us",
        "email|e-mail|mail us",
        "write to us",
        "visit our|the|us",
        "head to|over",
        "check out our",
        "check our|the status|website|site|page|app|help|faq|faqs|feed",
        "status page|site|pages",
        "see our",
        "help centre|center|page|pages|section|desk|article|articles|hub",
        "support page|pages|site|centre|center|article|team|line",
        "customer service|services|care|support",
        "faq|faqs",
        "our website|site|app|community|forum",
        "live chat",
        "chat with us",
        "speak|talk to|with our|a|the|one",
        "helpline|hotline|freephone",
        "submit a ticket|request|form",
        "fill in|out",
        "contact|web form",
        // Spanish, French, German.
        "llámanos|llamanos|llame|llamar|llámenos|contáctanos|contactanos|contacte|contactar|escríbenos|escribenos",
        "md|mp",
        "mensaje directo|privado",
        "appelez|appelez-nous|contactez|contactez-nous|écrivez-nous",
        "rufen|kontaktieren|kontaktiere|schreib|schreiben|wende|wenden",
    ])
});

/// CJK stock phrases that send the customer elsewhere.
#[rustfmt::skip]
pub const CJK_DEFLECTION: &[&str] = &[
    "お電話", "ご連絡", "お問い合わせ窓口", "ダイレクトメッセージ", "致电", "联系", "私信", "客服", "拨打",
];

/// CJK apology and thanks phrases and function characters: a CJK run made
/// only of these (and hiragana) says nothing specific.
#[rustfmt::skip]
pub const CJK_STOCK: &[&str] = &[
    "申し訳", "ございません", "ありません", "すみません", "ありがとう", "ございます", "ご不便", "ご迷惑", "お問い合わせ", "失礼", "お客様", "大変",
    "抱歉", "对不起", "谢谢", "感谢", "不便", "给您带来", "带来", "非常", "您", "我们", "的", "了", "很", "请", "联系",
];

/// CJK apology and thanks markers.
#[rustfmt::skip]
pub const CJK_APOLOGY: &[&str] = &[
    "申し訳", "すみません", "ありがとう", "失礼", "抱歉", "对不起", "谢谢", "感谢",
];

/// Words that make a sentence an apology or thanks.
pub static APOLOGY_OR_THANKS: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "sorry|apologise|apologize|apologies|apology|apologising|apologizing|regret|regrets",
        "thank|thanks|thx|tysm|appreciate|appreciated",
        "value|values your|our feedback|business|custom|patience|loyalty",
        "reaching|reached out",
        "getting in touch",
        "understand your frustration|frustrations|concern|concerns",
        "sentimos|lamentamos|disculpa|disculpe|disculpas|perdón|gracias",
        "désolé|désolée|désolés|navré|excusez|merci",
        "entschuldigen|entschuldigung|leid|danke",
    ])
});

/// Empathy that names the customer's situation ("that sounds frustrating",
/// "that's a long time"): it acknowledges the problem even without
/// repeating it.
pub static EMPATHY: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "sounds|sound frustrating|annoying|awful|stressful|rough|horrible|terrible|maddening|exhausting|infuriating|miserable|worrying|scary",
        "must be|have been frustrating|annoying|awful|stressful|worrying|infuriating|maddening",
        "so|really|very|incredibly|hugely frustrating|annoying|stressful",
        "how frustrating|annoying|awful|stressful",
        "frustrating|annoying|stressful for you",
        "that is not good|right|okay|ok|acceptable|fair",
        "not good enough",
        "not acceptable",
        "unacceptable",
        "long time|wait",
        "let you down",
        "dropped the ball",
        "should not have happened|happen",
        "can see|understand|get why",
        "i|we would be frustrated|annoyed|upset|furious|fuming",
        "what a pain|nightmare",
        "you deserve better",
        "we messed|got it wrong|up",
        "our mistake|fault|error",
        "we made a mistake|mistakes|an",
        "is on us",
        "not the experience|service|standard|level",
        "not what you|we expect|expected|want|wanted|deserve",
    ])
});

/// Hand-offs and escalations: the reply promises that someone will act.
pub static HANDOFF: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "passed|passing|pass|handed|handing|hand|forwarded|forwarding|forward|referred|referring|refer * to|on|over",
        "passed|passing|pass|handed|handing|hand|forwarded|forwarding|forward|referred|referring|refer * * to|on|over",
        "passed|handed|forwarded|referred to|on|over",
        "escalat*",
        "raised|logged|flagged|filed|opened|created * with|to|ticket|report|case",
        "raised|logged|flagged|filed|opened|created a|an|this|it|your",
        "ticket|report|case raised|logged|opened|created",
        "colleague|colleagues|someone|somebody|team|engineer|engineers|specialist|specialists|manager|technician|technicians|expert|experts|supervisor will|would",
        "team|teams|engineer|engineers|technician|technicians|specialists|colleagues are|is working|looking|investigating|on",
        "we|i are|am aware|working|investigating",
        "we|i are|am on it|this|that",
        "be in touch",
        "get|come back to you",
        "follow|following up",
        "look|looking into",
        "investigat*",
        "we|i will check|confirm|find|chase|review|contact|call|ring|email|e-mail|dm|message|text|update|arrange|send|book",
        "we|i are|am checking|chasing|reviewing",
        "will contact|call|ring|email|e-mail|dm|message|text|update|reach you",
        "will reach out",
        "keep you posted|updated|informed",
        "sent|send you a dm|message|private|direct|email|pm",
        "sent a dm|message|private|direct|pm",
        "check your dms|dm|inbox|email|emails",
        "dmed|dm'ed|emailed|messaged you",
        "dm would you",
        "moving|move|moved|take|taking|continue|continuing|switch * to|in|over|into dm|dms|private|email",
        "moving|move|moved|take|taking|continue|continuing|switch to|in|over|into dm|dms|private|email",
        // Spanish, French, German.
        "escalado|escalamos|transmis|transmise|transféré|weitergeleitet|eskaliert",
        "nos pondremos en contacto",
        "nous reviendrons",
        "melden uns",
    ])
});

/// When something will happen. Matches inside a past-tense context
/// ("down since this morning") do not count; see [`PAST_BEFORE`].
pub static EXPECTATION: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "#time",
        "#num am|pm|a.m|p.m|o'clock|uhr|h",
        "#dur",
        "#date",
        "#num minutes|minute|mins|min|hours|hour|hrs|hr|days|day|weeks|week|business|working",
        "within *",
        "in the next *",
        "next hour|day|week|few|business|working|monday|tuesday|wednesday|thursday|friday|saturday|sunday",
        "today|tomorrow|tmrw|tmr|tonight|overnight",
        "this|later morning|afternoon|evening|week|today|tonight",
        "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend",
        "end of day|today|the",
        "first thing",
        "by|before|until|till|around|at|from noon|midday|lunch|lunchtime|midnight",
        "an|the hour",
        // Spanish, French, German.
        "hoy|mañana|horas|minutos|aujourd'hui|demain|heures|heute|stunden|minuten|morgen",
    ])
});

/// A word right before an expectation match that makes it describe the
/// past ("since this morning", "for 3 hours", "from 9am").
#[rustfmt::skip]
pub const PAST_BEFORE: &[&str] = &["since", "from", "for", "earlier", "last", "ago", "all"];

/// CJK time words (today, tomorrow, hours).
#[rustfmt::skip]
pub const CJK_TIME: &[&str] = &[
    "今日", "本日", "明日", "時間以内", "分以内", "時まで", "時頃", "今天", "明天", "小时", "分钟",
    "点前", "点之前", "時前",
];

/// Nouns for private data. A reply that asks for one of them in public
/// leaks it as soon as the customer answers.
pub static PRIVATE_NOUNS: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "account|acct|customer|member|membership|policy|booking|order|reference|ref|reservation|confirmation|card|passport|meter|licence|license|routing|iban number|no|num|id|details|reference|ref|code",
        "account|acct|card|bank|banking|payment|login|personal|contact details|info|information",
        "sort code",
        "home|postal|street|full|billing|delivery|email|e-mail|mailing address",
        "address|addr|postcode|zip|zipcode|email|e-mail|dob|birthday|password|passcode|pin|cvv|cvc|ssn|iban|pnr",
        "post|zip code",
        "date of birth",
        "phone|mobile|cell|telephone|contact|best number",
        "security code|question|answer",
        "social security",
        "last four|4 digits|numbers",
        "number",
    ])
});

/// Verbs that open a request for something.
#[rustfmt::skip]
pub const REQUEST_VERBS: &[&str] = &[
    "send", "reply", "share", "tell", "give", "provide", "confirm", "post", "include", "drop",
    "pop", "type", "write", "add", "put", "leave", "list", "respond", "comment", "enter",
];

/// Words after which a request is still a request ("please", "can you").
#[rustfmt::skip]
pub const REQUEST_LEAD_INS: &[&str] = &[
    "please", "pls", "plz", "kindly", "just", "and", "so", "then", "also", "could", "can", "would",
    "will", "you", "mind", "quickly",
];

/// Words that move the exchange to a private channel: asking for account
/// details *there* is the right thing to do (lesson 3).
pub static PRIVATE_CHANNEL: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "dm|dms|pm|inbox|privately|securely|secure|md|mp|app|portal",
        "my|online account",
        "direct|private message|messages|msg|chat|channel",
        "in private",
        "email|e-mail|mail|call|ring|phone us",
        "by|via|over email|e-mail|phone|dm|message",
        "#email",
        "#url",
    ])
});

/// Data the customer shares with a request for it: "account number",
/// "booking ref", followed by the value.
#[rustfmt::skip]
pub const ACCOUNT_KEYWORDS: &[&str] = &[
    "account", "acct", "a/c", "booking", "reservation", "confirmation", "pnr", "policy",
    "membership", "member", "customer", "order", "reference", "ref", "iban", "passport", "licence",
    "license", "ssn", "nhs", "meter", "pin", "password", "passcode", "routing", "sort",
];

/// Words between an account keyword and its value ("account number is").
#[rustfmt::skip]
pub const ACCOUNT_FILLERS: &[&str] = &[
    "number", "no", "num", "nr", "id", "is", "was", "ending", "ends", "in", "with", "code",
    "reference", "ref", "details", "of", "the", "your", "#", "digits", "last", "four", "4",
];

/// Street suffixes that mark "12 Elm Street" as an address.
#[rustfmt::skip]
pub const STREET_SUFFIXES: &[&str] = &[
    "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd",
    "court", "ct", "way", "place", "pl", "close", "crescent", "cres", "terrace", "tce", "square",
    "sq", "highway", "hwy", "parkway", "pkwy", "circle", "cir", "gardens", "grove", "row", "mews",
    "park", "walk", "hill",
];

/// Street suffixes that are rarely anything else, so lower-case is enough.
#[rustfmt::skip]
pub const STRONG_STREET_SUFFIXES: &[&str] =
    &["street", "road", "avenue", "lane", "boulevard", "blvd"];

/// Street words that come before the name and number (French, Spanish,
/// Italian, Portuguese).
#[rustfmt::skip]
pub const STREET_PREFIXES: &[&str] = &[
    "rue", "avenue", "boulevard", "allée", "chemin", "impasse", "calle", "avenida", "via", "rua",
    "plaza", "paseo", "carrer",
];

/// Role addresses and channel words that mark an email address or phone
/// number as the brand's own.
#[rustfmt::skip]
pub const ROLE_MAILBOXES: &[&str] = &[
    "support", "help", "care", "service", "services", "customerservice", "customercare", "hello",
    "info", "contact", "team", "social", "billing", "repair", "repairs", "noreply", "no-reply",
    "complaints", "feedback", "sales", "enquiries", "questions", "admin", "press", "cs", "helpdesk",
    "office", "bookings",
];

/// Words near a number that say it is the brand's line.
#[rustfmt::skip]
pub const BRAND_CUES: &[&str] = &[
    "us", "our", "ours", "me", "my", "call", "ring", "dial", "whatsapp", "helpline", "hotline",
    "freephone", "team", "store", "shop", "office", "department", "repair", "repairs", "billing",
    "sales", "support", "service", "desk", "enquiries", "tollfree", "toll-free", "press", "menu",
    "nous", "llámanos", "llamanos", "contactez-nous", "appelez-nous", "contáctanos", "uns",
    "nosotros",
];

/// Words near a number that say it is the customer's.
#[rustfmt::skip]
pub const CUSTOMER_CUES: &[&str] = &[
    "you", "your", "yours", "ur", "u", "customer's", "votre", "tu", "su",
];

/// Places that make an address a business address, not the customer's.
#[rustfmt::skip]
pub const BUSINESS_PLACES: &[&str] = &[
    "our", "store", "shop", "branch", "office", "showroom", "hq", "headquarters", "centre",
    "center", "depot", "warehouse", "counter", "outlet",
];

/// Blaming the customer for the problem.
pub static BLAME: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "you should|should've have|of|'ve",
        "you failed|neglected to",
        "as|like we|i already|previously said|stated|mentioned|explained|advised|told",
        "as|like we|i said|stated|mentioned|explained|advised|told",
        "as|like we|i have already|previously",
        "as previously|already stated|mentioned|explained|advised|said",
        "your fault|mistake|error",
        "you did not read|check|follow|update|pay",
        "if you had read|checked|followed|paid|updated|listened",
        "you need to read",
        "clearly states|stated|says|explained",
        "you were told|informed|advised",
        "user error",
    ])
});

/// Defensive lines that shut the conversation down.
pub static DEFENSIVE: LazyLock<PatternSet> = LazyLock::new(|| {
    compile(&[
        "nothing we|i can do",
        "not our fault|problem|responsibility|issue",
        "per|according to our|the policy|terms",
        "that is our policy",
        "out of our hands",
        "there is nothing",
        "we cannot|can not be held",
        "sorry you feel|felt that way",
        "sorry if you feel|felt",
        "is policy",
        "is our|company policy",
        "company policy",
    ])
});
