# Tallow Rides: a made-up ride-hailing and taxi app: cars and drivers booked in the app,
# airport runs and scheduled rides, fares and surge pricing, lost property, driver ratings
# and conduct, wheelchairs and assistance dogs, rider accounts and cards, the drivers' own
# earnings, and the safety of riders and drivers. "Tallow" is also animal fat (rendered for
# candles, soap and roast potatoes), a surname, Tallow Street and the Tallow Tavern pub on
# it, and a band called The Tallow Lights: none of them is the app.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, trip, card number, date of birth and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_tallow_rides():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tallow-rides", SCEN_DIR / "tallow-rides.plan.toml", "TallowRides", 4123456712, 1861220000000001601)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-01-08T05:40:00Z")
    B = "TallowRides"
    user(B, "Tallow Rides", 4123456712,
         "Tallow Rides help 🚕 24/7 for riders and drivers. In danger? Call 999 first, then tap SOS in the app. Support line 0808 157 0462. Never post card details here.",
         63_800, following=940, tweets=147_000, listed=260, verified=True)
    user("maya_okoro_bn", "Maya Okoro", 6110382716, "Brannock. Product designer. Always running for something.", 740)
    user("wickman_puns", "Stu Wickman", 6110459203, "Puns, freshly rendered.", 1900)
    user("lenka_brannock", "Lenka Dvořáková", 6110527741, "Mum of one very loud six year old. Brannock via Brno.", 310)
    user("inma_rbrk", "Inma Robles", 6110613308, "Sevillana en Brannock. Enfermera de noche 🩺", 260)
    user("dale_fitchett", "Dale Fitchett", 6110688154, "Plasterer. Dad. Villa till I die.", 180)
    user("kasia_w_brn", "Kasia Wróbel", 6110744920, "", 420)
    user("priyanka_dlm", "Priyanka Dalmia", 6110801637, "Pharmacy student. Tea over coffee.", 390)
    user("ade_drives_brn", "Adeyemi Olatunji", 6110873052, "Driver partner, Brannock. Nights mostly. Be kind to your driver.", 2100)
    user("jannik_brnk", "Jannik Hollmann", 6110926475, "Aus Hannover, jetzt in Brannock. Radfahrer.", 150)
    user("nell_ashgrove", "Nell Ashgrove", 6111034581, "Bookseller. Cat person.", 880)
    user("rhodri_penhale", "Rhodri Penhale", 6111097240, "Type 1. Rugby. Bad at both.", 330)
    user("tomasz_brn_dad", "Tomasz Nowicki", 6111152819, "Soon to be a dad 👶", 95)
    user("graca_lisbrn", "Graça Antunes", 6111208364, "Lisboeta em Brannock. Avó de quatro.", 120)
    user("bryony_caddick", "Bryony Caddick", 6111276093, "Daughter, carer, tired.", 240)
    user("shaz_kettering", "Sharon Kettering", 6111330756, "Asthma, two dogs, no filter.", 560)
    user("gaz_brn_77", "Gary Holt", 6111395412, "", 70)
    user("ffion_ap", "Ffion ap Rhys", 6111457128, "Welsh in Brannock. Nurse.", 410)
    user("connor_hexley", "Connor Hexley", 6111512683, "5-a-side and regret.", 230)
    user("deano_mcf", "Dean McFadden", 6111586340, "", 110)
    user("bex_holroyd", "Bex Holroyd", 6111643905, "Admin by day. Gin by night.", 610)
    user("BrannockEcho", "Brannock Echo", 6111708572, "News for Brannock, Lintwell and the Aldmoor valley since 1871.",
         88_000, following=1100, listed=640, verified=True)
    user("orla_mcgrane", "Orla McGrane", 6111769231, "Teetotal and tired of saying so.", 350)
    user("mo_siddiq_drv", "Mo Siddiq", 6111824796, "Drove Brannock nights for 6 years. Dad of 3.", 1300)
    user("wickworkcandles", "Wickwork Candles", 6111893451, "Small-batch candles from a shed in Lintwell 🕯️", 5200)
    user("roastspud_rob", "Rob Ferriday", 6111951028, "Sunday lunch purist.", 940)
    user("TallowTavernBN", "The Tallow Tavern", 6112016794, "Free house on Tallow Street since 1887. Quiz Fridays, folk Sundays 🍺", 2300)
    user("brannock_roads", "Brannock Roads", 6112078315, "Traffic and travel for Brannock and the Aldmoor valley.", 31_000)
    user("lintwell_cc", "Lintwell CC", 6112139870, "Village cricket and very good teas 🏏", 720)
    user("gigsnotes_kb", "Kerry Blaine", 6112193542, "I go to gigs so you don't have to.", 3400)
    user("ZaraQuillTV", "Zara Quill", 6112257108, "Presenter, Mornings on Channel 9. Views my own. Dog: Biscuit.",
         1_400_000, following=1900, listed=4200, verified=True)
    user("pun_mick_brn", "Mick Garvey", 6112316674, "Dad jokes, served hot.", 780)
    user("lou_gigwithme", "Lou Ransome", 6112374239, "Gigs, gin, good company.", 520)
    user("sal_vickery", "Sal Vickery", 6112438801, "Lou's plus one. Permanently.", 290)
    user("tommo_hale", "Tom Hale", 6112491367, "", 140)
    user("jas_brnk", "Jas Bhandal", 6112555930, "Accountant. Night owl.", 380)
    user("sanne_kk", "Sanne Kok", 6112613496, "Groningen → Brannock.", 210)
    user("bram_vdheuvel", "Bram van den Heuvel", 6112679052, "Ingenieur, fietser, koffieleut.", 170)
    user("ollie_lintwell", "Ollie Marchant", 6112734617, "Lintwell lad.", 160)
    user("neve_brnk", "Neve Donnelly", 6112798183, "Night shift nurse. Find me asleep.", 330)
    user("gemma_fairlie", "Gemma Fairlie", 6112853749, "Mum of two teenagers. Send help.", 440)
    user("dev_amara_k", "Amara Kinsella", 6112917305, "Proud mum of a night-shift radiographer. Brannock.", 260)
    user("fenella_grist", "Fenella Grist", 6112974861, "Chronically early. Unlike my taxis.", 520)
    user("kieran_blyth", "Kieran Blyth", 6113038426, "Barista. Cyclist. Broke.", 290)
    user("petra_lunn", "Petra Lunn", 6113096092, "Architect. Roundabout hater.", 410)
    user("hollis_brnk", "Hollis Mbeki", 6113150658, "PhD student (year 4 of 3).", 200)
    user("saoirse_kq", "Saoirse Quinlan", 6113214214, "", 130)
    user("TallowHelpDsk", "Tallow Rides Support ✅", 6113938467, "Official support 24/7 🚕 DM us for instant refunds 💸", 41, following=4700)
    user("jamal_abara", "Jamal Abara", 6113279870, "Warehouse nights. Arsenal.", 240)
    user("giulia_ferrante", "Giulia Ferrante", 6113331437, "Romana a Brannock.", 180)
    user("wes_calloway", "Wes Calloway", 6113395093, "Off to Lagos soon.", 310)
    user("marnie_skelton", "Marnie Skelton", 6113452659, "", 90)
    user("ravi_ostler", "Ravi Ostler", 6113516225, "Student. Night bus survivor.", 150)
    user("tilda_marchbank", "Tilda Marchbank", 6114411255, "Holidays are my personality.", 330)
    user("femi_adeyinka", "Femi Adeyinka", 6113578891, "Consultant. Always at an airport.", 1200)
    user("ellen_ashdown_b", "Ellen Ashdown", 6113634457, "Bartender. Home at 1am, every night.", 470)
    user("nacho_brn", "Nacho Beltrán", 6113697013, "Madrileño en Brannock.", 230)
    user("celine_bouvier", "Céline Bouvier", 6113752679, "Nantaise à Brannock. Prof de piano 🎹", 160)
    user("aled_guidedog", "Aled Prys", 6113815245, "Blind. Guide dog Juno does the hard work. Access campaigner.", 1700)
    user("kyle_sturrock", "Kyle Sturrock", 6113873801, "", 60)
    user("oisin_brnk", "Oisín Daly", 6113994023, "Notices things.", 520)
    user("bethan_quarrie", "Bethan Quarrie", 6114052689, "Always travelling, never rested.", 380)
    user("frieda_kohlbrnr", "Frieda Kohlbrenner", 6114117245, "Münchnerin in Brannock.", 140)
    user("dev_oyelaran", "Tunde Oyelaran", 6114175801, "Front-end dev. I inspect elements for fun.", 2600)
    user("nico_brannock", "Nico Santoro", 6114238467, "", 200)
    user("lina_sharesloc", "Lina Haddad", 6114296023, "Share your location, girls 💜", 880)
    user("keith_rts_brn", "Keith Pardoe", 6114353689, "", 75)

    # ---- A scheduled airport run that came half an hour late: the complaint, a joker,
    #      the brand, the customer back in the thread, and again the next day
    maya = tw("maya_okoro_bn", f"@{B} booked a scheduled airport run 3 days ago for 4:15am. driver rolled up at 4:48. sprinted through terminal 2 and got to the gate as they were closing it. what is the point of booking ahead??",
              when="2027-01-08T05:52:14Z")
    SC("tlw-airport-run-33-min-late", "complaint-direct", maya, expect(RP, "normal", "scheduled", "direct"),
       note="late and stressful, but she made the flight: an ordinary complaint")
    SC("tlw-bystander-candle-power", "joke-bystander",
       tw("wickman_puns", "@maya_okoro_bn Tallow Rides?? no wonder he was late, the car probably runs on candle wax 🕯️ slow burn", reply_to=maya,
          when="2027-01-08T06:20:37Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in a customer's thread",
       known_miss="a bystander's pun ('runs on candle wax … slow burn') with no joke cue or laugh: read as third-party talk (monitor)")
    maya_brand = tw(B, "@maya_okoro_bn Maya, that's a horrible start to a trip and not what a scheduled booking should feel like. I've asked our airport team why your driver was 33 minutes late and I'll reply here by 12 with what they find.",
                    reply_to=maya, when="2027-01-08T06:31:02Z")
    SC("tlw-brand-reply-maya", "brand-own-post", maya_brand, expect(IGN, "low", "scheduled", "none"))
    SC("tlw-maya-surcharge-back", "thread-with-brand",
       tw("maya_okoro_bn", "thanks. I also paid the airport surcharge and a £6 priority fee for that pickup, can those come back to me?",
          reply_to=maya_brand, when="2027-01-08T06:44:51Z"),
       expect(RP, "normal", "fares", "direct"), strict=False,
       note="back in the brand's thread without @, with a new ask after a helpful answer: normal; "
            "'a customer coming back to a case the brand has already answered' could read as high")
    SC("tlw-maya-next-day-nothing", "repeat-contact",
       tw("maya_okoro_bn", f"@{B} it's 3pm the next day. you said 12. no word on why he was late and no sign of the £6 fee or the surcharge",
          reply_to=maya_brand, when="2027-01-09T15:04:40Z"),
       expect(RP, "high", "fares", "direct"), note="the brand's promised update never came")

    # ---- Riders in danger, now
    SC("tlw-driver-nodding-off-bypass", "safety-urgent",
       tw("lenka_brannock", f"@{B} bit awkward but my driver keeps nodding off. we're on the bypass doing 70 and his head's dropped twice. I've asked him to pull in and he says he's fine. I'm in the back with my 6 year old. what should I do?"),
       expect(RP, "urgent", "safety", "direct"), note="calm and polite, but a driver falling asleep at speed with a child in the car")
    SC("tlw-es-conductor-alcohol", "safety-urgent",
       tw("inma_rbrk", f"@{B} el conductor huele muchísimo a alcohol y va haciendo eses por la autovía. Voy sola detrás y no quiere parar. ¿Qué hago? 😰", lang="es"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: the driver smells of drink and is weaving on the motorway; she is alone in the back")
    SC("tlw-rant-door-flew-open", "safety-urgent",
       tw("dale_fitchett", f"@{B} where do I start. 20 min late, took the scenic route so £14 became £23, music so loud I couldn't think. oh and the back door flew open on the ring road at about 50 with my lad sat next to it. he laughed. that car is unsafe and still out picking people up"),
       expect(RP, "urgent", "safety", "direct"),
       note="a fare rant with the danger near the end: a door that opens at speed, on a car still carrying riders")
    kasia_friend = tw("priyanka_dlm", "@kasia_w_brn text me when you're home babe x", when="2027-01-09T00:41:19Z")
    SC("tlw-friend-thread-locked-doors", "safety-urgent",
       tw("kasia_w_brn", "@priyanka_dlm not yet. the tallow driver's gone way off down some farm track past Aldmoor, doors are locked and he won't tell me where we're going. sharing my location with you now. if I stop replying ring 999",
          reply_to=kasia_friend, when="2027-01-09T01:26:48Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a rider in danger, told to a friend without tagging the brand: whatever the action, it must not wait in a queue")
    SC("tlw-driver-knife-at-rank", "safety-urgent",
       tw("ade_drives_brn", f"@{B} a passenger has just pulled a knife on me at the Quayside rank. I've locked myself in the car. pressed SOS in the driver app 3 times and nothing. please someone",
          when="2027-01-10T02:14:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a driver partner threatened with a knife, and the SOS button not working")
    SC("tlw-de-fahrer-rast-handy", "safety-urgent",
       tw("jannik_brnk", f"@{B} Der Fahrer rast mit 140 über die Umgehungsstraße und schaut dabei Videos auf dem Handy. Ich habe echt Angst, er will einfach nicht langsamer fahren.", lang="de"),
       expect(RP, "urgent", "safety", "direct"), note="German: 140 on the ring road while watching videos, won't slow down")

    # ---- Harassment, the brand's answer, and the driver outside her flat
    nell = tw("nell_ashgrove", f"@{B} your driver last night (grey Vauxhall, said his name was Rob) made comments about my body the whole way home, then asked which flat was mine. I didn't feel safe and I still don't")
    SC("tlw-driver-comments-which-flat", "safety-urgent", nell, expect(RP, "urgent", "safety", "direct"),
       note="harassment after the fact, but the driver now knows where she lives and she still feels unsafe")
    nell_brand = tw(B, "@nell_ashgrove Nell, I'm so sorry, that is not OK. We've blocked this driver from the app while our safety team looks into it, and they'll call you before 5pm today. If you ever feel in danger, call 999 first.",
                    reply_to=nell)
    SC("tlw-nell-he-is-outside", "thread-with-brand",
       tw("nell_ashgrove", "he's outside. same grey car, parked across from my flat with the engine running, 20 mins now. I'm scared to go out", reply_to=nell_brand),
       expect(RP, "urgent", "safety", "direct"), note="back in the brand's thread without @: the blocked driver waiting outside her home")

    # ---- Medical needs
    SC("tlw-insulin-pen-left-phone", "medical-urgent",
       tw("rhodri_penhale", f"@{B} left my insulin pen in the back of one of your cars last night, station to Elm Park about 11. it's my last one and the chemist is shut till Monday. please get the driver to ring me on 07700 900248",
          when="2027-01-09T09:12:05Z"),
       expect(RV, "urgent", "lost_property", "direct"),
       note="his last insulin pen (urgent) and his mobile number in public (answer privately)")
    SC("tlw-waters-broken-driver-cancelled", "medical-urgent",
       tw("tomasz_brn_dad", f"@{B} my wife's waters have just broken. the driver you sent pulled up, saw her and cancelled. now it says no cars available. we need to get to St Brannock's maternity NOW"),
       expect(RP, "urgent", "pickups", "direct"))
    SC("tlw-pt-dialise-agendada", "medical-urgent",
       tw("graca_lisbrn", f"@{B} olá! Faço diálise três vezes por semana no hospital de Brannock. Posso deixar uma viagem agendada para as 6h15 de segunda, quarta e sexta? E o motorista espera se a sessão atrasar?", lang="pt"),
       expect(RP, "urgent", "scheduled", "direct"), strict=False,
       note="Portuguese: a calm booking question about getting to dialysis. Urgent by 'a medical need, even a calm question "
            "about one'; a lead could also read it as an ordinary scheduling question (normal)")
    SC("tlw-wheelchair-dad-minus-three", "medical-urgent",
       tw("bryony_caddick", f"@{B} your driver took one look at my dad's wheelchair and drove off. he's 81, just discharged after a fall, it's minus 3 and we're stood outside A&amp;E with nothing else available for 40 mins"),
       expect(RP, "urgent", "accessibility", "direct"), note="a frail man just out of hospital left in the freezing cold")
    SC("tlw-rant-vaping-asthma", "medical-urgent",
       tw("shaz_kettering", "honestly Tallow Rides drivers are something else. this one vaped the whole way from town, windows up, some sickly mango thing. told him I'm asthmatic and he laughed. now sat on the wall outside my flat on my 4th puff of the inhaler and still can't get my breath"),
       expect(RP, "urgent", "conduct", "indirect"), note="a conduct rant that ends in an asthma attack happening now; named, not tagged")

    # ---- Threats against people
    SC("tlw-threat-driver-station", "threat-urgent",
       tw("gaz_brn_77", f"@{B} your driver chucked me out 2 miles from home in the rain cos I was 'too drunk'. I've got his reg and I know where your lot sit at the station. he'll get what's coming to him tonight"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against a named driver, with a complaint")
    SC("tlw-threat-driver-pop-back-round", "threat-urgent",
       tw("ffion_ap", f"@{B} driver said if I rated him under 5 stars he'd 'pop back round' cos he knows where I live now. I gave him 1 star. I'm home on my own tonight. what do I do"),
       expect(RP, "urgent", "conduct", "direct"), note="a driver's threat against a rider who knows her address")
    connor = tw("connor_hexley", "anyone else's Tallow cancel on them 3 times tonight or is it just me 🙃")
    SC("tlw-threat-brick-windscreen-thread", "threat-urgent",
       tw("deano_mcf", "@connor_hexley same. next tallow driver who cancels on me is getting a brick through his windscreen and me waiting for him when he gets out",
          reply_to=connor),
       expect(ANY, "urgent", "pickups", "third_party"), note="a threat against drivers inside someone else's thread")

    # ---- Near misses: figures of speech, a past incident, a court, a past assault
    SC("tlw-surge-killing-me", "complaint-direct",
       tw("bex_holroyd", f"@{B} 3.4x surge on a wet friday night?? you are actually killing me 💀 £31 for 3 miles"),
       expect(RP, "normal", "fares", "direct"), note="'killing me' is a figure of speech: an ordinary fare complaint")
    SC("tlw-news-driver-cleared-collision", "news-monitor",
       tw("BrannockEcho", "Tallow Rides driver cleared of dangerous driving over last year's Cobbett Road collision; the firm says it has since brought in fatigue checks {url:https://brannockecho.example/news/tallow-driver-cleared}"),
       expect(MON, "low", "safety", "indirect"), note="news of a past incident: not urgent")
    SC("tlw-cleaning-fee-small-claims", "legal-threat-not-urgent",
       tw("orla_mcgrane", f"@{B} you've charged me a £35 'cleaning fee' for sick in the car. I don't drink and I was in it for 8 minutes. I've got photos. refund it by Friday or it's the small claims court"),
       expect(RP, "high", "fares", "direct"))
    SC("tlw-driver-glassed-six-months", "complaint-indirect",
       tw("mo_siddiq_drv", "6 months since I got glassed by a passenger on a Saturday night shift. Tallow Rides sent me a £50 voucher and a 'we value our driver partners' email. not one call since. still can't face nights and my earnings have halved"),
       expect(RP, "normal", "drivers", "indirect"), strict=False,
       note="a driver partner's complaint about an assault six months ago: no present danger, so not urgent; "
            "a lead might call it a strong complaint (high)")

    # ---- The fat, the pub, the street, the cricketer, the band
    SC("tlw-common-candle-batch", "common-word",
       tw("wickworkcandles", "rendering beef tallow for the new candle batch and the whole shed smells like a chip shop 🕯️🍟 worth it though"),
       expect(IGN, "low", None, "none"))
    SC("tlw-common-roast-potatoes", "common-word",
       tw("roastspud_rob", "roast potatoes in beef tallow &gt; goose fat. I will not be taking questions at this time"),
       expect(IGN, "low", None, "none"))
    SC("tlw-namesake-tavern-quiz", "namesake",
       tw("TallowTavernBN", "Quiz night at the Tallow Tavern tonight from 8 🍻 £2 a head, cash prize and the landlord's famous scotch eggs. Bring a pen!",
          when="2027-01-08T14:10:00Z"),
       expect(IGN, "low", None, "none"))
    SC("tlw-namesake-street-water-main", "namesake",
       tw("brannock_roads", "Tallow Street closed both ways between the market and Quay Lane after a burst water main. Buses diverted via Mill Road, allow extra time",
          when="2027-01-09T07:35:12Z"),
       expect(IGN, "low", None, "none"), note="a street of the same name, in a travel update")
    SC("tlw-namesake-skipper-dom", "namesake",
       tw("lintwell_cc", "Congratulations to our skipper Dom Tallow on 200 games for the club 🏏 first round's on him, apparently",
          when="2027-01-10T10:40:26Z"),
       expect(IGN, "low", None, "none"), note="a surname")
    SC("tlw-namesake-band-cancel-refunds", "namesake",
       tw("gigsnotes_kb", "gutted. The Tallow Lights had to cancel tonight's Aldmoor show, van broke down on the M6. venue says refunds are automatic, new date TBC",
          when="2027-01-09T16:20:44Z"),
       expect(IGN, "low", ANY, "none"),
       note="a band of the same name, with 'cancel' and 'refunds' in it; the topic doesn't matter")

    # ---- A TV presenter's long way round, a joker, a repost
    zara = tw("ZaraQuillTV", f"Tallow Rides driver took me the long way round from Pellham airport last night. £74 on the meter, it's normally £38. Asked why and he said 'traffic'. There was no traffic. @{B}", when="2027-01-09T08:05:31Z",
              metrics={"retweet_count": 3100, "reply_count": 1240, "like_count": 22800, "quote_count": 410})
    SC("tlw-big-reach-presenter-long-way", "big-reach", zara, expect(RP, "high", "fares", "indirect"),
       note="1.4M followers; the handle at the end")
    SC("tlw-bystander-render-every-penny", "joke-bystander",
       tw("pun_mick_brn", "@ZaraQuillTV Tallow by name, tallow by nature. they'll render every last penny out of you 🕯️🐄", reply_to=zara,
          when="2027-01-09T08:31:09Z"),
       expect(IGN, "low", None, "third_party"))
    SC("tlw-repost-presenter", "repost", tw("keith_rts_brn", "", retweet=zara, when="2027-01-09T09:02:57Z"), expect(IGN, "low", "fares", "indirect"))

    # ---- Other people's conversations
    gig = tw("lou_gigwithme", "@sal_vickery how was the gig?? 🎶 jealous")
    SC("tlw-venting-gig-walked-home", "third-party-venting",
       tw("sal_vickery", "@lou_gigwithme amazing until the tallow driver cancelled on us 3 times and we walked home from Quayside in the rain. feet destroyed", reply_to=gig),
       expect(MON, "low", "pickups", "third_party"))
    tommo = tw("tommo_hale", "@jas_brnk get home ok last night?")
    SC("tlw-venting-48-quid-2am", "third-party-venting",
       tw("jas_brnk", "@tommo_hale eventually. never again with Tallow Rides, £48 from town to Pellham at 2am. surge was off its head", reply_to=tommo),
       expect(MON, "low", "fares", "third_party"))
    sanne = tw("sanne_kk", "@bram_vdheuvel en, nog goed thuisgekomen gisteren?", lang="nl")
    SC("tlw-nl-venting-geannuleerd", "third-party-venting",
       tw("bram_vdheuvel", "@sanne_kk uiteindelijk wel. Tallow heeft drie keer mijn rit geannuleerd en ik heb 40 minuten in de kou staan wachten 🥶", reply_to=sanne, lang="nl"),
       expect(MON, "low", "pickups", "third_party"), note="Dutch, to a friend: three cancellations and 40 minutes in the cold")
    ollie = tw("ollie_lintwell", "left my keys in a taxi last night, pretty sure it was a tallow. anyone know how you get stuff back??")
    SC("tlw-chatter-lost-item-tip", "third-party-chatter",
       tw("neve_brnk", "@ollie_lintwell report it in Tallow under Your trips &gt; Lost item, got my keys back the next day that way", reply_to=ollie),
       expect(MON, "low", "lost_property", "third_party"), note="a stranger's tip inside someone else's thread")
    gemma = tw("gemma_fairlie", "my 17yo wants to get a Tallow home from her first proper party on Saturday. are they safe for a girl on her own or do I just stay up and go and get her? 😬")
    SC("tlw-question-safe-for-teen", "question", gemma, expect(RP, "normal", "safety", "indirect"),
       note="a general question about the brand's safety, asked in public: worth answering, but nobody is in danger",
       known_miss="a parent asking everyone whether the service is safe for her daughter: read as asking others (monitor)")
    SC("tlw-chatter-share-trip-map", "third-party-chatter",
       tw("dev_amara_k", "@gemma_fairlie my daughter uses Tallow after her late shifts, never had a problem. get her to share the trip with you and you can watch the car on the map the whole way",
          reply_to=gemma),
       expect(MON, "low", "app", "third_party"))

    # ---- Sarcasm, and a complaint with no complaint words
    SC("tlw-sarcasm-two-min-away", "sarcasm-customer",
       tw("fenella_grist", f"@{B} love that my driver has been '2 min away' for 25 minutes now. time is a construct I suppose 🙂"),
       expect(RP, "normal", "pickups", "direct"))
    SC("tlw-sarcasm-demand-is-high", "sarcasm-customer",
       tw("kieran_blyth", "what a treat to pay £19 for a 6 minute trip because 'demand is high'. cheers Tallow, really feeling the love 🥰"),
       expect(RP, "normal", "fares", "indirect"), note="sarcasm with no complaint word; named, not tagged")
    SC("tlw-three-roundabouts-meter", "complaint-direct",
       tw("petra_lunn", f"@{B} 40 minutes in the back of one of your cars going round the same three roundabouts. I'm now back where I started and the meter says £31."),
       expect(RP, "normal", "fares", "direct"), note="a complaint told as plain facts, no complaint word")

    # ---- Private details, and a fake support account
    SC("tlw-laptop-bag-thesis-phone", "private-details",
       tw("hollis_brnk", f"@{B} left my laptop bag in the car, Quayside to Elm Park just after 9 tonight, driver Kwame, silver Prius. please call me on 07700 900512, my whole thesis is on it 😭",
          when="2027-01-09T21:38:02Z"),
       expect(RV, "normal", "lost_property", "direct"), note="a mobile number in public")
    saoirse = tw("saoirse_kq", f"@{B} you've charged me twice for Saturday's trip, both £18.40 payments came out of card 5555 5555 5555 4444. can one be refunded please")
    SC("tlw-charged-twice-card-number", "private-details", saoirse, expect(RV, "normal", "fares", "direct"), note="a full card number in public")
    SC("tlw-spam-fake-support-card", "spam",
       tw("TallowHelpDsk", "@saoirse_kq Hi Saoirse 👋 Tallow Rides support here, so sorry about that! For an instant refund just DM us your full card details and the code we text you 👉 {url:https://tallow-refund-desk.example/claim}",
          reply_to=saoirse),
       expect(IGN, "low", "fares", "third_party"), note="a fake support account fishing for card details in a customer's thread")
    SC("tlw-account-locked-email-dob", "private-details",
       tw("jamal_abara", f"@{B} my account's been locked after a 'suspicious login'. the email on it is jamal.abara@example.com, DOB 03/11/1990. can someone unlock it, I finish work at 2am and there's no buses"),
       expect(RV, "normal", "app", "direct"), note="an email address and a date of birth in public")
    SC("tlw-it-indirizzo-pin-sbagliato", "private-details",
       tw("giulia_ferrante", f"@{B} buonasera, i vostri autisti non trovano mai casa mia, il pin sulla mappa è sbagliato. Abito in 14 Carrow Close, Brannock BN2 4LT. Stasera ho aspettato 30 minuti e poi corsa annullata!", lang="it"),
       expect(RV, "normal", "pickups", "direct"), note="Italian: her home address in public")

    # ---- The brand's own support line, quoted
    SC("tlw-hotline-suitcase-on-hold", "public-hotline-number",
       tw("wes_calloway", f"rang @{B} on 0808 157 0462 about the suitcase I left in one of your cars, 50 mins on hold then it cut me off. is anyone actually there"),
       expect(RP, "normal", "lost_property", "indirect"), strict=False, note="the number is the brand's own support line")
    SC("tlw-hotline-rings-out-refund", "public-hotline-number",
       tw("marnie_skelton", f"@{B} 0808 157 0462 just rings out every time I try to ask about a refund for a trip that never turned up. is it even a real number"),
       expect(RP, "normal", "fares", "direct"), strict=False, note="the number is the brand's own support line")

    # ---- The brand's SOS post: a question under it, a repost
    sos = tw(B, "New in the app 💜 share your trip live with up to 5 people, and tap the shield for SOS. If you're ever in danger, call 999 first, then tell us.")
    SC("tlw-brand-sos-post", "brand-own-post", sos, expect(IGN, "low", "safety", "none"))
    SC("tlw-sos-question-police", "question-in-reply-to-brand",
       tw("ravi_ostler", "does the SOS send my location to the police or only to you lot?", reply_to=sos),
       expect(RP, "normal", "safety", "direct"), note="a question about a safety feature, not an emergency")
    SC("tlw-repost-sos", "repost", tw("lina_sharesloc", "", retweet=sos), expect(IGN, "low", "safety", "indirect"))

    # ---- The brand's airport post: a question under it, a quote
    airport = tw(B, "Off somewhere this weekend? ✈️ Schedule your airport run up to 30 days ahead, with the price locked the moment you book.",
             when="2027-01-08T09:00:00Z")
    SC("tlw-surcharge-on-locked-price", "question-in-reply-to-brand",
       tw("tilda_marchbank", "does the locked price include the airport surcharge or is that added on at the end?", reply_to=airport,
          when="2027-01-08T10:12:40Z"),
       expect(RP, "normal", "fares", "direct"))
    SC("tlw-quote-price-locked", "quote",
       tw("femi_adeyinka", "'price locked the moment you book' 🙃 booked Pellham airport for 5am, 'driver running late' at 5:10, new higher price at 5:25. got a black cab and nearly missed my flight",
          quote=airport, when="2027-01-10T07:02:18Z"),
       expect(RP, "normal", "scheduled", "indirect"), strict=False, note="quotes the brand's post without tagging it; sarcastic")

    # ---- Praise
    SC("tlw-praise-precious-waited-door", "praise",
       tw("ellen_ashdown_b", f"Massive thanks to @{B} driver Precious who stayed outside till I'd got my front door open at 1am and flashed her lights so I knew she was still there. made me feel so safe 💜"),
       expect(RP, "low", "safety", "indirect"), note="thanks that mentions safety: nothing is wrong")
    SC("tlw-es-gracias-cartera", "praise",
       tw("nacho_brn", f"¡Mil gracias @{B}! Olvidé la cartera en el coche y me la devolvieron en menos de dos horas 🙏", lang="es"),
       expect(RP, "low", "lost_property", "indirect"), note="Spanish thanks for a returned wallet")

    # ---- Other languages
    SC("tlw-fr-vol-demain-5h", "non-english",
       tw("celine_bouvier", f"@{B} bonjour, je peux réserver une voiture pour demain 5h ? J'ai un vol à 7h40 depuis Pellham. Merci d'avance", lang="fr"),
       expect(RP, "normal", "scheduled", "direct"))
    SC("tlw-de-stornogebuehr", "non-english",
       tw("frieda_kohlbrnr", f"@{B} Warum wurde mir eine Stornogebühr berechnet? Der Fahrer ist nie gekommen, ich habe 15 Minuten gewartet.", lang="de"),
       expect(RP, "normal", "fares", "direct"), note="German: a cancellation fee for a driver who never came")

    # ---- Regulator and abuse
    SC("tlw-guide-dog-council-solicitor", "legal-threat-not-urgent",
       tw("aled_guidedog", f"3rd refusal this month because of my guide dog. That's against the Equality Act. I've reported @{B} to the council licensing team and I'm speaking to a solicitor on Monday."),
       expect(RP, "high", "accessibility", "indirect"), note="tagged in passing; repeated refusals with a regulator and a solicitor")
    SC("tlw-abuse-thieving-clowns", "abuse-with-problem",
       tw("kyle_sturrock", f"@{B} you absolute shower of thieving clowns. 3x surge for 2 miles because it's drizzling. sort your pricing out you robbing gits"),
       expect(RP, "high", "fares", "direct"))

    # ---- Chatter, in passing, odd input, an outage
    SC("tlw-chatter-grey-skodas", "chatter-monitor",
       tw("oisin_brnk", "every Tallow Rides driver in Brannock has the same grey Skoda and the same pine tree air freshener. is it a franchise thing or"),
       expect(MON, "low", None, "indirect"),
       known_miss="topic: 'pine' stems to the keyword 'pin' (pickups)")
    SC("tlw-in-passing-services-meal-deal", "complaint-in-passing",
       tw("bethan_quarrie", f"great start: boiler packed in, missed the bin men, and @{B} forgot my scheduled airport run so I'm in a services car park at 5am eating a meal deal. thriving ✨",
          when="2027-01-11T05:21:37Z"),
       expect(RP, "normal", "scheduled", "indirect"))
    SC("tlw-html-promo-code-box", "html-entities",
       tw("dev_oyelaran", f"@{B} the promo code box shows &lt;img src=x onerror=alert(1)&gt; when I paste my code &amp; the price doesn't change. is TALLOW10 still valid?"),
       expect(RP, "normal", "fares", "direct"))
    SC("tlw-app-down-cant-log-in", "complaint-direct",
       tw("nico_brannock", f"@{B} is the app down? won't load, can't log in, been trying for 20 mins and I've got to be at work for 7",
          when="2027-01-11T06:32:50Z"),
       expect(RP, "high", "app", "direct"), note="an outage")
    return brand


BRANDS["tallow-rides"] = ("TallowRides", 4123456712, build_tallow_rides)
