# Dray (Dray Removals): a made-up house removals and self-storage company across the made-up
# towns of Cresswick, Ambleford, Pennock, Hollinbury and Wexcombe: moving-day crews and vans out
# of the Cresswick depot, a packing service, surveys, quotes, bookings and deposits, damage and
# breakage claims, self-storage units at Cresswick and on Ambleford trading estate (gate
# keypads, access codes and the Dray Storage app), international moves and office moves.
# "Dray" is also an ordinary word (a brewer's flat cart, the shire "dray horses" that pull one at
# the Ambleford Show, a squirrel's drey that half the internet spells "dray", a crossword answer)
# and a name: the footballer Marcus Dray of Cresswick Town, Cllr Anita Dray of Hollinbury, The
# Dray (a pub), Dray Brewery, a racehorse called Dray and Dray Aggregates, a quarry firm. None of
# them is the removals company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 24 April 2028: on Monday morning the storage access system (app and gate keypads) fails at
# every site from about 6:45 to 10:30 and customers are locked out of their units. On Tuesday
# night eleven units at the Ambleford storage site are broken into. On Wednesday a mover falls
# down a flight of stairs under a sofa, a wardrobe the crew put up falls on a child, and a
# care-home move goes off with an old lady's oxygen concentrator. On Thursday fake "Dray"
# accounts sell half-price moves for deposits paid by bank transfer. On Friday, completion day,
# vans break down and families wait on their doorsteps while their buyers wait for the keys. The
# weekend: claims, deposits that never came back, the Ambleford Show and the name's other lives.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account,
# booking, claim and card number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_dray_removals():
    global CURRENT_BRAND, CLOCK
    brand = Brand("dray-removals", SCEN_DIR / "dray-removals.plan.toml", "DrayRemovals", 5578901245, 1861220000000006001)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-04-24T05:30:00Z")
    B = "DrayRemovals"
    user(B, "Dray Removals & Storage", 5578901245,
         "Dray 🚚 house moves, packing, self-storage, international & office moves. Care team here 7am–9pm, every day. "
         "Helpline 0808 157 0623. We only take deposits by card at dray.example.",
         21_400, following=650, tweets=18_900, listed=90, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11140100000 + _n[0] * 4129, bio, followers, **kw)

    person("jess_p_dra", "Jess Parry", "Florist, Cresswick. Up at 5 for the flower market 💐", 640)
    person("val_h_dra", "Val Hughes", "Nan of five. I share the useful stuff.", 130)
    person("tom_w_dra", "Tom Wardle", "Ambleford. Bikes, vinyl, too much stuff.", 310)
    person("cat_o_dra", "Cat O'Neill", "Mum of 3. Cresswick. Surviving on coffee and spite.", 420)
    person("jonas_b_dra", "Jonas Becker", "Tischler aus Köln, jetzt in Ambleford. Holz und Werkzeug.", 190)
    person("beth_a_dra", "Beth Arnold", "Ambleford. Renovating a house that hates me.", 280)
    person("sara_k_dra", "Sara Khan", "Cresswick. Big sister. Van driver for the family, apparently.", 350)
    person("gaz_p_dra", "Gaz Pike", "Puns, darts, Cresswick Town. In that order.", 520)
    person("hannah_r_dra", "Hannah Reid", "First-time buyer, chain of four, nerves of glass.", 230)
    person("ollie_d_dra", "Ollie Dunn", "Ambleford. Sparky. Hires too many vans.", 160)
    person("AleTrail_dra", "The Ale Trail", "Reviewing real ale and small breweries so you don't have to 🍺", 11_200)
    person("nina_w_dra", "Nina Webb", "Hollinbury. Copywriter. Easily distracted by wildlife.", 870)
    person("raj_m_dra", "Raj Mistry", "Pennock. Moving in May. Spreadsheet for everything.", 210)
    person("kerry_s_dra", "Kerry Stone", "Hollinbury. Nurse. New house, old kitchen.", 330)
    person("dan_c_dra", "Dan Cole", "Web developer. I notice broken templates.", 1_300)
    person("fiona_g_dra", "Fiona Grant", "Wexcombe. Kitchen being ripped out. Living on toast.", 260)
    person("mark_t_dra", "Mark Tully", "Pennock. Dad of two. Lifts things for a living now, apparently.", 190)
    person("punny_jo_dra", "Jo Penn", "Open-mic comic. Day job: payroll. Puns on request.", 640)
    person("CresTownFan_dra", "Cresswick Town Fans", "Cresswick Town FC, home and away, since 1992 ⚽", 4_800)
    person("growfast_dra", "GrowFast Media 📈", "Real followers, real fast. DM for packages 💸", 2_100, following=4900)
    person("zoe_l_dra", "Zoe Lamb", "Wexcombe. Teacher. Still unpacking from February.", 240)
    person("pete_v_dra", "Pete Vance", "Hollinbury. Retired. Curtain twitcher, proud of it.", 150)
    person("ade_o_dra", "Ade Okafor", "Photographer. Weddings and gigs. Ambleford.", 2_600)
    person("AmbleEcho_dra", "Ambleford Echo", "News for Ambleford and around since 1898.", 14_300, following=900, verified=True)
    person("nat_j_dra", "Nat Jones", "Ambleford. Student nurse. Everything I own is in a box.", 300)
    person("chris_h_dra", "Chris Holt", "Market trader, Ambleford. Vintage clothes and records.", 1_100)
    person("lucy_b_dra", "Lucy Barnes", "Ambleford. Renting for a bit. Too much furniture.", 270)
    person("tim_r_dra", "Tim Rowe", "Ambleford. Knows a bloke for everything.", 410)
    person("sam_e_dra", "Sam Ellis", "Cresswick. Works from home, watches the street.", 180)
    person("becky_n_dra", "Becky Nolan", "Pennock. Mum of Isla (7). New house, new chaos.", 290)
    person("gary_k_dra", "Gary Knox", "Hollinbury. Scaffolder. Patience of a gnat.", 90)
    person("helen_w_dra", "Helen Wade", "Daughter, carer, list maker. Hollinbury.", 160)
    person("priya_s_dra", "Priya Shah", "Piano teacher. Wexcombe. Two kids, one very old piano.", 480)
    person("zara_h_dra", "Zara Hussain", "Homeowner as of today!! Pennock 🏡", 620)
    person("mo_k_dra", "Mo Kelly", "Pennock. Dad of twins. Moved house this week, never again.", 340)
    person("DrayMoves_dra", "Dray Removals UK 🚚", "Cheapest house moves in the UK 🚚 50% off this week only. Book by DM ✅", 58, following=4700)
    person("amir_h_dra", "Amir Hassan", "Cresswick. Moving in June. Reads the small print.", 220)
    person("sue_b_dra", "Sue Bell", "Wexcombe. Retired dinner lady. Not good with computers.", 70)
    person("DrayHelp_dra", "Dray Support ✅", "Official Dray customer support 24/7 ✅ DM us for refunds and bookings", 34, following=4900)
    person("getback_dra", "FundsBack Recovery ✅", "Certified scam and crypto recovery. 100% success. No win no fee ✅", 7_400, following=5000)
    person("kath_m_dra", "Kath Mills", "Hollinbury. School business manager. Suspicious of links.", 310)
    person("olu_a_dra", "Olu Adeyemi", "Pennock. Engineer. New house, old cooker.", 260)
    person("giulia_r_dra", "Giulia Rinaldi", "Torinese a Wexcombe. Architetta. Caffè forte.", 340)
    person("BrightDesk_dra", "BrightDesk Accounting", "Accountants for small businesses in Cresswick. Moving to bigger offices in May!", 1_900)
    person("PennockFM_dra", "Pennock FM", "Your local radio for Pennock, Cresswick and Ambleford. News on the hour.", 19_600, following=700, verified=True)
    person("HollNews_dra", "Hollinbury News", "What's happening in Hollinbury: council, schools, sport.", 6_300)
    person("abi_f_dra", "Abi Ford", "Cresswick. Event planner. I read every email twice.", 380)
    person("dev_p_dra", "Dev Patel", "Hollinbury. Son, husband, chief worrier.", 200)
    person("ellie_c_dra", "Ellie Carr", "Pennock → Wexcombe (hopefully). Mum of Alfie, 4.", 410)
    person("miakendal_dra", "Mia Kendal", "Presenter, Morning Brew on ITV-ish. Cat mum. Opinions my own.",
           640_000, following=1200, listed=2900, verified=True)
    person("rach_p_dra", "Rach Parker", "Pennock. Moving day. Send help.", 290)
    person("kim_t_dra", "Kim Taylor", "Rach's best friend since Year 7. Hollinbury.", 330)
    person("dave_w_dra", "Dave Wells", "Dad jokes, professionally. Cresswick.", 450)
    person("shaz_m_dra", "Shaz Malik", "Cresswick. I've moved 9 times. Ask me anything.", 510)
    person("lee_h_dra", "Lee Harte", "Wexcombe. Plasterer. Says it how it is.", 80)
    person("daan_v_dra", "Daan de Vries", "Verhuisd van Hollinbury naar Rotterdam. Fietsen, koffie.", 270)
    person("claire_b_dra", "Claire Bernard", "Lyonnaise à Hollinbury. Fille, maman, infirmière.", 240)
    person("annie_m_dra", "Annie Moss", "Hollinbury. Daughter of a 94-year-old legend.", 190)
    person("tony_g_dra", "Tony Gill", "Pennock. Retired bus driver. Patient, up to a point.", 110)
    person("phil_s_dra", "Phil Stokes", "Pennock. Station Road. Nosy, fair, mostly right.", 230)
    person("jen_a_dra", "Jen Allen", "Pennock. Moving in June. Collecting recommendations.", 390)
    person("ravi_p_dra", "Ravi Patel", "Pennock. Moved in March. Still finding things.", 350)
    person("rosa_m_dra", "Rosa Martín", "Sevillana en Pennock. Enfermera. Siempre con prisa.", 260)
    person("AmbleRoads_dra", "Ambleford Roads", "Traffic and travel around Ambleford. Not the council.", 9_800)
    person("kyle_r_dra", "Kyle Reed", "Cresswick. Gym, work, sleep. Owed £300.", 120)
    person("nic_d_dra", "Nic Doyle", "Wexcombe. Accountant. I keep every email.", 260)
    person("gwen_p_dra", "Gwen Pryce", "Hollinbury. Widow, gardener, stubborn.", 140)
    person("pam_o_dra", "Pam Oakes", "Wexcombe. 71 and moved house on my own. Just about.", 90)
    person("joao_s_dra", "João Silva", "Do Porto para Cresswick. Engenheiro.", 210)
    person("AmbleShow_dra", "Ambleford Show", "Ambleford's county show since 1862 🐄🐴 Sat 29 April", 8_700)
    person("TheDrayPub_dra", "The Dray, Cresswick", "Freehouse on Mill Street since 1789. Real ale, quiz Saturdays, dogs welcome 🍻", 3_300)
    person("tipster_dra", "Wexcombe Tipster", "Racing tips from the rails. Mostly right. Gamble responsibly.", 5_600)
    person("kate_w_dra", "Kate Wilde", "Pennock. Furniture restorer. Feelings about oak.", 470)
    person("sam_o_dra", "Sam Osei", "Wexcombe. New flat, one torch.", 200)
    person("wes_t_dra", "Wes Turner", "Pennock → Wexcombe. Sleeping on the floor, apparently.", 310)
    person("rory_b_dra", "Rory Blaine", "Comedian. Songs, mostly sad. Tour 'Small Mercies' on sale now.",
           1_300_000, following=800, listed=5100, verified=True)
    person("jo_ortiz_dra", "Jo Ortiz", "Night shift at the hospital. Day shift at the kids.", 180)
    person("marcus_l_dra", "Marcus Lowe", "Wexcombe. Quantity surveyor. Numbers have to add up.", 430)
    person("amelie_d_dra", "Amélie Dubois", "Parisienne à Cresswick. Antiquités et brocante.", 360)
    person("CressMuseum_dra", "Cresswick Museum", "Local history, carriages and curiosities. Free entry, Tues–Sun.", 4_200)
    person("xword_kev_dra", "Kev Hart", "Cryptic crosswords before breakfast. Usually lose.", 680)
    person("harriet_dra", "Harriet Lowe", "Hollinbury. Teacups, gardening, grandchildren.", 160)
    person("tomasz_dra", "Tomasz Nowak", "Cresswick → Gdańsk in August. Packing already.", 240)
    person("ali_b_dra", "Ali Brennan", "Cresswick. Bikes > cars.", 330)
    person("mel_f_dra", "Mel Foster", "Wexcombe. ABBA fan. Top floor flat, no lift.", 500)
    person("linda_c_dra", "Linda Cross", "Ambleford. Moving again. My back remembers 2019.", 170)
    person("rob_k_dra", "Rob King", "Security tester. I read page source for fun.", 2_900)
    person("dee_h_dra", "Dee Hollis", "Ambleford. Just want my deposit back.", 140)

    # ---- Monday 24 April: the storage access system falls over ------------------------------
    jess = tw("jess_p_dra", f"@{B} the storage app just says 'unable to verify your access' and the keypad on the cresswick gate won't take my code either. all my wedding flowers are in unit 14 and I've got a wedding at 11. please!!",
              when="2028-04-24T06:12:40Z")
    SC("dray-complaint-locked-out-wedding-flowers", "complaint-direct", jess, expect(RP, "high", "storage", "direct"),
       note="the access app and gate keypads are failing at every site: an outage, and her business stock is behind the gate", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @DrayRemovals | complaint (0.94) | topic storage: 'storage app', 'storage', 'app', 'access', 'keypad', 'keypads', 'gate', 'gates', 'unit', 'units'")
    jess_brand = tw(B, "@jess_p_dra So sorry Jess. Our access system is down at every site and engineers are on it. The Cresswick site team can let you in by hand: press the intercom at the gate and they'll walk you to unit 14. We'll update by 9.",
                    reply_to=jess, when="2028-04-24T06:24:05Z")
    SC("dray-brand-reply-jess-intercom", "brand-own-post", jess_brand, expect(IGN, "low", "storage", "none"))
    SC("dray-thread-jess-let-in", "thread-with-brand",
       tw("jess_p_dra", "that worked, Dev came out and walked me to the unit with the master key. flowers rescued, made it with 10 mins to spare 💐 thank you",
          reply_to=jess_brand, when="2028-04-24T06:43:19Z"),
       expect(RP, "low", "storage", "direct"), note="thanks in the brand's thread, no @")
    status = tw(B, "🔧 Our storage access app and the gate keypads are down at every Dray site since about 6:45 this morning. Engineers are on it. Site staff can still let you into your unit by hand: use the intercom at the gate. Next update by 9am.",
                when="2028-04-24T06:50:00Z")
    SC("dray-brand-own-access-outage", "brand-own-post", status, expect(IGN, "low", "storage", "none"))
    SC("dray-repost-access-outage", "repost", tw("val_h_dra", "", retweet=status, when="2028-04-24T07:02:31Z"),
       expect(IGN, "low", "storage", "indirect"))
    SC("dray-sarcasm-secure-unit", "sarcasm-customer",
       tw("tom_w_dra", "love paying Dray £89 a month for a storage unit I'm not allowed into. very secure. nobody can get at my stuff, including me 🙃",
          when="2028-04-24T07:15:52Z"),
       expect(RP, "high", "storage", "indirect"), note="sarcasm during the access outage, brand named without a tag", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: names Dray in a post to everyone | describes their own experience | sarcasm (irony 0.71) from a customer: a complaint | topic storage: 'storage unit', 'storage units', 'storage', 'unit', 'units'")
    SC("dray-in-passing-monday-nits", "complaint-in-passing",
       tw("cat_o_dra", f"monday so far: boiler packed in overnight ✅ youngest has nits again ✅ @{B} gate keypad won't let me into my unit to get the fan heater out ✅ send help or wine",
          when="2028-04-24T07:33:08Z"),
       expect(RP, "high", "storage", "indirect"), note="the brand tagged in the middle of a bad morning, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @DrayRemovals in a post to everyone | describes their own experience | complaint (0.92) | topic storage: 'gate', 'gates', 'keypad', 'keypads', 'unit', 'units'")
    SC("dray-de-tor-lagerraum", "non-english",
       tw("jonas_b_dra", f"@{B} Guten Morgen, die App zeigt nur 'Fehler' und das Tor am Standort Ambleford geht nicht auf. Ich muss heute mein Werkzeug aus dem Lagerraum holen, sonst kann ich nicht arbeiten. Wann geht es wieder?",
          lang="de", when="2028-04-24T07:50:44Z"),
       expect(RP, "high", "storage", "direct"), note="German: locked out of his storage room in the outage, can't work without his tools")
    beth = tw("beth_a_dra", "anyone else locked out of their storage this morning or is it just me 😩 been stood here 20 mins",
              when="2028-04-24T07:55:10Z")
    sara = tw("sara_k_dra", "@beth_a_dra not just you!! dray's gate and the keypad have been dead since 7, I'm sat outside the cresswick site with a van full of my nan's furniture and a very cross brother",
              reply_to=beth, when="2028-04-24T08:04:27Z")
    SC("dray-venting-locked-out-with-van", "third-party-venting", sara, expect(MON, "low", "storage", "third_party"),
       note="a customer venting to another customer in her thread, brand not tagged: don't butt in")
    SC("dray-joke-shire-horses-never-crash", "joke-bystander",
       tw("gaz_p_dra", "@beth_a_dra @sara_k_dra should've kept it all on a brewery dray mate. a shire horse has never once crashed 🐴😂",
          reply_to=sara, when="2028-04-24T08:20:15Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a bystander in someone else's thread")
    SC("dray-question-deposit-sale-falls-through", "question",
       tw("hannah_r_dra", f"@{B} hi, if we pay the deposit to hold 9 June and our sale falls through, is the deposit refundable? first time buyers + chain of 4 so very nervous 😬",
          when="2028-04-24T08:31:57Z"),
       expect(RP, "normal", "bookings", "direct"), note="a plain question; a sale 'falling through' is not a fall")
    allclear = tw(B, "✅ Storage access is working again at every site. Sorry for a miserable Monday morning. If you paid for extra van hire because you couldn't get into your unit, send us the receipt and we'll refund it: {url:https://dray.example/access}",
                  when="2028-04-24T09:35:00Z")
    SC("dray-brand-own-access-all-clear", "brand-own-post", allclear, expect(IGN, "low", "storage", "none"))
    SC("dray-q-reply-late-return-fee", "question-in-reply-to-brand",
       tw("ollie_d_dra", "does that cover the £40 the hire place charged me for keeping the van an extra 3 hours? it's not a full day, it's their extra-hours fee",
          reply_to=allclear, when="2028-04-24T09:58:36Z"),
       expect(RP, "normal", "bookings", "direct"), note="a question under the brand's post, no @")
    SC("dray-namesake-brewery-pale", "namesake",
       tw("AleTrail_dra", "Dray Brewery's new spring pale, Hop Wagon, is a cracker. Citrus, a bit of pine and far too sessionable at 3.8% 🍺 on cask at The Dray from Friday",
          when="2028-04-24T11:00:00Z"),
       expect(IGN, "low", None, "none"), note="a brewery and a pub with the same name")
    SC("dray-common-squirrel-drey", "common-word",
       tw("nina_w_dra", "there's a squirrel's dray in the oak outside my office window and I've done zero work since 9, just watching two of them carry leaves in 🐿️ (ok I've now learnt it's spelt drey)",
          when="2028-04-24T12:31:22Z"),
       expect(IGN, "low", None, "none"), note="a squirrel's nest, misspelled")

    # ---- Tuesday 25 April ---------------------------------------------------------------------
    SC("dray-private-quote-address-phone", "private-details",
       tw("raj_m_dra", f"@{B} my quote DRQ-558213 for the 12 May move has the wrong address on it. it's 14 Larkspur Close, Pennock PN3 8QA, not 41. can someone ring me on 07700 900317 to fix it before the survey?",
          when="2028-04-25T07:40:13Z"),
       expect(RV, "normal", "bookings", "direct"), note="a quote number, a home address and a phone number in public")
    SC("dray-indirect-packing-carrier-bags", "complaint-indirect",
       tw("kerry_s_dra", "Paid Dray Removals £1,850 for the full packing service and when we got to the new house half the kitchen was still in carrier bags and the wine glasses were loose in a box with the saucepans. not what I paid for",
          when="2028-04-25T08:30:41Z"),
       expect(RP, "normal", "packing", "indirect"), note="her own complaint about the packing service, brand named without a tag")
    SC("dray-html-quote-email-template", "html-entities",
       tw("dan_c_dra", f"@{B} your quote email says 'Hi &lt;b&gt;{{{{customer.first_name}}}}&lt;/b&gt;, your deposit of £&lt;%= booking.deposit %&gt; is due by &lt;i&gt;{{{{date}}}}&lt;/i&gt;'. so how much is it and when? I do want to book",
          when="2028-04-25T09:15:29Z"),
       expect(RP, "normal", "bookings", "direct"), note="a broken template in the quote email, delivered escaped; a real question about the deposit")
    SC("dray-question-unit-plug-socket", "question",
       tw("fiona_g_dra", f"@{B} do any of your storage units have a plug socket? need somewhere to keep a chest freezer for 6 months while the kitchen's redone",
          when="2028-04-25T10:02:48Z"),
       expect(RP, "normal", "storage", "direct"))
    mark = tw("mark_t_dra", f"@{B} the quote said 2 men and a van. 1 man turned up, with a van the size of a shoebox. we're on trip 4 of god knows how many and he's just gone for his lunch",
              when="2028-04-25T11:10:05Z")
    SC("dray-complaint-one-man-small-van", "complaint-direct", mark, expect(RP, "normal", "crew", "direct"))
    SC("dray-joke-shire-horses-barrel", "joke-bystander",
       tw("punny_jo_dra", f"@mark_t_dra @{B} should've asked for the other kind of dray. two shire horses and a barrel of ale, job done by teatime 🐴🍺",
          reply_to=mark, when="2028-04-25T11:24:37Z"),
       expect(IGN, "low", None, "indirect"),
       note="a bystander's pun in someone else's thread; the brand is tagged only because the reply carries it along")
    SC("dray-spam-follower-selling", "spam",
       tw("growfast_dra", "Want your removals firm to grow like Dray? 🚚📈 10k REAL followers for £19.99, fast and safe. DM us today 🔥",
          when="2028-04-25T12:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("dray-indirect-typo-claim-mirror", "complaint-indirect",
       tw("zoe_l_dra", "dray remvals have had my claim for a smashed mirror for 7 weeks now and every email gets 'it's with the team'. it was my nan's. SEVEN weeks.",
          when="2028-04-25T13:20:56Z"),
       expect(RP, "normal", "damage", "indirect"), note="lower case and a typo in the name, no tag; her own claim")
    SC("dray-chatter-third-van", "chatter-monitor",
       tw("pete_v_dra", "third Dray van on our street this month. either everyone's leaving Hollinbury or they know something we don't 👀",
          when="2028-04-25T15:04:12Z"),
       expect(MON, "low", "crew", "indirect"), note="talk about the brand with nothing to answer")
    SC("dray-namesake-footballer", "namesake",
       tw("CresTownFan_dra", "MARCUS DRAY YOU BEAUTY 🚀🚀 25 yards, top corner, Cresswick Town 1-0 up at the break and the Mill End is bouncing",
          when="2028-04-25T19:41:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")

    # ---- Wednesday 26 April: the Ambleford break-in ---------------------------------------------
    SC("dray-complaint-unit-broken-into", "complaint-direct",
       tw("ade_o_dra", f"@{B} police rang me at 6am. my unit at Ambleford was broken into overnight and they've stolen my late dad's tools and all my camera kit. nobody from Dray has called me. what is going on??",
          when="2028-04-26T05:50:18Z"),
       expect(RP, "high", "storage", "direct"), note="his belongings stolen from the brand's storage and no word from it", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @DrayRemovals | complaint (0.99) | topic storage: 'unit', 'units', 'broken into', 'stolen'")
    SC("dray-news-ambleford-break-in", "news-monitor",
       tw("AmbleEcho_dra", "Police are investigating after 11 storage units were broken into overnight at the Dray site on Ambleford trading estate. Anyone with information is asked to call 101. {url:https://amblefordecho.example/news/storage-break-in}",
          when="2028-04-26T07:30:00Z"),
       expect(MON, "low", "storage", "indirect"))
    statement = tw(B, "Overnight, 11 units at our Ambleford storage site were broken into. We're working with the police and calling every customer affected this morning. If your unit is at Ambleford and you haven't heard from us by 12, DM us. {url:https://dray.example/ambleford}",
                   when="2028-04-26T08:15:00Z")
    SC("dray-brand-own-break-in-statement", "brand-own-post", statement, expect(IGN, "low", "storage", "none"))
    SC("dray-quote-statement-padlock-cut", "quote",
       tw("nat_j_dra", "'calling every customer affected' 🙃 my unit was one of the 11, padlock cut clean off, and I found out from the Echo. no call, no email, nothing. and apparently the cctv on that row 'wasn't recording'",
          quote=statement, when="2028-04-26T09:10:33Z"),
       expect(RP, "high", "storage", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her unit was burgled, so a strong complaint, though some would call it normal")
    SC("dray-legal-trading-standards-stock", "legal-threat-not-urgent",
       tw("chris_h_dra", f"@{B} 4 years I've rented a storage unit at Ambleford. £8,000 of stock gone overnight and now your terms say you're 'not liable for theft'. I'm going to Trading Standards today and I'll see you in the small claims court.",
          when="2028-04-26T10:05:47Z"),
       expect(RP, "high", "storage", "direct"), note="a regulator and court threat: a strong complaint, not urgent")
    lucy = tw("lucy_b_dra", "thinking of putting our stuff into storage while we rent for a bit. anyone used Dray? their Ambleford site is 5 mins from us",
              when="2028-04-26T11:02:09Z")
    SC("dray-chatter-advice-ambleford", "third-party-chatter",
       tw("tim_r_dra", "@lucy_b_dra I'd give that one a miss this week, Dray's Ambleford storage got done over on Tuesday night. the Cresswick site has staff on 24/7 though, my brother's been there years",
          reply_to=lucy, when="2028-04-26T11:30:50Z"),
       expect(MON, "low", "storage", "third_party"), note="a stranger's advice in someone else's thread")
    SC("dray-medical-oxygen-concentrator", "medical-urgent",
       tw("helen_w_dra", f"@{B} mum moved into Beechcroft care home this morning and your crew put her oxygen concentrator on the van with everything going into storage. she's on oxygen all day and the portable cylinder has about 3 hours left. please can someone bring it back",
          when="2028-04-26T11:48:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly woman's oxygen supply runs out in hours")
    SC("dray-safety-mover-fell-stairs", "safety-urgent",
       tw("sam_e_dra", "one of the Dray removals lads has just fallen down the stairs of the flats opposite with a sofa on top of him. he's not moving much and his mate's called an ambulance. poor guy 😟",
          when="2028-04-26T12:20:14Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness to the brand's own mover hurt on a job, happening now")
    SC("dray-safety-wardrobe-fell-on-child", "safety-urgent",
       tw("becky_n_dra", f"@{B} the wardrobe your lads put up in the back bedroom yesterday has come away from the wall and fell on my daughter. she's hurt her shoulder and has a cut on her head, we're at a&amp;e now. they didn't fix it to the wall like we asked. can someone call me",
          when="2028-04-26T15:05:39Z"),
       expect(RP, "urgent", "safety", "direct"), note="written calmly, but a child injured by furniture the crew fitted")
    SC("dray-threat-knock-driver-out", "threat-urgent",
       tw("gary_k_dra", "that Dray van has blocked our road for 3 hours now and the driver just laughed at me when I asked him to shift it. if it's not moved by 5 I'm going out there and I'll knock him out, swear down",
          when="2028-04-26T15:30:02Z"),
       expect(ANY, "urgent", "crew", "indirect"), note="a threat against the brand's driver with a complaint: only the priority is strict", known_miss="round 14, not met yet: topic: want \"crew\", got safety; the engine read: names Dray in a post to everyone | complaint (0.75) | a threat against people: urgent | topic safety: 'not moving', 'knock him out'")
    zara = tw("zara_h_dra", "HOMEOWNERS!! 🏡🔑 keys collected, kettle on, carpet picnic tonight", when="2028-04-26T16:10:00Z")
    SC("dray-safety-banister-in-thread", "safety-urgent",
       tw("mo_k_dra", "@zara_h_dra congrats!! we're in too. tho the dray lads stacked all our wardrobes on the landing and they're leaning on the banister, which is bending 😬 if it goes they'll fall straight down the stairs. kids' rooms are right there. feels unsafe tbh",
          reply_to=zara, when="2028-04-26T16:34:45Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a real danger to children, mentioned calmly in someone else's thread: urgent whatever the action")
    SC("dray-threat-driver-smash-face", "threat-urgent",
       tw("priya_s_dra", f"@{B} when I asked your driver to be careful with my piano he squared up to me and threatened to smash my face in. in my own hallway, in front of my kids. what are you going to do about him?",
          when="2028-04-26T17:58:21Z"),
       expect(RP, "urgent", "safety", "direct"), note="a threat of violence against a customer by the brand's staff")

    # ---- Thursday 27 April: the fake accounts ----------------------------------------------------
    SC("dray-spam-fake-half-price", "spam",
       tw("DrayMoves_dra", "🚚 DRAY REMOVALS SPRING SALE 🚚 50% off every house move booked this week! Limited dates. Secure yours with a £99 deposit by bank transfer 👉 {url:https://dray-moves-uk.example/book}",
          when="2028-04-27T06:00:00Z"),
       expect(IGN, "low", "bookings", "indirect"), note="an impersonator selling moves for deposits by bank transfer", known_miss="round 14, not met yet: action: want \"ignore\", got monitor; the engine read: names Dray in a post to everyone | general chatter about the brand | topic bookings: 'booking', 'booked', 'deposit', 'deposits', 'bank transfer'")
    amir = tw("amir_h_dra", f"@{B} is @DrayMoves_dra actually you? they've sent me a quote for half your price but want the deposit by bank transfer to a personal account. feels off",
              when="2028-04-27T06:45:31Z")
    SC("dray-question-is-this-you", "question", amir, expect(RP, "normal", "bookings", "direct"),
       note="a customer checking a suspicious quote before paying")
    scam_alert = tw(B, "⚠️ Scam warning: accounts pretending to be Dray are offering half-price moves and asking for deposits by bank transfer. That's not us. We only take deposits by card at dray.example, and this is our only account here. Paid one? Call your bank now.",
                    when="2028-04-27T07:30:00Z")
    SC("dray-brand-own-scam-alert", "brand-own-post", scam_alert, expect(IGN, "low", "bookings", "none"))
    SC("dray-repost-scam-alert", "repost", tw("val_h_dra", "", retweet=scam_alert, when="2028-04-27T07:41:16Z"),
       expect(IGN, "low", "bookings", "indirect"))
    SC("dray-spam-fake-support-amir", "spam",
       tw("DrayHelp_dra", "@amir_h_dra Hi Amir 👋 Dray Removals customer support here ✅ to check that quote is genuine please DM us your full name, card number and the 3 digits on the back 🙏",
          reply_to=amir, when="2028-04-27T07:52:40Z"),
       expect(IGN, "low", "bookings", "third_party"), note="a fake support account fishing for card details in a customer's thread")
    SC("dray-q-reply-gmail-quote", "question-in-reply-to-brand",
       tw("kath_m_dra", "so how do I know the quote I got from you last week is real? it came from a gmail address and the deposit link goes to a page called secure-dray-pay",
          reply_to=scam_alert, when="2028-04-27T08:05:12Z"),
       expect(RP, "normal", "bookings", "direct"), note="a question under the brand's post, no @")
    SC("dray-private-fraud-card-phone", "private-details",
       tw("sue_b_dra", f"@{B} I paid a £450 deposit to that fake Dray account last night with my card 5555 5555 5555 4444 before I saw your warning. the bank says they need a letter from you. my number is 07700 900842, please ring, we move in 3 weeks",
          when="2028-04-27T08:20:47Z"),
       expect(RV, "high", "bookings", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("dray-spam-fund-recovery", "spam",
       tw("getback_dra", "Lost a deposit to the Dray Removals scam? 💸 Our certified recovery team gets your money back in 48h. No win no fee ✅ DM us now",
          when="2028-04-27T09:30:00Z"),
       expect(IGN, "low", "bookings", "indirect"), note="'fund recovery' riding on the scam story")
    SC("dray-quote-scam-alert-surveyor", "quote",
       tw("abi_f_dra", "'we only take deposits by card' 🤔 then why did your own surveyor ask me to pay by bank transfer when he came round in March? genuinely asking, because now I'm worried",
          quote=scam_alert, when="2028-04-27T09:55:28Z"),
       expect(RP, "normal", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a fair question about her own deposit")
    SC("dray-safety-gas-smell-cooker", "safety-urgent",
       tw("olu_a_dra", f"@{B} your lads disconnected our cooker this morning before loading it and now there's a strong smell of gas in the kitchen. windows open, turned it off at the meter. is the pipe meant to be capped?? who do we call",
          when="2028-04-27T10:10:55Z"),
       expect(RP, "urgent", "safety", "direct"), note="a gas smell left by the crew, asked calmly")
    SC("dray-it-tavolo-rotto", "non-english",
       tw("giulia_r_dra", f"@{B} Buongiorno, il trasloco di sabato è andato bene ma il tavolo di vetro è arrivato rotto e manca una scatola con i piatti. Come faccio a fare reclamo? Grazie",
          lang="it", when="2028-04-27T11:00:38Z"),
       expect(RP, "normal", "damage", "direct"), note="Italian: a glass table arrived broken and a box is missing")
    SC("dray-question-office-move-servers", "question",
       tw("BrightDesk_dra", f"@{B} our office move is booked for Saturday 6 May and nobody has confirmed how you're moving the servers. 40 staff need to log on Monday morning. can we get a call with the foreman today please?",
          when="2028-04-27T12:02:17Z"),
       expect(RP, "normal", "international", "direct"), note="a business customer's question about an office move")
    SC("dray-medical-dialysis-machine", "medical-urgent",
       tw("dev_p_dra", f"@{B} quick question about our move on 15 May. dad does his dialysis at home overnight. can your crew move the machine or does the hospital team have to do it? he can't miss a night",
          when="2028-04-27T13:15:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a medical need")
    SC("dray-namesake-councillor", "namesake",
       tw("HollNews_dra", "Cllr Anita Dray has been elected chair of Hollinbury's planning committee. She says the bypass and the new GP surgery are her first priorities {url:https://hollinburynews.example/dray-chair}",
          when="2028-04-27T14:00:00Z"),
       expect(IGN, "low", None, "none"), note="a councillor's surname")
    SC("dray-news-new-storage-centre", "news-monitor",
       tw("PennockFM_dra", "Dray Removals will open a new storage centre on Pennock Road in the autumn, with 400 units and 35 jobs. The firm's Ambleford site was broken into on Tuesday night {url:https://pennockfm.example/news/dray-storage}",
          when="2028-04-27T16:00:00Z"),
       expect(MON, "low", "storage", "indirect"))

    # ---- Friday 28 April: completion day ---------------------------------------------------------
    SC("dray-nl-container-douane", "non-english",
       tw("daan_v_dra", f"@{B} Onze container met de hele verhuizing naar Rotterdam staat al twee weken bij de douane en niemand reageert op mijn mails. Wanneer wordt hij geleverd?",
          lang="nl", when="2028-04-28T06:55:03Z"),
       expect(RP, "normal", "international", "direct"), note="Dutch: an international move stuck in customs")
    ellie = tw("ellie_c_dra", f"@{B} it's 9:40, your van was booked for 8. the phone just rings out. our buyers get the keys at 1 and NOTHING is on a van. it's completion day. where are you??",
               when="2028-04-28T08:40:26Z")
    SC("dray-complaint-van-no-show-completion", "complaint-direct", ellie, expect(RP, "high", "crew", "direct"),
       note="no van on completion day with a chain waiting: a strong, time-critical complaint", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @DrayRemovals | complaint (0.83) | topic crew: 'van', 'vans', 'keys', 'completion day', 'completion'")
    ellie_brand = tw(B, "@ellie_c_dra Ellie, I'm so sorry. Your van broke down on the bypass at 7:30 and we should have rung you straight away. A second crew is leaving the Cresswick depot now and will be with you by 11:30. I'm ringing you in 5 minutes. Sam",
                     reply_to=ellie, when="2028-04-28T08:55:49Z")
    SC("dray-brand-reply-ellie-second-crew", "brand-own-post", ellie_brand, expect(IGN, "low", "crew", "none"))
    SC("dray-big-reach-presenter-no-van", "big-reach",
       tw("miakendal_dra", f"Moving day! Dray Removals were due at 8. It's now 11. No van. I'm sat on the floor of an empty kitchen eating dry cereal out of the box and the cat is judging me. @{B} any news? 🙃",
          when="2028-04-28T10:02:37Z",
          metrics={"retweet_count": 1400, "reply_count": 980, "like_count": 22600, "quote_count": 160}),
       expect(RP, "high", "crew", "indirect"), note="640k followers, joking but really stuck")
    SC("dray-hotline-rings-out", "public-hotline-number",
       tw("tony_g_dra", f"@{B} rung 0808 157 0623 six times since 8, either engaged or it rings out. your crew was due at 8:30 for our move to Wexcombe. is anyone actually coming?",
          when="2028-04-28T10:15:09Z"),
       expect(RP, "high", "crew", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; six failed calls and a no-show make it a strong complaint")
    kim = tw("kim_t_dra", "@rach_p_dra how's the big move going hun?? 🏡📦 send pics", when="2028-04-28T10:20:00Z")
    rach = tw("rach_p_dra", "@kim_t_dra don't. dray's van still hasn't turned up, we're sat on boxes in an empty house and the buyers are parked outside waiting for the keys 😭",
              reply_to=kim, when="2028-04-28T10:31:48Z")
    SC("dray-venting-sat-on-boxes", "third-party-venting", rach, expect(MON, "low", "crew", "third_party"),
       note="a customer venting to her friend, brand not tagged: don't butt in")
    SC("dray-joke-borrow-the-dray", "joke-bystander",
       tw("dave_w_dra", "@rach_p_dra @kim_t_dra ring the brewery and borrow their dray, two shires would have you out by teatime 🐴😂",
          reply_to=rach, when="2028-04-28T10:47:21Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a bystander in someone else's thread")
    SC("dray-chatter-ring-the-depot", "third-party-chatter",
       tw("shaz_m_dra", "@rach_p_dra ring Dray's Cresswick office direct, not the 0808 one. they actually pick up there. same happened to my sister and they sorted her a second lorry in an hour",
          reply_to=rach, when="2028-04-28T10:58:02Z"),
       expect(MON, "low", "crew", "third_party"), note="a stranger's advice in someone else's thread")
    SC("dray-repeat-ellie-third-time", "repeat-contact",
       tw("ellie_c_dra", "11:30 you said. it's 12:20. no van, no crew, no call back. our buyers are sat outside in their car with a toddler. this is the third time I've asked where you are",
          reply_to=ellie_brand, when="2028-04-28T11:20:35Z"),
       expect(RP, "high", "crew", "direct"), note="back in the brand's thread: the promise was not kept")
    ellie_brand2 = tw(B, "@ellie_c_dra Ellie, the crew are 10 minutes away: Dan is driving and will ring you from the van. We've let your buyers' solicitor know why you're late, and we're refunding today's move in full. I'm so sorry. Sam",
                      reply_to=ellie_brand, when="2028-04-28T11:31:12Z")
    SC("dray-brand-reply-ellie-refund", "brand-own-post", ellie_brand2, expect(IGN, "low", "crew", "none"))
    SC("dray-abuse-cowboys-sofa-back", "abuse-with-problem",
       tw("lee_h_dra", f"@{B} you absolute cowboys. 3 hours late, and now your driver says the sofa won't go through the door so he's taking it BACK to your depot?? I paid for a full move you useless clowns, sort it",
          when="2028-04-28T12:40:58Z"),
       expect(RP, "high", "crew", "direct"), note="rude, but a real failed move")
    SC("dray-es-rampa-senor-caido", "safety-urgent",
       tw("rosa_m_dra", "Ojo en Station Road, Pennock: el camión de Dray ha dejado la rampa bajada en la acera y un señor mayor se ha caído al tropezar con ella. Está sentado en el suelo y sangra de la cabeza. ¿Alguien ha llamado a una ambulancia?",
          lang="es", when="2028-04-28T13:05:16Z"),
       expect(RP, "urgent", "safety", "indirect"), note="Spanish: a passer-by hurt on the brand's lorry ramp, happening now")
    SC("dray-medical-fr-insuline-cartons", "medical-urgent",
       tw("claire_b_dra", f"@{B} Bonjour, vos déménageurs ont emballé tous les médicaments de ma mère dans les cartons qui partent au garde-meubles ce soir, y compris son insuline. Elle est diabétique et a besoin de sa dose à 19h. Pouvez-vous les récupérer ?",
          lang="fr", when="2028-04-28T13:30:42Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a diabetic's insulin packed off to storage before her evening dose")
    SC("dray-thread-ellie-made-it", "thread-with-brand",
       tw("ellie_c_dra", "the crew got here at 12:50 and Dan and Mo worked like absolute machines, we made completion by 3. still not happy about this morning but thank you for sorting it and for the refund",
          reply_to=ellie_brand2, when="2028-04-28T14:45:30Z"),
       expect(RP, "low", "crew", "direct"), strict=False,
       note="thanks in the brand's thread with a bit of complaint left in it; some would call it normal")
    SC("dray-praise-care-home-dad", "praise",
       tw("annie_m_dra", f"@{B} thank you to the two lads who moved my dad into Beechcroft care home today. they hung every picture, put his chair by the window and had a cup of tea with him. he's 94 and he was smiling 💙",
          when="2028-04-28T15:45:03Z"),
       expect(RP, "low", "crew", "direct"))
    SC("dray-chatter-vans-station-road", "chatter-monitor",
       tw("phil_s_dra", "Four Dray vans lined up down Station Road this afternoon. Half of Pennock must be moving on a Friday. Good luck getting a parking space, anyone",
          when="2028-04-28T16:02:27Z"),
       expect(MON, "low", "crew", "indirect"), note="talk about the brand with nothing to answer", known_miss="round 14, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Dray in a post to everyone | sarcasm (irony 0.83) from a customer: a complaint | topic crew: 'van', 'vans'")
    jen = tw("jen_a_dra", "any recommendations for a removals firm round Pennock? moving in June and the last lot we used were a nightmare", when="2028-04-28T17:00:00Z")
    SC("dray-praise-recommendation-in-thread", "praise",
       tw("ravi_p_dra", "@jen_a_dra Dray moved us in March. the crew were brilliant, everything arrived in one piece and they put the beds back together before they left. would use again 👍",
          reply_to=jen, when="2028-04-28T17:21:39Z"),
       expect(RP, "low", "crew", "third_party"), strict=False,
       note="a customer's praise in someone else's thread: a light thank-you is welcome, but some would only monitor")
    SC("dray-namesake-aggregates-lorry", "namesake",
       tw("AmbleRoads_dra", "⚠️ Ambleford bypass northbound down to one lane near the Tesco roundabout after a Dray Aggregates lorry shed part of its load of gravel. Sweepers on the way, expect delays",
          when="2028-04-28T17:40:00Z"),
       expect(IGN, "low", "crew", "none"), note="a quarry firm with the same name and a lorry: not the removals company")

    # ---- Saturday 29 April ------------------------------------------------------------------------
    SC("dray-abuse-deposit-muppets", "abuse-with-problem",
       tw("kyle_r_dra", f"@{B} 6 weeks and still no deposit back for a move YOU cancelled. absolute bunch of thieving muppets. £300. refund it now",
          when="2028-04-29T07:10:44Z"),
       expect(RP, "high", "bookings", "direct"), note="rude, but his money is owed")
    SC("dray-repeat-deposit-third-time", "repeat-contact",
       tw("nic_d_dra", f"@{B} third time asking. my £250 deposit was meant to be refunded 'within 10 working days' on 20 March. it's 29 April. 4 emails and 2 DMs from you saying 'it's with finance'",
          when="2028-04-29T07:45:19Z"),
       expect(RP, "high", "bookings", "direct"), note="the third contact about the same refund")
    SC("dray-common-show-dray-horses", "common-word",
       tw("AmbleShow_dra", "The Hartwell Brewery shires are back! 🐴 See the dray horses pull their 1920s brewery dray round the main ring at 2pm, then say hello by the beer tent",
          when="2028-04-29T08:00:00Z"),
       expect(IGN, "low", None, "none"), note="dray horses and a brewer's cart at a show")
    SC("dray-legal-ombudsman-lost-album", "legal-threat-not-urgent",
       tw("gwen_p_dra", "Dray Removals lost my wedding album and my mum's jewellery in our move and after 8 weeks the claim's still 'under review'. It goes to the ombudsman on Monday. I'm done waiting.",
          when="2028-04-29T08:35:52Z"),
       expect(RP, "high", "damage", "indirect"), note="an ombudsman threat about her own lost things: a strong complaint, not urgent")
    SC("dray-big-reach-comedian-guitar", "big-reach",
       tw("rory_b_dra", "Dray Removals have snapped the neck clean off my grandad's 1962 guitar. The one I wrote every song on. There aren't words. Well, there are, but I'm not allowed to post them.",
          when="2028-04-29T09:12:06Z",
          metrics={"retweet_count": 5200, "reply_count": 3900, "like_count": 71300, "quote_count": 820}),
       expect(RP, "high", "damage", "indirect"), note="1.3m followers, a damage complaint, brand named without a tag")
    SC("dray-hotline-praise-late-night", "public-hotline-number",
       tw("pam_o_dra", "whoever answered Dray's 0808 157 0623 line at 11pm on Thursday when I was panicking about the keys, thank you. you stayed on the phone with me till the van turned up. proper kindness",
          when="2028-04-29T09:40:31Z"),
       expect(RP, "low", "crew", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("dray-pt-reembolso-deposito", "non-english",
       tw("joao_s_dra", f"@{B} Boa tarde, cancelámos a mudança há 5 semanas e ainda não recebemos o reembolso do depósito de 200 libras. Quando é que vão devolver o dinheiro? Obrigado",
          lang="pt", when="2028-04-29T10:20:14Z"),
       expect(RP, "normal", "bookings", "direct"), note="Portuguese: a deposit refund still not paid")
    SC("dray-fr-miroir-casse", "non-english",
       tw("amelie_d_dra", f"@{B} Bonjour, le miroir ancien de ma grand-mère est arrivé cassé et le buffet est rayé sur tout le côté. Comment faire une réclamation ? Merci",
          lang="fr", when="2028-04-29T11:05:50Z"),
       expect(RP, "normal", "damage", "direct"), note="French: a broken mirror and a scratched sideboard")
    SC("dray-private-claim-email", "private-details",
       tw("jo_ortiz_dra", f"@{B} claim CLM-30918 for our smashed telly has gone quiet for 3 weeks. please email me at j.ortiz@postbox.example rather than ringing, I work nights and sleep in the day",
          when="2028-04-29T11:50:27Z"),
       expect(RV, "normal", "damage", "direct"), note="a claim number and an email address in public")
    SC("dray-legal-trading-standards-invoice", "legal-threat-not-urgent",
       tw("marcus_l_dra", f"@{B} you quoted £1,400 and invoiced £2,150 and nobody will explain the difference. I've raised it with Trading Standards and my card provider. fix the invoice or we do this the long way.",
          when="2028-04-29T12:30:45Z"),
       expect(RP, "high", "bookings", "direct"), note="a regulator threat over his own bill: strong, not urgent")
    SC("dray-sarcasm-free-upgrade-scratch", "sarcasm-customer",
       tw("kate_w_dra", "Thanks Dray Removals for the free upgrade. My oak table now comes with a 30cm scratch and a matching dent. Really adds character.",
          when="2028-04-29T13:14:39Z"),
       expect(RP, "normal", "damage", "indirect"), note="'thanks' meaning the opposite, no emoji")
    SC("dray-namesake-racehorse", "namesake",
       tw("tipster_dra", "Dray in the 3:15 at Wexcombe, 9/1. Drawn wide but he loves soft ground and the stable's in form. Each way, you heard it here first 🏇",
          when="2028-04-29T13:40:00Z"),
       expect(IGN, "low", None, "none"), note="a racehorse called Dray")
    SC("dray-in-passing-bed-legs", "complaint-in-passing",
       tw("wes_t_dra", f"what a week. car failed its MOT, the dog ate a sock, and @{B} lost the legs to my bed somewhere between Pennock and Wexcombe so I'm sleeping on a mattress on the floor. living the dream",
          when="2028-04-29T14:25:33Z"),
       expect(RP, "normal", "damage", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("dray-indirect-crew-at-one", "complaint-indirect",
       tw("sam_o_dra", "booked dray for 9 and the crew turned up at 1. moving in the dark now with one torch between four of us. ta very much",
          when="2028-04-29T18:30:12Z"),
       expect(RP, "normal", "crew", "indirect"), note="lower case, no tag: his own late crew", known_miss="round 14, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Dray in a post to everyone | general chatter about the brand | topic crew: 'crew', 'crews', 'turned up'")
    SC("dray-namesake-pub-moving", "namesake",
       tw("TheDrayPub_dra", "The Dray is moving! 🍻 We're shutting for a fortnight while we move the bar into the old maltings next door. Last orders at the old place Sunday. No removal men needed, we've got the darts team",
          when="2028-04-29T19:00:00Z"),
       expect(IGN, "low", None, "none"), note="a pub with the same name, moving, in the brand's own words")

    # ---- Sunday 30 April --------------------------------------------------------------------------
    SC("dray-common-museum-dray", "common-word",
       tw("CressMuseum_dra", "Our 1890s brewery dray is back from restoration 🎉 new wheels, new paint, same creaky seat. Come and see it in the carriage hall from Tuesday",
          when="2028-04-30T08:30:00Z"),
       expect(IGN, "low", None, "none"), note="a brewer's cart in a museum")
    SC("dray-common-crossword", "common-word",
       tw("xword_kev_dra", "14 across: 'Brewer's cart, or a horse might pull it (4)'. DRAY. took me 25 minutes and two coffees. I am not a clever man",
          when="2028-04-30T08:52:41Z"),
       expect(IGN, "low", None, "none"), note="a crossword answer")
    SC("dray-praise-packers-teacups", "praise",
       tw("harriet_dra", f"@{B} just wanted to say your packers were wonderful. wrapped every one of my grandmother's teacups, labelled every box, and not a thing broken 🫖 thank you",
          when="2028-04-30T09:20:18Z"),
       expect(RP, "low", "packing", "direct"))
    SC("dray-praise-abba-nearly-killed-me", "praise",
       tw("mel_f_dra", f"@{B} your crew singing abba at full blast while carrying my wardrobe up 4 flights nearly killed me 😂 best movers we've ever had, thank you",
          when="2028-04-30T10:05:52Z"),
       expect(RP, "low", "crew", "direct"), note="'nearly killed me' is laughter, not danger")
    SC("dray-question-international-poland", "question",
       tw("tomasz_dra", f"@{B} do you do international moves to Poland? we're relocating to Gdańsk in August, 2 bed flat, and would like a quote",
          when="2028-04-30T11:02:36Z"),
       expect(RP, "normal", "international", "direct"), known_miss="round 14, not met yet: topic: want \"international\", got bookings; the engine read: addressed to @DrayRemovals | complaint (0.20) | topic bookings: 'quote', 'quotes', 'quoted'")
    SC("dray-question-fire-alarm-test", "question",
       tw("ali_b_dra", f"@{B} saw the notice about the fire alarm test at the Cresswick storage site today 10–11. does that mean I can't get into my unit at all then? just need to grab my bike",
          when="2028-04-30T08:10:04Z"),
       expect(RP, "normal", "storage", "direct"), note="a planned fire alarm test: sounds dangerous, is not")
    SC("dray-question-packers-old-back-injury", "question",
       tw("linda_c_dra", f"@{B} moving again in june and want you again 🙌 last time I packed the kitchen myself and put my back out for a month (2019, never again lol). can your packers do the lot this time, wrapping the pictures too?",
          when="2028-04-30T12:15:27Z"),
       expect(RP, "normal", "packing", "direct"), note="an injury from years ago, over: not urgent")
    SC("dray-html-storage-app-name", "html-entities",
       tw("rob_k_dra", f"@{B} my name in the storage app now shows as &lt;img src=x onerror=alert(document.cookie)&gt; and there's a second user on my unit I've never heard of. has my account been hacked??",
          when="2028-04-30T13:40:49Z"),
       expect(RP, "normal", "storage", "direct"), note="hostile HTML around a real worry; it arrives escaped")
    SC("dray-sarcasm-patience-stars", "sarcasm-customer",
       tw("dee_h_dra", f"5 stars to @{B} for teaching me patience ⭐⭐⭐⭐⭐ 6 weeks waiting for my deposit back and counting. truly a spiritual journey 🧘‍♀️",
          when="2028-04-30T15:20:08Z"),
       expect(RP, "normal", "bookings", "indirect"), note="praise words meaning the opposite")
    return brand


BRANDS["dray-removals"] = ("DrayRemovals", 5578901245, build_dray_removals)
