# Wicket: a made-up DIY and hardware chain with big stores in the made-up towns of Corrindale,
# Stannerby, Pellingford, Holmbrook and Ashlow, and a website and app: click and collect, home
# delivery of heavy goods (plasterboard, cement, blocks, paving, decking), a kitchen and bathroom
# fitting service, tool hire, a paint mixing counter, timber cutting and the Wicket Trade Card.
# "Wicket" is also a cricket word (took a wicket, a green wicket, keeping wicket, a sticky
# wicket), a wicket gate or wicket door, a croquet hoop, Wicket the Ewok from Star Wars, Wicket
# Lane in Holmbrook, the Wicket Inn (a village pub), The Wicket (a cricket podcast) and a cat's
# name: none of them is the DIY chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 28 February 2028 (a leap year): over the weekend Wicket moved click and collect to a new order
# system, and on Monday morning hundreds of orders are missing at the collection desks; on
# Tuesday (29 February) the website and app fall over at the morning peak and trade cards are
# declined at the tills; on Wednesday Wicket recalls its 6-tread aluminium step ladder after
# reports that it collapses; on Thursday a Wicket kitchen fitter leaves a sink waste unconnected
# and floods a house in Pellingford, and another customer's water is left off; on Friday a pallet
# of paving slabs falls off a forklift in the Pellingford car park. Saturday and Sunday: the
# follow-ups, the letters and an ordinary DIY weekend (and a cricket season starting abroad).
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, store,
# account, card and order number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_wicket_diy():
    global CURRENT_BRAND, CLOCK
    brand = Brand("wicket-diy", SCEN_DIR / "wicket-diy.plan.toml", "WicketDIY", 4778901245, 1861220000000005201)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-02-28T05:30:00Z")
    B = "WicketDIY"
    user(B, "Wicket", 4778901245,
         "Wicket 🛠️ DIY, hardware, trade. Stores, click & collect, delivery, fitting, tool hire. Care team here 7am–8pm "
         "every day. Careline 0808 157 0619. Never post card numbers or addresses here.",
         58_300, following=1_420, tweets=44_100, listed=260, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10340100000 + _n[0] * 4129, bio, followers, **kw)

    person("keith_t_wic", "Keith Tranter", "Fencing and landscaping. Corrindale. 6am starts, 4pm brews.", 410)
    person("WicketHelp_wic", "Wicket Customer Care ✅", "Official orders, refunds & delivery help 24/7 🛠️ DM us your order + card details for a fast fix", 31, following=4900)
    person("shona_w_wic", "Shona Whitlock", "Nurse. Stannerby. Renovating a 1930s semi one weekend at a time.", 520)
    person("mags_p_wic", "Maggie Pryce", "Civil servant. Plant hoarder. Stannerby.", 300)
    person("danny_r_wic", "Danny Rourke", "Dad. Drummer. Permanently mid-project.", 260)
    person("lauren_b_wic", "Lauren Bexley", "Doing up a Victorian terrace with more enthusiasm than skill.", 380)
    person("chloe_d_wic", "Chloe Dunmore", "Lauren's sister. Professional moaner.", 210)
    person("punster_wic", "Gav Lightfoot", "Puns, dad jokes and cricket. Not necessarily in that order.", 640)
    person("priya_c_wic", "Priya Chandran", "Pharmacist. Ashlow. New bathroom or bust.", 290)
    person("nat_builds_wic", "Natasha Boateng", "Builder. Presenter of 'Room to Grow' on telly. Hard hat, soft heart. Books: Build It Yourself.",
           870_000, following=910, listed=3100, verified=True)
    person("olly_hk_wic", "Olly Hackett", "Here for the replies.", 180)
    person("ravi_grd_wic", "Ravi Mistry", "Grandad. Retired bus driver. Cricket bore.", 150)
    person("jade_h_wic", "Jade Harrow", "Mum of one Star Wars obsessive. Corrindale.", 230)
    person("sam_k_wic", "Sam Kowalczyk", "Project manager by day, amateur bricklayer by weekend.", 470)
    person("gaz_plumb_wic", "Gary Nolan", "Plumbing & heating. Holmbrook. Gas Safe. 3 vans, 1 dog, 0 patience.", 820)
    person("tilly_m_wic", "Tilly Marsh", "Leap day baby. Technically turning 8. Grouting my own bathroom.", 340)
    person("CorrPost_wic", "Corrindale Post", "News for Corrindale, Stannerby and Holmbrook since 1871. Tips: news@corrpost.example",
           41_000, following=900, verified=True)
    person("nan_val_wic", "Val Greenhalgh", "Nan of 5. I share the useful stuff.", 140)
    person("fiona_t_wic", "Fiona Tate", "Electrician. Own firm, 4 sparks. Tired of invoices.", 760)
    person("allot_mb_wic", "Marcus Bell", "Allotment 14b. Growing more slugs than veg.", 270)
    person("hamza_q_wic", "Hamza Qureshi", "Frontend dev. I notice broken templates for a living.", 1_800)
    person("eleanor_v_wic", "Eleanor Voss", "Restoring a 1930s house, one door frame at a time.", 2_200)
    person("joe_f_wic", "Joe Ferris", "Dad of 3. Barbecue optimist.", 190)
    person("WicketInn_wic", "The Wicket Inn", "Village pub on the green 🍺 Real ale, Sunday roasts and the Tuesday quiz. Dogs welcome.", 2_100)
    person("ben_ach_wic", "Ben Achterberg", "Sales director. Spreadsheets and excuses.", 990)
    person("kerry_h_wic", "Kerry Hollis", "Holmbrook. Daughter, worrier, list maker.", 260)
    person("jayden_c_wic", "Jayden Cole", "22. painter n decorator. dont @ me before 9", 330)
    person("rob_ains_wic", "Rob Ainsley", "Gutter cleaner by necessity, not by choice.", 120)
    person("tanya_m_wic", "Tanya Mould", "Holmbrook. Two lads, one husband, zero common sense between them.", 290)
    person("pete_g_wic", "Pete Gough", "Retired. Pottering. Shed.", 80)
    person("amira_s_wic", "Amira Saleh", "Mum of Yusuf (6) 💙 asthma warrior. Decorating the nursery-turned-big-boy room.", 410)
    person("jonas_k_wic", "Jonas Krüger", "Aus Hamburg, jetzt in Pellingford. Heimwerker aus Leidenschaft.", 240)
    person("StanTimes_wic", "Stannerby Times", "Stannerby's paper since 1899. News, sport, what's on.", 26_800, following=700, verified=True)
    person("bill_o_wic", "Bill Ogden", "Shed man. Stannerby.", 95)
    person("HolmRoads_wic", "Holmbrook Roads", "Roadworks and traffic for Holmbrook and around. Not the council.", 12_600)
    person("ruth_pg_wic", "Ruth Penhaligon", "31 weeks with baby no. 2. Nesting hard.", 350)
    person("tom_fb_wic", "Tom Fairbairn", "Teacher. Pellingford. Just wanted a new kitchen.", 430)
    person("lenny_p_wic", "Lenny Pask", "Here for the replies. Cricket, darts, bad takes.", 560)
    person("graham_d_wic", "Graham Dyer", "Retired signalman. Looks after Pam.", 60)
    person("sophie_n_wic", "Sophie Nwosu", "Two kids, one new hob, zero sleep. Ashlow.", 380)
    person("camille_r_wic", "Camille Roux", "Française à Ashlow. Prof de maths. Rénovation en cours.", 290)
    person("hugh_l_wic", "Hugh Latimer", "Retired headmaster. Writes letters. Keeps copies.", 310)
    person("nadia_f_wic", "Nadia Flint", "Doing up our first house. Send biscuits.", 270)
    person("hattie_q_wic", "Hattie Quayle", "Holmbrook. Been there, renovated that.", 680)
    person("mo_karim_wic", "Mo Karim", "Taxi driver. Pellingford. Opinions free.", 150)
    person("alan_t_wic", "Alan Tibbs", "Gardener. Bodger. Bird feeder.", 420)
    person("leah_d_wic", "Leah Dunmore", "Pellingford. Out with the kids most of the time.", 240)
    person("PellFM_wic", "Pellingford FM", "Your local radio. News on the hour, Drive with Tash 4–7.", 29_500, following=1100, verified=True)
    person("rach_t_wic", "Rachel Tamsin", "Pellingford. Landscape gardener.", 310)
    person("stu_v_wic", "Stu Varney", "Joiner. Say it to my face.", 140)
    person("kev_bram_wic", "Kev Bramall", "Self-building in Ashlow. One block at a time.", 1_150)
    person("lorna_s_wic", "Lorna Spiers", "Ashlow. Patio project of doom.", 170)
    person("ines_c_wic", "Inês Costa", "De Braga para Stannerby. Enfermeira. A remodelar a casa.", 230)
    person("giulia_r_wic", "Giulia Rinaldi", "Da Bologna a Holmbrook. Architetta. Caffè e cantieri.", 480)
    person("marisol_v_wic", "Marisol Vega", "Malagueña en Corrindale. Pintando mi piso yo sola.", 260)
    person("bram_dv_wic", "Bram de Vries", "Uit Groningen, woont nu in Ashlow. Klust in het weekend.", 200)
    person("dean_s_wic", "Dean Sutcliffe", "Ashlow. Stripping wallpaper from 1974.", 110)
    person("carl_m_wic", "Carl Mayhew", "Groundworks. Ashlow. Blunt.", 90)
    person("cashdown_wic", "Callum Ashdown", "England & Holmbrook CCC all-rounder 🏏 Dad. Dogs. Decking in progress.",
           1_400_000, following=640, listed=6200, verified=True)
    person("yvonne_c_wic", "Yvonne Castle", "Corrindale. Floorboards and flat whites.", 330)
    person("StanCroq_wic", "Stannerby Croquet Club", "Croquet on the rec since 1952 🟢 New members always welcome, mallets provided.", 480)
    person("WicketPod_wic", "The Wicket Podcast", "Cricket talk, twice a week 🏏 Hosted by two ex-county seamers and a statistician.", 18_400)
    person("amber_l_wic", "Amber Lyle", "Cat mum x3. Holmbrook.", 650)
    person("boostup_wic", "BoostUp Media 📈", "Real followers. Real growth. DM for packages 💸", 2_300, following=4900)
    person("aaron_b_wic", "Aaron Bishop", "Bishop Electrical. Ashlow & Holmbrook. NICEIC.", 1_300)
    person("kaz_ash_wic", "Karen Ashby", "Holmbrook. Teaching assistant. Always in a queue.", 220)
    person("nora_b_wic", "Nora Beck", "Hedge-related anxiety. Corrindale.", 130)
    person("femi_a_wic", "Femi Adebayo", "Corrindale born and bred. Ask me anything.", 870)
    person("paul_j_wic", "Paul Jessop", "Floor fitter (for myself, badly).", 100)
    person("marg_h_wic", "Margaret Heald", "Retired. Stannerby. Grandchildren and garden.", 70)
    person("maya_o_wic", "Maya Ogunleye", "Ashlow. Nurse. Night shifts and DIY days.", 300)
    person("ade_oy_wic", "Ade Oyelaran", "Bathroom refit, week 3. Pray for me.", 410)
    person("hollie_p_wic", "Hollie Park", "Corrindale. One bathroom, zero toilets.", 260)
    person("josh_f_wic", "Josh Farrow", "Dad of twins. Decking. Send coffee.", 190)
    person("des_w_wic", "Des Whitby", "Car boot hunter. Vintage toys. 1980s forever.", 3_100)
    person("megagive_wic", "Mega Giveaways UK 🎁", "Win big every week! Follow + RT to enter 🎁", 4_400, following=4900)
    person("chainfix_wic", "ChainRecover ✅", "Certified scam & crypto fund recovery. 100% success rate. DM ✅", 6_900, following=5000)
    person("OldHallMus_wic", "Old Hall Farm Museum", "Working farm museum near Stannerby. Open weekends, March to October 🐖", 3_800)
    person("KendallPry_wic", "Kendall & Pryce Homes", "Estate agents in Holmbrook and Ashlow. Selling homes since 1988.", 5_200)
    person("shaun_p_wic", "Shaun Pike", "Holmbrook. Bathroom tiles hostage situation.", 140)
    person("becky_l_wic", "Becky Lowe", "Ashlow. Project: patio.", 180)
    person("becky_fr_wic", "Dani Cross", "Becky's mate. Not a builder.", 160)
    person("zoe_m_wic", "Zoe Marlow", "Corrindale. Sage green everything.", 520)
    person("owen_r_wic", "Owen Rees", "Self-employed roofer. Holmbrook.", 240)
    person("sue_k_wic", "Sue Kettering", "Stannerby. Dog walker, crossword solver.", 120)
    person("kyle_d_wic", "Kyle Denton", "Sunday league keeper. Monday morning regrets.", 390)
    person("ian_c_wic", "Ian Corbett", "Kitchen fitter (not theirs). Stannerby. Van, dog, flask.", 350)
    person("lewis_g_wic", "Lewis Grant", "Decorator. Corrindale. Trade card since 2019.", 610)

    # ---- Monday 28 February: the new order system and the missing click and collect orders ----------
    launch = tw(B, "Morning! 🛠️ Click and collect has moved to a brand new system over the weekend: your confirmation email now has a QR code, just scan it at the collection desk and go. Stores open 7am 👉 {url:https://wicket.example/click-and-collect}",
                when="2028-02-28T06:00:00Z")
    SC("wicket-brand-own-new-system", "brand-own-post", launch, expect(IGN, "low", "orders", "none"))
    keith = tw("keith_t_wic", f"@{B} at Corrindale at 7 for my click and collect order (postcrete and 8 fence panels) and the collection desk says it doesn't exist. confirmation email's right here on my phone. got a lad waiting in a customer's garden on day rate. what's going on?",
               when="2028-02-28T07:12:31Z")
    SC("wicket-complaint-cc-order-not-found", "complaint-direct", keith, expect(RP, "normal", "orders", "direct"))
    keith_brand = tw(B, "@keith_t_wic Morning Keith, really sorry. Some orders placed before Saturday didn't move across to the new system. The Corrindale team are picking yours by hand now and it'll be at the collection desk by 8:15, no need to reorder.",
                     reply_to=keith, when="2028-02-28T07:29:10Z")
    SC("wicket-thread-keith-sorted", "thread-with-brand",
       tw("keith_t_wic", "cheers, got it. lad on the collection desk was sound about it too 👍",
          reply_to=keith_brand, when="2028-02-28T08:02:45Z"),
       expect(RP, "low", "orders", "direct"), note="thanks in the brand's thread without an @: solved")
    SC("wicket-quote-new-system-never-heard", "quote",
       tw("shona_w_wic", "'a brand new system' 🙃 so new it's never heard of my order. 40 minutes at the collection point in Stannerby and they're 'looking into it'",
          quote=launch, when="2028-02-28T08:14:02Z"),
       expect(RP, "normal", "orders", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a sarcastic complaint about her own order")
    SC("wicket-sarcasm-qr-code-futuristic", "sarcasm-customer",
       tw("mags_p_wic", "love that Wicket's shiny new click &amp; collect sends me a lovely QR code for an order that apparently does not exist 🥰 so futuristic. so seamless",
          when="2028-02-28T08:41:19Z"),
       expect(RP, "normal", "orders", "indirect"), note="sarcasm about her own missing order")
    SC("wicket-in-passing-monday", "complaint-in-passing",
       tw("danny_r_wic", f"monday so far: dog sick on the rug, train cancelled, boss wants the report by 10 and @{B} has lost the tiles I paid for on friday (click and collect, 'order not found'). back to bed",
          when="2028-02-28T09:20:04Z"),
       expect(RP, "normal", "orders", "indirect"), note="the brand tagged in the middle of a bad morning")
    lauren = tw("lauren_b_wic", "has anyone managed to pick anything up from a DIY shop today?? the new kitchen tap I ordered has gone into the void",
                when="2028-02-28T09:35:00Z")
    SC("wicket-venting-cc-in-sisters-thread", "third-party-venting",
       tw("chloe_d_wic", "@lauren_b_wic yes!! Wicket lost mine as well. 45 mins at the collection desk and in the end a lad went and got it off the shelf himself. absolute farce",
          reply_to=lauren, when="2028-02-28T09:48:37Z"),
       expect(MON, "low", "orders", "third_party"), note="venting to her sister, brand not tagged: don't butt in")
    SC("wicket-joke-stumped", "joke-bystander",
       tw("punster_wic", "@lauren_b_wic a DIY chain named after a cricket term losing your order? sounds like Wicket have been well and truly stumped 🏏",
          reply_to=lauren, when="2028-02-28T10:02:11Z"),
       expect(IGN, "low", "orders", "third_party"), note="a stranger's pun on the name in someone else's thread")
    priya = tw("priya_c_wic", f"@{B} my click and collect order WK-4471-0923 isn't on your new system. name Priya Chandran, 07700 900318, priya.chandran@inbox.example. paid £212.40 on saturday for bathroom tiles and adhesive, can someone find it?",
               when="2028-02-28T10:31:50Z")
    SC("wicket-private-order-phone-email", "private-details", priya, expect(RV, "normal", "orders", "direct"),
       note="an order number, a phone number and an email address in public")
    SC("wicket-spam-fake-care-card-details", "spam",
       tw("WicketHelp_wic", "@priya_c_wic Hi Priya 👋 Wicket Customer Care here ✅ we can find your order in minutes! Just DM us the long card number and the 3 digits on the back so we can verify it's you 🛠️",
          reply_to=priya, when="2028-02-28T10:40:26Z"),
       expect(IGN, "low", "orders", "third_party"), note="an impersonator under a real customer's post, phishing for card details")
    nat = tw("nat_builds_wic", f"Went to pick up 14 sheets of plasterboard from Wicket for tomorrow's build on the show and the new click and collect system has eaten the order. Crew of eight stood around a car park. @{B} what is going on?",
             when="2028-02-28T12:02:00Z",
             metrics={"retweet_count": 2300, "reply_count": 1100, "like_count": 29400, "quote_count": 310})
    SC("wicket-big-reach-presenter-cc", "big-reach", nat, expect(RP, "high", "orders", "indirect"),
       note="870k followers, her own lost order; the handle at the end of a post to everyone")
    SC("wicket-joke-find-the-wicket", "joke-bystander",
       tw("olly_hk_wic", "@nat_builds_wic should've gone to the cricket instead Nat, at least they always know where the wicket is 😂",
          reply_to=nat, when="2028-02-28T12:20:44Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke under the presenter's post")
    SC("wicket-common-grandson-first-wicket", "common-word",
       tw("ravi_grd_wic", "Arjun took a wicket with his very first ball for the county under 15s today 🏏 proud grandad moment, I may have shouted a bit",
          when="2028-02-28T14:10:00Z"),
       expect(IGN, "low", None, "none"), note="a wicket in cricket")
    SC("wicket-namesake-ewok-hood", "namesake",
       tw("jade_h_wic", "rewatched Return of the Jedi with Mia and she's decided Wicket is her favourite character ever. she's now wearing a brown hood round the house and growling at the cat",
          when="2028-02-28T19:05:00Z"),
       expect(IGN, "low", None, "none"), note="Wicket the Ewok")

    # ---- Tuesday 29 February: the website and app fall over, trade cards declined ------------------
    sam = tw("sam_k_wic", f"@{B} website's been down since 7 and the app just says 'something went wrong'. can't check stock, can't order, can't book a delivery. is it down for everyone?",
             when="2028-02-29T07:41:22Z")
    SC("wicket-complaint-website-down", "complaint-direct", sam, expect(RP, "high", "online", "direct"),
       note="the website and app down for everyone at the morning peak: an outage")
    SC("wicket-abuse-trade-card-declined", "abuse-with-problem",
       tw("gaz_plumb_wic", f"@{B} you absolute shower. trade card declined at the till in Holmbrook, trade account says £0 credit limit, and 3 lads sat in a van on the clock doing nothing. sort your useless system out",
          when="2028-02-29T08:14:08Z"),
       expect(RP, "high", "trade", "direct"), note="rude, but his trade card is refused and he is losing money", known_miss="round 13, not met yet: priority: want \"high\", got normal; the engine read: addressed to @WicketDIY | complaint (0.98) | topic trade: 'trade card', 'declined', 'trade account', 'credit limit', an amount of money")
    SC("wicket-sarcasm-leap-day", "sarcasm-customer",
       tw("tilly_m_wic", "it's my actual birthday (the once every 4 years one) and Wicket's website and app have taken the day off too. needed grout by 10. very thoughtful, love that for me 🙃",
          when="2028-02-29T08:50:33Z"),
       expect(RP, "high", "online", "indirect"), note="sarcasm about the outage hitting her own order; outage: high", known_miss="round 13, not met yet: priority: want \"high\", got low; the engine read: names Wicket in a post to everyone | praise: thank them | topic online: 'website', 'websites', 'app', 'apps'")
    outage_news = tw("CorrPost_wic", "Wicket's website and app were down for more than three hours this morning. Customers saw error pages and could not log in; the DIY chain blamed a server fault {url:https://corrpost.example/news/wicket-website-down}",
                     when="2028-02-29T10:02:00Z")
    SC("wicket-news-website-down", "news-monitor", outage_news, expect(MON, "low", "online", "indirect"))
    SC("wicket-repost-website-news", "repost", tw("nan_val_wic", "", retweet=outage_news, when="2028-02-29T10:20:15Z"),
       expect(IGN, "low", "online", "indirect"))
    back = tw(B, "Our website, app and checkout are all working again ✅ Sorry to everyone who couldn't get online this morning. If you were double charged it's sorted automatically within 3 working days, no need to do a thing.",
              when="2028-02-29T10:45:00Z")
    SC("wicket-brand-own-website-back", "brand-own-post", back, expect(IGN, "low", "online", "none"))
    fiona = tw("fiona_t_wic", "does that include the trade portal? I put two orders through on the trade account at 7:20, I've been charged for both and neither shows up. need the cable for a job tomorrow",
               reply_to=back, when="2028-02-29T11:08:40Z")
    SC("wicket-q-reply-trade-portal", "question-in-reply-to-brand", fiona, expect(RP, "normal", "trade", "direct"),
       note="a question under the brand's post, no @")
    fiona_brand = tw(B, "@fiona_t_wic Hi Fiona, yes: trade portal orders are included. Both charges will drop off on their own within 3 working days, and if you reorder now the cable can be at Ashlow's trade counter by 2pm.",
                     reply_to=fiona, when="2028-02-29T11:25:02Z")
    SC("wicket-thread-fiona-three-days", "thread-with-brand",
       tw("fiona_t_wic", "3 working days?? that's £1,140 sat in limbo and I pay my lads on friday. can't someone just refund it today?",
          reply_to=fiona_brand, when="2028-02-29T11:39:55Z"),
       expect(RP, "high", "trade", "direct"), strict=False,
       note="back in the brand's thread, unhappy with the answer: a customer coming back to an answered case (high), though some would keep it normal so soon after")
    SC("wicket-question-timber-cuts", "question",
       tw("allot_mb_wic", f"@{B} do you still cut timber to size at Pellingford? need 6 lengths of 4x2 for a raised bed, how much per cut?",
          when="2028-02-29T12:03:17Z"),
       expect(RP, "normal", "services", "direct"))
    SC("wicket-html-checkout-template", "html-entities",
       tw("hamza_q_wic", f"@{B} your checkout page is showing &lt;div class=\"total\"&gt;{{{{ basket.total }}}}&lt;/div&gt; instead of a price and then an error. did it take the money for the mitre saw or not?",
          when="2028-02-29T13:10:46Z"),
       expect(RP, "normal", "online", "direct"), note="a broken template around a real question, delivered escaped")
    SC("wicket-praise-paint-colour-match", "praise",
       tw("eleanor_v_wic", "shoutout to the paint mixing counter at Wicket Stannerby 🎨 brought in a chipped bit of 1930s door frame and they colour matched it spot on. proper wizards",
          when="2028-02-29T14:00:08Z"),
       expect(RP, "low", "services", "indirect"), note="praise, brand named without a tag")
    SC("wicket-chatter-compost-barbecue", "chatter-monitor",
       tw("joe_f_wic", "is it even a proper weekend if you don't go to Wicket for compost and come home with a barbecue, 3 solar lights and a hose you already own",
          when="2028-02-29T15:20:00Z"),
       expect(MON, "low", None, "indirect"), note="chatter about the brand, nothing to answer", known_miss="since round 18 (the letters of a keyword such as 'a&e' are no longer words of the business, so this post had only passed by chance), not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: the name Wicket with no sign of the brand's business: another entity")
    SC("wicket-namesake-inn-quiz-paint", "namesake",
       tw("WicketInn_wic", "Quiz night at the Wicket Inn tonight 🍺 teams of up to six, £2 a head, chilli and chips at 8. Our quizmaster promises no questions about paint colours this time",
          when="2028-02-29T16:30:00Z"),
       expect(IGN, "low", "services", "none"), note="the village pub; 'paint' is a services keyword")
    SC("wicket-common-sticky-wicket", "common-word",
       tw("ben_ach_wic", "board meeting: chairman asks, in front of everyone, why Q1 is 12% down. on a bit of a sticky wicket here, lads 😬",
          when="2028-02-29T17:45:00Z"),
       expect(IGN, "low", None, "none"), note="'a sticky wicket', an everyday phrase")

    # ---- Wednesday 1 March: the step ladder recall --------------------------------------------------
    recall = tw(B, "⚠️ Safety recall: please stop using our 6-tread aluminium step ladder, product code 418227, sold Oct 2027 to Feb 2028. A locking bracket can fail and the ladder can collapse. Bring it to any store for a full refund, no receipt needed 👉 {url:https://wicket.example/recall}",
                when="2028-03-01T07:00:00Z")
    SC("wicket-brand-own-ladder-recall", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("wicket-repost-ladder-recall", "repost", tw("nan_val_wic", "", retweet=recall, when="2028-03-01T07:16:40Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("wicket-safety-dad-wrist-ribs", "safety-urgent",
       tw("kerry_h_wic", f"@{B} my dad was up your 6 tread step ladder clearing the gutter on sunday and it folded under him. broken wrist and cracked ribs, he's still in hospital. we only found out about the recall from the radio this morning",
          when="2028-03-01T08:02:29Z"),
       expect(RP, "urgent", "safety", "direct"), note="a man in hospital after the recalled ladder collapsed")
    SC("wicket-safety-lower-case-fingers-numb", "safety-urgent",
       tw("jayden_c_wic", "been up the wicket step ladder doin the landing n the leg just went, fell down half the stairs. back is killin me n cant feel 2 fingers on my left hand. is this the recalled one??",
          when="2028-03-01T08:46:12Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case and slang, but a fall with numb fingers right now")
    rob = tw("rob_ains_wic", "need a decent step ladder, mine's rusted solid. any recommendations that won't kill me?", when="2028-03-01T09:10:00Z")
    SC("wicket-safety-head-injury-in-thread", "safety-urgent",
       tw("tanya_m_wic", "@rob_ains_wic don't get the Wicket 6 tread one, it's been recalled. ours collapsed on saturday with my husband on it, he banged his head on the patio and he's been dizzy and sick since but won't go to A&amp;E",
          reply_to=rob, when="2028-03-01T09:31:48Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open (a reply in someone else's thread, but a possible head injury going untreated): the risk outweighs 'don't butt in'")
    SC("wicket-q-reply-five-tread", "question-in-reply-to-brand",
       tw("pete_g_wic", "is the 5 tread ladder in the recall too? bought it the same week, the code on the sticker says 418226. not been up it since christmas",
          reply_to=recall, when="2028-03-01T09:58:03Z"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="a calm question under the recall post about a different model, nobody hurt: normal, though some leads would lift any recall question")
    SC("wicket-medical-asthma-gloss-fumes", "medical-urgent",
       tw("amira_s_wic", f"@{B} my son has severe asthma (hospitalised twice last winter). your paint counter mixed us oil based gloss for his bedroom door. is it safe for him to sleep in there tonight with the fumes? it smells really strong and strong smells set his wheezing off",
          when="2028-03-01T10:20:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a child with severe asthma", known_miss="round 13, not met yet: topic: want \"safety\", got services; the engine read: addressed to @WicketDIY | complaint (0.59) | a medical need: urgent | topic services: 'paint', 'paints', 'mixed', 'mixing', 'gloss'")
    SC("wicket-de-safety-ladder-arm", "non-english",
       tw("jonas_k_wic", f"@{B} Ihre Stehleiter mit 6 Stufen ist heute Morgen unter meinem Sohn zusammengeklappt. Er ist gestürzt und hat sich den Arm gebrochen, wir sind gerade in der Notaufnahme. Ist das die zurückgerufene Leiter?",
          lang="de", when="2028-03-01T11:05:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: the ladder collapsed, a broken arm, in A&E now")
    SC("wicket-news-ladder-recall", "news-monitor",
       tw("StanTimes_wic", "Wicket recalls 6-tread aluminium step ladder after reports of it collapsing in use. At least three people have been injured, one seriously {url:https://stannerbytimes.example/news/wicket-ladder-recall}",
          when="2028-03-01T12:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("wicket-chatter-checked-garage", "chatter-monitor",
       tw("bill_o_wic", "went straight to the garage after the Wicket ladder recall news. ours is the little 3 tread one, phew. kettle on",
          when="2028-03-01T12:40:16Z"),
       expect(MON, "low", "safety", "indirect"), note="he checked and is fine: nothing to answer")
    SC("wicket-namesake-lane-gas-works", "namesake",
       tw("HolmRoads_wic", "Wicket Lane shut between the primary school and the roundabout until Friday for gas main works. Diversion via Holm Road and Tanner Street 🚧",
          when="2028-03-01T14:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a road in Holmbrook; 'gas' is a safety keyword")
    SC("wicket-medical-pregnant-stripper", "medical-urgent",
       tw("ruth_pg_wic", f"@{B} hi, I'm 31 weeks pregnant and the lady at Ashlow recommended a solvent paint stripper for the stairs. is it safe to use while pregnant, and are the fumes ok to be breathing in when my husband does it? nothing on the label and the midwife isn't back till monday",
          when="2028-03-01T15:30:24Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about chemical fumes in pregnancy: a medical need")
    SC("wicket-hotline-recall-box", "public-hotline-number",
       tw("marg_h_wic", f"@{B} rang 0808 157 0619 about the recalled ladder, 40 minutes on hold and then it cut off. do I need the box to take it back? I'm 78 and it's heavy",
          when="2028-03-01T16:20:09Z"),
       expect(RP, "normal", "safety", "direct"), strict=False, note="the brand's own careline is not a private detail")
    SC("wicket-quote-recall-online", "quote",
       tw("zoe_m_wic", "does the recall cover the ladders bought on the website too? mine came in november, code on the leg is 418227. haven't used it since, it lives in the loft",
          quote=recall, when="2028-03-01T17:05:52Z"),
       expect(RP, "normal", "safety", "indirect"), strict=False,
       note="a question quoting the recall post without a tag; the ladder is in the loft, nobody hurt")

    # ---- Thursday 2 March: the flooded kitchen ------------------------------------------------------
    tom = tw("tom_fb_wic", f"@{B} your kitchen fitters left at 5 yesterday without connecting the sink waste. came down this morning to water pouring through the ceiling into the lounge. ceiling's bowed, carpet soaked, stopcock off, and the fitting line isn't answering",
             when="2028-03-02T07:18:40Z")
    SC("wicket-complaint-fitter-flood", "complaint-direct", tom, expect(RP, "high", "fitting", "direct"), strict=False,
       note="a house flooded by the fitters: a strong complaint (high); the water is off, so not urgent, though some leads would call it urgent")
    tom_brand = tw(B, "@tom_fb_wic Tom, I'm so sorry. I've passed this to Dan Okoro, who runs fitting for Pellingford: he'll ring you before 11 this morning, and he'll get an emergency plumber and a loss adjuster out to you. Please keep photos of everything.",
                   reply_to=tom, when="2028-03-02T07:36:15Z")
    SC("wicket-brand-reply-flood", "brand-own-post", tom_brand, expect(IGN, "low", "fitting", "none"))
    SC("wicket-thread-flood-plumber-here", "thread-with-brand",
       tw("tom_fb_wic", "Dan rang at 10:40 and a plumber's here now. still a long way from sorted but thanks for actually getting someone on it",
          reply_to=tom_brand, when="2028-03-02T11:02:31Z"),
       expect(RP, "low", "fitting", "direct"), note="thanks in the brand's thread without an @")
    SC("wicket-joke-rain-stopped-play", "joke-bystander",
       tw("lenny_p_wic", "@tom_fb_wic rain stopped play at the Wicket then 🏏☔ at least the lounge has a water feature now",
          reply_to=tom, when="2028-03-02T08:05:27Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun under the customer's post", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("wicket-medical-dialysis-water-off", "medical-urgent",
       tw("graham_d_wic", f"@{B} your fitters turned our water off on tuesday and never came back to turn it on. my wife has kidney failure and does home dialysis every night, the machine needs mains water. she's due on at 6. if she misses it she ends up in hospital. please",
          when="2028-03-02T09:40:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="home dialysis needs water tonight: a medical need")
    SC("wicket-safety-gas-hob-smell", "safety-urgent",
       tw("sophie_n_wic", f"@{B} your fitter connected our new gas hob this morning and the whole house has smelt of gas since. is that normal for a new hob or is it a gas leak? kids are home, I'm a bit worried it's dangerous",
          when="2028-03-02T11:30:48Z"),
       expect(RP, "urgent", "safety", "direct"), note="a smell of gas at home after a fitting: danger now, even asked calmly")
    SC("wicket-fr-bathroom-leak", "non-english",
       tw("camille_r_wic", f"@{B} Bonjour, la salle de bain posée par vos artisans il y a deux semaines a déjà une fuite sous la douche, et le plafond de la cuisine commence à se tacher. Quand pouvez-vous envoyer quelqu'un ?",
          lang="fr", when="2028-03-02T12:15:33Z"),
       expect(RP, "normal", "fitting", "direct"), note="French: a leak under a newly fitted shower", known_miss="round 13, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @WicketDIY | complaint (0.21) | reads like a risk to people (urgency model 0.74): urgent | topic fitting: 'salle de bain', 'salle de bains', 'artisans', 'fuite', 'fuites', 'douche', 'plafond', 'cuisine'")
    SC("wicket-legal-kitchen-small-claims", "legal-threat-not-urgent",
       tw("hugh_l_wic", f"@{B} £14,600 kitchen, fitted three weeks late, worktop cracked, doors out of line, six emails unanswered. I have started a claim in the small claims court and reported you to Trading Standards. last chance to put it right",
          when="2028-03-02T13:02:19Z"),
       expect(RP, "high", "fitting", "direct"), note="a court and regulator threat: a strong complaint, not urgent")
    nadia = tw("nadia_f_wic", "getting quotes for a new bathroom. Wicket did a free survey yesterday, has anyone actually used their fitters?",
               when="2028-03-02T14:00:00Z")
    SC("wicket-chatter-bathroom-fitter-tip", "third-party-chatter",
       tw("hattie_q_wic", "@nadia_f_wic we had Wicket do ours last spring, fitter was called Lee and he was brilliant. get the survey in writing and check the tiling is in the price",
          reply_to=nadia, when="2028-03-02T14:22:40Z"),
       expect(MON, "low", "fitting", "third_party"), note="a stranger's advice in someone else's thread")
    SC("wicket-venting-kitchen-doors", "third-party-venting",
       tw("mo_karim_wic", "@nadia_f_wic avoid. Wicket fitted our kitchen in january, three visits to get the cabinet doors hung straight and the plinth still isn't on",
          reply_to=nadia, when="2028-03-02T14:40:05Z"),
       expect(MON, "low", "fitting", "third_party"), note="his own experience, vented in someone else's thread, brand not tagged")
    SC("wicket-common-wicket-gate-timber", "common-word",
       tw("alan_t_wic", "finally hung the new wicket gate at the bottom of the garden 🙌 three evenings, a lot of swearing and every bit of timber cut to size by hand",
          when="2028-03-02T18:30:00Z"),
       expect(IGN, "low", "services", "none"), note="a wicket gate, next to a services word ('timber')")

    # ---- Friday 3 March: the car park incident ------------------------------------------------------
    SC("wicket-safety-forklift-slabs", "safety-urgent",
       tw("leah_d_wic", f"@{B} a pallet of paving slabs just came off your forklift in the Pellingford car park. missed a little girl by a foot and landed on a man's leg, he's badly hurt. ambulance on its way, your lads are with him. cone that area off NOW",
          when="2028-03-03T10:14:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="a man hurt by falling slabs, an ambulance on its way")
    SC("wicket-news-car-park-forklift", "news-monitor",
       tw("PellFM_wic", "A man has been taken to hospital with leg injuries after paving slabs fell from a forklift in the car park of the Wicket store in Pellingford this morning. Police are at the scene",
          when="2028-03-03T11:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("wicket-threat-claw-hammer-car-park", "threat-urgent",
       tw("rach_t_wic", f"@{B} there's a bloke in your Pellingford car park screaming at the forklift driver, threatening to 'finish him', and he's just got a claw hammer out of his boot. your lads have locked the doors. call the police",
          when="2028-03-03T11:20:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a threat against a member of staff, happening now")
    SC("wicket-threat-hand-through-saw", "threat-urgent",
       tw("stu_v_wic", f"@{B} the lad on the timber cutting at Holmbrook has butchered my worktop cuts twice now. third trip. next time I'll put his hand through his own saw. sort it",
          when="2028-03-03T12:05:18Z"),
       expect(ANY, "urgent", "services", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("wicket-indirect-delivery-no-show", "complaint-indirect",
       tw("kev_bram_wic", "Wicket said my 12 bags of cement and 40 blocks would be delivered between 7 and 1. it's 4pm. no driver, no text, and I paid the bricklayer for a day of sitting in his van",
          when="2028-03-03T16:02:51Z"),
       expect(RP, "normal", "delivery", "indirect"), note="his own missed delivery, brand named without a tag")
    SC("wicket-private-address-pallet-drive", "private-details",
       tw("lorna_s_wic", f"@{B} your delivery driver has left a pallet of 60 paving slabs across my drive and I can't get the car out for the school run. 22 Larkspur Road, Ashlow AL4 7RN, delivery ref WKD-883106. please send the lorry back",
          when="2028-03-03T08:05:40Z"),
       expect(RV, "normal", "delivery", "direct"), note="a home address and a delivery reference in public")
    SC("wicket-pt-delivery-tiles", "non-english",
       tw("ines_c_wic", f"@{B} Olá, a entrega dos azulejos estava marcada para hoje entre as 8h e as 12h e ninguém apareceu. O motorista não atende o telefone. Podem ver o que se passa? Obrigada",
          lang="pt", when="2028-03-03T13:10:29Z"),
       expect(RP, "normal", "delivery", "direct"), note="Portuguese: a missed delivery")
    SC("wicket-it-tool-hire-breaker", "non-english",
       tw("giulia_r_wic", f"@{B} Buongiorno, ho noleggiato un martello demolitore a Stannerby stamattina ma si ferma dopo due minuti. Posso cambiarlo o avere il rimborso del noleggio?",
          lang="it", when="2028-03-03T09:25:03Z"),
       expect(RP, "normal", "services", "direct"), note="Italian: a hired breaker that keeps stopping")
    SC("wicket-es-paint-wrong-colour", "non-english",
       tw("marisol_v_wic", f"@{B} Hola, la pintura que me mezclaron el sábado en Corrindale no es del color que pedí, es mucho más oscura. ¿Me la podéis cambiar? Tengo el recibo.",
          lang="es", when="2028-03-03T14:40:17Z"),
       expect(RP, "normal", "services", "direct"), note="Spanish: paint mixed the wrong colour")
    SC("wicket-nl-order-not-ready", "non-english",
       tw("bram_dv_wic", f"@{B} Mijn bestelling om af te halen in Ashlow staat al drie dagen op 'wordt verzameld'. Wanneer kan ik hem ophalen? Ik heb het hout nodig voor zaterdag.",
          lang="nl", when="2028-03-03T15:30:46Z"),
       expect(RP, "normal", "orders", "direct"), note="Dutch: a click and collect order stuck for three days")
    SC("wicket-safety-steamer-shock", "safety-urgent",
       tw("dean_s_wic", f"@{B} the wallpaper steamer we hired from Ashlow has just given my wife an electric shock through the handle. cable's split with exposed wires by the plug. she's shaking and her arm's tingling. is this an A&amp;E thing? what do we do",
          when="2028-03-03T17:12:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="an electric shock from a hired tool, just now")
    SC("wicket-abuse-gravel-on-pavement", "abuse-with-problem",
       tw("carl_m_wic", f"@{B} your delivery drivers are a bunch of cowboys. dumped 30 bulk bags of gravel on the pavement instead of the driveway, split 4 of them, and drove off. come and clean it up yourselves you clowns",
          when="2028-03-03T18:20:35Z"),
       expect(RP, "high", "delivery", "direct"), note="rude, but a real delivery problem")
    becky = tw("becky_l_wic", "what are you up to today? I'm stuck in the house 🙄", when="2028-03-03T08:30:00Z")
    SC("wicket-venting-delivery-window", "third-party-venting",
       tw("becky_fr_wic", "@becky_l_wic same lol, waiting in for a Wicket delivery. they gave me 7am to 7pm and no text. the sand better be gold plated",
          reply_to=becky, when="2028-03-03T08:41:12Z"),
       expect(MON, "low", "delivery", "third_party"), note="venting to a friend in her thread, brand not tagged")

    # ---- Saturday 4 March ---------------------------------------------------------------------------
    SC("wicket-repeat-flood-no-adjuster", "repeat-contact",
       tw("tom_fb_wic", "it's saturday. no loss adjuster, no call since thursday, ceiling still bowed and the fitters haven't been back to finish the kitchen. Dan's phone goes to voicemail",
          reply_to=tom_brand, when="2028-03-04T08:30:12Z"),
       expect(RP, "high", "fitting", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("wicket-big-reach-cricketer-shower", "big-reach",
       tw("cashdown_wic", f"Three weeks since @{B} fitted our new bathroom and the shower is leaking through the kitchen ceiling. The irony of a cricketer getting done over by a firm called Wicket isn't lost on me 🙄 Sort it please",
          when="2028-03-04T09:05:00Z",
          metrics={"retweet_count": 3900, "reply_count": 2600, "like_count": 61200, "quote_count": 540}),
       expect(RP, "high", "fitting", "indirect"), note="1.4m followers, a real complaint about his own bathroom, with a cricket joke in it")
    SC("wicket-common-cricketer-green-wicket", "common-word",
       tw("cashdown_wic", "Landed in Hobart 🏏 first look at the wicket and it's greener than my lawn. Seamers licking their lips. Nets at 10",
          when="2028-03-04T11:30:00Z",
          metrics={"retweet_count": 900, "reply_count": 700, "like_count": 24100, "quote_count": 60}),
       expect(IGN, "low", None, "none"), note="the cricket pitch, from an author with huge reach: reach does not make it about the brand")
    SC("wicket-praise-floor-sander", "praise",
       tw("yvonne_c_wic", f"@{B} big thanks to Marek on the tool hire desk at Corrindale who spent 20 minutes showing me how to use the floor sander properly. floorboards look incredible 😍",
          when="2028-03-04T10:02:14Z"),
       expect(RP, "low", "services", "direct"))
    SC("wicket-common-croquet-hoop", "common-word",
       tw("StanCroq_wic", "Glorious first session of the season 🟢 Jean went through the final wicket from the far boundary and hasn't stopped talking about it since. Tea and cake in the pavilion",
          when="2028-03-04T14:00:00Z"),
       expect(IGN, "low", None, "none"), note="a croquet wicket (hoop)")
    SC("wicket-namesake-podcast-collapse", "namesake",
       tw("WicketPod_wic", "New episode of The Wicket is out 🎙️ we pick apart England's batting collapse in the warm-up game and pick our XI for the first Test in Hobart {url:https://thewicketpod.example/ep212}",
          when="2028-03-04T12:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a cricket podcast; 'collapse' is a safety keyword in recall week")
    SC("wicket-namesake-cat-paint-paw", "namesake",
       tw("amber_l_wic", "This is Wicket, our new rescue cat 🐾 in 48 hours she has knocked a tin of paint off the shelf in the shed and now has one white paw. no regrets apparently",
          when="2028-03-04T15:10:00Z"),
       expect(IGN, "low", "services", "none"), note="a cat called Wicket; 'paint' and 'tin' are services keywords")
    SC("wicket-spam-follower-selling", "spam",
       tw("boostup_wic", "Want an Insta that grows like Wicket's? 📈 5k REAL followers for £14.99, 100% safe, live in 24h. DM us now 🔥",
          when="2028-03-04T13:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("wicket-legal-trading-standards-trade-account", "legal-threat-not-urgent",
       tw("aaron_b_wic", "Reported Wicket to Trading Standards this morning. They charged my trade account twice for every order during Tuesday's outage, £1,284 extra, and the refund 'within 3 working days' has not come.",
          when="2028-03-04T09:45:33Z"),
       expect(RP, "high", "trade", "indirect"), note="a regulator complaint about his own money, brand named without a tag")
    SC("wicket-indirect-two-tills", "complaint-indirect",
       tw("kaz_ash_wic", "Wicket Holmbrook on a Saturday: 2 tills open out of 12, every self checkout needs 'assistance', queue back past the garden centre. 25 minutes to pay for a pack of rawlplugs",
          when="2028-03-04T11:05:21Z"),
       expect(RP, "normal", "store", "indirect"), note="her own wait in store, brand named without a tag")
    nora = tw("nora_b_wic", "where do you even get a hedge trimmer for one weekend? not buying one for a hedge I cut once a year", when="2028-03-04T12:10:00Z")
    SC("wicket-chatter-tool-hire-tip", "third-party-chatter",
       tw("femi_a_wic", "@nora_b_wic Wicket tool hire in Corrindale, about £20 a day plus a deposit, and they'll show you how to use it. did mine last summer",
          reply_to=nora, when="2028-03-04T12:31:48Z"),
       expect(MON, "low", "services", "third_party"), note="a stranger's advice in someone else's thread")
    SC("wicket-private-card-hire-deposit", "private-details",
       tw("paul_j_wic", f"@{B} tool hire at Stannerby took the £50 deposit twice for the floor sander. card 4111 1111 1111 1111, hire ref TH-20931. can you refund the second one please",
          when="2028-03-04T16:00:27Z"),
       expect(RV, "normal", "services", "direct"), note="a full card number and a hire reference in public")
    SC("wicket-repeat-cc-third-time", "repeat-contact",
       tw("shaun_p_wic", f"@{B} third time asking since monday. my click and collect order has said 'being picked' for five days, nobody answers DMs and Holmbrook says ring the careline. I need these tiles",
          when="2028-03-04T17:20:40Z"),
       expect(RP, "high", "orders", "direct"), note="the third contact about the same order")

    # ---- Sunday 5 March -----------------------------------------------------------------------------
    SC("wicket-praise-cc-sunday", "praise",
       tw("ade_oy_wic", f"@{B} click and collect ready in 20 minutes on a sunday morning, trolley waiting at the collection desk. new system finally behaving itself 👏",
          when="2028-03-05T09:15:06Z"),
       expect(RP, "low", "orders", "direct"))
    SC("wicket-hotline-praise-order-found", "public-hotline-number",
       tw("maya_o_wic", "whoever answered Wicket's 0808 157 0619 line at 8 this morning, thank you. found my 'lost' click and collect order in five minutes and had it ready when I got there",
          when="2028-03-05T10:02:44Z"),
       expect(RP, "low", "orders", "indirect"), strict=False, note="praise quoting the brand's own careline")
    SC("wicket-sarcasm-toilet-no-cistern", "sarcasm-customer",
       tw("hollie_p_wic", "nothing says relaxing sunday like Wicket delivering a toilet with no cistern and telling me the next delivery slot is in a fortnight 😌 can't wait to use the neighbours' for 2 weeks",
          when="2028-03-05T10:40:19Z"),
       expect(RP, "normal", "delivery", "indirect"), note="sarcasm about a delivery missing half the goods")
    SC("wicket-in-passing-weekend-decking", "complaint-in-passing",
       tw("josh_f_wic", f"weekend recap: twins' party, two 5am wake ups, car needs 4 tyres and @{B} delivered half my decking boards, the other half are 'in the system'. deck half built, kids fell asleep in the paddling pool box",
          when="2028-03-05T11:12:37Z"),
       expect(RP, "normal", "delivery", "indirect"), note="the brand tagged in the middle of a long weekend rant")
    SC("wicket-namesake-ewok-figure", "namesake",
       tw("des_w_wic", "Car boot find of the year: an original 1983 Wicket the Ewok figure, complete with his spear, for 50p 😍 the lady said 'it's just an old teddy'",
          when="2028-03-05T11:30:00Z"),
       expect(IGN, "low", None, "none"), note="the Star Wars figure")
    SC("wicket-spam-fake-giveaway", "spam",
       tw("megagive_wic", "🎁 GIVEAWAY 🎁 win a £1,000 Wicket gift card for your spring DIY 🛠️ follow, RT and enter your details here before midnight 👉 {url:https://wicket-spring-win.example/claim}",
          when="2028-03-05T12:00:00Z"),
       expect(IGN, "low", "trade", "indirect"), note="a fake giveaway using the brand's name")
    SC("wicket-spam-crypto-recovery", "spam",
       tw("chainfix_wic", "Paid a fake 'Wicket refund' site? 💸 Our certified blockchain agents get your money back in 24h. 100% success. DM now ✅",
          when="2028-03-05T12:30:00Z"),
       expect(IGN, "low", "trade", "indirect"), note="scam 'fund recovery' riding on the outage")
    SC("wicket-common-barn-wicket-door", "common-word",
       tw("OldHallMus_wic", "Open again from next weekend 🐖 Look out for the wicket door in the big barn doors: original 1740s oak, still swinging on its hand-forged hinges",
          when="2028-03-05T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="a wicket door, set in a bigger barn door")
    SC("wicket-namesake-lane-house-kitchen", "namesake",
       tw("KendallPry_wic", "New to the market 🏡 3 bed semi on Wicket Lane, Holmbrook. Kitchen and bathroom refitted in 2027, south facing garden, walk to the primary school. Viewings from Monday",
          when="2028-03-05T14:00:00Z"),
       expect(IGN, "low", "fitting", "none"), note="a house on Wicket Lane; 'kitchen' and 'bathroom' are fitting keywords")
    SC("wicket-namesake-inn-sunday-roast", "namesake",
       tw("WicketInn_wic", "Sunday roasts are on at the Wicket Inn 🍖 beef, lamb or nut roast, and the fire's lit. Book a table or chance it",
          when="2028-03-05T10:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="the village pub; 'fire' is a safety keyword")
    SC("wicket-common-keep-wicket", "common-word",
       tw("kyle_d_wic", "cricket club says they're short and asked if I'll keep wicket this summer because 'you're a goalie, same thing'. it is not the same thing",
          when="2028-03-05T16:00:00Z"),
       expect(IGN, "low", None, "none"), note="keeping wicket in cricket")
    SC("wicket-question-saturday-delivery", "question",
       tw("owen_r_wic", f"@{B} do you deliver plasterboard on saturdays? need 20 sheets dropped at a job in Holmbrook next weekend and the website only shows weekday slots",
          when="2028-03-05T15:05:30Z"),
       expect(RP, "normal", "delivery", "direct"))
    SC("wicket-private-dob-trade-card", "private-details",
       tw("ian_c_wic", f"@{B} trade card sign-up bounced again, 'identity not verified'. DOB 21/06/1984, company number 09912345, email ian@corbettkitchens.example. second form I've filled in to open a trade account, what else do you need?",
          when="2028-03-05T08:40:22Z"),
       expect(RV, "normal", "trade", "direct"), note="a date of birth and an email address in public")
    SC("wicket-question-trade-card-self-checkout", "question",
       tw("lewis_g_wic", f"@{B} can I use my trade card on the self checkouts now or is it still only at the trade counter? and does the trade discount come off automatically?",
          when="2028-03-05T16:30:12Z"),
       expect(RP, "normal", "trade", "direct"))
    SC("wicket-complaint-paint-mint-green", "complaint-direct",
       tw("zoe_m_wic", f"@{B} asked the paint counter at Corrindale for 5 litres of sage green and it's come out minty toothpaste. two walls done before I noticed in daylight. can you remix it?",
          when="2028-03-05T11:45:58Z"),
       expect(RP, "normal", "services", "direct"))
    SC("wicket-html-collection-email", "html-entities",
       tw("sue_k_wic", f"@{B} your collection email says 'Hi &lt;img src=x onerror=alert(1)&gt;, your order is ready!' but the store says it isn't. is my account hacked or is it your new system?",
          when="2028-03-05T17:10:40Z"),
       expect(RP, "normal", "orders", "direct"), note="hostile HTML in the brand's own email, quoted and delivered escaped")
    return brand


BRANDS["wicket-diy"] = ("WicketDIY", 4778901245, build_wicket_diy)
