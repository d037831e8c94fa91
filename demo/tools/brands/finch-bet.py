# Finch: a made-up online betting and casino app for the UK (18+ only): a sportsbook with
# accumulators, bet builders and cash out, online slots and live casino tables, and bingo
# rooms with chat. Deposits and withdrawals, account verification (ID, proof of address,
# source of funds), bonuses and free bets, odds and voided bets, deposit limits, time outs
# and self-exclusion, and a 24-hour player protection team for customers in crisis and
# for under-18s who should never have got in. "Finch" is also a small bird, a surname
# (Atticus Finch, the rugby player Tom Finch, a branch manager), the Finch Coffee chain
# and its app, and the village of Finch St Mary: none of them is the betting app.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week is
# the cup final weekend (Saturday 29 May 2027), when the app goes down at kick-off and
# the people it has harmed post at 2am.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, club,
# account number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_finch_bet():
    global CURRENT_BRAND, CLOCK
    brand = Brand("finch-bet", SCEN_DIR / "finch-bet.plan.toml", "FinchBet", 4334567831, 1861220000000003501)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-05-28T06:00:00Z")
    B = "FinchBet"
    user(B, "Finch", 4334567831,
         "Finch 🐦 sports, casino & bingo. 18+ only. Help here 8am–midnight, player protection 24/7 in the app. "
         "Helpline 0808 157 0733. Never post your account or card details here. Please gamble responsibly.",
         212_000, following=640, tweets=98_500, listed=410, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8640100000 + _n[0] * 4129, bio, followers, **kw)

    person("dazza_holt_acca", "Darren Holt", "Accas every Saturday. Calder City till I die.", 380)
    person("shell_roper_b", "Michelle Roper", "Bingo Tuesdays, prosecco Fridays.", 260)
    person("kieran_lofthse", "Kieran Lofthouse", "Scaffolder. Leeds. One day at a time.", 150)
    person("jodie_pennock", "Jodie Pennock", "Care worker. Type 1. Tired.", 310)
    person("lewis_a_grant", "Lewis Grant", "", 40)
    person("tash_okonjo", "Natasha Okonjo", "Data analyst. Spreadsheets and horses.", 720)
    person("gary_whitlam63", "Gary Whitlam", "Retired postman. Racing Post and a flask.", 190)
    person("priya_rasool_pl", "Priya Rasool", "Paralegal. Reads the small print so you don't have to.", 450)
    person("mattyb_punts", "Matty Bannister", "Punter. Mostly losing. 38 days clean.", 610)
    person("sean_kearsley", "Sean Kearsley", "Dad. Forklift. Rovers.", 120)
    person("carol_ainswrth", "Carol Ainsworth", "Daughter, carer, worrier.", 90)
    person("ryan_featherby", "Ryan Featherby", "Electrician. 5-a-side legend (in my head).", 230)
    person("becky_tolland", "Becky Tolland", "Vet nurse. Two cats. One flatmate.", 340)
    person("nathan_oduya", "Nathan Oduya", "Student. Broke. Calder City.", 210)
    person("amy_castleford", "Amy Castleford", "", 75)
    person("big_stu_hughes", "Stuart Hughes", "Doorman. Don't start.", 280)
    person("joe_rimmer_77", "Joe Rimmer", "Rovers. Beer. Repeat.", 160)
    person("linda_mowbray", "Linda Mowbray", "Bingo, grandkids, The Archers.", 110)
    person("sam_ewart_x", "Sam Ewart", "they/them. trying to stay safe.", 60)
    person("marisol_vega_l", "Marisol Vega", "Sevillana en Leeds. Camarera.", 180)
    person("tobias_hahn_lds", "Tobias Hahn", "Aus Köln. Ingenieur. Vater von zwei Teenagern.", 140)
    person("thomas_lefevr_m", "Thomas Lefèvre", "Lillois à Manchester.", 170)
    person("giulia_ferrnte", "Giulia Ferrante", "Napoletana a Bradford. Infermiera.", 200)
    person("daan_vdberg_fc", "Daan van den Berg", "Utrechter in Leeds. Fietsen en voetbal.", 230)
    person("ines_carvalho_m", "Inês Carvalho", "Portuense em Manchester.", 190)
    person("pablo_ortiz_lds", "Pablo Ortiz", "Madrileño. Cocinero. Calder City.", 160)
    person("callum_reeve_tv", "Callum Reeve | Footy Talk", "Ex-pro. Now I shout about football for a living. 1.1m on YouTube.",
           940_000, following=700, listed=3600, verified=True)
    person("lottie_marr_tv", "Lottie Marr", "Streamer 🎮 chaos merchant. Live most nights.",
           310_000, following=1100, listed=1400, verified=True)
    person("FinchSupportUK", "Finch Support ✅", "Official Finch help desk 24/7 🐦 DM us for account unlocks and fast payouts",
           24, following=4300)
    person("FixedOddsKing", "Fixed Matches 100% ✅", "Sure wins every weekend. DM for tickets 💰", 1800, following=4900)
    person("FundRecoveryPro", "Gambling Loss Recovery 💸", "We get your money back. No win no fee.", 640, following=4700)
    person("BetDropsDaily", "Bet Drops Daily 🎁", "Daily giveaways! Follow + RT to win", 3900, following=4900)
    person("calder_gazette", "Calder Valley Gazette", "News from the Calder Valley since 1881.", 41_000,
           following=880, verified=True)
    person("BetIndustryNews", "Bet Industry News", "News for the betting and gaming trade.", 58_000,
           following=1300, verified=True)
    person("ella_dunmore_en", "Ella Dunmore", "English teacher. Harper Lee forever.", 520)
    person("jas_mahil_brews", "Jas Mahil", "Coffee nerd. Flat whites only.", 330)
    person("FinchStMaryWI", "Finch St Mary WI", "The Women's Institute of Finch St Mary village. Jam, jumble, justice.", 410)
    person("rugby_ruth_l", "Ruth Lomax", "Rugby league. Tigers. Loud.", 700)
    person("hal_pemberton", "Hal Pemberton", "Birds, bikes, biscuits.", 900)
    person("kit_andrade_evo", "Kit Andrade", "Evolutionary biology PhD student. Beaks are my thing.", 1200)
    person("punny_pete_w", "Pete Whitcombe", "Dad jokes. Terrible puns. Sorry in advance.", 140)
    person("gem_halstead", "Gemma Halstead", "Pub quiz queen. Tea.", 200)
    person("xss_marta_k", "Marta Kowal", "Pentester. Breaking your forms since 2014.", 2200)
    person("freebet_frank", "Frank Dyson", "Always looking for a free bet.", 90)
    person("kay_lindqvist", "Kayleigh Lindqvist", "Big sister. Worrier.", 150)
    person("mo_begum_5aside", "Mo Begum", "Saturday 5-a-side, Sunday regrets.", 230)
    person("deb_hutchings", "Debbie Hutchings", "", 55)
    person("tyler_b_2010", "Tyler", "rovers. fifa. 16", 140)
    person("jim_roscoe_ff", "Jim Roscoe", "Retired fireman. Stubborn.", 170)
    person("nina_patel_acct", "Nina Patel", "Accountant. Strict with money, soft with dogs.", 260)
    person("lee_branch_yd", "Lee Tanner", "Assistant manager, Yorkshire Building Mutual. Views mine.", 120)

    # ---- Friday 28 May: the build-up to the final ------------------------------------------
    promo = tw(B, "🏆 Cup final weekend at Finch: bet £10 on the final, get £30 in free bets. New customers only, 18+, "
               "wagering 1x, full terms in the app. Set a deposit limit any time. Please gamble responsibly.",
               when="2027-05-28T08:00:00Z")
    SC("finch-brand-own-final-promo", "brand-own-post", promo, expect(IGN, "low", "bonuses", "none"),
       note="the brand's own promo; 'free bets' and 'wagering' outweigh the one 'deposit limit'")
    SC("finch-q-reply-existing-customers", "question-in-reply-to-brand",
       tw("freebet_frank", "and existing customers get... nothing again? been with you 6 years. any free bets for us or is the offer just for new accounts 🙃",
          reply_to=promo, when="2027-05-28T08:14:22Z"),
       expect(RP, "normal", "bonuses", "direct"), note="a question in reply to the brand's post, no @")
    SC("finch-quote-free-bets-small-print", "quote",
       tw("nina_patel_acct", "'wagering 1x' and then the free bets expire in 24 hours and only count on odds of 2.0 or more. read the small print before you sign up folks",
          quote=promo, when="2027-05-28T08:40:51Z"),
       expect(RP, "normal", "bonuses", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a warning to others that is also a complaint about the terms")
    SC("finch-repost-final-promo", "repost", tw("dazza_holt_acca", "", retweet=promo, when="2027-05-28T09:02:10Z"),
       expect(IGN, "low", "bonuses", "indirect"))

    verif_q = tw("nathan_oduya", f"@{B} how long does verification usually take? sent my passport and a bank statement on Tuesday and it still says 'documents under review'",
                 when="2027-05-28T09:25:37Z")
    SC("finch-question-verification-time", "question", verif_q, expect(RP, "normal", "verification", "direct"))
    verif_brand = tw(B, "@nathan_oduya Hi Nathan, thanks for bearing with us. Verification normally takes 24–48 hours. I've asked the team to look at yours today and I'll update you here by 6pm.",
                     reply_to=verif_q, when="2027-05-28T09:41:02Z")
    SC("finch-thread-verified-thanks", "thread-with-brand",
       tw("nathan_oduya", "just got the email saying I'm verified 👍 cheers for chasing it, appreciate it",
          reply_to=verif_brand, when="2027-05-28T15:12:44Z"),
       expect(RP, "low", "verification", "direct"), note="back in the brand's thread without @: thanks, answer it")

    SC("finch-complaint-palp-acca", "complaint-direct",
       tw("dazza_holt_acca", f"@{B} you voided my 4-fold acca as a 'palpable error' AFTER all four legs won. those odds were on your site for 2 days. pay me what I'm owed",
          when="2027-05-28T10:05:19Z"),
       expect(RP, "normal", "sports", "direct"))
    SC("finch-indirect-withdrawal-11-days", "complaint-indirect",
       tw("tash_okonjo", "Finch have had my £640 withdrawal 'pending' for 11 days now. every time I ask it's 'with the payments team'. it's MY winnings, not a loan",
          when="2027-05-28T10:48:30Z"),
       expect(RP, "normal", "payments", "indirect"), note="names the brand without tagging it, about her own money")
    SC("finch-indirect-closed-after-win", "complaint-indirect",
       tw("gary_whitlam63", "Finch shut my account two days after I won £3,100 on the horses at York. 'business decision'. funny how they never had a problem while I was losing at the racing every week",
          when="2027-05-28T11:30:05Z"),
       expect(RP, "normal", "sports", "indirect"), note="names the brand without tagging it; his own account, closed after a racing win")
    SC("finch-in-passing-boiler-withdrawal", "complaint-in-passing",
       tw("ryan_featherby", f"worst week ever: boiler packed in, the dog ate my earbuds, and @{B} still haven't sent the £210 I withdrew on Monday. at least it's sunny 🙃",
          when="2027-05-28T12:02:48Z"),
       expect(RP, "normal", "payments", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("finch-in-passing-selfie-passport", "complaint-in-passing",
       tw("jodie_pennock", f"today's been a lot. 6am shift, missed the bus, landlord texting about the rent, and now @{B} want ANOTHER selfie holding my passport before they'll let me withdraw. ok then",
          when="2027-05-28T13:15:26Z"),
       expect(RP, "normal", "verification", "indirect"),
       note="tagged in passing; 'selfie' and 'passport' make it verification rather than payments")
    SC("finch-sarcasm-deposit-speed", "sarcasm-customer",
       tw("ryan_featherby", f"love how @{B} can take a deposit in 0.3 seconds but need '3–5 working days' to process a withdrawal. incredible technology, truly world class 👏",
          when="2027-05-28T14:20:11Z"),
       expect(RP, "normal", "payments", "indirect"), note="sarcasm about his own withdrawal")
    SC("finch-question-deposit-limit", "question",
       tw("nina_patel_acct", f"@{B} how do I set a deposit limit on the app? can't find it anywhere in settings. want a weekly one before the final",
          when="2027-05-28T16:33:52Z"),
       expect(RP, "normal", "safer_gambling", "direct"))

    # ---- Saturday 29 May: the final, and the app goes down at kick-off ------------------------
    big = tw("callum_reeve_tv", f"Biggest game of the season and the @{B} app has been down since kick off. Spinning wheel, 'something went wrong', not loading at all. Can't cash out, can't do anything. Thousands of us. Sort it out.",
             when="2027-05-29T19:12:40Z",
             metrics={"retweet_count": 3800, "reply_count": 1400, "like_count": 22000, "quote_count": 410})
    SC("finch-big-reach-app-down-kickoff", "big-reach", big, expect(RP, "high", "outage", "indirect"),
       note="940k followers, an outage at kick-off; the handle in the middle of a post to everyone")
    SC("finch-repost-app-down-kickoff", "repost", tw("mo_begum_5aside", "", retweet=big, when="2027-05-29T19:15:05Z"),
       expect(IGN, "low", "outage", "indirect"))
    SC("finch-big-reach-streamer-bet-builder", "big-reach",
       tw("lottie_marr_tv", f"me and half my chat tried to put a bet builder on at half time and @{B} just says 'something went wrong'. 40 minutes now. is the app down or is it just us?? 😤",
          when="2027-05-29T19:58:31Z",
          metrics={"retweet_count": 900, "reply_count": 600, "like_count": 7400, "quote_count": 60}),
       expect(RP, "high", "outage", "indirect"), note="310k followers, a customer hit by the outage")
    outage_post = tw(B, "We know the app is down for many of you right now and we're sorry. Our engineers are working on the outage. Bets placed before it are safe and will be settled as normal. Next update here in 15 minutes.",
                     when="2027-05-29T19:20:00Z")
    SC("finch-brand-own-outage-update", "brand-own-post", outage_post, expect(IGN, "low", "outage", "none"))
    SC("finch-quote-outage-bet-void", "quote",
       tw("dazza_holt_acca", "'bets placed before it are safe' mine went on at 19:08 and it's now showing as void. explain that one",
          quote=outage_post, when="2027-05-29T21:40:18Z"),
       expect(RP, "normal", "sports", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: his bet was voided, whatever the post promised")
    SC("finch-abuse-crashed-cash-out", "abuse-with-problem",
       tw("joe_rimmer_77", f"@{B} absolute joke of a company. app crashed and won't load with my cash out showing £380 at 1-0 and now it says lost. you thieving b*stards, give me my money",
          when="2027-05-29T19:47:15Z"),
       expect(RP, "high", "outage", "direct"), note="abusive, with a real loss caused by the outage")
    SC("finch-nl-storing-kickoff", "non-english",
       tw("daan_vdberg_fc", f"@{B} de app werkt niet sinds de aftrap, hij laadt niet en ik kan niets meer doen. Storing? Ik had een live weddenschap open staan.",
          lang="nl", when="2027-05-29T19:25:48Z"),
       expect(RP, "high", "outage", "direct"), note="Dutch: the outage at kick-off")
    SC("finch-threat-penalty-taker-gym", "threat-urgent",
       tw("joe_rimmer_77", f"@{B} voided my first goalscorer bet for a 'market error' and then Dunmore misses the pen that would've won me the rest. I know which gym he uses. he won't be walking out of it next time",
          when="2027-05-29T21:05:33Z"),
       expect(ANY, "urgent", "sports", "direct"),
       note="a threat to hurt a named player, with a complaint about a voided bet: only the priority is strict")
    SC("finch-threat-agent-wharf-street", "threat-urgent",
       tw("big_stu_hughes", "Finch took £2,400 of my withdrawal and their chat agents think it's funny. I know the office is on Wharf Street. the lad called Callum finishes at 6. we'll see how funny he finds it when I'm waiting for him",
          when="2027-05-29T22:30:09Z"),
       expect(ANY, "urgent", "payments", "indirect"),
       note="a veiled threat against a named member of staff, with a complaint: only the priority is strict")

    crisis = tw("lewis_a_grant", f"@{B} lost the lot tonight. wages, the money for the car, all of it. I don't see the point of anything anymore. can you just shut my account so I stop",
                when="2027-05-30T01:40:17Z")
    SC("finch-crisis-lost-the-lot-2am", "safety-urgent", crisis, expect(RP, "urgent", "safer_gambling", "direct"),
       note="a man in crisis in the middle of the night, asking calmly for his account to be shut")
    crisis_brand = tw(B, "@lewis_a_grant Lewis, thank you for telling us. I've closed your account and applied a 5-year self-exclusion. Please don't be alone with this tonight: if you feel unsafe, ring 999. I'm sending you a DM with free support you can call now.",
                      reply_to=crisis, when="2027-05-30T01:52:40Z")
    SC("finch-brand-reply-crisis", "brand-own-post", crisis_brand, expect(IGN, "low", "safer_gambling", "none"))
    SC("finch-thread-crisis-at-sisters", "thread-with-brand",
       tw("lewis_a_grant", "thanks. I'm at my sister's now, she's taken my bank card off me. didn't think anyone would actually answer at 2am",
          reply_to=crisis_brand, when="2027-05-30T02:31:07Z"),
       expect(RP, "*", None, "direct"), strict=False,
       note="back in the brand's thread without @, safe now at his sister's: thanks, so low, but after a crisis a lead "
            "could keep it urgent until player protection has spoken to him")
    SC("finch-self-excluded-multistorey", "safety-urgent",
       tw("kieran_lofthse", f"@{B} self-excluded for 5 YEARS in January. tonight you let me open a new account, same name, same DOB, same card, and took £2k off me on the final. your 'safer gambling' page is a joke. been sat in the car on top of the multi-storey for an hour. dunno why I'm telling you",
          when="2027-05-30T00:48:12Z"),
       expect(RP, "urgent", "safer_gambling", "direct"),
       note="a rant about self-exclusion failing, with a man alone on top of a car park at the very end")
    SC("finch-es-autoexclusion-alquiler", "safety-urgent",
       tw("marisol_vega_l", f"@{B} he perdido el dinero del alquiler en vuestras tragaperras. Pedí la autoexclusión hace un mes y me dejasteis volver a jugar. No quiero seguir viviendo así.",
          lang="es", when="2027-05-30T02:15:44Z"),
       expect(RP, "urgent", "safer_gambling", "direct"),
       note="Spanish: self-exclusion failed, rent money lost, and 'I don't want to go on living like this'")
    SC("finch-fr-auto-exclusion-en-finir", "safety-urgent",
       tw("thomas_lefevr_m", f"@{B} je suis en auto-exclusion depuis mars mais votre appli m'a laissé déposer 3 000 € hier soir. j'ai tout perdu. ma femme ne sait rien. j'ai envie d'en finir, vraiment.",
          lang="fr", when="2027-05-30T03:02:27Z"),
       expect(RP, "urgent", "safer_gambling", "direct"), note="French: self-exclusion failed, and 'I want to end it'")

    # ---- Sunday 30 May -------------------------------------------------------------------------
    SC("finch-insulin-no-food-till-friday", "medical-urgent",
       tw("jodie_pennock", f"@{B} is there any way to get a deposit back? I put my food money in last night chasing losses and lost it. I'm type 1 diabetic and I can't do insulin with nothing to eat till Friday. I know it's my own fault",
          when="2027-05-30T08:10:55Z"),
       expect(RP, "urgent", "safer_gambling", "direct"),
       note="asked as a money question, but a diabetic on insulin with no food for five days is a medical risk")
    SC("finch-flatmate-collapsed-roulette", "medical-urgent",
       tw("becky_tolland", f"@{B} my flatmate is addicted and he's been on your live roulette since Friday night. no sleep, barely eaten, and he's just collapsed in the kitchen. ambulance is on the way. PLEASE lock his account, he'll be straight back on it when he's home",
          when="2027-05-30T09:35:21Z"),
       expect(RP, "urgent", "safer_gambling", "direct"), note="a customer collapsed after two days of play; written by his flatmate")
    SC("finch-missing-14-year-old", "safety-urgent",
       tw("amy_castleford", f"@{B} my son is 14. FOURTEEN. he's been on your slots with my debit card, £1,300 gone, and this morning he left a note saying sorry about the money and he's not come home. police are out looking for him. how did an underage kid get past your age checks??",
          when="2027-05-30T11:20:08Z"),
       expect(RP, "urgent", "safer_gambling", "direct"), note="a missing child who gambled on the app")
    SC("finch-epilepsy-flashing-slots", "medical-urgent",
       tw("shell_roper_b", f"@{B} hi, quick question. I have photosensitive epilepsy. is there a way to turn off the flashing win animations on the slots? had a funny turn last night after one of the big win screens",
          when="2027-05-30T12:04:39Z"),
       expect(RP, "urgent", "safer_gambling", "direct"),
       note="a calm question about a medical need: a seizure risk from the games, with a 'funny turn' already")
    SC("finch-parkinsons-mum-slots", "medical-urgent",
       tw("carol_ainswrth", f"@{B} my mum is 74 and on medication for Parkinson's that her consultant says can cause compulsive gambling. she's lost about £18,000 on your slots since March. how do I get her account shut? she's not in a state to do it herself",
          when="2027-05-30T13:30:50Z"),
       expect(RP, "urgent", "safer_gambling", "direct"), strict=False,
       note="a calm question; the harm is driven by a medical condition in a vulnerable elderly woman. urgent as a medical "
            "need, though a care lead could call it high (a strong complaint, nobody in danger this minute)")
    SC("finch-threat-bingo-room-lucky-lil", "threat-urgent",
       tw("linda_mowbray", f"@{B} someone in the Tuesday night bingo room calling herself LuckyLil77 keeps posting the name of my town and threatening to 'come round and sort me out'. she knows what street I'm on. reported her 3 times to the chat host. I'm 68 and I live on my own",
          when="2027-05-30T14:12:17Z"),
       expect(RP, "urgent", "games", "direct"),
       note="one customer threatening another through the bingo chat; the chat is the bingo team's to moderate")
    SC("finch-stalker-ex-bingo-leaderboard", "safety-urgent",
       tw("sam_ewart_x", f"@{B} please can you hide my name from the bingo leaderboard. my ex has a non-molestation order against him and he's found me through it, he messages me in the chat under new names every night. I'm scared he'll work out where I live",
          when="2027-05-30T15:48:03Z"),
       expect(RP, "urgent", "safer_gambling", "direct"), note="a person at risk from a violent ex who found them through the app")
    SC("finch-pt-irmao-hospital", "medical-urgent",
       tw("ines_carvalho_m", f"@{B} o meu irmão tomou comprimidos esta noite depois de perder tudo na vossa app. está no hospital. por favor fechem a conta dele, ele tem um vício e vocês continuam a mandar-lhe bónus todos os dias",
          lang="pt", when="2027-05-30T23:10:36Z"),
       expect(RP, "urgent", "safer_gambling", "direct"),
       note="Portuguese: an overdose after losing everything, and the brand still sends him bonuses")
    friend_q = tw("gem_halstead", "does anyone know how you actually stop a betting app letting someone back on? asking for a friend. kind of",
                  when="2027-05-30T16:05:00Z")
    SC("finch-third-party-brother-ending-it", "safety-urgent",
       tw("kay_lindqvist", "@gem_halstead same with my brother. Finch let him straight back on after he self-excluded and now he's talking about ending it. I'm so scared for him",
          reply_to=friend_q, when="2027-05-30T16:22:41Z"),
       expect(ANY, "urgent", "safer_gambling", "third_party"), strict=False,
       note="in someone else's thread, brand not tagged, so normally monitor; but a man at risk of suicide is named. "
            "urgent, and whether to reach out or only watch is a judgement call")
    SC("finch-chatter-gamstop-advice", "third-party-chatter",
       tw("nina_patel_acct", "@gem_halstead GamStop covers all the UK sites including Finch, and you can ask your bank to block gambling payments too. worked for my dad x",
          reply_to=friend_q, when="2027-05-30T16:40:12Z"),
       expect(MON, "low", "safer_gambling", "third_party"), note="a stranger's advice in someone else's thread")
    SC("finch-de-minderjaehriger-sohn", "non-english",
       tw("tobias_hahn_lds", f"@{B} mein Sohn ist 16 und hat mit meinem Ausweis ein Konto bei euch eröffnet. 900 Pfund von meiner Karte verzockt. Wie kann ein Minderjähriger das? Wo ist euer Jugendschutz? Ich will das Geld zurück und das Konto sofort geschlossen.",
          lang="de", when="2027-05-30T18:25:14Z"),
       expect(RP, "high", "safer_gambling", "direct"), strict=False,
       note="German: a 16-year-old gambled with his father's ID and card; nobody is in danger, a strong complaint with "
            "money lost (high), though a lead could treat any under-18 case as urgent")
    SC("finch-fr-pari-combine-annule", "non-english",
       tw("thomas_lefevr_m", f"@{B} vous avez annulé mon pari combiné gagnant, cote 12,5, pour un 'changement d'heure du match'. le match a commencé 10 minutes en retard. c'est du vol.",
          lang="fr", when="2027-05-30T19:40:55Z"),
       expect(RP, "normal", "sports", "direct"), note="French: a winning accumulator voided",
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: addressed to @FinchBet | complaint (0.13) | rude, but still a customer with a problem | topic sports: 'annulé', 'pari combiné', 'cote', 'cotes'")

    # ---- Monday 31 May -------------------------------------------------------------------------
    w_first = tw("tash_okonjo", f"@{B} my withdrawal of £1,150 has been pending since the 14th. what's going on?",
                 when="2027-05-18T09:10:00Z")
    w_brand = tw(B, "@tash_okonjo Hi Natasha, sorry for the wait. I've checked and it's been approved today. It should reach your bank within 72 hours.",
                 reply_to=w_first, when="2027-05-18T10:02:00Z")
    SC("finch-repeat-72-hours-ten-days", "repeat-contact",
       tw("tash_okonjo", "72 hours you said. that was nearly two weeks ago. still no payout in my bank and your live chat just keeps telling me it's 'approved'. what now?",
          reply_to=w_brand, when="2027-05-31T08:14:36Z"),
       expect(RP, "high", "payments", "direct"),
       note="back in the brand's thread without @: the brand's promise was not kept")
    SC("finch-repeat-proof-of-address-4x", "repeat-contact",
       tw("sean_kearsley", f"@{B} third time asking on here. I've uploaded my proof of address FOUR times and it keeps getting rejected as 'unreadable'. it's a PDF from my own bank. can a human look at it please",
          when="2027-05-31T08:45:10Z"),
       expect(RP, "high", "verification", "direct"), note="a third contact about the same stuck document")
    SC("finch-legal-gamstop-commission", "legal-threat-not-urgent",
       tw("priya_rasool_pl", f"@{B} you let my brother gamble away £23,000 after he self-excluded through GamStop. We have filed a complaint with the Gambling Commission and our solicitor is writing to you this week about the return of every deposit.",
          when="2027-05-31T09:20:48Z"),
       expect(RP, "high", "safer_gambling", "direct"), note="regulator and solicitor: a strong complaint, nobody at risk now")
    SC("finch-legal-ibas-voided", "legal-threat-not-urgent",
       tw("jim_roscoe_ff", "Finch have ignored 5 emails about my voided treble. Next stop IBAS and then the small claims court. £1,260 they owe me and I've got all the screenshots.",
          when="2027-05-31T10:05:33Z"),
       expect(RP, "high", "sports", "indirect"), note="an adjudicator and the court after silence")
    SC("finch-praise-paid-two-hours", "praise",
       tw("gary_whitlam63", f"credit where it's due, @{B} paid my withdrawal in under 2 hours this morning. first bookie I've used that doesn't make you beg for your own money",
          when="2027-05-31T10:48:17Z"),
       expect(RP, "low", "payments", "indirect"))
    SC("finch-praise-aisha-self-exclusion", "praise",
       tw("mattyb_punts", f"@{B} just wanted to say, Aisha on your safer gambling team who helped me set up my self-exclusion last month was so kind. no judgement, didn't try to talk me out of it. 38 days now. thank you",
          when="2027-05-31T11:30:42Z"),
       expect(RP, "low", "safer_gambling", "direct"), note="thanks from someone in recovery; nothing at risk in the post")
    locked = tw("deb_hutchings", f"@{B} my account number is FN-40918-27, DOB 12/04/1979, email debbie.hutch@mailbox.example. I've been locked out since Saturday and the password reset email never comes. please sort it",
                when="2027-05-31T12:02:50Z")
    SC("finch-private-account-dob-email", "private-details", locked, expect(RV, "normal", "account", "direct"),
       note="an account number, a date of birth and an email in public")
    SC("finch-spam-fake-support-unlock", "spam",
       tw("FinchSupportUK", "@deb_hutchings Hi Debbie, Finch Support here ✅ we can unlock your account right now. DM us your login and the security code we text you 👉 {url:https://finch-help-desk.example/unlock}",
          reply_to=locked, when="2027-05-31T12:09:21Z"),
       expect(IGN, "low", "account", "third_party"),
       note="a fake support account fishing for a login and a security code, replying to a real customer")
    SC("finch-private-card-taken-twice", "private-details",
       tw("ryan_featherby", f"@{B} you've taken my deposit twice, £50 at 19:02 and again at 19:02. card 5555 5555 5555 4444. ring me on 07700 900482, I want the second one refunded",
          when="2027-05-31T12:40:15Z"),
       expect(RV, "normal", "payments", "direct"), note="a card number and a mobile number in public")
    SC("finch-it-private-indirizzo-verifica", "private-details",
       tw("giulia_ferrnte", f"@{B} buongiorno, ho inviato i documenti per la verifica venerdì. il mio indirizzo è 14 Lidget Terrace, Bradford BD7 2QR e il mio numero è 07700 900537. cosa manca ancora?",
          lang="it", when="2027-05-31T13:05:51Z"),
       expect(RV, "normal", "verification", "direct"), note="Italian: a home address and a phone number in public")
    SC("finch-hotline-on-hold-withdrawal", "public-hotline-number",
       tw("sean_kearsley", f"rang @{B} on 0808 157 0733 at 9am, 55 minutes on hold, then cut off. all I want is my withdrawal",
          when="2027-05-31T13:40:26Z"),
       expect(RP, "normal", "payments", "indirect"), strict=False,
       note="the brand's own helpline number is not a private detail")
    SC("finch-abuse-verification-muppets", "abuse-with-problem",
       tw("sean_kearsley", f"@{B} you pack of useless muppets. sent my passport, payslips AND bank statements and you've STILL got my account on hold for 'verification'. 3 weeks. my £900 is sat there. sort it out",
          when="2027-05-31T14:44:39Z"),
       expect(RP, "high", "verification", "direct"), note="insults, with a real problem that has gone on for weeks")
    SC("finch-complaint-free-bet-not-credited", "complaint-direct",
       tw("freebet_frank", f"@{B} opted in to the final promo, placed my £10 qualifying bet, and no free bets. chat says I 'wasn't eligible'. eligible for what? I opted in",
          when="2027-05-31T15:20:47Z"),
       expect(RP, "normal", "bonuses", "direct"))
    greyed = tw("mo_begum_5aside", f"@{B} cash out button greyed out for the whole second half on Saturday. the app loaded fine, everything else worked. why?",
                when="2027-05-31T16:02:10Z")
    SC("finch-complaint-cash-out-greyed", "complaint-direct", greyed, expect(RP, "normal", "sports", "direct"),
       note="the app was working; the cash out was not offered",
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: addressed to @FinchBet | complaint (0.80) | the problem keeps coming back | topic sports: 'cash out'")
    greyed_brand = tw(B, "@mo_begum_5aside Hi Mo, sorry for the confusion. Cash out isn't offered once a bet builder has a player card leg in it. It should have said so on the bet slip and I've passed that on to the team.",
                      reply_to=greyed, when="2027-05-31T16:25:40Z")
    SC("finch-q-reply-cash-out-without-card-leg", "question-in-reply-to-brand",
       tw("mo_begum_5aside", "ah right. so if I leave the card leg out next time, can I cash out the rest of the bet builder?",
          reply_to=greyed_brand, when="2027-05-31T16:40:02Z"),
       expect(RP, "normal", "sports", "direct"), note="a follow-up question in the brand's thread, no @")
    SC("finch-joke-bird-flew-off", "joke-bystander",
       tw("punny_pete_w", "@mo_begum_5aside what did you expect from a bookie called Finch. the bird took one look at your money and flew off with it 🐦",
          reply_to=greyed, when="2027-05-31T16:14:21Z"),
       expect(IGN, "low", None, "third_party"), note="a pun by a bystander in someone else's thread")

    # ---- Tuesday 1 June: talk, news, spam, namesakes -----------------------------------------
    acca_q = tw("mo_begum_5aside", "@ryan_featherby how'd the acca go in the end? 👀", when="2027-06-01T08:00:00Z")
    SC("finch-venting-leg-voided", "third-party-venting",
       tw("ryan_featherby", "@mo_begum_5aside don't. Finch voided the one leg that won and kept the three that lost. robbed",
          reply_to=acca_q, when="2027-06-01T08:12:33Z"),
       expect(MON, "low", "sports", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("finch-joke-flinch", "joke-bystander",
       tw("gem_halstead", "@ryan_featherby @mo_begum_5aside Finch? more like Flinch. that's what I do every time I open my banking app 😬",
          reply_to=acca_q, when="2027-06-01T08:30:02Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun in someone else's conversation")
    money_q = tw("nina_patel_acct", "@tash_okonjo did you ever get your money out of them in the end?", when="2027-06-01T09:00:00Z")
    SC("finch-venting-still-no-money", "third-party-venting",
       tw("tash_okonjo", "@nina_patel_acct nope. Finch still have my withdrawal. 17 days. I've stopped being polite about it",
          reply_to=money_q, when="2027-06-01T09:14:52Z"),
       expect(MON, "low", "payments", "third_party"))
    fast_q = tw("nathan_oduya", "anyone know a bookie that pays out fast? sick of waiting a week for my own money", when="2027-06-01T09:30:00Z")
    SC("finch-chatter-paid-in-an-hour", "third-party-chatter",
       tw("freebet_frank", "@nathan_oduya Finch paid me in about an hour last week, was well surprised tbh",
          reply_to=fast_q, when="2027-06-01T09:48:40Z"),
       expect(MON, "low", "*", "third_party"), note="a stranger's advice in someone else's thread; no keyword of its own")
    SC("finch-underage-bragging", "chatter-monitor",
       tw("tyler_b_2010", "won £40 on Finch today lol I'm 16, technically underage, they never checked once 😂 free money",
          when="2027-06-01T16:45:12Z"),
       expect(ANY, "high", "safer_gambling", "indirect"), strict=False,
       note="a child says he gambles on the app: the account must be found and closed. no one is in danger now, so high; "
            "whether to answer him in public is a judgement call")
    SC("finch-sarcasm-max-stake-38p", "sarcasm-customer",
       tw("mattyb_punts", "thanks Finch for cutting my max stake to 38p the week after I finally win something. truly the bookmaker of the people 👏",
          when="2027-06-01T10:20:33Z"),
       expect(RP, "normal", "sports", "indirect"), note="sarcasm about his own account")
    SC("finch-news-fined-self-exclusion", "news-monitor",
       tw("calder_gazette", "Leeds-based betting app Finch fined £2.1m by the Gambling Commission after self-excluded customers were able to open new accounts {url:https://calder-gazette.example/news/finch-fine}",
          when="2027-06-01T07:30:00Z"),
       expect(MON, "low", "safer_gambling", "indirect"))
    SC("finch-news-outage-server", "news-monitor",
       tw("BetIndustryNews", "Finch says Saturday night's outage, which left customers unable to use its app for 70 minutes during the cup final, was caused by a server failure {url:https://betindustrynews.example/finch-outage}",
          when="2027-06-01T08:15:00Z"),
       expect(MON, "low", "outage", "indirect"))
    SC("finch-chatter-adverts-bird", "chatter-monitor",
       tw("gem_halstead", "is it just me or is there a Finch advert in literally every ad break during the football. that little cartoon bird is haunting me 🐦",
          when="2027-06-01T11:05:41Z"),
       expect(MON, "low", None, "indirect"))
    SC("finch-spam-loss-recovery", "spam",
       tw("FundRecoveryPro", "Lost money gambling with Finch? 💸 Our experts get it ALL back through chargeback. No win no fee. DM us now",
          when="2027-06-01T12:30:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="a 'recovery' scam; 'chargeback' is a payments keyword")
    SC("finch-spam-giveaway", "spam",
       tw("BetDropsDaily", "🐦 FINCH GIVEAWAY 🐦 £500 in free bets for 10 winners! follow, RT and tag 3 mates to enter 👉 {url:https://bet-drops-daily.example/finch}",
          when="2027-06-01T13:00:00Z"),
       expect(IGN, "low", "bonuses", "indirect"), note="a fake giveaway using the brand's name")
    SC("finch-html-img-onerror-withdrawal", "html-entities",
       tw("xss_marta_k", f"@{B} &lt;img src=x onerror=alert(document.cookie)&gt; your withdrawal form happily takes that in the 'reference' box. also my £90 withdrawal has been pending since Thursday, so, priorities",
          when="2027-06-01T13:30:19Z"),
       expect(RP, "normal", "payments", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("finch-html-spam-free-spins", "html-entities",
       tw("xss_marta_k", "&lt;script src=//finch-spins.example/x.js&gt;&lt;/script&gt; FINCH free spins generator 🎰 1000 free spins, no deposit, click now!!!",
          key="finch-html-spam-post", when="2027-06-01T14:00:00Z"),
       expect(IGN, "low", "bonuses", "indirect"), note="spam with a script tag")

    # namesakes and the everyday word
    SC("finch-namesake-coffee-app-down", "namesake",
       tw("jas_mahil_brews", "the Finch Coffee app has been down all morning so I can't use my stamps. paid full price for a flat white like an animal ☕",
          when="2027-06-01T09:10:00Z"),
       expect(IGN, "low", "outage", "none"), note="the coffee chain's app, not the betting app; 'been down' is an outage keyword")
    SC("finch-namesake-village-bingo", "namesake",
       tw("FinchStMaryWI", "Bingo night at Finch St Mary village hall this Friday, 7pm! £5 a book, the jackpot is a hamper from the farm shop 🧺 all proceeds to the church roof",
          when="2027-06-01T10:00:00Z"),
       expect(IGN, "low", "games", "none"), note="a village hall bingo night: games words, not the betting app",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Finch in a post to everyone | general chatter about the brand | topic games: 'bingo', 'jackpot'")
    SC("finch-namesake-rugby-scorer-odds", "namesake",
       tw("rugby_ruth_l", "Tom Finch at 4/1 for first try scorer on Friday. those odds are criminal, the lad has scored in six straight 🏉",
          when="2027-06-01T15:00:00Z"),
       expect(IGN, "low", "sports", "none"), note="a rugby player called Finch, in betting words",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Finch in a post to everyone | general chatter about the brand | topic sports: 'scorer', 'odds'")
    branch_q = tw("gary_whitlam63", "@lee_branch_yd who's the new manager at the Halifax Road branch? didn't recognise him", when="2027-06-01T15:20:00Z")
    SC("finch-namesake-dave-finch-reply", "namesake",
       tw("lee_branch_yd", "@gary_whitlam63 that's Dave Finch, moved over from the Bradford one. nice bloke, likes his racing",
          reply_to=branch_q, when="2027-06-01T15:31:27Z"),
       expect(IGN, "low", "sports", "none"), note="a man called Finch, inside a reply; 'racing' is a sports keyword")
    nest = tw("hal_pemberton", "a little finch has nested in the hanging basket by the back door. we are now a front door household until further notice 🐦",
              when="2027-06-01T07:05:00Z")
    SC("finch-common-nest-basket", "common-word", nest, expect(IGN, "low", None, "none"), note="the bird")
    SC("finch-common-reply-goldfinch", "common-word",
       tw("kit_andrade_evo", "@hal_pemberton goldfinch or chaffinch? either way that finch has better taste in housing than anyone I know",
          reply_to=nest, when="2027-06-01T07:40:26Z"),
       expect(IGN, "low", None, "none"), note="the bird, inside a reply")
    return brand


BRANDS["finch-bet"] = ("FinchBet", 4334567831, build_finch_bet)
