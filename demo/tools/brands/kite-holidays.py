# Kite Holidays: a made-up package-holiday company flying families from Brackenford and
# two other UK airports to hotels and apartments in the Canaries, the Balearics, Greece,
# Turkey, Cyprus and Madeira: flights, hotels, airport transfers and resort reps,
# bookings, cancellations and refunds, passports and travel documents, travel insurance
# and the "Little Explorers" kids' clubs. Its 24-hour duty office looks after guests'
# welfare abroad. "Kite" is also a toy flown on the beach, a bird of prey (the red kite),
# the kite of kitesurfing, a surname (a teacher, a footballer), the Kite & Anchor pub, the
# Harbury Building Society's "Kite Saver" account and the phrase "high as a kite": none
# of them is the holiday company.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is
# the October half term, when families are abroad with their children.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, hotel,
# booking reference, phone number, card number, address and email address here is made
# up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test
# number.


def build_kite_holidays():
    global CURRENT_BRAND, CLOCK
    brand = Brand("kite-holidays", SCEN_DIR / "kite-holidays.plan.toml", "KiteHolidays", 4278901227, 1861220000000003101)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-10-25T05:30:00Z")
    B = "KiteHolidays"
    user(B, "Kite Holidays", 4278901227,
         "Kite Holidays 🪁 family holidays in the sun. Here 7am–11pm UK time. Abroad and need us now? Our 24h duty line "
         "is in your app. Helpline 0808 157 0614. Never post card or booking details here.",
         88_400, following=910, tweets=152_000, listed=260, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8240100000 + _n[0] * 4129, bio, followers, **kw)

    person("gemma_ashdown", "Gemma Ashdown", "Mum of Alfie (3) and Rosie (6). Teaching assistant. Brackenford.", 310)
    person("dan_okafor_bf", "Dan Okafor", "Plumber. Dad of two. Arsenal till I die.", 420)
    person("priti_lanzarote", "Priti Mehra", "HR by day, sun-seeker by half term.", 560)
    person("sian_penhallow", "Siân Penhallow", "Nurse. Two boys. Caffeine.", 270)
    person("lewis_hartnell", "Lewis Hartnell", "Sparky. Wife, three kids, one very tired man.", 190)
    person("aoife_brannigan", "Aoife Brannigan", "Irish in Brackenford. Loud laugh.", 640)
    person("marcus_tilley", "Marcus Tilley", "Accountant. Dad. Spreadsheet enthusiast.", 150)
    person("hattie_w_teach", "Hattie Wolstenholme", "Teacher. Counting down to every holiday.", 380)
    person("kerry_bamforth", "Kerry Bamforth", "Salon owner. Don't test me.", 1100)
    person("joel_ferreira_b", "Joel Ferreira", "Dad jokes professional.", 230)
    person("nadia_chowdhury", "Nadia Chowdhury", "Pharmacist. Mum of twins.", 340)
    person("craig_motts_hgv", "Craig Mottram", "HGV driver. Says it how it is.", 260)
    person("beth_lavington", "Beth Lavington", "Brackenford mums' group admin.", 1900)
    person("rob_quennell", "Rob Quennell", "", 60)
    person("yasmin_ebrahim", "Yasmin Ebrahim", "Solicitor's clerk. Reads the small print.", 410)
    person("terry_gallimore", "Terry Gallimore", "Retired. Writes letters to the paper.", 140)
    person("claire_doughty", "Claire Doughty", "Mum of 3. Half term survivor.", 220)
    person("abi_rushworth", "Abi Rushworth", "Copywriter. Bad at packing.", 780)
    person("mo_siddiqui_b", "Mo Siddiqui", "Cabbie. Dad of four.", 170)
    person("lucia_ortega_v", "Lucía Ortega", "Valenciana en Brackenford. Enfermera.", 290)
    person("jens_kleinert", "Jens Kleinert", "Aus Bremen, lebt in Brackenford. Vater.", 150)
    person("sanne_kuipers", "Sanne Kuipers", "Rotterdamse. Moeder van twee.", 200)
    person("elodie_marchand", "Élodie Marchand", "Lyonnaise, prof de maths.", 180)
    person("chiara_bndtti", "Chiara Benedetti", "Milanese a Brackenford. Mamma.", 160)
    person("rita_mendes_pt", "Rita Mendes", "Lisboeta. Viajar é viver.", 520)
    person("wander_with_jas", "Jas Kaur | Family Travel", "Family travel with 3 kids ✈️ honest reviews. 820k on here, 2m on the gram.",
           820_000, following=1400, listed=3100, verified=True)
    person("stevie_larkins", "Stevie Larkins", "Comedian. On tour. Tickets below. Not a morning person.",
           610_000, following=900, listed=2400, verified=True)
    person("sharon_bellamy", "Sharon Bellamy", "", 45)
    person("tom_oyelaran", "Tom Oyelaran", "Physio. Runner. Bad puns.", 510)
    person("lil_explorerfan", "Kirsty Vale", "Holiday countdowns and screenshots.", 95)
    person("KiteRefundDesk", "Kite Holidays Refunds ✅", "Official refunds & claims team 24/7 🪁 WhatsApp for fast payouts",
           31, following=4100)
    person("SunDealsDaily", "Sun Deals Daily 🌞", "Daily holiday giveaways! Follow + RT to win 🎁", 5200, following=4900)
    person("bf_gazette", "Brackenford Gazette", "News from Brackenford and the district since 1894.", 38_000,
           following=900, verified=True)
    person("TravelTradeWk", "Travel Trade Weekly", "News for the travel industry.", 64_000, following=1200, verified=True)
    person("ella_quiz_queen", "Ella Mardle", "Quiz team captain. Pub philosopher.", 240)
    person("year9_survivor", "Kai Brennan", "year 9. cant wait to leave", 110)
    person("saver_sam_uk", "Sam Haldane", "Money saving, one spreadsheet at a time.", 2300)
    person("bf_town_fc_fan", "Jordan Pike", "Brackenford Town through and through 🔴⚪", 600)
    person("camber_dad", "Gareth Pryce", "Dad. Beach in all weathers.", 130)
    person("chiltern_birder", "Ruth Ellery", "Birds, hills, flasks of tea.", 870)
    person("wind_junkie_kai", "Kai Sommer", "Kiter aus Kiel 🤙", 1500)
    person("wedding_nan_lol", "Leanne Topping", "Nan's biggest fan.", 300)
    person("fiona_mcgarry", "Fiona McGarry", "Waiting for Lanzarote like it owes me money.", 120)
    person("paul_dewhurst", "Paul Dewhurst", "Forklift driver. Simple pleasures.", 90)
    person("anj_patel_b", "Anjali Patel", "Primary teacher. Crete is my happy place.", 330)
    person("xss_ollie", "Ollie Brandt", "Pentester. I break web forms for a living.", 2600)
    person("vouchers4u_uk", "Holiday Vouchers 90% OFF", "Best deals!!!", 14, following=4800)
    person("rhi_treharne", "Rhiannon Treharne", "Mum, runner, tea.", 210)
    person("ben_kowalczyk", "Ben Kowalczyk", "Dad of Millie (5). Spurs.", 160)
    person("kate_summerfld", "Kate Summerfield", "Wife of a diabetic, mum of three.", 270)
    person("wayne_proudfoot", "Wayne Proudfoot", "", 70)
    person("helen_varga", "Helen Varga", "Daughter, carer, planner of everything.", 180)

    # ---- Monday 25 October: half term, families already abroad ----------------------------
    SC("kite-balcony-rail-loose-toddler", "safety-urgent",
       tw("gemma_ashdown", f"@{B} hi, we're at the Hotel Marisol in Lanzarote (booked with you). the railing on our 4th floor balcony is loose, it moves a good few inches if you lean on it, and we've got a 3 year old. reception just shrugged. it's not safe, can you get us moved today please?",
          when="2027-10-25T07:12:40Z"),
       expect(RP, "urgent", "welfare", "direct"),
       note="asked politely, but a loose balcony railing four floors up with a toddler in the room is a risk to life")
    stranded = tw("priti_lanzarote", f"@{B} flight into Dalaman landed at 1:40am, 4 hours late. no transfer, no rep, the number in the app rings out. me and my two girls (5 and 8) are sat on the kerb outside arrivals and the taxis want €150. it's nearly 3am. what do we do??",
                  when="2027-10-25T00:52:11Z")
    SC("kite-stranded-dalaman-3am", "safety-urgent", stranded, expect(RP, "urgent", "resort", "direct"),
       note="a mother and two small children stranded outside a foreign airport in the middle of the night: a safety "
            "risk with no danger word; the fix is a transfer, so the resort team's topic")
    stranded_brand = tw(B, "@priti_lanzarote Priti, I'm so sorry. Our duty rep Emre is on his way to arrivals now, about 20 minutes, and will take you to the hotel himself. Please wait inside the terminal by the café, not outside. I'll stay on here with you.",
                        reply_to=stranded, when="2027-10-25T01:03:30Z")
    SC("kite-stranded-thank-you", "thread-with-brand",
       tw("priti_lanzarote", "Emre found us, we're at the hotel, girls are asleep. thank you, honestly. but nobody answering that 24h number at 2am needs looking at",
          reply_to=stranded_brand, when="2027-10-25T02:31:07Z"),
       expect(RP, "low", "hotels", "direct"), strict=False,
       note="back in the brand's thread without @, safe now: thanks plus a fair point about the duty line; "
            "low as praise, though a care lead could call it normal (a complaint)")
    pool_q = tw("sian_penhallow", f"@{B} the main pool at the Aurora Beach in Paphos has been closed since Saturday, 'maintenance'. it's the only reason we picked this hotel. any idea when it reopens?",
                when="2027-10-25T08:05:19Z")
    pool_brand = tw(B, "@sian_penhallow Hi Siân, sorry about that. I've asked our rep at the Aurora to find out from the hotel today and I'll come back to you here by 2pm with a date.",
                    reply_to=pool_q, when="2027-10-25T08:31:52Z")
    SC("kite-pool-no-lifeguard-thread", "safety-urgent",
       tw("sian_penhallow", "well they've reopened it. no lifeguard, no depth markings and the deep end is full of kids. a little boy just went under and his dad had to jump in with his clothes on. this is unsafe, someone's going to drown",
          reply_to=pool_brand, when="2027-10-25T11:47:33Z"),
       expect(RP, "urgent", "welfare", "direct"),
       note="in the brand's thread with no @: a pool full of children with no lifeguard, a near-drowning just now")
    seaview = tw("dan_okafor_bf", f"@{B} paid £380 extra for a sea view. we've got a view of the bins and a building site. drilling from 8am every day. Hotel Corallia, Crete.",
                 when="2027-10-25T08:22:05Z")
    SC("kite-complaint-sea-view-bins", "complaint-direct", seaview, expect(RP, "normal", "hotels", "direct"))
    seaview_brand = tw(B, "@dan_okafor_bf That's not what you paid for, Dan. Which room are you in? I'll get our rep to sit down with the hotel manager today about moving you away from the noise.",
                       reply_to=seaview, when="2027-10-25T08:40:41Z")
    SC("kite-brand-reply-sea-view", "brand-own-post", seaview_brand, expect(IGN, "low", "hotels", "none"))
    SC("kite-sea-view-room-number", "thread-with-brand",
       tw("dan_okafor_bf", "room 118, ground floor, right above the skip. we've asked reception twice already. cheers for actually replying",
          reply_to=seaview_brand, when="2027-10-25T09:02:17Z"),
       expect(RP, "normal", "hotels", "direct"), note="answers the brand's question without @; the problem is still open",
       known_miss="round 9, not met yet: priority: want 'normal', got low; the engine read: replies to @KiteHolidays: the customer is talking to the brand | praise: thank them | topic hotels: 'room', 'reception'")
    SC("kite-child-fever-rep-voicemail", "medical-urgent",
       tw("lewis_hartnell", f"@{B} our 4 year old has had a temperature of 39.8 since last night, she's floppy and won't drink anything. the rep's phone goes to voicemail and the hotel say the doctor comes tomorrow. we're in Corralejo. please help",
          when="2027-10-25T09:44:58Z"),
       expect(RP, "urgent", "welfare", "direct"), note="a sick child abroad and nobody answering")
    SC("kite-transfer-seven-drops", "complaint-direct",
       tw("aoife_brannigan", f"@{B} transfer coach did SEVEN hotel drops before ours. 2 hours 40 on a coach after a 4 hour flight with a toddler who'd had enough at hour one. never again",
          when="2027-10-25T10:15:30Z"),
       expect(RP, "normal", "resort", "direct"),
       known_miss="round 9, not met yet: topic: want 'resort', got hotels; the engine read: addressed to @KiteHolidays | complaint (0.94) | topic hotels: 'hotel', 'hôtel'")
    SC("kite-indirect-flight-moved-6am", "complaint-indirect",
       tw("marcus_tilley", "Kite Holidays moved our flight home from 14:05 to 06:10 with one email and a 'we apologise for any inconvenience'. That's a 3am alarm with two kids under 6 in a hotel 40 minutes from the airport.",
          when="2027-10-25T10:48:12Z"),
       expect(RP, "normal", "flights", "indirect"), note="names the brand without tagging it, about his own booking",
       known_miss="round 9, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Kite Holidays in a post to everyone | general chatter about the brand | topic flights: 'flight', 'airport'")
    SC("kite-in-passing-half-term-so-far", "complaint-in-passing",
       tw("hattie_w_teach", f"half term so far: car wouldn't start, the dog ate the spare house keys, then @{B} told us at check-in our suitcase was 2kg over and charged £60. the sun had better be out 🙃",
          when="2027-10-25T06:31:44Z"),
       expect(RP, "normal", "flights", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("kite-indirect-refund-nine-weeks", "complaint-indirect",
       tw("fiona_mcgarry", "Nine weeks and still no refund from Kite Holidays for the Zante trip they cancelled in August. £1,870. Every email gets the same copy and paste reply.",
          when="2027-10-25T11:32:26Z"),
       expect(RP, "normal", "bookings", "indirect"), note="names the brand without tagging it, about her own refund")
    SC("kite-in-passing-no-hot-water", "complaint-in-passing",
       tw("dan_okafor_bf", f"what a day. Alfie was car sick on the M5, the sat nav died, and the apartment @{B} put us in has no hot water. three cold showers and counting. living the dream",
          when="2027-10-25T21:15:02Z"),
       expect(RP, "normal", "hotels", "indirect"),
       note="the brand tagged in the middle of a bad day; a car-sick child on the motorway earlier is not a medical need",
       known_miss="round 9, not met yet: priority: want 'normal', got high; the engine read: tags @KiteHolidays in a post to everyone | describes their own experience | complaint (0.98) | loss of service | topic hotels: 'apartment', 'hot water'")
    fp = tw("kate_summerfld", f"@{B} 4 days at the Sol Dorado: buffet food left out for hours, flies on everything, the 'hot' food is cold, the drinks are watered down. and now my husband has food poisoning, vomiting all night, can't keep water down, and he's diabetic. what are you going to do?",
            when="2027-10-25T12:20:09Z")
    SC("kite-food-poisoning-diabetic-rant", "medical-urgent", fp, expect(RP, "urgent", "welfare", "direct"),
       note="the medical need is buried at the end of a rant about food: a diabetic man who can't keep water down")
    SC("kite-de-nut-allergy-kids-club", "medical-urgent",
       tw("jens_kleinert", f"@{B} Mein Sohn (6) ist allergisch gegen Nüsse, das steht auch in der Anmeldung. Im Kinderclub im Hotel Aurora gab es heute Kekse mit Haselnuss. Sein Gesicht schwillt an, der Arzt im Hotel ist nicht da. Welches Krankenhaus ist am nächsten??",
          lang="de", when="2027-10-25T13:05:51Z"),
       expect(RP, "urgent", "welfare", "direct"),
       note="German: a child having an allergic reaction after the kids' club fed him nuts, no doctor")
    SC("kite-threat-to-rep-josh", "threat-urgent",
       tw("craig_motts_hgv", "the Kite Holidays rep at the Palmera, blond lad called Josh, cancelled our boat excursion with 10 mins notice and laughed about it. if he's at the welcome desk tomorrow I'm putting him through the glass. tell him to stay out of my way",
          when="2027-10-25T19:40:22Z"),
       expect(ANY, "urgent", "resort", "indirect"),
       note="a threat to hurt a named rep, with a complaint: only the priority is strict")
    SC("kite-threat-neighbour-banging-door", "threat-urgent",
       tw("claire_doughty", f"@{B} man in the room next to ours at the Sol Dorado has been drunk and screaming all night. now he's banging on our door threatening to hurt us if we complain to the front desk again. my kids are terrified. nobody at the hotel will come up. do we call the police?",
          when="2027-10-25T22:58:36Z"),
       expect(RP, "urgent", "welfare", "direct"), note="a threat against a family in their hotel room, happening now")

    # ---- Tuesday 26 October ---------------------------------------------------------------
    ontime = tw(B, "Half term flights from Brackenford: 97% of Saturday's departures left on time 🙌 Thank you to the airport teams. Check in online from 24 hours before your flight and skip the queues ✈️",
                when="2027-10-26T07:00:00Z")
    SC("kite-brand-own-97-percent", "brand-own-post", ontime, expect(IGN, "low", "flights", "none"))
    SC("kite-quote-97-percent-gate", "quote",
       tw("abi_rushworth", "must be in the other 3% then. 3 hours at gate 11 and counting, nobody from Kite anywhere", quote=ontime,
          when="2027-10-26T07:41:29Z"),
       expect(RP, "normal", "flights", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic, a delay happening now")
    SC("kite-q-reply-hold-bag", "question-in-reply-to-brand",
       tw("fiona_mcgarry", f"@{B} can I still add a hold bag after I've checked in online? flying Thursday to Arrecife",
          reply_to=ontime, when="2027-10-26T07:58:02Z"),
       expect(RP, "normal", "flights", "direct"))
    big = tw("wander_with_jas", f"Flight delayed 14 hours at Brackenford airport with @{B} and counting. No food vouchers since 6pm, no updates, the one rep went home at 9. 200 families with kids sleeping on the floor by gate 4.",
             when="2027-10-26T01:15:50Z",
             metrics={"retweet_count": 2400, "reply_count": 870, "like_count": 15100, "quote_count": 320})
    SC("kite-big-reach-14-hours", "big-reach", big, expect(RP, "high", "flights", "indirect"),
       note="820k followers; the handle in the middle of a post to everyone")
    SC("kite-repost-14-hours", "repost", tw("sharon_bellamy", "", retweet=big, when="2027-10-26T01:40:13Z"),
       expect(IGN, "low", "flights", "indirect"))
    SC("kite-big-reach-comedian-cancelled-twice", "big-reach",
       tw("stevie_larkins", "Kite Holidays have now cancelled our flight home from Faro twice. Third attempt Thursday. If you see a man living at Faro airport with two kids and a sunburnt nose, that's me. Send crisps.",
          when="2027-10-26T09:12:33Z",
           metrics={"retweet_count": 3100, "reply_count": 1200, "like_count": 41000, "quote_count": 150}),
       expect(RP, "high", "flights", "indirect"), note="610k followers; jokey, but a real and repeated cancellation",
       known_miss="round 9, not met yet: action: want 'respond_public', got monitor; priority: want 'high', got low; the engine read: names Kite Holidays in a post to everyone | general chatter about the brand | topic flights: 'flight', 'airport'")
    SC("kite-private-card-charged-twice", "private-details",
       tw("nadia_chowdhury", f"@{B} booking KH-55820-14, I paid the balance with my card 4111 1111 1111 1111 on Friday and it's been taken twice, £1,486 x2. please call me on 07700 900618, I need that money back before Christmas",
          when="2027-10-26T09:30:41Z"),
       expect(RV, "normal", "bookings", "direct"), note="a card number, a booking reference and a mobile number in public")
    SC("kite-es-name-misspelt-private", "private-details",
       tw("lucia_ortega_v", f"@{B} hola, en mi reserva KH-61094-02 el nombre está mal escrito (pone Lucía Ortego). mi fecha de nacimiento es 14/03/1986 y mi correo lucia.ortega@correo.example. ¿pueden corregirlo antes del jueves? gracias",
          lang="es", when="2027-10-26T10:02:15Z"),
       expect(RV, "normal", "documents", "direct"), note="Spanish: booking reference, date of birth and email in public")
    SC("kite-dialysis-unit-pulled-out", "medical-urgent",
       tw("helen_varga", f"@{B} my dad needs dialysis 3 times a week. we fly to Tenerife on 4 Nov, ref KH-70215-33. the clinic you arranged has just emailed to say they can't take him after all. his DOB is 02/07/1951 if they need it. he can't go 7 days without, please can someone ring me today",
          when="2027-10-26T10:40:58Z"),
       expect(RV, "urgent", "welfare", "direct"),
       note="a calm question about a life-sustaining treatment, with a booking reference and a date of birth: private and urgent")
    SC("kite-sarcasm-kids-club-bins", "sarcasm-customer",
       tw("kerry_bamforth", f"@{B} love that the 'Little Explorers kids club' for 4-12s turns out to be a plastic table next to the bins and a teenager on her phone. worth every penny of the £400 family supplement 👏",
          when="2027-10-26T11:20:47Z"),
       expect(RP, "normal", "kids_club", "direct"))
    SC("kite-sarcasm-killing-me-prices", "sarcasm-customer",
       tw("joel_ferreira_b", "Kite Holidays really are killing me with these half term prices 💀 £1,100 more for the exact same week in Tenerife just because the schools are off. genius business model lads",
          when="2027-10-26T11:55:16Z"),
       expect(RP, "normal", "bookings", "indirect"),
       note="'killing me' is a figure of speech: a price complaint, not a threat or a medical need")
    kids_launch = tw(B, "New for 2028 🪁 our Little Explorers kids club gets a teen club for 12–16s at 40 family hotels, plus free crèche sessions for under-3s. Award-winning fun while you have a lie-in.",
                     when="2027-10-26T12:00:00Z")
    SC("kite-q-reply-teen-club-age", "question-in-reply-to-brand",
       tw("ben_kowalczyk", "what age does the teen club start? my eldest is 11 and three quarters and would rather die than go back to the mini club 😂",
          reply_to=kids_launch, when="2027-10-26T12:24:39Z"),
       expect(RP, "normal", "kids_club", "direct"), note="'would rather die' is a figure of speech")
    SC("kite-quote-award-winning-club", "quote",
       tw("rhi_treharne", "'award-winning' 🙃 the one at the Aurora was closed 4 days out of 7 when we went in August and nobody told us why",
          quote=kids_launch, when="2027-10-26T12:50:03Z"),
       expect(RP, "normal", "*", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the quoted post carries the kids' club keywords, the quote itself has none")
    SC("kite-repost-teen-club", "repost", tw("lil_explorerfan", "", retweet=kids_launch, when="2027-10-26T13:11:48Z"),
       expect(IGN, "low", "kids_club", "indirect"))
    SC("kite-question-potty-trained", "question",
       tw("anj_patel_b", f"@{B} does the kids club at the Aurora Beach take 3 year olds who aren't fully potty trained yet? don't want to turn up and be sent away",
          when="2027-10-26T13:40:26Z"),
       expect(RP, "normal", "kids_club", "direct"))
    SC("kite-question-passport-validity", "question",
       tw("paul_dewhurst", f"@{B} my passport expires in March 2028 and we fly to Dalaman on 12 Nov. is that enough validity for Turkey or do I need to renew it first?",
          when="2027-10-26T14:05:12Z"),
       expect(RP, "normal", "documents", "direct"))
    SC("kite-nl-head-injury-pool", "non-english",
       tw("sanne_kuipers", f"@{B} onze dochter (7) is bij het zwembad van het hotel uitgegleden en met haar hoofd op de rand gevallen. Ze is suf en moet steeds overgeven. De receptie zegt dat er pas morgen een dokter komt. Naar welk ziekenhuis moeten we?",
          lang="nl", when="2027-10-26T15:18:44Z"),
       expect(RP, "urgent", "welfare", "direct"),
       note="Dutch: a head injury with drowsiness and vomiting in a child, no doctor")
    SC("kite-fr-transfer-driver-phone", "non-english",
       tw("elodie_marchand", f"@{B} on est dans le car depuis l'aéroport d'Agadir, le chauffeur conduit son téléphone à la main et double dans les virages de montagne. C'est vraiment dangereux, on a failli avoir un accident deux fois. Il ne veut pas ralentir.",
          lang="fr", when="2027-10-26T16:02:31Z"),
       expect(RP, "urgent", "welfare", "direct"), note="French: a coach full of guests driven dangerously, right now")
    SC("kite-it-insurance-question", "non-english",
       tw("chiara_bndtti", f"@{B} buongiorno, la vostra assicurazione di viaggio venduta con il pacchetto copre anche mia madre di 78 anni? ha il diabete ma è tutto sotto controllo. grazie",
          lang="it", when="2027-10-26T17:10:08Z"),
       expect(RP, "normal", "insurance", "direct"), strict=False,
       note="Italian: a question about insurance cover for a mother whose diabetes is under control; no care is needed "
            "now, so normal, though a lead could treat any medical question as urgent")
    SC("kite-abuse-sewage-clowns", "abuse-with-problem",
       tw("rob_quennell", f"@{B} you useless bunch of clowns. 3 days and our room STILL stinks of sewage and all you lot say is 'we've logged it'. logged it where, the bin?",
          when="2027-10-26T18:33:19Z"),
       expect(RP, "high", "hotels", "direct"), note="insults, but a real problem that has gone on for days")
    SC("kite-abuse-taxi-muppets", "abuse-with-problem",
       tw("mo_siddiqui_b", f"@{B} absolute f***ing shambles. transfer never turned up, your rep won't answer, we've just paid €90 for a taxi with 4 kids and the bags. sort it out you muppets and give me my money",
          when="2027-10-26T19:05:55Z"),
       expect(RP, "high", "resort", "direct"), note="rude, with a real problem and money out of pocket; everyone is safe at the hotel")

    # ---- Wednesday 27 October -------------------------------------------------------------
    refund_first = tw("yasmin_ebrahim", f"@{B} you cancelled our Corfu holiday on 20 August. where is my refund? £2,340.",
                      when="2027-09-01T09:10:00Z")
    refund_brand = tw(B, "@yasmin_ebrahim Hi Yasmin, sorry for the wait. I've checked and your refund was approved today, it will be back on your card within 14 days.",
                      reply_to=refund_first, when="2027-09-03T11:22:00Z")
    SC("kite-repeat-refund-14-days", "repeat-contact",
       tw("yasmin_ebrahim", "you said 14 days. that was 3 September. it's 27 October and there's still nothing on my card. what now?",
          reply_to=refund_brand, when="2027-10-27T08:14:36Z"),
       expect(RP, "high", "*", "direct"),
       note="back in the brand's thread without @: the brand promised a refund that never came (the text has no keyword)")
    SC("kite-repeat-e-tickets-third-time", "repeat-contact",
       tw("claire_doughty", f"@{B} third time of asking: where are our e-tickets? we fly Thursday and the app still says 'travel documents pending'. I've emailed twice and waited 1hr 20 on the phone",
          when="2027-10-27T08:45:10Z"),
       expect(RP, "high", "documents", "direct"), note="the third contact about the same missing documents, two days before travel")
    SC("kite-legal-package-travel-regs", "legal-threat-not-urgent",
       tw("terry_gallimore", f"@{B} 11 weeks for a refund on a holiday YOU cancelled. Under the Package Travel Regulations you had 14 days. My small claims papers go in on Friday and Trading Standards have my complaint.",
          when="2027-10-27T09:20:48Z"),
       expect(RP, "high", "bookings", "direct"), note="court and regulator: a strong complaint, not urgent")
    SC("kite-legal-food-poisoning-august", "legal-threat-not-urgent",
       tw("yasmin_ebrahim", "Kite Holidays: all four of us had food poisoning at the Sol Dorado in August, 3 days in bed, one day in hospital. You've ignored 4 emails. Our solicitor is handling it from now on.",
          when="2027-10-27T10:05:33Z"),
       expect(RP, "high", "welfare", "indirect"),
       note="sounds alarming but the illness was in August and is over: a legal threat after silence, high, not urgent",
       known_miss="round 9, not met yet: priority: want 'high', got urgent; the engine read: names Kite Holidays in a post to everyone | complaint (0.59) | a medical need: urgent | topic welfare: 'food poisoning', 'hospital'")
    SC("kite-praise-broken-arm-last-year", "praise",
       tw("tom_oyelaran", "last year our lad fell off a climbing frame in Crete and broke his arm, and the Kite rep Eleni stayed at the hospital with us till 2am translating everything. booked with them again this year purely because of her 💙",
          when="2027-10-27T10:48:17Z"),
       expect(RP, "low", "welfare", "indirect"),
       note="sounds alarming but the injury was a year ago and settled: praise",
       known_miss="round 9, not met yet: priority: want 'low', got urgent; the engine read: names Kite Holidays in a post to everyone | complaint (0.39) | a person at risk: urgent | topic welfare: 'fell', 'hospital'")
    SC("kite-praise-marta-aircon", "praise",
       tw("priti_lanzarote", f"@{B} huge shout out to Marta, your rep in Puerto del Carmen, who found us a new room at 11pm when the aircon died and the room was 31 degrees. absolute legend ❤️",
          when="2027-10-27T11:30:42Z"),
       expect(RP, "low", "hotels", "direct"))
    moaner = tw("fiona_mcgarry", f"@{B} sat on the tarmac at Brackenford for 3 hours now, no water, no info, the captain keeps saying 'shortly'",
                when="2027-10-27T12:02:50Z")
    SC("kite-joke-only-flies-when-windy", "joke-bystander",
       tw("tom_oyelaran", "@fiona_mcgarry well what did you expect booking with a company called Kite. it only takes off when it's windy 🪁",
          reply_to=moaner, when="2027-10-27T12:14:21Z"),
       expect(IGN, "low", None, "third_party"), note="a pun by a bystander in someone else's thread")
    refund_vent = tw("paul_dewhurst", "@anj_patel_b did you ever get your money sorted? we're still chasing", when="2027-10-27T12:30:00Z")
    SC("kite-joke-refund-like-a-kite", "joke-bystander",
       tw("joel_ferreira_b", "@paul_dewhurst @anj_patel_b a Kite refund is like a kite on a still day. you can run around for hours, it's still not going up",
          reply_to=refund_vent, when="2027-10-27T12:52:36Z"),
       expect(IGN, "low", "bookings", "third_party"), note="a bystander's pun in someone else's conversation",
       known_miss="round 9, not met yet: action: want 'ignore', got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic bookings: 'refund'")
    SC("kite-venting-deposit-majorca", "third-party-venting",
       tw("anj_patel_b", "@paul_dewhurst nope. Kite cancelled the Majorca trip in July and they STILL haven't refunded the deposit. I've given up being polite",
          reply_to=refund_vent, when="2027-10-27T13:06:14Z"),
       expect(MON, "low", "bookings", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    how_was = tw("fiona_mcgarry", "@rhi_treharne welcome home!! how was Lanzarote? jealous", when="2027-10-27T13:20:00Z")
    SC("kite-venting-ants-in-room", "third-party-venting",
       tw("rhi_treharne", "@fiona_mcgarry beach was gorgeous. the apartment Kite put us in had ants all over the room and the rep showed up once in 7 days 🙄 never mind, home now",
          reply_to=how_was, when="2027-10-27T13:44:52Z"),
       expect(MON, "low", "hotels", "third_party"))
    asker = tw("beth_lavington", "mums, has anyone done Crete with little ones? looking at May half term, transfers under an hour ideally", when="2027-10-27T14:00:00Z")
    SC("kite-chatter-crete-advice", "third-party-chatter",
       tw("anj_patel_b", "@beth_lavington we went with Kite Holidays to Hersonissos last May, transfer was 35 mins, rep was lovely. get their app before you go, they post everything on there",
          reply_to=asker, when="2027-10-27T14:21:09Z"),
       expect(MON, "low", "resort", "third_party"), note="a stranger's advice in someone else's thread")
    worried = tw("rhi_treharne", "if Kite cancel our Easter trip like they did to half my mum friends I will actually cry", when="2027-10-27T15:00:00Z")
    SC("kite-chatter-insurance-reassure", "third-party-chatter",
       tw("sian_penhallow", "@rhi_treharne if Kite do cancel it, your travel insurance should cover it. I made a claim when ours went and it paid out in 3 weeks x",
          reply_to=worried, when="2027-10-27T15:18:40Z"),
       expect(MON, "low", "insurance", "third_party"),
       note="reassurance in someone else's thread")
    onhold = tw("lewis_hartnell", f"@{B} rang 0808 157 0614 four times today about our refund, 50 minutes on hold each time then cut off. is anyone actually working there?",
                when="2027-10-27T16:04:27Z")
    SC("kite-hotline-on-hold-refund", "public-hotline-number", onhold,
       expect(RP, "normal", "bookings", "direct"), strict=False,
       note="the brand's own helpline number is not a private detail")
    SC("kite-hotline-praise-night-line", "public-hotline-number",
       tw("wayne_proudfoot", "Kite Holidays' night line 0808 157 0614 answered in two rings at 2am when our transfer didn't turn up in Kos. taxi sorted and paid for in 10 minutes. fair play",
          when="2027-10-27T16:40:15Z"),
       expect(RP, "low", "resort", "indirect"), strict=False,
       note="praise quoting the brand's own number: not a private detail")
    SC("kite-spam-fake-refund-desk", "spam",
       tw("KiteRefundDesk", "@lewis_hartnell Hi Lewis! Kite Holidays refunds team here 🪁 we can release your refund today. WhatsApp your booking ref and card details to +44 7700 900913 for fast payout ✅",
          reply_to=onhold, when="2027-10-27T16:05:50Z"),
       expect(IGN, "low", "bookings", "third_party"),
       note="a fake support account fishing for card details, replying to a real customer")
    SC("kite-spam-giveaway-cancun", "spam",
       tw("SunDealsDaily", "🪁 Kite Holidays GIVEAWAY 🪁 win a FREE family week in Cancún! like, repost and click the link to enter before midnight 👉 {url:https://sun-deals-daily.example/kite-win}",
          when="2027-10-27T17:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway using the brand's name")
    SC("kite-html-script-refund", "html-entities",
       tw("marcus_tilley", f"@{B} &lt;script&gt;alert('refund')&lt;/script&gt; there, maybe your systems will notice me now. 6 weeks waiting on a refund for a cancelled Kos trip",
          when="2027-10-27T18:10:33Z"),
       expect(RP, "normal", "bookings", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("kite-html-spam-vouchers", "html-entities",
       tw("vouchers4u_uk", "&lt;script src=//kite-vouchers.example/x.js&gt;&lt;/script&gt; CHEAP Kite Holidays vouchers 90% OFF!!! limited stock DM now 💸",
          when="2027-10-27T18:30:00Z"),
       expect(IGN, "low", "bookings", "indirect"), note="spam with a script tag; 'voucher' is a bookings keyword")

    # ---- Thursday 28 October: news, chatter, namesakes ---------------------------------
    SC("kite-news-sharm-cancelled", "news-monitor",
       tw("bf_gazette", "Kite Holidays cancels all trips to Sharm el-Sheikh until 30 November after new Foreign Office advice. Customers due to travel are being offered refunds or a free change {url:https://brackenford-gazette.example/news/kite-sharm}",
          when="2027-10-28T07:30:00Z"),
       expect(MON, "low", "bookings", "indirect"))
    SC("kite-news-record-summer", "news-monitor",
       tw("TravelTradeWk", "Kite Holidays reports record summer bookings and adds 40 new family hotels for 2028, with a focus on Turkey and Cyprus {url:https://traveltradeweekly.example/kite-record-summer}",
          when="2027-10-28T08:15:00Z"),
       expect(MON, "low", "hotels", "indirect"))
    SC("kite-chatter-advert-jingle", "chatter-monitor",
       tw("ella_quiz_queen", "Kite Holidays advert on every single ad break this week and now the jingle lives in my head rent free 🪁🎶",
          when="2027-10-28T09:05:41Z"),
       expect(MON, "low", None, "indirect"))
    SC("kite-pt-chatter-adverts-lisbon", "chatter-monitor",
       tw("rita_mendes_pt", "A Kite Holidays agora tem anúncios em todo o lado no metro de Lisboa. Já chegaram a Portugal? 🤔",
          lang="pt", when="2027-10-28T09:40:12Z"),
       expect(MON, "low", None, "indirect"), note="Portuguese: talk about the brand's adverts, nothing to answer")
    SC("kite-namesake-kite-and-anchor", "namesake",
       tw("ella_quiz_queen", "quiz night at the Kite &amp; Anchor tonight, team name is 'Quiz Team Aguilera' for the fourth year running. we have never won",
          when="2027-10-28T10:20:00Z"),
       expect(IGN, "low", None, "none"), note="the pub")
    SC("kite-namesake-mrs-kite-essay", "namesake",
       tw("year9_survivor", "Mrs Kite has set year 9 a 2000 word essay over half term. over the HOLIDAY. who does that",
          when="2027-10-28T10:55:31Z"),
       expect(IGN, "low", None, "none"), note="a teacher's surname next to the word 'holiday': not the company")
    SC("kite-namesake-kite-saver-emergency", "namesake",
       tw("saver_sam_uk", "Harbury Building Society's Kite Saver goes up to 4.6% easy access from Monday. moving my emergency fund over 💷",
          when="2027-10-28T11:30:19Z"),
       expect(IGN, "low", None, "none"), note="a bank's savings account; 'emergency fund' is money, not an emergency")
    SC("kite-namesake-footballer", "namesake",
       tw("bf_town_fc_fan", "JORDAN KITE WHAT A HIT 🚀 top bins from 30 yards, Brackenford Town 2-0 up at the break",
          when="2027-10-28T19:52:08Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("kite-common-beach-kite-sea", "common-word",
       tw("camber_dad", "took the kids to Camber, got the kite up for a glorious four minutes before it nosedived into the sea 😂 best £6 I've ever spent",
          when="2027-10-28T12:10:44Z"),
       expect(IGN, "low", None, "none"), note="the toy, on a beach, in half term")
    SC("kite-common-red-kites", "common-word",
       tw("chiltern_birder", "a red kite hanging over the M40 cutting this morning, then five more behind it. thirty years ago there were none round here. never gets old 🦅",
          when="2027-10-28T12:45:26Z"),
       expect(IGN, "low", None, "none"), note="the bird of prey")
    SC("kite-common-de-kitesurf", "common-word",
       tw("wind_junkie_kai", "Neuer Kite ist da! 9m, morgen geht's nach Sankt Peter-Ording, wenn der Wind mitspielt 🤙",
          lang="de", when="2027-10-28T13:20:17Z"),
       expect(IGN, "low", None, "none"), note="German: a kitesurfing kite")
    SC("kite-common-high-as-a-kite", "common-word",
       tw("wedding_nan_lol", "my nan after ONE glass of prosecco at the wedding: high as a kite, dancing on a table, told the vicar he's handsome 😂",
          when="2027-10-28T14:02:55Z"),
       expect(IGN, "low", None, "none"), note="an everyday phrase")
    return brand


BRANDS["kite-holidays"] = ("KiteHolidays", 4278901227, build_kite_holidays)
