# Keel Building Society ("Keel", @KeelSociety) is a made-up mutual building society with its head
# office on the harbour at Stennet Quay, in the made-up county of Ashmoor. Mortgages (fixed rates
# ending, remortgages and product transfers, the standard variable rate, overpayments, redemption
# statements, arrears), savings and ISAs (easy access, regular savers, Lifetime ISAs, ISA
# transfers), a current account with a debit card, a mobile app and online banking, a dozen
# branches (Brackwater, Ollerby, Tiverley, Copple Green, Hawksmead, ...) with cash machines, a
# fraud team, and a financial support team for members in difficulty, bereavement and powers of
# attorney.
# "Keel" is also an everyday word and a name: the keel of a boat (sailing and boatbuilding talk),
# "on an even keel", "to keel over" (a person who keeled over in a branch queue is an emergency; a
# dinghy, a wheelie bin or a gym-goer's legs keeling over are not), the village of Keel with its
# cricket club (Keel CC), pub (the Keel Arms) and post office, the surname (Dr Amara Keel, the
# Keel family), Keel Sailing Club, Keel Brewing Co (its session pale is "Even Keel") and Keel
# Kayaks. In Dutch "keel" is the throat, in Estonian a language. None of them is the society.
# The week (Monday 11 to Sunday 17 September 2028): letters about a rise in the standard variable
# rate and a cut in easy-access savings rates land on Monday, with the news that the Hawksmead
# branch will close; scam texts and fake "Keel support" accounts go round; on Tuesday an
# 81-year-old is talked into moving £14,000 of his savings to a "safe account" and another older
# member is called while we watch; on Wednesday a man keels over in the queue at the Ollerby
# branch; on Thursday there is an armed hold-up at the Tiverley branch, threats against staff,
# and a member deep in mortgage arrears who says he doesn't want to be here any more; Friday is
# payday and the app and card payments fail all morning; the weekend brings thanks for the
# branch staff, a refunded fee, news and chatter.
# Written blind, from PRODUCT.md and the scenario README's conventions only.


def build_keel_savings():
    global CURRENT_BRAND, CLOCK
    brand = Brand("keel-savings", SCEN_DIR / "keel-savings.plan.toml", "KeelSociety", 7578901245, 1861220000000008001)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-09-11T05:30:00Z")
    B = "KeelSociety"
    start = CLOCK.t
    counter = [0]

    def person(username, name, bio, followers, **kw):
        counter[0] += 1
        return user(username, name, 13140100000 + counter[0] * 4129, bio, followers, **kw)

    def post(author, text, at=None, **kw):
        """An X post; `at` pins it to an exact time (UTC) and moves the clock there."""
        if at is not None:
            d = parse_when(at)
            assert d > CLOCK.t, (at, CLOCK.t)
            CLOCK.t = d
            return tw(author, text, when=d, **kw)
        return tw(author, text, **kw)

    def day(iso):
        """Move the clock on to the start of the next day's posts."""
        d = parse_when(iso)
        assert d > CLOCK.t, (iso, CLOCK.t)
        CLOCK.t = d

    user(B, "Keel Building Society", 7578901245,
         "Owned by our members since 1861. Here 8am–8pm Mon–Sat. We'll never ask for your PIN or passcode, "
         "or ask you to move money. Fraud? Call 0808 157 0461, 24/7.",
         18_400, following=620, tweets=23_000, listed=95, verified=True)

    # ----------------------------------------------------------------------
    # People (uids 13140100000 + n * 4129, in order)
    # ----------------------------------------------------------------------
    person("bev_m_kbs", "Bev Marsden", "Starting again, again.", 310)
    person("gareth_p_kbs", "Gareth Pryor", "Electrician. Brackwater. 22 years with the same building society.", 240)
    person("lena_o_kbs", "Lena Okafor", "Midwife. Tiverley. Coffee-powered.", 520)
    person("tash_m_kbs", "Natasha Moran", "Primary teacher. Says what she thinks.", 880)
    person("priya_d_kbs", "Priya Desai", "Saving for a rainy day. It's always raining.", 430)
    person("salty_sue_kbs", "Sue Penhallow", "Wayfarer sailor. Stennet Quay. Usually wet.", 1_100)
    person("dot_h_kbs", "Dorothy Hale", "Retired librarian. Not born yesterday.", 95)
    person("nan_pat_kbs", "Pat Ibbotson", "Nan of 5. Shares the important stuff.", 210)
    person("keelcc_kbs", "Keel CC 🏏", "Keel Cricket Club, Ashmoor League. Teas on Saturdays, bar after.", 1_400)
    person("mo_ali_kbs", "Mo Ali", "Pharmacist. Ollerby. Slightly too organised.", 330)
    person("ashmoornews_kbs", "Ashmoor News", "News for Ashmoor: Brackwater, Ollerby, Tiverley, Stennet Quay and the villages.",
           96_000, following=1_300, verified=True)
    person("jean_r_kbs", "Jean Rudd", "Hawksmead born and bred.", 160)
    person("hawks_dave_kbs", "Dave Lomax", "Lomax's Fish Bar, Hawksmead. Open till 10.", 690)
    person("jaydenrowe_kbs", "Jayden Rowe", "Ashmoor Town and England. Hawksmead lad. God, family, football.",
           1_240_000, following=540, listed=2_600, verified=True)
    person("kirsty_l_kbs", "Kirsty Lyle", "Mum of two, owner of one very tired brain.", 380)
    person("dan_w_kbs", "Dan Whitlock", "Plasterer. Ollerby. Knackered.", 150)
    person("punny_pete_kbs", "Pete Harrow", "Puns, mostly unwanted.", 2_300)
    person("keelarms_kbs", "The Keel Arms", "Village pub in Keel. Real ale, quiz on Mondays, dogs welcome.", 1_800)
    person("ruth_b_kbs", "Ruth Bannister", "Daughter, carer, worrier.", 470)
    person("keelcare_kbs", "Keel Building Society Support ✅", "Official member support 24/7. DM us for fast help!", 140,
           following=3_100)
    person("gwen_t_kbs", "Gwen Tasker", "Says it straight. Copple Green.", 260)
    person("ashgen_kbs", "Ashmoor General", "News from Ashmoor General Hospital. Not for medical advice: call 111.", 14_000,
           verified=True)
    person("stan_k_kbs", "Stanley Kemp", "Retired joiner. Grandson set this up.", 12)
    person("ellie_j_kbs", "Ellie James", "Saving for a flat. Eating beans.", 340)
    person("kev_d_kbs", "Kev Dunstan", "", 90)
    person("june_a_kbs", "June Akers", "Retired. Knows her rights.", 150)
    person("ravi_s_kbs", "Ravi Sandhu", "Overpaying the mortgage one month at a time.", 600)
    person("mia_f_kbs", "Mia Fenwick", "Paddling Ashmoor's rivers, badly.", 720)
    person("keelkayaks_kbs", "Keel Kayaks", "Sit-on-tops and touring kayaks, made in Stennet Quay.", 5_300)
    person("keelbrew_kbs", "Keel Brewing Co", "Small-batch beer from Keel village. Home of Even Keel.", 4_200)
    person("sunita_r_kbs", "Sunita Rao", "Looking after Mum. Learning the paperwork.", 290)
    person("dev_ollie_kbs", "Ollie Brennan", "Web developer. I read page sources for fun.", 2_100)
    person("lucia_m_kbs", "Lucía Martín", "Enfermera en Ollerby.", 230)
    person("hana_k_kbs", "Hana Kowalczyk", "Ollerby. Dog walker. Tea.", 410)
    person("tom_b_kbs", "Tom Bickerstaff", "Roofer. Ollerby.", 180)
    person("sanne_v_kbs", "Sanne Visser", "Utrecht. Thee en boeken.", 640)
    person("kadri_t_kbs", "Kadri Tamm", "Tallinn → Ashmoor. Learning the language of my grandparents.", 380)
    person("copple_jo_kbs", "Jo Entwistle", "Copple Road's unofficial weather reporter.", 530)
    person("amy_c_kbs", "Amy Carver", "Moving house. Send wine.", 620)
    person("wayfarer_kbs", "Rob Quayle", "Dinghy sailor. Capsize specialist.", 900)
    person("jonas_h_kbs", "Jonas Hartmann", "Ingenieur in Tiverley.", 210)
    person("pete_m_kbs", "Pete Mullins", "", 60)
    person("marcus_o_kbs", "Marcus Osei", "Youth worker. Brackwater.", 740)
    person("linda_g_kbs", "Linda Gorman", "Grandma. Gardener. Retired from patience.", 130)
    person("claire_d_kbs", "Claire Dubois", "Française à Brackwater.", 200)
    person("fraudline_kbs", "Kath Mercer", "Trying to report a scam since Tuesday.", 110)
    person("quietlad_kbs", "M", "", 40)
    person("chloe_p_kbs", "Chloe Parr", "Tiverley. Nails and nonsense.", 900)
    person("diego_r_kbs", "Diego Ruiz", "De Valencia a Tiverley.", 260)
    person("gaz_77_kbs", "Gaz", "", 70)
    person("tony_v_kbs", "Tony Vickers", "Market trader. Cash is king.", 150)
    person("lou_k_kbs", "Louise Kerr", "UX designer. Strong opinions on buttons.", 3_200)
    person("beth_n_kbs", "Beth Norris", "Mum to a type 1 warrior 💙", 560)
    person("graham_w_kbs", "Graham Waites", "Grateful to be here.", 120)
    person("zoe_f_kbs", "Zoe Fairclough", "Buying our first home! (maybe)", 450)
    person("sam_j_kbs", "Sam Jarvis", "Bought a house last year. Still poor.", 300)
    person("carol_f_kbs", "Carol Finch", "Sorting Dad's affairs. Slowly.", 190)
    person("jonty_keel_kbs", "Jonty Keel", "Keel by name. Ashmoor by birth.", 350)
    person("keelsailing_kbs", "Keel Sailing Club", "Dinghy and keelboat racing on Keel Water since 1934.", 2_700)
    person("marco_b_kbs", "Marco Bellini", "Cuoco a Brackwater.", 170)
    person("shaun_t_kbs", "Shaun Tierney", "Delivery driver. 5am starts.", 140)
    person("rosie_dean_kbs", "Rosie Dean", "Radio Ashmoor breakfast 🎙️ and Saturday telly. Views my own.",
           820_000, following=1_900, listed=2_100, verified=True)
    person("keelhelp_kbs", "Keel Help Desk 🛟", "Member help, 24/7. DM us!", 90, following=2_800)
    person("mel_b_kbs", "Mel Booth", "Part-time everything.", 440)
    person("faye_g_kbs", "Faye Gill", "Care worker. Nights.", 320)
    person("chantelle_kbs", "Chantelle Pike", "", 260)
    person("big_al_kbs", "Al Murray-Dodd", "Scaffolder. Early starts.", 120)
    person("jokes_on_u_kbs", "Ade Coker", "Here for the replies.", 3_900)
    person("status_sid_kbs", "Sid Harland", "Checks status pages so you don't have to.", 1_300)
    person("nat_r_kbs", "Natalie Reeve", "Renting in Brackwater. Tired.", 210)
    person("wayne_h_kbs", "Wayne Hurst", "Dad of three. Short fuse.", 180)
    person("jess_o_kbs", "Jess Oduya", "Student nurse. Skint.", 650)
    person("fin_q_kbs", "Finlay Quinn", "Landscaper.", 230)
    person("bex_w_kbs", "Bex Walton", "", 300)
    person("lee_c_kbs", "Lee Cartwright", "Retweets the useful stuff.", 410)
    person("helga_s_kbs", "Helga Schneider", "Tochter, Pflegerin, müde.", 160)
    person("ines_c_kbs", "Inês Costa", "Tiverley. Chemo warrior, round 4.", 380)
    person("mags_h_kbs", "Maggie Hurst", "Proud daughter. Copple Green.", 270)
    person("owen_l_kbs", "Owen Lloyd", "Missing Mum.", 230)
    person("tilly_r_kbs", "Tilly Rhodes", "Barista. Overdraft enthusiast.", 380)
    person("nadia_s_kbs", "Nadia Said", "One day at a time.", 460)
    person("rob_t_kbs", "Rob Tennant", "Saturdays are for pints.", 520)
    person("keelvillage_kbs", "Keel Village News", "What's on in Keel: church, pub, post office, cricket.", 900)
    person("bryn_boats_kbs", "Bryn Hughes", "Building a wooden boat in my garage. Year 3.", 2_400)
    person("gymgemma_kbs", "Gemma Platt", "Leg day survivor.", 1_700)
    person("kieran_b_kbs", "Kieran Boyd", "Boat owner, therefore broke.", 330)
    person("bram_d_kbs", "Bram de Vries", "Amersfoort. Huiseigenaar, helaas.", 410)
    person("pat_o_kbs", "Pat O'Hara", "Ollerby. Unimpressed.", 240)
    person("helen_p_kbs", "Helen Pask", "Retired solicitor's clerk. I keep copies.", 330)
    person("neil_a_kbs", "Neil Ashworth", "Moved house. Regrets the paperwork.", 270)
    person("dazza_kbs", "Darren", "", 55)
    person("ad_nerd_kbs", "Fran Hollis", "I review adverts nobody asked me to review.", 6_100)
    person("retro_ros_kbs", "Ros Kitching", "Eighties kid. Keeps everything.", 1_200)
    person("growfast_kbs", "GrowFast 🚀", "Real followers, real fast 📈", 8_800, following=5_000)
    person("keelrewards_kbs", "Keel Rewards 🎁", "Member rewards and giveaways! 🎉", 2_300, following=4_900)
    person("fundsback_kbs", "Funds Back UK ✅", "Scammed? We recover your money in 48h 💸", 3_700, following=4_800)
    person("keelsoc_kbs", "Keel Building Society ✅", "Official member support. DM us 24/7.", 210, following=3_500)
    person("bill_r_kbs", "Bill Rawlings", "Retired copper. Suspicious by trade.", 640)
    person("wim_j_kbs", "Wim Jansen", "Nederlander in Hawksmead.", 150)
    person("ana_c_kbs", "Ana Carvalho", "Lisboa → Stennet Quay.", 200)
    person("carmen_l_kbs", "Carmen López", "Tiverley. Echando de menos a mi padre.", 240)
    person("sec_steph_kbs", "Steph Adeyemi", "Security engineer. I poke at login pages.", 4_800)
    person("hannah_ok_kbs", "Hannah Okoye", "Money columnist at the Ashmoor Post. Personal finance, minus the jargon.",
           460_000, following=2_200, listed=3_300, verified=True)
    person("marion_h_kbs", "Marion Hollis", "Paying off the house at last.", 150)
    person("tom_g_kbs", "Tom Gannow", "Moved flat. Still getting post at the old one.", 120)
    person("gail_s_kbs", "Gail Sutton", "", 85)
    person("yusuf_a_kbs", "Yusuf Amin", "Taxi driver. Ollerby.", 160)
    person("jill_m_kbs", "Jill Moss", "Ollerby high street regular.", 290)
    person("kwame_o_kbs", "Kwame Owusu", "Spreadsheets for fun.", 510)
    person("ray_d_kbs", "Ray Doyle", "Carer for my wife.", 140)
    person("rhi_p_kbs", "Rhiannon Price", "School run, work, repeat.", 330)

    # ======================================================================
    # Monday 11 September: rate letters, a branch closure, scam texts
    # ======================================================================
    rates = post(B, "Morning all ☀️ Letters about our standard variable rate going up by 0.25% from 1 October land this week. "
                    "If your fixed rate ends soon, talk to us about a product transfer in branch or on 0808 157 0461.",
                 at="2028-09-11T06:05:00Z")
    SC("keel-brand-svr-letters-post", "brand-own-post", rates, expect(IGN, "low", "mortgages", "none"))
    SC("keel-even-keel-new-start", "common-word",
       post("bev_m_kbs", "Back on an even keel after the summer from hell. New job starts Monday, new flat, new me ✨"),
       expect(IGN, "low", None, "none"), note="'on an even keel' is a saying, not the society")
    SC("keel-svr-letter-22-years", "complaint-direct",
       post("gareth_p_kbs", f"@{B} letter this morning says my mortgage goes up £86 a month from October. 22 years a member "
                            "and not so much as a phone call. Is this what mutual means?"),
       expect(RP, "normal", "mortgages", "direct"))
    SC("keel-tracker-question-under-rates-post", "question-in-reply-to-brand",
       post("lena_o_kbs", "does this affect me if I'm on a tracker? my fix ends in December and I haven't had any letter", reply_to=rates),
       expect(RP, "normal", "mortgages", "direct"), note="a question replying to the brand's post, without @: direct")
    SC("keel-quote-svr-third-rise", "quote",
       post("tash_m_kbs", "Third rise this year. Funny how 'mutual' only ever seems to work one way when you're stuck on the SVR",
            quote=rates),
       expect(RP, ANY, "mortgages", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: answer or monitor? 'third rise' may make it a strong complaint")
    SC("keel-sarcasm-savings-rate-cut", "sarcasm-customer",
       post("priya_d_kbs", "Lovely bit of post from Keel this morning: my easy access savings rate cut to 1.1%. "
                           "Really feeling the mutual love 🥰 #KeelBuildingSociety"),
       expect(RP, "normal", "savings", "indirect"),
       note="sarcasm with no complaint word, the bare name 'Keel' next to a savings rate: the society")
    SC("keel-keel-bolts-antifouling", "common-word",
       post("salty_sue_kbs", "Keel bolts checked, antifouling done, she goes back in the water on Saturday ⛵ #boatlife"),
       expect(IGN, "low", None, "none"), note="a boat's keel, capitalised at the start of the sentence")
    SC("keel-scam-text-untagged-question", "question",
       post("dot_h_kbs", "Just had a text: 'KEEL: your account is on hold, verify your details now "
                         "{url:https://keel-secure-verify.example/login}'. That's a scam, isn't it? I'm not clicking anything"),
       expect(RP, "normal", "fraud", "indirect"),
       note="a member asks in public, untagged; the link in it is the scammer's, not a private detail")
    warn = post(B, "⚠️ Scam texts are going round pretending to be from Keel and asking you to 'verify' your account through "
                   "a link. We will never text you a link to log in. Forward them to 7726 and delete.")
    SC("keel-brand-scam-text-warning", "brand-own-post", warn, expect(IGN, "low", "fraud", "none"))
    SC("keel-repost-scam-warning", "repost", post("nan_pat_kbs", "", retweet=warn), expect(IGN, "low", "fraud", "indirect"))
    SC("keel-namesake-cricket-club", "namesake",
       post("keelcc_kbs", "Keel CC 1st XI beat Orrin Bridge by 6 wickets to take the Ashmoor League title! Bar's open till late 🍻"),
       expect(IGN, "low", None, "none"))
    isa = post("mo_ali_kbs", f"@{B} my ISA transfer from another provider started 6 weeks ago. You said 15 working days. "
                             "Where is my money?")
    SC("keel-isa-transfer-six-weeks", "complaint-direct", isa, expect(RP, "normal", "savings", "direct"))
    isa_brand = post(B, "@mo_ali_kbs Sorry Mo, that's far too long. I've chased the other provider today and asked for the money "
                        "to be with us by Wednesday. I'll keep an eye on it for you.", reply_to=isa)
    SC("keel-news-svr-rise", "news-monitor",
       post("ashmoornews_kbs", "Keel Building Society raises its standard variable rate to 7.49% from October, affecting about "
                               "18,000 borrowers {url:https://ashmoor-news.example/2028/09/keel-svr-rise}"),
       expect(MON, "low", "mortgages", "indirect"))
    SC("keel-news-hawksmead-closure", "news-monitor",
       post("ashmoornews_kbs", "Keel Building Society to close its Hawksmead branch on 24 November, leaving the town with no bank "
                               "or building society {url:https://ashmoor-news.example/2028/09/keel-hawksmead}"),
       expect(MON, "low", "branches", "indirect"))
    closure = post(B, "We've made the difficult decision to close our Hawksmead branch on 24 November. Our mobile branch will "
                      "visit Hawksmead every Thursday, and the cash machine outside will stay.")
    SC("keel-quote-hawksmead-closure", "quote",
       post("jean_r_kbs", "'Difficult decision.' My mum is 84, doesn't own a smartphone and has banked at that branch since 1971. "
                          "Where's she meant to go?", quote=closure),
       expect(RP, "normal", "branches", "indirect"), strict=False,
       note="an opinion about the brand's decision, quoting its post: answer or monitor?")
    SC("keel-mobile-branch-question", "question-in-reply-to-brand",
       post("hawks_dave_kbs", f"@{B} will the mobile branch take cash deposits for businesses? I run the chippy and can't be "
                              "driving to Brackwater every night", reply_to=closure),
       expect(RP, "normal", "branches", "direct"))
    SC("keel-footballer-hawksmead-closure", "big-reach",
       post("jaydenrowe_kbs", "Keel Building Society closing the Hawksmead branch is shameful. My gran has banked there for 60 "
                              "years and she's not getting a bus to Brackwater at 88. Have a word with yourselves."),
       expect(RP, "high", "branches", "indirect"), note="1.24M followers")
    kirsty = post("kirsty_l_kbs", "how did the mortgage meeting go?? 🤞")
    dan = post("dan_w_kbs", "@kirsty_l_kbs grim. Keel want 5.9% when our fix ends, that's £310 a month more. "
                            "Might actually have to sell", reply_to=kirsty)
    SC("keel-venting-fix-ends-to-friend", "third-party-venting", dan, expect(MON, "low", "mortgages", "third_party"),
       note="lesson 2: a member venting to a friend, brand not tagged: don't butt in")
    SC("keel-bystander-even-keel-pun", "joke-bystander",
       post("punny_pete_kbs", "@dan_w_kbs Keel Building Society: keeping your finances on an even keel since, er, never 🚣",
            reply_to=dan),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun inside someone else's thread", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("keel-namesake-pub-card-machine", "namesake",
       post("keelarms_kbs", "Quiz night at the Keel Arms tonight, 8pm, £2 a head. Cash only at the bar till the card machine's "
                            "fixed, sorry folks!"),
       expect(IGN, "low", ANY, "none"), note="a card word next to the village pub's name; the pub is not the society", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Keel Building Society in a post to everyone | general chatter about the brand | topic safety: 'armed', 'armé'")

    # ======================================================================
    # Tuesday 12 September: the scammed father, fake support, ISAs
    # ======================================================================
    day("2028-09-12T06:10:00Z")
    ruth = post("ruth_b_kbs", f"@{B} my dad is 81. Someone rang him pretending to be your fraud team and talked him into moving "
                              "£14,000 of his savings to a 'safe account'. He's in bits. What happens now??")
    SC("keel-dad-safe-account-scam", "complaint-direct", ruth, expect(RP, "high", "fraud", "direct"),
       note="money lost to fraud: strong, but no risk to health or safety", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @KeelSociety | complaint (0.38) | topic fraud: 'pretending to be', 'fraud', 'fraude', 'safe account'")
    ruth_brand = post(B, "@ruth_b_kbs I'm so sorry, Ruth. Please call our fraud team on 0808 157 0461 (free, 24/7) with your dad, "
                         "so we can try to stop the payment and keep his account safe. They'll stay with you through it.",
                      reply_to=ruth)
    SC("keel-brand-reply-fraud-team", "brand-own-post", ruth_brand, expect(IGN, "low", "fraud", "none"))
    SC("keel-fake-support-reply-to-ruth", "spam",
       post("keelcare_kbs", "@ruth_b_kbs So sorry to hear this! Keel support here. To recover your dad's savings quickly, "
                            "DM us his card number and the code we text you 🙏", reply_to=ruth),
       expect(IGN, ANY, ANY, "third_party"), strict=False,
       note="a fake support account fishing for card details: not a case to answer, but the brand may want to warn Ruth")
    SC("keel-friend-same-scam-nan", "third-party-chatter",
       post("gwen_t_kbs", "@ruth_b_kbs so sorry. Same scam got my nan with Keel last year and they paid every penny back in the "
                          "end. Don't let them fob you off x", reply_to=ruth),
       expect(MON, "low", "fraud", "third_party"), note="a stranger's reassurance inside someone else's thread")
    SC("keel-namesake-doctor-keel", "namesake",
       post("ashgen_kbs", "Congratulations to Dr Amara Keel, our new head of cardiology. Dr Keel joins us from Stennet Quay and "
                          "starts in October 🎉"),
       expect(IGN, "low", None, "none"), note="a surname, posted by a hospital")
    stan = post("stan_k_kbs", f"@{B} hello a man from your security department says I must move my savings to a safe account "
                              "today before the hackers get it. He is waiting on the other line now. Is that right")
    SC("keel-scam-call-in-progress", "question", stan, expect(RP, "high", "fraud", "direct"), strict=False,
       note="a scam happening right now to an older member: time-critical, but money rather than safety; high or urgent")
    SC("keel-brand-reply-put-the-phone-down", "brand-own-post",
       post(B, "@stan_k_kbs Stanley, please put the phone down now. That is not us. We will never ask you to move your money. "
               "We're ringing you on the number we have for you right away.", reply_to=stan),
       expect(IGN, "low", None, "none"))
    SC("keel-lifetime-isa-branch-question", "question",
       post("ellie_j_kbs", f"@{B} can I pay into my Lifetime ISA at the branch or is it online only? Trying to get the bonus "
                           "before I buy in March 🏡"),
       expect(RP, "normal", "savings", "direct"))
    SC("keel-card-number-pin-wrong", "private-details",
       post("kev_d_kbs", f"@{B} new debit card 4000 0566 5566 5556 came today and every cash machine says the PIN is wrong. "
                         "Haven't even used it yet?!"),
       expect(RV, "normal", "current_account", "direct"), note="Luhn-valid test card number")
    SC("keel-roll-number-isa-interest", "private-details",
       post("june_a_kbs", f"@{B} roll number 88213/4471-6. My cash ISA interest hasn't been paid since July, can someone look "
                          "please"),
       expect(RV, "normal", "savings", "direct"), note="a building society roll number is an account number")
    SC("keel-overpayment-three-weeks", "complaint-indirect",
       post("ravi_s_kbs", "Keel took three weeks to apply my £5k overpayment and still charged interest on the full balance. "
                          "Building society my foot."),
       expect(RP, "normal", "mortgages", "indirect"))
    SC("keel-namesake-kayak-complaint", "namesake",
       post("mia_f_kbs", "Two weeks old and the seat on my Keel Kayaks sit-on-top has already cracked. @keelkayaks_kbs any "
                         "chance of a replacement?"),
       expect(IGN, "low", None, "none"), note="a real complaint, but to Keel Kayaks, another company")
    SC("keel-namesake-brewery-even-keel", "namesake",
       post("keelbrew_kbs", "Even Keel, our new 3.8% session pale, is on at the Anchor in Stennet Quay from Friday 🍺 "
                            "Cheers from all at Keel Brewing Co"),
       expect(IGN, "low", None, "none"))
    SC("keel-power-of-attorney-runaround", "question",
       post("sunita_r_kbs", f"@{B} how do I register a lasting power of attorney for my mum? The branch says do it online, the "
                            "website says go to a branch 🙃"),
       expect(RP, "normal", "hardship", "direct"), known_miss="round 18, not met yet: priority: want \"normal\", got high; the engine read: addressed to @KeelSociety | complaint (0.41) | legal or regulatory threat (not urgent) | topic hardship: 'lasting power of attorney', 'power of attorney'")
    SC("keel-html-script-on-isa-page", "html-entities",
       post("dev_ollie_kbs", f"@{B} your ISA rates page shows &lt;script&gt;alert(document.cookie)&lt;/script&gt; where the "
                             "rate should be &amp; the apply button does nothing"),
       expect(RP, "normal", "savings", "direct"))

    # ======================================================================
    # Wednesday 13 September: a collapse in the Ollerby branch
    # ======================================================================
    day("2028-09-13T06:00:00Z")
    SC("keel-ruth-comes-back", "repeat-contact",
       post("ruth_b_kbs", f"@{B} rang your fraud line twice yesterday, 2 hours on hold and cut off both times. Dad hasn't slept. "
                          "Nobody has called him back like you said.", reply_to=ruth_brand),
       expect(RP, "high", "fraud", "direct"), note="back after the brand's answer, the problem still there")
    SC("keel-es-tarjeta-rechazada", "non-english",
       post("lucia_m_kbs", f"@{B} me han rechazado la tarjeta tres veces hoy en el súper y tengo saldo. ¿Qué pasa?", lang="es"),
       expect(RP, "normal", "current_account", "direct"))
    hana = post("hana_k_kbs", "Man's just keeled over in the queue at Keel on Fore Street in Ollerby. Staff are doing CPR and "
                              "someone's rung 999, ambulance on its way. Please let him be ok 🙏", at="2028-09-13T08:40:00Z")
    SC("keel-man-keeled-over-in-queue", "safety-urgent", hana, expect(RP, "urgent", "safety", "indirect"),
       note="'keeled over' is the everyday phrase, but this is a real collapse in the society's branch")
    SC("keel-collapse-witness-in-reply", "safety-urgent",
       post("tom_b_kbs", "@hana_k_kbs I'm in there too. He's breathing now but he's grey and can't stand up, paramedics still "
                         "not here. Keel staff have been brilliant", reply_to=hana),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a witness inside someone else's thread: whether to answer is a judgement, but a man is still unwell on the floor")
    SC("keel-nl-zere-keel", "common-word",
       post("sanne_v_kbs", "Mijn keel doet zo'n pijn en ik heb koorts 🤒 Vandaag lekker op de bank met thee", lang="nl"),
       expect(IGN, "low", None, "none"), note="Dutch: 'keel' is the throat and 'op de bank' is the sofa")
    SC("keel-et-eesti-keel", "common-word",
       post("kadri_t_kbs", "Eesti keel on raske, aga ilus. Kolmas nädal keelekursusel ja ma juba unistan eesti keeles 😅", lang="et"),
       expect(IGN, "low", None, "none"), note="Estonian: 'keel' is a language")
    SC("keel-wheelie-bins-keel-over", "common-word",
       post("copple_jo_kbs", "Wind's that strong on Copple Road the wheelie bins are starting to keel over one by one 😂 "
                             "bin day tomorrow too"),
       expect(IGN, "low", None, "none"), note="something keels over, but it's a bin")
    SC("keel-week-from-hell-mortgage-funds", "complaint-in-passing",
       post("amy_c_kbs", f"Week from hell: dog's at the vet, the kids have chickenpox and @{B} still haven't released the "
                         "mortgage money so we can't complete on Friday 🙃"),
       expect(RP, "normal", "mortgages", "indirect"))
    SC("keel-fraud-helpline-hangs-up", "public-hotline-number",
       post("fraudline_kbs", f"@{B} your fraud line 0808 157 0461 says 'high call volumes' and then hangs up on me. How am I "
                             "supposed to report a scam??"),
       expect(RP, ANY, "fraud", "direct"), strict=False,
       note="the number is the society's own fraud line, not a private detail; repeated failure may make it high")
    SC("keel-capsized-keel-in-the-air", "common-word",
       post("wayfarer_kbs", "Capsized the Wayfarer off Stennet Quay this afternoon, keel pointing at the sky and both of us in "
                            "the water 🙈 Cold, wet, laughing. Lifejackets are magic"),
       expect(IGN, "low", None, "none"), note="sounds dangerous, but it's over, everyone is fine and it's a dinghy")
    SC("keel-de-festzins-hypothek", "non-english",
       post("jonas_h_kbs", f"@{B} Mein Festzins läuft im Dezember aus. Kann ich meine Hypothek jetzt schon verlängern oder "
                           "erst im November?", lang="de"),
       expect(RP, "normal", "mortgages", "direct"))
    SC("keel-date-of-birth-password-reset", "private-details",
       post("pete_m_kbs", f"@{B} online banking won't let me reset my password, keeps saying my date of birth is wrong. "
                          "It's 03/11/1961, it hasn't changed ffs"),
       expect(RV, "normal", "app", "direct"))
    SC("keel-threat-in-brackwater-branch", "threat-urgent",
       post("marcus_o_kbs", f"@{B} a man in your Brackwater branch is screaming that he'll hurt the cashier and threatening "
                            "people in the queue. Staff look terrified, please send help"),
       expect(RP, "urgent", "safety", "direct"), note="a threat against staff and members, reported by a witness")
    linda = post("linda_g_kbs", f"@{B} mortgage acc KM20417789. My fixed rate ends Sunday and nobody has called about a "
                                "product transfer. Ring me on 07700 900627 please, I'm in all day")
    SC("keel-mortgage-number-and-phone", "private-details", linda, expect(RV, "normal", "mortgages", "direct"))
    linda_brand = post(B, "@linda_g_kbs Hi Linda, our mortgage team will ring you before 5 today so nothing lapses. It's safest "
                          "to delete your post, as it shows your number.", reply_to=linda)

    # ======================================================================
    # Thursday 14 September: arrears, a hold-up in Tiverley, threats
    # ======================================================================
    day("2028-09-14T06:20:00Z")
    SC("keel-linda-thanks-in-thread", "thread-with-brand",
       post("linda_g_kbs", f"@{B} they rang, all sorted and post deleted. Thank you Sam 😊", reply_to=linda_brand),
       expect(RP, "low", None, "direct"), note="thanks in a thread with the brand")
    quiet = post("quietlad_kbs", f"@{B} 4 months behind on the mortgage and the letters keep coming, now a solicitor too. I can't "
                                 "keep doing this. Honestly don't want to be here any more, they'd all be better off without me")
    SC("keel-arrears-doesnt-want-to-be-here", "medical-urgent", quiet, expect(RP, "urgent", "safety", "direct"),
       note="a risk to the member's life: urgent, answered with care")
    quiet_brand = post(B, "@quietlad_kbs I'm really glad you told us. You're not on your own with this. Please talk to Samaritans, "
                          "free, day or night. Our support team will ring you today, and we've paused all letters and charges.",
                       reply_to=quiet)
    SC("keel-brand-reply-support-call", "brand-own-post", quiet_brand, expect(IGN, "low", None, "none"))
    SC("keel-arrears-followup-without-at", "thread-with-brand",
       post("quietlad_kbs", "thanks. didn't expect a reply tbh. still feel like everyone would be better off without me but "
                            "I'm going to my sister's tonight", reply_to=quiet_brand),
       expect(RP, "urgent", "safety", "direct"), note="replies to the brand without @; the risk has not gone away")
    SC("keel-it-bonifico-affitto", "non-english",
       post("marco_b_kbs", f"@{B} buongiorno, il bonifico per l'affitto non è ancora arrivato sul mio conto corrente. "
                           "È normale?", lang="it"),
       expect(RP, "normal", "current_account", "direct"))
    SC("keel-armed-robbery-tiverley", "safety-urgent",
       post("chloe_p_kbs", f"@{B} armed robbery at your Tiverley branch right now, a man with a knife at the counter. "
                           "We all ran out the back. Police are here", at="2028-09-14T10:12:00Z"),
       expect(RP, "urgent", "safety", "direct"))
    SC("keel-es-cuchillo-sucursal", "safety-urgent",
       post("diego_r_kbs", "Hay un hombre armado con un cuchillo en la sucursal de Keel en Tiverley. Hemos salido corriendo, "
                           "¡que alguien llame a la policía!", lang="es"),
       expect(RP, "urgent", "safety", "indirect"), note="the same hold-up, in Spanish, untagged")
    SC("keel-threat-remortgage-adviser", "threat-urgent",
       post("gaz_77_kbs", f"@{B} tell the woman at Brackwater who turned down my remortgage that I know where she parks. "
                          "She'll regret it"),
       expect(ANY, "urgent", "mortgages", "direct"), note="a threat against a member of staff, with a complaint")
    SC("keel-threat-counter-copple-green", "threat-urgent",
       post("tony_v_kbs", "Next time that jobsworth on the counter at Keel in Copple Green refuses my cash I'm dragging him "
                          "over it. Not joking."),
       expect(ANY, "urgent", "branches", "indirect"), known_miss="round 18, not met yet: topic: want \"branches\", got current_account; the engine read: names Keel Building Society in a post to everyone | reads like a risk to people (urgency model 0.96): urgent | topic current_account: 'refusé'")
    SC("keel-kill-whoever-designed-login", "complaint-indirect",
       post("lou_k_kbs", "I'm going to kill whoever designed the new Keel app login screen. Four taps to see my balance?? FOUR"),
       expect(RP, "normal", "app", "indirect"), note="a figure of speech about a screen, not a threat against anyone", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Keel Building Society in a post to everyone | general chatter about the brand | topic app: 'app', 'login'")
    SC("keel-insulin-card-blocked", "medical-urgent",
       post("beth_n_kbs", f"@{B} my card's been blocked after a fraud check and I can't pay for my son's insulin at the pharmacy. "
                          "He's type 1 and we've run out. Please unblock it now"),
       expect(RP, "urgent", "safety", "direct"))
    SC("keel-collapsed-a-year-ago-thanks", "praise",
       post("graham_w_kbs", "A year ago today I collapsed in the Keel branch in Brackwater and the cashiers saved my life. "
                            "Popped in with flowers and a box of biscuits this morning 💐"),
       expect(RP, "low", "branches", "indirect"), note="an old incident, long over: thanks, not an emergency", known_miss="round 18, not met yet: priority: want \"low\", got urgent; the engine read: names Keel Building Society in a post to everyone | a danger to health or safety: urgent | topic branches: 'branch', 'cashier'")
    zoe = post("zoe_f_kbs", "first time buyers of Ashmoor, who did you go with? broker's given us three options and my brain hurts")
    SC("keel-stranger-recommends-in-thread", "third-party-chatter",
       post("sam_j_kbs", "@zoe_f_kbs we went with Keel, the mortgage offer came through in 9 days and the Tiverley branch were "
                         "lovely. Can't fault them", reply_to=zoe),
       expect(MON, "low", "mortgages", "third_party"), note="praise, but inside someone else's conversation")
    SC("keel-letters-to-late-dad", "complaint-direct",
       post("carol_f_kbs", f"@{B} my dad passed away in August. You've now sent him four letters about his ISA, and I've rung "
                           "twice to tell you and sent the death certificate to the branch. Please stop."),
       expect(RP, "high", "hardship", "direct"), note="rung twice already and still writing to a man who has died: a repeated failure", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @KeelSociety | complaint (0.69) | topic hardship: 'passed away', 'death certificate'")
    SC("keel-namesake-family-reunion", "namesake",
       post("jonty_keel_kbs", "Keel family reunion at the Plough this Saturday, 43 of us confirmed. Nan's making her famous "
                              "trifle, God help us all"),
       expect(IGN, "low", None, "none"), note="a surname, also in the author's display name", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Keel Building Society in a post to everyone | general chatter about the brand")
    SC("keel-namesake-sailing-club-regatta", "namesake",
       post("keelsailing_kbs", "Keel Sailing Club: Saturday's regatta is cancelled, gusts of 35 knots forecast. Dinghy racing "
                               "moves to Sunday if it calms down ⛵"),
       expect(IGN, "low", None, "none"))

    # ======================================================================
    # Friday 15 September: payday, and the app and card payments fail
    # ======================================================================
    day("2028-09-15T05:40:00Z")
    SC("keel-isa-transfer-comes-back", "repeat-contact",
       post("mo_ali_kbs", f"@{B} you said Wednesday. It's Friday and my ISA transfer still isn't showing. That's 7 weeks now.",
            reply_to=isa_brand, at="2028-09-15T05:48:00Z"),
       expect(RP, "high", "savings", "direct"))
    out = post(B, "The app and card payments aren't working for some members this morning. We're really sorry, especially on "
                  "payday. Our team is on it and we'll post an update by 9:30.", at="2028-09-15T06:25:00Z")
    SC("keel-brand-payday-outage-notice", "brand-own-post", out, expect(IGN, "low", "current_account", "none"))
    SC("keel-app-down-card-declined-payday", "complaint-direct",
       post("shaun_t_kbs", f"@{B} app down? card declined at the petrol station and the app just says 'something went wrong'. "
                           "it's payday ffs", at="2028-09-15T06:31:00Z"),
       expect(RP, "high", "current_account", "direct"), note="a service outage", known_miss="round 18, not met yet: topic: want \"current_account\", got app; the engine read: addressed to @KeelSociety | complaint (0.75) | loss of service | topic app: 'app', 'something went wrong'")
    rosie = post("rosie_dean_kbs", f"Card declined for the big shop AND the app won't open. Payday with @{B} is a proper "
                                   "adventure 🙃 anyone else?", at="2028-09-15T06:44:00Z")
    SC("keel-presenter-card-declined", "big-reach", rosie, expect(RP, "high", "current_account", "indirect"),
       note="820k followers, during an outage")
    SC("keel-fake-help-desk-reply-to-rosie", "spam",
       post("keelhelp_kbs", "@rosie_dean_kbs Hi Rosie, sorry about this! Keel Help Desk here. DM us your card number and the "
                            "passcode from the app and we'll restore access for you 🙏", reply_to=rosie,
            at="2028-09-15T06:51:00Z"),
       expect(IGN, ANY, ANY, "third_party"),
       note="a fake support account: never a case; the brand may still warn the presenter, so priority does not matter")
    SC("keel-sarcasm-payday-character-building", "sarcasm-customer",
       post("mel_b_kbs", "Love that Keel picked payday to switch off card payments. Nothing builds character like putting the "
                         "shopping back at the till 👏", at="2028-09-15T07:02:00Z"),
       expect(RP, "high", "current_account", "indirect"), note="sarcasm about an outage", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: names Keel Building Society in a post to everyone | sarcasm (irony 0.84) from a customer: a complaint | topic current_account: 'payday', 'card payment', 'card'")
    faye = post("faye_g_kbs", "anyone else's pay not gone in yet? 😬", at="2028-09-15T07:05:00Z")
    SC("keel-venting-card-declined-to-friend", "third-party-venting",
       post("chantelle_kbs", "@faye_g_kbs mine's in but Keel won't let me spend it lol, card declined twice at the shop this "
                             "morning", reply_to=faye, at="2028-09-15T07:11:00Z"),
       expect(MON, "low", "current_account", "third_party"))
    SC("keel-tagged-in-reply-diesel", "complaint-in-passing",
       post("big_al_kbs", f"@faye_g_kbs same, @{B} card declined three times, can't even get diesel to get to work",
            reply_to=faye, at="2028-09-15T07:16:00Z"),
       expect(RP, "high", "current_account", "indirect"), note="tags the brand inside a reply to a friend; outage", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: tags @KeelSociety in a post to everyone | complaint (0.94) | topic current_account: 'card', 'declined'")
    SC("keel-bystander-keel-over-pun", "joke-bystander",
       post("jokes_on_u_kbs", "@faye_g_kbs Keel by name, keel over by nature 🪦", reply_to=faye, at="2028-09-15T07:24:00Z"),
       expect(IGN, "low", None, "third_party"))
    SC("keel-stranger-status-page-advice", "third-party-chatter",
       post("status_sid_kbs", "@faye_g_kbs Keel's status page says card payments should be back by 11. Hang in there",
            reply_to=faye, at="2028-09-15T07:40:00Z"),
       expect(MON, "low", "current_account", "third_party"))
    SC("keel-abuse-app-down-school-shoes", "abuse-with-problem",
       post("wayne_h_kbs", f"@{B} you absolute clowns. Your app's been down all morning on a Friday and I can't buy my "
                           "kid's school shoes. Sort it out", at="2028-09-15T08:05:00Z"),
       expect(RP, "high", "app", "direct"))
    SC("keel-app-dead-dead", "complaint-indirect",
       post("jess_o_kbs", "Keel's app is dead. Dead dead. Can't even log in to see if I've been paid 💀", at="2028-09-15T08:20:00Z"),
       expect(RP, "high", "app", "indirect"), note="'dead' is about the app: an outage, not a death")
    SC("keel-direct-debits-bounced-times", "complaint-direct",
       post("fin_q_kbs", f"@{B} 3 direct debits bounced this morning at 09:14, 09:16 and 09:20, plus a £25 fee each time. "
                         "Will you refund those?", at="2028-09-15T08:45:00Z"),
       expect(RP, "high", "current_account", "direct"), note="times and amounts are not private details; an outage", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @KeelSociety | complaint (0.67) | topic current_account: 'direct debit', 'bounced'")
    SC("keel-hold-52-minutes-payday", "public-hotline-number",
       post("bex_w_kbs", "Been on hold to Keel on 0808 157 0461 for 52 minutes. On payday. Fifty-two minutes.",
            at="2028-09-15T09:10:00Z"),
       expect(RP, ANY, "current_account", "indirect"), strict=False,
       note="the number is the society's own helpline; an outage may make it high")
    SC("keel-no-update-rent-at-noon", "thread-with-brand",
       post("nat_r_kbs", "It's 10:15. No update at 9:30 like you said, card still declined and my rent goes out at 12.",
            reply_to=out, at="2028-09-15T09:15:00Z"),
       expect(RP, "high", "current_account", "direct"), note="replies to the brand's notice without @, during the outage", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: replies to @KeelSociety: the customer is talking to the brand | complaint (0.35) | topic current_account: 'card', 'declined'")
    SC("keel-de-mutter-krankenhaus", "medical-urgent",
       post("helga_s_kbs", f"@{B} Meine Mutter (89) liegt im Krankenhaus und braucht Geld für ihre Medikamente, aber ihre Karte "
                           "ist gesperrt. Ich habe eine Vollmacht. Was kann ich tun?", lang="de", at="2028-09-15T09:40:00Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a mother in hospital who needs her medicines")
    fixed = post(B, "Card payments and the app are working again. We're so sorry. If you were charged a fee or missed a payment "
                    "because of this morning, we'll refund it. No need to ask, it'll be back by Tuesday.",
                 at="2028-09-15T10:35:00Z")
    SC("keel-brand-outage-fixed", "brand-own-post", fixed, expect(IGN, "low", "current_account", "none"))
    SC("keel-repost-outage-fixed", "repost", post("lee_c_kbs", "", retweet=fixed, at="2028-09-15T10:41:00Z"),
       expect(IGN, "low", "current_account", "indirect"))
    SC("keel-repost-presenter-complaint", "repost", post("nan_pat_kbs", "", retweet=rosie, at="2028-09-15T10:52:00Z"),
       expect(IGN, "low", "current_account", "indirect"))
    SC("keel-news-payday-outage", "news-monitor",
       post("ashmoornews_kbs", "Keel Building Society members unable to make card payments for five hours on payday; the society "
                               "blames 'a fault at a supplier' {url:https://ashmoor-news.example/2028/09/keel-payday-outage}",
            at="2028-09-15T12:30:00Z"),
       expect(MON, "low", "current_account", "indirect"))
    SC("keel-news-robbery-charged", "news-monitor",
       post("ashmoornews_kbs", "Man, 34, charged after armed robbery at Keel Building Society's Tiverley branch on Thursday. "
                               "No one was hurt. {url:https://ashmoor-news.example/2028/09/tiverley-robbery-charge}"),
       expect(MON, "low", "safety", "indirect"), note="news of an incident that is over: not urgent")
    SC("keel-chemo-account-frozen", "medical-urgent",
       post("ines_c_kbs", "Keel have frozen my account for 'security checks' and I've got chemo at Ashmoor General on Monday and "
                          "no way to pay the taxi or my prescriptions. Anyone know how to get a human?"),
       expect(RP, "urgent", "safety", "indirect"), note="a medical need, said to everyone rather than to the brand")
    SC("keel-dialysis-calm-question", "medical-urgent",
       post("ray_d_kbs", f"@{B} my husband has dialysis three times a week and I look after our money now. Can I be added to his "
                         "account before he goes into hospital for his transplant on Monday?"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a medical need")
    SC("keel-fraud-case-reference", "private-details",
       post("yusuf_a_kbs", f"@{B} fraud case ref FR-339172. It's been 3 weeks since £2,300 was taken from my account and no one "
                           "has told me anything"),
       expect(RV, "high", "fraud", "direct"), note="a case reference is private; money lost to fraud is strong")

    # ======================================================================
    # Saturday 16 September: thanks, namesakes, the weekend
    # ======================================================================
    day("2028-09-16T07:15:00Z")
    SC("keel-praise-denise-stopped-scam", "praise",
       post("mags_h_kbs", "Massive thank you to Denise at Keel in Copple Green who spotted my mum was being scammed and stopped "
                          "her sending £9k to a 'builder'. She's 79. Absolute star ⭐"),
       expect(RP, "low", "fraud", "indirect"), known_miss="round 18, not met yet: priority: want \"low\", got high; the engine read: names Keel Building Society in a post to everyone | describes their own experience | sarcasm (irony 0.67) from a customer: a complaint | money lost to fraud | topic fraud: 'scam', 'scammed'")
    SC("keel-water-through-ceiling-ollerby", "complaint-direct",
       post("jill_m_kbs", f"@{B} fyi water is pouring through the ceiling in your Ollerby branch, they've closed the counter and "
                          "there are buckets everywhere. Nobody hurt, just a mess"),
       expect(RP, "normal", "branches", "direct"), note="a risk to property only, nobody hurt: not urgent")
    SC("keel-ollerby-open-after-leak", "question",
       post("rhi_p_kbs", f"@{B} is the Ollerby branch open this morning after the leak? Need to pay in cash for the school trip"),
       expect(RP, "normal", "branches", "direct"))
    SC("keel-praise-bereavement-tiverley", "praise",
       post("owen_l_kbs", f"@{B} thank you to Shona at the Tiverley branch who sat with me for an hour sorting the bereavement "
                          "paperwork after Mum passed away. Kindest person ❤️"),
       expect(RP, "low", "hardship", "direct"))
    SC("keel-praise-overdraft-fee-back", "praise",
       post("tilly_r_kbs", f"Fair play to @{B}, the £25 overdraft fee from Friday's mess is already back in my account and I "
                           "didn't even have to ask 👏"),
       expect(RP, "low", "current_account", "indirect"))
    SC("keel-praise-back-on-even-keel", "praise",
       post("nadia_s_kbs", "Six months on the debt plan with Keel and I'm finally back on an even keel. Thank you Priya in the "
                           "support team, you never once made me feel ashamed 💛"),
       expect(RP, "low", "hardship", "indirect"), note="the saying and the society in one post: thanks to the society")
    SC("keel-praise-isa-then-even-keel-pint", "praise",
       post("rob_t_kbs", "Sorted my ISA at Keel Building Society this morning then a pint of Even Keel at the brewery next door. "
                         "Both excellent, 10/10 Saturday 🍺"),
       expect(RP, "low", "savings", "indirect"), note="the society and the brewery's beer in one post")
    SC("keel-namesake-post-office-closing", "namesake",
       post("keelvillage_kbs", "Keel Post Office is closing for good on 30 September, so that's the last cash machine in the "
                               "village gone too. Petition at the Plough 😡"),
       expect(IGN, "low", ANY, "none"), note="a closure and a cash machine, but in Keel village: not the society")
    SC("keel-hashtag-keel-epoxy", "common-word",
       post("bryn_boats_kbs", "Third coat of epoxy on the new #keel today. She'll be back in the water before the clocks change 🛶 "
                              "#boatbuilding"),
       expect(IGN, "low", None, "none"))
    SC("keel-leg-day-keel-over", "common-word",
       post("gymgemma_kbs", "Leg day done. Genuinely about to keel over on the bus home 😵 worth it"),
       expect(IGN, "low", None, "none"), note="a figure of speech from someone who is fine")
    SC("keel-boat-loan-new-keel-savings", "common-word",
       post("kieran_b_kbs", "Finally paid off the boat loan 🎉 New keel, new sails, and a savings account that is now crying in "
                            "the corner"),
       expect(IGN, "low", ANY, "none"), note="a savings word next to a boat's keel: not the society")
    SC("keel-nl-hypotheekrente-keel-uit", "common-word",
       post("bram_d_kbs", "Die hypotheekrente hangt me echt de keel uit. Weer 0,4% omhoog bij de bank 😩", lang="nl"),
       expect(IGN, "low", ANY, "none"),
       note="Dutch 'het hangt me de keel uit' (I'm sick of it), about a mortgage rate at a Dutch bank")
    SC("keel-sarcasm-heads-you-win", "sarcasm-customer",
       post("pat_o_kbs", "Cheers Keel for cutting my ISA rate the same week you put my mortgage up. Heads you win, tails I lose 👏"),
       expect(RP, "normal", ANY, "indirect"), note="savings and mortgages tie", known_miss="round 18, not met yet: priority: want \"normal\", got low; the engine read: names Keel Building Society in a post to everyone | praise: thank them | topic mortgages: 'mortgage'")
    SC("keel-ombudsman-isa-transfer", "legal-threat-not-urgent",
       post("helen_p_kbs", f"@{B} 8 weeks since I complained about my ISA transfer. Final response by Monday or it goes to the "
                           "Financial Ombudsman."),
       expect(RP, "high", "savings", "direct"))
    SC("keel-solicitor-fca-erc", "legal-threat-not-urgent",
       post("neil_a_kbs", f"Keel charged me a £3,400 early repayment charge my offer never mentioned. Solicitor's letter goes out "
                          f"Monday and I'm copying in the FCA. @{B}"),
       expect(RP, "high", "mortgages", "indirect"))
    SC("keel-abuse-replacement-card", "abuse-with-problem",
       post("dazza_kbs", f"@{B} bunch of useless muppets. Reported my debit card stolen 9 days ago and there's STILL no "
                         "replacement card. How hard can it be"),
       expect(RP, "high", "current_account", "direct"))
    SC("keel-chatter-rowing-advert", "chatter-monitor",
       post("ad_nerd_kbs", "That new Keel advert with the grandad teaching the little girl to row has got me welling up on a "
                           "Saturday morning. Not crying, you're crying"),
       expect(MON, "low", None, "indirect"))
    SC("keel-chatter-money-boxes", "chatter-monitor",
       post("retro_ros_kbs", "Does anyone else remember the Keel Building Society money boxes shaped like little boats? Had one "
                             "on my windowsill for years, wonder if Mum kept it"),
       expect(MON, "low", None, "indirect"), note="a question to everyone about the society's past: chatter")
    SC("keel-follower-selling", "spam",
       post("growfast_kbs", f"@{B} Grow your brand 🚀 10k real followers for £19.99, instant delivery! "
                            "{{url:https://growfast.example/buy}}"),
       expect(IGN, "low", None, "direct"))
    SC("keel-fake-birthday-giveaway", "spam",
       post("keelrewards_kbs", "🎉 Keel Building Society 167th birthday giveaway! £500 for 20 lucky members. Follow, repost and "
                               "confirm your details here to enter 👉 {url:https://keel-rewards.example/claim}"),
       expect(IGN, "low", None, "indirect"))
    SC("keel-recovery-agents-spam", "spam",
       post("fundsback_kbs", "Lost money to a Keel scam? Our certified recovery agents get it back in 48h 💸 "
                             "WhatsApp +44 7700 900188"),
       expect(IGN, "low", "fraud", "indirect"), note="a phone number in spam is no member's private detail")

    # ======================================================================
    # Sunday 17 September: fake accounts, other languages, loose ends
    # ======================================================================
    day("2028-09-17T07:30:00Z")
    SC("keel-fake-official-account-dm", "spam",
       post("keelsoc_kbs", "Keel Building Society members: having trouble since Friday? Our support team is here 24/7. DM us "
                           "your account details and we'll sort it 🙏"),
       expect(IGN, "low", None, "indirect"), note="a look-alike account with the society's name in its display name")
    SC("keel-is-this-account-fake", "question",
       post("bill_r_kbs", f"@{B} there's an account called @keelhelp_kbs replying to people and asking for card numbers. "
                          "Is it one of yours or a fake? Looks like a scam to me"),
       expect(RP, "normal", "fraud", "direct"))
    SC("keel-fr-sms-arnaque", "non-english",
       post("claire_d_kbs", f"@{B} bonjour, j'ai reçu un SMS « Keel : votre compte est suspendu, cliquez ici ». "
                            "C'est une arnaque ?", lang="fr"),
       expect(RP, "normal", "fraud", "direct"))
    SC("keel-nl-filiaal-hawksmead", "non-english",
       post("wim_j_kbs", f"@{B} sluit het filiaal in Hawksmead echt? Mijn moeder is 86 en er is straks geen geldautomaat meer "
                         "in het dorp", lang="nl"),
       expect(RP, "normal", "branches", "direct"))
    SC("keel-pt-juros-poupanca", "non-english",
       post("ana_c_kbs", f"@{B} olá, quando é que os juros da minha conta poupança são pagos? Não aparece nada no extrato "
                         "deste mês", lang="pt"),
       expect(RP, "normal", "savings", "direct"))
    SC("keel-es-padre-fallecio", "non-english",
       post("carmen_l_kbs", f"@{B} mi padre falleció hace dos semanas. ¿Qué documentos necesitan para cerrar sus cuentas? "
                            "Ya tengo el certificado de defunción.", lang="es"),
       expect(RP, "normal", "hardship", "direct"))
    SC("keel-html-img-onerror-login", "html-entities",
       post("sec_steph_kbs", f"@{B} your online banking login page is showing &lt;/div&gt;&lt;img src=x onerror=alert(1)&gt; "
                             "under the password box. Has it been hacked?? 😳"),
       expect(RP, ANY, "app", "direct"), note="a login page that may be compromised: normal or high")
    SC("keel-columnist-isa-seven-weeks", "big-reach",
       post("hannah_ok_kbs", f"@{B} my own ISA transfer has been 'in progress' for seven weeks. I write about this for a living. "
                             "What is going on?"),
       expect(RP, "high", "savings", "direct"), note="460k followers")
    SC("keel-email-redemption-statement", "private-details",
       post("marion_h_kbs", f"@{B} please email my mortgage redemption statement to marion.hollis@postmark.example, your "
                            "website keeps timing out when I try to download it"),
       expect(RV, "normal", "mortgages", "direct"))
    SC("keel-address-isa-maturity-letter", "private-details",
       post("tom_g_kbs", f"@{B} you've sent my ISA maturity letter to my old flat. I'm at 14 Gannow Terrace, Brackwater AS4 7RW "
                         "now, I told the branch in July!"),
       expect(RV, "normal", "savings", "direct"))
    gail = post("gail_s_kbs", f"@{B} why has my regular saver been closed without any warning??")
    SC("keel-regular-saver-closed", "complaint-direct", gail, expect(RP, "normal", "savings", "direct"))
    gail_brand = post(B, "@gail_s_kbs Sorry Gail, that shouldn't happen. Please send us a DM and we'll look into it straight away.",
                      reply_to=gail)
    SC("keel-member-number-in-reply", "private-details",
       post("gail_s_kbs", "Can't DM, it says you don't accept messages from me. It's the regular saver, member no 60044218, "
                          "born 12/02/1979. Please just sort it", reply_to=gail_brand),
       expect(RV, "normal", "savings", "direct"), note="private details in a reply to the brand, without @", known_miss="round 18, not met yet: priority: want \"normal\", got high; the engine read: replies to @KeelSociety: the customer is talking to the brand | exposes an account, booking or security code and a date of birth in public: answer privately | complaint (0.60) | repeat contact | topic savings: 'regular saver', 'saver'")
    SC("keel-fixed-rate-fee-question", "question",
       post("kwame_o_kbs", f"@{B} your 2-year fixed rate is 4.89% with a £1,499 fee and the 5-year is 4.59% with no fee. On a "
                           "£180k mortgage which works out cheaper over 2 years?"),
       expect(RP, "normal", "mortgages", "direct"), note="rates, fees and a loan size are not private details")

    assert CLOCK.t < start + dt.timedelta(days=7), CLOCK.t
    return brand


BRANDS["keel-savings"] = ("KeelSociety", 7578901245, build_keel_savings)
