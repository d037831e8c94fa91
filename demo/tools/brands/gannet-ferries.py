# Gannet Ferries: a made-up ferry operator sailing from Skelport to Port Ellis
# (Isle of Marrow), Dunvane and, overnight, Veurhaven. "Gannet" is also a seabird
# and a greedy eater, and Skelport has a Gannet Taxis and a Gannet Fish Bar.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person,
# place, phone number, booking and account number here is made up.


def build_gannet_ferries():
    global CURRENT_BRAND, CLOCK
    brand = Brand("gannet-ferries", SCEN_DIR / "gannet-ferries.plan.toml", "GannetFerries", 4731862059, 1861220000000000871)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-01-11T05:50:00Z")
    B = "GannetFerries"
    user(B, "Gannet Ferries", 4731862059,
         "Skelport ⇄ Port Ellis, Dunvane and Veurhaven. We're here 6am–10pm, every day. Sailing updates in our app.",
         38_600, following=940, tweets=96_000, listed=210, verified=True)
    user("ciara_mw", "Ciara McWhirter", 4714642822, "Port Ellis. Two wee ones and a bag of snacks.", 340)
    user("dougie_baird", "Dougie Baird", 4726171313, "Fish puns are my cardio.", 410)
    user("lou_rennie", "Louise Rennie", 4706562221, "Islander. Twenty years of crossings.", 1250)
    user("rhona_bell", "Rhona Bell", 688698242, "Marrow every summer. Skint every autumn.", 520)
    user("calum_innes", "Calum Innes", 689397591, "", 180)
    user("sheena_isles", "Sheena Drummond", 4751345731, "Island life & ferry hacks.", 2300)
    user("morven_aird", "Morven Aird", 680804445, "Back on the island for good.", 260)
    user("iain_mccallum", "Iain McCallum", 4766589203, "", 140)
    user("lew_tanner", "Lewis Tanner", 4756341984, "Skelport. Bikes.", 300)
    user("jodie_fraser", "Jodie Fraser", 4700842976, "Nursery nurse. Gran's favourite.", 220)
    user("ewan_munro_dv", "Ewan Munro", 4714067375, "Runs the Dunvane shop. And the post office. And the petrol pump.", 610)
    user("gail_haddow", "Gail Haddow", 4710679893, "Mum of 2. Surviving.", 190)
    user("pip_garrow", "Pip Garrow", 681004305, "Walker. Wild swimmer. Always damp.", 880)
    user("tamsin_orr", "Tamsin Orr", 680850000, "Commuting to nowhere, slowly.", 410)
    user("niall_keddie", "Niall Keddie", 4719527543, "Weekend wanderer.", 720)
    user("becky_loudon", "Becky Loudon", 4776801959, "", 330)
    user("farid_kassem", "Farid Kassem", 686716268, "Pharmacist. Dad. Owed money.", 250)
    user("GannetCareDesk", "Gannet Ferries Care ✅", 684930092, "Official 24/7 customer support. DM us your booking!", 95, following=2100)
    user("ferry_prizes_uk", "Ferry Giveaways UK 🎉", 4701951276, "Free holidays every week! Follow to win 🛳️", 2900, following=4800)
    user("maggie_tulloch", "Maggie Tulloch", 4789175473, "Dunvane. 78. Still crossing.", 95)
    user("nasreen_hus", "Nasreen Hussain", 681192568, "Daughter, driver, organiser.", 240)
    user("petrie_plumbing", "Gordon Petrie", 687947115, "Plumbing & heating, Skelport & the isles.", 380)
    user("ollie_strachan", "Ollie Strachan", 683912401, "", 160)
    user("asha_menon_dsgn", "Asha Menon", 683762171, "Freelance designer. Island commuter.", 900)
    user("elspeth_gunn", "Elspeth Gunn", 680025193, "Port Ellis born & bred.", 110)
    user("luciaferrer_v", "Lucía Ferrer", 682756302, "Valenciana viajando por las islas.", 240)
    user("stuart_dow", "Stuart Dow", 4733290545, "", 150)
    user("ryan_tait", "Ryan Tait", 4781953995, "Joiner. Dunvane.", 210)
    user("morag_lennie", "Morag Lennie", 683791725, "Retired fire officer. Can't switch it off.", 430)
    user("heather_coull", "Heather Coull", 686459711, "Looking after Mum these days.", 270)
    user("dan_okonjo", "Dan Okonjo", 4756882567, "T1 diabetic since I was 9. Runner.", 560)
    user("isla_murchie", "Isla Murchie", 689354255, "Port Ellis. One day at a time.", 310)
    user("joana_pires", "Joana Pires", 685526058, "Lisboeta de férias.", 140)
    user("rab_kerr_77", "Rab", 4734334716, "", 60)
    user("shaun_gillies", "Shaun Gillies", 4708651822, "", 85)
    user("hamish_reid", "Hamish Reid", 4745400934, "Retired solicitor's clerk. I keep receipts.", 290)
    user("priti_rolls", "Priti Shah", 4737959848, "Wheelchair user. Travel writer, of sorts.", 4100)
    user("darren_weir", "Darren Weir", 4759521233, "", 70)
    user("sandra_bain", "Sandra Bain", 4786455590, "", 45)
    user("megan_dunlop", "Megan Dunlop", 4748611766, "Nurse. Skelport. Always running late.", 390)
    user("skelport_eats", "Skelport Eats", 684520547, "Every chippy, café and pub in Skelport, reviewed honestly.", 6400)
    user("ruthie_camp", "Ruth Campbell", 4700744660, "Counting down to summer.", 210)
    user("marrowbirder", "Marrow Birding", 4754638183, "Seabirds of Marrow Head. Binoculars always.", 3700)
    user("kirsty_lamb", "Kirsty Lamb", 686013243, "Feeding teenagers, mostly.", 300)
    user("tom_dalgleish", "Tom Dalgleish", 4779196851, "Photos from boats.", 520)
    user("SkelportGazette", "Skelport Gazette", 685717043, "News for Skelport, Marrow and the sound.", 38_400, following=900, verified=True)
    user("eilidh_moffat", "Eilidh Moffat", 685356027, "Designer. Has opinions about colours.", 650)
    user("claire_boyd", "Claire Boyd", 4779432002, "Mum to a very loud four-year-old.", 280)
    user("alan_sime", "Alan Sime", 4716598408, "Retired. Caravan. Opinions.", 190)
    user("femke_dv", "Femke de Vries", 4783944012, "Fietsen, zeilen, reizen.", 200)
    user("camille_roux", "Camille Roux", 4748733235, "Étudiante en biologie marine.", 130)
    user("jonas_bk", "Jonas Becker", 686418950, "Camper-Urlaub in Schottland.", 180)
    user("giulia_conti", "Giulia Conti", 688800239, "Viaggio con il mio cane.", 160)
    user("rosie_grieve", "Rosie Grieve", 681730371, "", 120)
    user("vanlife_mo", "Mo Sheridan", 4712535878, "Van life, slowly. Currently somewhere damp.", 8200)
    user("ben_harcus", "Ben Harcus", 4786138543, "Web developer. I read the page source for fun.", 1700)
    user("fraser_leslie", "Fraser Leslie", 4791679285, "Dunvane ↔ Skelport daily.", 240)
    user("rorymacrae", "Rory MacRae", 686063165, "Chef. Two restaurants, one cookbook, far too much butter.",
         1_300_000, following=1100, listed=4200, verified=True)
    user("ali_forbes", "Ali Forbes", 4773291477, "", 90)
    user("wee_jen_r", "Jen Rutherford", 686793676, "", 60)

    # Complaints, addressed and not
    ciara = tw("ciara_mw", f"@{B} been sat on the Solan at Port Ellis 50 mins now, engines off, nobody has told us a thing. are we delayed or what??", when="2027-01-11T14:40:12Z")
    SC("gf-sat-at-port-ellis-no-info", "complaint-direct", ciara, expect(RP, "normal", "sailings", "direct"))
    SC("gf-third-cancellation-fortnight", "complaint-direct",
       tw("ewan_munro_dv", f"@{B} third cancelled crossing to Dunvane in a fortnight. I run the shop on the island, I can't keep losing days like this"),
       expect(RP, "high", "sailings", "direct"), note="repeated failures: a strong complaint")
    SC("gf-no-record-of-booking-lowercase", "complaint-indirect",
       tw("gail_haddow", "gannet ferries have no record of my booking. paid in sept, got the confirmation email, turned up at skelport today and 'sorry nothing on the system'. 2 kids a dog and a car full of xmas presents"),
       expect(RP, "normal", "bookings", "indirect"), note="the brand's full name in lower case, not tagged, about her own trip")
    rhona = tw("rhona_bell", "£312 return fare for a car and two adults to Marrow in August. For a 90 minute crossing. Are they having a laugh #GannetFerries")
    SC("gf-fare-hashtag-only", "complaint-indirect", rhona, expect(RP, "normal", "bookings", "indirect"),
       note="the brand appears only as a hashtag at the end")
    SC("gf-oversold-car-deck-in-passing", "complaint-in-passing",
       tw("pip_garrow", f"Lovely week on Marrow, undone at the very end: rain, a puncture, and then @{B} bumped us off the 16:10 because they'd oversold the car deck. Home at 1am."),
       expect(RP, "normal", "vehicles", "indirect"))
    SC("gf-sarcasm-bonus-hours-at-anchor", "sarcasm-customer",
       tw("tamsin_orr", f"Cheers @{B} for the bonus three hours at anchor outside Skelport. Always wanted to get to know the harbour wall properly 🙃"),
       expect(RP, "normal", None, "indirect"), note="'cheers' is not thanks here; no plan keyword names the problem")
    SC("gf-sarcasm-overnight-cabin-review", "sarcasm-customer",
       tw("niall_keddie", "10/10 would recommend the Gannet overnight cabin experience. heating optional, shower purely decorative, 5am tannoy included at no extra charge"),
       expect(RP, "normal", "onboard", "indirect"), strict=False,
       note="bare 'Gannet', but an overnight cabin is the ferry company; no heating on board can be read as a loss of service (high)")
    SC("gf-sarcasm-living-the-dream", "sarcasm-customer",
       tw("becky_loudon", f"love that @{B} charge £4.50 for a tea and another £12 to sit in a recliner for 90 mins. living the dream"),
       expect(RP, "normal", "onboard", "indirect"))

    # Other people's conversations
    SC("gf-bystander-pun-bobbing-about", "joke-bystander",
       tw("dougie_baird", "@ciara_mw Gannet Ferries living up to the name there. Just bobbing about waiting for a fish to swim past 🐟", reply_to=ciara, when="2027-01-11T14:52:40Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun inside a customer's thread; the brand is not tagged")
    SC("gf-stranger-explains-linkspan", "third-party-chatter",
       tw("lou_rennie", "@ciara_mw Gannet always do this when the linkspan at Port Ellis plays up. usually 30-40 mins, same thing happened to us in August", reply_to=ciara, when="2027-01-11T15:01:05Z"),
       expect(MON, "low", None, "third_party"))
    ciara_brand = tw(B, "@ciara_mw Sorry, Ciara. The linkspan at Port Ellis has a hydraulic fault and we can't unload until it's fixed. The engineers are on it and I'll update you here by 15:30.", reply_to=ciara, when="2027-01-11T15:05:31Z")
    SC("gf-brand-reply-linkspan", "brand-own-post", ciara_brand, expect(IGN, "low", None, "none"))
    SC("gf-ciara-back-after-missed-update", "thread-with-brand",
       tw("ciara_mw", "it's quarter to 4. no update, still delayed, kids are climbing the walls", reply_to=ciara_brand, when="2027-01-11T15:46:09Z"),
       expect(RP, "high", "sailings", "direct"), note="replies to the brand's reply without @, after the promised update did not come")
    SC("gf-bystander-pun-swallow-anything", "joke-bystander",
       tw("calum_innes", "@rhona_bell they're called Gannet for a reason, they'll swallow anything you throw at them 😂", reply_to=rhona),
       expect(IGN, "low", None, "third_party"))
    SC("gf-stranger-tip-january-sale", "third-party-chatter",
       tw("sheena_isles", "@rhona_bell book in the January sale, the early fares are about half that. Gannet do it every year", reply_to=rhona),
       expect(MON, "low", "bookings", "third_party"))
    morven = tw("morven_aird", "you still coming over for Hogmanay or is the boat doing its usual 😂")
    SC("gf-venting-hogmanay", "third-party-venting",
       tw("iain_mccallum", "@morven_aird if Gannet actually sail 🙄 they cancelled on us twice in october, not holding my breath", reply_to=morven),
       expect(MON, "low", "sailings", "third_party"), note="lesson 2: don't butt in")
    lew = tw("lew_tanner", "how was the trip to your gran's in the end?")
    SC("gf-venting-change-fee", "third-party-venting",
       tw("jodie_fraser", "@lew_tanner don't ask. Gannet Ferries wanted £58 to change my booking by ONE day. the car's barely worth that 😭", reply_to=lew),
       expect(MON, "low", "bookings", "third_party"))

    # Threads with the brand, repeat contact
    farid = tw("farid_kassem", f"@{B} our overnight to Veurhaven on 19 Dec was cancelled and we were promised a full refund within 5 days. Nothing yet.", when="2027-01-11T19:02:17Z")
    SC("gf-impersonator-refund-form", "spam",
       tw("GannetCareDesk", "@farid_kassem Hi Farid, Gannet Ferries Customer Care here 👋 So sorry about your refund! Fill in this form with your booking ref and card details and we'll process it today {url:https://gannet-refunds.example/form}", reply_to=farid, when="2027-01-11T19:10:55Z"),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="a fake support account fishing for card details: not a case to answer, but the brand may want to warn the customer")
    farid_brand = tw(B, "@farid_kassem Sorry, Farid. I've checked and your refund of £438 went out on Monday. It can take 3 to 5 working days to reach your card.", reply_to=farid, when="2027-01-11T19:40:02Z")
    SC("gf-refund-still-missing", "repeat-contact",
       tw("farid_kassem", f"@{B} that was 12 days ago. still no refund on my card and your phone line just rings out. how many times do I have to ask?", reply_to=farid_brand, when="2027-01-11T19:58:46Z"),
       expect(RP, "high", "refunds", "direct"))
    SC("gf-van-dent-fourth-time-account", "repeat-contact",
       tw("petrie_plumbing", f"@{B} 4th time asking. freight account 30571846. your loading crew put a dent in my van on the car deck on the 3rd, photos sent twice, claim never even acknowledged"),
       expect(RV, "high", "vehicles", "direct"), note="coming back a fourth time, and an account number in public: answer privately")
    maggie = tw("maggie_tulloch", f"@{B} is the 09:15 to Dunvane going in this weather? wind's howling here", when="2027-01-12T07:58:44Z")
    maggie_brand = tw(B, "@maggie_tulloch Morning, Maggie. The 09:15 is sailing but might leave 15 to 20 minutes late because of the swell.", reply_to=maggie, when="2027-01-12T08:06:10Z")
    SC("gf-cafe-open-question-in-thread", "question-in-reply-to-brand",
       tw("maggie_tulloch", "thanks pet. will the café be open once we're moving? I'll need a cuppa after that 😅", reply_to=maggie_brand, when="2027-01-12T08:11:52Z"),
       expect(RP, "normal", "onboard", "direct"),
       note="a new, small question after a helpful answer: not a return of the problem, so not high")
    nasreen = tw("nasreen_hus", f"@{B} my mum uses a wheelchair and we're on the 10:30 to Port Ellis on Saturday. Can someone help her up from the car deck?", when="2027-01-12T10:20:03Z")
    nasreen_brand = tw(B, "@nasreen_hus Hi Nasreen, all arranged. Stay in the car when you board and a crew member will come to you with the key for the lift.", reply_to=nasreen, when="2027-01-12T10:41:27Z")
    SC("gf-assistance-followup-lift-broken", "thread-with-brand",
       tw("nasreen_hus", "Brilliant, thank you. Last time the lift was broken and she had to be carried up two flights. Can someone check it before we board?", reply_to=nasreen_brand, when="2027-01-12T10:55:38Z"),
       expect(RP, ANY, "assistance", "direct"),
       note="a follow-up in a thread with the brand, without @: thanks plus a worry from a past failure, normal or high")

    # Private details
    SC("gf-booking-ref-new-car", "private-details",
       tw("ollie_strachan", f"@{B} booking ref GF-7HK2QP. got a new car last week, how do I change the reg on the booking before Friday?"),
       expect(RV, "normal", "bookings", "direct"))
    SC("gf-phone-number-lost-laptop", "private-details",
       tw("asha_menon_dsgn", f"@{B} left my grey laptop bag under a seat on the 12:40 from Dunvane 😩 if anyone hands it in PLEASE ring me on 07700 900562", when="2027-01-12T13:35:20Z"),
       expect(RV, "normal", "lost_property", "direct"))
    SC("gf-address-and-dob-resident-discount", "private-details",
       tw("elspeth_gunn", f"@{B} why is my island resident discount not showing?? I've lived at 4 Harbour Row, Port Ellis, QM7 2XR for 15 years. DOB 12/03/1971 if that's what your system wants"),
       expect(RV, "normal", "bookings", "direct"))
    SC("gf-es-email-reserva", "private-details",
       tw("luciaferrer_v", f"@{B} hola, hice una reserva para el viernes a Port Ellis y no me ha llegado la confirmación. Mi correo es lucia.ferrer@correo.example, ¿me la podéis reenviar?", lang="es"),
       expect(RV, "normal", "bookings", "direct"), note="Spanish, with an email address")
    SC("gf-helpline-number-engaged", "public-hotline-number",
       tw("stuart_dow", f"rang @{B} on 0808 157 0611 six times this morning, engaged every time. still no idea if my 2pm to Dunvane is cancelled"),
       expect(RP, "normal", "sailings", "indirect"), strict=False,
       note="the number is the brand's own helpline, not the customer's")

    # Safety and health
    SC("gf-fight-car-deck-stairs", "safety-urgent",
       tw("ryan_tait", f"@{B} fight on the stairs down to the car deck on the 19:00 from Dunvane, one lad's bleeding from the head and I can't find any crew", when="2027-01-12T19:18:31Z"),
       expect(RP, "urgent", "safety", "direct"))
    SC("gf-smoke-from-vent-tag-at-end", "safety-urgent",
       tw("morag_lennie", f"smoke coming out of a vent in the forward lounge on the Marrow Isle, smells like burning plastic. crew said it's fine?? not convinced @{B}"),
       expect(RP, "urgent", "safety", "indirect"))
    SC("gf-gangway-loose-plate-hashtag", "safety-urgent",
       tw("heather_coull", "My mum fell through a loose plate on the passenger gangway at Dunvane this morning. She's bruised but ok. A child could go straight through it #GannetFerries"),
       expect(RP, "urgent", "safety", "indirect"), note="the hazard is still there; the brand appears only as a hashtag")
    SC("gf-insulin-fridge-calm-question", "medical-urgent",
       tw("dan_okonjo", f"@{B} hi, we're on the overnight to Veurhaven on the 14th. My insulin has to stay refrigerated, is there a fridge on board I can use? Thanks 😊"),
       expect(RP, "urgent", "assistance", "direct"), note="a calm question, but a medical need")
    SC("gf-chemo-sailing-cancelled", "medical-urgent",
       tw("isla_murchie", f"@{B} the 07:30 from Port Ellis is cancelled AGAIN and I have chemo at Skelport General at 11. is there any way at all to get across today?", when="2027-01-12T06:41:09Z"),
       expect(RP, "urgent", ANY, "direct"), note="a cancellation on its face, but missing cancer treatment: urgent whichever team takes it")
    SC("gf-pt-insulina-no-carro", "medical-urgent",
       tw("joana_pires", f"@{B} a minha filha é diabética e a insulina dela ficou no carro, no convés. Estamos a meio da travessia. Alguém nos pode ajudar, por favor?", lang="pt"),
       expect(RP, "urgent", "assistance", "direct"), note="Portuguese: a child's insulin locked on the car deck mid-crossing")

    # Threats, legal threats and abuse
    SC("gf-threat-deckhand-harbour", "threat-urgent",
       tw("rab_kerr_77", f"@{B} that jumped up little deckhand at Dunvane who waved me out the queue today, next time I see him he's going in the harbour. count on it"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a member of staff")
    SC("gf-threat-office-with-a-bat", "threat-urgent",
       tw("shaun_gillies", "If Gannet cancel my crossing one more time I'm going down the Skelport office with a bat and someone's getting hurt. Not even joking anymore"),
       expect(ANY, "urgent", ANY, "indirect"), note="bare 'Gannet', but cancelling a crossing makes it the ferry company")
    SC("gf-small-claims-compensation", "legal-threat-not-urgent",
       tw("hamish_reid", f"@{B} nine weeks waiting on compensation for the 3 Nov Veurhaven sailing that never left. Under passenger rights rules you owe us €250 each. Small claims form is filled in and goes off Monday."),
       expect(RP, "high", "refunds", "direct"))
    SC("gf-trading-standards-accessible-room", "legal-threat-not-urgent",
       tw("priti_rolls", f"Reported @{B} to Trading Standards today. Paid extra for an 'accessible' room on the overnight and got a step at the door and a shower no wheelchair could get into."),
       expect(RP, "high", "assistance", "indirect"))
    SC("gf-abusive-charged-twice", "abuse-with-problem",
       tw("darren_weir", f"@{B} you absolute clowns. charged TWICE for the same trip, on my card, and your phone line hangs up on me. £186 back. today."),
       expect(RP, "high", "refunds", "direct"))
    SC("gf-abusive-all-caps-website-down", "abuse-with-problem",
       tw("sandra_bain", f"@{B} WORST RUN COMPANY IN BRITAIN. WEBSITE DOWN ALL DAY AND I CANT BOOK THE KIDS HOME FOR CHRISTMAS. USELESS. ABSOLUTELY USELESS"),
       expect(RP, "high", "website", "direct"), note="rude, in capitals, but a real outage")

    # Spam, namesakes, common words
    SC("gf-fake-birthday-giveaway", "spam",
       tw("ferry_prizes_uk", "🎉 GANNET FERRIES 80TH BIRTHDAY GIVEAWAY 🎉 500 families win FREE return crossings for 4! Like &amp; repost, then enter here 👉 {url:https://gannet-80th.example/win}"),
       expect(IGN, "low", None, "indirect"))
    SC("gf-namesake-taxi-firm", "namesake",
       tw("megan_dunlop", "Gannet Taxis no show AGAIN. 40 mins stood outside Skelport ferry terminal in the rain with a suitcase and watched my boat leave without me. Never using them again"),
       expect(IGN, "low", None, "none"), note="another Skelport business, at the ferry terminal: the taxi firm let her down, not the ferry")
    SC("gf-namesake-fish-bar", "namesake",
       tw("skelport_eats", "Gannet Fish Bar on the quay still does the best haddock in Skelport, no contest. Queue was out the door at 6pm on a Tuesday."),
       expect(IGN, "low", None, "none"))
    SC("gf-namesake-holiday-cottage", "namesake",
       tw("ruthie_camp", "Gannet Cottage on Marrow is booked for August!! Sea views, a wood burner and zero wifi. Can't wait 🐚"),
       expect(IGN, "low", ANY, "none"), note="a holiday let on the island the ferry serves; 'booked' and 'wifi' are plan words, but not about the brand")
    SC("gf-common-word-seabird", "common-word",
       tw("marrowbirder", "a gannet just dived about ten feet from me off Marrow Head. absolutely unreal 🐦", when="2027-01-13T10:12:45Z"),
       expect(IGN, "low", None, "none"))
    SC("gf-common-word-greedy-teen", "common-word",
       tw("kirsty_lamb", "my 14yo is an absolute gannet. ate a whole family lasagne and then asked what's for pudding"),
       expect(IGN, "low", None, "none"))
    SC("gf-common-word-bird-from-the-ferry", "common-word",
       tw("tom_dalgleish", "A gannet followed the boat the whole way over to Port Ellis, diving right next to the top deck. Best £12 I've spent all year 🌊", when="2027-01-13T13:30:18Z"),
       expect(IGN, "low", None, "none"), strict=False,
       note="the gannet is the bird, although the trip was very likely on the brand's ferry: happy, with nothing to answer")

    # News, chatter, the brand's own posts, reposts, quotes
    SC("gf-news-solan-out-of-service", "news-monitor",
       tw("SkelportGazette", "MV Solan will be out of service until March after propeller damage, Gannet Ferries has confirmed. A chartered ship will run a reduced timetable to Port Ellis. {url:https://skelportgazette.example/2027/01/solan-propeller}"),
       expect(MON, "low", "sailings", "indirect"))
    SC("gf-news-fined-after-injury", "news-monitor",
       tw("SkelportGazette", "Gannet Ferries fined £85,000 after a passenger was badly injured in a fall on board the MV Skerry, sheriff court hears {url:https://skelportgazette.example/2027/01/gannet-fine}"),
       expect(MON, "low", "safety", "indirect"))
    SC("gf-chatter-teal-livery", "chatter-monitor",
       tw("eilidh_moffat", "the new Gannet Ferries livery is very... teal. like a floating mint choc chip 🍦"),
       expect(MON, "low", None, "indirect"))
    notice = tw(B, "⚠️ Forecast gusts of 60mph: the 18:00 Skelport to Port Ellis and the 20:00 return are cancelled. Everyone on them has been moved to the 07:30 tomorrow, free of charge.")
    SC("gf-brand-weather-notice", "brand-own-post", notice, expect(IGN, "low", "sailings", "none"))
    SC("gf-repost-weather-notice", "repost", tw("ali_forbes", "", retweet=notice), expect(IGN, "low", "sailings", "indirect"))
    running = tw(B, "All sailings are running to timetable this morning ☀️ Have a lovely crossing!", when="2027-01-13T07:02:00Z")
    SC("gf-quote-running-to-timetable", "quote",
       tw("fraser_leslie", "'running to timetable' 🙃 the 11:00 from Dunvane is 25 mins late and hasn't even docked yet", quote=running, when="2027-01-13T11:26:33Z"),
       expect(RP, "normal", "sailings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it")

    # Questions, praise, big reach
    SC("gf-foot-passenger-question-no-punctuation", "question",
       tw("rosie_grieve", f"@{B} do foot passengers need to book for the 8am to Dunvane or can i just turn up"),
       expect(RP, "normal", "bookings", "direct"))
    SC("gf-van-height-question", "question",
       tw("vanlife_mo", f"@{B} whats the height limit on the car deck?? van's 2.4m with the roof box on"),
       expect(RP, "normal", "vehicles", "direct"))
    SC("gf-praise-bunbun-posted-home", "praise",
       tw("claire_boyd", f"@{B} huge thank you to the crew on the Solan who found Bun-bun (very loved rabbit), left behind under a seat by my daughter, and posted him home to us. One very happy 4 year old 🥹🐰"),
       expect(RP, "low", "lost_property", "direct"))
    SC("gf-praise-storm-bacon-rolls", "praise",
       tw("alan_sime", "Credit where it's due, Gannet Ferries cancelled our crossing for the storm but moved the lot of us onto the early boat and handed out free bacon rolls. Decent folk."),
       expect(RP, "low", "sailings", "indirect"), note="praise, although it mentions a cancellation")
    SC("gf-nl-praise-schone-hut", "praise",
       tw("femke_dv", f"Wat een fijne overtocht met @{B}! Schone hut, vriendelijke bemanning en precies op tijd in Veurhaven. Dank jullie wel 👏", lang="nl"),
       expect(RP, "low", "onboard", "indirect"), note="Dutch praise, the handle mid-sentence")
    chef = tw("rorymacrae", f"Stuck in Skelport because @{B} cancelled the last boat and nobody can tell me if the morning one is going. Meant to be cooking for 200 people on Marrow tomorrow night. Brilliant.")
    SC("gf-chef-stranded", "big-reach", chef, expect(RP, "high", "sailings", "indirect"), note="1.3M followers")
    SC("gf-repost-chef-stranded", "repost", tw("wee_jen_r", "", retweet=chef), expect(IGN, "low", "sailings", "indirect"))

    # Other languages and odd inputs
    SC("gf-fr-objets-trouves", "non-english",
       tw("camille_roux", f"@{B} bonjour, j'ai oublié mon sac à dos dans la cabine 212 ce matin (traversée de nuit depuis Veurhaven). Est-il aux objets trouvés ?", lang="fr"),
       expect(RP, "normal", "lost_property", "direct"))
    SC("gf-de-erstattung-abgesagt", "non-english",
       tw("jonas_bk", f"@{B} Unsere Nachtfähre nach Veurhaven am Freitag wurde abgesagt. Steht uns eine Erstattung zu, oder nur eine Umbuchung?", lang="de"),
       expect(RP, "normal", "refunds", "direct"))
    SC("gf-it-cane-in-cabina", "non-english",
       tw("giulia_conti", f"@{B} buongiorno, posso tenere il mio cane in cabina durante la traversata notturna per Veurhaven? Grazie!", lang="it"),
       expect(RP, "normal", "onboard", "direct"))
    SC("gf-html-in-fare-page", "html-entities",
       tw("ben_harcus", f"@{B} the fare for the 09:15 shows as &lt;b&gt;undefined&lt;/b&gt; &amp; the seat map is blank. what's the actual price for a car + 2 adults?"),
       expect(RP, "normal", "bookings", "direct"))
    return brand


BRANDS["gannet-ferries"] = ("GannetFerries", 4731862059, build_gannet_ferries)
