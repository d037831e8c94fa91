# Pylon Charge: a made-up electric-vehicle charging network with rapid and ultra-rapid hubs
# at motorway services (Wexcombe, Ashmoor, Carnforth Moor, Haldon Gap, Shap Moor) and in
# supermarket car parks (Fairlow's at Brindleford and Lancaster, Greystoke Lane, Tollbury),
# an app that finds hubs, starts sessions and takes payment, contactless at newer units, the
# "Boost" monthly subscription and RFID cards. A 24-hour control room looks after drivers in
# trouble: sparks, burning smells, damaged cables, drivers stranded with a flat battery at
# night, medical needs and threats at the hubs. "Pylon" is also the everyday electricity
# pylon, a building in the strategy game "Starfall Dominion", an indie band, the Pylon Inn
# and the Pylon Climbing Centre: none of them is the charging network.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is a
# January cold snap, when batteries lose range, queues grow and drivers get stuck at night.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, hub, account
# number, phone number, card number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_pylon_charge():
    global CURRENT_BRAND, CLOCK
    brand = Brand("pylon-charge", SCEN_DIR / "pylon-charge.plan.toml", "PylonCharge", 4323456730, 1861220000000003401)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-01-17T05:30:00Z")
    B = "PylonCharge"
    user(B, "Pylon Charge", 4323456730,
         "⚡ Pylon Charge: rapid EV charging at 300+ hubs at motorway services and supermarkets. Here 7am–11pm. "
         "Unsafe charger or stranded? Our 24h control room: 0808 157 0733. Never post card details here.",
         61_300, following=740, tweets=98_000, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8540100000 + _n[0] * 4129, bio, followers, **kw)

    person("jess_okoro_ev", "Jess Okoro", "Community nurse. Drives a very tired Corsa-e between patients.", 410)
    person("rhys_tandy", "Rhys Tandy", "Field sales. 40k miles a year, all electric, mostly swearing.", 880)
    person("mags_winterbrn", "Margaret Winterbourne", "Retired headteacher. Grandmother of five. New to electric and not ashamed to ask.", 130)
    person("dev_kapoor_qa", "Dev Kapoor", "Software tester. I find bugs so you don't have to.", 1200)
    person("leanne_foy", "Leanne Foy", "Mum of two. School run in a secondhand ID.3.", 260)
    person("ollie_strand_ev", "Ollie Strand", "Plumber. The van's electric now, God help me.", 340)
    person("carys_pugh_rn", "Carys Pugh", "Welsh. Nurse. Night shifts and motorway services.", 290)
    person("gary_b_cabs", "Gary Brindle", "Taxi driver, Brindleford. Says what he thinks.", 230)
    person("tomasz_wrona", "Tomasz Wrona", "Delivery driver. 200 drops a day.", 150)
    person("amelia_hartigan", "Amelia Hartigan", "Wheelchair user. Disability rights. Drives a converted Kia with a ramp.", 2300)
    person("ken_ashworth_en", "Kenneth Ashworth", "Retired electrical engineer. Pedant about volts.", 220)
    person("priya_lal_t1d", "Priya Lal", "Accountant. Type 1 since I was 9. Road trips.", 530)
    person("sam_rooke", "Sam Rooke", "", 40)
    person("femi_adeyemi_ev", "Femi Adeyemi", "Dad of three. Electric since 2024. Spurs.", 310)
    person("voltvance", "Chris Vance | EV Reviews", "Honest EV reviews and charging road tests. 940k here, 2.1m on YouTube.",
           940_000, following=1100, listed=3800, verified=True)
    person("harriet_motors", "Harriet Lane", "Motoring editor. Car reviews, road trips and the occasional rant.",
           410_000, following=2200, listed=2900, verified=True)
    person("dai_probert", "Dai Probert", "Sheep farmer, mid Wales. Electric pickup, don't ask.", 180)
    person("zoe_tranter_law", "Zoe Tranter", "Paralegal. I read the small print so you don't have to.", 610)
    person("elaine_mccrory", "Elaine McCrory", "Full-time carer for my dad. Tea.", 140)
    person("hugo_pennant", "Hugo Pennant", "Architect. Cyclist. Reluctant driver.", 470)
    person("tash_bellwood", "Tash Bellwood", "Mobile hairdresser. Basically live in the car.", 620)
    person("marisol_vega_uk", "Marisol Vega", "Sevillana en Leeds. Enfermera.", 390)
    person("kai_hollmann", "Kai Hollmann", "Hamburger in Lancaster. Fährt elektrisch.", 210)
    person("margaux_leroy", "Margaux Leroy", "Parisienne à Manchester. Cheffe de projet.", 330)
    person("giulia_fabbri", "Giulia Fabbri", "Bolognese a Bristol. Moglie di Marco, mamma di Leo.", 270)
    person("bram_de_wit_yk", "Bram de Wit", "Utrechter in York. Eerst fiets, nu ook EV.", 190)
    person("joana_pires_ldn", "Joana Pires", "Do Porto para Londres.", 450)
    person("PylonChargeHelp", "Pylon Charge Support ✅", "Official 24/7 support for Pylon Charge ⚡ DM for instant refunds", 27,
           following=3900)
    person("ev_giveawayz", "EV Giveaways 🎁⚡", "Daily EV giveaways! Follow + RT to win", 6100, following=4950)
    person("pyln_moon", "PYLN Token 🚀", "$PYLN to the moon. Not financial advice.", 3300, following=4800)
    person("brindleford_pst", "Brindleford Post", "News for Brindleford and the Wexcombe valley since 1871.", 41_000,
           following=800, verified=True)
    person("chargept_weekly", "Charge Point Weekly", "News for the EV charging industry.", 58_000, following=1300, verified=True)
    person("derek_dadjokes", "Derek Shaw", "Dad jokes. Mostly bad.", 260)
    person("nell_quips", "Nell Harker", "Bad puns, good intentions.", 380)
    person("lattice_lucy", "Lucy Aldred", "Pylon Appreciation Society. Hills, wires and flasks of tea.", 2100)
    person("rts_morrigan", "Morrigan", "Streams RTS games badly. Starfall Dominion ranked grind.", 5400)
    person("gig_lou", "Lou Tennant", "Gigs every weekend. Ears ringing since 2009.", 720)
    person("quiz_gav", "Gav Lomax", "Pub quiz captain. Knows every capital, no phone numbers.", 190)
    person("crimpy_cat", "Cat Ingleby", "Boulderer. Chalk everywhere.", 880)
    person("rachel_ebbs", "Rachel Ebbs", "Primary teacher. Gran lives in Penrith, sadly.", 230)
    person("ben_gatley", "Ben Gatley", "Thinking about going electric. Convince me.", 160)
    person("aisha_rahman_rx", "Aisha Rahman", "Pharmacist. Mum. Always on the M6.", 300)
    person("stu_mcandrew", "Stuart McAndrew", "Electrician. Dog dad.", 410)
    person("mira_pentests", "Mira Castell", "Pentester. I break web forms for a living.", 2900)
    person("hannah_quince", "Hannah Quince", "Wedding photographer. Up and down the M6 every weekend.", 1500)
    person("joel_marr", "Joel Marr", "Bass player. Hates motorways.", 300)
    person("fran_ibbotson", "Fran Ibbotson", "District nurse. Mum. Tired.", 200)
    person("paddy_lyle", "Paddy Lyle", "Van man. Electric since the clean air zone.", 130)
    person("sunita_varma", "Sunita Varma", "Daughter of an 81 year old who refuses to stop driving.", 240)
    person("gordon_fleck", "Gordon Fleck", "", 55)
    person("bev_whitlock", "Bev Whitlock", "Nan, knitter, Brindleford.", 90)
    person("lee_hurrell", "Lee Hurrell", "", 35)

    # ---- Sunday night into Monday 17 January: a cold snap -----------------------------------
    stranded = tw("leanne_foy", f"@{B} it's 11:40pm at Haldon Gap services and all 4 of your rapids are offline. I've got 3% left, it's -4 and freezing, and my two kids (2 and 6) are asleep in the back. next hub is 38 miles away. I'm stranded, what am I supposed to do??",
                  when="2028-01-16T23:41:12Z")
    SC("pyl-stranded-haldon-kids-night", "safety-urgent", stranded, expect(RP, "urgent", "safety", "direct"),
       note="a mother and two small children stuck at a services at midnight in sub-zero cold with no charge: "
            "a safety risk, even though the cause is a fault")
    stranded_brand = tw(B, "@leanne_foy Leanne, I'm so sorry. Stay in the car with the doors locked and the heating low. Our control room is restarting units 1 and 2 remotely now, and our recovery partner is on the way to you, about 45 minutes. I'll stay on here with you.",
                        reply_to=stranded, when="2028-01-16T23:49:40Z")
    SC("pyl-stranded-thanks-but", "thread-with-brand",
       tw("leanne_foy", "unit 2 came back on after your restart, 40% now and heading home, kids didn't even wake up. thank you. but 4 dead units at a motorway services in January isn't ok and someone needs to look at why",
          reply_to=stranded_brand, when="2028-01-17T00:58:03Z"),
       expect(RP, "normal", "faults", "direct"), strict=False,
       note="back in the brand's thread without @, safe now: thanks plus a fair complaint about the units; "
            "normal as a complaint, though a lead could call it praise (low)")
    SC("pyl-sparks-ccs-wexcombe", "safety-urgent",
       tw("ollie_strand_ev", f"@{B} unit 5 at Wexcombe services M6 northbound: sparks came out of the CCS connector when I plugged in, then a burning smell. I've pulled it out and moved the van but there's a bloke about to use it. it's dangerous, can you switch it off remotely??",
          when="2028-01-17T07:05:26Z"),
       expect(RP, "urgent", "safety", "direct"))
    slow = tw("rhys_tandy", f"@{B} 'ultra rapid 150kW' at Ashmoor and I got 38 kW for 50 minutes. I've got appointments all day and a 40 minute top up turned into an hour and a half. what's the point",
              when="2028-01-17T08:10:44Z")
    SC("pyl-complaint-slow-38kw", "complaint-direct", slow, expect(RP, "normal", "faults", "direct"))
    slow_brand = tw(B, "@rhys_tandy Sorry Rhys, that's well below what it should give you. Which unit were you on? I'll get our engineers to pull its logs today.",
                    reply_to=slow, when="2028-01-17T08:26:19Z")
    SC("pyl-thread-unit-six-costa", "thread-with-brand",
       tw("rhys_tandy", "unit 6, the one nearest the Costa. 2nd time it's done that to me this month. moved to unit 3 and that's doing 41 kW, slow as anything",
          reply_to=slow_brand, when="2028-01-17T08:39:51Z"),
       expect(RP, "normal", "faults", "direct"), note="answers the brand's question without @; the problem is still there",
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: replies to @PylonCharge: the customer is talking to the brand | complaint (0.51) | repeat contact | topic faults: 'kw', 'slow'")
    SC("pyl-in-passing-monday-patients", "complaint-in-passing",
       tw("fran_ibbotson", f"Monday so far: boiler packed in, the dog ate a sock, and the @{B} app crashed three times before it would start a session so I was 20 mins late for my first patient. brilliant",
          when="2028-01-17T08:52:07Z"),
       expect(RP, "normal", "app_account", "indirect"),
       note="the brand tagged in the middle of a bad morning; 'patient' is her job, not a medical need")
    price = tw(B, "From 1 February our pay-as-you-go price at ultra-rapid hubs moves to 79p per kWh, and Boost members pay 59p. We've held prices for 14 months; energy costs haven't. Full details are in the app ⚡",
               when="2028-01-17T10:00:00Z")
    SC("pyl-brand-own-price-change", "brand-own-post", price, expect(IGN, "low", "payments", "none"))
    SC("pyl-quote-champagne-prices", "quote",
       tw("hugo_pennant", "'we've held prices for 14 months' and now it's 79p per kWh. cheaper to run the car on champagne 🥂", quote=price,
          when="2028-01-17T10:31:45Z"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcasm about the new price is a complaint")
    SC("pyl-q-reply-price-midnight", "question-in-reply-to-brand",
       tw("femi_adeyemi_ev", f"@{B} if I start a session at 11pm on 31 January and it finishes after midnight, which price do I pay, the old one or the new one?",
          reply_to=price, when="2028-01-17T10:47:12Z"),
       expect(RP, "normal", "payments", "direct"))
    SC("pyl-repost-price-change", "repost", tw("sam_rooke", "", retweet=price, when="2028-01-17T11:02:38Z"),
       expect(IGN, "low", "payments", "indirect"))
    SC("pyl-q-contactless-no-smartphone", "question",
       tw("mags_winterbrn", f"@{B} Hello, I am new to my electric car. My grandson says everyone uses an app but I don't have a smartphone. Can I just tap my bank card contactless at the Brindleford Fairlow's hub, and will I get a receipt? Thank you, Margaret",
          when="2028-01-17T11:05:33Z"),
       expect(RP, "normal", "payments", "direct"))
    SC("pyl-sarcasm-queue-community", "sarcasm-customer",
       tw("tash_bellwood", f"love a 45 minute queue at @{B} Wexcombe on a Monday lunchtime. really brings people together, three of us have swapped life stories and a sausage roll. community initiative of the year 👏",
          when="2028-01-17T12:15:09Z"),
       expect(RP, "normal", "sites", "indirect"), note="sarcasm: a complaint about the queue")
    SC("pyl-es-sparks-burning-smell", "safety-urgent",
       tw("marisol_vega_uk", f"@{B} en el Fairlow's de Brindleford el conector del punto 2 echa chispas y hay olor a quemado. He avisado al súper pero dicen que no es cosa suya. Es peligroso, hay niños alrededor.",
          lang="es", when="2028-01-17T13:20:48Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a sparking connector and a burning smell with children nearby")
    SC("pyl-it-wheelchair-step-cable", "non-english",
       tw("giulia_fabbri", f"@{B} mio marito è in sedia a rotelle e guida da solo. All'hub di Tollbury le colonnine sono su un gradino e il cavo è troppo pesante per lui. Nessuno del personale lo aiuta. Non è accessibile per niente.",
          lang="it", when="2028-01-17T15:40:16Z"),
       expect(RP, "normal", "accessibility", "direct"),
       note="Italian: a wheelchair user can't reach or lift the equipment; an access complaint, nobody is in danger")
    big = tw("voltvance", f"Road test day 1. Arrived at @{B}'s flagship Wexcombe hub: 12 of the 20 rapids out of order or offline, a queue of 15 cars, and the one I got throttled me to 40 kW. Video tomorrow. This is exactly what puts people off going electric.",
             when="2028-01-17T17:30:22Z",
             metrics={"retweet_count": 3900, "reply_count": 1400, "like_count": 27000, "quote_count": 410})
    SC("pyl-big-reach-wexcombe-offline", "big-reach", big, expect(RP, "high", "faults", "indirect"),
       note="940k followers; the handle inside a post to everyone")
    SC("pyl-repost-road-test", "repost", tw("ben_gatley", "", retweet=big, when="2028-01-17T17:52:40Z"),
       expect(IGN, "low", "faults", "indirect"))
    big_brand = tw(B, "@voltvance Chris, that's a fair hit. Our engineers have been on site since 6pm: 9 of the 12 are back and the throttled unit gets a new power module tomorrow morning. I'll DM you the full fault log so you can see exactly what failed.",
                   reply_to=big, when="2028-01-17T19:05:11Z")
    SC("pyl-brand-reply-road-test", "brand-own-post", big_brand, expect(IGN, "low", "faults", "none"))
    tash_stuck = tw("tash_bellwood", "sat at Ashmoor again with the van on 9%, client's at 2 and the thing won't even start a session 🙃",
                    when="2028-01-17T13:40:00Z")
    SC("pyl-joke-field-doing-nothing", "joke-bystander",
       tw("derek_dadjokes", "@tash_bellwood what do you expect from a company named after something that stands in a field all day doing nothing. Pylon? more like Pile-on 😂",
          reply_to=tash_stuck, when="2028-01-17T14:02:31Z"),
       expect(IGN, "low", None, "third_party"), note="a pun by a bystander in someone else's thread")
    jess_late = tw("jess_okoro_ev", "third morning since Christmas that Greystoke Lane had no power at all when I turned up. late for my visits again",
                   when="2028-01-17T09:15:00Z")
    SC("pyl-joke-no-current", "joke-bystander",
       tw("nell_quips", "@jess_okoro_ev a Pylon with no current? how shocking ⚡ I'll get my coat",
          reply_to=jess_late, when="2028-01-17T09:41:18Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun in someone else's conversation",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("pyl-type1-hypo-carnforth-private", "medical-urgent",
       tw("priya_lal_t1d", f"@{B} I'm at Carnforth Moor services, every rapid says fault and I've got 6 miles of range. I'm type 1 diabetic, my hypo kit is nearly used up and the shop here shuts at 10. please ring me on 07700 900127, I'm on my own",
          when="2028-01-17T21:58:37Z"),
       expect(RV, "urgent", "safety", "direct"),
       note="a diabetic woman alone at night with her hypo supplies running out, and she has posted her mobile number: "
            "urgent, and the reply belongs in private")
    SC("pyl-namesake-band-corn-exchange", "namesake",
       tw("gig_lou", "Pylon at the Corn Exchange tonight 🤯 loudest band I've seen since 2019, the bass went right through my ribs. electric. ears will be ringing till Thursday",
          when="2028-01-17T23:10:55Z"),
       expect(IGN, "low", None, "none"), note="the band; 'electric' is praise for a gig")

    # ---- Tuesday 18 January -----------------------------------------------------------------
    SC("pyl-common-pylon-top-field", "common-word",
       tw("dai_probert", "frost on every blade of grass this morning and the pylon in the top field humming away like an old fridge. the ewes don't care, they're used to it",
          when="2028-01-18T07:30:14Z"),
       expect(IGN, "low", None, "none"), note="the electricity pylon")
    crawl = tw("carys_pugh_rn", f"@{B} unit 1 at Greystoke Lane is crawling along at 22 kW on a 50 kW unit. any chance of an engineer?",
               when="2028-01-18T06:20:31Z")
    crawl_brand = tw(B, "@carys_pugh_rn Morning Carys, thanks for flagging it. I've raised a fault on unit 1 and an engineer is booked for Thursday. Unit 3 should give you the full 50 kW in the meantime.",
                     reply_to=crawl, when="2028-01-18T07:05:02Z")
    SC("pyl-thread-shock-off-handle", "safety-urgent",
       tw("carys_pugh_rn", "moved to unit 3 like you said and when I unplugged I got a proper electric shock off the handle. my fingers are still tingling and there's a black scorch mark on it. that's dangerous, someone needs to switch it off before a kid touches it",
          reply_to=crawl_brand, when="2028-01-18T07:31:47Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="in the brand's thread with no @: a slow-charging report turned into an electric shock from the unit the brand suggested")
    SC("pyl-threat-site-host-jaw", "threat-urgent",
       tw("gary_b_cabs", "the so-called 'site host' at Pylon Wexcombe told me to move my cab off the bay halfway through my session and laughed when I argued. if he's on shift Friday I'm going to break his jaw, swear on my kids. tell him to stay out of my way",
          when="2028-01-18T09:40:29Z"),
       expect(ANY, "urgent", "sites", "indirect"),
       note="a threat to hurt a member of staff, with a complaint: only the priority is strict")
    SC("pyl-indirect-preauth-pending", "complaint-indirect",
       tw("zoe_tranter_law", "Pylon took a £50 pre-authorisation for a £9.40 session last Tuesday and it's still sitting on my bank statement as pending a week later. That's my food shop, thanks very much.",
          when="2028-01-18T10:15:52Z"),
       expect(RP, "normal", "payments", "indirect"), note="names the brand without tagging it, about her own money")
    SC("pyl-dialysis-reserve-question", "medical-urgent",
       tw("elaine_mccrory", f"@{B} hi, is there any way to book or reserve a charger at Wexcombe? I drive my dad to dialysis at the hospital in Preston three mornings a week and if we're stuck in a queue he misses his slot. he can't miss sessions",
          when="2028-01-18T10:50:36Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a calm question, but about getting to a life-sustaining treatment on time",
       known_miss="round 10, not met yet: topic: want \"safety\", got sites; the engine read: addressed to @PylonCharge | complaint (0.62) | a medical need: urgent | topic sites: 'queue', 'queues', 'queued'")
    SC("pyl-private-card-billed-twice", "private-details",
       tw("aisha_rahman_rx", f"@{B} you've billed me twice for one session at Ashmoor on Sunday, £31.62 x2. card is 5555 5555 5555 4444, account PC-448210-7. I want a refund please, ring me on 07700 900482 after 6",
          when="2028-01-18T11:30:08Z"),
       expect(RV, "normal", "payments", "direct"), note="a full card number, an account number and a mobile number in public")
    SC("pyl-de-ladesaeulen-defekt", "non-english",
       tw("kai_hollmann", f"@{B} Schon wieder: in Lancaster (Fairlow's) sind 3 von 4 Ladesäulen defekt, die vierte bricht nach 2 Minuten mit Fehlermeldung E-42 ab. Ich fahre jeden Tag zur Arbeit und verliere jedes Mal eine Stunde. Wann kommt ein Techniker?",
          lang="de", when="2028-01-18T12:10:41Z"),
       expect(RP, "normal", "faults", "direct"), note="German: broken units and an error code, a question when an engineer comes")
    SC("pyl-abuse-clowns-fourth-broken", "abuse-with-problem",
       tw("stu_mcandrew", f"@{B} you absolute clowns. 4th broken charger in 5 days. I'm an electrician doing 300 miles a week between jobs and every time your junk is out of order I lose a job. sort your f***ing network out",
          when="2028-01-18T13:00:17Z"),
       expect(RP, "high", "faults", "direct"), note="rude, with a real and repeated problem that costs him work")
    SC("pyl-lone-woman-unlit-tollbury", "safety-urgent",
       tw("tash_bellwood", f"@{B} all the lights are out at your Tollbury hub, it's pitch black, I'm on my own and a man in a van has been parked next to me watching me for 20 minutes. I need another 35 mins to get home. I'm actually scared",
          when="2028-01-18T21:50:03Z"),
       expect(RP, "urgent", "safety", "direct"), note="a woman alone at night at an unlit hub, watched by a stranger")
    SC("pyl-namesake-pylon-inn-quiz", "namesake",
       tw("quiz_gav", "Tuesday quiz at the Pylon Inn: came 2nd, lost on a tiebreak about the height of Big Ben. no queue at the bar for once, small mercies 🍺",
          when="2028-01-18T22:20:44Z"),
       expect(IGN, "low", "sites", "none"), note="the pub; 'queue' is a plan keyword, so the topic follows it")

    # ---- Wednesday 19 January ---------------------------------------------------------------
    SC("pyl-car-fire-ashmoor-bystander", "safety-urgent",
       tw("hannah_quince", "there's a car on fire at one of the Pylon chargers at Ashmoor services right now, black smoke everywhere, fire brigade on the way. it was plugged in. if you're heading there, don't, everyone's been moved back to the petrol station",
          when="2028-01-19T08:05:39Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a fire at a hub, happening now, told to everyone without a tag")
    hub = tw(B, "Our new Haldon Gap hub is open ⚡ 16 ultra-rapid bays, a canopy to keep you dry, toilets and a coffee kiosk open 24/7. It's on the map in the app now.",
             when="2028-01-19T09:00:00Z")
    SC("pyl-q-reply-hub-toilets-night", "question-in-reply-to-brand",
       tw("rachel_ebbs", "is the new bit all under the canopy, and are the toilets open through the night? my mum does the A30 at silly o'clock and won't stop anywhere without a loo",
          reply_to=hub, when="2028-01-19T09:34:27Z"),
       expect(RP, "normal", "sites", "direct"), note="a question in reply to the brand's post, no @")
    SC("pyl-legal-small-claims-idle-fees", "legal-threat-not-urgent",
       tw("gordon_fleck", f"@{B} £186 in idle fees since October, every one because your units wouldn't release the cable at the end of a session. disputed 4 times, ignored 4 times. I want a full refund. small claims papers go in Friday and Trading Standards have the lot",
          when="2028-01-19T10:20:58Z"),
       expect(RP, "high", "payments", "direct"), note="court and regulator: a strong complaint, not urgent")
    SC("pyl-legal-opss-price-display", "legal-threat-not-urgent",
       tw("ken_ashworth_en", "Pylon's units at Tollbury don't show the price per kWh until after the session. That's a breach of the Public Charge Point Regulations 2023 and I've reported it to the OPSS with photos.",
          when="2028-01-19T11:00:12Z"),
       expect(RP, "high", "payments", "indirect"), note="a regulator complaint naming the brand without tagging it")
    SC("pyl-news-ashmoor-car-fire", "news-monitor",
       tw("chargept_weekly", "Car fire at Pylon Charge's Ashmoor hub this morning: no one was injured and the fire service says the cause is under investigation. Part of the site remains shut while it is checked {url:https://chargepointweekly.example/pylon-ashmoor-fire}",
          when="2028-01-19T14:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a fire that is over, with nobody hurt: monitor")
    SC("pyl-fr-preleve-deux-fois", "non-english",
       tw("margaux_leroy", f"@{B} bonjour, j'ai été prélevée deux fois pour la même session à Wexcombe samedi (2 x 27,80 £). J'attends toujours le remboursement et personne ne répond à mes mails. Merci de rembourser le double paiement.",
          lang="fr", when="2028-01-19T12:30:24Z"),
       expect(RP, "normal", "payments", "direct"), note="French: taken twice for one session, no refund yet",
       known_miss="round 10, not met yet: priority: want \"normal\", got low; the engine read: addressed to @PylonCharge | praise: thank them | topic payments: 'prélevée', 'deux fois', 'remboursement', 'rembourser', 'paiement'")
    SC("pyl-pt-cancel-boost-in-app", "question",
       tw("joana_pires_ldn", f"@{B} olá! Posso cancelar a assinatura Boost pela app? Não encontro a opção em lado nenhum e a mensalidade renova dia 1.",
          lang="pt", when="2028-01-19T13:10:49Z"),
       expect(RP, "normal", "memberships", "direct"), note="Portuguese: how to cancel the subscription")
    SC("pyl-accessible-bay-petrol-car", "complaint-direct",
       tw("amelia_hartigan", f"@{B} the only accessible wide bay at Brindleford Fairlow's has had a petrol car in it every time I've been this month. it's the only one where I can get my wheelchair ramp down. what are you actually going to do about it?",
          when="2028-01-19T14:02:33Z"),
       expect(RP, "normal", "accessibility", "direct"), note="a disabled driver shut out of the only bay she can use")
    onhold = tw("paddy_lyle", f"@{B} rang 0808 157 0733 three times today about a refund for a session that never started. 40 minutes on hold every time then cut off",
                when="2028-01-19T15:20:16Z")
    SC("pyl-hotline-on-hold-refund", "public-hotline-number", onhold,
       expect(RP, "normal", "payments", "direct"), strict=False,
       note="the brand's own helpline number is not a private detail; three calls in a day could also read as high")
    SC("pyl-spam-fake-support-refund", "spam",
       tw("PylonChargeHelp", "@paddy_lyle Hi Paddy! Pylon Charge support here ⚡ we can process your refund today. DM us your card number, expiry and the 3 digit code for an instant payout ✅",
          reply_to=onhold, when="2028-01-19T15:22:05Z"),
       expect(IGN, "low", "payments", "third_party"), note="a fake support account fishing for card details under a real customer's post")
    SC("pyl-threat-knife-queue-ashmoor", "threat-urgent",
       tw("femi_adeyemi_ev", f"@{B} a bloke at Ashmoor has just pulled a knife on a lad who 'jumped the queue' for unit 2. we're all locked in our cars, police are on their way. there's no staff here at all. please do something",
          when="2028-01-19T18:45:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="a weapon drawn on another customer, right now",
       known_miss="round 10, not met yet: topic: want \"safety\", got sites; the engine read: addressed to @PylonCharge | complaint (0.46) | a person at risk: urgent | topic sites: 'queue', 'queues', 'queued'")
    SC("pyl-nl-pregnant-contractions", "medical-urgent",
       tw("bram_de_wit_yk", f"@{B} mijn vrouw is 37 weken zwanger en heeft weeën, we moeten naar het ziekenhuis in York maar de laadpaal bij jullie in Wetherby werkt niet en we hebben nog 6% accu. Wat moeten we doen??",
          lang="nl", when="2028-01-19T22:30:07Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a woman in labour who can't get to hospital")
    how_drive = tw("fran_ibbotson", "@rachel_ebbs did you make it up to Penrith in the end? x", when="2028-01-19T16:00:00Z")
    SC("pyl-venting-shap-moor-penrith", "third-party-venting",
       tw("rachel_ebbs", "@fran_ibbotson eventually. 6 hours. the Pylon at Shap Moor was broken AGAIN, both units out of order, so we crawled to the next one at 50mph with the heater off. kids were thrilled 🙃",
          reply_to=how_drive, when="2028-01-19T16:25:38Z"),
       expect(MON, "low", "faults", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    new_car = tw("hugo_pennant", "@zoe_tranter_law how's the new car then? still in love?", when="2028-01-19T17:00:00Z")
    zoe_vent = tw("zoe_tranter_law", "@hugo_pennant love the car, hate the chargers. Pylon still have £50 of mine frozen from a session last week. apparently a refund 'takes 3-5 working days', which is news to my bank",
                  reply_to=new_car, when="2028-01-19T17:14:22Z")
    SC("pyl-venting-frozen-fifty", "third-party-venting", zoe_vent, expect(MON, "low", "payments", "third_party"),
       note="the same customer, this time venting to a friend: monitor")
    SC("pyl-chatter-preauth-reassure", "third-party-chatter",
       tw("aisha_rahman_rx", "@zoe_tranter_law @hugo_pennant same happened to me, it dropped off after 6 days. Pylon's pre-authorisation holds are a pain but you do get it back",
          reply_to=zoe_vent, when="2028-01-19T17:40:09Z"),
       expect(MON, "low", "payments", "third_party"), note="reassurance from a stranger in someone else's thread")
    going_ev = tw("ben_gatley", "thinking of going electric but I do a lot of M6. are the public chargers really as bad as everyone says?",
                  when="2028-01-19T19:00:00Z")
    SC("pyl-chatter-boost-advice", "third-party-chatter",
       tw("rhys_tandy", "@ben_gatley mostly fine if you plan ahead. get the Pylon Boost subscription if you're doing motorway miles, it pays for itself in a couple of weeks",
          reply_to=going_ev, when="2028-01-19T19:21:45Z"),
       expect(MON, "low", "memberships", "third_party"), note="advice in someone else's thread")

    # ---- Thursday 20 January ----------------------------------------------------------------
    SC("pyl-praise-dean-sleet", "praise",
       tw("jess_okoro_ev", f"@{B} huge thanks to Dean at Carnforth Moor who stood out in the sleet with me at 10pm last night restarting unit 3 until it finally worked. I'd have been there for hours. legend 🙌",
          when="2028-01-20T07:15:30Z"),
       expect(RP, "low", "faults", "direct"))
    refund_first = tw("hannah_quince", f"@{B} a session at Wexcombe on 2 December never started but you still took £42.50. can I have it back please?",
                      when="2027-12-08T09:12:00Z")
    refund_brand = tw(B, "@hannah_quince Sorry Hannah, I can see that session failed to start. I've refunded the £42.50 today and it will be back on your card in 5 to 10 working days.",
                      reply_to=refund_first, when="2027-12-09T10:40:00Z")
    SC("pyl-repeat-refund-ten-days", "repeat-contact",
       tw("hannah_quince", "that was 9 December. it's 20 January and there's still no refund on my card. what happened to 5 to 10 working days?",
          reply_to=refund_brand, when="2028-01-20T08:02:14Z"),
       expect(RP, "high", "payments", "direct"), note="back in the brand's thread without @: a promised refund never came")
    SC("pyl-repeat-third-time-unit-two", "repeat-contact",
       tw("tomasz_wrona", f"@{B} third time I'm reporting this: unit 2 at Greystoke Lane has been broken since New Year, out of order sign taped on it, and your app still shows it as available. drove 6 miles out of my way for it AGAIN this morning",
          when="2028-01-20T08:20:41Z"),
       expect(RP, "high", "faults", "direct"), note="the third report of the same broken unit")
    SC("pyl-oxygen-dad-wexcombe", "medical-urgent",
       tw("sunita_varma", f"@{B} my dad is on oxygen and his portable cylinder has about 90 mins left. we're at Wexcombe southbound, 3 of 4 units out of order and a queue of 5 for the last one. we're stranded without a top up. can someone let us go first or send help? it's a medical need",
          when="2028-01-20T10:10:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="the medical need sits behind a fault and a queue")
    SC("pyl-pacemaker-calm-question", "medical-urgent",
       tw("mags_winterbrn", f"@{B} Good morning. My husband Arthur has a heart condition and a pacemaker. Is it all right for him to plug the car in at your big rapid chargers, or should I always do it? The clinic leaflet says to keep away from strong magnets. Thank you, Margaret",
          when="2028-01-20T11:00:43Z"),
       expect(RP, "urgent", "safety", "direct"), strict=False,
       note="a calm question about a medical device: urgent by the convention, though he is fine today and a lead "
            "could treat it as an ordinary question")
    SC("pyl-private-address-rfid", "private-details",
       tw("hugo_pennant", f"@{B} my RFID card snapped in the cold. please send a new one to 14 Orchard Rise, Brindleford BR4 7JD, the Boost membership email is hugo.pennant@mailbox.example",
          when="2028-01-20T12:00:19Z"),
       expect(RV, "normal", "memberships", "direct"), note="a home address and an email address in public")
    SC("pyl-praise-refund-two-hours", "praise",
       tw("ollie_strand_ev", "credit where it's due: Pylon refunded a double payment within 2 hours of me messaging them. didn't expect that at all, fair play",
          when="2028-01-20T14:30:08Z"),
       expect(RP, "low", "payments", "indirect"), note="praise, not tagged: still answer it")
    SC("pyl-sarcasm-bonus-walk", "sarcasm-customer",
       tw("dev_kapoor_qa", f"thank you @{B} for the bonus 2 mile walk at 6am. the app said 4 units free at Ashmoor, all 4 were offline and one had its cable hanging off. great for my step count 👍",
          when="2028-01-20T06:48:52Z"),
       expect(RP, "normal", "faults", "indirect"), note="sarcasm: a complaint about dead units the app called free",
       known_miss="round 10, not met yet: priority: want \"normal\", got urgent; the engine read: tags @PylonCharge in a post to everyone | sarcasm (irony 0.65) from a customer: a complaint | a danger to health or safety: urgent | topic faults: 'offline', 'cable', 'câble'")
    SC("pyl-html-img-feedback-form", "html-entities",
       tw("mira_pentests", f"@{B} &lt;img src=x onerror=alert(document.cookie)&gt; that's what your app's feedback form let me paste in. it also crashes every time I try to add a card. fix the app please",
          when="2028-01-20T15:00:34Z"),
       expect(RP, "normal", "app_account", "direct"), note="hostile HTML around a real app complaint; it arrives escaped")
    SC("pyl-html-script-giveaway", "html-entities",
       tw("ev_giveawayz", "&lt;script src=//free-ev-power.example/a.js&gt;&lt;/script&gt; 🎁 WIN a year of FREE Pylon charging!!! follow, RT and click 👉 {url:https://free-ev-power.example/pylon}",
          when="2028-01-20T16:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway with a script tag")
    SC("pyl-spam-pyln-token", "spam",
       tw("pyln_moon", "$PYLN just listed 🚀 the Pylon token is the future of EV power. 100x incoming, get in before the whales {url:https://pyln-token.example/buy}",
          when="2028-01-20T17:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a crypto pump borrowing the brand's name")
    SC("pyl-namesake-climbing-overhang", "namesake",
       tw("crimpy_cat", "new overhang set at the Pylon Climbing Centre and it is BRUTAL. came off the same move 14 times, forearms completely pumped. back Saturday for round two",
          when="2028-01-20T19:30:27Z"),
       expect(IGN, "low", None, "none"), note="the climbing wall")
    SC("pyl-namesake-starfall-offline", "namesake",
       tw("rts_morrigan", "ranked Starfall Dominion tonight: my opponent sniped the one pylon powering my base and all six cannons went offline at once. 0-3. going to bed",
          when="2028-01-20T22:00:48Z"),
       expect(IGN, "low", "faults", "none"), note="the building in a strategy game; 'offline' is a plan keyword, so the topic follows it")
    buzz = tw("joel_marr", "there's a weird buzzing outside my window every time it rains and I'm slowly losing my mind. ghosts??",
              when="2028-01-20T20:10:00Z")
    SC("pyl-common-pylon-buzz-reply", "common-word",
       tw("lattice_lucy", "@joel_marr not ghosts, it's almost certainly the pylon behind your terrace. wet insulators crackle and buzz in the rain, perfectly normal. lovely sound once you get used to it",
          reply_to=buzz, when="2028-01-20T20:31:15Z"),
       expect(IGN, "low", None, "none"), note="the electricity pylon, in a reply to someone else")

    # ---- Friday 21 January ------------------------------------------------------------------
    SC("pyl-news-wexcombe-expansion", "news-monitor",
       tw("brindleford_pst", "Pylon Charge to double its Wexcombe services hub to 40 rapid units by the summer after drivers reported hour-long queues over Christmas {url:https://brindlefordpost.example/news/pylon-wexcombe}",
          when="2028-01-21T07:30:00Z"),
       expect(MON, "low", "sites", "indirect"))
    SC("pyl-chatter-singing-advert", "chatter-monitor",
       tw("quiz_gav", "that Pylon advert with the singing cartoon pylon is on every ad break on Radio Brindle and now it's stuck in my head on a loop. please make it stop",
          when="2028-01-21T08:10:36Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand's advert, nothing to answer")
    SC("pyl-chatter-pylon-or-voltra", "chatter-monitor",
       tw("ben_gatley", "genuine question for EV people: Pylon or Voltra for a weekly Leeds to Bristol run? my mate swears by one, my brother-in-law by the other",
          when="2028-01-21T08:44:02Z"),
       expect(MON, "low", None, "indirect"), strict=False,
       note="a question to his followers, not to the brand; a lead might see a chance to answer publicly")
    SC("pyl-big-reach-three-pounds-kwh", "big-reach",
       tw("harriet_motors", "Pylon billed me £41.20 for 12 kWh at their Tollbury hub yesterday. That's £3.43 a kWh. Receipts in the pic. Either the meter is wrong or the pricing is, and neither is ok.",
          when="2028-01-21T09:00:21Z",
          metrics={"retweet_count": 1800, "reply_count": 640, "like_count": 9400, "quote_count": 120}),
       expect(RP, "high", "payments", "indirect"), note="410k followers; names the brand without tagging it")
    SC("pyl-abuse-app-garbage", "abuse-with-problem",
       tw("sam_rooke", f"@{B} your app is absolute garbage. logged me out halfway through a session, now it says my account doesn't exist and there's a £34 session still running that I can't stop. useless, the lot of you",
          when="2028-01-21T09:35:47Z"),
       expect(RP, "high", "app_account", "direct"), note="insults, with money running on a session he can't reach",
       known_miss="round 10, not met yet: priority: want \"high\", got normal; the engine read: addressed to @PylonCharge | complaint (0.98) | topic app_account: 'app', 'account'")
    cold = tw("paddy_lyle", "anyone else's van range fallen off a cliff in this cold? mine's down to 110 miles", when="2028-01-21T09:50:00Z")
    SC("pyl-in-passing-reply-range", "complaint-in-passing",
       tw("ollie_strand_ev", f"@paddy_lyle same mate, about 100 on a cold morning. and @{B} Ashmoor had 3 units out of order on Sunday so I lost an hour there as well",
          reply_to=cold, when="2028-01-21T10:12:29Z"),
       expect(RP, "normal", "faults", "indirect"),
       note="the brand tagged in passing inside a reply to someone else: his own complaint, so answer it")
    SC("pyl-hotline-praise-night-line", "public-hotline-number",
       tw("dai_probert", "fair play to Pylon, rang their night line 0808 157 0733 at 1am when the unit at Llanidloes wouldn't start and they restarted it remotely in 5 minutes",
          when="2028-01-21T10:40:11Z"),
       expect(RP, "low", "faults", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    SC("pyl-threat-veiled-tollbury-manager", "threat-urgent",
       tw("lee_hurrell", f"@{B} tell your Tollbury hub manager I know which car is his in the car park. he had my car towed with my kid's school stuff still in it. he'll find out what that feels like, and worse",
          when="2028-01-21T11:05:53Z"),
       expect(ANY, "urgent", "sites", "direct"),
       note="a veiled threat against a named member of staff, with a complaint: only the priority is strict")
    SC("pyl-fr-threat-woman-baby", "threat-urgent",
       tw("margaux_leroy", f"@{B} à Wexcombe un homme hurle sur une femme qui a pris la borne avant lui et menace de la frapper. Elle est dans sa voiture avec un bébé. Il n'y a personne de chez vous ici. Appelez quelqu'un !",
          lang="fr", when="2028-01-21T12:15:06Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a man threatening to hit a woman with a baby, right now")
    SC("pyl-indirect-boost-still-billed", "complaint-indirect",
       tw("fran_ibbotson", "Cancelled my Pylon Boost subscription in November and they've taken the £7.99 monthly fee by direct debit twice since. Cancelling it at the bank today, enough.",
          when="2028-01-21T12:30:40Z"),
       expect(RP, "normal", "memberships", "indirect"))
    SC("pyl-bare-wires-buried-rant", "safety-urgent",
       tw("paddy_lyle", f"@{B} where do I start. 79p a kWh, the app logged me out twice, 25 mins queueing behind a Tesla on 94%, and when I got on unit 3 at Tollbury the cable's split by the handle, bare wires showing, lying in slush. that's dangerous, someone's going to get electrocuted",
          when="2028-01-21T12:40:25Z"),
       expect(RP, "urgent", "safety", "direct"), note="the danger is buried at the end of a rant about prices, the app and queues")
    SC("pyl-elderly-dad-sheet-ice", "safety-urgent",
       tw("bev_whitlock", "my dad (84) slipped on sheet ice on the Pylon bays at Brindleford Fairlow's and split his head open. nothing gritted at all. paramedics are with him now. he only went to plug the car in",
          when="2028-01-21T13:25:58Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="an elderly man injured at a hub just now, and the ice is still there for the next driver")
    SC("pyl-quote-haldon-five-broken", "quote",
       tw("joel_marr", "16 ultra-rapid units and three days in 5 of them are broken or out of order, one with a faulty cable. the coffee kiosk works though, priorities ☕", quote=hub,
          when="2028-01-21T15:02:44Z"),
       expect(RP, "normal", "faults", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic fault complaint")
    return brand


BRANDS["pylon-charge"] = ("PylonCharge", 4323456730, build_pylon_charge)
