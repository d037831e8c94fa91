# Jumble (Jumble Market Ltd): a made-up second-hand marketplace app run from Granary Yard in the
# made-up city of Wexcombe: clothes, furniture, electronics and baby gear. Buyers pay in the app
# and the money waits in the seller's Jumble wallet until the buyer confirms the item arrived;
# sellers then cash out to their bank. Parcels go with prepaid labels from drop-off points and
# lockers, or buyers collect in person. Buyer protection covers items that never arrive or are
# not as described; sellers pay fees on some sales and pass an ID check before their first
# cash-out; buyers and sellers talk in the app's chat.
# "Jumble" is also an ordinary word and a name: a jumble sale in a church hall, a school or a
# scout hut, a drawer that is "a jumble of" things, a head "all in a jumble", the Jumble word
# puzzle in the Wexcombe Courier, a spaniel called Jumble, Jumble Box (a hospice charity shop on
# Cresswick High Street), the family board game "Jumble!", Cllr Rita Jumble and Thornhay Town's
# goalkeeper Kai Jumble. None of them is the app.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 3 July 2028: on Monday a mother who cancelled a pram sale is stalked by the would-be buyer, a
# gas patio heater bought on the app leaks, and the ordinary questions come in. On Tuesday the
# payments partner fails and wallet payouts to banks sit on "processing" from about 6am to 5pm:
# a burst of complaints in English, Spanish and Dutch, a reseller with a big following, the
# local paper, and a mother who cannot pay for her son's inhaler. On Wednesday the backlog drags
# on and a phishing wave rides on it: fake buyers send "Jumble Payment Confirmation" links in
# the chat, fake Jumble wallet and care accounts appear, people lose money, there are threats
# against staff and a buyer, legal letters, and at night a seller is pushed on her own doorstep
# by a man collecting her cot. On Thursday that assault is in the news, Jumble answers with a
# "safe-word" for collections, a TV presenter piles in, a recalled car seat bought on the app
# turns up, a drop-side cot is about to be slept in, and threats and dangers arrive in four
# other languages. Friday is ordinary (parcels, disputes, fees, ID checks, other languages,
# praise); the weekend brings jumble sales, a scout hut roof, an oxygen concentrator that never
# came, football and thanks.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and order number, phone number, address and email address here is made up. Phone numbers are
# from the UK drama ranges; the card number is a Luhn-valid test number that belongs to no one.


def build_jumble_market():
    global CURRENT_BRAND, CLOCK
    brand = Brand("jumble-market", SCEN_DIR / "jumble-market.plan.toml", "JumbleApp", 6578901245, 1861220000000007001)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-07-03T05:30:00Z")
    B = "JumbleApp"
    user(B, "Jumble", 6578901245,
         "Jumble: buy and sell pre-loved clothes, furniture, tech and baby gear. Help 8am–9pm, 7 days. "
         "Helpline 0808 157 0612. We never send payment links and never ask you to pay or chat outside the app.",
         254_300, following=1_200, tweets=71_800, listed=910, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12140100000 + _n[0] * 4129, bio, followers, **kw)

    person("stbarnabas_jm", "St Barnabas, Sallowby", "Parish church of St Barnabas, Sallowby. All welcome.", 1_300)
    person("kofi_a_jm", "Kofi Asante", "Wexcombe. Decluttering one chair at a time.", 210)
    person("tasha_r_jm", "Tasha Reid", "Thornhay. Mum of two under five. Running on toast.", 340)
    person("gav_d_jm", "Gavin Doyle", "Dunmere. Fixes things. Mostly.", 150)
    person("jumblebox_jm", "Jumble Box Cresswick", "Charity shop on Cresswick High Street. Every penny to Cresswick Hospice 💚", 2_400)
    person("moira_s_jm", "Moira Sutton", "Thornhay. Retired. Selling the loft, slowly.", 95)
    person("wordy_jm", "Pat Lomax", "Crosswords, the Jumble and strong tea.", 1_900)
    person("ryan_c_jm", "Ryan Cole", "Sallowby. Dad of three. BBQ optimist.", 260)
    person("GrowFast_jm", "GrowFast 📈", "Real followers. Real fast. Shops, sellers, brands. DM for packages 💯", 4_800, following=5_000)
    person("nia_b_jm", "Nia Bello", "Wexcombe. Moving flat, selling everything.", 430)
    person("spaniel_jm", "Ros Quill", "Owned by a springer spaniel called Jumble. Muddy.", 780)
    person("tom_h_jm", "Tom Haddow", "Antiques and oddities. Cresswick.", 620)
    person("izzy_f_jm", "Izzy Ford", "Wexcombe. Small flat, big plans.", 1_100)
    person("dani_k_jm", "Dani Kowal", "Vintage denim reseller. Dunmere. Lives at the post office.", 1_450)
    person("lena_p_jm", "Lena Price", "Sallowby. Sells kids' clothes so the kids can grow out of more.", 380)
    person("sue_r_jm", "Sue Rowley", "Thornhay. Passes things on.", 120)
    person("meg_h_jm", "Meg Hollis", "Car boot queen of Dunmere.", 290)
    person("ollie_p_jm", "Ollie Pike", "Dunmere. Bills, bills, bills.", 170)
    person("punchline_jm", "Barry Nash", "Puns. Pints. Wexcombe.", 1_300)
    person("dev_j_jm", "Dev Joshi", "Wexcombe. Reads status pages for fun.", 900)
    person("vintagevee_jm", "Vintage Vee", "Full-time reseller. Thrift hauls, selling tips, honest reviews. 🧥✨ Not sponsored.",
           640_000, following=1_100, listed=2_900, verified=True)
    person("carla_m_jm", "Carla Mendes", "Cresswick. Single mum. Sells what we've outgrown.", 140)
    person("WexCourier_jm", "Wexcombe Courier", "News for Wexcombe, Cresswick, Thornhay and the Sallow valley since 1868.", 41_200,
           following=800, verified=True)
    person("baz_t_jm", "Barry Toms", "Man with a van. Dunmere.", 110)
    person("marta_g_jm", "Marta Gil", "Zaragozana en Wexcombe. Enfermera.", 230)
    person("joost_jm", "Joost de Wit", "Uit Utrecht, nu in Cresswick. Fietser.", 310)
    person("amira_k_jm", "Amira Khan", "Wexcombe. Trainee solicitor. Tired.", 520)
    person("fin_o_jm", "Fin O'Hara", "Thornhay. Flips furniture, pays rent.", 360)
    person("ruth_b_jm", "Ruth Benton", "Sallowby. Buys school uniform second hand.", 160)
    person("jade_l_jm", "Jade Lyle", "Cresswick. Head full of bees.", 470)
    person("zoe_w_jm", "Zoe Whitby", "Wexcombe. Careful with links.", 280)
    person("JumbleWallet_jm", "Jumble Wallet 🔒", "Official Jumble wallet notices 🔒 payouts, holds, releases", 190, following=4_700)
    person("greg_m_jm", "Greg Mills", "Dunmere. 64. Selling my late wife's sewing things.", 70)
    person("RecoverNow_jm", "RecoverNow ✅", "Certified scam recovery agents. Marketplaces, crypto, banks. 100% success ✅", 6_100, following=5_000)
    person("alan_r_jm", "Alan Reece", "Reece Cycles, Thornhay. Repairs and refurbished bikes.", 840)
    person("stevo_jm", "Steve", "", 35)
    person("kieran_jm", "Kieran", "Dunmere.", 60)
    person("rich_b_jm", "Rich Barlow", "Sallowby. Waxed jacket man.", 230)
    person("lynn_c_jm", "Lynn Carver", "Cresswick. Hates hold music.", 90)
    person("heike_jm", "Heike Brandt", "Aus Bremen, jetzt in Wexcombe. Vorsichtig.", 200)
    person("kerry_b_jm", "Kerry Bird", "Thornhay. Selling the kids' bikes.", 180)
    person("safe_sal_jm", "Sal Okoro", "Fraud prevention, 10 years. Happy to point people the right way.", 3_400)
    person("JumbleCare_jm", "Jumble Care 🔒", "Official Jumble customer care. DM for fast refunds 🔒", 40, following=4_800)
    person("hannah_w_jm", "Hannah Webb", "Cresswick. New mum. Clearing out the nursery.", 310)
    person("bea_n_jm", "Bea Norris", "Cresswick. Nosy neighbour, proudly.", 540)
    person("nat_o_jm", "Nat Osei", "Wexcombe. Sells trainers. Has opinions.", 1_700)
    person("leo_f_jm", "Leo Frost", "Thornhay. Furnishing a flat for £200.", 150)
    person("jonny_tv_jm", "Jonny Reid", "Telly, radio, a podcast about my mum. New series 'Doorstep' Sundays 9pm.",
           1_240_000, following=1_500, listed=5_100, verified=True)
    person("sunil_jm", "Sunil Rao", "Cresswick. Shares useful stuff.", 260)
    person("becca_l_jm", "Becca Lane", "Sallowby. Mum to Alfie (1). Drives everywhere.", 330)
    person("lou_m_jm", "Lou Marsh", "Dunmere. First baby, first everything.", 410)
    person("nanny_jo_jm", "Jo Pennick", "Maternity nurse, 20 years. Safe sleep nag.", 2_100)
    person("elodie_jm", "Élodie Martin", "Lyonnaise à Wexcombe. Maman.", 190)
    person("joana_s_jm", "Joana Sousa", "Do Porto para Cresswick. Enfermeira.", 170)
    person("giulia_jm", "Giulia Conti", "Torinese a Thornhay. Mamma e barista.", 240)
    person("tobi_m_jm", "Tobias Meyer", "Aus Köln in Dunmere. Ingenieur.", 300)
    person("kim_j_jm", "Kim Jarvis", "Cresswick. Clearing Mum's house.", 220)
    person("paul_e_jm", "Paul Ellery", "Thornhay. Sells old hi-fi. Knows a shortcut.", 690)
    person("mark_d_jm", "Mark Denton", "Sallowby. Dad. Reads the small print.", 270)
    person("bex_a_jm", "Bex Arnold", "Wexcombe. Asks how you are and means it.", 350)
    person("sam_r_jm", "Sam Ruddock", "Wexcombe. 400 DVDs and counting down.", 140)
    person("amelie_jm", "Amélie Roux", "Bordelaise à Sallowby. Vend les vêtements des enfants.", 210)
    person("luca_b_jm", "Luca Bruni", "Milanese a Wexcombe. Cappotti vintage.", 330)
    person("thiago_jm", "Thiago Lima", "De Coimbra para Dunmere. Cozinheiro.", 160)
    person("harry_q_jm", "Harry Quinn", "Front-end dev. I notice broken templates.", 1_500)
    person("pete_s_jm", "Pete Sallis", "Thornhay. Sells vinyl. Hates queues.", 410)
    person("lucy_f_jm", "Lucy Fenn", "Cresswick. Dresses, mostly.", 300)
    person("femi_jm", "Femi Adebayo", "Wexcombe. Expecting our first in August.", 260)
    person("holly_g_jm", "Holly Grant", "Sallowby. Gamer, occasionally lucky.", 640)
    person("dean_jm", "Dean Pryor", "Dunmere. Sarcasm is free. Fees aren't.", 390)
    person("gamesnight_jm", "Games Night Gang", "Friday board games in Wexcombe. Loud.", 1_200)
    person("ThornhayTC_jm", "Thornhay Town Council", "News and notices from Thornhay Town Council.", 5_600, verified=True)
    person("oakfield_jm", "Oakfield Primary PTA", "Oakfield Primary School PTA, Wexcombe. Fairs, discos, cake.", 880)
    person("wendy_jm", "Wendy Pratt", "Cresswick. Lamps are my weakness.", 210)
    person("jo_t_jm", "Jo Tanner", "Thornhay. Checks in on everyone.", 380)
    person("vic_s_jm", "Vic Sheldon", "Thornhay. Chairs, tables, regrets.", 190)
    person("quipster_jm", "Colin Fry", "Dad jokes. Sorry in advance.", 1_700)
    person("nigel_w_jm", "Nigel Webster", "Sallowby. Sells camera gear. Keeps receipts.", 510)
    person("shaz_jm", "Shaz", "Dunmere. Not in the mood.", 80)
    person("thornhay_sc_jm", "1st Thornhay Scouts", "1st Thornhay Scout Group. Be prepared (mostly).", 940)
    person("maisie_jm", "Maisie Grove", "Wexcombe. Tidy in theory.", 2_300)
    person("ade_jm", "Ade Ogun", "Sallowby. Dad. New to all this.", 120)
    person("kev_o_jm", "Kev Orton", "Dunmere. Looking after Dad.", 90)
    person("rosa_l_jm", "Rosa López", "Sevillana en Thornhay.", 240)
    person("pilar_jm", "Pilar Ruiz", "De Murcia a Thornhay. Mamá de Hugo.", 150)
    person("gemma_jm", "Gemma Hurst", "Cresswick. Step count: involuntary.", 560)
    person("cara_d_jm", "Cara Dunne", "Wexcombe. Never lucky.", 330)
    person("priya_d_jm", "Priya Desai", "Dunmere. Honest reviews only.", 450)
    person("craig_t_jm", "Craig", "", 45)
    person("elaine_jm", "Elaine Foster", "Cresswick. 70. Prefers a phone call.", 60)
    person("ThornhayTown_jm", "Thornhay Town FC", "Official account of Thornhay Town Football Club ⚽", 14_300, verified=True)

    # ---- Monday 3 July: a stalked seller, a leaking heater, ordinary questions -------------------
    SC("jm-common-church-jumble-sale", "common-word",
       tw("stbarnabas_jm", "Jumble sale this Saturday, 10am in St Barnabas church hall! Bric-a-brac, books, baby clothes and a tombola. Donations of jumble welcome at the vestry door from Thursday. Tea and cake 50p ☕",
          when="2028-07-03T06:12:00Z"),
       expect(IGN, "low", None, "none"), note="a church jumble sale", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Jumble in a post to everyone | general chatter about the brand")
    SC("jm-question-label-too-small", "question",
       tw("kofi_a_jm", f"@{B} sold a dining chair (yay) but the prepaid label says max 2kg parcel and it's obviously way over. do I need to set up collection instead or can I pay for a bigger label?",
          when="2028-07-03T07:05:41Z"),
       expect(RP, "normal", "delivery", "direct"))
    tasha = tw("tasha_r_jm", f"@{B} I cancelled a sale on a pram because the buyer was being weird. he's sent 30 messages since, worked out my house from the collection pin and sat in a car outside my house at 11pm. I've got two kids in here and I'm scared. this is harassment, please stop him",
               when="2028-07-03T07:40:18Z")
    SC("jm-safety-pram-buyer-outside-house", "safety-urgent", tasha, expect(RP, "urgent", "safety", "direct"),
       note="a would-be buyer has found her home and waited outside it at night: danger now")
    tasha_brand = tw(B, "@tasha_r_jm Tasha, I'm so sorry. We've blocked his account and saved everything he sent for the police. If he comes back, call 999 straight away. Our safety team is DMing you now.",
                     reply_to=tasha, when="2028-07-03T07:52:06Z")
    SC("jm-brand-reply-pram-stalker", "brand-own-post", tasha_brand, expect(IGN, "low", "safety", "none"))
    SC("jm-thread-pram-new-account", "thread-with-brand",
       tw("tasha_r_jm", "thank you. he's made a new account and offered me £5 for 'the pram and a visit' 🤢 he knows where I live. police are coming at 10, I'm too frightened to open the door till then",
          reply_to=tasha_brand, when="2028-07-03T08:31:55Z"),
       expect(RP, "urgent", "safety", "direct"), note="in the brand's thread without an @: he is still after her")
    SC("jm-complaint-dyson-dispute-button", "complaint-direct",
       tw("gav_d_jm", f"@{B} bought a 'like new' Dyson on here, it turned up with a cracked tank and cuts out after 2 minutes. seller's gone quiet and the dispute button just says 'something went wrong'. how do I get my money back?",
          when="2028-07-03T09:15:27Z"),
       expect(RP, "normal", "disputes", "direct"))
    SC("jm-namesake-jumble-box-shop", "namesake",
       tw("jumblebox_jm", "Jumble Box is open late Thursday till 7! New in: a pine wardrobe, a Roberts radio and a rail of summer dresses. Free local delivery on furniture, and we take cards now 💳 Every penny goes to Cresswick Hospice 💚",
          when="2028-07-03T09:50:00Z"),
       expect(IGN, "low", "delivery", "none"), note="a charity shop called Jumble Box, with delivery and cards in its post")
    SC("jm-private-address-on-label", "private-details",
       tw("moira_s_jm", f"@{B} the prepaid label you made has my old address on it and the courier won't take it. it should be 27 Mossgate Road, Thornhay, WX9 4LP. can you fix the label or send me a new one?",
          when="2028-07-03T10:30:12Z"),
       expect(RV, "normal", "delivery", "direct"), note="a home address in public")
    SC("jm-common-courier-word-puzzle", "common-word",
       tw("wordy_jm", "Today's Jumble in the Courier beat me for twenty minutes. GRIBDE. Husband shouted BRIDGE from the kitchen in four seconds and is being unbearable about it",
          when="2028-07-03T11:20:33Z"),
       expect(IGN, "low", "delivery", "none"), note="the newspaper word puzzle; 'Courier' is the paper", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Jumble in a post to everyone | general chatter about the brand | topic delivery: 'courier', 'couriers'")
    SC("jm-safety-patio-heater-gas", "safety-urgent",
       tw("ryan_c_jm", "bought a gas patio heater off jumble on saturday and the hose hisses when the bottle's on. whole garden smells of gas and the kids were playing out there. is it dangerous? who do I even report this to",
          when="2028-07-03T12:45:09Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag, a calm question: a gas leak from something bought on the app")
    SC("jm-spam-follower-packages", "spam",
       tw("GrowFast_jm", f"@{B} 🚀 Grow your shop! 10k real followers + 5k likes for £25. Top sellers on Jumble already use us 💯 DM now",
          when="2028-07-03T13:30:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("jm-question-seller-fee-collection", "question",
       tw("nia_b_jm", f"@{B} quick one: if I sell a sofa for £120 and the buyer collects, do I still pay the seller fee? and does it come out of my wallet or off my card?",
          when="2028-07-03T14:15:48Z"),
       expect(RP, "normal", "account", "direct"))
    SC("jm-namesake-spaniel-tennis-ball", "namesake",
       tw("spaniel_jm", "Jumble the spaniel has eaten a whole tennis ball. Again. Vet says he'll pass it. I say he's an idiot. He says nothing, just wags 🐶",
          when="2028-07-03T15:00:21Z"),
       expect(IGN, "low", None, "none"), note="a dog called Jumble", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Jumble in a post to everyone | general chatter about the brand")
    SC("jm-html-listing-title-script", "html-entities",
       tw("tom_h_jm", f"@{B} my listing title now shows as &lt;script&gt;alert('hi')&lt;/script&gt; Victorian dresser and I didn't write that. the photos have changed too. has someone been in my account?",
          when="2028-07-03T16:20:37Z"),
       expect(RP, "normal", "listings", "direct"), note="hostile HTML around a real worry; it arrives escaped")
    SC("jm-chatter-fondue-set", "chatter-monitor",
       tw("izzy_f_jm", "Jumble is bad for me. went on for a kettle, came off with a kettle, a lamp, a rug and a 1970s fondue set. the flat now looks like an actual jumble sale",
          when="2028-07-03T17:40:02Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand (and the common word), nothing to answer")

    # ---- Tuesday 4 July: wallet payouts stuck on "processing", about 6am to 5pm -----------------
    dani = tw("dani_k_jm", f"@{B} my payout to the bank has said 'processing' since 6am and it normally takes 10 minutes. £186 from the weekend's sales. is something broken?",
              when="2028-07-04T07:10:14Z")
    SC("jm-complaint-payout-processing", "complaint-direct", dani, expect(RP, "high", "wallet", "direct"), strict=False,
       note="the first report of the payout outage; before anyone knows it is an outage, normal is also a fair reading")
    SC("jm-sarcasm-wallet-protection", "sarcasm-customer",
       tw("lena_p_jm", "love how Jumble keeps my money in the wallet 'for my protection' and then protects it so well even I can't get it out 🙃 payout stuck since 6",
          when="2028-07-04T07:35:50Z"),
       expect(RP, "high", "wallet", "indirect"), note="sarcasm about her own payout stuck in the outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Jumble in a post to everyone | describes their own experience | complaint (0.69) | topic wallet: 'wallet', 'wallets', 'payout', 'payouts'")
    status = tw(B, "⚠️ Payouts from Jumble wallets to banks are delayed this morning and show as 'processing'. Your money is safe in your wallet, and buying and selling work as normal. Our payments partner is fixing it; next update by 10am.",
                when="2028-07-04T08:00:00Z")
    SC("jm-brand-own-status-payouts", "brand-own-post", status, expect(IGN, "low", "wallet", "none"))
    SC("jm-repost-status-payouts", "repost", tw("sue_r_jm", "", retweet=status, when="2028-07-04T08:05:31Z"),
       expect(IGN, "low", "wallet", "indirect"))
    dani_brand = tw(B, "@dani_k_jm Hi Dani, sorry: payouts are delayed for everyone this morning. Your £186 is safe in your wallet and will go as soon as our partner restarts payments. We'll update you here.",
                    reply_to=dani, when="2028-07-04T08:20:44Z")
    meg = tw("meg_h_jm", "@ollie_p_jm how much did the car boot stuff go for in the end? still on for friday?", when="2028-07-04T08:25:00Z")
    ollie = tw("ollie_p_jm", "@meg_h_jm don't. jumble has had my payout stuck since 6am, £240 from the car boot stuff, and the electric's due tomorrow. just sat here staring at 'processing'",
               reply_to=meg, when="2028-07-04T08:41:19Z")
    SC("jm-venting-electric-due", "third-party-venting", ollie, expect(MON, "low", "wallet", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in")
    SC("jm-joke-money-in-a-jumble", "joke-bystander",
       tw("punchline_jm", "@ollie_p_jm @meg_h_jm so your money's all in a jumble then 😂 should've done a proper jumble sale, cash in a biscuit tin like my nan",
          reply_to=ollie, when="2028-07-04T08:58:07Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("jm-chatter-payouts-down-for-all", "third-party-chatter",
       tw("dev_j_jm", "@ollie_p_jm it's not just you, Jumble payouts are down for everyone this morning. their status says the money's safe in the wallet, it's their payments partner",
          reply_to=ollie, when="2028-07-04T09:06:52Z"),
       expect(MON, "low", "wallet", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("jm-big-reach-reseller-frozen", "big-reach",
       tw("vintagevee_jm", f"Jumble payouts frozen for 3+ hours on a weekday. Thousands of us run our whole business through this app and pay our rent from it. If the money's 'safe', why can't we touch it? @{B} a real answer please",
          when="2028-07-04T09:40:26Z",
          metrics={"retweet_count": 1_900, "reply_count": 1_240, "like_count": 17_600, "quote_count": 260}),
       expect(RP, "high", "wallet", "indirect"), note="640k followers, during the outage; the handle near the end of a post to everyone")
    SC("jm-medical-inhaler-payout", "medical-urgent",
       tw("carla_m_jm", f"@{B} sorry to bother you, is there any way to push one payout through by hand? £42 from yesterday, it's all I've got till Friday and my son's inhaler prescription needs paying for at the pharmacy this afternoon. he's asthmatic",
          when="2028-07-04T10:12:39Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm, polite question, but a child's asthma medicine depends on the stuck money")
    SC("jm-news-courier-cash-out", "news-monitor",
       tw("WexCourier_jm", "Sellers on second-hand app Jumble say they have been unable to cash out their earnings for more than five hours. The firm blames a fault at a payments partner and says money held in wallets is safe. {url:https://wexcombecourier.example/news/jumble-payouts}",
          when="2028-07-04T11:05:00Z"),
       expect(MON, "low", "wallet", "indirect"))
    SC("jm-abuse-clowns-van", "abuse-with-problem",
       tw("baz_t_jm", f"@{B} absolute clowns. 5 hours my £310 has sat in your precious 'wallet' while you lot do nothing. I've got a van to pay for. sort your shambles out and pay me",
          when="2028-07-04T11:22:15Z"),
       expect(RP, "high", "wallet", "direct"), note="rude, but his money is stuck in the outage")
    status_q = tw("fin_o_jm", "'next update by 10am'. it's 11:40 and my £260 payout is still stuck. rent went out at 9 and bounced. 'your money is safe' isn't much use when I can't cash out",
                  quote=status, when="2028-07-04T11:40:03Z")
    SC("jm-quote-next-update-rent", "quote", status_q, expect(RP, "high", "wallet", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his own payout stuck in the outage")
    SC("jm-es-retirar-saldo-monedero", "non-english",
       tw("marta_g_jm", f"@{B} Hola, desde esta mañana no puedo retirar el saldo de mi monedero a mi banco. ¿Cuándo se va a solucionar? Gracias",
          lang="es", when="2028-07-04T12:18:44Z"),
       expect(RP, "high", "wallet", "direct"), note="Spanish: her payout stuck in the outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @JumbleApp | a question | topic wallet: 'retirar', 'saldo', 'monedero'")
    SC("jm-nl-uitbetaling-tegoed", "non-english",
       tw("joost_jm", f"@{B} Mijn uitbetaling staat al sinds vanochtend op 'verwerken'. Wanneer staat mijn tegoed op mijn rekening? Ik moet vandaag de huur betalen.",
          lang="nl", when="2028-07-04T13:02:29Z"),
       expect(RP, "high", "wallet", "direct"), note="Dutch: his payout stuck in the outage, rent due", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @JumbleApp | a question | topic wallet: 'uitbetaling', 'tegoed'")
    SC("jm-in-passing-white-shirt", "complaint-in-passing",
       tw("amira_k_jm", f"tuesday so far: train cancelled, coffee down my only white shirt and @{B} is sitting on my £95 payout so I can't even buy another one. brilliant",
          when="2028-07-04T13:50:11Z"),
       expect(RP, "high", "wallet", "indirect"), note="the brand tagged in the middle of a bad day, her payout stuck in the outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: tags @JumbleApp in a post to everyone | describes their own experience | complaint (0.97) | topic wallet: 'payout', 'payouts'")
    SC("jm-indirect-head-in-a-jumble", "complaint-indirect",
       tw("jade_l_jm", "my head is all in a jumble today and Jumble still hasn't sent my payout from sunday. one of those days",
          when="2028-07-04T14:35:57Z"),
       expect(RP, "high", "wallet", "indirect"), note="both meanings in one post: the common word, then the app holding her payout in the outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Jumble in a post to everyone | describes their own experience | complaint (0.64) | topic wallet: 'payout', 'payouts'")
    allclear = tw(B, "✅ Payouts are moving again. Today's backlog is going out now and most of you will see it in your bank by 9pm; a few banks may take until tomorrow morning. Sorry for a stressful day.",
                  when="2028-07-04T16:50:00Z")
    SC("jm-q-reply-buyer-refunds-too", "question-in-reply-to-brand",
       tw("ruth_b_jm", "does that include buyers' refunds? I cancelled an order for school shoes this morning and the refund's not back on my card either",
          reply_to=allclear, when="2028-07-04T17:04:22Z"),
       expect(RP, "normal", "disputes", "direct"), note="a question under the brand's post, no @")

    # ---- Wednesday 5 July: the backlog, a phishing wave, threats, legal letters -----------------
    SC("jm-repeat-dani-third-ask", "repeat-contact",
       tw("dani_k_jm", "it's wednesday. you said it would go last night. my bank has nothing and the payout still says processing. that's the third time I've asked",
          reply_to=dani_brand, when="2028-07-05T07:48:36Z"),
       expect(RP, "high", "wallet", "direct"), note="back in the brand's thread: the promise was not kept")
    dani_brand2 = tw(B, "@dani_k_jm Dani, I've checked: yours was one of 900 payouts that bounced back overnight. I've resent it by hand and it'll land by noon. If it doesn't, reply here and I'll chase it myself. Sam",
                     reply_to=dani_brand, when="2028-07-05T08:02:10Z")
    SC("jm-brand-reply-resent-by-hand", "brand-own-post", dani_brand2, expect(IGN, "low", "wallet", "none"))
    SC("jm-question-payment-confirmation-link", "question",
       tw("zoe_w_jm", f"@{B} a 'buyer' sent me a link in the chat: 'Jumble Payment Confirmation, click to receive your funds'. it wants my card number and expiry date. looks suspicious. is it real or a scam? haven't clicked anything",
          when="2028-07-05T08:30:48Z"),
       expect(RP, "normal", "fraud", "direct"), note="checking a phishing link before doing anything: no money lost")
    SC("jm-spam-fake-wallet-notice", "spam",
       tw("JumbleWallet_jm", "⚠️ Jumble Wallet Notice: after this week's payout delays your funds are ON HOLD. Confirm your card within 24 hours to release them 👉 {url:https://jumble-wallet-release.example/confirm}",
          when="2028-07-05T09:00:00Z"),
       expect(IGN, "low", "wallet", "indirect"), note="a phishing post pretending to be the brand, riding on the outage")
    SC("jm-private-card-phished-phone", "private-details",
       tw("greg_m_jm", f"@{B} I clicked a 'payment confirmation' link a buyer sent in the chat and typed in my card, 4111 1111 1111 1111. £640 has gone in three payments. I've frozen it and told my bank it's fraud. I've been scammed. please ring me on 07700 900431",
          when="2028-07-05T09:26:05Z"),
       expect(RV, "high", "fraud", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("jm-spam-scam-recovery", "spam",
       tw("RecoverNow_jm", "Lost money to a Jumble scam? 💸 Our certified recovery agents trace scammers and get it back in 24h. No win no fee ✅ DM now",
          when="2028-07-05T10:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="'recovery' riding on the scam wave")
    SC("jm-legal-county-court-bike-shop", "legal-threat-not-urgent",
       tw("alan_r_jm", f"@{B} 2 days and the £1,450 payout for a bike I sold still isn't in my bank. I run a small repair shop and that's my wages. if it's not there by Friday I'm taking you to the county court and reporting you to Trading Standards",
          when="2028-07-05T10:35:19Z"),
       expect(RP, "high", "wallet", "direct"), note="a court and regulator threat over his own stuck payout: strong, not urgent")
    SC("jm-threat-granary-yard-staff", "threat-urgent",
       tw("stevo_jm", f"@{B} I know your office is at Granary Yard. if my money isn't in my bank by tomorrow I'll be down there and the first one of your staff I see is getting hurt. not a joke",
          when="2028-07-05T11:02:44Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("jm-threat-buyer-bat", "threat-urgent",
       tw("kieran_jm", "some bloke on jumble has opened a dispute saying the table I sold him arrived damaged. it was perfect when it left my house. I've got his address. me and my brother are going round tonight with a bat, he won't be lying to anyone after that",
          when="2028-07-05T11:40:30Z"),
       expect(ANY, "urgent", "disputes", "indirect"), note="a seller threatens violence against a buyer, lower case, no tag: only the priority is strict")
    SC("jm-abuse-counterfeit-barbour", "abuse-with-problem",
       tw("rich_b_jm", f"@{B} your buyer protection is a joke you useless muppets. paid £85 for a 'genuine' Barbour, got a counterfeit with the label sewn on wonky, and you closed my claim in 4 minutes with a bot reply. do your jobs",
          when="2028-07-05T12:15:02Z"),
       expect(RP, "high", "disputes", "direct"), note="rude, with a real problem: a counterfeit coat and a claim closed by a bot")
    SC("jm-hotline-four-calls", "public-hotline-number",
       tw("lynn_c_jm", f"@{B} rang 0808 157 0612 four times this morning. 50 minutes of hold music then cut off every time. my payout from saturday is STILL not here",
          when="2028-07-05T12:50:27Z"),
       expect(RP, "high", "wallet", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls and a payout still stuck")
    SC("jm-de-phishing-auszahlung", "non-english",
       tw("heike_jm", f"@{B} Ich habe im Chat einen Link bekommen: 'Ihre Auszahlung ist blockiert, bitte Karte bestätigen'. Ist das Phishing oder Betrug? Ich habe nichts eingegeben.",
          lang="de", when="2028-07-05T13:20:16Z"),
       expect(RP, "normal", "fraud", "direct"), note="German: a phishing link in the chat, nothing entered")
    kerry = tw("kerry_b_jm", "a 'buyer' on Jumble sent me a payment confirmation link, I put my card in and £300 went to a betting site within 10 minutes. my bank says it's fraud. how did Jumble's chat let a scam link straight through??",
               when="2028-07-05T14:05:41Z")
    SC("jm-indirect-lost-300-link", "complaint-indirect", kerry, expect(RP, "high", "fraud", "indirect"),
       note="money lost to a scam link sent through the app's chat, brand named without a tag", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Jumble in a post to everyone | describes their own experience | complaint (0.47) | topic fraud: 'fraud', 'fraude', 'scam', 'scams'")
    SC("jm-chatter-action-fraud-advice", "third-party-chatter",
       tw("safe_sal_jm", "@kerry_b_jm so sorry. ring your bank's fraud line tonight and report it to Action Fraud. Jumble never sends links in the chat, so anything asking for your card there is a scam",
          reply_to=kerry, when="2028-07-05T14:30:12Z"),
       expect(MON, "low", "fraud", "third_party"), note="a stranger's advice in someone else's thread")
    SC("jm-spam-fake-care-in-thread", "spam",
       tw("JumbleCare_jm", f"@kerry_b_jm @{B} Hi Kerry, Jumble Care here 🔒 we can refund your £300 today. Just DM us your card number and the code we text you",
          reply_to=kerry, when="2028-07-05T14:41:55Z"),
       expect(IGN, "low", "disputes", "indirect"), note="a fake care account in a victim's thread, fishing for card details", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; the engine read: tags @JumbleApp in a post to everyone | general chatter about the brand | topic disputes: 'refund', 'refunds'")
    hannah = tw("hannah_w_jm", f"@{B} the man who came to collect my cot tonight tried to knock £40 off at the door. I said no and he pushed me into the doorframe. now he's messaging me on Jumble saying he'll 'be back for the rest'. I'm on my own with the baby and I'm scared",
                when="2028-07-05T21:40:33Z")
    SC("jm-safety-cot-collection-pushed", "safety-urgent", hannah, expect(RP, "urgent", "safety", "direct"),
       note="a seller assaulted at her door by a buyer who says he will come back")
    hannah_brand = tw(B, "@hannah_w_jm Hannah, I'm so sorry. Please call 999 if he comes back. We've suspended his account and kept his messages for the police, and our safety team will ring you tonight.",
                      reply_to=hannah, when="2028-07-05T21:55:08Z")

    # ---- Thursday 6 July: the doorstep assault in the news, a recalled car seat, other languages --
    SC("jm-thread-cot-van-outside", "thread-with-brand",
       tw("hannah_w_jm", "police came, thank you. he's been outside my house twice this morning in a silver van. can you give the police his real name from his ID check? I'm terrified to take the baby out",
          reply_to=hannah_brand, when="2028-07-06T07:35:20Z"),
       expect(RP, "urgent", "safety", "direct"), note="in the brand's thread without an @: he keeps coming back")
    SC("jm-news-courier-doorstep", "news-monitor",
       tw("WexCourier_jm", "Police are investigating after a Cresswick woman was assaulted on her doorstep by a man collecting a cot she had sold on the Jumble app. Jumble says it has suspended the buyer and is reviewing its safety advice for sellers. {url:https://wexcombecourier.example/news/cresswick-doorstep}",
          when="2028-07-06T09:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("jm-chatter-never-alone-again", "chatter-monitor",
       tw("bea_n_jm", "after what happened to that woman in Cresswick I'm never doing a Jumble collection on my own again. dad's coming with me on saturday for the wardrobe",
          when="2028-07-06T09:40:45Z"),
       expect(MON, "low", "delivery", "indirect"), note="a reaction to the news, nothing to answer", known_miss="round 16, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Jumble in a post to everyone | describes their own experience | complaint (0.49) | topic delivery: 'collection'")
    stmt = tw(B, "Our thoughts are with the seller in Cresswick, and we're helping police. Nobody should feel unsafe selling on Jumble: from today you can add a safe-word to any collection, the buyer's account is suspended, and our safety team is on 0808 157 0612 day and night.",
              when="2028-07-06T10:30:00Z")
    SC("jm-brand-own-safe-word", "brand-own-post", stmt, expect(IGN, "low", "safety", "none"))
    SC("jm-quote-safe-word-ignored-report", "quote",
       tw("nat_o_jm", "a safe-word 🙄 in May a buyer followed me to my car after a collection and I reported it. never heard back. I was scared for weeks. maybe start by answering the reports you've already got",
          quote=stmt, when="2028-07-06T10:52:14Z"),
       expect(RP, "normal", "safety", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a past scare never answered, no danger now")
    SC("jm-q-reply-safe-word-buyer", "question-in-reply-to-brand",
       tw("leo_f_jm", "does the safe-word thing work when I'm the buyer too? I'm collecting a bed from a stranger's flat on sunday and my mum's worried",
          reply_to=stmt, when="2028-07-06T11:10:39Z"),
       expect(RP, "normal", "delivery", "direct"), note="a question under the brand's post, no @")
    SC("jm-repost-safe-word", "repost", tw("sunil_jm", "", retweet=stmt, when="2028-07-06T11:25:03Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("jm-big-reach-presenter-doorstep", "big-reach",
       tw("jonny_tv_jm", f"A woman gets shoved on her own doorstep selling a cot and Jumble's big fix is a 'safe-word'?? @{B} how about checking who you let turn up at people's houses. It's a safety problem, not a slogan",
          when="2028-07-06T12:05:47Z",
          metrics={"retweet_count": 3_800, "reply_count": 2_600, "like_count": 48_000, "quote_count": 470}),
       expect(RP, "high", "safety", "indirect"), note="1.2m followers criticising the response; no one is in danger in this post", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: tags @JumbleApp in a post to everyone | complaint (0.92) | a person at risk: urgent | topic safety: 'safety'")
    SC("jm-safety-car-seat-recalled", "safety-urgent",
       tw("becca_l_jm", f"@{B} I bought a Kinderlo Orbit car seat on Jumble in March. just seen on the news that model's been recalled because the buckle can open in a crash. I drive my 1-year-old in it every day. how do I check mine, and will you tell the other buyers?",
          when="2028-07-06T12:40:18Z"),
       expect(RP, "urgent", "safety", "direct"), note="a recalled child car seat in daily use: a risk to a child, asked calmly")
    SC("jm-medical-fr-insuline-versement", "medical-urgent",
       tw("elodie_jm", f"@{B} Bonjour, mon versement n'est toujours pas arrivé depuis mardi et ce soir je dois payer à la pharmacie le traitement de ma fille, son insuline. Est-il possible de l'accélérer ? Merci",
          lang="fr", when="2028-07-06T13:15:41Z"),
       expect(RP, "urgent", "safety", "direct"), note="French, a calm question: her daughter's insulin depends on the stuck payout")
    SC("jm-safety-pt-comprador-ameacas", "safety-urgent",
       tw("joana_s_jm", f"@{B} Um comprador que conheci na recolha de um sofá está a seguir-me. Apareceu duas vezes no meu trabalho e manda mensagens com ameaças. Tenho medo. O que faço?",
          lang="pt", when="2028-07-06T13:50:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a buyer from a collection is following her and sending threats")
    SC("jm-safety-it-ventilatore-fuoco", "safety-urgent",
       tw("giulia_jm", f"@{B} Ho comprato un ventilatore usato su Jumble e stasera la spina ha preso fuoco mentre mio figlio dormiva nella stanza. È pericoloso, ho paura. Il venditore ne ha altri due negli annunci!",
          lang="it", when="2028-07-06T19:20:36Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: a second-hand fan caught fire by a sleeping child, and two more are listed")
    lou = tw("lou_m_jm", "got the most gorgeous second-hand drop-side cot off Jumble for £20 🥰 little one's first night in her big girl cot tonight",
             when="2028-07-06T19:30:00Z")
    SC("jm-safety-de-kaeufer-drohungen", "safety-urgent",
       tw("tobi_m_jm", f"@{B} Ein Käufer schickt mir seit gestern Drohungen, weil ich den Preis nicht senken wollte. Er kennt meine Adresse von der Abholung. Meine Frau hat Angst. Bitte helfen Sie uns.",
          lang="de", when="2028-07-06T19:45:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: threats from a buyer who knows their address")
    SC("jm-safety-drop-side-cot-in-thread", "safety-urgent",
       tw("nanny_jo_jm", "@lou_m_jm please don't put her in that Jumble cot tonight. drop-side cots were banned years ago because babies got trapped between the side and the mattress. they're really dangerous, a friend's baby ended up in hospital",
          reply_to=lou, when="2028-07-06T20:05:26Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a stranger's warning in someone else's thread, but a baby sleeps in it tonight: whether to step in is a judgement, the priority is strict")
    SC("jm-legal-consumer-rights-coffee", "legal-threat-not-urgent",
       tw("mark_d_jm", "Jumble refused my refund on a 'like new' coffee machine that leaks all over the worktop and closed the dispute without even looking at my photos. I've written to them under the Consumer Rights Act and I'm taking it to small claims next week.",
          when="2028-07-06T20:40:11Z"),
       expect(RP, "high", "disputes", "indirect"), note="a legal threat over a refused refund, brand named without a tag: strong, not urgent")
    kim = tw("kim_j_jm", "selling mum's dresser on Jumble this weekend. is it mad to have a stranger come to the house after that Cresswick thing?",
             when="2028-07-06T21:00:00Z")
    SC("jm-chatter-drop-off-point-tip", "third-party-chatter",
       tw("paul_e_jm", "@kim_j_jm not mad at all. Jumble lets you hand over at a drop-off point with cameras instead of your house, worth using after this week",
          reply_to=kim, when="2028-07-06T21:18:33Z"),
       expect(MON, "low", "delivery", "third_party"), note="a stranger's tip in someone else's thread")
    bex = tw("bex_a_jm", "@sam_r_jm how's the great DVD clear-out going?", when="2028-07-06T21:30:00Z")
    SC("jm-venting-selfie-passport", "third-party-venting",
       tw("sam_r_jm", "@bex_a_jm slowly. jumble's ID check wants a selfie holding my passport before I can cash out £34 of old dvds. not doing that for £34",
          reply_to=bex, when="2028-07-06T21:44:50Z"),
       expect(MON, "low", "account", "third_party"), note="venting to a friend in her thread, brand not tagged", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'jumble' is used as an ordinary word | topic account: 'id check', 'selfie', 'passport'")

    # ---- Friday 7 July: an ordinary day --------------------------------------------------------
    SC("jm-fr-colis-point-relais", "non-english",
       tw("amelie_jm", f"@{B} Bonjour, mon colis attend au point relais depuis 10 jours et l'acheteuse ne vient pas le chercher. Le suivi dit « livré ». Est-ce que je serai quand même payée ?",
          lang="fr", when="2028-07-07T07:30:25Z"),
       expect(RP, "normal", "delivery", "direct"), note="French: a parcel left uncollected at a pick-up point")
    SC("jm-it-controversia-rimborso", "non-english",
       tw("luca_b_jm", f"@{B} Buongiorno, ho ricevuto un cappotto 'come nuovo' con una manica strappata. Ho aperto una controversia e chiesto il rimborso ma nessuno risponde da 5 giorni.",
          lang="it", when="2028-07-07T08:10:03Z"),
       expect(RP, "normal", "disputes", "direct"), note="Italian: a dispute over a torn coat, no answer")
    SC("jm-pt-verificacao-passaporte", "non-english",
       tw("thiago_jm", f"@{B} Olá, a verificação da minha conta falhou e agora não consigo levantar o dinheiro das vendas. Já enviei o passaporte duas vezes. O que falta?",
          lang="pt", when="2028-07-07T08:45:37Z"),
       expect(RP, "normal", "account", "direct"), note="Portuguese: the ID check failed twice and blocks his cash-out")
    SC("jm-html-offer-template", "html-entities",
       tw("harry_q_jm", "@JumbleApp every offer in my inbox now shows as &lt;div class=\"offer-amt\"&gt;£{{price}}&lt;/div&gt; so I can't see what anyone's actually offering. since the update",
          when="2028-07-07T09:05:14Z"),
       expect(RP, "normal", "listings", "direct"), note="a broken template, delivered escaped, around a real problem")
    SC("jm-complaint-parcel-drop-off", "complaint-direct",
       tw("pete_s_jm", f"@{B} my parcel's been sat at the Thornhay drop-off point since Monday. tracking hasn't moved, the buyer's asking where it is and nobody in your help chat answers",
          when="2028-07-07T09:40:58Z"),
       expect(RP, "normal", "delivery", "direct"))
    SC("jm-private-suspended-email", "private-details",
       tw("lucy_f_jm", f"@{B} my account's been suspended for 'unusual activity' after I sold 3 dresses. order JM-55120874, email lucy.fenn@mailbox.example. please look into it, I've done nothing wrong",
          when="2028-07-07T10:15:22Z"),
       expect(RV, "normal", "account", "direct"), note="an order number and an email address in public")
    SC("jm-question-pay-outside-app", "question",
       tw("femi_jm", f"@{B} a seller wants me to pay by bank transfer outside the app for a £300 pram 'to save on charges'. is that allowed, or is it a scam? would I lose buyer protection?",
          when="2028-07-07T10:50:40Z"),
       expect(RP, "normal", "fraud", "direct"), note="asking before paying off the app: no money lost")
    SC("jm-praise-refund-dead-ps5", "praise",
       tw("holly_g_jm", "shoutout to Jumble's refunds team. a 'working' PS5 turned up dead and buyer protection had my money back in 2 days. no arguing, no forms. that's how it's done",
          when="2028-07-07T11:30:16Z"),
       expect(RP, "low", "disputes", "indirect"), note="praise, brand named without a tag", known_miss="round 16, not met yet: priority: want \"low\", got normal; the engine read: names Jumble in a post to everyone | describes their own experience | complaint (0.84) | topic disputes: 'refund', 'refunds', 'refunded', 'buyer protection', 'money back'")
    SC("jm-sarcasm-seller-fee-tshirt", "sarcasm-customer",
       tw("dean_jm", f"@{B} thanks so much for the seller fee on a £4 t-shirt. 95p for the privilege of posting it myself. truly the Robin Hood of pre-loved 🙏",
          when="2028-07-07T12:05:49Z"),
       expect(RP, "normal", "account", "direct"), note="thanks meaning the opposite")
    SC("jm-namesake-board-game", "namesake",
       tw("gamesnight_jm", "Friday games night: Jumble! came out again. 4 players, 90 minutes of shouting anagrams at each other, one flipped table. Still the best £18 we ever spent 🎲",
          when="2028-07-07T12:30:00Z"),
       expect(IGN, "low", None, "none"), note="a board game called Jumble!")
    SC("jm-namesake-cllr-rita-jumble", "namesake",
       tw("ThornhayTC_jm", "Cllr Rita Jumble, chair of our community safety committee, opens the new Thornhay library extension on Saturday at 11. Story time, a book swap and free ice lollies while they last 🍦",
          when="2028-07-07T13:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a councillor's surname; 'safety' is her committee")
    SC("jm-common-pta-jumble-sale", "common-word",
       tw("oakfield_jm", "So many donations for the Oakfield Primary summer jumble sale that we need a second hall! Drop off bags at the school office by Thursday, or we'll do collection from your doorstep. Card payments taken on the day 💳",
          when="2028-07-07T13:40:00Z"),
       expect(IGN, "low", "delivery", "none"), note="a school jumble sale, with drop-off, collection and card payments in it", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Jumble in a post to everyone | general chatter about the brand | topic delivery: 'drop-off', 'drop off', 'collection'")
    SC("jm-indirect-lamp-never-arrived", "complaint-indirect",
       tw("wendy_jm", "9 days waiting for jumble to sort a buyer who opened a dispute saying my lamp 'never arrived' when tracking shows it at her door with a photo. and my money's frozen the whole time",
          when="2028-07-07T14:20:31Z"),
       expect(RP, "normal", "disputes", "indirect"), note="a seller caught in a buyer's dispute, lower case, no tag")
    SC("jm-repeat-barbour-claim", "repeat-contact",
       tw("rich_b_jm", f"@{B} me again. two days since I told you about the Barbour and not one reply. claim still 'under review'. I'm not going away",
          when="2028-07-07T15:00:18Z"),
       expect(RP, "high", "disputes", "direct"), note="he comes back: no answer to Wednesday's complaint", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @JumbleApp | complaint (0.93) | topic disputes: 'claim', 'claims'")
    jo = tw("jo_t_jm", "@vic_s_jm did you get your money for the chairs in the end?", when="2028-07-07T15:30:00Z")
    vic = tw("vic_s_jm", "@jo_t_jm nope. jumble still 'reviewing' because the buyer says one leg is wobbly. £60 stuck in my wallet for a week over a wobbly leg",
             reply_to=jo, when="2028-07-07T15:48:26Z")
    SC("jm-venting-wobbly-leg", "third-party-venting", vic, expect(MON, "low", "wallet", "third_party"),
       note="venting to a friend in her thread, brand not tagged", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'jumble' is used as an ordinary word | topic wallet: 'wallet', 'wallets'")
    SC("jm-joke-wobbly-jumble", "joke-bystander",
       tw("quipster_jm", "@vic_s_jm @jo_t_jm wobbly leg, wobbly app. sounds like the whole thing's a bit of a jumble 🥁",
          reply_to=vic, when="2028-07-07T16:02:09Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun in someone else's thread", known_miss="round 16, not met yet: addressed: want \"third_party\", got none; the engine read: 'jumble' is used as an ordinary word")
    SC("jm-legal-ombudsman-held-wallet", "legal-threat-not-urgent",
       tw("nigel_w_jm", f"@{B} you've held £2,300 of my sales in my wallet for 3 weeks 'pending review' and won't say why. formal complaint sent, and if it isn't released by the 14th it goes to the Financial Ombudsman",
          when="2028-07-07T16:40:55Z"),
       expect(RP, "high", "wallet", "direct"), note="an ombudsman threat: a strong complaint, not urgent")
    SC("jm-abuse-thieves-jumper", "abuse-with-problem",
       tw("shaz_jm", f"@{B} you absolute bunch of thieves. held my £58 for a week because some chancer claims a jumper I sold him was 'not as described'. it's a JUMPER. give me my money",
          when="2028-07-07T17:15:33Z"),
       expect(RP, "high", "disputes", "direct"), note="rude, with a real problem: money held over a buyer's claim")

    # ---- Saturday 8 July: jumble sales, a scout hut, an oxygen concentrator ----------------------
    SC("jm-common-scout-hut-unsafe", "common-word",
       tw("thornhay_sc_jm", "⚠️ Today's 1st Thornhay Scouts jumble sale has moved to the school field: the hut roof was declared unsafe after Thursday's storm. Same time, 10am. Please keep the kids away from the hut!",
          when="2028-07-08T06:30:00Z"),
       expect(IGN, "low", "safety", "none"), note="a real danger, but a scout hut roof at a jumble sale: nothing to do with the app")
    SC("jm-common-drawer-jumble", "common-word",
       tw("maisie_jm", "the kitchen drawer is a jumble of takeaway menus, birthday candles, 14 dead batteries and a roll of parcel tape with no end. every house has one, don't lie",
          when="2028-07-08T07:45:12Z"),
       expect(IGN, "low", "delivery", "none"), note="'a jumble of': an ordinary word, with 'parcel' in it")
    SC("jm-praise-first-sale-drop-off", "praise",
       tw("ade_jm", f"@{B} first ever sale today, a box of my son's old Lego, and the drop-off at the corner shop took 30 seconds. label printed there, no printer needed. 10/10",
          when="2028-07-08T09:10:40Z"),
       expect(RP, "low", "delivery", "direct"))
    SC("jm-medical-oxygen-misspelt", "medical-urgent",
       tw("kev_o_jm", f"bought my dad a second-hand oxygen concentrator on jumbel, seller was meant to drop it round at 9 and has gone silent with my £180. dad's down to his last spare cylinder. what do I do @{B}",
          when="2028-07-08T10:25:07Z"),
       expect(RP, "urgent", "safety", "indirect"), note="the name misspelt, the handle at the end: a man running out of oxygen")
    rosa = tw("rosa_l_jm", "@pilar_jm ¿qué tal el finde? ¿vendiste por fin la cuna?", when="2028-07-08T11:00:00Z")
    SC("jm-medical-es-insulina-in-thread", "medical-urgent",
       tw("pilar_jm", "@rosa_l_jm fatal. vendí la cuna en Jumble pero el pago sigue pendiente desde el martes, y necesito ese dinero para la insulina de Hugo el lunes. no sé qué hacer",
          reply_to=rosa, lang="es", when="2028-07-08T11:20:44Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="Spanish, in a friend's thread: a child's insulin depends on a stuck payment; whether to step in is a judgement, the priority is strict")
    SC("jm-sarcasm-drop-off-fitness", "sarcasm-customer",
       tw("gemma_jm", "5 stars to Jumble for the free fitness plan: three trips to the drop-off point this morning because the label keeps 'failing to generate' ⭐⭐⭐⭐⭐",
          when="2028-07-08T12:05:31Z"),
       expect(RP, "normal", "delivery", "indirect"), note="praise words meaning the opposite, brand named without a tag")
    SC("jm-in-passing-mot-refund", "complaint-in-passing",
       tw("cara_d_jm", f"week from hell: car failed its MOT, the cat was sick on the bed and @{B} still hasn't sorted my refund for a dress that never arrived. marvellous",
          when="2028-07-08T13:30:15Z"),
       expect(RP, "normal", "disputes", "indirect"), note="the brand tagged in the middle of a bad week")
    priya = tw("priya_d_jm", "sold a gaming chair on jumble last week, the buyer was rude at collection so I left him an honest 1 star. now he's in my replies 😬",
               when="2028-07-08T14:00:00Z")
    SC("jm-threat-one-star-kids", "threat-urgent",
       tw("craig_t_jm", "@priya_d_jm leaving me 1 star on jumble was a mistake. I collected from your house, remember. would be a shame if something happened to that nice car on your drive. or your kids",
          reply_to=priya, when="2028-07-08T14:22:48Z"),
       expect(ANY, "urgent", "delivery", "third_party"), note="a veiled threat against a seller and her children in her own thread: only the priority is strict")
    SC("jm-hotline-is-this-real", "public-hotline-number",
       tw("elaine_jm", f"@{B} is 0808 157 0612 really your helpline? my ID check has been stuck on 'verifying' for a week and I'd rather ring someone than type",
          when="2028-07-08T15:10:26Z"),
       expect(RP, "normal", "account", "direct"), strict=False,
       note="the brand's own helpline quoted by a customer is not a private detail")

    # ---- Sunday 9 July -------------------------------------------------------------------------
    SC("jm-praise-safety-team-checked", "praise",
       tw("hannah_w_jm", f"@{B} just want to say the lady from your safety team has rung me every day since Wednesday. he's been arrested and I can sleep again. thank you",
          when="2028-07-09T09:15:38Z"),
       expect(RP, "low", "safety", "direct"), note="thanks after the danger has passed: not urgent")
    SC("jm-namesake-goalkeeper-kai", "namesake",
       tw("ThornhayTown_jm", "KAI JUMBLE!!! 🧤 penalty saved in the 89th minute and Thornhay Town are through to the cup final!!",
          when="2028-07-09T15:50:00Z"),
       expect(IGN, "low", None, "none"), note="a goalkeeper's surname")
    return brand


BRANDS["jumble-market"] = ("JumbleApp", 6578901245, build_jumble_market)
