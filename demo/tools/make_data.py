#!/usr/bin/env python3
"""Builds earshot's demo stream and triage scenario files from readable lists.

    python3 demo/tools/make_data.py          # write the files, then check them
    python3 demo/tools/make_data.py --check  # only check the files on disk

Writes:
  demo/stream.jsonl      one day of mentions of Ottermere Broadband (X API v2
                         filtered-stream messages plus the project's own
                         mention JSON for Mastodon, Bluesky and email)
  demo/expected.jsonl    what triage should decide for each stream line
  crates/earshot-triage/tests/scenarios/<brand>.jsonl
                         labelled scenarios for the made-up brands whose plans
                         sit next to them (<brand>.plan.toml)

The earshot team wrote every post below. None is copied from a real dataset,
and every person, brand, place, handle, phone number, card and account number
is made up. Phone numbers come from the UK drama ranges (07700 900xxx,
0808 157 0xxx). Card numbers are Luhn-valid test numbers that belong to no one.

Mention, hashtag, cashtag and URL offsets are counted in code points of
`text`, end exclusive, the way the X API v2 counts them. Text is HTML-escaped
the way X delivers it: only &, < and > become &amp; &lt; &gt;.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEMO_DIR = REPO / "demo"
SCEN_DIR = REPO / "crates" / "earshot-triage" / "tests" / "scenarios"

TWITTER_EPOCH_MS = 1288834974657
ACTIONS = {"respond_public", "respond_private", "monitor", "ignore"}
PRIORITIES = {"urgent", "high", "normal", "low"}
ADDRESSED = {"direct", "indirect", "third_party", "none"}

RP, RV, MON, IGN = "respond_public", "respond_private", "monitor", "ignore"
ANY = "*"


def h(s: str, n: int = 8) -> int:
    """Stable small hash, so every run writes the same ids."""
    return int(hashlib.sha256(s.encode()).hexdigest()[:n], 16)


def parse_when(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(dt.timezone.utc)


def x_time(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + f"{d.microsecond // 1000:03d}Z"


def own_time(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


_seq = Counter()


def snowflake(d: dt.datetime, salt: str) -> str:
    ms = int(d.timestamp() * 1000)
    seq = _seq[ms]
    _seq[ms] += 1
    worker = h(salt) % 1024
    return str(((ms - TWITTER_EPOCH_MS) << 22) | (worker << 12) | seq)


def mastodon_id(d: dt.datetime) -> str:
    ms = int(d.timestamp() * 1000)
    seq = _seq[("m", ms)]
    _seq[("m", ms)] += 1
    return str((ms << 16) | (h(str(ms)) % 60000 + seq))


B32 = "234567abcdefghijklmnopqrstuvwxyz"


def bluesky_tid(d: dt.datetime) -> str:
    micros = int(d.timestamp() * 1_000_000)
    n = (micros << 10) | (h(str(micros)) % 1024)
    out = ""
    for _ in range(13):
        out = B32[n & 31] + out
        n >>= 5
    return out


def did_plc(handle: str) -> str:
    n = int(hashlib.sha256(handle.encode()).hexdigest(), 16)
    out = ""
    for _ in range(24):
        out += B32[n & 31]
        n >>= 5
    return "did:plc:" + out


# --------------------------------------------------------------------------
# X users and posts
# --------------------------------------------------------------------------

USERS: dict[str, dict] = {}  # username.lower() -> user object


def user(username, name, uid, bio, followers, following=None, tweets=None, listed=None, verified=False):
    assert 1 <= len(username) <= 15 and re.fullmatch(r"[A-Za-z0-9_]+", username), username
    assert username.lower() not in USERS, f"duplicate user {username}"
    USERS[username.lower()] = {
        "id": str(uid),
        "name": name,
        "username": username,
        "description": bio,
        "verified": verified,
        "public_metrics": {
            "followers_count": followers,
            "following_count": following if following is not None else min(4900, 40 + followers // 7 + h(username) % 600),
            "tweet_count": tweets if tweets is not None else 200 + h(username + "t") % 24000,
            "listed_count": listed if listed is not None else followers // 180,
        },
    }
    return username


def U(username: str) -> dict:
    return USERS[username.lower()]


class Clock:
    """Hands out increasing timestamps for posts that do not need an exact time."""

    def __init__(self, start: str):
        self.t = parse_when(start)

    def next(self, key: str) -> dt.datetime:
        self.t += dt.timedelta(minutes=7 + h(key) % 83, seconds=h(key + "s") % 60)
        return self.t


TWEETS: dict[str, dict] = {}
_auto = Counter()
CLOCK: Clock | None = None

MENTION_RE = re.compile(r"(?<![A-Za-z0-9_!@#$%&*])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])")
HASHTAG_RE = re.compile(r"(?<![\w&#])#(\w*[^\W\d_]\w*)")
CASHTAG_RE = re.compile(r"(?<![\w$])\$([A-Za-z]{1,6})(?![\w])")
URL_PH_RE = re.compile(r"\{url:([^}]+)\}")


def tco(seed: str) -> str:
    n = h(seed, 16)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    s = ""
    for _ in range(10):
        s += alphabet[n % 62]
        n //= 62
    return "https://t.co/" + s


def display(url: str) -> str:
    d = re.sub(r"^https?://(www\.)?", "", url)
    return d if len(d) <= 26 else d[:25] + "…"


def tw(author, text, *, when=None, key=None, reply_to=None, quote=None, retweet=None, lang="en", metrics=None):
    """Make an X post. `text` is the text as X delivers it (already HTML-escaped).
    `{url:https://...}` stands for a link that X shortens to t.co."""
    if key is None:
        _auto[author] += 1
        key = f"{author}#{_auto[author]}"
    assert key not in TWEETS, key
    d = parse_when(when) if isinstance(when, str) else (when or CLOCK.next(key))
    a = U(author)
    urls = []
    if retweet is not None:
        orig = TWEETS[retweet]
        text = f"RT @{U(orig['_author'])['username']}: {orig['text']}"
        if len(text) > 140:
            cut = text[:139].rsplit(" ", 1)[0]
            text = cut + "…"

    def put_url(m):
        expanded = m.group(1)
        urls.append(expanded)
        return f"\x00{len(urls) - 1}\x00"

    text = URL_PH_RE.sub(put_url, text)
    if quote is not None:
        q = TWEETS[quote]
        urls.append(f"https://x.com/{U(q['_author'])['username']}/status/{q['id']}")
        text = text + f" \x00{len(urls) - 1}\x00"
    url_entities = []
    for i, expanded in enumerate(urls):
        short = tco(key + expanded)
        ph = f"\x00{i}\x00"
        start = text.index(ph)
        text = text.replace(ph, short, 1)
        url_entities.append({"start": start, "end": start + len(short), "url": short,
                             "expanded_url": expanded, "display_url": display(expanded)})
    # Retweets carry the original's t.co links, already shortened.
    for m in re.finditer(r"https://t\.co/[A-Za-z0-9]{10}", text):
        if not any(e["start"] == m.start() for e in url_entities):
            src = next((e for t in TWEETS.values() for e in t.get("entities", {}).get("urls", []) if e["url"] == m.group(0)), None)
            if src:
                url_entities.append({"start": m.start(), "end": m.end(), "url": m.group(0),
                                     "expanded_url": src["expanded_url"], "display_url": src["display_url"]})
    url_entities.sort(key=lambda e: e["start"])

    tid = snowflake(d, key)
    t = {"id": tid, "text": text, "author_id": a["id"], "created_at": x_time(d)}
    if reply_to is not None:
        p = TWEETS[reply_to]
        t["conversation_id"] = p["conversation_id"]
    else:
        t["conversation_id"] = tid
    t["lang"] = lang
    t["edit_history_tweet_ids"] = [tid]

    entities = {}
    mentions = []
    for m in MENTION_RE.finditer(text):
        uname = m.group(1)
        mu = USERS.get(uname.lower())
        if mu is None:
            raise SystemExit(f"post {key!r} mentions unknown user @{uname}")
        mentions.append({"start": m.start(), "end": m.end(), "username": mu["username"], "id": mu["id"]})
    hashtags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in HASHTAG_RE.finditer(text)
                if not any(e["start"] <= m.start() < e["end"] for e in url_entities)]
    cashtags = [{"start": m.start(), "end": m.end(), "tag": m.group(1)} for m in CASHTAG_RE.finditer(text)]
    if mentions:
        entities["mentions"] = mentions
    if hashtags:
        entities["hashtags"] = hashtags
    if cashtags:
        entities["cashtags"] = cashtags
    if url_entities:
        entities["urls"] = url_entities
    if entities:
        t["entities"] = entities
    pm = {"retweet_count": 0, "reply_count": 0, "like_count": 0, "quote_count": 0}
    if metrics:
        pm.update(metrics)
    t["public_metrics"] = pm
    refs = []
    if reply_to is not None:
        t["in_reply_to_user_id"] = TWEETS[reply_to]["author_id"]
        refs.append({"type": "replied_to", "id": TWEETS[reply_to]["id"]})
    if quote is not None:
        refs.append({"type": "quoted", "id": TWEETS[quote]["id"]})
    if retweet is not None:
        refs.append({"type": "retweeted", "id": TWEETS[retweet]["id"]})
    if refs:
        t["referenced_tweets"] = refs
    t["_author"] = author
    t["_refs"] = [r for r in (reply_to, quote, retweet) if r is not None]
    t["_when"] = d
    TWEETS[key] = t
    return key


def public(t: dict) -> dict:
    return {k: v for k, v in t.items() if not k.startswith("_")}


def parent_view(t: dict) -> dict:
    keep = ["id", "text", "author_id", "conversation_id", "created_at", "lang", "edit_history_tweet_ids",
            "entities", "in_reply_to_user_id", "referenced_tweets"]
    return {k: t[k] for k in keep if k in t}


class Brand:
    def __init__(self, slug, plan_path, x_handle, x_user_id, rule_base):
        self.slug = slug
        self.plan_path = plan_path
        self.plan = tomllib.loads(plan_path.read_text())
        self.x_handle = x_handle
        self.x_id = str(x_user_id)
        self.aliases = self.plan["brand"]["aliases"]
        self.handles = self.plan["brand"]["handles"]
        assert x_handle in self.handles["x"]
        self.rules = {tag: str(rule_base + i) for i, tag in enumerate(
            ["brand-mention", "brand-reply", "brand-name", "brand-own", "brand-quote", "brand-retweet"])}


def alias_in(text: str, brand: Brand) -> bool:
    plain = html.unescape(text)
    return any(re.search(r"(?<![\w@.])" + re.escape(a) + r"(?![\w])", plain, re.I) for a in brand.aliases)


def matching_rules(t: dict, brand: Brand) -> list[dict]:
    tags = []
    mentions = {m["username"].lower() for m in t.get("entities", {}).get("mentions", [])}
    if brand.x_handle.lower() in mentions:
        tags.append("brand-mention")
    if t.get("in_reply_to_user_id") == brand.x_id:
        tags.append("brand-reply")
    if alias_in(t["text"], brand):
        tags.append("brand-name")
    if t["author_id"] == brand.x_id:
        tags.append("brand-own")
    for ref in t.get("referenced_tweets", []):
        rt = next(x for x in TWEETS.values() if x["id"] == ref["id"])
        if rt["author_id"] == brand.x_id and ref["type"] == "quoted":
            tags.append("brand-quote")
        if rt["author_id"] == brand.x_id and ref["type"] == "retweeted":
            tags.append("brand-retweet")
    if not tags:
        raise SystemExit(f"no stream rule of {brand.slug} would match post {t['id']}: {t['text']!r}")
    return [{"id": brand.rules[tag], "tag": tag} for tag in tags]


def x_message(key: str, brand: Brand) -> dict:
    t = TWEETS[key]
    users = [U(t["_author"])]
    for m in t.get("entities", {}).get("mentions", []):
        users.append(USERS[m["username"].lower()])
    ref_tweets = [TWEETS[r] for r in t["_refs"]]
    if "in_reply_to_user_id" in t:
        users.append(next(u for u in USERS.values() if u["id"] == t["in_reply_to_user_id"]))
    for rt in ref_tweets:
        users.append(U(rt["_author"]))
    seen, uniq = set(), []
    for u in users:
        if u["id"] not in seen:
            seen.add(u["id"])
            uniq.append(u)
    includes = {"users": uniq}
    if ref_tweets:
        includes["tweets"] = [parent_view(rt) for rt in ref_tweets]
    return {"data": public(t), "includes": includes, "matching_rules": matching_rules(t, brand)}


# --------------------------------------------------------------------------
# The project's own mention JSON (Mastodon, Bluesky, email)
# --------------------------------------------------------------------------

OWN_AUTHORS: dict[str, dict] = {}
OWN_POSTS: dict[str, dict] = {}


def own_author(network, handle, name, followers, bio, uid=None):
    if uid is None:
        if network == "bluesky":
            uid = did_plc(handle)
        elif network == "email":
            uid = handle
        else:
            uid = str(109_000_000_000_000_000 + h(handle, 12) % 900_000_000_000_000)
    OWN_AUTHORS[handle] = {"network": network, "id": uid, "handle": handle, "name": name,
                           "followers": followers, "bio": bio}
    return handle


def own(network, when, author, text, *, key, lang=None, reply_to=None, mentions=(), is_repost=False,
        subject=None):
    a = OWN_AUTHORS[author]
    assert a["network"] == network
    d = parse_when(when)
    if network == "mastodon":
        pid = mastodon_id(d)
    elif network == "bluesky":
        collection = "app.bsky.feed.repost" if is_repost else "app.bsky.feed.post"
        pid = f"at://{a['id']}/{collection}/{bluesky_tid(d)}"
    else:
        pid = f"<{d.strftime('%Y%m%d%H%M%S')}.{h(key):08x}@{author.split('@')[1]}>"
    m = {"network": network, "id": pid, "text": text,
         "author": {k: a[k] for k in ("id", "handle", "name", "followers", "bio") if a[k] is not None},
         "created_at": own_time(d)}
    if lang:
        m["lang"] = lang
    if subject:
        m["subject"] = subject
    if reply_to is not None:
        p = OWN_POSTS[reply_to]
        m["conversation_id"] = p["conversation_id"]
        m["in_reply_to"] = {"id": p["id"], "user_id": p["author"]["id"], "handle": p["author"]["handle"]}
    else:
        m["conversation_id"] = pid
    m["mentions"] = list(mentions)
    m["is_repost"] = is_repost
    m["_when"] = d
    OWN_POSTS[key] = m
    return key


# --------------------------------------------------------------------------
# Helpers for expectations
# --------------------------------------------------------------------------

def expect(action, priority, topic, addressed):
    assert action in ACTIONS or action == ANY, action
    assert priority in PRIORITIES or priority == ANY, priority
    assert addressed in ADDRESSED or addressed == ANY, addressed
    return {"action": action, "priority": priority, "topic": topic, "addressed": addressed}


DEMO_LINES: list[tuple[str, str, dict, str, bool]] = []  # (kind, key, expect, why, strict)


def DX(when, author, text, exp, why, strict=True, **kw):
    """A demo line: an X post that arrives on the stream."""
    key = tw(author, text, when="2026-11-20T" + when + ":00Z" if len(when) == 5 else "2026-11-20T" + when + "Z", **kw)
    DEMO_LINES.append(("x", key, exp, why, strict))
    return key


def DP(when, author, text, **kw):
    """A post that is only there as the parent of a demo line (not itself on the stream)."""
    return tw(author, text, when="2026-11-" + when + "Z", **kw)


def DO(network, when, author, text, exp, why, strict=True, **kw):
    key = f"own-{len(OWN_POSTS) + 1}"
    own(network, "2026-11-20T" + when + ":00Z", author, text, key=key, **kw)
    DEMO_LINES.append(("own", key, exp, why, strict))
    return key


SCENARIOS: dict[str, list[dict]] = defaultdict(list)
CURRENT_BRAND: Brand | None = None


def SC(name, lesson, key, exp, *, strict=True, note=None, known_miss=None):
    s = {"name": name, "lesson": lesson, "strict": strict, "post": key, "expect": exp}
    if note:
        s["note"] = note
    if known_miss:
        s["known_miss"] = known_miss
    SCENARIOS[CURRENT_BRAND.slug].append(s)


# ==========================================================================
# The demo: one Friday of mentions of Ottermere Broadband, 2026-11-20
# ==========================================================================

def build_demo() -> Brand:
    brand = Brand("ottermere", DEMO_DIR / "plan.toml", "OttermereHelp", 1093372650, 1861220000000000001)

    user("OttermereHelp", "Ottermere Broadband Help", brand.x_id,
         "Help from the Ottermere Broadband team, 8am–8pm every day. Home internet, mobile and TV across the Vale of Kelder.",
         48210, following=1320, tweets=212_400, listed=310, verified=True)
    # Customers and bystanders (all made up).
    user("hollybw", "Holly Bramwell", 1184420073, "Nurse. Nights. Millbrook born and bred.", 431)
    user("dkowalczyk", "Dariusz Kowalczyk", 2793011846, "Freelance sound editor. Coffee, cables, cats.", 1280)
    user("sianpryce", "Sian Pryce", 1457730921, "Mum of three, PTA survivor, Millbrook.", 219)
    user("toby_hennessey", "Toby Hennessey", 1620044387455234048, "Spreadsheets by day.", 88)
    user("lucia_fdz", "Lucía Fernández", 3312094455, "Valenciana en el Vale. Enfermera 🩺", 502)
    user("garethlowe", "Gareth Lowe", 88213374, "Retired, not tired. Opinions on everything.", 1903)
    user("amara_nwosu", "Amara Nwosu", 1299385012, "Two kids, one dog, zero patience.", 640)
    user("sanjay_p", "Sanjay Patel", 1739201184627310592, "Runs the corner shop on Mill Lane.", 410)
    user("rhiannon_ellis", "Rhiannon Ellis", 2240958813, "Daughter, carer, teacher. In that order.", 356)
    user("jonah_builds", "Jonah Whitcombe", 14120931, "Building compilers and breaking them. Streams on weekdays. Opinions mine.",
         1_240_000, following=812, tweets=58_300, listed=9_400, verified=True)
    user("pundemonium_99", "Terry Ashdown", 1502983377, "Puns are my love language.", 212)
    user("nadia_codes", "Nadia Farrukh", 911204836, "Backend engineer. Climber. Kelderby.", 8800)
    user("kezia_m", "Kezia Marsh", 2650197731, "Illustrator. Plants. More plants.", 640)
    user("roo_hollis", "Rowan Hollis", 3101776452, "he/him. Bass player in a bad band.", 310)
    user("bren_okoye", "Brendan Okoye", 1391827764, "Dad jokes and DIY.", 95)
    user("willowtree_jo", "Jo Whitlow", 1823349090, "Garden, books, tea.", 143)
    user("pete_garside", "Pete Garside", 710223894, "Allotment king of Upper Dunmore.", 402)
    user("amirk_design", "Amir Karimi", 2981552014, "Brand designer. Freelance. Always on deadline.", 1500)
    user("harriet_okafor", "Harriet Okafor", 1203948576, "Physio. Rugby on Saturdays.", 760)
    user("ValeGazette", "The Vale Gazette", 51882301, "News from Millbrook, Kelderby and the Vale of Kelder since 1884.",
         38_400, following=950, listed=420, verified=True)
    user("colm_brennan", "Colm Brennan", 1677120938, "Bus driver, route 7. Fernside.", 280)
    user("spence_v", "Spencer Vickers", 3390112857, "", 77)
    user("margot_ellery", "Margot Ellery", 420118734, "Retired solicitor's clerk. I keep records.", 1120)
    user("growthpro_uk", "GrowthPro 📈", 1788100299341152256, "Real followers. Real fast. DM for prices 💯", 5400, following=5001)
    user("ottr_drops", "OTTR Airdrop Official 🦦", 1789455120003657728, "Community token. Not financial advice. 🚀🚀", 2100, following=4800)
    user("CoinDripHQ", "CoinDrip", 1702233455906119680, "Crypto news & drops", 15_200)
    user("ed_pemberton", "Ed Pemberton", 160044219, "Cox, coach and tea-maker at the rowing club.", 610)
    user("fellwalkerjan", "Janet Crook", 530994182, "Walking every fell in the Vale, one muddy boot at a time.", 2300)
    user("priya_bhatt", "Priya Bhatt", 2201938476, "New to the Vale!", 180)
    user("sol_adebayo", "Sol Adebayo", 199283746, "Sysadmin. I read logs for fun.", 2900)
    user("mo_adeyemi", "Mo Adeyemi", 2458102937, "Chef. Arsenal. Sleep.", 260)
    user("kelder_jim", "Jim Saddler", 1577320984, "", 60)
    user("camille_rdr", "Camille Rodier", 3190028451, "Prof de français à Kelderby 🇫🇷", 340)
    user("jens_h", "Jens Hartmann", 1122930845, "Ingenieur aus Bremen, jetzt im Vale.", 150)
    user("tillyparks", "Tilly Parkes", 970118342, "Millbrook. Knits. Complains.", 520)
    user("ken_ashworth", "Ken Ashworth", 1605533870291836928, "", 61)
    user("ollie_tenby", "Oliver Tenby", 2871101934, "Darts, snooker, anything on telly.", 45)
    user("ines_moreira", "Inês Moreira", 1330298475, "Lisboa → Kelderby. Data analyst.", 230)
    user("becca_larkin", "Rebecca Larkin", 802394817, "Vet nurse. Tired.", 890)
    user("gabe_l", "Gabe Lindqvist", 1902847561, "Kelderby. Runner.", 300)
    user("sam_fairweather", "Sam Fairweather", 2103948576, "Cyclist, mostly in the rain.", 170)
    user("yaz_hughes", "Yasmin Hughes", 2988105731, "HR by day, baker by night.", 410)
    user("dw_marsden", "Dave Marsden", 1699201837465321472, "", 33)
    user("okonjo_teaches", "Grace Okonjo", 1209384756, "Head of Year 5 at Kiln Close Primary.", 1050)
    user("liam_rourke", "Liam Rourke", 2749102837, "Gamer. Kelderby.", 120)
    user("norah_b", "Norah Bellamy", 3012938475, "", 58)
    user("CllrAnnaPike", "Cllr Anna Pike", 398120475, "Councillor for Millbrook ward. Here to help: surgeries every Saturday.",
         24_300, following=2100, listed=310, verified=True)
    user("diego_mz", "Diego Martínez", 1438209576, "Cocinero. Kelderby.", 310)
    user("fran_whitaker", "Fran Whitaker", 2095837461, "Home, garden, gin.", 205)
    user("lena_k", "Lena Kovač", 1874930275, "Translator (HR/EN/DE).", 690)
    user("tom_ibbotson", "Tom Ibbotson", 1129384750, "On a beach somewhere.", 400)
    user("kerry_ann_p", "Kerry-Ann Potts", 2938475610, "Millbrook. Mum. Done with waiting.", 150)
    user("marcus_doyle", "Marcus Doyle", 492837561, "Photographer. The Vale, mostly.", 2200)
    user("hattie_farm", "Hattie Greenwood", 2837465019, "Sheep, hens and a very old Land Rover. Upper Dunmore.", 330)
    user("stu_pendle", "Stuart Pendle", 3049586712, "", 90)
    user("wren_c", "Wren Castellano", 1593847261, "Moving house. Send boxes.", 120)
    user("nik_sorensen", "Nik Sorensen", 2384756190, "Night owl, day sloth.", 700)
    user("barry_quips", "Barry Quinlan", 610293847, "I say things. Some of them are funny.", 1400)
    user("bea_holloway", "Bea Holloway", 849302716, "Reading my way through the library. Kelderby.", 3100)
    user("KelderbyIT", "Kelderby IT Services", 1098273645, "IT support and networks for businesses in the Vale.", 1900)

    own_author("mastodon", "kai@norden.example", "Kai Lindner", 140, "Softwareentwickler. Wohnt jetzt in Millbrook.")
    own_author("mastodon", "lotte@norden.example", "Lotte Brandt", 60, "Millbrook. Fahrrad, Garten, Kuchen.")
    own_author("mastodon", "giulia@mastodon.example", "Giulia Romano", 95, "Architetta. Kelderby.")
    own_author("mastodon", "sam@toot.example", "Sam Orr", 410, "Networks and knitting.")
    own_author("mastodon", "ro@toot.example", "Ro Nakamura", 230, "IPv6 evangelist. Sorry.")
    own_author("mastodon", "elodie@social.example", "Élodie Marchand", 180, "Bibliothécaire. Séries et chats.")
    own_author("bluesky", "mollyfinch.bsky.social", "Molly Finch", 320, "Millbrook. Ceramics. Cats.")
    own_author("bluesky", "anapaulasilva.bsky.social", "Ana Paula Silva", 210, "Brasileira no Vale.")
    own_author("bluesky", "deanhartley.bsky.social", "Dean Hartley", 540, "Cycling, cameras, Kelderby.")
    own_author("bluesky", "jo-whit.bsky.social", "Jo Whitlow", 90, "Garden, books, tea.")
    own_author("bluesky", "skyfell.bsky.social", "Ruth Avery", 1200, "Hills and skies of the Vale.")
    own_author("email", "dana.reyes@inbox.example", "Dana Reyes", None, None)

    # ---- Early morning: Millbrook goes dark --------------------------------
    DX("06:05", "hollybw",
       "@OttermereHelp is there maintenance in Millbrook overnight? Broadband dropped out at 5 and hasn't come back. Just in from a night shift and I need to sleep, not ring a call centre",
       expect(RP, "high", "outage", "direct"), "outage burst in Millbrook (1): outage report addressed to the brand")
    DO("bluesky", "06:40", "mollyfinch.bsky.social",
       "@ottermere.example internet off since about 5am in Millbrook. Hub light flashing red. Anyone else?",
       expect(RP, "high", "outage", "direct"), "outage burst (2) on Bluesky",
       lang="en", mentions=["ottermere.example"])
    DX("06:52", "sianpryce",
       "Millbrook folks, is your Ottermere broadband down too? Nothing here since before 6 and the school run is in an hour 😩",
       expect(RP, "high", "outage", "indirect"), "outage burst (3): names the brand to everyone, her own experience")
    DX("07:03", "toby_hennessey",
       "@OttermereHelp No internet in Millbrook since 5am. I'm working from home today so this is a real problem. Any idea when it'll be fixed?",
       expect(RP, "high", "outage", "direct"), "outage burst (4)")
    DX("07:10", "lucia_fdz",
       "@OttermereHelp buenos días, llevo desde las 5 sin internet en Millbrook. ¿Hay alguna avería en la zona?",
       expect(RP, "high", "outage", "direct"), "outage burst (5), Spanish: 'internet', 'avería'", lang="es")
    DX("07:18", "garethlowe",
       "Oh brilliant, Millbrook's internet is down again. Love paying Ottermere for a very expensive light that blinks red.",
       expect(RP, "high", "outage", "indirect"), "outage burst (6): sarcasm from a customer is a complaint")
    DX("07:25", "amara_nwosu",
       "@OttermereHelp #Millbrook outage? Kids need the wifi for homework tonight and nothing has worked since dawn",
       expect(RP, "high", "outage", "direct"), "outage burst (7), with a hashtag")
    DO("mastodon", "07:31", "kai@norden.example",
       "@help@ottermere.example Störung in Millbrook? Seit heute früh kein Internet, der Router blinkt rot.",
       expect(RP, "high", "outage", "direct"), "outage burst (8), German on Mastodon; the brand's handle looks like an email address but is not a private detail",
       lang="de", mentions=["help@ottermere.example"])
    DX("07:36", "sanjay_p",
       "@OttermereHelp card machine in the shop runs on your broadband and it's been offline since 5. Cash only in Millbrook today, thanks a lot",
       expect(RP, "high", "outage", "direct"), "outage burst (9): a small business hit by the outage")
    oxygen = DX("07:40", "rhiannon_ellis",
       "@OttermereHelp my dad is on home oxygen and his telecare pendant alarm goes through your line. It's been dead since 5am. He's 84 and on his own in Millbrook. Please help",
       expect(RP, "urgent", "vulnerable", "direct"), "medical need: a vulnerable man without his alarm; urgent")
    DX("07:45", "OttermereHelp",
       "We know about a broadband outage in Millbrook that started around 5am. Our network crew is on site now and we'll post an update here by 10am. Sorry, everyone, and thank you for the reports.",
       expect(IGN, "low", "outage", "none"), "the brand's own post")
    DX("07:49", "OttermereHelp",
       "@rhiannon_ellis Rhiannon, thank you for telling us. We've marked your dad's line as a priority repair and a backup hub with a battery is on its way to him today so his alarm keeps working. Please check your DMs so we can confirm where it should go.",
       expect(IGN, "low", "outage", "none"), "the brand's own reply", reply_to=oxygen)

    # ---- A celebrity, a joker and a helpful stranger -------------------------
    jonah = DX("07:52", "jonah_builds",
       "Day three of my Ottermere fibre dropping every time I start a stream. 900 Mb on the box, zero in reality. Does anyone know a provider that actually works?",
       expect(RP, "high", "outage", "indirect"), "celebrity (1.2M followers) complaining about the brand by name: big reach, high")
    DX("07:58", "pundemonium_99",
       "@jonah_builds Ottermere? More like Otter-mere-ly a suggestion 🦦",
       expect(IGN, "low", None, "third_party"), "lesson 1: a pun by a bystander inside someone else's conversation; never answer", reply_to=jonah)
    DX("08:03", "nadia_codes",
       "@jonah_builds had Ottermere for two years, the fibre is fine once they swap the old hub for the new one. Worth asking them.",
       expect(MON, "low", "outage", "third_party"), "a third party giving advice in someone else's thread: monitor, don't butt in", reply_to=jonah)
    brand_to_jonah = DX("08:10", "OttermereHelp",
       "@jonah_builds Three days running isn't good enough, Jonah. We can see your line dropped at 7:49 and 7:51 this morning. Can we run a remote line test? It takes two minutes and you don't need to do anything.",
       expect(IGN, "low", "outage", "none"), "the brand's own reply", reply_to=jonah)

    # ---- Venting to a friend -------------------------------------------------
    kezia = DP("20T08:12", "kezia_m", "is it just me or is everyone's phone rubbish round here today")
    DX("08:15", "roo_hollis",
       "@kezia_m not just you, the Ottermere mobile signal has been useless in our flat all week. One bar if I stand on the bed 🙃",
       expect(MON, "low", "mobile", "third_party"), "lesson 2: venting to a friend in a reply thread without tagging the brand; monitor", reply_to=kezia)
    DX("08:25", "jonah_builds", "@OttermereHelp go for it. It dropped again while I was typing this.",
       expect(RP, "high", "outage", "direct"), "the celebrity comes back in his thread with the brand: repeat contact, big reach", reply_to=brand_to_jonah)

    # ---- Private details in public -------------------------------------------
    DX("08:30", "bren_okoye",
       "@OttermereHelp you've charged me twice for November, two payments of £38. Account number 4471 2093 8812. Sort it out please.",
       expect(RV, "normal", "billing", "direct"), "account number in public: answer privately")
    DX("08:44", "willowtree_jo",
       "@OttermereHelp how do I change my plan to the 500 Mb one? I don't want to start a new 24-month contract if I can avoid it",
       expect(RP, "normal", "account", "direct"), "a question to the brand")
    mo1 = DX("08:47", "mo_adeyemi",
       "@OttermereHelp my direct debit went out twice this month. Can you check and put it right?",
       expect(RP, "normal", "billing", "direct"), "ordinary billing complaint, opens Mo's case")
    praise = DX("08:50", "pete_garside",
       "Engineer from @OttermereHelp turned up early, fixed the socket, tidied up and explained everything. Five stars, genuinely.",
       expect(RP, "low", "installation", "indirect"), "praise, brand tagged in passing: thank them")
    amir = DX("09:05", "amirk_design",
       "@OttermereHelp engineer didn't turn up for my install appointment this morning. I took the day off for it. Ring me on 07700 900461, I'm not sitting in a phone queue for an hour.",
       expect(RV, "normal", "installation", "direct"), "phone number in public: answer privately")
    DX("09:12", "harriet_okafor",
       "@OttermereHelp the new TV box won't pick up half the sport channels. Can someone email me at harriet.okafor@inbox.example with what to do? I'm out all day.",
       expect(RV, "normal", "tv", "direct"), "email address in public: answer privately")
    mo_reply = DX("09:15", "OttermereHelp",
       "@mo_adeyemi Sorry, Mo. I can see the double direct debit and I've asked for the second one to be refunded. It should be back in your bank in 3–5 working days, and I'll check on Tuesday that it has arrived.",
       expect(IGN, "low", "billing", "none"), "the brand's own reply", reply_to=mo1)
    DX("09:16", "OttermereHelp",
       "@amirk_design Sorry, Amir. We've sent you a DM so we can sort this without your number on show, so you may want to delete that post.",
       expect(IGN, "low", None, "none"), "the brand's own reply, moving a conversation private",
       reply_to=amir)
    news = DX("09:20", "ValeGazette",
       "Ottermere Broadband says an equipment fault has left homes in Millbrook without broadband since early this morning. The company hopes to have every connection back by midday. {url:https://valegazette.example/news/2026/11/20/millbrook-broadband-fault}",
       expect(MON, "low", "outage", "indirect"), "news about the brand: monitor", metrics={"like_count": 0})
    DX("09:28", "sianpryce", "",
       expect(IGN, "low", "outage", "indirect"), "a repost: never opens a case", retweet=news)

    # ---- Safety, rudeness, legal threats -------------------------------------
    hazard = DX("09:33", "colm_brennan",
       "There's an Ottermere cable hanging off the pole on Fernside Lane, sparking every time the wind catches it. Right next to the bus stop. @OttermereHelp please send someone NOW",
       expect(RP, "urgent", "safety_hazard", "indirect"), "danger in the street: urgent; the location of a hazard is not a private address")
    DX("09:37", "OttermereHelp",
       "@colm_brennan Thank you, Colm. A crew is on the way to Fernside Lane now. Please keep everyone well back from it until they arrive.",
       expect(IGN, "low", None, "none"), "the brand's own reply", reply_to=hazard)
    DX("09:40", "spence_v",
       "@OttermereHelp you took £89 by direct debit instead of £32 this month, you thieving clowns. Give it back. Useless, the lot of you.",
       expect(RP, "high", "billing", "direct"), "rude, but a real overcharge: a customer; strong complaint, not urgent")
    DX("09:50", "margot_ellery",
       "@OttermereHelp Three months of wrong bills and three promises to fix them. I've filed a complaint with the regulator and the small claims court is next.",
       expect(RP, "high", "billing", "direct"), "legal/regulatory threat: a strong complaint, not urgent")
    update = DX("10:02", "OttermereHelp",
       "Millbrook outage update: the fault was a failed card in the street cabinet on Mill Lane. It's been replaced and homes are coming back online now. Most should be back by 11am; we'll post again then.",
       expect(IGN, "low", "outage", "none"), "the brand's own post")

    # ---- Spam, namesakes, chatter --------------------------------------------
    DX("10:10", "growthpro_uk",
       "@OttermereHelp Grow your brand FAST 🚀 10,000 real followers for £9.99, instant delivery, DM now 👉 {url:https://growthpro.example/buy?ref=ott}",
       expect(IGN, "low", None, "direct"), "follower selling: spam")
    DX("10:15", "ottr_drops",
       "🎁 $OTTR AIRDROP IS LIVE 🎁 Claim 500 free tokens before midnight! Official partners @OttermereHelp @CoinDripHQ 👉 {url:https://ottr-drop.example/claim}",
       expect(IGN, "low", None, "indirect"), "crypto giveaway that tags the brand: spam", lang="en")
    DX("10:22", "ed_pemberton",
       "Cold but glorious outing with Ottermere Rowing Club this morning. The new eight is christened 'Splash Gordon' 🚣",
       expect(IGN, "low", None, "none"), "namesake: the rowing club is not the brand")
    DX("10:30", "fellwalkerjan",
       "Lake Ottermere circuit done: eleven miles, two stiles, one very muddy dog. Best walk in the Vale.",
       expect(IGN, "low", None, "none"), "namesake: the lake")
    DX("10:35", "priya_bhatt",
       "Moving house next month and the new place only gets Ottermere. Opinions please, Vale people?",
       expect(MON, "low", "account", "indirect"), "general chatter about the brand: monitor")
    DX("10:48", "sol_adebayo",
       "@OttermereHelp router admin page shows &lt;img src=x onerror=alert(1)&gt; where the network name should be &amp; then reboots. OM-Hub 3. Is this a firmware bug?",
       expect(RP, "normal", "outage", "direct"), "hostile HTML in the text, delivered escaped; a real question about the router")
    DX("11:02", "mo_adeyemi",
       "@OttermereHelp thanks, but now the app says my bill is £64 overdue on top?? What's going on",
       expect(RP, "high", "billing", "direct"), "customer comes back to his open case, replying to the brand: repeat contact", reply_to=mo_reply)
    DX("11:10", "kelder_jim", "",
       expect(IGN, "low", "installation", "indirect"), "a repost of praise", retweet=praise)
    DX("11:20", "camille_rdr",
       "Toujours pas de connexion internet à Millbrook depuis ce matin. Merci @OttermereHelp, vraiment au top 🙄",
       expect(RP, "high", "outage", "indirect"), "French, sarcastic thanks: a complaint", lang="fr")
    DX("11:30", "jens_h",
       "@OttermereHelp Meine Rechnung für November ist doppelt so hoch wie im Oktober. Können Sie das bitte prüfen?",
       expect(RP, "normal", "billing", "direct"), "German billing question: 'Rechnung'", lang="de")
    DO("mastodon", "11:40", "giulia@mastodon.example",
       "@help@ottermere.example buongiorno, il segnale mobile è sparito da ieri sera in centro a Kelderby. Impossibile fare chiamate.",
       expect(RP, "high", "mobile", "direct"), "Italian, mobile service gone since last night: an outage", lang="it",
       mentions=["help@ottermere.example"])
    DX("11:50", "tillyparks",
       "Fixed by 11, they said. It's ten to twelve and still no broadband on our street in Millbrook.",
       expect(RP, "high", "outage", "indirect"),
       "quotes the brand's update without tagging it: still a customer's complaint about the outage", strict=False, quote=update)
    DX("12:05", "ken_ashworth",
       "@OttermereHelp your chat bot wants my date of birth and address every single time. Fine: 14/02/1979, 27 Orchard Row, Kelderby KX2 7QT. Now will someone cancel my contract?",
       expect(RV, "normal", "account", "direct"), "date of birth and home address in public: answer privately")
    DO("bluesky", "12:20", "anapaulasilva.bsky.social",
       "@ottermere.example a fatura deste mês veio com uma cobrança a mais de £12. Podem verificar, por favor?",
       expect(RP, "normal", "billing", "direct"), "Portuguese billing question: 'fatura', 'cobrança'", lang="pt",
       mentions=["ottermere.example"])
    DX("12:30", "dkowalczyk",
       "@OttermereHelp broadband's back in Millbrook. The crew were out in the rain all morning, thank you 🙏",
       expect(RP, "low", "outage", "direct"), "praise addressed to the brand: thank them")
    DX("12:45", "OttermereHelp",
       "Millbrook is back online 🎉 If your hub still shows a red light, switch it off for 30 seconds and then on again. Still stuck? Reply here and we'll check your line.",
       expect(IGN, "low", "outage", "none"), "the brand's own post")
    DX("13:00", "ollie_tenby",
       "@OttermereHelp do you lot do a sport add-on for the TV package or is it all bundled in now?",
       expect(RP, "normal", "tv", "direct"), "question")
    DX("13:15", "ines_moreira",
       "@OttermereHelp can I get an eSIM instead of a physical SIM on the Ottermere Mobile 30-day plan?",
       expect(RP, "normal", "mobile", "direct"), "question")
    DX("13:30", "becca_larkin",
       "Worst Friday: boiler packed in, train was late, and @OttermereHelp still hasn't fixed the broadband they broke on Tuesday.",
       expect(RP, "high", "outage", "indirect"), "complaint with the brand tagged in passing; days without service")
    gabe = DP("20T13:38", "gabe_l", "Letter on the mat: price going up £4 a month from January. Merry Christmas to me 🙃")
    DX("13:45", "sam_fairweather",
       "@gabe_l same price rise here, Ottermere put ours up too. £4 more a month for the same rubbish",
       expect(MON, "low", "billing", "third_party"), "venting in a friend's thread without tagging the brand: monitor", reply_to=gabe)
    DX("14:00", "yaz_hughes",
       "@gabe_l ours too. @OttermereHelp why is my bill going up £4 when my contract says fixed price?",
       expect(RP, "normal", "billing", "indirect"),
       "in a friend's thread but tags the brand with a question: answer; the brand is tagged in passing", reply_to=gabe)
    DX("14:10", "dw_marsden",
       "@OttermereHelp if that engineer turns up at my door again after what he said to my wife, I won't be responsible for what I do to him",
       expect(RP, "urgent", "installation", "direct"),
       "a threat against a member of staff: urgent; the customer still has a complaint about the visit", strict=False)
    DX("14:30", "okonjo_teaches",
       "@OttermereHelp your team left the junction box outside our school on Kiln Close open with exposed wires. Children walk past it every morning. Someone will get hurt.",
       expect(RP, "urgent", "safety_hazard", "direct"), "exposed wires where children walk: urgent")
    DX("14:50", "liam_rourke",
       "@OttermereHelp paying for 500 Mb and getting 38 in the evenings. Is there congestion in Kelderby or is it my hub?",
       expect(RP, "normal", "outage", "direct"), "slow speeds, a question: ordinary, not an outage", strict=False)
    DO("bluesky", "15:05", "deanhartley.bsky.social",
       "Switched to @ottermere.example last month and honestly the mobile signal up the valley is better than my old network. Didn't expect that.",
       expect(RP, "low", "mobile", "indirect"), "praise on Bluesky, brand tagged in passing", lang="en",
       mentions=["ottermere.example"])
    DO("bluesky", "15:20", "jo-whit.bsky.social",
       "@ottermere.example internet off since about 5am in Millbrook. Hub light flashing red. Anyone else?",
       expect(IGN, "low", "outage", "indirect"), "a repost on Bluesky: never opens a case; a repost passes the brand on, it does not address it",
       lang="en", mentions=["ottermere.example"], is_repost=True)
    DO("bluesky", "15:30", "skyfell.bsky.social",
       "Sunset over Lake Ottermere tonight. Absolutely unreal colours.",
       expect(IGN, "low", None, "none"), "namesake: the lake", lang="en")
    own("mastodon", "2026-11-20T15:38:00Z", "sam@toot.example",
         "Thinking of changing ISP. Anyone in the Vale with opinions on the local options?", key="sam-parent", lang="en")
    DO("mastodon", "15:45", "ro@toot.example",
       "@sam@toot.example we had Ottermere for a year. The fibre was fine and their IPv6 support is weirdly good, the customer service less so.",
       expect(MON, "low", "outage", "third_party"), "a reply between two other people on Mastodon: monitor", lang="en",
       reply_to="sam-parent", mentions=["sam@toot.example"])
    DX("16:00", "garethlowe",
       "Love paying £45 a month for internet that works two hours a day. Cheers @OttermereHelp, you're the best 👍",
       expect(RP, "high", "outage", "indirect"), "sarcasm from a customer: a complaint about a service that keeps failing")
    DX("16:30", "KelderbyIT",
       "We're proud to be Ottermere's new installation partner for businesses across the Vale: our engineers will install and set up fibre for offices from January. More on our blog: {url:https://kelderbyit.example/blog/ottermere-partnership}",
       expect(MON, "low", "installation", "indirect"), "an announcement about the brand: monitor")
    DX("16:45", "norah_b",
       "@OttermereHelp your payment page keeps failing. Tried my card 4929 1827 0056 1133 three times and it just says error.",
       expect(RV, "normal", "billing", "direct"), "a card number in public: answer privately")
    lena = DX("17:05", "lena_k",
       "@OttermereHelp the new router won't hold a connection for more than a few minutes. Light goes green, then red, then green again.",
       expect(RP, "normal", "outage", "direct"), "ordinary complaint, opens Lena's case")
    DX("17:10", "CllrAnnaPike",
       "Hundreds of Millbrook households without broadband for over six hours today, including vulnerable residents. @OttermereHelp I expect a full explanation of this outage.",
       expect(RP, "high", "outage", "indirect"),
       "a councillor with 24k followers: big reach; mentions vulnerable residents but no one in danger now", strict=False)
    DX("17:15", "diego_mz",
       "@OttermereHelp ¿Cómo puedo cambiar mi plan móvil a uno con más datos?",
       expect(RP, "normal", "mobile", "direct"), "Spanish question: 'móvil', 'datos'", lang="es")
    lena_brand = DX("17:20", "OttermereHelp",
       "@lena_k Sorry about this, Lena. Could you plug the fibre cable into the orange port on the back of the router and give it five minutes? If the light doesn't stay green we'll book an engineer.",
       expect(IGN, "low", "outage", "none"), "the brand's own reply", reply_to=lena)
    DX("17:55", "fran_whitaker",
       "@OttermereHelp your installer drilled through our wall and left a cable hanging across the front of the house. Not dangerous, just ugly. When can someone come back and tidy it?",
       expect(RP, "normal", "installation", "direct"),
       "'cable hanging' but the customer says it is not dangerous: an installation complaint, not urgent", strict=False)
    DX("18:20", "tom_ibbotson",
       "@OttermereHelp roaming in Spain and my mobile data has just stopped. The plan says EU roaming is included. Help?",
       expect(RP, "normal", "mobile", "direct"), "a question with a problem")
    DX("18:30", "stu_pendle",
       "@OttermereHelp cancelled my contract six weeks ago and you've just taken another payment. #fail",
       expect(RP, "normal", "account", "direct"), "ordinary complaint with a hashtag")
    DX("18:40", "kerry_ann_p",
       "Called @OttermereHelp on 0808 157 0192 three times about our Millbrook outage and got cut off every time.",
       expect(RP, "high", "outage", "indirect"),
       "the number is the brand's own public helpline, not a private detail; repeated contact", strict=False)
    DO("mastodon", "18:45", "elodie@social.example",
       "@help@ottermere.example bonjour, ma box télé redémarre toute seule depuis la mise à jour. Une idée ?",
       expect(RP, "normal", "tv", "direct"), "French TV question on Mastodon: 'télé'", lang="fr",
       mentions=["help@ottermere.example"])
    DX("19:05", "marcus_doyle",
       "Left Ottermere for another provider in 2025 and never looked back. Funny how often they trend round here.",
       expect(MON, "low", None, "indirect"), "chatter from an ex-customer, no problem to solve: monitor", strict=False)
    DX("19:15", "lena_k",
       "Tried the orange port on the router, same thing. Green for a minute, then red again.",
       expect(RP, "high", "outage", "direct"),
       "reply to the brand's reply without an @: direct, and the customer is back (repeat contact)", reply_to=lena_brand)
    DX("19:25", "hattie_farm",
       "@OttermereHelp can you install in Upper Dunmore yet, or is it still not covered? The farm is on 2 Mb and it's grim",
       expect(RP, "normal", "installation", "direct"), "question from a prospective customer")
    DO("mastodon", "19:30", "lotte@norden.example",
       "@help@ottermere.example danke für die schnelle Hilfe heute, Internet läuft wieder!",
       expect(RP, "low", "outage", "direct"), "German praise on Mastodon: thank them", lang="de",
       mentions=["help@ottermere.example"])
    DX("19:40", "wren_c",
       "@OttermereHelp are you open tomorrow? Moving house on the 3rd and need to move my contract over",
       expect(RP, "normal", "account", "direct"), "question")
    DO("email", "19:52", "dana.reyes@inbox.example",
       "Hello, my bill for November is £74 but my contract says £42. My account number is 3390 1128 4456. I think I've been overcharged. Please can someone explain the difference and refund it? Dana Reyes",
       expect(RV, "normal", "billing", "direct"), "an email to the brand: private by nature, and it holds an account number",
       subject="November bill is wrong", lang="en")
    DX("20:30", "nik_sorensen",
       "@OttermereHelp internet down on the Harrowgate side of Kelderby? Everything was fine till about 8",
       expect(RP, "high", "outage", "direct"), "outage report after hours")
    DX("21:10", "barry_quips",
       "Ottermere sounds less like a provider and more like an otter's holiday home. Just saying.",
       expect(IGN, "low", None, "indirect"), "a joke by a bystander in a post to everyone: ignore")
    DX("21:30", "bea_holloway",
       "Ottermere Broadband: helping me read more books since Tuesday 📚 (the internet is still off)",
       expect(RP, "high", "outage", "indirect"), "sarcasm by a customer: a complaint, unlike the joke above")
    DX("21:45", "amara_nwosu", "",
       expect(IGN, "low", "outage", "indirect"), "a repost of the brand's own post", retweet=update)
    DX("21:58", "OttermereHelp",
       "That's us for tonight, we're back at 8am. If something is dangerous, like sparks or a damaged cable in the street, call 0808 157 0192 at any time.",
       expect(IGN, "low", "safety_hazard", "none"), "the brand's own post")
    return brand


# ==========================================================================
# Scenario suite
# ==========================================================================

def brand_users():
    user("TarnwickRail", "Tarnwick Rail", 3316620044,
         "Tarnwick Rail. We're here 6am to 11pm, every day. Live train times in our app.",
         61_300, following=880, tweets=301_000, listed=290, verified=True)
    user("FenwoldBank", "Fenwold Bank", 2890114401,
         "Fenwold Bank help, 7am–10pm. We'll never ask for your PIN or full card number. Spotted fraud? Call the number on your card.",
         112_800, following=2400, tweets=188_000, listed=700, verified=True)
    user("KettleEnergy", "Kettle Energy", 1577203398,
         "Gas and electricity, without the jargon. We're here 8am–6pm Mon–Fri. Power cut? Call 105.",
         27_400, following=610, tweets=44_000, listed=120, verified=True)


def build_tarnwick():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tarnwick-rail", SCEN_DIR / "tarnwick-rail.plan.toml", "TarnwickRail", 3316620044, 1861220000000000101)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-10-05T05:40:00Z")
    B = "TarnwickRail"
    user("harriet_v", "Harriet Vance", 2204958173, "Commuter. Hollins Cross → Central, 5 days a week, for my sins.", 612)
    user("commuter_cat", "Cat Doherty", 1920485763, "Season ticket holder, professional sigher.", 230)
    user("mo_linnell", "Maureen Linnell", 1003948576, "Grandma of 6. Knitting. Trains, sadly.", 140)
    user("joshua_k_b", "Joshua Kemp-Bailey", 2039485761, "Accountant. Bratton Parkway.", 301)
    user("faye_winters", "Faye Winters", 1182736450, "Theatre nerd. Eastmere.", 880)
    user("miriam_t", "Miriam Tate", 2948576103, "Lecturer. Always on a train, usually a late one.", 1530)
    user("sid_brannigan", "Sid Brannigan", 3029485716, "Professional heckler (amateur).", 520)
    user("jessamy_k", "Jessamy Kerr", 1748392011, "Nurse. Cyclist. Eastmere.", 410)
    user("olly_brandt", "Olly Brandt", 1837465920, "", 190)
    user("rail_nerd_pat", "Pat Soames", 482910374, "Trains, timetables, tea. I know which unit you're on.", 4400)
    user("kit_rowe", "Kit Rowe", 2384710293, "Kelsall. Commuting. Complaining.", 260)
    user("aisha_q", "Aisha Qureshi", 1293847560, "Solicitor. Runner. Tarnwick.", 980)
    user("tomasz_w", "Tomasz Wierzbicki", 2847561093, "Engineer, dad, pierogi enthusiast.", 310)
    user("lou_pennant", "Louise Pennant", 1475839201, "", 75)
    user("ben_achebe", "Ben Achebe", 2019384756, "Student nurse. Night shifts.", 460)
    user("carys_ap", "Carys ap Rhys", 1657483920, "Geography teacher. Hollins Cross.", 380)
    user("greg_ludlow", "Greg Ludlow", 2910384756, "Paramedic (off duty, usually).", 690)
    user("dev_okafor", "Dev Okafor", 1472839506, "Carer for my mum. Eastmere.", 220)
    user("ade_bankole", "Ade Bankole", 2385710294, "Wheelchair user, football fan, podcast host.", 3300)
    user("steve_rigg", "Steve Rigg", 1738291045, "", 40)
    user("lads_lad_77", "Kev", 1827364509, "Don't @ me.", 95)
    user("pennyworth_j", "June Pennyworth", 1009283746, "Retired, organised, persistent.", 510)
    user("darren_m_88", "Darren Mills", 2039485712, "Warehouse. Early starts.", 130)
    user("nora_quill", "Nora Quill", 1948573620, "", 60)
    user("socialboost_pro", "SocialBoost PRO ✅", 1790234561230987264, "Grow your account today 📈 Real results 💯", 8900, following=5000)
    user("freetravel_uk", "Free Travel Giveaways UK 🎁", 1791023456789012480, "Daily giveaways! Follow to win 🎉", 3100, following=4900)
    user("tarnwick_fan", "Lee Okoro", 1203948570, "Tarnwick Rangers till I die. Season ticket, East Stand.", 2100)
    user("tarnwick_larder", "Tarnwick Larder", 1564738291, "Local food, local people. Farmers market every other Saturday.", 1800)
    user("tinytrains_tom", "Tom Featherstone", 938475610, "OO gauge. Chairman of the model railway club.", 760)
    user("wanderingwill", "Will Barraclough", 1048576302, "Going back to places.", 440)
    user("TransportDesk", "The Transport Desk", 72839105, "Transport news for the North and the Vale.", 54_000, following=1200, verified=True)
    user("ninaholt", "Nina Holt", 23910475, "Presenter. Mum. Tea. Views my own.", 890_000, following=1400, listed=3100, verified=True)
    user("lucas_ortega", "Lucas Ortega", 2938471056, "De Sevilla a Eastmere.", 170)
    user("mareike_b", "Mareike Brandt", 1847562039, "Physikerin. Pendlerin.", 220)
    user("hugo_lefevre", "Hugo Lefèvre", 2049583716, "Étudiant à Tarnwick.", 130)
    user("chiara_rossi", "Chiara Rossi", 1574839206, "Ricercatrice. Caffè.", 260)
    user("joris_vd", "Joris van Dijk", 2103948572, "Fietser, zelfs hier.", 150)
    user("rita_sousa", "Rita Sousa", 1938475620, "Enfermeira em Tarnwick.", 210)
    user("xss_sam", "Sam Ireland", 2384756102, "Web dev. I break things so you don't.", 1900)
    user("priya_commutes", "Priya Nandakumar", 1029384751, "Eastmere ↔ Central. Podcasts.", 330)
    user("georgie_h", "Georgie Hale", 2938475106, "", 180)
    user("megan_fo", "Megan Foley", 1648392017, "Student. Tarnwick Uni.", 620)
    user("edna_whitlock", "Edna Whitlock", 1039485726, "Great-grandma. Still catching trains.", 85)
    user("owen_ashby", "Owen Ashby", 2094857163, "Writer. Works on trains, when they let me.", 1450)
    user("gethin_ll", "Gethin Llewellyn", 1849305726, "Surveyor. I notice cracks.", 390)
    user("craig_benson", "Craig Benson", 2938405716, "Forklift driver. 6am starts.", 110)
    user("sal_hendry", "Sally Hendry", 1203948765, "Guide dog Juno's sidekick.", 670)
    user("kath_dobson", "Kath Dobson", 1748390256, "Still owed £38 by a train company.", 140)
    user("jamal_h", "Jamal Hussain", 2039485617, "Hollins Cross. Engineer. Standing.", 260)
    user("ellie_rv", "Ellie Reyes-Vaughan", 1957384026, "Platform 3 regular.", 330)
    user("unitspotter", "Dan Pell", 847362910, "Photos of trains. Mostly in the rain.", 5200)

    # Complaints, addressed and not
    harriet = tw("harriet_v", f"@{B} the 07:42 from Hollins Cross cancelled with no announcement, again. Third time this month. What is going on?")
    SC("tr-cancelled-third-time-this-month", "complaint-direct", harriet, expect(RP, "high", "delays", "direct"),
       note="repeated failures: a strong complaint")
    SC("tr-is-my-train-running", "question",
       tw("mo_linnell", f"@{B} is the 17:15 to Eastmere actually running? The board says delayed 20 minutes and gives no reason"),
       expect(RP, "normal", "delays", "direct"))
    SC("tr-worst-week-tagged-in-passing", "complaint-in-passing",
       tw("joshua_k_b", f"Worst week ever: car failed its MOT, the dog ate my glasses, and @{B} cancelled my train home twice. Send help."),
       expect(RP, "normal", "delays", "indirect"))
    SC("tr-sarcasm-crew-unavailable", "sarcasm-customer",
       tw("faye_winters", "Oh fantastic, another train cancelled at Bratton Parkway because of 'crew unavailable'. Truly a joy to pay Tarnwick Rail £4,200 a year for this."),
       expect(RP, "normal", "delays", "indirect"))
    SC("tr-sarcasm-thanks-for-the-freezing-carriage", "sarcasm-customer",
       tw("carys_ap", f"Thanks @{B} for the bonus 90 minutes in a freezing carriage. Really made my evening 🥶"),
       expect(RP, "normal", "onboard", "indirect"))

    # Someone else's conversation
    miriam = tw("miriam_t", f"@{B} stuck outside Kelsall Junction for 40 minutes, any idea what's happening?")
    SC("tr-stuck-outside-junction", "complaint-direct", miriam, expect(RP, "normal", "delays", "direct"))
    SC("tr-bystander-pun-in-thread", "joke-bystander",
       tw("sid_brannigan", "@miriam_t Tarnwick Rail: the scenic route, whether you like it or not 🐌", reply_to=miriam),
       expect(IGN, "low", None, "third_party"), note="a bystander's joke inside a customer's thread; the brand is not tagged")
    SC("tr-stranger-advice-in-thread", "third-party-chatter",
       tw("rail_nerd_pat", "@miriam_t Tarnwick usually lay on a replacement bus if it's over an hour. Worth asking the guard.", reply_to=miriam),
       expect(MON, "low", "delays", "third_party"))
    SC("tr-fellow-passenger-keeps-brand-tag", "thread-with-brand",
       tw("kit_rowe", f"@miriam_t @{B} I'm on the one behind you, haven't moved for 25 minutes either 😩", reply_to=miriam),
       expect(RP, "normal", ANY, ANY), strict=False,
       note="X keeps the brand's handle in replies to a post that tagged it: is this direct (a thread the brand is in) or indirect (tagged in passing)?")
    jess = tw("jessamy_k", "how was the trip back from your mum's in the end?")
    SC("tr-venting-to-a-friend", "third-party-venting",
       tw("olly_brandt", "@jessamy_k grim. Tarnwick had us standing from Eastmere to Central, no heating, no trolley. Never again.", reply_to=jess),
       expect(MON, "low", "onboard", "third_party"), note="lesson 2: don't butt in")

    # Private details
    SC("tr-booking-reference", "private-details",
       tw("aisha_q", f"@{B} booking ref KXT4RQ. My seat reservation is for coach F and there is no coach F on this train. Where am I meant to sit?"),
       expect(RV, "normal", "tickets", "direct"))
    SC("tr-phone-number-lost-bag", "private-details",
       tw("lou_pennant", f"@{B} left my laptop bag on the 18:02 into Eastmere, navy rucksack with a yellow tag. Please ring 07700 900318 if anyone hands it in 🙏"),
       expect(RV, "normal", "lost_property", "direct"))
    SC("tr-email-delay-repay", "private-details",
       tw("tomasz_w", f"@{B} my Delay Repay claim from three weeks ago still says pending. I'm on tomasz.wierzbicki@postbox.example if you need anything from me"),
       expect(RV, "normal", "refunds", "direct"))
    SC("tr-date-of-birth-railcard", "private-details",
       tw("ben_achebe", f"@{B} railcard renewal keeps rejecting my date of birth. Born 04/05/1988, it's printed on the old card!"),
       expect(RV, "normal", "tickets", "direct"))

    # Safety and health
    SC("tr-passenger-threatened-onboard", "safety-urgent",
       tw("priya_commutes", f"@{B} a man is being threatened by a group of lads on the 22:10 from Central, coach C. No staff anywhere. Please send someone"),
       expect(RP, "urgent", "safety", "direct"))
    SC("tr-cracked-platform-edge", "safety-urgent",
       tw("gethin_ll", f"The edge of platform 2 at Hollins Cross has cracked and there's a gap you could lose a foot in. Proper trip hazard, someone will get hurt. @{B}"),
       expect(RP, "urgent", "safety", "indirect"))
    SC("tr-fell-between-train-and-platform", "safety-urgent",
       tw("greg_ludlow", f"@{B} an elderly man just fell between the train and the platform at Eastmere. Staff are with him but the ambulance isn't here yet"),
       expect(RP, "urgent", "safety", "direct"))
    SC("tr-harassed-on-train", "safety-urgent",
       tw("megan_fo", "Just got off a Tarnwick train after a man spent 20 minutes harassing me and the guard did nothing. Still shaking."),
       expect(RP, "urgent", "safety", "indirect"), note="'Tarnwick' alone, but next to a train: the brand")
    dev = tw("dev_okafor", f"@{B} my mum booked Passenger Assist at Eastmere for her wheelchair. She has dialysis at 2pm and nobody has come with the ramp. The train is in 5 minutes")
    SC("tr-dialysis-no-ramp", "medical-urgent", dev, expect(RP, "urgent", "accessibility", "direct"))
    dev_brand = tw(B, "@dev_okafor Sorry, Dev. I've messaged the station team at Eastmere and someone is on the way to your mum with the ramp now.", reply_to=dev)
    SC("tr-brand-reply-is-own-post", "brand-own-post", dev_brand, expect(IGN, "low", "accessibility", "none"))
    SC("tr-dialysis-followup-without-at", "thread-with-brand",
       tw("dev_okafor", "That was 15 minutes ago. Still nobody with the ramp, the train has gone and she'll miss her dialysis.", reply_to=dev_brand),
       expect(RP, "urgent", "accessibility", "direct"), note="replies to the brand's reply without @: direct; medical need keeps it urgent")
    ade = tw("ade_bankole", f"@{B} hi, I need assistance at Bratton Parkway tomorrow for the 09:05. I use a wheelchair. Can that be booked here?")
    SC("tr-assistance-booking-question", "question", ade, expect(RP, "normal", "accessibility", "direct"))
    ade_brand = tw(B, "@ade_bankole Hi Ade, all booked. Staff will meet you at the ticket office at 08:45 and help you on to the 09:05.", reply_to=ade)
    SC("tr-assistance-followup-question", "question-in-reply-to-brand",
       tw("ade_bankole", "Thanks! Can they meet me on the platform with the ramp instead? The lift down from the concourse is out of order half the time.", reply_to=ade_brand),
       expect(RP, ANY, "accessibility", "direct"), note="a follow-up question in a thread with the brand, without @")
    SC("tr-guide-dog-question", "question",
       tw("sal_hendry", f"@{B} can my guide dog travel with me in first class if standard is packed?"),
       expect(RP, "normal", "accessibility", "direct"))

    # Threats, legal threats and abuse
    SC("tr-threat-ticket-inspector", "threat-urgent",
       tw("darren_m_88", f"@{B} if the ticket inspector on the 08:15 talks to me like that again I'll knock him out, I swear"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a member of staff")
    SC("tr-threat-next-guard", "threat-urgent",
       tw("lads_lad_77", "Next Tarnwick Rail guard who tells me to move my bag off a seat is getting hurt. I'm done being polite."),
       expect(ANY, "urgent", ANY, "indirect"))
    SC("tr-ombudsman-not-urgent", "legal-threat-not-urgent",
       tw("pennyworth_j", f"@{B} six weeks, four emails and no reply about my £212 refund. Next stop the rail ombudsman, then small claims."),
       expect(RP, "high", "refunds", "direct"))
    SC("tr-abusive-but-cancelled-again", "abuse-with-problem",
       tw("craig_benson", f"@{B} you useless bunch of muppets, the 07:50 is cancelled AGAIN and I'll get a written warning if I'm late once more"),
       expect(RP, "high", "delays", "direct"))
    SC("tr-abuse-without-a-problem", "abuse-with-problem",
       tw("steve_rigg", f"@{B} you're all a disgrace. Go and get proper jobs."),
       expect(MON, "low", None, "direct"), strict=False, note="insult with no problem to solve: nothing to fix, but an answer could calm it")

    # Spam, namesakes, news, reposts, the brand's own posts
    SC("tr-follower-selling", "spam",
       tw("socialboost_pro", f"@{B} Boost your socials 📈 real followers, real likes, from £4.99. Order now {{url:https://socialboost.example/order}}"),
       expect(IGN, "low", None, "direct"))
    SC("tr-fake-travel-giveaway", "spam",
       tw("freetravel_uk", f"🚆 FREE TRAVEL GIVEAWAY 🚆 50 free annual passes up for grabs! Follow, repost and tag @{B} to enter {{url:https://free-travel-uk.example/win}}"),
       expect(IGN, "low", None, "indirect"))
    SC("tr-namesake-football-club", "namesake",
       tw("tarnwick_fan", "Tarnwick Rangers 2-1 at home, what a finish from Okoro in the 89th minute!"),
       expect(IGN, "low", None, "none"))
    SC("tr-namesake-farmers-market", "namesake",
       tw("tarnwick_larder", "Tarnwick Farmers Market is back on Saturday. Get to the cheese van early!"),
       expect(IGN, "low", None, "none"))
    SC("tr-namesake-model-railway-club", "namesake",
       tw("tinytrains_tom", "Tarnwick Rail Modellers' winter exhibition this weekend: 14 layouts, tea and cake, kids go free"),
       expect(IGN, "low", None, "none"), note="the full brand name, but a club of model-railway fans")
    SC("tr-town-not-railway", "namesake",
       tw("wanderingwill", "Grew up in Tarnwick. Went back today for the first time in 20 years and the chippy is still there."),
       expect(IGN, "low", None, "none"))
    SC("tr-news-new-trains", "news-monitor",
       tw("TransportDesk", "Tarnwick Rail will add 12 new trains to the Eastmere line by 2028, the operator confirmed this morning. {url:https://transportdesk.example/2026/10/tarnwick-new-trains}"),
       expect(MON, "low", None, "indirect"))
    SC("tr-news-fares-rise", "news-monitor",
       tw("TransportDesk", "Tarnwick Rail fares will rise by 4.6% in March, the biggest increase in a decade. {url:https://transportdesk.example/2026/10/tarnwick-fares}"),
       expect(MON, "low", "tickets", "indirect"))
    SC("tr-short-trains-every-day", "complaint-indirect",
       tw("jamal_h", "Three weeks of Tarnwick Trains running two coaches at rush hour. Standing from Hollins Cross to Central every single morning."),
       expect(RP, "normal", "onboard", "indirect"), note="names the brand without tagging it, about her own journeys")
    SC("tr-chatter-new-livery", "chatter-monitor",
       tw("unitspotter", "Spotted the first Tarnwick Rail unit in the new livery at Eastmere depot today. Very purple. Not sure how I feel."),
       expect(MON, "low", None, "indirect"))
    SC("tr-repost-of-complaint", "repost", tw("commuter_cat", "", retweet=harriet),
       expect(IGN, "low", "delays", "indirect"))
    update = tw(B, "Good morning. Trains between Eastmere and Kelsall Junction are delayed by up to 20 minutes after a signal failure near Bratton Parkway. Next update at 08:30.")
    SC("tr-brand-service-update", "brand-own-post", update, expect(IGN, "low", "delays", "none"))
    SC("tr-repost-of-brand-update", "repost", tw("nora_quill", "", retweet=update),
       expect(IGN, "low", "delays", "indirect"))
    works = tw(B, "Engineering works this Sunday: no trains between Tarnwick Central and Hollins Cross. Replacement buses run every 20 minutes from outside the station.")
    SC("tr-question-under-brand-post", "question-in-reply-to-brand",
       tw("georgie_h", f"@{B} does the disruption affect trains to Bratton Parkway too? I need to get to a wedding", reply_to=works),
       expect(RP, "normal", "delays", "direct"))

    # Praise and big reach
    SC("tr-praise-lost-purse", "praise",
       tw("edna_whitlock", f"@{B} huge thanks to Gemma at Tarnwick Central who found my lost purse and ran it down to platform 4 before my train left 🙌"),
       expect(RP, "low", "lost_property", "direct"))
    SC("tr-praise-quiet-coach", "praise",
       tw("owen_ashby", "Credit where it's due: the new Tarnwick Rail quiet coach is actually quiet and the wifi works. Shocked."),
       expect(RP, "low", "onboard", "indirect"))
    SC("tr-presenter-stranded", "big-reach",
       tw("ninaholt", f"Two hours stuck outside Kelsall Junction on @{B} with no heating, no information and a toilet that gave up an hour ago. Extraordinary."),
       expect(RP, "high", ANY, "indirect"), note="890k followers")

    # Other languages
    SC("tr-es-retraso", "non-english",
       tw("lucas_ortega", f"@{B} ¿por qué tanto retraso en el tren de las 9 a Eastmere? Llevamos 40 minutos parados.", lang="es"),
       expect(RP, "normal", "delays", "direct"))
    SC("tr-de-erstattung", "non-english",
       tw("mareike_b", f"@{B} Mein Zug nach Bratton Parkway fällt schon wieder aus. Bekomme ich eine Erstattung?", lang="de"),
       expect(RP, "normal", "refunds", "direct"))
    SC("tr-fr-billet-refuse", "non-english",
       tw("hugo_lefevre", f"@{B} bonjour, mon billet n'a pas été accepté au portique de Tarnwick Central. Que dois-je faire ?", lang="fr"),
       expect(RP, "normal", "tickets", "direct"))
    SC("tr-it-rimborso", "non-english",
       tw("chiara_rossi", f"@{B} buongiorno, come posso chiedere il rimborso per ieri? Non ho potuto viaggiare per lo sciopero.", lang="it"),
       expect(RP, "normal", "refunds", "direct"))
    SC("tr-nl-vertraagd", "non-english",
       tw("joris_vd", f"@{B} de trein van 10:12 naar Eastmere is weer vertraagd. Is er een storing?", lang="nl"),
       expect(RP, "normal", "delays", "direct"))
    SC("tr-pt-cancelado-reembolso", "non-english",
       tw("rita_sousa", f"@{B} o comboio das 7h para Tarnwick Central foi cancelado outra vez. Como peço o reembolso?", lang="pt"),
       expect(RP, "normal", ANY, "direct"), note="'cancelado' (delays) and 'reembolso' (refunds) tie")

    # Odd inputs
    SC("tr-html-in-eticket-complaint", "html-entities",
       tw("xss_sam", f"@{B} your app shows &lt;script&gt;alert('x')&lt;/script&gt; on the e-ticket screen &amp; won't load my ticket. Train leaves in 10 min"),
       expect(RP, "normal", "tickets", "direct"))
    normal = tw(B, "All trains are running normally this morning. Have a good journey!")
    SC("tr-quote-running-normally", "quote",
       tw("ellie_rv", "Running normally? I've been on platform 3 for 35 minutes and the 08:04 now says delayed.", quote=normal),
       expect(RP, "normal", "delays", "indirect"), strict=False,
       note="quotes the brand's post without tagging it")
    SC("tr-helpline-number-quoted", "public-hotline-number",
       tw("kath_dobson", f"Rang @{B} on 0808 157 0388 three times about my Delay Repay refund and got cut off every time"),
       expect(RP, "high", "refunds", "indirect"), strict=False,
       note="the number is the brand's public helpline, not the customer's")
    return brand


def build_fenwold():
    global CURRENT_BRAND, CLOCK
    brand = Brand("fenwold-bank", SCEN_DIR / "fenwold-bank.plan.toml", "FenwoldBank", 2890114401, 1861220000000000201)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-10-12T06:55:00Z")
    B = "FenwoldBank"
    user("rosa_delgado", "Rosa Delgado", 1928374650, "Midwife. Dunmore.", 540)
    user("kwame_a", "Kwame Asante", 2039481756, "Groundsman. Tea drinker.", 210)
    user("fin_mcg", "Finlay McGregor", 1475829304, "Product manager. Gadgets.", 1900)
    user("hannah_lowry", "Hannah Lowry", 2948105736, "Payday is a state of mind.", 430)
    user("eamon_dunne", "Eamon Dunne", 1019283745, "Retired postman.", 120)
    user("pat_ogunleye", "Pat Ogunleye", 2384750192, "Small business owner. Bakes.", 660)
    user("hibernation_hal", "Hal Crewe", 1837294056, "Here for the replies.", 2400)
    user("amirahb", "Amirah Begum", 1657382940, "Shop manager. Mum of two.", 520)
    user("jade_tully", "Jade Tully", 2019384705, "", 150)
    user("roddy_macphail", "Roddy MacPhail", 1203847561, "Been with the same bank 40 years. Not for much longer.", 95)
    user("lottie_fr", "Lottie Fraser", 2930485716, "Trainee accountant.", 300)
    user("noor_a", "Noor Aziz", 1584930217, "Pharmacist.", 410)
    user("vic_hammond", "Vic Hammond", 1029384576, "", 70)
    user("j_arkwright", "James Arkwright", 2847391056, "First-time buyer, fingers crossed.", 180)
    user("mel_tanaka", "Mel Tanaka", 1938475016, "Designer. Always on hold.", 720)
    user("ivan_petrov", "Ivan Petrov", 2384719506, "Dunmore. Nights.", 260)
    user("bethan_morgan", "Bethan Morgan", 1473829560, "Looking after Dad.", 340)
    user("gary_fenn", "Gary Fenn", 1776655443322110976, "", 30)
    user("quietstorm_k", "K", 1829374650, "", 85)
    user("helena_v", "Helena Voss", 938475102, "Retired teacher. Persistent.", 610)
    user("liam_oconnell", "Liam O'Connell", 2019374856, "Plumber. Busy.", 140)
    user("cryptorescue_24", "Crypto Rescue ✅", 1792345678901234688, "Lost funds? We recover them. 24/7 💸", 4100, following=4900)
    user("followers4u", "Followers 4 U", 1793456789012345856, "Cheapest followers on the internet 🔥", 6200, following=5000)
    user("FenwoldHelpDesk", "Fenwold Bank Support", 1794567890123456512, "Official support 24/7. DM us!", 140, following=3000)
    user("abbeyhunter", "Marion Tull", 394857102, "Ruins, abbeys and a good flask.", 3300)
    user("fenwoldcc", "Fenwold CC", 1203948571, "Village cricket since 1892. Teas are legendary.", 910)
    user("fenwoldfarmshop", "Fenwold Farm Shop", 1657483921, "Eggs, veg, sourdough and gossip. Open Tue–Sun.", 2600)
    user("dawn_drives", "Dawn Ruddock", 2039475610, "Photos from the car window (I'm not driving).", 800)
    user("MoneyWireNews", "MoneyWire", 61829304, "Personal finance and banking news.", 212_000, following=800, verified=True)
    user("adwatcher", "Tess Kinsella", 1928374056, "I review adverts nobody asked me to review.", 5100)
    user("chris_ng", "Chris Ng", 2039481576, "", 110)
    user("mortgage_maya", "Maya Sandhu", 1475839206, "Getting on the ladder, slowly.", 270)
    user("olu_adeyemi", "Olu Adeyemi", 1837465093, "Victim of a scam, survivor of a bank call.", 320)
    user("stacey_b", "Stacey Briggs", 2938471065, "New to Dunmore.", 190)
    user("dele_marsh", "Dele Marsh", 19283746, "Footballer. Dad. God first.", 2_100_000, following=600, listed=2800, verified=True)
    user("freya_holm", "Freya Holm", 1029384765, "New job, new city.", 240)
    user("marta_gl", "Marta Gómez López", 2847561039, "Enfermera en Dunmore.", 300)
    user("klaus_weber", "Klaus Weber", 1938471056, "Urlaub!", 150)
    user("amelie_dupont", "Amélie Dupont", 2039481765, "Étudiante.", 90)
    user("luca_bianchi", "Luca Bianchi", 1647382910, "Cuoco a Dunmore.", 160)
    user("sanne_dekker", "Sanne Dekker", 2938475601, "Nederlandse in Dunmore.", 120)
    user("joao_ferreira", "João Ferreira", 1102938475, "Motorista.", 70)
    user("nan_debug", "Nandi Mokoena", 2384756019, "QA engineer. Screenshots everything.", 1300)
    user("dunmore_rita", "Rita Hollis", 1928374605, "Dunmore born. 81 and counting.", 140)
    user("sue_prentice", "Sue Prentice", 1638472950, "School business manager. Patient (mostly).", 290)
    user("nolan_bd", "Barry Nolan", 2049583761, "Scaffolder.", 65)
    user("ola_k", "Ola Kowalska", 1948372056, "Nurse, new in town.", 210)
    user("ged_farley", "Ged Farley", 1029485736, "", 40)
    user("kim_ashdown", "Kim Ashdown", 2938475061, "Shares things.", 310)

    fraud = tw("rosa_delgado", f"@{B} someone has taken £1,900 out of my account overnight. I didn't make these payments. Is this fraud??")
    SC("fb-money-taken-overnight", "complaint-direct", fraud, expect(RP, "high", "fraud", "direct"),
       note="money lost to fraud: strong, but not a risk to health or safety")
    SC("fb-card-declined-question", "question",
       tw("kwame_a", f"@{B} my card was declined at the supermarket three times today but there's money in the account. What's going on?"),
       expect(RP, "normal", "cards", "direct"))
    SC("fb-app-down", "complaint-direct",
       tw("fin_mcg", f"@{B} app down? Can't log in, it just spins forever"),
       expect(RP, "high", "app", "direct"), note="a service outage")
    SC("fb-sarcasm-payday", "sarcasm-customer",
       tw("hannah_lowry", f"Love how the @{B} app always picks payday to stop working. Impeccable timing, truly."),
       expect(RP, "high", "app", "indirect"), note="sarcasm about an outage")
    SC("fb-sarcasm-hold-music", "sarcasm-customer",
       tw("mel_tanaka", "Fifty minutes on hold with Fenwold Bank. The hold music is lovely, I now know every note. Best afternoon of my life."),
       expect(RP, "normal", None, "indirect"))

    pat = tw("pat_ogunleye", f"@{B} where's my money? Transfer sent Friday and still nothing has arrived")
    SC("fb-transfer-missing", "complaint-direct", pat, expect(RP, "normal", "payments", "direct"))
    SC("fb-bystander-joke-in-thread", "joke-bystander",
       tw("hibernation_hal", "@pat_ogunleye Fenwold Bank: where money goes to hibernate 🐻", reply_to=pat),
       expect(IGN, "low", None, "third_party"))
    SC("fb-impersonator-reply", "spam",
       tw("FenwoldHelpDesk", "@pat_ogunleye Hi, Fenwold Bank support here! Sorry for the trouble. Verify your account here to get it sorted: {url:https://fenwold-verify.example/login}", reply_to=pat),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="a fake support account fishing for logins: not a case to answer, but the brand may want to warn the customer")
    amirah = tw("amirahb", "anyone else's wages not in yet? 😬")
    SC("fb-venting-wages-to-friend", "third-party-venting",
       tw("jade_tully", "@amirahb nope, Fenwold says pending since 6am and my rent goes out at noon", reply_to=amirah),
       expect(MON, "low", "payments", "third_party"))
    SC("fb-friend-reassures-in-thread", "third-party-chatter",
       tw("roddy_macphail", "@amirahb Fenwold always does this after a bank holiday, it'll land by lunch", reply_to=amirah),
       expect(MON, "low", None, "third_party"))

    SC("fb-account-number-and-sort-code", "private-details",
       tw("vic_hammond", f"@{B} sort code 40-18-27, acct no 4417 2231. Why hasn't my standing order to my landlord gone out??"),
       expect(RV, "normal", "payments", "direct"))
    SC("fb-full-card-number", "private-details",
       tw("liam_oconnell", f"@{B} my new card 4539 1488 0343 6467 keeps getting declined online. What's wrong with it?"),
       expect(RV, "normal", "cards", "direct"), note="Luhn-valid test number")
    SC("fb-date-of-birth", "private-details",
       tw("ivan_petrov", f"@{B} the password reset won't accept my DOB. Born 17.09.1992, same as it's always been!"),
       expect(RV, "normal", "app", "direct"))
    SC("fb-home-address", "private-details",
       tw("eamon_dunne", f"@{B} still no replacement card after three weeks. It's 42 Larch Avenue, Dunmore QY4 8LP, same as it's been for ten years!"),
       expect(RV, "normal", "cards", "direct"))
    SC("fb-email-address", "private-details",
       tw("j_arkwright", f"@{B} my mortgage offer still hasn't come. Please send it to j.arkwright@mailhub.example, not to my old address"),
       expect(RV, "normal", "mortgages", "direct"))
    SC("fb-phone-number", "private-details",
       tw("chris_ng", f"@{B} locked out of online banking and I've been on hold for 50 minutes. Call me back on +44 7700 900874 please"),
       expect(RV, "normal", "app", "direct"))
    SC("fb-helpline-number-quoted", "public-hotline-number",
       tw("sue_prentice", f"Been on hold to @{B} on 0808 157 0142 for 47 minutes. Forty. Seven."),
       expect(RP, "normal", None, "indirect"), strict=False,
       note="the number is the bank's own helpline")

    SC("fb-threats-at-cash-machine", "safety-urgent",
       tw("stacey_b", f"@{B} there's a man at the cash machine outside your Dunmore branch threatening people for their cards. Staff have locked the doors"),
       expect(RP, "urgent", "branches", "direct"))
    SC("fb-insulin-frozen-card", "medical-urgent",
       tw("bethan_morgan", f"@{B} my dad went into hospital and you froze his card. His carer can't get money for his insulin and he needs it TODAY"),
       expect(RP, "urgent", "hardship", "direct"))
    SC("fb-hopeless-debt", "medical-urgent",
       tw("quietstorm_k", f"@{B} debt letters every day and you keep adding charges. Honestly I don't see the point in anything anymore."),
       expect(RP, "urgent", "hardship", "direct"), note="risk to the customer's life: urgent, answered with care")
    SC("fb-threat-to-branch-staff", "threat-urgent",
       tw("gary_fenn", f"@{B} tell the woman on the counter at Harrowgate that if she refuses my withdrawal again I'll be waiting for her after work"),
       expect(ANY, "urgent", "branches", "direct"))
    SC("fb-ombudsman-and-solicitor", "legal-threat-not-urgent",
       tw("helena_v", f"@{B} eight weeks and no answer to my complaint. It goes to the Financial Ombudsman tomorrow and my solicitor is copied in."),
       expect(RP, "high", None, "direct"))
    SC("fb-abusive-bounced-direct-debit", "abuse-with-problem",
       tw("nolan_bd", f"@{B} bunch of clueless idiots. Third time my direct debit has bounced when there's money in the account. Sort your systems out."),
       expect(RP, "high", "payments", "direct"))

    SC("fb-crypto-recovery-spam", "spam",
       tw("cryptorescue_24", f"@{B} 💸 Lost crypto? Certified recovery agents get it back in 24h! WhatsApp +1 555 0100 📲"),
       expect(IGN, "low", None, "direct"), note="a phone number in spam is not a customer's private detail")
    SC("fb-follower-selling-tags-brands", "spam",
       tw("followers4u", f"Buy 5k followers, 100% real, instant ⚡ @{B} @TarnwickRail @KettleEnergy check my bio"),
       expect(IGN, "low", None, "indirect"))
    SC("fb-namesake-abbey", "namesake",
       tw("abbeyhunter", "Fenwold Abbey ruins in the frost this morning. Worth the early start."),
       expect(IGN, "low", None, "none"))
    SC("fb-namesake-cricket-club", "namesake",
       tw("fenwoldcc", "Fenwold Cricket Club seconds won by four wickets and the tea was excellent"),
       expect(IGN, "low", None, "none"))
    SC("fb-namesake-farm-shop-card-machine", "namesake",
       tw("fenwoldfarmshop", "Fenwold Farm Shop's card machine is playing up today, so cash only I'm afraid! Eggs and sourdough in."),
       expect(IGN, "low", ANY, "none"), note="a banking word ('card machine'), but the farm shop is not the bank")
    SC("fb-village-lowercase", "namesake",
       tw("dawn_drives", "driving through fenwold at sunrise, the fog in the valley was unreal"),
       expect(IGN, "low", None, "none"))
    SC("fb-news-branch-closures", "news-monitor",
       tw("MoneyWireNews", "Fenwold Bank to close 14 branches next year; union says 200 jobs are at risk {url:https://moneywire.example/fenwold-branch-closures}"),
       expect(MON, "low", "branches", "indirect"))
    SC("fb-news-profit", "news-monitor",
       tw("MoneyWireNews", "Fenwold Bank reports record half-year profit of £410m {url:https://moneywire.example/fenwold-half-year}"),
       expect(MON, "low", None, "indirect"))
    SC("fb-chatter-adverts", "chatter-monitor",
       tw("adwatcher", "Fenwold Bank's new adverts with the singing ducks are everywhere. Can't decide if I love them or hate them."),
       expect(MON, "low", None, "indirect"))
    maint = tw(B, "Our app and online banking will be unavailable from 1am to 3am on Sunday for planned maintenance. Card payments and cash machines will work as normal.")
    SC("fb-brand-maintenance-notice", "brand-own-post", maint, expect(IGN, "low", "app", "none"))
    SC("fb-repost-brand-notice", "repost", tw("ged_farley", "", retweet=maint), expect(IGN, "low", "app", "indirect"))
    SC("fb-repost-complaint", "repost", tw("kim_ashdown", "", retweet=fraud), expect(IGN, "low", ANY, "indirect"))

    lottie = tw("lottie_fr", f"@{B} my salary hasn't arrived and my employer says it was sent yesterday. Is there a problem?")
    SC("fb-salary-question", "question", lottie, expect(RP, "normal", "payments", "direct"))
    lottie_brand = tw(B, "@lottie_fr Thanks, Lottie. Salary payments from some employers are running about two hours late this morning. They'll all arrive today and we won't charge any fees.", reply_to=lottie)
    SC("fb-brand-reply-own", "brand-own-post", lottie_brand, expect(IGN, "low", "payments", "none"))
    SC("fb-salary-comes-back", "repeat-contact",
       tw("lottie_fr", f"@{B} it's 3pm and my salary still hasn't landed. Rent has bounced and my landlord is charging me £50", reply_to=lottie_brand),
       expect(RP, "high", "payments", "direct"))
    noor = tw("noor_a", f"@{B} the transfer to my sister's account has said pending for two days")
    SC("fb-transfer-pending", "complaint-direct", noor, expect(RP, "normal", "payments", "direct"))
    noor_brand = tw(B, "@noor_a Hi Noor, transfers over £1,000 sometimes need a quick check. Can you confirm in the app that it was you who sent it?", reply_to=noor)
    SC("fb-customer-replies-without-at", "thread-with-brand",
       tw("noor_a", "Done that an hour ago. Still says pending.", reply_to=noor_brand),
       expect(RP, "high", "payments", "direct"), note="replies to the brand's reply without @; coming back: repeat contact")
    rates = tw(B, "Good news for homeowners: we've cut our 2- and 5-year fixed rate mortgages by 0.2% from today.")
    SC("fb-question-under-rates-post", "question-in-reply-to-brand",
       tw("mortgage_maya", f"@{B} does the new 5-year fixed rate apply if I remortgage early, or is it only for new customers?", reply_to=rates),
       expect(RP, "normal", "mortgages", "direct"))

    SC("fb-praise-fraud-team", "praise",
       tw("olu_adeyemi", f"@{B} shout out to Callum in the fraud team who stayed on the phone with me for an hour and got my money back. Brilliant."),
       expect(RP, "low", "fraud", "direct"))
    SC("fb-praise-account-opening", "praise",
       tw("freya_holm", "Opened a Fenwold account on the app in ten minutes flat. Painless, honestly."),
       expect(RP, "low", "app", "indirect"))
    SC("fb-footballer-card-blocked", "big-reach",
       tw("dele_marsh", f"Whoever at @{B} decided to block my card while I'm abroad for a match, I'd love a word 😤"),
       expect(RP, "high", "cards", "indirect"), note="2.1M followers")
    SC("fb-froze-account-in-passing", "complaint-in-passing",
       tw("ola_k", f"New job, new flat, and @{B} froze my account the day my deposit was due. You couldn't make it up."),
       expect(RP, ANY, ANY, "indirect"))

    SC("fb-es-transferencia-doble", "non-english",
       tw("marta_gl", f"@{B} me han cobrado dos veces la misma transferencia. ¿Me pueden devolver una?", lang="es"),
       expect(RP, "normal", "payments", "direct"))
    SC("fb-de-karte-gesperrt", "non-english",
       tw("klaus_weber", f"@{B} Meine Karte wurde gesperrt und ich bin im Urlaub in Portugal. Was kann ich tun?", lang="de"),
       expect(RP, "normal", "cards", "direct"))
    SC("fb-fr-arnaque-sms", "non-english",
       tw("amelie_dupont", f"@{B} j'ai reçu un SMS bizarre qui me demande mes codes. C'est une arnaque ?", lang="fr"),
       expect(RP, "normal", "fraud", "direct"))
    SC("fb-it-bonifico", "non-english",
       tw("luca_bianchi", f"@{B} il bonifico di ieri non è ancora arrivato. È normale?", lang="it"),
       expect(RP, "normal", "payments", "direct"))
    SC("fb-nl-bankpas", "non-english",
       tw("sanne_dekker", f"@{B} mijn bankpas werkt niet meer bij de automaat. Wat nu?", lang="nl"),
       expect(RP, "normal", "cards", "direct"))
    SC("fb-pt-golpe-whatsapp", "non-english",
       tw("joao_ferreira", f"@{B} caí num golpe pelo WhatsApp e transferi 800 libras. O que faço agora?", lang="pt"),
       expect(RP, "high", "fraud", "direct"), note="money lost to a scam: strong, like fb-money-taken-overnight")
    SC("fb-html-in-statement", "html-entities",
       tw("nan_debug", f"@{B} the statement PDF shows &lt;b&gt;NaN&lt;/b&gt; as my balance &amp; the app crashes when I tap it"),
       expect(RP, "normal", "app", "direct"))
    closure = tw(B, "From 14 March our Dunmore branch will close. Our mobile branch van will visit the market square every Tuesday.")
    SC("fb-quote-branch-closure", "quote",
       tw("dunmore_rita", "Closing the only branch in Dunmore. Where are the 80-year-olds supposed to bank now?", quote=closure),
       expect(RP, "normal", "branches", "indirect"), strict=False,
       note="an opinion about the brand's decision, quoting its post: answer or monitor?")
    return brand


def build_kettle():
    global CURRENT_BRAND, CLOCK
    brand = Brand("kettle-energy", SCEN_DIR / "kettle-energy.plan.toml", "KettleEnergy", 1577203398, 1861220000000000301)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-01T07:10:00Z")
    B = "KettleEnergy"
    user("owen_rees", "Owen Rees", 2039485170, "Rowan Drive. Dad of twins.", 280)
    user("shaz_m", "Sharon Mulligan", 1847362059, "Housing officer.", 330)
    user("teri_walsh", "Teri Walsh", 2930481765, "Single mum, full-time carer.", 410)
    user("graham_pike", "Graham Pike", 1029384751, "Looking after Dad.", 190)
    user("anj_patel", "Anjali Patel", 1574839260, "Data nerd.", 520)
    user("lorna_says", "Lorna Byrne", 2039481567, "Two-bed flat, one cat, no money.", 870)
    user("brewmaster_bob", "Bob Haworth", 948375610, "Tea. Then more tea.", 1200)
    user("cleanfreak_cass", "Cass Ridley", 1837462095, "Cleaning hacks that actually work ✨", 48_000, following=900, verified=True)
    user("thrifty_thea", "Thea Morrow", 1203948576, "Saving pennies so you don't have to.", 15_600)
    user("snackwatch", "Dom Pryce", 2938471605, "I rate crisps. Nobody asked.", 3900)
    user("scone_queen", "Polly Ashe", 1657483092, "Cafés of the Vale, reviewed with love.", 2200)
    user("gymbro_jake", "Jake Farrow", 2039485176, "Gains and energy drinks.", 6100)
    user("nadia_r", "Nadia Rahman", 1475839062, "Night shift nurse. Rowan Drive.", 260)
    user("ravi_p", "Ravi Prakash", 2384759016, "Software tester. Double-checks everything.", 340)
    user("steamy_jokes", "Mick Hanlon", 1029483756, "Professional punster since 1987.", 760)
    user("ffion_w", "Ffion Williams", 1938475062, "Bangor girl in the Vale.", 410)
    user("tegan_h", "Tegan Hart", 2049381756, "", 160)
    user("lewis_ong", "Lewis Ong", 1837465092, "Frugal, not cheap.", 230)
    user("marcia_d", "Marcia Dunn", 1203847650, "New flat, new start.", 120)
    user("angry_al", "Al Whitford", 1798765432109876736, "", 25)
    user("jen_okafor", "Jenny Okafor", 2938475016, "Still waiting for a refund.", 310)
    user("colin_m", "Colin Marsh", 1475830926, "Retired. Reads meters for fun. Apparently.", 90)
    user("rebate_claims", "UK Energy Rebate Centre", 1795678901234567168, "Claim what you're owed 💷", 1900, following=4500)
    user("EnergyBeat", "Energy Beat", 48291037, "Energy bills, markets and policy news.", 88_000, following=1100, verified=True)
    user("bettyboo", "Betty Boothroyd-Hale", 1029384567, "", 45)
    user("gwen_lewis", "Gwen Lewis", 1938475106, "Retired. Two cats. Cold.", 130)
    user("helen_k", "Helen Kiernan", 2039481657, "Finally sorted!", 220)
    user("pablo_ruiz", "Pablo Ruiz", 1847362950, "Rowan Drive, Tarnwick.", 180)
    user("ute_schmidt", "Ute Schmidt", 2938471056, "Rentnerin.", 70)
    user("julien_m", "Julien Martin", 1574839602, "Boulanger.", 140)
    user("dev_tariff", "Priyanka Rao", 2038475196, "Front-end dev. I notice broken pages.", 2400)
    user("maddie_live", "Maddie Sinclair", 31928475, "Streamer. Live Tue/Thu/Sat. 🎮🎙️", 640_000, following=700, listed=1900, verified=True)
    user("tom_switches", "Tom Ferris", 1029381756, "Comparing tariffs so you don't have to.", 350)
    user("sat_morning", "Fiona Lake", 1938471650, "Slow Saturdays.", 410)
    user("kyle_mahon", "Kyle Mahon", 2049381675, "", 75)
    user("jess_arnott", "Jess Arnott", 1847392065, "Ad jingles live rent-free in my head.", 930)

    SC("ke-power-cut-street", "complaint-direct",
       tw("owen_rees", f"@{B} power cut on Rowan Drive since 7pm, the whole street is dark. Any idea how long?"),
       expect(RP, "high", "supply", "direct"))
    SC("ke-smell-of-gas", "safety-urgent",
       tw("shaz_m", f"@{B} strong smell of gas on the stairs outside our flats, what do we do??"),
       expect(RP, "urgent", "supply", "direct"))
    SC("ke-oxygen-prepayment-empty", "medical-urgent",
       tw("teri_walsh", f"@{B} my prepayment meter has run out and my son's oxygen concentrator needs power. I can't top up until Friday."),
       expect(RP, "urgent", ANY, "direct"), note="medical equipment: urgent whichever topic wins")
    SC("ke-dialysis-priority-register", "medical-urgent",
       tw("graham_pike", f"@{B} my dad does home dialysis. Is he on your priority services register? Nobody has ever confirmed it."),
       expect(RP, "urgent", "vulnerability", "direct"), note="a calm question, but a medical need")
    SC("ke-meter-reading-question", "question",
       tw("anj_patel", f"@{B} how do I send a meter reading when my smart meter has gone dumb?"),
       expect(RP, "normal", "meters", "direct"))
    SC("ke-sarcasm-christmas-bill", "sarcasm-customer",
       tw("lorna_says", f"Nothing says Merry Christmas like a £640 bill from @{B} for a two-bed flat. Festive."),
       expect(RP, "normal", "bills", "indirect"))
    SC("ke-common-word-kettles-on", "common-word",
       tw("brewmaster_bob", "Kettle's on, who wants a brew? ☕"),
       expect(IGN, "low", None, "none"))
    SC("ke-common-word-descaled", "common-word",
       tw("cleanfreak_cass", "just descaled the kettle and it's like a brand new appliance, why did nobody tell me"),
       expect(IGN, "low", None, "none"))
    SC("ke-common-word-energy-tip", "common-word",
       tw("thrifty_thea", "Top tip: only boil as much water as you need in the kettle. Saves energy and money."),
       expect(IGN, "low", None, "none"), note="'kettle' and 'energy' in one post, still not the brand")
    SC("ke-common-word-kettle-chips", "common-word",
       tw("snackwatch", "salt &amp; vinegar kettle chips at 2am, no regrets"),
       expect(IGN, "low", None, "none"))
    SC("ke-common-word-saturday", "common-word",
       tw("sat_morning", "Kettle, toast, radio on. Saturday mornings are the best."),
       expect(IGN, "low", None, "none"), note="capitalised at the start of a sentence")
    SC("ke-namesake-cafe", "namesake",
       tw("scone_queen", "Kettle Hill Café does the best cheese scones in the county, fight me"),
       expect(IGN, "low", None, "none"))
    SC("ke-namesake-energy-drink", "namesake",
       tw("gymbro_jake", "Kettle Energy drink tastes like a melted battery. 2/10, would not chug again"),
       expect(IGN, "low", None, "none"), strict=False,
       note="exactly the brand's name, on a drink; the plan's exclude list names it")
    SC("ke-power-cut-cant-boil-kettle", "complaint-in-passing",
       tw("nadia_r", f"Power cut, so I can't even boil the kettle. Cheers @{B}, the irony is not lost on me"),
       expect(RP, "high", "supply", "indirect"), note="the common word and the handle in one post")

    ravi = tw("ravi_p", f"@{B} my bill has doubled again. Third time this year.")
    SC("ke-bill-doubled-again", "complaint-direct", ravi, expect(RP, "high", "bills", "direct"))
    SC("ke-bystander-steam-pun", "joke-bystander",
       tw("steamy_jokes", "@ravi_p Kettle Energy? Sounds like they're just letting off steam 🫖", reply_to=ravi),
       expect(IGN, "low", None, "third_party"))
    ravi_brand = tw(B, "@ravi_p That's a big jump, Ravi. Can you DM us so we can check your readings?", reply_to=ravi)
    SC("ke-brand-reply-own", "brand-own-post", ravi_brand, expect(IGN, "low", "meters", "none"))
    SC("ke-ravi-comes-back", "repeat-contact",
       tw("ravi_p", f"@{B} I DMed you yesterday. Nothing back, and the bill is still double.", reply_to=ravi_brand),
       expect(RP, "high", "bills", "direct"))
    ffion = tw("ffion_w", "how are everyone's energy bills looking this winter? ours are terrifying")
    SC("ke-venting-to-friend", "third-party-venting",
       tw("tegan_h", "@ffion_w Kettle have been a nightmare since the price cap went up. Our direct debit's gone from £90 to £210", reply_to=ffion),
       expect(MON, "low", "bills", "third_party"), note="'Kettle' with signs of the energy business: the brand, in someone else's thread")
    SC("ke-alias-with-business-context", "complaint-indirect",
       tw("lewis_ong", "Kettle just put my direct debit up to £180 a month without asking. Anyone else?"),
       expect(RP, "normal", "bills", "indirect"), note="the bare common word, but about a direct debit: the brand")

    SC("ke-chatter-advert", "chatter-monitor",
       tw("jess_arnott", "That Kettle Energy advert with the dancing radiators has been stuck in my head all week"),
       expect(MON, "low", None, "indirect"), note="the brand by its full name, just chatter")
    SC("ke-customer-number", "private-details",
       tw("kyle_mahon", f"@{B} customer no. KE-00481192. You've put me on the wrong tariff, can someone fix it?"),
       expect(RV, "normal", "bills", "direct"))
    SC("ke-address-new-tenant", "private-details",
       tw("marcia_d", f"@{B} I'm the new tenant at Flat 3, 19 Canal Wharf. How do I register? The previous tenant's name is still on the bill"),
       expect(RV, "normal", ANY, "direct"))
    SC("ke-threat-meter-man", "threat-urgent",
       tw("angry_al", f"@{B} send your meter man round again without warning and he'll be leaving in an ambulance"),
       expect(ANY, "urgent", "meters", "direct"))
    SC("ke-energy-ombudsman", "legal-threat-not-urgent",
       tw("jen_okafor", f"@{B} overcharged for six months and now you refuse a refund. My complaint goes to the energy ombudsman today."),
       expect(RP, "high", "bills", "direct"))
    SC("ke-abusive-estimated-bills", "abuse-with-problem",
       tw("colin_m", f"@{B} estimated bills for 8 months, you absolute shower of clowns. Read the bloody meter, it's right there."),
       expect(RP, "high", "bills", "direct"))
    SC("ke-fake-rebate", "spam",
       tw("rebate_claims", f"@{B} 🎉 CONGRATS! You have been selected for a £500 energy rebate. Claim now before it expires 👉 {{url:https://uk-rebate-centre.example/claim}}"),
       expect(IGN, "low", None, "direct"))
    SC("ke-news-fine", "news-monitor",
       tw("EnergyBeat", "Kettle Energy fined £1.2m over prepayment meter installations, regulator says {url:https://energybeat.example/kettle-energy-fine}"),
       expect(MON, "low", "meters", "indirect"))
    storm = tw(B, "Storm Ivo: if you have a power cut, call 105. It's free and goes straight to your local network operator. Stay safe 💛")
    SC("ke-brand-storm-advice", "brand-own-post", storm, expect(IGN, "low", "supply", "none"))
    SC("ke-repost-storm-advice", "repost", tw("bettyboo", "", retweet=storm), expect(IGN, "low", "supply", "indirect"))

    gwen = tw("gwen_lewis", f"@{B} the prepayment meter isn't taking my top up. It's got no credit and the house is freezing.")
    SC("ke-prepayment-no-credit", "complaint-direct", gwen, expect(RP, ANY, "meters", "direct"),
       note="high or urgent: an older customer without heating in winter")
    gwen_brand = tw(B, "@gwen_lewis Sorry, Gwen. I've added £20 of emergency credit and booked a meter engineer for Thursday between 8 and 1.", reply_to=gwen)
    SC("ke-gwen-replies-without-at", "thread-with-brand",
       tw("gwen_lewis", "Thursday works, but can the engineer ring first? The doorbell's broken.", reply_to=gwen_brand),
       expect(RP, ANY, ANY, "direct"), note="a follow-up in a thread with the brand, without @")
    SC("ke-praise-refund", "praise",
       tw("helen_k", f"@{B} thanks for sorting my refund in one call. First time an energy company has ever managed that"),
       expect(RP, "low", "bills", "direct"))
    SC("ke-es-sin-luz", "non-english",
       tw("pablo_ruiz", f"@{B} llevamos cinco horas sin luz en Rowan Drive. ¿Saben algo?", lang="es"),
       expect(RP, "high", "supply", "direct"))
    SC("ke-de-zaehler", "non-english",
       tw("ute_schmidt", f"@{B} Mein Zähler zeigt seit gestern nichts mehr an. Was soll ich tun?", lang="de"),
       expect(RP, "normal", "meters", "direct"))
    SC("ke-fr-facture", "non-english",
       tw("julien_m", f"@{B} ma facture a doublé ce mois-ci. Pourquoi ?", lang="fr"),
       expect(RP, "normal", "bills", "direct"))
    SC("ke-html-tariff-page", "html-entities",
       tw("dev_tariff", f"@{B} the tariff page just shows &lt;div class=\"error\"&gt; &amp; nothing else. Which fixed tariff is cheapest for a one-bed flat?"),
       expect(RP, "normal", "bills", "direct"))
    SC("ke-streamer-no-power", "big-reach",
       tw("maddie_live", f"Studio has had no power for 9 hours and @{B}'s phone line just plays music at me. Kind of ruins a live show."),
       expect(RP, "high", "supply", "indirect"), note="640k followers")
    SC("ke-switch-exit-fee-question", "question",
       tw("tom_switches", f"@{B} if I switch to you in the middle of a fixed deal, who pays the exit fee?"),
       expect(RP, "normal", "switching", "direct"))
    return brand


# ==========================================================================
# More brands, one file each in demo/tools/brands/: a file defines its
# build function with the helpers above and registers it in BRANDS
# (slug -> (x handle, x user id, build function)).
# ==========================================================================

BRANDS: dict[str, tuple[str, int, object]] = {
    "tarnwick-rail": ("TarnwickRail", 3316620044, build_tarnwick),
    "fenwold-bank": ("FenwoldBank", 2890114401, build_fenwold),
    "kettle-energy": ("KettleEnergy", 1577203398, build_kettle),
}
for _path in sorted((HERE / "brands").glob("*.py")):
    exec(compile(_path.read_text(encoding="utf-8"), str(_path), "exec"), globals())


# ==========================================================================
# Writing
# ==========================================================================

def own_public(m: dict) -> dict:
    return {k: v for k, v in m.items() if not k.startswith("_")}


def write_jsonl(path: Path, rows: list[dict]):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n")


def build_and_write():
    demo_brand = build_demo()
    stream, expected = [], []
    for kind, key, exp, why, strict in DEMO_LINES:
        if kind == "x":
            msg = x_message(key, demo_brand)
            pid = msg["data"]["id"]
        else:
            msg = own_public(OWN_POSTS[key])
            pid = msg["id"]
        stream.append(msg)
        expected.append({"id": pid, **exp, "why": why, "strict": strict})
    write_jsonl(DEMO_DIR / "stream.jsonl", stream)
    write_jsonl(DEMO_DIR / "expected.jsonl", expected)

    brand_users()
    for _handle, _uid, build in BRANDS.values():
        brand = build()
        rows = []
        for s in SCENARIOS[brand.slug]:
            row = {"name": s["name"], "lesson": s["lesson"], "post": x_message(s["post"], brand),
                   "expect": s["expect"], "strict": s["strict"]}
            if "note" in s:
                row["note"] = s["note"]
            if "known_miss" in s:
                row["known_miss"] = s["known_miss"]
            rows.append(row)
        write_jsonl(SCEN_DIR / f"{brand.slug}.jsonl", rows)


# ==========================================================================
# Checking (reads the files back from disk)
# ==========================================================================

REQUIRED_LESSONS = [
    "complaint-direct", "complaint-indirect", "complaint-in-passing", "sarcasm-customer", "joke-bystander",
    "third-party-venting", "third-party-chatter", "question", "question-in-reply-to-brand", "praise",
    "thread-with-brand", "repeat-contact", "big-reach", "private-details", "safety-urgent", "medical-urgent",
    "threat-urgent", "legal-threat-not-urgent", "abuse-with-problem", "spam", "namesake", "common-word",
    "news-monitor", "repost", "brand-own-post", "non-english", "html-entities", "quote",
    "public-hotline-number", "chatter-monitor",
]
SUFFIXES = ("", "s", "es", "ed", "d", "ing", "er", "ers", "'s", "’s")


def tokens(s: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’][^\W_]+)*", html.unescape(s).lower())


def keyword_topics(text: str, plan: dict) -> list[tuple[str, list[str]]]:
    toks = tokens(text)
    out = []
    for topic in plan.get("topic", []):
        hits = []
        for kw in topic["keywords"]:
            kt = tokens(kw)
            for i in range(len(toks) - len(kt) + 1):
                if all(any(toks[i + j] == kt[j] + suf for suf in SUFFIXES) for j in range(len(kt))):
                    hits.append(kw)
                    break
        out.append((topic["id"], hits))
    return out


def best_topic(text: str, plan: dict):
    scored = keyword_topics(text, plan)
    top = max((len(h) for _, h in scored), default=0)
    if top == 0:
        return None, scored
    return next(t for t, h in scored if len(h) == top), scored


def structural_addressed(msg: dict, brand: Brand) -> str:
    if "data" not in msg:
        text = msg["text"]
        if msg["network"] == "email":
            return "direct"
        handles = [x.lower() for x in brand.handles.get(msg["network"], [])]
        low = text.lower()
        if not msg.get("is_repost") and any(low.lstrip().startswith("@" + hd) for hd in handles):
            return "direct"
        found = any(hd in low for hd in handles) or alias_in(text, brand)
        if msg.get("is_repost"):
            return "indirect" if found else "none"
        if msg.get("in_reply_to"):
            return "third_party" if found else "none"
        return "indirect" if found else "none"
    d = msg["data"]
    if d["author_id"] == brand.x_id:
        return "none"
    text = d["text"]
    handle = brand.x_handle.lower()
    mentions = [m["username"].lower() for m in d.get("entities", {}).get("mentions", [])]
    found = handle in mentions or alias_in(text, brand)
    refs = {r["type"]: r["id"] for r in d.get("referenced_tweets", [])}
    if "retweeted" in refs:
        return "indirect" if found else "none"
    if re.match(r"\s*@" + re.escape(handle) + r"(?![A-Za-z0-9_])", text, re.I):
        return "direct"
    if d.get("in_reply_to_user_id") == brand.x_id:
        return "direct"
    if "in_reply_to_user_id" in d:
        if handle in mentions:
            return "indirect"
        return "third_party" if found else "none"
    if "quoted" in refs:
        q = next(t for t in msg["includes"]["tweets"] if t["id"] == refs["quoted"])
        if q["author_id"] == brand.x_id:
            return "indirect"
    return "indirect" if found else "none"


def x_weighted_length(text: str, urls: list[dict]) -> int:
    """Roughly X's counting: URLs are 23, most of Latin/punctuation is 1, the rest 2."""
    plain = html.unescape(text)
    for u in urls:
        plain = plain.replace(u["url"], "x" * 23)
    n = 0
    for ch in plain:
        cp = ord(ch)
        n += 1 if (cp <= 0x10FF or 0x2000 <= cp <= 0x200D or 0x2010 <= cp <= 0x201F or 0x2032 <= cp <= 0x2037) else 2
    return n


class Problems:
    def __init__(self):
        self.errors, self.warnings = [], []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")


def check_x_message(msg: dict, where: str, P: Problems):
    for k in ("data", "includes", "matching_rules"):
        if k not in msg:
            P.err(where, f"missing {k}")
            return
    d = msg["data"]
    for k in ("id", "text", "author_id", "created_at", "conversation_id", "lang", "edit_history_tweet_ids", "public_metrics"):
        if k not in d:
            P.err(where, f"data.{k} missing")
    if not re.fullmatch(r"\d{15,20}", d["id"]):
        P.err(where, f"id {d['id']} is not snowflake-like")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", d["created_at"]):
        P.err(where, f"created_at {d['created_at']}")
    text = d["text"]
    if "<" in text or ">" in text:
        P.err(where, "raw < or > in text; X delivers &lt; &gt;")
    if re.search(r"&(?!amp;|lt;|gt;)", text):
        P.err(where, "bare & in text; X delivers &amp;")
    users = {u["id"]: u for u in msg["includes"].get("users", [])}
    if d["author_id"] not in users:
        P.err(where, "author not in includes.users")
    ents = d.get("entities", {})
    for m in ents.get("mentions", []):
        if text[m["start"]:m["end"]] != "@" + m["username"]:
            P.err(where, f"mention offsets {m['start']}..{m['end']} give {text[m['start']:m['end']]!r}, not @{m['username']}")
        if m["id"] not in users:
            P.err(where, f"mentioned @{m['username']} not in includes.users")
    for t in ents.get("hashtags", []):
        if text[t["start"]:t["end"]] != "#" + t["tag"]:
            P.err(where, f"hashtag offsets wrong for #{t['tag']}")
    for t in ents.get("cashtags", []):
        if text[t["start"]:t["end"]] != "$" + t["tag"]:
            P.err(where, f"cashtag offsets wrong for ${t['tag']}")
    for u in ents.get("urls", []):
        if text[u["start"]:u["end"]] != u["url"]:
            P.err(where, f"url offsets wrong for {u['url']}")
    found = {m.group(1).lower() for m in MENTION_RE.finditer(text)}
    if found != {m["username"].lower() for m in ents.get("mentions", [])}:
        P.err(where, "mentions entity does not list every @handle in the text")
    inc_tweets = {t["id"]: t for t in msg["includes"].get("tweets", [])}
    for r in d.get("referenced_tweets", []):
        if r["id"] not in inc_tweets:
            P.err(where, f"{r['type']} {r['id']} not in includes.tweets")
        elif inc_tweets[r["id"]]["author_id"] not in users:
            P.err(where, f"author of referenced {r['id']} not in includes.users")
        if r["type"] == "replied_to":
            if d.get("in_reply_to_user_id") != inc_tweets.get(r["id"], {}).get("author_id"):
                P.err(where, "in_reply_to_user_id is not the parent's author")
            if d["conversation_id"] != inc_tweets.get(r["id"], {}).get("conversation_id"):
                P.err(where, "conversation_id differs from the parent's")
            if int(r["id"]) >= int(d["id"]):
                P.err(where, "parent is newer than the reply")
        if r["type"] == "retweeted" and not text.startswith("RT @"):
            P.err(where, "retweet text should start with 'RT @'")
    if "in_reply_to_user_id" in d and not any(r["type"] == "replied_to" for r in d.get("referenced_tweets", [])):
        P.err(where, "in_reply_to_user_id without a replied_to reference")
    if not msg["matching_rules"]:
        P.err(where, "no matching_rules")
    if x_weighted_length(text, ents.get("urls", [])) > 280 and not text.startswith("RT @"):
        P.err(where, f"text is over X's 280 limit ({x_weighted_length(text, ents.get('urls', []))})")


def check_own(msg: dict, where: str, P: Problems):
    if msg.get("network") not in ("mastodon", "bluesky", "email"):
        P.err(where, "bad network")
    for k in ("id", "text", "author"):
        if k not in msg:
            P.err(where, f"missing {k}")
    if "id" not in msg.get("author", {}) or "handle" not in msg.get("author", {}):
        P.err(where, "author.id / author.handle missing")


def check_expect(e: dict, plan: dict, where: str, P: Problems):
    if e["action"] not in ACTIONS | {ANY}:
        P.err(where, f"action {e['action']}")
    if e["priority"] not in PRIORITIES | {ANY}:
        P.err(where, f"priority {e['priority']}")
    if e["addressed"] not in ADDRESSED | {ANY}:
        P.err(where, f"addressed {e['addressed']}")
    topics = {t["id"] for t in plan["topic"]}
    if e["topic"] is not None and e["topic"] != ANY and e["topic"] not in topics:
        P.err(where, f"topic {e['topic']} is not in the plan")


def advise(msg, e, brand, plan, where, P, lesson=""):
    text = msg["data"]["text"] if "data" in msg else msg["text"]
    if e["topic"] != ANY:
        best, scored = best_topic(text, plan)
        hits = {t: h for t, h in scored if h}
        if best != e["topic"]:
            P.warn(where, f"topic: expected {e['topic']}, keywords give {best} {hits}")
        elif best is not None and sum(1 for h in hits.values() if len(h) == len(hits[best])) > 1:
            P.warn(where, f"topic: {best} wins only on plan order {hits}")
        # The same answer must hold when the brand's names are taken out first
        # ("Ottermere Broadband" holds the keyword "broadband").
        stripped = text
        for alias in sorted(brand.aliases, key=len, reverse=True):
            stripped = re.sub(re.escape(alias), " ", stripped, flags=re.I)
        if best_topic(stripped, plan)[0] != best:
            P.warn(where, f"topic: {best} depends on a keyword inside the brand's name")
    if e["addressed"] != ANY and lesson not in ("namesake", "common-word"):
        s = structural_addressed(msg, brand)
        if s != e["addressed"]:
            P.warn(where, f"addressed: expected {e['addressed']}, structure gives {s}")


def check_files() -> int:
    P = Problems()
    demo_plan = tomllib.loads((DEMO_DIR / "plan.toml").read_text())
    demo_brand = Brand("ottermere", DEMO_DIR / "plan.toml", "OttermereHelp", 1093372650, 0)
    stream = [json.loads(l) for l in (DEMO_DIR / "stream.jsonl").read_text().splitlines()]
    expected = [json.loads(l) for l in (DEMO_DIR / "expected.jsonl").read_text().splitlines()]
    if len(stream) != len(expected):
        P.err("demo", "stream and expected differ in length")
    ids = []
    last_time, last_x, last_m = None, 0, 0
    for i, (msg, e) in enumerate(zip(stream, expected), 1):
        where = f"demo/stream.jsonl:{i}"
        if "data" in msg:
            check_x_message(msg, where, P)
            pid, when = msg["data"]["id"], parse_when(msg["data"]["created_at"])
            if int(pid) <= last_x:
                P.err(where, "X ids are not increasing")
            last_x = int(pid)
        else:
            check_own(msg, where, P)
            pid, when = msg["id"], parse_when(msg["created_at"])
            if msg["network"] == "mastodon":
                if int(pid) <= last_m:
                    P.err(where, "Mastodon ids are not increasing")
                last_m = int(pid)
        if last_time and when < last_time:
            P.err(where, "not in time order")
        last_time = when
        ids.append(pid)
        if e["id"] != pid:
            P.err(f"demo/expected.jsonl:{i}", f"id {e['id']} does not match stream id {pid}")
        check_expect(e, demo_plan, f"demo/expected.jsonl:{i}", P)
        why = e.get("why", "")
        advise(msg, e, demo_brand, demo_plan, where, P, "namesake" if why.startswith("namesake") else "")
    if len(set(ids)) != len(ids):
        P.err("demo", "duplicate ids")
    if len(stream) < 70:
        P.err("demo", f"only {len(stream)} lines, want at least 70")
    n_own = sum(1 for m in stream if "data" not in m)
    if n_own < 8:
        P.err("demo", f"only {n_own} own-JSON lines, want at least 8")
    langs = Counter((m["data"]["lang"] if "data" in m else m.get("lang", "?")) for m in stream)

    brands = {slug: (handle, uid) for slug, (handle, uid, _build) in BRANDS.items()}
    all_names, all_ids = set(), set()
    lessons = Counter()
    per_brand = {}
    scen_rows = []
    for slug, (handle, uid) in brands.items():
        plan_path = SCEN_DIR / f"{slug}.plan.toml"
        plan = tomllib.loads(plan_path.read_text())
        brand = Brand(slug, plan_path, handle, uid, 0)
        rows = [json.loads(l) for l in (SCEN_DIR / f"{slug}.jsonl").read_text().splitlines()]
        per_brand[slug] = len(rows)
        for i, r in enumerate(rows, 1):
            where = f"scenarios/{slug}.jsonl:{i} ({r.get('name')})"
            for k in ("name", "lesson", "post", "expect", "strict"):
                if k not in r:
                    P.err(where, f"missing {k}")
            if r["name"] in all_names:
                P.err(where, "duplicate name")
            all_names.add(r["name"])
            check_x_message(r["post"], where, P)
            if r["post"]["data"]["id"] in all_ids:
                P.err(where, "duplicate post id")
            all_ids.add(r["post"]["data"]["id"])
            check_expect(r["expect"], plan, where, P)
            advise(r["post"], r["expect"], brand, plan, where, P, r["lesson"])
            lessons[r["lesson"]] += 1
            scen_rows.append(r)
    total = sum(per_brand.values())
    if total < 90:
        P.err("scenarios", f"only {total} scenarios, want at least 90")
    for l in REQUIRED_LESSONS:
        if lessons[l] < 2:
            P.err("scenarios", f"lesson {l} covered {lessons[l]} times, want at least 2")

    # Report
    print(f"demo: {len(stream)} lines ({len(stream) - n_own} X, {n_own} own JSON); languages {dict(langs)}")
    print("  action:  ", dict(Counter(e["action"] for e in expected)))
    print("  priority:", dict(Counter(e["priority"] for e in expected)))
    print("  addressed:", dict(Counter(e["addressed"] for e in expected)))
    print(f"  not strict: {sum(1 for e in expected if not e['strict'])}")
    print(f"scenarios: {total} {per_brand}")
    print("  action:  ", dict(Counter(r["expect"]["action"] for r in scen_rows)))
    print("  priority:", dict(Counter(r["expect"]["priority"] for r in scen_rows)))
    print("  addressed:", dict(Counter(r["expect"]["addressed"] for r in scen_rows)))
    print(f"  not strict: {sum(1 for r in scen_rows if not r['strict'])}")
    print("  lessons:", dict(sorted(lessons.items())))
    for w in P.warnings:
        print("warning:", w)
    for e in P.errors:
        print("ERROR:", e)
    print("ok" if not P.errors else f"{len(P.errors)} errors")
    return 1 if P.errors else 0


if __name__ == "__main__":
    if "--check" not in sys.argv:
        build_and_write()
    sys.exit(check_files())
