# Bastion Home Security: a made-up home security company: burglar alarms, indoor and outdoor
# cameras and video doorbells, smart locks with keypads, smoke and carbon-monoxide alarms,
# personal alarm pendants, a 24/7 monitoring centre that rings keyholders and calls the
# police, installations and engineer visits, subscriptions and contracts, and the app with
# shared access. "Bastion" is also an everyday word ("the last bastion of ..."), part of a
# fortification (town walls, a citadel; the same word in French and German), a 2011 indie
# video game, a turret-mode character in a team shooter, the Bastion pub on Quay Street and
# Bastion Guarding, a firm of door staff: none of them is the alarm company.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# phone number, card number, account number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_bastion_security():
    global CURRENT_BRAND, CLOCK
    brand = Brand("bastion-security", SCEN_DIR / "bastion-security.plan.toml", "BastionHome", 4245678924,
                  1861220000000002801)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-10-04T05:30:00Z")
    B = "BastionHome"
    user(B, "Bastion Home Security", 4245678924,
         "Bastion Home Security help team, 7am–11pm. Monitoring centre 24/7: 0808 157 0733. Someone in your home "
         "right now? Call 999 first. Never post account numbers or alarm codes here.",
         48_200, following=610, tweets=72_000, listed=210, verified=True)
    user("nadia_okafor_h", "Nadia Okafor", 7804568205, "Midwife. Mum of one. Tea, always.", 310)
    user("rowan_hale_gm", "Rowan Hale", 7805396994, "Indie games, slow coffee, fast opinions.", 1450)
    user("kit_mensah_gg", "Kit Mensah", 7805817117, "Support main. Tilted since 2019.", 880)
    user("gareth_pint", "Gareth Lusk", 7806945269, "Real ale, real pubs, real grumpy.", 520)
    user("joan_walks_wall", "Joan Pritchard", 7808937865, "Retired history teacher. Walls, castles, cake.", 260)
    user("claire_dubreuil", "Claire Dubreuil", 7809355318, "Conseillère municipale. Vélo, marchés, patience.", 740)
    user("udo_altstadt", "Udo Brenninger", 7810266104, "Stadtführer. Geschichte zum Anfassen.", 390)
    user("lara_quint", "Lara Quint", 7810397682, "Nights out, early regrets.", 610)
    user("dan_quayside", "Dan Fairlie", 7811687003, "Harbour life. Quiz team captain (we lose).", 330)
    user("emma_rushworth", "Emma Rushworth", 7814228802, "Two boys under five. Permanently tired.", 240)
    user("marisol_vega_h", "Marisol Vega", 7814779892, "Sevillana en Denholm. Enfermera de noche.", 190)
    user("jens_hartmann_h", "Jens Hartmann", 7815253604, "Aus Bremen, jetzt in Harcombe. Papa.", 120)
    user("chloe_bramwell", "Chloe Bramwell", 7817888067, "Starting again.", 95)
    user("sunita_mistry", "Sunita Mistry", 7818816876, "Support worker. Kind words cost nothing.", 1200)
    user("ollie_kendrick", "Ollie Kendrick", 7820718013, "New dad. Running on 3 hours' sleep.", 410)
    user("pam_greenhalgh", "Pam Greenhalgh", 7824064244, "COPD, crosswords, and a very spoilt cat.", 150)
    user("rachel_onyango", "Rachel Onyango", 7824069455, "Working daughter of a stubborn dad. Leeds.", 560)
    user("liam_fairbairn", "Liam Fairbairn", 7825614313, "Plumber. Son. Doing my best.", 230)
    user("beatriz_sousa", "Beatriz Sousa", 7825616318, "Portuense em Denholm. Mãe de primeira viagem.", 210)
    user("terry_blount", "Terry Blount", 7826501114, "", 60)
    user("mick_stannard", "Mick Stannard", 7827039745, "Shift worker. Needs his sleep.", 140)
    user("ruud_vermeulen", "Ruud Vermeulen", 7827041821, "Tuinman. Hondenbaas.", 170)
    user("hannah_lowther", "Hannah Lowther", 7828839422, "Librarian. Lives alone, likes it that way.", 380)
    user("josh_tennant", "Josh Tennant", 7830287443, "Cat dad. The cat runs the house.", 450)
    user("dave_okonjo", "Dave Okonjo", 7831648129, "Allotment, shed, grandkids.", 180)
    user("HarcombeHerald", "The Harcombe Herald", 7832433715, "News from Harcombe and the Denholm valley since 1889.",
         28_500, following=900, verified=True)
    user("MoneyDeskUK", "Money Desk", 7833235189, "Consumer news: bills, contracts, refunds and your rights.",
         38_000, following=1200, verified=True)
    user("FreyaMarshTV", "Freya Marsh", 7834646429, "Presenter, Morning Live. Mum, daughter, dog walker. Views mine.",
         1_120_000, following=1400, listed=3900, verified=True)
    user("kim_freyafan", "Kim Doyle", 7835369979, "", 70)
    user("GadgetGrove", "Gadget Grove", 7839478801, "Honest tech reviews. Smart home, phones, cameras. No paid opinions.",
         640_000, following=820, listed=2100, verified=True)
    user("priya_nair_h", "Priya Nair", 7839964160, "ICU nurse. Nights. Do not wake.", 290)
    user("kemi_adeyemi", "Kemi Adeyemi", 7840640638, "Online seller. Parcels everywhere.", 670)
    user("stuart_mcrae", "Stuart McRae", 7840941456, "Joiner. Aberdeen born, Denholm based.", 210)
    user("BastionRefundHQ", "Bastion Billing Team ✅", 7841828344,
         "Official refunds & account help 24/7 🔐 DM or WhatsApp for fast claims", 31, following=4100)
    user("aoife_brennan", "Aoife Brennan", 7842532381, "Pharmacist. Overthinker.", 330)
    user("jo_harrowby", "Jo Harrowby", 7842970381, "Mum, teacher, tired.", 480)
    user("dee_castellan", "Dee Castellan", 7845326216, "Office manager. Coffee dependent.", 260)
    user("marcus_lindo", "Marcus Lindo", 7847124839, "Gadget lover, occasional regretter.", 720)
    user("sully_banter", "Sully", 7847691615, "I'm here for the replies.", 1900)
    user("gemma_sault", "Gemma Sault", 7848071972, "Conservatory enthusiast. Light sleeper.", 150)
    user("greg_punmaster", "Greg Foy", 7848092125, "Dad jokes, medieval history podcast.", 2300)
    user("abi_whitlock", "Abi Whitlock", 7849480934, "New house, who dis 🏡", 540)
    user("tamsin_roe", "Tamsin Roe", 7849706116, "Graphic designer. Taxi budget: gone.", 620)
    user("lou_pemberton", "Lou Pemberton", 7850903293, "Best friend energy.", 410)
    user("zara_quinlan", "Zara Quinlan", 7851778399, "First flat on my own!! Renting in Denholm.", 360)
    user("ben_asante_h", "Ben Asante", 7853956918, "Just got the keys. Everything is DIY now.", 280)
    user("rhiannon_w", "Rhiannon Wyn", 7854366730, "Teacher. Garden. Sun worshipper.", 350)
    user("colin_bairstow", "Colin Bairstow", 7856022745, "Retired electrician. Still fixing things.", 120)
    user("graham_oyelaran", "Graham Oyelaran", 7856875505, "Bus driver. Weekends are for the garden.", 160)
    user("natasha_berg", "Natasha Berg", 7857015352, "Two kids, one cleaner, zero spare time.", 230)
    user("sheila_marr", "Sheila Marr", 7857097009, "Daughter, carer, wine o'clock advocate.", 190)
    user("wayne_pollitt", "Wayne Pollitt", 7858093142, "Taxi driver. Patience running out.", 140)
    user("helen_cartw", "Helen Cartwright", 7862789690, "Just moved. Boxes everywhere.", 260)
    user("reg_ambler", "Reg Ambler", 7862841444, "Retired. Grandad. Still learning the internet.", 45)
    user("marta_wojcik", "Marta Wójcik", 7863174015, "Polka w Denholm. Księgowa.", 150)
    user("sian_pryce", "Siân Pryce", 7863196502, "Daughter of the best mum in Harcombe.", 310)
    user("becky_holroyd", "Becky Holroyd", 7868052817, "Baby's first year. Send coffee.", 380)
    user("ian_mcgowan", "Ian McGowan", 7870587680, "Moving to Spain. Cancelling everything.", 110)
    user("angela_fry", "Angela Fry", 7873065956, "Reads the small print. Now.", 270)
    user("neil_batchelor", "Neil Batchelor", 7874198096, "Tiler's son. Knows a cracked tile.", 190)
    user("kyle_danvers", "Kyle Danvers", 7875176841, "", 85)
    user("shaun_ridley", "Shaun Ridley", 7875952714, "Freelance dev. Works from the box room.", 640)
    user("WinItDailyUK", "Win It Daily 🎁", 7877383563, "Giveaways every day! Follow + RT to win 🎉", 5200, following=4950)
    user("mo_hussain_h", "Mo Hussain", 7878670567, "Night owl.", 130)
    user("julien_morel_h", "Julien Morel", 7881354045, "Lyonnais à Denholm. Ingénieur, insomniaque.", 210)
    user("francesca_riva", "Francesca Riva", 7882233422, "Bolognese a Harcombe. Architetta.", 240)
    user("devon_okoro", "Devon Okoro", 7883418665, "QA engineer. I put script tags in everything.", 1300)
    user("maya_sheridan", "Maya Sheridan", 7884847969, "Bookkeeper. Needs the invoice. Always.", 170)
    user("tunde_bakare", "Tunde Bakare", 7886659930, "Dad, runner, light sleeper.", 350)
    user("lorna_mcdaid", "Lorna McDaid", 7887393215, "Reads the small print so you don't have to.", 480)
    user("nina_newbuild", "Nina Hart", 7887411729, "New-build life. Snagging list: long.", 290)
    user("al_cafe_regular", "Al Brody", 7887501572, "Bacon rolls are a personality.", 160)
    user("fiona_rees_h", "Fiona Rees", 7891749947, "Dog-grooming van. Dry sense of humour.", 290)
    user("carol_ingham", "Carol Ingham", 7890719530, "Looking after Mum. One day at a time.", 140)

    # ---- Monday, 4 October ------------------------------------------------------------
    nadia = tw("nadia_okafor_h", f"@{B} there's someone in the house. I can hear them downstairs going through the kitchen drawers. alarm was set, app says ARMED, but no siren and your monitoring centre hasn't rung. I'm upstairs with my daughter, door shut. 999 are on the way. why is it silent",
               when="2027-10-04T01:12:08Z")
    SC("bast-intruder-downstairs-alarm-silent", "safety-urgent", nadia, expect(RP, "urgent", "alarm_response", "direct"),
       note="an intruder in the house right now while the armed alarm stays silent")
    nadia_brand = tw(B, "@nadia_okafor_h Nadia, stay where you are with the door shut and keep quiet. Our operator has passed this to the police as a confirmed intruder and is ringing you now on the number we hold. We're staying with you.",
                     reply_to=nadia, when="2027-10-04T01:15:40Z")
    SC("bast-brand-reply-nadia", "brand-own-post", nadia_brand, expect(IGN, "low", "alarm_response", "none"))
    SC("bast-intruder-still-here-no-handle", "safety-urgent",
       tw("nadia_okafor_h", "they're still here. I just heard the back door go again. your operator rang once and the line went dead. please ring back",
          reply_to=nadia_brand, when="2027-10-04T01:19:55Z"),
       expect(RP, "urgent", "alarm_response", "direct"),
       note="a reply to the brand without @ or any alarm word: the intruder is still in the house")
    SC("bast-namesake-indie-game", "namesake",
       tw("rowan_hale_gm", "replayed Bastion this weekend for the first time since uni. that narrator's voice, that soundtrack, the world building itself under your feet. still a perfect little game",
          when="2027-10-04T07:05:12Z"),
       expect(IGN, "low", None, "none"), note="the indie video game")
    SC("bast-de-co-melder-kopfschmerzen", "safety-urgent",
       tw("jens_hartmann_h", f"@{B} Unser CO-Melder im Flur piept seit gestern Abend nur noch kurz und zeigt 'Fehler'. Heute früh hatten wir alle Kopfschmerzen und meiner Frau ist schwindelig. Die Gastherme läuft noch. Was sollen wir jetzt tun?",
          lang="de", when="2027-10-04T06:48:31Z"),
       expect(RP, "urgent", "fire_co", "direct"),
       note="German: a faulty CO detector and the whole family with headaches and dizziness, boiler still on: "
            "possible carbon-monoxide poisoning now, without the word 'danger'")
    chloe = tw("chloe_bramwell", f"@{B} I left my ex in August. he's still an admin on the account and at 2am last night the back door unlocked from his phone. I have a non-molestation order. the app says only the account holder can remove people, and that's him. please help me",
               when="2027-10-04T08:05:44Z")
    SC("bast-ex-partner-still-admin", "safety-urgent", chloe, expect(RP, "urgent", "app_access", "direct"),
       note="an ex-partner under a court order still controls her locks and cameras and has used them at night")
    SC("bast-chatter-ring-police-womens-aid", "third-party-chatter",
       tw("sunita_mistry", "@chloe_bramwell please ring the police about him breaking the order as well, and your local Women's Aid. don't wait on Bastion to sort it. sending love x",
          reply_to=chloe, when="2027-10-04T08:31:02Z"),
       expect(MON, "low", "alarm_response", "third_party"),
       note="good advice from a stranger inside someone else's thread: Chloe's own post is the urgent case, this one is not")
    SC("bast-carers-keypad-insulin", "medical-urgent",
       tw("rachel_onyango", f"@{B} the carers can't get into my dad's flat. the keypad code you set up for them stopped working after last night's update. he's type 2, bedbound and hasn't had his insulin or his breakfast. I'm 200 miles away. can you unlock it remotely? please",
          when="2027-10-04T08:52:19Z"),
       expect(RP, "urgent", "locks", "direct"),
       note="a bedbound diabetic man missing his insulin because the lock keeps his carers out")
    priya = tw("priya_nair_h", f"@{B} took the morning off for your engineer, 8 till 12. nobody came, nobody rang. it's now ten past two.",
               when="2027-10-04T13:10:27Z")
    SC("bast-engineer-no-show", "complaint-direct", priya, expect(RP, "normal", "engineers", "direct"),
       note="a complaint told as plain facts")
    priya_brand = tw(B, "@priya_nair_h I'm sorry Priya, that's a morning you won't get back. I've rebooked you as first job on Thursday, 8 to 10, with the same engineer. Does that work for you?",
                     reply_to=priya, when="2027-10-04T13:31:50Z")
    SC("bast-thread-engineer-text-first", "thread-with-brand",
       tw("priya_nair_h", "Thursday's fine as long as the engineer texts me when he's 30 mins away. I work nights and I'll be asleep till he's nearly here",
          reply_to=priya_brand, when="2027-10-04T13:44:05Z"),
       expect(RP, "normal", "engineers", "direct"), note="answers the brand's question, no @")
    SC("bast-oxygen-power-off-install", "medical-urgent",
       tw("pam_greenhalgh", f"@{B} your engineer's coming tomorrow 8-12 to install the alarm and says the power will be off for about an hour. I'm on an oxygen concentrator day and night. could it be longer than an hour? should I get cylinders in?",
          when="2027-10-04T10:30:48Z"),
       expect(RP, "urgent", "engineers", "direct"),
       note="a calm question about a medical need, for tomorrow: her oxygen depends on the power the engineer will cut")
    SC("bast-namesake-turret-mode", "namesake",
       tw("kit_mensah_gg", "whoever keeps picking Bastion and parking him in turret mode on the payload: I know where you queue. I will find you. 😤",
          when="2027-10-04T11:02:37Z"),
       expect(IGN, "low", None, "none"),
       note="a character in a team shooter; 'I will find you' is a gamer's joke, not a threat",
       known_miss="round 8, not met yet: action: want 'ignore', got monitor; addressed: want 'none', got indirect; the engine read: names Bastion Home Security in a post to everyone | general chatter about the brand")
    SC("bast-common-last-bastion-pint", "common-word",
       tw("gareth_pint", "The Crown on Mill Street has shut. last bastion of a proper pint in town: carpet, darts, a landlord who called everyone 'chief'. gutted",
          when="2027-10-04T12:15:09Z"),
       expect(IGN, "low", None, "none"), note="'the last bastion of', an everyday phrase")
    stuart = tw("stuart_mcrae", "Bastion took the £39.99 annual fee twice this month and say the refund 'takes up to 10 working days'. so I'm £40 down for their mistake until the end of October. brilliant",
                when="2027-10-04T12:40:33Z")
    SC("bast-annual-fee-twice", "complaint-indirect", stuart, expect(RP, "normal", "billing", "indirect"),
       note="names the brand without tagging it, about his own account",
       known_miss="round 8, not met yet: priority: want 'normal', got high; the engine read: names Bastion Home Security in a post to everyone | describes their own experience | complaint (0.58) | loss of service | topic billing: 'fee', 'refund', an amount of money")
    SC("bast-spam-fake-billing-team", "spam",
       tw("BastionRefundHQ", "@stuart_mcrae Hi Stuart 👋 Bastion billing team here! we can push your refund through today ✅ just DM us the long card number and the 3 digits on the back, or WhatsApp us 👉 {url:https://bastion-refund-desk.example/claim}",
          reply_to=stuart, when="2027-10-04T12:52:14Z"),
       expect(IGN, "low", "billing", "third_party"),
       note="an impersonator fishing for card details in a customer's thread; the topic comes from the keywords")
    SC("bast-rant-co-alarm-baby-room", "safety-urgent",
       tw("ollie_kendrick", "where do I even start with Bastion Home Security. price up £6 with no letter, app logs me out daily, engineer 3 hours late, and the carbon monoxide alarm in the baby's room next to the gas boiler has said 'replace sensor' since Friday. earliest visit? the 19th.",
          when="2027-10-04T14:22:51Z"),
       expect(RP, "urgent", "fire_co", "indirect"),
       note="the danger is buried at the end of a list of gripes: a dead CO alarm by a gas boiler in a baby's room for two more weeks")
    SC("bast-common-north-bastion-walls", "common-word",
       tw("joan_walks_wall", "walked the old town walls at Carrowmere today. the north bastion still has its gun ports, 400 years old and not a crack in it 🏰",
          when="2027-10-04T15:03:26Z"),
       expect(IGN, "low", None, "none"), note="part of a fortification")
    SC("bast-toddler-locked-inside", "safety-urgent",
       tw("emma_rushworth", f"@{B} front door has locked itself with my 3 year old inside. I only stepped out to put the bins out. he's crying at the letterbox, the keypad just flashes red and the app says the lock is offline. I'd just put pasta on the hob",
          when="2027-10-04T16:42:18Z"),
       expect(RP, "urgent", "locks", "direct"),
       note="a toddler alone behind a locked door with a pan on the hob; no word like danger or emergency")
    SC("bast-es-nino-fuera-lloviendo", "safety-urgent",
       tw("marisol_vega_h", f"@{B} mi hijo de 10 años lleva desde las 16:00 en la puerta de casa, la cerradura no acepta su código y yo estoy en el trabajo a una hora. Está lloviendo y ya empieza a oscurecer. ¿Podéis abrirla a distancia, por favor?",
          lang="es", when="2027-10-04T17:20:40Z"),
       expect(RP, "urgent", "locks", "direct"),
       note="Spanish: a ten-year-old locked out on his own in the rain as it gets dark")
    SC("bast-fr-dernier-bastion", "common-word",
       tw("claire_dubreuil", "Dans ce village, la boulangerie est le dernier bastion du commerce de proximité. Si elle ferme, il ne reste plus rien.",
          lang="fr", when="2027-10-04T18:11:57Z"),
       expect(IGN, "low", None, "none"), note="French: 'le dernier bastion', the everyday word")
    marcus = tw("marcus_lindo", f"@{B} love that my 'smart' lock's battery gives up the minute it gets cold. really makes me feel secure, stood on my own doorstep with the shopping for 40 minutes 🙃",
                when="2027-10-04T18:36:02Z")
    SC("bast-sarcasm-smart-lock-cold", "sarcasm-customer", marcus, expect(RP, "normal", "locks", "direct"),
       note="sarcasm is a complaint; an adult locked out for a while is not in danger")
    SC("bast-bystander-drawbridge", "joke-bystander",
       tw("sully_banter", "@marcus_lindo the last bastion of home defence, defeated by a cold snap 😂 raise the drawbridge mate",
          reply_to=marcus, when="2027-10-04T18:49:44Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in a customer's thread")
    abi = tw("abi_whitlock", "housewarming was so much fun, thank you all for coming!! 🏡🥂", when="2027-10-04T09:20:00Z")
    SC("bast-venting-housewarming-taxi", "third-party-venting",
       tw("tamsin_roe", "@abi_whitlock it was ace! sorry we vanished early, our Bastion alarm decided to go off at 11pm with nobody in and their lot rang me six times. £45 taxi back to switch it off 🙄",
          reply_to=abi, when="2027-10-04T19:05:30Z"),
       expect(MON, "low", "false_alarms", "third_party"), note="lesson 2: venting to a friend, brand not tagged")
    SC("bast-it-tecnico-non-visto", "non-english",
       tw("francesca_riva", f"@{B} buongiorno, l'installazione era fissata per stamattina 8-12 ma il tecnico non si è visto e nessuno ha chiamato. Posso avere un nuovo appuntamento, magari di sabato?",
          lang="it", when="2027-10-04T12:58:21Z"),
       expect(RP, "normal", "engineers", "direct"), note="Italian: the installer never came; asks for a new appointment")
    SC("bast-html-sensor-name-script", "html-entities",
       tw("devon_okoro", f"@{B} renamed my hallway sensor to &lt;script&gt;alert('hi')&lt;/script&gt; to see what would happen and now the app crashes every time I log in 😅 can you reset the name from your end?",
          when="2027-10-04T20:14:09Z"),
       expect(RP, "normal", "app_access", "direct"))
    access_post = tw(B, "New in the Bastion app: share access with up to 5 people, each with their own door code and their own alarm PIN. Find it under Settings &gt; People.",
                     when="2027-10-04T11:00:00Z")
    SC("bast-brand-post-shared-access", "brand-own-post", access_post, expect(IGN, "low", "app_access", "none"))
    SC("bast-cleaner-tuesdays-only", "question-in-reply-to-brand",
       tw("natasha_berg", "can I give our cleaner access just on Tuesday mornings, or is it all or nothing?",
          reply_to=access_post, when="2027-10-04T11:24:36Z"),
       expect(RP, "normal", "app_access", "direct"), note="a question under the brand's post, no @")

    # ---- Tuesday, 5 October -----------------------------------------------------------
    SC("bast-pendant-nobody-rang", "medical-urgent",
       tw("liam_fairbairn", f"@{B} my dad pressed his pendant 40 minutes ago. the app says 'alert sent' but nobody from your monitoring centre has rung him or me. he's 88 and on his own. I'm driving over now, half an hour away. has anyone been sent??",
          when="2027-10-05T06:20:03Z"),
       expect(RP, "urgent", "alarm_response", "direct"),
       note="an 88-year-old alone who has called for help: possibly a fall or a medical emergency, right now")
    SC("bast-nadia-police-came-why-silent", "thread-with-brand",
       tw("nadia_okafor_h", "police came, two lads, gone out the back before they got here. we're ok, my daughter's shaken. but I want to know why a fully armed system never sounded the siren, and why it took your monitoring centre 20 minutes to call the police",
          reply_to=nadia_brand, when="2027-10-05T07:40:26Z"),
       expect(RP, "high", "alarm_response", "direct"),
       note="safe now, so no longer urgent; back in the brand's thread after a break-in the alarm missed: high")
    kemi = tw("kemi_adeyemi", f"@{B} the doorbell camera hasn't recorded a thing since Thursday. live view just spins. paying for cloud storage that stores nothing 🙃",
              when="2027-10-04T09:02:45Z")
    SC("bast-doorbell-recorded-nothing", "complaint-direct", kemi, expect(RP, "normal", "cameras", "direct"))
    kemi_brand = tw(B, "@kemi_adeyemi Sorry Kemi, that's not right. It looks like the camera has dropped off our servers. A technician will ring you by 5pm today to reset it with you.",
                    reply_to=kemi, when="2027-10-04T09:20:11Z")
    SC("bast-kemi-no-call-still-dead", "repeat-contact",
       tw("kemi_adeyemi", "no call yesterday, no call today. camera's still dead and somebody's been nicking parcels off our step all week. what was the point of that reply",
          reply_to=kemi_brand, when="2027-10-05T18:30:52Z"),
       expect(RP, "high", "cameras", "direct"),
       note="the brand promised a call by 5pm yesterday and the problem is still there; parcel theft is not a danger to people")
    SC("bast-pt-arrombar-porta", "safety-urgent",
       tw("beatriz_sousa", f"@{B} estão a tentar arrombar a porta das traseiras agora mesmo. o alarme não toca e a câmara mostra dois homens de capuz. estou sozinha com o bebé. já liguei à polícia.",
          lang="pt", when="2027-10-05T21:47:15Z"),
       expect(RP, "urgent", "alarm_response", "direct"),
       note="Portuguese: two hooded men forcing the back door right now, a mother alone with a baby, the alarm silent")
    SC("bast-threat-engineer-ambulance", "threat-urgent",
       tw("terry_blount", f"@{B} your engineer drilled through a water pipe under my kitchen floor on Friday and left it pissing water. if he sets foot on my drive again he'll be leaving in an ambulance. send someone else and pay for my floor",
          when="2027-10-05T08:12:33Z"),
       expect(ANY, "urgent", "engineers", "direct"), note="a threat to hurt the engineer, with a real complaint behind it")
    SC("bast-threat-neighbour-hammer", "threat-urgent",
       tw("mick_stannard", "that Bastion alarm at number 14 has gone off at 3am every night this week. next time it goes I'm going round there with a hammer and it won't just be the box I smash. they've been warned",
          when="2027-10-05T03:25:40Z"),
       expect(ANY, "urgent", "false_alarms", "indirect"),
       note="a neighbour threatening the people at number 14, not only the box; not a customer, so only the priority is strict")
    gemma = tw("gemma_sault", f"@{B} if the alarm goes off at 3am one more time for no reason I swear I'm taking a hammer to the panel. two nights running now. the sensor in the conservatory probably, but your app won't tell me which",
               when="2027-10-05T07:05:18Z")
    SC("bast-hammer-to-the-panel", "complaint-direct", gemma, expect(RP, "normal", "false_alarms", "direct"),
       note="violence against the alarm panel, not a person: a frustrated false-alarm complaint, not a threat",
       known_miss="round 8, not met yet: priority: want 'normal', got urgent; the engine read: addressed to @BastionHome | complaint (0.38) | a threat against people: urgent | topic false_alarms: 'goes off', '3am', 'sensor', 'sensore'")
    SC("bast-bystander-storming-the-bastion", "joke-bystander",
       tw("greg_punmaster", "@gemma_sault storming the Bastion with a hammer in your dressing gown. very medieval of you 🏰🔨",
          reply_to=gemma, when="2027-10-05T07:31:49Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name inside a customer's thread",
       known_miss="round 8, not met yet: action: want 'ignore', got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("bast-cat-heart-attack-pet-sensor", "question",
       tw("josh_tennant", f"@{B} siren went off at 4am because the cat knocked a plant off the shelf in front of the motion sensor. nearly had a heart attack, so did half the street. can I make it pet friendly or do I need a different sensor?",
          when="2027-10-05T08:40:07Z"),
       expect(RP, "normal", "false_alarms", "direct"), note="'nearly had a heart attack' is a figure of speech")
    freya = tw("FreyaMarshTV", f"Three weeks of @{B} engineers not turning up for a 'priority' install at my mum's after her burglary. She's 79 and won't sleep in her own house on her own any more. Three no-shows. Not one phone call.",
               when="2027-10-05T09:15:00Z",
               metrics={"retweet_count": 2400, "reply_count": 910, "like_count": 15300, "quote_count": 260})
    SC("bast-big-reach-mum-after-burglary", "big-reach", freya, expect(RP, "high", "engineers", "indirect"),
       note="1.1m followers, the handle in the middle; three missed installs after a burglary, her mother staying elsewhere")
    SC("bast-repost-freya", "repost", tw("kim_freyafan", "", retweet=freya, when="2027-10-05T09:41:22Z"),
       expect(IGN, "low", "engineers", "indirect"))
    SC("bast-news-village-stores-arrests", "news-monitor",
       tw("HarcombeHerald", "Two men arrested after a Bastion alarm alerted the monitoring centre to a break-in at Harcombe village stores overnight. Nobody was hurt, police said. {url:https://harcombe-herald.example/news/village-stores-arrests}",
          when="2027-10-05T10:05:00Z"),
       expect(MON, "low", "alarm_response", "indirect"), note="news of a past break-in with nobody hurt: not urgent")
    SC("bast-praise-shed-footage-guilty", "praise",
       tw("dave_okonjo", "the Bastion doorbell camera footage of the two lads who tried our shed in June got them caught. police rang today, they've both pleaded guilty. worth every penny 👏",
          when="2027-10-05T11:18:36Z"),
       expect(RP, "low", "cameras", "indirect"), note="a past break-in attempt, settled: praise, not a safety case")
    SC("bast-namesake-door-team-guarding", "namesake",
       tw("lara_quint", "massive thanks to the door team from Bastion Guarding at Velvet last night. a lad got nasty with my friend and they had him out in seconds, zero fuss, then made sure we got a taxi ok 👏",
          when="2027-10-05T11:47:02Z"),
       expect(IGN, "low", None, "none"),
       note="a different firm (door staff at a club) in the same trade; the incident is over and not the brand's")
    SC("bast-in-passing-engineer-cancelled", "complaint-in-passing",
       tw("jo_harrowby", f"what a week. washing machine flooded the kitchen, son's got chickenpox, car failed its MOT, and @{B} cancelled my engineer visit with a text at 7am this morning. wine o'clock can't come soon enough 🍷",
          when="2027-10-05T12:30:14Z"),
       expect(RP, "normal", "engineers", "indirect"), note="the brand tagged in the middle of a bad week",
       known_miss="round 8, not met yet: priority: want 'normal', got urgent; topic: want 'engineers', got billing; the engine read: tags @BastionHome in a post to everyone | complaint (0.95) | a danger to health or safety: urgent | topic billing: 'cancelled', 'cancelling'")
    SC("bast-legal-trading-standards", "legal-threat-not-urgent",
       tw("angela_fry", f"@{B} you auto-renewed my contract for another 24 months without a word and now want £180 to leave. I've reported you to Trading Standards and I'll see you in the small claims court if it isn't cancelled by Friday.",
          when="2027-10-05T13:02:55Z"),
       expect(RP, "high", "billing", "direct"), note="a regulator and court threat: a strong complaint, not urgent")
    SC("bast-abuse-app-down-clowns", "abuse-with-problem",
       tw("kyle_danvers", f"@{B} you useless clowns. the app's been down all evening, it won't even let me log in and the password reset emails never arrive. what exactly am I paying you for",
          when="2027-10-05T20:48:31Z"),
       expect(RP, "high", "app_access", "direct"), note="rude, but the app is down")
    SC("bast-private-direct-debit-moved", "private-details",
       tw("helen_cartw", f"@{B} please cancel the direct debit on account BH-448213. we moved out of 7 Larch Close, Denholm DN4 2QX on the 1st and the new owners have their own. ring me on 07700 900613 if you need to",
          when="2027-10-05T14:10:44Z"),
       expect(RV, "normal", "billing", "direct"), note="an account number, a home address and a mobile number in public")
    SC("bast-pl-abonament-dwa-razy", "private-details",
       tw("marta_wojcik", f"@{B} dzień dobry, we wrześniu pobrali mi opłatę za abonament dwa razy. Numer klienta 55-80213, email marta.w@example.org. Proszę o zwrot.",
          lang="pl", when="2027-10-05T14:52:09Z"),
       expect(RV, "normal", "billing", "direct"),
       note="Polish: charged twice for the subscription; a customer number and an email address")
    SC("bast-hotline-2am-siren-on-hold", "public-hotline-number",
       tw("becky_holroyd", f"rang @{B} on 0808 157 0733 at 2am when the siren wouldn't stop. 25 minutes on hold with it screaming and a baby I'd only just got back down. '24/7 monitoring' my foot",
          when="2027-10-05T08:02:40Z"),
       expect(RP, "normal", "false_alarms", "indirect"), strict=False,
       note="the number is the brand's own line, not hers; a siren that would not stop is a complaint, not a danger")
    SC("bast-nl-threat-monteur-hond", "threat-urgent",
       tw("ruud_vermeulen", "als die monteur van Bastion nog één keer zonder afspraak in mijn tuin staat, laat ik de hond op hem los en sla ik hem zelf het ziekenhuis in. ik meen het.",
          lang="nl", when="2027-10-05T16:20:27Z"),
       expect(ANY, "urgent", "engineers", "indirect"),
       note="Dutch: 'if that engineer turns up in my garden once more without an appointment I'll set the dog on him "
            "and put him in hospital myself. I mean it.'")
    SC("bast-doorbell-man-trying-handle", "safety-urgent",
       tw("hannah_lowther", f"@{B} my doorbell camera has caught the same man trying my front door handle three nights running, always around 2am. I live on my own. how do I get the clips off to give to the police? is there anything else I should be doing?",
          when="2027-10-05T17:35:50Z"),
       expect(RP, "urgent", "cameras", "direct"), strict=False,
       note="a woman living alone with a man trying her door every night: a threat to her, asked calmly as a how-to; "
            "some would call it an ordinary camera question")
    maint = tw(B, "Planned maintenance tonight, 1am to 3am: the Bastion app may be slow and you may need to log in again. Alarms keep working and our team keeps watching as normal.",
               when="2027-10-05T18:00:00Z")
    SC("bast-brand-post-maintenance", "brand-own-post", maint, expect(IGN, "low", "app_access", "none"))
    SC("bast-repost-maintenance", "repost", tw("mo_hussain_h", "", retweet=maint, when="2027-10-05T18:22:13Z"),
       expect(IGN, "low", "app_access", "indirect"))
    SC("bast-fr-sirene-chaque-nuit", "non-english",
       tw("julien_morel_h", f"@{B} bonjour, notre alarme se déclenche presque toutes les nuits vers 3h sans raison et la sirène réveille tout l'immeuble. Que peut-on faire ?",
          lang="fr", when="2027-10-05T07:55:31Z"),
       expect(RP, "normal", "false_alarms", "direct"), note="French: false alarms most nights, the siren wakes the building")
    SC("bast-namesake-pub-break-in", "namesake",
       tw("dan_quayside", "the Bastion on Quay Street had a break-in last night, till and the charity jar gone. gutted for Marie and the staff, best pub on the harbour. quiz is still on Thursday",
          when="2027-10-05T10:40:18Z"),
       expect(IGN, "low", "alarm_response", "none"),
       note="the pub, not the alarm company; 'break-in' is a plan keyword, so the topic follows it")

    # ---- Wednesday, 6 October ---------------------------------------------------------
    smoketest = tw(B, "The clocks go back at the end of the month, so it's a good weekend to press the test button on every smoke and CO alarm in the house. It takes two minutes. 🔔",
                   when="2027-10-02T09:00:00Z")
    SC("bast-smoke-alarm-dead-oxygen-in-bed", "safety-urgent",
       tw("carol_ingham", "did the test like you said. the smoke alarm on the landing does nothing at all, not even with the button held down. mum's on oxygen and still sneaks a cigarette in bed. earliest engineer date you've got me is 3 weeks away",
          reply_to=smoketest, when="2027-10-06T07:58:12Z"),
       expect(RP, "urgent", "fire_co", "direct"),
       note="a reply to the brand's post, no @ and no word like danger: a dead smoke alarm over a woman on oxygen who smokes in bed, "
            "for three more weeks")
    SC("bast-sian-mum-dementia-address", "safety-urgent",
       tw("sian_pryce", f"@{B} mum's alarm at 3 Mill Row, Harcombe HC2 7PL has been going off for over an hour. she has dementia and isn't answering her phone, I'm 2 hours away. can your monitoring centre send a keyholder or the police round?",
          when="2027-10-06T06:45:37Z"),
       expect(RV, "urgent", "alarm_response", "direct"),
       note="a woman with dementia alone, alarm sounding, not answering: urgent; her home address is in public, so answer privately")
    SC("bast-hotline-number-to-cancel", "public-hotline-number",
       tw("ian_mcgowan", f"@{B} is 0808 157 0733 the right number to cancel my contract? it's the 24/7 line on your website and I don't want to tie up the line for people with actual emergencies",
          when="2027-10-06T09:12:03Z"),
       expect(RP, "normal", "billing", "direct"), strict=False,
       note="the brand's own number; 'emergencies' is about other people's calls, not his")
    SC("bast-legal-tiles-ombudsman", "legal-threat-not-urgent",
       tw("neil_batchelor", "Bastion's engineer cracked six bathroom tiles fitting a sensor and their 'claims team' has ignored three emails. letter before action goes out on Monday. then the ombudsman.",
          when="2027-10-06T09:40:26Z"),
       expect(RP, "high", "engineers", "indirect"), note="a legal threat after being ignored: high, not urgent")
    SC("bast-abuse-cowboys-cable", "abuse-with-problem",
       tw("shaun_ridley", f"@{B} absolute cowboys. your installer drilled straight through my broadband cable this morning and walked off like nothing happened. now I've got no internet and I work from the box room. f***ing joke",
          when="2027-10-06T10:05:48Z"),
       expect(RP, "high", "engineers", "direct"), note="swearing and insults, with real damage and no internet to work")
    SC("bast-repeat-call-out-fee-4th", "repeat-contact",
       tw("wayne_pollitt", f"@{B} 4th time asking. you charged me a £65 engineer call-out fee for YOUR faulty sensor. I was promised a refund in September. it's October. where is it",
          when="2027-10-06T10:31:15Z"),
       expect(RP, "high", "billing", "direct"), note="the fourth time asking about the same refund")
    SC("bast-card-number-renewal", "private-details",
       tw("reg_ambler", f"@{B} tried to pay my renewal online three times and it keeps failing. card is 4111 1111 1111 1111 exp 09/29, name Reginald Ambler, DOB 12/03/1954. can you just take it from that?",
          when="2027-10-06T11:02:44Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number and a date of birth in public")
    graham = tw("graham_oyelaran", f"@{B} can I book an install for a Saturday? I work Monday to Friday and can't take more days off",
                when="2027-10-06T11:20:07Z")
    SC("bast-saturday-install", "question", graham, expect(RP, "normal", "engineers", "direct"))
    graham_brand = tw(B, "@graham_oyelaran Yes! Saturday installs run 8 to 4. I've sent you a DM with the next three free Saturdays, just pick one.",
                      reply_to=graham, when="2027-10-06T11:34:51Z")
    SC("bast-loft-hatch-question", "question-in-reply-to-brand",
       tw("graham_oyelaran", "perfect, booked the 23rd. will the engineer need to get into the loft? the hatch is tiny and there's no ladder",
          reply_to=graham_brand, when="2027-10-06T11:52:30Z"),
       expect(RP, "normal", "engineers", "direct"))
    SC("bast-solar-outdoor-camera", "question",
       tw("colin_bairstow", f"@{B} does the outdoor camera run off a solar panel or does it need wiring in? no socket near the garage",
          when="2027-10-06T12:15:19Z"),
       expect(RP, "normal", "cameras", "direct"))
    SC("bast-praise-callum-hoovered", "praise",
       tw("sheila_marr", f"@{B} shout out to Callum who fitted our alarm today. tidy, patient with my mum's hundred questions, hoovered up after himself. the drilling nearly finished me off after last night's wine but that's on me 💙",
          when="2027-10-06T15:30:42Z"),
       expect(RP, "low", "engineers", "direct"), note="'nearly finished me off' is a hangover joke")
    zara_parent = tw("lou_pemberton", "@zara_quinlan how's the new flat?? send pics!!", when="2027-10-06T12:40:00Z")
    SC("bast-venting-landlord-smart-lock", "third-party-venting",
       tw("zara_quinlan", "@lou_pemberton love it apart from the Bastion smart lock the landlord fitted. it's locked me out twice this week, once in my dressing gown with the bins 🙃",
          reply_to=zara_parent, when="2027-10-06T12:58:33Z"),
       expect(MON, "low", "locks", "third_party"), note="venting to a friend, brand not tagged")
    ben = tw("ben_asante_h", "finally buying an alarm for the new place. anyone got one they actually like?", when="2027-10-06T13:05:00Z")
    SC("bast-chatter-sensors-sunny-window", "third-party-chatter",
       tw("rhiannon_w", "@ben_asante_h we've had Bastion 3 years, no complaints. only tip: don't let them put the motion sensors facing a sunny window, ours went off every spring afternoon 😅",
          reply_to=ben, when="2027-10-06T13:21:48Z"),
       expect(MON, "low", "false_alarms", "third_party"), note="a stranger's advice in someone else's thread")
    SC("bast-in-passing-siren-6am", "complaint-in-passing",
       tw("dee_castellan", f"Wednesday so far: missed the bus, forgot my lanyard, coffee machine broken, and the @{B} siren went off at 6am for no reason so the whole cul-de-sac hates me. love that for me",
          when="2027-10-06T08:47:29Z"),
       expect(RP, "normal", "false_alarms", "indirect"), note="the brand tagged in a list of the morning's woes")
    SC("bast-app-keeps-logging-out", "complaint-indirect",
       tw("aoife_brennan", "the Bastion app keeps logging me out, so half the time I can't check the alarm's even set while I'm at work. not ideal for a company that sells peace of mind",
          when="2027-10-06T14:02:16Z"),
       expect(RP, "normal", "app_access", "indirect"), note="one customer's app problem, named not tagged; not an outage")
    SC("bast-html-billing-page-script", "html-entities",
       tw("maya_sheridan", f"@{B} your billing page just shows &lt;/span&gt;&lt;script src=//cdn.example/x.js&gt;&lt;/script&gt; where my invoice should be. can someone send me the September invoice?",
          when="2027-10-06T14:33:58Z"),
       expect(RP, "normal", "billing", "direct"))
    nine = tw(B, "⏱️ Last month our monitoring centre answered 9 in 10 alarm activations in under 30 seconds. Thanks to the night team, who never sleep (well, in shifts).",
              when="2027-10-06T15:00:00Z")
    SC("bast-quote-the-tenth-one", "quote",
       tw("tunde_bakare", "so I'm the 10th, then. 14 minutes on Saturday night before your monitoring centre rang back, while I stood in the garden in my socks wondering if someone was inside 🙃",
          quote=nine, when="2027-10-06T15:26:11Z"),
       expect(RP, "normal", "alarm_response", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic; the scare was on Saturday and is over")
    price = tw(B, "From 1 November, Bastion Plus is £27.99 a month and now includes 60 days of video history and a free yearly service visit.",
               when="2027-10-06T16:00:00Z")
    SC("bast-quote-bigger-bill", "quote",
       tw("lorna_mcdaid", "'now includes' = the same camera with a bigger bill. cancelling before the 1st.", quote=price,
          when="2027-10-06T16:18:40Z"),
       expect(RP, "normal", "billing", "indirect"), strict=False,
       note="quotes the brand's price post without tagging it; a customer about to leave")
    SC("bast-chatter-estate-uniform", "chatter-monitor",
       tw("nina_newbuild", "every house on our new estate has the same Bastion box by the front door. it's like a uniform. the postman says he can tell which road he's on by the blinking",
          when="2027-10-06T17:05:22Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    SC("bast-chatter-vans-bacon-rolls", "chatter-monitor",
       tw("al_cafe_regular", "the Bastion engineers' vans are outside Dot's Café every single morning at 8. either it's the best bacon roll in town or that's their real head office",
          when="2027-10-06T08:20:34Z"),
       expect(MON, "low", "engineers", "indirect"), note="a bystander's joke, not in anyone's thread: chatter")
    SC("bast-big-reach-review-paywall", "big-reach",
       tw("GadgetGrove", "Tested the Bastion camera kit for a month. Lovely picture, easy setup, but motion clips only save if you pay £8 a month, and nothing on the box says so. Can't recommend it until that changes. Full review: {url:https://gadgetgrove.example/reviews/outdoor-kit}",
          when="2027-10-06T18:00:00Z",
          metrics={"retweet_count": 820, "reply_count": 340, "like_count": 6100, "quote_count": 95}),
       expect(RP, "high", "cameras", "indirect"), note="640k followers; a public complaint about a hidden cost",
       known_miss="round 8, not met yet: action: want 'respond_public', got monitor; priority: want 'high', got low; the engine read: names Bastion Home Security in a post to everyone | news or an announcement about the brand | topic cameras: 'camera', 'caméra', 'câmera', 'clip'")
    SC("bast-news-regulator-renewals", "news-monitor",
       tw("MoneyDeskUK", "Bastion Home Security must refund customers who were rolled onto new 24-month contracts without notice, the regulator has ruled. {url:https://moneydesk.example/2027/10/renewals-ruling}",
          when="2027-10-06T19:00:00Z"),
       expect(MON, "low", "billing", "indirect"))
    SC("bast-de-bastion-zitadelle", "common-word",
       tw("udo_altstadt", "Führung am Samstag: Wir steigen auf die Bastion der Zitadelle, mit Blick über die ganze Altstadt. Treffpunkt 14 Uhr am Tor.",
          lang="de", when="2027-10-06T19:40:55Z"),
       expect(IGN, "low", None, "none"), note="German: the bastion of a citadel, on a guided walk")
    SC("bast-spam-doorbell-giveaway", "spam",
       tw("WinItDailyUK", f"🎁 GIVEAWAY 🎁 WIN a Bastion video doorbell worth £179! follow us, repost and tag @{B} + 3 friends 👇 winners picked Friday {{url:https://winitdaily.example/doorbell}}",
          when="2027-10-06T20:00:00Z"),
       expect(IGN, "low", "cameras", "indirect"), note="a fake giveaway; the topic comes from the keywords")
    SC("bast-sarcasm-rapid-response", "sarcasm-customer",
       tw("fiona_rees_h", "so glad I pay Bastion £24.99 a month for 'rapid response' when their monitoring centre rings me 40 minutes after the alarm went off. could've been robbed twice over by then. very reassuring 👍",
          when="2027-10-06T21:10:33Z"),
       expect(RP, "normal", "alarm_response", "indirect"),
       note="sarcasm from a customer, named not tagged; 'could've been robbed' is what might have happened, not a danger now")
    return brand


BRANDS["bastion-security"] = ("BastionHome", 4245678924, build_bastion_security)
