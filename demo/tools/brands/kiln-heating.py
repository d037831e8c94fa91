# Kiln Heating: a made-up home-heating company across the made-up county of Cresswold
# (Hensford, Mardle, Stanlow Cross, Brackwater, Upper Tolley, Coldharbour and Fenny Ashby):
# boiler installation and annual servicing, breakdown cover plans and emergency call-outs,
# plumbing, heat pumps, smart thermostats and an app to book engineers. Gas smells, carbon
# monoxide and scalds go to the gas safety desk; elderly, ill and newborn customers without
# heat go to priority care.
# "Kiln" is also a pottery kiln (and the Kiln Studio's pottery classes in Upper Tolley), a
# hop kiln or oast house, a Victorian brick kiln, Kiln (a restaurant on Bridge Street in
# Hensford), Kiln Lane in Mardle, a surname (a Hensford Town footballer) and The Kiln, a
# climbing centre: none of them is the heating company. "Kiln dried" logs and "like a kiln
# in here" are the everyday word.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week of
# 15 November 2027 is the first cold snap of the winter, when boilers fail, condensate pipes
# freeze and the phone lines and the booking app are swamped.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# account and job number, phone number, card number, address and email address here is
# made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test
# number.


def build_kiln_heating():
    global CURRENT_BRAND, CLOCK
    brand = Brand("kiln-heating", SCEN_DIR / "kiln-heating.plan.toml", "KilnHeating", 4367890134, 1861220000000003801)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-11-15T05:20:00Z")
    B = "KilnHeating"
    user(B, "Kiln Heating", 4367890134,
         "Kiln Heating 🔥 boilers, breakdowns, plumbing and heat pumps across Cresswold. Care team here 7am–10pm every day. "
         "Emergency call-outs 0808 157 0618, 24/7. Smell gas? Get out and call the gas emergency line. Never post card or account numbers here.",
         18_900, following=520, tweets=23_600, listed=95, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8940100000 + _n[0] * 4129, bio, followers, **kw)

    person("tolley_mark_kh", "Mark Tolley", "Sparky. Dad of one. Upper Tolley.", 310)
    person("jo_ashdown_kh", "Jo Ashdown", "Mum of 2. School run survivor. Stanlow Cross.", 220)
    person("cresswold_wx", "Ffion Rees", "Weather on Cresswold TV, weeknights 6.25pm ☔ Cloud nerd. Views my own.",
           820_000, following=900, listed=3100, verified=True)
    person("KilnHeatingCare", "Kiln Heating Customer Care ✅", "Official priority support 24/7 🔥 DM us for same-day engineers and refunds",
           31, following=4700)
    person("leah_morrow_kh", "Leah Morrow", "Two kids, one cat, one new boiler.", 180)
    person("raj_menon_kh", "Raj Menon", "Son, carer, commuter. Hensford.", 240)
    person("ollie_brann_kh", "Ollie Brannan", "Warehouse nights. Mardle. Spurs, sadly.", 150)
    person("gemma_platt_kh", "Gemma Platt", "", 90)
    person("stu_fairlie_kh", "Stuart Fairlie", "Joiner. Brackwater.", 70)
    person("nat_okoro_kh", "Natalie Okoro", "Nurse. Nights. Cold feet.", 410)
    person("dee_harker_kh", "Dee Harker", "Hensford. Tea, telly, tantrums (mine).", 260)
    person("HensfordHerald", "Hensford Herald", "News from Hensford and across Cresswold since 1869.", 31_000, following=700, verified=True)
    person("foodie_fenna", "Fenna Lowther", "Eating my way round Cresswold. Small plates, big opinions.", 2400)
    person("camille_db_kh", "Camille Dubois", "Lyonnaise à Hensford. Maman de Léo.", 160)
    person("sharon_pike_kh", "Sharon Pike", "Stanlow Cross. Grandkids every weekend.", 130)
    person("ben_adeyemi_kh", "Ben Adeyemi", "Product manager. Mardle. Runs on coffee.", 890)
    person("hollie_vance_kh", "Hollie Vance", "New mum 🍼 Coldharbour.", 120)
    person("priti_shah_kh", "Priti Shah", "Accountant. Brackwater. Out of annual leave.", 330)
    person("dot_hale_kh", "Dot Hale", "84. Still here. My grandson set this up for me.", 35)
    person("gaz_mullen_kh", "Gary Mullen", "Orchard Way. Say it to my face.", 60)
    person("lucia_ortega_kh", "Lucía Ortega", "Sevillana en Hensford. Hija, madre, profe.", 270)
    person("tomw_smarthome", "Tom Whitby", "Home automation tinkerer. Too many hubs.", 1500)
    person("clive_ash_kh", "Clive Ashworth", "Retired surveyor. I read contracts.", 420)
    person("kerry_benn_kh", "Kerry Benn", "Stanlow Cross. Dog walker, curtain twitcher.", 190)
    person("amy_lister_kh", "Amy Lister", "First flat! Everything is broken.", 140)
    person("phil_dunmore_kh", "Phil Dunmore", "Ex-plumber, now just opinions.", 380)
    person("MardleMatters", "Mardle Matters", "What's going on in Mardle: roads, bins, events.", 4100, following=800)
    person("sarah_throws", "Sarah Penhale", "Potter. Wonky mugs, wood ash glazes. Studio in Brackwater 🏺", 3300)
    person("jonas_keller_kh", "Jonas Keller", "Aus Freiburg. Papa von Mia. Ingenieur in Hensford.", 200)
    person("marco_bell_kh", "Marco Bellini", "Romano a Mardle. Gelato e pazienza.", 150)
    person("rowan_pentests", "Rowan Achterberg", "Pentester. I break web forms for a living.", 2600)
    person("jade_mcbride_kh", "Jade McBride", "Renting in Mardle. Two kids, one landlord who never answers.", 240)
    person("ellie_shaw_kh", "Ellie Shaw", "Mum of Ruby (4). Teaching assistant.", 210)
    person("tom_garside_kh", "Tom Garside", "Husband, dad, terrible cook. Fenny Ashby.", 160)
    person("chef_arlo_quinn", "Arlo Quinn", "Chef. Cookbooks, telly, a restaurant in London and a farmhouse in Cresswold.",
           1_300_000, following=650, listed=5200, verified=True)
    person("dave_brannock", "Dave Brannock", "", 45)
    person("maggie_oye_kh", "Margaret Oyelaran", "Retired head teacher. I keep the letters.", 560)
    person("sunita_rao_kh", "Sunita Rao", "Daughter, dentist, Hensford.", 300)
    person("hannah_wix_kh", "Hannah Wix", "Marketing. Mardle. Mostly sarcasm.", 720)
    person("sam_okafor_kh", "Sam Okafor", "Going electric, one appliance at a time.", 260)
    person("boilergiveaway", "FREE Boiler Giveaways 🎁", "Win a FREE boiler every week! Follow + RT to enter 🎁🔥", 3900, following=4900)
    person("lou_boulders", "Lou Carver", "Climber. Hensford. Chalk everywhere.", 330)
    person("climb_jess_kh", "Jess Ambrose", "Boulderer. Physio. Crimp addict.", 610)
    person("cresswoldwalks", "Cresswold Walks", "Footpaths, stiles and pub stops across Cresswold.", 5200)
    person("pieter_dv_kh", "Pieter de Vries", "Utrechter in Cresswold. Fietst ook in de regen.", 180)
    person("nia_newbuild", "Nia Howells", "New build, new town, new everything.", 150)
    person("rory_fenn_kh", "Rory Fenn", "Sound engineer. Brackwater.", 480)
    person("kayleigh_b_kh", "Kayleigh Barnes", "Mum. Hairdresser. Mardle.", 350)
    person("lee_grimes_kh", "Lee Grimes", "", 55)
    person("anouk_jansen_kh", "Anouk Jansen", "Uit Leiden, woont in Brackwater. Verpleegkundige.", 230)
    person("graham_toft_kh", "Graham Toft", "Early adopter. Regretting it.", 290)
    person("bev_hollins_kh", "Bev Hollins", "Nan of 5. Upper Tolley.", 110)
    person("landlord_lina", "Lina Marsh", "Three flats, one spreadsheet. Mardle.", 240)
    person("craig_pell_kh", "Craig Pell", "Scaffolder. Don't @ me.", 80)
    person("fiona_lowe_kh", "Fiona Lowe", "Librarian. Hensford. Silent fury.", 390)
    person("refund_desk_uk", "UK Refund Desk 💷", "Helping customers claim what they're owed 💷 DM us", 1200, following=4800)
    person("chainrecover_x", "ChainRecover ✅", "Certified crypto & scam fund recovery. 100% success. DM ✅", 8800, following=5000)
    person("CresswoldPost", "Cresswold Post", "Cresswold's daily paper. Tips: newsdesk@cresswoldpost.example", 22_000, following=900, verified=True)
    person("mia_makes_kh", "Mia Okoye", "Trying new hobbies so I stop buying things.", 210)
    person("woodsmoke_will", "Will Garrod", "Wood burner fan. Coldharbour.", 130)
    person("hedge_and_axe", "Ned Pascoe", "Hedge layer, log splitter, tea drinker.", 700)
    person("renter_rach", "Rachel Stott", "Renting in Hensford. Cold.", 160)
    person("punmaster_gav", "Gav Ellery", "Puns so bad they're good. Sometimes.", 240)
    person("jen_jingles_kh", "Jen Harrow", "Radio on all day. Stanlow Cross.", 170)
    person("kit_marlow_kh", "Kit Marlow", "Trying to go green without going broke.", 260)
    person("ashp_andy", "Andy Lisle", "Heat pump bore. Ask me about flow temperatures.", 1900)
    person("mo_farouk_kh", "Mo Farouk", "Dad. Taxi driver. Brackwater.", 230)
    person("ines_costa_kh", "Inês Costa", "Do Porto para Hensford. Enfermeira.", 190)
    person("htfc_barmy", "Craig Lomas", "Hensford Town 🔴⚪ home and away since 1998.", 900)
    person("StanlowHeritage", "Stanlow Cross Heritage", "Local history society: walks, talks and open days.", 1700)
    person("office_grump_kh", "Pete Marden", "Office manager. The printer hates me.", 140)
    person("zoe_kerr_kh", "Zoe Kerr", "Hensford. Professional overthinker.", 350)
    person("dan_pryce_kh", "Dan Pryce", "Brackwater. Kettles and spreadsheets.", 120)
    person("nan_pat_kh", "Pat Ridley", "Nan, reposter of useful things.", 65)
    person("weatherfan_kh", "Owen Tarrant", "Snow chaser. Cresswold.", 400)
    person("barry_puns_kh", "Barry Coombe", "Professional heckler (unpaid).", 520)
    person("tina_moss_kh", "Tina Moss", "Mardle. Night owl.", 140)
    person("neil_osei_kh", "Neil Osei", "Dad of 3. Boiler: dead.", 180)
    person("rachel_dent_kh", "Rachel Dent", "Vet nurse. Hensford.", 260)

    # ---- Monday 15 November: the first hard frost ---------------------------------------
    mark = tw("tolley_mark_kh", f"@{B} boiler died at 5am, -6 outside, no hot water and the radiators are stone cold. I pay £19 a month for breakdown cover and the app says the first slot is FRIDAY. Friday.",
              when="2027-11-15T06:12:40Z")
    SC("kiln-complaint-boiler-dead-5am", "complaint-direct", mark, expect(RP, "normal", "breakdown", "direct"),
       note="one household's boiler down: an ordinary complaint, not an outage",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @KilnHeating | complaint (0.67) | loss of service | topic breakdown: 'boiler', 'boilers', 'no hot water', 'hot water', 'radiator', 'radiators', 'cold', 'breakdown', 'breakdowns'")
    mark_brand = tw(B, "@tolley_mark_kh Morning Mark, sorry, the frost has tripled our breakdown calls overnight. I've moved you onto today's emergency list: an engineer will ring you by 1pm with a time to look at the boiler. If anyone at home is vulnerable, tell me and you'll go first.",
                    reply_to=mark, when="2027-11-15T06:31:02Z")
    SC("kiln-brand-reply-mark-emergency-list", "brand-own-post", mark_brand, expect(IGN, "low", "breakdown", "none"))
    SC("kiln-q-reply-error-code-part", "question-in-reply-to-brand",
       tw("tolley_mark_kh", "cheers. the boiler display's showing error code F28 if that helps. will the engineer have the part on the van or is that another week?",
          reply_to=mark_brand, when="2027-11-15T06:44:19Z"),
       expect(RP, "normal", "breakdown", "direct"), note="a question in the brand's thread, no @")
    SC("kiln-spam-fake-care-under-mark", "spam",
       tw("KilnHeatingCare", "@tolley_mark_kh Hi Mark 👋 Kiln Heating priority team here ✅ we can get an engineer to you within the hour. Just DM us your card number, your cover plan number and a £1 payment to confirm 💳",
          reply_to=mark, when="2027-11-15T06:35:51Z"),
       expect(IGN, "low", "billing", "third_party"),
       note="a fake support account fishing for card details under a real customer's post")
    tips = tw(B, "❄️ Cold snap tip: if your boiler shows a fault code after a hard frost, the condensate pipe outside may be frozen. Pour warm (not boiling) water along it, then reset the boiler. Still stuck? Book a call-out in the Kiln app 👉 {url:https://kilnheating.example/frozen-pipe}",
              when="2027-11-15T07:00:00Z")
    SC("kiln-brand-own-cold-snap-tip", "brand-own-post", tips, expect(IGN, "low", "breakdown", "none"))
    SC("kiln-repost-cold-snap-tip", "repost", tw("nan_pat_kh", "", retweet=tips, when="2027-11-15T07:14:33Z"),
       expect(IGN, "low", "breakdown", "indirect"))
    SC("kiln-q-reply-tip-still-f28", "question-in-reply-to-brand",
       tw("dan_pryce_kh", "tried the warm water on the condensate pipe, 3 kettles' worth, but the boiler still says fault code F28 after a reset. do I need an engineer or is there something else to try?",
          reply_to=tips, when="2027-11-15T07:40:08Z"),
       expect(RP, "normal", "breakdown", "direct"))
    SC("kiln-quote-tip-app-crashed", "quote",
       tw("zoe_kerr_kh", "'book a call-out in the app' lol. the app has crashed every time I've tried to book since 6am and there's no slot till Saturday anyway 🙃",
          quote=tips, when="2027-11-15T07:52:45Z"),
       expect(RP, "normal", "app", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about the app")
    SC("kiln-safety-gas-smell-new-boiler", "safety-urgent",
       tw("leah_morrow_kh", f"@{B} your engineer finished fitting our new boiler at 4 and there's been a faint smell of gas in the airing cupboard ever since. is that normal with a new one or is it dangerous? should I ring the gas leak line? kids are asleep upstairs",
          when="2027-11-15T20:48:11Z"),
       expect(RP, "urgent", "gas_safety", "direct"), note="a calm question, but a smell of gas with children asleep in the house")
    SC("kiln-medical-oxygen-copd-dad", "medical-urgent",
       tw("raj_menon_kh", f"@{B} hi, my dad is 91 and on oxygen at home for his COPD. his boiler stopped overnight and the front room is 12°C. the app's first slot is Thursday. is there a priority list for people like him? he's on your cover plan",
          when="2027-11-15T08:05:27Z"),
       expect(RP, "urgent", "vulnerable", "direct"), note="a polite question, but a 91-year-old on oxygen in a 12°C house")
    presenter = tw("cresswold_wx", f"Forecasting -8°C tonight and my own boiler's packed in 🙃 the @{B} engineer was due 'between 8 and 6' and never turned up. Viewers: wrap up warm and check on older neighbours tonight.",
                   when="2027-11-15T17:40:00Z",
                   metrics={"retweet_count": 2400, "reply_count": 1700, "like_count": 31800, "quote_count": 380})
    SC("kiln-big-reach-weather-presenter", "big-reach", presenter, expect(RP, "high", "breakdown", "indirect"),
       note="820k followers; the handle in the middle of a post to everyone")
    SC("kiln-joke-kiln-waiting", "joke-bystander",
       tw("barry_puns_kh", "@cresswold_wx Kiln Heating? more like Kiln Waiting ⏳😂",
          reply_to=presenter, when="2027-11-15T17:52:36Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name inside someone else's thread")
    SC("kiln-repost-weather-presenter", "repost", tw("weatherfan_kh", "", retweet=presenter, when="2027-11-15T18:03:12Z"),
       expect(IGN, "low", "breakdown", "indirect"))
    SC("kiln-in-passing-nits-boiler", "complaint-in-passing",
       tw("ollie_brann_kh", f"what a Monday. car wouldn't start, the kid's got nits, boss is on one, and @{B} still haven't sent anyone about the boiler that died on Saturday. 3 days of no hot water. just put me in the bin",
          when="2027-11-15T12:20:54Z"),
       expect(RP, "normal", "breakdown", "indirect"), note="the brand tagged in the middle of a bad day",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: tags @KilnHeating in a post to everyone | describes their own experience | complaint (0.95) | loss of service | topic breakdown: 'boiler', 'boilers', 'no hot water', 'hot water'")
    SC("kiln-hotline-cuts-off", "public-hotline-number",
       tw("gemma_platt_kh", f"@{B} rang 0808 157 0618 four times since 7am, 'high call volumes' and then it cuts off. boiler's showing a fault and there's no hot water. is anyone actually there?",
          when="2027-11-15T09:15:02Z"),
       expect(RP, "normal", "breakdown", "direct"), strict=False, note="the brand's own emergency number is not a private detail")
    SC("kiln-private-card-callout-twice", "private-details",
       tw("stu_fairlie_kh", f"@{B} you charged the £95 call-out fee twice on my card 4111 1111 1111 1111 on Sunday night. job ref KH-CO-55821. I've paid once, please refund the other one",
          when="2027-11-15T10:02:37Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number and a job reference in public",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @KilnHeating | exposes a card number and an account, booking or security code in public: answer privately | complaint (0.97) | repeat contact | topic billing: 'charge', 'charged', 'charges', 'paid', 'refund', an amount of money")
    baltic = tw("nat_okoro_kh", "is it just me or is it absolutely baltic today. can't feel my toes and I'm INSIDE", when="2027-11-15T10:30:00Z")
    SC("kiln-venting-boiler-in-bits", "third-party-venting",
       tw("dee_harker_kh", "@nat_okoro_kh same. Kiln have had my boiler in bits since Thursday waiting on a part. no hot water, washing at my mum's like I'm 15 again",
          reply_to=baltic, when="2027-11-15T10:44:18Z"),
       expect(MON, "low", "breakdown", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("kiln-news-forty-engineers", "news-monitor",
       tw("HensfordHerald", "Kiln Heating takes on 40 agency engineers as the cold snap triples boiler breakdown calls across Cresswold {url:https://hensfordherald.example/news/kiln-heating-cold-snap}",
          when="2027-11-15T11:00:00Z"),
       expect(MON, "low", "breakdown", "indirect"))
    SC("kiln-namesake-restaurant-open-fire", "namesake",
       tw("foodie_fenna", "dinner at Kiln on Bridge Street last night 🔥 everything cooked over open fire, burnt leeks with smoked butter, and I would walk through flames for that lamb. book ahead",
          when="2027-11-15T13:10:45Z"),
       expect(IGN, "low", "gas_safety", "none"),
       note="the restaurant; danger words about cooking ('fire', 'burnt', 'flames') make gas_safety the keyword topic",
       known_miss="round 11, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Kiln Heating in a post to everyone | a danger to health or safety: urgent | topic gas_safety: 'fire', 'burnt', 'smoke', 'flames'")
    SC("kiln-fr-gas-smell-after-service", "safety-urgent",
       tw("camille_db_kh", f"@{B} bonjour, depuis l'entretien de la chaudière ce matin il y a une odeur de gaz dans la cuisine. Mon mari dit que ce n'est rien mais j'ai peur. C'est dangereux ? On a un bébé de 3 mois à la maison.",
          lang="fr", when="2027-11-15T15:25:30Z"),
       expect(RP, "urgent", "gas_safety", "direct"), note="French: a smell of gas after a service, with a 3-month-old baby at home")

    # ---- Tuesday 16 November ------------------------------------------------------------
    SC("kiln-repeat-mark-nobody-rang", "repeat-contact",
       tw("tolley_mark_kh", "nobody rang by 1pm. nobody rang at all. second night sleeping in coats, still no hot water, radiators stone cold. what exactly is the 'emergency list' for?",
          reply_to=mark_brand, when="2027-11-16T06:50:22Z"),
       expect(RP, "high", "breakdown", "direct"), note="back in the brand's thread without @: the promised call never came",
       known_miss="round 11, not met yet: priority: want \"high\", got urgent; the engine read: replies to @KilnHeating: the customer is talking to the brand | complaint (0.86) | a danger to health or safety: urgent | topic breakdown: 'no hot water', 'hot water', 'radiator', 'radiators', 'cold'")
    SC("kiln-safety-co-alarm-headache", "safety-urgent",
       tw("sharon_pike_kh", f"@{B} CO ALARM WONT STOP and my husband has a splitting headache and feels dizzy and sick. you serviced the boiler on friday. what do we do?????",
          when="2027-11-16T07:12:09Z"),
       expect(RP, "urgent", "gas_safety", "direct"), note="a carbon monoxide alarm with symptoms, right now")
    SC("kiln-app-down-outage", "complaint-direct",
       tw("ben_adeyemi_kh", f"@{B} your app has been down since 6am, 'something went wrong' on every screen. can't book an engineer, can't see my appointment, and the smart thermostat won't connect either. phone queue is 2 hours. is anyone fixing it?",
          when="2027-11-16T08:20:45Z"),
       expect(RP, "high", "app", "direct"), note="the booking app is down for everyone: an outage")
    SC("kiln-medical-newborn-premature", "medical-urgent",
       tw("hollie_vance_kh", "our newborn came home from hospital on Friday and Kiln Heating have now cancelled our boiler repair THREE times. the house is 13 degrees. she was premature and the midwife says she must be kept warm. I'm sat on the kitchen floor crying. please someone help",
          when="2027-11-16T09:05:31Z"),
       expect(RP, "urgent", "vulnerable", "indirect"), note="a premature newborn in a 13°C house; brand named without a tag")
    e119 = tw("jo_ashdown_kh", f"@{B} no hot water since 6am and the boiler's flashing E119. two kids off to school unwashed 🙃 is this a call-out job or something I can do?",
              when="2027-11-16T07:02:14Z")
    SC("kiln-complaint-e119-no-hot-water", "complaint-direct", e119, expect(RP, "normal", "breakdown", "direct"),
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @KilnHeating | complaint (0.47) | loss of service | topic breakdown: 'no hot water', 'hot water', 'boiler', 'boilers', 'call-out', 'call out'")
    e119_brand = tw(B, "@jo_ashdown_kh Morning Jo, E119 is the boiler telling you the pressure's low, which the cold often does. There's a 2 minute top-up video in the Kiln app under Help. If the pressure won't hold at 1.5 bar, reply here and I'll get an engineer to you today.",
                    reply_to=e119, when="2027-11-16T07:15:40Z")
    SC("kiln-brand-reply-e119-pressure", "brand-own-post", e119_brand, expect(IGN, "low", "breakdown", "none"))
    SC("kiln-thread-e119-fixed", "thread-with-brand",
       tw("jo_ashdown_kh", "the video worked!! pressure's back up to 1.5 and the hot water's on. you've saved my morning, thank you 🙌",
          reply_to=e119_brand, when="2027-11-16T07:41:03Z"),
       expect(RP, "low", "breakdown", "direct"), note="thanks in the brand's thread without @: the problem is solved")
    SC("kiln-sarcasm-waited-in-all-day", "sarcasm-customer",
       tw("priti_shah_kh", "Big thanks to Kiln Heating for the 7am–6pm appointment window. Took a day off, waited in all day, nobody came. Love spending my annual leave staring at the front door 🙂",
          when="2027-11-16T18:30:12Z"),
       expect(RP, "normal", "app", "indirect"), note="sarcasm from a customer is a complaint")
    SC("kiln-private-housebound-address-dob", "private-details",
       tw("dot_hale_kh", f"@{B} I'm 84 and housebound and I'm on your priority list. No heating since Saturday and I've rung twice. I'm at 7 Tollgate Row, Mardle MR4 2PL, date of birth 03/02/1943, cover number KC-20931. Please send someone, I'm sat in my coat and my hands are cold.",
          when="2027-11-16T10:40:55Z"),
       expect(RV, "urgent", "vulnerable", "direct"),
       note="a housebound 84-year-old without heat (urgent) who posts her address, date of birth and cover number (private)")
    SC("kiln-threat-engineer-orchard-way", "threat-urgent",
       tw("gaz_mullen_kh", f"@{B} that engineer you sent, if he shows his face on Orchard Way again after leaving my boiler in pieces for 6 days, he won't be walking back to his van. I know what he drives.",
          when="2027-11-16T11:25:37Z"),
       expect(ANY, "urgent", "breakdown", "direct"),
       note="a threat to a member of staff with a complaint: only the priority is strict")
    SC("kiln-es-medical-madre-demencia", "medical-urgent",
       tw("lucia_ortega_kh", f"@{B} mi madre tiene 88 años y demencia, vive sola en Hensford y lleva dos días sin calefacción ni agua caliente. Hoy la encontré temblando y el médico dice que hay riesgo de hipotermia. La cita en la app es el viernes. ¿Pueden mandar a alguien hoy?",
          lang="es", when="2027-11-16T12:10:19Z"),
       expect(RP, "urgent", "vulnerable", "direct"),
       note="Spanish: an 88-year-old with dementia, no heating for two days, a doctor warning of hypothermia")
    SC("kiln-question-smart-thermostat", "question",
       tw("tomw_smarthome", f"@{B} do you fit smart thermostats if the boiler isn't one of yours? and does the app let me set a separate schedule for each room?",
          when="2027-11-16T13:02:48Z"),
       expect(RP, "normal", "app", "direct"))
    SC("kiln-legal-trading-standards", "legal-threat-not-urgent",
       tw("clive_ash_kh", f"@{B} 9 weeks since you installed our new boiler and it has broken down 4 times. I've reported you to Trading Standards, and if it isn't replaced by the 30th I'm taking the full installation cost to the small claims court.",
          when="2027-11-16T14:15:06Z"),
       expect(RP, "high", "installation", "direct"), note="a regulator and court threat: a strong complaint, not urgent")
    SC("kiln-chatter-vans-everywhere", "chatter-monitor",
       tw("kerry_benn_kh", "is it me or has every street in Stanlow Cross got a Kiln Heating van outside this morning 😂 like a convention",
          when="2027-11-16T09:40:27Z"),
       expect(MON, "low", None, "indirect"))
    pressure_q = tw("amy_lister_kh", "boiler pressure keeps dropping below 1, what am I doing wrong?? first winter in this flat 😩",
                    when="2027-11-16T15:00:00Z")
    SC("kiln-chatter-pressure-advice", "third-party-chatter",
       tw("phil_dunmore_kh", "@amy_lister_kh top it up through the filling loop to 1.5 bar with the boiler off. if it keeps dropping, Kiln came out same day for ours last winter, worth a ring",
          reply_to=pressure_q, when="2027-11-16T15:18:44Z"),
       expect(MON, "low", "breakdown", "third_party"), note="a stranger's advice in someone else's thread")
    SC("kiln-namesake-kiln-lane-burst-main", "namesake",
       tw("MardleMatters", "Kiln Lane closed both ways by the primary school: burst water main, water everywhere up to the kerbs. Use Mill Road instead, buses diverted.",
          when="2027-11-16T07:55:00Z"),
       expect(IGN, "low", "plumbing", "none"), note="the street; 'burst' and 'water everywhere' are plumbing keywords")
    SC("kiln-common-mug-exploded", "common-word",
       tw("sarah_throws", "opened the kiln this morning and one of my mugs had exploded and taken out three bowls with it 😭 air bubble in the clay. RIP",
          when="2027-11-16T10:05:12Z"),
       expect(IGN, "low", "gas_safety", "none"), note="a pottery kiln; 'exploded' is a joke-sized danger word")
    SC("kiln-de-co-melder-kopfschmerzen", "safety-urgent",
       tw("jonas_keller_kh", f"@{B} unser CO-Melder piept seit 20 Minuten, wir haben alle Kopfschmerzen und meiner Tochter ist schwindelig. Die Therme ist von Ihnen, Wartung war letzte Woche. Wir stehen jetzt draußen. Was sollen wir tun?",
          lang="de", when="2027-11-16T19:35:40Z"),
       expect(RP, "urgent", "gas_safety", "direct"), note="German: a CO alarm with headaches and dizziness")
    SC("kiln-it-preventivo-caldaia", "non-english",
       tw("marco_bell_kh", f"@{B} buongiorno, vorrei un preventivo per una nuova caldaia a condensazione. Quanto tempo ci vuole per installare? Lavorate anche il sabato? Grazie mille",
          lang="it", when="2027-11-16T11:50:03Z"),
       expect(RP, "normal", "installation", "direct"), note="Italian: a quote for a new boiler")
    SC("kiln-html-booking-form-script", "html-entities",
       tw("rowan_pentests", f"@{B} the booking form in your app just shows &lt;script&gt;alert('slot')&lt;/script&gt; whenever I pick a date 🙄 can someone book me in for a boiler service next week instead?",
          when="2027-11-16T16:30:18Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real request; it arrives escaped")

    # ---- Wednesday 17 November ----------------------------------------------------------
    SC("kiln-safety-flue-soot-psa", "safety-urgent",
       tw("jade_mcbride_kh", "PSA Mardle folk: Kiln Heating fitted our boiler in March and tonight there's black soot all round the flue outside and a smell of fumes in the loft. Landlord's phone is off. Windows open, kids at my mum's. Who do you even call??",
          when="2027-11-17T21:10:33Z"),
       expect(RP, "urgent", "gas_safety", "indirect"), note="possible flue failure told to everyone, brand named without a tag")
    SC("kiln-safety-scald-bath-tap", "safety-urgent",
       tw("ellie_shaw_kh", f"@{B} since your engineer changed the valve on our boiler yesterday the bath tap runs scalding. my 4 year old has scalded her hand, we're at minor injuries now. what do I do about the water at home tonight?",
          when="2027-11-17T17:45:09Z"),
       expect(RP, "urgent", "gas_safety", "direct"), note="a child scalded, and the hot water is still dangerous at home")
    chemo = tw("tom_garside_kh", f"@{B} my wife is having chemo for breast cancer and her nurse says she mustn't get cold. our boiler's 14 years old and started making a grinding noise last night. can you get her on your priority register and have someone look at it before it dies?",
               when="2027-11-17T08:30:14Z")
    SC("kiln-medical-chemo-priority-register", "medical-urgent", chemo, expect(RP, "urgent", "vulnerable", "direct"),
       note="a calm question about a medical need: a chemotherapy patient who must not get cold")
    chemo_brand = tw(B, "@tom_garside_kh Hi Tom, I'm so sorry about your wife. I've put her on our priority register and an engineer will be with you at 8am tomorrow. If it stops before then, ring our 24/7 line and say she's on the register: you'll go straight to the top.",
                     reply_to=chemo, when="2027-11-17T08:41:50Z")
    SC("kiln-thread-chemo-thanks", "thread-with-brand",
       tw("tom_garside_kh", "thank you. she slept better last night just knowing someone's coming. see you at 8",
          reply_to=chemo_brand, when="2027-11-18T06:55:21Z"),
       expect(RP, "low", ANY, "direct"), note="thanks in the brand's thread without @; the reply itself has no topic keyword")
    SC("kiln-big-reach-chef-heat-pump", "big-reach",
       tw("chef_arlo_quinn", f"Paid @{B} £14k for a heat pump at the farmhouse in April. First frost and the outdoor unit sounds like a jet engine and the kitchen is 14°C. Not quite the low carbon dream I was sold. Answers please.",
          when="2027-11-17T09:15:00Z",
          metrics={"retweet_count": 3100, "reply_count": 2600, "like_count": 44200, "quote_count": 700}),
       expect(RP, "high", "heat_pumps", "indirect"), note="1.3m followers; the handle in the middle of a post to everyone")
    SC("kiln-abuse-useless-lot", "abuse-with-problem",
       tw("dave_brannock", f"@{B} you useless lot. 4 days no hot water, boiler still dead, radiators freezing, 3 no-shows, and you STILL take £22 a month off me. pull your bloody finger out",
          when="2027-11-17T10:02:44Z"),
       expect(RP, "high", "breakdown", "direct"), note="rude, but a real and repeated problem")
    SC("kiln-legal-ombudsman-renewal", "legal-threat-not-urgent",
       tw("maggie_oye_kh", "Kiln Heating put my home cover up from £14 to £31 a month at renewal without a word of warning. Nine years a customer. My complaint has gone to the Financial Ombudsman today.",
          when="2027-11-17T11:30:27Z"),
       expect(RP, "high", "billing", "indirect"), note="an ombudsman complaint about her own cover plan, brand named without a tag")
    SC("kiln-indirect-mum-new-boiler-twice", "complaint-indirect",
       tw("sunita_rao_kh", "Kiln Heating fitted a new boiler for my mum in September, £3,900, and it's broken down twice already. 'Premium installation' my foot.",
          when="2027-11-17T12:45:58Z"),
       expect(RP, "normal", "installation", "indirect"), note="names the brand without tagging it, about her own family's boiler")
    SC("kiln-in-passing-service-bill", "complaint-in-passing",
       tw("hannah_wix_kh", f"today's wins: printer jammed, lost my bank card, dog was sick on the rug, and @{B} sent me a £260 bill for a boiler service that's meant to be covered by my plan, and they've already charged it. cheers universe",
          when="2027-11-17T13:20:36Z"),
       expect(RP, "normal", "billing", "indirect"))
    SC("kiln-private-email-phone-heat-pump", "private-details",
       tw("sam_okafor_kh", f"@{B} can someone ring me about the heat pump survey and the grant? 07700 900614 or sam.okafor@mailbox.example, I'm in all week after 2",
          when="2027-11-17T14:05:49Z"),
       expect(RV, "normal", "heat_pumps", "direct"), note="a phone number and an email address in public")
    SC("kiln-spam-giveaway-free-boiler", "spam",
       tw("boilergiveaway", "🎁 GIVEAWAY 🎁 Kiln Heating customers: win a FREE new boiler AND installation worth £4,000!! follow, like + RT and click to claim before midnight 👉 {url:https://free-boiler-win.example/kiln}",
          when="2027-11-17T15:00:00Z"),
       expect(IGN, "low", "installation", "indirect"), note="a fake giveaway using the brand's name")
    bouldering = tw("lou_boulders", "looking for a decent bouldering wall near Hensford, any recs? fingers are getting soft", when="2027-11-17T16:00:00Z")
    SC("kiln-namesake-climbing-centre-reply", "namesake",
       tw("climb_jess_kh", "@lou_boulders The Kiln on the Riverside estate! new overhang on the back wall is brutal, my forearms are still crying",
          reply_to=bouldering, when="2027-11-17T16:12:31Z"),
       expect(IGN, "low", None, "none"), note="the climbing centre, inside a reply: no brand to find")
    SC("kiln-common-hop-kiln-oast", "common-word",
       tw("cresswoldwalks", "Sunday's walk went past the old hop kiln at Fenny Ashby. They're turning the oast house into three flats and the roundels are getting new white cowls 🍂",
          when="2027-11-17T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="a hop kiln (oast house)")
    SC("kiln-nl-app-afspraak", "non-english",
       tw("pieter_dv_kh", f"@{B} ik kan niet meer inloggen in de app en mijn afspraak van donderdag is verdwenen. Is die geannuleerd? Mijn cv-ketel doet het nog steeds niet.",
          lang="nl", when="2027-11-17T18:10:26Z"),
       expect(RP, "normal", "app", "direct"), note="Dutch: can't log in and the appointment has vanished")
    newbuild = tw("nia_newbuild", "just moved into a new build with a heat pump, any tips before I break it? 🙏", when="2027-11-17T19:00:00Z")
    SC("kiln-venting-billed-ten-minutes", "third-party-venting",
       tw("rory_fenn_kh", "@nia_newbuild tip 1: don't let Kiln near it. they billed me £140 for a 10 minute visit, double the price they gave me on the phone",
          reply_to=newbuild, when="2027-11-17T19:14:52Z"),
       expect(MON, "low", "billing", "third_party"), note="venting in someone else's thread, brand not tagged")

    # ---- Thursday 18 November -----------------------------------------------------------
    SC("kiln-safety-ceiling-socket-sparking", "safety-urgent",
       tw("kayleigh_b_kh", "HELP water pouring through the kitchen ceiling onto the light and the socket by the fridge is sparking. can't get the stopcock to turn. Kiln Heating's plumber was here YESTERDAY 'fixing' that exact pipe",
          when="2027-11-18T07:35:14Z"),
       expect(RP, "urgent", "plumbing", "indirect"),
       note="a plumbing leak onto live electrics, right now; plumbing words lead the topic")
    SC("kiln-threat-petrol-office", "threat-urgent",
       tw("lee_grimes_kh", "Kiln Heating's office on Mill Road is 10 mins from me. one more 'high call volumes, please try later' and I'm going down there with a can of petrol. let's see how their call centre likes a real fire",
          when="2027-11-18T09:20:40Z"),
       expect(ANY, "urgent", "gas_safety", "indirect"),
       note="a threat to burn the brand's office with staff inside, with a complaint: only the priority is strict")
    SC("kiln-nl-threat-monteur-mes", "threat-urgent",
       tw("anouk_jansen_kh", f"@{B} vanmiddag in Brackwater dreigde mijn buurman jullie monteur met een mes, omdat zijn ketel nog steeds kapot is. De monteur is weggereden. Is de politie gebeld? Gaat het goed met hem?",
          lang="nl", when="2027-11-18T14:05:33Z"),
       expect(RP, "urgent", "gas_safety", "direct"), note="Dutch: a neighbour threatened the brand's engineer with a knife")
    SC("kiln-repeat-heat-pump-iced-third", "repeat-contact",
       tw("graham_toft_kh", f"@{B} third time writing this week. the heat pump's outdoor unit has iced solid AGAIN, same as Monday and Wednesday. each time your engineer defrosts it and leaves. house is 15°C. fix it properly",
          when="2027-11-18T08:10:09Z"),
       expect(RP, "high", "heat_pumps", "direct"), note="the third contact about the same fault")
    SC("kiln-praise-co-false-alarm", "praise",
       tw("bev_hollins_kh", "Update on last night: the CO alarm was a false alarm, just a dying battery 🙄 but Kiln Heating sent an engineer at 2am anyway, checked the boiler and the flue, all fine. Thank you, genuinely",
          when="2027-11-18T08:45:51Z"),
       expect(RP, "low", "gas_safety", "indirect"), note="the scare is over and everyone is fine: thanks, not urgent")
    SC("kiln-question-landlord-certificates", "question",
       tw("landlord_lina", f"@{B} I've got 3 flats in Mardle. can you do all the gas safety certificates on the same day and send a copy to each tenant? what do you charge per flat?",
          when="2027-11-18T10:30:17Z"),
       expect(RP, "normal", "servicing", "direct"))
    SC("kiln-abuse-cowboys-charged-twice", "abuse-with-problem",
       tw("craig_pell_kh", f"@{B} bunch of cowboys. you've charged me twice for a service you never did and your 'complaints team' is a voicemail. give me my money back you thieving clowns",
          when="2027-11-18T11:15:42Z"),
       expect(RP, "high", "billing", "direct"), note="insults, but money taken twice for work not done")
    SC("kiln-hotline-praise-11pm-reset", "public-hotline-number",
       tw("tina_moss_kh", "massive thanks to whoever answered Kiln's 0808 157 0618 line at 11pm last night. talked me through resetting the boiler and we had hot water in 5 minutes. legend",
          when="2027-11-18T07:20:05Z"),
       expect(RP, "low", "breakdown", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    SC("kiln-sarcasm-annual-service-11-min", "sarcasm-customer",
       tw("fiona_lowe_kh", f"@{B} love that my 'annual service' took 11 minutes and cost £98, and the boiler's now louder than before you touched it 👏 money well spent",
          when="2027-11-18T12:40:29Z"),
       expect(RP, "normal", "servicing", "direct"))
    SC("kiln-html-spam-refund-link", "html-entities",
       tw("refund_desk_uk", "&lt;a href=\"//kiln-refunds.example/claim\"&gt;Kiln Heating customers: claim your cold weather refund here&lt;/a&gt; 💷 just DM us your payment details",
          when="2027-11-18T13:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="spam with an HTML link; 'refund' and 'payment' are billing keywords")
    SC("kiln-spam-crypto-recovery", "spam",
       tw("chainrecover_x", "Lost money to a fake Kiln Heating cover plan? 💸 our certified crypto recovery agents get your funds back in 24h, 100% success rate. DM us now ✅",
          when="2027-11-18T13:30:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="scam 'recovery' spam using the brand's name")
    SC("kiln-news-inquest-flat-explosion", "news-monitor",
       tw("CresswoldPost", "Inquest into the 2025 Mardle flat explosion hears a Kiln Heating engineer 'did not check the flue' before signing off the boiler. The firm says it has since changed its checks {url:https://cresswoldpost.example/news/mardle-inquest}",
          when="2027-11-18T15:00:00Z"),
       expect(MON, "low", "gas_safety", "indirect"), note="news about a past incident: monitor, not urgent")
    SC("kiln-namesake-studio-wheel-course", "namesake",
       tw("mia_makes_kh", "booked onto the 6-week wheel-throwing course at Kiln Studio in Upper Tolley 🏺 can't wait to make some very wonky mugs",
          when="2027-11-18T16:20:11Z"),
       expect(IGN, "low", "app", "none"), note="pottery classes; 'booked' is an app keyword")
    firewood = tw("woodsmoke_will", "where's best for firewood round Hensford? the nets from the garage are soaking wet", when="2027-11-18T17:00:00Z")
    SC("kiln-common-kiln-dried-logs-reply", "common-word",
       tw("hedge_and_axe", "@woodsmoke_will get kiln dried logs, not 'seasoned'. they burn hotter with way less smoke up the chimney. the farm shop at Coldharbour does a builder's bag for £95",
          reply_to=firewood, when="2027-11-18T17:14:38Z"),
       expect(IGN, "low", "gas_safety", "none"), note="kiln-dried logs for a wood burner, inside a reply: close to the business, not the brand")

    # ---- Friday 19 November -------------------------------------------------------------
    renter = tw("renter_rach", "it's -5 out and the landlord still hasn't fixed our boiler. day 4. I have three jumpers on 🥶", when="2027-11-19T07:30:00Z")
    SC("kiln-joke-name-sounds-toasty", "joke-bystander",
       tw("punmaster_gav", "@renter_rach you want a firm called Kiln, surely. sounds toasty 🏺🔥",
          reply_to=renter, when="2027-11-19T07:41:16Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name in someone else's thread")
    SC("kiln-chatter-radio-jingle", "chatter-monitor",
       tw("jen_jingles_kh", "the Kiln Heating advert on Cresswold FM has been going round my head for 4 days. 'warm homes, warm hearts' 🎶 make it stop",
          when="2027-11-19T08:15:43Z"),
       expect(MON, "low", None, "indirect"))
    hp_quote = tw("kit_marlow_kh", "got a heat pump quote in at £11k after the grant. is that normal or am I being mugged off?", when="2027-11-19T09:00:00Z")
    SC("kiln-chatter-heat-pump-reassure", "third-party-chatter",
       tw("ashp_andy", "@kit_marlow_kh about what we paid Kiln for our air source heat pump after the grant. two winters in and it's been great, defrosts itself and the house stays toasty",
          reply_to=hp_quote, when="2027-11-19T09:17:25Z"),
       expect(MON, "low", "heat_pumps", "third_party"), note="reassurance in someone else's thread")
    SC("kiln-praise-nearly-died-shower", "praise",
       tw("mo_farouk_kh", "the new combi Kiln Heating fitted on Friday is so powerful I nearly died in the shower this morning 🥵🔥 bathroom's a sauna. best money we've spent all year",
          when="2027-11-19T07:05:51Z"),
       expect(RP, "low", "installation", "indirect"), note="a joke with danger words about something harmless: praise, not urgent",
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; the engine read: names Kiln Heating in a post to everyone | general chatter about the brand | topic installation: 'combi', 'fitted', 'fitting', 'fit'")
    SC("kiln-pt-praise-caldeira", "non-english",
       tw("ines_costa_kh", "Obrigada à Kiln Heating! O técnico veio no mesmo dia, a caldeira já está a funcionar e temos água quente outra vez. Impecável 👏",
          lang="pt", when="2027-11-19T10:20:08Z"),
       expect(RP, "low", "breakdown", "indirect"), note="Portuguese: thanks for a same-day repair, brand named without a tag")
    SC("kiln-namesake-footballer-surname", "namesake",
       tw("htfc_barmy", "JAMIE KILN!!! 89th minute screamer from 30 yards, Hensford Town 2-1 up 🔴⚪ what a lad",
          when="2027-11-19T20:50:14Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("kiln-common-brick-kiln-heritage", "common-word",
       tw("StanlowHeritage", "Heritage open day: the Victorian brick kiln at Stanlow Cross is open to visitors Sat &amp; Sun, 10–4. Free entry, tea and cake in the chapel.",
          when="2027-11-19T11:00:00Z"),
       expect(IGN, "low", None, "none"), note="a brick kiln")
    SC("kiln-common-office-like-a-kiln", "common-word",
       tw("office_grump_kh", "office radiators are stuck on full blast and it's like a kiln in here. 29°C in November and nobody knows who controls them",
          when="2027-11-19T11:45:32Z"),
       expect(IGN, "low", "breakdown", "none"), note="the everyday word, next to a heating keyword ('radiators')")
    SC("kiln-indirect-install-date-moved", "complaint-indirect",
       tw("rachel_dent_kh", "Kiln Heating took a £500 deposit for our new boiler in October and have just moved the install date again, to January. Still on a 20 year old one that trips out every night.",
          when="2027-11-19T12:30:47Z"),
       expect(RP, "normal", "installation", "indirect"))
    thanks = tw(B, "Thank you, Cresswold 💛 In the coldest week in 12 years our engineers fixed 2,300 boilers, thawed 900 condensate pipes and got hot water back on for thousands of you. Same-day slots left today: book in the app.",
                when="2027-11-19T14:00:00Z")
    SC("kiln-brand-own-week-thanks", "brand-own-post", thanks, expect(IGN, "low", "breakdown", "none"))
    SC("kiln-quote-week-thanks-still-broken", "quote",
       tw("neil_osei_kh", "'fixed 2,300 boilers' and mine's been in bits on the kitchen floor since Monday 🙃 day 5 of no hot water",
          quote=thanks, when="2027-11-19T14:25:10Z"),
       expect(RP, "normal", "breakdown", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about his own broken boiler")
    return brand


BRANDS["kiln-heating"] = ("KilnHeating", 4367890134, build_kiln_heating)
