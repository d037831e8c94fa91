# Tern: a made-up car and van hire company (@TernHire) with desks at Brackenbury and Norwell
# airports and town branches in Fennick, Ravensby, Cullerton and Saltmere, and an app with
# online check-in and a digital key. Bookings and one-way hires, deposits and refunds,
# pick-up queues and returns, damage charges, excess and insurance add-ons, fuel and
# mileage charges, breakdowns and roadside assistance, child seats and other extras.
# "Tern" is also a seabird (the Arctic tern and the common tern, and TERN in a crossword),
# Tern folding bikes, the River Tern, the village of Tern Hill on the A41, a surname (a
# hospital doctor) and a sailing dinghy raced at the Saltmere sailing club: none of them
# is the hire company.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is
# the middle of the August school holidays (Monday 16 to Sunday 22 August 2027), when the
# airport desks have long queues, families need child seats and people move house in vans.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, company,
# branch, booking reference, licence number, phone number, card number, address and email
# address here is made up (the River Tern, Tern Hill and the A41 are only named as
# namesakes). Phone numbers are from the UK drama ranges; the card number is a Luhn-valid
# test number.

def build_tern_hire():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tern-hire", SCEN_DIR / "tern-hire.plan.toml", "TernHire", 4412345639, 1861220000000004301)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-08-16T05:20:00Z")
    B = "TernHire"
    user(B, "Tern Car & Van Hire", 4412345639,
         "Tern 🐦 car and van hire at Brackenbury and Norwell airports and 14 town branches. Care team here 7am–10pm, "
         "7 days. Broken down? Roadside 24/7 on 0808 157 0462. Never post your booking ref, licence or card number here.",
         38_600, following=910, tweets=41_200, listed=160, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9440100000 + _n[0] * 4129, bio, followers, **kw)

    person("kate_ormerod", "Kate Ormerod", "Year 4 teacher, mum of two, on holiday (allegedly).", 420)
    person("rob_hesketh_tn", "Rob Hesketh", "Sparky. Two lads, one borrowed van.", 160)
    person("danny_okafor_tn", "Danny Okafor", "Groundsman. Dad-to-be in October 👶", 230)
    person("lou_baptiste", "Louise Baptiste", "Paralegal. Saving every penny for Crete.", 310)
    person("carys_meredith", "Carys Meredith", "Mum of three. Occasional runner, constant snacker.", 540)
    person("mark_whitby_tn", "Mark Whitby", "Dad, taxi service, bank. Daughter off to uni.", 120)
    person("fiona_galbraith", "Fiona Galbraith", "Accountant. I keep receipts. All of them.", 690)
    person("holly_penrose", "Holly Penrose", "Cornwall-bound. Sat nav sceptic.", 260)
    person("ade_punster", "Ade Lawal", "Puns are cheaper than therapy.", 880)
    person("jess_mcbride_tn", "Jess McBride", "Mum of Poppy (2). Saltmere for the week!", 190)
    person("sian_rowlands", "Siân Rowlands", "Nurse. Three kids under 6. Send help (and coffee).", 470)
    person("tom_achterberg", "Tom Achterberg", "Civil engineer. Dad of Mila (1). Checks things twice.", 150)
    person("gemma_lyle", "Gemma Lyle", "Hairdresser. Holiday mode: off, apparently.", 350)
    person("nadia_karim_t1", "Nadia Karim", "Mum of Zain (9, type 1 since 4). Pharmacist.", 610)
    person("jonas_becker_tn", "Jonas Becker", "Aus Hamburg. Urlaub mit der Familie.", 140)
    person("chris_malone_tn", "Chris Malone", "Plumber. Photos of everything since 2019.", 210)
    person("sam_oyelaran", "Sam Oyelaran", "Moving flat, again.", 180)
    person("helen_strachan", "Helen Strachan", "Retired solicitor. I read the small print so you don't have to.", 1_150)
    person("raj_sandhu_tn", "Raj Sandhu", "Dad of 4. Driving to Scotland, pray for us.", 260)
    person("chiara_bell_tn", "Chiara Bellini", "Milanese. Vacanze in Inghilterra con due bimbi.", 330)
    person("wanderwithmeg", "Meg Lowther | Wander With Meg", "Family travel 🌍 860k of you come on holiday with me. Two toddlers, one husband, zero chill.",
           860_000, following=1400, listed=3100, verified=True)
    person("auntie_pat_tn", "Pat Greaves", "Nan, auntie, reposter of everything.", 75)
    person("kev_brady_tn", "Kev Brady", "", 55)
    person("daz_mellor", "Daz Mellor", "Ravensby. Family first.", 120)
    person("sanne_dekker_tn", "Sanne Dekker", "Utrechtse op vakantie in Engeland.", 210)
    person("javier_ruiz_tn", "Javier Ruiz", "Sevillano. De vacaciones con la familia.", 170)
    person("claire_dubois_t", "Claire Dubois", "Lyonnaise. Trois enfants, un minibus.", 150)
    person("ian_fairley", "Ian Fairley", "Retired mechanic. Can't switch it off.", 240)
    person("lee_sharples", "Lee Sharples", "Say it to my face.", 90)
    person("wes_kirkby", "Wes Kirkby", "Moving house. Hate everything.", 65)
    person("xss_marta", "Marta Lindqvist", "Pentester. I break checkout forms for a living.", 2_400)
    person("ellie_brennan", "Ellie Brennan", "23. Removals on a budget.", 140)
    person("mo_hussain_tn", "Mo Hussain", "Finally moved in 🏡", 300)
    person("bia_sousa_tn", "Beatriz Sousa", "De Braga para Fennick. Enfermeira.", 260)
    person("katrin_vogel_tn", "Katrin Vogel", "Ingenieurin aus Stuttgart, jetzt in Fennick.", 190)
    person("owen_griffiths", "Owen Griffiths", "IT manager. Patience not included.", 720)
    person("nina_harcourt", "Nina Harcourt", "Travel, tea and the occasional rant.", 580)
    person("phil_tanner_tn", "Phil Tanner", "Bricklayer. Not built for laybys.", 95)
    person("ruth_egan_tn", "Ruth Egan", "Night owl. Learning to change a wheel, apparently.", 310)
    person("TernHire_Care", "Tern Hire Customer Care ✅", "Official Tern Hire support 24/7 🚗 DM us your booking ref for fast refunds",
           31, following=4200)
    person("growfast_tn", "GrowFast Media 📈", "Real followers. Real fast. DM for prices 💯", 5_200, following=5000)
    person("cryptorecoverUK", "Crypto Recovery UK 🔐", "Lost funds? We get them back. 100% success. DM.", 1_900, following=4700)
    person("RecoverPro_Desk", "RecoverPro Desk", "Certified fund recovery agents.", 420, following=3900)
    person("summerwinz_4u", "Summer Giveaways 🎁", "Daily giveaways! Follow + RT to win 🎁", 3_600, following=4900)
    person("fennick_gazette", "Fennick Gazette", "News from Fennick, Saltmere and the coast since 1868.", 33_000, following=700, verified=True)
    person("rental_trade_wk", "Rental Trade Weekly", "News for the car and van rental trade.", 18_500, following=900, verified=True)
    person("joe_pianomover", "Joe Briggs", "Moving a piano up four flights this weekend. Pray for me.", 160)
    person("laura_moves_tn", "Laura Finch", "New flat, new me, same old boxes.", 200)
    person("ffion_moves", "Ffion Pryce", "Moving day Saturday 😬", 310)
    person("matt_dennison", "Matt Dennison", "Plasterer. Owns far too many dust sheets.", 150)
    person("aunty_jan_tn", "Jan Ashworth", "Auntie Jan. Nosy about your holidays.", 260)
    person("claire_hollis", "Claire Hollis", "Cornwall this week. Weather: yes.", 180)
    person("norwell_mum_of2", "Abi Kerr", "Norwell mum of 2. Holiday planner-in-chief.", 390)
    person("vik_shah_tn", "Vik Shah", "Dad. Spreadsheet holidays.", 220)
    person("zoe_fraser_tn", "Zoe Fraser", "Anxious driver, good intentions.", 170)
    person("andy_pryor_tn", "Andy Pryor", "Ravensby born. Been everywhere, hired everything.", 350)
    person("beth_carver_tn", "Beth Carver", "Just want my holiday to start.", 140)
    person("punmaster_rich", "Rich Tolley", "Dad jokes, served warm.", 520)
    person("saltmere_birder", "Saltmere Birder", "Birds of the Saltmere estuary and harbour. Binoculars always.", 3_800)
    person("crossword_cath", "Cath Bellamy", "Cryptic crosswords, cold tea.", 290)
    person("commute_cyclist", "Sophie Marr", "Train + bike commuter. Knees of steel.", 430)
    person("fold_and_ride", "Dev Raman", "Folding bikes, trains and smug faces.", 1_200)
    person("angler_bob_t", "Bob Thwaite", "Fly fishing, mostly catching trees.", 640)
    person("wm_roads_live", "West Midlands Roads Live", "Live traffic for the A41, A49 and A53. Not monitored 24/7.", 22_000, following=300)
    person("fennick_general", "Fennick General Hospital", "News from Fennick General Hospital.", 12_400, following=500, verified=True)
    person("saltmere_sc", "Saltmere Sailing Club", "Dinghy racing on Saltmere harbour since 1931 ⛵", 2_100)
    person("beachwalker_liz", "Liz Ormond", "Walks on Cullerton beach. Dog: Biscuit.", 180)
    person("greg_dunmore_tn", "Greg Dunmore", "Delivery driver. Numbers matter.", 130)
    person("alan_morgan_tn", "Alan Morgan", "Ravensby. Retired postman.", 85)
    person("jo_whitcombe_tn", "Jo Whitcombe", "Moving to Saltmere. Finally.", 160)
    person("paddymcgrath_tv", "Paddy McGrath", "Comedian. Panel shows. Touring autumn 2027. Views my own, sadly.",
           1_300_000, following=650, listed=5200, verified=True)
    person("femi_okonjo_tn", "Femi Okonjo", "Family of six. Holidays are a logistics project.", 280)
    person("lucia_navarro", "Lucía Navarro", "Valenciana. Viajando por Inglaterra.", 240)
    person("dean_carr_tn", "Dean Carr", "Three kids, one dog, no patience left.", 190)
    person("amy_lister_tn", "Amy Lister", "Driving to Wales on Saturday. Nervous.", 110)
    person("harpreet_g_tn", "Harpreet Gill", "Software tester. Notices bugs on holiday too.", 360)
    person("tasha_quinn_tn", "Tasha Quinn", "Sarcasm is my love language.", 450)
    person("mike_donnelly", "Mike Donnelly", "Saltmere for a week. Sand everywhere.", 130)
    person("rachel_boyd_tn", "Rachel Boyd", "Small business owner. Two vans. One grudge.", 900)

    # ---- Monday 16 August ---------------------------------------------------------------
    checkin_tip = tw(B, "August tip ☀️ check in online in the Tern app before you fly. At Brackenbury and Norwell you can then skip the main queue: show your licence at the express desk and go. {url:https://ternhire.example/online-check-in}",
                     when="2027-08-16T06:00:00Z")
    SC("tern-brand-own-online-check-in", "brand-own-post", checkin_tip, expect(IGN, "low", "app", "none"),
       known_miss="round 11, not met yet: topic: want \"app\", got pickup; the engine read: the brand's own post | topic pickup: 'queue', 'queues', 'queued', 'desk', 'desks'")
    SC("tern-safety-van-brake-pedal-m72", "safety-urgent",
       tw("rob_hesketh_tn", f"@{B} the Transit we got from Cullerton at 7 this morning - the brake pedal is going almost to the floor. I've pulled onto the hard shoulder of the M72 near junction 9 with my two lads in the cab, lorries flying past. what do we do?? is someone coming",
          when="2027-08-16T07:52:10Z"),
       expect(RP, "urgent", "roadside", "direct"), note="failing brakes, on the hard shoulder with children: danger now")
    SC("tern-q-reply-check-in-one-way", "question-in-reply-to-brand",
       tw("harpreet_g_tn", "does online check-in work for a one-way booking? the app keeps saying 'not eligible' for mine and we land at Norwell on Wednesday",
          reply_to=checkin_tip, when="2027-08-16T08:14:33Z"),
       expect(RP, "normal", "app", "direct"), note="a question in reply to the brand's post, no @")
    queue = tw("kate_ormerod", f"@{B} 2 hours 40 in the queue at the Brackenbury airport desk with two shattered kids. 3 staff on for about 60 people and half the desks shut. is this seriously how august works?? #TernHire",
               when="2027-08-16T09:12:48Z")
    SC("tern-complaint-airport-queue", "complaint-direct", queue, expect(RP, "normal", "pickup", "direct"))
    queue_brand = tw(B, "@kate_ormerod Sorry Kate, that's far too long. Four more of the team start on the Brackenbury desk at 10, and I've asked the manager there to open the express desk for families with young children. You should be on the road within 30 minutes.",
                     reply_to=queue, when="2027-08-16T09:31:05Z")
    SC("tern-quote-skip-the-queue", "quote",
       tw("tasha_quinn_tn", "'skip the main queue' 😂 the express desk at Norwell had its own queue this morning, just shorter and angrier",
          quote=checkin_tip, when="2027-08-16T09:50:20Z"),
       expect(RP, "normal", "pickup", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own wait")
    SC("tern-private-card-deposit-twice", "private-details",
       tw("lou_baptiste", f"@{B} you've taken the £250 deposit twice on my card 4111 1111 1111 1111 for booking TRN-58271-KB. I need one of them back today please, that's our holiday money",
          when="2027-08-16T10:05:37Z"),
       expect(RV, "normal", "charges", "direct"), note="a full card number and a booking reference in public")
    SC("tern-thread-queue-thanks", "thread-with-brand",
       tw("kate_ormerod", "that worked, we were out in 20 mins once the express desk opened. the lady on desk 4 was lovely with the kids. thank you!",
          reply_to=queue_brand, when="2027-08-16T10:38:52Z"),
       expect(RP, "low", "pickup", "direct"), note="back in the brand's thread without @: thanks, the problem is solved")
    SC("tern-medical-pregnant-fainted-queue", "medical-urgent",
       tw("danny_okafor_tn", f"@{B} my wife is 7 months pregnant and she's just fainted in your pick-up queue at Norwell airport. it's about 30 degrees in here, no water, no seats, and your staff told us to 'keep our place in the queue'. she needs help NOW",
          when="2027-08-16T12:20:15Z"),
       expect(RP, "urgent", "pickup", "direct"), note="a pregnant woman collapsed in the queue")
    SC("tern-question-one-way-luton", "question",
       tw("mark_whitby_tn", f"@{B} can I book a one-way Luton van, picking it up in Fennick on Saturday 28th and leaving it at Saltmere? moving my daughter into halls. how much extra is a one way?",
          when="2027-08-16T13:10:26Z"),
       expect(RP, "normal", "bookings", "direct"))
    SC("tern-safety-toddler-locked-in-heat", "safety-urgent",
       tw("jess_mcbride_tn", f"@{B} HELP my 2 year old is locked in the car at Saltmere beach car park, keys are inside and the app digital key just says 'error, try again'. it's so hot and she's screaming. can you unlock it remotely?? PLEASE",
          when="2027-08-16T14:55:40Z"),
       expect(RP, "urgent", "app", "direct"), note="a toddler locked in a hot car; the digital key in the app is failing")
    SC("tern-in-passing-no-child-seats", "complaint-in-passing",
       tw("carys_meredith", f"holiday day 1: flight 4 hrs late, a suitcase in Tenerife, and @{B} at Norwell had no child seats left even though I booked two in April. so we're sat in arrivals looking for a taxi with car seats. #holidaychaos",
          when="2027-08-16T15:40:02Z"),
       expect(RP, "normal", "extras", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("tern-sarcasm-refuelling-charge", "sarcasm-customer",
       tw("fiona_galbraith", f"@{B} love that I brought the car back with a full tank (receipt from the petrol station 2 miles away and everything) and you've still billed me £89 for refuelling. genuinely innovative #ripoff",
          when="2027-08-16T17:30:44Z"),
       expect(RP, "normal", "fuel_mileage", "direct"), note="sarcasm from a customer is a complaint")
    satnav = tw("holly_penrose", "hire car has a mind of its own. the sat nav has sent us down three farm tracks and a ford since Exeter",
                when="2027-08-16T19:00:00Z")
    SC("tern-joke-good-tern-deserves-another", "joke-bystander",
       tw("ade_punster", "@holly_penrose one good Tern deserves another 🐦😂",
          reply_to=satnav, when="2027-08-16T19:20:31Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the name inside someone else's thread")

    # ---- Tuesday 17 August --------------------------------------------------------------
    SC("tern-it-seggiolini-navigatore", "non-english",
       tw("chiara_bell_tn", f"@{B} buongiorno, arriviamo a Brackenbury il 20 agosto. Posso aggiungere due seggiolini e un navigatore alla prenotazione? Si pagano a parte? Grazie mille",
          lang="it", when="2027-08-17T08:15:09Z"),
       expect(RP, "normal", "extras", "direct"), note="Italian: adding two child seats and a sat nav to a booking")
    SC("tern-indirect-scratch-already-there", "complaint-indirect",
       tw("chris_malone_tn", "Tern Hire have charged me £340 for a scratch on the rear bumper that was already there when I picked the car up. I've got the photos from the car park with the time on them. Do they think we're stupid?",
          when="2027-08-17T09:20:27Z"),
       expect(RP, "normal", "damage", "indirect"), note="names the brand without tagging it, about his own charge",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: names Tern in a post to everyone | describes their own experience | complaint (0.80) | rude, but still a customer with a problem | topic damage: 'scratch', 'bumper', 'already there', 'photos', 'photo'")
    SC("tern-medical-insulin-left-in-car", "medical-urgent",
       tw("nadia_karim_t1", f"@{B} I returned a Corsa to Norwell airport at 6am and left my son's insulin pens in the glovebox. he's type 1, we fly home tonight and he needs them by teatime. booking TRN-60412-AS, please ring me on 07700 900614",
          when="2027-08-17T10:30:18Z"),
       expect(RV, "urgent", "pickup", "direct"),
       note="a child's insulin needed within hours, with a booking reference and a phone number: private and urgent",
       known_miss="round 11, not met yet: topic: want \"pickup\", got bookings; the engine read: addressed to @TernHire | exposes an account, booking or security code and a phone number in public: answer privately | complaint (0.29) | a medical need: urgent | topic bookings: 'booking', 'bookings', 'booked', 'book'")
    deposit = tw("sam_oyelaran", f"@{B} returned the Luton to Fennick on 9 August, no damage, signed off, and the £500 deposit is still on hold on my card. 8 days now. when does it come back?",
                 when="2027-08-17T11:02:55Z")
    SC("tern-complaint-deposit-still-held", "complaint-direct", deposit, expect(RP, "normal", "charges", "direct"))
    deposit_brand = tw(B, "@sam_oyelaran Sorry Sam, the return wasn't closed off on our system, so the hold on your card never dropped. I've closed it now, and the £500 should be back on your card in 3 to 5 working days. I'll check on Friday that it has gone through.",
                       reply_to=deposit, when="2027-08-17T11:25:30Z")
    SC("tern-brand-reply-deposit", "brand-own-post", deposit_brand, expect(IGN, "low", "charges", "none"))
    big = tw("wanderwithmeg", f"Landed at Brackenbury with a @{B} booking confirmed and paid 3 months ago. 'Sorry, no cars left in that car group, we can do you a van for £210 more.' A van. With two toddlers. Is this how you treat people who book early?",
             when="2027-08-17T12:05:00Z",
             metrics={"retweet_count": 2100, "reply_count": 1400, "like_count": 26_800, "quote_count": 380})
    SC("tern-big-reach-no-cars-in-group", "big-reach", big, expect(RP, "high", "bookings", "indirect"),
       note="860k followers; the handle in passing, in a post to everyone")
    SC("tern-repost-big-reach-no-cars", "repost", tw("auntie_pat_tn", "", retweet=big, when="2027-08-17T12:40:36Z"),
       expect(IGN, "low", "bookings", "indirect"))
    SC("tern-safety-smoke-bonnet-coast-road", "safety-urgent",
       tw("gemma_lyle", "smoke pouring out from under the bonnet of our Tern Hire car on the coast road past Cullerton. got the kids out and up the bank, fire brigade on the way. first day of the holiday 😭",
          when="2027-08-17T13:15:49Z"),
       expect(RP, "urgent", "roadside", "indirect"), note="told to everyone, brand named without a tag: a car on fire with children")
    SC("tern-de-diabetic-child-breakdown", "medical-urgent",
       tw("jonas_becker_tn", f"@{B} Wir stehen seit 3 Stunden mit einer Panne auf dem Standstreifen bei Cullerton. Unsere Tochter (8) hat Typ-1-Diabetes, ihr Blutzucker fällt und wir haben nichts mehr zu essen dabei. Wann kommt die Pannenhilfe?",
          lang="de", when="2027-08-17T15:05:22Z"),
       expect(RP, "urgent", "roadside", "direct"),
       note="German: broken down for hours with a diabetic child whose blood sugar is falling")
    SC("tern-legal-small-claims-windscreen", "legal-threat-not-urgent",
       tw("helen_strachan", f"@{B} £1,150 taken from my card for 'damage' to a windscreen that was chipped before I drove off, and it's on your own check-out sheet. Letter before action sent today. You have 14 days, then I file in the small claims court.",
          when="2027-08-17T16:00:14Z"),
       expect(RP, "high", "damage", "direct"), note="a court threat: a strong complaint, not urgent")
    SC("tern-praise-blowout-all-fine", "praise",
       tw("raj_sandhu_tn", f"tyre blew out on the M72 yesterday doing 70 in our Tern Hire Golf. a scary few seconds but everyone is fine, and roadside assistance had us in a replacement car in 50 mins. credit where it's due @{B} 👏",
          when="2027-08-17T18:10:37Z"),
       expect(RP, "low", "roadside", "indirect"), note="a scare that is over and fine: praise, not urgent")
    childseat = tw("tom_achterberg", f"@{B} hi, the child seat we got with our Polo at Ravensby: the harness buckle won't click shut properly and one of the isofix arms is cracked. we drive 200 miles tomorrow with our 1 year old. can we swap it first thing?",
                   when="2027-08-17T19:30:08Z")
    SC("tern-safety-child-seat-buckle", "safety-urgent", childseat, expect(RP, "urgent", "extras", "direct"),
       note="a calm question, but a broken child seat buckle before a long drive with a baby is a safety risk")
    childseat_brand = tw(B, "@tom_achterberg Thanks for checking, Tom, please don't use that seat. Ravensby will have a new child seat ready for you at 8am tomorrow, and the team will fit it and check it with you before you set off.",
                         reply_to=childseat, when="2027-08-17T19:48:51Z")
    SC("tern-safety-night-hard-shoulder-kids", "safety-urgent",
       tw("sian_rowlands", "broke down in a Tern Hire car on the Fennick bypass at 11pm with 3 kids under 6. no street lights on this stretch, lorries doing 60 past us. roadside assistance say 4 HOURS. anyone local who can help??",
          when="2027-08-17T22:04:46Z"),
       expect(RP, "urgent", "roadside", "indirect"), note="told to everyone: stranded at night by a fast road with small children")

    # ---- Wednesday 18 August ------------------------------------------------------------
    SC("tern-thread-child-seat-swapped", "thread-with-brand",
       tw("tom_achterberg", "swapped it at 8 on the dot, the new one is solid and the lad showed us how to fit it. thank you, really appreciate how fast you sorted it",
          reply_to=childseat_brand, when="2027-08-18T07:40:13Z"),
       expect(RP, "low", "*", "direct"), note="thanks in the brand's thread without @; the reply has no clear topic keyword")
    SC("tern-abuse-deposit-clowns", "abuse-with-problem",
       tw("lee_sharples", f"@{B} you thieving clowns. 3 weeks and my £300 deposit still isnt back. every call its 'with accounts'. sort your s**t out and give me my money",
          when="2027-08-18T08:50:41Z"),
       expect(RP, "high", "charges", "direct"), note="insults, but a real problem: money held for three weeks")
    SC("tern-fr-exhaust-fumes-minibus", "safety-urgent",
       tw("claire_dubois_t", f"@{B} Depuis ce matin il y a une odeur de gaz d'échappement dans le minibus loué à Brackenbury. Les enfants ont mal à la tête et mon mari a des vertiges au volant. On s'est arrêtés sur une aire. C'est dangereux ? Que fait-on ?",
          lang="fr", when="2027-08-18T09:05:29Z"),
       expect(RP, "urgent", "roadside", "direct"),
       note="French: exhaust fumes inside the minibus, children with headaches, the driver dizzy")
    SC("tern-abuse-dead-battery-moving-day", "abuse-with-problem",
       tw("wes_kirkby", f"@{B} absolute shambles of a company. your idiots at Cullerton gave us a van with a dead battery that wouldn't start, we missed our removal slot and now the landlord wants another day's rent. useless the lot of you",
          when="2027-08-18T09:30:55Z"),
       expect(RP, "high", "roadside", "direct"), note="rude, but a real problem that cost him money")
    SC("tern-nl-knife-at-desk", "threat-urgent",
       tw("sanne_dekker_tn", f"@{B} Bij de balie op Norwell Airport trok een man net een mes tegen jullie medewerkster omdat er geen auto's meer waren. Iedereen in de wachtrij stond te trillen. Is de politie gebeld? Gaat het goed met haar?",
          lang="nl", when="2027-08-18T10:40:07Z"),
       expect(RP, "urgent", "pickup", "direct"), note="Dutch: a man pulled a knife on a member of staff at the desk")
    SC("tern-es-brakes-motorway", "safety-urgent",
       tw("javier_ruiz_tn", f"@{B} Alquilamos una furgoneta en Fennick y los frenos hacen un ruido horrible, el pedal está muy blando. Vamos por la autovía con los niños. ¿Paramos? ¿Mandan una grúa? Esto es peligroso",
          lang="es", when="2027-08-18T11:20:33Z"),
       expect(RP, "urgent", "roadside", "direct"), note="Spanish: soft, grinding brakes on a motorway with children")
    SC("tern-pt-deposit-blocked", "non-english",
       tw("bia_sousa_tn", f"@{B} Devolvi o carro em Brackenbury há 10 dias e a caução de 300 libras ainda está bloqueada no meu cartão. Quando é feito o reembolso?",
          lang="pt", when="2027-08-18T12:15:48Z"),
       expect(RP, "normal", "charges", "direct"), note="Portuguese: the deposit still held ten days after the return")
    SC("tern-question-young-driver-age", "question",
       tw("ellie_brennan", f"@{B} I'm 23 and passed my test 18 months ago. can I book a van with you or is the age limit 25? and is there a young driver charge on top?",
          when="2027-08-18T13:00:19Z"),
       expect(RP, "normal", "bookings", "direct"))
    SC("tern-html-script-promo-code", "html-entities",
       tw("xss_marta", f"@{B} &lt;script&gt;alert('tern')&lt;/script&gt; in your app's promo code box runs. more to the point, the app logs me out every time I open my booking so I can't do online check-in",
          when="2027-08-18T14:10:26Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("tern-de-einwegmiete-question", "non-english",
       tw("katrin_vogel_tn", f"@{B} Hallo! Kann ich eine Einwegmiete von Fennick nach Saltmere online buchen? Und kann ich meine Buchung danach noch umbuchen, falls sich das Datum ändert?",
          lang="de", when="2027-08-18T16:30:02Z"),
       expect(RP, "normal", "bookings", "direct"), note="German: a question about booking a one-way hire")
    SC("tern-safety-bald-tyres-calm", "safety-urgent",
       tw("ian_fairley", f"@{B} quick question before we drive to Scotland tomorrow. the front tyres on the Qashqai from Saltmere are almost bald, barely any tread, and one has a bulge in the sidewall. I wouldn't drive it. can we swap in the morning?",
          when="2027-08-18T18:45:30Z"),
       expect(RP, "urgent", "roadside", "direct"), note="calmly put, but bald tyres with a bulge are dangerous on a long drive")
    SC("tern-praise-cullerton-stayed-late", "praise",
       tw("mo_hussain_tn", f"@{B} huge thanks to Dev at the Cullerton branch who stayed 40 minutes after closing so we could collect the van for our move. absolute legend 🙌",
          when="2027-08-18T19:05:14Z"),
       expect(RP, "low", "pickup", "direct"))
    SC("tern-threat-desk-lad-bat", "threat-urgent",
       tw("kev_brady_tn", f"@{B} the lad on your Ravensby desk who signed off my £600 damage charge for a scratch the size of a fingernail. tell him ill be back saturday with a bat and we'll see how he likes dents",
          when="2027-08-18T20:15:39Z"),
       expect(ANY, "urgent", "damage", "direct"),
       note="a threat to a member of staff with a complaint about a damage charge: only the priority is strict")
    SC("tern-threat-indirect-follow-staff", "threat-urgent",
       tw("daz_mellor", "that woman on the Tern Hire desk at Brackenbury who cancelled my son's booking over the points on his driving licence. I know which car she drives and what time she finishes. she'll learn",
          when="2027-08-18T21:30:58Z"),
       expect(ANY, "urgent", "bookings", "indirect"),
       note="a veiled threat to a member of staff, told to everyone, with a complaint: only the priority is strict")

    # ---- Thursday 19 August -------------------------------------------------------------
    appdown = tw("owen_griffiths", f"@{B} your app has been dead since 6am. can't do online check-in, the digital key won't unlock the car sat right in front of me in the Brackenbury car park, and the desk says 'use the app'. there are 40 of us stood here",
                 when="2027-08-19T06:55:21Z")
    SC("tern-complaint-app-digital-key-outage", "complaint-direct", appdown, expect(RP, "high", "app", "direct"),
       note="the app and the digital keys are down for everyone: an outage")
    appdown_brand = tw(B, "@owen_griffiths Sorry Owen, the app and digital keys have had an error since 6am for everyone. Our developers expect a fix by 11; until then the Brackenbury team are unlocking cars by hand. I'll post here the minute the app is back.",
                       reply_to=appdown, when="2027-08-19T07:20:44Z")
    SC("tern-news-fined-worn-brakes", "news-monitor",
       tw("fennick_gazette", "Tern Hire fined £80,000 after a van with worn brakes was hired out from its Cullerton branch in 2025. No one was hurt, magistrates heard {url:https://fennick-gazette.example/news/tern-hire-fined}",
          when="2027-08-19T07:30:00Z"),
       expect(MON, "low", "roadside", "indirect"), note="news about a past incident: monitor, not urgent")
    SC("tern-hotline-praise-wheel-1am", "public-hotline-number",
       tw("ruth_egan_tn", "shout out to the night team on Tern's 0808 157 0462 roadside line, who talked me through changing a flat tyre at 1am outside Saltmere and stayed on the phone till I was back on the road 💛",
          when="2027-08-19T09:10:37Z"),
       expect(RP, "low", "roadside", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    SC("tern-sarcasm-zero-excess-alloy", "sarcasm-customer",
       tw("nina_harcourt", "So thrilled Tern Hire talked me into £27 a day 'zero excess' cover at the desk, then charged my card £120 for a kerbed alloy anyway because 'wheels aren't covered'. Such peace of mind. 10/10",
          when="2027-08-19T10:15:52Z"),
       expect(RP, "normal", "damage", "indirect"), note="sarcasm from a customer is a complaint")
    SC("tern-spam-followers", "spam",
       tw("growfast_tn", f"@{B} Boost your brand 🚀 10k real followers for only 49 dollars, 100% safe and fast. DM now 💯",
          when="2027-08-19T11:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("tern-repeat-app-still-dead", "repeat-contact",
       tw("owen_griffiths", "11 came and went. it's 1pm, the app is still dead, and now Brackenbury say they've no staff left to unlock cars by hand. 6 hours in a car park. my kids have given up on me",
          reply_to=appdown_brand, when="2027-08-19T12:05:16Z"),
       expect(RP, "high", "app", "direct"), note="back in the brand's thread without @: the promised fix never came")
    hotline = tw("phil_tanner_tn", f"@{B} rang your roadside line 0808 157 0462 four times from a layby outside Cullerton. 35 mins on hold every time, then cut off. flat tyre and no spare wheel in the boot. is anyone actually there?",
                 when="2027-08-19T13:40:09Z")
    SC("tern-hotline-roadside-on-hold", "public-hotline-number", hotline,
       expect(RP, "normal", "roadside", "direct"), strict=False,
       note="the brand's own roadside number is not a private detail; stopped in a layby in daylight, not in danger")
    SC("tern-spam-fake-care-reply", "spam",
       tw("TernHire_Care", "@phil_tanner_tn Hi Phil! Tern Hire customer care here ✅ so sorry about the wait. DM us your booking ref and the card you paid with and we'll refund your fee today 💳",
          reply_to=hotline, when="2027-08-19T13:43:27Z"),
       expect(IGN, "low", "charges", "third_party"), note="a fake support account fishing for card details under a real customer's post")
    SC("tern-spam-crypto-recovery", "spam",
       tw("cryptorecoverUK", "Lost money to a fake Tern Hire deposit scam? Certified agents get stolen card and crypto funds back in 24h ✅ message @RecoverPro_Desk today",
          when="2027-08-19T15:00:00Z"),
       expect(IGN, "low", "charges", "indirect"), note="crypto 'recovery' spam")
    SC("tern-spam-giveaway-free-week", "spam",
       tw("summerwinz_4u", "🎁 GIVEAWAY 🎁 win a FREE week of Tern Car Hire this summer 🚗☀️ follow, like + RT and tap the link before midnight 👉 {url:https://summer-winz.example/tern}",
          when="2027-08-19T16:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway using the brand's name")
    SC("tern-html-script-spam-refund", "html-entities",
       tw("summerwinz_4u", "&lt;script src=//tern-refund.example/x.js&gt;&lt;/script&gt; Tern Hire customers: claim your deposit refund NOW 💷 DM us your card details",
          when="2027-08-19T16:30:00Z"),
       expect(IGN, "low", "charges", "indirect"), note="spam with a script tag; 'deposit', 'refund' and 'card' are charges keywords")
    moving = tw("ffion_moves", "moving day Saturday, hired a Luton and roped in my brothers. wish me luck 😬", when="2027-08-19T17:00:00Z")
    SC("tern-venting-dent-already-there", "third-party-venting",
       tw("matt_dennison", "@ffion_moves good luck! just don't use Tern. they charged me £280 for a 'dent' that was there when I picked it up. take photos of every panel before you drive off",
          reply_to=moving, when="2027-08-19T17:22:48Z"),
       expect(MON, "low", "damage", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    cornwall = tw("aunty_jan_tn", "@claire_hollis how's Cornwall treating you all?? pics please 🏖️", when="2027-08-19T18:00:00Z")
    SC("tern-venting-warning-light-cornwall", "third-party-venting",
       tw("claire_hollis", "@aunty_jan_tn raining 🙄 and the engine warning light on the Tern car came on day 2. Saltmere say they can't swap it till Thursday, so it's us and a little orange light for company",
          reply_to=cornwall, when="2027-08-19T18:25:31Z"),
       expect(MON, "low", "roadside", "third_party"), note="venting to her aunt in a reply thread, brand not tagged")
    rec = tw("norwell_mum_of2", "flying into Norwell next week with 2 kids. which car hire do people rate?", when="2027-08-19T19:00:00Z")
    SC("tern-chatter-book-child-seats-early", "third-party-chatter",
       tw("vik_shah_tn", "@norwell_mum_of2 we used Tern last summer, fine once you're through the queue. book the child seats in advance and check the car seats yourself before you leave",
          reply_to=rec, when="2027-08-19T19:17:04Z"),
       expect(MON, "low", "extras", "third_party"), note="a stranger's advice in someone else's thread")
    nerves = tw("zoe_fraser_tn", "just dropped off my first ever hire car and I'm convinced they'll find a scratch and charge me hundreds 😬", when="2027-08-19T19:30:00Z")
    SC("tern-chatter-reassure-walkround", "third-party-chatter",
       tw("andy_pryor_tn", "@zoe_fraser_tn Tern at Ravensby were fine with us, walked round the car with me, photos of each side, no damage found. try not to worry",
          reply_to=nerves, when="2027-08-19T19:46:22Z"),
       expect(MON, "low", "damage", "third_party"), note="reassurance in someone else's thread")
    wrongcar = tw("beth_carver_tn", "queued 2 hours for the hire car and then they gave us the wrong one 🙃 holiday starts here", when="2027-08-19T20:10:00Z")
    SC("tern-joke-u-tern-at-desk", "joke-bystander",
       tw("punmaster_rich", "@beth_carver_tn should've done a U-Tern at the desk 😂",
          reply_to=wrongcar, when="2027-08-19T20:24:50Z"),
       expect(IGN, "low", "pickup", "third_party"), note="a bystander's pun on the name; 'desk' is a pickup keyword")

    # ---- Friday 20 August ---------------------------------------------------------------
    SC("tern-big-reach-refuelling-policy", "big-reach",
       tw("paddymcgrath_tv", f"Returned a @{B} car with a full tank. Got billed £96 for refuelling. Asked why. 'It's the fuel policy.' What policy? The one where you charge people for petrol they already bought?",
          when="2027-08-20T07:45:00Z",
          metrics={"retweet_count": 4200, "reply_count": 2600, "like_count": 51_300, "quote_count": 900}),
       expect(RP, "high", "fuel_mileage", "indirect"), note="1.3m followers; the handle in passing, in a post to everyone")
    SC("tern-news-electric-fleet", "news-monitor",
       tw("rental_trade_wk", "Tern Hire to add 400 electric cars and vans at its Brackenbury and Norwell airport sites by Christmas, with rapid chargers on site {url:https://rentaltradeweekly.example/tern-ev}",
          when="2027-08-20T08:00:00Z"),
       expect(MON, "low", "fuel_mileage", "indirect"))
    SC("tern-repeat-mileage-third-time", "repeat-contact",
       tw("greg_dunmore_tn", f"@{B} third time asking. you charged me 35p a mile for 240 'extra miles' on a hire sold to me as unlimited mileage. two emails, one DM, nothing back",
          when="2027-08-20T09:00:33Z"),
       expect(RP, "high", "fuel_mileage", "direct"), note="the third contact about the same charge")
    SC("tern-private-licence-dob-address", "private-details",
       tw("alan_morgan_tn", f"@{B} your website won't accept my driving licence for Saturday's booking. licence no. MORGA753116AM9IJ, DOB 11/06/1975, 22 Gorse Lane, Ravensby RV4 2QT. what else do you want??",
          when="2027-08-20T10:20:41Z"),
       expect(RV, "normal", "bookings", "direct"), note="a licence number, a date of birth and a home address in public")
    SC("tern-private-email-phone-booking", "private-details",
       tw("jo_whitcombe_tn", f"@{B} I need to move my one-way van booking from the 21st to the 22nd, ref TRN-61890-JW. can't get through on the phone. email me on jo.whitcombe@mailbox.example or text 07700 900388",
          when="2027-08-20T11:15:26Z"),
       expect(RV, "normal", "bookings", "direct"), note="a booking reference, an email address and a phone number in public")
    roadside_tip = tw(B, "Off somewhere this weekend? If you break down, pull over somewhere safe, get everyone out and behind the barrier, then call roadside assistance 24/7 on 0808 157 0462. Never wait in the car on the hard shoulder.",
                      when="2027-08-20T12:00:00Z")
    SC("tern-brand-own-roadside-tip", "brand-own-post", roadside_tip, expect(IGN, "low", "roadside", "none"))
    SC("tern-quote-behind-the-barrier", "quote",
       tw("dean_carr_tn", "'get everyone out and behind the barrier' 🙃 we did, for 4 hours on Tuesday, with three kids and a dog, waiting for your roadside assistance",
          quote=roadside_tip, when="2027-08-20T12:40:17Z"),
       expect(RP, "normal", "roadside", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about his own wait")
    SC("tern-q-reply-roadside-flat-tyre", "question-in-reply-to-brand",
       tw("amy_lister_tn", "does roadside assistance cover a flat tyre or is that extra? the desk said I'd need to add tyre cover when I collect on Saturday",
          reply_to=roadside_tip, when="2027-08-20T13:05:44Z"),
       expect(RP, "normal", "roadside", "direct"))
    SC("tern-repost-roadside-tip", "repost", tw("auntie_pat_tn", "", retweet=roadside_tip, when="2027-08-20T13:30:09Z"),
       expect(IGN, "low", "roadside", "indirect"))
    SC("tern-indirect-seven-seater-five", "complaint-indirect",
       tw("femi_okonjo_tn", "Booked a 7-seater with Tern Hire for our family holiday back in March, confirmation and all. Turned up at Norwell to a 5-seater and 'sorry, it's August'. There are six of us. Now we need two cars.",
          when="2027-08-20T14:00:36Z"),
       expect(RP, "normal", "bookings", "indirect"),
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Tern in a post to everyone | general chatter about the brand | topic bookings: 'booking', 'booked', 'book', '7-seater', 'confirmation'")
    SC("tern-es-praise-puncture-swap", "praise",
       tw("lucia_navarro", "Gracias a Tern Hire en Saltmere: se nos pinchó una rueda y en media hora teníamos otro coche y los niños ni se enteraron. Así da gusto 👏",
          lang="es", when="2027-08-20T17:00:20Z"),
       expect(RP, "low", "roadside", "indirect"), note="Spanish: thanks, brand named without a tag")

    # ---- Saturday 21 August -------------------------------------------------------------
    SC("tern-chatter-moving-day-checklist", "chatter-monitor",
       tw("laura_moves_tn", "moving day checklist: Tern van booked ✅ pizza for the helpers ✅ will to live ❌",
          when="2027-08-21T07:30:00Z"),
       expect(MON, "low", "bookings", "indirect"), note="a customer talking to everyone, nothing to answer")
    SC("tern-repeat-deposit-saturday", "repeat-contact",
       tw("sam_oyelaran", "its saturday and the £500 still isnt back. my bank says you never released the hold on my card, you say you did. one of you is wrong and I'm the one without the money",
          reply_to=deposit_brand, when="2027-08-21T09:40:51Z"),
       expect(RP, "high", "charges", "direct"), note="back in the brand's thread the next week: the problem is still there")
    SC("tern-legal-trading-standards", "legal-threat-not-urgent",
       tw("rachel_boyd_tn", "Reported Tern Hire to Trading Standards today. £780 in 'damage' for normal wear and tear on a 4-year-old van, no photos, no itemised invoice. If they've done it to you, report them too.",
          when="2027-08-21T11:00:12Z"),
       expect(RP, "high", "damage", "indirect"), note="a regulator complaint about her own charge, brand named without a tag",
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Tern in a post to everyone | general chatter about the brand | topic damage: 'damage', 'damaged', 'damages', 'wear and tear', 'photos', 'photo'")
    SC("tern-chatter-death-trap-piano", "chatter-monitor",
       tw("joe_pianomover", "the Tern van we hired for the move is an absolute death trap... for my back. four flights of stairs and a piano 💀",
          when="2027-08-21T13:10:44Z"),
       expect(MON, "low", None, "indirect"), note="danger words in a joke about something harmless: not urgent")
    SC("tern-in-passing-sand-valeting", "complaint-in-passing",
       tw("mike_donnelly", f"Saturday so far: one kid sick in the car, the other lost a shoe in the sea, and @{B} want to charge me £150 'valeting' for sand on the mats. already charged to my card. the joys of the seaside",
          when="2027-08-21T15:20:09Z"),
       expect(RP, "normal", "charges", "indirect"), note="the brand tagged in the middle of a bad day")

    # ---- namesakes and the everyday word (all week) -------------------------------------
    SC("tern-common-arctic-tern-sat-nav", "common-word",
       tw("saltmere_birder", "An Arctic tern over Saltmere harbour this morning, diving for sand eels. they fly pole to pole every year and I can't find the big supermarket without a sat nav",
          when="2027-08-16T07:05:00Z"),
       expect(IGN, "low", "extras", "none"), note="the seabird; 'sat nav' is an extras keyword")
    birdq = tw("beachwalker_liz", "what's this bird? white, black cap, forked tail, diving into the sea off Cullerton beach", when="2027-08-17T09:00:00Z")
    SC("tern-common-bird-id-reply", "common-word",
       tw("saltmere_birder", "@beachwalker_liz that's a tern! probably a common tern. Arctic ones have shorter legs and a blood red beak",
          reply_to=birdq, when="2027-08-17T09:31:12Z"),
       expect(IGN, "low", None, "none"), note="the seabird, inside a reply")
    SC("tern-common-crossword-clue", "common-word",
       tw("crossword_cath", "14 across, 'sea swallow (4)'. TERN. took me twenty minutes and a biscuit",
          when="2027-08-18T07:40:00Z"),
       expect(IGN, "low", None, "none"), note="a crossword answer")
    bikeq = tw("commute_cyclist", "thinking of a folding bike for the train commute. any recommendations?", when="2027-08-18T12:00:00Z")
    SC("tern-namesake-folding-bike-reply", "namesake",
       tw("fold_and_ride", "@commute_cyclist get a Tern. mine folds in ten seconds, lives under my desk at work and the brakes are brilliant",
          reply_to=bikeq, when="2027-08-18T12:20:36Z"),
       expect(IGN, "low", "roadside", "none"), note="the folding-bike maker, inside a reply; 'brakes' is a roadside keyword",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got third_party; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic roadside: 'brakes', 'brake'")
    SC("tern-namesake-river-tern-trout", "namesake",
       tw("angler_bob_t", "evening on the River Tern below the weir. three brown trout, one chub and a very cross swan",
          when="2027-08-19T20:40:00Z"),
       expect(IGN, "low", None, "none"), note="the river")
    SC("tern-namesake-tern-hill-lorry", "namesake",
       tw("wm_roads_live", "A41 closed both ways at Tern Hill after a lorry broke down on the roundabout. Recovery truck on scene, expect long queues towards Market Drayton",
          when="2027-08-20T06:50:00Z"),
       expect(IGN, "low", "roadside", "none"), note="the village; 'broke down' and 'recovery truck' are roadside keywords")
    SC("tern-namesake-dr-tern-hospital", "namesake",
       tw("fennick_general", "Congratulations to Dr Maya Tern, who has been named clinical lead for A&amp;E at Fennick General 👏",
          when="2027-08-20T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="a surname")
    SC("tern-namesake-dinghy-capsized", "namesake",
       tw("saltmere_sc", "Capsized the Tern twice in the harbour race today 😂 soaked, bruised egos, great racing. Back out on Sunday at 2 ⛵",
          when="2027-08-21T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="the sailing dinghy; danger words about a harmless capsize",
       known_miss="round 11, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Tern in a post to everyone | a person at risk: urgent")
    return brand


BRANDS["tern-hire"] = ("TernHire", 4412345639, build_tern_hire)
