# Lintel Home: a made-up maker of home appliances: washing machines, tumble dryers,
# fridges and freezers, ovens and dishwashers; engineer visits, warranties, spare parts,
# a tumble-dryer recall for a fire risk (TD8 models), an app for its smart appliances and
# an online shop that delivers and installs. A lintel is also the beam over a door or a
# window (builders and DIY people talk about lintels all the time), Lintel is a surname,
# Lintel Crag is a climbing crag and Lintel Homes is a local house builder: none of them
# is the appliance maker.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, booking, order and customer number, card and email address here is made up.


def build_lintel_home():
    global CURRENT_BRAND, CLOCK
    brand = Brand("lintel-home", SCEN_DIR / "lintel-home.plan.toml", "LintelHome", 4145678914, 1861220000000001801)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-03-01T06:35:00Z")
    B = "LintelHome"
    user(B, "Lintel Home", 4145678914,
         "Lintel Home care team 🔧 8am–8pm, 7 days. Dryer recall line 0808 157 0462. Please don't post your address or order number here, we'll DM you.",
         31_800, following=720, tweets=64_000, listed=160, verified=True)
    user("nell_ravensdale", "Nell Ravensdale", 6314027731, "Type 1 since I was 9. Leicester. Knits badly.", 340)
    user("tamsin_oduya", "Tamsin Oduya", 6314118302, "Two boys, one dog, a mountain of laundry.", 210)
    user("gaz_ferriby", "Gaz Ferriby", 6314209573, "Fixed it myself once. Never again.", 480)
    user("punmaster_lew", "Lew Cardle", 6314300944, "Puns. Dad. Dad puns.", 1200)
    user("LintelCareDesk", "Lintel Home Support ✅", 6314392015,
         "Official help 24/7 🛠️ DM us on WhatsApp for same-day replacements!", 41, following=4600)
    user("priya_dhillon_r", "Priyanka Dhillon", 6314483386, "", 150)
    user("rt_bernie_k", "Bernie Kaye", 6314574657, "", 60)
    user("moss_halloran", "Moss Halloran", 6314665128, "Hospital porter. Sleeps in the day.", 270)
    user("fern_okonkwo", "Fern Okonkwo", 6314756499, "Three kids under 8. Helmsby.", 190)
    user("barry_tillotson", "Barry Tillotson", 6314847760, "Retired postie. Checks every statement.", 120)
    user("marta_zielinska", "Marta Zielińska", 6315029402, "Polka w Leicesterze.", 140)
    user("lucia_barreda", "Lucía Barreda", 6315120873, "Madrileña en Nottingham.", 230)
    user("amelie_tressard", "Amélie Tressard", 6315211244, "Nantaise à Derby.", 170)
    user("giulia_fanti", "Giulia Fanti", 6315302615, "Bolognese a Leicester. Cucino troppo.", 310)
    user("dirk_oberhauser", "Dirk Oberhauser", 6315393986, "Aus Bielefeld, jetzt in Coventry.", 90)
    user("kev_stobbart", "Kev Stobbart", 6315485357, "", 55)
    user("gemma_ashwell", "Gemma Ashwell", 6315576728, "Renovating a 1930s semi, slowly.", 380)
    user("sanne_verbeek", "Sanne Verbeek", 6315667199, "Utrechtse in Loughborough.", 160)
    user("jo_kirkbride", "Joanne Kirkbride", 6315758460, "Mum to Isla (JIA warrior). Tea first.", 420)
    user("dale_pickers", "Dale Pickersgill", 6315849831, "Dad's carer. Long days.", 130)
    user("ines_camacho", "Inês Camacho", 6315941202, "Lisboeta em Derby.", 210)
    user("rach_mountford", "Rachel Mountford", 6316032573, "Daughter, worrier, list maker.", 260)
    user("siobhan_keady", "Siobhán Keady", 6316123944, "Two under four. Send help.", 340)
    user("owen_trevethan", "Owen Trevethan", 6316215315, "Dad. Plasterer. Rugby on Saturdays.", 290)
    user("dilys_pumphrey", "Dilys Pumphrey", 6316306686, "Retired dinner lady. Hold music connoisseur.", 110)
    user("jordan_akintola", "Jordan Akintola", 6316398057, "Five-a-side, four kits a week.", 520)
    user("hattie_calloway", "Hattie Calloway", 6316489428, "Pasta every night, no regrets.", 610)
    user("KelbyCourier", "The Kelby Courier", 6316580799, "News for Kelby and the Wold since 1871.", 46_000, following=800, verified=True)
    user("HomeTechWire", "HomeTech Wire", 6310267415, "Appliance and smart-home news.", 88_000, following=1100, verified=True)
    user("roz_etheridge", "Roz Etheridge", 6316672160, "Paralegal. Patience: gone.", 330)
    user("nev_aspinall", "Neville Aspinall", 6316763531, "Retired engineer. Writes letters.", 240)
    user("dean_corless", "Dean Corless", 6316854902, "", 80)
    user("shaz_mcgarry", "Shaz McGarry", 6316946273, "Nails, gym, kids, repeat.", 1700)
    user("bricky_col", "Col Haverstock", 6317037644, "Bricklayer 30 yrs. Tea, two sugars.", 930)
    user("domrenovates", "Dom Fairweather", 6317129015, "Renovating a Victorian terrace one mistake at a time.", 4100)
    user("crag_rat_izzy", "Izzy Thwaite", 6317220386, "Climber. Peak and Dales. Chalk everywhere.", 1500)
    user("pike_lane_pete", "Pete Ormondroyd", 6317311757, "Pike Lane resident. Reluctant campaigner.", 310)
    user("anya_brockhurst", "Anya Brockhurst", 6317403128, "First-time buyer, first-time damp.", 190)
    user("surveyor_mags", "Mags Ellery", 6317494499, "Chartered surveyor. I look at walls for a living.", 2200)
    user("kirsty_balla", "Kirsty Ballantyne", 6317585860, "Two rugby lads and their kit.", 400)
    user("lou_fennimore", "Lou Fennimore", 6317677231, "Honest reviews nobody asked for.", 350)
    user("meg_oyelaran", "Meg Oyelaran", 6317768602, "Rain, rain, go away.", 280)
    user("craig_mottram", "Craig Mottram", 6317859973, "", 150)
    user("becca_lindqvist", "Becca Lindqvist", 6317951344, "DIY weekends, takeaway evenings.", 460)
    user("sam_harrowgate", "Sam Harrowgate", 6318042715, "", 210)
    user("nadia_quarrie", "Nadia Quarrie", 6318134086, "New house, new everything.", 180)
    user("pauline_grimes", "Pauline Grimes", 6318225457, "Nan of four. Knows a thing or two.", 240)
    user("ashok_raval", "Ashok Raval", 6318316828, "Night shift at the depot.", 170)
    user("beth_carnaby", "Beth Carnaby", 6318408199, "Teacher. Year 4. Tired.", 320)
    user("ste_mulgrew", "Ste Mulgrew", 6318499560, "Dad of three. Gin enthusiast.", 260)
    user("callum_devlin", "Callum Devlin", 6318682302, "Student. Does his own washing now.", 390)
    user("orla_fitzw", "Orla Fitzwilliam", 6318773673, "Nurse. 12-hour shifts.", 450)
    user("wyn_pritchard", "Wyn Pritchard", 6318865044, "Owned by a spaniel called Bryn.", 230)
    user("mo_stallard", "Maureen Stallard", 6318956415, "Retired. Reads the paper properly.", 95)
    user("tiago_rebelo", "Tiago Rebelo", 6319047786, "Do Porto para Leicester.", 120)
    user("kathleen_oakes", "Kathleen Oakes", 6319139157, "Sunday roast every Sunday.", 180)
    user("ChefRuaridh", "Ruaridh Blackwood", 6319321899, "Chef. Telly. Cookbooks. Always hungry.",
         1_240_000, following=900, listed=4200, verified=True)
    user("gadgetgwen", "Gwen Arkwright", 6319413260, "I review tech so you don't have to buy it. 📱",
         640_000, following=1300, listed=2600, verified=True)
    user("trev_ainsworth", "Trev Ainsworth", 6319504631, "", 140)
    user("boostlyreach_x", "Boostly Reach 📈", 6319596002, "Real followers. Real fast. 💯", 9800, following=5000)
    user("telly_tess", "Tess Moorcroft", 6319687373, "Watches the adverts on purpose.", 560)
    user("kofi_webdev", "Kofi Asante", 6319778744, "Front-end dev. I break forms for fun.", 2100)
    user("jo_brindley", "Jo Brindley", 6319870115, "", 130)
    user("raj_halewood", "Raj Halewood", 6319961486, "Gadgets, mostly unnecessary.", 290)
    user("sian_tapley", "Siân Tapley", 6310152857, "Sarcasm is my cardio.", 670)

    # ---- A fridge freezer dead with insulin inside: the customer, the brand, the customer back
    nell = tw("nell_ravensdale", f"@{B} our fridge freezer died in the night, everything in it is warm. earliest engineer you can do is THURSDAY. my insulin lives in that fridge. is there really nothing sooner?",
              when="2027-03-01T07:52:18Z")
    SC("lh-insulin-fridge-dead", "medical-urgent", nell, expect(RP, "urgent", "repairs", "direct"),
       note="a type 1 diabetic's insulin is in a fridge that has stopped; the wait is three days")
    nell_brand = tw(B, "@nell_ravensdale Nell, I'm so sorry. I've marked this as a medical priority and asked our Leicester engineers for a slot today or tomorrow. I'll come back to you here by 1pm. Meanwhile your pharmacy can keep the insulin cold for you.",
                    reply_to=nell, when="2027-03-01T08:14:05Z")
    SC("lh-brand-reply-insulin", "brand-own-post", nell_brand, expect(IGN, "low", "repairs", "none"))
    SC("lh-insulin-1pm-came-and-went", "thread-with-brand",
       tw("nell_ravensdale", "1pm came and went. no call, no engineer, nothing. it's 4 now and the ice packs in the cool bag have gone soft",
          reply_to=nell_brand, when="2027-03-01T16:03:41Z"),
       expect(RP, "urgent", "repairs", "direct"),
       note="back in the brand's thread without @ after a broken promise; the insulin is still at risk, so urgent rather than high")

    # ---- A recalled dryer smoking: the customer, a stranger's advice, a joker, an impersonator
    tamsin = tw("tamsin_oduya", f"@{B} the dryer just started smoking halfway through a load and the whole utility room stinks of burning plastic. pulled the plug. is it one of the recalled ones?? it's a TD8 something, 2021",
                when="2027-03-01T09:05:12Z")
    SC("lh-dryer-smoking-utility-room", "safety-urgent", tamsin, expect(RP, "urgent", "safety", "direct"),
       note="smoke from a dryer that may be in the fire-risk recall; unplugged, but it may still smoulder")
    SC("lh-chatter-get-it-outside", "third-party-chatter",
       tw("gaz_ferriby", "@tamsin_oduya get it outside if you can, or shut the door on it and keep checking. ours smouldered for ages after we unplugged it. Lintel swapped ours in a week once we rang the recall line",
          reply_to=tamsin, when="2027-03-01T09:16:40Z"),
       expect(MON, "low", "safety", "third_party"),
       note="a stranger's advice in someone else's thread: scary words, but the danger is the original poster's, and that post is the case")
    SC("lh-bystander-cant-take-the-heat", "joke-bystander",
       tw("punmaster_lew", "@tamsin_oduya a Lintel that can't take the heat? thought their whole job was holding things up 😂",
          reply_to=tamsin, when="2027-03-01T09:24:03Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in a customer's safety thread")
    SC("lh-spam-impersonator-bank-details", "spam",
       tw("LintelCareDesk", "@tamsin_oduya Hi Tamsin 👋 Lintel Home support here, so sorry! We can do a same-day recall replacement 🔥 just DM us on WhatsApp with your full name, address and bank details to verify 👉 {url:https://lintel-recall-help.example/fast}",
          reply_to=tamsin, when="2027-03-01T09:31:55Z"),
       expect(IGN, "low", "safety", "third_party"),
       note="a fake support account fishing for bank details in a customer's thread; the topic comes from 'recall'")

    # ---- The brand's recall notice: a question under it, a repost, a quote
    recall = tw(B, "Safety notice: if your tumble dryer's model number starts TD8, please stop using it and unplug it now. We'll fix or replace it free. Check your model number and book at {url:https://lintel.example/recall}",
                when="2027-03-01T10:00:00Z")
    SC("lh-brand-recall-notice", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("lh-td7-in-the-recall-too", "question-in-reply-to-brand",
       tw("priya_dhillon_r", "is the TD7 one in the recall as well or just TD8s? ours is a TD7-90 from 2024", reply_to=recall,
          when="2027-03-01T10:22:47Z"),
       expect(RP, "normal", "safety", "direct"),
       note="an eligibility question about a model the notice does not name; nothing says it is overheating")
    SC("lh-repost-recall-notice", "repost", tw("rt_bernie_k", "", retweet=recall, when="2027-03-01T10:40:09Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("lh-quote-fix-or-replace-free", "quote",
       tw("moss_halloran", "'we'll fix or replace it free' - booked my recall replacement on 3 Feb. not a call, not an email. it's sat unplugged in the garage and we're draping wet washing over every radiator in the house",
          quote=recall, when="2027-03-01T11:12:30Z"),
       expect(RP, "normal", "safety", "indirect"), strict=False,
       note="quotes the brand's notice without tagging it; the dryer is unplugged, so a slow-service complaint, not a live danger")

    # ---- More danger, in several languages and several tones
    SC("lh-scorched-wall-address-phone", "safety-urgent",
       tw("fern_okonkwo", f"@{B} our TD8 dryer is on your recall list, we registered it in Dec and nobody came. last night it scorched the wall behind it. 9 Quarry View, Helmsby HB4 2LN, ring me on 07700 900615 asap. 3 kids in this house"),
       expect(RV, "urgent", "safety", "direct"),
       note="a home address and a mobile number (answer privately) and a recalled dryer that has already scorched a wall (urgent)")
    SC("lh-es-secadora-humo", "safety-urgent",
       tw("lucia_barreda", f"@{B} la secadora huele a quemado y ha salido humo por detrás 😰 mis hijos están durmiendo arriba. ¿es de las de la retirada? ¿qué hago?", lang="es"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a dryer smelling of burning and smoking, children asleep upstairs")
    SC("lh-fr-etincelles-prise", "safety-urgent",
       tw("amelie_tressard", f"@{B} bonsoir, notre lave-vaisselle fait des étincelles au niveau de la prise et ça sent le brûlé dans toute la cuisine. Je l'ai débranché mais la prise est noire. C'est normal ??", lang="fr",
          when="2027-03-01T21:48:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a dishwasher sparking at the socket, a burnt smell, a blackened socket")
    SC("lh-it-odore-di-gas-forno", "safety-urgent",
       tw("giulia_fanti", f"@{B} il forno a gas che mi avete montato ieri: c'è odore di gas in tutta la cucina anche con le manopole chiuse. Ho aperto le finestre e spento tutto. Cosa devo fare adesso?", lang="it"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: a gas smell from an oven fitted yesterday, asked calmly")
    SC("lh-mum-81-recalled-dryer-nightly", "safety-urgent",
       tw("rach_mountford", "just checked mum's tumble dryer against the Lintel recall list and it's on it. she's 81, lives on her own and runs it every night before bed. the letter went to her old flat apparently. who do I even ring at this hour",
          when="2027-03-02T22:51:09Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="calm, no alarm words: a recalled fire-risk dryer in nightly use by an 81-year-old living alone; named, not tagged")
    SC("lh-child-lock-scalding-water", "safety-urgent",
       tw("siobhan_keady", f"@{B} the child lock on our washer is supposed to keep the door shut till it drains. my 3yo just pulled it open mid 60° wash - scalding water all over the floor and his feet. he's ok, feet in cold water now. how is that possible??"),
       expect(RP, "urgent", "safety", "direct"), note="a child scalded because a safety lock failed; the machine is still in the house")

    # ---- A leak that gets worse: the complaint, a joker, the brand, the customer back
    owen = tw("owen_trevethan", f"@{B} washer's leaking from underneath every time we use it. engineer booked tues 8-12, nobody came and nobody rang",
              when="2027-03-02T13:41:20Z")
    SC("lh-bystander-lift-their-game", "joke-bystander",
       tw("punmaster_lew", "@owen_trevethan have you tried asking them to lift their game? holding things up is literally what a lintel is for 🥁",
          reply_to=owen, when="2027-03-02T13:58:02Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the ordinary word, aimed at the brand, by a stranger in a customer's thread")
    owen_brand = tw(B, "@owen_trevethan Sorry Owen, that's not good enough. I've rebooked you for Thursday morning and asked the engineer to ring you when he's on his way.",
                    reply_to=owen, when="2027-03-02T14:20:33Z")
    SC("lh-leak-through-ceiling-light", "safety-urgent",
       tw("owen_trevethan", "thursday: no engineer. AGAIN. it's still leaking and now it's coming through the kitchen ceiling round the light fitting and the bulb keeps flickering. there's a 2 year old in this house. what am i meant to do",
          reply_to=owen_brand, when="2027-03-04T12:40:15Z"),
       expect(RP, "urgent", "repairs", "direct"),
       note="a repeat contact in the brand's thread, but water through a light fitting is an electrical danger: urgent, not just high. "
            "No danger word; the topic stays with the engineer who did not come")

    # ---- Threats against people
    SC("lh-de-lager-drohung", "threat-urgent",
       tw("dirk_oberhauser", f"@{B} dritter Termin, dritter Tag Urlaub genommen, wieder kein Techniker. Wenn morgen wieder keiner kommt, fahr ich zu eurem Lager in Northfield und dann geht da keiner mehr heil nach Hause. Versprochen.", lang="de"),
       expect(ANY, "urgent", "repairs", "direct"),
       note="German: a threat to hurt the people at the depot ('nobody goes home in one piece'), with a real complaint")
    SC("lh-threat-break-engineers-fingers", "threat-urgent",
       tw("kev_stobbart", f"swear to god if the Lintel engineer turns up tomorrow and leaves without fixing it again I'll break his fingers so he can't touch another machine @{B}"),
       expect(ANY, "urgent", "repairs", "indirect"), note="a threat against an engineer, with a complaint; the handle at the end")
    gemma = tw("gemma_ashwell", f"@{B} your installers dragged our new fridge across the oak floor and left a 2 metre gouge. who's paying for this?",
               when="2027-03-02T09:12:44Z")
    gemma_brand = tw(B, "@gemma_ashwell Gemma, I'm sorry, that isn't how we should leave anyone's home. I've raised it with our installs manager and she'll ring you by 5pm today to sort out the floor.",
                     reply_to=gemma, when="2027-03-02T09:40:10Z")
    SC("lh-threat-waiting-for-the-driver", "threat-urgent",
       tw("gemma_ashwell", "no call. and the driver who did it was laughing about it on my drive. give me his name. i know where your depot is and i'll be waiting for him when he clocks off",
          reply_to=gemma_brand, when="2027-03-02T18:05:52Z"),
       expect(ANY, "urgent", "orders", "direct"),
       note="a threat against the driver, inside a reply to the brand and with no threat word; the broken promise is real too")

    # ---- Medicines kept cold, and a carer
    SC("lh-nl-groeihormoon-koelkast", "medical-urgent",
       tw("sanne_verbeek", f"@{B} onze koelkast is kapot en de monteur kan pas volgende week dinsdag komen. Mijn zoontje (6) heeft groeihormoon dat gekoeld moet blijven. Kan er echt niemand eerder?", lang="nl"),
       expect(RP, "urgent", "repairs", "direct"), note="Dutch: a child's growth hormone must stay cold and the fridge is broken for a week")
    SC("lh-humira-fridge-14-degrees", "medical-urgent",
       tw("jo_kirkbride", f"@{B} hi, fridge has been reading 14°C since this morning (engineer booked for fri). my daughter's Humira pens are in there. do you know if they're still ok to use, or should I ring the pharmacy? no rush x"),
       expect(RP, "urgent", "repairs", "direct"),
       note="a calm question ('no rush') about a child's medicine in a warm fridge: a medical need, so urgent")
    SC("lh-carer-pressure-sore-bedding", "medical-urgent",
       tw("dale_pickers", "19 days without a washer. Lintel engineer came once, said the pump's gone, pump's on back order. I'm hand washing dad's bedding in the bath every morning - he's bedbound with a pressure sore the nurse says has to stay clean and dry. 'we appreciate your patience' 🙃"),
       expect(RP, "urgent", "parts", "indirect"), strict=False,
       note="a medical need buried in a rant about a part on back order; a lead could call it a strong complaint (high) "
            "since nobody's life is at risk today")
    SC("lh-pt-leite-materno-congelador", "medical-urgent",
       tw("ines_camacho", f"@{B} o congelador avariou durante a noite e lá dentro está todo o leite materno que tirei para a minha bebé prematura, internada na neonatologia. O técnico só pode vir na segunda. Não há mesmo nada mais cedo? 🙏", lang="pt"),
       expect(RP, "urgent", "repairs", "direct"), strict=False,
       note="Portuguese: expressed milk for a premature baby in neonatal care in a dead freezer; a medical need to most leads, "
            "though some would call it a strong complaint (high)")

    # ---- Near misses: figures of speech, past incidents, news
    SC("lh-hold-music-killing-me", "complaint-direct",
       tw("dilys_pumphrey", f"@{B} your hold music is actually killing me 💀 40 mins to ask where my door seal is"),
       expect(RP, "normal", "parts", "direct"), note="'killing me' is a figure of speech: an ordinary complaint")
    SC("lh-praise-dryer-on-fire", "praise",
       tw("jordan_akintola", f"this dryer is on fire 🔥 9 loads bone dry before lunch, easily the best thing we bought this year. cheers @{B}"),
       expect(RP, "low", ANY, "indirect"),
       note="'on fire' is praise, not a fire: low priority. 'fire' is a safety keyword, so the topic doesn't matter")
    SC("lh-murder-whoever-designed-filter", "complaint-indirect",
       tw("hattie_calloway", "I could honestly murder whoever designed the filter on the Lintel dishwasher. 20 minutes with a butter knife fishing penne out of it"),
       expect(RP, "normal", "parts", "indirect"), note="'murder' as a figure of speech, not a threat; a design complaint with no complaint word",
       known_miss="'murder whoever designed' is figurative, but the grumble about the filter has no complaint words: read as chatter")
    SC("lh-news-inquest-2025-fire", "news-monitor",
       tw("KelbyCourier", "Inquest hears a tumble dryer made by Lintel Home started the 2025 house fire in Kelby that killed a retired teacher. Coroner to write to the firm. {url:https://kelbycourier.example/news/lintel-inquest}"),
       expect(MON, "low", "safety", "indirect"), note="news of a past incident: grave, but nobody is in danger now")
    SC("lh-news-recall-extended", "news-monitor",
       tw("HomeTechWire", "Lintel Home extends its tumble dryer recall to another 140,000 machines made between 2019 and 2022 {url:https://hometechwire.example/lintel-recall-extended}"),
       expect(MON, "low", "safety", "indirect"), note="recall news is not a person at risk")

    # ---- Legal and regulator threats, rude customers
    SC("lh-small-claims-washer-leaks", "legal-threat-not-urgent",
       tw("roz_etheridge", f"@{B} 11 weeks. 3 engineers. washer STILL leaks all over the floor. letter before action went this morning, see you at the small claims court"),
       expect(RP, "high", "repairs", "direct"))
    SC("lh-trading-standards-sold-recalled", "legal-threat-not-urgent",
       tw("nev_aspinall", "Reporting Lintel Home to Trading Standards. Sold me a 'new' dryer in January that was already on their recall list. It's been unplugged in the garage since, and they won't take it back."),
       expect(RP, "high", "safety", "indirect"), note="a regulator threat about a recalled dryer that is unplugged: high, not urgent")
    SC("lh-abuse-useless-no-shows", "abuse-with-problem",
       tw("dean_corless", f"@{B} absolute clowns. 3 weeks no dishwasher, 2 engineer no shows, 0 phone calls. sort it out you useless pr*cks"),
       expect(RP, "high", "repairs", "direct"))
    SC("lh-abuse-caps-call-out-charge", "abuse-with-problem",
       tw("shaz_mcgarry", "LINTEL YOU ARE A JOKE. £89 CALL OUT CHARGE FOR A BLOKE WHO LOOKED AT MY OVEN FOR 2 MINUTES AND LEFT. REFUND ME NOW YOU THIEVING B*STARDS"),
       expect(RP, "high", "payments", "indirect"), note="all caps, the brand as the first word, not tagged: a rude customer with a real charge",
       known_miss="addressed: 'LINTEL YOU ARE A JOKE' speaks to the brand by name, read as direct where the set says indirect")

    # ---- The beam over the door, the crag, the builder
    SC("lh-common-steel-lintel-cracked", "common-word",
       tw("bricky_col", "steel lintel over the patio doors has cracked right across and the brickwork above has dropped a good 5mm 😬 structural engineer coming tues, fingers crossed it's not the whole back wall"),
       expect(IGN, "low", ANY, "none"), note="a builder's lintel; 'engineer' is a plan keyword, so the topic doesn't matter")
    SC("lh-common-diy-props-fridge-freezer", "common-word",
       tw("domrenovates", "how long do you leave the acrow props in after fitting a new concrete lintel? knocking through from the kitchen to fit a bigger fridge freezer #diy #renovation"),
       expect(IGN, "low", None, "none"), note="a DIY lintel, next to an appliance that could be the brand's")
    SC("lh-namesake-lintel-crag", "namesake",
       tw("crag_rat_izzy", "Lintel Crag was heaving today. the Overhang's still greasy after all that rain so we stuck to the slabs on the left. cracking pint in Thornby after 🧗"),
       expect(IGN, "low", None, "none"))
    SC("lh-namesake-lintel-homes-builder", "namesake",
       tw("pike_lane_pete", "Lintel Homes have started on the 40 new houses off Pike Lane. diggers from 7am, mud all over the road, lorries parked on the pavement and nobody answers the site office phone. lovely."),
       expect(IGN, "low", None, "none"), note="a sarcastic complaint, but about a house builder of a similar name")
    anya = tw("anya_brockhurst", "damp patch above the kitchen window keeps coming back every time it rains. builder reckons it might be the lintel?? does anyone actually understand this stuff")
    SC("lh-common-cavity-tray-in-thread", "common-word",
       tw("surveyor_mags", "@anya_brockhurst the lintel itself is usually fine, it's more often the cavity tray above it that's failed or the weep vents are blocked. worth getting someone up a ladder before anyone starts knocking out brickwork",
          reply_to=anya),
       expect(IGN, "low", None, "none"), note="a reply in someone else's thread, but about a real lintel: no brand to find")

    # ---- Other people's conversations
    kirsty = tw("kirsty_balla", "thinking of getting a new washing machine, any recs? budget's about £400 and it has to survive two rugby lads")
    SC("lh-venting-drum-kit-spin", "third-party-venting",
       tw("lou_fennimore", "@kirsty_balla whatever you do don't get a Lintel. ours has had an engineer out 4 times in a year and the drum still bangs like a drum kit on the spin",
          reply_to=kirsty),
       expect(MON, "low", "repairs", "third_party"))
    meg = tw("meg_oyelaran", "how is anyone drying clothes this week, it hasn't stopped raining since Sunday 😩")
    SC("lh-venting-recalled-dryer-unused", "third-party-venting",
       tw("craig_mottram", "@meg_oyelaran we can't use ours, it's a Lintel and it's on the recall list. been waiting 5 weeks for them to come and swap it. clothes horse in every room",
          reply_to=meg),
       expect(MON, "low", "safety", "third_party"),
       note="a recalled dryer, but it is not being used: venting to a friend, not a danger, don't butt in")
    becca = tw("becca_lindqvist", "what did everyone get up to this weekend? we painted the hall. living the dream",
               when="2027-03-01T08:30:11Z")
    SC("lh-venting-fire-brigade-2am", "third-party-venting",
       tw("sam_harrowgate", "@becca_lindqvist fire brigade at 2am 🙃 the Lintel dryer went up in the utility room, smoke alarm saved us. everyone's fine, the utility room is not",
          reply_to=becca, when="2027-03-01T08:47:29Z"),
       expect(MON, ANY, "safety", "third_party"), strict=False,
       note="a product fire told to a friend, after the fact, everyone safe: don't butt in publicly. A product-safety lead would "
            "still want it in front of the recall team (and might reach out privately), so the priority is open")
    nadia = tw("nadia_quarrie", "is it normal for a brand new dishwasher to smell a bit funny? first wash last night")
    SC("lh-chatter-new-dishwasher-smell", "third-party-chatter",
       tw("pauline_grimes", "@nadia_quarrie totally normal for the first few washes, ours was a Lintel and the new smell went after about a week. run it empty on the hottest setting",
          reply_to=nadia),
       expect(MON, "low", None, "third_party"),
       known_miss="'ours was a Lintel' with 'dishwasher', not a plan keyword: no word of the business, read as another entity")

    # ---- Complaints, with and without complaint words
    SC("lh-morning-off-window-8-12", "complaint-direct",
       tw("ashok_raval", f"@{B} took the morning off for the engineer. window 8-12. it's 2:15.", when="2027-03-03T14:15:08Z"),
       expect(RP, "normal", "repairs", "direct"), note="no complaint word at all")
    SC("lh-wrong-fridge-freezer-cool-box", "complaint-indirect",
       tw("beth_carnaby", "Lintel delivered the wrong fridge freezer, took our old one away anyway, so now we've got no fridge at all and it's 4 days for the right one. cool box on the back step like it's 1974"),
       expect(RP, "normal", "orders", "indirect"), note="a story, not a complaint word; named, not tagged")
    SC("lh-in-passing-nits-gin", "complaint-in-passing",
       tw("ste_mulgrew", f"what a week. car's in the garage, the kids have got nits, and the @{B} engineer no showed on tuesday. gin o'clock",
          when="2027-03-03T19:20:44Z"),
       expect(RP, "normal", "repairs", "indirect"))
    SC("lh-sarcasm-cheery-tune", "sarcasm-customer",
       tw("callum_devlin", "love that my brand new Lintel washer plays a cheery little tune when it's done. shame the 'quick wash' takes 3 hours 40 🎶"),
       expect(RP, "normal", None, "indirect"), note="sarcasm with no complaint word and no topic keyword",
       known_miss="'my brand new Lintel washer': 'washer' is not a plan keyword, so the name reads as another entity")
    SC("lh-sarcasm-monday-to-friday-window", "sarcasm-customer",
       tw("orla_fitzw", f"thank you @{B} for the 'sometime between monday and friday' engineer visit. really helps with holding down a job 🙏"),
       expect(RP, "normal", "repairs", "indirect"), note="a 'thank you' that is a complaint")

    # ---- Questions, one followed up in the brand's thread
    wyn = tw("wyn_pritchard", f"@{B} does the guarantee cover it if the dog's chewed the rubber round the dishwasher door? asking for a friend (the friend is the dog) 🐶",
             when="2027-03-02T11:02:37Z")
    SC("lh-question-dog-chewed-guarantee", "question", wyn, expect(RP, "normal", "warranty", "direct"))
    wyn_brand = tw(B, "@wyn_pritchard Ha, hello to the friend 🐶 Chewing isn't covered by the guarantee, sadly, but a new door seal is £18.50 in our online shop and takes about five minutes to fit.",
                   reply_to=wyn, when="2027-03-02T11:25:50Z")
    SC("lh-dog-seal-delivery-letterbox", "thread-with-brand",
       tw("wyn_pritchard", "ha fair enough, he's unrepentant. if I order one do I need to be in for the delivery or does it fit through the letterbox?",
          reply_to=wyn_brand, when="2027-03-02T11:41:13Z"),
       expect(RP, "normal", "orders", "direct"), note="a new question in the brand's thread without @; nothing is still wrong")
    SC("lh-question-check-recall-not-urgent", "question",
       tw("mo_stallard", f"@{B} is there a way to check if our dryer's in the recall without ringing up? not urgent, it's been fine for years, just saw something on the news"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="the customer says it isn't urgent and nothing is wrong with the dryer; a lead might still treat any possible "
            "recalled dryer as urgent until the model is checked")

    # ---- Praise
    SC("lh-praise-darren-cuppa", "praise",
       tw("kathleen_oakes", f"shout out to Darren the @{B} engineer who fixed our oven in 20 mins on a saturday, explained what had gone and wouldn't even take a cuppa 👏"),
       expect(RP, "low", "repairs", "indirect"))

    # ---- Big reach, and a repost of it
    chef = tw("ChefRuaridh", f"Three weeks without a working oven in our test kitchen because @{B} can't find one heating element. Three. Weeks. We film a cookery show in here.",
              when="2027-03-02T10:31:06Z", metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12800, "quote_count": 210})
    SC("lh-big-reach-chef-oven-element", "big-reach", chef, expect(RP, "high", "parts", "indirect"),
       note="1.24m followers; a part missing for three weeks")
    SC("lh-big-reach-app-wants-contacts", "big-reach",
       tw("gadgetgwen", f"The @{B} app now wants my location, contacts AND microphone before it'll let me start the dishwasher. Absolutely not. Why does a dishwasher need my contacts?",
          metrics={"retweet_count": 840, "reply_count": 300, "like_count": 6100, "quote_count": 95}),
       expect(RP, "high", "app", "indirect"), note="640k followers; a complaint about the app's permissions")

    # ---- The brand's own number, spam, chatter, odd input
    SC("lh-hotline-recall-line-cut-off", "public-hotline-number",
       tw("trev_ainsworth", f"rang the @{B} recall line on 0808 157 0462 three times today. 50 mins then cut off. 45 mins, cut off. an hour, cut off. how is anyone meant to book the fix?"),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="the number is the brand's own recall line, not the customer's; three failed calls in a day make it a strong complaint")
    SC("lh-spam-follower-seller", "spam",
       tw("boostlyreach_x", f"@{B} 📈 Want more followers? 10K REAL followers for just $19 ✅ 100% safe, results in 24h 👉 {{url:https://boostly-reach.example/buy}}"),
       expect(IGN, "low", None, "direct"), note="a follower seller tagging the brand")
    SC("lh-chatter-dancing-fridge-magnets", "chatter-monitor",
       tw("telly_tess", "the Lintel Home advert with the dancing fridge magnets is genuinely the best 30 seconds on telly right now"),
       expect(MON, "low", None, "indirect"))
    SC("lh-html-oven-renamed-script", "html-entities",
       tw("kofi_webdev", f"@{B} renamed my oven in the app &amp; now it's called &lt;img src=x onerror=alert(1)&gt; and I can't change it back. how do I reset it?"),
       expect(RP, "normal", "app", "direct"))

    # ---- Private details
    SC("lh-card-number-warranty-twice", "private-details",
       tw("barry_tillotson", f"@{B} you've charged me twice for the extended warranty. 2 x £149 on card 5555 5555 5555 4444 on 26 Feb. want one of them back please"),
       expect(RV, "normal", "payments", "direct"), note="a full card number in public")
    SC("lh-pl-telefon-email-pralka", "non-english",
       tw("marta_zielinska", f"@{B} dzień dobry, pralka ma awarię po dwóch miesiącach, serwisant nie przyszedł w piątek. Proszę o kontakt: 07700 900731, marta.zielinska@example.com", lang="pl"),
       expect(RV, "normal", "repairs", "direct"), note="Polish: a broken washer and a no-show; a phone number and an email address in public")

    # ---- A door seal that keeps not arriving
    jo = tw("jo_brindley", f"@{B} where's my replacement door seal? it's been 12 days", when="2027-03-01T12:10:31Z")
    jo_brand = tw(B, "@jo_brindley Sorry Jo, it left our warehouse yesterday and the courier has it down for Wednesday.",
                  reply_to=jo, when="2027-03-01T12:36:02Z")
    SC("lh-repeat-third-by-wednesday", "repeat-contact",
       tw("jo_brindley", f"@{B} it's thursday. still no seal. that's the third 'it'll be with you wednesday' I've had", reply_to=jo_brand,
          when="2027-03-04T09:15:47Z"),
       expect(RP, "high", "parts", "direct"), note="the brand promised Wednesday; the third broken promise")

    # ---- The brand's app post: a question under it, a quote
    app_post = tw(B, "New in the Lintel app 📱 start, pause and check any of your smart appliances from your phone, wherever you are.",
                  when="2027-03-02T08:00:00Z")
    SC("lh-app-2021-dishwasher-not-found", "question-in-reply-to-brand",
       tw("raj_halewood", "does this work with the 2021 dishwashers or only the newer smart ones? ours has wifi but the app just says 'no appliances found'",
          reply_to=app_post, when="2027-03-02T08:37:19Z"),
       expect(RP, "normal", "app", "direct"))
    SC("lh-quote-wherever-you-are", "quote",
       tw("sian_tapley", "'wherever you are' - love that for you. the app logs me out every single morning and has forgotten my oven exists twice 🙃",
          quote=app_post, when="2027-03-02T09:02:48Z"),
       expect(RP, "normal", "app", "indirect"), strict=False, note="quotes the brand's post without tagging it; sarcastic")

    # ---- Other languages
    SC("lh-pt-encomenda-entrega", "non-english",
       tw("tiago_rebelo", f"@{B} boa tarde, a minha encomenda (máquina de lavar) ainda não chegou e o site não diz nada. Quando é a entrega? Já paguei há 10 dias", lang="pt"),
       expect(RP, "normal", "orders", "direct"))
    return brand


BRANDS["lintel-home"] = ("LintelHome", 4145678914, build_lintel_home)
