# Gable Cinemas: a made-up cinema chain in Pendlesham with three sites (Quayside, Orbury
# Retail Park, and Castlegate in the old Drill Hall): tickets and online bookings, booking
# fees and refunds, the Gable Club membership, seats and recliners, projection and sound,
# the food-and-drink kiosk, relaxed, autism-friendly and subtitled screenings, wheelchair
# spaces and lifts, ushers and duty managers, the app and website. "Gable" is also the end
# wall of a pitched roof ("the gable end", "hip to gable"), Clark Gable, "Anne of Green
# Gables", the Gable End pub and a surname; the Regal Picturehouse, another cinema in town,
# runs a Clark Gable season. None of them is the cinema chain.
# Written blind, from PRODUCT.md and the scenario README's conventions only.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# film, phone number, card number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_gable_cinemas():
    global CURRENT_BRAND, CLOCK
    brand = Brand("gable-cinemas", SCEN_DIR / "gable-cinemas.plan.toml", "GableCinemas", 4223456722, 1861220000000002601)
    CURRENT_BRAND, CLOCK = brand, Clock("2027-09-20T08:30:00Z")
    B = "GableCinemas"
    user(B, "Gable Cinemas", 4223456722,
         "Gable Cinemas help team 🎬 Quayside · Orbury · Castlegate. Here 10am–11pm every day. "
         "Box office 0808 157 0733. Never post card numbers or booking refs here.",
         48_200, following=610, tweets=71_000, listed=210, verified=True)
    # customers
    user("harriet_lyle", "Harriet Lyle", 7610214583, "Librarian. Two films a week or I get cranky.", 310)
    user("jordan_pike_pd", "Jordan Pike", 7610229471, "Gable Club since 2023. Popcorn opinions.", 540)
    user("chloe_nwosu", "Chloe Nwosu", 7610237806, "Pharmacist. Pendlesham born and bred.", 420)
    user("dev_mistry_pdl", "Dev Mistry", 7610245112, "Dad of two. Orbury. Permanently on the school run.", 260)
    user("nat_okafor_p", "Natalie Okafor", 7610253398, "Running, reading, rom-coms.", 180)
    user("kwame_asante_p", "Kwame Asante", 7610261845, "Fire safety trainer by day, film nerd by night.", 690)
    user("baz_wainwright", "Barry Wainwright", 7610270129, "Forklift driver. Leeds fan in exile.", 140)
    user("ellie_marchbank", "Ellie Marchbank", 7610288563, "Student nurse. Horror films only.", 830)
    user("rhi_calloway", "Rhiannon Calloway", 7610296017, "Primary teacher. Tinnitus veteran.", 370)
    user("stevo_barnes", "Steve Barnes", 7610304452, "", 95)
    user("hanna_okoro_p", "Hanna Okoro", 7610312988, "Marketing at a place you've never heard of.", 510)
    user("jules_ferrier", "Jules Ferrier", 7610321374, "Mum to an autistic girl who knows every train in Britain.", 460)
    user("craig_dunmore", "Craig Dunmore", 7610339820, "Plumber. Castlegate.", 120)
    user("qa_rowan", "Rowan Pell", 7610348265, "QA tester. I find bugs so you don't have to.", 1400)
    user("gemma_laidlaw", "Gemma Laidlaw", 7610356731, "Three kids, zero patience.", 280)
    user("marisol_vega_pd", "Marisol Vega", 7610365107, "Sevillana en Pendlesham. Cine y café.", 230)
    user("lee_tennant_p", "Lee Tennant", 7610373594, "Dad. Allergy mum's husband. Carries two epipens.", 170)
    user("lornaquist", "Lorna Quist", 7610382046, "Likes quiet films and quiet people.", 240)
    user("trev_oakes", "Trevor Oakes", 7610390473, "Retired. Writes strongly worded letters.", 150)
    user("amira_t1d", "Amira Haddad", 7610408819, "Type 1 since age 9. Sensor on my arm, snacks in my bag.", 720)
    user("olwen_price", "Olwen Price", 7610417266, "Forgets everything except song lyrics.", 210)
    user("gerry_lomax", "Gerry Lomax", 7610425701, "Grandad. Orbury.", 60)
    user("celinebrochard", "Céline Brochard", 7610434158, "Nantaise à Pendlesham. VOST ou rien.", 190)
    user("wendy_ashcroft", "Wendy Ashcroft", 7610442593, "Office manager. Tea, no sugar.", 230)
    user("amber_keel", "Amber Keel", 7610451029, "Mum of an autistic 7 year old. Tired.", 340)
    user("meg_holloway", "Meg Holloway", 7610468842, "Vet nurse. Dates are a work in progress.", 380)
    user("jess_ohare", "Jess O'Hare", 7610477208, "Snack critic. Loud laugher.", 610)
    user("pieter_bakker_p", "Pieter Bakker", 7610485675, "Rotterdammer in Pendlesham. Zorg voor mijn vader.", 130)
    user("gav_pritchard", "Gavin Pritchard", 7610494013, "Married to someone far too patient.", 200)
    user("ash_pemberton", "Ash Pemberton", 7610502468, "Wheelchair user. Film buff. Impatient.", 980)
    user("ffion_rees_p", "Ffion Rees", 7610510894, "Pendlesham Uni, 2nd year. Student union rep.", 650)
    user("kieran_lowe", "Kieran Lowe", 7610519327, "Chef. Nights.", 170)
    user("ola_newton_p", "Ola Newton", 7610527752, "Just moved to Pendlesham.", 40)
    user("beatriz_lobo_pd", "Beatriz Lobo", 7610536186, "Lisboeta em Pendlesham.", 160)
    user("jonas_hellwig", "Jonas Hellwig", 7610544631, "Aus Kassel. Ingenieur. Kinofan.", 210)
    user("maya_quinlan", "Maya Quinlan", 7610553057, "Epilepsy, assistance dog Bramley, strong opinions.", 1700)
    user("callum_frith", "Callum Frith", 7610561490, "Designer. Hates waiting.", 440)
    user("ros_tenby", "Ros Tenby", 7610569925, "Mum. Wife. Very tired.", 290)
    user("dan_koskinen", "Dan Koskinen", 7610578359, "", 75)
    user("enzo_marchetti", "Enzo Marchetti", 7610586784, "Torinese. Meccanico.", 110)
    user("gordon_pybus", "Gordon Pybus", 7610595210, "Retired surveyor. Notices things.", 85)
    user("tasha_m_pdl", "Tasha Meadows", 7610603647, "Grandad's favourite (he says).", 220)
    user("EdieStoneGB", "Edie Stone", 7610612083, "Paralympic wheelchair racer 🥇 Pendlesham's own. Views mine.",
         412_000, following=900, listed=1900, verified=True)
    user("MarcusReelTalk", "Marcus Adeyemi", 7610620516, "Film critic. Reel Talk on Sundays. 5,000 films and counting.",
         863_000, following=1200, listed=5100, verified=True)
    user("kat_screams", "Kat Dunmore-Reid", 7610628940, "Horror girlie 🩸 I scream, you scream.", 1300)
    user("bassface_ollie", "Ollie Trent", 7610637377, "DJ. Subwoofer enthusiast.", 2100)
    user("sasha_brennock", "Sasha Brennock", 7610645802, "Castlegate. Cat person.", 330)
    user("bex_harrold", "Bex Harrold", 7610654238, "Daughter, mum, taxi service.", 260)
    user("nadia_farrow", "Nadia Farrow", 7610662671, "Mum of one wild 6 year old.", 310)
    user("priya_vasan", "Priya Vasan", 7610671105, "Mum. Owner of a very loved bunny (not mine).", 240)
    user("cat_alfiesmum", "Cat Morland", 7610679538, "Alfie's mum. Autism, trains and ice lollies.", 530)
    # bystanders, friends, strangers
    user("sofia_grant_p", "Sofia Grant", 7610687962, "Meg's work wife.", 410)
    user("ade_oneliners", "Ade Bakare", 7610696397, "Old films, bad puns.", 1100)
    user("lou_mcbride", "Lou McBride", 7610704821, "Kitchen porter turned sous chef.", 150)
    user("wren_wheels", "Wren Ashby", 7610713256, "Wheelchair user. I review venues so you don't have to.", 2600)
    user("auntie_bev_pdl", "Bev Okoye", 7610721689, "Auntie to half of Pendlesham.", 890)
    user("sunday_dad_pdl", "Rob Hale", 7610730114, "Dad of an autistic boy. Sunday mornings are ours.", 190)
    user("film_fan_rowc", "Dom Ferris", 7610738548, "Row C, always.", 120)
    user("pubquiz_pete", "Pete Lansdown", 7610746983, "Quiz captain. Useless at sport rounds.", 320)
    user("oldpendle_ray", "Ray Whitcombe", 7610755417, "Pendlesham born 1951. Local history bore.", 460)
    user("n0scope_zed", "zed", 7610763852, "i poke things", 35)
    # impostors and spam
    user("GableSupportUK", "Gable Cinemas Support ✅", 7610772286,
         "Official help & refunds 24/7 🎬 DM or WhatsApp for fast claims", 18, following=4100)
    user("PendlyPrizes", "Pendlesham Prizes 🎁", 7610780710, "Giveaways every day 🎉 follow to win!", 3900, following=4950)
    # namesakes, common word, news
    user("silver_nan_viv", "Viv Harcourt", 7610789145, "Old films, older cardigans. Turner Classic forever.", 1300)
    user("TheGableEnd", "The Gable End", 7610797579, "Freehouse on Mill Street, Pendlesham. Quiz Thursdays. Dogs welcome.", 2400)
    user("pendle_filmsoc", "Pendlesham Film Society", 7610806013, "Classic films in St Anne's Hall since 1962.", 870)
    user("RegalPendlesham", "The Regal Picturehouse", 7610814448,
         "Pendlesham's independent cinema, since 1931. One screen, real butter.", 6200)
    user("rooftalk_sian", "Sian Maddox", 7610822872, "Renovating a 1930s semi one disaster at a time.", 350)
    user("storm_mick", "Mick Furnival", 7610831307, "", 140)
    user("greengable_jo", "Jo Penhale", 7610839741, "Reader. Gardener. Shed painter.", 280)
    user("loft_lad_kris", "Kris Barlow", 7610848175, "Loft conversions, Midshire. Chatty.", 610)
    user("PendleshamPost", "The Pendlesham Post", 7610856609, "News for Pendlesham and Midshire since 1888.",
         39_000, following=950, verified=True)
    user("MidshireBiz", "Midshire Business", 7610865034, "Business news from across Midshire.", 8700)

    # ---- Monday, 20 September -----------------------------------------------------------
    club = tw(B, "🎬 New to Gable Club? Your first three months of membership are £9.99, then £17.99 a month. "
                 "Unlimited films at Quayside, Orbury and Castlegate. Join in the app or at any box office.",
              when="2027-09-20T09:10:00Z")
    SC("gbl-brand-club-offer", "brand-own-post", club, expect(IGN, "low", "membership", "none"),
       known_miss="round 8, not met yet: topic: want 'membership', got tickets; the engine read: the brand's own post | topic tickets: 'box office', an amount of money")
    SC("gbl-club-offer-existing-members", "question-in-reply-to-brand",
       tw("harriet_lyle", "is the £9.99 for new members only, or can I switch my existing membership to it? I've been a member since Castlegate opened",
          reply_to=club, when="2027-09-20T09:41:22Z"),
       expect(RP, "normal", "membership", "direct"), note="a question in reply to the brand's post, no @")
    SC("gbl-quote-loyalty-for-mugs", "quote",
       tw("jordan_pike_pd", "and the members who've paid £17.99 a month for four years get... nothing. loyalty's for mugs apparently 🙃",
          quote=club, when="2027-09-20T10:15:37Z"),
       expect(RP, "normal", "membership", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; sarcastic, a complaint about his own membership")
    SC("gbl-namesake-clark-gable-carrot", "namesake",
       tw("silver_nan_viv", "Clark Gable eating a raw carrot in It Happened One Night is still the most charming thing ever put on film. 93 years and nobody's topped it 🥕",
          when="2027-09-20T11:02:49Z"),
       expect(IGN, "low", None, "none"), note="the film star, in a post about old films")
    chloe = tw("chloe_nwosu", "Gable Cinemas charged me £3.80 in booking fees for two tickets I booked on their own app. what exactly am I paying for, the privilege of doing their job for them?",
               when="2027-09-20T12:30:14Z")
    SC("gbl-booking-fee-on-own-app", "complaint-indirect", chloe, expect(RP, "normal", "tickets", "indirect"),
       note="names the brand, doesn't tag it, about her own booking")
    chloe_brand = tw(B, "@chloe_nwosu Hi Chloe, fair question. The 95p a ticket covers card and booking system costs, but I get why it grates. "
                        "Booking at the box office on the day has no fee, and Gable Club members never pay it.",
                     reply_to=chloe, when="2027-09-20T12:52:40Z")
    SC("gbl-booking-fee-already-booked", "question-in-reply-to-brand",
       tw("chloe_nwosu", "ok so the booking fee is only online, not at the box office? and if I join Gable Club now, do I get the fee back on tickets I've already booked?",
          reply_to=chloe_brand, when="2027-09-20T13:10:05Z"),
       expect(RP, "normal", "tickets", "direct"))
    SC("gbl-common-gable-end-repoint", "common-word",
       tw("rooftalk_sian", "quote to repoint the gable end of our house came back at £3,800. for one wall. I am clearly in the wrong job 🧱",
          when="2027-09-20T14:05:31Z"),
       expect(IGN, "low", None, "none"), note="the end wall of a house")
    dev = tw("dev_mistry_pdl", f"@{B} booked 6 tickets for Steam Heart at Orbury this Saturday for my son's 8th, paid £47.70, no confirmation email and nothing in the app. help?",
             when="2027-09-20T15:20:18Z")
    dev_brand = tw(B, "@dev_mistry_pdl Sorry Dev, I can see your payment but the tickets didn't attach to your account. I've sent you a DM: "
                      "reply there with the email you booked with and I'll reissue them today.",
                   reply_to=dev, when="2027-09-20T15:47:52Z")
    dev2 = tw("dev_mistry_pdl", "done, DM'd you. the app now says the booking's been cancelled and the tickets have gone?? it's his party, six 8 year olds, please don't let this go wrong",
              reply_to=dev_brand, when="2027-09-20T16:05:09Z")
    SC("gbl-party-tickets-dmd", "thread-with-brand", dev2, expect(RP, "normal", "tickets", "direct"),
       note="the customer answers the brand's reply without @, with a new worry",
       known_miss="round 8, not met yet: priority: want 'normal', got high; the engine read: replies to @GableCinemas: the customer is talking to the brand | complaint (0.74) | repeat contact | topic tickets: 'booking', 'booked', 'ticket'")
    dev_brand2 = tw(B, "@dev_mistry_pdl That's just the old booking clearing, don't worry. Your new tickets are in your email now and I've put a note "
                       "on it for the Orbury box office. Have a brilliant party 🎈",
                    reply_to=dev2, when="2027-09-20T16:40:33Z")
    SC("gbl-water-bottle-question", "question",
       tw("nat_okafor_p", f"@{B} can I bring my own water bottle into the screens or do I have to buy one from the kiosk?",
          when="2027-09-20T17:30:46Z"),
       expect(RP, "normal", "food", "direct"))
    SC("gbl-namesake-gable-end-quiz", "namesake",
       tw("TheGableEnd", "🍻 QUIZ NIGHT 🍻 Thursday, 8pm at the Gable End. £2 a head, cash jackpot and the famous music round. Kitchen open till 9, dogs welcome as always 🐶",
          when="2027-09-20T18:10:03Z"),
       expect(IGN, "low", None, "none"), note="the pub, advertising its quiz")
    SC("gbl-fire-exit-chained", "safety-urgent",
       tw("kwame_asante_p", f"@{B} the fire exit at the side of screen 5 in Orbury is chained shut with a padlock and there's a stack of popcorn boxes in front of it. sold-out preview tonight, 300 people in here. someone needs to come and open it now",
          when="2027-09-20T19:05:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="a blocked fire exit in a full screen, right now")
    SC("gbl-in-passing-week-from-hell", "complaint-in-passing",
       tw("baz_wainwright", f"week from hell: car failed its MOT, landlord's put the rent up and @{B} took my membership fee twice. cheers universe 🙃",
          when="2027-09-20T20:15:42Z"),
       expect(RP, "normal", "membership", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("gbl-man-filming-women", "safety-urgent",
       tw("ellie_marchbank", f"@{B} there's a man in row F of screen 3 at Quayside filming the women in front of him with his phone held down by his knee. he's been at it the whole film. told the usher, she said she can't do anything without proof. this creep is still doing it",
          when="2027-09-20T21:30:11Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a man secretly filming women in the dark, happening now, and the usher won't act",
       known_miss="round 8, not met yet: topic: want 'safety', got venue; the engine read: addressed to @GableCinemas | complaint (0.48) | a person at risk: urgent | topic venue: 'phones', 'usher'")
    SC("gbl-spam-free-tickets-year", "spam",
       tw("PendlyPrizes", "🎬 GIVEAWAY 🎬 win 2 FREE Gable Cinemas tickets every week for a whole year! follow us, repost this and tag 3 mates 👇 winners DM'd Friday {url:https://pendly-prizes.example/gable}",
          when="2027-09-20T22:00:00Z"),
       expect(IGN, "low", "tickets", "indirect"), note="a fake giveaway; the topic follows the keyword")

    # ---- Tuesday, 21 September ----------------------------------------------------------
    rhi = tw("rhi_calloway", f"@{B} the sound in screen 7 at Orbury last night was so loud my ears were still ringing this morning. asked for the volume to go down twice, nothing changed",
             when="2027-09-21T08:20:36Z")
    SC("gbl-sound-ears-ringing", "complaint-direct", rhi, expect(RP, "normal", "screening", "direct"),
       note="ringing ears the next morning is a complaint about the levels, not a medical emergency",
       known_miss="round 8, not met yet: priority: want 'normal', got high; the engine read: addressed to @GableCinemas | complaint (0.99) | repeat contact | topic screening: 'sound', 'volume'")
    rhi_brand = tw(B, "@rhi_calloway That's far too loud, sorry Rhi. Which showing was it? I'll get projection to check the levels in screen 7 before tonight.",
                   reply_to=rhi, when="2027-09-21T08:50:12Z")
    SC("gbl-sound-which-showing", "thread-with-brand",
       tw("rhi_calloway", "the 20:45 Night Ferry. it was the bass more than anything, the couple next to us walked out holding their ears",
          reply_to=rhi_brand, when="2027-09-21T09:05:58Z"),
       expect(RP, "normal", "screening", "direct"), note="answers the brand's question without @")
    SC("gbl-abuse-app-steaming-pile", "abuse-with-problem",
       tw("stevo_barnes", f"@{B} your app is a steaming pile of crap. crashed 4 times at checkout, took my money anyway and no tickets. sort it out you useless muppets",
          when="2027-09-21T09:30:24Z"),
       expect(RP, "high", "app", "direct"), note="rude, but money taken and nothing to show for it")
    SC("gbl-booking-ref-and-email", "private-details",
       tw("hanna_okoro_p", f"@{B} paid £31.90 for 2 tickets to Salt Meridian at Quayside tonight, booking ref GBL-88213-QX, and no e-tickets have arrived. my email is hanna.okoro@mailbox.example, can you resend?",
          when="2027-09-21T10:10:47Z"),
       expect(RV, "normal", "tickets", "direct"), note="a booking reference and an email address in public")
    SC("gbl-chatter-drill-hall-beatles", "chatter-monitor",
       tw("oldpendle_ray", "did you know Gable Castlegate is the old Drill Hall? my nan saw the Beatles play there in 1963 and never let any of us forget it",
          when="2027-09-21T11:00:19Z"),
       expect(MON, "low", None, "indirect"), note="local history about a site, nothing to answer",
       known_miss="round 8, not met yet: action: want 'monitor', got ignore; addressed: want 'indirect', got none; the engine read: 'Gable Castlegate' is another entity, not the brand")
    SC("gbl-autism-friendly-question", "question",
       tw("jules_ferrier", f"@{B} do you do autism-friendly screenings at Orbury? my daughter is desperate to see Steam Heart but the dark and the noise are too much for her",
          when="2027-09-21T12:15:33Z"),
       expect(RP, "normal", "accessibility", "direct"), note="an access question, not a medical need")
    SC("gbl-namesake-gone-with-the-wind", "namesake",
       tw("pendle_filmsoc", "This Sunday: Gone with the Wind, 2pm at St Anne's Hall. Nearly four hours of Clark Gable, so bring a cushion and a flask. £3 on the door, tea in the interval.",
          when="2027-09-21T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="a film society showing a Clark Gable film: film words, but not the chain")
    SC("gbl-card-number-payment-failed", "private-details",
       tw("craig_dunmore", f"@{B} app keeps saying payment failed on my card 4111 1111 1111 1111 but my banking app shows 3 pending payments of £23.40. can someone cancel 2 of them",
          when="2027-09-21T14:20:55Z"),
       expect(RV, "normal", "app", "direct"), note="a full card number in public")
    SC("gbl-abuse-sauna-clowns", "abuse-with-problem",
       tw("gemma_laidlaw", f"@{B} screen 6 at Orbury is like a sauna. the aircon's clearly dead and nobody on the desk could care less. my kids are literally melting. fix it you absolute clowns",
          when="2027-09-21T16:45:08Z"),
       expect(RP, "high", "venue", "direct"),
       note="insults with a real problem; 'literally melting' is a figure of speech, not a medical emergency")
    SC("gbl-html-script-seat-map", "html-entities",
       tw("qa_rowan", f"@{B} your website's booking page is showing &lt;/div&gt;&lt;script&gt;alert('seatmap')&lt;/script&gt; where the seat map should be &amp; the checkout just spins. been trying since 6pm to get 3 for Saturday",
          when="2027-09-21T18:02:40Z"),
       expect(RP, "normal", "app", "direct"), note="hostile-looking HTML inside a real bug report",
       known_miss="round 8, not met yet: topic: want 'app', got tickets; the engine read: addressed to @GableCinemas | complaint (0.60) | topic tickets: 'booking', 'booked'")
    SC("gbl-es-humo-sala-6", "safety-urgent",
       tw("marisol_vega_pd", f"@{B} sale humo de detrás de la pantalla en la sala 6 de Orbury y huele a quemado. no ha sonado ninguna alarma, nadie del personal dice nada y la película sigue. ¿qué hacemos?",
          lang="es", when="2027-09-21T19:55:14Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="Spanish: smoke and a burning smell behind the screen, no alarm, the film still running")
    SC("gbl-nut-free-allergic-reaction", "medical-urgent",
       tw("lee_tennant_p", f"@{B} my daughter ate the cookie bites from the Orbury kiosk, the label said nut free. she's having an allergic reaction, lips and eyes swelling, we've done her epipen and the ambulance is coming. what is in them??",
          when="2027-09-21T20:40:31Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="an allergic reaction happening now, possibly from a mislabelled snack: the duty manager first, food team after")
    lorna = tw("lornaquist", f"@{B} about 6 lads in screen 4 at Quayside have been talking, on their phones and kicking seats the whole of Night Ferry. the usher came in once and walked straight back out. 20:30 showing",
               when="2027-09-21T21:20:45Z")
    SC("gbl-lads-phones-kicking-seats", "complaint-direct", lorna, expect(RP, "normal", "venue", "direct"),
       note="a nuisance in the screen, nobody at risk yet")
    lorna_brand = tw(B, "@lornaquist Sorry Lorna, that's not what you paid for. I've radioed the duty manager at Quayside to go into screen 4 now and stay till the end of the film.",
                     reply_to=lorna, when="2027-09-21T21:31:02Z")
    SC("gbl-brand-reply-duty-manager", "brand-own-post", lorna_brand, expect(IGN, "low", "venue", "none"))
    SC("gbl-fight-bottle-in-thread", "safety-urgent",
       tw("lornaquist", "it's kicked off. one of them's smashed a bottle and is going for the man behind us, there's a proper fight now. there are kids in here and still nobody has come",
          reply_to=lorna_brand, when="2027-09-21T21:44:27Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="the same thread turns violent: a reply to the brand without @, no 'emergency' or 'danger'")

    # ---- Wednesday, 22 September --------------------------------------------------------
    SC("gbl-news-popcorn-machine-fire", "news-monitor",
       tw("PendleshamPost", "Fire crews were called to Gable Cinemas' Castlegate site on Tuesday night after a popcorn machine overheated. Two screens were cleared for 40 minutes; nobody was hurt. {url:https://pendlesham-post.example/2027/09/gable-castlegate-fire}",
          when="2027-09-22T07:30:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of a past incident, settled, nobody hurt: not urgent")
    SC("gbl-common-storm-tiles-gable", "common-word",
       tw("storm_mick", "storm's ripped a row of tiles off the gable and rain's coming straight into the loft. roofer can't come till Thursday. buckets on every landing 🪣",
          when="2027-09-22T08:10:16Z"),
       expect(IGN, "low", None, "none"), note="sounds urgent, but it's a roof: there is no cinema here")
    trev = tw("trev_oakes", f"@{B} six weeks since you cancelled the Night Ferry preview and still no sign of my £46 refund. four emails, zero replies. the small claims form goes in on Monday and I'm copying in Trading Standards",
              when="2027-09-22T09:00:41Z")
    SC("gbl-small-claims-refund", "legal-threat-not-urgent", trev, expect(RP, "high", "tickets", "direct"),
       note="a court and regulator threat after six weeks: high, not urgent")
    SC("gbl-spam-fake-refunds-team", "spam",
       tw("GableSupportUK", "@trev_oakes Hi Trev 👋 Gable Cinemas refunds team here! we can get your £46 back today ✅ just DM us your card number, expiry and the 3 digits on the back, or WhatsApp us 👉 {url:https://gable-refunds.example/claim}",
          reply_to=trev, when="2027-09-22T09:25:33Z"),
       expect(IGN, "low", "tickets", "third_party"), note="an impersonator fishing for card details in a customer's thread")
    SC("gbl-type1-hypo-snacks", "medical-urgent",
       tw("amira_t1d", f"@{B} I'm type 1 diabetic. am I allowed to take my own juice and jelly babies into the screens for hypos? staff at Orbury made me bin them on Saturday and I went low halfway through the film",
          when="2027-09-22T10:00:52Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a calm question about a medical need; staff taking away hypo treatment puts her at risk in the dark")
    SC("gbl-common-green-gable-shed", "common-word",
       tw("greengable_jo", "reread Anne of Green Gables on holiday, came home and painted the shed door green. the kids now call it Green Gable and honestly I'm not correcting them 💚",
          when="2027-09-22T11:30:27Z"),
       expect(IGN, "low", None, "none"), note="a book and a shed")
    SC("gbl-car-keys-phone-number", "private-details",
       tw("olwen_price", f"@{B} left my car keys in screen 2 at Orbury last night, row H (blue VW fob with a little frog keyring). if they've been handed in please ring me on 07700 900614, I'm stuck at my mum's",
          when="2027-09-22T12:00:09Z"),
       expect(RV, "normal", "venue", "direct"), note="a phone number in public; 'stuck at my mum's' is not a risk")
    SC("gbl-membership-dob-address", "private-details",
       tw("gerry_lomax", f"@{B} member no. GC-4471902, DOB 14/03/1961. you've taken £17.99 this month even though I cancelled my membership in July, and the new card went to my old address, 22 Wexford Rise, Orbury OB4 7TN. sort it please",
          when="2027-09-22T13:10:35Z"),
       expect(RV, "normal", "membership", "direct"), note="membership number, date of birth and home address in public")
    SC("gbl-fr-vost-doublee", "non-english",
       tw("celinebrochard", f"@{B} j'ai payé deux billets pour Salt Meridian en VOST à Quayside et le film était doublé, sans sous-titres. je voudrais un remboursement s'il vous plaît",
          lang="fr", when="2027-09-22T14:00:48Z"),
       expect(RP, "normal", "tickets", "direct"), note="French: the original-language showing was dubbed; she wants a refund",
       known_miss="round 8, not met yet: topic: want 'tickets', got accessibility; the engine read: addressed to @GableCinemas | topic accessibility: 'sous-titres', 'sous-titré'")
    SC("gbl-hotline-cancel-membership", "public-hotline-number",
       tw("wendy_ashcroft", f"rang @{B} on 0808 157 0733 twice this week to cancel my membership. 50 minutes on hold then cut off, both times. is anyone actually there?",
          when="2027-09-22T15:15:21Z"),
       expect(RP, "high", "membership", "indirect"), strict=False,
       note="the number is the brand's own box office line, not hers; two failed calls make it a repeated complaint")
    relaxed = tw(B, "Relaxed screenings for autistic and sensory-sensitive fans are back: Sundays 10am at all three sites, lights up a little, no adverts, "
                    "and nobody minds if you move about or make noise. Carers go free 💛",
                 when="2027-09-22T16:00:00Z")
    SC("gbl-repost-relaxed-screenings", "repost", tw("sunday_dad_pdl", "", retweet=relaxed, when="2027-09-22T16:31:44Z"),
       expect(IGN, "low", "accessibility", "indirect"))
    SC("gbl-quote-relaxed-cancelled-three-sundays", "quote",
       tw("amber_keel", "lovely words, but the Orbury relaxed screening has been cancelled three Sundays running and nobody tells us until we're at the door with a very upset 7 year old",
          quote=relaxed, when="2027-09-22T17:10:06Z"),
       expect(RP, "high", "accessibility", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; the third failure in a row makes it a repeated complaint")
    sofia = tw("sofia_grant_p", "@meg_holloway sooo how was date night?? 👀", when="2027-09-22T18:00:13Z")
    meg = tw("meg_holloway", "@sofia_grant_p don't. Gable Orbury had the aircon off, it was about 30 degrees in there, sticky seats, and he fell asleep anyway 🙃",
             reply_to=sofia, when="2027-09-22T18:20:39Z")
    SC("gbl-venting-date-night-sauna", "third-party-venting", meg, expect(MON, "low", "venue", "third_party"),
       note="venting to a friend in a reply thread, brand not tagged; 'fell asleep' is not a fall")
    SC("gbl-bystander-frankly-my-dear", "joke-bystander",
       tw("ade_oneliners", "@meg_holloway frankly my dear, Gable doesn't give a damn 🎩",
          reply_to=meg, when="2027-09-22T18:40:52Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's Clark Gable pun in someone else's thread",
       known_miss="round 8, not met yet: action: want 'ignore', got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in")
    SC("gbl-sarcasm-medium-popcorn", "sarcasm-customer",
       tw("jess_ohare", f"love paying £7.80 at @{B} for a 'medium' popcorn that's 40% air and 60% yesterday. truly the magic of the movies ✨",
          when="2027-09-22T20:30:17Z"),
       expect(RP, "normal", "food", "indirect"), note="sarcasm: a complaint about price and stale popcorn")
    SC("gbl-nl-vader-onwel", "medical-urgent",
       tw("pieter_bakker_p", f"@{B} mijn vader is net onwel geworden in zaal 4 bij Quayside. hij is grauw en reageert nauwelijks. er is geen personeel te vinden. waar is de EHBO?? stuur alsjeblieft iemand",
          lang="nl", when="2027-09-22T21:15:44Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="Dutch: an elderly man grey and barely responsive in a screen, no staff to be found")
    SC("gbl-html-troll-svg-onload", "html-entities",
       tw("n0scope_zed", f"@{B} &lt;svg/onload=alert(document.cookie)&gt; does ur booking form sanitise this or nah 😈 free tickets if it pops",
          when="2027-09-22T23:10:29Z"),
       expect(IGN, "low", "tickets", "direct"), strict=False,
       note="someone probing the brand's forms with a script payload, escaped as X sends it; nothing to answer "
            "(some teams would monitor it and tell IT)")

    # ---- Thursday, 23 September ---------------------------------------------------------
    SC("gbl-news-fourth-site", "news-monitor",
       tw("MidshireBiz", "Gable Cinemas will open a fourth site at Harrowgate Park next spring after record summer admissions, the Pendlesham chain said on Thursday. 120 jobs expected. {url:https://midshire-business.example/gable-harrowgate}",
          when="2027-09-23T08:45:00Z"),
       expect(MON, "low", None, "indirect"))
    gav = tw("gav_pritchard", "Gable Castlegate last night: toilets flooded, floor sticky, and two of our recliners broken so we sat apart on our anniversary. £14.95 a ticket for that",
             when="2027-09-23T09:30:58Z")
    SC("gbl-castlegate-anniversary-apart", "complaint-indirect", gav, expect(RP, "normal", "venue", "indirect"),
       note="names the brand, doesn't tag it, about his own visit",
       known_miss="round 8, not met yet: priority: want 'normal', got urgent; the engine read: names Gable Cinemas in a post to everyone | complaint (0.44) | a danger to health or safety: urgent | topic venue: 'toilet', 'sticky', 'recliner'")
    SC("gbl-bystander-gable-end-toilets", "joke-bystander",
       tw("pubquiz_pete", "@gav_pritchard should've gone to the Gable End instead mate, at least their toilets only flood on quiz night 🍺",
          reply_to=gav, when="2027-09-23T09:58:14Z"),
       expect(IGN, "low", "venue", "third_party"),
       note="a stranger's joke about the pub inside a customer's thread; the topic follows the keyword",
       known_miss="round 8, not met yet: action: want 'ignore', got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic venue: 'toilet'")
    SC("gbl-lift-third-time-asking", "repeat-contact",
       tw("ash_pemberton", f"@{B} third time asking: when is the lift at Castlegate getting fixed? I use a wheelchair and your app keeps selling me tickets for the upstairs screens without saying the lift's been out since August",
          when="2027-09-23T10:40:23Z"),
       expect(RP, "high", "accessibility", "direct"), note="the third time of asking about the same broken lift")
    SC("gbl-namesake-regal-gable-season", "namesake",
       tw("RegalPendlesham", "Our October Clark Gable season 🎞️ It Happened One Night, Mutiny on the Bounty and The Misfits, back on the big screen where they belong. Tickets £6 on the door.",
          when="2027-09-23T11:15:00Z"),
       expect(IGN, "low", "tickets", "none"),
       note="another cinema's Clark Gable season: cinema words and 'tickets', but not the chain; the topic follows the keyword")
    SC("gbl-knife-threat-group-chat", "threat-urgent",
       tw("ffion_rees_p", f"@{B} a lad in the Pendlesham Uni freshers group chat says he's bringing a knife to the Night Ferry late showing at Quayside on Friday 'for the usher who barred him'. I've screenshotted it and told campus security. please tell the police and your staff",
          when="2027-09-23T12:00:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="a reported threat of violence against a member of staff")
    lou = tw("lou_mcbride", "@kieran_lowe did you ever get that money back in the end?", when="2027-09-23T13:20:02Z")
    SC("gbl-venting-refund-old-card", "third-party-venting",
       tw("kieran_lowe", "@lou_mcbride nope. Gable refunded the tickets to a card I cancelled in June and now they say it's between me and the bank. £38 gone",
          reply_to=lou, when="2027-09-23T13:45:31Z"),
       expect(MON, "low", "tickets", "third_party"), note="venting to a friend, brand not tagged: monitor, don't butt in")
    SC("gbl-hotline-is-it-real", "public-hotline-number",
       tw("ola_newton_p", "is 0808 157 0733 really Gable Cinemas? it was on a refund form someone DM'd me and I don't want to get scammed",
          when="2027-09-23T14:30:12Z"),
       expect(RP, "normal", "tickets", "indirect"), strict=False,
       note="the brand's own number, quoted in a question; worth answering, since someone may be phishing her")
    SC("gbl-pt-pipoca-velha", "non-english",
       tw("beatriz_lobo_pd", f"@{B} a pipoca de ontem em Orbury estava velha e o refrigerante sem gás. £12 por isso? que vergonha",
          lang="pt", when="2027-09-23T15:00:44Z"),
       expect(RP, "normal", "food", "direct"), note="Portuguese: stale popcorn and a flat drink")
    SC("gbl-common-hip-to-gable", "common-word",
       tw("loft_lad_kris", "plans are in for the Harcourt Rd job: hip to gable, full-width dormer at the back. builder says 14 weeks, so call it 30",
          when="2027-09-23T16:10:27Z"),
       expect(IGN, "low", None, "none"), note="a loft conversion")
    SC("gbl-de-mitgliedsbeitrag-doppelt", "non-english",
       tw("jonas_hellwig", f"@{B} ihr habt meinen Mitgliedsbeitrag diesen Monat zweimal abgebucht. Wie kündige ich die Mitgliedschaft, ohne eine Stunde in der Warteschleife zu hängen?",
          lang="de", when="2027-09-23T17:05:56Z"),
       expect(RP, "normal", "membership", "direct"), note="German: membership fee taken twice, how to cancel")
    SC("gbl-assistance-dog-equality-act", "legal-threat-not-urgent",
       tw("maya_quinlan", "Turned away at Gable Castlegate tonight with my assistance dog because 'no animals in the screens'. He's a registered assistance dog and that's unlawful under the Equality Act. My solicitor will be writing to them this week.",
          when="2027-09-23T18:30:19Z"),
       expect(RP, "high", "accessibility", "indirect"),
       note="a legal threat after an unlawful refusal: high, not urgent; her epilepsy (in her bio) is not a medical event here")
    SC("gbl-sarcasm-31-minutes-adverts", "sarcasm-customer",
       tw("callum_frith", f"@{B} thanks for the 31 minutes of adverts and trailers before the film. I'd almost forgotten what I came to see 🙃",
          when="2027-09-23T19:40:05Z"),
       expect(RP, "normal", "screening", "direct"))
    SC("gbl-threat-usher-car-park", "threat-urgent",
       tw("dan_koskinen", "that usher at Gable Orbury who threw my lad out of Steam Heart for being 'disruptive' (he's 9 and autistic, he was humming) wants to watch herself in the car park after her shift. I know which car is hers.",
          when="2027-09-23T22:15:48Z"),
       expect(ANY, "urgent", "venue", "indirect"),
       note="a veiled threat against a named member of staff, with a real complaint (an autistic child removed): only the priority is strict")
    SC("gbl-in-passing-date-night-wrong-film", "complaint-in-passing",
       tw("ros_tenby", f"date night, a review: babysitter cancelled last minute, restaurant lost our table, then @{B} played the wrong film in screen 3 for twenty minutes before anyone noticed. we gave up and went home at 9",
          when="2027-09-23T22:50:31Z"),
       expect(RP, "normal", "screening", "indirect"), note="the brand tagged in the middle of a bad evening")

    # ---- Friday, 24 September -----------------------------------------------------------
    SC("gbl-it-minaccia-sicurezza", "threat-urgent",
       tw("enzo_marchetti", f"@{B} quel tizio della sicurezza di Quayside che ieri sera mi ha buttato fuori: se mi rimette le mani addosso lo aspetto fuori con i miei amici e vediamo chi ride. non è uno scherzo.",
          lang="it", when="2027-09-24T09:00:26Z"),
       expect(ANY, "urgent", "safety", "direct"),
       note="Italian: a threat to wait outside for a security guard with friends, 'not a joke'")
    SC("gbl-handrail-no-emergency", "safety-urgent",
       tw("gordon_pybus", f"@{B} no emergency, but the handrail on the steps up to the back rows of screen 3 at Castlegate is hanging off the wall by one screw. in the dark that's someone's nan going head first down them one night",
          when="2027-09-24T10:30:14Z"),
       expect(RP, "urgent", "safety", "direct"), strict=False,
       note="calm and says 'no emergency', but a fall hazard in the dark before tonight's showings; a care lead could also call it high")
    tasha = tw("tasha_m_pdl", "anyone know if Gable Quayside is ok in a wheelchair? taking grandad for his birthday on Sunday and he won't thank me if we're stuck at the front",
               when="2027-09-24T14:00:37Z")
    SC("gbl-chatter-wheelchair-advice", "third-party-chatter",
       tw("wren_wheels", "@tasha_m_pdl yes, at Gable Quayside screens 1 to 4 have the lift and proper wheelchair spaces halfway up, not just the front row. ask for a free carer ticket too 👍",
          reply_to=tasha, when="2027-09-24T14:25:50Z"),
       expect(MON, "low", "accessibility", "third_party"), note="a stranger's good advice in someone else's thread")
    edie = tw("EdieStoneGB", f"Booked the wheelchair space at Gable Orbury for my birthday: front row, two metres from the screen, neck craned for 2.5 hours while my friends sat in the recliners at the back. It's 2027, @{B}. Do better.",
              when="2027-09-24T17:00:22Z",
              metrics={"retweet_count": 2300, "reply_count": 410, "like_count": 18900, "quote_count": 160})
    SC("gbl-big-reach-edie-front-row", "big-reach", edie, expect(RP, "high", "accessibility", "indirect"),
       note="412k followers; the handle at the end")
    marcus = tw("MarcusReelTalk", f"Press screening of Salt Meridian at @{B} Quayside: the projector died twice, 25 minutes of black screen, and when it came back the sound was out of sync for the whole final act. A £200m film deserved better.",
                when="2027-09-24T18:10:45Z",
                metrics={"retweet_count": 3100, "reply_count": 720, "like_count": 24400, "quote_count": 380})
    SC("gbl-big-reach-critic-projector", "big-reach", marcus, expect(RP, "high", "screening", "indirect"),
       note="863k followers; a critic's complaint with the handle in the middle")
    SC("gbl-repost-critic", "repost", tw("film_fan_rowc", "", retweet=marcus, when="2027-09-24T18:40:03Z"),
       expect(IGN, "low", "screening", "indirect"))
    SC("gbl-chatter-jump-scare-heart-attack", "chatter-monitor",
       tw("kat_screams", "went to The Hollow Wife at Gable Orbury tonight and the bathtub jump scare nearly gave me an actual heart attack 💀 10/10, would die again",
          when="2027-09-24T21:05:39Z"),
       expect(MON, "low", None, "indirect"), strict=False,
       note="'heart attack' and 'die' are about a horror film; praise for the film more than the cinema (a friendly reply would also be fine)")
    SC("gbl-praise-sound-is-fire", "praise",
       tw("bassface_ollie", "the new sound system in screen 1 at Gable Quayside is FIRE 🔥🔥 that bass in the Salt Meridian storm went straight through my chest. best £12 I've spent all year",
          when="2027-09-24T21:20:11Z"),
       expect(RP, "low", "screening", "indirect"), note="praise; 'FIRE' and 'through my chest' are not an incident",
       known_miss="round 8, not met yet: priority: want 'low', got urgent; the engine read: names Gable Cinemas in a post to everyone | a danger to health or safety: urgent | topic screening: 'sound', 'bass'")
    SC("gbl-ceiling-came-down", "safety-urgent",
       tw("sasha_brennock", "part of the ceiling just came down in screen 2 at Gable Castlegate. plaster and dust everywhere and a woman two rows down has blood running down her face. they've stopped the film but nobody's told us to leave",
          when="2027-09-24T21:34:57Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a collapse with someone injured, right now; names the brand without tagging it")
    SC("gbl-rant-mum-fell-on-steps", "safety-urgent",
       tw("bex_harrold", f"@{B} Castlegate tonight: film 40 mins late, popcorn machine broken, toilets flooded, no lights on the steps in screen 8. my mum's 74, missed the bottom one and fell hard. wrist twice the size, she's gone grey and shaky. nobody came with a first aid kit. refund the lot",
          when="2027-09-24T22:10:28Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="an injured 74-year-old, grey and shaky, buried at the end of a rant that asks for a refund")

    # ---- Saturday, 25 September ---------------------------------------------------------
    SC("gbl-praise-bunny-found", "praise",
       tw("priya_vasan", f"@{B} huge thanks to Rosa at Quayside who went back into screen 5 after the last showing and found my daughter's bunny under a seat. bedtime saved 🐰💛",
          when="2027-09-25T09:00:17Z"),
       expect(RP, "low", "venue", "direct"))
    nadia = tw("nadia_farrow", f"@{B} my son is missing at Quayside. he's 6, red dinosaur hoodie, went to the foyer toilets 15 mins ago and didn't come back. staff are looking but the doors are wide open and I can't see any security. please put out a lost child call",
               when="2027-09-25T10:20:44Z")
    SC("gbl-lost-child-quayside", "safety-urgent", nadia, expect(RP, "urgent", "safety", "direct"),
       note="a missing six-year-old, right now")
    SC("gbl-chatter-lost-child-reassurance", "third-party-chatter",
       tw("auntie_bev_pdl", "@nadia_farrow stay by the front desk hun, they'll have a lost child procedure. mine went missing at Gable Orbury last year and turned up at the pick n mix in 10 mins x",
          reply_to=nadia, when="2027-09-25T10:26:09Z"),
       expect(MON, "low", "safety", "third_party"),
       note="a stranger's reassurance inside the mother's thread: the mother's post is the urgent case, this one is not",
       known_miss="round 8, not met yet: topic: want 'safety', got food; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic food: 'pick n mix'")
    SC("gbl-lost-child-found", "praise",
       tw("nadia_farrow", f"@{B} found him!! the lost child call worked, a lovely lady from security found him in screen 2 watching the dinosaur film 🙈 thank you to everyone who helped. but someone really needs to be on those doors",
          reply_to=nadia, when="2027-09-25T10:41:32Z"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="settled: the child is safe, so no longer urgent; thanks plus a point about the doors. low (praise) or high "
            "(a safety gap worth passing on) are both defensible")
    SC("gbl-party-booking-doesnt-exist", "repeat-contact",
       tw("dev_mistry_pdl", "we're at the box office at Orbury with 6 kids in party hats and they say the booking doesn't exist. you told me on Monday it was all sorted. film starts in 10 mins",
          reply_to=dev_brand2, when="2027-09-25T13:50:26Z"),
       expect(RP, "high", "tickets", "direct"),
       note="back in the brand's thread without @: the brand said it was sorted and it isn't",
       known_miss="round 8, not met yet: priority: want 'high', got low; the engine read: replies to @GableCinemas: the customer is talking to the brand | praise: thank them | topic tickets: 'box office', 'booking', 'booked'")

    # ---- Sunday, 26 September -----------------------------------------------------------
    SC("gbl-praise-autism-friendly-alfie", "praise",
       tw("cat_alfiesmum", "took Alfie to the autism-friendly screening at Gable Orbury this morning. lights up a bit, nobody tutted when he stood up and flapped the whole way through. first whole film we've ever managed. thank you 💛",
          when="2027-09-26T11:40:53Z"),
       expect(RP, "low", "accessibility", "indirect"), note="thanks, not tagged: answer it")
    return brand


BRANDS["gable-cinemas"] = ("GableCinemas", 4223456722, build_gable_cinemas)
