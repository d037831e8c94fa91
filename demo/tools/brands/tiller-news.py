# The Tiller (Tiller News): a made-up regional daily newspaper and news website for the made-up
# port town of Harbourne and its neighbours Dunmarsh, Stonegate, Kelby Wells, Saltcote and
# Westerleigh on the Wyre coast: a printed paper delivered by paper boys and girls and sold in
# newsagents, print and digital subscriptions behind a paywall, an app with an e-edition,
# newsletters, puzzles and prize crosswords, comments under stories, and adverts, classifieds and
# family notices (births, anniversaries, death notices). Its own account posts its stories, so
# plenty of posts only share or argue about the news: chatter, not cases.
# "Tiller" is also an ordinary word (a boat's steering lever, "a steady hand on the tiller", and
# a garden rotavator) and a name: Tiller Sailing Club, The Tiller pub on Harbourne quay with its
# quiz night, the singer Rosa Tiller, the cricketer Jack Tiller and Tiller Garden Machinery. None
# of them is the newspaper.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 12 June 2028: on Monday the Tiller runs a court report about a Daniel Hesketh with a photo of
# the wrong man, Dan Hesketh, a Dunmarsh plumber. On Tuesday Dan and his family are threatened,
# his address is posted in the comments and a brick comes through his window; the paper
# apologises. On Wednesday texts and fake accounts use the Tiller's name to phish for card
# details, and the reporter and a photographer are threatened. On Thursday a paper boy is knocked
# off his bike on his round, a paper girl is bitten by a dog, a health column tells readers on
# blood thinners to skip a dose, papers pile up on an old woman's step, and death notices are
# misprinted. On Saturday a printing press breakdown means no paper for most of the morning, and
# the app and e-edition go down with it; a cover-mounted cereal bar has no allergy label. Sunday:
# papers still missing for some, praise, boats and rotavators.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account,
# customer and card number, phone number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_tiller_news():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tiller-news", SCEN_DIR / "tiller-news.plan.toml", "TillerNews", 6278901245, 1861220000000006701)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-06-12T05:30:00Z")
    B = "TillerNews"
    user(B, "The Tiller", 6278901245,
         "The Tiller 📰 news for Harbourne, Dunmarsh, Stonegate and the Wyre coast since 1871. Reader help "
         "(subscriptions, delivery, notices) 7am–7pm: 0808 157 0674. We never ask for card details by text or DM.",
         58_300, following=1_900, tweets=96_400, listed=610, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11840100000 + _n[0] * 4129, bio, followers, **kw)

    person("veg_pat_til", "Pat Brennan", "Allotment 14, Dunmarsh. Spuds, beans, bad back.", 210)
    person("gull_tce_til", "Moira Quayle", "Gull Terrace, Harbourne. Crossword before breakfast.", 140)
    person("sam_okoro_til", "Sam Okoro", "Harbourne. Nurse. Reads the news on night shifts.", 380)
    person("holly_v_til", "Holly Vickers", "Stonegate. Two kids, one caravan, zero sleep.", 290)
    person("xword_bev_til", "Bev Lintott", "Cryptic crossword addict. Retired maths teacher.", 460)
    person("punster_ray_til", "Ray Tolland", "Puns, pints and a small boat. Harbourne.", 720)
    person("TillerSailClub", "Tiller Sailing Club", "Dinghy racing on the Wyre estuary since 1923 ⛵ Juniors welcome.", 2_300)
    person("wordy_gran_til", "Gwen Ashby", "Gran of six. Word games. My grandson set this up.", 60)
    person("quay_dave_til", "Dave Rudd", "Harbourne born. Says what he thinks.", 330)
    person("giulia_m_til", "Giulia Marchetti", "Veneziana a Harbourne. Enigmista.", 190)
    person("ken_p_til", "Ken Pruett", "Westerleigh. Retired. On hold somewhere.", 80)
    person("WyreRadio_til", "Wyre Coast Radio", "News, travel and weather for Harbourne and the Wyre coast. On the hour.",
           21_600, following=640, verified=True)
    person("dan_hesketh_til", "Dan Hesketh", "Plumbing & heating, Dunmarsh. 20 years. Gas Safe.", 410)
    person("jo_hesketh_til", "Jo Hesketh", "Dunmarsh. Mum of two. Teaching assistant.", 350)
    person("nina_p_til", "Nina Petrakis", "Dunmarsh. Kind is cool.", 620)
    person("lou_fisher_til", "Lou Fisher", "Saltcote. Reads the comments so you don't have to.", 280)
    person("marc_d_til", "Marc Dyson", "Dunmarsh. Dad. Fixing the house one room a year.", 240)
    person("tash_b_til", "Tash Bell", "Dunmarsh. Primary teacher. Tea, books, rain.", 310)
    person("eileen_w_til", "Eileen Watts", "Westerleigh.", 30)
    person("jonas_k_til", "Jonas Krüger", "Aus Kiel, wohne in Stonegate. Schiffsingenieur.", 170)
    person("frank_x_til", "Frank Oyelaran", "Prize crossword entrant since 1998. No wins. Yet.", 150)
    person("rosa_fan_til", "Mia Hart", "Rosa Tiller fan account 🎶 not affiliated", 4_100)
    person("htfc_ultra_til", "Gary Noakes", "Harbourne Town in winter, Harbourne CC in summer.", 1_200)
    person("jen_w_til", "Jen Walsh", "Kelby Wells. Practice manager. Suspicious of texts.", 260)
    person("brian_c_til", "Brian Colley", "Saltcote. 76. My granddaughter says I should be on here.", 40)
    person("TillerSupport1", "The Tiller Support ✅", "Official Tiller reader support 24/7 ✅ subscriptions, refunds, payments. DM us",
           36, following=4_800)
    person("fundback_til", "FundBack Recovery ✅", "Certified scam & crypto recovery. 100% success. No win no fee ✅", 6_900, following=5_000)
    person("winbig_til", "Win Big UK 🎁", "Daily giveaways 🎁 Follow to win 🎉", 2_800, following=4_900)
    person("shaun_pk_til", "Shaun Pike", "Dunmarsh. Don't @ me.", 90)
    person("ron_gibb_til", "Ron Gibbons", "Stonegate. Private man. Keep off my land.", 45)
    person("sue_m_til", "Sue Marsden", "Harbourne. Dog, rug, wine. In that order.", 230)
    person("amelie_r_til", "Amélie Rousseau", "Nantaise à Harbourne. Infirmière.", 200)
    person("lucia_g_til", "Lucía Gómez", "Malagueña en Kelby Wells. Profe de español.", 240)
    person("devnull_til", "Priya Kaur", "Web developer. I read your email templates.", 1_600)
    person("claire_f_til", "Claire Fontaine", "Lilloise à Saltcote. Camping, vélo, café.", 180)
    person("kerry_h_til", "Kerry Hughes", "Stonegate. Mum of Liam (14) and Ava (9).", 210)
    person("sanne_b_til", "Sanne de Boer", "Uit Groningen, woont in Kelby Wells. Moeder van twee.", 150)
    person("tom_g_til", "Tom Gale", "Westerleigh. Son, carer, worrier.", 190)
    person("val_n_til", "Val Norris", "Harbourne. Keeps an eye on the street.", 120)
    person("anne_r_til", "Anne Rowley", "Stonegate. Daughter. Sorting everything.", 160)
    person("marco_b_til", "Marco Bellini", "Napoletano a Kelby Wells. Cuoco.", 220)
    person("pieter_v_til", "Pieter Visser", "Harbourne haven. Loods. Leest de krant op zijn telefoon.", 140)
    person("rita_g_til", "Rita Gallagher", "Harbourne. Proud granddaughter.", 270)
    person("MediaWatch_til", "MediaWatch UK", "News about the news: press, broadcasting, regulation.", 88_000,
           following=1_100, listed=900, verified=True)
    person("cass_merrow_til", "Cass Merrow", "Crime novelist. The Saltmarsh books. Harbourne girl at heart. Views mine.",
           820_000, following=1_300, listed=4_100, verified=True)
    person("nomad_ben_til", "Ben Loxley", "Harbourne. Reads the news on the bus.", 340)
    person("lily_p_til", "Lily Penrose", "Mum of Orla, 2 weeks old and already in charge.", 260)
    person("ines_c_til", "Inês Carvalho", "Do Porto para Stonegate. Filha.", 130)
    person("marta_k_til", "Marta Kowalska", "Z Gdańska do Dunmarsh. Księgowa.", 160)
    person("gareth_t_til", "Gareth Tonks", "Harbourne. Retired bank clerk. I keep every letter.", 190)
    person("lee_r_til", "Lee Rafferty", "Saltcote. Scaffolder. Short fuse, long days.", 110)
    person("allot_al_til", "Al Dempsey", "Allotments and angry about engines.", 170)
    person("TillerGardenCo", "Tiller Garden Machinery", "Tillers, mowers and strimmers built to last. Spares and service.", 3_900)
    person("TillerQuayPub", "The Tiller, Harbourne Quay", "Freehouse on the quay since 1788. Quiz Fridays, crab sandwiches, dogs welcome 🍻",
           2_700)
    person("hugh_pen_til", "Hugh Penhale", "Harbourne. Collector of other people's letters.", 380)
    person("rob_sec_til", "Rob Tate", "Security tester. I read page source for fun.", 2_200)
    person("mags_l_til", "Maggie Lowe", "Harbourne. Daughter of a fisherman.", 120)
    person("cryptic_jo_til", "Jo Amberley", "Crosswords, cats and cold tea.", 540)
    person("stan_q_til", "Stan Quirke", "Harbourne. Saturday paper man.", 150)
    person("dee_r_til", "Dee Rankin", "Dunmarsh. Weekends are for the paper and a fry-up.", 290)
    person("mel_o_til", "Mel Ormerod", "Stonegate. Living the dream (it's raining).", 430)
    person("joana_s_til", "Joana Santos", "Lisboeta em Dunmarsh. Enfermeira.", 190)
    person("uwe_s_til", "Uwe Schmidt", "Harbourne. Ingenieur im Ruhestand. Liest Zeitung.", 120)
    person("gemma_tv_til", "Gemma Lyle", "Saturday Kitchen-ish presenter. Harbourne girl. Tea, toast, the papers. Views my own.",
           950_000, following=1_500, listed=3_800, verified=True)
    person("neil_h_til", "Neil Hartley", "Harbourne. Knows everybody's business.", 300)
    person("gaz_r_til", "Gaz Rooney", "Harbourne Town till I die. Sport pages first.", 260)
    person("barb_r_til", "Barbara Reece", "Dunmarsh. Shares the useful stuff.", 140)
    person("kev_s_til", "Kev Stott", "Stonegate. Fed up and hungry.", 95)
    person("amy_f_til", "Amy Fenwick", "Kelby Wells. Mum of Josh (8, nut allergy, EpiPen always).", 320)
    person("phil_m_til", "Phil Moran", "Harbourne. Quay Street regular.", 210)
    person("jan_o_til", "Jan Okafor", "Harbourne. Pays for 7 days a week.", 130)
    person("terry_w_til", "Terry Walsh", "Westerleigh. Retired. Patient, up to a point.", 70)
    person("beth_g_til", "Beth Grey", "Dunmarsh. Coffee first.", 380)
    person("sal_w_til", "Sal Whitley", "Dunmarsh. Beth's neighbour and partner in complaint.", 250)
    person("rhys_ap_til", "Rhys ap Gwilym", "Saltcote. Cymro. Athro.", 230)
    person("grow_it_til", "Dora Fitch", "Raised beds and a temperamental rotavator.", 410)
    person("callum_j_til", "Callum Jarvis", "Harbourne. Electrician. Still can't swim.", 280)

    # ---- Monday 12 June: an ordinary Monday, and a court report ---------------------------
    SC("tiller-common-rotavator-veg-patch", "common-word",
       tw("veg_pat_til", "borrowed my brother's old petrol tiller to break up the new veg patch at the allotment. 20 minutes in and the tiller is winning. arms like jelly 💪🥔",
          when="2028-06-12T06:12:40Z"),
       expect(IGN, "low", None, "none"), note="a garden rotavator", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names The Tiller in a post to everyone | general chatter about the brand")
    moira = tw("gull_tce_til", f"@{B} no paper on the mat again this morning. Is the paper boy still doing Gull Terrace, or have we been forgotten? Harbourne, paid up to the end of the month",
               when="2028-06-12T06:48:11Z")
    SC("tiller-complaint-no-paper-gull-terrace", "complaint-direct", moira, expect(RP, "normal", "delivery", "direct"))
    moira_brand = tw(B, "@gull_tce_til Sorry Moira, I've checked with the Harbourne depot: the round was short-staffed this morning. Yours is on its way now and should be with you by 8.",
                     reply_to=moira, when="2028-06-12T07:02:35Z")
    SC("tiller-thread-soggy-but-here", "thread-with-brand",
       tw("gull_tce_til", "it's here, a bit soggy round the edges but here 😅 thanks for chasing it so fast",
          reply_to=moira_brand, when="2028-06-12T08:05:52Z"),
       expect(RP, "low", "delivery", "direct"), note="thanks in the brand's thread, no @")
    SC("tiller-complaint-charged-twice-digital", "complaint-direct",
       tw("sam_okoro_til", f"@{B} I've been charged twice for my digital subscription this month, £7.99 on the 1st and again on the 3rd. Can one of them be refunded please?",
          when="2028-06-12T07:20:04Z"),
       expect(RP, "normal", "subscriptions", "direct"))
    SC("tiller-question-holiday-stop", "question",
       tw("holly_v_til", f"@{B} how do I put a holiday stop on our paper delivery? Away 24 June to 8 July and I don't want a fortnight of papers on the doorstep telling the whole street we're out",
          when="2028-06-12T08:31:26Z"),
       expect(RP, "normal", "delivery", "direct"))
    bev = tw("xword_bev_til", "Love that the Tiller printed Saturday's cryptic crossword with Friday's grid. Two hours of my weekend I'll never get back. Marvellous work 👏",
             when="2028-06-12T09:10:47Z")
    SC("tiller-sarcasm-crossword-wrong-grid", "sarcasm-customer", bev, expect(RP, "normal", "puzzles", "indirect"),
       note="praise words meaning the opposite; brand named without a tag")
    SC("tiller-joke-hand-on-the-tiller", "joke-bystander",
       tw("punster_ray_til", "@xword_bev_til sounds like nobody had a hand on the tiller that night 🚣 steer it back on course lads",
          reply_to=bev, when="2028-06-12T09:26:13Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("tiller-namesake-sailing-club-regatta", "namesake",
       tw("TillerSailClub", "Tiller Sailing Club regatta this Saturday on the estuary ⛵ Helms' briefing 9am at the clubhouse, first gun 10:30. Results in Monday's paper, fingers crossed for the juniors!",
          when="2028-06-12T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="the sailing club; 'Monday's paper' sounds like the business")
    puzzles = tw(B, "New on our puzzles page from today: Wyreword, a daily word game in the Tiller app, alongside the cryptic and quick crosswords 🧩 {url:https://tiller.example/puzzles}",
                 when="2028-06-12T10:30:00Z")
    SC("tiller-q-reply-word-game-free", "question-in-reply-to-brand",
       tw("wordy_gran_til", "is Wyreword free or do I need a subscription for it? I only get the Saturday paper from the shop on the corner",
          reply_to=puzzles, when="2028-06-12T10:52:38Z"),
       expect(RP, "normal", "subscriptions", "direct"), note="a question under the brand's post, no @")
    court = tw(B, "Dunmarsh man Daniel Hesketh, 41, admits stealing £38,000 from two elderly neighbours he helped with their shopping. He will be sentenced next month. {url:https://tiller.example/news/dunmarsh-hesketh}",
               when="2028-06-12T12:15:00Z")
    SC("tiller-brand-own-court-report", "brand-own-post", court, expect(IGN, "low", None, "none"),
       note="the paper's own story (the one with the wrong photo)")
    SC("tiller-chatter-reply-to-court-story", "chatter-monitor",
       tw("quay_dave_til", "scumbag. 38 grand off two pensioners who trusted him. hope they throw away the key",
          reply_to=court, when="2028-06-12T12:40:19Z"),
       expect(MON, "low", None, "direct"),
       note="replies to the brand's post, so direct, but it argues about the news: nothing to answer", known_miss="round 15, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got high; the engine read: replies to @TillerNews: the customer is talking to the brand | complaint (0.01) | rude, but still a customer with a problem")
    SC("tiller-it-cruciverba-griglia", "non-english",
       tw("giulia_m_til", f"@{B} Buongiorno, nel cruciverba di sabato la soluzione del 12 orizzontale non entra nella griglia: ci sono due caselle in più. Errore di stampa?",
          lang="it", when="2028-06-12T13:30:55Z"),
       expect(RP, "normal", "puzzles", "direct"), note="Italian: a misprinted crossword")
    SC("tiller-hotline-holiday-stop-on-hold", "public-hotline-number",
       tw("ken_p_til", "Rang the Tiller on 0808 157 0674 to put a holiday stop on our paper delivery. 40 minutes on hold, then cut off. Twice.",
          when="2028-06-12T15:05:21Z"),
       expect(RP, "normal", "delivery", "indirect"), strict=False,
       note="the number is the paper's own reader helpline, not the customer's")
    SC("tiller-news-reporter-shortlisted", "news-monitor",
       tw("WyreRadio_til", "The Tiller's Kate Mercer has been shortlisted for regional journalist of the year for her investigation into unsafe cladding on three Harbourne tower blocks. {url:https://wyreradio.example/news/mercer-shortlist}",
          when="2028-06-12T17:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news about the paper; 'unsafe' is the story's subject, not a risk to anyone now")

    # ---- Tuesday 13 June: the wrong man ------------------------------------------------
    dan = tw("dan_hesketh_til", f"@{B} you've put MY photo on your story about Daniel Hesketh the thief. I'm a plumber in Dunmarsh, never been in court in my life. Since last night: death threats, THIEF sprayed on my van, people in your comments posting where I live. My kids are scared. Take it down",
             when="2028-06-13T07:05:12Z")
    SC("tiller-safety-wrong-man-death-threats", "safety-urgent", dan, expect(RP, "urgent", "safety", "direct"),
       note="a man wrongly pictured in a story, threatened and doxxed in the comments")
    dan_brand = tw(B, "@dan_hesketh_til Dan, we are so sorry. The photo is down and comments on the story are closed. Our editor is calling you now. If anyone comes to the house or you feel in danger, please call 999 straight away.",
                   reply_to=dan, when="2028-06-13T07:14:40Z")
    SC("tiller-brand-reply-dan-photo-down", "brand-own-post", dan_brand, expect(IGN, "low", "safety", "none"))
    SC("tiller-safety-lou-reports-doxxing", "safety-urgent",
       tw("lou_fisher_til", f"@{B} people in the comments under your Hesketh story are posting where he lives and threatening to pay him a visit. It's the wrong man! He's in danger and his kids are scared. Who moderates this?",
          when="2028-06-13T07:09:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a reader reporting a threatened, doxxed man")
    SC("tiller-de-zeitung-nicht-geliefert", "non-english",
       tw("jonas_k_til", f"@{B} Guten Morgen, heute wurde die Zeitung schon wieder nicht geliefert, zum dritten Mal in zwei Wochen. Die Zustellung in Stonegate klappt einfach nicht. Was ist da los?",
          lang="de", when="2028-06-13T07:45:02Z"),
       expect(RP, "high", "delivery", "direct"), note="German: the third missed paper in two weeks", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @TillerNews | a question | topic delivery: 'nicht geliefert', 'zustellung'")
    SC("tiller-thread-dan-car-outside", "thread-with-brand",
       tw("dan_hesketh_til", "photo's off your website but it's all over facebook now. a car's been parked outside the house for an hour and the kids are terrified. I don't feel safe leaving them here",
          reply_to=dan_brand, when="2028-06-13T08:40:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="back in the brand's thread without @; the danger is still there")
    jo = tw("jo_hesketh_til", "Someone just put a brick through our front window. My husband is NOT the man in the Tiller's story, they used his photo by mistake. We have two little kids in this house. Please share and please stop.",
            when="2028-06-13T09:05:48Z")
    SC("tiller-safety-brick-through-window", "safety-urgent", jo, expect(RP, "urgent", "safety", "indirect"),
       note="the family attacked because of the paper's mistake; brand named without a tag")
    SC("tiller-chatter-front-page-correction", "third-party-chatter",
       tw("nina_p_til", "@jo_hesketh_til so sorry this is happening to you all. Sharing. The Tiller needs to print a correction on the front page, not tuck it away on page 23",
          reply_to=jo, when="2028-06-13T09:30:16Z"),
       expect(MON, "low", "editorial", "third_party"), note="a stranger's support and advice in someone else's thread")
    SC("tiller-private-cancel-late-husband", "private-details",
       tw("eileen_w_til", f"@{B} please cancel my husband's subscription. He passed away in May and the paper still comes for him every morning. Customer no. TL-448213, 14 Anchor Row, Westerleigh WL3 7QP. I can't face ringing",
          when="2028-06-13T10:10:37Z"),
       expect(RV, "normal", "subscriptions", "direct"), note="a customer number and a home address in public; a bereavement, not a danger")
    apology = tw(B, "We got this badly wrong. Our report on Daniel Hesketh, 41, of Saltcote used a photo of the wrong man, Dan Hesketh of Dunmarsh, who has nothing to do with it. We've removed it and closed comments. A correction and a public apology run on tomorrow's front page. We are sorry, Dan.",
                 when="2028-06-13T11:00:00Z")
    SC("tiller-brand-own-apology", "brand-own-post", apology, expect(IGN, "low", "editorial", "none"))
    SC("tiller-repost-apology", "repost", tw("nina_p_til", "", retweet=apology, when="2028-06-13T11:08:44Z"),
       expect(IGN, "low", "editorial", "indirect"))
    SC("tiller-quote-dan-correction-not-enough", "quote",
       tw("dan_hesketh_til", "'a correction and a public apology'. I've had my face next to the word THIEF for two days. a correction doesn't wash the paint off my van or stop the calls at 2am",
          quote=apology, when="2028-06-13T12:30:09Z"),
       expect(RP, "high", "editorial", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his third contact, about the correction; the threats are already with the safety desk")
    marc = tw("marc_d_til", "did you see what happened to Dan Hesketh? the poor bloke fixed our boiler last winter", when="2028-06-13T13:00:00Z")
    SC("tiller-venting-cancelled-over-dan", "third-party-venting",
       tw("tash_b_til", "@marc_d_til awful. the Tiller put his face on a thief's story and now people are hounding him. I've cancelled our subscription over it, 20 years we've had that paper",
          reply_to=marc, when="2028-06-13T13:20:51Z"),
       expect(MON, "low", "subscriptions", "third_party"), note="a reader venting to a friend, brand not tagged: don't butt in")
    SC("tiller-question-prize-crossword-winners", "question",
       tw("frank_x_til", f"@{B} when do you announce the prize crossword winners? I sent mine in three weeks ago and haven't seen a name in the paper since",
          when="2028-06-13T14:10:24Z"),
       expect(RP, "normal", "puzzles", "direct"))
    SC("tiller-namesake-singer-rosa", "namesake",
       tw("rosa_fan_til", "ROSA TILLER HAS ANNOUNCED A HARBOURNE PAVILION DATE 😭🎶 front row or I'm not going. tickets Friday 9am",
          when="2028-06-13T16:00:00Z"),
       expect(IGN, "low", None, "none"), note="the singer, in capitals")
    SC("tiller-common-steady-hand-manager", "common-word",
       tw("htfc_ultra_til", "Whoever takes over at Harbourne Town needs a steady hand on the tiller. Three managers in a year and we only stayed up on the last day.",
          when="2028-06-13T19:30:42Z"),
       expect(IGN, "low", None, "none"), note="a figure of speech in a post that reads like the sports pages", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names The Tiller in a post to everyone | general chatter about the brand")

    # ---- Wednesday 14 June: a phishing wave; threats against the paper's people --------
    jen = tw("jen_w_til", f"@{B} got a text saying my Tiller subscription payment failed and I need to update my card at tiller-renew.example within 24 hours. Is this you? Looks dodgy",
             when="2028-06-14T07:30:15Z")
    SC("tiller-question-phishing-text", "question", jen, expect(RP, "normal", "subscriptions", "direct"),
       note="checking a text before acting on it: no money lost")
    SC("tiller-spam-fake-support-reply", "spam",
       tw("TillerSupport1", "@jen_w_til Hi Jen 👋 Tiller subscriptions team here ✅ we can fix your failed payment now. Just DM us your card number, expiry and the 3 digits on the back to verify 🙏",
          reply_to=jen, when="2028-06-14T07:50:38Z"),
       expect(IGN, "low", "subscriptions", "third_party"), note="an impersonator fishing for card details under a customer's post")
    SC("tiller-private-fraud-card-phone", "private-details",
       tw("brian_c_til", f"@{B} I clicked the link in your 'payment failed' email and put in my card, 4012 8888 8888 1881. This morning £640 has gone out of my account. Please ring me on 07700 900562, I'm 76 and I don't know what to do",
          when="2028-06-14T08:20:06Z"),
       expect(RV, "high", "subscriptions", "direct"), note="money lost to fraud in the paper's name, with a card number and a phone number in public")
    SC("tiller-legal-dan-defamation-ipso", "legal-threat-not-urgent",
       tw("dan_hesketh_til", f"@{B} I've instructed a solicitor. You put my face next to a thief's name and I've lost three jobs this week. Expect a letter about defamation, and my complaint to IPSO went in last night.",
          when="2028-06-14T09:00:31Z"),
       expect(RP, "high", "editorial", "direct"), note="a legal and regulator threat: strong, not urgent")
    scam = tw(B, "⚠️ Scam warning: texts and emails saying your Tiller subscription payment has failed are NOT from us. We never ask for card details by text, email or DM. If you've entered yours, call your bank now, then us on 0808 157 0674.",
              when="2028-06-14T09:30:00Z")
    SC("tiller-brand-own-scam-warning", "brand-own-post", scam, expect(IGN, "low", "subscriptions", "none"))
    SC("tiller-fr-preleve-deux-fois", "non-english",
       tw("amelie_r_til", f"@{B} Bonjour, on m'a prélevé deux fois l'abonnement numérique ce mois-ci (7,99 £ le 1er et le 3). Pouvez-vous me rembourser une des deux fois ?",
          lang="fr", when="2028-06-14T10:15:29Z"),
       expect(RP, "normal", "subscriptions", "direct"), note="French: the digital subscription taken twice")
    SC("tiller-es-sms-estafa", "non-english",
       tw("lucia_g_til", f"@{B} Hola, me ha llegado un SMS diciendo que el pago de mi suscripción ha fallado y que ponga mi tarjeta en un enlace. ¿Es una estafa o sois vosotros?",
          lang="es", when="2028-06-14T11:10:47Z"),
       expect(RP, "normal", "subscriptions", "direct"), note="Spanish: is the text a scam?")
    SC("tiller-spam-scam-recovery", "spam",
       tw("fundback_til", "Lost money to the Tiller subscription text scam? 💸 Our certified recovery agents get your money back in 24 hours. 100% success, no upfront fee. DM us now ✅",
          when="2028-06-14T12:00:00Z"),
       expect(IGN, "low", "subscriptions", "indirect"), note="'fund recovery' riding on the scam")
    SC("tiller-html-newsletter-raw-template", "html-entities",
       tw("devnull_til", f"@{B} today's morning newsletter came through as &lt;table&gt;&lt;tr&gt;&lt;td&gt;{{{{story_1_title}}}}&lt;/td&gt;&lt;/tr&gt; and nothing else. Is that your end or mine?",
          when="2028-06-14T13:15:08Z"),
       expect(RP, "normal", "digital", "direct"), note="a broken newsletter template, delivered escaped")
    SC("tiller-spam-giveaway-tablets", "spam",
       tw("winbig_til", f"🎁 GIVEAWAY 🎁 The Tiller is 157 years old and giving away 50 tablets + a FREE year's subscription! Follow, repost and tag @{B} to enter 👉 {{url:https://tiller-prizes.example/win}}",
          when="2028-06-14T14:00:00Z"),
       expect(IGN, "low", "subscriptions", "indirect"), note="a fake giveaway in the paper's name")
    SC("tiller-threat-reporter-watch-her-back", "threat-urgent",
       tw("shaun_pk_til", f"That Kate Mercer who wrote the Hesketh story wants to watch her back. Plenty of us know where she drinks and what car she drives. @{B}",
          when="2028-06-14T15:30:26Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat against a reporter")
    SC("tiller-threat-photographer-legs", "threat-urgent",
       tw("ron_gibb_til", f"@{B} if your photographer comes near my house again for that planning story I'll smash his camera and break his legs. Leave my family alone.",
          when="2028-06-14T16:40:53Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against a photographer, with a grievance: only the priority is strict")
    SC("tiller-in-passing-wednesday-number-41", "complaint-in-passing",
       tw("sue_m_til", f"Wednesday: bin men skipped our road, the dog was sick on the new rug, and @{B} delivered my paper to number 41 again. She doesn't even want it. Wine o'clock.",
          when="2028-06-14T18:05:14Z"),
       expect(RP, "normal", "delivery", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("tiller-fr-commentaires-racistes", "non-english",
       tw("claire_f_til", f"@{B} Les commentaires sous votre article sur le camping de Saltcote sont pleins d'insultes racistes depuis ce matin. Il n'y a pas de modérateurs ?",
          lang="fr", when="2028-06-14T20:10:39Z"),
       expect(RP, "normal", "comments", "direct"), note="French: racist comments left up")

    # ---- Thursday 15 June: a paper boy hurt; health column; notices -------------------
    SC("tiller-nl-bezorger-gebeten", "non-english",
       tw("sanne_b_til", f"@{B} Goedemorgen, mijn dochter (13) bezorgt jullie krant in Kelby Wells en is vanochtend gebeten door een hond op Harbour View. Ze is gewond aan haar hand. Wie kan ik bellen?",
          lang="nl", when="2028-06-15T06:50:21Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a paper girl bitten by a dog on her round")
    kerry = tw("kerry_h_til", f"@{B} my 14 year old was knocked off his bike doing your paper round on Marsh Lane this morning. He's in A&amp;E with his wrist, the driver didn't stop, and nobody from the Tiller has even rung me",
               when="2028-06-15T07:10:45Z")
    SC("tiller-safety-paper-boy-knocked-off", "safety-urgent", kerry, expect(RP, "urgent", "safety", "direct"),
       note="a delivery child hurt on his round, hit and run")
    kerry_brand = tw(B, "@kerry_h_til Kerry, I'm so sorry. I've told our distribution manager, Paul, and he's ringing you now. Please tell us how Liam is doing, and if you got the car's details, the police will want them.",
                     reply_to=kerry, when="2028-06-15T07:25:10Z")
    SC("tiller-pl-gazeta-nie-dotarla", "non-english",
       tw("marta_k_til", f"@{B} Dzień dobry, gazeta znowu nie dotarła dziś do Dunmarsh. Czy roznosiciel jest chory? Płacę za doręczenie co tydzień.",
          lang="pl", when="2028-06-15T07:30:02Z"),
       expect(RP, "normal", "delivery", "direct"), note="Polish: no paper again")
    SC("tiller-it-giornale-non-arrivato", "non-english",
       tw("marco_b_til", f"@{B} Buongiorno, anche oggi il giornale non è arrivato a Kelby Wells, seconda volta questa settimana. Chi si occupa della consegna qui?",
          lang="it", when="2028-06-15T08:05:33Z"),
       expect(RP, "normal", "delivery", "direct"), note="Italian: the paper missing twice this week")
    SC("tiller-safety-papers-piling-up-neighbour", "safety-urgent",
       tw("val_n_til", f"@{B} not sure who else to tell. My neighbour's papers have been piling up on her step since Monday. She's 90, lives alone and always takes it in by 8. Curtains still shut. Could your paper lad knock, or is there someone I should ring?",
          when="2028-06-15T08:40:17Z"),
       expect(RP, "urgent", "safety", "direct"), note="papers piling up on an old woman's step: she may have fallen; written calmly")
    SC("tiller-medical-health-column-warfarin", "medical-urgent",
       tw("tom_g_til", f"@{B} quick question. Your health column on Tuesday said people on blood thinners can skip a dose before dental work. My dad (79) has stopped his warfarin since reading it. Is that really what it meant?",
          when="2028-06-15T09:20:48Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a man has stopped his blood thinners because of the paper")
    anne = tw("anne_r_til", f"@{B} the death notice for my mum in today's paper gives her funeral as Friday 23rd. It's Thursday 22nd. Half of Stonegate reads your notices. We paid £86 for it. Please put it right before people miss her funeral",
              when="2028-06-15T10:00:26Z")
    SC("tiller-complaint-death-notice-wrong-date", "complaint-direct", anne, expect(RP, "high", "notices", "direct"),
       strict=False, note="a bereaved family and a wrong funeral date in front of the whole town: a strong complaint, though some would call it normal")
    anne_brand = tw(B, "@anne_r_til Anne, I'm so sorry, that's our mistake and at the worst time. The online notice is being corrected now, the printed one will run again correctly tomorrow and Saturday at no cost, and our notices team will ring you this afternoon.",
                    reply_to=anne, when="2028-06-15T10:20:41Z")
    SC("tiller-question-anniversary-notice", "question",
       tw("rita_g_til", f"@{B} can I put a notice in Saturday's paper for my grandparents' 60th wedding anniversary? What's the deadline and roughly what does it cost?",
          when="2028-06-15T11:45:09Z"),
       expect(RP, "normal", "notices", "direct"))
    SC("tiller-nl-app-inloggen", "non-english",
       tw("pieter_v_til", f"@{B} Al twee dagen krijg ik de foutmelding 'sessie verlopen' in de app en kan ik niet meer inloggen. Mijn abonnement is gewoon betaald.",
          lang="nl", when="2028-06-15T12:30:55Z"),
       expect(RP, "normal", "digital", "direct"), note="Dutch: cannot log in to the app")
    SC("tiller-news-ipso-complaint", "news-monitor",
       tw("MediaWatch_til", "Regional daily The Tiller faces an IPSO complaint after putting a photo of the wrong man on a court report. Its editor told us: 'We got it badly wrong and we are putting it right.' {url:https://mediawatch.example/tiller-hesketh}",
          when="2028-06-15T13:00:00Z"),
       expect(MON, "low", "editorial", "indirect"), note="news about the paper: monitor")
    SC("tiller-indirect-birth-announcement-misspelt", "complaint-indirect",
       tw("lily_p_til", "The Tiller spelt our daughter's name wrong in her birth announcement. Orla, not Oral. We paid £45 and it's the one cutting we'll keep forever 😩",
          when="2028-06-15T14:30:12Z"),
       expect(RP, "normal", "notices", "indirect"), note="her own complaint, brand named without a tag")
    SC("tiller-thread-kerry-paul-came-round", "thread-with-brand",
       tw("kerry_h_til", "Paul rang and came round with flowers. Wrist's broken, plaster for six weeks, Liam's home and mostly gutted he can't do the round. Thanks for sorting it so quick",
          reply_to=kerry_brand, when="2028-06-15T15:40:03Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread; the boy is home and the danger is over")
    SC("tiller-big-reach-novelist-double-charged", "big-reach",
       tw("cass_merrow_til", f"Signed up to the Tiller's £1 offer to read a story about my old school, cancelled the same day, and I've now been double charged £9.99 two months running. Not a great look, @{B}.",
          when="2028-06-15T16:20:34Z",
          metrics={"retweet_count": 640, "reply_count": 410, "like_count": 9_800, "quote_count": 70}),
       expect(RP, "high", "subscriptions", "indirect"), note="820k followers, a real billing complaint; the handle at the end")
    SC("tiller-pt-anuncio-falecimento", "non-english",
       tw("ines_c_til", f"@{B} Boa tarde. A minha mãe faleceu e o anúncio de falecimento saiu hoje com o apelido dela errado. Com quem posso falar para corrigir?",
          lang="pt", when="2028-06-15T17:30:28Z"),
       expect(RP, "normal", "notices", "direct"), note="Portuguese: a death notice with the surname wrong")
    SC("tiller-indirect-website-adverts", "complaint-indirect",
       tw("nomad_ben_til", "the tiller website is now so full of adverts and autoplay videos that I can't get through a single story on my phone without it jumping about. and I'm a paying subscriber",
          when="2028-06-15T19:00:51Z"),
       expect(RP, "normal", "digital", "indirect"), note="lower case, no tag, his own complaint")

    # ---- Friday 16 June -----------------------------------------------------------------
    SC("tiller-abuse-app-logged-out", "abuse-with-problem",
       tw("lee_r_til", f"@{B} your app is absolute garbage. Logged me out for the 5th time today, wants my password again, then says it's wrong. Sort it out you clowns",
          when="2028-06-16T08:15:40Z"),
       expect(RP, "high", "digital", "direct"), note="rude, but a real and repeated problem")
    SC("tiller-repeat-death-notice-still-wrong", "repeat-contact",
       tw("anne_r_til", "It's still wrong in the online notices this morning. You said it would be fixed by yesterday afternoon and nobody rang. The funeral is in six days.",
          reply_to=anne_brand, when="2028-06-16T09:10:22Z"),
       expect(RP, "high", "notices", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("tiller-legal-auto-renewal-trading-standards", "legal-threat-not-urgent",
       tw("gareth_t_til", f"@{B} you auto-renewed my annual subscription for £189 with no reminder email, after I'd asked to cancel in April. Refund it by Monday or it goes to Trading Standards and the small claims court.",
          when="2028-06-16T10:30:17Z"),
       expect(RP, "high", "subscriptions", "direct"), note="a regulator and court threat: strong, not urgent")
    SC("tiller-html-script-commenter-name", "html-entities",
       tw("rob_sec_til", f"@{B} a commenter under the Saltcote camping story is called &lt;script&gt;alert(document.cookie)&lt;/script&gt; and tapping their comment actually runs it. Your moderators might want to look at that",
          when="2028-06-16T11:20:46Z"),
       expect(RP, "normal", "comments", "direct"), note="hostile HTML in a report about the comments; it arrives escaped")
    SC("tiller-namesake-garden-machinery", "namesake",
       tw("allot_al_til", "@TillerGardenCo my T40 tiller was delivered with a bent tine and the drive belt has gone twice in a month. Warranty's 3 years. Who do I ring?",
          when="2028-06-16T12:00:08Z"),
       expect(IGN, "low", "delivery", "none"), note="a customer of Tiller Garden Machinery; 'delivered' sounds like the paper")
    SC("tiller-namesake-pub-quiz", "namesake",
       tw("TillerQuayPub", "Quiz night at The Tiller tonight from 8 🍻 Current affairs round this week, so read your papers! Two-for-one on Wyre Gold till 9 and the kitchen's open.",
          when="2028-06-16T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="the pub has the paper's exact name, and talks about reading the papers", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names The Tiller in a post to everyone | general chatter about the brand")
    SC("tiller-chatter-letters-page", "chatter-monitor",
       tw("hugh_pen_til", "Friday's Tiller letters page is a thing of beauty as ever: four letters about seagulls, one about bin day and a furious one about the font on the bus timetable 😂",
          when="2028-06-16T15:00:31Z"),
       expect(MON, "low", None, "indirect"), note="talk about the paper with nothing to answer", known_miss="round 15, not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: 'Friday's Tiller' is another entity, not the brand")
    SC("tiller-praise-notices-desk-sandra", "praise",
       tw("mags_l_til", f"@{B} thank you to Sandra on the notices desk, who helped me write Dad's death notice over the phone on Wednesday and was so patient with me. It's perfect.",
          when="2028-06-16T16:30:59Z"),
       expect(RP, "low", "notices", "direct"))
    SC("tiller-praise-cryptic-killing-me", "praise",
       tw("cryptic_jo_til", f"this week's cryptic crossword is killing me. 14 across has been staring at me since Tuesday. whoever sets these, never change 😂 @{B}",
          when="2028-06-16T18:00:24Z"),
       expect(RP, "low", "puzzles", "indirect"), note="'killing me' is a figure of speech: praise, not danger", known_miss="round 15, not met yet: priority: want \"low\", got normal; the engine read: tags @TillerNews in a post to everyone | describes their own experience | complaint (0.92) | topic puzzles: 'cryptic', 'crossword', 'crosswords'")

    # ---- Saturday 17 June: the press breaks down, the app goes with it -----------------
    status = tw(B, "Sorry: a printing press breakdown overnight means Saturday's paper deliveries are running hours behind in Harbourne, Dunmarsh and Stonegate, and newsagents are still waiting too. Our app and e-edition are also down. We're on it. Next update by 9am.",
                when="2028-06-17T06:40:00Z")
    SC("tiller-brand-own-press-breakdown", "brand-own-post", status, expect(IGN, "low", "delivery", "none"))
    stan = tw("stan_q_til", f"@{B} no paper delivered and the app's dead too. What's going on? Saturday's the one day I get to sit down with it",
              when="2028-06-17T06:55:19Z")
    SC("tiller-complaint-saturday-no-paper-no-app", "complaint-direct", stan, expect(RP, "high", "delivery", "direct"),
       note="the Saturday outage: no paper and no app")
    SC("tiller-repost-press-breakdown", "repost", tw("barb_r_til", "", retweet=status, when="2028-06-17T07:05:43Z"),
       expect(IGN, "low", "delivery", "indirect"))
    stan_brand = tw(B, "@stan_q_til Morning Stan, sorry. Our press broke down overnight, so papers are hours behind and the app is down too. We'll update by 9, and if yours hasn't come by 2pm we'll refund the day.",
                    reply_to=stan, when="2028-06-17T07:10:28Z")
    SC("tiller-sarcasm-well-worth-it", "sarcasm-customer",
       tw("dee_r_til", "cracking start to the weekend. no paper through the letterbox, nothing delivered to the newsagent either. cheers tiller, well worth £4.20 a week 🙃",
          when="2028-06-17T07:30:36Z"),
       expect(RP, "high", "delivery", "indirect"), note="sarcasm in lower case during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: names The Tiller in a post to everyone | sarcasm (irony 0.41) from a customer: a complaint | topic delivery: 'no paper', 'letterbox', 'deliver', 'delivered', 'delivering', 'newsagent', 'newsagents'")
    SC("tiller-in-passing-saturday-tiler", "complaint-in-passing",
       tw("mel_o_til", f"saturday so far: rain ✅ kettle died ✅ dog ate a sock ✅ @{B} paper never arrived and the paper boy's bag was empty when he came past ✅ the tiler strikes again. back to bed",
          when="2028-06-17T07:55:04Z"),
       expect(RP, "high", "delivery", "indirect"), note="tagged in the middle of a list, the name misspelt later; during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: tags @TillerNews in a post to everyone | complaint (0.98) | topic delivery: 'never arrived', 'paper boy', 'paper boys'")
    beth = tw("beth_g_til", "anyone else's Saturday off to a slow start? 😴☕", when="2028-06-17T08:00:00Z")
    SC("tiller-pt-jornal-nao-chegou", "non-english",
       tw("joana_s_til", f"@{B} Bom dia, o jornal não chegou hoje e o ardina diz que não houve entrega nenhuma em Dunmarsh. Há algum problema?",
          lang="pt", when="2028-06-17T08:10:51Z"),
       expect(RP, "high", "delivery", "direct"), note="Portuguese: no paper, during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @TillerNews | a question | topic delivery: 'não chegou', 'ardina', 'entrega'")
    SC("tiller-venting-saturday-slow-start", "third-party-venting",
       tw("sal_w_til", "@beth_g_til no paper delivered here either and the tiller app's dead. swear that paper only works Monday to Friday",
          reply_to=beth, when="2028-06-17T08:20:15Z"),
       expect(MON, "low", "delivery", "third_party"), note="venting to a neighbour in her thread: don't butt in")
    SC("tiller-de-app-stuerzt-ab", "non-english",
       tw("uwe_s_til", f"@{B} Die App stürzt beim Öffnen ab und das E-Paper lädt nicht. Gibt es eine Störung?",
          lang="de", when="2028-06-17T08:25:37Z"),
       expect(RP, "high", "digital", "direct"), note="German: the app and e-paper down, during the outage")
    gemma = tw("gemma_tv_til", f"No Saturday Tiller on the mat, no app, no e-edition. A weekend breakfast without the Harbourne court pages is a breakfast wasted. Sort it out, @{B} 😤",
               when="2028-06-17T08:45:13Z",
               metrics={"retweet_count": 1_100, "reply_count": 730, "like_count": 18_400, "quote_count": 120})
    SC("tiller-big-reach-presenter-no-paper", "big-reach", gemma, expect(RP, "high", "digital", "indirect"),
       note="950k followers, during the outage; the handle at the end")
    SC("tiller-joke-let-go-of-the-tiller", "joke-bystander",
       tw("punster_ray_til", "@gemma_tv_til someone let go of the tiller and the whole Saturday edition sailed off into the estuary ⛵",
          reply_to=gemma, when="2028-06-17T09:00:47Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun under a big account's post", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("tiller-chatter-press-broke-down", "third-party-chatter",
       tw("neil_h_til", "@gemma_tv_til the Tiller says their printing press broke down overnight. shops should have papers by lunchtime",
          reply_to=gemma, when="2028-06-17T09:12:29Z"),
       expect(MON, "low", "delivery", "third_party"), note="a stranger's explanation in someone else's thread")
    SC("tiller-abuse-sport-supplement", "abuse-with-problem",
       tw("gaz_r_til", f"@{B} you useless shower. 4th Saturday running the sport supplement's missing and today there's no paper at all. Do your bloody jobs",
          when="2028-06-17T09:30:02Z"),
       expect(RP, "high", "delivery", "direct"), note="rude, repeated failures and the outage")
    SC("tiller-hotline-rings-out", "public-hotline-number",
       tw("terry_w_til", f"0808 157 0674 just rings out. No paper delivered, no app. Sort it out @{B}",
          when="2028-06-17T09:50:38Z"),
       expect(RP, "high", "delivery", "indirect"), strict=False,
       note="the number is the paper's own helpline; during the outage")
    allclear = tw(B, "✅ Our app and e-edition are back. Saturday's paper is in every newsagent now and our delivery teams are out. If yours hasn't arrived by 2pm, reply here and we'll refund the day.",
                  when="2028-06-17T10:30:00Z")
    SC("tiller-quote-update-by-nine", "quote",
       tw("phil_m_til", "'next update by 9am'. it's 11:40, no update, and the newsagent on Quay Street hasn't had a single copy all day",
          quote=status, when="2028-06-17T11:40:20Z"),
       expect(RP, "high", "delivery", "indirect"), strict=False,
       note="quotes the brand's post without tagging it, during the outage")
    SC("tiller-private-quay-street-email", "private-details",
       tw("jan_o_til", f"@{B} still no paper at 22 Quay Street, Harbourne HB1 4TQ. Account TL-551902, jan.okafor@postbox.example if you need me. Paying for 7 days a week, getting about 4",
          when="2028-06-17T12:20:44Z"),
       expect(RV, "high", "delivery", "direct"), note="a home address, an account number and an email in public, during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @TillerNews | exposes an account, booking or security code and an e-mail address and a street address in public: answer privately | complaint (0.80) | topic delivery: 'no paper'")
    SC("tiller-q-reply-stonegate-3pm", "question-in-reply-to-brand",
       tw("kev_s_til", "it's 3pm and the tiler paper still hasn't arrived here in stonegate. do I put my postcode here or DM you?",
          reply_to=allclear, when="2028-06-17T15:05:31Z"),
       expect(RP, "normal", "delivery", "direct"), strict=False,
       note="a question under the brand's post, misspelt, no @; the tail of the outage, so some would say high")
    SC("tiller-medical-cereal-bar-nut-allergy", "medical-urgent",
       tw("amy_f_til", f"@{B} the free cereal bar stuck to today's magazine has no allergy label. My 8 year old ate half before I saw it and his lips are swelling. He has a nut allergy. Is there nut in it??",
          when="2028-06-17T16:10:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="an allergic reaction to a cover-mounted freebie, happening now")

    # ---- Sunday 18 June -----------------------------------------------------------------
    SC("tiller-repeat-stan-still-nothing", "repeat-contact",
       tw("stan_q_til", "Saturday's paper never arrived in the end and Sunday's hasn't been delivered either. You said you'd refund the day. Nothing on my account, nobody's been in touch.",
          reply_to=stan_brand, when="2028-06-18T08:30:16Z"),
       expect(RP, "high", "delivery", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("tiller-cy-papur-heb-gyrraedd", "non-english",
       tw("rhys_ap_til", f"@{B} Bore da! Mae'r papur heb gyrraedd eto heddiw, ail ddydd Sul yn olynol. Oes problem gyda'r dosbarthu yn Saltcote?",
          lang="cy", when="2028-06-18T09:00:42Z"),
       expect(RP, "normal", "delivery", "direct"), note="Welsh: the paper has not come, second Sunday running")
    SC("tiller-praise-paper-lad-twenty-years", "praise",
       tw("callum_j_til", f"@{B} 20 years ago today your paper lad pulled me out of the harbour when I fell off the quay wall on my bike. Jamie Roe, if you're out there: thank you. I'm 31 now and I still owe you a pint",
          when="2028-06-18T10:00:55Z"),
       expect(RP, "low", ANY, "direct"), note="thanks for something 20 years ago: the fall is long over, so not urgent")
    SC("tiller-common-rotavator-toes", "common-word",
       tw("grow_it_til", "note to self: wear proper boots when using the tiller. it nearly had my toes off this morning 😬 veg beds done though",
          when="2028-06-18T11:00:18Z"),
       expect(IGN, "low", None, "none"), note="a rotavator; it sounds dangerous but it is over and not the paper", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names The Tiller in a post to everyone | general chatter about the brand")
    SC("tiller-namesake-cricketer", "namesake",
       tw("htfc_ultra_til", "JACK TILLER. 5 for 23 and a catch on the boundary 🏏 Harbourne CC win the derby. That's a back page if ever I saw one!!",
          when="2028-06-18T15:30:27Z"),
       expect(IGN, "low", None, "none"), note="a cricketer's surname; 'back page' sounds like the paper", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names The Tiller in a post to everyone | general chatter about the brand")
    return brand


BRANDS["tiller-news"] = ("TillerNews", 6278901245, build_tiller_news)
