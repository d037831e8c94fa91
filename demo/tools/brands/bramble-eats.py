# Bramble Eats: a made-up food-delivery app (restaurant meals and groceries,
# brought by couriers on bikes and scooters) in the made-up town of Hartfield.
# "Bramble" is also an ordinary word (blackberry bushes, bramble jelly, the
# Bramble gin cocktail), and Hartfield has a Bramble Café, a Bramble Lane and a
# much-read picture book about Bramble the hedgehog. None of them is the app.
#
# Exec'd inside make_data.py's namespace: user, tw, expect, SC, Brand, Clock,
# RP, RV, MON, IGN, ANY, SCEN_DIR and BRANDS come from there.
#
# The expectations were written blind, from the conventions in
# crates/earshot-triage/tests/scenarios/README.md and docs/PRODUCT.md.


def build_bramble_eats():
    global CURRENT_BRAND, CLOCK
    brand = Brand("bramble-eats", SCEN_DIR / "bramble-eats.plan.toml", "BrambleEats", 4023456702, 1861220000000000501)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-05T11:20:00Z")
    B = "BrambleEats"
    user(B, "Bramble Eats", 4023456702,
         "Help from the Bramble Eats team 🫐 orders, refunds and couriers, 8am–midnight every day. Call us on 0808 157 0461. We'll never ask for your card details here.",
         36_800, following=540, tweets=96_000, listed=150, verified=True)

    # Customers, bystanders and others (all made up).
    user("tamsin_oakes", "Tamsin Oakes", 4109621608, "Mum of 3. Hartfield. Permanently hungry household.", 310)
    user("gus_ferreira", "Gus Ferreira", 4134660047, "Hartfield. Bikes and bad coffee.", 190)
    user("sam_achterberg", "Sam Achterberg", 4159976993, "Nurse on nights. Curry on days off.", 420)
    user("thornyjokes", "Phil Brackley", 4135008694, "Puns grown wild. Prune as needed.", 880)
    user("remi_adeleke", "Remi Adeleke", 4187497265, "Product designer. Always hungry at 9pm.", 1240)
    user("nate_quigley", "Nate Quigley", 4109749521, "Westgate. Gamer. Feed me.", 150)
    user("punslinger_dan", "Dan Oduya", 4153024069, "Comedy open mics, Thursday nights.", 1310)
    user("hartfield_lou", "Louise Kemble", 4197940443, "Been in Hartfield 30 years. Ask me anything.", 2200)
    user("BrambleEatsHelp", "Bramble Eats Support ✅", 4161346308, "Official support 24/7 🫐 Refunds in 1 hour! DM us", 96, following=2900)
    user("ciaran_fitz", "Ciarán Fitzgerald", 4129831218, "Teacher. Football. Takeaway on Fridays.", 560)
    user("hollie_dx", "Hollie Dixon", 4105703232, "", 140)
    user("meg_thornbury", "Meg Thornbury", 4178439465, "Working mum, Sunday batch cooker (in theory).", 390)
    user("kofi_mensah_hf", "Kofi Mensah", 4158539634, "Junior dev. Senior snacker.", 270)
    user("zara_haq", "Zara Haq", 4159104601, "Uni of Hartfield. Law. Tired.", 610)
    user("beth_mcaloon", "Beth McAloon", 4113647001, "zara's flatmate. chips enthusiast.", 230)
    user("kas_obi", "Kasimir Obi", 4125077367, "Third flatmate. Bass. Toast.", 175)
    user("imogen_pryor", "Imogen Pryor", 4185838703, "New flat, old sofa.", 320)
    user("fliss_d", "Felicity Dawes", 4168048708, "Pilates, podcasts, passive aggression.", 480)
    user("lydia_crane", "Lydia Crane", 4116156965, "Architect. Pad thai loyalist.", 730)
    user("ashwin_r", "Ashwin Raman", 4123119340, "Physics PhD. Cyclist. Sceptic.", 950)
    user("ellen_bw", "Ellen Brightwater", 4104634358, "Vegetarian since 2009. Hartfield.", 260)
    user("moira_lennox", "Moira Lennox", 4106738701, "Retired. Tips generously.", 85)
    user("faisal_q", "Faisal Qureshi", 4194386230, "Upper Marrow. Waiting for civilisation.", 120)
    user("bea_kowalski", "Bea Kowalski", 4190206302, "Carer for my mum. Hartfield.", 200)
    user("dev_thakrar", "Dev Thakrar", 4183255757, "Accountant by day. Foodie by night.", 340)
    user("lin_zhou", "Lin Zhou", 4153864881, "UX researcher. I notice buttons.", 2900)
    user("rachel_unwin", "Rachel Unwin", 4150715192, "Two kids, one cat, zero free time.", 310)
    user("stevie_marsh", "Stevie Marsh", 4124172744, "", 60)
    user("chef_ro_adair", "Rosalind Adair", 4163160617, "Chef-owner of Adair's, Hartfield. Sometimes on telly. Always in the kitchen.",
         780_000, following=1100, listed=2600, verified=True)
    user("kieran_lowes", "Kieran Lowes", 4181262113, "Plasterer. Hungry.", 110)
    user("pree_sandhu", "Preeti Sandhu", 4130324562, "Pharmacist. Locked out of everything.", 450)
    user("yusuf_demir", "Yusuf Demir", 4140118660, "Barber on Kiln St.", 680)
    user("callum_rt", "Callum Treharne", 4183376670, "32, apparently not old enough for wine.", 95)
    user("agnes_mcb", "Agnes McBride", 4190262765, "Alder Court. Ninety steps up.", 70)
    user("hannah_trev", "Hannah Trevelyan", 4145458421, "Primary teacher. Chronic hold-music listener.", 380)
    user("ed_fairbanks", "Ed Fairbanks", 4164825891, "Window cleaner. Sees everything.", 240)
    user("natalie_okoro", "Natalie Okoro", 4116635656, "Mum. Midwife. Hartfield.", 590)
    user("mira_kapoor", "Mira Kapoor", 4155693171, "Mum to Arjun (6). Label reader.", 310)
    user("sophie_dunlop", "Sophie Dunlop", 4182386977, "", 150)
    user("owain_price", "Owain Price", 4170981412, "Looking after Mum. Westgate.", 130)
    user("dean_costigan", "Dean Costigan", 4128784757, "", 45)
    user("razza_hf", "Raz", 4169979612, "Don't care.", 80)
    user("ollie_stannard", "Oliver Stannard", 4140102743, "Paralegal. I keep the receipts.", 520)
    user("deb_norcott", "Deborah Norcott", 4153277328, "Environmental health (retired). Still checking.", 1700)
    user("gaz_brennock", "Gaz Brennock", 4129156406, "Hartfield Town FC. Nights.", 210)
    user("tyrone_b_hf", "Tyrone Bell", 4149259664, "Forklift by day, burgers by night.", 160)
    user("freefeast_uk", "Free Feast UK 🎁", 4183900258, "Daily food giveaways 🍔 Follow to win!", 3400, following=4900)
    user("growmyeatery", "GrowMyRestaurant 📈", 4117215912, "Real followers for food businesses 💯", 5200, following=5000)
    user("BrambleCafeHF", "Bramble Café", 4100647495, "Coffee, soup and cake on Orchard Row, Hartfield. Open 8–4, closed Mondays.", 2300)
    user("ruth_penhale", "Ruth Penhale", 4163770128, "Lunch reviewer, unpaid and unasked.", 640)
    user("jonty_kerr", "Jonty Kerr", 4125551306, "Dad of two. Bedtime-story voice actor.", 300)
    user("gwyn_allotment", "Gwyn Harries", 4199858111, "Plot 14, Hartfield allotments.", 410)
    user("kat_mixes", "Kat Ferreira-Lowe", 4137590647, "Bartender. Gin opinions.", 1900)
    user("HartfieldPost", "The Hartfield Post", 4184848442, "News for Hartfield, Westgate and Upper Marrow.", 41_500,
         following=900, listed=380, verified=True)
    user("GigWorkWire", "GigWork Wire", 4135850957, "News about couriers, riders and the apps they work for.", 63_000,
         following=1200, verified=True)
    user("noticing_nell", "Nell Ashby", 4117563033, "Notices things. Says them.", 520)
    user("rory_halsey", "Rory Halsey", 4192294061, "", 90)
    user("keira_lund", "Keira Lund", 4197863546, "Hartfield. Snow hater.", 140)
    user("harvey_ng_dev", "Harvey Ng", 4147667981, "Web dev. I break pages so you don't.", 1600)
    user("carmen_vidal", "Carmen Vidal", 4122399386, "Enfermera. De Málaga a Hartfield.", 280)
    user("elodie_mrchnd", "Élodie Marchal", 4112307118, "Étudiante à Hartfield.", 130)
    user("jonas_weiss", "Jonas Weiß", 4138919873, "Ingenieur. Vermisse Brezeln.", 150)
    user("giorgia_ferri", "Giorgia Ferri", 4146250015, "Ricercatrice. Pizza purista.", 240)
    user("bram_devries", "Bram de Vries", 4162347571, "Student. Fietser.", 110)
    user("tiago_alves", "Tiago Alves", 4180108429, "Motorista. Benfica.", 90)
    user("flora_mcintyre", "Flora McIntyre", 4141106973, "Grew up on brambles and Nan's jam.", 210)
    user("lucy_winship", "Lucy Winship", 4191933960, "Kiln St regular.", 330)

    # ---- A late order, a stranger's reassurance and a thread with the brand --
    tamsin = tw("tamsin_oakes", f"@{B} ordered at 7, its now 8:35 and still waiting. tracking hasnt moved in 40 mins and the kids are starving 😩")
    SC("be-order-late-tracking-stuck", "complaint-direct", tamsin, expect(RP, "normal", "late_orders", "direct"))
    SC("be-stranger-reassures-in-thread", "third-party-chatter",
       tw("gus_ferreira", "@tamsin_oakes the Bramble riders round here are usually quick once it's left the restaurant, hang in there", reply_to=tamsin),
       expect(MON, "low", "couriers", "third_party"), note="a stranger's reassurance in someone else's thread; the brand is named, not tagged")
    tamsin_brand = tw(B, "@tamsin_oakes Sorry Tamsin, that's far too long. The restaurant handed it over at 8:10 and your courier is about 6 minutes away now. I'm watching it.", reply_to=tamsin)
    SC("be-late-order-still-not-here", "thread-with-brand",
       tw("tamsin_oakes", "still not here. tracking now has him heading the opposite direction 🙃", reply_to=tamsin_brand),
       expect(RP, "high", "late_orders", "direct"),
       note="replies to the brand's reply without @; the problem is still there after the brand answered")

    # ---- A cold curry, a bystander's pun, the brand's reply and a thank-you --
    sam = tw("sam_achterberg", f"@{B} £38 for a curry that turned up stone cold and a naan so soggy it folded like wet cardboard. not acceptable")
    SC("be-cold-curry-soggy-naan", "complaint-direct", sam, expect(RP, "normal", "order_problems", "direct"))
    SC("be-bystander-thorny-pun", "joke-bystander",
       tw("thornyjokes", "@sam_achterberg Bramble by name, prickly by nature 🌿 should've cooked mate", reply_to=sam),
       expect(IGN, "low", None, "third_party"), note="a pun on the brand's name by a stranger inside a customer's thread")
    sam_brand = tw(B, "@sam_achterberg That's not the curry you paid for, Sam. I've refunded the full £38 to your card (3–5 working days) and flagged it to our partner team. Which restaurant was it?", reply_to=sam)
    SC("be-brand-reply-refund", "brand-own-post", sam_brand, expect(IGN, "low", "payments", "none"))
    SC("be-thanks-in-thread-with-brand", "thread-with-brand",
       tw("sam_achterberg", "Spice Route on Kiln St. cheers for sorting the refund so fast tbh", reply_to=sam_brand),
       expect(RP, "low", "payments", "direct"), strict=False,
       note="an answer to the brand's question plus thanks, without @: direct. Praise, so low; but it is also a "
            "customer coming back to a case the brand answered, which some would rank higher")

    # ---- App down ----------------------------------------------------------
    SC("be-app-down-checkout", "complaint-direct",
       tw("remi_adeleke", f"@{B} app down?? cant get passed checkout, it just spins and says \"something went wrong\". tried wifi and 4G"),
       expect(RP, "high", "account_app", "direct"), note="a service outage: high")

    # ---- Nate's late order: a pun, a helpful local and a fake support account
    nate = tw("nate_quigley", f"@{B} my order has said \"arriving in 5 mins\" for 35 minutes now. still waiting")
    SC("be-bystander-bramble-waits", "joke-bystander",
       tw("punslinger_dan", "@nate_quigley Bramble Eats? more like Bramble Waits ⏳😂", reply_to=nate),
       expect(IGN, "low", None, "third_party"))
    SC("be-local-advice-refund-fee", "third-party-chatter",
       tw("hartfield_lou", "@nate_quigley Bramble usually refund the delivery fee if it's over an hour, ask them in the chat", reply_to=nate),
       expect(MON, "low", "payments", "third_party"), note="advice from a stranger in someone else's thread: monitor, don't butt in")
    SC("be-fake-support-refund-link", "spam",
       tw("BrambleEatsHelp", "@nate_quigley Hi Nate! Bramble Eats support here 😊 so sorry about the wait. Claim your full refund + £20 credit here, takes 1 min: {url:https://bramble-support-refunds.example/claim}", reply_to=nate),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="an impersonator fishing for card details: not a case to answer, but the brand may want to warn the customer or report the account")

    # ---- Complaints that name the brand without tagging it --------------------
    ciaran = tw("ciaran_fitz", "So Bramble Eats marked my order as delivered and it never arrived. The 'proof of delivery' photo is of somebody else's front door. Class.")
    SC("be-marked-delivered-never-arrived", "complaint-indirect", ciaran, expect(RP, "normal", "late_orders", "indirect"))
    SC("be-lowercase-charged-twice", "complaint-indirect",
       tw("hollie_dx", "charged twice by bramble for one takeaway and the help chat is just a bot going round in circles. 3 days now"),
       expect(RP, "normal", "payments", "indirect"), note="the bare name in lower case, but about a takeaway and a charge: the brand")
    meg = tw("meg_thornbury", "Third Sunday in a row my grocery order has come with half the items missing. #Bramble you are not a supermarket, stop pretending")
    SC("be-hashtag-third-sunday-missing", "complaint-indirect", meg, expect(RP, "high", "order_problems", "indirect"),
       note="the name as a hashtag; the third time running: a repeated complaint")

    # ---- Tagged in passing -------------------------------------------------------
    SC("be-bad-day-dinner-cancelled", "complaint-in-passing",
       tw("kofi_mensah_hf", f"laptop died, missed the last bus, and now @{B} has cancelled my dinner 40 mins after taking my money. today can do one"),
       expect(RP, "normal", "late_orders", "indirect"))
    zara = tw("zara_haq", "what are we doing for food tonight, im not cooking 🙃")
    SC("be-flatmate-vents-not-tagged", "third-party-venting",
       tw("beth_mcaloon", "@zara_haq not Bramble 🙅‍♀️ last time the chips came cold and soggy and they took 3 days to say sorry", reply_to=zara),
       expect(MON, "low", "order_problems", "third_party"), note="lesson 2: venting to a friend without tagging the brand")
    SC("be-flatmate-tags-brand-in-reply", "complaint-in-passing",
       tw("kas_obi", f"@zara_haq @{B} lost my order last night too, it never arrived and still not a word from them", reply_to=zara),
       expect(RP, "normal", "late_orders", "indirect"),
       note="same thread as the venting, but he tagged the brand himself (the parent did not): his own complaint, tagged in passing")
    imogen = tw("imogen_pryor", "moving-in day DONE 📦 treating myself to a takeaway, who's good round here?")
    SC("be-friend-vents-about-refund", "third-party-venting",
       tw("fliss_d", "@imogen_pryor anything but Bramble. they 'lost' my order last month and I'm still chasing the refund. 5 weeks 🙃", reply_to=imogen),
       expect(MON, "low", "payments", "third_party"))

    # ---- Sarcasm -----------------------------------------------------------------
    SC("be-sarcasm-scenic-tour", "sarcasm-customer",
       tw("lydia_crane", f"love watching my order do a scenic tour of the whole city on the tracking map while my pad thai slowly reaches room temperature. 10/10 @{B} 🙃"),
       expect(RP, "normal", "late_orders", "indirect"))
    SC("be-sarcasm-cycling-from-lisbon", "sarcasm-customer",
       tw("ashwin_r", "Bramble Eats said \"your order is on its way 🚴\" at 6:40. It's 8:55. Must be cycling here from Lisbon. Fashionably late 💅"),
       expect(RP, "normal", "late_orders", "indirect"), note="sarcasm with no complaint words at all")
    SC("be-sarcasm-menu-roulette", "sarcasm-customer",
       tw("ellen_bw", f"Thanks @{B} for the surprise! Ordered a veggie burger, got a beef one. Always fun getting the wrong order, menu roulette 🎰"),
       expect(RP, "normal", "order_problems", "indirect"))

    # ---- Questions -----------------------------------------------------------------
    SC("be-question-courier-tip", "question",
       tw("moira_lennox", f"@{B} quick question, does the courier get all of the tip if I add it after delivery? want to be sure it goes to them and not you lot"),
       expect(RP, "normal", "couriers", "direct"))
    SC("be-question-deliver-upper-marrow", "question",
       tw("faisal_q", f"@{B} do you deliver to Upper Marrow yet or is it still just Hartfield?"),
       expect(RP, "normal", None, "direct"), note="a question with no plan keyword: no topic")
    snow = tw(B, "Heads up: heavy snow in Hartfield tonight, so some orders will take longer than usual. Our couriers only ride where it's safe. Thanks for your patience 🫐❄️")
    SC("be-brand-snow-notice", "brand-own-post", snow, expect(IGN, "low", "couriers", "none"))
    SC("be-question-under-snow-notice", "question-in-reply-to-brand",
       tw("bea_kowalski", f"@{B} does that mean my grocery slot tomorrow at 9 could get cancelled too? it's my mum's weekly shop", reply_to=snow),
       expect(RP, "normal", "late_orders", "direct"))
    SC("be-repost-snow-notice", "repost", tw("keira_lund", "", retweet=snow), expect(IGN, "low", "couriers", "indirect"))

    # ---- Praise ----------------------------------------------------------------------
    SC("be-praise-courier-in-the-rain", "praise",
       tw("dev_thakrar", f"Shoutout to the Bramble courier who cycled through that absolute monsoon and still handed my food over with a smile ☔🚲 give that man a raise @{B}"),
       expect(RP, "low", "couriers", "indirect"))
    SC("be-praise-reorder-button", "praise",
       tw("lin_zhou", "whoever redesigned the Bramble Eats app, the reorder button is elite. two taps and my usual is on its way 🙌"),
       expect(RP, "low", "account_app", "indirect"))

    # ---- Coming back ---------------------------------------------------------------------
    rachel = tw("rachel_unwin", f"@{B} half my order missing (no mains!!) and the chat closed on me before anyone answered")
    rachel_brand = tw(B, "@rachel_unwin Sorry Rachel, that's no dinner at all. I've put a £31.50 refund through, it'll be back on your card in 3–5 working days.", reply_to=rachel)
    SC("be-refund-still-not-back", "repeat-contact",
       tw("rachel_unwin", f"@{B} it's been 9 working days. still no refund, and your reply said 3-5. what now?", reply_to=rachel_brand),
       expect(RP, "high", "payments", "direct"), note="back after the brand answered, the promise broken")
    SC("be-third-time-tweeting", "repeat-contact",
       tw("stevie_marsh", f"@{B} 3RD TIME TWEETING YOU ABOUT THIS. MY ORDER NEVER ARRIVED ON SUNDAY AND THE CHAT KEEPS CLOSING MY TICKET. CAN SOMEONE ACTUALLY READ THIS"),
       expect(RP, "high", "late_orders", "direct"))

    # ---- Big reach -----------------------------------------------------------------------
    SC("be-chef-orders-own-food", "big-reach",
       tw("chef_ro_adair", f"Ordered from my own restaurant through @{B} to see what our guests get. 50 mins, stone cold, sauce spilled all over the bag. We need to talk."),
       expect(RP, "high", "order_problems", "indirect"), note="780k followers; a partner restaurant's owner, ordering as a customer")

    # ---- Private details in public -------------------------------------------------------
    SC("be-order-number-never-arrived", "private-details",
       tw("kieran_lowes", f"@{B} order BE-7724-1903 says delivered 40 min ago but it never arrived. neighbours havent got it either"),
       expect(RV, "normal", "late_orders", "direct"))
    SC("be-account-email-locked-out", "private-details",
       tw("pree_sandhu", f"@{B} locked out of my account since the update. login is preeti.sandhu88@mailbox.example and the reset email never comes 😤"),
       expect(RV, "normal", "account_app", "direct"))
    SC("be-card-number-double-charged", "private-details",
       tw("yusuf_demir", f"@{B} double charged, card 4929 8291 4402 1179 shows £27.40 twice for one order. can you refund one of them"),
       expect(RV, "normal", "payments", "direct"), note="Luhn-valid test number")
    SC("be-date-of-birth-age-check", "private-details",
       tw("callum_rt", f"@{B} app wont let me order wine, says age verification failed?? DOB 12/03/1994, I'm 32 ffs"),
       expect(RV, "normal", "account_app", "direct"))
    SC("be-home-address-and-phone", "private-details",
       tw("agnes_mcb", f"@{B} rider couldn't find us and went to the wrong block. It's 14B Alder Court, Prior's Walk, HF3 9QD, blue door round the back. Or ring 07700 900412 when outside!"),
       expect(RV, "normal", "couriers", "direct"))
    SC("be-helpline-number-quoted", "public-hotline-number",
       tw("hannah_trev", f"Rang @{B} on 0808 157 0461 about my refund, 40 mins of hold music then it cut off. brilliant"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="the number is the brand's own helpline (it is in the brand's bio), not the customer's")

    # ---- Safety and health ------------------------------------------------------------------
    SC("be-courier-knocked-off-scooter", "safety-urgent",
       tw("ed_fairbanks", f"Bramble rider just got knocked off his scooter by a van at the Castle St roundabout. He's conscious but not getting up, ambulance on the way. @{B}"),
       expect(RP, "urgent", "couriers", "indirect"), note="a courier hurt on the road")
    SC("be-glass-in-yoghurt", "safety-urgent",
       tw("natalie_okoro", f"@{B} found a shard of glass in my daughter's yoghurt from tonight's grocery order. she nearly swallowed it. photos if you want them"),
       expect(RP, "urgent", "food_safety", "direct"))
    SC("be-ebike-battery-smoking", "safety-urgent",
       tw("lucy_winship", f"@{B} one of your couriers' e-bike batteries is smoking outside Spice Route on Kiln St, he's pouring a drink on it and people are walking right past. this is dangerous"),
       expect(RP, "urgent", "couriers", "direct"))
    SC("be-calm-peanut-allergy-question", "medical-urgent",
       tw("mira_kapoor", f"@{B} hi, my son has a severe peanut allergy (he carries an EpiPen). is there any way to filter restaurants by allergens, or to add a note the kitchen will actually read? thanks"),
       expect(RP, "urgent", "food_safety", "direct"), note="a calm question, but a medical need")
    SC("be-allergic-reaction-dairy-free", "medical-urgent",
       tw("sophie_dunlop", "ordered the 'dairy free' korma through Bramble and it very clearly wasnt. my partner is having an allergic reaction, lips swelling, on the phone to 111 now. how does this even happen??"),
       expect(RP, "urgent", "food_safety", "indirect"))
    SC("be-diabetic-mum-juice-late", "medical-urgent",
       tw("owain_price", f"@{B} my mum's type 1 diabetic and going low. the orange juice and glucose tablets I ordered are 40 min late and tracking has said 'nearby' for 20 mins. please chase the courier"),
       expect(RP, "urgent", "late_orders", "direct"), note="an ordinary late order, except that someone's health depends on it")

    # ---- Threats, legal threats and abuse -----------------------------------------------------
    SC("be-threat-to-courier", "threat-urgent",
       tw("dean_costigan", f"@{B} if that same courier throws my food at the door again I swear I'll put him on the floor"),
       expect(ANY, "urgent", "couriers", "direct"), note="a threat against a courier, with a complaint")
    SC("be-threat-to-kitchen-staff", "threat-urgent",
       tw("razza_hf", "Bramble Eats has messed up my order for the 4th time. next time I'm going down to that kitchen on Kiln St myself and someone's getting hurt"),
       expect(ANY, "urgent", None, "indirect"), note="a threat against a partner restaurant's staff")
    SC("be-small-claims-letter-before-action", "legal-threat-not-urgent",
       tw("ollie_stannard", f"@{B} 5 weeks, 6 chats, still no refund for a £64 order I never got. Letter before action goes out Monday, then it's small claims and Trading Standards."),
       expect(RP, "high", "payments", "direct"))
    SC("be-reported-to-food-standards", "legal-threat-not-urgent",
       tw("deb_norcott", f"@{B} the '5 star hygiene' kitchen you list as Golden Wok is a shed behind a garage on Mill Rd. I've reported it to the Food Standards Agency. How is that allowed?"),
       expect(RP, "high", "food_safety", "direct"), note="a regulator complaint about a listing; nobody is ill: high, not urgent")
    SC("be-abusive-items-missing-again", "abuse-with-problem",
       tw("gaz_brennock", f"@{B} you absolute clowns. 3 items missing AGAIN and your useless chatbot just says sorry. sort it out ffs"),
       expect(RP, "high", "order_problems", "direct"))
    SC("be-abusive-courier-wrong-street", "abuse-with-problem",
       tw("tyrone_b_hf", f"@{B} what a joke of a company. hour and a half for a burger and your muppet of a courier rang me 6 times from the wrong street"),
       expect(RP, "high", "couriers", "direct"))

    # ---- Spam, namesakes and the ordinary word -------------------------------------------------
    SC("be-fake-giveaway", "spam",
       tw("freefeast_uk", "🎁 BRAMBLE EATS GIVEAWAY 🎁 Free meals for a YEAR for the first 500! Follow + RT + tag 3 mates 👉 {url:https://bramble-giveaway.example/win}"),
       expect(IGN, "low", None, "indirect"))
    SC("be-follower-selling", "spam",
       tw("growmyeatery", f"@{B} 🚀 10K real followers for your restaurant page, cheapest in the UK 💯 DM now"),
       expect(IGN, "low", None, "direct"))
    SC("be-namesake-cafe-now-delivers", "namesake",
       tw("BrambleCafeHF", "Bramble Café news: we now deliver within a mile of Orchard Row! Soup today is leek &amp; potato 🥣 ring us to order"),
       expect(IGN, "low", None, "none"), note="another food business in the same town, and it delivers")
    SC("be-namesake-cafe-cold-toastie", "namesake",
       tw("ruth_penhale", "Waited 25 mins for a cold toastie at Bramble Café today. Staff lovely but clearly two people short"),
       expect(IGN, "low", ANY, "none"), note="a food complaint with a plan keyword ('cold'), but about the café, not the app")
    SC("be-namesake-hedgehog-book", "namesake",
       tw("jonty_kerr", "Read 'Bramble the Hedgehog Finds a Home' for the 40th night running. I can now do all the voices 🦔📚"),
       expect(IGN, "low", None, "none"))
    SC("be-common-word-garden", "common-word",
       tw("gwyn_allotment", "spent all afternoon hacking back the bramble at the bottom of the garden and my arms look like I lost a fight with a cat"),
       expect(IGN, "low", None, "none"))
    SC("be-common-word-cocktail", "common-word",
       tw("kat_mixes", "Bramble, please. Gin, lemon, blackberry liqueur, crushed ice. Saturday sorted 🍸"),
       expect(IGN, "low", None, "none"), note="capitalised at the start, and an order of sorts, but a cocktail")
    SC("be-common-word-jelly-delivery", "common-word",
       tw("flora_mcintyre", "Nan's bramble jelly arrived in the post today wrapped in three jumpers. Best delivery of the year 🫙"),
       expect(IGN, "low", None, "none"), note="'bramble' next to 'arrived' and 'delivery', still not the app")

    # ---- News, chatter and reposts ------------------------------------------------------------------
    strike = tw("HartfieldPost", "Bramble Eats couriers to strike on Saturday over pay cuts, union says {url:https://hartfieldpost.example/news/bramble-eats-courier-strike}")
    SC("be-news-courier-strike", "news-monitor", strike, expect(MON, "low", "couriers", "indirect"))
    SC("be-news-fine-after-courier-injured", "news-monitor",
       tw("GigWorkWire", "Bramble Eats fined £180,000 after a courier was burned when his e-bike battery caught fire, court hears {url:https://gigworkwire.example/2026/12/bramble-eats-fine}"),
       expect(MON, "low", "couriers", "indirect"), note="news about a past injury: monitor, not a safety case")
    SC("be-chatter-purple-bags", "chatter-monitor",
       tw("noticing_nell", "the bramble eats bags are such a nice purple, the high street looks like a blackberry farm on a friday night"),
       expect(MON, "low", None, "indirect"))
    SC("be-repost-never-arrived", "repost", tw("rory_halsey", "", retweet=ciaran),
       expect(IGN, "low", "late_orders", "indirect"))

    # ---- Quote and odd inputs ------------------------------------------------------------------------
    launch = tw(B, "New in Hartfield: groceries in 20 minutes from our Mill Road store 🛒🫐 Fruit, veg, milk and all the stuff you forgot, every day 8am–11pm.")
    SC("be-quote-twenty-minutes", "quote",
       tw("ashwin_r", "20 minutes? mine took 75 and the eggs were squashed", quote=launch),
       expect(RP, "normal", "order_problems", "indirect"), strict=False,
       note="quotes the brand's post without tagging it")
    SC("be-html-order-history", "html-entities",
       tw("harvey_ng_dev", f"@{B} order history in the app just shows &lt;b&gt;undefined&lt;/b&gt; for every order &amp; I need my receipts for expenses"),
       expect(RP, "normal", "account_app", "direct"))

    # ---- Other languages -----------------------------------------------------------------------------
    SC("be-es-retraso-pedido", "non-english",
       tw("carmen_vidal", f"@{B} mi pedido lleva 50 minutos de retraso y en el mapa no se mueve nada. ¿Alguien me puede decir algo?", lang="es"),
       expect(RP, "normal", "late_orders", "direct"))
    SC("be-fr-debitee-deux-fois", "non-english",
       tw("elodie_mrchnd", f"@{B} bonjour, j'ai été débitée deux fois pour la même commande. Comment obtenir un remboursement ?", lang="fr"),
       expect(RP, "normal", "payments", "direct"))
    SC("be-de-fahrer-essen-geworfen", "non-english",
       tw("jonas_weiss", f"Der Bramble-Fahrer hat mein Essen einfach vor die Tür geworfen und ist abgehauen, ohne zu klingeln. Alles ausgelaufen. @{B}", lang="de"),
       expect(RP, "normal", "couriers", "indirect"))
    SC("be-it-ordine-sbagliato", "non-english",
       tw("giorgia_ferri", f"@{B} mi è arrivato l'ordine sbagliato, sushi al posto della pizza 🍕 Come faccio?", lang="it"),
       expect(RP, "normal", "order_problems", "direct"))
    SC("be-nl-niet-inloggen", "non-english",
       tw("bram_devries", f"@{B} ik kan al twee dagen niet inloggen in de app, steeds een foutmelding. Wat moet ik doen?", lang="nl"),
       expect(RP, "normal", "account_app", "direct"))
    SC("be-pt-nunca-chegou-reembolso", "non-english",
       tw("tiago_alves", f"@{B} a minha encomenda nunca chegou mas fui cobrado na mesma. Quero o reembolso, por favor.", lang="pt"),
       expect(RP, "normal", "payments", "direct"))
    return brand


BRANDS["bramble-eats"] = ("BrambleEats", 4023456702, build_bramble_eats)
