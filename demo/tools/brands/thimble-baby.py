# Thimble: a made-up maker of baby products and toys, sold online and in its own shops:
# prams, pushchairs and car seats, cots and nursery furniture, the Hush smart baby monitor
# and its app, toys (with a safety recall of the Pip the Penguin light-up rattle, whose
# button battery can work loose), deliveries, returns and warranty claims. "Thimble" is
# also the sewing thimble, the Monopoly token, Thimble Lane, a folk band called Thimble and
# the Thimble Inn: none of them is the brand.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# shop, phone number, order and membership number, card and email address here is made up.


def build_thimble_baby():
    global CURRENT_BRAND, CLOCK
    brand = Brand("thimble-baby", SCEN_DIR / "thimble-baby.plan.toml", "ThimbleCare", 4178901217, 1861220000000002101)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-06-07T07:30:00Z")
    B = "ThimbleCare"
    user(B, "Thimble", 4178901217,
         "The Thimble care team 🧸 prams, car seats, cots, toys and the Hush monitor. 8am–8pm, 7 days. Safety line 0808 157 0642. Please don't post order numbers or your address here.",
         31_800, following=740, tweets=46_500, listed=160, verified=True)
    user("mags_coverdale", "Maggie Coverdale", 6610382716, "Mum of 2. Car boot sale addict.", 240)
    user("ffion_twinmum", "Ffion Maddox", 6610457203, "Twins. Sleep is a rumour.", 410)
    user("rosa_pemberly", "Rosa Pemberly", 6610529384, "", 65)
    user("deano_halloran", "Dean Halloran", 6610613075, "Dad, bin man, school-run veteran.", 330)
    user("ParentPostNews", "The Parent Post", 6610688142, "News for parents: safety, schools, money.", 64_000, following=700, verified=True)
    user("lena_brauer_hh", "Lena Brauer", 6610744519, "Hamburgerin in Bristol.", 150)
    user("cal_ogunbiyi", "Callum Ogunbiyi", 6610801236, "Night shifts and nappies.", 190)
    user("jody_fairbairn", "Jody Fairbairn", 6610873650, "First-time mum, last-time sleeper.", 120)
    user("tamsin_greaves", "Tamsin Greaves", 6610926047, "Health visitor's daughter. I know things.", 560)
    user("nat_yelverton", "Nat Yelverton", 6611034872, "Software tester. New dad. Tired.", 380)
    user("bex_amankwah", "Rebecca Amankwah", 6611097321, "37 weeks and counting.", 270)
    user("sew_what_stan", "Stan Pollitt", 6611152984, "Retired tailor. Still sharp.", 880)
    user("ThimbleSupport_", "Thimble Support ✅", 6611208463,
         "Official Thimble customer relations 🍼 compensation & vouchers, 24/7", 41, following=4700)
    user("ceri_blackmore", "Ceri Blackmore", 6611276019, "Noah's mum. Teaching assistant.", 300)
    user("lucia_arvelo", "Lucía Arvelo", 6611330587, "Canaria en Leeds.", 170)
    user("omar_haddadi", "Omar Haddadi", 6611395246, "Electrician. New dad.", 220)
    user("manon_leclercq", "Manon Leclercq", 6611457830, "Lilloise à Londres.", 140)
    user("kyle_brannock", "Kyle Brannock", 6611512394, "", 52)
    user("salvo_ricupero", "Salvatore Ricupero", 6611586021, "Palermitano a Luton.", 95)
    user("gav_thornbury", "Gavin Thornbury", 6611643758, "Two kids, one broken pram.", 160)
    user("shona_mcquarrie", "Shona McQuarrie", 6611708215, "NICU graduate mum 💜", 470)
    user("beatriz_lacerda", "Beatriz Lacerda", 6611769902, "De Coimbra para Cardiff.", 130)
    user("holly_draycott", "Holly Draycott", 6611824367, "Mum. Nurse. Coffee.", 350)
    user("jaz_pettifer", "Jaz Pettifer", 6611893140, "new mum, old soul", 290)
    user("aoife_tierney", "Aoife Tierney", 6611951826, "Dublin girl in Derby.", 610)
    user("rob_kilbride", "Rob Kilbride", 6612016473, "Accountant. Keeps receipts.", 230)
    user("mel_ashworth", "Mel Ashworth", 6612078320, "Knows her consumer rights.", 410)
    user("daz_pickering", "Darren Pickering", 6612139054, "Forklift driver. Grumpy before 10.", 85)
    user("kim_oduya", "Kim Oduya", 6612193607, "", 120)
    user("fiddle_fan_mo", "Mo Rafferty", 6612257481, "Folk, real ale, terrible dancing.", 400)
    user("lynsey_parkes", "Lynsey Parkes", 6612316925, "School runs and strong tea.", 210)
    user("wes_carnaby", "Wes Carnaby", 6612374063, "Dad of three. Pub quiz captain.", 330)
    user("pins_and_pat", "Pat Greenhalgh", 6612438710, "Sewing, swearing, sewing.", 150)
    user("story_time_gee", "Georgina Fell", 6612491254, "Reads aloud, does all the voices.", 260)
    user("quilts_by_iona", "Iona Strachan", 6612555836, "Quilts, patchwork and far too much fabric.", 1200)
    user("monopoly_marv", "Marvin Achterberg", 6612613497, "Board games and bad jokes.", 510)
    user("kirsty_loughran", "Kirsty Loughran", 6612679018, "34 weeks. Nesting hard.", 180)
    user("han_brightwell", "Hannah Brightwell", 6612734652, "Bump + Corsa.", 140)
    user("ade_fakunle", "Ade Fakunle", 6612798305, "Dad of two. Opinions on prams.", 300)
    user("sanne_bolhuis", "Sanne Bolhuis", 6612853970, "Groningse in Norwich.", 110)
    user("eva_kroeze", "Eva Kroeze", 6612917624, "Mama van Bo.", 95)
    user("leah_mistry_b", "Leah Mistry", 6612974281, "Due in October 🤰", 130)
    user("val_hargreaves", "Val Hargreaves", 6613038849, "Gran of four.", 75)
    user("rachel_pidcock", "Rachel Pidcock", 6613096512, "Sage green everything.", 340)
    user("tom_ferncombe", "Tom Ferncombe", 6613150278, "Sling dad.", 90)
    user("sade_oyelaran", "Sade Oyelaran", 6613214935, "Party planner for one very small boss.", 260)
    user("nikhil_varsani", "Nikhil Varsani", 6613279601, "Week 3 of fatherhood.", 410)
    user("carys_penhallow", "Carys Penhallow", 6613331468, "Juggling. Badly.", 290)
    user("ellie_farquhar", "Ellie Farquhar", 6613395027, "", 70)
    user("javi_montoro", "Javier Montoro", 6613452793, "Sevillano en Reading.", 150)
    user("joris_hoekstra", "Joris Hoekstra", 6613516340, "Fietst door Sheffield.", 120)
    user("marta_quintela", "Marta Quintela", 6613578916, "Lisboeta em Swansea.", 140)
    user("zainab_chaudry", "Zainab Chaudry", 6613752819, "Two under two. Send help.", 230)
    user("giulia_frr_cam", "Giulia Ferrante", 6613815486, "Milanese a Cambridge.", 260)
    user("poppy_pearce_tv", "Poppy Pearce", 6613873150, "Presenter on Morning Brew, mum of Arlo. Views my own.",
         740_000, following=1100, listed=2600, verified=True)
    user("kayleigh_rts", "Kayleigh Munro", 6613938714, "", 45)
    user("sam_eastlake", "Sam Eastlake", 6613994378, "", 60)
    user("chloe_vautrin", "Chloé Vautrin", 6614052816, "Nantaise à Brighton.", 100)
    user("moira_cattanach", "Moira Cattanach", 6614117203, "Glasgow. No nonsense.", 200)
    user("babygiveawayz", "🍼 Baby Giveaways UK 🍼", 6614178530, "Free stuff for mums!! follow + RT to win", 3900, following=5000)
    user("RetailBeatUK", "Retail Beat", 6614235961, "Shops, openings, closures.", 48_000, following=900, verified=True)
    user("jon_mcilroy_cg", "Jon McIlroy", 6614290478, "Castlegate local. Nosy.", 130)
    user("devika_rao_sec", "Devika Rao", 6614356104, "Appsec by day, mum by night.", 2100)

    # ---- The Pip the Penguin recall: the brand's notice, a question and a scare under it, a repost, a quote
    recall = tw(B, "Safety recall: Pip the Penguin light-up rattles, batch codes PP2503 to PP2511. The battery cover can work loose and let a button battery out. Please take it off your little one today and remove the batteries. Full refund: {url:https://thimble.example/recall/pip}",
                when="2027-06-07T08:00:00Z")
    SC("tb-brand-recall-notice", "brand-own-post", recall, expect(IGN, "low", "recall", "none"))
    SC("tb-repost-recall-notice", "repost", tw("rosa_pemberly", "", retweet=recall, when="2027-06-07T08:21:37Z"),
       expect(IGN, "low", "recall", "indirect"))
    SC("tb-recall-pink-one-too", "question-in-reply-to-brand",
       tw("mags_coverdale", "is the pink one in this too or just the blue penguin? ours came from a car boot sale so I've no idea about batch anything",
          reply_to=recall, when="2027-06-07T09:12:04Z"),
       expect(RP, "normal", "recall", "direct"), strict=False,
       note="a question about the recall's scope, with no incident: normal by the conventions; "
            "a lead might raise every question about a recalled battery toy to high")
    SC("tb-recall-twin-drooling", "medical-urgent",
       tw("ffion_twinmum", "just seen this. the twins have had one of these in the cot all week and the battery cover's hanging off, one of the little batteries is nowhere. Alfie's been drooling and off his milk since yesterday. could he have swallowed it??",
          reply_to=recall, when="2027-06-07T10:03:51Z"),
       expect(RP, "urgent", "recall", "direct"),
       note="a baby who may have swallowed a button battery, asked calmly in a reply under the brand's notice: A&E now")
    SC("tb-quote-recall-why-june", "quote",
       tw("deano_halloran", "binned ours. but parents were posting about that battery cover falling off back in March, so why has the recall taken till June?",
          quote=recall, when="2027-06-07T13:47:22Z"),
       expect(RP, "normal", "recall", "indirect"), strict=False,
       note="quotes the brand's notice without tagging it; a pointed question, the toy already gone")
    SC("tb-news-recall-two-toddlers", "news-monitor",
       tw("ParentPostNews", "Thimble recalls 41,000 Pip the Penguin rattles after reports that the button battery can come loose. Two toddlers were checked in hospital last month and sent home. {url:https://parentpost.example/thimble-penguin-recall}",
          when="2027-06-07T11:30:10Z"),
       expect(MON, "low", "recall", "indirect"), note="news of the recall and of past incidents: nobody is in danger now")
    SC("tb-de-knopfzelle-notaufnahme", "medical-urgent",
       tw("lena_brauer_hh", f"@{B} Bei der Pinguin-Rassel unseres Sohnes (14 Monate) ist das Batteriefach offen und eine Knopfzelle fehlt. Wir fahren gerade in die Notaufnahme. Welche Batterie ist da genau drin? Die Ärzte fragen danach.",
          lang="de", when="2027-06-07T15:18:40Z"),
       expect(RP, "urgent", "recall", "direct"),
       note="German: a missing button battery, a toddler on the way to A&E, the doctors need the battery type")
    SC("tb-hotline-recall-no-bag", "public-hotline-number",
       tw("cal_ogunbiyi", f"rang @{B} on 0808 157 0642 on monday about the penguin recall, they said the freepost bag would come within 48 hours. it's thursday. penguin's sat in the kitchen drawer with its batteries taped up",
          when="2027-06-10T10:05:33Z"),
       expect(RP, "normal", "recall", "indirect"), strict=False,
       note="the number is the brand's own safety line, not a private detail; no incident, the toy is put away safely")
    jody = tw("jody_fairbairn", "my sister's just told me about the penguin thing. ours is in the car seat toy bag right now 😬 do I send it back or what",
              when="2027-06-07T19:02:15Z")
    SC("tb-chatter-recall-freepost", "third-party-chatter",
       tw("tamsin_greaves", "@jody_fairbairn Thimble send you a freepost bag for the recall, penguin goes in, money in your account 4 days later. take the batteries out first and tape them up x",
          reply_to=jody, when="2027-06-07T19:26:48Z"),
       expect(MON, "low", "recall", "third_party"), note="a stranger's advice inside someone else's thread")

    # ---- The Hush app outage: the complaint, the brand's promise, the customer back, the fix
    nat = tw("nat_yelverton", f"@{B} is the Hush app down?? camera says offline, can't log in, and it's the 2nd night running. we're back to sleeping with the door open like it's 1995",
             when="2027-06-07T21:40:12Z")
    SC("tb-hush-app-down-night", "complaint-direct", nat, expect(RP, "high", "monitor", "direct"),
       note="an outage of the monitor's app")
    nat_brand = tw(B, "@nat_yelverton Sorry Nat, it's not just you: the Hush servers went down at 9pm and the engineers expect the app back by 7am. The parent unit still shows the camera without the app.",
                   reply_to=nat, when="2027-06-07T21:58:30Z")
    SC("tb-brand-reply-hush-outage", "brand-own-post", nat_brand, expect(IGN, "low", "monitor", "none"))
    nat_back = tw("nat_yelverton", f"@{B} it's 9pm the NEXT day and the app still says offline. you said 7am. 3rd night with no camera on my phone",
                  reply_to=nat_brand, when="2027-06-08T21:05:44Z")
    SC("tb-hush-still-offline-next-night", "repeat-contact", nat_back, expect(RP, "high", "monitor", "direct"),
       note="the brand gave a time, the time passed, the outage is still there")
    nat_brand2 = tw(B, "@nat_yelverton Nat, I'm sorry, 7am came and went. A fix went live at 9:15pm; if the camera isn't back by 10 I'll ring you myself tonight.",
                    reply_to=nat_back, when="2027-06-08T21:24:02Z")
    SC("tb-hush-back-thanks", "thread-with-brand",
       tw("nat_yelverton", "camera's back online and the app is working. thanks for keeping us posted, genuinely", reply_to=nat_brand2,
          when="2027-06-08T21:51:19Z"),
       expect(RP, "low", "monitor", "direct"),
       note="thanks back in the brand's thread, without @: praise, so low, though the customer comes back to an answered case")

    # ---- A car seat without its base: the customer, a joker, an impersonator, the brand, the customer back
    bex = tw("bex_amankwah", f"@{B} the Nestle car seat arrived today without the isofix base. baby's due in 9 days and the box literally says 'base included'. what now?",
             when="2027-06-08T10:12:26Z")
    SC("tb-car-seat-no-base", "complaint-direct", bex, expect(RP, "normal", "travel", "direct"))
    SC("tb-bystander-actual-thimble", "joke-bystander",
       tw("sew_what_stan", "@bex_amankwah did Thimble send you an actual thimble instead? would explain the tiny box 😂🧵", reply_to=bex,
          when="2027-06-08T10:40:03Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in a customer's thread")
    SC("tb-spam-fake-support-voucher", "spam",
       tw("ThimbleSupport_", "@bex_amankwah Hello Rebecca, this is Thimble customer relations 🧸 we have opened a compensation case for you. Complete verification at the link within 24h to receive your £150 voucher 👉 {url:https://thimble-rewards-verify.example/case}",
          reply_to=bex, when="2027-06-08T10:55:51Z"),
       expect(IGN, "low", None, "third_party"),
       note="a fake support account with a phishing link inside a customer's thread")
    bex_brand = tw(B, "@bex_amankwah Sorry Rebecca, that base should have been in the box. It's coming by courier on Thursday, and I've sent you a DM with the details.",
                   reply_to=bex, when="2027-06-08T11:05:17Z")
    SC("tb-car-seat-sign-for-courier", "thread-with-brand",
       tw("bex_amankwah", "thursday's fine as long as it actually turns up this time. do I need to be in to sign for the courier?", reply_to=bex_brand,
          when="2027-06-08T11:31:40Z"),
       expect(RP, ANY, "delivery", "direct"),
       note="back in the brand's thread without @, with a new question: normal as a question, or high as "
            "'a customer coming back to a case the brand has already answered'")

    # ---- Safety
    ceri = tw("ceri_blackmore", "(1/2) ok I need to tell someone about this morning because my hands are still shaking",
              when="2027-06-08T08:50:05Z")
    SC("tb-pram-brake-rolled-thread", "safety-urgent",
       tw("ceri_blackmore", f"(2/2) pram on the slope outside nursery, brake ON, turned round 2 secs to get the bag out the boot and it rolled. towards the road. with Noah in it. a man caught the handle. the brake on our @{B} Roam just doesn't hold anymore",
          reply_to=ceri, when="2027-06-08T08:52:31Z"),
       expect(RP, "urgent", "travel", "indirect"),
       note="the second post of a self-thread, tagged in passing: the child is safe, but the pram's brake fails and it is still in use")
    SC("tb-isofix-base-clicked-off", "safety-urgent",
       tw("omar_haddadi", f"@{B} the isofix base on our Nestle car seat just clicked off when I braked at a roundabout, whole seat tipped forward. baby's fine. we're 2 hours from home on the M5. do we keep driving with it like this??"),
       expect(RP, "urgent", "travel", "direct"), note="a car seat that has come loose, on a journey, asked calmly")
    SC("tb-es-barrote-cuna-pierna", "safety-urgent",
       tw("lucia_arvelo", f"@{B} se ha soltado un barrote de la cuna Dreamer y mi hija ha metido la pierna por el hueco. ya la hemos sacado pero tiene la rodilla hinchada y no para de llorar. la cuna tiene 3 meses. ¿qué hacemos?",
          lang="es"),
       expect(RP, "urgent", "nursery", "direct"), note="Spanish: a cot slat came loose, a baby's leg trapped and swollen")
    SC("tb-hush-plug-hot-smell", "safety-urgent",
       tw("omar_haddadi", f"@{B} the plug for the Hush monitor camera is too hot to touch and there's a hot plastic smell in her room. it's on the wall right behind where she sleeps. I've switched it off at the socket. is it safe to use again?"),
       expect(RP, "urgent", "monitor", "direct"), note="a fire risk beside a sleeping baby, asked as a calm question")
    SC("tb-hush-offline-face-down", "safety-urgent",
       tw("holly_draycott", f"@{B} the Hush went offline at 2am without a single alert on my phone. went in at 6 and she'd rolled onto her front with the blanket over her face. she's fine. the whole point of paying £229 was the alerts"),
       expect(RP, "urgent", "monitor", "direct"), strict=False,
       note="the baby is fine and the night is over, but the monitor she relies on failed silently and will be used again tonight: "
            "urgent as a safety failure of the product; a lead could also read it as a strong complaint (high)")

    # ---- Medical needs
    SC("tb-fr-chaise-haute-vomi", "medical-urgent",
       tw("manon_leclercq", f"@{B} la chaise haute Perch a basculé en arrière avec mon fils dedans, une vis du pied s'était dévissée. il a une bosse derrière la tête et il a vomi deux fois depuis. on doit s'inquiéter ?",
          lang="fr"),
       expect(RP, "urgent", "nursery", "direct"),
       note="French: a toddler fell backwards in a high chair, a head bump and vomiting since")
    SC("tb-nicu-oxygen-sock-wont-pair", "medical-urgent",
       tw("shona_mcquarrie", f"@{B} our daughter came home from NICU on oxygen last week and the consultant wants the Hush sock on her overnight. since this morning it won't pair with the app. what do we do for tonight?"),
       expect(RP, "urgent", "monitor", "direct"), note="a calm question about a medical need: a baby on home oxygen")
    SC("tb-pt-meia-queimadura", "medical-urgent",
       tw("beatriz_lacerda", f"@{B} a meia do monitor Hush deixou uma marca vermelha com bolhas no pé da minha filha de 4 meses. tirei logo. é uma queimadura? posso continuar a usar?",
          lang="pt"),
       expect(RP, "urgent", "monitor", "direct"), note="Portuguese: the monitor's sock left a blistered mark on a baby's foot")

    # ---- Threats against people
    SC("tb-threat-shop-lad-visit", "threat-urgent",
       tw("kyle_brannock", "the smug lad in the Thimble shop on Castlegate refused my return cos I'd 'lost the receipt'. I know what time he locks up. he'll be getting a visit"),
       expect(ANY, "urgent", "returns", "indirect"), note="a threat against a shop worker, with a complaint")
    SC("tb-it-minaccia-operatrice", "threat-urgent",
       tw("salvo_ricupero", f"@{B} la vostra operatrice mi ha riattaccato in faccia due volte mentre chiedevo il rimborso. so dove sta il vostro magazzino a Luton. ci vengo, e quella lì la faccio pentire di essere nata.",
          lang="it"),
       expect(ANY, "urgent", "returns", "direct"),
       note="Italian: a threat against a call-centre worker ('I'll make her regret being born'), with a refund complaint")
    gav = tw("gav_thornbury", f"@{B} front wheel snapped off our Roam pram in the middle of the high street. sent the warranty claim 3 weeks ago, not a word",
             when="2027-06-07T12:05:33Z")
    gav_brand = tw(B, "@gav_thornbury Sorry Gavin, that's not good enough. I've passed it to our aftercare lead and they'll ring you by Wednesday with a decision.",
                   reply_to=gav, when="2027-06-07T12:31:09Z")
    SC("tb-threat-warranty-round-the-head", "threat-urgent",
       tw("gav_thornbury", "wednesday's been and gone. no call. if I have to drive to your warehouse I'm bringing the broken wheel and whoever turned down my warranty claim is getting it round the head",
          reply_to=gav_brand, when="2027-06-10T08:40:27Z"),
       expect(ANY, "urgent", "returns", "direct"),
       note="a threat against staff, in a reply to the brand's promise that was not kept")

    # ---- Not urgent: figures of speech, the law, rudeness
    SC("tb-death-of-me-app", "complaint-direct",
       tw("jaz_pettifer", f"@{B} the Hush app will be the death of me. logs me out every night around 3am and I have to pair the camera all over again. killing me slowly 💀"),
       expect(RP, "normal", "monitor", "direct"), note="'death of me', 'killing me': figures of speech, an ordinary fault")
    SC("tb-strangle-the-fold", "complaint-in-passing",
       tw("aoife_tierney", f"i swear i will strangle whoever designed the fold on the @{B} Roam. 20 mins in a car park in the rain, screaming baby, pram stuck half folded like a deckchair"),
       expect(RP, "normal", "travel", "indirect"), note="'strangle whoever designed it' is a figure of speech, not a threat")
    SC("tb-legal-trading-standards-repair", "legal-threat-not-urgent",
       tw("rob_kilbride", f"@{B} 11 weeks since our pram went in for a warranty repair. 3 emails, 2 calls, zero answers. Trading Standards complaint goes in today and we'll see you in the small claims court"),
       expect(RP, "high", "returns", "direct"))
    SC("tb-legal-mattress-county-court", "legal-threat-not-urgent",
       tw("mel_ashworth", "Thimble won't refund or exchange a mattress that came with a rip down the side because the plastic was 'opened'. Section 75 claim with my credit card company today, county court after that. Consumer Rights Act 2015, look it up"),
       expect(RP, "high", "returns", "indirect"))
    SC("tb-abuse-muppets-carrycot", "abuse-with-problem",
       tw("daz_pickering", f"@{B} you absolute muppets. 3 weeks for a carrycot and the tracking has said 'out for delivery' since last TUESDAY. where is it, in the bin?"),
       expect(RP, "high", "delivery", "direct"))
    SC("tb-abuse-chatbot-faq", "abuse-with-problem",
       tw("kim_oduya", "f***ing hell Thimble, your chatbot has sent me the same useless faq 6 times. the monitor won't pair, the app crashes, and not one actual human exists at your company. unreal"),
       expect(RP, "high", "monitor", "indirect"))

    # ---- The band, the lane, the inn, the sewing thimble and the bedtime story
    CLOCK = Clock("2027-06-08T12:05:00Z")
    SC("tb-namesake-folk-band", "namesake",
       tw("fiddle_fan_mo", "Thimble were unreal at the Harbour Rooms last night. that fiddle and banjo bit in the encore 😭 new album out Friday, go and listen"),
       expect(IGN, "low", None, "none"), note="the folk band")
    SC("tb-namesake-thimble-lane-roadworks", "namesake",
       tw("lynsey_parkes", "temporary lights on Thimble Lane AGAIN. 25 mins to do half a mile on the school run. third time this year, sort it out council 😤"),
       expect(IGN, "low", None, "none"), note="a repeated complaint, but about a street and the council")
    SC("tb-namesake-inn-high-chairs", "namesake",
       tw("wes_carnaby", "took the kids to the Thimble Inn for tea. high chairs, a soft play corner and a changing table in the gents 👌 dads rejoice"),
       expect(IGN, "low", ANY, "none"),
       note="the pub, praised for its baby-friendly kit; 'high chair' and 'changing table' are plan keywords, so the topic doesn't matter")
    SC("tb-common-thimble-down-sofa", "common-word",
       tw("pins_and_pat", "lost my thimble down the back of the sofa and now my finger looks like a pin cushion. hemming curtains is war 🪡"),
       expect(IGN, "low", None, "none"))
    SC("tb-common-peter-pan-kiss", "common-word",
       tw("story_time_gee", "reading Peter Pan at bedtime and now my 5yo is giving everyone 'a thimble' instead of a kiss 🥹"),
       expect(IGN, "low", None, "none"), note="a bedtime story in a parent's post: still not the brand")
    SC("tb-common-quilt-baby-shower", "common-word",
       tw("quilts_by_iona", "quilting a baby blanket for my niece's shower 🧵 my poor thimble has seen things this week"),
       expect(IGN, "low", None, "none"), note="a sewing thimble, in a baby context")

    # ---- Sarcasm, and a second joker
    kirsty = tw("kirsty_loughran", "day 11 of 'your order is being prepared' from Thimble. at this rate he'll be walking before the parcel turns up 👶➡️🚶")
    SC("tb-sarcasm-walking-before-parcel", "sarcasm-customer", kirsty, expect(RP, "normal", "delivery", "indirect"),
       note="sarcasm with no complaint word; named, not tagged",
       known_miss="round 7, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Thimble in a post to everyone | general chatter about the brand | topic delivery: 'parcel'")
    SC("tb-bystander-monopoly-token", "joke-bystander",
       tw("monopoly_marv", "@kirsty_loughran should've ordered the monopoly thimble, at least that one gets round the board 😂", reply_to=kirsty),
       expect(IGN, "low", None, "third_party"))
    SC("tb-sarcasm-connection-lost-newborn", "sarcasm-customer",
       tw("nikhil_varsani", f"big thanks to @{B} for the Hush monitor that beeps 'connection lost' every 40 mins all night. who needs sleep with a newborn anyway 🙃"),
       expect(RP, "normal", "monitor", "indirect"))

    # ---- Other people's conversations
    hannah = tw("han_brightwell", "pram recs please!! budget about £600 and it has to fit in a Corsa boot")
    SC("tb-venting-roam-wheel-wobble", "third-party-venting",
       tw("ade_fakunle", "@han_brightwell NOT the Thimble Roam. front wheel wobbled from week 2 and the fold jams every other go. we gave up and bought second hand", reply_to=hannah),
       expect(MON, "low", "travel", "third_party"),
       known_miss="round 7, not met yet: action: want 'monitor', got ignore; addressed: want 'third_party', got none; the engine read: 'Thimble Roam' is another entity, not the brand | topic travel: 'wheel', 'fold'")
    sanne = tw("sanne_bolhuis", "hoe slapen jullie eigenlijk met een pasgeboren baby? ik word bij elk geluidje wakker", lang="nl")
    SC("tb-nl-venting-babyfoon", "third-party-venting",
       tw("eva_kroeze", "@sanne_bolhuis slecht 😩 die babyfoon van Thimble valt elke nacht uit en de app zegt dan gewoon niks. echt waardeloos", reply_to=sanne, lang="nl"),
       expect(MON, "low", "monitor", "third_party"), note="Dutch: venting to a friend, the brand not tagged")
    leah = tw("leah_mistry_b", "first-time mum question: cot or cot bed? do we actually need the big one")
    SC("tb-chatter-cot-bed-solid", "third-party-chatter",
       tw("val_hargreaves", "@leah_mistry_b my daughter's got the Thimble Dreamer cot bed, side came off at 2 and it's a toddler bed now. 3 years on, still solid. worth it", reply_to=leah),
       expect(MON, "low", "nursery", "third_party"),
       known_miss="round 7, not met yet: action: want 'monitor', got ignore; addressed: want 'third_party', got none; the engine read: 'Thimble Dreamer' is another entity, not the brand | topic nursery: 'cot bed', 'cot'")

    # ---- Ordinary complaints: named not tagged, with no complaint word, in passing
    CLOCK = Clock("2027-06-09T06:20:00Z")
    SC("tb-playmat-rant-mirror-snapped", "safety-urgent",
       tw("rachel_pidcock", "Thimble sent me the grey playmat not the sage, now want ME to pay return postage for their mistake, no refund till it's back in their warehouse, oh and the little mirror on the arch has snapped off in my 5mo's hand. sharp edge. it was at his mouth. brilliant"),
       expect(RP, "urgent", "returns", "indirect"),
       note="a sharp broken part in a baby's mouth, buried at the end of a rant about a wrong colour and return postage; "
            "the keywords make the topic returns")
    SC("tb-pushchair-inspection-just-saying", "complaint-indirect",
       tw("tom_ferncombe", "Thimble have had our pushchair for 'inspection' since 2 May. 5 weeks of carrying a 10kg baby everywhere in a sling. just saying"),
       expect(RP, "normal", "travel", "indirect"), note="no complaint word: the facts are the complaint",
       known_miss="round 7, not met yet: action: want 'respond_public', got ignore; priority: want 'normal', got low; the engine read: names Thimble in a post to everyone | a joke about the name, not a customer's problem | topic travel: 'pushchair'")
    SC("tb-bunny-label-created", "complaint-direct",
       tw("sade_oyelaran", f"@{B} ordered the Moss bunny on the 28th for her 1st birthday. party's tomorrow at 2. tracking says 'label created'."),
       expect(RP, "normal", "delivery", "direct"), note="no complaint word, just the facts and a deadline")
    SC("tb-in-passing-old-flat", "complaint-in-passing",
       tw("carys_penhallow", f"sleep regression, two new teeth, the dog ate a crayon AND the @{B} courier delivered our new cot to my OLD flat across town. is it bedtime yet"),
       expect(RP, "normal", "delivery", "indirect"), note="teeth and a sleepless baby are part of the bad week, not something the brand is asked about")

    # ---- Questions and praise
    SC("tb-bunny-washing-machine", "question",
       tw("ellie_farquhar", f"@{B} can the Moss bunny go in the washing machine or will the squeaker die 😅"),
       expect(RP, "normal", "toys", "direct"))
    SC("tb-es-cochecito-maletero", "question",
       tw("javi_montoro", f"@{B} hola! ¿el cochecito Roam cabe en el maletero de un Ibiza? ¿y la silla de coche se engancha directamente al chasis?", lang="es"),
       expect(RP, "normal", "travel", "direct"), note="Spanish: does the pram fit the boot, does the car seat clip onto the chassis")
    SC("tb-praise-slat-next-day", "praise",
       tw("zainab_chaudry", f"@{B} the replacement cot slat came next day and dad fitted it in 5 mins. thank you for sorting it so fast 💛"),
       expect(RP, "low", "nursery", "direct"))
    SC("tb-it-grazie-passeggino", "praise",
       tw("giulia_frr_cam", f"il passeggino Roam è arrivato in due giorni e si chiude con una mano sola. grazie @{B}, promosso 💯", lang="it"),
       expect(RP, "low", "travel", "indirect"), note="Italian thanks, the handle tagged in passing")

    # ---- A TV presenter's pram, and a repost of it
    poppy = tw("poppy_pearce_tv", f"Our Roam pram's fold hinge cracked at 4 months and the pushchair is now unusable. Thimble call it 'wear and tear' and won't honour the warranty. On a £950 pram. Really, @{B}?",
               when="2027-06-09T07:45:12Z", metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12800, "quote_count": 210})
    SC("tb-big-reach-presenter-pram", "big-reach", poppy, expect(RP, "high", "travel", "indirect"),
       note="740k followers; the handle at the end")
    SC("tb-repost-presenter-pram", "repost", tw("kayleigh_rts", "", retweet=poppy, when="2027-06-09T08:10:48Z"),
       expect(IGN, "low", "travel", "indirect"))

    # ---- Private details
    SC("tb-address-phone-courier", "private-details",
       tw("sam_eastlake", f"@{B} order TB-208-5531 still hasn't come. I'm at 14 Ferncroft Road, Aldbury AL3 9QT, in all day. ring 07700 900482 when the courier's close"),
       expect(RV, "normal", "delivery", "direct"), note="an order number, a home address and a mobile number")
    SC("tb-fr-club-points-email", "private-details",
       tw("chloe_vautrin", f"@{B} bonjour, ma carte Thimble Club (n° TC-5520-8817) n'affiche plus mes points depuis le retour et l'échange de la semaine dernière. mon email : chloe.vautrin@example.org. merci de vérifier",
          lang="fr"),
       expect(RV, "normal", "returns", "direct"), note="French: loyalty points gone after a return; a membership number and an email address",
       known_miss="round 7, not met yet: priority: want 'normal', got low; the engine read: addressed to @ThimbleCare | exposes an e-mail address in public: answer privately | topic returns: 'retour'")
    moira = tw("moira_cattanach", f"@{B} the canopy clip on our Nestle car seat snapped off after 2 weeks. not impressed",
               when="2027-06-09T08:15:27Z")
    moira_brand = tw(B, "@moira_cattanach Sorry Moira, a clip shouldn't go after 2 weeks. Could you DM us your order number? We'll get a new canopy out to you this week.",
                     reply_to=moira, when="2027-06-09T08:40:55Z")
    SC("tb-phone-in-reply-no-dms", "private-details",
       tw("moira_cattanach", "I'm not doing DMs. ring me on 07700 900615 after 6 and we'll sort the car seat out", reply_to=moira_brand,
          when="2027-06-09T09:02:13Z"),
       expect(RV, ANY, "travel", "direct"),
       note="a mobile number in public, in the brand's thread: answer privately. The priority could be normal (an ordinary fault) "
            "or high (coming back to a case the brand has answered)")

    # ---- Spam
    SC("tb-spam-giveaway-travel-system", "spam",
       tw("babygiveawayz", f"🍼 GIVEAWAY 🍼 WIN a Thimble Roam travel system worth £950!! follow, RT and enter at the link before midnight 👉 {{url:https://baby-giveawayz.example/roam}} @{B}"),
       expect(IGN, "low", "travel", "indirect"), note="a fake giveaway; the handle tagged at the end")

    # ---- News and chatter
    SC("tb-news-six-new-shops", "news-monitor",
       tw("RetailBeatUK", "Thimble to open six new shops this autumn, creating 180 jobs, as the baby brand moves beyond online {url:https://retailbeat.example/thimble-shops}"),
       expect(MON, "low", "shops", "indirect"))
    SC("tb-chatter-castlegate-opening", "chatter-monitor",
       tw("jon_mcilroy_cg", "queue right down Castlegate for the new Thimble shop opening this morning and a man in a giant bear costume handing out balloons. busiest I've seen it since the market shut"),
       expect(MON, "low", "shops", "indirect"))

    # ---- Odd input
    SC("tb-html-qa-script-redirect", "html-entities",
       tw("devika_rao_sec", f"@{B} someone's put &lt;script src=\"//cdn-thimble.example/x.js\"&gt;&lt;/script&gt; in the Q&amp;A under the Hush monitor on your site and now the page redirects to a betting site. might want to look at that"),
       expect(RP, "normal", "monitor", "direct"), note="hostile HTML reported by a customer, delivered escaped")

    # ---- Other languages
    SC("tb-nl-pakket-niet-bezorgd", "non-english",
       tw("joris_hoekstra", f"@{B} al 8 dagen wacht ik op mijn pakket. volgens de bezorger is het bij 'de buren' afgeleverd, maar geen enkele buur heeft het. en nu?", lang="nl"),
       expect(RP, "normal", "delivery", "direct"))
    SC("tb-pt-garantia-roda", "non-english",
       tw("marta_quintela", "Comprei o carrinho Roam da Thimble há 2 meses e a roda da frente já partiu. Alguém sabe se a garantia cobre isto ou se tenho de pedir devolução?", lang="pt"),
       expect(RP, "normal", "returns", "indirect"), note="Portuguese: a broken wheel after 2 months, asking about the warranty; named, not tagged",
       known_miss="round 7, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Thimble in a post to everyone | general chatter about the brand | topic returns: 'garantía', 'garantia', 'devolução'")
    return brand


BRANDS["thimble-baby"] = ("ThimbleCare", 4178901217, build_thimble_baby)
