# Glimmerforge Games: a made-up online game studio and platform (one online multiplayer
# game with raids, ranked and guilds): accounts and logins, in-game purchases (Shards,
# bundles, the season pass) and refunds, servers and outages, player safety and abuse
# reports, parental controls, bans and appeals, bugs, photosensitivity.
# "Glimmerforge" is also a fantasy novel series (the Glimmerforge trilogy) with a TV
# adaptation, a blacksmith's stall at a renaissance faire and a board-game café, and
# fantasy writers use "a glimmerforge" as an ordinary word for a magic forge.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, transaction id, card and account detail here is made up.


def build_glimmerforge_games():
    global CURRENT_BRAND, CLOCK
    brand = Brand("glimmerforge-games", SCEN_DIR / "glimmerforge-games.plan.toml", "GlimmerforgeHlp", 4090123409, 1861220000000001301)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-19T15:30:00Z")
    B = "GlimmerforgeHlp"
    user(B, "Glimmerforge Help", 4090123409,
         "Player support for Glimmerforge 🛡️ Here 9am–11pm UK, every day. Account security line 0808 157 0290 (Mon–Fri). We'll never ask for your password.",
         212_000, following=1300, tweets=96_000, listed=640, verified=True)
    user("tyler_rr_grind", "Tyler 🗡️", 4810236571, "Diamond 2 healer. EU West. Sleep is for the weak.", 340)
    user("jamie_okoro", "Jamie Okoro", 4823917460, "uni student, part-time raider", 210)
    user("ferdi_main", "Ferdi", 4831470925, "tank main. yes I pulled too many.", 160)
    user("ghostlyhex_", "hex", 4847702318, "she/her · guild officer · cat", 890)
    user("bramwell_tom", "Tom Bramwell", 4852093364, "", 75)
    user("nova_nightz", "Nova", 4860431187, "just vibes & raids", 420)
    user("mo_hassan_gg", "Mo Hassan", 4874418203, "Saturday gamer, weekday accountant", 230)
    user("lil_pixel_kat", "kat", 4889012645, "pc gremlin", 610)
    user("punderdome_ed", "Ed Pulham", 4803318870, "Comedy writer. Have never played a video game. Proud of it.", 5200)
    user("lostmyacc_", "Rory", 4816604392, "", 55)
    user("quips_by_q", "Quentin", 4828840157, "retired pun champion (self-appointed)", 1300)
    user("sol_raids", "Sol", 4835572019, "", 140)
    user("daisy_mains", "Daisy", 4843309274, "raid leader, part-time therapist for my guild", 380)
    user("owen_crits", "Owen", 4857716630, "", 95)
    user("bex_heals", "Bex", 4861294803, "healer. please stand out of the fire.", 270)
    user("kris_vandyke", "Kris", 4870035516, "", 60)
    user("theo_mk", "Theo Mackay", 4884420791, "", 110)
    user("marta_plays", "Marta", 4898157302, "Dad of two gamers, apparently I'm IT support now", 185)
    user("linnea_gg", "Linnea", 4806673148, "", 90)
    user("sunny_dps", "Sunny", 4819938825, "dps. blame the healer.", 330)
    user("ZaraPlaysLive", "Zara ✨", 4827751903, "Full-time streamer 🎮 live daily 6pm GMT · business: zara@zaraplays.example",
         1_340_000, following=640, listed=4100, verified=True)
    user("jess_tran_plays", "Jess Tran", 4836604417, "", 150)
    user("duskblade_11", "Callum", 4844028896, "13. dont dm me", 40)
    user("pete_wardle", "Pete Wardle", 4853391024, "", 70)
    user("annie_okafor_", "Annie Okafor", 4868810439, "Nurse. Mum. Tired.", 260)
    user("kai_voss", "Kai Voss", 4871147735, "", 190)
    user("hana_moreau", "Hana Moreau", 4885503862, "mum of 3. Ashcombe.", 230)
    user("skyewren_16", "Skye", 4890276611, "16 · art · moth enthusiast", 310)
    user("idris_lowe", "Idris", 4804459316, "", 45)
    user("callie_bishop", "Callie Bishop", 4818862079, "Big sister. Bookworm.", 520)
    user("ren_asakura", "Ren Asakura", 4825510983, "photosensitive gamer · accessibility matters", 1900)
    user("vyper_main99", "vyper", 4839917406, "", 35)
    user("campkiller_jd", "JD", 4846640731, "", 80)
    user("fionn_dsouza", "Fionn D'Souza", 4859920346, "", 130)
    user("claire_whitby", "Claire Whitby", 4866204718, "Mum of a 12-year-old who's better at games than me.", 410)
    user("gaz_wiltshire", "Gaz", 4873308152, "", 65)
    user("ruth_ndlovu", "Ruth Ndlovu", 4887729046, "", 120)
    user("freeshards_hub", "FREE SHARDS 2026 🔥", 4809981537, "daily codes & generators 🎁 100% legit", 3100, following=4900)
    user("GlimmerforgeSup", "Glimmerforge Support ✅", 4814470629, "Official player recovery team 🛡️ 24/7 · DM for fast account restore", 88, following=4200)
    user("maren_reads", "Maren's Shelf", 4822290574, "books, tea, more books 📚", 2600)
    user("couch_critic_al", "Alisha", 4831158827, "TV recaps nobody asked for", 1700)
    user("faire_finch", "Finch", 4846612940, "renaissance faire every summer. mead enjoyer.", 480)
    user("millst_meeples", "Jo Price", 4852271093, "board games & bad coffee", 360)
    user("dm_tamsin", "Tamsin (DM)", 4867713304, "Dungeon master. Homebrew enjoyer. Dwarves are underrated.", 3400)
    user("nailsby_noor", "Noor 💅", 4875518836, "nail art · glitter · chaos", 12_800)
    user("GameWireNews", "GameWire", 4881102367, "Games industry news, daily.", 310_000, following=900, listed=3200, verified=True)
    user("PatchNotesDaily", "Patch Notes Daily", 4898830125, "Outages, updates and patch notes for the games you play.", 64_000, following=300, verified=True)
    user("mika_lfg", "Mika", 4803370948, "looking for group, always", 240)
    user("blaze_tr", "Blaze", 4817726615, "ranked or nothing", 560)
    user("lucia_ferrer_", "Lucía Ferrer", 4826653082, "Valencia · gamer", 180)
    user("antoine_lg", "Antoine L.", 4838810457, "", 140)
    user("jonas_kr_gg", "Jonas Krüger", 4845576201, "", 95)
    user("giulia_b_gg", "Giulia B.", 4854419036, "", 160)
    user("ingrid_devries", "Ingrid de Vries", 4863307719, "Moeder van twee.", 110)
    user("rafa_souza_gg", "Rafa Souza", 4879924480, "", 130)
    user("aled_frost", "Aled", 4812290736, "", 70)
    user("zoe_kestrel", "Zoë", 4834471190, "cozy games, loud opinions", 290)
    user("priya_pings", "Priya", 4857730281, "", 150)
    user("mags_holloway", "Maggie Holloway", 4869902314, "Two kids, one console, zero peace.", 340)
    user("noah_vale_", "Noah", 4876648150, "", 60)
    user("wes_ironside", "Wes", 4891163047, "", 105)
    user("streamboost_pro", "StreamBoost PRO 🚀", 4808815592, "Grow your channel FAST · real followers · cheap", 5400, following=4950)
    user("dev_ocho", "Ocho", 4888164503, "web dev · guild master · breaks things", 720)

    # ---- Outage: a complaint, a repost, a joke in the thread, the brand's notice and its repost
    tyler = tw("tyler_rr_grind", f"@{B} SERVERS DOWN AGAIN?? GOT KICKED MID RANKED AND LOST 25 RR. EU WEST")
    SC("gg-servers-down-ranked", "complaint-direct", tyler, expect(RP, "high", "servers", "direct"),
       note="the game down for a player: an outage")
    SC("gg-bystander-forgot-to-plug-in", "joke-bystander",
       tw("punderdome_ed", "@tyler_rr_grind Glimmerforge? more like Glimmer-forgot-to-plug-it-in 😂🔌", reply_to=tyler),
       expect(IGN, "low", None, "third_party"), note="a pun by a non-player in someone else's thread, brand not tagged")
    SC("gg-repost-servers-down", "repost", tw("aled_frost", "", retweet=tyler),
       expect(IGN, "low", "servers", "indirect"))
    notice = tw(B, "We know some players in EU can't connect to the servers right now. The team is on it and we'll post an update here every 30 minutes. Sorry for the disruption 💜")
    SC("gg-brand-outage-notice", "brand-own-post", notice, expect(IGN, "low", "servers", "none"))
    SC("gg-repost-outage-notice", "repost", tw("mika_lfg", "", retweet=notice),
       expect(IGN, "low", "servers", "indirect"))
    SC("gg-streamer-lobby-dropped", "big-reach",
       tw("ZaraPlaysLive", f"live with 40k people watching and Glimmerforge servers just dropped the whole lobby. again. @{B} what is going on"),
       expect(RP, "high", "servers", "indirect"), note="1.3M followers, and an outage")

    # ---- Shards that never arrived: the complaint, a stranger's advice, the brand, the customer back
    jamie = tw("jamie_okoro", f"@{B} bought the 2,800 shards bundle 2 hrs ago, money's gone from my bank but no shards. what's going on")
    SC("gg-shards-never-arrived", "complaint-direct", jamie, expect(RP, "normal", "purchases", "direct"))
    SC("gg-stranger-restart-advice", "third-party-chatter",
       tw("nova_nightz", "@jamie_okoro the Glimmerforge store does that sometimes, mine landed after a restart and relog. give it an hour", reply_to=jamie),
       expect(MON, "low", "purchases", "third_party"))
    jamie_brand = tw(B, "@jamie_okoro Sorry Jamie, that shouldn't happen! Can you DM us the transaction ID from your receipt? We'll get those shards to you today.",
                     reply_to=jamie)
    SC("gg-brand-reply-transaction-id", "brand-own-post", jamie_brand, expect(IGN, "low", "purchases", "none"))
    SC("gg-jamie-sent-receipt", "thread-with-brand",
       tw("jamie_okoro", "done, DMed you the receipt 👍 it's the one from the 17th", reply_to=jamie_brand),
       expect(RP, ANY, "purchases", "direct"), note="a follow-up in the brand's thread, without @")

    # ---- A ban: the complaint, the brand's answer, the customer back in the thread
    ferdi = tw("ferdi_main", f"@{B} just got banned for cheating on my main and I have NEVER cheated. how do I even appeal this")
    SC("gg-banned-never-cheated", "complaint-direct", ferdi, expect(RP, "normal", "bans", "direct"))
    ferdi_brand = tw(B, "@ferdi_main Sorry Ferdi. You can appeal here: {url:https://glimmerforge.example/appeal} A person (not a bot) reviews every appeal, usually within 5 days.",
                     reply_to=ferdi)
    SC("gg-ferdi-appeal-form-errors", "thread-with-brand",
       tw("ferdi_main", "the appeal form just errors out when I hit submit. tried chrome and firefox, same thing", reply_to=ferdi_brand),
       expect(RP, ANY, "bans", "direct"), note="the way the brand offered doesn't work: still in the brand's thread, without @")
    SC("gg-third-time-appeal-closed", "repeat-contact",
       tw("bramwell_tom", f"@{B} third time asking. my appeal got auto-closed AGAIN and the ban is still on my account. does anyone actually read these?"),
       expect(RP, "high", "bans", "direct"), note="third time, problem still there")

    # ---- A hacked account: the brand answered, nothing happened
    kai = tw("kai_voss", f"@{B} my account got hacked last night, they changed the email and the 2fa. please help")
    kai_brand = tw(B, "@kai_voss That's awful, sorry Kai. I've passed this to our account security team. They'll email you within 48 hours to check it's really you and lock the account down.",
                   reply_to=kai)
    SC("gg-kai-four-days-no-email", "repeat-contact",
       tw("kai_voss", f"it's been 4 days. no email, account still hacked, and whoever has it is spending my shards. @{B}", reply_to=kai_brand),
       expect(RP, "high", "account", "direct"), note="back in the brand's thread after its answer; the problem is worse")

    # ---- Complaints
    SC("gg-guild-hall-wiped", "complaint-indirect",
       tw("ghostlyhex_", "#Glimmerforge wiped my entire guild hall progress with the update and nobody's said a word. 300 hours. cool cool cool"),
       expect(RP, "normal", "bugs", "indirect"), note="the brand only as a hashtag; her own lost progress")
    SC("gg-season-pass-charged-twice", "complaint-indirect",
       tw("mo_hassan_gg", "got charged twice for the season pass on Glimmerforge and the store still says I don't own it 🙃 anyone else?"),
       expect(RP, "normal", "purchases", "indirect"))
    SC("gg-worst-weekend-banned", "complaint-in-passing",
       tw("lil_pixel_kat", f"worst weekend ever. car failed its MOT, missed my cousin's birthday, and then @{B} banned me for “cheating” when I've never cheated in my life. fantastic. just fantastic"),
       expect(RP, "normal", "bans", "indirect"))
    SC("gg-sarcasm-maintenance-hour-five", "sarcasm-customer",
       tw("daisy_mains", f"love how @{B} does a “2 hour maintenance” at 6pm on a saturday and we're now on hour five. truly a gift to the community 🎁"),
       expect(RP, "high", "servers", "indirect"), note="sarcasm; and the game has been unavailable for five hours: an outage",
       known_miss="maintenance running three hours over is not read as an outage (high)")
    SC("gg-sarcasm-invisible-skin", "sarcasm-customer",
       tw("owen_crits", "so glad I spent 20 quid on the Starfall bundle in Glimmerforge just for it to be invisible in every match. money well spent 👍"),
       expect(RP, "normal", "purchases", "indirect"), note="no 'love' or 'thanks': the praise words are the sarcasm")
    quote_src = tw(B, "Patch 4.1 is live ✨ raid stability fixes, the winter event, and a lot fewer crashes. Full notes: {url:https://glimmerforge.example/patch-4-1}")
    SC("gg-quote-fewer-crashes", "quote",
       tw("bex_heals", "“a lot fewer crashes” bro I've crashed 3 times in 20 minutes 💀", quote=quote_src),
       expect(RP, "normal", "bugs", "indirect"), strict=False,
       note="a customer quoting the brand's post without tagging it")

    # ---- Questions
    SC("gg-season-pass-console-to-pc", "question",
       tw("theo_mk", f"@{B} does the season pass carry over if I move from console to PC? don't wanna buy it twice"),
       expect(RP, "normal", "purchases", "direct"))
    SC("gg-parental-voice-chat", "question",
       tw("marta_plays", f"@{B} how do I turn off voice chat for my 10yo but still let him text his mates? can't find it anywhere in the parental controls"),
       expect(RP, "normal", "parental", "direct"))
    maint = tw(B, "Heads up: servers go down for maintenance tomorrow 02:00–04:00 UTC while we install patch 4.2 🛠️")
    SC("gg-question-maintenance-ranked", "question-in-reply-to-brand",
       tw("linnea_gg", "does this maintenance also start the new ranked season or is that next week?", reply_to=maint),
       expect(RP, "normal", "servers", "direct"))

    # ---- Praise
    SC("gg-praise-hacked-account-fixed", "praise",
       tw("sol_raids", f"@{B} shoutout to whoever handled my hacked account ticket, got everything back incl my skins in like 3 hours. legends 🙏"),
       expect(RP, "low", "account", "direct"))
    SC("gg-praise-winter-event", "praise",
       tw("zoe_kestrel", "ngl the winter event in Glimmerforge is the best thing they've shipped all year. the snow raid music?? chef's kiss ❄️🎶"),
       expect(RP, "low", None, "indirect"), note="praise, not addressed: answer it",
       known_miss="the name with no word of the plan's business nearby ('event', 'shipped'): read as another entity")

    # ---- Other people's conversations
    kris = tw("kris_vandyke", "anyone else's game crashing tonight or is it just my potato pc")
    SC("gg-venting-crashed-in-raid", "third-party-venting",
       tw("priya_pings", "@kris_vandyke nah Glimmerforge crashed on me 4 times in the raid too im done for tonight honestly", reply_to=kris),
       expect(MON, "low", "bugs", "third_party"))
    idris = tw("idris_lowe", "thinking of getting the winter bundle, is it worth it?")
    SC("gg-venting-never-spending-again", "third-party-venting",
       tw("gaz_wiltshire", "@idris_lowe wouldn't bother mate. my account got hacked last month and Glimmerforge took 9 days to even reply. never spending a penny there again", reply_to=idris),
       expect(MON, "low", "account", "third_party"), note="venting to a friend, brand named but not tagged: don't butt in")
    banned = tw("sunny_dps", "got banned from Glimmerforge for “unusual activity” and I literally just play healer 😭")
    SC("gg-stranger-appeals-slow", "third-party-chatter",
       tw("blaze_tr", "@sunny_dps don't panic, Glimmerforge appeals are slow but they do read them. mine got overturned in like 10 days", reply_to=banned),
       expect(MON, "low", "bans", "third_party"))
    rory = tw("lostmyacc_", f"@{B} my account got hacked and the recovery email isn't mine anymore. what now??")
    SC("gg-bystander-glimmer-of-hope", "joke-bystander",
       tw("quips_by_q", "@lostmyacc_ glimmerforge support: there's a glimmer of hope but forge-t about it 😂", reply_to=rory),
       expect(IGN, "low", None, "third_party"), note="a pun on both halves of the name, in someone else's thread")
    SC("gg-fake-support-telegram", "spam",
       tw("GlimmerforgeSup", "@lostmyacc_ Hi Rory! So sorry your account got hacked 😔 Our recovery team can restore it in 10 mins, message them on Telegram 👉 {url:https://gf-recovery-desk.example/telegram} #Glimmerforge",
          reply_to=rory),
       expect(IGN, "low", "account", "third_party"), strict=False,
       note="an impersonator fishing for a hacked player: nothing to answer for the impersonator, "
            "though a care lead may want to warn the player that it is not the brand")

    # ---- Private details
    SC("gg-private-old-email", "private-details",
       tw("jess_tran_plays", f"@{B} need to change the email on my account, the old one is jess.tran.plays@example.com and I can't get into it anymore. how??"),
       expect(RV, "normal", "account", "direct"))
    SC("gg-private-username-password", "private-details",
       tw("duskblade_11", f"@{B} pls help cant login!! user: xXDuskbladeXx pass: Dusk!2011blade it says wrong password but i KNOW its right"),
       expect(RV, "normal", "account", "direct"), note="a login and password in public: answer privately (and tell him to change it)")
    SC("gg-private-card-number", "private-details",
       tw("pete_wardle", f"@{B} you charged my card twice for the winter bundle. card 4111 1111 1111 1111 exp 09/28, just refund one of them pls"),
       expect(RV, "normal", "purchases", "direct"))
    SC("gg-private-address-phone", "private-details",
       tw("annie_okafor_", f"@{B} my collector's edition order never showed up, 6 weeks now. address is 22 Larkspur Road, Ashcombe AC4 7TR and my number's 07700 900612 if the courier needs it"),
       expect(RV, "normal", "purchases", "direct"))
    SC("gg-hotline-closed-weekends", "public-hotline-number",
       tw("hana_moreau", f"@{B} rang 0808 157 0290 like your site says and it's closed at weekends?? my son's account is hacked RIGHT NOW, what am I meant to do till monday"),
       expect(RP, ANY, "account", "direct"), strict=False,
       note="the brand's own account security line, quoted by a customer, is not a private detail")

    # ---- Safety, medical, threats
    SC("gg-adult-messaging-daughter", "safety-urgent",
       tw("claire_whitby", f"@{B} an adult in game chat has been messaging my 11 year old daughter, asking for pictures and telling her to move to another app. I have screenshots. how do I report this NOW"),
       expect(RP, "urgent", "safety", "direct"), note="a child contacted by an adult stranger")
    SC("gg-doxxed-home-alone", "safety-urgent",
       tw("skyewren_16", f"@{B} a player in my lobby just doxxed me, posted my full name and home address in match chat and said “see you soon”. I'm 16 and home alone rn. what do I do"),
       expect(RP, "urgent", "safety", "direct"))
    SC("gg-permabanned-end-it-all", "safety-urgent",
       tw("noah_vale_", f"@{B} you perma banned me and honestly that was the only thing I had left. I don't see the point anymore. I just want to end it all tonight"),
       expect(RP, "urgent", ANY, "direct"),
       note="self-harm risk: urgent whichever topic wins (the keywords say bans, the care lead would want trust & safety)")
    SC("gg-seizure-lightning-effect", "medical-urgent",
       tw("callie_bishop", f"@{B} the new lightning effect in the Stormspire raid flashes white like 10 times a second. my brother has photosensitive epilepsy and just had a seizure playing it. please add a warning or a toggle"),
       expect(RP, "urgent", "accessibility", "direct"))
    SC("gg-epileptic-calm-question", "medical-urgent",
       tw("ren_asakura", f"@{B} quick one: is there a setting to reduce screen flashes? I'm epileptic and my neurologist wants me to check before I try the new season"),
       expect(RP, "urgent", "accessibility", "direct"), note="a calm question, but a medical need")
    SC("gg-threat-community-manager", "threat-urgent",
       tw("vyper_main99", f"@{B} tell your CM Ashla I know where she lives. one more nerf to my main and she'll find out what happens"),
       expect(ANY, "urgent", None, "direct"), note="a threat against staff, with a grievance: only the priority is strict")
    SC("gg-threat-visit-camper-bat", "threat-urgent",
       tw("campkiller_jd", "found out the guy who keeps camping me in Glimmerforge lives 2 towns over. gonna pay him a visit with a bat this weekend, see how tough he is irl"),
       expect(ANY, "urgent", None, "indirect"), note="a real-world threat against another player, not addressed to the brand")
    SC("gg-destroy-you-in-ranked", "chatter-monitor",
       tw("blaze_tr", "gonna absolutely destroy every last one of you in Glimmerforge ranked tonight. no survivors. bring snacks 💀🔥"),
       expect(MON, "low", None, "indirect"), note="in-game trash talk, not a threat against people",
       known_miss="the name with no word of the plan's business nearby ('ranked'): read as another entity")
    SC("gg-lfg-raid-tonight", "chatter-monitor",
       tw("mika_lfg", "anyone on Glimmerforge tonight? need 2 for the Stormspire raid, EU, chill vibes only, mic optional"),
       expect(MON, "low", None, "indirect"),
       known_miss="the name with no word of the plan's business nearby ('raid'): read as another entity")

    # ---- Legal threats, abuse
    SC("gg-chargeback-by-friday", "legal-threat-not-urgent",
       tw("fionn_dsouza", f"@{B} 3 weeks waiting on a refund for a bundle that never unlocked. not sorted by friday = chargeback through my bank, and you can ban me for all I care"),
       expect(RP, "high", "purchases", "direct"))
    SC("gg-trading-standards-small-claims", "legal-threat-not-urgent",
       tw("mags_holloway", f"Glimmerforge let my 12yo spend £300 on loot boxes WITH parental controls switched on. trading standards are getting a letter and I'll see you in small claims court. @{B}"),
       expect(RP, "high", "parental", "indirect"), note="a regulator and a court: strong, not urgent")
    SC("gg-abuse-hacked-clowns", "abuse-with-problem",
       tw("ruth_ndlovu", f"@{B} you useless bunch of clowns. my account got HACKED, some muppet changed the password and your support bot just sends me round in circles. FIX IT"),
       expect(RP, "high", "account", "direct"))
    SC("gg-abuse-founders-bundle-gone", "abuse-with-problem",
       tw("wes_ironside", f"absolute joke of a company. paid £49.99 for the Founders bundle and it's vanished from my inventory since tuesday. give me my stuff back you thieving muppets @{B}"),
       expect(RP, "high", "purchases", "indirect"))

    # ---- Spam
    SC("gg-spam-follower-seller", "spam",
       tw("streamboost_pro", "Streaming Glimmerforge to 3 viewers? 😴 Get 10,000 REAL followers for just £9 🚀 instant delivery, DM us now {url:https://streamboost-pro.example/glimmer}"),
       expect(IGN, "low", None, "indirect"))
    SC("gg-spam-free-shards-generator", "spam",
       tw("freeshards_hub", f"@{B} 🔥 FREE 100,000 SHARDS 🔥 working generator dec 2026, no human verification!! 👉 {{url:https://free-shards-gen.example/claim}}"),
       expect(IGN, "low", "purchases", "direct"))

    # ---- Namesakes and the word itself
    SC("gg-namesake-trilogy", "namesake",
       tw("maren_reads", "finally finished the Glimmerforge trilogy at 3am and I am not okay. that ending?? Maren deserved better 😭📚"),
       expect(IGN, "low", None, "none"))
    SC("gg-namesake-tv-episode-crash", "namesake",
       tw("couch_critic_al", "Glimmerforge episode 6 was SO good but the streaming app crashed twice during the dragon scene 😤 #GlimmerforgeTV"),
       expect(IGN, "low", ANY, "none"), note="the TV adaptation of the novels; 'crashed' is about a streaming app, not the game")
    SC("gg-namesake-faire-smithy", "namesake",
       tw("faire_finch", "the Glimmerforge smithy at the Oakhollow renaissance faire made me a dagger while I watched. 10/10 would get sparks in my hair again"),
       expect(IGN, "low", None, "none"))
    SC("gg-namesake-boardgame-cafe", "namesake",
       tw("millst_meeples", "Glimmerforge board game café on Mill Street has a 2 hour wait on saturdays now?? love the place but come on 🎲"),
       expect(IGN, "low", None, "none"), note="a café with the name, and games, and a complaint: still not the studio",
       known_miss="'Glimmerforge board game café' is not yet read as another business")
    SC("gg-common-word-dwarven-forge", "common-word",
       tw("dm_tamsin", "tonight's session: the party finally reaches the dwarven glimmerforge, a furnace that smelts starlight into blades. my players are going to lose it 🎲🐉"),
       expect(IGN, "low", None, "none"), note="a glimmerforge as an ordinary fantasy noun, in a tabletop campaign")
    SC("gg-common-word-manicure", "common-word",
       tw("nailsby_noor", "trying a “glimmerforge” manicure tonight: copper foil, holo flakes and a tiny bit of chaos ✨💅"),
       expect(IGN, "low", None, "none"))

    # ---- News
    SC("gg-news-layoffs", "news-monitor",
       tw("GameWireNews", "Glimmerforge Games to cut 12% of staff after expansion delay, according to an internal memo seen by GameWire {url:https://gamewire.example/glimmerforge-layoffs}"),
       expect(MON, "low", None, "indirect"))
    SC("gg-news-ddos-nine-hours", "news-monitor",
       tw("PatchNotesDaily", "Glimmerforge servers were offline for nine hours across Europe on Saturday. The studio blamed a DDoS attack. {url:https://patchnotes.example/glimmerforge-ddos}"),
       expect(MON, "low", "servers", "indirect"), note="news of an outage: monitor, whatever the topic")

    # ---- Hostile HTML
    SC("gg-html-script-guild-name", "html-entities",
       tw("dev_ocho", f"@{B} my guild name on the leaderboard shows as &lt;script&gt;alert('gg')&lt;/script&gt; &amp; I never typed that. is my account compromised??"),
       expect(RP, "normal", "account", "direct"))

    # ---- Other languages
    SC("gg-es-contrasena", "non-english",
       tw("lucia_ferrer_", f"@{B} no puedo iniciar sesión, me dice que la contraseña es incorrecta pero la acabo de cambiar 😩 ¿alguna idea?", lang="es"),
       expect(RP, "normal", "account", "direct"))
    SC("gg-fr-serveurs-en-panne", "non-english",
       tw("antoine_lg", f"@{B} les serveurs sont en panne depuis 2h, impossible de lancer une partie. c'est pour quand ? 😡", lang="fr"),
       expect(RP, "high", "servers", "direct"), note="an outage")
    SC("gg-de-gesperrt-einspruch", "non-english",
       tw("jonas_kr_gg", f"@{B} Ich wurde gesperrt, obwohl ich nie gecheatet habe. Wie kann ich Einspruch einlegen?", lang="de"),
       expect(RP, "normal", "bans", "direct"))
    SC("gg-it-addebitato-due-volte", "non-english",
       tw("giulia_b_gg", f"@{B} mi avete addebitato due volte il pass stagionale. ID transazione GFTX-5590213, data di nascita del titolare 02/11/1987. Vorrei un rimborso, grazie", lang="it"),
       expect(RV, "normal", "purchases", "direct"), note="a transaction id and a date of birth in public: answer privately")
    SC("gg-nl-volwassen-man-zoon", "non-english",
       tw("ingrid_devries", f"Mijn zoon (9) krijgt in Glimmerforge berichten van een volwassen man die om foto's vraagt. Hoe meld ik dit?? @{B}", lang="nl"),
       expect(RP, "urgent", "safety", "indirect"), note="a child contacted by an adult stranger")
    SC("gg-pt-jogo-trava", "non-english",
       tw("rafa_souza_gg", f"@{B} o jogo trava toda vez que entro na raid nova, já reinstalei duas vezes. alguém pode ajudar?", lang="pt"),
       expect(RP, "normal", "bugs", "direct"))
    return brand


BRANDS["glimmerforge-games"] = ("GlimmerforgeHlp", 4090123409, build_glimmerforge_games)
