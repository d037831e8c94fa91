# Brindle: a made-up coffee-shop chain across the made-up towns of Wexbridge, Dunmere, Halloway,
# Sallowfield, Kingsmere and Coldmarsh: high-street coffee shops, drive-thrus (Penhallow Retail
# Park, Ashcombe services, Sallowfield), the Brindle app (order ahead, pay in the app, Brindle
# Rewards loyalty stamps) and packaged beans, ground coffee, pods and bottled syrups sold in
# supermarkets. Allergic reactions, scalds, falls in store and threats go to the food safety and
# incident desk first.
# "Brindle" is also a dog's coat colour (brindle greyhounds, staffies and boxers) and a cattle
# colour (and a yarn colourway), Brindle the village in Lancashire (its village hall, its cricket
# club, the canal walk, the Brindle Hall farm shop), a surname (a footballer, a doctor, a
# novelist), Brindle & Co (an estate agent), Brindle Brewing (a brewery with a coffee stout) and
# Brindle Road in Dunmere, where a rival's drive-thru has just opened: none of them is the
# coffee chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 7 February 2028: over the weekend the app moved to a new loyalty system and on Monday
# morning thousands of customers find their stamps gone; on Tuesday the app falls over at the
# morning peak; on Wednesday Brindle recalls two batches of its Oat Caramel Syrup (used in the
# cafés and sold in bottles in supermarkets) because they contain hazelnut and almond that are
# not on the label; on Thursday afternoon a lid comes off a hot chocolate at the Penhallow
# drive-thru window and scalds a five-year-old. Friday to Sunday: the news, the follow-ups,
# the legal letters and an ordinary Valentine's weekend.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, shop,
# account, card and order number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_brindle_coffee():
    global CURRENT_BRAND, CLOCK
    brand = Brand("brindle-coffee", SCEN_DIR / "brindle-coffee.plan.toml", "BrindleCoffee", 4478901245, 1861220000000004901)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-02-07T05:30:00Z")
    B = "BrindleCoffee"
    user(B, "Brindle", 4478901245,
         "Brindle ☕ coffee shops, drive-thrus and beans in your supermarket. Care team here 7am–9pm, every day. "
         "Order ahead + Brindle Rewards in our app. Careline 0808 157 0472. Never post card numbers or passwords here.",
         46_200, following=1_150, tweets=38_900, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10040100000 + _n[0] * 4129, bio, followers, **kw)

    person("sian_m_brc", "Sian Mercer", "Nurse. Wexbridge. Runs on flat whites and spite.", 340)
    person("BrindleCareHQ", "Brindle Rewards Support ✅", "Official rewards & refunds help 24/7 ☕ DM us to restore stamps fast", 28, following=4800)
    person("tess_quill_brc", "Tess Quilliam", "Copywriter. Dunmere. Semi-colon defender.", 610)
    person("gabby_lin_brc", "Gabby Lin", "Data analyst by day, crochet by night.", 420)
    person("marnie_brc", "Marnie Cole", "Kingsmere. Two kids, one cat, zero patience.", 260)
    person("jen_ashby_brc", "Jen Ashby", "Primary teacher. Oat latte dependent.", 380)
    person("kel_dunn_brc", "Kelly Dunn", "Halloway. Hairdresser. Tell me your secrets.", 290)
    person("punny_pete_brc", "Pete Harrop", "Dad jokes, fresh daily. Unpaid.", 510)
    person("rob_okafor_brc", "Rob Okafor", "Bus driver. Sallowfield. Spurs till I die.", 150)
    person("frankiedoyle_br", "Frankie Doyle", "Comedian. New tour 'Still Not Sorry' on sale now. Podcast every Tuesday.",
           640_000, following=820, listed=2900, verified=True)
    person("hal_heckles_brc", "Hal Brennan", "Professional heckler. Amateur everything else.", 230)
    person("lucia_fdz_brc", "Lucía Fernández", "Madrileña en Wexbridge. Enfermera y cafetera.", 310)
    person("WexbridgeEcho", "Wexbridge Echo", "News for Wexbridge, Dunmere and Halloway since 1884. Tips: news@wexbridgeecho.example",
           38_400, following=950, verified=True)
    person("WexGreyRescue", "Wexbridge Greyhound Rescue", "Finding sofas for retired racers since 2009 🐾 Registered charity.", 9_800)
    person("tom_pryor_brc", "Tom Pryor", "Selling our first house. Send help.", 170)
    person("dan_whit_brc", "Dan Whitcombe", "Electrician. Coldmarsh.", 120)
    person("dev_sharma_brc", "Dev Sharma", "Product designer. Dunmere. Cycles to work (sometimes).", 880)
    person("lee_cobb_brc", "Lee Cobb", "", 60)
    person("amira_h_brc", "Amira Haddad", "PhD student. Sleep is a rumour.", 540)
    person("pat_jones_brc", "Pat Jones", "Retired. Crosswords, grandkids and a flat white at 10.", 90)
    person("jas_kaur_brc", "Jas Kaur", "Pharmacist. Sallowfield.", 320)
    person("nic_hale_brc", "Nic Hale", "Runner. Kingsmere parkrun regular.", 270)
    person("olu_ade_brc", "Olu Adeyemi", "IT support. Yes, I tried turning it off and on again.", 690)
    person("hopnotes_brc", "Hop Notes", "Beer reviews from the north. Independent breweries only 🍺", 12_300)
    person("sallow_fan_brc", "Gaz Tilley", "Sallowfield Town 💙⚪ home and away since 1996.", 1_100)
    person("cass_sec_brc", "Cass Moreno", "Security researcher. I read your page source.", 3_400)
    person("growfast_brc", "GrowFast Media 📈", "Real followers. Real growth. DM for packages 💸", 2_100, following=4900)
    person("nan_jean_brc", "Jean Pilling", "Nan of 7. I share the useful stuff.", 140)
    person("mark_ellis_brc", "Mark Ellis", "Dad of two. Wexbridge. Always tired.", 230)
    person("hannah_ro_brc", "Hannah Rowe", "Solicitor. Swimmer. EpiPen in every bag.", 470)
    person("kayden_brc", "Kayden Price", "19. college. dont ask", 310)
    person("newmum_amy_brc", "Amy Booth", "Mum of Alfie (3). Learning as I go.", 190)
    person("becca_t_brc", "Becca Thorne", "Mum of Isla (6). Halloway. Coffee, school run, repeat.", 360)
    person("carmen_r_brc", "Carmen Ruiz", "Sevillana en Dunmere. Mamá de Lola.", 220)
    person("sophie_l_brc", "Sophie Laurent", "Lyonnaise à Wexbridge. Prof de français.", 280)
    person("zara_k_brc", "Zara Khan", "Accountant. Halloway. Professional ranter.", 410)
    person("KingsmereTimes", "Kingsmere Times", "Kingsmere's paper since 1902. News, sport, what's on.", 27_500, following=800, verified=True)
    person("gill_w_brc", "Gill Walsh", "Baker, walker, worrier.", 180)
    person("fran_brc", "Fran Ogden", "Sallowfield. Cake maker, list writer.", 260)
    person("gemma_h_brc", "Gemma Harlow", "Sallowfield. Mum, dog walker, list maker.", 110)
    person("beanhead_brc", "Ravi Patel", "Home espresso nerd. I weigh my beans.", 1_900)
    person("ollie_t_brc", "Ollie Turner", "Dad. Fridge magnet collector.", 150)
    person("moira_brc", "Moira Kelly", "Retired dinner lady. Kingsmere.", 70)
    person("BrindleVH", "Brindle Village Hall", "Your village hall in Brindle, Lancashire: clubs, classes, coffee mornings and the best jumble sale in Lancs.", 640)
    person("jodie_f_brc", "Jodie Farrant", "Mum of Kai (5) and Mia (2). Penhallow.", 240)
    person("lukas_b_brc", "Lukas Becker", "Aus Köln. Ingenieur in Ashcombe. Pendler.", 210)
    person("ryan_mc_brc", "Ryan McAllister", "Plasterer. Dunmere. Nan's favourite.", 180)
    person("ana_s_brc", "Ana Sousa", "Do Porto para Sallowfield. Enfermeira.", 260)
    person("gaz_brc", "Gary Sharp", "Say it to my face.", 45)
    person("sanne_brc", "Sanne de Jong", "Uit Utrecht, woont in Halloway. Fietst overal heen.", 230)
    person("ellis_t1_brc", "Ellis Ward", "Type 1 since 2009. Runner. Carb counter.", 720)
    person("aled_brc", "Aled Price", "Son, gardener, Kingsmere.", 130)
    person("sam_d_brc", "Sam Doyle", "Courier. Always cold.", 160)
    person("chefmarcus_brc", "Marcus Adeyemi-Clark", "Chef. Telly. Cookbooks. Restaurant in Manchester, home in Ashcombe.",
           1_100_000, following=700, listed=5100, verified=True)
    person("ian_w_brc", "Ian Webb", "Retired engineer. I keep receipts.", 290)
    person("clare_b_brc", "Clare Booker", "Office manager. Dunmere. Spreadsheets are my love language.", 380)
    person("deano_brc", "Dean Holt", "Scaffolder. 5am starts.", 140)
    person("vibes_vic_brc", "Vic Osei", "Gym, caffeine, repeat.", 890)
    person("steve_p_brc", "Steve Pearce", "Van driver. Sallowfield.", 95)
    person("moe_brc", "Mo Rahman", "Warehouse. Halloway.", 80)
    person("kerry_o_brc", "Kerry O'Neill", "Kingsmere. Cat mum. Bad luck magnet.", 310)
    person("jess_v_brc", "Jess Varley", "Student. Dunmere. Will try anything pink.", 520)
    person("fundback_brc", "FundBack Pro ✅", "Certified scam & crypto fund recovery. 100% success. DM ✅", 7_600, following=5000)
    person("bookish_bea_brc", "Bea Lund", "Reading my way through the library, one tear at a time 📚", 2_800)
    person("orrell_mart_brc", "Orrell Vale Mart", "Livestock auctions every Saturday. Store cattle, sheep, the odd goat.", 3_600)
    person("lancs_foodie_br", "Nell Tattersall", "Eating my way round Lancashire. Farm shops, pies and proper brews.", 4_700)
    person("DunmereRoads", "Dunmere Roads", "Traffic and travel for Dunmere and around. Not the council.", 15_200)
    person("RadioWexbridge", "Radio Wexbridge", "Your local radio. Breakfast 6–10 with Kaz and Dom.", 31_000, following=1200, verified=True)
    person("daan_brc", "Daan Visser", "Uit Rotterdam, nu in Wexbridge. Koffie en fietsen.", 190)
    person("rita_brc", "Rita Carvalho", "Lisboeta em Sallowfield. Café primeiro, conversa depois.", 240)
    person("remote_rosa_brc", "Rosa Dunne", "Freelance illustrator. Always looking for a table and a plug.", 1_300)
    person("liam_brc", "Liam Hart", "Plumber. Ashcombe.", 110)
    person("anna_j_brc", "Anna Jowett", "Vegan for 6 years. Kingsmere.", 450)
    person("priya_n_brc", "Priya Nair", "Teacher. Kingsmere. Loo-finder general.", 330)
    person("staffie_sal_brc", "Sally Crook", "Mum to Tyson the staffie 🐶 he's a good boy (mostly).", 620)
    person("canal_walks_brc", "Frank Mellor", "Canal towpaths, frosty mornings and a flask.", 1_050)
    person("knit_wit_brc", "Hattie Sowerby", "Knitter. Dyer. Tea drinker. Yarn everywhere 🧶", 2_300)
    person("BrindleCC", "Brindle Cricket Club", "Village cricket in Brindle, Lancashire since 1881 🏏 Saturdays, Sundays and the odd Wednesday.", 870)
    person("bex_brc", "Bex Lowe", "Halloway. Morning person (lie).", 210)
    person("freecafe_brc", "Free Café Giveaways 🎁", "Win free coffee every week! Follow + RT to enter 🎁☕", 3_300, following=4900)
    person("noor_brc", "Noor Aziz", "Web dev. Templating languages haunt me.", 1_600)
    person("morning_meg_brc", "Meg Ashworth", "Sales. Dunmere. Not a morning person.", 280)
    person("lou_brc", "Lou Barker", "Penhallow. Commuter. Caffeine-powered.", 200)
    person("new_in_wex_brc", "Tilly Graham", "Just moved to Wexbridge! Recommendations welcome.", 120)
    person("wex_local_brc", "Kwame Mensah", "Wexbridge born and bred. Ask me anything.", 940)

    # ---- Monday 7 February: the new app and the vanished stamps -------------------------
    launch = tw(B, "☕ The new Brindle app is here! Order ahead, pay in one tap, and every stamp from your old card has moved across automatically 💛 Update today and your next flat white is a tap away 👉 {url:https://brindlecoffee.example/new-app}",
                when="2028-02-07T06:00:00Z")
    sian = tw("sian_m_brc", f"@{B} updated this morning and my 9 stamps have gone. NINE. I was one away from a free drink and my rewards page just says 0. where have they gone?",
              when="2028-02-07T06:52:14Z")
    SC("brindle-complaint-stamps-gone", "complaint-direct", sian, expect(RP, "normal", "rewards", "direct"))
    sian_brand = tw(B, "@sian_m_brc Morning Sian, sorry! Some stamps haven't come across from the old cards yet. They're not lost: we're moving them over by Wednesday, and I've popped a free drink on your account today for the hassle 💛",
                    reply_to=sian, when="2028-02-07T07:10:33Z")
    SC("brindle-brand-reply-sian-free-drink", "brand-own-post", sian_brand, expect(IGN, "low", "rewards", "none"))
    SC("brindle-thread-sian-thanks", "thread-with-brand",
       tw("sian_m_brc", "ah that's brilliant, thank you! free drink's showing now 🙌 see you at 8",
          reply_to=sian_brand, when="2028-02-07T07:21:48Z"),
       expect(RP, "low", "rewards", "direct"), note="thanks in the brand's thread, no @")
    SC("brindle-spam-fake-rewards-team", "spam",
       tw("BrindleCareHQ", "@sian_m_brc Hi Sian 👋 Brindle Rewards team here ✅ we can restore your stamps and free drink right now! Just DM us the email and password on the account to verify 💛",
          reply_to=sian, when="2028-02-07T07:30:05Z"),
       expect(IGN, "low", "rewards", "third_party"),
       note="an impersonator under a real customer's post, fishing for a password")
    SC("brindle-quote-launch-stamps-zero", "quote",
       tw("tess_quill_brc", "'every stamp has moved across automatically' 🙃 mine moved across to zero. 14 stamps and a birthday drink, gone",
          quote=launch, when="2028-02-07T08:05:27Z"),
       expect(RP, "normal", "rewards", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic complaint about her own stamps")
    SC("brindle-sarcasm-confetti", "sarcasm-customer",
       tw("gabby_lin_brc", "love that the new Brindle app turned two years of loyalty stamps into a little confetti animation and a big fat 0 🎉 truly the upgrade we all needed",
          when="2028-02-07T08:40:12Z"),
       expect(RP, "normal", "rewards", "indirect"), note="sarcasm with no complaint word")
    SC("brindle-in-passing-monday", "complaint-in-passing",
       tw("marnie_brc", f"monday so far: missed the bus, spilt porridge down my good shirt, boss moved my 1:1 to 8am, and @{B} decided my 11 loyalty stamps never existed. going back to bed",
          when="2028-02-07T09:15:40Z"),
       expect(RP, "normal", "rewards", "indirect"), note="the brand tagged in the middle of a bad morning")
    jen = tw("jen_ashby_brc", "ok whose coffee shop app has wiped itself this morning or is it just me 😤 had 10 stamps on there",
             when="2028-02-07T09:40:00Z")
    SC("brindle-venting-stamps-in-friends-thread", "third-party-venting",
       tw("kel_dunn_brc", "@jen_ashby_brc not just you, Brindle wiped all 10 of my stamps too. went in for my 'free' latte and ended up forking out full whack 🙃",
          reply_to=jen, when="2028-02-07T09:52:31Z"),
       expect(MON, "low", "rewards", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("brindle-joke-dog-ate-stamps", "joke-bystander",
       tw("punny_pete_brc", "@jen_ashby_brc a coffee shop named after a dog losing your stamps? classic Brindle. the dog ate them 🐶",
          reply_to=jen, when="2028-02-07T10:05:09Z"),
       expect(IGN, "low", "rewards", "third_party"), note="a bystander's pun on the name in someone else's thread")
    SC("brindle-private-rewards-card-email", "private-details",
       tw("rob_okafor_brc", f"@{B} stamps gone after the update. my rewards card number is 6331 0042 7781 9905 and the email on it is rob.okafor88@mailbox.example. can you put them back please? had 8",
          when="2028-02-07T10:30:44Z"),
       expect(RV, "normal", "rewards", "direct"), note="a loyalty card number and an email address in public")
    comedian = tw("frankiedoyle_br", f"Brindle's new loyalty thing has eaten my 10 stamps, which is honestly the most devastating thing to happen to me this year, and I toured Scotland with a broken toe. @{B} give me back my free flat white 😤",
                  when="2028-02-07T12:30:00Z",
                  metrics={"retweet_count": 1900, "reply_count": 1400, "like_count": 38200, "quote_count": 260})
    SC("brindle-big-reach-comedian-stamps", "big-reach", comedian, expect(RP, "high", "rewards", "indirect"),
       note="640k followers, joking but a real complaint about her own stamps; the handle inside a post to everyone",
       known_miss="round 12, not met yet: topic: want \"rewards\", got drinks; the engine read: tags @BrindleCoffee in a post to everyone | describes their own experience | complaint (0.90) | author reach: 640k followers | topic drinks: 'flat white', 'flat whites'")
    SC("brindle-joke-greyhound-legged-it", "joke-bystander",
       tw("hal_heckles_brc", "@frankiedoyle_br a brindle is a greyhound, Frankie. no wonder your stamps legged it 🐕💨",
          reply_to=comedian, when="2028-02-07T12:44:18Z"),
       expect(IGN, "low", "rewards", "third_party"), note="a stranger's joke under the comedian's post")
    SC("brindle-es-sellos-desaparecidos", "non-english",
       tw("lucia_fdz_brc", f"@{B} Hola, actualicé la aplicación y han desaparecido todos mis sellos (tenía 8, casi una bebida gratis). ¿Los vais a recuperar? Gracias",
          lang="es", when="2028-02-07T13:10:26Z"),
       expect(RP, "normal", "rewards", "direct"), note="Spanish: her stamps vanished after the update")
    SC("brindle-private-dob-locked-out", "private-details",
       tw("dan_whit_brc", f"@{B} locked out of the new app, it wants my date of birth and says it's wrong. it's 14/03/1991, email dan.whitcombe@postbox.example, account since 2022. can someone unlock it please",
          when="2028-02-07T14:02:37Z"),
       expect(RV, "normal", "app", "direct"), note="a date of birth and an email address in public")
    SC("brindle-common-greyhound-adoption", "common-word",
       tw("WexGreyRescue", "Meet Pickle 🐾 a 5 year old brindle greyhound who's house-trained, fine with cats and very serious about sofas. Could she be your Valentine? Apply 👉 {url:https://wexgreyrescue.example/pickle}",
          when="2028-02-07T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="the dog's coat colour",
       known_miss="round 12, not met yet: topic: want null, got app; the engine read: 'brindle' is used as an ordinary word | topic app: 'appli'")
    SC("brindle-namesake-estate-agent", "namesake",
       tw("tom_pryor_brc", "Brindle &amp; Co valued our house on Friday and it's now listed £15k under what they told us to our faces. estate agents are a different species",
          when="2028-02-07T18:20:51Z"),
       expect(IGN, "low", None, "none"), note="Brindle & Co, an estate agent")

    # ---- Tuesday 8 February: the app falls over at the morning peak ---------------------
    dev = tw("dev_sharma_brc", f"@{B} app won't load at all, just the spinning cup since 7. can't order ahead, can't pay, can't see my stamps. is it down for everyone? half the queue in Dunmere is stood staring at their phones",
             when="2028-02-08T07:25:16Z")
    SC("brindle-complaint-app-down", "complaint-direct", dev, expect(RP, "high", "app", "direct"),
       note="the app is down for everyone at the morning peak: an outage")
    dev_brand = tw(B, "@dev_sharma_brc Sorry Dev, the app and order ahead were down for everyone from 7:05 to 8:00 this morning. It's back now. Any order that took your money but never reached the store will be refunded automatically by Friday.",
                   reply_to=dev, when="2028-02-08T08:12:40Z")
    SC("brindle-thread-app-back-refund", "thread-with-brand",
       tw("dev_sharma_brc", "it's back, cheers. and the refund for the 7:15 one has just come through too 👍 fair play",
          reply_to=dev_brand, when="2028-02-08T08:30:02Z"),
       expect(RP, "low", "billing", "direct"), note="thanks in the brand's thread without @: solved")
    SC("brindle-abuse-clowns-app", "abuse-with-problem",
       tw("lee_cobb_brc", f"@{B} absolute clowns. 3 years of stamps binned, the app crashes every time I open it, login fails, and your chat bot just says 'try again later'. sort it out you useless lot",
          when="2028-02-08T09:05:33Z"),
       expect(RP, "high", "app", "direct"), note="rude, but a real problem with the app and his stamps")
    SC("brindle-sarcasm-great-job-app", "sarcasm-customer",
       tw("amira_h_brc", f"great job on the new app @{B}, only took 40 minutes and three password resets to order a flat white 👏👏",
          when="2028-02-08T09:40:28Z"),
       expect(RP, "normal", "app", "indirect"), note="'great job' meaning the opposite")
    SC("brindle-question-paper-stamp-cards", "question",
       tw("pat_jones_brc", f"@{B} do the old paper stamp cards still count now everything's on the app? I've got two full ones in my purse from before Christmas",
          when="2028-02-08T10:20:55Z"),
       expect(RP, "normal", "rewards", "direct"))
    stamps_update = tw(B, "Stamps update 💛 Most of you should see your stamps and free drinks back now. Still missing some? In the app go to Account &gt; Missing stamps, add your old card number and we'll top you up within 48 hours.",
                       when="2028-02-08T11:00:00Z")
    SC("brindle-q-reply-missing-stamps-menu", "question-in-reply-to-brand",
       tw("jas_kaur_brc", "where's 'missing stamps'?? my Account page only has Profile and Payment, and I'm on android if that matters. app version 4.0.2",
          reply_to=stamps_update, when="2028-02-08T11:25:47Z"),
       expect(RP, "normal", "app", "direct"), note="a question under the brand's post, no @")
    nic = tw("nic_hale_brc", "has anyone actually got their Brindle stamps back yet or are we all just accepting it", when="2028-02-08T12:00:00Z")
    SC("brindle-chatter-stamp-card-tip", "third-party-chatter",
       tw("olu_ade_brc", "@nic_hale_brc mine came back this morning 🙌 scan the barcode on your old stamp card in the Brindle app and they top you up, plus a free drink for the faff",
          reply_to=nic, when="2028-02-08T12:15:39Z"),
       expect(MON, "low", "rewards", "third_party"), note="a stranger's advice in someone else's thread")
    SC("brindle-namesake-brewing-coffee-stout", "namesake",
       tw("hopnotes_brc", "Brindle Brewing's new coffee &amp; oat milk stout is dangerously drinkable 🍺 7.2% though, so maybe not one for the morning commute",
          when="2028-02-08T17:30:00Z"),
       expect(IGN, "low", "drinks", "none"), note="a brewery in a nearby trade; 'oat milk' is a drinks keyword")
    SC("brindle-namesake-footballer", "namesake",
       tw("sallow_fan_brc", "CALLUM BRINDLE 🚀 94th minute header and Sallowfield Town go top of the league!!! 💙⚪",
          when="2028-02-08T21:45:12Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    SC("brindle-html-login-script", "html-entities",
       tw("cass_sec_brc", f"@{B} your app shows &lt;script&gt;alert(1)&lt;/script&gt; where my name should be on the login screen and my stamps still say 0. has my account been hacked??",
          when="2028-02-08T15:10:06Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("brindle-spam-follower-selling", "spam",
       tw("growfast_brc", "Want a café Insta that pops like Brindle's? 📈 10k REAL followers for £19.99, 100% safe, DM us now 🔥",
          when="2028-02-08T16:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")

    # ---- Wednesday 9 February: the oat caramel syrup recall -----------------------------
    recall = tw(B, "⚠️ Recall: Brindle Oat Caramel Syrup, batches L2802 and L2803, may contain hazelnut and almond that aren't on the label. If you have a nut allergy, please don't use it. Supermarket bottles can be returned for a full refund 👉 {url:https://brindlecoffee.example/recall}",
                when="2028-02-09T07:00:00Z")
    SC("brindle-brand-own-recall", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("brindle-repost-recall", "repost", tw("nan_jean_brc", "", retweet=recall, when="2028-02-09T07:20:14Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("brindle-medical-son-tree-nut", "medical-urgent",
       tw("mark_ellis_brc", f"@{B} my son is 7 with a tree nut allergy. he had an oat hot chocolate with caramel at your Wexbridge store on saturday and his lips went puffy that night, we gave him antihistamine. was that the recalled syrup? should we take him in?",
          when="2028-02-09T08:05:41Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child with a nut allergy who reacted after a drink with the recalled syrup")
    SC("brindle-medical-epipen-calm-question", "medical-urgent",
       tw("hannah_ro_brc", f"@{B} hi, I carry an EpiPen for a cashew and hazelnut allergy and have an oat latte most mornings. is it just the caramel one that's recalled, or are the others made in the same place? don't want to risk it",
          when="2028-02-09T08:40:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a life-threatening allergy")
    recall_q = tw("gill_w_brc", "how do I find the batch number? the bottle just says BB 08/2028 and a long code starting L28, is that it?",
                  reply_to=recall, when="2028-02-09T09:00:33Z")
    SC("brindle-q-reply-batch-number", "question-in-reply-to-brand", recall_q, expect(RP, "normal", "retail", "direct"),
       note="a question under the recall post; nobody in the house is said to be allergic",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: replies to @BrindleCoffee: the customer is talking to the brand | complaint (0.03) | legal or regulatory threat (not urgent) | topic retail: 'batch number', 'bottle', 'bottles', 'bottled'")
    SC("brindle-safety-slang-throat-tight", "safety-urgent",
       tw("kayden_brc", f"had a brindle oat caramel latte at 8 n now my throat feels proper tight n itchy 😭 told the barista bout my nut allergy n she said it was fine?? @{B} wtf",
          when="2028-02-09T09:20:52Z"),
       expect(RP, "urgent", "safety", "indirect"), note="slang and lower case, but an allergic reaction happening now")
    amy = tw("newmum_amy_brc", "my 3 year old's just been diagnosed with a tree nut allergy 😰 is oat milk ok for him or do I need to check everything now?",
             when="2028-02-09T09:45:00Z")
    SC("brindle-safety-hives-in-someone-elses-thread", "safety-urgent",
       tw("becca_t_brc", "@newmum_amy_brc check everything. careful with Brindle's oat drinks, their syrup's just been recalled for nuts. my daughter had one yesterday and came up in hives, she's still a bit wheezy this morning and we're waiting for the GP to ring back",
          reply_to=amy, when="2028-02-09T10:02:26Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open (the issue: never a public answer in someone else's conversation; the writer wanted one); inside someone else's thread, but a child is still wheezy after the recalled product: the risk outweighs 'don't butt in'")
    SC("brindle-es-medical-hija-urticaria", "medical-urgent",
       tw("carmen_r_brc", f"@{B} Mi hija es alérgica a los frutos secos y el lunes tomó un latte de avena con sirope de caramelo en vuestra tienda de Dunmere. Hoy tiene urticaria y la cara hinchada. ¿Es del lote retirado? ¿Qué hacemos?",
          lang="es", when="2028-02-09T10:40:13Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a girl with a nut allergy has hives and a swollen face")
    SC("brindle-fr-medical-gorge-gonflee", "medical-urgent",
       tw("sophie_l_brc", f"@{B} Bonjour, mon mari est allergique aux noisettes. Il a bu un latte à l'avoine chez vous hier soir et ce matin il a la gorge gonflée et du mal à respirer. Le sirop fait partie du rappel ? On part aux urgences.",
          lang="fr", when="2028-02-09T11:15:38Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a hazelnut allergy, swollen throat and trouble breathing")
    SC("brindle-news-recall", "news-monitor",
       tw("KingsmereTimes", "Brindle recalls oat caramel syrup used in its cafés and sold in supermarkets after undeclared hazelnut and almond were found in two batches. Anyone with a nut allergy is urged not to consume it {url:https://kingsmeretimes.example/news/brindle-syrup-recall}",
          when="2028-02-09T12:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("brindle-quote-recall-supermarket-bottles", "quote",
       tw("fran_brc", "does this cover the bottles in supermarkets as well or just the cafés? bought one at Fairway on Saturday and the code on the back ends 2803",
          quote=recall, when="2028-02-09T12:30:47Z"),
       expect(RP, "normal", "retail", "indirect"), strict=False,
       note="a question quoting the recall post without a tag; no allergy in the house is mentioned")
    SC("brindle-safety-in-passing-tingly-lips", "safety-urgent",
       tw("zara_k_brc", "Rant incoming. Brindle wiped my stamps Monday, the app logged me out twice, Halloway gave me the oat syrup instead of plain, and I paid £4.60 for that. lips tingly and throat a bit tight since lunch, prob just stress lol (nut allergy since I was 4)",
          when="2028-02-09T13:30:22Z"),
       expect(RP, "urgent", "safety", "indirect"), note="an allergic reaction told in passing at the end of a long rant")
    SC("brindle-private-address-phone-bottles", "private-details",
       tw("gemma_h_brc", f"@{B} got 2 bottles of the recalled syrup from the supermarket and no receipt. can I still get my money back? I'm at 14 Linnet Close, Sallowfield SF3 9QT, 07700 900482, happy for someone to collect them",
          when="2028-02-09T14:10:05Z"),
       expect(RV, "normal", "retail", "direct"), note="a home address and a phone number in public; no allergy mentioned")
    SC("brindle-hotline-recall-on-hold", "public-hotline-number",
       tw("moira_brc", f"@{B} rang 0808 157 0472 about the recalled syrup bottles from the supermarket, 50 minutes on hold then it cut off. do I just bin them or can I get a refund?",
          when="2028-02-09T16:30:11Z"),
       expect(RP, "normal", "retail", "direct"), strict=False, note="the brand's own careline is not a private detail")
    SC("brindle-indirect-beans-price-bitter", "complaint-indirect",
       tw("beanhead_brc", "Brindle's Dark Roast beans have gone up to £7.80 a bag at Fairway and they taste more bitter than they used to. two years buying them, might be time to switch 😕",
          when="2028-02-09T16:00:00Z"),
       expect(RP, "normal", "retail", "indirect"), note="packaged coffee from the supermarket, brand named without a tag",
       known_miss="round 12, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Brindle in a post to everyone | general chatter about the brand | topic retail: 'dark roast', 'roast', 'beans', 'bean', 'bag', 'bags'")
    SC("brindle-chatter-cupboard-recall", "chatter-monitor",
       tw("ollie_t_brc", "not me going through the whole cupboard after the Brindle recall news 😅 all clear, we only had the vanilla",
          when="2028-02-09T19:30:44Z"),
       expect(MON, "low", "safety", "indirect"), note="nothing to answer: he checked and is fine")
    SC("brindle-namesake-village-hall-coffee-morning", "namesake",
       tw("BrindleVH", "Brindle Village Hall coffee morning this Saturday 10–12 ☕ homemade cakes, a tombola and Jean's famous lemon drizzle. All proceeds to the church roof fund 🙏",
          when="2028-02-09T18:00:00Z"),
       expect(IGN, "low", "drinks", "none"), note="the village in Lancashire, with a coffee morning: close to the business, not the brand")

    # ---- Thursday 10 February: the scald at the Penhallow drive-thru --------------------
    SC("brindle-repeat-sian-still-missing", "repeat-contact",
       tw("sian_m_brc", "it's thursday. stamps still not back, and now the free drink you added has vanished too. you said wednesday",
          reply_to=sian_brand, when="2028-02-10T07:40:19Z"),
       expect(RP, "high", "rewards", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("brindle-hotline-praise-batch-check", "public-hotline-number",
       tw("aled_brc", "whoever answered Brindle's 0808 157 0472 line last night, thank you. you talked me through finding the batch number on the bottle in mum's cupboard and sorted a refund. lovely lady",
          when="2028-02-10T09:15:33Z"),
       expect(RP, "low", "retail", "indirect"), strict=False, note="praise quoting the brand's own careline")
    SC("brindle-nl-threat-knife-barista", "threat-urgent",
       tw("sanne_brc", f"@{B} Net in jullie filiaal in Halloway bedreigde een man de barista met een mes omdat zijn bestelling te lang duurde. De politie is er nu. Gaat het goed met haar?",
          lang="nl", when="2028-02-10T11:50:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a man threatened a barista with a knife, just now")
    SC("brindle-safety-nan-slipped-wet-floor", "safety-urgent",
       tw("ryan_mc_brc", "my nan's 86 and slipped on a wet floor by the counter at Brindle in Dunmere this morning. no sign out, nothing. she's hurt her head and she's a bit confused, ambulance says 2 hours. staff have been lovely but how was there no sign??",
          when="2028-02-10T10:30:52Z"),
       expect(RP, "urgent", "safety", "indirect"), note="an 86-year-old with a head injury, still waiting for an ambulance")
    SC("brindle-medical-diabetic-sugar-free", "medical-urgent",
       tw("ellis_t1_brc", f"@{B} is the 'sugar free' vanilla actually sugar free? type 1 diabetic, had a large one at 3 and my blood sugar's 19 and climbing. done a correction dose of insulin, just need to know what I've actually had",
          when="2028-02-10T14:20:08Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a diabetic whose blood sugar is climbing now")
    jodie = tw("jodie_f_brc", f"@{B} the lid came off the hot chocolate as your staff passed it through the Penhallow drive thru window and it went all over my 5 year old in the back. his legs are scalded and blistering and we're on our way to hospital",
               when="2028-02-10T15:40:14Z")
    SC("brindle-safety-scald-child-drive-thru", "safety-urgent", jodie, expect(RP, "urgent", "safety", "direct"),
       note="a child scalded at the drive-thru window, on the way to hospital")
    jodie_brand = tw(B, "@jodie_f_brc Jodie, I'm so sorry. Please get his burns seen at the hospital first. Our area manager will call you today: when you can, DM us a number. I've asked Penhallow to stop passing hot drinks through the window until we know what happened.",
                     reply_to=jodie, when="2028-02-10T15:52:40Z")
    SC("brindle-brand-reply-scald", "brand-own-post", jodie_brand, expect(IGN, "low", "safety", "none"))
    SC("brindle-de-safety-verbrueht-drive-in", "safety-urgent",
       tw("lukas_b_brc", f"@{B} Am Drive-in in Ashcombe ist beim Übergeben der Deckel abgesprungen und der heiße Kaffee lief mir über Hand und Oberschenkel. Ich bin verbrüht, habe Brandblasen und fahre jetzt ins Krankenhaus. So etwas darf nicht passieren.",
          lang="de", when="2028-02-10T16:30:45Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a lid came off at the drive-thru, scalded and blistered, going to hospital")
    SC("brindle-pt-safety-queimaduras", "safety-urgent",
       tw("ana_s_brc", f"@{B} A tampa do copo saltou na janela do drive-thru de Sallowfield e o café quente caiu-me todo no colo. Tenho queimaduras e bolhas nas pernas, vou agora para as urgências. Isto não pode acontecer!",
          lang="pt", when="2028-02-10T17:10:31Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: burns and blisters from a drink at the drive-thru window")
    SC("brindle-threat-drag-through-window", "threat-urgent",
       tw("gaz_brc", f"@{B} if the Penhallow drive thru lot get my order wrong one more time I'll drag that lad out through his little window. third time this week. you've been warned",
          when="2028-02-10T18:00:22Z"),
       expect(ANY, "urgent", "drive_thru", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("brindle-sarcasm-iced-in-february", "sarcasm-customer",
       tw("sam_d_brc", f"thanks @{B} for the iced oat latte 🧊 I ordered it hot, it's -2 outside, but sure",
          when="2028-02-10T08:10:37Z"),
       expect(RP, "normal", "drinks", "indirect"), note="'thanks' meaning the opposite: the wrong drink",
       known_miss="round 12, not met yet: priority: want \"normal\", got low; the engine read: tags @BrindleCoffee in a post to everyone | praise: thank them | topic drinks: 'iced', 'oat', 'latte', 'lattes'")

    # ---- Friday 11 February: the news, the follow-ups, the letters ----------------------
    scald_news = tw("WexbridgeEcho", "A five-year-old boy was taken to hospital with burns after a hot chocolate spilled on him at Brindle's Penhallow Retail Park drive-thru on Thursday. The chain says it is reviewing how drinks are handed over {url:https://wexbridgeecho.example/news/penhallow-drive-thru-scald}",
                    when="2028-02-11T07:30:00Z")
    SC("brindle-news-drive-thru-scald", "news-monitor", scald_news, expect(MON, "low", "safety", "indirect"),
       note="news of yesterday's incident: monitor; the family is already a case")
    SC("brindle-repost-scald-news", "repost", tw("nan_jean_brc", "", retweet=scald_news, when="2028-02-11T07:45:29Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("brindle-private-jodie-phone-follow-up", "private-details",
       tw("jodie_f_brc", "he's home with dressings on both his burns for 2 weeks. nobody from Brindle has called. my number's 07700 900155, please ring me today, not a DM",
          reply_to=jodie_brand, when="2028-02-11T09:10:56Z"),
       expect(RV, "high", "safety", "direct"), strict=False,
       note="a phone number in public, back in the brand's thread; the boy is treated and home, so high (a promise not kept) rather than urgent, though some would keep it urgent")
    SC("brindle-big-reach-chef-loose-lid", "big-reach",
       tw("chefmarcus_brc", f"Grabbed a @{B} at the Ashcombe drive-thru after a 20 min queue. Lid not clipped on, 3rd time this year. After what happened to that little boy at Penhallow yesterday you'd think they'd check every cup at the window. Sort it out.",
          when="2028-02-11T08:15:00Z",
          metrics={"retweet_count": 4200, "reply_count": 2900, "like_count": 51700, "quote_count": 640}),
       expect(RP, "high", "drive_thru", "indirect"), note="1.1m followers; a loose lid, nobody hurt")
    SC("brindle-legal-small-claims-stamps", "legal-threat-not-urgent",
       tw("ian_w_brc", f"@{B} 1,200 stamps (about £90 of drinks) wiped in your migration and four days of 'we're looking into it'. if they're not back by Monday I'm filing a small claims court case. not joking",
          when="2028-02-11T10:00:41Z"),
       expect(RP, "high", "rewards", "direct"), note="a court threat: a strong complaint, not urgent")
    SC("brindle-legal-trading-standards-double-charge", "legal-threat-not-urgent",
       tw("clare_b_brc", "Reported Brindle to Trading Standards today. They charged my card twice for every drive-thru order this week, £31.40 extra, and the 'refund in 3-5 days' never came.",
          when="2028-02-11T11:00:17Z"),
       expect(RP, "high", "billing", "indirect"), note="a regulator complaint about her own money, brand named without a tag")
    SC("brindle-indirect-queue-killing-me", "complaint-indirect",
       tw("deano_brc", "the Brindle drive thru at Penhallow is actually killing me. 25 minutes in the queue for one flat white, every single morning 💀",
          when="2028-02-11T08:20:36Z"),
       expect(RP, "normal", "drive_thru", "indirect"), note="'killing me' is hyperbole: an ordinary complaint, not urgent")
    SC("brindle-praise-quad-shot-dead-man", "praise",
       tw("vibes_vic_brc", "Brindle's quad shot americano could restart a dead man's heart ⚡ 10/10, will be vibrating until Tuesday",
          when="2028-02-11T09:30:09Z"),
       expect(RP, "low", "drinks", "indirect"), note="a joke with danger words about something harmless: praise, not urgent",
       known_miss="round 12, not met yet: action: want \"respond_public\", got monitor; the engine read: names Brindle in a post to everyone | general chatter about the brand | topic drinks: 'shot', 'shots', 'americano'")
    SC("brindle-praise-daughter-fine-now", "praise",
       tw("becca_t_brc", "Update for everyone who asked: my daughter's totally fine 🙏 the hives have gone, one antihistamine and she was back to bossing us about by dinner. thank you to the Brindle manager in Wexbridge who rang twice to check on her",
          when="2028-02-11T11:30:52Z"),
       expect(RP, "low", "safety", "indirect"), note="the reaction is over and settled: thanks, not urgent")
    SC("brindle-repeat-charged-twice-fourth", "repeat-contact",
       tw("steve_p_brc", f"@{B} 4th time asking. you charged me twice for Monday's drive thru order (£8.90 x2). the refund 'within 3 days' was promised on Monday and it still isn't back",
          when="2028-02-11T12:10:24Z"),
       expect(RP, "high", "billing", "direct"), note="the fourth contact about the same money")
    SC("brindle-abuse-muppets-order-ahead", "abuse-with-problem",
       tw("moe_brc", f"@{B} are you lot thick? ordered ahead at 7:30, turned up at 7:45, order 'not found', paid £11 for nothing and the girl just shrugged. refund me, I want my money back you muppets",
          when="2028-02-11T13:05:48Z"),
       expect(RP, "high", "billing", "direct"), note="rude, but he paid for an order he never got")
    SC("brindle-in-passing-week-from-hell", "complaint-in-passing",
       tw("kerry_o_brc", f"what a week. boiler's gone, car failed its MOT, cat's at the vet AND @{B} charged me for a drive thru order I never even got and won't refund it. love that for me",
          when="2028-02-11T18:00:13Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("brindle-chatter-valentine-menu", "chatter-monitor",
       tw("jess_v_brc", "Brindle's Valentine's menu is out and there's a rose and white choc latte. who's brave enough to go first 👀🌹",
          when="2028-02-11T14:00:35Z"),
       expect(MON, "low", "drinks", "indirect"),
       known_miss="round 12, not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: 'Brindle Valentine's' is another entity, not the brand | topic drinks: 'menu', 'latte', 'lattes'")
    SC("brindle-spam-fund-recovery", "spam",
       tw("fundback_brc", "Paid a fake 'Brindle Rewards' site to restore your stamps? 💸 Our certified recovery agents get your money back in 24h, 100% success. DM now ✅",
          when="2028-02-11T15:00:00Z"),
       expect(IGN, "low", "rewards", "indirect"), note="scam 'fund recovery' riding on the stamps story")
    SC("brindle-namesake-novelist", "namesake",
       tw("bookish_bea_brc", "Finished 'The Salt House' by Ruth Brindle on the bus this morning and had to pretend I had something in my eye for three stops 📚😭",
          when="2028-02-11T16:20:42Z"),
       expect(IGN, "low", None, "none"), note="a novelist's surname")

    # ---- Saturday 12 February ------------------------------------------------------------
    SC("brindle-namesake-brindle-road-drive-thru", "namesake",
       tw("DunmereRoads", "Tailbacks on the Brindle Road roundabout again this morning, all from the queue for the new BeanBox drive-thru. Police asking drivers not to block the junction",
          when="2028-02-12T08:05:00Z"),
       expect(IGN, "low", "drive_thru", "none"), note="a rival's drive-thru on a road called Brindle: the name inside another proper name, next to business words")
    SC("brindle-namesake-doctor-allergy-trial", "namesake",
       tw("RadioWexbridge", "On Breakfast at 9: Dr Nkechi Brindle from the children's hospital on the new peanut allergy trial, and why more kids are outgrowing a nut allergy than we thought 🎙️",
          when="2028-02-12T07:40:00Z"),
       expect(IGN, "low", "safety", "none"), note="a doctor's surname, surrounded by allergy words in recall week")
    SC("brindle-sarcasm-toilets-staff-only", "sarcasm-customer",
       tw("priya_n_brc", "great to see the Kingsmere Brindle has made the toilets 'staff only' so you can enjoy your £4.20 latte with your legs crossed 🙂",
          when="2028-02-12T09:20:18Z"),
       expect(RP, "normal", "store", "indirect"), note="sarcasm with no complaint word",
       known_miss="round 12, not met yet: action: want \"respond_public\", got ignore; priority: want \"normal\", got low; addressed: want \"indirect\", got none; the engine read: 'Kingsmere Brindle' is another entity, not the brand | topic store: 'toilet', 'toilets', 'staff'")
    SC("brindle-nl-praise-barista", "non-english",
       tw("daan_brc", "Wat een fijne ochtend bij Brindle in Wexbridge ☕ de barista maakte een perfecte havermelk latte en het personeel was super vriendelijk. Top!",
          lang="nl", when="2028-02-12T10:00:26Z"),
       expect(RP, "low", "store", "indirect"), note="Dutch: praise for the staff, brand named without a tag")
    SC("brindle-namesake-farm-shop-beans", "namesake",
       tw("lancs_foodie_br", "Brindle Hall farm shop now sells whole bean bags from a tiny roaster up the valley and does a cracking flat white at the counter 😍 worth the drive",
          when="2028-02-12T10:30:50Z"),
       expect(IGN, "low", "retail", "none"), note="a farm shop in the village of Brindle selling beans: the name inside another proper name, next to business words")
    SC("brindle-pt-question-cafe-em-grao", "non-english",
       tw("rita_brc", f"@{B} Olá! Em que supermercados vendem o vosso café em grão? Não encontro no Fairway de Sallowfield, só o moído. Obrigada!",
          lang="pt", when="2028-02-12T11:30:14Z"),
       expect(RP, "normal", "retail", "direct"), note="Portuguese: where to buy the whole beans")
    SC("brindle-question-plug-sockets-wifi", "question",
       tw("remote_rosa_brc", f"@{B} does the Kingsmere store have plug sockets and decent wifi? looking for somewhere to work on Saturday mornings",
          when="2028-02-12T12:15:39Z"),
       expect(RP, "normal", "store", "direct"))
    SC("brindle-namesake-cricket-club-nets", "namesake",
       tw("BrindleCC", "Brindle CC indoor nets start Tuesday, 7pm at the sports hall 🏏 new players of all ages welcome, tea and biscuits after",
          when="2028-02-12T13:00:00Z"),
       expect(IGN, "low", "drinks", "none"), note="the village cricket club; 'tea' is a drinks keyword")
    SC("brindle-common-heifer-mart", "common-word",
       tw("orrell_mart_brc", "Cracking trade at Orrell Vale mart today. Top price £2,150 for a lovely brindle heifer from the Tillotson family 🐄👏",
          when="2028-02-12T15:00:00Z"),
       expect(IGN, "low", "billing", "none"), note="a cattle colour; 'price' is a billing keyword")
    SC("brindle-private-card-drive-thru", "private-details",
       tw("liam_brc", f"@{B} the drive thru at Ashcombe charged me twice on Tuesday, £6.45 both times, card 5555 5555 5555 4444, order BR-DT-448190. can you refund one please",
          when="2028-02-12T17:00:31Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number and an order number in public")

    # ---- Sunday 13 February ----------------------------------------------------------------
    SC("brindle-namesake-canal-walk", "namesake",
       tw("canal_walks_brc", "Frosty walk along the canal from Brindle this morning, and the little tea van at the end saved my life ☕❄️",
          when="2028-02-13T09:30:00Z"),
       expect(IGN, "low", "drinks", "none"), note="the village in Lancashire; 'tea' is a drinks keyword and 'saved my life' is hyperbole",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Brindle in a post to everyone | general chatter about the brand | topic drinks: 'tea'")
    SC("brindle-common-yarn-colourway-mocha", "common-word",
       tw("knit_wit_brc", "finally finished the cardigan in the brindle colourway and it's the exact colour of a well made mocha 🧶 cosy season sorted",
          when="2028-02-13T09:45:12Z"),
       expect(IGN, "low", "drinks", "none"), note="a yarn colour named after the coat, next to a drinks word")
    SC("brindle-praise-stamps-back", "praise",
       tw("bex_brc", f"@{B} all 37 stamps are back AND a free drink for the hassle. fair play, you've won me back 💛",
          when="2028-02-13T10:00:47Z"),
       expect(RP, "low", "rewards", "direct"),
       known_miss="round 12, not met yet: priority: want \"low\", got normal; the engine read: addressed to @BrindleCoffee | complaint (0.76) | topic rewards: 'stamp', 'stamps', 'free drink', 'free drinks'")
    SC("brindle-common-staffie-sausage-roll", "common-word",
       tw("staffie_sal_brc", "my brindle staffie just stole a sausage roll off the café table and ate it while looking me dead in the eye 😭 no shame whatsoever",
          when="2028-02-13T11:00:22Z"),
       expect(IGN, "low", "store", "none"), note="the dog's coat colour, in a café; 'table' is a store keyword")
    SC("brindle-spam-valentine-giveaway", "spam",
       tw("freecafe_brc", "🎁 VALENTINE'S GIVEAWAY 🎁 win a YEAR of free Brindle coffee + a £500 gift card 💝 follow, RT and claim here before midnight 👉 {url:https://brindle-valentines.example/win}",
          when="2028-02-13T12:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="a fake giveaway using the brand's name")
    SC("brindle-sarcasm-vegan-regular-milk", "sarcasm-customer",
       tw("anna_j_brc", "Brindle really said 'here's your vegan oat flat white, made with regular milk' 🙂 cheers lads, six years vegan undone in one sip",
          when="2028-02-13T13:00:19Z"),
       expect(RP, "normal", "drinks", "indirect"), note="sarcasm about the wrong milk; no allergy mentioned",
       known_miss="round 12, not met yet: priority: want \"normal\", got low; the engine read: names Brindle in a post to everyone | praise: thank them | topic drinks: 'vegan', 'oat', 'flat white', 'flat whites', 'milk'")
    SC("brindle-html-receipt-template", "html-entities",
       tw("noor_brc", f"@{B} my receipt email says &lt;b&gt;Total:&lt;/b&gt; £&lt;%= order.amount %&gt; instead of a price. so how much did you actually charge me for Saturday's order?",
          when="2028-02-13T14:00:55Z"),
       expect(RP, "normal", "billing", "direct"), note="a broken template in the receipt, delivered escaped")
    meg = tw("morning_meg_brc", "need caffeine before this 9am meeting or I will not survive", when="2028-02-13T08:00:00Z")
    SC("brindle-venting-drive-thru-wrong-order", "third-party-venting",
       tw("lou_brc", "@morning_meg_brc whatever you do don't go to the Brindle drive thru on Penhallow, sat in the queue 20 mins yesterday and they still got my order wrong",
          reply_to=meg, when="2028-02-13T08:12:41Z"),
       expect(MON, "low", "drive_thru", "third_party"), note="venting in someone else's thread, brand not tagged")
    newbie = tw("new_in_wex_brc", "just moved to Wexbridge! where do I get a proper latte round here?", when="2028-02-13T15:00:00Z")
    SC("brindle-chatter-latte-art-tip", "third-party-chatter",
       tw("wex_local_brc", "@new_in_wex_brc Brindle on Castle St, ask for Priya. best latte art in town and she remembers everyone's name ☕",
          reply_to=newbie, when="2028-02-13T15:18:06Z"),
       expect(MON, "low", "drinks", "third_party"), note="a stranger's recommendation in someone else's thread")
    return brand


BRANDS["brindle-coffee"] = ("BrindleCoffee", 4478901245, build_brindle_coffee)
