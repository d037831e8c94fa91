# Ferret Pest Control ("Ferret"): a made-up pest-control company for homes, landlords and
# businesses in and around the made-up city of Calderbrook (Hollins Park, Marsh End, Tanyard) and
# the towns of Ebbsford and Netherby. Rats, mice, wasps and hornets, bedbugs, cockroaches, pigeons
# and moles; visits booked in the app or on the phone, a call-out fee and a treatment price, a
# guarantee with free follow-up visits, and yearly contracts with bait and poison stations and site
# reports for landlords, letting agents, restaurants, takeaways and shops.
# "Ferret" is also an ordinary word and a name: a ferret is a pet and a working animal for
# rabbiting (ferret shows and ferret racing at country fairs), "to ferret around/out/away" is an
# everyday verb, ferret-legging is a pub stunt, Ferret is a character in the made-up stealth game
# "Rustline", The Ferret & Trap is a Netherby pub, the Ferret Wheelers a cycling club, and Ferret
# a surname (a councillor and a footballer). None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 14 August
# 2028, the peak of a hot wasp summer. On Monday a technician treating a wasp nest on the roof of
# Little Oaks nursery in Hollins Park at lunchtime sends the wasps into the children's garden:
# three children are stung, a three-year-old girl has an allergic reaction and is kept in
# hospital; the firm stops treatments at schools and nurseries. On Tuesday the local paper runs
# the story, a dog eats pellets from an open bait box in a shared garden, a toddler is found with
# a bait block from under the sink, a home-renovation YouTuber still has bedbugs, and the booking
# app falls over in the evening. On Wednesday the cockroach fumigation of Tanyard Court: fumes
# next door, a deaf old man left inside, a tenant with a hammer, a technician off a ladder, and
# the nursery parents' solicitor. On Thursday a takeaway worker is bitten by a rat, the takeaway
# is shut by environmental health, and fake refund accounts and giveaways appear. On Friday a
# man with dementia walks out through a gate a technician left open, a wasp sting in Dutch, the
# ordinary questions and bills, and an old court case in the news. The weekend brings the
# Netherby Show's ferret classes, the pub, the cycling club, the game, the councillor and the
# footballer, more ferreting about, and the nursery girl home again.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_ferret_pest():
    global CURRENT_BRAND, CLOCK
    brand = Brand("ferret-pest", SCEN_DIR / "ferret-pest.plan.toml", "FerretPest", 7178901245,
                  1861220000000007601)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-08-14T05:30:00Z")
    B = "FerretPest"
    user(B, "Ferret Pest Control", 7178901245,
         "Pest control for homes, landlords and businesses across Calderbrook, Ebbsford and Netherby. "
         "Help 7am–9pm, 7 days: 0808 157 0466. We never DM first or ask for card numbers.",
         21_400, following=640, tweets=9_800, listed=95, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12740100000 + _n[0] * 4129, bio, followers, **kw)

    person("hannah_r_fp", "Hannah Reid", "Calderbrook. Accountant. Receipts everywhere.", 240)
    person("lee_w_fp", "Lee Walsh", "Hollins Park. Dad of two. BBQ enthusiast.", 180)
    person("aoife_m_fp", "Aoife Mullan", "Ebbsford. Mum to Finn (9) and his EpiPen.", 310)
    person("graham_s_fp", "Graham Stott", "Marsh End. Retired joiner. Kitchen finally mouse-free.", 90)
    person("kelly_d_fp", "Kelly Dunne", "Hollins Park. Mum of Maisie (3). Nurse on nights.", 420)
    person("bryn_h_fp", "Bryn Harper", "Hollins Road. Sees everything from the front window.", 130)
    person("dad_rt_fp", "Mick Rowe", "Retweets. Mostly weather.", 70)
    person("sana_k_fp", "Sana Kapoor", "Calderbrook. Office worker. Coffee first.", 360)
    person("tash_b_fp", "Tash Bell", "Tanyard. Asks how your day was. Means it.", 280)
    person("puns_gaz_fp", "Gary Platt", "Puns, pints and pub quizzes. Netherby.", 760)
    person("omar_s_fp", "Omar Shah", "Netherby. Paid for a wasp visit, got a lecture on bees.", 150)
    person("EchoCalder_fp", "Calderbrook Echo", "News for Calderbrook, Ebbsford and Netherby since 1881.", 52_000,
           following=900, listed=410, verified=True)
    person("jade_o_fp", "Jade Okoro", "Marsh End. First-time mum. Everything goes in his mouth.", 200)
    person("chris_p_fp", "Chris Pemberton", "Marsh End Court. Dog dad to Bramble the spaniel.", 340)
    person("petra_k_fp", "Petra Krause", "Aus Dresden, jetzt in Ebbsford. Hundefreundin.", 160)
    person("reno_rosie_fp", "Rosie Carver", "Doing up a Victorian terrace one disaster at a time. New video every Sunday 🏚️🔨",
           920_000, following=1_300, listed=3_900, verified=True)
    person("FerretHelp_fp", "Ferret Pest Support 🐾", "Official customer care. DM us for fast refunds 🐾", 35,
           following=4_700)
    person("megan_l_fp", "Megan Lowe", "Ebbsford. Mum. Teething survivor.", 230)
    person("ajay_m_fp", "Ajay Mistry", "Marsh End. Landlord of nothing, tenant of mice.", 190)
    person("ellie_v_fp", "Ellie Vaughan", "Netherby. Forgets where she put things.", 410)
    person("biscuit_mum_fp", "Laura Finch", "Ferret mum to Biscuit & Pudding 🐾", 1_900)
    person("nat_c_fp", "Nat Crowther", "Calderbrook. Books things in apps. Apps fail.", 220)
    person("darren_j_fp", "Darren Jukes", "Netherby. Scaffolder. Allergic to waiting.", 160)
    person("cal_lad_fp", "Kieran Nash", "Calderbrook born. Notices vans.", 300)
    person("rustmain_fp", "Tom Okafor", "Rustline main. Diamond 2. Opinions on balance.", 2_600)
    person("dot_w_fp", "Dorothy Wynn", "Tanyard Court, flat 9. And Monty the cat.", 60)
    person("lisa_t_fp", "Lisa Tran", "Tanyard Street. Mum to an asthmatic 7-year-old.", 250)
    person("jo_t_fp", "Jo Tate", "Tanyard. Always out on the pavement for something.", 310)
    person("sam_e_fp", "Sam Evans", "Tanyard Court, flat 6. Night shifts at the depot.", 140)
    person("vic_h_fp", "Vic Holden", "Tanyard. Watching the street so you don't have to.", 180)
    person("harrow_kev_fp", "Kev Lund", "Harrow Street. Says what he sees.", 110)
    person("marie_c_fp", "Marie Colin", "Lyonnaise à Calderbrook. Cafards non merci.", 190)
    person("tom_b_fp", "Tom Barker", "Ebbsford. Renting. Reads every invoice.", 120)
    person("priya_g_fp", "Priya Gill", "Netherby. Mum of two nosy kids.", 290)
    person("showsec_fp", "Netherby Show", "Netherby Agricultural Show, 19–20 August 2028. Livestock, dogs, ferrets and fun.",
           6_800, following=700)
    person("liam_k_fp", "Liam Kerr", "Marsh End. Works nights at the takeaway.", 90)
    person("yusuf_a_fp", "Yusuf Arslan", "Owner, Golden Grill, Marsh End. Kebabs since 2014.", 1_100)
    person("FerretRefund_fp", "Ferret Refunds Team ✅", "Refunds & compensation for Ferret Pest customers ✅ DM to claim", 80,
           following=4_900)
    person("WaspDrops_fp", "Summer Freebies 🎁", "Free stuff, every day, all summer 🎉 Not affiliated.", 3_100,
           following=4_900)
    person("recoverpro_fp", "Funds Recovery Pro 💯", "Certified funds recovery. Scam victims: we get it back. DM now.",
           4_200, following=4_800)
    person("alison_f_fp", "Alison Ford", "Ebbsford. Careful with links since 2025.", 140)
    person("ben_r_fp", "Ben Rigby", "Calderbrook. Three kids, two jobs, one ceiling full of mice.", 210)
    person("carmen_l_fp", "Carmen López", "Sevillana en Calderbrook. Enfermera.", 230)
    person("giulia_f_fp", "Giulia Ferri", "Romana a Netherby. Piante e piccioni (purtroppo).", 170)
    person("dev_a_fp", "Dev Anand", "Front-end dev. Can't leave a broken form alone.", 1_700)
    person("rob_m_fp", "Rob Marsh", "Hollins Park. Asks around before buying anything.", 260)
    person("kate_n_fp", "Kate Nolan", "Netherby. Has opinions on ultrasonic plug-ins.", 380)
    person("lucy_h_fp", "Lucy Hamer", "Ebbsford. Teacher. Wasp magnet.", 200)
    person("stu_b_fp", "Stuart Bell", "Ebbsford. Son, carer, worrier.", 150)
    person("anouk_v_fp", "Anouk Visser", "Nederlandse in Ebbsford. Wespen haten mij.", 120)
    person("sanne_d_fp", "Sanne Dekker", "Utrecht → Calderbrook. Muizen in de keuken.", 140)
    person("rafael_c_fp", "Rafael Costa", "Do Porto para Calderbrook. Cozinheiro.", 160)
    person("jonas_w_fp", "Jonas Weber", "Aus Köln. Wohnt in Netherby. Zahlt ungern doppelt.", 190)
    person("kim_p_fp", "Kim Parry", "Calderbrook. Two jobs. No patience for double charges.", 170)
    person("edna_m_fp", "Edna Morley", "Netherby. 84 and still gardening.", 40)
    person("gethin_o_fp", "Gethin Owen", "Calderbrook. On hold, mostly.", 130)
    person("bea_w_fp", "Bea Walton", "Ebbsford. Night owl, light sleeper.", 360)
    person("zara_q_fp", "Zara Quinn", "Calderbrook. First flat. First bedbugs.", 180)
    person("mark_l_fp", "Mark Leigh", "Landlord, two flats in Netherby. Tries to do it right.", 230)
    person("court_watch_fp", "Calder Court Watch", "Court reports from Calderbrook Magistrates' and Crown Court.", 18_500,
           following=400, verified=True)
    person("lou_b_fp", "Lou Barnes", "Ebbsford. Wasps are my villain origin story.", 430)
    person("fern_a_fp", "Fern Ashby", "Calderbrook. Asks the group chat everything.", 350)
    person("pat_o_fp", "Pat O'Neill", "Hollins Park. Honest reviews only.", 200)
    person("FerretTrap_fp", "The Ferret & Trap", "Real ales, pies and quiz nights. High Street, Netherby.", 2_900)
    person("joe_f_fp", "Joe Fenton", "Netherby. Lives in the garden.", 150)
    person("meera_s_fp", "Meera Sood", "Calderbrook. Lost the plot, found a mouse.", 260)
    person("wheelers_fp", "Ferret Wheelers CC", "Calderbrook's friendliest cycling club. Club runs Sat & Wed.", 1_400)
    person("HollinsNews_fp", "Hollins Park Ward", "What's on in Hollins Park ward.", 2_100)
    person("CalderTown_fp", "Calderbrook Town FC", "Official account of Calderbrook Town FC ⚽", 16_000, verified=True)
    person("pickle_fp", "Gwen Hart", "Pickle the ferret's PA 🐾", 820)
    person("rach_j_fp", "Rachel Jowett", "Weddings, wine and family gossip.", 540)
    person("farmer_dan_fp", "Dan Heald", "Farming above Netherby. Sheep, dogs, one ferret.", 610)
    person("steph_r_fp", "Steph Rudd", "Ebbsford. Hides snacks from her children.", 280)
    person("mia_c_fp", "Mia Chandler", "Netherby. Three kids under 6. Send coffee.", 330)
    person("nina_h_fp", "Nina Hale", "Calderbrook. Sister of a snoop.", 210)
    person("vets_mum_fp", "Sue Ireland", "Ebbsford. Cat lady, unapologetic.", 190)
    person("amy_k_fp", "Amy Kirk", "Hollins Park. Allergic to mice and admin.", 150)
    person("danny_w_fp", "Danny Wilde", "Netherby. Day off work for nothing, again.", 120)
    person("holly_p_fp", "Holly Price", "Calderbrook. Awake at 3am listening to the loft.", 180)
    person("RossTalks_fp", "Ross Kendal", "Football on the radio, Saturdays 3–6. Ex-Calderbrook Town. Views my own.",
           1_400_000, following=1_100, listed=5_200, verified=True)
    person("paula_g_fp", "Paula Grant", "Ebbsford. Waiting on a refund, as is tradition.", 160)
    person("neil_t_fp", "Neil Thorne", "Calderbrook. Balcony with a view of pigeons.", 240)
    person("sophie_m_fp", "Sophie Marr", "Calderbrook. Gardener. Molehill counter.", 270)
    person("tariq_n_fp", "Tariq Nadeem", "Café owner, Netherby. Best flat white in the valley.", 880)
    person("mags_fp", "Maggie Doyle", "Ebbsford. Chatty. Loft full of drama.", 400)
    person("kay_r_fp", "Kay Rowley", "Ebbsford. Head of Year 2 at Ebbsford Primary.", 520)
    person("anon_lost_fp", "Ruth Quarry", "Mango the ferret's mum. Tanyard allotments.", 330)
    person("lily_s_fp", "Lily Sandoval", "Netherby. Takes everyone's side.", 240)

    # ---- Monday 14 August: a hot wasp summer; the Little Oaks nursery swarm ------------------------
    SC("fp-common-ferret-out-receipt", "common-word",
       tw("hannah_r_fp", "Spent my entire lunch break trying to ferret out one receipt from 2026 for the tax return. Found it folded inside a birthday card. Adulting is a joke",
          when="2028-08-14T06:40:12Z"),
       expect(IGN, "low", "billing", "none"), note="'to ferret out', nothing to do with the company; 'receipt' is a billing keyword")
    SC("fp-question-wasp-nest-price", "question",
       tw("lee_w_fp", f"@{B} morning, what's the price to get rid of a wasp nest? it's under the eaves right above our back door and the kids won't go out in the garden",
          when="2028-08-14T07:05:33Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("fp-medical-epipen-loft-nest", "medical-urgent",
       tw("aoife_m_fp", f"@{B} hi, your technician is coming on Thursday to treat a wasp nest in our loft. my son Finn (9) is allergic to wasp stings and carries an EpiPen. should we all be out of the house while it's done, and for how long after?",
          when="2028-08-14T07:48:20Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a child's sting allergy: a medical need")
    SC("fp-praise-lifesaver-mice", "praise",
       tw("graham_s_fp", "Ferret Pest Control have been a lifesaver. Mice gone from behind the kitchen units after three visits, Dan the technician explained everything and even filled the gaps round the pipes. Ten out of ten",
          when="2028-08-14T08:30:41Z"),
       expect(RP, "low", "bookings", "indirect"), note="praise without a tag; 'lifesaver' is a figure of speech, nobody is at risk")
    SC("fp-complaint-callout-fee-bees", "complaint-direct",
       tw("omar_s_fp", f"@{B} you charged me the £65 call-out fee for your technician to look at the nest for two minutes, tell me they're bees not wasps and that he 'doesn't do bees'. why did nobody ask that on the phone?",
          when="2028-08-14T09:55:07Z"),
       expect(RP, "normal", "billing", "direct"))
    kelly = tw("kelly_d_fp", f"@{B} your man was spraying a wasp nest on the roof of Little Oaks nursery in Hollins Park at lunchtime with the kids out in the garden. the wasps swarmed down into them. my daughter is 3 and she's been stung 6 times, her face is swelling up. ambulance on the way",
               when="2028-08-14T12:41:09Z")
    SC("fp-safety-nursery-swarm-stung", "safety-urgent", kelly, expect(RP, "urgent", "safety", "direct"),
       note="the week's first incident: a child stung many times, swelling, ambulance coming")
    SC("fp-safety-witness-ambulances", "safety-urgent",
       tw("bryn_h_fp", "three ambulances outside little oaks nursery on hollins road, wasps everywhere, a ferret pest van parked up on the kerb. staff carrying kids in from the garden screaming. what the hell has happened",
          when="2028-08-14T12:52:30Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a neighbour, lower case and no tag: children hurt now")
    kelly_brand = tw(B, "@kelly_d_fp Kelly, we are so sorry. Our technician has stopped work and our operations manager, Simon Hurst, is on his way to Little Oaks now. He'll ring you within the hour on the number the nursery has.",
                     reply_to=kelly, when="2028-08-14T13:02:00Z")
    SC("fp-thread-nursery-kept-in", "thread-with-brand",
       tw("kelly_d_fp", "we're at Calderbrook General. she's had adrenaline and they're keeping her in tonight because the swelling's spreading to her throat. two other kids were stung too. why was anyone spraying a nest over a nursery garden at lunchtime??",
          reply_to=kelly_brand, when="2028-08-14T14:10:45Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="in the brand's thread without an @: a child in hospital with swelling reaching her throat")
    stmt = tw(B, "This lunchtime, during a wasp-nest treatment at a nursery in Hollins Park, wasps swarmed into the children's garden and three children were stung. One is being cared for in hospital. We have stopped all treatments at schools and nurseries while we review what happened.",
              when="2028-08-14T16:30:00Z")
    SC("fp-brand-own-nursery-statement", "brand-own-post", stmt, expect(IGN, "low", "safety", "none"))
    SC("fp-repost-nursery-statement", "repost", tw("dad_rt_fp", "", retweet=stmt, when="2028-08-14T16:48:12Z"),
       expect(IGN, "low", "safety", "indirect"))
    sana = tw("sana_k_fp", "@tash_b_fp how was your first day back?? did they fix the air con", when="2028-08-14T17:20:05Z")
    tash = tw("tash_b_fp", "@sana_k_fp air con yes, everything else no. ferret pest came to do the mice in the office and nobody told us. the technician didn't turn up till 4, the whole kitchen stinks of bait and we can't use the fridge",
              reply_to=sana, when="2028-08-14T17:41:38Z")
    SC("fp-venting-office-mice", "third-party-venting", tash, expect(MON, "low", "bookings", "third_party"),
       note="venting to a friend in a reply thread, brand named but not tagged: don't butt in")
    SC("fp-joke-send-a-real-ferret", "joke-bystander",
       tw("puns_gaz_fp", "@tash_b_fp @sana_k_fp did they at least send an actual ferret? the only pest control I'd pay for is one in a tiny hi-vis 🐾",
          reply_to=tash, when="2028-08-14T18:02:51Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke on the name in someone else's thread", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")

    # ---- Tuesday 15 August: the story in the paper; bait in reach; bedbugs; the app falls over -----
    SC("fp-news-echo-nursery", "news-monitor",
       tw("EchoCalder_fp", "Three children taken to hospital after wasps swarmed a Hollins Park nursery garden during a treatment by Ferret Pest Control. A girl, 3, was kept in overnight. The firm has paused work at schools and nurseries. {url:https://calderbrookecho.example/news/nursery-wasps}",
          when="2028-08-15T06:45:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("fp-medical-toddler-bait-block", "medical-urgent",
       tw("jade_o_fp", f"@{B} hi, quick question. your technician put blue bait blocks in the cupboard under our sink on friday. I've just found my 18 month old sat in there chewing a bit of one. I don't know if he's swallowed any, he seems fine. how dangerous is it?",
          when="2028-08-15T07:30:18Z"),
       expect(RP, "urgent", "safety", "direct"), note="calmly asked, but a toddler may have eaten rat poison")
    SC("fp-safety-dog-ate-bait-box", "safety-urgent",
       tw("chris_p_fp", f"@{B} the bait box your lot put by the bins in the shared garden at Marsh End Court has been left wide open and my dog just ate some of the pellets. on the way to the emergency vet now. there are kids playing out there, get someone to lock it NOW",
          when="2028-08-15T08:05:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="poison open where children play, a dog already poisoned")
    SC("fp-de-giftkoeder-sandkasten", "safety-urgent",
       tw("petra_k_fp", f"@{B} In unserem Innenhof in Ebbsford liegen Giftköder offen herum, direkt neben dem Sandkasten. Der Hund meiner Nachbarin ist heute früh zusammengebrochen und liegt jetzt in der Tierklinik. Bitte sofort jemanden schicken!",
          lang="de", when="2028-08-15T08:40:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: poison bait lying open next to a sandpit, a dog already collapsed")
    rosie = tw("reno_rosie_fp", f"Paid @{B} £420 for a bedbug treatment in the new house. Six weeks later we still have them. Woke up with 30 bites on my arm this morning. Filming the whole saga for Sunday's video.",
               when="2028-08-15T09:15:03Z",
               metrics={"retweet_count": 2_100, "reply_count": 1_600, "like_count": 27_000, "quote_count": 340})
    SC("fp-big-reach-bedbugs-youtuber", "big-reach", rosie, expect(RP, "high", "results", "indirect"),
       note="920k followers; the brand tagged in passing in a post to everyone")
    SC("fp-spam-fake-support-card", "spam",
       tw("FerretHelp_fp", "@reno_rosie_fp So sorry about this! Ferret Pest support here 🐾 DM us to verify your card details and we'll refund your treatment today",
          reply_to=rosie, when="2028-08-15T09:24:40Z"),
       expect(IGN, "low", "scams", "third_party"), note="a fake support account fishing for card details in a customer's thread")
    SC("fp-in-passing-tuesday-so-far", "complaint-in-passing",
       tw("megan_l_fp", f"tuesday so far: car failed its MOT, the baby's teething, and @{B} texted at 7am to cancel the mouse appointment I took a day off work for. second time they've moved it. love it here",
          when="2028-08-15T10:02:16Z"),
       expect(RP, "normal", "bookings", "indirect"), note="the brand tagged in the middle of a bad day", known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: tags @FerretPest in a post to everyone | complaint (0.75) | the problem keeps coming back | topic bookings: 'appointment'")
    SC("fp-sarcasm-callout-genius", "sarcasm-customer",
       tw("ajay_m_fp", "Love that Ferret Pest charge a £70 call out fee to confirm that yes, that is indeed a rat. Worth every penny. Genius business model",
          when="2028-08-15T10:40:55Z"),
       expect(RP, "normal", "billing", "indirect"), note="praise words meaning the opposite")
    SC("fp-common-ferret-around-bag", "common-word",
       tw("ellie_v_fp", "me every single morning: ferret around in the bottom of my bag for the house keys for five minutes while the bus pulls away without me",
          when="2028-08-15T11:12:30Z"),
       expect(IGN, "low", None, "none"), note="'to ferret around'")
    SC("fp-namesake-pet-ferret-socks", "namesake",
       tw("biscuit_mum_fp", "Our ferret Biscuit has stolen every single sock in the house and stashed them under the sofa. Found 14 today. Criminal mastermind 🐾",
          when="2028-08-15T12:05:08Z"),
       expect(IGN, "low", None, "none"), note="a pet ferret")
    SC("fp-chatter-van-every-street", "chatter-monitor",
       tw("cal_lad_fp", "every street in calderbrook has a ferret pest van parked on it this week. wasp summer is no joke",
          when="2028-08-15T13:30:47Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Ferret Pest Control in a post to everyone | complaint (0.87)")
    SC("fp-namesake-rustline-character", "namesake",
       tw("rustmain_fp", "Ferret is the most broken character in Rustline right now. Smoke bomb, backstab, gone in three seconds. Nerf when?",
          when="2028-08-15T15:20:19Z"),
       expect(IGN, "low", None, "none"), note="a video-game character", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Ferret Pest Control in a post to everyone | complaint (0.89) | a threat against people: urgent")
    nat = tw("nat_c_fp", f"@{B} your booking app has been down all evening. 'something went wrong' every time I try to book the follow-up for the rats. is it broken for everyone?",
             when="2028-08-15T18:10:36Z")
    SC("fp-complaint-app-down", "complaint-direct", nat, expect(RP, "high", "bookings", "direct"),
       note="the booking app is down: an outage")
    SC("fp-indirect-app-lowercase", "complaint-indirect",
       tw("darren_j_fp", "ferret pest app STILL not working. trying since 6 to rebook the wasp man for tomorrow and it just spins. some of us have a nest over the front door",
          when="2028-08-15T19:25:04Z"),
       expect(RP, "high", "bookings", "indirect"), note="lower case, no tag, during the app outage")
    nat_brand = tw(B, "@nat_c_fp Sorry Nat, the app is down for everyone since about 5pm. Our developers are on it and expect it back by 10pm tonight. If it's urgent, our phone line is open until 9.",
                   reply_to=nat, when="2028-08-15T19:40:00Z")
    SC("fp-thread-app-still-down", "thread-with-brand",
       tw("nat_c_fp", "it's 10.45 and it's still the same error. cleared the cache, reinstalled the app, nothing. the rats don't care what time your developers go home",
          reply_to=nat_brand, when="2028-08-15T21:47:22Z"),
       expect(RP, "high", "bookings", "direct"), note="back in the brand's thread without an @; the promised fix time has passed")

    # ---- Wednesday 16 August: the Tanyard Court fumigation -----------------------------------------
    tanyard = tw(B, "Today and tomorrow our team is treating Tanyard Court for cockroaches for the managing agent. Residents of flats 1–24 are asked to stay out from 9am to 5pm. Any questions: 0808 157 0466.",
                 when="2028-08-16T06:30:00Z")
    SC("fp-brand-own-tanyard-notice", "brand-own-post", tanyard, expect(IGN, "low", "business", "none"))
    SC("fp-q-reply-tanyard-cat", "question-in-reply-to-brand",
       tw("dot_w_fp", "what about pets? I can't take Monty to my daughter's, she's allergic. is he alright left shut in the bedroom with the window open?",
          reply_to=tanyard, when="2028-08-16T07:10:31Z"),
       expect(RP, "normal", "safety", "direct"),
       note="a question under the brand's post, no @; 'allergic' is the daughter's cat allergy, not a medical need here", known_miss="round 17, not met yet: priority: want \"normal\", got urgent; the engine read: replies to @FerretPest: the customer is talking to the brand | a medical need: urgent | topic safety: 'allergic'")
    SC("fp-medical-fumes-asthma-next-door", "medical-urgent",
       tw("lisa_t_fp", f"@{B} I live right next door to Tanyard Court, we're not on your list. there's a chemical smell coming in through our bathroom vent since your team started and my son's asthma is off the scale. he's wheezing and on his inhaler every 20 minutes. what are you spraying??",
          when="2028-08-16T10:05:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child's asthma attack from the fumes, now")
    jo = tw("jo_t_fp", "@sam_e_fp are you at work? half of tanyard court is out on the pavement in their dressing gowns lol",
            when="2028-08-16T10:20:14Z")
    sam = tw("sam_e_fp", "@jo_t_fp yeah we got turfed out for the cockroach spraying. but old mr pell from flat 3 is still in there. he's deaf, didn't answer his door, and the ferret pest lads have sealed the doors and started. he's in there breathing the fumes. I've been banging on his window for 10 mins",
             reply_to=jo, when="2028-08-16T10:31:02Z")
    SC("fp-safety-deaf-neighbour-inside", "safety-urgent", sam, expect(ANY, "urgent", "safety", "third_party"),
       note="in a friend's thread, brand not tagged: an old man left inside during fumigation; whether to step in is a judgement, the priority is strict")
    SC("fp-chatter-fire-brigade-got-him-out", "third-party-chatter",
       tw("vic_h_fp", "@sam_e_fp @jo_t_fp it's ok, the ferret pest supervisor opened the door up and the fire brigade have got him out. he's sat on the back step of the ambulance with a cup of tea moaning about his programmes",
          reply_to=sam, when="2028-08-16T10:58:40Z"),
       expect(MON, "low", "safety", "third_party"),
       note="a stranger's reassurance in someone else's thread: alarming words, but the man is out and fine", known_miss="round 17, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a medical need: urgent | topic safety: 'fire', 'ambulance'")
    SC("fp-threat-tenant-hammer", "threat-urgent",
       tw("vic_h_fp", f"@{B} one of your technicians is locked in his van outside Tanyard Court because the bloke from flat 20 came out with a hammer screaming he'll smash his face in for 'gassing' his dog. he's still out there pacing up and down. police are on the way",
          when="2028-08-16T11:15:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="a witness: a threat with a hammer against a technician, still going on")
    SC("fp-safety-ladder-fall", "safety-urgent",
       tw("harrow_kev_fp", "ferret pest bloke has just fell off his ladder putting pigeon spikes on the flats opposite on harrow st. landed on the railings and he's not moving much. his mate's rung 999",
          when="2028-08-16T12:02:48Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: a technician badly hurt, now")
    SC("fp-legal-nursery-solicitor-hse", "legal-threat-not-urgent",
       tw("kelly_d_fp", f"@{B} Maisie's home and doing ok. two days and still nobody from your company has rung us, whatever was promised on monday. our solicitor is writing to you today and the nursery has reported it to the HSE",
          when="2028-08-16T13:00:39Z"),
       expect(RP, "high", "safety", "direct"), note="the danger is over; a legal threat is strong, not urgent")
    SC("fp-threat-call-centre-jade", "threat-urgent",
       tw("gethin_o_fp", f"@{B} third time I've been cut off by your call centre. tell that smug Jade on your phones I'll be waiting outside your Tanyard office at 5 and I'll punch her smug face in. see how smug she is then",
          when="2028-08-16T14:20:15Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("fp-fr-technicien-pas-venu", "non-english",
       tw("marie_c_fp", f"@{B} Bonjour, le technicien devait passer ce matin entre 8h et 12h pour les cafards. Personne n'est venu et aucun appel. Peut-on avoir un nouveau rendez-vous cette semaine ?",
          lang="fr", when="2028-08-16T14:55:42Z"),
       expect(RP, "normal", "bookings", "direct"), note="French: a missed visit for cockroaches")
    SC("fp-private-account-email", "private-details",
       tw("tom_b_fp", f"@{B} hi, I need a copy of the invoice and the receipt for last month's rat treatment for my landlord. account FPC-448120, email tom.barker@mailbox.example. the PDF you sent me is blank",
          when="2028-08-16T15:30:11Z"),
       expect(RV, "normal", "billing", "direct"), note="an account number and an email address in public")
    SC("fp-medical-in-passing-blue-lips", "medical-urgent",
       tw("mia_c_fp", f"what a day. boiler's packed in, the cat's been sick on the stairs, and the rat man from @{B} left his bait tin open on the back step. just caught my 2 year old with blue all over her fingers and lips. ringing 111 now",
          when="2028-08-16T15:50:05Z"),
       expect(RP, "urgent", "safety", "indirect"), note="in the middle of a bad-day list: a toddler who may have eaten rat poison")
    SC("fp-praise-priya-football-nest", "praise",
       tw("priya_g_fp", f"Shout out to Priya from @{B} who got rid of a wasp nest the size of a football from our shed this morning, calm as anything, with my two hanging out of the window asking her questions the whole time 👏",
          when="2028-08-16T16:10:27Z"),
       expect(RP, "low", None, "indirect"), note="praise, the brand tagged in passing")
    SC("fp-namesake-show-ferret-classes", "namesake",
       tw("showsec_fp", "Entries are open for Sunday's ferret classes at the Netherby Show 🏆 Best in show, best kit, best working ferret, and the famous drainpipe racing at 2pm. Enter on the day from 9.",
          when="2028-08-16T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="ferret shows and racing at a country fair", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; addressed: want \"none\", got indirect; the engine read: names Ferret Pest Control in a post to everyone | praise: thank them")

    # ---- Thursday 17 August: a rat bite at a takeaway; environmental health; fake refunds ----------
    SC("fp-medical-rat-bite-takeaway", "medical-urgent",
       tw("liam_k_fp", f"@{B} got bitten by a rat in the storeroom at work last night (Golden Grill, Marsh End, you do our contract). went through my glove, my hand's swollen and hot this morning. manager says just wash it. do I need A&amp;E? is weil's disease actually a thing?",
          when="2028-08-17T07:15:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a rat bite that is swelling: a medical need")
    SC("fp-news-takeaway-shut", "news-monitor",
       tw("EchoCalder_fp", "Marsh End takeaway shut by environmental health after rats found in the kitchen. Owner Yusuf Arslan says his pest control firm, Ferret Pest Control, missed three monthly visits. {url:https://calderbrookecho.example/news/golden-grill}",
          when="2028-08-17T08:30:00Z"),
       expect(MON, "low", "business", "indirect"))
    SC("fp-abuse-takeaway-owner", "abuse-with-problem",
       tw("yusuf_a_fp", f"@{B} you useless bunch of clowns. I pay you £180 a month on contract and your bloke hasn't been near my kitchen in 6 weeks. now I'm shut by environmental health and losing £2k a day. get someone here TODAY",
          when="2028-08-17T09:05:16Z"),
       expect(RP, "high", "business", "direct"), note="rude, with a real problem and money lost")
    SC("fp-spam-giveaway-free-removal", "spam",
       tw("WaspDrops_fp", "🐝 GIVEAWAY 🐝 Ferret Pest Control is giving away FREE wasp nest removals to 100 lucky followers this summer! Like, RT and click to claim yours 👉 {url:https://ferret-summer.example/free}",
          when="2028-08-17T10:00:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake giveaway in the brand's name")
    SC("fp-spam-funds-recovery", "spam",
       tw("recoverpro_fp", "Lost money to a fake Ferret Pest refund page this week? Been scammed? Our certified recovery agents get your funds back in 24 hours 💯 DM now",
          when="2028-08-17T10:35:29Z"),
       expect(IGN, "low", "scams", "indirect"), note="'recovery' spam riding on the week's fake accounts")
    SC("fp-question-is-refund-account-real", "question",
       tw("alison_f_fp", f"@{B} is @FerretRefund_fp really you? they've messaged me saying I'm owed £65 back for Monday's call-out and want my card details to send it. feels like a scam",
          when="2028-08-17T11:02:37Z"),
       expect(RP, "normal", "scams", "direct"), note="checking a fake account before sending anything: nothing lost")
    SC("fp-repeat-mice-follow-up", "repeat-contact",
       tw("ben_r_fp", f"@{B} asked you on monday to book the free follow-up under the guarantee. nothing. the mice are still there, I can hear them in the ceiling every night. second time asking",
          when="2028-08-17T11:40:08Z"),
       expect(RP, "high", "results", "direct"), note="he comes back: Monday's message was never answered")
    SC("fp-es-cucarachas-garantia", "non-english",
       tw("carmen_l_fp", f"@{B} Hola, hace dos semanas vino su técnico por las cucarachas de la cocina y han vuelto, siguen saliendo por la noche. ¿Entra en la garantía? ¿Cuándo pueden venir otra vez?",
          lang="es", when="2028-08-17T12:15:53Z"),
       expect(RP, "normal", "results", "direct"), note="Spanish: the cockroaches are back, under the guarantee?")
    SC("fp-it-preventivo-piccioni", "non-english",
       tw("giulia_f_fp", f"@{B} Buongiorno, vorrei un preventivo per i dissuasori anti-piccioni sul balcone, circa 4 metri. Fate anche i sabati? Grazie",
          lang="it", when="2028-08-17T13:00:21Z"),
       expect(RP, "normal", "billing", "direct"), note="Italian: a quote for pigeon spikes")
    SC("fp-html-script-slot", "html-entities",
       tw("dev_a_fp", f"@{B} the booking app shows &lt;script&gt;alert('slot')&lt;/script&gt; in the name box &amp; 'undefined' for every time slot, so I can't pick one. need the wasps done before friday",
          when="2028-08-17T13:45:30Z"),
       expect(RP, "normal", "bookings", "direct"), note="hostile HTML around a real problem; it arrives escaped")
    rob = tw("rob_m_fp", "mice in the kitchen again 🙄 anyone used ferret pest? worth it or should I just buy some traps?",
             when="2028-08-17T14:30:12Z")
    SC("fp-chatter-mice-question-to-all", "chatter-monitor", rob, expect(MON, "low", None, "indirect"),
       note="a question to his followers about the brand, not to it")
    SC("fp-chatter-advice-guarantee", "third-party-chatter",
       tw("kate_n_fp", "@rob_m_fp don't bother with the plug-in sonic things, they're useless. we had Ferret Pest out twice last year and they sorted it. just make sure you get the guarantee in writing",
          reply_to=rob, when="2028-08-17T14:51:40Z"),
       expect(MON, "low", "results", "third_party"), note="a stranger's advice in someone else's thread")
    weekend = tw(B, "We're sorry to everyone waiting for a wasp visit this week: we've had four times our usual calls. From this Saturday we're adding weekend appointments in every area. Book in the app or on 0808 157 0466.",
                 when="2028-08-17T16:00:00Z")
    SC("fp-brand-own-weekend-appointments", "brand-own-post", weekend, expect(IGN, "low", "bookings", "none"))
    SC("fp-quote-weekend-appointments", "quote",
       tw("lucy_h_fp", "'adding weekend appointments'. I booked for Monday, you cancelled it twice and the app now says the first slot is 29 August. the nest is right over my daughter's bedroom window",
          quote=weekend, when="2028-08-17T16:25:08Z"),
       expect(RP, "normal", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a moved booking")
    SC("fp-legal-takeaway-lost-trade", "legal-threat-not-urgent",
       tw("yusuf_a_fp", f"@{B} my solicitor will be in touch about the lost trade. your contract says monthly visits and your own site reports show nobody came after 2 June. I have every one of them",
          when="2028-08-17T17:30:45Z"),
       expect(RP, "high", "business", "direct"), note="a legal threat over his contract: strong, not urgent")

    # ---- Friday 18 August: a missing man; stings; bills and questions; an old court case -----------
    SC("fp-safety-dementia-dad-missing", "safety-urgent",
       tw("stu_b_fp", f"@{B} my dad (81, dementia) has gone missing. your technician was at his bungalow in Ebbsford this morning for the mice and left the back gate open. a neighbour saw him walk off up Mill Lane in his slippers about 10. police are out. did your man see which way he went?",
          when="2028-08-18T11:20:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="a missing vulnerable man")
    SC("fp-nl-wespensteek-benauwd", "medical-urgent",
       tw("anouk_v_fp", f"@{B} Uw monteur heeft gisteren een wespennest bij ons weggehaald. Vandaag ben ik in de tuin gestoken door een wesp, mijn arm is heel dik en ik ben benauwd. Ik ben allergisch. Wat moet ik doen?",
          lang="nl", when="2028-08-18T08:05:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: an allergic sting with breathlessness, now")
    SC("fp-nl-afspraak-bevestiging", "non-english",
       tw("sanne_d_fp", f"@{B} Goedemiddag, ik heb een afspraak geboekt voor muizen op dinsdag, maar ik heb geen bevestiging gekregen. Staat de afspraak wel in het systeem?",
          lang="nl", when="2028-08-18T08:40:52Z"),
       expect(RP, "normal", "bookings", "direct"), note="Dutch: a booking with no confirmation")
    SC("fp-pt-tecnico-nao-apareceu", "non-english",
       tw("rafael_c_fp", f"@{B} Olá, marquei a visita para as vespas e o técnico não apareceu. Esperei a manhã toda. Quero o reembolso, por favor.",
          lang="pt", when="2028-08-18T09:10:26Z"),
       expect(RP, "normal", "bookings", "direct"), note="Portuguese: a no-show, and a refund wanted")
    SC("fp-de-rechnung-doppelt", "non-english",
       tw("jonas_w_fp", f"@{B} Guten Tag, Ihr Techniker war am Montag wegen der Ratten da, aber die Rechnung wurde doppelt abgebucht. Wann bekomme ich die Erstattung?",
          lang="de", when="2028-08-18T09:45:14Z"),
       expect(RP, "normal", "billing", "direct"), note="German: a bill taken twice")
    SC("fp-private-card-number", "private-details",
       tw("kim_p_fp", f"@{B} you've taken the £89 for the wasp nest twice. here's the card so you can find it: 5555 5555 5555 4444 exp 09/29. refund one of them please",
          when="2028-08-18T10:20:48Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number in public")
    SC("fp-private-address-phone-moles", "private-details",
       tw("edna_m_fp", f"@{B} can you send someone for the moles in my back lawn? 14 Orchard Rise, Netherby NB4 2TJ. I'm in all day Tuesday, my phone is 07700 900562. I'm 84 so I don't do apps",
          when="2028-08-18T10:55:37Z"),
       expect(RV, "normal", "bookings", "direct"), note="a home address and a phone number in public")
    SC("fp-hotline-four-calls", "public-hotline-number",
       tw("gethin_o_fp", f"@{B} rang 0808 157 0466 four times today trying to book someone for the rats in the loft. 50 minutes on hold each time and then it cuts off. just send someone",
          when="2028-08-18T12:30:09Z"),
       expect(RP, "high", "bookings", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls")
    SC("fp-hotline-bat-bedroom", "public-hotline-number",
       tw("bea_w_fp", "Thank you to the lovely woman on Ferret's 0808 157 0466 line who talked me through what to do about a bat in the bedroom at 11pm. Not their job, she said, but she helped anyway 🦇",
          when="2028-08-18T13:05:21Z"),
       expect(RP, "low", None, "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("fp-question-bedbug-prep", "question",
       tw("zara_q_fp", f"@{B} what do I need to do before the bedbug treatment on Monday? wash everything on 60? empty the wardrobes? first flat and I'm panicking",
          when="2028-08-18T13:40:58Z"),
       expect(RP, "normal", None, "direct"))
    SC("fp-news-old-court-case", "news-monitor",
       tw("court_watch_fp", "Ferret Pest Control fined £40,000 at Calderbrook Crown Court over a 2026 incident in which a Netherby child was taken to hospital after picking up rat bait in a school playground. The firm pleaded guilty. {url:https://courtwatch.example/ferret-pest-fine}",
          when="2028-08-18T15:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of an old incident: alarming words, nobody at risk now")
    SC("fp-common-ferret-legging", "common-word",
       tw("lou_b_fp", "Just learned what ferret-legging is and now I need everyone I know to suffer with me",
          when="2028-08-18T16:10:32Z"),
       expect(IGN, "low", None, "none"), note="ferret-legging, a pub stunt")
    SC("fp-namesake-pub-quiz", "namesake",
       tw("FerretTrap_fp", "Quiz night at The Ferret &amp; Trap tonight from 8! £2 a head, cash prizes and the pie &amp; a pint deal all evening 🍻",
          when="2028-08-18T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="a pub")
    joe = tw("joe_f_fp", "@meera_s_fp how's the mouse situation? still got your lodger?", when="2028-08-18T18:00:11Z")
    meera = tw("meera_s_fp", "@joe_f_fp don't. landlord finally got ferret pest in, they put boxes down and we've still got them running about in the walls every night. and he says he won't pay for a second treatment",
               reply_to=joe, when="2028-08-18T18:20:39Z")
    SC("fp-venting-landlord-second-treatment", "third-party-venting", meera, expect(MON, "low", "results", "third_party"),
       note="venting to a friend, brand named but not tagged")
    SC("fp-joke-get-a-real-ferret", "joke-bystander",
       tw("lily_s_fp", "@meera_s_fp @joe_f_fp just get a ferret. a real one. works for food and hates mice more than Ferret Pest ever will 😂",
          reply_to=meera, when="2028-08-18T18:41:05Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke on the name in someone else's thread")
    SC("fp-chatter-avenge-me", "chatter-monitor",
       tw("mags_fp", "there's a wasp nest the size of a beach ball in mum's loft. ferret pest are coming monday. if I don't post again, avenge me 🫡",
          when="2028-08-18T19:30:27Z"),
       expect(MON, "low", None, "indirect"), note="a joke about danger: nobody at risk, nothing to answer")

    # ---- Saturday 19 August: the show, the club run, more complaints and praise -------------------
    SC("fp-namesake-wheelers-club-run", "namesake",
       tw("wheelers_fp", "Ferret Wheelers Saturday club run: 9am from the Tanyard clock, 45 miles out to Netherby and back with the usual café stop. Nobody gets dropped 🚴",
          when="2028-08-19T06:15:00Z"),
       expect(IGN, "low", "business", "none"), note="a cycling club; 'café' is their coffee stop, not a business customer", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Ferret Pest Control in a post to everyone | complaint (0.61) | topic business: 'cafe', 'café'")
    SC("fp-namesake-councillor-surgery", "namesake",
       tw("HollinsNews_fp", "Cllr Jan Ferret holds her ward surgery at Hollins Park library this morning, 10 till 12. Bins, potholes, parking: drop in and say hello",
          when="2028-08-19T07:00:00Z"),
       expect(IGN, "low", None, "none"), note="a councillor called Ferret")
    SC("fp-namesake-ferret-bit-the-vet", "namesake",
       tw("pickle_fp", "Took Pickle the ferret to the vet for his jabs and he bit the vet. Twice. She said it was the most ferret thing she's seen all year 😂",
          when="2028-08-19T08:20:44Z"),
       expect(IGN, "low", "safety", "none"), note="a pet ferret; 'vet' and a bite, but nobody needs help")
    SC("fp-common-nan-ferret-out", "common-word",
       tw("rach_j_fp", "Give my nan ten minutes at a wedding and she'll ferret out every divorce, affair and unpaid debt in the room. MI5 are missing a trick",
          when="2028-08-19T09:05:17Z"),
       expect(IGN, "low", None, "none"), note="'to ferret out'")
    SC("fp-common-rabbiting-dawn", "common-word",
       tw("farmer_dan_fp", "Out with the ferret and the nets at first light along the top field. Nine rabbits before breakfast and the dog very pleased with herself",
          when="2028-08-19T09:40:52Z"),
       expect(IGN, "low", None, "none"), note="a working ferret, rabbiting")
    SC("fp-complaint-no-show-dead-mice", "complaint-direct",
       tw("danny_w_fp", f"@{B} your lad set traps behind the fridge and said he'd be back wednesday to check them. wednesday's appointment was a no-show, nobody rang. now there's 3 dead mice back there and the whole kitchen stinks",
          when="2028-08-19T10:10:36Z"),
       expect(RP, "normal", "bookings", "direct"))
    SC("fp-praise-hornets-chimney", "praise",
       tw("amy_k_fp", f"Massive thanks @{B}, hornet nest in the chimney gone in 20 minutes on a Saturday morning and the technician even hoovered up after himself. Worth it",
          when="2028-08-19T11:00:24Z"),
       expect(RP, "low", "bookings", "indirect"), note="thanks with the brand tagged mid-post")
    SC("fp-abuse-cat-poisoned-shed", "abuse-with-problem",
       tw("vets_mum_fp", f"@{B} absolute cowboys. you put poison down in my shed with no box, my cat got in there and was poisoned. £600 vet bill and she's lucky to be alive. pay it or I'm on every review site going",
          when="2028-08-19T11:45:13Z"),
       expect(RP, "high", "safety", "direct"), note="rude, with a real problem; the cat has pulled through, so the danger is over: high, not urgent")
    SC("fp-sarcasm-guaranteed-bread-bin", "sarcasm-customer",
       tw("holly_p_fp", "thanks ferret pest for the 'guaranteed' mouse treatment. they've now moved into the bread bin. guaranteed entertainment I suppose 👏",
          when="2028-08-19T12:30:49Z"),
       expect(RP, "normal", "results", "indirect"), note="thanks meaning the opposite")
    SC("fp-indirect-misspelt-cancelled", "complaint-indirect",
       tw("paula_g_fp", "ferret pest controll cancelled on me AGAIN. booked 2 weeks ago for the wasps, took the day off, nobody came and nobody rang. never again",
          when="2028-08-19T13:15:02Z"),
       expect(RP, "normal", "bookings", "indirect"), note="lower case and misspelt, no tag: her own visit", known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: names Ferret Pest Control in a post to everyone | describes their own experience | complaint (0.88) | repeat contact | topic bookings: 'booking', 'book'")
    SC("fp-question-dying-to-know", "question",
       tw("neil_t_fp", f"@{B} dying to know when my wasp appointment is actually going to happen. the app has said 'pending' since tuesday",
          when="2028-08-19T14:05:31Z"),
       expect(RP, "normal", "bookings", "direct"), note="'dying to know' is a figure of speech")
    SC("fp-complaint-scratching-killing-me", "complaint-direct",
       tw("holly_p_fp", f"@{B} the scratching in the loft at 3am is killing me. two visits, two lots of bait, and I still hear them every night. when does the guarantee actually do something?",
          when="2028-08-19T15:00:18Z"),
       expect(RP, "normal", "results", "direct"), note="'killing me' is a figure of speech")
    SC("fp-namesake-footballer-winner", "namesake",
       tw("CalderTown_fp", "FT: Calderbrook Town 2-1 Ebbsford United. Jess Ferret with the winner in the 88th minute, what a strike ⚽🔴",
          when="2028-08-19T16:55:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer called Ferret")
    SC("fp-big-reach-mum-third-time", "big-reach",
       tw("RossTalks_fp", f"@{B} third time you've cancelled on my mum. 79 years old, rats in her kitchen, and she's sat in her front room waiting for a technician who never comes. sort it.",
          when="2028-08-19T17:40:22Z",
          metrics={"retweet_count": 1_300, "reply_count": 900, "like_count": 15_000, "quote_count": 120}),
       expect(RP, "high", "bookings", "direct"), note="1.4m followers, and the third cancellation")

    # ---- Sunday 20 August: the show, the nursery girl home, the week's loose ends -----------------
    SC("fp-common-ferret-away-chocolate", "common-word",
       tw("steph_r_fp", "I ferret away chocolate in the freezer behind the peas so the kids don't find it. They found it. They always find it",
          when="2028-08-20T08:10:15Z"),
       expect(IGN, "low", None, "none"), note="'to ferret away'")
    SC("fp-common-sister-such-a-ferret", "common-word",
       tw("nina_h_fp", "my sister is such a ferret. been through every drawer in my room looking for my hair straighteners and left it like a crime scene",
          when="2028-08-20T08:45:38Z"),
       expect(IGN, "low", None, "none"), note="'a ferret' for a snoop")
    SC("fp-common-lost-ferret-mango", "common-word",
       tw("anon_lost_fp", "LOST: ferret, white with a dark mask, answers to Mango. Last seen near the Tanyard allotments on Saturday night. Please message me if you see him, my daughter is heartbroken 🙏",
          when="2028-08-20T09:15:21Z"),
       expect(IGN, "low", None, "none"), note="a lost pet ferret, not a missing person and not the company")
    kelly_brand2 = tw(B, "@kelly_d_fp Kelly, our managing director Anna Croft will ring you this afternoon, and we'll share our review of Monday with you and the nursery before anyone else.",
                      reply_to=kelly, when="2028-08-16T13:40:00Z")
    SC("fp-thread-nursery-home-now", "thread-with-brand",
       tw("kelly_d_fp", "she's home, swelling's gone, back to being a cheeky little monkey. thank you for the flowers and for your director finally ringing. I still want to see that review",
          reply_to=kelly_brand2, when="2028-08-20T10:05:12Z"),
       expect(RP, "high", "safety", "direct"), strict=False,
       note="back in the brand's thread after an answer: the danger is over; thanks with a standing complaint (high, or low as praise)")
    SC("fp-repost-youtuber-bedbugs", "repost", tw("dad_rt_fp", "", retweet=rosie, when="2028-08-20T10:40:07Z"),
       expect(IGN, "low", "results", "indirect"))
    SC("fp-quote-nursery-statement-school", "quote",
       tw("kay_r_fp", "'stopped all treatments at schools and nurseries'. so who's doing the wasp nest over the Year 2 door at Ebbsford Primary you were booked for on Friday? term starts in 2 weeks",
          quote=stmt, when="2028-08-20T11:20:55Z"),
       expect(RP, "normal", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a booked job left undone")
    SC("fp-q-reply-weekend-cost-extra", "question-in-reply-to-brand",
       tw("fern_a_fp", "do the weekend slots cost extra? the app doesn't say either way",
          reply_to=weekend, when="2028-08-20T11:55:42Z"),
       expect(RP, "normal", "bookings", "direct"), note="a question under the brand's post, no @")
    SC("fp-repeat-refund-third-message", "repeat-contact",
       tw("paula_g_fp", f"@{B} this is my third message this week. the refund for the wasp visit YOU cancelled still hasn't come through",
          when="2028-08-20T12:30:19Z"),
       expect(RP, "high", "billing", "direct"), note="the third time asking about the same refund")
    SC("fp-complaint-pigeon-netting-invoice", "complaint-direct",
       tw("neil_t_fp", f"@{B} you quoted £350 for pigeon netting on my balcony, then the invoice comes in at £520 'for access'. nobody mentioned access. explain please",
          when="2028-08-20T13:10:33Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("fp-indirect-moles-didnt-work", "complaint-indirect",
       tw("sophie_m_fp", "Paid Ferret Pest £95 to sort the moles in our lawn and it didn't work. Two weeks later there are more molehills than before. Absolute waste of money",
          when="2028-08-20T13:45:10Z"),
       expect(RP, "normal", "results", "indirect"))
    SC("fp-question-cafe-contract-eho", "question",
       tw("tariq_n_fp", f"@{B} we run a small café in Netherby and want a monthly contract for mice prevention. do you do written site reports we can show the EHO?",
          when="2028-08-20T14:20:46Z"),
       expect(RP, "normal", "business", "direct"))
    SC("fp-medical-fr-enceinte-punaises", "medical-urgent",
       tw("marie_c_fp", f"@{B} Bonjour, je suis enceinte de 5 mois et votre technicien vient traiter l'appartement contre les punaises de lit jeudi. Est-ce que le produit est dangereux pour le bébé ? Combien de temps dois-je rester dehors ?",
          lang="fr", when="2028-08-20T15:05:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="French, a calm question about a pregnancy and the treatment")
    SC("fp-medical-es-alergia-avispas", "medical-urgent",
       tw("carmen_l_fp", f"@{B} Hola, mañana vienen a quitar el nido de avispas del jardín. Mi marido es alérgico a las picaduras (tuvo una reacción muy fuerte el año pasado). ¿Es mejor que no esté en casa?",
          lang="es", when="2028-08-20T15:40:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, a calm question: a husband allergic to wasp stings")
    SC("fp-html-template-email", "html-entities",
       tw("mia_c_fp", f"@{B} your email says 'Hi &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your wasp appointment is confirmed for &lt;%= date %&gt;' &amp; nothing else. so which day are you coming?",
          when="2028-08-20T16:20:14Z"),
       expect(RP, "normal", "bookings", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("fp-in-passing-long-day-charged", "complaint-in-passing",
       tw("pat_o_fp", f"long day: two flat viewings, a parking ticket, and @{B}'s lad turned up 3 hours late, sprayed for 5 minutes and charged me the full £120. summer in calderbrook",
          when="2028-08-20T17:00:39Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a list")
    SC("fp-namesake-show-racing-result", "namesake",
       tw("showsec_fp", "Ferret racing final result 🏁 1st Mango II (Netherby), 2nd Little Stinker, 3rd Dave. Thank you to every ferret and every owner, and to the St John volunteers for a quiet day in the first aid tent",
          when="2028-08-20T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="ferret racing at the show", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; addressed: want \"none\", got indirect; the engine read: names Ferret Pest Control in a post to everyone | praise: thank them")
    return brand


BRANDS["ferret-pest"] = ("FerretPest", 7178901245, build_ferret_pest)
