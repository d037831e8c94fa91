# Skerry Airport: a made-up regional airport on the coast near Port Ellan and Kilbride.
# The airport answers for its own services: security and fast track, the check-in halls
# and the flight information screens, car parks and the drop-off charge, special
# assistance for disabled and elderly travellers (wheelchairs, the ambulift, the sunflower
# lanyard), lost property, shops, cafés and the lounge, the terminal's toilets, seats, air
# con and lifts, and the trains and buses to the airport. Airlines answer for flights and
# bags, but travellers blame the airport anyway, and the airport still has to answer them.
# A skerry is a small rocky island (seals haul out on it, boats hit it). Skerry is also
# Skerry Lighthouse, the Skerry whisky distillery ("Skerry 12"), the Skerry (a Port Ellan
# fishing boat), Skerry (a folk band), a surname (Dr Morag Skerry, the Kilbride GP) and
# a pub (the Skerry Inn on the harbour): none of them is the airport.
# Written blind, from PRODUCT.md and the scenario README's conventions only, without
# reading the engine or running it: the week is the first week of the school summer
# holidays (Monday 26 July to Sunday 1 August 2027), the airport's busiest.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# booking reference, phone number, card number, address and email address here is made
# up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test
# number that belongs to no one.


def build_skerry_airport():
    global CURRENT_BRAND, CLOCK
    brand = Brand("skerry-airport", SCEN_DIR / "skerry-airport.plan.toml", "SkerryAirport", 4390123437, 1861220000000004101)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-07-26T03:30:00Z")
    B = "SkerryAirport"
    user(B, "Skerry Airport", 4390123437,
         "Skerry Airport ✈️ here 5am–11pm every day for security, car parks, special assistance, lost property and the "
         "terminal. Your airline can help fastest with flights and bags. Special assistance: 0808 157 0419. "
         "Never post booking refs or card numbers here.",
         38_600, following=910, tweets=27_300, listed=160, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9240100000 + _n[0] * 4129, bio, followers, **kw)

    person("jo_mcandrew_pe", "Jo McAndrew", "Primary teacher. Officially on holiday. Port Ellan.", 310)
    person("fionahay_sk", "Fiona Hay", "Daughter, nurse, worrier. Kilbride.", 240)
    person("auntie_moira_sk", "Moira Gunn", "Retired. Reposting everything since 2011.", 75)
    person("ranjit_travels", "Ranjit Sohal", "Always one bag. Always early. Always annoyed.", 460)
    person("kayleigh_mum3", "Kayleigh Brodie", "3 kids, 1 husband, 0 sleep. Port Ellan.", 190)
    person("callum_reid_pe", "Callum Reid", "Electrician. Tenerife bound.", 130)
    person("tam_mcnab", "Tam McNab", "Dad. Dog. Dodgy knee.", 95)
    person("lornasmiles", "Lorna Dunbar", "Mum of Euan, autistic and awesome 💙", 520)
    person("bill_gowans", "Bill Gowans", "", 44)
    person("shonagh_fr", "Shonagh Rennie", "Holiday countdown queen.", 280)
    person("graeme_pun", "Graeme Laidlaw", "Puns, mostly. Sorry in advance.", 340)
    person("kathryn_o_sk", "Kathryn Ogilvie", "Mum of three. Buggy survivor.", 160)
    person("isla_marr", "Isla Marr", "Off to uni in September 😭 Port Ellan.", 410)
    person("derek_finlay", "Derek Finlay", "Retired joiner. Grandad of 5.", 120)
    person("sunitha_k_sk", "Sunitha Kaur", "Data analyst. Type 1 mum.", 370)
    person("nev_whisky", "Neville Strachan", "Peat, smoke and opinions 🥃", 2600)
    person("gregor_sk", "Gregor Aird", "Back from Crete, sunburnt and skint.", 210)
    person("kirsty_famtrips", "Kirsty Baird | Family Travels",
           "Family travel, honest reviews 🧳 860k here, YouTube and a book. Mum of 3.",
           860_000, following=1400, listed=3300, verified=True)
    person("SkerryAirportHQ", "Skerry Airport Help ✅", "Official refunds & support 24/7 ✈️ DM us your booking reference",
           31, following=4700)
    person("paolo_ferri_sk", "Paolo Ferri", "Milanese a Port Ellan. Cuoco.", 180)
    person("big_andy_sk", "Andy Cowie", "Say it to my face.", 70)
    person("lucia_moreno_sk", "Lucía Moreno", "Sevillana en Escocia. Enfermera.", 230)
    person("jens_becker_sk", "Jens Becker", "Aus Hamburg. Radfahrer. Ingenieur.", 150)
    person("sophie_lemaire", "Sophie Lemaire", "Lyonnaise à Port Ellan. Prof de français.", 260)
    person("maarten_dv_sk", "Maarten de Vries", "Groninger in Schotland. Ouders van twee.", 140)
    person("ana_rocha_sk", "Ana Rocha", "Lisboeta em Port Ellan. Designer.", 300)
    person("hamish_kerr_sk", "Hamish Kerr", "Accountant. Reads the small print.", 510)
    person("morven_carer", "Morven Sinclair", "Daughter and carer. My dad's eyes when he needs them.", 620)
    person("aileen_baxter", "Aileen Baxter", "Books, bikes, Port Ellan.", 90)
    person("ellie_pip_mum", "Ellie Grant", "Mum of Rosa (4) and an elephant called Pip.", 230)
    person("stevie_stag", "Stevie Muir", "Just a guy.", 300)
    person("rona_holidays", "Rona Fyfe", "Nurse. Travels on a budget.", 180)
    person("wee_rab_pe", "Rab Doig", "", 60)
    person("mhairi_folk", "Mhairi Lennox", "Fiddles, festivals and ferries 🎻", 1900)
    person("ruth_pe_news", "Ruth Hendry", "Just back from the hols and already missing it.", 140)
    person("katie_mcl_sk", "Katie McLean", "Student nurse. Loves a wander.", 330)
    person("sandy_seakayak", "Sandy Paterson", "Sea kayaks, seals and sandwiches. Kilbride.", 2100)
    person("ellan_harbour", "Port Ellan Harbour Watch", "Boats in, boats out, gulls everywhere.", 3400)
    person("kilbride_voice", "Kilbride Voice", "Your village news, since 1962.", 5200)
    person("portellan_post", "Port Ellan Post", "News from Port Ellan, Kilbride and the coast since 1888.",
           41_000, following=900, listed=400, verified=True)
    person("aviation_wire", "Regional Aviation Wire", "News on UK regional airports and airlines.", 28_000, following=1200,
           verified=True)
    person("lauren_hols_sk", "Lauren Geddes", "Holiday mode: on.", 410)
    person("cryptorecover_x", "Crypto Recovery Experts 🔐", "Certified fund recovery. Scammed? We get it back. DM now 💸",
           6100, following=5000)
    person("xss_euan", "Euan Tait", "Web developer. I break forms so you don't have to.", 1500)
    person("chris_dalziel", "Chris Dalziel", "Retired. Opinions free of charge.", 230)
    person("gav_mcgill", "Gav McGill", "Football, Port Ellan Athletic, a pint.", 95)
    person("carol_nairn", "Carol Nairn", "Gran of 6. Nervous flyer.", 70)
    person("dr_janey_blair", "Janey Blair", "Ex-pro footballer. TV pundit. Dad to Max 💙 (wheelchair racer in training)",
           1_300_000, following=800, listed=5200, verified=True)
    person("tracy_fam_sk", "Tracy Imrie", "Mum of two, cat of one.", 210)
    person("nervous_nic", "Nicola Brand", "Dementia carer. Tea and patience.", 150)
    person("fraser_mclaren", "Fraser McLaren", "Lorry driver. Lanzarote in the morning.", 120)
    person("joanne_flyer", "Joanne Birrell", "First time abroad with the kids!", 90)
    person("priya_m_sk", "Priya Mehta", "GP trainee. Runner. Port Ellan.", 380)
    person("munro_findlay", "Munro Findlay", "Son of a stubborn 86 year old.", 110)
    person("jamie_g_pe", "Jamie Gilchrist", "", 50)
    person("tilly_lunch", "Tilly Rankin", "Hungry, mostly.", 260)
    person("lewis_sk_dad", "Lewis Cairns", "Dad of Alfie (5) and a lot of grey hairs.", 180)

    # ---- Monday 26 July: the first day of the school holidays ---------------------------
    summer = tw(B, "Security tips for the summer holidays ☀️ liquids (100ml max) in one clear bag, laptops out before "
                   "you reach the lanes, and please arrive 2 hours before your flight: it's our busiest week of the "
                   "year. Have a brilliant trip! {url:https://skerryairport.example/summer}",
                when="2027-07-26T04:00:00Z")
    SC("skerry-brand-own-summer-advice", "brand-own-post", summer, expect(IGN, "low", "security", "none"))
    queue = tw("jo_mcandrew_pe", f"@{B} the security queue goes right back out the doors. 80 minutes in it and only 3 lanes "
                                 "open on the first morning of the school holidays?? who plans this",
               when="2027-07-26T04:52:10Z")
    SC("skerry-complaint-security-queue-80-min", "complaint-direct", queue, expect(RP, "normal", "security", "direct"))
    queue_brand = tw(B, "@jo_mcandrew_pe Sorry Jo, that's far too long. We've opened lanes 5 to 8 in the last ten minutes "
                        "and the queue is moving faster now. If your flight leaves within the hour, show your boarding "
                        "pass to anyone in a yellow jacket and they'll bring you to the front.",
                     reply_to=queue, when="2027-07-26T05:03:44Z")
    SC("skerry-thread-through-security-thanks", "thread-with-brand",
       tw("jo_mcandrew_pe", "through! the lady in the yellow jacket walked us straight to the front of security and we "
                            "got on the plane with ten minutes to spare. thank you 🙏",
          reply_to=queue_brand, when="2027-07-26T05:41:27Z"),
       expect(RP, "low", "security", "direct"), note="back in the brand's thread without @: thanks, it's solved")
    SC("skerry-medical-dad-collapsed-queue", "medical-urgent",
       tw("fionahay_sk", f"@{B} my dad (81) has just collapsed in the queue for security, it's roasting in here and he's grey "
                         "and barely breathing properly. we're near lane 4. nobody has come. PLEASE send first aid or a "
                         "paramedic",
          when="2027-07-26T05:20:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly man collapsed and struggling to breathe, right now")
    SC("skerry-q-reply-100ml-new-scanners", "question-in-reply-to-brand",
       tw("ranjit_travels", "is the 100ml rule still a thing at yours? my cousin flew from somewhere with the new scanners "
                            "and kept everything in her bag",
          reply_to=summer, when="2027-07-26T05:58:02Z"),
       expect(RP, "normal", "security", "direct"), note="a question in reply to the brand's post, no @")
    SC("skerry-quote-arrive-two-hours", "quote",
       tw("kayleigh_mum3", "'arrive 2 hours before' 😂 we got there at 4.30am for a 7am flight and stood in the security "
                           "queue till 6.40",
          quote=summer, when="2027-07-26T06:25:49Z"),
       expect(RP, "normal", "security", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own queue")
    SC("skerry-repost-summer-advice", "repost", tw("auntie_moira_sk", "", retweet=summer, when="2027-07-26T06:40:15Z"),
       expect(IGN, "low", "security", "indirect"))
    SC("skerry-in-passing-drop-off-charge", "complaint-in-passing",
       tw("tam_mcnab", f"first day of the hols and: kids fought the whole way in the car, satnav sent us down a farm track, "
                       f"@{B} charged me a £6 drop off charge to kiss my mum goodbye, and it's chucking it down. roll on "
                       "September",
          when="2027-07-26T07:12:36Z"),
       expect(RP, "normal", "parking", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("skerry-private-parking-ref-email", "private-details",
       tw("callum_reid_pe", f"@{B} prebooked Long Stay, booking ref SKP-448102, and the barrier won't read my number plate. "
                            "20 mins stuck at the entrance with cars beeping behind me. email on the booking is "
                            "callum.reid@postbox.example, can someone look it up",
          when="2027-07-26T08:05:18Z"),
       expect(RV, "normal", "parking", "direct"), note="a booking reference and an email address in public")
    SC("skerry-sarcasm-shuttle-tour", "sarcasm-customer",
       tw("shonagh_fr", f"Thank you @{B} for the complimentary 50 minute tour of every shuttle bus stop in Long Stay C at "
                        "5am. Really set the tone for the holiday 🙃🚌",
          when="2027-07-26T08:44:51Z"),
       expect(RP, "normal", "parking", "indirect"), note="sarcasm from a customer is a complaint")
    oxygen = tw("derek_finlay", f"@{B} we landed from Faro 70 mins ago and my wife is still sat on the plane waiting for the "
                                "ambulift. she's on oxygen and the crew say her spare cylinder is nearly empty. please "
                                "someone come",
                when="2027-07-26T10:12:40Z")
    SC("skerry-medical-oxygen-ambulift", "medical-urgent", oxygen, expect(RP, "urgent", "assistance", "direct"),
       note="a passenger on oxygen with the cylinder running out, stuck on the plane")
    school_run = tw("kathryn_o_sk", "2 hours in a queue this morning with 3 kids, 1 broken buggy and 0 patience. and "
                                    "the holiday hasn't even started",
                    when="2027-07-26T11:00:00Z")
    SC("skerry-joke-scary-airport", "joke-bystander",
       tw("graeme_pun", "@kathryn_o_sk Skerry Airport? more like Scary Airport 👻 they should charge admission",
          reply_to=school_run, when="2027-07-26T11:09:26Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name in someone else's thread")
    where_from = tw("tracy_fam_sk", "where's best to fly from in the school hols? we're 40 mins from Port Ellan",
                    when="2027-07-26T12:00:00Z")
    SC("skerry-venting-calpol-binned", "third-party-venting",
       tw("kayleigh_mum3", "@tracy_fam_sk we did Skerry on Monday. cheap enough but their security are something else, "
                           "they binned the kids' calpol and made me cry over a 110ml suncream. never again",
          reply_to=where_from, when="2027-07-26T12:14:03Z"),
       expect(MON, "low", "security", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("skerry-indirect-drop-off-six-pounds", "complaint-indirect",
       tw("isla_marr", "Skerry Airport want £6 for 10 minutes in the drop off zone now. Six pounds. To stop for 40 "
                       "seconds and hug my mum goodbye before uni. Daylight robbery.",
          when="2027-07-26T13:02:55Z"),
       expect(RP, "normal", "parking", "indirect"), note="names the brand without tagging it, about her own charge")
    SC("skerry-safety-escalator-fall-blood", "safety-urgent",
       tw("ruth_pe_news", "the escalator up to departures at Skerry Airport just jolted and stopped dead. a woman fell "
                          "backwards down it, she's hurt, there's blood on the steps and she's not getting up. if you're "
                          "here keep the kids well away",
          when="2027-07-26T14:20:08Z"),
       expect(RP, "urgent", "safety", "indirect"), note="someone injured on the airport's escalator right now; told to everyone")
    SC("skerry-praise-autism-quiet-room", "praise",
       tw("lornasmiles", "Massive thank you to the special assistance team at Skerry Airport. Euan is autistic and they let "
                         "us wait in the quiet room and took us through on our own. First time he's ever got on a plane "
                         "without a meltdown 💙",
          when="2027-07-26T16:30:12Z"),
       expect(RP, "low", "assistance", "indirect"), note="thanks, brand named without a tag: answer it")
    SC("skerry-namesake-lighthouse-reopens", "namesake",
       tw("kilbride_voice", "Skerry Lighthouse reopens to visitors on Saturday after two years of restoration 🏝️ tickets "
                            "£8, boat from Port Ellan harbour on the hour",
          when="2027-07-26T17:45:00Z"),
       expect(IGN, "low", None, "none"), note="the lighthouse")

    # ---- Tuesday 27 July ----------------------------------------------------------------
    screens = tw("ranjit_travels", f"@{B} every departure screen in the terminal has been blank for over an hour. no gates, "
                                   "no times, hundreds of us wandering about asking each other. is anyone going to make "
                                   "an announcement?",
                 when="2027-07-27T04:35:21Z")
    SC("skerry-outage-screens-blank", "complaint-direct", screens, expect(RP, "high", "flights", "direct"),
       note="the flight information screens are down across the terminal: an outage",
       known_miss="round 11, not met yet: priority: want \"high\", got normal; the engine read: addressed to @SkerryAirport | complaint (0.93) | topic flights: 'screens', 'screen', 'gate', 'gates', 'announcement', 'announcements'")
    screens_brand = tw(B, "@ranjit_travels Sorry Ranjit, our flight information system is down and the engineers are on "
                          "it now. We expect the screens back by 7am. Until then we'll announce every gate every 10 "
                          "minutes, and the info desk by WHSmith has printed lists.",
                       reply_to=screens, when="2027-07-27T04:51:09Z")
    SC("skerry-repeat-screens-still-blank", "repeat-contact",
       tw("ranjit_travels", "it's 7.40. screens still blank, and the 'announcements every 10 minutes' haven't happened "
                            "once. people are running between gates",
          reply_to=screens_brand, when="2027-07-27T06:41:47Z"),
       expect(RP, "high", "flights", "direct"), note="back in the brand's thread without @: the promised fix never came")
    fasttrack = tw("kirsty_famtrips", f"Paid £38 for @{B} fast track so the kids wouldn't have to queue. Fast track lane "
                                       "closed, sent back to the main queue, 70 minutes. Nobody at the desk to refund it. "
                                       "Lovely start to the family holiday, everyone.",
                   when="2027-07-27T05:30:00Z",
                   metrics={"retweet_count": 1400, "reply_count": 980, "like_count": 17800, "quote_count": 260})
    SC("skerry-big-reach-fast-track-closed", "big-reach", fasttrack, expect(RP, "high", "security", "indirect"),
       note="860k followers; the handle in a post to everyone")
    SC("skerry-repost-fast-track", "repost", tw("lauren_hols_sk", "", retweet=fasttrack, when="2027-07-27T05:52:30Z"),
       expect(IGN, "low", "security", "indirect"))
    SC("skerry-spam-fake-refunds-team", "spam",
       tw("SkerryAirportHQ", "@kirsty_famtrips Hi Kirsty! Skerry Airport refunds team here ✅ we can refund your fast "
                             "track today, just DM us your booking reference and the card you paid with 💳",
          reply_to=fasttrack, when="2027-07-27T05:58:14Z"),
       expect(IGN, "low", "security", "third_party"),
       note="a fake support account fishing for card details under a customer's post")
    SC("skerry-safety-unattended-bag", "safety-urgent",
       tw("bill_gowans", f"@{B} an unattended bag, black rucksack, has been sat by the pillars in departures for 40 "
                         "minutes. told a man in hi-vis, he shrugged. nobody's checking it and it's rammed with families. "
                         "it's not safe",
          when="2027-07-27T07:10:39Z"),
       expect(RP, "urgent", "safety", "direct"), note="a possible security threat in a crowded terminal")
    SC("skerry-medical-insulin-pump-scanner", "medical-urgent",
       tw("sunitha_k_sk", f"@{B} hi, my son (9) is type 1 and wears an insulin pump and sensor. we fly on Thursday. can he "
                          "skip the body scanner and have a hand search instead, and can we carry his insulin and hypo "
                          "juice through security? thanks",
          when="2027-07-27T08:15:02Z"),
       expect(RP, "urgent", "security", "direct"),
       note="a calm question, but about a child's insulin and pump: a medical need; security answers it")
    SC("skerry-question-x7-bus-timetable", "question",
       tw("callum_reid_pe", f"@{B} is the X7 bus from Port Ellan still every 20 mins in the holidays or is it the Sunday "
                            "timetable? we need to be with you for 5am",
          when="2027-07-27T09:03:37Z"),
       expect(RP, "normal", "transport", "direct"))
    SC("skerry-legal-popla-penalty", "legal-threat-not-urgent",
       tw("hamish_kerr_sk", f"@{B} £100 penalty charge for 'stopping in the drop off zone' when your own staff waved me in "
                            "there to let my disabled mum out. appeal rejected. I'm taking it to POPLA and the small "
                            "claims court if I have to.",
          when="2027-07-27T10:20:44Z"),
       expect(RP, "high", "parking", "direct"), note="an appeals body and a court threat: a strong complaint, not urgent")
    SC("skerry-abuse-reclaim-muppets", "abuse-with-problem",
       tw("big_andy_sk", f"@{B} you useless bunch of muppets. 75 minutes at reclaim and the belt's stopped with half the "
                         "Tenerife flight's luggage still not off. no one at the desk, no announcement, kids asleep on "
                         "the floor. do your bloody jobs",
          when="2027-07-27T11:35:16Z"),
       expect(RP, "high", "flights", "direct"),
       note="insults, but a real problem; bags are the airline's handler's job, the customer still gets an answer")
    parking_q = tw("joanne_flyer", "anyone know the cheapest way to park for a week near Port Ellan? flying Saturday",
                   when="2027-07-27T12:00:00Z")
    SC("skerry-chatter-long-stay-tip", "third-party-chatter",
       tw("katie_mcl_sk", "@joanne_flyer book Long Stay C online at Skerry before you go, it's about half the turn-up "
                          "price and the shuttle runs every 10 mins",
          reply_to=parking_q, when="2027-07-27T12:21:30Z"),
       expect(MON, "low", "parking", "third_party"), note="a stranger's advice in someone else's thread")
    SC("skerry-es-control-seguridad", "non-english",
       tw("lucia_moreno_sk", f"@{B} hola, mi vuelo a Málaga sale mañana a las 6. ¿A qué hora abre el control de seguridad? "
                             "¿Y hay mucha cola por la mañana?",
          lang="es", when="2027-07-27T13:10:05Z"),
       expect(RP, "normal", "security", "direct"), note="Spanish: when does security open, and how long is the queue")
    SC("skerry-de-parkhaus-ticket", "non-english",
       tw("jens_becker_sk", f"@{B} Hallo, ich habe im Parkhaus geparkt und das Ticket verloren. Wie viel muss ich jetzt am "
                            "Automaten zahlen?",
          lang="de", when="2027-07-27T14:02:51Z"),
       expect(RP, "normal", "parking", "direct"), note="German: a lost car park ticket")
    SC("skerry-namesake-distillery-fight-me", "namesake",
       tw("nev_whisky", "Skerry 12 is the best peated malt under £40, fight me 🥃 the distillery shop on the island does "
                        "a 10cl sample pack too",
          when="2027-07-27T15:30:00Z"),
       expect(IGN, "low", "retail", "none"), note="the whisky; 'shop' is a retail keyword and 'fight me' is not a threat",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Skerry Airport in a post to everyone | general chatter about the brand | topic retail: 'shop', 'shops'")
    SC("skerry-it-safety-hand-escalator", "safety-urgent",
       tw("paolo_ferri_sk", f"@{B} aiuto, mia figlia di 4 anni è rimasta con la mano incastrata nella scala mobile vicino "
                            "ai negozi, c'è sangue e piange tantissimo. Nessuno del personale è qui, chiamate qualcuno!",
          lang="it", when="2027-07-27T16:45:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: a child's hand caught in an escalator, bleeding, now")
    SC("skerry-threat-guard-lane-6", "threat-urgent",
       tw("big_andy_sk", f"that security guard on lane 6 who binned my £90 perfume and laughed about it. I know what car "
                         f"you drive, pal. see you in the staff car park when your shift ends @{B}",
          when="2027-07-27T18:05:12Z"),
       expect(ANY, "urgent", "security", "indirect"),
       note="a threat to a member of staff with a complaint: only the priority is strict")

    # ---- Wednesday 28 July --------------------------------------------------------------
    trains = tw(B, "Trains: no trains between Skerry Airport and Port Ellan until 10am today because of a signal fault at "
                   "Kilbride. Replacement buses run every 15 minutes from the stop outside Arrivals. Please allow an "
                   "extra 30 minutes.",
                when="2027-07-28T04:10:00Z")
    SC("skerry-brand-own-no-trains", "brand-own-post", trains, expect(IGN, "low", "transport", "none"))
    SC("skerry-q-reply-bikes-on-buses", "question-in-reply-to-brand",
       tw("fraser_mclaren", "do the replacement buses take folded bikes? got a 7.20 to catch and no other way in",
          reply_to=trains, when="2027-07-28T04:32:18Z"),
       expect(RP, "normal", "transport", "direct"), note="a question in reply to the brand's post, no @")
    SC("skerry-quote-replacement-buses", "quote",
       tw("rona_holidays", "'replacement buses every 15 minutes' 🙃 we stood at the stop for 50 and watched three taxis go "
                           "by full",
          quote=trains, when="2027-07-28T05:40:09Z"),
       expect(RP, "normal", "transport", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own wait")
    SC("skerry-safety-car-fire-multistorey", "safety-urgent",
       tw("wee_rab_pe", "Car on fire on level 3 of the multi-storey at Skerry Airport, thick black smoke pouring out and "
                        "people are still driving in past it. No alarm going off. Someone get the fire brigade there NOW",
          when="2027-07-28T07:02:44Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a fire in the car park with people driving in, told to everyone")
    SC("skerry-news-fined-ground-worker", "news-monitor",
       tw("portellan_post", "Skerry Airport fined £80,000 over a 2025 accident in which a ground worker was badly injured "
                            "by a tug on the apron; safety regulator says the risks were 'well known' "
                            "{url:https://portellanpost.example/news/skerry-airport-fined}",
          when="2027-07-28T08:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news about a past incident: not urgent")
    SC("skerry-legal-caa-blind-dad", "legal-threat-not-urgent",
       tw("morven_carer", "Skerry Airport left my blind dad on his own at the gate for an hour with no assistance, after "
                              "we'd booked it twice. He missed his flight. I've complained to the CAA and I'm looking at "
                              "the Equality Act. Disgraceful.",
          when="2027-07-28T09:14:27Z"),
       expect(RP, "high", "assistance", "indirect"), note="a regulator complaint about her dad's assistance, not urgent now",
       known_miss="round 11, not met yet: priority: want \"high\", got normal; the engine read: names Skerry Airport in a post to everyone | describes their own experience | complaint (0.32) | topic assistance: 'blind', 'assistance'")
    SC("skerry-private-kindle-phone-address", "private-details",
       tw("aileen_baxter", f"@{B} I left my Kindle at security on Monday morning and your lost property form won't submit. "
                           "it's got my name in the case: Aileen Baxter, 22 Gull Road, Port Ellan PE4 2RT, or call me on "
                           "07700 900614",
          when="2027-07-28T10:03:58Z"),
       expect(RV, "normal", "lost_property", "direct"), note="a home address and a mobile number in public")
    pip = tw("ellie_pip_mum", f"@{B} my daughter left her teddy (grey elephant called Pip) on a seat by gate 9 on Saturday. "
                              "is there any way to check lost property? she hasn't slept properly since",
             when="2027-07-28T11:20:40Z")
    SC("skerry-question-lost-teddy-pip", "question", pip, expect(RP, "normal", "lost_property", "direct"))
    pip_brand = tw(B, "@ellie_pip_mum Oh no, poor Pip 🐘 I've asked our lost property team to check everything handed in "
                      "from gate 9 on Saturday, and I'll come back to you here by 5pm today.",
                   reply_to=pip, when="2027-07-28T11:38:12Z")
    SC("skerry-threat-stag-broken-bottle", "threat-urgent",
       tw("stevie_stag", "there's a stag do at gate 12 at Skerry Airport absolutely smashed at 2pm, one of them has a "
                         "broken bottle and is threatening to glass anyone who looks at him. staff hiding behind the "
                         "desk. families everywhere. police??",
          when="2027-07-28T12:55:19Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a man threatening other passengers with a broken bottle, now")
    SC("skerry-sarcasm-water-four-eighty", "sarcasm-customer",
       tw("tilly_lunch", f"Love that @{B} charges £4.80 for a bottle of water and £7.50 for a sad sandwich in the café "
                         "airside. Hydration is a premium service apparently 💧💸",
          when="2027-07-28T13:40:02Z"),
       expect(RP, "normal", "retail", "indirect"), note="sarcasm from a customer is a complaint")
    carousel = tw("gregor_sk", "45 minutes at the baggage carousel watching the same pushchair go round and round. send "
                               "snacks", when="2027-07-28T14:30:00Z")
    SC("skerry-joke-skerry-go-round", "joke-bystander",
       tw("graeme_pun", "@gregor_sk welcome to the Skerry-go-round 🎠 round and round and nothing ever comes off",
          reply_to=carousel, when="2027-07-28T14:42:51Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name in someone else's thread",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("skerry-fr-fauteuil-roulant", "non-english",
       tw("sophie_lemaire", f"@{B} Bonjour, ma mère est en fauteuil roulant. Faut-il réserver l'assistance à l'avance ou "
                            "peut-on la demander au comptoir le jour du départ ? Merci",
          lang="fr", when="2027-07-28T15:15:27Z"),
       expect(RP, "normal", "assistance", "direct"), note="French: booking assistance for a wheelchair user")
    SC("skerry-namesake-folk-band-cancelled", "namesake",
       tw("mhairi_folk", "Gutted: Skerry have cancelled tonight's gig at the Corn Exchange, their fiddle player's flight "
                         "back from Shetland is delayed till tomorrow. Moved to 14 Sept, tickets still valid 🎻",
          when="2027-07-28T16:20:00Z"),
       expect(IGN, "low", "flights", "none"), note="the folk band; 'cancelled' and 'delayed' are flights keywords")
    SC("skerry-praise-toastie-weapon", "praise",
       tw("tilly_lunch", "the chilli cheese toastie in the Harbour Café at Skerry Airport is an absolute weapon 💣 lethal "
                         "amount of cheese. would risk it again",
          when="2027-07-28T18:10:36Z"),
       expect(RP, "low", "retail", "indirect"), note="danger words about a sandwich: praise, not urgent",
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; the engine read: names Skerry Airport in a post to everyone | general chatter about the brand | topic retail: 'toastie', 'café', 'cafe'")

    # ---- Thursday 29 July ---------------------------------------------------------------
    alfie = tw("lewis_sk_dad", f"@{B} MISSING CHILD. my son Alfie (5) has gone missing in departures, blue dinosaur "
                               "t-shirt, blond, red crocs. PLEASE tell your staff and watch the exits",
               when="2027-07-29T05:05:11Z")
    SC("skerry-safety-missing-child-alfie", "safety-urgent", alfie, expect(RP, "urgent", "safety", "direct"),
       note="a five-year-old missing in the terminal, right now")
    alfie_brand = tw(B, "@lewis_sk_dad Lewis, every member of staff and every exit has Alfie's description now. Please "
                        "stay where you are and tell the nearest person in a yellow jacket, they'll radio us.",
                     reply_to=alfie, when="2027-07-29T05:07:30Z")
    SC("skerry-thread-alfie-found", "thread-with-brand",
       tw("lewis_sk_dad", "FOUND HIM 😭 he'd wandered off to look at the planes at the big window. thank you to every "
                          "single one of your staff who came running. shaking but fine",
          reply_to=alfie_brand, when="2027-07-29T05:19:48Z"),
       expect(RP, "low", ANY, "direct"),
       note="the scare is over and he is fine: thanks in the brand's thread, not urgent; no topic keyword of its own")
    SC("skerry-de-medical-collapse-gate", "medical-urgent",
       tw("jens_becker_sk", f"@{B} Notfall am Gate 14! Ein älterer Mann ist zusammengebrochen und atmet kaum. Niemand vom "
                            "Personal ist da. Bitte schicken Sie sofort einen Notarzt!",
          lang="de", when="2027-07-29T06:30:22Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: an older man collapsed at a gate and is barely breathing")
    SC("skerry-indirect-last-train-vanished", "complaint-indirect",
       tw("katie_mcl_sk", "Stood on the platform at Skerry Airport station for 40 mins last night. The 22:10 into Port "
                          "Ellan never came, the board said 'on time' the whole while, then it just vanished. £45 taxi "
                          "in the end.",
          when="2027-07-29T07:25:10Z"),
       expect(RP, "normal", "transport", "indirect"), note="names the brand without tagging it, about her own journey")
    SC("skerry-private-card-lounge-twice", "private-details",
       tw("hamish_kerr_sk", f"@{B} you charged my card twice for the lounge on Monday. card is 4111 1111 1111 1111, both "
                            "£32.50, booking LNG-20931. I want one of them back",
          when="2027-07-29T08:40:47Z"),
       expect(RV, "normal", "retail", "direct"), note="a full card number and a booking reference in public")
    SC("skerry-hotline-assistance-on-hold", "public-hotline-number",
       tw("carol_nairn", f"@{B} rang your assistance line 0808 157 0419 four times yesterday to book a wheelchair for "
                         "Saturday. 35 mins on hold each time then it cuts off. how else do I book it?",
          when="2027-07-29T09:30:05Z"),
       expect(RP, "normal", "assistance", "direct"), strict=False,
       note="the brand's own helpline number is not a private detail")
    SC("skerry-namesake-dr-morag-skerry", "namesake",
       tw("kilbride_voice", "Huge congratulations to Dr Morag Skerry, retiring today after 31 years as the GP in "
                            "Kilbride. The whole village will miss you 💐",
          when="2027-07-29T10:15:00Z"),
       expect(IGN, "low", None, "none"), note="a surname")
    lunch_q = tw("joanne_flyer", "where's good for Sunday lunch near Port Ellan? got the in-laws coming",
                 when="2027-07-29T11:00:00Z")
    SC("skerry-namesake-skerry-inn-reply", "namesake",
       tw("gav_mcgill", "@joanne_flyer the Skerry Inn down on the harbour. fish and chips and a pint in the beer garden, "
                        "hard to beat",
          reply_to=lunch_q, when="2027-07-29T11:12:29Z"),
       expect(IGN, "low", "retail", "none"), note="the pub, inside a reply; 'pint' is a retail keyword")
    SC("skerry-spam-crypto-recovery", "spam",
       tw("cryptorecover_x", "Lost money to a fake Skerry Airport parking refund? 💸 Our certified blockchain recovery "
                             "agents got back £2.3m for clients last month. DM now, no fee unless we win 🔐",
          when="2027-07-29T12:05:00Z"),
       expect(IGN, "low", "parking", "indirect"), note="crypto 'recovery' spam using the brand's name")
    SC("skerry-it-parcheggio-settimana", "non-english",
       tw("paolo_ferri_sk", f"@{B} buongiorno, quanto costa il parcheggio per una settimana? Meglio prenotare online o "
                            "pagare alla sbarra?",
          lang="it", when="2027-07-29T13:00:31Z"),
       expect(RP, "normal", "parking", "direct"), note="Italian: a question about a week's parking")
    SC("skerry-nl-toiletten-kapot", "non-english",
       tw("maarten_dv_sk", f"@{B} de toiletten bij gate 7 zijn al twee dagen kapot en smerig, er staat water op de vloer. "
                           "Kan iemand dit schoonmaken?",
          lang="nl", when="2027-07-29T14:10:56Z"),
       expect(RP, "normal", "facilities", "direct"), note="Dutch: broken, dirty toilets")
    SC("skerry-html-script-lost-property-form", "html-entities",
       tw("xss_euan", f"@{B} your lost property form just shows &lt;script&gt;alert('x')&lt;/script&gt; where the submit "
                      "button should be. I left my headphones in the lounge on Tuesday, how do I report them?",
          when="2027-07-29T15:20:14Z"),
       expect(RP, "normal", "lost_property", "direct"), note="hostile HTML in a real question; it arrives escaped")
    SC("skerry-threat-jaw-assistance", "threat-urgent",
       tw("big_andy_sk", f"@{B} if your assistance staff leave my dad stranded on that plane again like they did last week "
                         "I'll come down there and break someone's jaw. I mean it",
          when="2027-07-29T16:45:40Z"),
       expect(ANY, "urgent", "assistance", "direct"),
       note="a threat against staff with a complaint: only the priority is strict")
    SC("skerry-common-word-kayak-seals", "common-word",
       tw("sandy_seakayak", "kayaked out to the skerry off Kilbride point this evening, 40-odd seals hauled out on it and "
                            "a puffin 🦭",
          when="2027-07-29T18:30:00Z"),
       expect(IGN, "low", None, "none"), note="a small rocky island")
    SC("skerry-pt-chatter-lojas", "chatter-monitor",
       tw("ana_rocha_sk", "Primeira vez a voar de Skerry para o Porto amanhã. Alguém sabe se há boas lojas depois do "
                          "controlo? 😅",
          lang="pt", when="2027-07-29T19:40:12Z"),
       expect(MON, "low", "retail", "indirect"), note="Portuguese: a question to her followers, not to the brand")

    # ---- Friday 30 July -----------------------------------------------------------------
    SC("skerry-repeat-pip-nothing-back", "repeat-contact",
       tw("ellie_pip_mum", "it's Friday and nothing back. you said 5pm Wednesday. any news from lost property at all? "
                           "she's still asking for Pip every night",
          reply_to=pip_brand, when="2027-07-30T06:15:33Z"),
       expect(RP, "high", "lost_property", "direct"), note="back in the brand's thread without @, two days after a promise")
    pip_brand2 = tw(B, "@ellie_pip_mum Ellie, I'm so sorry I didn't come back on Wednesday. Lost property found Pip this "
                       "morning, safe in a box from gate 9. Send me a DM with your address and we'll post him today.",
                    reply_to=pip, when="2027-07-30T07:02:09Z")
    SC("skerry-big-reach-ambulift-stairs", "big-reach",
       tw("dr_janey_blair", f"Seven-year-old in a wheelchair, assistance booked a month ago, and @{B} left us at the bottom "
                            "of the aircraft steps for 40 minutes because 'the ambulift is broken'. Not good enough. Not "
                            "even close.",
          when="2027-07-30T07:30:00Z",
          metrics={"retweet_count": 4200, "reply_count": 2600, "like_count": 51000, "quote_count": 700}),
       expect(RP, "high", "assistance", "indirect"), note="1.3m followers; the handle in a post to everyone",
       known_miss="round 11, not met yet: priority: want \"high\", got urgent; the engine read: tags @SkerryAirport in a post to everyone | complaint (0.97) | a person at risk: urgent | topic assistance: 'wheelchair', 'wheelchairs', 'assistance', 'ambulift'")
    SC("skerry-abuse-short-stay-thieves", "abuse-with-problem",
       tw("wee_rab_pe", f"@{B} £7 to park for 12 mins in your short stay because the drop off is a shambles. absolute "
                        "thieving b*stards. then the pay machine ate my ticket and I had to buzz for 15 mins to get out",
          when="2027-07-30T08:05:26Z"),
       expect(RP, "high", "parking", "direct"), note="rude, but a real problem with charges and a broken machine")
    SC("skerry-pt-mala-tapete", "non-english",
       tw("ana_rocha_sk", f"@{B} cheguei de Lisboa há uma hora e a minha mala ainda não apareceu no tapete. Ninguém no "
                          "balcão da companhia aérea. O que faço?",
          lang="pt", when="2027-07-30T09:10:48Z"),
       expect(RP, "normal", "flights", "direct"), note="Portuguese: a bag missing at reclaim; the airline's job, but asked here")
    SC("skerry-news-security-strike", "news-monitor",
       tw("aviation_wire", "Security staff at Skerry Airport to strike on 13 and 14 August in a row over pay, union says, "
                           "in the middle of the school holidays {url:https://regionalaviationwire.example/skerry-strike}",
          when="2027-07-30T10:00:00Z"),
       expect(MON, "low", "security", "indirect"))
    SC("skerry-html-spam-fast-track-refund", "html-entities",
       tw("SkerryAirportHQ", "&lt;a href=\"//skerry-refund.example\"&gt;Skerry Airport FAST TRACK REFUNDS&lt;/a&gt; claim "
                             "yours in 60 seconds 💷 &amp; skip the queue all summer",
          when="2027-07-30T10:40:00Z"),
       expect(IGN, "low", "security", "indirect"), note="spam with a link tag, delivered escaped")
    SC("skerry-namesake-boat-lost-nets", "namesake",
       tw("ellan_harbour", "Nice to see the Skerry back in Port Ellan this morning, Davie Munro's boat. She lost her nets "
                           "in last week's gale but she's out again 🎣",
          when="2027-07-30T11:30:00Z"),
       expect(IGN, "low", None, "none"), note="the fishing boat")
    SC("skerry-common-word-hazard-yachts", "common-word",
       tw("ellan_harbour", "Reminder: the skerry at the mouth of the harbour is a real hazard at low tide. Two yachts have "
                           "hit it already this summer. Stay in the marked channel ⚓",
          when="2027-07-30T12:10:00Z"),
       expect(IGN, "low", "safety", "none"), note="the rocky island; 'hazard' is a safety keyword but nobody is in danger")
    SC("skerry-complaint-air-con-departures", "complaint-direct",
       tw("fraser_mclaren", f"@{B} the air con in departures is off again, it's 29 degrees in here, nowhere to sit and the "
                            "toilets by gate 4 smell like a farm. a greenhouse full of sweaty holidaymakers",
          when="2027-07-30T13:20:19Z"),
       expect(RP, "normal", "facilities", "direct"))
    dementia = tw("nervous_nic", "flying with my mum next week for the first time since her dementia diagnosis. she gets so "
                                 "anxious in crowds. any tips?", when="2027-07-30T14:00:00Z")
    SC("skerry-chatter-sunflower-lanyard-tip", "third-party-chatter",
       tw("priya_m_sk", "@nervous_nic ask for a sunflower lanyard at Skerry, the assistance team were brilliant with my "
                        "dad, they let him sit somewhere quiet till it was time to board",
          reply_to=dementia, when="2027-07-30T14:18:42Z"),
       expect(MON, "low", "assistance", "third_party"), note="a stranger's advice in someone else's thread")
    SC("skerry-es-medical-convulsion", "medical-urgent",
       tw("lucia_moreno_sk", f"@{B} mi hijo está teniendo una convulsión en la zona de facturación y nadie viene. ¡Necesitamos "
                             "un médico YA!",
          lang="es", when="2027-07-30T15:35:07Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a child having a seizure in the check-in hall")
    SC("skerry-private-dob-assistance-ref", "private-details",
       tw("munro_findlay", f"@{B} booked assistance online for my dad but never got a confirmation. John Findlay, DOB "
                           "03/02/1941, flying Sunday 06:40 to Alicante, ref ASST-55102. can you check he's down for a "
                           "wheelchair?",
          when="2027-07-30T16:50:31Z"),
       expect(RV, "normal", "assistance", "direct"), note="a name, date of birth and booking reference in public",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @SkerryAirport | exposes an account, booking or security code and a date of birth in public: answer privately | complaint (0.69) | loss of service | topic assistance: 'assistance', 'wheelchair', 'wheelchairs'")

    # ---- Saturday 31 July and Sunday 1 August --------------------------------------------
    SC("skerry-complaint-check-in-one-desk", "complaint-direct",
       tw("jamie_g_pe", f"@{B} 2 hours in the check-in line for the Dalaman flight, one desk open, people in tears. sort "
                        "your airport out",
          when="2027-07-31T05:10:44Z"),
       expect(RP, "normal", "flights", "direct"),
       note="check-in desks are the airline's handling agent, but the customer is talking to the airport")
    SC("skerry-chatter-fire-alarm-all-fine", "chatter-monitor",
       tw("tracy_fam_sk", "Fire alarm went off at Skerry Airport about 9, whole departures hall evacuated out onto the "
                          "tarmac for 25 mins. False alarm, nobody hurt, all back inside now. Kids thought it was the "
                          "best bit of the holiday.",
          when="2027-07-31T08:40:12Z"),
       expect(MON, "low", "safety", "indirect"), note="a scare that is over and fine: not urgent, nothing to answer",
       known_miss="round 11, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Skerry Airport in a post to everyone | describes their own experience | sarcasm (irony 0.66) from a customer: a complaint | topic safety: 'fire alarm', 'fire', 'evacuated', 'hurt'")
    home = tw("ruth_pe_news", "home! holiday was amazing, the journey home less so 😂", when="2027-07-31T20:00:00Z")
    SC("skerry-venting-barrier-never-again", "third-party-venting",
       tw("gregor_sk", "@ruth_pe_news at least you didn't get the full Skerry experience. 90 mins waiting for bags, then "
                       "the car park barrier wouldn't read the ticket and we sat there 20 mins with everyone beeping. "
                       "never again",
          reply_to=home, when="2027-07-31T20:16:05Z"),
       expect(MON, "low", "parking", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("skerry-in-passing-no-food-1am", "complaint-in-passing",
       tw("chris_dalziel", f"what a week. boiler died Monday, the dog ate a sock, our flight home got cancelled, and "
                              f"then at 1am @{B} had shut every café and shop so we sat in arrivals with two tired kids "
                              "and no food till the 5am bus",
          when="2027-07-31T21:30:58Z"),
       expect(RP, "normal", "retail", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("skerry-thread-pip-is-home", "thread-with-brand",
       tw("ellie_pip_mum", "PIP IS HOME 🐘😭 lost property posted him and he came first class this morning. Rosa hasn't "
                           "let go of him. thank you thank you",
          reply_to=pip_brand2, when="2027-08-01T09:12:40Z"),
       expect(RP, "low", "lost_property", "direct"), note="back in the brand's thread without @: thanks, solved")
    SC("skerry-hotline-praise-nervous-mum", "public-hotline-number",
       tw("carol_nairn", "shout out to whoever answered 0808 157 0419 at Skerry Airport at 10pm last night. talked my "
                         "nervous sister through the whole assistance thing and met her off the plane. lovely people",
          when="2027-08-01T10:30:22Z"),
       expect(RP, "low", "assistance", "indirect"), strict=False,
       note="praise quoting the brand's own number: not a private detail")
    return brand


BRANDS["skerry-airport"] = ("SkerryAirport", 4390123437, build_skerry_airport)
