# Burrow Holiday Parks ("Burrow"): a made-up chain of four caravan and lodge holiday parks on the
# made-up Wendmoor coast and moor, run from Harbour Road in Thornsea: Burrow Sandholme Bay (the big
# one, with the Splash Cove indoor pool and the Warren clubhouse, and Heron Field, a row of 48
# older static caravans), Burrow Pennock Cove on the cliffs, Burrow Fellsend Lodges up on the moor
# (lodges with hot tubs) and Burrow Gullhaven Touring (pitches with electric hook-ups). Guests book
# short breaks and weeks with a deposit in the Burrow app; owners keep their own holiday homes on
# the parks and pay yearly site fees; tourers buy gas bottles at the shop.
# "Burrow" is also an ordinary word and a name: a rabbit's, badger's or puffin's burrow, to burrow
# under a duvet or into a book. Old Burrow is a cider farm at Ebbington, The Burrow a pub on
# Kelloway quay, Burrow & Bean a café in Thornsea, Bilby Burrow a rabbit on children's TV, and
# Kieran Burrow the Thornsea Trawlers' scrum-half. None of them is the holiday-park company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 19 June
# 2028, in a heatwave. Monday is ordinary: questions, a damp lodge, owners opening letters that
# put their site fees up 18%, and a smell of gas at Pennock Cove that reception will 'mention'. In the early hours of Tuesday a carbon-monoxide alarm goes off
# in caravan K14 in Heron Field at Sandholme Bay; two children are dizzy, the emergency line does
# not answer, and the family go to hospital. By breakfast Burrow has turned the gas off in all 48
# Heron Field caravans: no hot water or cooking in a heatwave, a burst of complaints, a neighbour
# with the same headaches, a vlogger with a big following, the local paper, a man who threatens
# the reception staff, and a calm father asking whether his asthmatic son is safe. On Wednesday
# the Health and Safety Executive comes, owners whose own holiday homes lost their gas talk of
# solicitors, guests want refunds and threaten the small claims court, and a boy nearly drowns
# at Splash Cove while the lifeguard looks at his phone. On Thursday a scam wave
# rides on the refunds (fake "Burrow Refunds" accounts and texts), and in the evening the
# heatwave breaks in a thunderstorm: a tree falls on a lodge at Fellsend, the moor loses power
# (insulin in a fridge, an oxygen concentrator on a failing battery), hook-ups trip and spark at
# Gullhaven. Friday is the clean-up and an ordinary day in four languages; the weekend brings a
# lost child on the beach, a famous chef's birthday party without a key, praise, a threat between
# neighbours, cider, rugby, rabbits and a badger.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, booking
# number, phone number, address and email address here is made up. Phone numbers are from the UK
# drama ranges; the card number is a Luhn-valid test number that belongs to no one.


def build_burrow_parks():
    global CURRENT_BRAND, CLOCK
    brand = Brand("burrow-parks", SCEN_DIR / "burrow-parks.plan.toml", "BurrowParks", 6378901245, 1861220000000006801)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-06-19T05:30:00Z")
    B = "BurrowParks"
    user(B, "Burrow Holiday Parks", 6378901245,
         "Caravans, lodges and touring on the Wendmoor coast and moor. Help 8am–10pm, 7 days. Guest line 0808 157 0312, "
         "park emergencies 24/7 on 0808 157 0313. We never ask for card details by DM or text.",
         58_200, following=1_120, tweets=38_900, listed=240, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11940100000 + _n[0] * 4129, bio, followers, **kw)

    person("pat_ewart_bp", "Pat Ewart", "Ebbington allotments, plot 9. Beans, bees and grumbling.", 310)
    person("tess_w_bp", "Tess Whitby", "Two spaniels, one husband, zero chill.", 420)
    person("ken_marsh_bp", "Ken Marsh", "Owner at Pennock Cove since 2014. Retired engineer.", 180)
    person("jade_p_bp", "Jade Pollard", "Mum of two. Thornsea. Running on iced coffee.", 560)
    person("oldburrow_bp", "Old Burrow Cider Farm", "Orchards, cider and folk nights at Ebbington since 1962 🍎", 4_300)
    person("kerry_b_bp", "Kerry Blake", "Teaching assistant. Counting down to July.", 230)
    person("martin_t_bp", "Martin Tully", "Motorhome, map, flask. Retired and on the road.", 640)
    person("leanne_h_bp", "Leanne Hirst", "Thornsea born. Co-op shift queen.", 380)
    person("boostly_bp", "Boostly 📈", "Real followers. Real fast. DM for packages 💯", 4_800, following=5_000)
    person("web_rory_bp", "Rory Flett", "Front-end dev. I notice broken templates.", 1_900)
    person("mo_hassan_bp", "Mo Hassan", "Leeds. Dad of three. Booked this months ago.", 270)
    person("sheila_d_bp", "Sheila Dunmore", "Retired. Pennock Cove every summer since 1998.", 140)
    person("ron_d_bp", "Ron Daley", "Owner, Pennock Cove. Fishing, crosswords, complaining.", 120)
    person("burrowpub_bp", "The Burrow, Kelloway", "Real ale, pub grub and the hardest quiz on the quay 🍺", 2_900)
    person("lou_g_bp", "Lou Garside", "Mum of twins. Swim bag always packed.", 310)
    person("vince_o_bp", "Vince Okafor", "Accountant. Seeking hot water.", 450)
    person("frankie_m_bp", "Frankie Moss", "Night owl. Complains about weather professionally.", 880)
    person("sarah_k_bp", "Sarah Kinney", "Nurse. Mum to Alfie and Isla. Sheffield.", 290)
    person("nat_f_bp", "Natalie Fenn", "Mum of three. Doncaster. Always tired.", 340)
    person("gemma_r_bp", "Gemma Rudd", "Hairdresser. Holiday envy.", 610)
    person("dave_t_bp", "Dave Turner", "Thornsea. Passes things on.", 160)
    person("lisa_m_bp", "Lisa Marlow", "Three kids, one husband, no patience left.", 210)
    person("owen_p_bp", "Owen Price", "Cardiff. Dad. Calm, mostly.", 190)
    person("tash_b_bp", "Tash Bellamy", "Sarcasm is my love language.", 730)
    person("amy_c_bp", "Amy Carver", "Office manager. Lives for other people's holiday pics.", 520)
    person("kel_w_bp", "Kelly Ward", "Wakefield. Mum. Tea.", 280)
    person("pun_pete_bp", "Pete Lomax", "Puns. Pints. Kelloway.", 1_300)
    person("gasman_rich_bp", "Rich Hollins", "Gas Safe engineer, 22 years. Check your CO alarm.", 3_100)
    person("rach_l_bp", "Rachel Lund", "Mum to a teething tyrant. Hull.", 400)
    person("dev_s_bp", "Dev Sharma", "Dad. Leicester. Overthinks everything.", 260)
    person("gaz_p_bp", "Gaz Pickering", "Scaffolder. Rotherham. Says what he thinks.", 150)
    person("mel_j_bp", "Mel Jarvis", "New mum. Bradford. Sleep is a rumour.", 330)
    person("lowrie_fam_bp", "The Lowrie Family", "Family travel vlogs every Sunday 🎥 5 of us, 1 camper, 0 plans.",
           480_000, following=700, listed=1_900, verified=True)
    person("ThornseaGaz_bp", "Thornsea Gazette", "News for Thornsea, Kelloway and the Wendmoor coast since 1889.", 24_600,
           following=600, verified=True)
    person("stu_b_bp", "Stuart Binns", "", 60)
    person("tom_k_bp", "Tom Kinney", "Paramedic's son, nurse's husband. Sheffield.", 170)
    person("WendmoorLive_bp", "Wendmoor Live", "Breaking news and weather for the Wendmoor coast and moor.", 61_000,
           following=900, verified=True)
    person("HeronOwners_bp", "Heron Field Owners' Association", "For the 31 owners of holiday homes in Heron Field, Sandholme Bay.", 410)
    person("faye_r_bp", "Faye Rowntree", "York. Keeps every receipt.", 360)
    person("pete_w_bp", "Pete Walsh", "Hold music survivor. Grimsby.", 110)
    person("carmen_v_bp", "Carmen Vidal", "De Valencia a Leeds. Enfermera y madre.", 240)
    person("klaus_h_bp", "Klaus Hartmann", "Mit dem Wohnwagen durch Großbritannien 🇩🇪🚐", 530)
    person("amelie_d_bp", "Amélie Durand", "Lilloise en vacances. Deux enfants, un chien.", 290)
    person("helen_g_bp", "Helen Grange", "Looking after Dad. Scarborough.", 200)
    person("bri_h_bp", "Brian Hebden", "40 summers at Pennock Cove. Owner. Not happy.", 90)
    person("mike_s_bp", "Mike Sutcliffe", "Sunday league. Barnsley.", 300)
    person("dean_c_bp", "Dean Crowther", "don't @ me", 80)
    person("BurrowRefund_bp", "Burrow Refunds Team ✅", "Official Burrow guest compensation desk ✅ Claims processed in 24h", 35, following=4_600)
    person("BurrowHelp_bp", "Burrow Guest Help 🔒", "Official Burrow helpdesk. DM for fast refunds 🔒", 20, following=4_900)
    person("june_t_bp", "June Tasker", "Grandma of five. Careful with links.", 95)
    person("ray_c_bp", "Ray Colley", "Retired postman. Wath.", 70)
    person("kind_anne_bp", "Anne Whitlock", "Trading Standards, 20 years. Retired now. Happy to point people right.", 2_200)
    person("wildlife_wm_bp", "Wendmoor Wildlife Trust", "Protecting the cliffs, moors and shores of Wendmoor 🐦", 15_800)
    person("mum_of3_bp", "Jodie Marsh", "Three under six. Send snacks.", 410)
    person("nige_f_bp", "Nigel Foster", "Caravan Club since 1987. Tourer, awning, opinions.", 350)
    person("ali_k_bp", "Aliya Khan", "Manchester. Lodge weekend, they said. Relaxing, they said.", 480)
    person("priya_s_bp", "Priya Shah", "Mum to Anya (T1D warrior, 8). Nottingham.", 620)
    person("bram_v_bp", "Bram Visser", "Uit Utrecht. Zorgt voor zijn vader.", 180)
    person("kirsty_a_bp", "Kirsty Allen", "Festival gal. Derby.", 900)
    person("sam_t_bp", "Sam Thackray", "Tent, boots, bad luck. Derby.", 350)
    person("jim_h_bp", "Jim Holroyd", "Hartlepool. Sparky. Dad of two.", 240)
    person("wave_kai_bp", "Kai Morgan", "Surfer. Kelloway. Bad jokes, good waves.", 1_700)
    person("giulia_r_bp", "Giulia Rossi", "Milanese in vacanza. Mamma di due pesciolini.", 330)
    person("joao_s_bp", "João Silva", "De Braga a Leicester. Campista.", 210)
    person("anouk_b_bp", "Anouk Bakker", "Rotterdam. Moeder, planner, koffie.", 270)
    person("felix_w_bp", "Felix Weber", "Aus Köln. Familienvater mit Wohnmobil.", 310)
    person("doreen_a_bp", "Doreen Ashby", "Owner, Pennock Cove. 12 summers and counting.", 85)
    person("bev_n_bp", "Bev Naylor", "Short breaks are my therapy. Wigan.", 330)
    person("fiona_c_bp", "Fiona Crane", "Project manager. Everything is on fire.", 980)
    person("claire_w_bp", "Claire Wynn", "Planner. Worrier. Stockport.", 450)
    person("kind_jo_bp", "Jo Mercer", "Camping mum. Honest reviews only.", 1_200)
    person("TrawlersRL_bp", "Thornsea Trawlers RLFC", "Official account of Thornsea Trawlers Rugby League 🏉", 21_400, verified=True)
    person("michelle_o_bp", "Michelle Ogden", "Mum to Ruby (4) and Max (9). Halifax.", 260)
    person("burrowbean_bp", "Burrow & Bean", "Coffee, cake and cheese scones on Thornsea front ☕", 3_600)
    person("reader_mags_bp", "Maggie Lyle", "Books, cardigans, quiet Saturdays.", 1_400)
    person("bill_c_bp", "Bill Cawood", "Owner at Pennock Cove. Badger watcher (reluctant).", 130)
    person("tamsin_eats_bp", "Tamsin Hale", "Cook, telly, cookbooks. Mum's favourite (allegedly). New book 'Sunday Tins' out now.",
           910_000, following=1_400, listed=4_100, verified=True)
    person("maxine_r_bp", "Maxine Rigg", "Owner, Heron Field. 'Valued', apparently.", 150)
    person("BurrowDeals_bp", "Burrow Breaks Deals 🔥", "Cheapest Burrow breaks online 🔥 WhatsApp to book", 900, following=4_200)
    person("lucia_m_bp", "Lucía Moreno", "Sevillana en Leeds. Madre de Pablo (alergia a los frutos secos).", 300)
    person("cath_e_bp", "Catherine Earnshaw", "Owner, Pennock Cove. Husband on home dialysis.", 120)
    person("hannah_l_bp", "Hannah Lister", "Family first. Bolton.", 380)
    person("aisha_b_bp", "Aisha Begum", "Manchester. Loud neighbours magnet.", 290)
    person("gary_w_bp", "Gary Webster", "Tourer. Gullhaven regular. Grumpy in the mornings.", 170)
    person("norah_p_bp", "Norah Platt", "Thornsea. Night shifts and kindness.", 210)
    person("colin_b_bp", "Colin Brierley", "Barnsley. Retired miner. Nose like a bloodhound.", 65)
    person("leigh_m_bp", "Leigh Moran", "Dad of three. Swims badly, watches closely.", 430)

    # ---- Monday 19 June: a heatwave; site-fee letters; ordinary questions --------------------------
    SC("bp-common-rabbit-runner-beans", "common-word",
       tw("pat_ewart_bp", "Something has dug a burrow right under my runner beans overnight. Rabbit, I reckon. Third row this month. I'm not angry, I'm just very, very tired 🐇",
          when="2028-06-19T06:12:40Z"),
       expect(IGN, "low", None, "none"), note="a rabbit's burrow on an allotment")
    SC("bp-question-dog-friendly-lodge", "question",
       tw("tess_w_bp", f"@{B} are any of the Fellsend lodges dog friendly? we've got two spaniels and want one with a hot tub for the last week of august",
          when="2028-06-19T06:48:15Z"),
       expect(RP, "normal", "stays", "direct"))
    ken = tw("ken_marsh_bp", f"@{B} site fees letter landed this morning: up 18% to £6,480 from March. no new facilities, the owners lounge has been shut since Easter and the road up to our holiday home is still all potholes. how do you justify that?",
             when="2028-06-19T07:20:33Z")
    SC("bp-complaint-site-fees-18", "complaint-direct", ken, expect(RP, "normal", "owners", "direct"),
       note="an owner's complaint about the yearly site-fee rise")
    SC("bp-praise-kids-club-pirate", "praise",
       tw("jade_p_bp", "Shoutout to Nikki and Dan at the Burrow kids club at Sandholme Bay. my shy little lad came back from pirate day with a painted beard and three new best mates 🏴‍☠️ 10/10",
          when="2028-06-19T07:55:02Z"),
       expect(RP, "low", "leisure", "indirect"), note="praise, brand named without a tag")
    SC("bp-namesake-cider-farm", "namesake",
       tw("oldburrow_bp", "Summer opening starts Saturday! Come down to Old Burrow for cider tasting in the orchard, live folk from 2pm and the first pressing of our Ebbington Red. Camping in the orchard on festival weekend: pitches £12 a night 🍎",
          when="2028-06-19T08:30:00Z"),
       expect(IGN, "low", "touring", "none"), note="a cider farm called Old Burrow, with camping pitches of its own")
    SC("bp-private-deposit-twice-email", "private-details",
       tw("kerry_b_bp", f"@{B} I've been charged the deposit twice for booking BRW-448190 (Pennock Cove, 7 July). £150 x2 off my card. my email is kerry.blake@inbox.example, please refund one of them",
          when="2028-06-19T09:05:48Z"),
       expect(RV, "normal", "bookings", "direct"), note="a booking reference and an email address in public")
    SC("bp-question-hookup-amps", "question",
       tw("martin_t_bp", f"@{B} do the hardstanding pitches at Gullhaven have 16 amp hook-ups? we're bringing a 7.5m motorhome and would like the awning side facing south if poss",
          when="2028-06-19T09:40:11Z"),
       expect(RP, "normal", "touring", "direct"))
    SC("bp-chatter-town-full-heatwave", "chatter-monitor",
       tw("leanne_h_bp", "half of Thornsea has gone to Burrow for the heatwave. the Co-op's out of ice lollies and every car on the coast road has bodyboards strapped on top 🌞",
          when="2028-06-19T10:15:27Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand's busy week, nothing to answer")
    SC("bp-spam-follower-selling", "spam",
       tw("boostly_bp", f"@{B} 🚀 Grow your holiday park's socials! 20k real followers + 5k likes for £25. Trusted by hotels &amp; resorts. DM now 💯",
          when="2028-06-19T10:50:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("bp-html-arrival-template", "html-entities",
       tw("web_rory_bp", f"@{B} the app says my arrival is &lt;b&gt;{{{{arrival_date}}}}&lt;/b&gt; at &lt;%= park_name %&gt;. so... when and where am I actually going on friday?",
          when="2028-06-19T11:30:36Z"),
       expect(RP, "normal", "app", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("bp-indirect-lodge-mould-misspelt", "complaint-indirect",
       tw("mo_hassan_bp", "arrived at our lodge at fellsend with burrow holliday parks and it smells of damp, there's black mould round the bedroom window and the hot tub is green. £1,100 for this",
          when="2028-06-19T12:10:09Z"),
       expect(RP, "normal", "stays", "indirect"), note="lower case, 'holiday' misspelt, no tag: his own lodge", known_miss="round 16, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Burrow Holiday Parks in a post to everyone | general chatter about the brand | topic stays: 'lodge', 'lodges', 'damp', 'mould', 'bedroom', 'bedrooms', 'hot tub', 'hot tubs'")
    sheila = tw("sheila_d_bp", "@ron_d_bp did that letter come to yours as well? I nearly dropped my tea", when="2028-06-19T12:30:00Z")
    SC("bp-venting-owner-time-to-sell", "third-party-venting",
       tw("ron_d_bp", "@sheila_d_bp it did. Burrow want another 18% for the site fees and they still haven't reopened the owners lounge. 11 years we've had our holiday home at Pennock and I'm starting to think it's time to sell up",
          reply_to=sheila, when="2028-06-19T12:45:51Z"),
       expect(MON, "low", "owners", "third_party"), note="an owner venting to a friend in her thread, brand not tagged")
    SC("bp-namesake-pub-quiz", "namesake",
       tw("burrowpub_bp", "Quiz night's back at The Burrow tomorrow from 8 🧠 £2 a head, the jackpot's up to £140 and the pool table's finally fixed. Teams of 6 max. Trevor is still banned from the music round",
          when="2028-06-19T13:20:00Z"),
       expect(IGN, "low", "leisure", "none"), note="a pub called The Burrow; its pool table is not the park's pool")
    heat = tw(B, "☀️ Heatwave week on the coast! Splash Cove at Sandholme Bay opens an hour early, 8am, every day this week, and the kids clubs move their outdoor games into the shade. No disposable barbecues on grass or decking please: the moor is tinder dry.",
              when="2028-06-19T13:45:00Z")
    SC("bp-q-reply-flumes-open", "question-in-reply-to-brand",
       tw("lou_g_bp", "does that include the flumes? last time we came the big flume was shut all week and the lifeguard just said 'maintenance'",
          reply_to=heat, when="2028-06-19T14:02:18Z"),
       expect(RP, "normal", "leisure", "direct"), note="a question under the brand's post, no @")
    SC("bp-sarcasm-rustic-lodge", "sarcasm-customer",
       tw("vince_o_bp", "Big thanks to Burrow for the authentic wilderness experience in our 'luxury' lodge at Fellsend: no hot water since we arrived yesterday and a shower that drips like it's thinking about it 🙃 five stars, truly rustic",
          when="2028-06-19T15:10:44Z"),
       expect(RP, "normal", "stays", "indirect"), note="praise words meaning the opposite: his own lodge has no hot water", known_miss="round 16, not met yet: priority: want \"normal\", got high; the engine read: names Burrow Holiday Parks in a post to everyone | describes their own experience | sarcasm (irony 0.81) from a customer: a complaint | loss of service | topic stays: 'lodge', 'lodges', 'hot water', 'shower'")
    SC("bp-safety-gas-smell-misspelt", "safety-urgent",
       tw("colin_b_bp", "smell of gas round the back of the empty caravan next to ours at burrow penock cove since teatime and it's making me dizzy. told the lad on reception, he said he'd 'mention it'. is that normal??",
          when="2028-06-19T19:35:27Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a smell of gas, lower case, the park's name misspelt, no tag")
    SC("bp-common-duvet-heatwave", "common-word",
       tw("frankie_m_bp", "too hot to burrow under the duvet, too cold without it. British summer nights are a scam",
          when="2028-06-19T22:40:05Z"),
       expect(IGN, "low", "fraud", "none"), note="to burrow under a duvet; 'scam' is a figure of speech, but it is the fraud keyword")

    # ---- Tuesday 20 June: a carbon-monoxide alarm in Heron Field; the gas goes off ----------------
    sarah = tw("sarah_k_bp", f"@{B} the CO alarm is going off in our caravan at Sandholme Bay, Heron Field K14. both kids woke up dizzy with headaches and my husband's being sick. we're all outside on the grass. rang the emergency number twice, no answer. what do we do??",
               when="2028-06-20T01:52:30Z")
    SC("bp-safety-co-alarm-k14", "safety-urgent", sarah, expect(RP, "urgent", "safety", "direct"),
       note="a carbon-monoxide alarm and a family with its symptoms, in the night")
    sarah_brand = tw(B, "@sarah_k_bp Sarah, stay outside and away from the caravan, and ring 999 now and tell them it's carbon monoxide. Our night warden, Phil, is on his way to K14 to shut the gas off. I'm so sorry the line didn't answer; I'm chasing that now.",
                     reply_to=sarah, when="2028-06-20T02:01:12Z")
    SC("bp-thread-co-ambulance", "thread-with-brand",
       tw("sarah_k_bp", "ambulance is here, the kids are on oxygen in the back and they're taking all four of us to Thornsea General to be checked. Phil's turned the gas off. the family in K15 were still asleep, someone needs to check the rest of the row",
          reply_to=sarah_brand, when="2028-06-20T02:35:47Z"),
       expect(RP, "urgent", "safety", "direct"), note="in the brand's thread without an @: the danger may reach the next caravans")
    gemma = tw("gemma_r_bp", "@nat_f_bp how's the caravan?? jealous of you lot by the sea 🌊", when="2028-06-20T06:20:00Z")
    SC("bp-safety-in-thread-same-headaches", "safety-urgent",
       tw("nat_f_bp", "@gemma_r_bp honestly not great. we're in Heron Field at burrow sandholme where that alarm went off last night and we've all had headaches since saturday, thought it was the heat. the baby's been really sleepy too. windows open now but should we be worried??",
          reply_to=gemma, when="2028-06-20T06:40:19Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="possible carbon-monoxide symptoms and a drowsy baby, told to a friend: whether to step in is a judgement, the priority is strict")
    statement = tw(B, "Last night a carbon monoxide alarm went off in a Heron Field caravan at Sandholme Bay and a family went to hospital to be checked. We've turned off the gas to all 48 older caravans in Heron Field while Gas Safe engineers check each one. Next update by 2pm.",
                   when="2028-06-20T07:30:00Z")
    SC("bp-brand-own-heron-field-statement", "brand-own-post", statement, expect(IGN, "low", "safety", "none"))
    SC("bp-repost-heron-field-statement", "repost", tw("dave_t_bp", "", retweet=statement, when="2028-06-20T07:42:10Z"),
       expect(IGN, "low", "safety", "indirect"))
    lisa = tw("lisa_m_bp", f"@{B} gas has been off in Heron Field since 6am. no hot water, no cooker, nothing to warm the baby's bottles, and reception says 'we don't know' to every question. three kids and four nights left. what's the plan?",
              when="2028-06-20T08:20:26Z")
    SC("bp-complaint-no-hot-water-heron", "complaint-direct", lisa, expect(RP, "high", "stays", "direct"),
       note="gas cut off to 48 caravans: a service outage", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @BurrowParks | complaint (0.97) | a vulnerable person without an essential service: urgent | topic stays: 'hot water', 'cooker'")
    lisa_brand = tw(B, "@lisa_m_bp Lisa, I'm sorry. Engineers are working through Heron Field row by row and yours is next. Someone from reception will come to your caravan by 11 with a camping stove and a proper update.",
                    reply_to=lisa, when="2028-06-20T08:44:03Z")
    SC("bp-q-reply-nights-back", "question-in-reply-to-brand",
       tw("owen_p_bp", "we're in K22 and go home friday. if the gas stays off for the rest of the week do we get a refund for those nights, or do we have to ask? not moaning, the kids come first",
          reply_to=statement, when="2028-06-20T08:55:31Z"),
       expect(RP, "normal", "bookings", "direct"), note="a calm question under the brand's post, no @")
    SC("bp-sarcasm-bonus-cold-showers", "sarcasm-customer",
       tw("tash_b_bp", "love that my £940 Burrow break now comes with bonus cold showers and a kettle boiled on a little stove the lady next door lent us 🙃 so bracing. so character building",
          when="2028-06-20T09:30:12Z"),
       expect(RP, "high", "stays", "indirect"), note="sarcasm about her own caravan in the gas outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Burrow Holiday Parks in a post to everyone | describes their own experience | sarcasm (irony 0.75) from a customer: a complaint | topic stays: 'shower'")
    amy = tw("amy_c_bp", "@kel_w_bp how's the holiday going?? pics pls 📸", when="2028-06-20T09:50:00Z")
    kel = tw("kel_w_bp", "@amy_c_bp don't. burrow turned the gas off in our whole row after some family got poorly last night. cold showers, cereal for tea, and the kids think it's an adventure. I do not",
             reply_to=amy, when="2028-06-20T10:05:40Z")
    SC("bp-venting-cereal-for-tea", "third-party-venting", kel, expect(MON, "low", "stays", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'burrow' is used as an ordinary word | topic stays: 'gas off', 'shower'")
    SC("bp-joke-dig-till-warm", "joke-bystander",
       tw("pun_pete_bp", "@kel_w_bp @amy_c_bp it's called Burrow for a reason, just keep digging down till it gets warm 😂🐇",
          reply_to=kel, when="2028-06-20T10:20:14Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("bp-chatter-gas-engineer-advice", "third-party-chatter",
       tw("gasman_rich_bp", "@kel_w_bp after a CO alarm they have to check every appliance and flue in the row before it goes back on. Burrow will have engineers at it all day, should be back on for most vans by tomorrow. good of them to do the lot tbh",
          reply_to=kel, when="2028-06-20T10:50:06Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance in someone else's thread", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic safety: 'co alarm'")
    SC("bp-in-passing-washing-up-bowl", "complaint-in-passing",
       tw("rach_l_bp", f"today's score: 31 degrees, the car aircon's died, toddler's teething and @{B} have turned the gas off so there's no hot water and I'm bathing her in a washing-up bowl. living the dream ☀️",
          when="2028-06-20T11:30:55Z"),
       expect(RP, "high", "stays", "indirect"), note="the brand tagged in the middle of a bad day; her own caravan in the outage", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: tags @BurrowParks in a post to everyone | complaint (0.57) | a vulnerable person without an essential service: urgent | topic stays: 'gas off', 'hot water'")
    SC("bp-medical-asthma-calm-question", "medical-urgent",
       tw("dev_s_bp", f"@{B} hi, a question: my son is 9 and has asthma and we're in Heron Field. with the gas off, is there any danger sleeping in the caravan tonight? he's been using his inhaler more than usual today. don't want to overreact",
          when="2028-06-20T12:15:22Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a child's breathing after a carbon-monoxide alarm in the row", known_miss="round 16, not met yet: topic: want \"safety\", got stays; the engine read: addressed to @BurrowParks | complaint (0.35) | a medical need: urgent | topic stays: 'gas off', 'caravan', 'caravans', 'caravane'")
    SC("bp-abuse-shower-of-clowns", "abuse-with-problem",
       tw("gaz_p_bp", f"@{B} you useless shower of clowns. you nearly gassed a family and now 48 of us have no hot water or cooker and all you lot say is 'be patient'. I want a manager at K30 in the next hour",
          when="2028-06-20T12:50:37Z"),
       expect(RP, "high", "stays", "direct"), note="rude, but his caravan really has no gas")
    update = tw(B, "2pm, Heron Field: engineers have checked 20 of the 48 caravans. 17 are back on; 3 stay off until parts arrive, and we'll move you or refund you, your choice. If you'd rather go home, we'll cancel the rest of your booking with a full refund.",
                when="2028-06-20T13:05:00Z")
    mel = tw("mel_j_bp", "'we'll move you or refund you, your choice'. reception just told me there's nowhere to move us and refunds are 'head office'. so which is it? K19, baby, no hot water since 6am",
             quote=update, when="2028-06-20T13:40:29Z")
    SC("bp-quote-move-or-refund", "quote", mel, expect(RP, "high", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own caravan still off and no refund")
    SC("bp-big-reach-vlogger-day-two", "big-reach",
       tw("lowrie_fam_bp", f"Came to Burrow Sandholme Bay to film our summer vlog. Day 2: the gas is off in our caravan, no hot water, two kids under 5, and nobody from @{B} has told us anything since breakfast. Not the content we planned 😬",
          when="2028-06-20T14:30:18Z",
          metrics={"retweet_count": 1_200, "reply_count": 860, "like_count": 14_300, "quote_count": 190}),
       expect(RP, "high", "stays", "indirect"), note="480k followers, in the outage; the handle late in a post to everyone")
    SC("bp-news-gazette-two-children", "news-monitor",
       tw("ThornseaGaz_bp", "Two children were treated in hospital after a carbon monoxide alarm sounded at Burrow Sandholme Bay holiday park in the early hours. Gas has been turned off to 48 homes in one part of the park while safety checks are made. {url:https://thornseagazette.example/news/burrow-co-alarm}",
          when="2028-06-20T15:20:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("bp-threat-reception-window", "threat-urgent",
       tw("stu_b_bp", f"@{B} if that lad on reception tells me to 'be patient' one more time I'll put him through the window. no hot water all day and my kids are washing in the sea. try me",
          when="2028-06-20T16:10:43Z"),
       expect(ANY, "urgent", "stays", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("bp-praise-night-warden-phil", "praise",
       tw("tom_k_bp", "whoever Phil the night warden at Burrow Sandholme is: thank you. when the carbon monoxide alarm went off he was at our caravan in four minutes, carried the neighbours' little girl out and stayed with us at the hospital till 6am. the kids are fine",
          when="2028-06-20T18:30:52Z"),
       expect(RP, "low", "safety", "indirect"), note="thanks after the night's emergency; the danger is over", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: names Burrow Holiday Parks in a post to everyone | a danger to health or safety: urgent | topic safety: 'carbon monoxide', 'monoxide', 'hospital'")

    # ---- Wednesday 21 June: the HSE; owners and refunds; the gas comes back slowly ----------------
    SC("bp-repeat-lisa-nobody-came", "repeat-contact",
       tw("lisa_m_bp", "it's wednesday. nobody came at 11, or at all. still no gas, still no hot water, and nobody has told us a thing. that's the third time I've asked",
          reply_to=lisa_brand, when="2028-06-21T06:30:14Z"),
       expect(RP, "high", "stays", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("bp-news-hse-faulty-flues", "news-monitor",
       tw("WendmoorLive_bp", "The Health and Safety Executive is investigating Burrow Holiday Parks after the carbon monoxide alarm at its Sandholme Bay park. Engineers found faulty flues in six caravans; the firm says the gas is back on in 41 of 48. {url:https://wendmoorlive.example/burrow-hse}",
          when="2028-06-21T07:15:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("bp-legal-owners-solicitor", "legal-threat-not-urgent",
       tw("HeronOwners_bp", "Burrow cut the gas to our members' own holiday homes in Heron Field without a word to us, then let engineers in with no owner present. We have instructed a solicitor. Owners pay £6,480 a year in site fees for this.",
          when="2028-06-21T08:00:26Z"),
       expect(RP, "high", "owners", "indirect"), note="owners of the affected holiday homes and a solicitor, brand named without a tag: strong, not urgent")
    faye = tw("faye_r_bp", f"@{B} we left Heron Field early yesterday because of the gas. 4 nights unused, £612. I want a full refund by friday or it's the small claims court and a complaint to Trading Standards. I've kept every receipt",
              when="2028-06-21T08:40:09Z")
    SC("bp-legal-small-claims-refund", "legal-threat-not-urgent", faye, expect(RP, "high", "bookings", "direct"),
       note="a court and Trading Standards threat over her own refund: strong, not urgent")
    SC("bp-hotline-nine-calls", "public-hotline-number",
       tw("pete_w_bp", f"@{B} rang 0808 157 0312 nine times since 8am. 'all our advisors are busy' and then it hangs up. I just want to know if our booking at Sandholme on saturday is going ahead or if you're cancelling it",
          when="2028-06-21T09:20:31Z"),
       expect(RP, "high", "bookings", "direct"), strict=False,
       note="the brand's own guest line is not a private detail; nine failed calls about his booking")
    SC("bp-es-agua-caliente-caravana", "non-english",
       tw("carmen_v_bp", f"@{B} Hola, estamos en una caravana en Heron Field y seguimos sin agua caliente desde ayer por la mañana. Tenemos dos niños pequeños. ¿Cuándo vuelve el gas? Gracias",
          lang="es", when="2028-06-21T10:00:47Z"),
       expect(RP, "high", "stays", "direct"), note="Spanish: her caravan still without hot water in the gas outage")
    SC("bp-de-gasgeruch-stellplatz", "safety-urgent",
       tw("klaus_h_bp", f"@{B} Guten Tag, wir stehen auf Stellplatz 22 in Gullhaven und neben unserem Wohnwagen gibt es seit einer Stunde starken Gasgeruch. Ist das gefährlich? Wen sollen wir anrufen? Wir haben Angst.",
          lang="de", when="2028-06-21T10:40:18Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a smell of gas next to a touring caravan")
    SC("bp-fr-remboursement-deux-nuits", "non-english",
       tw("amelie_d_bp", f"@{B} Bonjour, nous sommes partis de Sandholme Bay hier soir à cause du gaz coupé dans notre caravane. Comment obtenir le remboursement des deux nuits ? Réservation au nom de Durand. Merci",
          lang="fr", when="2028-06-21T11:30:02Z"),
       expect(RP, "normal", "bookings", "direct"), note="French: a refund for two unused nights", known_miss="round 16, not met yet: topic: want \"bookings\", got stays; the engine read: addressed to @BurrowParks | a question | topic stays: 'caravan', 'caravans', 'caravane'")
    SC("bp-praise-engineer-dad-84", "praise",
       tw("helen_g_bp", f"@{B} credit where it's due: the engineer who came to K8 this morning explained everything to my dad (he's 84 and was frightened), fitted a new CO detector and made him a brew. gas back on, dad happy",
          when="2028-06-21T12:15:40Z"),
       expect(RP, "low", "safety", "direct"), note="thanks; the fear is over")
    SC("bp-abuse-owner-greedy-sharks", "abuse-with-problem",
       tw("bri_h_bp", f"@{B} greedy incompetent sharks. 18% more site fees AND you cut the gas to my own holiday home without asking. 40 years I've been coming to Heron Field and you treat owners like cash machines. answer your emails",
          when="2028-06-21T13:00:33Z"),
       expect(RP, "high", "owners", "direct"), note="rude, with a real problem: his holiday home's gas cut without notice", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @BurrowParks | complaint (0.88) | topic owners: 'site fee', 'site fees', 'holiday home', 'holiday homes', 'owner', 'owners'")
    SC("bp-safety-pool-nearly-drowned", "safety-urgent",
       tw("leigh_m_bp", f"a little lad nearly drowned in the wave pool at Splash Cove this afternoon and it was a dad who pulled him out. the lifeguard was on his phone. the boy was coughing and not breathing properly till the paramedics came. @{B} this is dangerous, someone's child will die",
          when="2028-06-21T14:05:50Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a near-drowning with the lifeguard not watching: the danger is still there")
    mike = tw("mike_s_bp", "@dean_c_bp you still at that caravan park? five-a-side thursday?", when="2028-06-21T14:40:00Z")
    SC("bp-threat-in-thread-manager", "threat-urgent",
       tw("dean_c_bp", "@mike_s_bp yeah for my sins. burrow still haven't sorted the hot water in our caravan. if the manager fobs me off again tomorrow I swear I'll smash his face in in front of the whole clubhouse",
          reply_to=mike, when="2028-06-21T15:10:25Z"),
       expect(ANY, "urgent", "stays", "third_party"), note="a threat against a manager, lower case, in a friend's thread: only the priority is strict")

    # ---- Thursday 22 June: a scam wave on the refunds; the heatwave breaks in a storm -------------
    SC("bp-spam-fake-refunds-team", "spam",
       tw("BurrowRefund_bp", "Guests affected by the Heron Field gas incident at Burrow Sandholme Bay can now claim £250 compensation 💷 Claim your money today: just verify your booking and card details here 👉 {url:https://burrow-refunds.example/claim}",
          when="2028-06-22T07:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="a fake compensation account phishing for card details")
    SC("bp-spam-fake-helpdesk-in-thread", "spam",
       tw("BurrowHelp_bp", f"@faye_r_bp @{B} Hi Faye, so sorry to hear this 😔 we can process your £612 refund today. Just DM us your card details (long number, expiry and the 3 digits on the back) to verify your identity 🔒",
          reply_to=faye, when="2028-06-22T07:40:12Z"),
       expect(IGN, "low", "fraud", "indirect"), note="a fake helpdesk in a customer's thread, fishing for card details")
    SC("bp-question-refund-text-real", "question",
       tw("june_t_bp", f"@{B} just had a text saying 'Burrow: your Heron Field refund of £250 is ready, confirm your bank details at the link'. is that really you? we were in K11 on tuesday. it looks like a scam to me so I haven't clicked anything",
          when="2028-06-22T08:15:44Z"),
       expect(RP, "normal", "fraud", "direct"), note="checking a phishing text before doing anything: no money lost")
    SC("bp-private-card-scammed-phone", "private-details",
       tw("ray_c_bp", f"@{B} I filled in that 'Burrow compensation' form for the gas thing and put my card in, 4111 1111 1111 1111. £640 has just gone out to something called BRW-PAY. was the form fake? have I been scammed? ring me on 07700 900461 please",
          when="2028-06-22T09:00:21Z"),
       expect(RV, "high", "fraud", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    scamwarn = tw(B, "⚠️ Scam warning: fake 'Burrow Refunds' accounts and texts are asking guests for card details. We will never ask for your card number on social media or by text. Heron Field refunds go back to the card you paid with, automatically. Please report fakes to us here.",
                  when="2028-06-22T09:45:00Z")
    SC("bp-brand-own-scam-warning", "brand-own-post", scamwarn, expect(IGN, "low", "fraud", "none"))
    SC("bp-repost-scam-warning", "repost", tw("kind_anne_bp", "", retweet=scamwarn, when="2028-06-22T09:58:34Z"),
       expect(IGN, "low", "fraud", "indirect"))
    SC("bp-common-puffin-burrow-caravan", "common-word",
       tw("wildlife_wm_bp", "Please keep dogs on leads on the cliff path between Pennock Cove and the caravan park this summer: puffins are nesting along the top, and one trampled burrow can mean a lost chick 🐦",
          when="2028-06-22T11:00:00Z"),
       expect(IGN, "low", "stays", "none"), note="a puffin's burrow; the caravan park is only a landmark")
    SC("bp-namesake-tv-rabbit", "namesake",
       tw("mum_of3_bp", "if I hear the Bilby Burrow theme tune one more time today I'm going to lose it. 'hop hop hooray, it's Bilby's big day' on loop since 6am 🐰",
          when="2028-06-22T11:40:15Z"),
       expect(IGN, "low", None, "none"), note="a rabbit on children's TV")
    SC("bp-legal-owner-licence-court", "legal-threat-not-urgent",
       tw("ken_marsh_bp", f"@{B} the 18% site fee rise breaks clause 7 of our licence agreement. the Pennock owners have clubbed together for a solicitor and we will see you in court if it isn't withdrawn by 1 July",
          when="2028-06-22T12:30:08Z"),
       expect(RP, "high", "owners", "direct"), note="a court threat over the site fees: strong, not urgent")
    storm = tw(B, "⛈️ Thunderstorms are forecast across the coast and moor from 6pm, with gusts of up to 60mph. Touring guests at Gullhaven: please take down awnings and peg tents down well. Fellsend: hot tub lids on, please. We'll have staff on every park all night.",
               when="2028-06-22T15:00:00Z")
    SC("bp-brand-own-storm-warning", "brand-own-post", storm, expect(IGN, "low", "touring", "none"))
    SC("bp-complaint-hookups-tripped", "complaint-direct",
       tw("nige_f_bp", f"@{B} hook-ups have tripped across the whole of Gullhaven field B, my awning's half torn off and the toilet block has no lights. 30 tourers sat in the dark. is anyone coming?",
          when="2028-06-22T19:25:36Z"),
       expect(RP, "high", "touring", "direct"), note="power lost to a whole touring field in the storm: an outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @BurrowParks | complaint (0.98) | topic touring: 'awning', 'awnings', 'toilet block', 'tourer', 'tourers'")
    SC("bp-safety-tree-on-lodge", "safety-urgent",
       tw("ali_k_bp", f"@{B} a huge tree has fallen on the lodge next to ours at Fellsend, number 6. the roof's caved in and there's a family inside, we can hear the kids screaming and we think someone is hurt. we've rung 999. NOBODY from the park is here",
          when="2028-06-22T19:50:11Z"),
       expect(RP, "urgent", "safety", "direct"), note="a tree through a lodge roof with people inside")
    priya = tw("priya_s_bp", f"@{B} hi, quick one: we're at number 14 up at Fellsend and the power's been off for 2 hours. my daughter is type 1 diabetic and her insulin is in the fridge. how long will it be off? is there anywhere at reception to keep it cold? thanks",
               when="2028-06-22T20:40:27Z")
    SC("bp-medical-insulin-power-off", "medical-urgent", priya, expect(RP, "urgent", "safety", "direct"),
       note="a calm question, but a child's insulin must stay cold")
    priya_brand = tw(B, "@priya_s_bp Priya, bring the insulin down to Fellsend reception now: our office fridge is on the generator and Jo is there all night. Engineers are on site for the power and we'll update you here.",
                     reply_to=priya, when="2028-06-22T20:52:40Z")
    SC("bp-nl-zuurstof-geen-stroom", "medical-urgent",
       tw("bram_v_bp", f"@{B} Goedenavond, mijn vader (78) slaapt met een zuurstofapparaat en sinds 19.00 uur is er geen stroom in onze lodge op Fellsend. De reservebatterij houdt het nog 2 uur. Hij heeft de zuurstof echt nodig. Wat moeten we doen? Ik ben bang.",
          lang="nl", when="2028-06-22T21:05:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a father's oxygen concentrator on a failing battery in the power cut", known_miss="round 16, not met yet: topic: want \"safety\", got stays; the engine read: addressed to @BurrowParks | reads like a risk to people (urgency model 0.82): urgent | topic stays: 'geen stroom', 'lodge', 'lodges'")
    SC("bp-thread-insulin-in-fridge", "thread-with-brand",
       tw("priya_s_bp", "got it into the reception fridge, thank you Jo. the power's still off at our lodge though and it's pitch black up here. any idea when it'll be back?",
          reply_to=priya_brand, when="2028-06-22T21:20:55Z"),
       expect(RP, "high", "stays", "direct"), note="in the brand's thread without an @: the insulin is safe, the power cut goes on")
    kirsty = tw("kirsty_a_bp", "@sam_t_bp did you survive the storm?? 😬", when="2028-06-22T21:40:00Z")
    sam = tw("sam_t_bp", "@kirsty_a_bp barely. tent pole snapped at 8, we've spent the night in the car at gullhaven and burrow's toilet block has flooded. never camping again",
             reply_to=kirsty, when="2028-06-22T21:55:18Z")
    SC("bp-venting-tent-pole-snapped", "third-party-venting", sam, expect(MON, "low", "touring", "third_party"),
       note="venting to a friend, brand not tagged", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic touring: 'tent', 'tents', 'tente', 'toilet block', 'camping'")
    SC("bp-safety-hookup-sparking", "safety-urgent",
       tw("jim_h_bp", f"@{B} the hook-up post on pitch 31 at Gullhaven is sparking in the rain and the cable's melted. my lad touched it and got an electric shock. he's ok but it's still sparking, it's dangerous and kids are walking past it",
          when="2028-06-22T22:10:43Z"),
       expect(RP, "urgent", "safety", "direct"), note="a live, sparking hook-up that has already shocked a child")

    # ---- Friday 23 June: the clean-up; an ordinary day in six languages ----------------------------
    SC("bp-joke-rabbits-stay-dry", "joke-bystander",
       tw("wave_kai_bp", "@sam_t_bp @kirsty_a_bp should've gone for a Burrow mate, rabbits know how to stay dry underground 🐰",
          reply_to=sam, when="2028-06-23T07:05:29Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("bp-news-storm-tree-lodge", "news-monitor",
       tw("WendmoorLive_bp", "Storm damage across Wendmoor overnight: a fallen tree crushed a lodge at Burrow Fellsend Lodges, where a family of four went to hospital with minor injuries, and 300 homes on the moor lost power for nine hours. {url:https://wendmoorlive.example/storm-damage}",
          when="2028-06-23T07:30:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("bp-repeat-faye-third-time", "repeat-contact",
       tw("faye_r_bp", f"@{B} third time asking. two days since I told you we cancelled our last 4 nights in Heron Field and asked for a refund of £612. not a word from you, just fake accounts in my replies asking for my card",
          when="2028-06-23T08:15:02Z"),
       expect(RP, "high", "bookings", "direct"), note="she comes back: no answer to Wednesday's complaint")
    SC("bp-it-piscina-scivolo", "non-english",
       tw("giulia_r_bp", f"@{B} Buongiorno, la piscina Splash Cove a Sandholme Bay è aperta oggi? Ieri lo scivolo grande era chiuso e i bambini ci tenevano tanto. Grazie!",
          lang="it", when="2028-06-23T09:00:38Z"),
       expect(RP, "normal", "leisure", "direct"), note="Italian: is the pool open, the big slide was shut")
    SC("bp-pt-ligacao-eletrica-parcela", "non-english",
       tw("joao_s_bp", f"@{B} Bom dia, depois da tempestade a ligação elétrica da nossa parcela em Gullhaven continua sem funcionar e a tenda ficou toda molhada. Podem mandar alguém? Obrigado",
          lang="pt", when="2028-06-23T09:40:16Z"),
       expect(RP, "high", "touring", "direct"), note="Portuguese: his pitch's hook-up still dead after the storm", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @BurrowParks | a question | topic touring: 'ligação elétrica', 'parcela', 'parcelas', 'tenda'")
    SC("bp-nl-boeking-annuleren", "non-english",
       tw("anouk_b_bp", f"@{B} Hallo, wij hebben een stacaravan geboekt op Pennock Cove voor 8 juli. Zijn daar ook oude gastoestellen? Kunnen we de boeking kosteloos annuleren als we ons niet veilig voelen?",
          lang="nl", when="2028-06-23T10:20:50Z"),
       expect(RP, "normal", "bookings", "direct"), note="Dutch: a future booking and whether it can be cancelled for free")
    SC("bp-de-fahrradverleih-kinderclub", "non-english",
       tw("felix_w_bp", f"@{B} Hallo! Wir kommen nächste Woche mit dem Wohnmobil nach Gullhaven. Gibt es dort Fahrradverleih und ein Schwimmbad, oder muss man nach Sandholme Bay fahren? Und dürfen unsere Kinder in den Kinderclub?",
          lang="de", when="2028-06-23T11:00:07Z"),
       expect(RP, "normal", "leisure", "direct"), note="German: bike hire, a pool and the kids' club")
    SC("bp-private-owner-home-address", "private-details",
       tw("doreen_a_bp", f"@{B} you've sent my site fee invoice to my old address AGAIN. I've been an owner at Pennock for 12 years and it's 27 Gorse Bank Road, Ebbington, EB4 2LX now, I told you in April. if it's late I'm not paying your late fee",
          when="2028-06-23T12:20:44Z"),
       expect(RV, "normal", "owners", "direct"), note="a home address in public", known_miss="round 16, not met yet: priority: want \"normal\", got high; the engine read: addressed to @BurrowParks | exposes a street address in public: answer privately | complaint (0.88) | the problem keeps coming back | topic owners: 'site fee', 'site fees', 'owner', 'owners'")
    SC("bp-indirect-caravan-not-cleaned", "complaint-indirect",
       tw("bev_n_bp", "arrived at burrow pennock cove for our short break and the caravan hasn't been cleaned. crumbs in the beds, hair in the shower, sticky floor. reception says the cleaners are 'stretched this week'. not what we paid £480 for",
          when="2028-06-23T13:40:19Z"),
       expect(RP, "normal", "stays", "indirect"), note="lower case, no tag: her own caravan")
    SC("bp-in-passing-bike-hire-pulled", "complaint-in-passing",
       tw("fiona_c_bp", f"this week: car failed its MOT, the dog ate a sock, work moved my deadline to monday and @{B} have pulled the bike hire and the kids club at Pennock 'due to storm damage' the day before we arrive. I'll be in a dark room",
          when="2028-06-23T14:30:33Z"),
       expect(RP, "normal", "leisure", "indirect"), note="the brand tagged in the middle of a bad week")
    claire = tw("claire_w_bp", "anyone been to a Burrow park this week? we're due at Sandholme in 2 weeks and my mum's panicking after the news",
                when="2028-06-23T15:30:00Z")
    SC("bp-chatter-reassure-co-detectors", "third-party-chatter",
       tw("kind_jo_bp", "@claire_w_bp we're at Burrow Sandholme now. the gas is back on in every van, engineers were everywhere checking for gas leaks and they've fitted new CO detectors in all of them. kids are happy. honestly go",
          reply_to=claire, when="2028-06-23T16:05:12Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance in someone else's thread", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic safety: 'gas leak', 'co detector'")
    SC("bp-chatter-rabbit-by-caravan", "chatter-monitor",
       tw("gary_w_bp", "there's a rabbit burrow right next to our caravan at Burrow Gullhaven and the kids have sat in silence for two hours waiting for something to pop out. parenting hack unlocked 🐇",
          when="2028-06-23T18:20:27Z"),
       expect(MON, "low", "stays", "indirect"), note="the common word and the brand in one post: talk about the stay, nothing to answer", known_miss="round 16, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Burrow Holiday Parks in a post to everyone | describes their own experience | complaint (0.15) | topic stays: 'caravan', 'caravans', 'caravane'")

    # ---- Saturday 24 June: changeover day; a lost child; namesakes ---------------------------------
    SC("bp-namesake-rugby-scrum-half", "namesake",
       tw("TrawlersRL_bp", "WHAT A FINISH! Kieran Burrow over in the corner with 40 seconds left and the Trawlers beat Kelloway 22-20 🏉 Man of the match: Burrow, obviously",
          when="2028-06-24T07:50:00Z"),
       expect(IGN, "low", None, "none"), note="a rugby player's surname", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Burrow Holiday Parks in a post to everyone | general chatter about the brand")
    ruby = tw("michelle_o_bp", f"@{B} PLEASE HELP I can't find my 4 year old on the beach below Sandholme Bay. red swimsuit, blonde curls, called Ruby. she's gone missing, we've looked for 20 mins. can your staff help search? has anyone brought a lost child to reception??",
              when="2028-06-24T08:40:41Z")
    SC("bp-safety-lost-child-beach", "safety-urgent", ruby, expect(RP, "urgent", "safety", "direct"),
       note="a missing four-year-old by the sea")
    ruby_brand = tw(B, "@michelle_o_bp Michelle, our lifeguards and beach team are searching now and reception has Ruby's description. Please ring 999 and ask for the coastguard too. Stay where you last saw her; we'll reply here the second we know anything.",
                    reply_to=ruby, when="2028-06-24T08:44:20Z")
    SC("bp-thread-ruby-found", "thread-with-brand",
       tw("michelle_o_bp", "FOUND HER. one of your lifeguards spotted her at the ice cream van with her bucket, happy as anything. I've stopped shaking now. thank you, thank you",
          reply_to=ruby_brand, when="2028-06-24T09:05:58Z"),
       expect(RP, "low", "leisure", "direct"), note="thanks in the brand's thread: the child is safe")
    SC("bp-namesake-cafe-saturday", "namesake",
       tw("burrowbean_bp", "Saturday special at Burrow &amp; Bean: iced lavender latte and a cheese scone for £5.50 ☕ Open till 4, dogs welcome inside",
          when="2028-06-24T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="a café called Burrow & Bean")
    SC("bp-common-burrow-into-book", "common-word",
       tw("reader_mags_bp", "plan for the weekend: burrow into this 600-page Victorian mystery and speak to no one until Monday 📚",
          when="2028-06-24T10:45:16Z"),
       expect(IGN, "low", None, "none"), note="to burrow into a book")
    SC("bp-complaint-badger-under-home", "complaint-direct",
       tw("bill_c_bp", f"@{B} a badger has dug a burrow right under our holiday home at Pennock Cove and the steps up to the door are starting to sink. can someone from the owners office come and look before they give way?",
          when="2028-06-24T11:30:48Z"),
       expect(RP, "normal", "owners", "direct"), note="the common word inside a real owner's complaint")
    SC("bp-big-reach-chef-no-key", "big-reach",
       tw("tamsin_eats_bp", f"Booked a big Burrow lodge at Pennock Cove for Mum's 70th. Arrived today: no key in the key safe, nobody at reception for an hour, 11 of us sat on the decking in the rain. @{B} not quite the start we hoped for",
          when="2028-06-24T13:40:05Z",
          metrics={"retweet_count": 640, "reply_count": 1_100, "like_count": 22_500, "quote_count": 85}),
       expect(RP, "high", "stays", "indirect"), note="910k followers; locked out of her lodge with family")
    SC("bp-sarcasm-valued-owner", "sarcasm-customer",
       tw("maxine_r_bp", "nothing says 'valued owner' like an 18% site fee rise in the same week they turn off the gas to your holiday home without telling you. thanks Burrow, you're spoiling us 💐",
          when="2028-06-24T14:30:22Z"),
       expect(RP, "normal", "owners", "indirect"), note="thanks meaning the opposite, from an owner")
    SC("bp-spam-whatsapp-deals", "spam",
       tw("BurrowDeals_bp", "🔥 Last-minute Burrow breaks 80% OFF this weekend only! Message us on WhatsApp and pay by bank transfer to secure, then claim your dates before they go. Only 6 left 👉 {url:https://burrow-deals.example/wa}",
          when="2028-06-24T15:15:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="fake cheap breaks paid by bank transfer: a scam in the brand's name", known_miss="round 16, not met yet: addressed: want \"indirect\", got none; the engine read: 'Last-minute Burrow' is another entity, not the brand | topic fraud: 'claim your'")
    SC("bp-es-alergia-frutos-secos", "medical-urgent",
       tw("lucia_m_bp", f"@{B} Hola, llegamos el lunes a Sandholme Bay. Mi hijo tiene una alergia grave a los frutos secos. ¿El restaurante del clubhouse tiene información de alérgenos? Siempre llevamos su EpiPen. Gracias",
          lang="es", when="2028-06-24T16:00:32Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, a calm question: a child's severe nut allergy")
    SC("bp-medical-dialysis-planned-cut", "medical-urgent",
       tw("cath_e_bp", f"@{B} my husband does home dialysis overnight in our holiday home at Pennock and he's on your medical register. will you warn us before any planned power cut for the storm repairs? last time we got ten minutes' notice",
          when="2028-06-24T17:00:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but overnight dialysis depends on the power", known_miss="round 16, not met yet: topic: want \"safety\", got owners; the engine read: addressed to @BurrowParks | complaint (0.64) | a medical need: urgent | topic owners: 'holiday home', 'holiday homes'")

    # ---- Sunday 25 June: the week closes --------------------------------------------------------
    SC("bp-threat-neighbour-stab", "threat-urgent",
       tw("aisha_b_bp", f"the man in the lodge next door at Fellsend has been shouting at us all weekend and just threatened to stab my husband if our dog barks again. @{B} please send security, we're really scared",
          when="2028-06-25T08:30:51Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat against a guest, from the guest threatened: she needs help now")
    SC("bp-praise-sarah-home-refund", "praise",
       tw("sarah_k_bp", "home now and the kids are completely fine. thank you to Phil and everyone who helped on Tuesday night, and for the refund without us even having to ask",
          reply_to=sarah_brand, when="2028-06-25T10:00:27Z"),
       expect(RP, "low", "bookings", "direct"), note="thanks in the brand's thread; the emergency is over")
    SC("bp-html-review-script", "html-entities",
       tw("hannah_l_bp", f"@{B} tried to leave a review of the Warren in the app and it came back as &lt;script&gt;alert('owned')&lt;/script&gt; with my name on it. has someone hacked your review page?",
          when="2028-06-25T11:10:39Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real worry; it arrives escaped")
    SC("bp-quote-refund-automatic", "quote",
       tw("mel_j_bp", "'refunds go back to the card automatically'. it's sunday. nothing's back on mine for K19, and your guest line doesn't answer. third time I've asked now",
          quote=scamwarn, when="2028-06-25T12:20:48Z"),
       expect(RP, "high", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her refund still missing, a repeated complaint")
    SC("bp-hotline-praise-oxygen-battery", "public-hotline-number",
       tw("norah_p_bp", "whoever answered Burrow's 0808 157 0313 line at midnight during the storm: thank you for staying on the phone while my husband's oxygen machine ran on its battery, until the power came back",
          when="2028-06-25T13:30:09Z"),
       expect(RP, "low", "safety", "indirect"), strict=False, note="praise quoting the brand's own emergency line; the danger is over")
    SC("bp-indirect-shower-block-elsan", "complaint-indirect",
       tw("gary_w_bp", "checking out of burrow gullhaven today. the shower block's been cold all week, the elsan point overflowed after the storm and nobody emptied it till friday. lovely spot, shame about the facilities",
          when="2028-06-25T14:15:55Z"),
       expect(RP, "normal", "touring", "indirect"), note="lower case, no tag: his own week on a touring pitch")
    return brand


BRANDS["burrow-parks"] = ("BurrowParks", 6378901245, build_burrow_parks)
