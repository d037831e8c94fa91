# Morsel (Morsel Foods): a made-up food manufacturer from Dunmoor. Morsel Crunch cereal bars,
# Morsel Pops snacks, Morsel Kitchen ready meals and Tiny Tummies baby food (pouches and
# jars), sold in supermarkets (the made-up Haldanes, Cobbetts and ValueMart) and in its own
# online shop, with a careline on 0808 157 0418. Ingredients and allergens, recalls and batch
# codes, illness after eating, quality problems (foreign objects, mould, crushed or
# underfilled packs), recipes and nutrition, price and pack size ("shrinkflation"),
# availability in shops, promotions and vouchers, and online orders and subscriptions.
# "Morsel" is also an everyday word (a small bite of food: "a tasty morsel", "not a morsel
# left"), Morsel dog treats sold at Waggingtons (a made-up pet shop), Morsel the cookery
# podcast, Morsel the café on Tanner Street, and a surname (a retiring GP): none of them is
# the food maker.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week is
# Monday 7 to Sunday 13 June 2027, during a product recall: Tiny Tummies Apple, Pear & Oat
# pouches from batches L7148 and L7151 may hold small pieces of hard plastic (announced on the
# Monday morning). Shrinkflation on the ready meals is the week's other story.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, shop,
# product, order and account number, phone number, card number, address and email address
# here is made up. Phone numbers are from the UK drama ranges; the card number is a
# Luhn-valid test number.


def build_morsel_foods():
    global CURRENT_BRAND, CLOCK
    brand = Brand("morsel-foods", SCEN_DIR / "morsel-foods.plan.toml", "MorselFoods", 4389012336, 1861220000000004001)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-06-06T21:00:00Z")
    B = "MorselFoods"
    user(B, "Morsel", 4389012336,
         "Morsel 🥣 Crunch bars, Pops, Morsel Kitchen meals and Tiny Tummies baby food, made in Dunmoor. Careline "
         "0808 157 0418, 8am–8pm Mon–Sat. Recall info: morselfoods.example/recall. Please never post card or order numbers here.",
         48_600, following=910, tweets=27_300, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9140100000 + _n[0] * 4129, bio, followers, **kw)

    person("jess_okafor_mf", "Jess Okafor", "Mum of Ada (9 months). Physio. Dunmoor.", 310)
    person("beckylowther_mf", "Becky Lowther", "Mum of Alfie (nearly 6!). School office. Party planner by force.", 220)
    person("priya_nair_mf", "Priya Nair", "Mum of Arlo 🍼 CMPA mum. Reads every label.", 180)
    person("paul_ashdown_mf", "Paul Ashdown", "Retired. Notices things. Writes letters.", 95)
    person("chloe_fenn_mf", "Chloe Fenn", "Sesame allergic since birth. Ask me about label reading.", 1400)
    person("grant_mullen_mf", "Grant Mullen", "Quantity surveyor. Numbers don't lie.", 260)
    person("snackprizes_mf", "Snack Prizes UK 🎁", "Daily snack giveaways!! Follow + RT to WIN 🎉", 5100, following=4900)
    person("ava_sinclair_mf", "Ava Sinclair", "Marketing. Oat latte. Opinions.", 890)
    person("ben_carver_mf", "Ben Carver", "Gym, graft, cereal bars.", 430)
    person("josh_hale_mf", "Josh Hale", "Delivery driver. Lives on snacks between drops.", 140)
    person("amy_renshaw_mf", "Amy Renshaw", "Mum of 3, cook of none.", 380)
    person("liam_kerr_mf", "Liam Kerr", "Sparky. Dunmoor. Hungry.", 160)
    person("pun_pat_mf", "Pat Quigley", "Puns are a public service.", 240)
    person("fran_wilde_mf", "Fran Wilde", "Mum of Nell (6). Teaching assistant.", 270)
    person("sundaycook_ben", "Ben Okoro", "Sunday roasts and my nan's recipes.", 610)
    person("kieran_doyle_mf", "Kieran Doyle", "Commuter. Dunmoor → Wexbridge, 7.12 every morning.", 200)
    person("tom_briggs_mf", "Tom Briggs", "Dad of two. Plumber. Crisps connoisseur.", 150)
    person("nadia_qureshi_m", "Nadia Qureshi", "31 weeks with baby no.1 🤰 Accountant.", 340)
    person("maya_lin_mf", "Maya Lin", "PhD student. Runs on snacks.", 520)
    person("darren_hulme_mf", "Darren Hulme", "", 35)
    person("dan_cheung_mf", "Dan Cheung", "Software tester. Dad. Dunmoor.", 290)
    person("niamhbrennan_mf", "Niamh Brennan", "Mum of 4. Feeding an army on a budget.", 730)
    person("janet_olley_mf", "Janet Olley", "Nan of 7. Knitting, crosswords, complaints.", 120)
    person("MorselCareTeam", "Morsel Careline Support ✅", "Official Morsel customer support 24/7 ✅ DM us for refunds and vouchers",
           31, following=4500)
    person("hannah_webb_mf", "Hannah Webb", "Mum of Poppy (11 months). HR.", 210)
    person("kwame_asante_mf", "Kwame Asante", "Chef. Cookbooks, telly and honest food 🍲 Restaurants in Leeds and Bristol.",
           1_340_000, following=820, listed=5200, verified=True)
    person("auntie_jo_mf", "Jo Pembridge", "Auntie, nan, reposter of everything.", 70)
    person("ray_dobson_mf", "Ray Dobson", "Grandad on nursery duty 3 days a week.", 110)
    person("birdy_bev_mf", "Bev Lawton", "Garden birds, bird tables and far too many feeders.", 2600)
    person("morselpod", "Morsel 🎙️ the cookery podcast", "Two chefs, one kitchen, strong opinions. New episodes Tuesdays.",
           18_200, following=400)
    person("sam_oconnor_mf", "Sam O'Connor", "Student. Dunmoor Uni. Broke.", 180)
    person("sophie_lake_mf", "Sophie Lake", "Mum of Jude (1). Midwife on maternity leave.", 950)
    person("lucia_moreno_mf", "Lucía Moreno", "Sevillana en Dunmoor. Mamá de Leo (8 meses).", 240)
    person("zoe_park_mf", "Zoe Park", "Mum of Ollie (10 months). Surviving on coffee.", 330)
    person("harriet_cole_mf", "Harriet Cole", "Mum of twins. Seen it all.", 450)
    person("gemma_strand_mf", "Gemma Strand", "Mum of 3. Couponing queen 🛒", 1200)
    person("mark_ellery_mf", "Mark Ellery", "Dad of Sam (5, nut allergy). Primary teacher.", 310)
    person("marco_rinaldi_m", "Marco Rinaldi", "Bolognese a Dunmoor. Cuoco per passione.", 170)
    person("gav_tunstall_mf", "Gav Tunstall", "Forklift driver. Dunmoor till I die.", 90)
    person("sannedevries_mf", "Sanne de Vries", "Rotterdamse in Dunmoor. Moeder van Bram (1).", 150)
    person("rita_sousa_mf", "Rita Sousa", "De Braga para Dunmoor. Mãe da Inês.", 200)
    person("growthguru_mf", "Growth Guru 🚀", "Real followers, real growth 📈 Cheapest on X. DM for prices.", 880, following=4900)
    person("claire_dubois_m", "Claire Dubois", "Lyonnaise à Dunmoor. Prof de français.", 260)
    person("waggy_wendy_mf", "Wendy Ames", "Mum to Pepper the cocker spaniel 🐶 and two cats who hate her.", 780)
    person("spanielsteve_mf", "Steve Harlow", "Springer spaniel dad. Muddy boots.", 330)
    person("raj_patel_dmr", "Raj Patel", "Dad of Mira (9, type 1 💙). Runner. Spreadsheets.", 560)
    person("xss_sam_mf", "Sam Rutter", "Web app tester. I break checkouts for a living.", 2300)
    person("jens_keller_mf", "Jens Keller", "Aus Hamburg in Dunmoor. Vater von zwei.", 130)
    person("themumlife_mf", "Hayley Dunn | The Mum Life", "Parenting, honestly 💬 860k here, a podcast and a book. Mum of 3.",
           860_000, following=1500, listed=3100, verified=True)
    person("helen_fraser_mf", "Helen Fraser", "Environmental scientist. Mother. Won't be fobbed off.", 670)
    person("shelf_talk_mf", "Shelf Talk", "News for the grocery and packaged goods trade.", 52_000, following=1200, verified=True)
    person("dunmoorgazette", "Dunmoor Gazette", "News from Dunmoor and the Tane valley since 1868.", 24_000, following=700, verified=True)
    person("will_turner_mf", "Will Turner", "Dad of Jack (2). Night shifts.", 120)
    person("castlest_gp_mf", "Castle Street Surgery", "GP surgery, Castle Street, Dunmoor. We can't give medical advice here; call 111.",
           3900, following=150)
    person("mo_rahman_mf", "Mo Rahman", "Student. Eats like one.", 260)
    person("dadjokes_del_mf", "Del Foster", "Dad jokes, served warm.", 190)
    person("ollie_grant_mf", "Ollie Grant", "Chilli fiend. Hot sauce collection out of control.", 640)
    person("leah_green_mf", "Leah Green", "Nurse. Snacker. 10 years a Crunch girl.", 380)
    person("ruth_adeyemi_mf", "Ruth Adeyemi", "Mum. Bookkeeper. Cat owner.", 230)
    person("fi_mcbride_mf", "Fiona McBride", "Mum of Rosa (1). Recovering worrier.", 260)
    person("lisa_morgan_mf", "Lisa Morgan", "Busy mum, lunchbox engineer.", 140)
    person("petefairclough", "Pete Fairclough", "Retired postman. No internet banking, thank you.", 45)
    person("shopping_sal_mf", "Sally Prior", "Budget shop queen. Deals, hauls, meal plans.", 3100)
    person("bake_off_bea_mf", "Bea Lindqvist", "Learning to bake, one disaster at a time.", 210)
    person("hungry_harry_mf", "Harry Nolan", "Will eat anything you bake.", 150)
    person("office_olu_mf", "Olu Bankole", "Office manager. Keeper of the snack drawer.", 330)
    person("mummy_meet_dm", "Dunmoor Mums Meet", "Coffee, prams and no judgement. Dunmoor.", 2700)

    # ---- Monday 7 June ------------------------------------------------------------------
    recall_post = tw(B, "Product recall: if you have Morsel Tiny Tummies Apple, Pear &amp; Oat pouches (100g) with batch codes L7148 or L7151, please don't feed them to your baby. They may contain small pieces of hard plastic. Return them to any shop for a full refund, no receipt needed. We're so sorry.",
                     when="2027-06-07T06:30:00Z")
    SC("morsel-brand-own-recall-notice", "brand-own-post", recall_post, expect(IGN, "low", "recall", "none"))
    choke = tw("jess_okafor_mf", f"@{B} my 9 month old just gagged on a hard bit of plastic from one of your Tiny Tummies apple &amp; pear pouches. got it out of her mouth, she's coughing but breathing. batch says L7151 is that the recalled one?? what do I do, do I take her in",
               when="2027-06-07T07:41:18Z")
    SC("morsel-safety-plastic-pouch-gagged", "safety-urgent", choke, expect(RP, "urgent", "recall", "direct"),
       note="a baby who has just gagged on plastic from a recalled pouch; panicking mum, right now")
    choke_brand = tw(B, "@jess_okafor_mf Jess, yes, L7151 is one of the recalled batches. If she has any trouble breathing or swallowing call 999 now; otherwise please get her checked by 111 or your GP this morning. Our food safety manager Tom will ring you within the hour if you DM us your number.",
                     reply_to=choke, when="2027-06-07T07:52:40Z")
    SC("morsel-thread-doctor-checked-ada", "thread-with-brand",
       tw("jess_okafor_mf", "thank you Tom for ringing so quickly. the doctor at the walk-in checked her throat, nothing stuck, and she's back to pulling the cat's tail. the pouch is in a freezer bag waiting for you",
          reply_to=choke_brand, when="2027-06-07T11:20:05Z"),
       expect(RP, "low", "illness", "direct"),
       note="back in the brand's thread without @: the scare is over and the baby is fine, so thanks, not urgent")
    order = tw("beckylowther_mf", f"@{B} ordered the 24-bar variety box from your online shop on 28 May for my son's birthday party. tracking has said 'out for delivery' since Thursday. party is Saturday. any chance of it turnin up??",
               when="2027-06-07T08:32:51Z")
    SC("morsel-complaint-party-box-late", "complaint-direct", order, expect(RP, "normal", "orders", "direct"))
    order_brand = tw(B, "@beckylowther_mf Sorry Becky, that parcel is stuck at the courier's Wexbridge depot. I've sent a replacement box by next-day delivery today, so it'll be with you by Wednesday, and I've refunded your postage.",
                     reply_to=order, when="2027-06-07T09:06:12Z")
    SC("morsel-brand-reply-party-box", "brand-own-post", order_brand, expect(IGN, "low", "orders", "none"))
    SC("morsel-medical-cmpa-porridge", "medical-urgent",
       tw("priya_nair_mf", f"@{B} does the Tiny Tummies banana &amp; oat porridge actually contain cows' milk, or is it just 'may contain'? Arlo is 7 months with CMPA and the last time he had dairy he ended up in hospital. can't get a straight answer from the pack",
          when="2027-06-07T09:30:44Z"),
       expect(RP, "urgent", "allergens", "direct"),
       note="a calm question, but about a baby's milk allergy that has put him in hospital before")
    SC("morsel-news-gazette-recall", "news-monitor",
       tw("dunmoorgazette", "Morsel recalls Tiny Tummies baby pouches over fears of hard plastic pieces. Batches L7148 and L7151 are affected and parents are told to return them to shops {url:https://dunmoorgazette.example/news/morsel-pouch-recall}",
          when="2027-06-07T10:15:00Z"),
       expect(MON, "low", "recall", "indirect"))
    SC("morsel-indirect-mac-cheese-shrunk", "complaint-indirect",
       tw("paul_ashdown_mf", "Morsel Kitchen mac &amp; cheese has gone from 400g to 340g and the price has gone UP by 30p. Noticed it in Haldanes this morning. Shrinkflation at its finest.",
          when="2027-06-07T11:02:37Z"),
       expect(RP, "normal", "price", "indirect"), note="names the brand without a tag, about what he bought",
       known_miss="round 11, not met yet: action: want \"respond_public\", got ignore; priority: want \"normal\", got low; addressed: want \"indirect\", got none; the engine read: 'Morsel Kitchen' is another entity, not the brand | topic price: 'price', 'prices', 'priced', 'shrinkflation'")
    SC("morsel-medical-sesame-psa-epipen", "medical-urgent",
       tw("chloe_fenn_mf", "If you have a sesame allergy please DON'T eat the new Morsel Crunch honey &amp; oat bars. Sesame is nowhere on the label but I reacted within minutes, hives and my throat closing. Used my EpiPen and I'm sat in A&amp;E now. Please share.",
          when="2027-06-07T11:46:09Z"),
       expect(RP, "urgent", "allergens", "indirect"),
       note="told to everyone, not to the brand: an undeclared allergen that has just sent someone to A&E")
    SC("morsel-legal-trading-standards-lasagne", "legal-threat-not-urgent",
       tw("grant_mullen_mf", f"@{B} your Family Size lasagne is now 800g not 1kg, same £5.50 price, same box, not a word on the pack. Shrinkflation by stealth. I've reported it to Trading Standards today and I'm writing to my MP.",
          when="2027-06-07T12:31:55Z"),
       expect(RP, "high", "price", "direct"), note="a regulator complaint: strong, not urgent")
    SC("morsel-spam-giveaway-year-snacks", "spam",
       tw("snackprizes_mf", "🎉 GIVEAWAY 🎉 WIN a whole YEAR of Morsel snacks worth £500!! follow us, RT and tag 3 friends, then pop your card details in to cover postage 👉 {url:https://morsel-winners-claim.example}",
          when="2027-06-07T13:00:00Z"),
       expect(IGN, "low", "promotions", "indirect"), note="a fake giveaway fishing for card details")
    SC("morsel-sarcasm-bonus-air", "sarcasm-customer",
       tw("ava_sinclair_mf", f"love that @{B} cereal bars now come with a free bonus: 30% more air in the wrapper and a smaller bar for the same price 👏 truly spoiling us",
          when="2027-06-07T13:42:16Z"),
       expect(RP, "normal", "price", "indirect"), note="sarcasm from a customer is a complaint")
    promo = tw(B, "NEW 🎉 Morsel Crunch bars are now 10% bigger for the same price! Look out for the orange wrapper in Haldanes, Cobbetts and ValueMart from this week 🧡",
               when="2027-06-07T14:30:00Z")
    SC("morsel-quote-bigger-after-shrank", "quote",
       tw("ben_carver_mf", "'10% bigger' after you shrank them by a quarter last year. bold 🙃",
          quote=promo, when="2027-06-07T14:51:03Z"),
       expect(RP, "normal", "price", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about the pack size")
    SC("morsel-q-reply-bigger-bars-in-stock", "question-in-reply-to-brand",
       tw("josh_hale_mf", "are the bigger ones in stock at ValueMart yet? I can't find them anywhere round Dunmoor",
          reply_to=promo, when="2027-06-07T15:12:29Z"),
       expect(RP, "normal", "availability", "direct"), note="a question in reply to the brand's post, no @")
    tea = tw("amy_renshaw_mf", "what's everyone having for tea tonight, I have zero inspiration and three hungry kids", when="2027-06-07T16:00:00Z")
    lasagne = tw("liam_kerr_mf", "@amy_renshaw_mf anything but a Morsel Kitchen lasagne. had one saturday, stone cold and undercooked in the middle and burnt round the edges after the full 8 mins. never again",
                 reply_to=tea, when="2027-06-07T16:14:48Z")
    SC("morsel-venting-lasagne-to-friend", "third-party-venting", lasagne, expect(MON, "low", "quality", "third_party"),
       note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("morsel-joke-clue-in-the-name", "joke-bystander",
       tw("pun_pat_mf", "@liam_kerr_mf @amy_renshaw_mf the clue's in the name mate, a Morsel was never going to feed a grown man 😂",
          reply_to=lasagne, when="2027-06-07T16:31:22Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name in someone else's thread")
    SC("morsel-safety-microwave-lid-scald", "safety-urgent",
       tw("fran_wilde_mf", f"@{B} the film on your Morsel Kitchen cottage pie blew off in the microwave and boiling sauce went all over my 6 year old's arm. she's scalded, big blisters already. we're on the way to A&amp;E. these need a warning",
          when="2027-06-07T17:28:40Z"),
       expect(RP, "urgent", "illness", "direct"), note="a child burned by the product this evening")
    SC("morsel-chatter-train-coffee-bar", "chatter-monitor",
       tw("kieran_doyle_mf", "every single morning: 7.12 train, bad coffee, Morsel bar, stare out the window. livin the dream",
          when="2027-06-07T19:05:12Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer",
       known_miss="round 11, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Morsel in a post to everyone | complaint (0.56)")

    # ---- Tuesday 8 June -----------------------------------------------------------------
    mould = tw("tom_briggs_mf", f"@{B} opened a Morsel Crunch choc chip bar for my daughter's packed lunch and the whole underneath is mouldy, green fuzzy mould. caught it before she ate any. bought a 6 pack from Cobbetts on Saturday. not impressed",
               when="2027-06-08T07:31:02Z")
    SC("morsel-complaint-mouldy-lunchbox-bar", "complaint-direct", mould, expect(RP, "normal", "quality", "direct"),
       note="nobody ate it: a quality complaint, not a medical one")
    mould_brand = tw(B, "@tom_briggs_mf That's horrible, Tom, I'm sorry. Please keep the bar and wrapper: our quality team will post you a prepaid bag today so we can test it, and a £10 voucher. I'll check back with you tomorrow.",
                     reply_to=mould, when="2027-06-08T08:04:33Z")
    SC("morsel-medical-pregnant-listeria", "medical-urgent",
       tw("nadia_qureshi_m", f"@{B} I'm 31 weeks pregnant and ate half a Morsel Kitchen chicken &amp; leek pie last night before I noticed grey mould under the pastry. should I be worried about listeria? I feel ok so far. midwife line isn't picking up",
          when="2027-06-08T08:33:27Z"),
       expect(RP, "urgent", "illness", "direct"), note="a calm question about a risk in pregnancy: a medical need")
    SC("morsel-question-recipe-changed", "question",
       tw("maya_lin_mf", f"@{B} have you changed the recipe of the Crunch choc chip bars? they taste much sweeter and the texture is different. is there more sugar in them now?",
          when="2027-06-08T09:02:19Z"),
       expect(RP, "normal", "recipe", "direct"))
    SC("morsel-threat-careline-kayleigh", "threat-urgent",
       tw("darren_hulme_mf", f"@{B} tell Kayleigh on your careline she'd better hope I never find out which estate in Dunmoor she lives on. hung up on me twice about my refund. people like her get what's coming",
          when="2027-06-08T10:01:44Z"),
       expect(ANY, "urgent", "orders", "direct"),
       note="a threat against a named careline agent, with a complaint: only the priority is strict")
    SC("morsel-private-order-email", "private-details",
       tw("dan_cheung_mf", f"@{B} order MF-2231907 never arrived, paid £38.40 and the tracking hasn't moved since 2 June. the email on my account is dan.cheung@mailbox.example, please refund or resend",
          when="2027-06-08T10:44:10Z"),
       expect(RV, "normal", "orders", "direct"), note="an order number and an email address in public")
    SC("morsel-sarcasm-family-size-one", "sarcasm-customer",
       tw("niamhbrennan_mf", "Thank you Morsel for the 'Family Size' lasagne that now feeds precisely one member of the family. The kids got a spoonful each. Love it for us 🙃",
          when="2027-06-08T11:30:51Z"),
       expect(RP, "normal", "price", "indirect"), note="sarcasm about a shrunken pack, brand named without a tag")
    hotline = tw("janet_olley_mf", f"@{B} been ringing 0808 157 0418 since 9 this morning about the recalled pouches, 55 minutes on hold and then it cuts off. I've got 8 of them, which batch codes exactly? and can I still get a refund if I've lost the receipt?",
                 when="2027-06-08T12:02:36Z")
    SC("morsel-hotline-on-hold-recall", "public-hotline-number", hotline,
       expect(RP, "normal", "recall", "direct"), strict=False,
       note="the brand's own careline number is not a private detail; nobody has eaten the pouches")
    SC("morsel-spam-fake-careline-card", "spam",
       tw("MorselCareTeam", "@janet_olley_mf Hi Janet! Morsel Careline here ✅ sorry about the wait. We can refund the recalled pouches from batch L7148 today, just DM us your full name, card number and the 3 digits on the back 💳",
          reply_to=hotline, when="2027-06-08T12:04:02Z"),
       expect(IGN, "low", "recall", "third_party"), note="a fake support account fishing for card details under a real customer's post",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a medical need: urgent | topic recall: 'recall', 'recalls', 'recalled', 'batch'")
    calm = tw("hannah_webb_mf", f"@{B} hi, I've only just seen the recall. Poppy had two of the apple &amp; pear pouches from batch L7148 last week. she seems completely fine, eating and sleeping normally. do I need to take her to the GP to be checked?",
              when="2027-06-08T13:15:08Z")
    SC("morsel-medical-recall-batch-eaten-calm", "medical-urgent", calm, expect(RP, "urgent", "recall", "direct"),
       note="calm, and the baby seems well, but it is a medical question about a baby who ate from a recalled batch")
    big = tw("kwame_asante_mf", f"Shrinkflation, @{B} style: your Kitchen lasagne was 450g last year, 400g in March, 360g now, and the price has only gone up. Been cooking 25 years. Just be straight with people. #shrinkflation",
             when="2027-06-08T15:00:00Z",
             metrics={"retweet_count": 4100, "reply_count": 2600, "like_count": 51200, "quote_count": 780})
    SC("morsel-big-reach-chef-shrinkflation", "big-reach", big, expect(RP, "high", "price", "indirect"),
       note="1.3m followers; the handle in passing, in a post to everyone",
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: tags @MorselFoods in a post to everyone | general chatter about the brand | topic price: 'shrinkflation', 'price', 'prices', 'priced'")
    SC("morsel-repost-chef-shrinkflation", "repost", tw("auntie_jo_mf", "", retweet=big, when="2027-06-08T15:26:41Z"),
       expect(IGN, "low", "price", "indirect"))
    SC("morsel-hotline-praise-careline-lad", "public-hotline-number",
       tw("ray_dobson_mf", "Shout out to the lovely lad on Morsel's careline, 0808 157 0418. Rang in a flap about the pouch recall, he went through the batch codes with me, sorted it all and even asked after the baby. That's how it's done 👏",
          when="2027-06-08T16:33:50Z"),
       expect(RP, "low", "recall", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    SC("morsel-common-robin-cheddar", "common-word",
       tw("birdy_bev_mf", "The robin on the bird table took a morsel of cheddar straight from my hand this afternoon. Absolutely made my week 🐦",
          when="2027-06-08T17:10:27Z"),
       expect(IGN, "low", None, "none"), note="a morsel is a small bite of food")
    SC("morsel-namesake-podcast-episode", "namesake",
       tw("morselpod", "New episode of Morsel is out 🎙️ Ife and Jonno fall out over the perfect Yorkshire pudding recipe, plus your questions on salt, sugar and stock cubes {url:https://morselpod.example/ep112}",
          when="2027-06-08T18:00:00Z"),
       expect(IGN, "low", "recipe", "none"), note="the cookery podcast; recipe, salt and sugar are keywords",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Morsel in a post to everyone | news or an announcement about the brand | topic recipe: 'recipe', 'recipes', 'salt', 'sugar'")
    SC("morsel-in-passing-crushed-bars", "complaint-in-passing",
       tw("sam_oconnor_mf", f"Tuesday review: bus never came, spilled coffee on my laptop, landlord's putting the rent up, and the 12-pack I ordered from the @{B} online shop arrived with every bar crushed to crumbs. 2/10",
          when="2027-06-08T20:04:15Z"),
       expect(RP, "normal", "orders", "indirect"), note="the brand tagged in the middle of a bad day")

    # ---- Wednesday 9 June ---------------------------------------------------------------
    SC("morsel-safety-glass-jar-psa", "safety-urgent",
       tw("sophie_lake_mf", "PSA to every parent: found a sliver of glass at the bottom of a Morsel Tiny Tummies carrot &amp; sweet potato jar tonight, AFTER Jude had eaten most of it. He seems ok but I'm on the phone to 111. Check your jars before you feed them.",
          when="2027-06-09T07:12:30Z"),
       expect(RP, "urgent", "quality", "indirect"),
       note="told to everyone: a baby may have swallowed glass; no recall covers the jars")
    SC("morsel-es-bebe-vomitando-lote", "medical-urgent",
       tw("lucia_moreno_mf", f"@{B} mi bebé de 8 meses se tomó ayer una bolsita Tiny Tummies de manzana y pera del lote L7148. Hoy está vomitando, tiene fiebre y no quiere comer. ¿Puede haber tragado plástico? Vamos a urgencias ahora.",
          lang="es", when="2027-06-09T08:02:11Z"),
       expect(RP, "urgent", "illness", "direct"),
       note="Spanish: a baby who ate from a recalled batch is vomiting with a fever, on the way to A&E")
    SC("morsel-q-reply-recall-jars-too", "question-in-reply-to-brand",
       tw("zoe_park_mf", "is it only the pouches being recalled or the jars too? I've got a cupboard full of the jars and Ollie has one most days",
          reply_to=recall_post, when="2027-06-09T08:40:56Z"),
       expect(RP, "normal", "recall", "direct"), strict=False,
       note="a question about the recall's scope, nobody hurt; some agents would treat anything recall-related as urgent")
    worry = tw("zoe_park_mf", "just seen the baby pouch recall on the news and Ollie's had about 20 of them this month. feel sick",
               when="2027-06-09T09:00:00Z")
    SC("morsel-chatter-recall-batches-reassure", "third-party-chatter",
       tw("harriet_cole_mf", "@zoe_park_mf the Morsel recall is only batches L7148 and L7151, it's printed next to the best before on the back. ours were all fine x",
          reply_to=worry, when="2027-06-09T09:14:37Z"),
       expect(MON, "low", "recall", "third_party"), note="reassurance from a stranger in someone else's thread")
    SC("morsel-venting-haldanes-no-receipt", "third-party-venting",
       tw("gemma_strand_mf", "@zoe_park_mf took 6 of the recalled Morsel pouches back to Haldanes and they wouldn't take them without a receipt. the recall notice literally says no receipt needed. fuming",
          reply_to=worry, when="2027-06-09T09:31:05Z"),
       expect(MON, "low", "recall", "third_party"), note="venting in someone else's thread, brand not tagged")
    SC("morsel-medical-nut-free-epipen-ambulance", "medical-urgent",
       tw("mark_ellery_mf", f"@{B} URGENT your Crunch bar says NUT FREE on the wrapper and my son's lips are swelling up after two bites. gave him his epipen, ambulance is on the way. what is IN these??",
          when="2027-06-09T11:03:48Z"),
       expect(RP, "urgent", "allergens", "direct"), note="anaphylaxis in a child, right now")
    SC("morsel-it-codice-sconto", "non-english",
       tw("marco_rinaldi_m", f"@{B} buongiorno, il codice sconto della vostra newsletter non funziona nel negozio online, dice 'codice non valido'. È ancora valido fino a fine giugno? Grazie",
          lang="it", when="2027-06-09T12:05:22Z"),
       expect(RP, "normal", "promotions", "direct"), note="Italian: a newsletter discount code that doesn't work")
    SC("morsel-abuse-subscription-clowns", "abuse-with-problem",
       tw("gav_tunstall_mf", f"@{B} you useless bunch of clowns. 3 weeks since u took £42 for a subscription I cancelled in april. 2 emails ignored. refund my f***ing money",
          when="2027-06-09T13:00:39Z"),
       expect(RP, "high", "orders", "direct"), note="insults, but a real problem: money taken after a cancellation")
    SC("morsel-nl-potjes-uitverkocht", "non-english",
       tw("sannedevries_mf", f"@{B} waarom zijn de Tiny Tummies potjes overal uitverkocht? Al drie supermarkten geprobeerd en de schappen zijn leeg. Komen ze nog terug?",
          lang="nl", when="2027-06-09T14:02:13Z"),
       expect(RP, "normal", "availability", "direct"), note="Dutch: the baby jars are sold out everywhere")
    SC("morsel-pt-praise-recolha", "praise",
       tw("rita_sousa_mf", "Tenho de dizer: a Morsel foi impecável. Liguei por causa da recolha das saquetas, verificaram o lote comigo e devolveram o dinheiro no mesmo dia. Obrigada! 🙏",
          lang="pt", when="2027-06-09T15:01:40Z"),
       expect(RP, "low", "recall", "indirect"), note="Portuguese: thanks for how the recall was handled, brand named without a tag")
    SC("morsel-spam-followers", "spam",
       tw("growthguru_mf", f"@{B} 🚀 Boost your brand! 10,000 real followers for 29 dollars, 50k for 99. Grow fast, sell more 📈 DM now",
          when="2027-06-09T16:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("morsel-fr-metal-lasagne-bouche", "safety-urgent",
       tw("claire_dubois_m", f"@{B} j'ai trouvé un morceau de métal dans votre lasagne Morsel Kitchen ce soir. Mon mari s'est coupé l'intérieur de la bouche, ça saigne encore beaucoup. Il y en a peut-être d'autres dans les barquettes ? Que faut-il faire ?",
          lang="fr", when="2027-06-09T17:02:51Z"),
       expect(RP, "urgent", "quality", "direct"),
       note="French: a piece of metal in a ready meal, a man still bleeding from the mouth")
    SC("morsel-repeat-mould-no-call-back", "repeat-contact",
       tw("tom_briggs_mf", "still nothing. no bag, no voucher, no call. and tonight there's mould on ANOTHER bar from that pack, mouldy right through. 'I'll check back tomorrow' was yesterday.",
          reply_to=mould_brand, when="2027-06-09T18:12:26Z"),
       expect(RP, "high", "quality", "direct"), note="back in the brand's thread without @: the promised call never came")
    SC("morsel-namesake-dog-chews-back-in-stock", "namesake",
       tw("waggy_wendy_mf", "Waggingtons finally have the Morsel chicken chews back in stock!! Pepper has sulked at the treat cupboard for a fortnight 🐶",
          when="2027-06-09T19:31:07Z"),
       expect(IGN, "low", "availability", "none"), note="the dog treats sold at a pet shop; 'in stock' is a keyword",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Morsel in a post to everyone | general chatter about the brand | topic availability: 'in stock', 'stock'")
    drizzle = tw("bake_off_bea_mf", "made my first ever lemon drizzle, be honest 🍋", when="2027-06-09T20:00:00Z")
    SC("morsel-common-every-last-morsel", "common-word",
       tw("hungry_harry_mf", "@bake_off_bea_mf ate every last morsel, not even sorry",
          reply_to=drizzle, when="2027-06-09T20:12:44Z"),
       expect(IGN, "low", None, "none"), note="the everyday word, inside a reply")

    # ---- Thursday 10 June ---------------------------------------------------------------
    SC("morsel-medical-type1-carb-label", "medical-urgent",
       tw("raj_patel_dmr", f"@{B} the carbs on the Crunch choc chip bar say 12g per bar. Dosed Mira's insulin off that and she's had two bad hypos after school this week. is the nutrition info on the new bars wrong? she's type 1, this matters",
          when="2027-06-10T07:02:10Z"),
       expect(RP, "urgent", "illness", "direct"), note="a wrong carb count on a label sends a diabetic child hypo")
    SC("morsel-html-script-delivery-notes", "html-entities",
       tw("xss_sam_mf", f"@{B} your online shop checkout lets me put &lt;script&gt;alert('hi')&lt;/script&gt; in the delivery notes and runs it on the order page. also my actual order has been 'processing' for 6 days. fix both pls",
          when="2027-06-10T08:01:33Z"),
       expect(RP, "normal", "orders", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("morsel-de-durchfall-notaufnahme", "medical-urgent",
       tw("jens_keller_mf", f"@{B} Wir haben gestern Abend euer Hähnchen-Curry von Morsel Kitchen gegessen. Seit der Nacht haben meine Frau und beide Kinder Durchfall und erbrechen ständig, die Kleine (3) behält kein Wasser mehr. Wir fahren jetzt in die Notaufnahme.",
          lang="de", when="2027-06-10T09:03:25Z"),
       expect(RP, "urgent", "illness", "direct"),
       note="German: a family with food poisoning, a dehydrated 3-year-old on the way to A&E")
    SC("morsel-big-reach-mum-recall-refused", "big-reach",
       tw("themumlife_mf", f"Genuinely asking @{B}: the recall notice says take the pouches back to any shop, no receipt needed. Three shops have now refused my recalled pouches. What are parents meant to do with them? Hundreds of you in my DMs with the same story.",
          when="2027-06-10T10:00:00Z",
          metrics={"retweet_count": 2300, "reply_count": 1900, "like_count": 27800, "quote_count": 350}),
       expect(RP, "high", "recall", "indirect"), note="860k followers; the handle in passing, in a post to everyone")
    SC("morsel-repost-recall-notice", "repost", tw("auntie_jo_mf", "", retweet=recall_post, when="2027-06-10T10:31:18Z"),
       expect(IGN, "low", "recall", "indirect"), note="a repost of the brand's own recall notice")
    SC("morsel-legal-hair-fsa", "legal-threat-not-urgent",
       tw("helen_fraser_mf", "Found a long black hair baked INTO a Morsel Kitchen fish pie tonight. Second time this year. Reported it to the Food Standards Agency and environmental health, because emailing them clearly does nothing.",
          when="2027-06-10T19:02:47Z"),
       expect(RP, "high", "quality", "indirect"), note="a regulator report and a second time: a strong complaint, nobody hurt",
       known_miss="round 11, not met yet: action: want \"respond_public\", got ignore; priority: want \"high\", got low; addressed: want \"indirect\", got none; the engine read: 'Morsel Kitchen' is another entity, not the brand | topic quality: 'hair'")
    SC("morsel-question-veggie-chilli-vegan", "question",
       tw("maya_lin_mf", f"@{B} is the Morsel Kitchen veggie chilli vegan or only vegetarian? the ingredients just say 'natural flavourings' and I can't tell",
          when="2027-06-10T13:01:20Z"),
       expect(RP, "normal", "allergens", "direct"), note="a diet question, not a medical one")
    SC("morsel-news-salmonella-five-years", "news-monitor",
       tw("shelf_talk_mf", "Five years on from the 2022 salmonella outbreak at its Dunmoor plant, Morsel Foods says its safety overhaul is 'complete' and the site has passed its latest audit {url:https://shelftalk.example/morsel-dunmoor-five-years}",
          when="2027-06-10T14:00:00Z"),
       expect(MON, "low", "illness", "indirect"), note="news about a past incident: not urgent")
    SC("morsel-indirect-jars-four-supermarkets", "complaint-indirect",
       tw("will_turner_mf", "Four supermarkets today looking for Morsel Tiny Tummies sweet potato jars. Not one. Empty shelves every time. If they've been discontinued I'll cry, it's the only thing Jack will eat",
          when="2027-06-10T15:10:09Z"),
       expect(RP, "normal", "availability", "indirect"),
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Morsel in a post to everyone | general chatter about the brand | topic availability: 'supermarket', 'supermarkets', 'empty shelves', 'shelves', 'discontinued'")
    SC("morsel-threat-factory-shift-change", "threat-urgent",
       tw("darren_hulme_mf", "whoever packs the baby pouches at the Morsel factory in Dunmoor, im gonna be at the gates at shift change friday and someone's getting hurt. my baby had plastic in her mouth because of you lot",
          when="2027-06-10T16:02:31Z"),
       expect(ANY, "urgent", "quality", "indirect"),
       note="a threat against factory staff, with a complaint: only the priority is strict",
       known_miss="round 11, not met yet: topic: want \"quality\", got recall; the engine read: names Morsel in a post to everyone | a person at risk: urgent | topic recall: 'lote'")
    SC("morsel-es-pedido-no-llega", "non-english",
       tw("lucia_moreno_mf", f"@{B} hice un pedido en la tienda online el 1 de junio y todavía no ha llegado. El seguimiento dice 'en reparto' desde hace cuatro días. ¿Me podéis ayudar?",
          lang="es", when="2027-06-10T17:03:44Z"),
       expect(RP, "normal", "orders", "direct"), note="Spanish: an online order stuck in delivery")
    SC("morsel-chatter-snack-drawer", "chatter-monitor",
       tw("office_olu_mf", "office snack drawer report: every Morsel choc chip bar gone by 10am, the raisin ones still sitting there from March. same every week",
          when="2027-06-10T18:02:05Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer",
       known_miss="round 11, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Morsel in a post to everyone | complaint (0.74)")
    SC("morsel-namesake-gp-retires", "namesake",
       tw("castlest_gp_mf", "After 32 years as a GP at Castle Street, Dr Ruth Morsel retires on Friday. Thank you for looking after three generations of Dunmoor families 💐",
          when="2027-06-10T20:00:00Z"),
       expect(IGN, "low", "illness", "none"), note="a surname; 'GP' is a keyword")

    # ---- Friday 11 June -----------------------------------------------------------------
    SC("morsel-abuse-replacement-one-pouch", "abuse-with-problem",
       tw("gav_tunstall_mf", f"@{B} you absolute clowns. posted 9 recalled pouches back to you on monday and the 'replacement' that turned up today is ONE pouch. one. for nine. do you lot even read your own letters",
          when="2027-06-11T09:05:02Z"),
       expect(RP, "high", "recall", "direct"), note="rude, with a real problem: a recall refund short by eight pouches")
    SC("morsel-indirect-new-recipe-cardboard", "complaint-indirect",
       tw("leah_green_mf", "Whoever at Morsel signed off the new Crunch recipe owes me an apology. Tastes like sweetened cardboard and the chocolate chips have vanished. 10 years a loyal customer.",
          when="2027-06-11T10:01:44Z"),
       expect(RP, "normal", "recipe", "indirect"),
       known_miss="round 11, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Morsel in a post to everyone | general chatter about the brand | topic recipe: 'recipe', 'recipes', 'taste', 'tastes', 'tasted'")
    SC("morsel-in-passing-vouchers-wont-scan", "complaint-in-passing",
       tw("ruth_adeyemi_mf", f"Week from hell: car failed its MOT, the cat's at the vet, and the @{B} 'sorry' vouchers they emailed me won't scan at any till in Cobbetts. Three tills. Three shrugs.",
          when="2027-06-11T11:02:27Z"),
       expect(RP, "normal", "promotions", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("morsel-html-spam-recall-refund-link", "html-entities",
       tw("snackprizes_mf", "&lt;a href=\"https://morsel-refunds.example\"&gt;CLAIM NOW&lt;/a&gt; Morsel recall refunds for batches L7148 + L7151 paid out in crypto within 24h 💸 enter your card details to verify",
          when="2027-06-11T12:00:00Z"),
       expect(IGN, "low", "recall", "indirect"), note="spam with a hostile link tag, riding on the recall")
    brunch = tw("amy_renshaw_mf", "best brunch in Dunmoor? friends visiting Sunday", when="2027-06-11T14:00:00Z")
    SC("morsel-namesake-cafe-tanner-street", "namesake",
       tw("harriet_cole_mf", "@amy_renshaw_mf Morsel on Tanner Street. the halloumi stack is unreal, book though, it gets rammed",
          reply_to=brunch, when="2027-06-11T14:22:08Z"),
       expect(IGN, "low", None, "none"), note="the café, inside a reply",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got third_party; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    tummies = tw("waggy_wendy_mf", "what treats do people give dogs with sensitive tummies? Pepper's had a bad week", when="2027-06-11T15:00:00Z")
    SC("morsel-namesake-dog-duck-bites-allergic", "namesake",
       tw("spanielsteve_mf", "@waggy_wendy_mf ours is allergic to chicken so it's the Morsel duck bites from Waggingtons or nothing. no tummy trouble since",
          reply_to=tummies, when="2027-06-11T15:18:51Z"),
       expect(IGN, "low", "allergens", "none"), note="the dog treats; 'allergic' is a keyword",
       known_miss="round 11, not met yet: action: want \"ignore\", got monitor; priority: want \"low\", got urgent; addressed: want \"none\", got third_party; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a medical need: urgent | topic allergens: 'allergic'")
    lunch = tw("mo_rahman_mf", "lunch today: one cereal bar and a sad apple. student life", when="2027-06-11T16:00:00Z")
    SC("morsel-joke-morsel-by-name", "joke-bystander",
       tw("dadjokes_del_mf", "@mo_rahman_mf let me guess, a Morsel bar. morsel by name, morsel by nature 🤏",
          reply_to=lunch, when="2027-06-11T16:12:35Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name in someone else's thread")
    SC("morsel-praise-chilli-nearly-killed-me", "praise",
       tw("ollie_grant_mf", f"@{B} those new Scorchio chilli Pops nearly killed me 🔥 mouth on fire, eyes streaming, said goodbye to my mum. best flavour you've ever made, buying 4 more bags",
          when="2027-06-11T18:03:12Z"),
       expect(RP, "low", "recipe", "direct"), note="danger words as a joke about something harmless: praise, not urgent",
       known_miss="round 11, not met yet: priority: want \"low\", got urgent; the engine read: addressed to @MorselFoods | a person at risk: urgent | topic recipe: 'flavour', 'flavours'")
    SC("morsel-repeat-recall-refund-third-time", "repeat-contact",
       tw("janet_olley_mf", f"@{B} third time asking. I posted 8 recalled pouches back to you on Tuesday like your careline told me to. no refund, no reply to 2 emails. that's £12 and a lot of patience",
          when="2027-06-11T19:00:25Z"),
       expect(RP, "high", "recall", "direct"), note="the third contact about the same recall refund")

    # ---- Saturday 12 June ---------------------------------------------------------------
    SC("morsel-praise-scare-over-batch-fine", "praise",
       tw("fi_mcbride_mf", "Heart in mouth moment: saw the Morsel pouch recall and Rosa had one for breakfast. Checked the batch code, not one of the recalled ones. Careline lady stayed on the phone till I'd stopped shaking. Panic over ☕",
          when="2027-06-12T08:04:41Z"),
       expect(RP, "low", "recall", "indirect"), note="a scare that is over and fine: thanks, not urgent",
       known_miss="round 11, not met yet: priority: want \"low\", got urgent; the engine read: names Morsel in a post to everyone | complaint (0.54) | a medical need: urgent | topic recall: 'recall', 'recalls', 'batch code', 'batch codes', 'batch', 'recalled'")
    SC("morsel-private-card-charged-twice", "private-details",
       tw("lisa_morgan_mf", f"@{B} your website charged my card twice for the snack subscription, card 4111 1111 1111 1111, £19.99 on 3 June and again on 4 June. can you refund one please",
          when="2027-06-12T09:01:16Z"),
       expect(RV, "normal", "orders", "direct"), note="a card number in public")
    SC("morsel-private-address-phone-cheque", "private-details",
       tw("petefairclough", f"@{B} can you send the refund cheque for my recalled pouches to 27 Millers Row, Dunmoor DN4 7QT please? no internet banking. or ring me on 07700 900614, I'm in all day",
          when="2027-06-12T10:02:52Z"),
       expect(RV, "normal", "recall", "direct"), note="a home address and a phone number in public",
       known_miss="round 11, not met yet: priority: want \"normal\", got high; the engine read: addressed to @MorselFoods | exposes a phone number and a street address in public: answer privately | complaint (0.97) | loss of service | topic recall: 'recall', 'recalls', 'recalled'")
    recall_update = tw(B, "Recall update: Haldanes, Cobbetts and ValueMart have all confirmed they'll take back Tiny Tummies pouches from batches L7148 and L7151 without a receipt. If a shop refuses, DM us and we'll refund you directly.",
                       when="2027-06-12T11:00:00Z")
    SC("morsel-quote-recall-haldanes-refused", "quote",
       tw("gemma_strand_mf", "tried again this morning with this very post on my phone. Haldanes Dunmoor still refused my recalled pouches 🙃",
          quote=recall_update, when="2027-06-12T11:47:30Z"),
       expect(RP, "normal", "recall", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic, the problem goes on")
    deals = tw("shopping_sal_mf", "what's actually worth stocking up on this week? budget haul tomorrow", when="2027-06-12T12:00:00Z")
    SC("morsel-chatter-crunch-deal-cobbetts", "third-party-chatter",
       tw("niamhbrennan_mf", "@shopping_sal_mf Morsel Crunch bars are on a 3 for 2 offer at Cobbetts, best deal I've seen on them in months",
          reply_to=deals, when="2027-06-12T12:20:14Z"),
       expect(MON, "low", "promotions", "third_party"), note="a stranger's tip in someone else's thread")

    # ---- Sunday 13 June -----------------------------------------------------------------
    SC("morsel-common-not-a-morsel-left", "common-word",
       tw("sundaycook_ben", "Made my nan's roast chicken recipe for the whole family today. Not a morsel left on a single plate. She'd be proud 🥲",
          when="2027-06-13T15:02:38Z"),
       expect(IGN, "low", "recipe", "none"), note="the everyday word; 'recipe' is a keyword")
    SC("morsel-thread-party-box-arrived", "thread-with-brand",
       tw("beckylowther_mf", "just to say the party was brilliant and the box came Wednesday with a handwritten note from your team 🥹 thank you for saving it",
          reply_to=order_brand, when="2027-06-13T17:31:02Z"),
       expect(RP, "low", None, "direct"), note="back in the brand's thread without @: thanks, problem solved")
    return brand


BRANDS["morsel-foods"] = ("MorselFoods", 4389012336, build_morsel_foods)
