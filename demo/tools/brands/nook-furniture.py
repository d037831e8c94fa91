# Nook: a made-up furniture and mattress retailer with 14 big stores around Tolbury,
# Harrowgate and Wexcombe, a website and an app: sofas, beds, bunk beds, wardrobes, chests
# of drawers, dining sets and mattresses, delivered by two-person teams (small parcels by
# courier), flat-pack furniture with an optional assembly service, spare parts and fittings,
# aftercare for damaged and faulty items, returns, refunds and a 100-night mattress trial,
# interest-free finance plans, and an incident team for product safety (chests and
# wardrobes that can tip over, bunk beds, USB and electric recliner sofas, fire labels) and
# for the people in its stores and vans. "Nook" is also the everyday word (a reading nook,
# a breakfast nook, every nook and cranny), an e-reader, the Nook Café in Tolbury and Tom
# Nook, the raccoon landlord of a video game: none of them is the retailer.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is the
# second week of the January sale, with a tip-over recall of the Harlow chests of drawers.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, store,
# order number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_nook_furniture():
    global CURRENT_BRAND, CLOCK
    brand = Brand("nook-furniture", SCEN_DIR / "nook-furniture.plan.toml", "NookFurniture", 4345678932, 1861220000000003601)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-01-11T06:00:00Z")
    B = "NookFurniture"
    user(B, "Nook Furniture & Beds", 4345678932,
         "Nook 🛋️ sofas, beds, mattresses and storage for every corner of your home. Help here Mon–Sat 8am–8pm. "
         "Helpline 0808 157 0587. Please never post order numbers, addresses or card details here.",
         61_300, following=740, tweets=98_000, listed=190, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8740100000 + _n[0] * 4129, bio, followers, **kw)

    person("jess_arkwright", "Jess Arkwright", "Paralegal. Third floor, no lift, no patience.", 240)
    person("tomasz_wilk_nk", "Tomasz Wilk", "Electrician. Builds things properly.", 180)
    person("leah_drummond", "Leah Drummond", "Mum of Isla (2). Tired. Tolbury.", 310)
    person("owain_pritchard", "Owain Pritchard", "Night shift at the depot. Rugby on Saturdays.", 150)
    person("bev_hollins", "Bev Hollins", "Daughter, carer, full-time worrier.", 220)
    person("kwame_asante_nk", "Kwame Asante", "Dad of three. Harrowgate.", 430)
    person("donna_reeve", "Donna Reeve", "School cook. Loud. Loyal.", 160)
    person("marion_fitch", "Marion Fitch", "Only child of a very stubborn mother.", 130)
    person("matthias_krug", "Matthias Krug", "Aus Leipzig, jetzt in Tolbury. Ingenieur, Papa.", 120)
    person("priya_venkat_nk", "Priya Venkataraman", "Pharmacist. Mum. Label reader.", 560)
    person("carys_morgan_nk", "Carys Morgan", "Teaching assistant. Daughter with lungs of steel (mostly).", 270)
    person("gail_ashworth", "Gail Ashworth", "Looking after Mum. Knitting to stay sane.", 95)
    person("ana_tavares_pt", "Ana Tavares", "Lisboeta em Tolbury. Enfermeira de noite.", 340)
    person("lee_scanlon", "Lee Scanlon", "Scaffolder. Says it as it is.", 210)
    person("shaun_doyle_nk", "Shaun Doyle", "", 75)
    person("kayleigh_burr", "Kayleigh Burr", "Nails, lashes, no drama (lies).", 890)
    person("chloe_barnard", "Chloe Barnard", "Mum of Finn (6) and Ruby (3).", 260)
    person("sam_whelan", "Sam Whelan", "Twin dad. Sleep is a rumour.", 190)
    person("ngozi_eze", "Ngozi Eze", "Accountant. Mum. Reads the small print.", 610)
    person("sophie_lindqvst", "Sophie Lindqvist", "Architect. Notices everything.", 1300)
    person("rajesh_kohli", "Rajesh Kohli", "Retired maths teacher. Patient, up to a point.", 140)
    person("hannah_oduya", "Hannah Oduya", "Nurse. Saving for a house.", 380)
    person("gregor_mcbain", "Gregor McBain", "Joiner. Knows oak when he sees it.", 520)
    person("nat_fairbrother", "Nat Fairbrother", "Copywriter. Cat owner. Wine enthusiast.", 700)
    person("dev_mistry_nk", "Dev Mistry", "New homeowner. Terrified.", 330)
    person("ellie_gorman_", "Ellie Gorman", "Gym, dogs, reality TV.", 410)
    person("callum_reid_nk", "Callum Reid", "Software tester. I find the bugs, and the missing screws.", 260)
    person("tash_whitmore", "Tash Whitmore", "Hairdresser. Budgeting queen (in theory).", 930)
    person("julien_roux_fr", "Julien Roux", "Lyonnais à Tolbury. Prof de français.", 150)
    person("giulia_ferri_nk", "Giulia Ferri", "Torinese a Wexcombe. Designer.", 230)
    person("femke_dejong", "Femke de Jong", "Utrechtse in Harrowgate. Fietsen, koffie.", 170)
    person("maribel_ortiz_n", "Maribel Ortiz", "Sevillana en Tolbury. Enfermera.", 290)
    person("lucia_herrera_n", "Lucía Herrera", "Madrileña. Diseño de interiores.", 1800)
    person("jo_pemberton", "Jo Pemberton", "Telly, snacks, opinions.", 480)
    person("louise_penrose", "Louise Penrose", "Practice manager. Two teens, one dog.", 200)
    person("ivy_chamberlain", "Ivy Chamberlain", "Just bought our first house!!", 130)
    person("rob_tennant_nk", "Rob Tennant", "Student. Skint. Marketplace bargain hunter.", 90)
    person("anika_shah_nk", "Anika Shah", "Doctor's receptionist. Sofa shopping forever.", 310)
    person("ruth_ogunleye", "Ruth Ogunleye", "Church choir. Sunday roast evangelist.", 450)
    person("pete_lacey", "Pete Lacey", "Son, husband, Wexcombe Rovers season ticket.", 170)
    person("velvetandvine", "Marnie Cole | Velvet & Vine", "Interiors, colour and real homes 🏡 920k here, 2m on the gram. Collabs via email.",
           920_000, following=1100, listed=3800, verified=True)
    person("danny_kerslake", "Danny Kerslake", "Wexcombe Rovers captain ⚽ Proud grandson. Charity: @tolbury_echo for details.",
           455_000, following=600, listed=1900, verified=True)
    person("ken_marsh_nk", "Ken Marsh", "Dad of four. Bunk bed survivor.", 110)
    person("bea_castillo", "Bea Castillo", "Physio. Coffee first.", 360)
    person("arthur_pym", "Arthur Pym", "Retired claims handler. I keep the receipts.", 230)
    person("zoe_hatcher", "Zoe Hatcher", "Bookkeeper. Fixes other people's spreadsheets.", 540)
    person("gaz_whitley", "Gaz Whitley", "Plasterer. Big bloke, big bed.", 140)
    person("mel_crouch", "Mel Crouch", "", 60)
    person("NookCareDesk", "Nook Furniture Care ✅", "Official customer care 24/7 🛋️ refunds & compensation fast via WhatsApp",
           28, following=4300)
    person("HomeGiveawayHQ", "Home Giveaways HQ 🎁", "Daily home giveaways! Follow + RT to win 🏡", 6100, following=4900)
    person("tolbury_echo", "Tolbury Echo", "News for Tolbury, Harrowgate and Wexcombe since 1881.", 41_000, following=800, verified=True)
    person("RetailFurnNews", "Retail Furniture News", "News for the furniture and bed trade.", 27_000, following=900, verified=True)
    person("hattie_pentest", "Hattie Okoro", "Pentester. Web forms fear me.", 2400)
    person("cheapsofas_4u", "SOFAS 80% OFF", "Best deals!!!", 12, following=4700)
    person("sofa_surfer_dee", "Dee", "Forever browsing sofas I can't afford.", 140)
    person("kirsty_lowther", "Kirsty Lowther", "Mum of two. Currently on the floor surrounded by panels.", 250)
    person("joe_pennock", "Joe Pennock", "Dad jokes are the only jokes.", 190)
    person("megan_trask", "Megan Trask", "Sarcasm is my cardio.", 640)
    person("bilal_rana", "Bilal Rana", "New flat, old sofa (none).", 300)
    person("tayo_benson", "Tayo Benson", "Barber. Harrowgate.", 410)
    person("hollie_ames", "Hollie Ames", "Care worker. Long shifts.", 150)
    person("aisha_farooq_nk", "Aisha Farooq", "Kitchen reno survivor. Tolbury.", 720)
    person("vince_okoro", "Vince Okoro", "Sleep nerd. Runner.", 230)
    person("mrs_clean_caz", "Caz Brierley", "Cleaning, organising, oversharing.", 3100)
    person("commuter_reads", "Ollie Fenwick", "Reading on the 7:14 so you don't have to.", 520)
    person("ac_island_life", "Robin Tate", "Island life (the pixel kind) 🏝️", 900)
    person("year10_dani", "Dani", "year 10. leave me alone", 110)
    person("flatwhite_fran", "Fran Delaney", "Coffee, cake, cafés of Tolbury.", 1600)
    person("bookish_bryony", "Bryony Hale", "Books, blankets, tea.", 2200)

    # ---- Saturday 9 and Tuesday 5 January: earlier conversations ----------------------------
    wardrobe = tw("tomasz_wilk_nk", f"@{B} spent Saturday building the Harlow 3-door wardrobe. 6 hours in and the bag of hinges and cam locks for the doors isn't in the box. instructions say bag F. there is no bag F. it's now a very expensive cupboard with no doors",
                  when="2027-01-09T16:20:11Z")
    SC("nook-wardrobe-no-bag-f", "complaint-direct", wardrobe, expect(RP, "normal", "assembly", "direct"))
    wardrobe_brand = tw(B, "@tomasz_wilk_nk Sorry Tomasz, that's a whole Saturday. I've sent a replacement fittings bag by courier today, it'll be with you in 3–5 working days, and I'll follow it up here myself.",
                        reply_to=wardrobe, when="2027-01-09T16:48:30Z")
    bunk_q = tw("chloe_barnard", f"@{B} the Alder bunk bed we got before Christmas wobbles side to side when my son climbs the ladder. is that normal?",
                when="2027-01-05T19:10:00Z")
    bunk_brand = tw(B, "@chloe_barnard Hi Chloe, a little movement is normal in the first week while the wood settles. Please re-tighten all the bolts with the allen key and check the guard rail screws too. If it still moves, DM us and we'll book a technician.",
                    reply_to=bunk_q, when="2027-01-05T19:34:00Z")

    # ---- Monday 11 January -------------------------------------------------------------------
    sale = tw(B, "The Nook January Sale is ON 🛋️ up to 50% off sofas, beds and dining sets in every store and online until 31 Jan. Free click and collect from all 14 stores.",
              when="2027-01-11T07:00:00Z")
    SC("nook-q-reply-sale-finance", "question-in-reply-to-brand",
       tw("anika_shah_nk", f"@{B} does the interest free finance still work on sale items? and how many monthly payments can you spread it over? eyeing up the Ellery corner sofa 👀",
          reply_to=sale, when="2027-01-11T07:26:40Z"),
       expect(RP, "normal", "finance", "direct"))
    SC("nook-q-reply-sale-back-in-stock", "question-in-reply-to-brand",
       tw("tayo_benson", "is the Marlowe bed frame in the sale going to be back in stock before the 31st? the website has said out of stock since November",
          reply_to=sale, when="2027-01-11T07:51:02Z"),
       expect(RP, "normal", "stores_online", "direct"), note="replies to the brand's post without @")
    SC("nook-repost-january-sale", "repost", tw("sofa_surfer_dee", "", retweet=sale, when="2027-01-11T08:03:19Z"),
       expect(IGN, "low", "stores_online", "indirect"))
    SC("nook-quote-sale-magic-trick", "quote",
       tw("sophie_lindqvst", "'up to 50% off'. the Ellery was £1,299 in November, went up to £2,199 on Boxing Day and is now 'half price' at £1,099. that's not a sale, that's a magic trick. the store manager in Wexcombe just shrugged",
          quote=sale, when="2027-01-11T08:37:55Z"),
       expect(RP, "normal", "stores_online", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a customer's complaint about sale pricing")
    SC("nook-tipover-toddler-drawers", "safety-urgent",
       tw("leah_drummond", f"@{B} our Harlow 4-drawer chest just tipped over on top of my 2 year old. she'd pulled the bottom drawers out and climbed them. got it off her, she's crying but seems ok?? there was no wall strap in the box. is it in a recall? the matching wardrobe is in her room too",
          when="2027-01-11T08:41:12Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a chest of drawers fell on a toddler minutes ago; she may be hurt, and a second unfixed unit is in her room")
    SC("nook-html-img-onerror-return", "html-entities",
       tw("hattie_pentest", f"@{B} &lt;img src=x onerror=alert('refund')&gt; hi, maybe that gets noticed. 5 weeks since your team collected my return and still no refund",
          when="2027-01-11T09:15:44Z"),
       expect(RP, "normal", "returns", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("nook-sofa-tear-and-scratch", "complaint-direct",
       tw("sophie_lindqvst", f"@{B} new Ellery corner sofa arrived this morning. 10cm tear in the back cushion and one of the oak feet is badly scratched. the men had gone before I got the wrapping off. £1,649. what now?",
          when="2027-01-11T10:02:27Z"),
       expect(RP, "normal", "damage", "direct"))
    refund_post = tw("rajesh_kohli", "returned an armchair to Nook Furniture on 2 December. they collected it, emailed to say it arrived in perfect condition, and I'm still waiting for the £449 refund. six weeks. every chat ends with 'I've escalated this'",
                     when="2027-01-11T10:40:05Z")
    SC("nook-indirect-armchair-refund", "complaint-indirect", refund_post, expect(RP, "normal", "returns", "indirect"),
       note="names the brand without tagging it, about his own refund")
    SC("nook-spam-fake-care-desk", "spam",
       tw("NookCareDesk", "@rajesh_kohli Hi Rajesh, so sorry to hear this 😔 Nook Furniture customer care here. We can release your refund TODAY! WhatsApp us on +44 7700 900771 with your order number and card details ✅",
          reply_to=refund_post, when="2027-01-11T10:41:30Z"),
       expect(IGN, "low", "returns", "third_party"),
       note="a fake support account fishing for card details under a real customer's post")
    SC("nook-indirect-credit-check", "complaint-indirect",
       tw("hannah_oduya", "asked Nook about finance on a bed in the Harrowgate store, said I'd go home and think about it, and they ran a full credit check anyway without asking me. it's on my credit file now. not impressed",
          when="2027-01-11T11:18:49Z"),
       expect(RP, "normal", "finance", "indirect"),
       known_miss="round 10, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Nook in a post to everyone | general chatter about the brand | topic finance: 'finance', 'credit check', 'crédit', 'credit file'")
    SC("nook-indirect-solid-oak-veneer", "complaint-indirect",
       tw("gregor_mcbain", "8 months ago we bought a 'solid oak' dining table from Nook. the top is peeling at one corner and underneath it's clearly veneer over chipboard. I'm a joiner. solid oak my arse",
          when="2027-01-11T12:05:33Z"),
       expect(RP, "normal", "damage", "indirect"),
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: names Nook in a post to everyone | describes their own experience | complaint (0.13) | rude, but still a customer with a problem | topic damage: 'peeling', 'veneer'")
    SC("nook-store-mirror-fell", "safety-urgent",
       tw("kwame_asante_nk", "Nook Furniture in Harrowgate right now: a huge display mirror just fell off the wall in the bedroom section and smashed about a metre from a kid in a buggy. glass all over the aisle and people still walking through it. staff keep saying 'someone's coming'. this is dangerous",
          when="2027-01-11T13:22:08Z"),
       expect(RP, "urgent", "safety", "indirect"), note="danger to shoppers and a child in the brand's store, happening now")
    SC("nook-sarcasm-next-day-topper", "sarcasm-customer",
       tw("ellie_gorman_", f"@{B} love how my 'next day delivery' topper is now on its fourth next day. tracking just says 'in transit' forever. really building the suspense 👏",
          when="2027-01-11T14:10:51Z"),
       expect(RP, "normal", "delivery", "direct"),
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: addressed to @NookFurniture | complaint (0.68) | the problem keeps coming back | topic delivery: 'delivery', 'tracking'")
    SC("nook-private-card-bed-refund", "private-details",
       tw("louise_penrose", f"@{B} still no refund for the Marlowe bed I sent back on 14 Dec. it was paid on my card 5555 5555 5555 4444, exp 09/29, please just put the £799 back on there. or email me at louise.penrose@mailbox.example",
          when="2027-01-11T15:34:17Z"),
       expect(RV, "normal", "returns", "direct"), note="a full card number and an email address in public")
    SC("nook-threat-driver-scraped-car", "threat-urgent",
       tw("lee_scanlon", f"@{B} your driver Gav scraped the full length of my car reversing the van out and drove off laughing. if he shows his face on my street again I'll put him in hospital. tell him that from me",
          when="2027-01-11T16:02:39Z"),
       expect(ANY, "urgent", "delivery", "direct"),
       note="a threat to hurt a named driver, with a complaint: only the priority is strict")
    noshow = tw("jess_arkwright", f"@{B} took a day's holiday for the 7am–7pm delivery slot for our sofa. it's 7:40pm. no van, no call, no text, tracking still says 'out for delivery'. ordered in October. genuinely what is going on",
                when="2027-01-11T19:41:00Z")
    SC("nook-no-show-day-off", "complaint-direct", noshow, expect(RP, "normal", "delivery", "direct"))
    noshow_brand = tw(B, "@jess_arkwright Jess, I'm so sorry, that's a wasted day off and you should have had a call. The van broke down near Tolbury at 3pm. I've booked you the first slot on Thursday, 7–9am, and the driver will text you the night before. I'll check in with you here on Thursday.",
                      reply_to=noshow, when="2027-01-11T20:02:14Z")
    SC("nook-brand-reply-no-show", "brand-own-post", noshow_brand, expect(IGN, "low", "delivery", "none"))
    SC("nook-thread-no-show-buzzer", "thread-with-brand",
       tw("jess_arkwright", "ok Thursday 7–9 works. can the driver ring when he's 20 mins away, the buzzer doesn't work and it's a 3rd floor flat with no lift. and who pays me back for the day of holiday I lost?",
          reply_to=noshow_brand, when="2027-01-11T20:15:36Z"),
       expect(RP, "normal", "delivery", "direct"),
       note="back in the brand's thread without @: a request and an open question about her lost day",
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: replies to @NookFurniture: the customer is talking to the brand | sarcasm (irony 0.55) from a customer: a complaint | repeat contact | topic delivery: 'driver'")

    # ---- Tuesday 12 January ------------------------------------------------------------------
    SC("nook-usb-sofa-sparking-night", "safety-urgent",
       tw("owain_pritchard", f"@{B} sorry, I know it's the middle of the night. the USB port in the arm of our Kenley recliner started sparking an hour ago, there's a burning smell and a brown scorch mark on the fabric. I've switched it off at the wall. is it ok to leave it till morning?",
          when="2027-01-12T01:52:20Z"),
       expect(RP, "urgent", "safety", "direct"), note="calm and apologetic, but a fire risk in someone's home at night")
    recall = tw(B, "Safety recall: Harlow 4- and 6-drawer chests sold Mar–Dec 2026 can tip over if not fixed to the wall, as the wall strap was left out of some boxes. Please empty the top drawers and keep children away. We'll send a free kit or collect and refund: {url:https://nookfurniture.example/recall}",
                when="2027-01-12T09:00:00Z")
    SC("nook-brand-own-harlow-recall", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("nook-recall-twins-no-strap", "safety-urgent",
       tw("sam_whelan", "we've got the 6-drawer one in the twins' room. they're 2 and climb everything. it's not fixed to the wall because there was no strap in the box. emptied the drawers just now but it's not safe in there. can you get a wall strap kit to us today, not next week?",
          reply_to=recall, when="2027-01-12T09:24:45Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="in the brand's thread without @: a recalled chest that can tip over, in a room with two toddlers")
    SC("nook-quote-recall-found-out-on-x", "quote",
       tw("ngozi_eze", "so my daughter has been sleeping next to one of these since June and I find out it can tip over from a post on here. no email, no letter, and you've had my address and email since I ordered it",
          quote=recall, when="2027-01-12T09:58:12Z"),
       expect(RP, "urgent", "safety", "indirect"), strict=False,
       note="quotes the brand's recall without tagging it: a complaint about not being told, with an unfixed "
            "recalled chest in a child's room; a lead could call it a normal complaint")
    SC("nook-news-recall-38000", "news-monitor",
       tw("tolbury_echo", "Tolbury-based Nook Furniture recalls 38,000 chests of drawers after reports of them toppling onto children. The firm says nobody has been seriously injured {url:https://tolbury-echo.example/news/nook-harlow-recall}",
          when="2027-01-12T10:30:00Z"),
       expect(MON, "low", "safety", "indirect"))
    tipping_worry = tw("mrs_clean_caz", "just seen the news about the Nook drawers. we've got the 6-drawer one in the spare room, it's been fine for months. do I need to panic?",
                       when="2027-01-12T11:02:00Z")
    SC("nook-chatter-wall-strap-reassure", "third-party-chatter",
       tw("ruth_ogunleye", "@mrs_clean_caz don't panic, if it's fixed to the wall you're fine. mine came with the wall strap and took 10 minutes with a drill. Nook will post you the kit free if yours didn't have one x",
          reply_to=tipping_worry, when="2027-01-12T11:20:31Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("nook-de-kleiderschrank-umgekippt", "non-english",
       tw("matthias_krug", f"@{B} Der Harlow Kleiderschrank ist heute Abend im Kinderzimmer nach vorne umgekippt, als mein Sohn (4) die Tür aufgemacht hat. Er konnte gerade noch wegspringen. Die Kippsicherung fehlte im Paket. Ist das gefährlich? Was sollen wir jetzt tun?",
          lang="de", when="2027-01-12T19:40:18Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="German: a wardrobe fell forward in a child's room and nearly hit a 4-year-old; the anti-tip kit was missing")
    SC("nook-asthma-mattress-wheezing", "medical-urgent",
       tw("carys_morgan_nk", f"@{B} we unrolled the new Haven mattress in my daughter's room yesterday and the smell is awful. she's asthmatic and she's been wheezing all night, had her inhaler 4 times since midnight. can she sleep in there tonight? is this normal?",
          when="2027-01-12T07:12:03Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="asked as a calm question, but an asthmatic child wheezing all night")
    SC("nook-sarcasm-interest-free", "sarcasm-customer",
       tw("tash_whitmore", f"@{B} amazing how my 'interest free' finance on the sofa somehow charged interest of £86 this month. must be a new kind of free I haven't heard of. clever stuff 🙃",
          when="2027-01-12T12:45:27Z"),
       expect(RP, "normal", "finance", "direct"))
    SC("nook-sarcasm-assembly-workout", "sarcasm-customer",
       tw("callum_reid_nk", "huge thanks to Nook for the free 4 hour workout. 212 screws, instructions drawn by someone who hates me, and the last two holes 2cm away from where the bolts go. bed's 'done'. it leans. 10/10 would flat-pack again",
          when="2027-01-12T21:30:48Z"),
       expect(RP, "normal", "assembly", "indirect"), note="sarcasm about his own bed, brand named without a tag")
    SC("nook-passing-table-crack", "complaint-in-passing",
       tw("nat_fairbrother", f"week so far: boiler packed in, the cat was sick in my shoe, and the dining table from @{B} turned up with a crack right across the top. it's only Tuesday. send wine",
          when="2027-01-12T17:55:09Z"),
       expect(RP, "normal", "damage", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("nook-fr-pieces-manquantes", "non-english",
       tw("julien_roux_fr", f"@{B} bonjour, lit Alder reçu hier. Il manque des pièces : pas de vis pour la tête de lit et la notice de montage est pour un autre modèle. Trois heures perdues. Vous pouvez m'envoyer les pièces manquantes ?",
          lang="fr", when="2027-01-12T14:20:36Z"),
       expect(RP, "normal", "assembly", "direct"), note="French: missing parts and the wrong instructions")
    SC("nook-it-reso-rimborso", "non-english",
       tw("giulia_ferri_nk", f"@{B} salve, ho ordinato un divano online ma il colore è molto diverso dalla foto. posso fare il reso entro 14 giorni e avere il rimborso completo? chi viene a ritirarlo?",
          lang="it", when="2027-01-12T15:05:52Z"),
       expect(RP, "normal", "returns", "direct"), note="Italian: a question about returning a sofa for a refund")
    SC("nook-hotline-on-hold-slats", "public-hotline-number",
       tw("ken_marsh_nk", f"@{B} rang 0808 157 0587 three times about the spare part for our bunk (a whole set of slats missing). 40 mins on hold each time then 'please call back later'. the kids are sleeping on the floor",
          when="2027-01-12T16:40:14Z"),
       expect(RP, "normal", "assembly", "direct"), strict=False,
       note="the brand's own helpline number is not a private detail")

    # ---- Wednesday 13 January ----------------------------------------------------------------
    SC("nook-repeat-wardrobe-hinges-third-time", "repeat-contact",
       tw("tomasz_wilk_nk", f"@{B} third time asking. on 9 Jan you promised the missing hinges and fittings in 3–5 working days. two emails since, no reply, nothing in the post. the doors are still leaning against the bedroom wall",
          when="2027-01-13T08:15:40Z"),
       expect(RP, "high", "assembly", "direct"), note="the brand promised the parts on 9 January; third contact")
    SC("nook-threat-store-manager-veiled", "threat-urgent",
       tw("shaun_doyle_nk", "Nook Furniture Wexcombe won't refund a sofa with a snapped frame because I 'can't prove' it came like that. no money back, nothing. the manager there, Craig, the bald one, better keep looking over his shoulder walking to his car at night. I know which one it is. just saying",
          when="2027-01-13T09:02:26Z"),
       expect(ANY, "urgent", "returns", "indirect"),
       note="a veiled threat against a named store manager, with a refund complaint: only the priority is strict")
    SC("nook-threat-other-customer-car-park", "threat-urgent",
       tw("kayleigh_burr", "to the bloke in the black 4x4 who shoved my trolley out the way at the Nook click and collect in Tolbury and grabbed the last Marlowe bed: I've got your reg, I know where you work, and I'll be waiting in that car park. you'll be sorry. watch your back",
          when="2027-01-13T10:11:49Z"),
       expect(ANY, "urgent", "stores_online", "indirect"),
       note="a threat against another customer at the brand's store: urgent whatever the brand decides to do with it")
    SC("nook-latex-allergy-epipen", "medical-urgent",
       tw("priya_venkat_nk", f"@{B} quick question: is there any latex in the Cloud Hybrid mattress? our son is allergic to latex, he's had anaphylaxis before and carries an epipen. it arrived yesterday, he slept on it last night and this morning his eyes are puffy and there's a rash on his neck",
          when="2027-01-13T07:30:05Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="put as a quick question, but a child with a history of anaphylaxis is reacting to something now")
    SC("nook-pressure-mattress-wrong-one", "medical-urgent",
       tw("gail_ashworth", f"@{B} my mum is bedbound and her district nurse says she must be on the pressure-relief mattress by tonight, her pressure sores are getting worse. it's a medical need. you brought a standard one instead. order NK-20417733. please, we need the right one today",
          when="2027-01-13T08:48:31Z"),
       expect(RV, "urgent", "safety", "direct"),
       note="a medical need for a bedbound woman, with the order number in public: private and urgent")
    SC("nook-husband-back-buried-in-rant", "medical-urgent",
       tw("donna_reeve", f"@{B} 3rd delivery date for this wardrobe, 3rd day off work, and today your driver left a 70kg box out in the rain 'for insurance'. my husband tried to drag it in, he's injured his back, he's on the hall floor and can't feel his legs. 111 said wait for an ambulance",
          when="2027-01-13T11:37:15Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="the emergency is buried at the end of a delivery rant: a man who cannot feel his legs, waiting for an ambulance")
    dev_post = tw("dev_mistry_nk", f"moving day: keys 3 hours late, removal van got lost, then the @{B} two-man team left our new sofa on the drive in the rain because it 'wouldn't fit' and they 'don't do doors off'. lovely wet velvet. anyway, pizza",
                  when="2027-01-13T18:04:55Z")
    SC("nook-passing-sofa-in-the-rain", "complaint-in-passing", dev_post,
       expect(RP, "normal", "delivery", "indirect"), note="the brand tagged in the middle of a bad moving day")
    SC("nook-joke-called-nook-not-living-room", "joke-bystander",
       tw("megan_trask", "@dev_mistry_nk to be fair the company's called Nook, not Living Room. that 3 seater was never getting through a nook-sized door 😂",
          reply_to=dev_post, when="2027-01-13T18:30:12Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the brand's name by a bystander in someone else's thread")
    missing_post = tw("kirsty_lowther", f"@{B} missing parts AGAIN. two of the cam locks and the little bag of dowels for the Alder bed. whole bedroom in pieces on the floor",
                      when="2027-01-13T19:12:44Z")
    SC("nook-joke-every-nook-and-cranny", "joke-bystander",
       tw("joe_pennock", "@kirsty_lowther have you checked every nook and cranny? 😂 sorry. I'll see myself out",
          reply_to=missing_post, when="2027-01-13T19:25:03Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun under someone else's complaint")
    SC("nook-question-old-mattress-away", "question",
       tw("ivy_chamberlain", f"@{B} hi! if we get a bed and mattress in the sale, will the delivery team take away the old mattress and bed frame? and do they carry it upstairs? thanks!",
          when="2027-01-13T12:15:27Z"),
       expect(RP, "normal", "delivery", "direct"))
    SC("nook-question-fire-label-cut-off", "question",
       tw("rob_tennant_nk", f"@{B} got a second-hand Nook sofa bed off marketplace and the fire label on the mattress part has been cut off. is there a way to check it's ok, or can you send a replacement label?",
          when="2027-01-13T13:40:19Z"),
       expect(RP, "normal", "sleep", "direct"), strict=False,
       note="a calm question about a missing fire label, with no fire and nobody hurt: normal, though a lead "
            "could treat an unknown fire-safety standard on something slept on as urgent")
    SC("nook-pt-pai-caiu-da-cama", "non-english",
       tw("ana_tavares_pt", f"@{B} o meu pai tem 81 anos e caiu da cama nova esta noite, a estrutura é muito alta e não tem onde se apoiar. bateu com a cabeça no chão, tem sangue e está confuso. já liguei para o 999. esta cama é segura para idosos?",
          lang="pt", when="2027-01-13T23:48:36Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="Portuguese: an 81-year-old fell out of a new bed at night and is bleeding and confused")

    # ---- Thursday 14 January -----------------------------------------------------------------
    SC("nook-repeat-no-show-thursday", "repeat-contact",
       tw("jess_arkwright", "it's Thursday, 11:35am. your 'first slot, 7–9am' hasn't come either. no text from the driver last night, no call today. that's two days off work now. I'm done being patient",
          reply_to=noshow_brand, when="2027-01-14T11:35:22Z"),
       expect(RP, "high", "delivery", "direct"),
       note="back in the brand's thread without @: the promised redelivery failed too")
    SC("nook-thread-bunk-rail-came-off", "thread-with-brand",
       tw("chloe_barnard", "did exactly what you said and tightened every bolt. last night the guard rail came away in his sleep and he fell off the top bunk onto the floor. he's 6. big lump on his head and he's been sick twice this morning. should we go to A&amp;E? and I want this bed gone",
          reply_to=bunk_brand, when="2027-01-14T07:05:41Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="back in the brand's thread without @: a child's head injury with vomiting after the advice the brand gave")
    big = tw("velvetandvine", f"Update on the £2,400 velvet sofa from @{B}: ordered 12 September, 'delivery 6–8 weeks'. It is now 18 weeks. Four delivery slots moved by text the night before. Living room shoot postponed again. Anyone else still waiting?",
             when="2027-01-14T09:00:00Z",
             metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12800, "quote_count": 210})
    SC("nook-big-reach-velvet-sofa", "big-reach", big, expect(RP, "high", "delivery", "indirect"),
       note="920k followers; the handle in the middle of a post to everyone",
       known_miss="round 10, not met yet: priority: want \"high\", got urgent; the engine read: tags @NookFurniture in a post to everyone | complaint (0.96) | a threat against people: urgent | topic delivery: 'delivery', 'slot'")
    SC("nook-repost-velvet-sofa", "repost", tw("sofa_surfer_dee", "", retweet=big, when="2027-01-14T09:21:30Z"),
       expect(IGN, "low", "delivery", "indirect"))
    SC("nook-big-reach-nan-mattress", "big-reach",
       tw("danny_kerslake", "Nook Furniture sold my nan a £900 mattress for her bad back. it's sagging in the middle after 5 weeks and they've told her the 100-night trial doesn't cover 'body impressions'. she's 82. sort it out lads",
          when="2027-01-14T10:14:08Z",
          metrics={"retweet_count": 2300, "reply_count": 510, "like_count": 19400, "quote_count": 95}),
       expect(RP, "high", "sleep", "indirect"), note="455k followers; a complaint for his grandmother")
    SC("nook-es-pedido-telefono", "private-details",
       tw("maribel_ortiz_n", f"@{B} hola, mi pedido NK-20398814 tenía entrega el sábado y el repartidor nunca vino. mi teléfono es 07700 900482 y la dirección es 14 Fenner Close, Tolbury TB4 7QJ. ¿pueden llamarme para darme otra fecha?",
          lang="es", when="2027-01-14T12:30:55Z"),
       expect(RV, "normal", "delivery", "direct"), note="Spanish: order number, phone number and home address in public")
    SC("nook-legal-consumer-rights-frame", "legal-threat-not-urgent",
       tw("arthur_pym", f"@{B} the frame of my Ellery sofa snapped after 7 months. it is not of satisfactory quality under the Consumer Rights Act and I want it put right: a repair or a replacement. three emails ignored. my small claims papers go in on Monday",
          when="2027-01-14T13:05:37Z"),
       expect(RP, "high", "damage", "direct"), note="court: a strong complaint, not urgent")
    SC("nook-legal-ombudsman-missed-payment", "legal-threat-not-urgent",
       tw("zoe_hatcher", "Nook Furniture's finance company has put a missed payment on my credit file for a month I paid by direct debit. I have the bank statement. if it's not corrected this week it goes to the Financial Ombudsman",
          when="2027-01-14T14:22:10Z"),
       expect(RP, "high", "finance", "indirect"), note="regulator: a strong complaint, not urgent")
    SC("nook-abuse-third-wrong-mattress", "abuse-with-problem",
       tw("gaz_whitley", f"@{B} you absolute clowns. THIRD mattress you've sent me and it's the wrong size AGAIN. a double on a king size bed with 6 inches of gap, and this one stinks of chemicals too. can any of you actually read? useless",
          when="2027-01-14T15:48:29Z"),
       expect(RP, "high", "sleep", "direct"), note="insults, with a real problem that has happened three times")
    SC("nook-abuse-recliner-refund", "abuse-with-problem",
       tw("mel_crouch", f"@{B} are you lot thick or just lazy? 3 weeks since you collected my faulty recliner for a refund and still no money back. 'up to 10 working days' my backside. pay me",
          when="2027-01-14T16:30:02Z"),
       expect(RP, "high", "returns", "direct"), note="rude, with money owed",
       known_miss="round 10, not met yet: priority: want \"high\", got normal; the engine read: addressed to @NookFurniture | complaint (0.98) | topic returns: 'refund', 'money back'")
    SC("nook-html-script-sofa-spam", "html-entities",
       tw("cheapsofas_4u", "&lt;script src=//nook-outlet.example/x.js&gt;&lt;/script&gt; Nook sofas 80% OFF clearance!!! genuine stock, DM for price list 💸",
          when="2027-01-14T17:05:00Z"),
       expect(IGN, "low", "stores_online", "indirect"), note="spam with a script tag; 'stock' and 'price' are keywords")
    SC("nook-spam-giveaway-bedroom", "spam",
       tw("HomeGiveawayHQ", "🛏️ NOOK GIVEAWAY 🛏️ win a FREE Nook bedroom worth £5,000! follow, like and repost, then claim your prize here before midnight 👉 {url:https://nook-winners.example/claim}",
          when="2027-01-14T17:40:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway using the brand's name")
    SC("nook-threat-driver-vs-mum", "threat-urgent",
       tw("marion_fitch", f"@{B} your delivery driver this morning screamed in my 79 year old mum's face because she asked him to take the old mattress away, then told her he knows where she lives now. she feels threatened, she's shaking and won't open the door. is he coming back? I want his name",
          when="2027-01-14T12:02:44Z"),
       expect(RP, "urgent", "delivery", "direct"), note="a threat from the brand's driver against an elderly customer")

    # ---- Friday 15 January -------------------------------------------------------------------
    SC("nook-mum-trapped-behind-boxes", "safety-urgent",
       tw("bev_hollins", f"@{B} your two-man team left 5 huge wardrobe boxes stacked in my mum's hallway and drove off. she's 86, uses a frame and can't get past them to the door. she's trapped in the back room. it's not safe, if there was a fire she couldn't get out. send someone NOW",
          when="2027-01-15T10:12:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly woman with a walking frame cut off from her only exit")
    SC("nook-praise-delivery-lads-snow", "praise",
       tw("ruth_ogunleye", "shout out to Nook Furniture's delivery lads Dean and Tariq, who carried a 3 seater up four flights with no lift, in the snow, and were still smiling at the end. proper gents 👏",
          when="2027-01-15T08:44:19Z"),
       expect(RP, "low", "delivery", "indirect"))
    SC("nook-praise-amira-tolbury-store", "praise",
       tw("pete_lacey", f"@{B} big thanks to Amira at the Tolbury store, who spent an hour with my dad finding a chair he can get up out of after his knee op. patient, kind, no hard sell. he loves it",
          when="2027-01-15T09:30:46Z"),
       expect(RP, "low", "stores_online", "direct"), note="praise; the knee operation is over and nothing is needed")
    SC("nook-nl-bezorgers-praise", "non-english",
       tw("femke_dejong", f"@{B} wat een toppers, jullie bezorgers! Vandaag bezorgd, de bank via drie trappen naar boven gedragen, netjes neergezet en de oude bank meegenomen. Dank jullie wel 🙏",
          lang="nl", when="2027-01-15T11:05:27Z"),
       expect(RP, "low", "delivery", "direct"), note="Dutch: praise for the delivery team")
    SC("nook-hotline-praise-recliner", "public-hotline-number",
       tw("bea_castillo", "gotta say, Nook's helpline 0808 157 0587 sorted my broken recliner in one call: technician booked for Friday, no quibbling about the warranty. more of this please",
          when="2027-01-15T12:18:38Z"),
       expect(RP, "low", "damage", "indirect"), strict=False,
       note="praise quoting the brand's own number: not a private detail")
    flat_q = tw("tayo_benson", "@bilal_rana how's the new flat?? pics or it didn't happen", when="2027-01-15T12:40:00Z")
    SC("nook-vent-camping-chairs", "third-party-venting",
       tw("bilal_rana", "@tayo_benson it's lovely but we're sat on camping chairs. Nook took £1,900 for the sofa in October and the delivery date has moved 4 times. starting to think it doesn't exist",
          reply_to=flat_q, when="2027-01-15T12:58:21Z"),
       expect(MON, "low", "delivery", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    week_q = tw("kirsty_lowther", "@hollie_ames how's your week been lovely?", when="2027-01-15T13:10:00Z")
    SC("nook-vent-finance-calls-at-work", "third-party-venting",
       tw("hollie_ames", "@kirsty_lowther awful tbh. Nook's finance lot have rung me at work 3 times about a payment that went out by direct debit on the 1st. sent them the screenshot twice",
          reply_to=week_q, when="2027-01-15T13:31:47Z"),
       expect(MON, "low", "finance", "third_party"))
    mattress_q = tw("aisha_farooq_nk", "thinking of getting the Cloud Hybrid from Nook for our room. anyone got one? worth £800?",
                    when="2027-01-15T14:00:00Z")
    SC("nook-chatter-cloud-hybrid-advice", "third-party-chatter",
       tw("vince_okoro", "@aisha_farooq_nk had our Nook one a year. bit of a whiff for the first week but best sleep I've had in ages. do the 100-night trial if you're not sure",
          reply_to=mattress_q, when="2027-01-15T14:18:09Z"),
       expect(MON, "low", "sleep", "third_party"), note="a stranger's advice in someone else's thread")
    SC("nook-chatter-sinking-sofa-advert", "chatter-monitor",
       tw("jo_pemberton", "the Nook advert where the sofa slowly sinks into the sea and the family just keep watching telly is genuinely unhinged and I love it",
          when="2027-01-15T15:02:33Z"),
       expect(MON, "low", None, "indirect"),
       known_miss="round 10, not met yet: action: want \"monitor\", got respond_public; the engine read: names Nook in a post to everyone | praise: thank them")
    SC("nook-es-chatter-tienda-nueva", "chatter-monitor",
       tw("lucia_herrera_n", "¿Alguien ha ido a la tienda nueva de Nook en Wexcombe? Dicen que tiene cafetería y una zona de juegos para niños 😮",
          lang="es", when="2027-01-15T15:40:20Z"),
       expect(MON, "low", "stores_online", "indirect"), note="Spanish: talk about the brand's new store, nothing to answer")
    SC("nook-news-six-new-stores", "news-monitor",
       tw("RetailFurnNews", "Nook Furniture to open six new stores in 2027 and close its Brackenhurst showroom after online sales rose 12% {url:https://retailfurniturenews.example/nook-expansion}",
          when="2027-01-15T16:00:00Z"),
       expect(MON, "low", "stores_online", "indirect"))

    # ---- Namesakes and the everyday word -----------------------------------------------------
    SC("nook-namesake-ereader-train", "namesake",
       tw("commuter_reads", "my Nook died at 2% halfway through the last chapter on the 7:14. no charger. I will never know who did it",
          when="2027-01-11T07:40:12Z"),
       expect(IGN, "low", None, "none"), note="the e-reader")
    house_done = tw("ac_island_life", "FINALLY paid off the house in Animal Crossing 🥲🏝️", when="2027-01-12T20:00:00Z")
    SC("nook-namesake-tom-nook-loan", "namesake",
       tw("year10_dani", "@ac_island_life congrats!! Tom Nook has me 2.4 million bells in debt for a loft. worst loan I've ever taken and not even interest free",
          reply_to=house_done, when="2027-01-12T20:14:37Z"),
       expect(IGN, "low", "finance", "none"),
       note="the game's raccoon landlord, in a reply; 'debt', 'loan' and 'interest free' are finance keywords",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got third_party; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic finance: 'debt', 'loan', 'interest free'")
    SC("nook-namesake-nook-cafe-sofas", "namesake",
       tw("flatwhite_fran", "the Nook Café on Cobb Street has new sofas, new owners and the same gorgeous cinnamon buns. best corner in Tolbury for a laptop morning ☕",
          when="2027-01-13T09:45:00Z"),
       expect(IGN, "low", None, "none"), note="a café, with sofas in it")
    SC("nook-common-reading-nook-armchair", "common-word",
       tw("bookish_bryony", "turned the cupboard under the stairs into a reading nook: an old armchair, fairy lights, a shelf of paperbacks and a blanket. I live here now 📚",
          when="2027-01-13T20:20:15Z"),
       expect(IGN, "low", None, "none"), note="the everyday word, next to furniture")
    SC("nook-common-every-nook-and-cranny", "common-word",
       tw("mrs_clean_caz", "house viewing at 10 so I've hoovered every nook and cranny, under the beds and behind the sofa. found 3 socks, a fork and the TV remote we lost in November",
          when="2027-01-14T08:02:51Z"),
       expect(IGN, "low", None, "none"), note="an everyday phrase, next to beds and a sofa")
    reno = tw("aisha_farooq_nk", "kitchen reno FINALLY done!! 📸 {url:https://pics.example/aisha/kitchen}", when="2027-01-14T18:00:00Z")
    SC("nook-common-breakfast-nook-reply", "common-word",
       tw("jo_pemberton", "@aisha_farooq_nk obsessed with the little breakfast nook by the window 😍 where's the bench from?",
          reply_to=reno, when="2027-01-14T18:22:40Z"),
       expect(IGN, "low", None, "none"), note="the everyday word, in a reply")
    return brand


BRANDS["nook-furniture"] = ("NookFurniture", 4345678932, build_nook_furniture)
