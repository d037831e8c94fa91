# Halyard Cruises: a made-up cruise line sailing from the made-up UK port of Saltmouth (the Saltmouth
# Ocean Terminal). Ocean ships Wayfarer (12 nights to Madeira and the Canaries this week), Meridian
# (the western Mediterranean out of Barcelona) and Solace (turning round in Saltmouth), and the river
# ship Amberley on the Rhine. Bookings and deposits, balances, refunds and credits; embarkation and
# luggage at the terminal; cabins; restaurants, bars and drinks packages; shore excursions and tender
# boats; the Halyard app and paid wifi packages; a medical centre on every ship.
# "Halyard" is also the rope that hoists a sail or a flag (sailors talk about halyards all the time:
# the main halyard, a flag halyard, the halyard hitch, halyards slapping masts in a marina), Halyard
# Chandlery on the harbour, the Halyard Sailing Club, Halyard as a surname (a councillor, a GP on local
# radio, a footballer), the yacht Halyard, Halyard Rope Co, the Halyard pub on the quay and The
# Halyards, a sea-shanty band: none of them is the cruise line.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 6 March 2028:
# on Monday the luggage conveyor at Saltmouth fails as Wayfarer embarks, hundreds of bags reach cabins
# after midnight and some are left on the quay; on Tuesday a satellite fault takes the onboard app and
# wifi down at sea; from Wednesday norovirus spreads on Meridian and she docks early at Marseille; on
# Thursday night Wayfarer turns round for a man-overboard alert off Madeira (he is found safe on board);
# on Friday a propulsion fault cancels Solace's Saturday sailing from Saltmouth the night before, and
# the weekend brings the refunds, the legal letters, the namesakes and ordinary sailing chatter.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, ship, booking
# reference, card number, phone number, address and email address here is made up. Phone numbers are
# from the UK drama ranges; the card number is a Luhn-valid test number.


def build_halyard_cruises():
    global CURRENT_BRAND, CLOCK
    brand = Brand("halyard-cruises", SCEN_DIR / "halyard-cruises.plan.toml", "HalyardCruises", 4878901245, 1861220000000005301)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-03-06T05:30:00Z")
    B = "HalyardCruises"
    user(B, "Halyard Cruises", 4878901245,
         "Halyard Cruises ⚓ ocean and river cruises from Saltmouth. Care team here 7am–11pm UK time, every day. "
         "At sea? Guest Services or the Halyard app. Reservations 0808 157 0613. Never post card or booking numbers here.",
         88_400, following=1_320, tweets=52_700, listed=410, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10440100000 + _n[0] * 4129, bio, followers, **kw)

    person("gemma_r_hly", "Gemma Rourke", "Mum of Poppy (3). Leeds. First cruise, send snacks.", 410)
    person("mags_p_hly", "Margaret Pryce", "Retired midwife. Cruiser, knitter, grandma of five.", 230)
    person("alan_tozer_hly", "Alan Tozer", "Retired postman. Saltmouth. Married 41 years to the boss.", 120)
    person("lou_friend_hly", "Louise Tan", "Leeds. Marketing. Lives for a group chat.", 680)
    person("kat_bell_hly", "Kat Bell", "Nursery nurse. Leeds. Holiday mode: ON (allegedly).", 350)
    person("dadjokes_hly", "Rob Feeney", "Dad jokes, mostly nautical. Unpaid.", 940)
    person("janice_w_hly", "Janice Whitlow", "Wife, nan, worrier. Never been abroad till now.", 90)
    person("clive_b_hly", "Clive Barraclough", "Retired accountant. I read the terms and conditions.", 260)
    person("SchoolGov_hly", "Saltmouth Primary PTA", "News from the Saltmouth Primary PTA. Cake sales, discos, lost property.", 1_400)
    person("HChandlery_hly", "Halyard Chandlery", "Chandlery on Saltmouth harbour since 1974. Ropes, paint, wet-weather gear and advice.", 3_100)
    person("techsam_hly", "Sam Okoro", "Network engineer. On holiday. Still fixing the wifi.", 1_200)
    person("darren_k_hly", "Darren Keogh", "Plumber. Hull. Says it how it is.", 75)
    person("kezsails_hly", "Kez Adebayo", "Travel vlogger 🌍 cruises, trains and cheap eats. New video every Wednesday.",
           850_000, following=1_100, listed=3_900, verified=True)
    person("wavejoke_hly", "Tony Marsh", "Comments section regular. Sorry in advance.", 310)
    person("lena_v_hly", "Lena Voss", "Sales. Halifax. Caffeine and spreadsheets.", 540)
    person("raj_p_hly", "Raj Patel", "Dad of twins. Bradford. Debit card owner, apparently.", 190)
    person("noor_dev_hly", "Noor Siddiqui", "Front-end dev. I see template tags in my sleep.", 2_200)
    person("HalyardSC_hly", "Halyard Sailing Club", "Dinghy and keelboat racing in Saltmouth Bay since 1923 ⛵ New members always welcome.", 1_900)
    person("pat_h_hly", "Pat Hobson", "Retired teacher. Bookworm. Loves a river.", 160)
    person("yachtie_jo_hly", "Jo Pennant", "Sailing a 32ft sloop with one husband and too many fenders.", 2_600)
    person("tom_fitz_hly", "Tom Fitzgerald", "Stonemason. Barnsley. Not a sea person.", 140)
    person("ros_g_hly", "Rosalind Grey", "Saltmouth. Sister, aunt, allotment.", 300)
    person("bev_on_deck_hly", "Bev Cartwright", "Cruise number 14. Wolverhampton. Still not bored.", 880)
    person("herr_weber_hly", "Jürgen Weber", "Rentner aus Bielefeld. Kreuzfahrt-Fan seit 1998.", 130)
    person("CruiseWire_hly", "CruiseWire", "Cruise industry news, ship by ship. Tips: desk@cruisewire.example",
           61_000, following=900, verified=True)
    person("nan_sheila_hly", "Sheila Morris", "Nan of 9. I share what matters.", 210)
    person("dee_clarke_hly", "Dee Clarke", "Booked on Meridian in May. Worrier.", 170)
    person("phil_ward_hly", "Phil Ward", "Cruised 30 times. Ask me anything about buffets.", 1_500)
    person("fran_lowe_hly", "Fran Lowe", "Gin, Sunday roasts and a balcony if I can get one.", 420)
    person("RadioSalt_hly", "Radio Saltmouth", "Your local station. Breakfast 6–10 with Mo and Jess.", 24_000, following=1_000, verified=True)
    person("pam_oxy_hly", "Pamela Dunne", "COPD, still travelling. 74 and not finished yet.", 310)
    person("CruiseWins_hly", "Cruise Giveaways 🎁", "Win FREE cruises every week!! Follow + RT 🎁🚢", 4_400, following=4_900)
    person("liveaboard_hly", "Ewan Stroud", "Liveaboard on Saltmouth marina. Light sleeper, sadly.", 460)
    person("carol_s_hly", "Carol Sumner", "Retired. Husband, dog, puzzle books.", 85)
    person("dale_f_hly", "Dale Foster", "Plasterer. Doncaster. First time on a boat bigger than a pedalo.", 220)
    person("giulia_r_hly", "Giulia Russo", "Milanese a Manchester. Insegnante e viaggiatrice.", 390)
    person("hike_helen_hly", "Helen Yates", "Walker, runner, map reader. Sheffield.", 720)
    person("SaltLBoat_hly", "Saltmouth Lifeboat", "Volunteer lifeboat crew on Saltmouth harbour. In an emergency at sea call 999 and ask for the Coastguard.", 12_800)
    person("gran_evans_hly", "Marion Evans", "Grandma of Ruby (6). Wrexham.", 140)
    person("CllrWatch_hly", "Saltmouth Council Watch", "Following every meeting at Saltmouth town hall so you don't have to.", 5_300)
    person("mark_h_hly", "Mark Hendry", "Engineer. Glasgow. On holiday, allegedly.", 330)
    person("sofia_m_hly", "Sofía Martín", "Sevillana en Southampton. Enfermera y madre.", 260)
    person("yvonne_t_hly", "Yvonne Taft", "Bristol. Nurse (retired). Always packing.", 200)
    person("tess_k_hly", "Tess Kaur", "Solicitor. Leicester. I keep every email.", 640)
    person("gary_b_hly", "Gary Bolton", "Forklift driver. Hull. Don't @ me.", 60)
    person("jess_w_hly", "Jess Whitaker", "PE teacher. Leeds. Sun seeker.", 390)
    person("elaine_p_hly", "Elaine Pugh", "Leeds. Dog mum. Saving for 2 years for this.", 280)
    person("HalyardHelp_hly", "Halyard Cruises Refunds ✅", "Official refunds & rebooking help 24/7 ✅ DM for fast processing", 36, following=4_800)
    person("chris_t_hly", "Chris Tolland", "Retired fireman. Huddersfield. Grumpy before tea.", 150)
    person("anitafaulk_hly", "Anita Faulkner", "TV presenter, travel shows and Saturday nights. Dog mum. Views my own.",
           1_200_000, following=640, listed=6_100, verified=True)
    person("quipmaster_hly", "Ade Noble", "Puns are a lifestyle, not a choice.", 410)
    person("steve_m_hly", "Steve Mallory", "Bus driver. Stockport.", 110)
    person("barry_n_hly", "Barry Nuttall", "Retired. Caravan man converted to cruising.", 95)
    person("ruthie_hly", "Ruth Ellison", "Claims handler. Wakefield. Ask me about small print.", 760)
    person("pete_ark_hly", "Pete Arkwright", "Saltmouth. Retired. Allotment and grandkids.", 100)
    person("ana_costa_hly", "Ana Costa", "Do Porto para Manchester. Enfermeira, viajante.", 310)
    person("TheHalyard_hly", "The Halyard", "Pub on Saltmouth harbour. Real ale, fish & chips, quiz on Thursdays.", 2_100)
    person("wendy_h_hly", "Wendy Hart", "Leeds. Mum of two grown-ups. Finally travelling.", 260)
    person("bram_hly", "Bram de Vries", "Uit Utrecht. Gepensioneerd. Rivieren en fietsen.", 150)
    person("ChainBack_hly", "ChainBack Recovery ✅", "Certified crypto & scam fund recovery. 100% success. DM now ✅", 8_200, following=5_000)
    person("knots_daily_hly", "Knot of the Day", "One knot a day, with pictures. Sailors, climbers and the curious 🪢", 18_500)
    person("ryan_w_hly", "Ryan Walsh", "Electrician. Wigan. Rugby league.", 240)
    person("dot_b_hly", "Dot Braithwaite", "Mum to Ted, 80 this week 🎂 Harrogate.", 180)
    person("trev_hly", "Trevor Lund", "Saltmouth. Retired. Notices things.", 130)
    person("mike_r_hly", "Mike Rawlings", "IT manager. Leeds. Booked for Easter.", 350)
    person("claire_f_hly", "Claire Foley", "Accountant. York. Saving the planet one spreadsheet at a time.", 480)
    person("sylvie_hly", "Sylvie Marchand", "Lyonnaise à Londres. Prof de français. Maman.", 290)
    person("tina_r_hly", "Tina Rowe", "Gin o'clock somewhere. Sunderland.", 330)
    person("deb_j_hly", "Debbie Jowett", "Dundee. Planner of trips, maker of lists.", 210)
    person("shanty_fan_hly", "Maggie Quinn", "Folk nights, sea shanties and a pint of bitter.", 1_050)
    person("RopeCo_hly", "Halyard Rope Co", "Braided rope made in Cornwall since 1952. Halyards, sheets, mooring lines.", 6_700)
    person("tallship_t_hly", "Tim Ashdown", "First tall ship holiday. Hands like sandpaper now.", 380)
    person("dinghy_dan_hly", "Dan Tuck", "Laser sailor. Mostly upright.", 520)
    person("BoostPro_hly", "BoostPro Media 📈", "Grow your travel page FAST. Real followers, real results. DM 💸", 2_700, following=4_900)
    person("saltfc_fan_hly", "Kyle Rudd", "Saltmouth Rovers 🔴⚪ home and away.", 1_300)
    person("brenda_c_hly", "Brenda Coles", "Retired. Sunderland. Off on my holidays Thursday!", 70)
    person("neil_a_hly", "Neil Ashby", "Scaffolder. Hull. Holiday fund: gone.", 160)

    # ---- Monday 6 March: Wayfarer embarks, the luggage conveyor fails -------------------------
    embark = tw(B, "⚓ Wayfarer welcomes guests aboard at Saltmouth today for 12 nights to Madeira and the Canaries ☀️ The terminal opens at 11:00: please arrive at your check-in time and have your passport ready 👉 {url:https://halyard.example/embarkation}",
                when="2028-03-06T07:00:00Z")
    SC("halyard-brand-own-wayfarer-embarkation", "brand-own-post", embark, expect(IGN, "low", "embarkation", "none"))
    SC("halyard-common-flag-halyard-half-mast", "common-word",
       tw("SchoolGov_hly", "The flag halyard on the school flagpole snapped in Thursday's wind, so the flag has been stuck at half mast for four days and parents keep asking who's died 😬 A very kind dad with a ladder is coming Saturday.",
          when="2028-03-06T08:15:00Z"),
       expect(IGN, "low", None, "none"), note="the rope on a flagpole")
    gem = tw("gemma_r_hly", f"@{B} 2 hours in the queue at the Saltmouth terminal with a 3 year old. the bag drop conveyor has broken and porters are stacking suitcases on the floor. 600 people and ONE desk open. what is going on??",
             when="2028-03-06T12:10:22Z")
    SC("halyard-complaint-terminal-queue", "complaint-direct", gem, expect(RP, "normal", "embarkation", "direct"))
    gem_brand = tw(B, "@gemma_r_hly So sorry Gemma. The luggage conveyor at Saltmouth failed at 11:40 and our porters are loading bags by hand, which is slow. Every bag will be outside cabins by 9pm tonight, and Guest Services on deck 5 can help with anything you need before then.",
                   reply_to=gem, when="2028-03-06T12:31:40Z")
    SC("halyard-brand-reply-gemma-conveyor", "brand-own-post", gem_brand, expect(IGN, "low", "embarkation", "none"),
       note="the brand's own reply, with an expectation set")
    SC("halyard-sarcasm-find-your-suitcase", "sarcasm-customer",
       tw("bev_on_deck_hly", "Loving the new bonus activity Halyard Cruises have added to embarkation day: 'Find Your Own Suitcase' 🧳 400 bags in a heap in the atrium, no labels facing up, winner gets to unpack. Truly innovative 👏",
          when="2028-03-06T13:05:51Z"),
       expect(RP, "normal", "embarkation", "indirect"), note="sarcasm from a guest about her own luggage")
    lou = tw("lou_friend_hly", "@kat_bell_hly are you on the ship yet?? send pics 🛳️😍", when="2028-03-06T13:40:10Z")
    kat = tw("kat_bell_hly", "@lou_friend_hly on it but no bags 🙃 Halyard have lost half the luggage somewhere between the terminal and the ship, I'm wearing the same jeans I drove down in and the welcome party's at 7",
             reply_to=lou, when="2028-03-06T14:02:37Z")
    SC("halyard-venting-no-bags-to-friend", "third-party-venting", kat, expect(MON, "low", "embarkation", "third_party"),
       note="venting to a friend in their own thread, brand named but not tagged: don't butt in")
    SC("halyard-joke-hoist-your-bags", "joke-bystander",
       tw("dadjokes_hly", "@kat_bell_hly @lou_friend_hly a halyard is literally the rope that hoists things up. give them till Friday and they'll hoist your bags aboard one at a time 😂⚓",
          reply_to=kat, when="2028-03-06T14:20:03Z"),
       expect(IGN, "low", "embarkation", "third_party"), note="a stranger's pun on the name inside someone else's thread")
    SC("halyard-question-bag-drop-on-the-20th", "question",
       tw("clive_b_hly", f"@{B} we sail from Saltmouth on the 20th. after today's mess, is it still OK to drop our suitcases at the terminal or should we carry everything on ourselves?",
          when="2028-03-06T15:30:45Z"),
       expect(RP, "normal", "embarkation", "direct"))
    alan = tw("alan_tozer_hly", f"@{B} our 2 suitcases never came aboard. guest services say they were left on the quay at Saltmouth when the conveyor broke. we've sailed. 12 nights with what we're stood up in. what are you going to do about it?",
              when="2028-03-06T17:45:18Z")
    SC("halyard-complaint-cases-left-on-quay", "complaint-direct", alan, expect(RP, "normal", "embarkation", "direct"))
    alan_brand = tw(B, "@alan_tozer_hly Alan, I'm so sorry. Both your suitcases are safe at the terminal and we're flying them out to meet Wayfarer in Funchal on Thursday. Guest Services are adding £150 each to your onboard account tonight for essentials. I'll update you here tomorrow.",
                    reply_to=alan, when="2028-03-06T18:06:02Z")
    SC("halyard-medical-insulin-in-missing-case", "medical-urgent",
       tw("janice_w_hly", f"@{B} please help. my husband's insulin and his heart medication were in the suitcase that never reached our cabin. he's type 1 diabetic and his last dose was this morning. booking HC-55102847, cabin 8214, my mobile 07700 900318",
          when="2028-03-06T19:10:29Z"),
       expect(RV, "urgent", "safety", "direct"),
       note="a diabetic without insulin tonight: urgent; a booking reference and a phone number in public, so the answer goes private")
    SC("halyard-namesake-chandlery-lifejackets", "namesake",
       tw("HChandlery_hly", "Spring sale at Halyard Chandlery ⚓ 20% off lifejackets, deck shoes and foul-weather gear until Sunday. Rigging check on your own halyards free with every purchase, just ask at the counter.",
          when="2028-03-06T20:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="the chandlery on the harbour; 'lifejackets' is a safety keyword", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Halyard Cruises in a post to everyone | general chatter about the brand | topic safety: 'lifejacket', 'lifejackets'")
    gem_repeat = tw("gemma_r_hly", "it's 9:35pm. no bags. you said 9. Poppy's in a t-shirt from the gift shop because her pyjamas are in one of those cases. guest services just say 'they're coming'",
                    reply_to=gem_brand, when="2028-03-06T21:35:12Z")
    SC("halyard-repeat-gemma-9pm-no-bags", "repeat-contact", gem_repeat, expect(RP, "high", "embarkation", "direct"),
       note="back in the brand's thread: the 9pm promise was not kept", known_miss="round 13, not met yet: priority: want \"high\", got normal; the engine read: replies to @HalyardCruises: the customer is talking to the brand | topic embarkation: 'bag', 'bags'")
    gem_brand2 = tw(B, "@gemma_r_hly That's on us, Gemma. Your two cases have just been scanned on deck 4: a steward will have them at your door before midnight, and I've asked Guest Services to send up pyjamas for Poppy now.",
                    reply_to=gem_repeat, when="2028-03-06T21:52:40Z")

    # ---- Tuesday 7 March: at sea, the app and wifi go down ------------------------------------
    SC("halyard-thread-gemma-suitcases-arrived", "thread-with-brand",
       tw("gemma_r_hly", "both suitcases turned up at 12:40 🙌 and the little pyjamas for Poppy were a lovely touch. all sorted now, thank you",
          reply_to=gem_brand2, when="2028-03-07T07:05:33Z"),
       expect(RP, "low", "embarkation", "direct"), note="thanks in the brand's thread, no @: solved")
    appdown = tw("techsam_hly", f"@{B} onboard app has been down since breakfast on Wayfarer. can't book the Funchal excursions, can't see my dining time, and the wifi package I paid £89 for won't log in. is it the whole ship?",
                 when="2028-03-07T08:40:16Z")
    SC("halyard-complaint-app-wifi-down-at-sea", "complaint-direct", appdown, expect(RP, "high", "digital", "direct"),
       note="the app and wifi are down for the whole ship: an outage")
    SC("halyard-abuse-wifi-clowns", "abuse-with-problem",
       tw("darren_k_hly", f"@{B} £89 for wifi that won't connect and an app that's been dead all morning. absolute shower of clowns. sort your internet out before you take people's money",
          when="2028-03-07T09:10:47Z"),
       expect(RP, "high", "digital", "direct"), note="rude, but a real outage he paid for")
    kez = tw("kezsails_hly", f"Day 2 on the Halyard Wayfarer and the app + wifi have been down all morning. Can't upload, can't book anything, can't even see what's for lunch. @{B} there are 850k people waiting for this Funchal vlog 😅",
             when="2028-03-07T09:30:05Z",
             metrics={"retweet_count": 820, "reply_count": 640, "like_count": 17300, "quote_count": 95})
    SC("halyard-big-reach-vlogger-wifi", "big-reach", kez, expect(RP, "high", "digital", "indirect"),
       note="850k followers; an outage she is living through; the handle inside a post to everyone")
    SC("halyard-joke-cant-hoist-a-signal", "joke-bystander",
       tw("wavejoke_hly", "@kezsails_hly Halyard by name, can't hoist a wifi signal by nature ⛵😂",
          reply_to=kez, when="2028-03-07T09:50:38Z"),
       expect(IGN, "low", "digital", "third_party"), note="a stranger's pun under the vlogger's post")
    wifi_update = tw(B, "Update for guests on Wayfarer: the Halyard app and onboard wifi went down at 08:10 ship's time after a satellite fault. Both are back as of 10:40. Anyone with a wifi package gets a full extra day added automatically, no need to ask.",
                     when="2028-03-07T10:45:00Z")
    SC("halyard-q-reply-streaming-package", "question-in-reply-to-brand",
       tw("lena_v_hly", "does that include the premium streaming package? mine still says expired and the app won't let me log in to book anything for Lanzarote",
          reply_to=wifi_update, when="2028-03-07T11:05:19Z"),
       expect(RP, "normal", "digital", "direct"), note="a question under the brand's update, no @")
    SC("halyard-private-alan-mobile-in-thread", "private-details",
       tw("alan_tozer_hly", "nobody has been in touch about flying the suitcases out and guest services know nothing about it. we're on deck 6, my mobile is 07700 900247, please just ring me",
          reply_to=alan_brand, when="2028-03-07T11:30:44Z"),
       expect(RV, "high", "embarkation", "direct"),
       note="a phone number in public, back in the brand's thread after the promised update did not come")
    SC("halyard-in-passing-tuesday-deposit", "complaint-in-passing",
       tw("wendy_h_hly", f"tuesday summary: 3 hours sleep, the dog chewed my good shoes, the car's making a funny clunk, and @{B} still hasn't refunded the deposit for the river trip I pulled out of in January. cool cool cool",
          when="2028-03-07T12:00:31Z"),
       expect(RP, "normal", "bookings", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("halyard-private-card-balance", "private-details",
       tw("raj_p_hly", f"@{B} trying to pay the balance on booking HC-60418832 and the payment page keeps failing. card is 4000 0566 5566 5556 exp 09/30, can someone just take the payment for me?",
          when="2028-03-07T13:00:52Z"),
       expect(RV, "normal", "bookings", "direct"), note="a full card number and a booking reference in public")
    SC("halyard-html-excursion-price-template", "html-entities",
       tw("noor_dev_hly", f"@{B} the excursion page shows &lt;div class=\"price\"&gt;{{{{tour.price}}}}&lt;/div&gt; instead of a price for the Teide excursion. so how much is the tour actually? &lt;script&gt; tags next, I assume",
          when="2028-03-07T14:00:27Z"),
       expect(RP, "normal", "excursions", "direct"), note="a broken template around a real question, delivered escaped")
    SC("halyard-namesake-sailing-club-first-race", "namesake",
       tw("HalyardSC_hly", "First race of the season this Sunday ⛵ 10:30 start off the harbour wall. New crew welcome at the Halyard Sailing Club, bring warm layers and a flask. Bar open after racing.",
          when="2028-03-07T16:00:00Z"),
       expect(IGN, "low", ANY, "none"),
       note="the sailing club; 'sailing' (inside the club's name) and 'bar' are keywords of two different topics, so the topic is left open", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Halyard Cruises in a post to everyone | general chatter about the brand | topic voyages: 'sailing', 'sailings'")
    SC("halyard-praise-rhine-booking-call", "praise",
       tw("pat_h_hly", "Just booked our first river holiday with Halyard, the Rhine in June 🥰 the lady on the phone spent 40 minutes sorting step-free everything for my mum and never once rushed us. Brilliant.",
          when="2028-03-07T18:30:14Z"),
       expect(RP, "low", "bookings", "indirect"), known_miss="round 13, not met yet: priority: want \"low\", got normal; the engine read: names Halyard Cruises in a post to everyone | describes their own experience | sarcasm (irony 0.64) from a customer: a complaint | topic bookings: 'booking', 'booked', 'book'")
    SC("halyard-common-main-halyard-jammed", "common-word",
       tw("yachtie_jo_hly", "main halyard jammed at the masthead so guess who got winched up the mast in 20 knots to free it. me. it was me 🙃 sail's down, nerves are shot, kettle's on",
          when="2028-03-07T20:00:09Z"),
       expect(IGN, "low", None, "none"), note="the rope that hoists the mainsail", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; topic: want null, got voyages; addressed: want \"none\", got indirect; the engine read: names Halyard Cruises in a post to everyone | general chatter about the brand | topic voyages: 'sailing'")
    SC("halyard-threat-drunk-guest-knife", "threat-urgent",
       tw("tom_fitz_hly", f"bloke in the pool deck bar on Wayfarer, hammered since 10am, just threatened to stab the barman if he gets cut off. says he's got a knife in his cabin. no security anywhere. @{B}",
          when="2028-03-07T22:10:36Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat to stab a member of staff, reported by another guest")

    # ---- Wednesday 8 March: norovirus on Meridian ---------------------------------------------
    SC("halyard-medical-dad-vomiting-meridian", "medical-urgent",
       tw("ros_g_hly", f"@{B} my dad's been vomiting since 3am on Meridian. he's 79, on blood thinners and now can't keep water down. medical centre said stay in the cabin and wait. wait how long? he's getting weaker",
          when="2028-03-08T06:20:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly man getting weaker with norovirus symptoms")
    meri_stmt = tw(B, "Meridian update: some guests have norovirus symptoms. If you feel unwell, please stay in your cabin and call the medical centre on 911 from your cabin phone: visits are free. We've stepped up cleaning right across the ship and we'll update here at 6pm.",
                   when="2028-03-08T07:30:00Z")
    SC("halyard-brand-own-meridian-statement", "brand-own-post", meri_stmt, expect(IGN, "low", "safety", "none"))
    sis = tw("bev_on_deck_hly", "anyone heard anything from Meridian? my sister's on it and she's not answering her phone", when="2028-03-08T08:15:00Z")
    SC("halyard-safety-collapse-in-someone-elses-thread", "safety-urgent",
       tw("carol_s_hly", "@bev_on_deck_hly we're on it. half of deck 6 is quarantined, norovirus they reckon. my husband collapsed in the corridor this morning and nobody came for 40 mins, halyard crew are run off their feet. he's in bed now but very grey",
          reply_to=sis, when="2028-03-08T08:40:17Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open: inside someone else's thread, but a man collapsed and is still unwell, so the risk outweighs 'don't butt in'")
    SC("halyard-de-medical-dialyse-norovirus", "medical-urgent",
       tw("herr_weber_hly", f"@{B} Meine Frau liegt seit gestern mit Norovirus in unserer Kabine auf der Meridian, Erbrechen und Durchfall. Sie ist Dialysepatientin, ihre Dialyse an Land in Marseille ist am Freitag. Der Arzt an Bord weiß nicht, ob das klappt. Wer hilft uns?",
          lang="de", when="2028-03-08T09:00:41Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a dialysis patient with norovirus whose treatment ashore is in doubt")
    noro_news = tw("CruiseWire_hly", "Norovirus outbreak on Halyard Cruises' Meridian: around 140 passengers and 12 crew are ill, and the ship will dock early at Marseille on Friday, the line says {url:https://cruisewire.example/news/meridian-norovirus}",
                   when="2028-03-08T10:00:00Z")
    SC("halyard-news-meridian-norovirus", "news-monitor", noro_news, expect(MON, "low", "safety", "indirect"))
    SC("halyard-repost-norovirus-news", "repost", tw("nan_sheila_hly", "", retweet=noro_news, when="2028-03-08T10:20:26Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("halyard-q-reply-rebook-meridian", "question-in-reply-to-brand",
       tw("dee_clarke_hly", "we're booked on Meridian from Barcelona next Saturday. will it still go, and can we rebook onto a later date free of charge if we'd rather not risk it?",
          reply_to=meri_stmt, when="2028-03-08T11:00:33Z"),
       expect(RP, "normal", "bookings", "direct"), note="a question under the brand's statement; nobody in her party is ill")
    dee2 = tw("fran_lowe_hly", "booked on Halyard's Meridian in May with my sister and now I'm reading about this noro thing 😬 should we be worried?",
              when="2028-03-08T12:10:00Z")
    SC("halyard-chatter-noro-reassurance", "third-party-chatter",
       tw("phil_ward_hly", "@fran_lowe_hly it happens on ships every winter and it's usually gone in a week or two. Halyard are good at the deep clean after an outbreak, we were on Solace right after one last year and it was spotless. wash your hands a lot and you'll be fine",
          reply_to=dee2, when="2028-03-08T12:30:08Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("halyard-sarcasm-drinks-package-gin", "sarcasm-customer",
       tw("tina_r_hly", "Great value, the Halyard drinks package. £69 a day each and the bar on deck 11 ran out of gin by 9pm. Living the dream 🍸🙃",
          when="2028-03-08T14:00:29Z"),
       expect(RP, "normal", "dining", "indirect"), note="'great value' meaning the opposite")
    SC("halyard-namesake-gp-norovirus-radio", "namesake",
       tw("RadioSalt_hly", "Tomorrow at 8: Dr Anna Halyard from Saltmouth Health Centre on stopping norovirus spreading round the house, and when vomiting in little ones means a trip to A&amp;E 🎙️",
          when="2028-03-08T15:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a GP's surname, surrounded by illness words in norovirus week")
    oxy = tw("pam_oxy_hly", f"@{B} hi, quick one. I use an oxygen concentrator at night and we join Meridian on the 25th. Do I need to tell the medical centre in advance, and are the cabin sockets 230V? Thank you",
             when="2028-03-08T16:30:12Z")
    SC("halyard-medical-oxygen-calm-question", "medical-urgent", oxy, expect(RP, "urgent", "safety", "direct"),
       note="a calm question, but about oxygen she needs every night")
    oxy_brand = tw(B, "@pam_oxy_hly Hi Pamela, yes please: fill in the medical form in Manage My Booking and our medical team will confirm everything by email within 48 hours. Cabin sockets are 230V UK-style, and your cabin steward will make sure there's one by the bed.",
                   reply_to=oxy, when="2028-03-08T16:58:44Z")
    SC("halyard-spam-giveaway-balcony-suite", "spam",
       tw("CruiseWins_hly", "🎁 GIVEAWAY 🎁 WIN a 7-night Halyard Cruises Caribbean balcony suite for 2!! 🌴 follow, RT and claim your spot before midnight 👉 {url:https://halyard-winners.example/claim}",
          when="2028-03-08T18:00:00Z"),
       expect(IGN, "low", "cabins", "indirect"), note="a fake giveaway using the brand's name")
    SC("halyard-common-marina-halyard-noise", "common-word",
       tw("liveaboard_hly", "to whoever owns the blue yacht on pontoon C: the noise of your loose halyard slapping the mast all night is why I'm awake at 3am writing this. a bungee cord costs £2. some of us live here",
          when="2028-03-08T19:30:55Z"),
       expect(IGN, "low", "cabins", "none"), note="a loose halyard in a marina; 'noise' is a cabins keyword")

    # ---- Thursday 9 March: Funchal, and a man-overboard alert at night ------------------------
    SC("halyard-thread-pamela-form-done", "thread-with-brand",
       tw("pam_oxy_hly", "thank you, form's done and the medical team have already emailed to say it's all noted. see you on the 25th 😊",
          reply_to=oxy_brand, when="2028-03-09T07:00:21Z"),
       expect(RP, "low", "safety", "direct"), note="thanks in the brand's thread; the medical need is arranged, so not urgent")
    SC("halyard-safety-balcony-glass-loose", "safety-urgent",
       tw("gran_evans_hly", f"@{B} the glass panel on our balcony on Wayfarer is loose and moves when you lean on it. we've got our 6 year old granddaughter with us. told reception at 7am, nobody's come. it's dangerous, it's unsafe",
          when="2028-03-09T08:10:38Z"),
       expect(RP, "urgent", "safety", "direct"), note="a loose balcony panel with a child in the cabin")
    SC("halyard-sarcasm-ocean-view-lifeboat", "sarcasm-customer",
       tw("dale_f_hly", "cheers Halyard for the 'ocean view' cabin. lovely uninterrupted view of the underside of a lifeboat 🙃 paid extra for that",
          when="2028-03-09T09:00:14Z"),
       expect(RP, "normal", "cabins", "indirect"), note="sarcasm; the lifeboat is the view, not an emergency")
    it_exc = tw("giulia_r_hly", f"@{B} L'escursione a Funchal è saltata all'ultimo minuto e nessuno ci ha detto niente, abbiamo aspettato al porto per un'ora. Avevamo pagato 95 euro a testa. Quando arriva il rimborso?",
                lang="it", when="2028-03-09T10:30:47Z")
    SC("halyard-it-excursion-refund", "non-english", it_exc, expect(RP, "normal", "bookings", "direct"),
       note="Italian: an excursion dropped at the last minute, asking for the refund")
    it_brand = tw(B, "@giulia_r_hly Ci scusiamo molto, Giulia. L'escursione è stata annullata per un problema con il pullman e avremmo dovuto avvisarvi. Il rimborso di 190 euro è già stato inviato sulla vostra carta: arriva entro 3 giorni lavorativi.",
                  reply_to=it_exc, lang="it", when="2028-03-09T11:02:10Z")
    SC("halyard-indirect-levada-guide-left-us", "complaint-indirect",
       tw("hike_helen_hly", "Paid £120 each for Halyard's levada walk excursion in Funchal and the guide left 4 of us behind at the meeting point. Taxi back to the port, nearly missed all aboard. Not impressed.",
          when="2028-03-09T12:00:26Z"),
       expect(RP, "normal", "excursions", "indirect"), note="her own experience, brand named without a tag", known_miss="round 13, not met yet: priority: want \"normal\", got low; the engine read: names Halyard Cruises in a post to everyone | praise: thank them | topic excursions: 'levada', 'excursion', 'excursions', 'excursión', 'guide', 'guides', 'meeting point', 'all aboard'")
    SC("halyard-namesake-yacht-halyard-lifeboat", "namesake",
       tw("SaltLBoat_hly", "Our all-weather lifeboat launched at 11:20 to the yacht Halyard, which lost her rudder 12 miles south of Saltmouth. Both crew safe and well and now under tow to the harbour 🚤 Thanks to the Coastguard for the quick call.",
          when="2028-03-09T13:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a yacht called Halyard, rescued: safety words, but nothing to do with the cruise line")
    SC("halyard-question-jeep-tour-six-year-old", "question",
       tw("jess_w_hly", f"@{B} is the Lanzarote jeep safari tour OK for a 6 year old? the excursion page says 'all ages' but then mentions rough tracks",
          when="2028-03-09T14:00:19Z"),
       expect(RP, "normal", "excursions", "direct"))
    SC("halyard-chatter-amberley-at-quay", "chatter-monitor",
       tw("trev_hly", "Halyard's new river ship has been moored at the Saltmouth quay all week getting fitted out. Looks like a floating office block, but I'd still go",
          when="2028-03-09T15:00:00Z"),
       expect(MON, "low", "embarkation", "indirect"), note="talk about the brand with nothing to answer")
    SC("halyard-namesake-councillor-terminal-parking", "namesake",
       tw("CllrWatch_hly", "Cllr Maureen Halyard tells the transport committee the new cruise terminal car park will open by May, and residents' parking on Dock Road will be enforced on every ship day.",
          when="2028-03-09T16:00:00Z"),
       expect(IGN, "low", "embarkation", "none"), note="a councillor's surname, next to terminal and parking words")
    mob = tw("mark_h_hly", f"@{B} on Wayfarer, they've just called Oscar Oscar Oscar over the tannoy and the ship is turning hard. woman next to us says she saw a man go over from deck 7. crew are getting the lifeboat ready. does anyone know anything??",
             when="2028-03-09T21:40:08Z")
    SC("halyard-safety-man-overboard-alert", "safety-urgent", mob, expect(RP, "urgent", "safety", "direct"),
       note="a person-overboard alert happening now")
    SC("halyard-es-safety-hijo-hombre-al-agua", "safety-urgent",
       tw("sofia_m_hly", f"Estoy en el Wayfarer, han anunciado hombre al agua y el barco ha dado la vuelta. Mi hijo de 15 años no contesta al móvil y no está en el camarote. Es una emergencia, por favor ayuda @{B}",
          lang="es", when="2028-03-09T21:55:31Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="Spanish: a person-overboard alert and her teenage son missing; the handle at the end of a post to everyone")
    SC("halyard-news-overboard-search", "news-monitor",
       tw("CruiseWire_hly", "Coastguard helicopter searching off Madeira after a passenger was reported overboard from Halyard Cruises' Wayfarer on Thursday night. The ship has turned back to help with the search.",
          when="2028-03-09T23:30:00Z"),
       expect(MON, "low", "safety", "indirect"))

    # ---- Friday 10 March: Solace's sailing is cancelled ---------------------------------------
    SC("halyard-thread-it-rimborso-arrivato", "thread-with-brand",
       tw("giulia_r_hly", "Grazie mille, il rimborso è già arrivato stamattina. Gentilissimi 🙏",
          reply_to=it_brand, lang="it", when="2028-03-10T08:00:45Z"),
       expect(RP, "low", "bookings", "direct"), note="Italian thanks in the brand's thread, without an @")
    SC("halyard-praise-medical-centre-meridian", "praise",
       tw("yvonne_t_hly", f"@{B} huge thanks to Dr Okonjo and the nurses in the medical centre on Meridian. they looked after my husband for 3 days with norovirus and he's fully better now. flying home from Marseille tomorrow 💙",
          when="2028-03-10T09:00:18Z"),
       expect(RP, "low", "safety", "direct"), note="thanks; the illness is over, so not urgent")
    SC("halyard-indirect-amberley-hot-water", "complaint-indirect",
       tw("deb_j_hly", "Day 4 on Halyard's Amberley on the Rhine and there's been no hot water in our cabin since Tuesday. Reception keep saying 'tomorrow'. Lovely scenery, freezing showers.",
          when="2028-03-10T09:40:22Z"),
       expect(RP, "normal", "cabins", "indirect"), note="her own cabin, brand named without a tag", known_miss="round 13, not met yet: priority: want \"normal\", got high; the engine read: names Halyard Cruises in a post to everyone | describes their own experience | complaint (0.49) | loss of service | topic cabins: 'hot water', 'cabin', 'cabins', 'cabine', 'shower', 'showers'")
    SC("halyard-legal-trading-standards-deposit", "legal-threat-not-urgent",
       tw("tess_k_hly", "Reported Halyard Cruises to Trading Standards today. Paid a £1,200 deposit in October, cancelled inside the free cancellation window in January, 7 weeks and 4 emails later still no refund.",
          when="2028-03-10T11:00:39Z"),
       expect(RP, "high", "bookings", "indirect"), note="a regulator complaint about her own money: strong, not urgent")
    SC("halyard-safety-slipped-pool-deck", "safety-urgent",
       tw("chris_t_hly", f"slipped on the wet pool deck on the halyard wayfarer, think my wrist's broken, it's gone a funny shape. medical centre's shut till 4 and the number just rings. @{B} what do i do",
          when="2028-03-10T12:00:07Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case and calm, but an injury with no medical help yet")
    solace = tw(B, "We're very sorry: Solace's sailing from Saltmouth on Saturday 11 March is cancelled after a technical fault with one of her propulsion motors. Every guest gets a full refund within 14 days plus 25% off a future booking. Emails are going out now.",
                when="2028-03-10T16:00:00Z")
    SC("halyard-brand-own-solace-cancelled", "brand-own-post", solace, expect(IGN, "low", "voyages", "none"))
    SC("halyard-repost-solace-cancelled", "repost", tw("elaine_p_hly", "", retweet=solace, when="2028-03-10T16:20:44Z"),
       expect(IGN, "low", "voyages", "indirect"), note="a repost of the brand's own post")
    SC("halyard-news-solace-cancelled", "news-monitor",
       tw("CruiseWire_hly", "Halyard Cruises has cancelled Saturday's Solace sailing from Saltmouth less than a day before departure after a propulsion fault; about 2,900 passengers are affected {url:https://cruisewire.example/news/solace-cancelled}",
          when="2028-03-10T17:00:00Z"),
       expect(MON, "low", "voyages", "indirect"))
    SC("halyard-quote-solace-flights-hotel", "quote",
       tw("elaine_p_hly", "'full refund within 14 days' of the holiday, lovely. and the flights we paid for from Belfast and two nights in a Saltmouth hotel? who's refunding those? two years of saving",
          quote=solace, when="2028-03-10T17:30:26Z"),
       expect(RP, "normal", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a complaint about her own costs")
    SC("halyard-in-passing-worst-week-sailing", "complaint-in-passing",
       tw("ryan_w_hly", f"worst week ever. car failed its MOT, the dog ate a sock, and @{B} cancelled our sailing the night before we were due to leave. who's bringing the wine",
          when="2028-03-10T18:00:13Z"),
       expect(RP, "normal", "voyages", "indirect"), note="the brand tagged in the middle of a bad week")
    coach = tw("gary_b_hly", f"@{B} you cancel the Solace the night before, our coach from Hull is already booked, and your phone line hangs up after 90 mins. useless bunch of muppets. who's paying for the coach??",
               when="2028-03-10T19:00:52Z")
    SC("halyard-abuse-coach-muppets", "abuse-with-problem", coach, expect(RP, "high", "bookings", "direct"),
       note="rude, but out of pocket after a cancellation")
    SC("halyard-spam-fake-refunds-account", "spam",
       tw("HalyardHelp_hly", "@gary_b_hly Hi Gary 👋 Halyard Cruises refunds team here ✅ we can process your Solace refund and coach costs today! Just DM us your booking reference, long card number and the 3 digits on the back to verify 💙",
          reply_to=coach, when="2028-03-10T19:20:31Z"),
       expect(IGN, "low", "bookings", "third_party"), note="an impersonator under a real customer's post, fishing for card details")
    pres = tw("anitafaulk_hly", f"Cases packed, dog at the sitter's, train tickets to Saltmouth bought... and @{B} cancelled our Solace sailing by email at 4pm the day before. 14 nights gone. Not a phone call. Shocking way to treat people.",
              when="2028-03-10T21:00:04Z",
              metrics={"retweet_count": 3100, "reply_count": 2400, "like_count": 44800, "quote_count": 510})
    SC("halyard-big-reach-presenter-solace", "big-reach", pres, expect(RP, "high", "voyages", "indirect"),
       note="1.2m followers; her own cancelled sailing; the handle inside a post to everyone")
    SC("halyard-joke-halyard-holds-the-sail", "joke-bystander",
       tw("quipmaster_hly", "@anitafaulk_hly to be fair a halyard only holds the sail up, it was never going to get you to Norway 😂⛵",
          reply_to=pres, when="2028-03-10T21:25:47Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under the presenter's post")
    SC("halyard-hotline-on-hold-solace", "public-hotline-number",
       tw("steve_m_hly", f"@{B} been ringing 0808 157 0613 since 4pm about the cancelled Solace sailing. two hours on hold twice, cut off both times. is there any other way to get through?",
          when="2028-03-10T22:00:19Z"),
       expect(RP, "normal", "voyages", "direct"), strict=False,
       note="the brand's own reservations line is not a private detail; some would make a day-before cancellation high")

    # ---- Saturday 11 March ---------------------------------------------------------------------
    SC("halyard-legal-small-claims-flights", "legal-threat-not-urgent",
       tw("barry_n_hly", f"@{B} cancelling our Solace sailing 18 hours before departure and offering nothing for the flights we'd already bought isn't good enough. no answer by Monday and it's the small claims court and the travel ombudsman",
          when="2028-03-11T08:00:36Z"),
       expect(RP, "high", "voyages", "direct"), note="a court and ombudsman threat: a strong complaint, not urgent")
    SC("halyard-threat-terminal-desk-teeth", "threat-urgent",
       tw("neil_a_hly", f"@{B} the woman on your help desk at the Saltmouth terminal laughed when I asked about our cancelled sailing. next time I see her I'll knock her teeth out. sort it",
          when="2028-03-11T09:00:48Z"),
       expect(ANY, "urgent", "voyages", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    ins_q = tw("wendy_h_hly", "Halyard cancelled our sailing last night, can we claim the flights back on our travel insurance? never done this before", when="2028-03-11T09:40:00Z")
    SC("halyard-chatter-insurance-advice", "third-party-chatter",
       tw("ruthie_hly", "@wendy_h_hly check your policy for 'cancellation by the operator'. most insurers won't pay if Halyard are refunding you anyway, so claim the flights back from the airline first and keep every receipt",
          reply_to=ins_q, when="2028-03-11T10:05:12Z"),
       expect(MON, "low", "bookings", "third_party"), note="a stranger's advice in someone else's thread")
    SC("halyard-private-address-email-cheque", "private-details",
       tw("pete_ark_hly", f"@{B} my Solace refund will go back to a card I've closed. please send it by cheque to 27 Gorse Lane, Saltmouth SM4 2JD, or email me at pete.arkwright@postmail.example",
          when="2028-03-11T11:00:21Z"),
       expect(RV, "normal", "bookings", "direct"), note="a home address and an email address in public")
    SC("halyard-pt-praise-jantar-amberley", "non-english",
       tw("ana_costa_hly", "Voltámos no domingo passado do Reno, no Amberley da Halyard, e que semana! O jantar todas as noites foi fantástico e o empregado de mesa, o Rui, tratou-nos como família. Obrigada! 💙",
          lang="pt", when="2028-03-11T12:00:09Z"),
       expect(RP, "low", "dining", "indirect"), note="Portuguese: praise for the dinners and the waiter")
    SC("halyard-namesake-pub-quiz", "namesake",
       tw("TheHalyard_hly", "Quiz night at The Halyard on Thursday 🍻 £2 a head, teams of up to six, and fish &amp; chips at the bar from 6. Last week's winners 'Quiz Akabusi' are back to defend their title.",
          when="2028-03-11T13:00:00Z"),
       expect(IGN, "low", "dining", "none"), note="the pub on the quay; 'bar' is a dining keyword")
    howwas = tw("jess_w_hly", "@claire_f_hly you're back!! how was the cruise?? 😍", when="2028-03-11T13:40:00Z")
    SC("halyard-venting-cabin-under-nightclub", "third-party-venting",
       tw("claire_f_hly", "@jess_w_hly honestly? Halyard put us in a cabin right under the nightclub, the shower ran cold for 5 days and we saw our steward once. never again babe",
          reply_to=howwas, when="2028-03-11T14:00:33Z"),
       expect(MON, "low", "cabins", "third_party"), note="venting to a friend, brand not tagged")
    SC("halyard-nl-hut-ijskoud-schimmel", "non-english",
       tw("bram_hly", f"@{B} Onze hut op de Amberley is ijskoud, de verwarming doet het niet en er zit schimmel in de badkamer. We hebben het al bij de receptie gemeld. Wat gaan jullie hieraan doen?",
          lang="nl", when="2028-03-11T15:00:42Z"),
       expect(RP, "normal", "cabins", "direct"), note="Dutch: a cold cabin with mould in the bathroom")
    SC("halyard-spam-crypto-recovery", "spam",
       tw("ChainBack_hly", "Lost money on a fake Halyard Cruises deal or a 'refunds' page? 💸 Our certified blockchain investigators trace and return funds in 48h. 100% success rate. DM now ✅",
          when="2028-03-11T16:00:00Z"),
       expect(IGN, "low", "bookings", "indirect"), note="scam 'fund recovery' riding on the cancellation news; 'refunds' is a bookings keyword")
    SC("halyard-common-halyard-hitch", "common-word",
       tw("knots_daily_hly", "Today's knot: the halyard hitch 🪢 quick to tie, jams tight under load, and takes three goes to undo with cold fingers. Great for hoisting anything that needs to stay put. #KnotOfTheDay",
          when="2028-03-11T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="a knot named after the rope")
    SC("halyard-chatter-adverts-rugby", "chatter-monitor",
       tw("ryan_w_hly", "is it just me or has there been a Halyard Cruises advert in every single ad break of the rugby today",
          when="2028-03-11T17:30:51Z"),
       expect(MON, "low", None, "indirect"), note="chatter about the brand with nothing to answer")
    SC("halyard-praise-birthday-cake-80th", "praise",
       tw("dot_b_hly", f"the crew on Wayfarer brought out a birthday cake at dinner for Ted's 80th and the whole restaurant sang. he cried, I cried, the waiter cried. thank you @{B} 🥹",
          when="2028-03-11T19:00:15Z"),
       expect(RP, "low", "dining", "indirect"))
    SC("halyard-quote-visits-are-free", "quote",
       tw("carol_s_hly", "'visits are free' 🤔 the medical centre charged my husband $180 on Tuesday before this went out. who do we ask about getting that back?",
          quote=meri_stmt, when="2028-03-11T20:00:28Z"),
       expect(RP, "normal", ANY, "indirect"), strict=False,
       note="a money question quoting the brand's post; the illness is over, so not urgent; the topic could be medical or refunds")
    SC("halyard-complaint-aircon-hot-air", "complaint-direct",
       tw("mike_r_hly", f"@{B} the aircon in our cabin on Wayfarer has blown hot air for 3 nights. 29 degrees at 2am, we've reported it twice to reception and the steward, and nobody's been to look. we're sleeping on the balcony",
          when="2028-03-11T21:00:41Z"),
       expect(RP, "normal", "cabins", "direct"), known_miss="round 13, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @HalyardCruises | complaint (0.71) | reads like a risk to people (urgency model 0.59): urgent | topic cabins: 'aircon', 'cabin', 'cabins', 'cabine', 'steward', 'stewards', 'balcony'")

    # ---- Sunday 12 March -----------------------------------------------------------------------
    SC("halyard-repeat-solace-refund-third-time", "repeat-contact",
       tw("elaine_p_hly", f"@{B} third time asking. your Solace email says the refund comes 'within 14 days' but my travel agent says you've told them 28 days. which is it? two DMs, no answer",
          when="2028-03-12T09:00:17Z"),
       expect(RP, "high", "bookings", "direct"), note="the third contact about the same refund")
    SC("halyard-fr-question-repas-vegetariens", "non-english",
       tw("sylvie_hly", f"@{B} Bonjour ! Nous avons réservé le Rhin en juin avec ma fille qui est végétarienne. Est-ce que le restaurant propose des repas végétariens tous les soirs ? Merci !",
          lang="fr", when="2028-03-12T10:00:36Z"),
       expect(RP, "normal", "dining", "direct"), note="French: a question about vegetarian meals")
    SC("halyard-question-drinks-package-coffee", "question",
       tw("tina_r_hly", f"@{B} does the drinks package cover the fancy coffees in the café or just the filter stuff at the buffet? deciding whether to add it for October",
          when="2028-03-12T10:30:04Z"),
       expect(RP, "normal", "dining", "direct"))
    SC("halyard-html-refund-email-template", "html-entities",
       tw("claire_f_hly", f"@{B} got an email that says 'Dear &lt;FIRST_NAME&gt;, your &lt;b&gt;refund of £{{{{amount}}}}&lt;/b&gt; is on its way' 🙄 so how much is on its way, and when?",
          when="2028-03-12T11:00:22Z"),
       expect(RP, "normal", "bookings", "direct"), note="a broken email template, delivered escaped")
    SC("halyard-hotline-praise-late-call", "public-hotline-number",
       tw("steve_m_hly", "whoever answered Halyard's 0808 157 0613 line at 11pm last night, you're a star. got us rebooked onto the April one in 10 minutes and didn't once make me feel daft",
          when="2028-03-12T12:00:49Z"),
       expect(RP, "low", "bookings", "indirect"), strict=False, note="praise quoting the brand's own line")
    SC("halyard-namesake-shanty-band", "namesake",
       tw("shanty_fan_hly", "The Halyards were brilliant at the Anchor last night 🎶 four blokes, one squeezebox and every sea shanty you know. Named after the halyard on a tall ship, apparently. Back in April!",
          when="2028-03-12T13:00:10Z"),
       expect(IGN, "low", None, "none"), note="a sea-shanty band")
    SC("halyard-namesake-rope-co-dyneema", "namesake",
       tw("RopeCo_hly", "New from Halyard Rope Co: 10mm low-stretch Dyneema core line in six colours 🌈 braided in Cornwall, ready for your spring refit. Trade prices on request.",
          when="2028-03-12T13:30:00Z"),
       expect(IGN, "low", "bookings", "none"), note="the rope maker; 'prices' is a bookings keyword")
    SC("halyard-common-tall-ship-breakfast", "common-word",
       tw("tallship_t_hly", "day 3 on the tall ship and they had us hauling on the main halyard before breakfast. blisters, sunburn and the best holiday I've ever had ⛵",
          when="2028-03-12T14:00:37Z"),
       expect(IGN, "low", "dining", "none"), note="a sail-training holiday on another ship; 'breakfast' is a dining keyword")
    rig_q = tw("yachtie_jo_hly", "@dinghy_dan_hly any tips for re-running a line through the mast? pulled the old one out without a mouse line like an idiot", when="2028-03-12T14:20:00Z")
    SC("halyard-common-messenger-line-reply", "common-word",
       tw("dinghy_dan_hly", "@yachtie_jo_hly tape a thin messenger to the new halyard, drop it down from the top with a weight on it and swear quietly. works every time",
          reply_to=rig_q, when="2028-03-12T14:45:19Z"),
       expect(IGN, "low", None, "none"), note="sailing advice between two friends about a halyard")
    SC("halyard-spam-follower-selling", "spam",
       tw("BoostPro_hly", "Travel creators 📈 want numbers like the Halyard vloggers? 5k REAL followers for £14.99, safe and fast, DM us for packages 🚀",
          when="2028-03-12T16:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("halyard-namesake-footballer", "namesake",
       tw("saltfc_fan_hly", "JORDAN HALYARD 🚀🚀 what a strike from 30 yards, 2-1 Saltmouth Rovers in the 89th minute!!! 🔴⚪",
          when="2028-03-12T16:50:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("halyard-common-dinghy-halyard-snapped", "common-word",
       tw("dinghy_dan_hly", "halyard went ping on the start line and the sail came down on both our heads. last place, but we were laughing too hard to care ⛵😂",
          when="2028-03-12T17:15:44Z"),
       expect(IGN, "low", None, "none"), note="a dinghy's halyard snapping", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Halyard Cruises in a post to everyone | general chatter about the brand")
    SC("halyard-private-passport-dob-checkin", "private-details",
       tw("brenda_c_hly", f"@{B} check-in won't accept my passport. number 533201774, born 14/02/1961, Brenda Anne Coles. sailing Thursday on Wayfarer's next trip, can someone put it in for me?",
          when="2028-03-12T19:00:05Z"),
       expect(RV, "normal", "embarkation", "direct"), note="a passport number and a date of birth in public")
    SC("halyard-indirect-balance-taken-twice", "complaint-indirect",
       tw("neil_a_hly", "Halyard took the £1,450 balance for our Meridian holiday out of my account twice this week and nobody at their payments team has replied in 3 days. that's my rent 😤",
          when="2028-03-12T20:00:30Z"),
       expect(RP, "normal", "bookings", "indirect"), note="double-charged, brand named without a tag")
    return brand


BRANDS["halyard-cruises"] = ("HalyardCruises", 4878901245, build_halyard_cruises)
