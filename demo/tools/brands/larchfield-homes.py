# Larchfield Homes: a made-up housing association (social landlord): repairs, damp and
# mould, heating and hot water, gas and fire safety, rent and service charges,
# anti-social behaviour, lifts and communal areas. Larchfield is also a suburb, with
# Larchfield Park, Larchfield Primary School, Larchfield Rovers FC and Larchfield Garden
# Centre, and a larch is a tree: none of them is the housing association, though people
# in the suburb are often its tenants.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, tenancy reference, card and account number here is made up.


def build_larchfield_homes():
    global CURRENT_BRAND, CLOCK
    brand = Brand("larchfield-homes", SCEN_DIR / "larchfield-homes.plan.toml", "LarchfieldHomes", 4067890106, 1861220000000001001)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-14T08:05:00Z")
    B = "LarchfieldHomes"
    user(B, "Larchfield Homes", 4067890106,
         "Homes for 6,000 households in Larchfield, Ashby and the Weir. Here Mon–Fri 8am–6pm. Emergency repairs 24/7: 0808 157 0413.",
         9400, following=310, tweets=21_000, listed=60, verified=True)
    user("amina_begum_", "Amina Begum", 4512093876, "Mum of 2. Alder House.", 240)
    user("dazza_hw", "Darren Hughes", 4520381947, "Hazel Walk. Forklift driver.", 180)
    user("kieran_punz", "Kieran Lowe", 4533019582, "Puns are my love language.", 1400)
    user("bev_thornbury", "Bev Atkins", 4541187320, "Thornbury Rd. Nan of 6.", 310)
    user("leon_parry_", "Leon Parry", 4508874215, "Plasterer. Chelsea fan, sorry.", 150)
    user("sammi_k_lf", "Sammi Kaur", 4527735104, "", 95)
    user("LarchfieldCare", "Larchfield Homes Support ✅", 4549902261,
         "Official tenant support 24/7 🏠 DM us for fast compensation payouts!", 64, following=3900)
    user("jodes_w", "Jodie Walsh", 4516620938, "Night shifts and no sleep.", 420)
    user("mel_on_mondays", "Mel Cartwright", 4535561802, "Admin by day, tired by night.", 530)
    user("pete_alderhse", "Pete Okafor", 4503318476, "Alder House, 4th floor. Been here 11 years.", 210)
    user("rainy_rhi", "Rhiannon Bell", 4529904413, "Weather enthusiast (involuntary).", 760)
    user("gemma_lf", "Gemma Stott", 4514472290, "", 130)
    user("chantelle_b_", "Chantelle Byrne", 4538820157, "new flat, same me", 290)
    user("wayne_pr", "Wayne Pritchard", 4506649931, "", 85)
    user("lou_marston", "Louise Marston", 4521187654, "Cedar Close. Dog mum.", 170)
    user("priya_lf", "Priya Desai", 4532290471, "First flat. Learning.", 140)
    user("keith_retired", "Keith Morley", 4500917736, "Retired electrician. Ask me anything.", 380)
    user("tom_ellery", "Tom Ellery", 4517763328, "", 115)
    user("raj_nights", "Raj Malhotra", 4524418836, "Night porter at the Royal.", 200)
    user("dot_birchwood", "Dorothy Evans", 4509982743, "", 40)
    user("marcus_alder", "Marcus Green", 4539927610, "Alder House. Tired of asking.", 260)
    user("jackie_fenn", "Jackie Fenn", 4513308845, "", 75)
    user("lfield_gary", "Gary Nolan", 4527716652, "Rowan Terrace.", 60)
    user("amelie_roux_", "Amélie Roux", 4502284719, "Française à Larchfield.", 130)
    user("bryony_k", "Bryony Kemp", 4530061784, "", 110)
    user("steph_onhold", "Steph Adeyemi", 4518825097, "Forever on hold.", 340)
    user("ryan_m_lf", "Ryan Moss", 4534479021, "Dad of 3.", 220)
    user("birchwood_bex", "Becky Shaw", 4507736198, "Birchwood Court, 2nd floor. Two little ones.", 390)
    user("tariq_marlowe", "Tariq Aziz", 4521190388, "Marlowe Tower, 12th floor.", 270)
    user("lisa_doyle_", "Lisa Doyle", 4522208573, "Looking after Mum.", 160)
    user("kasia_nowak_lf", "Katarzyna Nowak", 4537714460, "Polka w Anglii.", 120)
    user("precious_o", "Precious Okonkwo", 4511149326, "Wheelchair user. Marlowe Tower. Still here.", 480)
    user("seventh_flr_sam", "Sam Adebayo", 4520073395, "Marlowe Tower, 7th floor. Stairs expert.", 190)
    user("nav_singh_", "Navdeep Singh", 4528830917, "Proud son. Proud Brummie.", 350)
    user("angry_mick_lf", "Mick", 4503361170, "", 30)
    user("dean_x_lf", "D", 4525540839, "", 45)
    user("hayley_dean", "Hayley Dean", 4531127764, "Back bedroom = swamp.", 210)
    user("craig_walton", "Craig Walton", 4519957402, "", 180)
    user("joke_jonno", "Jon Tierney", 4504476615, "Local comedian (unpaid).", 2300)
    user("val_alder", "Val Morris", 4526609138, "Alder House since 1998.", 95)
    user("big_stu_lf", "Stu", 4533348201, "", 60)
    user("kel_rants", "Kelly Rowe", 4510091187, "I say what you're thinking.", 650)
    user("rent_relief_now", "Rent Relief Now 💷", 4540083326, "Fast cash for tenants. No credit checks. 18+", 2700, following=4800)
    user("LarchfieldFC", "Larchfield Rovers FC", 4501126983, "Official account of Larchfield Rovers FC ⚽ #UpTheLarches", 4800)
    user("LarchfieldPri", "Larchfield Primary School", 4517780032, "News from Larchfield Primary School. Learning together 🍎", 1200)
    user("commute_cath", "Cath Porter", 4535502216, "Commuter. Complainer. Coffee.", 410)
    user("jay_no_car", "Jay Ferris", 4508851147, "", 70)
    user("LarchfieldPost", "The Larchfield Post", 4529917450, "News for Larchfield, Ashby and the Weir since 1902.", 24_000,
         following=700, verified=True)
    user("SocialHousingHQ", "Social Housing HQ", 4514420983, "News and analysis for the social housing sector.", 36_000,
         following=1500, verified=True)
    user("nan_stories", "Carly Bright", 4537791054, "", 220)
    user("MiraShahTV", "Mira Shah", 4501839274, "Presenter & campaigner. Housing is a human right. Views mine.", 520_000,
         following=1100, listed=2100, verified=True)
    user("ellie_rt", "Ellie Vance", 4526664310, "", 150)
    user("dev_lowri", "Lowri Evans", 4511938847, "Front-end dev. I read error pages for fun.", 880)
    user("lucia_mendez_lf", "Lucía Méndez", 4538812063, "Madrileña en Larchfield.", 140)
    user("daan_visser_lf", "Daan Visser", 4524470996, "Nederlander in Larchfield.", 120)
    user("giorgia_lf", "Giorgia Conti", 4532206657, "Italiana a Larchfield.", 100)

    # ---- Mould in a toddler's bedroom: a calm request, the brand's questions, her answer
    amina = tw("amina_begum_", f"@{B} hi, the black mould in my son's bedroom has come back, only 6 weeks after it was painted over. he's 3 and has asthma and he's been on his blue inhaler every night this week. can someone come and look at it properly before christmas please")
    SC("lh-mould-asthma-toddler", "medical-urgent", amina, expect(RP, "urgent", "damp_mould", "direct"),
       note="a calm, polite request, but a small child's asthma made worse by mould")
    amina_brand = tw(B, "@amina_begum_ I'm sorry, Amina, a repaint should never have been the fix. I've asked our damp and mould team to ring you today to book a survey this week. Which rooms are affected, and does his GP know about the mould?",
                     reply_to=amina)
    SC("lh-amina-gp-letter", "thread-with-brand",
       tw("amina_begum_", "his bedroom and the bathroom, and the mould's behind the wardrobe too. yes the GP knows, she's written a letter saying the damp is making his asthma worse. I can send it over if it helps",
          reply_to=amina_brand),
       expect(RP, "urgent", "damp_mould", "direct"), note="an answer in the brand's thread, without @: still a child's asthma")

    # ---- No heating on Hazel Walk: a customer, a joker, a neighbour, the brand, the customer back
    darren = tw("dazza_hw", f"@{B} no heating or hot water since saturday night at Hazel Walk. rang sunday, got told 'within 5 working days'. it's minus 2 out there. boiling pans on the hob to have a wash like its 1952")
    SC("lh-no-heating-hazel-walk", "complaint-direct", darren, expect(RP, "high", "heating", "direct"),
       note="no heating or hot water in winter is an outage")
    SC("lh-bystander-igloos", "joke-bystander",
       tw("kieran_punz", "@dazza_hw Larchfield Homes? sounds more like Larchfield Igloos 🥶🏠", reply_to=darren),
       expect(IGN, "low", None, "third_party"), note="a pun on the brand's name in a customer's thread, brand not tagged")
    SC("lh-neighbour-temp-heaters", "third-party-chatter",
       tw("bev_thornbury", "@dazza_hw ring the out of hours line and tell them it's below freezing, Larchfield have to drop you temporary heaters. they did for us on Thornbury Rd last winter",
          reply_to=darren),
       expect(MON, "low", "heating", "third_party"), note="a neighbour's advice in someone else's thread")
    darren_brand = tw(B, "@dazza_hw Sorry, Darren, 5 days is far too long without heating in this weather. I've booked an emergency heating engineer for today between 12 and 6, and a caretaker will drop two electric heaters round by 11.",
                      reply_to=darren)
    SC("lh-brand-reply-heaters", "brand-own-post", darren_brand, expect(IGN, "low", "heating", "none"))

    # ---- Repairs: a no-show, a window, a fake support account
    SC("lh-contractor-no-show", "complaint-direct",
       tw("leon_parry_", f"@{B} contractor booked 8-12 today to fix the toilet cistern. took the morning off work unpaid. 12:40 now, nobody came, nobody rang. brilliant", when="2026-12-14T12:41:09Z"),
       expect(RP, "normal", "repairs", "direct"), note="a missed appointment: an ordinary complaint, with a sarcastic last word")
    sammi = tw("sammi_k_lf", "been waiting since september for Larchfield Homes to fix the window in my front room that won't shut. there's cling film taped over the gap. it's december")
    SC("lh-window-cling-film", "complaint-indirect", sammi, expect(RP, "normal", "repairs", "indirect"),
       note="named, not tagged, about her own repair")
    SC("lh-fake-support-compensation", "spam",
       tw("LarchfieldCare", "@sammi_k_lf Hi Sammi 👋 Larchfield Homes tenant support here, so sorry about your window! You may be owed £250 compensation. Verify your tenancy &amp; bank details here 👉 {url:https://larchfield-tenant-claims.example/verify}",
          reply_to=sammi),
       expect(IGN, "low", "repairs", "third_party"), strict=False,
       note="an impersonator fishing for bank details: nothing to answer for the impersonator, "
            "though a care lead may want to warn the tenant that it is not the brand")

    # ---- Noise, a bad day, sarcasm
    SC("lh-noise-diary", "complaint-indirect",
       tw("jodes_w", "the flat upstairs has had music on full blast till 4am every weekend since they moved in. I work nights. Larchfield's answer? a noise diary. a DIARY. 📓"),
       expect(RP, "normal", "asb", "indirect"), note="the bare alias, clearly the landlord (a noise diary)",
       known_miss="a tenant's complaint told as a flat story (\"Larchfield's answer? a noise diary.\") with no complaint words: read as chatter")
    SC("lh-bad-monday-bathroom", "complaint-in-passing",
       tw("mel_on_mondays", f"worst monday ever. bus never came, boss had a go at me in front of everyone, then I get home and @{B}'s contractors have left my bathroom half ripped out, tiles off the wall and the sink sat in the hallway. wine. now."),
       expect(RP, "normal", "repairs", "indirect"))
    SC("lh-sarcasm-stairwell-cleaning", "sarcasm-customer",
       tw("pete_alderhse", f"Love paying £9.40 a week for 'weekly cleaning' of a communal stairwell that was last mopped when Blair was PM. Money well spent @{B} 👏"),
       expect(RP, "normal", "communal", "indirect"))
    SC("lh-sarcasm-roof-buckets", "sarcasm-customer",
       tw("rainy_rhi", "Day 9 of the roof leak. 3 buckets in the hallway now and honestly I'm saving a fortune on bottled water. living the dream #LarchfieldHomes 💧"),
       expect(RP, "normal", "repairs", "indirect"), note="sarcasm without a thanks or a love; the brand only as a hashtag")

    # ---- Other people's conversations
    gemma = tw("gemma_lf", "@chantelle_b_ how's the new flat treating you babe? 🏡")
    SC("lh-venting-mould-new-flat", "third-party-venting",
       tw("chantelle_b_", "@gemma_lf honestly? the bedroom walls are going black with mould and everything in the wardrobe smells damp. Larchfield sent a man to 'wipe it down' and that was that 🙄",
          reply_to=gemma),
       expect(MON, "low", "damp_mould", "third_party"), note="lesson 2: a tenant venting to a friend, brand not tagged")
    wayne = tw("wayne_pr", "anyone else had the letter about the rent going up in april? 😬")
    SC("lh-venting-rent-rise", "third-party-venting",
       tw("lou_marston", "@wayne_pr yep, Larchfield are putting our rent up £31 a month AND the service charge on top. for what exactly", reply_to=wayne),
       expect(MON, "low", "rent", "third_party"))
    priya = tw("priya_lf", "do I actually have to let the housing association in for this gas thing? they've sent 3 letters now and I work 9-5 😩")
    SC("lh-gas-check-reassure", "third-party-chatter",
       tw("keith_retired", "@priya_lf yes you do love, it's the law, once a year. Larchfield's gas check on mine took 20 mins and the engineer was spot on. ring them for a saturday slot",
          reply_to=priya),
       expect(MON, "low", "gas_fire_safety", "third_party"), note="a stranger's reassurance in someone else's thread")

    # ---- Rent: a question, the brand's answer, a question back without @
    tom = tw("tom_ellery", f"@{B} got the rent increase letter today. does the new amount start from april or straight away? it doesn't say", when="2026-12-15T09:12:40Z")
    SC("lh-rent-letter-question", "question", tom, expect(RP, "normal", "rent", "direct"))
    tom_brand = tw(B, "@tom_ellery Hi Tom, the new rent starts on Monday 6 April, and the letter shows the new weekly amount. Do you get Universal Credit or Housing Benefit? If it's Housing Benefit we tell the council for you.",
                   reply_to=tom, when="2026-12-15T09:40:15Z")
    SC("lh-rent-uc-journal", "thread-with-brand",
       tw("tom_ellery", "universal credit. so do I have to update it on my journal myself or do you do that too?", reply_to=tom_brand, when="2026-12-15T10:05:52Z"),
       expect(RP, "normal", "rent", "direct"), note="a question back in the brand's thread, without @")

    # ---- Gas safety checks: the brand's notice, a question under it, a repost
    gas = tw(B, "Birchwood Court: annual gas safety checks start Monday 4 January. You'll get a letter with your time slot. Please make sure we can get in – it's the law, and it keeps you and your neighbours safe 🔥", when="2026-12-15T10:00:00Z")
    SC("lh-brand-gas-checks-birchwood", "brand-own-post", gas, expect(IGN, "low", "gas_fire_safety", "none"))
    SC("lh-gas-check-nights", "question-in-reply-to-brand",
       tw("raj_nights", "I work nights at the Royal, can my gas check be after 2pm? mornings I'm asleep", reply_to=gas, when="2026-12-15T18:20:31Z"),
       expect(RP, "normal", "gas_fire_safety", "direct"), note="'the Royal' is where he works, not a medical need")
    SC("lh-repost-gas-checks", "repost", tw("dot_birchwood", "", retweet=gas, when="2026-12-15T10:22:07Z"),
       expect(IGN, "low", "gas_fire_safety", "indirect"))

    # ---- Repeat contacts
    SC("lh-entrance-door-third-time", "repeat-contact",
       tw("marcus_alder", f"@{B} 3rd time reporting the communal entrance door at Alder House. it doesn't lock, the intercom's been dead since november and people just wander in off the street and sleep on the stairs. reference numbers don't keep anyone out"),
       expect(RP, "high", "communal", "direct"), note="third report of the same fault")
    SC("lh-heating-still-off-day-four", "repeat-contact",
       tw("dazza_hw", "engineer came, says the boiler needs a new heat exchanger and it's 'on order'. no date. that was monday. still no hot water, still washing out of a pan",
          reply_to=darren_brand, when="2026-12-17T07:48:12Z"),
       expect(RP, "high", "heating", "direct"), note="back in the brand's thread without @, days later, and still no hot water")

    # ---- Private details
    SC("lh-rent-account-dob", "private-details",
       tw("jackie_fenn", f"@{B} my rent account says I'm £412 in arrears but I've paid every week by direct debit. tenancy ref LH-2210487, DOB 03/07/1961. can someone sort it please"),
       expect(RV, "normal", "rent", "direct"), note="a tenancy reference and a date of birth in public")
    SC("lh-address-phone-toilet-leak", "private-details",
       tw("lfield_gary", f"@{B} 22 Rowan Terrace LF7 3QN. toilet's leaking through the floor into the kitchen, been a week. ring me on 07700 900614, I'm in all day"),
       expect(RV, "normal", "repairs", "direct"), note="his home address and mobile number in public")
    SC("lh-fr-email-loyer", "private-details",
       tw("amelie_roux_", f"@{B} bonjour, je n'ai jamais reçu la lettre sur l'augmentation du loyer. Pouvez-vous me l'envoyer à amelie.roux@courriel.example ? Merci", lang="fr"),
       expect(RV, "normal", "rent", "direct"), note="French, with her email address")
    SC("lh-card-payment-page", "private-details",
       tw("bryony_k", f"@{B} your payment page keeps timing out!! tried my card 5555 5555 5555 4444 exp 09/27 three times. can someone just take this week's rent over the phone"),
       expect(RV, "normal", "rent", "direct"))
    SC("lh-hotline-on-hold", "public-hotline-number",
       tw("steph_onhold", f"55 minutes on hold to @{B} on 0808 157 0413 just to report a kitchen window that won't close. gave up. is anyone actually working there"),
       expect(RP, "normal", "repairs", "indirect"), strict=False, note="the number is the brand's own repairs line, not the customer's")

    # ---- Safety
    SC("lh-co-alarm-kids-asleep", "safety-urgent",
       tw("ryan_m_lf", f"@{B} carbon monoxide alarm in the kitchen has been going off nonstop for 20 mins, it's right next to the boiler. kids are asleep upstairs. do I turn the gas off?? what do I do"),
       expect(RP, "urgent", "gas_fire_safety", "direct"))
    SC("lh-sparking-wires-stairwell", "safety-urgent",
       tw("birchwood_bex", f"there's bare wires hanging out of the wall in the stairwell at Birchwood Court where the light used to be, right at toddler height, and it was sparking last night. been like that since friday @{B}"),
       expect(RP, "urgent", "gas_fire_safety", "indirect"), note="the handle at the end, after the hazard")
    SC("lh-fire-door-wedged-tower", "safety-urgent",
       tw("tariq_marlowe", "the fire door on the 12th floor at Marlowe Tower has been wedged open with a bin for a week and the smoke alarm on our landing is hanging off the ceiling by its wires. 14 floors, one staircase. #LarchfieldHomes"),
       expect(RP, "urgent", "gas_fire_safety", "indirect"), note="fire safety in a tower block; the brand only as a hashtag")

    # ---- Medical needs
    SC("lh-mum-87-copd-no-heating", "medical-urgent",
       tw("lisa_doyle_", f"@{B} hello, my mum is 87 and has COPD. her heating stopped working yesterday afternoon and she's sat in her coat with a hot water bottle. could someone tell me when an engineer might get to her? thank you"),
       expect(RP, "urgent", "heating", "direct"), note="a calm question, but an elderly tenant with a lung condition and no heating in December")
    SC("lh-pl-winda-dializa", "medical-urgent",
       tw("kasia_nowak_lf", f"@{B} dzień dobry, winda w Marlowe Tower znowu nie działa. Mój mąż porusza się na wózku i we wtorek rano ma dializę w szpitalu. Kiedy winda będzie naprawiona?", lang="pl"),
       expect(RP, "urgent", "communal", "direct"), note="Polish: the lift is out, her husband uses a wheelchair and has dialysis on Tuesday")

    # ---- The Marlowe Tower lift: a wheelchair user, the brand, thanks; the brand's news, a quote
    precious = tw("precious_o", f"@{B} lift at Marlowe Tower has been out since friday. I'm on the 9th floor in a wheelchair so I literally haven't left my flat in 3 days. any news on when it'll be fixed?", when="2026-12-15T08:40:26Z")
    SC("lh-lift-wheelchair-9th-floor", "complaint-direct", precious, expect(RP, "high", "communal", "direct"), strict=False,
       note="a lift outage for a wheelchair user who cannot get out: high as an outage; "
            "some would call it urgent (she could not get out in a fire)")
    precious_brand = tw(B, "@precious_o I'm so sorry, Precious. The lift engineer is on site now and expects it back by 4pm today. I've asked the caretaker to knock at 4 to check it's working for you.",
                        reply_to=precious, when="2026-12-15T09:02:44Z")
    SC("lh-lift-thanks-caretaker", "praise",
       tw("precious_o", "it's working 🙌 and the caretaker came up to check on me like you said. thank you, that meant a lot", reply_to=precious_brand, when="2026-12-15T16:31:18Z"),
       expect(RP, "low", "communal", "direct"), note="thanks in the brand's thread, without @")
    lifts_back = tw(B, "Good news for Marlowe Tower: both lifts are back in service 🎉 Thank you for bearing with us this week, and special thanks to our caretakers who kept checking on residents.", when="2026-12-15T17:05:00Z")
    SC("lh-quote-lifts-back", "quote",
       tw("seventh_flr_sam", "'both lifts back in service' the left one's stuck on 7 with the doors open again. lasted about 40 minutes. stairs it is then", quote=lifts_back, when="2026-12-15T17:58:03Z"),
       expect(RP, "normal", "communal", "indirect"), strict=False, note="quotes the brand's post without tagging it")
    SC("lh-praise-gas-engineer", "praise",
       tw("nav_singh_", f"@{B} shoutout to Dev who did mum's gas check this morning. explained everything to her in Punjabi, so patient, and sorted her dripping tap while he was there. more like him please 🙏"),
       expect(RP, "low", "gas_fire_safety", "direct"))

    # ---- Threats
    SC("lh-threat-housing-officer", "threat-urgent",
       tw("angry_mick_lf", f"@{B} tell that housing officer Debbie if she knocks on my door one more time about the arrears she'll get hurt. not a joke. I know what car she drives"),
       expect(ANY, "urgent", "rent", "direct"), note="a threat against a member of staff")
    SC("lh-threat-hammer-dealers", "threat-urgent",
       tw("dean_x_lf", "if Larchfield won't do anything about the drug dealing outside my flat then I will. next one I catch out there gets a hammer to the head. done asking nicely"),
       expect(ANY, "urgent", "asb", "indirect"), note="a threat against other people, with a real complaint; the brand named, not tagged")

    # ---- Legal and regulator threats, abuse
    SC("lh-ombudsman-damp-back-bedroom", "legal-threat-not-urgent",
       tw("hayley_dean", f"@{B} 14 months of damp and mould in the back bedroom. 3 surveys, nothing fixed. your stage 2 complaint response closed it with 'no further action'. it's going to the Housing Ombudsman this week"),
       expect(RP, "high", "damp_mould", "direct"))
    craig = tw("craig_walton", "signed up with a solicitor for a disrepair claim against Larchfield Homes today. roof's leaked into the back bedroom since march and the ceiling's come down twice. should've done it months ago")
    SC("lh-disrepair-claim-solicitor", "legal-threat-not-urgent", craig, expect(RP, "high", "repairs", "indirect"),
       note="a legal claim: strong, not urgent")
    SC("lh-bystander-holes", "joke-bystander",
       tw("joke_jonno", "@craig_walton Larchfield Homes? Larchfield Holes more like 🕳️😂", reply_to=craig),
       expect(IGN, "low", None, "third_party"))
    SC("lh-env-health-rats-bins", "legal-threat-not-urgent",
       tw("val_alder", f"@{B} the bins at Alder House haven't been emptied for 3 weeks and there are rats in the bin store. I've reported you to environmental health at the council this morning"),
       expect(RP, "high", "communal", "direct"), note="a report to the council's environmental health: strong, not urgent")
    SC("lh-abuse-ceiling-parasites", "abuse-with-problem",
       tw("big_stu_lf", f"@{B} you useless bunch of clowns. 6 WEEKS with a hole in my bathroom ceiling and water dripping through every time upstairs has a shower. fix it or give me my rent back you parasites"),
       expect(RP, "high", "repairs", "direct"))
    SC("lh-abuse-hot-water-third", "abuse-with-problem",
       tw("kel_rants", "larchfield homes are the most incompetent sh*tshow going. no hot water for the 3rd time this month, boiler man turns up, shrugs, leaves. fkn clowns"),
       expect(RP, "high", "heating", "indirect"), note="rude, lower case, not tagged; an outage, the third this month")

    # ---- Spam, namesakes, the suburb
    SC("lh-rent-loan-scam", "spam",
       tw("rent_relief_now", "Behind on your rent? 💷 Larchfield Homes tenants can get up to £2,000 TODAY, no credit checks, approved in minutes 👉 {url:https://rent-relief-now.example/larchfield} #rent #arrears"),
       expect(IGN, "low", "rent", "indirect"))
    SC("lh-namesake-rovers", "namesake",
       tw("LarchfieldFC", "FT: Larchfield Rovers 3-1 Weir United ⚽ Three wins on the bounce! See you all Saturday #UpTheLarches"),
       expect(IGN, "low", None, "none"))
    SC("lh-namesake-primary-heating", "namesake",
       tw("LarchfieldPri", "Larchfield Primary School will be closed tomorrow (Wednesday) as the heating has failed overnight. We're sorry for the short notice and will update parents by 4pm.", when="2026-12-15T15:30:12Z"),
       expect(IGN, "low", ANY, "none"), note="the school's own heating; 'heating' is a plan keyword, but the school is not the landlord")
    SC("lh-common-traffic", "common-word",
       tw("commute_cath", "traffic backed up all the way through Larchfield to the ring road this morning, some sort of burst water main by the Co-op. avoid if you can 🚗"),
       expect(IGN, "low", None, "none"), note="the suburb as a place")
    SC("lh-common-lift-to-the-royal", "common-word",
       tw("jay_no_car", "can anyone give me a lift from Larchfield to the Royal tomorrow at 8? got a hospital appointment and the car's died. will pay petrol 🙏"),
       expect(IGN, "low", ANY, "none"),
       note="the suburb as a place, 'lift' as a ride, and a hospital appointment: none of it is the landlord's")

    # ---- News, chatter, reach
    SC("lh-news-ombudsman-order", "news-monitor",
       tw("LarchfieldPost", "Larchfield Homes ordered to pay £4,800 to a tenant after the Housing Ombudsman finds 'severe maladministration' over damp and mould in her flat {url:https://larchfieldpost.example/2026/12/ombudsman-damp}"),
       expect(MON, "low", "damp_mould", "indirect"))
    SC("lh-news-lifts-plan", "news-monitor",
       tw("SocialHousingHQ", "Larchfield Homes sets out £22m plan to replace every lift in its six tower blocks after a year of breakdowns {url:https://socialhousinghq.example/larchfield-lifts}"),
       expect(MON, "low", "communal", "indirect"))
    SC("lh-chatter-nan-since-1974", "chatter-monitor",
       tw("nan_stories", "my nan's been a Larchfield Homes tenant since 1974. she says when the estate was new everyone had a coal fire and the milkman knew all your business 😂"),
       expect(MON, "low", None, "indirect"))
    mira = tw("MiraShahTV", f"Black mould up every wall in a Larchfield Homes flat I visited today. Five people sleeping in one room because the other two aren't fit to use. This is 2026. @{B} I'll be writing to your chief executive tonight.",
              metrics={"retweet_count": 2400, "reply_count": 610, "like_count": 11800, "quote_count": 330})
    SC("lh-big-reach-mould-family", "big-reach", mira, expect(RP, "high", "damp_mould", "indirect"),
       note="520k followers; the handle tagged mid-post")
    SC("lh-repost-big-reach", "repost", tw("ellie_rt", "", retweet=mira), expect(IGN, "low", "damp_mould", "indirect"))

    # ---- Other languages and odd inputs
    SC("lh-es-sin-calefaccion", "non-english",
       tw("lucia_mendez_lf", f"@{B} hola, llevamos tres días sin calefacción ni agua caliente en Hazel Walk y hace muchísimo frío. ¿Cuándo viene alguien?", lang="es"),
       expect(RP, "high", "heating", "direct"), note="Spanish: no heating or hot water, an outage (the same street as lh-no-heating-hazel-walk)")
    SC("lh-nl-geluidsoverlast", "non-english",
       tw("daan_visser_lf", f"@{B} de bovenburen draaien elke nacht tot 3 uur harde muziek. Al twee maanden geluidsoverlast. Wat gaan jullie eraan doen?", lang="nl"),
       expect(RP, "normal", "asb", "direct"))
    SC("lh-it-affitto-question", "question",
       tw("giorgia_lf", f"@{B} buongiorno, ho ricevuto la lettera sul nuovo affitto ma non capisco le spese di servizio. Posso parlare con qualcuno in italiano?", lang="it"),
       expect(RP, "normal", "rent", "direct"), note="Italian: a question about the new rent")
    SC("lh-html-repairs-portal", "html-entities",
       tw("dev_lowri", f"@{B} the repairs portal just shows &lt;b&gt;Error 500&lt;/b&gt; &amp; a spinning wheel. how else do I report a leaking toilet?"),
       expect(RP, "normal", "repairs", "direct"))
    return brand


BRANDS["larchfield-homes"] = ("LarchfieldHomes", 4067890106, build_larchfield_homes)
