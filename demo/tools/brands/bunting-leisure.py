# Bunting Leisure: a made-up operator of public leisure centres for two made-up councils,
# Hollinsford Borough Council and Ketterby District Council: Hollinsford Aquatics Centre (50 m
# pool, learner pool, flumes), Ketterby Leisure Centre (pool, gym, studios, classes, soft play,
# café), Wrayfield Pool (a small community pool), Airtime trampoline park at Pennock Vale and
# Sallowmere Sports Hub (sports hall, courts, 3G pitches). Swim school with termly swimming
# lessons booked in the Bunting app, memberships by direct debit, parties, pitch hire, changing
# rooms, lockers, lost property and cafés.
# "Bunting" is also an ordinary word and a name: the little flags strung up for a street party,
# a wedding, a village fete and St George's Day (Sunday of this week); corn, reed and snow
# buntings (birds); the nursery rhyme "Bye Baby Bunting"; Bunting as a surname (Cllr Margaret
# Bunting, the footballer Josh Bunting); Bunting's Bakery; and a pony called Bunting. None of
# them is the leisure operator.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 17 April 2028, the Easter school holidays. Easter Monday: Wrayfield Pool is shut for want of
# lifeguards, and at 6pm the app falls over when summer-term swimming lesson places are
# released; Bunting pauses the release and reopens it at 8pm. Tuesday: a chemical leak in the
# plant room at Hollinsford Aquatics during a holiday fun session; the pool is evacuated and
# children are coughing, sick and wheezy. Wednesday: a price rise, the council reviewing the
# contract, a boy badly hurt in the foam pit at Airtime, and a threat at Ketterby reception.
# Thursday: a fake "free membership" giveaway and the money people lose to it, direct debits
# taken twice, lost property. Friday: lockers, showers, gym kit, pitches. The weekend: parties,
# soft play, St George's Day bunting, birds, a pony, a footballer and a nursery rhyme.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, centre,
# membership and booking number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_bunting_leisure():
    global CURRENT_BRAND, CLOCK
    brand = Brand("bunting-leisure", SCEN_DIR / "bunting-leisure.plan.toml", "BuntingLeisure", 5478901245, 1861220000000005901)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-04-17T05:30:00Z")
    B = "BuntingLeisure"
    user(B, "Bunting Leisure", 5478901245,
         "Pools, gyms, swim school, soft play and pitches for Hollinsford & Ketterby 🏊 Team here 7am–9pm every day. "
         "Helpline 0808 157 0694. We never give memberships away by DM.",
         21_700, following=640, tweets=33_900, listed=95, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11040100000 + _n[0] * 4129, bio, followers, **kw)

    person("gaz_w_bun", "Gareth Wynne", "Dad of 3. Wrayfield. Mostly a taxi service.", 240)
    person("hollie_bun", "Hollie Sharpe", "Wrayfield. Lane swimmer. Opinions, mostly correct.", 610)
    person("ellie_mo_bun", "Ellie Marsh-Okafor", "Olympic swimmer, now on your telly on Saturday mornings. Mum of two. Learnt to swim in Wrayfield 💙",
           640_000, following=1100, listed=2700, verified=True)
    person("punny_pete_bun", "Pete Lomax", "Dad jokes, professionally. Hollinsford.", 520)
    person("BuntingCare_bun", "Bunting Leisure Support ✅", "Official help for Bunting centres ✅ refunds & memberships 24/7. DM for fast help", 44, following=4900)
    person("kerry_b_bun", "Kerry Bates", "Ketterby. Mum of Isla (7) and Finn (5). Caffeine dependent.", 330)
    person("dee_r_bun", "Dee Rowlands", "Hollinsford. Two kids, one dog, zero calm.", 280)
    person("tasha_p_bun", "Tasha Pryor", "Ketterby. Works in IT, so yes, I know what a server is.", 900)
    person("nan_jean_bun", "Jean Hollis", "Nan of five. I share the useful bits.", 150)
    person("becca_l_bun", "Becca Lowe", "Ketterby. School run survivor.", 260)
    person("mel_t_bun", "Mel Tran", "Ketterby. Nurse. Mum of a water baby.", 310)
    person("stefan_k_bun", "Stefan Köhler", "Aus Köln, jetzt in Ketterby. Vater von Jonas.", 190)
    person("rob_h_bun", "Rob Haines", "Hollinsford. Two kids in the swim school. Spreadsheet dad.", 210)
    person("anita_g_bun", "Anita Gill", "Ketterby. Teacher. Finally on holiday.", 380)
    person("marcus_o_bun", "Marcus Oyelaran", "Hollinsford. Quantity surveyor. Dad.", 170)
    person("BuntBakery_bun", "Bunting's Bakery", "Family bakers on Hollinsford high street since 1962 🥐 Open Tue–Sun", 4_200)
    person("lydia_f_bun", "Lydia Ford", "Hollinsford. Mum to Sam (8). Physio.", 240)
    person("sophie_a_bun", "Sophie Adair", "hollinsford. mum. part-time florist.", 190)
    person("HollEcho_bun", "Hollinsford Echo", "News for Hollinsford and the villages since 1888.", 18_300, following=700, verified=True)
    person("chris_d_bun", "Chris Dale", "Hollinsford. Nosy, helpfully.", 410)
    person("wes_j_bun", "Wes Jarvis", "Hollinsford. Retired firefighter. Still listens to the scanner.", 530)
    person("joana_s_bun", "Joana Silva", "De Braga para Hollinsford. Mãe da Beatriz.", 220)
    person("amelie_bun", "Amélie Roux", "Nantaise à Hollinsford. Maman de Léo.", 180)
    person("dan_k_bun", "Dan Kavanagh", "Hollinsford. Electrician. Dad of Alfie.", 140)
    person("karen_m_bun", "Karen Mills", "Hollinsford. PTA chair. Gets things done.", 720)
    person("birder_bun", "Tom Aske", "Birds, reservoirs, flasks of tea. Hollinsford patch.", 2_900)
    person("ravi_p_bun", "Ravi Patel", "Ketterby. Dad. Refresh-button athlete.", 260)
    person("phil_g_bun", "Phil Garner", "Ketterby. Gym at 6am, grumpy by 7.", 310)
    person("jo_ketts_bun", "Jo Kettle", "Ketterby born and bred. Cyclist. Swimmer. Moaner.", 450)
    person("KetNews_bun", "Ketterby Courier", "Ketterby's paper. Council, courts, community, sport.", 12_600, following=800, verified=True)
    person("leanne_b_bun", "Leanne Booth", "Pennock Vale. Mum of Charlie (9). Hairdresser.", 290)
    person("sam_h_bun", "Sam Hurst", "Planning a 7th birthday. Send help.", 180)
    person("nikki_r_bun", "Nikki Rhodes", "Pennock Vale. Childminder. Eyes in the back of my head.", 340)
    person("lee_c_bun", "Lee Carver", "Ketterby. Say it how it is.", 70)
    person("aisha_n_bun", "Aisha Noor", "Ketterby. Aqua fit regular. Student nurse.", 260)
    person("shaz_fan_bun", "Priti Mann", "Ketterby. HIIT addict. Cake also addict.", 390)
    person("jess_m_bun", "Jess Moran", "New to Ketterby! Looking for a gym.", 120)
    person("tom_r_bun", "Tom Riley", "Ketterby. Plasterer. Early riser.", 200)
    person("BuntFree_bun", "Bunting Leisure Giveaways 🎁", "Win FREE memberships & family passes every week 🎁🏊 Like + RT to enter", 3_100, following=4900)
    person("pauline_bun", "Pauline Webb", "Retired. Ketterby. Aqua aerobics & crosswords.", 90)
    person("craig_f_bun", "Craig Fuller", "Hollinsford. Dad. Fell for it, didn't I.", 160)
    person("FundsBack_bun", "Scam Recovery Experts ✅", "Lost money to a scam? We recover 100% ✅ certified agents. DM now", 5_800, following=5000)
    person("val_p_bun", "Val Preston", "Ketterby WI. Sharing warnings so you don't get caught.", 640)
    person("hannah_w_bun", "Hannah Webb", "Pennock Vale. Party planner for one (my son).", 230)
    person("omar_s_bun", "Omar Saleh", "Ketterby. Dad of Yusuf. Admin wrangler.", 150)
    person("zoe_t_bun", "Zoe Tate", "Ketterby. Mum of a girl who loses everything.", 270)
    person("ian_b_bun", "Ian Bright", "Ketterby. Retired. Patient, to a point.", 80)
    person("rach_k_bun", "Rachel Kemp", "Hollinsford. Mum of two. Grateful today.", 330)
    person("fete_lady_bun", "Margaret Dunn", "Wrayfield fete committee. Jam judge. Bunting hoarder.", 420)
    person("dazza_k_bun", "Darren Kirk", "Ketterby. Roofer. Short fuse.", 110)
    person("neil_a_bun", "Neil Ashworth", "Hollinsford. Accountant. Counts everything.", 190)
    person("laura_s_bun", "Laura Swan", "Ketterby. Two under four. Tired.", 230)
    person("giulia_bun", "Giulia Ferraro", "Torinese a Ketterby. Nuoto e caffè.", 210)
    person("carmen_bun", "Carmen Ortiz", "Sevillana en Ketterby. Mamá de Lucía.", 260)
    person("pieter_bun", "Pieter de Vries", "Uit Utrecht, woont in Wrayfield. Baantjes zwemmen.", 170)
    person("mike_l_bun", "Mike Lund", "Ketterby. Engineer. Unlucky.", 180)
    person("bev_t_bun", "Bev Thornton", "Ketterby. Couch to 5k graduate.", 240)
    person("claire_w_bun", "Claire Walsh", "41. Ketterby. Late bloomer at most things.", 380)
    person("jamie_f_bun", "Jamie Frost", "Ketterby. Morning swimmer. Hates cold water, ironically.", 290)
    person("devdad_bun", "Karl Brandt", "Web developer. Hollinsford. I read your email templates.", 1_300)
    person("kyle_sec_bun", "Kyle Osei", "Security researcher. I notice things in page titles.", 2_800)
    person("sunday5s_bun", "Lewis Grant", "Captain, Sallowmere Sunday 5s. Never on time.", 320)
    person("floodlit_bun", "Ash Mahmood", "Sallowmere. Goalkeeper. Night owl.", 270)
    person("priya_n_bun", "Priya Nair", "Ketterby. Mum of Arjun (6). Allergy mum.", 300)
    person("bride_bun", "Emma Hargreaves", "Getting married 22.04.28 💍 barn weddings & DIY everything", 1_100)
    person("ponyclub_bun", "Wrayfield Pony Club", "Riding, rosettes and muddy wellies since 1971 🐴", 1_900)
    person("KetTownFC_bun", "Ketterby Town FC", "Official account of Ketterby Town Football Club ⚽ The Millers.", 15_400, verified=True)
    person("fiona_c_bun", "Fiona Clarke", "Hollinsford. Mum of swimmers.", 260)
    person("joker_bun", "Dev Lamb", "Open mic comic. Day job: spreadsheets.", 480)
    person("amy_r_bun", "Amy Reid", "Ketterby. Mum of twins. Rainy day planner.", 310)
    person("kat_o_bun", "Kat Oduya", "Ketterby. Tells it straight.", 270)
    person("lou_h_bun", "Lou Hammond", "Hollinsford. Mum. Always refreshing something.", 220)
    person("stu_p_bun", "Stu Payne", "Hollinsford. Dad. Developer. Knows a load balancer.", 430)
    person("newdad_bun", "Oli Benson", "New dad. Sleep is a rumour.", 350)
    person("gymrat_bun", "Connor Blake", "Ketterby. Gym 5x a week. Notices everything.", 520)
    person("movie_fan_bun", "Nina Carr", "Films, popcorn, bad decisions.", 880)
    person("aquagran_bun", "Sheila Marsh", "74. Aqua aerobics queen. Ketterby.", 60)
    person("ben_t_bun", "Ben Tully", "Just turned 30. Acting 12.", 410)
    person("millst_bun", "Mill Street Residents", "Mill Street, Hollinsford. Street parties, bin days and lost cats.", 800)
    person("snowbird_bun", "Rhona Keir", "Birder. Author of 'Field Notes from the North'. Patch: the coast.", 44_000)
    person("nervmum_bun", "Gemma Price", "Hollinsford. Mum of two swimmers. Worrier.", 140)
    person("jack_tv_bun", "Jack Ferris", "TV presenter. Dad of three. Podcast 'Half Time Oranges' every Tuesday.",
           1_300_000, following=900, listed=5200, verified=True)
    person("granny_s_bun", "Sue Whitman", "Granny of four. Ketterby. Still swims every morning.", 120)
    person("maureen_bun", "Maureen Tovey", "Ketterby. 71. Swimmer. Watching the pennies.", 70)
    person("steve_o_bun", "Steve Oakley", "Hollinsford. Cancelled in January. Still paying.", 130)
    person("fenn_j_bun", "Jodie Fenn", "Ketterby. Moving away in May.", 150)
    person("baz_bun", "Barry Cole", "Hollinsford. Dad. Not in the mood.", 90)
    person("kev_d_bun", "Kev Doyle", "Ketterby. Dad of two girls.", 210)
    person("mia_k_bun", "Mia Kerr", "Sallowmere. Netball, coffee, repeat.", 360)

    # ---- Monday 17 April (Easter Monday): no lifeguards at Wrayfield ------------------------
    wray = tw(B, "⚠️ Wrayfield Pool is closed today, Easter Monday, as we don't have enough lifeguards on shift to open safely. We're really sorry. Hollinsford Aquatics and Ketterby are open as normal: times 👉 {url:https://bunting.example/pools}",
              when="2028-04-17T07:05:00Z")
    SC("bunting-brand-own-wrayfield-closed", "brand-own-post", wray, expect(IGN, "low", "pools", "none"))
    SC("bunting-repost-wrayfield-closed", "repost", tw("nan_jean_bun", "", retweet=wray, when="2028-04-17T07:21:40Z"),
       expect(IGN, "low", "pools", "indirect"))
    SC("bunting-complaint-wrayfield-sign-on-door", "complaint-direct",
       tw("gaz_w_bun", f"@{B} drove 3 kids to Wrayfield pool for the 9am family swim and there's a paper sign on the door, no lifeguards. you posted it at 7:05 when we were already in the car. second bank holiday this has happened. not good enough",
          when="2028-04-17T08:58:12Z"),
       expect(RP, "normal", "pools", "direct"), note="a plain complaint about one closed pool; not a service outage for everyone", known_miss="round 14, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @BuntingLeisure | complaint (0.60) | a danger to health or safety: urgent | topic pools: 'pool', 'pools', 'family swim', 'swim', 'swims', 'lifeguard', 'lifeguards'")
    SC("bunting-sarcasm-closure-by-tweet", "sarcasm-customer",
       tw("hollie_bun", f"love that @{B} announces pool closures with one tweet at 7am on a bank holiday. because everyone checks twitter before their morning swim, obviously 🙃 customer focus at its finest",
          when="2028-04-17T09:14:33Z"),
       expect(RP, "normal", "pools", "indirect"), note="sarcasm from a lane swimmer: a complaint about the closure")
    ellie = tw("ellie_mo_bun", f"Took my two to Wrayfield Pool this morning, where I learnt to swim 30 years ago. Shut. Not enough lifeguards. A pool that can't open on a bank holiday in the Easter holidays is a pool on its way to closing for good. Sort your staffing out @{B} 💔",
               when="2028-04-17T09:40:05Z",
               metrics={"retweet_count": 2400, "reply_count": 1300, "like_count": 31800, "quote_count": 260})
    SC("bunting-big-reach-olympian-wrayfield", "big-reach", ellie, expect(RP, "high", "pools", "indirect"),
       note="640k followers, a real complaint about the closure; the handle at the end of a post to everyone")
    SC("bunting-joke-party-flags", "joke-bystander",
       tw("punny_pete_bun", "@ellie_mo_bun honestly what did anyone expect from a company called Bunting. it's the little flags you hang up at a village fete. all decoration, no substance 🎏",
          reply_to=ellie, when="2028-04-17T09:52:27Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("bunting-spam-fake-support-ellie", "spam",
       tw("BuntingCare_bun", "@ellie_mo_bun Hi Ellie 👋 Bunting Leisure support here ✅ so sorry about today! We'll refund your visit and add a free membership. Just DM us your card number and expiry to verify 🙏",
          reply_to=ellie, when="2028-04-17T10:03:51Z"),
       expect(IGN, "low", "memberships", "third_party"), note="an impersonator under a big account's post, fishing for card details")
    SC("bunting-namesake-bakery-hot-cross", "namesake",
       tw("BuntBakery_bun", "Open on Easter Monday 🐣 Bunting's Bakery hot cross buns are still warm and there are 3 simnel cakes left. Come and get them before Mrs Akers does",
          when="2028-04-17T10:30:00Z"),
       expect(IGN, "low", None, "none"), note="Bunting's Bakery, a family bakery in the same town as a Bunting centre")

    # ---- Monday evening: summer-term lesson places, and the app falls over ------------------
    release = tw(B, "📣 Summer term swimming lessons: places for children already in our swim school open TODAY at 6pm in the Bunting app. Have your login ready and check your child's stage first 🏊",
                 when="2028-04-17T12:00:00Z")
    kerry = tw("kerry_b_bun", f"@{B} app crashed at 6pm on the dot and now it's back Isla's stage 4 slot on Saturdays has gone. I was in the basket!! what happens now?",
               when="2028-04-17T18:04:21Z")
    SC("bunting-complaint-app-crashed-release", "complaint-direct", kerry, expect(RP, "high", "app", "direct"),
       note="the app is down for everyone at the release: an outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @BuntingLeisure | complaint (0.85) | topic app: 'app', 'apps', 'crash', 'crashed', 'crashes', 'crashing', 'basket'")
    SC("bunting-in-passing-bank-holiday-roundup", "complaint-in-passing",
       tw("dee_r_bun", f"bank holiday round up: kids fought all the way round the garden centre ✅ dog rolled in fox poo ✅ @{B} booking app has been spinning for 40 mins while every swimming lesson place in Hollinsford vanishes ✅ wine o'clock",
          when="2028-04-17T18:09:46Z"),
       expect(RP, "high", "app", "indirect"), note="the brand tagged in the middle of a bad day, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; topic: want \"app\", got lessons; the engine read: tags @BuntingLeisure in a post to everyone | describes their own experience | complaint (0.47) | topic lessons: 'swimming lesson', 'swimming lessons', 'swim lesson', 'swim lessons', 'lesson places', 'lesson', 'lessons'")
    SC("bunting-sarcasm-hunger-games-armbands", "sarcasm-customer",
       tw("tasha_p_bun", f"absolutely loving the @{B} app experience tonight. 2,000 parents, one tiny server, error 503 four times. it's the hunger games but with armbands 🙃 well done everyone",
          when="2028-04-17T18:13:02Z"),
       expect(RP, "high", "app", "indirect"), note="sarcasm with no complaint word, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @BuntingLeisure in a post to everyone | complaint (0.76) | topic app: 'app', 'apps', 'error', 'errore'")
    status = tw(B, "We know the app is failing for lots of you and we're sorry. We've paused the release: nobody has lost a place since 6:02pm. It opens again at 8pm with a virtual queue. Please don't keep refreshing.",
                when="2028-04-17T18:20:00Z")
    SC("bunting-brand-own-app-paused", "brand-own-post", status, expect(IGN, "low", "app", "none"))
    SC("bunting-repost-app-paused", "repost", tw("kerry_b_bun", "", retweet=status, when="2028-04-17T18:24:10Z"),
       expect(IGN, "low", "app", "indirect"))
    becca = tw("becca_l_bun", "anyone actually got their kids on?? 25 mins of refreshing and I've got nowhere 😩", when="2028-04-17T18:26:00Z")
    SC("bunting-venting-account-doesnt-exist", "third-party-venting",
       tw("mel_t_bun", "@becca_l_bun no!! the bunting app kicked me out twice and now my login says my account doesn't exist. been with them since isla was 3 and apparently i don't exist 😭",
          reply_to=becca, when="2028-04-17T18:31:17Z"),
       expect(MON, "low", "app", "third_party"), note="a customer venting to a friend, the brand in lower case and not tagged: don't butt in")
    SC("bunting-de-app-stuerzt-ab", "non-english",
       tw("stefan_k_bun", f"@{B} Die App stürzt ständig ab. Seit 40 Minuten versuche ich, einen Platz im Schwimmkurs für meinen Sohn zu buchen, jedes Mal eine Fehlermeldung. Was soll ich tun?",
          lang="de", when="2028-04-17T18:42:55Z"),
       expect(RP, "high", "app", "direct"), note="German: the app keeps crashing at the release, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @BuntingLeisure | complaint (0.24) | topic app: 'app', 'apps', 'buchen', 'fehlermeldung'")
    neil = tw("neil_a_bun", f"@{B} the app took £72 for Olly's lessons, then crashed, and there's no place on his account. so I've paid for nothing. can I have that back please?",
              when="2028-04-17T18:50:30Z")
    SC("bunting-abuse-clowns-app", "abuse-with-problem",
       tw("baz_bun", f"@{B} you absolute clowns. app crashed, took my money, no lesson place, and your DMs are a black hole. 3 kids in your swim school and this is how you treat us. sort it out tonight",
          when="2028-04-17T19:02:14Z"),
       expect(RP, "high", "app", "direct"), note="rude, but a real payment taken during the outage", known_miss="round 14, not met yet: topic: want \"app\", got lessons; the engine read: addressed to @BuntingLeisure | complaint (0.95) | rude, but still a customer with a problem | topic lessons: 'lesson places', 'lesson', 'lessons', 'swim school'")
    neil_brand = tw(B, "@neil_a_bun Sorry Neil. Payments taken between 6 and 6:02 without a place are being refunded automatically within 3 working days, and Olly can still get a place at 8pm. If it hasn't arrived by Thursday, tell us here.",
                    reply_to=neil, when="2028-04-17T19:10:44Z")
    SC("bunting-q-reply-ballot-or-queue", "question-in-reply-to-brand",
       tw("rob_h_bun", "is it first come first served again at 8 or a ballot? I've got two kids on different stages and I can't be in the queue twice at once",
          reply_to=status, when="2028-04-17T19:20:08Z"),
       expect(RP, "normal", "lessons", "direct"), note="a question under the brand's post, no @")
    SC("bunting-praise-booked-at-8", "praise",
       tw("anita_g_bun", f"@{B} got both of mine into summer swimming lessons at 8pm, took 3 minutes. thank you for pausing it instead of letting it melt, and to whoever was answering everyone all evening 👏",
          when="2028-04-17T20:14:39Z"),
       expect(RP, "low", "lessons", "direct"))
    SC("bunting-private-charged-twice-phone", "private-details",
       tw("marcus_o_bun", f"@{B} charged twice for Ada's lessons tonight, £64 each, once in the crash and once at 8pm. membership no BL-0447219, my number is 07700 900418 if someone can call me about the refund",
          when="2028-04-17T20:37:05Z"),
       expect(RV, "normal", "memberships", "direct"), note="a membership number and a phone number in public")

    # ---- Tuesday 18 April: the chemical leak at Hollinsford Aquatics -------------------------
    lydia = tw("lydia_f_bun", f"@{B} Hollinsford pool has just been evacuated, strong chemical smell, and my son (8) is coughing and says his chest hurts. lifeguards have us all stood in the car park in towels. is an ambulance coming??",
               when="2028-04-18T10:52:18Z")
    SC("bunting-safety-leak-son-coughing", "safety-urgent", lydia, expect(RP, "urgent", "safety", "direct"),
       note="a chemical leak, a child coughing with chest pain, happening now")
    SC("bunting-medical-asthma-inhaler-calm", "medical-urgent",
       tw("sophie_a_bun", f"my daughter was in the learner pool at hollinsford when they cleared it. shes asthmatic and her inhaler isnt really helping, shes quite wheezy. do we wait here for the paramedics or take her to a&amp;e ourselves? @{B}",
          when="2028-04-18T11:01:40Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a calm, lower-case question, but an asthmatic child struggling to breathe after the leak")
    lydia_brand = tw(B, "@lydia_f_bun Lydia, please stay with our duty manager at the front of the building. Ambulances and the fire service are on their way and our first aiders are checking every child now. We'll call you this afternoon.",
                     reply_to=lydia, when="2028-04-18T11:04:02Z")
    SC("bunting-brand-reply-leak", "brand-own-post", lydia_brand, expect(IGN, "low", "safety", "none"))
    echo = tw("HollEcho_bun", "Bunting Leisure's Hollinsford Aquatics Centre was evacuated this morning after a chemical leak in the plant room. Six children were treated by paramedics for coughing and sore eyes. The centre will stay shut while it is checked {url:https://hollinsfordecho.example/news/aquatics-leak}",
               when="2028-04-18T11:40:00Z")
    SC("bunting-news-leak-evacuated", "news-monitor", echo, expect(MON, "low", "safety", "indirect"),
       note="news of the leak: monitor; the families in it are already cases")
    SC("bunting-repost-leak-news", "repost", tw("nan_jean_bun", "", retweet=echo, when="2028-04-18T11:52:31Z"),
       expect(IGN, "low", "safety", "indirect"))
    chris = tw("chris_d_bun", "anyone know what's going on at the aquatics centre? 3 fire engines and loads of kids in towels outside", when="2028-04-18T11:15:00Z")
    SC("bunting-chatter-reassure-fire-engines", "third-party-chatter",
       tw("wes_j_bun", "@chris_d_bun leak in the plant room at Bunting's place apparently. everyone's out and the kids are being checked over by paramedics, crews are just ventilating it. nothing to panic about now",
          reply_to=chris, when="2028-04-18T11:58:49Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance in someone else's thread; nothing new for the brand")
    SC("bunting-pt-filha-vomitos", "non-english",
       tw("joana_s_bun", f"@{B} A minha filha estava na piscina de Hollinsford esta manhã. Agora está enjoada, com tosse e vómitos. Devo levá-la ao hospital? Ninguém nos disse nada.",
          lang="pt", when="2028-04-18T12:36:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a child sick and coughing after the leak, asking about hospital")
    SC("bunting-fr-fils-vapeurs", "non-english",
       tw("amelie_bun", f"@{B} Mon fils a respiré les vapeurs à la piscine de Hollinsford ce matin. Il tousse encore et il a mal aux yeux. Faut-il voir un médecin ? Qui dois-je appeler ?",
          lang="fr", when="2028-04-18T14:05:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a child still coughing after breathing the fumes")
    SC("bunting-indirect-nobody-told-parents", "complaint-indirect",
       tw("karen_m_bun", "It's 5pm and Bunting Leisure still haven't told parents what chemical fumes our kids breathed in at Hollinsford this morning. No email, no text, nothing. Half of Year 3 were in that session. Shocking.",
          when="2028-04-18T16:58:33Z"),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="a strong complaint about silence after a safety incident involving children; some would call it normal")
    SC("bunting-common-reed-bunting", "common-word",
       tw("birder_bun", "Reed bunting singing from the reeds at Sallowmere reservoir this morning, and a pair of great crested grebes doing their dance 🐦 worth the 5am start",
          when="2028-04-18T08:12:00Z"),
       expect(IGN, "low", None, "none"), note="a bird, at a reservoir in the same town as a Bunting sports hub")

    # ---- Wednesday 19 April: prices, the council, and Airtime --------------------------------
    SC("bunting-legal-solicitor-hse", "legal-threat-not-urgent",
       tw("dan_k_bun", f"@{B} my 6 year old was kept in hospital overnight after your chemical leak. I've instructed a solicitor and reported it to the HSE. I want to know who was responsible for the plant room and why nobody called us until 9pm.",
          when="2028-04-19T07:48:20Z"),
       expect(RP, "high", "safety", "direct"), note="a solicitor and a regulator: a strong complaint, not urgent; the boy has been cared for overnight", known_miss="round 14, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @BuntingLeisure | complaint (0.88) | a medical need: urgent | topic safety: 'hospital', 'hospital', 'chemical leak', 'chemical', 'chemicals'")
    prices = tw(B, "From 1 June our membership prices go up by £2 a month, the first rise since 2026, to cover energy and pool costs. Concessions and junior memberships stay the same. Full details 👉 {url:https://bunting.example/prices}",
                when="2028-04-19T09:00:00Z")
    SC("bunting-brand-own-price-rise", "brand-own-post", prices, expect(IGN, "low", "memberships", "none"))
    SC("bunting-quote-price-treadmills", "quote",
       tw("phil_g_bun", "£2 a month more for a gym where half the treadmills have had 'out of order' signs on them since Christmas. sure, why not",
          quote=prices, when="2028-04-19T09:22:16Z"),
       expect(RP, "normal", "fitness", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic complaint about the gym")
    SC("bunting-q-reply-concession", "question-in-reply-to-brand",
       tw("maureen_bun", "does the over 65 concession membership count as a concession for this? I swim every morning and I'm on a pension, £2 matters",
          reply_to=prices, when="2028-04-19T09:40:51Z"),
       expect(RP, "normal", "memberships", "direct"), note="a question under the brand's post, no @")
    SC("bunting-indirect-price-rise-again", "complaint-indirect",
       tw("jo_ketts_bun", "Bunting putting the Ketterby membership up again. Another price rise and the changing rooms still haven't had hot water since March. Cancelling my direct debit and swimming in the sea.",
          when="2028-04-19T10:15:04Z"),
       expect(RP, "normal", "memberships", "indirect"), note="her own complaint, the brand named without a tag")
    council = tw("KetNews_bun", "Ketterby District Council will review its contract with Bunting Leisure after repeated pool closures at Wrayfield and Tuesday's leak at Hollinsford. Cabinet meets on Thursday {url:https://ketterbycourier.example/council-bunting}",
                 when="2028-04-19T11:30:00Z")
    SC("bunting-news-council-review", "news-monitor", council, expect(MON, "low", "pools", "indirect"))
    jess = tw("jess_m_bun", "just moved to Ketterby, is the leisure centre gym any good or should I go private?", when="2028-04-19T12:00:00Z")
    SC("bunting-venting-price-rise-dd", "third-party-venting",
       tw("tom_r_bun", "@jess_m_bun it's ok but Bunting have just announced another price rise, my direct debit is going up again and the membership was already £42. I'd try it for a month first",
          reply_to=jess, when="2028-04-19T12:21:37Z"),
       expect(MON, "low", "memberships", "third_party"), note="a member moaning to someone else, brand not tagged: don't butt in")
    leanne = tw("leanne_b_bun", f"@{B} my son's just landed badly in the foam pit at Airtime Pennock Vale. his arm is bent the wrong way and he's screaming. staff said wait for the first aider and nobody's come in 10 mins. we're ringing 999",
                when="2028-04-19T15:21:09Z")
    SC("bunting-safety-airtime-arm", "safety-urgent", leanne, expect(RP, "urgent", "safety", "direct"),
       note="a child badly hurt now, no first aider")
    leanne_brand = tw(B, "@leanne_b_bun Leanne, I'm so sorry. Our duty manager is on his way to you now with a first aider, and we've closed the foam pit. Please stay with Charlie. Our safety manager will call you tonight.",
                      reply_to=leanne, when="2028-04-19T15:26:47Z")
    SC("bunting-brand-reply-airtime", "brand-own-post", leanne_brand, expect(IGN, "low", "safety", "none"))
    samh = tw("sam_h_bun", "thinking of airtime in pennock vale for a 7th birthday, anyone been lately?", when="2028-04-19T14:50:00Z")
    SC("bunting-safety-foam-pit-in-thread", "safety-urgent",
       tw("nikki_r_bun", "@sam_h_bun not right now. Bunting's place had a broken board under the foam pit today, a lad went through it and got badly hurt. two more kids jumped in after him before anyone stopped them. genuinely dangerous, keep away till they fix it",
          reply_to=samh, when="2028-04-19T15:24:22Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open: inside someone else's conversation, but a broken board that children are still jumping onto is a danger the brand must hear about now")
    SC("bunting-thread-airtime-wrist", "thread-with-brand",
       tw("leanne_b_bun", "thank you for the call from your manager. he's got a broken wrist and a fractured elbow, in a cast for 6 weeks. I want to know how that foam pit is getting fixed before another kid goes in",
          reply_to=leanne_brand, when="2028-04-19T20:30:18Z"),
       expect(RP, "high", "safety", "direct"), strict=False,
       note="back in the brand's thread after a serious injury, demanding an answer; no risk now, so not urgent")
    SC("bunting-threat-reception-car-park", "threat-urgent",
       tw("lee_c_bun", f"@{B} the bloke on the front desk at Ketterby refused my refund for the membership I cancelled. I'll be waiting for him by his car when he finishes at 9. he'll get what's coming to him",
          when="2028-04-19T17:12:40Z"),
       expect(ANY, "urgent", "memberships", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("bunting-threat-lifeguard-drown", "threat-urgent",
       tw("aisha_n_bun", f"man at Ketterby pool screaming at the teenage lifeguard, threatening to drown her because she told his kids off for diving. other staff have called the police. @{B} please get someone down there",
          when="2028-04-19T18:05:55Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat against a young member of staff, happening now")
    SC("bunting-praise-hiit-nearly-died", "praise",
       tw("shaz_fan_bun", f"I nearly died in @{B}'s HIIT class at Ketterby tonight 💀 legs are jelly, 10/10, will be back on Friday. Shaz the instructor is a menace (compliment)",
          when="2028-04-19T19:42:11Z"),
       expect(RP, "low", "fitness", "indirect"), note="'nearly died' is a figure of speech: praise for a class")

    # ---- Thursday 20 April: the fake giveaway ------------------------------------------------
    giveaway = tw("BuntFree_bun", "🎉 FREE MEMBERSHIP GIVEAWAY 🎉 Bunting Leisure is giving 500 families a free 12-month family membership! Like, RT and claim here before midnight 👉 {url:https://bunting-free-pass.example/claim}",
                  when="2028-04-20T07:10:00Z")
    SC("bunting-spam-free-membership", "spam", giveaway, expect(IGN, "low", "memberships", "indirect"),
       note="a fake giveaway using the brand's name")
    SC("bunting-question-giveaway-real", "question",
       tw("pauline_bun", f"@{B} is this free membership giveaway real? my granddaughter sent it me and it's asking for my bank details to 'verify'. I don't want to get caught out",
          when="2028-04-20T08:31:28Z"),
       expect(RP, "normal", "memberships", "direct"))
    craig = tw("craig_f_bun", f"@{B} I entered that free membership thing and paid a £1.99 'admin fee' by card. this morning £389 has gone from my account. is this your giveaway?? i feel sick",
               when="2028-04-20T08:55:02Z")
    SC("bunting-fraud-money-lost", "complaint-direct", craig, expect(RP, "high", "memberships", "direct"),
       note="money lost to a scam using the brand's name; 'i feel sick' is a feeling, not a medical need")
    SC("bunting-spam-recovery-craig", "spam",
       tw("FundsBack_bun", "@craig_f_bun Lost money to the fake Bunting giveaway? 😔 Our certified agents recover 100% of scam losses in 48hrs ✅ DM us now",
          reply_to=craig, when="2028-04-20T09:04:40Z"),
       expect(IGN, "low", "memberships", "third_party"), note="'scam recovery' spam under a victim's post")
    warn = tw(B, "⚠️ The 'free family membership' giveaway going round is a scam and nothing to do with us. We will never ask for card or bank details in a DM or a link. If you've paid anything, call your bank now. More 👉 {url:https://bunting.example/scam}",
              when="2028-04-20T09:15:00Z")
    SC("bunting-brand-own-scam-warning", "brand-own-post", warn, expect(IGN, "low", "memberships", "none"))
    SC("bunting-repost-scam-warning", "repost", tw("val_p_bun", "", retweet=warn, when="2028-04-20T09:31:19Z"),
       expect(IGN, "low", "memberships", "indirect"))
    SC("bunting-private-card-party-deposit", "private-details",
       tw("hannah_w_bun", f"@{B} you've taken the deposit for Alfie's party twice from my card 4000 0566 5566 5556, charged £50 both times. booking ref AT-55120. can you refund one of them?",
          when="2028-04-20T10:02:47Z"),
       expect(RV, "normal", "memberships", "direct"), note="a full card number in public")
    SC("bunting-private-dob-address-stage", "private-details",
       tw("omar_s_bun", f"@{B} Yusuf's swim school account still has the wrong date of birth (14/03/2019, not 2018) so it's put him in the wrong stage again. we're at 22 Orchard Rise, Ketterby KT4 9XZ if you need to post his new badge",
          when="2028-04-20T10:40:13Z"),
       expect(RV, "normal", "lessons", "direct"), note="a child's date of birth and a home address in public")
    SC("bunting-question-lost-glasses", "question",
       tw("zoe_t_bun", f"@{B} my daughter left her glasses in the changing rooms at Ketterby on Tuesday, blue frames in a cat case 🐱 has anyone handed them in to lost property?",
          when="2028-04-20T11:18:35Z"),
       expect(RP, "normal", "facilities", "direct"))
    SC("bunting-hotline-on-hold", "public-hotline-number",
       tw("ian_b_bun", f"@{B} rang 0808 157 0694 twice about my direct debit being taken twice this month. 40 minutes on hold each time and then it cut off. is anyone actually there?",
          when="2028-04-20T12:04:56Z"),
       expect(RP, "normal", "memberships", "direct"), strict=False,
       note="the brand's own helpline quoted by a customer is not a private detail")
    SC("bunting-hotline-doctor-check", "public-hotline-number",
       tw("rach_k_bun", "if your kid was at Hollinsford on Tuesday morning, ring Bunting's line on 0808 157 0694. they arranged a doctor's check for ours the same day and were so kind about it 💙",
          when="2028-04-20T12:40:22Z"),
       expect(RP, "low", "safety", "indirect"), strict=False,
       note="praise that shares the brand's own number; not a private detail")
    dazza = tw("dazza_k_bun", f"@{B} you useless bunch of muppets. 3 weeks the showers at Ketterby have been stone cold. I pay £42 a month for this. sort it out",
               when="2028-04-20T13:10:09Z")
    SC("bunting-abuse-showers-cold", "abuse-with-problem", dazza, expect(RP, "high", "facilities", "direct"),
       note="rude, but a real problem for three weeks")
    dazza_brand = tw(B, "@dazza_k_bun Fair enough, Darren, three weeks is too long. The boiler part finally arrived yesterday and our engineer is booked in for Friday morning. I'll come back to you here once it's fitted.",
                     reply_to=dazza, when="2028-04-20T13:32:41Z")
    SC("bunting-namesake-councillor-lifeguards", "namesake",
       tw("KetNews_bun", "Cllr Margaret Bunting (Wrayfield ward) told cabinet the council must pay for lifeguard training itself if Wrayfield Pool is to stay open past the summer {url:https://ketterbycourier.example/cabinet}",
          when="2028-04-20T18:30:00Z"),
       expect(IGN, "low", "pools", "none"), strict=False,
       note="a councillor's surname in a story about the brand's own pool; some would monitor it")
    SC("bunting-common-street-party-prep", "common-word",
       tw("fete_lady_bun", "Spent the whole evening up a ladder putting up bunting for Sunday's St George's Day street party. 40 metres of it. My arms are dead and Derek has gone to the pub",
          when="2028-04-20T20:05:00Z"),
       expect(IGN, "low", None, "none"), note="bunting, the flags")
    SC("bunting-it-addebito-doppio", "non-english",
       tw("giulia_bun", f"@{B} Buongiorno, l'abbonamento di aprile mi è stato addebitato due volte, vedo due addebiti uguali sul conto. Come posso avere il rimborso? Grazie",
          lang="it", when="2028-04-20T15:22:47Z"),
       expect(RP, "normal", "memberships", "direct"), note="Italian: the membership taken twice, asking for a refund")
    SC("bunting-es-clases-natacion", "non-english",
       tw("carmen_bun", f"@{B} hola! mi hija hace clases de natación los sábados en Ketterby. ¿quedan plazas para el verano? está en el nivel 3 y no sé cómo apuntarla. gracias!",
          lang="es", when="2028-04-20T16:45:10Z"),
       expect(RP, "normal", "lessons", "direct"), note="Spanish: a question about summer swimming lessons")
    SC("bunting-nl-zwembad-gesloten", "non-english",
       tw("pieter_bun", f"@{B} Het zwembad in Wrayfield was vanochtend weer dicht, geen badmeesters. Al de derde keer deze maand. Wanneer kan ik weer gewoon mijn baantjes zwemmen?",
          lang="nl", when="2028-04-20T17:20:33Z"),
       expect(RP, "normal", "pools", "direct"), note="Dutch: the pool shut again for want of lifeguards")
    SC("bunting-repeat-neil-no-refund", "repeat-contact",
       tw("neil_a_bun", "it's Thursday. no refund for the £72 you took, and Olly didn't get a place at 8pm either. I've DM'd twice since Tuesday and heard nothing. I want my money back",
          reply_to=neil_brand, when="2028-04-20T19:12:06Z"),
       expect(RP, "high", "memberships", "direct"), note="back in the brand's thread: the promised refund hasn't come")

    # ---- Friday 21 April: lockers, gym kit, pitches -----------------------------------------
    SC("bunting-thread-lydia-thanks", "thread-with-brand",
       tw("lydia_f_bun", "just wanted to say thank you for the calls this week and the flowers for Sam. he's absolutely fine now and desperate to get back in the pool on Saturday 💙",
          reply_to=lydia_brand, when="2028-04-21T08:40:15Z"),
       expect(RP, "low", "pools", "direct"), note="thanks in the brand's thread, no @")
    SC("bunting-in-passing-locker-ate-quid", "complaint-in-passing",
       tw("mike_l_bun", f"friday so far: boiler packed in, burnt the toast, missed the bus, and the @{B} locker at ketterby ate my £1 then wouldn't open with my phone and keys inside. 45 mins in a towel. weekend please",
          when="2028-04-21T08:12:44Z"),
       expect(RP, "normal", "facilities", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("bunting-complaint-treadmills-broken", "complaint-direct",
       tw("bev_t_bun", f"@{B} 3 of the 6 treadmills at Ketterby gym have been out of order since February. I'm paying full price for half a gym. when are they getting fixed?",
          when="2028-04-21T09:05:31Z"),
       expect(RP, "normal", "fitness", "direct"))
    SC("bunting-praise-adult-swimming-lessons", "praise",
       tw("claire_w_bun", "Massive shout out to Dev at Bunting's Ketterby pool. At 41 I finally swam a whole length without panicking. Adult swimming lessons are worth every penny 🏊‍♀️😭",
          when="2028-04-21T10:30:48Z"),
       expect(RP, "low", "lessons", "indirect"), note="thanks, the brand named without a tag")
    SC("bunting-sarcasm-ice-bath", "sarcasm-customer",
       tw("jamie_f_bun", f"thanks @{B} for the complimentary ice bath experience in the Ketterby showers after my swim this morning. didn't even have to pay extra 🥶",
          when="2028-04-21T07:48:02Z"),
       expect(RP, "normal", "facilities", "indirect"), note="sarcasm: the showers are still cold", known_miss="round 14, not met yet: topic: want \"facilities\", got pools; the engine read: tags @BuntingLeisure in a post to everyone | describes their own experience | complaint (0.54) | topic pools: 'swim', 'swims'")
    SC("bunting-html-lesson-email", "html-entities",
       tw("devdad_bun", f"@{B} your confirmation email says 'Hi &lt;b&gt;{{{{child_name}}}}&lt;/b&gt;, your lesson is on &lt;%= slot.date %&gt;'. so when IS my son's swimming lesson?? and which stage is he in?",
          when="2028-04-21T11:14:26Z"),
       expect(RP, "normal", "lessons", "direct"), note="a broken template in the lesson email, delivered escaped")
    SC("bunting-html-script-profile", "html-entities",
       tw("kyle_sec_bun", f"@{B} my profile in the app shows &lt;script&gt;alert(document.cookie)&lt;/script&gt; where my name should be, and I've been logged out 3 times today. has my account been hacked?",
          when="2028-04-21T12:02:39Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("bunting-complaint-pitch-double-booked", "complaint-direct",
       tw("sunday5s_bun", f"@{B} turned up at Sallowmere for our 7pm 5-a-side pitch, paid in advance, and there's a junior academy on it. nobody at the desk knew anything. 10 lads stood in the rain for nothing",
          when="2028-04-21T19:20:17Z"),
       expect(RP, "normal", "sports", "direct"))
    SC("bunting-indirect-floodlights", "complaint-indirect",
       tw("floodlit_bun", "Sallowmere 3G pitch floodlights went off at 8:40 mid-match. Again. Bunting Leisure want £95 an hour for that pitch and we finish in the dark every other week",
          when="2028-04-21T20:55:00Z"),
       expect(RP, "normal", "sports", "indirect"), note="his own complaint, the brand named without a tag", known_miss="round 14, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Bunting Leisure in a post to everyone | general chatter about the brand | topic sports: '3g', 'pitch', 'floodlights'")
    SC("bunting-safety-filming-changing", "safety-urgent",
       tw("kev_d_bun", f"@{B} there's a man in the family changing village at Ketterby filming on his phone where kids are getting changed. told the lifeguard, he's still there. this is a safeguarding issue, please send a manager now",
          when="2028-04-21T16:34:08Z"),
       expect(RP, "urgent", "safety", "direct"), note="a safeguarding risk to children, happening now")

    # ---- Saturday 22 April: parties, soft play, a wedding -----------------------------------
    SC("bunting-medical-nut-allergy-party", "medical-urgent",
       tw("priya_n_bun", f"@{B} we're at a party in the soft play at Ketterby and my son's eaten some of the party cake. he has a nut allergy. are there nuts in it?? his lips are starting to swell, using his epipen now",
          when="2028-04-22T11:12:40Z"),
       expect(RP, "urgent", "safety", "direct"), note="an allergic reaction happening now")
    fiona = tw("fiona_c_bun", f"@{B} Ava's lesson cancelled again this morning with 20 mins notice, no swim teacher. that's 3 of the last 5 Saturdays. are we getting those lessons back?",
               when="2028-04-22T08:40:00Z")
    SC("bunting-complaint-lesson-cancelled", "complaint-direct", fiona, expect(RP, "normal", "lessons", "direct"))
    SC("bunting-joke-flags-in-wind", "joke-bystander",
       tw("joker_bun", "@fiona_c_bun Bunting by name, bunting by nature. looks lovely in the brochure, flaps about in the slightest breeze and comes down when you need it 🎏",
          reply_to=fiona, when="2028-04-22T08:58:31Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the name in someone else's thread")
    amy = tw("amy_r_bun", "rainy saturday with the twins, soft play at Ketterby or the Jungle Barn?", when="2028-04-22T09:00:00Z")
    SC("bunting-venting-soft-play-plaster", "third-party-venting",
       tw("kat_o_bun", "@amy_r_bun not the Bunting one. the soft play ball pit was filthy last week, my two came out with someone else's plaster stuck to them 🤢 Jungle Barn every time",
          reply_to=amy, when="2028-04-22T09:14:52Z"),
       expect(MON, "low", "play", "third_party"), note="a customer moaning in someone else's thread, brand not tagged")
    lou = tw("lou_h_bun", "still haven't got over monday night's swimming lessons fiasco. autumn term is going to finish me off", when="2028-04-22T10:00:00Z")
    SC("bunting-chatter-website-tip", "third-party-chatter",
       tw("stu_p_bun", "@lou_h_bun tip for next time: use the bunting website in a laptop browser not the app. the app was the thing that fell over, the website held up fine for me",
          reply_to=lou, when="2028-04-22T10:21:05Z"),
       expect(MON, "low", "app", "third_party"), note="a stranger's advice in someone else's thread")
    SC("bunting-common-wedding-bunting", "common-word",
       tw("bride_bun", "wedding day!! 💍 the barn is full of bunting made from my nan's old dresses and I've cried twice already and it's only 9am",
          when="2028-04-22T08:05:00Z"),
       expect(IGN, "low", None, "none"), note="bunting, the flags, at a wedding")
    SC("bunting-namesake-pony", "namesake",
       tw("ponyclub_bun", "Huge well done to Bunting, Ellie Parr's grey pony, on a clear round and her very first rosette at the Ketterby gymkhana today 🐴🎀",
          when="2028-04-22T15:30:00Z"),
       expect(IGN, "low", None, "none"), note="a pony called Bunting")
    SC("bunting-namesake-footballer", "namesake",
       tw("KetTownFC_bun", "JOSH BUNTING 89TH MINUTE!!! 🔥🔥 Ketterby Town 2-1 and the Millers are going up!!!",
          when="2028-04-22T15:52:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("bunting-common-bye-baby-bunting", "common-word",
       tw("newdad_bun", "3am rendition of 'bye baby bunting, daddy's gone a-hunting' to a baby who does not care for the folk tradition and would like another bottle please 😵‍💫",
          when="2028-04-22T02:14:00Z"),
       expect(IGN, "low", None, "none"), note="the nursery rhyme")
    SC("bunting-chatter-lifeguards-wanted", "chatter-monitor",
       tw("gymrat_bun", "Bunting staff at Ketterby all wearing 'lifeguards wanted, we'll train you' t-shirts today. recruitment drive is clearly on after the Wrayfield mess 👀",
          when="2028-04-22T12:30:00Z"),
       expect(MON, "low", "pools", "indirect"), note="talk about the brand with nothing to answer")
    SC("bunting-praise-jaws-dive-in", "praise",
       tw("movie_fan_bun", f"watching JAWS on an inflatable in the middle of the Hollinsford pool at @{B}'s dive-in movie night was the most terrifying and brilliant thing I've done all year 🦈 do it again pls",
          when="2028-04-22T21:40:00Z"),
       expect(RP, "low", "pools", "indirect"), note="a scary film, not a danger: praise", known_miss="round 14, not met yet: priority: want \"low\", got normal; the engine read: tags @BuntingLeisure in a post to everyone | describes their own experience | sarcasm (irony 0.67) from a customer: a complaint | topic pools: 'pool', 'pools'")
    SC("bunting-complaint-fire-drill-aqua", "complaint-direct",
       tw("aquagran_bun", f"@{B} fire alarm went off halfway through aqua aerobics at Ketterby and we stood outside in our cossies for 25 minutes in 9 degrees. turned out it was a DRILL. during a class full of pensioners!!",
          when="2028-04-22T10:50:21Z"),
       expect(RP, "normal", "fitness", "direct"), note="sounds dangerous, but it was a planned drill and it is over: an ordinary complaint", known_miss="round 14, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @BuntingLeisure | complaint (0.30) | a danger to health or safety: urgent | topic fitness: 'aqua aerobics', 'class'")
    SC("bunting-praise-trampoline-30th", "praise",
       tw("ben_t_bun", "broke my wrist on the trampolines at Airtime in 2024 and I STILL went back for my 30th today. Bunting's adults-only dodgeball night is elite, zero regrets 🤸",
          when="2028-04-22T22:10:00Z"),
       expect(RP, "low", "play", "indirect"), note="an injury from years ago that is long over: praise", known_miss="round 14, not met yet: priority: want \"low\", got urgent; the engine read: names Bunting Leisure in a post to everyone | complaint (0.77) | a person at risk: urgent | topic play: 'trampoline', 'trampolines', 'trampolining', 'trampolin', 'trampolins', 'airtime', 'dodgeball'")
    SC("bunting-repeat-dazza-showers", "repeat-contact",
       tw("dazza_k_bun", "Friday came and went. no engineer, showers still freezing this morning. second time I've been told 'Friday'. I'm done being polite",
          reply_to=dazza_brand, when="2028-04-22T07:55:38Z"),
       expect(RP, "high", "facilities", "direct"), note="back in the brand's thread: the promised fix didn't happen")

    # ---- Sunday 23 April (St George's Day) ---------------------------------------------------
    SC("bunting-common-st-georges-street", "common-word",
       tw("millst_bun", "Mill Street is bunting from one end to the other for St George's Day 🏴󠁧󠁢󠁥󠁮󠁧󠁿 tables out at 1, bring a dish and a chair, and the rain is holding off!!",
          when="2028-04-23T08:30:00Z"),
       expect(IGN, "low", None, "none"), note="street-party bunting")
    SC("bunting-common-snow-bunting", "common-word",
       tw("snowbird_bun", "A snow bunting still on the shingle at Hollinsford Point this morning, very late for April. Fed on seeds along the tideline for an hour and didn't care about me at all ❄️🐦",
          when="2028-04-23T07:02:00Z"),
       expect(IGN, "low", None, "none"), note="a bird, by an author with a big following")
    SC("bunting-question-pool-safe-now", "question",
       tw("nervmum_bun", f"@{B} is the Hollinsford pool open again today? my two are desperate to go but I'm a bit nervous after Tuesday. is the water properly checked now?",
          when="2028-04-23T08:48:12Z"),
       expect(RP, "normal", "pools", "direct"), note="a worried question about the reopened pool, no one at risk now")
    SC("bunting-big-reach-tv-lessons-cancelled", "big-reach",
       tw("jack_tv_bun", f"Third Sunday in a row my kids' swimming lesson at Hollinsford has been cancelled when they're already changed. 30 kids in goggles, no swimming teacher, no warning. @{B} you run the swim school for half the county, this isn't good enough",
          when="2028-04-23T09:36:44Z",
          metrics={"retweet_count": 1800, "reply_count": 1500, "like_count": 27300, "quote_count": 310}),
       expect(RP, "high", "lessons", "indirect"), note="1.3m followers, a real complaint; the handle inside a post to everyone")
    granny = tw("granny_s_bun", "thinking of taking my grandson for swimming lessons, he's 5 and nervous of the water. where's good round Ketterby?", when="2028-04-23T10:00:00Z")
    SC("bunting-chatter-praise-in-others-thread", "third-party-chatter",
       tw("anita_g_bun", "@granny_s_bun the Bunting swim teachers at Ketterby are brilliant with nervous ones. my youngest screamed for two weeks and now she's a little fish 🐟",
          reply_to=granny, when="2028-04-23T10:17:51Z"),
       expect(MON, "low", "lessons", "third_party"), strict=False,
       note="praise, but inside someone else's conversation: a like at most, not a reply")
    SC("bunting-legal-dd-small-claims", "legal-threat-not-urgent",
       tw("steve_o_bun", f"@{B} you've taken my direct debit three more times since I cancelled my membership in January. Refund all £126 within 14 days or I go to the small claims court and report you to Trading Standards.",
          when="2028-04-23T11:05:29Z"),
       expect(RP, "high", "memberships", "direct"), note="a court and regulator threat: strong, not urgent")
    SC("bunting-private-email-cancel", "private-details",
       tw("fenn_j_bun", f"@{B} I'm moving away in May, please cancel my membership. I've emailed twice from jodie.fenn@mailbox.example and nobody has replied. membership number KT-118204",
          when="2028-04-23T11:50:03Z"),
       expect(RV, "normal", "memberships", "direct"), note="an email address and a membership number in public", known_miss="round 14, not met yet: priority: want \"normal\", got high; the engine read: addressed to @BuntingLeisure | exposes an account, booking or security code and an e-mail address in public: answer privately | complaint (0.91) | repeat contact | topic memberships: 'membership', 'memberships'")
    SC("bunting-news-hse-investigating", "news-monitor",
       tw("HollEcho_bun", "The Health and Safety Executive is investigating last Tuesday's chemical leak at Hollinsford Aquatics Centre. Bunting Leisure says the centre opened again on Saturday after the plant room passed an independent check {url:https://hollinsfordecho.example/news/hse-aquatics}",
          when="2028-04-23T12:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("bunting-chatter-netball-taster", "chatter-monitor",
       tw("mia_k_bun", "Bunting are doing free netball taster sessions at Sallowmere all May for women who haven't played since school. I've signed up half my office 🏐",
          when="2028-04-23T13:10:00Z"),
       expect(MON, "low", "sports", "indirect"), note="talk about the brand with nothing to answer")
    SC("bunting-quote-release-announcement", "quote",
       tw("ravi_p_bun", "'places open at 6pm in the app' 🙃 they opened at 6pm and closed at 6:02 along with your app. a week later and my son is still on the waiting list",
          quote=release, when="2028-04-23T14:02:11Z"),
       expect(RP, "normal", "app", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic complaint about Monday's crash, now over")
    return brand


BRANDS["bunting-leisure"] = ("BuntingLeisure", 5478901245, build_bunting_leisure)
