# Tumble Bay: a made-up theme park and water park resort near the made-up town of
# Wexcombe: rides and queues (Maelstrom, Gullwing, Kraken's Drop, the Shipwreck Swing),
# ride closures, day tickets, annual passes and fast track, the app, the Driftwood lodges
# and the hotel, food outlets (the Crab Shack and kiosks), lost children and lost property
# (the Lighthouse desk), the Surf Cove water park with its lifeguards, first aid, and the
# ride access pass. People also call it plain "Tumble". "Tumble" is also an ordinary word
# (a fall, a tumble dryer, prices that tumble), the Tumble Tots classes for toddlers, a
# village called Tumble in Wales and the Tumble Inn, a pub: none of them is the park.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# handle, phone number, booking reference, card number and email address here is made up.


def build_tumble_bay():
    global CURRENT_BRAND, CLOCK
    brand = Brand("tumble-bay", SCEN_DIR / "tumble-bay.plan.toml", "TumbleBayPark", 4189012318, 1861220000000002201)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-07-05T07:30:00Z")
    B = "TumbleBayPark"

    def at(day, hms):
        return f"2027-07-0{day}T{hms}Z"

    user(B, "Tumble Bay", 4189012318,
         "Tumble Bay theme park & Surf Cove water park 🎢🌊 Guest help here 8am–10pm daily. Guest services 0808 157 0462. "
         "Please never post booking refs or card details here.",
         86_400, following=920, tweets=64_000, listed=310, verified=True)
    user("gemma_loveday_x", "Gemma Loveday", 6710382716, "Mum of two. Coffee first.", 340)
    user("tash_okorie_b", "Natasha Okorie", 6710449153, "Toddler wrangler. Wexcombe.", 210)
    user("nanna_pegs_rt", "Peggy Hollins", 6710517824, "Nan of seven. Shares everything.", 95)
    user("pundit_kev_h", "Kev Harrowby", 6710586201, "Comedy is my cardio.", 880)
    user("becca_alfie_mum", "Becca Stanton", 6710642937, "Alfie's mum. Tired.", 150)
    user("dora_quinnell", "Dora Quinnell", 6710713564, "Retired teacher. Still counting heads.", 420)
    user("lukas_brenner_d", "Lukas Brenner", 6710789042, "Aus Hannover. Papa von drei.", 130)
    user("margaux_ltb", "Margaux Lefèvre", 6710851376, "Nantaise en vacances. ☀️", 260)
    user("jodie_pratt_xo", "Jodie Pratt", 6710928415, "Childminder. Sun cream evangelist.", 310)
    user("nathan_t1d_dad", "Nathan Ebdon", 6711004682, "Dad to a type 1 superhero. Carb counter.", 540)
    user("sal_ferreday", "Sally Ferreday", 6711073129, "Three kids, one car, zero budget.", 270)
    user("kirsty_mcvane", "Kirsty McVane", 6711145870, "Says it how it is.", 390)
    user("dazza_jokes_77", "Darren Pole", 6711216534, "Part-time joker, full-time plasterer.", 640)
    user("giada_ferraro_x", "Giada Ferraro", 6711284097, "Bolognese in Inghilterra.", 180)
    user("javi_olmedo", "Javier Olmedo", 6711352618, "Sevillano. Padre. Bético.", 220)
    user("wayne_stott_86", "Wayne Stott", 6711427350, "", 60)
    user("ruud_vdberg_nl", "Ruud van den Berg", 6711495071, "Rotterdammer. Vader van twee.", 140)
    user("harpreet_sndhu", "Harpreet Sandhu", 6711563842, "Pharmacist. Dad. Coaster fan.", 460)
    user("clare_mottram", "Clare Mottram", 6711638209, "Mum of four. Done.", 230)
    user("amina_yusuf_w", "Amina Yusuf", 6711702564, "Allergy mum. I read every label.", 610)
    user("lorna_pybus", "Lorna Pybus", 6711779315, "Nurse. Mum. Sunburnt.", 190)
    user("WexcombeEcho", "The Wexcombe Echo", 6711846028, "News from Wexcombe, Holbury and the coast since 1911.",
         52_300, following=700, listed=380, verified=True)
    user("mick_dryden", "Mick Dryden", 6711918473, "Fixes things badly.", 85)
    user("lisa_gartside", "Lisa Gartside", 6711985240, "Mum, runner, Holbury.", 300)
    user("CwmTrafficNews", "Cwm Valley Traffic", 6712053791, "Roads, buses and hold-ups in the valley. Volunteers, not the council.", 3_900)
    user("TheTumbleInn", "The Tumble Inn", 6712126458, "Free house. Real ale, Sunday roasts, quiz on Tuesdays. Dogs welcome.", 1_450)
    user("rachel_oduya", "Rachel Oduya", 6712198735, "Teacher. Annual pass evangelist (until this week).", 410)
    user("steph_arkwright", "Steph Arkwright", 6712264019, "Orthodontist's best customer (via my kids).", 175)
    user("jools_abernethy", "Jools Abernethy", 6712337586, "Three teenagers. Send help.", 520)
    user("fergus_mcalindn", "Fergus McAlinden", 6712405163, "Dad, dog, days out.", 300)
    user("priti_chandra_x", "Priti Chandra", 6712471820, "Accountant. Sarcasm is free.", 760)
    user("tiago_valadares", "Tiago Valadares", 6712546397, "Do Porto para o mundo.", 240)
    user("dean_ormerod", "Dean Ormerod", 6712613054, "Anniversary weekend, apparently.", 160)
    user("hayley_cording", "Hayley Cordingley", 6712689731, "Crisis magnet. Still smiling (mostly).", 280)
    user("DayTripperFam", "The Day Trippers 🚐", 6712754208,
         "Family days out, honestly reviewed. 2 adults, 3 kids, 1 very patient dog. New video every Friday.",
         640_000, following=1100, listed=1900, verified=True)
    user("gaz_rt_lyle", "Gary Lyle", 6712826975, "", 70)
    user("KeziaObiLowe", "Kezia Obi-Lowe", 6712893642,
         "Paralympic champion. Wheelchair racer, broadcaster, mum. Tea, always tea.",
         410_000, following=980, listed=1500, verified=True)
    user("priya_raval_h", "Priya Raval", 6712960317, "Keeps the receipts. Literally.", 330)
    user("TumbleBayCare24", "Tumble Bay Guest Care ✅", 6713034984,
         "Official refunds & ticket help 24/7 🎢 DM for fast refunds!", 41, following=4700)
    user("tom_greatorex", "Tom Greatorex", 6713101659, "Engineer. Planner of days out.", 250)
    user("adrian_keightly", "Adrian Keightley", 6713178326, "Retired. Patient, up to a point.", 140)
    user("naomi_fairburn", "Naomi Fairburn", 6713245093, "Mum. Physio. Keeps notes.", 390)
    user("lee_grimshaw_x", "Lee Grimshaw", 6713319760, "", 110)
    user("bazza_hepworth", "Barry Hepworth", 6713386427, "Builder. Hungry.", 90)
    user("TumbleBayWins", "Tumble Bay Giveaways 🎢🎁", 6713452194, "Free tickets every week!! 🎉 Follow + RT to win", 2_300, following=4900)
    user("mel_iredale", "Mel Iredale", 6713529861, "Desk job, dessert dreams.", 430)
    user("ollie_vantreen", "Ollie Vantreen", 6713596538, "19. Coasters and chaos.", 1_200)
    user("sharon_kilbride", "Sharon Kilbride", 6713663205, "Mum of a human cannonball.", 260)
    user("katrin_hoelzl", "Katrin Hölzl", 6713730972, "Aus München, Mama von Ben.", 170)
    user("aurelien_bx", "Aurélien Baudoux", 6713807649, "Bordelais, papa et maître d'un chien très sage.", 210)
    user("ines_portela_tb", "Inês Portela", 6713874316, "Lisboeta. Mãe. Sempre atrasada.", 190)
    user("glenys_parry", "Glenys Parry", 6713941083, "Nain. Patient, mostly.", 120)
    user("sam_whitlock_b", "Sam Whitlock", 6714017750, "Spreadsheets and slides.", 380)
    user("dev_kwame_a", "Kwame Asante", 6714084427, "Web dev. I see your markup.", 1_900)
    user("joanne_pilling", "Joanne Pilling", 6714151194, "Mum to an amazing autistic lad.", 540)
    user("zara_lindqvist", "Zara Lindqvist", 6714228861, "Swimmer. Planner. Wexcombe.", 300)
    user("bernie_osei", "Bernie Osei", 6714295538, "Grandad duty every weekday.", 150)
    user("millie_foxon", "Millie Foxon", 6714362205, "Pics or it didn't happen.", 620)
    user("caz_rudd_tb", "Caroline Rudd", 6714439872, "Mum of Ellie & Jack.", 240)
    user("lou_maidment", "Louise Maidment", 6714506549, "Plasters in every bag.", 180)
    user("punmaster_rick", "Rick Tallis", 6714573216, "Puns available on request (and without).", 1_050)
    user("ash_penrose_q", "Ash Penrose", 6714640883, "", 130)
    user("debbie_caldwell", "Debbie Caldwell", 6714717550, "Admin of too many WhatsApp groups.", 350)
    user("marcus_eze_tb", "Marcus Eze", 6714784217, "Dad. Driver. Currently parked.", 200)

    # ---- Monday 5 July ------------------------------------------------------------------

    # The brand's lazy river post: a question under it, a repost
    lazy = tw(B, "☀️ Lazy Lagoon, our lazy river, reopens today at 10am after its refit: warmer water, a new shallow splash zone for little ones and extra lifeguards all the way round. See you in the water! 🌊",
              when=at(5, "08:00:00"))
    SC("tbay-brand-lazy-river-reopens", "brand-own-post", lazy, expect(IGN, "low", "waterpark", "none"))
    SC("tbay-lazy-river-toddler-armbands", "question-in-reply-to-brand",
       tw("tash_okorie_b", "is the shallow bit ok for a 2 year old who can't swim yet? do we bring armbands or do you have them there", reply_to=lazy,
          when=at(5, "09:20:41")),
       expect(RP, "normal", "waterpark", "direct"), note="an ordinary planning question under the brand's post, not a safety emergency")
    SC("tbay-repost-lazy-river", "repost", tw("nanna_pegs_rt", "", retweet=lazy, when=at(5, "09:45:12")),
       expect(IGN, "low", "waterpark", "indirect"))

    # A refund chased, a fake support account, the brand's promise (and the customer back on Thursday, below)
    priya = tw("priya_raval_h", f"@{B} you cancelled our lodge for the 3rd July ('maintenance') and promised a full refund in 5 working days. it's been 9. where's our money?",
               when=at(5, "09:10:05"))
    SC("tbay-spam-fake-guest-care-refund", "spam",
       tw("TumbleBayCare24", "@priya_raval_h Hi Priya! 😊 Tumble Bay Guest Care here, so sorry about your refund! We can process it today, just verify your card here 👉 {url:https://tumblebay-refunds.example/verify}",
          reply_to=priya, when=at(5, "09:58:30")),
       expect(IGN, "low", "tickets", "third_party"),
       note="an impersonator fishing for card details inside a customer's thread")
    priya_brand = tw(B, "@priya_raval_h I'm sorry, Priya, that's far too long. I've chased our finance team and the £412 will be back on your card by Thursday. I'll check in with you here on Thursday afternoon.",
                     reply_to=priya, when=at(5, "10:30:18"))

    # Maelstrom closed, the brand's answer, a joker, then the customer stuck at the top of the lift hill
    gemma = tw("gemma_loveday_x", f"@{B} Maelstrom has gone 'temporarily closed' 3 times since we got here and we've queued for it twice now. is it actually running today or shall we give up and go home",
               when=at(5, "09:52:07"))
    SC("tbay-maelstrom-closed-three-times", "complaint-direct", gemma, expect(RP, "normal", "rides", "direct"))
    gemma_brand = tw(B, "@gemma_loveday_x Sorry Gemma, that's a rotten start. Maelstrom had a sensor fault this morning; the engineers have sorted it and it's running again with a 35 min queue. Hope it's worth the wait!",
                     reply_to=gemma, when=at(5, "10:09:44"))
    SC("tbay-bystander-called-tumble", "joke-bystander",
       tw("pundit_kev_h", "@gemma_loveday_x you went to a place called Tumble and expected things to stay upright? 😂", reply_to=gemma,
          when=at(5, "10:21:03")),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in a customer's thread")
    SC("tbay-stuck-on-lift-hill", "thread-with-brand",
       tw("gemma_loveday_x", "well we got on. and now we've been stuck at the top of the lift hill for 25 mins in full sun. the lad in front has gone grey and keeps being sick, girl behind me is crying. nobody's come up or said a word",
          reply_to=gemma_brand, when=at(5, "11:31:26")),
       expect(RP, "urgent", "rides", "direct"),
       note="back in the brand's thread without @: riders stranded in the heat and one of them unwell; no danger word at all")

    # A lost child, and a stranger who may have seen him
    becca = tw("becca_alfie_mum", f"@{B} PLEASE help, lost my little boy by the Shipwreck Swing. Alfie, 5, green dinosaur t-shirt, red crocs. staff told me to go to the Lighthouse but I'm not moving from this spot in case he comes back 😭",
               when=at(5, "12:40:15"))
    SC("tbay-lost-alfie-shipwreck-swing", "safety-urgent", becca, expect(RP, "urgent", "lost", "direct"),
       note="a missing five-year-old; a first name and clothes are not private details")
    SC("tbay-chatter-dino-top-seen", "third-party-chatter",
       tw("dora_quinnell", "@becca_alfie_mum just seen a little lad in a green dino top holding hands with a Tumble Bay steward by the carousel, they were heading towards the Lighthouse. fingers crossed it's him ❤️",
          reply_to=becca, when=at(5, "12:47:52")),
       expect(MON, "low", None, "third_party"),
       note="a stranger helping inside the mother's thread; the brand answers the mother, not her")

    # The water park, Monday afternoon
    SC("tbay-de-no-lifeguard-wave-pool", "safety-urgent",
       tw("lukas_brenner_d", f"@{B} Im Wellenbecken sitzt seit 20 Minuten kein Rettungsschwimmer mehr auf dem Turm, und da planschen Dutzende kleine Kinder herum. Bitte schickt sofort jemanden hin!",
          lang="de", when=at(5, "13:20:09")),
       expect(RP, "urgent", "waterpark", "direct"), note="German: no lifeguard on the wave pool tower with small children in the water")
    SC("tbay-fr-chlorine-changing-rooms", "safety-urgent",
       tw("margaux_ltb", f"@{B} odeur de chlore super forte dans les vestiaires du parc aquatique, ça pique les yeux et la gorge, plusieurs enfants toussent et un petit a vomi. On doit sortir ?",
          lang="fr", when=at(5, "14:05:33")),
       expect(RP, "urgent", "waterpark", "direct"), note="French: a chlorine leak in the changing rooms, children coughing and sick")
    SC("tbay-glass-splash-pad-calm", "safety-urgent",
       tw("jodie_pratt_xo", f"@{B} hiya, not an emergency or anything but there's a smashed bottle all over the splash pad in Rockpool Cove. bits of glass everywhere and it's full of barefoot toddlers. told a lad on a bin cart, he said it's not his area",
          when=at(5, "15:10:48")),
       expect(RP, "urgent", "waterpark", "direct"),
       note="calm, and says 'not an emergency', but broken glass where barefoot toddlers run is a risk to safety right now")
    SC("tbay-insulin-jammed-locker", "medical-urgent",
       tw("nathan_t1d_dad", f"@{B} my son's insulin pen is in a locker at Surf Cove and the whole row of lockers has jammed shut. lifeguard says the engineer's gone home for the day. he's type 1 and due his dose at 5. what do we do??",
          when=at(5, "15:40:02")),
       expect(RP, "urgent", "waterpark", "direct"),
       note="a child's insulin locked away; the water park team holds the lockers, so the topic is the water park")

    # A friend asks for days out: venting, and a joker
    sal = tw("sal_ferreday", "need ideas for days out with the kids over the summer that won't cost a kidney. go!", when=at(5, "18:00:27"))
    kirsty = tw("kirsty_mcvane", "@sal_ferreday avoid Tumble Bay. £58 a head and half the slides were shut when we went, no warning, no discount. kids spent more time crying than sliding",
                reply_to=sal, when=at(5, "18:30:51"))
    SC("tbay-venting-half-slides-shut", "third-party-venting", kirsty, expect(MON, "low", "waterpark", "third_party"),
       note="a customer's bad day told to a friend, brand not tagged: don't butt in")
    SC("tbay-bystander-grumble-bay", "joke-bystander",
       tw("dazza_jokes_77", "@kirsty_mcvane @sal_ferreday Tumble Bay? more like Grumble Bay 😂", reply_to=kirsty, when=at(5, "18:52:19")),
       expect(IGN, "low", None, "third_party"))

    SC("tbay-lodge-no-keys", "complaint-direct",
       tw("marcus_eze_tb", f"@{B} Driftwood lodge 19. it's 11:40pm. reception shut at 10. still no keys.", when=at(5, "22:40:36")),
       expect(RP, "normal", "stay", "direct"), note="a complaint with no complaint word at all")

    # ---- Tuesday 6 July -----------------------------------------------------------------

    SC("tbay-namesake-village-road", "namesake",
       tw("CwmTrafficNews", "⚠️ Road through Tumble closed both ways by the rugby club after a lorry shed its load of hay bales. Buses diverted via the top road, expect delays till mid-morning.",
          when=at(6, "06:05:40")),
       expect(IGN, "low", None, "none"), note="the village of Tumble in Wales")
    SC("tbay-news-fined-restraint", "news-monitor",
       tw("WexcombeEcho", "Tumble Bay owner fined £180,000 over 2025 Maelstrom rollercoaster restraint failure. Judge: riders were put at 'serious risk' {url:https://wexcombe-echo.example/tumble-bay-fine}",
          when=at(6, "07:30:00")),
       expect(MON, "low", "rides", "indirect"), note="news of a past incident and a court case: not urgent, not for an answer")
    SC("tbay-lodge-luxury-upgrade", "complaint-indirect",
       tw("dean_ormerod", "Tumble Bay 'luxury lodge' upgrade: no hot water, the aircon rattled till 3am and checkout is 10am sharp. Lovely stuff, really feel pampered.",
          when=at(6, "07:45:22")),
       expect(RP, "normal", "stay", "indirect"), note="sarcastic, named not tagged",
       known_miss="round 7, not met yet: priority: want 'normal', got high; the engine read: names Tumble Bay in a post to everyone | describes their own experience | sarcasm (irony 0.81) from a customer: a complaint | loss of service | topic stay: 'lodge', 'checkout'")
    SC("tbay-common-dryer-burning", "common-word",
       tw("mick_dryden", "tumble dryer packed in mid cycle and now the kitchen smells of burning plastic. unplugged it at the wall. is a 9 year old dryer worth fixing or is it done for?",
          when=at(6, "08:15:14")),
       expect(IGN, "low", None, "none"), note="a tumble dryer; the burning smell is a hazard, but nothing to do with the park")
    SC("tbay-namesake-tumble-tots", "namesake",
       tw("lisa_gartside", "No Tumble Tots at Holbury community hall this Thursday, the roof's leaking onto the mats again 🙄 back next week, pass it on",
          when=at(6, "08:30:55")),
       expect(IGN, "low", None, "none"))
    SC("tbay-private-card-dob-annual-pass", "private-details",
       tw("rachel_oduya", f"@{B} you've taken £178 TWICE for our 2 annual passes. card is 5555 5555 5555 4444 and my DOB is 14/03/1986 if that helps you find us. I want the duplicate back today please",
          when=at(6, "10:05:37")),
       expect(RV, "normal", "tickets", "direct"), note="a full card number and a date of birth in public")
    SC("tbay-it-mother-fainted-queue", "medical-urgent",
       tw("giada_ferraro_x", f"@{B} mia madre si è sentita male in fila per la Maelstrom, è svenuta per il caldo e nessuno dello staff risponde. Dov'è il primo soccorso??",
          lang="it", when=at(6, "10:50:16")),
       expect(RP, "urgent", "first_aid", "direct"), note="Italian: a mother fainted in a ride queue in the heat, no staff answering")
    SC("tbay-es-lost-boy-coaster", "safety-urgent",
       tw("javi_olmedo", f"@{B} ayuda por favor, mi hijo de 8 años se ha perdido cerca de la montaña rusa grande. Lleva una camiseta roja del Betis. ¿Dónde está el punto de niños perdidos?",
          lang="es", when=at(6, "11:30:04")),
       expect(RP, "urgent", "lost", "direct"), note="Spanish: an eight-year-old missing near the big coaster")

    jools = tw("jools_abernethy", "doing Tumble Bay on Saturday with 3 teenagers. is the fast track worth it or a rip off?", when=at(6, "11:40:29"))
    SC("tbay-chatter-fast-track-worth-it", "third-party-chatter",
       tw("fergus_mcalindn", "@jools_abernethy we got the Tumble Bay fast track in June and it was worth every penny, never waited more than 20 mins. go on a weekday if you can though",
          reply_to=jools, when=at(6, "12:05:47")),
       expect(MON, "low", "tickets", "third_party"), note="a stranger's advice in someone else's thread")

    SC("tbay-threat-ride-op-after-shift", "threat-urgent",
       tw("wayne_stott_86", f"the ride op on Gullwing laughed at my daughter for being too scared to get on and called her a baby in front of the whole queue. if I see him after his shift he'll be the one crying. @{B} sort your staff out",
          when=at(6, "12:15:31")),
       expect(ANY, "urgent", "rides", "indirect"), note="a threat against a ride operator, with a complaint; the handle at the end")
    SC("tbay-knife-in-log-flume-queue", "threat-urgent",
       tw("harpreet_sndhu", f"lad in the queue for Kraken's Drop has just got a knife out to show his mates, families with little kids all round him. told a steward, she said she'd 'radio it'. 15 mins and nobody's come @{B}",
          when=at(6, "13:05:12")),
       expect(RP, "urgent", "rides", "indirect"), note="a guest reports a weapon in a queue full of children: a threat to people, happening now")
    SC("tbay-pt-burger-sarcasm", "non-english",
       tw("tiago_valadares", f"Adorei pagar 12 libras por um hambúrguer frio e umas batatas moles no @{B} 👏👏 experiência gastronómica de luxo",
          lang="pt", when=at(6, "13:40:58")),
       expect(RP, "normal", "food", "indirect"), note="Portuguese sarcasm: a cold burger and soggy chips for £12",
       known_miss="round 7, not met yet: priority: want 'normal', got low; the engine read: tags @TumbleBayPark in a post to everyone | praise: thank them | topic food: 'hambúrguer'")
    SC("tbay-nl-threat-slide-staff", "threat-urgent",
       tw("ruud_vdberg_nl", f"@{B} als die medewerker bij de glijbaan mijn zoon nog één keer uitscheldt, sla ik zijn tanden uit zijn bek. Ik meen het.",
          lang="nl", when=at(6, "14:20:25")),
       expect(ANY, "urgent", "waterpark", "direct"),
       note="Dutch: a father threatens to knock out a slide attendant's teeth (the attendant swore at his son)")
    SC("tbay-insulin-fridge-calm", "medical-urgent",
       tw("lorna_pybus", f"@{B} quick q, is there a fridge anywhere in the park for my daughter's insulin? our cool bag has given up in this heat. we're near the Crab Shack. thanks x",
          when=at(6, "14:55:10")),
       expect(RP, "urgent", "first_aid", "direct"),
       note="a calm question, but about a child's insulin going warm today: a medical need")
    SC("tbay-sarcasm-fast-track-line", "sarcasm-customer",
       tw("priti_chandra_x", f"@{B} love that the fast track line for Maelstrom is now longer than the normal one. worth every penny of that £35 fast track ticket 🙃",
          when=at(6, "15:30:43")),
       expect(RP, "normal", "tickets", "direct"))
    SC("tbay-rant-broken-gate-buried", "safety-urgent",
       tw("clare_mottram", f"@{B} where do I start. £232 for four of us, 2hrs for Maelstrom, burger raw in the middle, app crashed every time I tried to book a slot, the gate at the top of the Gullwing stairs is hanging off (my 4yo nearly went through it) and £15 to park. never again",
          when=at(6, "16:40:19")),
       expect(RP, "urgent", ANY, "direct"),
       note="a broken safety gate at the top of a staircase, buried in a list of ordinary gripes; many topics, so any")
    SC("tbay-namesake-tumble-inn-quiz", "namesake",
       tw("TheTumbleInn", "Quiz night at the Tumble Inn tonight from 8 🍻 £2 a head, cheese board for the winners and a wooden spoon for last place",
          when=at(6, "17:30:00")),
       expect(IGN, "low", None, "none"), note="a pub")
    SC("tbay-private-retainer-address-phone", "private-details",
       tw("steph_arkwright", f"@{B} my daughter left her brace retainer in lodge 7 this morning 🙈 has it turned up in lost property? if so could you post it to 9 Marlpit Close, Holbury WX7 3LP or ring me on 07700 900482. thank you!",
          when=at(6, "20:10:33")),
       expect(RV, "normal", "lost", "direct"), note="a home address and a mobile number")
    SC("tbay-in-passing-weekend", "complaint-in-passing",
       tw("hayley_cording", f"what a long weekend. car died on the M5, the dog ate a sock, and @{B} had no record of our lodge booking so we slept in the car. rounding it all off with a migraine 🙃",
          when=at(6, "21:00:08")),
       expect(RP, "normal", "stay", "indirect"), note="the migraine is part of the bad weekend, not a medical question")
    SC("tbay-nut-allergy-thursday", "medical-urgent",
       tw("amina_yusuf_w", f"@{B} we're coming Thursday with my son, 7, who has a severe nut allergy (carries 2 epipens). do your food outlets have allergen menus, and is there anywhere in the park that's actually safe for him to eat?",
          when=at(6, "21:30:44")),
       expect(RP, "urgent", "food", "direct"), strict=False,
       note="a calm planning question for Thursday, about a life-threatening allergy: urgent by 'a medical need, even a calm "
            "question about one'; a care lead could also call it an ordinary question (normal) since nothing happens today")

    # ---- Wednesday 7 July ---------------------------------------------------------------

    SC("tbay-news-indoor-water-park", "news-monitor",
       tw("WexcombeEcho", "Tumble Bay submits plans for a £30m indoor water park with a wave pool and 12 new slides, to open in 2029 {url:https://wexcombe-echo.example/tumble-bay-indoor}",
          when=at(7, "07:00:00")),
       expect(MON, "low", "waterpark", "indirect"))
    tom = tw("tom_greatorex", f"@{B} the app won't let me log in to book ride times, keeps saying 'account not found' but it's the same account I bought our tickets on",
             when=at(7, "08:30:12"))
    tom_brand = tw(B, "@tom_greatorex Sorry Tom, a login problem crept in with last night's update. The fix should be live by 10am; until then Guest Services by the main gate can book ride times for you.",
                   reply_to=tom, when=at(7, "08:45:39"))
    fast = tw(B, "New for summer ⚡ Fast Track now covers the water park slides too. Less time queuing, more time splashing! 🌊", when=at(7, "09:00:00"))
    SC("tbay-legal-small-claims-lodge", "legal-threat-not-urgent",
       tw("adrian_keightly", f"@{B} you cancelled our lodge 2 days before arrival and 5 weeks on I still haven't had a refund of the £640. letter before action sent today. small claims court next if there's no money back by the 20th.",
          when=at(7, "09:30:27")),
       expect(RP, "high", "tickets", "direct"), note="a court threat over a refund: high, not urgent")
    SC("tbay-spam-giveaway-annual-passes", "spam",
       tw("TumbleBayWins", "🎉 TUMBLE BAY SUMMER GIVEAWAY 🎉 50 family annual passes up for grabs!! follow, RT and claim yours with your card details here before midnight 👉 {url:https://tumblebay-wins.example/claim}",
          when=at(7, "10:10:05")),
       expect(IGN, "low", "tickets", "indirect"), note="a fake giveaway fishing for card details; the topic comes from the keyword")
    SC("tbay-legal-broken-arm-solicitor", "legal-threat-not-urgent",
       tw("naomi_fairburn", f"My son broke his arm coming off the Vortex slide at Tumble Bay in May. Two months on you still won't send me the incident report. My solicitor will be in touch @{B}",
          when=at(7, "10:40:51")),
       expect(RP, "high", "waterpark", "indirect"),
       note="an injury two months ago and a solicitor: a strong complaint, not a danger now")
    vlog = tw("DayTripperFam", f"Took the kids to @{B} for this week's review. Queued 90+ mins for every big ride, even with the £55-a-head fast track on top. Can't recommend it this summer, sorry. Full video Friday 🎢",
              when=at(7, "11:00:14"), metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12800, "quote_count": 210})
    SC("tbay-big-reach-family-vlogger", "big-reach", vlog, expect(RP, "high", "rides", "indirect"),
       note="640k followers; the queues are the complaint, fast track is how they tried to avoid them",
       known_miss="round 7, not met yet: priority: want 'high', got low; the engine read: tags @TumbleBayPark in a post to everyone | praise: thank them | topic rides: 'queue', 'queuing', 'ride'")
    SC("tbay-app-still-account-not-found", "repeat-contact",
       tw("tom_greatorex", f"@{B} 11:20 and the app still says account not found. and the queue for Guest Services is 45 mins long 🙃",
          reply_to=tom_brand, when=at(7, "11:20:36")),
       expect(RP, "high", "app", "direct"), note="the brand promised a fix by 10am; still broken")
    SC("tbay-repost-family-vlogger", "repost", tw("gaz_rt_lyle", "", retweet=vlog, when=at(7, "11:40:02")),
       expect(IGN, "low", "rides", "indirect"))
    SC("tbay-abuse-app-crayon", "abuse-with-problem",
       tw("lee_grimshaw_x", f"@{B} your app is absolute garbage. 3rd time today it's binned our booked slots and now we've missed Gullwing. who built it, a toddler with a crayon?",
          when=at(7, "13:15:20")),
       expect(RP, "high", "app", "direct"))
    SC("tbay-quote-less-time-queuing", "quote",
       tw("sam_whitlock_b", "'less time queuing' 😂 1hr 20 for Vortex today WITH a fast track ticket. genuinely what is the point", quote=fast,
          when=at(7, "13:30:45")),
       expect(RP, "normal", "tickets", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic")
    SC("tbay-big-reach-wheelchair-turned-away", "big-reach",
       tw("KeziaObiLowe", f"Wheelchair user, ride access pass sorted in advance, and @{B} staff still turned me away from 4 rides because the 'evacuation route isn't suitable'. Nobody could tell me which rides I CAN go on. Not good enough in 2027.",
          when=at(7, "14:00:09"), metrics={"retweet_count": 3100, "reply_count": 820, "like_count": 24500, "quote_count": 400}),
       expect(RP, "high", "access", "indirect"), note="410k followers")
    SC("tbay-abuse-crab-shack", "abuse-with-problem",
       tw("bazza_hepworth", f"@{B} 40 mins in the Crab Shack queue for cold chips and a burger you could resole boots with. do your kitchen staff get any training or do you just pick them up off the street? useless",
          when=at(7, "15:40:17")),
       expect(RP, "high", "food", "direct"),
       known_miss="round 7, not met yet: priority: want 'high', got normal; the engine read: addressed to @TumbleBayPark | complaint (0.91) | topic food: 'chips', 'burger'")
    SC("tbay-chatter-murder-churro", "chatter-monitor",
       tw("mel_iredale", "I could murder one of those cinnamon churros from the Tumble Bay kiosk right now. sat at my desk thinking about them like an ex 🥲",
          when=at(7, "16:10:53")),
       expect(MON, "low", "food", "indirect"), note="'murder' is a figure of speech: no threat, nothing to answer")
    SC("tbay-praise-heart-attack-coaster", "praise",
       tw("ollie_vantreen", "the new coaster at Tumble Bay nearly gave me a heart attack 😂 that first drop!!! going again tomorrow, someone send help",
          when=at(7, "18:20:31")),
       expect(RP, "low", "rides", "indirect"), note="'heart attack' and 'send help' are figures of speech: praise, not a medical need",
       known_miss="round 7, not met yet: action: want 'respond_public', got monitor; the engine read: names Tumble Bay in a post to everyone | general chatter about the brand | topic rides: 'coaster'")
    SC("tbay-praise-lifeguard-yesterday", "praise",
       tw("sharon_kilbride", "massive thank you to the lifeguard at Tumble Bay who got my lad out of the wave pool yesterday when a wave knocked him under. he's absolutely fine, we're all still a bit shaky. what a hero that girl is 💙",
          when=at(7, "19:30:14")),
       expect(RP, "low", "waterpark", "indirect"), note="a past scare, resolved, told as thanks: praise, not urgent")
    SC("tbay-de-danke-access-pass", "non-english",
       tw("katrin_hoelzl", f"Danke @{B}! Unser Sohn ist Autist, und mit dem Ride Access Pass und dem ruhigen Raum war es unser erster entspannter Freizeitpark-Tag überhaupt 💙",
          lang="de", when=at(7, "20:00:26")),
       expect(RP, "low", "access", "indirect"), note="German thanks for the ride access pass and the quiet room")
    aur = tw("aurelien_bx", f"@{B} bonjour, est-ce que les chalets acceptent les chiens ? Nous venons en août avec un petit cavalier king charles très sage. Merci !",
             lang="fr", when=at(7, "20:15:48"))
    SC("tbay-fr-chalet-dogs", "non-english", aur, expect(RP, "normal", "stay", "direct"), note="French: are dogs allowed in the lodges")
    aur_brand = tw(B, "@aurelien_bx Bonjour Aurélien ! Oui, les chalets Driftwood 1 à 12 acceptent les chiens (15 £ par nuit), panier et gamelle fournis. À bientôt !",
                   reply_to=aur, when=at(7, "20:40:05"), lang="fr")
    SC("tbay-fr-chalet-merci", "thread-with-brand",
       tw("aurelien_bx", "super, merci beaucoup ! on réserve le chalet 4 ce soir 🐶", reply_to=aur_brand, lang="fr", when=at(7, "20:55:31")),
       expect(RP, "low", "stay", "direct"), strict=False,
       note="thanks back in the brand's thread without @: praise (low); nothing is wrong, so 'coming back to an answered case' "
            "(high) does not fit, though some would keep it normal")

    # ---- Thursday 8 July ----------------------------------------------------------------

    SC("tbay-tumbles-lazy-river-question", "question",
       tw("zara_lindqvist", "anyone know if Tumble's lazy river is open yet? heard it was shut all June for a refit and we're going Saturday",
          when=at(8, "08:20:40")),
       expect(RP, "normal", "waterpark", "indirect"), strict=False,
       note="the park called plain 'Tumble', asked of everyone rather than the brand: a question the brand can answer, "
            "though some would only monitor a question put to friends")
    SC("tbay-annual-pass-guest-question", "question",
       tw("bernie_osei", f"@{B} can annual pass holders bring a friend in free on weekdays, or is that only with the gold pass?",
          when=at(8, "09:00:18")),
       expect(RP, "normal", "tickets", "direct"))
    SC("tbay-pt-phone-left-chalet", "private-details",
       tw("ines_portela_tb", f"@{B} olá! o meu filho deixou o telemóvel no chalé 21 esta manhã, deve estar perdido na casa de banho. reserva TBL-552093, o meu número é 07700 900731. está nos achados e perdidos?",
          lang="pt", when=at(8, "09:15:57")),
       expect(RV, "normal", "lost", "direct"), note="Portuguese: a booking reference and a mobile number in public")
    SC("tbay-hotline-lost-property", "public-hotline-number",
       tw("glenys_parry", f"rang @{B} guest services on 0808 157 0462 four times about the lost property form, 50 mins on hold each time and then it cuts off. is anyone actually there?",
          when=at(8, "10:30:22")),
       expect(RP, "high", "lost", "indirect"), strict=False,
       note="the number is the park's own guest services line, not the customer's; four calls make it a repeated complaint")
    SC("tbay-access-didnt-look-disabled", "complaint-indirect",
       tw("joanne_pilling", "Tumble Bay turned my autistic son away from the access pass queue because he 'didn't look disabled'. He's 9. We left in tears.",
          when=at(8, "12:00:03")),
       expect(RP, "normal", "access", "indirect"), note="named, not tagged, no complaint word",
       known_miss="round 7, not met yet: action: want 'respond_public', got monitor; priority: want 'normal', got low; the engine read: names Tumble Bay in a post to everyone | general chatter about the brand | topic access: 'autistic', 'access pass', 'disabled'")
    SC("tbay-html-lodge-booking-form", "html-entities",
       tw("dev_kwame_a", f"@{B} the lodge booking form shows &lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt; in the dates box &amp; won't let me pick August. is there another way to book?",
          when=at(8, "12:40:44")),
       expect(RP, "normal", "stay", "direct"))
    SC("tbay-threat-report-gun-facebook", "threat-urgent",
       tw("debbie_caldwell", f"@{B} someone in the Tumble Bay Fans facebook group has just posted that he'll 'bring a gun on Saturday and sort out the gate staff' because his annual pass got cancelled. I've screenshotted it. please get the police onto this",
          when=at(8, "14:00:29")),
       expect(RP, "urgent", "tickets", "direct"), note="a guest reports someone else's threat to bring a gun against staff")
    lou = tw("lou_maidment", "my daughter took a tumble on the wet steps up to Vortex at Tumble Bay today. the lifeguard and the first aid team were brilliant, a plaster, a lolly and she was back on the slides in 10 mins 💙",
             when=at(8, "14:30:12"))
    SC("tbay-praise-took-a-tumble-steps", "praise", lou, expect(RP, "low", "waterpark", "indirect"),
       note="'took a tumble' is the ordinary word, but the post is about the park: a small fall, handled, and thanks")
    SC("tbay-bystander-tumble-at-tumble", "joke-bystander",
       tw("punmaster_rick", "@lou_maidment took a tumble at Tumble Bay. you honestly couldn't make it up 😂", reply_to=lou, when=at(8, "14:50:38")),
       expect(IGN, "low", None, "third_party"))
    SC("tbay-queue-board-said-40", "complaint-direct",
       tw("ash_penrose_q", f"@{B} 2hrs 10 for Gullwing. the queue board at the entrance said 40 mins. just saying.", when=at(8, "15:10:06")),
       expect(RP, "normal", "rides", "direct"), note="no complaint word: the facts are the complaint",
       known_miss="round 7, not met yet: action: want 'respond_public', got ignore; priority: want 'normal', got low; the engine read: addressed to @TumbleBayPark | a joke, nothing to solve | topic rides: 'queue'")
    SC("tbay-refund-still-nothing", "repeat-contact",
       tw("priya_raval_h", f"@{B} it's Thursday afternoon. no refund, no message, nothing. 12 working days and counting.", reply_to=priya_brand,
          when=at(8, "16:30:50")),
       expect(RP, "high", "tickets", "direct"), note="the brand promised the refund by Thursday and an update; neither came")
    millie = tw("millie_foxon", "@caz_rudd_tb how was the trip?? pics or it didn't happen 📸", when=at(8, "18:40:11"))
    SC("tbay-venting-lap-bar-popped", "third-party-venting",
       tw("caz_rudd_tb", "@millie_foxon honestly a bit scary. at Tumble Bay yesterday the lap bar on Gullwing popped up halfway round and Ellie had to hold on. staff just said it 'does that sometimes' 😳 kids loved the rest tho",
          reply_to=millie, when=at(8, "19:00:24")),
       expect(MON, "urgent", "rides", "third_party"), strict=False,
       note="told to a friend, brand not tagged, so no public answer; but a restraint that opens mid-ride is a risk to every rider "
            "today, and the ride team must see it now: urgent though monitored. Leads could differ on both")
    return brand


BRANDS["tumble-bay"] = ("TumbleBayPark", 4189012318, build_tumble_bay)
