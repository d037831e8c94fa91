# Plover: a made-up chain of opticians across the made-up towns of Corrington, Bexmoor,
# Thistlebury, Aldwater, Marrowfield and Wendle Bay: eye tests booked in the Plover app, on the
# website or in store; glasses, frames, varifocals and sunglasses made up at Plover's own lab in
# Bexmoor; its own-brand Daily Clear contact lenses, posted monthly on a subscription; hearing
# tests, ear wax removal and hearing aids in the bigger stores; children's eye care; an online
# shop. Careline 0808 157 0619.
# "Plover" is also a bird (ringed, little ringed, golden and grey plovers, the lapwing or "green
# plover", plovers' eggs in old cookbooks), Plover Point (a nature reserve near Wendle Bay), the
# Plover Inn (a pub), Plover Links (a golf course), a surname (an eye surgeon, a councillor), the
# Plover (a fishing boat), Plover Press (a printer) and Percy Plover (a picture-book bird who gets
# glasses): none of them is the opticians.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 13 March 2028: on Monday an email tells lens subscribers that Daily Clear goes from £16 to £21 a
# month in April; on Tuesday morning the booking system falls over, so the app, the website and the
# stores' diaries are down and people are turned away from eye tests; on Wednesday customers
# report burning, red eyes from a new batch of Daily Clear lenses and Plover recalls batches
# DC-4417 and DC-4418 at lunchtime (one customer has the warning signs of a detached retina); on
# Thursday a calibration fault at the Bexmoor lab comes to light: glasses made to the wrong
# prescription, one worn by a 79-year-old driver. Friday to Sunday: the news, hearing-aid care,
# follow-ups, the legal letters, birdwatchers and a quiet weekend.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, shop,
# account, card, order and serial number, phone number, address and email address here is made
# up. Phone numbers are from the UK drama ranges.


def build_plover_opticians():
    global CURRENT_BRAND, CLOCK
    brand = Brand("plover-opticians", SCEN_DIR / "plover-opticians.plan.toml", "PloverEyes", 4978901245, 1861220000000005401)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-03-13T05:30:00Z")
    B = "PloverEyes"
    user(B, "Plover Opticians", 4978901245,
         "Plover 👓 eye tests, glasses, contact lenses and hearing care. Care team here 8am–8pm Mon–Sat, 10–4 Sun. "
         "Book in our app. Careline 0808 157 0619. Please never post card numbers or your date of birth here.",
         38_700, following=940, tweets=27_300, listed=160, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10540100000 + _n[0] * 4129, bio, followers, **kw)

    # Monday
    person("rachel_b_plo", "Rachel Birch", "Physio. Aldwater. Short-sighted since I was 9.", 410)
    person("priya_s_plo", "Priya Shah", "Marketing. Corrington. Contact lenses and strong opinions.", 760)
    person("dee_w_plo", "Dee Walsh", "Mum, bookkeeper, serial budgeter.", 290)
    person("liv_m_plo", "Olivia Marsh", "Nurse on nights. Thistlebury. Coffee is a personality.", 330)
    person("barry_q_plo", "Barry Quigg", "Retired postman. Puns are free, unlike everything else.", 180)
    person("nadia_plo", "Nadia Farouk", "Architect. I notice fonts and fine print.", 1_240)
    person("tom_h_plo", "Tom Hendry", "Joiner. Bexmoor. Dog dad.", 95)
    person("greta_plo", "Greta Lindqvist", "Swede in Thistlebury. Teacher. Punctual, unlike the bus.", 230)
    person("wendlebirds_plo", "Wendle Bay Birders", "Sightings and walks around Wendle Bay and Plover Point. All welcome, bring a flask 🐦", 3_900)
    person("ploverinn_plo", "The Plover Inn", "Free house on the harbour at Wendle Bay 🍺 quiz Mondays, roasts Sundays, dogs welcome.", 2_100)
    person("ian_c_plo", "Ian Crowther", "Retired conveyancer. I read the terms and conditions.", 310)
    # Tuesday
    person("hana_k_plo", "Hana Kowalczyk", "Marrowfield. Baker. Glasses since forever.", 270)
    person("jen_mo3_plo", "Jen Holroyd", "Mum of 3 under 9. Aldwater. Taxi service for small people.", 350)
    person("maddie_o_plo", "Maddie Okoro", "Presenter on Morning Brew, weekdays 7am. Books, dogs, terrible karaoke. Views my own.",
           870_000, following=1_100, listed=3_400, verified=True)
    person("heckle_plo", "Stu Brannigan", "Open mic veteran. Closed mic expert.", 420)
    person("gem_r_plo", "Gemma Rhodes", "Bexmoor. Always running late, professionally.", 180)
    person("sunil_plo", "Sunil Mehta", "Pharmacist. Bexmoor. Here to help, slowly.", 510)
    person("carl_d_plo", "Carl Dobson", "Shift worker. Marrowfield. Say it how it is.", 60)
    person("joan_p_plo", "Joan Pickering", "Grandma of 5. I still use a landline.", 45)
    person("RadioCorr_plo", "Radio Corrington", "Your local station. News on the hour, Breakfast 6–10 with Lisa and Dev.",
           29_800, following=1_300, verified=True)
    person("ines_plo", "Inês Costa", "Lisboeta em Marrowfield. Enfermeira. Café forte.", 240)
    person("ollie_w_plo", "Ollie Webster", "Front-end dev. I see your templates.", 1_150)
    person("ploverlinks_plo", "Plover Links Golf Club", "18 holes on the links at Wendle Bay since 1911 ⛳ visitors welcome.", 1_700)
    person("fieldnotes_plo", "Alan Pryce", "Farmer's son, birder, bad photographer.", 860)
    # Wednesday
    person("sara_j_plo", "Sara Jennings", "Vet nurse. Corrington. Cat hair on everything.", 380)
    person("PloverHelp_plo", "Plover Customer Care 💙", "Official refunds & support 24/7 👓 DM us for fast help", 31, following=4_700)
    person("becky_plo", "Becky Stone", "Hayfever martyr. Aldwater.", 210)
    person("kez_plo", "Kerry-Ann Lowe", "19. hair n nails. dont @ me", 640)
    person("ravi_t_plo", "Ravi Thakkar", "Accountant. Marrowfield. Cyclist.", 290)
    person("lucia_m_plo", "Lucía Moreno", "Sevillana en Corrington. Profe de español.", 320)
    person("amelie_plo", "Amélie Girard", "Française à Bexmoor. Traductrice.", 270)
    person("margaret_plo", "Margaret Doyle", "Retired librarian. Thistlebury. Crosswords and cats.", 140)
    person("aisha_plo", "Aisha Bello", "Law student. Marrowfield. Wears toric lenses, sadly.", 480)
    person("CorrPost_plo", "Corrington Post", "News for Corrington, Bexmoor and Marrowfield since 1871. Tips: news@corrpost.example",
           41_200, following=900, verified=True)
    person("fraser_plo", "Fraser Innes", "Surveyor. Wendle Bay. Early riser.", 150)
    person("bev_plo", "Bev Hartley", "Dinner lady. Thistlebury. Tea, two sugars.", 85)
    person("owen_plo", "Owen Pugh", "Student. Aldwater. Permanently confused.", 200)
    person("kwame_plo", "Kwame Asante", "Sales rep. Always in the car.", 540)
    person("wendlelb_plo", "Wendle Bay Lifeboat", "Volunteer lifeboat crew at Wendle Bay. In an emergency at sea, dial 999 and ask for the Coastguard.", 6_300)
    person("jules_plo", "Jules Hart", "Geography teacher lookalike. Corrington.", 390)
    person("birdingbob_plo", "Bob Tench", "Retired. Binoculars always in the car.", 720)
    # Thursday
    person("ken_a_plo", "Ken Ashworth", "Retired engineer. Bexmoor. I measure twice.", 210)
    person("sam_f_plo", "Sam Fielding", "Son, dad, worrier. Bexmoor.", 190)
    person("laura_k_plo", "Laura Kemp", "Mum of Evie (6). Marrowfield.", 260)
    person("fiona_plo", "Fiona Reid", "Bexmoor. New glasses, old problems.", 170)
    person("tash_plo", "Natasha Bloom", "Bexmoor. Hairdresser. Nosy neighbour.", 330)
    person("gaz_m_plo", "Gary Moss", "Say it to my face.", 40)
    person("femke_plo", "Femke de Vries", "Uit Groningen, woont in Marrowfield. Fietst, altijd.", 230)
    person("derek_plo", "Derek Hill", "Keeps every receipt. Aldwater.", 120)
    person("jonnyrae_plo", "Jonny Rae", "Ex-pro, now talking about it on telly. Podcast every Monday ⚽",
           1_300_000, following=650, listed=4_800, verified=True)
    person("milo_plo", "Milo Grant", "Surfer. Wendle Bay. Sun's out.", 610)
    person("jonas_plo", "Jonas Becker", "Aus Hamburg, jetzt in Corrington. Ingenieur.", 180)
    person("giulia_plo", "Giulia Rossi", "Milanese a Thistlebury. Figlia premurosa.", 210)
    # Friday
    person("BexEcho_plo", "Bexmoor Echo", "Bexmoor's paper. News, sport, what's on.", 18_600, following=700, verified=True)
    person("walter_plo", "Walter Nash", "74. Aldwater. Allotment and crosswords.", 70)
    person("pat_o_plo", "Pat O'Leary", "Thistlebury. Fisherman. Slightly deaf.", 110)
    person("maureen_plo", "Maureen Tate", "Corrington. Nan. On here for the grandkids' photos.", 55)
    person("zoe_h_plo", "Zoe Hammond", "Daughter, carer, coffee drinker. Aldwater.", 300)
    person("hollie_plo", "Hollie Park", "Mum of Ada (4). Marrowfield.", 240)
    person("dev_p_plo", "Dev Patel", "Delivery driver. Lots of stairs.", 150)
    person("recover_plo", "FundsBack Recovery ✅", "Certified scam & crypto recovery. 100% success. DM ✅", 5_800, following=4_900)
    person("growth_plo", "GrowthPro Media 📈", "Real followers. Real growth. DM for packages 💸", 2_300, following=4_900)
    person("freebies_plo", "Free Stuff UK 🎁", "Giveaways every day! Follow + RT to enter 🎁", 3_100, following=4_900)
    person("kirsty_plo", "Kirsty Vale", "Thistlebury. Sellotape engineer.", 260)
    person("emma_w_plo", "Emma Ward", "Getting married in April!! Wendle Bay.", 310)
    person("arthur_plo", "Arthur Bennett", "Retired bus driver. Corrington. Grandad.", 90)
    person("mumreads_plo", "Kate Osei", "Bedtime stories, every night. Mum of Nia (5).", 1_400)
    # Saturday and Sunday
    person("ruthbirds_plo", "Ruth Calder", "Wader fan. Wet feet most weekends.", 1_050)
    person("ploverpt_plo", "Plover Point Nature Reserve", "Saltmarsh, shingle and hides near Wendle Bay. Run by volunteers 🐦", 4_400)
    person("pieter_plo", "Pieter Bakker", "Uit Utrecht, nu in Wendle Bay. Eerste bril ooit.", 190)
    person("kate_m_plo", "Kate Morley", "Mum of Leo (8). Aldwater. Snapped frames specialist.", 220)
    person("graham_plo", "Graham Lowry", "50 and suddenly can't read menus.", 160)
    person("lyn_plo", "Lyn Fenwick", "Bexmoor. Retired. Opinions free.", 240)
    person("abi_plo", "Abi Cross", "Student nurse. Corrington. Short-sighted.", 280)
    person("chloe_plo", "Chloe Barnes", "Mum of Finn (3). Thistlebury.", 200)
    person("meg_plo", "Meg Dalton", "Corrington. Runner. Lens wearer.", 350)
    person("hex_plo", "Priti Rao", "Security researcher. I read page source for fun.", 3_600)
    person("WendleNews_plo", "Wendle Bay News", "Community news for Wendle Bay and the coast.", 7_200, following=800)
    person("mudflats_plo", "Ed Fairclough", "New binoculars, same old birds.", 640)
    person("oldrecipes_plo", "Old Cookbook Corner", "Odd recipes from old cookbooks. We don't recommend most of them 📜", 8_900)
    person("shaz_plo", "Sharon Pike", "Marrowfield. No filter.", 75)
    person("nic_t_plo", "Nicola Turner", "Aldwater. Everything breaks at once.", 230)
    person("jay_plo", "Jay Lim", "Corrington. Barely functional before coffee.", 190)
    person("roastking_plo", "Dan Mercer", "Ranking every Sunday roast on the coast 🍖", 5_200)

    # ---- Monday 13 March: the lens subscription price rise --------------------------------
    price_post = tw(B, "From 10 April, Daily Clear lens subscriptions will be £21 a month (currently £16). It still includes free aftercare checks and free delivery to your door. Full details are in the email we've sent you today 👉 {url:https://plover.example/lens-plan}",
                    when="2028-03-13T06:00:00Z")
    SC("plover-brand-own-price-rise", "brand-own-post", price_post, expect(IGN, "low", "contacts", "none"))
    rachel = tw("rachel_b_plo", f"@{B} £16 to £21 a month for the exact same lenses?? that's a 31% price rise on four weeks' notice and I've paid by direct debit since 2021. not happy",
                when="2028-03-13T06:48:12Z")
    SC("plover-complaint-price-rise", "complaint-direct", rachel, expect(RP, "normal", "billing", "direct"))
    SC("plover-sarcasm-lenses-cost-phone", "sarcasm-customer",
       tw("priya_s_plo", "so kind of Plover to email me at 6am to say my contact lenses now cost more than my phone contract 🙂 really opened my eyes, cheers",
          when="2028-03-13T07:30:41Z"),
       expect(RP, "normal", "contacts", "indirect"), note="'so kind' meaning the opposite: her own subscription price", known_miss="round 13, not met yet: priority: want \"normal\", got low; the engine read: names Plover in a post to everyone | praise: thank them | topic contacts: 'contact lenses', 'contacts'")
    rachel_brand = tw(B, "@rachel_b_plo Hi Rachel, sorry it's landed like that. You can leave before 10 April with no fee, or switch to Daily Clear monthlies at £14. Reply here or DM us and we'll sort whichever you choose today.",
                      reply_to=rachel, when="2028-03-13T08:10:05Z")
    SC("plover-brand-reply-rachel-options", "brand-own-post", rachel_brand, expect(IGN, "low", "contacts", "none"))
    SC("plover-q-reply-switch-monthlies", "question-in-reply-to-brand",
       tw("rachel_b_plo", "if I switch to the monthlies do I need a new contact lens check first, or can you just change the box over from April?",
          reply_to=rachel_brand, when="2028-03-13T08:40:27Z"),
       expect(RP, "normal", "contacts", "direct"), note="a question under the brand's reply, no @")
    dee = tw("dee_w_plo", "is it me or is every single bill going up in april 😩", when="2028-03-13T09:05:00Z")
    SC("plover-venting-subscription-in-friends-thread", "third-party-venting",
       tw("liv_m_plo", "@dee_w_plo not just you, plover just put my lens subscription up £5 a month. £60 a year extra to see, apparently. might go back to my old glasses",
          reply_to=dee, when="2028-03-13T09:20:33Z"),
       expect(MON, "low", "contacts", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("plover-joke-bird-prices", "joke-bystander",
       tw("barry_q_plo", "@dee_w_plo Plover putting prices up? they'll be charging us for the birdseed next 🐦 cheep it is not",
          reply_to=dee, when="2028-03-13T09:31:50Z"),
       expect(IGN, "low", "billing", "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic billing: 'price', 'prices', 'pricing', 'charged', 'charge', 'charges'")
    SC("plover-quote-free-delivery", "quote",
       tw("nadia_plo", "'still includes free delivery' 🙃 it's a cardboard box of contact lenses through my letterbox, it was free before too. same lenses, £60 a year more",
          quote=price_post, when="2028-03-13T10:15:19Z"),
       expect(RP, "normal", "contacts", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic complaint about her own subscription")
    SC("plover-private-cancel-account-dob", "private-details",
       tw("tom_h_plo", f"@{B} please cancel my lens subscription before the new price kicks in. account PLV-2290417, email tom.hendry@inbox.example, DOB 02/09/1988. cheers",
          when="2028-03-13T11:02:44Z"),
       expect(RV, "normal", "contacts", "direct"), note="an account number, an email and a date of birth in public")
    SC("plover-indirect-waiting-room-50-mins", "complaint-indirect",
       tw("greta_plo", "Plover in Thistlebury left me in the waiting room 50 minutes past my appointment time. Nobody said a word, staff just chatting behind the desk. I had to leave for work in the end, still not seen.",
          when="2028-03-13T12:30:08Z"),
       expect(RP, "normal", "stores", "indirect"), note="her own experience, brand named without a tag")
    SC("plover-common-ringed-plover-shingle", "common-word",
       tw("wendlebirds_plo", "Ringed plover back on the shingle at Wendle Bay this morning 🐦 first of the spring! Please keep dogs on leads near the roped-off nesting area",
          when="2028-03-13T13:10:00Z"),
       expect(IGN, "low", None, "none"), note="the bird")
    SC("plover-namesake-inn-quiz", "namesake",
       tw("ploverinn_plo", "Quiz night at the Plover Inn tonight 🍻 8pm, £2 a head, the winning team takes home a meat raffle voucher and eternal glory. Picture round is birds, obviously",
          when="2028-03-13T16:30:00Z"),
       expect(IGN, "low", "billing", "none"), note="the pub; 'voucher' is a billing keyword")
    SC("plover-legal-trading-standards-minimum-term", "legal-threat-not-urgent",
       tw("ian_c_plo", "So Plover's contact lens plan ties me in for a 12 month minimum term, but they can put the price up whenever they like? That's an unfair contract term. Complaint going to Trading Standards in the morning.",
          when="2028-03-13T20:40:16Z"),
       expect(RP, "high", "contacts", "indirect"), note="a regulator complaint about his own subscription, brand named without a tag")

    # ---- Tuesday 14 March: the booking system falls over ---------------------------------
    hana = tw("hana_k_plo", f"@{B} your app and website are both down. 'something went wrong' on every page and I can't book or even see my appointment for this afternoon. is it just me?",
              when="2028-03-14T07:41:22Z")
    SC("plover-complaint-booking-down", "complaint-direct", hana, expect(RP, "high", "booking", "direct"),
       note="the app and website down for everyone: an outage")
    SC("plover-in-passing-tuesday-eye-tests", "complaint-in-passing",
       tw("jen_mo3_plo", f"today so far: alarm didn't go off, kids fought over the last waffle, drove 40 mins to Aldwater for their eye tests and @{B} had 'no record' of us because the system's down. then a parking ticket. it's 10am and I'm done",
          when="2028-03-14T08:02:37Z"),
       expect(RP, "high", "booking", "indirect"), note="the brand tagged in the middle of a bad morning; turned away in the outage")
    outage = tw(B, "We're sorry: our booking system is down this morning, so the app, the website and our stores can't see appointments. If you're booked in today, please still come along; every store has a paper list. Next update here by 10am.",
                when="2028-03-14T08:15:00Z")
    SC("plover-brand-own-outage", "brand-own-post", outage, expect(IGN, "low", "booking", "none"))
    hana_brand = tw(B, "@hana_k_plo Sorry Hana, it's not just you: the booking system has been down since 7:30. Your 2:15 at Marrowfield is still on and the team there has it on paper. We'll update here by 10.",
                    reply_to=hana, when="2028-03-14T08:20:11Z")
    SC("plover-repost-outage", "repost", tw("joan_p_plo", "", retweet=outage, when="2028-03-14T08:31:45Z"),
       expect(IGN, "low", "booking", "indirect"))
    SC("plover-q-reply-outage-daughter-test", "question-in-reply-to-brand",
       tw("laura_k_plo", "my daughter's eye test is 3:30 at Marrowfield, do we still come? the text reminder said bring her old glasses but I can't get into the app to check anything",
          reply_to=outage, when="2028-03-14T08:44:03Z"),
       expect(RP, "normal", "booking", "direct"), strict=False,
       note="a question under the outage post; some leads would raise everything that touches the outage to high")
    SC("plover-thread-hana-relief", "thread-with-brand",
       tw("hana_k_plo", "oh thank goodness, that's a relief. will still come in at 2:15 for the appointment then 👍",
          reply_to=hana_brand, when="2028-03-14T08:58:29Z"),
       expect(RP, "low", "booking", "direct"), note="thanks in the brand's thread without @")
    maddie = tw("maddie_o_plo", f"Took the morning off for my first eye test in 10 years at Plover in Corrington and got sent home because 'the system is down'. Squinting at the autocue for another month then 🙃 @{B}",
                when="2028-03-14T09:10:54Z",
                metrics={"retweet_count": 2100, "reply_count": 1300, "like_count": 29800, "quote_count": 310})
    SC("plover-big-reach-presenter-sent-home", "big-reach", maddie, expect(RP, "high", "booking", "indirect"),
       note="870k followers, turned away in the outage; the handle at the end of a post to everyone")
    SC("plover-joke-owl-eyesight", "joke-bystander",
       tw("heckle_plo", "@maddie_o_plo you booked in with Plover and you're surprised it flew off? should've gone to an owl, Maddie. famous eyesight 🦉",
          reply_to=maddie, when="2028-03-14T09:26:12Z"),
       expect(IGN, "low", "booking", "third_party"), note="a stranger's bird pun under the presenter's post", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic booking: 'booking', 'book', 'booked'")
    gem = tw("gem_r_plo", "anyone else's opticians app not working?? need to move my appointment and it just spins", when="2028-03-14T09:40:00Z")
    SC("plover-chatter-ring-the-branch", "third-party-chatter",
       tw("sunil_plo", "@gem_r_plo if it's Plover, their booking system's been down all morning. ring the branch, the Bexmoor one was taking bookings on paper when I walked past",
          reply_to=gem, when="2028-03-14T09:52:31Z"),
       expect(MON, "low", "booking", "third_party"), note="a stranger's advice in someone else's thread")
    SC("plover-abuse-clowns-turned-away", "abuse-with-problem",
       tw("carl_d_plo", f"@{B} absolute shambles. took a half day unpaid for my eye test, turned away at the door coz your system's down, and your careline just rings out. useless bloody clowns the lot of you",
          when="2028-03-14T10:05:48Z"),
       expect(RP, "high", "booking", "direct"), note="rude, but he lost half a day's pay and his eye test in the outage")
    SC("plover-hotline-on-hold-outage", "public-hotline-number",
       tw("joan_p_plo", f"@{B} I've been ringing 0808 157 0619 since 8 o'clock to move my appointment. 43 minutes on hold and then it cut me off. the app is still down",
          when="2028-03-14T10:20:19Z"),
       expect(RP, "high", "booking", "direct"), strict=False, note="the brand's own careline is not a private detail; during the outage")
    SC("plover-news-booking-outage", "news-monitor",
       tw("RadioCorr_plo", "Opticians chain Plover says a fault with its booking system has left customers unable to book or check appointments online this morning. Stores are working from paper lists {url:https://radiocorrington.example/news/plover-booking}",
          when="2028-03-14T10:45:00Z"),
       expect(MON, "low", "booking", "indirect"))
    SC("plover-pt-outage-marcacao", "non-english",
       tw("ines_plo", f"@{B} Bom dia, a aplicação não funciona desde as 8h e não consigo ver a minha marcação de hoje. O exame à vista em Marrowfield ainda é às 11h?",
          lang="pt", when="2028-03-14T11:05:27Z"),
       expect(RP, "high", "booking", "direct"), note="Portuguese: the app is down and she can't see today's eye test")
    SC("plover-html-confirmation-template", "html-entities",
       tw("ollie_w_plo", f"@{B} booked after the site came back and the confirmation email says &lt;div class=\"slot\"&gt;{{{{ appointment.time }}}}&lt;/div&gt; where the time should be. so when is my eye test actually?",
          when="2028-03-14T15:30:36Z"),
       expect(RP, "normal", "booking", "direct"), note="a broken template in the email, delivered escaped; the system is back")
    SC("plover-namesake-golf-links-closed", "namesake",
       tw("ploverlinks_plo", "Plover Links is closed again today, greens waterlogged after the weekend ⛳ Members, the clubhouse is open for lunch and the bar from 12",
          when="2028-03-14T16:00:00Z"),
       expect(IGN, "low", "stores", "none"), note="the golf course; 'closed' is a stores keyword")
    SC("plover-common-golden-plover-flock", "common-word",
       tw("fieldnotes_plo", "Huge flock of golden plover over the stubble at Marrowfield this afternoon, 400+ at a guess. Light was awful for photos but what a sight 🐦",
          when="2028-03-14T17:10:22Z"),
       expect(IGN, "low", None, "none"), note="the bird")

    # ---- Wednesday 15 March: the Daily Clear batch ----------------------------------------
    sara = tw("sara_j_plo", f"@{B} put in a fresh pair of Daily Clear this morning and within 10 mins both eyes were burning and streaming. took them out an hour ago and my left eye is still bright red and really painful. what's in this batch??",
              when="2028-03-15T07:12:40Z")
    SC("plover-safety-burning-red-eye", "safety-urgent", sara, expect(RP, "urgent", "safety", "direct"),
       note="a reaction to new lenses happening now")
    sara_brand = tw(B, "@sara_j_plo Sara, please don't put another lens in. If the pain or redness hasn't settled, go to eye casualty at Corrington General today or call 111. We're checking that batch now: when you can, DM us the lot number from the box.",
                    reply_to=sara, when="2028-03-15T07:40:18Z")
    SC("plover-brand-reply-sara-eye-casualty", "brand-own-post", sara_brand, expect(IGN, "low", ANY, "none"))
    SC("plover-spam-fake-care-card-details", "spam",
       tw("PloverHelp_plo", "@sara_j_plo Hi Sara 👋 Plover Customer Care here 💙 we can refund your lenses today! Just DM us your full card number and the 3 digits on the back to process it ✅",
          reply_to=sara, when="2028-03-15T07:55:09Z"),
       expect(IGN, "low", "billing", "third_party"), note="an impersonator under a customer's post, fishing for card details")
    becky = tw("becky_plo", "my eyes are so sore n itchy today, hayfever season starting already?? 😩", when="2028-03-15T08:30:00Z")
    SC("plover-safety-lowercase-in-friends-thread", "safety-urgent",
       tw("kez_plo", "@becky_plo hayfever or plover lenses?? mine started stinging the second i opened the new box n now my right eye's all blurry, cant see the telly properly out of it n it hurts",
          reply_to=becky, when="2028-03-15T08:47:31Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="inside someone else's conversation, but her sight is blurred and painful now after the suspect lenses: the risk outweighs 'don't butt in', so only the priority is strict")
    SC("plover-medical-curtain-flashes", "medical-urgent",
       tw("ravi_t_plo", f"@{B} wore your daily clear lenses all day yesterday. woke up this morning with a dark curtain across the bottom of my left eye and flashing lights. is this the lenses??",
          when="2028-03-15T09:20:05Z"),
       expect(RP, "urgent", "safety", "direct"), note="a curtain and flashes are the warning signs of a detached retina: he needs emergency care today, whatever the cause")
    SC("plover-es-safety-ojo-rojo", "safety-urgent",
       tw("lucia_m_plo", f"@{B} Hola, llevo las lentillas Daily Clear desde el lunes y hoy tengo el ojo rojo, me arde muchísimo y casi no veo nada. ¿Es del lote retirado? ¿Voy a urgencias?",
          lang="es", when="2028-03-15T10:05:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a red, burning eye and poor sight from the lenses")
    SC("plover-fr-safety-vision-floue", "non-english",
       tw("amelie_plo", f"@{B} Bonjour, depuis ce matin j'ai très mal aux yeux avec mes lentilles Daily Clear : yeux rouges et vision floue. Je les ai retirées. Dois-je aller aux urgences ?",
          lang="fr", when="2028-03-15T11:30:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: painful red eyes and blurred vision from the lenses")
    recall = tw(B, "⚠️ Recall: please stop wearing Daily Clear lenses marked DC-4417 or DC-4418 now. If your eyes sting, hurt or look red, or your vision is blurred, take them out and get seen today. Free replacements and refunds 👉 {url:https://plover.example/recall}",
                when="2028-03-15T13:00:00Z")
    SC("plover-brand-own-recall", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("plover-repost-recall", "repost", tw("bev_plo", "", retweet=recall, when="2028-03-15T13:20:33Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("plover-medical-diabetic-calm-question", "medical-urgent",
       tw("margaret_plo", f"@{B} Hello, I have type 2 diabetes and some diabetic retinopathy. I've two boxes of DC-4418 and no symptoms so far. Is it safe to keep using them until my new ones come, or should I stop now? Thank you",
          when="2028-03-15T13:45:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but from someone with diabetic eye disease about a recalled lens")
    SC("plover-quote-recall-toric", "quote",
       tw("aisha_plo", "is it just the dailies or the toric ones too? mine say DC-4417 on the side of the box but they're toric and I've had no problems so far",
          quote=recall, when="2028-03-15T14:10:26Z"),
       expect(RP, "normal", "contacts", "indirect"), strict=False,
       note="a question quoting the recall post without a tag; no symptoms")
    SC("plover-news-lens-recall", "news-monitor",
       tw("CorrPost_plo", "Opticians chain Plover has recalled two batches of its own-brand daily contact lenses after customers reported painful red eyes and stinging {url:https://corrpost.example/news/plover-lens-recall}",
          when="2028-03-15T14:30:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("plover-private-address-replacements", "private-details",
       tw("fraser_plo", f"@{B} 3 boxes of DC-4417 here, no problems with my eyes thankfully. please send the replacements to 41 Sandpiper Way, Wendle Bay WB4 7RQ, subscription no. PLS-771902",
          when="2028-03-15T15:00:41Z"),
       expect(RV, "normal", "contacts", "direct"), note="a home address and a subscription number in public; no symptoms")
    SC("plover-hotline-swap-boxes", "public-hotline-number",
       tw("bev_plo", f"@{B} is 0808 157 0619 the right number to swap the recalled boxes? it rings for ages then hangs up. I've got 2 boxes of DC-4418 lenses, no symptoms",
          when="2028-03-15T15:40:17Z"),
       expect(RP, "normal", "contacts", "direct"), strict=False, note="the brand's own careline is not a private detail; no symptoms")
    owen = tw("owen_plo", "got the plover recall text, what do I actually do with the lenses? just bin them?", when="2028-03-15T16:20:00Z")
    SC("plover-chatter-swap-in-store", "third-party-chatter",
       tw("kwame_plo", "@owen_plo don't bin them, take the boxes into any Plover and they swap them for a different batch there and then. did mine at Corrington at lunch",
          reply_to=owen, when="2028-03-15T16:34:48Z"),
       expect(MON, "low", "contacts", "third_party"), note="a stranger's advice in someone else's thread")
    SC("plover-namesake-fishing-boat", "namesake",
       tw("wendlelb_plo", "Our crew launched at 14:20 to the fishing boat Plover, taking on water 3 miles off Plover Point. All four crew safe; one taken to hospital as a precaution with a hand injury. Thanks to the Coastguard 💙",
          when="2028-03-15T17:30:00Z"),
       expect(IGN, "low", "safety", "none"), note="a fishing boat and a headland of the same name, with injury words")
    SC("plover-chatter-binned-lenses", "chatter-monitor",
       tw("jules_plo", "binned every Plover contact lens in the house just in case. back in my glasses for a bit and I look like a geography teacher 🤓",
          when="2028-03-15T19:00:14Z"),
       expect(MON, "low", "contacts", "indirect"), note="nothing to answer: no symptoms, no question")
    SC("plover-common-plover-or-dunlin-glasses", "common-word",
       tw("birdingbob_plo", "Can't tell a ringed plover from a dunlin at 50 yards any more. Think it's time for new glasses, or at least a better pair of binoculars 🔭😅",
          when="2028-03-15T20:15:39Z"),
       expect(IGN, "low", "glasses", "none"), note="the bird, next to a business word")

    # ---- Thursday 16 March: the Bexmoor lab and the wrong prescriptions -------------------
    ken = tw("ken_a_plo", f"@{B} picked up my new varifocals from Bexmoor yesterday. everything's swimming and I've had a headache since. held them up against my old prescription and they're not even close. 3 weeks I waited for these",
             when="2028-03-16T07:50:16Z")
    SC("plover-complaint-wrong-varifocals", "complaint-direct", ken, expect(RP, "normal", "glasses", "direct"))
    ken_brand = tw(B, "@ken_a_plo So sorry Ken. We've found a fault at our Bexmoor lab: some glasses this month were made to the wrong prescription. Please stop wearing them. We'll remake them free and fast-track them; Bexmoor can re-order today.",
                   reply_to=ken, when="2028-03-16T08:30:44Z")
    SC("plover-brand-reply-ken-lab-fault", "brand-own-post", ken_brand, expect(IGN, "low", "glasses", "none"))
    SC("plover-thread-ken-reordered", "thread-with-brand",
       tw("ken_a_plo", "cheers. Bexmoor have re-ordered them already, new glasses ready Monday they reckon. appreciate the quick answer 👍",
          reply_to=ken_brand, when="2028-03-16T09:05:03Z"),
       expect(RP, "low", "glasses", "direct"), note="thanks in the brand's thread, no @")
    SC("plover-safety-dad-driving-wrong-specs", "safety-urgent",
       tw("sam_f_plo", "My dad's 79 and he's been driving in the new specs Plover made him since Saturday. Turns out they were made up for someone else. He nearly crashed into the back of a bus on the ring road this morning. That's dangerous, how is this allowed??",
          when="2028-03-16T09:40:27Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a driver in the wrong glasses and a near miss: other drivers may be in the same position")
    SC("plover-repeat-child-glasses-third-time", "repeat-contact",
       tw("laura_k_plo", f"@{B} 3rd time asking now. my 6 year old's glasses have come back from your lab with the wrong prescription TWICE. she can't see the board at school. you promised Monday someone would ring me. nobody has",
          when="2028-03-16T10:15:09Z"),
       expect(RP, "high", "glasses", "direct"), note="the third contact, a promised call never made")
    fiona = tw("fiona_plo", "new glasses from the opticians and I feel like I'm on a ferry 🤢 is this normal for the first week??", when="2028-03-16T10:50:00Z")
    SC("plover-indirect-tagged-in-friends-thread", "complaint-indirect",
       tw("tash_plo", f"@fiona_plo same!! are yours from Plover Bexmoor? mine came back with the wrong prescription, they've admitted it's their lab. @{B} that's two of us on one street",
          reply_to=fiona, when="2028-03-16T11:05:35Z"),
       expect(RP, "normal", "glasses", "indirect"), note="a complaint about her own glasses in a friend's thread, tagging the brand in passing")
    SC("plover-threat-frames-cabinet", "threat-urgent",
       tw("gaz_m_plo", f"@{B} third pair of glasses you've got wrong. if that smug lad on the Bexmoor desk tells me to 'give them two weeks to adjust' once more I'll put his head through the frames cabinet. sort it",
          when="2028-03-16T11:40:22Z"),
       expect(ANY, "urgent", "glasses", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("plover-nl-threat-receptionist", "threat-urgent",
       tw("femke_plo", f"@{B} Net bij jullie in Marrowfield bedreigde een man de medewerker aan de balie. Hij riep dat hij haar na haar dienst zou opwachten. De politie is onderweg. Gaat het goed met haar?",
          lang="nl", when="2028-03-16T12:20:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a man threatened the receptionist, just now")
    SC("plover-legal-small-claims-varifocals", "legal-threat-not-urgent",
       tw("derek_plo", f"@{B} £389 for varifocals, wrong prescription twice, and now 'remake in 10 working days'. I want my money back, a full refund, or it's the small claims court. I've kept every receipt.",
          when="2028-03-16T13:30:18Z"),
       expect(RP, "high", "glasses", "direct"), note="a court threat over his varifocals: a strong complaint, not urgent")
    SC("plover-big-reach-pundit-specs", "big-reach",
       tw("jonnyrae_plo", f"Plover have made me two pairs of specs this month and I can't read the autocue with either. Wrong prescription both times. How hard can it be lads 👓 @{B}",
          when="2028-03-16T14:45:00Z",
          metrics={"retweet_count": 3400, "reply_count": 2200, "like_count": 46100, "quote_count": 520}),
       expect(RP, "high", "glasses", "indirect"), note="1.3m followers, a real complaint about his own glasses")
    SC("plover-indirect-sunglasses-never-came", "complaint-indirect",
       tw("milo_plo", "Just realised the prescription sunglasses I ordered on Plover's online shop three weeks ago never turned up. Tracking still says 'awaiting dispatch'. Paid £129 for nothing so far 😒",
          when="2028-03-16T15:30:47Z"),
       expect(RP, "normal", "glasses", "indirect"), note="his own order, brand named without a tag")
    SC("plover-de-price-rise-abo", "non-english",
       tw("jonas_plo", f"@{B} Ich bin seit drei Jahren im Abo und jetzt steigt der Preis mitten im Vertrag von £16 auf £21 im Monat? Viel zu teuer. Kann ich kündigen, ohne etwas zu zahlen?",
          lang="de", when="2028-03-16T16:10:03Z"),
       expect(RP, "normal", "billing", "direct"), note="German: the subscription price rise, can he cancel for free")
    SC("plover-it-question-home-hearing-test", "non-english",
       tw("giulia_plo", f"@{B} Buongiorno, mia madre ha 82 anni e porta due apparecchi acustici. Fate l'esame dell'udito anche a domicilio a Thistlebury? Grazie mille",
          lang="it", when="2028-03-16T17:00:29Z"),
       expect(RP, "normal", "hearing", "direct"), note="Italian: a home hearing test for her mother")
    SC("plover-thread-sara-settled-refund", "thread-with-brand",
       tw("sara_j_plo", "update for you: eye's all settled now, the drops did the trick. and the refund's already through. thank you for being so quick yesterday 🙏",
          reply_to=sara_brand, when="2028-03-16T18:00:12Z"),
       expect(RP, "low", "billing", "direct"), note="back in the brand's thread the next day, recovered and thankful: no longer urgent")

    # ---- Friday 17 March -------------------------------------------------------------------
    lab_news = tw("BexEcho_plo", "Plover says a calibration fault at its Bexmoor lab meant around 600 pairs of glasses were made to the wrong prescription between 6 and 14 March. Customers are being contacted {url:https://bexmoorecho.example/news/plover-lab}",
                  when="2028-03-17T07:30:00Z")
    SC("plover-news-lab-fault", "news-monitor", lab_news, expect(MON, "low", "glasses", "indirect"))
    SC("plover-repeat-hearing-aid-whistling", "repeat-contact",
       tw("walter_plo", f"@{B} that's the 4th time my hearing aid has gone back for the whistling. the new one lasted 9 days. I'm 74, I can't keep getting two buses to Aldwater every week for this",
          when="2028-03-17T08:15:36Z"),
       expect(RP, "high", "hearing", "direct"), note="the fourth time back with the same fault")
    SC("plover-question-ear-wax-microsuction", "question",
       tw("pat_o_plo", f"@{B} do you do microsuction for ear wax at Thistlebury or do I have to go to Corrington? and is there a wait at the moment",
          when="2028-03-17T09:00:51Z"),
       expect(RP, "normal", "hearing", "direct"))
    SC("plover-private-phone-hearing-serial", "private-details",
       tw("maureen_plo", f"@{B} my left hearing aid has stopped charging. serial HA-55019-L, bought in January at Corrington. my number is 07700 900318, please ring, my daughter Linda will answer as I can't hear well on the phone",
          when="2028-03-17T10:00:24Z"),
       expect(RV, "normal", "hearing", "direct"), note="a phone number and a serial number in public")
    SC("plover-praise-audiologist-mum", "praise",
       tw("zoe_h_plo", "The audiologist at Plover Aldwater was so patient with my mum today, explained everything twice and adjusted her hearing aids until she was comfy. Mum says she can hear the birds again 🥹",
          when="2028-03-17T11:00:07Z"),
       expect(RP, "low", "hearing", "indirect"), known_miss="round 13, not met yet: priority: want \"low\", got normal; the engine read: names Plover in a post to everyone | describes their own experience | sarcasm (irony 0.56) from a customer: a complaint | topic hearing: 'audiologist', 'audiologists', 'hearing aid', 'hearing aids', 'hearing'")
    SC("plover-praise-first-eye-test-stickers", "praise",
       tw("hollie_plo", "Took my 4 year old for her first eye test at Plover Marrowfield and the lady made it a game with stickers and a torch puppet. She's asking when she can go back 😂 thank you!",
          when="2028-03-17T12:00:45Z"),
       expect(RP, "low", "booking", "indirect"), note="children's eye care praise, brand named without a tag")
    SC("plover-sarcasm-funhouse-glasses", "sarcasm-customer",
       tw("dev_p_plo", f"Thanks @{B} for the new glasses that make the whole world look like a funhouse mirror. Really adds some excitement to my 300 stairs a day 🙂",
          when="2028-03-17T13:00:18Z"),
       expect(RP, "normal", "glasses", "indirect"), note="'thanks' meaning the opposite; nobody hurt")
    SC("plover-spam-fund-recovery", "spam",
       tw("recover_plo", "Lost money to a fake Plover refund site? 💸 Our certified recovery agents get your money back in 48h, 100% success rate. DM us now ✅",
          when="2028-03-17T14:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="scam 'fund recovery' riding on the recall")
    SC("plover-spam-follower-selling", "spam",
       tw("growth_plo", "Your opticians page deserves more eyes 👀 10k REAL followers for £19.99, just like Plover's. DM now 📈",
          when="2028-03-17T15:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("plover-spam-fake-frames-giveaway", "spam",
       tw("freebies_plo", "🎁 GIVEAWAY 🎁 Plover are giving away 100 pairs of designer frames 😎 follow, RT and click to claim yours before midnight 👉 {url:https://plover-giveaway.example/claim}",
          when="2028-03-17T16:00:00Z"),
       expect(IGN, "low", "glasses", "indirect"), note="a fake giveaway using the brand's name")
    SC("plover-chatter-frames-offer", "chatter-monitor",
       tw("kirsty_plo", "Plover's 2-for-1 on frames is back from Monday apparently. might finally replace the ones I've held together with sellotape since 2024",
          when="2028-03-17T17:00:33Z"),
       expect(MON, "low", "glasses", "indirect"), note="nothing to answer", known_miss="round 13, not met yet: action: want \"monitor\", got respond_public; the engine read: names Plover in a post to everyone | praise: thank them | topic glasses: 'frame', 'frames'")
    SC("plover-namesake-press-wedding-invites", "namesake",
       tw("emma_w_plo", "Plover Press printed our wedding invitations with the wrong date on all 120 of them. Three weeks before the wedding. Not even an apology. Avoid avoid avoid.",
          when="2028-03-17T18:00:09Z"),
       expect(IGN, "low", None, "none"), note="a complaint about a printer of the same name, not the opticians")
    SC("plover-namesake-eye-surgeon", "namesake",
       tw("arthur_plo", "Huge thanks to Mr Daniel Plover and the team at Corrington Eye Hospital for my cataract op yesterday. Colours are so bright I can't stop staring at the curtains",
          when="2028-03-17T19:00:40Z"),
       expect(IGN, "low", "safety", "none"), note="a surgeon's surname, with hospital words: close to the business, not the brand")
    SC("plover-namesake-percy-plover-book", "namesake",
       tw("mumreads_plo", "Reading 'Percy Plover Gets Glasses' with Nia before her first trip to the opticians tomorrow. Percy can finally see the worms 🐛 she is now VERY excited",
          when="2028-03-17T20:00:00Z"),
       expect(IGN, "low", "glasses", "none"), note="a picture-book bird, next to the business", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Plover in a post to everyone | general chatter about the brand | topic glasses: 'glasses'")

    # ---- Saturday 18 March -----------------------------------------------------------------
    SC("plover-common-lapwing-green-plover", "common-word",
       tw("ruthbirds_plo", "Lapwings tumbling over the wet meadow this morning, the old green plover or peewit. Best sound of spring, I'll never get bored of it 🐦",
          when="2028-03-18T07:00:00Z"),
       expect(IGN, "low", None, "none"), note="the bird's old name")
    SC("plover-namesake-point-boardwalk", "namesake",
       tw("ploverpt_plo", "The boardwalk at Plover Point is closed for repairs until Easter. The north hide is still open via the beach path, boots recommended 🥾",
          when="2028-03-18T08:00:00Z"),
       expect(IGN, "low", "stores", "none"), note="the nature reserve; 'closed' is a stores keyword")
    SC("plover-nl-praise-first-glasses", "non-english",
       tw("pieter_plo", "Vandaag mijn eerste bril ooit opgehaald bij Plover in Wendle Bay. Het personeel was super vriendelijk en geduldig 👓 Aanrader!",
          lang="nl", when="2028-03-18T09:15:21Z"),
       expect(RP, "low", "stores", "indirect"), note="Dutch: praise for the staff, brand named without a tag")
    SC("plover-question-voucher-online-shop", "question",
       tw("kate_m_plo", f"@{B} can I use my son's school glasses voucher on your online shop or does it have to be in store? he's 8 and has snapped his frames again 🙄",
          when="2028-03-18T10:00:38Z"),
       expect(RP, "normal", "glasses", "direct"))
    graham = tw("graham_plo", "thinking of getting varifocals, are they worth the money or do I just keep two pairs?", when="2028-03-18T10:30:00Z")
    SC("plover-venting-varifocals-headache", "third-party-venting",
       tw("lyn_plo", "@graham_plo worth it, but not from Plover. mine came back wrong twice and I've had a headache for a fortnight",
          reply_to=graham, when="2028-03-18T10:45:17Z"),
       expect(MON, "low", "glasses", "third_party"), note="venting in someone else's thread, brand not tagged")
    SC("plover-complaint-subscription-box-late", "complaint-direct",
       tw("abi_plo", f"@{B} my lens subscription box was meant to arrive on the 10th and still nothing. I'm on my last pair of dailies and on shift all weekend",
          when="2028-03-18T11:20:42Z"),
       expect(RP, "normal", "contacts", "direct"))
    SC("plover-safety-mirror-stand-toddler", "safety-urgent",
       tw("chloe_plo", "My 3 year old pulled a mirror stand over at Plover Thistlebury. Glass everywhere, he's hurt his hand and forehead and we're in A&amp;E now getting him glued. The stand wasn't fixed to anything.",
          when="2028-03-18T12:10:04Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a child injured in store, in A&E now")
    SC("plover-praise-replacements-arrived", "praise",
       tw("meg_plo", f"@{B} replacement lenses arrived yesterday, the new box is perfect and the refund came through too. really well handled 👏",
          when="2028-03-18T13:00:55Z"),
       expect(RP, "low", "contacts", "direct"))
    SC("plover-html-shop-reviews-onerror", "html-entities",
       tw("hex_plo", f"@{B} someone's been messing with your shop reviews: the glasses page shows &lt;img src=x onerror=alert(document.cookie)&gt; under every pair of frames. is it actually secure to pay on there?",
          when="2028-03-18T14:00:26Z"),
       expect(RP, "normal", "glasses", "direct"), note="hostile HTML in a review, delivered escaped, with a real question")
    SC("plover-namesake-councillor-parking", "namesake",
       tw("WendleNews_plo", "Cllr Janet Plover says seafront car park charges in Wendle Bay will go up to £3 an hour from April, a price rise of 50%. Traders say it will keep visitors away",
          when="2028-03-18T15:30:00Z"),
       expect(IGN, "low", "billing", "none"), note="a councillor's surname and another price rise")
    SC("plover-common-grey-plover-binoculars", "common-word",
       tw("mudflats_plo", "New binoculars arrived and the first bird I got in focus was a grey plover on the mudflats 🔭 photo's a bit soft but I'll take it",
          when="2028-03-18T17:00:13Z"),
       expect(IGN, "low", None, "none"), note="the bird")

    # ---- Sunday 19 March -------------------------------------------------------------------
    SC("plover-common-plovers-eggs-recipe", "common-word",
       tw("oldrecipes_plo", "Victorian cookbooks are wild. 'Take a dozen plover's eggs, boil for three minutes and serve in a nest of moss.' Absolutely not, they're protected now 😬",
          when="2028-03-19T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="the bird")
    SC("plover-abuse-greedy-muppets", "abuse-with-problem",
       tw("shaz_plo", f"@{B} you greedy muppets. put my lens subscription up £5 a month and then sent me a box of the wrong strength. cancel the lot and give me my money back",
          when="2028-03-19T10:00:31Z"),
       expect(RP, "high", "contacts", "direct"), note="rude, but a real problem with her lenses and her money", known_miss="round 13, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @PloverEyes | complaint (0.87) | a medical need: urgent | topic contacts: 'lens', 'subscription', 'subscriptions', 'box', 'lote'")
    SC("plover-in-passing-week-from-hell", "complaint-in-passing",
       tw("nic_t_plo", f"week from hell: boiler died, kid's got nits, car failed its MOT and @{B} sent me glasses made to someone else's prescription. staying in bed till April",
          when="2028-03-19T11:00:48Z"),
       expect(RP, "normal", "glasses", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("plover-question-open-sunday-blind", "question",
       tw("jay_plo", f"@{B} are you open Sunday afternoons in Corrington? snapped the arm off my glasses and I'm basically blind without them 😩",
          when="2028-03-19T12:00:19Z"),
       expect(RP, "normal", "glasses", "direct"), note="'basically blind' is a figure of speech: a broken frame, not a medical need")
    SC("plover-namesake-inn-roast", "namesake",
       tw("roastking_plo", "The Plover Inn does the best Sunday roast on the coast, fight me. Yorkshires the size of your head and proper gravy 🍖 9/10",
          when="2028-03-19T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="the pub")
    return brand


BRANDS["plover-opticians"] = ("PloverEyes", 4978901245, build_plover_opticians)
