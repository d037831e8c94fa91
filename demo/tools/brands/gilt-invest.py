# Gilt (Gilt Invest): a made-up share-dealing and crypto investing app run from Quayside House in
# the made-up city of Merrowgate: shares, ETFs and crypto with market, limit and stop-loss
# orders, stocks and shares ISAs, Lifetime ISAs and a pension (SIPP), the Gilt debit card,
# top-ups and withdrawals to a bank, price alerts and a public community feed inside the app.
# "Gilt" is also an ordinary word and a name: gilts are UK government bonds ("gilt yields",
# "the 10-year gilt") that money people talk about every day; gilt is gold leaf on frames,
# mirrors and book edges; "to take the gilt off the gingerbread" is an old saying; a gilt is a
# young female pig; and in German "gilt" means "is valid". Gilt is also a jewellery shop on
# Fenner Street, a cocktail bar in the Old Dock, the economist Prof. Ruth Gilt and Dunholt's
# goalkeeper Sam Gilt. None of them is the app.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 15 May 2028: on Monday a woman is stalked by a man who follows her posts on the app's feed,
# and the ordinary questions come in. On Tuesday crypto falls hard and, on the most volatile
# morning of the year, withdrawals to banks sit on "pending" from about 7:30 to 4:40: a burst
# of complaints, a big finance account, the local paper, and a customer who has lost everything
# and talks of ending his life. On Wednesday the backlog leaves people short: a mother cannot
# pay for her daughter's EpiPens, a son for his father's insulin, and there are threats against
# staff and ombudsman letters. On Thursday the regulator tells Gilt to stop signing up new
# crypto customers, and a scam wave rides on the news: fake Gilt support accounts, phishing
# texts, "fund recovery", a pump-and-dump signal group, and a woman of 71 who has lost her
# savings to a fake Gilt adviser. Friday is ordinary (cards, ISA transfers, the SIPP, other
# languages, the jewellers); the weekend brings praise, pigs, picture frames and footballers.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_gilt_invest():
    global CURRENT_BRAND, CLOCK
    brand = Brand("gilt-invest", SCEN_DIR / "gilt-invest.plan.toml", "GiltInvest", 5878901245, 1861220000000006301)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-05-15T05:30:00Z")
    B = "GiltInvest"
    user(B, "Gilt", 5878901245,
         "Gilt: shares, ETFs, crypto, ISAs, the Gilt SIPP and the Gilt card. Help 8am–10pm, 7 days. "
         "Helpline 0808 157 0747. We never DM first, never ask for your password or seed phrase, and never offer 'recovery'.",
         186_400, following=1_450, tweets=64_200, listed=820, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11440100000 + _n[0] * 4129, bio, followers, **kw)

    person("macro_mo_gt", "Mo Carver", "Rates strategist. Gilts, curves and too much coffee. Not advice.", 48_300)
    person("leah_m_gt", "Leah Morrow", "Merrowgate. Nurse. Posts my little ISA wins.", 310)
    person("rhys_t_gt", "Rhys Tudor", "Dunholt. First flat, first ISA, no idea what I'm doing.", 140)
    person("dan_oye_gt", "Dan Oyelaran", "Delivery driver. Fellbridge. Long days.", 220)
    person("OldDockEats_gt", "Old Dock Eats", "Where to eat and drink in Merrowgate's Old Dock 🍸", 12_400)
    person("priya_n_gt", "Priya Nair", "Office manager. Merrowgate. Watches everyone's screens.", 530)
    person("tom_ash_gt", "Tom Ashworth", "Teacher. Holidays are for checking my ISA, apparently.", 260)
    person("bev_k_gt", "Beverley Knowles", "Kestwick. Retired. Grandma of four.", 90)
    person("GiltDrops_gt", "Gilt Rewards 🎁", "10 years of Gilt! Official rewards & giveaways 🎉", 3_100, following=4_900)
    person("ali_r_gt", "Ali Rahman", "Ashcombe. Electrician. Planning to retire at 60, ha.", 180)
    person("sec_ines_gt", "Inês Duarte", "Security engineer. I read your page source so you don't have to.", 2_300)
    person("kemi_a_gt", "Kemi Adeyemi", "Merrowgate. Accountant. Rent goes out on the 16th.", 410)
    person("jay_w_gt", "Jay Whitlock", "Fellbridge. Crypto since 2021. Regrets since 2022.", 760)
    person("sunny_b_gt", "Sunny Bhatt", "Dunholt. Shares the useful stuff.", 330)
    person("marcus_f_gt", "Marcus Finch", "Ashcombe. Landlord pays me in excuses.", 150)
    person("chloe_d_gt", "Chloe Dunn", "Merrowgate. Tuesday hater.", 620)
    person("nina_s_gt", "Nina Sato", "Merrowgate. Barista. Tiny crypto bag, big feelings.", 390)
    person("punwise_gt", "Barry Pugh", "Puns. Pints. Kestwick.", 1_100)
    person("dev_patel_gt", "Dev Patel", "Fellbridge. Reads status pages for fun.", 870)
    person("zara_money_gt", "Zara Quinn", "Money for people who hate money talk. Podcast every Monday. 📈 Not advice.",
           720_000, following=1_300, listed=3_900, verified=True)
    person("MerrowMkts_gt", "Merrow Markets", "Markets news from the Merrowgate Herald business desk.", 88_000,
           following=900, verified=True)
    person("ollie_b_gt", "Ollie Barnes", "Kestwick. Trainee surveyor. Checks charts in the loo.", 240)
    person("gaz_h_gt", "Gaz Holt", "Dunholt. Dad. Forklift.", 120)
    person("ben_lads_gt", "Ben Lydon", "Five-a-side captain. Always short of numbers.", 310)
    person("kyle_m_gt", "Kyle Mercer", "Dunholt. Plasterer. Keeps it to myself.", 160)
    person("hols_gt", "Holly Seaton", "Merrowgate. Marketing. Biscuit-based coping.", 980)
    person("lee_t_gt", "Lee Tranter", "Fellbridge. Scaffolder. Says what he thinks.", 90)
    person("sanne_v_gt", "Sanne Visser", "Uit Utrecht, woont in Merrowgate. Fietst overal.", 270)
    person("kasia_w_gt", "Kasia Wójcik", "Z Krakowa do Ashcombe. Pielęgniarka.", 190)
    person("MerrowEcho_gt", "Merrowgate Echo", "News for Merrowgate, Dunholt and the Kest valley since 1871.", 36_500,
           following=700, verified=True)
    person("lucia_g_gt", "Lucía Gómez", "Sevillana en Merrowgate. Cocinera.", 210)
    person("ruth_p_gt", "Ruth Pemberton", "Kestwick. Part-time, full-time mum.", 170)
    person("jonas_k_gt", "Jonas Krüger", "Aus Hamburg, jetzt in Fellbridge. Ingenieur.", 300)
    person("mia_r_gt", "Mia Rowe", "Ashcombe. Landlady of one very old house.", 450)
    person("amber_j_gt", "Amber Jennings", "Mum to Poppy (7, nut allergy, fearless).", 230)
    person("jorge_m_gt", "Jorge Medina", "De Valladolid a Dunholt. Cuido a mi padre.", 150)
    person("rob_k_gt", "Rob Kettering", "", 40)
    person("dazza_gt", "Daz", "don't @ me", 75)
    person("helen_w_gt", "Helen Warde", "Kestwick. Retired actuary. I keep the paperwork.", 520)
    person("frank_l_gt", "Frank Lister", "Ashcombe. Small business. Patience running out.", 280)
    person("pat_o_gt", "Pat O'Rourke", "Fellbridge. Retired postie. Hates hold music.", 110)
    person("web_wes_gt", "Wes Adair", "Front-end dev. I notice broken templates.", 1_700)
    person("mags_gt", "Margaret Ellison", "Dunholt. Organised. Not to be messed with.", 200)
    person("camille_b_gt", "Camille Bernard", "Lyonnaise à Merrowgate. Analyste.", 340)
    person("marco_r_gt", "Marco Rinaldi", "Barista torinese a Kestwick.", 260)
    person("tomfarrow_gt", "Tom Farrow", "Comedian. New tour 'Overdrawn' on sale now. Mum's favourite (disputed).",
           1_100_000, following=900, listed=4_400, verified=True)
    person("sal_b_gt", "Sally Burns", "Ashcombe. Night owl. Worrier.", 130)
    person("MoneyDesk_gt", "MoneyDesk", "Consumer money news. Got a story? DM us.", 540_000,
           following=600, listed=2_800, verified=True)
    person("sue_h_gt", "Sue Hartley", "Kestwick. Trusts nobody with her ISA now.", 190)
    person("dad_d_gt", "Derek Dale", "Dunholt. Passes things on.", 70)
    person("irene_c_gt", "Irene Cole", "Fellbridge. 68. Careful with links.", 85)
    person("GiltSecure_gt", "Gilt Security", "Gilt account security notices 🔒", 210, following=3_900)
    person("graham_w_gt", "Graham Wells", "Ashcombe. Retired bus driver.", 60)
    person("RecoverPro_gt", "RecoverPro ✅", "Certified fund recovery. Crypto, scams, lost savings. 100% success ✅", 6_800, following=5_000)
    person("jan_e_gt", "Jan Edwards", "Merrowgate. 61. Counting down to retirement.", 140)
    person("GiltHelpDesk_gt", "Gilt Help Desk 🔒", "Official Gilt helpdesk. DM for fast support 🔒", 45, following=4_700)
    person("maureen_t_gt", "Maureen Tate", "Kestwick. 71. My grandson set this up for me.", 55)
    person("kindstranger_gt", "Asha Mistry", "Fraud prevention, 12 years. Happy to point people the right way.", 3_200)
    person("petra_s_gt", "Petra Schulz", "Aus Leipzig in Merrowgate. Vorsichtig.", 180)
    person("MoonSignals_gt", "MoonSignals 🚀", "Daily 10x calls 💎 join the group", 9_400, following=5_000)
    person("GrowthBoost_gt", "GrowthBoost 📈", "Real followers. Real fast. DM for packages 💯", 5_100, following=5_000)
    person("vic_m_gt", "Vic Marsh", "Dunholt. Holds a bit of everything.", 260)
    person("nadia_f_gt", "Nadia Farouk", "Merrowgate. Writes about fintech.", 1_400)
    person("ellie_rings_gt", "Ellie Shaw", "Merrowgate. My nan's ring is my most precious thing.", 380)
    person("sami_k_gt", "Sami Karim", "Merrowgate. Lunch breaks are for errands.", 210)
    person("fern_a_gt", "Fern Abbott", "Kestwick. Friday is a myth.", 590)
    person("derek_h_gt", "Derek Holloway", "Ashcombe. 58. Pension planning, slowly.", 120)
    person("bruno_c_gt", "Bruno Costa", "Do Porto para Fellbridge. Cozinheiro.", 230)
    person("grace_o_gt", "Grace Owusu", "Looking after Mum. Merrowgate.", 280)
    person("omar_s_gt", "Omar Saleh", "Ashcombe. Dividend collector.", 640)
    person("pete_r_gt", "Pete Rudd", "Dunholt. New house, old post.", 100)
    person("jess_h_gt", "Jess Holt", "Fellbridge. Always asking.", 330)
    person("ian_c_gt", "Ian Cartwright", "Kestwick. Spreadsheet man.", 290)
    person("rosie_m_gt", "Rosie Mills", "Merrowgate. Eats lunch at her desk.", 440)
    person("dad_jokes_gt", "Colin Fry", "Dad jokes. Sorry in advance.", 1_800)
    person("hill_farm_gt", "Hillside Farm", "Saddlebacks and sheep. Dunholt.", 2_600)
    person("BrackenPC_gt", "Brackenfold Parish Council", "Brackenfold village news and notices.", 1_200)
    person("framer_jo_gt", "Jo Pryor", "Picture framer and gilder. Gold leaf everywhere.", 4_100)
    person("wordnerd_gt", "Lou Hanley", "Collector of old sayings.", 2_900)
    person("mareike_gt", "Mareike Vogt", "Anwohnerin der Altstadt. Ehrenamt.", 420)
    person("MerrowUni_gt", "Merrowgate University", "News and events from Merrowgate University.", 31_000,
           following=800, verified=True)
    person("dunholt_fc_gt", "Dunholt FC", "Official account of Dunholt Football Club ⚽", 18_700, verified=True)
    person("chris_d_gt", "Chris Doyle", "Fellbridge. Better days.", 150)
    person("beth_l_gt", "Beth Lowe", "Merrowgate. Sarcasm is free.", 480)
    person("nell_gt", "Nell Farrer", "Ashcombe. Looking after Dad.", 120)

    # ---- Monday 15 May: a stalker on the feed; ordinary questions --------------------------------
    SC("gilt-common-yields-at-open", "common-word",
       tw("macro_mo_gt", "Gilt yields nudging 5.1% at the open. The 10-year gilt hasn't looked this twitchy since the autumn, and Wednesday's inflation print could move the whole curve. Buckle up.",
          when="2028-05-15T06:40:12Z"),
       expect(IGN, "low", None, "none"), note="government bonds, not the app", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Gilt in a post to everyone | general chatter about the brand")
    leah = tw("leah_m_gt", f"@{B} there's a man who replies to every post I make on the Gilt feed. he worked out where I work from a photo and was waiting outside my office last night. I've blocked him 3 times and he just makes new accounts. I'm honestly scared to go home",
              when="2028-05-15T07:12:40Z")
    SC("gilt-safety-stalker-on-feed", "safety-urgent", leah, expect(RP, "urgent", "safety", "direct"),
       note="a stalker using the app's public feed who has turned up at her work: danger now")
    leah_brand = tw(B, "@leah_m_gt Leah, thank you for telling us, and I'm sorry. We've suspended his accounts and are blocking new ones from his device. Our safety team will DM you in the next few minutes. If you feel in danger at any point, call 999.",
                    reply_to=leah, when="2028-05-15T07:26:05Z")
    SC("gilt-brand-reply-stalker", "brand-own-post", leah_brand, expect(IGN, "low", "safety", "none"))
    SC("gilt-thread-stalker-new-account", "thread-with-brand",
       tw("leah_m_gt", "thank you. another new account has just commented 'nice coat today' on my post, so he's still following me. police are sending someone round. please keep shutting them down",
          reply_to=leah_brand, when="2028-05-15T08:02:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="in the brand's thread without an @: the stalking is still going on")
    SC("gilt-question-isa-allowance", "question",
       tw("rhys_t_gt", f"@{B} if I open a stocks and shares ISA with you today and put £5k in, does that come off this tax year's £20k allowance even though I've already paid into a cash ISA somewhere else?",
          when="2028-05-15T08:05:51Z"),
       expect(RP, "normal", "isa_pension", "direct"))
    SC("gilt-complaint-card-declined-third", "complaint-direct",
       tw("dan_oye_gt", f"@{B} card declined at the petrol station AGAIN. £240 sitting in my Gilt balance and the card says insufficient funds. third time this month I've had to ring my wife to come and pay",
          when="2028-05-15T08:40:19Z"),
       expect(RP, "high", "card", "direct"), note="the same failure for the third time this month: a strong complaint")
    SC("gilt-praise-price-alert-holiday", "praise",
       tw("tom_ash_gt", f"@{B} the price alert on my ISA tracker went off at 2am on holiday and saved me from a horrible morning. never thought I'd say this about a finance app but: love you",
          when="2028-05-15T09:30:44Z"),
       expect(RP, "low", "app", "direct"), known_miss="round 15, not met yet: priority: want \"low\", got normal; the engine read: addressed to @GiltInvest | complaint (0.84) | topic app: 'price alert', 'price alerts', 'alert', 'alerts'")
    SC("gilt-namesake-cocktail-bar", "namesake",
       tw("OldDockEats_gt", "New at Gilt in the Old Dock: a rhubarb negroni served under a gold-leaf dome. £14, worth it for the theatre alone 🍸✨",
          when="2028-05-15T12:30:00Z"),
       expect(IGN, "low", None, "none"), note="a cocktail bar called Gilt", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Gilt in a post to everyone | general chatter about the brand")
    SC("gilt-chatter-office-red-chart", "chatter-monitor",
       tw("priya_n_gt", "everyone in my office has Gilt on their phone now. lunch break is just 12 people refreshing the same red chart in silence",
          when="2028-05-15T12:58:27Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand, nothing to answer", known_miss="round 15, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Gilt in a post to everyone | describes their own experience | complaint (0.49)")
    SC("gilt-private-id-check-dob-ni", "private-details",
       tw("bev_k_gt", f"@{B} your ID check has failed me 4 times. I'm Beverley Knowles, born 03/09/1961, NI number QQ 12 34 56 C, and I've sent my passport twice. what else do you want?",
          when="2028-05-15T14:10:36Z"),
       expect(RV, "normal", "account", "direct"), note="date of birth and National Insurance number in public")
    SC("gilt-spam-birthday-btc-giveaway", "spam",
       tw("GiltDrops_gt", "🎉 GILT IS 10! To celebrate, our BTC GIVEAWAY sends 0.25 back to the first 500 people who send 0.01 to verify their wallet 🚀 Double your stack, today only 👉 {url:https://gilt-rewards.example/claim}",
          when="2028-05-15T15:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="a fake 'send crypto to get double back' giveaway in the brand's name")
    SC("gilt-indirect-typo-pension-transfer", "complaint-indirect",
       tw("ali_r_gt", "gilt invset still haven't moved my old pension over. started it in march, it's now mid may and my old provider says they sent everything weeks ago. where has it gone",
          when="2028-05-15T16:20:08Z"),
       expect(RP, "normal", "isa_pension", "indirect"), note="lower case, 'invest' misspelt, no tag: his own pension transfer")
    SC("gilt-html-watchlist-img", "html-entities",
       tw("sec_ines_gt", f"@{B} my watchlist name now shows as &lt;img src=x onerror=alert(1)&gt; and a price alert I never set just fired for a coin I don't own. has someone been in my account?",
          when="2028-05-15T17:05:52Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real worry; it arrives escaped")

    # ---- Tuesday 16 May: crypto falls, withdrawals stuck on pending 7:30 to 4:40 -------------------
    kemi = tw("kemi_a_gt", f"@{B} withdrawal to my bank has been stuck on pending since 7:30. bitcoin is falling off a cliff and I can't get my money out. what's going on??",
              when="2028-05-16T07:48:21Z")
    SC("gilt-complaint-withdrawal-pending", "complaint-direct", kemi, expect(RP, "high", "withdrawals", "direct"),
       note="the first report of the withdrawal outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GiltInvest | complaint (1.00) | topic withdrawals: 'withdrawal', 'withdrawals', 'stuck on pending', 'pending'")
    SC("gilt-sarcasm-great-feature", "sarcasm-customer",
       tw("jay_w_gt", "love that the one morning crypto drops 20% is the morning Gilt decides withdrawals are 'pending' 🙃 great feature, really calms the nerves",
          when="2028-05-16T08:05:37Z"),
       expect(RP, "high", "withdrawals", "indirect"), note="sarcasm about his own stuck withdrawal during the outage", known_miss="round 15, not met yet: action: want \"respond_public\", got ignore; priority: want \"high\", got low; the engine read: names Gilt in a post to everyone | spam (0.88): selling, giveaways or promotion | topic withdrawals: 'withdrawal', 'withdrawals', 'pending'")
    status = tw(B, "⚠️ Withdrawals to bank accounts are delayed this morning and are showing as pending. Your money is safe, and buying and selling still work. Our payments team is on it; next update by 10am.",
                when="2028-05-16T08:15:00Z")
    SC("gilt-brand-own-status-pending", "brand-own-post", status, expect(IGN, "low", "withdrawals", "none"))
    SC("gilt-repost-status-pending", "repost", tw("sunny_b_gt", "", retweet=status, when="2028-05-16T08:19:44Z"),
       expect(IGN, "low", "withdrawals", "indirect"))
    kemi_brand = tw(B, "@kemi_a_gt Hi Kemi, sorry: withdrawals are delayed for everyone this morning and we're on it. Your money is safe, and yours will go as soon as payments restart. We'll update you here.",
                    reply_to=kemi, when="2028-05-16T08:30:10Z")
    chloe = tw("chloe_d_gt", "how's everyone's tuesday going 🙃 mine's already a write-off", when="2028-05-16T08:30:00Z")
    nina = tw("nina_s_gt", "@chloe_d_gt worse. gilt has had my withdrawal on pending since half 7, crypto's in freefall and rent's due friday. I'm just watching numbers go red",
              reply_to=chloe, when="2028-05-16T08:44:16Z")
    SC("gilt-venting-rent-due-friday", "third-party-venting", nina, expect(MON, "low", "withdrawals", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in")
    SC("gilt-joke-guilt-by-nature", "joke-bystander",
       tw("punwise_gt", "@nina_s_gt @chloe_d_gt Gilt by name, guilt by nature 😬 should've kept it under the mattress like my nan",
          reply_to=nina, when="2028-05-16T08:57:03Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("gilt-chatter-down-for-everyone", "third-party-chatter",
       tw("dev_patel_gt", "@nina_s_gt it's not just you, Gilt's withdrawals are down for everyone this morning. their status page says the money's safe, it's only the bank transfers that are stuck",
          reply_to=nina, when="2028-05-16T09:05:29Z"),
       expect(MON, "low", "withdrawals", "third_party"), note="a stranger's reassurance in someone else's thread")
    zara = tw("zara_money_gt", f"Gilt has had withdrawals frozen for two hours on the most volatile morning of the year. If you can buy, you should be able to sell AND cash out. @{B} what is actually happening?",
              when="2028-05-16T09:30:48Z",
              metrics={"retweet_count": 2_300, "reply_count": 1_650, "like_count": 19_800, "quote_count": 310})
    SC("gilt-big-reach-podcaster-frozen", "big-reach", zara, expect(RP, "high", "withdrawals", "indirect"),
       note="720k followers, during the outage; the handle near the end of a post to everyone")
    SC("gilt-common-yields-jump-selloff", "common-word",
       tw("MerrowMkts_gt", "UK gilt yields jump as the crypto sell-off spills into bonds: the 10-year gilt is up 18 basis points this morning, its biggest one-day move since March.",
          when="2028-05-16T10:02:00Z"),
       expect(IGN, "low", "trading", "none"), note="the government bond market on the same volatile morning: not the app, even with crypto in it")
    SC("gilt-indirect-yields-and-withdrawal", "complaint-indirect",
       tw("ollie_b_gt", "gilt yields spiking, bitcoin tanking and my Gilt withdrawal has been stuck on pending since 8. what a day to be alive",
          when="2028-05-16T10:15:33Z"),
       expect(RP, "high", "withdrawals", "indirect"), note="both gilts in one post: the bonds, then the app, with his own stuck withdrawal", known_miss="round 15, not met yet: priority: want \"high\", got urgent; the engine read: names Gilt in a post to everyone | complaint (0.66) | a medical need: urgent | topic withdrawals: 'withdrawal', 'withdrawals', 'stuck on pending', 'pending'")
    gaz = tw("gaz_h_gt", f"@{B} I moved everything into crypto on your app last month. my savings, the money for the house, all of it. it's gone this morning and my wife doesn't know. I can't see a way through this. I don't want to be here any more. I think I'm going to end it tonight",
             when="2028-05-16T10:40:26Z")
    SC("gilt-safety-lost-everything-end-it", "safety-urgent", gaz, expect(RP, "urgent", "safety", "direct"),
       note="a customer who has lost everything and talks of ending his life: risk to life")
    gaz_brand = tw(B, "@gaz_h_gt Gaz, I'm really glad you told us, and I'm so sorry you're going through this. You matter far more than any money. Please call Samaritans now, day or night, or 999 if you're in danger right now. We're sending you a DM so we can talk properly.",
                   reply_to=gaz, when="2028-05-16T10:44:02Z")
    SC("gilt-brand-reply-samaritans", "brand-own-post", gaz_brand, expect(IGN, "low", "safety", "none"))
    ben = tw("ben_lads_gt", "five-a-side thursday still on? need numbers", when="2028-05-16T11:00:00Z")
    SC("gilt-safety-in-thread-end-it-all", "safety-urgent",
       tw("kyle_m_gt", "@ben_lads_gt count me out lads. lost 9 grand on gilt this morning and can't even get the rest out. honestly don't see the point in anything anymore, might just end it all",
          reply_to=ben, when="2028-05-16T11:20:14Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="talk of suicide in passing, lower case, in a friend's thread: whether to step in is a judgement, the priority is strict")
    SC("gilt-chatter-portfolio-murdered", "chatter-monitor",
       tw("hols_gt", "my gilt portfolio is getting absolutely murdered today 💀 down 31% on crypto since breakfast. if anyone needs me I'll be eating biscuits under my desk",
          when="2028-05-16T11:45:09Z"),
       expect(MON, "low", "trading", "indirect"), note="'murdered' is the market, not violence; losses on prices are not the app's fault", known_miss="round 15, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Gilt in a post to everyone | describes their own experience | complaint (0.63) | topic trading: 'portfolio', 'crypto'")
    SC("gilt-abuse-thieving-clowns", "abuse-with-problem",
       tw("lee_t_gt", f"@{B} you thieving bunch of clowns. 5 hours my £3,200 withdrawal has sat on pending while you 'investigate'. give me my money back NOW",
          when="2028-05-16T12:05:55Z"),
       expect(RP, "high", "withdrawals", "direct"), note="rude, but his money is stuck in the outage")
    SC("gilt-nl-opname-in-behandeling", "non-english",
       tw("sanne_v_gt", f"@{B} Mijn opname staat sinds vanochtend op 'in behandeling' en de koersen vallen. Wanneer kan ik weer geld naar mijn bank overboeken?",
          lang="nl", when="2028-05-16T12:30:41Z"),
       expect(RP, "high", "withdrawals", "direct"), note="Dutch: her withdrawal stuck in the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GiltInvest | a question | topic withdrawals: 'opname', 'in behandeling'")
    SC("gilt-pl-wyplata-oczekuje", "non-english",
       tw("kasia_w_gt", f"@{B} Moja wypłata od rana ma status 'oczekuje'. Kiedy pieniądze wrócą na konto? Mam do zapłacenia czynsz.",
          lang="pl", when="2028-05-16T12:50:18Z"),
       expect(RP, "high", "withdrawals", "direct"), note="Polish: her withdrawal stuck since the morning, rent to pay", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GiltInvest | a question | topic withdrawals: 'wypłata', 'oczekuje'")
    SC("gilt-news-echo-withdrawals", "news-monitor",
       tw("MerrowEcho_gt", "Gilt customers say they have been unable to withdraw money for more than five hours as crypto prices slump. The investing app says funds are safe and blames a fault at a payments partner. {url:https://merrowecho.example/news/gilt-withdrawals}",
          when="2028-05-16T13:15:00Z"),
       expect(MON, "low", "withdrawals", "indirect"))
    marcus_q = tw("marcus_f_gt", "'next update by 10am' it's 11:10. my withdrawal's been pending since 7:45 and rent goes out at 12. 'your money is safe' means nothing if I can't touch it",
                  quote=status, when="2028-05-16T11:10:37Z")
    SC("gilt-quote-next-update-rent", "quote", marcus_q, expect(RP, "high", "withdrawals", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his own withdrawal stuck in the outage")
    SC("gilt-es-retirada-pendiente", "non-english",
       tw("lucia_g_gt", f"@{B} Hola, llevo desde las 8 con una retirada pendiente y no puedo sacar mi dinero. ¿Cuándo se va a solucionar? Gracias",
          lang="es", when="2028-05-16T13:40:22Z"),
       expect(RP, "high", "withdrawals", "direct"), note="Spanish: her withdrawal stuck in the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GiltInvest | complaint (0.30) | topic withdrawals: 'retirada', 'retiradas', 'pendiente', 'sacar'")
    SC("gilt-de-auszahlung-gilt-das", "non-english",
       tw("jonas_k_gt", f"@{B} Meine Auszahlung hängt seit heute Morgen auf 'ausstehend'. Gilt das für alle Kunden oder nur für mich?",
          lang="de", when="2028-05-16T14:20:47Z"),
       expect(RP, "high", "withdrawals", "direct"), note="German: 'Gilt das' means 'does that apply'; the post is still to the brand about the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GiltInvest | complaint (0.24) | topic withdrawals: 'auszahlung', 'ausstehend'")
    allclear = tw(B, "✅ Withdrawals are moving again. Today's backlog is being paid now and most of you will see your money by 8pm; some banks may take until tomorrow morning. Sorry for a stressful day. 👉 {url:https://gilt.example/status}",
                  when="2028-05-16T16:40:00Z")
    SC("gilt-q-reply-card-top-up", "question-in-reply-to-brand",
       tw("ruth_p_gt", "does that include card top-ups too? I topped up £50 at 9am, it left my bank straight away and it's still not in my balance",
          reply_to=allclear, when="2028-05-16T16:55:31Z"),
       expect(RP, "normal", "withdrawals", "direct"), note="a question under the brand's post, no @")
    SC("gilt-in-passing-plumber-wine", "complaint-in-passing",
       tw("mia_r_gt", f"today: boiler broke, train cancelled, dog ate my headphones and @{B} sat on my withdrawal for nine hours so I couldn't even pay the plumber. send wine",
          when="2028-05-16T17:30:12Z"),
       expect(RP, "high", "withdrawals", "indirect"), note="the brand tagged in the middle of a bad day, nine hours of the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: tags @GiltInvest in a post to everyone | describes their own experience | complaint (0.97) | topic withdrawals: 'withdrawal', 'withdrawals'")

    # ---- Wednesday 17 May: the backlog leaves people short; threats; ombudsman ---------------------
    SC("gilt-repeat-kemi-third-ask", "repeat-contact",
       tw("kemi_a_gt", "it's wednesday. your status page says everything went out last night. mine still says pending and my bank has nothing. that's the third time I've had to ask",
          reply_to=kemi_brand, when="2028-05-17T07:55:04Z"),
       expect(RP, "high", "withdrawals", "direct"), note="back in the brand's thread: the promise was not kept")
    kemi_brand2 = tw(B, "@kemi_a_gt Kemi, I've checked: yours was one of 340 withdrawals that bounced back overnight. I've resent it by hand and it'll be in your bank by 11am. If it isn't, reply here and I'll chase it myself. Tom",
                     reply_to=kemi_brand, when="2028-05-17T08:10:26Z")
    SC("gilt-medical-epipens-pharmacy", "medical-urgent",
       tw("amber_j_gt", f"@{B} my £300 withdrawal has been stuck since yesterday morning and there's nothing else in my bank. my daughter's epipens ran out and the pharmacy wants paying today. she's got a nut allergy. please can you push it through",
          when="2028-05-17T09:10:43Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child's allergy medicine she cannot pay for: a medical need tied to the stuck money")
    SC("gilt-medical-es-insulina-padre", "medical-urgent",
       tw("jorge_m_gt", f"@{B} Buenos días. Una pregunta: ¿cuándo llegará mi retirada de ayer? Tengo que pagar la insulina de mi padre en la farmacia esta tarde y el dinero está en Gilt. Gracias",
          lang="es", when="2028-05-17T09:35:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, a calm question: his father's insulin depends on the stuck withdrawal")
    SC("gilt-threat-front-desk-hurt", "threat-urgent",
       tw("rob_k_gt", f"@{B} I know your office is on Quay Street in Merrowgate. if my money isn't back in my bank by friday I'm coming down there and whoever's on the front desk is getting hurt. not joking",
          when="2028-05-17T10:05:32Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("gilt-threat-where-they-live", "threat-urgent",
       tw("dazza_gt", "whoever runs payments at gilt wants to hope I never find out where they live. 2 days my withdrawal's been stuck. I'll do time for it, swear down",
          when="2028-05-17T10:30:08Z"),
       expect(ANY, "urgent", "withdrawals", "indirect"), note="a threat against staff, lower case, no tag: only the priority is strict")
    SC("gilt-legal-stop-loss-ombudsman", "legal-threat-not-urgent",
       tw("helen_w_gt", f"@{B} my stop loss didn't trigger yesterday because your app froze, and it cost me £4,800 more than it should have. formal complaint raised, no reply. if it's not resolved in 8 weeks it goes straight to the Financial Ombudsman",
          when="2028-05-17T11:00:15Z"),
       expect(RP, "high", "trading", "direct"), note="an ombudsman threat over her own loss: a strong complaint, not urgent")
    SC("gilt-hotline-six-calls", "public-hotline-number",
       tw("pat_o_gt", f"@{B} rang 0808 157 0747 six times this morning. 40 minutes of hold music then cut off every time. my withdrawal is STILL pending from yesterday",
          when="2028-05-17T12:00:40Z"),
       expect(RP, "high", "withdrawals", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; six failed calls and money still stuck")
    SC("gilt-big-reach-comedian-mum", "big-reach",
       tw("tomfarrow_gt", f"Day two of trying to withdraw £600 from Gilt to pay for my mum's birthday meal. Mum has now offered to lend ME the money. @{B} I will never live this down",
          when="2028-05-17T12:40:21Z",
          metrics={"retweet_count": 4_100, "reply_count": 2_900, "like_count": 61_000, "quote_count": 540}),
       expect(RP, "high", "withdrawals", "indirect"), note="1.1m followers, joking but his money is really stuck")
    SC("gilt-legal-fca-solicitor", "legal-threat-not-urgent",
       tw("frank_l_gt", "Gilt held my £12,000 withdrawal for 30 hours on the worst day of the year and won't say why. Reported them to the FCA this morning and my solicitor is writing to them today.",
          when="2028-05-17T13:20:09Z"),
       expect(RP, "high", "withdrawals", "indirect"), note="a regulator complaint and a solicitor, brand named without a tag: strong, not urgent")
    SC("gilt-html-withdrawal-template", "html-entities",
       tw("web_wes_gt", f"@{B} the withdrawal screen says 'Your &lt;b&gt;{{{{amount}}}}&lt;/b&gt; is on its way &amp; should arrive by &lt;%= eta %&gt;'. so how much, and when?",
          when="2028-05-17T14:05:44Z"),
       expect(RP, "normal", "withdrawals", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("gilt-abuse-isa-transfer-muppets", "abuse-with-problem",
       tw("mags_gt", f"@{B} useless muppets the lot of you. my ISA transfer from Hartley Wealth has been 'in progress' for 9 weeks and every email gets the same copy-paste rubbish. do your jobs",
          when="2028-05-17T15:00:27Z"),
       expect(RP, "high", "isa_pension", "direct"), note="rude, with a real nine-week delay")
    SC("gilt-fr-ordre-achat", "non-english",
       tw("camille_b_gt", f"@{B} Bonjour, mon ordre d'achat de 20 actions Halden n'a jamais été exécuté hier alors que le cours est passé sous ma limite. Pourquoi ?",
          lang="fr", when="2028-05-17T15:40:50Z"),
       expect(RP, "normal", "trading", "direct"), note="French: a limit order that never filled")
    SC("gilt-it-carta-rifiutata", "non-english",
       tw("marco_r_gt", f"@{B} Buonasera, la mia carta Gilt è stata rifiutata al bancomat e anche al supermercato. Il saldo c'è. Cosa succede?",
          lang="it", when="2028-05-17T16:10:33Z"),
       expect(RP, "normal", "card", "direct"), note="Italian: the card declined at the cash machine and the shop")
    SC("gilt-thread-kemi-landed", "thread-with-brand",
       tw("kemi_a_gt", "it's landed, thank you Tom. shouldn't have taken three messages but I appreciate you sorting it",
          reply_to=kemi_brand2, when="2028-05-17T10:52:11Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread, no @")
    SC("gilt-hotline-praise-late-night", "public-hotline-number",
       tw("sal_b_gt", "whoever picked up Gilt's 0808 157 0747 line at 11pm last night: thank you for staying on with me while my withdrawal went through. I was in a state and you were so kind",
          when="2028-05-17T08:40:02Z"),
       expect(RP, "low", "withdrawals", "indirect"), strict=False, note="praise quoting the brand's own helpline")

    # ---- Thursday 18 May: the regulator's news; a scam wave in Gilt's name -------------------------
    SC("gilt-news-fca-pause-crypto", "news-monitor",
       tw("MoneyDesk_gt", "The FCA has told investing app Gilt to stop signing up new crypto customers while it reviews the firm's checks, after a surge in scams using its name and fake Gilt accounts. Existing customers are not affected. {url:https://moneydesk.example/gilt-fca}",
          when="2028-05-18T07:00:00Z",
          metrics={"retweet_count": 1_900, "reply_count": 1_100, "like_count": 7_400, "quote_count": 380}),
       expect(MON, "low", "fraud", "indirect"), note="the regulator's news from a big account: monitor, not a case")
    stmt = tw(B, "About this morning's news: the FCA has asked us to pause new crypto sign-ups while it reviews our checks, and we're working with it fully. If you already hold crypto with us, nothing changes: you can buy, sell and withdraw as normal. 👉 {url:https://gilt.example/fca}",
              when="2028-05-18T08:30:00Z")
    SC("gilt-brand-own-fca-statement", "brand-own-post", stmt, expect(IGN, "low", "trading", "none"))
    SC("gilt-repost-fca-statement", "repost", tw("dad_d_gt", "", retweet=stmt, when="2028-05-18T08:41:19Z"),
       expect(IGN, "low", "trading", "indirect"))
    SC("gilt-quote-nothing-changes-isa", "quote",
       tw("sue_h_gt", "'nothing changes'. you said my money was safe on Tuesday and it took two days to reach my bank. forgive me if I move my ISA somewhere else",
          quote=stmt, when="2028-05-18T09:05:48Z"),
       expect(RP, "normal", "isa_pension", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own delayed money and a threat to leave")
    SC("gilt-q-reply-own-wallet", "question-in-reply-to-brand",
       tw("vic_m_gt", "so can I still move my crypto out to my own wallet, or is that paused too? after this week I'd rather hold it myself",
          reply_to=stmt, when="2028-05-18T09:22:14Z"),
       expect(RP, "normal", "trading", "direct"), note="a question under the brand's post, no @")
    SC("gilt-question-is-this-text-real", "question",
       tw("irene_c_gt", f"@{B} got a text saying my Gilt account is 'on hold after the FCA review' and I need to confirm my details at a link. is that really you or is it a scam? the link looks odd",
          when="2028-05-18T09:30:36Z"),
       expect(RP, "normal", "fraud", "direct"), note="checking a phishing text before doing anything: no money lost", known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: addressed to @GiltInvest | complaint (0.87) | legal or regulatory threat (not urgent) | topic fraud: 'scam', 'scams'")
    SC("gilt-spam-phishing-restricted", "spam",
       tw("GiltSecure_gt", "Gilt Security Notice: your account has been restricted following a regulatory review. Verify your identity within 24 hours to avoid closure 👉 {url:https://gilt-secure-verify.example/login}",
          when="2028-05-18T09:50:00Z"),
       expect(IGN, "low", "account", "indirect"), note="a phishing post pretending to be the brand", known_miss="round 15, not met yet: addressed: want \"indirect\", got none; the engine read: 'Gilt Security' is another entity, not the brand | topic account: 'restricted', 'verify'")
    SC("gilt-private-fraud-card-phone", "private-details",
       tw("graham_w_gt", f"@{B} a man rang saying he was from the Gilt fraud team and I had to move my savings to a 'safe account'. I gave him my card 4000 0566 5566 5556 and £8,400 has gone. I think I've been scammed. my number is 07700 900812, please ring me",
          when="2028-05-18T10:20:51Z"),
       expect(RV, "high", "fraud", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("gilt-spam-fund-recovery", "spam",
       tw("RecoverPro_gt", "Lost savings to a Gilt scam or the crypto crash? 💸 Our certified fund recovery experts get your money back in 48h. No win no fee ✅ DM now",
          when="2028-05-18T11:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="'fund recovery' riding on the scam story")
    jan = tw("jan_e_gt", f"@{B} is my money actually safe with you after this FCA thing? my whole pension is in a SIPP with you and I retire next year",
             when="2028-05-18T11:10:09Z")
    SC("gilt-question-pension-safe", "question", jan, expect(RP, "normal", "isa_pension", "direct"), known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: addressed to @GiltInvest | complaint (0.37) | legal or regulatory threat (not urgent) | topic isa_pension: 'pension', 'pensions', 'pensión', 'pensione', 'sipp', 'sipps'")
    SC("gilt-spam-helpdesk-seed-phrase", "spam",
       tw("GiltHelpDesk_gt", f"@jan_e_gt @{B} Hi Jan, Gilt help desk here 🔒 to protect your pension and SIPP we can move them into a secure holding wallet. Just DM us your login and seed phrase to begin",
          reply_to=jan, when="2028-05-18T11:25:40Z"),
       expect(IGN, "low", "isa_pension", "indirect"), note="a fake help desk in a customer's thread, fishing for a seed phrase")
    maureen = tw("maureen_t_gt", "I lost £41,000, everything I'd saved for 40 years, to a scammer on the phone who said he was Gilt support and showed me my own account on a screen. Gilt say it's not their fault and the bank says I authorised it. I'm 71. what do I do now",
                 when="2028-05-18T12:30:17Z")
    SC("gilt-indirect-lost-savings-71", "complaint-indirect", maureen, expect(RP, "high", "fraud", "indirect"),
       note="her life savings lost to a fake Gilt adviser, brand named without a tag: money lost to fraud", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: names Gilt in a post to everyone | describes their own experience | complaint (0.34) | topic fraud: 'scammer', 'scammers'")
    SC("gilt-chatter-action-fraud-advice", "third-party-chatter",
       tw("kindstranger_gt", "@maureen_t_gt I'm so sorry. Report it to Action Fraud and ask your bank to look again under the reimbursement rules, you may well get it back. Gilt can't refund it themselves but they can back you up in writing",
          reply_to=maureen, when="2028-05-18T12:52:33Z"),
       expect(MON, "low", "fraud", "third_party"), note="a stranger's advice in someone else's thread")
    SC("gilt-de-betrug-seed-phrase", "non-english",
       tw("petra_s_gt", f"@{B} Ein Account namens 'Gilt Support DE' schreibt mir und will meine Seed-Phrase. Ist das Betrug? Ich habe nichts geschickt.",
          lang="de", when="2028-05-18T13:00:24Z"),
       expect(RP, "normal", "fraud", "direct"), note="German: a fake support account asks for her seed phrase; nothing sent")
    SC("gilt-spam-pump-signal-group", "spam",
       tw("MoonSignals_gt", "🚀 $KLUX is about to 40x. 3,000 Gilt users are already in our signal group. Get in before 6pm, then hold for the pump 💎🙌 Join 👉 {url:https://moonsignals.example/join}",
          when="2028-05-18T14:00:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="pump-and-dump spam using the brand's name")
    SC("gilt-spam-follower-selling", "spam",
       tw("GrowthBoost_gt", f"@{B} 📈 Boost your brand! 25k real followers + 10k likes for £29. Trusted by fintechs &amp; influencers. DM now 💯",
          when="2028-05-18T15:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("gilt-safety-address-posted-feed", "safety-urgent",
       tw("nadia_f_gt", f"@{B} someone on Gilt posted my home address under my post about Tuesday's crypto drop and told people to 'pay me a visit'. it's threatening and I'm terrified. please take it down",
          when="2028-05-18T16:00:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="a user's address posted with a veiled threat: danger to a person")
    # ---- Friday 19 May: an ordinary day ----------------------------------------------------------
    SC("gilt-namesake-jewellers-ring", "namesake",
       tw("ellie_rings_gt", "Gilt on Fenner Street resized my nan's wedding ring while I waited and wouldn't take a penny for it. tiny shop, massive hearts 💍",
          when="2028-05-19T09:15:06Z"),
       expect(IGN, "low", None, "none"), note="the jewellery shop", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Gilt in a post to everyone | general chatter about the brand")
    SC("gilt-namesake-jewellers-card-twice", "namesake",
       tw("sami_k_gt", "gilt (the jewellers on fenner st, not the app lol) charged my card twice for fixing my necklace clasp. going back in on my lunch to sort it",
          when="2028-05-19T10:00:41Z"),
       expect(IGN, "low", "card", "none"), note="a complaint with a card in it, but about the jewellers")
    SC("gilt-in-passing-face-id-friday", "complaint-in-passing",
       tw("fern_a_gt", f"friday so far: spilt coffee on my laptop, missed the bus, and the @{B} app logged me out and now won't accept my password or my face id. love it here",
          when="2028-05-19T10:30:15Z"),
       expect(RP, "normal", "app", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("gilt-repeat-isa-transfer-again", "repeat-contact",
       tw("mags_gt", f"@{B} me again. two days since I told you my ISA transfer was 9 weeks late and not one reply. still 'in progress'",
          when="2028-05-19T11:00:52Z"),
       expect(RP, "high", "isa_pension", "direct"), note="she comes back: no answer to Wednesday's complaint", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GiltInvest | complaint (0.96) | topic isa_pension: 'isa transfer', 'isa', 'isas'")
    SC("gilt-question-sipp-tax-relief", "question",
       tw("derek_h_gt", f"@{B} if I pay £800 into my SIPP, when does the 25% tax relief get added? and does it show as a separate contribution?",
          when="2028-05-19T11:40:19Z"),
       expect(RP, "normal", "isa_pension", "direct"))
    SC("gilt-pt-cartao-recusado", "non-english",
       tw("bruno_c_gt", f"@{B} Boa tarde, o meu cartão Gilt foi recusado no multibanco nas férias. Tenho saldo. Podem verificar, por favor?",
          lang="pt", when="2028-05-19T12:15:33Z"),
       expect(RP, "normal", "card", "direct"), note="Portuguese: the card declined at a cash machine abroad")
    SC("gilt-praise-mum-pension-call", "praise",
       tw("grace_o_gt", "didn't expect it but Gilt's vulnerable customers team rang my mum back within the hour about her pension and explained everything slowly, twice. she's 79. thank you 💛",
          when="2028-05-19T15:30:44Z"),
       expect(RP, "low", "isa_pension", "indirect"), note="praise, brand named without a tag")
    SC("gilt-private-w8ben-account-email", "private-details",
       tw("omar_s_gt", f"@{B} my W-8BEN has expired and US dividends are being taxed at 30%. account GI-44718203, email omar.saleh@postbox.example. can you send the form and my tax statement?",
          when="2028-05-19T16:10:18Z"),
       expect(RV, "normal", "account", "direct"), note="an account number and an email address in public")
    SC("gilt-private-home-address-card", "private-details",
       tw("pete_r_gt", f"@{B} you've sent my new card to my old address twice now. it should go to 14 Larch Close, Dunholt, DN4 7RT. I moved in March and changed it in the app!",
          when="2028-05-19T16:45:39Z"),
       expect(RV, "normal", "card", "direct"), note="a home address in public")
    jess = tw("jess_h_gt", "@ian_c_gt how did the ISA switch go in the end?", when="2028-05-19T17:00:00Z")
    SC("gilt-venting-isa-spring-rally", "third-party-venting",
       tw("ian_c_gt", "@jess_h_gt don't ask. Gilt have had my ISA transfer 'in progress' for 7 weeks and I've missed the whole spring rally sitting in cash. never again",
          reply_to=jess, when="2028-05-19T17:20:13Z"),
       expect(MON, "low", "isa_pension", "third_party"), note="venting to a friend in her thread, brand not tagged")
    rosie = tw("rosie_m_gt", f"tried to pay for lunch with my Gilt card and it got declined AGAIN. 4th time this week 🙃 @{B}",
               when="2028-05-19T12:40:25Z")
    SC("gilt-repeat-card-fourth-time", "repeat-contact", rosie, expect(RP, "high", "card", "indirect"),
       note="the same failure for the fourth time this week; the handle at the end of a post to everyone")
    SC("gilt-joke-guilt-trip-gold-leaf", "joke-bystander",
       tw("dad_jokes_gt", "@rosie_m_gt Gilt card declined? sounds like a guilt trip to me 😅 try paying in gold leaf next time",
          reply_to=rosie, when="2028-05-19T12:58:04Z"),
       expect(IGN, "low", "card", "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic card: 'card declined', 'card', 'cards', 'declined'")

    # ---- Saturday 20 May: praise, pigs and picture frames ----------------------------------------
    SC("gilt-common-show-young-stock", "common-word",
       tw("hill_farm_gt", "Our Saddleback gilt took first in the young stock class at the Dunholt Show 🐖🏆 fourteen months old and she strutted round that ring like she owned it",
          when="2028-05-20T08:00:00Z"),
       expect(IGN, "low", "trading", "none"), note="a young female pig; 'stock' is livestock", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Gilt in a post to everyone | general chatter about the brand | topic trading: 'stock', 'stocks'")
    SC("gilt-common-pig-in-road", "common-word",
       tw("BrackenPC_gt", "⚠️ Mill Lane, Brackenfold: a young gilt has got out of a field and is wandering in the road. She's a danger to herself and drivers, so please slow down. The farmer is on his way, don't try to catch her 🐖",
          when="2028-05-20T08:45:00Z"),
       expect(IGN, "low", "safety", "none"), note="a real danger, but from a pig: nothing to do with the app")
    SC("gilt-common-regilding-mirror", "common-word",
       tw("framer_jo_gt", "Spent all week re-gilding a Victorian mirror frame: 23-carat gilt over red bole. It went on like butter and I've still got gold leaf in my eyebrows ✨",
          when="2028-05-20T09:10:33Z"),
       expect(IGN, "low", None, "none"), note="gold leaf")
    SC("gilt-common-gingerbread-saying", "common-word",
       tw("wordnerd_gt", "'took the gilt off the gingerbread' is my new favourite phrase. as in: the parking ticket rather took the gilt off the gingerbread at my sister's wedding",
          when="2028-05-20T10:00:12Z"),
       expect(IGN, "low", None, "none"), note="an old saying")
    SC("gilt-common-german-gilt-das", "common-word",
       tw("mareike_gt", "Nicht vergessen: ab Montag gilt die neue Parkregel in der Altstadt. Das gilt auch für Anwohner ohne Ausweis!",
          lang="de", when="2028-05-20T10:30:48Z"),
       expect(IGN, "low", None, "none"), note="German 'gilt' means 'applies'")
    SC("gilt-praise-year-ago-ending-it", "praise",
       tw("chris_d_gt", f"@{B} a year ago I told you I was thinking of ending it after a really bad year. your team rang me, stayed on the phone till my sister got there and helped me find a debt adviser. I'm doing well now. never said thank you, so: thank you",
          when="2028-05-20T12:00:21Z"),
       expect(RP, "low", "safety", "direct"), note="thanks for help in a crisis that is a year behind him: not urgent", known_miss="round 15, not met yet: priority: want \"low\", got normal; the engine read: addressed to @GiltInvest | complaint (0.86) | topic safety: 'end it', 'ending it'")
    SC("gilt-sarcasm-patience-stars", "sarcasm-customer",
       tw("beth_l_gt", "5 stars to Gilt for the free lesson in patience ⭐⭐⭐⭐⭐ 4 days and my ISA transfer is still 'being processed'. truly life-changing",
          when="2028-05-20T13:00:05Z"),
       expect(RP, "normal", "isa_pension", "indirect"), note="praise words meaning the opposite, brand named without a tag")
    SC("gilt-namesake-goalkeeper", "namesake",
       tw("dunholt_fc_gt", "SAM GILT WHAT A SAVE 🧤 penalty saved in the 90th minute and Dunholt hold on for the draw!!",
          when="2028-05-20T16:50:00Z"),
       expect(IGN, "low", None, "none"), note="a goalkeeper's surname")
    SC("gilt-medical-dad-heart-tablets", "medical-urgent",
       tw("nell_gt", f"@{B} my card just got declined at the chemist paying for dad's prescription, his heart tablets. there's £200 on it. can you check? he needs his medication tonight",
          when="2028-05-20T17:05:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a man's heart medication depends on it")

    # ---- Sunday 21 May ---------------------------------------------------------------------------
    SC("gilt-namesake-prof-ruth-gilt", "namesake",
       tw("MerrowUni_gt", "Tonight's free public lecture: Prof. Ruth Gilt on why under-30s are putting their savings into crypto instead of pensions, and what that means for their retirement. 7pm, Hartley Hall",
          when="2028-05-21T08:00:00Z"),
       expect(IGN, "low", "isa_pension", "none"), note="an economist's surname, talking about the app's products: still not the brand")
    return brand


BRANDS["gilt-invest"] = ("GiltInvest", 5878901245, build_gilt_invest)
