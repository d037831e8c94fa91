# Marble Toys ("Marble"): a made-up toy retailer with shops across the made-up county of
# Fennick (Cobbold High Street, Wendham Retail Park, Castle Mall in Pellingford, Stanbridge)
# and a big online shop: toys, games, baby and pre-school, party supplies, click and collect,
# home delivery, a Christmas pre-order, gift cards, returns, the Marble Club loyalty scheme and
# its own-brand ranges (SnapStax magnetic building sets, the Twinkle Pup light-up nightlight,
# the Peek-a-Bus wooden bus, the Little Marble pre-school range, Marble Make craft kits).
# Its recall line is 0808 157 0456 and its customer line 0808 157 0321.
#
# Namesakes and ordinary words that are not the shop: marble stone (worktops, statues, a
# garden heron), glass marbles and the game of marbles, a home-made marble run, "lost his
# marbles", marble cake and marble nail art; the Marble Hall arts centre in Pellingford, the
# beach at Marble Bay (its lifeguards and its toy library); Marble the cat (in English and
# German), the racehorse Marble Run and the football coach Danny Marble.
#
# The week (Monday 2 to Sunday 8 October 2028):
# - Monday: Marble recalls the SnapStax 60-piece magnetic set after a Cobbold toddler
#   swallowed magnets in September (he had surgery and is home). Parents ask about batch
#   codes, one calmly asks about a missing magnet, shops turn recall returns away.
# - Tuesday: a Twinkle Pup nightlight's battery cover comes off in a cot; a child swallows a
#   wheel from a Peek-a-Bus; a toddler chews a button battery from a shop display.
# - Wednesday: the Christmas pre-order opens at 9am and the website falls over: virtual
#   queues, 503s, money taken without confirmation, a sold-out dolls' house.
# - Thursday: a batch of gift cards was never activated: £0 balances and declines at tills,
#   fake "support" accounts and giveaways move in.
# - Friday and Saturday: wrong and missing deliveries, click and collect mix-ups, rude and
#   wonderful staff, a knife at a till in Stanbridge, threats, a small claims case.
# - Sunday: the local paper and the trade press follow up; the namesakes carry on.
#
# Written blind, from PRODUCT.md and the scenario README's conventions only.


def build_marble_toys():
    global CURRENT_BRAND, CLOCK
    brand = Brand("marble-toys", SCEN_DIR / "marble-toys.plan.toml", "MarbleToys", 7878901245, 1861220000000008301)
    start = "2028-10-02T05:30:00Z"
    CURRENT_BRAND, CLOCK = brand, Clock(start)
    B = "MarbleToys"
    user(B, "Marble Toys", 7878901245,
         "Toys, games and everything for parties, in Fennick and online. Help 8am–8pm every day. "
         "Customer line 0808 157 0321, recall line 0808 157 0456.",
         38_400, following=910, tweets=52_300, listed=160, verified=True)

    count = [0]

    def person(username, name, bio, followers, **kw):
        assert username.endswith("_mbl"), username
        count[0] += 1
        return user(username, name, 13440100000 + count[0] * 4129, bio, followers, **kw)

    def at(when):
        """Move the clock on to a fixed moment of the story (never back)."""
        t = parse_when(when)
        assert t >= CLOCK.t, (when, CLOCK.t)
        CLOCK.t = t

    # ------------------------------------------------------------------ people
    person("granof4_mbl", "Pat Hedley", "Nana to four. Shares everything.", 310)
    person("fennickecho_mbl", "The Fennick Echo", "News for Cobbold, Wendham, Pellingford and all of Fennick.", 96_500,
           following=1300, verified=True)
    person("hollyb_mbl", "Holly Bainbridge", "Two under four. Coffee-powered.", 420)
    person("aoife_r_mbl", "Aoife Ryan", "Mum, midwife (on leave), Wendham.", 610)
    person("jen_okoro_mbl", "Jen Okoro", "Primary teacher. Lego widow.", 880)
    person("tash_w_mbl", "Tash Whitlow", "Auntie of the year (self-awarded).", 530)
    person("gaz_pemb_mbl", "Gary Pemberton", "Electrician. Dad of two. Cobbold.", 150)
    person("punmaster_mbl", "Neil Oduya", "Puns, mostly unwanted.", 2_700)
    person("kaz_home_mbl", "Karen Ashworth", "House of chaos, population 5.", 260)
    person("marblehall_mbl", "Marble Hall Arts Centre", "Theatre, cinema, workshops and a very good café. Castle Street, Pellingford.",
           6_800)
    person("dean_k_mbl", "Dean Kershaw", "", 45)
    person("lou_fitz_mbl", "Louise Fitzgerald", "Mum of three, owner of zero free time.", 390)
    person("sophie_ng_mbl", "Sophie Ng", "First-time mum. Stanbridge.", 210)
    person("lucia_pm_mbl", "Lucía Pérez Marín", "Enfermera. Madre. Pellingford.", 180)
    person("rhys_ap_mbl", "Rhys ap Gwyn", "Paediatric nurse off duty. Always noticing.", 940)
    person("phil_o_mbl", "Phil Okafor", "Builder. Garden walls a speciality (ironically).", 120)
    person("beth_mac_mbl", "Beth MacAllister", "Dinosaur mum 🦕", 470)
    person("amy_tr_mbl", "Amy Trask", "Sleep deprived since 2026.", 350)
    person("kel_p_mbl", "Kelly Parr", "", 140)
    person("priya_s_mbl", "Priya Sethi", "Auntie, gift wrapper, list maker.", 290)
    person("marcus_l_mbl", "Marcus Lyle", "Night shifts at the depot. Dad.", 75)
    person("nina_bee_mbl", "Nina Beecroft", "Professional refresher of web pages.", 1_100)
    person("craig_d_mbl", "Craig Dunmore", "", 60)
    person("jo_w_mbl", "Jo Waring", "Took a day off for this.", 510)
    person("dadjokes_mbl", "Ray Tolland", "Dad jokes, delivered fresh.", 4_300)
    person("sam_q_mbl", "Sam Quarrie", "Veteran of many online queues.", 690)
    person("ella_g_mbl", "Ella Grayson", "Graphic designer. Short fuse, long lists.", 1_450)
    person("tony_b_mbl", "Tony Blakemore", "", 85)
    person("mumlife_mbl", "Kirsty Vale | Mum Life", "Parenting, honestly. 3 kids, 1 dog, 0 sleep. Collabs: kirsty@valemedia.example",
           482_000, following=1900, listed=2100, verified=True)
    person("kat_m_mbl", "Kat Morrow", "", 230)
    person("fern_a_mbl", "Fern Adeyemi", "Seen it all before.", 770)
    person("becca_l_mbl", "Becca Lowe", "Nursery nurse. Wendham.", 330)
    person("omar_h_mbl", "Omar Haddad", "Accountant. I check my statements.", 410)
    person("jonas_k_mbl", "Jonas Krüger", "Ingenieur in Wendham. Vater.", 160)
    person("sanne_v_mbl", "Sanne Visser", "Nederlandse in Fennick.", 190)
    person("office_ed_mbl", "Ed Carrow", "Office manager. Herder of cats.", 540)
    person("xss_rob_mbl", "Rob Tennant", "Web security. I read page source for fun.", 3_200)
    person("hannah_j_mbl", "Hannah Jessop", "", 110)
    person("dani_r_mbl", "Dani Rourke", "Mum to one very loud birthday boy.", 300)
    person("lisa_m_mbl", "Lisa Mahon", "Godmother. Organiser.", 250)
    person("gemma_t_mbl", "Gemma Tate", "", 170)
    person("pete_w_mbl", "Pete Wardle", "Plasterer. Dad.", 95)
    person("marblecare_mbl", "Marble Toys Support ✅", "Official help desk 24/7. DM us for refunds & gift card fixes!", 88,
           following=2600)
    person("freebies_mbl", "UK Freebies Hub 🎁", "Daily freebies & giveaways for UK families 🎉 Follow to win!", 5_400,
           following=4900)
    person("ruth_a_mbl", "Ruth Amadi", "Christmas organised by October. Usually.", 380)
    person("dev_zara_mbl", "Zara Devlin", "Front-end dev. Notices broken pages.", 2_100)
    person("giulia_r_mbl", "Giulia Romano", "Italiana a Pellingford.", 140)
    person("mel_d_mbl", "Mel Dawson", "Surviving October.", 460)
    person("joana_s_mbl", "Joana Sousa", "Portuguesa em Cobbold.", 130)
    person("priya_k_mbl", "Priya Kaur", "Working mum. Parcel tracker.", 520)
    person("tom_e_mbl", "Tom Everley", "", 70)
    person("abi_k_mbl", "Abi Kowalczyk", "Soon to be mum of a 3 year old. Send help.", 610)
    person("hennight_mbl", "Lol Brannigan", "Reply guy, semi-retired.", 1_900)
    person("sean_m_mbl", "Sean Mulvey", "Dad of two small tornadoes.", 240)
    person("chloe_f_mbl", "Chloe Fairbairn", "38 weeks and counting.", 350)
    person("jamie_o_mbl", "Jamie Osei", "Autism dad. Proud of my boy.", 720)
    person("nadia_b_mbl", "Nadia Boateng", "", 190)
    person("daan_b_mbl", "Daan Bakker", "Fietser in Stanbridge.", 110)
    person("leah_c_mbl", "Leah Corrigan", "Potty training. Pray for me.", 280)
    person("camille_d_mbl", "Camille Durand", "Française à Wendham.", 150)
    person("wayne_s_mbl", "Wayne Stott", "", 55)
    person("helen_w_mbl", "Helen Ward", "Retired solicitor's clerk. I keep records.", 620)
    person("kyle_r_mbl", "Kyle Rudd", "", 40)
    person("ifeoma_mbl", "Ifeoma Nwosu", "Stanbridge. Always at the shops.", 330)
    person("luc_m_mbl", "Luc Moreau", "", 60)
    person("marie_t_mbl", "Marie Tolson", "On hold since 2028.", 240)
    person("kerry_a_mbl", "Kerry Anstey", "Wendham mums' group admin.", 2_600)
    person("graham_p_mbl", "Graham Pollard", "Retired. Grandad. Persistent.", 150)
    person("carlos_g_mbl", "Carlos García", "Papá en Wendham.", 120)
    person("kitchenkat_mbl", "Kat Lindqvist", "Renovating a 1930s semi, one room at a time.", 9_800)
    person("mbaylife_mbl", "Marble Bay Lifeguards", "Volunteer lifeguards at Marble Bay, May to October.", 3_900)
    person("marblecat_mbl", "Marble 🐈 (and her human)", "A tortoiseshell with opinions.", 1_300)
    person("cobturf_mbl", "Cobbold Turf Tips", "Racing at Cobbold and beyond. Gamble responsibly.", 8_100)
    person("nailsbytia_mbl", "Tia | Nails", "Nail art in Pellingford. Books open.", 12_400)
    person("wendwasps_mbl", "Wendham Wasps JFC", "Junior football in Wendham. U7s to U16s. 🐝", 1_700)
    person("marta_v_mbl", "Marta Vidal", "Barcelona → Fennick.", 220)
    person("lena_h_mbl", "Lena Hoffmann", "Katzenmama. Wendham.", 160)
    person("mbaytoys_mbl", "Marble Bay Toy Library", "Free toy lending for families in Marble Bay. Run by volunteers.", 640)
    person("dadof3_mbl", "Chris Abara", "Dad of 3. Builder of cardboard things.", 880)
    person("sue_g_mbl", "Sue Garside", "Daughter of a man who buys things at garden centres.", 410)
    person("bakewithbev_mbl", "Bev Halloran", "Home baker. Cakes for every occasion.", 5_200)
    person("toytrade_mbl", "Toy Trade Weekly", "News for the toy and games trade.", 21_000, following=800, verified=True)
    person("rob_t_mbl", "Rob Tiernan", "Watches too many adverts.", 310)
    person("laura_p_mbl", "Laura Pike", "Mum of twins. Worrier.", 270)
    person("tvjess_mbl", "Jess Farrant", "Presenter, Fennick Tonight. Mum. Views my own.", 1_340_000,
           following=1100, listed=3800, verified=True)
    person("nat_j_mbl", "Natalie Joyce", "", 200)
    person("clare_d_mbl", "Clare Devine", "", 310)
    person("fi_r_mbl", "Fiona Rudd", "Pub quiz captain.", 260)
    person("meg_h_mbl", "Megan Hurst", "Mum of one curious toddler.", 180)
    person("dr_amir_mbl", "Dr Amir Saleh", "GP in Pellingford. Not medical advice for you personally.", 14_200)
    person("rach_b_mbl", "Rachel Bright", "", 290)
    person("zoe_k_mbl", "Zoe Keane", "Alfie's mum.", 210)
    person("growfast_mbl", "GrowFast Social 📈", "Real followers. Real fast. From £9.99.", 7_300, following=5000)
    person("mblxtoken_mbl", "MBLX Token 🚀", "The toy economy, on chain. 1000x incoming.", 3_300, following=4700)
    person("stan_q_mbl", "Stan Quigley", "", 90)
    person("gus_a_mbl", "Gus Armitage", "Ride-on jeep owner (well, my son is).", 150)
    person("oliwia_mbl", "Oliwia Nowak", "Slime-free household.", 230)
    person("tanya_f_mbl", "Tanya Fenwick", "Party planner. Lists on lists.", 580)
    person("ines_c_mbl", "Inês Carvalho", "Mãe, Stanbridge.", 140)
    person("jurgen_w_mbl", "Jürgen Weiß", "Vater von zwei. Wendham.", 120)
    person("tilly_s_mbl", "Tilly Sandford", "", 150)
    person("frank_l_mbl", "Frank Leung", "Loyal customer, apparently.", 330)
    person("mo_daniels_mbl", "Mo Daniels", "Grandad of five. Builds Lego.", 180)
    person("wes_b_mbl", "Wes Brady", "", 100)
    person("nik_t_mbl", "Nikhil Tandon", "Dad. Engineer. Puts things together wrong.", 360)
    person("ruby_h_mbl", "Ruby Holt", "", 210)
    person("dora_m_mbl", "Dora Mendes", "Two toddlers, one dog, no breakables left.", 170)

    # ================================================================ Monday 2 October: the recall
    recall = tw(B, "Safety recall: please stop using our SnapStax 60-piece magnetic building set (batch codes "
                   "2204 to 2219). A magnet can work loose from a tile and is dangerous if swallowed. Bring it to "
                   "any Marble store or call 0808 157 0456 for a full refund, no receipt needed.")
    SC("marble-brand-recall-notice", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("marble-repost-recall-notice", "repost", tw("granof4_mbl", "", retweet=recall),
       expect(IGN, "low", "safety", "indirect"))
    SC("marble-news-recall-past-incident", "news-monitor",
       tw("fennickecho_mbl", "Marble Toys recalls SnapStax magnetic building sets after a Cobbold toddler swallowed two "
                             "magnets last month. The boy had surgery and is now home and well, his family say. "
                             "{url:https://fennickecho.example/news/2028/10/marble-snapstax-recall}"),
       expect(MON, "low", "safety", "indirect"),
       note="news about an incident that is over: monitor, not urgent")
    SC("marble-batch-code-is-not-private", "question",
       tw("hollyb_mbl", f"@{B} just seen the recall. Our SnapStax box says batch 2221 and we bought it in March. Are we ok "
                        "or does it need to go back? All the tiles look fine"),
       expect(RP, ANY, "safety", "direct"),
       note="a batch code and a month are not private details; how urgent a recall question is, is a judgement call")
    SC("marble-calm-missing-magnet", "medical-urgent",
       tw("aoife_r_mbl", f"@{B} sorry if this is a daft question. My 2yo had a SnapStax tile in her mouth earlier and now I "
                         "can only find 3 of the 4 little magnets from it. She's playing and seems totally fine. Do I "
                         "need to do anything?"),
       expect(RP, "urgent", "safety", "direct"),
       note="calm and apologetic, but a possibly swallowed magnet is a medical emergency")
    jen = tw("jen_okoro_mbl", "recommendations for magnetic tiles for a 3 year old? ours have finally given up after 4 years 😂")
    SC("marble-friend-warns-old-incident", "third-party-chatter",
       tw("tash_w_mbl", "@jen_okoro_mbl not the Marble SnapStax ones!! my nephew swallowed two of the magnets in August and "
                        "needed surgery. he's fine now but honestly, avoid", reply_to=jen),
       expect(MON, "low", "safety", "third_party"),
       note="advice in a friend's thread about an incident that is over; the brand is named, not tagged", known_miss="round 18, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic safety: 'snapstax', 'swallow', 'swallowed', 'swallowing', 'magnet', 'magnets', 'magnete', 'magnete', 'surgery'")
    SC("marble-grandad-wooden-blocks-advice", "third-party-chatter",
       tw("mo_daniels_mbl", "@jen_okoro_mbl we went for the wooden blocks from Marble in the end, no magnets anywhere, "
                            "and they've survived five grandchildren", reply_to=jen),
       expect(MON, "low", ANY, "third_party"),
       note="a grandparent's tip in someone else's thread ('no magnets' is the only keyword)")
    gaz = tw("gaz_pemb_mbl", f"@{B} took our recalled magnetic set back to the Cobbold store like your notice said and the "
                             "lad at customer services told us they 'don't do recalls' and sent us home with it. So "
                             "what now?")
    SC("marble-recall-turned-away", "complaint-direct", gaz, expect(RP, ANY, "safety", "direct"),
       note="the dangerous set is back at home: normal or high, but not an emergency")
    SC("marble-bystander-lost-theirs", "joke-bystander",
       tw("punmaster_mbl", "@gaz_pemb_mbl what do you expect from a shop called Marble, they've clearly lost theirs 🤷",
          reply_to=gaz),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun inside a customer's thread")
    gaz_brand = tw(B, "@gaz_pemb_mbl That's wrong, Gary, and I'm sorry. I've spoken to the Cobbold manager: take the "
                      "set back any time this week and they'll give you your money back on the spot.", reply_to=gaz)
    SC("marble-common-word-hoover-bag", "common-word",
       tw("kaz_home_mbl", "found a glass marble in the hoover bag. we don't own marbles. nobody in this house owns "
                          "marbles. who are you people"),
       expect(IGN, "low", None, "none"))
    SC("marble-namesake-arts-centre-half-term", "namesake",
       tw("marblehall_mbl", "Half-term at Marble Hall! Puppet theatre, clay workshops for ages 5–11 and a family disco "
                            "on the Friday. Booking opens at 10am 🎭 {url:https://marblehall.example/half-term}"),
       expect(IGN, "low", None, "none"), note="children's events at the arts centre, not the toy shop")
    SC("marble-threat-wendham-manager", "threat-urgent",
       tw("dean_k_mbl", f"@{B} the manager at your Wendham store laughed in my wife's face when she took the recalled "
                        "set back. Tell him I know which car is his and I'll be waiting by it tonight."),
       expect(ANY, "urgent", ANY, "direct"),
       note="a threat against a member of staff, with a complaint: only the priority is strict")
    SC("marble-chatter-heart-attack", "chatter-monitor",
       tw("lou_fitz_mbl", "The Marble recall email gave me an actual heart attack until I remembered ours went to my "
                          "sister's in Cornwall years ago. Texting her now 😅"),
       expect(MON, "low", "safety", "indirect"), note="'heart attack' is a figure of speech")

    # ================================================================ Tuesday 3 October: batteries and small parts
    at("2028-10-03T05:10:00Z")
    sophie = tw("sophie_ng_mbl", f"@{B} the battery cover has come off my daughter's Twinkle Pup nightlight IN HER COT "
                                 "and one of the button batteries is loose on the mattress. She's 14 months. I can't "
                                 "tell if she's had it in her mouth. What do I do??")
    SC("marble-button-battery-in-cot", "safety-urgent", sophie, expect(RP, "urgent", "safety", "direct"))
    sophie_brand = tw(B, "@sophie_ng_mbl Sophie, if there's any chance she swallowed it, take her to A&amp;E now and take "
                         "the nightlight with you, don't wait for us. Once she's safe, DM us and our safety team "
                         "will ring you today.", reply_to=sophie)
    SC("marble-brand-reply-go-to-ae", "brand-own-post", sophie_brand, expect(IGN, "low", "safety", "none"))
    SC("marble-ae-followup-without-at", "thread-with-brand",
       tw("sophie_ng_mbl", "We're in A&amp;E, the x-ray shows nothing swallowed, thank god. But the screw on that cover was "
                           "never done up properly from new. How many more of these are out there?",
          reply_to=sophie_brand),
       expect(RP, ANY, "safety", "direct"),
       note="a reply to the brand's reply without @; her child is safe now, but a faulty product may hurt others: "
            "high or urgent")
    SC("marble-es-swallowed-wheel", "medical-urgent",
       tw("lucia_pm_mbl", f"@{B} mi hijo de 2 años se ha tragado una rueda pequeña del autobús de madera Peek-a-Bus. "
                          "Estamos en urgencias en Pellingford. ¿De qué material es la pieza? Nos lo preguntan los "
                          "médicos.", lang="es"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a swallowed part, the family is in A&E")
    SC("marble-witness-toddler-chewing-battery", "safety-urgent",
       tw("rhys_ap_mbl", f"Just watched a toddler in Marble Stanbridge chewing a button battery she'd pulled out of the "
                         f"display Twinkle Pup while two staff walked straight past. Mum's got it off her now but "
                         f"seriously @{B} check your displays"),
       expect(RP, "urgent", "safety", "indirect"),
       note="a witness; the same display can hurt the next child")
    SC("marble-courier-hit-garden-wall", "complaint-direct",
       tw("phil_o_mbl", f"@{B} your courier reversed into our garden wall delivering a trampoline this morning. Nobody "
                        "hurt, kids were inside, but the wall's cracked right through. Who do I talk to about paying "
                        "for it?"),
       expect(RP, "normal", "delivery", "direct"), note="damage to property only, nobody hurt: not urgent")
    SC("marble-choking-with-laughter", "chatter-monitor",
       tw("beth_mac_mbl", "the new Marble advert with the dinosaur doing the conga has my son choking with laughter "
                          "every single time 😂🦕"),
       expect(MON, "low", ANY, "indirect"), note="'choking with laughter' is a figure of speech")
    amy = tw("amy_tr_mbl", "is it just me or are kids' nightlights weirdly expensive")
    SC("marble-venting-nightlight-to-friend", "third-party-venting",
       tw("kel_p_mbl", "@amy_tr_mbl paid £24 for the moon one from Marble and it stopped working in a week. A WEEK. "
                       "we're back to the landing light", reply_to=amy),
       expect(MON, "low", "returns", "third_party"), note="lesson 2: don't butt in")
    wrap = tw("priya_s_mbl", f"@{B} do you still do the free gift wrapping at the Pellingford store or was that just "
                             "last Christmas?")
    SC("marble-gift-wrapping-question", "question", wrap, expect(RP, "normal", "stores", "direct"))
    SC("marble-phone-number-safety-callback", "private-details",
       tw("marcus_l_mbl", f"@{B} bought a Twinkle Pup last week and after reading about the battery thing I want it "
                          "checked or swapped. Can someone from the safety team ring me on 07700 900412? On nights "
                          "so after 2pm pls"),
       expect(RV, ANY, "safety", "direct"), note="a mobile number in public: answer privately")
    SC("marble-gaz-comes-back", "repeat-contact",
       tw("gaz_pemb_mbl", f"@{B} went back to Cobbold today like you said. Different lad, same answer: 'no receipt, no "
                          "refund'. That's twice now and the magnets are still in my kitchen.", reply_to=gaz_brand),
       expect(RP, "high", ANY, "direct"),
       note="back after the brand's answer, the problem still there; 'receipt'/'refund' against 'magnets'")
    eczema = tw("oliwia_mbl", f"@{B} does the slime in the Marble Make science kit have borax in it? My son has bad "
                              "eczema and reacted to a slime kit last year, his GP said to avoid it")
    SC("marble-eczema-slime-question", "medical-urgent", eczema, expect(RP, "urgent", "safety", "direct"),
       note="a calm question about a medical need")
    preorder_post = tw(B, "Our Christmas pre-order opens tomorrow at 9am! 🎄 Reserve this year's big toys now, pay "
                          "today and we'll deliver in the week of 11 December.")
    SC("marble-brand-preorder-announcement", "brand-own-post", preorder_post, expect(IGN, "low", "preorder", "none"))

    # ================================================================ Wednesday 4 October: the pre-order crash
    at("2028-10-04T07:52:00Z")
    SC("marble-sarcasm-spinning-wheel", "sarcasm-customer",
       tw("nina_bee_mbl", "Set an alarm for 8:55 so I could spend my whole morning watching a little spinning wheel on "
                          "the Marble website. Living the dream, honestly ✨"),
       expect(RP, "high", "preorder", "indirect"), note="sarcasm about the site being down: an outage", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Marble Toys in a post to everyone | general chatter about the brand | topic preorder: 'website'")
    SC("marble-site-down-503", "complaint-direct",
       tw("craig_d_mbl", f"@{B} site's down. 40 mins in the pre-order waiting room then a 503 error. Is it coming back "
                         "or not?"),
       expect(RP, "high", "preorder", "direct"), note="a service outage")
    jo = tw("jo_w_mbl", "took a day off work for the Marble pre-order and I'm 48,112th in the virtual queue. forty "
                        "eight THOUSAND")
    SC("marble-queue-position-not-private", "sarcasm-customer", jo, expect(RP, "high", "preorder", "indirect"),
       note="a queue position is not a private detail; a customer hit by the outage", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Marble Toys in a post to everyone | general chatter about the brand | topic preorder: 'pre-order', 'pre-orders', 'virtual queue'")
    SC("marble-bystander-marble-uphill", "joke-bystander",
       tw("dadjokes_mbl", "@jo_w_mbl at this rate you'll have lost your marbles before Marble lets you in 🙃", reply_to=jo),
       expect(IGN, "low", None, "third_party"), known_miss="round 18, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("marble-stranger-reassures-queue", "third-party-chatter",
       tw("sam_q_mbl", "@jo_w_mbl hang in there, mine jumped from 30,000 to the front in ten minutes once Marble let "
                       "the next lot through", reply_to=jo),
       expect(MON, "low", None, "third_party"))
    SC("marble-throw-laptop-not-threat", "complaint-indirect",
       tw("ella_g_mbl", "If the Marble pre-order page crashes one more time I am going to throw this laptop into the "
                        "sea 🙃"),
       expect(RP, "high", "preorder", "indirect"),
       note="anger at a laptop, not a threat against people; a customer hit by the outage", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"high\", got low; the engine read: names Marble Toys in a post to everyone | general chatter about the brand | topic preorder: 'pre-order', 'pre-orders', 'crashed', 'crashing'")
    SC("marble-abusive-money-no-confirmation", "abuse-with-problem",
       tw("tony_b_mbl", f"@{B} absolute clowns. £129.99 taken from my account for the pre-order, no confirmation email, "
                        "and your chat bot just says try again later. Sort it out."),
       expect(RP, "high", "preorder", "direct"), note="rude, with money taken and nothing to show for it")
    mum = tw("mumlife_mbl", f"Three hours in the @{B} pre-order queue for the Cosy Cottage dolls' house and it sold out "
                            "while I was at the checkout. Not impressed, and neither are the hundreds of parents in "
                            "my DMs.")
    SC("marble-influencer-sold-out", "big-reach", mum, expect(RP, "high", "preorder", "indirect"),
       note="482k followers", known_miss="round 18, not met yet: priority: want \"high\", got low; the engine read: tags @MarbleToys in a post to everyone | praise: thank them | topic preorder: 'pre-order', 'pre-orders', 'sold out', 'checkout'")
    sorry = tw(B, "We're so sorry: our website couldn't cope with demand this morning. If you were in the queue before "
                  "9:30, you'll get an email by 6pm on Friday with a link to finish your pre-order at the same price.")
    SC("marble-brand-preorder-apology", "brand-own-post", sorry, expect(IGN, "low", "preorder", "none"))
    SC("marble-question-under-apology", "question-in-reply-to-brand",
       tw("kat_m_mbl", f"@{B} does that include people who got thrown out of the pre-order queue at 9:20? Nothing's come "
                       "through yet and I'm scared to keep refreshing", reply_to=sorry),
       expect(RP, ANY, "preorder", "direct"), note="a follow-up question under the brand's post")
    SC("marble-quote-apology-every-year", "quote",
       tw("fern_a_mbl", "'Couldn't cope with demand.' Same every year. Every. Single. Year. Just do a ballot.",
          quote=sorry),
       expect(RP, ANY, None, "indirect"), strict=False,
       note="quotes the brand's post without tagging it: answer or monitor?")
    SC("marble-email-for-confirmation", "private-details",
       tw("becca_l_mbl", f"@{B} paid for my pre-order at 9:12 but the confirmation email never came. Can you resend it "
                         "to becca.lowe@postbox.example please? The money's gone out on my banking app"),
       expect(RV, "normal", "preorder", "direct"))
    SC("marble-order-number-charged-twice", "private-details",
       tw("omar_h_mbl", f"@{B} you've charged my card twice for one advent calendar, £34.99 each time. Order number "
                        "MBL-4471-0832. Can you cancel the second payment?"),
       expect(RV, "normal", "payments", "direct"), note="the order number is private; the price is not")
    SC("marble-de-webseite-abgestuerzt", "non-english",
       tw("jonas_k_mbl", f"@{B} Eure Webseite ist beim Start der Vorbestellung abgestürzt und das Geld wurde trotzdem "
                         "abgebucht. Bekomme ich noch eine Bestätigung?", lang="de"),
       expect(RP, "high", "preorder", "direct"), note="German: the outage, with money taken", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @MarbleToys | a question | topic preorder: 'webseite', 'vorbestellung', 'abgestürzt'")
    SC("marble-nl-website-uitverkocht", "non-english",
       tw("sanne_v_mbl", f"@{B} jullie website ligt er al de hele ochtend uit door de voorbestelling. Krijgen we nog een "
                         "kans of is alles uitverkocht?", lang="nl"),
       expect(RP, "high", "preorder", "direct"), note="Dutch: the outage", known_miss="round 18, not met yet: priority: want \"high\", got normal; the engine read: addressed to @MarbleToys | a question | topic preorder: 'website', 'voorbestelling', 'uitverkocht'")
    SC("marble-chatter-office-queue", "chatter-monitor",
       tw("office_ed_mbl", "Half the office is on the Marble pre-order page instead of working. Productivity has "
                           "left the building"),
       expect(MON, "low", "preorder", "indirect"))
    SC("marble-html-in-preorder-page", "html-entities",
       tw("xss_rob_mbl", f"@{B} your pre-order page is showing &lt;img src=x onerror=alert(document.cookie)&gt; where "
                         "the price should be &amp; the Add to basket button does nothing"),
       expect(RP, ANY, "preorder", "direct"), note="hostile HTML, delivered escaped; a broken site on outage day")
    SC("marble-kill-for-dolls-house", "complaint-indirect",
       tw("nat_j_mbl", "Honestly I would kill for one of those Cosy Cottage dolls' houses. Sold out on Marble in 11 "
                       "minutes. My daughter has asked for one thing this year, ONE 😭"),
       expect(RP, "normal", "preorder", "indirect"), note="'kill for' is a figure of speech", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Marble Toys in a post to everyone | general chatter about the brand | topic preorder: 'sold out'")
    clare = tw("clare_d_mbl", "how did the great christmas shopping marathon go?")
    SC("marble-venting-checkout-to-friend", "third-party-venting",
       tw("fi_r_mbl", "@clare_d_mbl don't. 3 hours on the Marble website, kicked out at the checkout twice and the "
                      "dolls' house sold out. I'm going to the pub", reply_to=clare),
       expect(MON, "low", "preorder", "third_party"))
    SC("marble-card-number-at-checkout", "private-details",
       tw("ruby_h_mbl", f"@{B} the website keeps rejecting my card at checkout, it's 4111 1111 1111 1111, expiry "
                        "09/30. What am I doing wrong??"),
       expect(RV, ANY, "preorder", "direct"), note="a full card number in public (a test number)")

    # ================================================================ Thursday 5 October: gift cards
    at("2028-10-05T07:15:00Z")
    SC("marble-gift-card-number-and-pin", "private-details",
       tw("hannah_j_mbl", f"@{B} my son's gift card says £0 at the till but his nan put £50 on it for his birthday last "
                          "week. Card 6280 3910 4417 2204, PIN 5531. What's happened to it?"),
       expect(RV, "normal", "payments", "direct"), note="a gift card number and PIN in public")
    SC("marble-sarcasm-works-nowhere", "sarcasm-customer",
       tw("dani_r_mbl", "Thank you Marble for the gift card that works precisely nowhere. Birthday boy is thrilled 🙃"),
       expect(RP, "normal", "payments", "indirect"), known_miss="round 18, not met yet: priority: want \"normal\", got low; the engine read: names Marble Toys in a post to everyone | praise: thank them | topic payments: 'gift card', 'gift cards'")
    lisa = tw("lisa_m_mbl", "did you manage to spend Leo's birthday money in the end?")
    SC("marble-venting-gift-card-to-friend", "third-party-venting",
       tw("gemma_t_mbl", "@lisa_m_mbl nope. Marble's gift cards have been broken all week, the till just says declined. "
                         "He cried in the middle of Castle Mall 😩", reply_to=lisa),
       expect(MON, "low", "payments", "third_party"))
    pete = tw("pete_w_mbl", f"@{B} gift card declined 3 times at Wendham, staff say it's 'a system thing'. It's got £40 "
                            "on it and I've got a very sad 4 year old with me")
    SC("marble-gift-card-declined", "complaint-direct", pete, expect(RP, "normal", "payments", "direct"))
    SC("marble-fake-support-wants-pin", "spam",
       tw("marblecare_mbl", "@pete_w_mbl Hi Pete! Marble Toys support here 😊 So sorry about your gift card. DM us the "
                            "card number and PIN and we'll restore your balance straight away!", reply_to=pete),
       expect(IGN, ANY, "payments", "third_party"), strict=False,
       note="a fake support account fishing for card details: no case to answer, though the brand may warn the customer")
    pete_brand = tw(B, "@pete_w_mbl That's on us, Pete: a batch of cards wasn't switched on properly. I've fixed "
                       "yours, the full £40 is there now. Sorry for the wasted trip.", reply_to=pete)
    SC("marble-fake-gift-card-giveaway", "spam",
       tw("freebies_mbl", "🎁 FREE £100 Marble gift card for the first 500 parents! Just follow, RT and tap the link "
                          "to claim 👉 {url:https://free-giftcards-uk.example/marble}"),
       expect(IGN, "low", "payments", "indirect"), note="a fake giveaway; the keywords still give the topic")
    SC("marble-pete-thanks-in-thread", "thread-with-brand",
       tw("pete_w_mbl", "That's worked, cheers. Bought the dinosaur, one small boy very happy 🦖", reply_to=pete_brand),
       expect(RP, "low", None, "direct"), note="thanks in a reply to the brand's reply, without @")
    SC("marble-gift-card-and-voucher-question", "question",
       tw("ruth_a_mbl", f"@{B} can I use a gift card and a paper gift voucher on the same pre-order, or is it one or "
                        "the other?"),
       expect(RP, "normal", "payments", "direct"))
    SC("marble-html-balance-checker", "html-entities",
       tw("dev_zara_mbl", f"@{B} the gift card balance checker just prints &lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt; "
                          "&amp; no balance. Is it safe to type my card number into that?"),
       expect(RP, "normal", "payments", "direct"))
    SC("marble-it-carta-regalo", "non-english",
       tw("giulia_r_mbl", f"@{B} il saldo della mia carta regalo risulta zero alla cassa, ma ci sono 30 sterline sopra. "
                          "Come faccio?", lang="it"),
       expect(RP, "normal", "payments", "direct"), note="Italian: a gift card at £0")
    SC("marble-charged-twice-in-passing", "complaint-in-passing",
       tw("mel_d_mbl", f"Car failed its MOT, the toddler's got chickenpox and @{B} charged me twice for the same advent "
                       "calendar. October can do one."),
       expect(RP, "normal", "payments", "indirect"))
    SC("marble-pt-cartao-presente", "non-english",
       tw("joana_s_mbl", f"@{B} o meu cartão presente não funciona e ainda tem 25 libras de saldo. Já tentei duas "
                         "vezes. O que faço?", lang="pt"),
       expect(RP, "normal", "payments", "direct"), note="Portuguese: a gift card that doesn't work")
    SC("marble-latex-allergy-balloons", "medical-urgent",
       tw("tanya_f_mbl", f"@{B} quick one: are the balloons in your unicorn party packs latex? My daughter has a latex "
                         "allergy and her party is on Saturday"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a medical need")
    SC("marble-follower-selling", "spam",
       tw("growfast_mbl", f"@{B} Grow your socials before Christmas 📈 10k real followers from £9.99, results in 24h. "
                          "DM us now!"),
       expect(IGN, "low", None, "direct"))

    # ================================================================ Friday 6 October: deliveries
    at("2028-10-06T06:20:00Z")
    priya = tw("priya_k_mbl", f"@{B} tracking says my parcel was delivered yesterday at 14:02. Nothing here, not with "
                              "the neighbours, not in the bin. Where is it?")
    SC("marble-parcel-delivered-not-here", "complaint-direct", priya, expect(RP, "normal", "delivery", "direct"))
    priya_brand = tw(B, "@priya_k_mbl Sorry Priya, that's not good enough. We've opened a trace with the courier on "
                        "that parcel and I'll update you here by 5pm tomorrow.", reply_to=priya)
    SC("marble-brand-reply-trace", "brand-own-post", priya_brand, expect(IGN, "low", "delivery", "none"))
    SC("marble-home-address-wrong-house", "private-details",
       tw("tom_e_mbl", f"@{B} your driver left my parcel at number 14 again. I live at 41 Thornbury Close, Wendham FN4 "
                       "7QD. It's on the label!"),
       expect(RV, "normal", "delivery", "direct"))
    abi = tw("abi_k_mbl", "Ordered a wooden garage from Marble for my son's 3rd birthday. Just delivered: 200 pink 'Hen "
                          "Party Queen' balloons 🎈 Not quite the same vibe")
    SC("marble-wrong-item-no-complaint-words", "complaint-indirect", abi,
       expect(RP, "normal", "delivery", "indirect"), note="a wrong delivery told as a joke: still a customer's problem", known_miss="round 18, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Marble Toys in a post to everyone | general chatter about the brand | topic delivery: 'delivered', 'deliver', 'delivering'")
    SC("marble-bystander-hen-do", "joke-bystander",
       tw("hennight_mbl", "@abi_k_mbl Marble clearly knows what a 3 year old really wants: a hen do 🐔🎈", reply_to=abi),
       expect(IGN, "low", None, "third_party"), known_miss="round 18, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    sean = tw("sean_m_mbl", f"@{B} click and collect said ready at 2pm. Been at the Wendham collection desk 40 mins and "
                            "nobody can find it. Two kids melting down here.")
    SC("marble-click-collect-lost", "complaint-direct", sean, expect(RP, "normal", "collect", "direct"), known_miss="round 18, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @MarbleToys | complaint (0.84) | a danger to health or safety: urgent | topic collect: 'click and collect', 'collect', 'collection desk'")
    sean_brand = tw(B, "@sean_m_mbl So sorry, Sean. It was put in the wrong bay: the Wendham manager is bringing it out "
                       "to you now.", reply_to=sean)
    SC("marble-wrong-store-in-passing", "complaint-in-passing",
       tw("ruby_h_mbl", f"Week from hell: the boiler's packed in, the dog ate a crayon and @{B} sent my click and "
                        "collect to the wrong store. Wine o'clock 🍷"),
       expect(RP, "normal", "collect", "indirect"), note="the brand tagged in the middle of a longer moan")
    SC("marble-praise-driver-pregnant", "praise",
       tw("chloe_f_mbl", "Marble delivered the party stuff a day early and the driver carried it all inside because "
                         "I'm 38 weeks pregnant and the size of a house. Faith in humanity restored 💛"),
       expect(RP, "low", "delivery", "indirect"), note="'pregnant' in a thank-you is no medical need", known_miss="round 18, not met yet: priority: want \"low\", got normal; the engine read: names Marble Toys in a post to everyone | describes their own experience | complaint (0.32) | topic delivery: 'delivered', 'deliver', 'delivering', 'driver'")
    SC("marble-praise-pellingford-staff", "praise",
       tw("jamie_o_mbl", f"@{B} massive thanks to Dev at the Pellingford store who spent 20 minutes helping my autistic "
                         "son choose a present and let him try every fidget toy in the place. Absolute star ⭐"),
       expect(RP, "low", "stores", "direct"))
    SC("marble-dob-birthday-club", "private-details",
       tw("nadia_b_mbl", f"@{B} the birthday club form keeps saying my son's date of birth is invalid. It's 12/03/2024!! "
                         "He's been going on about his birthday treat for weeks"),
       expect(RV, "normal", "loyalty", "direct"), note="a child's date of birth in public")
    SC("marble-nl-click-collect", "non-english",
       tw("daan_b_mbl", f"@{B} mijn click &amp; collect bestelling zou vandaag klaarliggen voor afhalen in Stanbridge, "
                        "maar in de winkel weten ze van niks. Wat nu?", lang="nl"),
       expect(RP, "normal", "collect", "direct"), note="Dutch: click and collect not ready")
    SC("marble-rude-till-toilet", "complaint-indirect",
       tw("leah_c_mbl", "Asked the lad on the tills at Marble Cobbold if there was a toilet my potty-training 3yo "
                        "could use. He rolled his eyes and said 'not my problem'. We did not make it. Lovely."),
       expect(RP, "normal", "stores", "indirect"))
    SC("marble-fr-colis-jamais-arrive", "non-english",
       tw("camille_d_mbl", f"@{B} mon colis n'est jamais arrivé et le suivi dit livré depuis mardi. C'était le cadeau "
                           "d'anniversaire de ma fille…", lang="fr"),
       expect(RP, "normal", "delivery", "direct"), note="French: a missing parcel")
    SC("marble-abusive-parcel-over-fence", "abuse-with-problem",
       tw("wayne_s_mbl", f"@{B} you useless shower. Third parcel this month your courier has chucked over the fence "
                         "into the rain. The dolls' house box is mush."),
       expect(RP, "high", "delivery", "direct"), note="rude, and the third failure this month")
    SC("marble-sarcasm-out-for-delivery", "sarcasm-customer",
       tw("tilly_s_mbl", "Fourth day in a row Marble has told me my parcel is 'out for delivery'. Such a thrill. Really "
                         "keeps the magic alive ✨"),
       expect(RP, "normal", "delivery", "indirect"), known_miss="round 18, not met yet: priority: want \"normal\", got high; the engine read: names Marble Toys in a post to everyone | describes their own experience | complaint (0.48) | the problem keeps coming back | topic delivery: 'parcel', 'parcels', 'out for delivery', 'delivery'")
    SC("marble-club-number", "private-details",
       tw("frank_l_mbl", f"@{B} my Marble Club number is MC-0048-2291 and none of my points from the Wendham shop last "
                         "week have gone on. Can you check?"),
       expect(RV, "normal", "loyalty", "direct"), note="a loyalty membership number in public")
    SC("marble-points-count-not-private", "question",
       tw("wes_b_mbl", f"@{B} do Marble Club points expire? I've got 2,340 and I was saving them for Christmas"),
       expect(RP, "normal", "loyalty", "direct"), note="a points balance is not a private detail")
    jeep = tw("gus_a_mbl", f"@{B} the charger for the ride-on jeep we got from you is too hot to touch and there's a "
                           "burning smell from the battery. It's in the kids' playroom. Is it safe to unplug it??")
    SC("marble-ride-on-charger-burning-smell", "safety-urgent", jeep, expect(RP, "urgent", "safety", "direct"),
       note="a fire risk in a child's room, right now")

    # ================================================================ Saturday 7 October: the shops
    at("2028-10-07T07:05:00Z")
    stan_q = tw("stan_q_mbl", f"@{B} what time does the Stanbridge store open on Sundays?")
    SC("marble-sunday-hours-question", "question", stan_q, expect(RP, "normal", "stores", "direct"))
    stan_brand = tw(B, "@stan_q_mbl Hi Stan! Stanbridge is open 10am to 4pm on Sundays, and click and collect runs "
                       "until 3:30.", reply_to=stan_q)
    SC("marble-question-car-park-without-at", "question-in-reply-to-brand",
       tw("stan_q_mbl", "Perfect. Is there a car park round the back or is it the multi-storey?", reply_to=stan_brand),
       expect(RP, "normal", "stores", "direct"), note="a follow-up question to the brand's reply, without @")
    SC("marble-small-claims-trading-standards", "legal-threat-not-urgent",
       tw("helen_w_mbl", f"@{B} four weeks, five emails and still no refund for the scooter that broke on day one. I've "
                         "started a small claims case today and Trading Standards have my complaint."),
       expect(RP, "high", "returns", "direct"), note="court and regulator: strong, not urgent")
    SC("marble-threat-break-nose", "threat-urgent",
       tw("kyle_r_mbl", "Next time a Marble staff member tells me my kid is 'too loud' in their store I'm going to "
                        "break their nose. Try me."),
       expect(ANY, "urgent", "stores", "indirect"), note="a threat against staff, the brand named but not tagged")
    SC("marble-knife-at-stanbridge-till", "safety-urgent",
       tw("ifeoma_mbl", f"A man just threatened the girl on the till at Marble Stanbridge with a knife over a refund. "
                        f"Police are here now and she's in bits. @{B} please look after her"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness to a threat with a knife")
    SC("marble-fr-threat-vendeur", "threat-urgent",
       tw("luc_m_mbl", f"@{B} si le vendeur du magasin de Cobbold me parle encore comme ça, je l'attends à la sortie et "
                       "il va le regretter.", lang="fr"),
       expect(ANY, "urgent", "stores", "direct"), note="French: 'I'll be waiting for him outside' is a threat")
    SC("marble-de-shelf-fell-on-child", "safety-urgent",
       tw("jurgen_w_mbl", f"In der Marble-Filiale in Wendham ist gerade ein Regal mit Fahrrädern auf ein Kind gefallen. "
                          f"Das Kind ist verletzt, der Krankenwagen ist unterwegs. @{B}", lang="de"),
       expect(RP, "urgent", "safety", "indirect"), note="German: a shelf fell on a child in a shop")
    SC("marble-recall-line-on-hold", "public-hotline-number",
       tw("marie_t_mbl", "Been on hold to the Marble recall line on 0808 157 0456 for 55 minutes. Fifty. Five. I just "
                         "want to know where to take the bloody magnets."),
       expect(RP, "normal", "safety", "indirect"), strict=False,
       note="the number is the brand's own recall line, not a private detail")
    SC("marble-psa-recall-line", "public-hotline-number",
       tw("kerry_a_mbl", "PSA for parents: if you've got a SnapStax set, Marble are taking them back at any store, no "
                         "receipt. Recall line is 0808 157 0456. Please share 🙏"),
       expect(MON, "low", "safety", "indirect"), strict=False,
       note="a helpful post quoting the brand's own number: monitor, or thank her")
    SC("marble-section-75-solicitor", "legal-threat-not-urgent",
       tw("graham_p_mbl", f"@{B} you cancelled my pre-order without a word and nine days later I still haven't been "
                          "refunded £149.99. If it's not on my card by Monday it's a Section 75 claim and a letter from "
                          "my solicitor."),
       expect(RP, "high", "returns", "direct"), known_miss="round 18, not met yet: topic: want \"returns\", got preorder; the engine read: addressed to @MarbleToys | complaint (0.94) | legal or regulatory threat (not urgent) | topic preorder: 'pre-order', 'pre-orders'")
    SC("marble-es-devolucion-tienda", "non-english",
       tw("carlos_g_mbl", f"@{B} ¿puedo hacer la devolución de un juguete comprado online en la tienda de Wendham? No "
                          "tengo el ticket. ¿Me dan el reembolso en efectivo?", lang="es"),
       expect(RP, "normal", "returns", "direct"), note="Spanish: a return in a shop")
    SC("marble-common-word-worktops-delivered", "common-word",
       tw("kitchenkat_mbl", "Kitchen finally finished: white marble worktops delivered and fitted in a single day. I "
                            "keep stroking them like a cat 🤍"),
       expect(IGN, "low", ANY, "none"), note="'marble' next to 'delivered', but it is a kitchen worktop")
    SC("marble-namesake-lifeguards", "namesake",
       tw("mbaylife_mbl", "Busy afternoon at Marble Bay: two children pulled out of a rip current near the rocks, both "
                          "checked over by paramedics and fine. Please swim between the red and yellow flags."),
       expect(IGN, "low", ANY, "none"), note="danger words, but the beach, not the shop")
    SC("marble-namesake-cat-swallowed", "namesake",
       tw("marblecat_mbl", "Marble has swallowed a hair bobble and we're at the emergency vet on a Saturday night. "
                           "Why are cats like this 😿"),
       expect(IGN, "low", ANY, "none"), note="Marble is a cat here; 'swallowed' is a safety word", known_miss="round 18, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Marble Toys in a post to everyone | a medical need: urgent | topic safety: 'swallow', 'swallowed', 'swallowing'")
    SC("marble-namesake-racehorse", "namesake",
       tw("cobturf_mbl", "Marble Run romped home in the 3:40 at Cobbold at 12/1. Told you so 🐎"),
       expect(IGN, "low", None, "none"))
    zoe_q = tw("rach_b_mbl", "how's Alfie doing?? thinking of you both xx")
    SC("marble-magnet-swallowed-in-reply", "safety-urgent",
       tw("zoe_k_mbl", "@rach_b_mbl still in. they think he swallowed a magnet from the Marble set his grandad bought "
                       "him. waiting on the x-ray. terrified", reply_to=zoe_q),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a child's health at risk from the recalled product, said in a friend's thread: whether to answer is "
            "open, but it is urgent wherever it is said")
    # the Saturday evening chase
    SC("marble-priya-third-chase", "repeat-contact",
       tw("priya_k_mbl", f"@{B} Saturday night, no update and no parcel, and you said 5pm. That's the third time I've had to "
                          "chase this.",
          reply_to=priya_brand),
       expect(RP, "high", "delivery", "direct"), note="the brand promised an update by 5pm")
    SC("marble-namesake-toy-library", "namesake",
       tw("mbaytoys_mbl", "Marble Bay Toy Library is open again on Saturdays, 10 till 12 in the church hall! Borrow up "
                          "to 5 toys for free, and donations of outgrown toys are always welcome 🧸"),
       expect(IGN, "low", ANY, "none"), note="toys and 'till', but a volunteer toy library at Marble Bay")
    SC("marble-namesake-hall-show-refunds", "namesake",
       tw("marblehall_mbl", "Sorry folks, tonight's Gruffalo show at Marble Hall is cancelled as two of the cast are "
                            "poorly. Refunds will be back on your card within 5 working days 💔"),
       expect(IGN, "low", ANY, "none"), note="a refund for a children's show, but at the arts centre, not the shop")
    SC("marble-namesake-coach-surname", "namesake",
       tw("wendwasps_mbl", "Huge congratulations to coach Danny Marble and our U11s, league champions for the second "
                           "year running! 🏆🐝"),
       expect(IGN, "low", None, "none"))

    # ================================================================ Sunday 8 October
    at("2028-10-08T06:40:00Z")
    SC("marble-common-word-marble-cake", "common-word",
       tw("bakewithbev_mbl", "Marble cake for Sunday tea 🍰 my nan's recipe, and the swirl never comes out the same "
                             "twice"),
       expect(IGN, "low", None, "none"), note="capitalised at the start of a sentence", known_miss="round 18, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Marble Toys in a post to everyone | describes their own experience | complaint (0.78)")
    SC("marble-common-word-nail-art", "common-word",
       tw("nailsbytia_mbl", "autumn marble nails 🍂🤎 swipe for the close-up #nailart #marble #autumnnails"),
       expect(IGN, "low", None, "none"), note="in a hashtag", known_miss="round 18, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: tags the brand with a hashtag | general chatter about the brand")
    SC("marble-news-preorder-apology", "news-monitor",
       tw("fennickecho_mbl", "Marble Toys boss apologises after its Christmas pre-order website crashed, leaving "
                             "thousands of parents stuck in an online queue {url:https://fennickecho.example/news/2028/10/marble-preorder-crash}"),
       expect(MON, "low", "preorder", "indirect"))
    SC("marble-news-trade-recall-extended", "news-monitor",
       tw("toytrade_mbl", "Marble Toys extends its SnapStax recall to the 30-piece starter set after a second report of "
                          "loose magnets {url:https://toytrade.example/2028/10/marble-snapstax-starter-recall}"),
       expect(MON, "low", "safety", "indirect"))
    SC("marble-big-reach-return-runaround", "big-reach",
       tw("tvjess_mbl", f"Queued 40 mins at @{B} Castle Mall to return a broken scooter and got sent away to 'do it "
                        "online'. The website says bring it back. Round and round we go 🙄"),
       expect(RP, "high", "returns", "indirect"), note="1.3M followers")

    SC("marble-namesake-es-bay", "namesake",
       tw("marta_v_mbl", "Fin de semana en Marble Bay con los niños 🌊 el agua helada pero la playa preciosa",
          lang="es"),
       expect(IGN, "low", None, "none"), note="Spanish, the beach")
    SC("marble-namesake-de-cat", "namesake",
       tw("lena_h_mbl", "Unsere Katze Marble hat heute den Weihnachtsbaum umgeworfen. Es ist Oktober. Warum steht der "
                        "Baum überhaupt schon?", lang="de"),
       expect(IGN, "low", None, "none"), note="German, a cat called Marble")
    SC("marble-common-word-marble-run", "common-word",
       tw("dadof3_mbl", "Spent the whole morning building a marble run out of loo rolls and sticky tape with the kids. "
                        "Cost £0, kept them busy for three hours. Better than anything in the shops."),
       expect(IGN, "low", None, "none"), note="a home-made marble run, not the shop")
    SC("marble-common-word-lost-his-marbles", "common-word",
       tw("sue_g_mbl", "My dad has officially lost his marbles. Came home from the garden centre with a life-size "
                       "marble heron for the pond. It weighs more than he does."),
       expect(IGN, "low", None, "none"))
    SC("marble-chatter-tractor-advert", "chatter-monitor",
       tw("rob_t_mbl", "Marble's new advert with the dog driving a tiny tractor has been on 40 times this weekend and "
                       "I still stop and watch it every time"),
       expect(MON, "low", None, "indirect"))
    SC("marble-chatter-christmas-window", "chatter-monitor",
       tw("nik_t_mbl", "The Marble window in Cobbold has gone full Christmas already. Reindeer, fake snow, the lot. It "
                       "is the 8th of October 🎅"),
       expect(MON, "low", None, "indirect"), note="an observation about the brand, nothing to answer")
    SC("marble-repost-influencer-complaint", "repost", tw("ruby_h_mbl", "", retweet=mum),
       expect(IGN, "low", "preorder", "indirect"))
    SC("marble-quote-recall-batch", "quote",
       tw("laura_p_mbl", "Ours is batch 2215 and it's been in the toy box since last Christmas. Do I bring back every "
                         "single piece or just the tiles with magnets in? Don't want to miss one", quote=recall),
       expect(RP, ANY, "safety", "indirect"), strict=False,
       note="a question quoting the brand's recall post without tagging it")
    SC("marble-praise-stacking-rainbow", "praise",
       tw("dora_m_mbl", f"@{B} the Little Marble stacking rainbow has survived two toddlers, a dog and a flight to "
                        "Faro. Best £18 I've spent all year"),
       expect(RP, "low", None, "direct"), known_miss="round 18, not met yet: priority: want \"low\", got normal; topic: want null, got payments; the engine read: addressed to @MarbleToys | sarcasm (irony 0.67) from a customer: a complaint | topic payments: an amount of money")
    SC("marble-praise-sean-collect-sorted", "thread-with-brand",
       tw("sean_m_mbl", "Opened it this morning and the Wendham team had popped a sticker pack in for each of the "
                        "kids after Friday's wait. Nice touch, thank you", reply_to=sean_brand),
       expect(RP, "low", None, "direct"), note="thanks in a reply to the brand's reply, without @")
    SC("marble-pt-iman-engoliu", "non-english",
       tw("ines_c_mbl", f"@{B} a minha filha engoliu um íman do conjunto SnapStax. Estamos a caminho do hospital. Há "
                        "mais peças com ímanes soltos?", lang="pt"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a swallowed magnet, on the way to hospital")
    meg = tw("meg_h_mbl", "anyone else had the Marble SnapStax recall email? is it actually serious or just a "
                          "precaution?")
    SC("marble-gp-general-advice-in-thread", "third-party-chatter",
       tw("dr_amir_mbl", "@meg_h_mbl It's serious. Two swallowed magnets can pinch the gut together. If your child might "
                         "have swallowed one, go to A&amp;E, don't wait for symptoms. If not, just take the set back to Marble.",
          reply_to=meg),
       expect(MON, "low", "safety", "third_party"),
       note="a doctor's general advice in someone else's thread: no child in danger", known_miss="round 18, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a medical need: urgent | topic safety: 'swallow', 'swallowed', 'swallowing', 'magnet', 'magnets', 'magnete', 'magnete', 'a&e'")
    SC("marble-crypto-token-spam", "spam",
       tw("mblxtoken_mbl", f"@{B} 🚀 $MBLX presale is LIVE! Toys on chain, early holders 100x 💎 Don't miss it "
                           "{{url:https://mblx-token.example/presale}}"),
       expect(IGN, "low", None, "direct"))
    end = parse_when(start) + dt.timedelta(days=7)
    assert CLOCK.t < end, CLOCK.t
    return brand


BRANDS["marble-toys"] = ("MarbleToys", 7878901245, build_marble_toys)
