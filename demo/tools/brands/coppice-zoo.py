# Coppice (Coppice Wildlife Park, "Coppice Zoo"): a made-up zoo and safari park at Wendlow, near
# the made-up villages of Sallowby, Hatchcombe, Redmarsh and Corrow: a drive-through safari with
# rhinos and a monkey drive watched by rangers, a walk-through aviary, a farm and petting barn, an
# adventure playground, a little train round the lake, cafés and kiosks, a car park, online
# tickets with timed entry slots and QR e-tickets, annual passes and memberships, animal
# experiences (keeper for a day, feeding, keeper talks), school trips, wheelchair hire and quiet
# hours.
# "Coppice" is also an ordinary word (woodland cut back to stumps so it regrows: coppicing, a
# hazel coppice, coppice stools, volunteers who coppice a wood) and a name: the Coppice estate in
# Redmarsh, Coppice Primary School in Sallowby, the Coppice Inn at Hatchcombe, the folk band The
# Coppice, Coppice Bakehouse in Corrow and the historian Dr Ruth Coppice. None of them is the zoo.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 8 May 2028: on a freak 27-degree Monday the QR e-ticket scanners at the main gate fail from
# opening until about noon; families queue in full sun, an older man collapses with heat
# stroke and a diabetic boy's insulin is left in the car. On Tuesday a fake "Coppice Zoo" page
# gives away "free annual passes" for card details (a scam wave with fake support accounts and
# "recovery" spam), and a five-year-old wanders off. On Wednesday monkeys strip cars on the
# safari, a rhino charges a family's car, a "nut free" flapjack causes an allergic reaction, and
# a storm brings a tree down on the lynx enclosure fence. On Thursday Juniper the lynx is loose
# round Sallowby: the park is closed, the police and local radio warn people, sightings come in,
# a farmer loses lambs, and the story makes the news. Early on Friday she is found; the park
# reopens on Saturday to crowds, a playground fall, a goat bite, a lost child and car park
# chaos. Sunday: quiet hours, praise, and the other Coppices.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# account, booking and card number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_coppice_zoo():
    global CURRENT_BRAND, CLOCK
    brand = Brand("coppice-zoo", SCEN_DIR / "coppice-zoo.plan.toml", "CoppiceZoo", 5778901245, 1861220000000006201)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-05-08T05:30:00Z")
    B = "CoppiceZoo"
    user(B, "Coppice Wildlife Park", 5778901245,
         "Coppice Wildlife Park 🦒 zoo, safari drive, aviary & farm near Wendlow. Visitor team here 8am–8pm. "
         "Helpline 0808 157 0715. We never run giveaways that ask for card details.",
         52_600, following=940, tweets=31_200, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11340100000 + _n[0] * 4129, bio, followers, **kw)

    person("anna_p_cz", "Anna Pryor", "Hatchcombe. Two boys, one husband, zero patience for queues.", 310)
    person("jas_k_cz", "Jas Kaur", "Sallowby. Teaching assistant. Lowercase person.", 280)
    person("ruth_m_cz", "Ruth Molloy", "Wendlow. Nurse (off duty). Notices things.", 450)
    person("dan_h_cz", "Dan Hearne", "Dad of Alfie (8, type 1 warrior). Redmarsh.", 190)
    person("lucia_cz", "Lucía Navarro", "Malagueña en Hatchcombe. Dos niños, cero siestas.", 230)
    person("mel_r_cz", "Mel Rudd", "Corrow. Mum of three. Planning everything.", 260)
    person("gina_t_cz", "Gina Tarrant", "Sallowby. Mum, runner, moaner.", 340)
    person("kev_o_cz", "Kev Orme", "Sallowby. Knows a shortcut for everything.", 410)
    person("tash_b_cz", "Natasha Bloom", "Telly presenter. Two kids, one dog. Saturday mornings on the box. Views my own.",
           720_000, following=1_300, listed=3_100, verified=True)
    person("woodpun_cz", "Colin Ashby", "Retired forester. Dad jokes, hazel, puns.", 520)
    person("fran_w_cz", "Fran Waller", "Retweets things. Hatchcombe.", 130)
    person("ellie_j_cz", "Ellie Jepson", "Redmarsh. Mum of three, owner of one cursed dog.", 290)
    person("SallowbyFM_cz", "Sallowby FM", "Local radio for Sallowby, Wendlow and Redmarsh. News on the hour.", 21_300,
           following=650, verified=True)
    person("rob_s_cz", "Rob Siddall", "Wendlow. Two kids. Hates heat.", 160)
    person("ben_h_cz", "Ben Hollis", "Corrow. Dad. Keeps receipts.", 140)
    person("carla_d_cz", "Carla Dent", "Hatchcombe. Annual pass holder since 2019. Saver.", 220)
    person("CoppiceInn_cz", "The Coppice Inn", "Hatchcombe's village pub. Real ale, Sunday roasts, quiz on Mondays 🍻", 2_400)
    person("woodsvol_cz", "Sallowby Woods Volunteers", "Hedges, hazel and cake. Every other Saturday.", 1_700)
    person("CoppiceZoo_Win", "Coppice Zoo Giveaways 🎁", "Official giveaways 🎉 Win FREE passes every week 🦁", 3_900, following=4_900)
    person("mrs_ade_cz", "Bola Adeyemi", "Year 3 teacher at Sallowby Juniors. Trip season!", 380)
    person("kerry_f_cz", "Kerry Fisher", "Mum of Isla (5). Wendlow.", 210)
    person("jenny_l_cz", "Jenny Lowe", "Hatchcombe. Trusting to a fault. Not any more.", 180)
    person("alan_b_cz", "Alan Brook", "Redmarsh. 67. Not good with computers.", 60)
    person("CoppiceCare_cz", "Coppice Zoo Support ✅", "Official support 24/7 ✅ refunds & passes. DM us", 41, following=4_800)
    person("recover_cz", "SwiftFunds Recovery ✅", "Certified scam & crypto recovery. 100% success rate ✅", 6_800, following=5_000)
    person("sam_q_cz", "Sam Quinn", "Wendlow. Dad of Toby (7, autistic, loves lemurs).", 240)
    person("pieter_cz", "Pieter de Boer", "Uit Groningen, woont in Corrow. Zoon van een lieve vader.", 150)
    person("katrin_cz", "Katrin Vogel", "Aus Kassel, lebt in Wendlow. Tierliebhaberin.", 170)
    person("folkie_jo_cz", "Jo Ferris", "Fiddle, folk clubs and far too much real ale.", 890)
    person("mike_d_cz", "Mike Dorsey", "Redmarsh. Mechanic. Proud of my car.", 210)
    person("priya_n_cz", "Priya Nair", "Sallowby. Mum of Maya (4) and Sid (7).", 330)
    person("harriet_c_cz", "Harriet Cole", "Wendlow. Reads the information boards.", 520)
    person("sophie_a_cz", "Sophie Ashworth", "Hatchcombe. Mum of Poppy (nut allergy, 6).", 270)
    person("tom_w_cz", "Tom Warrender", "Corrow. Eats everything. Reviews it.", 610)
    person("amelie_cz", "Amélie Roux", "Lyonnaise à Wendlow. Maman de Léa.", 140)
    person("lee_m_cz", "Lee Marsh", "Redmarsh. Dad of three. Long posts, sorry.", 120)
    person("gail_o_cz", "Gail Ormerod", "Carer for my dad (COPD, oxygen). Sallowby.", 150)
    person("RedmarshNews_cz", "Redmarsh News", "What's happening in Redmarsh and around.", 7_300)
    person("steve_p_cz", "Steve Parr", "Sallowby. Larch Close. Up early.", 90)
    person("nadia_w_cz", "Nadia Walsh", "Sallowby. Coffee first.", 280)
    person("becca_h_cz", "Becca Hume", "Sallowby. Working from home, watching the garden.", 230)
    person("giulia_cz", "Giulia Marchetti", "Romana a Wendlow. Fotografa.", 200)
    person("ines_cz", "Inês Carvalho", "Do Porto para Hatchcombe. Professora.", 160)
    person("dougie_cz", "Doug Hanley", "Wendlow Bottom. Smallholder. Hens and lambs.", 110)
    person("wildmeg_cz", "Meg Calloway", "Wildlife telly. Otters, owls and awkward questions. Views my own.",
           1_100_000, following=900, listed=5_400, verified=True)
    person("paula_r_cz", "Paula Rix", "Hatchcombe. Annual pass, three kids, one car.", 200)
    person("gaz_t_cz", "Gary Tate", "Corrow. Says it how it is.", 70)
    person("farmer_j_cz", "John Pettigrew", "Wendlow Bottom Farm. Sheep, beef, weather.", 640)
    person("lou_f_cz", "Louise Fenn", "Sallowby. Very tired mum. Fox fan now.", 190)
    person("mark_b_cz", "Mark Benton", "Corrow. Bought my wife a present. Regret it.", 150)
    person("joy_o_cz", "Joy Okoro", "Wendlow. Annual pass since 2021.", 130)
    person("rachel_k_cz", "Rachel Kemp", "Hatchcombe. Wants to book things, computer says no.", 260)
    person("kfarrell_cz", "Kate Farrell", "Year 4 teacher, Sallowby Juniors. Trip lead (again).", 340)
    person("nell_g_cz", "Nell Gower", "Wendlow. Giraffe person.", 1_200)
    person("tasha_v_cz", "Tasha Vine", "Hatchcombe. Renewing everything this month.", 180)
    person("wes_l_cz", "Wes Lang", "Wendlow. Traffic watcher.", 310)
    person("owen_p_cz", "Owen Pike", "Redmarsh. Dad of Jack (6, climbs everything).", 140)
    person("jana_k_cz", "Jana Köhler", "Aus Leipzig, jetzt in Corrow. Mama.", 110)
    person("moira_s_cz", "Moira Strand", "Wendlow. Daughter of an 88-year-old adventurer.", 150)
    person("femke_cz", "Femke Jansen", "Nederlandse in Hatchcombe. Twee kinderen.", 160)
    person("claire_t_cz", "Claire Timms", "Corrow. Train fan's mum.", 200)
    person("jamie_r_cz", "Jamie Rowe", "Sallowby. Complains on Saturdays.", 240)
    person("vicky_l_cz", "Vicky Lowndes", "Corrow. Pushchair pusher.", 170)
    person("dave_k_cz", "Dave Kersey", "Redmarsh. Short fuse, long queue.", 60)
    person("terry_b_cz", "Terry Bain", "Wendlow. Protective of my family.", 80)
    person("julien_cz", "Julien Mercier", "Français à Sallowby. Papa de Hugo.", 130)
    person("ania_cz", "Ania Kowalczyk", "Z Krakowa do Wendlow. Mama Zosi.", 120)
    person("holly_w_cz", "Holly Webb", "Sallowby. Went to the zoo, have opinions.", 210)
    person("sara_m_cz", "Sara Mills", "Hatchcombe. Nosy about your weekend.", 250)
    person("pete_c_cz", "Pete Corrigan", "Wendlow. Walks a lot, complains a little.", 190)
    person("sam_o_cz", "Sam Osei", "Dad of an autistic lemur fan. Wendlow.", 160)
    person("CorrowBakes_cz", "Corrow Eats", "Where to eat in Corrow and around. Honest.", 4_100)
    person("ffion_cz", "Ffion Pugh", "Merch o Fôn yn Wendlow. Gofalu am Mam.", 140)
    person("lisa_h_cz", "Lisa Hale", "Wendlow. Mum of a future zookeeper.", 230)
    person("billhook_cz", "Gareth Vowles", "Coppice worker. Hazel, charcoal, bruises.", 760)
    person("wendlowlib_cz", "Wendlow Library", "Books, talks and warm radiators. Tue–Sat.", 2_900)
    person("riverwalk_cz", "Jan Abbott", "Rivers, woods and slow walks. Hatchcombe.", 1_500)

    # ---- Monday 8 May: 27 degrees, and the e-ticket scanners at the gate fail ------------------
    anna = tw("anna_p_cz", f"@{B} we're at the front of the queue with the kids and your scanner won't read our e-tickets. QR code just says 'invalid'. booked the 9:30 timed entry weeks ago. what do we do??",
              when="2028-05-08T08:41:12Z")
    SC("coppice-complaint-qr-wont-scan", "complaint-direct", anna, expect(RP, "high", "tickets", "direct"),
       note="the gate scanners are failing for everyone this morning: an outage of the ticketing system", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CoppiceZoo | complaint (0.52) | topic tickets: 'scanner', 'e-ticket', 'e-tickets', 'ticket', 'tickets', 'qr code', 'booking', 'timed entry'")
    anna_brand = tw(B, "@anna_p_cz So sorry Anna, our ticket scanners are down at the main gate this morning. Show your booking email to the team at the gate and they'll let you in by hand. We'll post an update by 10:30.",
                    reply_to=anna, when="2028-05-08T08:52:40Z")
    SC("coppice-brand-reply-gate-by-hand", "brand-own-post", anna_brand, expect(IGN, "low", "tickets", "none"))
    SC("coppice-thread-anna-in", "thread-with-brand",
       tw("anna_p_cz", "that worked, showed the booking email and we're in 👍 thanks for the quick reply",
          reply_to=anna_brand, when="2028-05-08T08:58:03Z"),
       expect(RP, "low", "tickets", "direct"), note="thanks in the brand's thread, no @")
    SC("coppice-sarcasm-very-timed", "sarcasm-customer",
       tw("jas_k_cz", "love that I paid coppice £96 to book a timed entry slot so I could stand in the sun for 70 minutes while nobody's ticket scans. very timed. much entry 🙃",
          when="2028-05-08T09:20:27Z"),
       expect(RP, "high", "tickets", "indirect"), note="lower case, no tag: sarcasm about her own visit, during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: names Coppice Wildlife Park in a post to everyone | describes their own experience | sarcasm (irony 0.72) from a customer: a complaint | topic tickets: 'timed entry', 'entry slot', 'slot', 'ticket', 'tickets', 'scan', an amount of money")
    SC("coppice-safety-collapsed-in-queue", "safety-urgent",
       tw("ruth_m_cz", f"@{B} an older man has just collapsed in the entry queue. he's grey and sweating and says he feels sick. it's 27 degrees and there's no shade. someone's gone for first aid but please send someone now",
          when="2028-05-08T09:31:55Z"),
       expect(RP, "urgent", "safety", "direct"), note="heat stroke in the gate queue, happening now")
    SC("coppice-medical-insulin-in-car", "medical-urgent",
       tw("dan_h_cz", f"@{B} quick one, my son is type 1 diabetic and his insulin is in the car. if we leave the queue to get it will we lose our entry slot? we've been in the line 50 mins",
          when="2028-05-08T09:38:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a child's insulin is out of reach")
    SC("coppice-es-codigo-qr-entradas", "non-english",
       tw("lucia_cz", f"@{B} Llevamos una hora en la cola y el código QR de las entradas no funciona. Las compramos online para las 10. ¿Qué hacemos?",
          lang="es", when="2028-05-08T09:44:36Z"),
       expect(RP, "high", "tickets", "direct"), note="Spanish: the QR codes on their tickets won't scan, during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CoppiceZoo | a question | topic tickets: 'código qr', 'entrada', 'entradas'")
    gina = tw("gina_t_cz", "thinking of taking the kids to the zoo after lunch, anyone there now? how busy is it?",
              when="2028-05-08T09:50:00Z")
    SC("coppice-venting-scanners-to-friend", "third-party-venting",
       tw("mel_r_cz", "@gina_t_cz don't. coppice ticket scanners are broken and the queue's back past the car park. been stood here an hour with a toddler in 27 degrees 🥵",
          reply_to=gina, when="2028-05-08T10:02:14Z"),
       expect(MON, "low", "tickets", "third_party"), note="a customer venting in a friend's thread, brand not tagged: don't butt in")
    SC("coppice-chatter-booking-email-tip", "third-party-chatter",
       tw("kev_o_cz", "@gina_t_cz they're letting people in by hand at Coppice now if you show your booking email, so it's moving a bit. bring water and hats though",
          reply_to=gina, when="2028-05-08T10:09:48Z"),
       expect(MON, "low", "tickets", "third_party"), note="a stranger's tip in someone else's thread")
    tash = tw("tash_b_cz", f"Took the kids to Coppice Wildlife Park for a treat. 80 minutes in a queue in full sun because the e-tickets won't scan. Two meltdowns, one of them mine. @{B}",
              when="2028-05-08T10:15:33Z",
              metrics={"retweet_count": 640, "reply_count": 410, "like_count": 9_800, "quote_count": 70})
    SC("coppice-big-reach-presenter-queue", "big-reach", tash, expect(RP, "high", "tickets", "indirect"),
       note="720k followers, a real complaint during the outage; the handle at the end of a post to everyone")
    SC("coppice-joke-cut-to-stumps", "joke-bystander",
       tw("woodpun_cz", "@tash_b_cz a coppice is a wood cut right back to the stumps. sounds like the staffing on that gate 🪵😂",
          reply_to=tash, when="2028-05-08T10:24:07Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("coppice-repost-presenter-queue", "repost", tw("fran_w_cz", "", retweet=tash, when="2028-05-08T10:31:50Z"),
       expect(IGN, "low", "tickets", "indirect"))
    SC("coppice-in-passing-monday-rug", "complaint-in-passing",
       tw("ellie_j_cz", f"monday: dog sick on the rug, sunburnt on the school run, and @{B}'s ticket scanners have eaten our booking so the in-laws are stuck at the gate with the kids. love it",
          when="2028-05-08T10:40:21Z"),
       expect(RP, "high", "tickets", "indirect"), note="the brand tagged in the middle of a bad morning, during the outage", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: tags @CoppiceZoo in a post to everyone | describes their own experience | complaint (0.48) | topic tickets: 'ticket', 'tickets', 'scanner', 'booking', 'bookings'")
    SC("coppice-news-scanner-queues", "news-monitor",
       tw("SallowbyFM_cz", "Long queues at Coppice Wildlife Park this morning after a fault with the park's e-ticket scanners. Visitors with bookings are being let in by hand; first aiders treated one man who became unwell in the heat. {url:https://sallowbyfm.example/news/coppice-queues}",
          when="2028-05-08T11:00:00Z"),
       expect(MON, "low", "tickets", "indirect"), note="news of a fault and an incident already dealt with")
    allclear = tw(B, "✅ Our ticket scanners are working again and the queue is down to about 10 minutes. Sorry for a long, hot wait this morning. Missed your entry slot? You can still come in today, or move your booking free on our website.",
                  when="2028-05-08T11:20:00Z")
    SC("coppice-brand-own-scanners-fixed", "brand-own-post", allclear, expect(IGN, "low", "tickets", "none"))
    SC("coppice-q-reply-move-or-refund", "question-in-reply-to-brand",
       tw("rob_s_cz", "we gave up after an hour and went home with two crying kids. can we move our tickets to saturday or just get a refund?",
          reply_to=allclear, when="2028-05-08T11:34:45Z"),
       expect(RP, "normal", "tickets", "direct"), note="a question under the brand's post, no @")
    SC("coppice-quote-still-wont-scan", "quote",
       tw("jas_k_cz", "'working again' 🙃 our 11:30 tickets still won't scan at the second gate and we've been sent to the back of the queue. it's 28 degrees",
          quote=allclear, when="2028-05-08T11:41:09Z"),
       expect(RP, "high", "tickets", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own tickets still fail, so the outage is not over for her")
    ben = tw("ben_h_cz", f"@{B} booking ref CWP-448120. we left after 90 minutes in the queue and never got in. please refund the £84 and email me at ben.hollis@postbox.example",
             when="2028-05-08T12:05:30Z")
    SC("coppice-private-booking-ref-email", "private-details", ben, expect(RV, "normal", "tickets", "direct"),
       note="a booking reference and an email address in public")
    ben_brand = tw(B, "@ben_h_cz Sorry Ben, that's a miserable morning. We've refunded the £84 and it'll be back on your card within 3 working days. You may want to delete your post with your details in.",
                   reply_to=ben, when="2028-05-08T12:30:12Z")
    carla = tw("carla_d_cz", f"@{B} my annual pass renewal has gone out by direct debit twice this month, £148 each time. can someone put one back please?",
               when="2028-05-08T14:10:26Z")
    SC("coppice-complaint-renewal-twice", "complaint-direct", carla, expect(RP, "normal", "memberships", "direct"))
    carla_brand = tw(B, "@carla_d_cz Sorry Carla, a glitch took some renewals twice. Your second £148 is being refunded today and should be back in your bank by Thursday. We'll check it's landed.",
                     reply_to=carla, when="2028-05-08T14:25:50Z")
    SC("coppice-namesake-inn-quiz", "namesake",
       tw("CoppiceInn_cz", "Quiz night at the Coppice Inn tonight from 8! 🍻 Round 4 is 'animals of the world', so get swotting. Fish finger butties at half time.",
          when="2028-05-08T17:00:00Z"),
       expect(IGN, "low", "animals", "none"), note="the village pub; 'animals' sounds like the zoo")
    SC("coppice-common-volunteers-hazel", "common-word",
       tw("woodsvol_cz", "Volunteers wanted Saturday to help coppice the hazel in Sallowby Woods 🌳 bring gloves and a flask, we'll bring the saws, the cake and a lot of enthusiasm for cutting things down to stumps",
          when="2028-05-08T19:15:00Z"),
       expect(IGN, "low", None, "none"), note="'coppice' as a verb: cutting hazel back")

    # ---- Tuesday 9 May: a fake giveaway, a school trip, a girl who wanders off -----------------
    SC("coppice-spam-fake-giveaway", "spam",
       tw("CoppiceZoo_Win", "🎉 COPPICE ZOO GIVEAWAY 🎉 500 families win FREE annual passes for our birthday! 🦁 Like, share and pop your card details in for £1.99 postage 👉 {url:https://coppice-zoo-win.example/claim}",
          when="2028-05-09T06:30:00Z"),
       expect(IGN, "low", "memberships", "indirect"), note="an impersonator's giveaway fishing for card details")
    SC("coppice-question-school-trip", "question",
       tw("mrs_ade_cz", f"@{B} hi, we're bringing 58 Year 3 pupils on Thursday. do you need our risk assessment before the visit, and can the coach drop the children at the top car park?",
          when="2028-05-09T08:10:41Z"),
       expect(RP, "normal", "schools", "direct"))
    kerry = tw("kerry_f_cz", f"@{B} my daughter's wandered off near the penguins. she's 5, pink coat, blue wellies, called Isla. told a staff member but can you put it out on the radios? she's probably just gone to see the otters",
               when="2028-05-09T10:45:17Z")
    SC("coppice-safety-girl-wandered-off", "safety-urgent", kerry, expect(RP, "urgent", "safety", "direct"),
       note="a missing five-year-old, written calmly")
    kerry_brand = tw(B, "@kerry_f_cz Kerry, every team has Isla's description now and the exits are watching. Stay by the penguins so we can find you; someone's coming to you now.",
                     reply_to=kerry, when="2028-05-09T10:48:02Z")
    SC("coppice-thread-isla-found", "thread-with-brand",
       tw("kerry_f_cz", "found her!! she was watching the otters with one of your team, not lost at all in her opinion 😅 thank you all, so calm and so quick",
          reply_to=kerry_brand, when="2028-05-09T11:02:38Z"),
       expect(RP, "low", None, "direct"), note="relief and thanks in the brand's thread, no @; the danger is over")
    scam = tw(B, "⚠️ A fake 'Coppice Zoo' page is offering free annual passes if you enter your card details for 'postage'. It's a scam, not us: we never ask for card details to claim a prize. If you've entered yours, call your bank now.",
              when="2028-05-09T11:30:00Z")
    SC("coppice-brand-own-scam-warning", "brand-own-post", scam, expect(IGN, "low", "tickets", "none"))
    SC("coppice-q-reply-entered-giveaway", "question-in-reply-to-brand",
       tw("jenny_l_cz", "I entered that fake giveaway this morning before I saw this and put my card details in. £1.99 went out and now there's a £240 payment pending to a company I've never heard of. what do I do?",
          reply_to=scam, when="2028-05-09T11:46:12Z"),
       expect(RP, "high", "tickets", "direct"), note="a question under the brand's post, no @; money lost to a fraud in the brand's name", known_miss="round 15, not met yet: priority: want \"high\", got normal; the engine read: replies to @CoppiceZoo: the customer is talking to the brand | a question | topic tickets: 'fake', 'card details', 'payment', an amount of money")
    alan = tw("alan_b_cz", f"@{B} I entered that fake free annual pass giveaway too. gave them my card 4000 0566 5566 5556 and they've taken £1.99 and then £180. is it a scam? my number is 07700 900314, please ring me",
              when="2028-05-09T12:10:54Z")
    SC("coppice-private-card-phone-fraud", "private-details", alan, expect(RV, "high", "tickets", "direct"),
       note="money lost to fraud, with a card number and a phone number in public")
    SC("coppice-spam-fake-support-alan", "spam",
       tw("CoppiceCare_cz", "@alan_b_cz Hi Alan! Coppice Zoo support here ✅ we can refund the £180 today. Just DM us your full card number, expiry and the 3 digits on the back 🙏",
          reply_to=alan, when="2028-05-09T12:24:31Z"),
       expect(IGN, "low", "tickets", "third_party"), note="a fake support account fishing for card details under a victim's post")
    SC("coppice-spam-recovery", "spam",
       tw("recover_cz", "Lost money to the Coppice Zoo giveaway scam? 💸 Our certified recovery agents get it back in 24h. No win no fee ✅ DM us now",
          when="2028-05-09T13:20:00Z"),
       expect(IGN, "low", "tickets", "indirect"), note="'fund recovery' riding on the scam")
    SC("coppice-question-quiet-hour-wheelchair", "question",
       tw("sam_q_cz", f"@{B} do you still do the quiet hour on Sunday mornings? my son's autistic and the crowds were too much last time. and can we hire a wheelchair for my mum on the day?",
          when="2028-05-09T15:10:09Z"),
       expect(RP, "normal", "access", "direct"))
    SC("coppice-nl-rolstoel-lenen", "non-english",
       tw("pieter_cz", f"@{B} Goedemiddag, kunnen we zaterdag een rolstoel lenen bij de ingang? Mijn vader kan niet ver lopen. Moet dat van tevoren?",
          lang="nl", when="2028-05-09T15:40:33Z"),
       expect(RP, "normal", "access", "direct"), note="Dutch: borrowing a wheelchair for her father")
    SC("coppice-de-jahreskarte-abgelaufen", "non-english",
       tw("katrin_cz", f"@{B} Guten Tag, die Lastschrift für meine Jahreskarte wurde abgebucht, aber in der App steht die Karte als abgelaufen. Können Sie das bitte prüfen?",
          lang="de", when="2028-05-09T16:20:48Z"),
       expect(RP, "normal", "memberships", "direct"), note="German: an annual pass paid for but shown as expired")
    SC("coppice-namesake-folk-band", "namesake",
       tw("folkie_jo_cz", "The Coppice at the Hatchcombe folk club tonight 🎻 that fiddle tune about the wild cat in the woods gave me actual goosebumps. buy their album",
          when="2028-05-09T20:30:00Z"),
       expect(IGN, "low", None, "none"), note="a folk band; a wild cat in the woods, two days before the lynx")

    # ---- Wednesday 10 May: the safari, the café, and a storm at night --------------------------
    SC("coppice-complaint-monkeys-wipers", "complaint-direct",
       tw("mike_d_cz", f"@{B} the monkeys on the safari drive pulled both wipers off and cracked the wing mirror. the ranger at the exit just shrugged. who's paying for this?",
          when="2028-05-10T09:15:02Z"),
       expect(RP, "normal", "safari", "direct"), note="damage to a car, nobody hurt")
    SC("coppice-safety-rhino-charged", "safety-urgent",
       tw("priya_n_cz", f"@{B} a rhino just charged at our car and smashed into the back door. the kids are terrified and screaming, it's still right next to us and I'm scared it'll go again. nobody is coming. please help",
          when="2028-05-10T10:02:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a family threatened by an animal on the safari drive, happening now")
    SC("coppice-indirect-bear-pacing", "complaint-indirect",
       tw("harriet_c_cz", "Went to Coppice Wildlife Park yesterday. The bears' enclosure is bare mud, and one of them paced the same line the whole hour we were there. The keepers didn't seem bothered. Not going back.",
          when="2028-05-10T11:30:19Z"),
       expect(RP, "normal", "animals", "indirect"), note="an animal welfare complaint from a visitor, brand named without a tag")
    SC("coppice-medical-allergic-flapjack", "medical-urgent",
       tw("sophie_a_cz", f"@{B} my daughter's having an allergic reaction after a flapjack from the Lakeside café labelled nut free. lips swelling, she's had her epipen, first aid are with her and an ambulance is on the way",
          when="2028-05-10T12:15:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child's allergic reaction to café food, now")
    SC("coppice-common-coppice-wildlife", "common-word",
       tw("riverwalk_cz", "A well-kept coppice is a wildlife park in miniature: dormice, nightingales, bluebells, butterflies. Cut the hazel every seven years and watch what moves in 🌿",
          when="2028-05-10T13:05:00Z"),
       expect(IGN, "low", None, "none"), note="the woodland; 'a wildlife park' sounds exactly like the business", known_miss="round 15, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Coppice Wildlife Park in a post to everyone | general chatter about the brand")
    SC("coppice-fr-soigneur-dun-jour", "non-english",
       tw("amelie_cz", f"@{B} Bonjour, j'ai réservé l'expérience « soigneur d'un jour » pour ma fille le 20 mai et je n'ai reçu aucune confirmation. Pouvez-vous vérifier ? Merci",
          lang="fr", when="2028-05-10T14:10:26Z"),
       expect(RP, "normal", "animals", "direct"), note="French: no confirmation for a keeper-for-a-day experience")
    SC("coppice-safety-goat-bite-long-complaint", "safety-urgent",
       tw("lee_m_cz", f"@{B} long one, sorry. booked the 10am slot, queued 40 mins anyway, café had nothing left by 12, little train shut, and at the farm a goat bit my youngest through the fence and it drew blood. nobody at first aid when we went. not the day we paid £120 for",
          when="2028-05-10T15:00:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child bitten by an animal, buried in a long complaint; no first aid given")
    SC("coppice-medical-oxygen-concentrator", "medical-urgent",
       tw("gail_o_cz", f"@{B} coming on Saturday with my dad who's on oxygen. his portable cylinder lasts about 4 hours. is there anywhere in the park he could plug his concentrator in if it runs low?",
          when="2028-05-10T16:00:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a life-support need")
    SC("coppice-namesake-estate-knife", "namesake",
       tw("RedmarshNews_cz", "Police appeal after a man was threatened with a knife outside the shops on the Coppice estate in Redmarsh last night. Anyone with information should call 101.",
          when="2028-05-10T19:30:00Z"),
       expect(IGN, "low", "safety", "none"), note="the housing estate's danger, not the zoo's")

    # ---- Thursday 11 May: Juniper the lynx is out -----------------------------------------------
    lynx = tw(B, "⚠️ Juniper, one of our Eurasian lynx, got out overnight after a tree fell on her fence in the storm. Lynx are shy and avoid people, but please don't approach her. Seen her? Call 999, then us on 0808 157 0715. The park is closed today.",
              when="2028-05-11T04:45:00Z")
    SC("coppice-brand-own-lynx-warning", "brand-own-post", lynx, expect(IGN, "low", "safety", "none"))
    SC("coppice-repost-lynx-warning", "repost", tw("nadia_w_cz", "", retweet=lynx, when="2028-05-11T05:02:11Z"),
       expect(IGN, "low", "safety", "indirect"))
    news = tw("SallowbyFM_cz", "Police are asking people in Sallowby and Wendlow to keep cats and dogs indoors after a lynx escaped from Coppice Wildlife Park overnight. The park says the animal is shy and not thought to be dangerous to people. {url:https://sallowbyfm.example/news/coppice-lynx}",
              when="2028-05-11T05:30:00Z")
    SC("coppice-news-lynx-escaped", "news-monitor", news, expect(MON, "low", "safety", "indirect"))
    SC("coppice-joke-proper-coppice", "joke-bystander",
       tw("woodpun_cz", "@SallowbyFM_cz can't blame her, she's only gone looking for a proper coppice. very on brand 🌳🐈",
          reply_to=news, when="2028-05-11T05:48:30Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under the news post")
    SC("coppice-chatter-lynx-reassure", "third-party-chatter",
       tw("harriet_c_cz", "@SallowbyFM_cz lynx hunt deer and rabbits, not people. keep the cat in tonight and she'll be back at Coppice before the weekend",
          reply_to=news, when="2028-05-11T06:05:12Z"),
       expect(MON, "low", None, "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("coppice-safety-lynx-behind-larch-close", "safety-urgent",
       tw("steve_p_cz", f"@{B} there's a big cat in the field behind Larch Close in Sallowby RIGHT NOW. pretty sure it's your lynx. the kids next door are in their garden, I've shouted at them to go in. rung 999",
          when="2028-05-11T06:20:41Z"),
       expect(RP, "urgent", "safety", "direct"), note="a sighting of the loose animal near children")
    becca = tw("nadia_w_cz", "what's everyone up to today? ☕", when="2028-05-11T06:30:00Z")
    SC("coppice-safety-lynx-on-lawn-in-thread", "safety-urgent",
       tw("becca_h_cz", "@nadia_w_cz working from home and the escaped coppice lynx has just wandered across our back lawn like she owns the place 😅 kids are watching from the window. bit scary tbh, she's only about 20 metres away",
          reply_to=becca, when="2028-05-11T06:40:18Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a sighting told calmly in a friend's thread, no tag: whether to step in is a judgement, but the priority is strict")
    SC("coppice-it-lince-polizia", "safety-urgent",
       tw("giulia_cz", f"@{B} Ho appena visto la lince vicino alla strada per Wendlow, dietro la casa dei Parry. Ho chiamato la polizia. Sembrava tranquilla ma ci sono bambini che aspettano l'autobus lì vicino",
          lang="it", when="2028-05-11T07:15:05Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: a sighting near children at a bus stop")
    SC("coppice-pt-bilhetes-reembolso", "non-english",
       tw("ines_cz", f"@{B} Olá! Temos bilhetes para hoje mas o parque está fechado por causa do lince. Podemos mudar para sábado ou pedir reembolso?",
          lang="pt", when="2028-05-11T07:50:29Z"),
       expect(RP, "normal", "tickets", "direct"), note="Portuguese: tickets for a closed day")
    SC("coppice-threat-chickens-fence", "threat-urgent",
       tw("dougie_cz", "if that coppice lynx comes near my chickens again I'll shoot it, and then I'll be paying a visit to whoever left that fence down. they won't like it",
          when="2028-05-11T08:30:44Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat against the brand's staff, in lower case without a tag", known_miss="round 15, not met yet: priority: want \"urgent\", got low; addressed: want \"indirect\", got none; the engine read: 'coppice' is used as an ordinary word | topic safety: 'shoot', 'fence'")
    SC("coppice-big-reach-wildlife-presenter", "big-reach",
       tw("wildmeg_cz", f"A lynx loose near a village isn't a funny news story, it's a frightened animal that should never have got out. I hope @{B} are ready to explain how their fences failed.",
          when="2028-05-11T09:10:12Z",
          metrics={"retweet_count": 2_100, "reply_count": 1_300, "like_count": 31_000, "quote_count": 240}),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="1.1m followers, criticism of the brand during the escape; she reports no danger to anyone now, though some would keep every lynx post urgent")
    SC("coppice-hotline-rang-four-times", "public-hotline-number",
       tw("paula_r_cz", "rang Coppice on 0808 157 0715 four times this morning to ask if our annual pass visit was still on. never got through. drove an hour with three kids to a locked gate and a handwritten sign. cheers",
          when="2028-05-11T10:00:37Z"),
       expect(RP, "high", "memberships", "indirect"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls and a wasted trip make it a strong complaint")
    SC("coppice-abuse-clowns-no-email", "abuse-with-problem",
       tw("gaz_t_cz", f"@{B} you useless bunch of clowns. you shut the whole park and didn't email a single person with tickets. 2 hours in the car with a carsick toddler for a sign on a gate. refund our tickets NOW",
          when="2028-05-11T11:00:06Z"),
       expect(RP, "high", "tickets", "direct"), note="rude, but a wasted day and money owed")
    SC("coppice-legal-farmer-lambs", "legal-threat-not-urgent",
       tw("farmer_j_cz", f"@{B} your lynx took two of my lambs last night on the farm at Wendlow Bottom. my solicitor is writing to you today and I'll be claiming for every one of them.",
          when="2028-05-11T12:00:51Z"),
       expect(RP, "high", "animals", "direct"), note="a legal claim for livestock: a strong complaint, not a risk to people")

    # ---- Friday 12 May: Juniper is home ---------------------------------------------------------
    home = tw(B, "🐾 Juniper is home. Our team found her at 5am in Sallowby Woods, calm and unhurt, and she's back behind a repaired fence. Thank you to the police and to everyone who sent sightings. We reopen tomorrow at 9:30.",
              when="2028-05-12T05:50:00Z")
    SC("coppice-brand-own-juniper-home", "brand-own-post", home, expect(IGN, "low", "safety", "none"))
    reopen = tw(B, "We're open again from 9:30 tomorrow. If you had tickets for Thursday or today, you can move them to any day in May for free on our website, or ask us for a refund.",
                when="2028-05-12T06:30:00Z")
    SC("coppice-quote-no-slots-in-may", "quote",
       tw("rachel_k_cz", "'move them for free on our website' 🙄 tried four times and it says 'no slots available' for every day in May. some of us took thursday off work for this",
          quote=reopen, when="2028-05-12T07:10:15Z"),
       expect(RP, "normal", "tickets", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own tickets can't be moved")
    SC("coppice-q-reply-see-juniper", "question-in-reply-to-brand",
       tw("lisa_h_cz", "will her enclosure be open to see tomorrow? my two have been following the whole thing and are desperate to wave at her",
          reply_to=home, when="2028-05-12T07:40:47Z"),
       expect(RP, "normal", "animals", "direct"), note="a question under the brand's post, no @")
    SC("coppice-repeat-refund-third-time", "repeat-contact",
       tw("ben_h_cz", "it's friday and still no refund. you said 3 working days max. the app still says 'processing' and nobody answers the email. 3rd time asking",
          reply_to=ben_brand, when="2028-05-12T08:10:33Z"),
       expect(RP, "high", "tickets", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("coppice-repeat-second-148", "repeat-contact",
       tw("carla_d_cz", f"@{B} it's friday and the second £148 for the annual pass still isn't back. you said thursday. my rent goes out on monday",
          reply_to=carla_brand, when="2028-05-12T08:30:09Z"),
       expect(RP, "high", "memberships", "direct"), note="back in the brand's thread, second time asking")
    SC("coppice-hotline-thanks-fox", "public-hotline-number",
       tw("lou_f_cz", "whoever answered Coppice's 0808 157 0715 line at midnight when my daughter was sure the lynx was in our garden (it was a fox 🦊): thank you for being so patient with a very tired mum",
          when="2028-05-12T09:00:22Z"),
       expect(RP, "low", None, "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("coppice-legal-keeper-for-a-day", "legal-threat-not-urgent",
       tw("mark_b_cz", "Coppice Wildlife Park took £340 for my wife's keeper for a day, called it off twice with a day's notice and now say the next keeper experience date is 2029. Trading Standards today, small claims court next.",
          when="2028-05-12T10:00:40Z"),
       expect(RP, "high", "animals", "indirect"), note="a regulator and court threat about his own booking, brand named without a tag")
    SC("coppice-private-address-dob-card", "private-details",
       tw("joy_o_cz", f"@{B} my membership card still hasn't come after 3 weeks. it's Mrs J Okoro, 12 Fernbank Road, Wendlow WN4 2PX, date of birth 03/07/1984 if you need it. can you resend?",
          when="2028-05-12T11:00:18Z"),
       expect(RV, "normal", "memberships", "direct"), note="a home address and a date of birth in public")
    SC("coppice-html-booking-page-script", "html-entities",
       tw("rachel_k_cz", f"@{B} your booking page shows &lt;script&gt;alert('slot')&lt;/script&gt; where the time slots should be &amp; won't let me pick Sunday. can I still book for then?",
          when="2028-05-12T12:00:55Z"),
       expect(RP, "normal", "tickets", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("coppice-private-school-invoice-email", "private-details",
       tw("kfarrell_cz", f"@{B} the school trip invoice for Sallowby Juniors says 85 pupils, we're bringing 58. could you send a corrected one to me at k.farrell@mailbox.example? I'm the trip lead",
          when="2028-05-12T13:00:27Z"),
       expect(RV, "normal", "schools", "direct"), note="a personal email address in public")
    SC("coppice-chatter-giraffe-clementine", "chatter-monitor",
       tw("nell_g_cz", "Coppice Wildlife Park's baby giraffe has been named Clementine and honestly, after the week that place has had, she's the hero we needed 🦒",
          when="2028-05-12T15:00:00Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer", known_miss="round 15, not met yet: action: want \"monitor\", got respond_public; topic: want null, got facilities; the engine read: names Coppice Wildlife Park in a post to everyone | praise: thank them | topic facilities: 'parking'")
    SC("coppice-html-renewal-email-template", "html-entities",
       tw("tasha_v_cz", f"@{B} your renewal email says 'Dear &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your annual pass expires on &lt;%= expiry_date %&gt;'. so when does mine actually run out? don't want to turn up with a dead pass",
          when="2028-05-12T17:00:31Z"),
       expect(RP, "normal", "memberships", "direct"), note="a broken template in the renewal email, delivered escaped")

    # ---- Saturday 13 May: reopening day, crowds -------------------------------------------------
    SC("coppice-chatter-wendlow-road", "chatter-monitor",
       tw("wes_l_cz", "every car on the Wendlow road this morning is heading to Coppice. half the county wants to see the famous lynx 😂",
          when="2028-05-13T07:30:00Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand with nothing to answer")
    SC("coppice-safety-slide-fall", "safety-urgent",
       tw("owen_p_cz", f"@{B} my son fell off the top of the big slide in the playground, the side rail is loose. think his arm's broken, first aid are with him and they've called an ambulance. please tape that slide off before another kid goes",
          when="2028-05-13T09:15:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child hurt on broken play equipment that is still open")
    SC("coppice-de-ziege-gebissen", "safety-urgent",
       tw("jana_k_cz", f"@{B} Meine Tochter wurde im Streichelzoo von einer Ziege gebissen, die Hand blutet ziemlich stark. Wo finden wir Erste Hilfe? Hier ist niemand.",
          lang="de", when="2028-05-13T09:40:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a child bitten and bleeding, no staff nearby")
    SC("coppice-complaint-flat-wheelchair", "complaint-direct",
       tw("moira_s_cz", f"@{B} booked wheelchair hire a week ago and the only wheelchair left this morning had a flat tyre and no footrests. my mum's 88. not good enough",
          when="2028-05-13T10:10:37Z"),
       expect(RP, "normal", "access", "direct"))
    SC("coppice-nl-patat-op", "non-english",
       tw("femke_cz", f"@{B} Een uur in de rij bij het café en toen waren de patat en de broodjes op. Om 12 uur al! Niet oké op een zaterdag.",
          lang="nl", when="2028-05-13T10:45:03Z"),
       expect(RP, "normal", "food", "direct"), note="Dutch: the café ran out of food by noon")
    SC("coppice-sarcasm-unlimited-wristband", "sarcasm-customer",
       tw("claire_t_cz", "thanks Coppice for the £7.50 'unlimited rides' wristband for the little train. train's been 'closed for a technical issue' since 11. unlimited nothing. cracking value 👏",
          when="2028-05-13T11:50:29Z"),
       expect(RP, "normal", "facilities", "indirect"), note="'thanks' meaning the opposite, brand named without a tag")
    SC("coppice-in-passing-train-broke-down", "complaint-in-passing",
       tw("jamie_r_cz", f"saturday so far: wasp in my coffee, lost my sunglasses, and the @{B} little train broke down halfway round with us on it for 40 minutes. kids thought it was an adventure at least",
          when="2028-05-13T12:15:48Z"),
       expect(RP, "normal", "facilities", "indirect"), note="the brand tagged in the middle of a list")
    SC("coppice-indirect-misspelt-verge", "complaint-indirect",
       tw("vicky_l_cz", f"paid £6 to park at Copice Zoo and the car park was so full we ended up on a verge a mile down the road. with a pushchair. @{B}",
          when="2028-05-13T12:40:05Z"),
       expect(RP, "normal", "facilities", "indirect"), note="the name misspelt, the handle at the end of a post to everyone")
    SC("coppice-abuse-car-park-muppets", "abuse-with-problem",
       tw("dave_k_cz", f"@{B} your car park staff are useless muppets. 50 minutes to get out, one barrier working, nobody directing anything. sort it out",
          when="2028-05-13T13:05:52Z"),
       expect(RP, "high", "facilities", "direct"), note="rude, but a real problem")
    SC("coppice-threat-barrier-man", "threat-urgent",
       tw("terry_b_cz", f"@{B} tell the jobsworth on the car park barrier that if he talks to my wife like that again he'll be picking his teeth up off the tarmac",
          when="2028-05-13T13:30:14Z"),
       expect(ANY, "urgent", "facilities", "direct"), note="a threat against a member of staff: only the priority is strict")
    SC("coppice-fr-fils-disparu", "safety-urgent",
       tw("julien_cz", f"Notre fils de 6 ans a disparu il y a 10 minutes près des girafes, on ne le trouve nulle part. J'ai très peur. Aidez-nous svp @{B}",
          lang="fr", when="2028-05-13T14:00:33Z"),
       expect(RP, "urgent", "safety", "indirect"), note="French: a missing six-year-old; the handle at the end")
    SC("coppice-pl-bilety-zwrot", "non-english",
       tw("ania_cz", f"@{B} Dzień dobry, mieliśmy bilety na czwartek, kiedy park był zamknięty. Czy możemy je wykorzystać w inny dzień albo dostać zwrot?",
          lang="pl", when="2028-05-13T14:30:41Z"),
       expect(RP, "normal", "tickets", "direct"), note="Polish: tickets for the closed day")
    sara = tw("sara_m_cz", "how was the zoo?? pics please 🦒", when="2028-05-13T16:00:00Z")
    SC("coppice-venting-no-chips", "third-party-venting",
       tw("holly_w_cz", "@sara_m_cz honestly? £38 each to get in, half the paths shut 'after the lynx thing' and the café had no chips left by 1. coppice needs to sort itself out",
          reply_to=sara, when="2028-05-13T16:20:17Z"),
       expect(MON, "low", "food", "third_party"), note="venting to a friend, lower case, brand not tagged: don't butt in", known_miss="round 15, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'coppice' is used as an ordinary word | topic food: 'café', 'cafe', 'cafés', 'cafes', 'chips'")
    SC("coppice-praise-feet-killing-me", "praise",
       tw("pete_c_cz", f"@{B} best day out in ages. 9 miles of walking, my feet are killing me and the kids nearly died of excitement at the penguin feeding and the keeper talk 😂 thank you!",
          when="2028-05-13T18:00:49Z"),
       expect(RP, "low", "animals", "direct"), note="'killing me' and 'nearly died' are figures of speech: praise")

    # ---- Sunday 14 May: quiet hour, praise and the other Coppices ---------------------------------
    SC("coppice-praise-quiet-hour", "praise",
       tw("sam_o_cz", f"@{B} thank you for the quiet hour this morning. first time my autistic son has made it round the whole park without his ear defenders. the staff in the aviary were so kind to him",
          when="2028-05-14T08:10:24Z"),
       expect(RP, "low", "access", "direct"))
    SC("coppice-namesake-bakehouse", "namesake",
       tw("CorrowBakes_cz", "Coppice Bakehouse sourdough straight from the wood-fired oven, still warm 🍞 the line was round the block at 8am but worth every minute",
          when="2028-05-14T08:40:00Z"),
       expect(IGN, "low", None, "none"), note="a bakery with the same name")
    SC("coppice-safety-gap-in-fence-misspelt", "safety-urgent",
       tw("pete_c_cz", f"@{B} theres a gap in the fence by the lemur walk, a little lad just squeezed thru it into the enclosure and his dads climbed in after him. no staff anywhere",
          when="2028-05-14T09:30:36Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child inside an animal enclosure through a broken fence, in lower case and misspelt")
    SC("coppice-cy-gadair-olwyn-diolch", "non-english",
       tw("ffion_cz", f"@{B} Diolch o galon i'r tîm am ein helpu gyda'r gadair olwyn heddiw. Diwrnod hyfryd i Mam! 🦒",
          lang="cy", when="2028-05-14T10:00:58Z"),
       expect(RP, "low", "access", "direct"), note="Welsh: thanks for help with the wheelchair", known_miss="round 15, not met yet: priority: want \"low\", got normal; the engine read: addressed to @CoppiceZoo | topic access: 'gadair olwyn'")
    SC("coppice-praise-knee-two-years-ago", "praise",
       tw("lisa_h_cz", f"@{B} two years ago one of your keepers at the petting barn patched up my daughter's knee when she fell off the hay bales. she's 9 now, wants to be a zookeeper, and we've just booked her keeper for a day for her birthday 💚",
          when="2028-05-14T11:00:12Z"),
       expect(RP, "low", "animals", "direct"), note="thanks; the fall was two years ago and is long over", known_miss="round 15, not met yet: priority: want \"low\", got normal; the engine read: addressed to @CoppiceZoo | topic animals: 'keeper', 'keepers', 'petting barn', 'zookeeper', 'keeper for a day'")
    SC("coppice-common-billhook-thumb", "common-word",
       tw("billhook_cz", "nearly lost a thumb at the coppice today. billhook bounced off a hazel stool. bleeding a bit but nothing a plaster won't fix. the coppice gives, the coppice takes 🪓",
          when="2028-05-14T12:00:45Z"),
       expect(IGN, "low", "safety", "none"), note="a woodworker's cut in a hazel coppice: it only sounds like an incident at the zoo")
    SC("coppice-namesake-dr-ruth-coppice", "namesake",
       tw("wendlowlib_cz", "Congratulations to Dr Ruth Coppice on her new book about the lost wolves and lynx of Britain 🐺 Launch talk here on Thursday at 7pm, free, all welcome",
          when="2028-05-14T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="a historian's surname; a lynx in the title, the week the zoo's lynx escaped")
    return brand


BRANDS["coppice-zoo"] = ("CoppiceZoo", 5778901245, build_coppice_zoo)
