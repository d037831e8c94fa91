# Abacus (Abacus Credit): a made-up buy-now-pay-later and personal-loans app from the made-up
# town of Wrayford (office on Canal Street), used at many online shops: pay in 3 or monthly
# instalments, personal loans, a virtual card for checkouts, missed-payment fees, affordability
# checks and what shows on customers' files, collections letters and calls, hardship, bereavement
# and vulnerable customers, refunds that must come back from retailers, and the app with its
# login and selfie/passport identity checks.
# "Abacus" is also an ordinary word (the counting frame in a Year 2 classroom, a wooden toy in a
# toy shop, "the abacus of my brain", abacus bead necklaces, a maths club's giant abacus) and a
# name: Abacus Accountants (a Wrayford firm), The Abacus (a pub on Pennick Road), Abacus the
# racehorse and Abacus the jazz trio. None of them is the lender.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 27 March 2028: on Monday night-run collections take two instalments at once from about 40,000
# customers, leaving many overdrawn days before payday; Abacus owns it and promises the money
# back by the end of Tuesday with bank charges paid. On Tuesday a newspaper investigation into
# pay-later debt, and some refunds are late. On Wednesday a widow receives a collections letter
# addressed to her husband three weeks after his funeral. On Thursday a wave of scam texts
# ("your instalment failed, pay now to avoid a default") pretends to be Abacus, with a man going
# door to door collecting "missed payments" in cash. On Friday an app update breaks the identity
# check. The weekend: April Fools' Day, refunds from retailers, threats, the racehorse, the pub
# and the jazz trio.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, shop,
# agreement, customer and card number, IBAN, phone number, address and email address here is
# made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test
# number and the IBAN is the standard documentation example.


def build_abacus_credit():
    global CURRENT_BRAND, CLOCK
    brand = Brand("abacus-credit", SCEN_DIR / "abacus-credit.plan.toml", "AbacusCredit", 5178901245, 1861220000000005601)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-03-27T05:30:00Z")
    B = "AbacusCredit"
    user(B, "Abacus", 5178901245,
         "Abacus 🧮 pay later, personal loans and the Abacus card. Care team here 7am–10pm, every day. "
         "Helpline 0808 157 0623. We will never text you a link to pay.",
         46_200, following=1_100, tweets=61_800, listed=240, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10740100000 + _n[0] * 4129, bio, followers, **kw)

    person("sam_okoro_aba", "Sam Okoro", "Wrayford. Warehouse shifts. Payday is the 31st, always.", 310)
    person("marie_h_aba", "Marie Holt", "Looking after mum full time. Pennick. Tea, crosswords, no sleep.", 120)
    person("gill_r_aba", "Gill Rowan", "Hairdresser. Wrayford. Says what she thinks.", 640)
    person("dan_w_aba", "Dan Webster", "Bus rider. Monday hater. Wrayford.", 230)
    person("keira_aba", "keira", "19. wrayford. tired", 180)
    person("tomas_aba", "Tomás Ruiz", "Wrayford. Chef. Council tax day is a dark day.", 270)
    person("lena_aba", "Lena Marsh", "Pennick. Nurse. Fair's fair.", 340)
    person("priya_aba", "Priya Desai", "Accounts by day, baking by night.", 410)
    person("jo_b_aba", "Jo Baxter", "Priya's work wife. Wrayford.", 290)
    person("ruthmoney_aba", "Ruth Adeyemi", "Money editor and broadcaster. Your bills, your rights. Weeknights on the radio.",
           640_000, following=1_900, listed=4_100, verified=True)
    person("pundit_aba", "Carl Mintoff", "Puns. Darts. Occasional opinions.", 520)
    person("AbacusHelp_aba", "Abacus Credit Support ✅", "Official help for Abacus customers 24/7 ✅ refunds, fees, fraud. DM us for fast help", 44, following=4_800)
    person("dee_m_aba", "Dee Morgan", "Wrayford. Rent day is Wednesday. Please.", 150)
    person("lucia_aba", "Lucía Navarro", "Sevillana en Wrayford. Cocinera.", 260)
    person("sanne_aba", "Sanne de Vries", "Uit Utrecht, woont in Pennick. Fietst overal heen.", 210)
    person("WrayfordFM_aba", "Wrayford FM", "Your local radio for Wrayford and Pennick. News on the hour.", 31_400, following=700, verified=True)
    person("kev_p_aba", "Kev Pryor", "Self-employed sparky. Hates paperwork.", 380)
    person("msjay_aba", "Miss Jay", "Year 2 teacher. Glitter everywhere. Send coffee.", 1_300)
    person("nan_aba", "Pat Rowley", "Nan of six. I share the useful stuff.", 130)
    person("nitin_aba", "Nitin Shah", "Wrayford. Engineer. Checks his bank at 6am.", 260)
    person("NLedger_aba", "The Northern Ledger", "News, money and sport for the north since 1868.", 88_000, following=900, verified=True)
    person("pete_aba", "Pete Lowe", "Office manager. Tea round champion.", 350)
    person("imogen_aba", "Imogen Clarke", "Wrayford. Bookkeeper. Credit where it's due.", 480)
    person("wes_aba", "Wes Carter", "Pennick. Student nurse. Skint.", 220)
    person("zara_aba", "Zara Quinn", "Saving for a house. Spreadsheets. Hope.", 300)
    person("bev_aba", "Bev Lister", "Mum of three, nan of one. Pennick. One day at a time.", 160)
    person("jonas_aba", "Jonas Becker", "Aus Hamburg. Wohnt in Wrayford. Fahrradmechaniker.", 190)
    person("carl_t_aba", "Carl Tate", "Scaffolder. Wrayford. Short fuse, fair bloke.", 90)
    person("lucy_f_aba", "Lucy Fairbairn", "Daughter, teacher, Wrayford. Missing my dad.", 870)
    person("carys_aba", "Carys Lloyd", "Pennick. Been there.", 240)
    person("DaniTV_aba", "Dani Okafor", "Presenter, The Money Hour. Consumer champion. Views my own.",
           482_000, following=1_200, listed=2_900, verified=True)
    person("owen_aba", "Owen Price", "Big brother. Carer. Not letting this go.", 410)
    person("mick_aba", "Mick Harlow", "Forklift driver. Nights. Leave me alone in the day.", 75)
    person("amira_aba", "Amira Hassan", "Wrayford. Care worker. Wages are always late.", 200)
    person("craig_aba", "Craig Dunn", "Back on my feet. Wrayford.", 150)
    person("ruby_aba", "Ruby Sloane", "Thinks in memes. Counts in crisps.", 1_800)
    person("AbacusPub_aba", "The Abacus, Pennick", "Your local on Pennick Road since 1904. Real ale, Wednesday quiz, dogs welcome 🍻", 2_700)
    person("paul_aba", "Paul Reid", "Wrayford. Sceptic. Reads the small print.", 260)
    person("val_aba", "Val Simmons", "Retired dinner lady. Pennick. Online is a minefield.", 85)
    person("AbacusFraud_aba", "Abacus Fraud Team 🔒", "Abacus Credit fraud & refunds desk ✅ we respond to all DMs", 27, following=4_900)
    person("ellie_aba", "Ellie Moss", "Pennick. Forgets her passwords weekly.", 310)
    person("becca_aba", "Becca Hale", "Granddaughter of a very trusting nan.", 280)
    person("tash_m_aba", "Tash Mills", "Knows a scam when she sees one.", 450)
    person("RecoverPro_aba", "RecoverFunds Pro ✅", "Licensed scam & crypto recovery. 100% success. DM ✅", 7_200, following=5_000)
    person("nosy_nbr_aba", "Linda Cope", "Mill Lane, Pennick. Neighbourhood watch. Yes, that one.", 160)
    person("anon_k_aba", "K", "trying to start again", 40)
    person("marco_aba", "Marco Bellini", "Torinese a Wrayford. Caffè e bici.", 210)
    person("ines_aba", "Inês Teixeira", "Do Porto para Pennick. Enfermeira.", 230)
    person("kit_aba", "Kit Ashworth", "Web dev. I read the URL before I click (usually).", 2_100)
    person("dev_aba", "Dev Patel", "Wrayford. Gamer. Watches his balance like a hawk.", 380)
    person("sophie_aba", "Sophie Grant", "Debt advice volunteer. Be kind.", 1_100)
    person("femi_aba", "Femi Adebayo", "Pennick. Delivery driver. Always on the road.", 260)
    person("big_lou_aba", "Louise Barr", "Commuter. Forgetful. Loud.", 430)
    person("tilly_aba", "Tilly Marsh", "20. selfies are my cardio", 1_600)
    person("claire_aba", "Claire Dubois", "Bordelaise à Wrayford. Prof de français.", 240)
    person("rosa_aba", "Rosa Fenn", "Friday person trapped in a Monday body.", 560)
    person("kemi_aba", "Kemi Alade", "Rosa's partner in crime. Pennick.", 330)
    person("nat_aba", "Nat Greene", "Cat mum. Car mum (it's broken). Wrayford.", 290)
    person("grace_i_aba", "Grace Ibe", "Wrayford. Pharmacist. Patient, mostly.", 180)
    person("hayley_aba", "Hayley Stone", "Pennick. Returns things. Regrets things.", 350)
    person("ollie_aba", "Ollie Brand", "First-time buyer, nearly. Wrayford.", 270)
    person("marcus_aba", "Marcus Lee", "Wrayford. Paid my debts. Still paying for them.", 520)
    person("nina_aba", "Nina Ward", "Pennick. New washing machine owner. Living the dream.", 310)
    person("raj_aba", "Raj Malhotra", "Trainers. Gadgets. Regret.", 600)
    person("stan_aba", "Stan Hobbs", "Retired postman. Patient, up to a point.", 60)
    person("gareth_aba", "Gareth Evans", "Son of a worrier. Pennick.", 210)
    person("firewarden_aba", "Amy Rudd", "Fire warden, level 3. Canal Street. Hi-vis enthusiast.", 190)
    person("tipster_aba", "Kelmarsh Tips", "Each-way value at Kelmarsh Park. Gamble responsibly. 18+", 12_400)
    person("pipandpod_aba", "Pip & Pod Toys", "Wooden toys and puzzles. Bridge St, Pennick 🧸", 3_900)
    person("rich_aba", "Rich Palmer", "Wrayford. Sarcasm is my love language.", 480)
    person("gaz_aba", "Gaz Whitlock", "Pennick. Done being polite.", 50)
    person("amy_r_aba", "Amy Rowe", "Wrayford. Trying to buy a sofa.", 330)
    person("punpete_aba", "Pete Dorsey", "Open-mic comedian. Day job: spreadsheets.", 410)
    person("jazzlines_aba", "Jazz Lines", "Live jazz around the north. Reviews, listings, no ads.", 6_100)
    person("mrokafor_aba", "Mr Okafor", "Maths teacher. Maths club on Thursdays. Yes, it's fun.", 890)
    person("meg_h_aba", "Meg Hollis", "Stories about my nan. She's 88 and unstoppable.", 4_300)
    person("beadsfaye_aba", "Beads by Faye", "Handmade jewellery from a shed in Pennick 📿", 2_200)
    person("racefan_aba", "Joe Kettering", "Kelmarsh Park member since 1999. Horses over everything.", 1_500)
    person("daan_aba", "Daan Smit", "Nederlander in Wrayford. Net van bank gewisseld.", 170)
    person("pooja_aba", "Pooja Shah", "Wrayford. Keeps receipts. All of them.", 260)
    person("kat_aba", "Kat Brennan", "Pennick. Just paid something off and feeling smug.", 240)
    person("mo_s_aba", "Mo Siddiqui", "Pennick. Camping season is coming. Hopefully.", 310)
    person("ana_g_aba", "Ana García", "Madrileña en Pennick.", 290)
    person("carmen_aba", "Carmen Ortiz", "Mamá de Leo. Pennick.", 150)
    person("andy_v_aba", "Andy Vaughan", "Wrayford. Sofa shopping. Don't ask.", 200)
    person("harper_aba", "Harper Quinn", "Uni student. Budgeting badly.", 520)

    # ---- Monday 27 March: the night run takes two instalments at once -----------------------
    sam = tw("sam_okoro_aba", f"@{B} you've taken TWO instalments out of my account this morning instead of one. £86.40 gone, I'm overdrawn and my bank will charge me for it. what's going on??",
             when="2028-03-27T05:52:10Z")
    SC("abacus-complaint-two-instalments-overdrawn", "complaint-direct", sam, expect(RP, "high", "payments", "direct"),
       note="the double collection hit tens of thousands at once and leaves people overdrawn: an incident, not one slip", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.74) | topic payments: 'two instalments', 'instalment', 'instalments', 'overdrawn'")
    sam_brand = tw(B, "@sam_okoro_aba Sam, I'm really sorry. A fault in last night's collection run took two instalments from a lot of customers instead of one. It's stopped now. The extra one is coming back to you and we'll pay any bank charges it caused. More here by 10am. Nadia",
                   reply_to=sam, when="2028-03-27T06:05:31Z")
    SC("abacus-thread-sam-thanks", "thread-with-brand",
       tw("sam_okoro_aba", "ok, thanks for being straight with me. first company I've dealt with that just says 'our fault' 👍",
          reply_to=sam_brand, when="2028-03-27T06:21:47Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread, no @")
    SC("abacus-medical-oxygen-prepay-meter", "medical-urgent",
       tw("marie_h_aba", f"@{B} you took £120 twice this morning. mum's oxygen concentrator runs off our prepay meter and it's on emergency now, I've nothing left to top it up till thursday. can you send the second one back today please, not in 3 days",
          when="2028-03-27T06:40:05Z"),
       expect(RP, "urgent", "safety", "direct"), note="written calmly, but her mother's oxygen depends on the money: a medical need today")
    SC("abacus-sarcasm-april-in-march", "sarcasm-customer",
       tw("gill_r_aba", f"love that @{B} decided I should pay for april in march as well. two instalments for the price of two 🙃 cheers lads",
          when="2028-03-27T06:55:22Z"),
       expect(RP, "high", "payments", "indirect"), note="sarcasm from a customer hit by the double collection", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @AbacusCredit in a post to everyone | sarcasm (irony 0.74) from a customer: a complaint | topic payments: 'two instalments', 'instalment', 'instalments'")
    SC("abacus-complaint-nearly-died-banking-app", "complaint-direct",
       tw("nitin_aba", f"@{B} nearly died when I opened my banking app and saw you'd had two instalments off me 💀 tell me that's a mistake and it's coming back",
          when="2028-03-27T07:02:40Z"),
       expect(RP, "high", "payments", "direct"), note="'nearly died' is a figure of speech: the double collection, not a risk to life", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.77) | topic payments: 'two instalments', 'instalment', 'instalments'")
    status = tw(B, "Some of you have had two instalments taken this morning instead of one. That's on us: a fault in last night's collection run. It's fixed. Extra instalments will be back by the end of Tuesday and we'll cover bank charges. Short for essentials today? DM us and we'll send it today.",
                when="2028-03-27T07:15:00Z")
    SC("abacus-brand-own-double-status", "brand-own-post", status, expect(IGN, "low", "payments", "none"))
    SC("abacus-repost-double-status", "repost", tw("nan_aba", "", retweet=status, when="2028-03-27T07:22:18Z"),
       expect(IGN, "low", "payments", "indirect"))
    SC("abacus-in-passing-monday-rent-bounced", "complaint-in-passing",
       tw("dan_w_aba", f"what a monday. alarm didn't go off, missed the bus, and @{B} helped themselves to two instalments so my rent bounced. brilliant. just brilliant 👏",
          when="2028-03-27T07:28:51Z"),
       expect(RP, "high", "payments", "indirect"), note="the brand tagged in the middle of a bad morning; the double collection cost him his rent", known_miss="round 14, not met yet: priority: want \"high\", got low; the engine read: tags @AbacusCredit in a post to everyone | a question to the brand | topic payments: 'two instalments', 'instalment', 'instalments'")
    SC("abacus-safety-dont-want-to-be-here", "safety-urgent",
       tw("keira_aba", "not being dramatic but after this morning i don't want to be here anymore. abacus took double, rent's gone, council tax is gone and i keep thinking about ending it. i'm just so tired",
          when="2028-03-27T07:34:09Z"),
       expect(RP, "urgent", "safety", "indirect"), note="calm, lower case and untagged, but a risk to her life: reach out now")
    SC("abacus-q-reply-end-of-tuesday", "question-in-reply-to-brand",
       tw("tomas_aba", "does 'end of tuesday' mean the money's in my account on tuesday or just sent on tuesday? my direct debit for council tax goes out wednesday morning and I can't have it bounce",
          reply_to=status, when="2028-03-27T07:41:33Z"),
       expect(RP, "normal", "payments", "direct"), note="a question under the brand's post, no @")
    priya = tw("priya_aba", "anyone else's bank balance looking very wrong this morning or is it just me 🙃", when="2028-03-27T07:45:00Z")
    SC("abacus-venting-overdrawn-till-payday", "third-party-venting",
       tw("jo_b_aba", "@priya_aba not just you, abacus took two instalments off me too. overdrawn till payday. cheers abacus 🙄",
          reply_to=priya, when="2028-03-27T07:52:14Z"),
       expect(MON, "low", "payments", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    ruth = tw("ruthmoney_aba", f"My inbox is full of readers saying Abacus Credit took two instalments at once this morning, some left overdrawn days before payday. @{B} how many customers are affected, and when exactly do they get the money back?",
              when="2028-03-27T08:05:12Z",
              metrics={"retweet_count": 2100, "reply_count": 1400, "like_count": 9800, "quote_count": 310})
    SC("abacus-big-reach-money-editor", "big-reach", ruth, expect(RP, "high", "payments", "indirect"),
       note="640k followers asking in public during the incident; the handle sits inside a post to everyone")
    SC("abacus-joke-count-to-one", "joke-bystander",
       tw("pundit_aba", "@ruthmoney_aba you'd think a firm called Abacus could at least count to one 🧮",
          reply_to=ruth, when="2028-03-27T08:14:40Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("abacus-spam-fake-support-ruth", "spam",
       tw("AbacusHelp_aba", "@ruthmoney_aba Hi Ruth 👋 Abacus support here ✅ any reader who was double charged can get it back instantly today, just DM us their card number and expiry 🙏",
          reply_to=ruth, when="2028-03-27T08:21:03Z"),
       expect(IGN, "low", "payments", "third_party"), note="an impersonator under a big account's post, fishing for card details")
    SC("abacus-private-agreement-email-phone", "private-details",
       tw("dee_m_aba", f"@{B} same here, taken twice. agreement AB-40718263, email dee.morgan@postbox.example, mobile 07700 900417. please ring me, I need it back before my rent goes out on weds",
          when="2028-03-27T08:30:26Z"),
       expect(RV, "high", "payments", "direct"), note="an agreement number, email and phone in public, during the incident", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | exposes a phone number and an e-mail address in public: answer privately | complaint (0.64) | topic payments: 'taken twice'")
    SC("abacus-es-dos-cuotas", "non-english",
       tw("lucia_aba", f"@{B} Hola, hoy me habéis cobrado dos cuotas en vez de una y ahora estoy en números rojos. ¿Cuándo me devolvéis el dinero? Tengo que pagar el alquiler el viernes",
          lang="es", when="2028-03-27T08:44:51Z"),
       expect(RP, "high", "payments", "direct"), note="Spanish: two instalments taken, now overdrawn", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.32) | topic payments: 'cobrado', 'cuota', 'cuotas', 'números rojos'")
    SC("abacus-nl-twee-termijnen", "non-english",
       tw("sanne_aba", f"@{B} Er zijn vanochtend twee termijnen tegelijk van mijn rekening afgeschreven en nu sta ik rood. Wanneer krijg ik mijn geld terug?",
          lang="nl", when="2028-03-27T09:02:17Z"),
       expect(RP, "high", "payments", "direct"), note="Dutch: two instalments taken at once, now overdrawn", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | a question | topic payments: 'termijnen', 'afgeschreven'")
    SC("abacus-abuse-clowns-late-fee", "abuse-with-problem",
       tw("carl_t_aba", f"@{B} you absolute clowns. took my instalment twice, left me overdrawn, AND stuck a late fee on for the one that 'failed'. give me my money and sack whoever built your system",
          when="2028-03-27T09:20:38Z"),
       expect(RP, "high", "payments", "direct"), note="rude, but double-charged and fined for it", known_miss="round 14, not met yet: topic: want \"payments\", got collections; the engine read: addressed to @AbacusCredit | complaint (0.97) | rude, but still a customer with a problem | topic collections: 'late fee', 'late fees'")
    SC("abacus-news-radio-double-payments", "news-monitor",
       tw("WrayfordFM_aba", "Pay-later lender Abacus Credit says a fault took two instalments at once from 'around 40,000 customers' overnight. It says the money will be back by the end of Tuesday and it will cover bank charges. {url:https://wrayfordfm.example/news/abacus-double-payments}",
          when="2028-03-27T10:00:00Z"),
       expect(MON, "low", "payments", "indirect"))
    SC("abacus-namesake-accountants-tax-refund", "namesake",
       tw("kev_p_aba", "Abacus Accountants in Wrayford got my self-assessment in with a day to spare AND found me a £310 tax refund. Marion, you're a legend 🙏",
          when="2028-03-27T12:31:09Z"),
       expect(IGN, "low", "refunds", "none"), note="a local firm of accountants; 'refund' is a tax refund, not the lender's")
    SC("abacus-common-classroom-beads", "common-word",
       tw("msjay_aba", "Year 2 found the classroom abacus today and now every answer to every question is 'hang on, I need to count the beads'. all 28 of them. long term ahead 🧮",
          when="2028-03-27T15:48:30Z"),
       expect(IGN, "low", None, "none"), note="the counting frame in a classroom")
    SC("abacus-praise-in-brand-thread-money-back", "praise",
       tw("lena_aba", "got mine back already, and the £15 the bank charged me. didn't even have to ask. thank you 🙏",
          reply_to=status, when="2028-03-27T18:40:02Z"),
       expect(RP, "low", "payments", "direct"), note="thanks from a customer in the brand's thread, no @")

    # ---- Tuesday 28 March: refunds, a newspaper investigation -------------------------------
    SC("abacus-news-ledger-pay-later-debt", "news-monitor",
       tw("NLedger_aba", "Young adults are juggling up to six pay-later plans at once, and one in four has missed a payment in the last year, a Ledger investigation finds. Lenders including Abacus say they run affordability checks on every purchase. {url:https://northernledger.example/money/pay-later-debt}",
          when="2028-03-28T06:00:00Z"),
       expect(MON, "low", "lending", "indirect"), note="a newspaper story about pay-later debt that names the brand", known_miss="round 14, not met yet: topic: want \"lending\", got collections; the engine read: names Abacus in a post to everyone | news or an announcement about the brand | topic collections: 'missed a payment'")
    SC("abacus-chatter-office-support-group", "chatter-monitor",
       tw("pete_aba", "half my office got hit by the abacus double instalment thing yesterday. the tea round turned into a support group 😂",
          when="2028-03-28T07:40:19Z"),
       expect(MON, "low", "payments", "indirect"), note="talk about the incident, nothing to answer")
    SC("abacus-praise-back-by-nine", "praise",
       tw("imogen_aba", "Fair play to Abacus. The extra instalment was back in my account by 9 this morning and they'd paid the £25 my bank charged me without me even asking. That's how you handle a cock-up 👏",
          when="2028-03-28T09:12:44Z"),
       expect(RP, "low", "payments", "indirect"), note="praise, brand named without a tag")
    SC("abacus-quote-status-unpaid-item-fee", "quote",
       tw("wes_aba", "'we'll cover bank charges' great, so who do I send the £35 unpaid item fee from my bank to? because nobody in your chat seems to know",
          quote=status, when="2028-03-28T10:03:55Z"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a fair question about its own promise")
    SC("abacus-question-reference-agencies-score", "question",
       tw("zara_aba", f"@{B} do you report pay-in-3 plans to the credit reference agencies? trying to build my score before we look for a mortgage next year",
          when="2028-03-28T12:15:48Z"),
       expect(RP, "normal", "lending", "direct"))
    SC("abacus-question-chemo-pause-instalments", "question",
       tw("bev_aba", f"@{B} quick one. I start chemo for breast cancer on thursday and I'll be in and out of hospital for a few months. can I have a payment holiday while I'm having treatment? don't want to miss anything",
          when="2028-03-28T13:02:31Z"),
       expect(RP, "normal", "hardship", "direct"), strict=False,
       note="a vulnerable customer asking calmly for a pause; her care is in hand, the ask is about payments, so normal, though some would raise it")
    SC("abacus-de-mahnung-inkasso", "non-english",
       tw("jonas_aba", f"@{B} Ich habe heute eine Mahnung bekommen, obwohl meine Rate am 15. pünktlich abgebucht wurde. Jetzt droht ihr mit Inkasso. Was soll das?",
          lang="de", when="2028-03-28T14:20:12Z"),
       expect(RP, "normal", "collections", "direct"), note="German: a reminder letter and a debt-collection warning for an instalment he paid")
    SC("abacus-private-iban-new-bank", "private-details",
       tw("daan_aba", f"@{B} Ik ben vorige week van bank gewisseld. Komt de dubbele termijn terug op mijn nieuwe rekening? IBAN NL91ABNA0417164300, klantnummer 55102938.",
          lang="nl", when="2028-03-28T15:33:40Z"),
       expect(RV, "normal", "payments", "direct"), note="Dutch, with a bank account number and a customer number in public")
    SC("abacus-namesake-pub-card-machine", "namesake",
       tw("AbacusPub_aba", "Quiz night at The Abacus tomorrow 🍻 round 4 is maths, obviously. £2 a head, teams of six, and the card machine's fixed so no excuses. Pennick Road, 8pm",
          when="2028-03-28T17:00:00Z"),
       expect(IGN, "low", "card", "none"), note="The Abacus, a pub; its card machine is not the lender's card")

    # ---- Wednesday 29 March: a letter to a dead man -----------------------------------------
    SC("abacus-repeat-sam-still-not-back", "repeat-contact",
       tw("sam_okoro_aba", "you said it'd be back by the end of tuesday. it's wednesday 7am, the second instalment still isn't back, the bank has hit me with a £25 overdraft fee and I've messaged in the app twice. third time asking now",
          reply_to=sam_brand, when="2028-03-29T06:02:19Z"),
       expect(RP, "high", "payments", "direct"), note="back in the brand's thread: the promise was not kept, third contact")
    lucy = tw("lucy_f_aba", f"@{B} my mum buried my dad three weeks ago. today you sent HIM a letter saying his account is in arrears and you'll pass it to collections if he doesn't ring. she phoned me in tears. we sent you the death certificate after the funeral. how does this happen?",
              when="2028-03-29T09:14:33Z")
    SC("abacus-complaint-letter-to-late-dad", "complaint-direct", lucy, expect(RP, "high", "hardship", "direct"),
       note="a bereaved widow chased for her late husband's account: a serious failure with a vulnerable customer", known_miss="round 14, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @AbacusCredit | complaint (0.73) | reads like a risk to people (urgency model 0.79): urgent | topic hardship: 'buried', 'death certificate', 'death', 'funeral', 'funerale'")
    lucy_brand = tw(B, "@lucy_f_aba Lucy, I'm so sorry. That letter should never have reached your mum. I've stopped every letter and call on your dad's account today, and Hannah from our bereavement team will ring you before 5pm. Nobody will ask your mum for anything again. Tom",
                    reply_to=lucy, when="2028-03-29T09:31:02Z")
    SC("abacus-brand-reply-bereavement", "brand-own-post", lucy_brand, expect(IGN, "low", "hardship", "none"))
    SC("abacus-chatter-bereavement-team-tip", "third-party-chatter",
       tw("carys_aba", "@lucy_f_aba so sorry for your loss. same thing happened to my nan with Abacus after grandad passed away. ask for the bereavement team by name, they were decent once we got through",
          reply_to=lucy, when="2028-03-29T09:48:10Z"),
       expect(MON, "low", "hardship", "third_party"), note="a stranger's advice in someone else's thread")
    SC("abacus-big-reach-presenter-widow", "big-reach",
       tw("DaniTV_aba", "Three weeks after the funeral, a widow gets a debt letter addressed to her dead husband. Abacus Credit had the death certificate. This keeps happening across the industry and it has to stop.",
          quote=lucy, when="2028-03-29T11:05:44Z",
          metrics={"retweet_count": 3400, "reply_count": 870, "like_count": 15200, "quote_count": 420}),
       expect(RP, "high", "hardship", "indirect"), note="482k followers criticising the brand in public: answer and show it is being put right", known_miss="round 14, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Abacus in a post to everyone | general chatter about the brand | topic hardship: 'funeral', 'funerale', 'widow', 'death certificate', 'death'")
    SC("abacus-thread-lucy-hannah-rang", "thread-with-brand",
       tw("lucy_f_aba", "Hannah rang. She was kind, she'd actually read everything we sent, and mum can finally stop worrying. thank you for sorting it properly",
          reply_to=lucy_brand, when="2028-03-29T16:22:51Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread, no @")
    SC("abacus-legal-fca-disabled-brother", "legal-threat-not-urgent",
       tw("owen_aba", f"@{B} your collections team has rung my disabled brother 11 times this week, despite a hardship plan agreed in february. I've made a formal complaint. if it isn't sorted in 8 weeks it goes to the Financial Ombudsman, and I'm copying in the FCA.",
          when="2028-03-29T10:12:08Z"),
       expect(RP, "high", "complaints", "direct"), note="ombudsman and regulator: a strong complaint, not urgent")
    SC("abacus-abuse-leeches-collections-calls", "abuse-with-problem",
       tw("mick_aba", f"@{B} you spineless leeches. 9 calls a day from your collections lot about ONE missed payment while I'm asleep between night shifts. I've told you I get paid friday. back off",
          when="2028-03-29T12:40:27Z"),
       expect(RP, "high", "collections", "direct"), note="rude, but a real problem with collections calls", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.65) | topic collections: 'collections', 'missed payment', 'missed payments'")
    SC("abacus-question-missed-payment-late-fee", "question",
       tw("amira_aba", f"@{B} I missed a payment last week because my wages came in late. will it show on my file, and how much is the late fee? want to sort it today",
          when="2028-03-29T13:30:54Z"),
       expect(RP, "normal", "collections", "direct"))
    SC("abacus-question-old-injury-default", "question",
       tw("craig_aba", f"@{B} I fell behind last year after a bad injury at work (all healed now, back working since january). I've cleared the arrears. can the missed payments and the default come off my file?",
          when="2028-03-29T14:45:16Z"),
       expect(RP, "normal", "collections", "direct"), note="an injury that is over: no risk now, an ordinary question about his record")
    SC("abacus-common-abacus-of-my-brain", "common-word",
       tw("ruby_aba", "the abacus of my brain has four beads left and all of them are busy working out whether I can afford a takeaway tonight",
          when="2028-03-29T18:20:07Z"),
       expect(IGN, "low", None, "none"), note="'the abacus of my brain', an expression")

    # ---- Thursday 30 March: the scam texts ---------------------------------------------------
    SC("abacus-question-is-this-text-you", "question",
       tw("paul_aba", f"@{B} just got a text: 'ABACUS: your instalment failed. Pay £49.99 now to avoid a default: abacus-pay-help.example'. is this real or a scam? after monday I genuinely can't tell",
          when="2028-03-30T06:48:02Z"),
       expect(RP, "normal", "fraud", "direct"), note="a customer checking a phishing text before paying; no money lost")
    scam_alert = tw(B, "⚠️ Fake texts pretending to be from Abacus are going round, saying an instalment failed and asking you to pay through a link. They're not from us. We never text you a link to pay. Entered card details? Call your bank now, then us on 0808 157 0623.",
                    when="2028-03-30T07:40:00Z")
    SC("abacus-brand-own-scam-alert", "brand-own-post", scam_alert, expect(IGN, "low", "fraud", "none"))
    SC("abacus-repost-scam-alert", "repost", tw("nan_aba", "", retweet=scam_alert, when="2028-03-30T07:51:28Z"),
       expect(IGN, "low", "fraud", "indirect"))
    val = tw("val_aba", f"@{B} I paid that scam text thinking it was you after monday's mess. now £780 has gone off my card in 4 payments. card was 5555 5555 5555 4444, I've cancelled it. please ring me on 07700 900283, I can't think straight",
             when="2028-03-30T08:10:39Z")
    SC("abacus-private-fraud-card-phone", "private-details", val, expect(RV, "high", "fraud", "direct"),
       note="money lost to fraud, with a card number and a phone number in public")
    SC("abacus-spam-fake-fraud-team-val", "spam",
       tw("AbacusFraud_aba", "@val_aba Hi Val, Abacus fraud team here ✅ we've flagged the scam and can get your £780 back today. Please DM us your card number and expiry to confirm 🔒",
          reply_to=val, when="2028-03-30T08:19:12Z"),
       expect(IGN, "low", "fraud", "third_party"), note="a fake support account under a fraud victim's post")
    SC("abacus-q-reply-report-scam-texts", "question-in-reply-to-brand",
       tw("ellie_aba", "how do I report these texts? I've had three this week and one of them used my real name",
          reply_to=scam_alert, when="2028-03-30T08:35:45Z"),
       expect(RP, "normal", "fraud", "direct"), note="a question under the brand's post, no @")
    SC("abacus-quote-scam-alert-january-link", "quote",
       tw("harper_aba", "'we never text you a link to pay' so what was the text I got in january with a link to 'update your instalment date'?? genuinely asking, how is anyone meant to tell",
          quote=scam_alert, when="2028-03-30T09:02:14Z"),
       expect(RP, "normal", "fraud", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a real question about its own texts")
    becca = tw("becca_aba", "my nan's just had a text from 'Abacus' saying she owes £49.99. she's never used them in her life. should she just pay it to be on the safe side?",
               when="2028-03-30T09:20:00Z")
    SC("abacus-chatter-scam-advice-nan", "third-party-chatter",
       tw("tash_m_aba", "@becca_aba no!! it's a scam going round, Abacus put a warning out this morning. tell her to delete it and don't tap the link",
          reply_to=becca, when="2028-03-30T09:27:36Z"),
       expect(MON, "low", "fraud", "third_party"), note="a stranger's advice in someone else's thread")
    SC("abacus-spam-fund-recovery", "spam",
       tw("RecoverPro_aba", "Lost money to the Abacus text scam? 💸 Our licensed recovery agents get your funds back in 24 hours. No win, no fee. DM us now ✅",
          when="2028-03-30T10:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="scam 'fund recovery' riding on the phishing story")
    SC("abacus-safety-doorstep-collector", "safety-urgent",
       tw("nosy_nbr_aba", f"there's a man going door to door on Mill Lane in Pennick saying he's from Abacus, collecting 'missed payments' in cash. he pushed his way into my neighbour's hallway, she's 84 and terrified. police are on the way. @{B} do you actually send people round??",
          when="2028-03-30T10:42:18Z"),
       expect(RP, "urgent", "safety", "indirect"), note="an elderly woman in danger in her own home, happening now")
    SC("abacus-it-sms-truffa", "non-english",
       tw("marco_aba", f"@{B} Ho ricevuto un SMS da 'Abacus' che mi chiede di pagare una rata con un link. È una truffa? Non voglio cliccare niente.",
          lang="it", when="2028-03-30T11:15:50Z"),
       expect(RP, "normal", "fraud", "direct"), note="Italian: is this text a scam")
    SC("abacus-pt-sms-golpe", "non-english",
       tw("ines_aba", f"@{B} recebi uma SMS a dizer que tenho um pagamento em falta e um link para pagar. é golpe ou burla? vi que houve problemas na segunda-feira",
          lang="pt", when="2028-03-30T12:03:27Z"),
       expect(RP, "normal", "fraud", "direct"), note="Portuguese: is this text a scam")
    SC("abacus-html-script-in-scam-link", "html-entities",
       tw("kit_aba", f"@{B} the scam text had a link like abacus-help.example/?id=&lt;script&gt;document.location='//grab.example'&lt;/script&gt; and I tapped it before I noticed. have they got my login now? the app looks normal",
          when="2028-03-30T12:50:11Z"),
       expect(RP, "normal", "fraud", "direct"), note="hostile HTML in a phishing link, delivered escaped; a worried question, no money lost yet")
    SC("abacus-html-img-shop-name-purchase", "html-entities",
       tw("dev_aba", f"@{B} there's a £212 purchase in my app from a shop called &lt;img src=x onerror=alert(1)&gt; that I definitely didn't make. has my account been hacked??",
          when="2028-03-30T13:34:29Z"),
       expect(RP, "high", "fraud", "direct"), note="hostile HTML as a shop name, delivered escaped; money lost to fraud", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.52) | topic fraud: 'didn't make', 'hacked'")
    SC("abacus-safety-ex-partner", "safety-urgent",
       tw("anon_k_aba", "my ex took out two abacus loans in my name while we were together. I told you. now you've written to him to 'confirm details' and he turned up at my work last night shouting. I'm frightened and I don't feel safe. please do not contact him again",
          when="2028-03-30T14:21:05Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a customer in danger from an abusive ex the brand has just contacted")
    SC("abacus-threat-doxxing-collections-staff", "threat-urgent",
       tw("sophie_aba", f"someone in a facebook group for people in debt with Abacus has posted where one of their collections staff lives and is telling people to 'pay her a visit' so she's scared like we are. this is doxxing and it's how people get hurt. @{B} please look at this",
          when="2028-03-30T16:08:33Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat against a member of staff, reported by a bystander")
    SC("abacus-namesake-jazz-trio", "namesake",
       tw("jazzlines_aba", "Abacus (the trio, not the loan people 😅) at the Lantern Rooms tonight. Piano, upright bass, brushes. The second set was something else 🎷",
          when="2028-03-30T22:40:00Z"),
       expect(IGN, "low", None, "none"), note="a jazz trio called Abacus, telling itself apart from the lender", known_miss="round 14, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Abacus in a post to everyone | general chatter about the brand")

    # ---- Friday 31 March: the app update breaks the identity check --------------------------
    femi = tw("femi_aba", f"@{B} since this morning's update the app wants a new selfie every time I open it, then says 'we couldn't verify you'. tried 8 times. I can't see my plans or pay anything and my instalment's due monday",
              when="2028-03-31T07:05:48Z")
    SC("abacus-complaint-selfie-loop", "complaint-direct", femi, expect(RP, "high", "app", "direct"),
       note="the update locks many customers out of the app: an outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.78) | topic app: 'update', 'updated', 'app', 'apps', 'selfie', 'selfies', 'selfi', 'verify'")
    femi_brand = tw(B, "@femi_aba Sorry Femi, that's on us: this morning's update broke the identity check for a lot of you. The fix is going out now and should be live by 3pm. Nothing that falls due while you can't get in will be marked late or charged a fee.",
                    reply_to=femi, when="2028-03-31T07:20:15Z")
    app_status = tw(B, "🔧 This morning's app update is asking some of you to redo your identity check, then failing it. A fix is rolling out, due by 3pm. Can't log in? Nothing due today will be marked late or charged a late fee, we promise.",
                    when="2028-03-31T08:30:00Z")
    SC("abacus-brand-own-app-status", "brand-own-post", app_status, expect(IGN, "low", "app", "none"))
    SC("abacus-complaint-typo-passport-train", "complaint-direct",
       tw("big_lou_aba", f"@{B} abacas app logged me out and now it wants my passport to log back in?? I'm on a train to Wrayford, my passport is in a drawer at home. WHY",
          when="2028-03-31T08:12:37Z"),
       expect(RP, "high", "app", "direct"), note="the brand's name misspelt; locked out during the app outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.94) | topic app: 'app', 'apps', 'passport', 'log back in'")
    SC("abacus-sarcasm-eleven-selfies", "sarcasm-customer",
       tw("tilly_aba", "thrilled to have taken 11 selfies for the abacus app this morning. never looked better. still not verified 🙂",
          when="2028-03-31T08:45:09Z"),
       expect(RP, "high", "app", "indirect"), note="sarcasm about the identity check loop, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: names Abacus in a post to everyone | complaint (0.70) | topic app: 'selfie', 'selfies', 'selfi', 'app', 'apps', 'verify', 'verified'")
    SC("abacus-fr-verification-en-boucle", "non-english",
       tw("claire_aba", f"@{B} Depuis la mise à jour, votre appli me redemande une vérification d'identité en boucle et je ne peux plus me connecter. Mon prélèvement passe lundi, je fais comment ?",
          lang="fr", when="2028-03-31T09:10:42Z"),
       expect(RP, "high", "app", "direct"), note="French: the identity check loops after the update, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.36) | topic app: 'mise à jour', 'votre appli', 'vérification d'identité', 'verification', 'connecter'")
    rosa = tw("rosa_aba", "friday mood: my banking app, my gym app and my face are all having a disagreement", when="2028-03-31T09:30:00Z")
    SC("abacus-venting-face-rejected", "third-party-venting",
       tw("kemi_aba", "@rosa_aba ha, the abacus app has said no to my face 6 times this morning. apparently i no longer look like me 😭",
          reply_to=rosa, when="2028-03-31T09:41:26Z"),
       expect(MON, "low", "app", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("abacus-in-passing-mot-cat-app", "complaint-in-passing",
       tw("nat_aba", f"long week. car failed its MOT, the cat's at the vet and the @{B} app has decided I'm not me anymore. someone hand me a wine 🍷",
          when="2028-03-31T10:15:58Z"),
       expect(RP, "high", "app", "indirect"), note="the brand tagged in the middle of a bad week, during the app outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @AbacusCredit in a post to everyone | describes their own experience | complaint (0.83) | topic app: 'app', 'apps'")
    SC("abacus-indirect-coat-returned", "complaint-indirect",
       tw("hayley_aba", "Returned a £340 coat to Halden &amp; Rye three weeks ago. They say the refund went to Abacus on the 14th. Abacus still want my next instalment for it. So I'm paying for a coat I don't own",
          when="2028-03-31T11:02:33Z"),
       expect(RP, "normal", "refunds", "indirect"), note="her own complaint, brand named without a tag")
    SC("abacus-complaint-hard-search-mortgage", "complaint-direct",
       tw("ollie_aba", f"@{B} applied for a £1,500 loan, got turned down, and now there's a hard search on my file a week before our mortgage application. your site said it was a soft search with 'no impact on your score'",
          when="2028-03-31T11:48:20Z"),
       expect(RP, "normal", "lending", "direct"))
    SC("abacus-legal-ombudsman-default", "legal-threat-not-urgent",
       tw("marcus_aba", "Abacus registered a default on my file for a plan I paid off in full in 2026. It's just cost us a mortgage. Formal complaint went in 9 weeks ago, no final response, so it's going to the Financial Ombudsman on Monday.",
          when="2028-03-31T12:30:06Z"),
       expect(RP, "high", "complaints", "indirect"), note="an ombudsman complaint about his own file, brand named without a tag")
    SC("abacus-praise-washing-machine-checkout", "praise",
       tw("nina_aba", "Abacus let me split the new washing machine over 6 months, no interest, and the card went through first time at checkout. Genuinely easy. Never thought I'd be praising a lender 😅",
          when="2028-03-31T13:15:44Z"),
       expect(RP, "low", "card", "indirect"), note="praise, brand named without a tag")
    SC("abacus-complaint-virtual-card-declined", "complaint-direct",
       tw("raj_aba", f"@{B} virtual card declined at checkout 3 times for a £60 pair of trainers, but the app says I've £400 available to spend. what's the point of it",
          when="2028-03-31T13:52:17Z"),
       expect(RP, "normal", "card", "direct"))
    SC("abacus-thread-femi-still-selfies", "thread-with-brand",
       tw("femi_aba", "it's 4:15, I've updated the app twice and it's still asking for selfies. please actually mean the bit about no late fees",
          reply_to=femi_brand, when="2028-03-31T15:15:29Z"),
       expect(RP, "high", "app", "direct"), note="back in the brand's thread after the promised fix time: still broken")
    SC("abacus-hotline-hardship-on-hold", "public-hotline-number",
       tw("stan_aba", f"@{B} rang 0808 157 0623 three times today about my hardship plan. 50 minutes on hold each time, then cut off. is anyone actually there?",
          when="2028-03-31T14:30:50Z"),
       expect(RP, "high", "hardship", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; three failed calls make it a repeated complaint")
    SC("abacus-chatter-fire-drill-office", "chatter-monitor",
       tw("firewarden_aba", "fire alarm at the Abacus office on Canal Street this morning, 400 of us stood in the drizzle for 25 minutes. just a drill. the smokers were delighted",
          when="2028-03-31T10:40:12Z"),
       expect(MON, "low", "safety", "indirect"), note="a fire drill at the brand's office: sounds dangerous, is not")
    SC("abacus-namesake-racehorse-tip", "namesake",
       tw("tipster_aba", "ABACUS (7/2) in the 3:15 at Kelmarsh tomorrow. Soft ground, loves it, 5lb claimer on board. Each way all day 🏇",
          when="2028-03-31T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="a racehorse called Abacus, in capitals")
    SC("abacus-common-toy-shop", "common-word",
       tw("pipandpod_aba", "Back in stock: the rainbow wooden abacus 🌈 100 beads, no batteries, survives toddlers. £12 in the shop on Bridge St or online",
          when="2028-03-31T16:10:00Z"),
       expect(IGN, "low", "refunds", "none"), note="a toy abacus in a toy shop; 'shop' is a keyword but there is no lender")

    # ---- Saturday 1 April: April Fools' Day ------------------------------------------------
    fools = tw(B, "NEW: Abacus Pay-in-40 ☕ Spread one flat white over 40 easy instalments. (Happy 1 April. Please don't.)",
               when="2028-04-01T08:00:00Z")
    SC("abacus-sarcasm-reply-april-fools", "sarcasm-customer",
       tw("rich_aba", "bold of you to do jokes about instalments the week you took two of mine at once 🙃 still waiting on that bank fee, by the way",
          reply_to=fools, when="2028-04-01T08:21:13Z"),
       expect(RP, "normal", "payments", "direct"), note="sarcasm in the brand's thread, with a real loose end")
    SC("abacus-threat-office-someone-hurt", "threat-urgent",
       tw("gaz_aba", f"@{B} 5 days and my money still isn't back. I know your office is on Canal Street. I'm coming down there monday and someone in that building is going to get hurt",
          when="2028-04-01T09:05:47Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against staff with a complaint: the priority is what matters")
    SC("abacus-private-dob-address-id-check", "private-details",
       tw("grace_i_aba", f"@{B} the ID check still fails after your fix. name Grace Ibe, DOB 14/02/1991, 7 Orchard Close, Wrayford WR3 9PL. what else do you want from me?",
          when="2028-04-01T10:12:40Z"),
       expect(RV, "normal", "app", "direct"), note="a date of birth and a home address in public")
    amy = tw("amy_r_aba", "Abacus said no to a £200 sofa because I'm 'not eligible'. I've never missed a bill in my life 😤", when="2028-04-01T11:00:00Z")
    SC("abacus-joke-ask-to-recount", "joke-bystander",
       tw("punpete_aba", "@amy_r_aba have you tried asking the abacus to recount? 🧮 maybe it slipped a bead",
          reply_to=amy, when="2028-04-01T11:14:22Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 14, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("abacus-venting-not-eligible-sofa", "third-party-venting",
       tw("andy_v_aba", "@amy_r_aba same!! Abacus turned down my application for a £150 chair last month and I earn decent money. no idea what they want",
          reply_to=amy, when="2028-04-01T11:30:05Z"),
       expect(MON, "low", "lending", "third_party"), note="venting in a friend's thread, brand not tagged")
    SC("abacus-namesake-racehorse-injury", "namesake",
       tw("racefan_aba", "Abacus pulled up at the last at Kelmarsh 😢 vet says it's a minor tendon injury and she'll be back after a rest. Good girl 🐴",
          when="2028-04-01T15:32:09Z"),
       expect(IGN, "low", "safety", "none"), note="the racehorse's injury: a keyword, but no person and no lender")
    SC("abacus-common-maths-club", "common-word",
       tw("mrokafor_aba", "Maths club built a giant abacus out of hula hoops and 100 beads for the open day. One very proud Year 5, one very tired Mr Okafor 🧮",
          when="2028-04-01T12:40:00Z"),
       expect(IGN, "low", None, "none"), note="a maths club's giant abacus")
    SC("abacus-common-bead-necklace", "common-word",
       tw("beadsfaye_aba", "New in the shop: abacus bead necklaces 📿 tiny wooden beads on brass bars, and they actually slide. Made to order, about 2 weeks",
          when="2028-04-01T14:00:00Z"),
       expect(IGN, "low", "refunds", "none"), note="an abacus bead necklace; 'shop' and 'order' are keywords but there is no lender")
    SC("abacus-hotline-praise-dad-payment-plan", "public-hotline-number",
       tw("gareth_aba", "whoever answered Abacus's 0808 157 0623 line at 9pm last night: thank you. my dad was in a real state about what he owes and you set up a payment plan with him in ten minutes, kindly and without rushing him",
          when="2028-04-01T10:40:31Z"),
       expect(RP, "low", "hardship", "indirect"), strict=False, note="praise quoting the brand's own helpline")

    # ---- Sunday 2 April ----------------------------------------------------------------------
    SC("abacus-repeat-refund-coat-third-time", "repeat-contact",
       tw("hayley_aba", f"@{B} third time asking: Halden &amp; Rye refunded the coat I returned on the 14th and I'm still being asked for instalments on it. you said 5 working days on the 21st. it's the 2nd of april",
          when="2028-04-02T09:10:15Z"),
       expect(RP, "high", "refunds", "direct"), note="the third contact about the same refund")
    SC("abacus-repeat-collections-still-ringing", "repeat-contact",
       tw("mick_aba", f"@{B} your collections team is still ringing me. sunday morning now. told you on wednesday, told your DMs friday. this is the third time: stop calling about a payment I made on friday",
          when="2028-04-02T08:20:44Z"),
       expect(RP, "high", "collections", "direct"), note="back a third time: the calls did not stop")
    SC("abacus-private-customer-number-refund", "private-details",
       tw("pooja_aba", f"@{B} Halden &amp; Rye say they refunded my order on the 14th, ref HR-88213. my Abacus customer number is 7781 2290 and my email is p.shah@mailbox.example. why am I still paying for it?",
          when="2028-04-02T10:05:37Z"),
       expect(RV, "normal", "refunds", "direct"), note="a customer number and an email address in public")
    SC("abacus-praise-fridge-paid-off", "praise",
       tw("kat_aba", f"@{B} just paid off the last instalment on the fridge freezer 🎉 12 months, never missed one, and your reminders actually helped. closing the app with pride",
          when="2028-04-02T11:20:08Z"),
       expect(RP, "low", "payments", "direct"), known_miss="round 14, not met yet: priority: want \"low\", got normal; the engine read: addressed to @AbacusCredit | complaint (0.88) | topic payments: 'paid off', 'instalment', 'instalments'")
    SC("abacus-indirect-tent-order-cancelled", "complaint-indirect",
       tw("mo_s_aba", "Two weeks since Pennick Outdoor cancelled my tent order and Abacus still haven't refunded the first instalment. Shop says it's Abacus, Abacus says it's the shop. Who's got my £58?",
          when="2028-04-02T12:02:51Z"),
       expect(RP, "normal", "refunds", "indirect"), note="his own complaint, brand named without a tag")
    ana = tw("ana_g_aba", "vaya semanita llevo 😩 ¿a alguien más le ha pasado algo raro con el banco esta semana?", lang="es", when="2028-04-02T12:30:00Z")
    SC("abacus-medical-es-insulin-in-thread", "medical-urgent",
       tw("carmen_aba", "@ana_g_aba a mí Abacus me cobró dos cuotas el lunes y todavía no me lo han devuelto. el contador de la luz está casi a cero, mi hijo es diabético y su insulina está en la nevera. tengo miedo, no sé qué hacer",
          reply_to=ana, lang="es", when="2028-04-02T12:44:19Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="Spanish, in someone else's thread: a diabetic child's insulin depends on the power; urgent whether or not the brand steps in")
    SC("abacus-common-nan-wooden-abacus", "common-word",
       tw("meg_h_aba", "my nan still does her weekly budget on an actual wooden abacus. 60 years, never missed a payment. we are not the same 😂",
          when="2028-04-02T14:15:26Z"),
       expect(IGN, "low", "collections", "none"), note="a wooden abacus used for a budget; 'missed a payment' is a keyword but there is no lender")
    SC("abacus-chatter-trending-again", "chatter-monitor",
       tw("harper_aba", "Abacus trending again?? what have they done this time, I've only just got over monday's mess",
          when="2028-04-02T16:40:02Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand; his own problem is already solved", known_miss="round 14, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Abacus in a post to everyone | describes their own experience | complaint (0.64)")
    return brand


BRANDS["abacus-credit"] = ("AbacusCredit", 5178901245, build_abacus_credit)
