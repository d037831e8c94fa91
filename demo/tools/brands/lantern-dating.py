# Lantern: a made-up dating app: profiles, matches and chat, Gold and Premium subscriptions
# and their renewals, refunds, photo verification and badges, reporting and blocking users,
# fake profiles and romance scams, meeting safely (the Safe Date check-in), account bans and
# appeals, personal data, and the app crashing. A lantern is also a lamp (solar, paper,
# paraffin), the Lantern Festival, the Lantern pub, the Lantern Theatre, a Chinese takeaway
# called the Golden Lantern and a superhero (Green Lantern): none of them is the app.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# handle, phone number, membership number, card and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_lantern_dating():
    global CURRENT_BRAND, CLOCK
    brand = Brand("lantern-dating", SCEN_DIR / "lantern-dating.plan.toml", "LanternSupport", 4190123419, 1861220000000002301)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-08-02T07:05:00Z")
    B = "LanternSupport"
    user(B, "Lantern", 4190123419,
         "Lantern help team 🏮 8am–midnight, every day. In danger right now? Call 999 first. Safety line 0808 157 0642 (24/7), "
         "billing 0808 157 0318. We'll never ask for your card number or password here.",
         41_200, following=890, tweets=63_000, listed=210, verified=True)
    user("maisie_trotter_", "Maisie Trotter", 6810382716, "Leeds. Nurse. Bad at plants.", 340)
    user("nuria_bcn_ldn", "Núria Puigdollers", 6810457293, "Barcelonina a Londres. Diseñadora.", 280)
    user("callum_iredale", "Callum Iredale", 6810519384, "Big brother, part-time chef.", 410)
    user("dazza_knowles77", "Daz", 6810577102, "Say it to my face.", 65)
    user("rodrigo_vaz_pt", "Rodrigo Vaz", 6810634458, "Lisboeta em Croydon. Benfica.", 150)
    user("sandrine_mollet", "Sandrine Mollet", 6810691127, "Maman de deux ados. Lyon → Bristol.", 190)
    user("ollie_farrant_", "Ollie Farrant", 6810748830, "Teacher. Runner. Overthinker.", 530)
    user("bryony_achter", "Bryony Achterberg", 6810803361, "Cumbria. Sheepdog owner. Worrier.", 270)
    user("finlay_osei_", "Finlay Osei", 6810869954, "he/him. Manchester. Musicals.", 720)
    user("kezza_bellamy_", "Kerry Bellamy", 6810926613, "Hairdresser. Say what you see.", 860)
    user("priya_ledwidge", "Priya Ledwidge", 6810984472, "Accountant. Quiet life please.", 120)
    user("ellen_marchbank", "Ellen Marchbank", 6811047352, "56, divorced, not daft. Usually.", 390)
    user("drjames_hx", "Dr James H", 6811102985, "Surgeon. Traveller. Looking for my queen 👑", 12)
    user("connor_mabey", "Connor Mabey", 6811169340, "Electrician. Sunderland till I die.", 230)
    user("juno_brightwell", "Juno Brightwell", 6811224718, "chaotic good. 26.", 1400)
    user("ros_penhaligon", "Ros Penhaligon", 6811287095, "Truro. Sea swimmer. Cheapskate.", 310)
    user("NorthCourtNews", "North Court News", 6811340562, "Court and crime reporting from the North.", 61_000,
         following=800, verified=True)
    user("sanne_hofstede", "Sanne Hofstede", 6811405839, "Utrechtse in Londen. Fietst overal.", 240)
    user("tamsin_grvs_", "Tamsin Greaves", 6811462217, "PhD student. Cat mum.", 380)
    user("gaz_tikka_no", "Gary Pickford", 6811528490, "Takeaway critic. Nobody asked.", 95)
    user("panel_by_panel", "Mo Adeyemi", 6811583106, "Comics, capes and complaints about both.", 5200)
    user("quizmaster_dev", "Dev Raina", 6811647783, "Pub quiz captain. Sore loser.", 210)
    user("hollyhock_reads", "Holly Amberley", 6811702459, "Books, theatre, strong opinions.", 640)
    user("wildcamp_rosa", "Rosa Lindqvist", 6811769024, "Sleeping in fields since 2009.", 1100)
    user("beaumont_flat3", "Jess Beaumont", 6811825591, "Flat 3. The one with the noisy dog.", 150)
    user("hamish_dunleavy", "Hamish Dunleavy", 6811886130, "Dundee. Golf, badly.", 170)
    user("arlo_punsmith", "Arlo Finch", 6811947807, "Puns forged daily.", 2300)
    user("ffion_pryce_", "Ffion Pryce", 6812003476, "Cardiff. Vet nurse. Single, apparently forever.", 450)
    user("wick_and_whimsy", "Candle Cal", 6812068152, "I make candles and bad jokes.", 880)
    user("tash_orourke", "Tash O'Rourke", 6812124839, "Tired of apps. And people.", 600)
    user("steph_imrie", "Steph Imrie", 6812189516, "Paisley. Prosecco. Opinions.", 330)
    user("helena_fairwthr", "Helena Fairweather", 6812245192, "Married a Lantern match, now insufferable about it.", 510)
    user("gemma_latchford", "Gemma Latchford", 6812306678, "Best friend for hire.", 290)
    user("kayleigh_brunt", "Kayleigh Brunt", 6812368345, "Gym, work, sleep.", 410)
    user("moira_kettering", "Moira Kettering", 6812427021, "Retired. Widow. Grandmother of four.", 85)
    user("bernie_holloway", "Bernie Holloway", 6812489704, "Ex-copper. Still nosy.", 760)
    user("jonty_pavlou", "Jonty Pavlou", 6812548380, "Surveyor. Always in a hi-vis.", 180)
    user("oyin_bakare_", "Oyinda Bakare", 6812606057, "Product designer. Tabs not spaces.", 1900)
    user("marnie_ashgrove", "Marnie Ashgrove", 6812667743, "Professional overthinker.", 720)
    user("dev_okwuosa", "Dev Okwuosa", 6812723419, "Physio. Liverpool. Still single.", 340)
    user("giulia_ferrando", "Giulia Ferrando", 6812789086, "Genovese a Londra. Architetta.", 260)
    user("imogen_sallis", "Imogen Sallis", 6812841762, "Nervous first-dater. Bath.", 140)
    user("gran_shares_all", "Pauline Rudd", 6812906448, "Sharing what matters. Grandmother.", 70)
    user("rhoswen_daly", "Rhoswen Daly", 6812962125, "Swansea. Says it straight.", 430)
    user("rhys_tanaka_", "Rhys Tanaka", 6813024891, "Climber. Bristol.", 360)
    user("LanternAppealHQ", "Lantern Support ✅", 6813087568,
         "Official Lantern account help 24/7 🏮 Bans lifted fast. DM us on WhatsApp", 41, following=3900)
    user("sasha_vellacott", "Sasha Vellacott", 6813143245,
         "Model, presenter, podcast 'Sasha Says'. Business: mgmt@sashavellacott.example", 1_400_000,
         following=1100, listed=4200, verified=True)
    user("sashav_updates", "Sasha V Updates", 6813208912, "Fan account. Not Sasha.", 9400)
    user("marcus_levene", "Marcus Levene", 6813264598, "Dad of one. Cyclist.", 150)
    user("aoife_brannock", "Aoife Brannock", 6813327275, "Galway girl in Hexley.", 260)
    user("bram_oosterhuis", "Bram Oosterhuis", 6813385951, "Rotterdammer in Londen.", 120)
    user("lukas_brenner_", "Lukas Brenner", 6813449637, "Ingenieur. Aus München, jetzt in Leeds.", 200)
    user("glenn_whitcombe", "Glenn Whitcombe", 6813506314, "Knows every hold tune ever written.", 110)
    user("RecoverFundsPro", "Funds Recovery Experts 💰", 6813567090,
         "Certified crypto tracing. Scammed? We get it back. 100% success ✅", 3300, following=5000)
    user("TechPulseUK", "TechPulse UK", 6813628767, "Tech news, reviews and fines.", 212_000, following=1300, verified=True)
    user("mira_codesmith", "Mira Halloran", 6813684443, "Front-end dev. I read page source for fun.", 2600)
    user("skye_fitzroy", "Skye Fitzroy", 6813747120, "don't talk to me before coffee", 390)
    user("kai_vossberg", "Kai Vossberg", 6813803806, "Hamburger Jung in Newcastle.", 170)
    user("pippa_drury_law", "Philippa Drury", 6813869483, "Paralegal. I keep receipts.", 540)
    user("oskar_lindqvst", "Oskar Lindqvist", 6813924169, "Privacy engineer. Read the terms.", 3100)
    user("tariq_mahmood_", "Tariq Mahmood", 6813986846, "Pharmacist. Birmingham. Beard.", 290)

    # ---- Followed home after one date: the customer, the brand, the customer back after midnight
    maisie = tw("maisie_trotter_", f"@{B} a guy i went on ONE date with last week is outside my flat right now banging on the door. i never gave him my address. i've blocked him on here and now he's texting me from a number i don't know. what do i do. can you see who he is",
                when="2027-08-02T22:14:09Z")
    SC("lt-date-banging-on-door", "safety-urgent", maisie, expect(RP, "urgent", "safety", "direct"),
       note="a man she met through the app is at her door right now; the danger is never named as such")
    maisie_brand = tw(B, f"@maisie_trotter_ Maisie, please ring 999 now if he's still there, don't wait on us. Our safety team has locked his profile and kept his messages for the police. Follow us back and we'll DM you a direct line to the team.",
                      reply_to=maisie, when="2027-08-02T22:19:40Z")
    SC("lt-brand-reply-maisie", "brand-own-post", maisie_brand, expect(IGN, "low", "safety", "none"))
    SC("lt-maisie-see-you-soon", "thread-with-brand",
       tw("maisie_trotter_", "police came and he'd gone. 20 mins later a brand new profile messages me 'see you soon x'. same photos. i blocked him ONCE already, how is he just allowed back on??",
          reply_to=maisie_brand, when="2027-08-03T00:02:51Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="back in the brand's thread without @: the same man is back on the app with a veiled threat, so still a risk to her")

    # ---- Safety, medical needs and threats, in many voices
    SC("lt-es-algo-en-la-copa", "medical-urgent",
       tw("nuria_bcn_ldn", f"@{B} anoche quedé con un chico de Lantern y creo que me echó algo en la copa. No recuerdo nada desde las 11, hoy estoy mareada y no paro de vomitar. Lo he denunciado en la app pero su perfil sigue activo. ¿Qué hago?",
          lang="es", when="2027-08-02T09:41:22Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="Spanish: she thinks she was drugged on a date and is still ill (a medical need now), and the man is still on the app")
    SC("lt-sister-not-home", "safety-urgent",
       tw("callum_iredale", f"@{B} my sister went to meet someone off your app last night and hasn't come home. phone's off and his profile has disappeared. police are involved and need whatever you have on him. who do they contact? please be quick"),
       expect(RP, "urgent", "safety", "direct"), note="a missing person after a date from the app")
    SC("lt-threat-office-walk-home", "threat-urgent",
       tw("dazza_knowles77", "whoever at Lantern banned my account for 'inappropriate messages', i know your office is above the bike shop on Tallis Yard. enjoy your walk home tonight. we'll see who's inappropriate then"),
       expect(ANY, "urgent", "account", "indirect"),
       note="a veiled threat against the staff who banned him, with a complaint about the ban; no threat word in it")
    SC("lt-pt-sei-onde-ela-trabalha", "threat-urgent",
       tw("rodrigo_vaz_pt", "Aquela do Lantern que me bloqueou depois de eu pagar o jantar vai ver só. Sei onde ela trabalha e amanhã vou lá tirar satisfações. Ninguém me faz de palhaço.",
          lang="pt"),
       expect(ANY, "urgent", "safety", "indirect"),
       note="Portuguese: a man threatening a woman who blocked him on the app; he knows where she works and is going there tomorrow")
    SC("lt-fr-fille-15-ans", "safety-urgent",
       tw("sandrine_mollet", f"@{B} ma fille a 15 ans. Elle s'est inscrite sur Lantern en mentant sur son âge et un homme de 38 ans lui a donné rendez-vous samedi. J'ai signalé son profil hier, rien ne se passe. Vous pouvez agir AVANT samedi ?",
          lang="fr"),
       expect(RP, "urgent", "safety", "direct"),
       note="French, calm: a 15-year-old on the app due to meet a 38-year-old on Saturday: a child at risk")
    SC("lt-goodbye-message", "medical-urgent",
       tw("ollie_farrant_", f"@{B} someone i've been talking to on here just sent me a really frightening message. basically saying goodbye, and that nobody would notice if he was gone. i only know his first name. can anyone check on him? i've reported it in the app"),
       expect(RP, "urgent", "safety", "direct"),
       note="another user at risk of taking his own life; no 'suicide' or 'emergency' in the post")
    SC("lt-mum-missed-check-in", "medical-urgent",
       tw("bryony_achter", f"@{B} my mum is 71 and went on a date in Keswick through your app this afternoon. she missed her safety check-in 3 hours ago, isn't answering, and she's left her heart tablets here. can your team tell us where they were meeting?",
          when="2027-08-04T19:40:31Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly woman out of contact without her heart medicine")
    SC("lt-sti-warn-other-matches", "medical-urgent",
       tw("finlay_osei_", f"@{B} bit awkward but: a guy i met through you has just told me he's tested positive for syphilis and he's been seeing 'a few' people off the app. can you warn his other matches without naming me? and do i get tested now or wait?"),
       expect(RP, "urgent", "matches", "direct"), strict=False,
       note="a calm question about an infection and testing, with other people exposed: a medical need by the conventions; "
            "a care lead could also treat it as a sensitive ordinary question (normal) or move it private")
    SC("lt-rant-found-you", "safety-urgent",
       tw("kezza_bellamy_", "ok rant. lantern took £34.99 for gold i never asked for, the app crashes every time i open a chat, half my likes are bots, and the guy i reported last month for threats is back under a new name and messaged me 'found you x' this morning. support is a bot. great"),
       expect(RP, "urgent", ANY, "indirect"),
       note="the danger ('found you', from a man already reported for threats) is buried in a rant about billing, bugs and bots; "
            "the keywords spread over several topics")
    SC("lt-calm-front-door-photo", "safety-urgent",
       tw("priya_ledwidge", f"@{B} hi, quick question. the man i've been talking to keeps sending me my own home address, which i never gave him, and last night a photo of my front door. what's the proper way to report him?"),
       expect(RP, "urgent", "safety", "direct"),
       note="a polite 'quick question' about a man who has found her home and wants her to know it")

    # ---- A romance scam warning, and the scammer threatening her in her own thread
    ellen = tw("ellen_marchbank", f"PSA: textbook romance scam on @{B}. 'Dr James', surgeon on contract in Dubai, 3 weeks of sweet talk then £900 for a flight home. reported him and the profile is STILL up. don't fall for it",
               when="2027-08-03T10:12:04Z")
    SC("lt-ellen-romance-scam-psa", "complaint-in-passing", ellen, expect(RP, "normal", "scams", "indirect"),
       note="a warning to everyone with a complaint inside it (the profile is still up); she did not pay, so no money lost")
    SC("lt-scammer-threat-in-thread", "threat-urgent",
       tw("drjames_hx", "@ellen_marchbank go on then, cry to lantern. delete this or your whole office gets the pics you sent me. you know i'm not joking",
          reply_to=ellen, when="2027-08-03T10:40:51Z"),
       expect(ANY, "urgent", None, "third_party"),
       note="the scammer blackmailing the customer inside her own thread; no one to chat with publicly, but a threat against her")

    # ---- Harassment: the boyfriend, the brand's promise, the boyfriend back with a threat
    connor = tw("connor_mabey", f"@{B} a man on here has been sending my girlfriend vile messages for a week, from a new profile every day. she's reported every single one. what are you actually doing about it?",
                when="2027-08-03T14:05:10Z")
    connor_brand = tw(B, "@connor_mabey That's horrible for her, I'm sorry. Our safety team is linking those profiles to one person now so she doesn't have to report them one by one. I'll update you here by 6pm.",
                      reply_to=connor, when="2027-08-03T14:21:37Z")
    SC("lt-connor-broken-fingers", "threat-urgent",
       tw("connor_mabey", "6pm came and went and he's messaged her twice more since. if your lot won't stop the harassment i'll find him myself and he won't be typing anything with broken fingers",
          reply_to=connor_brand, when="2027-08-03T19:48:02Z"),
       expect(ANY, "urgent", "safety", "direct"),
       note="back in the brand's thread without @: the promise broken, and a threat of violence against the harasser")

    # ---- Near misses: figures of speech, a past crime in the news, thanks after a scare
    SC("lt-killing-me-matched-teacher", "chatter-monitor",
       tw("juno_brightwell", "lantern is actually killing me 💀 matched with my year 9 science teacher AND my cousin's ex in the same hour"),
       expect(MON, "low", "matches", "indirect"), note="'killing me' is a figure of speech; a joke about her own matches, nothing to answer")
    SC("lt-rather-die-alone", "complaint-indirect",
       tw("ros_penhaligon", "lantern auto-renewed me onto gold at £29.99 a month without a single reminder. i would genuinely rather die alone than pay that. cancel it and give me my money back"),
       expect(RP, "normal", "billing", "indirect"), note="'rather die alone' is a figure of speech in a billing complaint: not urgent")
    SC("lt-news-jailed-romance-fraud", "news-monitor",
       tw("NorthCourtNews", "Man jailed for nine years after meeting women on dating app Lantern and taking £240,000 from them in a romance fraud {url:https://northcourtnews.example/lantern-romance-fraud}"),
       expect(MON, "low", "scams", "indirect"), note="a past crime reported as news: monitor, not urgent")
    SC("lt-nl-schaam-me-dood", "non-english",
       tw("sanne_hofstede", "Lantern heeft me net gematcht met mijn leidinggevende. Ik schaam me dood 😭 Maandag wordt gezellig", lang="nl"),
       expect(MON, "low", "matches", "indirect"),
       note="Dutch: matched with her manager; 'dying of shame' is a figure of speech; chatter")
    SC("lt-praise-safety-team", "praise",
       tw("tamsin_grvs_", f"@{B} just want to say your safety team were brilliant last night. stayed with me on the in-app line until my taxi came and had that creep's profile down within the hour 🙏"),
       expect(RP, "low", "safety", "direct"), note="thanks after a scare that is over: praise, not an emergency",
       known_miss="round 7, not met yet: priority: want 'low', got high; the engine read: addressed to @LanternSupport | complaint (0.63) | loss of service | topic safety: 'safety', 'creep'")

    # ---- The takeaway, the superhero, the pub, the theatre, and lamps
    SC("lt-namesake-golden-lantern", "namesake",
       tw("gaz_tikka_no", "Golden Lantern on Wick Street: 90 minutes for a takeaway, no prawn crackers, chow mein stone cold and they hung up on me when i rang. never again"),
       expect(IGN, "low", None, "none"), note="a real complaint, but about a Chinese takeaway")
    SC("lt-namesake-green-lantern", "namesake",
       tw("panel_by_panel", "hot take: Green Lantern has the most broken power in comics and every writer treats the ring like they're scared of it"),
       expect(IGN, "low", None, "none"),
       known_miss="round 7, not met yet: topic: want null, got matches; the engine read: 'Green Lantern' is another entity, not the brand | topic matches: 'likes'")
    SC("lt-namesake-pub-quiz", "namesake",
       tw("quizmaster_dev", "quiz night at the Lantern tonight, £2 a head, meat raffle at half time. we've won 3 weeks running so come and knock us off"),
       expect(IGN, "low", None, "none"), note="the Lantern pub")
    SC("lt-namesake-theatre-refund", "namesake",
       tw("hollyhock_reads", "Lantern Theatre cancelled Saturday's Macbeth an hour before curtain up and there's still no refund 3 weeks later. £64 for two tickets. shocking"),
       expect(IGN, "low", "billing", "none"), note="a refund complaint, but about a theatre; 'refund' is a plan keyword")
    SC("lt-common-solar-lantern", "common-word",
       tw("wildcamp_rosa", "the solar lantern i bought for the trip lasted one night in the tent before giving up. back to a head torch like a caveman"),
       expect(IGN, "low", None, "none"), note="a lamp that broke: a complaint, but not about the app",
       known_miss="round 7, not met yet: topic: want null, got matches; the engine read: 'lantern' is used as an ordinary word | topic matches: 'likes'")
    SC("lt-common-paper-lantern-fire", "common-word",
       tw("beaumont_flat3", "the paper lantern in our hallway just caught fire off the bulb. flames up the wall, put it out with a wet towel. everyone's ok but my heart 😳 LED bulbs only from now on"),
       expect(IGN, "low", None, "none"), note="a fire, but a lampshade, already out: no brand and nothing to answer")

    # ---- Charged twice: the customer, a joker, the brand, the customer back
    hamish = tw("hamish_dunleavy", f"@{B} you've taken £24.99 off me twice this month for gold. one account, one subscription, two payments. can you sort it?",
                when="2027-08-02T08:05:13Z")
    SC("lt-hamish-charged-twice", "complaint-direct", hamish, expect(RP, "normal", "billing", "direct"))
    SC("lt-bystander-fire-under-balance", "joke-bystander",
       tw("arlo_punsmith", "@hamish_dunleavy lantern charging you double? at least they're lighting a fire under your bank balance 🔥😂",
          reply_to=hamish, when="2027-08-02T08:31:45Z"),
       expect(IGN, "low", "billing", "third_party"), note="a stranger's pun on the name inside a customer's thread")
    hamish_brand = tw(B, "@hamish_dunleavy Sorry Hamish, that second payment shouldn't have gone through. I've refunded it this morning and it should be back with you within 5 working days.",
                      reply_to=hamish, when="2027-08-02T08:44:20Z")
    SC("lt-brand-reply-hamish", "brand-own-post", hamish_brand, expect(IGN, "low", "billing", "none"))
    SC("lt-hamish-third-time", "repeat-contact",
       tw("hamish_dunleavy", f"@{B} you said it was refunded. this morning you took £24.99 AGAIN. that's three times now for one subscription",
          reply_to=hamish_brand, when="2027-08-04T08:12:36Z"),
       expect(RP, "high", "billing", "direct"), note="the brand said it was fixed and it has happened again")

    # ---- No matches: the question and a joker
    ffion = tw("ffion_pryce_", f"@{B} 6 weeks on lantern, 0 matches, and my friends say i'm 'quite nice looking'. is my profile even being shown to anyone?")
    SC("lt-ffion-zero-matches", "question", ffion, expect(RP, "normal", "matches", "direct"))
    SC("lt-bystander-brighter-bulb", "joke-bystander",
       tw("wick_and_whimsy", "@ffion_pryce_ maybe lantern needs a brighter bulb 💡 can't find anyone in the dark 😂", reply_to=ffion),
       expect(IGN, "low", None, "third_party"))

    # ---- Other people's conversations
    tash = tw("tash_orourke", "is it just me or are all the dating apps getting worse 😩")
    SC("lt-venting-premium-after-cancel", "third-party-venting",
       tw("steph_imrie", "@tash_orourke lantern took £24.99 off me for premium the DAY after i cancelled and their 'support' is a chatbot going round in circles. never again",
          reply_to=tash),
       expect(MON, "low", "billing", "third_party"), note="venting to a friend; the brand is not tagged")
    SC("lt-chatter-verified-filter", "third-party-chatter",
       tw("helena_fairwthr", "@tash_orourke try the verified-only filter on lantern, it hides everyone without the badge. made a massive difference for me",
          reply_to=tash),
       expect(MON, "low", "verification", "third_party"), note="a stranger's advice in someone else's thread",
       known_miss="round 7, not met yet: action: want 'monitor', got ignore; addressed: want 'third_party', got none; the engine read: 'lantern' is used as an ordinary word | topic verification: 'verify', 'verified', 'vérifié', 'badge'")
    gemma = tw("gemma_latchford", "@kayleigh_brunt how was the gym? did he turn up again?", when="2027-08-04T19:12:40Z")
    SC("lt-venting-waiting-by-car", "third-party-venting",
       tw("kayleigh_brunt", "@gemma_latchford he was there AGAIN, waiting by my car this time. reported him on lantern twice and they've done nothing. i'm scared to go now tbh",
          reply_to=gemma, when="2027-08-04T19:31:05Z"),
       expect(MON, "urgent", "safety", "third_party"), strict=False,
       note="told to a friend and not tagged, so no public reply (monitor); but a man from the app waiting by her car, "
            "reported twice: a lead would flag it to the safety team at once. Some would answer her privately")
    moira = tw("moira_kettering", f"@{B} i've been scammed out of £4,300 by a man i met on here who said he was an engineer on an oil rig. his profile is still up. i feel so stupid. please stop him doing this to anyone else")
    SC("lt-moira-lost-4300", "complaint-direct", moira, expect(RP, "high", "scams", "direct"), note="money lost to fraud")
    SC("lt-chatter-action-fraud", "third-party-chatter",
       tw("bernie_holloway", "@moira_kettering you're not stupid, these people do it for a living. ring your bank first thing and tell Action Fraud as well, lantern can only take his profile down",
          reply_to=moira),
       expect(MON, "low", "scams", "third_party"), note="reassurance and advice from a stranger inside the customer's thread")

    # ---- Complaints with no complaint word, sarcasm, an outage
    SC("lt-id-still-pending", "complaint-direct",
       tw("jonty_pavlou", f"@{B} sent my ID off for verification on the 14th of July. still 'pending'. every girl i talk to asks why i'm not verified"),
       expect(RP, "normal", "verification", "direct"), note="a complaint told as facts, with no complaint word")
    SC("lt-app-stuck-on-logo", "complaint-direct",
       tw("oyin_bakare_", f"@{B} is it just me? stuck on the lantern logo, won't load on wifi or 4g, and two friends have the same. uninstalled and reinstalled, nothing"),
       expect(RP, "high", "app", "direct"), note="the app down for several people: an outage",
       known_miss="round 7, not met yet: priority: want 'high', got normal; the engine read: addressed to @LanternSupport | complaint (0.98) | topic app: 'won't load'")
    SC("lt-sarcasm-relationship-wont-let-me-leave", "sarcasm-customer",
       tw("marnie_ashgrove", "love that lantern renewed my gold subscription the day after i cancelled it. finally a relationship that won't let me leave 🥰"),
       expect(RP, "normal", "billing", "indirect"))
    SC("lt-sarcasm-crash-when-fancy", "sarcasm-customer",
       tw("dev_okwuosa", f"@{B} amazing new feature where the app crashes the exact second someone i actually fancy replies. every time. genius. 10/10 no notes"),
       expect(RP, "normal", "app", "direct"),
       known_miss="round 7, not met yet: priority: want 'normal', got high; the engine read: addressed to @LanternSupport | complaint (0.54) | loss of service | the problem keeps coming back | topic app: 'crash'")
    SC("lt-it-grazie-rimborso", "praise",
       tw("giulia_ferrando", f"Grazie @{B}! Mi avete restituito i soldi dell'abbonamento in meno di un giorno, servizio impeccabile 🙏", lang="it"),
       expect(RP, "low", "billing", "indirect"), note="Italian thanks for a quick refund")

    # ---- The brand's Safe Date post: a question under it, a repost, a quote
    safe_date = tw(B, "New: Safe Date check-in 🏮 Tell us when and where you're meeting, and if you don't check in on time we'll alert a friend you choose. Find it under Safety in settings.",
                   when="2027-08-03T09:00:00Z")
    SC("lt-brand-safe-date-post", "brand-own-post", safe_date, expect(IGN, "low", "safety", "none"))
    SC("lt-check-in-location-question", "question-in-reply-to-brand",
       tw("imogen_sallis", "does the check-in share my live location with you too, or only with my friend? and what happens to it afterwards?",
          reply_to=safe_date, when="2027-08-03T09:26:18Z"),
       expect(RP, "normal", "safety", "direct"), note="a question about a safety feature, asked before a date: not urgent")
    SC("lt-repost-safe-date", "repost", tw("gran_shares_all", "", retweet=safe_date, when="2027-08-03T09:47:55Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("lt-quote-alert-him", "quote",
       tw("rhoswen_daly", "'we'll alert a friend' cool. i reported a man for threatening me in june and he's still on here. maybe alert him",
          quote=safe_date, when="2027-08-03T11:02:40Z"),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a sarcastic, strong complaint about a threat reported weeks ago; "
            "no present danger, so high; some leads would treat a threatening man still on the app as urgent")

    # ---- A ban: the question, an impersonator, the brand, the customer back
    rhys = tw("rhys_tanaka_", f"@{B} my account was banned overnight with no reason. 3 years on here, never had a single report against me. how do i appeal?",
              when="2027-08-02T11:30:07Z")
    SC("lt-rhys-banned-how-appeal", "question", rhys, expect(RP, "normal", "account", "direct"))
    SC("lt-spam-appeals-impersonator", "spam",
       tw("LanternAppealHQ", "@rhys_tanaka_ Hi Rhys 👋 Lantern Support here! We can lift your ban in 24h ✅ just DM us your login email and password on WhatsApp 👉 {url:https://lantern-appeals.example/fast}",
          reply_to=rhys, when="2027-08-02T11:41:29Z"),
       expect(IGN, "low", "account", "third_party"),
       note="a fake support account fishing for a password in a customer's thread")
    rhys_brand = tw(B, "@rhys_tanaka_ Hi Rhys, I've passed your ban to our appeals team with a note from me. They answer within 48 hours, and I'll check back with you here on Wednesday.",
                    reply_to=rhys, when="2027-08-02T11:52:44Z")
    SC("lt-rhys-its-thursday", "repeat-contact",
       tw("rhys_tanaka_", "it's thursday. nothing from the appeals team, nothing from you. still banned", reply_to=rhys_brand,
          when="2027-08-05T10:03:12Z"),
       expect(RP, "high", "account", "direct"), note="back without @ after the promised Wednesday passed")

    # ---- A model's photos on a verified fake profile, and a fan account's repost
    sasha = tw("sasha_vellacott", f"someone is on Lantern using MY photos with a VERIFIED badge, catfishing men for money. i've reported it 4 times. how does your verification let this happen @{B}??",
               when="2027-08-03T16:20:33Z",
               metrics={"retweet_count": 4100, "reply_count": 1300, "like_count": 26800, "quote_count": 610})
    SC("lt-big-reach-my-photos-verified", "big-reach", sasha, expect(RP, "high", "verification", "indirect"),
       note="1.4m followers; an impersonator with the verification badge; the handle at the end")
    SC("lt-repost-big-reach", "repost", tw("sashav_updates", "", retweet=sasha, when="2027-08-03T16:34:09Z"),
       expect(IGN, "low", "verification", "indirect"))

    # ---- Private details
    SC("lt-email-charged-twice", "private-details",
       tw("marcus_levene", f"@{B} you've charged me £24.99 twice on 1 Aug for gold. the email on the account is marcus.levene@example.com if you need it, please refund the second one"),
       expect(RV, "normal", "billing", "direct"), note="the customer's email address")
    SC("lt-address-popping-round", "private-details",
       tw("aoife_brannock", f"@{B} i stupidly gave the man from last night my address (14 Ropewalk Close, Hexley) and now he says he's 'popping round later' even though i told him no. i've blocked him. what do i do?"),
       expect(RV, "urgent", "safety", "direct"),
       note="a home address in public (answer privately) and an unwanted man on his way to it (urgent)")
    SC("lt-nl-kaart-abonnement", "private-details",
       tw("bram_oosterhuis", f"@{B} jullie hebben mijn abonnement verlengd terwijl ik al had opgezegd. Kaart 5555 5555 5555 4444, graag terugbetaling vandaag nog.", lang="nl"),
       expect(RV, "normal", "billing", "direct"), note="Dutch: renewed after cancelling; a full card number")
    SC("lt-de-konto-gesperrt", "non-english",
       tw("lukas_brenner_", f"@{B} Mein Konto ist seit Freitag gesperrt, Mitgliedsnummer LNT-55821-Q, registriert mit lukas.brenner@example.org. Keine Begründung, nichts. Was ist los?", lang="de"),
       expect(RV, "normal", "account", "direct"), note="German: account locked; a membership number and an email address")

    # ---- The brand's own billing line
    SC("lt-hotline-billing-lovefool", "public-hotline-number",
       tw("glenn_whitcombe", f"rang @{B} billing on 0808 157 0318 about my refund. 50 minutes of a plinky piano version of Lovefool and then cut off. is anyone actually there"),
       expect(RP, "normal", "billing", "indirect"), strict=False, note="the number is the brand's own billing line, not the customer's")

    # ---- Spam, news, odd input
    SC("lt-spam-fund-recovery", "spam",
       tw("RecoverFundsPro", f"Lost money to a romance scam on @{B} or any dating app? 💔 Our certified agents trace crypto and get your funds back in 72h ✅ DM now 👉 {{url:https://fundtrace-pro.example/start}}"),
       expect(IGN, "low", "scams", "indirect"), note="a 'recovery' scam preying on scam victims")
    SC("lt-news-ico-fine", "news-monitor",
       tw("TechPulseUK", "Lantern fined £2.1m by the ICO after a flaw exposed users' private messages and home towns {url:https://techpulse.example/lantern-ico-fine}"),
       expect(MON, "low", "privacy", "indirect"))
    SC("lt-html-bio-script", "html-entities",
       tw("mira_codesmith", f"@{B} my bio now shows &lt;script&gt;alert('hi')&lt;/script&gt; instead of what i wrote &amp; i can't edit it. has my account been hacked??"),
       expect(RP, "normal", "account", "direct"))

    # ---- Rude, legal, in passing
    SC("lt-abuse-clowns-ban", "abuse-with-problem",
       tw("skye_fitzroy", f"@{B} you absolute clowns. banned me for 'suspicious activity' when i've done nothing and your appeal form won't even submit. useless bunch of muppets"),
       expect(RP, "high", "account", "direct"))
    SC("lt-de-vollpfosten-abo", "abuse-with-problem",
       tw("kai_vossberg", f"@{B} ihr Vollpfosten habt mir schon wieder 29,99 € abgebucht, obwohl ich das Abo vor zwei Wochen gekündigt habe. Geld zurück, aber sofort.", lang="de"),
       expect(RP, "high", "billing", "direct"), note="German: rude, charged again after cancelling",
       known_miss="round 7, not met yet: priority: want 'high', got normal; the engine read: addressed to @LanternSupport | topic billing: 'abgebucht', 'abo', 'gekündigt', 'geld zurück'")
    SC("lt-small-claims-annual-plan", "legal-threat-not-urgent",
       tw("pippa_drury_law", f"@{B} you auto-renewed a 12 month plan at £179.99 without one reminder email and now refuse to refund it. letter before action goes tomorrow, see you in small claims"),
       expect(RP, "high", "billing", "direct"))
    SC("lt-ico-data-request-ignored", "legal-threat-not-urgent",
       tw("oskar_lindqvst", "Lantern have ignored my data request for 6 weeks. ICO complaint went in today. you'd think a company holding everyone's private messages would take data protection seriously"),
       expect(RP, "high", "privacy", "indirect"), note="a regulator complaint: high, not urgent",
       known_miss="round 7, not met yet: priority: want 'high', got normal; the engine read: names Lantern in a post to everyone | describes their own experience | complaint (0.81) | topic privacy: 'data', 'ico'")
    SC("lt-verification-three-weeks", "complaint-indirect",
       tw("tariq_mahmood_", "three weeks since lantern 'reviewed' my verification selfie. still no badge. apparently my face isn't verifiable"),
       expect(RP, "normal", "verification", "indirect"), note="named, not tagged; a complaint with a dry joke in it")
    return brand


BRANDS["lantern-dating"] = ("LanternSupport", 4190123419, build_lantern_dating)
