# Tansy Vets: a made-up chain of veterinary practices around Selsbury (Fellside, Ashby Wick,
# Hallam Fold, Kestwell): appointments and reception, surgery and clinical care, pet health
# plans by direct debit, out-of-hours emergency clinics at Kestwell and Fellside, an online
# pharmacy for pet medicines, bills and estimates, and help with pet insurance claims.
# "Tansy" is also a yellow wild flower and old kitchen herb (poisonous to pets, horses and
# cattle), a girl's first name and a surname, The Tansy pub and The Tansy, a folk band: none
# of them is the vet chain.
# A pet in danger right now (bloat, poisoning, heatstroke, a blocked cat, a diabetic cat
# about to run out of insulin) is treated as a medical need: urgent. So is any risk to
# people: a dog biting a child in the waiting room, a toddler in the flea treatment, a
# threat against a vet or another client.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, pet, place,
# phone number, card number, policy number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_tansy_vets():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tansy-vets", SCEN_DIR / "tansy-vets.plan.toml", "TansyVets", 4201234520, 1861220000000002401)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-09-06T05:30:00Z")
    B = "TansyVets"
    user(B, "Tansy Vets", 4201234520,
         "Tansy Vets 🐾 Help with our practices, health plans, pharmacy and insurance claims, 8am–8pm. "
         "Pet emergency out of hours? Our night clinics: 0808 157 0733. Never post card or policy numbers here.",
         18_400, following=620, tweets=41_000, listed=90, verified=True)
    user("boris_dane_mum", "Kerry Ashdown", 7410035821, "Great Dane mum x2. Fellside.", 210)
    user("danny_okoro_sel", "Danny Okoro", 7410097346, "Selsbury. Commuter. Dog dad to Biscuit (beagle, chaos).", 380)
    user("ruth_nala_cat", "Ruth Pemberton", 7410152907, "Retired teacher. Nala (diabetic, bossy) runs the house.", 140)
    user("hattie_croft", "Harriet Croft", 7410218464, "Two cats, one car, zero patience.", 260)
    user("amara_selsbury", "Amara Nwosu", 7410276035, "Childminder in Fellside. Tea first.", 330)
    user("gaz_pipfleas", "Gary Tomlin", 7410339572, "Forklift driver. Pip's dad.", 95)
    user("stacey_k_rant", "Stacey Kendrick", 7410391148, "Says what everyone's thinking.", 540)
    user("folkfellside", "Fellside Folk Club", 7410452719, "Folk nights every Sunday, upstairs at the Drovers.", 1300)
    user("mel_garside_", "Mel Garside", 7410518390, "", 60)
    user("jess_tinytots", "Jess Arkwright", 7410573961, "Mum of 2 under 3. Cat owner. Tired.", 420)
    user("giulia_ferri_s", "Giulia Ferri", 7410637532, "Milanese a Selsbury. Gatti > persone.", 180)
    user("moss_and_tom", "Tom Fairley", 7410691103, "Moss the collie & me. Hill walks.", 270)
    user("GinaPawsTV", "Gina Marsh", 7410754674, "Presenter, Pet Rescue Live 🐾 Cocker spaniel mum. Views mine.",
         872_000, following=1400, listed=3100, verified=True)
    user("cocker_fan_jo", "Jo Pilling", 7410812245, "", 70)
    user("dev_mcnally", "Dev McNally", 7410879816, "Plumber. Two labs, no sleep.", 190)
    user("TansyVetsHelp", "Tansy Vets Help Desk ✅", 7410931387,
         "Official support 24/7 🐾 Refunds & claims. DM or WhatsApp for fast help", 31, following=4100)
    user("quizteam_norm", "Norm Ellery", 7410996958, "Pub quiz captain. Perennial last place.", 150)
    user("kbrennan_aw", "Kelly Brennan", 7411052529, "Ashby Wick. Nurse. Spaniel person.", 310)
    user("priya_and_oscar", "Priya Lal", 7411117090, "Oscar (terrier) is the main character.", 890)
    user("maria_perez_sel", "María Pérez", 7411173661, "Valenciana en Selsbury. Perra: Kira.", 150)
    user("sami_greatdane", "Sami Haddad", 7411238232, "Zeus the Great Dane. 70kg of velcro.", 230)
    user("lizzie_oldlab", "Lizzie Dunmore", 7411290803, "Hallam Fold. Old lab, young kids.", 180)
    user("nina_w_rants", "Nina Walsh", 7411356374, "Mum. Ranter. Ashby Wick.", 350)
    user("robhartley_s", "Rob Hartley", 7411413945, "", 240)
    user("anke_dijkstra", "Anke Dijkstra", 7411475516, "Friesland → Selsbury. Wandelen, vogels, bloemen.", 520)
    user("foraging_fran", "Fran Ollerton", 7411538087, "Forager. Old recipes. Occasional regrets.", 2200)
    user("claire_and_meg", "Claire Dobson", 7411594658, "", 130)
    user("amyrose_sel", "Amy Rose", 7411651229, "New puppy, new everything 🐶", 410)
    user("lauren_vents", "Lauren Boyle", 7411718790, "Cat lady, proudly.", 300)
    user("pete_kestwell", "Pete Ansell", 7411770361, "Kestwell. Retired postie.", 160)
    user("theo_and_mango", "Theo Marsden", 7411835932, "Mango (ginger, male, dramatic).", 220)
    user("aisha_m_sel", "Aisha Malik", 7411899503, "", 90)
    user("bex_aldous", "Bex Aldous", 7411954074, "Rescue dog mum. Sarcasm fluent.", 470)
    user("sophie_r_sel", "Sophie Reid", 7412018645, "", 310)
    user("hollyhopsbuns", "Holly Marr", 7412076216, "Two rabbits, Pudding & Custard.", 600)
    user("weeds_r_us_mike", "Mike Prothero", 7412134787, "Allotment bore. Punning since 1979.", 740)
    user("cass_catlady", "Cass Yelland", 7412190358, "Garden, cats, tea.", 280)
    user("kasia_nowak_s", "Kasia Nowak", 7412253929, "Polka w Selsbury. Pies Bary 🐕", 140)
    user("carla_bonnie", "Carla Whitfield", 7412318490, "Bonnie the boxer's PA.", 230)
    user("maya_ferris", "Maya Ferris", 7412379061, "", 110)
    user("SelsburyPost", "Selsbury Post", 7412434632,
         "News for Selsbury and the Vale. Tips: newsdesk@selsbury-post.example", 58_000, verified=True)
    user("PetMoneyDesk", "Pet Money Desk", 7412496203, "Consumer news for pet owners, from the Sunday Ledger.", 41_000)
    user("ianmorrow_sel", "Ian Morrow", 7412553774, "Pepper's dad. 2011–2027.", 380)
    user("nadia_q_s", "Nadia Qureshi", 7412611345, "", 150)
    user("LeoCartwright9", "Leo Cartwright", 7412677916, "Selsbury Town & England. Dad to Duke 🐶",
         2_140_000, following=600, listed=5200, verified=True)
    user("fi_and_juno", "Fiona Reece", 7412734487, "Juno: lurcher, sock thief.", 510)
    user("lee_braddock", "Lee Braddock", 7412790058, "", 85)
    user("julien_roux_s", "Julien Roux", 7412851629, "Lyonnais exilé. Chat: Moustache.", 120)
    user("tilly_wags", "Tilly Wagstaff", 7412916190, "", 45)
    user("ffion_price_s", "Ffion Price", 7412972761, "Welsh in Selsbury. Two spaniels.", 260)
    user("ana_souza_s", "Ana Souza", 7413035332, "Carioca em Selsbury. Mãe da Pipoca 🐶", 200)
    user("katrin_vogel_s", "Katrin Vogel", 7413091903, "Aus Leipzig. Katze Mia.", 130)
    user("h4x_marcus", "Marcus Bell", 7413154474, "Pen tester by day. Ziggy's dad by night.", 1500)
    user("PetPrizeDrop", "Pet Prize Drop 🎁", 7413218045, "Giveaways daily 🐶🐱 Follow + RT to win", 12, following=4900)
    user("GrowVetFollows", "Grow Your Followers 🚀", 7413273616, "Real followers, real fast. DM for prices.", 8, following=5000)
    user("gwen_harcourt", "Gwen Harcourt", 7413338187, "Bertie's mum, always.", 140)
    user("martin_keel", "Martin Keel", 7413392758, "Ollie (13, tabby, grumpy).", 95)
    user("chrisbanter_s", "Chris Danby", 7413459329, "Here for the replies.", 1100)
    user("yasmin_hector", "Yasmin Hale", 7413514890, "Hector the dachshund's assistant.", 330)
    user("beth_and_milo", "Beth Curran", 7413571461, "", 260)
    user("lou_kinsella", "Lou Kinsella", 7413639032, "Selsbury. Dogs. Bakes.", 480)
    user("auntie_deb_s", "Deb Hollis", 7413693603, "", 220)
    user("indiepop_izzy", "Izzy Fenn", 7413758174, "New music every Friday 🎧", 3400)
    user("horsey_hel", "Helen Stroud", 7413812745, "Two old cobs and a field full of weeds.", 690)
    user("steph_kirkby", "Steph Kirkby", 7413879316, "", 170)
    user("ali_and_waffle", "Ali Rahimi", 7413937887, "Waffle (spaniel) ruins everything lovingly.", 350)
    user("brenda_osei", "Brenda Osei", 7413995458, "Retired. Three cats, one opinion.", 120)

    # ---- Monday, 6 September -------------------------------------------------------------
    SC("tv-bloat-calm-question-before-dawn", "medical-urgent",
       tw("boris_dane_mum", f"@{B} probably nothing but Boris (great dane, 6) has had a tight swollen belly since his tea and keeps trying to be sick but nothing comes up. he's pacing and won't settle. ok to wait for the 8:30 appointment at Fellside or?",
          when="2027-09-06T05:12:40Z"),
       expect(RP, "urgent", "emergency", "direct"),
       note="classic signs of bloat in a deep-chested dog, which can kill within hours; calm, apologetic, no alarm words")
    SC("tv-in-passing-op-rebooked", "complaint-in-passing",
       tw("danny_okoro_sel", f"monday so far: train cancelled, coffee down my shirt, and @{B} rang at 7 to say Biscuit's op is off because the surgeon's off sick. rebooked for 3 weeks' time, earliest slot. cool cool cool",
          when="2027-09-06T07:05:18Z"),
       expect(RP, "normal", "appointments", "indirect"), note="the brand tagged in the middle of a bad morning")
    ruth = tw("ruth_nala_cat", f"@{B} Nala's insulin order from your online pharmacy still says 'processing' after 6 days. She's diabetic and has one dose left, tonight's. What do I do tomorrow morning?",
              when="2027-09-06T07:31:02Z")
    SC("tv-diabetic-cat-last-insulin-dose", "medical-urgent", ruth, expect(RP, "urgent", "pharmacy", "direct"),
       note="a calm question, but a diabetic cat will miss her insulin tomorrow morning")
    ruth_brand = tw(B, "@ruth_nala_cat So sorry Ruth. Please don't let her miss a dose: Fellside will have a vial of her insulin ready for you from 8 tomorrow, no charge, and they know you're coming. I've DM'd you about the pharmacy side.",
                    reply_to=ruth, when="2027-09-06T07:52:44Z")
    SC("tv-brand-reply-ruth-insulin", "brand-own-post", ruth_brand, expect(IGN, "low", "pharmacy", "none"))
    SC("tv-ruth-prescription-on-file", "question-in-reply-to-brand",
       tw("ruth_nala_cat", "thank you, that's a huge weight off. Do I need to bring her old prescription or have they got it on file?",
          reply_to=ruth_brand, when="2027-09-06T08:06:13Z"),
       expect(RP, "normal", "pharmacy", "direct"), note="the insulin is sorted, so the follow-up question is ordinary")
    SC("tv-95-minutes-in-reception", "complaint-direct",
       tw("hattie_croft", f"@{B} 4:10 appointment at Fellside on Saturday, seen at 5:45. 95 minutes in reception with a cat who hates the car and a dog barking in her face the whole time. not one word from anyone about why",
          when="2027-09-06T08:14:37Z"),
       expect(RP, "normal", "appointments", "direct"))
    SC("tv-dog-bites-boy-in-waiting-room", "safety-urgent",
       tw("amara_selsbury", f"@{B} a big dog has just attacked a little boy in the Fellside waiting room and bitten his arm. it's bleeding a lot, his mum's in bits and there's one receptionist on her own. someone get out here",
          when="2027-09-06T08:33:09Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child hurt by a dog on the brand's premises, right now")
    SC("tv-abuse-flea-pack-third-month", "abuse-with-problem",
       tw("gaz_pipfleas", f"@{B} you useless greedy shower. 3rd month running Pip's flea and wormer pack turns up a fortnight late. I pay on the 1st, you send it on the 15th. how hard is it",
          when="2027-09-06T09:10:51Z"),
       expect(RP, "high", "pharmacy", "direct"), note="rude, repeated, and a real problem")
    SC("tv-abuse-appointment-cancelled-by-text", "abuse-with-problem",
       tw("stacey_k_rant", "absolute clowns at Tansy Vets. 5 weeks to get an appointment, then they cancel it by text the night before and the receptionist says the next slot is October. f***ing joke of a company",
          when="2027-09-06T09:26:20Z"),
       expect(RP, "high", "appointments", "indirect"), note="swearing and insults, but a real, strong complaint")
    SC("tv-namesake-folk-band", "namesake",
       tw("folkfellside", "The Tansy absolutely killed it last night 🎻 that fiddle in the last set had the whole room stamping. Catch them at the Ashby Wick Institute on Friday, tickets on the door",
          when="2027-09-06T10:02:33Z"),
       expect(IGN, "low", None, "none"), note="the folk band; 'killed it' is praise, not violence")
    SC("tv-threat-vet-who-put-dog-down", "threat-urgent",
       tw("mel_garside_", "that Tansy vet at Ashby Wick who had Lola put down before I got there to say goodbye. I know what car she drives and where she parks. she'll find out how it feels.",
          when="2027-09-06T10:21:47Z"),
       expect(ANY, "urgent", "care", "indirect"),
       note="grief, but a veiled threat against a named member of staff: the vet's safety comes first")
    SC("tv-toddler-in-flea-spot-on", "medical-urgent",
       tw("jess_tinytots", f"@{B} my 2yo got hold of the cat's flea spot-on I'd left on the side and she's had her fingers in her mouth. box says keep away from children. do I take her to A&amp;E or ring someone??",
          when="2027-09-06T10:44:05Z"),
       expect(RP, "urgent", "pharmacy", "direct"),
       note="a child exposed to an insecticide: a human medical need; the answer is 111/999 now, not a product reply")
    SC("tv-it-appuntamento-vaccino", "non-english",
       tw("giulia_ferri_s", f"@{B} ho prenotato online un appuntamento per il vaccino della mia gatta giovedì alle 10, ma non ho ricevuto nessuna conferma. è confermato o devo chiamare?",
          lang="it", when="2027-09-06T11:08:26Z"),
       expect(RP, "normal", "appointments", "direct"), note="Italian: booked online, no confirmation")
    moss = tw("moss_and_tom", f"@{B} nearly died when I saw the estimate 😳 £1,900 for Moss's cruciate op. do you do a payment plan or is it all up front?",
              when="2027-09-06T11:35:50Z")
    SC("tv-nearly-died-at-estimate", "question", moss, expect(RP, "normal", "billing", "direct"),
       note="'nearly died' is a figure of speech")
    SC("tv-joke-throw-in-a-new-dog", "joke-bystander",
       tw("chrisbanter_s", "@moss_and_tom for £1,900 Tansy should be throwing in a new dog and a year's supply of tennis balls 😂",
          reply_to=moss, when="2027-09-06T11:58:12Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke in a customer's thread with the brand")
    gina = tw("GinaPawsTV", f"£1,480 bill for one night at the @{B} out-of-hours clinic, no estimate, nobody told us the cost upfront. Our cocker's fine now (thank you night team ❤️) but is that normal for a chain these days?",
              when="2027-09-06T12:04:29Z",
              metrics={"retweet_count": 1300, "reply_count": 870, "like_count": 9600, "quote_count": 240})
    SC("tv-big-reach-presenter-bill", "big-reach", gina, expect(RP, "high", "billing", "indirect"),
       note="872k followers; a complaint about price, the pet is fine; the handle in the middle",
       known_miss="round 8, not met yet: topic: want 'billing', got emergency; the engine read: tags @TansyVets in a post to everyone | describes their own experience | complaint (0.60) | author reach: 872k followers | topic emergency: 'out of hours', 'out-of-hours'")
    SC("tv-repost-gina", "repost", tw("cocker_fan_jo", "", retweet=gina, when="2027-09-06T12:20:41Z"),
       expect(IGN, "low", "billing", "indirect"),
       known_miss="round 8, not met yet: topic: want 'billing', got emergency; the engine read: tags @TansyVets in a post to everyone | a repost: reposts never open cases | topic emergency: 'out of hours', 'out-of-hours'")
    dev = tw("dev_mcnally", f"@{B} health plan direct debit has gone out twice this month (£24.50 x2). I paid the vaccination top-up with 4111 1111 1111 1111 as well and that's gone twice too. sort it please",
             when="2027-09-06T12:41:03Z")
    SC("tv-card-number-plan-double-debit", "private-details", dev, expect(RV, "normal", "plans", "direct"),
       note="a full card number in public")
    SC("tv-spam-fake-help-desk", "spam",
       tw("TansyVetsHelp", "@dev_mcnally Hi Dev! Tansy Vets support here 🐾 we can refund both payments today ✅ Just DM your card expiry, CVV and the code we text you, or WhatsApp us 👉 {url:https://tansy-refunds.example/claim}",
          reply_to=dev, when="2027-09-06T12:49:37Z"),
       expect(IGN, "low", "billing", "third_party"), note="an impersonator fishing for card details in a customer's thread")
    dev_brand = tw(B, "@dev_mcnally Sorry Dev. Please ignore anyone else offering refunds in this thread: we never ask for card codes. I've DM'd you so we can put the second one back today.",
                   reply_to=dev, when="2027-09-06T13:02:18Z")
    SC("tv-brand-reply-dev", "brand-own-post", dev_brand, expect(IGN, "low", "billing", "none"))
    SC("tv-namesake-pub-quiz", "namesake",
       tw("quizteam_norm", "Quiz night at The Tansy: came last again, the chips were stone cold and the landlord's dog ate my pen. Same time next week then",
          when="2027-09-06T13:20:55Z"),
       expect(IGN, "low", None, "none"), note="The Tansy pub")
    SC("tv-spaniel-in-hot-car-car-park", "safety-urgent",
       tw("kbrennan_aw", "there's a spaniel locked in a car in the Tansy Vets car park at Ashby Wick, windows up, 28 degrees, panting like mad. it'll have heatstroke in minutes. reception say it's not their problem. anyone??",
          when="2027-09-06T14:08:16Z"),
       expect(RP, "urgent", "emergency", "indirect"), note="an animal in danger on the brand's car park, right now; staff can act")
    SC("tv-chatter-dramatic-limp", "chatter-monitor",
       tw("priya_and_oscar", "Oscar is SO dramatic. limps like he's been shot the second we turn into the Tansy Vets car park, then skips out after his free biscuit. an actor. a fraud 🐶",
          when="2027-09-06T14:30:42Z"),
       expect(MON, "low", None, "indirect"), note="sounds alarming, but it is a joke about a healthy dog")
    SC("tv-es-perra-ibuprofeno", "medical-urgent",
       tw("maria_perez_sel", f"@{B} mi perra se ha comido casi una tira entera de ibuprofeno que estaba en mi bolso. el teléfono de urgencias no contesta. ¿a qué clínica la llevo ahora mismo?",
          lang="es", when="2027-09-06T15:02:11Z"),
       expect(RP, "urgent", "emergency", "direct"), note="Spanish: a dog has eaten ibuprofen and the emergency line is not answering")
    heat = tw(B, "Hot one today 🌞 Walk dogs early or late, take water, and never leave a pet in a car, not even for 5 minutes. Panting hard, drooling or wobbly? Ring us straight away: heatstroke is an emergency.",
              when="2027-09-06T15:15:00Z")
    SC("tv-brand-heat-advice", "brand-own-post", heat, expect(IGN, "low", "emergency", "none"))
    SC("tv-cooling-mat-size", "question-in-reply-to-brand",
       tw("sami_greatdane", "do the cooling mats in your online pharmacy come big enough for a great dane or only small dog sizes?",
          reply_to=heat, when="2027-09-06T15:41:30Z"),
       expect(RP, "normal", "pharmacy", "direct"))
    SC("tv-old-lab-wobbly-in-thread", "medical-urgent",
       tw("lizzie_oldlab", "my old lab's been panting hard since our walk at 12 and now she's wobbly and won't get up off the kitchen floor. is this heatstroke?? we're in Hallam Fold, where do I go",
          reply_to=heat, when="2027-09-06T16:07:58Z"),
       expect(RP, "urgent", "emergency", "direct"), note="a reply to the brand's post, no handle: a dog in danger now")
    SC("tv-needle-by-kids-corner-in-rant", "safety-urgent",
       tw("nina_w_rants", "Rant. Tansy Vets Ashby Wick today: 40 min wait, prices up AGAIN, receptionist rolled her eyes at me, and a used needle on the floor by the kids' toy box (sharps bin overflowing) that I pointed out TWICE. two toddlers crawling round it. unreal",
          when="2027-09-06T16:40:19Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a hazard to small children buried in a rant about waits and prices")
    SC("tv-quote-heat-advice-line-rang-out", "quote",
       tw("robhartley_s", "would be easier to 'ring straight away' if your out-of-hours line didn't ring out for 20 mins like it did on Saturday night. he's ok, no thanks to the phone",
          quote=heat, when="2027-09-06T17:02:47Z"),
       expect(RP, "normal", "emergency", "indirect"), strict=False,
       note="a quote of the brand's post; the emergency line failed, but the dog is fine now. Some would make a failing emergency line high")
    SC("tv-nl-boerenwormkruid-dijk", "common-word",
       tw("anke_dijkstra", "Overal langs de dijk bloeit nu boerenwormkruid (tansy in het Engels). Mooi geel, maar giftig voor koeien en paarden, dus niet laten grazen 🌼",
          lang="nl", when="2027-09-06T17:30:24Z"),
       expect(IGN, "low", "emergency", "none"), note="Dutch: the flower; 'giftig' is a keyword, so the topic follows it")
    SC("tv-common-word-tansy-pudding", "common-word",
       tw("foraging_fran", "Made an old Easter recipe today, tansy pudding: eggs, cream, breadcrumbs and a handful of tansy leaves. Tastes like a lawn mower's dreams. 3/10, the Tudors can keep it",
          when="2027-09-06T18:02:36Z"),
       expect(IGN, "low", None, "none"), note="the herb in a recipe")
    SC("tv-praise-meg-at-home", "praise",
       tw("claire_and_meg", f"@{B} Dr Okafor was so gentle with our old girl Meg today. We knew it was time, but having her put to sleep at home on her own bed meant everything. And the paw print card 💛 thank you all",
          when="2027-09-06T18:30:08Z"),
       expect(RP, "low", "care", "direct"))
    amy = tw("amyrose_sel", "anyone in Selsbury recommend a vet? new puppy, no idea what I'm doing 🐶", when="2027-09-06T18:44:00Z")
    SC("tv-venting-dental-missed-abscess", "third-party-venting",
       tw("lauren_vents", "@amyrose_sel not Tansy. we paid £400 for a dental and they still missed the abscess, Smudge was back a week later with half his face swollen. go to the independent on Mill Lane",
          reply_to=amy, when="2027-09-06T19:01:27Z"),
       expect(MON, "low", "care", "third_party"), note="a customer's bad experience, told to a friend in someone else's thread")
    SC("tv-chatter-kestwell-eight-years", "third-party-chatter",
       tw("pete_kestwell", "@amyrose_sel we've been with Tansy at Kestwell 8 years, the night team saved our cat once. can't fault them. get the puppy booster done early",
          reply_to=amy, when="2027-09-06T19:14:50Z"),
       expect(MON, "low", "plans", "third_party"), note="a stranger's recommendation in someone else's thread: monitor, don't butt in")
    night = tw(B, "Our night clinics at Kestwell and Fellside are open every night 7pm–8am and all day Sunday. Worried about your pet after hours? Call 0808 157 0733 and a nurse will talk it through with you.",
               when="2027-09-06T19:30:00Z")
    SC("tv-blocked-cat-in-reply", "medical-urgent",
       tw("theo_and_mango", "is this for stuff like my boy cat going in and out of the litter tray all evening? he squats and keeps straining but nothing comes out, and he's crying. he's normally fine",
          reply_to=night, when="2027-09-06T21:15:33Z"),
       expect(RP, "urgent", "emergency", "direct"),
       note="a male cat straining with nothing coming out may be blocked: life-threatening within hours; asked calmly, no handle")
    SC("tv-hotline-which-night-number", "public-hotline-number",
       tw("aisha_m_sel", f"@{B} is 0808 157 0733 the number for the Fellside night clinic as well, or do I ring the practice? want it saved in my phone before I need it",
          when="2027-09-06T21:40:12Z"),
       expect(RP, "normal", "emergency", "direct"), strict=False,
       note="the number is the brand's own night line, not a private detail; no pet is ill")

    # ---- Tuesday, 7 September ------------------------------------------------------------
    SC("tv-sarcasm-all-inclusive-plan", "sarcasm-customer",
       tw("bex_aldous", f"@{B} love that my 'all-inclusive' health plan includes everything except anything my dog actually needs 🙃 jabs? extra. nail clip? extra. breathing? probably extra",
          when="2027-09-07T06:52:10Z"),
       expect(RP, "normal", "plans", "direct"), note="sarcasm; 'breathing? probably extra' is a joke, not a medical need")
    SC("tv-sarcasm-booster-reminder-after-death", "sarcasm-customer",
       tw("sophie_r_sel", "Nothing says 'we care' like Tansy Vets texting me 'Pickle is due her booster, don't let her health plan lapse!' three weeks after they put her to sleep. Thanks guys. really needed that today.",
          when="2027-09-07T07:20:44Z"),
       expect(RP, "normal", "plans", "indirect"), note="bitter sarcasm from a grieving customer: a complaint that needs a human answer")
    bun = tw("hollyhopsbuns", "£89 at Tansy Vets for someone to look in Custard's mouth for 5 minutes and say 'teeth look fine'. £89. for a look. the prices in that place",
             when="2027-09-07T07:46:05Z")
    SC("tv-89-pounds-for-a-look", "complaint-indirect", bun, expect(RP, "normal", "billing", "indirect"),
       known_miss="round 8, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Tansy Vets in a post to everyone | general chatter about the brand | topic billing: 'price'")
    SC("tv-joke-dr-dandelion", "joke-bystander",
       tw("weeds_r_us_mike", "@hollyhopsbuns Tansy? named after a weed. next time try Dr Dandelion, he'll do it for a wish 🌼😂",
          reply_to=bun, when="2027-09-07T08:01:39Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the name by a stranger in a customer's thread")
    SC("tv-cat-chewing-tansy-flowers", "common-word",
       tw("cass_catlady", "does anyone know if tansy is poisonous to cats? ours has been chewing the yellow flowers by the shed all morning and now she's drooling loads",
          when="2027-09-07T08:12:26Z"),
       expect(ANY, "urgent", "emergency", "none"), strict=False,
       note="'tansy' here is the plant, not the brand, but a cat is drooling after eating a toxic plant now; a vet's care lead would want eyes on it, others would leave a namesake alone")
    SC("tv-pl-formularz-ubezpieczyciel", "non-english",
       tw("kasia_nowak_s", f"@{B} 3 tygodnie temu wysłaliście formularz do mojego ubezpieczyciela, a ubezpieczyciel mówi, że nic nie dostał. Co się dzieje?",
          lang="pl", when="2027-09-07T08:30:17Z"),
       expect(RP, "normal", "insurance", "direct"), note="Polish: the claim form the practice sent never reached the insurer")
    carla = tw("carla_bonnie", f"@{B} On Thursday you told me Bonnie's claim had gone to my insurer. Insurer still has nothing. This is the third time I've chased it and the vet bill is sat on my credit card. Please actually look",
               when="2027-09-07T08:52:48Z")
    SC("tv-carla-third-chase-claim", "repeat-contact", carla, expect(RP, "high", "insurance", "direct"),
       note="back for the third time after being told it was done")
    SC("tv-private-policy-email-dob", "private-details",
       tw("maya_ferris", f"@{B} please send the claim form for Rolo straight to my insurer, they say it needs policy no. PT-4471920, my email maya.ferris@example.com and my DOB 02/11/1990 on it",
          when="2027-09-07T09:14:22Z"),
       expect(RV, "normal", "insurance", "direct"), note="policy number, email and date of birth in public")
    SC("tv-news-hallam-fold-closing", "news-monitor",
       tw("SelsburyPost", "Tansy Vets is to close its Hallam Fold practice at the end of October. Registered pets will move to Fellside, four miles away, and the company says existing appointments will be kept. {url:https://selsbury-post.example/2027/09/hallam-fold-practice-to-close}",
          when="2027-09-07T10:00:00Z"),
       expect(MON, "low", "appointments", "indirect"))
    SC("tv-news-regulator-prices-report", "news-monitor",
       tw("PetMoneyDesk", "Vet prices: the regulator's interim report names four chains, including Tansy Vets, over prescription fees and 'unclear' price lists. What it means for your next bill 👇 {url:https://petmoneydesk.example/vet-prices-interim}",
          when="2027-09-07T10:20:31Z"),
       expect(MON, "low", "billing", "indirect"), note="news about a regulator, not a customer's legal threat")
    SC("tv-legal-rcvs-missed-kidney-failure", "legal-threat-not-urgent",
       tw("ianmorrow_sel", "Tansy Vets told me for 3 months that Pepper's weight loss was 'just age'. Another practice diagnosed kidney failure with one blood test. She died on Sunday. I've reported them to the RCVS and I've got a solicitor.",
          when="2027-09-07T10:41:15Z"),
       expect(RP, "high", "care", "indirect"), note="a death and a complaint to the regulator: high, not urgent (nobody is in danger now)")
    SC("tv-legal-xray-never-done", "legal-threat-not-urgent",
       tw("nadia_q_s", f"@{B} £612 for an x-ray Dexter never had. I've got the invoice and the clinical notes showing no x-ray. refund it by Friday or I'm filing in the small claims court.",
          when="2027-09-07T11:02:58Z"),
       expect(RP, "high", "billing", "direct"))
    SC("tv-big-reach-footballer-tablets", "big-reach",
       tw("LeoCartwright9", f"Shoutout to nobody at @{B} pharmacy. 2 weeks waiting on Duke's arthritis tablets, 3 emails, zero replies. Some of us actually need the stuff we pay for 🤷‍♂️",
          when="2027-09-07T11:30:40Z",
          metrics={"retweet_count": 2400, "reply_count": 1100, "like_count": 31000, "quote_count": 380}),
       expect(RP, "high", "pharmacy", "indirect"), note="2.1m followers; arthritis tablets are late but not life-or-death")
    SC("tv-in-passing-lunch-on-hold", "complaint-in-passing",
       tw("brenda_osei", f"spent my whole lunch on hold: the bank, the council, then @{B} about a claim form they've had since August. three queues, zero answers, one cold sandwich",
          when="2027-09-07T12:14:05Z"),
       expect(RP, "normal", "insurance", "indirect"), note="the brand tagged in the middle of a list of grumbles")
    SC("tv-praise-juno-sock-surgery", "praise",
       tw("fi_and_juno", "Huge thanks to the out-of-hours team at Tansy Vets Kestwell who got Juno through surgery at 3am after she swallowed a sock. Two days later she's stealing socks again 🙄💛",
          when="2027-09-07T12:02:07Z"),
       expect(RP, "low", "emergency", "indirect"), note="alarming words about an emergency that is over: praise",
       known_miss="round 8, not met yet: priority: want 'low', got urgent; the engine read: names Tansy Vets in a post to everyone | a medical need: urgent | topic emergency: 'out of hours', 'out-of-hours', 'swallowed'")
    SC("tv-threat-other-client-staffy", "threat-urgent",
       tw("lee_braddock", "If that bloke with the aggressive staffy at Tansy in Fellside lets it near my kids again I'll put him through the waiting room window myself. Told reception twice, they did nothing. Place is unsafe.",
          when="2027-09-07T12:31:44Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat of violence against another client, with a real safety complaint")
    SC("tv-fr-menace-veto-facture", "threat-urgent",
       tw("julien_roux_s", "Le prochain véto de chez Tansy qui me facture 90€ pour regarder mon chat cinq minutes, je lui casse la gueule. je rigole pas.",
          lang="fr", when="2027-09-07T12:50:19Z"),
       expect(ANY, "urgent", "billing", "indirect"), note="French: a threat to beat up the next vet, with a complaint about a bill")
    promo = tw(B, "Join a Tansy Pet Health Plan this month and your first month is free 🐾 Vaccinations, flea and worm treatment and two check-ups a year, all in one monthly payment. {url:https://tansyvets.example/health-plans}",
               when="2027-09-07T13:00:00Z")
    SC("tv-quote-promo-auto-renewed", "quote",
       tw("ffion_price_s", "'all in one monthly payment' they said. mine auto-renewed at £31 a month without a word, and the vaccinations I'd already paid for aren't on Bryn's record. great stuff",
          quote=promo, when="2027-09-07T13:24:36Z"),
       expect(RP, "normal", "plans", "indirect"), strict=False, note="a customer quotes the brand's promotion to complain")
    SC("tv-repost-promo", "repost", tw("tilly_wags", "", retweet=promo, when="2027-09-07T13:40:02Z"),
       expect(IGN, "low", "plans", "indirect"), note="a repost of the brand's own post")
    SC("tv-pt-remedio-farmacia-online", "non-english",
       tw("ana_souza_s", f"@{B} encomendei o remédio da Pipoca na farmácia online há 10 dias e ainda não chegou. o site diz 'enviado' desde sexta. onde está?",
          lang="pt", when="2027-09-07T14:02:51Z"),
       expect(RP, "normal", "pharmacy", "direct"), note="Portuguese: a pharmacy order lost in the post")
    SC("tv-de-rechnung-doppelt", "non-english",
       tw("katrin_vogel_s", f"@{B} Ich habe die Rechnung für Mias Zahnbehandlung zweimal bezahlt, einmal in der Praxis und einmal online. Wie bekomme ich das Geld zurück?",
          lang="de", when="2027-09-07T14:20:09Z"),
       expect(RP, "normal", "billing", "direct"), note="German: a bill paid twice")
    SC("tv-html-booking-page-script", "html-entities",
       tw("h4x_marcus", f"@{B} your booking page just shows &lt;script&gt;alert('gotcha')&lt;/script&gt; where the appointment times should be &amp; I can't book Ziggy's check-up. can I do it by phone?",
          when="2027-09-07T14:41:27Z"),
       expect(RP, "normal", "appointments", "direct"))
    SC("tv-html-giveaway-script-spam", "html-entities",
       tw("PetPrizeDrop", f"🎁 WIN a year of FREE pet food! follow, RT &amp; tag 3 friends 🐶 &lt;script src=\"//cdn.petprizes.example/win.js\"&gt;&lt;/script&gt; #giveaway #dogsofselsbury @{B}",
          when="2027-09-07T15:03:14Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway carrying a script tag, tagging the brand")
    SC("tv-spam-follower-selling", "spam",
       tw("GrowVetFollows", f"@{B} Boost your practice 🚀 10,000 REAL followers for £49, pet owners only, results in 24h. DM now, offer ends tonight!!",
          when="2027-09-07T15:22:40Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("tv-bertie-ashes-seven-weeks", "complaint-direct",
       tw("gwen_harcourt", f"@{B} it's been 7 weeks since Bertie was cremated and we still don't have his ashes. nobody at Hallam Fold can tell me where he is. please just find him",
          when="2027-09-07T15:45:12Z"),
       expect(RP, "normal", "care", "direct"), note="a grieving customer; a complaint that needs care, not a safety case")
    carla_brand = tw(B, "@carla_bonnie I'm sorry, Carla. I've found it: the claim was saved but never sent. It's gone to your insurer now and I've asked them to confirm by tomorrow. I'll check in with you here by 12.",
                     reply_to=carla, when="2027-09-07T16:02:33Z")
    SC("tv-carla-wants-copy-of-claim", "thread-with-brand",
       tw("carla_bonnie", "thank you. can you send me a copy of the claim you sent so I've got it for my own records?",
          reply_to=carla_brand, when="2027-09-07T16:30:18Z"),
       expect(RP, "normal", "insurance", "direct"), note="a reply to the brand's answer with no @")
    SC("tv-dev-refund-same-card", "thread-with-brand",
       tw("dev_mcnally", "DM'd you. will the refund go back on the same card or come off next month's debit?",
          reply_to=dev_brand, when="2027-09-07T17:05:44Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("tv-hit-by-car-ring-me", "private-details",
       tw("steph_kirkby", f"@{B} my dog's just been hit by a car on Kestwell Road. she's breathing but won't stand and your night line is engaged. please ring me 07700 900582, I don't know where to take her",
          when="2027-09-07T21:04:26Z"),
       expect(RV, "urgent", "emergency", "direct"), strict=False,
       note="a dog badly hurt right now and a phone number in public: ring her back at once; some would answer in public first with the clinic's address")
    SC("tv-cone-of-shame-joke", "chatter-monitor",
       tw("ali_and_waffle", f"whoever invented the cone of shame, I will find you. Waffle has taken out two door frames, the cat and my shins since @{B} neutered him on Friday 😂",
          when="2027-09-07T21:30:57Z"),
       expect(MON, "low", "care", "indirect"), strict=False,
       note="'I will find you' is a joke; nothing to fix. Some would reply warmly (praise-like), so not strict")

    # ---- Wednesday, 8 September ----------------------------------------------------------
    SC("tv-ollie-not-eating-two-days", "question",
       tw("martin_keel", f"@{B} my cat Ollie hasn't eaten for two days and he's hiding under the bed. he's 13. can I get an appointment today or should I give it another day?",
          when="2027-09-08T07:32:15Z"),
       expect(RP, "urgent", "appointments", "direct"), strict=False,
       note="an old cat off food for two days should be seen today: a medical need; some would call it an ordinary booking question")
    SC("tv-hector-record-lost-twice", "complaint-indirect",
       tw("yasmin_hector", "Tansy Vets have now 'lost' Hector's vaccination record twice, so his health plan says he's overdue and the kennels won't take him on Friday. brilliant. holiday in 2 days",
          when="2027-09-08T08:31:02Z"),
       expect(RP, "normal", "plans", "indirect"))
    lou = tw("lou_kinsella", "is it just me or are all the online pet pharmacies a nightmare at the moment?", when="2027-09-08T08:50:00Z")
    SC("tv-venting-milo-wormer-old-flat", "third-party-venting",
       tw("beth_and_milo", "@lou_kinsella ugh tell me about it. Tansy sent Milo's wormer to my old flat twice and then told me it was my fault 🙄",
          reply_to=lou, when="2027-09-08T09:02:47Z"),
       expect(MON, "low", "pharmacy", "third_party"), note="venting to a friend in her thread")
    SC("tv-chatter-ask-for-written-prescription", "third-party-chatter",
       tw("pete_kestwell", "@lou_kinsella tip: ask Tansy for a written prescription and get the flea stuff wherever's cheapest online. they have to give you one if you ask",
          reply_to=lou, when="2027-09-08T09:20:11Z"),
       expect(MON, "low", "pharmacy", "third_party"), note="a stranger's advice in someone else's thread")
    SC("tv-carla-1pm-still-nothing", "repeat-contact",
       tw("carla_bonnie", "it's gone 1pm. insurer still says nothing's arrived and you said you'd check in by 12. I'm done chasing this, honestly",
          reply_to=carla_brand, when="2027-09-08T13:08:33Z"),
       expect(RP, "high", "insurance", "direct"), note="the brand's promise has passed and the problem is still there")
    SC("tv-hotline-rang-four-times-claim", "public-hotline-number",
       tw("brenda_osei", f"rang @{B} on 0808 157 0733 four times today about Tiggy's insurance claim. 45 minutes on hold each time, then cut off. is anyone there at all",
          when="2027-09-08T14:12:19Z"),
       expect(RP, "high", "insurance", "indirect"), strict=False,
       note="the number is the brand's own, not hers; four calls make it a repeated complaint")
    SC("tv-namesake-niece-birthday", "namesake",
       tw("auntie_deb_s", "My niece Tansy turned 6 today and demanded a unicorn cake, 'no horses, only unicorns'. We obeyed 🦄🎂",
          when="2027-09-08T16:20:48Z"),
       expect(IGN, "low", None, "none"), note="a girl called Tansy")
    SC("tv-namesake-singer-emergency-exit", "namesake",
       tw("indiepop_izzy", "Tansy Hart's new single 'Emergency Exit' is out Friday and it's an absolute banger. that chorus is living in my head rent free 🎧",
          when="2027-09-08T17:05:10Z"),
       expect(IGN, "low", "emergency", "none"), note="a singer; 'emergency' is a keyword, so the topic follows it")
    SC("tv-common-word-paddock-weeds", "common-word",
       tw("horsey_hel", "Spent the afternoon pulling tansy and ragwort out of the paddock before the cobs get at it. Back is ruined, field looks great 🌼",
          when="2027-09-08T18:22:39Z"),
       expect(IGN, "low", None, "none"), note="the weed")
    return brand


BRANDS["tansy-vets"] = ("TansyVets", 4201234520, build_tansy_vets)
