# Flint (Flint Devices): a made-up maker of smartphones (Nova 11, Nova 12, Nova 12 Pro), tablets
# (Slate 5), laptops (Ledger 14) and earbuds (Buds 3), with its own software (FlintOS), repair
# centres in the made-up towns of Caddonbridge, Sallowfield, Merrow Cross and Dunmarsh, and an
# online store: orders and deliveries, trade-ins, warranty claims, repairs, software updates and a
# Flint ID account with cloud backup. Swollen or burning batteries, burns, threats and medical
# needs (glucose alerts, hearing-aid mode, pacemakers, emergency calls) go to the safety desk.
# "Flint" is also the stone (a worked flint on the beach, a lighter flint, flint and steel for a
# camp fire, crown-and-flint glass in a telescope lens), Flint in Michigan (its
# water crisis and a community hub lending laptops), Flint in Wales and Flintshire (road repairs),
# Flint Lockwood the cartoon inventor, Keith Flint of The Prodigy, a surname (a retiring physics
# teacher), Captain Flint the pirate (and a parrot named after him), Flint gin, and Flint Computer
# Services, an independent repair shop: none of them is the device maker.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of Monday
# 6 December 2027: FlintOS 14.2 rolls out on Monday and by Tuesday Nova 12 phones and Slate 5
# tablets are running hot and draining by lunchtime (a tech reviewer with 640k followers says
# "don't install it"); the rollout is paused. On Wednesday photos of swollen Slate 5 batteries go
# viral (one from a TV presenter with 1.2M followers) and the safety scare runs alongside the
# update complaints; 14.2.1 fixes the overheating on Thursday. Around it: Christmas orders,
# trade-ins, repairs and the usual namesakes.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, order,
# IMEI and account number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_flint_devices():
    global CURRENT_BRAND, CLOCK
    brand = Brand("flint-devices", SCEN_DIR / "flint-devices.plan.toml", "FlintDevices", 4445678942, 1861220000000004601)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-12-06T05:30:00Z")
    B = "FlintDevices"
    user(B, "Flint", 4445678942,
         "Flint help 📱 Nova, Slate, Ledger & Buds. We're here 8am–10pm every day. Store & repairs 0808 157 0460. "
         "Battery looks swollen? Stop using it, don't charge it. Never post card, IMEI or account details here.",
         96_400, following=1_150, tweets=142_000, listed=610, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9740100000 + _n[0] * 4129, bio, followers, **kw)

    person("gadget_gran_fl", "Pam Rigby", "72 and not afraid of tech. Retweeting useful things since 2011.", 340)
    person("devon_marsh_fl", "Devon Marsh", "Podcasts, cycling, too many earbuds. Sallowfield.", 610)
    person("ash_pereira_fl", "Ash Pereira", "Upgrading every two years whether I need to or not.", 280)
    person("nina_okafor_fl", "Nina Okafor", "Mum of Ada (nearly 8). HR. Merrow Cross.", 230)
    person("callum_r_fl", "Callum Reid", "Caddonbridge. Coffee first.", 450)
    person("FlintMIHubNews", "Eastside Hub News", "News from the Eastside Community Hub, Flint, MI. Classes, lending, events.", 12_400, following=700)
    person("bertie_s_fl", "Bertie Sloan", "Grandad's lighter collector. Tinkerer.", 190)
    person("tom_e_fl", "Tom Etheridge", "Commuter. Shirt stains are my personality.", 310)
    person("jess_ok_fl", "Jess Okonkwo", "Uni. Deadlines. More deadlines.", 160)
    person("CaddonEcho", "Caddonbridge Echo", "News for Caddonbridge and the valley since 1884. Tips: news@caddonecho.example", 28_000, following=820, verified=True)
    person("mira_l_fl", "Mira Lindqvist", "Freelance designer. My phone is my office.", 740)
    person("leo_b_fl", "Leo Barnes", "Films, trains, crying at adverts.", 220)
    person("tamsin_tech", "Tamsin Achebe", "Phones, laptops and honest reviews. 640k on here, more on YouTube. Not sponsored unless I say so.",
           640_000, following=1_100, listed=4_200, verified=True)
    person("punchline_pete", "Pete Arkwright", "Puns on demand. Paid in groans.", 1_300)
    person("nova_fan_fl", "Rhys Vaughan", "Phone nerd. Benchmarks at breakfast.", 890)
    person("kezia_m_fl", "Kezia Mbeki", "Paralegal. Tea. Sarcasm, lightly applied.", 510)
    person("lola_fitz_fl", "Lola Fitzgerald", "Bus stop philosopher. Sallowfield.", 330)
    person("yasmin_k_fl", "Yasmin Khalil", "Student nurse. Powered by meal deals.", 260)
    person("gareth_pl_fl", "Gareth Plumb", "Plumber. Own business. Phone never stops (when it works).", 410)
    person("lou_ferrante_fl", "Louisa Ferrante", "Teacher. Two teens, one dog, no patience left.", 380)
    person("amara_fl", "Amara Boateng", "Mum to Kobi (9, T1D warrior). Nurse. Tired.", 620)
    person("ruthie_b_fl", "Ruth Bellamy", "Daughter, carer, accountant. Dunmarsh.", 190)
    person("bex_harlow_fl", "Bex Harlow", "Marketing. Gym. Snacks.", 1_100)
    person("sam_quill_fl", "Sam Quill", "Electrician. Sallowfield.", 240)
    person("gio_bytes_fl", "Gio Ferrari", "Back-end dev. Front-end complainer.", 760)
    person("techie_tom_fl", "Tom Ashby", "IT support by day, family IT support by night.", 1_900)
    person("harriet_v_fl", "Harriet Voss", "Estate agent. Always on the phone, literally.", 300)
    person("olu_fl", "Olu Adeyemi", "Delivery driver. Merrow Cross. Navigation app addict.", 180)
    person("lucia_fl", "Lucía Moreno", "De Valencia, vivo en Caddonbridge. Traductora.", 350)
    person("ronnie_dale", "Ronnie Dale", "Telly. Radio. Dad of three. Saturday mornings on Channel Four-ish 📺",
           1_200_000, following=880, listed=6_100, verified=True)
    person("TechWireUK", "TechWire UK", "Consumer tech news, reviews and recalls. Tips: desk@techwire.example", 47_000, following=1_400, verified=True)
    person("hanna_k_fl", "Hanna Kowalski", "Sallowfield. Two kids, one tablet, many arguments.", 210)
    person("pablo_r_fl", "Pablo Ruiz", "Madrileño en Sallowfield. Papá de dos.", 280)
    person("margaux_fl", "Margaux Lefèvre", "Parisienne à Dunmarsh. Maman de Inès.", 240)
    person("daan_fl", "Daan Visser", "Uit Groningen, woont in Merrow Cross. Papa van Sem.", 170)
    person("kai_dev_fl", "Kai", "junior dev. coffee. chaos.", 520)
    person("nadia_p_fl", "Nadia Petrova", "Mum of 3. Sallowfield.", 310)
    person("chris_odd_fl", "Chris Oddie", "Caddonbridge. Dad. Gamer.", 260)
    person("gav_t_fl", "Gav Tulley", "", 60)
    person("quay_rage_fl", "M", "", 12)
    person("keith_ames_fl", "Keith Ames", "Retired engineer. I read the small print.", 430)
    person("FlintSafetyTeam", "Flint Battery Safety Team ✅", "Official battery recall & replacement desk ✅ DM for free replacements", 44, following=4_800)
    person("rave_relic_fl", "Marc Doherty", "Old raver. Still has the glowsticks.", 880)
    person("gin_o_clock_fl", "Sophie Hale", "Gin, books, dogs. In that order.", 530)
    person("wildcamp_wes", "Wes Lander", "Wild camping, bushcraft, bad weather. Dartmoor-ish.", 3_600)
    person("mina_rose_fl", "Mina Rose", "Hairdresser. Merrow Cross. Always on a call.", 290)
    person("bantz_barry_fl", "Barry Nunn", "Here for the replies.", 410)
    person("jen_moss_fl", "Jen Moss", "Mum of Alfie & Rose. Sallowfield.", 260)
    person("dee_cole_fl", "Dee Cole", "Gym. Music. Buds in 24/7.", 350)
    person("tony_b_fl", "Tony Brennan", "Taxi driver. Dad of a uni student.", 120)
    person("marj_fl", "Marjorie Pell", "Grandma of five. My grandson set this up.", 28)
    person("rich_v_fl", "Richard Vance", "Surveyor. Dunmarsh.", 380)
    person("kofi_fl", "Kofi Mensah", "Photographer. Backups of my backups.", 1_250)
    person("priya_n_fl", "Priya Nair", "Architect. Pixel peeper.", 670)
    person("ollie_j_fl", "Ollie James", "Designer. Sallowfield. Laptop is my life.", 560)
    person("fern_w_fl", "Fern Whitaker", "Runner, reader, rarely on time.", 300)
    person("free_nova_x", "FREE Phones 🎁", "Free phones every week 🎁 Follow + RT to enter", 5_200, following=4_900)
    person("recoverpro_x", "RecoverPro ✅", "Licensed fund recovery. Crypto, card, scam. 100% success ✅ DM", 7_700, following=5_000)
    person("nico_s_fl", "Nico Santos", "Frontend dev. Browser tabs: 212.", 1_400)
    person("h4x_kid_fl", "Free Stuff Daily", "🎁🎁🎁", 90, following=4_950)
    person("deeside_roads", "Deeside Roads Watch", "Roadworks, closures and delays across Deeside and Flintshire.", 9_800)
    person("film_night_fl", "Sasha Greene", "Film nights with the kids. Popcorn critic.", 420)
    person("polly_owner_fl", "Gemma Ryland", "One parrot, zero peace.", 650)
    person("mike_tyler_fl", "Mike Tyler", "Dunmarsh. Old laptops never die.", 230)
    person("GreatLakesWire", "Great Lakes Wire", "Reporting from Michigan and the Great Lakes. Independent, reader funded.", 64_000, following=1_200, verified=True)
    person("old_pupil_fl", "Rob Finch", "Sallowfield High class of 2004.", 310)
    person("mudlark_meg", "Meg Tarrant", "Beachcomber. Mudlark. Pockets full of stones.", 2_100)
    person("astro_ollie_fl", "Ollie Kerr", "Backyard astronomer. Cloudy nights are a personal attack.", 1_700)
    person("pricey_paul_fl", "Paul Dunn", "Bargain hunter. Dunmarsh.", 270)
    person("liv_h_fl", "Liv Hughes", "Caddonbridge. Clumsy.", 200)
    person("bry_fl", "Bryony Cole", "Fixes things. Complains about things.", 330)
    person("greg_w_fl", "Greg Walsh", "Dad of two. Worrier.", 150)
    person("sparky_jo_fl", "Jo Pell", "Electrician. Calm in a crisis.", 620)
    person("joana_fl", "Joana Ferreira", "De Braga, vivo em Caddonbridge. Enfermeira.", 230)
    person("mareike_fl", "Mareike Braun", "Mama von Finn (2). Hebamme.", 140)
    person("marco_r_fl", "Marco Rossi", "Papà da tre settimane. Sallowfield.", 230)
    person("gwen_fl", "Gwen Hardy", "Daughter of a very deaf dad. Dunmarsh.", 180)
    person("sue_h_fl", "Sue Hollis", "Retired teacher. Husband, garden, grandkids.", 95)
    person("kerry_l_fl", "Kerry Lowe", "Mum of Evie (11). Pharmacy.", 240)
    person("busy_bea_fl", "Bea Ramsay", "Mum. Costume maker (reluctant). Wine.", 370)
    person("mo_khan_fl", "Mo Khan", "Courier. Caddonbridge. No patience for queues.", 110)
    person("sandra_m_fl", "Sandra Moyo", "Daughter. Carer. Sallowfield.", 200)
    person("rosa_d_fl", "Rosa Diaz", "Video calls for a living.", 430)

    # ---- Monday 6 December: FlintOS 14.2 rolls out ----------------------------------------
    os142 = tw(B, "Software update: FlintOS 14.2 is rolling out now to Nova 11, Nova 12 and Slate 5 📲 Smoother animations, a new battery health screen and Buds 3 call fixes. Settings → Software update. Full notes 👉 {url:https://flintdevices.example/os-14-2}",
               when="2027-12-06T07:00:00Z")
    SC("flint-brand-own-os-14-2", "brand-own-post", os142, expect(IGN, "low", "software", "none"))
    SC("flint-repost-os-14-2", "repost", tw("gadget_gran_fl", "", retweet=os142, when="2027-12-06T07:22:10Z"),
       expect(IGN, "low", "software", "indirect"))
    SC("flint-q-reply-buds-calls-update", "question-in-reply-to-brand",
       tw("devon_marsh_fl", "does this fix the Buds 3 cutting out on calls? and can I update straight from 14.0 or do I need 14.1 first?",
          reply_to=os142, when="2027-12-06T07:41:36Z"),
       expect(RP, "normal", "software", "direct"), note="a question in the brand's thread, no @")
    SC("flint-question-trade-in-valuation", "question",
       tw("ash_pereira_fl", f"@{B} sent my old Nova 9 off for trade-in last Tuesday and tracking says you got it Thursday. how long does the valuation usually take? I want to use the credit before the Nova 12 offer ends on Sunday",
          when="2027-12-06T08:15:02Z"),
       expect(RP, "normal", "trade_in", "direct"))
    slate_order = tw("nina_okafor_fl", f"@{B} ordered a Slate 5 on the 29th with next-day delivery for my daughter's birthday. a week later it still says 'preparing for dispatch' and the chat just says sorry. her birthday was Saturday.",
                     when="2027-12-06T08:52:47Z")
    SC("flint-complaint-slate-order-birthday", "complaint-direct", slate_order, expect(RP, "normal", "orders", "direct"))
    slate_order_brand = tw(B, "@nina_okafor_fl Nina, I'm so sorry it missed her birthday. I've chased the warehouse myself: the order is going out today and you'll get tracking by 6pm. I'll keep an eye on it for you.",
                           reply_to=slate_order, when="2027-12-06T09:20:31Z")
    SC("flint-praise-repair-centre-castle-st", "praise",
       tw("callum_r_fl", "Big shout out to the Flint repair centre on Castle Street in Caddonbridge. Cracked screen on my Nova 11 replaced in 40 minutes while I had a coffee, and Priya explained everything. Brilliant 👏",
          when="2027-12-06T09:45:18Z"),
       expect(RP, "low", "repairs", "indirect"), note="praise, brand named without a tag: answer it")
    SC("flint-namesake-flint-mi-hub-laptops", "namesake",
       tw("FlintMIHubNews", "New at the Eastside Community Hub in Flint: 150 laptops and 80 tablets you can borrow free for 3 weeks with a library card. The repairs desk is open Saturdays 10–2 for anything that breaks.",
          when="2027-12-06T14:00:00Z"),
       expect(IGN, "low", "repairs", "none"),
       note="a community hub in Flint, Michigan lending laptops; 'repairs' is a repairs keyword, but it is not the brand",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Flint Devices in a post to everyone | news or an announcement about the brand | topic repairs: 'repair', 'repairs', 'repaired'")
    SC("flint-common-lighter-flint", "common-word",
       tw("bertie_s_fl", "my grandad's old Zippo won't light any more. pretty sure the flint's worn down to a stub. where do you even buy replacement flints these days? the corner shop looked at me like I'd asked for a fax machine",
          when="2027-12-06T10:30:44Z"),
       expect(IGN, "low", "repairs", "none"), note="a lighter flint; 'replacement' is a repairs keyword")
    SC("flint-in-passing-trade-in-scratch", "complaint-in-passing",
       tw("tom_e_fl", f"Monday scorecard: missed the 7.42, spilt coffee on my only white shirt, and @{B} valued the Nova 10 I sent for trade-in at £35 instead of the £180 they quoted, because of a 'hairline scratch' I can't even see. great start",
          when="2027-12-06T11:05:09Z"),
       expect(RP, "normal", "trade_in", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("flint-private-order-email", "private-details",
       tw("jess_ok_fl", f"@{B} my order FL-ORD-7731942 still hasn't arrived and the tracking link is dead. it's under jess.okonkwo82@mailbox.example if you need to look it up. please just tell me where my laptop is, I have a dissertation due",
          when="2027-12-06T11:48:26Z"),
       expect(RV, "normal", "orders", "direct"), note="an order number and an email address in public")
    SC("flint-chatter-advert-old-dog", "chatter-monitor",
       tw("leo_b_fl", "the new Flint advert with the old dog and the grandad learning to video call is making me cry on the train. not ok 😭",
          when="2027-12-06T17:25:40Z"),
       expect(MON, "low", None, "indirect"))
    mira = tw("mira_l_fl", f"@{B} updated my Nova 12 to 14.2 last night and today it's been warm just sitting on my desk doing nothing. battery went from 100 to 38 by lunch. it was fine on 14.1",
              when="2027-12-06T19:10:14Z")
    SC("flint-complaint-nova-warm-after-update", "complaint-direct", mira, expect(RP, "normal", "software", "direct"),
       note="one phone warm and draining: an ordinary complaint on the first day")

    # ---- Tuesday 7 December: the overheating and drain burst --------------------------------
    tamsin = tw("tamsin_tech", f"Heads up if you've got a Flint Nova 12: the 14.2 update is cooking them. Mine idles at 44°C and drained 61% overnight doing nothing, and three of my team's phones are the same. Don't install it yet. @{B} please pull it",
                when="2027-12-07T07:30:00Z",
                metrics={"retweet_count": 3100, "reply_count": 2200, "like_count": 41_500, "quote_count": 520})
    SC("flint-big-reach-reviewer-cooking", "big-reach", tamsin, expect(RP, "high", "software", "indirect"),
       note="640k followers; the handle at the end of a post to everyone")
    SC("flint-joke-named-after-fire", "joke-bystander",
       tw("punchline_pete", "@tamsin_tech Flint? they named a phone company after the thing you start fires with, what did everyone expect 🔥😂",
          reply_to=tamsin, when="2027-12-07T07:44:21Z"),
       expect(IGN, "low", "safety", "third_party"),
       note="a bystander's pun on the brand's name in someone else's thread; 'fires' is a safety keyword",
       known_miss="round 12, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | a joke by a bystander, not a customer's problem | a danger to health or safety: urgent | topic safety: 'fire'")
    SC("flint-repost-reviewer", "repost", tw("nova_fan_fl", "", retweet=tamsin, when="2027-12-07T07:58:50Z"),
       expect(IGN, "low", "software", "indirect"),
       known_miss="round 12, not met yet: addressed: want \"indirect\", got none; the engine read: a repost: reposts never open cases | topic software: 'update', 'drain'")
    ack = tw(B, "We know some Nova 12 and Slate 5 owners are seeing phones running hot and battery drain after the 14.2 software update. We've paused the rollout while our engineers fix it, and we'll post here as soon as the fix is ready. Sorry, and thank you for the reports 🙏",
             when="2027-12-07T10:00:00Z")
    SC("flint-quote-running-hot-fry-egg", "quote",
       tw("kezia_m_fl", "'running hot' is a very polite way of saying my phone could fry an egg and is dead by 2pm 🙃 paused the rollout AFTER it landed on mine, cheers",
          quote=ack, when="2027-12-07T10:21:37Z"),
       expect(RP, "normal", "software", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own phone")
    SC("flint-sarcasm-hand-warmer", "sarcasm-customer",
       tw("lola_fitz_fl", f"@{B} thanks for adding a hand warmer in the 14.2 update, genuinely handy at the bus stop this morning. shame the rest of the phone only lasts till lunch now 🥰",
          when="2027-12-07T08:20:05Z"),
       expect(RP, "normal", "software", "direct"), note="sarcasm with no complaint word: the phone overheats and drains")
    SC("flint-hyperbole-update-killing-me", "complaint-indirect",
       tw("yasmin_k_fl", "this Flint update is actually killing me. phone dead by 11am every day, I'm carrying a power bank around like it's 2012 💀",
          when="2027-12-07T09:05:48Z"),
       expect(RP, "normal", "software", "indirect"), note="'killing me' is a figure of speech: an ordinary complaint, not urgent",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: names Flint Devices in a post to everyone | describes their own experience | complaint (0.61) | loss of service | topic software: 'update'")
    SC("flint-abuse-clowns-missed-jobs", "abuse-with-problem",
       tw("gareth_pl_fl", f"@{B} you absolute clowns. 3 days of my phone draining flat by 10am since your garbage update. I run my business off this thing and I've missed 2 jobs because customers couldn't get through. sort it out",
          when="2027-12-07T09:40:19Z"),
       expect(RP, "high", "software", "direct"), note="insults, but a real problem that is costing him work")
    SC("flint-safety-in-passing-scorched-table", "safety-urgent",
       tw("lou_ferrante_fl", "Long week already. Store sent the wrong colour case, the Flint chat bot keeps looping, the 14.2 update has wrecked my battery, and last night it got so hot on the charger it scorched the bedside table and smelt of burning plastic. Is that normal now??",
          when="2027-12-07T11:12:33Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="a phone scorching furniture on charge, told in passing inside a list of complaints")
    SC("flint-medical-glucose-alerts-son", "medical-urgent",
       tw("amara_fl", f"@{B} my son is 9 and type 1 diabetic. since the 14.2 update the glucose app on his Nova 11 has stopped giving low alerts. last night he dropped to 2.9 and we only caught it because I checked him. is this a known bug? what do I do tonight?",
          when="2027-12-07T12:02:57Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child's low-glucose alarms silenced by the update: a medical need")
    SC("flint-safety-mum-87-no-calls", "safety-urgent",
       tw("ruthie_b_fl", f"@{B} my mum is 87 and lives alone. since the update her phone won't make calls at all, it just drops straight away. it's her only phone and she's had two falls this year. if she falls again she can't ring 999. how do I fix this today?",
          when="2027-12-07T12:40:11Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly woman who lives alone cannot call for help")
    dying = tw("bex_harlow_fl", "is everyone's phone dying by lunchtime this week or is it just me 😩", when="2027-12-07T13:00:00Z")
    SC("flint-venting-paid-900", "third-party-venting",
       tw("sam_quill_fl", "@bex_harlow_fl not just you. mine's a Flint and it's been running hot and draining like mad since their update on Monday. paid £900 for this thing",
          reply_to=dying, when="2027-12-07T13:14:26Z"),
       expect(MON, "low", "software", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    battery_q = tw("gio_bytes_fl", "new phone's battery has been shocking since the weekend. any tips before I throw it in the canal?", when="2027-12-07T13:30:00Z")
    SC("flint-chatter-turn-off-refresh", "third-party-chatter",
       tw("techie_tom_fl", "@gio_bytes_fl if it's a Flint, turn off background refresh and always-on display until they fix the update. got mine from dead-by-2 to lasting the day",
          reply_to=battery_q, when="2027-12-07T13:47:52Z"),
       expect(MON, "low", "software", "third_party"), note="a stranger's advice in someone else's thread")
    SC("flint-hotline-55-minutes", "public-hotline-number",
       tw("harriet_v_fl", f"@{B} 55 minutes on hold on 0808 157 0460 about the overheating and then it cut off. my Nova 12 is on 14.2 and dies by 1pm. is there a fix or not?",
          when="2027-12-07T14:20:08Z"),
       expect(RP, "normal", "software", "direct"), strict=False, note="the brand's own number is not a private detail")
    olu = tw("olu_fl", f"@{B} Nova 12 on 14.2 getting hot in my pocket and the battery's gone by 3pm. I use it for navigation all day at work. do I wait for a fix or roll back?",
             when="2027-12-07T15:02:45Z")
    SC("flint-question-wait-or-roll-back", "question", olu, expect(RP, "normal", "software", "direct"))
    olu_brand = tw(B, "@olu_fl Hi Olu, please don't roll back, it can wipe your data. A fix is coming this week. Till then, Settings → Display → turn off 'Adaptive refresh' and the phone should run cooler. Tell me how you get on 🙏",
                   reply_to=olu, when="2027-12-07T15:18:30Z")
    olu2 = tw("olu_fl", "done, adaptive refresh is off. it's a bit cooler but still lost 30% sat in the van since 9. is that it until the update comes?",
              reply_to=olu_brand, when="2027-12-07T16:40:13Z")
    SC("flint-thread-olu-still-30", "thread-with-brand", olu2, expect(RP, "normal", "software", "direct"),
       note="a reply to the brand's reply without an @",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: replies to @FlintDevices: the customer is talking to the brand | complaint (0.67) | repeat contact | topic software: 'update'")
    olu_brand2 = tw(B, "@olu_fl Thanks for trying it, Olu. That drain is exactly what the fix is for: 14.2.1 should reach you on Thursday and I'll check back in with you then.",
                    reply_to=olu2, when="2027-12-07T16:55:41Z")
    SC("flint-es-question-actualizacion", "non-english",
       tw("lucia_fl", f"@{B} ¿cuándo sale la actualización que arregla la batería? Mi Nova 12 se calienta y se descarga en cuatro horas desde la 14.2. Lo uso para trabajar 😩",
          lang="es", when="2027-12-07T17:30:26Z"),
       expect(RP, "normal", "software", "direct"), note="Spanish: when is the update that fixes the battery coming")
    mira_brand = tw(B, "@mira_l_fl Hi Mira, sorry, that's a known issue with 14.2 on the Nova 12. A fix is on its way this week and I'll reply here the moment it's out.",
                    reply_to=mira, when="2027-12-07T08:05:00Z")

    # ---- Wednesday 8 December: the swelling scare -------------------------------------------
    ronnie = tw("ronnie_dale", f"Erm, is this normal? The kids' Flint Slate has started lifting at one corner and the back is bulging like a little pillow. They use it in bed every night 😬 @{B}",
                when="2027-12-08T07:10:00Z",
                metrics={"retweet_count": 5200, "reply_count": 3900, "like_count": 68_000, "quote_count": 940})
    SC("flint-big-reach-presenter-bulging-slate", "big-reach", ronnie, expect(RP, "urgent", "safety", "indirect"),
       note="1.2M followers, and a swelling battery the children sleep next to: urgent")
    SC("flint-spam-fake-safety-team", "spam",
       tw("FlintSafetyTeam", "@ronnie_dale Hi Ronnie 👋 Flint Battery Safety Team here ✅ you qualify for a free replacement Slate. Just DM us your full name, address and the card you bought it with to confirm 💳",
          reply_to=ronnie, when="2027-12-08T07:18:44Z"),
       expect(IGN, "low", "repairs", "third_party"),
       note="a fake support account fishing for details under a real customer's post")
    SC("flint-news-swollen-slate-viral", "news-monitor",
       tw("TechWireUK", "Flint Devices says it is 'urgently investigating' reports of swollen batteries in Slate 5 tablets after photos went viral. No fires have been reported. Owners are told to stop charging any tablet that looks swollen {url:https://techwire.example/flint-slate-5-batteries}",
          when="2027-12-08T09:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news about the scare: monitor")
    safety_post = tw(B, "Battery safety: if your Flint tablet, phone or laptop looks swollen or is lifting at the edges, stop using it and don't charge it. Keep it somewhere cool, away from anything that can burn, and book a free safety check at any Flint store 👉 {url:https://flintdevices.example/battery-check}",
                     when="2027-12-08T09:30:00Z")
    SC("flint-brand-own-battery-safety", "brand-own-post", safety_post, expect(IGN, "low", "safety", "none"))
    SC("flint-q-reply-safety-check-no-bulge", "question-in-reply-to-brand",
       tw("hanna_k_fl", "ours looks completely normal, no bulge at all, but it's the same Slate 5. can I still get one of the free safety checks at the Sallowfield store, and do I just turn up or book?",
          reply_to=safety_post, when="2027-12-08T09:52:17Z"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="no sign of swelling (the safety word is negated): a booking question, though a cautious desk may rank it higher during the scare")
    SC("flint-es-safety-bateria-hinchada", "safety-urgent",
       tw("pablo_r_fl", f"@{B} mi Slate 5 tiene la batería hinchada, la pantalla se ha levantado por un lado y huele raro. ¿Es peligroso? Lo he sacado al balcón. Mis hijos lo usaban anoche 😟",
          lang="es", when="2027-12-08T10:14:40Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a swollen battery, a strange smell, children used it last night")
    SC("flint-fr-safety-tablette-gonflee", "safety-urgent",
       tw("margaux_fl", f"Ma tablette Flint a gonflé pendant la charge cette nuit, l'écran est décollé et ça sent le brûlé dans la chambre de ma fille. Je fais quoi ? @{B}",
          lang="fr", when="2027-12-08T06:40:52Z"),
       expect(RP, "urgent", "safety", "indirect"), note="French: a tablet swelled on charge overnight in a child's bedroom and smells burnt")
    SC("flint-nl-safety-accu-opgezwollen", "safety-urgent",
       tw("daan_fl", f"@{B} de accu van onze Flint Slate is opgezwollen en het scherm komt los. Mijn zoontje van 4 had hem vanochtend nog in bed. Is dit gevaarlijk? Wat moet ik ermee doen?",
          lang="nl", when="2027-12-08T11:03:08Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a swollen battery in a 4-year-old's bed")
    SC("flint-safety-laptop-trackpad-lowercase", "safety-urgent",
       tw("kai_dev_fl", "ok so my flint ledger 14 trackpad is pushed up n won't click and the bottom is kinda bulging?? google says swollen battery. its on my lap like 10hrs a day lol. do i need to stop using it rn or",
          when="2027-12-08T11:40:29Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case and slang: a swollen laptop battery on someone's lap",
       known_miss="round 12, not met yet: action: want \"respond_public\", got ignore; priority: want \"urgent\", got low; addressed: want \"indirect\", got none; the engine read: 'flint' is used as an ordinary word | topic safety: 'bulge', 'bulging', 'swollen battery', 'swollen'")
    tablet_weird = tw("nadia_p_fl", "anyone else's tablet acting weird since this week's update? the kids' one keeps freezing", when="2027-12-08T12:30:00Z")
    SC("flint-safety-third-party-swollen-bed", "safety-urgent",
       tw("chris_odd_fl", "@nadia_p_fl check the back of it!! ours is a Flint too and the battery's swollen so much the screen's popping out at the side. it's still plugged in in my daughter's room because I don't know what to do with it, is it going to catch fire??",
          reply_to=tablet_weird, when="2027-12-08T12:44:13Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a live risk told inside someone else's thread: urgent whether the desk reaches out or escalates; only the priority is strict")
    SC("flint-threat-castle-street-hurt", "threat-urgent",
       tw("gav_t_fl", "third time they've 'lost' my laptop at the Flint repair place on Castle Street. going in tomorrow at 9 and if that smug manager fobs me off again someone is getting hurt. they can call the police for all I care",
          when="2027-12-08T13:20:36Z"),
       expect(ANY, "urgent", "safety", "indirect"),
       note="a threat against repair-centre staff with a complaint: only the priority is strict")
    SC("flint-threat-quay-road-knife", "threat-urgent",
       tw("quay_rage_fl", f"@{B} whoever signed off 14.2, I know your office is on Quay Road. I'll be outside at 6 with a knife and we'll see how 'sorry for the inconvenience' sounds then",
          when="2027-12-08T14:02:09Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat with a weapon against the brand's staff")
    SC("flint-repeat-slate-order-still-not", "repeat-contact",
       tw("nina_okafor_fl", "no tracking, no email, still 'preparing for dispatch'. that's the second time you've promised. I want it delivered by Friday or a refund, I'll buy one in town",
          reply_to=slate_order_brand, when="2027-12-08T08:30:44Z"),
       expect(RP, "high", "orders", "direct"), note="back in the brand's thread without @: the promise was not kept")
    SC("flint-legal-trading-standards-warranty", "legal-threat-not-urgent",
       tw("keith_ames_fl", "Flint have refused to repair my 11-month-old Ledger 14 under warranty, claiming 'liquid damage' when there is none. I've reported them to Trading Standards and I'm filing a small claims case next week. Consumer Rights Act, look it up.",
          when="2027-12-08T15:10:47Z"),
       expect(RP, "high", "repairs", "indirect"), note="a regulator and court threat: a strong complaint, not urgent")
    SC("flint-namesake-keith-flint-fire", "namesake",
       tw("rave_relic_fl", "30 years since I first saw The Prodigy live in a muddy field. Keith Flint stalking the stage like he'd set the whole place on fire. Nobody has come close since 🔥",
          when="2027-12-08T21:15:03Z"),
       expect(IGN, "low", "safety", "none"), note="the singer; 'fire' is a safety keyword")
    SC("flint-namesake-gin-courier-smashed", "namesake",
       tw("gin_o_clock_fl", "ordered two bottles of Flint gin from their online shop for Christmas presents and the courier left them smashed on the doorstep 😭 whole porch smelt of juniper. at least the refund came quick",
          when="2027-12-08T16:30:22Z"),
       expect(IGN, "low", "orders", "none"), note="a gin maker with its own online shop: a namesake in a nearby trade")
    SC("flint-common-flint-and-steel-camp", "common-word",
       tw("wildcamp_wes", "finally got a proper fire going with flint and steel, no lighter, no matches. took 20 minutes of sparks and a lot of swearing but the kids were well impressed 🔥🏕️",
          when="2027-12-08T17:45:31Z"),
       expect(IGN, "low", "safety", "none"), note="flint and steel; 'fire' and 'sparks' are safety keywords",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Flint Devices in a post to everyone | a danger to health or safety: urgent | topic safety: 'fire', 'sparks'")
    roasting = tw("mina_rose_fl", "my phone's been roasting all week, I can barely hold it for a call 😤", when="2027-12-08T18:00:00Z")
    SC("flint-joke-name-was-warning", "joke-bystander",
       tw("bantz_barry_fl", "@mina_rose_fl let me guess, a Flint? the name was always a warning 😂",
          reply_to=roasting, when="2027-12-08T18:09:48Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun in someone else's thread",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("flint-chatter-heart-attack-price", "chatter-monitor",
       tw("pricey_paul_fl", "went to look at the Flint Nova 12 Pro in town. £1,299. nearly had a heart attack in the shop 😂 my first car cost less than that",
          when="2027-12-08T19:20:14Z"),
       expect(MON, "low", "safety", "indirect"), strict=False,
       note="'heart attack' is hyperbole about a price: chatter, not urgent (some desks would answer a sales lead)")

    # ---- Thursday 9 December: 14.2.1 -----------------------------------------------------------
    fix = tw(B, "FlintOS 14.2.1 is out now for Nova 12 and Slate 5 🎉 It fixes the overheating and battery drain some of you saw after 14.2. Settings → Software update. Still running warm a day later? Reply here and we'll help.",
             when="2027-12-09T08:00:00Z")
    SC("flint-thread-olu-fixed-thanks", "thread-with-brand",
       tw("olu_fl", "installed the 14.2.1 update last night and it's back to normal, cool in my pocket and 60% left at the end of my shift. thanks for keeping me posted 🙌",
          reply_to=olu_brand2, when="2027-12-09T19:05:27Z"),
       expect(RP, "low", "software", "direct"), note="thanks in the brand's thread without @: the problem is solved")
    SC("flint-quote-fix-still-41", "quote",
       tw("rosa_d_fl", "'fixes the overheating' mine still hits 41°C on a 20 minute video call and the battery's gone by 3, so",
          quote=fix, when="2027-12-09T13:40:52Z"),
       expect(RP, "normal", "software", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own phone is still overheating")
    SC("flint-legal-small-claims-dead-pixels", "legal-threat-not-urgent",
       tw("priya_n_fl", f"@{B} 6 weeks and a £220 'repair' later my Nova 11 has the same dead pixels. if my money isn't back by Friday I'm issuing a small claims court claim, my solicitor has the paperwork ready",
          when="2027-12-09T09:15:33Z"),
       expect(RP, "high", "repairs", "direct"), note="a court threat with a real repair complaint: high, not urgent")
    SC("flint-indirect-warranty-scuff", "complaint-indirect",
       tw("dee_cole_fl", "Flint refused my warranty claim on the Buds 3 because of a 'scuff' on the case. The left bud just doesn't charge. £179 and 8 months old.",
          when="2027-12-09T10:02:18Z"),
       expect(RP, "normal", "repairs", "indirect"))
    SC("flint-private-phone-ledger-repair", "private-details",
       tw("tony_b_fl", f"@{B} can someone from the repair centre ring me about my daughter's Ledger 14? been told 3 different things. 07700 900372, any time after 4. she needs it for her uni work",
          when="2027-12-09T12:10:05Z"),
       expect(RV, "normal", "repairs", "direct"), note="a phone number in public")
    SC("flint-private-address-dob-warranty", "private-details",
       tw("marj_fl", f"@{B} for my warranty claim here are my details: Marjorie Pell, 14 Linden Rise, Dunmarsh DM3 8QT, date of birth 22/07/1951. The tablet screen went black 2 weeks ago. I'm not very good with the online form",
          when="2027-12-09T12:45:16Z"),
       expect(RV, "normal", "repairs", "direct"), note="a home address and date of birth in public")
    SC("flint-private-card-double-charge", "private-details",
       tw("rich_v_fl", f"@{B} you've charged me twice for the Nova 12 Pro, £1,199 x2 on 5555 5555 5555 4444. order FL-ORD-7802215. one phone. refund the second one please",
          when="2027-12-09T13:05:49Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number and an order number in public")
    SC("flint-private-imei-locked-out", "private-details",
       tw("kofi_fl", f"@{B} locked out of my Flint ID since last night, can't get to 6 years of photos. email is kofi.mensah@postbox.example, IMEI 356938035643809 if that helps. the verification code never arrives",
          when="2027-12-09T14:20:37Z"),
       expect(RV, "normal", "account", "direct"), note="an email address and the phone's IMEI in public")
    SC("flint-repeat-mira-still-draining", "repeat-contact",
       tw("mira_l_fl", "installed the 14.2.1 update yesterday like you said. still at 30% by lunch and warm on the desk. that's twice I've had to chase this now and I need a phone that works for work",
          reply_to=mira_brand, when="2027-12-10T09:10:28Z"),
       expect(RP, "high", "software", "direct"), note="back in the brand's thread: the fix has not fixed it")
    SC("flint-sarcasm-express-repair", "sarcasm-customer",
       tw("ollie_j_fl", f"great job @{B}, the 'express repair' on my laptop took 19 days and it came back with a brand new scratch on the lid. truly express 👏",
          when="2027-12-09T15:30:12Z"),
       expect(RP, "normal", "repairs", "indirect"))
    SC("flint-sarcasm-buds-neighbour", "sarcasm-customer",
       tw("fern_w_fl", f"love that since the update my Buds 3 connect happily to my neighbour's laptop through the wall but not to my own phone. innovation 🙂 @{B}",
          when="2027-12-09T16:12:44Z"),
       expect(RP, "normal", "software", "indirect"), note="sarcasm with no complaint word")
    SC("flint-spam-giveaway-nova-pro", "spam",
       tw("free_nova_x", "🎁 FLINT CHRISTMAS GIVEAWAY 🎁 3x Nova 12 Pro up for grabs!! Follow, like + RT and tag 3 friends. Winners DM'd Friday, just cover £4.99 shipping 📦 {url:https://nova-giveaway.example/win}",
          when="2027-12-09T18:00:00Z"),
       expect(IGN, "low", "orders", "indirect"), note="a fake giveaway; 'shipping' is an orders keyword")
    SC("flint-spam-fund-recovery", "spam",
       tw("recoverpro_x", "Bought a 'Flint' phone from a fake store and lost your money? 💸 Our licensed recovery agents trace card and crypto payments and get your funds back in 48h. 100% success. DM now ✅",
          when="2027-12-09T18:30:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="scam 'recovery' spam using the brand's name")
    SC("flint-html-checkout-error", "html-entities",
       tw("nico_s_fl", f"@{B} checkout on the online store shows this instead of the payment page: &lt;div class=\"err\"&gt;undefined&lt;/div&gt;&lt;script src=\"/cart.js\"&gt; tried 3 cards, 2 browsers. I want to order the Nova 12 before the offer ends",
          when="2027-12-09T20:10:36Z"),
       expect(RP, "normal", "orders", "direct"), note="a customer pasting broken HTML from the store's checkout")

    # ---- Friday 10 December -------------------------------------------------------------------
    SC("flint-html-script-giveaway", "html-entities",
       tw("h4x_kid_fl", "&lt;script&gt;window.location='//flint-free-phone.example'&lt;/script&gt; 🎁 Flint Nova 12 Pro for everyone who clicks before midnight 🎁🎁",
          when="2027-12-10T00:30:00Z"),
       expect(IGN, "low", None, "indirect"), note="spam with a hostile script tag, delivered escaped",
       known_miss="round 12, not met yet: addressed: want \"indirect\", got none; the engine read: 'Flint Nova' is another entity, not the brand")
    SC("flint-in-passing-refund-returned-buds", "complaint-in-passing",
       tw("busy_bea_fl", f"what a day: dentist at 8, nativity costume emergency, parking ticket, and @{B} have charged my card for the Buds 3 I sent back 3 weeks ago. still no refund. wine o'clock",
          when="2027-12-10T17:45:08Z"),
       expect(RP, "normal", "billing", "indirect"),
       known_miss="round 12, not met yet: priority: want \"normal\", got urgent; the engine read: tags @FlintDevices in a post to everyone | complaint (1.00) | a danger to health or safety: urgent | topic billing: 'charge', 'charged', 'refund', 'refunds'")
    SC("flint-abuse-muppets-camera", "abuse-with-problem",
       tw("mo_khan_fl", f"@{B} your repair centre is a joke run by muppets. 3 weeks for a battery swap and now the camera doesn't work. give me my phone back working or give me my money back",
          when="2027-12-10T10:20:51Z"),
       expect(RP, "high", "repairs", "direct"), note="insults, with a real problem made worse by the repair")
    SC("flint-hotline-praise-photos-mum", "public-hotline-number",
       tw("sandra_m_fl", "shout out to the lady on 0808 157 0460 this morning who talked my mum through moving all her photos to her new Slate. 40 minutes of patience. Flint, give her a raise 💐",
          when="2027-12-10T12:30:45Z"),
       expect(RP, "low", "account", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    SC("flint-de-medical-ohrstoepsel-verschluckt", "medical-urgent",
       tw("mareike_fl", f"@{B} unser Sohn (2) hat vielleicht einen Ohrstöpsel von den Flint Buds verschluckt, einer fehlt und er hustet. Ist da ein Akku drin? Wir fahren gerade ins Krankenhaus",
          lang="de", when="2027-12-10T07:25:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a toddler may have swallowed an earbud with a battery in it")
    SC("flint-it-safety-batteria-gonfiata-neonato", "safety-urgent",
       tw("marco_r_fl", "Dopo l'aggiornamento il mio Flint Nova 12 si surriscalda tantissimo e stanotte la batteria si è gonfiata, la scocca si è aperta. È pericoloso tenerlo in casa con un neonato?",
          lang="it", when="2027-12-10T08:10:39Z"),
       expect(RP, "urgent", "safety", "indirect"), note="Italian: a swollen battery in a home with a newborn")
    SC("flint-medical-hearing-aid-mode", "medical-urgent",
       tw("gwen_fl", f"@{B} my dad is profoundly deaf and uses his Buds 3 in hearing aid mode. since 14.2 they randomly blast at full volume. his ear was ringing for hours yesterday and today it hurts. should he stop using them?",
          when="2027-12-10T09:02:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a hearing injury from an accessibility feature")
    SC("flint-medical-pacemaker-case", "medical-urgent",
       tw("sue_h_fl", f"@{B} quick question, my husband had a pacemaker fitted last month. is it safe for him to keep his Nova 12 in his shirt pocket with the new magnetic case? the leaflet from the hospital mentions magnets",
          when="2027-12-10T10:48:23Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a medical need")
    SC("flint-safety-blister-girl-11", "safety-urgent",
       tw("kerry_l_fl", "my daughter's Flint phone got so hot in her coat pocket she's got a red blister on her hip 😢 she's 11. it's been like this since the update. should we get her seen by a doctor?",
          when="2027-12-10T15:35:56Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a child burnt by an overheating phone")
    SC("flint-news-past-fire-settled", "news-monitor",
       tw("CaddonEcho", "Two years on: the Dunmarsh family whose house fire was blamed on a Flint Slate 3 charger have settled with the company. The 2025 recall covered 40,000 chargers {url:https://caddonecho.example/news/dunmarsh-settlement}",
          when="2027-12-10T16:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a past incident, settled: monitor, not urgent",
       known_miss="round 12, not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: 'Flint Slate' is another entity, not the brand | topic safety: 'fire'")
    repair_q = tw("liv_h_fl", "thinking of getting my phone screen fixed before Christmas, is it worth going to the official place?", when="2027-12-10T18:00:00Z")
    SC("flint-venting-screen-three-weeks", "third-party-venting",
       tw("bry_fl", "@liv_h_fl not if it's Flint. they had mine 3 weeks for a screen and then wanted £40 for a 'diagnostic' on top. go independent",
          reply_to=repair_q, when="2027-12-10T18:16:31Z"),
       expect(MON, "low", "repairs", "third_party"), note="venting in someone else's thread, brand not tagged")
    paranoid = tw("greg_w_fl", "is it even safe to keep using our tablet? it's a Slate 5 and I'm paranoid after all these photos", when="2027-12-10T19:00:00Z")
    SC("flint-chatter-free-check-reassure", "third-party-chatter",
       tw("sparky_jo_fl", "@greg_w_fl if the back's flat and it stays cool while it's charging you're fine. Flint are doing free checks at their stores anyway, took ours in on Tuesday, 10 mins",
          reply_to=paranoid, when="2027-12-10T19:14:05Z"),
       expect(MON, "low", None, "third_party"), note="reassurance in someone else's thread",
       known_miss="round 12, not met yet: topic: want null, got billing; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic billing: 'charge', 'charged'")

    # ---- Saturday 11 and Sunday 12 December -------------------------------------------------
    SC("flint-namesake-flintshire-road-repairs", "namesake",
       tw("deeside_roads", "Overnight road repairs on the coast road between Flint and Bagillt from Monday, 8pm–6am for two weeks. Diversion signed via Holywell. #Flintshire",
          when="2027-12-11T08:00:00Z"),
       expect(IGN, "low", "repairs", "none"), note="the town in Wales; 'repairs' is a repairs keyword",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Flint Devices in a post to everyone | general chatter about the brand | topic repairs: 'repair', 'repairs', 'repaired'")
    SC("flint-namesake-flint-lockwood", "namesake",
       tw("film_night_fl", "Rewatched Cloudy with a Chance of Meatballs with the kids. Flint Lockwood is every inventor I've ever worked with: brilliant, no sleep, zero testing, and a gadget that's about to go very wrong 😂",
          when="2027-12-11T09:30:12Z"),
       expect(IGN, "low", None, "none"), note="the cartoon inventor",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Flint Devices in a post to everyone | describes their own experience | sarcasm (irony 0.56) from a customer: a complaint")
    SC("flint-namesake-captain-flint-parrot", "namesake",
       tw("polly_owner_fl", "our African grey is called Captain Flint after the one in Treasure Island and this week he's learnt to do my phone's ringtone perfectly. I've answered a silent phone four times today 🦜📱",
          when="2027-12-11T10:15:47Z"),
       expect(IGN, "low", None, "none"), note="a parrot named after the pirate's parrot, next to a phone")
    SC("flint-namesake-independent-computer-shop", "namesake",
       tw("mike_tyler_fl", "Can't recommend Flint Computer Services on Mill Street in Dunmarsh enough. Dave's had the shop since the 90s, fixed the hinge on my ancient laptop and put a new battery in for £60 while I waited. Proper local business, go there before the big chains",
          when="2027-12-11T11:02:36Z"),
       expect(IGN, "low", "repairs", "none"),
       note="an independent computer repair shop: a namesake in the same trade ('hinge' is a repairs keyword)")
    SC("flint-namesake-michigan-lead-pipes", "namesake",
       tw("GreatLakesWire", "More than a decade after the water crisis, families in Flint still buy bottled water every week. The city says its lead pipe replacement is 'nearly complete'. Our reporter spent a week with three of them {url:https://greatlakeswire.example/flint-water}",
          when="2027-12-11T13:00:00Z"),
       expect(IGN, "low", "repairs", "none"), note="Flint, Michigan; 'replacement' is a repairs keyword",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Flint Devices in a post to everyone | describes their own experience | complaint (0.55) | author reach: 64k followers | topic repairs: 'replacement'")
    SC("flint-namesake-physics-teacher", "namesake",
       tw("old_pupil_fl", "Mr Flint is retiring after 38 years at Sallowfield High 🥹 the only physics teacher who let us take apart the school's broken radios and actually fix them",
          when="2027-12-11T14:20:09Z"),
       expect(IGN, "low", "repairs", "none"), note="a surname; 'broken' is a repairs keyword")
    SC("flint-common-worked-flint-beach", "common-word",
       tw("mudlark_meg", "found a worked flint on the beach at low tide this morning, a proper little scraper, 5,000 years old at least. the museum's having a look on Tuesday 🪨",
          when="2027-12-12T09:05:18Z"),
       expect(IGN, "low", None, "none"), note="a stone tool")
    SC("flint-common-crown-flint-lens", "common-word",
       tw("astro_ollie_fl", "the new telescope's lens is a crown and flint doublet, so hardly any colour fringing on Jupiter. screen grab from my phone held up to the eyepiece, not bad for a Sunday 🔭",
          when="2027-12-12T19:30:41Z"),
       expect(IGN, "low", "repairs", "none"), note="flint glass in a lens, next to a phone; 'screen' is a repairs keyword")
    SC("flint-praise-swollen-slate-settled", "praise",
       tw("jen_moss_fl", "Happy ending to our swollen Slate saga: the Sallowfield store took it off us in a fireproof bag on Wednesday, checked the kids' other tablets, and a brand new one arrived today. Scary few days but Flint were brilliant. Thank you 💛",
          when="2027-12-11T12:05:50Z"),
       expect(RP, "low", "safety", "indirect"), note="the danger is over and settled: thanks, not urgent")
    SC("flint-pt-praise-ecra-reparado", "non-english",
       tw("joana_fl", "Obrigada à Flint! Levei o meu Nova 11 à loja de Caddonbridge com o ecrã partido e saí de lá meia hora depois com ele reparado. Atendimento impecável 👏",
          lang="pt", when="2027-12-12T11:20:04Z"),
       expect(RP, "low", "repairs", "indirect"), note="Portuguese: thanks for a same-day screen repair")
    return brand


BRANDS["flint-devices"] = ("FlintDevices", 4445678942, build_flint_devices)
