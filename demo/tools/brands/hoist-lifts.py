# Hoist Lifts ("Hoist"): a made-up lift and escalator company run from Winch House on Foundry Lane
# in the made-up city of Pendleford. It installs, maintains and repairs lifts and escalators in
# blocks of flats, shopping centres, stations, hospitals and offices (mostly on service contracts
# with landlords and housing managers such as Pendleford Homes), runs a 24/7 line for people
# trapped in lifts, and sells, rents and repairs stairlifts in people's homes. Landlords log faults
# on its LiftLog portal and app.
# "Hoist" is also an ordinary word and a name: builders' hoists, engine hoists and the patient
# hoists of care homes and hospitals (a medical device, not the firm); people "hoist the flags"
# and are "hoist by their own petard". Hoist Brewing Co is a brewery, Hoist Climbing a bouldering
# gym, Hoist a band, Jamie Hoist a striker and DI Rachel Hoist a TV detective. None of them is
# the lift company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 26 June
# 2028, a heatwave: on Sunday night the one working lift at Corvan Tower (19 floors, on the
# Thistlegate estate; its second lift has been "in modernisation" since March) fails, and a part
# is "on order for Thursday": a mum with a buggy, a nan on oxygen whose cylinders can't be
# delivered, a wheelchair user who can't get out if there's a fire. On Tuesday the up escalator at
# the Orchard Walk shopping centre runs backwards with shoppers on it and four people are hurt:
# witnesses, the local paper, a mother in A&E. On Wednesday, the hottest day, a six-year-old is
# trapped for fifty minutes in a lift at Kelham Bridge station while the 24/7 line rings out,
# stairlift batteries give up in the heat and leave people stranded upstairs before dialysis, and
# a father at Corvan threatens the next engineer; a landlord and residents go to solicitors and
# the Housing Ombudsman. On Thursday the HSE opens an investigation, a scam wave rides on the news
# (claims firms, a fake "Hoist Lifts Support" offering refunds for card numbers, fake stairlift
# giveaways, a cold caller who takes £480 from a woman of 82), and a hospital's bed lift fails.
# On Friday Corvan's lift is back, and it's an ordinary day of invoices, the portal and other
# languages; on the weekend come praise, breweries, climbing walls, footballers, patient hoists and
# petards, a lift that drops a floor at Coldwater Rise, and Corvan's lift breaks again.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_hoist_lifts():
    global CURRENT_BRAND, CLOCK
    brand = Brand("hoist-lifts", SCEN_DIR / "hoist-lifts.plan.toml", "HoistLifts", 6478901245, 1861220000000006901)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-06-26T05:30:00Z")
    B = "HoistLifts"
    user(B, "Hoist Lifts", 6478901245,
         "Lifts, escalators and stairlifts across Pendleford and the Fenby valley. Trapped in a lift? Our 24/7 line: "
         "0808 157 0419. Help here 7am–10pm. We never cold-call about payments.",
         24_800, following=1_120, tweets=38_600, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12040100000 + _n[0] * 4129, bio, followers, **kw)

    person("kez_adebayo_hl", "Kez Adebayo", "Corvan Tower, 15th floor. Two kids, one buggy, no lift.", 380)
    person("PendlePride_hl", "Pendleford Pride", "Pendleford Pride 🏳️‍🌈 Marine Parade, 8 July. Volunteers welcome.", 5_600)
    person("jade_m_hl", "Jade Morton", "Thistlegate. Nails, naps, neighbours.", 640)
    person("shan_w_hl", "Shannon Walsh", "Mum of two. Corvan Tower. Tired.", 290)
    person("pete_row_hl", "Pete Rowlands", "Wyndhurst. Looking after Dad for a bit.", 150)
    person("dani_oka_hl", "Dani Okafor", "Nan's favourite. Thistlegate born.", 520)
    person("vic_corvan_hl", "Vic Mensah", "Corvan Tower. Night shifts at the depot.", 110)
    person("HoistBrew_hl", "Hoist Brewing Co", "Small-batch beer from Canal Yard, Pendleford 🍺 Taproom Thu–Sun.", 7_300)
    person("marshlane_hl", "Marsh Lane Properties", "Block management for 40 buildings in Pendleford. Gail Pryce, property manager.", 860)
    person("lou_barker_hl", "Louise Barker", "Low Fenby. Mum's carer, part-time florist.", 430)
    person("tam_achebe_hl", "Tamsin Achebe", "Facilities coordinator. Reads page source for fun.", 1_900)
    person("ray_kinsella_hl", "Ray Kinsella", "Pendleford. Notices things nobody else does.", 720)
    person("LiftFollows_hl", "LiftFollows 📈", "Real followers. Real fast. DM for packages 💯", 4_800, following=5_000)
    person("wren_k_hl", "Wren Kaur", "Corvan Tower, 12th floor. Wheelchair user. Not a hero, just stubborn.", 1_250)
    person("big_tom_g_hl", "Tom Gorman", "Corvan Tower. Calves of steel this week.", 340)
    person("jonas_w_hl", "Jonas Weber", "Aus Bremen, wohnt im Corvan Tower. Koch.", 210)
    person("mel_p_hl", "Mel Pritchard", "Thistlegate. Care assistant. Long days.", 260)
    person("nina_r_hl", "Nina Roszak", "Pendleford. Saturday job at Orchard Walk.", 480)
    person("chloe_s_hl", "Chloe Sutton", "Mum of Alfie (5). Ashgrove.", 310)
    person("PendleNews_hl", "Pendleford Courier", "News for Pendleford and the Fenby valley since 1868.", 52_000,
           following=800, verified=True)
    person("bev_o_hl", "Bev Osei", "Ashgrove. Daughter, grandma, worrier.", 190)
    person("amy_l_hl", "Amy Lennox", "Pendleford. Always late for the post office.", 230)
    person("rhys_d_hl", "Rhys Darby", "Orchard Walk regular. Knows where the toilets are.", 880)
    person("punmaster_hl", "Gary Pugh", "Puns. Pints. Pendleford.", 1_300)
    person("lee_shift_hl", "Lee Carrick", "Corvan Tower. Warehouse. Twelve-hour shifts.", 95)
    person("sian_wheels_hl", "Sian Talbot", "Paralympic champion 🥇 Wheelchair racer. Campaigner for step-free everything.",
           640_000, following=1_100, listed=2_600, verified=True)
    person("graham_p_hl", "Graham Pike", "Corvan Tower residents' group. 31 years in the block.", 410)
    person("mark_corvan_hl", "Mark Bryce", "", 60)
    person("priya_s_hl", "Priya Sandhu", "Mum to Asha (6). Kelham Bridge.", 350)
    person("edna_f_hl", "Edna Farrow", "Low Fenby. Married 54 years to a man who won't sit still.", 70)
    person("marisol_hl", "Marisol Vega", "Sevillana en Pendleford. Cuido de mi madre.", 240)
    person("alan_t_hl", "Alan Tulloch", "Wyndhurst. Retired joiner. Paying for a chair that goes halfway.", 120)
    person("sanne_b_hl", "Sanne de Boer", "Uit Groningen, woont in Low Fenby.", 180)
    person("dazmo_hl", "Daz", "thistlegate till i die", 140)
    person("ruth_c_hl", "Ruth Campbell", "Corvan Tower. Hold music connoisseur.", 160)
    person("gem_h_hl", "Gemma Hale", "Ashgrove. Barbecue evangelist.", 560)
    person("kat_moss_hl", "Kat Moss", "Ashgrove. Looking after Mum.", 210)
    person("bryn_o_hl", "Bryn Owen", "Stairlift veteran (Gran's). Happy to help.", 330)
    person("giulia_r_hl", "Giulia Russo", "Torinese a Pendleford. Figlia di un papà testardo.", 290)
    person("PendleLive_hl", "Pendleford Live", "Breaking news and what's on across Pendleford.", 88_000,
           following=1_200, verified=True)
    person("ClaimsPal_hl", "ClaimsPal 💷", "Injured? Delayed? Owed money? We claim it for you. No win no fee ✅", 6_100, following=5_000)
    person("HoistLiftsUK_hl", "Hoist Lifts UK 🎉", "Celebrating 40 years of Hoist Lifts! Official giveaways 🎁", 2_200, following=4_900)
    person("ali_haider_hl", "Ali Haider", "Corvan Tower. Pays his service charge on time, unlike some.", 150)
    person("HoistCare_hl", "Hoist Lifts Support", "Official support for Hoist Lifts customers 🔧 DM us for refunds and help", 38,
           following=4_600)
    person("nora_v_hl", "Nora Vance", "Ashgrove. Gets her mum's post.", 120)
    person("irene_w_hl", "Irene Walsh", "Wyndhurst. 71. Careful with texts.", 80)
    person("cass_porter_hl", "Cass Porter", "Porter at St Aldhelm's. Nights mostly. Views my own.", 470)
    person("joel_f_hl", "Joel Fisher", "Low Fenby. Only child of a stubborn mum.", 260)
    person("stan_m_hl", "Stan Mercer", "Grandad fitted lifts for 40 years. I just ride them.", 310)
    person("faye_d_hl", "Faye Dunmore", "Wyndhurst. Teacher. Used a day's leave for nothing.", 390)
    person("hanna_k_hl", "Hanna Keller", "Aus Freiburg in Pendleford. Pflegt ihre Mutter.", 200)
    person("molly_g_hl", "Molly Greer", "Marlowe House. Nan's keeper.", 150)
    person("AnnaTVNews_hl", "Anna Blake", "Presenter, Blake at Six ✨ Consumer stories, every weeknight. DMs open.",
           410_000, following=2_100, listed=1_900, verified=True)
    person("PendleHomes_hl", "Pendleford Homes", "Homes for 22,000 people across Pendleford. Repairs: use the app or call.",
           14_200, following=600, verified=True)
    person("wyndct_ra_hl", "Wyndhurst Ct RA", "Wyndhurst Court Residents' Association. Meetings first Monday, the Chapel Room.", 310)
    person("fenby_est_hl", "Fenby Estates", "Block manager, Low Fenby and Ashgrove. Office Mon–Fri.", 540)
    person("rachel_n_hl", "Rachel Noon", "Ashgrove. Annual leave, wasted.", 420)
    person("hugo_l_hl", "Hugo Laing", "Landlord of one small block. Hates templates.", 900)
    person("lorna_q_hl", "Lorna Quigley", "Low Fenby. Panicky in small spaces.", 230)
    person("marco_b_hl", "Marco Bellini", "Amministratore di condominio, Canal Street.", 170)
    person("beatriz_hl", "Beatriz Lopes", "Do Porto para Wyndhurst. Enfermeira.", 210)
    person("claire_d_hl", "Claire Duval", "Syndic bénévole, Ashgrove. Lyonnaise.", 190)
    person("carmen_r_hl", "Carmen Ruiz", "De Málaga. Abuela de 3 en Wyndhurst.", 160)
    person("klaus_h_hl", "Klaus Hoffmann", "Aus Kassel. Eltern ziehen bald nach Pendleford.", 140)
    person("neil_k_hl", "Neil Kaye", "Kingsmead House. Sleeps badly, because of the lift.", 130)
    person("HoistClimb_hl", "Hoist Climbing", "Bouldering and ropes in the old foundry 🧗 Open 7am–10pm.", 9_800)
    person("tessa_b_hl", "Tessa Birch", "Daughter of a stubborn 93-year-old. Pendleford.", 280)
    person("rusty_lr_hl", "Dan Rusk", "Land Rover Series IIa. Rust is a feature.", 1_600)
    person("jo_whit_hl", "Jo Whitcombe", "Harbour Street. Hopeless with small spaces.", 210)
    person("wordy_nan_hl", "Liz Harker", "Retired librarian. Sayings collector.", 2_400)
    person("site_gaz_hl", "Gaz Dwyer", "Labourer. Quay Street job. Arms like rope.", 190)
    person("crown_pub_hl", "The Crown, Fenby", "Village pub. Real ale, Sunday roasts, quiz Tuesdays.", 3_100)
    person("WyndFC_hl", "Wyndhurst FC", "Official account of Wyndhurst Football Club ⚽", 21_000, verified=True)
    person("dom_hl", "Dom Fenton", "Five-a-side, Saturday lates.", 300)
    person("ben_y_hl", "Ben Yates", "Wyndhurst. Dad's taxi.", 170)
    person("paul_w_hl", "Paul Wynn", "Low Fenby. Dad's stairlift fan now.", 200)
    person("fiona_k_hl", "Fiona Kerr", "Stennack House. Asks the group chat everything.", 440)
    person("tariq_m_hl", "Tariq Malik", "Stennack House. Two kids, one lift.", 230)
    person("ola_b_hl", "Ola Bankole", "Coldwater Rise. Mum of Zara (8).", 190)
    person("june_a_hl", "June Addo", "Ashgrove House, 9th floor. Home dialysis, good days and bad.", 150)
    person("gigs_pendle_hl", "Pendleford Gigs", "What's on, who's playing, where to go.", 12_500)
    person("TelyGuide_hl", "TelyGuide", "What to watch tonight 📺", 64_000, following=700)
    person("sam_h_hl", "Sam Holroyd", "Ashgrove. Blunt but fair.", 260)
    person("owen_r_hl", "Owen Rees", "Wyndhurst. Keeps every receipt.", 180)

    # ---- Monday 26 June: Corvan Tower's only working lift is out; ordinary questions --------------
    kez = tw("kez_adebayo_hl", f"@{B} the only working lift at Corvan Tower has been out of order since 10pm last night. 19 floors, two kids, a buggy and 31 degrees forecast. your 24/7 line says 'an engineer has been notified'. notified isn't fixed. when is someone coming?",
             when="2028-06-26T05:52:14Z")
    SC("hl-complaint-corvan-lift-out", "complaint-direct", kez, expect(RP, "high", "repairs", "direct"),
       note="the only working lift in a 19-storey block is out: an outage for every resident")
    SC("hl-common-hoist-flags-pride", "common-word",
       tw("PendlePride_hl", "Volunteers needed 8am Saturday to hoist the flags along Marine Parade for Pendleford Pride 🏳️‍🌈 bring gloves and water, we'll bring the bacon rolls",
          when="2028-06-26T06:30:00Z"),
       expect(IGN, "low", None, "none"), note="to hoist a flag: nothing to do with lifts")
    kez_brand = tw(B, "@kez_adebayo_hl Hi Kez, I'm sorry. Our engineer found the lift's drive unit has failed; the replacement part is on order for Thursday. We know how hard that is at Corvan and we're asking Pendleford Homes about help with shopping and buggies. Amir",
                   reply_to=kez, when="2028-06-26T06:48:40Z")
    SC("hl-brand-reply-kez-part-thursday", "brand-own-post", kez_brand, expect(IGN, "low", "repairs", "none"))
    jade = tw("jade_m_hl", "how was everyone's weekend? ☀️ mine was mostly fans and ice lollies", when="2028-06-26T07:02:00Z")
    shan = tw("shan_w_hl", "@jade_m_hl don't ask. carried the pram up 14 floors twice yesterday because the lift at corvan is out of order again and hoist say the part won't come till thursday. my back is in bits and the baby screamed the whole way up",
              reply_to=jade, when="2028-06-26T07:31:25Z")
    SC("hl-venting-pram-fourteen-floors", "third-party-venting", shan, expect(MON, "low", "repairs", "third_party"),
       note="venting to a friend in her thread, brand named lower case, not tagged: don't butt in")
    SC("hl-question-stairlift-rental-hip", "question",
       tw("pete_row_hl", f"@{B} how much is it to rent a stairlift for 3 months? my dad's coming to stay with us after his new hip and our stairs are a straight staircase, 13 steps. could you fit one before the 10th?",
          when="2028-06-26T08:04:51Z"),
       expect(RP, "normal", "stairlifts", "direct"), note="planning ahead for after an operation: an ordinary question, no need today")
    dani = tw("dani_oka_hl", f"@{B} my nan lives on the 16th floor of Corvan Tower and she's on oxygen 24 hours a day. the supplier won't carry the big cylinders up 16 flights and she's on her last one, it runs out tomorrow night. the lift's been out since last night. please help",
              when="2028-06-26T08:40:09Z")
    SC("hl-medical-nan-oxygen-16th-floor", "medical-urgent", dani, expect(RP, "urgent", "safety", "direct"),
       note="oxygen that can't be delivered because the lift is out: a medical need")
    dani_brand = tw(B, "@dani_oka_hl Dani, thank you for telling us. We've flagged your nan to Pendleford Homes and the oxygen supplier as a priority and we're arranging for cylinders to be carried up today. We'll DM you for her flat number. Amir",
                    reply_to=dani, when="2028-06-26T08:55:30Z")
    status = tw(B, "Corvan Tower, Thistlegate: the lift is out of service after its drive unit failed last night. The part is on order for Thursday and our engineers are trying to get it sooner. If someone at home needs help getting in or out, call 0808 157 0419.",
                when="2028-06-26T09:15:00Z")
    SC("hl-brand-own-corvan-status", "brand-own-post", status, expect(IGN, "low", "repairs", "none"))
    SC("hl-repost-corvan-status", "repost", tw("vic_corvan_hl", "", retweet=status, when="2028-06-26T09:22:41Z"),
       expect(IGN, "low", "repairs", "indirect"))
    SC("hl-namesake-brewery-top-floor", "namesake",
       tw("HoistBrew_hl", "New on the bar at the Foundry Tap from tonight: Top Floor, a 5.2% hazy pale brewed for the heatwave 🍺 Hoist Brewing Co, Unit 4, Canal Yard",
          when="2028-06-26T10:00:00Z"),
       expect(IGN, "low", None, "none"), note="a brewery called Hoist; 'Top Floor' is a beer")
    SC("hl-private-invoice-account-email", "private-details",
       tw("marshlane_hl", f"@{B} invoice HL-INV-20931 bills us £640 for an emergency callout to Wyndhurst Court on 14 June that your engineer never attended (we have the CCTV). account HLC-448120. please send the credit note to gail.pryce@marshlane.example",
          when="2028-06-26T10:35:18Z"),
       expect(RV, "normal", "billing", "direct"), note="an account number and an email address in public", known_miss="round 16, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @HoistLifts | exposes an account, booking or security code and an e-mail address in public: answer privately | complaint (0.92) | a danger to health or safety: urgent | topic billing: 'invoice', 'invoices', 'invoiced', 'bill', 'billed', 'credit note', an amount of money")
    SC("hl-praise-dev-stairlift-sunday", "praise",
       tw("lou_barker_hl", "Massive thank you to Dev from Hoist who came out on a Sunday evening when mum's stairlift started beeping and wouldn't move. sorted the battery in 20 minutes, then stayed for a cup of tea because she wanted to show him her sweet peas 💛",
          when="2028-06-26T11:20:37Z"),
       expect(RP, "low", "stairlifts", "indirect"), note="thanks, brand named without a tag")
    SC("hl-html-liftlog-script", "html-entities",
       tw("tam_achebe_hl", f"@{B} LiftLog has been showing our job at Ashgrove House as &lt;script&gt;alert('status')&lt;/script&gt; since this morning instead of a status, and the ETA box is blank. is the portal playing up or has someone been messing with it? can't log in on the app either",
          when="2028-06-26T12:05:03Z"),
       expect(RP, "normal", "portal", "direct"), note="hostile HTML around a real question, delivered escaped")
    SC("hl-chatter-plate-everywhere", "chatter-monitor",
       tw("ray_kinsella_hl", "once you notice the little Hoist plate above the buttons you see it everywhere. the station, the multi-storey, my dentist, the council offices. they've basically got a monopoly on going up",
          when="2028-06-26T13:10:44Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: the name Hoist Lifts with no sign of the brand's business: another entity")
    SC("hl-spam-follower-selling", "spam",
       tw("LiftFollows_hl", f"@{B} 📈 LIFT your brand! 20k real followers + 5k likes for just £25. Trusted by trades &amp; local businesses. DM us today 💯",
          when="2028-06-26T14:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("hl-complaint-kingsmead-squeal", "complaint-direct",
       tw("neil_k_hl", f"@{B} the lift at Kingsmead House squeals like a tortured seagull every time it passes the 4th floor. it still works, but could an engineer come and look at it before all 40 flats lose their minds?",
          when="2028-06-26T15:25:12Z"),
       expect(RP, "normal", "repairs", "direct"), note="an ordinary fault on a lift that still runs")
    SC("hl-safety-wheelchair-fire-escape", "safety-urgent",
       tw("wren_k_hl", f"@{B} I'm a wheelchair user on the 12th floor of Corvan Tower. with the lift out I can't get out of my flat at all, and if there's a fire I can't get down. has anyone even told the fire service there's someone up here who can't use the stairs?",
          when="2028-06-26T17:40:29Z"),
       expect(RP, "urgent", "safety", "direct"), strict=False,
       note="no emergency right now, but a resident who cannot escape a fire: most leads would treat it as a safety case, some as a strong outage complaint")

    # ---- Tuesday 27 June: 31 degrees; the Orchard Walk escalator runs backwards; Corvan still out ----
    SC("hl-repeat-kez-day-two", "repeat-contact",
       tw("kez_adebayo_hl", "day two. just carried my 2 year old and the shopping up 15 floors before 7am because it's already 25 degrees by then. 'Thursday' for a part isn't good enough. what are you actually doing?",
          reply_to=kez_brand, when="2028-06-27T05:58:16Z"),
       expect(RP, "high", "repairs", "direct"), note="back in the brand's thread, no @: the outage goes on")
    SC("hl-sarcasm-heatwave-bootcamp", "sarcasm-customer",
       tw("big_tom_g_hl", "Shout out to Hoist for the free heatwave bootcamp at Corvan Tower 🏋️ 19 floors of stairs twice a day in 29 degrees, lift out of order since Sunday. 10/10, my calves have never been so angry",
          when="2028-06-27T06:45:52Z"),
       expect(RP, "high", "repairs", "indirect"), note="sarcasm from a resident about the outage", known_miss="round 16, not met yet: priority: want \"high\", got low; the engine read: names Hoist Lifts in a post to everyone | praise: thank them | topic repairs: 'out of order'")
    SC("hl-de-aufzug-ausser-betrieb", "non-english",
       tw("jonas_w_hl", f"@{B} Guten Morgen, der Aufzug im Corvan Tower ist seit Sonntagabend außer Betrieb. Ich wohne im 17. Stock und arbeite in der Küche, zwölf Stunden am Tag. Wann kommt endlich ein Techniker?",
          lang="de", when="2028-06-27T07:30:08Z"),
       expect(RP, "high", "repairs", "direct"), note="German: the Corvan outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @HoistLifts | a question | topic repairs: 'außer betrieb', 'techniker'")
    SC("hl-in-passing-melt-bill-them", "complaint-in-passing",
       tw("mel_p_hl", f"tuesday so far: 30 degrees by 9, the bus didn't show, my fan died and @{B} still haven't fixed the lift at Corvan so I carried the big shop up 11 floors. if I melt, bill them",
          when="2028-06-27T08:10:33Z"),
       expect(RP, "high", "repairs", "indirect"), note="the brand tagged in the middle of a bad morning, about the outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: tags @HoistLifts in a post to everyone | describes their own experience | complaint (0.66) | topic repairs: 'fix', 'fixed', 'fixing'")
    SC("hl-safety-escalator-went-backwards", "safety-urgent",
       tw("nina_r_hl", f"@{B} the up escalator in Orchard Walk just went backwards with people on it. an older man fell all the way to the bottom and there's blood on the steps. ambulance is on its way. TURN THEM ALL OFF",
          when="2028-06-27T10:42:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="people hurt on an escalator that reversed, right now")
    SC("hl-safety-lowercase-son-chin", "safety-urgent",
       tw("chloe_s_hl", "escalator at orchard walk literally reversed under us. my son fell and split his chin open and a lady behind us hit her head. it says hoist on the side of it. I'm still shaking",
          when="2028-06-27T10:50:06Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: a witness whose child is hurt")
    stmt = tw(B, "Orchard Walk: we're very sorry. An escalator reversed this morning and people were hurt. Every escalator in the centre is switched off while our safety team investigates with the centre. If you were on it or saw it, please DM us.",
              when="2028-06-27T11:30:00Z")
    SC("hl-brand-own-escalator-statement", "brand-own-post", stmt, expect(IGN, "low", "safety", "none"))
    courier = tw("PendleNews_hl", "Four people hurt as a Hoist Lifts escalator reverses at Orchard Walk shopping centre. Paramedics treated a man in his 70s for head injuries; the firm says every escalator in the centre is now switched off. {url:https://pendlefordcourier.example/news/orchard-walk-escalator}",
                 when="2028-06-27T12:15:00Z")
    SC("hl-news-courier-escalator", "news-monitor", courier, expect(MON, "low", "safety", "indirect"))
    SC("hl-quote-people-were-hurt-wrist", "quote",
       tw("bev_o_hl", "'people were hurt'. my mum broke her wrist on that escalator this morning and she's still sat in A&amp;E. not one person from Hoist has asked how she is",
          quote=stmt, when="2028-06-27T12:40:48Z"),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her mother is being treated, the complaint is about the aftermath")
    amy = tw("amy_l_hl", "anyone know if orchard walk is open this afternoon? need the post office before 4", when="2028-06-27T12:55:00Z")
    SC("hl-chatter-use-car-park-lifts", "third-party-chatter",
       tw("rhys_d_hl", "@amy_l_hl it's open, but all the escalators are off after this morning and Hoist have taped them off. use the lifts by the car park entrance, the post office is right by them",
          reply_to=amy, when="2028-06-27T13:05:19Z"),
       expect(MON, "low", None, "third_party"), note="a stranger's help in someone else's thread")
    SC("hl-question-reply-retail-park-safe", "question-in-reply-to-brand",
       tw("sam_h_hl", "are the escalators at the Wyndhurst retail park the same make? my kids go up and down them every Saturday. are they safe to use?",
          reply_to=stmt, when="2028-06-27T13:40:55Z"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="a worried question under the brand's post, no @; no one is in danger now, though some would treat any safety question as urgent")
    SC("hl-joke-let-down-by-nature", "joke-bystander",
       tw("punmaster_hl", "@shan_w_hl @jade_m_hl Hoist by name, let-down by nature 😂",
          reply_to=shan, when="2028-06-27T14:02:11Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("hl-abuse-shower-of-clowns", "abuse-with-problem",
       tw("lee_shift_hl", f"@{B} you absolute shower of useless clowns. THREE days I've walked up 17 floors after 12 hour shifts because you can't fix one lift. get your fingers out and do your jobs",
          when="2028-06-27T14:30:47Z"),
       expect(RP, "high", "repairs", "direct"), note="rude, with a real three-day outage")
    SC("hl-big-reach-paralympian-station", "big-reach",
       tw("sian_wheels_hl", f"Third time this month the lift at Kelham Bridge station has been out of order, so I stayed on to Ashgrove and wheeled back in 30 degrees. @{B} maintains it. Step-free access that isn't there is no access at all.",
          when="2028-06-27T15:30:02Z",
          metrics={"retweet_count": 3_800, "reply_count": 1_200, "like_count": 27_400, "quote_count": 260}),
       expect(RP, "high", "repairs", "indirect"), note="640k followers; a station lift out for the third time this month")
    SC("hl-legal-ombudsman-hse-solicitor", "legal-threat-not-urgent",
       tw("graham_p_hl", "Reported Hoist Lifts and Pendleford Homes to the Housing Ombudsman and the HSE today. Three days with no lift in a 19-storey block, and the second lift has been 'in modernisation' since March. Our solicitor's letter goes tomorrow.",
          when="2028-06-27T16:20:38Z"),
       expect(RP, "high", "repairs", "indirect"), note="an ombudsman, a regulator and a solicitor: a strong complaint, not urgent")
    SC("hl-thread-dani-oxygen-nobody-came", "thread-with-brand",
       tw("dani_oka_hl", "nobody has come. she's on the last few hours of her oxygen now and she's scared. the supplier still says no lift, no delivery. please",
          reply_to=dani_brand, when="2028-06-27T17:10:24Z"),
       expect(RP, "urgent", "safety", "direct"), note="back in the brand's thread: the oxygen is running out and the promise wasn't kept")

    # ---- Wednesday 28 June: 33 degrees; a child trapped at Kelham Bridge; stairlifts fail; threats ----
    SC("hl-threat-next-engineer-battered", "threat-urgent",
       tw("mark_corvan_hl", f"@{B} I'm warning you now. the next engineer you send to Corvan Tower who can't get it going is getting battered. I'll throw him down all 19 floors myself and I don't care who gets hurt. 4 days I've carried my disabled son up and down",
          when="2028-06-28T06:10:55Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against an engineer with a real complaint: only the priority is strict")
    priya = tw("priya_s_hl", f"@{B} my 6 year old daughter is TRAPPED in the lift at Kelham Bridge station. it stopped between floors with her and two other people inside, it's boiling in there and she's screaming. your 24/7 number just rings out. please send someone NOW",
               when="2028-06-28T09:50:12Z")
    SC("hl-safety-child-trapped-station", "safety-urgent", priya, expect(RP, "urgent", "safety", "direct"),
       note="a child trapped in a hot lift, and the emergency line rings out")
    priya_brand = tw(B, "@priya_s_hl Priya, our control room has the alarm from that lift and an engineer is 10 minutes away. We've also called the fire brigade to get them out faster. Keep talking to her through the doors, she's not alone. We're DMing you now. Sam",
                     reply_to=priya, when="2028-06-28T09:53:40Z")
    SC("hl-brand-reply-trapped-fire-brigade", "brand-own-post", priya_brand, expect(IGN, "low", "safety", "none"))
    SC("hl-thread-priya-out-line-rang-out", "thread-with-brand",
       tw("priya_s_hl", "they got her out at 10:40, the fire brigade opened the doors. she's ok, just red and exhausted. 50 minutes in a metal box in 32 degrees and your line rang out the whole time. I want to know why",
          reply_to=priya_brand, when="2028-06-28T10:58:31Z"),
       expect(RP, "high", "safety", "direct"), note="the child is out and well: now a strong complaint in the brand's thread, not an emergency", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: replies to @HoistLifts: the customer is talking to the brand | a danger to health or safety: urgent | topic safety: 'got her out', 'fire brigade', 'fire'")
    SC("hl-medical-dialysis-stuck-upstairs", "medical-urgent",
       tw("edna_f_hl", f"@{B} hello, my husband's stairlift stopped halfway up yesterday afternoon and he's been stuck upstairs since. he has dialysis at St Aldhelm's at 7am tomorrow and can't manage the stairs on his own. is there any chance an engineer could come today? thank you",
          when="2028-06-28T11:30:46Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm, polite question, but his dialysis depends on getting downstairs")
    SC("hl-medical-es-dialisis-madre", "medical-urgent",
       tw("marisol_hl", f"@{B} Buenas tardes. El salvaescaleras de mi madre no funciona desde ayer y ella está atrapada en el piso de arriba. Tiene 84 años y diálisis el jueves por la mañana. ¿Pueden venir hoy? Gracias",
          lang="es", when="2028-06-28T12:10:20Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, calm: her mother is stuck upstairs with dialysis on Thursday")
    SC("hl-repeat-stairlift-halfway-rental", "repeat-contact",
       tw("alan_t_hl", f"@{B} third call this week. my stairlift keeps beeping and stopping on the bend, your engineer blamed the heat and the batteries and left. I'm paying £65 a month rental for a chair that goes halfway",
          when="2028-06-28T12:45:09Z"),
       expect(RP, "high", "stairlifts", "direct"), note="the third contact about the same fault")
    SC("hl-nl-traplift-accu", "non-english",
       tw("sanne_b_hl", f"@{B} Goedemiddag, de traplift van mijn vader is sinds maandag kapot, het lampje van de accu knippert alleen nog. Hij slaapt nu beneden op de bank. Wanneer kan er iemand komen?",
          lang="nl", when="2028-06-28T13:20:37Z"),
       expect(RP, "normal", "stairlifts", "direct"), note="Dutch: a broken stairlift; her father manages downstairs")
    SC("hl-threat-brick-through-van", "threat-urgent",
       tw("dazmo_hl", "if i see one more hoist van parked up on thistlegate while that lift's still dead im putting a brick through the windscreen and the engineer can have the next one",
          when="2028-06-28T14:05:15Z"),
       expect(ANY, "urgent", "repairs", "indirect"), note="a threat against an engineer, lower case, no tag: only the priority is strict")
    SC("hl-hotline-five-calls-cut-off", "public-hotline-number",
       tw("ruth_c_hl", f"@{B} rang 0808 157 0419 five times today about the lift at Corvan. 40 minutes on hold each time, then cut off. it's been out of order 4 days now. is anyone actually there?",
          when="2028-06-28T14:40:22Z"),
       expect(RP, "high", "repairs", "direct"), strict=False,
       note="the brand's own 24/7 number is not a private detail; the outage goes on")
    SC("hl-legal-landlord-withholding", "legal-threat-not-urgent",
       tw("marshlane_hl", f"@{B} fifth breakdown at Wyndhurst Court this month, and your engineer took 9 hours to attend yesterday against a 4-hour response in our service contract. we're withholding payment on all invoices and our solicitors are reviewing the contract",
          when="2028-06-28T15:30:51Z"),
       expect(RP, "high", "billing", "direct"), note="a landlord's solicitors and withheld payments: strong, not urgent")
    gem = tw("gem_h_hl", "bbq at ours saturday, who's in? 🍔🌭", when="2028-06-28T15:50:00Z")
    kat = tw("kat_moss_hl", "@gem_h_hl can't, sorry. mum's stairlift has packed in again and hoist can't come till tuesday, so I'm staying at hers this weekend to help her up and down. third time since may",
             reply_to=gem, when="2028-06-28T16:10:43Z")
    SC("hl-venting-stairlift-weekend", "third-party-venting", kat, expect(MON, "low", "stairlifts", "third_party"),
       note="venting to a friend in her thread, brand not tagged", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'hoist' is used as an ordinary word | topic stairlifts: 'stairlift', 'stairlifts'")
    SC("hl-chatter-loan-stairlift-advice", "third-party-chatter",
       tw("bryn_o_hl", "@kat_moss_hl ask Hoist for a loan chair while they wait for the part, they put a reconditioned stairlift in at my gran's for a fortnight for nothing. worth asking",
          reply_to=kat, when="2028-06-28T16:30:18Z"),
       expect(MON, "low", "stairlifts", "third_party"), note="a stranger's advice in someone else's thread")
    SC("hl-medical-it-ossigeno-padre", "medical-urgent",
       tw("giulia_r_hl", f"@{B} Buonasera, mio padre ha 88 anni, usa l'ossigeno e vive al settimo piano in Harbour Street. L'ascensore è fermo da ieri e domani arriva la consegna delle bombole. Ha paura di restare senza. Potete aiutarci? Grazie",
          lang="it", when="2028-06-28T17:05:29Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian, calm: oxygen cylinders can't reach the seventh floor")

    # ---- Thursday 29 June: the HSE; a scam wave; a hospital's bed lift ------------------------------
    live = tw("PendleLive_hl", "The Health and Safety Executive has opened an investigation into Tuesday's escalator accident at Orchard Walk, in which four people were injured. Hoist Lifts says it is cooperating fully. Corvan Tower residents meanwhile face a fourth day without a lift. {url:https://pendlefordlive.example/hse-orchard-walk}",
              when="2028-06-29T06:30:00Z")
    SC("hl-news-hse-investigation", "news-monitor", live, expect(MON, "low", "safety", "indirect"))
    SC("hl-joke-stairs-ltd", "joke-bystander",
       tw("punmaster_hl", "@PendleLive_hl a firm called Hoist that can't get anyone up 19 floors. should've called themselves Stairs Ltd 😂",
          reply_to=live, when="2028-06-29T06:52:40Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun under a news post")
    SC("hl-spam-claims-no-win-no-fee", "spam",
       tw("ClaimsPal_hl", "Hurt on the Orchard Walk escalator or trapped in a Hoist lift? 💷 You could be owed up to £15,000. No win no fee, claims settled in weeks ✅ {url:https://claimspal.example/hoist}",
          when="2028-06-29T07:30:00Z"),
       expect(IGN, "low", "safety", "indirect"), note="a claims firm riding on the news", known_miss="round 16, not met yet: topic: want \"safety\", got scams; the engine read: names Hoist Lifts in a post to everyone | spam (1.00): selling, giveaways or promotion | topic scams: 'no win no fee'")
    thu = tw(B, "Corvan Tower update: the new drive unit arrived at 7am and our engineers are fitting it now. We expect the lift back in service by Friday evening. Thank you for your patience this week, and sorry.",
             when="2028-06-29T08:10:00Z")
    SC("hl-brand-own-corvan-friday", "brand-own-post", thu, expect(IGN, "low", "repairs", "none"))
    SC("hl-quote-by-friday-toddler", "quote",
       tw("shan_w_hl", "'by Friday evening'. on Monday it was Thursday. that's five days of 14 floors with a toddler and a pram because the lift's out of order. some of us would like a straight answer for once",
          quote=thu, when="2028-06-29T08:40:26Z"),
       expect(RP, "high", "repairs", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the outage goes on")
    SC("hl-q-reply-second-lift-modernisation", "question-in-reply-to-brand",
       tw("graham_p_hl", "and the second lift? the one that's been 'in modernisation' since March? or is that still months away",
          reply_to=thu, when="2028-06-29T09:02:14Z"),
       expect(RP, "normal", "repairs", "direct"), note="a question under the brand's post, no @")
    ali = tw("ali_haider_hl", f"@{B} will residents get any refund on the service charge for the week with no lift? we pay for the lift through Pendleford Homes every month",
             when="2028-06-29T09:20:05Z")
    SC("hl-question-service-charge-refund", "question", ali, expect(RP, "normal", "billing", "direct"))
    SC("hl-spam-fake-support-card-refund", "spam",
       tw("HoistCare_hl", f"@ali_haider_hl @{B} Hi Ali, Hoist Lifts Support here 👋 refunds for Corvan residents are being paid today. Just DM us your card number and the 3 digits on the back to receive your £150",
          reply_to=ali, when="2028-06-29T09:41:33Z"),
       expect(IGN, "low", "billing", "indirect"), note="a fake support account in a customer's thread, fishing for card details")
    SC("hl-private-cold-call-card-phone", "private-details",
       tw("nora_v_hl", f"@{B} a man rang my mum pretending to be from Hoist and said her stairlift service was overdue. she paid £480 on her card 4111 1111 1111 1111 and now he wants more. she's 82. it's a scam isn't it. please ring me on 07700 900516",
          when="2028-06-29T10:30:49Z"),
       expect(RV, "high", "scams", "direct"), note="money lost to a fraudster using the name, with a card and a phone number in public")
    SC("hl-question-rental-text-real", "question",
       tw("irene_w_hl", f"@{B} I've had a text saying my stairlift rental payment failed and I must update my card at a link within 24 hours. is that really you or a scam? it looks dodgy, like those fake parcel texts",
          when="2028-06-29T11:15:27Z"),
       expect(RP, "normal", "scams", "direct"), note="checking a phishing text before doing anything: nothing lost")
    SC("hl-spam-forty-free-stairlifts", "spam",
       tw("HoistLiftsUK_hl", "🎉 Hoist Lifts turns 40! We're giving away 40 FREE stairlifts to say thank you. Like, share and enter your details here to claim yours 👉 {url:https://hoist-lifts-40.example/claim}",
          when="2028-06-29T12:00:00Z"),
       expect(IGN, "low", "stairlifts", "indirect"), note="a fake giveaway in the brand's name")
    SC("hl-safety-hospital-evacuation-chairs", "safety-urgent",
       tw("cass_porter_hl", f"@{B} the bed lift in the east wing at St Aldhelm's has been out since 6am. we're carrying patients down two floors on evacuation chairs to get them to theatre. somebody is going to get hurt",
          when="2028-06-29T12:40:16Z"),
       expect(RP, "urgent", "safety", "direct"), note="patients carried down stairs to theatre: danger to people")
    SC("hl-private-wrong-house-address", "private-details",
       tw("joel_f_hl", f"@{B} your engineer has gone to the wrong house AGAIN. it's 7 Elmfield Road, Low Fenby, LF3 9QP, not 17. mum's stairlift is still parked at the top with the seat folded. my number is 07700 900233",
          when="2028-06-29T13:30:02Z"),
       expect(RV, "high", "stairlifts", "direct"), note="a home address and a phone number in public, and the same mistake again")
    SC("hl-chatter-grandad-fitted-seventies", "chatter-monitor",
       tw("stan_m_hl", "my grandad fitted some of the first Hoist lifts in Pendleford in the 70s. he's 91 and still reads every news story about them out loud at Sunday dinner like it's family gossip",
          when="2028-06-29T14:10:38Z"),
       expect(MON, "low", None, "indirect"))
    SC("hl-indirect-typo-engineer-day-off", "complaint-indirect",
       tw("faye_d_hl", "hoist lifs engineer was booked 8 till 12 to look at the noisy lift in our block. it's half 4. took a day's leave for this. no call, no text, nothing",
          when="2028-06-29T15:00:21Z"),
       expect(RP, "normal", "repairs", "indirect"), note="'lifts' misspelt, lower case, no tag: his own missed appointment")
    SC("hl-safety-de-mutter-eingeschlossen", "safety-urgent",
       tw("hanna_k_hl", f"@{B} Meine Mutter ist seit 40 Minuten im Aufzug im Parkhaus Kelham Street eingeschlossen. Beim Notruf geht niemand ran, es ist sehr heiß da drin und sie hat Angst. Bitte schicken Sie sofort jemanden!",
          lang="de", when="2028-06-29T16:20:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: her mother trapped in a hot lift, the emergency line unanswered")
    SC("hl-big-reach-presenter-corvan", "big-reach",
       tw("AnnaTVNews_hl", f"I've been at Corvan Tower today. A mum carrying a buggy up 15 floors in 33 degrees. Residents who haven't been out since Sunday. The lift's been out of order for four days. @{B} @PendleHomes_hl this is not OK. More at six.",
          when="2028-06-29T17:05:10Z",
          metrics={"retweet_count": 2_900, "reply_count": 1_800, "like_count": 14_600, "quote_count": 410}),
       expect(RP, "high", "repairs", "indirect"), note="410k followers; the brand tagged in a post to everyone about the outage")
    SC("hl-safety-doors-closed-on-nan", "safety-urgent",
       tw("molly_g_hl", "the lift doors at marlowe house closed on my nan's arm this morning and wouldn't open again for ages. she's 87 and bruised from wrist to elbow. 2nd time it's happened. hoist lift's need to look at it before someone gets really hurt",
          when="2028-06-29T18:10:55Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, the name with a stray apostrophe: a lift injuring people and still running")

    # ---- Friday 30 June: Corvan's lift back; an ordinary day --------------------------------------
    SC("hl-it-ascensore-fermo", "non-english",
       tw("marco_b_hl", f"@{B} Buongiorno, l'ascensore del nostro palazzo in Canal Street è fermo da martedì e il tecnico non si è mai visto. Ci sono anziani al quinto piano. Quando viene qualcuno?",
          lang="it", when="2028-06-30T07:30:12Z"),
       expect(RP, "high", "repairs", "direct"), note="Italian: a block's lift out since Tuesday and no engineer: an outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @HoistLifts | a question | topic repairs: 'fermo', 'técnico', 'tecnico'")
    SC("hl-pt-fatura-visita", "non-english",
       tw("beatriz_hl", f"@{B} Bom dia, recebi uma fatura de 240 libras por uma visita de um técnico que nunca apareceu. Podem verificar e enviar o reembolso? Obrigada",
          lang="pt", when="2028-06-30T08:15:40Z"),
       expect(RP, "normal", "billing", "direct"), note="Portuguese: billed for a visit that never happened")
    SC("hl-fr-devis-contrat", "non-english",
       tw("claire_d_hl", f"@{B} Bonjour, je suis syndic bénévole d'une petite copropriété à Ashgrove. Pourriez-vous nous envoyer un devis pour un contrat d'entretien de nos deux ascenseurs ? Merci",
          lang="fr", when="2028-06-30T08:50:03Z"),
       expect(RP, "normal", "billing", "direct"), note="French: a quote for a maintenance contract")
    SC("hl-es-alquiler-salvaescaleras", "non-english",
       tw("carmen_r_hl", f"@{B} Hola, ¿cuánto cuesta el alquiler de una silla salvaescaleras para una escalera curva? Es para mi casa en Wyndhurst, vivo sola. Gracias",
          lang="es", when="2028-06-30T09:30:36Z"),
       expect(RP, "normal", "stairlifts", "direct"), note="Spanish: renting a stairlift")
    SC("hl-de-treppenlift-einbau", "non-english",
       tw("klaus_h_hl", f"@{B} Guten Tag, wie lange dauert der Einbau eines Treppenlifts nach der Besichtigung? Meine Eltern ziehen im August nach Low Fenby.",
          lang="de", when="2028-06-30T10:10:18Z"),
       expect(RP, "normal", "stairlifts", "direct"), note="German: how long a stairlift takes to fit")
    SC("hl-indirect-ra-invoice-callouts", "complaint-indirect",
       tw("wyndct_ra_hl", "Hoist Lifts have invoiced Wyndhurst Court Residents' Association £1,920 plus VAT for 'emergency callouts' in June. On three of the four dates, nobody came. We've asked for the engineer reports. Nothing.",
          when="2028-06-30T10:45:29Z"),
       expect(RP, "normal", "billing", "indirect"), note="billed for visits that didn't happen, brand named without a tag", known_miss="round 16, not met yet: priority: want \"normal\", got urgent; the engine read: names Hoist Lifts in a post to everyone | complaint (0.78) | a danger to health or safety: urgent | topic billing: 'invoice', 'invoices', 'invoiced', 'vat', an amount of money")
    SC("hl-question-liftlog-password-reset", "question",
       tw("fenby_est_hl", f"@{B} I manage 6 blocks for Fenby Estates and haven't been able to log in to LiftLog since Wednesday's update. the password reset emails never arrive. how do I see which jobs are open?",
          when="2028-06-30T11:20:51Z"),
       expect(RP, "normal", "portal", "direct"))
    SC("hl-sarcasm-annual-leave-window", "sarcasm-customer",
       tw("rachel_n_hl", "Thank you Hoist for the lovely 4 hours I spent sat by the window today waiting for someone to look at mum's stairlift, the one with the beeping battery. Nobody came. Best use of annual leave ever 🙃",
          when="2028-06-30T12:00:14Z"),
       expect(RP, "normal", "stairlifts", "indirect"), note="thanks meaning the opposite, brand named without a tag")
    SC("hl-html-renewal-template", "html-entities",
       tw("hugo_l_hl", f"@{B} just got your renewal email: 'Dear &lt;FIRST_NAME&gt;, your contract for &lt;SITE&gt; renews at £{{{{price}}}} + VAT'. so how much am I paying, and for which building?",
          when="2028-06-30T12:40:33Z"),
       expect(RP, "normal", "billing", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("hl-hotline-praise-panic-attack", "public-hotline-number",
       tw("lorna_q_hl", "whoever picked up Hoist's 0808 157 0419 line at 2am on Wednesday when I was stuck in the lift at work: thank you for talking to me for 45 minutes till the engineer came. I was having a panic attack and you were so calm",
          when="2028-06-30T13:30:26Z"),
       expect(RP, "low", "safety", "indirect"), strict=False, note="praise quoting the brand's own number, for help in a danger now past")
    SC("hl-in-passing-mot-fleas-invoice", "complaint-in-passing",
       tw("sam_h_hl", f"this week: car failed its MOT, the cat's got fleas, and @{B} sent me an invoice and charged my card £95 for a stairlift service nobody came to do. july can't come soon enough",
          when="2028-06-30T14:15:07Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a bad week")
    fixed = tw(B, "✅ Corvan Tower: the lift is back in service. Thank you to residents for a really hard week, and sorry it took so long. Our engineers will be on call for the block all weekend.",
               when="2028-06-30T17:05:00Z")
    SC("hl-thread-kez-working-thanks", "thread-with-brand",
       tw("kez_adebayo_hl", "it's working!! thank you to Amir and the two engineers who stayed till it was done. shouldn't have taken 5 days but they were lovely with my kids",
          reply_to=kez_brand, when="2028-06-30T17:40:48Z"),
       expect(RP, "low", "repairs", "direct"), note="thanks in the brand's thread, no @")
    SC("hl-q-reply-service-charge-back", "question-in-reply-to-brand",
       tw("ali_haider_hl", "will we get anything back for the week? we pay £14 a week service charge for that lift and nobody has answered my question from yesterday",
          reply_to=fixed, when="2028-06-30T18:02:19Z"),
       expect(RP, "high", "billing", "direct"), note="a question under the brand's post, no @; he is coming back to a question left unanswered", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: replies to @HoistLifts: the customer is talking to the brand | complaint (0.80) | topic billing: 'service charge', 'charge', 'charged', an amount of money")

    # ---- Saturday 1 July: praise, namesakes and the ordinary word ----------------------------------
    SC("hl-namesake-climbing-auto-belays", "namesake",
       tw("HoistClimb_hl", "New routes set at Hoist Climbing this morning 🧗 the orange 6b on the overhang is already making grown adults cry. Auto-belays back in action too, sorry for the wait",
          when="2028-07-01T07:30:00Z"),
       expect(IGN, "low", None, "none"), note="a climbing gym called Hoist")
    SC("hl-common-patient-hoist-care-home", "common-word",
       tw("tessa_b_hl", "mum's care home left her on the floor for two hours after a fall because the ceiling hoist in her room was broken and they aren't allowed to lift her by hand. she's 93. she wasn't hurt, thank god, but I'm furious",
          when="2028-07-01T08:20:41Z"),
       expect(IGN, "low", "safety", "none"), note="a patient hoist in a care home: a medical device, not the lift company")
    SC("hl-common-engine-hoist", "common-word",
       tw("rusty_lr_hl", "finally got the engine out of the Land Rover. borrowed an engine hoist off my uncle and it only took 3 of us, 2 beers and 1 skinned knuckle 🔧",
          when="2028-07-01T09:10:22Z"),
       expect(IGN, "low", None, "none"), note="a garage engine hoist")
    SC("hl-praise-karen-harbour-street", "praise",
       tw("jo_whit_hl", f"@{B} big thank you to Karen who came out at 9pm when our lift at Harbour Street jammed with the doors open. she had it fixed in an hour and talked my nervous neighbour through everything",
          when="2028-07-01T10:30:58Z"),
       expect(RP, "low", "repairs", "direct"))
    SC("hl-common-petard-councillor", "common-word",
       tw("wordy_nan_hl", "Councillor who voted to close Fenby library caught holding his surgeries in it. Hoist by his own petard, as my nan would say 📚",
          when="2028-07-01T11:30:17Z"),
       expect(IGN, "low", None, "none"), note="an old saying", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hoist Lifts in a post to everyone | general chatter about the brand")
    SC("hl-common-builders-hoist-broke-down", "common-word",
       tw("site_gaz_hl", "the builders' hoist on the Quay Street flats site broke down again this morning so we carried 40 bags of plaster up five floors by hand. hire firm says their engineer can't come till Monday",
          when="2028-07-01T12:10:35Z"),
       expect(IGN, "low", "repairs", "none"), note="a building-site hoist, broken down with an engineer: repair words, but not the lift company")
    SC("hl-namesake-brewery-trade-invoice", "namesake",
       tw("crown_pub_hl", "Hoist Brewing Co have put their trade price up again. Invoice for 10 kegs is 18% higher than May and nobody warned us. Love the beer, lads, but come on",
          when="2028-07-01T13:00:09Z"),
       expect(IGN, "low", "billing", "none"), note="the brewery, with an invoice and a price rise: business words, still not the lift company")
    SC("hl-namesake-jamie-hoist-goal", "namesake",
       tw("WyndFC_hl", "GOAL! Jamie Hoist rises highest to head in at the back post ⚽ 2-1 Wyndhurst, 78'",
          when="2028-07-01T14:50:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname")
    dom = tw("dom_hl", "anyone about tonight for the match? 🍻", when="2028-07-01T15:40:00Z")
    SC("hl-medical-in-thread-heart-tablets", "medical-urgent",
       tw("ben_y_hl", "@dom_hl can't mate. mum's stairlift has died with her stuck upstairs, and her heart tablets and insulin are in the kitchen. hoist can't come till monday so I'm driving over to sort her out",
          reply_to=dom, when="2028-07-01T16:30:42Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a medical need in a friend's thread, brand not tagged: whether to step in is a judgement, the priority is strict")
    SC("hl-praise-dad-own-bed", "praise",
       tw("paul_w_hl", "Hoist fitted dad's stairlift in one morning, two days after the home assessment. he slept in his own bed last night for the first time in 8 months and cried. so did I",
          when="2028-07-01T17:15:23Z"),
       expect(RP, "low", "stairlifts", "indirect"), note="thanks, brand named without a tag", known_miss="round 16, not met yet: action: want \"respond_public\", got monitor; the engine read: names Hoist Lifts in a post to everyone | general chatter about the brand | topic stairlifts: 'stairlift', 'stairlifts', 'home assessment'")

    # ---- Sunday 2 July: Corvan breaks again; a lift drops at Coldwater Rise ------------------------
    SC("hl-repeat-corvan-broken-again", "repeat-contact",
       tw("big_tom_g_hl", f"@{B} and it's broken again. fixed friday, dead by sunday breakfast. that's the fourth breakdown at Corvan since Easter. I'm done",
          reply_to=fixed, when="2028-07-02T06:40:11Z"),
       expect(RP, "high", "repairs", "direct"), note="back under the brand's 'back in service' post: the outage is back", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: replies to @HoistLifts: the customer is talking to the brand | complaint (0.70) | topic repairs: 'broken', 'fix', 'fixed', 'fixing', 'breakdown', 'breakdowns'")
    SC("hl-legal-small-claims-deposit", "legal-threat-not-urgent",
       tw("owen_r_hl", "Hoist Lifts refuse to refund the £400 deposit for a stairlift they never fitted, because the invoice says 'non-refundable'. Letter before action sent today. Small claims court next.",
          when="2028-07-02T08:05:36Z"),
       expect(RP, "high", "billing", "indirect"), note="a court threat over his own deposit, brand named without a tag: strong, not urgent")
    SC("hl-safety-dropped-a-floor", "safety-urgent",
       tw("ola_b_hl", f"@{B} the lift at Coldwater Rise just dropped about a floor with me and my daughter in it, then jolted to a stop with the doors half open between floors. we climbed out. it's still running and there's no sign on it. someone's going to get killed",
          when="2028-07-02T09:10:04Z"),
       expect(RP, "urgent", "safety", "direct"), note="a lift that fell and is still in use")
    fiona = tw("fiona_k_hl", "does anyone else's lift make that clunk just before it stops? 🤔", when="2028-07-02T09:40:00Z")
    SC("hl-safety-in-thread-drops-scared", "safety-urgent",
       tw("tariq_m_hl", "@fiona_k_hl ours at Stennack House does more than clunk. it drops a few inches every time it stops and the doors open before it's level. hoist came last week and said it's fine. it's not fine, it's dangerous. my kids use it every day and I'm scared",
          reply_to=fiona, when="2028-07-02T10:00:27Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a lift that drops, in someone else's thread, brand not tagged: whether to step in is a judgement, the priority is strict")
    SC("hl-medical-home-dialysis-delivery", "medical-urgent",
       tw("june_a_hl", f"@{B} hi, a notice says the lift at Ashgrove House will be off for maintenance all day Tuesday. I do home dialysis and my fluids come on Tuesdays, about 20 boxes to the 9th floor. is there any way the delivery can go up first? thanks",
          when="2028-07-02T11:00:49Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but her dialysis supplies depend on the lift")
    SC("hl-abuse-stairlift-dead-landing", "abuse-with-problem",
       tw("sam_h_hl", f"@{B} sort your f***ing stairlifts out. 3rd engineer in a fortnight and my mum's is still dead on the landing. useless, the lot of you",
          when="2028-07-02T11:45:30Z"),
       expect(RP, "high", "stairlifts", "direct"), note="rude, with a stairlift that has failed three visits; 'dead' is the stairlift", known_miss="round 16, not met yet: topic: want \"stairlifts\", got repairs; the engine read: addressed to @HoistLifts | complaint (0.98) | rude, but still a customer with a problem | the problem keeps coming back | topic repairs: 'engineer', 'engineers'")
    SC("hl-namesake-band-foundry", "namesake",
       tw("gigs_pendle_hl", "Hoist have just announced a last-minute hometown show at the Foundry on Friday 🎸 tickets £12 on the door, support from Velvet Lung",
          when="2028-07-02T12:30:00Z"),
       expect(IGN, "low", None, "none"), note="a band called Hoist", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hoist Lifts in a post to everyone | general chatter about the brand")
    SC("hl-repost-courier-escalator", "repost", tw("rhys_d_hl", "", retweet=courier, when="2028-07-02T13:10:52Z"),
       expect(IGN, "low", "safety", "indirect"), note="a repost of the news from Tuesday")
    SC("hl-namesake-tv-detective-lift-shaft", "namesake",
       tw("TelyGuide_hl", "DI Rachel Hoist is back 🔎 Series 3 of 'Hoist' starts tonight at 9: a body at the bottom of a lift shaft in a Pendleford tower block, and nobody in the building saw a thing",
          when="2028-07-02T18:00:00Z"),
       expect(IGN, "low", None, "none"), note="a TV detective; the lift shaft and tower block are fiction", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Hoist Lifts in a post to everyone | general chatter about the brand")
    return brand


BRANDS["hoist-lifts"] = ("HoistLifts", 6478901245, build_hoist_lifts)
