# Mallowby Pharmacy: a made-up pharmacy chain with an online prescription service:
# repeat prescriptions, home delivery of medicines, stock shortages, flu jabs and other
# vaccinations, an app, and the stores. "Mallowby" is also a village (Mallowby Green,
# with a cricket club and a tearoom), a brand of marshmallows sold in supermarkets (and,
# by some, a word for any marshmallow), and a surname: none of them is the pharmacy.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, NHS and prescription number, card and email address here is made up.
# NHS numbers are in the 999 range that the NHS keeps for testing.


def build_mallowby_pharmacy():
    global CURRENT_BRAND, CLOCK
    brand = Brand("mallowby-pharmacy", SCEN_DIR / "mallowby-pharmacy.plan.toml", "MallowbyCare", 4101234510, 1861220000000001401)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-21T08:20:00Z")
    B = "MallowbyCare"
    user(B, "Mallowby Pharmacy", 4101234510,
         "Mallowby Pharmacy care team 💊 8am–8pm, 7 days. Pharmacist advice line 0808 157 0913. Please never post your NHS number or address here.",
         24_300, following=610, tweets=52_000, listed=140, verified=True)
    user("kerry_ashdown", "Kerry Ashdown", 4910382716, "Mum of three. One of them is a tornado.", 290)
    user("dan_okj_mcr", "Dan Okonjo", 4910457203, "Bus driver. Chorlton.", 180)
    user("squidge_puns", "Barry Quill", 4910529384, "Puns, lightly toasted.", 1300)
    user("MallowbyHelpDsk", "Mallowby Pharmacy Support ✅", 4910613075,
         "Official prescription help 24/7 💊 DM us on WhatsApp for fast-track orders!", 37, following=4300)
    user("rx_deals_24", "RX Deals 24/7 💊", 4910688142, "Best prices. No questions. Worldwide.", 2100, following=5000)
    user("carmen_vdl_mcr", "Carmen Vidal", 4910744519, "Valenciana en Manchester.", 160)
    user("lou_benning", "Louise Benning", 4910801236, "Two under three. Send coffee.", 420)
    user("sunita_k", "Sunita Kaur", 4910873650, "Teacher. Tea. Tired.", 310)
    user("gethin_rowe", "Gethin Rowe", 4910926047, "Looking after Mam.", 140)
    user("priya_lal", "Priya Lal", 4911034872, "", 95)
    user("claire_ashby", "Claire Ashby", 4911097321, "52, menopausal and not sorry about it.", 780)
    user("craig_hollis", "Craig Hollis", 4911152984, "Dad. Lollipop man on Tuesdays.", 210)
    user("val_prentice", "Val Prentice", 4911208463, "Retired nurse. Still bossy.", 360)
    user("wayne_cromer", "Wayne Cromer", 4911276019, "", 44)
    user("big_gaz_m", "Gaz Mellor", 4911330587, "Dog dad. Two staffies.", 130)
    user("ellie_marsden", "Ellie Marsden", 4911395246, "Living well. Mind your business.", 520)
    user("marcus_whitby", "Marcus Whitby", 4911457830, "Off to Vietnam in spring. Allegedly.", 240)
    user("jean_pryor", "Jean Pryor", 4911512394, "Daughter, carer, spreadsheet keeper.", 190)
    user("stevo_1983", "Steve O'Hara", 4911586021, "", 70)
    user("rhi_jenks", "Rhiannon Jenkins", 4911643758, "Nails, gym, repeat.", 2300)
    user("snack_scout", "Mo Patel", 4911708215, "I review snacks so your waistline doesn't have to.", 8700)
    user("mgcc_cricket", "Mallowby Green CC", 4911769902, "Village cricket since 1889 🏏 Tearoom open match days.", 640)
    user("oakfield_nan", "Brenda Cole", 4911824367, "Oakfield born and bred. Nan of five.", 230)
    user("cosy_nights_jo", "Jo Whitaker", 4911893140, "Candles, blankets, telly.", 1100)
    user("akela_pete", "Pete Gorman", 4911951826, "Cub leader. Smells permanently of campfire.", 380)
    user("ChemistWeekly", "Chemist Weekly", 4912016473, "News for pharmacy and the people who use it.", 38_000, following=900, verified=True)
    user("HealthWireUK", "HealthWire UK", 4912078320, "Health and NHS news.", 121_000, following=1300, verified=True)
    user("lucy_tenby", "Lucy Tenby", 4912139054, "Watches adverts on purpose.", 610)
    user("nora_quillby", "Nora Quill", 4912193607, "Retired librarian. Housebound, not bored.", 85)
    user("nan_shares", "Doreen Platt", 4912257481, "", 60)
    user("bev_fairclough", "Bev Fairclough", 4912316925, "Mum's carer. Part-time baker.", 340)
    user("chiara_bellini", "Chiara Bellini", 4912374063, "Torinese a Manchester.", 200)
    user("DrSamOnAir", "Dr Sam Achebe", 4912438710, "GP, broadcaster, dad. Health questions answered on Mornings, weekdays 10am. Views mine.",
         910_000, following=1200, listed=3100, verified=True)
    user("kev_rts", "Kev Lomas", 4912491254, "", 120)
    user("lizzie_holt", "Lizzie Holt", 4912555836, "December is a lot.", 460)
    user("kat_ferris", "Kat Ferris", 4912613497, "Office manager. Professional queuer.", 380)
    user("josh_pennant", "Josh Pennant", 4912679018, "5-a-side and moaning.", 270)
    user("ricky_doyle", "Ricky Doyle", 4912734652, "Asthmatic striker.", 190)
    user("amira_said", "Amira Said", 4912798305, "Leeds-bound 📦", 530)
    user("ollie_brndt", "Ollie Brandt", 4912853970, "Been there, sorted that.", 210)
    user("fiona_drake", "Fiona Drake", 4912917624, "Accounts by day, sarcasm by night.", 640)
    user("ray_quips", "Ray Dunne", 4912974281, "Dad jokes, now with extra dad.", 900)
    user("nick_varga", "Nick Varga", 4913038849, "", 150)
    user("harriet_vance", "Harriet Vance", 4913096512, "Itchy since 1994.", 220)
    user("pete_langton", "Pete Langton", 4913150278, "Checks his bank statements. Every line.", 170)
    user("becky_orme", "Becky Orme", 4913214935, "Three kids, one boiler, no patience.", 390)
    user("sophie_lacey", "Sophie Lacey", 4913279601, "", 260)
    user("tony_mcbride", "Tony McBride", 4913331468, "Oldfield. Chippy regular.", 90)
    user("kasia_nowak", "Kasia Nowak", 4913395027, "Polka w Manchesterze.", 180)
    user("jas_kaur_t1", "Jas Kaur", 4913452793, "Type 1 since 2008. Runs on Haribo and spite.", 610)
    user("gordon_fyfe", "Gordon Fyfe", 4913516340, "Retired joiner. Allotment.", 75)
    user("hattie_moss", "Hattie Moss", 4913578916, "Boxing Day walker.", 300)
    user("glen_hartigan", "Glen Hartigan", 4913634582, "Knows every hold tune by heart.", 140)
    user("ines_carter", "Ines Carter", 4913697245, "", 230)
    user("dev_mira", "Mira Okafor", 4913752819, "Front-end dev. View source is my love language.", 1500)
    user("amelie_roux", "Amélie Roux", 4913815486, "Lyonnaise à Manchester.", 120)
    user("jonas_weber", "Jonas Weber", 4913873150, "Aus Köln, jetzt in Salford.", 90)
    user("femke_visser", "Femke Visser", 4913938714, "Utrechtse in Stockport.", 150)
    user("joao_pereira", "João Pereira", 4913994378, "Do Porto para Manchester.", 110)

    # ---- Epilepsy medicine stuck with the courier: the mother, the brand, the mother back at night
    kerry = tw("kerry_ashdown", f"@{B} my son's epilepsy meds (Keppra) were meant to be delivered on Saturday. tracking still says 'with courier'. he has tonight's dose and that's it. he CANNOT miss doses. please someone help",
               when="2026-12-21T08:34:12Z")
    SC("mp-epilepsy-meds-with-courier", "medical-urgent", kerry, expect(RP, "urgent", "delivery", "direct"),
       note="a child about to run out of anti-seizure medicine because the delivery is late")
    kerry_brand = tw(B, "@kerry_ashdown Kerry, I'm so sorry. Our Kingsway pharmacist has his Keppra set aside and a driver will bring it round by 6pm today. I'll update you here by 4 with the tracking.",
                     reply_to=kerry, when="2026-12-21T08:51:40Z")
    SC("mp-epilepsy-still-no-driver", "thread-with-brand",
       tw("kerry_ashdown", "it's quarter past 7. no driver, no phone call, nothing. his next dose is at 8", reply_to=kerry_brand,
          when="2026-12-21T19:15:27Z"),
       expect(RP, "urgent", "delivery", "direct"),
       note="back in the brand's thread without @, the promise broken: still a child about to miss an anti-seizure dose")

    # ---- A slow repeat prescription: the complaint, a joker, an impersonator, the brand, the customer back
    dan = tw("dan_okj_mcr", f"@{B} ordered my repeat prescription through you on the 9th, GP approved it on the 11th and it still says 'with your surgery'. 12 days. what is going on",
             when="2026-12-21T09:10:05Z")
    SC("mp-repeat-prescription-12-days", "complaint-direct", dan, expect(RP, "normal", "prescriptions", "direct"),
       note="slow, but nothing says he has run out")
    SC("mp-bystander-squidgy", "joke-bystander",
       tw("squidge_puns", "@dan_okj_mcr Mallowby? as in the marshmallows? no wonder it's all gone a bit soft and squidgy 😂", reply_to=dan,
          when="2026-12-21T09:31:48Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in a customer's thread")
    SC("mp-spam-impersonator-whatsapp", "spam",
       tw("MallowbyHelpDsk", "@dan_okj_mcr Hi Dan 👋 Mallowby Pharmacy support here, so sorry for the wait! We can fast-track your prescription today 💊 Just DM us on WhatsApp with your NHS number and bank details 👉 {url:https://mallowby-rx-help.example/fast}",
          reply_to=dan, when="2026-12-21T09:48:19Z"),
       expect(IGN, "low", "prescriptions", "third_party"),
       note="a fake support account fishing for an NHS number and bank details in a customer's thread")
    dan_brand = tw(B, "@dan_okj_mcr Sorry Dan, 12 days is far too long. I've asked our Chorlton team to chase your surgery this morning and I'll update you here by 3pm.",
                   reply_to=dan, when="2026-12-21T10:02:33Z")
    SC("mp-brand-reply-dan", "brand-own-post", dan_brand, expect(IGN, "low", "prescriptions", "none"))
    SC("mp-dan-on-hold-for-what", "repeat-contact",
       tw("dan_okj_mcr", f"@{B} heard nothing yesterday and today it says my repeat prescription is 'on hold'. on hold for WHAT", reply_to=dan_brand,
          when="2026-12-22T09:40:51Z"),
       expect(RP, "high", "prescriptions", "direct"), note="the brand promised an update and the problem is still there")

    # ---- Medical needs
    SC("mp-es-pastillas-corazon", "medical-urgent",
       tw("carmen_vdl_mcr", f"@{B} hola, mi padre se ha quedado sin sus pastillas para el corazón. La entrega tenía que llegar el viernes y todavía nada. ¿Qué hacemos?", lang="es"),
       expect(RP, "urgent", "delivery", "direct"),
       note="Spanish: a father out of his heart tablets because the delivery is late")
    lou = tw("lou_benning", f"3rd Mallowby I've tried today and none of them have amoxicillin liquid for my 2yo. GP says she has to start it tonight, chest infection. every branch says out of stock, try tomorrow. @{B} is there ANY branch that has it??")
    SC("mp-child-antibiotic-out-of-stock", "medical-urgent", lou, expect(RP, "urgent", "stock", "indirect"),
       note="a toddler's antibiotic nobody has; the handle at the end; '3rd' is branches, not contacts")
    SC("mp-chatter-retail-park-stock", "third-party-chatter",
       tw("sunita_k", "@lou_benning the big Mallowby at Brinsford retail park had it in stock on Monday when my lad had tonsillitis. worth a ring before you drive over. hope she's better soon x", reply_to=lou),
       expect(MON, "low", "stock", "third_party"), note="a stranger's helpful tip inside someone else's thread")
    SC("mp-wrong-strength-amlodipine", "medical-urgent",
       tw("gethin_rowe", f"@{B} you've given my mum the wrong strength amlodipine. label says 5mg, the tablets in the box are 10mg. she's had them 2 days, she's dizzy and her ankles have swollen right up. what does she do??"),
       expect(RP, "urgent", "medicine_safety", "direct"), note="a dispensing error with symptoms")
    SC("mp-interaction-ibuprofen-sertraline", "medical-urgent",
       tw("priya_lal", f"@{B} hi, quick q - is it safe to take ibuprofen while I'm on sertraline? raging toothache and the dentist can't see me till thursday"),
       expect(RP, "urgent", "medicine_safety", "direct"), strict=False,
       note="a calm question, but about the safety of taking two medicines together, before she takes them: "
            "urgent by 'a medical need, even a calm question about one'; some would call it an ordinary question (normal)")
    SC("mp-hrt-patches-nine-days", "medical-urgent",
       tw("claire_ashby", f"@{B} third pharmacy this week with no Evorel patches. 9 days without my HRT now, the hot flushes and brain fog are back with a vengeance. any idea when you'll get stock in?"),
       expect(RP, "urgent", "stock", "direct"), strict=False,
       note="a patient without a medicine she depends on (urgent by the brief), though not life-threatening: "
            "a care lead could also call it a strong complaint (high). 'third pharmacy' is not a third contact")

    # ---- Safety
    SC("mp-controlled-drugs-on-doorstep", "safety-urgent",
       tw("craig_hollis", f"@{B} your driver has just left a bag on my doorstep with SOMEONE ELSE'S morphine and methadone in it. been sat there since 2pm, right next to the school path. what do I do with it??"),
       expect(RP, "urgent", "delivery", "direct"), note="controlled drugs left where children walk past")
    SC("mp-ice-ramp-man-fell", "safety-urgent",
       tw("val_prentice", "Mallowby on Market St: the ramp outside the door is a sheet of ice, an old gent just went flying and split his head open. staff won't come out, say it's not their job. someone's going to get killed"),
       expect(RP, "urgent", "stores", "indirect"), note="an injury and an ongoing danger at a store; named, not tagged")

    # ---- Threats against people
    SC("mp-threat-pharmacist-counter", "threat-urgent",
       tw("wayne_cromer", "that jumped up pharmacist at Mallowby on Kingsway refused to hand over my tablets AGAIN. next time she does it I'm coming over that counter and she'll regret it"),
       expect(ANY, "urgent", "stores", "indirect"), note="a threat against a pharmacist, with a complaint")
    SC("mp-threat-driver-wheelie-bin", "threat-urgent",
       tw("big_gaz_m", f"@{B} if your driver leaves my parcel in the wheelie bin one more time I'll put HIM in it. tell him to watch his back"),
       expect(ANY, "urgent", "delivery", "direct"), note="a threat against a delivery driver, with a complaint")

    # ---- Regulator, NHS and court
    SC("mp-gphc-read-out-medication", "legal-threat-not-urgent",
       tw("ellie_marsden", f"@{B} your pharmacist read out the name of my HIV medication across a packed shop on Saturday. I've never felt so humiliated. I'm reporting the branch to the GPhC."),
       expect(RP, "high", "stores", "direct"), strict=False,
       note="a regulator threat: high, not urgent. Her health condition is not on the list of private details, so respond_public "
            "by the conventions; a care lead might well move straight to a private channel (respond_private)")
    SC("mp-small-claims-hep-b-refund", "legal-threat-not-urgent",
       tw("marcus_whitby", "Mallowby Pharmacy charged me £120 for a hep B course and cancelled it after one dose. 9 weeks chasing a refund. Letter before action went today, small claims court next."),
       expect(RP, "high", "payments", "indirect"))
    SC("mp-nhs-complaint-items-missing", "legal-threat-not-urgent",
       tw("jean_pryor", f"@{B} fourth month running my dad's repeat prescription has arrived with items missing. his GP has had to do an emergency script every time. I've made a formal complaint to the NHS and copied in his MP."),
       expect(RP, "high", "prescriptions", "direct"), note="repeated, with an NHS complaint; the gap is covered by the GP each time, so not urgent")

    # ---- Rude customers with real problems
    SC("mp-abuse-third-time-not-ready", "abuse-with-problem",
       tw("stevo_1983", f"@{B} 3rd time this month I've turned up and my prescription isn't ready. absolute clowns the lot of you. sort your sh*t out"),
       expect(RP, "high", "prescriptions", "direct"))
    SC("mp-abuse-caps-app-account", "abuse-with-problem",
       tw("rhi_jenks", "MALLOWBY YOUR APP IS A JOKE. LOGGED ME OUT 6 TIMES TODAY AND NOW SAYS MY ACCOUNT DOESN'T EXIST. USELESS BUNCH OF CLOWNS #Mallowby"),
       expect(RP, "high", "app", "indirect"), note="all caps, the brand as the first word and a hashtag, not tagged",
       known_miss="addressed: 'MALLOWBY YOUR APP…' speaks to the brand by name, read as direct where the set says indirect")

    # ---- Spam
    SC("mp-spam-no-prescription-pills", "spam",
       tw("rx_deals_24", f"@{B} 💊 Ozempic, Mounjaro, Xanax. NO PRESCRIPTION NEEDED ✅ discreet shipping worldwide, crypto accepted 👉 {{url:https://rx-deals.example/shop}}"),
       expect(IGN, "low", "prescriptions", "direct"), note="an illegal online pill seller; the topic comes from the keyword")

    # ---- The marshmallows, the village, the GP
    SC("mp-namesake-marshmallow-shrinkflation", "namesake",
       tw("snack_scout", "Mallowby marshmallows have shrunk AGAIN. bag's gone from 180g to 150g, same price. shrinkflation is real 😤"),
       expect(IGN, "low", None, "none"), note="a complaint, but about the marshmallow brand",
       known_miss="marshmallows of the same name: 'shrunk … same price' reads as the pharmacy's business")
    SC("mp-namesake-cricket-club-tearoom", "namesake",
       tw("mgcc_cricket", "Mallowby Green CC nets start again in January 🏏 and we need tearoom volunteers for the summer, sign up at the pavilion"),
       expect(IGN, "low", None, "none"))
    SC("mp-namesake-dr-mallowby-retires", "namesake",
       tw("oakfield_nan", "Dr Ellen Mallowby retires on Friday after 34 years at Oakfield Surgery. she stitched my knee in 1996 and my grandson's chin last spring. the town won't be the same 💐"),
       expect(IGN, "low", ANY, "none"), note="a GP with the surname; 'surgery' is a plan keyword, so the topic doesn't matter")
    SC("mp-common-hot-choc", "common-word",
       tw("cosy_nights_jo", "hot choc, fire on, big squishy mallowby bobbing on top. peak december ☕🔥"),
       expect(IGN, "low", None, "none"), note="'mallowby' as a word for any marshmallow")
    SC("mp-common-cubs-smores", "common-word",
       tw("akela_pete", "s'mores night at cubs: digestive, square of chocolate, toasted Mallowby. 14 sticky children and zero regrets 🔥"),
       expect(IGN, "low", None, "none"))

    # ---- News and chatter
    SC("mp-news-branch-closures", "news-monitor",
       tw("ChemistWeekly", "Mallowby Pharmacy to close 38 high-street branches in March; union says 400 staff affected {url:https://chemistweekly.example/mallowby-closures}"),
       expect(MON, "low", "stores", "indirect"))
    SC("mp-news-hrt-shortage", "news-monitor",
       tw("HealthWireUK", "Mallowby Pharmacy warns of HRT patch shortage into February, blames supplier problems {url:https://healthwire.example/mallowby-hrt}"),
       expect(MON, "low", "stock", "indirect"))
    SC("mp-chatter-hot-water-bottle-advert", "chatter-monitor",
       tw("lucy_tenby", "the Mallowby Pharmacy advert with the singing hot water bottle lives in my head rent free"),
       expect(MON, "low", None, "indirect"))

    # ---- The brand's flu jab post: a question under it, a repost
    flu = tw(B, "Flu jabs 💉 are free this winter for over-65s, pregnant people and carers. Walk in at any branch, or book a slot in the Mallowby app.",
             when="2026-12-22T08:00:00Z")
    SC("mp-brand-flu-jab-post", "brand-own-post", flu, expect(IGN, "low", "vaccinations", "none"))
    SC("mp-covid-booster-under-flu-post", "question-in-reply-to-brand",
       tw("nora_quillby", "does that include the covid booster too or is that separate? I'm 78 and don't get out much", reply_to=flu,
          when="2026-12-22T08:41:37Z"),
       expect(RP, "normal", "vaccinations", "direct"), note="an ordinary vaccination question, not a medical emergency")
    SC("mp-repost-flu-jab", "repost", tw("nan_shares", "", retweet=flu, when="2026-12-22T09:05:12Z"), expect(IGN, "low", "vaccinations", "indirect"))

    # ---- Praise
    SC("mp-praise-driver-snow", "praise",
       tw("bev_fairclough", f"Massive thank you to @{B} and their driver Tariq who came out in the snow to deliver mum's insulin and carried her bins in while he was at it 🥹 absolute gent"),
       expect(RP, "low", "delivery", "indirect"))
    SC("mp-it-grazie-vaccino", "praise",
       tw("chiara_bellini", f"Grazie mille @{B}! La farmacista di Chorlton mi ha fatto il vaccino antinfluenzale in cinque minuti, gentilissima 🙏", lang="it"),
       expect(RP, "low", "vaccinations", "indirect"), note="Italian thanks for a flu jab")

    # ---- A TV doctor's mother, and a repost of it
    sam = tw("DrSamOnAir", f"My mum is 84. For the third month running Mallowby Pharmacy has lost her repeat prescription. Her GP says it was sent, Mallowby says it never arrived. Who is an 84-year-old meant to believe? @{B}",
             metrics={"retweet_count": 2800, "reply_count": 910, "like_count": 17400, "quote_count": 350})
    SC("mp-big-reach-tv-doctor-mum", "big-reach", sam, expect(RP, "high", "prescriptions", "indirect"),
       note="910k followers, third month running; the handle at the end")
    SC("mp-repost-tv-doctor", "repost", tw("kev_rts", "", retweet=sam), expect(IGN, "low", "prescriptions", "indirect"))

    # ---- Other people's conversations
    lizzie = tw("lizzie_holt", "is it just me or is the whole of December just queueing for things 😩")
    SC("mp-venting-one-pharmacist-queue", "third-party-venting",
       tw("kat_ferris", "@lizzie_holt 45 mins in Mallowby yesterday to collect ONE prescription. one pharmacist, queue out the door, bloke behind me coughing down my neck 🙃", reply_to=lizzie),
       expect(MON, "low", "stores", "third_party"))
    josh = tw("josh_pennant", "@ricky_doyle you still on those brown inhalers or did they change you?")
    SC("mp-venting-courier-recycling", "third-party-venting",
       tw("ricky_doyle", "@josh_pennant still on them, when Mallowby can be bothered to deliver them. courier turned up 3 days late last month and left them in next door's recycling", reply_to=josh),
       expect(MON, "low", "delivery", "third_party"))
    amira = tw("amira_said", "moving to Leeds in Jan, how do I even move my prescriptions to a new chemist 😩")
    SC("mp-chatter-nominate-advice", "third-party-chatter",
       tw("ollie_brndt", "@amira_said just switch your nominated pharmacy to Mallowby, your GP surgery can do it in 2 mins. been with them 3 yrs, never had an issue", reply_to=amira),
       expect(MON, "low", "prescriptions", "third_party"))

    # ---- Sarcasm, a second joker
    fiona = tw("fiona_drake", "gave Mallowby my entire lunch hour today for a 30 second flu jab. really got to know the foot cream aisle. 10/10 🙃")
    SC("mp-sarcasm-lunch-hour-flu-jab", "sarcasm-customer", fiona, expect(RP, "normal", "vaccinations", "indirect"),
       note="sarcasm without a cue word; named, not tagged")
    SC("mp-bystander-soft-needle", "joke-bystander",
       tw("ray_quips", "@fiona_drake Mallowby do injections now?? thought they just made marshmallows. hope it was a very soft needle 😂", reply_to=fiona),
       expect(IGN, "low", None, "third_party"))
    SC("mp-sarcasm-next-day-neptune", "sarcasm-customer",
       tw("nick_varga", f"'next day delivery' says @{B}. it's day 6. maybe they meant next day on Neptune 🪐"),
       expect(RP, "normal", "delivery", "indirect"),
       known_miss="sarcasm with no failure word ('maybe they meant next day on Neptune')")

    # ---- Ordinary complaints, named not tagged, and in passing
    SC("mp-eczema-cream-owed", "complaint-indirect",
       tw("harriet_vance", "Mallowby have owed me 2 tubes of my eczema cream since November. every time I go in it's 'the supplier hasn't sent it'. just tell me if you're never getting it and I'll go elsewhere"),
       expect(RP, "normal", "stock", "indirect"))
    SC("mp-taken-twice-no-refund", "complaint-indirect",
       tw("pete_langton", "Mallowby took £12.40 twice for the same order and won't refund it. emailed on Monday, nothing back. my card statement says otherwise lads"),
       expect(RP, "normal", "payments", "indirect"))
    SC("mp-in-passing-what-a-week", "complaint-in-passing",
       tw("becky_orme", f"honestly what a week. boiler's packed in, the youngest has chickenpox and the @{B} delivery went to a flat I moved out of 2 years ago. wine o'clock 🍷"),
       expect(RP, "normal", "delivery", "indirect"), note="chickenpox is part of the bad week, not something the pharmacy is asked about")

    # ---- The app down: the complaint, the brand's promise, the customer back
    sophie = tw("sophie_lacey", f"@{B} is the app down for everyone? can't log in, keeps saying 'something went wrong', and the website won't load either",
                when="2026-12-22T10:05:44Z")
    SC("mp-app-and-website-down", "complaint-direct", sophie, expect(RP, "high", "app", "direct"), note="an outage")
    sophie_brand = tw(B, "@sophie_lacey It's not just you, Sophie: the app and website are down this morning. The team expects them back by 2pm, and your local branch can still take orders by phone.",
                      reply_to=sophie, when="2026-12-22T10:21:09Z")
    SC("mp-app-still-down-5pm", "repeat-contact",
       tw("sophie_lacey", f"@{B} it's 5pm. the app still won't let me log in. you said 2pm.", reply_to=sophie_brand,
          when="2026-12-22T17:02:30Z"),
       expect(RP, "high", "app", "direct"))

    # ---- Private details
    SC("mp-address-phone-wrong-house", "private-details",
       tw("tony_mcbride", f"@{B} your driver has been to the wrong house twice now. it's 27 Hollins Road, Oldfield OL4 2PX, blue door next to the chippy. ring me on 07700 900317 when he's outside"),
       expect(RV, "normal", "delivery", "direct"), note="a home address and a mobile number")
    SC("mp-pl-karta-email-zwrot", "private-details",
       tw("kasia_nowak", f"@{B} dzień dobry, zapłaciłam dwa razy za to samo zamówienie. Karta 5200 8282 8282 8210. Proszę o zwrot pieniędzy, mój email: kasia.nowak@poczta.example", lang="pl"),
       expect(RV, "normal", "payments", "direct"), note="Polish: paid twice; a card number and an email address")
    SC("mp-insulin-nhs-number-address", "private-details",
       tw("jas_kaur_t1", f"@{B} my insulin delivery hasn't come and I've got 1 pen left. NHS number 999 481 2068, 14 Carr Lane, Fenby FB2 7QD. please, I'm type 1"),
       expect(RV, "urgent", "delivery", "direct"),
       note="an NHS number and a home address (answer privately), and a type 1 diabetic about to run out of insulin (urgent)")

    # ---- Questions, one followed up in the brand's thread
    gordon = tw("gordon_fyfe", f"@{B} do I need to book for a flu jab or can I just walk in at the Chorlton branch? I'm 67 so it's free I think",
                when="2026-12-21T11:00:16Z")
    SC("mp-flu-jab-walk-in", "question", gordon, expect(RP, "normal", "vaccinations", "direct"),
       note="an ordinary question about a flu jab: not urgent")
    gordon_brand = tw(B, "@gordon_fyfe Walking in is fine, Gordon: Chorlton does flu jabs 9–5, Monday to Saturday, and yes, it's free at 67.",
                      reply_to=gordon, when="2026-12-21T11:19:42Z")
    SC("mp-gordon-shingles-too", "thread-with-brand",
       tw("gordon_fyfe", "lovely, thanks. can the wife get her shingles one done at the same time? she's 71", reply_to=gordon_brand,
          when="2026-12-21T11:44:03Z"),
       expect(RP, "normal", "vaccinations", "direct"), strict=False,
       note="a new question back in the brand's thread without @; the first question was answered, nothing is still wrong, "
            "so normal, though 'coming back to a case the brand has answered' could read as high")
    SC("mp-boxing-day-opening-hours", "question",
       tw("hattie_moss", f"@{B} is the Bridge St branch open on Boxing Day? the website just tells me to check the branch opening hours, which is what I'm trying to do 🙃"),
       expect(RP, "normal", "stores", "direct"), note="opening hours: an ordinary question with a little sarcasm")

    # ---- Hotline, quote, odd input
    SC("mp-hotline-panpipes", "public-hotline-number",
       tw("glen_hartigan", f"rang @{B} on 0808 157 0913 at 9 about my missing parcel, 40 mins of panpipes and then cut off. is there actually anyone there",
          when="2026-12-23T09:52:10Z"),
       expect(RP, "normal", "delivery", "indirect"), strict=False, note="the number is the brand's own advice line, not the customer's")
    app_post = tw(B, "New in the Mallowby app 📱 order your repeat prescription in 3 taps and we'll tell you the moment it's ready to collect.")
    SC("mp-quote-ready-moment", "quote",
       tw("ines_carter", "'the moment it's ready' 🙃 my prescription has said 'being prepared' since the 8th. must be a very long moment", quote=app_post),
       expect(RP, "normal", "prescriptions", "indirect"), strict=False, note="quotes the brand's post without tagging it; sarcastic")
    SC("mp-html-prescription-form", "html-entities",
       tw("dev_mira", f"@{B} the repeat prescription form just shows &lt;/form&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; won't submit. how else can I order my repeats before Christmas?"),
       expect(RP, "normal", "prescriptions", "direct"))

    # ---- Other languages
    SC("mp-fr-vaccin-sans-rendez-vous", "non-english",
       tw("amelie_roux", f"@{B} bonjour, est-ce que je peux avoir le vaccin contre la grippe sans rendez-vous à Chorlton ? Merci d'avance", lang="fr"),
       expect(RP, "normal", "vaccinations", "direct"))
    SC("mp-de-rezept-geburtsdatum", "non-english",
       tw("jonas_weber", f"@{B} Mein Rezept (Nr. MP-4471-0932-K) liegt seit zwei Wochen bei euch, Geburtsdatum 12.05.1961. Warum ist es immer noch nicht fertig?", lang="de"),
       expect(RV, "normal", "prescriptions", "direct"), note="German: a prescription number and a date of birth in public")
    SC("mp-nl-niet-bezorgd", "non-english",
       tw("femke_visser", f"Mijn bestelling bij Mallowby is na vijf dagen nog steeds niet bezorgd en de track &amp; trace zegt helemaal niks. Iemand een idee? @{B}", lang="nl"),
       expect(RP, "normal", "delivery", "indirect"))
    SC("mp-pt-cobrado-duas-vezes", "non-english",
       tw("joao_pereira", f"@{B} boa tarde, fui cobrado duas vezes pela mesma encomenda. Quando recebo o reembolso?", lang="pt"),
       expect(RP, "normal", "payments", "direct"))
    return brand


BRANDS["mallowby-pharmacy"] = ("MallowbyCare", 4101234510, build_mallowby_pharmacy)
