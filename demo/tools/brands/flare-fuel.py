# Flare ("Flare Fuel"): a made-up chain of about ninety fuel forecourts across the made-up Wendle
# Valley and the coast around Brackwater (Hexley Road, the 24-hour site on the Hexley bypass, Cobley
# Moor, Tessington, Orrinsford, Wendle Bridge and Brackwater seafront). Every site has pumps, a shop
# with a night window, toilets and an air and water machine; most have a car wash and jet wash bays,
# some have EV rapid chargers. Customers pay at the pump with the Flare app and collect points on
# the Beacon loyalty card.
# "Flare" is also an ordinary word and a name: a distress flare at sea, the gas flare at the
# Saltcote refinery, flared trousers, lens flare, a solar flare, an eczema or arthritis flare(-up),
# tempers and rows that flare; FLARE is a fashion magazine, The Flare is a pub on Brackwater quay
# and Danny Flare plays up front for Brackwater Town. None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 7 August
# 2028. On Sunday evening a delivery puts petrol into the diesel tanks at Hexley Road; on Monday
# diesel cars break down all over the valley, one family on a motorway hard shoulder and a diabetic
# grandfather on a hot verge, while pump 4 at Tessington keeps taking money and a motoring
# journalist picks the story up. On Tuesday the Cobley Moor car wash pulls off mirrors and aerials,
# prices go up, an EV reviewer tests the chargers and the legal letters start. On Wednesday a
# tanker hose splits at Orrinsford: petrol across the forecourt, fumes in the houses next door, a
# sparking charger cable at Brackwater and a man who threatens to run an attendant over. On
# Thursday the night window on the Hexley bypass is robbed at knifepoint, a grandfather with
# dementia goes missing after buying a paper at Tessington, and fake "Flare Refunds" accounts go
# after the diesel victims. On Friday the app falls over and nobody can pay at the pump. The weekend
# brings a fainting in Spanish, a knife at the pumps, praise, the claims paid, and the sea, the
# sky, the pub, the football, the magazine and the flares.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_flare_fuel():
    global CURRENT_BRAND, CLOCK
    brand = Brand("flare-fuel", SCEN_DIR / "flare-fuel.plan.toml", "FlareFuel", 7078901245,
                  1861220000000007501)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-08-07T05:30:00Z")
    B = "FlareFuel"
    user(B, "Flare", 7078901245,
         "Fuel, EV charging, car wash and a proper coffee at 90 Flare forecourts. "
         "Help 7am–11pm, 7 days: 0808 157 0490. We never DM first or ask for card numbers.",
         74_600, following=980, tweets=31_200, listed=260, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12640100000 + _n[0] * 4129, bio, followers, **kw)

    person("gaz_vanman_ff", "Gary Webster", "Plumber. Hexley. Van is my office.", 310)
    person("nicola_h_ff", "Nicola Hurst", "Hexley Road. Two cars, both diesel, both dead.", 240)
    person("leah_m_ff", "Leah Morton", "Orrinsford. Always running late.", 420)
    person("sian_d_ff", "Sian Dacre", "Orrinsford. Mum of three. Driving all summer.", 380)
    person("rob_k_ff", "Rob Kitson", "Tessington. Nights at the depot.", 150)
    person("amrit_s_ff", "Amrit Sandhu", "Wendle Bridge. Accountant. Checks every statement.", 190)
    person("dad_rt_ff", "Colin Hebb", "Passes things on.", 70)
    person("jo_pearce_ff", "Jo Pearce", "Cobley Moor. Nurse. Diesel Astra, RIP.", 260)
    person("steve_l_ff", "Steve Lunn", "Cobley Moor. Retired. Writes letters.", 90)
    person("ken_b_ff", "Ken Bright", "Hexley. Self-employed sparky. Needs the van.", 200)
    person("drive_tv_ff", "Max Carver", "Presenter, Drive Time on Channel 4 North. Cars, roads and the people who pay for them.",
           1_100_000, following=900, listed=5_200, verified=True)
    person("WendlePost_ff", "The Wendle Post", "News for Hexley, Orrinsford, Tessington and the Wendle Valley since 1881.",
           52_000, following=700, verified=True)
    person("kirsty_w_ff", "Kirsty Wray", "Orrinsford. Teacher. Hates being late.", 330)
    person("bev_o_ff", "Bev Okoro", "Orrinsford. Bakes, walks, moans.", 210)
    person("punsmith_ff", "Alan Dorsey", "Puns, pints and pub quizzes. Brackwater.", 1_100)
    person("mags_t_ff", "Margaret Tolley", "Cobley Moor. Grandma. Carer for my dad.", 140)
    person("liam_w_ff", "Liam Wade", "Diesel Golf owner. Currently a pedestrian.", 180)
    person("tanya_r_ff", "Tanya Rudd", "Cobley Moor. Proud of my car. Was.", 230)
    person("chris_p_ff", "Chris Pike", "Tessington. Weekend cyclist, weekday commuter.", 160)
    person("voltvan_ff", "Hana Ito", "EV reviews, road trips and charger tests. New video every Friday.",
           740_000, following=600, listed=3_000, verified=True)
    person("ruth_g_ff", "Ruth Gale", "Orrinsford. Mum. Works from the kitchen table.", 190)
    person("oskar_n_ff", "Oskar Nilsen", "Cobley Moor. Owns a Tesla, explains it constantly.", 510)
    person("dave_c_ff", "Dave Crane", "Hexley. Van driver. Short fuse, long days.", 120)
    person("pilar_g_ff", "Pilar Gómez", "Valenciana en Brackwater. De vacaciones.", 170)
    person("grace_h_ff", "Grace Hardy", "Tessington. Carer. Night owl.", 260)
    person("ali_k_ff", "Ali Karim", "Orrinsford. Shop owner. Up at five.", 300)
    person("priya_n_ff", "Priya Nair", "Orrinsford. Mum to Anya (7), who has asthma and opinions.", 280)
    person("mike_f_ff", "Mike Farrow", "Orrinsford. Walks the dog past the garage twice a day.", 110)
    person("helen_b_ff", "Helen Bright", "Orrinsford. Runs the school gate WhatsApp.", 450)
    person("neil_t_ff", "Neil Travers", "Tessington. Has a list of grievances.", 140)
    person("marco_v_ff", "Marco Visser", "Nederlander op vakantie in Brackwater.", 190)
    person("jess_a_ff", "Jess Arnott", "Wendle Bridge. Early shift, late bus.", 220)
    person("tom_e_ff", "Tom Ennis", "Brackwater. Drives a Leaf. Patience of a saint.", 310)
    person("fiona_c_ff", "Fiona Cole", "Cobley Moor. Has photos of everything.", 180)
    person("sophie_l_ff", "Sophie Lark", "Cobley Moor. Small car, big opinions.", 260)
    person("FLAREmag_ff", "FLARE", "Fashion, culture and everything that swings. Monthly.", 230_000,
           following=1_400, listed=1_800, verified=True)
    person("jade_n_ff", "Jade Noble", "Hexley bypass, 3am. Ask me how.", 150)
    person("becky_s_ff", "Becky Shaw", "Hexley. Friends with everyone.", 540)
    person("rita_m_ff", "Rita Moss", "Hexley. Aunty, not a gossip.", 210)
    person("sam_o_ff", "Sam Osei", "Tessington. My grandad is my best mate.", 380)
    person("FlareRefunds_ff", "Flare Refunds Team ✅", "Official compensation & refunds for Flare customers ✅ DM us", 60,
           following=4_700)
    person("FuelDrops_ff", "Fuel Card Drops 🎁", "Free fuel, giveaways & vouchers every day ⛽🎉", 2_900, following=4_900)
    person("paul_h_ff", "Paul Hendry", "Cobley Moor. Careful with links.", 130)
    person("lee_b_ff", "Lee Baxter", "Cobley Moor. Don't push me.", 60)
    person("angela_w_ff", "Angela Ward", "Cobley Moor. Gets things in writing.", 150)
    person("claire_d_ff", "Claire Dubois", "Lilloise à Brackwater pour l'été.", 160)
    person("meg_h_ff", "Meg Hollis", "Wendle Bridge. Shift worker. Shop hours matter.", 190)
    person("dan_p_ff", "Dan Prior", "Hexley. Tradesman. Jet wash enthusiast.", 240)
    person("lou_r_ff", "Lou Rowe", "Orrinsford. Everyone's taxi.", 270)
    person("josie_k_ff", "Josie King", "Orrinsford. Always late for my mum's.", 200)
    person("harriet_v_ff", "Harriet Vance", "Wendle Bridge. Works in IT, fixes nothing at home.", 620)
    person("BrackCG_ff", "Brackwater Coastguard", "Coastguard Rescue Team, Brackwater. In an emergency at sea call 999 and ask for the Coastguard.",
           18_000, following=400, verified=True)
    person("TheFlarePub_ff", "The Flare", "Free house on Brackwater quay. Real ale, crab sandwiches, quiz on Thursdays.", 2_600)
    person("kwame_o_ff", "Kwame Osei", "Tessington. Commuter. Out of patience.", 170)
    person("dom_r_ff", "Dominic Reyes", "Hexley. Pays for things, expects them to work.", 140)
    person("beatriz_s_ff", "Beatriz Santos", "Do Porto para Hexley.", 150)
    person("giulia_f_ff", "Giulia Ferri", "In vacanza a Brackwater con la famiglia.", 130)
    person("jonas_w_ff", "Jonas Weber", "Aus Freiburg. E-Auto, Urlaub, Nordküste.", 210)
    person("kemi_o_ff", "Kemi Olaniyan", "Orrinsford. Volunteer, dog mum.", 230)
    person("phil_m_ff", "Phil Marsh", "Wendle Bridge. Parish council watcher.", 360)
    person("bill_s_ff", "Bill Sorrell", "Tessington. Tinkerer.", 90)
    person("ivan_d_ff", "Ivan Dolan", "Hexley. Needs the app to work at 6am.", 100)
    person("nadia_r_ff", "Nadia Rahman", "Tessington. Working two jobs.", 190)
    person("WendleNet_ff", "Wendle Valley Online", "What's happening in the Wendle Valley.", 9_800)
    person("rach_b_ff", "Rachel Bond", "Wendle Bridge. Slow walker, fast talker.", 260)
    person("rugby_ian_ff", "Ian Pratt", "Brackwater RFC social sec. Fancy dress enforcer.", 480)
    person("ferry_mum_ff", "Zara Quinn", "Mum of a 3 year old who doesn't sleep in cars.", 300)
    person("adam_c_ff", "Adam Carr", "Wendle Bridge. Keeps receipts.", 120)
    person("carlos_m_ff", "Carlos Marín", "De Bilbao. Vacaciones en Brackwater con mi mujer.", 140)
    person("emma_t_ff", "Emma Tate", "Tessington. Was in the queue. Shaking.", 190)
    person("CryptoBack_ff", "FundsBack Recovery 💸", "We recover lost money from scams, apps & crypto. 100% success. DM now", 4_100,
           following=4_900)
    person("BrackTownFC_ff", "Brackwater Town FC", "Official account of Brackwater Town Football Club ⚽ The Seasiders.", 21_000,
           verified=True)
    person("itchy_ella_ff", "Ella Marsh", "Eczema warrior. Moisturiser is my personality.", 880)
    person("sue_tyres_ff", "Sue Tanner", "Cobley Moor. Long drive to Scotland tomorrow.", 150)
    person("mo_j_ff", "Mo Jarrah", "Tessington. Spots a bargain.", 230)
    person("skywatch_ff", "Brackwater Skywatch", "Aurora alerts and dark-sky spots on the Brackwater coast.", 12_400)
    person("nurse_kath_ff", "Kath Doyle", "Staff nurse, 22 years. Knees older than me.", 640)
    person("ray_f_ff", "Ray Fenton", "Brackwater. Photos of sunrises and not much else.", 1_700)
    person("hugh_p_ff", "Hugh Pennock", "Brackwater. Skipper of Kittiwake. Dinghy racer.", 520)
    person("ollie_g_ff", "Ollie Grant", "Hexley. Always on the red light.", 110)
    person("wendy_a_ff", "Wendy Allott", "Hexley. Pays my bills, eventually.", 160)
    person("stan_b_ff", "Stan Bowes", "Hexley. Van, dog, radio.", 90)
    person("BrackHist_ff", "Brackwater Remembers", "Local history: this day in Brackwater.", 6_200)
    person("mrs_flare_ff", "Anna Flare", "Teacher, Year 2, Wendle Bridge Primary. Yes that's my real name.", 410)

    # ---- Monday 7 August: petrol in the diesel at Hexley Road ------------------------------------
    SC("ff-namesake-anna-flare-teacher", "namesake",
       tw("mrs_flare_ff", "Last week of the holidays and I've already dreamt about laminating. Mrs Flare will be back in Year 2 on the 4th, ready or not ☕",
          when="2028-08-07T06:02:11Z"),
       expect(IGN, "low", None, "none"), note="a teacher whose surname is Flare")
    gaz = tw("gaz_vanman_ff", f"@{B} filled the van with diesel at Hexley Road last night. this morning it's juddering, engine light on and it conked out at the lights on Mill Street. is there something wrong with your diesel?",
             when="2028-08-07T06:41:27Z")
    SC("ff-complaint-van-juddering", "complaint-direct", gaz, expect(RP, "normal", "fuel", "direct"))
    SC("ff-indirect-second-car-street", "complaint-indirect",
       tw("nicola_h_ff", "Second car in our street that's broken down after filling up at Flare on Hexley Road yesterday. Ours is sat on the drive with the engine light on. Something's badly wrong with their diesel",
          when="2028-08-07T07:08:45Z"),
       expect(RP, "normal", "fuel", "indirect"), note="her own car, brand named without a tag")
    leah = tw("leah_m_ff", "@sian_d_ff where are you?? we're all at the pool and Mia's asking for Grace", when="2028-08-07T07:25:02Z")
    SC("ff-safety-hard-shoulder-kids", "safety-urgent",
       tw("sian_d_ff", "@leah_m_ff stuck on the hard shoulder of the bypass with all 3 kids in the back. car just died, diesel from flare on hexley road last night. lorries flying past inches from us, it's terrifying. waiting for recovery",
          reply_to=leah, when="2028-08-07T07:31:40Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="children on a hard shoulder with lorries passing, in a friend's thread: whether to step in is a judgement, the priority is strict")
    SC("ff-question-pre-auth-pending", "question",
       tw("rob_k_ff", f"@{B} how long does the pre-auth take to drop off after paying at the pump in the app? there's still £99 pending on my account from saturday and I only put £40 in",
          when="2028-08-07T08:02:33Z"),
       expect(RP, "normal", "payments", "direct"))
    stmt = tw(B, "Diesel at Flare Hexley Road was contaminated with petrol in a delivery on Sunday evening and those pumps are closed. Bought diesel there between 6pm Sunday and 7am today? Please don't drive: call 0808 157 0490 and we'll pay for recovery and repairs.",
              when="2028-08-07T09:15:00Z")
    SC("ff-brand-own-diesel-statement", "brand-own-post", stmt, expect(IGN, "low", "fuel", "none"))
    SC("ff-repost-diesel-statement", "repost", tw("dad_rt_ff", "", retweet=stmt, when="2028-08-07T09:32:18Z"),
       expect(IGN, "low", "fuel", "indirect"))
    SC("ff-quote-dont-drive-60-miles", "quote",
       tw("jo_pearce_ff", "'please don't drive'. bit late, I've done 60 miles on it to my shift at Orrinsford and back, and now the engine warning light's on and it's spluttering. who's getting me home tonight?",
          quote=stmt, when="2028-08-07T09:50:26Z"),
       expect(RP, "normal", "fuel", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own car hit by the bad batch")
    SC("ff-hotline-three-calls-cut-off", "public-hotline-number",
       tw("steve_l_ff", f"@{B} rang 0808 157 0490 like your post says about the contaminated diesel. three times, 40 minutes on hold each, cut off every time. the car's dead on my drive",
          when="2028-08-07T10:14:09Z"),
       expect(RP, "high", "fuel", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; three failed calls make it a repeated complaint")
    SC("ff-private-phone-email-diesel", "private-details",
       tw("ken_b_ff", f"@{B} another contaminated diesel one here. £82 at Hexley Road at 9pm Sunday, van's now at the garage. ring me on 07700 900417 or email ken.bright@sparkmail.example, I need it back on the road for work",
          when="2028-08-07T10:42:51Z"),
       expect(RV, "normal", "fuel", "direct"), note="a phone number and an email address in public")
    drive = tw("drive_tv_ff", f"Flare Fuel have put petrol into the diesel tanks at their Hexley Road site. Our own producer's car is one of dozens that have broken down since. @{B}: how many drivers filled up, and will you pay for every repair without a fight?",
               when="2028-08-07T11:20:04Z",
               metrics={"retweet_count": 2100, "reply_count": 1900, "like_count": 17000, "quote_count": 340})
    SC("ff-big-reach-presenter-diesel", "big-reach", drive, expect(RP, "high", "fuel", "indirect"),
       note="1.1m followers; the handle in the middle of a post to everyone")
    SC("ff-news-post-diesel-stranded", "news-monitor",
       tw("WendlePost_ff", "Drivers stranded across the Wendle Valley after petrol contaminated the diesel at the Flare station on Hexley Road. The firm says it will pay for recovery and repairs. {url:https://wendlepost.example/news/flare-hexley-diesel}",
          when="2028-08-07T12:00:00Z"),
       expect(MON, "low", "fuel", "indirect"))
    kirsty = tw("kirsty_w_ff", "@bev_o_ff how did the car get on at the garage?", when="2028-08-07T12:40:15Z")
    bev = tw("bev_o_ff", "@kirsty_w_ff don't ask. flare put petrol in my diesel. garage says drain the tank, new fuel filter, maybe injectors, £400 at least and a week without the car",
             reply_to=kirsty, when="2028-08-07T12:58:37Z")
    SC("ff-venting-garage-400", "third-party-venting", bev, expect(MON, "low", "fuel", "third_party"),
       note="venting to a friend in her thread, lower-case name, no tag")
    SC("ff-joke-distress-flare", "joke-bystander",
       tw("punsmith_ff", "@bev_o_ff @kirsty_w_ff Flare Fuel: the only garage where you need a distress flare after you've filled up 🚨😂",
          reply_to=bev, when="2028-08-07T13:12:20Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    pump4 = tw("amrit_s_ff", f"@{B} pump 4 at Tessington kept taking money after it clicked off. £32 of unleaded and the app has taken £32, £32 and £32 again. three payments for one fill. how do I get two of them back?",
               when="2028-08-07T13:45:08Z")
    SC("ff-complaint-pump4-three-payments", "complaint-direct", pump4, expect(RP, "normal", "payments", "direct"), known_miss="round 17, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @FlareFuel | complaint (0.82) | a danger to health or safety: urgent | topic payments: 'app', 'payment', 'payments'")
    SC("ff-medical-diabetic-dad-verge", "medical-urgent",
       tw("mags_t_ff", f"@{B} my dad's 78 and broken down on the Cobley Moor road after your diesel. he's diabetic, his insulin's at home and the recovery people say 4 hours in this heat. can you get someone to him quicker??",
          when="2028-08-07T14:20:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a diabetic man stranded without his insulin")
    SC("ff-sarcasm-petrol-in-diesel-10-10", "sarcasm-customer",
       tw("liam_w_ff", "thanks Flare for the complimentary petrol in diesel at Hexley Road. my Golf is now a very expensive garden ornament. 10/10, would break down on the bypass again 👏",
          when="2028-08-07T16:35:12Z"),
       expect(RP, "normal", "fuel", "indirect"), note="thanks meaning the opposite")
    gaz_brand = tw(B, "@gaz_vanman_ff Gary, we're so sorry: your diesel came from the affected batch. Please don't drive the van. Our claims team will ring you before 6 today to send a recovery truck and arrange the repair.",
                   reply_to=gaz, when="2028-08-07T15:02:00Z")
    SC("ff-thread-van-at-garage-thanks", "thread-with-brand",
       tw("gaz_vanman_ff", "cheers, that was quick. recovery truck came at half 4 and the van's at Hexley Motors now. they'll email you the quote for draining it. appreciate it",
          reply_to=gaz_brand, when="2028-08-07T17:48:29Z"),
       expect(RP, "low", "fuel", "direct"), note="in the brand's thread without an @, saying thanks")

    # ---- Tuesday 8 August: car wash damage, prices, chargers ----------------------------------
    SC("ff-common-lens-flare-sunrise", "common-word",
       tw("ray_f_ff", "Sunrise over Brackwater harbour this morning. Lens flare and all, I'm not editing it out 📸",
          when="2028-08-08T05:58:40Z"),
       expect(IGN, "low", None, "none"), note="lens flare in a photo")
    tanya = tw("tanya_r_ff", f"@{B} your car wash at Cobley Moor has just ripped the wing mirror off my car and scratched the whole passenger side. the lad in the shop pointed at a sign saying you're not liable. I want this sorted",
               when="2028-08-08T07:04:31Z")
    SC("ff-complaint-car-wash-mirror", "complaint-direct", tanya, expect(RP, "normal", "carwash", "direct"))
    SC("ff-indirect-prices-killing-me", "complaint-indirect",
       tw("chris_p_ff", "these prices at flare are killing me. £1.79 a litre for unleaded on the Hexley bypass, 12p more than their own garage in Tessington. same company, same petrol",
          when="2028-08-08T08:22:16Z"),
       expect(RP, "normal", "fuel", "indirect"), note="'killing me' is about prices: nobody is in danger")
    SC("ff-complaint-orrinsford-chargers", "complaint-direct",
       tw("tom_e_ff", f"@{B} both rapid chargers at Orrinsford out of order again. third week running. the app says 'available' for both. had to limp to Brackwater on 6%",
          when="2028-08-08T09:03:55Z"),
       expect(RP, "normal", "ev", "direct"), known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @FlareFuel | complaint (0.69) | the problem keeps coming back | topic ev: 'rapid charger', 'rapid chargers', 'charger', 'chargers'")
    volt = tw("voltvan_ff", f"Spent the week testing @{B}'s rapid chargers at 6 sites: 4 of the 11 worked, one tripped out at 30 kWh every time, and the app showed the dead ones as 'available'. Full video Friday. Flare, the EV drivers of the Wendle Valley deserve better.",
              when="2028-08-08T09:30:10Z",
              metrics={"retweet_count": 1500, "reply_count": 820, "like_count": 14800, "quote_count": 190})
    SC("ff-big-reach-ev-reviewer", "big-reach", volt, expect(RP, "high", "ev", "indirect"),
       note="740k followers; the handle in the middle of a post to everyone")
    upd = tw(B, "Hexley Road update: the diesel pumps stay closed today while the tanks are cleaned. If your car was affected, we'll cover recovery and repair costs: keep every receipt and start a claim at {url:https://flare.example/hexley-claims}",
             when="2028-08-08T09:45:00Z")
    SC("ff-q-reply-hire-car", "question-in-reply-to-brand",
       tw("ruth_g_ff", "does that cover a hire car too? the garage says they have to drain it and change the fuel filter and it'll be a week at least. I can't get to work without one",
          reply_to=upd, when="2028-08-08T10:05:46Z"),
       expect(RP, "normal", "fuel", "direct"), note="a question under the brand's post, no @")
    SC("ff-legal-small-claims-diesel", "legal-threat-not-urgent",
       tw("jo_pearce_ff", f"@{B} third email ignored. £1,180 garage bill for your contaminated diesel, every invoice attached. if it's not paid by friday it's the small claims court and Trading Standards",
          when="2028-08-08T10:48:12Z"),
       expect(RP, "high", "fuel", "direct"), note="a court and regulator threat over her own bill: strong, not urgent")
    SC("ff-private-beacon-card-dob", "private-details",
       tw("grace_h_ff", f"@{B} all my Beacon points have vanished, 4,200 of them. card no 6339 0041 2277 8105, date of birth 03/11/1986, registered to Grace Hardy. please put them back",
          when="2028-08-08T11:30:54Z"),
       expect(RV, "normal", "payments", "direct"), note="a loyalty card number and a date of birth in public")
    SC("ff-medical-oxygen-at-pump", "medical-urgent",
       tw("kemi_o_ff", f"@{B} quick question: my husband uses home oxygen and has a small cylinder with him in the car. is it ok for him to sit in the passenger seat while I fill up, or should he get out? never thought about it until today",
          when="2028-08-08T12:15:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about oxygen next to a petrol pump: a medical need and a fire risk")
    nicola2 = tw("nicola_h_ff", "@becky_s_ff both our cars are off the road because of the flare diesel. what do we do about the garage bills, just pay and hope?",
                 when="2028-08-08T13:02:11Z")
    SC("ff-chatter-keep-fuel-photos", "third-party-chatter",
       tw("rita_m_ff", "@nicola_h_ff @becky_s_ff get the garage to keep the drained diesel in a can and take photos of the old fuel filter. Flare's claims people asked my son for both before they paid",
          reply_to=nicola2, when="2028-08-08T13:24:50Z"),
       expect(MON, "low", "fuel", "third_party"), note="a stranger's advice in someone else's thread")
    SC("ff-abuse-car-wash-cowboys", "abuse-with-problem",
       tw("lee_b_ff", f"@{B} you useless bunch of cowboys. your car wash at Cobley Moor snapped my aerial and scratched the bonnet and your cashier just laughed. pay for it",
          when="2028-08-08T14:40:03Z"),
       expect(RP, "high", "carwash", "direct"), note="rude, with real damage to his car")
    SC("ff-es-cobro-doble-app", "non-english",
       tw("pilar_g_ff", f"@{B} Hola, ayer pagué 45 libras con la aplicación en Brackwater y me cobraron dos veces. ¿Me pueden hacer el reembolso, por favor?",
          lang="es", when="2028-08-08T15:35:29Z"),
       expect(RP, "normal", "payments", "direct"), note="Spanish: charged twice through the app, asks for a refund")
    SC("ff-chatter-diesel-horror-stories", "chatter-monitor",
       tw("harriet_v_ff", "my whole timeline today is Flare diesel horror stories. never been so glad to drive a rusty old petrol Micra",
          when="2028-08-08T17:10:42Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Flare Fuel in a post to everyone | describes their own experience | sarcasm (irony 0.71) from a customer: a complaint")
    SC("ff-common-tempers-flare-council", "common-word",
       tw("phil_m_ff", "Tempers flare at Wendle Bridge parish council over the new bin rota. Chair had to adjourn twice. Democracy is alive and well and shouting",
          when="2028-08-08T19:40:18Z"),
       expect(IGN, "low", None, "none"), note="tempers flaring at a meeting", known_miss="round 17, not met yet: topic: want null, got sites; the engine read: 'flare' is used as an ordinary word | topic sites: 'bins'")

    # ---- Wednesday 9 August: a tanker hose splits at Orrinsford ---------------------------------
    SC("ff-safety-spill-orrinsford", "safety-urgent",
       tw("mike_f_ff", f"@{B} petrol is pouring across the forecourt at Orrinsford from the tanker hose, it's a huge spill and it's running into the drain on the road. people are still filling up and a bloke by pump 2 is smoking. shut it NOW",
          when="2028-08-09T07:06:22Z"),
       expect(RP, "urgent", "safety", "direct"), note="a fuel spill with people and a lit cigarette nearby")
    SC("ff-safety-spill-witness-panic", "safety-urgent",
       tw("helen_b_ff", "HUGE petrol spill at Flare Orrinsford!!! the smell is unreal, it's all over the road and cars are STILL pulling in. someone stop them 😱😱",
          when="2028-08-09T07:14:51Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness, brand named without a tag, the spill still spreading")
    spill = tw(B, "Orrinsford: a delivery hose split at 7am and spilt fuel on the forecourt. The site is closed, the fire brigade is with us and nobody is hurt. Please avoid Orrinsford Road this morning. Next update by 10am.",
               when="2028-08-09T07:45:00Z")
    SC("ff-brand-own-spill-update", "brand-own-post", spill, expect(IGN, "low", "safety", "none"))
    SC("ff-medical-asthma-fumes", "medical-urgent",
       tw("priya_n_ff", f"@{B} we live right behind the Orrinsford garage. fumes from the spill are coming in through every window and my daughter's asthma is bad, she's on her blue inhaler every 20 minutes. how long will this go on? should we leave?",
          when="2028-08-09T08:10:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child's asthma set off by the fumes")
    SC("ff-news-fire-crews-spill", "news-monitor",
       tw("WendleNet_ff", "Orrinsford Road closed both ways after a fuel spill at the Flare petrol station. Fire crews are on scene and the site is shut. Expect delays into Orrinsford all morning.",
          when="2028-08-09T08:40:00Z"),
       expect(MON, "low", "safety", "indirect"), known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got urgent; the engine read: names Flare Fuel in a post to everyone | a danger to health or safety: urgent | topic safety: 'spill'")
    SC("ff-repeat-pump4-fourth", "repeat-contact",
       tw("amrit_s_ff", f"@{B} asked you on monday about pump 4 at Tessington taking £32 three times. no reply, and today there's a FOURTH payment. £128 for £32 of petrol. second time asking: refund the three extra",
          when="2028-08-09T10:55:14Z"),
       expect(RP, "high", "payments", "direct"), note="he comes back: Monday's complaint was never answered and more money has gone")
    SC("ff-in-passing-week-so-far", "complaint-in-passing",
       tw("neil_t_ff", f"week so far: boiler packed in, dog ate a sock, and @{B}'s car wash at Tessington tore my rear wiper clean off. wednesday can do one",
          when="2028-08-09T11:58:37Z"),
       expect(RP, "normal", "carwash", "indirect"), note="the brand tagged in the middle of a list")
    SC("ff-threat-van-run-over-attendant", "threat-urgent",
       tw("jess_a_ff", f"@{B} a man in a silver van at Flare Wendle Bridge has just threatened to run the attendant over because the pumps are on prepay. he's sat revving at the exit and she's on her own in there. please ring the site",
          when="2028-08-09T13:02:48Z"),
       expect(RP, "urgent", "safety", "direct"), note="a customer reporting a threat against a member of staff, now")
    SC("ff-safety-charger-sparking", "safety-urgent",
       tw("tom_e_ff", f"@{B} the cable on charger 2 at Brackwater seafront is split and sparking when you plug in. I got an electric shock off the handle. I've put my bag over it but someone's going to get killed",
          when="2028-08-09T14:05:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="a damaged charging cable that shocks people")
    SC("ff-praise-spill-sorted-resolved", "praise",
       tw("ali_k_ff", "Credit to the Flare staff at Orrinsford this morning. Spill sorted, everyone moved well back, nobody hurt, and they handed out free coffees while we waited to get our cars out 👏",
          when="2028-08-09T15:10:06Z"),
       expect(RP, "low", "safety", "indirect"), note="thanks after the spill, which is over: nothing urgent left", known_miss="round 17, not met yet: priority: want \"low\", got normal; the engine read: names Flare Fuel in a post to everyone | describes their own experience | complaint (0.85) | topic safety: 'spill', 'hurt'")
    SC("ff-nl-lekt-benzine-roken", "safety-urgent",
       tw("marco_v_ff", f"@{B} Bij pomp 6 in Brackwater lekt er benzine uit het pistool, er ligt een plas op de grond en er staan mensen naast te roken. Heel gevaarlijk! Kan iemand dit stoppen?",
          lang="nl", when="2028-08-09T16:01:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a leaking nozzle, a puddle of petrol and people smoking next to it")
    SC("ff-sarcasm-air-machine-pumped", "sarcasm-customer",
       tw("sophie_l_ff", "cheers Flare for the air machine at Cobley Moor that ate my £1 and gave me nothing. really got me pumped up 🙃",
          when="2028-08-09T17:12:27Z"),
       expect(RP, "normal", "sites", "indirect"), note="thanks meaning the opposite")
    fiona = tw("fiona_c_ff", "@tanya_r_ff did they ever sort your car out after the car wash thing?", when="2028-08-09T18:00:31Z")
    SC("ff-joke-mirror-removal", "joke-bystander",
       tw("punsmith_ff", "@fiona_c_ff @tanya_r_ff Flare car wash: now with a free wing mirror removal service 🪞😂",
          reply_to=fiona, when="2028-08-09T18:25:52Z"),
       expect(IGN, "low", "carwash", "third_party"), note="a stranger's joke about the brand in someone else's thread")
    SC("ff-namesake-flare-magazine", "namesake",
       tw("FLAREmag_ff", "The September issue of FLARE is here 🕺 Why the Seventies never really left, 40 pairs of wide-leg jeans under £60, and the only autumn coat you need. {url:https://flaremag.example/september}",
          when="2028-08-09T20:00:00Z"),
       expect(IGN, "low", None, "none"), note="a fashion magazine called FLARE", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; topic: want null, got fuel; addressed: want \"none\", got indirect; the engine read: names Flare Fuel in a post to everyone | complaint (0.51) | author reach: 230k followers | topic fuel: an amount of money")

    # ---- Thursday 10 August: robbery on the bypass, a missing man, scams ----------------------
    SC("ff-safety-robbery-night-window", "safety-urgent",
       tw("jade_n_ff", f"@{B} two lads in balaclavas have just robbed the night window at the Hexley bypass Flare. one had a knife. the cashier's locked herself in the back. police are on the way, I'm sat in my car at pump 3",
          when="2028-08-10T02:41:15Z"),
       expect(RP, "urgent", "safety", "direct"), note="an armed robbery that has just happened, with the cashier still inside")
    SC("ff-news-robbery-cashier-unhurt", "news-monitor",
       tw("WendlePost_ff", "Two men threatened a cashier with a knife and took cash and cigarettes at the Flare station on the Hexley bypass in the early hours. She was not hurt. Police are appealing for witnesses. {url:https://wendlepost.example/news/bypass-robbery}",
          when="2028-08-10T07:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of last night's robbery; nobody hurt")
    becky = tw("becky_s_ff", "@rita_m_ff did you see about the robbery on the bypass last night?", when="2028-08-10T07:40:20Z")
    SC("ff-chatter-cousin-ok", "third-party-chatter",
       tw("rita_m_ff", "@becky_s_ff yeah, my niece was on nights at that flare when it got robbed. she's ok, just shaken up. they've given her the rest of the week off",
          reply_to=becky, when="2028-08-10T07:58:44Z"),
       expect(MON, "low", "safety", "third_party"), note="chatter in a friend's thread; the danger is over", known_miss="round 17, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'flare' is used as an ordinary word | topic safety: 'robbed'")
    SC("ff-safety-missing-grandad", "safety-urgent",
       tw("sam_o_ff", f"Please share. My grandad Ray, 81, has dementia and went missing this morning. Last seen at the Flare garage on Tessington Road at 7:40 buying a paper. Blue cardigan, grey trousers, walking stick. @{B} please check your cameras",
          when="2028-08-10T09:05:38Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a vulnerable missing person; the handle at the end of a post to everyone")
    SC("ff-spam-fake-refunds-team", "spam",
       tw("FlareRefunds_ff", "@jo_pearce_ff So sorry about your car! Flare Support here ✅ Claim your compensation in 24h: {url:https://flare-refunds.example/claim} enter your card number to receive the payout",
          reply_to=tw("jo_pearce_ff", "day 4 without a car thanks to Flare. still no word on my claim", when="2028-08-10T09:40:00Z"),
          when="2028-08-10T09:52:31Z"),
       expect(IGN, "low", "scams", "third_party"), note="a fake support account fishing for card numbers in a customer's thread")
    SC("ff-spam-fuel-card-giveaway", "spam",
       tw("FuelDrops_ff", f"🎁 FLARE FUEL GIVEAWAY 🎁 £500 fuel cards for 50 lucky followers ⛽ Follow, RT and DM us your card details to verify your win! @{B} #fuel #giveaway",
          when="2028-08-10T10:30:12Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake giveaway")
    SC("ff-question-is-refunds-account-real", "question",
       tw("paul_h_ff", f"@{B} is the 'Flare Support ✅' account on here actually you? they've messaged me asking for my card details so they can pay out my diesel claim. smells like a scam",
          when="2028-08-10T11:02:47Z"),
       expect(RP, "normal", "scams", "direct"), note="a customer checking a fake account before handing over details")
    SC("ff-threat-cashier-toilet-teeth", "threat-urgent",
       tw("lee_b_ff", f"@{B} your cashier at Cobley Moor refused me the toilet AGAIN. next time that jobsworth does it I'll drag him over the counter and knock his teeth out",
          when="2028-08-10T12:10:29Z"),
       expect(ANY, "urgent", "sites", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("ff-legal-trading-standards-mirror", "legal-threat-not-urgent",
       tw("tanya_r_ff", f"@{B} 3 days, 4 phone calls and nobody will pay for the wing mirror your car wash ripped off. I've reported you to Trading Standards and I'm starting a small claim tomorrow",
          when="2028-08-10T13:01:50Z"),
       expect(RP, "high", "carwash", "direct"), note="regulator and court over her own car: strong, not urgent")
    SC("ff-fr-lavage-raye-portiere", "non-english",
       tw("claire_d_ff", f"@{B} Bonjour, la station de lavage à Brackwater a rayé toute la portière de ma voiture de location. À qui dois-je m'adresser ?",
          lang="fr", when="2028-08-10T14:02:16Z"),
       expect(RP, "normal", "carwash", "direct"), note="French: the car wash scratched a hire car's door")
    SC("ff-question-shop-sunday-hours", "question",
       tw("meg_h_ff", f"@{B} what time does the shop at Wendle Bridge shut on Sundays? the website says 10pm but it was locked at 8 last week and I'd come off shift for milk",
          when="2028-08-10T15:00:43Z"),
       expect(RP, "normal", "sites", "direct"))
    SC("ff-question-dying-to-know-jet-wash", "question",
       tw("dan_p_ff", f"@{B} dying to know when the jet wash at Hexley Road is coming back. 'out of order' for three weeks now and my van is a disgrace",
          when="2028-08-10T16:05:27Z"),
       expect(RP, "normal", "carwash", "direct"), note="'dying to know' is a figure of speech")
    lou = tw("lou_r_ff", "@josie_k_ff how was the drive to your mum's?", when="2028-08-10T17:00:55Z")
    SC("ff-venting-detour-prices", "third-party-venting",
       tw("josie_k_ff", "@lou_r_ff two hours late. flare at orrinsford still shut after the spill so we had to use the one on the bypass. £1.82 a litre. their prices are a joke",
          reply_to=lou, when="2028-08-10T17:21:09Z"),
       expect(MON, "low", "fuel", "third_party"), note="venting to a friend in her thread, no tag", known_miss="round 17, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'flare' is used as an ordinary word | topic fuel: 'a litre', 'litre', 'price', 'prices'")
    SC("ff-html-receipt-script", "html-entities",
       tw("dom_r_ff", f"@{B} the receipt in your app says 'Total: &lt;script&gt;alert(1)&lt;/script&gt;' instead of an amount &amp; I need a proper VAT receipt for work. how do I get one?",
          when="2028-08-10T18:02:34Z"),
       expect(RP, "normal", "payments", "direct"), note="broken markup, delivered escaped, around a real question")
    SC("ff-common-refinery-gas-flare", "common-word",
       tw("hugh_p_ff", "The gas flare at Saltcote refinery is roaring tonight. Whole sky orange from Brackwater to the point, you can read a chart by it on the water",
          when="2028-08-10T21:10:05Z"),
       expect(IGN, "low", None, "none"), note="a refinery's gas flare")
    SC("ff-hotline-thanks-robbery-night", "public-hotline-number",
       tw("jade_n_ff", f"@{B} whoever answered 0808 157 0490 at quarter to 3 this morning while I sat in my car outside the robbery: thank you for staying on the line till the police came. you kept me calm",
          when="2028-08-10T08:20:31Z"),
       expect(RP, "low", "safety", "direct"), strict=False,
       note="thanks quoting the brand's own helpline; the robbery is over and she is safe")
    SC("ff-private-home-address-cheque", "private-details",
       tw("sophie_l_ff", f"@{B} the Cobley Moor manager says you'll send a cheque for the paintwork your car wash scratched on tuesday. the address is 14 Larkspur Close, Cobley Moor CM4 2RT. please don't lose it",
          when="2028-08-10T16:40:12Z"),
       expect(RV, "normal", "carwash", "direct"), note="a home address in public")
    SC("ff-namesake-pub-quiz", "namesake",
       tw("TheFlarePub_ff", "Quiz night at The Flare tonight from 8 🧠 £2 a head, jackpot's up to £140, crab sandwiches on the bar. Teams of six max, yes Dennis that means you",
          when="2028-08-10T15:30:00Z"),
       expect(IGN, "low", "sites", "none"), note="a pub called The Flare; its sandwiches are a shop keyword, but it is not the company")

    # ---- Friday 11 August: the app falls over ------------------------------------------------
    SC("ff-complaint-app-down-tessington", "complaint-direct",
       tw("kwame_o_ff", f"@{B} your app is down. 'something went wrong' at every pump at Tessington and there's nobody in till half 7. can't pay, can't fill up, can't get to work",
          when="2028-08-11T06:52:18Z"),
       expect(RP, "high", "payments", "direct"), note="the app down: an outage")
    SC("ff-indirect-app-third-site", "complaint-indirect",
       tw("ivan_d_ff", "flare app still down. third site I've tried this morning, pay at pump just spins and spins. going to be late AGAIN",
          when="2028-08-11T07:20:40Z"),
       expect(RP, "high", "payments", "indirect"), note="lower case, no tag, during the outage")
    appdown = tw(B, "Our app isn't working for pay at pump this morning and we're working on it now. Please pay inside with a card or cash for now. Next update by 9am.",
                 when="2028-08-11T07:40:00Z")
    SC("ff-brand-own-app-down", "brand-own-post", appdown, expect(IGN, "low", "payments", "none"))
    SC("ff-q-reply-beacon-points-till", "question-in-reply-to-brand",
       tw("nadia_r_ff", "will I still get my Beacon points if I pay at the till instead? I'm saving them for the school shoes",
          reply_to=appdown, when="2028-08-11T07:58:22Z"),
       expect(RP, "normal", "payments", "direct"), note="a question under the brand's post, no @")
    SC("ff-quote-we-are-on-it", "quote",
       tw("wendy_a_ff", "'working on it'. two hours later and the app still says something went wrong, and my Beacon points from the weekend have vanished as well",
          quote=appdown, when="2028-08-11T09:41:06Z"),
       expect(RP, "high", "payments", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the outage still going")
    SC("ff-repost-ev-reviewer", "repost", tw("dad_rt_ff", "", retweet=volt, when="2028-08-11T08:30:44Z"),
       expect(IGN, "low", "ev", "indirect"))
    SC("ff-pt-cobrado-duas-vezes", "non-english",
       tw("beatriz_s_ff", f"@{B} Bom dia, a aplicação não funciona hoje e ontem fui cobrado duas vezes no cartão em Hexley. Podem fazer o reembolso? Obrigada",
          lang="pt", when="2028-08-11T09:05:51Z"),
       expect(RP, "normal", "payments", "direct"), note="Portuguese: charged twice, asks for a refund", known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @FlareFuel | sarcasm (irony 0.54) from a customer: a complaint | loss of service | topic payments: 'cobrado', 'duas vezes', 'reembolso'")
    SC("ff-it-prezzo-gasolio-cassa", "non-english",
       tw("giulia_f_ff", f"@{B} Buongiorno, siamo in vacanza a Brackwater. Il prezzo del gasolio sul cartello era 1,85 al litro ma alla cassa ci hanno fatto pagare 1,95. Perché?",
          lang="it", when="2028-08-11T09:33:17Z"),
       expect(RP, "normal", "fuel", "direct"), note="Italian: the price on the board and at the till differ")
    SC("ff-de-ladesaeule-abgebucht", "non-english",
       tw("jonas_w_ff", f"@{B} Hallo, die Ladesäule in Orrinsford hat nach 5 Minuten abgebrochen, mir trotzdem 40 € abgebucht und jetzt steckt das Ladekabel fest. Was soll ich tun?",
          lang="de", when="2028-08-11T10:02:29Z"),
       expect(RP, "normal", "ev", "direct"), note="German: a charger stopped, took the money and locked the cable in")
    SC("ff-html-img-onerror-account", "html-entities",
       tw("harriet_v_ff", f"@{B} tried to change my address in the app and now my account page just says '&lt;img src=x onerror=alert(document.cookie)&gt;'. I didn't type that. is my account safe??",
          when="2028-08-11T10:31:58Z"),
       expect(RP, "normal", "payments", "direct"), note="hostile markup, delivered escaped, around a real worry about the account")
    SC("ff-medical-collapsed-defib", "medical-urgent",
       tw("rach_b_ff", f"@{B} a man has collapsed by the pumps at Wendle Bridge and the staff don't know where the defib is. WHERE IS IT",
          when="2028-08-11T11:45:03Z"),
       expect(RP, "urgent", "safety", "direct"), note="a man collapsed, a defibrillator needed now")
    SC("ff-abuse-thieving-muppets-preauth", "abuse-with-problem",
       tw("stan_b_ff", f"@{B} you thieving muppets. the app's taken a £99 pre-auth THREE times this morning and none of it has dropped off. that's my rent money. sort it",
          when="2028-08-11T12:20:47Z"),
       expect(RP, "high", "payments", "direct"), note="rude, with real money held")
    SC("ff-private-email-phone-locked", "private-details",
       tw("dom_r_ff", f"@{B} the app's locked me out since this morning's outage. my login is d.reyes@inbox.example and my number's 07700 900582. can someone unlock it please",
          when="2028-08-11T13:30:11Z"),
       expect(RV, "normal", "payments", "direct"), note="an email address and a phone number in public", known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @FlareFuel | exposes a phone number and an e-mail address in public: answer privately | complaint (0.96) | loss of service | topic payments: 'app', 'login'")
    SC("ff-chatter-valley-app-down", "chatter-monitor",
       tw("mo_j_ff", "every Flare in the valley had cars backed onto the main road this morning because the app was down. modern life is held together with sellotape",
          when="2028-08-11T15:02:38Z"),
       expect(MON, "low", "payments", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Flare Fuel in a post to everyone | complaint (0.63) | topic payments: 'app'")
    tanya_brand = tw(B, "@tanya_r_ff Tanya, we're sorry. Please send photos of the damage to carwash@flare.example and the Cobley Moor site manager will ring you by Wednesday to sort out the repair.",
                     reply_to=tanya, when="2028-08-08T08:10:00Z")
    SC("ff-thread-mirror-still-hanging", "thread-with-brand",
       tw("tanya_r_ff", "it's friday. photos sent on tuesday, no call on wednesday, no reply to two emails. the mirror's still hanging off by the wires",
          reply_to=tanya_brand, when="2028-08-11T16:05:20Z"),
       expect(RP, "high", "carwash", "direct"), note="back in the brand's thread without an @: the promised call never came")
    SC("ff-common-dads-old-cords", "common-word",
       tw("rugby_ian_ff", "Seventies night at the rugby club and I've found Dad's old brown cords in the loft. Proper flare on them, you could lose a small dog in each leg 🕺",
          when="2028-08-11T19:00:12Z"),
       expect(IGN, "low", None, "none"), note="flared trousers")

    # ---- Saturday 12 August ------------------------------------------------------------------
    SC("ff-common-coastguard-red-flare", "common-word",
       tw("BrackCG_ff", "Team paged at 23:10 last night after a red flare was reported off Brackwater Point. Turned out to be a sky lantern. Thank you to everyone who called it in: always better safe than sorry",
          when="2028-08-12T06:15:00Z"),
       expect(IGN, "low", None, "none"), note="a distress flare at sea, a false alarm: nothing to do with the company")
    SC("ff-praise-toilets-lifesaver", "praise",
       tw("ferry_mum_ff", "Shout out to Flare on the Hexley bypass. Clean toilets and a baby changing room at 4am on the way to the ferry with a screaming 3 year old. Absolute lifesaver 🙏",
          when="2028-08-12T07:02:49Z"),
       expect(RP, "low", "sites", "indirect"), note="'lifesaver' is thanks for clean toilets")
    SC("ff-indirect-misspelt-feul-prices", "complaint-indirect",
       tw("adam_c_ff", "flare feul at wendle bridge charging 12p a litre more than their own garage 2 miles up the road. same company, different prices. daylight robbery",
          when="2028-08-12T08:40:33Z"),
       expect(RP, "normal", "fuel", "indirect"), note="misspelt, no tag; 'daylight robbery' is about prices")
    SC("ff-medical-es-embarazada-desmayo", "medical-urgent",
       tw("carlos_m_ff", f"@{B} ¡Ayuda! Mi mujer está embarazada de 34 semanas y se desmayó en la gasolinera de Brackwater. El cajero no sabe qué hacer. ¿Llamamos a una ambulancia?",
          lang="es", when="2028-08-12T10:11:07Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a pregnant woman fainted on the forecourt")
    SC("ff-threat-knife-at-pumps", "threat-urgent",
       tw("emma_t_ff", "Bloke at Flare Tessington just pulled a knife on a lad at the pumps over who was first. Police on the way, a few of us have locked ourselves in our cars. Shaking",
          when="2028-08-12T11:03:40Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a man threatening another customer with a knife, now; brand named without a tag")
    SC("ff-spam-funds-recovery", "spam",
       tw("CryptoBack_ff", f"@dom_r_ff @{B} Lost money through an app or a fuel card? Our recovery agents get it back in 48h, 100% success rate 💸 DM us now!",
          reply_to=tw("dom_r_ff", "still locked out of the flare app, and the £60 from friday still hasn't come back", when="2028-08-12T11:40:00Z"),
          when="2028-08-12T11:52:19Z"),
       expect(IGN, "low", "payments", "indirect"), note="a 'funds recovery' spam reply that tags the brand in a customer's thread")
    SC("ff-namesake-danny-flare-goal", "namesake",
       tw("BrackTownFC_ff", "GOAL! Danny Flare from 25 yards, right into the top corner! Brackwater Town 1-0 up on the opening day ⚽🔵",
          when="2028-08-12T14:21:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer called Flare")
    SC("ff-common-eczema-flare-up", "common-word",
       tw("itchy_ella_ff", "this eczema flare-up is killing me. hands like sandpaper, can't sleep, and the heat is making it ten times worse",
          when="2028-08-12T13:05:34Z"),
       expect(IGN, "low", "safety", "none"), note="an eczema flare-up; 'killing me' is a figure of speech")
    SC("ff-question-air-machine-cost", "question",
       tw("sue_tyres_ff", f"@{B} are the air machines at your sites still £1 or are any of them free now? need to sort my tyre pressure before driving to Scotland tomorrow",
          when="2028-08-12T15:30:08Z"),
       expect(RP, "normal", "sites", "direct"))
    wendy = tw("ollie_g_ff", "@mo_j_ff is it just me or has petrol gone up again this week", when="2028-08-12T16:10:26Z")
    SC("ff-in-passing-reply-board-price", "complaint-in-passing",
       tw("mo_j_ff", f"@ollie_g_ff not just you. @{B} charged me £1.90 a litre on the bypass yesterday when the board outside said £1.79. didn't notice till I got home",
          reply_to=wendy, when="2028-08-12T16:31:55Z"),
       expect(RP, "normal", "fuel", "indirect"), note="his own complaint, the brand tagged in passing inside a reply to a friend")
    SC("ff-common-solar-flare-aurora", "common-word",
       tw("skywatch_ff", "A big X-class solar flare went off overnight, so aurora chances are up for Sunday night along the coast. Get away from the streetlights and look north 🌌",
          when="2028-08-12T17:45:00Z"),
       expect(IGN, "low", None, "none"), note="a solar flare")
    SC("ff-common-nurse-arthritis-flare", "common-word",
       tw("nurse_kath_ff", "Twelve hours on the ward with an arthritis flare in both knees. Home, hot bath, bed. Don't talk to me till Monday",
          when="2028-08-12T20:30:51Z"),
       expect(IGN, "low", None, "none"), note="an arthritis flare")

    # ---- Sunday 13 August --------------------------------------------------------------------
    SC("ff-praise-claim-paid-four-days", "praise",
       tw("ken_b_ff", f"@{B} fair play. your claims team paid the garage bill for the contaminated diesel in four days, no arguing, and the van's back on the road. thank you",
          when="2028-08-13T08:02:17Z"),
       expect(RP, "low", "fuel", "direct"), note="thanks from one of Monday's customers")
    SC("ff-news-ten-years-fire", "news-monitor",
       tw("BrackHist_ff", "On this day in 2018: a fire in the shop at Flare's Brackwater seafront station was put out by the fire brigade in 20 minutes. Nobody was hurt, and the site reopened a month later.",
          when="2028-08-13T09:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of an old incident: nobody in danger now")
    ollie = tw("ollie_g_ff", "fuel light's been on for 30 miles and the next garage is 8 miles away. pray for me", when="2028-08-13T10:02:44Z")
    SC("ff-joke-fire-a-flare", "joke-bystander",
       tw("punsmith_ff", "@ollie_g_ff just send up a flare, maybe one of Flare's tankers will see it 🚨⛽",
          reply_to=ollie, when="2028-08-13T10:15:09Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("ff-common-flare-pack-regatta", "common-word",
       tw("hugh_p_ff", "Checked the flare pack on Kittiwake before the regatta: two of the hand flares were out of date. Don't be that skipper, check yours",
          when="2028-08-13T11:00:36Z"),
       expect(IGN, "low", None, "none"), note="distress flares on a boat")
    SC("ff-question-adblue-hexley", "question",
       tw("bill_s_ff", f"@{B} does Hexley Road sell AdBlue from the pump now or is it still bottles from the shop? ta",
          when="2028-08-13T12:04:22Z"),
       expect(RP, "normal", "*", "direct"), note="AdBlue (fuel) and the shop tie: either team could answer")
    SC("ff-repeat-diesel-claim-under-review", "repeat-contact",
       tw("nicola_h_ff", f"@{B} monday I told you our two cars were broken down after the contaminated diesel. six days, two emails, one phone call, and both claims still say 'under review'. third time asking: who is dealing with this?",
          when="2028-08-13T13:30:09Z"),
       expect(RP, "high", "fuel", "direct"), note="she comes back a third time with the problem still there")
    SC("ff-namesake-danny-flare-signs", "namesake",
       tw("BrackTownFC_ff", "✍️ Danny Flare has signed a new two-year deal with the Seasiders. 14 goals last season, one yesterday, and plenty more to come",
          when="2028-08-13T15:00:00Z"),
       expect(IGN, "low", None, "none"), note="the footballer again")
    kemi_brand = tw(B, "@kemi_o_ff Good question, Kemi. Oxygen cylinders are fine in a closed car, but please ask him to stay in his seat with the window shut and the oxygen off while you fill, and keep the cylinder away from the pump. Our staff can fill up for you: just wave at the window.",
                    reply_to=tw("kemi_o_ff", f"@{B} and is it better to use the lane nearest the shop?", when="2028-08-08T12:20:00Z"),
                    when="2028-08-08T12:40:00Z")
    SC("ff-thread-oxygen-thanks", "thread-with-brand",
       tw("kemi_o_ff", "thank you, that's really helpful. we'll go to Wendle Bridge and wave at the window, he'll be pleased not to have to get out",
          reply_to=kemi_brand, when="2028-08-08T13:05:00Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread without an @")
    SC("ff-namesake-flare-mag-editor", "namesake",
       tw("FLAREmag_ff", "From the editor: ten years of FLARE this month, and the wide leg is back where it started. Thank you for reading 💛",
          when="2028-08-13T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="the fashion magazine again")
    SC("ff-sarcasm-ev-dream", "sarcasm-customer",
       tw("oskar_n_ff", f"thanks @{B} for the 50 minute wait at the only working charger at Cobley Moor. the EV dream, living it 🙃",
          when="2028-08-13T18:10:47Z"),
       expect(RP, "normal", "ev", "indirect"), note="thanks meaning the opposite")
    return brand


BRANDS["flare-fuel"] = ("FlareFuel", 7078901245, build_flare_fuel)
