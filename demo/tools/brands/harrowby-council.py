# Harrowby Council: a made-up district council for the made-up district of Harrowby (the
# market town of Harrowby, Oxley Green, the Fallowfield estate with its 15-storey Linnet Court
# tower block, Brindle Cross, Upper Wendham, Cotter's Hill, Sallow End and Millhaven): bins and
# recycling, council tax and benefits, potholes, gritting and street lights, repairs to council
# homes, parking permits and fines, libraries and leisure centres, and planning. Out-of-hours
# emergencies and safeguarding go to the Emergency Duty Team.
# "Harrowby" is also the town itself (people say Harrowby about the town all the time: the
# weather, the trains, the Christmas market), Harrowby Town FC, Harrowby School (an independent
# school), Harrowby Road in the city of Kelsham (another council's road, with its own potholes),
# the Earl of Harrowby, Harrowby Hall (a wedding venue), Harrowby Skip Hire and Harrowby Lettings
# (private firms in nearby trades) and a novelist's surname: none of them is the council.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week of
# 13 December 2027 is a cold snap. Black ice stops the bin lorries for most of the week after
# a round of collections had already been missed, the gritting routes don't reach every hill,
# and the communal heating fails in Linnet Court, a tower block already fighting damp and
# black mould.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges (07700 900xxx, 01632 960xxx, 0808 157 0xxx); the
# card number is a Luhn-valid test number.


def build_harrowby_council():
    global CURRENT_BRAND, CLOCK
    brand = Brand("harrowby-council", SCEN_DIR / "harrowby-council.plan.toml", "HarrowbyCouncil", 4456789043,
                  1861220000000004701)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-12-13T05:30:00Z")
    B = "HarrowbyCouncil"
    user(B, "Harrowby Council", 4456789043,
         "Harrowby District Council 🏛️ Bins, roads, homes, council tax and more. We're here Mon–Fri 8am–6pm on 01632 960400. "
         "Out-of-hours emergencies: 0808 157 0720. Please don't post account numbers or addresses here.",
         24_600, following=1_150, tweets=41_800, listed=260, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9840100000 + _n[0] * 4129, bio, followers, **kw)

    person("nan_reposts_ha", "Brenda Coley", "Nan of 7. I share the useful stuff.", 90)
    person("sam_ketch_ha", "Sam Ketch", "Priory Way. Dad, driver, bin watcher.", 210)
    person("foxwatch_ha", "Lorraine Pike", "Sallow End. Gardener. Fox-feeder (involuntary).", 160)
    person("mo_talib_ha", "Mo Talib", "Oxley Green. Night shifts, day naps.", 140)
    person("kerry_dunn_ha", "Kerry Dunn", "Mum of Jayden (4). Linnet Court, 11th floor.", 120)
    person("HarrowbyEcho", "Harrowby Echo", "News from Harrowby, Oxley Green, Fallowfield and the villages since 1881.",
           34_000, following=900, listed=410, verified=True)
    person("ravichandran_tv", "Ravi Chandran", "Housing campaigner, broadcaster. 'Homes Fit for Living' on BBC Radio. Views my own.",
           640_000, following=1_900, listed=3_800, verified=True)
    person("punny_pete_ha", "Pete Varley", "Puns, pints, puns.", 300)
    person("ukweatherwatch", "UK Weather Watch", "Forecasts, records and weather chat from across the UK ❄️☀️🌧️",
           1_100_000, following=350, listed=6_200, verified=True)
    person("celine_m_ha", "Céline Moreau", "Lyonnaise à Oxley Green. Maman de deux.", 180)
    person("lucia_vega_ha", "Lucía Vega", "Malagueña en Harrowby. Hija, enfermera, corredora.", 260)
    person("skiphater_ha", "Dean Frost", "Brindle Cross. DIY, mostly swearing.", 70)
    person("aisha_linnet", "Aisha Begum", "Linnet Court, floor 7. Three kids, no heating.", 330)
    person("tiago_ferr_ha", "Tiago Ferreira", "Lisboeta. Neto do Sr. Ferreira (Linnet Court).", 410)
    person("kai_weber_ha", "Kai Weber", "Aus Leipzig, wohnt in Millhaven. Papa, Radfahrer.", 230)
    person("jo_pratt_ha", "Jo Pratt", "Linnet Court since 2013. Tired.", 180)
    person("gemma_clark_ha", "Gemma Clark", "Snowed in and climbing the walls. Cotter's Hill.", 240)
    person("carl_ives_ha", "Carl Ives", "Sallow End. Builder. Short fuse, long memory.", 90)
    person("dani_rooke_ha", "Dani Rook", "Hobb Lane. Cat mum.", 150)
    person("grit_guy_ha", "Stephen Hale", "Retired postman. I know every street in Harrowby.", 520)
    person("fern_walsh_ha", "Fern Walsh", "Upper Wendham. Teaching assistant. Tea.", 270)
    person("rhyme_time_ha", "Hannah Oduya", "Mum of Ezra (2). Library rhyme time superfan.", 190)
    person("HarrowbyTownFC", "Harrowby Town FC", "Official account of Harrowby Town FC 🔵⚪ The Wendham Road ground since 1893.",
           12_800, following=600, listed=90, verified=True)
    person("HarrowbyHelpDsk", "Harrowby Council Help Desk ✅", "Official residents support 24/7 ✅ refunds, rebates, urgent help. DM us",
           42, following=4_800)
    person("tyler_b_ha", "Tyler Brooks", "Brindle Cross. Gym, work, sleep.", 310)
    person("nicky_forde_ha", "Nicky Forde", "Mum of 3, nativity costume maker (reluctant).", 200)
    person("webtinker_ha", "Priya Raman", "Security tester. I poke forms so you don't have to.", 2_700)
    person("ste_mcgrath_ha", "Ste McGrath", "Sallow End. Don't start.", 60)
    person("marie_toft_ha", "Marie Toft", "Oxley Green. New job, old car.", 150)
    person("bazza_ox_ha", "Barry Nolan", "Oxley Green lads. Say it to my face.", 85)
    person("tom_wendham_ha", "Tom Archer", "Wendham Lane. One road out, none of it gritted.", 130)
    person("gritspotter_ha", "Lily Fenwick", "Spotting gritters so you don't have to 🧂", 2_100)
    person("wes_burke_ha", "Wes Burke", "", 45)
    person("debt_worry_ha", "Shona Reid", "Brindle Cross. One day at a time.", 60)
    person("rachel_io_ha", "Rachel Imrie", "Product designer. Oxley Green. Impatient.", 880)
    person("KelshamCityCncl", "Kelsham City Council", "Official account of Kelsham City Council. Report it at kelsham.gov.example",
           38_000, following=700, listed=300, verified=True)
    person("kelsham_kev", "Kevin Doyle", "Kelsham born. Cyclist. Pothole counter.", 610)
    person("giulia_r_ha", "Giulia Romano", "Romana a Brindle Cross. Caffè e pazienza.", 170)
    person("path_worry_ha", "Jade Morley", "Linnet Court. Nan's favourite.", 210)
    person("anouk_b_ha", "Anouk Bakker", "Uit Haarlem, nu in Linnet Court. Moeder van Noor.", 150)
    person("lakewatch_ha", "Jaydn Price", "17. oxley. football n sleep", 95)
    person("outreach_ola", "Ola Nowak", "Night nurse. Bus station regular.", 380)
    person("permit_pain_ha", "Josh Lam", "Oxley Green. Renter. Visitor permit victim.", 240)
    person("HistoryBrindle", "Brindle Cross Local History", "Walks, talks and old photos from Brindle Cross and Wendham.",
           1_300, following=400)
    person("HarrowbySchool", "Harrowby School", "Independent day school for 3–18 year olds. Upper Wendham.", 4_600, following=300)
    person("librarylove_ha", "Anna Kerr", "Reader. Knitter. Millhaven.", 340)
    person("recycle_rob_ha", "Rob Fielding", "Recycling nerd. Three weeks of cardboard and counting.", 150)
    person("hobb_lane_jen", "Jen Oakes", "Top of Hobb Lane. Walks the dog, counts the grit.", 120)
    person("cllr_watch_ha", "Darren Pyle", "Fallowfield. Angry and allowed to be.", 110)
    person("kezia_moyo_ha", "Kezia Moyo", "Fallowfield. Nurse. Ceiling currently dripping.", 200)
    person("pcn_paid_twice", "Leon Hart", "Oxley Green. Paid twice, apparently.", 90)
    person("maggie_ell_ha", "Margaret Ellery", "Upper Wendham. Widowed in August. Learning all this.", 40)
    person("ketch_row_ha", "Dave Oyelaran", "Ketch Row. Sofa magnet, apparently.", 75)
    person("grow_yr_page", "Grow Your Page 🚀", "Real followers, real fast 🚀 Councils, brands, creators. DM for prices",
           2_900, following=4_900)
    person("fundback_pro", "FundBack Pro ✅", "Certified scam & crypto fund recovery. 100% success. DM ✅", 7_600, following=5_000)
    person("xmas_freebie", "Christmas Freebies 🎄", "Free stuff every day until Christmas 🎁 Follow + RT", 3_300, following=4_900)
    person("wedding_woes_ha", "Chloe Tanner", "Getting married on the 23rd. Allegedly.", 320)
    person("bookworm_bea", "Bea Lindqvist", "Crime novels, strong tea, no spoilers.", 2_400)
    person("harrowby_fan_ha", "Mick Lowry", "Harrowby Town 🔵⚪ home and away since '91.", 800)
    person("train_tired_ha", "Nadia Shah", "Harrowby → Kelsham commuter. Retail, weekends.", 190)
    person("newjob_nina", "Nina Patel", "New job, new town, no idea where to park.", 110)
    person("ticketed_tom", "Tom Reyes", "Oxley Green. Ex-optimist.", 260)
    person("FallowfieldRes", "Fallowfield Residents", "Residents' association for the Fallowfield estate. Not the council!", 2_300,
           following=600)
    person("cath_rowe_ha", "Cath Rowe", "Brindle Cross. Small joys.", 130)
    person("bye_puns_ha", "Gav Mulley", "Professional heckler. Unpaid.", 410)
    person("fence_line_ha", "Ruth Adair", "Millhaven. Good fences, good neighbours (allegedly).", 160)
    person("on_hold_ha", "Lee Marsh", "Hold music connoisseur.", 75)
    person("boiler_thanks", "Bernie Walsh", "Linnet Court, 4th floor. Warm again.", 65)
    person("pothole_three", "Anil Gupta", "Cotter's Hill. Three tyres and counting.", 300)
    person("dawn_stairs_ha", "Dawn Riley", "Linnet Court block B. Carer for my mum.", 140)
    person("tree_update_ha", "Helen Ward", "Mill Lane. Tree hugger (not that one).", 380)
    person("comic_cal", "Callum Ryder", "Comedian. Harrowby's least favourite son. Tour dates below 👇",
           1_200_000, following=1_100, listed=4_100, verified=True)
    person("sarky_sue_ha", "Sue Kendall", "Fallowfield. Sarcasm is free, unlike the bins.", 230)
    person("pothole_pat_ha", "Pat Quinlan", "Wendham Lane. Driver. Suspension victim.", 180)
    person("school_gate_ha", "Leah Matthews", "Oxley Green. Primary school mum.", 260)
    person("rotting_bags", "Kev Sutton", "Brindle Cross. The foxes know me by name.", 95)
    person("salt_stat_ha", "Imogen Hart", "Sallow End. Sledging by accident.", 210)
    person("lift_rage_ha", "Tasha Green", "Linnet Court, 14th floor. Pram. Stairs. Rage.", 100)
    person("bin_rage_ha", "Gary Platt", "Fallowfield. Not happy.", 80)
    person("tribunal_tim", "Tim Foster", "Delivery driver. I keep the dashcam on.", 340)
    person("harrowby_lets_v", "Zoe Marsh", "Renting in Harrowby. Damp expert, unwillingly.", 150)
    person("market_mum_ha", "Kate Burrows", "Harrowby. Markets, mulled wine, mayhem.", 420)
    person("swim_mum_ha", "Lauren Hicks", "Mum of 2 water babies. Brindle Cross.", 230)
    person("warm_space_ha", "Deb Okafor", "Millhaven. Knows where the warm places are.", 300)
    person("cold_kids_ha", "Tanya Webb", "Snowed in with 3 kids. Send help (and biscuits).", 180)
    person("kettle_row_ha", "Ian Moss", "Oxley Green. Counts things on walks.", 160)
    person("park_charge_ha", "Owen Blake", "Brindle Cross. Retail park regular, sadly.", 140)
    person("snowy_town_ha", "Ellie Fraser", "Harrowby. Photos, dog walks, cake.", 900)
    person("CountyRefunds", "County Refunds 💷", "Helping residents claim what they're owed 💷 DM us", 1_100, following=4_800)

    # ---- Monday 13 December: black ice, and the bin lorries stay in the depot ---------------------
    bins_update = tw(B, "❄️ Bin collections update: with black ice on most side streets our crews can't safely get the lorries out, so today's black bin and recycling collections are suspended. Please leave your bins out and we'll be back as soon as it's safe. Updates: {url:https://harrowby.gov.example/bins-update}",
                     when="2027-12-13T05:45:00Z")
    SC("harrowby-brand-own-bins-suspended", "brand-own-post", bins_update, expect(IGN, "low", "waste", "none"))
    SC("harrowby-repost-bins-suspended", "repost", tw("nan_reposts_ha", "", retweet=bins_update, when="2027-12-13T06:10:12Z"),
       expect(IGN, "low", "waste", "indirect"))
    SC("harrowby-quote-leave-bins-out-foxes", "quote",
       tw("foxwatch_ha", "'leave your bins out' mine have been out since the 29th of November, before there was a flake of snow. the foxes have had a lovely fortnight 🦊",
          quote=bins_update, when="2027-12-13T06:32:40Z"),
       expect(RP, "normal", "waste", "indirect"), strict=False,
       note="quotes the council's post without tagging it; sarcastic about her own missed collections")
    sam = tw("sam_ketch_ha", f"@{B} black bin not collected on Priory Way for 2 weeks now, and it was missed BEFORE the snow as well. the main road's been clear since 9am so what's the excuse today?",
             when="2027-12-13T09:12:05Z")
    SC("harrowby-complaint-priory-way-bins", "complaint-direct", sam, expect(RP, "normal", "waste", "direct"))
    sam_brand = tw(B, "@sam_ketch_ha Hi Sam, sorry, Priory Way was on the missed list from the 29th as well, so I've flagged it to the crew supervisor myself. Your street is first on Wednesday's catch-up round. If it's not done by 6pm Wednesday, reply here and I'll chase it.",
                   reply_to=sam, when="2027-12-13T09:40:31Z")
    SC("harrowby-spam-fake-helpdesk-under-sam", "spam",
       tw("HarrowbyHelpDsk", "@sam_ketch_ha Hi Sam 👋 Harrowby Council support here ✅ residents can now claim a refund on part of their council tax bill for the missed bins. Just DM us your bank details and your council tax account number 💷",
          reply_to=sam, when="2027-12-13T09:51:17Z"),
       expect(IGN, "low", "council_tax", "third_party"),
       note="a fake support account fishing for bank details under a real resident's complaint")
    SC("harrowby-safety-neighbour-curtains-welfare", "safety-urgent",
       tw("mo_talib_ha", f"@{B} hi theres an elderly man at no.4 on our street who hasnt opened his curtains since sat and his bins are still out, hes always up at 7. we've knocked and hes not responding. worried hes had a fall. who do we call, is there a welfare check thing?",
          when="2027-12-13T10:05:48Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a calm question, but an elderly man who may have fallen and is not answering, in the cold")
    jayden = tw("kerry_dunn_ha", f"@{B} my son is 4 and has been in hospital twice this month with asthma. doctor says the mould in his bedroom is making it worse and he's wheezing again tonight, inhaler's barely helping. 11th floor, Linnet Court. housing haven't replied since October. what do I do?",
                 when="2027-12-13T19:20:33Z")
    SC("harrowby-medical-asthma-son-mould", "medical-urgent", jayden, expect(RP, "urgent", "safety", "direct"),
       note="a four-year-old with asthma, twice in hospital, wheezing tonight in a mouldy bedroom")
    SC("harrowby-news-linnet-court-mould", "news-monitor",
       tw("HarrowbyEcho", "Black mould is back in at least 40 flats at Linnet Court, residents say, two winters after repairs. Harrowby Council says a damp survey of the tower block starts in January {url:https://harrowbyecho.example/news/linnet-court-mould}",
          when="2027-12-13T11:00:00Z"),
       expect(MON, "low", "housing", "indirect"))
    ravi = tw("ravichandran_tv", f"Spent the afternoon in Linnet Court, Harrowby. Black mould up the bedroom walls, windows streaming, and families told to 'open a window' in -8°C. @{B} it's 2027. Who is accountable for this?",
              when="2027-12-13T16:45:00Z",
              metrics={"retweet_count": 4_100, "reply_count": 2_300, "like_count": 38_900, "quote_count": 900})
    SC("harrowby-big-reach-campaigner-mould", "big-reach", ravi, expect(RP, "high", "housing", "indirect"),
       note="640k followers; the council's handle in the middle of a post to everyone")
    SC("harrowby-joke-harrowing-council", "joke-bystander",
       tw("punny_pete_ha", "@ravichandran_tv Harrowby Council? Harrowing Council more like 😬",
          reply_to=ravi, when="2027-12-13T16:58:21Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the name inside someone else's thread")
    SC("harrowby-repost-campaigner-mould", "repost", tw("jo_pratt_ha", "", retweet=ravi, when="2027-12-13T17:10:44Z"),
       expect(IGN, "low", "housing", "indirect"))
    SC("harrowby-common-coldest-place-weather", "common-word",
       tw("ukweatherwatch", "❄️ Coldest spot in the UK overnight: Harrowby, at -11.4°C. Freezing fog and black ice on untreated roads this morning, so take care out there and check on older neighbours.",
          when="2027-12-13T07:30:00Z",
          metrics={"retweet_count": 1_900, "reply_count": 640, "like_count": 14_200, "quote_count": 210}),
       expect(IGN, "low", "roads", "none"),
       note="the town as a place in a weather post with 1.1m followers; road words, but nothing about the council",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | general chatter about the brand | topic roads: 'black ice', 'ice', 'road', 'roads'")
    SC("harrowby-fr-question-resident-parking", "non-english",
       tw("celine_m_ha", f"@{B} Bonjour, je viens d'emménager à Oxley Green. Comment obtenir une carte de stationnement résident pour ma voiture ? Et le stationnement dans la rue est-il gratuit le dimanche ? Merci beaucoup",
          lang="fr", when="2027-12-13T12:15:27Z"),
       expect(RP, "normal", "parking", "direct"), note="French: how to get a resident parking permit")
    SC("harrowby-es-medical-dialysis-hill", "medical-urgent",
       tw("lucia_vega_ha", f"@{B} Mi madre (79) está enferma y necesita diálisis tres veces por semana, pero hoy la ambulancia no pudo subir por Cotter's Hill: la calle es puro hielo. ¿Pueden mandar el camión de sal hoy? Sin la diálisis corre peligro.",
          lang="es", when="2027-12-13T13:02:50Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="Spanish: a dialysis patient the ambulance could not reach because the hill is not gritted")
    SC("harrowby-namesake-skip-hire-rubbish", "namesake",
       tw("skiphater_ha", "Harrowby Skip Hire dropped a skip on our drive on Friday, cracked the paving, and now it's full of rubbish and they won't answer the phone to come and take it away. £280. avoid",
          when="2027-12-13T14:20:09Z"),
       expect(IGN, "low", "waste", "none"), note="a private skip firm, a namesake in the waste trade; 'rubbish' is a waste keyword")
    hobb = tw("hobb_lane_jen", f"@{B} the grit bin at the top of Hobb Lane is empty and the hill is a sheet of ice. two people have gone over on it already this morning",
              when="2027-12-13T08:05:14Z")
    hobb_brand = tw(B, "@hobb_lane_jen Thanks Jen. I've booked a refill for the Hobb Lane grit bin on tonight's run and asked the crew to salt the path by the steps while they're there. Shout if it's still empty tomorrow.",
                    reply_to=hobb, when="2027-12-13T08:31:40Z")

    # ---- Tuesday 14 December: the heating fails in Linnet Court -----------------------------------
    SC("harrowby-indirect-linnet-heating-day-two", "complaint-indirect",
       tw("aisha_linnet", "Day 2 with no heating or hot water in Linnet Court. Harrowby Council say the communal boiler needs a part 'from Germany'. 15 floors of families sleeping in coats and it's -6 tonight.",
          when="2027-12-14T07:10:26Z"),
       expect(RP, "high", "housing", "indirect"),
       note="the whole tower block without heat or hot water is an outage (high); no one named at risk", strict=False)
    avo = tw("tiago_ferr_ha", f"@{B} O meu avô tem 86 anos, é idoso e doente, vive sozinho na Linnet Court e está sem aquecimento desde domingo. Usa oxigénio em casa e hoje ao telefone estava muito frio e confuso. Alguém pode ir lá hoje? Eu estou em Lisboa.",
             lang="pt", when="2027-12-14T09:20:15Z")
    SC("harrowby-pt-medical-grandfather-oxygen", "medical-urgent", avo, expect(RP, "urgent", "safety", "direct"),
       note="Portuguese: an 86-year-old on home oxygen, alone, without heating and confused")
    avo_brand = tw(B, "@tiago_ferr_ha Olá Tiago, obrigado por nos avisar. A nossa equipa de emergência vai visitar o seu avô hoje antes das 14h e leva um aquecedor. Por favor envie-nos o número do apartamento por mensagem privada.",
                   reply_to=avo, when="2027-12-14T09:41:52Z", lang="pt")
    SC("harrowby-de-safety-lamp-post-cables", "safety-urgent",
       tw("kai_weber_ha", f"@{B} Ecke Sheaf Street / Mill Lane liegt seit heute früh eine umgefahrene Straßenlaterne auf dem Gehweg, die Kabel hängen offen raus. Direkt vor der Grundschule! Das ist gefährlich, eine echte Gefahr für die Kinder. Bitte sofort absperren!",
          lang="de", when="2027-12-14T07:48:39Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a knocked-down street lamp with exposed cables outside a primary school")
    SC("harrowby-legal-housing-ombudsman", "legal-threat-not-urgent",
       tw("jo_pratt_ha", f"@{B} 14 months of reporting damp and mould in my flat at Linnet Court. 6 repair jobs raised, 6 closed without anyone visiting. My complaint went to the Housing Ombudsman today and my solicitor is starting a disrepair claim.",
          when="2027-12-14T10:30:02Z"),
       expect(RP, "high", "housing", "direct"), note="an ombudsman and solicitor threat: a strong complaint, not urgent")
    cabin = tw("gemma_clark_ha", "day 2 snowed in with the kids. we've done baking, slime, a fort and a fight. send wine", when="2027-12-14T11:00:00Z")
    SC("harrowby-venting-bins-fox-buffet", "third-party-venting",
       tw("foxwatch_ha", "@gemma_clark_ha same here, and Harrowby council haven't emptied our bins in 3 weeks now. the bin bags by the gate have become a fox buffet 🦊",
          reply_to=cabin, when="2027-12-14T11:14:33Z"),
       expect(MON, "low", "waste", "third_party"), note="venting in a friend's thread, council not tagged: don't butt in")
    grit_q = tw("dani_rooke_ha", "where do people get grit for their front path?? B&amp;Q sold out, Tesco sold out, I'm using table salt like a fool", when="2027-12-14T12:00:00Z")
    SC("harrowby-chatter-grit-bins-advice", "third-party-chatter",
       tw("grit_guy_ha", "@dani_rooke_ha the yellow grit bins on the corners are free to use for paths and pavements. Harrowby Council fill them up. there's one at the bottom of Hobb Lane by the postbox",
          reply_to=grit_q, when="2027-12-14T12:16:48Z"),
       expect(MON, "low", "roads", "third_party"), note="a stranger's advice in someone else's thread")
    SC("harrowby-sarcasm-gritting-except-school", "sarcasm-customer",
       tw("fern_walsh_ha", f"@{B} thanks for gritting every road in Upper Wendham except the one with the primary school and the care home on it 👏 great job everyone",
          when="2027-12-14T08:20:55Z"),
       expect(RP, "normal", "roads", "direct"), note="sarcasm with no complaint word")
    SC("harrowby-question-libraries-open", "question",
       tw("rhyme_time_ha", f"@{B} are the libraries open as normal this week with the snow? need to return 6 picture books before they're overdue and my little one lives for Thursday rhyme time 🙏",
          when="2027-12-14T09:05:31Z"),
       expect(RP, "normal", "leisure", "direct"))
    SC("harrowby-namesake-town-fc-match-off", "namesake",
       tw("HarrowbyTownFC", "❄️ MATCH OFF: tonight's game v Coldbeck Rovers is postponed after a pitch inspection, frozen solid. Tickets stay valid for the new date, or ask for a refund at the club shop. Stay warm, Harrowby 🔵⚪",
          when="2027-12-14T13:00:00Z"),
       expect(IGN, "low", "council_tax", "none"),
       note="the football club; 'refund' is a council-tax keyword",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | general chatter about the brand | topic council_tax: 'refund'")

    # ---- Wednesday 15 December: the catch-up round that doesn't come ------------------------------
    SC("harrowby-repeat-sam-still-no-lorry", "repeat-contact",
       tw("sam_ketch_ha", "6:40pm Wednesday. bins still out. no lorry, no crew, no phone call. that's three weeks now. what happened to 'first on the catch-up round'?",
          reply_to=sam_brand, when="2027-12-15T18:40:19Z"),
       expect(RP, "high", "waste", "direct"), note="back in the council's thread without @: the promised collection never came")
    SC("harrowby-in-passing-nativity-recycling", "complaint-in-passing",
       tw("nicky_forde_ha", f"worst week ever: car battery dead, kid's nativity costume is a tea towel and a dressing gown cord, work want me in Saturday, and @{B} STILL haven't collected the recycling from before the snow. the cardboard pile is taller than my youngest",
          when="2027-12-15T08:50:27Z"),
       expect(RP, "normal", "waste", "indirect"), note="the council tagged in the middle of a bad week")
    SC("harrowby-html-missed-bin-form-script", "html-entities",
       tw("webtinker_ha", f"@{B} the missed bin form on your website just shows &lt;script&gt;alert(1)&lt;/script&gt; when I hit submit 🙄 can someone log it for me instead? Hobb Lane, green bin, missed twice now",
          when="2027-12-15T10:12:44Z"),
       expect(RP, "normal", "waste", "direct"), note="hostile HTML around a real request; it arrives escaped")
    SC("harrowby-threat-brick-bin-lorry", "threat-urgent",
       tw("ste_mcgrath_ha", f"@{B} if the bin lorry doesn't come down Sallow End this week the next bin man I see is getting a brick through his windscreen. 3 weeks. rats in the garden. I mean it",
          when="2027-12-15T11:30:08Z"),
       expect(ANY, "urgent", "waste", "direct"), note="a threat against bin crews, with a complaint: only the priority is strict")
    ticket_moan = tw("marie_toft_ha", "£70 parking ticket outside my OWN house in Oxley Green because I was 4 minutes late moving the car 🙃", when="2027-12-15T12:00:00Z")
    SC("harrowby-threat-warden-in-thread", "threat-urgent",
       tw("bazza_ox_ha", "@marie_toft_ha the Harrowby warden who does Oxley Green is out at 8 every morning. me and the lads will be waiting for him tomorrow. he won't be writing tickets for a while",
          reply_to=ticket_moan, when="2027-12-15T12:21:36Z"),
       expect(ANY, "urgent", "parking", "third_party"),
       note="a threat to a named member of staff, inside someone else's thread: the risk still matters")
    gritting = tw(B, "🧂 Gritting update: our 9 gritters have done three runs of the priority routes since 4pm, and crews are hand-salting pavements in the town centre and outside schools. Our map of gritted roads is here: {url:https://harrowby.gov.example/gritting}",
                  when="2027-12-15T16:30:00Z")
    SC("harrowby-brand-own-gritting-update", "brand-own-post", gritting, expect(IGN, "low", "roads", "none"))
    SC("harrowby-q-reply-wendham-lane-route", "question-in-reply-to-brand",
       tw("tom_wendham_ha", "is Wendham Lane on the priority list? it's the only way in or out for about 60 houses and it's been a sheet of ice since Sunday",
          reply_to=gritting, when="2027-12-15T16:52:10Z"),
       expect(RP, "normal", "roads", "direct"), note="a question in the council's thread, no @",
       known_miss="round 12, not met yet: priority: want \"normal\", got urgent; the engine read: replies to @HarrowbyCouncil: the customer is talking to the brand | a danger to health or safety: urgent | topic roads: 'sheet of ice', 'ice'")
    SC("harrowby-chatter-gritter-names", "chatter-monitor",
       tw("gritspotter_ha", "Harrowby Council's gritters have names this year: Gritney Spears, Sir Andy Salt and Spreddie Mercury. I'm actually dying 😂",
          when="2027-12-15T17:05:40Z"),
       expect(MON, "low", "roads", "indirect"), note="'dying' is laughter, not danger")
    SC("harrowby-abuse-clowns-bins-reminder", "abuse-with-problem",
       tw("wes_burke_ha", f"@{B} you absolute clowns. 3 weeks no bin collection, rats in the alley behind us, and you've got the cheek to send me a council tax reminder this morning. sort your bloody lives out",
          when="2027-12-15T09:30:57Z"),
       expect(RP, "high", "waste", "direct"), note="rude, but a real and repeated problem")
    SC("harrowby-private-account-address-bailiffs", "private-details",
       tw("debt_worry_ha", f"@{B} my direct debit bounced because I changed banks. council tax account 40028816, 23 Tanner's Close, Brindle Cross HB6 3LQ. please don't send the bailiffs, I can pay the lot today if someone tells me how",
          when="2027-12-15T10:45:21Z"),
       expect(RV, "normal", "council_tax", "direct"), note="an account number and a home address in public")
    SC("harrowby-complaint-website-down", "complaint-direct",
       tw("rachel_io_ha", f"@{B} your website's been down since 8am. can't pay council tax, can't report a missed bin, can't do anything. phone queue is 45 minutes. is anyone fixing it?",
          when="2027-12-15T11:02:38Z"),
       expect(RP, "high", "council_tax", "direct"), note="the council's website down for everyone: an outage")
    SC("harrowby-namesake-harrowby-road-kelsham", "namesake",
       tw("kelsham_kev", "@KelshamCityCncl the pothole on Harrowby Road outside the Co-op has now taken out two tyres on our street alone. reported it 4 times. fill it in before someone comes off their bike",
          when="2027-12-15T13:40:11Z"),
       expect(IGN, "low", "roads", "none"),
       note="Harrowby Road is in Kelsham and tagged to Kelsham's council: same trade, different council")
    SC("harrowby-it-bins-three-weeks", "non-english",
       tw("giulia_r_ha", f"@{B} buongiorno, a Brindle Cross la raccolta dei rifiuti non passa da tre settimane. I bidoni sono pieni e in cortile ci sono i topi. Quando ripassate?",
          lang="it", when="2027-12-15T09:48:16Z"),
       expect(RP, "normal", "waste", "direct"), note="Italian: no bin collection for three weeks")

    # ---- Thursday 16 December: falls, frozen lakes and a man in the underpass ---------------------
    SC("harrowby-safety-neighbour-slipped-ice", "safety-urgent",
       tw("path_worry_ha", f"URGENT my nan's neighbour has slipped on the ice on the path outside Linnet Court, she's 80 and she's hurt her hip and can't get up. ambulance says 3 hours. this path has never been gritted once @{B} please send someone before anyone else goes over",
          when="2027-12-16T07:40:22Z"),
       expect(RP, "urgent", "safety", "indirect"), note="an 80-year-old on the ice with a hurt hip, right now; the handle at the end",
       known_miss="round 12, not met yet: topic: want \"safety\", got roads; the engine read: tags @HarrowbyCouncil in a post to everyone | complaint (0.99) | a threat against people: urgent | topic roads: 'ice', 'gritting', 'gritted', 'grit'")
    SC("harrowby-nl-medical-daughter-asthma", "medical-urgent",
       tw("anouk_b_ha", f"@{B} Mijn dochtertje (2) heeft astma en is vannacht naar het ziekenhuis gebracht, ze was heel benauwd. In haar slaapkamer in onze flat in Linnet Court zit overal schimmel. Wanneer komt er iemand? We zijn bang.",
          lang="nl", when="2027-12-16T08:15:49Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a two-year-old with asthma taken to hospital, mould in her bedroom")
    SC("harrowby-safety-kids-on-lake-ice", "safety-urgent",
       tw("lakewatch_ha", f"@{B} yo theres like 10 kids out on the ice on the boating lake at oxley park rn, its thin ice by the island and its cracking. proper dangerous someone needs to get down there fr",
          when="2027-12-16T14:35:06Z"),
       expect(RP, "urgent", "safety", "direct"), note="slang, lower case: children on cracking ice in a council park")
    SC("harrowby-safety-rough-sleeper-underpass", "safety-urgent",
       tw("outreach_ola", f"there's a rough sleeper in the underpass by Harrowby bus station, -9 tonight and he's barely responding to me. rang 999, they're 'busy'. @{B} is there an emergency bed or an outreach team out tonight? he's got no coat",
          when="2027-12-16T22:10:44Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a man sleeping out in -9°C who is barely responding")
    SC("harrowby-complaint-permit-site-killing-me", "complaint-direct",
       tw("permit_pain_ha", f"@{B} this parking permit website is actually killing me. 4th try and it's logged me out halfway through paying for a visitor permit AGAIN. just take my money 😭",
          when="2027-12-16T09:20:12Z"),
       expect(RP, "normal", "parking", "direct"), note="'killing me' is hyperbole: an ordinary complaint about a form",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @HarrowbyCouncil | complaint (0.94) | the problem keeps coming back | topic parking: 'parking permit', 'parking', 'permit', 'permits', 'visitor permit'")
    SC("harrowby-news-inquest-pensioner-fall", "news-monitor",
       tw("HarrowbyEcho", "Inquest hears pensioner who died after a fall on an ungritted pavement in Millhaven in January 2026 had reported the path to Harrowby Council twice. The council says 40 streets have since been added to its gritting routes {url:https://harrowbyecho.example/news/millhaven-inquest}",
          when="2027-12-16T11:00:00Z"),
       expect(MON, "low", "roads", "indirect"), note="news of a past incident: monitor, not urgent")
    SC("harrowby-namesake-school-carol-parking", "namesake",
       tw("HarrowbySchool", "🎄 Harrowby School carol service is still ON tonight at 6pm! Parking is tight with the snow, so please use the car park at Upper Wendham village hall and walk up. Mulled wine in the quad afterwards.",
          when="2027-12-16T12:30:00Z"),
       expect(IGN, "low", "parking", "none"), note="an independent school; 'parking' and 'car park' are parking keywords")
    SC("harrowby-praise-librarians-warm-space", "praise",
       tw("librarylove_ha", "Shout out to the librarians at Millhaven Library who opened early on Monday as a warm space, with tea, blankets and the kids' corner going. Harrowby Council, look after these people 💙",
          when="2027-12-16T10:05:51Z"),
       expect(RP, "low", "leisure", "indirect"))
    catchup = tw(B, "♻️ Catch-up collections: black bins first. Crews will be out on Friday and Saturday from 6am on every round we missed this week. Blue bin recycling restarts on Monday, and we'll take extra cardboard left next to the blue bin.",
                 when="2027-12-16T15:00:00Z")
    SC("harrowby-q-reply-recycling-saturday", "question-in-reply-to-brand",
       tw("recycle_rob_ha", "so do I put the recycling out with the black bin on Saturday or hang on to it till Monday? we've got 3 weeks of cardboard in the hall",
          reply_to=catchup, when="2027-12-16T15:22:37Z"),
       expect(RP, "normal", "waste", "direct"), note="a question in the council's thread, no @")
    SC("harrowby-thread-grit-bin-refilled", "thread-with-brand",
       tw("hobb_lane_jen", "grit bin's full again and someone's salted the path by the steps too. that was quick, cheers",
          reply_to=hobb_brand, when="2027-12-16T08:02:44Z"),
       expect(RP, "low", "roads", "direct"), note="thanks in the council's thread without @: the problem is solved",
       known_miss="round 12, not met yet: priority: want \"low\", got normal; the engine read: replies to @HarrowbyCouncil: the customer is talking to the brand | sarcasm (irony 0.73) from a customer: a complaint | topic roads: 'grit bin', 'grit', 'salt', 'salted'")
    SC("harrowby-praise-tree-cleared-nobody-hurt", "praise",
       tw("tree_update_ha", "Update on last night: the tree that came down across Mill Lane has been cleared, the road's open again and the street lights are back on. Nobody was hurt. Harrowby Council's highways crew were out at 5am, thank you 🙏",
          when="2027-12-16T09:40:17Z"),
       expect(RP, "low", "roads", "indirect"), note="a danger that is over and settled: thanks, not urgent")

    # ---- Friday 17 December -------------------------------------------------------------------------
    SC("harrowby-threat-councillor-petrol", "threat-urgent",
       tw("cllr_watch_ha", "Cllr Marsh who runs housing at Harrowby Council lives on Priory Way. If my kids spend another Christmas in that mould, someone should pay him a visit with a can of petrol. See how he likes a warm house.",
          when="2027-12-17T08:12:36Z"),
       expect(ANY, "urgent", "housing", "indirect"),
       note="a threat to burn a councillor's home, with a complaint: only the priority is strict")
    SC("harrowby-private-phone-email-leak", "private-details",
       tw("kezia_moyo_ha", f"@{B} can someone from housing ring me about the leak coming through the ceiling of my flat? 07700 900418 or kezia.moyo@mailbox.example, I'm in all day",
          when="2027-12-17T09:05:29Z"),
       expect(RV, "normal", "housing", "direct"), note="a phone number and an email address in public")
    SC("harrowby-private-pcn-card-paid-twice", "private-details",
       tw("pcn_paid_twice", f"@{B} I paid my parking fine (PCN HB40218833) twice, once online and once on the phone. card 4242 4242 4242 4242 charged £35 both times. refund the second one please",
          when="2027-12-17T09:48:03Z"),
       expect(RV, "normal", "parking", "direct"), note="a full card number and a penalty notice number in public")
    SC("harrowby-private-dob-address-discount", "private-details",
       tw("maggie_ell_ha", f"@{B} I've applied twice for the single person discount since my husband died in August. Margaret Ellery, date of birth 14/03/1951, 9 Rookery Close, Upper Wendham. Please just sort it, I can't face the phone again.",
          when="2027-12-17T10:30:48Z"),
       expect(RV, "normal", "council_tax", "direct"), note="name, date of birth and home address in public",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @HarrowbyCouncil | exposes a date of birth and a street address in public: answer privately | complaint (0.83) | repeat contact | topic council_tax: 'single person discount', 'discount'")
    SC("harrowby-private-fly-tipping-address-phone", "private-details",
       tw("ketch_row_ha", f"@{B} fly-tipping again outside my house, 31 Ketch Row, Fallowfield HB4 2NS. second sofa this month plus bin bags. my number's 07700 900263 if the crew need to ring",
          when="2027-12-17T11:15:22Z"),
       expect(RV, "normal", "waste", "direct"), note="a home address and a phone number in public",
       known_miss="round 12, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @HarrowbyCouncil | exposes a phone number and a street address in public: answer privately | complaint (0.47) | a person at risk: urgent | topic waste: 'fly-tipping', 'fly tipping', 'fly-tipped', 'bin bags', 'bin', 'bins'")
    SC("harrowby-spam-follower-selling", "spam",
       tw("grow_yr_page", f"@{B} your page deserves more reach 👀 1,000 real UK followers for £9.99, 10,000 for £49. councils and charities love us 🚀 DM now",
          when="2027-12-17T12:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("harrowby-spam-fund-recovery", "spam",
       tw("fundback_pro", "Lost money to the fake Harrowby Council tax rebate texts? 💸 Our certified recovery agents get your funds back in 48 hours, 100% success rate. DM us now ✅",
          when="2027-12-17T12:30:00Z"),
       expect(IGN, "low", "council_tax", "indirect"), note="'fund recovery' spam riding on a real scam")
    SC("harrowby-spam-fake-giveaway-tax", "spam",
       tw("xmas_freebie", "🎄 Harrowby Council Christmas giveaway! 20 lucky residents get £500 off their council tax bill. Like, RT and click to claim before midnight 👉 {url:https://harrowby-giveaway.example/claim}",
          when="2027-12-17T13:00:00Z"),
       expect(IGN, "low", "council_tax", "indirect"), note="a fake giveaway using the council's name")
    SC("harrowby-html-spam-rebate-link", "html-entities",
       tw("CountyRefunds", "&lt;a href=\"//harrowby-rebate.example/claim\"&gt;Harrowby Council residents: claim your £150 winter tax rebate here&lt;/a&gt; 💷 just DM us your bank details",
          when="2027-12-17T13:30:00Z"),
       expect(IGN, "low", "council_tax", "indirect"), note="spam with an HTML link, delivered escaped")
    SC("harrowby-namesake-wedding-hall-cancelled", "namesake",
       tw("wedding_woes_ha", "Harrowby Hall have cancelled our wedding 6 days before the day because their drive is 'a sheet of ice' and the heating's broken. £4,000 deposit and they won't answer emails. Absolutely gutted 💔",
          when="2027-12-17T14:20:33Z"),
       expect(IGN, "low", "roads", "none"), note="a wedding venue's complaint with road and heating words; not the council")
    SC("harrowby-namesake-novelist-library", "namesake",
       tw("bookworm_bea", "Finished Nell Harrowby's new one, The Winter Orchard, in one sitting. Borrowed it from the library on Tuesday and nobody is getting it back before Christmas 😅",
          when="2027-12-17T21:05:10Z"),
       expect(IGN, "low", "leisure", "none"), note="a novelist's surname next to library words")
    SC("harrowby-namesake-earl-history-talk", "namesake",
       tw("HistoryBrindle", "Tonight at 7.30: 'The 2nd Earl of Harrowby and the enclosure of Wendham Common, 1804', a talk by Dr Ruth Okafor. Methodist hall, Brindle Cross. £3 on the door, mince pies included.",
          when="2027-12-17T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="the Earl of Harrowby",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | general chatter about the brand")
    SC("harrowby-big-reach-comedian-mums-bins", "big-reach",
       tw("comic_cal", f"Home in Harrowby for Christmas and my mum's bins haven't been collected in three weeks. She's 84. She can't drag bin bags to the tip, @{B}. I'll be doing 20 minutes on this in Manchester tonight 😤",
          when="2027-12-17T15:10:00Z",
          metrics={"retweet_count": 6_300, "reply_count": 3_900, "like_count": 88_000, "quote_count": 1_200}),
       expect(RP, "high", "waste", "indirect"), note="1.2m followers; a missed collection for his mother, not a safety risk")
    SC("harrowby-hotline-on-hold-missed-bin", "public-hotline-number",
       tw("on_hold_ha", f"@{B} been on hold on 01632 960400 for 52 minutes trying to report a missed bin. is anyone actually answering today?",
          when="2027-12-17T11:40:07Z"),
       expect(RP, "normal", "waste", "direct"), strict=False, note="the council's own number is not a private detail")
    SC("harrowby-hotline-praise-out-of-hours", "public-hotline-number",
       tw("boiler_thanks", "whoever answered Harrowby Council's out-of-hours line (0808 157 0720) at 3am when the boiler in our flat died, thank you. a heater was at the door by 7 and the repair's booked",
          when="2027-12-17T08:45:16Z"),
       expect(RP, "low", "housing", "indirect"), strict=False, note="praise quoting the council's own number: not a private detail")
    SC("harrowby-repeat-pothole-third-time", "repeat-contact",
       tw("pothole_three", f"@{B} third time reporting the pothole at the bottom of Cotter's Hill. it's a crater now and it took my front tyre on Monday. you've marked it 'inspected' twice and done nothing",
          when="2027-12-17T09:12:50Z"),
       expect(RP, "high", "roads", "direct"), note="the third report of the same pothole")
    SC("harrowby-safety-stairwell-fall-in-bins-rant", "safety-urgent",
       tw("dawn_stairs_ha", f"@{B} 3rd week no bin collection on the Fallowfield, bags everywhere, rats. and while I'm at it the stairwell lights in Linnet Court block B have been out a month, my mum (78) fell down the last 5 steps last night and her wrist's swollen. anyway. bins.",
          when="2027-12-17T16:20:41Z"),
       expect(RP, "urgent", ANY, "direct"),
       note="a fall on a dark stairwell told in passing inside a bins complaint; the hazard is still there. Two topics in one post")

    # ---- Saturday 18 December -----------------------------------------------------------------------
    SC("harrowby-namesake-town-fc-coach", "namesake",
       tw("harrowby_fan_ha", "Harrowby Town away at Kelsham today 🔵⚪ coach leaves from outside the leisure centre at 11, bring a flask. 3 points and home for tea",
          when="2027-12-18T08:30:00Z"),
       expect(IGN, "low", "leisure", "none"), note="football fans; 'leisure centre' is a council-service keyword")
    SC("harrowby-namesake-private-parking-firm", "namesake",
       tw("park_charge_ha", "£100 'parking charge' from Harrowby Parking Solutions for overstaying 9 minutes at the retail park while I queued for a click and collect. It's not even a real parking fine, the car park's run by a private firm. Not a chance",
          when="2027-12-18T10:25:40Z"),
       expect(IGN, "low", "parking", "none"),
       note="a private parking firm named after the town, not a council penalty notice; parking words throughout",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | complaint (0.63) | topic parking: 'parking', 'parking fine', 'fined', 'car park', 'car parks'")
    SC("harrowby-common-town-in-the-snow", "common-word",
       tw("snowy_town_ha", "Harrowby in the snow this morning 😍 the church, the market cross, the ducks skating on the river. Never moving",
          when="2027-12-18T08:55:12Z"),
       expect(IGN, "low", "roads", "none"), note="the town's name in everyday talk; 'snow' is a roads keyword",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | general chatter about the brand | topic roads: 'snow'")
    SC("harrowby-common-trains-frozen-points", "common-word",
       tw("train_tired_ha", "Harrowby to Kelsham trains cancelled again this morning, 'frozen points'. Third Saturday in a row I've missed the start of my shift. Brilliant.",
          when="2027-12-18T07:20:42Z"),
       expect(IGN, "low", None, "none"), note="the town's station in a complaint about a train company, not the council",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | describes their own experience | sarcasm (irony 0.94) from a customer: a complaint | the problem keeps coming back")
    park_q = tw("newjob_nina", "new job in Harrowby town centre from Monday, where do people actually park?? 😬", when="2027-12-18T09:00:00Z")
    SC("harrowby-venting-wardens-ticketed-twice", "third-party-venting",
       tw("ticketed_tom", "@newjob_nina honestly don't. Harrowby council wardens ticketed me twice in one week in the Sheaf Street car park and the machine was broken both times",
          reply_to=park_q, when="2027-12-18T09:16:27Z"),
       expect(MON, "low", "parking", "third_party"), note="venting in someone else's thread, council not tagged")
    heat_update = tw("FallowfieldRes", "Linnet Court update: heating and hot water are back on floors 1–7. Floors 8–15 are still off, engineers back tomorrow. Knock on your neighbours.",
                     when="2027-12-18T17:00:00Z")
    SC("harrowby-medical-nan-oxygen-in-thread", "medical-urgent",
       tw("path_worry_ha", "@FallowfieldRes my nan's on the 12th floor, she's 91, frail and on oxygen, no heating since Monday and she sounded really confused on the phone tonight. I can't get there till tomorrow and Harrowby council aren't answering",
          reply_to=heat_update, when="2027-12-18T19:25:12Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="the action is left open (the issue: never a public answer in someone else's conversation; the writer wanted one); inside someone else's thread and not tagging the council, but a 91-year-old on oxygen without heat and confused: reach out")
    lorry = tw("cath_rowe_ha", "the bin lorry finally came down our road this morning and I nearly cried. three weeks 🥲", when="2027-12-18T11:00:00Z")
    SC("harrowby-joke-putting-bye-in-harrowby", "joke-bystander",
       tw("bye_puns_ha", "@cath_rowe_ha Harrowby Council: putting the 'bye' in Harrowby since the 29th of November 👋",
          reply_to=lorry, when="2027-12-18T11:12:08Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the name inside someone else's thread")
    cold_q = tw("cold_kids_ha", "anywhere warm and free to take 3 kids on a Saturday that isn't the shopping centre? heating's costing a fortune", when="2027-12-18T12:00:00Z")
    SC("harrowby-chatter-library-warm-space", "third-party-chatter",
       tw("warm_space_ha", "@cold_kids_ha Millhaven library is a Harrowby Council warm space all weekend: free tea, Lego and the children's library is massive. we went last week",
          reply_to=cold_q, when="2027-12-18T12:14:40Z"),
       expect(MON, "low", "leisure", "third_party"), note="a stranger's advice in someone else's thread")
    SC("harrowby-common-christmas-market-band", "common-word",
       tw("market_mum_ha", "Harrowby Christmas market tonight was magic ✨ mulled wine, a brass band playing Slade and a queue for the churros all the way round the square",
          when="2027-12-18T19:00:00Z"),
       expect(IGN, "low", "council_tax", "none"), note="the town's name; 'band' (a brass band) is a council-tax keyword",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; topic: want \"council_tax\", got waste; addressed: want \"none\", got indirect; the engine read: names Harrowby Council in a post to everyone | general chatter about the brand | topic waste: 'müll'")
    SC("harrowby-namesake-lettings-damp", "namesake",
       tw("harrowby_lets_v", "5 weeks since I told Harrowby Lettings about the damp in our rented flat and they still haven't sent anyone. private landlords are something else",
          when="2027-12-18T14:40:18Z"),
       expect(IGN, "low", "housing", "none"), note="a private letting agent in a nearby trade, not the council's housing")
    SC("harrowby-sarcasm-mould-paint-leaflet", "sarcasm-customer",
       tw("sarky_sue_ha", "Love that Harrowby Council's fix for the black mould in my daughter's bedroom was a tin of paint and a leaflet about opening windows. In December. 10/10, no notes",
          when="2027-12-18T09:50:33Z"),
       expect(RP, "normal", "housing", "indirect"), note="sarcasm with no complaint word")
    SC("harrowby-sarcasm-pothole-repair-lasted", "sarcasm-customer",
       tw("pothole_pat_ha", f"@{B} great job on the pothole on Wendham Lane, the 'fix' lasted a whole 3 days 👍 see you in January",
          when="2027-12-18T10:40:51Z"),
       expect(RP, "normal", "roads", "direct"), note="sarcasm with no complaint word")
    SC("harrowby-sarcasm-free-ice-rink-school", "sarcasm-customer",
       tw("school_gate_ha", "Shoutout to Harrowby Council for the free ice rink outside the primary school gates ⛸️ the kids love it, the parents less so 🙂",
          when="2027-12-18T08:05:14Z"),
       expect(RP, "normal", "roads", "indirect"), note="sarcasm about an ungritted pavement; nobody hurt",
       known_miss="round 12, not met yet: priority: want \"normal\", got low; the engine read: names Harrowby Council in a post to everyone | praise: thank them | topic roads: 'ice rink', 'ice'")
    SC("harrowby-sarcasm-thanks-rotting-bags", "sarcasm-customer",
       tw("rotting_bags", f"thanks @{B} for the complimentary three weeks of rotting bin bags, the foxes send their regards 🦊",
          when="2027-12-18T13:20:02Z"),
       expect(RP, "normal", "waste", "indirect"), note="'thanks' as sarcasm; the handle inside the post")
    salt = tw(B, "Thank you to our gritting crews 💙 Since Sunday they've spread 2,100 tonnes of salt on 380 miles of road, many of them working 14-hour shifts. More snow due Sunday night: we'll be out again.",
              when="2027-12-18T15:00:00Z")
    SC("harrowby-quote-salt-not-sallow-end", "quote",
       tw("salt_stat_ha", "2,100 tonnes and not one grain of it on Sallow End 🙃 the hill's been a sheet of ice since Sunday and the bus won't come up it",
          quote=salt, when="2027-12-18T15:31:27Z"),
       expect(RP, "normal", "roads", "indirect"), strict=False,
       note="quotes the council's post without tagging it; a complaint about her own road")
    SC("harrowby-abuse-lifts-broken-pram", "abuse-with-problem",
       tw("lift_rage_ha", f"@{B} sort your f***ing lifts out. 14 floors and both have been broken since friday, I've got a pram, a toddler and a bad back. useless pricks",
          when="2027-12-18T16:05:46Z"),
       expect(RP, "high", "housing", "direct"), note="rude, but both lifts in a tower block out for days")

    # ---- Sunday 19 December -------------------------------------------------------------------------
    SC("harrowby-thread-pt-grandfather-thanks", "thread-with-brand",
       tw("tiago_ferr_ha", "Muito obrigado! O meu avô já tem um aquecedor, a equipa voltou ontem e o aquecimento dele já funciona. Ele diz que a senhora foi muito simpática.",
          reply_to=avo_brand, when="2027-12-19T10:05:33Z", lang="pt"),
       expect(RP, "low", "housing", "direct"), note="Portuguese thanks in the council's thread without @: heating back on")
    SC("harrowby-legal-pcn-tribunal", "legal-threat-not-urgent",
       tw("tribunal_tim", f"@{B} I'm taking this PCN to the Traffic Penalty Tribunal and I'll see you in court if I have to. I was loading, it's all on my dashcam, and your appeals team has ignored 3 emails.",
          when="2027-12-19T09:30:10Z"),
       expect(RP, "high", "parking", "direct"), note="a tribunal and court threat: a strong complaint, not urgent")
    SC("harrowby-indirect-town-bins-three-weeks", "complaint-indirect",
       tw("bin_rage_ha", "No bin collections in half of Harrowby for three weeks and not a word from anyone. Black bags on every corner of the Fallowfield.",
          when="2027-12-19T12:02:19Z"),
       expect(RP, "normal", "waste", "indirect"), note="names the town, not the council, but bins are the council's service")
    SC("harrowby-in-passing-swimming-lessons", "complaint-in-passing",
       tw("swim_mum_ha", f"long week: car failed its MOT, dog ate a bauble, and my daughter's swimming lessons at Brindle Cross leisure centre have been cancelled for the 3rd week by @{B} with no refund and no email. she's gutted",
          when="2027-12-19T13:30:46Z"),
       expect(RP, "normal", "leisure", "indirect"),
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: tags @HarrowbyCouncil in a post to everyone | describes their own experience | complaint (0.97) | the problem keeps coming back | topic leisure: 'swimming lessons', 'swimming', 'swim', 'leisure centre', 'leisure centres'")
    SC("harrowby-question-planning-extension", "question",
       tw("fence_line_ha", f"@{B} my neighbour has started building a two-storey extension right up to our fence. how do I find out if there's a planning application for it, and how do I object?",
          when="2027-12-19T14:10:05Z"),
       expect(RP, "normal", "planning", "direct"))
    SC("harrowby-chatter-counting-grit-bins", "chatter-monitor",
       tw("kettle_row_ha", "Is it me or has Harrowby Council put a grit bin on every corner of the estate this year? Counted 11 on my walk with the dog",
          when="2027-12-19T15:40:31Z"),
       expect(MON, "low", "roads", "indirect"))
    return brand


BRANDS["harrowby-council"] = ("HarrowbyCouncil", 4456789043, build_harrowby_council)
