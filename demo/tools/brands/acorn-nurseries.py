# Acorn Nurseries: a made-up chain of children's day nurseries (babies to 5-year-olds)
# around Kelsford and the Wend valley: Hollins Road, Eastgate, Marlow Road, Millfield and
# Orchard Lane. Places and waiting lists, settling in, fees, invoices and funded hours,
# staff, key workers and ratios, meals and allergies, naps, nappies and outings, accidents
# and safeguarding, collection and who may pick a child up, illness and medicines, and the
# parent app with its daily diary and photos. "Acorn" is also the oak's seed (and "mighty
# oaks from little acorns grow"), the Acorn Housing Trust, the Acorn Electron computer of
# the 1980s, The Acorn pub, Acorn Primary School, Acorn Tree Nursery (a plant nursery) and
# a surname (a footballer): none of them is the nursery chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week is
# the second week of the autumn term, when new children are settling in and September
# invoices and funded hours have just gone out.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, nursery,
# account number, phone number, card number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_acorn_nurseries():
    global CURRENT_BRAND, CLOCK
    brand = Brand("acorn-nurseries", SCEN_DIR / "acorn-nurseries.plan.toml", "AcornNurseries", 4356789033, 1861220000000003701)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-09-13T05:30:00Z")
    B = "AcornNurseries"
    user(B, "Acorn Nurseries", 4356789033,
         "Acorn Nurseries 🌰 day nurseries for babies to 5s across Kelsford and the Wend valley. Parent care team here "
         "7am–7pm weekdays. Helpline 0808 157 0733. Please never post your child's details, account or card numbers here.",
         21_300, following=640, tweets=18_400, listed=120, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8840100000 + _n[0] * 4129, bio, followers, **kw)

    person("mel_okonkwo_kf", "Melissa Okonkwo", "Mum of Tobi (1). Midwife. Kelsford.", 340)
    person("jamie_rudd_dad", "Jamie Rudd", "Dad of twins. Bus driver. Tired.", 150)
    person("hannah_petrie", "Hannah Petrie", "Marketing. Mum of Leo (3). Oat milk evangelist.", 720)
    person("sophie_kaye_kf", "Sophie Kaye", "Mum of Isla (4) and Alfie (1). NHS admin.", 260)
    person("dev_malhotra_kf", "Dev Malhotra", "Software tester. Dad of Aarav (2).", 410)
    person("laura_fenwick_m", "Laura Fenwick", "Teacher, mum, permanently behind on the laundry.", 230)
    person("tasha_greaves", "Natasha Greaves", "Single mum to Kit. Hairdresser. Don't mess.", 510)
    person("owen_lewis_kf", "Owen Lewis", "Sparky. Dad of Maya (3).", 120)
    person("priya_sandhu_kf", "Priya Sandhu", "Pharmacist. Mum of Arjun (4).", 300)
    person("becca_lomax_cp", "Becca Lomax", "Mum of Ivy 💜 CP and epilepsy warrior. SEND mum, tired of fighting.", 1300)
    person("chrisdanvers_t1", "Chris Danvers", "Dad of Finn (type 1 since 18 months). Cyclist.", 280)
    person("grace_achebe_kf", "Grace Achebe", "Employment lawyer. Mum of two. Reads the small print.", 640)
    person("wayne_cottle", "Wayne Cottle", "", 40)
    person("kirstymccall_kf", "Kirsty McCall", "Mum of 3 under 5. Send coffee.", 190)
    person("ben_ashworth_kf", "Ben Ashworth", "Accountant. Numbers man. Dad of Poppy.", 110)
    person("lucia_romero_kf", "Lucía Romero", "Madrileña en Kelsford. Mamá de Vega (2).", 220)
    person("stefan_weber_kf", "Stefan Weber", "Aus Köln. Papa von Jonas (3). Ingenieur.", 180)
    person("amelie_rousseau", "Amélie Rousseau", "Bordelaise à Kelsford. Maman de Hugo.", 160)
    person("giulia_frr_kf", "Giulia Ferraro", "Napoletana. Mamma di Sami.", 140)
    person("joost_vdberg_kf", "Joost van den Berg", "Utrechter in Engeland. Vader van twee.", 130)
    person("ana_carvalho_kf", "Ana Carvalho", "Do Porto para Kelsford. Mãe do Tomás.", 250)
    person("thetiredmumco", "Zoe Harrington | The Tired Mum Co", "Parenting, honestly 📣 740k here, a podcast and two books. Mum of 2.",
           740_000, following=1200, listed=2900, verified=True)
    person("dan_jessop_tv", "Dan Jessop", "Breakfast telly presenter. Dad of three. Views my own.",
           1_100_000, following=700, listed=4100, verified=True)
    person("rachel_odell_kf", "Rachel O'Dell", "", 70)
    person("marcus_wynn_kf", "Marcus Wynn", "Plasterer. Dad of Reggie.", 90)
    person("zara_quinlan_kf", "Zara Quinlan", "Mum of Rosie. Always late, always apologising.", 160)
    person("gaz_prentice", "Gaz Prentice", "Kelsford born. Say it to my face.", 85)
    person("megan_doyle_kf", "Megan Doyle", "First-time mum. Back at work, heart in pieces.", 110)
    person("leannebracewell", "Leanne Bracewell", "Mum of Charlie (4). Care worker.", 200)
    person("noor_haddad_kf", "Noor Haddad", "Mum of Layla. Architect. Plants.", 330)
    person("sam_whitlock_kf", "Sam Whitlock", "Dad of Arlo (3). Bakes badly.", 140)
    person("ella_first_time", "Ella Brightwell", "Mum of one (1!). Learning as I go.", 95)
    person("amy_thornbury", "Amy Thornbury", "Nurse. Mum of two. Running on fumes and Haribo.", 410)
    person("auntie_bev_kf", "Bev Lawson", "Auntie, nan, reposter of everything.", 60)
    person("AcornParentHelp", "Acorn Nurseries Parent Support ✅", "Official parent support 24/7 🌰 DM us for refunds and funding queries",
           22, following=4300)
    person("freechildcare4u", "FREE Childcare Giveaways 🎁", "Daily giveaways for parents! Follow + RT to win 🎁", 3400, following=4900)
    person("xss_hattie", "Hattie Sorensen", "Pentester. Mum. I break login forms for a living.", 2100)
    person("kelsford_echo", "Kelsford Echo", "News from Kelsford and the Wend valley since 1871.", 29_000, following=800, verified=True)
    person("earlyyears_wk", "Early Years Weekly", "News for the childcare and early years sector.", 41_000, following=1300, verified=True)
    person("retro_micro_rob", "Rob Tennant", "BBC Micros, Electrons and other beige boxes. Soldering iron always hot.", 2200)
    person("hollie_marsh_kf", "Hollie Marsh", "Mum of two. Finally getting somewhere.", 140)
    person("pub_quiz_pete", "Pete Dunmore", "Quiz master, Thursdays 8pm. Appeals to the bar.", 380)
    person("lisabarraclough", "Lisa Barraclough", "PTA chair. Cake sale veteran.", 260)
    person("kelsfordtfc_fan", "Jordan Pryor", "Kelsford Town till I die 🟢⚪", 600)
    person("greenthumb_gill", "Gill Ashby", "Allotment, hedgerows and a very old spade.", 450)
    person("wendvalleywild", "Wend Valley Nature", "Walks, birds and bugs in the Wend valley.", 3300)
    person("punny_pete_kf", "Pete Oduya", "Puns are cheaper than therapy.", 210)
    person("dadjokes_dylan", "Dylan Marsh", "Dad jokes, served warm.", 180)
    person("mummy_meet_kf", "Kelsford Mums Meet", "Coffee, prams and no judgement. Kelsford.", 2400)
    person("tom_newjob_kf", "Tom Ilesanmi", "Starting over at 34.", 120)

    # ---- Monday 13 September ------------------------------------------------------------
    SC("acorn-safety-gate-open-main-road", "safety-urgent",
       tw("mel_okonkwo_kf", f"@{B} at drop off just now the side gate of the Hollins Road garden had been left open onto the main road and two toddlers were playing right next to it, nobody out there with them. I shut it myself. it's not safe, sort it today before a child ends up under a bus",
          when="2027-09-13T07:55:12Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="no one is hurt, but toddlers next to an open gate onto a main road is a risk to life")
    invoice = tw("hannah_petrie", f"@{B} the September invoice has charged us for the bank holiday AND the two training days when you were shut. £156 for days Leo couldn't even come. can someone explain?",
                 when="2027-09-13T08:20:41Z")
    SC("acorn-complaint-invoice-closed-days", "complaint-direct", invoice, expect(RP, "normal", "fees", "direct"))
    invoice_brand = tw(B, "@hannah_petrie Hi Hannah, that doesn't look right to me either. I've asked our fees team to check your September invoice this morning, and they'll email you a corrected bill by 5pm today.",
                       reply_to=invoice, when="2027-09-13T08:41:05Z")
    SC("acorn-brand-reply-invoice", "brand-own-post", invoice_brand, expect(IGN, "low", "fees", "none"))
    SC("acorn-thread-invoice-thanks", "thread-with-brand",
       tw("hannah_petrie", "just had the email, the £156 refund is going back on our card. thanks for sorting it so fast, honestly expected a fight",
          reply_to=invoice_brand, when="2027-09-13T15:12:30Z"),
       expect(RP, "low", "fees", "direct"), note="back in the brand's thread without @: thanks, the problem is solved")
    epi_q = tw("priya_sandhu_kf", f"@{B} hi! Arjun starts at Eastgate next Monday. he has a severe peanut allergy and two EpiPens. could you tell me whether everyone in the preschool room knows how to use them, and whether the food is nut free? thanks so much 😊",
               when="2027-09-13T09:02:48Z")
    SC("acorn-medical-epipen-calm-question", "medical-urgent", epi_q, expect(RP, "urgent", "health", "direct"),
       note="a polite question, but about a life-threatening allergy in a child who starts in a week")
    epi_brand = tw(B, "@priya_sandhu_kf Hi Priya, yes: everyone in the Eastgate preschool room is trained to use EpiPens, and all our kitchens are nut free. Arjun's key person will go through his allergy plan with you at his settling-in visit on Friday.",
                   reply_to=epi_q, when="2027-09-13T09:20:16Z")
    SC("acorn-thread-epipen-weight-off", "thread-with-brand",
       tw("priya_sandhu_kf", "that's a weight off my mind, thank you for answering so quickly 💛 see you Friday",
          reply_to=epi_brand, when="2027-09-13T09:31:40Z"),
       expect(RP, "low", "*", "direct"),
       note="thanks in the brand's thread without @; the reply itself has no topic keyword")
    SC("acorn-in-passing-coats-rain", "complaint-in-passing",
       tw("jamie_rudd_dad", f"Monday scorecard: car battery flat, soaked walking the twins in, boss moaned I was late, and then @{B} couldn't find either of their coats AGAIN so they'd been out in the garden in the rain in t-shirts all afternoon. brilliant.",
          when="2027-09-13T16:48:22Z"),
       expect(RP, "normal", "daily_care", "indirect"), note="the brand tagged in the middle of a bad day",
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: tags @AcornNurseries in a post to everyone | complaint (0.96) | the problem keeps coming back | topic daily_care: 'coat', 'coats', 'garden'")
    SC("acorn-private-card-deposit-twice", "private-details",
       tw("rachel_odell_kf", f"@{B} paid the £350 deposit for Ruby's place on 2 August with my card 5555 5555 5555 4444 and it's come out twice. account AN-31862. please ring me on 07700 900257, I need that money back",
          when="2027-09-13T10:14:09Z"),
       expect(RV, "normal", "fees", "direct"), note="a card number, an account number and a mobile number in public")
    SC("acorn-indirect-price-rise", "complaint-indirect",
       tw("laura_fenwick_m", "Acorn Nurseries have just announced a 12% price rise on fees from October, with four weeks' notice. That's an extra £190 a month for three days a week. Same cold rooms, same missing socks.",
          when="2027-09-13T11:05:37Z"),
       expect(RP, "normal", "fees", "indirect"), note="names the brand without tagging it, about her own fees")
    SC("acorn-medical-inhaler-a-and-e", "medical-urgent",
       tw("owen_lewis_kf", f"worst Monday ever. van got clamped, lost a job to a cowboy, and @{B} didn't give Maya her inhaler at lunch even though it's written in her care plan. she was wheezing and grey when I got there. we're in A&amp;E now and she's on a nebuliser",
          when="2027-09-13T17:30:55Z"),
       expect(RP, "urgent", "health", "indirect"),
       note="the brand tagged in passing in a rant; a child in A&E with asthma because medicine was missed")
    SC("acorn-es-febrile-seizure", "medical-urgent",
       tw("lucia_romero_kf", f"@{B} mi hija Vega (2 años) tuvo una convulsión esta mañana en Hollins Road y nadie me llamó hasta una hora después. Ahora tiene 40 de fiebre y está muy adormilada. ¿Por qué no llamaron a una ambulancia? Vamos a urgencias.",
          lang="es", when="2027-09-13T12:40:18Z"),
       expect(RP, "urgent", "health", "direct"),
       note="Spanish: a seizure at nursery, a 40° fever and a drowsy child on the way to A&E")
    SC("acorn-question-collection-password", "question",
       tw("sophie_kaye_kf", f"@{B} quick one: my mum is going to collect Isla on Fridays from now on. how do I add her to the collection list, and does she need her own password?",
          when="2027-09-13T13:15:02Z"),
       expect(RP, "normal", "collection", "direct"))
    opendays = tw(B, "Open days this Saturday 🌰 come and see our baby, toddler and preschool rooms at all 12 Acorn nurseries, 10am–1pm. Places for January are filling up, so get on the waiting list early 👉 {url:https://acornnurseries.example/open-days}",
                  when="2027-09-13T14:00:00Z")
    SC("acorn-brand-own-open-days", "brand-own-post", opendays, expect(IGN, "low", "places", "none"))
    SC("acorn-q-reply-open-day-space", "question-in-reply-to-brand",
       tw("dev_malhotra_kf", "do we need to book a slot for the open day or just turn up? and is there any space left at Millfield for a January start?",
          reply_to=opendays, when="2027-09-13T14:26:51Z"),
       expect(RP, "normal", "places", "direct"), note="a question in reply to the brand's post, no @")
    SC("acorn-quote-filling-up", "quote",
       tw("amy_thornbury", "'filling up' 😂 we've been on the Hollins Road waiting list since before she was born. she turns 2 next week.",
          quote=opendays, when="2027-09-13T14:52:10Z"),
       expect(RP, "normal", "places", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic about her own wait")
    SC("acorn-repost-open-days", "repost", tw("auntie_bev_kf", "", retweet=opendays, when="2027-09-13T15:30:44Z"),
       expect(IGN, "low", "places", "indirect"))
    fees_moan = tw("kirstymccall_kf", "£1,400 a month for nursery now. I'm basically going to work to pay the childcare 😩",
                   when="2027-09-13T19:10:00Z")
    SC("acorn-joke-little-acorns-invoices", "joke-bystander",
       tw("punny_pete_kf", "@kirstymccall_kf from little Acorns, mighty invoices grow 🌳💸",
          reply_to=fees_moan, when="2027-09-13T19:24:33Z"),
       expect(IGN, "low", "fees", "third_party"), note="a bystander's pun on the brand's name in someone else's thread",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic fees: 'invoice', 'invoices', 'invoiced'")
    pants = tw("tasha_greaves", "anyone else's kid come home from nursery in someone else's pants every day or just mine 😂",
               when="2027-09-13T20:02:00Z")
    lost = tw("marcus_wynn_kf", "@tasha_greaves don't. Acorn have lost Reggie's comforter, his spare clothes and a wellie this week. one child. three days.",
              reply_to=pants, when="2027-09-13T20:15:47Z")
    SC("acorn-venting-lost-comforter", "third-party-venting", lost, expect(MON, "low", "daily_care", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in")
    SC("acorn-joke-squirrels-forget", "joke-bystander",
       tw("dadjokes_dylan", "@marcus_wynn_kf @tasha_greaves what do you expect from a nursery called Acorn. squirrels bury thousands of them and forget where they put every single one 🐿️",
          reply_to=lost, when="2027-09-13T20:31:09Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's joke about the name inside someone else's conversation")

    # ---- Tuesday 14 September -----------------------------------------------------------
    SC("acorn-medical-type1-cover-staff", "medical-urgent",
       tw("chrisdanvers_t1", f"@{B} Finn is type 1 and wears an insulin pump. his key worker was off sick today and the cover staff didn't know how to check his blood sugar, so nobody did from 9 till 3. he was 2.8 when I got there. he could have had a seizure. what happens tomorrow?",
          when="2027-09-14T15:20:36Z"),
       expect(RP, "urgent", "health", "direct"), note="a diabetic toddler left without blood sugar checks, and he's in again tomorrow")
    SC("acorn-medical-epilepsy-buccal-cp", "medical-urgent",
       tw("becca_lomax_cp", f"@{B} Ivy has CP and epilepsy. If a seizure lasts over 5 mins she needs buccal midazolam. Her SENCO at Orchard Lane says the only person trained to give it leaves at the end of the month. Who gives it after that? I can't send her in without an answer.",
          when="2027-09-14T08:40:12Z"),
       expect(RP, "urgent", "health", "direct"),
       note="a calm question about rescue medicine for a disabled child: a medical need")
    SC("acorn-threat-dad-car-park-manager", "threat-urgent",
       tw("gaz_prentice", "that manager at Acorn Eastgate has stopped me collecting my own son at pick up twice now because his mum 'hasn't put me on the list'. if she does it again Friday I'll be waiting for her in the car park after she locks up. she's been warned.",
          when="2027-09-14T09:12:50Z"),
       expect(ANY, "urgent", "collection", "indirect"),
       note="a threat to a member of staff with a complaint about collection: only the priority is strict")
    appdown = tw("dev_malhotra_kf", f"@{B} the parent app has been down since Sunday night. no daily diary, no photos, can't book anything. 'error 503' every time. is anyone actually fixing it?",
                 when="2027-09-14T07:45:29Z")
    SC("acorn-app-down-since-sunday", "complaint-direct", appdown, expect(RP, "high", "app", "direct"),
       note="the app is down for days: an outage")
    appdown_brand = tw(B, "@dev_malhotra_kf Sorry Dev, the app has been down for every parent since a server update on Sunday. Our developers expect it back by 2pm today; until then rooms will text you anything urgent. I'll post here the minute it's back.",
                       reply_to=appdown, when="2027-09-14T08:02:44Z")
    SC("acorn-fr-burn-hand-no-form", "safety-urgent",
       tw("amelie_rousseau", f"@{B} mon fils Hugo (2 ans) est rentré hier soir de Millfield avec une brûlure sur le dos de la main, la peau a cloqué. Personne ne nous a rien dit, aucun formulaire d'accident. Il pleure dès qu'on la touche. Que s'est-il passé ?",
          lang="fr", when="2027-09-14T07:10:03Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="French: an unexplained, unreported burn on a 2-year-old who is still in pain: a safeguarding matter")
    SC("acorn-sarcasm-hot-lunch-sandwich", "sarcasm-customer",
       tw("tasha_greaves", f"@{B} love paying £72 a day for Kit to come home in someone else's leggings after a 'hot lunch' of one cold cheese sandwich and three raisins 👏 really getting my money's worth",
          when="2027-09-14T17:40:21Z"),
       expect(RP, "normal", "meals", "direct"))
    SC("acorn-it-halal-menu", "non-english",
       tw("giulia_frr_kf", f"@{B} buongiorno, mio figlio Sami comincia a ottobre a Orchard Lane. Il pranzo è halal? E il menù cambia ogni settimana? Grazie mille",
          lang="it", when="2027-09-14T10:05:47Z"),
       expect(RP, "normal", "meals", "direct"), note="Italian: a question about halal lunches")
    big = tw("thetiredmumco", f"Put my name down with @{B} when I was 12 weeks pregnant. Baby is now 14 months, I'm back at work in 3 weeks, and today they tell me the waiting list for the baby room is 'another 6 to 9 months'. Genuinely, what are working mums supposed to do?",
             when="2027-09-14T11:30:00Z",
             metrics={"retweet_count": 1900, "reply_count": 1300, "like_count": 22400, "quote_count": 410})
    SC("acorn-big-reach-waiting-list", "big-reach", big, expect(RP, "high", "places", "indirect"),
       note="740k followers; the handle in the middle of a post to everyone")
    SC("acorn-repost-waiting-list", "repost", tw("ella_first_time", "", retweet=big, when="2027-09-14T11:52:18Z"),
       expect(IGN, "low", "places", "indirect"))
    SC("acorn-private-address-dob-email", "private-details",
       tw("zara_quinlan_kf", f"@{B} we've moved house, can you update Rosie's records please: 14 Tenter Close, Kelsford KF3 8QB. her DOB is 22/06/2024 so her 15 funded hours should start in January, can you check that's set up? my email is zara.quinlan@mailbox.example",
          when="2027-09-14T12:15:33Z"),
       expect(RV, "normal", "fees", "direct"), note="home address, a child's date of birth and an email in public")
    hotline = tw("jamie_rudd_dad", f"@{B} rang 0808 157 0733 three times today about the twins' funded hours missing off the bill. 40 mins on hold and then it rings out. does anyone answer that number?",
                 when="2027-09-14T13:02:40Z")
    SC("acorn-hotline-on-hold-funded-hours", "public-hotline-number", hotline,
       expect(RP, "normal", "fees", "direct"), strict=False, note="the brand's own helpline number is not a private detail")
    SC("acorn-spam-fake-parent-support", "spam",
       tw("AcornParentHelp", "@jamie_rudd_dad Hi Jamie! Acorn Nurseries parent support here ✅ we can add your missing funded hours today. DM us your account number and the card you pay your fees with for a same-day refund 💳",
          reply_to=hotline, when="2027-09-14T13:04:12Z"),
       expect(IGN, "low", "fees", "third_party"), note="a fake support account fishing for card details under a real parent's post")
    SC("acorn-hotline-praise-late-pick-up", "public-hotline-number",
       tw("marcus_wynn_kf", "shout out to whoever answered Acorn's 0808 157 0733 line at 6.55pm last night. I was stuck on the M40 and going to miss pick up, they kept Reggie cosy and happy till I collected him at 7.20 and didn't even charge me. good people",
          when="2027-09-14T14:10:58Z"),
       expect(RP, "low", "collection", "indirect"), strict=False, note="praise quoting the brand's own number: not a private detail")

    # ---- Wednesday 15 September ---------------------------------------------------------
    SC("acorn-safety-left-behind-park", "safety-urgent",
       tw("leannebracewell", f"@{B} your preschool room took 16 kids to Victoria Park this morning and walked back with 15. the one they left behind was MY son. a dog walker found a lost child on his own by the pond 40 minutes later. nobody had even noticed he was missing. I am shaking.",
          when="2027-09-15T11:48:30Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="the boy is found, but a 4-year-old lost by water this morning needs the safeguarding lead now")
    SC("acorn-threat-man-filming-gate", "threat-urgent",
       tw("hannah_petrie", f"@{B} a man has stood across from the Eastgate gate every morning this week filming the children going in. today he told one of the mums he 'knows which one is hers and where she lives'. your staff said it's not their problem. it is.",
          when="2027-09-15T08:22:05Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="a stranger threatening a parent and filming children")
    SC("acorn-threat-veiled-staff-jade", "threat-urgent",
       tw("wayne_cottle", f"@{B} tell that member of staff Jade she wants to be careful walking to her car at night. people round here know where she lives.",
          when="2027-09-15T21:40:19Z"),
       expect(ANY, "urgent", "staff", "direct"),
       note="a veiled threat to a named member of staff: a police matter, so only the priority is strict")
    SC("acorn-nl-threat-knife-entrance", "threat-urgent",
       tw("joost_vdberg_kf", f"@{B} vanochtend bij Millfield schreeuwde een vader bij de ingang tegen de leidsters en dreigde terug te komen 'met een mes'. Mijn dochter stond ernaast. Is de politie gebeld? Houden jullie de deur op slot?",
          lang="nl", when="2027-09-15T09:05:40Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="Dutch: a father threatened to come back to the nursery with a knife")
    SC("acorn-de-milk-allergy-reaction", "medical-urgent",
       tw("stefan_weber_kf", f"@{B} Jonas (3) hat eine Milchallergie, das steht in seinem Gesundheitsplan. Heute gab es in Marlow Road Joghurt zum Nachtisch. Jetzt hat er Ausschlag am ganzen Körper und atmet schwer. Wir sind auf dem Weg ins Krankenhaus.",
          lang="de", when="2027-09-15T13:55:27Z"),
       expect(RP, "urgent", "health", "direct"),
       note="German: a child with a milk allergy given yoghurt, now with a rash and struggling to breathe")
    SC("acorn-abuse-deposit-clowns", "abuse-with-problem",
       tw("wayne_cottle", f"@{B} you absolute clowns. 7 weeks since we left and you STILL haven't refunded the £400 deposit. every email gets 'passed to accounts'. accounts must be a f***ing black hole. pay me my money",
          when="2027-09-15T10:30:14Z"),
       expect(RP, "high", "fees", "direct"), note="insults, but a real problem: money owed for seven weeks")
    SC("acorn-abuse-wrong-child-photos", "abuse-with-problem",
       tw("gaz_prentice", f"@{B} are you lot thick or what. third day running the app has sent me photos of someone else's kid, and my son's photos are going god knows where. other people's kids' faces going to strangers. sort it out",
          when="2027-09-15T16:20:48Z"),
       expect(RP, "high", "app", "direct"), note="rude, but a real and repeated problem with children's photos")
    SC("acorn-legal-small-claims-notice", "legal-threat-not-urgent",
       tw("ben_ashworth_kf", f"@{B} you're charging me a month's notice (£1,120) for a place YOU withdrew when you closed the Wendover Road baby room. I've sent a letter before action. If it isn't refunded by the 30th I'm filing in the small claims court.",
          when="2027-09-15T11:10:36Z"),
       expect(RP, "high", "fees", "direct"), note="a court threat: a strong complaint, not urgent")
    SC("acorn-legal-ofsted-consumables", "legal-threat-not-urgent",
       tw("grace_achebe_kf", "Acorn Nurseries are telling parents our funded hours only count if we also pay a £95 a month 'consumables' charge. That's not how funding works. I've reported them to the council's early years team and to Ofsted today.",
          when="2027-09-15T12:02:09Z"),
       expect(RP, "high", "fees", "indirect"), note="a regulator complaint about her own fees, brand named without a tag",
       known_miss="round 10, not met yet: priority: want \"high\", got normal; the engine read: names Acorn Nurseries in a post to everyone | describes their own experience | sarcasm (irony 0.73) from a customer: a complaint | topic fees: 'funded hours', 'funding', 'funded', 'pay', 'consumables', 'charge', 'charged', 'charges', an amount of money")
    SC("acorn-sarcasm-free-hours-cost", "sarcasm-customer",
       tw("amy_thornbury", "thank you Acorn for my 'free' 30 hours, which somehow cost £412 a month once you add the 'optional' extras that aren't optional. truly the gift that keeps on taking 🙃",
          when="2027-09-15T12:40:51Z"),
       expect(RP, "normal", "fees", "indirect"), note="sarcasm from a customer is a complaint")
    SC("acorn-praise-baby-room-shona", "praise",
       tw("mel_okonkwo_kf", f"@{B} just want to say thank you to Tobi's key worker Shona and all the baby room staff at Hollins Road. he cried every morning for 3 weeks and today he crawled in without looking back ❤️",
          when="2027-09-15T17:05:22Z"),
       expect(RP, "low", "staff", "direct"))
    SC("acorn-pt-praise-educadoras", "praise",
       tw("ana_carvalho_kf", "Um obrigada enorme às educadoras da Acorn Nurseries em Orchard Lane. O Tomás chegou há um mês sem falar inglês e hoje cantou os parabéns todo em inglês na festa 🥹",
          lang="pt", when="2027-09-15T18:20:03Z"),
       expect(RP, "low", "staff", "indirect"), note="Portuguese: thanks to the staff, brand named without a tag")

    # ---- Thursday 16 September ----------------------------------------------------------
    SC("acorn-safety-bruises-bath-10pm", "safety-urgent",
       tw("megan_doyle_kf", "just bathing my 18 month old and found bruises on both her upper arms, like finger marks. she's only been at Acorn Nurseries Eastgate since Monday and nobody has said a word about any accident. it's 10pm. who do I even ring?",
          when="2027-09-16T21:04:37Z"),
       expect(RP, "urgent", "safeguarding", "indirect"),
       note="a possible safeguarding injury on a baby, found at night, brand named without a tag")
    SC("acorn-safety-grandma-fell-step", "safety-urgent",
       tw("sophie_kaye_kf", f"@{B} my mum (79) just fell on the broken step at the front of Marlow Road while collecting Isla. she's got a nasty head injury and can't get up, they've called an ambulance. I've been telling you about that step since July.",
          when="2027-09-16T16:35:12Z"),
       expect(RP, "urgent", "safeguarding", "direct"), note="an elderly grandparent hurt on the premises, right now")
    SC("acorn-safety-head-bump-end-of-rant", "safety-urgent",
       tw("laura_fenwick_m", f"@{B} where do I start. fees up 12%, app broken all week, car park a free-for-all, wellies vanished, and today Oscar came home with a massive lump on his forehead, no head injury letter, no accident form. he's been sick twice since tea and keeps nodding off on the sofa",
          when="2027-09-16T18:25:44Z"),
       expect(RP, "urgent", "safeguarding", "direct"),
       note="the danger is at the end of a rant: a head injury with vomiting and drowsiness tonight")
    SC("acorn-private-epipen-plan-phone", "medical-urgent",
       tw("tasha_greaves", f"@{B} Kit (DOB 11/01/2024) was prescribed an EpiPen on Friday after a reaction to cashews. I've emailed his new allergy plan to the Marlow Road manager twice and she says she never got it. he's in tomorrow at 8. please ring me tonight on 07700 900482",
          when="2027-09-16T19:10:26Z"),
       expect(RV, "urgent", "health", "direct"),
       note="a medical need for tomorrow morning, with a child's date of birth and a phone number: private and urgent")
    SC("acorn-question-sun-cream-eczema", "question",
       tw("noor_haddad_kf", f"@{B} do the rooms put sun cream on the children before outdoor play, or should I do it at home? and is it OK to send our own factor 50 because of her eczema?",
          when="2027-09-16T08:14:50Z"),
       expect(RP, "normal", "daily_care", "direct"), note="eczema is not an emergency: an ordinary question")
    SC("acorn-indirect-four-key-workers", "complaint-indirect",
       tw("sam_whitlock_kf", "Four key workers in six months at Acorn Nurseries Millfield. Every time Arlo gets attached to one, she leaves. The rest of the time it's agency staff who don't know his name.",
          when="2027-09-16T09:40:18Z"),
       expect(RP, "normal", "staff", "indirect"),
       known_miss="round 10, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Acorn Nurseries in a post to everyone | general chatter about the brand | topic staff: 'key worker', 'key workers', 'agency staff', 'agency', 'staff'")
    SC("acorn-in-passing-no-place-till-summer", "complaint-in-passing",
       tw("kirstymccall_kf", f"this week: boiler packed in, the dog ate a sock, my boss wants me back full time from November, and @{B} have just told me there's no place for the baby until next summer at the earliest. love that for me",
          when="2027-09-16T10:22:31Z"),
       expect(RP, "normal", "places", "indirect"))
    applaunch = tw(B, "New in the Acorn parent app 📱 from today you can see your child's day live and message their key person. Update the app to version 4.2 to try it.",
                   when="2027-09-16T12:00:00Z")
    SC("acorn-q-reply-app-old-ipad", "question-in-reply-to-brand",
       tw("hannah_petrie", "will the new version work on older iPads? my mum uses the app on a 2017 one to see the photos",
          reply_to=applaunch, when="2027-09-16T12:18:09Z"),
       expect(RP, "normal", "app", "direct"))
    SC("acorn-quote-app-crashing", "quote",
       tw("amy_thornbury", "'see their day live' says the app that's been crashing 4 days out of 7 this month 🙃",
          quote=applaunch, when="2027-09-16T12:44:36Z"),
       expect(RP, "normal", "app", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic, the app keeps failing")
    SC("acorn-nl-app-login", "non-english",
       tw("joost_vdberg_kf", f"@{B} sinds de update kan ik niet meer inloggen in de app. Ik krijg steeds 'wachtwoord onjuist' en de reset-mail komt nooit aan. Hoe zie ik nu de foto's van mijn dochter?",
          lang="nl", when="2027-09-16T14:30:55Z"),
       expect(RP, "normal", "app", "direct"), note="Dutch: can't log in to the parent app")
    SC("acorn-html-img-onerror-login", "html-entities",
       tw("xss_hattie", f"@{B} &lt;img src=x onerror=alert(document.cookie)&gt; your parent app login page still accepts this. more to the point, it's been logging me out every 5 minutes for a week",
          when="2027-09-16T15:05:29Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real complaint; it arrives escaped")

    # ---- Friday 17 September ------------------------------------------------------------
    SC("acorn-repeat-app-still-down", "repeat-contact",
       tw("dev_malhotra_kf", "2pm Tuesday came and went. it's Friday, still error 503 every morning, still no photos, and today Aarav's room couldn't tell me if he'd had his lunch because 'it's all on the app'",
          reply_to=appdown_brand, when="2027-09-17T07:58:13Z"),
       expect(RP, "high", "app", "direct"), note="back in the brand's thread without @: the promised fix never came")
    SC("acorn-repeat-funded-hours-third-time", "repeat-contact",
       tw("jamie_rudd_dad", f"@{B} third time asking now. the twins' 15 funded hours are STILL missing from the September bill, so you've charged me £640 I don't owe. two emails, one phone call, nothing back.",
          when="2027-09-17T08:30:42Z"),
       expect(RP, "high", "fees", "direct"), note="the third contact about the same bill")
    SC("acorn-big-reach-tv-fees", "big-reach",
       tw("dan_jessop_tv", f"Genuine question for @{B}: our invoice says £1,580 a month for 4 days a week, and my daughter's key worker is on minimum wage. Where do the fees go? Asking for every parent in Kelsford.",
          when="2027-09-17T06:50:00Z",
          metrics={"retweet_count": 3300, "reply_count": 2100, "like_count": 38700, "quote_count": 520}),
       expect(RP, "high", "fees", "indirect"), note="1.1m followers; the handle in passing, in a post to everyone")
    SC("acorn-spam-giveaway-free-year", "spam",
       tw("freechildcare4u", "🎁 GIVEAWAY 🎁 win a FREE year at Acorn Nurseries worth £15,000!! follow, like and RT, then click to claim before midnight 👉 {url:https://free-childcare-win.example/acorn}",
          when="2027-09-17T09:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway using the brand's name")
    SC("acorn-html-script-spam-refund", "html-entities",
       tw("freechildcare4u", "&lt;script src=//acorn-funding.example/x.js&gt;&lt;/script&gt; Acorn Nurseries parents: claim your unpaid funded hours refund NOW 💷 DM us",
          when="2027-09-17T09:20:00Z"),
       expect(IGN, "low", "fees", "indirect"), note="spam with a script tag; 'funded hours' and 'refund' are fees keywords")
    SC("acorn-news-ofsted-ratios", "news-monitor",
       tw("kelsford_echo", "Acorn Nurseries' Eastgate branch rated 'requires improvement' by Ofsted after inspectors found staffing ratios in the baby room were not always met {url:https://kelsford-echo.example/news/acorn-eastgate-ofsted}",
          when="2027-09-17T07:30:00Z"),
       expect(MON, "low", "staff", "indirect"))
    SC("acorn-news-six-more-settings", "news-monitor",
       tw("earlyyears_wk", "Acorn Nurseries buys six more settings in the Wend valley, taking the group to 18 sites and about 1,400 places {url:https://earlyyearsweekly.example/acorn-six-settings}",
          when="2027-09-17T08:10:00Z"),
       expect(MON, "low", "places", "indirect"))
    SC("acorn-chatter-leavers-caps", "chatter-monitor",
       tw("ella_first_time", "seeing all the Acorn Nurseries leavers in their tiny caps and gowns on my timeline has absolutely destroyed me 😭 and mine's only 1",
          when="2027-09-17T10:05:41Z"),
       expect(MON, "low", None, "indirect"))
    SC("acorn-pt-chatter-friend-moving", "chatter-monitor",
       tw("ana_carvalho_kf", "Alguém em Kelsford conhece bem a Acorn Nurseries? Uma amiga portuguesa vai mudar-se para cá em novembro e anda a ver creches 🙂",
          lang="pt", when="2027-09-17T10:40:16Z"),
       expect(MON, "low", None, "indirect"), note="Portuguese: a question to her followers, not to the brand")
    recs = tw("mummy_meet_kf", "Kelsford mums: any nurseries you'd recommend near the station? a member is back at work in January", when="2027-09-17T11:00:00Z")
    SC("acorn-chatter-recommend-hollins", "third-party-chatter",
       tw("noor_haddad_kf", "@mummy_meet_kf we love Acorn at Hollins Road, the waiting list is long though so get your name down now",
          reply_to=recs, when="2027-09-17T11:14:27Z"),
       expect(MON, "low", "places", "third_party"), note="a stranger's advice in someone else's thread")
    confused = tw("kirstymccall_kf", "does anyone actually understand the funded hours rules?? read the council website 4 times and I'm more confused than when I started",
                  when="2027-09-17T11:30:00Z")
    SC("acorn-chatter-funded-hours-reassure", "third-party-chatter",
       tw("mel_okonkwo_kf", "@kirstymccall_kf the 30 funded hours start the term after they turn 3. Acorn did all the forms for us, just ask in the office x",
          reply_to=confused, when="2027-09-17T11:48:02Z"),
       expect(MON, "low", "fees", "third_party"), note="reassurance in someone else's thread")
    green = tw("ella_first_time", "how do you get a 2 year old to eat anything green. asking for me", when="2027-09-17T12:00:00Z")
    SC("acorn-venting-brown-lunch", "third-party-venting",
       tw("sam_whitlock_kf", "@ella_first_time don't ask Acorn. Arlo's lunch has been 'brown mush' every single day this week and they want £9 a day for the food. fuming",
          reply_to=green, when="2027-09-17T12:22:39Z"),
       expect(MON, "low", "meals", "third_party"), note="venting in a friend's thread, brand not tagged")

    # ---- namesakes and the everyday word ------------------------------------------------
    SC("acorn-namesake-electron", "namesake",
       tw("retro_micro_rob", "Got my Acorn Electron working again after 30 years in the loft 🖥️ the tape loader still takes 9 minutes for Elite, exactly as I remember",
          when="2027-09-17T13:05:00Z"),
       expect(IGN, "low", None, "none"), note="the 1980s computer")
    SC("acorn-namesake-housing-trust", "namesake",
       tw("hollie_marsh_kf", "3 years on the Acorn Housing Trust waiting list for a 2-bed and today they've offered us a flat. crying in the car 🥹",
          when="2027-09-17T13:40:22Z"),
       expect(IGN, "low", "places", "none"), note="the housing charity; 'waiting list' is a places keyword")
    SC("acorn-namesake-pub-quiz", "namesake",
       tw("pub_quiz_pete", "Quiz night at The Acorn tonight from 8. Kitchen open till 7 for pie and chips, music round is 80s theme tunes 🍺",
          when="2027-09-17T14:15:00Z"),
       expect(IGN, "low", "meals", "none"), note="the pub; 'kitchen' is a meals keyword")
    SC("acorn-namesake-primary-school", "namesake",
       tw("lisabarraclough", "Acorn Primary School PTA cake sale on Friday after school 🧁 everything raised goes to the new reading corner. bring your pennies!",
          when="2027-09-17T14:50:31Z"),
       expect(IGN, "low", None, "none"), note="a primary school")
    SC("acorn-namesake-footballer-going-places", "namesake",
       tw("kelsfordtfc_fan", "LEWIS ACORN!!! 94th minute winner, Kelsford Town 2-1 😍 that lad is going places",
          when="2027-09-17T20:52:08Z"),
       expect(IGN, "low", "places", "none"), note="a footballer's surname; 'places' here is an idiom but still a keyword")
    saplings = tw("greenthumb_gill", "where do people round here get native saplings? want to plant a proper hedge this winter", when="2027-09-17T15:00:00Z")
    SC("acorn-namesake-tree-nursery-reply", "namesake",
       tw("wendvalleywild", "@greenthumb_gill Acorn Tree Nursery out past Wendover. family-run, everything grown from local seed, and they'll deliver",
          reply_to=saplings, when="2027-09-17T15:21:45Z"),
       expect(IGN, "low", None, "none"), note="a plant nursery, inside a reply: no brand to find")
    SC("acorn-common-jays-bury-acorns", "common-word",
       tw("wendvalleywild", "jays everywhere in Haddon Wood this morning, flying off with acorns to bury for winter. one jay can hide 5,000 in an autumn 🍂",
          when="2027-09-17T16:10:19Z"),
       expect(IGN, "low", None, "none"), note="the oak's seed")
    newjob = tw("tom_newjob_kf", "first day at the new job tomorrow and I am terrified", when="2027-09-17T19:00:00Z")
    SC("acorn-common-mighty-oaks-reply", "common-word",
       tw("greenthumb_gill", "@tom_newjob_kf mighty oaks from little acorns grow 🌳 you've got this",
          reply_to=newjob, when="2027-09-17T19:12:33Z"),
       expect(IGN, "low", None, "none"), note="an everyday saying, inside a reply")
    return brand


BRANDS["acorn-nurseries"] = ("AcornNurseries", 4356789033, build_acorn_nurseries)
