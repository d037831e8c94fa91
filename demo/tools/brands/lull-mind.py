# Lull: a made-up sleep, meditation and online-therapy app. A seven-day free trial turns into a
# monthly or annual subscription (there is a family plan); the library has sleep stories read by
# narrators, guided meditations and soundscapes; a smartwatch sync tracks sleep; members book video
# sessions with qualified counsellors and therapists; and a crisis-support page is open 24/7. The
# phone line (0808 157 0245) is open 8am to 10pm.
# "Lull" is also an ordinary word and a name. A lull is a quiet spell: a lull in the conversation,
# the lull before the storm, a lull in the fighting, the August lull in business, a lull in a
# match or between gusts of wind; to lull is to soothe (lull a baby to sleep) and people are
# "lulled into a false sense of security". Lull is also a mattress brand (the Lull Original and
# Lull Hybrid), the Lull Café on Ferrier Street, a folk band, a marine ecologist and a cricketer.
# None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of Monday
# 28 August 2028, the summer bank holiday. On Monday the Lull 5.0 update breaks the smartwatch sync
# and annual plans renew at a 40% higher price without a reminder; a money podcaster tells a
# million people to cancel; a woman with photosensitive epilepsy asks about the new sunrise light;
# the crisis page shows "page not found" for one user; and late at night a user says she wants it
# to end, with her pills on the table. On Tuesday a regulator's fine for a 2026 crisis-page error
# is in the news, a therapist's notes go to the wrong client, and a counsellor does not turn up
# for a woman who booked an urgent session because she is not safe. On Wednesday a man threatens
# a counsellor, a woman's ex threatens her, a Spanish sister is frightened for her sister and a
# patient asks about sertraline. On Thursday a mother finds her 12-year-old in therapy with a
# made-up birthday, a brother goes missing, a German patient asks about lithium and sleeping
# pills, and fake support accounts go fishing. On Friday night a server update takes the whole app
# down at bedtime. The weekend brings praise, jokes about dying of boredom, the mattress, the
# café, the band and every other lull.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# number, phone number, address and email address here is made up. Phone numbers are from the UK
# drama ranges; the card number is a Luhn-valid test number that belongs to no one.


def build_lull_mind():
    global CURRENT_BRAND, CLOCK
    brand = Brand("lull-mind", SCEN_DIR / "lull-mind.plan.toml", "LullApp", 7378901245, 1861220000000007801)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-08-28T05:30:00Z")
    B = "LullApp"
    user(B, "Lull", 7378901245,
         "Sleep stories, meditations and therapy with qualified counsellors. Help 8am–10pm, 7 days: 0808 157 0245. "
         "In crisis? Call 999 or visit lull.example/crisis, open 24/7. We never DM first or ask for card details.",
         212_000, following=640, tweets=31_400, listed=880, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12940100000 + _n[0] * 4129, bio, followers, **kw)

    person("sal_m_lu", "Sally Marsh", "Mum of three. Up before all of them, for about ten minutes.", 310)
    person("nadia_r_lu", "Nadia Rahman", "Nurse, nights. Sleep is a rumour.", 540)
    person("wes_k_lu", "Wes Kingdon", "Runner. Data nerd. Counts everything, including sleep.", 820)
    person("gem_o_lu", "Gemma Oakes", "Hembury. Reads the small print after signing.", 190)
    person("ellie_c_lu", "Ellie Carver", "Primary teacher. Asleep by 9 in term time.", 260)
    person("anouk_lu", "Anouk Bell", "Illustrator. Photosensitive, so no strobe lights please.", 1_100)
    person("chris_t_lu", "Chris Tamblyn", "Dad. Spreadsheet enjoyer. Cancels things.", 240)
    person("tomasz_lu", "Tomasz Nowak", "Hembury. Ran 5 marathons. Now runs on coffee.", 330)
    person("moneychat_lu", "Dan Pritchard", "Host of Money Chat, the UK's most downloaded money podcast. Views mine.",
           1_100_000, following=900, listed=5_200, verified=True)
    person("keira_lu", "Keira Shaw", "Student. Skint. Online a lot.", 420)
    person("jade_h_lu", "Jade Hollins", "Night owl trying to become a morning person.", 380)
    person("LullBeds_lu", "Lull Mattresses", "The Lull Original and Lull Hybrid: mattresses made in Yorkshire. 🛏️", 48_000,
           following=1_200, verified=True)
    person("priya_d_lu", "Priya Desai", "Hembury. Always asking how everyone's sleeping.", 270)
    person("ben_k_lu", "Ben Kowalski", "New job, old habits.", 180)
    person("puntastic_lu", "Roddy Finch", "Puns. Only puns. Sorry.", 1_400)
    person("mira_j_lu", "Mira Jensen", "Designer. Working on myself, slowly.", 350)
    person("gary_p_lu", "Gary Penrose", "Hembury. Retired. On hold a lot.", 95)
    person("lotte_v_lu", "Lotte", "she/her. having a hard time.", 60)
    person("OpsDesk_lu", "Tech Health Daily", "News on health apps, med-tech and digital care.", 88_000,
           following=1_500, listed=900, verified=True)
    person("tasha_g_lu", "Tasha Greer", "Hembury. Reluctant annual subscriber.", 150)
    person("rob_w_lu", "Rob Whitlock", "Heating engineer. Everything breaks on a Tuesday.", 210)
    person("hana_s_lu", "Hana Sato", "MA student. Budget spreadsheet queen.", 300)
    person("callum_b_lu", "Callum Byrne", "Back at work. One day at a time.", 230)
    person("dev_o_lu", "Devi Okafor", "Front-end dev. I inspect elements for fun.", 2_100)
    person("femi_a_lu", "Femi Adeyemi", "Hembury. Finally asking for help.", 85)
    person("jo_lin_lu", "Jo Lindqvist", "Privacy matters. Ask me how I know.", 640)
    person("bea_n_lu", "Bea Norris", "3am club member. Teacher by day.", 520)
    person("sleepwell_lu", "Marcus Hale", "Former insomniac. Evangelist for rain noises.", 1_800)
    person("ryan_t_lu", "Ryan Tully", "Electrician. Short fuse, long days.", 140)
    person("shona_lu", "Shona McRae", "Nurse. Shifts, shifts, shifts.", 280)
    person("rosa_lu", "Rosa Klein", "she/her. Trying.", 75)
    person("kit_f_lu", "Kit Fenwick", "Hembury. No-spend month, day 29.", 360)
    person("ola_b_lu", "Ola Bankole", "Thinking about things.", 410)
    person("viv_h_lu", "Viv Harding", "Counselled, recovered, evangelical about it.", 670)
    person("WorldDesk_lu", "World Desk", "International news, around the clock.", 1_900_000,
           following=600, listed=12_000, verified=True)
    person("marc_d_lu", "Marc Delaney", "Hembury. Patient, until I'm not.", 110)
    person("dale_s_lu", "Dale Sutton", "", 40)
    person("irene_k_lu", "Irene Kaplan", "Hembury. Keeps every screenshot.", 290)
    person("steph_m_lu", "Steph Moore", "Hembury. Runner, reader, tracker of everything.", 500)
    person("BizBeat_lu", "Business Beat", "Startups, funding and tech business news.", 310_000,
           following=1_400, listed=2_600, verified=True)
    person("claire_f_lu", "Claire Fabre", "Française à Hembury. Maman de deux.", 230)
    person("amy_q_lu", "Amy Quinn", "Hembury. Getting out.", 55)
    person("pete_h_lu", "Pete Harkin", "Developer. Reads every template tag.", 780)
    person("giulia_lu", "Giulia Conti", "Milanese a Hembury. Dormo poco.", 190)
    person("lucia_m_lu", "Lucía Marín", "Granadina en Hembury.", 260)
    person("simone_lu", "Simone Barker", "Hembury. Small-print reader, repost button presser.", 120)
    person("kemi_o_lu", "Kemi Ojo", "Hembury. New meds, old worries.", 140)
    person("joanne_lu", "Joanne Pike", "Night shifts and a noisy flat.", 310)
    person("carla_w_lu", "Carla Webb", "Mum of Izzy (12). Hembury.", 400)
    person("joao_s_lu", "João Silva", "Do Porto para Hembury. Corredor.", 170)
    person("sanne_lu", "Sanne de Vries", "Nederlandse in Hembury.", 210)
    person("liam_r_lu", "Liam Rowe", "Hembury. Big brother.", 330)
    person("katrin_lu", "Katrin Vogel", "Aus Leipzig. Lebt jetzt in Hembury.", 160)
    person("GrowthZen_lu", "GrowthZen 🌱", "Mindful growth for wellness brands. Real followers, real fast 🌱", 6_200,
           following=5_000)
    person("LullSupport_lu", "Lull Support 🔒", "Official help desk 🔒 DM us for refunds and account help", 35,
           following=4_800)
    person("LullCareTeam_lu", "Lull Care Team ✅", "Account verification and refunds ✅", 22, following=4_900)
    person("alex_n_lu", "Alex Nolan", "Hembury. Careful with links.", 190)
    person("FreePlans_lu", "Premium Drops 🎁", "Free subscriptions, giveaways and codes every day 🎉", 3_100,
           following=4_900)
    person("ana_g_lu", "Ana García", "Valenciana en Hembury. Enfermera.", 220)
    person("olly_b_lu", "Olly Brand", "Hembury. Loyal customer, limited patience.", 260)
    person("EstateTalk_lu", "Hembury Homes Weekly", "Property news for Hembury and the Vale.", 9_400)
    person("lou_p_lu", "Lou Parsons", "Hembury. Bedtime is 10:30. Was.", 300)
    person("nell_a_lu", "Nell Archer", "Working mum. Asleep at my desk.", 180)
    person("jaxon_lu", "Jaxon Reed", "Singer. On tour. Views my own.", 980_000, following=700, listed=3_900,
           verified=True)
    person("maddy_k_lu", "Maddy Kerr", "Hembury. Can't sleep without the rain one.", 240)
    person("shaz_lu", "Sharon Dale", "Reposts things I agree with.", 90)
    person("tim_l_lu", "Tim Lacey", "Comedy writer (unpaid). Hembury.", 2_600)
    person("ruth_k_lu", "Ruth Kellaway", "Hembury. Night shifts.", 150)
    person("jo_m_lu", "Jo Mercer", "Hembury. Sleeps like a log, somehow.", 210)
    person("quipster_lu", "Neil Ash", "Professional heckler.", 700)
    person("becky_d_lu", "Becky Doyle", "Hembury. Bedtime optimist.", 180)
    person("LullBand_lu", "Lull", "Folk band from the Vale. Fiddle, drone, harmonium. New album 'Undertow' out now.", 7_800)
    person("LullCafe_lu", "Lull Café", "Coffee, cake and quiet. Ferrier Street, Hembury. Dogs welcome.", 2_300)
    person("HemburyUni_lu", "Hembury University", "News from Hembury University.", 36_000, verified=True)
    person("sam_o_lu", "Sam Okoro", "Bad back, good mattress.", 140)
    person("twindad_lu", "Ravi Mehta", "Dad of twins. Professional hooverer.", 320)
    person("leah_w_lu", "Leah Wood", "New mum of twins. Awake. Always.", 410)
    person("fran_l_lu", "Fran Lowe", "Book lover. Lighthouse expert, allegedly.", 600)
    person("HarcombeFC_lu", "Harcombe Town FC", "Official account of Harcombe Town FC ⚽", 18_000, verified=True)
    person("mo_s_lu", "Mo Sharif", "Family dinners are a contact sport.", 250)
    person("folkfan_lu", "Dee Hartley", "Folk, fiddles and festivals.", 880)
    person("hiker_jo_lu", "Jo Ramsay", "Walker. Always under-dressed for the weather.", 430)
    person("ValeCricket_lu", "Vale Cricket Club", "Vale CC: Saturday league, Sunday teas.", 2_900)
    person("dinghy_lu", "Hal Summers", "Dinghy sailor. Windward Reservoir.", 360)
    person("maria_t_lu", "Maria Thorne", "Hembury. Mum of two, daughter of one.", 280)
    person("terry_g_lu", "Terry Gould", "Hembury. Pays his bills. Expects the same.", 120)
    person("zara_p_lu", "Zara Patel", "Hembury. Chronic 3am thinker.", 350)
    person("dom_f_lu", "Dom Fisher", "Hembury. Busy weekend person.", 290)
    person("kev_h_lu", "Kev Hardy", "Everyone's mate.", 340)
    person("dan_e_lu", "Dan Ellis", "Hembury.", 80)
    person("ruth_c_lu", "Ruth Carrow", "Hembury. Tidying up my digital life.", 130)

    # ---- Monday 28 August: bank holiday; the 5.0 update and the annual price rise --------------------
    SC("lu-common-quiet-before-kids", "common-word",
       tw("sal_m_lu", "bank holiday, 6am, and the only sound is the fridge humming. a lovely little lull before the kids wake up and the chaos starts",
          when="2028-08-28T06:05:12Z"),
       expect(IGN, "low", None, "none"), note="a quiet spell, not the app")
    bh = tw(B, "Happy bank holiday 💜 Our counsellors are on shorter hours today (10am–4pm), so some video sessions have moved: please check your email. Our crisis page is open 24/7 at {url:https://lull.example/crisis}",
            when="2028-08-28T06:40:00Z")
    SC("lu-brand-own-bank-holiday-hours", "brand-own-post", bh, expect(IGN, "low", "therapy", "none"))
    SC("lu-q-reply-session-before-ten", "question-in-reply-to-brand",
       tw("nadia_r_lu", "so are video sessions running before 10 or not? mine's booked for 9am and there's nothing in my email about it moving",
          reply_to=bh, when="2028-08-28T07:20:33Z"),
       expect(RP, "normal", "therapy", "direct"), note="a question under the brand's post, no @")
    SC("lu-complaint-smartwatch-sync", "complaint-direct",
       tw("wes_k_lu", f"@{B} since the 5.0 update last night my smartwatch won't sync at all. says 'paired', shows nothing. three nights of sleep data just gone",
          when="2028-08-28T07:55:48Z"),
       expect(RP, "normal", "tech", "direct"))
    SC("lu-indirect-renewed-no-reminder", "complaint-indirect",
       tw("gem_o_lu", "lull just auto-renewed my annual plan at £69.99. it was £49.99 last year and there was no reminder email, no nothing. sneaky",
          when="2028-08-28T08:30:21Z"),
       expect(RP, "normal", "billing", "indirect"), note="lower case, no tag: her own renewal")
    SC("lu-praise-canal-boat-story", "praise",
       tw("ellie_c_lu", f"@{B} the new sleep story with the canal boat and the rain on the roof 💜 I didn't hear the end of chapter one. first proper night's sleep in weeks, thank you",
          when="2028-08-28T09:10:05Z"),
       expect(RP, "low", "content", "direct"))
    SC("lu-medical-photosensitive-sunrise", "medical-urgent",
       tw("anouk_lu", f"@{B} hi, I have photosensitive epilepsy. does the new sunrise light mode flash or flicker at all before it gets bright? don't want to risk a seizure first thing in the morning",
          when="2028-08-28T09:45:39Z"),
       expect(RP, "urgent", "crisis", "direct"), note="a calm question, but about epilepsy and seizures: a medical need")
    SC("lu-sarcasm-soothing-price-rise", "sarcasm-customer",
       tw("chris_t_lu", "love that Lull's 'your renewal is coming up' email is a 40% price rise. so soothing. I have never felt calmer 🙃",
          when="2028-08-28T10:30:14Z"),
       expect(RP, "normal", "billing", "indirect"), note="calm words meaning the opposite")
    fix = tw(B, "Some of you can't sync your smartwatch since Lull 5.0. Sorry: it's a bug on our side, your sleep data is safe, and a fix (5.0.1) is coming by Wednesday. Until then the sleep tracker on your phone still works.",
             when="2028-08-28T11:15:00Z")
    SC("lu-brand-own-sync-bug", "brand-own-post", fix, expect(IGN, "low", "tech", "none"))
    SC("lu-repost-sync-bug", "repost", tw("tomasz_lu", "", retweet=fix, when="2028-08-28T11:40:27Z"),
       expect(IGN, "low", "tech", "indirect"))
    SC("lu-q-reply-older-smartwatch", "question-in-reply-to-brand",
       tw("tomasz_lu", "will 5.0.1 fix older smartwatches too? mine's a 2025 one and it's been stuck on 'syncing…' since Saturday",
          reply_to=fix, when="2028-08-28T12:05:50Z"),
       expect(RP, "normal", "tech", "direct"), note="a question under the brand's post, no @")
    podcaster = tw("moneychat_lu", "Lull just auto-renewed me at £69.99 for another year with zero warning. I've opened it twice since January. Twelve years of doing a money podcast and I still got caught. Check your subscriptions tonight, folks",
                   when="2028-08-28T12:50:18Z",
                   metrics={"retweet_count": 2_400, "reply_count": 1_900, "like_count": 28_000, "quote_count": 410})
    SC("lu-big-reach-money-podcaster", "big-reach", podcaster, expect(RP, "high", "billing", "indirect"),
       note="1.1m followers; the brand named, not tagged")
    SC("lu-question-cancel-free-trial", "question",
       tw("keira_lu", f"@{B} if I cancel my free trial today do I keep access until the 7 days are up, or does it cut off straight away?",
          when="2028-08-28T13:30:44Z"),
       expect(RP, "normal", "billing", "direct"), known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @LullApp | complaint (0.32) | loss of service | topic billing: 'free trial', 'trial'")
    SC("lu-chatter-dead-tired-lighthouse", "chatter-monitor",
       tw("jade_h_lu", "dead tired today because I stayed up till 1am to find out how the lull sleep story about the lighthouse ended, instead of, you know, falling asleep to it. missing the point entirely",
          when="2028-08-28T14:10:26Z"),
       expect(MON, "low", "content", "indirect"), note="'dead tired' and a joke against herself: nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Lull in a post to everyone | complaint (0.65) | topic content: 'sleep story'")
    SC("lu-namesake-mattress-sale", "namesake",
       tw("LullBeds_lu", "Bank Holiday Sale 🛏️ 30% off every Lull Original and Lull Hybrid mattress until midnight. Free delivery and a 100-night trial. {url:https://lullbeds.example/sale}",
          when="2028-08-28T15:00:00Z"),
       expect(IGN, "low", "billing", "none"), note="the mattress brand; its 100-night trial is a plan keyword, but not the company")
    priya = tw("priya_d_lu", "@ben_k_lu how's the first week at the new job going? sleeping any better?", when="2028-08-28T15:30:02Z")
    ben = tw("ben_k_lu", "@priya_d_lu barely. paid lull £70 for a year and since their update my smartwatch doesn't even sync anymore, so I can't even see how badly I'm sleeping 🙃",
             reply_to=priya, when="2028-08-28T15:41:37Z")
    SC("lu-venting-sync-to-friend", "third-party-venting", ben, expect(MON, "low", "tech", "third_party"),
       note="venting to a friend in her thread, lower case, no tag: don't butt in", known_miss="since round 18 (the letters of a keyword such as 'a&e' are no longer words of the business, so this post had only passed by chance), not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'lull' is used as an ordinary word | topic tech: 'update', 'smartwatch', 'sync'")
    SC("lu-joke-lulled-false-security", "joke-bystander",
       tw("puntastic_lu", "@ben_k_lu @priya_d_lu sounds like lull lulled you into a false sense of security 😂 I'll see myself out",
          reply_to=ben, when="2028-08-28T16:02:11Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="since round 18 (the letters of a keyword such as 'a&e' are no longer words of the business, so this post had only passed by chance), not met yet: addressed: want \"third_party\", got none; the engine read: 'lull' is used as an ordinary word")
    SC("lu-complaint-counsellor-swapped", "complaint-direct",
       tw("mira_j_lu", f"@{B} I've been matched with a new counsellor without anyone asking me. 6 sessions in with Maya and now I'm starting from scratch with someone who hasn't even read my notes. why??",
          when="2028-08-28T17:30:45Z"),
       expect(RP, "normal", "therapy", "direct"))
    SC("lu-hotline-three-calls-double-charge", "public-hotline-number",
       tw("gary_p_lu", f"@{B} rang 0808 157 0245 three times today about being charged twice. 40 minutes on hold each time, then cut off. I just want my £69.99 back",
          when="2028-08-28T19:00:58Z"),
       expect(RP, "high", "billing", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; three failed calls make it a strong complaint")
    SC("lu-safety-crisis-page-not-found", "safety-urgent",
       tw("lotte_v_lu", "your crisis page just says 'page not found'. I needed it an hour ago and I still do",
          reply_to=bh, when="2028-08-28T21:04:30Z"),
       expect(RP, "urgent", "crisis", "direct"),
       note="under the brand's post, no @: someone who needs crisis support now and cannot reach it")
    rosa = tw("rosa_lu", f"@{B} I can't do this anymore. I've done every sleep meditation on here for four months and nothing changes. I just want it to end",
              when="2028-08-28T22:50:09Z")
    SC("lu-safety-want-it-to-end", "safety-urgent", rosa, expect(RP, "urgent", "crisis", "direct"),
       note="a user at risk, said quietly, late at night")
    rosa_brand = tw(B, "@rosa_lu We hear you, and we're really glad you told us. If you are in danger right now, please call 999. You can also talk to someone 24/7 through our crisis page. We've sent you a DM so we can stay with you.",
                    reply_to=rosa, when="2028-08-28T23:02:00Z")
    SC("lu-brand-own-reply-to-rosa", "brand-own-post", rosa_brand, expect(IGN, "low", "crisis", "none"))
    SC("lu-thread-pills-on-the-table", "thread-with-brand",
       tw("rosa_lu", "I don't want to ring anyone. I've got a box of my pills on the table and I keep looking at it",
          reply_to=rosa_brand, when="2028-08-28T23:19:41Z"),
       expect(RP, "urgent", "crisis", "direct"), note="in the brand's thread without an @: still at risk, with the means in front of her")

    # ---- Tuesday 29 August: an old fine in the news, a therapist's notes, a counsellor no-show ------
    SC("lu-news-fine-2026-crisis-page", "news-monitor",
       tw("OpsDesk_lu", "Regulator fines sleep and therapy app Lull £120,000 over a 2026 error that left a disconnected number on its crisis page for nine days. Lull says the page has been checked every day since. {url:https://techhealth.example/lull-fine}",
          when="2028-08-29T07:10:00Z"),
       expect(MON, "low", "crisis", "indirect"), note="news of an old incident, long fixed: not urgent")
    SC("lu-private-card-email-double-charge", "private-details",
       tw("tasha_g_lu", f"@{B} you've charged me twice for the annual plan. account email tasha.greer@mailbox.example, card 5555 5555 5555 4444. please refund one of them",
          when="2028-08-29T07:50:16Z"),
       expect(RV, "normal", "billing", "direct"), note="an email address and a card number in public")
    SC("lu-in-passing-tuesday-therapist-cancelled", "complaint-in-passing",
       tw("rob_w_lu", f"tuesday so far: boiler's packed in, missed the 8:10, and @{B} have charged me £45 for a therapy session my therapist cancelled on friday. cracking start",
          when="2028-08-29T08:30:52Z"),
       expect(RP, "normal", "therapy", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("lu-question-student-discount", "question",
       tw("hana_s_lu", f"@{B} do you do a student discount on the annual plan? the monthly one is a lot on a student loan",
          when="2028-08-29T09:15:27Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("lu-praise-priya-eight-sessions", "praise",
       tw("callum_b_lu", f"@{B} 8 sessions with Priya and I've gone from not leaving the flat to going back to work part-time. I didn't think video therapy would work for me. it did. thank you",
          when="2028-08-29T10:00:40Z"),
       expect(RP, "low", "therapy", "direct"))
    SC("lu-html-sleep-stories-tab", "html-entities",
       tw("dev_o_lu", f"@{B} the sleep stories tab just shows &lt;div class=\"story-grid\"&gt;&lt;/div&gt; &amp; a spinner. reinstalled twice. is it me?",
          when="2028-08-29T10:40:08Z"),
       expect(RP, "normal", "content", "direct"), note="markup delivered escaped around a real problem")
    SC("lu-private-intake-dob-phone", "private-details",
       tw("femi_a_lu", f"@{B} your intake form keeps failing on the last page. Femi Adeyemi, DOB 03/11/1994, 07700 900562. can someone ring me to book my first assessment?",
          when="2028-08-29T11:20:33Z"),
       expect(RV, "normal", "therapy", "direct"), note="a date of birth and a phone number in public")
    SC("lu-legal-ico-notes-wrong-client", "legal-threat-not-urgent",
       tw("jo_lin_lu", f"@{B} I'm reporting you to the ICO. my therapist's session notes were emailed to a completely different client, who then emailed ME to tell me. that is my mental health history",
          when="2028-08-29T12:10:19Z"),
       expect(RP, "high", "therapy", "direct"), note="a regulator threat over a real data breach: strong, not urgent")
    bea = tw("bea_n_lu", "3am again. anyone got anything that actually works for getting back to sleep? I've tried everything",
             when="2028-08-29T13:00:11Z")
    SC("lu-chatter-rain-sounds-advice", "third-party-chatter",
       tw("sleepwell_lu", "@bea_n_lu have you tried Lull? the rain sounds one knocked me out within a week of using it. worth a go",
          reply_to=bea, when="2028-08-29T13:14:46Z"),
       expect(MON, "low", "content", "third_party"), note="a stranger's advice in someone else's thread")
    SC("lu-abuse-advert-jingle", "abuse-with-problem",
       tw("ryan_t_lu", f"@{B} who decided to stick an advert jingle in the middle of a sleep meditation. woke me up at 2am. are you actually thick? absolute clowns",
          when="2028-08-29T14:00:35Z"),
       expect(RP, "high", "content", "direct"), note="rude, with a real problem")
    SC("lu-question-reschedule-48-hours", "question",
       tw("shona_lu", f"@{B} can I move Thursday's counselling session to Friday? the app won't let me reschedule inside 48 hours and I've got a hospital appointment I can't move",
          when="2028-08-29T15:00:24Z"),
       expect(RP, "normal", "therapy", "direct"), note="a clash with a hospital appointment, not a medical need in itself", known_miss="round 17, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @LullApp | complaint (0.72) | a medical need: urgent | topic therapy: 'counselling', 'session', 'reschedule', 'appointment'")
    amy = tw("amy_q_lu", f"@{B} my counsellor hasn't turned up to my 5pm video session. I booked an urgent one because I'm not safe at the moment. I've been sat in the waiting room for 50 minutes and nobody answers the chat",
             when="2028-08-29T17:52:13Z")
    SC("lu-safety-no-show-not-safe", "safety-urgent", amy, expect(RP, "urgent", "therapy", "direct"),
       note="a counsellor no-show for someone who says she is not safe; the therapy words win the topic")
    amy_brand = tw(B, "@amy_q_lu Amy, we're so sorry. Sam, one of our duty clinicians, is calling you now on the number on your account. If you feel you might act on these feelings before then, please call 999.",
                   reply_to=amy, when="2028-08-29T18:04:00Z")
    SC("lu-brand-own-duty-clinician", "brand-own-post", amy_brand, expect(IGN, "low", "crisis", "none"))
    SC("lu-thread-ok-now-who-checks", "thread-with-brand",
       tw("amy_q_lu", "Sam called and stayed on for an hour. I'm ok now, my flatmate's home and I've got a proper session booked for tomorrow morning. but a crisis-flagged booking with no counsellor and no message is not ok. who checks this?",
          reply_to=amy_brand, when="2028-08-29T19:31:27Z"),
       expect(RP, "high", "therapy", "direct"),
       note="in the brand's thread without an @: the danger is over and she has someone with her; she comes back with a pointed complaint")
    kit_friend = tw("kev_h_lu", "@kit_f_lu how's the no-spend month going? nearly there!", when="2028-08-29T20:20:05Z")
    SC("lu-venting-trial-to-friend", "third-party-venting",
       tw("kit_f_lu", "@kev_h_lu terribly. lull charged me for a whole year after the free trial and I'd opened it twice. £69.99 down the drain",
          reply_to=kit_friend, when="2028-08-29T20:31:50Z"),
       expect(MON, "low", "billing", "third_party"), note="venting in a friend's thread, no tag")
    ola = tw("ola_b_lu", "thinking of trying online therapy but it feels weird talking to a screen about this stuff. anyone done it?",
             when="2028-08-29T21:30:44Z")
    SC("lu-chatter-counsellor-reassurance", "third-party-chatter",
       tw("viv_h_lu", "@ola_b_lu I did 10 weeks with a Lull counsellor last year. felt odd for the first ten minutes, then it was just talking. go for it",
          reply_to=ola, when="2028-08-29T21:44:02Z"),
       expect(MON, "low", "therapy", "third_party"), note="a stranger's reassurance in someone else's thread")

    # ---- Wednesday 30 August: threats, a legal threat, the 5.0.1 deadline, other languages ----------
    SC("lu-common-lull-in-fighting", "common-word",
       tw("WorldDesk_lu", "A fragile lull in the fighting around the port of Veyrin held overnight, letting the first aid convoy in four days reach the city.",
          when="2028-08-30T06:30:00Z"),
       expect(IGN, "low", None, "none"), note="a lull in the fighting: war news, not the app")
    SC("lu-repeat-double-charge-third-time", "repeat-contact",
       tw("marc_d_lu", f"@{B} third time asking about the double charge on my annual plan. Monday: nothing. Tuesday: 'we'll look into it'. today: still £69.99 short",
          when="2028-08-30T07:15:29Z"),
       expect(RP, "high", "billing", "direct"), note="the third time about the same charge")
    SC("lu-threat-counsellor-waiting-outside", "threat-urgent",
       tw("dale_s_lu", f"@{B} tell your counsellor Rachel Osei she'll regret turning my wife against me. I know where she works and I'll be waiting outside it tonight when she finishes",
          when="2028-08-30T08:00:47Z"),
       expect(ANY, "urgent", "crisis", "direct"), note="a threat against a counsellor: only the priority is strict")
    SC("lu-legal-small-claims-renewal", "legal-threat-not-urgent",
       tw("irene_k_lu", f"@{B} 3 emails and 2 chats. refund the £69.99 renewal you took after I'd cancelled, by Friday, or it's the small claims court and Trading Standards. I have screenshots",
          when="2028-08-30T09:00:12Z"),
       expect(RP, "high", "billing", "direct"), note="a court threat over her own money: strong, not urgent")
    SC("lu-quote-by-wednesday", "quote",
       tw("steph_m_lu", "'by Wednesday'. it's Wednesday, my smartwatch still won't sync and there's no update in the app store",
          quote=fix, when="2028-08-30T10:00:38Z"),
       expect(RP, "normal", "tech", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the promised fix has not come")
    SC("lu-news-raises-30m-counsellors", "news-monitor",
       tw("BizBeat_lu", "Sleep and therapy app Lull raises £30m and says it will hire 400 more counsellors to cut waiting times for therapy. {url:https://bizbeat.example/lull-raise}",
          when="2028-08-30T11:00:00Z"),
       expect(MON, "low", "therapy", "indirect"))
    SC("lu-fr-essai-gratuit-preleve", "non-english",
       tw("claire_f_lu", f"@{B} Bonjour, j'ai résilié mon essai gratuit dimanche mais j'ai quand même été prélevée de 69,99 €. Pouvez-vous me rembourser ?",
          lang="fr", when="2028-08-30T12:00:51Z"),
       expect(RP, "normal", "billing", "direct"), note="French: charged after cancelling the free trial")
    SC("lu-threat-ex-read-messages", "threat-urgent",
       tw("zara_p_lu", f"@{B} my ex has got into my account and read my messages with my counsellor. he's threatened to hurt me if I keep seeing 'that woman'. how do I lock him out? I've changed my password twice",
          when="2028-08-30T13:00:26Z"),
       expect(RP, "urgent", "crisis", "direct"), note="a threat against the user herself, who asks for help")
    SC("lu-html-renewal-template", "html-entities",
       tw("pete_h_lu", f"@{B} your renewal email says 'Hi &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your plan renews on &lt;%= date %&gt; at &lt;%= price %&gt;' so what am I actually going to be charged?",
          when="2028-08-30T14:00:09Z"),
       expect(RP, "normal", "billing", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("lu-it-narratrice-si-interrompe", "non-english",
       tw("giulia_lu", f"@{B} Le nuove storie della buonanotte in italiano sono bellissime, ma la narratrice si interrompe sempre a metà. Succede solo a me?",
          lang="it", when="2028-08-30T15:00:33Z"),
       expect(RP, "normal", "content", "direct"), note="Italian: the narrator cuts out halfway through the sleep stories")
    SC("lu-es-hermana-acabar-con-todo", "safety-urgent",
       tw("lucia_m_lu", f"@{B} Mi hermana me acaba de escribir que quiere acabar con todo y ahora no coge el móvil. Ella usa vuestra app cada noche. ¿Podéis hacer algo? Estoy a 300 km",
          lang="es", when="2028-08-30T16:30:17Z"),
       expect(RP, "urgent", "crisis", "direct"), note="Spanish: her sister has said she wants to end it all and is not answering")
    SC("lu-repost-money-podcaster", "repost", tw("simone_lu", "", retweet=podcaster, when="2028-08-30T18:00:44Z"),
       expect(IGN, "low", "billing", "indirect"))
    SC("lu-medical-sertraline-calm", "medical-urgent",
       tw("kemi_o_lu", f"@{B} my GP started me on sertraline last week. is it ok to keep using the app at night while I'm on it, or should I stop until I've got used to it?",
          when="2028-08-30T19:00:21Z"),
       expect(RP, "urgent", "crisis", "direct"), note="a calm question about medication: a medical need by the convention")

    # ---- Thursday 31 August: a child in therapy, a missing brother, fake support accounts -----------
    SC("lu-safety-flatmate-police", "safety-urgent",
       tw("joanne_lu", "2:50am, listening to lull with earplugs in because my flatmate's boyfriend is shouting and kicking her bedroom door again and now she's gone quiet. do I call the police??",
          when="2028-08-31T01:50:36Z"),
       expect(RP, "urgent", "crisis", "indirect"), note="the brand named in passing; someone may be in danger now")
    SC("lu-safety-twelve-year-old-sessions", "safety-urgent",
       tw("carla_w_lu", f"@{B} I've just found out my 12-year-old has been having video sessions with one of your counsellors for three weeks, on my card, with a made-up birthday. no age check at all?? she's been telling a stranger things she hasn't told us",
          when="2028-08-31T07:00:14Z"),
       expect(RP, "urgent", "therapy", "direct"), note="a child using the therapy service with no age check: safeguarding; the therapy words win the topic")
    SC("lu-pt-relogio-nao-sincroniza", "non-english",
       tw("joao_s_lu", f"@{B} Desde a atualização de segunda o meu relógio não sincroniza com a app. Já reinstalei duas vezes. Há solução?",
          lang="pt", when="2028-08-31T08:00:49Z"),
       expect(RP, "normal", "tech", "direct"), note="Portuguese: the watch has not synced since Monday's update")
    SC("lu-nl-therapeut-sessie-afgezegd", "non-english",
       tw("sanne_lu", f"@{B} Mijn therapeut heeft nu al twee keer onze sessie op het laatste moment afgezegd. Krijg ik mijn geld terug of een nieuwe afspraak?",
          lang="nl", when="2028-08-31T09:00:23Z"),
       expect(RP, "normal", "therapy", "direct"), note="Dutch: the therapist cancelled twice at the last minute")
    SC("lu-safety-brother-gone-missing", "safety-urgent",
       tw("liam_r_lu", f"@{B} my brother told his Lull counsellor on Tuesday night he didn't see the point any more. he's gone missing since yesterday afternoon. the police have a missing person report open: can your counsellor talk to them?",
          when="2028-08-31T10:00:58Z"),
       expect(RP, "urgent", "crisis", "direct"), note="a missing man who may be at risk")
    SC("lu-de-lithium-schlaftabletten", "medical-urgent",
       tw("katrin_lu", f"@{B} Ich nehme Lithium und bekomme seit Montag zusätzlich Schlaftabletten. Ist die Tiefschlaf-Übung in der App damit unbedenklich? Mir ist morgens oft schwindlig.",
          lang="de", when="2028-08-31T11:00:31Z"),
       expect(RP, "urgent", "crisis", "direct"), note="German, a calm medication question with dizziness")
    SC("lu-praise-year-ago-suicidal", "praise",
       tw("callum_b_lu", "a year ago this week I was suicidal and couldn't get a GP appointment for a month. a Lull counsellor saw me in two days. I'm back at work, back on my bike, and I just wanted to say it out loud. thank you Lull",
          when="2028-08-31T12:00:16Z"),
       expect(RP, "low", "therapy", "indirect"), note="a crisis a year ago, over: thanks, not urgent")
    SC("lu-spam-follower-selling", "spam",
       tw("GrowthZen_lu", f"@{B} Grow your wellness brand 🌱 10k real followers from £9.99, mindful growth guaranteed. {{url:https://growthzen.example/buy}}",
          when="2028-08-31T13:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("lu-spam-fake-support-in-thread", "spam",
       tw("LullSupport_lu", "@irene_k_lu So sorry for the trouble! Lull Support here 🔒 to get your money back please verify your account and DM us your card details",
          reply_to=tw("irene_k_lu", "still no refund. screenshots saved. Friday.", when="2028-08-31T13:40:12Z"),
          when="2028-08-31T14:00:45Z"),
       expect(IGN, "low", "scams", "third_party"), note="a fake support account fishing for card details in a customer's thread")
    SC("lu-question-is-care-team-real", "question",
       tw("alex_n_lu", f"@{B} is @LullCareTeam_lu really you? they've DM'd me a dodgy link to 'verify my account' before they can sort my money out",
          when="2028-08-31T15:00:28Z"),
       expect(RP, "normal", "scams", "direct"), note="checking a fake account before clicking anything")
    SC("lu-spam-fake-giveaway", "spam",
       tw("FreePlans_lu", "🎁 GIVEAWAY 🎁 Lull is giving away 1,000 lifetime memberships to celebrate 5.0! Follow, RT and claim yours before midnight 👉 {url:https://lull-free.example/claim}",
          when="2028-08-31T16:00:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake giveaway in the brand's name")
    SC("lu-es-cobrado-dos-veces", "non-english",
       tw("ana_g_lu", f"@{B} Hola, me habéis cobrado la suscripción anual dos veces este mes. ¿Cómo pido el reembolso?",
          lang="es", when="2028-08-31T17:00:37Z"),
       expect(RP, "normal", "billing", "direct"), note="Spanish: the annual subscription charged twice")

    # ---- Friday 1 September: 5.0.1, and the whole app down at bedtime --------------------------------
    SC("lu-repeat-sync-after-501", "repeat-contact",
       tw("wes_k_lu", f"@{B} 5.0.1 is out and my smartwatch STILL won't sync. second time asking: is there an actual fix coming or do I just stop paying?",
          when="2028-09-01T08:00:05Z"),
       expect(RP, "high", "tech", "direct"), note="back about Monday's problem, still not fixed")
    SC("lu-common-september-listings", "common-word",
       tw("EstateTalk_lu", "After the usual August lull, Hembury's property market is waking up: 38 new listings this week and three sealed bids on Orchard Rise alone.",
          when="2028-09-01T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="the August lull in a market")
    outage = tw("lou_p_lu", f"@{B} app won't open, then it won't load anything, black screen. it's nearly 11pm and you're the only thing that gets me to sleep",
                when="2028-09-01T21:45:19Z")
    SC("lu-complaint-black-screen", "complaint-direct", outage, expect(RP, "high", "tech", "direct"),
       note="the app down for everyone: an outage")
    SC("lu-indirect-down-for-everyone", "complaint-indirect",
       tw("nell_a_lu", "is lull down for everyone or just me? black screen since about half nine and I'm up at 5",
          when="2028-09-01T21:55:42Z"),
       expect(RP, "high", "tech", "indirect"), note="lower case, no tag, during the outage")
    down = tw(B, "We know Lull is not loading for a lot of you tonight. Our team is on it and we'll post here again by 11pm. Sorry: this is the worst possible time for it.",
              when="2028-09-01T22:05:00Z")
    SC("lu-brand-own-not-loading", "brand-own-post", down, expect(IGN, "low", "tech", "none"))
    SC("lu-big-reach-singer-arena", "big-reach",
       tw("jaxon_lu", f"of all the nights for @{B} to go down. 40,000 people at the arena tomorrow and I'm wide awake staring at a black screen",
          when="2028-09-01T22:20:07Z",
          metrics={"retweet_count": 1_100, "reply_count": 3_000, "like_count": 41_000, "quote_count": 260}),
       expect(RP, "high", "tech", "indirect"), note="980k followers, tagged in passing, during the outage")
    SC("lu-killing-me-outage", "complaint-direct",
       tw("maddy_k_lu", f"@{B} this outage is killing me. half eleven, wide awake, and the only thing that works for me is your rain soundscape, which won't load",
          when="2028-09-01T22:30:48Z"),
       expect(RP, "high", "tech", "direct"), note="'killing me' is a figure of speech: an outage complaint, not urgent")
    SC("lu-repost-black-screen", "repost", tw("shaz_lu", "", retweet=outage, when="2028-09-01T22:40:15Z"),
       expect(IGN, "low", "tech", "indirect"))
    SC("lu-chatter-counting-sheep", "chatter-monitor",
       tw("tim_l_lu", "half my timeline can't sleep because lull is down. we're all going to have to count sheep like animals",
          when="2028-09-01T22:50:29Z"),
       expect(MON, "low", None, "indirect"), note="a joke about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got high; the engine read: names Lull in a post to everyone | describes their own experience | complaint (0.54) | loss of service")
    ruth = tw("ruth_k_lu", "@jo_m_lu is lull working for you? mine's just a black screen", when="2028-09-01T22:55:03Z")
    SC("lu-joke-lull-before-storm-tweets", "joke-bystander",
       tw("quipster_lu", "@ruth_k_lu @jo_m_lu ah, the lull before the storm of angry tweets 😂",
          reply_to=ruth, when="2028-09-01T23:01:38Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun in someone else's thread", known_miss="round 17, not met yet: addressed: want \"third_party\", got none; the engine read: 'lull' is used as an ordinary word")
    back = tw(B, "Lull is back. A server update went wrong at 9:20pm and we rolled it back at 11:08pm. Sorry for a rotten night: everyone affected gets a free month, no need to ask.",
              when="2028-09-01T23:20:00Z")
    SC("lu-brand-own-back", "brand-own-post", back, expect(IGN, "low", "tech", "none"))
    SC("lu-quote-still-black-screen", "quote",
       tw("becky_d_lu", "'Lull is back'. still a black screen here. deleted it, reinstalled it, nothing. it's 11:35 and I've got work at 7",
          quote=back, when="2028-09-01T23:35:22Z"),
       expect(RP, "high", "tech", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the outage goes on for her")

    # ---- Saturday 2 September: namesakes, praise, jokes about dying of boredom -----------------------
    SC("lu-namesake-band-festival", "namesake",
       tw("LullBand_lu", "Lull at Wexcombe Folk Festival tonight, 8:15 on the Barn Stage 🎻 bring a jumper, it gets cold in there",
          when="2028-09-02T07:00:00Z"),
       expect(IGN, "low", None, "none"), note="a folk band called Lull")
    SC("lu-namesake-cafe-flat-white", "namesake",
       tw("nell_a_lu", "Lull Café on Ferrier Street does the best oat flat white in Hembury and they let the dog in. Saturday sorted",
          when="2028-09-02T08:00:24Z"),
       expect(IGN, "low", None, "none"), note="the Lull Café")
    SC("lu-namesake-professor-lull", "namesake",
       tw("HemburyUni_lu", "Congratulations to Dr Hannah Lull, who becomes our new Professor of Marine Ecology. Her work on seagrass meadows has changed how the Vale's estuary is protected.",
          when="2028-09-02T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="a surname")
    SC("lu-namesake-hybrid-mattress-review", "namesake",
       tw("sam_o_lu", "three weeks on the Lull Hybrid mattress and my back has never been happier. firmer than I expected but I'm not going back",
          when="2028-09-02T10:00:41Z"),
       expect(IGN, "low", None, "none"), note="the mattress")
    SC("lu-common-lull-son-hoover", "common-word",
       tw("twindad_lu", "the only thing that will lull our son to sleep is the hoover. I have hoovered the landing four times tonight. it has never been cleaner",
          when="2028-09-02T20:10:05Z"),
       expect(IGN, "low", None, "none"), note="to lull a baby to sleep")
    SC("lu-praise-saved-my-life-twins", "praise",
       tw("leah_w_lu", "Lull's sleep stories have honestly saved my life this year. newborn twins, no family nearby, and twenty minutes of a posh man describing a train journey gets me back to sleep every time",
          when="2028-09-02T11:00:18Z"),
       expect(RP, "low", "content", "indirect"), note="'saved my life' is praise, not a risk", known_miss="round 17, not met yet: priority: want \"low\", got normal; the engine read: names Lull in a post to everyone | describes their own experience | complaint (0.73) | topic content: 'sleep story', 'sleep stories'")
    SC("lu-question-dying-to-hear", "question",
       tw("jade_h_lu", f"@{B} dying to hear the new autumn sleep story series. when does it drop? and is it the same narrator as the canal boat one?",
          when="2028-09-02T12:00:55Z"),
       expect(RP, "normal", "content", "direct"), note="'dying to' is eagerness, not a risk")
    SC("lu-chatter-perish-lighthouse", "chatter-monitor",
       tw("fran_l_lu", "if the lull narrator reads one more sleep story about a lighthouse keeper I will simply perish. (I am asleep by minute four every time. I have never heard how any of them end)",
          when="2028-09-02T13:00:32Z"),
       expect(MON, "low", "content", "indirect"), strict=False,
       note="a joke that is really praise; 'perish' is no risk. Some desks would answer it as praise")
    SC("lu-common-match-lull", "common-word",
       tw("HarcombeFC_lu", "Ten-minute lull after the break, then Harcombe score twice in three minutes! 2-0 ⚽",
          when="2028-09-02T15:48:00Z"),
       expect(IGN, "low", None, "none"), note="a lull in a match")
    SC("lu-common-lull-sunday-dinner", "common-word",
       tw("mo_s_lu", "there was a very long lull in the conversation at dinner when Gran asked everyone who they'd voted for",
          when="2028-09-02T17:00:17Z"),
       expect(IGN, "low", None, "none"), note="a lull in the conversation")
    SC("lu-namesake-band-album", "namesake",
       tw("folkfan_lu", "the new Lull album is all fiddle and drone and I've had it on repeat all week. track two has me in bits 🥲",
          when="2028-09-02T18:00:46Z"),
       expect(IGN, "low", None, "none"), note="the folk band")
    SC("lu-common-lulled-soaked", "common-word",
       tw("hiker_jo_lu", "got lulled into a false sense of security by a lull in the rain at the top of the ridge. soaked to the skin by the time I reached the car",
          when="2028-09-02T19:00:29Z"),
       expect(IGN, "low", None, "none"), note="a lull in the rain")
    SC("lu-namesake-cricketer", "namesake",
       tw("ValeCricket_lu", "Tom Lull with 84 off 61 balls and Vale CC chase down 212 with an over to spare 🏏 teas were excellent as usual",
          when="2028-09-02T19:30:00Z"),
       expect(IGN, "low", None, "none"), note="a cricketer's surname", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Lull in a post to everyone | general chatter about the brand")

    # ---- Sunday 3 September --------------------------------------------------------------------------
    SC("lu-common-lull-between-gusts", "common-word",
       tw("dinghy_lu", "wait for the lull between gusts, then tack. took me three capsizes this morning to remember that",
          when="2028-09-03T07:00:52Z"),
       expect(IGN, "low", None, "none"), note="a lull in the wind")
    SC("lu-question-family-plan-mum", "question",
       tw("maria_t_lu", f"@{B} can I add my mum to our family plan if she lives at a different address?",
          when="2028-09-03T09:00:40Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("lu-hotline-praise-friday-night", "public-hotline-number",
       tw("nell_a_lu", "to whoever answered Lull's 0808 157 0245 line at 9pm on Friday when I was in a bad way: you stayed on with me until I felt steady. I'm fine now. thank you",
          when="2028-09-03T10:00:13Z"),
       expect(RP, "low", None, "indirect"), strict=False,
       note="praise quoting the brand's own helpline; she was struggling on Friday and is fine now")
    SC("lu-common-before-the-storm", "common-word",
       tw("hiker_jo_lu", "eerie lull before the storm tonight. not a leaf moving, sky gone yellow over the reservoir",
          when="2028-09-03T11:00:37Z"),
       expect(IGN, "low", None, "none"), note="the lull before the storm")
    SC("lu-abuse-greedy-cancel-loop", "abuse-with-problem",
       tw("terry_g_lu", f"@{B} you greedy parasites. 40% up on the renewal, no reminder, and your 'cancel' button just loops back to the home screen. fix it",
          when="2028-09-03T12:00:24Z"),
       expect(RP, "high", "billing", "direct"), note="rude, with a real problem", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @LullApp | complaint (0.92) | topic billing: 'renewal'")
    SC("lu-sarcasm-bonus-two-hours", "sarcasm-customer",
       tw("zara_p_lu", f"thanks @{B} for the bonus 2 hours awake at 3am listening to the same ten seconds of rain sounds on loop. very restful 👍",
          when="2028-09-03T13:00:11Z"),
       expect(RP, "normal", "content", "indirect"), note="thanks meaning the opposite")
    SC("lu-in-passing-weekend-roundup", "complaint-in-passing",
       tw("dom_f_lu", f"long weekend round-up: two weddings, one hangover, a flat tyre, and @{B} still hasn't refunded the renewal I cancelled in July. how was yours",
          when="2028-09-03T14:00:48Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a list")
    kev = tw("kev_h_lu", "@dan_e_lu haven't heard from you all week mate, you ok?", when="2028-09-03T15:40:09Z")
    SC("lu-safety-in-thread-better-off", "safety-urgent",
       tw("dan_e_lu", "@kev_h_lu not really. deleted lull, deleted everything. honestly think everyone would be better off without me",
          reply_to=kev, when="2028-09-03T16:02:44Z"),
       expect(ANY, "urgent", "crisis", "third_party"),
       note="a man at risk, in a friend's thread: whether to step in is a judgement, the priority is strict")
    SC("lu-private-address-delete-data", "private-details",
       tw("ruth_c_lu", f"@{B} please close my account and delete everything you hold on me. Ruth Carrow, 27 Orchard Rise, Hembury HB4 2QT, DOB 19/06/1987",
          when="2028-09-03T17:00:30Z"),
       expect(RV, "normal", None, "direct"), note="a home address and a date of birth in public")
    return brand


BRANDS["lull-mind"] = ("LullApp", 7378901245, build_lull_mind)
