# Pellow Air: a made-up regional airline (see pellow-air.plan.toml).
# Exec'd inside make_data.py's namespace: Brand, Clock, user, tw, expect, SC,
# RP, RV, MON, IGN, ANY and SCEN_DIR come from there.
#
# Every post, person, place, handle, booking reference, loyalty number and
# passport number below is made up. Phone numbers are from the UK drama
# ranges (07700 900xxx, 0808 157 0xxx).
#
# The expectations were written from the README's conventions and PRODUCT.md,
# without running the engine.


def build_pellow_air():
    global CURRENT_BRAND, CLOCK
    brand = Brand("pellow-air", SCEN_DIR / "pellow-air.plan.toml", "PellowAir", 4012345601, 1861220000000000401)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-03T06:05:00Z")
    B = "PellowAir"
    user("PellowAir", "Pellow Air", 4012345601,
         "Pellow Air help, 6am–10pm every day. Flights from Trevenna and Hollowmouth to Dublin, Jersey and the sun. "
         "We'll never ask for your passport number here.",
         38_600, following=940, tweets=96_000, listed=210, verified=True)

    # Customers, bystanders, spammers and the press (all made up).
    user("tamsin_jago", "Tamsin Jago", 4017720315, "Jersey girl in Trevenna. Two under five. Send coffee.", 540)
    user("gav_quips", "Gavin Roskilly", 4019384022, "Dad jokes, professionally. Unpaid.", 830)
    user("rob_penrose", "Rob Penrose", 4015528391, "Flies more than is healthy. Airline rules nerd.", 2100)
    user("dunc_holloway", "Duncan Holloway", 4013379104, "Best man (twice). Reluctant dancer. Hollowmouth.", 310)
    user("jetsetjosie", "Josie Marlow", 4010004417, "Travelling the world with a toddler and a camera 🌍✈️ Family travel tips, honest reviews.",
         452_000, following=1300, listed=2400, verified=True)
    user("ellis_nk", "Ellis Nankervis", 4016640287, "I make jokes. Few of them land.", 190)
    user("PellowAirCare", "Pellow Air Support ✈️", 4019900713, "Official customer support 24/7 ✅ DM us for fast refunds", 160, following=3900)
    user("morwenna_b", "Morwenna Bray", 4014471290, "Allotment, choir, grandkids.", 260)
    user("jory_tremayne", "Jory Tremayne", 4018102256, "Electrician. Surfs when it's flat at work.", 410)
    user("carla_vidal", "Carla Vidal", 4011839407, "Profe de inglés en Trevenna 🇪🇸", 380)
    user("nacho_gil", "Nacho Gil", 4015093318, "Cocinero. Tenerife → Trevenna.", 220)
    user("bea_kessell", "Bea Kessell", 4012837765, "Wheelchair user, book hoarder, first-time flyer (help).", 640)
    user("pen_oliver", "Penny Oliver", 4016205538, "Carer for my mum. Cake for everyone else.", 330)
    user("tom_curnow", "Tom Curnow", 4013948120, "Bikes, hills, more bikes.", 720)
    user("sian_hocking", "Siân Hocking", 4017261930, "Primary teacher. Counting down to half term.", 290)
    user("maggie_eddy", "Margaret Eddy", 4014028861, "Retired nurse. Married 52 years to a man who never packs.", 140)
    user("lowenna_dun", "Lowenna Dunstan", 4018850142, "Mum to a T1D superhero 💙", 470)
    user("petroc_v", "Petroc Vosper", 4015372208, "Looking after Dad these days.", 180)
    user("hannah_rowse", "Hannah Rowse", 4011127349, "Physio. Nervous flyer.", 350)
    user("kai_pender", "Kai Pender", 4019263381, "Software. Sunshine. Mostly software.", 600)
    user("lee_carne", "Lee Carne", 4013306617, "", 55)
    user("bazza_tr", "Baz", 4017744025, "Say it to my face.", 90)
    user("nia_quick", "Nia Quick", 4012218459, "Student nurse. Powered by pasties.", 510)
    user("ravi_menon", "Ravi Menon", 4016692034, "Consultant. Always at an airport.", 1200)
    user("alan_polglase", "Alan Polglase", 4018037716, "Retired engineer. I keep copies of everything.", 230)
    user("beatriz_faria", "Beatriz Faria", 4014590382, "Enfermeira em Trevenna. Saudades de Faro.", 310)
    user("trebilcock_g", "Gary Trebilcock", 4011983305, "Plasterer. Flies for work. Hates it.", 120)
    user("shaun_b_86", "Shaun Bassett", 4019011248, "", 70)
    user("skyhigh_growth", "SkyHigh Growth 📈", 4010338764, "Real followers, real fast. Brands & creators. DM for prices 💯", 7400, following=5000)
    user("flygiveaway_24", "Free Flights Giveaway ✈️🎁", 4016473390, "Daily travel giveaways! Follow to win 🎉", 2900, following=4800)
    user("sal_chegwidden", "Sally Chegwidden", 4017105526, "Old farmhouse, new heat pump, too many dogs.", 280)
    user("katepellow", "Kate Pellow", 4013662901, "Vet. Big sister. Terrible at crosswords.", 450)
    user("morwen_photo", "Morwen Bray-Lusby", 4018847713, "Photos of the north coast, mostly wet.", 3100)
    user("gullsfan_dan", "Dan Hosken", 4012594486, "Pellow Park, Block C, since 1998. Up the Gulls.", 880)
    user("mia_hendra", "Mia Hendra", 4015820037, "Mum of a very opinionated two-year-old.", 150)
    user("zak_okonkwo", "Zak Okonkwo", 4019472210, "Med student. Currently somewhere over the Atlantic.", 640)
    user("TrevennaTimes", "The Trevenna Times", 4010112233, "News from Trevenna and the north coast since 1871.",
         41_800, following=1100, listed=390, verified=True)
    user("dom_retallick", "Dom Retallick", 4014437618, "Aviation geek. I know what you're flying on.", 5600)
    user("claire_bes", "Claire Beswetherick", 4016038842, "Mum, midwife, mildly scared of planes.", 270)
    user("giorgia_neri", "Giorgia Neri", 4012775019, "Architetta. Trevenna ↔ Bologna.", 330)
    user("margaux_lblc", "Margaux Leblanc", 4018326604, "Étudiante Erasmus à Trevenna.", 210)
    user("jonas_kr", "Jonas Krüger", 4013051197, "Ingenieur. Surfer. Trevenna seit 2024.", 170)
    user("sem_devries", "Sem de Vries", 4017680345, "Surfleraar, Hollowmouth.", 240)
    user("fiona_tregear", "Fiona Tregear", 4011264578, "Bridesmaid x3 this year. Broke.", 300)
    user("omar_hdd", "Omar Haddad", 4015917730, "Pharmacist. Early flights only.", 190)
    user("merryn_pascoe", "Merryn Pascoe", 4012049963, "Frequent flyer, infrequent sleeper.", 420)
    user("wilf_angove", "Wilf Angove", 4019530618, "Retired postie. Still knows every house number.", 95)
    user("jude_rosewarne", "Jude Rosewarne", 4014782206, "Daughter, carer, planner.", 260)
    user("steph_kitto", "Steph Kitto", 4013128874, "Holiday countdown queen.", 690)
    user("pete_lanyon", "Pete Lanyon", 4018613349, "Sales. Hotels. Airports. Repeat.", 1400)
    user("aimee_couch", "Aimée Couch", 4016354092, "Nail tech. Saving for Tenerife (again).", 380)
    user("gwen_trewin", "Gwen Trewin", 4011406625, "Hollowmouth. Opinions free of charge.", 910)
    user("jamie_hocking", "Jamie Hocking", 4017839210, "Groom-to-be (sunburnt).", 250)
    user("lou_ferris", "Louise Ferris", 4012963307, "Accountant. Always early. Unlike some.", 330)
    user("bill_jewell", "Bill Jewell", 4015201749, "", 40)
    user("sky_menear", "Skye Menear", 4019785531, "Shares things, mostly dogs.", 520)
    user("priyasec", "Priya Sethi", 4016629840, "AppSec. I open dev tools on every website.", 2700)
    user("chefdarragh", "Darragh Quinn", 4010770054, "Chef. Telly. Two restaurants, zero sleep.",
         1_230_000, following=900, listed=5200, verified=True)
    user("kes_polmear", "Kes Polmear", 4018294415, "Dog walker. Patient, up to a point.", 160)

    # ---- A family stranded in Jersey: the customer, a joker, a helpful stranger, the brand
    tamsin = tw("tamsin_jago", f"@{B} third cancellation in a row on the Jersey route. Stuck here another night with 2 kids under 5 and nobody has even mentioned a hotel. Unreal")
    SC("pa-third-cancellation-jersey", "complaint-direct", tamsin,
       expect(RP, "high", "disruption", "direct"), note="the third failure in a row: a strong, repeated complaint")
    SC("pa-pillow-pun-in-thread", "joke-bystander",
       tw("gav_quips", "@tamsin_jago Pellow Air. Pellow as in pillow, cos you'll be needing one on the terminal floor 😴", reply_to=tamsin),
       expect(IGN, "low", None, "third_party"), note="a pun by a bystander inside a customer's thread; the brand is not tagged")
    SC("pa-stranger-hotel-advice", "third-party-chatter",
       tw("rob_penrose", "@tamsin_jago Pellow have to put you up after cancellations if it's down to them. Ask at the desk and keep every receipt", reply_to=tamsin),
       expect(MON, "low", "disruption", "third_party"), note="a stranger's advice in someone else's thread: monitor, don't butt in")
    tamsin_brand = tw(B, "@tamsin_jago That's not good enough, Tamsin, and I'm sorry about another cancellation. You and the kids have a room at the Harbourside Hotel tonight and seats on the 08:15 tomorrow; details are in your DMs.", reply_to=tamsin)
    SC("pa-brand-reply-hotel", "brand-own-post", tamsin_brand, expect(IGN, "low", "disruption", "none"))

    # ---- Disruption: direct, indirect, sarcastic, hyperbolic
    SC("pa-delay-killing-me", "complaint-direct",
       tw("nia_quick", f"@{B} this delay is actually killing me. hour 4 at the gate, phone on 3%, and the only café shut at 9 💀"),
       expect(RP, "normal", "disruption", "direct"), note="'killing me' is a figure of speech, not a threat or a risk to life")
    SC("pa-app-down-boarding-pass", "complaint-direct",
       tw("ravi_menon", f"@{B} app down?? can't get my boarding pass up and check-in closes in 40 mins"),
       expect(RP, "high", "bookings", "direct"), note="an app outage keeping a customer from flying: high")
    SC("pa-hashtag-delay-is-the-product", "complaint-indirect",
       tw("gwen_trewin", "2 hours in Trevenna departures watching the board say delayed. at this point the delay is the product #Pellow #neveragain"),
       expect(RP, "normal", "disruption", "indirect"), note="the brand only as a hashtag, about her own trips")
    SC("pa-sarcasm-departures-tour", "sarcasm-customer",
       tw("steph_kitto", f"Huge thanks to @{B} for the complimentary five hour tour of the Trevenna departures hall. Honestly the highlight of the holiday 🙏"),
       expect(RP, "normal", "disruption", "indirect"))
    SC("pa-stag-do-in-passing", "complaint-in-passing",
       tw("jamie_hocking", f"Stag do recap: best man lost his passport on night one, I got sunburnt in DECEMBER, and @{B} cancelled our flight home so we got a bonus night in Alicante. 10/10 would not repeat"),
       expect(RP, "normal", "disruption", "indirect"))

    # ---- An influencer with a big audience, and who turns up in her replies
    josie = tw("jetsetjosie", f"Cancelled at the gate, zero explanation, no hotel, no rebooking and the @{B} desk shut at 10pm. So we're sleeping on the floor at Trevenna airport with a toddler. Incredible customer care 👏")
    SC("pa-influencer-sleeping-at-airport", "big-reach", josie,
       expect(RP, "high", "disruption", "indirect"), note="452k followers")
    SC("pa-joke-under-influencer", "joke-bystander",
       tw("ellis_nk", "@jetsetjosie in fairness it's right there in the name. Pellow. They were never planning on you sleeping in a bed 😂", reply_to=josie),
       expect(IGN, "low", None, "third_party"))
    SC("pa-fake-support-reply", "spam",
       tw("PellowAirCare", "@jetsetjosie Hi Josie, Pellow Air support here 👋 So sorry! Claim your compensation in 2 minutes here: {url:https://pellow-refunds.example/claim}", reply_to=josie),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="an impersonator fishing for card details: not a case to answer, but the brand may want to warn the customer")

    # ---- Baggage: a lost bag, the brand answers, the customer answers back, then comes back
    dunc = tw("dunc_holloway", f"@{B} landed Hollowmouth 9pm last night, my bag didn't. baggage desk was shut, no email, no text, nothing. Got a wedding Saturday and the suit's in that case")
    SC("pa-bag-missing-wedding-suit", "complaint-direct", dunc, expect(RP, "normal", "baggage", "direct"))
    dunc_brand = tw(B, "@dunc_holloway Not the welcome home you wanted, Duncan. I've traced your bag: it stayed in Dublin and is on the first flight to Hollowmouth tomorrow. What does it look like, so the team can spot it?", reply_to=dunc)
    SC("pa-dunc-describes-bag", "thread-with-brand",
       tw("dunc_holloway", "navy hard shell suitcase, big orange ribbon on the handle. thank you!!", reply_to=dunc_brand),
       expect(RP, ANY, "baggage", "direct"), note="answers the brand's question without @: direct; a case in progress, priority doesn't matter")
    SC("pa-dunc-comes-back-after-wedding", "repeat-contact",
       tw("dunc_holloway", f"@{B} well Saturday's been and gone, got married off in a borrowed suit. still no bag and the tracker has said 'in transit' for 3 days",
          reply_to=dunc_brand, when="2026-12-07T09:12:00Z"),
       expect(RP, "high", "baggage", "direct"), note="back after the brand answered, problem not fixed")
    SC("pa-sarcasm-points-vanish", "sarcasm-customer",
       tw("pete_lanyon", "Love the magic trick where 40,000 Kittiwake points disappear the week before I finally get round to a trip. Pellow Air never misses 👏"),
       expect(RP, "normal", "loyalty", "indirect"), note="sarcasm without an obvious cue word")
    SC("pa-chef-lost-knives", "big-reach",
       tw("chefdarragh", f"Two flights, two lost bags. One of them has my knife roll in it and I'm cooking for 300 people on Saturday. Any chance of finding it @{B}?"),
       expect(RP, "high", "baggage", "indirect"), note="1.2M followers; 'knife roll' is a chef's kit, not a threat")

    # ---- Venting and reassurance between friends
    morwenna = tw("morwenna_b", "how was lanzarote?? want ALL the pics")
    SC("pa-venting-lost-suitcase-to-friend", "third-party-venting",
       tw("jory_tremayne", "@morwenna_b beach was lush, getting home was not 😩 Pellow lost my suitcase and the bloke at the baggage desk literally shrugged. never again", reply_to=morwenna),
       expect(MON, "low", "baggage", "third_party"), note="lesson 2: venting to a friend, brand not tagged")
    carla = tw("carla_vidal", "¿Qué tal la vuelta de Tenerife? 😊", lang="es")
    SC("pa-es-venting-to-friend", "third-party-venting",
       tw("nacho_gil", "@carla_vidal fatal 😤 Pellow nos tuvo cinco horas en el aeropuerto, retraso tras retraso y nadie explicaba nada. No vuelvo a volar con ellos", reply_to=carla, lang="es"),
       expect(MON, "low", "disruption", "third_party"), note="Spanish: 'retraso'")
    bea = tw("bea_kessell", "first time flying with my wheelchair next month and I'm bricking it 😬 has anyone done it with Pellow Air?")
    SC("pa-reassurance-wheelchair-thread", "third-party-chatter",
       tw("pen_oliver", "@bea_kessell did it in May with my mum, Pellow's assistance team were lovely, her wheelchair was waiting at the aircraft door. you'll be fine x", reply_to=bea),
       expect(MON, "low", "assistance", "third_party"))

    # ---- Questions, and a question in reply to the brand
    SC("pa-bike-question", "question",
       tw("tom_curnow", f"@{B} can I take my bike on the Trevenna to Dublin flight? does it count as sports equipment and how much is it each way?"),
       expect(RP, "normal", "baggage", "direct"))
    sian = tw("sian_hocking", f"@{B} hi, our flight on the 28th was scrapped and I picked the refund option. how long does that usually take to come through?")
    SC("pa-refund-how-long", "question", sian, expect(RP, "normal", "refunds", "direct"))
    sian_brand = tw(B, "@sian_hocking Hi Siân, refunds go back to the card you paid with. I can see yours was sent on Monday, so it should be with you by Friday.", reply_to=sian)
    SC("pa-refund-followup-seat-fee", "question-in-reply-to-brand",
       tw("sian_hocking", "lovely, thanks! does that include the £12 we paid for seats or do I claim that separately?", reply_to=sian_brand),
       expect(RP, "normal", "refunds", "direct"), note="a follow-up question in a thread with the brand, without @")
    SC("pa-third-time-asking-refund", "repeat-contact",
       tw("kes_polmear", f"@{B} asked you Monday, asked again Wednesday, so this is the 3rd time: where is my refund for PW220?? 6 weeks and counting"),
       expect(RP, "high", "refunds", "direct"), note="coming back a third time")
    SC("pa-refund-eleven-weeks", "complaint-indirect",
       tw("aimee_couch", "Still waiting on my refund from Pellow for the Dublin flight they scrapped in September. 11 weeks. Starting to think that money's gone for good"),
       expect(RP, "normal", "refunds", "indirect"), note="the bare alias, but about a flight: the airline")

    # ---- Private details in public
    SC("pa-booking-reference", "private-details",
       tw("fiona_tregear", f"@{B} booking ref PXK7QZ. just got an email saying my Saturday flight's moved to 6am and I can't make that. can I switch to a later one for free?"),
       expect(RV, "normal", "bookings", "direct"))
    SC("pa-passport-and-dob", "private-details",
       tw("omar_hdd", f"@{B} online check-in keeps rejecting my passport. number is 533871246, DOB 14/02/1986, expires 2031. it's definitely valid!! flying at 7am"),
       expect(RV, "normal", "bookings", "direct"))
    SC("pa-loyalty-number-and-email", "private-details",
       tw("merryn_pascoe", f"@{B} Kittiwake no. KC 4471 0092 3381, points from my last 3 trips still haven't shown up. email on the account is m.pascoe@postbox.example if you need it"),
       expect(RV, "normal", "loyalty", "direct"))
    SC("pa-home-address-courier", "private-details",
       tw("wilf_angove", f"@{B} your courier has been trying to deliver my bag to the wrong house for 2 days. it's 14 Chapel Row, Pellow Cove PC9 4QX. not 41!!"),
       expect(RV, "normal", "baggage", "direct"), note="'Pellow Cove' inside the address is the village, the post is still to the airline")
    SC("pa-nl-phone-number", "private-details",
       tw("sem_devries", f"@{B} mijn koffer is kapot aangekomen in Hollowmouth, er is een wiel af. Kunnen jullie me bellen op +44 7700 900512?", lang="nl"),
       expect(RV, "normal", "baggage", "direct"), note="Dutch: 'koffer'; a phone number in public")
    SC("pa-helpline-rings-out", "public-hotline-number",
       tw("jude_rosewarne", f"@{B} your website says ring 0808 157 0230 for special assistance and it just rings out. Mum flies Thursday and needs a wheelchair at Hollowmouth"),
       expect(RP, "normal", "assistance", "direct"), strict=False,
       note="the number is the airline's own helpline, not the customer's; a wheelchair is an access need, not a medical emergency")

    # ---- Safety, health and threats
    SC("pa-burning-smell-cabin", "safety-urgent",
       tw("hannah_rowse", f"@{B} there's a burning smell in the cabin on PW402 and the crew look worried. we're still on the ground at Hollowmouth, should we be getting off??"),
       expect(RP, "urgent", "safety", "direct"))
    drunk = tw("kai_pender", "drunk bloke on the Pellow Air flight to Alicante has been shoving people and screaming at the cabin crew for 20 mins. genuinely scared, there are kids on board")
    SC("pa-drunk-passenger-onboard", "safety-urgent", drunk,
       expect(RP, "urgent", "safety", "indirect"), note="posted from the plane's wifi; the brand is named, not tagged")
    SC("pa-insulin-calm-question", "medical-urgent",
       tw("lowenna_dun", f"@{B} hi! flying to Dublin on Friday with my son who's type 1 diabetic. can he keep his insulin pens and pump supplies with him in the cabin, and is there anywhere to keep them cold? thanks 😊"),
       expect(RP, "urgent", "assistance", "direct"), note="a calm, friendly question, but a medical need")
    petroc = tw("petroc_v", f"@{B} dad needs his portable oxygen concentrator on tomorrow's 6am to Jersey. medical form went in 3 weeks ago and still no approval. he can't fly without it")
    SC("pa-oxygen-form-not-approved", "medical-urgent", petroc, expect(RP, "urgent", "assistance", "direct"))
    petroc_brand = tw(B, "@petroc_v Thanks, Petroc. I've passed this to our medical desk as urgent and they'll ring you this afternoon to confirm the concentrator.", reply_to=petroc)
    SC("pa-oxygen-still-no-call", "thread-with-brand",
       tw("petroc_v", "3 hours later and nobody has rung about his oxygen. we leave for the airport at 4am",
          reply_to=petroc_brand, when="2026-12-04T16:45:00Z"),
       expect(RP, "urgent", "assistance", "direct"), note="replies to the brand without @; the medical need keeps it urgent")
    SC("pa-heart-medication-in-hold", "medical-urgent",
       tw("maggie_eddy", "Stranded in Alicante after the cancellation and Pellow Air won't release our bags. My husband's heart medication is in the hold, he's 78 and he's already missed tonight's dose"),
       expect(RP, "urgent", ANY, "indirect"), note="'stranded', 'cancellation', 'bags' and 'medication' pull in three directions: urgent whichever topic wins")
    SC("pa-threat-gate-agent", "threat-urgent",
       tw("lee_carne", f"@{B} that gate agent at Trevenna who wouldn't let my daughter board, if she's on shift tomorrow I'll be waiting for her in the car park. she'll regret it"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a member of staff")
    SC("pa-threat-crew-arm", "threat-urgent",
       tw("bazza_tr", "Next Pellow Air crew member who touches my hand luggage without asking is getting their arm broken. Done being nice."),
       expect(ANY, "urgent", ANY, "indirect"))

    # ---- Legal threats and abuse
    SC("pa-caa-small-claims", "legal-threat-not-urgent",
       tw("alan_polglase", f"@{B} 5hr delay in August, compensation claim in since September, nothing back. You've got 14 days, then it's the CAA and the small claims court. I know my rights under UK261"),
       expect(RP, "high", "refunds", "direct"))
    SC("pa-pt-queixa-anac", "legal-threat-not-urgent",
       tw("beatriz_faria", f"@{B} três meses à espera do reembolso do voo para Faro. Se não resolverem isto esta semana, vou apresentar queixa à ANAC.", lang="pt"),
       expect(RP, "high", "refunds", "direct"), note="Portuguese: 'reembolso'; a complaint to the aviation regulator")
    SC("pa-abusive-lost-bag-again", "abuse-with-problem",
       tw("trebilcock_g", f"@{B} you absolute clowns. 3rd time this year you've lost my bag. FIND IT. NOW."),
       expect(RP, "high", "baggage", "direct"))
    SC("pa-abusive-cancelled-at-11pm", "abuse-with-problem",
       tw("shaun_b_86", f"@{B} fcking joke of an airline. cancelled AGAIN at 11pm, no hotel, no food, desk staff vanished. sort it out you useless muppets"),
       expect(RP, "high", "disruption", "direct"))

    # ---- Spam, namesakes, the brand's name as a word
    SC("pa-follower-selling", "spam",
       tw("skyhigh_growth", f"@{B} ✈️📈 Grow your airline's socials! 10k REAL followers from £9.99, delivered in 24h 👉 {{url:https://skyhigh-growth.example/order}}"),
       expect(IGN, "low", None, "direct"))
    SC("pa-fake-flights-giveaway", "spam",
       tw("flygiveaway_24", "✈️ PELLOW AIR GIVEAWAY ✈️ 2 free return flights for their 10th birthday! Like, RT &amp; follow, then enter at {url:https://pellowair-giveaway.example/win} 🎉"),
       expect(IGN, "low", None, "indirect"))
    SC("pa-namesake-air-conditioning", "namesake",
       tw("sal_chegwidden", "Pellow Air Conditioning fitted our heat pump in a day, tidy lads and they hoovered up after themselves. Would recommend to anyone round Trevenna"),
       expect(IGN, "low", None, "none"), note="another business in the same county whose name starts with the brand's full name; praise, but not for the airline")
    SC("pa-namesake-sister-pilot", "namesake",
       tw("katepellow", "So proud of my little sister Jenny Pellow, first solo flight at the aero club this morning ✈️ private pilot's licence next!"),
       expect(IGN, "low", None, "none"), note="the surname next to flying words; a person, not the airline")
    SC("pa-namesake-lifeboat", "namesake",
       tw("morwen_photo", "Pellow Cove lifeboat launched twice today in that swell. Huge respect to the volunteer crew 🌊🧡"),
       expect(IGN, "low", None, "none"), note="'crew' fits an airline too; this is the village's lifeboat")
    SC("pa-namesake-football-ground", "namesake",
       tw("gullsfan_dan", "Pellow Park was rocking tonight. 3-1, top of the league, and Mr Pellow's statue got a scarf. Up the Gulls 🔥"),
       expect(IGN, "low", None, "none"))
    SC("pa-common-word-toddler", "common-word",
       tw("mia_hendra", "my 2yo calls her pillow a \"pellow\" and now the whole house does. pass me a pellow pls"),
       expect(IGN, "low", None, "none"), note="'pellow' as a child's word for pillow")
    SC("pa-common-word-neck-pellow", "common-word",
       tw("zak_okonkwo", "forgot my neck pellow for an 11 hour flight 🥲 pray for me"),
       expect(IGN, "low", None, "none"), note="a typo for 'neck pillow' next to a flight; the airline flies nothing 11 hours long")

    # ---- News, chatter, reposts, quotes, the brand's own posts
    SC("pa-news-new-base", "news-monitor",
       tw("TrevennaTimes", "Pellow Air to open a second base at Hollowmouth next spring, creating 120 jobs, the regional airline said on Tuesday {url:https://trevennatimes.example/2026/12/pellow-air-hollowmouth-base}"),
       expect(MON, "low", None, "indirect"))
    SC("pa-news-diverted-passenger-ill", "news-monitor",
       tw("TrevennaTimes", "A Pellow Air flight from Trevenna to Dublin was diverted on Wednesday after a passenger was taken ill on board. The aircraft landed safely and the passenger was taken to hospital. {url:https://trevennatimes.example/2026/12/pellow-air-diverted}"),
       expect(MON, "low", "disruption", "indirect"), note="news with medical words in it: no need of the author's, not urgent")
    SC("pa-chatter-islands-route", "chatter-monitor",
       tw("dom_retallick", "Genuinely curious how Pellow Air makes money flying a 40-seater to the islands in January. Must be all the flapjacks"),
       expect(MON, "low", None, "indirect"), note="a question to the world about the business, not a customer's question")
    fog = tw(B, "Fog at Hollowmouth this morning: some flights have delays of up to 90 minutes. Please check your flight status before you leave home {url:https://pellowair.example/status}. Next update at 09:00.")
    SC("pa-brand-fog-update", "brand-own-post", fog, expect(IGN, "low", "disruption", "none"))
    SC("pa-repost-fog-update", "repost", tw("bill_jewell", "", retweet=fog), expect(IGN, "low", "disruption", "indirect"))
    SC("pa-quote-fog-update", "quote",
       tw("lou_ferris", "\"up to 90 minutes\" 🙃 PW118 is on a 3 hour delay and counting, and not a single member of staff in departures", quote=fog),
       expect(RP, "normal", "disruption", "indirect"), strict=False,
       note="a customer quotes the brand's post without tagging it")
    SC("pa-repost-drunk-passenger", "repost", tw("sky_menear", "", retweet=drunk),
       expect(IGN, "low", "safety", "indirect"), note="a repost of a safety report still opens no case; the original is the case")

    # ---- Praise
    SC("pa-praise-crew-panic-attack", "praise",
       tw("claire_bes", "Massive thank you to the crew on last night's PW331. My son had a panic attack on the way down and Leah sat with him the whole time. Pellow Air, you've got a good one there 💛"),
       expect(RP, "low", None, "indirect"), note="thanks for help with something that is over; nothing urgent left")
    SC("pa-it-grazie-assistenza", "praise",
       tw("giorgia_neri", f"@{B} grazie mille! L'assistenza a Hollowmouth per mio padre in sedia a rotelle è stata perfetta, tutti gentilissimi 🙏", lang="it"),
       expect(RP, "low", "assistance", "direct"), note="Italian: 'sedia a rotelle'")

    # ---- Other languages, odd input
    SC("pa-fr-valise", "non-english",
       tw("margaux_lblc", f"@{B} bonjour, ma valise n'est pas arrivée à Hollowmouth et le comptoir bagages est fermé. Qui dois-je contacter ?", lang="fr"),
       expect(RP, "normal", "baggage", "direct"))
    SC("pa-de-erstattung", "non-english",
       tw("jonas_kr", f"@{B} Mein Flug nach Dublin wurde gestrichen. Bekomme ich eine Erstattung oder nur einen Gutschein?", lang="de"),
       expect(RP, "normal", "refunds", "direct"))
    SC("pa-html-seat-selection", "html-entities",
       tw("priyasec", f"@{B} seat selection page just shows &lt;/div&gt;&lt;script src=x&gt;&lt;/script&gt; &amp; the timer runs out before I can pay for my booking"),
       expect(RP, "normal", "bookings", "direct"))
    return brand


BRANDS["pellow-air"] = ("PellowAir", 4012345601, build_pellow_air)
