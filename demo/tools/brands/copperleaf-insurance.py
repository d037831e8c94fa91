# Copperleaf Insurance: a made-up home, car and travel insurer: claims, policies and
# renewals, premiums, home emergency cover, breakdown cover, travel medical cover abroad,
# and an app. "Copperleaf" is also a houseplant (acalypha), the Copperleaf Brewery with
# its taproom, the Copperleaf Drive housing estate and a band, The Copperleafs: none of
# them is the insurer.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, policy, claim and vehicle number, card and email address here is made up.


def build_copperleaf_insurance():
    global CURRENT_BRAND, CLOCK
    brand = Brand("copperleaf-insurance", SCEN_DIR / "copperleaf-insurance.plan.toml", "CopperleafHelp", 4089012308, 1861220000000001201)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-18T07:45:00Z")
    B = "CopperleafHelp"
    user(B, "Copperleaf Insurance", 4089012308,
         "Home, car and travel cover. We're here 8am–8pm, 7 days. Claims and home emergencies 24/7: 0808 157 0826. Never post your policy number here.",
         18_600, following=540, tweets=39_000, listed=95, verified=True)
    user("nadine_okoro_", "Nadine Okoro", 4789120455, "Mum of two. Tea, then chaos.", 310)
    user("punchline_pj", "PJ Ward", 4789133062, "Dad jokes, sold by the dozen.", 1100)
    user("rob_tandy", "Rob Tandy", 4789145518, "Dad. Drives a tired Zafira.", 240)
    user("grace_obi_", "Grace Obi", 4789157203, "Retired teacher. Married to a stubborn man.", 180)
    user("t1d_ollie", "Oliver Kent", 4789160849, "Type 1 since I was 9. Runner. Slow.", 920)
    user("giulia_frr", "Giulia Ferri", 4789172336, "Milanese a Leeds.", 140)
    user("dee_burnt_kit", "Dee Marsh", 4789184601, "", 60)
    user("kyle_bxtr", "Kyle Baxter", 4789196027, "", 85)
    user("mo_hussain_", "Mo Hussain", 4789208744, "Civil engineer. Cracks are my job, apparently.", 270)
    user("fran_ellison", "Fran Ellison", 4789211390, "Reads the small print so you don't have to.", 1450)
    user("gaz_t_77", "Gary Thorne", 4789223815, "", 40)
    user("shazza_b_", "Sharon Bell", 4789235472, "", 120)
    user("CopperleafCare_", "Copperleaf Insurance Support ✅", 4789247008,
         "Official claims help 24/7 📞 DM us on WhatsApp for fast-track payouts!", 48, following=4100)
    user("growth_rocket", "Growth Rocket 🚀", 4789259663, "Real followers. Real fast. Real cheap.", 3300, following=5000)
    user("sam_whitlock", "Sam Whitlock", 4789262190, "Bike-less since October.", 210)
    user("copper_quips", "Lenny Cobb", 4789274827, "Puns on request, and without.", 890)
    user("jo_hartley", "Jo Hartley", 4789286354, "Powder day or bust ⛷️", 540)
    user("becca_lind", "Rebecca Lind", 4789298901, "Knee held together by tape.", 330)
    user("maria_gould", "Maria Gould", 4789301466, "Spreadsheets & sourdough.", 410)
    user("col_fenner", "Colin Fenner", 4789313072, "", 95)
    user("deano_brks", "Dean Brooks", 4789325639, "Hail-dented and sad.", 160)
    user("ash_morven", "Ash Morven", 4789337184, "Been there, claimed that.", 230)
    user("hannah_tr", "Hannah Trent", 4789349720, "New mum. Tired mum.", 370)
    user("kez_pallas", "Kerry Pallas", 4789352268, "Two kids, too many suitcases.", 290)
    user("mags_pendle", "Margaret Pendle", 4789665588, "Retired. Checks her bank app daily.", 110)
    user("priya_venk", "Priya Venkat", 4789364803, "Accountant. Numbers don't lie.", 260)
    user("bev_nuttall", "Bev Nuttall", 4789641507, "Careful driver. Honest.", 65)
    user("lena_fischer82", "Lena Fischer", 4789376349, "", 75)
    user("wes_carlisle", "Wes Armitage", 4789388915, "Carlisle. Van man.", 140)
    user("ana_sousa_uk", "Ana Sousa", 4789391452, "Portuguesa em Hexley.", 110)
    user("jamie_rudd", "Jamie Rudd", 4789403087, "Skis badly, often.", 190)
    user("tom_homestart", "Tom Lister", 4789415624, "Early shifts.", 130)
    user("raj_dhillon_", "Raj Dhillon", 4789653042, "", 190)
    user("lauren_ks", "Lauren Kestrel", 4789427160, "", 220)
    user("nat_oye_home", "Nat Oyelaran", 4789439795, "Toddler wrangler.", 480)
    user("kitchen_sink_k", "Katie Sinclair", 4789442331, "Everything but.", 350)
    user("mike_a38", "Mike Pender", 4789454876, "Cornwall. Sheep adjacent.", 150)
    user("hol_ruiz", "Holly Ruiz", 4789466412, "Home insurance nerd. Sadly.", 600)
    user("JonnyHaleTV", "Jonny Hale", 4789478058, "Presenter. Homes, money and the small print. Views my own.", 612_000,
         following=980, listed=2300, verified=True)
    user("sian_rt", "Siân Price", 4789481593, "", 140)
    user("fin_repost", "Finlay Ross", 4789493120, "", 90)
    user("ed_quotes", "Ed Marlow", 4789505766, "Still waiting.", 310)
    user("tash_onhold", "Natasha Kemp", 4789517302, "Professional hold-music critic.", 270)
    user("dev_sorcha", "Sorcha Nolan", 4789529847, "Front-end dev. I read page source for fun.", 1300)
    user("CoverWireNews", "CoverWire", 4789532483, "Insurance news, claims and regulation.", 41_000, following=1200, verified=True)
    user("MoneyDeskNews", "The Money Desk", 4789544019, "Personal finance news that saves you money.", 96_000, following=800, verified=True)
    user("telly_tilly", "Tilly Grant", 4789556654, "Watches the adverts on purpose.", 700)
    user("plant_mum_ivy", "Ivy Summers", 4789568190, "62 houseplants and counting 🌿", 5400)
    user("jungle_flat_ru", "Ruth Adeyemi", 4789571726, "A flat that is mostly leaves.", 830)
    user("cld_resident", "Paul Hendry", 4789583261, "Copperleaf Drive. Unpaid drain inspector.", 95)
    user("hop_scotch_dan", "Dan Pryor", 4789595807, "IPA, then regrets.", 1200)
    user("pablo_mlg", "Pablo Moreno", 4789607343, "Malagueño en Birmingham.", 160)
    user("claire_dubois_", "Claire Dubois", 4789619889, "Française à Bristol.", 120)
    user("ute_brandt", "Ute Brandt", 4789622425, "Aus Hamburg, jetzt in York.", 80)
    user("sanne_dk", "Sanne de Kok", 4789634960, "Nederlandse in Norwich.", 150)

    # ---- A flood with sparking sockets: the customer, a joker, the brand, the customer back
    nadine = tw("nadine_okoro_", f"@{B} burst pipe upstairs, the kitchen's got 3 inches of water in it and the sockets by the cooker are SPARKING. kids are on the stairs. do I go near the fuse box?? your home emergency line just rings out",
                when="2026-12-18T08:02:31Z")
    SC("cl-flood-sockets-sparking", "safety-urgent", nadine, expect(RP, "urgent", "home_emergency", "direct"),
       note="water and live electrics with children in the house")
    SC("cl-bystander-copperleak", "joke-bystander",
       tw("punchline_pj", "@nadine_okoro_ Copperleaf? more like Copperleak 💧😂", reply_to=nadine, when="2026-12-18T08:09:52Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the brand's name by a stranger in a customer's thread")
    nadine_brand = tw(B, "@nadine_okoro_ Nadine, please keep everyone out of the kitchen and don't touch the fuse box while there's water on the floor. An emergency electrician and a plumber are on their way, due by 9:15. I'll check in with you here at 9.",
                      reply_to=nadine, when="2026-12-18T08:11:14Z")
    SC("cl-nadine-claim-or-wait", "thread-with-brand",
       tw("nadine_okoro_", "power's off and the electrician's here now. what about the ceiling and the carpets, do I start a claim today or wait for a loss adjuster to come out?", reply_to=nadine_brand,
          when="2026-12-18T09:47:05Z"),
       expect(RP, "normal", "claims", "direct"), strict=False,
       note="a question back in the brand's thread without @; the danger is over (power off, electrician there), "
            "so an ordinary question, though a care lead might keep the case urgent until the house is safe")

    # ---- Broken down on a motorway hard shoulder at night with children
    rob = tw("rob_tandy", f"@{B} broken down on the hard shoulder of the M6 near J14, two kids in the back, pitch black and lorries flying past us. breakdown cover says recovery within 60 mins, it's been 95. nobody answers the phone",
             when="2026-12-19T22:48:10Z")
    SC("cl-hard-shoulder-kids-night", "safety-urgent", rob, expect(RP, "urgent", "motor", "direct"))
    rob_brand = tw(B, "@rob_tandy Rob, please get everyone out on the passenger side and wait behind the barrier, well away from the car, and ring 999 if you feel unsafe. I've chased the recovery truck: it's 15 minutes away and the driver has your location. I'm staying on this thread.",
                   reply_to=rob, when="2026-12-19T22:54:37Z")
    SC("cl-brand-reply-hard-shoulder", "brand-own-post", rob_brand, expect(IGN, "low", "motor", "none"))
    SC("cl-rob-recovery-arrived-thanks", "praise",
       tw("rob_tandy", "recovery driver's here, we're all in his cab with the heater on. thank you for actually answering at 11pm on a saturday", reply_to=rob_brand,
          when="2026-12-19T23:12:45Z"),
       expect(RP, "low", "motor", "direct"), note="thanks in the brand's thread, without @")

    # ---- Medical needs abroad
    grace = tw("grace_obi_", f"@{B} hello, my husband had a heart attack in Alicante on Tuesday and is in a local hospital. The cardiologist wants him moved to Valencia for a stent but your travel medical team haven't approved the transfer yet. How long does this usually take? Many thanks",
               when="2026-12-18T08:31:12Z")
    SC("cl-heart-transfer-alicante", "medical-urgent", grace, expect(RP, "urgent", "travel", "direct"),
       note="a calm, polite question, but a heart patient waiting for treatment")
    grace_brand = tw(B, "@grace_obi_ I'm so sorry, Grace. I've flagged this to our medical assistance team as urgent: one of our doctors will speak to the cardiologist this morning and we'll call you by 12 with a decision on the transfer.",
                     reply_to=grace, when="2026-12-18T08:52:40Z")
    SC("cl-grace-nobody-called", "thread-with-brand",
       tw("grace_obi_", "It's 2pm here now. The hospital says nobody has called them and the ambulance slot they were holding for him is at 5pm. Please.", reply_to=grace_brand,
          when="2026-12-18T13:04:18Z"),
       expect(RP, "urgent", "travel", "direct"), note="back in the brand's thread without @: still a heart patient waiting for a transfer")
    SC("cl-insulin-lost-bag-lisbon", "medical-urgent",
       tw("t1d_ollie", "question for anyone who knows Copperleaf travel cover: the airline lost my bag in Lisbon with all my insulin in it (type 1). I've got about a day and a half of pens left. will they pay for a private doctor here or do I have to wait for the luggage claim to go through?"),
       expect(RP, "urgent", "travel", "indirect"), note="a calm question to everyone, but a diabetic about to run out of insulin")
    SC("cl-it-femore-rimpatrio", "medical-urgent",
       tw("giulia_frr", f"@{B} buongiorno, mia madre (82 anni) è caduta in vacanza a Tenerife e si è rotta il femore. È in ospedale da lunedì, ma per il rimpatrio ci chiedono un certificato medico che non abbiamo. Cosa dobbiamo fare?", lang="it"),
       expect(RP, "urgent", "travel", "direct"), note="Italian: an 82-year-old with a broken hip in hospital abroad, repatriation held up")

    # ---- Threats
    SC("cl-threat-loss-adjuster", "threat-urgent",
       tw("dee_burnt_kit", f"@{B} your loss adjuster Gavin offered me £800 for a kitchen that burnt back to the brick. send him round here again and he won't be walking out the front door. I mean every word"),
       expect(ANY, "urgent", "claims", "direct"), note="a threat against a member of staff, with a real complaint")
    SC("cl-threat-recovery-driver", "threat-urgent",
       tw("kyle_bxtr", "that copperleaf recovery driver who towed my car 40 miles to the wrong garage better not show his face on our street again. I'll break his legs. 4 days without a car because of him"),
       expect(ANY, "urgent", "motor", "indirect"), note="a threat against a contractor's driver; the brand in lower case, not tagged")

    # ---- Legal and regulator threats
    SC("cl-ombudsman-subsidence", "legal-threat-not-urgent",
       tw("mo_hussain_", f"@{B} 11 months since I reported subsidence cracks in the back wall. two loss adjusters, three surveys, still no decision on the claim. your final response says 'under review'. it goes to the Financial Ombudsman on Monday."),
       expect(RP, "high", "claims", "direct"))
    SC("cl-fca-price-walking-solicitor", "legal-threat-not-urgent",
       tw("fran_ellison", "Copperleaf auto-renewed my car insurance at £1,140. New customers get the exact same cover for £610. That's the price walking the FCA banned in 2022. Complaint's in, and my solicitor has a copy."),
       expect(RP, "high", "renewals", "indirect"), note="a regulator and a solicitor named: strong, not urgent")

    # ---- Abuse with a real problem
    SC("cl-abuse-courtesy-car", "abuse-with-problem",
       tw("gaz_t_77", f"@{B} 3 WEEKS without the courtesy car my policy says I'm entitled to. you lying useless muppets, pick up your bloody phones"),
       expect(RP, "high", "motor", "direct"))
    SC("cl-abuse-caps-still-charging", "abuse-with-problem",
       tw("shazza_b_", "COPPERLEAF INSURANCE ARE CROOKS. CANCELLED MY POLICY IN OCTOBER AND YOU'RE STILL TAKING £62 A MONTH BY DIRECT DEBIT. GIVE ME MY MONEY BACK YOU THIEVING CLOWNS"),
       expect(RP, "high", "payments", "indirect"), note="all caps, not tagged; money still being taken after cancelling")

    # ---- A stolen-bike claim told to everyone: a joker and a fake support account underneath
    sam = tw("sam_whitlock", "7 weeks since my bike was nicked from the shed and Copperleaf Insurance still haven't paid a penny on the claim. every call it's 'with the assessor'. what exactly am I paying premiums for")
    SC("cl-bike-claim-seven-weeks", "complaint-indirect", sam, expect(RP, "normal", "claims", "indirect"),
       note="named, not tagged, about his own claim")
    SC("cl-bystander-in-no-hurry-ance", "joke-bystander",
       tw("copper_quips", "@sam_whitlock Copperleaf Insurance? more like Copperleaf In-No-Hurry-ance 🍂😂", reply_to=sam),
       expect(IGN, "low", None, "third_party"))
    SC("cl-spam-fake-claims-desk", "spam",
       tw("CopperleafCare_", "@sam_whitlock Hi Sam 👋 Copperleaf Insurance claims desk here, so sorry for the wait! We can fast-track your claim today. Just DM us on WhatsApp with your policy number and bank details 👉 {url:https://copperleaf-claims-help.example/fasttrack}",
          reply_to=sam),
       expect(IGN, "low", "claims", "third_party"),
       note="an impersonator fishing for bank details in a customer's thread: nothing to answer for the impersonator")
    SC("cl-spam-followers", "spam",
       tw("growth_rocket", f"@{B} Grow your brand 🚀 10K REAL followers in 24h, lowest rates guaranteed ✅ DM now 👉 {{url:https://growth-rocket.example/buy}}"),
       expect(IGN, "low", None, "direct"))
    SC("cl-repeat-bike-third-time", "repeat-contact",
       tw("sam_whitlock", f"@{B} third time asking. my claim for the stolen bike has been 'with the team' since october. I've sent the receipts twice. does anyone actually read these",
          when="2026-12-21T10:15:33Z"),
       expect(RP, "high", "claims", "direct"), note="third time asking about the same claim")

    # ---- Other people's conversations
    jo = tw("jo_hartley", "@becca_lind how was the ski trip?? 🎿 pics or it didn't happen")
    SC("cl-venting-ski-knee", "third-party-venting",
       tw("becca_lind", "@jo_hartley knee's wrecked and Copperleaf are refusing to pay the medical bills because I was 'off piste'. I was on a BLUE run. loving life", reply_to=jo),
       expect(MON, "low", "travel", "third_party"), note="lesson 2: a customer venting to a friend, brand not tagged; the treatment is over")
    maria = tw("maria_gould", "is it just me or has every insurance renewal doubled this year?? 😩")
    SC("cl-venting-renewal-900", "third-party-venting",
       tw("col_fenner", "@maria_gould copperleaf wanted 900 quid to renew the house, same house that was 480 last year. told them where to stick it", reply_to=maria),
       expect(MON, "low", "renewals", "third_party"))
    deano = tw("deano_brks", "car got written off in yesterday's hailstorm. no idea what happens now 😭")
    SC("cl-chatter-writeoff-advice", "third-party-chatter",
       tw("ash_morven", "@deano_brks if you're with Copperleaf get the claim in today with loads of photos. mine was settled in 3 weeks and the loss adjuster was sound", reply_to=deano),
       expect(MON, "low", "claims", "third_party"), note="a stranger's advice in someone else's thread")
    hannah = tw("hannah_tr", "first time abroad with the baby in feb, do we actually need insurance or is it a scam? 👶✈️")
    SC("cl-chatter-crete-ear-infection", "third-party-chatter",
       tw("kez_pallas", "@hannah_tr get it!! we had Copperleaf travel cover when our little one got an ear infection in Crete, they paid the clinic direct and it didn't cost us a penny", reply_to=hannah),
       expect(MON, "low", "travel", "third_party"), note="praise, but inside someone else's conversation")

    # ---- Renewal price: the complaint, the brand's promise, the customer back
    priya = tw("priya_venk", f"@{B} my renewal quote has gone from £412 to £768. no claims, same house, same car, nothing has changed. can someone explain that?")
    SC("cl-renewal-quote-jump", "complaint-direct", priya, expect(RP, "normal", "renewals", "direct"))
    priya_brand = tw(B, "@priya_venk That's a big jump, Priya, and you deserve a proper answer. I've asked our renewals team to go through the price with you and call you back within 2 working days.",
                     reply_to=priya)
    SC("cl-renewal-no-callback", "repeat-contact",
       tw("priya_venk", "that was 4 days ago. no call, nothing. and it auto-renews on friday at the new price. do I just cancel?", reply_to=priya_brand,
          when="2026-12-23T09:14:27Z"),
       expect(RP, "high", "renewals", "direct"), note="back in the brand's thread without @: the promised call never came")

    # ---- Private details
    SC("cl-policy-number-dob", "private-details",
       tw("bev_nuttall", f"@{B} policy no CLH-4471920-H, DOB 14/02/1979. my renewal quote says I've got 2 claims on my record, I've never had one in 20 years of driving. please fix it before it renews on the 2nd"),
       expect(RV, "normal", "renewals", "direct"), note="a policy number and a date of birth in public")
    SC("cl-card-email-payment-page", "private-details",
       tw("lena_fischer82", f"@{B} your payment page keeps failing!! card 4000 0566 5566 5556 exp 08/28, tried 4 times. can you take the payment and send the receipt to lena.fischer82@mailbox.example"),
       expect(RV, "normal", "payments", "direct"), note="a card number and an email address in public")
    SC("cl-reg-phone-tesco", "private-details",
       tw("wes_carlisle", f"@{B} reg KX19 BNR, broken down in the Tesco car park in Carlisle and the app won't let me book recovery. can someone ring me on 07700 900482"),
       expect(RV, "normal", "motor", "direct"), note="a vehicle registration and a mobile number; a car park, not a hard shoulder")
    SC("cl-pt-morada-sinistro", "private-details",
       tw("ana_sousa_uk", f"@{B} bom dia, tivemos uma inundação na cozinha ontem à noite (sinistro CL-C-883104). A nossa morada é 14 Orchard Close, Hexley CL4 9PJ. Quando vem o canalizador?", lang="pt"),
       expect(RV, "normal", "home_emergency", "direct"), note="Portuguese: a claim reference and a home address")

    # ---- Questions
    SC("cl-question-ski-cover", "question",
       tw("jamie_rudd", f"@{B} does the annual travel policy cover skiing or do I need to add winter sports? off to Andorra on 3 Jan"),
       expect(RP, "normal", "travel", "direct"))
    SC("cl-question-home-start", "question",
       tw("tom_homestart", f"@{B} quick one, does basic breakdown cover include home start or is that an add-on? car won't start on the drive this morning"),
       expect(RP, "normal", "motor", "direct"), note="broken down on his own drive: no danger")

    # ---- The brand's storm advice: a question under it, a repost
    storm = tw(B, "Storm Ivo arrives tonight 🌬️ Claim tips if your home is damaged: make it safe, take photos, keep receipts for emergency repairs. No need to wait for a loss adjuster, and you can start your claim in our app.")
    SC("cl-brand-storm-advice", "brand-own-post", storm, expect(IGN, "low", "claims", "none"))
    SC("cl-fence-question-under-storm", "question-in-reply-to-brand",
       tw("lauren_ks", "can I claim for a garden fence under this? ours is lying flat in next door's garden", reply_to=storm),
       expect(RP, "normal", "claims", "direct"))
    SC("cl-repost-storm-advice", "repost", tw("fin_repost", "", retweet=storm), expect(IGN, "low", "claims", "indirect"))

    # ---- Praise
    SC("cl-praise-locksmith-midnight", "praise",
       tw("nat_oye_home", f"massive thanks to @{B} 🙌 locked out at midnight with a sleeping toddler and the locksmith was there in 40 mins. home emergency cover paid for itself tonight"),
       expect(RP, "low", "home_emergency", "indirect"))

    # ---- Complaints in passing, sarcasm, ordinary complaints
    SC("cl-in-passing-what-a-week", "complaint-in-passing",
       tw("kitchen_sink_k", f"what a week. car failed its MOT, the dog ate a sock, and now @{B} have rejected my claim for the leak under the sink as 'wear and tear' after 6 weeks with the loss adjuster. roll on christmas 🍷"),
       expect(RP, "normal", "claims", "indirect"))
    SC("cl-sarcasm-app-upload", "sarcasm-customer",
       tw("hol_ruiz", "Love that the Copperleaf app logs me out every single time I try to upload photos of the damage. Really adds to the fun of having a burst pipe 🙃"),
       expect(RP, "normal", "app", "indirect"),
       known_miss="sarcasm about an app that logs out reads as a loss of service (high), and 'burst pipe' outweighs 'app' for the topic")
    SC("cl-sarcasm-a38-sheep", "sarcasm-customer",
       tw("mike_a38", "2 hrs 40 in a lay-by on the A38 waiting for breakdown recovery. got to know the local sheep really well though. 10/10 saturday #Copperleaf 🐑",
          when="2026-12-19T14:55:08Z"),
       expect(RP, "normal", "motor", "indirect"), note="sarcasm with no cue word; the brand only as a hashtag; a lay-by in daylight, no danger described")
    SC("cl-app-down-claims-line", "complaint-direct",
       tw("raj_dhillon_", f"@{B} is the app down? been trying all morning, can't log in, can't see any of my documents, and the claims line just rings out too",
          when="2026-12-21T11:40:51Z"),
       expect(RP, "high", "app", "direct"), note="the app and the phone line both down: an outage")
    SC("cl-double-direct-debit", "complaint-indirect",
       tw("mags_pendle", "Copperleaf have taken £94 out of my account twice this month. same direct debit, same day. bank says it's them, they say it's the bank. someone has my £94"),
       expect(RP, "normal", "payments", "indirect"))

    # ---- Reach, quote, hotline, odd input
    jonny = tw("JonnyHaleTV", f"Copperleaf Insurance just refused to renew our home policy after 11 years. Renewal letter, 3 weeks' notice, reason: our street flooded once in 2019. Not one missed premium. @{B} explain that to your loyal customers",
               metrics={"retweet_count": 3100, "reply_count": 840, "like_count": 15200, "quote_count": 410})
    SC("cl-big-reach-refused-renewal", "big-reach", jonny, expect(RP, "high", "renewals", "indirect"),
       note="612k followers; the handle at the end",
       known_miss="'our street flooded once', a past event given as the insurer's reason, reads as a danger now")
    SC("cl-repost-big-reach", "repost", tw("sian_rt", "", retweet=jonny), expect(IGN, "low", "renewals", "indirect"))
    tracker = tw(B, "New in the app 📱 track your claim in real time: see where it's up to, upload photos and message your handler, day or night.")
    SC("cl-quote-claim-tracker", "quote",
       tw("ed_quotes", "'track your claim in real time' mine has said 'in progress' since September. real time must mean geological time", quote=tracker),
       expect(RP, "normal", "claims", "indirect"), strict=False, note="quotes the brand's post without tagging it; sarcastic")
    SC("cl-hotline-vivaldi", "public-hotline-number",
       tw("tash_onhold", f"rang @{B} on 0808 157 0826 at 8am about my lost baggage from Faro. it's 9:40 and I'm still listening to Vivaldi on loop. is anyone actually there",
          when="2026-12-21T09:40:19Z"),
       expect(RP, "normal", "travel", "indirect"), strict=False, note="the number is the brand's own claims line, not the customer's")
    SC("cl-html-renewal-page", "html-entities",
       tw("dev_sorcha", f"@{B} the renewal page just shows &lt;script&gt;alert('renew')&lt;/script&gt; &amp; a white screen. how do I renew my car insurance before it runs out on Friday?"),
       expect(RP, "normal", "renewals", "direct"),
       known_miss="topic: 'car insurance' (two words) outweighs 'renew'")

    # ---- News and chatter
    SC("cl-news-storm-claims", "news-monitor",
       tw("CoverWireNews", "Copperleaf Insurance says it has had 4,300 home claims since Storm Ivo and is bringing in 150 extra loss adjusters from other insurers {url:https://coverwire.example/copperleaf-storm-ivo}"),
       expect(MON, "low", "claims", "indirect"))
    SC("cl-news-fca-fine", "news-monitor",
       tw("MoneyDeskNews", "Copperleaf Insurance fined £3.2m by the FCA over renewal prices for 41,000 long-standing customers {url:https://moneydesk.example/copperleaf-fca-fine}"),
       expect(MON, "low", "renewals", "indirect"))
    SC("cl-chatter-fox-advert", "chatter-monitor",
       tw("telly_tilly", "ok the Copperleaf Insurance advert with the fox in the yellow raincoat is the best thing on telly this christmas and I will not be taking questions 🦊"),
       expect(MON, "low", None, "indirect"))

    # ---- The houseplant, the estate, the brewery
    SC("cl-common-plant-dropping-leaves", "common-word",
       tw("plant_mum_ivy", "my copperleaf is dropping leaves like it's autumn 😩 too cold by the window? #houseplants #acalypha"),
       expect(IGN, "low", None, "none"))
    SC("cl-common-plant-holiday", "common-word",
       tw("jungle_flat_ru", "gave the copperleaf a big drink before we go on holiday tomorrow, the neighbour's got the key and very strict instructions 🪴"),
       expect(IGN, "low", ANY, "none"), note="the houseplant; 'holiday' is a plan keyword but there is no insurer here")
    SC("cl-namesake-drive-flooded", "namesake",
       tw("cld_resident", "Copperleaf Drive flooded again after last night's rain, cars stuck at the bottom by the roundabout. council needs to sort those drains out 🙄"),
       expect(IGN, "low", ANY, "none"), note="the housing estate's road; 'flooded' is a plan keyword but nobody's home or policy is mentioned")
    SC("cl-namesake-brewery-card", "namesake",
       tw("hop_scotch_dan", "Copperleaf Brewery taproom charged my card twice for one tab last night and the barman just shrugged. great IPA, terrible till 🍺"),
       expect(IGN, "low", ANY, "none"), note="a complaint about being charged twice, but at the brewery")

    # ---- Other languages
    SC("cl-es-grua-gasolinera", "non-english",
       tw("pablo_mlg", f"@{B} hola, tenemos una avería con el coche en una gasolinera cerca de Málaga y la grúa no llega. Llevamos dos horas esperando. ¿Alguien nos ayuda?", lang="es"),
       expect(RP, "normal", "motor", "direct"), note="Spanish: broken down abroad at a petrol station, tow truck two hours late",
       known_miss="'avería' (a breakdown) reads as a loss of service (high) for a car waiting for a tow")
    SC("cl-fr-degat-des-eaux", "non-english",
       tw("claire_dubois_", f"@{B} bonjour, dégât des eaux chez nous depuis samedi, une fuite sous la baignoire. Le plombier n'est toujours pas venu. C'est normal ?", lang="fr"),
       expect(RP, "normal", "home_emergency", "direct"))
    SC("cl-de-lastschrift-gekuendigt", "non-english",
       tw("ute_brandt", f"@{B} Ich habe meine Reiseversicherung im November gekündigt, aber die Lastschrift wurde im Dezember trotzdem abgebucht. Wann bekomme ich die Rückerstattung?", lang="de"),
       expect(RP, "normal", "payments", "direct"))
    SC("cl-nl-ziekenhuis-praise", "non-english",
       tw("sanne_dk", f"Top service van @{B} 👏 onze reisverzekering heeft de rekening van het ziekenhuis in Spanje binnen een week betaald. Dank jullie wel!", lang="nl"),
       expect(RP, "low", "travel", "indirect"), note="Dutch praise: the hospital bill in Spain paid within a week")
    return brand


BRANDS["copperleaf-insurance"] = ("CopperleafHelp", 4089012308, build_copperleaf_insurance)
