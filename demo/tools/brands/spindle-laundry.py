# Spindle (Spindle Laundry): a made-up laundry and dry-cleaning service across the made-up city
# of Ravensholt and the towns of Fennick, Duxmoor, Addlefield and Sallowby: collection and
# delivery booked in the Spindle app, 24-hour lockers opened by a code in the app, drop-off
# shops, self-service launderettes, wash-and-fold subscriptions, alterations and repairs,
# specialist care for wedding dresses, curtains and duvets, and claims for lost and damaged
# items.
# "Spindle" is also an ordinary word (the spindle of a spinning wheel that Sleeping Beauty
# pricks her finger on, stair spindles people paint or replace, a record player's or a lathe's
# spindle, the drum spindle of a washing machine, the spindle tree, "spindle legs") and a name:
# Spindle Yarns (a wool shop in Fennick), the Spindle Mill museum in Addlefield, the Spindle &
# Shuttle pub, Dr Helen Spindle (a historian) and Spindle, a greyhound who races at Ravensholt.
# None of them is the laundry.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 3 April 2028: on Monday from 6:40 the app stops opening the 24-hour lockers across Ravensholt
# and people's work clothes, a passport and a boy's insulin are locked inside until the evening
# (one locker at Parkway stays stuck into Tuesday). On Tuesday a bride's wedding dress goes
# missing two days before the wedding; it is found on Wednesday evening. On Wednesday a girl
# comes up in a rash like a chemical burn after wearing a school jumper back from Spindle, and
# a tumble dryer catches fire at the Duxmoor launderette. On Thursday a driver blocks a drive on
# the morning of a dialysis appointment, another is rude, and a fake "Spindle Refunds" account
# starts asking complainers for card numbers. Friday to Sunday: claims, subscriptions, a
# fashion account with a million followers, the launderettes, and the name's other lives.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, shop,
# account, card and order number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_spindle_laundry():
    global CURRENT_BRAND, CLOCK
    brand = Brand("spindle-laundry", SCEN_DIR / "spindle-laundry.plan.toml", "SpindleLaundry", 5278901245, 1861220000000005701)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-04-03T05:30:00Z")
    B = "SpindleLaundry"
    user(B, "Spindle", 5278901245,
         "Spindle 🧺 laundry & dry cleaning, collected and delivered. 24h lockers, shops and launderettes. "
         "Care team 7am–10pm, every day. Helpline 0808 157 0642. We never ask for card details by DM.",
         44_200, following=1_100, tweets=38_900, listed=150, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10840100000 + _n[0] * 4129, bio, followers, **kw)

    person("priya_n_spi", "Priya Nair", "Care assistant, Ravensholt. Early shifts, strong tea.", 240)
    person("SpindleRfnd_spi", "Spindle Refunds ✅", "Official Spindle refunds & compensation team ✅ DM us for fast payouts 💸", 48, following=4900)
    person("jay_k_spi", "Jay Kellett", "Ravensholt. Job hunting. Owns exactly one suit.", 410)
    person("nan_val_spi", "Val Rowe", "Nan of five. I share the useful stuff.", 130)
    person("dev_m_spi", "Dev Mistry", "Parkway. Gym before work, allegedly.", 290)
    person("hannah_b_spi", "Hannah Birch", "Nurse. Ravensholt. Running on caffeine.", 380)
    person("lauren_tv_spi", "Lauren Achebe", "Presenting Ravensholt Today, weekdays at 9. Mum. Marathon in progress.",
           640_000, following=1_200, listed=2900, verified=True)
    person("pun_pete_spi", "Pete Rudd", "Dad jokes, professionally. Fennick.", 520)
    person("lucia_r_spi", "Lucía Ramos", "Sevillana en Ravensholt. Cocinera.", 210)
    person("ellie_f_spi", "Ellie Ford", "Ravensholt. Teacher. Permanently late.", 460)
    person("gemma_t_spi", "Gemma Todd", "Mum of three. PE kit enforcer.", 350)
    person("RavPost_spi", "Ravensholt Evening Post", "News for Ravensholt since 1874.", 38_400, following=900, verified=True)
    person("marcus_o_spi", "Marcus Obi", "Dad to a type 1 superstar. Ravensholt.", 310)
    person("ruth_l_spi", "Ruth Lindqvist", "Architect. Fair is fair.", 670)
    person("owen_d_spi", "Owen Dale", "Northgate. Cold. Coatless.", 150)
    person("zara_h_spi", "Zara Hussain", "Ravensholt. Events. Always dressed for the party.", 880)
    person("sam_w_spi", "Sam Whitford", "Flying to Lisbon on Thursday (hopefully).", 190)
    person("chloe_m_spi", "Chloe Marsh", "Getting married on Thursday!!! 💍 Fennick.", 620)
    person("bex_t_spi", "Bex Turner", "Fennick. Chloe's friend from uni. Tissues on standby.", 300)
    person("fairy_jo_spi", "Jo Penn", "Panto dame in my spare time. Puns year round.", 1_100)
    person("kieran_s_spi", "Kieran Shaw", "Accountant. Ravensholt. Formerly wore white shirts.", 270)
    person("nat_o_spi", "Nat Okafor", "Sallowby. Busy. Outsources everything.", 440)
    person("amira_k_spi", "Amira Khan", "Bridesmaid x3 this year. Addlefield.", 360)
    person("m_dobson_spi", "Mark Dobson", "Quenby. Checks his bank statement.", 120)
    person("claire_d_spi", "Claire Dubois", "Parisienne à Fennick. Amoureuse du cachemire.", 230)
    person("noor_h_spi", "Noor Haddad", "Web developer. I read page source for fun.", 1_600)
    person("rob_c_spi", "Rob Carver", "Ravensholt. Notices vans.", 210)
    person("diy_dave_spi", "Dave Appleby", "Doing up a 1930s semi one weekend at a time.", 2_400)
    person("SpindleYarn_spi", "Spindle Yarns", "Wool shop in Fennick since 1998. Knit group Tuesdays 🧶", 3_900)
    person("kate_w_spi", "Kate Wallis", "Mum of two. Duxmoor. Primary school run x2.", 260)
    person("faye_a_spi", "Faye Adams", "Addlefield. Allergy mum. Always packing spares.", 190)
    person("lewis_g_spi", "Lewis Grant", "Duxmoor. Student. Broke washing machine.", 330)
    person("DuxGazette_spi", "Duxmoor Gazette", "Duxmoor's paper since 1902. News, sport, what's on.", 14_200, following=700, verified=True)
    person("ben_o_spi", "Ben Osei", "Duxmoor. Dad. Fixes things badly.", 240)
    person("tanya_r_spi", "Tanya Reid", "Duxmoor. Dog walker. Nosy.", 310)
    person("mel_j_spi", "Mel Jarvis", "Duxmoor. Two kids, one washing machine (broken).", 180)
    person("ash_p_spi", "Ash Patel", "Duxmoor local. Knows what's open.", 270)
    person("graham_s_spi", "Graham Sutton", "Retired. Fennick. Likes a good suit.", 90)
    person("RavDogs_spi", "Ravensholt Greyhounds", "Racing every Wednesday and Saturday at Ravensholt Stadium 🐕", 6_700)
    person("vinyl_al_spi", "Alan Fry", "Records, mostly 70s. Fennick.", 1_300)
    person("lily_m_spi", "Lily Moran", "Addlefield. Getting married in my mum's dress 💕", 420)
    person("rose_b_spi", "Rose Bennett", "Carer for my dad. Orchard Close, Fennick.", 110)
    person("darren_h_spi", "Darren Hale", "Sallowby. Says it how it is.", 140)
    person("gail_p_spi", "Gail Parry", "Retired teacher. Quenby. Not good with scams, it turns out.", 80)
    person("tom_q_spi", "Tom Quayle", "Ravensholt. Sceptic.", 260)
    person("helen_w_spi", "Helen Ward", "Solicitor (retired). Still writes letters.", 340)
    person("craig_b_spi", "Craig Barlow", "Plasterer. Sallowby. Short fuse.", 70)
    person("sanne_k_spi", "Sanne de Kok", "Uit Utrecht, woont in Ravensholt.", 220)
    person("witness_li_spi", "Li Wen", "Fennick. Commuter. Saw something.", 160)
    person("leon_f_spi", "Leon Fisher", "Ravensholt. Interview tomorrow. Wish me luck.", 280)
    person("BizWire_spi", "North Business Wire", "Business news from the north. Funding, deals, people.", 52_000, following=1_400, verified=True)
    person("ana_s_spi", "Ana Souza", "De Belo Horizonte para Sallowby. Mãe do Davi.", 200)
    person("mo_b_spi", "Mo Bakr", "Sallowby. Works from home, waits in for couriers.", 160)
    person("jonas_w_spi", "Jonas Weber", "Aus Köln. Student in Ravensholt.", 140)
    person("giulia_r_spi", "Giulia Rossi", "Torinese a Ravensholt. Architetta.", 260)
    person("VintageVera_spi", "Vera Lake", "Vintage fashion. Slow style. 1.2m of you, thank you 🤍",
           1_240_000, following=800, listed=5200, verified=True)
    person("pam_g_spi", "Pam Gould", "Fennick. Retired. Persistent.", 230)
    person("stan_r_spi", "Stan Rigby", "Sallowby. Retired postman. Patient, up to a point.", 60)
    person("cara_l_spi", "Cara Lowe", "Parkway. Night shifts. Grateful for small mercies.", 210)
    person("FreeWash_spi", "Free Laundry Giveaways 🎁", "Win free laundry every week! Follow + RT to enter 🎁", 3_300, following=5000)
    person("iris_k_spi", "Iris Kemp", "Addlefield. Tall windows, heavy curtains.", 170)
    person("bea_m_spi", "Bea Morgan", "Fourth floor, no lift (this week). Quenby.", 240)
    person("olly_t_spi", "Olly Tran", "Data nerd. Ravensholt. Counts things.", 2_700)
    person("dan_e_spi", "Dan Ellis", "Quenby. Cancelled it. Really.", 130)
    person("SpindleMill_spi", "Spindle Mill Museum", "Addlefield's working cotton mill museum. Open Wed–Sun.", 5_100)
    person("AddleLib_spi", "Addlefield Library", "Books, events and free Wi-Fi. Addlefield.", 4_400)
    person("mum_of3_spi", "Shona Reilly", "Three kids, one dog, no sleep. Ravensholt.", 1_800)
    person("garden_gee_spi", "Gee Whitaker", "Gardening badly in Fennick since 2011 🌳", 3_100)
    person("farm_fi_spi", "Fi Marsden", "Sheep, ponies and one very tired farmer. Sallowby.", 2_600)
    person("meg_d_spi", "Meg Doherty", "Quenby. Waits in a lot.", 330)
    person("jo_sock_spi", "Jo Sinclair", "Ravensholt. Odd socks by necessity.", 410)
    person("harriet_spi", "Harriet Cole", "Fennick. Student. Launderette regular.", 290)
    person("ian_v_spi", "Ian Vaughan", "Fennick. Dad of two. Handy with a spanner.", 180)
    person("kaz_spi", "Kaz Holt", "Ravensholt. Uni. Washing day is Saturday.", 240)
    person("rhi_t_spi", "Rhi Thomas", "Ravensholt. Been in every launderette in the city.", 310)
    person("paul_h_spi", "Paul Hirst", "Sallowby. Suit for a wedding. Two different legs.", 120)
    person("vince_r_spi", "Vince Rourke", "Sallowby.", 40)
    person("jade_w_spi", "Jade Walker", "Duxmoor. Washing machine died. Send help.", 150)
    person("ferg_spi", "Fergus Boyd", "Fennick. QA tester. I see every template bug.", 870)
    person("lena_o_spi", "Lena Olsen", "Fennick. Careful with links.", 200)
    person("meera_spi", "Meera Shah", "Sallowby. Considering a laundry subscription.", 260)
    person("abbie_spi", "Abbie Lyons", "Sallowby. Once bitten.", 340)
    person("tash_q_spi", "Tash Quinn", "Addlefield. Bride-to-be, panicking gently.", 390)
    person("gwen_spi", "Gwen Pryce", "Addlefield. Recommends things.", 280)
    person("quiz_pub_spi", "The Spindle & Shuttle", "Addlefield's oldest pub. Real ale, quiz Thursdays, dogs welcome 🍺", 2_900)
    person("hound_home_spi", "Becca Lyle", "Two retired greyhounds and a sofa I never get to sit on.", 4_800)
    person("joan_b_spi", "Joan Baker", "Sallowby. New flat, same old coat.", 60)
    person("priti_dpo_spi", "Priti Desai", "Data protection officer. Yes, really.", 1_700)
    person("kev_d_spi", "Kev Dunn", "Sallowby. Dad of a growing lad.", 150)
    person("fix_it_fred_spi", "Fred Noakes", "Appliance repairs, Fennick. 30 years of broken washers.", 1_500)
    # ---- Monday 3 April: the Ravensholt lockers stop opening ---------------------------------
    priya = tw("priya_n_spi", f"@{B} locker at Ravensholt Central won't open. app just says 'unlock failed, try again' every time. my work uniform is in there and I start at 8",
               when="2028-04-03T06:02:11Z")
    SC("spindle-complaint-locker-uniform", "complaint-direct", priya, expect(RP, "high", "lockers", "direct"),
       note="the app can't open lockers anywhere in the city: an outage, and she can't get to work")
    priya_brand = tw(B, "@priya_n_spi Sorry Priya, the app isn't unlocking lockers across Ravensholt this morning and we're on it. Head to the Central counter from 7:30 and we'll open yours by hand so you make your shift. Next update by 9.",
                     reply_to=priya, when="2028-04-03T06:11:40Z")
    SC("spindle-brand-reply-priya-locker", "brand-own-post", priya_brand, expect(IGN, "low", "lockers", "none"))
    SC("spindle-thread-priya-sorted", "thread-with-brand",
       tw("priya_n_spi", "sorted, the lad at Central opened the locker by hand at 7:35 and I made my shift. still a pain on a monday but thank you 👍",
          reply_to=priya_brand, when="2028-04-03T06:52:03Z"),
       expect(RP, "low", "lockers", "direct"), note="thanks in the brand's thread, no @")
    SC("spindle-sarcasm-locker-art", "sarcasm-customer",
       tw("jay_k_spi", f"love that @{B} picked 7am on a monday to turn every locker in Ravensholt into a very secure modern art installation 🙃 my one suit for today's interview is in number 22. inspired",
          when="2028-04-03T06:20:37Z"),
       expect(RP, "high", "lockers", "indirect"), note="sarcasm during the locker outage, the handle inside a post to everyone", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @SpindleLaundry in a post to everyone | describes their own experience | sarcasm (irony 0.71) from a customer: a complaint | topic lockers: 'locker', 'lockers'")
    marcus = tw("marcus_o_spi", f"@{B} please help. my son's insulin pen and his blood sugar meter are in his school bag in locker 31 at Quay Street, which won't open. he's type 1 diabetic and needs them before lunch. is anyone there?",
                when="2028-04-03T06:25:48Z")
    SC("spindle-medical-insulin-in-locker", "medical-urgent", marcus, expect(RP, "urgent", "safety", "direct"),
       note="a child's insulin locked away by the outage: a medical need")
    tw(B, "@marcus_o_spi Marcus, Jas from our Quay Street team is on the way now and will open locker 31 for you by 7:45. If he needs it sooner than that, tell us and we'll get someone to take it straight to school.",
       reply_to=marcus, when="2028-04-03T06:31:02Z")
    status = tw(B, "🔧 Our lockers in Ravensholt aren't opening from the app since about 6:40 this morning. Engineers are on it. From 7:30 the team at our Central, Quay Street and Northgate shops can open your locker by hand. Next update by 10.",
                when="2028-04-03T06:35:00Z")
    SC("spindle-brand-own-locker-status", "brand-own-post", status, expect(IGN, "low", "lockers", "none"))
    SC("spindle-repost-locker-status", "repost", tw("nan_val_spi", "", retweet=status, when="2028-04-03T06:41:12Z"),
       expect(IGN, "low", "lockers", "indirect"))
    SC("spindle-q-reply-parkway-lockers", "question-in-reply-to-brand",
       tw("dev_m_spi", "and the 24h lockers at Ravensholt Parkway? there's nobody there to open them by hand. is someone coming out? my gym bag and my work laptop have been in one since saturday",
          reply_to=status, when="2028-04-03T06:48:29Z"),
       expect(RP, "high", "lockers", "direct"), strict=False,
       note="a question under the brand's post, no @; he is caught by the outage, so high, though some would call a question normal")
    SC("spindle-in-passing-monday-bingo", "complaint-in-passing",
       tw("hannah_b_spi", f"monday so far: missed the bus ✅ coffee down my only clean top ✅ @{B} locker has eaten my scrubs ✅ ward sister already texting ✅ can I go home yet",
          when="2028-04-03T06:58:45Z"),
       expect(RP, "high", "lockers", "indirect"), note="the brand tagged in the middle of a bad morning, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @SpindleLaundry in a post to everyone | describes their own experience | complaint (0.78) | topic lockers: 'locker', 'lockers'")
    SC("spindle-es-taquilla-no-se-abre", "non-english",
       tw("lucia_r_spi", f"@{B} hola, la taquilla de Ravensholt Central no se abre con la aplicación, sale error todo el rato. Tengo dentro la ropa de trabajo y entro a las 9. ¿Qué hago?",
          lang="es", when="2028-04-03T07:05:33Z"),
       expect(RP, "high", "lockers", "direct"), note="Spanish: the locker won't open with the app, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @SpindleLaundry | a question | topic lockers: 'taquilla', 'taquillas', 'no se abre', 'aplicación', 'error', 'errore'")
    ellie = tw("ellie_f_spi", "running so late I've skipped breakfast AND the school run. send help and croissants 🥐",
               when="2028-04-03T07:10:00Z")
    SC("spindle-venting-pe-kit-locker", "third-party-venting",
       tw("gemma_t_spi", "@ellie_f_spi same. the spindle lockers at Northgate are all dead so the kids' PE kit is stuck in one and I've had to write two notes to school. love a monday",
          reply_to=ellie, when="2028-04-03T07:18:26Z"),
       expect(MON, "low", "lockers", "third_party"), note="venting to a friend in her thread, brand not tagged: don't butt in")
    lauren = tw("lauren_tv_spi", f"On air in 40 minutes and my jacket for the show is locked inside a Spindle locker in Ravensholt that just says 'error'. Presenting the news in a hoodie it is then 🙃 @{B}",
                when="2028-04-03T07:20:00Z",
                metrics={"retweet_count": 900, "reply_count": 610, "like_count": 14800, "quote_count": 120})
    SC("spindle-big-reach-presenter-locker", "big-reach", lauren, expect(RP, "high", "lockers", "indirect"),
       note="640k followers and a real complaint during the outage; the handle at the end of a post to everyone", known_miss="round 14, not met yet: priority: want \"high\", got urgent; the engine read: tags @SpindleLaundry in a post to everyone | complaint (0.79) | a person at risk: urgent | topic lockers: 'locker', 'lockers', 'error', 'errore'")
    SC("spindle-joke-sleeping-beauty-lauren", "joke-bystander",
       tw("pun_pete_spi", "@lauren_tv_spi a thing called Spindle keeping you from your clothes first thing in the morning. at least Sleeping Beauty got a hundred years' kip out of hers",
          reply_to=lauren, when="2028-04-03T07:31:10Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("spindle-spam-fake-refunds-lauren", "spam",
       tw("SpindleRfnd_spi", "@lauren_tv_spi Hi Lauren 👋 Spindle Refunds here ✅ everyone hit by today's problems gets a £50 refund 💸 just DM us your card number, expiry and bank to receive it today 🙏",
          reply_to=lauren, when="2028-04-03T07:44:52Z"),
       expect(IGN, "low", "billing", "third_party"), note="an impersonator under a big account's post, fishing for card details")
    SC("spindle-news-locker-outage", "news-monitor",
       tw("RavPost_spi", "Laundry firm Spindle's app has failed to open its 24-hour lockers across Ravensholt since early this morning, leaving commuters without work clothes. The company says staff are opening lockers by hand. {url:https://ravpost.example/news/spindle-lockers}",
          when="2028-04-03T08:15:00Z"),
       expect(MON, "low", "lockers", "indirect"))
    SC("spindle-private-order-phone-locker", "private-details",
       tw("zara_h_spi", f"@{B} the locker code you texted didn't work either. I'm at Northgate, locker 8, order SPN-2284731, my number's 07700 900417. can someone ring me? my dress for tonight's in there",
          when="2028-04-03T09:12:30Z"),
       expect(RV, "high", "lockers", "direct"), note="an order number and a phone number in public, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @SpindleLaundry | exposes an account, booking or security code and a phone number in public: answer privately | complaint (0.90) | topic lockers: 'locker code', 'locker', 'lockers', 'code', 'codes'")
    allclear = tw(B, "✅ Ravensholt lockers are opening from the app again. Sorry for a miserable Monday. Everyone who had a locker booked today has £10 on their account, no need to ask. If yours still won't open, reply here and we'll sort it.",
                  when="2028-04-03T15:30:00Z")
    SC("spindle-praise-locker-credit", "praise",
       tw("ruth_l_spi", "Credit where it's due to Spindle. Lockers went down this morning, a lovely woman at Northgate opened mine by hand, and tonight there's £10 on my account that I never asked for. That's how you handle a bad day 👏",
          when="2028-04-03T17:40:19Z"),
       expect(RP, "low", "lockers", "indirect"), note="praise, brand named without a tag")

    # ---- Tuesday 4 April: one locker still stuck, and a wedding dress goes missing ------------
    SC("spindle-quote-allclear-northgate", "quote",
       tw("owen_d_spi", "'opening again' 🙃 locker 12 at Northgate has just told me 'error' three times in a row. still can't get my coat out and it's 4 degrees",
          quote=allclear, when="2028-04-04T06:50:41Z"),
       expect(RP, "high", "lockers", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the outage is not over for him")
    SC("spindle-repeat-parkway-passport", "repeat-contact",
       tw("sam_w_spi", f"@{B} day two. locker 19 at Parkway STILL won't open, the app still says error, and nobody has answered the DMs I sent yesterday morning or last night. my passport's in that bag and I fly on thursday",
          when="2028-04-04T07:15:08Z"),
       expect(RP, "high", "lockers", "direct"), note="back for the second day with the same locker, and no answer yet")
    chloe = tw("chloe_m_spi", f"@{B} I left my wedding dress with you in Fennick two weeks ago. it was due back yesterday. today they tell me it's missing and nobody knows if it's lost or sitting in the wrong depot. the wedding is THURSDAY 😭",
               when="2028-04-04T08:05:27Z")
    SC("spindle-complaint-wedding-dress-missing", "complaint-direct", chloe,
       expect(RP, "high", "lost_damaged", "direct"), strict=False,
       note="a first contact, but a missing wedding dress two days before the wedding is as strong as complaints get; some would say normal")
    chloe_brand = tw(B, "@chloe_m_spi Chloe, that's the last thing you need this week and I'm so sorry. I've got the Fennick team and both depots searching for it right now, and I'll call you by 5pm today with news either way. Could you DM us your order number?",
                     reply_to=chloe, when="2028-04-04T08:19:50Z")
    SC("spindle-chatter-sister-dress-found", "third-party-chatter",
       tw("bex_t_spi", "@chloe_m_spi oh babe 😭 my sister's went missing with Spindle last year and they found it hanging up in the wrong town. make them check everywhere. it'll turn up x",
          reply_to=chloe, when="2028-04-04T08:31:12Z"),
       expect(MON, "low", "lost_damaged", "third_party"), note="a friend's reassurance inside someone else's thread")
    kieran = tw("kieran_s_spi", "thanks Spindle for sending my five white work shirts back dyed a lovely shade of salmon pink. really brightens up the office 🙂",
                when="2028-04-04T09:40:02Z")
    SC("spindle-sarcasm-pink-shirts", "sarcasm-customer", kieran, expect(RP, "normal", "lost_damaged", "indirect"),
       note="'thanks' meaning the opposite: his own shirts were ruined")
    SC("spindle-joke-pink-shirts", "joke-bystander",
       tw("fairy_jo_spi", "@kieran_s_spi pink's very in this year darling. Spindle just gave you a free spin on the fashion wheel 🎡💅",
          reply_to=kieran, when="2028-04-04T10:02:55Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun under someone else's complaint", known_miss="round 14, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("spindle-indirect-socks-lottery", "complaint-indirect",
       tw("nat_o_spi", "Second time this month Spindle's wash and fold has sent back someone else's socks and kept my good ones. Four pairs missing now. £32 a month for a sock lottery",
          when="2028-04-04T11:12:40Z"),
       expect(RP, "normal", "lost_damaged", "indirect"), note="her own complaint, brand named without a tag", known_miss="round 14, not met yet: priority: want \"normal\", got high; the engine read: names Spindle in a post to everyone | describes their own experience | complaint (0.75) | the problem keeps coming back | topic lost_damaged: 'someone else's', 'missing'")
    SC("spindle-question-bridesmaid-hem", "question",
       tw("amira_k_spi", f"@{B} can you alter a bridesmaid dress in under a week? needs the hem taking up about 3cm and the straps shortening. can the Addlefield lot do it?",
          when="2028-04-04T12:20:18Z"),
       expect(RP, "normal", "alterations", "direct"))
    SC("spindle-private-double-charge-email", "private-details",
       tw("m_dobson_spi", f"@{B} you've charged me twice for April's subscription, £34.99 both times. my account email is mark.dobson@mailbox.example if you need it. please refund one of them",
          when="2028-04-04T13:02:44Z"),
       expect(RV, "normal", "billing", "direct"), note="an email address in public")
    SC("spindle-fr-pull-retreci", "non-english",
       tw("claire_d_spi", f"@{B} Bonjour, mon pull en cachemire est revenu rétréci et taché. Il m'a coûté 180 livres. Comment demander un dédommagement ? Merci",
          lang="fr", when="2028-04-04T14:15:06Z"),
       expect(RP, "normal", "lost_damaged", "direct"), note="French: a cashmere jumper came back shrunk and stained")
    SC("spindle-html-app-name-injection", "html-entities",
       tw("noor_h_spi", f"@{B} since this morning my name in the app shows as &lt;img src=x onerror=alert(1)&gt; and there's an address on my account I've never lived at. has someone got into it??",
          when="2028-04-04T15:30:12Z"),
       expect(RP, "normal", "lockers", "direct"), note="hostile HTML around a real worry about her account; it arrives escaped")
    SC("spindle-chatter-vans-everywhere", "chatter-monitor",
       tw("rob_c_spi", "Every second van in Ravensholt today is a Spindle van. Who is getting this much washing done on a Tuesday?",
          when="2028-04-04T16:10:33Z"),
       expect(MON, "low", "collections", "indirect"), note="talk about the brand with nothing to answer")
    SC("spindle-namesake-yarn-shop", "namesake",
       tw("SpindleYarn_spi", "New in at Spindle Yarns this week: hand-painted merino in six spring colours 🧶 and the Tuesday knit group is back from next week. Biscuits provided",
          when="2028-04-04T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="Spindle Yarns, a wool shop in the same town")
    SC("spindle-common-stair-spindle", "common-word",
       tw("diy_dave_spi", "Finally replaced the broken spindle on the stairs. 4 hours, 3 trips to the builders' merchant and one small cry. Only 38 more to sand and paint 🎨",
          when="2028-04-04T18:45:00Z"),
       expect(IGN, "low", None, "none"), note="a stair spindle (baluster)")

    # ---- Wednesday 5 April: a child's rash, the dress, and a fire at Duxmoor -------------------
    chloe_again = tw("chloe_m_spi", "you said you'd call by 5 yesterday. nobody called. it's wednesday, the wedding is TOMORROW and my dress is still missing. I've been sick twice this morning from the stress",
                     reply_to=chloe_brand, when="2028-04-05T06:40:15Z")
    SC("spindle-repeat-bride-no-call", "repeat-contact", chloe_again, expect(RP, "high", "lost_damaged", "direct"),
       note="back in the brand's thread: the promised call never came")
    SC("spindle-safety-school-jumper-rash", "safety-urgent",
       tw("kate_w_spi", f"@{B} my 6 year old has come up in a red raw rash with blisters all round her neck and wrists after wearing her school jumper back from you yesterday. the GP says it looks like a chemical burn. what did you wash it in?? are other kids affected?",
          when="2028-04-05T07:30:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child hurt by a returned garment, and maybe others at risk")
    SC("spindle-medical-epipen-blazer", "medical-urgent",
       tw("faye_a_spi", f"@{B} hi, quick one. my son's epipen was in the inside pocket of his blazer when it went in for cleaning at Addlefield on monday. would it still be in there? he needs it for school tomorrow",
          when="2028-04-05T08:12:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a child's emergency medicine")
    SC("spindle-indirect-suit-scorch", "complaint-indirect",
       tw("graham_s_spi", "Spindle returned my brand new suit with a scorch mark right across the lapel, then told me the damage was 'pre-existing'. It had been worn once. At my granddaughter's christening. Not impressed",
          when="2028-04-05T10:35:29Z"),
       expect(RP, "normal", "lost_damaged", "indirect"), note="his own complaint, brand named without a tag", known_miss="round 14, not met yet: priority: want \"normal\", got urgent; the engine read: names Spindle in a post to everyone | complaint (0.66) | a danger to health or safety: urgent | topic lost_damaged: 'scorch', 'damaged', 'damage'")
    SC("spindle-praise-mums-wedding-dress", "praise",
       tw("lily_m_spi", "Picked up my mum's 1987 wedding dress from Spindle today. They've cleaned it, mended the lace and taken it in so I can wear it next month. I cried at the counter. Thank you Margaret in Addlefield 💕",
          when="2028-04-05T11:50:47Z"),
       expect(RP, "low", "alterations", "indirect"), note="praise, brand named without a tag")
    SC("spindle-safety-duxmoor-dryer-fire", "safety-urgent",
       tw("lewis_g_spi", "the big dryer at the spindle launderette on duxmoor high st is pouring out smoke and I think it's on fire. no attendant on. we've all gone outside and someone's ringing 999. dangerous",
          when="2028-04-05T13:22:51Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a fire in a launderette, written calmly in lower case, brand named without a tag")
    SC("spindle-news-duxmoor-fire", "news-monitor",
       tw("DuxGazette_spi", "Firefighters were called to a fire at Spindle's launderette on Duxmoor High Street this afternoon. Smoke from a dryer filled the shop; nobody was hurt and the fire brigade says the building is now safe. {url:https://duxgazette.example/news/launderette-fire}",
          when="2028-04-05T15:10:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a fire that is over: nobody hurt, nothing to answer")
    dux = tw(B, "Duxmoor: a tumble dryer at our launderette caught fire this afternoon. Everyone got out safely and nobody was hurt. The launderette stays closed until every machine has been checked. Thank you to Duxmoor's fire crew.",
             when="2028-04-05T16:00:00Z")
    SC("spindle-brand-own-duxmoor-statement", "brand-own-post", dux, expect(IGN, "low", "launderettes", "none"))
    SC("spindle-repost-duxmoor-statement", "repost", tw("nan_val_spi", "", retweet=dux, when="2028-04-05T16:12:30Z"),
       expect(IGN, "low", "launderettes", "indirect"))
    ben = tw("ben_o_spi", "did anyone else see the fire engines on the high street this afternoon? 😳", when="2028-04-05T16:20:00Z")
    SC("spindle-venting-dryer-smelled-before", "third-party-venting",
       tw("tanya_r_spi", "@ben_o_spi it was the spindle launderette. I was in there last week and that same dryer was giving off a burning smell then. told the woman on the counter and she just shrugged",
          reply_to=ben, when="2028-04-05T16:40:22Z"),
       expect(MON, "low", "launderettes", "third_party"), strict=False,
       note="venting to a friend after the fire is out and the launderette is shut; some would pass it straight to the safety team")
    found = tw(B, "@chloe_m_spi Chloe, we've found it. It went to our Sallowby depot by mistake. It's been cleaned and pressed, and Dan from Fennick is bringing it to you himself, with you by 8pm. I'm so sorry for the fright, and for yesterday's call that never came.",
               reply_to=chloe_again, when="2028-04-05T17:10:00Z")
    SC("spindle-thread-bride-dress-arrived", "thread-with-brand",
       tw("chloe_m_spi", "IT'S HERE. it's perfect. I've cried for two days and now I'm crying for a completely different reason. thank you Dan and whoever kept chasing 💍😭",
          reply_to=found, when="2028-04-05T19:02:33Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread, no @")
    SC("spindle-namesake-greyhound-race", "namesake",
       tw("RavDogs_spi", "SPINDLE flies out of trap 4 and wins the 19:42 by three lengths 🐕💨 fifth win on the bounce for the pride of Ravensholt. Back on Saturday",
          when="2028-04-05T18:50:00Z"),
       expect(IGN, "low", None, "none"), note="a greyhound called Spindle")
    SC("spindle-common-record-player", "common-word",
       tw("vinyl_al_spi", "anyone know where to get a new spindle for a 1970s Garrard turntable? the old one snapped and my dad's records are gathering dust. Fennick way ideally",
          when="2028-04-05T19:30:10Z"),
       expect(IGN, "low", None, "none"), note="the spindle of a record player")

    # ---- Thursday 6 April: drivers, and a fake refunds account ---------------------------------
    mel = tw("mel_j_spi", "is the launderette on duxmoor high st open today? washing machine died on sunday and I'm out of school uniform",
             when="2028-04-06T07:05:00Z")
    SC("spindle-chatter-duxmoor-shut", "third-party-chatter",
       tw("ash_p_spi", "@mel_j_spi no, Spindle have shut it since the dryer fire yesterday. the one on Fennick Road is open till 10 though, and it's got the big washers",
          reply_to=mel, when="2028-04-06T07:21:40Z"),
       expect(MON, "low", "launderettes", "third_party"), note="a stranger's advice in someone else's thread", known_miss="round 14, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic launderettes: 'shut', 'dryer', 'dryers', 'washer', 'washers'")
    SC("spindle-spam-fake-refunds-broadcast", "spam",
       tw("SpindleRfnd_spi", "📢 Spindle customers: had anything lost or damaged this year? You could be owed a refund of up to £250 💸 Message us your account email, card number and bank details today to receive it ✅",
          when="2028-04-06T07:40:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="a fake refunds account fishing for card and bank details")
    SC("spindle-medical-van-blocks-dialysis", "medical-urgent",
       tw("rose_b_spi", f"@{B} your driver has parked his van right across my drive on Orchard Close and walked off somewhere. I have to get my dad to dialysis for 10 and we can't get the car out. please get him to move it NOW",
          when="2028-04-06T08:20:14Z"),
       expect(RP, "urgent", "collections", "direct"),
       note="a van blocking a drive with a dialysis appointment behind it; the team that can move the van is delivery")
    darren = tw("darren_h_spi", f"@{B} your driver just lobbed my bag of shirts over the gate into a puddle, and when I asked him not to he told me to 'get a life'. shirts soaked and filthy. lovely",
                when="2028-04-06T09:05:41Z")
    SC("spindle-complaint-rude-driver", "complaint-direct", darren, expect(RP, "normal", "collections", "direct"))
    darren_brand = tw(B, "@darren_h_spi That's not OK, Darren, and I'm sorry. I've passed it to the Sallowby depot manager, who'll talk to the driver today and ring you tomorrow morning. We'll collect the shirts and rewash them free.",
                      reply_to=darren, when="2028-04-06T09:24:00Z")
    SC("spindle-news-funding-lockers", "news-monitor",
       tw("BizWire_spi", "Spindle Laundry raises £20m to take its 24-hour lockers to six more cities, days after an app fault locked Ravensholt customers out of their clothes {url:https://bizwire.example/spindle-20m}",
          when="2028-04-06T09:30:00Z"),
       expect(MON, "low", "lockers", "indirect"))
    scam_alert = tw(B, "⚠️ An account calling itself 'Spindle Refunds' is messaging people who've complained to us and asking for card numbers. It isn't us. We will never ask for card or bank details by DM or in a reply. Please report and block it.",
                    when="2028-04-06T10:30:00Z")
    SC("spindle-brand-own-scam-alert", "brand-own-post", scam_alert, expect(IGN, "low", "billing", "none"))
    SC("spindle-q-reply-how-to-tell-fake", "question-in-reply-to-brand",
       tw("tom_q_spi", "so how do we tell the real you from the fake one offering refunds? genuinely asking, theirs has a tick in the name too 😅",
          reply_to=scam_alert, when="2028-04-06T10:51:18Z"),
       expect(RP, "normal", "billing", "direct"), note="a question under the brand's post, no @")
    SC("spindle-private-scam-victim-card", "private-details",
       tw("gail_p_spi", f"@{B} I gave that 'Spindle Refunds' account my card details thinking it was you and £380 has gone out of my account. the card was 5555 5555 5555 4444, I've cancelled it. please ring me on 07700 900238, I feel sick",
          when="2028-04-06T11:02:37Z"),
       expect(RV, "high", "billing", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("spindle-legal-leather-trading-standards", "legal-threat-not-urgent",
       tw("helen_w_spi", f"@{B} I have now sent your claim form twice for my ruined leather jacket (£420) and been ignored twice. Trading Standards next, then the small claims court. You have 14 days.",
          when="2028-04-06T12:10:44Z"),
       expect(RP, "high", "lost_damaged", "direct"), note="a regulator and court threat: a strong complaint, not urgent")
    SC("spindle-abuse-third-no-show", "abuse-with-problem",
       tw("craig_b_spi", f"@{B} you useless bunch of clowns. 3rd collection in a row your driver hasn't bothered turning up. took a day off work for this. absolute joke of a company",
          when="2028-04-06T13:15:09Z"),
       expect(RP, "high", "collections", "direct"), note="rude, but a real problem for the third time")
    SC("spindle-nl-bezorger-buren", "non-english",
       tw("sanne_k_spi", f"@{B} de bezorger heeft mijn was vanochtend bij de verkeerde buren neergezet en die zijn op vakantie. Kunnen jullie het weer ophalen en opnieuw bezorgen? Dank je",
          lang="nl", when="2028-04-06T14:02:27Z"),
       expect(RP, "normal", "collections", "direct"), note="Dutch: the washing was delivered to the wrong neighbours")
    SC("spindle-legal-ico-scam-data", "legal-threat-not-urgent",
       tw("priti_dpo_spi", "Reported Spindle to the ICO today. The fake 'Spindle Refunds' account knew my name, my order number and exactly what I'd complained about. That data came from somewhere, and it wasn't me",
          when="2028-04-06T15:20:00Z"),
       expect(RP, "high", "billing", "indirect"), note="a regulator complaint about her own data, brand named without a tag")
    SC("spindle-threat-counter-staff", "threat-urgent",
       tw("witness_li_spi", f"a man in the Spindle on Mill Lane in Fennick is screaming at the girl behind the counter and threatening to wait for her after her shift. she's on her own and looks terrified. I've called the police. @{B} please send someone",
          when="2028-04-06T16:45:03Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat against the brand's staff, happening now")
    SC("spindle-in-passing-thursday-summary", "complaint-in-passing",
       tw("leon_f_spi", f"thursday summary: MOT failed, landlord ghosting me, @{B} delivery never turned up so I've no shirt for tomorrow's interview, and the cat's been sick in my shoe. cool cool cool",
          when="2028-04-06T19:20:55Z"),
       expect(RP, "normal", "collections", "indirect"), note="the brand tagged in the middle of a long moan")

    # ---- Friday 7 April: claims, subscriptions and a million followers -------------------------
    SC("spindle-pt-queimadura-crianca", "safety-urgent",
       tw("ana_s_spi", f"@{B} o meu filho de 4 anos ficou com a pele vermelha e bolhas no pescoço depois de vestir a camisola que veio da vossa loja de Sallowby. Parece uma queimadura. O que usam na lavagem??",
          lang="pt", when="2028-04-07T07:40:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a second child with blisters like a burn after wearing returned clothes")
    SC("spindle-hotline-praise-night-locker", "public-hotline-number",
       tw("cara_l_spi", "shout out to whoever answered Spindle's 0808 157 0642 line at 11pm last night and stayed on the phone while I got my coat out of a jammed locker at Parkway after my night shift. proper legend",
          when="2028-04-07T08:30:44Z"),
       expect(RP, "low", "lockers", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("spindle-repeat-cancelled-subscription", "repeat-contact",
       tw("dan_e_spi", f"@{B} this is the THIRD time I'm asking. I cancelled my subscription in February and you've taken £34.99 again this month. refund it please, and stop taking it",
          when="2028-04-07T09:20:30Z"),
       expect(RP, "high", "billing", "direct"), note="the third time asking about the same charge")
    SC("spindle-complaint-collection-no-show", "complaint-direct",
       tw("mo_b_spi", f"@{B} booked a spindel collection for 8-10am, waited in all morning, nobody came, no text, no email. now your app says 'collected' 🤔 collected by who?? where are my clothes",
          when="2028-04-07T10:05:08Z"),
       expect(RP, "normal", "collections", "direct"), note="the brand's name misspelt in the text, but tagged")
    SC("spindle-thread-darren-sorted", "thread-with-brand",
       tw("darren_h_spi", "fair play. manager rang at 8, the driver came back and apologised himself and the shirts are back rewashed. that's how it should be done",
          reply_to=darren_brand, when="2028-04-07T11:15:52Z"),
       expect(RP, "low", "collections", "direct"), note="thanks in the brand's thread, no @")
    SC("spindle-de-trockner-muenzen", "non-english",
       tw("jonas_w_spi", f"@{B} Der Trockner im Waschsalon in der Quay Street hat meine Münzen geschluckt und läuft nicht. Drei Pfund weg, und niemand ist da. Wer erstattet mir das?",
          lang="de", when="2028-04-07T11:20:36Z"),
       expect(RP, "normal", "launderettes", "direct"), note="German: a dryer in the launderette took his coins")
    SC("spindle-it-addebito-doppio", "non-english",
       tw("giulia_r_spi", f"@{B} buongiorno, mi avete addebitato due volte l'abbonamento di aprile. Come posso avere il rimborso della seconda quota? Grazie",
          lang="it", when="2028-04-07T12:02:50Z"),
       expect(RP, "normal", "billing", "direct"), note="Italian: charged twice for April's subscription")
    SC("spindle-praise-driver-kwame", "praise",
       tw("bea_m_spi", f"@{B} your driver today, Kwame, carried all four bags up to the 4th floor because our lift's broken, and wouldn't take a tip. give that man a pay rise 🙏",
          when="2028-04-07T12:45:11Z"),
       expect(RP, "low", "collections", "direct"), known_miss="round 14, not met yet: priority: want \"low\", got normal; the engine read: addressed to @SpindleLaundry | complaint (0.93) | topic collections: 'driver', 'drivers'")
    vera = tw("VintageVera_spi", "Sent my 1950s silk slip dress to Spindle for their 'specialist care'. It came back shrunk two sizes with a bleach mark down the front. Seventy years that dress survived. One week with Spindle 💔",
              when="2028-04-07T13:30:00Z",
              metrics={"retweet_count": 2100, "reply_count": 1400, "like_count": 31000, "quote_count": 260})
    SC("spindle-big-reach-silk-dress", "big-reach", vera, expect(RP, "high", "lost_damaged", "indirect"),
       note="1.2m followers and a real ruined garment; brand named without a tag")
    SC("spindle-joke-vera-yarns", "joke-bystander",
       tw("pun_pete_spi", "@VintageVera_spi should've sent it to Spindle Yarns instead, they'd at least have knitted you a new one 🧶",
          reply_to=vera, when="2028-04-07T13:52:17Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke on the name under someone else's post", known_miss="round 14, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("spindle-legal-curtains-small-claims", "legal-threat-not-urgent",
       tw("pam_g_spi", "Reported Spindle to Trading Standards today. Six weeks, four emails, two phone calls and still no compensation for the curtains they lost and the pair they damaged. Small claims form goes in on Monday.",
          when="2028-04-07T14:40:28Z"),
       expect(RP, "high", "lost_damaged", "indirect"), note="a regulator complaint and a court claim, brand named without a tag")
    SC("spindle-hotline-missing-suits", "public-hotline-number",
       tw("stan_r_spi", f"@{B} rang 0808 157 0642 four times this week about my two missing suits. 40 minutes on hold each time and then cut off. is anybody actually there?",
          when="2028-04-07T15:12:03Z"),
       expect(RP, "high", "lost_damaged", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls make it a repeated complaint")
    SC("spindle-spam-free-year-giveaway", "spam",
       tw("FreeWash_spi", "🎉 SPINDLE GIVEAWAY 🎉 win a whole YEAR of free laundry! Follow, RT and enter your card details to show you're human 👉 {url:https://spindle-free-year.example/win}",
          when="2028-04-07T17:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="a fake giveaway fishing for card details")
    SC("spindle-question-velvet-curtains", "question",
       tw("iris_k_spi", f"@{B} do you clean velvet curtains with blackout lining? I've got six big ones. and could you take the hems up while you've got them?",
          when="2028-04-07T18:10:19Z"),
       expect(RP, "normal", "alterations", "direct"), known_miss="round 14, not met yet: priority: want \"normal\", got high; the engine read: addressed to @SpindleLaundry | complaint (0.33) | loss of service | topic alterations: 'velvet', 'curtain', 'curtains', 'hem', 'hems'")
    SC("spindle-chatter-40000-shirts", "chatter-monitor",
       tw("olly_t_spi", "Apparently Spindle press 40,000 shirts a week in Ravensholt alone. I'd love to know who's wearing them, because it's nobody in my office",
          when="2028-04-07T20:05:35Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer", known_miss="round 14, not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: the name Spindle with no sign of the brand's business: another entity")

    # ---- Saturday 8 April: launderettes and the name's other lives ------------------------------
    SC("spindle-common-foal-legs", "common-word",
       tw("farm_fi_spi", "new foal at 5am 🐴 all spindle legs and no idea what to do with any of them. mum is unimpressed, I am in love",
          when="2028-04-08T06:20:00Z"),
       expect(IGN, "low", None, "none"), note="'spindle legs': long thin legs")
    SC("spindle-namesake-mill-museum", "namesake",
       tw("SpindleMill_spi", "Spindle Mill is open all weekend for spring: working looms, cotton spinning demos at 11 and 2, and cake in the old engine house ☕ Free for under-16s",
          when="2028-04-08T07:30:00Z"),
       expect(IGN, "low", None, "none"), note="the Spindle Mill museum")
    SC("spindle-namesake-historian", "namesake",
       tw("AddleLib_spi", "Tonight at 7: Dr Helen Spindle launches 'Cotton and Steam', her history of the mill towns, with a talk and a signing. Tickets £3, wine included 📚",
          when="2028-04-08T08:15:00Z"),
       expect(IGN, "low", None, "none"), note="a historian's surname")
    SC("spindle-indirect-fennick-launderette", "complaint-indirect",
       tw("harriet_spi", "Fennick Road launderette this morning: 3 of the 6 washing machines out of order, the change machine empty, and Spindle still want £6.50 a wash. Great Saturday",
          when="2028-04-08T09:15:27Z"),
       expect(RP, "normal", "launderettes", "indirect"), note="her own complaint, brand named without a tag")
    SC("spindle-common-spindle-tree", "common-word",
       tw("garden_gee_spi", "the spindle tree I planted last autumn is finally in leaf 🌳 pink berries come October. poisonous though, so the dog's banned from that corner",
          when="2028-04-08T09:50:06Z"),
       expect(IGN, "low", None, "none"), note="a spindle tree in a garden")
    kaz = tw("kaz_spi", "which launderette in ravensholt is least grim on a saturday? my flat's machine has finally given up",
             when="2028-04-08T10:00:00Z")
    SC("spindle-safety-sparking-dryer-thread", "safety-urgent",
       tw("rhi_t_spi", "@kaz_spi not the spindle on quay st. the dryer by the window was sparking at me this morning and it's still running with someone's stuff in. after the duxmoor fire I'd stay well clear",
          reply_to=kaz, when="2028-04-08T10:14:36Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a live fire risk reported inside someone else's thread: whoever answers, it is urgent")
    SC("spindle-common-washing-machine-drum", "common-word",
       tw("fix_it_fred_spi", "third washing machine this week with a snapped drum spindle. if your machine bangs like a drum kit on the spin cycle, turn it off and ring someone before it walks across the kitchen",
          when="2028-04-08T11:10:40Z"),
       expect(IGN, "low", "launderettes", "none"),
       note="the spindle inside a home washing machine, from a repairman: close to the business, not the brand", known_miss="round 14, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Spindle in a post to everyone | general chatter about the brand | topic launderettes: 'washing machine', 'washing machines', 'machine', 'machines', 'drum'")
    SC("spindle-sarcasm-one-sock", "sarcasm-customer",
       tw("jo_sock_spi", "really grateful to spindle for teaching me to live with one sock per foot. seven socks missing in three weeks. truly a premium service",
          when="2028-04-08T12:25:14Z"),
       expect(RP, "normal", "lost_damaged", "indirect"), note="sarcasm in lower case, no emoji")
    SC("spindle-namesake-pub-quiz", "namesake",
       tw("quiz_pub_spi", "Quiz night at the Spindle &amp; Shuttle on Thursday 🍺 teams of six, £1 a head, and yes Trevor, the music round is back",
          when="2028-04-08T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="a pub called the Spindle & Shuttle")
    SC("spindle-safety-washer-lid", "safety-urgent",
       tw("ian_v_spi", "hey spindle, the lid on the big washer at fennick road doesn't lock anymore. it flew open mid spin this afternoon and nearly took a kid's hand off. it's dangerous, somebody's going to get hurt",
          when="2028-04-08T14:05:48Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a machine that could injure someone, written calmly in lower case without a tag")
    SC("spindle-complaint-trouser-hem", "complaint-direct",
       tw("paul_h_spi", f"@{B} paid £28 to have my suit trousers taken up for a wedding and the hem on one leg is now 2cm shorter than the other. your tailor says that's 'within tolerance'. it is not",
          when="2028-04-08T15:30:09Z"),
       expect(RP, "normal", "alterations", "direct"))
    SC("spindle-common-panto-nearly-died", "common-word",
       tw("mum_of3_spi", "took the kids to Sleeping Beauty at the Playhouse. when she pricked her finger on the spindle the dame fainted into the front row and I nearly died laughing 😂 best £40 I've spent",
          when="2028-04-08T17:40:22Z"),
       expect(IGN, "low", None, "none"), note="a spinning-wheel spindle in a panto; 'nearly died laughing' is no danger")
    SC("spindle-namesake-greyhound-bath", "namesake",
       tw("hound_home_spi", "spindle rolled in fox poo on the common so it's bath night, and now every towel in the house needs a hot wash 🙄 retired greyhounds are a lifestyle",
          when="2028-04-08T18:30:00Z"),
       expect(IGN, "low", None, "none"), note="a greyhound called Spindle, lower case, in a post about washing")
    SC("spindle-sarcasm-delivery-window", "sarcasm-customer",
       tw("meg_d_spi", "5 stars to Spindle for the exciting new 12-hour delivery window. 8am to 8pm sat by the door, then a text at 8:01 saying they'll try again on Monday 👏👏",
          when="2028-04-08T19:05:51Z"),
       expect(RP, "normal", "collections", "indirect"), note="praise words meaning the opposite", known_miss="round 14, not met yet: priority: want \"normal\", got low; the engine read: names Spindle in a post to everyone | praise: thank them | topic collections: 'delivery window', 'delivery'")

    # ---- Sunday 9 April ------------------------------------------------------------------------
    SC("spindle-question-duxmoor-reopen", "question",
       tw("jade_w_spi", f"@{B} is the duxmoor launderette open again yet? my washing machine died and it's the only one I can walk to with two kids",
          when="2028-04-09T08:05:55Z"),
       expect(RP, "normal", "launderettes", "direct"))
    SC("spindle-threat-break-driver-legs", "threat-urgent",
       tw("vince_r_spi", f"@{B} you've lost my suit AGAIN. if that driver shows his face on my street one more time I'll break his legs, I swear down",
          when="2028-04-09T09:10:33Z"),
       expect(ANY, "urgent", ANY, "direct"), note="a threat of violence against the brand's driver, with a complaint: only the priority is strict")
    SC("spindle-html-collection-template", "html-entities",
       tw("ferg_spi", f"@{B} your collection confirmation says 'Hi &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your driver will arrive between &lt;%= slot.start %&gt; and &lt;%= slot.end %&gt;'. so is my collection actually booked or not?",
          when="2028-04-09T10:40:17Z"),
       expect(RP, "normal", "collections", "direct"), note="a broken template in the confirmation email, delivered escaped")
    SC("spindle-quote-scam-alert-dm", "quote",
       tw("lena_o_spi", "'we will never ask for card details by DM' ok, but your real account asked me for my postcode and order number by DM last week. how is anyone meant to tell you apart from the scammers",
          quote=scam_alert, when="2028-04-09T11:25:46Z"),
       expect(RP, "normal", "billing", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a fair question about telling the real account from the fake")
    meera = tw("meera_spi", "thinking of getting a laundry subscription so I never have to iron again. anyone used one?",
               when="2028-04-09T12:00:00Z")
    SC("spindle-venting-shrunk-coat", "third-party-venting",
       tw("abbie_spi", "@meera_spi not Spindle. they shrunk my good winter coat last year and offered me a £10 voucher for it. never again",
          reply_to=meera, when="2028-04-09T12:20:31Z"),
       expect(MON, "low", "lost_damaged", "third_party"), note="venting in someone else's thread, brand not tagged: don't butt in")
    tash = tw("tash_q_spi", "where in Addlefield can I get a wedding dress cleaned that won't ruin it?? panicking gently 👰",
              when="2028-04-09T13:00:00Z")
    SC("spindle-chatter-praise-recommend", "third-party-chatter",
       tw("gwen_spi", "@tash_q_spi Spindle on the high street! they did my gran's 60-year-old veil and my own wedding dress, both came back perfect. ask for Margaret",
          reply_to=tash, when="2028-04-09T13:14:08Z"),
       expect(MON, "low", "alterations", "third_party"), strict=False,
       note="a customer's praise given as advice inside someone else's thread; some would thank her publicly")
    SC("spindle-private-address-dob", "private-details",
       tw("joan_b_spi", f"@{B} I've moved. can your driver collect from my new address, 14 Wren Court, Sallowby SB3 9QT, from next week? the account is in my name, Joan Baker, date of birth 12/06/1951 if you need to check",
          when="2028-04-09T14:30:00Z"),
       expect(RV, "normal", "collections", "direct"), note="a home address and a date of birth in public")
    SC("spindle-abuse-blazer-muppets", "abuse-with-problem",
       tw("kev_d_spi", f"@{B} you've shrunk my lad's school blazer to doll size, you bunch of muppets. 45 quid and he's back at school on Monday. sort it out",
          when="2028-04-09T15:45:00Z"),
       expect(RP, "high", "lost_damaged", "direct"), note="rude, but a real ruined blazer")
    return brand


BRANDS["spindle-laundry"] = ("SpindleLaundry", 5278901245, build_spindle_laundry)
