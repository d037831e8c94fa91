# Heron Care: a made-up care provider on the Saltby coast. Home-care visits (carers going
# in to elderly and disabled people at home: getting up and going to bed, washing and
# dressing, medication prompts, hoists, meals and shopping) and six residential care homes
# (Reedbank, Marsh View, Willow Court, Kingfisher House, Saltings Lodge, Egret Lodge), with
# a 24-hour on-call line. Many of the people who post are sons, daughters and neighbours,
# some of them hundreds of miles away. "Heron" is also a wading bird (and a yoga pose), a
# surname (a GP), Heron Foods the frozen-food shop, the Heron pub, a boat in Saltby marina
# and the Heron estate: none of them is the care provider.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is a
# January cold snap, with snow on the roads and carers struggling to reach people.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, home,
# account number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_heron_care():
    global CURRENT_BRAND, CLOCK
    brand = Brand("heron-care", SCEN_DIR / "heron-care.plan.toml", "HeronCare", 4301234528, 1861220000000003201)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-01-17T05:30:00Z")
    B = "HeronCare"
    user(B, "Heron Care", 4301234528,
         "Heron Care 🪶 home care visits and six care homes on the Saltby coast. We're here 7am–10pm. Worried about "
         "someone right now? Our on-call line is open 24h: 0808 157 0733. Please never post addresses or health details here.",
         21_300, following=640, tweets=18_900, listed=120, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8340100000 + _n[0] * 4129, bio, followers, **kw)

    person("jen_okonkwo_hc", "Jen Okonkwo", "London. Mum's in Saltby. The 200 miles in between are the worst part.", 480)
    person("stuart_pengelly", "Stuart Pengelly", "Engineer. Son of a stubborn man with Parkinson's.", 310)
    person("bev_harcombe", "Bev Harcombe", "Wife, carer, MS warrior by marriage.", 260)
    person("alan_trewin79", "Alan Trewin", "Retired harbourmaster. 79. Not daft.", 95)
    person("rachel_mbeki_hc", "Rachel Mbeki", "Nurse. Granddaughter. Permanently late for something.", 540)
    person("nat_dunmore", "Natalie Dunmore", "Divorced, thriving, mostly.", 220)
    person("lotte_vanbeek", "Lotte van Beek", "Utrecht. Dochter van een Engelse moeder.", 180)
    person("cfournier_lyon", "Claire Fournier", "Lyonnaise. Papa vit en Angleterre.", 150)
    person("marisol_qtn", "Marisol Quintana", "Sevillana en Bristol. Hija, madre, enfermera.", 330)
    person("frieda_hollmann", "Frieda Hollmann", "Hamburg. Tochter einer Britin.", 120)
    person("giulia_frr_hc", "Giulia Ferraro", "Torino. La nonna abita in Inghilterra.", 410)
    person("ana_ribeiro_pt", "Ana Ribeiro", "Cuidadora em Saltby. Do Porto com saudade.", 140)
    person("kev_doyle_care", "Kevin Doyle", "Ex-carer, now driving vans. Better paid, less heartbreak.", 260)
    person("sal_ashworth", "Sally Ashworth", "Daughter. Teacher. Tired.", 300)
    person("mick_boddington", "Mick Boddington", "Says what he thinks.", 85)
    person("gaz_pritchard", "Gary Pritchard", "", 40)
    person("lynn_tremayne", "Lynn Tremayne", "Retired dinner lady. Looks after her mum.", 130)
    person("harvey_solomons", "Harvey Solomons", "Chartered accountant. I read the invoices.", 620)
    person("pam_whitlock_hc", "Pam Whitlock", "Grandma of five. Saltby WI.", 210)
    person("carol_inskip", "Carol Inskip", "Letters to the council are my cardio.", 350)
    person("ellie_brightwtr", "Ellie Brightwater", "Presenter, Morning Coast. Opinions my own. Grandad's favourite.",
           480_000, following=1100, listed=2200, verified=True)
    person("dr_amir_kazmi", "Dr Amir Kazmi", "GP and TV doctor. Not medical advice for you personally. Books below.",
           910_000, following=700, listed=5100, verified=True)
    person("HeronCareSupprt", "Heron Care Support 💙", "Official Heron Care billing & refunds 24/7 ✅ DM for fast help", 28,
           following=4200)
    person("CareGiveawaysUK", "Care Giveaways UK 🎁", "Giveaways for the over 60s! Follow + RT to win", 3100, following=4900)
    person("crypto_claims_x", "Refund Recovery Pros", "We recover your money. 100% success. DM", 19, following=4700)
    person("saltby_echo", "Saltby Echo", "News from Saltby and the Marsh villages since 1881.", 27_000, following=800,
           verified=True)
    person("CareSectorNews", "Care Sector News", "News for the UK social care sector.", 41_000, following=1300,
           verified=True)
    person("thrifty_tina_s", "Tina Sallows", "Feeding five on a budget. Yellow stickers are my religion.", 1900)
    person("saltby_quizzer", "Dean Farrow", "Quiz captain. Pub philosopher.", 160)
    person("marina_ned", "Ned Carrow", "Saltby marina. Boats, beer, weather.", 430)
    person("skipper_jan_b", "Jan Bolitho", "Sails a 1974 wooden sloop. Badly.", 210)
    person("dot_pilkington", "Dot Pilkington", "Daughter of a stubborn man. Knitter.", 90)
    person("kerry_ansell_s", "Kerry Ansell", "Saltby born and bred.", 240)
    person("dan_mowbray", "Dan Mowbray", "Postie. Walks 12 miles a day whatever the weather.", 180)
    person("marsh_birder_jo", "Jo Penrose", "Birds, marsh, flasks of tea.", 760)
    person("yoga_with_fern", "Fern Hallett", "Yoga teacher. Bendier than you, less than I'd like.", 1300)
    person("lucy_sorrell_hc", "Lucy Sorrell", "Granddaughter of an ex-koi champion.", 150)
    person("village_bob", "Bob Tregear", "Parish councillor. Notices everything.", 310)
    person("gcentre_gail", "Gail Fenwick", "Runs the café at Marsh Lane Garden Centre.", 520)
    person("fay_gorran", "Fay Gorran", "Mum of two, daughter of one.", 240)
    person("punny_phil_s", "Phil Nankervis", "Puns. Sorry not sorry.", 300)
    person("tilly_mae_s", "Tilly Mae", "20. Saltby. nan's favourite.", 410)
    person("gags_by_gav", "Gav Hocking", "Comedian (amateur). Jokes for free, which is what they're worth.", 690)
    person("becs_harland", "Becs Harland", "Hairdresser.", 380)
    person("wendy_tull", "Wendy Tull", "Daughter, mum, coffee.", 270)
    person("sue_dimmock", "Sue Dimmock", "Book club, bridge, bickering.", 150)
    person("gill_ashby", "Gill Ashby", "Only child of an 87 year old. Send help.", 200)
    person("lauren_tey", "Lauren Tey", "Starting over at 40.", 120)
    person("moira_lindsey", "Moira Lindsey", "Widow, gardener, church flowers.", 160)
    person("hannah_quell", "Hannah Quell", "Mum's girl.", 230)
    person("dee_farraday", "Dee Farraday", "Niece of the best aunt in Marshfleet.", 170)
    person("viv_ollerenshaw", "Viv Ollerenshaw", "Mum's power of attorney and chief worrier.", 140)
    person("neil_pascoe_lds", "Neil Pascoe", "Leeds. Dad's in Marshfleet. Phone always on.", 260)
    person("tess_marlow", "Tess Marlow", "Paramedic's wife, ironically.", 310)
    person("rob_ingleby", "Rob Ingleby", "Nephew. Snow shoveller.", 90)
    person("dom_castleton", "Dom Castleton", "Son. Night owl.", 200)
    person("kayleigh_brook", "Kayleigh Brook", "Gran's favourite (she says so).", 450)
    person("sheila_rudd", "Sheila Rudd", "Retired. Good neighbour.", 60)
    person("mandy_okoro", "Mandy Okoro", "Daughter, speech therapist's worst nightmare.", 180)
    person("graham_tully", "Graham Tully", "Son, driver, fixer of most things.", 110)
    person("leanne_vg", "Leanne Van-Gelder", "Granddaughter. Midwife.", 520)
    person("fiona_eastcott", "Fiona Eastcott", "Only daughter.", 140)
    person("maggie_orde", "Maggie Orde", "Daughter of a very proud 94 year old.", 190)
    person("joanne_b_hc", "Joanne Bickford", "Mum wrangler.", 250)
    person("phil_cresswell", "Phil Cresswell", "Plumber. £60 call-out, since you ask.", 330)
    person("yvonne_akers", "Yvonne Akers", "Lives 3 hours from her mum and hates it.", 120)
    person("shaz_careworker", "Sharon Pike", "Carer 6 yrs. NVQ3. Tea, no sugar.", 140)
    person("jade_p_saltby", "Jade Penhale", "23. Saltby. Looking for something that matters.", 200)
    person("ian_thursby", "Ian Thursby", "Son. Lives on the wrong side of the Pennines.", 90)
    person("caz_whitby", "Caroline Whitby", "", 70)
    person("helen_dacre", "Helen Dacre", "Daughter. Solicitor, off duty.", 380)
    person("marcus_vey", "Marcus Vey", "Glasgow. Mum's on the coast.", 160)
    person("ollie_sec_hc", "Ollie Brannan", "Web dev. Breaks forms for fun.", 2100)

    # ---- Monday 17 January: snow overnight ----------------------------------------------------
    floor = tw("jen_okonkwo_hc", f"@{B} mum's 7am carer never came. I've just rung her from London and she says she's 'having a little sit on the carpet' and can't get up. I think she's fallen. she's 84 with dementia, she could have been there for hours. I'm 200 miles away, please send someone NOW",
               when="2028-01-17T09:04:12Z")
    SC("hrn-mum-on-floor-no-show", "safety-urgent", floor, expect(RP, "urgent", "safeguarding", "direct"),
       note="an 84-year-old with dementia on the floor, alone, after a missed visit; her daughter is far away")
    floor_brand = tw(B, "@jen_okonkwo_hc Jen, I've passed this straight to our on-call team. Dawn, one of our carers, is ten minutes from your mum and is going there now. If your mum is hurt she'll ring 999 and stay with her. I'll message you here the moment Dawn is in.",
                     reply_to=floor, when="2028-01-17T09:09:40Z")
    SC("hrn-brand-reply-dawn-on-way", "brand-own-post", floor_brand, expect(IGN, "low", "safeguarding", "none"))
    SC("hrn-thread-paramedics-why-nobody", "thread-with-brand",
       tw("jen_okonkwo_hc", "Dawn's there. mum was on the floor by the bed, freezing, paramedics are checking her over now but they don't think anything's broken. thank you Dawn. but I need to know why nobody came at 7 and why nobody rang me",
          reply_to=floor_brand, when="2028-01-17T09:48:05Z"),
       expect(RP, "high", "safeguarding", "direct"), strict=False,
       note="back in the brand's thread without @: mum is with paramedics now, so the case is answered and the customer "
            "comes back with a complaint (high); a lead could keep it urgent until the paramedics are done")
    snow = tw(B, "❄️ Snow update: our carers are out on foot and in 4x4s today. Some visits will be later than usual and we'll ring you if we're running more than 30 minutes late. Worried about someone right now? Our on-call line is open 24h: 0808 157 0733",
              when="2028-01-17T07:00:00Z")
    SC("hrn-brand-own-snow-update", "brand-own-post", snow, expect(IGN, "low", "visits", "none"))
    SC("hrn-qreply-bedtime-call-top-road", "question-in-reply-to-brand",
       tw("ian_thursby", "does that include bedtime calls? mum's is meant to be 8pm and she's up the top road past the church, it hasn't been gritted",
          reply_to=snow, when="2028-01-17T07:42:31Z"),
       expect(RP, "normal", "visits", "direct"), note="a question in reply to the brand's post, no @")
    SC("hrn-quote-snow-no-phone-call", "quote",
       tw("caz_whitby", "got the 'running more than 30 minutes late' bit, just not the phone call. 9am visit, it's quarter past one, dad's still sat in his pyjamas waiting",
          quote=snow, when="2028-01-17T13:15:44Z"),
       expect(RP, "normal", "visits", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a late visit, sarcastic; nothing says dad is at risk")
    parkinsons = tw("stuart_pengelly", f"@{B} dad has Parkinson's and his levodopa has to be on time, 8, 12 and 4. the midday carer hasn't got there before 2pm once this week, so his meds are all over the place, and today he's frozen in his chair and can't swallow properly. who do I speak to?",
                    when="2028-01-17T14:02:19Z")
    SC("hrn-levodopa-frozen-chair", "medical-urgent", parkinsons, expect(RP, "urgent", "medication", "direct"),
       note="a calm question, but late Parkinson's medication has left him frozen and unable to swallow")
    parkinsons_brand = tw(B, "@stuart_pengelly Stuart, I'm sorry. Our clinical lead Marie is ringing the Saltby coordinator now and will call you within 15 minutes. Could you DM me your number so she can reach you?",
                          reply_to=parkinsons, when="2028-01-17T14:09:02Z")
    SC("hrn-thread-clinical-lead-rang", "thread-with-brand",
       tw("stuart_pengelly", "DM sent. Marie rang me in 10 minutes, the district nurse is on her way and the office manager is doing his 4pm meds herself today. thank you, genuinely",
          reply_to=parkinsons_brand, when="2028-01-17T14:40:51Z"),
       expect(RP, "low", "medication", "direct"), note="back in the brand's thread without @: thanks, the need is being met")
    alan = tw("alan_trewin79", f"@{B} third different carer this week and not one of them knew where I keep anything. I'm 79, not daft. the rota says 9am, they come at 11:20. what's the point of giving me a time",
              when="2028-01-17T11:31:07Z")
    SC("hrn-complaint-rota-different-carer", "complaint-direct", alan, expect(RP, "normal", "visits", "direct"),
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: addressed to @HeronCare | complaint (0.86) | the problem keeps coming back | topic visits: 'different carer', 'rota'")
    alan_brand = tw(B, "@alan_trewin79 Alan, that's not good enough and I'm sorry. I've asked our Saltby coordinator to fix your visits at 9am with the same two carers from Wednesday. She'll ring you today to confirm.",
                    reply_to=alan, when="2028-01-17T11:52:36Z")
    SC("hrn-in-passing-lunchtime-at-1015", "complaint-in-passing",
       tw("rachel_mbeki_hc", f"what a monday. train cancelled, boiler playing up, and @{B} turned up for nan's lunchtime visit at 10:15am, an hour after her morning one, then nobody till 6pm 🙃",
          when="2028-01-17T18:22:48Z"),
       expect(RP, "normal", "visits", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("hrn-sarcasm-fourth-new-carer", "sarcasm-customer",
       tw("joanne_b_hc", f"@{B} thanks so much for the 4th new carer this month. mum just loves explaining where the teabags live to a complete stranger at 8am. really feels like home 🙃",
          when="2028-01-17T08:34:26Z"),
       expect(RP, "normal", "visits", "direct"),
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: addressed to @HeronCare | sarcasm (irony 0.73) from a customer: a complaint | the problem keeps coming back | topic visits: 'new carer'")
    SC("hrn-q-shopping-since-snow", "question",
       tw("yvonne_akers", f"@{B} do your carers do shopping as well? mum's 88 and hasn't been able to get to the shops since the snow. would that cost extra?",
          when="2028-01-17T10:12:55Z"),
       expect(RP, "normal", "meals", "direct"))
    SC("hrn-namesake-heron-foods", "namesake",
       tw("thrifty_tina_s", "Heron Foods had the frozen ready meals 4 for £5 again so that's the freezer sorted till payday 🙌",
          when="2028-01-17T16:05:12Z"),
       expect(IGN, "low", "meals", "none"), note="the frozen-food shop; 'ready meals' is a meals keyword",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Heron Care in a post to everyone | general chatter about the brand | topic meals: 'food', 'ready meal', 'ready meals', 'meal', 'meals'")
    SC("hrn-common-grey-heron-canal", "common-word",
       tw("marsh_birder_jo", "grey heron on the frozen canal at first light, stood on the ice looking personally offended by it 🪶",
          when="2028-01-17T08:05:37Z"),
       expect(IGN, "low", None, "none"), note="the bird")
    gritter = tw("kerry_ansell_s", "has the gritter been round anyone's way yet? school run was like an ice rink", when="2028-01-17T08:20:00Z")
    SC("hrn-namesake-heron-estate-reply", "namesake",
       tw("dan_mowbray", "@kerry_ansell_s not on the Heron estate it hasn't. Heron Road is a sheet of glass, watched two people go over on their backsides before 8",
          reply_to=gritter, when="2028-01-17T08:41:19Z"),
       expect(IGN, "low", None, "none"), note="a housing estate and its road, in someone else's thread")

    # ---- Tuesday 18 January ------------------------------------------------------------------
    sling = tw("bev_harcombe", f"@{B} the strap on Pete's hoist sling is torn half through. last night it gave and dropped him about six inches onto the bed. the carers are still using it this morning because 'there isn't another one'. he's 15 stone and has MS. someone is going to get badly hurt",
               when="2028-01-18T08:10:26Z")
    SC("hrn-hoist-sling-torn", "safety-urgent", sling, expect(RP, "urgent", "equipment", "direct"),
       note="a failing hoist sling still in use on a heavy disabled man: a fall waiting to happen")
    sling_brand = tw(B, "@bev_harcombe Bev, please don't let anyone use that sling again. Sam, our moving and handling lead, will bring a new one to you by 2pm today. Please DM me your address rather than posting it here.",
                     reply_to=sling, when="2028-01-18T08:21:14Z")
    SC("hrn-repeat-sling-twenty-to-four", "repeat-contact",
       tw("bev_harcombe", "it's twenty to four. no sling, no Sam, no phone call. he's safe in bed but he's missed the day centre again and the carers can't get him up without it. that's twice I've asked today",
          reply_to=sling_brand, when="2028-01-18T15:40:09Z"),
       expect(RP, "high", "equipment", "direct"),
       note="back in the brand's thread: a promise broken the same day; he is safe in bed, so high, not urgent",
       known_miss="round 10, not met yet: topic: want \"equipment\", got safeguarding; the engine read: replies to @HeronCare: the customer is talking to the brand | complaint (0.32) | loss of service | repeat contact | topic safeguarding: 'missing'")
    laundry = tw("maggie_orde", f"@{B} mum's laundry keeps coming back with other residents' names in it. today she was wearing a man's vest. she's 94 and she'd be mortified if she knew. it's her dignity",
                 when="2028-01-18T09:02:44Z")
    SC("hrn-complaint-laundry-mans-vest", "complaint-direct", laundry, expect(RP, "normal", "homes", "direct"))
    laundry_brand = tw(B, "@maggie_orde That's not how your mum should be treated, Maggie, and I'm sorry. Which of our homes is she in? I'll ask the manager to go through her wardrobe with her today.",
                       reply_to=laundry, when="2028-01-18T09:20:31Z")
    SC("hrn-thread-marsh-view-cardigan", "thread-with-brand",
       tw("maggie_orde", "Marsh View. and it's not just the vest, her good cardigan with the pearl buttons has gone too. dad bought her that",
          reply_to=laundry_brand, when="2028-01-18T09:37:10Z"),
       expect(RP, "normal", "homes", "direct"), note="answers the brand's question without @; the problem is still open")
    SC("hrn-indirect-reedbank-nightie", "complaint-indirect",
       tw("sal_ashworth", "Went in to see mum at Heron Care's Reedbank home today. 2pm and she was still in her nightie, hair not brushed, sat in the residents' lounge in a cardigan with yesterday's gravy down it. She was always so proud of how she looked. Heartbroken.",
          when="2028-01-18T15:12:08Z"),
       expect(RP, "normal", "homes", "indirect"), note="names the brand without tagging it, about her own mother's care",
       known_miss="round 10, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Heron Care in a post to everyone | general chatter about the brand | topic homes: 'reedbank', 'resident', 'residents', 'residentes', 'résidents', 'lounge'")
    dd = tw("lynn_tremayne", "Heron Care have taken mum's January invoice twice by direct debit. £1,284 twice. she's a pensioner, that's her rent gone. three emails, not one answer.",
            when="2028-01-18T10:05:51Z")
    SC("hrn-indirect-direct-debit-twice", "complaint-indirect", dd, expect(RP, "high", "billing", "indirect"),
       note="money taken twice from a pensioner and three unanswered emails: a strong, repeated complaint",
       known_miss="round 10, not met yet: priority: want \"high\", got normal; the engine read: names Heron Care in a post to everyone | complaint (0.21) | topic billing: 'invoice', 'invoices', 'direct debit', an amount of money")
    SC("hrn-spam-fake-billing-support", "spam",
       tw("HeronCareSupprt", "@lynn_tremayne Hi Lynn 💙 Heron Care billing team here. We can refund the duplicate direct debit today! Please DM us your online banking login and card number to verify ✅",
          reply_to=dd, when="2028-01-18T10:07:02Z"),
       expect(IGN, "low", "billing", "third_party"),
       note="a fake support account fishing for bank details, replying to a real customer")
    SC("hrn-big-reach-fifteen-minutes", "big-reach",
       big := tw("ellie_brightwtr", f"My grandad's Heron Care carer is lovely and completely rushed off her feet. 15 minute visits to get a 91 year old out of bed, washed and dressed. It isn't her fault, it's the business model. Sort it out @{B}",
                 when="2028-01-18T07:48:30Z",
                 metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12400, "quote_count": 210}),
       expect(RP, "high", "visits", "indirect"), note="480k followers; the handle at the end of a post to everyone")
    SC("hrn-repost-fifteen-minutes", "repost", tw("caz_whitby", "", retweet=big, when="2028-01-18T08:30:17Z"),
       expect(IGN, "low", "visits", "indirect"))
    SC("hrn-medical-thickened-tea-choked", "medical-urgent",
       tw("mandy_okoro", f"@{B} mum has dysphagia and has to have thickened drinks, it's in big red letters in her folder. the new girl gave her a normal cup of tea this morning and she choked. she's still coughing an hour later and her chest sounds bubbly. should she see a doctor?",
          when="2028-01-18T11:14:39Z"),
       expect(RP, "urgent", "meals", "direct"),
       note="asked as a question, but a chest that sounds bubbly after choking on thin fluids is a risk of aspiration")
    SC("hrn-private-card-top-up-fee", "private-details",
       tw("viv_ollerenshaw", f"@{B} mum's top-up fee at Egret Lodge has gone up £140 a week with no letter. I paid January by card (5555 5555 5555 4444) before I noticed and I want the difference back. her account is HC-204518 and my email is viv.o@mailbox.example",
          when="2028-01-18T12:30:05Z"),
       expect(RV, "normal", "billing", "direct"), note="a card number, an account number and an email in public")
    SC("hrn-q-hiring-mileage", "question",
       tw("shaz_careworker", f"@{B} are you hiring in Marshfleet? 6 years in a nursing home, NVQ3, own car. is mileage extra and is travel time paid?",
          when="2028-01-18T13:05:48Z"),
       expect(RP, "normal", "jobs", "direct"), note="a question from a would-be employee")
    SC("hrn-namesake-dr-heron-tablets", "namesake",
       tw("dot_pilkington", "Dr Heron at the surgery finally changed dad's blood pressure tablets and he's like a new man. walked to the paper shop and back this morning 👏",
          when="2028-01-18T14:20:33Z"),
       expect(IGN, "low", "medication", "none"), note="a GP's surname; 'tablets' is a medication keyword, there is no brand")
    SC("hrn-common-heron-pose", "common-word",
       tw("yoga_with_fern", "tried the heron pose in class tonight. one leg, hold your foot, straighten it up to the sky. my hamstrings have lodged a formal complaint",
          when="2028-01-18T20:11:27Z"),
       expect(IGN, "low", None, "none"), note="a yoga pose")
    SC("hrn-gas-hob-end-of-rant", "safety-urgent",
       tw("kayleigh_brook", f"@{B} three weeks of in and out in ten minutes, a different face every day, no notes, gran asking who 'that girl' was. tonight I got to hers at 6 and the kitchen stank of gas. the carer left the hob on after her soup. she's 90, she can't smell it. that's dangerous",
          when="2028-01-18T18:31:52Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="the danger is buried at the end of a rant about rushed visits: a gas hob left on at a 90-year-old's")

    # ---- Wednesday 19 January ----------------------------------------------------------------
    SC("hrn-private-es-durmio-sillon", "private-details",
       tw("marisol_qtn", f"@{B} hola, soy la hija de Carmen Quintana (fecha de nacimiento 03/05/1941), vive en 14 Saltpan Row, Saltby SB3 7QD. La cuidadora de la noche no vino ni ayer ni hoy y mi madre no puede acostarse sola: anoche durmió en el sillón. Mi móvil: 07700 900427. ¿Quién va esta noche?",
          lang="es", when="2028-01-19T06:40:21Z"),
       expect(RV, "urgent", "visits", "direct"),
       note="Spanish: date of birth, home address and mobile in public; two missed bedtime visits have left a woman "
            "who can't get to bed alone sleeping in her armchair")
    SC("hrn-private-insulin-dob", "private-details",
       tw("neil_pascoe_lds", f"@{B} my dad Ron Pascoe, DOB 11/09/1939, 7 Curlew Close, Marshfleet MF4 2LE. he's type 1 diabetic, your carer prompts his insulin at 8am and 5pm. nobody came this morning, it's 11:30, and he can't remember if he's done it. I'm in Leeds. what do we do?",
          when="2028-01-19T11:31:40Z"),
       expect(RV, "urgent", "medication", "direct"),
       note="date of birth and home address in public, and a diabetic man who may have missed or doubled his insulin")
    SC("hrn-nl-medicijnen-kwijt", "non-english",
       tw("lotte_vanbeek", f"@{B} Mijn moeder (87) krijgt al twee dagen haar medicijnen niet. De verzorgster zegt dat de medicatielijst 'kwijt' is. Ze slikt bloedverdunners en hartmedicatie. Ik woon in Utrecht. Wie kan er vandaag iets regelen?",
          lang="nl", when="2028-01-19T08:15:03Z"),
       expect(RP, "urgent", "medication", "direct"),
       note="Dutch: two days without blood thinners and heart medication, asked calmly from abroad")
    SC("hrn-fr-pere-tombe", "non-english",
       tw("cfournier_lyon", f"@{B} Bonjour, j'habite à Lyon. Mon père (86 ans) est suivi par vos équipes à Saltby. Personne n'est passé ce matin à 8h et il ne répond plus au téléphone depuis des heures. J'ai peur qu'il soit tombé, qu'il soit par terre. Vous pouvez envoyer quelqu'un, s'il vous plaît ?",
          lang="fr", when="2028-01-19T10:02:56Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="French: a man of 86 alone, not answering, maybe on the floor, after a missed visit")
    SC("hrn-de-gebuehren-rechnung", "non-english",
       tw("frieda_hollmann", f"@{B} Die Gebühren für meine Mutter in Egret Lodge sind seit Januar um 180 £ pro Woche höher, ohne jede Ankündigung. Auf der Rechnung steht keine Erklärung und niemand antwortet auf meine E-Mails. Können Sie mir das bitte erklären?",
          lang="de", when="2028-01-19T09:22:18Z"),
       expect(RP, "normal", "billing", "direct"), note="German: a fee rise with no notice on a care-home invoice")
    SC("hrn-neighbour-curtains-shut", "safety-urgent",
       tw("sheila_rudd", "my neighbour Edna's 92 and the Heron Care carer usually comes at 8. it's 2pm, her curtains are still shut and she's not answering the door or the phone. I'm scared she's fallen. who do I ring?? the office number goes to voicemail",
          when="2028-01-19T14:03:37Z"),
       expect(RP, "urgent", "safeguarding", "indirect"),
       note="a neighbour names the brand without tagging it: an old woman alone and not answering")
    SC("hrn-saltings-door-open", "safety-urgent",
       tw("dom_castleton", f"@{B} the front door of the dementia unit at Saltings Lodge was wide open when I left at 7pm, the code lock's broken and it's -3 tonight. my dad walks at night and the marsh is 200 yards away. this is unsafe, please get someone to fix it or stand by it tonight",
          when="2028-01-19T19:14:25Z"),
       expect(RP, "urgent", "homes", "direct"),
       note="residents with dementia who walk at night, an open door, a freezing night and the marsh nearby")
    SC("hrn-oxygen-amber-light", "medical-urgent",
       tw("graham_tully", f"@{B} quick one, dad's oxygen concentrator has been beeping since the carer moved it to hoover and the light's gone amber. is that something your carers can reset or do I ring the oxygen company? he's on 2 litres all day",
          when="2028-01-19T12:47:09Z"),
       expect(RP, "urgent", "medication", "direct"),
       note="a calm question, but a man who needs oxygen all day and a machine that may have stopped giving it")
    SC("hrn-threat-veiled-knows-her-car", "threat-urgent",
       tw("gaz_pritchard", "that Heron Care carer who reported my mum to the council's safeguarding team as 'at risk' is going to regret it. I know which car's hers and I know her round. she wants to see risk, I'll show her risk",
          when="2028-01-19T22:10:48Z"),
       expect(ANY, "urgent", "safeguarding", "indirect"),
       note="a veiled threat to a named carer who works alone, with a grievance: only the priority is strict")
    hiring = tw(B, "We're hiring carers across Saltby and the Marsh villages 💙 paid mileage, paid training, guaranteed hours and a team that has your back. Apply here: {url:https://heroncare.example/jobs}",
                when="2028-01-19T12:00:00Z")
    SC("hrn-brand-own-hiring", "brand-own-post", hiring, expect(IGN, "low", "jobs", "none"))
    SC("hrn-qreply-no-experience", "question-in-reply-to-brand",
       tw("jade_p_saltby", "do you take people with no experience? I looked after my nan for 3 years till she passed and I'd like to do it properly. can I apply if I don't drive?",
          reply_to=hiring, when="2028-01-19T12:41:33Z"),
       expect(RP, "normal", "jobs", "direct"), note="in reply to the brand's post, no @")
    interview = tw("lauren_tey", "anyone work for Heron Care? got an interview there on Thursday and I'm bricking it", when="2028-01-19T13:10:00Z")
    SC("hrn-chatter-ex-carer-advice", "third-party-chatter",
       tw("kev_doyle_care", "@lauren_tey did 2 years with Heron. the clients are lovely, the office is chaos and the mileage is a joke. go in with your eyes open and get your shifts in writing",
          reply_to=interview, when="2028-01-19T13:32:14Z"),
       expect(MON, "low", "jobs", "third_party"), note="a stranger's advice in someone else's thread")
    SC("hrn-hotline-25-minutes-2am", "public-hotline-number",
       tw("tess_marlow", f"@{B} rang your 24h line 0808 157 0733 at 2am when mum's pendant alarm went off. 25 minutes before anyone answered. she'd fallen in the hall and was on the floor the whole time. she's in hospital now with a broken hip. 25 MINUTES.",
          when="2028-01-19T08:04:50Z"),
       expect(RP, "high", "safeguarding", "direct"), strict=False,
       note="the brand's own number is not a private detail; the fall was last night and she is in hospital now, so a "
            "strong complaint (high), though a lead could call it urgent")

    # ---- Thursday 20 January -----------------------------------------------------------------
    SC("hrn-syringe-driver-4am", "medical-urgent",
       tw("fiona_eastcott", f"@{B} mum's end of life at home. the syringe driver alarm has been going since 4am, the district nurse line just rings and rings and your night carer says she's not allowed to touch it. mum's moaning in pain. please, someone",
          when="2028-01-20T04:52:16Z"),
       expect(RP, "urgent", "medication", "direct"), note="a dying woman in pain at night with her pain relief stopped")
    SC("hrn-willow-court-dehydrated", "medical-urgent",
       tw("leanne_vg", "went in to see gran at Heron Care's Willow Court. lips cracked, confused, her water jug out of reach on the windowsill. staff say they've been short staffed all week. she had a UTI from being dehydrated in the autumn and this is exactly how it started",
          when="2028-01-20T16:25:41Z"),
       expect(RP, "urgent", "homes", "indirect"),
       note="names the brand without tagging it: signs of dehydration in a frail resident, now")
    SC("hrn-threat-resident-throat", "threat-urgent",
       tw("helen_dacre", f"@{B} the man in room 12 at Reedbank keeps going into my mum's room at night and last night he grabbed her by the throat. the night staff just moved her chair. she's 89 and terrified. I want him kept away from her TONIGHT",
          when="2028-01-20T08:40:02Z"),
       expect(RP, "urgent", "homes", "direct"), note="a resident attacked by another resident, and it could happen again tonight")
    SC("hrn-pt-ameacou-faca", "threat-urgent",
       tw("ana_ribeiro_pt", f"Ontem o filho de uma cliente ameaçou-me com uma faca na cozinha porque cheguei 20 minutos atrasada. Contei ao escritório da Heron Care e hoje mandaram-me lá outra vez, sozinha, às 18h. Tenho medo. @{B}",
          lang="pt", when="2028-01-20T12:15:33Z"),
       expect(ANY, "urgent", "safeguarding", "indirect"),
       note="Portuguese: a carer threatened with a knife by a client's son, sent back alone tonight; the handle is "
            "at the end of a post to everyone")
    SC("hrn-legal-41-visits-cqc", "legal-threat-not-urgent",
       tw("harvey_solomons", f"@{B} my mother was charged for 41 visits in December that your own carers' logs show never happened. The evidence has gone to the CQC and the Local Government Ombudsman, and our solicitor will write to you about the fees this week.",
          when="2028-01-20T09:30:17Z"),
       expect(RP, "high", "billing", "direct"), note="regulator, ombudsman and solicitor: a strong complaint, not urgent",
       known_miss="round 10, not met yet: topic: want \"billing\", got visits; the engine read: addressed to @HeronCare | complaint (0.91) | legal or regulatory threat (not urgent) | topic visits: 'visit', 'visits', 'visite', 'visites'")
    SC("hrn-legal-small-claims-dentures", "legal-threat-not-urgent",
       tw("carol_inskip", "Heron Care have lost my dad's hearing aids, his dentures and two pairs of glasses in six months at Marsh View. The small claims form is filled in and the CQC have my letter. Done asking nicely.",
          when="2028-01-20T10:44:29Z"),
       expect(RP, "high", "homes", "indirect"), note="court and regulator, brand named not tagged",
       known_miss="round 10, not met yet: priority: want \"high\", got urgent; the engine read: names Heron Care in a post to everyone | complaint (0.48) | a danger to health or safety: urgent | topic homes: 'marsh view'")
    SC("hrn-abuse-teatime-coat-on", "abuse-with-problem",
       tw("mick_boddington", f"@{B} you absolute shower of sh*te. 4th day running my dad's tea-time carer hasn't shown. my brother's been going round to do his tea but dad sits there with his coat on waiting for her. pull your fingers out you useless w*nkers",
          when="2028-01-20T17:58:44Z"),
       expect(RP, "high", "visits", "direct"), note="rude, with a real and repeated problem; dad is being fed by family",
       known_miss="round 10, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @HeronCare | complaint (0.95) | a threat against people: urgent | topic visits: 'hasn't shown'")
    SC("hrn-abuse-family-portal", "abuse-with-problem",
       tw("marcus_vey", f"@{B} fix your sh*tty family portal. 'visit notes unavailable' since Tuesday and I'm 300 miles away with no clue if anyone's actually been in to mum. useless the lot of you",
          when="2028-01-20T19:20:55Z"),
       expect(RP, "high", "visits", "direct"), note="abusive, with a real problem: the family portal has been down for days")
    SC("hrn-html-img-invoice", "html-entities",
       tw("ollie_sec_hc", f"@{B} &lt;img src=x onerror=alert('invoice')&gt; maybe your portal will show THAT. still no December invoice, how am I meant to pay a bill I can't see?",
          when="2028-01-20T20:05:12Z"),
       expect(RP, "normal", "billing", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("hrn-html-crypto-refund", "html-entities",
       tw("crypto_claims_x", "&lt;iframe src=//heron-claims.example/x&gt;&lt;/iframe&gt; Overcharged by Heron Care?? 💸 Claim your refund in BTC within 24h, no paperwork, DM now",
          when="2028-01-20T21:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="refund-recovery spam with an iframe; 'overcharged' and 'refund' are billing keywords")
    SC("hrn-spam-stairlift-giveaway", "spam",
       tw("CareGiveawaysUK", "🎁 Heron Care are giving away 50 FREE stairlifts to over 70s! Like + RT + tag a grandparent, winners picked Friday 👉 {url:https://care-giveaways.example/heron}",
          when="2028-01-20T11:00:00Z"),
       expect(IGN, "low", "equipment", "indirect"), note="a fake giveaway using the brand's name")
    SC("hrn-common-pond-lunch", "common-word",
       tw("lucy_sorrell_hc", "a heron had all six of grandad's goldfish out of the pond while he was in having his lunch. he's raging. forty years that pond's been fish-safe",
          when="2028-01-20T14:33:08Z"),
       expect(IGN, "low", "meals", "none"), note="the bird; 'lunch' is a meals keyword and the grandad is not a client")
    SC("hrn-namesake-heron-pub-quiz", "namesake",
       tw("saltby_quizzer", "quiz night at the Heron tonight, defending our title as 'Les Quizerables'. bring pens, the landlord never has any",
          when="2028-01-20T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="the pub")

    # ---- Friday 21 January -------------------------------------------------------------------
    SC("hrn-repeat-alan-friday", "repeat-contact",
       tw("alan_trewin79", f"@{B} Friday. 'same two carers from Wednesday'. Wednesday: a new lad. Thursday: nobody came till 12. today: 11:40. I've stopped believing a word of it",
          reply_to=alan_brand, when="2028-01-21T11:45:26Z"),
       expect(RP, "high", "visits", "direct"), note="back in the brand's thread: the promised fix never happened")
    SC("hrn-big-reach-dr-heating", "big-reach",
       tw("dr_amir_kazmi", f"A follower's mum lives in a Heron Care home in Saltby and says the heating in the residents' rooms has been off for 3 days in this cold snap. Frail people in cold rooms get ill fast. @{B} please look at this today.",
          when="2028-01-21T07:55:40Z",
          metrics={"retweet_count": 3600, "reply_count": 980, "like_count": 22000, "quote_count": 410}),
       expect(RP, "urgent", "homes", "indirect"),
       note="910k followers; frail residents in unheated rooms in a cold snap is a risk to health, so urgent beats high")
    SC("hrn-praise-precious-and-tom", "praise",
       tw("pam_whitlock_hc", f"@{B} I want to say thank you to Precious and Tom who've been going in to my dad every morning for two years. he died on Sunday, at home like he wanted, and they both came in on their day off to say goodbye to him. we'll never forget it 💙",
          when="2028-01-21T10:10:12Z"),
       expect(RP, "low", None, "direct"), note="thanks after a death that was expected and peaceful: praise, not urgent")
    SC("hrn-praise-it-kingfisher-nonna", "praise",
       tw("giulia_frr_hc", "Grazie di cuore al personale di Heron Care a Kingfisher House: la mia nonna ha 93 anni e finalmente mangia di nuovo, la chiamano per nome e le fanno i capelli ogni venerdì. Siamo lontani, in Italia, ma tranquilli 💙",
          lang="it", when="2028-01-21T09:14:35Z"),
       expect(RP, "low", "homes", "indirect"), note="Italian: thanks to a care home from a family abroad")
    SC("hrn-hotline-praise-key-safe", "public-hotline-number",
       tw("rob_ingleby", "Heron Care's night line (0808 157 0733) had a carer at my aunt's door in 20 minutes last night when her key safe froze solid and the night carer couldn't get in. in the snow. at midnight. take a bow 👏",
          when="2028-01-21T08:22:19Z"),
       expect(RP, "low", "equipment", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")
    cqc = tw(B, "Proud that Marsh View has been rated Good by the CQC again ⭐ Thank you to every carer, cook, cleaner and nurse who makes it home for our residents.",
             when="2028-01-21T12:00:00Z")
    SC("hrn-quote-cqc-good-call-bell", "quote",
       tw("dee_farraday", "'Good'. my aunt waited 40 minutes for anyone to answer her call bell on Sunday afternoon. the inspectors should try a weekend",
          quote=cqc, when="2028-01-21T12:31:47Z"),
       expect(RP, "normal", "homes", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic, about her aunt's care")
    SC("hrn-sarcasm-3150-an-hour", "sarcasm-customer",
       tw("phil_cresswell", "Heron Care charging £31.50 an hour on mum's invoice for 'care' that lasts 12 minutes including finding somewhere to park. what a bargain. clearly in the wrong line of work",
          when="2028-01-21T13:02:30Z"),
       expect(RP, "normal", "billing", "indirect"), note="sarcasm from a paying customer: a complaint",
       known_miss="round 10, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Heron Care in a post to everyone | general chatter about the brand | topic billing: 'charged', 'charging', 'invoice', 'invoices', an amount of money")
    SC("hrn-in-passing-invoice-ex-husband", "complaint-in-passing",
       tw("nat_dunmore", f"new year so far: flu, car written off, and @{B} posted dad's invoice to my ex-husband's address. 2028 is going GREAT",
          when="2028-01-21T13:40:11Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a list of bad luck",
       known_miss="round 10, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: tags @HeronCare in a post to everyone | general chatter about the brand | topic billing: 'invoice', 'invoices'")
    SC("hrn-news-saltings-closing", "news-monitor",
       news := tw("saltby_echo", "Heron Care to close Saltings Lodge by the summer. 31 residents and their families told to find new places, staff to be offered jobs at other homes {url:https://saltby-echo.example/news/saltings-lodge}",
                  when="2028-01-21T07:15:00Z"),
       expect(MON, "low", "homes", "indirect"))
    SC("hrn-repost-saltings-closing", "repost", tw("hannah_quell", "", retweet=news, when="2028-01-21T07:40:22Z"),
       expect(IGN, "low", "homes", "indirect"))
    SC("hrn-news-fined-window", "news-monitor",
       tw("CareSectorNews", "Heron Care fined £80,000 after a resident fell from an unrestricted first-floor window at Reedbank in 2026. The court heard the window restrictor had been broken for weeks {url:https://caresectornews.example/heron-fine}",
          when="2028-01-21T08:45:00Z"),
       expect(MON, "low", "homes", "indirect"), note="news of an old incident: monitor, not urgent")
    SC("hrn-chatter-minibus-bobble-hats", "chatter-monitor",
       tw("gcentre_gail", "the Heron Care minibus from Kingfisher House is in for coffee and cake again, eight residents in matching bobble hats. absolute icons 😂",
          when="2028-01-21T10:50:44Z"),
       expect(MON, "low", "homes", "indirect"))
    SC("hrn-chatter-purple-vans", "chatter-monitor",
       tw("village_bob", "Heron Care have swapped their carers' cars for little purple electric ones. half the village thinks the council has gone eco",
          when="2028-01-21T11:25:03Z"),
       expect(MON, "low", None, "indirect"))
    late3 = tw("fay_gorran", "mum's carer 3 hours late AGAIN today. Heron Care do my head in", when="2028-01-21T14:00:00Z")
    SC("hrn-joke-herons-stand-about", "joke-bystander",
       tw("punny_phil_s", "@fay_gorran Heron Care tracks tbh. herons stand about for hours doing nothing then vanish the second you want them 🐟",
          reply_to=late3, when="2028-01-21T14:12:37Z"),
       expect(IGN, "low", None, "third_party"), note="a pun by a bystander in someone else's thread",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    moving = tw("tilly_mae_s", "nan's moving into a Heron home next month. feels so weird", when="2028-01-21T15:00:00Z")
    SC("hrn-joke-fish-breakfast", "joke-bystander",
       tw("gags_by_gav", "@tilly_mae_s a Heron home sounds posh. will she get her own pond and a fish breakfast every morning? 🐟",
          reply_to=moving, when="2028-01-21T15:09:51Z"),
       expect(IGN, "low", "meals", "third_party"), note="a bystander's pun; 'breakfast' is a meals keyword",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic meals: 'breakfast'")
    settling = tw("becs_harland", "@wendy_tull how's your mum settling in? x", when="2028-01-21T15:30:00Z")
    SC("hrn-venting-room-by-bins", "third-party-venting",
       tw("wendy_tull", "@becs_harland honestly? Heron put her in a room facing the bins, her clothes keep vanishing in the laundry and nobody answers the phone at weekends. she says the food's nice though so 🤷‍♀️",
          reply_to=settling, when="2028-01-21T15:46:18Z"),
       expect(MON, "low", "homes", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    agency = tw("sue_dimmock", "@gill_ashby is your mum still with that agency?", when="2028-01-21T16:00:00Z")
    SC("hrn-venting-hourly-rate-up", "third-party-venting",
       tw("gill_ashby", "@sue_dimmock yep. Heron Care have put the hourly rate up 9% from February and the carers are still in and out in ten minutes. looking at other agencies but they're all full",
          reply_to=agency, when="2028-01-21T16:14:29Z"),
       expect(MON, "low", "billing", "third_party"), note="venting to a friend, brand not tagged")
    first_night = tw("hannah_quell", "first night without mum in the house. she's at Kingfisher House now. can't stop crying", when="2028-01-21T20:00:00Z")
    SC("hrn-chatter-kingfisher-reassure", "third-party-chatter",
       tw("moira_lindsey", "@hannah_quell oh love. my dad was at Heron's Kingfisher House for 3 years and the night staff were brilliant with him. give it a month, it gets easier x",
          reply_to=first_night, when="2028-01-21T20:21:06Z"),
       expect(MON, "low", "homes", "third_party"), note="reassurance from a stranger in someone else's thread")
    marina = tw("marina_ned", "who's braving the water this weekend? forecast says 25 knots and sleet, so not me", when="2028-01-21T17:00:00Z")
    SC("hrn-namesake-boat-reply", "namesake",
       tw("skipper_jan_b", "@marina_ned not us, the Heron's still up on the hard. new engine mounts went in Tuesday, back in the water by March if the yard's kind ⛵",
          reply_to=marina, when="2028-01-21T17:26:44Z"),
       expect(IGN, "low", None, "none"), note="a boat, in someone else's thread",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got third_party; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    return brand


BRANDS["heron-care"] = ("HeronCare", 4301234528, build_heron_care)
