# Magpie: a made-up money app and debit card from Newcastle upon Tyne: a current account in an
# app, a debit card (contactless, cash machines, Apple and Google wallets), bank transfers and
# international transfers, savings pots with round-ups, "Magpie Later" buy-now-pay-later
# instalments and a crypto tab for buying and selling bitcoin and ether. Threats, self-harm,
# domestic and financial abuse, customers stranded without a working card and customers who
# can't pay for medicine go to the safeguarding desk.
# "Magpie" is also the black-and-white bird (and the "one for sorrow, two for joy" rhyme),
# Newcastle United, Collingwood and Notts County ("the Magpies"), someone who collects shiny
# things, The Magpie pub on Castle Street, the Magpie Café in Whitby, a children's TV show of
# the 1970s, Magpie Jewellery, Magpie Gold & Pawn and a crypto project called Magpie Protocol:
# none of them is the money app.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of Monday
# 29 November 2027: card payments fail from Sunday evening, the last night of the Black Friday
# weekend, until Cyber Monday afternoon; then come double charges, a wave of scam texts that
# use the outage as bait, fake "Magpie support" accounts and a "fund recovery" firm, and the
# ordinary business of a money app (transfers, savings pots, pay-later fees, crypto, ID checks).
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, street, shop,
# account, sort code and order number, phone number, card number, address and email address
# here is made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid
# test number.


def build_magpie_pay():
    global CURRENT_BRAND, CLOCK
    brand = Brand("magpie-pay", SCEN_DIR / "magpie-pay.plan.toml", "MagpieMoney", 4434567841, 1861220000000004501)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-11-29T05:30:00Z")
    B = "MagpieMoney"
    user(B, "Magpie", 4434567841,
         "Magpie 🐦‍⬛ the money app and debit card. Help here 8am–10pm, every day. Card lost or stolen? Freeze it in the app "
         "or call 0808 157 0472, 24/7. We'll never ask for your PIN, passcode or full card number, and we never text you a link.",
         96_400, following=310, tweets=41_200, listed=410, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9640100000 + _n[0] * 4129, bio, followers, **kw)

    person("hannah_ellis_ma", "Hannah Ellis", "Primary teacher. Jesmond. Bargain hunter.", 410)
    person("nana_bev_ma", "Bev Charlton", "Nana of 4. I share the useful stuff.", 90)
    person("MagpieHelpUK", "Magpie Money Support ✅", "Official support 24/7 ✅ refunds, compensation, unblocking. DM us 💳", 37, following=4800)
    person("dom_reilly_ma", "Dom Reilly", "Dad of Alfie (9, type 1 warrior). Gateshead.", 260)
    person("chloe_martin_ma", "Chloé Martin", "Lyonnaise à Newcastle. Étudiante en master, fan de thé.", 340)
    person("jesstullylaughs", "Jess Tully", "Comedian. Geordie in exile. Tour dates below 👇 Podcast: Tully Talks.",
           1_240_000, following=820, listed=4300, verified=True)
    person("leanne_fan_ma", "Leanne Cole", "Jess Tully superfan. Sunderland.", 150)
    person("pun_pete_ma", "Pete Varley", "Puns. Sorry in advance.", 380)
    person("kezia_ford_ma", "Kezia Ford", "Nails, naps, Cyber Monday.", 520)
    person("liam_ogden_ma", "Liam Ogden", "Electrician. Blyth. Air fryer evangelist.", 190)
    person("sophie_ng_ma", "Sophie Ng", "Physio. Durham. Running late.", 610)
    person("gemma_doyle_ma", "Gemma Doyle", "Mam of 2. Care assistant. Morpeth.", 230)
    person("craig_hewitt_ma", "Craig Hewitt", "Scaffolder. Wallsend. Don't @ me.", 85)
    person("tyler_wood_ma", "Tyler Wood", "Sneakerhead 👟 Newcastle. 19.", 940)
    person("ravi_patel_ma", "Ravi Patel", "Pharmacist. Cricket. Whickham.", 300)
    person("TynesideEcho", "Tyneside Echo", "News from Newcastle, Gateshead and across Tyneside. Tips: news@tynesideecho.example",
           38_500, following=1200, verified=True)
    person("neil_quiz_ma", "Neil Adair", "Quiz captain. Ouseburn. Always second.", 270)
    person("becca_lowe_ma", "Becca Lowe", "Copywriter. Cat owner. Perpetually tired.", 720)
    person("owen_price_ma", "Owen Price", "Student nurse. Heaton. Skint.", 310)
    person("jordan_kerr_ma", "Jordan Kerr", "Pizza, darts, overdrafts.", 240)
    person("marcus_bell_ma", "Marcus Bell", "Dad. Telly. Gosforth.", 130)
    person("gaz_wilkes_ma", "Gary Wilkes", "", 45)
    person("lisa_hart_ma", "Lisa Hart", "Mum of Ellie (13). Hairdresser. Blaydon.", 280)
    person("marta_ruiz_ma", "Marta Ruiz", "Madrileña en Newcastle. Enfermera. Hija de una madre muy terca.", 350)
    person("abi_cole_ma", "Abi Cole", "Trainee accountant. Overthinker.", 200)
    person("fran_okoye_ma", "Fran Okoye", "Sunderland. Reality TV and spreadsheets.", 460)
    person("ty_benson_ma", "Ty Benson", "IT support. Yes I've tried turning it off and on.", 1300)
    person("kate_s_ma", "Kate S", "Starting again.", 40)
    person("sam_yates_ma", "Sam Yates", "Renting in Byker. Bike mechanic.", 180)
    person("kyle_dunn_ma", "Kyle Dunn", "Toon till I die. Forklift driver.", 320)
    person("thebrokepod", "Nadia Ahmed | The Broke Podcast", "Host of The Broke Podcast 🎙️ money, jobs and being skint in your 20s. Bookings via my agent.",
           486_000, following=1100, listed=2100, verified=True)
    person("jens_weber_ma", "Jens Weber", "Aus Bremen, seit 10 Jahren in Newcastle. Nierenpatient, Fußballfan.", 120)
    person("paul_grant_ma", "Paul Grant", "Retired joiner. Whitley Bay. Grandad.", 210)
    person("banter_bill_ma", "Bill Rowntree", "Here for the replies.", 660)
    person("FundRescueDesk", "Fund Recovery Pros ✅", "Certified scam and crypto fund recovery. 100% success. DM ✅", 9100, following=5000)
    person("xmas_cash_drop", "Christmas Cash Drop 🎄", "Daily giveaways 🎁 Follow + RT to win 💷", 4200, following=4900)
    person("devi_rao_ma", "Devi Rao", "Front-end dev. I notice broken forms.", 2100)
    person("mgp_secure_uk", "Magpie Secure", "Account security notices", 12, following=3100)
    person("amy_jewels_ma", "Amy Kerrigan", "Birthday present buyer for the whole family, apparently.", 210)
    person("heaton_birds_ma", "Joan Pattison", "Birdwatcher. Heaton Park regular. Feeders always full.", 890)
    person("ellie_fox_ma", "Ellie Fox", "Saving for a flat. Slowly.", 170)
    person("mo_hassan_ma", "Mo Hassan", "Taxi driver. Newcastle. Early starts.", 260)
    person("carol_telly_ma", "Carol Dodds", "Soaps, tea, biscuits. Walker.", 140)
    person("pies_mel_ma", "Mel O'Connor", "Collingwood tragic 🖤🤍 Melbourne. Go Pies.", 2900)
    person("nat_cross_ma", "Nat Cross", "Graphic designer. Mostly sarcasm.", 830)
    person("joe_ryan_ma", "Joe Ryan", "Warehouse nights. Killingworth.", 95)
    person("tanisha_o_ma", "Tanisha Oduya", "Nursing student. Tired.", 310)
    person("ruth_kell_ma", "Ruth Kelleher", "Daughter, sister, librarian.", 220)
    person("frank_moss_ma", "Frank Moss", "Retired bus driver. Ponteland.", 75)
    person("sanne_dv_ma", "Sanne de Vries", "Uit Utrecht, woont in Newcastle. Verpleegkundige.", 160)
    person("lewis_t_ma", "lewis", "", 64)
    person("diane_prior_ma", "Diane Prior", "Practice manager. I keep receipts.", 350)
    person("mel_carr_ma", "Mel Carr", "Mam of 3. Cramlington. Running on fumes.", 410)
    person("zara_khan_ma", "Zara Khan", "Marketing exec. Impulse buyer, reformed (ish).", 1500)
    person("amber_lee_ma", "Amber Lee", "Retail worker. Christmas is cancelled.", 230)
    person("NottsPiesPod", "The Pies Pod", "Notts County fan podcast 🖤🤍 Meadow Lane every other Saturday.", 7400)
    person("ToonTransferHQ", "Toon Transfer HQ", "Newcastle United transfer news, rumours and ITK ⚫⚪ Not affiliated with the club.",
           61_000, following=300)
    person("wes_p_ma", "Wes Pringle", "Superstitious. Sunderland.", 130)
    person("steve_bain_ma", "Steve Bain", "Engineer. Hexham. Patience running out.", 190)
    person("rob_lyle_ma", "Rob Lyle", "Accountant who dabbles. Tynemouth.", 540)
    person("pam_hughes_ma", "Pam Hughes", "Daughter of a very trusting dad.", 150)
    person("grace_adu_ma", "Grace Adu", "Full-time carer for my mum. Fenham.", 180)
    person("giulia_r_ma", "Giulia Romano", "Milanese a Newcastle. Neomamma 🍼", 270)
    person("lauren_p_ma", "Lauren Pike", "Shopaholic in recovery (not really).", 1900)
    person("ian_shaw_ma", "Ian Shaw", "Small business owner. Read the small print.", 480)
    person("NorthGazette", "North Gazette", "Daily news for the North East. newsdesk@northgazette.example", 24_000, following=900, verified=True)
    person("whitby_walks", "Whitby Walks", "Coast paths, abbey steps and chip shops 🐟", 5600)
    person("dad_of_two_ma", "Mark Telford", "Dad of two girls. Outnumbered.", 280)
    person("lee_mason_ma", "Lee Mason", "Benwell. Getting by.", 70)
    person("defi_dan_ma", "Dan Kerr 🚀", "DeFi degen. Not financial advice. Charts and coffee.", 3400)
    person("joana_s_ma", "Joana Silva", "Carioca em Newcastle. Designer.", 290)
    person("pieter_b_ma", "Pieter Bakker", "Rotterdammer in de North East.", 140)
    person("telly_nostalgia", "Telly Nostalgia", "Old telly, old adverts, old test cards 📺", 18_200)
    person("darren_h_ma", "Darren Hume", "", 55)
    person("dean_swift_ma", "Dean Swift", "Barber. South Shields.", 350)
    person("tomasz_k_ma", "Tomasz Kowalski", "Chef. Newcastle. Seven years here.", 260)
    person("ann_brady_ma", "Ann Brady", "Gateshead. Grandma. Not patient.", 110)
    person("jade_firstjob", "Jade Morton", "New job Monday!! Terrified.", 210)
    person("callum_r_ma", "Callum Reid", "Landlord's nightmare. Jarrow.", 260)
    person("priya_mum_ma", "Priya Nair", "Mum of twins. Spreadsheet queen.", 620)
    person("toon_army_ma", "Gav Robson", "Season ticket, Gallowgate End. Away days when I can afford them.", 1100)
    person("office_jo_ma", "Jo Liddell", "Office manager. Keeper of the stapler.", 230)
    person("kev_saver_ma", "Kev Atkinson", "Dad. Saver. Bore about interest rates.", 440)

    # ---- Monday 29 November: Cyber Monday, card payments failing since Sunday evening ----------
    SC("magpie-fr-safety-stranded-station", "safety-urgent",
       tw("chloe_martin_ma", f"@{B} bonsoir, je suis toute seule à la gare centrale, il est presque 1h du matin et ma carte est refusée partout, je ne peux pas payer de taxi. Un homme me suit depuis le quai, j'ai peur. Je ne me sens pas en sécurité. Que faire ?",
          lang="fr", when="2027-11-29T00:42:10Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="French: a young woman alone at a station after midnight, card refused, being followed")
    outage = tw(B, "Some Magpie card payments are being declined since about 7pm last night. We're working on it with our processor. Your balance is safe, and transfers still work as normal. Next update by 8am. Sorry, on Cyber Monday of all days.",
                when="2027-11-29T06:10:00Z")
    SC("magpie-brand-own-outage-update", "brand-own-post", outage, expect(IGN, "low", "cards", "none"))
    SC("magpie-repost-outage-update", "repost", tw("nana_bev_ma", "", retweet=outage, when="2027-11-29T06:22:41Z"),
       expect(IGN, "low", "cards", "indirect"))
    hannah = tw("hannah_ellis_ma", f"@{B} card declined on 3 different sites this morning and the Cyber Monday deals end at midnight. there's £600 in my account. what's going on?",
                when="2027-11-29T06:24:33Z")
    SC("magpie-complaint-declined-cyber-monday", "complaint-direct", hannah, expect(RP, "high", "cards", "direct"),
       note="part of the card-payments outage: a service outage is high",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: addressed to @MagpieMoney | complaint (0.81) | topic cards: 'card', 'declined', an amount of money")
    hannah_brand = tw(B, "@hannah_ellis_ma Morning Hannah, sorry: some card payments are failing since last night and it's on our side, not your account. Your money's safe. We'll post an update by 10am and I'll come back to you here as soon as cards are working again.",
                      reply_to=hannah, when="2027-11-29T06:41:05Z")
    SC("magpie-brand-reply-hannah", "brand-own-post", hannah_brand, expect(IGN, "low", "cards", "none"))
    SC("magpie-spam-fake-support-under-hannah", "spam",
       tw("MagpieHelpUK", "@hannah_ellis_ma Hi Hannah 👋 Magpie Money support here ✅ sorry about the outage! Claim your £50 compensation for the failed payments 👉 {url:https://magpie-compensation.example/claim} and enter your card details to verify 💳",
          reply_to=hannah, when="2027-11-29T06:55:18Z"),
       expect(IGN, "low", "accounts", "third_party"),
       note="a fake support account fishing for card details under a real customer's post; 'compensation' and 'verify' lead the keywords")
    sophie = tw("sophie_ng_ma", "is anyone else's Magpie card not working?? been declined twice at the petrol station 😤", when="2027-11-29T07:10:02Z")
    SC("magpie-safety-hard-shoulder-in-thread", "safety-urgent",
       tw("gemma_doyle_ma", "@sophie_ng_ma same, my Magpie card's dead too and I'm stranded on the hard shoulder of the A1 with a flat. recovery want paying up front before they'll come out. 2 kids in the back, pitch black, lorries flying past, they're scared and so am I 😭",
          reply_to=sophie, when="2027-11-29T07:25:47Z"),
       expect(ANY, "urgent", "safeguarding", "third_party"),
       note="the action is left open (the issue: never a public answer in someone else's conversation; the writer wanted one); inside a friend's thread and the brand is not tagged, but a mother and two children are stranded on a motorway in the dark: the risk outweighs 'don't butt in'")
    SC("magpie-medical-insulin-pharmacy", "medical-urgent",
       tw("dom_reilly_ma", f"@{B} hi, is there any way to get cash out while cards aren't working? I'm at the pharmacy trying to pay the prescription for my son's insulin and it keeps getting declined. he's diabetic and down to his last pen",
          when="2027-11-29T08:50:29Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="a calm question, but a diabetic child is about to run out of insulin")
    kezia = tw("kezia_ford_ma", "who else lost their whole Cyber Monday basket this morning 😩 3 hours of my life gone", when="2027-11-29T09:30:00Z")
    SC("magpie-venting-air-fryer-basket", "third-party-venting",
       tw("liam_ogden_ma", "@kezia_ford_ma Magpie card got declined 4 times on the air fryer and then the deal ended. raging. should've used my other bank",
          reply_to=kezia, when="2027-11-29T09:44:12Z"),
       expect(MON, "low", "cards", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("magpie-abuse-clowns-fifteen-hours", "abuse-with-problem",
       tw("craig_hewitt_ma", f"@{B} absolute clowns. 15 hours and my card still doesn't work, had to scrounge a tenner off my mam to put fuel in the van for work. sort your shit out",
          when="2027-11-29T10:05:51Z"),
       expect(RP, "high", "cards", "direct"), note="rude, but a real problem during the outage")
    comedian = tw("jesstullylaughs", f"Tried to buy my mum's Christmas present in the sale and my @{B} card got declined in front of a queue of 40 people at Harrowgate's. 'Insufficient funds.' I have funds. I have SO many funds. Love being publicly humiliated before lunch 🙃",
                  when="2027-11-29T11:15:00Z",
                  metrics={"retweet_count": 1900, "reply_count": 1400, "like_count": 27600, "quote_count": 310})
    SC("magpie-big-reach-comedian-declined", "big-reach", comedian, expect(RP, "high", "cards", "indirect"),
       note="1.24m followers, sarcastic, during the outage; the handle in the middle of a post to everyone")
    SC("magpie-repost-comedian", "repost", tw("leanne_fan_ma", "", retweet=comedian, when="2027-11-29T11:31:40Z"),
       expect(IGN, "low", "cards", "indirect"))
    SC("magpie-joke-one-for-sorrow", "joke-bystander",
       tw("pun_pete_ma", "@jesstullylaughs one magpie for sorrow, two for 'insufficient funds' 🐦‍⬛😂",
          reply_to=comedian, when="2027-11-29T11:26:03Z"),
       expect(IGN, "low", "cards", "third_party"), note="a bystander's pun on the name inside someone else's thread")
    SC("magpie-complaint-killing-me-trainers", "complaint-direct",
       tw("tyler_wood_ma", f"@{B} this is actually killing me 💀 3 hours trying to check out the same trainers, declined every single time. they're gonna sell out",
          when="2027-11-29T12:20:37Z"),
       expect(RP, "high", "cards", "direct"), note="'killing me' is hyperbole: an outage complaint (high), not a danger",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: addressed to @MagpieMoney | complaint (0.88) | topic cards: 'declined'")
    SC("magpie-in-passing-cyber-monday", "complaint-in-passing",
       tw("becca_lowe_ma", f"Cyber Monday so far: laptop died, cat was sick in my shoe, train cancelled, and @{B} declined my card 3 times on the only thing I actually wanted. going back to bed",
          when="2027-11-29T12:50:19Z"),
       expect(RP, "high", "cards", "indirect"), note="the brand tagged in the middle of a bad day; part of the outage",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: tags @MagpieMoney in a post to everyone | describes their own experience | complaint (0.97) | topic cards: 'declined', 'card'")
    SC("magpie-news-outage-19-hours", "news-monitor",
       tw("TynesideEcho", "Magpie card payments failed for around 19 hours from Sunday evening into Cyber Monday, leaving shoppers across the UK with declined cards. The Newcastle money app blames a 'third-party processor' {url:https://tynesideecho.example/news/magpie-cyber-monday}",
          when="2027-11-29T13:00:00Z"),
       expect(MON, "low", "cards", "indirect"))
    fixed = tw(B, "Card payments are back to normal ✅ If a payment was taken twice while it was down, the second one is pending and will drop off within 3 working days; you don't need to do anything. We're really sorry for the disruption.",
               when="2027-11-29T14:05:00Z")
    SC("magpie-thread-hannah-card-works", "thread-with-brand",
       tw("hannah_ellis_ma", "it's working! card went through with 10 mins of the deal left 😅 thanks for actually coming back to me",
          reply_to=hannah_brand, when="2027-11-29T14:21:44Z"),
       expect(RP, "low", "cards", "direct"), note="thanks in the brand's thread without @")
    SC("magpie-quote-back-to-normal-declined", "quote",
       tw("ravi_patel_ma", "'back to normal' 👀 just got declined at the Fairbrass self-checkout ten minutes ago. card works online but not in shops?",
          quote=fixed, when="2027-11-29T14:48:26Z"),
       expect(RP, "high", "cards", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the outage may not be over for him")
    SC("magpie-namesake-pub-card-machine", "namesake",
       tw("neil_quiz_ma", "quiz night at The Magpie on Castle Street and their card machine's packed in, cash only 🙄 half the team's at the cashpoint across the road. still winning though",
          when="2027-11-29T20:30:08Z"),
       expect(IGN, "low", "cards", "none"),
       note="the pub's own card machine, on the day of the brand's card outage: card words, not the brand")

    # ---- Tuesday 30 November: double charges, the first scam texts ---------------------------
    warning = tw(B, "⚠️ Scam texts are going round saying your Magpie card is 'on hold after the outage', with a link. We will never text you a link, ask you to move money to a 'safe account' or ask for your passcode. Forward scam texts to 7726.",
                 when="2027-11-30T08:00:00Z")
    SC("magpie-brand-own-scam-warning", "brand-own-post", warning, expect(IGN, "low", "fraud", "none"))
    SC("magpie-question-sms-on-hold", "question",
       tw("abi_cole_ma", f"@{B} got a text from 'MAGPIE' saying my card's on hold after the outage and I need to confirm my details at magpie-secure-check dot com. is this actually you or a scam? the link looks dodgy 😬",
          when="2027-11-30T07:48:15Z"),
       expect(RP, "normal", "fraud", "direct"),
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @MagpieMoney | complaint (0.85) | loss of service | topic fraud: 'scam', 'dodgy'")
    SC("magpie-quote-scam-warning-clicked", "quote",
       tw("owen_price_ma", "bit late for me, I clicked a scam text exactly like this last night and typed in my card number and the security code. what do I do now?? 😬",
          quote=warning, when="2027-11-30T08:35:50Z"),
       expect(RP, "high", "fraud", "indirect"), strict=False,
       note="quotes the brand's warning without tagging it: card details already given to fraudsters, money at risk")
    SC("magpie-q-reply-warning-dad", "question-in-reply-to-brand",
       tw("pam_hughes_ma", "so if someone rings saying they're from your fraud team, how do I check it's really you? my dad's 80 and believes anyone with a nice voice",
          reply_to=warning, when="2027-11-30T09:10:33Z"),
       expect(RP, "normal", "fraud", "direct"), note="a question in the brand's thread; no danger right now")
    SC("magpie-private-card-number-tv-twice", "private-details",
       tw("marcus_bell_ma", f"@{B} you've taken £249.99 twice for the same TV. card 5555 5555 5555 4444, order ref DE-88213-K from Dunmore Electrical. when does the second one come back?",
          when="2027-11-30T09:20:06Z"),
       expect(RV, "normal", "cards", "direct"), note="a full card number and an order reference in public")
    sam = tw("sam_yates_ma", "sent my rent through Magpie on Friday as an 'instant' bank transfer and it still hasn't arrived with my landlord. £725 floating about somewhere. fuming",
             when="2027-11-30T10:15:42Z")
    SC("magpie-indirect-rent-transfer", "complaint-indirect", sam, expect(RP, "normal", "transfers", "indirect"))
    sam_brand = tw(B, "@sam_yates_ma Hi Sam, sorry, some transfers were held for extra checks after Sunday's outage and yours looks like one of them. Send us a DM with the date and amount (no account numbers here please) and I'll chase it with the payments team today.",
                   reply_to=sam, when="2027-11-30T10:52:19Z")
    SC("magpie-threat-fraud-team-quayside", "threat-urgent",
       tw("gaz_wilkes_ma", f"@{B} you've frozen my card AGAIN after your outage and nobody will tell me why. I know your office is on Keelman's Quay. whoever's on that team better not walk out on their own tonight cos I'll be waiting.",
          when="2027-11-30T10:40:11Z"),
       expect(ANY, "urgent", "cards", "direct"),
       note="a threat to staff with a complaint: only the priority is strict")
    SC("magpie-es-safety-courier-mother", "safety-urgent",
       tw("marta_ruiz_ma", f"@{B} mi madre tiene 81 años y vive sola. Esta mañana la llamó alguien de 'Magpie' diciendo que su tarjeta está clonada y que esta noche pasará un mensajero por su casa a recoger la tarjeta y el PIN. ¿Es verdad? Tengo miedo de que le hagan daño",
          lang="es", when="2027-11-30T11:30:27Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="Spanish: a courier scam aimed at an 81-year-old who lives alone; a stranger is coming to her door tonight")
    SC("magpie-sarcasm-pizza-twice", "sarcasm-customer",
       tw("jordan_kerr_ma", f"thanks @{B}, Saturday's £18 pizza has now been taken twice and the refund is 'pending' 🍕🍕 really getting into the Black Friday spirit",
          when="2027-11-30T12:30:55Z"),
       expect(RP, "normal", "cards", "indirect"), note="sarcasm from a customer is a complaint")
    fran = tw("fran_okoye_ma", "third text today saying my 'Magpie card is suspended'. I don't even bank with them?? who are these people", when="2027-11-30T13:10:00Z")
    SC("magpie-chatter-scam-text-advice", "third-party-chatter",
       tw("ty_benson_ma", "@fran_okoye_ma it's a scam doing the rounds, nothing to do with the real Magpie. don't click anything, forward it to 7726 and block the number",
          reply_to=fran, when="2027-11-30T13:25:38Z"),
       expect(MON, "low", "fraud", "third_party"), note="a stranger's advice in someone else's thread")
    SC("magpie-safety-teen-payment-references", "safety-urgent",
       tw("lisa_hart_ma", f"@{B} a man my daughter (13) doesn't know keeps sending 1p to her Magpie teen card with messages in the payment reference. today's says 'see you after school x'. this is grooming. how do I find out who he is and stop him?? I'm scared. police are on the phone now",
          when="2027-11-30T16:20:14Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="a child contacted by a stranger through payment references")
    SC("magpie-safety-refuge-joint-account", "safety-urgent",
       tw("kate_s_ma", f"@{B} 6 weeks trying to split our joint account. sent the form 3 times, the chat bot keeps ending the chat, my ex still sees every card payment I make so he knows what town the refuge is in and I'm scared he'll turn up. your form says 'both holders must agree'. he won't",
          when="2027-11-30T19:40:09Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="the risk is told in passing inside a long complaint: an abusive ex can locate her refuge through the joint account")
    SC("magpie-safety-mugged-cashpoint-typos", "safety-urgent",
       tw("kyle_dunn_ma", f"@{B} sum1 jus mugged me at the cashpoint on Tanner's Row took my card n made me put my number in. head hurts n its bleedin, on my mates phone, police on there way. how do i freez it b4 he empties it??",
          when="2027-11-30T22:10:31Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="injured in a robbery minutes ago; typos and slang")

    # ---- Wednesday 1 December: the scam wave, impersonators ------------------------------------
    SC("magpie-common-bird-attacked-nest", "common-word",
       tw("heaton_birds_ma", "a magpie attacked the blackbird nest in our hedge this morning and took both chicks 😢 nature is brutal. the menace is back on the fence now looking very pleased with itself",
          when="2027-12-01T08:15:44Z"),
       expect(IGN, "low", "safeguarding", "none"), note="the bird; 'attacked' and 'menace' are danger words about a nest",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Magpie in a post to everyone | a person at risk: urgent | topic safeguarding: 'attack', 'attacked', 'menace', 'menacé'")
    SC("magpie-de-medical-dialysis-taxi", "medical-urgent",
       tw("jens_weber_ma", f"@{B} meine Karte ist seit gestern gesperrt (Betrugsverdacht?) und ich muss heute um 14 Uhr zur Dialyse ins Krankenhaus. Das Taxi will vorher bezahlt werden, ein Bus fährt nicht. Ohne Dialyse wird es für mich gefährlich. Können Sie die Sperre heute aufheben?",
          lang="de", when="2027-12-01T07:20:52Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="German: a blocked card stands between a kidney patient and his dialysis today")
    SC("magpie-big-reach-podcaster-crypto", "big-reach",
       tw("thebrokepod", f"Sold my ETH on the @{B} crypto tab 6 days ago and the £3,200 still hasn't landed in my main balance. Support chat is a bot that goes round in circles. Anyone else stuck?",
          when="2027-12-01T09:10:00Z",
          metrics={"retweet_count": 640, "reply_count": 910, "like_count": 8800, "quote_count": 120}),
       expect(RP, "high", "crypto", "indirect"), note="486k followers")
    SC("magpie-namesake-collingwood-resigns", "namesake",
       tw("pies_mel_ma", "Collingwood Magpie Jack Tullock re-signs for five more years, reportedly worth $4m. Pies fans, we are SO back 🖤🤍",
          when="2027-12-01T09:45:17Z"),
       expect(IGN, "low", None, "none"), note="an AFL player")
    paul = tw("paul_grant_ma", f"@{B} someone rang pretending to be your fraud team, knew my name and the last 4 digits of my card, and talked me into moving £4,100 from my pots to a 'safe account'. now you say it's my fault and you won't refund it. how was I meant to know??",
              when="2027-12-01T10:30:26Z")
    SC("magpie-complaint-safe-account-scam", "complaint-direct", paul, expect(RP, "high", "fraud", "direct"),
       note="money lost to fraud: high",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: addressed to @MagpieMoney | complaint (0.79) | topic fraud: 'pretending to be', 'fraud', 'fraude', 'safe account'")
    SC("magpie-joke-bird-nicks-shiny-things", "joke-bystander",
       tw("banter_bill_ma", "@paul_grant_ma never trust a bank called Magpie mate, it's literally a bird that nicks shiny things 🐦‍⬛✨",
          reply_to=paul, when="2027-12-01T11:02:48Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's joke about the name under a fraud victim's post")
    SC("magpie-question-savings-pot-interest", "question",
       tw("ellie_fox_ma", f"@{B} does the 4.1% on savings pots apply to the whole balance or only up to £5k? and is the interest paid monthly or when I close the pot?",
          when="2027-12-01T10:50:39Z"),
       expect(RP, "normal", "savings", "direct"))
    SC("magpie-spam-fund-recovery", "spam",
       tw("FundRescueDesk", "💸 Lost money to a Magpie scam or a fake 'safe account' call? Our certified recovery agents get 100% of your funds back in 48h ✅ DM now, no upfront fee #fraud",
          when="2027-12-01T12:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="'fund recovery' spam using the brand's name")
    SC("magpie-spam-xmas-giveaway", "spam",
       tw("xmas_cash_drop", "🎄 MAGPIE MONEY CHRISTMAS GIVEAWAY 🎄 £1,000 into 50 lucky savings pots!! Follow, RT and reply with your sort code + account number to enter 👇 ends midnight",
          when="2027-12-01T13:00:00Z"),
       expect(IGN, "low", "savings", "indirect"), note="a fake giveaway fishing for account details",
       known_miss="round 12, not met yet: topic: want \"savings\", got transfers; the engine read: names Magpie in a post to everyone | spam (1.00): selling, giveaways or promotion | topic transfers: 'sort code', 'account number'")
    SC("magpie-html-payee-name-script", "html-entities",
       tw("devi_rao_ma", f"@{B} adding a new payee on the web app and the name box just shows &lt;/span&gt;&lt;script src=\"//cdn-x.example/p.js\"&gt;&lt;/script&gt; and won't save. can I do the transfer from the phone app instead or will that break too?",
          when="2027-12-01T14:20:13Z"),
       expect(RP, "normal", "transfers", "direct"), note="hostile HTML around a real request; it arrives escaped")
    SC("magpie-html-phishing-link", "html-entities",
       tw("mgp_secure_uk", "&lt;a href=\"https://magpie-secure.example/hold\"&gt;Magpie Money: your card is frozen after the outage. Confirm your details now&lt;/a&gt; to avoid your account being closed",
          when="2027-12-01T15:00:00Z"),
       expect(IGN, "low", "cards", "indirect"), note="an impersonator's phishing post with an HTML link",
       )
    SC("magpie-praise-fraud-team-3am", "praise",
       tw("mo_hassan_ma", "Massive shout out to Magpie's fraud team. Spotted a suspicious £600 payment at 3am, stopped it, rang me before I was even awake and a replacement was on my doormat by lunchtime. Genuinely brilliant",
          when="2027-12-01T16:30:21Z"),
       expect(RP, "low", "fraud", "indirect"))
    SC("magpie-namesake-jewellery-refund", "namesake",
       tw("amy_jewels_ma", "ordered earrings from Magpie Jewellery for my sister's birthday, one arrived snapped and they've ignored 3 emails asking for a refund. small business, big attitude 😤",
          when="2027-12-01T17:40:57Z"),
       expect(IGN, "low", "cards", "none"), note="a jewellery shop with the same name; 'refund' is a card-disputes keyword")
    SC("magpie-chatter-bauble-advert", "chatter-monitor",
       tw("carol_telly_ma", "the Magpie advert with the bird nicking the Christmas bauble is on every 5 mins during the soaps 😂 I'm humming it in my sleep",
          when="2027-12-01T20:10:06Z"),
       expect(MON, "low", None, "indirect"))

    # ---- Thursday 2 December ---------------------------------------------------------------
    SC("magpie-common-one-for-sorrow-loan", "common-word",
       tw("wes_p_ma", "saw one magpie on the way to the bank about the car loan. one for sorrow. should've saluted it 🫡 (they said no)",
          when="2027-12-02T08:05:30Z"),
       expect(IGN, "low", "pay_later", "none"), note="the rhyme, next to a lending word ('loan')",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Magpie in a post to everyone | general chatter about the brand | topic pay_later: 'loan'")
    SC("magpie-sarcasm-app-update-face-id", "sarcasm-customer",
       tw("nat_cross_ma", f"great job on the new @{B} app update 👏 now it takes four goes of face ID and a full restart just to see my balance. living the dream",
          when="2027-12-02T08:20:18Z"),
       expect(RP, "normal", "app", "indirect"), note="sarcasm without a complaint word")
    SC("magpie-hotline-praise-lost-card", "public-hotline-number",
       tw("frank_moss_ma", "rang Magpie on 0808 157 0472 at 7am about my lost card, a real human answered in 30 seconds and froze it there and then. how it should be 👏",
          when="2027-12-02T08:31:02Z"),
       expect(RP, "low", "cards", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    crypto_post = tw(B, "New in the crypto tab 🪙 round up your card payments into bitcoin, from 1p. Crypto is high risk and isn't protected by the FSCS, so only put in what you could afford to lose.",
                     when="2027-12-02T09:00:00Z")
    SC("magpie-q-reply-crypto-capital-gains", "question-in-reply-to-brand",
       tw("rob_lyle_ma", "does each round-up into bitcoin count as a disposal for capital gains tax when I sell? and can I move the bitcoin out to my own wallet?",
          reply_to=crypto_post, when="2027-12-02T09:35:46Z"),
       expect(RP, "normal", "crypto", "direct"),
       )
    SC("magpie-thread-sam-rent-landed", "thread-with-brand",
       tw("sam_yates_ma", "the rent landed this morning! landlord's happy, I'm happy. thanks for chasing it 🙏",
          reply_to=sam_brand, when="2027-12-02T09:40:10Z"),
       expect(RP, "low", "transfers", "direct"), note="thanks in the brand's thread without @")
    SC("magpie-private-sort-code-wages", "private-details",
       tw("joe_ryan_ma", f"@{B} my wages went into the wrong account on Friday, payroll says they sent it. sort code 04-29-11, account number 31926819. can you find it please?",
          when="2027-12-02T10:05:24Z"),
       expect(RV, "normal", "transfers", "direct"), note="a sort code and account number in public")
    SC("magpie-private-dob-address-id-check", "private-details",
       tw("tanisha_o_ma", f"@{B} your ID check has rejected me 4 times!! Tanisha Oduya, DOB 14/07/1996, 42 Corvid Terrace, Heatonby NE6 5XT. same as my passport. what more do you want",
          when="2027-12-02T11:10:49Z"),
       expect(RV, "normal", "accounts", "direct"), note="a date of birth and a home address in public")
    mel = tw("mel_carr_ma", f"week from hell: boiler's packed in, the little one's got chickenpox, car failed its MOT, and @{B} have locked the pot I'd put by for exactly this for a 'routine review'. 4 days and counting",
             when="2027-12-02T12:15:33Z")
    SC("magpie-in-passing-pot-locked", "complaint-in-passing", mel, expect(RP, "normal", "savings", "indirect"))
    mel_brand = tw(B, "@mel_carr_ma Sorry Mel, that's rotten timing. A review on a savings pot should take 48 hours at most. I've asked the team to look at yours today; send us a DM with your name and I'll update you there.",
                   reply_to=mel, when="2027-12-02T12:40:12Z")
    SC("magpie-private-phone-email-bereavement", "private-details",
       tw("ruth_kell_ma", f"@{B} please can someone ring me about closing my mum's account, she passed away last week. 07700 900318 or ruth.kell@postbox.example. I can't face the chat bot again",
          when="2027-12-02T13:30:58Z"),
       expect(RV, "normal", "accounts", "direct"), note="a phone number and an email in public; a bereavement is sensitive but not urgent")
    SC("magpie-legal-ombudsman-default", "legal-threat-not-urgent",
       tw("diane_prior_ma", f"@{B} you've put a default on my credit file for a Magpie Later instalment I paid on time (I have the bank statement to prove it). I've taken it to the Financial Ombudsman and the ICO. fix it.",
          when="2027-12-02T14:45:07Z"),
       expect(RP, "high", "pay_later", "direct"), note="an ombudsman and regulator complaint: strong, not urgent")
    zara = tw("zara_khan_ma", "anyone else regret every buy now pay later thing they signed up to over Black Friday weekend 🫠", when="2027-12-02T17:00:00Z")
    SC("magpie-venting-late-fee-outage", "third-party-venting",
       tw("amber_lee_ma", "@zara_khan_ma Magpie charged me a £12 late fee on a £30 instalment because their outage stopped the payment going out. not even my fault 🙄",
          reply_to=zara, when="2027-12-02T17:20:29Z"),
       expect(MON, "low", "pay_later", "third_party"), note="venting in someone else's thread, brand not tagged")
    SC("magpie-namesake-notts-instalments", "namesake",
       tw("NottsPiesPod", "Season ticket instalments for the second half of the season are open 🖤🤍 spread the cost over 5 months. Every Magpie welcome at Meadow Lane. Come on you Pies!",
          when="2027-12-02T18:00:00Z"),
       expect(IGN, "low", "pay_later", "none"), note="Notts County; 'instalments' is a pay-later keyword",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Magpie in a post to everyone | general chatter about the brand | topic pay_later: 'instalment'")
    SC("magpie-nl-threat-ex-at-door", "threat-urgent",
       tw("sanne_dv_ma", f"@{B} mijn ex dreigt me iets aan te doen als ik ons gezamenlijke spaarpotje niet vrijgeef. Hij staat nu voor mijn deur te schreeuwen. Kunnen jullie zijn toegang blokkeren? De politie is onderweg.",
          lang="nl", when="2027-12-02T19:50:35Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="Dutch: an ex-partner threatening her at her door over a joint savings pot")
    SC("magpie-namesake-toon-transfer", "namesake",
       tw("ToonTransferHQ", "🚨 MAGPIE TRANSFER LATEST 🚨 Newcastle preparing a £45m January bid for the Sporting winger. Personal terms 'not an issue', the fee is the sticking point ⚫⚪",
          when="2027-12-02T21:15:00Z"),
       expect(IGN, "low", "transfers", "none"), note="football transfer news; 'transfer' right next to the name",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Magpie in a post to everyone | complaint (0.58) | author reach: 61k followers | topic transfers: 'transfer'")
    SC("magpie-safety-bnpl-better-off-without-me", "safety-urgent",
       tw("lewis_t_ma", "cant do this anymore. magpie later took another £12 late fee, collectors ringing 10 times a day, owe nearly 4k on stuff i dont even want. might just end it all, everyone would be better off without me",
          when="2027-12-02T23:40:16Z"),
       expect(RP, "urgent", "safeguarding", "indirect"), note="thoughts of suicide over pay-later debt; lower case, no tag")

    # ---- Friday 3 December ------------------------------------------------------------------
    SC("magpie-it-medical-newborn-formula", "medical-urgent",
       tw("giulia_r_ma", f"@{B} la mia carta è bloccata da ieri sera e non riesco a comprare il latte in polvere per mia figlia neonata, ha 3 settimane. È l'ultimo biberon e sono da sola in casa. Potete sbloccarla subito?",
          lang="it", when="2027-12-03T06:30:44Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="Italian: a blocked card and the last bottle of formula for a 3-week-old")
    SC("magpie-repeat-tv-refund-third-time", "repeat-contact",
       tw("steve_bain_ma", f"@{B} THIRD time asking. £249.99 taken twice on Cyber Monday, you said it'd drop off in 3 working days. it's day 5 and it's still there. I've got bills going out on Monday",
          when="2027-12-03T09:10:27Z"),
       expect(RP, "high", "cards", "direct"), note="the third contact about the same double charge")
    SC("magpie-private-carer-heart-tablets", "private-details",
       tw("grace_adu_ma", f"@{B} I'm my mum's carer. her card was frozen after your fraud check yesterday and she's out of her heart tablets, the chemist won't hold them past 4pm. account number 28814403, sort code 04-29-11. please unfreeze it today",
          when="2027-12-03T10:20:38Z"),
       expect(RV, "urgent", "safeguarding", "direct"),
       note="an elderly woman without her heart medication (urgent) and an account number in public (private)")
    SC("magpie-legal-small-claims-sofa", "legal-threat-not-urgent",
       tw("ian_shaw_ma", f"@{B} my card was declined 6 times on Cyber Monday and your outage cost me a £400 Black Friday deal on a sofa. I'm sending a letter before action and will issue in the small claims court if I'm not compensated by the 20th.",
          when="2027-12-03T11:45:03Z"),
       expect(RP, "high", "cards", "direct"), note="a court threat: a strong complaint, not urgent")
    SC("magpie-namesake-gold-pawn-loan", "namesake",
       tw("lee_mason_ma", "Magpie Gold &amp; Pawn on Westgate Road gave me £80 for my nan's ring on a 3 month loan. feel sick about it but it's that or the electric",
          when="2027-12-03T12:20:15Z"),
       expect(IGN, "low", "pay_later", "none"), note="a pawnbroker with the same name, in a nearby trade")
    SC("magpie-namesake-whitby-cafe", "namesake",
       tw("whitby_walks", "Fish and chips at the Magpie Café after the abbey steps. 45 minute queue, worth every penny 🐟🍟",
          when="2027-12-03T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="the café in Whitby")
    SC("magpie-news-knifepoint-jailed", "news-monitor",
       tw("NorthGazette", "Man jailed for six years after he robbed Magpie card holders at knifepoint outside Newcastle nightclubs in 2026. The judge said his victims were left 'terrified' {url:https://northgazette.example/news/magpie-robberies-sentence}",
          when="2027-12-03T14:00:00Z"),
       expect(MON, "low", "safeguarding", "indirect"), note="news of a past crime: monitor, not urgent")
    SC("magpie-repeat-pot-still-locked", "repeat-contact",
       tw("mel_carr_ma", "pot's still locked. day 5 now. you said 48 hours yesterday and nobody's DM'd back. the garage wants their money tomorrow",
          reply_to=mel_brand, when="2027-12-03T15:30:52Z"),
       expect(RP, "high", "savings", "direct"), note="back in the brand's thread without @: the promise wasn't kept")
    SC("magpie-namesake-protocol-staking", "namesake",
       tw("defi_dan_ma", "Magpie Protocol moving its staking rewards to the new chain next week, $MGP up 12% on the news. not financial advice, DYOR 🚀",
          when="2027-12-03T16:00:00Z"),
       expect(IGN, "low", "crypto", "none"), note="a crypto project with the same name, next to the brand's own crypto business")
    SC("magpie-common-collector-daughter", "common-word",
       tw("dad_of_two_ma", "my youngest is such a magpie. 8 years old and blew all her birthday savings on sparkly hair clips and a glitter phone case ✨",
          when="2027-12-03T17:30:29Z"),
       expect(IGN, "low", "savings", "none"), note="a collector of shiny things, next to 'savings'")
    jade = tw("jade_firstjob", "new job starts monday and first payday isn't till the 20th 😬 how do people survive the first month", when="2027-12-03T18:10:00Z")
    SC("magpie-venting-wages-two-days", "third-party-venting",
       tw("callum_r_ma", "@jade_firstjob get your wages paid into anything but Magpie. mine took 2 days to show up last month and my landlord had a go at me",
          reply_to=jade, when="2027-12-03T18:24:17Z"),
       expect(MON, "low", "transfers", "third_party"), note="venting to a stranger, brand not tagged")
    SC("magpie-chatter-heart-attack-balance", "chatter-monitor",
       tw("lauren_p_ma", "nearly had a heart attack opening Magpie after Black Friday weekend 😂💀 who bought all this. not me. definitely not me",
          when="2027-12-03T19:30:41Z"),
       expect(MON, "low", "safeguarding", "indirect"), note="a joke about her own spending: 'heart attack' is hyperbole, not a medical need")

    # ---- Saturday 4 December ----------------------------------------------------------------
    SC("magpie-nl-app-inloggen", "non-english",
       tw("pieter_b_ma", f"@{B} sinds de update kan ik niet meer inloggen in de app. Gezichtsherkenning werkt niet en mijn wachtwoord wordt ook niet geaccepteerd. Wat nu?",
          lang="nl", when="2027-12-04T09:40:26Z"),
       expect(RP, "normal", "app", "direct"), note="Dutch: can't log in since the app update",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @MagpieMoney | complaint (0.41) | loss of service | topic app: 'inloggen', 'app', 'gezichtsherkenning', 'wachtwoord'")
    SC("magpie-praise-mugger-caught", "praise",
       tw("kyle_dunn_ma", "update: the lad who mugged me at the cashpoint on tuesday got caught. Magpie had froze my card in 2 mins n refunded the £300 he took. head's fine, stitches out next week. cheers all x",
          when="2027-12-04T10:30:19Z"),
       expect(RP, "low", "cards", "indirect"), note="the danger is over and settled: thanks, not urgent")
    SC("magpie-pt-international-transfer", "non-english",
       tw("joana_s_ma", f"@{B} olá! fiz uma transferência internacional para o Brasil na terça e ainda não chegou. Quanto tempo costuma demorar? O destinatário já está preocupado",
          lang="pt", when="2027-12-04T11:15:34Z"),
       expect(RP, "normal", "transfers", "direct"), note="Portuguese: an international transfer that hasn't arrived")
    SC("magpie-sarcasm-instant-transfers", "sarcasm-customer",
       tw("dean_swift_ma", f"love that @{B} 'instant' transfers now take 3 working days. really living up to the name: something shiny goes in and nothing comes out 🐦‍⬛",
          when="2027-12-04T14:10:33Z"),
       expect(RP, "normal", "transfers", "indirect"), note="sarcasm from a customer, no complaint word")
    priya = tw("priya_mum_ma", "thinking of opening savings for the twins before Christmas, what's everyone using?", when="2027-12-04T15:40:00Z")
    SC("magpie-chatter-pots-for-kids", "third-party-chatter",
       tw("kev_saver_ma", "@priya_mum_ma we've got a Magpie pot each for ours. 4.1% and the round-ups add up quicker than you'd think. just don't let them see the balance 😂",
          reply_to=priya, when="2027-12-04T15:52:11Z"),
       expect(MON, "low", "savings", "third_party"), note="a stranger's recommendation in someone else's thread")
    SC("magpie-namesake-kids-tv-1974", "namesake",
       tw("telly_nostalgia", "Who remembers Magpie after school? 'one for sorrow, two for joy' theme tune, presenters in flares and the make-it-yourself bits. Telly was better in 1974 📺",
          when="2027-12-04T18:00:00Z"),
       expect(IGN, "low", None, "none"), note="the 1970s children's TV show",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Magpie in a post to everyone | general chatter about the brand")

    # ---- Sunday 5 December ------------------------------------------------------------------
    SC("magpie-namesake-toon-away-savings", "namesake",
       tw("toon_army_ma", "blew the Christmas savings on an away ticket and the train to watch us lose 3-0 at Villa. Magpie till I die, skint till January ⚫⚪",
          when="2027-12-05T08:50:12Z"),
       expect(IGN, "low", "savings", "none"), note="a Newcastle United fan; 'savings' next to the name",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Magpie in a post to everyone | general chatter about the brand | topic savings: 'saving'")
    SC("magpie-complaint-indirect-account-closed", "complaint-indirect",
       tw("tomasz_k_ma", "Magpie closed my account with no reason given and 60 days to move everything out. 7 years a customer, never once overdrawn. not even an email explaining why",
          when="2027-12-05T09:40:05Z"),
       expect(RP, "normal", "accounts", "indirect"))
    SC("magpie-hotline-engaged-new-card", "public-hotline-number",
       tw("ann_brady_ma", f"@{B} 0808 157 0472 has been engaged all morning and the chat just says 'high demand'. I only want to know why my new card hasn't come, it's been 2 weeks",
          when="2027-12-05T11:30:14Z"),
       expect(RP, "normal", "cards", "direct"), strict=False, note="the brand's own number is not a private detail")
    SC("magpie-common-office-magpie-card", "common-word",
       tw("office_jo_ma", "our office magpie has nicked every pen, the stapler AND my bank card off my desk again 🙄 found the lot in Dave's drawer. he says he 'likes shiny things'",
          when="2027-12-05T12:05:48Z"),
       expect(IGN, "low", "cards", "none"), note="a colleague who collects things; 'bank card' is a card keyword")
    SC("magpie-abuse-crypto-withdrawal", "abuse-with-problem",
       tw("darren_h_ma", f"@{B} you thieving muppets. my crypto tab withdrawal has said 'processing' for 9 days. £1,150. answer your bloody chat",
          when="2027-12-05T20:15:39Z"),
       expect(RP, "high", "crypto", "direct"), note="insults, but £1,150 held for 9 days")
    return brand


BRANDS["magpie-pay"] = ("MagpieMoney", 4434567841, build_magpie_pay)
