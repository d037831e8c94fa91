# Sedge Health: a made-up online GP and telehealth service, based in the made-up county of
# Marlshire (Wendham, Cotterby, Ashcombe, Brindle Cross and the fen villages round Holloway
# Fen): video GP appointments in an app, repeat prescriptions dispensed by its own pharmacy
# in Ashcombe and delivered by post, walk-in clinics in Wendham, Cotterby and Ashcombe, a
# symptom checker and a 24/7 nurse line, paid for by a monthly membership. Chest pain,
# breathing trouble, running out of critical medicines, dispensing errors, threats and
# crises go to the clinical safety desk.
# "Sedge" is also a grass-like marsh plant (the sedge beds at Holloway Fen, "sedgy" ground on
# the Sedgemoor levels, the sedge warbler, sedge for thatch ridges), Sedge Lane in Brindle
# Cross and the NHS Sedge Lane Surgery on it, Sedge Chemist (an independent pharmacy), Sedge
# Health Foods (a health food shop), Tom Sedge (a county cricketer), Sedge Brewery, a
# garden-centre range of "Sedge" ornamental grasses and a lurcher called Sedge: none of them
# is the health app.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week of
# 22 November 2027. Monday is ordinary; overnight into Tuesday an app update (v6.4) breaks
# repeat prescriptions: orders fail or sit in "processing" and the pharmacy receives nothing.
# Wednesday brings the news, a TV presenter and people running out of medicines; the fix
# lands on Thursday evening, and on Friday the hand-dispensed backlog arrives, with a few
# dispensing errors. The weekend is quieter.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# patient and order number, phone number, card number, address and email address here is
# made up. Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test
# number.


def build_sedge_health():
    global CURRENT_BRAND, CLOCK
    brand = Brand("sedge-health", SCEN_DIR / "sedge-health.plan.toml", "SedgeHealth", 4423456740, 1861220000000004401)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-11-22T05:30:00Z")
    B = "SedgeHealth"
    user(B, "Sedge Health", 4423456740,
         "Sedge Health 🌾 your GP in an app: video appointments, repeat prescriptions by post, walk-in clinics in Wendham, "
         "Cotterby & Ashcombe. Care team 7am–10pm. Nurse line 24/7: 0808 157 0440. Emergency? Call 999. Never post your date of birth or card here.",
         41_200, following=610, tweets=18_300, listed=160, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 9540100000 + _n[0] * 4129, bio, followers, **kw)

    # people, in order of appearance
    person("bev_brindle_se", "Bev Cartwright", "Brindle Cross born and bred. Grandkids, allotment, bingo.", 310)
    person("kenya_bound_se", "Tolu Bankole", "Planning the big trip. Data analyst. Cotterby.", 540)
    person("priya_n_se", "Priya Nandra", "Physio. Wendham. Mostly tired.", 420)
    person("office_dan_se", "Dan Whitlock", "Ops manager. Wendham. Professional sigher.", 760)
    person("meg_harlow_se", "Megan Harlow", "Ashcombe. Teacher. Cat owner. Overdrawn.", 280)
    person("carol_denn_se", "Carol Denning", "Retired, and busier than ever. Cotterby.", 95)
    person("marlccc_talk", "Marlshire Cricket Talk", "Marlshire CCC, home and away, since the rain of '98 🏏", 6300)
    person("fen_birder_se", "Ruth Alcott", "Birds, bogs and binoculars. Holloway Fen volunteer.", 2100)
    person("jamie_wade_se", "Jamie Wade", "Sound tech. Cotterby. Coffee first.", 640)
    person("lottie_fam_se", "Lottie Fairbrother", "Mum of 2. Ashcombe. Spreadsheets for fun.", 230)
    person("lurcher_lou_se", "Louise Marsh", "Two lurchers, one husband, zero peace. Wendham.", 890)
    person("sedgegiveaway", "Sedge Health Rewards 🎁", "Win FREE health memberships every week 🎁 Follow + RT to enter", 2700, following=4900)
    person("wim_dekker_se", "Wim Dekker", "Rotterdammer in Wendham. Fietst, klaagt, fietst.", 180)
    person("aisha_k_se", "Aisha Khatun", "Accountant. Cotterby. Thyroid warrior.", 350)
    person("SedgeHealthTeam", "Sedge Health Pharmacy Team ✅", "Official priority pharmacy support 24/7 💊 DM us for same-day delivery", 38, following=4800)
    person("nadia_f_se", "Nadia Fleming", "Graphic designer. Ashcombe. Mildly online.", 1150)
    person("orla_devs_se", "Orla Quigley", "Front-end dev. I read error messages so you don't have to.", 2900)
    person("sam_ireland_se", "Sam Ireland", "Type 1 since '09. Cyclist. Cotterby.", 470)
    person("hal_trent_se", "Hal Trent", "Retired postie. Wendham. Reposts the useful stuff.", 140)
    person("gwen_lowry_se", "Gwen Lowry", "Carer for my mum. Brindle Cross.", 260)
    person("fran_okoye_se", "Francesca Okoye", "Nurse (the real kind, not an app). Ashcombe.", 380)
    person("tom_quirk_se", "Tom Quirk", "Puns are my love language. Unfortunately.", 520)
    person("ana_ribeiro_se", "Ana Ribeiro", "De Coimbra, a viver em Cotterby. Enfermeira de dia, mãe sempre.", 210)
    person("ellie_stone_se", "Ellie Stone", "Bookseller. Wendham. Always cold.", 340)
    person("WendhamEcho", "Wendham Echo", "News for Wendham and across Marlshire since 1874. Tips: news@wendhamecho.example", 38_000, following=900, verified=True)
    person("bel_okafor_tv", "Bel Okafor", "Presenter, Marlshire Tonight & Saturday Kitchen Live. Mum, daughter, fan of naps. Agent: see link.",
           640_000, following=1100, listed=2600, verified=True)
    person("dom_pratt_se", "Dom Pratt", "Groan-worthy jokes, delivered daily.", 410)
    person("rt_marlshire", "Kev Marlow", "RTs of Marlshire telly and football. Ashcombe.", 230)
    person("keith_box_se", "Keith Boxall", "", 60)
    person("josie_t_se", "Josie Tembo", "Ashcombe. Trainee vet nurse. Loud.", 610)
    person("maddy_p_se", "Maddy Pryor", "Events, mostly. Cotterby.", 720)
    person("lucia_mendez_se", "Lucía Méndez", "Malagueña en Ashcombe. Hija, hermana, traductora.", 300)
    person("jon_okonkwo_se", "Jonathan Okonkwo", "Civil engineer. Wendham. Tea over coffee.", 190)
    person("hannah_g_se", "Hannah Gale", "Wendham. Asks the group chat everything.", 330)
    person("rob_sterling_se", "Rob Sterling", "Small business owner. Ashcombe. I keep receipts.", 450)
    person("pete_rowe_se", "Pete Rowe", "", 75)
    person("meds4u_direct", "Meds4U Direct 💊", "No prescription needed 💊 UK next-day discreet delivery 📦", 5100, following=5000)
    person("daz_carter_se", "Daz Carter", "Ashcombe. Doesn't suffer fools.", 45)
    person("kat_whelan_se", "Kat Whelan", "", 120)
    person("zara_b_se", "Zara Blackwood", "Mum of 3. Wendham. Hanging on by a thread.", 270)
    person("rosie_lane_se", "Rosie Lane", "Reader, knitter, overthinker. Cotterby.", 150)
    person("claire_dcrs_se", "Claire Ducros", "Lilloise à Wendham. Maman de Jules.", 170)
    person("sophie_nan_se", "Sophie Ambler", "Granddaughter, PA, worrier. Ashcombe.", 240)
    person("rhys_cantrell", "Rhys Cantrell", "Comedian. Tour dates below. Mostly complaining, professionally.",
           1_200_000, following=800, listed=4100, verified=True)
    person("mark_vey_se", "Mark Vey", "Electrician. Cotterby. Not a morning person.", 160)
    person("marketst_eats", "Priti Lal", "Eating my way round Wendham. Oat milk evangelist.", 3400)
    person("callum_j_se", "Callum Judd", "Gym, work, sleep. Ashcombe.", 210)
    person("bus_stop_bard", "Nell Fairweather", "Spotting things on the 42 bus so you don't have to.", 1900)
    person("gemma_rook_se", "Gemma Rook", "UX researcher. Wendham. The app whisperer.", 830)
    person("chloe_ash_se", "Chloe Ashworth", "Mum to Alfie (2). Ashcombe. Running on cold tea.", 190)
    person("heike_brandt_se", "Heike Brandt", "Aus Kassel, seit 2019 in Cotterby. Tochter, Lehrerin.", 160)
    person("june_pa_se", "June Pennington", "Cotterby. I read the small print.", 380)
    person("tariq_s_se", "Tariq Shah", "Husband, dad, driving instructor. Wendham.", 260)
    person("nicola_v_se", "Nicola Varley", "Support worker. Ashcombe. Crochets in queues.", 220)
    person("ryan_g_se", "Ryan Gill", "", 90)
    person("chiara_m_se", "Chiara Moretti", "Bolognese a Cotterby. Mamma e architetta.", 240)
    person("brindle_chat_se", "Lisa Yardley", "Brindle Cross. Knows everyone. Tells everyone.", 1300)
    person("ledger_ted_se", "Ted Ledger", "Real ale, real pubs. Marlshire CAMRA member.", 2200)
    person("ava_tran_se", "Ava Tran", "3am thoughts, daytime regrets. Cotterby.", 180)
    person("fenthatch_co", "Fen Thatching Co.", "Reed and sedge thatching across Marlshire since 1962.", 1400)
    person("hollins_gc", "Hollins Garden Centre", "Plants, pots and the best scones in Marlshire 🌱", 7600)
    person("ben_carew_se", "Ben Carew", "Cotterby. Three video calls, zero doctors.", 300)
    person("worried_wen_se", "Wendy Hale", "Wendham. New to all this app stuff.", 110)
    person("luke_hardy_se", "Luke Hardy", "Software tester. Wendham. Been with Sedge since the start.", 560)
    person("sunny_bal_se", "Sunita Bal", "Ashcombe. Tea, tennis, tired.", 400)
    person("levels_walker", "Graham Pike", "Walking the Sedgemoor levels in all weathers. Usually muddy.", 880)
    person("refund_team_uk", "UK Refund Team 💷", "We help customers claim compensation they're owed 💷 DM us", 1600, following=4900)
    person("maureen_h_se", "Maureen Hargreaves", "Wife, mum, nan. Wendham. Grateful.", 130)
    person("HollowayFen", "Holloway Fen Trust", "Looking after Holloway Fen's reedbeds, sedge fen and wildlife. Volunteers welcome.", 4800)
    person("allotment_al", "Alan Drury", "Allotment 14. Bog garden in progress.", 260)
    person("MarlshireLive", "Marlshire Live", "Marlshire's news, as it happens.", 24_000, following=700, verified=True)
    person("izzy_moon_se", "Izzy Moon", "Barista. Cotterby. Anxious but trying.", 240)
    person("kai_rivers_se", "Kai Rivers", "20. Ashcombe. Skate, sleep, repeat.", 680)
    person("shane_doyle_se", "Shane Doyle", "", 40)
    person("greta_hollis_se", "Greta Hollis", "Daughter, dog walker, Wendham.", 290)
    person("new_knees_se", "Derek Ambrose", "Retired groundsman. Ashcombe. Walking again.", 170)
    person("amara_obi_se", "Amara Obi", "Just moved. Boxes everywhere. Wendham.", 230)

    # ---- Monday 22 November: an ordinary day -----------------------------------------------
    SC("sedge-namesake-sedge-lane-surgery", "namesake",
       tw("bev_brindle_se", "Good news for Brindle Cross: Sedge Lane Surgery is doing Saturday morning GP appointments from December 🙌 ring at 8 and they'll book you in, no app needed",
          when="2027-11-22T07:45:12Z"),
       expect(IGN, "low", "appointments", "none"),
       note="the NHS surgery on Sedge Lane: a namesake in the same trade, with GP and appointment words")
    SC("sedge-question-travel-vaccinations", "question",
       tw("kenya_bound_se", f"@{B} do your walk-in clinics do travel vaccinations or only the flu jab? off to Kenya in Feb and need typhoid and yellow fever. is the Ashcombe one open on Saturdays?",
          when="2027-11-22T08:31:40Z"),
       expect(RP, "normal", "clinics", "direct"), note="'yellow fever' is a vaccine, not a symptom")
    priya = tw("priya_n_se", f"@{B} sat in the virtual waiting room for 50 minutes for my 9:10 video appointment, then it just said 'your appointment has been cancelled'. no call, no text, no reason. took the morning off for this",
               when="2027-11-22T10:02:19Z")
    SC("sedge-complaint-video-appointment-cancelled", "complaint-direct", priya,
       expect(RP, "normal", "appointments", "direct"))
    priya_brand = tw(B, "@priya_n_se Sorry Priya, that shouldn't happen: the GP's connection dropped and the system cancelled your slot instead of holding it. I've booked you a call-back with a GP at 2:30 today, a text will confirm it in the next few minutes. Meg",
                     reply_to=priya, when="2027-11-22T10:14:55Z")
    SC("sedge-q-reply-same-doctor", "question-in-reply-to-brand",
       tw("priya_n_se", "ok 2:30 works. will it be the same doctor? she'd already started on my referral and I really don't want to explain it all again",
          reply_to=priya_brand, when="2027-11-22T10:26:03Z"),
       expect(RP, "normal", "appointments", "direct"), note="a question in the brand's thread, no @",
       known_miss="round 12, not met yet: priority: want \"normal\", got high; the engine read: replies to @SedgeHealth: the customer is talking to the brand | complaint (0.57) | repeat contact | topic appointments: 'doctor', 'doctors', 'referral', 'referrals'")
    SC("sedge-chatter-office-gp-cupboard", "chatter-monitor",
       tw("office_dan_se", "half my office now does their GP stuff through Sedge Health instead of ringing the surgery at 8am. the future is a 7 minute video call in the stationery cupboard",
          when="2027-11-22T11:05:37Z"),
       expect(MON, "low", "appointments", "indirect"), note="talk about the brand, nothing to answer")
    SC("sedge-in-passing-membership-cancelled", "complaint-in-passing",
       tw("meg_harlow_se", f"monday so far: overslept, coffee on the laptop, the cat brought in half a mouse, and @{B} have charged my card £14.99 for a membership I cancelled in October. love this for me",
          when="2027-11-22T11:48:21Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("sedge-private-locked-out-dob", "private-details",
       tw("carol_denn_se", f"@{B} I'm locked out of the app since I changed my phone. Carol Denning, date of birth 14/03/1961, patient ID SH-4471902. Can someone reset it please? My repeat is due on Friday",
          when="2027-11-22T12:10:44Z"),
       expect(RV, "normal", "app", "direct"), note="a date of birth and a patient number in public")
    SC("sedge-namesake-cricketer-contract", "namesake",
       tw("marlccc_talk", "Delighted for Tom Sedge. 41 wickets last summer and now a two-year deal and a winter in the Lions squad. Best swing bowler this county's had in 20 years 🏏",
          when="2027-11-22T13:30:00Z"),
       expect(IGN, "low", None, "none"), note="the county cricketer")
    SC("sedge-common-sedge-warbler", "common-word",
       tw("fen_birder_se", "Last sedge warbler I saw at Holloway Fen was in mid September. They'll be in West Africa now. The reedbeds are all wrens, water rails and the odd bittern in November 🐦",
          when="2027-11-22T14:12:08Z"),
       expect(IGN, "low", None, "none"), note="a bird")
    SC("sedge-sarcasm-video-spinning-wheel", "sarcasm-customer",
       tw("jamie_wade_se", "great job Sedge Health, a 40 minute video appointment that was 38 minutes of a spinning wheel and 2 minutes of a doctor saying 'sorry, you're frozen' 👏👏",
          when="2027-11-22T15:01:33Z"),
       expect(RP, "normal", "appointments", "indirect"), note="sarcasm from a customer is a complaint, with no complaint word")
    SC("sedge-question-family-membership", "question",
       tw("lottie_fam_se", f"@{B} does the £14.99 membership cover my two kids as well or is there a family membership price? and would it be one payment a month?",
          when="2027-11-22T16:20:50Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("sedge-namesake-lurcher-ibuprofen", "namesake",
       tw("lurcher_lou_se", "our lurcher Sedge swallowed half a packet of ibuprofen off the kitchen side last night 😱 emergency vet in Ashcombe made him sick, he's on a drip and they think his kidneys will be ok. vets are actual angels",
          when="2027-11-22T19:40:26Z"),
       expect(IGN, "low", "clinical_safety", "none"),
       note="a dog called Sedge; the danger words are about a dog at the vet, not a patient")
    SC("sedge-spam-giveaway-premium", "spam",
       tw("sedgegiveaway", "🎉 GIVEAWAY 🎉 12 months of Sedge Health Premium FREE for 50 lucky followers! Follow + RT + tag 3 friends, ends midnight 👉 {url:https://sedge-rewards.example/win}",
          when="2027-11-22T21:05:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="a fake giveaway using the brand's name; 'premium' is a billing keyword")

    # ---- Tuesday 23 November: the v6.4 update breaks repeat prescriptions ------------------
    SC("sedge-nl-login-foutmelding", "non-english",
       tw("wim_dekker_se", f"@{B} sinds de update van vannacht kan ik niet meer inloggen, ik krijg steeds een foutmelding. En mijn herhaalrecept staat al sinds gisteren op 'in behandeling'. Werkt er iets wel?",
          lang="nl", when="2027-11-23T07:05:17Z"),
       expect(RP, "high", "app", "direct"), note="Dutch: can't log in since the overnight update, an outage report",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: addressed to @SedgeHealth | complaint (0.53) | topic app: 'update', 'updated', 'inloggen', 'foutmelding'")
    aisha = tw("aisha_k_se", f"@{B} my repeat order has 'failed' 3 times since the update this morning. is it me or are prescriptions down for everyone? I've got 5 days of levothyroxine left so not panicking yet",
               when="2027-11-23T07:40:29Z")
    SC("sedge-complaint-repeat-order-failed", "complaint-direct", aisha,
       expect(RP, "high", "prescriptions", "direct"),
       note="the prescription service failing for everyone is an outage; five days of a thyroid medicine left is not an emergency")
    SC("sedge-spam-fake-pharmacy-under-aisha", "spam",
       tw("SedgeHealthTeam", "@aisha_k_se Hi Aisha 👋 Sedge Health pharmacy team here ✅ we can send your prescription by express courier TODAY. Just DM us your NHS number and date of birth to confirm 💊",
          reply_to=aisha, when="2027-11-23T07:52:48Z"),
       expect(IGN, "low", "prescriptions", "third_party"),
       note="a fake support account fishing for personal details under a real customer's post")
    SC("sedge-sarcasm-dark-mode", "sarcasm-customer",
       tw("nadia_f_se", "love that the new Sedge Health update gave us dark mode and took away our prescriptions. can't get my meds but at least it's moody now 🌚 priorities",
          when="2027-11-23T08:15:02Z"),
       expect(RP, "high", "prescriptions", "indirect"), strict=False,
       note="sarcasm that reports the outage: high as an outage report; normal is also defensible for a one-liner")
    SC("sedge-html-undefined-div", "html-entities",
       tw("orla_devs_se", f"@{B} the repeat prescriptions page now shows &lt;div class=\"rx-list\"&gt;undefined&lt;/div&gt; where my meds should be. app's clearly not getting anything back from the server. is anyone on it?",
          when="2027-11-23T08:40:55Z"),
       expect(RP, "high", "prescriptions", "direct"), note="hostile-looking HTML around a real outage report; it arrives escaped",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: addressed to @SedgeHealth | complaint (0.90) | topic prescriptions: 'repeat prescription', 'prescription', 'prescriptions', 'meds'")
    aisha_brand = tw(B, "@aisha_k_se Hi Aisha, it's not you: last night's update broke repeat orders and we're fixing it now. Your order is safe and I've asked our pharmacy team to dispense it by hand today; tracking will come by text before 6pm. If it doesn't, reply here and I'll chase it myself. Dan",
                     reply_to=aisha, when="2027-11-23T09:05:10Z")
    SC("sedge-medical-insulin-type1", "medical-urgent",
       tw("sam_ireland_se", f"@{B} hi, my insulin was on the repeat order that's been stuck since this morning. I've got about a day and a half of pens left, so I'll run out by Thursday. what should I do? I'm a type 1 diabetic",
          when="2027-11-23T09:31:44Z"),
       expect(RP, "urgent", "clinical_safety", "direct"), note="a calm question, but insulin runs out in a day and a half")
    notice = tw(B, "We know repeat prescriptions aren't working in the app since last night's update (v6.4): orders fail or sit in 'processing'. Our engineers are on it, next update by 2pm. If you'll run out of an essential medicine within 48 hours, ring the nurse line on 0808 157 0440, 24/7.",
                when="2027-11-23T10:40:00Z")
    SC("sedge-brand-own-incident-notice", "brand-own-post", notice, expect(IGN, "low", "prescriptions", "none"))
    SC("sedge-repost-incident-notice", "repost", tw("hal_trent_se", "", retweet=notice, when="2027-11-23T10:52:31Z"),
       expect(IGN, "low", "prescriptions", "indirect"))
    SC("sedge-q-reply-paper-prescription-chemist", "question-in-reply-to-brand",
       tw("gwen_lowry_se", "can I take mum's paper prescription to the chemist on the high street while this is broken? or will it get dispensed twice when your system comes back",
          reply_to=notice, when="2027-11-23T11:15:06Z"),
       expect(RP, "normal", "prescriptions", "direct"), note="a question under the brand's incident post, no @")
    down = tw("fran_okoye_se", "is the sedge app down for anyone else or is it just my phone being dramatic", when="2027-11-23T12:20:00Z")
    SC("sedge-venting-app-down-reply", "third-party-venting",
       tw("ellie_stone_se", "@fran_okoye_se not just you. Sedge has been broken since 7am, every time I try to reorder it throws an error. can't even see my old orders",
          reply_to=down, when="2027-11-23T12:31:42Z"),
       expect(MON, "low", "prescriptions", "third_party"), note="venting in a friend's thread, brand not tagged: don't butt in")
    SC("sedge-joke-water-it", "joke-bystander",
       tw("tom_quirk_se", "@fran_okoye_se have you tried turning Sedge Health off and on again. or watering it 🌾",
          reply_to=down, when="2027-11-23T12:44:19Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun on the plant name in someone else's thread",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("sedge-quote-incident-next-update", "quote",
       tw("josie_t_se", "'next update by 2pm' it's 4.15 😊 anyway my meds are still 'processing' so at least something is",
          quote=notice, when="2027-11-23T16:15:27Z"),
       expect(RP, "normal", "prescriptions", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own stuck order")
    SC("sedge-pt-receita-portugal", "non-english",
       tw("ana_ribeiro_se", f"@{B} olá! Vou passar o Natal em Portugal. Posso pedir a receita renovada dos meus comprimidos antes de ir? A entrega é só no Reino Unido ou também mandam para lá?",
          lang="pt", when="2027-11-23T17:30:38Z"),
       expect(RP, "normal", "prescriptions", "direct"), note="Portuguese: a question about a repeat prescription and delivery abroad",
       known_miss="round 12, not met yet: priority: want \"normal\", got urgent; the engine read: addressed to @SedgeHealth | complaint (0.48) | a medical need: urgent | topic prescriptions: 'receita', 'receitas', 'comprimidos', 'entrega'")
    SC("sedge-sarcasm-push-notification-meds", "sarcasm-customer",
       tw("maddy_p_se", f"thanks @{B} for the push notification reminding me to 'stay on top of my meds' 🙏 I'd love to, if you'd send the prescription I ordered on Monday",
          when="2027-11-23T20:45:12Z"),
       expect(RP, "normal", "prescriptions", "indirect"), note="'thanks' that is a complaint; the brand tagged in passing")

    # ---- Wednesday 24 November: the news, a presenter, and people running out ---------------
    SC("sedge-news-prescription-delays", "news-monitor",
       tw("WendhamEcho", "Thousands of Sedge Health patients are waiting for repeat prescriptions and medication deliveries after a faulty update, the online GP firm says. It expects a fix by Thursday {url:https://wendhamecho.example/news/sedge-health-prescriptions}",
          when="2027-11-24T07:10:00Z"),
       expect(MON, "low", "prescriptions", "indirect"))
    bel = tw("bel_okafor_tv", f"My mum's 84 and her repeat prescription has been stuck on 'processing' in the @{B} app since Tuesday. She's fine for now, but she won't be the only one. Come on, sort it out.",
             when="2027-11-24T08:05:00Z",
             metrics={"retweet_count": 1900, "reply_count": 1300, "like_count": 24700, "quote_count": 310})
    SC("sedge-big-reach-presenter-mum", "big-reach", bel, expect(RP, "high", "prescriptions", "indirect"),
       note="640k followers; the handle in the middle of a post to everyone; her mum is fine for now")
    SC("sedge-joke-bog", "joke-bystander",
       tw("dom_pratt_se", "@bel_okafor_tv Sedge Health? sounds like something you'd find growing in a bog. explains a lot 🌾😂",
          reply_to=bel, when="2027-11-24T08:19:47Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's pun inside someone else's thread")
    SC("sedge-repost-presenter", "repost", tw("rt_marlshire", "", retweet=bel, when="2027-11-24T08:40:15Z"),
       expect(IGN, "low", "prescriptions", "indirect"))
    keith = tw("keith_box_se", f"@{B} you absolute clowns. 3 days my blood pressure tablets have been 'processing', your chat bot is useless and the phone line plays bloody Vivaldi for an hour. sort your shit out",
               when="2027-11-24T09:02:33Z")
    SC("sedge-abuse-bp-tablets-vivaldi", "abuse-with-problem", keith,
       expect(RP, "high", "prescriptions", "direct"), note="rude, but a real problem that has gone on for three days")
    keith_brand = tw(B, "@keith_box_se Sorry Keith, three days is too long. I've asked our pharmacy team to dispense your amlodipine by hand this morning; tracking will come by text before 5pm. If it doesn't, reply here and I'll chase it myself. Dan",
                     reply_to=keith, when="2027-11-24T09:21:08Z")
    stuck = tw("kat_whelan_se", "anyone else's repeat prescriptions stuck this week? been waiting since monday 🙄", when="2027-11-24T09:50:00Z")
    SC("sedge-medical-epilepsy-third-party", "medical-urgent",
       tw("izzy_moon_se", "@kat_whelan_se same with Sedge. my lamotrigine was due tuesday and I ran out yesterday. already had two absence seizures at work this morning and I feel awful",
          reply_to=stuck, when="2027-11-24T10:05:51Z"),
       expect(ANY, "urgent", "clinical_safety", "third_party"),
       note="in someone else's thread and not tagged, but out of epilepsy medicine and having seizures: urgent; whether to step in is the desk's call")
    SC("sedge-es-inhalador-epoc", "medical-urgent",
       tw("lucia_mendez_se", f"@{B} mi padre tiene EPOC y se ha quedado sin inhalador desde ayer porque la receta sigue 'en proceso' en la app. Por la noche le cuesta mucho respirar. ¿Alguien nos puede ayudar hoy?",
          lang="es", when="2027-11-24T11:30:14Z"),
       expect(RP, "urgent", "clinical_safety", "direct"),
       note="Spanish: a father with COPD out of his inhaler and struggling to breathe at night")
    SC("sedge-private-phone-email-pharmacy", "private-details",
       tw("jon_okonkwo_se", f"@{B} can the pharmacy ring me about my order pls, it's been stuck since tuesday. 07700 900318 or jon.okonkwo@postbox.example, free all afternoon",
          when="2027-11-24T12:10:29Z"),
       expect(RV, "normal", "prescriptions", "direct"), note="a phone number and an email address in public")
    apps = tw("hannah_g_se", "thinking of switching to one of those GP apps instead of fighting the 8am phone queue. anyone actually use one? worth it?",
              when="2027-11-24T12:40:00Z")
    SC("sedge-venting-half-sent", "third-party-venting",
       tw("rosie_lane_se", "@hannah_g_se I've been with Sedge a year. fine when it works, but my prescription sat in processing for 6 days last month and then they sent half of it. went back to the chemist on the high street",
          reply_to=apps, when="2027-11-24T12:58:36Z"),
       expect(MON, "low", "prescriptions", "third_party"), note="venting in someone else's thread, brand not tagged")
    SC("sedge-chatter-membership-advice", "third-party-chatter",
       tw("luke_hardy_se", "@hannah_g_se been with Sedge Health 2 years. membership's £14.99 a month and you can nearly always get a video appointment the same day. the doctors have been decent for us",
          reply_to=apps, when="2027-11-24T13:14:02Z"),
       expect(MON, "low", "appointments", "third_party"), note="a stranger's advice in someone else's thread")
    SC("sedge-legal-small-claims-cqc", "legal-threat-not-urgent",
       tw("rob_sterling_se", f"@{B} third email, no reply. you charged me £89 for a 'same-day' private prescription that took 9 days. I want a refund by Friday or I'm filing a small claims case and complaining to the CQC.",
          when="2027-11-24T14:20:41Z"),
       expect(RP, "high", "billing", "direct"), note="a court and regulator threat: a strong complaint, not urgent")
    SC("sedge-hotline-high-demand", "public-hotline-number",
       tw("pete_rowe_se", f"@{B} rang 0808 157 0440 at 7, 8 and 9 this morning. 'we are experiencing high demand' and then it just goes dead. my prescription's been 'processing' since tuesday. is anyone actually there?",
          when="2027-11-24T15:30:18Z"),
       expect(RP, "normal", "prescriptions", "direct"), strict=False, note="the brand's own nurse line number is not a private detail")
    SC("sedge-thread-keith-tracking-sorry", "thread-with-brand",
       tw("keith_box_se", "tracking's come through, out for delivery tomorrow. cheers Dan. and sorry for the language this morning, was at the end of my rope",
          reply_to=keith_brand, when="2027-11-24T16:40:55Z"),
       expect(RP, "low", "prescriptions", "direct"), note="thanks in the brand's thread without @; the problem is on its way to being solved")
    SC("sedge-spam-no-prescription-pills", "spam",
       tw("meds4u_direct", "Sedge Health prescriptions delayed? 💊 Get tramadol, diazepam, sleeping pills &amp; more with NO prescription needed. Next-day discreet delivery 📦 {url:https://meds4u-direct.example/uk}",
          when="2027-11-24T18:00:00Z"),
       expect(IGN, "low", "prescriptions", "indirect"), note="illegal medicine spam riding on the brand's outage",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; the engine read: names Sedge Health in a post to everyone | general chatter about the brand | topic prescriptions: 'prescription', 'prescriptions', 'pills', 'delivery'")
    SC("sedge-threat-lowercase-warehouse", "threat-urgent",
       tw("daz_carter_se", "if my mum has another fit because sedge health cant get her epilepsy meds out the door im going down that warehouse in ashcombe and somebody there is getting hurt. ive had it",
          when="2027-11-24T19:15:36Z"),
       expect(ANY, "urgent", "clinical_safety", "indirect"),
       note="a threat to the brand's pharmacy staff, with a real complaint (and a mother at risk of seizures): only the priority is strict")
    SC("sedge-medical-stroke-dad-on-hold", "medical-urgent",
       tw("zara_b_se", "dads speech has gone slurred and one side of his face is drooping, is this a stroke?? do i ring an ambulance or keep waiting, been on hold to sedge health 40 mins",
          when="2027-11-24T21:32:09Z"),
       expect(RP, "urgent", "clinical_safety", "indirect"), note="stroke signs right now, lower case, no punctuation to speak of, brand named without a tag")

    # ---- Thursday 25 November: still broken, then the fix ----------------------------------
    chicken = tw("callum_j_se", f"worst week. boiler's gone, the youngest has chickenpox, the car failed its MOT and @{B} have had my prescription stuck in 'processing' for 4 days now. great. brilliant. fab",
                 when="2027-11-25T07:20:44Z")
    SC("sedge-in-passing-chickenpox-mot", "complaint-in-passing", chicken,
       expect(RP, "normal", "prescriptions", "indirect"), note="the brand tagged in the middle of a list of bad news")
    chicken_brand = tw(B, "@callum_j_se That's a week and a half, Callum, sorry we added to it. I've found your order and it's being dispensed by hand this morning; you'll get tracking by text by lunchtime. Hope the little one's spots calm down soon. Dan",
                       reply_to=chicken, when="2027-11-25T08:04:31Z")
    SC("sedge-thread-chickenpox-thanks", "thread-with-brand",
       tw("callum_j_se", "oh! thank you, didn't expect an actual human. the prescription's my anxiety meds so that's one less thing this week 🙏",
          reply_to=chicken_brand, when="2027-11-25T08:30:12Z"),
       expect(RP, "low", "prescriptions", "direct"), note="thanks in the brand's thread without @")
    SC("sedge-medical-sertraline-lowercase", "medical-urgent",
       tw("ava_tran_se", f"day 3 without my sertraline bc the @{B} app still won't send it. the withdrawal is brutal, brain zaps, cant sleep, cant stop crying. honestly starting to feel like there's no point to any of it",
          when="2027-11-25T09:10:27Z"),
       expect(RP, "urgent", "clinical_safety", "indirect"),
       note="antidepressant withdrawal with hopelessness, said quietly in lower case: a risk to life")
    SC("sedge-fr-bebe-fievre", "medical-urgent",
       tw("claire_dcrs_se", f"@{B} bonjour, mon bébé de 4 mois a 39,5 de fièvre depuis ce matin, il ne boit plus et il est tout mou. J'appelle depuis 50 minutes, personne ne répond. C'est une urgence ?",
          lang="fr", when="2027-11-25T10:02:50Z"),
       expect(RP, "urgent", "clinical_safety", "direct"), note="French: a 4-month-old with a high fever who has stopped drinking")
    SC("sedge-private-urgent-nan-heart-tablets", "private-details",
       tw("sophie_nan_se", f"@{B} my nan is 89 and lives alone. her heart tablets haven't come and she's had none since Sunday, she's having palpitations and feels faint. 12 Orchard Close, Cotterby CT3 9LW, DOB 02/08/1938. please get them to her today",
          when="2027-11-25T11:10:05Z"),
       expect(RV, "urgent", "clinical_safety", "direct"),
       note="an 89-year-old without heart medicine and with symptoms (urgent), whose address and date of birth are posted in public (private)")
    SC("sedge-big-reach-comedian-checker", "big-reach",
       tw("rhys_cantrell", "Sedge Health's symptom checker has just asked whether my sore knee could be pregnancy-related. I'm 58. And a man. Nearly died laughing. 10/10, would check again",
          when="2027-11-25T12:00:00Z",
          metrics={"retweet_count": 5200, "reply_count": 2100, "like_count": 88000, "quote_count": 940}),
       expect(RP, "high", "nurse_line", "indirect"),
       note="1.2m followers mocking the symptom checker he used; 'nearly died laughing' is not a danger")
    SC("sedge-private-card-double-membership", "private-details",
       tw("mark_vey_se", f"@{B} you've taken the £14.99 membership twice this month off my card 4000 0566 5566 5556 exp 09/29. one refund please, I'm not paying double for an app that doesn't work",
          when="2027-11-25T13:00:37Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number in public")
    SC("sedge-namesake-health-foods", "namesake",
       tw("marketst_eats", "Sedge Health Foods on Market Street finally has the oat milk back in stock AND they've started doing vegan sausage rolls. this is now my whole personality",
          when="2027-11-25T14:00:21Z"),
       expect(IGN, "low", None, "none"), note="a health food shop whose name contains the brand's whole name")
    SC("sedge-abuse-cowboys-webcam", "abuse-with-problem",
       tw("ryan_g_se", f"@{B} your 'doctor' spent 4 minutes with me, didn't even look at my knee and charged me £35. you're a bunch of cowboys with a webcam. I want my money back",
          when="2027-11-25T15:20:48Z"),
       expect(RP, "high", "billing", "direct"), note="insults, with money taken for a consultation he says did not happen properly")
    fixed = tw(B, "Fixed ✅ Repeat prescriptions are working in the app again (v6.4.2). Everything ordered since Monday night is being dispensed now, oldest first, and should be with you by Saturday. Thank you for your patience, and we're sorry.",
               when="2027-11-25T18:00:00Z")
    SC("sedge-brand-own-fix-notice", "brand-own-post", fixed, expect(IGN, "low", "prescriptions", "none"))
    SC("sedge-quote-fixed-still-processing", "quote",
       tw("gemma_rook_se", "'fixed' 👍 cool cool cool. mine still says processing and the app won't let me reorder either",
          quote=fixed, when="2027-11-25T18:26:13Z"),
       expect(RP, "normal", "prescriptions", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own order is still stuck")
    SC("sedge-chatter-bus-stop-advert", "chatter-monitor",
       tw("bus_stop_bard", "the Sedge Health poster at the bus stop outside Wendham station says 'A GP in your pocket' and someone's written 'and a hole in it' underneath 😂",
          when="2027-11-25T19:30:40Z"),
       expect(MON, "low", "appointments", "indirect"), note="chatter about the brand's advert")
    SC("sedge-private-new-home-address", "private-details",
       tw("amara_obi_se", f"@{B} please can you change the delivery address for my prescriptions, I've moved to 4 Rookery Mews, Wendham WD2 7QS. the app won't let me edit it",
          when="2027-11-25T19:02:26Z"),
       expect(RV, "normal", "prescriptions", "direct"), note="a home address in public")
    SC("sedge-complaint-update-killing-me", "complaint-direct",
       tw("nicola_v_se", f"@{B} this new update is killing me 💀 it logs me out every time I switch apps and face id never works. please just roll it back",
          when="2027-11-25T20:35:02Z"),
       expect(RP, "normal", "app", "direct"), note="'killing me' is hyperbole about an annoying bug: not urgent")

    # ---- Friday 26 November: the backlog arrives ------------------------------------------
    SC("sedge-safety-toddler-swallowed", "safety-urgent",
       tw("chloe_ash_se", "parcel from Sedge Health came this morning and the tablets were in a loose bag, not the usual box. my 2 year old got into it while I was on the phone, think he's swallowed at least one of my amitriptyline. he's really drowsy. do I ring 999 or the nurse line??",
          when="2027-11-26T07:32:18Z"),
       expect(RP, "urgent", "clinical_safety", "indirect"), note="a toddler has swallowed an adult's tablets and is drowsy, right now",
       known_miss="round 12, not met yet: topic: want \"clinical_safety\", got nurse_line; the engine read: names Sedge Health in a post to everyone | complaint (0.36) | a medical need: urgent | topic nurse_line: 'nurse line', 'nurse', 'nurses'")
    SC("sedge-de-falsche-tabletten", "safety-urgent",
       tw("heike_brandt_se", f"@{B} In der Lieferung für meine Mutter (82) waren die falschen Tabletten: Metoprolol statt ihrem Schilddrüsenmittel. Sie hat heute früh schon eine genommen und ihr ist schwindelig. Müssen wir in die Notaufnahme?",
          lang="de", when="2027-11-26T08:45:39Z"),
       expect(RP, "urgent", "clinical_safety", "direct"),
       note="German: an 82-year-old was sent the wrong tablets, took one and is dizzy")
    SC("sedge-legal-ico-someone-elses-parcel", "legal-threat-not-urgent",
       tw("june_pa_se", "Sedge Health put a parcel through my door with someone else's name, address and a full list of her medication on the label. I've reported it to the ICO as a data breach. Appalling.",
          when="2027-11-26T09:40:26Z"),
       expect(RP, "high", "records", "indirect"), note="a report to the data regulator: a strong complaint, not urgent",
       known_miss="round 12, not met yet: priority: want \"high\", got urgent; the engine read: names Sedge Health in a post to everyone | complaint (0.44) | a medical need: urgent | topic records: 'someone else's', 'ico', 'data breach', 'data'")
    SC("sedge-repeat-aisha-tracking-stuck", "repeat-contact",
       tw("aisha_k_se", "no parcel yesterday, none today, and the tracking hasn't moved since Wednesday night. third time asking. what happened to 'I'll chase it myself'?",
          reply_to=aisha_brand, when="2027-11-26T10:15:43Z"),
       expect(RP, "high", "prescriptions", "direct"), note="back in the brand's thread without @: the promise was not kept",
       known_miss="round 12, not met yet: priority: want \"high\", got normal; the engine read: replies to @SedgeHealth: the customer is talking to the brand | a question | topic prescriptions: 'parcel', 'parcels', 'tracking'")
    SC("sedge-repeat-husband-video-third", "repeat-contact",
       tw("tariq_s_se", f"@{B} third time I'm posting about this. my wife's video appointment was cancelled on Monday, again on Wednesday, and now again today. nobody has rung back once. what is going on?",
          when="2027-11-26T11:02:57Z"),
       expect(RP, "high", "appointments", "direct"), note="the third contact about the same problem")
    SC("sedge-indirect-crushed-blister-packs", "complaint-indirect",
       tw("sunny_bal_se", "Sedge Health sent my repeat in a padded envelope and the postman folded it in half to get it through the letterbox. half the blister packs are crushed. £2.99 delivery for that",
          when="2027-11-26T12:20:09Z"),
       expect(RP, "normal", "prescriptions", "indirect"), note="names the brand without tagging it, about her own delivery")
    SC("sedge-threat-doc-knife-car", "threat-urgent",
       tw("shane_doyle_se", "the Sedge Health doc at the Wendham walk-in refused me antibiotics AGAIN this morning. going back at 4 and if she says no I'll be waiting by her car with a knife. don't bother calling the police",
          when="2027-11-26T12:50:31Z"),
       expect(ANY, "urgent", "clinical_safety", "indirect"),
       note="a threat to a named clinic's doctor, with a complaint: only the priority is strict")
    SC("sedge-namesake-sedge-chemist-flu-jab", "namesake",
       tw("brindle_chat_se", "Sedge Chemist on Brindle Cross high street is doing flu jabs without an appointment today, just walk in. lovely pharmacist, done in 5 mins 💉",
          when="2027-11-26T14:05:14Z"),
       expect(IGN, "low", "clinics", "none"), note="an independent pharmacy: a namesake in a nearby trade, full of the brand's business words",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Sedge Health in a post to everyone | describes their own experience | sarcasm (irony 0.61) from a customer: a complaint | topic clinics: 'flu jab', 'jab', 'jabs', 'walk-in'")
    croup = tw("maureen_h_se", "my granddaughter's got a cough like a seal and the GP surgery's closed till Monday. what do people do at the weekend?", when="2027-11-26T17:10:00Z")
    SC("sedge-chatter-nurse-line-croup", "third-party-chatter",
       tw("fran_okoye_se", "@maureen_h_se sounds like croup. Sedge Health's nurse line is 24/7 and they were brilliant with ours at 2am, worth a call. steam in the bathroom helps too",
          reply_to=croup, when="2027-11-26T17:24:36Z"),
       expect(MON, "low", "nurse_line", "third_party"), note="reassurance and advice in someone else's thread",
       known_miss="round 12, not met yet: action: want \"monitor\", got ignore; the engine read: a reply in someone else's conversation that does not tag the brand | a joke by a bystander, not a customer's problem | topic nurse_line: 'nurse line', 'nurse', 'nurses'")
    SC("sedge-namesake-brewery-stout", "namesake",
       tw("ledger_ted_se", "Sedge Brewery's new winter stout 'Marsh Fog' is 7.4% and tastes like Christmas pudding in a glass. Taproom on Mill Wharf open till 11 all weekend 🍺",
          when="2027-11-26T19:00:48Z"),
       expect(IGN, "low", None, "none"), note="the brewery")
    SC("sedge-safety-chest-pain-in-passing", "safety-urgent",
       tw("ben_carew_se", f"@{B} long one sorry. paid £35 for a private video consult on Monday, doctor 20 mins late, barely looked at me, said my chest pain is probably reflux. still getting it tonight, down my left arm now and it's gone numb. want a refund for the consult tbh",
          when="2027-11-26T21:40:12Z"),
       expect(RP, "urgent", "clinical_safety", "direct"),
       note="a refund complaint, but chest pain spreading down a numb left arm, told in passing: urgent")

    # ---- Saturday 27 November --------------------------------------------------------------
    SC("sedge-safety-slang-cant-breathe", "safety-urgent",
       tw("kai_rivers_se", "lowkey cant breathe rn, chest is tight af and my lips feel tingly. sedge health symptom checker said 'rest and fluids' 💀 is that it??",
          when="2027-11-27T01:52:27Z"),
       expect(RP, "urgent", "clinical_safety", "indirect"), note="slang, but trouble breathing right now")
    SC("sedge-it-minaccia-coltello", "threat-urgent",
       tw("chiara_m_se", f"@{B} stamattina nella vostra clinica di Cotterby un uomo ha minacciato la receptionist con un coltello perché non gli davano un appuntamento. C'erano anche dei bambini. È stata chiamata la polizia? Lei sta bene?",
          lang="it", when="2027-11-27T09:32:05Z"),
       expect(RP, "urgent", "clinical_safety", "direct"),
       note="Italian: a man threatened the clinic's receptionist with a knife this morning; staff and children were at risk",
       known_miss="round 12, not met yet: topic: want \"clinical_safety\", got clinics; the engine read: addressed to @SedgeHealth | a person at risk: urgent | topic clinics: 'clínica', 'clínicas', 'clinica', 'receptionist'")
    SC("sedge-praise-nurse-line-3am", "praise",
       tw("maureen_h_se", "Massive thank you to the nurse on the Sedge Health nurse line who picked up at 3am when my granddaughter's temperature spiked. Calm, kind, talked me through it, and by morning she was fine 💛",
          when="2027-11-27T10:20:33Z"),
       expect(RP, "low", "nurse_line", "indirect"), note="thanks, and the worry is over")
    SC("sedge-common-thatch-sedge-delivery", "common-word",
       tw("fenthatch_co", "Ridge finished ✅ Norfolk reed roof with a sedge ridge, good for 15 years. The sedge delivery from the fen came two days late so we were racing the rain 🌧️",
          when="2027-11-27T11:05:09Z"),
       expect(IGN, "low", "prescriptions", "none"), note="sedge for thatching; 'sedge delivery' puts the word right next to a business word",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Sedge Health in a post to everyone | sarcasm (irony 0.51) from a customer: a complaint | topic prescriptions: 'delivery'")
    SC("sedge-namesake-garden-centre-range", "namesake",
       tw("hollins_gc", "Our Sedge ornamental grasses range is 3 for £12 this week 🌾 Carex 'Evergold' looks great in winter pots. Free delivery on orders over £40",
          when="2027-11-27T12:00:00Z"),
       expect(IGN, "low", "prescriptions", "none"), note="a garden centre's product range; 'delivery' and 'orders' are prescription keywords",
       known_miss="round 12, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Sedge Health in a post to everyone | general chatter about the brand | topic prescriptions: 'delivery', 'order', 'orders'")
    SC("sedge-indirect-three-cancelled-video", "complaint-indirect",
       tw("worried_wen_se", "Switched to Sedge Health because the surgery never answers the phone. Three video appointments booked since October, three cancelled by them on the morning. Back to square one",
          when="2027-11-27T13:10:44Z"),
       expect(RP, "normal", "appointments", "indirect"), note="names the brand without tagging it, about her own appointments")
    SC("sedge-common-sedgemoor-ankle", "common-word",
       tw("levels_walker", "Walked the Sedgemoor levels from Holloway Fen today. Miles of sedge and reed, and sedgy ground that swallowed my left boot to the knee. Twisted an ankle getting it out 🥾",
          when="2027-11-27T15:00:12Z"),
       expect(IGN, "low", "clinical_safety", "none"), note="the plant, sedgy ground and a place; 'swallowed' and a twisted ankle sound like danger words")
    SC("sedge-html-spam-compensation", "html-entities",
       tw("refund_team_uk", "&lt;a href=\"//sedge-compensation.example/claim\"&gt;Sedge Health customers: claim your £50 compensation payment here&lt;/a&gt; 💷 just DM us your bank details",
          when="2027-11-27T16:30:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="spam with an HTML link, riding on the outage; 'compensation' is a billing keyword")

    # ---- Sunday 28 November ----------------------------------------------------------------
    SC("sedge-praise-heart-attack-over", "praise",
       tw("greta_hollis_se", "Update on Wednesday night: my dad's fine. The Sedge Health nurse listened to his symptoms for 30 seconds, told us to call 999 straight away, and it was a small heart attack. Stent in, home tomorrow. Thank you 💛",
          when="2027-11-28T09:00:37Z"),
       expect(RP, "low", "clinical_safety", "indirect"), note="the danger is over and he is recovering: thanks, not urgent")
    SC("sedge-common-sedge-health-check-fen", "common-word",
       tw("HollowayFen", "Our annual sedge health check is done: the tussock sedge is spreading again after two dry summers and the bitterns are back. Full survey results in the spring newsletter 🌾",
          when="2027-11-28T10:30:20Z"),
       expect(IGN, "low", "records", "none"), note="'sedge health' as ordinary words about a plant, next to 'results'",
       known_miss="round 12, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got normal; addressed: want \"none\", got indirect; the engine read: names Sedge Health in a post to everyone | describes their own experience | complaint (0.36) | topic records: 'results'")
    SC("sedge-namesake-dr-sedge-knee-surgeon", "namesake",
       tw("new_knees_se", "Huge thanks to Dr Hannah Sedge at Ashcombe Community Hospital, the surgeon who did my knee replacement in July. Walked five miles round the reservoir today without a stick 🙏",
          when="2027-11-28T10:55:03Z"),
       expect(IGN, "low", None, "none"), note="a hospital surgeon's surname: reads like praise for a doctor, but not the brand")
    SC("sedge-common-bog-garden-carex", "common-word",
       tw("allotment_al", "Planted a sedge in the boggy corner of the plot where nothing else will grow. Fingers crossed it survives the winter (Carex pendula, for the nerds)",
          when="2027-11-28T11:15:50Z"),
       expect(IGN, "low", None, "none"), note="the plant")
    SC("sedge-news-inquest-chest-pain", "news-monitor",
       tw("MarlshireLive", "Inquest: Wendham man, 47, died of a heart attack hours after a symptom checker told him his chest pain was 'likely muscular'. Sedge Health says it has since changed how its app handles chest pain {url:https://marlshirelive.example/news/inquest-wendham}",
          when="2027-11-28T14:00:00Z"),
       expect(MON, "low", "clinical_safety", "indirect"), note="news of a past death: monitor, not urgent")
    SC("sedge-hotline-praise-panic-attack", "public-hotline-number",
       tw("ava_tran_se", "shout out to whoever was on the Sedge Health nurse line (0808 157 0440) at 2am. talked me down from a panic attack and stayed on till I could breathe properly. feeling a lot better today",
          when="2027-11-28T15:10:24Z"),
       expect(RP, "low", "nurse_line", "indirect"), strict=False,
       note="praise quoting the brand's own number, about a crisis that is over: not a private detail, not urgent")
    return brand


BRANDS["sedge-health"] = ("SedgeHealth", 4423456740, build_sedge_health)
