# Glide ("Glide Trams") is a made-up tram and light-rail network in the made-up city of Corbury:
# five lines (Kingsmoor, Riverside, Airport, Stannard Park and Eastgate) meeting at Corbury
# Central and Market Cross, stops with ticket machines and contactless readers, a ticket app with
# live times and a journey planner, daily and weekly contactless fare caps, season tickets and
# annual, weekly and student passes, step-free access with lifts and ramps, Hollowmead Park &
# Ride, engineering works with replacement buses, lost property, drivers and ticket inspectors on
# board, CCTV and a control room. Its helpline is 0808 157 0420 (in its bio).
# "Glide" is also an everyday word and a name: people glide on ice and dance floors, "glide
# through the interview", fly gliders from the Hollowmead gliding club and keep sugar gliders as
# pets. Glide Ice Rink, Glide pens, the Glide Inn (a pub by Wellgate tram stop), Glide Dance
# Academy, Glide Coaching (a personal trainer) and Tom Glide (a Corbury Athletic footballer) share
# the name. None of them is the tram company.
# The week, Monday 18 to Sunday 24 September 2028 (times in the posts are local, BST):
#   Mon  a signal failure at Market Cross in the morning rush: trams stuck, a diabetic woman
#        faints on a stuck tram, a radio presenter is stranded. A fault stops the contactless
#        fare cap, and the overcharges start to show.
#   Tue  Glide owns up to the capping fault. A cyclist's wheel catches in the tracks at Fenner's
#        Wharf. The Wellgate lift fails again; a shelter is smashed overnight.
#   Wed  the Saltings extension (a sixth line) is approved. In the evening a tram stops for an
#        hour near University and a woman is taken ill.
#   Thu  the signal fault is back; a kind driver is thanked; at night antisocial behaviour on the
#        Eastgate line, a threat to a driver and a knife.
#   Fri  refunds still missing, a regulator threat, the ticket app falls over at rush hour.
#   Sat  Corbury Athletic at home: dangerous crowding at Stannard Park after the match.
#   Sun  engineering works with replacement buses; lost property; the crush in the news.
# Written blind, from PRODUCT.md and the scenario README's conventions only.


class _GlideClock(Clock):
    """Posts a few minutes apart; the week's episodes are placed with at()."""

    def next(self, key):
        self.t += dt.timedelta(minutes=3 + h(key) % 17, seconds=h(key + "s") % 60)
        return self.t


def build_glide_trams():
    global CURRENT_BRAND, CLOCK
    brand = Brand("glide-trams", SCEN_DIR / "glide-trams.plan.toml", "GlideTrams", 7678901245, 1861220000000008101)
    CURRENT_BRAND, CLOCK = brand, _GlideClock("2028-09-18T05:30:00Z")
    end = parse_when("2028-09-25T05:30:00Z")
    B = "GlideTrams"
    user(B, "Glide", 7678901245,
         "Corbury's trams 🚋 Five lines, one network. We're here 6am–midnight, every day. "
         "Helpline 0808 157 0420. Live times in the Glide app.",
         48_200, following=930, tweets=86_000, listed=260, verified=True)

    count = [0]

    def person(username, name, bio, followers, **kw):
        assert username.endswith("_glt"), username
        count[0] += 1
        return user(username, name, 13240100000 + count[0] * 4129, bio, followers, **kw)

    def at(when):
        d = parse_when(when)
        assert d >= CLOCK.t, f"at({when}) is before {CLOCK.t}"
        CLOCK.t = d

    # People
    person("ruthie_k_glt", "Ruth Kavanagh", "Physio. Wellgate. Tea first.", 340)
    person("punmerchnt_glt", "Barry", "Puns. Sorry in advance.", 1200)
    person("bus_buff_glt", "Neil Foxton", "I know every bus route in Corbury. Ask me.", 2300)
    person("deano_p_glt", "Dean Pritchard", "Kingsmoor. Electrician. Early starts.", 210)
    person("maz_obi_glt", "Maryam Obi", "Pharmacy student. Market Cross commuter.", 480)
    person("jonnyvee_glt", "Jonny Vee", "Breakfast show, Corbury Sound 📻 Weekdays 6–10. Views my own.",
           612_000, following=1300, listed=2100, verified=True)
    person("glider_gaz_glt", "Gaz Whitby", "Glider pilot at Hollowmead. Clouds are my office.", 870)
    person("kezia_b_glt", "Kezia Boateng", "Marketing. Podcasts. Mildly caffeinated.", 690)
    person("hols_m_glt", "Holly Marsh", "History MA, Corbury Uni.", 260)
    person("tariq_n_glt", "Tariq Nasser", "Always nearly on time.", 190)
    person("bev_ash_glt", "Bev Ashworth", "Grandma, gardener, Kingsmoor lifer.", 150)
    person("ikenna_or_glt", "Ikenna Obi-Ross", "Looking for my next role. Excel survivor.", 330)
    person("ballet_bea_glt", "Bea Lindqvist", "Ex-dancer. Now I just walk nicely.", 410)
    person("socialrckt_glt", "SocialRocket 🚀", "Grow your brand today 📈 Real followers 💯", 7600, following=5000)
    person("nadia_f_glt", "Nadia Farah", "Nurse. Contactless everything.", 280)
    person("lils_t_glt", "Lily Thorne", "Charity shop queen. Corbury.", 920)
    person("gav_mcc_glt", "Gavin McCall", "", 60)
    person("priti_s_glt", "Priti Shah", "Accountant. Checks every statement.", 370)
    person("sam_rowe_glt", "Sam Rowe", "Gigs most weekends.", 510)
    person("ellis_k_glt", "Ellis Kane", "Drummer (bad). Barista (good).", 640)
    person("mo_farouk_glt", "Mo Farouk", "Junior architect. Things go wrong.", 300)
    person("jj_wallace_glt", "JJ Wallace", "kingsmoor. warehouse. tired.", 90)
    person("carol_h_glt", "Carol Hendry", "Retired teacher. Persistent.", 240)
    person("ahmed_r_glt", "Ahmed Rashid", "Shares useful things.", 430)
    person("hannah_jo_glt", "Hannah Jones", "Runner. Watch on, always.", 560)
    person("ollie_dunn_glt", "Ollie Dunn", "Cycle courier. Fenner's Wharf.", 350)
    person("lea_morel_glt", "Léa Morel", "Française à Corbury. Vélo et café.", 220)
    person("cyclecorb_glt", "Cycle Corbury", "Volunteer-run cycling group. Rides every Sunday.", 4100)
    person("jas_kaur_glt", "Jas Kaur", "Wheelchair user. Software tester. Wellgate.", 1900)
    person("meg_dowd_glt", "Meg Dowd", "Mum of two under 3. Send coffee.", 310)
    person("phil_g_glt", "Phil Garside", "Looking after Dad.", 120)
    person("rollin_rach_glt", "Rachel Imrie", "Wheelchair user, disability rights, bad jokes.", 2800)
    person("den_hughes_glt", "Dennis Hughes", "Brackley Lane. Early shift at the depot.", 80)
    person("iceglide_glt", "Glide Ice Rink", "Corbury's ice rink ⛸️ Public skating, disco skate, lessons.", 5300)
    person("penpal_pat_glt", "Pat Ng", "Stationery nerd. Notebooks. Pens. More pens.", 1700)
    person("corburypost_glt", "Corbury Post", "News for Corbury and the Vale.", 93_000, following=1100, verified=True)
    person("ade_w_glt", "Ade Williams", "Wheelchair basketball. Eastgate.", 720)
    person("fi_barlow_glt", "Fiona Barlow", "Wellgate. Bad knees, good humour.", 260)
    person("pete_lomax_glt", "Pete Lomax", "Seen it all before.", 540)
    person("lucia_ferr_glt", "Lucía Ferrer", "Enfermera en Corbury.", 200)
    person("glideinn_glt", "The Glide Inn", "Real ales, quiz night Wednesdays. Next to Wellgate tram stop.", 2100)
    person("pablo_mv_glt", "Pablo Martín Vidal", "Ingeniero. Sevilla → Corbury.", 180)
    person("kiran_d_glt", "Kiran Dhillon", "Type 1 since I was 9. Data analyst.", 450)
    person("bec_s_glt", "Becca Stone", "", 210)
    person("liv_m_glt", "Liv Mercer", "Student. Always on a tram.", 380)
    person("jonas_b_glt", "Jonas Becker", "Maschinenbauer in Corbury.", 140)
    person("sugarpip_glt", "Dani Fenwick", "Mum to Pip the sugar glider 🐾", 2600)
    person("stiftfan_glt", "Lena Vogt", "Lehrerin. Notizbücher.", 160)
    person("big_stu_glt", "Stu Harker", "Kingsmoor. Forklift. Not a morning person.", 110)
    person("anouk_v_glt", "Anouk Visser", "Nederlandse in Corbury. Rolstoelgebruiker.", 300)
    person("june_okoro_glt", "June Okoro", "Carer for my mum. Saltings.", 170)
    person("giulia_r_glt", "Giulia Rossi", "Ricercatrice. Corbury.", 240)
    person("giveaway_hq_glt", "Glide Rewards 🎁", "Daily giveaways! Follow to win 🎉", 2900, following=4900)
    person("sophie_a_glt", "Sophie Adeyemi", "Nights at St Aldo's. Eastgate.", 330)
    person("ty_marsh_glt", "Ty Marsh", "Eastgate. Barber.", 520)
    person("nat_c_glt", "Nat Coleman", "", 230)
    person("zac_c_glt", "Zac Coleman", "", 190)
    person("dazza_glt", "Daz", "don't @ me", 70)
    person("chloe_p_glt", "Chloe Parr", "Saltings. Nails. Netflix.", 410)
    person("kyle_p_glt", "Kyle Parr", "", 95)
    person("dom_fitz_glt", "Dom Fitzgerald", "Hospital porter. Double shifts.", 260)
    person("mumof3_kat_glt", "Kat Lowry", "Three kids, one brain cell.", 1400)
    person("glidehelp_glt", "Glide Trams Support ✅", "Official support 24/7 💬 DM us for refunds!", 140, following=3000)
    person("tony_r_glt", "Tony Rudd", "", 45)
    person("harold_p_glt", "Harold Pickering", "Retired. Keeps every receipt.", 150)
    person("cass_w_glt", "Cass Whitlow", "Cycle courier (on the mend).", 290)
    person("hattie_w_glt", "Hattie Wren", "Kingsmoor. Data. Sweating.", 230)
    person("joao_m_glt", "João Martins", "Motorista de entregas. Corbury.", 120)
    person("marco_b_glt", "Marco Bellini", "Cuoco. Corbury.", 160)
    person("stella_n_glt", "Stella Njoku", "Solicitor's clerk. Annual pass holder.", 200)
    person("reuben_a_glt", "Reuben Asante", "Second year, Corbury Uni.", 340)
    person("maggie_d_glt", "Maggie Doyle", "New flat, same old commute.", 150)
    person("thermals_glt", "Rob Tennant", "Hollowmead Gliding Club. Chasing thermals.", 1100)
    person("danca_mae_glt", "Ana Costa", "Mãe da Beatriz. Corbury.", 90)
    person("callum_j_glt", "Callum Jeffries", "Bar manager. Late finishes.", 380)
    person("ash_p_glt", "Ash Patel", "Weekends are for town.", 720)
    person("xss_vik_glt", "Vik Rao", "Pen tester. I break your forms so others can't.", 2600)
    person("ellamakes_glt", "Ella Makes", "DIY, upcycling and honest reviews 🛠️ Corbury.",
           284_000, following=900, listed=1100, verified=True)
    person("camille_d_glt", "Camille Dubois", "Consultante. Toujours entre deux avions.", 610)
    person("cryptomoon_glt", "GLIDE Token 🚀", "The next 100x. Not financial advice 😉", 3800, following=5000)
    person("tom_h_glt", "Tom Harrop", "Care worker. Early shifts. Wheelchair user.", 190)
    person("gemma_t_glt", "Gemma Tully", "Athletic season ticket since '09. Mum.", 880)
    person("lukas_h_glt", "Lukas Hoffmann", "Fußball. Bier. Corbury.", 240)
    person("danny_hale_glt", "Danny Hale", "Football writer and broadcaster. Corbury lad.",
           1_150_000, following=2200, listed=4800, verified=True)
    person("reece_o_glt", "Reece Oduya", "Athletic till I die 💙", 430)
    person("athletic_al_glt", "Al Brennan", "Corbury Athletic. East Stand. Every week.", 1600)
    person("athleticfc_glt", "Corbury Athletic FC", "Official account of Corbury Athletic ⚽💙", 182_000, verified=True)
    person("kelly_b_glt", "Kelly Brooks", "", 310)
    person("skatefan_glt", "Mira Kowalczyk", "Figure skating, all day every day ⛸️", 6700)
    person("glidecoach_glt", "Glide Coaching", "Personal training & bootcamps in Corbury 💪 Coach Sam Glide.", 1900)
    person("wendy_c_glt", "Wendy Carr", "Saltings. Dog walker. Rain magnet.", 240)
    person("priya_d_glt", "Priya Desai", "Eastgate. Retail.", 190)
    person("local_lou_glt", "Lou Fenton", "Eastgate born and bred.", 680)
    person("priya_dev_glt", "Priya Devlin", "Just married 💍", 420)
    person("ben_t_glt", "Ben Tran", "Engineering student. Forgetful.", 260)
    person("daan_vk_glt", "Daan van Kampen", "Nederlander in Corbury.", 130)
    person("amy_l_glt", "Amy Lowe", "Type 1. Teacher. University stop.", 310)
    person("rita_g_glt", "Rita Gallagher", "Kingsmoor. 74 and still running about.", 110)
    person("gary_w_glt", "Gary Webb", "Saltings. Keys: lost.", 85)
    person("rinkmum_glt", "Sara Holm", "Skate mum. Cold hands.", 360)
    person("newtocorb_glt", "Maddie Park", "Moving to Corbury in October 🚲", 290)
    person("wheelsmith_glt", "Jon Abara", "Bike mechanic. Corbury Cycles.", 1500)
    person("ana_k_glt", "Ana Kowal", "", 130)
    person("kev_b_glt", "Kev Burrows", "", 45)
    person("ryan_t_glt", "Ryan Thorpe", "Saltings. Football.", 170)
    person("mira_s_glt", "Mira Sandhu", "Year 12. Riverside line.", 230)
    person("wes_k_glt", "Wes Kinley", "Ashby Road. Late again.", 180)
    person("noor_h_glt", "Noor Hadid", "Airport line, every day.", 270)
    person("sandra_m_glt", "Sandra Mills", "Mum of a 15 year old. Protective.", 160)
    person("nell_p_glt", "Nell Prior", "Old Foundry. Night shift nurse.", 210)
    person("raj_k_glt", "Raj Kumar", "Brackley Lane. Taxi driver.", 330)
    person("luke_s_glt", "Luke Stanton", "Student. Folding bike evangelist.", 240)
    person("ashby_mo_glt", "Mo Sheikh", "Ashby Road. IT.", 150)

    # ======================================================================
    # Monday 18 September: signal failure in the morning rush, then the fare cap fault
    # ======================================================================
    morning = tw(B, "Good morning Corbury ☀️ All five lines are running a good service this morning. "
                    "Have a great Monday and see you on board 🚋")
    SC("glide-brand-good-morning", "brand-own-post", morning, expect(IGN, "low", None, "none"))

    at("2028-09-18T06:20:00Z")
    sig = tw(B, "⚠️ Signal failure at Market Cross: no trams between Corbury Central and Kingsmoor for now. "
                "Your ticket is valid on Corbury Buses routes 4 and 41. Next update 07:45.")
    SC("glide-brand-signal-failure-notice", "brand-own-post", sig, expect(IGN, "low", "disruption", "none"))

    ruth = tw("ruthie_k_glt", f"@{B} stood at Wellgate for 25 mins, board just says DELAYED in big letters and "
                              "nothing else. I start at 8. Is anything actually moving??")
    SC("glide-wellgate-delayed-start-at-8", "complaint-direct", ruth, expect(RP, "normal", "disruption", "direct"))
    SC("glide-bystander-abide-pun", "joke-bystander",
       tw("punmerchnt_glt", "@ruthie_k_glt Glide? More like Abide. As in, abide at Wellgate forever 🧘‍♀️", reply_to=ruth),
       expect(IGN, "low", None, "third_party"),
       note="a stranger's pun inside a customer's thread; the brand is not tagged")
    SC("glide-stranger-suggests-the-41", "third-party-chatter",
       tw("bus_buff_glt", "@ruthie_k_glt the 41 from outside Wellgate gets you into town in 15 and they're taking "
                          "Glide tickets this morning. Quicker than waiting", reply_to=ruth),
       expect(MON, "low", "fares", "third_party"),
       note="a stranger's advice in someone else's thread: monitor; 'tickets' gives the topic")
    SC("glide-quote-good-service", "quote",
       tw("deano_p_glt", "'a good service' 😂 been stuck outside Market Cross for 20 mins with the doors shut "
                         "and not one announcement", quote=morning),
       expect(RP, "normal", "disruption", "indirect"), strict=False,
       note="quotes the brand's own post without tagging it: answer, or only monitor?")
    SC("glide-fainted-on-stuck-tram", "medical-urgent",
       tw("maz_obi_glt", f"@{B} woman on our tram (stuck just past Market Cross) has fainted. She says she's "
                         "diabetic and it's roasting in here, doors won't open. Driver's radioed but can "
                         "someone get to us?"),
       expect(RP, "urgent", "safety", "direct"))
    pres = tw("jonnyvee_glt", f"One of about 200 people stuck on a Glide tram outside Market Cross. No info, no air, "
                              f"and I'm meant to be on air at 9. Hello @{B}? Anyone?")
    SC("glide-presenter-stuck-on-air-at-9", "big-reach", pres, expect(RP, "high", "disruption", "indirect"),
       note="612k followers; the handle comes late in a post to everyone")
    SC("glide-glider-pilot-joke-in-thread", "joke-bystander",
       tw("glider_gaz_glt", "@jonnyvee_glt should've come in with me in the glider, Jonny. At least mine "
                            "actually glide 🪂😂", reply_to=pres),
       expect(IGN, "low", None, "third_party"),
       note="a joke in the presenter's thread, with 'glide' as a verb; he dropped the brand's handle", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("glide-sarcasm-living-the-dream", "sarcasm-customer",
       tw("kezia_b_glt", "Nothing sets you up for the week like 40 minutes on a Glide tram that hasn't moved an "
                         "inch. Living the dream, honestly ✨"),
       expect(RP, "normal", "disruption", "indirect"), note="sarcasm with no complaint words", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Glide in a post to everyone | general chatter about the brand | topic disruption: 'hasn't moved'")
    seminar = tw("hols_m_glt", "who's in for the 9am seminar? need someone to save me a seat")
    SC("glide-venting-late-for-seminar", "third-party-venting",
       tw("tariq_n_glt", "@hols_m_glt me but I'll be late, Glide have broken down at Market Cross again. "
                         "save me one too 😩", reply_to=seminar),
       expect(MON, "low", "disruption", "third_party"), note="lesson 2: a friend's thread, don't butt in")
    SC("glide-praise-calm-driver", "praise",
       tw("bev_ash_glt", "Proper shout out to the Glide driver on the 07:50 from Kingsmoor this morning who "
                              "kept everyone calm, updated us every few minutes and even got a laugh out of a "
                              "very nervous old lady. Made a rubbish morning bearable 👏"),
       expect(RP, "low", "staff", "indirect"))
    ruth_brand = tw(B, "@ruthie_k_glt Sorry Ruth. The signal fault at Market Cross is fixed and trams are moving "
                       "again, with some delays while they get back into place. It shouldn't happen again this week.",
                    reply_to=ruth)
    SC("glide-brand-reply-signal-fixed", "brand-own-post", ruth_brand,
       expect(IGN, "low", "disruption", "none"))
    SC("glide-common-word-interview", "common-word",
       tw("ikenna_or_glt", "Honestly thought I'd glide through the interview and then they asked me to "
                              "explain a pivot table 😭"),
       expect(IGN, "low", None, "none"))
    SC("glide-follower-selling", "spam",
       tw("socialrckt_glt", f"@{B} 🚀 Grow your transport brand fast! 10k REAL followers for just £29 💯 "
                              "DM us now {url:https://socialrocket.example/grow}"),
       expect(IGN, "low", None, "direct"))

    at("2028-09-18T10:30:00Z")
    nadia = tw("nadia_f_glt", f"@{B} I tapped in and out four times yesterday, which should be capped at £5.40, "
                              "but my contactless has been charged £9.20. What's going on?")
    SC("glide-cap-not-applied", "complaint-direct", nadia, expect(RP, "normal", "fares", "direct"),
       note="prices and counts of journeys are not private details")
    nadia_brand = tw(B, "@nadia_f_glt Sorry Nadia, that's not right. We're looking into it with our payments team "
                        "now and I'll come back to you here by 4pm today with an update.", reply_to=nadia)
    lils = tw("lils_t_glt", "love that Glide's 'daily cap' apparently means 'we'll cap it at whatever we fancy'. "
                            "£12.80 for a day of pottering round town, v reasonable 🙃")
    SC("glide-sarcasm-daily-cap", "sarcasm-customer", lils, expect(RP, "normal", "fares", "indirect"))
    SC("glide-fake-refunds-team", "spam",
       tw("glidehelp_glt",
          "@lils_t_glt Hi! Glide Refunds Team here 👋 So sorry about the daily cap. To get your refund today "
          "just DM us your card number and the 3 digits on the back 💳", reply_to=lils),
       expect(IGN, "low", "fares", "third_party"), strict=False,
       note="an impersonator fishing for card details: not a case to answer, though the brand may want to "
            "warn the customer")
    SC("glide-card-number-charged-twice", "private-details",
       tw("gav_mcc_glt", f"@{B} charged twice for the same trip this morning on card 5555 5555 5555 4444 and the "
                         "weekly cap still hasn't kicked in. Can you refund it please"),
       expect(RV, "normal", "fares", "direct"), note="a Luhn-valid test card number")
    SC("glide-card-last-four-only", "private-details",
       tw("priti_s_glt", f"@{B} overcharged again on my contactless, card ending 0192. £11.60 for three trips "
                         "when the cap's £5.40. Is this the same fault everyone's on about?"),
       expect(RP, "normal", "fares", "direct"), strict=False,
       note="only the last four digits of a card: many desks treat that as safe to discuss in public, "
            "others would still move to DM")
    gig = tw("sam_rowe_glt", "did you make it to the gig in the end?? was it worth it")
    SC("glide-venting-cap-myth", "third-party-venting",
       tw("ellis_k_glt", "@sam_rowe_glt yeah it was amazing! but Glide charged me £14 to get there and back "
                         "somehow. the contactless cap is a myth", reply_to=gig),
       expect(MON, "low", "fares", "third_party"))
    SC("glide-monday-list-charged-twice", "complaint-in-passing",
       tw("mo_farouk_glt", f"Monday so far: alarm didn't go off, coffee down my white shirt, @{B} charged me "
                           "twice for one trip, and now it's chucking it down. Who did I wrong"),
       expect(RP, "normal", "fares", "indirect"))
    SC("glide-common-word-ballet-teacher", "common-word",
       tw("ballet_bea_glt", "Glide, don't stomp. The only thing my ballet teacher ever said to me and I still "
                            "hear it every time I take the stairs at work"),
       expect(IGN, "low", None, "none"), note="the word capitalised at the start of a sentence", known_miss="round 18, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got direct; the engine read: speaks to Glide by name | complaint (0.41)")
    at("2028-09-18T16:40:00Z")
    SC("glide-lowercase-third-day-late", "complaint-indirect",
       tw("jj_wallace_glt", "the glide from kingsmoor was 20 min late again tonight, third day running. "
                            "might as well walk"),
       expect(RP, "high", "disruption", "indirect"),
       note="the name in lower case, about the customer's own trams; the third day running makes it strong", known_miss="round 18, not met yet: action: want \"respond_public\", got ignore; priority: want \"high\", got low; addressed: want \"indirect\", got none; the engine read: 'glide' is used as an ordinary word | topic disruption: 'late'")
    SC("glide-helpline-on-hold", "public-hotline-number",
       tw("carol_h_glt", f"Rang Glide on 0808 157 0420 about being overcharged on contactless. 35 mins on hold, "
                         f"then cut off. @{B} is anyone actually there?"),
       expect(RP, "normal", "fares", "indirect"), strict=False,
       note="the number is the brand's own helpline, not a private detail")

    # ======================================================================
    # Tuesday 19: the cap fault owned up to, a cyclist in the tracks, the Wellgate lift
    # ======================================================================
    at("2028-09-19T05:50:00Z")
    cap_post = tw(B, "We've found a fault that stopped the daily and weekly fare cap being applied to some "
                     "contactless journeys on 17 and 18 September. Anyone overcharged will be refunded "
                     "automatically within 5 working days. We're sorry.")
    SC("glide-brand-cap-fault-apology", "brand-own-post", cap_post, expect(IGN, "low", "fares", "none"))
    SC("glide-repost-cap-apology", "repost", tw("ahmed_r_glt", "", retweet=cap_post),
       expect(IGN, "low", "fares", "indirect"))
    apq = tw("hannah_jo_glt", f"@{B} does this cover Apple Pay on my watch too, or just cards? I was charged "
                              "twice on the 17th", reply_to=cap_post)
    SC("glide-apple-pay-question-under-apology", "question-in-reply-to-brand", apq,
       expect(RP, "normal", "fares", "direct"))
    apq_brand = tw(B, "@hannah_jo_glt Yes, Apple Pay and Google Pay are covered too. The refund goes back to "
                      "whichever card sits behind your watch, by Monday at the latest.", reply_to=apq)
    SC("glide-thanks-after-brand-answer", "thread-with-brand",
       tw("hannah_jo_glt", "perfect, thank you for the quick answer 🙌", reply_to=apq_brand),
       expect(RP, "low", None, "direct"), note="thanks in reply to the brand's answer, without @: direct praise")

    at("2028-09-19T07:15:00Z")
    SC("glide-cyclist-wheel-in-tracks", "safety-urgent",
       tw("ollie_dunn_glt", f"@{B} my front wheel caught in the tracks on Fenner's Wharf and I went straight over "
                            "the handlebars. Think my wrist is broken. There's no warning sign anywhere near "
                            "that bend"),
       expect(RP, "urgent", "safety", "direct"))
    SC("glide-fr-cyclist-witness", "safety-urgent",
       tw("lea_morel_glt", f"Un cycliste vient de tomber à Fenner's Wharf, sa roue s'est coincée dans les rails du "
                           f"tram. Il est blessé à la tête, on a appelé le SAMU. @{B} il faut des panneaux ici !",
          lang="fr"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness, in French, tagging the brand at the end")
    SC("glide-namesake-ice-rink-tickets", "namesake",
       tw("iceglide_glt", "Glide Ice Rink disco skate tonight! Tickets £8.50 including skate hire, doors 7pm 🎶⛸️"),
       expect(IGN, "low", ANY, "none"), note="'tickets' is a fares keyword, but this is the ice rink")
    SC("glide-chatter-old-fall-advice", "chatter-monitor",
       tw("cyclecorb_glt", "Cycling tip for anyone new to Corbury: cross the Glide rails at a right angle, never "
                           "ride along them. Learned that one the hard way back in 2025 😅🚲"),
       expect(MON, "low", None, "indirect"), note="an old fall, told as advice: sounds risky, nothing to answer")

    at("2028-09-19T09:10:00Z")
    jas = tw("jas_kaur_glt", f"@{B} the lift at Wellgate is out of order AGAIN. I'm a wheelchair user. How am I meant "
                             "to get up to the platform? This is the third time this month")
    SC("glide-wellgate-lift-third-time", "complaint-direct", jas, expect(RP, "high", "accessibility", "direct"),
       note="third time this month: a strong, repeated complaint")
    jas_brand = tw(B, "@jas_kaur_glt I'm really sorry, Jas. An engineer is on the way to Wellgate now and we expect "
                      "the lift back by 2pm. Until then staff at the stop can book you an accessible taxi to Old "
                      "Foundry at our cost.", reply_to=jas)
    SC("glide-lift-followup-without-at", "thread-with-brand",
       tw("jas_kaur_glt", "ok, taxi's booked for now. will someone tell me when the lift is actually back? I need "
                          "it again at 6", reply_to=jas_brand),
       expect(RP, ANY, "accessibility", "direct"),
       note="a follow-up question in the brand's thread, without @; normal or high after 'third time this month'")
    SC("glide-pushchair-lift-question", "question",
       tw("meg_dowd_glt", f"@{B} is the lift at Old Foundry working today? I've got a pushchair and a toddler and "
                          "those stairs are lethal"),
       expect(RP, "normal", "accessibility", "direct"),
       note="'lethal' is a figure of speech about stairs with a buggy, not a danger being reported")
    SC("glide-oxygen-dad-lift-down", "medical-urgent",
       tw("phil_g_glt", f"@{B} my dad is on oxygen and can't manage stairs. With the Wellgate lift down, how do I "
                        "get him to his hospital appointment at St Aldo's for 2pm? Is there another stop with a "
                        "working lift?"),
       expect(RP, "urgent", ANY, "direct"), note="a calm question, but a medical need; safety and lift tie")
    SC("glide-sarcasm-temporarily-since-june", "sarcasm-customer",
       tw("rollin_rach_glt", "Oh good, the Wellgate lift is \"temporarily\" out of order. Temporarily since June. "
                             "Love that for us wheelchair users 🙃 #Glide"),
       expect(RP, "normal", "accessibility", "indirect"), note="the brand only as a hashtag")
    SC("glide-shelter-glass-smashed", "complaint-direct",
       tw("den_hughes_glt", f"@{B} someone's smashed the glass in the shelter at Brackley Lane overnight. It's all "
                            "been swept into a pile but the shelter's open to the rain now. Was like that when I "
                            "got here"),
       expect(RP, "normal", "facilities", "direct"),
       note="damage to property, already swept up, nobody there: not urgent", known_miss="round 18, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @GlideTrams | a danger to health or safety: urgent | topic facilities: 'shelter'")
    SC("glide-namesake-pens", "namesake",
       tw("penpal_pat_glt", "Glide pens are the only pens worth owning. The 0.5 blue ones never skip, never "
                            "smudge, and they last for months ✍️"),
       expect(IGN, "low", None, "none"))

    # ======================================================================
    # Wednesday 20: the Saltings extension; a tram stuck near University in the evening
    # ======================================================================
    at("2028-09-20T08:00:00Z")
    newline = tw(B, "Big news 🎉 The Saltings extension is go! Our sixth line will link Eastgate with Saltings and "
                    "Corbury Airport by 2031. Tell us what you think in the consultation: "
                    "{url:https://glide.example/saltings}")
    SC("glide-brand-saltings-extension", "brand-own-post", newline, expect(IGN, "low", "works", "none"))
    SC("glide-news-extension-approved", "news-monitor",
       tw("corburypost_glt", "Glide's £410m tram extension to Saltings and the airport gets the green light from "
                             "the combined authority {url:https://corburypost.example/2028/09/glide-saltings-extension}"),
       expect(MON, "low", "works", "indirect"))
    SC("glide-step-free-new-line-question", "question-in-reply-to-brand",
       tw("ade_w_glt", f"@{B} will the new line have step-free access at every stop? The Eastgate line stops are a "
                       "nightmare in a wheelchair", reply_to=newline),
       expect(RP, "normal", "accessibility", "direct"), known_miss="round 18, not met yet: priority: want \"normal\", got urgent; the engine read: replies to @GlideTrams: the customer is talking to the brand | complaint (0.66) | a person at risk: urgent | topic accessibility: 'step-free', 'wheelchair'")
    SC("glide-quote-fix-the-lift-first", "quote",
       tw("fi_barlow_glt", "Lovely. Meanwhile the Wellgate lift has been broken for a week. Maybe fix the stops "
                           "you've already got first? 🙄", quote=newline),
       expect(RP, "normal", "accessibility", "indirect"), strict=False,
       note="a complaint quoting the brand's post without tagging it")
    SC("glide-chatter-believe-it-when", "chatter-monitor",
       tw("pete_lomax_glt", "Glide to the airport by 2031. I'll believe it when I see it. Be nice not to pay £38 "
                            "for a taxi though"),
       expect(MON, "low", None, "indirect"), note="an opinion about news, no problem of his own", known_miss="round 18, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; topic: want null, got fares; the engine read: names Glide in a post to everyone | sarcasm (irony 0.65) from a customer: a complaint | topic fares: an amount of money")
    SC("glide-es-cobraron-dos-veces", "non-english",
       tw("lucia_ferr_glt", f"@{B} ayer me cobraron dos veces el mismo viaje con la tarjeta contactless. "
                            "¿Cómo pido el reembolso?", lang="es"),
       expect(RP, "normal", "fares", "direct"))
    SC("glide-namesake-pub-by-tram-stop", "namesake",
       tw("glideinn_glt", "Quiz night at the Glide Inn tonight! It's the pub right by Wellgate tram stop, first "
                          "round's on us 🍻"),
       expect(IGN, "low", ANY, "none"), note="'tram stop' is a keyword, but the Glide Inn is a pub")

    at("2028-09-20T16:40:00Z")
    SC("glide-es-senora-desmayada", "medical-urgent",
       tw("pablo_mv_glt", f"@{B} el tranvía lleva 30 minutos parado entre Ashby Road y University y una señora "
                          "mayor se ha desmayado. ¡Necesitamos una ambulancia, por favor!", lang="es"),
       expect(RP, "urgent", "safety", "direct"))
    SC("glide-calm-type1-hypo", "medical-urgent",
       tw("kiran_d_glt", f"@{B} quick one, no panic: I'm type 1 and my tram has been sat still near University "
                         "for 45 mins. I'm fine for now but I've only got one hypo snack left. Any idea how "
                         "long we'll be?"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a medical need")
    home = tw("bec_s_glt", "home yet or still on that tram? 😬")
    SC("glide-venting-ill-passenger-fine", "third-party-venting",
       tw("liv_m_glt", "@bec_s_glt still on the Glide 🙄 someone was taken ill up front earlier, paramedics have "
                       "been and she's absolutely fine, we just haven't moved since. send snacks", reply_to=home),
       expect(MON, "low", "safety", "third_party"),
       note="the medical emergency is over and told to a friend: monitor, not urgent")
    SC("glide-de-verspaetung", "non-english",
       tw("jonas_b_glt", f"@{B} Schon wieder 25 Minuten Verspätung auf der Kingsmoor-Linie. Was ist da los?",
          lang="de"),
       expect(RP, "normal", "disruption", "direct"))

    # ======================================================================
    # Thursday 21: the signal fault again, a kind driver, a violent night on the Eastgate line
    # ======================================================================
    at("2028-09-21T06:25:00Z")
    SC("glide-signal-fault-back-again", "repeat-contact",
       tw("ruthie_k_glt", f"@{B} you said on Monday the Market Cross signal fault was fixed. Sat outside it again "
                          "for 20 mins this morning. What's the actual plan?", reply_to=ruth_brand),
       expect(RP, "high", "disruption", "direct"), note="back on a case the brand already answered")
    SC("glide-abusive-clowns-delayed", "abuse-with-problem",
       tw("big_stu_glt", f"@{B} you absolute clowns. 4th morning this week the Kingsmoor line's been delayed at "
                         "rush hour and I've been late for work every single time. Sort it out"),
       expect(RP, "high", "disruption", "direct"))
    SC("glide-sugar-glider", "common-word",
       tw("sugarpip_glt", "Pip just tried to glide off the curtain rail and landed face first in the fruit "
                          "bowl 😂🐾 sugar gliders are not graceful"),
       expect(IGN, "low", None, "none"))
    SC("glide-nl-lift-kapot", "non-english",
       tw("anouk_v_glt", f"@{B} de lift bij Wellgate is alweer kapot en ik zit in een rolstoel. Hoe kom ik nu op "
                         "het perron?", lang="nl"),
       expect(RP, "normal", "accessibility", "direct"))
    SC("glide-packed-killing-me", "complaint-indirect",
       tw("wes_k_glt", "three trams in a row too packed to get on at Ashby Road, now 25 mins late for work. "
                       "Glide you're killing me"),
       expect(RP, "normal", "disruption", "indirect"), note="'killing me' is a figure of speech", known_miss="round 18, not met yet: priority: want \"normal\", got high; the engine read: names Glide in a post to everyone | describes their own experience | complaint (0.67) | the problem keeps coming back | topic disruption: 'packed', 'late'")
    at("2028-09-21T13:00:00Z")
    SC("glide-praise-driver-marcus", "praise",
       tw("june_okoro_glt", f"@{B} huge thanks to Marcus, the driver on the 14:32 to Saltings, who waited for my "
                            "mum and helped her on with all her shopping. Kindest man ❤️"),
       expect(RP, "low", "staff", "direct"))
    SC("glide-it-grazie-conducente", "non-english",
       tw("giulia_r_glt", f"Grazie @{B}! Il conducente del tram di stamattina mi ha restituito il portafoglio "
                          "che mi era caduto, gentilissimo 🙏", lang="it"),
       expect(RP, "low", "staff", "indirect"), note="praise in Italian")
    SC("glide-de-namesake-kuli", "namesake",
       tw("stiftfan_glt", "Mein Glide Kuli ist schon wieder leer, dabei hab ich ihn erst seit einer Woche 🙄",
          lang="de"),
       expect(IGN, "low", None, "none"), note="a complaint in German, about a Glide pen")
    SC("glide-fake-giveaway-annual-pass", "spam",
       tw("giveaway_hq_glt", "🎉 GLIDE GIVEAWAY 🎉 100 lucky followers win a FREE annual pass! Follow, RT and "
                             "claim here 👉 {url:https://glide-rewards.example/claim} #Glide #Corbury"),
       expect(IGN, "low", "fares", "indirect"), note="'annual pass' gives the topic; the account is not the brand")
    SC("glide-inspector-shouted-at-daughter", "complaint-direct",
       tw("sandra_m_glt", f"@{B} the ticket inspector on the 08:10 from Kingsmoor shouted at my 15 year old in "
                          "front of a full tram because her pass wouldn't scan. She was in tears. Not acceptable."),
       expect(RP, "normal", "staff", "direct"))
    at("2028-09-21T20:35:00Z")
    SC("glide-threat-do-the-driver", "threat-urgent",
       tw("sophie_a_glt", f"@{B} the lads at the back of the 21:40 from Eastgate just told the driver they'll "
                          "'do him' when he finishes at the depot tonight. He looked terrified. Please get "
                          "someone there"),
       expect(RP, "urgent", ANY, "direct"), note="a witness reports a threat against a driver")
    SC("glide-cans-thrown-woman-bleeding", "safety-urgent",
       tw("ty_marsh_glt", "Anyone else on the Glide out of Eastgate right now? Group of lads smoking weed and "
                          "lobbing cans at people, one woman's bleeding from her head. Driver won't come out "
                          "of the cab"),
       expect(RP, "urgent", "safety", "indirect"), note="the brand named, not tagged; people are being hurt now")
    film = tw("nat_c_glt", "where are u? film starts in 10")
    SC("glide-knife-in-friends-chat", "safety-urgent",
       tw("zac_c_glt", "@nat_c_glt on the Glide, some guy's just pulled a knife on the lads at the back 😳 "
                       "we've all got off at Ashby Road, I'm shaking. go in without me", reply_to=film),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a knife reported in a chat between brothers: not for a reply in their thread, but urgent")
    SC("glide-threat-inspector-window", "threat-urgent",
       tw("dazza_glt", f"next time that ticket inspector at Market Cross gives me a penalty fare for a card that "
                       f"WORKED I swear I'll put him through the window. @{B} sort your readers out"),
       expect(ANY, "urgent", ANY, "indirect"), note="a customer's threat against a member of staff")
    door = tw("chloe_p_glt", "Glide driver just shut the doors in my face at Saltings then sat there for 2 minutes "
                             "staring at me. Unreal")
    SC("glide-driver-doors-in-face", "complaint-indirect", door, expect(RP, "normal", "staff", "indirect"))
    SC("glide-threat-wait-at-terminus", "threat-urgent",
       tw("kyle_p_glt", "@chloe_p_glt which Glide driver? give me the tram number and I'll be waiting for him at "
                        "the Saltings terminus tonight. nobody treats my sister like that", reply_to=door),
       expect(ANY, "urgent", ANY, "third_party"), note="a threat against a driver, inside a sister's thread")
    SC("glide-chatter-double-shifts-kill-me", "chatter-monitor",
       tw("dom_fitz_glt", "Dead on my feet. First Glide in at 05:12, last one home at 23:40. These double shifts "
                          "will kill me, I swear 😴"),
       expect(MON, "low", None, "indirect"), note="'dead' and 'kill me' are figures of speech")

    # ======================================================================
    # Friday 22: refunds still missing, a regulator, the ticket app falls over
    # ======================================================================
    at("2028-09-22T06:45:00Z")
    SC("glide-cap-refund-still-missing", "repeat-contact",
       tw("nadia_f_glt", f"@{B} it's Friday. No refund yet, and I've been overcharged twice more since. Still "
                         "waiting for the update you promised me by 4pm on Monday", reply_to=nadia_brand),
       expect(RP, "high", "fares", "direct"), note="back on a case the brand already answered, promise broken")
    SC("glide-chatter-dragon-tram", "chatter-monitor",
       tw("mumof3_kat_glt", "Told my 4yo the Glide tram is a dragon and now she screams RUN every time it dings "
                            "its bell 😂"),
       expect(MON, "low", None, "indirect"), note="a joke about the brand by a customer, nothing to answer")
    SC("glide-trading-standards-ombudsman", "legal-threat-not-urgent",
       tw("harold_p_glt", f"@{B} £38 overcharged in two weeks, three emails, not one reply. I'm reporting this to "
                          "Trading Standards and the Transport Ombudsman today. You're taking money off people "
                          "who can't spare it"),
       expect(RP, "high", "fares", "direct"))
    SC("glide-solicitor-old-bike-accident", "legal-threat-not-urgent",
       tw("cass_w_glt", f"@{B} eight weeks since my bike accident on the tracks at Fenner's Wharf and still no "
                        "reply to my claim. My solicitor will be writing to you on Monday."),
       expect(RP, "high", "safety", "direct"),
       note="an injury that is over, and a legal threat: strong, not urgent", known_miss="round 18, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @GlideTrams | complaint (0.92) | a danger to health or safety: urgent | topic safety: 'accident', 'accidente'")
    SC("glide-tram-number-heating-jammed", "complaint-direct",
       tw("hattie_w_glt", f"@{B} tram 3021 on the Kingsmoor line has had the heating jammed on full for three "
                          "days. It was 27 degrees in there at 8am, people were melting"),
       expect(RP, "normal", "facilities", "direct"),
       note="a fleet number, a time and a temperature are not private details; 'melting' is a figure of speech", known_miss="round 18, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @GlideTrams | complaint (0.73) | a danger to health or safety: urgent | topic facilities: 'heating'")
    SC("glide-pt-multa-maquina", "non-english",
       tw("joao_m_glt", f"@{B} apanhei uma multa porque a máquina de bilhetes em Ashby Road não aceitava cartão. "
                        "Isto é justo?", lang="pt"),
       expect(RP, "normal", "fares", "direct"))
    SC("glide-it-rimborso-abbonamento", "non-english",
       tw("marco_b_glt", f"@{B} buongiorno, il rimborso per l'abbonamento annuale non è ancora arrivato dopo tre "
                         "settimane. Come posso fare?", lang="it"),
       expect(RP, "normal", "fares", "direct"))
    SC("glide-annual-pass-account-number", "private-details",
       tw("stella_n_glt", f"@{B} my annual pass account GLD-448-20193 says expired but I paid for 12 months in "
                          "June. Can someone check it please?"),
       expect(RV, "normal", "fares", "direct"))
    SC("glide-student-pass-date-of-birth", "private-details",
       tw("reuben_a_glt", f"@{B} the student pass form keeps saying I'm too old?? I was born 03/11/2007, I'm 20, "
                          "and the poster at Central says it's for under-26s"),
       expect(RV, "normal", "fares", "direct"))
    SC("glide-season-ticket-home-address", "private-details",
       tw("maggie_d_glt", f"@{B} my season ticket renewal letter went to my old flat again. Please update it to "
                          "14 Tanners Row, Corbury CB4 7QT, I moved in March!"),
       expect(RV, "normal", "fares", "direct"))
    SC("glide-common-word-gliding-club", "common-word",
       tw("thermals_glt", "Perfect thermals over Hollowmead today. Two hours up and then a lovely long glide back "
                          "to the field 🪂☀️"),
       expect(IGN, "low", None, "none"))
    SC("glide-pt-namesake-dance-school", "namesake",
       tw("danca_mae_glt", "Alguém conhece a escola de dança Glide em Corbury? A minha filha quer experimentar "
                           "ballet 💃", lang="pt"),
       expect(IGN, "low", None, "none"), note="the dance academy, asked about in Portuguese")
    SC("glide-abuse-no-problem", "abuse-with-problem",
       tw("kev_b_glt", f"@{B} honestly the worst run anything in this country. embarrassing"),
       expect(MON, "low", None, "direct"), strict=False,
       note="an insult with no problem to solve: nothing to fix, though a reply might calm it")

    at("2028-09-22T16:35:00Z")
    SC("glide-app-down-error-503", "complaint-direct",
       tw("callum_j_glt", f"@{B} app down? Can't buy a ticket, it just spins then says error 503. Tram's pulling "
                          "in and I've got no way to pay"),
       expect(RP, "high", "app", "direct"), note="a service outage; '503' is an error code, not a detail")
    SC("glide-sarcasm-app-friday-night", "sarcasm-customer",
       tw("ash_p_glt", "Glide app falling over on a Friday night right when half of Corbury is trying to get home "
                       "from town. Impeccable timing as ever 👏"),
       expect(RP, "high", "app", "indirect"), note="sarcasm about an app outage", known_miss="round 18, not met yet: priority: want \"high\", got low; the engine read: names Glide in a post to everyone | praise: thank them | topic app: 'app'")
    SC("glide-html-journey-planner-script", "html-entities",
       tw("xss_vik_glt", f"@{B} journey planner is showing &lt;script&gt;alert(document.cookie)&lt;/script&gt; "
                         "instead of times &amp; I've just missed my tram to Saltings"),
       expect(RP, "normal", "app", "direct"))
    SC("glide-influencer-charged-double", "big-reach",
       tw("ellamakes_glt", f"Day 3 of @{B} taking double off my contactless. £47 this week for what should be "
                           "£27. Who do I actually talk to?"),
       expect(RP, "high", "fares", "indirect"), note="284k followers")
    SC("glide-fr-retard-aeroport", "non-english",
       tw("camille_d_glt", f"Franchement @{B}, troisième jour de retard sur la ligne de l'aéroport, j'ai failli "
                           "rater mon vol ce matin. C'est quoi le problème ?", lang="fr"),
       expect(RP, "high", "disruption", "indirect"), note="third day running: a repeated complaint")
    SC("glide-crypto-cashtag", "spam",
       tw("cryptomoon_glt", "Missed your Glide tram? Don't miss the $GLIDE moon 🚀🚀 presale ends tonight, 100x "
                            "guaranteed {url:https://glide-token.example/presale}"),
       expect(IGN, "low", None, "indirect"))
    SC("glide-html-refund-form", "html-entities",
       tw("xss_vik_glt", f"@{B} your refund form puts &lt;img src=x onerror=alert(1)&gt; in the 'reason' box "
                         "&amp; won't submit. I just want my £6.20 back from the cap mess"),
       expect(RP, "normal", "fares", "direct"))

    # ======================================================================
    # Saturday 23: works notice, then Corbury Athletic at home and a crush at Stannard Park
    # ======================================================================
    at("2028-09-23T08:30:00Z")
    works_post = tw(B, "Heads up for Sunday: engineering works between Corbury Central and Eastgate all day. "
                       "Replacement buses run every 10 minutes from stop R outside Central. Plan ahead: "
                       "{url:https://glide.example/works}")
    SC("glide-replacement-bus-ramp-question", "question-in-reply-to-brand",
       tw("tom_h_glt", f"@{B} do the replacement buses have a ramp for wheelchairs? I need to get to Eastgate for "
                       "a 7am shift", reply_to=works_post),
       expect(RP, "normal", "accessibility", "direct"))
    SC("glide-student-pass-how-to-apply", "question",
       tw("mira_s_glt", f"@{B} how do I get a student pass? Do I apply in the app or at a ticket office?"),
       expect(RP, "normal", "fares", "direct"))
    SC("glide-folding-bike-question", "question",
       tw("luke_s_glt", f"@{B} can I bring a folded-up bike on board at rush hour or is it off-peak only?"),
       expect(RP, "normal", None, "direct"), note="a question with no topic keyword")
    at("2028-09-23T13:30:00Z")
    match_post = tw(B, "Corbury Athletic at home today ⚽ Extra trams from Stannard Park after the final whistle. "
                       "Please queue where our staff direct you and keep back from the tracks 💙")
    at("2028-09-23T16:55:00Z")
    crush = tw("gemma_t_glt", f"@{B} this is dangerous. Stannard Park stop after the match, hundreds pushing onto "
                              "one tram and a kid just got crushed against the doors. Where are your staff?? "
                              "Send more trams NOW")
    SC("glide-match-crush-kid", "safety-urgent", crush, expect(RP, "urgent", "safety", "direct"))
    SC("glide-de-gedraenge-gefaehrlich", "safety-urgent",
       tw("lukas_h_glt", f"@{B} Das Gedränge an der Haltestelle Stannard Park ist gefährlich, Leute werden fast "
                         "aufs Gleis geschoben. Bitte schickt mehr Leute!", lang="de"),
       expect(RP, "urgent", "safety", "direct"), note="dangerous crowding, in German")
    SC("glide-knife-under-match-post", "safety-urgent",
       tw("reece_o_glt", f"@{B} there's a bloke at Stannard Park waving a knife about right now, people are "
                         "running back towards the ground", reply_to=match_post),
       expect(RP, "urgent", "safety", "direct"), note="danger to people, in a reply to the brand's post")
    SC("glide-journalist-someone-will-get-hurt", "big-reach",
       tw("danny_hale_glt", f"Scenes at Stannard Park tram stop after full time. People spilling onto the tracks, "
                            f"one tram every 15 mins. Genuinely unsafe. @{B} someone is going to get seriously "
                            "hurt here"),
       expect(RP, "urgent", "safety", "indirect"),
       note="1.15M followers, and a risk to people right now: urgent outranks high")
    SC("glide-repost-crush", "repost", tw("kelly_b_glt", "", retweet=crush),
       expect(IGN, "low", "safety", "indirect"))
    SC("glide-crushed-them-praise-staff", "praise",
       tw("athletic_al_glt", "We CRUSHED them 4-0 💙💙 and fair play to the Glide staff at Stannard Park, had the "
                             "whole ground home in under an hour"),
       expect(RP, "low", ANY, "indirect"), note="'crushed' is the score; thanks to the staff", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; the engine read: names Glide in a post to everyone | general chatter about the brand | topic safety: 'crush'")
    SC("glide-namesake-footballer", "namesake",
       tw("athleticfc_glt", "What a debut! 🔥 New signing Tom Glide with the fourth at Stannard Park. Welcome to "
                            "Corbury, Tom 💙"),
       expect(IGN, "low", None, "none"), note="a footballer's surname, at the stadium that is also a tram stop")
    SC("glide-skating-hashtag", "common-word",
       tw("skatefan_glt", "Her opening glide in that free dance was unreal. Ice dance season is BACK 🧊⛸️ "
                          "#Glide #FigureSkating"),
       expect(IGN, "low", None, "none"), note="a skating word, in a hashtag too", known_miss="round 18, not met yet: action: want \"ignore\", got respond_public; addressed: want \"none\", got indirect; the engine read: tags the brand with a hashtag | praise: thank them")

    # ======================================================================
    # Sunday 24: engineering works, lost property, the crush in the news
    # ======================================================================
    at("2028-09-24T06:30:00Z")
    SC("glide-sunday-list-replacement-bus", "complaint-in-passing",
       tw("wendy_c_glt", f"Sunday so far: rain, burnt the toast, the dog ate a sock and the @{B} replacement bus "
                         "sailed straight past me at Saltings Road. Brilliant."),
       expect(RP, "normal", "works", "indirect"))
    ask = tw("priya_d_glt", "what's the quickest way from Eastgate into town today? need to be at work for 9")
    SC("glide-stranger-explains-works", "third-party-chatter",
       tw("local_lou_glt", "@priya_d_glt Glide have engineering works on all day so it's replacement buses. Slow "
                           "but they run every 10 mins", reply_to=ask),
       expect(MON, "low", "works", "third_party"))
    airport = tw("noor_h_glt", "how was the airport run yesterday? did you make your flight?")
    SC("glide-penalty-fare-tagged-in-reply", "complaint-in-passing",
       tw("ana_k_glt", f"@noor_h_glt just about! but @{B} gave me a penalty fare because the reader at Saltings "
                       "was broken, so that's £50 I'll never see again", reply_to=airport),
       expect(RP, "normal", "fares", "indirect"),
       note="tagged in a reply to a friend: indirect, and a real complaint to answer")
    cycle_q = tw("newtocorb_glt", "moving to Corbury next month, is it safe to cycle with all the tram lines? 😬")
    SC("glide-stranger-reassures-cyclist", "third-party-chatter",
       tw("wheelsmith_glt", "@newtocorb_glt honestly fine. Cross the Glide rails at an angle, never ride in the "
                            "groove and you'll be sweet. 10 years, no spills", reply_to=cycle_q),
       expect(MON, "low", None, "third_party"))
    SC("glide-news-police-crush", "news-monitor",
       tw("corburypost_glt", "Police are investigating after fans were crushed on a packed tram platform at Stannard "
                             "Park on Saturday. Glide says it will review its match-day plans "
                             "{url:https://corburypost.example/2028/09/stannard-park-crush}"),
       expect(MON, "low", "safety", "indirect"), note="news of an incident that is over: monitor")
    SC("glide-news-driver-assault-court", "news-monitor",
       tw("corburypost_glt", "Man jailed for 18 months for assaulting a Glide tram driver at Eastgate last "
                             "year {url:https://corburypost.example/2028/09/eastgate-driver-assault}"),
       expect(MON, "low", ANY, "indirect"), note="sounds violent, but it is court news about last year")
    at("2028-09-24T09:30:00Z")
    SC("glide-wedding-ring-email", "private-details",
       tw("priya_dev_glt", f"@{B} I lost my wedding ring on a tram last night (Stannard Park to Central, about "
                           "5.30pm). Please email priya.devlin@mailbox.example if anything's handed in, it means "
                           "the world to me"),
       expect(RV, "normal", "lost_property", "direct"))
    SC("glide-rucksack-phone-number", "private-details",
       tw("ben_t_glt", f"@{B} left my black rucksack on the Airport line tram at about 18:20 yesterday, laptop and "
                       "all my uni notes in it. Please ring 07700 900461 if it turns up 🙏"),
       expect(RV, "normal", "lost_property", "direct"))
    SC("glide-nl-paraplu-laten-liggen", "non-english",
       tw("daan_vk_glt", f"@{B} ik heb gisteren mijn paraplu en een tas laten liggen in de tram naar Saltings. "
                         "Hebben jullie een afdeling gevonden voorwerpen?", lang="nl"),
       expect(RP, "normal", "lost_property", "direct"))
    SC("glide-insulin-pen-left-on-tram", "medical-urgent",
       tw("amy_l_glt", f"@{B} I left my insulin pen in a blue pouch on the 16:40 from University yesterday. I'm "
                       "type 1 and I need my evening dose. Has anyone handed it in??"),
       expect(RP, "urgent", ANY, "direct"), note="lost property, but a medical need: urgent")
    SC("glide-praise-purse-handed-in", "praise",
       tw("rita_g_glt", "Whoever handed in my purse at Kingsmoor stop yesterday, THANK YOU. And Glide lost "
                        "property rang me within the hour. Faith in humanity restored 🥹"),
       expect(RP, "low", "lost_property", "indirect"))
    SC("glide-helpline-lost-keys", "public-hotline-number",
       tw("gary_w_glt", f"@{B} is 0808 157 0420 the right number for lost property or is there a separate line? "
                        "Left my keys on the 17:05 from Saltings"),
       expect(RP, "normal", "lost_property", "direct"), strict=False,
       note="the brand's own helpline, quoted in a question")
    SC("glide-common-word-rink-two-trams", "common-word",
       tw("rinkmum_glt", "Two trams and a bus to get to the rink, but watching her glide across the ice for the "
                         "first time made every minute worth it 💙"),
       expect(IGN, "low", None, "none"), note="trams nearby, but 'glide' is the skating")
    SC("glide-namesake-coaching-bootcamp", "namesake",
       tw("glidecoach_glt", "Glide Coaching bootcamp, Monday 6am on the field at Stannard Park. Bring water and a "
                            "mat 💪"),
       expect(IGN, "low", None, "none"), note="a personal trainer's business, in its own display name and post")
    SC("glide-airport-line-filthy", "complaint-indirect",
       tw("ryan_t_glt", "Why is every Glide tram on the Airport line filthy lately? Chicken bones on my seat this "
                        "morning. Lovely."),
       expect(RP, "normal", "facilities", "indirect"))
    SC("glide-smoke-under-tram", "safety-urgent",
       tw("raj_k_glt", "Anyone know what's going on with the Glide tram at Brackley Lane? Smoke coming from "
                       "underneath and they've let everyone off into the road"),
       expect(RP, "urgent", "safety", "indirect"))
    SC("glide-loose-platform-edge-calm", "safety-urgent",
       tw("nell_p_glt", f"Not an emergency, but the edge stones on the Old Foundry platform have come loose and "
                        f"rock when you step on them. Proper trip hazard and it feels really unsafe in the dark. "
                        f"@{B}"),
       expect(RP, "urgent", "safety", "indirect"), note="calmly put, but a hazard to people", known_miss="round 18, not met yet: priority: want \"urgent\", got normal; the engine read: tags @GlideTrams in a post to everyone | complaint (0.96) | topic safety: 'trip hazard', 'unsafe'")
    SC("glide-graffiti-depot-chatter", "chatter-monitor",
       tw("ashby_mo_glt", "Some idiot's sprayed graffiti all down the side of a brand new Glide tram at Eastgate "
                          "depot. Why do people do this 🤦"),
       expect(MON, "low", "facilities", "indirect"),
       note="damage to property seen in passing: no risk to people, nothing of his own to fix", known_miss="round 18, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got high; the engine read: names Glide in a post to everyone | describes their own experience | complaint (0.22) | loss of service | topic facilities: 'graffiti'")
    SC("glide-ticket-machine-ate-tenner", "abuse-with-problem",
       tw("tony_r_glt", f"@{B} your ticket machines are garbage and so are you lot. Ate my £10 note at Ashby Road, "
                       "no ticket, no change, nothing"),
       expect(RP, "high", "fares", "direct"), known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GlideTrams | complaint (0.97) | topic fares: 'ticket machine', 'ticket', an amount of money")

    assert CLOCK.t < end, CLOCK.t
    return brand


BRANDS["glide-trams"] = ("GlideTrams", 7678901245, build_glide_trams)
