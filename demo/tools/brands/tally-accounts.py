# Tally ("Tally Accounts", @TallyBooks): made-up online accounting, invoicing and payroll software
# for small businesses and sole traders in the UK. Bank feeds pull in and reconcile transactions;
# there are invoices, quotes and payment links, an expenses app that reads receipts, VAT returns
# sent to HMRC under Making Tax Digital, self assessment, payroll with payslips, RTI submissions
# and BACS payment files, Starter, Plus and Pro subscriptions, a support chat and a phone line.
# The head office is on Wharf Street in the made-up town of Castlebridge.
# "Tally" is also an everyday word and a name: a tally is a count (keep a tally, a tally chart in
# a child's homework, the medal tally, a striker's goal tally, the final tally of votes, a storm's
# death tally, a birdwatcher's morning tally); figures "tally" when they match; friends "tally
# up" the bill; "tally-ho" is a hunting cry a cyclist shouts at horses; "come mister tally man"
# is the banana-boat song. Tally is a dog's and a pony's name, a surname (Cllr Ruth Tally, the
# darts player "Dazzler" Tally), and The Tally Men are a pub quiz team. None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 21 August
# 2028. On Monday a bank-feed update makes Harbour Bank feeds import every transaction twice:
# duplicates, questions under the brand's notice, a friend's thread with a pun, a customer with
# photosensitive epilepsy and a strobing "VAT deadline" banner. On Tuesday the price rise email
# goes out (up to 25% from October): quotes, a small-business podcaster, sarcasm, abuse, a French
# question about cancelling, and a woman in a refuge whose abusive ex is still an admin on her
# account. On Wednesday the bank fix slips and VAT returns start bouncing off HMRC; a legal
# threat over a cancelled subscription, the trade press, other languages and broken templates.
# On Thursday payday looms: test payslips full of template code, fake "Tally Support" messages, a
# threat against a support agent, private details. On Friday, payday, payroll falls over from 5am
# to 11:30: staff are not paid, a chef with a million followers, owners "dead in the water", a
# bakery owner in crisis, a cleaner who threatens his boss, a man with a petrol can outside the
# office, chest pains, a diabetic husband's hypo, a Dutch employee who says he will end it, a
# German wife afraid for her husband, the local paper and a threat in its replies. On Saturday a
# joiner goes missing after a night on his VAT return, there is praise and relief, and the darts,
# the pony show and the by-election count. On Sunday the trade press looks back, crypto
# "recovery" spam arrives, and the birdwatchers and the storm news use the word.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one;
# QQ 12 34 56 C is HMRC's never-issued example National Insurance number.


def build_tally_accounts():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tally-accounts", SCEN_DIR / "tally-accounts.plan.toml", "TallyBooks", 7278901245,
                  1861220000000007701)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-08-21T05:30:00Z")
    B = "TallyBooks"
    user(B, "Tally", 7278901245,
         "Accounts, invoices, VAT and payroll for small businesses and sole traders. Help 7am–9pm, 7 days: "
         "chat in the app or 0808 157 0420. We'll never ask for your password or card number.",
         36_400, following=980, tweets=41_200, listed=260, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12840100000 + _n[0] * 4129, bio, followers, **kw)

    person("meg_r_ta", "Megan Rowe", "Castlebridge. Mum of two. Summer holidays are a marathon.", 310)
    person("dean_w_ta", "Dean Whitlock", "Plumbing & heating, Castlebridge. Van, dog, paperwork.", 240)
    person("sadia_k_ta", "Sadia Karim", "Bookkeeper for 30 small businesses. Spreadsheets are my cardio.", 1_900)
    person("hannah_p_ta", "Hannah Price", "Candles and soap from a kitchen table in Hollins.", 860)
    person("tom_g_ta", "Tom Garland", "Landscape gardener. Rain is my day off.", 190)
    person("ruthcollie_ta", "Ruth Ambrose", "Two collies, one sofa, no peace.", 420)
    person("mark_o_ta", "Mark Oyelaran", "Electrician. Two vans, one accountant, zero patience.", 150)
    person("jas_b_ta", "Jas Bhogal", "Always asking the group chat for recommendations.", 530)
    person("leanne_f_ta", "Leanne Foster", "Dog groomer. Fur everywhere, invoices nowhere.", 610)
    person("punsmith_ta", "Gary Nuttall", "Puns, pints and the odd limerick.", 1_200)
    person("kev_d_ta", "Kevin Doyle", "Scaffolder. Early starts, earlier finishes.", 170)
    person("aled_j_ta", "Aled Jenkins", "Translator. Welsh, English, bad at numbers.", 380)
    person("lycralou_ta", "Louise Bennett", "Club cyclist. The coffee stop is the point.", 740)
    person("pat_h_ta", "Pat Hargreaves", "Seamstress. Alterations, curtains, no nonsense.", 95)
    person("sue_m_ta", "Sue Marsden", "Florist. Up at 4 for the flower market.", 480)
    person("gethin_ta", "Gethin Rees", "Joiner. Kitchens, stairs, the odd coffin.", 210)
    person("smallbizsam_ta", "Sam Achebe", "Host of Side Hustle to Main Thing 🎙️ Small business, straight talk. Author x2.",
           482_000, following=1_300, listed=2_900, verified=True)
    person("chloe_v_ta", "Chloe Vance", "Nail tech. Booked up, skint anyway.", 930)
    person("nikki_s_ta", "Nikki Shaw", "Thinking about going self-employed. Terrified.", 260)
    person("ollie_b_ta", "Ollie Barnes", "Window cleaner. Ladders and podcasts.", 180)
    person("fiona_c_ta", "Fiona Craig", "Bookkeeper. Cloud accounting nerd. No sales pitch, promise.", 2_400)
    person("lucia_m_ta", "Lucía Moreno", "Restaurante de tapas en Castlebridge. Paciencia infinita.", 640)
    person("jen_a_ta", "Jen Ashworth", "Bookbinding & book repairs. Starting again.", 150)
    person("CBridgeEcho_ta", "Castlebridge Echo", "News for Castlebridge, Hollins and the Kell valley since 1871.",
           44_000, following=900, listed=380, verified=True)
    person("amelie_d_ta", "Amélie Dubois", "Traductrice indépendante à Castlebridge.", 290)
    person("athsfan_ta", "Nia Okoro", "Athletics anorak. Track, field, stats.", 3_100)
    person("rob_t_ta", "Rob Tanner", "Mobile mechanic. Oil under my nails, always.", 120)
    person("bex_h_ta", "Bex Hale", "Dog walker. Nine dogs, one van.", 330)
    person("carl_f_ta", "Carl Frith", "Sign writer since 2009. Says what he thinks.", 270)
    person("priya_n_ta", "Priya Nair", "Architect. Sole practitioner. Fond of deadlines, on paper.", 1_100)
    person("ben_h_ta", "Ben Holt", "Groundworks. Muddy boots, tidy books.", 140)
    person("katrin_ta", "Katrin Vogel", "Grafikdesignerin aus Leipzig, jetzt in Castlebridge.", 360)
    person("gwen_l_ta", "Gwen Lloyd", "Five-room B&B on the coast road. One laptop.", 230)
    person("LedgerDaily_ta", "Ledger Daily", "News for accountants, bookkeepers and the people who pay them.",
           58_000, following=1_100, listed=720, verified=True)
    person("mike_acct_ta", "Mike Barlow", "Chartered accountant. Tea, spreadsheets, cricket.", 4_600)
    person("marco_r_ta", "Marco Russo", "Gelataio a Castlebridge. Sempre al lavoro.", 410)
    person("dev_k_ta", "Dev Kapoor", "Web developer. I read the page source, sorry.", 2_100)
    person("kenny_f_ta", "Kenny Fallon", "Castlebridge Town season ticket since 1998.", 690)
    person("stella_p_ta", "Stella Pike", "Runs the Anchor café on the quay.", 520)
    person("sanne_ta", "Sanne de Vries", "Illustrator. Nederlandse in Castlebridge.", 450)
    person("irene_c_ta", "Irene Cole", "Retired. Does the books for my son's garage.", 60)
    person("ade_o_ta", "Ade Ogun", "Photographer. Weddings and headshots.", 1_700)
    person("alan_w_ta", "Alan Webb", "Retired teacher, now a part-time picture framer.", 70)
    person("HMRCrefund_ta", "HMRC Tax Refunds UK ✅", "Check your refund eligibility in 60 seconds ✅ Fast payouts 💷", 3_900,
           following=4_900)
    person("joanne_r_ta", "Joanne Reid", "Celebration cakes to order. Hollins.", 570)
    person("gary_m_ta", "Gary Mellor", "Roofing. Don't waste my time.", 90)
    person("nadia_h_ta", "Nadia Hussain", "Runs Little Acre nursery. Twelve staff, forty toddlers.", 1_300)
    person("anchorquiz_ta", "Anchor Quiz Night", "Thursdays at 8 at the Anchor. Six to a team. No phones.", 610)
    person("steve_o_ta", "Steve Okafor", "Locksmith. 24/7. Yes, even Christmas.", 310)
    person("kerry_l_ta", "Kerry Lawson", "Office manager at a small builders'. Knows where everything is.", 240)
    person("lee_p_ta", "Lee Porter", "Tattoo artist. Paperwork is my nemesis.", 2_700)
    person("craig_b_ta", "Craig Bell", "Three cafés, nine staff, no sleep.", 560)
    person("rt_pete_ta", "Pete Collier", "Retweets things. Sometimes reads them.", 85)
    person("rosa_c_ta", "Rosa Clarke", "Runs a home care agency in Hollins. Carers are the heroes.", 720)
    person("tony_g_ta", "Tony Greco", "Pizzeria on Castle Street. Dough at 6, bed at 1.", 1_450)
    person("chefmarlowe_ta", "Jack Marlowe", "Chef. Saltmarsh and Saltmarsh Kitchen. Books, telly, very early mornings.",
           1_150_000, following=640, listed=5_200, verified=True)
    person("harry_k_ta", "Harry Kemp", "Sous chef. Opinions on salt.", 400)
    person("TallyHelp_ta", "Tally Support 🔒", "Official help desk. DM us for fast refunds and compensation 🔒", 35,
           following=4_700)
    person("dan_e_ta", "Dan Ellery", "Bakery on Mill Lane. 4am starts.", 380)
    person("lisa_t_ta", "Lisa Turner", "Cleaning company. Eleven cleaners, one very old Corsa.", 260)
    person("scott_r_ta", "Scott Ramsay", "Brickie with a limited company and a bad back.", 150)
    person("javi_g_ta", "Javier Gómez", "Camarero en Castlebridge. Del Betis.", 210)
    person("joao_s_ta", "João Silva", "Pedreiro. De Braga para Castlebridge.", 180)
    person("amy_w_ta", "Amy Walsh", "Hairdresser. Salon of four. Fringe trims are free, stop asking.", 1_050)
    person("ellie_n_ta", "Ellie Norris", "Works on Wharf Street. Coffee first.", 340)
    person("jo_m_ta", "Jo Mills", "Freelance copywriter. Not an employer, thank god.", 1_900)
    person("baz_c_ta", "Barry Cole", "Forklift driver. Fed up.", 75)
    person("claire_b_ta", "Claire Bernard", "Boulangère à Castlebridge. Du pain, du pain, du pain.", 430)
    person("pieter_v_ta", "Pieter Visser", "Fietsenmaker in Castlebridge.", 260)
    person("birgit_ta", "Birgit Hahn", "Aus Hamburg. Immer neugierig.", 310)
    person("sabine_k_ta", "Sabine Krause", "Castlebridge, ursprünglich aus Kassel. Zwei Kinder, ein Betrieb.", 190)
    person("helen_w_ta", "Helen Ward", "Practice manager at a dental surgery.", 300)
    person("wayne_p_ta", "Wayne Parry", "Carpet fitter. Knees gone.", 110)
    person("greg_o_ta", "Greg Owusu", "Café owner. First business, lots of questions.", 230)
    person("moll_r_ta", "Molly Reed", "Friday is the best day. Fight me.", 480)
    person("kyle_d_ta", "Kyle Dunn", "Warehouse. Gym. Sleep.", 260)
    person("dave_l_ta", "Dave Lomax", "Here for the puns.", 880)
    person("paul_e_ta", "Paul Evans", "Printer. Business cards, banners, the lot.", 220)
    person("amber_j_ta", "Amber Joyce", "Nurse. Daughter of a stubborn joiner.", 940)
    person("DartsWire_ta", "Darts Wire", "Darts news, results and nine-darters.", 27_000, following=400, verified=True)
    person("gemma_h_ta", "Gemma Hale", "Pony mum. Muddy boots.", 350)
    person("wendy_b_ta", "Wendy Brook", "Sixty and still the last to leave.", 270)
    person("RecoverPro_ta", "Funds Recovery Pro 💰", "Certified crypto & payment recovery. 98% success rate ✅ DM now", 6_100,
           following=4_900)
    person("maria_l_ta", "Maria Lewis", "Dog grooming van. Five staff, all good eggs.", 420)
    person("NorthNews_ta", "North News", "Breaking news from across the North.", 210_000, following=1_000, listed=1_800,
           verified=True)
    person("birder_ta", "Ken Whitaker", "Hollins reservoir, most mornings. Binoculars, flask, notebook.", 1_300)

    # ---- Monday 21 August: Harbour Bank feeds import every transaction twice ------------------------
    SC("ta-common-tally-chart-homework", "common-word",
       tw("meg_r_ta", "Week 5 of the summer holiday maths challenge: a tally chart of the colours of cars going past our house. Two hours on the front wall with a clipboard. Silver won. Obviously.",
          when="2028-08-21T06:40:12Z"),
       expect(IGN, "low", None, "none"), note="a child's tally chart, not the company")
    dean = tw("dean_w_ta", f"@{B} my Harbour Bank feed has pulled in every transaction from last week twice. 212 items waiting to reconcile and half of them are duplicates. what's going on?",
              when="2028-08-21T07:15:33Z")
    SC("ta-complaint-bank-feed-duplicates", "complaint-direct", dean, expect(RP, "normal", "bank", "direct"))
    notice = tw(B, "Since Sunday night's update, some Harbour Bank feeds are importing transactions twice. Please don't reconcile or delete the duplicates: we're fixing it and will remove them for you. Next update by 1pm.",
                when="2028-08-21T08:05:00Z")
    SC("ta-brand-own-bank-feed-notice", "brand-own-post", notice, expect(IGN, "low", "bank", "none"))
    SC("ta-q-reply-already-reconciled", "question-in-reply-to-brand",
       tw("sadia_k_ta", "I've already reconciled about 60 of them across two businesses this morning. do I undo those, or will your fix sort them out too?",
          reply_to=notice, when="2028-08-21T08:31:47Z"),
       expect(RP, "normal", "bank", "direct"), note="a question under the brand's notice, no @")
    hannah = tw("hannah_p_ta", f"@{B} how do I give my accountant access to my books without handing over my own password? she's asked for 'adviser access' and I can't find it anywhere",
                when="2028-08-21T09:10:25Z")
    SC("ta-question-accountant-access", "question", hannah, expect(RP, "normal", "access", "direct"))
    SC("ta-praise-support-chat-lifesaver", "praise",
       tw("tom_g_ta", "Massive thanks to Priya on Tally's support chat, who stayed with me till gone 10 last night sorting out my opening balances. Absolute lifesaver 💚",
          when="2028-08-21T09:45:08Z"),
       expect(RP, "low", None, "indirect"), note="'lifesaver' is praise, not danger")
    hannah_brand = tw(B, "@hannah_p_ta Hi Hannah! It's under Settings › Users › Invite adviser. She gets her own login, so you never have to share your password.",
                      reply_to=hannah, when="2028-08-21T09:58:40Z")
    SC("ta-namesake-collie-sock", "namesake",
       tw("ruthcollie_ta", "Tally has eaten an entire sock and is now looking at me like I'm the problem. Vet says it'll 'pass'. Collie tax: one sock a week 🐶",
          when="2028-08-21T10:20:19Z"),
       expect(IGN, "low", None, "none"), note="a dog called Tally", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Tally in a post to everyone | general chatter about the brand")
    SC("ta-thread-invite-never-arrives", "thread-with-brand",
       tw("hannah_p_ta", "tried that. the invite email never arrives and she's checked her spam twice, so she still can't log in. is there another way?",
          reply_to=hannah_brand, when="2028-08-21T10:44:51Z"),
       expect(RP, "high", "access", "direct"),
       note="back in the brand's thread without an @: the answer didn't work, so a case the brand already answered")
    SC("ta-private-customer-number-email", "private-details",
       tw("mark_o_ta", f"@{B} you've charged me twice for August. customer no. TL-58812047, account email mark.oyelaran@example.com. please refund the second one",
          when="2028-08-21T11:05:36Z"),
       expect(RV, "normal", "billing", "direct"), note="a customer number and an email address in public")
    jas = tw("jas_b_ta", "@leanne_f_ta did you end up switching to that new bookkeeping software? any good? I need to sort mine before the tax year",
             when="2028-08-21T12:10:02Z")
    leanne = tw("leanne_f_ta", "@jas_b_ta honestly tally's been a nightmare since sunday. the bank feed's doubled everything and I lost my whole lunch break unpicking it. ask me again next week",
                reply_to=jas, when="2028-08-21T12:35:14Z")
    SC("ta-venting-bank-feed-to-friend", "third-party-venting", leanne, expect(MON, "low", "bank", "third_party"),
       note="venting in a friend's thread, lower case, no tag: don't butt in", known_miss="since round 18 (the letters of a keyword such as 'a&e' are no longer words of the business, so this post had only passed by chance), not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'tally' is used as an ordinary word | topic bank: 'bank feed'")
    SC("ta-joke-cant-count", "joke-bystander",
       tw("punsmith_ta", "@leanne_f_ta @jas_b_ta accounting software called Tally that can't count to one. you couldn't make it up 😂",
          reply_to=leanne, when="2028-08-21T12:51:30Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("ta-in-passing-monday-mot", "complaint-in-passing",
       tw("kev_d_ta", f"Monday so far: van failed its MOT, the dog's been sick in the hall, and @{B} has doubled every transaction in my bank feed so my VAT figures are nonsense. back to bed",
          when="2028-08-21T13:30:27Z"),
       expect(RP, "normal", "bank", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("ta-medical-photosensitive-banner", "medical-urgent",
       tw("aled_j_ta", f"@{B} hi, the new flashing red 'VAT deadline' banner on the dashboard: I have photosensitive epilepsy and a strobing banner is exactly what sets off my seizures. I've had to look away from the screen. is there any way to switch it off?",
          when="2028-08-21T14:10:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a flashing banner can trigger seizures: a medical need")
    SC("ta-common-tally-ho-horses", "common-word",
       tw("lycralou_ta", "Club run round the reservoirs and Dave shouted 'TALLY-HO!' every time we passed a horse. Every. Single. Horse. Eleven horses. Someone please mute him",
          when="2028-08-21T15:02:16Z"),
       expect(IGN, "low", None, "none"), note="the hunting cry", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Tally in a post to everyone | complaint (0.51)")
    dean_brand = tw(B, "@dean_w_ta Sorry Dean, that's the Harbour Bank bug from Sunday's update. Leave the duplicates where they are: we'll remove them from your feed by Wednesday morning and I'll message you once it's done.",
                    reply_to=dean, when="2028-08-21T15:20:00Z")
    SC("ta-brand-own-reply-to-dean", "brand-own-post", dean_brand, expect(IGN, "low", "bank", "none"))
    SC("ta-common-tally-of-receipts", "common-word",
       tw("pat_h_ta", "Everyone keeps telling me to get accounting software. I've kept a tally of every receipt in a red notebook since 1994 and the taxman has never once complained",
          when="2028-08-21T19:30:55Z"),
       expect(IGN, "low", "invoicing", "none"), note="'keep a tally' in a notebook: the word, not the company, though the talk is of receipts")

    # ---- Tuesday 22 August: the price rise email --------------------------------------------------
    prices = tw(B, "From 1 October our prices are changing for the first time in three years: Starter goes from £12 to £15 a month, Plus from £26 to £32 and Pro from £38 to £45. Everything you use today stays included. Why 👉 {url:https://tally.example/pricing-2028}",
                when="2028-08-22T07:00:00Z")
    SC("ta-brand-own-price-rise", "brand-own-post", prices, expect(IGN, "low", "billing", "none"))
    SC("ta-quote-changing-25-percent", "quote",
       tw("sue_m_ta", "'changing' is a funny word for 25% on the Starter plan. I'm a one-woman florist, not a bank",
          quote=prices, when="2028-08-22T07:41:09Z"),
       expect(RP, "normal", "billing", "indirect"), strict=False,
       note="quotes the brand's post without tagging it: a complaint about the price rise")
    SC("ta-q-reply-annual-subscription", "question-in-reply-to-brand",
       tw("gethin_ta", "does this hit people on annual subscriptions too, or only from renewal? I paid for the year in March",
          reply_to=prices, when="2028-08-22T08:12:38Z"),
       expect(RP, "normal", "billing", "direct"), note="a question under the brand's post, no @")
    sam = tw("smallbizsam_ta", f"Putting prices up 25% with five weeks' notice, in the same month your software started double counting people's money. Small businesses aren't a cash machine. I've recommended you on the show for two years and I'd like an answer on this, @{B}",
             when="2028-08-22T09:00:21Z",
             metrics={"retweet_count": 1_400, "reply_count": 960, "like_count": 11_800, "quote_count": 210})
    SC("ta-big-reach-podcaster-price", "big-reach", sam, expect(RP, "high", "billing", "indirect"),
       note="482k followers; the handle at the end of a post to everyone")
    SC("ta-sarcasm-electric-bill-timing", "sarcasm-customer",
       tw("chloe_v_ta", "love that Tally's price rise email landed the same morning as my electricity bill and my van insurance renewal. great timing lads, really feeling the small business love 👏",
          when="2028-08-22T10:02:47Z"),
       expect(RP, "normal", "billing", "indirect"), note="'love' and 'great timing' meaning the opposite")
    nikki = tw("nikki_s_ta", "@ollie_b_ta are you still using that accounts thing you told me about? thinking of finally going self-employed in september",
               when="2028-08-22T11:10:15Z")
    ollie = tw("ollie_b_ta", "@nikki_s_ta tally. it was great until this morning's email: 25% price hike from october. still cheaper than my accountant doing it by hand but I'm fuming",
               reply_to=nikki, when="2028-08-22T11:31:02Z")
    SC("ta-venting-price-hike-to-friend", "third-party-venting", ollie, expect(MON, "low", "billing", "third_party"),
       note="venting in a friend's thread, no tag")
    SC("ta-chatter-ask-for-old-rate", "third-party-chatter",
       tw("fiona_c_ta", "@ollie_b_ta @nikki_s_ta if you pay annually the new price won't hit you till renewal. worth asking Tally nicely for the old rate for a year, they did it for a few people I look after last time",
          reply_to=ollie, when="2028-08-22T11:54:29Z"),
       expect(MON, "low", "billing", "third_party"), note="a stranger's advice in someone else's thread")
    SC("ta-es-nomina-empleados-nuevos", "non-english",
       tw("lucia_m_ta", f"@{B} Hola, tengo dos empleados nuevos que empiezan el lunes. ¿Cómo los doy de alta en la nómina? No encuentro dónde poner el número de National Insurance",
          lang="es", when="2028-08-22T12:30:50Z"),
       expect(RP, "normal", "payroll", "direct"), note="Spanish: adding two new starters to payroll")
    jen = tw("jen_a_ta", f"@{B} my ex is still an admin on my business account and he can see the address on every invoice I send. I've moved into a refuge because of him and there's a non-molestation order. he must not find where I am. please take him off today, I can't get into the settings",
             when="2028-08-22T13:05:11Z")
    SC("ta-safety-abusive-ex-still-admin", "safety-urgent", jen, expect(RP, "urgent", "safety", "direct"),
       note="an abuser who can still see where she lives: a risk to her safety now")
    jen_brand = tw(B, "@jen_a_ta Jen, I've removed him from your account and signed him out of every device. I've sent you a DM with how to keep your address off your invoices. You're not on your own with this.",
                   reply_to=jen, when="2028-08-22T13:24:00Z")
    SC("ta-thread-jen-thanks", "thread-with-brand",
       tw("jen_a_ta", "thank you. he's gone from the users list. I can breathe a bit now",
          reply_to=jen_brand, when="2028-08-22T13:52:36Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread without an @; the danger has been dealt with")
    SC("ta-namesake-cllr-ruth-tally", "namesake",
       tw("CBridgeEcho_ta", "Cllr Ruth Tally says the Wharf Street cycle lane will be finished by October, despite a petition with 2,000 signatures calling for it to be scrapped {url:https://castlebridgeecho.example/news/wharf-street-cycle-lane}",
          when="2028-08-22T14:00:00Z"),
       expect(IGN, "low", None, "none"), note="a councillor's surname, on the company's own street")
    SC("ta-fr-hausse-resilier-abonnement", "non-english",
       tw("amelie_d_ta", f"@{B} Bonjour, je viens de recevoir l'e-mail sur la hausse des prix au 1er octobre. Si je résilie mon abonnement avant, est-ce que je garde l'accès à mes anciennes factures ?",
          lang="fr", when="2028-08-22T15:10:42Z"),
       expect(RP, "normal", "billing", "direct"), note="French: cancelling before the price rise, and keeping her old invoices")
    SC("ta-common-medal-tally", "common-word",
       tw("athsfan_ta", "GB's medal tally at the Europeans with a day to go: 4 gold, 6 silver, 3 bronze. Not bad for a team everyone wrote off in June 🇬🇧",
          when="2028-08-22T16:30:14Z"),
       expect(IGN, "low", None, "none"), note="a medal count")
    SC("ta-indirect-misspelt-charged-early", "complaint-indirect",
       tw("rob_t_ta", "tally acounts have charged me the new price already and it's not even october. £15 out this morning instead of £12. robbing small businesses a quid at a time",
          when="2028-08-22T18:02:33Z"),
       expect(RP, "normal", "billing", "indirect"), note="lower case and misspelt, no tag: his own money")
    SC("ta-abuse-greedy-parasites", "abuse-with-problem",
       tw("carl_f_ta", f"@{B} 25% price rise? you greedy parasites. with you since 2021 and this week your software can't even count to one. I want the old rate or I'm off",
          when="2028-08-22T19:15:08Z"),
       expect(RP, "high", "billing", "direct"), note="rude, with a real grievance about the price", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @TallyBooks | complaint (0.59) | topic billing: 'price'")
    SC("ta-in-passing-dead-fox", "complaint-in-passing",
       tw("bex_h_ta", f"today has been a lot: slow puncture on the van, one of the spaniels rolled in a dead fox, and @{B} emailed to say my subscription's going up 25%. genuinely thinking of going back to a notebook",
          when="2028-08-22T20:05:51Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a list; 'dead fox' is no danger")

    # ---- Wednesday 23 August: the bank fix slips; VAT returns bounce off HMRC ---------------------
    SC("ta-indirect-vat-authorisation-expired", "complaint-indirect",
       tw("priya_n_ta", "Second go at sending my VAT return through Tally this morning and HMRC keeps bouncing it with 'authorisation expired'. Reconnected twice. It's due soon and I'd rather not find out what the penalty is",
          when="2028-08-23T09:30:18Z"),
       expect(RP, "normal", "tax", "indirect"), note="no tag, her own VAT return")
    SC("ta-question-cis-subcontractor", "question",
       tw("ben_h_ta", f"@{B} do you do CIS? I'm a subbie, my contractor sends monthly statements and I need the deductions to show up on my self assessment",
          when="2028-08-23T10:15:40Z"),
       expect(RP, "normal", "tax", "direct"))
    SC("ta-de-umsaetze-doppelt", "non-english",
       tw("katrin_ta", f"@{B} Hallo, seit Sonntag kommen alle Umsätze von meinem Harbour-Bank-Konto zweimal rein. Soll ich die doppelten Buchungen löschen oder warten, bis ihr das behebt?",
          lang="de", when="2028-08-23T11:00:26Z"),
       expect(RP, "normal", "bank", "direct"), note="German: every bank transaction imported twice")
    SC("ta-legal-small-claims-trading-standards", "legal-threat-not-urgent",
       tw("gwen_l_ta", f"@{B} I cancelled my subscription in July and you've taken £26 for August and again for September. three emails ignored. refund it by Friday or it's a small claims court claim and a complaint to Trading Standards",
          when="2028-08-23T12:00:44Z"),
       expect(RP, "high", "billing", "direct"), note="a court and regulator threat over her own money: strong, not urgent")
    SC("ta-news-trade-press-price-rise", "news-monitor",
       tw("LedgerDaily_ta", "Tally to raise prices by up to 25% from October, its first increase since 2025. Starter plan users face the biggest rise. {url:https://ledgerdaily.example/tally-price-rise}",
          when="2028-08-23T13:00:00Z"),
       expect(MON, "low", "billing", "indirect"))
    SC("ta-chatter-accountants-arguing", "chatter-monitor",
       tw("mike_acct_ta", "every accountant on my timeline is either defending Tally's price rise or writing a thread about moving their whole practice off it. I'm just here eating a biscuit",
          when="2028-08-23T14:02:19Z"),
       expect(MON, "low", "billing", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Tally in a post to everyone | describes their own experience | complaint (0.19) | topic billing: 'price'")
    SC("ta-it-fattura-link-pagamento", "non-english",
       tw("marco_r_ta", f"@{B} Buongiorno, come faccio a mandare una fattura con il link per pagare con la carta? Il cliente vuole pagare subito ma non vedo l'opzione",
          lang="it", when="2028-08-23T15:00:37Z"),
       expect(RP, "normal", "invoicing", "direct"), note="Italian: an invoice with a card payment link")
    SC("ta-html-invoice-script-notes", "html-entities",
       tw("dev_k_ta", f"@{B} my customers are getting invoices that open with &lt;script&gt;alert(1)&lt;/script&gt; in the notes box &amp; 'Dear {{{{client_name}}}}' instead of their names. I didn't type any of that. has something got into my templates?",
          when="2028-08-23T16:00:12Z"),
       expect(RP, "normal", "invoicing", "direct"), note="hostile HTML around a real problem; it arrives escaped")
    SC("ta-dying-to-know-sarcasm", "sarcasm-customer",
       tw("leanne_f_ta", f"@{B} dying to know what 'we're working on it' means on day 3 of the bank feed doubling everything. genuinely on the edge of my seat 🍿",
          when="2028-08-23T16:25:03Z"),
       expect(RP, "normal", "bank", "direct"), note="'dying to know' is sarcasm, not danger")
    SC("ta-repeat-duplicates-still-there", "repeat-contact",
       tw("dean_w_ta", f"@{B} it's wednesday teatime. you said the duplicates would be gone this morning and I'd get a message. no message, and they're all still sat there. second time asking",
          reply_to=dean_brand, when="2028-08-23T17:40:29Z"),
       expect(RP, "high", "bank", "direct"), note="he comes back: the promised fix hasn't happened")
    SC("ta-common-goal-tally", "common-word",
       tw("kenny_f_ta", "Jay Onyango's goal tally this season: 9 in 6. Nine. In six. Sign him up for life before someone bigger comes sniffing",
          when="2028-08-23T19:45:50Z"),
       expect(IGN, "low", None, "none"), note="a striker's goal count")
    SC("ta-common-till-roll-wont-tally", "common-word",
       tw("stella_p_ta", "11pm and I'm still trying to make the till roll and the bank statement tally for July. £3.40 out. I will find you, £3.40",
          when="2028-08-23T22:05:16Z"),
       expect(IGN, "low", "bank", "none"), note="figures that 'tally': the verb, not the company", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Tally in a post to everyone | general chatter about the brand | topic bank: 'bank statement'")
    SC("ta-nl-btw-per-kwartaal", "non-english",
       tw("sanne_ta", f"@{B} Hoi! Kan ik mijn btw-aangifte ook per kwartaal indienen, of alleen per maand? Ik ben net btw-plichtig geworden en snap er nog niet veel van",
          lang="nl", when="2028-08-23T10:40:22Z"),
       expect(RP, "normal", "tax", "direct"), note="Dutch: quarterly VAT returns")
    SC("ta-private-home-address-payslips", "private-details",
       tw("irene_c_ta", f"@{B} the payslips for my son's garage still have our old address on. it should be 7 Millrace Cottages, Hollins, Castlebridge CX9 4TT. can you change it your end? I can't find where",
          when="2028-08-23T11:35:45Z"),
       expect(RV, "normal", "payroll", "direct"), note="a home address in public")
    SC("ta-complaint-expenses-app-unreadable", "complaint-direct",
       tw("ade_o_ta", f"@{B} the expenses app has stopped reading receipts since the update. every photo comes back 'unreadable', even a crisp supermarket one. 40 to do before the quarter ends",
          when="2028-08-23T13:30:09Z"),
       expect(RP, "normal", "invoicing", "direct"))

    # ---- Thursday 24 August: payday looms; fake support accounts ----------------------------------
    SC("ta-private-card-number", "private-details",
       tw("alan_w_ta", f"@{B} trying to update the card for my subscription and it keeps failing. it's 5555 5555 5555 4444, expiry 09/30. can someone just put it on for me? I'm not good with these things",
          when="2028-08-24T09:00:14Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number in public")
    SC("ta-spam-fake-hmrc-rebate", "spam",
       tw("HMRCrefund_ta", f"Attention @{B} users 📢 You may be owed a VAT rebate of up to £2,400. Check your eligibility in 60 seconds and get paid this week 👉 {{url:https://hmrc-refund-check.example/claim}}",
          when="2028-08-24T10:00:00Z"),
       expect(IGN, "low", "tax", "indirect"), note="a fake refund account using the brand's tag")
    SC("ta-question-is-tally-support-real", "question",
       tw("joanne_r_ta", f"@{B} is 'Tally Support Team' really you? they've messaged me saying my account will be suspended unless I confirm my login and card details on a link. looks dodgy but the logo's yours",
          when="2028-08-24T10:42:31Z"),
       expect(RP, "normal", "access", "direct"), note="checking a fake account before sending anything: nothing lost")
    SC("ta-threat-support-agent-wharf-street", "threat-urgent",
       tw("gary_m_ta", f"@{B} 4th time on your chat about the same problem and 'Callum' has closed it on me again. tell him I know your office is on Wharf Street and I'll be waiting for him at 5 when he finishes. see how he likes being ignored",
          when="2028-08-24T14:05:48Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against a named support agent with a complaint: only the priority is strict")
    SC("ta-html-payslip-template", "html-entities",
       tw("nadia_h_ta", f"@{B} the test payslips for tomorrow show &lt;b&gt;{{{{employee.first_name}}}}&lt;/b&gt; instead of names &amp; the totals are blank. payday is TOMORROW. is this just the preview or is this what my staff will get?",
          when="2028-08-24T15:30:20Z"),
       expect(RP, "normal", "payroll", "direct"), note="template code, delivered escaped, around a real question")
    SC("ta-private-phone-locked-out", "private-details",
       tw("steve_o_ta", f"@{B} locked out of my account after a new phone, the 2FA codes are going to my old number. can someone ring me on 07700 900672 today? I've got invoices to send",
          when="2028-08-24T11:20:07Z"),
       expect(RV, "normal", "access", "direct"), note="a phone number in public")
    SC("ta-private-ni-number-dob", "private-details",
       tw("kerry_l_ta", f"@{B} new starter's NI number won't validate on the payroll: QQ 12 34 56 C, DOB 02/05/1999, Jordan Pike. is it your system or has HMRC got it wrong?",
          when="2028-08-24T12:15:39Z"),
       expect(RV, "normal", "payroll", "direct"), note="an employee's National Insurance number and date of birth in public")
    SC("ta-chatter-accountant-will-kill-me", "chatter-monitor",
       tw("lee_p_ta", "VAT return due and I haven't opened Tally since June. my accountant is going to kill me. send biscuits",
          when="2028-08-24T13:10:55Z"),
       expect(MON, "low", "tax", "indirect"), note="'going to kill me' is a figure of speech: chatter, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Tally in a post to everyone | describes their own experience | complaint (0.56) | topic tax: 'vat'")
    SC("ta-namesake-quiz-tally-men", "namesake",
       tw("anchorquiz_ta", "Tonight's results 🏆 1st The Tally Men (again), 2nd Quiz Akabusi, 3rd Les Quizérables. Wooden spoon to Universally Challenged. Back next Thursday at 8!",
          when="2028-08-24T22:40:00Z"),
       expect(IGN, "low", None, "none"), note="a pub quiz team")

    # ---- Friday 25 August: payday; payroll falls over from 5am to 11:30 ----------------------------
    craig = tw("craig_b_ta", f"@{B} payroll won't submit. 'RTI submission failed, try again later' since 5am and the payment file won't generate. 9 staff expecting their wages today. what's happening?",
               when="2028-08-25T06:10:42Z")
    SC("ta-complaint-payroll-wont-submit", "complaint-direct", craig, expect(RP, "high", "payroll", "direct"),
       note="payroll down on payday: an outage", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @TallyBooks | complaint (0.98) | topic payroll: 'payroll', 'rti', 'wage'")
    outage = tw(B, "We know payroll submissions to HMRC and BACS payment files are failing this morning. Our engineers are on it. Please don't re-run your pay runs. Next update at 8am.",
                when="2028-08-25T06:45:00Z")
    SC("ta-brand-own-payroll-outage", "brand-own-post", outage, expect(IGN, "low", "payroll", "none"))
    SC("ta-repost-outage-notice", "repost", tw("rt_pete_ta", "", retweet=outage, when="2028-08-25T07:02:18Z"),
       expect(IGN, "low", "payroll", "indirect"))
    craig_brand = tw(B, "@craig_b_ta Sorry Craig, it's a fault on our side affecting every payroll submission this morning, nothing you've done. Please don't re-run it. We'll post the moment it's fixed.",
                     reply_to=craig, when="2028-08-25T07:20:00Z")
    SC("ta-medical-carer-son-oxygen", "medical-urgent",
       tw("rosa_c_ta", "I run a home care agency. one of my carers is on a prepayment meter and her little boy is on oxygen overnight. if her wages aren't in today she can't top up and the electric goes off tonight, which is dangerous for him. what do I tell her?",
          reply_to=outage, when="2028-08-25T07:48:05Z"),
       expect(RP, "urgent", "safety", "direct"), note="under the brand's post, no @: a child's oxygen depends on the wages")
    SC("ta-complaint-killing-my-business", "complaint-direct",
       tw("tony_g_ta", f"@{B} this outage is killing my business. 14 staff, payday, and not one of them has had a penny. half of them live week to week. all I've had from you is 'next update at 8'. it's 8:20",
          when="2028-08-25T08:20:31Z"),
       expect(RP, "high", "payroll", "direct"), note="'killing my business' is a figure of speech; an outage, not a danger")
    chef = tw("chefmarlowe_ta", f"62 people who work bloody hard in my kitchens haven't been paid this morning because @{B} payroll has fallen over and nobody there can tell us when it'll be back. Payday is not optional. Sort it.",
              when="2028-08-25T08:40:12Z",
              metrics={"retweet_count": 4_100, "reply_count": 2_900, "like_count": 38_000, "quote_count": 520})
    SC("ta-big-reach-chef-staff-unpaid", "big-reach", chef, expect(RP, "high", "payroll", "indirect"),
       note="1.15m followers; the handle in the middle of a post to everyone")
    SC("ta-repost-chef", "repost", tw("harry_k_ta", "", retweet=chef, when="2028-08-25T08:58:44Z"),
       expect(IGN, "low", "payroll", "indirect"))
    SC("ta-spam-fake-support-in-chef-thread", "spam",
       tw("TallyHelp_ta", "@chefmarlowe_ta So sorry for today! Tally support here 🔒 DM us your login email and the long number on your card and we'll process compensation for your staff within 24h",
          reply_to=chef, when="2028-08-25T09:06:27Z"),
       expect(IGN, "low", "access", "third_party"), note="a fake support account fishing for logins and card numbers in a customer's thread")
    SC("ta-safety-owner-in-crisis", "safety-urgent",
       tw("dan_e_ta", "Can't pay my six staff today because Tally's payroll is down. £40 in the business account, HMRC chasing me, the bank won't move on the overdraft. I honestly don't see the point in any of it anymore. Everyone would be better off without me. Sorry lads.",
          when="2028-08-25T09:30:40Z"),
       expect(RP, "urgent", "safety", "indirect"), note="an owner who sounds like he may harm himself: risk to life")
    SC("ta-pt-folha-de-pagamento-erro", "non-english",
       tw("joao_s_ta", f"@{B} Bom dia. Já tentei fazer a folha de pagamento três vezes desde as 7h e dá sempre erro. Os meus funcionários estão à espera do salário. O que se passa?",
          lang="pt", when="2028-08-25T09:50:13Z"),
       expect(RP, "high", "payroll", "direct"), note="Portuguese: payroll failing on payday, the outage", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @TallyBooks | a question | topic payroll: 'folha de pagamento', 'funcionário', 'salario', 'salário'")
    SC("ta-threat-cleaner-against-owner", "threat-urgent",
       tw("lisa_t_ta", f"@{B} one of my cleaners has just rung to say if his wages aren't in by 2 he'll come round my house and smash my face in. he knows where I live and my kids are here. WHEN will payroll be back??",
          when="2028-08-25T10:00:58Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against the owner, with a complaint: only the priority is strict")
    SC("ta-indirect-dead-in-the-water", "complaint-indirect",
       tw("scott_r_ta", "If Tally isn't back up by 2 I'm dead in the water. Can't pay the lads, can't pay the merchants, and the bank won't send anything after 3 on a Friday. Small firms run on payday.",
          when="2028-08-25T10:30:24Z"),
       expect(RP, "high", "payroll", "indirect"), note="'dead in the water' is a figure of speech; an outage, not a danger", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: names Tally in a post to everyone | describes their own experience | complaint (0.66) | topic payroll: 'paye', 'payday'")
    SC("ta-es-threat-parto-la-cara", "threat-urgent",
       tw("javi_g_ta", "Como hoy no cobre mi sueldo por culpa de Tally, mañana me planto en su oficina de Wharf Street y le parto la cara al primero que vea. Y no es una amenaza, es una promesa.",
          lang="es", when="2028-08-25T10:45:36Z"),
       expect(ANY, "urgent", "safety", "indirect"),
       note="Spanish, a worker threatening Tally's staff over his unpaid wages: only the priority is strict")
    SC("ta-sarcasm-payday-a-suggestion", "sarcasm-customer",
       tw("amy_w_ta", f"thanks @{B} for teaching me that payday is more of a suggestion than a date. my stylists absolutely loved that 😊",
          when="2028-08-25T11:00:09Z"),
       expect(RP, "high", "payroll", "indirect"), note="thanks meaning the opposite, during the outage", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: tags @TallyBooks in a post to everyone | describes their own experience | sarcasm (irony 0.83) from a customer: a complaint | topic payroll: 'payday'")
    SC("ta-safety-petrol-can-office", "safety-urgent",
       tw("ellie_n_ta", "there's a man outside the Tally office on Wharf Street with a petrol can, shouting that he's going to burn the place down because his staff weren't paid. people are still inside. police are on their way",
          when="2028-08-25T11:15:52Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness to an arson threat at the brand's office, people inside")
    fixed = tw(B, "Payroll is working again. Pay runs, RTI submissions and payment files are all going through. If your staff weren't paid on time today because of us, we'll refund any same-day payment fees. We're sorry.",
               when="2028-08-25T11:30:00Z")
    SC("ta-medical-chest-pains-in-thread", "medical-urgent",
       tw("craig_b_ta", "still nothing this end. I've been at this since 5, my chest is tight and my left arm's gone numb, wife's telling me to sit down. just tell me if my staff are getting paid today",
          reply_to=craig_brand, when="2028-08-25T11:38:17Z"),
       expect(RP, "urgent", "safety", "direct"), note="in the brand's thread without an @: signs of a heart attack, whatever the payroll")
    SC("ta-quote-working-again-pending", "quote",
       tw("nadia_h_ta", "'working again'. my pay run went through at 11:50 and the payments still say pending. 12 staff, a nursery full of toddlers, and nobody's been paid. what do I tell them?",
          quote=fixed, when="2028-08-25T12:10:33Z"),
       expect(RP, "high", "payroll", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the outage's effect still going on")
    SC("ta-chatter-glad-no-staff", "chatter-monitor",
       tw("jo_m_ta", "my whole timeline today is small business owners screaming at Tally about payroll and I have never been so glad to be a sole trader with no staff",
          when="2028-08-25T12:40:48Z"),
       expect(MON, "low", "payroll", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Tally in a post to everyone | describes their own experience | complaint (0.58) | topic payroll: 'payroll'")
    echo = tw("CBridgeEcho_ta", "Hundreds of workers across Castlebridge have not been paid today after a fault hit the payroll service of accounting software firm Tally. The company says it is now fixed. {url:https://castlebridgeecho.example/news/tally-payroll-fault}",
              when="2028-08-25T13:00:00Z")
    SC("ta-news-echo-workers-unpaid", "news-monitor", echo, expect(MON, "low", "payroll", "indirect"))
    SC("ta-threat-in-news-replies", "threat-urgent",
       tw("baz_c_ta", "@CBridgeEcho_ta someone needs to go down that Tally office and give the boss a good kicking. I know where he lives an' all",
          reply_to=echo, when="2028-08-25T13:18:25Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a threat against the brand's boss in the paper's replies: whether to step in is a judgement, the priority is strict")
    SC("ta-fr-mari-hypo-fournil", "medical-urgent",
       tw("claire_b_ta", "Mon mari est diabétique et il a fait une grosse hypo au fournil à force de passer la matinée sur Tally à essayer de faire partir la paie. Il tremble, il ne répond plus bien, l'ambulance arrive.",
          lang="fr", when="2028-08-25T13:30:06Z"),
       expect(RP, "urgent", "safety", "indirect"), note="French, in passing: a diabetic husband in a bad hypo, ambulance coming")
    SC("ta-nl-jongen-eind-aan-maken", "safety-urgent",
       tw("pieter_v_ta", f"@{B} Dringend: een van mijn jongens appte net dat hij er een eind aan maakt als zijn loon vandaag niet binnenkomt. Ik heb 999 gebeld. Kunnen jullie me zeggen of de betalingen vandaag nog doorgaan?",
          lang="nl", when="2028-08-25T14:00:41Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a worker who says he will end his life if his wages don't arrive")
    birgit = tw("birgit_ta", "@sabine_k_ta Wie geht's euch? Lange nichts von dir gehört!", lang="de", when="2028-08-25T15:05:00Z")
    SC("ta-de-in-thread-angst-um-mann", "safety-urgent",
       tw("sabine_k_ta", "@birgit_ta Ehrlich gesagt schlecht. Wegen Tally konnte Thomas heute seine Leute nicht bezahlen, er sitzt seit Stunden nur da, isst nichts und sagt, ohne ihn wären wir besser dran. Ich habe Angst, dass er sich etwas antut.",
          reply_to=birgit, lang="de", when="2028-08-25T15:31:12Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="German, in a friend's thread: a wife afraid her husband will harm himself; whether to step in is a judgement, the priority is strict")
    SC("ta-legal-county-court-losses", "legal-threat-not-urgent",
       tw("helen_w_ta", f"@{B} 23 staff unpaid on payday, two of them hit with bank charges for bounced rent, and your chat says 'we can't comment on compensation'. I've taken advice: cover their losses or we issue a claim in the county court.",
          when="2028-08-25T16:00:27Z"),
       expect(RP, "high", "payroll", "direct"), note="a court threat: strong, not urgent")
    SC("ta-abuse-p60-instead-of-payslip", "abuse-with-problem",
       tw("wayne_p_ta", f"@{B} you useless shower of clowns. payroll fell over, my lads got paid 6 hours late, and now your 'fix' has emailed every one of them a P60 instead of a payslip. what the f*** is going on over there",
          when="2028-08-25T16:30:50Z"),
       expect(RP, "high", "payroll", "direct"), note="rude, with a real problem")
    greg = tw("greg_o_ta", "@mike_acct_ta quick one: will HMRC fine me because my FPS went in late today? Tally was down all morning",
              when="2028-08-25T16:50:14Z")
    SC("ta-chatter-screenshot-the-status-page", "third-party-chatter",
       tw("mike_acct_ta", "@greg_o_ta HMRC don't usually come after you for it when the software itself was down. Screenshot Tally's status page and keep it with your records and you'll be fine",
          reply_to=greg, when="2028-08-25T17:08:39Z"),
       expect(MON, "low", "tax", "third_party"), note="an accountant's advice in someone else's thread")
    SC("ta-repeat-vat-still-failing", "repeat-contact",
       tw("priya_n_ta", f"@{B} I posted on Wednesday about my VAT return bouncing with 'authorisation expired'. no reply, still failing, and the deadline is getting close. second time of asking",
          when="2028-08-25T17:30:02Z"),
       expect(RP, "high", "tax", "direct"), note="she comes back; Wednesday's post had no reply")
    molly = tw("moll_r_ta", "@kyle_d_ta you coming out tonight? first round's yours, it's payday 🍻", when="2028-08-25T12:00:21Z")
    kyle = tw("kyle_d_ta", "@moll_r_ta payday my arse. boss says the payroll thing they use, tally or something, went down and we might not get paid till monday. can't even get a round in",
              reply_to=molly, when="2028-08-25T12:22:46Z")
    SC("ta-venting-worker-not-paid", "third-party-venting", kyle, expect(MON, "low", "payroll", "third_party"),
       note="a worker venting in a friend's thread, no tag", known_miss="round 17, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'tally' is used as an ordinary word | topic payroll: 'payday', 'payroll'")
    SC("ta-joke-tally-man-wages", "joke-bystander",
       tw("dave_l_ta", "@kyle_d_ta @moll_r_ta 🎵 come mister tally man, tally me wages 🎵 daylight come and me wan' go home",
          reply_to=kyle, when="2028-08-25T12:35:03Z"),
       expect(IGN, "low", "payroll", "third_party"), note="a stranger's banana-boat pun in someone else's thread", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic payroll: 'wage'")
    SC("ta-hotline-six-calls", "public-hotline-number",
       tw("paul_e_ta", f"@{B} rang 0808 157 0420 six times this morning about the payroll. 40 minutes on hold then cut off every time. my staff want to know if they're getting paid today",
          when="2028-08-25T10:20:44Z"),
       expect(RP, "high", "payroll", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; during the outage")

    # ---- Saturday 26 August ------------------------------------------------------------------------
    SC("ta-safety-dad-missing", "safety-urgent",
       tw("amber_j_ta", "Please share. My dad Mike Joyce (61) has been missing since 6 this morning. He was up all night trying to get his VAT return through on Tally after yesterday, left a note saying sorry and drove off in his white Transit. Castlebridge / Hollins area. Police are aware. #missing",
          when="2028-08-26T08:30:19Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a missing man who left a note: a risk to life")
    SC("ta-praise-rang-on-a-saturday", "praise",
       tw("nadia_h_ta", f"Credit where it's due: @{B} rang me this morning (on a Saturday!), apologised properly and refunded the same-day payment fees for all 12 of my staff. Yesterday was awful, but that's how you handle it.",
          when="2028-08-26T10:02:55Z"),
       expect(RP, "low", "billing", "indirect"))
    SC("ta-praise-panic-attack-over", "praise",
       tw("tony_g_ta", "Yesterday I had a proper panic attack in the walk-in fridge when the payroll failed. Today all 14 are paid, Tally are covering the bank fees, and I've slept. Breathing again. Thank you Ruth on their support line.",
          when="2028-08-26T11:00:31Z"),
       expect(RP, "low", "payroll", "indirect"), note="yesterday's panic is over: praise, not a danger")
    SC("ta-namesake-darts-dazzler", "namesake",
       tw("DartsWire_ta", "'Dazzler' Tally takes out 164 to win the Castlebridge Open and a place at the Grand Prix. Third title of the season for the Hollins thrower 🎯",
          when="2028-08-26T21:10:00Z"),
       expect(IGN, "low", "billing", "none"),
       note="a darts player's surname; the 'prix' of Grand Prix is the plan's French word for price", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Tally in a post to everyone | news or an announcement about the brand | topic billing: 'prix'")
    SC("ta-common-by-election-tally", "common-word",
       tw("CBridgeEcho_ta", "Hollins ward by-election: the final tally after two recounts is 1,204 votes for independent Sunita Rao and 1,187 for the Greens' Tom Hurst. Turnout 24%.",
          when="2028-08-26T02:15:00Z"),
       expect(IGN, "low", None, "none"), note="a vote count")
    SC("ta-namesake-pony-clear-round", "namesake",
       tw("gemma_h_ta", "Tally did her first clear round at the Hollins show today!! 14.2 hands of pure sass and she didn't touch a pole 🐴🏆",
          when="2028-08-26T16:20:48Z"),
       expect(IGN, "low", None, "none"), note="a pony called Tally", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Tally in a post to everyone | general chatter about the brand")
    SC("ta-common-tally-up-the-bill", "common-word",
       tw("wendy_b_ta", "12 of us at the curry house for Jan's 60th and the waiter asked us to tally up who had what. 40 minutes later we're still arguing about a peshwari naan",
          when="2028-08-26T22:30:12Z"),
       expect(IGN, "low", None, "none"), note="'tally up' the bill")

    # ---- Sunday 27 August --------------------------------------------------------------------------
    SC("ta-news-looks-back-old-fire", "news-monitor",
       tw("LedgerDaily_ta", "Friday's payroll failure was Tally's worst day since the 2026 fire at its Castlebridge data centre, which took the whole service offline for two days. What went wrong then, and what's different now {url:https://ledgerdaily.example/tally-friday-outage}",
          when="2028-08-27T08:00:00Z"),
       expect(MON, "low", "payroll", "indirect"), note="news, and an old fire: nothing urgent")
    SC("ta-spam-crypto-recovery", "spam",
       tw("RecoverPro_ta", "Lost money in Friday's Tally payroll crash, or to a fake Tally account? Our certified crypto recovery experts get funds back in 48h 💰 DM now, no upfront fee ✅",
          when="2028-08-27T09:30:00Z"),
       expect(IGN, "low", "access", "indirect"), note="a 'recovery' scam riding on the week's news")
    SC("ta-hotline-praise-friday-night", "public-hotline-number",
       tw("maria_l_ta", "Whoever was on Tally's 0808 157 0420 line on Friday night talking me through re-running my payroll at 9pm: you're a star. All five of mine paid before midnight.",
          when="2028-08-27T10:15:27Z"),
       expect(RP, "low", "payroll", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("ta-common-storm-death-tally", "common-word",
       tw("NorthNews_ta", "The death tally from Storm Ilse has risen to 9 across the region, with two people still unaccounted for after flooding in the Kell valley.",
          when="2028-08-27T11:00:00Z"),
       expect(IGN, "low", None, "none"), note="a death count in the news: alarming words, but not the company")
    SC("ta-common-birdwatch-tally", "common-word",
       tw("birder_ta", "Sunday morning tally at Hollins reservoir: 3 common sandpipers, a green sandpiper, 40-odd lapwing and one very confused young heron. Coffee was cold, didn't care",
          when="2028-08-27T07:20:44Z"),
       expect(IGN, "low", None, "none"), note="a birdwatcher's count")
    return brand


BRANDS["tally-accounts"] = ("TallyBooks", 7278901245, build_tally_accounts)
