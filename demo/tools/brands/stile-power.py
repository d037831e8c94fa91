# Stile (Stile Power Networks): a made-up electricity network operator for the made-up towns of
# Ashenholt, Pellingford, Brantwell, Orrick and Kesby and the villages of Hobb's Cross and Stile
# End. It runs the wires, not the bills: power cuts and restoration times, the Priority Services
# Register (home oxygen, dialysis, ventilators, stairlifts, insulin in the fridge), fallen and
# low-hanging lines, poles and substations, trees near lines, new connections and meter-box
# moves, roadworks and trenches for cable work, and compensation payments after long cuts.
# "Stile" is also an ordinary word (the wooden steps over a farm fence on every footpath, "help a
# lame dog over a stile", and "style" misspelt "stile") and a name: the village of Stile End with
# its fete and the Stile Inn, Stile Farm Shop, Stile Yoga and its power flow class, Cllr Margaret
# Stile and the cyclist Jonny Stile, who "powers away" on the climbs. None of them is the
# network operator.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 22 May 2028: on Monday, a quiet day of roadworks, meter-box moves and planned-work letters,
# until children are found inside an open substation in Brantwell. On Tuesday night Storm Orla
# takes the power from 31,000 homes: lines down and sparking on the roads, a woman on oxygen
# counting the hours on her cylinder, a novelist writing by torchlight. On Wednesday 4,000 homes
# are still off, a substation floods in Orrick, restoration times keep slipping and insulin
# warms in fridges. On Thursday a wave of "storm compensation" texts and fake support accounts
# use Stile's name to steal card details, and a planned cut in Kesby overruns. On Friday the
# regulator asks questions, the roadworks and the tree cutting crews make enemies. The weekend:
# praise for the linesmen, new connections, and the name's other lives (fete, pub, yoga, stiles).
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account,
# meter, application and card number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_stile_power():
    global CURRENT_BRAND, CLOCK
    brand = Brand("stile-power", SCEN_DIR / "stile-power.plan.toml", "StilePower", 5978901245, 1861220000000006401)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-05-22T05:30:00Z")
    B = "StilePower"
    user(B, "Stile Power Networks", 5978901245,
         "⚡ We look after the power lines, poles, cables and substations across Ashenholt, Pellingford, Brantwell, "
         "Orrick and Kesby. Power cut or line down? 0808 157 0641, 24/7. Bills come from your supplier, not us.",
         36_800, following=900, tweets=41_300, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11540100000 + _n[0] * 4129, bio, followers, **kw)

    person("fennwalker_stp", "Jan Holroyd", "Ramblers' rep, Orrick. Boots, flask, OS map.", 720)
    person("kesby_wfh_stp", "Priti Lal", "Kesby. Works from home. Needs the wifi, needs the kettle.", 260)
    person("pelldriver_stp", "Gav Neary", "Pellingford. School run, then the van. Always in a queue.", 180)
    person("ext_build_stp", "Rhys Baird", "Brantwell. Knocking a wall down. What could go wrong.", 150)
    person("StileFarmShop", "Stile Farm Shop", "Farm shop & café at Stile End. Local meat, veg and cake 🥕", 3_900)
    person("plot7_stp", "Dayo Okafor", "Building our own house in Brantwell. Slowly.", 310)
    person("oxy_dad_stp", "Leanne Firth", "Kesby. Dad's carer. Tea, tablets, telly.", 90)
    person("kesbyschool_stp", "Tom Parfitt", "Kesby. Year 4 teacher. Notices things out the window.", 410)
    person("brant_mum_stp", "Gemma Price", "Brantwell. Mum of 3. Lives by the rec.", 230)
    person("hairday_stp", "Chloe Benn", "Hair, nails, brunch. Pellingford.", 1_100)
    person("dalescycle_stp", "Tour Talk", "Bike racing chat, mostly shouting at the telly 🚴", 8_400)
    person("sarky_sue_stp", "Sue Marlow", "Kesby. Librarian. Sarcasm is my first language.", 380)
    person("nanquotes_stp", "Amy Rudd", "Things my nan says. She's 91 and right.", 4_200)
    person("lawnproud_stp", "Derek Pascoe", "Orrick. Retired. Lawn stripes are a way of life.", 70)
    person("orrick_rich_stp", "Rich Doyle", "Orrick. Lost power for 2 days last winter. Still bitter.", 160)
    person("psr_son_stp", "Martin Pemberton", "Orrick. Looking after Dad from 40 miles away.", 120)
    person("ash_ferry_stp", "Sam Achebe", "Ashenholt. Ferry Road. Night owl.", 290)
    person("bingo_bex_stp", "Bex Tait", "Ashenholt. Two kids, one dog, one trampoline (formerly).", 510)
    person("millane_stp", "Owen Carr", "Orrick. Taxi driver. Seen it all.", 240)
    person("no14_stp", "Lou Fenwick", "Pellingford. Curtain twitcher & proud.", 200)
    person("kay_brant_stp", "Kay Moss", "Brantwell. Mum's carer. Mum's on oxygen.", 110)
    person("kasia_stp", "Kasia Nowak", "Kesby. Pielęgniarka. Mama Zosi.", 170)
    person("gwen_brant_stp", "Gwen Prys", "Brantwell. Cymraes. Athrawes.", 130)
    person("mel_pell_stp", "Mel Hart", "Pellingford. Storm watcher.", 340)
    person("dan_pell_stp", "Dan Rowe", "Pellingford. Always awake at the wrong time.", 220)
    person("novelist_stp", "Clara Wynne", "Novelist. 'The Salt House' out now. Writing book 5 in a cold cottage in Pellingford.",
           720_000, following=1_400, listed=3_800, verified=True)
    person("punbrook_stp", "Terry Punbrook", "Puns, pints, regret. Morwick.", 630)
    person("pellnbr_stp", "Alison Crewe", "Pellingford. Knows everyone's business.", 190)
    person("kesbyroad_stp", "Imran Ali", "Kesby Road. Spreadsheets and strong opinions.", 330)
    person("tired_dad_stp", "Lee Brannan", "Orrick. Dad of a 3-month-old. Sleep is a rumour.", 150)
    person("carol_orr_stp", "Carol Dyson", "Orrick. Type 1 since 1994. Cyclist.", 280)
    person("news_orrick_stp", "Orrick & Kesby Courier", "News for Orrick, Kesby and the Vale since 1871.", 16_200,
           following=800, verified=True)
    person("quayroad_stp", "Zoe Lister", "Orrick. Quay Road. Watching the river.", 260)
    person("ana_avo_stp", "Ana Sousa", "De Braga para Kesby. Neta e cuidadora.", 140)
    person("angry_kev_stp", "Kevin Doherty", "Kesby Road. Self-employed. Time is money.", 90)
    person("fishtank_stp", "Hannah Brice", "Orrick. Two kids, one tropical tank, zero patience.", 310)
    person("jo_kes_stp", "Jo Kemp", "Kesby. Community WhatsApp admin. Checks on everyone.", 460)
    person("neil_kes_stp", "Neil Fox", "Kesby. Warehouse nights. Crisps for breakfast.", 110)
    person("chef_remy_stp", "Remy Adebayo", "Chef-owner, Ember & Oak, Orrick. Saturday kitchen telly.",
           1_100_000, following=900, listed=4_700, verified=True)
    person("plank_joke_stp", "Ricky Vaughan", "Carpenter. Jokes mostly about wood.", 520)
    person("church_lane_stp", "Pat Geddes", "Orrick. Church Lane. Tea for anyone in hi-vis.", 130)
    person("brant_phone_stp", "Dev Sharma", "Brantwell. On hold since Tuesday.", 100)
    person("hobbs_cross_stp", "Ellie Barr", "Hobb's Cross. End of the line, literally.", 170)
    person("ox_misspell_stp", "Shaun Platt", "Brantwell. Forklift driver. Mum's boy.", 60)
    person("vent_hub_stp", "Rachel Ince", "Brantwell. Husband on a home ventilator. I do the worrying.", 140)
    person("fran_frz_stp", "Fran Odell", "Ashenholt. Lost a freezer full of lamb. Grieving.", 150)
    person("StilePowerCare", "Stile Power Support ✅", "Official Stile Power help 24/7 ✅ compensation, refunds, outages. DM us", 41,
           following=4_900)
    person("edna_stp", "Edna Cole", "Orrick. 79. Grandson set this up.", 30)
    person("lucky_texts_stp", "Becky Lowe", "Kesby. Always winning competitions I never entered.", 300)
    person("kesby_help_stp", "Nadia Osei", "Kesby. Says 'it's a scam' so you don't have to.", 520)
    person("wim_stp", "Wim de Boer", "Uit Groningen, woont in Kesby. Fietser.", 190)
    person("fundsback_stp", "FundsBack Recovery ✅", "Certified scam & crypto recovery. 100% success. No win no fee ✅", 6_900,
           following=5_000)
    person("giveaway_stp", "Giveaways UK 🎁", "Daily giveaways 🎁 follow + RT to win 🔁", 2_300, following=4_900)
    person("widow_mot_stp", "Maureen Kaye", "Kesby. Widowed last year. Learning to do it all myself.", 90)
    person("sec_tariq_stp", "Tariq Hussain", "Web security. I read page source before breakfast.", 2_700)
    person("dialy_dev_stp", "Dev Malhotra", "Kesby. Home dialysis, 4 nights a week. Still smiling.", 240)
    person("lucia_stp", "Lucía Romero", "Malagueña en Kesby. Enfermera.", 160)
    person("valebiz_stp", "Vale Business Daily", "Business and utilities news for the Vale.", 11_400,
           following=700, verified=True)
    person("jurgen_stp", "Jürgen Albers", "Aus Hannover, wohne in Pellingford. Rentner. Ordnung muss sein.", 120)
    person("schoolrun_stp", "Fay Ridley", "Kesby. School run from hell.", 210)
    person("oak_tree_stp", "Bernard Voss", "Ashenholt. The oak was here first.", 60)
    person("ash_road_stp", "Craig Mellor", "Ashenholt Road. Has a drive. Needs his drive.", 70)
    person("selfbuild_stp", "Nia Hughes", "Self-builders in Brantwell. 14 weeks and counting.", 180)
    person("hedge_stp", "Roy Gillespie", "Orrick. Gardener for 40 years.", 110)
    person("willow_stp", "Sarah Quinn", "Orrick. Garden, chickens, one enormous willow.", 230)
    person("claire_hc_stp", "Claire Martin", "Lyonnaise à Hobb's Cross. Maman de deux.", 150)
    person("OrrickComms_stp", "Orrick Community News", "What's on in Orrick. Run by volunteers.", 5_100)
    person("giorgio_stp", "Giorgio Rinaldi", "Veneziano a Brantwell. Ristrutturiamo un fienile.", 140)
    person("StileEndFete", "Stile End Village Fete", "Stile End's summer fete since 1952 🎪 Sat 27 May", 1_200)
    person("pat_night_stp", "Pat Okoro", "Brantwell. Dad's 84. Mum's on oxygen. I'm tired.", 120)
    person("StileInn", "The Stile Inn", "Freehouse in Stile End. Real ale, Sunday roasts, Thursday quiz 🍻", 2_800)
    person("StileYoga", "Stile Yoga", "Yoga studio, Pellingford. Flow, yin, power, pregnancy 🧘", 3_300)
    person("nettles_stp", "Jim Tolley", "Orrick. Walks the dog, judges the footpaths.", 210)
    person("moorwatch_stp", "Hobb's Cross Moor Watch", "Community news for Hobb's Cross and the moor.", 2_100)
    person("kesbylife_stp", "Kesby Courier Life", "People and places in Kesby and Stile End.", 7_800)
    person("bill_shock_stp", "Pam Riley", "Ashenholt. Pensioner. Counts every penny.", 50)
    person("jurg_mum_stp", "Heike Brandt", "Aus Köln, wohne in Orrick. Tochter, Lehrerin.", 130)
    person("marisol_stp", "Marisol Vega", "Sevillana en Brantwell. Cocinera.", 170)
    person("park_mum_stp", "Laura Keane", "Brantwell. Two feral boys and a spaniel.", 260)
    person("park_chat_stp", "Suzy Dunn", "Brantwell. School gate gossip.", 310)
    person("roofer_mike_stp", "Mike Sadler", "Ashenholt. Roofer. Busy week.", 180)

    # ---- Monday 22 May: an ordinary day, until a substation gate is left open ----------------
    SC("stile-common-rotten-stile-fenn-way", "common-word",
       tw("fennwalker_stp", "early walk on the Fenn Way before work. the stile by the Orrick bridge is completely rotten, put my boot straight through the top step 🥾 someone tell the parish before a pensioner goes through it",
          when="2028-05-22T06:10:14Z"),
       expect(IGN, "low", None, "none"), note="a stile on a footpath, lower case; nothing to do with the network")
    kesby_q = tw("kesby_wfh_stp", f"@{B} got a letter saying there's a planned power cut on Thursday 9am to 3pm for work on the overhead line on our road in Kesby. I work from home, is it definitely all day or might it come back early?",
                 when="2028-05-22T06:45:31Z")
    SC("stile-question-planned-cut-thursday", "question", kesby_q, expect(RP, "normal", "power_cuts", "direct"),
       note="a question about planned work; nobody is off yet", known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: addressed to @StilePower | complaint (0.71) | loss of service | topic power_cuts: 'planned power cut', 'power cut', 'power cuts'")
    kesby_brand = tw(B, f"@kesby_wfh_stp Hi Priti, the planned power cut on Thursday is for a new section of overhead line. We need the full window to do it safely, but we'll switch you back on as soon as we're done, 3pm at the latest. We'll text you when it's back.",
                     reply_to=kesby_q, when="2028-05-22T07:02:09Z")
    SC("stile-complaint-traffic-lights-high-street", "complaint-direct",
       tw("pelldriver_stp", f"@{B} 45 minutes to get through your temporary traffic lights on Pellingford High Street this morning and there wasn't a single person working in the trench. how long is this going on for?",
          when="2028-05-22T07:30:48Z"),
       expect(RP, "normal", "streetworks", "direct"))
    rhys = tw("ext_build_stp", f"@{B} we're building a kitchen extension and the meter box is on the wall that's coming down. how do we get the meter box moved and how long is the wait for a quote?",
              when="2028-05-22T08:15:22Z")
    SC("stile-question-meter-box-extension", "question", rhys, expect(RP, "normal", "connections", "direct"))
    rhys_brand = tw(B, "@ext_build_stp Hi Rhys, good news: we do meter box moves all the time. Fill in the short form at the link in our bio and our connections team will call you within 2 working days to book a survey and give you a quote.",
                    reply_to=rhys, when="2028-05-22T08:31:40Z")
    SC("stile-namesake-farm-shop-asparagus", "namesake",
       tw("StileFarmShop", "First English asparagus of the year is in at Stile Farm Shop 🌱 plus new potatoes, rhubarb and the last of the wild garlic. Open 8–5 every day, Stile End",
          when="2028-05-22T08:50:00Z"),
       expect(IGN, "low", None, "none"), note="a farm shop with the same name")
    SC("stile-private-connection-address-phone", "private-details",
       tw("plot7_stp", f"@{B} chasing our new connection application NC-118204 for the plot at 7 Wren Close, Brantwell. nobody's replied in 3 weeks. please call me on 07700 900512 or email dayo.okafor@mailbox.example",
          when="2028-05-22T10:20:37Z"),
       expect(RV, "normal", "connections", "direct"), note="an application number, a home address, a phone number and an email in public")
    SC("stile-medical-oxygen-planned-cut", "medical-urgent",
       tw("oxy_dad_stp", f"@{B} the letter says planned power cut Thursday 9 till 3 in Kesby. my dad is on a home oxygen concentrator day and night, I think he's on your medical list. what are we meant to do for six hours?",
          when="2028-05-22T11:05:18Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but six hours without his oxygen concentrator is a risk to life")
    SC("stile-chatter-vans-at-school", "chatter-monitor",
       tw("kesbyschool_stp", "three Stile Power vans and a cherry picker outside school this morning, and a lot of men in hi-vis staring up at one pole. Year 4 have decided it's aliens",
          when="2028-05-22T12:30:44Z"),
       expect(MON, "low", "network", "indirect"), note="talk about the brand's crews, nothing to answer")
    gemma = tw("brant_mum_stp", f"@{B} the gate of the substation behind Brantwell rec is hanging off its hinges and there are kids climbing about inside, one of them sat on a metal box right under the danger of death sign. can someone come NOW",
               when="2028-05-22T13:10:26Z")
    SC("stile-safety-kids-in-substation", "safety-urgent", gemma, expect(RP, "urgent", "safety", "direct"),
       note="children inside an open substation")
    gemma_brand = tw(B, "@brant_mum_stp Thank you Gemma, this is an emergency for us: an engineer is on the way, about 20 minutes. Please call the children out but don't go in after them yourself, and if anyone is hurt ring 999.",
                     reply_to=gemma, when="2028-05-22T13:15:02Z")
    SC("stile-thread-substation-chained", "thread-with-brand",
       tw("brant_mum_stp", "your engineer's here and the kids have gone home. he's put a new padlock and chain on the substation gate. thanks for being so quick, genuinely",
          reply_to=gemma_brand, when="2028-05-22T13:52:40Z"),
       expect(RP, "low", "network", "direct"), note="thanks in the brand's thread, no @; the danger is over")
    SC("stile-common-hair-stile-power-bob", "common-word",
       tw("hairday_stp", "new hair stile for summer 💇‍♀️ my hairdresser calls it a 'power bob' and honestly I feel like I could run a country",
          when="2028-05-22T14:40:11Z"),
       expect(IGN, "low", None, "none"), note="'style' misspelt 'stile', next to the word 'power'")
    SC("stile-namesake-cyclist-powers-away", "namesake",
       tw("dalescycle_stp", "WHAT a finish 🚴 Jonny Stile power away from the bunch on the last climb of the Tour of the Dales, stage win AND the yellow jersey!! nobody could live with him",
          when="2028-05-22T15:30:57Z"),
       expect(IGN, "low", None, "none"), note="a cyclist called Stile: 'Stile power away' reads like the brand's name")
    SC("stile-sarcasm-letter-after-cut", "sarcasm-customer",
       tw("sarky_sue_stp", "love that the Stile Power letter warning us about TODAY's planned power cut came in the second post at 2pm. the power cut itself was very punctual though, 9 till 2 on the dot 🙃 slick operation",
          when="2028-05-22T17:10:03Z"),
       expect(RP, "normal", "power_cuts", "indirect"), note="sarcasm about a warning letter that came late; the cut is over", known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: names Stile Power Networks in a post to everyone | describes their own experience | sarcasm (irony 0.71) from a customer: a complaint | loss of service | topic power_cuts: 'planned power cut', 'power cut', 'power cuts'")
    SC("stile-common-lame-dog-saying", "common-word",
       tw("nanquotes_stp", "nan's answer to everything: 'always help a lame dog over a stile, love'. today she said it about my brother's car. the car is the lame dog",
          when="2028-05-22T19:20:45Z"),
       expect(IGN, "low", None, "none"), note="an old saying")

    # ---- Tuesday 23 May: tree cutting, then Storm Orla in the evening ----------------------------
    SC("stile-complaint-tree-cutting-mess", "complaint-direct",
       tw("lawnproud_stp", f"@{B} your tree cutting contractors came to clear branches away from the power line at the back of our garden in Orrick and left the whole lawn covered in sawdust and twigs. half my hedge is gone too. nobody knocked, nobody said",
          when="2028-05-23T07:20:30Z"),
       expect(RP, "normal", "network", "direct"))
    warn = tw(B, "⚠️ Storm Orla arrives this evening with gusts up to 80mph. Extra crews are on standby. If you see a fallen power line, never touch it: stay well back, keep others away and call 0808 157 0641. 👉 {url:https://stilepower.example/storm}",
              when="2028-05-23T09:00:00Z")
    SC("stile-brand-own-storm-warning", "brand-own-post", warn, expect(IGN, "low", "safety", "none"))
    SC("stile-repost-storm-warning", "repost", tw("jo_kes_stp", "", retweet=warn, when="2028-05-23T09:12:18Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("stile-q-reply-crews-overnight", "question-in-reply-to-brand",
       tw("orrick_rich_stp", "will the crews actually be out overnight if it hits? last storm we had a power cut for 2 days in Orrick and nobody could tell us a thing",
          reply_to=warn, when="2028-05-23T09:40:52Z"),
       expect(RP, "normal", "power_cuts", "direct"), note="a question under the brand's post, no @; nobody is off yet", known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: replies to @StilePower: the customer is talking to the brand | complaint (0.39) | loss of service | topic power_cuts: 'power cut', 'power cuts'")
    SC("stile-private-psr-dob-address", "private-details",
       tw("psr_son_stp", f"@{B} with the storm coming please add my dad to your priority services register. Arthur Pemberton, born 03/09/1937, 22 Linnet Row, Orrick. he's 90, lives alone and has a stairlift",
          when="2028-05-23T11:30:14Z"),
       expect(RV, "normal", "priority_services", "direct"), note="a date of birth and a home address in public")
    sam = tw("ash_ferry_stp", f"@{B} power cut in Ashenholt since 19:40, the whole of Ferry Road is dark and your power cut map says no known faults?? is anyone aware",
             when="2028-05-23T19:55:09Z")
    SC("stile-complaint-power-cut-ferry-road", "complaint-direct", sam, expect(RP, "high", "power_cuts", "direct"),
       note="a power cut during the storm: an outage")
    sam_brand = tw(B, "@ash_ferry_stp Thanks Sam, we can see it now: a fault near Ashenholt has taken off 1,400 homes. Crews are on the way and our estimated restoration time is 2am. We'll update the power cut map as we go.",
                   reply_to=sam, when="2028-05-23T20:10:33Z")
    SC("stile-in-passing-storm-bingo", "complaint-in-passing",
       tw("bingo_bex_stp", f"tuesday night storm bingo: trampoline in next door's garden ✅ fence panels gone ✅ dog under the bed ✅ @{B} power cut since 8 and not a word ✅ candles lit, wine open, send help",
          when="2028-05-23T20:25:41Z"),
       expect(RP, "high", "power_cuts", "indirect"), note="the brand tagged in the middle of a list, during the storm's power cuts")
    SC("stile-safety-line-down-mill-lane", "safety-urgent",
       tw("millane_stp", f"@{B} there's a power line down across Mill Lane in Orrick, it's sparking on the wet road and a car has stopped right next to it. people are getting out to have a look",
          when="2028-05-23T20:40:16Z"),
       expect(RP, "urgent", "safety", "direct"), note="a live line down on a road with people near it")
    SC("stile-safety-wire-fizzing-lowercase", "safety-urgent",
       tw("no14_stp", "well our street's lively tonight 😅 a big branch came down outside no.14 and there's a wire down on the pavement sort of fizzing and popping. the kids want to go and look. does stile power know??",
          when="2028-05-23T20:55:27Z"),
       expect(RP, "urgent", "safety", "indirect"), note="understated, lower case, no tag: a live wire on a pavement with children about")
    kay = tw("kay_brant_stp", f"@{B} mum's on oxygen 24/7 and the power went at 8. her concentrator's off, she's on the backup cylinder and it's got about 4 hours left in it. we're in Brantwell. what do we do",
             when="2028-05-23T21:10:38Z")
    SC("stile-medical-oxygen-storm-cylinder", "medical-urgent", kay, expect(RP, "urgent", "safety", "direct"),
       note="a woman on oxygen with a few hours left on her cylinder")
    kay_brand = tw(B, "@kay_brant_stp Kay, we're sending a generator to you now, it'll be with you within 2 hours. If your mum struggles to breathe or the cylinder runs low before then, ring 999 straight away. We're calling you in 10 minutes.",
                   reply_to=kay, when="2028-05-23T21:18:12Z")
    SC("stile-pl-brak-pradu-kesby", "non-english",
       tw("kasia_stp", f"@{B} Brak prądu w Kesby od 20:15, cała ulica po ciemku. Kiedy wróci prąd? Mam w domu małe dziecko.",
          lang="pl", when="2028-05-23T21:25:50Z"),
       expect(RP, "high", "power_cuts", "direct"), note="Polish: no power since 20:15, a small child at home", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @StilePower | a question | topic power_cuts: 'brak prądu'")
    SC("stile-cy-dim-trydan-brantwell", "non-english",
       tw("gwen_brant_stp", f"@{B} Dim trydan yn Brantwell ers naw o'r gloch. Oes unrhyw syniad pryd fydd y pŵer yn ôl?",
          lang="cy", when="2028-05-23T21:40:07Z"),
       expect(RP, "high", "power_cuts", "direct"), note="Welsh: no electricity since nine, when will it be back", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @StilePower | a question | topic power_cuts: 'dim trydan'")
    mel = tw("mel_pell_stp", "anyone else in Pellingford lost power? ours just went and the wind is something else", when="2028-05-23T21:35:00Z")
    SC("stile-venting-map-investigating", "third-party-venting",
       tw("dan_pell_stp", "@mel_pell_stp yep, no power here either. Stile Power's map has said 'investigating' for an hour now. useless as ever",
          reply_to=mel, when="2028-05-23T21:50:22Z"),
       expect(MON, "low", "power_cuts", "third_party"), note="venting to a neighbour in her thread, brand not tagged")
    clara = tw("novelist_stp", f"Power cut in Pellingford for two hours now. Storm howling, candles out, no word from @{B} and their map says everything is fine. Writing chapter twelve by torchlight, which is very Brontë but not ideal.",
               when="2028-05-23T22:05:44Z",
               metrics={"retweet_count": 640, "reply_count": 420, "like_count": 11_900, "quote_count": 70})
    SC("stile-big-reach-novelist-torchlight", "big-reach", clara, expect(RP, "high", "power_cuts", "indirect"),
       note="720k followers, a real power cut; the handle in the middle of a post to everyone")
    SC("stile-joke-writing-in-stile", "joke-bystander",
       tw("punbrook_stp", "@novelist_stp a storm, candles and a novel by torchlight. you're not having a bad night, you're writing in Stile 💅 I'll get my coat",
          reply_to=clara, when="2028-05-23T22:18:30Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("stile-chatter-map-says-2am", "third-party-chatter",
       tw("pellnbr_stp", "@novelist_stp it's the whole of Pellingford, ours went at 8 as well. the Stile Power power cut map says 2am for us, for what it's worth. stay warm",
          reply_to=clara, when="2028-05-23T22:30:03Z"),
       expect(MON, "low", "power_cuts", "third_party"), note="a neighbour's information in someone else's thread")
    status = tw(B, "Storm Orla update, 10:45pm: about 31,000 homes are off supply across the region, most of them from trees on overhead lines. 140 engineers are out and more are coming. Restoration times for your postcode are on our power cut map 👉 {url:https://stilepower.example/map}",
                when="2028-05-23T22:45:00Z")
    SC("stile-brand-own-storm-status", "brand-own-post", status, expect(IGN, "low", "power_cuts", "none"))
    SC("stile-quote-restoration-times", "quote",
       tw("kesbyroad_stp", "'restoration times are on our map' 🙃 mine's said 11pm, then 1am, now 'under review'. 140 engineers and not one on Kesby Road",
          quote=status, when="2028-05-23T23:10:15Z"),
       expect(RP, "high", "power_cuts", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his own power cut, still off")
    SC("stile-abuse-baby-bottles-clowns", "abuse-with-problem",
       tw("tired_dad_stp", f"@{B} 4 hours with no power, the baby's bottles need sterilising and you lot can't even put a time on the map. absolute bunch of clowns. sort it out",
          when="2028-05-23T23:30:49Z"),
       expect(RP, "high", "power_cuts", "direct"), note="rude, but a real power cut with a baby at home", known_miss="round 15, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @StilePower | complaint (0.86) | a vulnerable person without an essential service: urgent | topic power_cuts: 'no power'")

    # ---- Wednesday 24 May: 4,000 homes still off; a flooded substation ---------------------------
    SC("stile-repeat-ferry-road-still-off", "repeat-contact",
       tw("ash_ferry_stp", "you said 2am. then 6am. it's 6:40, still no power on Ferry Road and the map now says 'to be confirmed'. what is actually going on?",
          reply_to=sam_brand, when="2028-05-24T06:40:21Z"),
       expect(RP, "high", "power_cuts", "direct"), note="back in the brand's thread: the promised time came and went")
    sam_brand2 = tw(B, "@ash_ferry_stp Sam, I'm sorry, that estimate was wrong. It turns out the line needs a whole new pole, not a repair, so the power cut is longer: a crew is on it now and we expect to restore your power by 1pm. I'll reply here by 10 with progress.",
                    reply_to=sam_brand, when="2028-05-24T07:05:50Z")
    SC("stile-medical-insulin-warm-fridge", "medical-urgent",
       tw("carol_orr_stp", f"@{B} power's been off 14 hours in Orrick. I'm type 1 diabetic and my insulin is in a fridge that isn't cold any more. how long is it ok for? is there anywhere I can keep it cold?",
          when="2028-05-24T07:30:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="insulin warming in a dead fridge")
    SC("stile-thread-oxygen-generator-arrived", "thread-with-brand",
       tw("kay_brant_stp", "the generator came at 11 and it's running mum's concentrator, thank you so much. the power's still off though and her spare cylinder's empty now. how long can the generator stay?",
          reply_to=kay_brand, when="2028-05-24T08:10:34Z"),
       expect(RP, "urgent", "safety", "direct"), note="thanks, but a woman on oxygen with no spare cylinder and no mains power: the risk is not over")
    SC("stile-news-4000-still-off", "news-monitor",
       tw("news_orrick_stp", "About 4,000 homes in Orrick and Kesby are still without power this morning after Storm Orla brought down trees and overhead lines. Stile Power says most will be restored by tonight, but some power cuts could last into Thursday. {url:https://okcourier.example/storm-orla}",
          when="2028-05-24T08:50:00Z"),
       expect(MON, "low", "power_cuts", "indirect"), note="local news about the outage")
    SC("stile-safety-flooded-substation-quay", "safety-urgent",
       tw("quayroad_stp", "the substation on quay road in orrick is completely flooded, water right up the fence and it's humming and crackling like mad. there are kids paddling in the flood water right next to it. stile power pls",
          when="2028-05-24T09:30:41Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: a flooded substation with children in the water next to it")
    SC("stile-pt-oxigenio-avo", "non-english",
       tw("ana_avo_stp", f"@{B} Bom dia, a minha avó depende de oxigénio e estamos sem luz em Kesby desde ontem à noite. O concentrador parou e a garrafa de reserva está a acabar. O que fazemos?",
          lang="pt", when="2028-05-24T10:05:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a grandmother on oxygen without power, her bottle running out")
    SC("stile-legal-ombudsman-19-hours", "legal-threat-not-urgent",
       tw("angry_kev_stp", f"@{B} 19 hours without power on Kesby Road. 50 minutes on hold every time I ring, three restoration times all wrong. I've lost two days' work. this is going to the energy ombudsman and my MP today",
          when="2028-05-24T10:40:55Z"),
       expect(RP, "high", "power_cuts", "direct"), note="an ombudsman threat during a long power cut: high, not urgent")
    SC("stile-sarcasm-candlelit-day-two", "sarcasm-customer",
       tw("fishtank_stp", "day 2 with no power. thank you Stile Power for the candlelit dinners, very romantic. the kids are loving cold beans and the tropical fish are loving 'room temperature' 🙃🐠",
          when="2028-05-24T11:15:08Z"),
       expect(RP, "high", "power_cuts", "indirect"), note="sarcasm from a customer still without power")
    SC("stile-q-reply-compensation-40-hours", "question-in-reply-to-brand",
       tw("fran_frz_stp", "do we get compensation if we've been off more than a day? we're on 40 hours now in Ashenholt and the freezer's gone in the bin",
          reply_to=status, when="2028-05-24T11:50:37Z"),
       expect(RP, "high", "compensation", "direct"), note="a question under the brand's status post, no @; still off after 40 hours", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: replies to @StilePower: the customer is talking to the brand | a question | topic compensation: 'compensation', 'freezer'")
    jo = tw("jo_kes_stp", "how's everyone in Kesby holding up? anyone need a kettle boiling, we've got a camping stove", when="2028-05-24T12:10:00Z")
    SC("stile-venting-crisps-for-breakfast", "third-party-venting",
       tw("neil_kes_stp", "@jo_kes_stp still no power on our side. Stile Power keep moving the time, I'm charging my phone in the car and eating crisps for breakfast. living the dream",
          reply_to=jo, when="2028-05-24T12:30:16Z"),
       expect(MON, "low", "power_cuts", "third_party"), note="venting to a neighbour in her thread, brand not tagged")
    remy = tw("chef_remy_stp", f"40 hours without power at the restaurant in Orrick. Staff sent home, a week's stock in the bin, and still no straight answer from Stile Power about when. We're far from the only ones. @{B}",
              when="2028-05-24T13:10:42Z",
              metrics={"retweet_count": 1_900, "reply_count": 1_100, "like_count": 27_400, "quote_count": 230})
    SC("stile-big-reach-chef-restaurant", "big-reach", remy, expect(RP, "high", "power_cuts", "indirect"),
       note="1.1m followers, a real power cut; the handle at the end of a post to everyone")
    SC("stile-joke-planks-over-fence", "joke-bystander",
       tw("plank_joke_stp", "@chef_remy_stp in fairness a stile is two planks and a step over a fence. you can't expect it to keep a whole town's lights on 🪵",
          reply_to=remy, when="2028-05-24T13:40:09Z"),
       expect(IGN, "low", None, "third_party"), note="a carpenter's pun on the name under someone else's post", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("stile-praise-linesmen-church-lane", "praise",
       tw("church_lane_stp", "massive thanks to the Stile Power linesmen up a pole on Church Lane in the rain at midnight. everything back at 3am and they still said thank you for the tea. heroes",
          when="2028-05-24T14:20:33Z"),
       expect(RP, "low", "network", "indirect"), note="praise, brand named without a tag")
    SC("stile-hotline-on-hold-brantwell", "public-hotline-number",
       tw("brant_phone_stp", "rang Stile Power on 0808 157 0641 six times today, 50 minutes on hold each time, then cut off. still no power in Brantwell, 43 hours now",
          when="2028-05-24T15:00:28Z"),
       expect(RP, "high", "power_cuts", "indirect"), strict=False,
       note="quotes the brand's own helpline; still off after 43 hours")
    SC("stile-indirect-misspelt-third-cut", "complaint-indirect",
       tw("hobbs_cross_stp", "stile powr, that's our third power cut this year in Hobb's Cross and it's not even windy here any more. every time the wind blows we're the last ones back on",
          when="2028-05-24T16:10:51Z"),
       expect(RP, "high", "power_cuts", "indirect"), note="brand misspelt, lower case, no tag; off again")
    SC("stile-praise-killer-storm-20-mins", "praise",
       tw("roofer_mike_stp", "that storm was an absolute killer, thought the roof was coming off 😳 but our power cut in Ashenholt only lasted 20 minutes. fair play Stile Power",
          when="2028-05-24T17:00:19Z"),
       expect(RP, "low", "power_cuts", "indirect"), note="'killer' is a figure of speech; thanks for a short cut", known_miss="round 15, not met yet: priority: want \"low\", got high; the engine read: names Stile Power Networks in a post to everyone | describes their own experience | complaint (0.65) | loss of service | topic power_cuts: 'power cut', 'power cuts'")
    SC("stile-medical-oxigen-misspelt", "medical-urgent",
       tw("ox_misspell_stp", "power cut since the storm and mums oxigen machine is running off the battery pack, it says 2hrs left. stile power any idea when we're back on?? brantwell",
          when="2028-05-24T17:45:02Z"),
       expect(RP, "urgent", "power_cuts", "indirect"), note="lower case and misspelt: 'oxigen' is not a keyword, but the risk to life is the same")
    SC("stile-medical-ventilator-long-rant", "medical-urgent",
       tw("vent_hub_stp", f"@{B} 40 hours without power in Brantwell. the kids are at my sister's, my phone's on 6%, your line rings out, and my husband's home ventilator is on a battery that says 2 hours. he needs it for his breathing. is anyone coming",
          when="2028-05-24T18:20:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a life-support need inside a long complaint")

    # ---- Thursday 25 May: the compensation scam wave; the planned cut in Kesby overruns --------
    scamwarn = tw(B, "⚠️ Scam warning: texts and calls in our name are offering 'storm compensation' if you click a link and give card details. We never ask for card or bank details. Guaranteed standards payments come to you automatically. More 👉 {url:https://stilepower.example/scam}",
                  when="2028-05-25T08:00:00Z")
    SC("stile-brand-own-scam-warning", "brand-own-post", scamwarn, expect(IGN, "low", "compensation", "none"))
    SC("stile-repost-scam-warning", "repost", tw("kesby_help_stp", "", retweet=scamwarn, when="2028-05-25T08:06:27Z"),
       expect(IGN, "low", "compensation", "indirect"))
    fran2 = tw("fran_frz_stp", "does anyone know if Stile Power pay you back for a freezer full of food lost in the storm? we had a whole lamb in there", when="2028-05-25T08:20:00Z")
    SC("stile-spam-fake-support-card-details", "spam",
       tw("StilePowerCare", "@fran_frz_stp Hi Fran 👋 Stile Power support here ✅ you're owed £120 storm compensation! Just DM us your card details and we'll pay it today 🙏",
          reply_to=fran2, when="2028-05-25T08:40:13Z"),
       expect(IGN, "low", "compensation", "third_party"), note="an impersonator fishing for card details under a customer's post")
    SC("stile-private-fraud-card-phone", "private-details",
       tw("edna_stp", f"@{B} I clicked the compensation link in the text and put my card in, 4000 0566 5566 5556, and now £640 has gone out in 3 payments. I'm 79 and I don't know what to do. please ring me on 07700 900538",
          when="2028-05-25T09:20:08Z"),
       expect(RV, "high", "compensation", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    becky = tw("lucky_texts_stp", "just got a text saying I'm owed £95 from stile power for the storm!! 🎉 pizza's on me tonight", when="2028-05-25T09:45:00Z")
    SC("stile-chatter-dont-click-it", "third-party-chatter",
       tw("kesby_help_stp", "@lucky_texts_stp don't click it!! it's a scam, Stile Power put a warning out this morning. they never text asking for card details",
          reply_to=becky, when="2028-05-25T10:00:31Z"),
       expect(MON, "low", "compensation", "third_party"), note="a stranger's warning in someone else's thread")
    SC("stile-nl-schadevergoeding-sms", "non-english",
       tw("wim_stp", f"@{B} Ik kreeg een sms dat ik £85 schadevergoeding krijg voor de storm, ik moet mijn bankgegevens invullen via een link. Is dit oplichting? We zaten twee dagen zonder stroom.",
          lang="nl", when="2028-05-25T10:40:19Z"),
       expect(RP, "normal", "compensation", "direct"), note="Dutch: is the compensation text a scam")
    SC("stile-spam-scam-recovery", "spam",
       tw("fundsback_stp", "Lost money to the Stile Power compensation scam? 💸 Our certified agents recover funds in 24h, 100% success rate, bank or crypto. DM us now ✅",
          when="2028-05-25T11:15:00Z"),
       expect(IGN, "low", "compensation", "indirect"), note="'fund recovery' riding on the scam story")
    SC("stile-spam-generator-giveaway", "spam",
       tw("giveaway_stp", "🎉 Stile Power GIVEAWAY 🎉 200 free home generators for everyone hit by the storm! Follow us, like and RT, then DM your home address to win ⚡",
          when="2028-05-25T12:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway in the brand's name")
    SC("stile-in-passing-cheque-wrong-name", "complaint-in-passing",
       tw("widow_mot_stp", f"thursday so far: car failed its MOT, dentist cancelled, and the @{B} compensation cheque for the storm came made out to my late husband so I can't bank it. marvellous",
          when="2028-05-25T12:40:45Z"),
       expect(RP, "normal", "compensation", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("stile-repeat-meter-box-third-time", "repeat-contact",
       tw("ext_build_stp", "third time asking now. you said the connections team would call within 2 working days about moving the meter box. nobody has. the builders start on Monday",
          reply_to=rhys_brand, when="2028-05-25T13:30:26Z"),
       expect(RP, "high", "connections", "direct"), note="back in the brand's thread, the third contact: the promised call never came")
    SC("stile-html-claim-form-script", "html-entities",
       tw("sec_tariq_stp", f"@{B} your compensation claim form shows &lt;script&gt;document.location='https://claim-stile.example'&lt;/script&gt; at the top instead of the form. is that the scam everyone's talking about, or your own site?",
          when="2028-05-25T14:10:37Z"),
       expect(RP, "normal", "compensation", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("stile-medical-dialysis-planned-work", "medical-urgent",
       tw("dialy_dev_stp", f"@{B} quick one: I do home dialysis overnight and you've written about planned work on the pole outside, power off Saturday 8am to 4pm. that's fine as I only dialyse at night, but can you promise it's back by 4? it's medical",
          when="2028-05-25T15:00:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a life-support need")
    SC("stile-es-indemnizacion-estafa", "non-english",
       tw("lucia_stp", f"@{B} Me ha llegado un SMS diciendo que tengo una indemnización de 90 libras por la tormenta y me piden los datos de la tarjeta. ¿Es una estafa?",
          lang="es", when="2028-05-25T16:00:29Z"),
       expect(RP, "normal", "compensation", "direct"), note="Spanish: is the compensation text a scam")
    SC("stile-repeat-planned-cut-overran", "repeat-contact",
       tw("kesby_wfh_stp", "you said the planned power cut would end at 3pm at the very latest. it's 18:40, we're still off, I've lost a whole day's work and the kitchen floor is a puddle",
          reply_to=kesby_brand, when="2028-05-25T18:40:11Z"),
       expect(RP, "high", "power_cuts", "direct"), note="back in the brand's thread: the planned cut overran and she is still off")

    # ---- Friday 26 May: the regulator, roadworks, trees and tempers ------------------------------
    SC("stile-news-regulator-review", "news-monitor",
       tw("valebiz_stp", "The energy regulator has asked Stile Power Networks to explain why some homes in Orrick and Brantwell waited more than three days for power to be restored after Storm Orla. {url:https://valebusiness.example/stile-orla}",
          when="2028-05-26T07:30:00Z"),
       expect(MON, "low", "power_cuts", "indirect"), note="news about the brand")
    SC("stile-quote-automatic-payments", "quote",
       tw("vent_hub_stp", "'Guaranteed standards payments come to you automatically' 🙃 we were off for 52 hours in Brantwell and nothing has come, automatically or otherwise. so how do I get ours?",
          quote=scamwarn, when="2028-05-26T07:55:41Z"),
       expect(RP, "normal", "compensation", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own compensation question, power back on")
    SC("stile-de-baustelle-graben", "non-english",
       tw("jurgen_stp", f"@{B} Seit zwei Wochen ist vor unserem Haus in Pellingford eine Baustelle. Der Graben ist offen, die Ampel steht, aber niemand arbeitet. Wann ist das endlich fertig?",
          lang="de", when="2028-05-26T08:10:40Z"),
       expect(RP, "normal", "streetworks", "direct"), note="German: an open trench and nobody working")
    SC("stile-indirect-dug-up-three-times", "complaint-indirect",
       tw("schoolrun_stp", "Stile Power have dug up the same stretch of Kesby Road three times since January. temporary traffic lights back again this morning, 20 minutes to get the kids to school",
          when="2028-05-26T08:50:14Z"),
       expect(RP, "normal", "streetworks", "indirect"), note="her own complaint, brand named without a tag")
    SC("stile-threat-shotgun-oak", "threat-urgent",
       tw("oak_tree_stp", "if the stile power tree cutting lot come near my oak tree tomorrow like their letter says, I'll be waiting on the drive with my shotgun. that tree's 200 years old. try me",
          when="2028-05-26T09:30:55Z"),
       expect(ANY, "urgent", "network", "indirect"), note="a threat of violence against the brand's crew, with a complaint: only the priority is strict")
    SC("stile-threat-run-workers-over", "threat-urgent",
       tw("ash_road_stp", f"@{B} third morning running your digger has blocked my drive on Ashenholt Road. next time I'll run your workers over, I mean it",
          when="2028-05-26T10:15:23Z"),
       expect(ANY, "urgent", "streetworks", "direct"), note="a threat against workers, with a real complaint: only the priority is strict")
    SC("stile-legal-small-claims-self-build", "legal-threat-not-urgent",
       tw("selfbuild_stp", f"@{B} you've had our £2,400 for a new connection to our self-build in Brantwell for 14 weeks and still no date. letter before action goes today, small claims court next",
          when="2028-05-26T11:00:09Z"),
       expect(RP, "high", "connections", "direct"), note="a court threat: a strong complaint, not urgent")
    SC("stile-abuse-hedge-vandals", "abuse-with-problem",
       tw("hedge_stp", f"@{B} your tree cutting clowns butchered my hedge and an apple tree that was nowhere near the power line. 30 years it took to grow that. useless bloody vandals",
          when="2028-05-26T11:40:32Z"),
       expect(RP, "high", "network", "direct"), note="rude, but real damage")
    SC("stile-question-willow-near-line", "question",
       tw("willow_stp", f"@{B} the willow at the bottom of our garden in Orrick is getting very close to the overhead line. can someone come and cut it back before it touches? I'm not going near it myself",
          when="2028-05-26T12:30:18Z"),
       expect(RP, "normal", "network", "direct"), note="a tree growing towards a line: not touching, nothing sparking")
    SC("stile-fr-cable-bas-enfants", "non-english",
       tw("claire_hc_stp", f"@{B} Depuis la tempête, un câble électrique pend très bas au-dessus du chemin derrière la ferme à Hobb's Cross, à hauteur de tête. Les enfants passent dessous pour aller à l'école. C'est dangereux, non ? C'est un vrai danger.",
          lang="fr", when="2028-05-26T13:20:47Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: a line hanging at head height over a path children use", known_miss="round 15, not met yet: topic: want \"safety\", got network; the engine read: addressed to @StilePower | a danger to health or safety: urgent | topic network: 'câble', 'tree', 'trees'")
    SC("stile-chatter-emergency-exercise", "chatter-monitor",
       tw("OrrickComms_stp", "Heads up Orrick: Stile Power and the fire service are running an emergency exercise at the Quay Road substation today 10–2. Sirens and a bit of smoke are part of the drill, nothing to worry about!",
          when="2028-05-26T07:50:00Z"),
       expect(MON, "low", "safety", "indirect"), note="a planned drill only sounds dangerous", known_miss="round 15, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got urgent; the engine read: names Stile Power Networks in a post to everyone | complaint (0.68) | a danger to health or safety: urgent | topic safety: 'fire service', 'fire', 'fires', 'emergency', 'smoke'")
    SC("stile-it-allacciamento-fienile", "non-english",
       tw("giorgio_stp", f"@{B} Buongiorno, stiamo ristrutturando un fienile a Brantwell e ci serve un nuovo allacciamento. Quanto tempo ci vuole per avere un preventivo?",
          lang="it", when="2028-05-26T16:00:36Z"),
       expect(RP, "normal", "connections", "direct"), note="Italian: a new connection for a barn")

    # ---- Saturday 27 May: fete, praise and the name's other lives ---------------------------------
    SC("stile-namesake-village-fete", "namesake",
       tw("StileEndFete", "Stile End village fete today from 12! 🎪 dog show, tug of war, cake stall and the famous welly wanging. Parking in Top Field, £2 for the scouts",
          when="2028-05-27T07:30:00Z"),
       expect(IGN, "low", None, "none"), note="a village called Stile End")
    SC("stile-hotline-praise-3am", "public-hotline-number",
       tw("pat_night_stp", "whoever answered 0808 157 0641 at 3am on Wednesday: thank you for staying on the phone with my dad until the generator came for mum's oxygen. Stile Power, that person deserves a raise",
          when="2028-05-27T10:00:15Z"),
       expect(RP, "low", "safety", "indirect"), strict=False,
       note="praise quoting the brand's own helpline; the night is over and mum is fine")
    SC("stile-namesake-inn-power-ballads", "namesake",
       tw("StileInn", "Quiz night at the Stile Inn tonight 🍻 rounds on 80s power ballads, geography and the picture round. Teams of 6, £2 a head, winners drink free",
          when="2028-05-27T11:00:00Z"),
       expect(IGN, "low", None, "none"), note="a pub; 'power ballads' sounds like the brand")
    SC("stile-namesake-yoga-power-flow", "namesake",
       tw("StileYoga", "Sunday power flow at Stile Yoga, 9am 🧘 bring water, we're going to sweat. New members' first class free",
          when="2028-05-27T12:00:00Z"),
       expect(IGN, "low", None, "none"), note="a yoga studio's power class")
    SC("stile-common-stile-by-pylon", "common-word",
       tw("nettles_stp", "the stile next to the big pylon on the Orrick footpath has finally been fixed 👏 no more wading through the nettles. thank you whoever did it",
          when="2028-05-27T13:40:09Z"),
       expect(IGN, "low", "network", "none"), note="a stile beside a pylon: thanks that sound like they are for the brand, but are not")
    SC("stile-common-walker-fell-air-ambulance", "common-word",
       tw("moorwatch_stp", "air ambulance out on Hobb's Cross moor this afternoon: a walker fell climbing over a stile and hurt her leg badly. hope she's ok 🙏",
          when="2028-05-27T14:30:33Z"),
       expect(IGN, "low", "safety", "none"), note="a real injury, but at a stile on a footpath, not the network")
    park = tw("park_chat_stp", "Brantwell rec was heaving today ☀️ anyone else's kids completely feral by 4pm?", when="2028-05-27T16:30:00Z")
    SC("stile-safety-child-substation-in-thread", "safety-urgent",
       tw("park_mum_stp", "@park_chat_stp feral is right. just dragged our Alfie out of the Stile Power substation by the rec, the gate's open again and he was climbing on the metal boxes under the danger of death sign. he's fine, I'm shaking. it's still wide open",
          reply_to=park, when="2028-05-27T16:48:14Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="an open substation with children about, told in a friend's thread without a tag: whether to step in is a judgement, but the priority is strict")
    SC("stile-question-bill-heart-attack", "question",
       tw("bill_shock_stp", f"@{B} why has my electricity bill gone up £40 a month?? nearly gave me a heart attack when I opened it",
          when="2028-05-27T15:30:50Z"),
       expect(RP, "normal", None, "direct"), note="a bill question for the supplier, not the network: answer and point her there; 'heart attack' is a figure of speech", known_miss="round 15, not met yet: topic: want null, got compensation; the engine read: addressed to @StilePower | complaint (0.86) | topic compensation: an amount of money")

    # ---- Sunday 28 May ------------------------------------------------------------------------------
    SC("stile-namesake-cllr-margaret-stile", "namesake",
       tw("kesbylife_stp", "Lovely to meet Cllr Margaret Stile this week: 40 years on the parish council and still running the Stile End lunch club at 83 💐",
          when="2028-05-28T08:00:00Z"),
       expect(IGN, "low", None, "none"), note="a councillor's surname")
    SC("stile-praise-thread-compensation-landed", "praise",
       tw("ash_ferry_stp", "the power came back Wednesday lunchtime like you said, and the compensation payment landed in the bank yesterday without me even having to claim. that's how to do it. thank you",
          reply_to=sam_brand2, when="2028-05-28T09:00:38Z"),
       expect(RP, "low", "compensation", "direct"), note="praise from the customer in the brand's thread")
    SC("stile-html-planned-cut-template", "html-entities",
       tw("kesbyroad_stp", f"@{B} your text about Tuesday's planned power cut says 'Dear &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your power will be off from &lt;%= start_time %&gt;'. so what time is it actually off?",
          when="2028-05-28T10:00:12Z"),
       expect(RP, "normal", "power_cuts", "direct"), note="a broken message template, delivered escaped", known_miss="round 15, not met yet: priority: want \"normal\", got high; the engine read: addressed to @StilePower | complaint (0.90) | loss of service | topic power_cuts: 'planned power cut', 'power cut', 'power cuts'")
    SC("stile-de-treppenlift-register", "non-english",
       tw("jurg_mum_stp", f"@{B} Meine Mutter (91) hat einen Treppenlift und lebt allein in Orrick. Kann ich sie in Ihr Prioritätsregister eintragen lassen?",
          lang="de", when="2028-05-28T12:00:47Z"),
       expect(RP, "normal", "priority_services", "direct"), note="German: registering an old mother who lives alone")
    SC("stile-es-compensacion-congelador", "non-english",
       tw("marisol_stp", f"@{B} Estuvimos 40 horas sin luz en Brantwell por la tormenta y perdimos toda la comida del congelador. ¿Cómo pido la compensación?",
          lang="es", when="2028-05-28T13:00:19Z"),
       expect(RP, "normal", "compensation", "direct"), note="Spanish: how to claim compensation after 40 hours", known_miss="round 15, not met yet: priority: want \"normal\", got high; topic: want \"compensation\", got power_cuts; the engine read: addressed to @StilePower | complaint (0.07) | loss of service | topic power_cuts: 'sin luz'")
    return brand


BRANDS["stile-power"] = ("StilePower", 5978901245, build_stile_power)
