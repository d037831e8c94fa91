# Anvil Fitness: a made-up chain of gyms ("clubs" in Hexley, Brentwick, Millgate and Dunmoor):
# memberships and contracts, direct debits and cancellations, classes and bookings, personal
# trainers, equipment, changing rooms and lockers, opening hours, an app that hands out the
# door entry and locker codes, and injuries in the gym. "Anvil" is also a blacksmith's block
# (the thing cartoons drop on people), a bone in the ear (the incus), an anvil cloud, The
# Anvil pub on Tanner's Row and a heavy-metal band called Anvil: none of them is the gym.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# handle, phone number, membership number, card and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_anvil_fitness():
    global CURRENT_BRAND, CLOCK
    brand = Brand("anvil-fitness", SCEN_DIR / "anvil-fitness.plan.toml", "AnvilFitness", 4156789015, 1861220000000001901)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-04-05T05:50:00Z")
    B = "AnvilFitness"
    user(B, "Anvil Fitness", 4156789015,
         "Anvil Fitness member help 🏋️ 7am–10pm, every day. Members' line 0808 157 0462. Please never post your member number, bank details or address here.",
         31_700, following=540, tweets=61_000, listed=160, verified=True)
    user("jade_okonkwo_x", "Jade Okonkwo", 6410382716, "Hexley. Nurse. Allegedly a runner.", 340)
    user("tommo_ashworth", "Tom Ashworth", 6410457291, "Early shifts, earlier gym.", 210)
    user("owen_pargeter", "Owen Pargeter", 6410513874, "Spreadsheets and squats.", 150)
    user("priya_venk_dm", "Priya Venkatesh", 6410598023, "Dunmoor. Trying to get strong before 40.", 480)
    user("gemma_rawl_87", "Gemma Rawlinson", 6410641987, "Hair takes 40 minutes. Do the maths.", 560)
    user("lenny_okafor_b", "Lenny Okafor", 6410702365, "Powerlifting-curious. Brentwick.", 390)
    user("cath_mulvey_6", "Cath Mulvey", 6410776130, "Spin at 6, work at 8, sleep at 9.", 260)
    user("lucia_moreno_hx", "Lucía Moreno", 6410829546, "Sevillana en Hexley. Pilates y café.", 310)
    user("rant_mode_rob", "Rob Harkness", 6410893017, "Stays for the squat racks. Only the squat racks.", 720)
    user("samwhitlow_runs", "Sam Whitlow", 6410951462, "Couch to 5k graduate. Now what.", 130)
    user("daan_vrml_t1", "Daan Vermeulen", 6411038275, "Type 1 🩸 Utrechter in Hexley.", 240)
    user("nina_cresswell", "Nina Cresswell", 6411094618, "Mum of two. Brentwick.", 410)
    user("giulia_frr_mg", "Giulia Ferraro", 6411152039, "Milanese a Millgate.", 180)
    user("dez_kerrigan", "Dez Kerrigan", 6411217764, "", 95)
    user("dom_farrelly", "Dom Farrelly", 6411273590, "Deadlifts and grudges.", 160)
    user("jordo_pike", "Jordan Pike", 6411330142, "Leg day never skipped.", 300)
    user("kyle_m_legday", "Kyle Marsh", 6411396827, "", 120)
    user("fran_oduya", "Fran Oduya", 6411452306, "Paralegal. Reads the small print so you don't have to.", 650)
    user("harry_delacourt", "Harry Delacourt", 6411518841, "Sunday league centre half, currently benched.", 230)
    user("shaz_cleeve", "Sharon Cleeve", 6411574197, "Two jobs, one gym, no patience.", 140)
    user("cal_reid_caps", "Callum Reid", 6411639652, "", 80)
    user("lou_tamblyn", "Louise Tamblyn", 6411695230, "Legs currently not working. By choice.", 520)
    user("aditi_rao_dm", "Aditi Rao", 6411752815, "Newlywed. Clumsy.", 370)
    user("margaux_ptt", "Margaux Petit", 6411818460, "Lyonnaise à Millgate, stagiaire.", 150)
    user("jo_krueger_hx", "Johanna Krüger", 6411874023, "Aus Bremen nach Hexley.", 170)
    user("metal_mick_666", "Mick Tolley", 6411937568, "Forty years of heavy metal and counting 🤘", 2900)
    user("gary_tweddle", "Gary Tweddle", 6411993104, "Darts, bitter, grievances.", 110)
    user("fion_frontrow", "Fiona Gale", 6412058739, "Front row or nothing.", 640)
    user("rhod_makes", "Rhodri Evans", 6412114287, "Woodwork, metalwork, occasional first aid.", 330)
    user("al_cloudwatch", "Alison Pryce", 6412179926, "Weather watcher. Dunmoor.", 1200)
    user("ash_med_yr1", "Ashanti Boateng", 6412235460, "First year medic. Send flashcards.", 450)
    user("meepmeep_mo", "Mo Shah", 6412291803, "Cartoons are documentaries.", 870)
    user("terry_bants", "Terry Vane", 6412357318, "Professional replier.", 1500)
    user("kirsty_movin", "Kirsty Bell", 6412412974, "Moving to Hexley in May 📦", 290)
    user("baz_noakes", "Barry Noakes", 6412478509, "Escaped.", 170)
    user("meg_hollow", "Megan Hollow", 6412534146, "Physio student. Ask me about knees.", 380)
    user("olliebrennan_r", "Ollie Brennan", 6412599781, "Runner (resting).", 260)
    user("natferris_nb", "Natalie Ferris", 6412655327, "Goal attack, now goal attack in a cast.", 340)
    user("chlo_stride", "Chloe Stride", 6412711968, "Been there.", 210)
    user("iris_tentative", "Iris Gale", 6412777402, "New year, new me (April edition).", 150)
    user("dave_amis_mg", "Dave Amis", 6412833057, "Millgate. Big lad, soft heart.", 620)
    user("raj_bhatt_6am", "Raj Bhatt", 6412898691, "Up before the birds.", 190)
    user("ben_oyelaran", "Ben Oyelaran", 6412954236, "Squats. Brentwick.", 440)
    user("lycra_lorna", "Lorna McPhee", 6413019870, "Spin evangelist.", 360)
    user("ellen_catlady", "Ellen Fairbairn", 6413075415, "Cat mum. Accounts. Tired.", 230)
    user("tash_greene_mum", "Natasha Greene", 6413131059, "Three kids, one pilates mat.", 310)
    user("pritesh_runs", "Pritesh Mistry", 6413196684, "Queueing for cardio since 2024.", 280)
    user("dana_kilbride", "Dana Kilbride", 6413252230, "Long hair, short temper.", 500)
    user("marvin_teo", "Marvin Teo", 6413317865, "", 120)
    user("jen_ashgrove", "Jen Ashgrove", 6413373410, "Planner. Lists. More lists.", 260)
    user("ed_lowry_spin", "Ed Lowry", 6413439046, "6am spin or nothing.", 140)
    user("hannah_quist", "Hannah Quist", 6413494681, "Works 9–5, does yoga 6–7. Did.", 390)
    user("kel_reposts", "Kel Amber", 6413550227, "", 75)
    user("kezia_lifts", "Kezia Lifts", 6413615862,
         "Strength coach. Lifting content every day 🏋️‍♀️ Business: kezia@example.com", 642_000,
         following=900, listed=2400, verified=True)
    user("abbie_kezfan", "Abbie Lorne", 6413671408, "Kezia's biggest fan.", 60)
    user("AnvilFitnesCare", "Anvil Fitness Support ✅", 6413737043,
         "Official member support 24/7 💪 Free month for every complaint! DM us.", 22, following=3900)
    user("gymgrowth_pro", "GymGrowth PRO 🚀", 6413792689, "We grow gyms. Real followers, real fast.", 4100, following=5000)
    user("DunmoorPost", "The Dunmoor Post", 6413858224, "News for Dunmoor and the valley.", 46_000, following=1100, verified=True)
    user("LeisureBizWk", "Leisure Business Weekly", 6413913860, "The business of gyms, pools and leisure.", 29_000,
         following=800, verified=True)
    user("kat_mcgarry", "Kat McGarry", 6413979405, "", 210)
    user("lena_whitcombe", "Lena Whitcombe", 6414035041, "Notices adverts. Judges adverts.", 330)
    user("rosie_fenlow", "Rosie Fenlow", 6414090686, "", 90)
    user("kwame_mh", "Kwame Mensah-Hart", 6414156221, "Hexley. Civil engineer.", 270)
    user("rui_tavares_lx", "Rui Tavares", 6414211867, "De Lisboa para Brentwick.", 160)
    user("carl_ibbotson", "Carl Ibbotson", 6414277402, "On crutches. Ask me how.", 140)
    user("dilys_ward_dev", "Dilys Ward", 6414333048, "Web dev. I read page source for fun.", 1700)

    # ---- Cancelling: the app sends her to the club, the club to the app; the brand fixes it; she thanks them
    jade = tw("jade_okonkwo_x", f"@{B} trying to cancel my membership. app says ring the club, club says do it in the app. going round in circles here, which one is it??",
              when="2027-04-05T08:12:37Z")
    SC("af-cancel-app-club-loop", "complaint-direct", jade, expect(RP, "normal", "membership", "direct"))
    jade_brand = tw(B, "@jade_okonkwo_x Sorry Jade, that's on us: cancellations moved into the app this month and Hexley should have known. I've cancelled your membership for you now. Your last payment is 1 May and a confirmation email is on its way today.",
                    reply_to=jade, when="2027-04-05T08:31:02Z")
    SC("af-brand-reply-cancel-loop", "brand-own-post", jade_brand, expect(IGN, "low", "membership", "none"))
    SC("af-cancel-thanks-in-thread", "thread-with-brand",
       tw("jade_okonkwo_x", "oh that was quick, cancellation email's just landed. thank you!! 🙌", reply_to=jade_brand,
          when="2027-04-05T08:49:15Z"),
       expect(RP, "low", "membership", "direct"), note="thanks back in the brand's thread, without @")

    # ---- A refund promised for Wednesday that doesn't come
    owen = tw("owen_pargeter", f"@{B} you took April's £39.99 after I cancelled in March. can I have it back please",
              when="2027-04-05T10:20:44Z")
    owen_brand = tw(B, "@owen_pargeter Sorry Owen, that shouldn't have gone out. I've put the refund through and it'll be back with you by Wednesday. I'll check in with you here on Wednesday afternoon.",
                    reply_to=owen, when="2027-04-05T10:44:09Z")
    SC("af-refund-not-back-wednesday", "repeat-contact",
       tw("owen_pargeter", f"@{B} it's Wednesday night. no refund, no check-in. second time I've had to chase you for my own money",
          reply_to=owen_brand, when="2027-04-07T19:32:51Z"),
       expect(RP, "high", "billing", "direct"), note="the brand promised a refund by Wednesday and it has not come")

    # ---- Door code: the brand resets it, it still doesn't work
    tom = tw("tommo_ashworth", f"@{B} door code's not working at Hexley again. app says my membership is active but the keypad just beeps red. 3rd morning this week I've waited for someone to let me in",
             when="2027-04-06T06:14:20Z")
    tom_brand = tw(B, "@tommo_ashworth Sorry Tom, that's a rubbish start to the day. I've reset your code and the new one will show in the app under Entry within the hour. If it still beeps red tomorrow, tell me here and the Hexley manager will sort it at the desk.",
                   reply_to=tom, when="2027-04-06T07:02:33Z")
    SC("af-door-code-fourth-morning", "repeat-contact",
       tw("tommo_ashworth", f"@{B} new door code, same red beep. 6am, in the rain, again. that's 4 mornings now",
          reply_to=tom_brand, when="2027-04-07T06:08:05Z"),
       expect(RP, "high", "app_access", "direct"))

    # ---- A personal trainer who left with six sessions paid up front
    priya = tw("priya_venk_dm", f"@{B} my PT at Dunmoor has left without a word and I've still got 6 sessions paid up front. who do I talk to?",
               when="2027-04-06T12:05:48Z")
    priya_brand = tw(B, "@priya_venk_dm Sorry Priya, you should have heard that from us. We can pair you with another PT at Dunmoor this week or refund all 6 sessions, whichever you'd rather. Just say here and I'll sort it today.",
                     reply_to=priya, when="2027-04-06T12:40:16Z")
    SC("af-pt-left-refund-please", "thread-with-brand",
       tw("priya_venk_dm", "refund please. don't really want to start over with a new PT halfway through my programme", reply_to=priya_brand,
          when="2027-04-06T13:22:30Z"),
       expect(RP, "normal", "personal_training", "direct"), note="her answer to the brand's question, without @")

    # ---- Hairdryers, then a smoking sauna, in the brand's thread
    gemma = tw("gemma_rawl_87", f"@{B} any chance of more than ONE working hairdryer in the Millgate women's changing rooms? 3 out of 4 have been dead for weeks",
               when="2027-04-07T17:10:12Z")
    gemma_brand = tw(B, "@gemma_rawl_87 Hi Gemma, sorry, that's not good enough. I've asked the Millgate manager to get replacements in by Friday and I'll let you know here when they're up.",
                     reply_to=gemma, when="2027-04-07T17:35:40Z")
    SC("af-sauna-smoking-in-brand-thread", "safety-urgent",
       tw("gemma_rawl_87", "thanks. while I've got you, the sauna heater is smoking AGAIN and the changing room stinks of burning plastic. staff just prop the door open and carry on like it's normal",
          reply_to=gemma_brand, when="2027-04-07T18:02:27Z"),
       expect(RP, "urgent", "club_facilities", "direct"),
       note="a fire risk in a busy changing room, raised calmly as an aside in the brand's thread")

    # ---- Danger in the clubs
    SC("af-lat-pulldown-cable-snapped", "safety-urgent",
       tw("lenny_okafor_b", f"@{B} the cable on the lat pulldown at Brentwick just snapped mid-rep and the whole weight stack dropped, missed a lad's head by inches. the machine next to it has the same frayed cable and people are still on it. someone needs to shut it NOW"),
       expect(RP, "urgent", "equipment", "direct"))
    SC("af-fire-exit-padlocked-calm", "safety-urgent",
       tw("cath_mulvey_6", f"@{B} not wanting to cause a fuss but the fire exit behind the spin bikes at Millgate has had a chain and padlock on it all week. 40 of us in there at 6pm and one way out. surely that's a hazard?"),
       expect(RP, "urgent", "health_safety", "direct"), note="a locked fire exit, put politely as a question")
    SC("af-es-hombre-graba-vestuario", "safety-urgent",
       tw("lucia_moreno_hx", f"@{B} hay un hombre que entra en el vestuario de mujeres de Hexley y graba con el móvil. Se lo dijimos a recepción y se rieron. Hoy estaba otra vez. Me da miedo volver.", lang="es"),
       expect(RP, "urgent", "club_facilities", "direct"),
       note="Spanish: a man filming in the women's changing room, still going on, staff laughed it off")
    SC("af-rant-socket-wires-buried", "safety-urgent",
       tw("rant_mode_rob", "ok rant. Anvil Hexley: £42.99 a month, 2 of 5 showers work, the music's deafening, you can't get on anything after 5, and the floor socket by the rowers has been hanging out with bare wires for a fortnight. total hazard, someone's getting electrocuted. why do I stay"),
       expect(RP, "urgent", "health_safety", "indirect"),
       note="the live wires are buried at the end of a general rant; named, not tagged")

    # ---- Medical needs
    SC("af-chest-tight-after-first-pt", "medical-urgent",
       tw("samwhitlow_runs", f"@{B} bit of a weird one. had my first PT session at Hexley at 6, he pushed me really hard on the rower and since then my chest's been tight and my left arm's tingly. is that normal after a hard session or should I be worried?"),
       expect(RP, "urgent", "personal_training", "direct"),
       note="a calm question, but chest tightness and a tingling left arm are signs of a heart problem")
    SC("af-nl-hypo-kluisje-app", "medical-urgent",
       tw("daan_vrml_t1", f"@{B} ik heb type 1 diabetes en mijn druivensuiker en meter liggen in mijn kluisje in de kleedkamer in Hexley, maar de app geeft geen kluiscode meer. Ik begin al te trillen. Kan er iemand komen??", lang="nl"),
       expect(RP, "urgent", "club_facilities", "direct"),
       note="Dutch: a type 1 diabetic going hypo, his glucose locked in a locker the app won't open")
    SC("af-nut-free-bar-epipen", "medical-urgent",
       tw("nina_cresswell", f"my daughter (9) just ate a protein bar from the Anvil Brentwick café fridge, label says NUT FREE, and her lips are swelling up. epipen done, ambulance coming. PULL THOSE BARS before another kid eats one @{B}"),
       expect(RP, "urgent", "health_safety", "indirect"),
       note="an allergic reaction now, and mislabelled food still on sale; the handle at the end")
    SC("af-it-pacemaker-acquagym", "medical-urgent",
       tw("giulia_frr_mg", f"@{B} buongiorno, mia madre ha 74 anni e porta un pacemaker. Può fare il corso di acquagym nella piscina di Millgate o è pericoloso? Comincerebbe giovedì. Grazie", lang="it"),
       expect(RP, "urgent", "classes", "direct"), strict=False,
       note="Italian: a calm question about whether a class is safe with a pacemaker: urgent by 'a medical need, even a calm "
            "question about one'; a care lead could also call it an ordinary class question (normal)")

    # ---- Threats against people
    SC("af-threat-receptionist-glass-door", "threat-urgent",
       tw("dez_kerrigan", f"@{B} 3rd morning my door code's failed at Millgate. if that smug lad on reception tells me to 'refresh the app' one more time I'll put him through the glass door. swear down"),
       expect(ANY, "urgent", "app_access", "direct"), note="a threat against a receptionist, with a real complaint")
    SC("af-threat-pt-limping", "threat-urgent",
       tw("dom_farrelly", "that PT at Anvil Dunmoor who filmed my deadlift to laugh at with his mates. I know which car's his and what time he finishes. he'll be limping home by friday"),
       expect(ANY, "urgent", "personal_training", "indirect"), note="a threat against a trainer; named, not tagged")
    jordo = tw("jordo_pike", "@kyle_m_legday you in for legs tomorrow or bottling it again",
               when="2027-04-06T21:05:33Z")
    SC("af-threat-squat-rack-bat-third-party", "threat-urgent",
       tw("kyle_m_legday", "@jordo_pike 7am yeah. if that bloke who camps on the squat rack at Anvil doing bicep curls for an hour is there again I'm bringing a bat for his kneecaps. not even joking",
          reply_to=jordo, when="2027-04-06T21:12:48Z"),
       expect(ANY, "urgent", "equipment", "third_party"),
       note="a threat against another member inside a conversation between friends: urgent whatever the action")

    # ---- Ombudsman and court: strong, not urgent
    SC("af-small-claims-payments-after-cancelling", "legal-threat-not-urgent",
       tw("fran_oduya", "Anvil Fitness have taken two more £44.99 payments since my cancellation in January. confirmation email, screenshots, the lot. refused a refund twice. letter before action went today, see you at small claims"),
       expect(RP, "high", "billing", "indirect"))
    SC("af-solicitor-leg-curl-hamstring", "legal-threat-not-urgent",
       tw("harry_delacourt", f"@{B} 5 weeks ago the pad on the leg curl at Dunmoor came off mid-set and I tore my hamstring. 5 weeks off work with the injury, 3 emails about the accident, not one reply. my solicitor is writing to you this week."),
       expect(RP, "high", "health_safety", "direct"),
       note="a past injury and a solicitor's letter: a strong complaint, not an emergency now",
       known_miss="topic: the machine's name ('leg curl', equipment) outweighs 'injury' and 'accident' (health_safety)")

    # ---- Rude customers with real problems
    SC("af-abuse-thieving-muppets-double-debit", "abuse-with-problem",
       tw("shaz_cleeve", f"@{B} you thieving muppets have taken my direct debit TWICE this month. £79.98 gone. absolute cowboys, sort it before I go to my bank"),
       expect(RP, "high", "billing", "direct"))
    SC("af-abuse-caps-air-con", "abuse-with-problem",
       tw("cal_reid_caps", f"@{B} THE AIR CON AT HEXLEY HAS BEEN DEAD FOR 3 WEEKS. ITS LIKE A SAUNA IN THERE. FIX IT YOU USELESS B*STARDS"),
       expect(RP, "high", "club_facilities", "direct"))

    # ---- Praise, one with a figure of speech
    SC("af-praise-legs-class-killed-me", "praise",
       tw("lou_tamblyn", f"@{B} Sophie's Saturday legs class at Brentwick absolutely killed me 💀 can't walk, can't sit, someone call an ambulance. booked again for next week obviously"),
       expect(RP, "low", "classes", "direct"), note="'killed me … call an ambulance' is a figure of speech: thanks, not an emergency",
       known_miss="'booked again for next week' reads as a repeat contact (high) in a post of thanks")
    SC("af-praise-ring-shower-drain", "praise",
       tw("aditi_rao_dm", "massive thank you to Dev on reception at Anvil Fitness Dunmoor who took the shower drain apart to find my wedding ring 😭💍 above and beyond"),
       expect(RP, "low", "club_facilities", "indirect"))

    # ---- Other languages
    SC("af-fr-suspendre-abonnement", "non-english",
       tw("margaux_ptt", f"@{B} bonjour ! est-ce que je peux suspendre mon abonnement pendant deux mois ? je pars en stage à Lyon cet été. merci d'avance", lang="fr"),
       expect(RP, "normal", "membership", "direct"))
    SC("af-de-lastschrift-nach-kuendigung", "non-english",
       tw("jo_krueger_hx", "Trotz Kündigung hat Anvil Fitness mir im März wieder den Beitrag per Lastschrift abgebucht. Ich will mein Geld zurück, und zwar bald.", lang="de"),
       expect(RP, "normal", "billing", "indirect"), note="German: charged after cancelling; named, not tagged",
       known_miss="German, named not tagged, with no complaint word the model knows: read as chatter")

    # ---- The band, the pub, the blacksmith, the cloud, the ear
    SC("af-namesake-band-corn-exchange", "namesake",
       tw("metal_mick_666", "ANVIL at the Corn Exchange on Friday 🤘 four decades of heavy metal and still louder than bands half their age. who's coming"),
       expect(IGN, "low", None, "none"))
    SC("af-namesake-pub-pint-prices", "namesake",
       tw("gary_tweddle", "The Anvil on Tanner's Row has put a pint up to £6.40 AND got rid of the dartboard. used to be a proper pub. disgraceful"),
       expect(IGN, "low", None, "none"), note="a complaint, but about the pub")
    SC("af-namesake-band-ear-broken", "namesake",
       tw("fion_frontrow", "Anvil last night 🤘 front row, so loud I reckon the anvil in my actual ear is broken. worth every penny"),
       expect(IGN, "low", None, "none"), note="the band, and the ear bone; 'broken' and 'loud' are not about a gym")
    SC("af-common-blacksmith-taster", "common-word",
       tw("rhod_makes", "did a blacksmithing taster day for my 40th. 5 hours at the anvil and I've made one slightly wonky hook and a blister. best day out in ages 🔥🔨"),
       expect(IGN, "low", None, "none"))
    SC("af-common-anvil-cloud-dunmoor", "common-word",
       tw("al_cloudwatch", "look at the size of that anvil cloud over Dunmoor ⛈️ get the washing in, it's coming"),
       expect(IGN, "low", None, "none"), note="a weather cloud over a town that also has a club")
    SC("af-common-ear-bones-revision", "common-word",
       tw("ash_med_yr1", "anatomy revision: hammer, anvil, stirrup = malleus, incus, stapes. if I write 'anvil' in the exam instead of 'incus' do I still get the mark 😩"),
       expect(IGN, "low", None, "none"))

    # ---- Squat racks out of order: the complaint, a joker, an impersonator
    ben = tw("ben_oyelaran", "Anvil Fitness Brentwick has had 3 of its 6 squat racks taped off 'out of order' since February. at 6pm it's a 40 minute wait for a rack. what are we paying for exactly",
             when="2027-04-05T18:40:19Z")
    SC("af-squat-racks-taped-off", "complaint-indirect", ben, expect(RP, "normal", "equipment", "indirect"))
    SC("af-bystander-cartoon-drop", "joke-bystander",
       tw("meepmeep_mo", "@ben_oyelaran Anvil gym? just stand in the right spot long enough and one'll drop on you from a great height 😂 meep meep",
          reply_to=ben, when="2027-04-05T19:02:51Z"),
       expect(IGN, "low", None, "third_party"), note="a cartoon pun by a stranger in a customer's thread")
    SC("af-spam-fake-support-free-month", "spam",
       tw("AnvilFitnesCare", "@ben_oyelaran Hi Ben 👋 Anvil Fitness support here, so sorry to hear this! Every member who complains gets a FREE month 🎉 just verify your card details here 👉 {url:https://anvil-members-help.example/claim}",
          reply_to=ben, when="2027-04-05T19:15:07Z"),
       expect(IGN, "low", "billing", "third_party"),
       note="a look-alike account fishing for card details in a customer's thread; the topic comes from 'card'")

    # ---- The one working treadmill, and a joker
    pritesh = tw("pritesh_runs", f"love paying @{B} £45 a month to watch the one working treadmill from the back of a queue 🙃",
                 when="2027-04-06T18:20:40Z")
    SC("af-sarcasm-one-working-treadmill", "sarcasm-customer", pritesh, expect(RP, "normal", "equipment", "indirect"))
    SC("af-bystander-real-anvil-ebay", "joke-bystander",
       tw("terry_bants", "@pritesh_runs £45?? get a real anvil off ebay, pick it up twice a day, free forever. blacksmith gains 💪🔨",
          reply_to=pritesh, when="2027-04-06T18:51:22Z"),
       expect(IGN, "low", None, "third_party"),
       known_miss="a bystander's joke on the ordinary word with no joke cue: read as third-party talk, and its price makes a billing topic")
    SC("af-sarcasm-brand-new-changing-rooms", "sarcasm-customer",
       tw("dana_kilbride", "Anvil really said 'brand new changing rooms' and gave 300 women two showers and a hand dryer from 1998. visionaries 👏"),
       expect(RP, "normal", "club_facilities", "indirect"), note="sarcasm with no complaint word; named, not tagged")

    # ---- Other people's conversations
    kirsty = tw("kirsty_movin", "anyone in Hexley got a gym they actually like? moving there in May and I'm not made of money",
                when="2027-04-05T20:10:03Z")
    SC("af-venting-three-months-to-leave", "third-party-venting",
       tw("baz_noakes", "@kirsty_movin not Anvil. took me 3 months and a recorded letter to get out of the contract and they still had one more go at my bank after. run",
          reply_to=kirsty, when="2027-04-05T20:35:46Z"),
       expect(MON, "low", "membership", "third_party"))
    meg = tw("meg_hollow", "@olliebrennan_r how's the knee doing? still icing it?", when="2027-04-07T12:00:14Z")
    SC("af-venting-knee-treadmill-last-month", "third-party-venting",
       tw("olliebrennan_r", "@meg_hollow loads better ta, physio says 2 more weeks. last time I trust an Anvil treadmill tho, belt jammed last month and I went straight off the back of it",
          reply_to=meg, when="2027-04-07T12:20:31Z"),
       expect(MON, "low", "equipment", "third_party"),
       note="a past accident told to a friend, mending: not urgent, and not the brand's conversation")
    nat = tw("natferris_nb", "broke my wrist at netball 😭 8 weeks in a cast and still paying for a gym I can't use",
             when="2027-04-05T13:00:27Z")
    SC("af-chatter-freeze-with-doctors-note", "third-party-chatter",
       tw("chlo_stride", "@natferris_nb if it's Anvil you can freeze your membership with a doctor's note, I froze mine for 2 months after my op. hope it heals quick x",
          reply_to=nat, when="2027-04-05T13:40:55Z"),
       expect(MON, "low", "membership", "third_party"))
    iris = tw("iris_tentative", "want to join a gym but I'm terrified of looking stupid on the machines 🙈",
              when="2027-04-07T20:00:39Z")
    SC("af-chatter-beginner-induction", "third-party-chatter",
       tw("dave_amis_mg", "@iris_tentative go to Anvil in Millgate and ask for the free induction with a PT. they're lovely with total beginners, I was the same",
          reply_to=iris, when="2027-04-07T20:25:12Z"),
       expect(MON, "low", "personal_training", "third_party"))

    # ---- Complaints with no complaint word, and in passing
    SC("af-doors-locked-6am-24-7", "complaint-direct",
       tw("raj_bhatt_6am", f"@{B} 6:10am at Brentwick. doors locked, lights off, a dozen of us stood outside in the rain. it says 24/7 on the sign"),
       expect(RP, "high", "club_facilities", "direct"), strict=False,
       note="no complaint word; a whole club shut when it should be open reads as an outage (high), though some would call it normal")
    SC("af-spin-moved-told-nobody", "complaint-indirect",
       tw("lycra_lorna", "so Anvil moved the Tuesday 6:30 spin class to 5:30 and told precisely nobody. turned up in full lycra to an empty studio and a cleaner"),
       expect(RP, "normal", "classes", "indirect"), note="a complaint told as a story",
       known_miss="a complaint told as a story ('told precisely nobody') with no complaint words: read as chatter")
    SC("af-in-passing-monday-fee-twice", "complaint-in-passing",
       tw("ellen_catlady", f"Monday recap: missed the bus, coffee down my shirt, landlord's putting the rent up and @{B} took my monthly fee twice. at least the cat still loves me 🐈"),
       expect(RP, "normal", "billing", "indirect"))
    SC("af-in-passing-pilates-spot-gone", "complaint-in-passing",
       tw("tash_greene_mum", f"kids both off sick, boss in a mood, and then the @{B} app kicked me out of the 7pm pilates I booked a week ago and gave my spot away. bed."),
       expect(RP, "normal", "classes", "indirect"))

    # ---- Questions
    SC("af-guest-pass-weekends", "question",
       tw("marvin_teo", f"@{B} can I bring a mate on my membership at weekends or are guest passes only on Platinum?"),
       expect(RP, "normal", "membership", "direct"))
    SC("af-bank-holiday-opening-hours", "question",
       tw("jen_ashgrove", f"@{B} what are the opening hours at Dunmoor on the May bank holiday? trying to plan my week 🗓️"),
       expect(RP, "normal", "club_facilities", "direct"))

    # ---- The brand's new timetable: a question under it, a quote, a repost
    timetable = tw(B, "The spring class timetable 🗓️ is live in the app from Monday 12 April: more early-morning HIIT, a Saturday family swim, and reformer pilates at Dunmoor and Hexley. Book up to 7 days ahead.",
                   when="2027-04-06T09:00:00Z")
    SC("af-brand-spring-timetable", "brand-own-post", timetable, expect(IGN, "low", "classes", "none"))
    SC("af-repost-spring-timetable", "repost", tw("kel_reposts", "", retweet=timetable, when="2027-04-06T09:20:31Z"),
       expect(IGN, "low", "classes", "indirect"))
    SC("af-6am-spin-staying", "question-in-reply-to-brand",
       tw("ed_lowry_spin", "is the 6am spin at Millgate staying? it's the only class I can make before work", reply_to=timetable,
          when="2027-04-06T09:40:08Z"),
       expect(RP, "normal", "classes", "direct"))
    SC("af-quote-evening-yoga-binned", "quote",
       tw("hannah_quist", "'more early-morning HIIT' and you've binned both evening yoga classes at Brentwick. some of us work days 🙃", quote=timetable,
          when="2027-04-06T10:15:44Z"),
       expect(RP, "normal", "classes", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic")

    # ---- A lifting creator with a big following, and a repost
    kez = tw("kezia_lifts", f"filmed leg day at Anvil Fitness Hexley today and had to edit round FOUR out of order machines. leg press, hack squat, both leg curls. for £50 a month. @{B} sort it out 🙄",
             when="2027-04-06T16:30:02Z",
             metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 23100, "quote_count": 210})
    SC("af-big-reach-four-machines", "big-reach", kez, expect(RP, "high", "equipment", "indirect"),
       note="642k followers; the handle at the end",
       known_miss="'out of order machines' from an author with a big reach, tagged at the end with no complaint words: read as chatter")
    SC("af-repost-big-reach", "repost", tw("abbie_kezfan", "", retweet=kez, when="2027-04-06T17:05:37Z"),
       expect(IGN, "low", "equipment", "indirect"))

    # ---- Spam
    SC("af-spam-follower-growth", "spam",
       tw("gymgrowth_pro", f"@{B} 🚀 Grow your gym to 10K REAL followers in 7 days! Top gym chains already use us 💪 DM for prices 👉 {{url:https://gymgrowth-pro.example/offer}}"),
       expect(IGN, "low", None, "direct"))

    # ---- News and chatter
    SC("af-news-inquest-defibrillator", "news-monitor",
       tw("DunmoorPost", "Inquest: member who collapsed at Anvil Fitness Dunmoor in 2025 'may have survived' had the club's defibrillator been working, coroner finds {url:https://dunmoorpost.example/news/anvil-inquest}"),
       expect(MON, "low", "health_safety", "indirect"), note="news of a past death: serious, but news, not an emergency to answer")
    SC("af-news-price-rise-new-clubs", "news-monitor",
       tw("LeisureBizWk", "Anvil Fitness to put membership prices up by £3 a month from June as it opens six new clubs {url:https://leisurebiz.example/anvil-june}"),
       expect(MON, "low", "membership", "indirect"))
    SC("af-chatter-6am-playlist", "chatter-monitor",
       tw("kat_mcgarry", "the Anvil Fitness playlist at 6am is exclusively 2009 club anthems and honestly? I'm not mad about it"),
       expect(MON, "low", None, "indirect"))
    SC("af-chatter-bus-advert", "chatter-monitor",
       tw("lena_whitcombe", "just saw an Anvil Fitness ad on the side of the 42 bus: 'Forge your best self' 🔨 ok marketing team, I see what you did"),
       expect(MON, "low", None, "indirect"))

    # ---- Private details
    SC("af-card-number-update", "private-details",
       tw("rosie_fenlow", f"@{B} my old card expired, new one is 4111 1111 1111 1111 exp 09/29. can you update it so my payment doesn't bounce? ta"),
       expect(RV, "normal", "billing", "direct"), note="a full card number in public")
    SC("af-member-number-dob-frozen", "private-details",
       tw("kwame_mh", f"@{B} member no AF-448201, DOB 03/11/1988. you've frozen my account for a 'missed payment' but the direct debit left my bank on the 1st. can't get through the barrier"),
       expect(RV, "normal", "billing", "direct"), note="a member number and a date of birth")
    SC("af-pt-email-telemovel-cancelar", "private-details",
       tw("rui_tavares_lx", f"@{B} já pedi três vezes por email para cancelar a minha assinatura e continuam a debitar. Email: rui.tavares@example.org, telemóvel 07700 900418. Liguem-me, por favor.", lang="pt"),
       expect(RV, "high", "membership", "direct"),
       note="Portuguese: an email address and a mobile number (answer privately); the third request (high)")

    # ---- The brand's own number, odd input
    SC("af-hotline-on-crutches", "public-hotline-number",
       tw("carl_ibbotson", f"rang @{B} on 0808 157 0462 to freeze my membership while I'm on crutches. 50 mins of hold music then it cut off. is anyone actually there"),
       expect(RP, "normal", "membership", "indirect"), strict=False,
       note="the number is the brand's own members' line, not the customer's; the crutches are not an emergency")
    SC("af-html-class-info-script", "html-entities",
       tw("dilys_ward_dev", f"@{B} the info for Thursday's 7pm class just shows &lt;/div&gt;&lt;script&gt;alert('hi')&lt;/script&gt; &amp; the book button does nothing. is it on or not?"),
       expect(RP, "normal", "classes", "direct"))
    return brand


BRANDS["anvil-fitness"] = ("AnvilFitness", 4156789015, build_anvil_fitness)
