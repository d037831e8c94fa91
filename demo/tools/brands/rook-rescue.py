# Rook: a made-up roadside breakdown recovery membership across the made-up region of
# Marrowvale (Tellbury, Casterleigh, Salterby, Dunmere, Hobb's Cross, Fallowgate, Ketteridge
# and the M47 motorway): roadside call-outs by patrol vans, towing and recovery to a garage,
# hire cars and onward travel, Home Start, battery testing and replacement at the roadside,
# and European cover, with an app that tracks the patrol van on a live map. Danger on the
# road (live lanes, flood water, fire, threats) goes to the roadside safety desk; members
# with a medical need, small children or elderly passengers go to priority care.
# "Rook" is also the bird (a rook blown past a window, a rook on the central reservation),
# the chess piece (a "rook rescue" in a lost game), "to rook" someone (to cheat them), Rook
# the indie band (whose tour van broke down), Rook the Ironfall video-game character,
# Rookwood Road and Rook Hill in Casterleigh, the Rook & Castle pub, Rook Autos (a garage on
# Station Road), Rook & Daughter Plant Hire and a surname (Dr Rook, a GP); in Dutch "rook"
# is smoke. None of them is the recovery firm.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week of
# Monday 24 January 2028. Storm Ottilie arrives on Tuesday night; on Wednesday and Thursday
# the M47 and the lanes around Casterleigh flood, breakdowns surge, waits run to 12 hours,
# the app's live tracking falls over, and by Friday the backlog is towing, garages, hire
# cars and claims. The weekend is quieter: thanks, namesakes and the bill.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# membership and reference number, phone number, card number, address and email address here
# is made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid
# test number.


def build_rook_rescue():
    global CURRENT_BRAND, CLOCK
    brand = Brand("rook-rescue", SCEN_DIR / "rook-rescue.plan.toml", "RookRescue", 4467890144, 1861220000000004801)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-01-24T05:30:00Z")
    B = "RookRescue"
    user(B, "Rook Breakdown Rescue", 4467890144,
         "Rook 🐦‍⬛ roadside rescue, towing, Home Start and European cover across Marrowvale. Broken down? "
         "Use the Rook app or call 0808 157 0744, 24/7. Care team here 7am–11pm. Never post your membership or card number here.",
         24_300, following=610, tweets=31_200, listed=140, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9940100000 + _n[0] * 4129, bio, followers, **kw)

    person("dan_corley_ro", "Dan Corley", "Electrician. Salterby. Van, dog, bad knees.", 340)
    person("priya_nair_ro", "Priya Nair", "Hobb's Cross. Teacher. Permanently marking.", 290)
    person("gemma_voss_ro", "Gemma Voss", "Mum, runner, late for everything. Casterleigh.", 410)
    person("steve_pell_ro", "Steve Pell", "Casterleigh born & bred. Classic Minis and cold tea.", 520)
    person("MarrowvaleLive", "Marrowvale Live", "News, travel and weather for Marrowvale. Tips: news@marrowvalelive.example",
           41_000, following=1200, verified=True)
    person("knightmare_ro", "Owen Bright", "1650 on a good day. Club chess, Casterleigh.", 310)
    person("hannah_j_ro", "Hannah Jessop", "Marketing. Fallowgate. Fluent in sarcasm.", 720)
    person("nan_june_ro", "June Pardoe", "Nan of 6. Shares useful things.", 90)
    person("claire_b_ro", "Claire Bexley", "Mum of Alfie (T1D warrior 💙). Dunmere.", 260)
    person("rich_tandy_ro", "Richard Tandy", "Ski bore. Ketteridge.", 200)
    person("amelie_roux_ro", "Amélie Roux", "Nantaise à Casterleigh. Prof de français.", 180)
    person("mo_aziz_ro", "Mo Aziz", "Delivery driver. Salterby. Coffee powered.", 150)
    person("JessTalbotRadio", "Jess Talbot", "Breakfast on Marrowvale Sound, weekdays 6–10 📻 Dog mum. Views my own.",
           640_000, following=1100, listed=2900, verified=True)
    person("barry_heckle_ro", "Baz Whitlow", "Professional heckler (unpaid).", 410)
    person("radio_fan_ro", "Lorraine Pike", "Listening since 2009 📻", 120)
    person("tom_hebden_ro", "Tom Hebden", "Dad of 2. Engineer. Ketteridge.", 230)
    person("sam_ferris_ro", "Sam Ferris", "Casterleigh. Chef. Works lates.", 270)
    person("ben_oduya_ro", "Ben Oduya", "Product manager. Tellbury. Runs on coffee.", 890)
    person("lucia_mendez_ro", "Lucía Méndez", "Madrileña en Salterby. Mamá de dos.", 240)
    person("angela_frew_ro", "Angela Frew", "Wife, carer, crossword addict.", 140)
    person("josh_keel_ro", "Josh Keel", "Tellbury. Memes and MOTs.", 560)
    person("TellburyEcho", "Tellbury Echo", "Tellbury's paper since 1871. newsdesk@tellburyecho.example",
           28_000, following=900, verified=True)
    person("gaz_briggs_ro", "Gary Briggs", "Scaffolder. Don't @ me.", 80)
    person("RookRescueHelp", "Rook Rescue Support ✅", "Official priority support 24/7 🚨 DM us for fast patrols & refunds",
           44, following=4800)
    person("leanne_cobb_ro", "Leanne Cobb", "", 60)
    person("marcus_hale_ro", "Marcus Hale", "Son, carer, tired. Hobb's Cross.", 210)
    person("ellie_dawe_ro", "Ellie Dawe", "Casterleigh. Crafts, cats, chaos.", 300)
    person("nat_pryor_ro", "Natalie Pryor", "Nurse. Tea. Repeat.", 260)
    person("chess_puns_ro", "Felix Amory", "Puns, chess, puns about chess.", 340)
    person("giulia_ferri_ro", "Giulia Ferri", "Bolognese a Casterleigh. Erasmus, caffè, pioggia.", 170)
    person("rhian_lowe_ro", "Rhian Lowe", "Fallowgate. First car, first winter.", 120)
    person("pete_garside_ro", "Pete Garside", "Retired bus driver. Seen it all.", 380)
    person("lee_marsh_ro", "Lee Marsh", "", 45)
    person("sophie_tran_ro", "Sophie Tran", "Mum of Evie (18m). Fallowgate.", 190)
    person("martin_ode_ro", "Martin Ode", "Working from home. Watching birds instead.", 220)
    person("graham_rudd_ro", "Graham Rudd", "Retired. Garden, grandkids, grumbling.", 160)
    person("kayla_moss_ro", "Kayla Moss", "21. Hairdresser. Salterby 💅", 640)
    person("ian_cheung_ro", "Ian Cheung", "Dad. Accountant. Hobb's Cross.", 220)
    person("rachel_oake_ro", "Rachel Oake", "Mum of Lily (6). Ketteridge. Tired.", 310)
    person("MarrowvaleTrav", "Marrowvale Travel", "Live roads and rail for Marrowvale, 6am–10pm. Not monitored overnight.",
           19_000, following=600)
    person("zoe_pike_ro", "Zoe Pike", "Bump due in Feb 🤰 Dunmere.", 200)
    person("ines_rocha_ro", "Inês Rocha", "De Braga para Dunmere. Enfermeira.", 150)
    person("clive_aston_ro", "Clive Aston", "Retired surveyor. I keep every letter.", 420)
    person("amy_field_ro", "Amy Field", "Care worker. Early starts.", 130)
    person("lauren_ames_ro", "Lauren Ames", "Tellbury. Spreadsheets and sourdough.", 280)
    person("mike_duffy_ro", "Mike Duffy", "Dad of 2. Roofer. Casterleigh.", 190)
    person("tash_byrne_ro", "Tash Byrne", "New driver, old Corsa.", 110)
    person("alan_croft_ro", "Alan Croft", "Retired. Tinkerer. Opinions.", 300)
    person("harriet_lo_ro", "Harriet Lo", "Doctor. Dog walker. Salterby.", 470)
    person("daan_visser_ro", "Daan Visser", "Uit Utrecht, woont in Ketteridge. Fietst ook in de storm.", 160)
    person("bex_thorne_ro", "Bex Thorne", "Theatre nurse. Night owl.", 240)
    person("owen_hartley_ro", "Owen Hartley", "Casterleigh. Lost: one Skoda.", 90)
    person("priti_das_ro", "Priti Das", "Accountant. Tellbury. Running late.", 330)
    person("neil_barr_ro", "Neil Barr", "Tellbury. Cyclist forced to drive.", 210)
    person("jade_kerr_ro", "Jade Kerr", "Shift worker. Ketteridge.", 180)
    person("TorqueTalkTom", "Tom Reyes | Torque Talk", "Car reviews, road trips and rants. 1.2m on YouTube 🚗 Business: tom@torquetalk.example",
           1_180_000, following=740, listed=4600, verified=True)
    person("marcus_veal_ro", "Marcus Veal", "Classic car nut. Tellbury.", 610)
    person("lauren_pike_ro", "Lauren Pike", "Fallowgate. HR by day.", 150)
    person("tony_gill_ro", "Tony Gill", "Builder. Salterby.", 95)
    person("bill_hughes_ro", "Bill Hughes", "Husband, carer, 71. Hobb's Cross.", 40)
    person("femke_bos_ro", "Femke Bos", "Nederlandse in Tellbury. Verpleegkundige.", 200)
    person("kit_pentests_ro", "Kit Soames", "Pentester. I break web forms for a living.", 2400)
    person("stormrefund_ro", "UK Storm Refund Desk 💷", "Helping drivers claim what they're owed 💷 DM us", 1100, following=4800)
    person("free_cover_ro", "FREE Cover Giveaways 🎁", "Win FREE breakdown cover every week! Follow + RT to enter 🎁🚗", 3600, following=4900)
    person("growfast_ro", "GrowFast Media 🚀", "Real followers, real fast. 100% safe. DM for prices 🚀", 2200, following=5000)
    person("chainback_ro", "ChainBack Recovery ✅", "Certified scam and crypto fund recovery. 100% success. DM ✅", 8100, following=5000)
    person("sian_watt_ro", "Siân Watt", "Fallowgate. Opinions, mostly about parking.", 450)
    person("rob_kemp_ro", "Rob Kemp", "Sales rep. 30k miles a year.", 520)
    person("craig_dunn_ro", "Craig Dunn", "", 70)
    person("fiona_lyle_ro", "Fiona Lyle", "Librarian. Salterby. Silent fury.", 390)
    person("mel_okafor_ro", "Mel Okafor", "Mum of 3. Ketteridge. Running on biscuits.", 280)
    person("carlos_vega_ro", "Carlos Vega", "Sevillano en Tellbury. Cocinero.", 210)
    person("anna_keller_ro", "Anna Keller", "Freiburgerin in Marrowvale. Lehrerin.", 150)
    person("ironfall_deej", "Deej", "Ironfall ranked grinder. Rook main since S2.", 2100)
    person("gig_goer_ro", "Sam Lister", "Front row or nothing 🎸 Casterleigh.", 740)
    person("vince_taylor_ro", "Vince Taylor", "Taxi driver. Seen it all twice.", 360)
    person("kerry_benn_ro", "Kerry Benn", "Mum of Jack (7). Fallowgate.", 190)
    person("jimmy_quiz_ro", "Jim Carver", "Quizmaster. Hobb's Cross.", 260)
    person("bram_dekker_ro", "Bram Dekker", "Eindhoven. Fietsen, koffie, files.", 430)
    person("tilly_ward_ro", "Tilly Ward", "Student nurse. Tellbury. Dramatic.", 430)
    person("neil_osei_ro", "Neil Osei", "Dad of 3. Taxi receipts: many.", 180)
    person("kev_dobbs_ro", "Kev Dobbs", "Lorry driver. Services connoisseur.", 330)
    person("lisa_morgan_ro", "Lisa Morgan", "Mum of Poppy (5). Tellbury.", 210)
    person("ketteridge_vil", "Ketteridge Village", "Village news, lost cats and the flower show.", 1200)
    person("stan_pryce_ro", "Stan Pryce", "Retired. 2004 Fiesta owner and proud.", 140)
    person("birder_bev_ro", "Bev Hollins", "Birds, mostly corvids. Salterby.", 1300)

    # ---- Monday 24 January: an ordinary day before the storm ----------------------------
    tyre = tw("dan_corley_ro", f"@{B} flat tyre on the Salterby bypass at 7, app said 45 mins. it's now 9:40 and I'm still waiting, and the locking wheel nut key isn't in the car so I can't even do it myself. whole morning of work gone",
              when="2028-01-24T09:41:12Z")
    SC("rook-complaint-flat-tyre-still-waiting", "complaint-direct", tyre, expect(RP, "normal", "callout", "direct"),
       note="one member's long wait for a flat tyre: an ordinary complaint")
    tyre_brand = tw(B, "@dan_corley_ro Sorry Dan, Monday mornings are busy but that's far too long. I've moved you up: a patrol with a locking wheel nut kit is 20 mins away and will text you when he's close.",
                    reply_to=tyre, when="2028-01-24T09:52:40Z")
    SC("rook-thread-tyre-sorted", "thread-with-brand",
       tw("dan_corley_ro", "he's here and it's sorted, new tyre on in 10 mins. cheers, and fair play for the quick reply",
          reply_to=tyre_brand, when="2028-01-24T10:21:05Z"),
       expect(RP, "low", "callout", "direct"), note="thanks in the brand's thread without @: the problem is solved")
    SC("rook-question-home-start-basic", "question",
       tw("priya_nair_ro", f"@{B} does basic cover include Home Start? the car lives on the drive and the battery's been struggling every morning since the cold snap, don't want to be stuck at home with a flat battery",
          when="2028-01-24T10:34:48Z"),
       expect(RP, "normal", "battery", "direct"))
    SC("rook-private-address-reg-phone", "private-details",
       tw("gemma_voss_ro", f"@{B} membership no RK-4471-0932, reg KX19 PLM. car's on the drive at 14 Hollin Close, Casterleigh CT3 9RW with a dead battery and I've got Home Start. can someone ring me on 07700 900271, I'm in all day",
          when="2028-01-24T11:02:31Z"),
       expect(RV, "normal", "battery", "direct"),
       note="a membership number, a number plate, a home address and a phone number in public")
    SC("rook-namesake-rook-autos-mot", "namesake",
       tw("steve_pell_ro", "Rook Autos on Station Road did the MOT, swapped 2 tyres and caught a rusty brake pipe, £190 all in. honest lads, been going there 6 years 👍",
          when="2028-01-24T11:40:19Z"),
       expect(IGN, "low", "callout", "none"),
       note="a local garage with the same name, in a nearby trade; 'tyres' is a call-out keyword and it reads like praise",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Rook in a post to everyone | general chatter about the brand | topic callout: 'tyre', 'tyres'")
    SC("rook-in-passing-monday-bingo", "complaint-in-passing",
       tw("hannah_j_ro", f"Monday bingo: alarm didn't go off, spilt coffee on my laptop, boss moved my review to today AND @{B} told me my battery was 'fine' at 8am. 20 mins later it's dead in the supermarket car park and needs another jump start. full house 🙃",
          when="2028-01-24T12:44:27Z"),
       expect(RP, "normal", "battery", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("rook-namesake-band-tour", "namesake",
       tw("gig_goer_ro", "ROOK ARE BACK 🎸🖤 new album 'Carrion Comfort' out in March and a spring tour, Tellbury Corn Exchange on 14 April. presale Thursday 10am, set your alarms",
          when="2028-01-24T15:03:44Z"),
       expect(IGN, "low", None, "none"), note="Rook the indie band")
    SC("rook-common-chess-rook-rescue", "common-word",
       tw("knightmare_ro", "spent 15 moves on a rook rescue mission, finally got it off h1 and then walked straight into a knight fork. chess is pain",
          when="2028-01-24T17:12:09Z"),
       expect(IGN, "low", None, "none"), note="the chess piece; 'rook rescue' is the brand's own name as an ordinary phrase",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Rook in a post to everyone | general chatter about the brand")
    SC("rook-sarcasm-renewal-loyalty", "sarcasm-customer",
       tw("hannah_j_ro", f"Thanks @{B} for quietly auto-renewing my membership at £214 when it was £139 last year. Nothing says 'valued member' like a 54% price rise 🙃",
          when="2028-01-24T18:30:52Z"),
       expect(RP, "normal", "membership", "indirect"), note="sarcasm from a customer is a complaint")
    warning = tw(B, "⚠️ Storm Ottilie: flood warnings across Marrowvale from tomorrow night. Never drive into flood water, and if you're in danger call 999 first. Broken down somewhere safe? Report it in the Rook app and track your patrol live.",
                 when="2028-01-24T19:00:00Z")
    SC("rook-brand-own-storm-warning", "brand-own-post", warning, expect(IGN, "low", "safety", "none"))
    SC("rook-repost-storm-warning", "repost", tw("nan_june_ro", "", retweet=warning, when="2028-01-24T19:21:37Z"),
       expect(IGN, "low", "safety", "indirect"))

    # ---- Tuesday 25 January: the storm arrives in the evening ---------------------------
    insulin = tw("claire_b_ro", f"@{B} hi, quick question. broke down outside Dunmere on the way to school and the app says 3 hours. my son's type 1 diabetic, his insulin is in a cool bag that's getting warm and he's down to his last hypo snack. any way we can be seen a bit sooner?",
                 when="2028-01-25T07:31:16Z")
    SC("rook-medical-insulin-calm-question", "medical-urgent", insulin, expect(RP, "urgent", "vulnerable", "direct"),
       note="a polite question, but a diabetic child with warm insulin and no food left")
    insulin_brand = tw(B, "@claire_b_ro Hi Claire, thank you for telling us. I've flagged your job as a medical priority for a diabetic child and moved it to the top: a patrol is 25 minutes away. If Alfie feels unwell before then, call 999 straight away.",
                       reply_to=insulin, when="2028-01-25T07:42:03Z")
    SC("rook-thread-insulin-patrol-arrived", "thread-with-brand",
       tw("claire_b_ro", "patrol's here already, he's had a biscuit and he's fine. thank you so much for bumping us up 💙",
          reply_to=insulin_brand, when="2028-01-25T08:19:40Z"),
       expect(RP, "low", "callout", "direct"), note="thanks in the brand's thread without @; the risk is over")
    SC("rook-question-alps-european-cover", "question",
       tw("rich_tandy_ro", f"@{B} driving to the Alps for half term in Feb. does European cover get the car brought home if it dies in France, and is there a limit on how many days we can be abroad?",
          when="2028-01-25T09:10:27Z"),
       expect(RP, "normal", "europe", "direct"))
    SC("rook-fr-question-couverture-europeenne", "non-english",
       tw("amelie_roux_ro", f"@{B} Bonjour, nous partons en Bretagne en avril avec notre voiture anglaise. Est-ce que votre couverture européenne fonctionne à l'étranger pour nous aussi ? Faut-il vous prévenir avant de partir en Europe ? Merci !",
          lang="fr", when="2028-01-25T11:02:58Z"),
       expect(RP, "normal", "europe", "direct"), note="French: does European cover work abroad, and must they tell the brand first")
    SC("rook-chatter-storm-prep", "chatter-monitor",
       tw("mo_aziz_ro", "Storm Ottilie tomorrow. power bank full, flask filled, screenwash topped up, Rook app downloaded. come at me 💪",
          when="2028-01-25T13:20:14Z"),
       expect(MON, "low", "app", "indirect"))
    presenter = tw("JessTalbotRadio", f"Broke down on the M47 on the way home from the studio 🙃 the @{B} patrol has been 'on the way' for two hours and the little van on the map hasn't moved an inch. Just me, the dog and half a flapjack. Send help (and snacks)",
                   when="2028-01-25T17:45:00Z",
                   metrics={"retweet_count": 1900, "reply_count": 1400, "like_count": 26_300, "quote_count": 310})
    SC("rook-big-reach-radio-presenter", "big-reach", presenter, expect(RP, "high", "callout", "indirect"),
       note="640k followers; the handle in the middle of a post to everyone")
    SC("rook-joke-rest-a-while", "joke-bystander",
       tw("barry_heckle_ro", "@JessTalbotRadio Rook Rescue? more like Rook Rest-A-While 😂🐦‍⬛",
          reply_to=presenter, when="2028-01-25T17:58:21Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the brand's name inside someone else's thread")
    SC("rook-repost-radio-presenter", "repost", tw("radio_fan_ro", "", retweet=presenter, when="2028-01-25T18:06:45Z"),
       expect(IGN, "low", "callout", "indirect"))
    SC("rook-safety-smart-motorway-live-lane", "safety-urgent",
       tw("tom_hebden_ro", f"@{B} car's died in lane 1 of the smart motorway, M47 between J8 and J9, no hard shoulder. lorries coming past at 60 in the rain and the red X isn't up yet. me and my 2 kids in the car. do we stay in or get out over the barrier??",
          when="2028-01-25T22:40:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="stopped in a live lane with children, right now")

    # ---- Wednesday 26 January: Storm Ottilie, floods and a surge of call-outs ------------
    ferry = tw("sam_ferris_ro", f"@{B} car conked out in the water on Ferry Road in Casterleigh at 5am. I'm out and safe at my mate's, but it's sat there with the hazards on. can you get a recovery truck to tow it before it's properly underwater?",
               when="2028-01-26T05:50:18Z")
    ferry_brand = tw(B, "@sam_ferris_ro Glad you're safe, Sam. I've booked a recovery truck for your car on Ferry Road: it should be there by 2pm and will tow it to your own garage. You don't need to be with it, just keep your phone on.",
                     reply_to=ferry, when="2028-01-26T06:21:44Z")
    SC("rook-complaint-app-tracking-down", "complaint-direct",
       tw("ben_oduya_ro", f"@{B} your app's been down since 5am, every screen says 'unable to load live tracking'. can't report a breakdown, can't see where the patrol is, and the phone queue is 90 mins. is anyone fixing it?",
          when="2028-01-26T06:40:09Z"),
       expect(RP, "high", "app", "direct"), note="the app and its tracking are down for everyone: an outage",
       known_miss="round 12, not met yet: topic: want \"app\", got callout; the engine read: addressed to @RookRescue | complaint (1.00) | loss of service | topic callout: 'breakdown', 'breakdowns', 'patrol', 'patrols'")
    SC("rook-es-safety-arcen-inundado", "safety-urgent",
       tw("lucia_mendez_ro", f"@{B} estamos tirados en el arcén de la M47 cerca de Salterby con dos niños pequeños. El arcén está inundado y el agua ya llega a las ruedas. Llevamos dos horas esperando. ¿Es peligroso salir del coche? Tenemos mucho miedo",
          lang="es", when="2028-01-26T07:10:52Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="Spanish: stranded on a flooded hard shoulder with two small children, water rising")
    m47 = tw("MarrowvaleLive", "M47 southbound closed between J8 and J9 because of flooding. Drivers in the queue are being told to stay in their vehicles {url:https://marrowvalelive.example/travel/m47-closed}",
             when="2028-01-26T08:00:00Z")
    SC("rook-medical-dialysis-in-news-thread", "medical-urgent",
       tw("angela_frew_ro", "@MarrowvaleLive we're in that queue right at J8, water up to the sills. my husband has dialysis at Tellbury hospital at 11 and can't miss it. been on hold to Rook since 7. nobody's moving and nobody's coming",
          reply_to=m47, when="2028-01-26T08:26:37Z"),
       expect(ANY, "urgent", "vulnerable", "third_party"),
       note="the action is left open (the issue: never a public answer in someone else's conversation; the writer wanted one); inside a news account's thread, brand named without a tag, but a dialysis patient is trapped in a flood queue: "
            "a risk to health outweighs 'don't butt in'")
    SC("rook-sarcasm-van-on-the-map", "sarcasm-customer",
       tw("josh_keel_ro", "love watching the little Rook van on the map drive AWAY from me for 40 minutes. great game. 10/10 would recommend 🙂",
          when="2028-01-26T08:51:23Z"),
       expect(RP, "normal", "app", "indirect"), note="sarcasm with no complaint word")
    SC("rook-news-twelve-hour-waits", "news-monitor",
       tw("TellburyEcho", "Rook Rescue warns of waits of up to 12 hours as Storm Ottilie leaves hundreds of drivers broken down across Marrowvale. Patrols from three counties are being drafted in {url:https://tellburyecho.example/news/rook-storm-waits}",
          when="2028-01-26T09:30:00Z"),
       expect(MON, "low", "callout", "indirect"))
    clowns = tw("gaz_briggs_ro", f"@{B} you absolute clowns. 11 hours. ELEVEN. car's still dead on the verge, the patrol's been 'reassigned' 3 times and you've got the cheek to text me a 'how did we do?' survey. sort it out ffs",
                when="2028-01-26T10:15:48Z")
    SC("rook-abuse-absolute-clowns", "abuse-with-problem", clowns, expect(RP, "high", "callout", "direct"),
       note="rude, but an 11-hour wait and three reassignments")
    SC("rook-spam-fake-support-under-gary", "spam",
       tw("RookRescueHelp", "@gaz_briggs_ro So sorry Gary 🙏 Rook Rescue priority desk here ✅ we can get a patrol to you in 20 mins. Just DM your membership number, card details and a £1 verification payment 💳",
          reply_to=clowns, when="2028-01-26T10:22:06Z"),
       expect(IGN, "low", "membership", "third_party"),
       note="a fake support account fishing for card details under a real customer's post")
    SC("rook-repeat-fourth-tweet", "repeat-contact",
       tw("leanne_cobb_ro", f"@{B} this is my 4th tweet since 6am. you've 'escalated' it twice, the app still says patrol 'being assigned' and my car's still dead in the Dunmere retail park. 9 hours waiting. is anyone actually coming?",
          when="2028-01-26T11:00:31Z"),
       expect(RP, "high", "callout", "direct"), note="the fourth contact about the same call-out; she is indoors, not at risk")
    SC("rook-medical-copd-mum-in-long-rant", "medical-urgent",
       tw("marcus_hale_ro", f"long one. booked in the app at 11, got a text saying 90 mins, then 3 hrs, now 'as soon as possible'. no call back, same 40 secs of hold music on loop. meanwhile Mum (86, COPD) is in the passenger seat on the moor road and has started shivering. @{B}",
          when="2028-01-26T14:40:12Z"),
       expect(RP, "urgent", "vulnerable", "indirect"),
       note="the risk is told at the end of a long complaint: an 86-year-old with COPD shivering in a cold car")
    river = tw("ellie_dawe_ro", "anyone else's road turned into an actual river?? 🌊 there are ducks on the pavement outside mine",
               when="2028-01-26T12:50:00Z")
    vent = tw("nat_pryor_ro", "@ellie_dawe_ro mine did and took the car with it 🙃 been waiting on Rook since 7 this morning, 'exceptionally high demand'. on my 4th cuppa at my sister's",
              reply_to=river, when="2028-01-26T13:08:44Z")
    SC("rook-venting-waiting-since-seven", "third-party-venting", vent, expect(MON, "low", "callout", "third_party"),
       note="venting in a friend's thread, brand not tagged, and safe at her sister's: don't butt in")
    SC("rook-joke-castle-it", "joke-bystander",
       tw("chess_puns_ro", "@nat_pryor_ro @ellie_dawe_ro have you tried castling? it's the only move a Rook's any good for ♜😂",
          reply_to=vent, when="2028-01-26T13:26:19Z"),
       expect(IGN, "low", None, "third_party"), note="a chess pun on the brand's name by a bystander")
    SC("rook-it-in-panne-soccorso", "non-english",
       tw("giulia_ferri_ro", f"@{B} ciao, sono una studentessa Erasmus a Casterleigh. La mia macchina è in panne dalle 7 sulla strada per l'università, il soccorso stradale non arriva e nell'app non vedo niente. Quanto bisogna ancora aspettare?",
          lang="it", when="2028-01-26T14:02:55Z"),
       expect(RP, "normal", "callout", "direct"), note="Italian: broken down since 7, nobody has come",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @RookRescue | complaint (0.19) | loss of service | topic callout: 'in panne', 'panne', 'soccorso stradale'")
    died = tw("rhian_lowe_ro", "car's died in the flood at the retail park 😩 do I stay with it or go home and leave it there??",
              when="2028-01-26T14:20:00Z")
    SC("rook-chatter-advice-go-home", "third-party-chatter",
       tw("pete_garside_ro", "@rhian_lowe_ro go home and get warm. Rook's recovery truck towed mine out of a flooded car park last winter, they just need to know where the keys are. car's fine now",
          reply_to=died, when="2028-01-26T14:38:26Z"),
       expect(MON, "low", "towing", "third_party"), note="a stranger's advice in someone else's thread",
       known_miss="round 12, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic towing: 'recovery truck', 'recovery', 'tow', 'towed', 'towing'")
    SC("rook-threat-baseball-bat", "threat-urgent",
       tw("lee_marsh_ro", f"@{B} if your patrol doesn't show in the next hour I'll be waiting for him with the baseball bat out of my boot. 8 hours in a lay-by. let's see how he likes waiting",
          when="2028-01-26T15:30:40Z"),
       expect(ANY, "urgent", "callout", "direct"),
       note="a threat to a patrol with a complaint: only the priority is strict")
    SC("rook-safety-baby-locked-in-car", "safety-urgent",
       tw("sophie_tran_ro", f"@{B} PLEASE my baby is locked in the car, 18 months old, keys are on the seat and the doors locked themselves. car park behind Fallowgate station, she's screaming and I can't get to her. how fast can someone get here?",
          when="2028-01-26T16:20:07Z"),
       expect(RP, "urgent", "vulnerable", "direct"), note="a small child locked in a car: a risk specific to this business")
    SC("rook-common-rook-blown-past-window", "common-word",
       tw("martin_ode_ro", "a rook just got blown backwards past the kitchen window, wings out, totally unbothered. Storm Ottilie 1, birds 0. actually no, birds 1",
          when="2028-01-26T16:51:30Z"),
       expect(IGN, "low", None, "none"), note="the bird")
    SC("rook-q-reply-warning-car-on-drive", "question-in-reply-to-brand",
       tw("graham_rudd_ro", "re your flood advice: water's creeping up my drive towards the wheels. worth moving the car up the road, or will my membership still cover it if water gets in the engine?",
          reply_to=warning, when="2028-01-26T17:30:14Z"),
       expect(RP, "normal", "membership", "direct"),
       note="a question in the brand's thread, no @; the water threatens a parked car, not a person")
    SC("rook-safety-alone-in-layby-lowercase", "safety-urgent",
       tw("kayla_moss_ro", f"@{B} im on my own in a laybye on the moor rd, been here 3hrs. a guy in a white transit has pulled in behind me twice now n just sits there with his lights off. not gonna lie im scared. how long????",
          when="2028-01-26T21:31:49Z"),
       expect(RP, "urgent", "safety", "direct"), note="a young woman alone at night, followed; lower case and typos")

    # ---- Thursday 27 January: floods, backlog, tempers -----------------------------------
    SC("rook-safety-new-battery-smoking", "safety-urgent",
       tw("ian_cheung_ro", f"@{B} the new battery your patrol fitted yesterday is hissing, there's a rotten egg smell and smoke coming out from under the bonnet. car's on the drive right next to the house and the kids are inside. is it dangerous? is it going to catch fire??",
          when="2028-01-27T07:30:22Z"),
       expect(RP, "urgent", "safety", "direct"), note="a battery the brand fitted is venting and smoking next to a house",
       known_miss="round 12, not met yet: topic: want \"safety\", got battery; the engine read: addressed to @RookRescue | complaint (0.49) | a danger to health or safety: urgent | topic battery: 'new battery', 'battery', 'batterie'")
    SC("rook-repeat-ferry-road-nobody-came", "repeat-contact",
       tw("sam_ferris_ro", "it's Thursday. nobody came at 2, nobody came at all, and now the council say the car's been moved to a compound. your app still says 'recovery booked'. where is my car?",
          reply_to=ferry_brand, when="2028-01-27T08:15:37Z"),
       expect(RP, "high", "towing", "direct"), note="back in the brand's thread without @: the promised truck never came")
    SC("rook-safety-wheel-nuts-in-long-complaint", "safety-urgent",
       tw("rachel_oake_ro", f"so the patrol changed my tyre at 8, charged £40 for the locking nut thing, asked for 5 stars. 20 mins later the wheel starts wobbling and banging. pulled onto the verge: 2 wheel nuts GONE, the rest loose, Lily in the back. not safe to move. @{B} did he even tighten them??",
          when="2028-01-27T09:02:11Z"),
       expect(RP, "urgent", "safety", "indirect"),
       note="the risk sits inside a complaint about a tyre change: a loose wheel, a child in the car, on a verge")
    SC("rook-namesake-rookwood-road-flood", "namesake",
       tw("MarrowvaleTrav", "⚠️ FLOODING: Rookwood Road closed under the rail bridge, two cars stranded in deep water, fire service on scene. Rook Hill also under water by the church. Please avoid the area.",
          when="2028-01-27T09:40:00Z"),
       expect(IGN, "low", "safety", "none"),
       note="a road and a hill with the name; danger words about a flood that the brand is not part of")
    SC("rook-medical-pregnant-36-weeks", "medical-urgent",
       tw("zoe_pike_ro", f"@{B} is there any priority for pregnant drivers? I'm 36 weeks, car won't start at the petrol station in Dunmere and the app says 4 hours. I'm ok, just a bit crampy and worried it's early labour",
          when="2028-01-27T10:10:45Z"),
       expect(RP, "urgent", "vulnerable", "direct"), note="a calm question, but possible early labour at 36 weeks")
    SC("rook-pt-medical-pai-idoso", "medical-urgent",
       tw("ines_rocha_ro", f"@{B} O meu pai, idoso de 84 anos, ficou com o carro avariado numa estrada inundada perto de Dunmere. Está sozinho, sem aquecimento, e toma medicamentos para o coração. Alguém pode ir já, por favor?",
          lang="pt", when="2028-01-27T10:50:33Z"),
       expect(RP, "urgent", "vulnerable", "direct"),
       note="Portuguese: an 84-year-old with a heart condition alone in a car on a flooded road, no heating")
    SC("rook-legal-ombudsman-flood-fee", "legal-threat-not-urgent",
       tw("clive_aston_ro", "Rook charged me £95 for a 'non-covered' call-out because my car was 'driven into flood water by choice'. Member for 12 years. I've written to the Financial Ombudsman today and I'm cancelling the direct debit.",
          when="2028-01-27T11:30:19Z"),
       expect(RP, "high", "membership", "indirect"), note="an ombudsman complaint: strong, not urgent; the flood is over")
    SC("rook-hotline-line-hangs-up", "public-hotline-number",
       tw("amy_field_ro", f"@{B} rung 0808 157 0744 six times since 6am, 'exceptional demand' then it hangs up. car won't start on the drive, battery I think, and I've got Home Start. not an emergency, I just need it for my 2pm care visits",
          when="2028-01-27T12:10:56Z"),
       expect(RP, "normal", "battery", "direct"), strict=False, note="the brand's own number is not a private detail")
    vent2_q = tw("lauren_ames_ro", "ours is up for renewal, who's everyone with for breakdown cover? need someone who actually turns up",
                 when="2028-01-27T14:00:00Z")
    SC("rook-venting-price-rise-friend", "third-party-venting",
       tw("mike_duffy_ro", "@lauren_ames_ro not Rook. 9 hours on the hard shoulder on Wednesday with my two kids in the back, then a £60 price rise at renewal in the same week. avoid",
          reply_to=vent2_q, when="2028-01-27T14:16:02Z"),
       expect(MON, "low", "membership", "third_party"),
       note="venting in someone else's thread; the hard shoulder was yesterday and they are home",
       known_miss="round 12, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic membership: 'price rise', 'price', 'prices', 'renewal', an amount of money")
    batt_q = tw("tash_byrne_ro", "car battery keeps dying every morning in this cold. is it the battery or me?? 😭", when="2028-01-27T15:00:00Z")
    SC("rook-chatter-battery-test-advice", "third-party-chatter",
       tw("alan_croft_ro", "@tash_byrne_ro get a battery test first. Rook did mine free on the drive with Home Start, turned out it was 9 years old. new battery fitted there and then, no bother",
          reply_to=batt_q, when="2028-01-27T15:21:48Z"),
       expect(MON, "low", "battery", "third_party"), note="a stranger's advice in someone else's thread")
    SC("rook-threat-knife-on-patrol", "threat-urgent",
       tw("harriet_lo_ro", f"@{B} your patrol was fixing our car on the Salterby bypass tonight when a bloke in a pickup stopped, screamed that he'd been left on the verge since dawn, and pulled a knife on him. he's shaken but ok, the police are with him now. please look after him",
          when="2028-01-27T18:41:30Z"),
       expect(RP, "urgent", "safety", "direct"), note="a member of staff threatened with a knife, reported by a witness")
    SC("rook-nl-threat-koevoet-monteur", "threat-urgent",
       tw("daan_visser_ro", f"@{B} Op de parkeerplaats bij Ketteridge dreigde een man uw monteur met een koevoet te slaan, omdat die eerst een andere auto hielp. De politie is gebeld en de man is weg, maar uw monteur zat te trillen. Gaat het goed met hem?",
          lang="nl", when="2028-01-27T19:30:04Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a man threatened the brand's patrol with a crowbar")
    SC("rook-hotline-praise-3am", "public-hotline-number",
       tw("bex_thorne_ro", "whoever was on Rook's 0808 157 0744 line at 3am last night: you kept me calm for 40 mins while I waited on the bypass in the storm. patrol got me going at 4. you're a star ⭐",
          when="2028-01-27T20:10:41Z"),
       expect(RP, "low", "callout", "indirect"), strict=False,
       note="praise quoting the brand's own number; the danger is over")

    # ---- Friday 28 January: the backlog of tows, garages, hire cars and claims -----------
    backlog = tw(B, "Storm Ottilie update: we're clearing the backlog. If your car was recovered to a garage this week, we'll cover a hire car or onward travel for up to 3 days while it's repaired. Claim in the app or reply here 👉 {url:https://rookrescue.example/storm-ottilie}",
                 when="2028-01-28T07:00:00Z")
    SC("rook-brand-own-backlog-hire-cars", "brand-own-post", backlog, expect(IGN, "low", "towing", "none"))
    SC("rook-q-reply-backlog-council-compound", "question-in-reply-to-brand",
       tw("owen_hartley_ro", "does that count if the council towed it to a compound, not you? it was on Ferry Road on Wednesday and now I've no idea where it is or who to pay to get it back",
          reply_to=backlog, when="2028-01-28T07:31:09Z"),
       expect(RP, "normal", "towing", "direct"), note="a question in the brand's thread, no @")
    SC("rook-quote-backlog-three-days", "quote",
       tw("priti_das_ro", "'up to 3 days' of hire car 🙃 mine's been at the garage since Wednesday, I've emailed twice and I'm paying for taxis to work",
          quote=backlog, when="2028-01-28T08:10:33Z"),
       expect(RP, "normal", "towing", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own hire car")
    SC("rook-indirect-towed-wrong-garage", "complaint-indirect",
       tw("neil_barr_ro", "Rook Rescue towed my car to a garage in Salterby instead of my own garage in Tellbury like I asked. Now I have to pay someone to tow it another 25 miles. Genius.",
          when="2028-01-28T08:40:27Z"),
       expect(RP, "normal", "towing", "indirect"), note="names the brand without tagging it, about his own car")
    SC("rook-indirect-no-hire-car", "complaint-indirect",
       tw("jade_kerr_ro", "3 days since Rook recovered my car to the dealer and still no sign of the hire car my cover supposedly includes. taxis to work every day on my own money",
          when="2028-01-28T09:20:15Z"),
       expect(RP, "normal", "towing", "indirect"))
    SC("rook-big-reach-youtuber-wrong-county", "big-reach",
       tw("TorqueTalkTom", f"Day 2 of the Storm Ottilie saga: @{B} towed the review car to the wrong county and the hire car they promised doesn't exist. 14 years of testing cars and I've never seen recovery this chaotic. Video Sunday.",
          when="2028-01-28T10:00:00Z",
          metrics={"retweet_count": 3400, "reply_count": 2100, "like_count": 48_900, "quote_count": 620}),
       expect(RP, "high", "towing", "indirect"), note="1.18m followers; the handle in the middle of a post to everyone")
    SC("rook-legal-small-claims-flatbed", "legal-threat-not-urgent",
       tw("marcus_veal_ro", f"@{B} your recovery truck dropped my car off the flatbed at the garage in Tellbury, cracked the bumper and the sump. £1,400 to fix. Pay it by Friday or I'm filing a small claims court claim. I have the video.",
          when="2028-01-28T10:41:52Z"),
       expect(RP, "high", "towing", "direct"), note="a court threat over damage: strong, not urgent; 'dropped' is not a danger to people")
    SC("rook-private-email-dob-password", "private-details",
       tw("lauren_pike_ro", f"@{B} can't log in to the app to claim my taxi costs, keeps saying wrong password. my email is lauren.pike88@mailbox.example and my date of birth is 14/06/1988, can you reset it for me?",
          when="2028-01-28T11:20:38Z"),
       expect(RV, "normal", "app", "direct"), note="an email address and a date of birth in public")
    SC("rook-private-card-renewal-twice", "private-details",
       tw("tony_gill_ro", f"@{B} you've taken the £189 renewal twice off my card 4242 4242 4242 4242, once on the 3rd and again today. membership RK-88120-3. refund one of them please",
          when="2028-01-28T12:00:17Z"),
       expect(RV, "normal", "membership", "direct"), note="a full card number and a membership number in public",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @RookRescue | exposes a card number and an account, booking or security code in public: answer privately | complaint (0.80) | the problem keeps coming back | topic membership: 'renewal', 'membership', 'refund', an amount of money")
    SC("rook-private-address-wife-chemo", "private-details",
       tw("bill_hughes_ro", f"@{B} please can someone come to 3 Wren Cottages, Marsh Lane, Hobb's Cross HX7 4TD. car won't start and my wife has chemo at Tellbury hospital at 2. member no RK-30418-7. I've been on the phone an hour",
          when="2028-01-28T12:40:44Z"),
       expect(RV, "urgent", "vulnerable", "direct"),
       note="a chemotherapy appointment at risk (urgent) from a member who posts his address and membership number (private)")
    SC("rook-nl-private-phone-pech", "private-details",
       tw("femke_bos_ro", f"@{B} kunt u mij terugbellen op 07700 900583? Mijn auto staat sinds vanochtend met pech bij Ketteridge en ik zie nog steeds geen monteur. Mijn lidmaatschap is RK-55017-2.",
          lang="nl", when="2028-01-28T13:20:26Z"),
       expect(RV, "normal", "callout", "direct"), note="Dutch: a phone number and a membership number in public")
    SC("rook-html-claim-form-script", "html-entities",
       tw("kit_pentests_ro", f"@{B} the storm claim form on your website just prints &lt;script&gt;alert(document.cookie)&lt;/script&gt; where my membership number should go 🙄 how else do I claim back the £160 I paid for a taxi home?",
          when="2028-01-28T14:00:09Z"),
       expect(RP, "normal", "membership", "direct"), note="hostile HTML around a real request; it arrives escaped")
    SC("rook-html-spam-compensation-link", "html-entities",
       tw("stormrefund_ro", "&lt;a href=\"//rook-storm-refund.example/claim\"&gt;Rook Rescue members: claim your Storm Ottilie compensation here&lt;/a&gt; 💷 just DM us your card details",
          when="2028-01-28T14:30:00Z"),
       expect(IGN, "low", "membership", "indirect"), note="spam with an HTML link, fishing for card details")
    SC("rook-spam-giveaway-free-cover", "spam",
       tw("free_cover_ro", "🎁 GIVEAWAY 🎁 win a FREE year of Rook Rescue breakdown cover PLUS a £200 fuel card! Follow, RT and tag 3 mates to enter, ends midnight 👉 {url:https://free-cover-win.example/rook}",
          when="2028-01-28T15:00:00Z"),
       expect(IGN, "low", "callout", "indirect"), note="a fake giveaway using the brand's name")
    SC("rook-spam-follower-selling", "spam",
       tw("growfast_ro", f"@{B} Grow your brand 🚀 5,000 REAL followers for £29, instant delivery, 100% safe. DM us now for the storm season special!!",
          when="2028-01-28T15:30:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling addressed to the brand")
    SC("rook-spam-fund-recovery-fake-tow", "spam",
       tw("chainback_ro", "Paid a fake Rook Rescue tow truck on the M47 during the storm? 💸 Our certified agents recover your money in 24h, bank or crypto. 100% success. DM ✅",
          when="2028-01-28T16:00:00Z"),
       expect(IGN, "low", "towing", "indirect"), note="scam 'fund recovery' using the brand's name")
    SC("rook-sarcasm-great-job-compound", "sarcasm-customer",
       tw("sian_watt_ro", f"great job @{B}, my car spent a lovely relaxing night in the Salterby compound and I spent mine on a camp bed at my mum's. truly the premium membership experience ✨",
          when="2028-01-28T17:00:48Z"),
       expect(RP, "normal", "membership", "indirect"), note="sarcasm with no complaint word")
    SC("rook-sarcasm-tour-of-services", "sarcasm-customer",
       tw("rob_kemp_ro", f"@{B} thanks for the free 7 hour tour of Dunmere services car park. the coffee was lovely, the tow truck never came, but the sunset over the bins was stunning 🌅",
          when="2028-01-28T17:40:21Z"),
       expect(RP, "normal", "towing", "direct"), note="sarcasm: 'thanks for' a seven-hour wait")
    SC("rook-abuse-home-start-muppets", "abuse-with-problem",
       tw("craig_dunn_ro", f"@{B} you lot are a f***ing joke. I pay extra for Home Start, the battery's dead on my own drive and you tell me it's a 2 day wait?? useless muppets",
          when="2028-01-28T18:30:35Z"),
       expect(RP, "high", "battery", "direct"), note="rude, but a paid-for service with a two-day wait")
    SC("rook-in-passing-week-membership-up", "complaint-in-passing",
       tw("fiona_lyle_ro", f"what a week. kitchen ceiling's leaking, the cat's been sick in my shoe, work's cut my hours and now @{B} have put my membership up 40% 'to reflect storm costs'. love that for me",
          when="2028-01-28T19:10:02Z"),
       expect(RP, "normal", "membership", "indirect"), note="the brand tagged in the middle of a bad week")

    # ---- Saturday 29 January: quieter; thanks, namesakes and the bill ---------------------
    SC("rook-praise-home-safe-danger-over", "praise",
       tw("mel_okafor_ro", "Update from Wednesday night: we're all home safe 🙏 the Rook patrol got us out of the water on the M47 at 3am, wrapped the kids in foil blankets and towed us to Tellbury on the recovery truck. still shaky thinking about it, but so grateful",
          when="2028-01-29T08:30:14Z"),
       expect(RP, "low", "towing", "indirect"), note="the danger is over and everyone is safe: thanks, not urgent",
       known_miss="round 12, not met yet: action: want \"respond_public\", got monitor; the engine read: names Rook in a post to everyone | general chatter about the brand | topic towing: 'tow', 'towed', 'towing', 'recovery truck', 'recovery'")
    SC("rook-es-praise-grua-taller", "non-english",
       tw("carlos_vega_ro", "Gracias a Rook Rescue 👏 con la tormenta pensé que tardarían horas, pero la grúa llegó en 40 minutos y nos llevó al taller en Tellbury. El conductor fue majísimo",
          lang="es", when="2028-01-29T09:50:37Z"),
       expect(RP, "low", "towing", "indirect"), note="Spanish: thanks for a quick tow, brand named without a tag")
    SC("rook-de-question-mitgliedschaft-ausland", "non-english",
       tw("anna_keller_ro", f"@{B} Gilt meine Mitgliedschaft auch im Ausland? Wir fahren im März mit dem Auto zu meinen Eltern nach Freiburg. Was passiert, wenn wir dort eine Panne haben?",
          lang="de", when="2028-01-29T10:30:52Z"),
       expect(RP, "normal", "europe", "direct"), note="German: does membership work abroad",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: addressed to @RookRescue | complaint (0.43) | loss of service | topic europe: 'im ausland', 'ausland'")
    SC("rook-namesake-ironfall-character", "namesake",
       tw("ironfall_deej", "Rook's new ult in Ironfall is absolutely broken, one-shots tanks through walls. devs pls nerf before ranked resets 😤",
          when="2028-01-29T11:10:26Z"),
       expect(IGN, "low", None, "none"), note="a video-game character",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Rook in a post to everyone | general chatter about the brand")
    SC("rook-namesake-band-van-broke-down", "namesake",
       tw("gig_goer_ro", "gutted. Rook (the band!!) have cancelled tonight's Casterleigh gig, their tour van broke down on the M47 and they're stuck at Salterby services 😭 get well soon van 🎸",
          when="2028-01-29T12:00:41Z"),
       expect(IGN, "low", "callout", "none"),
       note="the band, whose van broke down: breakdown words next to the name, but not the recovery firm")
    SC("rook-common-rook-you-towing-firm", "common-word",
       tw("vince_taylor_ro", "word of advice: the 'independent' towing firm that turns up uninvited when you break down on the bypass will rook you. £380 to tow my car 2 miles to their yard",
          when="2028-01-29T12:40:18Z"),
       expect(IGN, "low", "towing", "none"), note="'to rook' is to cheat, said of another towing firm")
    SC("rook-namesake-dr-rook-asthma", "namesake",
       tw("kerry_benn_ro", "Dr Rook at Fallowgate surgery squeezed my little one in this morning with his asthma flare-up and sorted a new inhaler. NHS heroes ✨",
          when="2028-01-29T13:20:55Z"),
       expect(IGN, "low", "vulnerable", "none"), note="a GP with the surname; medical words, no brand")
    SC("rook-namesake-rook-and-castle-pub", "namesake",
       tw("jimmy_quiz_ro", "The Rook &amp; Castle in Hobb's Cross is open again after the flood 🍻 new carpets, same sticky tables. quiz is back Thursday",
          when="2028-01-29T14:00:30Z"),
       expect(IGN, "low", "safety", "none"), note="a pub with the name inside its own; 'flood' is a safety keyword")
    SC("rook-common-dutch-rook-motorkap", "common-word",
       tw("bram_dekker_ro", "Vanochtend op de A28 kwam er ineens rook onder de motorkap vandaan 😳 Bleek een lekkende koelslang. De garage in Zwolle heeft het voor 85 euro gemaakt, ben weer onderweg.",
          lang="nl", when="2028-01-29T15:00:12Z"),
       expect(IGN, "low", "towing", "none"),
       note="Dutch 'rook' is smoke: a settled scare in the Netherlands, nothing to do with the brand")
    SC("rook-complaint-hold-music-killing-me", "complaint-direct",
       tw("tilly_ward_ro", f"@{B} this hold music is actually killing me. 55 minutes so far just to change my renewal date. I will die on this hill (and in this queue)",
          when="2028-01-29T16:00:44Z"),
       expect(RP, "normal", "membership", "direct"), note="'killing me' and 'die' are hyperbole: an ordinary complaint")
    SC("rook-news-inquest-patrolman", "news-monitor",
       tw("TellburyEcho", "Coroner calls for a ban on roadside repairs on smart motorways after the inquest into the death of a Rook Rescue patrolman, struck by a lorry on the M47 hard shoulder in 2026 {url:https://tellburyecho.example/news/patrolman-inquest}",
          when="2028-01-29T17:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a past incident: monitor, not urgent")
    SC("rook-common-rook-central-reservation", "common-word",
       tw("birder_bev_ro", "stuck in the M47 jam so I've been watching a rook take apart a sandwich wrapper on the central reservation for 20 minutes. better than the radio tbh 🐦‍⬛",
          when="2028-01-29T17:40:08Z"),
       expect(IGN, "low", "callout", "none"), note="the bird, on a motorway; 'stuck' is a call-out keyword")

    # ---- Sunday 30 January -------------------------------------------------------------
    thanks = tw(B, "Thank you, Marrowvale 💛 Storm Ottilie week: 11,400 call-outs and 3,100 tows. If you're still waiting on a hire car, a taxi refund or your car back from a garage, reply here and we'll chase it personally.",
                when="2028-01-30T10:00:00Z")
    SC("rook-quote-thanks-still-no-refund", "quote",
       tw("neil_osei_ro", "'reply here and we'll chase it'. I've replied 4 times since Wednesday and still no refund for the £120 of taxis I paid for myself 😐",
          quote=thanks, when="2028-01-30T11:02:27Z"),
       expect(RP, "normal", "membership", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a refund still owed")
    SC("rook-chatter-vans-at-services", "chatter-monitor",
       tw("kev_dobbs_ro", "counted 9 Rook vans at Salterby services this morning, every patrol having a brew at the same time. after the week they've had, fair play 😂",
          when="2028-01-30T12:00:33Z"),
       expect(MON, "low", "callout", "indirect"), strict=False,
       note="chatter; 'fair play' could also be read as praise worth answering")
    SC("rook-namesake-plant-hire-tractor", "namesake",
       tw("ketteridge_vil", "Huge thanks to Rook &amp; Daughter Plant Hire for lending their tractor to pull three cars out of the ford on Wednesday night 🚜 proper community spirit",
          when="2028-01-30T14:00:19Z"),
       expect(IGN, "low", None, "none"), note="a plant-hire firm with the name, pulling cars out of water: close to the business")
    SC("rook-praise-fiesta-back-from-the-dead", "praise",
       tw("stan_pryce_ro", "Rook's patrol brought my old Fiesta back from the dead in 10 minutes flat this morning. she's 24 years old and I thought it was the end. I may have cried. hero 😭",
          when="2028-01-30T15:00:51Z"),
       expect(RP, "low", "callout", "indirect"), note="'back from the dead' is about a car: praise, not urgent")
    return brand


BRANDS["rook-rescue"] = ("RookRescue", 4467890144, build_rook_rescue)
