# Ember Grill: a made-up chain of grill restaurants around Hexley and Corn Street: steaks,
# burgers, ribs and wings, table bookings and deposits, allergens, kitchen hygiene, staff,
# delivery and collection, kids' menus and birthday parties, gift cards, vouchers and bills.
# "Ember" is also a glowing coal (fire pits, wood burners, bonfires, "the last ember"), a
# baby girl's name, a rock band, a heated smart mug and a charcoal kettle barbecue sold as
# the "Ember Grill 57": none of them is the restaurant chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# branch, phone number, card number, booking reference, date of birth and email address
# here is made up. Phone numbers are from the UK drama ranges; the card number is a
# Luhn-valid test number.


def build_ember_grill():
    global CURRENT_BRAND, CLOCK
    brand = Brand("ember-grill", SCEN_DIR / "ember-grill.plan.toml", "EmberGrill", 4267890126, 1861220000000003001)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-10-18T06:00:00Z")
    B = "EmberGrill"
    user(B, "Ember Grill", 4267890126,
         "Ember Grill guest team 🔥 11am–11pm, every day. Book at embergrill.example. Guest line 0808 157 0731. "
         "Allergies? Always tell your server. Never post card numbers here.",
         58_200, following=720, tweets=71_000, listed=240, verified=True)

    ids = iter(range(8113570421, 8199999999, 104_729))

    def person(username, name, bio, followers, **kw):
        return user(username, name, next(ids), bio, followers, **kw)

    person("rhiannon_keast", "Rhiannon Keast", "Dental nurse. Saving up for nice things, occasionally.", 310)
    person("tunde_ashworth", "Tunde Ashworth", "Quantity surveyor. Hexley. Punctual, unlike everyone else.", 540)
    person("margo_tennant", "Margo Tennant", "Retired teacher. Red pen still in hand.", 180)
    person("deshawn_rick", "Deshawn Ricketts", "Night shift at the sorting office. Takeaway connoisseur.", 260)
    person("lorna_quayle", "Lorna Quayle", "Eldest of five. Organiser of everything.", 420)
    person("sami_haddad_hx", "Sami Haddad", "Product manager. Permanently on mute.", 890)
    person("beth_ormerod", "Beth Ormerod", "Three kids, one brain cell, shared.", 350)
    person("kit_aldous", "Kit Aldous", "Party planner for one very demanding 9 year old.", 230)
    person("nadia_ferris", "Nadia Ferris", "Steak snob. Hexley.", 470)
    person("punaday_rob", "Rob Ellery", "One pun a day keeps the followers away.", 1300)
    person("gemma_strand", "Gemma Strand", "Hexley. Gin. Gardening.", 290)
    person("wes_hartigan", "Wes Hartigan", "Here for the replies.", 610)
    person("ollie_brennan_x", "Ollie Brennan", "Nosy best friend, professionally.", 380)
    person("jas_kaur_hx", "Jas Kaur", "Pharmacist. Finally dating again, pray for me.", 520)
    person("priti_nandha", "Priti Nandha", "Working mum. Hexley Juniors PTA.", 300)
    person("lauren_cobb_hx", "Lauren Cobb", "Twins + a toddler. Tea time is a battlefield.", 270)
    person("nina_osei_hx", "Nina Osei", "Coeliac, crossword addict, Corn Street.", 440)
    person("coeliac_claire", "Claire Mottram", "Gluten free since 2015. Reviews so you don't get glutened.", 2600)
    person("tom_whitlock_hx", "Tom Whitlock", "Dad of two. Payday countdown champion.", 150)
    person("frugal_femi", "Femi Adebayo", "Money saving tips, mostly food. Hexley.", 3900)
    person("harpreet_gill", "Harpreet Gill", "Big family, bigger appetites.", 210)
    person("yusuf_demir_hx", "Yusuf Demir", "Accountant. Reads the small print.", 170)
    person("carla_jessop", "Carla Jessop", "Hexley born and bred. Rib enthusiast.", 330)
    person("amira_latif", "Amira Latif", "Mum of Zain (nearly 8!) and Layla.", 240)
    person("ghostchilli_gaz", "Gaz Whelan", "Chilli head. Spice reviews. Regrets.", 5200)
    person("hannah_reiss", "Hannah Reiss", "Allergy mum. Label reader. Corn Street.", 1450)
    person("joana_pires_hx", "Joana Pires", "Portuense em Hexley. Enfermeira.", 190)
    person("fiona_mcbride", "Fiona McBride", "Hexley. Patient, up to a point.", 200)
    person("kwame_asante_hx", "Kwame Asante", "Friday night is takeaway night. Non-negotiable.", 280)
    person("LottieLovesLife", "Lottie Marsh", "Mum of 3 | family days out | honest reviews | views my own 💛",
           880_000, following=1400, listed=3100, verified=True)
    person("CritAtTheTable", "Aurelia Penhallow", "Restaurant critic. I pay for my own dinner. Sunday Review columnist.",
           410_000, following=900, listed=2800, verified=True)
    person("dan_pryce_hx", "Dan Pryce", "Electrician. Hexley. Not good with apps.", 140)
    person("shona_mclean", "Shona McLean", "Birthday month is a lifestyle.", 360)
    person("pete_garrity", "Pete Garrity", "Taxi driver. Heard it all.", 120)
    person("ines_marlow", "Ines Marlow", "Events coordinator. Plans change, always.", 410)
    person("aoifebrannigan4", "Aoife Brannigan", "Mum to Niamh (4). Hexley.", 230)
    person("ruairi_hale", "Ruairí Hale", "Night out enjoyer. Corn Street.", 640)
    person("luciamoreno_sev", "Lucía Moreno", "Sevillana en Hexley. Madre de Inés.", 180)
    person("kerry_mansell", "Kerry Mansell", "Mum of Finn, who's allergic to half the world.", 390)
    person("priya_venkat", "Priya Venkat", "Allergy mum. Asks too many questions, on purpose.", 520)
    person("gareth_lloyd_hx", "Gareth Lloyd", "Son, dad, bad golfer.", 260)
    person("siobhan_tighe", "Siobhán Tighe", "T1D mum. Carb counts in my sleep.", 710)
    person("jonas_weber_hx", "Jonas Weber", "Aus Leipzig, jetzt in Hexley. Papa.", 150)
    person("nell_ashby", "Nell Ashby", "Peanut allergy mum. Always carrying two pens.", 300)
    person("deano_fitz", "Dean Fitzgerald", "", 95)
    person("kris_balogun", "Kris Balogun", "Don't @ me.", 130)
    person("vivienne_cross", "Vivienne Cross", "Paralegal. I keep receipts.", 240)
    person("ahmed_qureshi", "Ahmed Qureshi", "Food safety officer (retired). Notices things.", 450)
    person("lee_barraclough", "Lee Barraclough", "Scaffolder. Hungry.", 160)
    person("tash_millington", "Tash Millington", "Says what everyone's thinking.", 330)
    person("EmberGiveaways", "Ember Grill Giveaways 🎁", "Daily giveaways 🎉 Follow + RT to win! Not affiliated lol", 3100,
           following=4900)
    person("EmberGrillHelp", "Ember Grill Support ✅", "Official refunds & complaints 24/7. WhatsApp us for instant claims.",
           41, following=3800)
    person("mugshot_mel", "Mel Haworth", "Freelance copywriter. Coffee is a personality.", 820)
    person("new_mum_keeley", "Keeley Danvers", "Mama. Tired. Happy.", 310)
    person("gigs_with_gav", "Gav Tully", "Live music, mostly loud. Corn Exchange regular.", 1700)
    person("bbq_barry", "Barry Nkemelu", "Low and slow. Charcoal reviews. Brisket bore.", 9400)
    person("campfire_cal", "Cal Rennie", "Dad, camper, marshmallow engineer.", 210)
    person("woodburnerwendy", "Wendy Oakes", "Cottage, collie, crosswords.", 160)
    person("small_poems_sia", "Sia Marr", "Tiny poems for big days.", 2200)
    person("hexley_scouts3", "3rd Hexley Scouts", "Adventure for 6–14 year olds in Hexley. Volunteer led.", 880)
    person("HexleyHerald", "The Hexley Herald", "News for Hexley and the Corn Street valley since 1888.", 38_000,
           following=900, verified=True)
    person("TradeEatsNews", "Trade Eats", "Restaurant and hospitality industry news.", 64_000, following=1200, verified=True)
    person("hungry_hamish", "Hamish Doyle", "Nurse. Night shifts. Always hungry.", 290)
    person("tia_grantham", "Tia Grantham", "Group chat admin, reluctantly.", 480)
    person("ebony_lottiefan", "Ebony Clarke", "Lottie's biggest fan 💛", 120)
    person("ribs4life_rory", "Rory Finnegan", "Ribs. That's it.", 90)
    person("mum_of3_hexley", "Dionne Pratt", "Mum of three. Budget meals. Hexley.", 370)
    person("sceptic_stan", "Stan Okafor", "Doubts things for a living.", 560)
    person("camille_roux_hx", "Camille Roux", "Lyonnaise à Hexley. Prof de français.", 210)
    person("marco_bellini", "Marco Bellini", "Romano a Hexley. Cuoco a casa.", 170)
    person("daan_visser_hx", "Daan Visser", "Utrechter in Hexley. Fietst overal heen.", 140)
    person("emma_tarrant", "Emma Tarrant", "Office manager. Books everything for everyone.", 250)
    person("qa_ravi_hx", "Ravi Menon", "QA engineer. I break forms for a living.", 1100)

    # ---- Monday 18 October -----------------------------------------------------------------
    promo = tw(B, "Bottomless ribs and wings are back 🔥 every Monday in October, all branches. Bring your appetite. {url:https://embergrill.example/mondays}",
               when="2027-10-18T10:00:00Z")
    SC("ember-brand-own-bottomless-ribs", "brand-own-post", promo, expect(IGN, "low", "food", "none"),
       note="the brand's own promotion")
    SC("ember-ribs-every-branch", "question-in-reply-to-brand",
       tw("carla_jessop", "is the bottomless ribs thing on at Hexley too or just the city ones? Hexley never gets anything",
          reply_to=promo, when="2027-10-18T10:24:31Z"),
       expect(RP, "normal", "food", "direct"), note="a question in reply to the brand's post, without @")
    SC("ember-repost-bottomless-ribs", "repost",
       tw("ribs4life_rory", "", retweet=promo, when="2027-10-18T10:31:12Z"),
       expect(IGN, "low", "food", "indirect"), note="a repost of the brand's own post")
    SC("ember-namesake-smart-mug", "namesake",
       tw("mugshot_mel", "my Ember mug kept this coffee at exactly 57° for two hours while I did my tax return. best gadget I own, no notes ☕",
          when="2027-10-18T11:05:44Z"),
       expect(IGN, "low", None, "none"), note="the heated smart mug")
    SC("ember-harpreet-group-of-14", "question",
       tw("harpreet_gill", f"@{B} do you take bookings for 14 on a Saturday night, or is it walk-in only for big groups? it's for my brother's engagement",
          when="2027-10-18T11:40:03Z"),
       expect(RP, "normal", "bookings", "direct"))
    rhiannon = tw("rhiannon_keast", f"@{B} £29 for a ribeye I asked for medium and it came out blue in the middle, and the chips were cold. tonight at Corn Street. not what I'd saved up for",
                  when="2027-10-18T20:52:16Z")
    SC("ember-ribeye-blue-in-middle", "complaint-direct", rhiannon, expect(RP, "normal", "food", "direct"))
    rhiannon_brand = tw(B, "@rhiannon_keast Rhiannon, that's not good enough at £29 or any price. What time were you in? I'll speak to the Corn Street kitchen lead first thing and come back to you by lunchtime tomorrow.",
                        reply_to=rhiannon, when="2027-10-18T21:09:40Z")
    SC("ember-ribeye-what-time", "thread-with-brand",
       tw("rhiannon_keast", "about 8:15. they did take it off the bill to be fair, but I'd been looking forward to it all week",
          reply_to=rhiannon_brand, when="2027-10-18T21:20:05Z"),
       expect(RP, "normal", "payments", "direct"), note="answers the brand's question without @; the 'bill' is the keyword")
    nadia = tw("nadia_ferris", "waited 50 minutes for a steak at Ember Grill tonight and it came out well done. I asked for rare 😩",
               when="2027-10-18T21:31:27Z")
    SC("ember-joke-steaks-low", "joke-bystander",
       tw("punaday_rob", "@nadia_ferris Ember Grill: where the steaks are low and the wait is well done 🥁",
          reply_to=nadia, when="2027-10-18T21:44:09Z"),
       expect(IGN, "low", "food", "third_party"), note="a pun by a stranger in someone else's thread")
    SC("ember-common-fire-pit-marshmallows", "common-word",
       tw("campfire_cal", "blowing on the last ember in the fire pit to get the marshmallows going. the kids think I'm a wizard 🔥",
          when="2027-10-18T19:12:50Z"),
       expect(IGN, "low", None, "none"), note="a glowing coal")
    SC("ember-hamish-murder-a-burger", "chatter-monitor",
       tw("hungry_hamish", "I could genuinely murder an Ember Grill burger right now. 3 more hours of this shift 😩",
          when="2027-10-18T22:30:18Z"),
       expect(MON, "low", "food", "indirect"), note="'murder' is a figure of speech: chatter, not a threat")

    # ---- Tuesday 19 October ----------------------------------------------------------------
    SC("ember-namesake-baby-ember-rose", "namesake",
       tw("new_mum_keeley", "She's here 💕 Ember Rose, 7lb 2oz, born at 4.12am. Mum and baby doing amazing, dad not so much 😂",
          when="2027-10-19T07:02:33Z"),
       expect(IGN, "low", None, "none"), note="a baby girl's name")
    SC("ember-gareth-dad-on-a-drip", "medical-urgent",
       tw("gareth_lloyd_hx", "all six of us have been throwing up since Sunday lunch at Ember Grill Hexley. we all had the chicken. GP says food poisoning. my dad is 81 and he's on a drip at Hexley General tonight",
          when="2027-10-19T07:48:12Z"),
       expect(RP, "urgent", "hygiene", "indirect"),
       note="not tagged, but an 81-year-old in hospital after eating there: the brand must act (and others may be ill)")
    SC("ember-margo-service-charge", "complaint-indirect",
       tw("margo_tennant", "Ember Grill Hexley added a 12.5% service charge for a waiter we saw twice in two hours. Asked for it to come off and got charged it anyway. Never again.",
          when="2027-10-19T09:15:40Z"),
       expect(RP, "normal", "payments", "indirect"), note="names the brand without tagging it, about her own bill")
    SC("ember-lorna-mums-70th-in-passing", "complaint-in-passing",
       tw("lorna_quayle", f"what a week: car failed its MOT, boiler packed in, and then @{B} lost our booking for mum's 70th so 11 of us ended up in a Wetherspoons. cheers all 🙃",
          when="2027-10-19T09:58:21Z"),
       expect(RP, "normal", "bookings", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("ember-yusuf-two-gift-cards", "question",
       tw("yusuf_demir_hx", f"@{B} can I use two gift cards on the same bill? one's from Christmas and has £18 left on it",
          when="2027-10-19T10:30:57Z"),
       expect(RP, "normal", "payments", "direct"))
    SC("ember-priya-sesame-anaphylactic", "medical-urgent",
       tw("priya_venkat", f"@{B} hi, we're coming in on Saturday. does the halloumi come into contact with sesame at all (same fryer, same board)? my daughter is anaphylactic so I need to be sure before we come",
          when="2027-10-19T11:14:26Z"),
       expect(RP, "urgent", "allergens", "direct"),
       note="a calm, polite question, but the answer decides whether a child with anaphylaxis is safe: a medical need")
    SC("ember-camille-reserver-table", "non-english",
       tw("camille_roux_hx", f"@{B} bonjour, est-ce qu'on peut réserver une table pour 8 personnes samedi soir à Corn Street ? Il y a un acompte à payer ?",
          lang="fr", when="2027-10-19T11:50:08Z"),
       expect(RP, "normal", "bookings", "direct"), note="French: a booking question")
    jas_q = tw("ollie_brennan_x", "@jas_kaur_hx well?? how was date night 👀", when="2027-10-19T12:05:44Z")
    SC("ember-jas-date-night-venting", "third-party-venting",
       tw("jas_kaur_hx", "@ollie_brennan_x he was lovely! Ember Grill wasn't. they'd double-booked our table and we stood by the door for 35 mins like lemons",
          reply_to=jas_q, when="2027-10-19T12:19:30Z"),
       expect(MON, "low", "bookings", "third_party"), note="lesson 2: venting to a friend, brand not tagged")
    halfterm = tw(B, "Half term = kids eat free 🎈 one free kids meal with every adult main, Mon–Fri 25–29 Oct, every branch. Book ahead for bigger groups.",
                  when="2027-10-19T12:30:00Z")
    SC("ember-amira-party-of-ten", "question-in-reply-to-brand",
       tw("amira_latif", "does that still count if we've booked a birthday party for 10 with 6 kids? and can we bring our own cake?",
          reply_to=halfterm, when="2027-10-19T12:51:14Z"),
       expect(RP, "normal", "parties", "direct"),
       known_miss="round 9, not met yet: topic: want 'parties', got bookings; the engine read: replies to @EmberGrill: the customer is talking to the brand | a question | topic bookings: 'booking', 'book', 'booked'")
    SC("ember-quote-kids-eat-free-maths", "quote",
       tw("mum_of3_hexley", "'kids eat free'. turned up with 3 kids and 1 adult, it's one free kids meal per adult main, so two of them are paying. that's not kids eat free is it", quote=halfterm,
          when="2027-10-19T13:10:02Z"),
       expect(RP, "normal", "parties", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a customer's complaint about the offer")
    SC("ember-aoife-skillet-burn", "safety-urgent",
       tw("aoifebrannigan4", f"@{B} the waiter put a sizzling skillet down right in front of my 4 year old, no warning, no board. she grabbed the edge. her palm is blistered and she won't stop screaming. we're at minor injuries now. Hexley branch",
          when="2027-10-19T13:42:37Z"),
       expect(RP, "urgent", "incidents", "direct"), note="a burned child, being treated now")
    SC("ember-spam-gift-card-giveaway", "spam",
       tw("EmberGiveaways", f"🔥 GIVEAWAY 🔥 £250 Ember Grill gift card to 5 lucky winners! follow, RT and tag @{B} + 2 mates 👇 ends Sunday {{url:https://ember-wins.example/enter}}",
          when="2027-10-19T14:00:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="a fake giveaway; the topic comes from the keyword")
    SC("ember-namesake-charcoal-kettle", "namesake",
       tw("bbq_barry", "Seasoned the new Ember Grill 57 kettle today. Lid thermometer is spot on, vents are smooth, held 110°C for 6 hours on one load of briquettes. Brisket tomorrow 🔥",
          when="2027-10-19T15:22:48Z"),
       expect(IGN, "low", None, "none"),
       note="a charcoal barbecue whose model name is exactly the brand's name: a product review, not the restaurant",
       known_miss="round 9, not met yet: action: want 'ignore', got respond_public; addressed: want 'none', got indirect; the engine read: names Ember Grill in a post to everyone | praise: thank them")
    SC("ember-tunde-seated-55-late", "complaint-direct",
       tw("tunde_ashworth", f"@{B} booked for 7pm, 6 of us, finally seated at 7:55. nobody said sorry, nobody said anything. we'd have gone elsewhere if you'd just told us",
          when="2027-10-19T20:05:19Z"),
       expect(RP, "normal", "bookings", "direct"))
    SC("ember-siobhan-hypo-rant", "medical-urgent",
       tw("siobhan_tighe", f"@{B} 80 mins for mains at Corn St, half the place empty, nobody can say when the food's coming. my daughter's type 1, had her insulin when we ordered like she's meant to and she's going hypo at the table, shaking. we've used all our sweets. furious",
          when="2027-10-19T20:41:55Z"),
       expect(RP, "urgent", "food", "direct"),
       note="a rant about a slow kitchen with a diabetic child's falling blood sugar buried in it: she needs food now")
    SC("ember-common-wood-burner", "common-word",
       tw("woodburnerwendy", "log stove down to one orange ember, dog asleep on my feet, wine open. perfect evening, don't speak to me",
          when="2027-10-19T21:10:36Z"),
       expect(IGN, "low", None, "none"))
    SC("ember-ruairi-fight-corn-st", "safety-urgent",
       tw("ruairi_hale", "massive fight kicking off in Ember Grill Corn St right now, two tables going at it, chairs over, glass everywhere and there are kids in here. staff have locked themselves in the kitchen",
          when="2027-10-19T21:47:03Z"),
       expect(RP, "urgent", "incidents", "indirect"),
       note="violence in a branch right now, reported to everyone rather than to the brand")

    # ---- Wednesday 20 October --------------------------------------------------------------
    deshawn = tw("deshawn_rick", "ordered a delivery from Ember Grill at 7, turned up at 8:40 freezing, and the rider had clearly carried the bag upside down. £36 for that.",
                 when="2027-10-19T21:55:10Z")
    SC("ember-deshawn-upside-down-bag", "complaint-indirect", deshawn, expect(RP, "normal", "delivery", "indirect"))
    deshawn_brand = tw(B, "@deshawn_rick That's not the night you paid for, Deshawn. Could you DM us the order number? We'll sort the money back and I'll flag it with the delivery team tonight.",
                       reply_to=deshawn, when="2027-10-19T22:06:31Z")
    SC("ember-spam-fake-support-whatsapp", "spam",
       tw("EmberGrillHelp", "@deshawn_rick Hi Deshawn, Ember Grill Support here 👋 so sorry about your order. For an instant refund WhatsApp our claims team on 07700 900612 with your card details {url:https://embergrill-refunds.example/claim}",
          reply_to=deshawn, when="2027-10-19T22:08:02Z"),
       expect(IGN, "low", "payments", "third_party"), note="a fake support account fishing for card details")
    SC("ember-deshawn-sent-the-number", "thread-with-brand",
       tw("deshawn_rick", "sent the order number over. to be fair it's the first bad delivery I've had off you in about a year",
          reply_to=deshawn_brand, when="2027-10-19T22:31:47Z"),
       expect(RP, "normal", "delivery", "direct"), note="back in the brand's thread without @; the case is still open",
       known_miss="round 9, not met yet: priority: want 'normal', got high; the engine read: replies to @EmberGrill: the customer is talking to the brand | repeat contact | topic delivery: 'delivery'")
    SC("ember-critic-tomahawk", "big-reach",
       tw("CritAtTheTable", "Ember Grill's new £38 tomahawk: asked for medium rare, got grey all the way through, chewy, lukewarm by the time it landed. The chips were the best thing on the plate. Not going back.",
          when="2027-10-20T08:00:00Z",
          metrics={"retweet_count": 640, "reply_count": 310, "like_count": 5400, "quote_count": 95}),
       expect(RP, "high", "food", "indirect"), note="a critic with 410k followers, not tagging the brand")
    fiona = tw("fiona_mcbride", f"@{B} we cancelled our booking 5 days ahead like your T&amp;Cs say. where's our £40 deposit?",
               when="2027-10-18T09:20:14Z")
    fiona_brand = tw(B, "@fiona_mcbride Hi Fiona, sorry for the wait. I've asked our payments team to send the deposit back today; it takes 3–5 working days to show. Tell me here if it hasn't arrived by Friday.",
                     reply_to=fiona, when="2027-10-18T09:41:52Z")
    SC("ember-brand-own-reply-fiona", "brand-own-post", fiona_brand, expect(IGN, "low", "bookings", "none"),
       note="the brand's own reply")
    SC("ember-fiona-third-time-deposit", "repeat-contact",
       tw("fiona_mcbride", "it's Saturday. you said Friday. still no deposit, and nobody's answered my 2 emails either. that's the third time I've asked about this booking",
          reply_to=fiona_brand, when="2027-10-23T09:12:38Z"),
       expect(RP, "high", "bookings", "direct"), note="back in the brand's thread: the promised refund never came")
    SC("ember-dan-card-and-booking-ref", "private-details",
       tw("dan_pryce_hx", f"@{B} you've taken the £50 deposit twice for booking EG-448120. card is 4111 1111 1111 1111, it's on my statement two times. email me on dan.pryce@mailbox.example",
          when="2027-10-20T09:40:27Z"),
       expect(RV, "normal", "bookings", "direct"), note="a full card number, a booking reference and an email in public")
    SC("ember-pete-hotline-four-times", "public-hotline-number",
       tw("pete_garrity", f"@{B} rang 0808 157 0731 four times about our cancelled booking, 40 min on hold each time, then it cuts off. can someone on here actually help?",
          when="2027-10-20T10:05:16Z"),
       expect(RP, "high", "bookings", "direct"), strict=False,
       note="the brand's own guest line is not a private detail; four failed calls make it a repeated complaint")
    SC("ember-lucia-cristal-hamburguesa", "safety-urgent",
       tw("luciamoreno_sev", f"@{B} mi hija ha encontrado un trozo de cristal en la hamburguesa y le sangra la boca. Seguimos en el restaurante de Corn Street y nadie nos dice nada.",
          lang="es", when="2027-10-20T13:18:44Z"),
       expect(RP, "urgent", "incidents", "direct"), note="Spanish: glass in a child's burger, her mouth is bleeding")
    SC("ember-gaz-ghost-chilli-nearly-killed", "praise",
       tw("ghostchilli_gaz", f"@{B} the ghost chilli wings nearly killed me 💀 couldn't feel my face for 20 minutes, cried twice, 10/10, going back Friday to die again",
          when="2027-10-20T13:55:21Z"),
       expect(RP, "low", "food", "direct"), note="sounds alarming, is a rave review",
       known_miss="round 9, not met yet: priority: want 'low', got urgent; the engine read: addressed to @EmberGrill | complaint (0.83) | a person at risk: urgent | topic food: 'wings'")
    SC("ember-marco-bistecca-cruda", "non-english",
       tw("marco_bellini", f"@{B} bistecca cruda dentro e patatine fredde, a Hexley ieri sera. 34 sterline. Non ci torno.",
          lang="it", when="2027-10-20T14:20:09Z"),
       expect(RP, "normal", "food", "direct"), note="Italian: raw steak, cold chips")
    lottie = tw("LottieLovesLife", f"Booked @{B} 6 weeks ago for Alfie's 7th birthday. Turned up with 8 excited kids to find our table given to a walk-in. Manager just shrugged. Alfie cried all the way home 💔",
                when="2027-10-20T15:02:50Z",
                metrics={"retweet_count": 2300, "reply_count": 900, "like_count": 18400, "quote_count": 260})
    SC("ember-lottie-birthday-table-given-away", "big-reach", lottie, expect(RP, "high", "bookings", "indirect"),
       note="880k followers; the handle in the middle",
       known_miss="round 9, not met yet: action: want 'respond_public', got monitor; priority: want 'high', got low; the engine read: tags @EmberGrill in a post to everyone | general chatter about the brand | topic bookings: 'booking', 'book', 'booked', 'table', 'walk-in', 'walk in'")
    SC("ember-repost-lottie", "repost", tw("ebony_lottiefan", "", retweet=lottie, when="2027-10-20T15:20:33Z"),
       expect(IGN, "low", "bookings", "indirect"))
    nina = tw("nina_osei_hx", "going to Ember Grill Saturday for my sister's thing but I'm coeliac. anyone know if they're any good?",
              when="2027-10-20T15:40:12Z")
    SC("ember-claire-coeliac-reassures", "third-party-chatter",
       tw("coeliac_claire", "@nina_osei_hx I'm coeliac too and Ember Grill were brilliant with me, separate gluten free fryer and they double check everything. you'll be fine x",
          reply_to=nina, when="2027-10-20T16:01:45Z"),
       expect(MON, "low", "allergens", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("ember-deano-car-park-threat", "threat-urgent",
       tw("deano_fitz", "that waiter at Ember Grill Corn Street who refused to serve us cos we were 'too loud'. I know you finish at 11 mate. see you in the car park 👊",
          when="2027-10-20T16:33:28Z"),
       expect(ANY, "urgent", "staff", "indirect"), note="a threat against a named member of staff, with a grievance attached")
    SC("ember-news-hygiene-rating-one", "news-monitor",
       tw("HexleyHerald", "Ember Grill's Hexley branch has been given a food hygiene rating of 1 after inspectors found mouse droppings in a dry store. The company says the branch has been deep-cleaned. {url:https://hexleyherald.example/news/ember-grill-hygiene}",
          when="2027-10-20T17:00:00Z"),
       expect(MON, "low", "hygiene", "indirect"), note="local news about an inspection that is over: monitor")
    SC("ember-kerry-epipen-ambulance", "medical-urgent",
       tw("kerry_mansell", f"@{B} my son had the kids burger, we asked THREE times and were told nut free. his lips are swelling up, we've used his epipen and the ambulance is on the way. what was in it??",
          when="2027-10-20T18:24:07Z"),
       expect(RP, "urgent", "allergens", "direct"), note="an allergic reaction happening now")
    SC("ember-kit-cake-candles-melt", "sarcasm-customer",
       tw("kit_aldous", "nothing says happy birthday like waiting 55 minutes for the cake we pre-ordered from Ember Grill while the candles melt in the box 🎂🙃 magical",
          when="2027-10-20T19:06:55Z"),
       expect(RP, "normal", "parties", "indirect"), note="sarcasm from a customer is a complaint")
    SC("ember-lee-muppets-delivery", "abuse-with-problem",
       tw("lee_barraclough", f"@{B} you useless bunch of muppets. 2 HOURS for a delivery, half of it missing, the rider couldn't even find the door and your chat bot just keeps saying sorry. sort your s**t out",
          when="2027-10-20T20:38:19Z"),
       expect(RP, "high", "delivery", "direct"), note="insults, with a real and serious failure")
    gemma = tw("gemma_strand", "anyone else's Ember Grill order turn up with no fries tonight or is it just me", when="2027-10-20T20:50:41Z")
    SC("ember-joke-grill-and-forget", "joke-bystander",
       tw("wes_hartigan", "@gemma_strand they've rebranded as Ember Grill-and-Forget 😂",
          reply_to=gemma, when="2027-10-20T21:02:16Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in someone else's thread")
    nell = tw("nell_ashby", f"@{B} is the sticky toffee pudding nut free? my daughter's allergic to peanuts",
              when="2027-10-20T17:45:30Z")
    nell_brand = tw(B, "@nell_ashby Hi Nell, the sticky toffee pudding has no nuts in the recipe, but it's made in a kitchen that handles them. Please tell your server about the allergy and they'll check the batch with the kitchen.",
                    reply_to=nell, when="2027-10-20T17:58:02Z")
    SC("ember-nell-hives-after-pudding", "medical-urgent",
       tw("nell_ashby", "update for anyone reading: she had it, she's come up in hives all down her neck and her breathing's gone wheezy. we're driving to A&amp;E now. you said no nuts",
          reply_to=nell_brand, when="2027-10-20T21:15:49Z"),
       expect(RP, "urgent", "allergens", "direct"),
       note="a reply in the brand's thread without the handle: an allergic reaction with breathing trouble, now")

    # ---- Thursday 21 October ---------------------------------------------------------------
    SC("ember-namesake-band-corn-exchange", "namesake",
       tw("gigs_with_gav", "Ember at the Corn Exchange last night 🤘 the drummer is unreal and they played the whole first album. Get tickets for the Hexley date while you can",
          when="2027-10-21T08:10:27Z"),
       expect(IGN, "low", None, "none"), note="the band")
    SC("ember-common-ember-of-hope", "common-word",
       tw("small_poems_sia", "keep one ember of hope for the long dark months. it's enough. it always has been 🧡",
          when="2027-10-21T08:44:05Z"),
       expect(IGN, "low", None, "none"), note="'ember' as a metaphor")
    SC("ember-vivienne-small-claims", "legal-threat-not-urgent",
       tw("vivienne_cross", f"@{B} three emails and a month later, still no £80 deposit back for the table you cancelled on us. small claims court papers go in on Monday.",
          when="2027-10-21T09:20:41Z"),
       expect(RP, "high", "bookings", "direct"), note="a court threat after a month of silence: high, not urgent")
    SC("ember-sami-scorecard-in-passing", "complaint-in-passing",
       tw("sami_haddad_hx", f"today's scorecard: missed the 8:12, laptop died mid-presentation, @{B} delivery never arrived (still charged, obviously), and it's chucking it down. bed.",
          when="2027-10-21T19:32:10Z"),
       expect(RP, "normal", "delivery", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("ember-kwame-second-friday-no-sides", "repeat-contact",
       tw("kwame_asante_hx", f"@{B} second Friday running the delivery's come with no sides. last week you said it had been 'flagged'. £11 of sides I've paid for and never got",
          when="2027-10-22T20:14:58Z"),
       expect(RP, "high", "delivery", "direct"), note="the same failure again after the brand said it was dealt with")
    SC("ember-shona-dob-birthday-voucher", "private-details",
       tw("shona_mclean", f"@{B} still no birthday voucher in my app. registered with shona.mclean@inboxmail.example, DOB 14/03/1991, loyalty number 7730 2291. it's Sunday!!",
          when="2027-10-21T10:12:33Z"),
       expect(RV, "normal", "payments", "direct"), note="email, date of birth and loyalty number in public")
    SC("ember-ines-number-rings-out", "public-hotline-number",
       tw("ines_marlow", f"@{B} your number 0808 157 0731 just rings out. need to change a reservation for tonight from 4 to 6 people, can you do it on here?",
          when="2027-10-21T11:02:19Z"),
       expect(RP, "normal", "bookings", "direct"), strict=False,
       note="the brand's own number is not a private detail")
    SC("ember-ahmed-environmental-health", "legal-threat-not-urgent",
       tw("ahmed_qureshi", f"@{B} hair in my burger, filthy toilets, and a waiter who told me 'it happens'. I've reported Hexley to environmental health and Trading Standards will be hearing about your 'fresh daily' claim too",
          when="2027-10-21T12:25:46Z"),
       expect(RP, "high", "hygiene", "direct"), note="a regulator complaint: high, not urgent; nobody is hurt")
    SC("ember-jonas-kindermenue-allergie", "medical-urgent",
       tw("jonas_weber_hx", f"@{B} Mein Sohn (6) hat nach dem Kindermenü in Hexley eine allergische Reaktion, die Lippen sind geschwollen und er atmet schwer. Uns wurde gesagt, es sei nussfrei! Wir sind jetzt im Krankenhaus.",
          lang="de", when="2027-10-21T13:07:12Z"),
       expect(RP, "urgent", "allergens", "direct"), note="German: an allergic reaction with breathing trouble after a 'nut-free' kids' meal")
    priti = tw("priti_nandha", "@lauren_cobb_hx where did you end up taking the kids for tea in the end?", when="2027-10-21T17:40:22Z")
    SC("ember-lauren-nuggets-three-ways", "third-party-venting",
       tw("lauren_cobb_hx", "@priti_nandha Ember Grill. the kids menu is literally nuggets three ways and a sad hot dog. mine had a bread roll and a strop",
          reply_to=priti, when="2027-10-21T17:58:09Z"),
       expect(MON, "low", "parties", "third_party"), note="venting to a friend, brand not tagged")
    SC("ember-tash-weasel-manager", "abuse-with-problem",
       tw("tash_millington", f"@{B} your Hexley manager is a jumped up little weasel. cancelled our table by text 20 minutes before we were due for a 'private event', then laughed when I rang. absolute joke of a place",
          when="2027-10-21T18:20:37Z"),
       expect(RP, "high", "bookings", "direct"), note="abusive, but a booking cancelled at the last minute is a real problem",
       known_miss="round 9, not met yet: priority: want 'high', got normal; the engine read: addressed to @EmberGrill | complaint (0.89) | topic bookings: 'cancelled our table', 'table'")
    SC("ember-kris-torch-the-place", "threat-urgent",
       tw("kris_balogun", f"@{B} kept my £60 deposit because we were 10 minutes late. keep it up and I'll come down and torch the place with the lot of you inside it",
          when="2027-10-21T19:05:51Z"),
       expect(ANY, "urgent", "bookings", "direct"), note="a threat to set fire to a restaurant with people inside, with a complaint attached")
    SC("ember-daan-bezorger-belde-niet", "non-english",
       tw("daan_visser_hx", f"@{B} bestelling 1u45 te laat en de bezorger belde niet eens aan, alles stond gewoon op de stoep in de regen. Wat is dit?",
          lang="nl", when="2027-10-21T20:12:03Z"),
       expect(RP, "normal", "delivery", "direct"), note="Dutch: a late delivery left on the doorstep")
    SC("ember-common-scouts-bonfire", "common-word",
       tw("hexley_scouts3", "Bonfire night reminder from the 3rd Hexley Scouts: put your fire out properly and check every ember's dead before bed. one stray ember took a neighbour's fence last year 🚒",
          when="2027-10-21T18:00:00Z"),
       expect(IGN, "low", None, "none"), note="safety advice about bonfires, nothing to do with the restaurants")

    # ---- Friday 22 October -----------------------------------------------------------------
    SC("ember-beth-any-day-ending-in-y", "sarcasm-customer",
       tw("beth_ormerod", f"@{B} love that kids eat free doesn't apply on weekends, bank holidays, school holidays or any day ending in y. so generous 👏",
          when="2027-10-22T08:30:14Z"),
       expect(RP, "normal", "parties", "direct"))
    SC("ember-hannah-two-years-on-praise", "praise",
       tw("hannah_reiss", "Two years ago my son had an allergic reaction at Ember Grill on Corn St. They were amazing that night, changed how they label nuts, and now he eats there every week and they remember him. That's how you handle it.",
          when="2027-10-22T09:10:48Z"),
       expect(RP, "low", "allergens", "indirect"), note="a past reaction, settled long ago: praise, not an emergency")
    autumn = tw(B, "Our new autumn menu lands Monday 🍂 smoked brisket, bone marrow gravy and a few old favourites. See it first: {url:https://embergrill.example/autumn}",
                when="2027-10-22T10:00:00Z")
    SC("ember-quote-autumn-same-burger", "quote",
       tw("sceptic_stan", "'new autumn menu' = same burger, £2.50 more, and the halloumi fries have gone. cheers", quote=autumn,
          when="2027-10-22T10:18:27Z"),
       expect(RP, "normal", "food", "indirect"), strict=False, note="sarcastic quote of the brand's post, without a tag")
    tom = tw("tom_whitlock_hx", "payday is 9 days away and I promised the kids a meal out 😬 any cheap ideas round Hexley?",
             when="2027-10-22T11:20:06Z")
    SC("ember-femi-monday-voucher-tip", "third-party-chatter",
       tw("frugal_femi", "@tom_whitlock_hx Ember Grill do 2-for-1 on Mondays with the voucher in their app, and there's a discount for NHS staff too",
          reply_to=tom, when="2027-10-22T11:34:40Z"),
       expect(MON, "low", "payments", "third_party"), note="a stranger's tip in someone else's thread")
    SC("ember-news-twelve-new-restaurants", "news-monitor",
       tw("TradeEatsNews", "Ember Grill to open 12 new restaurants in 2028, creating 400 jobs, after a record year for the steakhouse chain {url:https://tradeeats.example/ember-grill-expansion}",
          when="2027-10-22T12:00:00Z"),
       expect(MON, "low", None, "indirect"))
    SC("ember-emma-script-on-booking-page", "html-entities",
       tw("emma_tarrant", f"@{B} your booking page is showing &lt;script&gt;alert('slots')&lt;/script&gt; where the times should be. can't book for Friday at all",
          when="2027-10-22T12:40:19Z"),
       expect(RP, "normal", "bookings", "direct"), note="code on the page, delivered escaped: still an ordinary booking complaint")
    SC("ember-ravi-gift-card-xss", "html-entities",
       tw("qa_ravi_hx", f"@{B} heads up: I typed &lt;img src=x onerror=alert(document.cookie)&gt; into the gift card message box and it ran on the preview page. worth fixing before someone less friendly finds it",
          when="2027-10-22T13:15:52Z"),
       expect(RP, "normal", "payments", "direct"), strict=False,
       note="a friendly security report with HTML in it; some leads would call a hole in the gift card page high")
    SC("ember-tia-thai-or-ember", "chatter-monitor",
       tw("tia_grantham", "Ember Grill or that new Thai place for Friday? the group chat is at war",
          when="2027-10-22T14:02:31Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    SC("ember-joana-melhor-picanha", "praise",
       tw("joana_pires_hx", f"@{B} a melhor picanha que comi em Inglaterra! E o rapaz do bar falou português comigo 😍 obrigada, Hexley",
          lang="pt", when="2027-10-22T21:30:44Z"),
       expect(RP, "low", "food", "direct"), note="Portuguese: praise")
    return brand


BRANDS["ember-grill"] = ("EmberGrill", 4267890126, build_ember_grill)
