# Marlin Buses: a made-up bus and coach operator in the Caldmouth city region: routes and
# timetables, late and cancelled buses, drivers, fares, day tickets and contactless, the
# app and its live tracking, school services, lost property, ramps and wheelchair spaces,
# and coach trips to the seaside. "Marlin" is also a big-game fish (and a steak on a
# menu), a surname (a youth football coach), a rifle maker, Marlin Road, the Marlin Arms
# pub and the anxious clownfish dad in a cartoon: none of them is the bus company.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# route, phone number, card number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_marlin_buses():
    global CURRENT_BRAND, CLOCK
    brand = Brand("marlin-buses", SCEN_DIR / "marlin-buses.plan.toml", "MarlinBuses", 4167890116, 1861220000000002001)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-05-03T05:50:00Z")
    B = "MarlinBuses"
    user(B, "Marlin Buses", 4167890116,
         "Marlin Buses customer team 🚌 7am–10pm, every day, across Caldmouth and the Wexdale. Live times in the Marlin app. "
         "Helpline 0808 157 0462. Never post card or pass numbers here.",
         31_600, following=540, tweets=96_000, listed=180, verified=True)
    user("fern_abiodun", "Fern Abiodun", 6510382716, "Physio at Caldmouth General. Orrin Park.", 340)
    user("reel_it_in_rich", "Rich Tolley", 6510447291, "Sea angler. Puns free of charge.", 820)
    user("tobi_adeyinka", "Tobi Adeyinka", 6510519034, "MSc Urban Planning, Caldmouth Uni. Final stretch 📚", 410)
    user("gwen_stallard", "Gwen Stallard", 6510583467, "Wexcombe. Allotment, audiobooks.", 190)
    user("ravi_sandhu_cm", "Ravi Sandhu", 6510640128, "Electrician. Arsenal. Early nights.", 260)
    user("MarlinBusRefund", "Marlin Buses Refunds ✅", 6510702955,
         "Official refunds & support 24/7 🚌 DM or WhatsApp us for fast claims", 23, following=3900)
    user("kezia_ambrose", "Kezia Ambrose", 6510768311, "Nursery nurse. Always somewhere between two buses.", 480)
    user("imogen_tait", "Imogen Tait", 6510821546, "MS warrior, wheelchair user, terrible at cryptic crosswords.", 1250)
    user("dawn_pettifer", "Dawn Pettifer", 6510889702, "Mum of 3. Cadley.", 230)
    user("shaz_oduya", "Sharon Oduya", 6510943378, "Cadley mums group admin. Ask me anything.", 1600)
    user("soph_linklater", "Sophie Linklater", 6511006249, "Gigs > sleep.", 540)
    user("maisie_corrigan", "Maisie Corrigan", 6511074830, "Wexcombe girl. Loud.", 710)
    user("priya_dhanda", "Priya Dhanda", 6511132597, "Toddler wrangler.", 300)
    user("becca_tolland", "Becca Tolland", 6511190463, "Two under four. Send help.", 410)
    user("jonno_varley", "Jon Varley", 6511258014, "Stennet Hill. Bike's in for repair (sob).", 150)
    user("findingfinn_lou", "Lou Finnegan", 6511317682, "Pixar quotes for every occasion 🐠", 980)
    user("TashaBloomTV", "Tasha Bloom", 6511384025, "Presenter, Sunday Mornings. Gran's favourite. Views mine.",
         1_340_000, following=1800, listed=4200, verified=True)
    user("gran_fan_dee", "Dee Wallis", 6511442760, "", 85)
    user("leah_mbatha", "Leah Mbatha", 6511509331, "Law student, Caldmouth Uni. Exams, send snacks.", 380)
    user("ruth_alder_wx", "Ruth Alder", 6511566198, "Payroll. Wexcombe.", 150)
    user("dom_keverne", "Dom Keverne", 6511623875, "Fixes boilers. Complains about buses.", 230)
    user("ellis_ng_cm", "Ellis Ng", 6511690542, "Designer. Monday hater.", 670)
    user("hana_yoshida_c", "Hana Yoshida", 6511748219, "Lab tech. Caldmouth.", 260)
    user("mark_otway", "Mark Otway", 6511805086, "New job in Wexcombe, same old commute.", 120)
    user("rosalind_frey", "Rosalind Frey", 6511872653, "Partially sighted. Audiobook addict. Guide dog on the way!", 450)
    user("bilal_farouk", "Bilal Farouk", 6511939420, "Night shifts at the distribution centre.", 90)
    user("carys_penrose", "Carys Penrose", 6512007197, "Daughter of a very stubborn 90 year old.", 210)
    user("theo_lindqvist", "Theo Lindqvist", 6512064864, "Backend dev. Commutes by spite.", 1900)
    user("nicola_hebden", "Nicola Hebden", 6512131531, "Cadley. Two boys, one dog.", 160)
    user("zofia_kaczmarek", "Zofia Kaczmarek", 6512198208, "Polka w Caldmouth.", 140)
    user("glenys_arbuth", "Glenys Arbuthnot", 6512255975, "Retired dinner lady. Day trips are my cardio.", 95)
    user("ayesha_rahman_c", "Ayesha Rahman", 6512322642, "Student nurse. Nights out, nights in.", 730)
    user("kev_mulholland", "Kev Mulholland", 6512389319, "Roofer. Says it how it is.", 310)
    user("lucia_ferrandiz", "Lucía Ferrándiz", 6512446086, "Alicantina en Caldmouth. Enfermera.", 280)
    user("owen_brackley", "Owen Brackley", 6512513753, "Accountant. Probably overthinking it.", 190)
    user("sanne_devries", "Sanne de Vries", 6512570420, "Utrechtse in Caldmouth. Mantelzorger.", 170)
    user("lukas_brenner", "Lukas Brenner", 6512637197, "Aus Graz, jetzt in Caldmouth.", 110)
    user("ana_carvalho_cm", "Ana Carvalho", 6512694864, "Mãe, professora, portuense.", 240)
    user("jade_whitmore", "Jade Whitmore", 6512751531, "T1D mum. Carb counting queen.", 560)
    user("maureen_kilby", "Maureen Kilby", 6512818208, "78 and still going. Grandma x7.", 60)
    user("gaz_rudd_wx", "Gary Rudd", 6512885975, "", 45)
    user("mathieu_giraud", "Mathieu Giraud", 6512942642, "Lyonnais perdu à Caldmouth.", 130)
    user("tracey_heald", "Tracey Heald", 6513009319, "Don't mess with my kids.", 220)
    user("dennis_orme_cm", "Dennis Orme", 6513076086, "Retired. Wexcombe. Writes letters.", 140)
    user("hollie_fenwick", "Hollie Fenwick", 6513132753, "Guide dog Pip's person. Physio student.", 890)
    user("shane_crowther", "Shane Crowther", 6513199420, "", 70)
    user("jaz_mcleod", "Jaz McLeod", 6513256097, "Warehouse. Gym. Sleep.", 180)
    user("CaldmouthWins", "Caldmouth Giveaways 🎁", 6513322764, "Daily giveaways 🎉 Follow to win!", 4100, following=4950)
    user("hedgerow_harry", "Harry Dunstan", 6513389431, "Farmer. Pest control. Fixes fences.", 210)
    user("sunday_roast_rv", "Bryony Castle", 6513446108, "I review roast dinners so you don't have to.", 3400)
    user("u12_touchline", "Kelly Barnes", 6513512875, "Proud football mum. Orrin Park Rovers U12s ⚽", 330)
    user("pixar_dad_sam", "Sam Osei", 6513579542, "Dad of two. Cries at cartoons.", 410)
    user("bluewater_jules", "Jules Harker", 6513646219, "Sport fishing, boats, sunburn.", 2200)
    user("pellin_foodie", "Nia Prowse", 6513703886, "Eating my way round the coast.", 1500)
    user("CaldmouthEcho", "The Caldmouth Echo", 6513770553, "News from Caldmouth and the Wexdale since 1871.",
         46_000, following=1100, verified=True)
    user("oldcaldmouth_mk", "Mike Tregear", 6513837220, "Back in Caldmouth after 20 years away.", 270)
    user("olu_bankole_c", "Olu Bankole", 6513894887, "3A survivor.", 200)
    user("marieke_claes", "Marieke Claes", 6513961554, "Vlaamse in Orrin Park.", 160)
    user("giulia_ferraro", "Giulia Ferraro", 6514028221, "Pensionata, torinese, curiosa.", 90)
    user("xss_priyanka", "Priyanka Rao", 6514094888, "QA engineer. I break forms for a living.", 1200)
    user("callum_dyer_cc", "Callum Dyer", 6514151555, "Apprentice sparky. Cadley Cross.", 110)
    user("wexdale_rambler", "Pat Hulme", 6514284889, "Walking the Wexdale one stile at a time.", 260)

    # ---- Bank holiday Monday, 3 May --------------------------------------------------
    SC("mbus-oxygen-on-coach-trip", "medical-urgent",
       tw("maureen_kilby", f"@{B} hello, I'm booked on your coach trip to Pellin Sands on the 22nd. I'm on oxygen, a small portable cylinder. Is that allowed on board? I don't want to be turned away at the door on the day",
          when="2027-05-03T10:02:41Z"),
       expect(RP, "urgent", "coaches", "direct"), strict=False,
       note="a calm question about a medical need (oxygen) weeks ahead: urgent by 'a medical need, even a calm question "
            "about one'; a care lead could also call it an ordinary question (normal)")
    SC("mbus-guide-dog-question", "question",
       tw("rosalind_frey", f"@{B} I'm getting a guide dog next month (!!) and will be using the 9 and the 44 to get to work. Do I need to tell anyone or register her anywhere?",
          when="2027-05-03T11:15:09Z"),
       expect(RP, "normal", "accessibility", "direct"), note="a happy accessibility question, not a medical need")
    SC("mbus-namesake-rifle", "namesake",
       tw("hedgerow_harry", "finally got the old Marlin .22 back from the gunsmith, new firing pin and a proper clean. rabbits on the top field won't know what's hit them",
          when="2027-05-03T12:40:55Z"),
       expect(IGN, "low", None, "none"), note="the rifle maker; a gun and 'won't know what's hit them' are about rabbits, not a threat",
       known_miss="round 7, not met yet: action: want 'ignore', got monitor; topic: want null, got incidents; addressed: want 'none', got indirect; the engine read: names Marlin Buses in a post to everyone | general chatter about the brand | topic incidents: 'fire'")
    SC("mbus-common-marlin-steak", "common-word",
       tw("pellin_foodie", "marlin steak with lime and chilli at the harbour caff in Pellin Sands, £14 and worth every penny 🐟🔥",
          when="2027-05-03T13:05:18Z"),
       expect(IGN, "low", None, "none"), note="the fish, on a plate")
    SC("mbus-smoke-probably-nothing", "safety-urgent",
       tw("owen_brackley", f"@{B} probably nothing but there's a strong burning smell on the 9 and a grey haze coming up at the back near the engine. just come off the Stennet Hill roundabout. nobody's said anything yet, should we be worried?",
          when="2027-05-03T13:36:02Z"),
       expect(RP, "urgent", "incidents", "direct"), note="calm and apologetic, but a possible fire on a moving bus full of people")
    SC("mbus-namesake-finding-nemo", "namesake",
       tw("pixar_dad_sam", "Finding Nemo with the kids for the 40th time. Marlin is just an anxious dad who's never been told 'no' by the ocean and I RELATE 🐠",
          when="2027-05-03T15:20:44Z"),
       expect(IGN, "low", None, "none"), note="the cartoon clownfish")
    SC("mbus-chatter-green-and-cream", "chatter-monitor",
       tw("oldcaldmouth_mk", "20 years away and the Marlin buses are still green and cream. the most Caldmouth thing ever. some things never change 💚",
          when="2027-05-03T16:10:27Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer",
       known_miss="round 7, not met yet: action: want 'monitor', got respond_public; priority: want 'low', got normal; the engine read: names Marlin Buses in a post to everyone | complaint (0.57)")
    SC("mbus-common-blue-marlin-madeira", "common-word",
       tw("bluewater_jules", "BLUE MARLIN off Madeira today!! 4 hours on the rod, tagged and released 🎣 best day of my life, arms are dead",
          when="2027-05-03T17:02:13Z"),
       expect(IGN, "low", None, "none"), note="the big-game fish; 'arms are dead' is not an injury")
    SC("mbus-58-minutes-6-miles", "complaint-direct",
       tw("ruth_alder_wx", f"@{B} X7, 17:40 from Gillan Street to Wexcombe. 58 minutes. it's 6 miles. the timetable says 22.",
          when="2027-05-03T18:47:31Z"),
       expect(RP, "normal", "service", "direct"), note="a complaint with no complaint word: just the numbers")
    SC("mbus-spam-free-travel-pass", "spam",
       tw("CaldmouthWins", f"🚌 GIVEAWAY 🚌 win a FREE annual travel pass! just follow us, repost this and tag @{B} + 3 mates 👇 winners DM'd Friday {{url:https://caldmouth-wins.example/free-pass}}",
          when="2027-05-03T19:00:00Z"),
       expect(IGN, "low", "fares", "indirect"), note="a fake giveaway; the topic comes from the keyword")
    imogen = tw("imogen_tait", f"@{B} third 3A in a row tonight with a 'broken' ramp. I'm in my wheelchair at the Fossway Rd stop, it's gone 11, pouring down, I've got MS and the cold sets my legs off. phone on 6%. I just need to get home",
                when="2027-05-03T23:08:16Z")
    SC("mbus-ms-wheelchair-stranded-in-rain", "safety-urgent", imogen, expect(RP, "urgent", "accessibility", "direct"),
       note="a disabled woman stranded late at night in the cold and rain, phone dying: a risk to her health and safety")
    imogen_brand = tw(B, "@imogen_tait Imogen, I'm so sorry. Control are sending the nearest 3A with a working ramp straight to Fossway Rd, about 12 minutes. If it's any later the supervisor will ring you a taxi on us. I'm staying on here with you.",
                      reply_to=imogen, when="2027-05-03T23:14:40Z")

    # ---- Tuesday, 4 May -----------------------------------------------------------------
    SC("mbus-imogen-fourth-time-this-month", "repeat-contact",
       tw("imogen_tait", "home now, taxi in the end, just before midnight. thank you. but that's the 4th time this month the ramp on the 3A has been broken and one night my phone will be dead before anyone answers",
          reply_to=imogen_brand, when="2027-05-04T00:22:05Z"),
       expect(RP, "high", "accessibility", "direct"),
       note="back in the brand's thread without @: safe at home now, so no longer urgent, but the fourth failure this month",
       known_miss="round 7, not met yet: priority: want 'high', got low; the engine read: replies to @MarlinBuses: the customer is talking to the brand | praise: thank them | topic accessibility: 'ramp', 'rampe'")
    SC("mbus-n9-man-harassing-girls", "safety-urgent",
       tw("ayesha_rahman_c", f"@{B} N9 top deck, just pulled out of Stennet Hill. a man is going seat to seat harassing young girls and squaring up to anyone who says anything. nobody downstairs has a clue. can someone radio the front please",
          when="2027-05-04T00:41:37Z"),
       expect(RP, "urgent", "incidents", "direct"), note="happening now, on a night bus")
    SC("mbus-day-ticket-up-again", "complaint-indirect",
       tw("dom_keverne", "Marlin Buses have put the day ticket up to £6.80 and the 3A still turns up whenever it fancies. paying more for less, as per",
          when="2027-05-04T07:20:52Z"),
       expect(RP, "normal", "fares", "indirect"), note="names the brand, doesn't tag it, about his own fares",
       known_miss="round 7, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Marlin Buses in a post to everyone | general chatter about the brand | topic fares: 'day ticket', 'ticket'")
    quarter = tw(B, "📣 94% of Marlin buses ran on time in April. Thanks for travelling with us, and thanks to every driver who made it happen!",
                 when="2027-05-04T08:00:00Z")
    leah = tw("leah_mbatha", f"@{B} your driver on the 12 drove straight past me this morning. I was at the stop with my arm out, the only person there. next one was 25 mins later and I missed the start of my exam",
              when="2027-05-04T08:31:26Z")
    SC("mbus-quote-94-percent", "quote",
       tw("olu_bankole_c", "guess I'm the 6% then. 3A was 20 min late again this morning 🙃", quote=quarter,
          when="2027-05-04T08:37:49Z"),
       expect(RP, "normal", "service", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic")
    leah_brand = tw(B, "@leah_mbatha That's not on, Leah, and I'm sorry about your exam. Which stop was it and roughly what time? I'll get the depot to pull the footage and speak to the driver today.",
                    reply_to=leah, when="2027-05-04T08:50:03Z")
    SC("mbus-drove-past-which-stop", "thread-with-brand",
       tw("leah_mbatha", "Cadley Cross, just after 8:05. the driver looked right at me and shrugged. I've got to sit a resit now because of it",
          reply_to=leah_brand, when="2027-05-04T09:12:44Z"),
       expect(RP, "normal", "drivers", "direct"), note="answers the brand's question without @")
    tobi = tw("tobi_adeyinka", f"@{B} left my work laptop on the 21 into Gillan Street about 8:40, grey laptop in a black sleeve with a Caldmouth Uni sticker. please ring me on 07700 900482 if it's handed in, my whole dissertation is on it 😭",
              when="2027-05-04T09:05:18Z")
    SC("mbus-laptop-phone-number", "private-details", tobi, expect(RV, "normal", "lost_property", "direct"),
       note="a mobile number in public")
    SC("mbus-chatter-lost-property-office", "third-party-chatter",
       tw("gwen_stallard", "@tobi_adeyinka Marlin lost property is round the back of Gillan Street station. they're decent tbh, my headphones were handed in the same day. go in person, nobody answers the phone",
          reply_to=tobi, when="2027-05-04T09:33:57Z"),
       expect(MON, "low", "lost_property", "third_party"), note="a stranger's tip in someone else's thread")
    soph = tw("soph_linklater", "@maisie_corrigan how was the gig?? so jealous 🎸", when="2027-05-04T09:14:20Z")
    SC("mbus-venting-last-one-home-cancelled", "third-party-venting",
       tw("maisie_corrigan", "@soph_linklater unreal. getting home wasn't. last Marlin back to Wexcombe was cancelled with no warning, 40 of us stood at Gillan Street and then £34 for a taxi 🙃",
          reply_to=soph, when="2027-05-04T09:40:08Z"),
       expect(MON, "low", "service", "third_party"), note="lesson 2: venting to a friend, brand not tagged")
    SC("mbus-traffic-commissioner", "legal-threat-not-urgent",
       tw("dennis_orme_cm", f"@{B} 5 weeks since I reported the 21 running early and leaving Wexcombe before the timetable time every night. 4 emails, no replies. I've now written to the Traffic Commissioner and copied in my councillor.",
          when="2027-05-04T09:58:35Z"),
       expect(RP, "high", "service", "direct"), note="a regulator threat after weeks of silence: high, not urgent",
       known_miss="round 7, not met yet: priority: want 'high', got normal; the engine read: addressed to @MarlinBuses | complaint (0.90) | topic service: 'running early', 'timetable'")
    SC("mbus-praise-driver-90th", "praise",
       tw("carys_penrose", f"@{B} shoutout to the driver on the 9 this morning (Denise I think?) who waited while my dad got his walker on, made sure he was sat down before pulling off and wished him a happy 90th 💛",
          when="2027-05-04T10:05:51Z"),
       expect(RP, "low", "drivers", "direct"),
       known_miss="round 7, not met yet: priority: want 'low', got normal; the engine read: addressed to @MarlinBuses | sarcasm (irony 0.75) from a customer: a complaint | topic drivers: 'driver'")
    SC("mbus-it-gita-in-pullman", "non-english",
       tw("giulia_ferraro", f"@{B} buongiorno, ci sono ancora posti per la gita in pullman a Pellin Sands del 22 maggio? E si può pagare a bordo? Grazie",
          lang="it", when="2027-05-04T10:30:12Z"),
       expect(RP, "normal", "coaches", "direct"), note="Italian: a question about a coach trip")
    freq = tw(B, "From Sunday 9 May the 44 runs every 12 minutes between Orrin Park and Gillan Street, Monday to Saturday daytime. Full timetable in the Marlin app.",
              when="2027-05-04T11:00:00Z")
    SC("mbus-44-still-stops-at-11", "question-in-reply-to-brand",
       tw("bilal_farouk", "does that mean it still stops at 11pm? some of us work lates and the last 44 home is a joke", reply_to=freq,
          when="2027-05-04T11:26:33Z"),
       expect(RP, "normal", "service", "direct"), note="a question under the brand's post, no @")
    SC("mbus-nl-rolstoel-niet-vastgezet", "safety-urgent",
       tw("sanne_devries", f"@{B} de rolstoel van mijn moeder is in lijn 21 niet vastgezet en bij elke bocht schuift ze door het gangpad. ze is 81. we hebben het twee keer gevraagd maar niemand komt. kunnen jullie de centrale bellen?",
          lang="nl", when="2027-05-04T11:48:29Z"),
       expect(RP, "urgent", "accessibility", "direct"),
       note="Dutch: an 81-year-old's wheelchair not secured, sliding down the aisle at every bend")
    priya = tw("priya_dhanda", "anyone else's toddler refusing to nap today or is it just mine 😩", when="2027-05-04T13:30:07Z")
    SC("mbus-venting-buggy-space-suitcase", "third-party-venting",
       tw("becca_tolland", "@priya_dhanda mine slept on the 12 for once because we had to stand the whole way. buggy space 'full' apparently (one suitcase in it). Marlin really don't want parents on board",
          reply_to=priya, when="2027-05-04T13:47:15Z"),
       expect(MON, "low", "accessibility", "third_party"))
    SC("mbus-pl-karta-email-zwrot", "private-details",
       tw("zofia_kaczmarek", f"@{B} dzień dobry, w aplikacji kupiłam bilet dzienny i pobrało mi pieniądze dwa razy. Karta 5555 5555 5555 4444. Proszę o zwrot, mój email: zofia.k@example.org",
          lang="pl", when="2027-05-04T14:05:36Z"),
       expect(RV, "normal", "fares", "direct"), note="Polish: charged twice for a day ticket; a card number and an email address")
    SC("mbus-pt-insulina-na-mochila", "medical-urgent",
       tw("ana_carvalho_cm", f"@{B} a minha filha (14) esqueceu a mochila no 12 às 15h40, a caminho de Cadley. A insulina dela está lá dentro e a próxima dose é às 19h. Alguém pode ver se a entregaram? Obrigada",
          lang="pt", when="2027-05-04T16:05:22Z"),
       expect(RP, "urgent", "lost_property", "direct"),
       note="Portuguese: a diabetic teenager's insulin left on a bus, next dose in three hours")
    x7 = tw(B, "X7 update: after a crash on the Caldmouth ring road, X7s are diverted via Stennet Hill and running up to 30 minutes late. Next update at 17:30.",
            when="2027-05-04T16:32:00Z")
    SC("mbus-repost-x7-update", "repost", tw("wexdale_rambler", "", retweet=x7, when="2027-05-04T16:45:10Z"),
       expect(IGN, "low", "service", "indirect"))
    SC("mbus-put-off-on-hard-shoulder", "safety-urgent",
       tw("kezia_ambrose", "ours wasn't sent round Stennet Hill. we've all just been put off on the hard shoulder past the crash and told to walk to the next junction. lorries doing 60 right past us, two little kids and a lady on crutches walking along the edge. this can't be right",
          reply_to=x7, when="2027-05-04T16:58:43Z"),
       expect(RP, "urgent", "incidents", "direct"),
       note="a reply to the brand's update, no @: passengers walking along a live carriageway right now")
    SC("mbus-rant-ramp-short-of-kerb", "safety-urgent",
       tw("kev_mulholland", "Marlin Buses, honestly. 20 mins late, standing room only, card reader broken so we all got waved on, someone's dog weed by the stairs, and the ramp on the 44 at Tanner's Row stops a foot short of the kerb. just watched a fella in a wheelchair tip forward off it. nobody cares",
          when="2027-05-04T17:55:19Z"),
       expect(RP, "urgent", "accessibility", "indirect"),
       note="the danger is buried in a list of gripes: a faulty ramp that has just tipped a wheelchair user out",
       known_miss="round 7, not met yet: addressed: want 'indirect', got direct; the engine read: speaks to Marlin Buses by name | complaint (0.84) | a person at risk: urgent | topic accessibility: 'ramp', 'rampe', 'wheelchair'")
    SC("mbus-threat-uncles-at-the-stop", "threat-urgent",
       tw("gaz_rudd_wx", f"@{B} that driver on the 08:15 44 who keeps 'not seeing' my lad at the Wexcombe stop. tomorrow me, his dad and his uncles will be stood there waiting for him. let's see if he sees us then.",
          when="2027-05-04T19:20:06Z"),
       expect(ANY, "urgent", "drivers", "direct"), note="a veiled threat against a driver, with a real complaint behind it")
    SC("mbus-namesake-coach-marlin", "namesake",
       tw("u12_touchline", "Coach Marlin had the U12s doing sprints in the rain for an hour tonight and they still lost 4-0 on Saturday 😂 love that man",
          when="2027-05-04T21:15:48Z"),
       expect(IGN, "low", "coaches", "none"),
       note="a youth football coach called Marlin; 'coach' is a plan keyword, so the topic follows it")
    SC("mbus-namesake-marlin-arms-roast", "namesake",
       tw("sunday_roast_rv", "Sunday lunch at the Marlin Arms: 50 minute wait, gravy like tea and the Yorkshires were stone cold. 4/10, and that's for the view. never again",
          when="2027-05-04T22:02:11Z"),
       expect(IGN, "low", None, "none"), note="a real complaint, but about the pub")

    # ---- Wednesday, 5 May ---------------------------------------------------------------
    SC("mbus-news-low-bridge", "news-monitor",
       tw("CaldmouthEcho", "A Marlin Buses double-decker hit the railway bridge on Tanner's Row last night. Nobody was hurt and the road reopened at 2am, police said. {url:https://caldmouth-echo.example/2027/05/tanners-row-bridge}",
          when="2027-05-05T06:40:00Z"),
       expect(MON, "low", "incidents", "indirect"), note="news of a past incident with nobody hurt: not urgent")
    jonno = tw("jonno_varley", "35 mins at the Stennet Hill stop waiting for a Marlin bus the app swears is 'approaching'. approaching from where, the moon? 🌝",
               when="2027-05-05T07:48:25Z")
    SC("mbus-sarcasm-approaching-from-the-moon", "sarcasm-customer", jonno, expect(RP, "normal", "app", "indirect"),
       note="sarcasm with no complaint word; named, not tagged",
       known_miss="round 7, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Marlin Buses in a post to everyone | general chatter about the brand | topic app: 'app'")
    SC("mbus-abuse-app-garbage", "abuse-with-problem",
       tw("jaz_mcleod", f"@{B} your app is pure garbage. live tracking shows buses that don't exist, ghost buses all week, and now it won't even load. sort it out you muppets",
          when="2027-05-05T07:58:14Z"),
       expect(RP, "high", "app", "direct"), note="rude, but the app is down: an outage")
    SC("mbus-bystander-nemo-one-little-fish", "joke-bystander",
       tw("findingfinn_lou", "@jonno_varley Marlin crossed a whole ocean to find one little fish and you can't even find one bus 😂🐠",
          reply_to=jonno, when="2027-05-05T08:05:37Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's cartoon pun inside a customer's thread")
    SC("mbus-nl-dood-van-verveling", "non-english",
       tw("marieke_claes", f"@{B} lijn 44 is alweer 20 minuten te laat. ik ga hier nog dood van de verveling bij die halte 🙄",
          lang="nl", when="2027-05-05T08:05:52Z"),
       expect(RP, "normal", "service", "direct"), note="Dutch: 'dying of boredom at the stop' is a figure of speech, not urgent")
    SC("mbus-killing-me-figure-of-speech", "complaint-direct",
       tw("callum_dyer_cc", f"@{B} the 12 is genuinely killing me. 25 mins late this morning, 20 yesterday. I'm going to die of old age at the Cadley Cross stop 💀",
          when="2027-05-05T08:12:40Z"),
       expect(RP, "normal", "service", "direct"), note="'killing me' and 'die of old age' are figures of speech")
    SC("mbus-school-service-address", "private-details",
       tw("nicola_hebden", f"@{B} the S14 school service didn't stop for my son this morning. he was stood at the end of our drive at 7:55, 14 Tanner's Row, Cadley CD3 9LP. please can someone make sure it stops tomorrow, he missed registration",
          when="2027-05-05T08:20:03Z"),
       expect(RV, "normal", "schools", "direct"), note="a home address in public")
    SC("mbus-fr-threat-chauffeur", "threat-urgent",
       tw("mathieu_giraud", "le prochain chauffeur Marlin qui me laisse sur le trottoir parce que ma carte ne passe pas, je le sors de sa cabine moi-même. il comprendra vite. c'est pas une blague.",
          lang="fr", when="2027-05-05T08:44:19Z"),
       expect(ANY, "urgent", "drivers", "indirect"), note="French: a threat to drag the next driver out of his cab")
    SC("mbus-sarcasm-scenic-diversion", "sarcasm-customer",
       tw("hana_yoshida_c", f"@{B} thanks for the surprise 40 minute diversion round the industrial estate this morning. nobody told us, we had to give directions, but honestly the scenery 👌",
          when="2027-05-05T09:10:27Z"),
       expect(RP, "normal", "service", "direct"))
    SC("mbus-de-mann-bewusstlos", "medical-urgent",
       tw("lukas_brenner", f"@{B} Im 44 Richtung Orrin Park liegt ein älterer Herr hinten auf dem Boden und reagiert kaum noch. Jemand hat den Krankenwagen gerufen, aber wir fahren einfach weiter. Kann bitte jemand vorne Bescheid sagen, dass wir anhalten müssen?",
          lang="de", when="2027-05-05T10:52:46Z"),
       expect(RP, "urgent", "incidents", "direct"), note="German: an elderly man barely responsive on the floor of a moving bus",
       known_miss="round 7, not met yet: action: want 'respond_public', got respond_private; the engine read: addressed to @MarlinBuses | exposes a street address in public: answer privately | a medical need: urgent | topic incidents: 'krankenwagen'")
    ravi = tw("ravi_sandhu_cm", f"@{B} you've charged my contactless twice for one journey on the 9, £2.40 twice on Tuesday. how do I get the refund without an hour on hold?",
              when="2027-05-05T12:10:31Z")
    SC("mbus-contactless-charged-twice", "complaint-direct", ravi, expect(RP, "normal", "fares", "direct"))
    SC("mbus-spam-fake-refunds-team", "spam",
       tw("MarlinBusRefund", "@ravi_sandhu_cm Hi Ravi 👋 Marlin Buses refunds team here! We can process your refund today ✅ Just DM us your full card number, expiry and CVV, or message us on WhatsApp 👉 {url:https://marlin-refunds.example/claim}",
          reply_to=ravi, when="2027-05-05T12:26:08Z"),
       expect(IGN, "low", "fares", "third_party"), note="an impersonator fishing for card details in a customer's thread")
    ravi_brand = tw(B, "@ravi_sandhu_cm Sorry Ravi. Please don't give card details to anyone who replies here: we never ask for them. I've sent you a DM so we can find both taps and refund the second one today.",
                    reply_to=ravi, when="2027-05-05T12:41:55Z")
    SC("mbus-brand-reply-ravi", "brand-own-post", ravi_brand, expect(IGN, "low", "fares", "none"))
    SC("mbus-cap-phone-and-card", "question-in-reply-to-brand",
       tw("ravi_sandhu_cm", "cheers, DM'd. while I've got you: does the daily cap still work if I pay with my phone one day and the card the next?",
          reply_to=ravi_brand, when="2027-05-05T12:58:12Z"),
       expect(RP, "normal", "fares", "direct"))
    SC("mbus-hotline-coach-refund", "public-hotline-number",
       tw("glenys_arbuth", f"rang @{B} on 0808 157 0462 three times about a refund for my cancelled coach trip. 40 mins on hold each go. is there anyone actually there",
          when="2027-05-05T14:40:20Z"),
       expect(RP, "high", "coaches", "indirect"), strict=False,
       note="the number is the brand's own helpline, not hers; three calls make it a repeated complaint")
    SC("mbus-threat-school-run-lads", "threat-urgent",
       tw("tracey_heald", "if those Cadley High lads spit at my daughter on the Marlin school run one more time, I'm getting on at their stop and they'll be leaving it in an ambulance. school won't do anything so I will",
          when="2027-05-05T16:30:14Z"),
       expect(ANY, "urgent", "schools", "indirect"), note="a threat of violence against children")
    dawn = tw("dawn_pettifer", f"@{B} the S14 school service put my 7 year old off at Fossway roundabout instead of Cadley Green and drove off. she's 2 miles from home on her own by the dual carriageway and not answering her watch. school say it's your problem. please",
              when="2027-05-05T15:52:08Z")
    SC("mbus-child-put-off-wrong-stop", "safety-urgent", dawn, expect(RP, "urgent", "schools", "direct"),
       note="a seven-year-old alone by a dual carriageway, right now")
    SC("mbus-chatter-ring-999", "third-party-chatter",
       tw("shaz_oduya", "@dawn_pettifer ring 999 now hun, don't wait on Marlin. sharing in the Cadley mums group, we'll get people looking x",
          reply_to=dawn, when="2027-05-05T16:03:27Z"),
       expect(MON, "low", None, "third_party"),
       note="good advice from a stranger in someone else's thread: the mother's post is the urgent case, this one is not",
       known_miss="round 7, not met yet: priority: want 'low', got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a person at risk: urgent")
    SC("mbus-es-conductor-con-el-movil", "safety-urgent",
       tw("lucia_ferrandiz", f"@{B} el conductor del 12 lleva todo el trayecto con el móvil en la mano. ya ha frenado en seco dos veces y casi se lleva a un ciclista en Fossway. vamos llenos y hay niños. ¿alguien puede llamarle?",
          lang="es", when="2027-05-05T17:25:50Z"),
       expect(RP, "urgent", "drivers", "direct"), note="Spanish: a driver on his phone, braking hard, nearly hit a cyclist, right now")
    SC("mbus-html-journey-planner", "html-entities",
       tw("xss_priyanka", f"@{B} your journey planner shows &lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt; instead of times &amp; the website won't load my saved routes. I need the 44 times for tomorrow",
          when="2027-05-05T20:15:33Z"),
       expect(RP, "normal", "app", "direct"))

    # ---- Thursday, 6 May ----------------------------------------------------------------
    fern = tw("fern_abiodun", f"@{B} the 44 at 07:12 from Orrin Park showed 'due' on the app for 15 mins then vanished. never came. that's 3 mornings this week I've been late in. what is going on with this route",
              when="2027-05-06T07:31:04Z")
    SC("mbus-44-third-morning-this-week", "complaint-direct", fern, expect(RP, "high", "service", "direct"),
       note="the third failure this week: a repeated complaint",
       known_miss="round 7, not met yet: priority: want 'high', got normal; the engine read: addressed to @MarlinBuses | complaint (0.98) | topic service: 'never came', 'late'")
    SC("mbus-bystander-chasing-tuna", "joke-bystander",
       tw("reel_it_in_rich", "@fern_abiodun Marlin?? bet it's out past the harbour wall chasing tuna 🎣 you'll need a bigger rod",
          reply_to=fern, when="2027-05-06T07:52:29Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in a customer's thread",
       known_miss="round 7, not met yet: action: want 'ignore', got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    fern_brand = tw(B, "@fern_abiodun Morning Fern, sorry. That 07:12 was cancelled late and should have dropped off the tracker straight away. I've sent all 3 mornings to the Orrin Park depot manager and I'll come back to you here by 5pm.",
                    reply_to=fern, when="2027-05-06T08:03:17Z")
    SC("mbus-brand-reply-fern", "brand-own-post", fern_brand, expect(IGN, "low", "service", "none"))
    SC("mbus-abuse-3a-clowns", "abuse-with-problem",
       tw("shane_crowther", f"@{B} you absolute clowns. the 3A has NOT turned up once before 8 this week. sack whoever writes your timetable, a toddler with crayons would do better",
          when="2027-05-06T08:15:45Z"),
       expect(RP, "high", "service", "direct"), note="insults, but a real and repeated failure")
    SC("mbus-legal-guide-dog-refused", "legal-threat-not-urgent",
       tw("hollie_fenwick", "Got told 'no dogs' on a Marlin bus this morning. She's a guide dog, in her harness. It's against the law and they know it. I'm speaking to a solicitor and the Equality Advisory Service this week.",
          when="2027-05-06T09:20:38Z"),
       expect(RP, "high", "accessibility", "indirect"), note="a legal threat after a refusal: high, not urgent")
    tasha = tw("TashaBloomTV", f"40 pensioners on a @{B} coach trip to Pellin Sands, incl my gran: left 90 mins late, broke down at Brackwell services, and nobody has told anyone anything for an hour. The driver's doing his best. The company clearly isn't.",
               when="2027-05-06T10:20:11Z",
               metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12800, "quote_count": 210})
    SC("mbus-big-reach-gran-coach-trip", "big-reach", tasha, expect(RP, "high", "coaches", "indirect"),
       note="1.34m followers; the handle in the middle")
    SC("mbus-repost-tasha", "repost", tw("gran_fan_dee", "", retweet=tasha, when="2027-05-06T10:44:02Z"),
       expect(IGN, "low", "coaches", "indirect"))
    SC("mbus-type1-stuck-doors-shut", "medical-urgent",
       tw("jade_whitmore", f"@{B} stuck on the X7 outside Brackwell 70 mins, engine off, doors shut. my son is type 1, his sugar's 3.1 and dropping and we've used all his sweets. shop's right there but the driver says he can't open the doors off a stop. please tell him he can",
          when="2027-05-06T16:40:26Z"),
       expect(RP, "urgent", "drivers", "direct"), note="a child's blood sugar falling, trapped on a stationary bus")
    SC("mbus-fern-nothing-by-6pm", "repeat-contact",
       tw("fern_abiodun", "it's 6pm, nothing from you, and the 17:20 44 home was cancelled as well. so that's me at Gillan Street for another 40 mins. brilliant",
          reply_to=fern_brand, when="2027-05-06T18:04:51Z"),
       expect(RP, "high", "service", "direct"), note="the brand promised an answer by 5pm and the problem is still there")
    SC("mbus-praise-live-tracking-fixed", "praise",
       tw("theo_lindqvist", "credit where it's due, the Marlin app's live tracking has been spot on all week. first time ever. whoever fixed it, have a biscuit 🍪",
          when="2027-05-06T19:30:09Z"),
       expect(RP, "low", "app", "indirect"))
    SC("mbus-day-ticket-on-x7", "question",
       tw("mark_otway", f"@{B} quick one: does the day ticket work on the X7 express or do I need to pay extra?",
          when="2027-05-03T08:12:55Z"),
       expect(RP, "normal", "fares", "direct"))
    SC("mbus-in-passing-monday-recap", "complaint-in-passing",
       tw("ellis_ng_cm", f"monday recap: alarm didn't go off, spilled coffee on my laptop, cat was sick in my shoe, then @{B} cancelled the 7:50 and I walked two miles in the rain. love that for me ☔",
          when="2027-05-03T09:02:37Z"),
       expect(RP, "normal", "service", "indirect"), note="the brand tagged in the middle of a bad day")
    return brand


BRANDS["marlin-buses"] = ("MarlinBuses", 4167890116, build_marlin_buses)
