# Clutch (Clutch Driving School): a made-up driving school across the made-up towns of Stenbury,
# Fallowmere, Cinderby, Brackwater and Lowestone: lessons with instructors in dual-control cars,
# block bookings paid in advance, an app for booking, moving and cancelling lessons (with
# theory-test practice), mock tests, practical tests booked for pupils, intensive ("crash")
# courses, motorway and refresher lessons, and refunds of unused lessons.
# "Clutch" is also an ordinary word (the clutch pedal of every manual car: "my clutch has gone",
# "riding the clutch"; a clutch of eggs; a clutch bag; a clutch goal or a clutch player; "in the
# clutches of") and a name: Clutch the rock band, Clutch the handbag shop on Bridge Street, the
# Clutch & Gearbox Centre (a garage on Quarry Road) and Mrs Clutch, head of maths at Stenbury
# High. None of them is the driving school.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 5 June
# 2028: on Monday morning an overnight app update leaves the app showing a white screen until
# late morning, so pupils can't see, book or cancel lessons; the same update brings a new rota,
# and from Monday afternoon instructors cancel lessons at short notice while the app charges the
# pupils the £42 late cancellation fee. On Tuesday the school admits the fee mistake and
# promises refunds by Friday; a pupil asks calmly about going hypo. On Wednesday a van runs a
# red light and hits a Clutch car at Stenbury roundabout (pupil and instructor to hospital with
# minor injuries, in the local news), a pupil reports her instructor for touching her, and a
# pupil has a seizure at the wheel. On Thursday fake "Clutch" accounts sell "guaranteed
# fast-track" practical test dates by bank transfer and fake support accounts fish for card
# details; an instructor turns up drunk. On Friday some refunds have not arrived, pupils pass
# their tests, and faulty brakes and an aggressive instructor come out of long complaints. The
# weekend: the band, the handbag shop, a broody hen, a last-minute winner and a garage fire.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, pupil
# number, card number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_clutch_driving():
    global CURRENT_BRAND, CLOCK
    brand = Brand("clutch-driving", SCEN_DIR / "clutch-driving.plan.toml", "ClutchDriving", 6178901245, 1861220000000006601)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-06-05T05:30:00Z")
    B = "ClutchDriving"
    user(B, "Clutch Driving School", 6178901245,
         "Clutch 🚗 driving lessons in dual-control cars, intensive courses, motorway lessons and mock tests in "
         "Stenbury, Fallowmere, Cinderby, Brackwater & Lowestone. Pupil care 7am–9pm daily. Helpline 0808 157 0655. "
         "We never sell test dates.",
         18_600, following=540, tweets=14_200, listed=70, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11740100000 + _n[0] * 4129, bio, followers, **kw)

    person("ellie_w_clt", "Ellie Ward", "Stenbury. 17. Learning to drive, slowly.", 260)
    person("nan_clt", "Jean Ashby", "Nan of three learners. I share the useful stuff.", 140)
    person("kai_ro_clt", "Kai Robinson", "Fallowmere. 18. Saving for a Fiesta.", 330)
    person("gwen_ap_clt", "Gwen ap Rhys", "Cinderby. Cymraeg yn gyntaf. Dysgu gyrru.", 190)
    person("mia_d_clt", "Mia Dawson", "Brackwater. Sixth form. Tea and chaos.", 420)
    person("zak_f_clt", "Zak Foley", "Brackwater. Chips, FIFA, L plates.", 210)
    person("pun_pete_clt", "Pete Orme", "Puns, pints and pub quizzes. Stenbury.", 480)
    person("jonas_k_clt", "Jonas Krüger", "Aus Leipzig, wohnt in Stenbury. Lernt Linksverkehr.", 150)
    person("sofia_p_clt", "Sofia Pereira", "Lowestone. Nurse. Learning at 34, don't judge.", 280)
    person("ClutchGbox_clt", "Clutch & Gearbox Centre", "Independent garage, Quarry Road, Stenbury. Clutches, gearboxes, MOTs. Est. 1994.", 1_400)
    person("amira_s_clt", "Amira Saleh", "Cinderby. Pharmacy tech. Plans everything.", 310)
    person("tom_b_clt", "Tom Bakewell", "Stenbury. Apprentice electrician. 19.", 170)
    person("cat_m_clt", "Cat Morley", "Fallowmere. Barista. Running on oat milk.", 390)
    person("liam_o_clt", "Liam O'Hara", "Dad of two teenagers. Grey hairs: many.", 260)
    person("ollie_p_clt", "Ollie Pratt", "Fallowmere. Chippy enthusiast. Watches the world go by.", 540)
    person("ben_c_clt", "Ben Carver", "Brackwater. Warehouse nights. Wants to drive to work.", 150)
    person("hannah_g_clt", "Hannah Gale", "Lowestone. Vet nurse. Early shifts, late lessons.", 240)
    person("rhys_d_clt", "Rhys Davies", "Cinderby. Plumber. Long memory.", 200)
    person("val_s_clt", "Val Simms", "Mum of a learner. Reposting so he sees it.", 120)
    person("ana_l_clt", "Ana Lucas", "Stenbury. Student. Bus pass forever, apparently.", 180)
    person("jade_vlogs_clt", "Jade Okafor", "Lifestyle vlogs 📹 learning to drive on camera, cry with me.",
           720_000, following=1_100, listed=3_100, verified=True)
    person("gaz_t_clt", "Gaz Tully", "Stenbury. Scaffolder. Says it straight.", 90)
    person("margaret_clt", "Margaret Holt", "Retired magistrates' clerk. Keeps copies of everything.", 410)
    person("camille_clt", "Camille Roux", "Lyonnaise à Fallowmere. Au pair. J'apprends à conduire à gauche.", 230)
    person("chloe_r_clt", "Chloe Reid", "Brackwater. Netball. Always hungry.", 380)
    person("megan_h_clt", "Megan Hale", "Brackwater. 17. Theory test survivor.", 300)
    person("sam_w_clt", "Sam Whitaker", "Brackwater. Uni next year. Drives my mum's Polo.", 260)
    person("lucia_clt", "Lucía Marín", "Granadina en Stenbury. Enfermera. Aprendiendo a conducir por la izquierda.", 210)
    person("dev_r_clt", "Dev Rana", "Security tester. Reads page source for fun.", 2_100)
    person("fatima_clt", "Fatima Noor", "Cinderby. Type 1 since I was 9. Learning to drive at last.", 330)
    person("kerry_b_clt", "Kerry Bolton", "Stenbury. School run, work, repeat.", 350)
    person("StenTraffic_clt", "Stenbury Traffic", "Traffic and travel for Stenbury and around. Not the council.", 9_400)
    person("banter_clt", "Kyle Dorsey", "Banter merchant. Stenbury Town till I die.", 610)
    person("StenEcho_clt", "Stenbury Echo", "News for Stenbury, Fallowmere and Cinderby since 1887.", 21_300,
           following=800, verified=True)
    person("rob_f_clt", "Rob Fenton", "Stenbury. Bus driver. Seen it all.", 230)
    person("holly_j_clt", "Holly James", "Cinderby. 17. Nervous about literally everything.", 190)
    person("wayne_k_clt", "Wayne Kitching", "Van man. Cinderby. Short fuse.", 120)
    person("daan_clt", "Daan Visser", "Uit Utrecht, woont in Lowestone. Fietser, nu ook automobilist.", 200)
    person("beth_s_clt", "Beth Sorensen", "Fallowmere. 18. Art student.", 280)
    person("mo_r_clt", "Mo Rahman", "Cinderby. Dad of three. Taxi driver.", 250)
    person("marj_clt", "Marjorie Bell", "Lowestone. 76. Grandson is learning, heaven help us.", 60)
    person("ClutchTests_clt", "Clutch Driving School ✅ Test Dates", "Official fast-track practical test dates 🚗✅ DM to book", 64,
           following=4_800)
    person("jas_k_clt", "Jas Kaur", "Stenbury. Test in August (if I'm lucky).", 210)
    person("kev_d_clt", "Kev Doherty", "Brackwater. Roofer. Learning at 41.", 90)
    person("ClutchHelp_clt", "Clutch Support ✅", "Official Clutch Driving School support 24/7 ✅ refunds & bookings. DM us", 41,
           following=4_900)
    person("recover_clt", "FundsBack Recovery ✅", "Certified scam & crypto recovery. 100% success ✅", 6_900, following=5_000)
    person("CDRefunds_clt", "Clutch Refunds Team", "Refunds department.", 22, following=3_100)
    person("ClutchWins_clt", "Clutch Driving Giveaways 🎁", "Giveaways & growth 📈 10k followers £19.99", 3_300, following=4_900)
    person("lee_m_clt", "Lee Marsh", "Cinderby. Gym. Tired of being told what to do.", 150)
    person("tyler_clt", "Tyler Booth", "Fallowmere. 17. Gaming, gym, getting my licence.", 140)
    person("giulia_clt", "Giulia Bassi", "Bolognese a Cinderby. Ricercatrice. Imparo a guidare a sinistra.", 170)
    person("joao_clt", "João Ferreira", "Do Porto para Brackwater. Engenheiro. A aprender a conduzir à esquerda.", 190)
    person("kasia_clt", "Kasia Nowak", "Z Gdańska do Stenbury. Księgowa.", 160)
    person("shannon_clt", "Shannon Pike", "Lowestone. Hairdresser. Typos are a feature.", 520)
    person("tamsin_tv_clt", "Tamsin Hart", "Presenter, Weekend Kitchen on telly. Proud aunt. Opinions my own.",
           580_000, following=900, listed=2_700, verified=True)
    person("derek_clt", "Derek Moss", "Brackwater. Retired. Patient, up to a point.", 70)
    person("faye_clt", "Faye Lister", "Stenbury. Learning at 29. Reads the small print.", 240)
    person("andrea_clt", "Andrea Gómez", "Madrileña en Fallowmere. Camarera. Aprendiendo.", 150)
    person("aisha_clt", "Aisha Begum", "Stenbury. 18. Just passed!!", 410)
    person("ryan_clt", "Ryan Kelly", "Lowestone. Roofer. Needed my licence yesterday.", 330)
    person("zoe_clt", "Zoe Kent", "Brackwater. Drama teacher. Easily startled.", 290)
    person("ruth_clt", "Ruth Ellison", "Cinderby. Nurse. Long shifts, longer posts.", 210)
    person("amelia_clt", "Amelia Grant", "Fallowmere. Mum of a 17-year-old. Livid.", 180)
    person("nigel_clt", "Nigel Fairbrother", "Retired. Writes letters. Gets answers.", 260)
    person("lena_clt", "Lena Fischer", "Aus Hamburg, wohnt in Brackwater. Führerschein endlich!", 230)
    person("dazza_clt", "Darren Platt", "Stenbury. Plasterer. No filter.", 100)
    person("sophie_clt", "Sophie Lane", "Fallowmere. Hay fever champion.", 310)
    person("ella_clt", "Ella Fraser", "Cinderby. 18. Theory test in 2 weeks 😬", 150)
    person("sec_sam_clt", "Sam Okoro", "Web dev. I notice broken templates.", 1_600)
    person("nia_clt", "Nia Evans", "Fallowmere. Sixth form. Chronically online.", 640)
    person("leah_clt", "Leah Watts", "Fallowmere. 17. Learning, slowly.", 300)
    person("omar_clt", "Omar Haddad", "Brackwater. Chef. Sarcasm is free.", 270)
    person("jordan_clt", "Jordan Price", "Lowestone. Warehouse. Confused at roundabouts.", 160)
    person("CornEx_clt", "Stenbury Corn Exchange", "Gigs, comedy and panto in the heart of Stenbury 🎸", 7_800)
    person("BridgeBags_clt", "Clutch, Bridge Street", "Little handbag shop, big opinions. Bridge Street, Stenbury 👜", 2_300)
    person("hen_clt", "Sue Pickering", "Hens, veg and a very old cockerel. Cinderby.", 880)
    person("STFC_fans_clt", "Stenbury Town Fans", "Stenbury Town FC, home and away ⚽", 4_100)
    person("alfie_clt", "Alfie Dunn", "Lowestone. 17. Dad is my driving instructor (unpaid, unhappy).", 220)
    person("StenHigh_clt", "Stenbury High School", "Official account of Stenbury High. Learning together.", 3_200)
    person("StenFire_clt", "Stenbury Fire & Rescue", "Official account. In an emergency always dial 999.", 12_600,
           following=300, verified=True)
    person("mick_clt", "Mick Sutton", "Cinderby. Courier. Lives in his van.", 200)
    person("grace_clt", "Grace Whitley", "Stenbury. Mum of a learner. Been there.", 350)
    person("jen_h_clt", "Jen Hollis", "Stenbury. Nosy neighbour, proud of it.", 430)

    # ---- Monday 5 June: the app update leaves a white screen; instructors start cancelling --
    ellie = tw("ellie_w_clt", f"@{B} app won't open, just a white screen with your logo. my lesson's at 7:30 and I can't see if it's still on or who's picking me up??",
               when="2028-06-05T06:41:12Z")
    SC("clutch-complaint-app-white-screen", "complaint-direct", ellie, expect(RP, "high", "app", "direct"),
       note="the app is down for every pupil this morning: a service outage")
    status = tw(B, "🔧 Our app isn't opening for many of you after last night's update. Your lessons are still on unless your instructor texts you, and they'll collect you as normal. Engineers are on it; next update here by 9am.",
                when="2028-06-05T06:55:00Z")
    SC("clutch-brand-own-app-down", "brand-own-post", status, expect(IGN, "low", "app", "none"))
    ellie_brand = tw(B, f"@ellie_w_clt Morning Ellie, sorry about this: the app is down for lots of pupils after an update. Your 7:30 with Dave is still on and he'll text you when he's outside. We'll update here by 9.",
                     reply_to=ellie, when="2028-06-05T06:58:31Z")
    SC("clutch-brand-reply-ellie-still-on", "brand-own-post", ellie_brand, expect(IGN, "low", "app", "none"))
    SC("clutch-repost-app-down", "repost", tw("nan_clt", "", retweet=status, when="2028-06-05T07:04:47Z"),
       expect(IGN, "low", "app", "indirect"))
    SC("clutch-sarcasm-app-paid-up-front", "sarcasm-customer",
       tw("kai_ro_clt", "brilliant start to the week. clutch app update means I can't book, can't cancel and can't even see my lessons. so glad I paid for 20 of them up front 🙃",
          when="2028-06-05T07:19:05Z"),
       expect(RP, "high", "app", "indirect"), note="lower case, no tag, sarcasm about his own lessons during the app outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: names Clutch Driving School in a post to everyone | describes their own experience | complaint (0.55) | topic app: 'app', 'apps', 'update', 'updated', 'cancel'")
    SC("clutch-thread-ellie-hes-here", "thread-with-brand",
       tw("ellie_w_clt", "he's here!! panic over, thank you for answering so fast 😅", reply_to=ellie_brand, when="2028-06-05T07:33:40Z"),
       expect(RP, "low", None, "direct"), note="relief and thanks in the brand's thread, no @")
    SC("clutch-cy-ap-ddim-yn-agor", "non-english",
       tw("gwen_ap_clt", f"@{B} Bore da, dydy'r ap ddim yn agor o gwbl bore 'ma. Oes gen i wers am wyth o hyd? Diolch",
          lang="cy", when="2028-06-05T07:38:22Z"),
       expect(RP, "high", ANY, "direct"), note="Welsh: the app won't open and she doesn't know if her 8 o'clock lesson is on; no Welsh keywords in the plan", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @ClutchDriving | a question")
    mia = tw("mia_d_clt", "how's the driving going?? 🚗 you'll have to give me lifts soon", when="2028-06-05T08:10:00Z")
    zak = tw("zak_f_clt", "@mia_d_clt would be going better if the clutch app worked 🙄 can't see when my next lesson is, the calendar's just blank",
             reply_to=mia, when="2028-06-05T08:22:14Z")
    SC("clutch-venting-calendar-blank", "third-party-venting", zak, expect(MON, "low", "app", "third_party"),
       note="a pupil venting to a friend in her thread, brand not tagged: don't butt in")
    SC("clutch-joke-press-the-clutch", "joke-bystander",
       tw("pun_pete_clt", "@zak_f_clt @mia_d_clt have you tried pressing the clutch and turning it off and on again 😂",
          reply_to=zak, when="2028-06-05T08:35:51Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("clutch-de-app-laedt-nicht", "non-english",
       tw("jonas_k_clt", f"@{B} Guten Morgen, die App lädt nicht und ich kann meine Fahrstunde heute weder sehen noch absagen. Wann funktioniert sie wieder?",
          lang="de", when="2028-06-05T08:48:09Z"),
       expect(RP, "high", "app", "direct"), note="German: the app won't load during the outage")
    SC("clutch-q-reply-rota-different-instructor", "question-in-reply-to-brand",
       tw("sofia_p_clt", "is the new rota part of this too? my thursday lesson has moved to a different instructor at 6am and nobody asked me. can I have Priya back?",
          reply_to=status, when="2028-06-05T09:20:36Z"),
       expect(RP, "normal", "instructors", "direct"), note="a question under the brand's post, no @")
    SC("clutch-namesake-gearbox-centre", "namesake",
       tw("ClutchGbox_clt", "Clutch &amp; Gearbox Centre, Quarry Road: clutch replacements from £349 fitted, and a free gearbox check with every MOT this month 🔧 Call us on 01632 960418",
          when="2028-06-05T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="a garage with the same name, selling the car part")
    SC("clutch-repeat-amira-third-cancellation", "repeat-contact",
       tw("amira_s_clt", f"@{B} I messaged you on Friday about my instructor cancelling and nobody replied. he's just cancelled my 4pm by text at 2:50. third time in a fortnight, and I take the afternoon off work for every one",
          when="2028-06-05T14:05:27Z"),
       expect(RP, "high", "instructors", "direct"), note="her second contact, about the third short-notice cancellation")
    tom = tw("tom_b_clt", f"@{B} my instructor cancelled on me this morning and now I've been charged a £42 late cancellation fee?? how does that work",
             when="2028-06-05T15:20:48Z")
    SC("clutch-complaint-fee-after-instructor-cancelled", "complaint-direct", tom, expect(RP, "normal", "payments", "direct"),
       note="the first of the wrongly charged late cancellation fees")
    SC("clutch-in-passing-monday-coffee-laptop", "complaint-in-passing",
       tw("cat_m_clt", f"monday so far: missed the bus, spilt coffee on my laptop, and @{B} charged me a £42 late fee for a lesson MY instructor cancelled. love that for me",
          when="2028-06-05T16:12:03Z"),
       expect(RP, "normal", "payments", "indirect"), note="the brand tagged in the middle of a list of bad things")
    SC("clutch-praise-bev-roundabouts", "praise",
       tw("liam_o_clt", "Shoutout to Bev at Clutch Driving School, who turned my nervous wreck of a daughter into someone who actually enjoys roundabouts. 8 lessons in and she's a different person 👏",
          when="2028-06-05T18:30:19Z"),
       expect(RP, "low", None, "indirect"), note="praise, brand named without a tag")
    SC("clutch-chatter-kangaroo-hops", "chatter-monitor",
       tw("ollie_p_clt", "every third car in Fallowmere is a Clutch learner doing kangaroo hops at the lights outside the chippy. it's basically the town sport now 🦘",
          when="2028-06-05T20:05:44Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")

    # ---- Tuesday 6 June: the late cancellation fees ----------------------------------------
    ben = tw("ben_c_clt", f"@{B} you've taken two £42 late cancellation fees off me for lessons YOUR instructors cancelled, Saturday and yesterday. that's £84. I want it back",
             when="2028-06-06T07:10:25Z")
    SC("clutch-complaint-two-fees-ben", "complaint-direct", ben, expect(RP, "normal", "payments", "direct"))
    ben_brand = tw(B, "@ben_c_clt Ben, you're right and I'm sorry. Since Monday's update the app has been charging pupils the fee when an instructor cancels. Both of yours will be refunded by Friday 9 June, and I'll check here that they've landed. Jo",
                   reply_to=ben, when="2028-06-06T07:40:12Z")
    SC("clutch-brand-reply-ben-refund-friday", "brand-own-post", ben_brand, expect(IGN, "low", "payments", "none"))
    SC("clutch-private-pupil-number-email", "private-details",
       tw("hannah_g_clt", f"@{B} same thing happened to me twice this week. pupil number CD-204718, email hannah.gale@postbox.example. please refund both fees to my card",
          when="2028-06-06T08:02:57Z"),
       expect(RV, "normal", "payments", "direct"), note="a pupil number and an email address in public")
    ack = tw(B, "We got this wrong. Since Monday's update we've charged you our late cancellation fee whenever one of our instructors cancelled at short notice. That's our mistake, not yours: every fee charged this way will be refunded by Friday 9 June, and you don't need to do anything.",
             when="2028-06-06T09:00:00Z")
    SC("clutch-brand-own-fee-apology", "brand-own-post", ack, expect(IGN, "low", "payments", "none"))
    SC("clutch-quote-fee-apology-april", "quote",
       tw("rhys_d_clt", "'you don't need to do anything' 🙄 you said that in April about the double charge on my block booking and I'm still £38 down",
          quote=ack, when="2028-06-06T09:24:33Z"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his own unresolved payment complaint")
    SC("clutch-repost-fee-apology", "repost", tw("val_s_clt", "", retweet=ack, when="2028-06-06T09:31:06Z"),
       expect(IGN, "low", "payments", "indirect"))
    SC("clutch-q-reply-fee-cancelled-myself", "question-in-reply-to-brand",
       tw("ana_l_clt", "does that include the fee for the lesson I cancelled myself because my instructor moved it to 7am? will that be refunded too?",
          reply_to=ack, when="2028-06-06T09:50:14Z"),
       expect(RP, "normal", "payments", "direct"), note="a question under the brand's post, no @")
    SC("clutch-big-reach-vlogger-fees", "big-reach",
       tw("jade_vlogs_clt", f"Learning-to-drive vlog update: Clutch cancelled on me 3 times this week and charged me a late fee EVERY time?? 🙃 @{B} do better",
          when="2028-06-06T11:15:38Z",
          metrics={"retweet_count": 1_900, "reply_count": 1_250, "like_count": 31_400, "quote_count": 210}),
       expect(RP, "high", "payments", "indirect"), note="720k followers, a real complaint; the handle at the end")
    SC("clutch-abuse-thieving-clowns", "abuse-with-problem",
       tw("gaz_t_clt", f"@{B} 3 lessons cancelled by YOUR instructors, 3 fees taken off my card, £126 of MY money. refund it today you thieving clowns",
          when="2028-06-06T12:02:50Z"),
       expect(RP, "high", "payments", "direct"), note="rude, but £126 wrongly taken")
    SC("clutch-legal-trading-standards", "legal-threat-not-urgent",
       tw("margaret_clt", f"@{B} £126 in cancellation fees for lessons your own instructors cancelled, and no reply to two emails. If the refund isn't in my grandson's account by Friday I shall report you to Trading Standards and go to the small claims court.",
          when="2028-06-06T13:10:21Z"),
       expect(RP, "high", "payments", "direct"), note="a regulator and court threat: a strong complaint, not urgent")
    SC("clutch-fr-frais-annulation", "non-english",
       tw("camille_clt", f"@{B} Bonjour, mon moniteur a annulé ma leçon ce matin et on m'a prélevé des frais d'annulation de 42 £. Ce n'est pas normal, non ? Pouvez-vous me rembourser ?",
          lang="fr", when="2028-06-06T14:00:47Z"),
       expect(RP, "normal", "payments", "direct"), note="French: charged a cancellation fee for a lesson her instructor cancelled")
    chloe = tw("chloe_r_clt", "did you pass your theory in the end?? 👀", when="2028-06-06T15:00:00Z")
    megan = tw("megan_h_clt", "@chloe_r_clt yes!! but clutch keep cancelling my actual lessons last minute so who knows when I'll get to do the real test 😭",
               reply_to=chloe, when="2028-06-06T15:12:29Z")
    SC("clutch-venting-theory-passed-lessons-cancelled", "third-party-venting", megan, expect(MON, "low", "instructors", "third_party"),
       note="a pupil venting to a friend in her thread, lower case, brand not tagged")
    SC("clutch-chatter-weekend-instructors", "third-party-chatter",
       tw("sam_w_clt", "@megan_h_clt @chloe_r_clt ask Clutch for one of their weekend instructors. my brother had Sundays with them for months and they were way more reliable",
          reply_to=megan, when="2028-06-06T15:30:08Z"),
       expect(MON, "low", None, "third_party"), note="a stranger's advice in someone else's thread")
    SC("clutch-es-bono-reembolso", "non-english",
       tw("lucia_clt", f"@{B} Hola, pagué un bono de 10 clases por adelantado y ya me han cancelado tres clases. ¿Puedo pedir el reembolso de las que me quedan?",
          lang="es", when="2028-06-06T16:05:55Z"),
       expect(RP, "normal", "payments", "direct"), note="Spanish: a prepaid block of ten, three cancelled, asks for a refund of the rest")
    SC("clutch-html-refund-page-script", "html-entities",
       tw("dev_r_clt", f"@{B} the refunds page in your app shows &lt;script&gt;alert(1)&lt;/script&gt; &amp; a spinner where my fees should be. is anyone actually getting refunds yet?",
          when="2028-06-06T17:20:13Z"),
       expect(RP, "normal", "payments", "direct"), note="hostile HTML in the text, delivered escaped; a real question about refunds")
    SC("clutch-medical-diabetic-blood-sugar", "medical-urgent",
       tw("fatima_clt", f"@{B} quick one before my 2-hour lesson tomorrow. I'm type 1 diabetic, is it ok if we pull over halfway so I can check my blood sugar? I went a bit hypo near the end of the last one and didn't like to say",
          when="2028-06-06T19:40:32Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a medical risk at the wheel")

    # ---- Wednesday 7 June: a crash at Stenbury roundabout ------------------------------------
    kerry = tw("kerry_b_clt", "a Clutch learner car has just been hit by a van at Stenbury roundabout. the young lad who was driving is sat on the kerb shaking and the instructor is holding his arm. ambulance is on its way, traffic backed up to the retail park",
               when="2028-06-07T08:12:40Z")
    SC("clutch-safety-witness-roundabout-crash", "safety-urgent", kerry, expect(RP, "urgent", "safety", "indirect"),
       note="a witness to the brand's pupil and instructor hurt in a crash, happening now")
    SC("clutch-news-traffic-alert-collision", "news-monitor",
       tw("StenTraffic_clt", "⚠️ Stenbury roundabout: two lanes closed after a collision between a van and a Clutch Driving School car. Police and ambulance on scene. Avoid the area if you can.",
          when="2028-06-07T08:20:00Z"),
       expect(MON, "low", "safety", "indirect"), note="a traffic account's report: news, dealt with by the emergency services")
    crash_stmt = tw(B, "This morning one of our cars was in a collision at Stenbury roundabout. Our pupil and instructor have been taken to hospital to be checked over, and neither is thought to be seriously hurt. We're with their families now. If your lesson was nearby, your instructor will call you.",
                    when="2028-06-07T08:50:00Z")
    SC("clutch-brand-own-crash-statement", "brand-own-post", crash_stmt, expect(IGN, "low", "safety", "none"))
    SC("clutch-joke-crash-driving-school", "joke-bystander",
       tw("banter_clt", "@kerry_b_clt clutch driving school? more like crash driving school 😂😂",
          reply_to=kerry, when="2028-06-07T09:02:17Z"),
       expect(IGN, "low", "safety", "third_party"), note="a stranger's pun on the name under someone else's post")
    echo = tw("StenEcho_clt", "A learner driver and an instructor from Clutch Driving School were taken to hospital with minor injuries after a van went through a red light and hit their car at Stenbury roundabout this morning. Police are appealing for witnesses. {url:https://stenburyecho.example/news/roundabout-collision}",
              when="2028-06-07T10:05:00Z")
    SC("clutch-news-echo-minor-injuries", "news-monitor", echo, expect(MON, "low", "safety", "indirect"),
       note="news of a crash that has been dealt with: monitor")
    SC("clutch-chatter-dual-controls-years-ago", "third-party-chatter",
       tw("rob_f_clt", "@StenEcho_clt van driver's fault by the sound of it. the Clutch instructors are decent, mine stopped us dead with the dual controls when a kid ran out between parked cars years ago",
          reply_to=echo, when="2028-06-07T10:40:26Z"),
       expect(MON, "low", "fleet", "third_party"), note="a stranger's comment under the news; the near miss was years ago")
    SC("clutch-question-first-lesson-terrified", "question",
       tw("holly_j_clt", f"@{B} just saw the crash on the news and my first ever lesson is at 4 today. now I'm terrified 😬 is it still on?",
          when="2028-06-07T11:20:53Z"),
       expect(RP, "normal", "safety", "direct"), note="nerves after the news, nobody in danger: a question to answer kindly, not an emergency")
    SC("clutch-threat-drag-him-out", "threat-urgent",
       tw("wayne_k_clt", "that Clutch instructor who let his learner pull out on me at the Mill Road lights this morning. next time I see that car I'm dragging him out of it and he won't be teaching anyone for a while",
          when="2028-06-07T12:15:09Z"),
       expect(ANY, "urgent", ANY, "indirect"), note="a threat of violence against an instructor")
    SC("clutch-nl-annuleringskosten", "non-english",
       tw("daan_clt", f"@{B} Ik heb mijn lessen vooruitbetaald. Mijn instructeur heeft de les van vanmiddag op het laatste moment afgezegd en toch is er £42 annuleringskosten afgeschreven. Krijg ik mijn geld terug?",
          lang="nl", when="2028-06-07T13:05:41Z"),
       expect(RP, "normal", "payments", "direct"), note="Dutch: charged a cancellation fee for a lesson his instructor cancelled")
    beth = tw("beth_s_clt", "not sure who to tell. my clutch instructor keeps putting his hand on my leg when he 'helps' with the gears and he's started messaging me at night. I've got 9 lessons left on my block and I don't want to get back in the car with him",
              when="2028-06-07T14:10:18Z")
    SC("clutch-safety-harassment-hand-on-leg", "safety-urgent", beth, expect(RP, "urgent", "safety", "indirect"),
       note="harassment by an instructor, told quietly, lower case, no tag")
    beth_brand = tw(B, "@beth_s_clt Beth, thank you for telling us, and I'm so sorry. He won't teach you again and he has stopped teaching while we look into this. Claire, who leads safeguarding here, has sent you a DM and can call you today.",
                    reply_to=beth, when="2028-06-07T14:25:02Z")
    SC("clutch-brand-reply-beth-safeguarding", "brand-own-post", beth_brand, expect(IGN, "low", None, "none"))
    SC("clutch-thread-beth-scared", "thread-with-brand",
       tw("beth_s_clt", "thank you. honestly I'm scared he'll turn up at my house, he knows where I live because he always collects me from home. I don't feel safe",
          reply_to=beth_brand, when="2028-06-07T14:40:35Z"),
       expect(RP, "urgent", "safety", "direct"), note="still afraid for her safety, in the brand's thread without @")
    SC("clutch-medical-seizure-at-wheel", "medical-urgent",
       tw("mo_r_clt", f"@{B} my daughter just had a seizure at the wheel on her lesson in Cinderby. her instructor got the car stopped and the paramedics are with her now. can someone ring me, I'm on my way there",
          when="2028-06-07T15:30:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a pupil's seizure during a lesson, happening now")
    SC("clutch-hotline-praise-after-crash", "public-hotline-number",
       tw("marj_clt", "whoever answered Clutch's 0808 157 0655 line at lunchtime when I rang in a panic about my grandson after the crash, thank you. you were so kind and you rang me back like you said. he's fine",
          when="2028-06-07T17:05:29Z"),
       expect(RP, "low", "safety", "indirect"), strict=False,
       note="praise quoting the brand's own helpline, not a private detail; the crash is over and he is fine")

    # ---- Thursday 8 June: fake test dates and fake support -----------------------------------
    SC("clutch-spam-fake-fast-track-tests", "spam",
       tw("ClutchTests_clt", "🚗 GUARANTEED practical test dates within 7 days! Skip the queue with Clutch Driving School Fast-Track ✅ £150 by bank transfer, DM us to secure your slot 👉 {url:https://clutch-fasttrack.example/book}",
          when="2028-06-08T07:00:00Z"),
       expect(IGN, "low", "tests", "indirect"), note="a fake account using the brand's name to sell test dates")
    SC("clutch-question-is-fast-track-real", "question",
       tw("jas_k_clt", f"@{B} is your fast-track test date thing real? someone messaging as Clutch wants £150 by bank transfer and says I can have a practical test next week",
          when="2028-06-08T07:25:16Z"),
       expect(RP, "normal", "tests", "direct"), note="checking before paying: no money lost yet")
    scam = tw(B, "⚠️ Scam warning: accounts pretending to be Clutch are selling 'guaranteed' practical test dates for £150 by bank transfer. That's not us: nobody can sell test dates, we never ask for bank transfers, and this is our only account. If you've paid, call your bank now, then us.",
              when="2028-06-08T08:00:00Z")
    SC("clutch-brand-own-scam-warning", "brand-own-post", scam, expect(IGN, "low", "tests", "none"))
    SC("clutch-private-fraud-card-phone", "private-details",
       tw("kev_d_clt", f"@{B} I paid £150 to that fake fast-track account yesterday by bank transfer, then put my card 4000 0566 5566 5556 into their 'deposit' page too. now they've blocked me. please ring me on 07700 900583",
          when="2028-06-08T08:40:37Z"),
       expect(RV, "high", "payments", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("clutch-spam-fake-support-tom", "spam",
       tw("ClutchHelp_clt", "@tom_b_clt Hi Tom 👋 Clutch support here ✅ we can refund your late cancellation fee today! Just DM us your card number, expiry date and the 3 digits on the back 🙏",
          reply_to=tom, when="2028-06-08T09:05:22Z"),
       expect(IGN, "low", "payments", "third_party"), note="an impersonator in a customer's thread, fishing for card details")
    SC("clutch-spam-fund-recovery", "spam",
       tw("recover_clt", "Lost money to the Clutch Driving scam? 💸 Our certified agents trace bank transfers and crypto and get it back in 24h. No win no fee ✅ DM us now",
          when="2028-06-08T10:00:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="'fund recovery' riding on the scam story")
    SC("clutch-spam-phishing-refund-link", "spam",
       tw("CDRefunds_clt", "Clutch Driving School: your late cancellation fee refund of £42.00 is ready. Confirm your card details within 24 hours to receive it 👉 {url:https://clutch-refunds.example/claim}",
          when="2028-06-08T10:30:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="phishing that copies the week's real refund story")
    SC("clutch-spam-giveaway-followers", "spam",
       tw("ClutchWins_clt", "🎁 GIVEAWAY 🎁 Win 10 FREE lessons with Clutch Driving School! Follow us, repost and tag 3 mates to enter 🚗 Want more followers for your own business? 10k for £19.99, DM us 📈",
          when="2028-06-08T10:50:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway from a follower seller")
    SC("clutch-threat-mock-test-windscreen", "threat-urgent",
       tw("lee_m_clt", f"@{B} your instructor Gary failed me on my mock test for my 'attitude'. if he says one more word to me at tomorrow's lesson I swear I'll put him through the windscreen",
          when="2028-06-08T11:10:48Z"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat of violence against an instructor, with a complaint: only the priority is strict")
    SC("clutch-safety-misspelt-slurring-drunk", "safety-urgent",
       tw("tyler_clt", f"@{B} my instructer was proper slurring his words today and nearly fell over getting out the car. think he was drunk?? i didnt say nothing but hes picking my sister up for her lesson at 4",
          when="2028-06-08T12:00:31Z"),
       expect(RP, "urgent", "safety", "direct"), note="misspelt and hesitant, but a drunk instructor due to teach another pupil this afternoon")
    SC("clutch-it-telefono-ciclista", "non-english",
       tw("giulia_clt", f"@{B} Buongiorno, il mio istruttore è stato al telefono per tutta la lezione e non ha visto un ciclista: l'abbiamo quasi investito. Ho avuto paura, è pericoloso e non mi sento sicura. Cosa devo fare?",
          lang="it", when="2028-06-08T13:00:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: an instructor on the phone all lesson, a cyclist nearly hit; she feels unsafe")
    SC("clutch-pt-exame-codigo", "non-english",
       tw("joao_clt", f"@{B} Boa tarde, marquei o exame de código na vossa app há uma semana, já fiz o simulado duas vezes, mas ainda não recebi confirmação nem data. Podem verificar, por favor?",
          lang="pt", when="2028-06-08T14:10:52Z"),
       expect(RP, "normal", "tests", "direct"), note="Portuguese: a theory test booked in the app, no confirmation")
    SC("clutch-pl-odwolal-oplata", "non-english",
       tw("kasia_clt", f"@{B} Dzień dobry, instruktor odwołał moją lekcję już trzeci raz w tym tygodniu, a aplikacja i tak pobrała opłatę 42 funty. Proszę o zwrot pieniędzy.",
          lang="pl", when="2028-06-08T15:00:09Z"),
       expect(RP, "high", ANY, "direct"), note="Polish: a third cancellation this week and a fee taken anyway; no Polish keywords in the plan", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @ClutchDriving")
    SC("clutch-indirect-misspelt-20-mins", "complaint-indirect",
       tw("shannon_clt", "clutch drivng school have cancelled my lesson 20 mins before it was due to start. sat here in my coat like a lemon",
          when="2028-06-08T15:45:33Z"),
       expect(RP, "normal", "instructors", "indirect"), note="lower case and a typo, no tag; her own lesson")
    SC("clutch-big-reach-presenter-nephew", "big-reach",
       tw("tamsin_tv_clt", f"My nephew's had five Clutch lessons called off by his instructors this month and they charged him a late cancellation fee for every single one. £210 from a 17-year-old's wages, and no refund yet. @{B} this isn't OK.",
          when="2028-06-08T17:00:26Z",
          metrics={"retweet_count": 1_300, "reply_count": 870, "like_count": 19_800, "quote_count": 140}),
       expect(RP, "high", "payments", "indirect"), note="580k followers, a real complaint about a family member's lessons")
    SC("clutch-hotline-five-times-fees", "public-hotline-number",
       tw("derek_clt", f"@{B} rang 0808 157 0655 five times today about the £84 in fees you took off my granddaughter. 40 minutes on hold, then cut off every time",
          when="2028-06-08T18:10:40Z"),
       expect(RP, "high", "payments", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; five failed calls make it a strong complaint")
    SC("clutch-quote-scam-warning-instructor-transfer", "quote",
       tw("faye_clt", "'we never ask for bank transfers' then why did my instructor ask me to pay for my last block of lessons by bank transfer to his own account?? genuinely worried now",
          quote=scam, when="2028-06-08T18:40:55Z"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a fair question about her own payment")
    SC("clutch-es-profesor-alcohol", "non-english",
       tw("andrea_clt", f"@{B} Mi profesor de esta mañana olía a alcohol y le temblaban las manos. Me dio mucho miedo seguir la clase. ¿A quién se lo tengo que decir?",
          lang="es", when="2028-06-08T19:20:07Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: an instructor who smelt of alcohol this morning")

    # ---- Friday 9 June: refund day, tests, long complaints --------------------------------------
    SC("clutch-repeat-ben-friday-no-refund", "repeat-contact",
       tw("ben_c_clt", "it's Friday. still no refund for either fee. you said today and nobody answers the phone", reply_to=ben_brand,
          when="2028-06-09T07:30:18Z"),
       expect(RP, "high", "payments", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("clutch-safety-long-complaint-spongy-brakes", "safety-urgent",
       tw("ruth_clt", f"@{B} long one, sorry. my lessons keep getting moved about, the lesson car always stinks of smoke, my instructor turns up late most weeks, and on Tuesday the brakes felt spongy and pulled to the left. he said it's been like that a while. is that normal??",
          when="2028-06-09T07:50:36Z"),
       expect(RP, "urgent", "safety", "direct"), note="faulty brakes on a car still in use, inside a long complaint", known_miss="round 15, not met yet: topic: want \"safety\", got instructors; the engine read: addressed to @ClutchDriving | complaint (0.95) | a danger to health or safety: urgent | topic instructors: 'turned up late', 'turns up late'")
    SC("clutch-safety-screamed-punched-dashboard", "safety-urgent",
       tw("amelia_clt", f"@{B} my 17yo came home in tears. her instructor screamed at her for stalling and punched the dashboard so hard the cover cracked. she's terrified of him and she's meant to have him again on Monday. we want a different instructor and an explanation",
          when="2028-06-09T08:30:11Z"),
       expect(RP, "urgent", "safety", "direct"), note="an aggressive instructor who frightened a pupil and is due to teach her again")
    SC("clutch-legal-intensive-small-claims", "legal-threat-not-urgent",
       tw("nigel_clt", "Clutch Driving School cancelled my son's £570 intensive course two days before it started and six weeks later still haven't paid it back. 'It's with accounts.' Letter before action went today: small claims court next.",
          when="2028-06-09T09:40:45Z"),
       expect(RP, "high", "courses", "indirect"), note="a court threat about a cancelled course, brand named without a tag")
    SC("clutch-indirect-changed-instructor-three-times", "complaint-indirect",
       tw("jordan_clt", "Clutch Driving School have changed my instructor three times in a month and every one of them teaches the roundabouts differently. more confused now than when I started",
          when="2028-06-09T10:00:27Z"),
       expect(RP, "normal", "instructors", "indirect"), note="his own complaint, brand named without a tag")
    SC("clutch-praise-passed-two-minors", "praise",
       tw("aisha_clt", f"@{B} PASSED first time with 2 minors!!! thank you Bev for putting up with my roundabouts for 6 months 😭🎉",
          when="2028-06-09T10:30:50Z"),
       expect(RP, "low", "tests", "direct"))
    SC("clutch-praise-crash-course-smashed-it", "praise",
       tw("ryan_clt", "did Clutch's 5-day crash course this week and got my licence this morning. absolutely smashed it 💥 would recommend if you can cope with 6 hours a day behind the wheel",
          when="2028-06-09T11:15:04Z"),
       expect(RP, "low", "courses", "indirect"), note="'crash course' and 'smashed it' are praise for an intensive course, nothing dangerous", known_miss="round 15, not met yet: priority: want \"low\", got normal; the engine read: names Clutch Driving School in a post to everyone | describes their own experience | sarcasm (irony 0.56) from a customer: a complaint | topic courses: '5-day', 'crash course', 'crash courses', 'course', 'courses'")
    SC("clutch-de-pruefung-bestanden", "non-english",
       tw("lena_clt", f"@{B} Ich habe heute meine praktische Prüfung bestanden! 🎉 Danke an Mehmet für seine Geduld mit meinen Kreisverkehren 🙏",
          lang="de", when="2028-06-09T12:30:38Z"),
       expect(RP, "low", "tests", "direct"), note="German praise: passed her practical test")
    SC("clutch-praise-heart-attack-motorway", "praise",
       tw("zoe_clt", f"@{B} my instructor nearly gave me a heart attack today when she said 'right, motorway time' with no warning 😂 loved it though. best motorway lesson I could have asked for, thank you Sue!",
          when="2028-06-09T13:00:23Z"),
       expect(RP, "low", "courses", "direct"), note="'heart attack' is a figure of speech in a thank-you", known_miss="round 15, not met yet: priority: want \"low\", got high; the engine read: addressed to @ClutchDriving | complaint (0.26) | legal or regulatory threat (not urgent) | topic courses: 'motorway', 'motorways', 'motorway lesson', 'motorway lessons'")
    SC("clutch-abuse-muppets-practical-monday", "abuse-with-problem",
       tw("dazza_clt", f"@{B} absolute shambles. my practical is on Monday, your instructor cancelled my last lesson before it AND you charged me a late fee for the privilege. sort it out you useless muppets",
          when="2028-06-09T14:00:16Z"),
       expect(RP, "high", "payments", "direct"), note="rude, with a real problem days before his test")
    SC("clutch-in-passing-friday-hay-fever", "complaint-in-passing",
       tw("sophie_clt", f"friday mood: hay fever, a parking ticket, and @{B} haven't refunded the two late fees they took for lessons they cancelled. weekend can't come fast enough",
          when="2028-06-09T16:00:42Z"),
       expect(RP, "normal", "payments", "indirect"), note="the brand tagged in the middle of a list of bad things")
    SC("clutch-private-dob-address-theory", "private-details",
       tw("ella_clt", f"@{B} you booked my theory test for me and the confirmation has the wrong date of birth. it should be 14/03/2010, and my address is 22 Tanner Row, Cinderby CN4 7PL, not 12. can you fix it before the 21st?",
          when="2028-06-09T17:10:09Z"),
       expect(RV, "normal", "tests", "direct"), note="a date of birth and a home address in public")
    SC("clutch-html-mock-results-template", "html-entities",
       tw("sec_sam_clt", f"@{B} your mock test results email says 'Hi &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, you scored &lt;%= score %&gt; out of 50'. so did I pass or not?",
          when="2028-06-09T18:00:31Z"),
       expect(RP, "normal", "tests", "direct"), note="a broken template in the results email, delivered escaped; a real question")
    nia = tw("nia_clt", "how was your lesson babe?? 🚗", when="2028-06-09T19:00:00Z")
    SC("clutch-safety-in-thread-nodding-off", "safety-urgent",
       tw("leah_clt", "@nia_clt lol fine apart from my clutch instructor nodding off at the lights twice. had to poke him. think he's doing nights somewhere else 😂",
          reply_to=nia, when="2028-06-09T19:12:47Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="an instructor falling asleep in charge of a learner, laughed off in a friend's thread: whether to step in is a judgement, but the priority is strict")
    SC("clutch-sarcasm-best-money-never-spent", "sarcasm-customer",
       tw("omar_clt", "cheers Clutch for charging me a £42 fee for the lesson my instructor didn't turn up to. best money I've never spent 👏",
          when="2028-06-09T20:00:55Z"),
       expect(RP, "normal", "payments", "indirect"), note="'cheers' meaning the opposite, brand named without a tag")

    # ---- Saturday 10 and Sunday 11 June: the name's other lives -------------------------------
    SC("clutch-common-clutch-of-eggs", "common-word",
       tw("hen_clt", "our broody hen Doris is sitting on a clutch of 9 eggs and won't budge for anyone. due to hatch Thursday 🐣",
          when="2028-06-10T08:00:18Z"),
       expect(IGN, "low", None, "none"), note="a clutch of eggs")
    SC("clutch-namesake-handbag-shop", "namesake",
       tw("BridgeBags_clt", "Summer sale at Clutch on Bridge Street: 30% off all leather clutch bags and totes this weekend only 👜✨",
          when="2028-06-10T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="a handbag shop selling clutch bags")
    SC("clutch-namesake-band-corn-exchange", "namesake",
       tw("CornEx_clt", "Clutch at the Corn Exchange TONIGHT 🤘 doors 7pm, support from Velvet Kettle. A few tickets left on the door",
          when="2028-06-10T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="a rock band", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Clutch Driving School in a post to everyone | general chatter about the brand")
    SC("clutch-chatter-orange-cars", "chatter-monitor",
       tw("jen_h_clt", "the Clutch cars are bright orange now?? can spot a learner coming from the other end of Stenbury high street 🍊",
          when="2028-06-10T12:00:36Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    SC("clutch-namesake-garage-fire", "namesake",
       tw("StenFire_clt", "Crews are tackling a fire at the Clutch &amp; Gearbox Centre on Quarry Road. Nobody is hurt. Please avoid the area and keep windows closed while we deal with the smoke.",
          when="2028-06-10T14:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a real fire, but at the garage with the same name: nothing to do with the driving school")
    SC("clutch-common-clutch-winner", "common-word",
       tw("STFC_fans_clt", "CLUTCH. 94th minute winner from Okafor and Stenbury Town stay up!!! what a player in the big moments ⚽🔥",
          when="2028-06-10T17:00:12Z"),
       expect(IGN, "low", None, "none"), note="'clutch' as in sport, in capitals", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Clutch Driving School in a post to everyone | general chatter about the brand")
    SC("clutch-common-ride-the-clutch", "common-word",
       tw("alfie_clt", "dad's been taking me out in his car before I start proper lessons and apparently I 'ride the clutch like it's a footrest'. he's already had to replace it once 🙃",
          when="2028-06-11T09:05:40Z"),
       expect(IGN, "low", None, "none"), note="the car part, in words that sound like the business")
    SC("clutch-common-clutch-went-bypass", "common-word",
       tw("mick_clt", "my clutch went at 60 on the Fallowmere bypass last night, had to coast onto the verge with lorries flying past. scariest 10 seconds of my life. £700 to fix 😩",
          when="2028-06-11T09:30:27Z"),
       expect(IGN, "low", None, "none"), note="a frightening moment, but his own car's clutch")
    SC("clutch-praise-old-lorry-dual-controls", "praise",
       tw("grace_clt", "8 years ago my Clutch instructor grabbed the wheel and used the dual controls when a lorry pulled out on me at Fallowmere. today I booked my own daughter in with Clutch. some things you don't forget 💛",
          when="2028-06-11T11:00:49Z"),
       expect(RP, "low", "fleet", "indirect"), note="a danger long over, told as thanks: not urgent", known_miss="round 15, not met yet: action: want \"respond_public\", got monitor; the engine read: names Clutch Driving School in a post to everyone | general chatter about the brand | topic fleet: 'dual controls', 'dual control', 'dual-control'")
    SC("clutch-namesake-mrs-clutch-retires", "namesake",
       tw("StenHigh_clt", "Congratulations to Mrs Clutch, our Head of Maths, who retires this summer after 31 years at Stenbury High. Thank you for everything 💐",
          when="2028-06-11T12:00:00Z"),
       expect(IGN, "low", None, "none"), note="a teacher's surname")
    return brand


BRANDS["clutch-driving"] = ("ClutchDriving", 6178901245, build_clutch_driving)
