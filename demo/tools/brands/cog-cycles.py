# Cog Cycles ("Cog") is a made-up chain of bike shops in the made-up region of Hallowdale: stores
# on Tanner Street in Oxenby and in Ravensholme, Keld Bridge and Thorncliffe, a warehouse at
# Marrowgate, an online shop and a loyalty app. Bikes, e-bikes (the Tempo range) and kids' bikes
# (the Sprite range), servicing and repairs in its workshops, e-bike battery replacements and a
# free battery recycling scheme, Cycle to Work certificates from employers, its own bike
# insurance, click and collect, home delivery and returns.
# "Cog" is also an everyday word and a name: a toothed wheel that every cyclist talks about (the
# 11t cog of a cassette, a fixie's rear cog, worn cog teeth), "a cog in the machine", the Hallow
# Fell cog railway, COG for a centre of gravity, the Cog pub and its quiz night, Cog Coffee
# Roasters and their van, Cog the board game, Dr Ana Cog, Café Cog in a Dutch town and the Cog
# Wheelers cycling club. None of them is the shop.
# The week (25 September to 1 October 2028): on Monday Cog recalls Sprite 16 and Sprite 20 kids'
# bikes because a weld at the seat tube can fail, and a mother finds a crack on her daughter's
# bike; the app's checkout refuses card payments for a day; the delivery partner runs days
# behind after a depot fire and bikes arrive crushed; a Tempo battery catches fire on charge in a
# flat and another goes up in a bin store; a rider's front brake fails the day after a Keld
# Bridge service and he breaks his wrist; thieves take fourteen bikes from the Thorncliffe store,
# some of them customers' bikes in for repair; Cycle to Work certificates will not redeem online;
# staff are threatened twice; the mechanics are praised; and all week cyclists talk about cogs.
# Written blind, from PRODUCT.md and the scenario README's conventions only.


def build_cog_cycles():
    global CURRENT_BRAND, CLOCK
    brand = Brand("cog-cycles", SCEN_DIR / "cog-cycles.plan.toml", "CogCycles", 7778901245, 1861220000000008201)
    class DayClock(Clock):
        """Clock, but people are asleep from 23:00 to 06:00 UTC: a post due then waits for the morning."""

        def next(self, key):
            t = super().next(key)
            if t.hour >= 23 or t.hour < 6:
                day = t if t.hour < 6 else t + dt.timedelta(days=1)
                self.t = day.replace(hour=6, minute=h(key) % 45, second=h(key + "n") % 60)
            return self.t

    CURRENT_BRAND, CLOCK = brand, DayClock("2028-09-25T05:30:00Z")
    B = "CogCycles"
    user(B, "Cog Cycles", 7778901245,
         "Help from Cog Cycles, Hallowdale's bike shops. 8am–8pm every day: workshop, orders, e-bikes, Cycle to Work. "
         "Helpline 0808 157 0264.",
         38_600, following=940, tweets=61_200, listed=180, verified=True)

    n = [0]

    def person(username, name, bio, followers, **kw):
        n[0] += 1
        return user(username, name, 13340100000 + n[0] * 4129, bio, followers, **kw)

    person("hana_r_cog", "Hana Rahimi", "Mum of two, Oxenby. Runs on tea.", 412)
    person("tomdyer_cog", "Tom Dyer", "Dad, allotment, Keld Bridge.", 188)
    person("gemma_rt_cog", "Gemma Tulloch", "PTA at Thorncliffe Primary. I share things.", 960)
    person("HallowEcho_cog", "The Hallowdale Echo", "News for Oxenby, Ravensholme, Keld Bridge and the dales since 1871.",
           84_200, following=1300, listed=610, verified=True)
    person("pritam_s_cog", "Pritam Sahota", "Spreadsheets. Meetings. Repeat.", 140)
    person("lukeabb_cog", "Luke Abbott", "Freelance photographer. Bikes when it's not raining.", 1320)
    person("nell_v_cog", "Nell Varga", "Nurse. Nights. Ravensholme.", 233)
    person("quinn_o_cog", "Quinn Osei", "Law student. Impatient.", 510)
    person("marek_cog", "Marek Nowicki", "", 61)
    person("fixie_fran_cog", "Fran Lister", "Fixed gear, fixed opinions. Oxenby.", 2210)
    person("yusuf_k_cog", "Yusuf Karim", "Primary teacher. Helmets on, everyone.", 305)
    person("punmaster_cog", "Dougie Rennard", "Dad jokes, professionally.", 780)
    person("CogHelpDesk_cog", "Cog Cycles Support 24/7", "Official support ✅ DM us for fast refunds 💳", 96, following=3900)
    person("priya_fan_cog", "Ollie Brennan", "Night shifts at the bottling plant. Bike commuter.", 174)
    person("quiznight_cog", "The Cog Inn", "Real ale, real fires, quiz every Monday. Top of Mill Brow.", 2480)
    person("abi_mc_cog", "Abi McCall", "Ravensholme. Two kids, one dog, no sleep.", 296)
    person("kofi_b_cog", "Kofi Boateng", "Chef. E-bike commuter.", 640)
    person("rhea_w_cog", "Rhea Whitlow", "Flat 9, and my neighbours are interesting.", 350)
    person("cogcoffee_cog", "Cog Coffee Roasters", "Small-batch roasting in a railway arch. Van at the Saturday market.", 5100)
    person("idris_cog", "Idris Mahmood", "Commuter. Thorncliffe to Oxenby, rain or shine.", 220)
    person("lena_h_cog", "Lena Hartmann", "Aus Köln nach Keld Bridge. Radfahrerin.", 190)
    person("sofia_cog", "Sofía Navarro", "Enfermera en Ravensholme. Bici a diario.", 280)
    person("camille_cog", "Camille Roux", "Prof de français. Vélotafeuse.", 170)
    person("giulia_cog", "Giulia Ferri", "Architetta, ciclista della domenica.", 330)
    person("sanne_cog", "Sanne de Wit", "Van Utrecht naar Thorncliffe. Fiets altijd.", 150)
    person("ines_cog", "Inês Carvalho", "Lisboeta em Oxenby.", 240)
    person("rui_cog", "Rui Tavares", "Filho, cuidador, ciclista.", 95)
    person("mara_q_cog", "Mara Quist", "Pro cyclist turned YouTuber. Gravel, climbs and honest reviews.",
           720_000, following=610, listed=3400, verified=True)
    person("jed_w_cog", "Jed Walcott", "Mechanic's son. Never paid for a repair in my life.", 410)
    person("ben_t_cog", "Ben Thackray", "Graphic designer. Keld Bridge.", 530)
    person("orla_cog", "Orla Finnegan", "Runner. Occasionally cyclist.", 265)
    person("dev_k_cog", "Dev Kulkarni", "Developer. I break forms for fun.", 1890)
    person("wheelers_cog", "Cog Wheelers CC", "Hallowdale's friendliest club. Sunday runs from the market cross.", 1650)
    person("tess_m_cog", "Tess Moreland", "Touring, camping, too many panniers.", 870)
    person("railfan_cog", "Harriet Pole", "Little trains, big hills.", 430)
    person("boardgm_cog", "Jas Pellow", "Board games and bad coffee.", 610)
    person("brasscog_cog", "Lottie Fenwick", "Steampunk jewellery, handmade in Oxenby ✨", 3300)
    person("matsci_cog", "Hallowdale Uni Materials", "Materials science at Hallowdale University.", 7200)
    person("pieter_cog", "Pieter Hoekstra", "Koffie, fietsen, Lindenveld.", 120)
    person("diego_f_cog", "Diego Fuentes", "Ciclista. Mecánico aficionado.", 350)
    person("ralf_cog", "Ralf Becker", "Schrauber aus Leidenschaft.", 260)
    person("shane_cog", "Shane Doyle", "", 37)
    person("cass_p_cog", "Cass Pardoe", "Teacher. Cyclist. Tired.", 310)
    person("megan_l_cog", "Megan Lowther", "Nurse. Insulin-powered since 1998.", 420)
    person("wren_j_cog", "Wren Jessop", "Mum of Isla (9, epilepsy warrior 💜).", 520)
    person("hal_g_cog", "Hal Greaves", "Retired bus driver. Road cyclist. Keld Bridge.", 350)
    person("ajay_cog", "Ajay Bhatia", "Accountant. Weekend gravel.", 280)
    person("dom_r_cog", "Dom Ridley", "", 58)
    person("nina_b_cog", "Nina Baxter", "Dad's carer. Thorncliffe.", 190)
    person("alice_w_cog", "Alice Wray", "Ravensholme. Books, bikes, biscuits.", 480)
    person("grace_o_cog", "Grace Oduya", "Warehouse supervisor. Early starts.", 160)
    person("sam_e_cog", "Sam Ellery", "", 74)
    person("growth_cog", "GrowthRocket 🚀", "Real followers, real fast. DM for prices 💯", 5300, following=5000)
    person("ebikewin_cog", "Cog Cycles Giveaways 🎁", "Daily e-bike giveaways! Follow to win 🎉", 2800, following=4900)
    person("recover_cog", "Funds Recovery Pro ✅", "Lost money online? We get it back. 24/7 💸", 4100, following=4700)
    person("wa_support_cog", "Bike Shop Help Desk", "Fast refunds for all UK bike shops. WhatsApp us 📲", 310, following=4200)
    person("faye_c_cog", "Faye Corrigan", "Oxenby. Coffee, then everything else.", 720)
    person("theo_cog", "Theo Marsh", "Cyclist. Commuter. Complainer.", 440)
    person("amy_f_cog", "Amy Forde", "Lawyer in training. Patient, up to a point.", 650)
    person("colm_cog", "Colm Dwyer", "Scaffolder. Rides to work.", 120)
    person("kirsty_cog", "Kirsty Vane", "HR at a biscuit factory. Yes, free biscuits.", 390)
    person("dan_f_cog", "Dan Fell", "Forklift by day, gravel by weekend.", 210)
    person("patrice_cog", "Patrice Obi", "Carpenter. Ravensholme.", 160)
    person("jojo_cog", "Jo Hartley", "", 88)
    person("rosa_cog", "Rosa Lindqvist", "New in Oxenby!", 140)
    person("kieran_cog", "Kieran Tate", "Gamer. Bike to college.", 330)
    person("ellis_cog", "Ellis Crane", "TV presenter. Mum of three. Views my own.",
           1_300_000, following=1100, listed=4100, verified=True)
    person("mo_h_cog", "Mo Haddad", "Couriers hate him.", 210)
    person("bev_cog", "Bev Staines", "Retired. Still cycling. Still complaining.", 140)
    person("ferg_cog", "Fergus Lamb", "Ravensholme. Mountain bikes, mostly mud.", 560)
    person("lil_cog", "Lily Ashworth", "", 45)
    person("rach_i_cog", "Rachel Ibbot", "Mum, baker, netball umpire. Oxenby.", 330)
    person("walt_p_cog", "Walter Pryce", "Retired joiner. Back on a bike at 71.", 120)
    person("HallowRides_cog", "Hallowdale Rides", "Routes, events and cycling news across Hallowdale.", 9800)

    # ---- Monday: the recall ----------------------------------------------------------------
    recall = tw(B, "Safety recall: please stop using Cog Sprite 16 and Sprite 20 kids' bikes bought since March 2027. "
                   "A weld at the seat tube can fail. Bring it to any Cog store for a full refund or a free replacement. "
                   "{url:https://cogcycles.example/recall}")
    SC("cog-brand-recall-notice", "brand-own-post", recall, expect(IGN, "low", "recalls", "none"))
    hana = tw("hana_r_cog", f"@{B} just seen the recall. My 7yo's Sprite 20: there's a hairline crack right at the weld under "
                            "the seat. She rode it to school on Friday and wants it again this morning. What do I do??")
    SC("cog-crack-at-weld-child-bike", "safety-urgent", hana, expect(RP, "urgent", "recalls", "direct"),
       note="a crack found on a recalled child's bike that is still being ridden: danger to a child")
    SC("cog-is-my-sprite-in-recall", "question",
       tw("tomdyer_cog", f"@{B} hi, is the Sprite 16 in the blue and orange colourway part of the recall? Got it in May for my son's birthday"),
       expect(RP, "urgent", "recalls", "direct"), strict=False,
       note="a calm question, but a child may be riding a recalled bike today: urgent, or an ordinary question?")
    SC("cog-repost-recall-notice", "repost", tw("gemma_rt_cog", "", retweet=recall),
       expect(IGN, "low", "recalls", "indirect"))
    SC("cog-news-recall", "news-monitor",
       tw("HallowEcho_cog", "Cog Cycles recalls 3,400 children's bikes over weld fault at the seat tube. Parents told to stop using "
                            "Sprite 16 and Sprite 20 models. {url:https://hallowecho.example/2028/09/cog-sprite-recall}"),
       expect(MON, "low", "recalls", "indirect"), note="news; 3,400 is a count, not a private detail")
    SC("cog-common-word-cog-in-machine", "common-word",
       tw("pritam_s_cog", "Monday. Just a cog in the machine again. Spreadsheets, meetings, repeat."),
       expect(IGN, "low", None, "none"))

    # ---- Monday: the app checkout --------------------------------------------------------------
    SC("cog-app-checkout-down", "complaint-direct",
       tw("lukeabb_cog", f"@{B} is the app down? Checkout fails every time at the 3D Secure bit, just says something went wrong. "
                         "Tried four times with two cards"),
       expect(RP, "high", "app", "direct"), note="the app's checkout is failing: a service outage")
    app_notice = tw(B, "Our app and website checkout is turning down some card payments this morning. The team is on it and "
                       "we'll post again by 11am. Sorry for the hassle.")
    SC("cog-brand-app-notice", "brand-own-post", app_notice, expect(IGN, "low", "app", "none"))
    SC("cog-quote-some-card-payments", "quote",
       tw("nell_v_cog", "'Some card payments'. The checkout has refused every card I own since last night.", quote=app_notice),
       expect(RP, "high", "app", "indirect"), strict=False,
       note="quotes the brand's notice without tagging it, about the outage")
    SC("cog-loyalty-question-under-notice", "question-in-reply-to-brand",
       tw("quinn_o_cog", f"@{B} will my loyalty points still count if I ring the order through instead?", reply_to=app_notice),
       expect(RP, "normal", "app", "direct"))
    SC("cog-sarcasm-basket-forgotten", "sarcasm-customer",
       tw("faye_c_cog", "Love that the Cog app lets me spend 20 minutes building a basket and then forgets every bit of it the "
                        "second I log in. Peak retail. Truly."),
       expect(RP, "normal", "app", "indirect"), note="sarcasm from a customer; bare 'Cog' next to 'app'")
    SC("cog-card-number-in-public", "private-details",
       tw("marek_cog", f"@{B} why does your app keep rejecting my card 4539 7032 1187 0648 ?? it works everywhere else"),
       expect(RV, "normal", "app", "direct"), note="Luhn-valid test number")
    SC("cog-common-word-11t-cog", "common-word",
       tw("fixie_fran_cog", "Finally swapped the worn 11t cog on my cassette. Chain had been skipping on it for weeks, should've "
                            "done it in July 🙈"),
       expect(IGN, "low", None, "none"), note="cyclist talk about a cog; no shop at all")

    # ---- Delivery delays ------------------------------------------------------------------------------
    yusuf = tw("yusuf_k_cog", f"@{B} my Tempo E5 delivery was due Thursday. Tracking has said 'at depot' for 5 days and nobody "
                              "answers the chat. £2,149 and no bike.")
    SC("cog-delivery-stuck-at-depot", "complaint-direct", yusuf, expect(RP, "normal", "orders", "direct"),
       note="£2,149 is a price, not a private detail")
    SC("cog-bystander-endless-cycle-pun", "joke-bystander",
       tw("punmaster_cog", "@yusuf_k_cog Cog Cycles? Sounds like your bike's stuck in an endless cycle 😂", reply_to=yusuf),
       expect(IGN, "low", None, "third_party"))
    SC("cog-fake-support-reply", "spam",
       tw("CogHelpDesk_cog", "@yusuf_k_cog Hi, Cog Cycles Support here 👋 So sorry about your delivery! DM us your order number "
                             "and card details and we'll refund you today 💳", reply_to=yusuf),
       expect(IGN, ANY, "orders", "third_party"), strict=False,
       note="a fake support account fishing for card details: no case, though the brand may want to warn the customer")
    helmet = tw("yusuf_k_cog", f"@{B} third time asking: where is my refund for the helmet I returned? Sent back 5 weeks ago "
                               "with tracking.")
    SC("cog-third-time-helmet-refund", "repeat-contact", helmet, expect(RP, "high", "orders", "direct"),
       note="the third time of asking")
    helmet_brand = tw(B, "@yusuf_k_cog I'm sorry, Yusuf. The helmet arrived at our warehouse on the 8th and it was never "
                         "processed. I've pushed the refund through now: 3 to 5 working days.", reply_to=helmet)
    SC("cog-brand-helmet-refund-reply", "brand-own-post", helmet_brand, expect(IGN, "low", "orders", "none"))
    priya = tw("priya_fan_cog", f"@{B} massive thanks to Priya in the Oxenby workshop who stayed after closing to sort my chain so I "
                                "could get to my night shift. Legend 🙌")
    SC("cog-praise-priya-workshop", "praise", priya, expect(RP, "low", "workshop", "direct"))
    SC("cog-namesake-cog-inn-quiz", "namesake",
       tw("quiznight_cog", "Quiz night at the Cog is under way! This week's picture round is all tandems. Still time to squeeze in, "
                           "bring a pen and your smartest mate."),
       expect(IGN, "low", None, "none"), note="the Cog Inn, a pub")
    abi = tw("abi_mc_cog", "did the bike for Alfie ever turn up?")
    kofi = tw("kofi_b_cog", "@abi_mc_cog nope. Cog keep saying it's 'with the courier'. Which courier? The invisible one?",
              reply_to=abi)
    SC("cog-venting-courier-to-friend", "third-party-venting", kofi,
       expect(MON, "low", "orders", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("cog-bystander-cog-in-machine-joke", "joke-bystander",
       tw("punmaster_cog", "@kofi_b_cog @abi_mc_cog at least they live up to the name: just a cog in some great machine, "
                           "going round and round 🙃", reply_to=kofi),
       expect(IGN, "low", None, "third_party"))
    SC("cog-bare-cog-not-delivered", "complaint-indirect",
       tw("rach_i_cog", "Cog still haven't delivered my son's bike. Ordered 3 weeks ago, 'next working day' they said. "
                        "His birthday was Saturday."),
       expect(RP, "normal", "orders", "indirect"), note="the bare name, but about her own order: a customer")
    stranger = tw("rosa_cog", "Anyone else waiting ages for a Cog order? Mine's been 'out for delivery' since Wednesday")
    SC("cog-stranger-advice-click-collect", "third-party-chatter",
       tw("idris_cog", "@rosa_cog Cog's courier is always slow round Oxenby. Ring the store and ask to switch it to click "
                       "and collect, that's what I did", reply_to=stranger),
       expect(MON, "low", "orders", "third_party"))
    SC("cog-sarcasm-postcards-to-depot", "sarcasm-customer",
       tw("theo_cog", "Day 12 of my 'next day delivery' from Cog Cycles. I'm sure the bike is having a lovely time at the "
                      "depot. Sending it postcards."),
       expect(RP, "normal", "orders", "indirect"), known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Cog Cycles in a post to everyone | general chatter about the brand | topic orders: 'delivery', 'depot'")
    depot = tw(B, "Heads up: our delivery partner is running 2 to 3 days behind in Hallowdale after a fire at their depot at "
                  "the weekend. If your order is affected we'll email you today with a new date. Sorry, everyone.")
    SC("cog-brand-delivery-delay-notice", "brand-own-post", depot, expect(IGN, "low", "orders", "none"),
       note="a fire in the brand's own notice, long over")
    SC("cog-quote-two-to-three-days", "quote",
       tw("amy_f_cog", "'2 to 3 days behind'. My order was due a fortnight ago. Just be honest with people.", quote=depot),
       expect(RP, "normal", "orders", "indirect"), strict=False, note="quotes the brand's post without tagging it")
    SC("cog-click-collect-question-under-notice", "question-in-reply-to-brand",
       tw("alice_w_cog", f"@{B} does that include click and collect or just home delivery? Mine's meant to be at Ravensholme "
                         "tomorrow", reply_to=depot),
       expect(RP, "normal", "orders", "direct"))
    damaged = tw("mara_q_cog", f"Ordered a bike from @{B} for my dad's 70th. It arrived with a bent wheel and a crushed box, "
                               "and the courier drove off before we could refuse it. Not the birthday I'd planned.")
    SC("cog-youtuber-crushed-delivery", "big-reach", damaged, expect(RP, "high", "orders", "indirect"),
       note="720k followers")
    SC("cog-repost-youtuber-complaint", "repost", tw("kieran_cog", "", retweet=damaged),
       expect(IGN, "low", "orders", "indirect"))
    SC("cog-order-number-damaged", "private-details",
       tw("jojo_cog", f"@{B} order CC-2207815 arrived with the rear mech hanging off and the box crushed in. Do I refuse it or keep it?"),
       expect(RV, "normal", "orders", "direct"))
    SC("cog-van-hit-garden-wall", "complaint-direct",
       tw("bev_cog", f"@{B} your delivery driver reversed into our garden wall this morning and just drove off. Wall's cracked "
                     "and the gate won't close now."),
       expect(RP, "normal", "orders", "direct"), note="damage to property only; nobody at risk: not urgent")
    SC("cog-numbers-not-private", "question",
       tw("orla_cog", f"@{B} ordered 2 kids' helmets (£34.99 each) at 10:42 this morning, paid, then got an email saying 0 in "
                      "stock. Do I get refunded automatically?"),
       expect(RP, "normal", "orders", "direct"), note="prices, a time and a count: nothing private")
    SC("cog-html-in-delivery-notes", "html-entities",
       tw("dev_k_cog", f"@{B} the delivery notes box on my order page now shows &lt;img src=x onerror=alert(1)&gt; &amp; I "
                       "can't change the address. It's due Thursday"),
       expect(RP, "normal", "orders", "direct"))

    # ---- Cog talk, namesakes --------------------------------------------------------------------------
    SC("cog-common-word-fixie-psa", "common-word",
       tw("fixie_fran_cog", "PSA for fixie riders: a worn rear cog will chew through a new chain in no time. Replace them "
                            "together, it's cheaper than a second repair."),
       expect(IGN, "low", "workshop", "none"), note="cog talk next to a workshop word ('repair'); no shop")
    SC("cog-common-word-capitalised-cog-teeth", "common-word",
       tw("hal_g_cog", "Cog teeth on this old three-speed hub are like shark fins. Forty years old and still shifting. "
                       "They don't make them like this anymore."),
       expect(IGN, "low", None, "none"), note="'Cog' capitalised at the start of a sentence")
    SC("cog-namesake-coffee-roasters", "namesake",
       tw("cogcoffee_cog", "New Ethiopian washed from Cog Coffee just landed. Jammy, bright and gorgeous as a flat white ☕"),
       expect(IGN, "low", None, "none"))
    SC("cog-namesake-board-game", "namesake",
       tw("boardgm_cog", "Cog (the board game) is brutal. Lost to my 10yo three times tonight, she built a gear train right "
                         "round my factory."),
       expect(IGN, "low", None, "none"), known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Cog Cycles in a post to everyone | general chatter about the brand")
    SC("cog-common-word-cog-railway", "common-word",
       tw("railfan_cog", "Took the kids up the Hallow Fell cog railway today. 1 in 5 in places, views for miles and a tea room "
                         "at the top."),
       expect(IGN, "low", None, "none"), note="a rack railway, not the shop")

    # ---- Tuesday: battery fires --------------------------------------------------------------------------
    fire = tw("kofi_b_cog", f"@{B} my Tempo E5 battery started hissing and smoking on charge in the hallway, then flames. Got it "
                            "out onto the balcony, fire brigade on the way. My daughter's coughing. What do we do??")
    SC("cog-battery-fire-in-flat", "safety-urgent", fire, expect(RP, "urgent", "safety", "direct"))
    SC("cog-witness-bin-store-fire", "safety-urgent",
       tw("rhea_w_cog", "Neighbour's e-bike battery went up in the bin store of our block an hour ago, bought from Cog Cycles "
                        "apparently. Fire service still here, smoke all up the stairwell and floors 1-3 evacuated."),
       expect(RP, "urgent", "safety", "indirect"), note="reported by a witness, brand named not tagged")
    tempo = tw("lil_cog", "new e-bike day!! Cog Tempo E5 in racing green 😍")
    SC("cog-warning-in-friends-thread", "safety-urgent",
       tw("patrice_cog", "@lil_cog careful, mine's the same Cog Tempo and the charger started smoking last night, nearly caught "
                         "fire. Don't leave it charging when you're out", reply_to=tempo),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a danger reported inside a friend's thread: whether to answer is open, the risk is not")
    SC("cog-fr-batterie-feu-fils-urgences", "non-english",
       tw("camille_cog", f"@{B} la batterie de mon vélo électrique a pris feu cette nuit dans le garage, les pompiers sont "
                         "venus. Mon fils a respiré la fumée, il est aux urgences.", lang="fr"),
       expect(RP, "urgent", "safety", "direct"))
    SC("cog-old-fire-praise-battery-check", "praise",
       tw("ben_t_cog", "Had an e-bike battery catch fire in 2025 (cheap online one, not from Cog). Since then I only buy where "
                       "they check properly. Cog's battery and charger check today was thorough and free. Recommend."),
       expect(RP, "low", "ebike", "indirect"), note="an old fire, long over: praise, not urgent", known_miss="round 18, not met yet: priority: want \"low\", got urgent; the engine read: names Cog Cycles in a post to everyone | a danger to health or safety: urgent | topic ebike: 'battery', 'batterie', 'charger'")
    SC("cog-news-battery-fires", "news-monitor",
       tw("HallowEcho_cog", "Fire crews have attended 9 e-bike battery fires in Hallowdale this year. Cog Cycles says its free "
                            "recycling scheme takes old batteries of any brand. {url:https://hallowecho.example/2028/09/ebike-battery-fires}"),
       expect(MON, "low", "ebike", "indirect"), note="news full of fire words, no one in danger now")
    recyc = tw("cass_p_cog", f"@{B} do you take old e-bike batteries for recycling even if the bike wasn't from you? Got two "
                             "sat in the shed")
    SC("cog-recycling-question", "question", recyc, expect(RP, "normal", "ebike", "direct"))
    recyc_brand = tw(B, "@cass_p_cog Yes, any brand of battery, any age. Tape over the terminals and drop them at any Cog "
                        "counter. We'll recycle them for free.", reply_to=recyc)
    SC("cog-brand-recycling-answer", "brand-own-post", recyc_brand, expect(IGN, "low", "ebike", "none"))
    SC("cog-recycling-followup-no-at", "thread-with-brand",
       tw("cass_p_cog", "Brilliant, cheers. Does that go for the old charger too or just the batteries?", reply_to=recyc_brand),
       expect(RP, "normal", "ebike", "direct"), note="a follow-up question in the thread with the brand, no @")
    SC("cog-it-batteria-non-carica", "non-english",
       tw("giulia_cog", f"@{B} la batteria della mia e-bike non si carica più e il caricabatterie lampeggia rosso. È ancora in "
                        "garanzia?", lang="it"),
       expect(RP, "normal", "ebike", "direct"))
    SC("cog-namesake-dutch-cafe", "namesake",
       tw("pieter_cog", "Café Cog in Lindenveld heeft de lekkerste appeltaart van de provincie. En je fiets mag gewoon mee "
                        "naar binnen!", lang="nl"),
       expect(IGN, "low", None, "none"), note="a café in a Dutch town")
    SC("cog-passing-replacement-battery-to-friend", "complaint-in-passing",
       tw("grace_o_cog", f"@faye_c_cog rubbish. Rained all weekend, lost my keys, and @{B} still haven't sent my replacement "
                         "battery. Three weeks.", reply_to=tw("faye_c_cog", "how was your weekend, stranger?")),
       expect(RP, "normal", "ebike", "indirect"),
       note="tagged in passing inside a reply to a friend whose post did not tag the brand")

    # ---- Medical needs ----------------------------------------------------------------------------------
    SC("cog-insulin-in-pannier", "medical-urgent",
       tw("megan_l_cog", f"@{B} my insulin pens and glucose meter are in the pannier of the bike I left at your Keld Bridge "
                         "workshop. I'm diabetic and I need them tonight. Nobody's picking up the phone. Is anyone there?"),
       expect(RP, "urgent", "safety", "direct"))
    SC("cog-pt-triciclo-hemodialise", "medical-urgent",
       tw("rui_cog", f"@{B} o meu pai usa o triciclo elétrico para ir ao hospital fazer hemodiálise. A bateria que vocês "
                     "trocaram morreu e ele tem sessão amanhã às 7h. Podem ajudar?", lang="pt"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: dialysis transport depends on the bike", known_miss="round 18, not met yet: topic: want \"safety\", got ebike; the engine read: addressed to @CogCycles | reads like a risk to people (urgency model 0.97): urgent | topic ebike: 'batería', 'baterías', 'bateria', 'baterias'")
    SC("cog-epilepsy-strobe-light", "medical-urgent",
       tw("wren_j_cog", f"@{B} my daughter has epilepsy and the rear light you fitted on her bike keeps going into strobe mode "
                        "on its own. She had a seizure last month. Can the flashing be turned off?"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a medical need")
    SC("cog-pacemaker-question", "medical-urgent",
       tw("walt_p_cog", f"@{B} bit of an odd one: I have a pacemaker. Is it OK to ride an e-bike with the motor and battery "
                       "right under me? My cardiologist said to ask the people who sell them."),
       expect(RP, "urgent", "ebike", "direct"), strict=False,
       note="a calm health question: a medical need (urgent) or a product question (normal)?")
    trike = tw("nina_b_cog", f"@{B} my dad's adapted trike is ready to collect at Thorncliffe on Friday. Is there parking "
                             "right by the door?")
    SC("cog-trike-parking-question", "question", trike, expect(RP, "normal", "orders", "direct"))
    trike_brand = tw(B, "@nina_b_cog Hi Nina, there are two blue badge bays right outside the Thorncliffe store, and the team "
                        "will wheel the trike out to you.", reply_to=trike)
    SC("cog-trike-oxygen-followup", "thread-with-brand",
       tw("nina_b_cog", "Perfect, thank you. He's on oxygen so he can't walk far or wait about in the cold. What time is "
                        "quietest?", reply_to=trike_brand),
       expect(RP, "urgent", ANY, "direct"), strict=False,
       note="a medical need said calmly in a thread the brand has already helped with: urgent by the rule, but nothing is at risk yet")

    # ---- Wednesday: brakes after a service -------------------------------------------------------------------
    brakes = tw("hal_g_cog", f"@{B} picked my bike up from your Keld Bridge workshop after a full service yesterday. This "
                             "morning the front brake failed on the hill down Scar Lane and I came off. Just back from A&amp;E "
                             "with a broken wrist. What did your mechanic do?")
    SC("cog-brake-failed-after-service", "safety-urgent", brakes, expect(RP, "urgent", "safety", "direct"),
       note="an injury after a workshop job; other bikes from the same workshop may be at risk")
    SC("cog-brand-reply-brakes", "brand-own-post",
       tw(B, "@hal_g_cog Hal, I'm so sorry. Please don't ride it. Our head mechanic will call you within the hour and we'll "
             "have the bike and the service record inspected independently. Can you DM us a number?", reply_to=brakes),
       expect(IGN, "low", "workshop", "none"))
    SC("cog-wheel-came-off-store-build", "safety-urgent",
       tw("colm_cog", f"@{B} the front wheel of my new hybrid came off at 20mph on the ring road. The quick release wasn't "
                      "done up when the store built it. I'm hurt but alive. Could have been a lot worse."),
       expect(RP, "urgent", "safety", "direct"))
    SC("cog-hyperbole-will-actually-die", "complaint-indirect",
       tw("ajay_cog", "If Cog don't have my bike back from the workshop by Friday I will actually die. Club sportive on "
                      "Saturday 😭"),
       expect(RP, "normal", "workshop", "indirect"), note="a figure of speech, not a risk to life", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Cog Cycles in a post to everyone | general chatter about the brand | topic workshop: 'workshop'")
    SC("cog-killers-at-truing", "praise",
       tw("ferg_cog", "The mechanics at Cog Ravensholme are absolute killers at truing. My back wheel was a crisp, now it's "
                      "dead straight. Cheers lads."),
       expect(RP, "low", "workshop", "indirect"), note="'killers' and 'dead' are praise here", known_miss="round 18, not met yet: priority: want \"low\", got normal; the engine read: names Cog Cycles in a post to everyone | describes their own experience | sarcasm (irony 0.70) from a customer: a complaint | topic workshop: 'mechanic', 'mechanics', 'truing', 'trued'")
    SC("cog-sale-on-fire", "chatter-monitor",
       tw("kieran_cog", "Cog's autumn sale is actually on fire 🔥🔥 got a gravel bike for £400 off"),
       expect(ANY, "low", ANY, "indirect"), note="'on fire' is slang: not urgent; praise or chatter, either is fine")
    SC("cog-wife-will-kill-me", "chatter-monitor",
       tw("dan_f_cog", "My wife says if I buy one more bike from Cog she'll kill me 😂 Worth it. N+1 forever"),
       expect(ANY, "low", None, "indirect"), note="a family joke, not a threat")
    SC("cog-common-word-centre-of-gravity", "common-word",
       tw("tess_m_cog", "Loaded the tourer with four panniers and the COG is way too high, it wobbles like mad under 10mph. "
                        "Front rack time."),
       expect(IGN, "low", None, "none"), note="COG as centre of gravity, in a cycling post")
    SC("cog-common-word-cassette-mechanic", "complaint-indirect",
       tw("jed_w_cog", "Took my bike to Cog because the smallest cog on the cassette was worn. Their mechanic replaced the "
                       "whole cassette AND a chain I didn't need. £78."),
       expect(RP, "normal", "workshop", "indirect"), note="the brand and the common word in one post: a customer")
    SC("cog-bare-lowercase-service-late", "complaint-indirect",
       tw("sam_e_cog", "cog said my service would be done tuesday. it's thursday. no call, no text. classic"),
       expect(RP, "normal", "workshop", "indirect"), note="lower-case bare name, but about her own service", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Cog Cycles in a post to everyone | general chatter about the brand | topic workshop: 'service', 'serviced'")
    SC("cog-abuse-misplaced-bike", "abuse-with-problem",
       tw("dom_r_cog", f"@{B} you absolute clowns. Booked a service, dropped the bike off, and 3 weeks later you've "
                       "'misplaced' it. Find my bloody bike."),
       expect(RP, "high", "workshop", "direct"))
    SC("cog-es-taller-revision", "non-english",
       tw("sofia_cog", f"@{B} llevé la bici al taller de Oxenby hace dos semanas para una revisión y todavía nada. ¿Cuándo "
                       "estará lista?", lang="es"),
       expect(RP, "normal", "workshop", "direct"))
    SC("cog-sarcasm-bell-five-weeks", "sarcasm-customer",
       tw("bev_cog", f"Honestly @{B} Keld Bridge workshop is so fast. Only five weeks to fit a bell. Blink and you'd miss it."),
       expect(RP, "normal", "workshop", "indirect"), known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: tags @CogCycles in a post to everyone | general chatter about the brand | topic workshop: 'workshop'")
    SC("cog-passing-cancelled-booking", "complaint-in-passing",
       tw("cass_p_cog", f"Worst Thursday: overslept, burnt the toast, and @{B} cancelled my workshop booking an hour before I got "
                        "there. Cheers."),
       expect(RP, "normal", "workshop", "indirect"))
    ask = tw("orla_cog", "anyone know a decent place for a bike service round Ravensholme?")
    SC("cog-venting-service-to-friend", "third-party-venting",
       tw("shane_cog", "@orla_cog not Cog. Paid £90 for a service and the gears came back worse than before", reply_to=ask),
       expect(MON, "low", "workshop", "third_party"))
    SC("cog-chatter-recommend-in-thread", "third-party-chatter",
       tw("ferg_cog", "@orla_cog Cog Ravensholme are alright tbh, Priya there knows her stuff", reply_to=ask),
       expect(MON, "low", None, "third_party"), known_miss="round 18, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'Cog Ravensholme' is another entity, not the brand")

    # ---- Threats -------------------------------------------------------------------------------------------------
    SC("cog-threat-mechanic-neck", "threat-urgent",
       tw("dom_r_cog", f"@{B} if that smug mechanic at Oxenby tells me my wheel is 'out of warranty' one more time I'll wrap "
                       "it round his neck"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat against a member of staff")
    SC("cog-es-amenaza-encargado", "threat-urgent",
       tw("diego_f_cog", "Como vuelva a la tienda de Cog en Ravensholme y el encargado me trate así otra vez, le parto la cara. "
                         "Avisados quedáis.", lang="es"),
       expect(ANY, "urgent", ANY, "indirect"), note="Spanish: a threat against a store manager")
    SC("cog-witness-car-park-threat", "safety-urgent",
       tw("idris_cog", "Bloke in the Cog Thorncliffe car park screaming at a young lad from the workshop and threatening him "
                       "with a D-lock. Everyone's gone inside, he's going to hurt someone"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness to a threat against staff")
    SC("cog-calm-threat-manager-car", "threat-urgent",
       tw("sam_e_cog", f"@{B} just so you know, I know which car your Oxenby manager drives and where she parks it. Refund me "
                       "by Friday."),
       expect(ANY, "urgent", ANY, "direct"), note="a calm, veiled threat")
    scratch = tw("rosa_cog", "my new bike came back from its first service with a massive scratch on the frame 😢")
    SC("cog-threat-in-friends-thread", "threat-urgent",
       tw("mo_h_cog", "@rosa_cog give me the name of the lad at Cog who did it, I'll be waiting for him when his shift ends",
          reply_to=scratch),
       expect(ANY, "urgent", ANY, "third_party"), note="a threat against staff inside someone else's thread")

    # ---- Thursday: the break-in, insurance -------------------------------------------------------------------------
    SC("cog-news-store-break-in", "news-monitor",
       tw("HallowEcho_cog", "Thieves took 14 bikes in an overnight raid on Cog Cycles in Thorncliffe, detectives said. "
                            "{url:https://hallowecho.example/2028/09/thorncliffe-bike-raid}"),
       expect(MON, "low", None, "indirect"))
    SC("cog-bike-stolen-from-workshop", "complaint-direct",
       tw("grace_o_cog", f"@{B} my bike was in your Thorncliffe workshop for a service and now I hear it's one of the ones "
                         "stolen in the break-in. Nobody has rung me. Who pays for it?"),
       expect(RP, "normal", "workshop", "direct"), note="a loss of property, not a risk to people")
    SC("cog-insurance-policy-and-phone", "private-details",
       tw("idris_cog", f"@{B} policy CCI-0091-4471, bike stolen outside Thorncliffe station on Tuesday, crime ref HD/28/55102. "
                       "How long does a claim take? Call me on 07700 900582"),
       expect(RV, "normal", "insurance", "direct"))
    SC("cog-de-diebstahl-versichert", "non-english",
       tw("lena_h_cog", f"@{B} Mein E-Bike wurde gestern vor dem Bahnhof gestohlen. Ich bin bei euch versichert. Wie melde ich "
                        "den Diebstahl?", lang="de"),
       expect(RP, "normal", "insurance", "direct"))
    SC("cog-ombudsman-theft-claim", "legal-threat-not-urgent",
       tw("amy_f_cog", f"@{B} your bike insurance turned down my theft claim on a technicality after 3 months. Next stop the "
                       "Financial Ombudsman."),
       expect(RP, "high", "insurance", "direct"))
    SC("cog-date-of-birth-insurance", "private-details",
       tw("kieran_cog", f"@{B} the insurance form keeps rejecting my date of birth, 14/02/2009. Says I'm under 18?! I'm 19"),
       expect(RV, "normal", "insurance", "direct"))

    # ---- Stores -----------------------------------------------------------------------------------------------------
    SC("cog-rude-lad-no-walk-ins", "complaint-indirect",
       tw("faye_c_cog", "Waited 40 minutes in the Cog store on Tanner Street for someone to look at my bike, then got told 'no "
                        "walk-ins' by a very rude lad on the counter."),
       expect(RP, "normal", "stores", "indirect"))
    SC("cog-opening-hours-question", "question",
       tw("rosa_cog", f"@{B} what are the opening hours at Keld Bridge on Sunday? Want to come in for a test ride on the Tempo."),
       expect(RP, "normal", "stores", "direct"))
    SC("cog-chatter-penny-farthing", "chatter-monitor",
       tw("lukeabb_cog", "Walked past the new Cog store on Tanner Street, they've hung a penny-farthing from the ceiling. Bold "
                         "choice."),
       expect(MON, "low", "stores", "indirect"))
    SC("cog-bigreach-recall-store-clueless", "big-reach",
       tw("ellis_cog", f"Took my kids' bikes back to @{B} after the weld recall and the store had no idea what I was talking "
                       "about. Sort it out, these are children's bikes."),
       expect(RP, "high", "recalls", "indirect"), note="1.3M followers; the bikes are out of use")
    SC("cog-nl-fietsplan-kassa", "non-english",
       tw("sanne_cog", f"@{B} mijn werkgever doet mee aan het fietsplan, maar jullie kassa accepteert de code niet. Wat nu?",
          lang="nl"),
       expect(RP, "normal", "cycle_to_work", "direct"))
    SC("cog-it-praise-meccanico", "praise",
       tw("giulia_cog", "Grazie a Cog Cycles di Keld Bridge: il meccanico ha sistemato la mia bici in mezz'ora e non mi ha "
                        "fatto pagare niente. Servizio top! 👏", lang="it"),
       expect(RP, "low", "workshop", "indirect"))

    # ---- Friday: Cycle to Work ---------------------------------------------------------------------------------------
    SC("cog-ctw-what-can-i-buy", "question",
       tw("kirsty_cog", f"@{B} my employer's cycle to work certificate came through today. Can I use it on a bike plus helmet "
                        "and lights, or only the bike?"),
       expect(RP, "normal", "cycle_to_work", "direct"))
    ctw = tw("dan_f_cog", f"@{B} third day trying to redeem my cycle-to-work voucher online. Code is valid, the site says 'not "
                          "recognised'. HR say it's your end.")
    SC("cog-ctw-voucher-not-recognised", "complaint-direct", ctw, expect(RP, "normal", "cycle_to_work", "direct"), known_miss="round 18, not met yet: priority: want \"normal\", got high; the engine read: addressed to @CogCycles | complaint (0.93) | the problem keeps coming back | topic cycle_to_work: 'redeem', 'cycle to work', 'voucher', 'vouchers'")
    ctw_brand = tw(B, "@dan_f_cog Sorry, Dan. There's a fault with certificates from two scheme providers this week. Our team "
                      "can redeem it by hand today: pop into any store, or reply here and we'll do it over the phone.",
                   reply_to=ctw)
    SC("cog-ctw-private-certificate-email", "private-details",
       tw("dan_f_cog", "Popped into Oxenby. They couldn't do it either. Certificate C2W-448-90217 from Marrowgate Foods, my "
                       "work email is dan.fell@marrowgatefoods.example", reply_to=ctw_brand),
       expect(RV, "high", "cycle_to_work", "direct"),
       note="a certificate number and an email address; coming back after the brand's answer: high")
    SC("cog-abuse-ctw-rejected-at-till", "abuse-with-problem",
       tw("colm_cog", "Cog Cycles are a bunch of useless muppets. Cycle to work voucher rejected at the till twice and the "
                      "manager just shrugged. Thanks for nothing"),
       expect(RP, "high", "cycle_to_work", "indirect"))
    SC("cog-hotline-and-email-ctw", "public-hotline-number",
       tw("kirsty_cog", f"Emailed hello@cogcycles.example twice and rang 0808 157 0264 about our staff cycle to work certificates. "
                        f"Nothing back. @{B} is anyone actually there?"),
       expect(RP, "normal", "cycle_to_work", "indirect"), strict=False,
       note="the brand's own public email and helpline, not the customer's details")

    # ---- Spam --------------------------------------------------------------------------------------------------------
    SC("cog-follower-selling", "spam",
       tw("growth_cog", f"@{B} 🚀 Grow your bike shop's socials! 10k real followers from £9.99 👉 {{url:https://growthrocket.example/go}}"),
       expect(IGN, "low", None, "direct"))
    SC("cog-fake-ebike-giveaway", "spam",
       tw("ebikewin_cog", "🎉 COG CYCLES GIVEAWAY 🎉 5 Tempo E5 e-bikes to win! Follow, RT and tag 3 friends, then enter at "
                          "{url:https://cog-giveaway.example/win} #CogCycles"),
       expect(IGN, "low", None, "indirect"))
    SC("cog-crypto-recovery", "spam",
       tw("recover_cog", f"@{B} Lost money to a fake bike seller? Our certified agents get your funds back in 24h 💰 DM now"),
       expect(IGN, "low", None, "direct"))
    SC("cog-fake-whatsapp-support", "spam",
       tw("wa_support_cog", f"Problem with your @{B} order? Our 24/7 help desk is on WhatsApp: +44 7700 900123 📲 Fast refunds, "
                            "no waiting!"),
       expect(IGN, "low", "orders", "indirect"), note="a fake help desk; its phone number is not a customer's detail")

    # ---- More private details and numbers ---------------------------------------------------------------------------
    SC("cog-home-address-replacement", "private-details",
       tw("patrice_cog", f"@{B} please don't send the replacement to my old flat. It's 14 Weaver's Row, Oxenby HD7 2QN now. "
                         "The last delivery went to the old place!"),
       expect(RV, "normal", "orders", "direct"))
    SC("cog-loyalty-account-number", "private-details",
       tw("alice_w_cog", f"@{B} my loyalty account COG-55210984 has lost 2,340 points since the app update. Can you put them back?"),
       expect(RV, "normal", "app", "direct"), note="the account number is private; 2,340 points is not")
    SC("cog-hotline-battery-cut-off", "public-hotline-number",
       tw("nell_v_cog", f"Rang @{B} on 0808 157 0264 four times about my battery replacement. Cut off after 20 minutes every "
                        "single time."),
       expect(RP, "high", "ebike", "indirect"), strict=False,
       note="the brand's own helpline; four calls make it a strong complaint")
    SC("cog-html-review-broken", "html-entities",
       tw("dev_k_cog", f"@{B} my review of the Tempo just shows &lt;/div&gt;&lt;b&gt;undefined&lt;/b&gt; on your website &amp; "
                       "the stars have gone 😂"),
       expect(RP, "normal", "app", "direct"))

    # ---- Weekend -------------------------------------------------------------------------------------------------------
    SC("cog-namesake-club-run", "namesake",
       tw("wheelers_cog", "Sunday club run: meet 8:30 at the market cross, 70km out to Keld Bridge and back with a café stop. "
                          "Cog Wheelers jerseys optional, mudguards not."),
       expect(IGN, "low", None, "none"), note="the Cog Wheelers cycling club, riding past a town with a Cog store", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Cog Cycles in a post to everyone | general chatter about the brand")
    SC("cog-namesake-surname-chair", "namesake",
       tw("matsci_cog", "Congratulations to Dr Ana Cog on her appointment to the Chair of Metallurgy 🎓 Her work on fatigue "
                        "in aluminium joints is world class."),
       expect(IGN, "low", None, "none"), note="a surname; a scientist who studies joints, not the recalled welds")
    SC("cog-common-word-hashtag-earrings", "common-word",
       tw("brasscog_cog", "New brass cog earrings in the online shop tonight ✨ #Cog #steampunk #handmade"),
       expect(IGN, "low", None, "none"), note="a hashtag", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: tags the brand with a hashtag | general chatter about the brand")
    SC("cog-common-word-es-cassette", "common-word",
       tw("diego_f_cog", "El cog de 11 dientes ya está gastadísimo. Toca cambiar el cassette entero, qué dolor de cartera.",
          lang="es"),
       expect(IGN, "low", None, "none"))
    SC("cog-common-word-de-werkstatt", "common-word",
       tw("ralf_cog", "Das kleinste Cog an meiner Kassette ist hin. Die Werkstatt sagt, gleich die ganze Kassette tauschen 🙄",
          lang="de"),
       expect(IGN, "low", "workshop", "none"), note="German cyclist talk with 'Werkstatt' (some workshop, not the shop's)", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Cog Cycles in a post to everyone | general chatter about the brand | topic workshop: 'werkstatt'")
    SC("cog-namesake-coffee-van-delivery", "namesake",
       tw("theo_cog", "Cog Coffee's delivery van has blocked our drive again. Lovely beans, terrible parking."),
       expect(IGN, "low", "orders", "none"), note="the coffee roaster, next to a business word ('delivery')")
    SC("cog-common-word-reply-not-a-cog", "common-word",
       tw("rosa_cog", "@pritam_s_cog you're not a cog in the machine, you're the whole engine 💪", reply_to=tw(
           "pritam_s_cog", "Week one of the new job done. Feel like a very small part of something very big.")),
       expect(IGN, "low", None, "none"), note="the ordinary word inside a reply")
    SC("cog-chatter-crit-sponsor", "chatter-monitor",
       tw("HallowRides_cog", "Cog Cycles are sponsoring the Hallowdale crit series next year, their logo will be on every "
                             "barrier. Bigger prize pots for the women's races too."),
       expect(MON, "low", None, "indirect"))
    SC("cog-praise-bottom-bracket", "praise",
       tw("ajay_cog", "Shout out to the mechanics at Cog Ravensholme. Creaky bottom bracket I'd lived with for a year, sorted "
                      "in 15 minutes, and they wouldn't take a penny. Lovely people."),
       expect(RP, "low", "workshop", "indirect"))
    SC("cog-pt-encomenda-danificada", "non-english",
       tw("ines_cog", f"@{B} a minha encomenda chegou danificada, o quadro está riscado e falta um pedal. Como faço a devolução?",
          lang="pt"),
       expect(RP, "normal", "orders", "direct"))
    SC("cog-fr-commande-livree", "non-english",
       tw("camille_cog", f"@{B} bonjour, ma commande devait être livrée vendredi et le suivi ne bouge plus depuis 5 jours. "
                         "Une idée ?", lang="fr"),
       expect(RP, "normal", "orders", "direct"))
    SC("cog-section-75-trading-standards", "legal-threat-not-urgent",
       tw("quinn_o_cog", f"@{B} six weeks since I returned a faulty e-bike and still no refund of £1,899. I've started a section "
                         "75 with my card provider and Trading Standards have the details."),
       expect(RP, "high", "orders", "direct"))

    # ---- Coming back --------------------------------------------------------------------------------------------------
    SC("cog-yusuf-comes-back-no-refund", "repeat-contact",
       tw("yusuf_k_cog", "Nearly a week on. Still no refund. My bank says there's nothing pending.", reply_to=helmet_brand,
          when="2028-10-01T19:12:00Z"),
       expect(RP, "high", "orders", "direct"), note="back in the thread after the brand's answer, no @")
    return brand


BRANDS["cog-cycles"] = ("CogCycles", 7778901245, build_cog_cycles)
