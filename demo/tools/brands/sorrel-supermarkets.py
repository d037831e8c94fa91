# Sorrel Supermarkets: a made-up supermarket chain: stores, online grocery delivery and
# click & collect slots, substitutions, own-brand food, allergen labels and product recalls,
# loyalty card points, self-checkouts and staff. "Sorrel" is also a sour, lemony herb
# (sorrel soup, green sauce), a reddish-brown horse colour (a sorrel mare), a first name
# (the TV chef Sorrel Akers, of Sunday Kitchen), and the Caribbean hibiscus drink made at
# Christmas: none of them is the supermarket.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, order and loyalty card number, card and email address here is made up.
# Phone numbers are in the UK drama ranges; card numbers are Luhn-valid test numbers.


def build_sorrel_supermarkets():
    global CURRENT_BRAND, CLOCK
    brand = Brand("sorrel-supermarkets", SCEN_DIR / "sorrel-supermarkets.plan.toml", "SorrelHelp", 4134567813,
                  1861220000000001701)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-02-01T06:40:00Z")
    B = "SorrelHelp"
    user(B, "Sorrel Supermarkets", 4134567813,
         "Help from the Sorrel Supermarkets team 🛒 7am–10pm, every day: stores, online orders and loyalty. "
         "Customer line 0808 157 0642. Please don't post order or card numbers here.",
         31_800, following=740, tweets=68_000, listed=150, verified=True)
    user("marnie_ohallorn", "Marnie O'Halloran", 6210382716, "Mum of two. Hexley. Permanently carrying snacks.", 340)
    user("jodie_trenchard", "Jodie Trenchard", 6211459320, "Nurse, daughter, taxi service.", 410)
    user("ravindra_kolhe", "Ravi Kolhe", 6212047785, "Accountant. Owns too many kitchen gadgets.", 260)
    user("SorrelRefundsUK", "Sorrel Refunds Team ✅", 6212738104,
         "Official refunds & compensation desk 💷 Fast payouts. DM for help!", 29, following=4800)
    user("gemma_strudwick", "Gemma Strudwick", 6213390651, "Teaching assistant. Book hoarder.", 180)
    user("kit_abernethy", "Kit Abernethy", 6214105928, "Vegan 9 yrs. Climber. Opinions on oat milk.", 720)
    user("wes_pumphrey", "Wes Pumphrey", 6214862073, "I say things.", 95)
    user("tiggy_marchbank", "Tiggy Marchbank", 6215530496,
         "Lifestyle, food & chaos 🥂 Hosting dinner parties badly since 2016. Collabs via agent.",
         642_000, following=980, listed=2300, verified=True)
    user("dottie_rasbrdge", "Dottie Rasbridge", 6216214387, "", 58)
    user("fergus_tolland", "Fergus Tolland", 6216957142, "Professional spectator.", 430)
    user("ingrid_haverley", "Ingrid Haverley", 6217401855, "Biscuits are a food group.", 150)
    user("shona_mcelhinny", "Shona McElhinney", 6218076329, "Boy mum x2. Hexley.", 220)
    user("bel_ostrowska", "Bel Ostrowska", 6218743610, "Coupon clipper. Points collector. No shame.", 1300)
    user("lyle_brackenbry", "Lyle Brackenbury", 6219350274, "Chef on my days off.", 310)
    user("nell_carraway", "Nell Carraway", 6220184937, "Planning things so you don't have to.", 275)
    user("hollie_penhalgn", "Hollie Penhaligon", 6220827461, "Garden wall survivor.", 190)
    user("pippa_drysdale", "Pippa Drysdale", 6221573086, "Toddler wrangler. Eastfield.", 330)
    user("nadine_ackroyd", "Nadine Ackroyd", 6222319540, "Saving points like it's a sport.", 205)
    user("callum_ferreira", "Callum Ferreira", 6223068215, "Night shifts. Day sleeps.", 140)
    user("ruthie_blenkin", "Ruthie Blenkin", 6223704982, "Hungry, mostly.", 510)
    user("tolu_ashworth", "Tolu Ashworth", 6224481657, "Spreadsheets and spice bags.", 380)
    user("ines_valadares", "Inês Valadares", 6225136704, "Lisboeta em Hexley.", 170)
    user("rafa_bettencrt", "Rafael Bettencourt", 6225890213, "Açoriano perdido em Inglaterra.", 210)
    user("georgie_lymngtn", "Georgie Lymington", 6226547328, "Coeliac and cross about it.", 640)
    user("priya_venkatram", "Priya Venkatram", 6227203859, "Meal prep Sundays.", 290)
    user("hattie_wolsten", "Hattie Wolstenholme", 6227968140, "Host with the most anxiety.", 260)
    user("mo_quarrington", "Mo Quarrington", 6228612495, "Cooks for love. Eats for sport.", 340)
    user("leah_gathercole", "Leah Gathercole", 6229375026, "", 120)
    user("jaz_mountford", "Jaz Mountford", 6230049618, "Northgate born and bred.", 460)
    user("dazza_pickerill", "Daz Pickerill", 6230716384, "", 66)
    user("joost_verhoeks", "Joost Verhoeks", 6231482907, "Rotterdammer in Fernhill.", 140)
    user("katrin_oberholz", "Katrin Oberholz", 6232159470, "Aus Bremen, jetzt in Hexley.", 115)
    user("tiago_moutinho", "Tiago Moutinho", 6232803641, "Pai de dois. Eastfield.", 90)
    user("omaira_fennick", "Omaira Fennick", 6233570218, "New mum. Tired in ways I didn't know existed.", 280)
    user("gwil_tremayne", "Gwil Tremayne", 6234226795, "Retired fire officer. Still notices exits.", 175)
    user("margaux_delcrt", "Margaux Delcourt", 6234981352, "Lilloise à Hexley.", 240)
    user("lucia_barranco_", "Lucía Barranco", 6235647013, "Madrileña en Hexley. Mamá primeriza.", 310)
    user("leanne_fothergl", "Leanne Fothergill", 6236302584, "Meal deal connoisseur.", 830)
    user("declan_yarwood", "Declan Yarwood", 6237058149, "Now with 38 bananas.", 150)
    user("GroceryGazette", "Grocery Gazette", 6237714820, "News for the people who feed the nation. Retail, food & supply.",
         85_000, following=1100, verified=True)
    user("HexleyEcho", "Hexley Echo", 6238469307, "News for Hexley and the Quay since 1911.", 22_400, following=700,
         verified=True)
    user("tunde_holloway", "Tunde Holloway", 6239125678, "Dad of three. Coaches under-9s.", 390)
    user("gail_spurrier", "Gail Spurrier", 6239871034, "Reads receipts. Every line.", 160)
    user("rob_ainsworthy", "Rob Ainsworthy", 6240536291, "Coleslaw purist.", 270)
    user("nadia_sowerby", "Nadia Sowerby", 6241280467, "Lasagne is a personality.", 350)
    user("ade_ballantyne", "Ade Ballantyne", 6241947153, "Dock St survivor.", 220)
    user("frankie_oyelrn", "Frankie Oyelaran", 6242613890, "Cries at adverts. Unashamed.", 1900)
    user("shaz_dunnock", "Shaz Dunnock", 6243378425, "", 85)
    user("kyle_marwood_", "Kyle Marwood", 6244045712, "Gamer. Night owl.", 140)
    user("theo_blakeney", "Theo Blakeney", 6244790386, "Home cook. Cookbook hoarder.", 510)
    user("equine_ysolde", "Ysolde Pargeter", 6245456029, "Horses, hay, mud. Kelby.", 1100)
    user("auntie_verlyn", "Verlyn Campbell", 6246102753, "Auntie to everyone. Kingston ➡️ Hexley.", 680)
    user("juno_pettigrew", "Juno Pettigrew", 6246879314, "Grows herbs, kills them, repeats.", 420)
    user("callie_rushwrth", "Callie Rushworth", 6247534068, "Three kids, one oven.", 260)
    user("maddie_glossop", "Maddie Glossop", 6248290547, "New mum. Old car. Short deadline.", 310)
    user("kofi_brindley", "Kofi Brindley", 6248957201, "", 130)
    user("wendy_calloway", "Wendy Calloway", 6249613875, "Saving for Tenerife one point at a time.", 95)
    user("baz_hethers", "Barry Hethersett", 6250378429, "Sunday league ref. Sunday shopper.", 110)
    user("pilar_ocampo_", "Pilar Ocampo", 6251024693, "Sevillana en Hexley.", 145)
    user("aga_wroblewska", "Agnieszka Wróblewska", 6251780152, "Z Krakowa do Hexley.", 120)
    user("maggie_thursby", "Maggie Thursby", 6252436817, "4th floor, no lift, big heart.", 240)
    user("elodie_marchal", "Élodie Marchal", 6253192560, "Nantaise. Gourmande.", 180)
    user("deano_okafor9", "Dean Okafor", 6253847031,
         "Hexley Town #9 ⚽ Proud grandson. Bookings via management.", 1_210_000, following=640, listed=4100,
         verified=True)
    user("trish_pennock", "Trish Pennock", 6254503698, "Saturday shopper, Sunday napper.", 170)
    user("imran_dalgleish", "Imran Dalgleish", 6255269145, "Taxi driver. Cash and card.", 90)
    user("stu_hargreave", "Stu Hargreave", 6255914782, "Hold music expert.", 230)
    user("SorreI_Rewards", "Sorrel Rewards 🎁", 6256670318, "Exclusive supermarket giveaways 🛒 Claim fast!", 48,
         following=5000)
    user("nico_fairweathr", "Nico Fairweather", 6257326954, "Web dev. Notices broken pages for fun.", 1400)

    # ---- Nut-free bars with cashews: an allergic reaction now, the brand, the mother back with the bars still on sale
    marnie = tw("marnie_ohallorn",
                f"@{B} your own-brand oat bars say NUT FREE in big letters on the front. tiny print on the back: made with cashew butter. my 6yo is allergic, her lips and eyes are swelling, I've used her epipen and we're waiting for the ambulance",
                when="2027-02-01T12:48:10Z")
    SC("ss-nut-free-bars-epipen", "medical-urgent", marnie, expect(RP, "urgent", "food_safety", "direct"),
       note="a child having an allergic reaction right now to a mislabelled own-brand product")
    marnie_brand = tw(B, "@marnie_ohallorn Marnie, I'm so sorry. Please stay with her and follow the paramedics. I've sent the oat bars to our product safety team right now, and I'll DM you this afternoon to hear how she is.",
                      reply_to=marnie, when="2027-02-01T12:56:31Z")
    SC("ss-bars-still-on-sale-hexley", "repeat-contact",
       tw("marnie_ohallorn", "she's ok. 4 hours in A&amp;E. but the bars with the wrong label are still out at Hexley, my husband just checked. no allergy warning, nothing. how many more kids?",
          reply_to=marnie_brand, when="2027-02-01T19:22:05Z"),
       expect(RP, "urgent", "food_safety", "direct"),
       note="her daughter is safe now, but the wrongly labelled bars are still for sale after the brand said it was on it: "
            "an ongoing risk to other allergic children, so urgent, not just a repeat contact (high); reply without @")

    # ---- A late delivery for an elderly mother, the brand's estimate, then the medical need comes out
    jodie = tw("jodie_trenchard",
               f"@{B} my mum's delivery slot was 6-7pm. it's now 9:40. no van, no text, no call. she's 81 and lives on her own",
               when="2027-02-01T21:41:00Z")
    jodie_brand = tw(B, "@jodie_trenchard Sorry Jodie, the driver's running late after a breakdown on the ring road. Your mum's order is still coming tonight, by 10:45 at the latest. I'll keep an eye on it.",
                     reply_to=jodie, when="2027-02-01T21:58:14Z")
    SC("ss-type1-mum-sugar-dropping", "medical-urgent",
       tw("jodie_trenchard", "10:50. still nothing. I didn't say before but she's type 1 diabetic, her sugar's dropping and the juice and glucose tablets were in that delivery. there's nothing else in the flat. what do I do",
          reply_to=jodie_brand, when="2027-02-01T22:53:40Z"),
       expect(RP, "urgent", "delivery", "direct"),
       note="back in the brand's thread without @: a diabetic woman with falling blood sugar whose glucose is on the late van")

    # ---- A slow refund: the complaint, an impersonator, a stranger's reassurance, the brand, the customer back
    ravi = tw("ravindra_kolhe",
              f"@{B} returned a faulty air fryer on the 18th of January. told the refund takes 3 to 5 working days. it's been 10. nothing.",
              when="2027-02-01T09:12:30Z")
    SC("ss-spam-fake-refunds-team", "spam",
       tw("SorrelRefundsUK", "@ravindra_kolhe Hi Ravi 👋 Sorrel Refunds Team here, so sorry for the wait! Your refund is ready to release 💷 just confirm your card details at {url:https://sorrel-refunds.example/claim} and it'll be with you within the hour ✅",
          reply_to=ravi, when="2027-02-01T09:40:52Z"),
       expect(IGN, "low", "payments", "third_party"),
       note="a fake support account fishing for card details inside a customer's thread")
    SC("ss-chatter-refund-took-three-weeks", "third-party-chatter",
       tw("gemma_strudwick", "@ravindra_kolhe my Sorrel refund took nearly 3 weeks in December, it did turn up in the end. keep the receipt handy just in case",
          reply_to=ravi, when="2027-02-01T10:05:17Z"),
       expect(MON, "low", "payments", "third_party"), note="a stranger's reassurance inside someone else's thread")
    ravi_brand = tw(B, "@ravindra_kolhe Sorry Ravi, the return went through on the 18th but the refund got stuck. I've pushed it through again this morning and it'll be with your bank by Wednesday. If it isn't, reply here and I'll chase it myself.",
                    reply_to=ravi, when="2027-02-01T10:21:44Z")
    SC("ss-refund-still-not-there-thursday", "repeat-contact",
       tw("ravindra_kolhe", f"@{B} it's Thursday. still no refund. you said Wednesday. 13 working days now for £69.99",
          reply_to=ravi_brand, when="2027-02-04T08:15:09Z"),
       expect(RP, "high", "payments", "direct"), note="the brand's promised date has passed and the problem is still there")

    # ---- Oat milk swapped for cow's milk, and a stranger's joke about the herb
    kit = tw("kit_abernethy",
             f"shoutout to Sorrel for swapping my oat milk for 4 pints of full fat cow's milk. I've been vegan 9 years but sure, close enough lads 🐄👍 @{B}",
             when="2027-02-02T18:30:26Z")
    SC("ss-sarcasm-oat-milk-cow", "sarcasm-customer", kit, expect(RP, "normal", "substitutions", "indirect"),
       note="sarcasm ('shoutout', 'close enough'); veganism is a choice, not a medical need; the handle at the end")
    SC("ss-bystander-actual-sorrel-leaves", "joke-bystander",
       tw("wes_pumphrey", "@kit_abernethy honestly be grateful they didn't send you a bunch of actual sorrel and call it plant based 🌿😂",
          reply_to=kit, when="2027-02-02T18:52:03Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the herb inside a customer's thread")

    # ---- An influencer's anniversary dinner, a repost, a joker
    tiggy = tw("tiggy_marchbank",
               f"ordered our anniversary dinner from Sorrel. 14 substitutions out of 22 items. asked for roses, got a cauliflower. asked for steak, got a tin of mackerel. romance is dead and @{B} killed it 🥀🥦",
               when="2027-02-02T19:40:11Z",
               metrics={"retweet_count": 3100, "reply_count": 1240, "like_count": 26800, "quote_count": 410})
    SC("ss-big-reach-anniversary-cauliflower", "big-reach", tiggy, expect(RP, "high", "substitutions", "indirect"),
       note="642k followers; 'killed it' is a figure of speech, not a threat")
    SC("ss-repost-anniversary-cauliflower", "repost", tw("dottie_rasbrdge", "", retweet=tiggy, when="2027-02-02T20:15:38Z"),
       expect(IGN, "low", "substitutions", "indirect"))
    SC("ss-bystander-cauliflower-long-game", "joke-bystander",
       tw("fergus_tolland", "@tiggy_marchbank to be fair a cauliflower lasts longer than roses. Sorrel playing the long game 🥦💍",
          reply_to=tiggy, when="2027-02-02T20:31:57Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke in a famous customer's thread",
       known_miss="a bystander's pun with no joke cue or laugh: read as third-party talk (monitor)")

    # ---- The brand's recall post: a question under it, and a mother whose allergic son ate them
    recall = tw(B, "⚠️ Product recall: Sorrel Oat and Raisin Cookies 200g, best before 12/03/2027, may contain peanuts that aren't on the label. If you have a peanut allergy please don't eat them. Bring them back to any store for a full refund, no receipt needed.",
                when="2027-02-01T08:00:00Z")
    SC("ss-brand-cookie-recall-post", "brand-own-post", recall, expect(IGN, "low", "food_safety", "none"))
    SC("ss-recall-multipack-question", "question-in-reply-to-brand",
       tw("ingrid_haverley", "is the 6 pack of these in the recall as well or just the 200g? got two multipacks in the cupboard",
          reply_to=recall, when="2027-02-01T08:37:24Z"),
       expect(RP, "normal", "food_safety", "direct"),
       note="a recall question from a household with no allergy mentioned: ordinary, not urgent")
    SC("ss-recall-allergic-son-ate-three", "medical-urgent",
       tw("shona_mcelhinny", "my son had 3 of these on Sunday. he's allergic to peanuts but nothing happened, no rash or anything. is he ok now or do I need to get him checked?",
          reply_to=recall, when="2027-02-01T09:14:49Z"),
       expect(RP, "urgent", "food_safety", "direct"),
       note="a calm question about a peanut-allergic child who ate the recalled cookies: a medical need, even asked calmly")

    # ---- The brand's double points post, quoted
    points = tw(B, "Double points on fresh fruit and veg all this week 🍎🥕 Scan your loyalty card at the till or add your digital card in our app, and the points go straight on.",
                when="2027-02-01T08:30:00Z")
    SC("ss-quote-double-points-december", "quote",
       tw("bel_ostrowska", "still waiting on the double points from December's promo to show up. 6 weeks and counting. maybe sort those before the next lot 🙂",
          quote=points, when="2027-02-01T13:40:22Z"),
       expect(RP, "normal", "loyalty", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a complaint behind a smiley")

    # ---- The brand's freshness promise, quoted
    fresher = tw(B, "Our Fresher Promise 🍓 fruit and veg that stays fresh for at least 5 days, or your money back. Because nobody likes a sad strawberry.",
                 when="2027-02-01T07:30:00Z")
    SC("ss-quote-fresher-promise-mould", "quote",
       tw("lyle_brackenbry", "day one. these strawberries have more mould on them than my first student flat 🍓🤢",
          quote=fresher, when="2027-02-03T08:10:45Z"),
       expect(RP, "normal", "food_safety", "indirect"), strict=False,
       note="quotes the brand's promise without tagging it; a complaint with no complaint word")

    # ---- The brand's dine-in post, a question under it
    dinein = tw(B, "The dine-in for two is back from Thursday 💘 starter, main, dessert and a bottle of fizz for £20, in every store.",
                when="2027-02-03T09:00:00Z")
    SC("ss-dine-in-add-to-delivery", "question-in-reply-to-brand",
       tw("nell_carraway", "can I add the dine-in to my delivery on Saturday or is it only in store? slot's already booked",
          reply_to=dinein, when="2027-02-03T09:46:18Z"),
       expect(RP, "normal", "delivery", "direct"))

    # ---- A van keeps hitting a garden wall: the complaint, the brand, a threat back in the thread
    hollie = tw("hollie_penhalgn",
                f"@{B} your delivery van has reversed into our garden wall AGAIN. third time since Christmas. bricks all over the drive and my car's blocked in",
                when="2027-02-03T07:55:30Z")
    hollie_brand = tw(B, "@hollie_penhalgn Hollie, that's not OK and I'm sorry. I've passed it to the Hexley delivery manager, who'll ring you before 12 today to sort out the wall.",
                      reply_to=hollie, when="2027-02-03T08:20:06Z")
    SC("ss-threat-driver-ambulance", "threat-urgent",
       tw("hollie_penhalgn", "he can ring all he wants. tell that driver if I see his van on our road again he'll be leaving it in an ambulance",
          reply_to=hollie_brand, when="2027-02-03T08:41:52Z"),
       expect(ANY, "urgent", "delivery", "direct"),
       note="a threat against a driver, with a real complaint, in reply to the brand without @")

    # ---- Click and collect: nobody at the bays, the brand, the customer back with a new question
    pippa = tw("pippa_drysdale",
               f"@{B} click and collect was ready at 2. it's 2:25 and nobody's come out to the collection point at Eastfield. sat in the car with a screaming toddler",
               when="2027-02-03T14:25:40Z")
    pippa_brand = tw(B, "@pippa_drysdale Sorry Pippa! I've rung the Eastfield store and someone's on their way out to the bays with your crates now.",
                     reply_to=pippa, when="2027-02-03T14:33:12Z")
    SC("ss-collect-frozen-soft-refund", "thread-with-brand",
       tw("pippa_drysdale", "got it, cheers. but the frozen bits are all soft, looks like they've been sat out. can I get a refund on those?",
          reply_to=pippa_brand, when="2027-02-03T14:58:27Z"),
       expect(RP, "normal", "payments", "direct"), strict=False,
       note="back in the brand's thread without @ with a new, ordinary problem: normal, though coming back to a case "
            "the brand has answered could read as high")

    # ---- Loyalty points gone: the complaint, the brand asks for a DM, the customer back
    nadine = tw("nadine_ackroyd",
                f"@{B} my loyalty points went from 6,120 to zero overnight. I was saving them for Easter",
                when="2027-02-02T10:30:15Z")
    nadine_brand = tw(B, "@nadine_ackroyd Oh no, Nadine. That can happen when two cards get merged by mistake. Could you DM us the card number (please not here) and I'll get the points put back today?",
                      reply_to=nadine, when="2027-02-02T10:47:33Z")
    SC("ss-points-dm-sent-bonus-week", "thread-with-brand",
       tw("nadine_ackroyd", "done, sent it over DM 👍 will they go back on before the bonus points week ends on Sunday?",
          reply_to=nadine_brand, when="2027-02-02T11:35:08Z"),
       expect(RP, "normal", "loyalty", "direct"), strict=False,
       note="a cooperative follow-up question in the brand's thread without @: normal, though 'coming back to a case the "
            "brand has answered' could read as high")

    # ---- Wrong house again: the brand asks for a DM, the customer posts the address in public instead
    callum = tw("callum_ferreira",
                f"@{B} your driver's left my shopping at the wrong house again. 2 bags of frozen defrosting on someone else's step",
                when="2027-02-02T12:10:44Z")
    callum_brand = tw(B, "@callum_ferreira Sorry Callum, that's no good. Could you DM us your order number and I'll get a note put on your address for the drivers?",
                      reply_to=callum, when="2027-02-02T12:29:19Z")
    SC("ss-address-phone-in-brand-thread", "private-details",
       tw("callum_ferreira", "tell the driver it's 9 Larkspur Close, HX4 2RN, the one with the green door NOT number 19. and ring me on 07700 900482 if he can't find it",
          reply_to=callum_brand, when="2027-02-02T12:50:37Z"),
       expect(RV, ANY, "delivery", "direct"),
       note="a home address and a mobile number in public, in reply to the brand; the priority is not the point")

    # ---- Other people's conversations
    ruthie = tw("ruthie_blenkin", "what's everyone having for tea, I need ideas 🍝 something that isn't pasta again",
                when="2027-02-01T17:02:11Z")
    SC("ss-venting-slot-cancelled-tea", "third-party-venting",
       tw("tolu_ashworth", "@ruthie_blenkin nothing, Sorrel cancelled my delivery slot an hour before. AGAIN. so it's beans on toast or the chippy",
          reply_to=ruthie, when="2027-02-01T17:19:48Z"),
       expect(MON, "low", "delivery", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    ines = tw("ines_valadares", "alguém sabe onde há leite sem lactose barato aqui em Hexley? 🥛", lang="pt",
              when="2027-02-02T15:04:27Z")
    SC("ss-pt-venting-substituicao", "third-party-venting",
       tw("rafa_bettencrt", "@ines_valadares no Sorrel não, que me fizeram outra substituição absurda: pedi sem lactose e mandaram leite normal, pela terceira vez 🙄",
          reply_to=ines, lang="pt", when="2027-02-02T15:22:10Z"),
       expect(MON, "low", "substitutions", "third_party"),
       note="Portuguese: venting to someone else about a third bad substitution; not tagged, so monitor even if repeated")
    georgie = tw("georgie_lymngtn", "is it just me or are supermarket substitutions getting more unhinged. ordered gluten free bread, got a baguette 😭",
                 when="2027-02-03T11:12:55Z")
    SC("ss-chatter-untick-substitutions", "third-party-chatter",
       tw("priya_venkatram", "@georgie_lymngtn if you're with Sorrel, you can untick 'allow substitutions' on each item in the app. stopped them swapping my stuff completely",
          reply_to=georgie, when="2027-02-03T11:40:31Z"),
       expect(MON, "low", "substitutions", "third_party"), note="a stranger's advice inside someone else's thread")
    hattie = tw("hattie_wolsten", "@mo_quarrington what am I making for the in-laws on Saturday, help, they're SO fussy",
                when="2027-02-03T16:20:04Z")
    SC("ss-namesake-sorrels-lasagne", "namesake",
       tw("mo_quarrington", "@hattie_wolsten do Sorrel's lasagne, the one from her Sunday Kitchen book. bit of nutmeg in the white sauce. never fails 👌",
          reply_to=hattie, when="2027-02-03T16:34:49Z"),
       expect(IGN, "low", None, "none"),
       note="the TV chef's recipe, not the supermarket's own-brand lasagne ('her Sunday Kitchen book'); a chat between friends",
       known_miss="'Sorrel's lasagne … her Sunday Kitchen book', the TV chef: a first name with a possessive is read as the brand")
    leah = tw("leah_gathercole", "popping to the big Sorrel at Northgate after work, anyone need anything? 🛒",
              when="2027-02-03T17:05:13Z")
    SC("ss-knife-car-park-third-party", "safety-urgent",
       tw("jaz_mountford", "@leah_gathercole DON'T. there's a bloke with a knife kicking off in the Sorrel Northgate car park, police everywhere and the staff have locked everyone inside. go to the one on Dock Rd",
          reply_to=leah, when="2027-02-03T17:11:40Z"),
       expect(ANY, "urgent", "stores", "third_party"), strict=False,
       note="danger to people at a store, told to a friend in someone else's thread: not the brand's conversation to "
            "join (monitor), but the store and security teams need to know now; leads could differ on the action")

    # ---- Threats against people
    SC("ss-threat-security-guard-car", "threat-urgent",
       tw("dazza_pickerill", "that security guard at Sorrel Northgate followed me round the whole shop like I'm a thief then made me open my bag at the door in front of everyone. I know what car he drives. he wants to be careful walking to it tonight"),
       expect(ANY, "urgent", "stores", "indirect"), note="a threat against a security guard, with a complaint, named not tagged")
    SC("ss-nl-threat-kassa-medewerker", "threat-urgent",
       tw("joost_verhoeks", "Die medewerker aan de kassa bij Sorrel in Fernhill heeft mijn moeder uitgescholden omdat ze te langzaam inpakte. Als ik hem morgen zie sla ik z'n tanden uit z'n bek, dat beloof ik.",
          lang="nl"),
       expect(ANY, "urgent", "stores", "indirect"),
       note="Dutch: a threat to knock a till worker's teeth out, with a complaint about how his mother was treated")

    # ---- Safety
    SC("ss-de-fall-wet-floor", "safety-urgent",
       tw("katrin_oberholz", f"Bei Sorrel in der Filiale am Westgate ist gerade eine ältere Dame auf dem nassen Boden vor den Kühlregalen ausgerutscht. Sie blutet am Kopf, kein Warnschild, und seit zehn Minuten kommt kein einziger Mitarbeiter. @{B}",
          lang="de"),
       expect(RP, "urgent", "stores", "indirect"),
       note="German: an old woman fell on a wet floor and is bleeding, nobody from the store has come; the handle at the end")
    SC("ss-pt-raw-chicken-children", "safety-urgent",
       tw("tiago_moutinho", f"@{B} comprei um frango assado na vossa loja de Eastfield ao almoço e estava cru por dentro, mal cozinhado. Os meus dois filhos já tinham comido antes de eu reparar. O que devo fazer?",
          lang="pt", when="2027-02-01T13:21:06Z"),
       expect(RP, "urgent", "food_safety", "direct"),
       note="Portuguese: two children ate raw-in-the-middle rotisserie chicken; a calm 'what should I do'")
    SC("ss-rant-bleach-baby-pouches", "safety-urgent",
       tw("omaira_fennick", f"@{B} where do I even start. slot moved twice, driver 2 hours late, 9 things subbed, and the bleach had leaked all over the bag with the baby's food pouches. she'd had half of one before I smelt it. and STILL waiting on January's refund. unreal"),
       expect(RP, "urgent", "delivery", "direct"),
       note="a baby ate food soaked in leaked bleach, buried in the middle of a list of ordinary delivery grievances")
    SC("ss-fire-exit-chained-calm", "safety-urgent",
       tw("gwil_tremayne", f"@{B} not complaining, just flagging: the fire exit at the back of the Fernhill store is blocked by pallets of water again and the door's got a chain on it. told a member of staff on Saturday, still the same today"),
       expect(RP, "urgent", "stores", "direct"),
       note="a blocked, chained fire exit: a risk to everyone in the store, reported calmly with 'not complaining'")

    # ---- Medical needs in other languages
    SC("ss-fr-sesame-houmous", "medical-urgent",
       tw("margaux_delcrt", f"@{B} bonjour, mon fils est allergique au sésame. Il a mangé votre houmous ce midi, rien n'est indiqué sur l'étiquette, et maintenant il a des plaques rouges partout et il tousse beaucoup. Qu'est-ce qu'il y a exactement dedans ?",
          lang="fr"),
       expect(RP, "urgent", "food_safety", "direct"),
       note="French: a sesame-allergic boy with hives and a cough after eating the houmous, asked as a polite question")
    SC("ss-es-formula-substituted", "medical-urgent",
       tw("lucia_barranco_", f"@{B} me han sustituido la leche hipoalergénica de mi bebé por una fórmula normal. Tiene alergia a la proteína de la leche de vaca y era la última lata que teníamos. ¿Cómo puede ser que permitáis una sustitución así? ¿Qué le doy esta noche?",
          lang="es"),
       expect(RP, "urgent", "substitutions", "direct"),
       note="Spanish: a baby with a cow's milk allergy left without its special formula tonight because of a substitution")

    # ---- Complaints to the brand: a figure of speech, no complaint word at all
    SC("ss-self-checkouts-killing-me", "complaint-direct",
       tw("leanne_fothergl", f"@{B} the self checkouts at Bankside are actually killing me. 'unexpected item in the bagging area' six times for one meal deal. I'm dying. send help. or a human"),
       expect(RP, "normal", "stores", "direct"), note="'killing me', 'dying', 'send help' are figures of speech: not urgent")
    SC("ss-thirty-eight-bananas", "complaint-direct",
       tw("declan_yarwood", f"@{B} ordered 6 bananas on today's delivery. got 6 BUNCHES. I now own 38 bananas. what do I do with 38 bananas"),
       expect(RP, "normal", "delivery", "direct"), note="a picking error told as a joke, with no complaint word")
    SC("ss-sarcasm-family-size-ants", "sarcasm-customer",
       tw("callie_rushwrth", f"@{B} bought your own-brand 'family size' pizza for tea. fed one child. the family in question must be ants 🐜🍕"),
       expect(RP, "normal", "products", "direct"), note="sarcasm with no complaint word")

    # ---- News, and a past incident
    SC("ss-news-cookie-recall", "news-monitor",
       tw("GroceryGazette", "Sorrel Supermarkets recalls own-brand oat and raisin cookies over undeclared peanuts {url:https://grocerygazette.example/sorrel-cookie-recall}"),
       expect(MON, "low", "food_safety", "indirect"))
    SC("ss-news-escalator-fine-2024", "news-monitor",
       tw("HexleyEcho", "Sorrel fined £1.2m after a shopper was badly hurt when a broken escalator collapsed at its Quayside store in 2024 {url:https://hexleyecho.example/sorrel-escalator-fine}"),
       expect(MON, "low", "stores", "indirect"), note="news of a past injury: not urgent")

    # ---- Regulator and court
    SC("ss-legal-accused-stealing-solicitor", "legal-threat-not-urgent",
       tw("tunde_holloway", f"@{B} your security guard at Kingsgate accused me of stealing at the self checkout in front of my kids. I'd paid. I had the receipt in my hand. my solicitor will be writing to you about it this week"),
       expect(RP, "high", "stores", "direct"), note="a legal threat: high, not urgent")
    SC("ss-legal-trading-standards-shelf-price", "legal-threat-not-urgent",
       tw("gail_spurrier", "Sorrel overcharged me again. shelf price £3, £6.50 at the till. third time at Quayside. reported them to Trading Standards today, I'm done asking nicely"),
       expect(RP, "high", "payments", "indirect"), note="third time, and a regulator: high, not urgent")

    # ---- Complaints named, not tagged
    SC("ss-coleslaw-raisins-fight", "complaint-indirect",
       tw("rob_ainsworthy", "I will fight whoever at Sorrel decided to change the coleslaw recipe and put RAISINS in it. name and address please. I'll wait 😤🥗"),
       expect(RP, "normal", "products", "indirect"),
       note="'I will fight whoever' is a figure of speech about a recipe change, not a threat: not urgent",
       known_miss="a product grumble told as a joke threat ('I will fight whoever'), named not tagged: read as chatter")
    SC("ss-lasagne-three-sheets", "complaint-indirect",
       tw("nadia_sowerby", "opened a Sorrel own-brand lasagne tonight. it's 90% sauce. found the pasta eventually. three sheets. THREE."),
       expect(RP, "normal", "products", "indirect"), note="a complaint told as a story, with no complaint word",
       known_miss="a complaint told flatly ('90% sauce … three sheets. THREE.') with no complaint words: read as chatter")

    # ---- Chatter
    SC("ss-chatter-trolley-avalanche-2019", "chatter-monitor",
       tw("ade_ballantyne", "still can't walk past the Sorrel on Dock St without thinking about the great trolley avalanche of 2019. nobody was hurt but my dignity never recovered 😂"),
       expect(MON, "low", "stores", "indirect"), note="a funny memory of a past incident: nothing to answer, nothing urgent",
       known_miss="a funny memory from 2019 reads as the writer's own complaint")
    SC("ss-chatter-artichoke-advert", "chatter-monitor",
       tw("frankie_oyelrn", "the Sorrel advert with the two artichokes slow dancing to Moon River has me in absolute bits 😭🥹"),
       expect(MON, "low", None, "indirect"))

    # ---- Rude customers with real problems
    SC("ss-abuse-muppets-click-collect", "abuse-with-problem",
       tw("shaz_dunnock", f"@{B} you absolute muppets. third week running my click and collect is missing half the bags. HALF. does anyone there actually check anything or do you just throw darts"),
       expect(RP, "high", "delivery", "direct"), note="rude, and the third week running")
    SC("ss-abuse-app-login-clowns", "abuse-with-problem",
       tw("kyle_marwood_", f"f***ing useless app logs me out every time I get to the last page then the login just spins. 4 times tonight. sort it out you absolute clowns @{B}"),
       expect(RP, "high", "app", "indirect"), note="abuse with a real problem; the handle at the end")

    # ---- The chef, the horse, the drink, the herb
    SC("ss-namesake-akers-cookbook", "namesake",
       tw("theo_blakeney", "Sorrel Akers' new cookbook: £28, half the recipes need a blowtorch and one needs a whole pig's head. taking it back tomorrow, what a con 😤"),
       expect(IGN, "low", ANY, "none"),
       note="a complaint about the TV chef's book, not the supermarket; 'recipe' is a plan keyword, so the topic doesn't matter",
       known_miss="'Sorrel Akers', a TV chef: a first name and a surname read as a branch with its town when the post has words of the business")
    SC("ss-common-sorrel-mare-sale", "common-word",
       tw("equine_ysolde", "Lot 14 at Kelby sales on Saturday: 6yo sorrel mare, 15.2hh, hacks out alone, bombproof in traffic, lovely to catch. one to watch 🐴"),
       expect(IGN, "low", None, "none"), note="the horse colour ('bombproof' is horse talk, not a threat)")
    SC("ss-common-grandmas-sorrel-drink", "common-word",
       tw("auntie_verlyn", "found the last bottle of Grandma's sorrel at the back of the fridge from Christmas. extra ginger, extra cloves, EXTRA rum 🇯🇲❤️ February sorted"),
       expect(IGN, "low", None, "none"), note="the Caribbean Christmas drink")
    SC("ss-common-fresh-sorrel-green-sauce", "common-word",
       tw("juno_pettigrew", "where do you even buy fresh sorrel?? none of the supermarkets round here stock it and I need a big handful for green sauce 🌿"),
       expect(IGN, "low", ANY, "none"),
       note="the herb, asked about in a supermarket context; 'stock' is a plan keyword, so the topic doesn't matter")

    # ---- In passing
    SC("ss-passing-nappies-tea-towel", "complaint-in-passing",
       tw("maddie_glossop", f"monday round-up: car wouldn't start, boss moved my deadline to tomorrow, and @{B} sent size 1 nappies as a substitute for size 5. she's currently wearing a tea towel. thriving 🙂",
          when="2027-02-01T20:10:33Z"),
       expect(RP, "normal", "substitutions", "indirect"), note="the brand tagged in the middle of a bad day; 'thriving' is sarcasm")
    SC("ss-passing-landlord-cat-payment", "complaint-in-passing",
       tw("kofi_brindley", f"what a week. landlord still ignoring the damp, cat was sick on my laptop, and @{B} took the payment for my groceries twice. anyway how's everyone else doing"),
       expect(RP, "normal", "payments", "indirect"))

    # ---- Questions
    SC("ss-question-points-expire", "question",
       tw("wendy_calloway", f"@{B} do loyalty points expire? got 4,200 on my card and I'm saving them for the summer hols"),
       expect(RP, "normal", "loyalty", "direct"))
    SC("ss-question-sunday-opening", "question",
       tw("baz_hethers", f"@{B} what time does the Fernhill store open on a Sunday? google says 9, the sign on the door says 10"),
       expect(RP, "normal", "stores", "direct"))
    SC("ss-es-puntos-caducan", "non-english",
       tw("pilar_ocampo_", f"@{B} hola! ¿los puntos de la tarjeta caducan? Tengo casi 3.000 y no quiero perderlos", lang="es"),
       expect(RP, "normal", "loyalty", "direct"), note="Spanish: do the loyalty points expire?")
    SC("ss-pl-dostawa-kierowca", "non-english",
       tw("aga_wroblewska", f"@{B} dzień dobry, zamówiłam dostawę na sobotę 8-9, kierowca w ogóle nie przyjechał i nikt nie odbiera telefonu. Co mam teraz zrobić?",
          lang="pl"),
       expect(RP, "normal", "delivery", "direct"), note="Polish: the driver never came and nobody answers the phone")

    # ---- Praise
    SC("ss-praise-driver-dami", "praise",
       tw("maggie_thursby", f"massive thank you to Dami, the Sorrel driver who carried all 9 bags up 4 flights when our lift was broken AND found my nan's specs down the side of the sofa 🥹 @{B} give that man a raise"),
       expect(RP, "low", "delivery", "indirect"))
    SC("ss-fr-merci-livraison", "praise",
       tw("elodie_marchal", f"Merci @{B} ! Livraison arrivée en avance, rien ne manquait et le livreur était adorable 👌", lang="fr"),
       expect(RP, "low", "delivery", "indirect"), note="French thanks for a delivery")

    # ---- A footballer's nan
    SC("ss-big-reach-nan-points-expired", "big-reach",
       tw("deano_okafor9", f"@{B} my nan saves her loyalty points all year for her Christmas shop and your app now says they've expired. 9,000 points. she's 88. please sort this for her 🙏",
          metrics={"retweet_count": 5200, "reply_count": 1800, "like_count": 41000, "quote_count": 260}),
       expect(RP, "high", "loyalty", "direct"), note="1.2m followers")

    # ---- Private details
    SC("ss-loyalty-card-number-public", "private-details",
       tw("trish_pennock", f"@{B} scanned my loyalty card at the till on Saturday and the points never went on. card number 6338 4102 7719 0054, receipt says 312 points. where have they gone?"),
       expect(RV, "normal", "loyalty", "direct"), note="a loyalty (membership) card number in public")
    SC("ss-card-number-email-paid-twice", "private-details",
       tw("imran_dalgleish", f"@{B} your card machine took the payment twice for one shop, £43.20 each time. card 5555 5555 5555 4444 if you need to check, or email me at imran.dalgleish@example.com. I want a refund on the second one today"),
       expect(RV, "normal", "payments", "direct"), note="a card number and an email address in public")

    # ---- The brand's own number, a fake giveaway, odd input
    SC("ss-hotline-closing-now", "public-hotline-number",
       tw("stu_hargreave", f"rang @{B} on 0808 157 0642 about a missing refund. 50 mins of hold music, then 'we're closing now, please call back tomorrow'. brilliant. really brilliant"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="the number is the brand's own customer line, not the customer's; sarcasm")
    SC("ss-spam-fake-voucher-giveaway", "spam",
       tw("SorreI_Rewards", f"@{B} 🎉 FEBRUARY GIVEAWAY 🎉 first 500 people to claim get a £250 Sorrel voucher 🛒 just cover £1.99 postage 👉 {{url:https://sorrel-rewards.example/claim}} #Sorrel #giveaway"),
       expect(IGN, "low", "loyalty", "direct"),
       note="a look-alike account (capital I for l) running a fake giveaway; the topic comes from the keyword")
    SC("ss-html-script-in-slot", "html-entities",
       tw("nico_fairweathr", f"@{B} my order confirmation email says Slot: &lt;script&gt;alert('slot')&lt;/script&gt; where the time should be. is my delivery actually booked or not??"),
       expect(RP, "normal", "delivery", "direct"))
    return brand


BRANDS["sorrel-supermarkets"] = ("SorrelHelp", 4134567813, build_sorrel_supermarkets)
