# Fable Live: a made-up live-events company: a ticketing app (presales, virtual queues,
# fan-to-fan resale), two arenas (Fable Arena Corrington and Fable Arena Wexmouth) and a
# four-day summer music festival, Fable Fields, on Hallow Down near Wexmouth: entry and
# security, crowds, bars, toilets and water, campsites, accessibility platforms and carer
# tickets, shuttle buses, lost children, refunds for cancelled shows and resale. "Fable" is
# also the everyday word (a fable, "the fabled ..."), a video-game series, the Fable & Folio
# bookshop, Fable Bakery on Quay Street and a Leeds band called Fable: none of them is the
# events company.
# Written blind, from PRODUCT.md and the scenario README's conventions only: the week runs
# from an arena show on Saturday 17 July 2027 through the festival (Thursday 22 to Sunday
# 25 July) to the Tuesday after, with a cancelled arena show in June still being argued over.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, venue,
# order number, phone number, card number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_fable_live():
    global CURRENT_BRAND, CLOCK
    brand = Brand("fable-live", SCEN_DIR / "fable-live.plan.toml", "FableLive", 4312345629, 1861220000000003301)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-07-17T06:00:00Z")
    B = "FableLive"
    user(B, "Fable Live", 4312345629,
         "Fable Live 🎟️ tickets, Fable Arena Corrington & Wexmouth, and Fable Fields festival. Here 8am–midnight, "
         "24/7 on festival weekend. On site and need help now? Find a steward or the welfare tent. Fan line "
         "0808 157 0762. Never post ticket, order or card details here.",
         212_000, following=640, tweets=98_000, listed=410, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 8440100000 + _n[0] * 4129, bio, followers, **kw)

    person("kaylee_stubbs", "Kaylee Stubbs", "19. gigs > everything. Corrington.", 640)
    person("amelie_rousset", "Amélie Rousset", "Lilloise à Wexmouth. Concerts et café.", 310)
    person("ravi_t1_dnb", "Ravi Dasgupta", "Type 1 since 2009. Drum & bass. Spreadsheets.", 880)
    person("nkechi_obi_fl", "Nkechi Obi", "Nurse. Mum of Tobi (15). Tired.", 290)
    person("harvey_linden", "Harvey Linden", "Dad of three. Festival veteran. Back's not what it was.", 410)
    person("ines_caldera", "Inés Caldera", "Madrileña en Wexmouth. Mamá de Alba.", 230)
    person("ellen_pask", "Ellen Pask", "Retired librarian. Dad's carer. First festival at 56!", 160)
    person("sunny_bhogal", "Sunny Bhogal", "Wheelchair user. Bassline fiend. Wolverhampton.", 1300)
    person("tasha_kerrigan", "Tasha Kerrigan", "Bar work, bad decisions, good mates.", 520)
    person("lee_brough_81", "Lee Brough", "", 75)
    person("zara_whitlock", "Zara Whitlock", "Uni of Wexmouth. Tent queen ⛺", 430)
    person("mgordon_wx", "M Gordon", "", 40)
    person("dazza_k_1990", "Darren K", "", 110)
    person("chloe_fairhurst", "Chloe Fairhurst", "Marketing exec. Sun cream evangelist.", 760)
    person("soph_ainsworth7", "Sophie Ainsworth", "Mum of two girls. School office. Wexmouth.", 240)
    person("bram_vdberg", "Bram van den Berg", "Rotterdammer. Festivalganger. Altijd te laat.", 350)
    person("mags_tennant", "Maggie Tennant", "Daughter, carer, camper. In that order.", 190)
    person("fin_oshea", "Finn O'Shea", "Sound engineer. Ears ringing since 2011.", 1500)
    person("sean_mulqueen", "Seán Mulqueen", "Plasterer. Dad. Festival every July, no excuses.", 210)
    person("cal_mcardle", "Cal McArdle", "Student. Wexmouth. Skint.", 140)
    person("priya_chandran_", "Priya Chandran", "Pharmacist. Indie kid at heart.", 470)
    person("rob_hedley_dad", "Rob Hedley", "Dad of two under 5. Used to be fun.", 180)
    person("steph_quarmby", "Steph Quarmby", "Occupational therapist. Rain magnet.", 320)
    person("niamh_doherty_", "Niamh Doherty", "34. Derry girl in Corrington.", 690)
    person("maisie_trelawny", "Maisie Trelawny", "drama student. glitter. more glitter.", 980)
    person("owen_pickles", "Owen Pickles", "Accountant. I read the small print so you don't have to.", 260)
    person("kofi_beats", "Kofi Mensah", "DJ, producer, podcast host. Radio on Sundays. Bookings below.",
           1_300_000, following=1100, tweets=41_000, listed=5200, verified=True)
    person("carys_gigs", "Carys Bell", "Music journalist. 20 years of festival mud. Reviews, interviews, rants.",
           480_000, following=2100, tweets=63_000, listed=3900, verified=True)
    person("leah_pomfret", "Leah Pomfret", "Nursery nurse. Three best mates, one festival.", 150)
    person("tomasz_nowak_w", "Tomasz Nowak", "Chef. Wexmouth via Gdańsk.", 230)
    person("jess_pemberton", "Jess Pemberton", "Mum of Arlo (2). Still going to festivals, fight me.", 370)
    person("kit_armitage", "Kit Armitage", "Wheelchair user, they/them. Guitar, cats, access reviews.", 2100)
    person("dom_felton", "Dom Felton", "Dad. Teacher. Lover of a fireworks finale.", 300)
    person("gracie_m_wilde", "Gracie Wilde", "Disabled gig addict. Writes access reviews at gracieongigs.", 8600)
    person("ash_tremlett", "Ash Tremlett", "Carpenter. Cider. Cornwall.", 190)
    person("alfie_royce", "Alfie Royce", "Kindred Sun superfan. Wexmouth.", 260)
    person("hannah_kell", "Hannah Kell", "Wheelchair user. Vet nurse. My PA is my best mate.", 540)
    person("gemma_rix", "Gemma Rix", "HR. Mum. Doesn't check bank statements enough.", 210)
    person("barry_skidmore", "Barry Skidmore", "Retired postman. Bought tickets for the grandkids.", 95)
    person("marcus_ojo", "Marcus Ojo", "Big brother. Sign language learner. Arsenal.", 410)
    person("yvonne_harcourt", "Yvonne Harcourt", "Paralegal. Reads contracts for fun.", 330)
    person("liam_dunphy", "Liam Dunphy", "Filmmaker. Phone always out.", 1700)
    person("craig_bellew", "Craig Bellew", "Scaffolder. Loud.", 120)
    person("shaz_millward", "Sharon Millward", "Nana at 44. Still raving.", 380)
    person("FableLive_Help", "Fable Live Support ✅", "Official Fable Live refunds & tickets help 24/7 🎟️ DM for fast refunds",
           27, following=4300)
    person("GigGiveawaysUK", "Gig Giveaways UK 🎉", "Free tickets every day! Follow + RT to win 🎁", 6100, following=4900)
    person("FieldsTixDeals", "FIELDS TIX CHEAP", "best prices!!!", 12, following=4700)
    person("wexmouth_echo", "Wexmouth Echo", "News from Wexmouth and the Down since 1881.", 52_000,
           following=800, verified=True)
    person("musicbiz_wire", "Music Biz Wire", "News for the live music industry.", 91_000, following=1500, verified=True)
    person("gamer_rhys_x", "Rhys", "RPGs, roguelikes and too much coffee.", 2400)
    person("leeds_gig_guide", "Leeds Gig Guide", "Small venues, big nights. Leeds.", 14_000)
    person("tilly_reads", "Tilly Okafor", "Children's librarian. Picture books are serious literature.", 900)
    person("nat_wexmouth", "Nat Ferris", "New to Wexmouth. Looking for carbs.", 80)
    person("sourdough_sal", "Sal Brennan", "Bread, bikes and Wexmouth.", 310)
    person("mr_hale_y5", "Mr Hale", "Year 5 teacher. Tweets my own.", 1200)
    person("festi_fran", "Fran Lister", "Festival every weekend May to September. No regrets.", 3300)
    person("bekah_lowther", "Bekah Lowther", "Pub quiz champion 2025 (disputed).", 260)
    person("ollie_hartigan", "Ollie Hartigan", "Roofer. Crown regular.", 140)
    person("punny_pete_wx", "Pete Warburton", "Dad jokes, mostly.", 90)
    person("gav_tolley", "Gav Tolley", "Ten pints of opinions.", 170)
    person("kirsty_daws", "Kirsty Daws", "Nail tech. Nosey.", 350)
    person("megan_thorley", "Megan Thorley", "Just back from a field. Send paracetamol.", 420)
    person("sasha_lund", "Sasha Lund", "Teaching assistant. Kindred Sun fan club.", 200)
    person("dee_marr", "Dee Marr", "Carer. Concerts are my therapy.", 160)
    person("ade_lomax", "Ade Lomax", "Wheelchair user. Thinking about my first festival.", 310)
    person("ruth_abara", "Ruth Abara", "Been to 23 festivals on wheels. Ask me anything.", 1900)
    person("lottie_brack", "Lottie Brackley", "Sunday ticket holder. Nervous.", 130)
    person("pete_anstey", "Pete Anstey", "Bus driver. Calm in a crisis.", 220)
    person("felix_brandauer", "Felix Brandauer", "Aus Graz, lebt in Corrington. Rollstuhlfahrer. Musik.", 280)
    person("giulia_marchi_", "Giulia Marchi", "Bolognese a Corrington. Musica live sempre.", 340)
    person("lucas_ferraz_pt", "Lucas Ferraz", "Portuense em Wexmouth. Festivais e bifanas.", 410)
    person("bea_sampaio", "Beatriz Sampaio", "Lisboa ✈️ Wexmouth. Música e mar.", 620)
    person("gigbuddy_sam", "Sam Orme", "", 55)
    person("echo_reader_jo", "Jo Pryor", "Wexmouth born.", 70)
    person("dawn_ferriday", "Dawn Ferriday", "Mum of Ella (16). Worrier in chief.", 150)
    person("ty_okafor_wx", "Ty Okafor", "Economics student. Everything's a market.", 480)
    person("zoe_pentest", "Zoe Brandt", "Appsec. I break forms for a living.", 3100)

    # ---- Saturday 17 July: Kindred Sun tour, Fable Arena Corrington and Wexmouth -----------------
    SC("fab-arena-crush-front-barrier", "safety-urgent",
       tw("kaylee_stubbs", f"@{B} standing pit at Fable Arena Corrington RIGHT NOW it's a crush at the front barrier, they're pulling people out over it and a girl next to me fainted and nobody can get to her. security at the front can't see. PLEASE tell someone to stop the show",
          when="2027-07-17T20:52:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="a crowd crush with someone down, happening now")
    SC("fab-fr-crush-fire-exit-wexmouth", "non-english",
       tw("amelie_rousset", f"@{B} Au concert ce soir à la Fable Arena de Wexmouth : énorme bousculade à la sortie, les portes de secours côté bar sont fermées à clé et les gens tombent dans l'escalier. C'est vraiment dangereux, quelqu'un va être écrasé.",
          lang="fr", when="2027-07-17T22:41:37Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="French: a crush on the stairs with the fire exits locked, happening now")
    SC("fab-threat-ginger-barman", "threat-urgent",
       tw("lee_brough_81", "Fable Live bar staff at the Corrington arena refused to serve me because I'd 'had enough'. £7.80 a pint and they get to decide that? the ginger lad on bar 3 knows what he did. I'll be at the staff exit after the show, let's see how brave he is without a counter between us",
          when="2027-07-17T21:30:05Z"),
       expect(ANY, "urgent", "bars", "indirect"),
       note="a threat to wait for and hurt a named barman, with a complaint: only the priority is strict")
    kofi = tw("kofi_beats", f"Watched @{B} staff at Fable Arena Corrington turn away a lad in a wheelchair because his carer ticket was on his mum's account. He'd saved for months. Accessible means the whole way in. Sort it.",
              when="2027-07-17T23:10:45Z",
              metrics={"retweet_count": 5200, "reply_count": 1400, "like_count": 38000, "quote_count": 610})
    SC("fab-big-reach-carer-ticket-turned-away", "big-reach", kofi, expect(RP, "high", "access", "indirect"),
       note="1.3m followers; the handle in the middle of a post to everyone",
       known_miss="round 10, not met yet: priority: want \"high\", got urgent; the engine read: tags @FableLive in a post to everyone | complaint (0.51) | a person at risk: urgent | topic access: 'wheelchair', 'wheelchairs', 'carer ticket', 'carer', 'carers', 'accessible'")
    SC("fab-repost-kofi-carer-ticket", "repost", tw("gigbuddy_sam", "", retweet=kofi, when="2027-07-17T23:31:08Z"),
       expect(IGN, "low", "access", "indirect"))
    SC("fab-legal-bouncers-shoulder", "legal-threat-not-urgent",
       tw("liam_dunphy", "Fable Live's security dislocated my shoulder ejecting me from Fable Arena Corrington on Saturday because I was 'filming'. Two bouncers, arm up my back, face first into the doors. I've got the video, my GP's notes and a solicitor now. See you in court.",
          when="2027-07-19T09:14:40Z"),
       expect(RP, "high", "entry", "indirect"),
       note="the injury was two days ago and has been seen to: a legal threat about security staff, high, not urgent")

    # ---- Monday 19 and Tuesday 20 July: before the festival --------------------------------------
    insulin = tw("ravi_t1_dnb", f"@{B} hi, I'm type 1 diabetic and coming to Fable Fields on Thursday. can I bring my insulin pens, needles and a cool bag through the bag search? and is there a fridge on site for spare insulin, it can't go above 30 degrees. thanks!",
                 when="2027-07-19T10:02:51Z")
    SC("fab-medical-insulin-calm-question", "medical-urgent", insulin, expect(RP, "urgent", "safety", "direct"),
       note="a calm question, days ahead, but about a life-sustaining medicine: a medical need")
    tw(B, "@ravi_t1_dnb Hi Ravi, yes: bring your pens, needles and cool bag and show them at the bag search with your prescription or a GP letter. The Medical Centre by the Blue gate has a fridge and will keep your spare insulin day and night.",
       reply_to=insulin, when="2027-07-19T10:19:12Z")
    SC("fab-medical-strobe-epilepsy", "medical-urgent",
       tw("soph_ainsworth7", f"@{B} does the Kindred Sun show at Fable Arena Wexmouth on 30 July use strobe lighting? my daughter (13) has photosensitive epilepsy and it's her first ever concert. if it does we'll need to sit well back from the stage, or not come at all",
          when="2027-07-19T11:40:27Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a calm question about a seizure risk for a child: a medical need, even eleven days ahead")
    SC("fab-question-ticket-transfer", "question",
       tw("leah_pomfret", f"@{B} is there a limit on how many tickets I can transfer to friends in the app? trying to send 3 to my mates and it keeps saying 'not eligible'",
          when="2027-07-19T12:15:09Z"),
       expect(RP, "normal", "tickets", "direct"))
    SC("fab-question-last-shuttle", "question",
       tw("tomasz_nowak_w", f"@{B} do the shuttle buses from Wexmouth station still run after the headliner on Sunday? last train home is 23:40 and I don't want to be stuck",
          when="2027-07-19T13:02:44Z"),
       expect(RP, "normal", "travel", "direct"))
    SC("fab-de-wheelchair-platform-carer", "non-english",
       tw("felix_brandauer", f"@{B} Hallo! Ich bin Rollstuhlfahrer und komme mit meiner Begleitperson zu Fable Fields. Gibt es an der Hauptbühne eine Rollstuhlplattform, und bekommt meine Begleitperson ein kostenloses Ticket? Danke!",
          lang="de", when="2027-07-19T14:20:33Z"),
       expect(RP, "normal", "access", "direct"), note="German: a question about a wheelchair platform and a carer's ticket")
    SC("fab-pt-question-qr-transfer", "non-english",
       tw("lucas_ferraz_pt", f"@{B} Olá! Comprei dois bilhetes para a Fable Fields mas a aplicação não mostra o código QR do segundo. Como posso transferir o bilhete para a minha namorada?",
          lang="pt", when="2027-07-19T15:05:58Z"),
       expect(RP, "normal", "tickets", "direct"), note="Portuguese: a ticket app question")
    SC("fab-it-refund-cancelled-june", "non-english",
       tw("giulia_marchi_", f"@{B} buongiorno, il concerto dei Kindred Sun del 12 giugno alla Fable Arena di Corrington è stato annullato due ore prima. Sono passate cinque settimane e il rimborso non è ancora arrivato. Quando lo riceverò?",
          lang="it", when="2027-07-19T16:31:20Z"),
       expect(RP, "normal", "refunds", "direct"), note="Italian: a refund for a cancelled show, five weeks on")
    SC("fab-html-img-onerror-ticket-app", "html-entities",
       tw("zoe_pentest", f"@{B} &lt;img src=x onerror=alert(document.cookie)&gt;&lt;/div&gt; that's roughly what your ticket app shows me instead of my tickets. two days now. Friday is the day I actually need them",
          when="2027-07-19T17:48:02Z"),
       expect(RP, "normal", "tickets", "direct"), note="hostile HTML around a real complaint; it arrives escaped")
    SC("fab-html-spam-free-tickets-link", "html-entities",
       tw("FieldsTixDeals", "&lt;a href=\"//fields-tix.example/claim\"&gt;FREE Fable Fields tickets&lt;/a&gt; &lt;script&gt;steal()&lt;/script&gt; cheapest on the net!!! DM for PayPal F&amp;F 🎟️",
          when="2027-07-19T18:30:00Z"),
       expect(IGN, "low", "tickets", "indirect"), note="spam with a link and a script tag; 'tickets' is a keyword")

    # A cancelled arena show in June, and the customers still waiting for their money.
    june_q = tw("alfie_royce", f"@{B} the Kindred Sun show at Corrington on 12 June was cancelled two hours before doors. how do I get my refund?",
                when="2027-06-12T19:05:00Z")
    june_brand = tw(B, "@alfie_royce Hi Alfie, I'm so sorry about tonight. Refunds for the 12 June show go back automatically to the card you paid with within 5 working days. You don't need to do anything.",
                    reply_to=june_q, when="2027-06-12T19:31:00Z")
    SC("fab-repeat-refund-five-days", "repeat-contact",
       tw("alfie_royce", "5 working days, you said. it's been 5 weeks. still no refund on my card and the email address on your site bounces. what now?",
          reply_to=june_brand, when="2027-07-20T08:12:41Z"),
       expect(RP, "high", "refunds", "direct"),
       note="back in the brand's thread without @: the promised refund never came")
    SC("fab-legal-consumer-rights", "legal-threat-not-urgent",
       tw("yvonne_harcourt", f"@{B} you cancelled the 12 June show at Fable Arena Corrington and six weeks later I still haven't had my £182 back. Under the Consumer Rights Act that refund is owed. Small claims papers go in on Monday and Trading Standards have my complaint.",
          when="2027-07-20T09:03:16Z"),
       expect(RP, "high", "refunds", "direct"), note="court and regulator: a strong complaint, not urgent")
    hold = tw("barry_skidmore", f"@{B} rang 0808 157 0762 this morning about the refund for the cancelled June show. 40 minutes on hold then it cut me off. is the line actually staffed?",
              when="2027-07-20T09:40:52Z")
    SC("fab-hotline-on-hold-refund", "public-hotline-number", hold,
       expect(RP, "normal", "refunds", "direct"), strict=False,
       note="the brand's own fan line number is not a private detail")
    SC("fab-spam-fake-support-refund", "spam",
       tw("FableLive_Help", "@barry_skidmore Hi Barry! Fable Live refunds team here 🎟️ we can push your refund through today. DM us your order number and the long card number for verification ✅",
          reply_to=hold, when="2027-07-20T09:47:10Z"),
       expect(IGN, "low", "refunds", "third_party"),
       note="a fake support account fishing for card details under a real customer's post")
    SC("fab-private-card-charged-twice", "private-details",
       tw("gemma_rix", f"@{B} I've been charged twice for my Fable Fields weekend pass, £289 x2, card 5555 5555 5555 4444, order FL-2027-884213. I need the second one refunded today, ring me on 07700 900482",
          when="2027-07-20T10:25:37Z"),
       expect(RV, "normal", "refunds", "direct"), note="a card number, an order number and a mobile number in public")
    SC("fab-private-address-wristbands", "private-details",
       tw("cal_mcardle", f"@{B} my wristbands never came. they were meant to go to 14 Tannery Row, Wexmouth WX3 7PL. my email's cal.mcardle@mailbox.example if you need it. can you resend before Thursday?",
          when="2027-07-20T11:14:06Z"),
       expect(RV, "normal", "entry", "direct"), note="a home address and an email address in public")
    SC("fab-repeat-pa-ticket-third-time", "repeat-contact",
       tw("hannah_kell", f"@{B} third time asking. I'm a wheelchair user and my carer's PA ticket still isn't on my account, and the festival is in 2 days. emailed twice, rang your access line and waited 55 mins. I can't go without her",
          when="2027-07-20T12:02:48Z"),
       expect(RP, "high", "access", "direct"), note="the third contact about the same missing carer ticket, two days before")
    resale_post = tw(B, "Can't make it to Fable Fields? Our fan-to-fan resale in the app is the only safe way to buy and sell tickets: always at face value, never more 🎟️ Don't get scammed by touts.",
                     when="2027-07-20T13:00:00Z")
    SC("fab-quote-resale-face-value-fee", "quote",
       tw("ty_okafor_wx", "'always at face value' plus a £14 resale fee on top, mind. funny how that works", quote=resale_post,
          when="2027-07-20T13:26:19Z"),
       expect(RP, "normal", "refunds", "indirect"), strict=False,
       note="sarcasm quoting the brand's post without tagging it; resale is the refunds and resale team's, though "
            "the fee is a ticketing question too")
    SC("fab-indirect-resale-cancelled-seller", "complaint-indirect",
       tw("priya_chandran_", "Paid £128 on Fable Live's official resale for two seats at the Kindred Sun Wexmouth show, the sale got 'cancelled by the seller' the next day and still no refund 9 days later. the 'safe' way to buy apparently",
          when="2027-07-20T14:44:30Z"),
       expect(RP, "normal", "refunds", "indirect"), note="names the brand without tagging it, about her own money")
    SC("fab-sarcasm-service-fee", "sarcasm-customer",
       tw("owen_pickles", "love that Fable Live charge a £9.50 'service fee' per ticket plus a £3 'order processing fee' for the privilege of emailing me a QR code. such value 👏",
          when="2027-07-20T15:20:11Z"),
       expect(RP, "normal", "tickets", "indirect"))
    access_post = tw(B, "Access at Fable Fields ♿ viewing platforms at every main stage, accessible camping with power hook-ups, trackway across the site and a free PA ticket for anyone who needs one. Questions? Ask us here.",
                     when="2027-07-20T16:00:00Z")
    SC("fab-q-reply-platform-first-come", "question-in-reply-to-brand",
       tw("kit_armitage", f"@{B} is the viewing platform at the main stage first come first served, or do I need to register my wheelchair in advance? my PA is coming Friday only",
          reply_to=access_post, when="2027-07-20T16:22:45Z"),
       expect(RP, "normal", "access", "direct"))
    SC("fab-in-passing-virtual-queue-birthday", "complaint-in-passing",
       tw("niamh_doherty_", f"birthday recap: cake collapsed, the babysitter let us down last minute, and then @{B} had us in the virtual queue for 3 hours for Sunday day tickets and they sold out while we were number 2,041. 34 today and I feel 90",
          when="2027-07-20T19:12:55Z"),
       expect(RP, "normal", "tickets", "indirect"), note="the brand tagged in the middle of a bad day",
       known_miss="round 10, not met yet: priority: want \"normal\", got urgent; the engine read: tags @FableLive in a post to everyone | complaint (0.90) | a danger to health or safety: urgent | topic tickets: 'virtual queue', 'day ticket', 'ticket', 'tickets', 'sold out'")
    gates = tw(B, "Fable Fields 2027 🎪 Campsites open Thursday 10:00, arena gates 12:00. Have your tickets ready in the Fable Live app (screenshot the QR code in case there's no signal) and check the map for your nearest gate.",
               when="2027-07-21T08:00:00Z")
    SC("fab-brand-own-gates-open", "brand-own-post", gates, expect(IGN, "low", ANY, "none"),
       note="the brand's own announcement; it names tickets, gates and campsites, so any topic")
    SC("fab-q-reply-family-campsite", "question-in-reply-to-brand",
       tw("jess_pemberton", "does the family campsite open at 10 too? we've got a 2 year old and want to grab a pitch in the shade before it goes",
          reply_to=gates, when="2027-07-21T08:31:29Z"),
       expect(RP, "normal", "camping", "direct"), note="a question in reply to the brand's post, no @")
    wb = tw("sean_mulqueen", f"@{B} our wristbands still haven't come and we drive up first thing tomorrow. what do we do?",
            when="2027-07-21T09:05:12Z")
    wb_brand = tw(B, "@sean_mulqueen Hi Seán, sorry about that. Go to the box office at the Blue gate with photo ID and your order email and they'll print new wristbands there and then. I've put a note on your order so they're expecting you.",
                  reply_to=wb, when="2027-07-21T09:21:40Z")
    SC("fab-brand-reply-wristbands", "brand-own-post", wb_brand, expect(IGN, "low", "entry", "none"))
    SC("fab-thread-photo-id-question", "thread-with-brand",
       tw("sean_mulqueen", "does it have to be photo ID? my passport's expired and the only other thing I've got is my bank card",
          reply_to=wb_brand, when="2027-07-21T09:40:03Z"),
       expect(RP, "normal", "entry", "direct"), note="a follow-up question in the brand's thread without @",
       known_miss="round 10, not met yet: priority: want \"normal\", got high; the engine read: replies to @FableLive: the customer is talking to the brand | a question | repeat contact | topic entry: 'photo id'")
    SC("fab-threat-ex-main-stage", "threat-urgent",
       tw("dazza_k_1990", "my ex is going to Fable Fields on Saturday with her new fella. she thinks I don't know. I'll find them at the main stage and he won't be walking back to the car",
          when="2027-07-21T23:48:16Z"),
       expect(ANY, "urgent", ANY, "indirect"),
       note="a veiled threat against another festival-goer: urgent for event control and security, whatever the "
            "reply; no topic keyword, though a lead would route it to event control")

    # ---- Thursday 22 July: Fable Fields opens -----------------------------------------------------
    SC("fab-complaint-entry-two-lanes", "complaint-direct",
       tw("sean_mulqueen", f"@{B} 1 hour 50 in the entry line at the Blue gate with two bag search lanes open out of twelve. missed the whole of Corran's set. what's the point of paying for early entry?",
          when="2027-07-22T15:10:22Z"),
       expect(RP, "normal", "entry", "direct"))
    SC("fab-epipen-binned-at-gate", "medical-urgent",
       tw("nkechi_obi_fl", f"@{B} security at the Blue gate binned my daughter's EpiPen, 'no medication without a doctor's letter'. she's 15, severe nut allergy, had anaphylaxis twice, and she's inside with her friends now. I'm stuck outside without a ticket. get it back to her NOW",
          when="2027-07-22T16:24:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="a child inside the festival without her adrenaline pen")
    fam_camp = tw("rob_hedley_dad", "Fable Fields family camping is a joke. pitched up at 2pm, by 6 there were lads with a sound system three metres from our tent and the 'quiet camping' team were nowhere. two kids under 5, zero sleep.",
                  when="2027-07-22T23:35:17Z")
    SC("fab-indirect-family-camping-noise", "complaint-indirect", fam_camp,
       expect(RP, "normal", "camping", "indirect"))
    SC("fab-threat-knife-campsite", "threat-urgent",
       tw("zara_whitlock", f"@{B} the group next to us in Orange field have been screaming all night and one of them is threatening to slash our tent and 'do' my boyfriend if we go to security again. he's got a knife on his belt. it's 3am, there's three of us and it's not safe. please send someone",
          when="2027-07-23T02:04:38Z"),
       expect(RP, "urgent", "safety", "direct"), note="a threat with a knife against campers, right now")

    # ---- Friday 23 July ---------------------------------------------------------------------------
    SC("fab-heat-water-points-dry", "safety-urgent",
       tw("fin_oshea", f"@{B} the free water points in the main stage field have been dry since noon. it's 31 degrees and the bars want £3.50 a bottle. I've watched three people get carried to the medical tent in the last hour. turn the taps back on",
          when="2027-07-23T14:18:06Z"),
       expect(RP, "urgent", "facilities", "direct"),
       note="no drinking water in a heatwave with people already collapsing: a safety risk; the fix is the water "
            "points, so the facilities team's topic")
    SC("fab-heatstroke-dad-81", "medical-urgent",
       tw("ellen_pask", f"@{B} my dad is 81 and we're at Fable Fields. he's gone grey, he's confused and he's stopped sweating, I think it's heatstroke. the line at the medical tent by the main stage is 40 long and he can't stand in it. can someone come to us? we're by the big oak near the tea tent",
          when="2027-07-23T15:02:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="an elderly man with signs of heatstroke, politely asked")
    SC("fab-rant-ends-lips-blue", "medical-urgent",
       tw("chloe_fairhurst", f"@{B} 2 hours to get in, they took my sun cream, £8 for a burger raw in the middle, no loo roll by 2pm, and now my boyfriend's been throwing up for an hour, his lips are going blue and he's not making sense. where's the nearest medical tent?? we're behind the Meadow stage",
          when="2027-07-23T16:40:19Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="the emergency is buried at the end of a rant about entry, food and toilets")
    SC("fab-nl-fainted-campsite-entrance", "medical-urgent",
       tw("bram_vdberg", f"@{B} mijn vriendin is flauwgevallen in de rij bij de ingang van de camping en reageert bijna niet. Er is nergens EHBO te zien. Moeten we een ambulance bellen?? Waar moeten we heen?",
          lang="nl", when="2027-07-23T17:12:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a woman who fainted and barely responds, no first aid in sight")
    bar_q = tw("ash_tremlett", f"@{B} the Woodland bar charged my cashless wristband twice for one round and the staff said they 'can't do refunds'. £31.60 x2",
               when="2027-07-23T21:48:10Z")
    bar_brand = tw(B, "@ash_tremlett Sorry Ash, that shouldn't happen. Roughly what time was it, and was it the bar by the big screen or the one by the Woodland stage? I'll get the bar team to check the till and put the double charge back on your wristband.",
                   reply_to=bar_q, when="2027-07-23T22:05:31Z")
    SC("fab-thread-which-bar-answer", "thread-with-brand",
       tw("ash_tremlett", "the bar by the big screen, about 9:40. it was 4 pints, £31.60 went out twice",
          reply_to=bar_brand, when="2027-07-23T22:19:57Z"),
       expect(RP, "normal", "bars", "direct"), note="answers the brand's question without @; the problem is still open")
    SC("fab-spiked-drink-welfare-shut", "safety-urgent",
       tw("tasha_kerrigan", f"@{B} my mate's drink got spiked at the Woodland bar, she's been sick twice and keeps passing out. the welfare tent by the Pink campsite is shut?? who do we go to at 1am",
          when="2027-07-24T00:06:25Z"),
       expect(RP, "urgent", "safety", "direct"), note="a spiked drink, a woman passing out, and welfare closed")
    SC("fab-abuse-cashless-muppets", "abuse-with-problem",
       tw("shaz_millward", f"@{B} f***ing useless. your cashless system took £46 off my top-up twice and the top-up tent just says 'email us'. it's Friday night, I can't buy a drink and my card's maxed. sort it out you muppets",
          when="2027-07-24T00:40:51Z"),
       expect(RP, "high", "bars", "direct"), note="rude, with money lost and no way to buy a drink")

    # ---- Saturday 24 July ---------------------------------------------------------------------------
    mud = tw("maisie_trelawny", f"@{B} thanks for the free mud bath experience in the Yellow campsite, didn't realise 'pitch' meant 'pond'. tent's floating. 10/10 would swim again 🛶",
             when="2027-07-24T07:55:42Z")
    SC("fab-sarcasm-pitch-pond", "sarcasm-customer", mud, expect(RP, "normal", "camping", "direct"))
    SC("fab-joke-fable-wetlands", "joke-bystander",
       tw("punny_pete_wx", "@maisie_trelawny Fable Fields? Fable Wetlands more like 🦆 bring a lilo next year",
          reply_to=mud, when="2027-07-24T08:20:03Z"),
       expect(IGN, "low", None, "third_party"), note="a pun by a bystander in someone else's thread")
    SC("fab-complaint-toilets-overflowing", "complaint-direct",
       tw("craig_bellew", f"@{B} the toilets in the Orange campsite haven't been emptied since Thursday. they're overflowing onto the grass and the hand wash taps ran dry this morning. it's Saturday. thousands of people share those",
          when="2027-07-24T09:12:26Z"),
       expect(RP, "normal", "facilities", "direct"))
    SC("fab-abuse-showers-scam-artists", "abuse-with-problem",
       tw("craig_bellew", f"@{B} you absolute clowns. the showers in Green have been cold since Friday and the 'hot' ones are a 2 hour wait. 4 days of mud and you want £12 for a 'luxury shower pass'. scam artists, the lot of you",
          when="2027-07-24T10:30:48Z"),
       expect(RP, "high", "facilities", "direct"), note="insults, with a real problem that has gone on for days")
    SC("fab-in-passing-shuttle-never-came", "complaint-in-passing",
       tw("steph_quarmby", f"what a weekend already: train from Reading cancelled, phone screen smashed on the platform, and @{B}'s shuttle bus from Wexmouth station never showed so we walked 4 miles in the rain with the tent. at least the rain was free",
          when="2027-07-24T11:04:17Z"),
       expect(RP, "normal", "travel", "indirect"), note="the brand tagged in the middle of a bad trip")
    SC("fab-big-reach-headliner-pulled", "big-reach",
       tw("carys_gigs", f"Fable Fields pulled tonight's headliner two hours before stage time and told 60,000 people with a push notification. No refund, no explanation, nothing on the screens. @{B}, your fans deserve better than that.",
          when="2027-07-24T19:22:08Z",
          metrics={"retweet_count": 1900, "reply_count": 640, "like_count": 12800, "quote_count": 210}),
       expect(RP, "high", "refunds", "indirect"), note="480k followers; the handle tagged at the end of a post to everyone")
    SC("fab-evacuation-platform-lift-dead", "safety-urgent",
       tw("sunny_bhogal", f"@{B} main stage evacuated for lightning and the lift on the platform has died. six of us in wheelchairs are trapped up here, everyone else has gone and we can't get down the steps. it's not safe, please send someone NOW",
          when="2027-07-24T20:35:50Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="disabled people stranded on a platform during a lightning evacuation: event control first")
    SC("fab-lost-son-fireworks", "safety-urgent",
       tw("harvey_linden", f"@{B} please help, my son is missing. he's 7, blue Spider-Man t-shirt, called Noah. we lost him in the crowd by the main stage at the fireworks about 10 mins ago. where do lost children get taken?? nobody here has a clue",
          when="2027-07-24T22:41:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="a missing seven-year-old at night")
    SC("fab-es-lost-daughter-main-stage", "non-english",
       tw("ines_caldera", f"@{B} ¡Por favor! He perdido a mi hija de 5 años cerca del escenario principal de Fable Fields. Lleva un vestido amarillo y se llama Alba. Nadie aquí habla español. ¿Dónde está el punto de niños perdidos?",
          lang="es", when="2027-07-24T22:58:39Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a lost five-year-old at night")
    SC("fab-private-copd-nebuliser-hookup", "private-details",
       tw("mags_tennant", f"@{B} my dad's 74 with COPD and needs his nebuliser overnight. the power hook-up on our pitch in accessible camping has been dead since 6pm. booking FL-ACC-31187, my mobile is 07700 900561, please ring me, he's already struggling to breathe",
          when="2027-07-24T23:20:15Z"),
       expect(RV, "urgent", ANY, "direct"),
       note="a man struggling to breathe, with a booking number and a mobile in public: private and urgent; "
            "event control, the access team and camping could all own the fix, so any topic")

    # ---- Sunday 25 July ------------------------------------------------------------------------------
    SC("fab-praise-priya-found-son", "praise",
       tw("dom_felton", f"@{B} huge thanks to Priya in the hi-vis at the Meadow stage, who found my 9 year old in under ten minutes when I lost my son in the fireworks crowd last night. calm, kind, brilliant. we're all fine 💛",
          when="2027-07-25T09:14:02Z"),
       expect(RP, "low", "safety", "direct"),
       note="a lost child, but found last night and everyone is fine: thanks, not an emergency")
    SC("fab-praise-access-best-festival", "praise",
       tw("gracie_m_wilde", "Huge shout out to the access team at Fable Fields. trackway to every stage, a viewing platform with actual shade, and my carer got in free with no faff. best festival I've been to as a disabled person ♿💜",
          when="2027-07-25T11:30:24Z"),
       expect(RP, "low", "access", "indirect"))
    SC("fab-hotline-praise-access-line", "public-hotline-number",
       tw("marcus_ojo", "Fable Live's access line 0808 157 0762 sorted my deaf brother a BSL interpreter and a spot on the viewing platform in one call. ten minutes, no forms. never had that from a ticket company",
          when="2027-07-25T12:05:51Z"),
       expect(RP, "low", "access", "indirect"), strict=False,
       note="praise quoting the brand's own number: not a private detail")
    SC("fab-threat-veiled-office", "threat-urgent",
       tw("mgordon_wx", f"@{B} you've cancelled Kindred Sun on us twice now. I know where your Wexmouth office is and what time your staff finish. maybe I'll come and explain how it felt in person. see you Monday.",
          when="2027-07-25T13:40:17Z"),
       expect(ANY, "urgent", "refunds", "direct"),
       note="a veiled threat against staff with a complaint about cancellations: only the priority is strict")
    SC("fab-spam-giveaway-vip", "spam",
       tw("GigGiveawaysUK", "🎉 GIVEAWAY 🎉 win 2 VIP passes to Fable Fields + £500 spending money! follow, like, RT and click to enter before midnight 👉 {url:https://gig-giveaways-uk.example/fable-vip}",
          when="2027-07-25T14:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="a fake giveaway using the brand's name")
    back = tw("kirsty_daws", "@megan_thorley you're back!! how was it? want ALL the gossip", when="2027-07-26T08:10:00Z")
    SC("fab-venting-toilets-crime-scene", "third-party-venting",
       tw("megan_thorley", "@kirsty_daws music was unreal. but Fable's toilets by Sunday were a crime scene, no loo roll anywhere and the taps at the water points were dry. never again x",
          reply_to=back, when="2027-07-26T08:34:26Z"),
       expect(MON, "low", "facilities", "third_party"), note="venting to a friend, brand not tagged: don't butt in")

    # ---- Monday 26 and Tuesday 27 July: after the festival -------------------------------------------
    safest = tw(B, "Fable Fields 2027: our biggest and safest yet. 65,000 of you, four days, zero serious incidents 💛 Thank you for looking out for each other. See you next July.",
                when="2027-07-26T09:00:00Z")
    SC("fab-quote-safest-yet-barrier", "quote",
       tw("dawn_ferriday", "'safest yet' 🙃 my daughter was crushed against the front barrier on Saturday night and nobody came for 20 minutes. she's home and bruised, no thanks to you.",
          quote=safest, when="2027-07-26T09:41:55Z"),
       expect(RP, "normal", "safety", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a crush that is over and a daughter who is home: a strong "
            "complaint, though a lead could make it high")
    june_vent_q = tw("sasha_lund", "@dee_marr did you ever get your money back for that June gig?", when="2027-07-26T10:00:00Z")
    june_vent = tw("dee_marr", "@sasha_lund nope. Fable Live cancelled it six weeks ago and the refund still hasn't come. I've stopped being polite",
                   reply_to=june_vent_q, when="2027-07-26T10:14:32Z")
    SC("fab-venting-june-refund", "third-party-venting", june_vent,
       expect(MON, "low", "refunds", "third_party"), note="venting to a friend, brand not tagged")
    SC("fab-joke-refund-tortoise-fable", "joke-bystander",
       tw("gav_tolley", "@dee_marr @sasha_lund a Fable Live refund is the only fable where the tortoise never finishes the race 🐢",
          reply_to=june_vent, when="2027-07-26T10:31:18Z"),
       expect(IGN, "low", "refunds", "third_party"), note="a bystander's pun in someone else's conversation",
       known_miss="round 10, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic refunds: 'refund', 'refunds'")
    wheels_q = tw("ade_lomax", "anyone been to Fable Fields in a wheelchair? worth it, or will I spend 4 days stuck in mud?",
                  when="2027-07-26T11:00:00Z")
    SC("fab-chatter-wheelchair-advice", "third-party-chatter",
       tw("ruth_abara", "@ade_lomax went this year! Fable do accessible viewing platforms at every main stage and the trackway held up even in the rain. book accessible camping early, it fills up",
          reply_to=wheels_q, when="2027-07-26T11:22:41Z"),
       expect(MON, "low", "access", "third_party"), note="a stranger's advice in someone else's thread")
    nervous = tw("lottie_brack", "if Fable cancel the Sunday of the arena tour like they did the June show I will actually scream",
                 when="2027-07-26T12:00:00Z")
    SC("fab-chatter-refund-reassurance", "third-party-chatter",
       tw("pete_anstey", "@lottie_brack Fable refunded us within 10 days when the Corrington one got cancelled, full amount. you'll be fine x",
          reply_to=nervous, when="2027-07-26T12:18:05Z"),
       expect(MON, "low", "refunds", "third_party"), note="reassurance in someone else's thread")
    sellout = tw("wexmouth_echo", "Fable Fields 2028 weekend tickets sold out in 41 minutes this morning, with 180,000 people in the virtual queue {url:https://wexmouth-echo.example/news/fable-fields-sellout}",
                 when="2027-07-27T10:30:00Z")
    SC("fab-news-2028-sellout", "news-monitor", sellout, expect(MON, "low", "tickets", "indirect"))
    SC("fab-repost-news-sellout", "repost", tw("echo_reader_jo", "", retweet=sellout, when="2027-07-27T10:52:14Z"),
       expect(IGN, "low", "tickets", "indirect"))
    SC("fab-news-council-crowd-safety", "news-monitor",
       tw("musicbiz_wire", "Fable Live to face questions from Wexmouth council over crowd safety after a crush at Fable Arena Corrington on 17 July left four fans injured {url:https://musicbizwire.example/fable-live-council}",
          when="2027-07-27T11:15:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news about a past safety incident: monitor, not urgent")
    SC("fab-pt-chatter-lineup", "chatter-monitor",
       tw("bea_sampaio", "O cartaz da Fable Fields este ano foi incrível. Já estou a contar os dias para o próximo verão 🎶☀️",
          lang="pt", when="2027-07-27T12:02:36Z"),
       expect(MON, "low", None, "indirect"), note="Portuguese: talk about the brand, nothing to answer")

    # ---- namesakes and the everyday word ------------------------------------------------------------
    SC("fab-namesake-video-game", "namesake",
       tw("gamer_rhys_x", "the new Fable trailer just dropped and I've watched it 11 times. Albion looks GORGEOUS. day one buy, no notes",
          when="2027-07-27T13:10:08Z"),
       expect(IGN, "low", None, "none"), note="the video-game series")
    SC("fab-namesake-band-leeds", "namesake",
       tw("leeds_gig_guide", "Fable (the band, not the festival people) play the Brudenell Social Club on Friday. tickets £9 on the door, and they're going to be huge. go.",
          when="2027-07-27T13:45:50Z"),
       expect(IGN, "low", "tickets", "none"), note="a Leeds band; 'tickets' is a keyword, the events company is not there")
    SC("fab-namesake-bookshop-storytime", "namesake",
       tw("tilly_reads", "Fable &amp; Folio bookshop does a free storytime for under 5s every Saturday at 10 and the hot chocolate is a dream. my favourite hour of the week",
          when="2027-07-27T14:20:31Z"),
       expect(IGN, "low", None, "none"), note="the bookshop")
    bread = tw("nat_wexmouth", "where's the best sourdough in Wexmouth? new to the area and missing proper bread",
               when="2027-07-27T15:00:00Z")
    SC("fab-namesake-bakery-reply", "namesake",
       tw("sourdough_sal", "@nat_wexmouth Fable Bakery on Quay St, no contest. get there before 9 or the line is out the door",
          reply_to=bread, when="2027-07-27T15:12:44Z"),
       expect(IGN, "low", None, "none"), note="the bakery, inside a reply",
       known_miss="round 10, not met yet: topic: want null, got entry; the engine read: 'Fable Bakery' is another entity, not the brand | topic entry: 'doors'")
    SC("fab-common-year5-fables", "common-word",
       tw("mr_hale_y5", "year 5 each wrote a fable today. best moral so far: 'never trust a fox who says he's vegan'. I love this job",
          when="2027-07-27T15:40:19Z"),
       expect(IGN, "low", "bars", "none"), note="the everyday word; 'vegan' happens to be a food keyword")
    SC("fab-common-clean-portaloo-fable", "common-word",
       tw("festi_fran", "a clean portaloo at Larkspur Festival on day 3. I honestly thought it was a fable. it exists. I have seen it. nobody will ever believe me",
          when="2027-07-27T16:05:52Z"),
       expect(IGN, "low", "facilities", "none"), note="the everyday word, about another festival's toilets")
    crown = tw("bekah_lowther", "right, who's up for the Crown tonight? just one, I promise", when="2027-07-27T17:00:00Z")
    SC("fab-common-oldest-fable-pint", "common-word",
       tw("ollie_hartigan", "@bekah_lowther 'just one pint' is the oldest fable in the book. see you at 2am",
          reply_to=crown, when="2027-07-27T17:09:27Z"),
       expect(IGN, "low", "bars", "none"), note="the everyday word inside a reply; 'pint' is a bars keyword")
    return brand


BRANDS["fable-live"] = ("FableLive", 4312345629, build_fable_live)
