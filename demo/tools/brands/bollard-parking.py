# Bollard (Bollard Parking): a made-up parking company across the made-up towns of Hexley,
# Marrowgate, Stanbury, Wendlow, Caldershaw and Tillbrook: pay-by-app and pay-by-text parking,
# Hexley Station car park, the Marrowgate Quayside and Stanbury Riverside multi-storeys, the car
# park at Wendlow General Hospital, residents', visitor and season permits (Caldershaw's permit
# zones), an EV charging hub at Tillbrook, parking charge notices and appeals, exit barriers and
# ANPR cameras, and the Bollard app with its card payments.
# "Bollard" is also an ordinary word (a post in the road people reverse into, retractable and
# traffic bollards, mooring bollards on Marrowgate quay, the bollards GeoGuessr players learn,
# yarn-bombed bollards, "bollards!" as a mild oath, a slow defender who "moves like a bollard")
# and a name: Cllr Dennis Bollard of Caldershaw council, the footballer Kieran Bollard, the
# novelist Maeve Bollard, Bollard Gin (a Marrowgate distillery), The Bollard (a harbourside
# pub), Bollard Street in Hexley, Bollard the Bulldog (Stanbury Town's mascot) and a ginger cat
# called Bollard. None of them is the parking company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 20 March 2028: on Monday morning the app and pay-by-text fail from 7:00 to 9:40 at the
# commuter peak; Bollard promises nobody will be fined for it, but on Tuesday charge notices
# arrive anyway. On Wednesday night the exit barriers at Stanbury Riverside fail and about forty
# cars are trapped until nearly 1am, with the help intercom ringing out. On Thursday the
# stairwell lights are out at Marrowgate Quayside and a 79-year-old falls; the lift at Wendlow
# General is out again and a girl is stuck in the Quayside lift. On Friday a phishing text
# campaign ("your parking is unpaid, pay £2.40 now") pretends to be Bollard. The weekend:
# permits, fines, EV charging, the clocks going forward and the name's many other lives.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, car
# park, account, card and reference number, phone number, address and email address here is
# made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test
# number.


def build_bollard_parking():
    global CURRENT_BRAND, CLOCK
    brand = Brand("bollard-parking", SCEN_DIR / "bollard-parking.plan.toml", "BollardParking", 5078901245, 1861220000000005501)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-03-20T05:30:00Z")
    B = "BollardParking"
    user(B, "Bollard Parking", 5078901245,
         "Bollard 🅿️ pay-by-app parking, permits and EV bays in 40 towns. Care team here 7am–10pm, every day. "
         "Helpline 0808 157 0519. We will NEVER text you a payment link.",
         38_600, following=900, tweets=52_300, listed=180, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10640100000 + _n[0] * 4129, bio, followers, **kw)

    person("tom_hale_bol", "Tom Hale", "Civil engineer. Hexley to the city on the 7:42, every day.", 410)
    person("BollardCare_bol", "Bollard Parking Support ✅", "Official help for Bollard parking, refunds & fines 24/7 ✅ DM us for fast help", 31, following=4800)
    person("gill_m_bol", "Gill Marsh", "Hexley. Physio. Runs on toast.", 290)
    person("dani_w_bol", "Dani Webb", "Mum of two under three. Hexley. Send coffee.", 350)
    person("lou_p_bol", "Lou Pryce", "Marketing. Marrowgate. Chronically late.", 520)
    person("kat_s_bol", "Kat Sandhu", "Optometrist. Marrowgate. Gym sometimes.", 380)
    person("jonno_reeve_bol", "Jonno Reeve", "Breakfast show, weekdays 6–9. Dad of three. Occasional marathon runner.",
           720_000, following=950, listed=3100, verified=True)
    person("punster_al_bol", "Al Briggs", "Puns, mostly. Hexley.", 430)
    person("jan_kr_bol", "Jan Krüger", "Aus Bremen. Ingenieur in Hexley. Pendler.", 180)
    person("HexleyFM_bol", "Hexley FM", "Your local radio for Hexley, Marrowgate and Stanbury. News on the hour.",
           24_800, following=700, verified=True)
    person("sue_oakes_bol", "Sue Oakes", "Carer for my mum. Wendlow. Tea and crosswords.", 140)
    person("kofi_o_bol", "Kofi Osei", "Accountant. Hexley. Spreadsheets and 5-a-side.", 260)
    person("caro_d_bol", "Caro Dunn", "Librarian, Caldershaw. Book pusher.", 330)
    person("ginjournal_bol", "The Gin Journal", "Reviewing small-batch gins so you don't have to 🍸", 8_900)
    person("megan_r_bol", "Megan Rhys", "Nurse. Wendlow. Terrible at reversing.", 210)
    person("ash_t_bol", "Ash Turner", "Sales. Hexley. Always on the 8:14.", 300)
    person("carl_b_bol", "Carl Benson", "Roofer. Marrowgate. Say it how it is.", 95)
    person("helen_q_bol", "Helen Quirke", "Retired solicitor. Still writes strongly worded letters.", 240)
    person("ria_b_bol", "Ria Bell", "Stanbury. Hairdresser. Cat lady in training.", 450)
    person("mo_f_bol", "Mo Farouk", "Delivery driver. Knows every car park in the county.", 380)
    person("sian_l_bol", "Siân Lloyd", "Teacher, Marrowgate. Dog walker. Tired.", 260)
    person("lucia_m_bol", "Lucía Moreno", "Malagueña en Hexley. Enfermera.", 200)
    person("greg_h_bol", "Greg Hollis", "Stanbury born. Cyclist. Opinions.", 540)
    person("noor_s_bol", "Noor Sayed", "Web developer. I notice template bugs.", 1_400)
    person("priya_c_bol", "Priya Chandra", "Caldershaw. GP receptionist. Tea first.", 310)
    person("ev_ollie_bol", "Ollie Grant", "EV driver since 2021. Range anxiety survivor ⚡", 2_300)
    person("boostmedia_bol", "BoostMedia 📈", "Grow your brand FAST. Real followers. DM for packages 💸", 1_900, following=4900)
    person("StanRoads_bol", "Stanbury Roads", "Traffic and travel around Stanbury. Not the council.", 12_700)
    person("BollardPub_bol", "The Bollard, Marrowgate", "Harbourside pub since 1821. Real ale, quiz on Tuesdays, dogs welcome 🍻", 3_100)
    person("tina_w_bol", "Tina Walsh", "Tillbrook. Nosy neighbour, proud of it.", 170)
    person("marco_r_bol", "Marco Rossi", "Milanese a Tillbrook. Auto elettrica e caffè.", 190)
    person("jade_k_bol", "Jade Kerr", "Tillbrook. EV, two dogs, zero patience.", 420)
    person("CaldNews_bol", "Caldershaw News", "News for Caldershaw and around since 1911.", 9_400)
    person("nadia_h_bol", "Nadia Hussain", "Stanbury. Pharmacist. Mum. Late shifts.", 330)
    person("ellis_t1_bol", "Ellis Price", "Type 1 since 2006. Runner. Carb counter.", 690)
    person("keeley_bol", "Keeley Marsh", "21. stanbury. nail tech 💅", 880)
    person("dom_harker_bol", "Dom Harker", "Comedian. Tour 'Mild Peril' on sale now. Podcast every Thursday.",
           1_100_000, following=640, listed=4800, verified=True)
    person("lee_g_bol", "Lee Garside", "Scaffolder. Stanbury. Don't test me.", 60)
    person("sanne_v_bol", "Sanne Visser", "Uit Leiden, woont in Stanbury. Fietst liever.", 230)
    person("StanStar_bol", "Stanbury Star", "Stanbury's paper since 1879. News, sport, what's on.", 21_500, following=800, verified=True)
    person("nan_pat_bol", "Pat Rowley", "Nan of six. I share the useful stuff.", 120)
    person("sam_k_bol", "Sam Kwan", "Consultant. Always in a different town.", 640)
    person("greta_j_bol", "Greta Jones", "Stanbury. Mum. Still cross about Wednesday.", 280)
    person("punny_rich_bol", "Rich Oduya", "Stand-up at open mics. Day job: spreadsheets.", 390)
    person("nurse_jo_bol", "Jo Fenwick", "ICU nurse. Nights. Coffee is a food group.", 310)
    person("rhys_d_bol", "Rhys Davies", "Son, brother, Marrowgate boy.", 180)
    person("jules_bol", "Jules Hart", "Mum of three. Marrowgate. Festival planner.", 340)
    person("fran_k_bol", "Fran Kemp", "Marrowgate. Mum of a 9 year old daredevil.", 260)
    person("bernie_bol", "Bernadette Cole", "Retired. Kidney patient. Grandma of 4.", 90)
    person("claire_f_bol", "Claire Fontaine", "Lyonnaise à Marrowgate. Maman de Lou.", 210)
    person("ines_bol", "Inês Carvalho", "Do Porto para Hexley. Enfermeira.", 230)
    person("mike_t_bol", "Mike Tranter", "Hexley. Engineer. Fair is fair.", 280)
    person("vik_bol", "Vik Raman", "Photographer. Marrowgate. Notices things.", 950)
    person("harbourfan_bol", "Gaz Penrose", "Marrowgate Harbour FC ⚓ home and away since 1994", 1_200)
    person("chips_quay_bol", "Beth Ainsley", "Marrowgate. Chips. Sea. Repeat.", 400)
    person("harry_w_bol", "Harry Wynn", "Stanbury. Project manager. Nosey.", 330)
    person("witness_amy_bol", "Amy Larch", "Hexley. Commuter.", 150)
    person("paul_r_bol", "Paul Ridley", "Hexley. Cyclist. Sceptic.", 230)
    person("june_bol", "June Whitlock", "Retired teacher. Caldershaw. Online banking is a minefield.", 80)
    person("rob_y_bol", "Rob Yates", "Caldershaw. Dad. Renews things at the last minute.", 190)
    person("kemi_dpo_bol", "Kemi Adebayo", "Data protection officer. Yes, really.", 1_700)
    person("leah_bol", "Leah Morton", "Marrowgate. Daughter of a tech-averse mum.", 240)
    person("tash_bol", "Tash Greene", "Stanbury. Knows a scam when she sees one.", 320)
    person("fundsback_bol", "RecoverFunds Pro ✅", "Certified scam & crypto recovery. 100% success. DM ✅", 6_900, following=5000)
    person("ben_a_bol", "Ben Asante", "First baby due in April! Terrified.", 210)
    person("freepark_bol", "Free Parking Giveaways 🎁", "Win free parking every week! Follow + RT to enter 🎁🚗", 2_800, following=4900)
    person("geo_nerd_bol", "Lena Fischer", "GeoGuessr addict. I can name a country from its road paint.", 3_300)
    person("ginger_cat_bol", "Holly Brent", "Cat mum to a 6kg ginger menace 🐈 Hexley.", 760)
    person("nicola_p_bol", "Nicola Pike", "Caldershaw. Single mum. Two jobs. No time.", 140)
    person("dazza_bol", "Darren Cope", "Hexley. Plasterer. Short fuse, fair bloke.", 110)
    person("soph_bol", "Sophie Lane", "Hexley. Saturday shopper.", 260)
    person("ravi_ev_bol", "Ravi Mehta", "EV road-tripper. I review chargers so you don't have to ⚡", 4_100)
    person("gwen_bol", "Gwen Ashby", "Caldershaw. Daughter, gardener, list maker.", 130)
    person("stan_h_bol", "Stan Hobbs", "Caldershaw. Retired postman. Patient, up to a point.", 70)
    person("lisa_y_bol", "Lisa Yeo", "Stanbury. Took the kids to the match. Never again (until next week).", 290)
    person("kev_moss_bol", "Kev Moss", "Stanbury Town season ticket holder. Suffering since 1989.", 890)
    person("owen_p_bol", "Owen Pritchard", "Stanbury. Son of a man who can't work a barrier.", 200)
    person("nell_bol", "Nell Hughes", "Hexley. Hates the clocks going forward.", 240)
    person("hexley_hub_bol", "Hexley Hub", "What's on in Hexley: roads, events, lost cats.", 7_600)
    person("booknook_bol", "Tamsin Reid", "Reading everything. Crying at most of it 📚", 2_100)
    person("KnitNatter_bol", "Hexley Knit & Natter", "Knitting, nattering and the odd yarn-bomb since 2015 🧶", 1_400)
    person("gran_tales_bol", "Becky Orme", "Stories about my gran. She's 91 and unstoppable.", 5_200)
    person("abi_q_bol", "Abi Quinn", "Caldershaw. Renting. Tired of forms.", 170)
    person("cass_bol", "Cass Ng", "Security researcher. I read your page source.", 3_100)
    person("femi_bol", "Femi Ade", "New job in April! Commuting from Hexley.", 120)

    # ---- Monday 20 March: the app falls over at the commuter peak -----------------------
    tom = tw("tom_hale_bol", f"@{B} app won't start a session at Hexley Station. tried 5 times, just 'something went wrong, try again later'. my train's in 4 minutes. what am I supposed to do??",
             when="2028-03-20T07:12:08Z")
    SC("bollard-complaint-app-session-station", "complaint-direct", tom, expect(RP, "high", "app", "direct"),
       note="the app is failing for everyone at the commuter peak: an outage")
    tom_brand = tw(B, "@tom_hale_bol Sorry Tom, the app isn't letting lots of you start a session this morning and our engineers are on it. Go and get your train: our cameras log every car in, and nobody parked at Hexley this morning will be fined for it. Update here by 9.",
                   reply_to=tom, when="2028-03-20T07:20:41Z")
    SC("bollard-brand-reply-tom-outage", "brand-own-post", tom_brand, expect(IGN, "low", "app", "none"))
    SC("bollard-thread-tom-made-train", "thread-with-brand",
       tw("tom_hale_bol", "made the train with 30 seconds to spare 🏃‍♂️ cheers. holding you to that about the fine though 👀",
          reply_to=tom_brand, when="2028-03-20T07:31:55Z"),
       expect(RP, "low", "fines", "direct"), note="thanks in the brand's thread, no @")
    SC("bollard-sarcasm-app-nap", "sarcasm-customer",
       tw("gill_m_bol", f"love that the @{B} app waits for 7am on a Monday, the exact moment every commuter in Hexley needs it, to take a little nap 🙃 inspired scheduling",
          when="2028-03-20T07:40:19Z"),
       expect(RP, "high", "app", "indirect"), note="sarcasm with no complaint word, during the outage", known_miss="round 13, not met yet: priority: want \"high\", got normal; the engine read: tags @BollardParking in a post to everyone | sarcasm (irony 0.63) from a customer: a complaint | topic app: 'app', 'apps'")
    status = tw(B, "🔧 The Bollard app and pay-by-text are failing to start parking sessions for many of you since about 7am. Engineers are on it. If you couldn't pay this morning, you will not be fined for it. Next update by 9am.",
                when="2028-03-20T07:48:00Z")
    SC("bollard-brand-own-outage-status", "brand-own-post", status, expect(IGN, "low", "app", "none"))
    SC("bollard-repost-outage-status", "repost", tw("nan_pat_bol", "", retweet=status, when="2028-03-20T07:56:33Z"),
       expect(IGN, "low", "app", "indirect"))
    SC("bollard-in-passing-monday-bingo", "complaint-in-passing",
       tw("dani_w_bol", f"monday bingo: toddler sick in the car seat ✅ dog ate a sock ✅ @{B} app froze at the station so I've probably got a fine coming ✅ can I go back to bed now",
          when="2028-03-20T08:02:47Z"),
       expect(RP, "high", "app", "indirect"), note="the brand tagged in the middle of a bad morning, during the outage", known_miss="round 13, not met yet: priority: want \"high\", got normal; the engine read: tags @BollardParking in a post to everyone | describes their own experience | complaint (0.69) | topic app: 'app', 'apps', 'froze'")
    lou = tw("lou_p_bol", "late for work AGAIN. this week has started exactly as it means to go on 😩", when="2028-03-20T08:05:00Z")
    SC("bollard-venting-app-dead-marrowgate", "third-party-venting",
       tw("kat_s_bol", "@lou_p_bol same, the Bollard app was dead at Marrowgate Quayside so I just left the car there and prayed. 20 mins of my life gone staring at a login screen",
          reply_to=lou, when="2028-03-20T08:14:26Z"),
       expect(MON, "low", "app", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    jonno = tw("jonno_reeve_bol", f"Couldn't pay for the car at Hexley station because the Bollard app has keeled over, so I abandoned it, sprinted for the 8:14 and watched it leave. Live on air in 50 minutes. Marvellous. @{B}",
               when="2028-03-20T08:16:02Z",
               metrics={"retweet_count": 1300, "reply_count": 940, "like_count": 21400, "quote_count": 180})
    SC("bollard-big-reach-presenter-app", "big-reach", jonno, expect(RP, "high", "app", "indirect"),
       note="720k followers, a real complaint during the outage; the handle at the end of a post to everyone")
    SC("bollard-joke-brand-consistency", "joke-bystander",
       tw("punster_al_bol", "@jonno_reeve_bol a company called Bollard stopping you getting anywhere. honestly that's just brand consistency",
          reply_to=jonno, when="2028-03-20T08:31:44Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("bollard-de-app-laedt-nicht", "non-english",
       tw("jan_kr_bol", f"@{B} Die App lädt nicht, seit einer Stunde schon. Ich kann am Bahnhof Hexley nicht bezahlen und muss zur Arbeit. Bekomme ich jetzt einen Strafzettel?",
          lang="de", when="2028-03-20T08:44:10Z"),
       expect(RP, "high", "app", "direct"), note="German: the app won't load at the station, during the outage")
    SC("bollard-news-app-outage", "news-monitor",
       tw("HexleyFM_bol", "Bollard Parking's app has been failing since 7am, leaving commuters at Hexley and Marrowgate unable to start a session or log in. The firm says nobody will be fined. More on the 9:30 bulletin {url:https://hexleyfm.example/news/bollard-app-outage}",
          when="2028-03-20T08:58:00Z"),
       expect(MON, "low", "app", "indirect"))
    SC("bollard-spam-fake-support-jonno", "spam",
       tw("BollardCare_bol", "@jonno_reeve_bol Hi Jonno 👋 Bollard support here ✅ we can cancel any fine and refund today's parking straight away! Just DM us your card number, expiry and reg to verify 🙏",
          reply_to=jonno, when="2028-03-20T09:06:37Z"),
       expect(IGN, "low", "payments", "third_party"), note="an impersonator under a big account's post, fishing for card details")
    SC("bollard-question-hospital-charge-notice", "question",
       tw("sue_oakes_bol", f"@{B} I couldn't pay at Wendlow General at 8 for my mum's appointment, it just spun. do I need to do anything or will any charge notice be cancelled without me appealing?",
          when="2028-03-20T09:21:15Z"),
       expect(RP, "normal", "fines", "direct"), note="a plain question about a possible charge notice; the appointment is routine")
    SC("bollard-private-double-charge-account", "private-details",
       tw("kofi_o_bol", f"@{B} I've been charged twice for one stay at Hexley this morning, £7.20 each, and your app failed anyway. account BP-4471902, email k.osei@inbox.example. can you refund one of them please",
          when="2028-03-20T09:37:52Z"),
       expect(RV, "normal", "payments", "direct"), note="an account number and an email address in public")
    allclear = tw(B, "✅ The app is working again. Sorry for a rotten start to the week. Any charge notice issued at our car parks between 7:00 and 9:40 this morning will be cancelled automatically: you don't need to appeal. Details 👉 {url:https://bollard.example/monday}",
                  when="2028-03-20T09:50:00Z")
    SC("bollard-brand-own-all-clear", "brand-own-post", allclear, expect(IGN, "low", "fines", "none"))
    SC("bollard-q-reply-on-street-pcn", "question-in-reply-to-brand",
       tw("caro_d_bol", "does 'cancelled automatically' cover the PCN on the street outside Caldershaw library too, or just the car parks? the warden put it on my windscreen at 8:50 while I was still trying to pay",
          reply_to=allclear, when="2028-03-20T10:12:30Z"),
       expect(RP, "normal", "fines", "direct"), note="a question under the brand's post, no @")
    SC("bollard-namesake-gin", "namesake",
       tw("ginjournal_bol", "Bollard Gin's new sea rhubarb edition is the best thing to come out of Marrowgate harbour since the chips 🍸 pink, sharp and dangerously easy to drink",
          when="2028-03-20T12:30:00Z"),
       expect(IGN, "low", None, "none"), note="Bollard Gin, a distillery in the same town as a Bollard multi-storey")
    SC("bollard-common-reversed-into-bollard", "common-word",
       tw("megan_r_bol", "reversed into a bollard in the Penmart car park trying to dodge a runaway trolley. £600 for a new bumper. my husband will never let this go 🙈",
          when="2028-03-20T17:45:21Z"),
       expect(IGN, "low", None, "none"), note="a post in a supermarket car park, not the parking company")

    # ---- Tuesday 21 March: the charge notices arrive anyway --------------------------------
    SC("bollard-quote-all-clear-notice-anyway", "quote",
       tw("ash_t_bol", "'cancelled automatically' 🙃 then why has a £100 charge notice for Hexley yesterday at 8:05 just landed in my inbox, with a lovely photo of my car",
          quote=allclear, when="2028-03-21T07:30:14Z"),
       expect(RP, "normal", "fines", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic complaint about his own charge notice")
    SC("bollard-repeat-tom-pcn-arrived", "repeat-contact",
       tw("tom_hale_bol", "you said nobody at Hexley would be fined. £100 PCN for 07:58 yesterday has just arrived. I've DM'd twice since 6am and heard nothing. third time asking",
          reply_to=tom_brand, when="2028-03-21T08:09:40Z"),
       expect(RP, "high", "fines", "direct"), note="back in the brand's thread: the promise was not kept, third contact")
    SC("bollard-abuse-thieving-clowns", "abuse-with-problem",
       tw("carl_b_bol", f"@{B} you absolute thieving clowns. your app was DOWN, you said no fines, and I've got a £100 PCN this morning. cancel it today or I'm telling everyone I know what a joke you lot are",
          when="2028-03-21T08:41:03Z"),
       expect(RP, "high", "fines", "direct"), note="rude, but a real charge notice from the outage")
    SC("bollard-legal-formal-notice-pcn", "legal-threat-not-urgent",
       tw("helen_q_bol", f"@{B} Formal notice: the £100 PCN you issued me for 08:12 on 20 March at Marrowgate Quayside came while your own app was down. Cancel it within 14 days or it goes to the independent appeals service and then the small claims court.",
          when="2028-03-21T09:10:27Z"),
       expect(RP, "high", "fines", "direct"), note="a court threat: a strong complaint, not urgent")
    ria = tw("ria_b_bol", "£100 parking fine for yesterday morning when the app was broken. how do I even fight this 😤", when="2028-03-21T09:20:00Z")
    SC("bollard-chatter-appeal-advice", "third-party-chatter",
       tw("mo_f_bol", "@ria_b_bol don't pay it. use the appeal form on Bollard's website, mine was cancelled within a day. they've said every PCN from Monday morning gets binned anyway",
          reply_to=ria, when="2028-03-21T09:34:51Z"),
       expect(MON, "low", "fines", "third_party"), note="a stranger's advice in someone else's thread")
    SC("bollard-praise-attendant-jump-start", "praise",
       tw("sian_l_bol", "Huge thanks to Gary, the attendant at Marrowgate Quayside, who jump-started my car on level 5 this morning and wouldn't take a penny. Bollard, give that man a pay rise 👏",
          when="2028-03-21T10:02:18Z"),
       expect(RP, "low", "car_parks", "indirect"), note="thanks for a member of staff, brand named without a tag")
    SC("bollard-es-multa-app-caida", "non-english",
       tw("lucia_m_bol", f"@{B} Hola, ayer la app no funcionaba en Hexley y hoy me ha llegado una multa de 100 libras. ¿Tengo que presentar un recurso o la anulan ustedes? Gracias",
          lang="es", when="2028-03-21T11:05:36Z"),
       expect(RP, "normal", "fines", "direct"), note="Spanish: a charge notice from the outage, does she need to appeal")
    SC("bollard-indirect-tariff-robbery", "complaint-indirect",
       tw("greg_h_bol", "Bollard have put the Stanbury Riverside tariff up to £4.50 an hour. For a multi-storey where half the lights don't work. Daylight robbery",
          when="2028-03-21T12:14:09Z"),
       expect(RP, "normal", "payments", "indirect"), note="his own complaint about prices, brand named without a tag")
    SC("bollard-html-pcn-email-template", "html-entities",
       tw("noor_s_bol", f"@{B} your email says 'Dear &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your charge notice of £&lt;%= pcn.amount %&gt; is now due'. so how much is the fine actually? and is it one of the Monday ones you said you'd cancel?",
          when="2028-03-21T13:02:45Z"),
       expect(RP, "normal", "fines", "direct"), note="a broken template in the charge notice email, delivered escaped")
    priya = tw("priya_c_bol", f"@{B} my residents' permit for zone C in Caldershaw runs out on Friday and the renewal page just says 'zone not found'. will I still be able to leave the car outside my own house on Saturday?",
               when="2028-03-21T14:00:31Z")
    SC("bollard-question-permit-renewal-zone", "question", priya, expect(RP, "normal", "permits", "direct"))
    priya_brand = tw(B, "@priya_c_bol Hi Priya, sorry: a few Caldershaw zones didn't carry over in last week's system change. Reply with your street (not your house number) and we'll add your renewal by hand today. No fines while we fix it.",
                     reply_to=priya, when="2028-03-21T14:22:10Z")
    SC("bollard-brand-reply-permit-zone", "brand-own-post", priya_brand, expect(IGN, "low", "permits", "none"), known_miss="round 13, not met yet: topic: want \"permits\", got fines; the engine read: the brand's own post | topic fines: 'fine', 'fines', 'fined'")
    SC("bollard-thread-permit-street", "thread-with-brand",
       tw("priya_c_bol", "it's Mill Lane, zone C. thanks for coming back so quick 🙏",
          reply_to=priya_brand, when="2028-03-21T14:31:47Z"),
       expect(RP, "normal", "permits", "direct"), note="the customer answers the brand's question in its thread, no @", known_miss="round 13, not met yet: priority: want \"normal\", got low; the engine read: replies to @BollardParking: the customer is talking to the brand | praise: thank them | topic permits: 'zone', 'zones'")
    SC("bollard-complaint-rapid-charger-cut-out", "complaint-direct",
       tw("ev_ollie_bol", f"@{B} the rapid charger at Tillbrook cut out at 18% three times and wouldn't restart, and I've still been billed £14.60 for about 6 miles of charging. EV drivers deserve better than this",
          when="2028-03-21T15:10:02Z"),
       expect(RP, "normal", "ev_charging", "direct"))
    SC("bollard-spam-follower-selling", "spam",
       tw("boostmedia_bol", "Want your parking business to look as big as Bollard? 🚗📈 5k REAL followers for £14.99, safe and fast. DM us now 🔥",
          when="2028-03-21T16:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("bollard-common-retractable-bollard", "common-word",
       tw("StanRoads_bol", "⚠️ Castle Street closed after a delivery van drove over the retractable bollard as it was rising. Van stuck fast on top of it, recovery on the way. Avoid the area for now",
          when="2028-03-21T16:40:00Z"),
       expect(IGN, "low", None, "none"), note="a retractable bollard in the street")
    SC("bollard-namesake-pub-quiz", "namesake",
       tw("BollardPub_bol", "Quiz night at The Bollard tonight 🍻 £1 a head, teams of six, and yes Doreen, the picture round is back. Our yard's being resurfaced, so leave the car up at Quayside and walk down",
          when="2028-03-21T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="The Bollard, a pub, sending drinkers to the brand's own multi-storey")

    # ---- Wednesday 22 March: EV bays, a councillor, and the barriers at Stanbury Riverside ---
    SC("bollard-chatter-penmart-takeover", "chatter-monitor",
       tw("tina_w_bol", "So Bollard are taking over the Penmart car park in Tillbrook from next month. Place your bets on how long before it's £3 an hour and a fine for sneezing 🤔",
          when="2028-03-22T08:05:33Z"),
       expect(MON, "low", "fines", "indirect"), note="talk about the brand with nothing to answer")
    SC("bollard-it-colonnina-ricarica", "non-english",
       tw("marco_r_bol", f"@{B} Buongiorno, la colonnina di ricarica nel vostro parcheggio di Tillbrook non funziona da lunedì: si ferma dopo due minuti. Potete mandare un tecnico? Grazie",
          lang="it", when="2028-03-22T09:12:48Z"),
       expect(RP, "normal", "ev_charging", "direct"), note="Italian: the charger stops after two minutes")
    SC("bollard-indirect-ev-bays-petrol-cars", "complaint-indirect",
       tw("jade_k_bol", "Every single morning Bollard's EV bays at Tillbrook are full of petrol cars and diesel vans and nobody ever does anything. 4 charge points, 0 chargeable. I just want to get to work",
          when="2028-03-22T10:01:16Z"),
       expect(RP, "normal", "ev_charging", "indirect"), note="her own complaint, brand named without a tag")
    SC("bollard-namesake-councillor-permits", "namesake",
       tw("CaldNews_bol", "Cllr Dennis Bollard says the council will freeze charges in its own Caldershaw car parks until 2029 and review residents' permit zones after complaints from Mill Lane {url:https://caldershawnews.example/council-parking}",
          when="2028-03-22T13:00:00Z"),
       expect(IGN, "low", "permits", "none"),
       note="a councillor's surname, in a story about the council's own permits: close to the business, not the brand")
    nadia = tw("nadia_h_bol", f"@{B} exit barriers at Stanbury Riverside won't open. paid in the app, my plate shows on the little display, barrier stays down. intercom rings out. 30+ cars queued on the ramp and it's 10:15pm",
               when="2028-03-22T22:15:06Z")
    SC("bollard-complaint-barriers-trapped", "complaint-direct", nadia, expect(RP, "high", "barriers", "direct"),
       note="every car in the multi-storey is trapped: an outage of the site")
    nadia_brand = tw(B, "@nadia_h_bol We're so sorry Nadia. The exit barriers at Stanbury Riverside have failed after a system fault. An engineer is on the way (about 40 minutes) and our night supervisor will raise them by hand before then if he can.",
                     reply_to=nadia, when="2028-03-22T22:29:50Z")
    SC("bollard-brand-reply-barriers", "brand-own-post", nadia_brand, expect(IGN, "low", "barriers", "none"))
    SC("bollard-medical-insulin-behind-barrier", "medical-urgent",
       tw("ellis_t1_bol", f"@{B} still stuck behind your barrier at Stanbury Riverside. I'm type 1 diabetic, my insulin is at home and my blood sugar is dropping. I need to get out NOW please",
          when="2028-03-22T22:44:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="a diabetic trapped without insulin, sugar falling")
    SC("bollard-safety-alone-level-4", "safety-urgent",
       tw("keeley_bol", "on my own on level 4 at stanbury riverside, cant get out, and theres 3 lads hanging round the stairwell shouting stuff at me and trying my door. feel really unsafe. bollard nobody answers the help button. im scared",
          when="2028-03-22T22:51:12Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, a young woman alone and harassed in the trapped car park")
    SC("bollard-big-reach-comedian-trapped", "big-reach",
       tw("dom_harker_bol", f"Been sat in Stanbury Riverside multi-storey for an hour with 40 other cars because Bollard's exit barriers have died and nobody answers the intercom. A kid two cars down has started a singalong. Send snacks. @{B}",
          when="2028-03-22T23:04:29Z",
          metrics={"retweet_count": 3100, "reply_count": 2200, "like_count": 48800, "quote_count": 410}),
       expect(RP, "high", "barriers", "indirect"), note="1.1m followers, joking but trapped with everyone else")
    SC("bollard-threat-booth-windscreen", "threat-urgent",
       tw("lee_g_bol", f"@{B} if that barrier isn't up in 10 minutes I'm driving through it, and if your 'supervisor' turns up empty handed again I'll drag him out of his booth and put him through the windscreen. 2 hours we've been sat here",
          when="2028-03-22T23:16:55Z"),
       expect(ANY, "urgent", "barriers", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("bollard-nl-slagboom-uitrit", "non-english",
       tw("sanne_v_bol", f"@{B} De slagboom bij de uitrit van Stanbury Riverside gaat al anderhalf uur niet open en niemand neemt de intercom op. Wanneer kunnen we eruit?",
          lang="nl", when="2028-03-22T23:40:03Z"),
       expect(RP, "high", "barriers", "direct"), note="Dutch: trapped behind the exit barrier for an hour and a half", known_miss="round 13, not met yet: priority: want \"high\", got normal; the engine read: addressed to @BollardParking | a question | topic barriers: 'slagboom', 'uitrit', 'intercom'")

    # ---- Thursday 23 March: the morning after, and Marrowgate Quayside's stairwell -------
    SC("bollard-thread-nadia-finally-out", "thread-with-brand",
       tw("nadia_h_bol", "finally out. the exit barrier went up at 00:50, nearly 3 hours after you said 40 minutes. I'd like a refund for tonight and a proper explanation",
          reply_to=nadia_brand, when="2028-03-23T00:56:18Z"),
       expect(RP, "high", "barriers", "direct"), strict=False,
       note="back in the brand's thread after the promised time was missed by two hours; some would call it a normal follow-up")
    star = tw("StanStar_bol", "Drivers were trapped for almost three hours in Stanbury Riverside multi-storey last night after Bollard Parking's exit barriers failed. One woman said she was left 'terrified' on an empty level {url:https://stanburystar.example/news/riverside-barriers}",
              when="2028-03-23T07:00:00Z")
    SC("bollard-news-barriers-trapped", "news-monitor", star, expect(MON, "low", "barriers", "indirect"),
       note="news of last night: monitor; the people in it are already cases")
    SC("bollard-repost-barrier-news", "repost", tw("nan_pat_bol", "", retweet=star, when="2028-03-23T07:18:41Z"),
       expect(IGN, "low", "barriers", "indirect"))
    samk = tw("sam_k_bol", "meeting in Stanbury tomorrow, anyone know where's best to leave the car near the river?", when="2028-03-23T07:30:00Z")
    SC("bollard-venting-kept-prisoner", "third-party-venting",
       tw("greta_j_bol", "@sam_k_bol anywhere but Riverside. Bollard's barriers kept us prisoner for 3 hours last night and I'm still fuming about it",
          reply_to=samk, when="2028-03-23T07:41:22Z"),
       expect(MON, "low", "barriers", "third_party"), note="venting in someone else's thread, brand not tagged")
    SC("bollard-joke-what-did-they-expect", "joke-bystander",
       tw("punny_rich_bol", "@sam_k_bol @greta_j_bol held hostage in a car park by a company literally called Bollard. what did you expect, a warm welcome? 😂",
          reply_to=samk, when="2028-03-23T07:52:09Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the name in someone else's thread")
    SC("bollard-in-passing-night-shift", "complaint-in-passing",
       tw("nurse_jo_bol", f"12 hour night shift, two cardiac arrests, car wouldn't start, got a jump off a porter, then @{B}'s barrier at Wendlow General ate my ticket and held me in for 20 mins. home at 9. bed.",
          when="2028-03-23T09:05:44Z"),
       expect(RP, "normal", "barriers", "indirect"), note="the brand tagged in the middle of a long night; the medical words are her job, not a need")
    rhys = tw("rhys_d_bol", f"@{B} the stairwell lights are out at Marrowgate Quayside again. my dad (79) has just fallen down half a flight in the dark and cut his head open, he's bleeding a lot. ambulance on the way. this was reported to you last week",
              when="2028-03-23T09:31:02Z")
    SC("bollard-safety-dad-fell-stairwell", "safety-urgent", rhys, expect(RP, "urgent", "safety", "direct"),
       note="a 79-year-old with a head wound, waiting for an ambulance")
    rhys_brand = tw(B, "@rhys_d_bol I'm so sorry. Please stay with your dad. Our Marrowgate team are on their way to you now to guide the paramedics in, and our safety manager will call you today. That stairwell is closed until it's lit and checked.",
                    reply_to=rhys, when="2028-03-23T09:38:27Z")
    SC("bollard-brand-reply-stairwell", "brand-own-post", rhys_brand, expect(IGN, "low", "safety", "none"))
    jules = tw("jules_bol", "taking all three kids to the harbour festival on Saturday. where's best to leave the car in Marrowgate?", when="2028-03-23T10:00:00Z")
    SC("bollard-safety-railing-in-thread", "safety-urgent",
       tw("fran_k_bol", "@jules_bol not Quayside. Bollard's railing on the level 3 stairs is hanging off and my son nearly fell through the gap onto the ramp below yesterday. genuinely dangerous, keep the kids well away",
          reply_to=jules, when="2028-03-23T10:14:36Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open: inside someone else's conversation, but a broken railing over a drop is a danger the brand must hear about now")
    SC("bollard-medical-oxygen-dialysis-lift", "medical-urgent",
       tw("bernie_bol", f"@{B} hi, the lift at Wendlow General car park is out again. I'm on oxygen, due on dialysis at 2, and get breathless after a few steps, so the stairs from the top deck aren't an option. what's the quickest way in for me? thank you",
          when="2028-03-23T11:02:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but dialysis today and she can't manage the stairs")
    SC("bollard-fr-safety-fille-ascenseur", "non-english",
       tw("claire_f_bol", f"@{B} Ma fille de 12 ans est bloquée dans l'ascenseur de Marrowgate Quayside depuis 20 minutes. Personne ne répond à l'alarme. Elle est coincée et elle panique. Envoyez quelqu'un tout de suite !",
          lang="fr", when="2028-03-23T12:05:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a 12-year-old stuck in the lift, panicking")
    SC("bollard-pt-multa-contestar", "non-english",
       tw("ines_bol", f"@{B} Boa tarde. Recebi uma multa de £100 por estacionar em Hexley na segunda de manhã, quando a vossa aplicação não funcionava. Como faço para contestar? Obrigada",
          lang="pt", when="2028-03-23T13:10:42Z"),
       expect(RP, "normal", "fines", "direct"), note="Portuguese: how to contest a charge notice from the outage")
    SC("bollard-praise-pcn-cancelled", "praise",
       tw("mike_t_bol", f"@{B} credit where it's due: the Monday PCN has been cancelled and someone emailed to say sorry. no appeal needed, took 10 minutes. more of that please 👍",
          when="2028-03-23T14:00:08Z"),
       expect(RP, "low", "fines", "direct"))
    SC("bollard-indirect-quayside-stinks", "complaint-indirect",
       tw("vik_bol", "Marrowgate Quayside multi-storey: stairwells stink of wee, litter on every level, two of the three pay machines broken. And Bollard want £3.20 an hour for the privilege",
          when="2028-03-23T15:21:33Z"),
       expect(RP, "normal", "car_parks", "indirect"), note="his own complaint about the state of the site")
    SC("bollard-namesake-footballer", "namesake",
       tw("harbourfan_bol", "KIERAN BOLLARD FROM 30 YARDS 🚀🚀 Marrowgate Harbour 2-1 up and the away end is bouncing ⚓",
          when="2028-03-23T20:31:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("bollard-common-mooring-bollard", "common-word",
       tw("chips_quay_bol", "sat on a mooring bollard on Marrowgate quay with chips and a gull staring me down. best £4.50 I've spent all week 🐟🌊",
          when="2028-03-23T17:10:25Z"),
       expect(IGN, "low", None, "none"), note="a mooring bollard on the quay next to the brand's Quayside multi-storey")
    SC("bollard-chatter-vans-at-riverside", "chatter-monitor",
       tw("harry_w_bol", "Bollard vans at Stanbury Riverside all day swapping out the barrier boxes and the cameras. Someone's having a very awkward meeting this week 👀",
          when="2028-03-23T16:05:47Z"),
       expect(MON, "low", "barriers", "indirect"), note="talk about the brand with nothing to answer")
    SC("bollard-threat-attendant-punched", "threat-urgent",
       tw("witness_amy_bol", f"A man's just punched the Bollard attendant at Hexley station over a fine and is standing over him with a steering lock threatening to kill him. Police on the way. @{B} get someone to him",
          when="2028-03-23T17:42:11Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat of violence against the brand's attendant, happening now")

    # ---- Friday 24 March: the phishing texts --------------------------------------------------
    SC("bollard-question-is-this-text-you", "question",
       tw("paul_r_bol", f"@{B} just got a text message: 'BOLLARD: parking at Hexley Station on 20/03 unpaid. Pay £2.40 now to avoid a £100 penalty: bollard-pay-uk.example'. is it you or a scam? after Monday I honestly can't tell",
          when="2028-03-24T06:41:30Z"),
       expect(RP, "normal", "payments", "direct"), note="a customer checking a phishing text before paying", known_miss="round 13, not met yet: priority: want \"normal\", got high; the engine read: addressed to @BollardParking | complaint (0.80) | money lost to fraud | topic payments: 'text message', 'text messages', 'scam', 'scams'")
    scam_alert = tw(B, "⚠️ Scam alert: fake texts claiming to be from Bollard are asking people to pay for 'unpaid parking' through a link. They are not from us. We never text a payment link. If you entered card details, call your bank now. More 👉 {url:https://bollard.example/scam}",
                    when="2028-03-24T07:30:00Z")
    SC("bollard-brand-own-scam-alert", "brand-own-post", scam_alert, expect(IGN, "low", "payments", "none"))
    SC("bollard-repost-scam-alert", "repost", tw("nan_pat_bol", "", retweet=scam_alert, when="2028-03-24T07:44:12Z"),
       expect(IGN, "low", "payments", "indirect"))
    SC("bollard-private-fraud-card-phone", "private-details",
       tw("june_bol", f"@{B} I paid that 'unpaid parking' text thinking it was you and now £640 has gone from my account in 3 payments. the card was 4000 0566 5566 5556, I've frozen it. my number is 07700 900644, please ring me, I'm shaking",
          when="2028-03-24T08:19:58Z"),
       expect(RV, "high", "payments", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("bollard-q-reply-how-to-tell-real-texts", "question-in-reply-to-brand",
       tw("rob_y_bol", "so how do I tell the real texts from the scam ones? I had a text message from 'Bollard' last month and paid through the link in it. was that one fake too?",
          reply_to=scam_alert, when="2028-03-24T08:52:04Z"),
       expect(RP, "normal", "payments", "direct"), note="a question under the brand's post, no @")
    SC("bollard-legal-ico-data", "legal-threat-not-urgent",
       tw("kemi_dpo_bol", "Reported Bollard to the ICO today. The scam texts I got had my full name, my reg AND the car park I used on Monday. That data came from somewhere, and it wasn't me",
          when="2028-03-24T09:30:15Z"),
       expect(RP, "high", "payments", "indirect"), note="a regulator complaint about her own data, brand named without a tag")
    leah = tw("leah_bol", "mum's just had a text saying she owes £2.40 for parking on Monday and she's about to pay it 🙄 is that legit??", when="2028-03-24T10:00:00Z")
    SC("bollard-chatter-scam-advice", "third-party-chatter",
       tw("tash_bol", "@leah_bol don't let her pay it! that's the scam going round, Bollard have said they never send payment links by text. block and delete",
          reply_to=leah, when="2028-03-24T10:11:39Z"),
       expect(MON, "low", "payments", "third_party"), note="a stranger's advice in someone else's thread")
    SC("bollard-spam-fund-recovery", "spam",
       tw("fundsback_bol", "Lost money to the Bollard parking text scam? 💸 Our certified recovery agents get your funds back in 24h. 100% success, no upfront fee. DM us now ✅",
          when="2028-03-24T10:45:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="scam 'fund recovery' riding on the phishing story")
    SC("bollard-medical-labour-hospital-car-park", "medical-urgent",
       tw("ben_a_bol", f"@{B} my wife's gone into labour early and we're at Wendlow General. the pay machine won't take cards and your app wants a code I haven't got. I'm not leaving her to sort parking, please don't fine me",
          when="2028-03-24T11:20:33Z"),
       expect(RP, "urgent", ANY, "direct"), strict=False,
       note="a medical emergency in the family, but the ask is about parking while she is in hospital care; some would say high rather than urgent, and the topic is a mix")
    SC("bollard-spam-free-year-giveaway", "spam",
       tw("freepark_bol", "🎉 BOLLARD GIVEAWAY 🎉 win a FREE year of parking at any Bollard car park! Follow, RT and enter your reg + card details here to claim 👉 {url:https://bollard-free-year.example/win}",
          when="2028-03-24T13:00:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="a fake giveaway fishing for card details")
    SC("bollard-common-geoguessr", "common-word",
       tw("geo_nerd_bol", "the moment I saw the bollard I knew it was France. white post, black stripe, little red reflector. four years of GeoGuessr has ruined me 🌍",
          when="2028-03-24T14:02:17Z"),
       expect(IGN, "low", None, "none"), note="roadside bollards in a geography game")
    SC("bollard-namesake-cat", "namesake",
       tw("ginger_cat_bol", "Bollard has claimed the warm bonnet of next door's car again and is refusing to move. 6kg of ginger attitude and zero remorse 🐈",
          when="2028-03-24T15:15:40Z"),
       expect(IGN, "low", None, "none"), note="a cat called Bollard, on a car", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Bollard in a post to everyone | general chatter about the brand")

    # ---- Saturday 25 March ----------------------------------------------------------------
    SC("bollard-repeat-visitor-permits", "repeat-contact",
       tw("nicola_p_bol", f"@{B} third week running my visitor permits haven't shown up. my mum's carer got a £70 fine outside my house on Thursday. I've emailed 3 times and had nothing back. sort it",
          when="2028-03-25T08:03:26Z"),
       expect(RP, "high", "permits", "direct"), note="the third contact about the same permits", known_miss="round 13, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @BollardParking | complaint (0.96) | a person at risk: urgent | topic permits: 'visitor permit', 'visitor permits', 'permit', 'permits'")
    SC("bollard-abuse-muppets-warden", "abuse-with-problem",
       tw("dazza_bol", f"@{B} your warden slapped a £100 fine on my van while I was stood at your broken pay machine trying to get it to work. cancel the penalty, you useless muppets",
          when="2028-03-25T09:12:50Z"),
       expect(RP, "high", "fines", "direct"), note="rude, but fined while the machine was broken")
    SC("bollard-sarcasm-penalty-four-minutes", "sarcasm-customer",
       tw("soph_bol", "thanks Bollard for the £100 penalty notice for being 4 minutes over at Hexley. really makes a Saturday 🙂 shame your warden can't count",
          when="2028-03-25T10:05:17Z"),
       expect(RP, "normal", "fines", "indirect"), note="'thanks' meaning the opposite")
    SC("bollard-praise-tillbrook-ev-hub", "praise",
       tw("ravi_ev_bol", "Have to say Bollard's EV hub at Tillbrook is brilliant. 8 rapid chargers, every one working, and I was at 80% by the time I'd done the big shop ⚡ more like this please",
          when="2028-03-25T11:00:42Z"),
       expect(RP, "low", "ev_charging", "indirect"), note="praise, brand named without a tag")
    SC("bollard-private-address-dob-permit", "private-details",
       tw("gwen_bol", f"@{B} the visitor permit for my mum won't go through. I'm at 22 Ferris Row, Caldershaw CD4 7LN, date of birth 03/09/1958 if you need to check it's me. she's coming tomorrow",
          when="2028-03-25T12:10:05Z"),
       expect(RV, "normal", "permits", "direct"), note="a home address and a date of birth in public")
    SC("bollard-hotline-permit-on-hold", "public-hotline-number",
       tw("stan_h_bol", f"@{B} rang 0808 157 0519 about my residents permit three times this week, 45 minutes on hold each time and then cut off. is anyone actually there?",
          when="2028-03-25T13:02:38Z"),
       expect(RP, "high", "permits", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; three failed calls make it a repeated complaint")
    SC("bollard-namesake-mascot", "namesake",
       tw("lisa_y_bol", "Bollard the Bulldog doing keepy-ups at half time has single-handedly rescued this Stanbury Town performance 🐶⚽ the kids are obsessed",
          when="2028-03-25T15:50:12Z"),
       expect(IGN, "low", None, "none"), note="a football club's mascot")
    SC("bollard-common-centre-half", "common-word",
       tw("kev_moss_bol", "our centre-half moved like a traffic bollard all afternoon. every winger in the league is going to have a field day 😩 #StanburyTown",
          when="2028-03-25T17:05:33Z"),
       expect(IGN, "low", None, "none"), note="a slow defender, in football slang")
    SC("bollard-hotline-praise-dad-barrier", "public-hotline-number",
       tw("owen_p_bol", "whoever was on Bollard's 0808 157 0519 line last night, thank you. talked my dad through getting out of Stanbury Riverside when the barrier jammed on him and didn't charge him a penny. proper human being",
          when="2028-03-25T10:30:19Z"),
       expect(RP, "low", "barriers", "indirect"), strict=False, note="praise quoting the brand's own helpline")

    # ---- Sunday 26 March: the clocks go forward ---------------------------------------------
    SC("bollard-sarcasm-clocks-forward", "sarcasm-customer",
       tw("nell_bol", "clocks went forward at 1am and the Bollard app has decided I arrived at 9 instead of 8 and overstayed. love being fined by a robot that can't read a clock 🙃",
          when="2028-03-26T09:12:44Z"),
       expect(RP, "normal", "fines", "indirect"), note="sarcasm about a charge from the clock change")
    SC("bollard-namesake-bollard-street", "namesake",
       tw("hexley_hub_bol", "Bollard Street in Hexley will be closed all week from Monday for gas main works 🚧 Diversion via Station Road, and the bus stop moves outside the library",
          when="2028-03-26T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="a street called Bollard Street")
    SC("bollard-namesake-novelist", "namesake",
       tw("booknook_bol", "Maeve Bollard's new one, 'The Harbour Wife', kept me up until 3am. That ending 😭📚",
          when="2028-03-26T10:20:36Z"),
       expect(IGN, "low", None, "none"), note="a novelist's surname")
    SC("bollard-common-yarn-bomb", "common-word",
       tw("KnitNatter_bol", "We've yarn-bombed every bollard on Hexley high street overnight 🧶 there's a bumblebee, a postbox, and something that might be the mayor. Knit &amp; Natter, Thursdays at the library",
          when="2028-03-26T08:05:00Z"),
       expect(IGN, "low", None, "none"), note="knitted covers on the street's bollards")
    SC("bollard-common-gran-slang", "common-word",
       tw("gran_tales_bol", "my gran's only swear word is 'bollards!'. she said it at the vicar's garden party in 1987 and has never been invited back. she also once reversed into an actual bollard and said it then too",
          when="2028-03-26T11:30:51Z"),
       expect(IGN, "low", None, "none"), note="'bollards!' as a mild oath, and a real bollard")
    SC("bollard-quote-scam-alert-permit-link", "quote",
       tw("abi_q_bol", "'we never text a payment link' ok, so why did I get a text from you last month with a link to renew my permit?? how is anyone meant to tell",
          quote=scam_alert, when="2028-03-26T12:04:27Z"),
       expect(RP, "normal", "permits", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a fair question about its own permit texts")
    SC("bollard-html-script-in-app-name", "html-entities",
       tw("cass_bol", f"@{B} my name in the app shows as &lt;script&gt;alert('pwned')&lt;/script&gt; since this morning and there's a saved card on my account I don't recognise. has it been hacked??",
          when="2028-03-26T13:15:02Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("bollard-question-season-ticket", "question",
       tw("femi_bol", f"@{B} do you do a season ticket for Hexley station car park? starting a new job in April, in the office 4 days a week",
          when="2028-03-26T14:40:19Z"),
       expect(RP, "normal", "permits", "direct"))
    return brand


BRANDS["bollard-parking"] = ("BollardParking", 5078901245, build_bollard_parking)
