# Roster (Roster Jobs): a made-up temp-staffing and payroll agency run from Weaver House on Dock
# Road in the made-up city of Brackwater. Workers register in the Roster app (right to work, DBS
# checks for care work, references, training), book shifts in warehouses, hotels and kitchens,
# events, office cleaning and care homes, and get cancelled from them in the app too. Clients
# approve timesheets, Roster pays weekly every Thursday (holiday pay, payslips, P45s and P60s) and
# offers a hardship advance in the app. Client businesses order workers and get invoices.
# "Roster" is also an ordinary word and a name: every workplace has a roster (a ward's nights, a
# café's closes, a school's duty roster), sports teams name their roster for a season or a
# Sunday kickabout, and a video game has a character roster. Roster is a surname (Cllr Ann
# Roster, the deputy mayor; Dr Helen Roster, who lectures on heat and health at work), the Roster
# Arms is a pub with a quiz night, and Roster is an indie band. None of them is the agency.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 17 July 2028 is a heatwave. On Monday it is already 31 degrees at 7am on the mezzanine of the
# Norland Fulfilment warehouse in Essenby, where Roster supplies pickers; a hotel worker reports
# a chef who grabs her; ordinary questions come in. On Tuesday night's app update locks workers
# out from 5am to 11:40, so they cannot clock in at the gates; in the afternoon an agency picker
# collapses with the heat on the Norland mezzanine and is taken to hospital. On Wednesday the
# local news has it, Norland cancels 300 shifts by text at 5am and a journalist with a big
# following asks who pays for them; a night cleaner alone in an office block is frightened by a
# stranger at the door. On Thursday, payday, the pay file fails overnight and nobody is paid
# until the afternoon: a burst of complaints (some in Portuguese and Spanish), a worker who cannot
# pay for an inhaler, one who talks of not wanting to be here, threats against the office staff
# and the payroll team, tribunal and inspectorate threats, a celebrity chef whose kitchen porters
# came in unpaid, and the news. Friday is the tail: a few still unpaid, a P45, a care home asking
# for staff, fake recruiters and a fake "payroll support" account, harassment at another hotel.
# The weekend brings the Sallowmere Sounds festival (stewards and bar staff in the sun, a drunk
# who threatens a barmaid), a diabetic's question about Monday's shift, praise, and every other
# kind of roster.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, worker,
# client and reference number, phone number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; bank details and NI numbers are invented.


def build_roster_staffing():
    global CURRENT_BRAND, CLOCK
    brand = Brand("roster-staffing", SCEN_DIR / "roster-staffing.plan.toml", "RosterJobs", 6778901245,
                  1861220000000007201)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-07-17T05:30:00Z")
    B = "RosterJobs"
    user(B, "Roster", 6778901245,
         "Roster: shifts in warehouses, hotels, events, cleaning and care, booked in the Roster app. Paid every Thursday. "
         "Help 7am–10pm, welfare line 24/7: 0808 157 0461. We never charge you to register and never ask for your bank login.",
         64_300, following=1_210, tweets=38_900, listed=260, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12340100000 + _n[0] * 4129, bio, followers, **kw)

    person("nurse_jen_rs", "Jen Akers", "Staff nurse, Brackwater General. Nights. Tea.", 640)
    person("tomas_v_rs", "Tomás Varga", "Brackwater. Events and bar work. Saving for a van.", 210)
    person("kai_w_rs", "Kai Whitfield", "Essenby. Picker. Gym when I can.", 180)
    person("ines_c_rs", "Inês Carvalho", "Hadley Moor. Housekeeping. Mum of one.", 150)
    person("ruth_k_rs", "Ruth Kendal", "Care assistant. Sallowmere. Waiting on paperwork.", 95)
    person("demi_o_rs", "Demi Osei", "Brackwater. Warehouse by day, uni by night.", 320)
    person("oldmill_rs", "The Old Mill Kitchen", "Seasonal food, Wrexby. Bookings online.", 4_800)
    person("BrackRovers_rs", "Brackwater Rovers FC", "Official account of Brackwater Rovers ⚽ #UpTheRovers", 22_400,
           verified=True)
    person("lena_p_rs", "Lena Pryce", "Essenby. Night owl. Group-chat admin.", 410)
    person("jas_p_rs", "Jas Purewal", "Essenby. Early shifts, late tea.", 260)
    person("liv_t_rs", "Liv Tanner", "Essenby. Picker. Sick of buses.", 190)
    person("punny_pete_rs", "Pete Lomas", "Dad. Puns. Unpaid comedian.", 1_300)
    person("marcus_h_rs", "Marcus Hale", "Hadley Moor. Forklift licence and opinions.", 340)
    person("sol_m_rs", "Sol Mendes", "Wrexby. Cleaner. Books > people.", 120)
    person("engine_rooms_rs", "The Engine Rooms", "Live music venue, Brackwater. Gigs most nights.", 15_600)
    person("maddy_b_rs", "Maddy Byrne", "Brackwater. Sarcasm is my cardio.", 560)
    person("dom_r_rs", "Dom Reilly", "Essenby. Loader. Early riser against my will.", 230)
    person("aisha_n_rs", "Aisha Noor", "Essenby. Picker. 4:30 alarms.", 380)
    person("gaz_w_rs", "Gary Walsh", "don't @ me before coffee", 110)
    person("joana_f_rs", "Joana Ferreira", "De Braga para Essenby. Armazém.", 170)
    person("lukas_b_rs", "Lukas Brandt", "Aus Bremen, jetzt in Wrexby. Lager.", 140)
    person("fern_o_rs", "Fern Osei", "Hadley Moor. Rotas, rent and rage.", 300)
    person("ryan_c_rs", "Ryan Cole", "Essenby. Picks 180 an hour. Don't ask.", 90)
    person("bwnow_rs", "Brackwater Now", "News for Brackwater, Essenby, Wrexby and the Moor. Tips: DM.", 58_200,
           verified=True)
    person("chatty_cath_rs", "Cath Doyle", "Essenby. Knows everyone.", 720)
    person("CllrNews_rs", "Brackwater City Council", "News from Brackwater City Council and the Guildhall.", 31_000,
           verified=True)
    person("yas_m_rs", "Yasmin Malik", "Brackwater. Early mornings, short fuse.", 440)
    person("carmen_r_rs", "Carmen Ruiz", "De Granada a Brackwater. Limpieza y hostelería.", 200)
    person("hope_len_rs", "Hope Lennard", "Writes about work and the people who do it. Book: 'Zero Hours'. DMs open.",
           482_000, following=2_100, listed=5_200, verified=True)
    person("nicky_d_rs", "Nicky Dunn", "Essenby. Loader. Two kids, one cat.", 150)
    person("meg_h_rs", "Meg Hollis", "Hadley Moor. BBQ queen.", 280)
    person("craig_t_rs", "Craig Tully", "Wrexby. Reach truck driver. Usually.", 160)
    person("bev_s_rs", "Bev Slater", "Hadley Moor. Cleaner. Says it how it is.", 130)
    person("rosterarms_rs", "The Roster Arms", "Proper pub, Sallowmere. Quiz Wednesdays 🍺", 2_900)
    person("sanne_b_rs", "Sanne Bakker", "Uit Eindhoven, nu in Sallowmere. Zorg.", 190)
    person("amelie_r_rs", "Amélie Roux", "Lyonnaise à Sallowmere. Aide-soignante.", 230)
    person("holtgreen_rs", "Holt Green Manor", "Weddings and events in the Moor 💍", 6_100)
    person("kayla_j_rs", "Kayla James", "Brackwater. Cleaner. Night owl (not by choice).", 170)
    person("tash_l_rs", "Tash Lowry", "Essenby. Payday is a lifestyle.", 390)
    person("bex_d_rs", "Bex Dale", "Essenby. Friday is sacred.", 520)
    person("mo_f_rs", "Mo Farah-Lewis", "Essenby. Usually helpful.", 340)
    person("wit_stu_rs", "Stu Pennock", "Jokes for free, which is lucky.", 2_200)
    person("shaz_p_rs", "Sharon Platt", "Essenby. Asthma, two jobs, no patience.", 130)
    person("leon_g_rs", "Leon Grant", "Wrexby. Sweatbox veteran.", 200)
    person("sam_k_rs", "Sam Keane", "", 60)
    person("chefmarlowe_rs", "Marcus Marlowe", "Chef. Marlowe's, Brackwater. TV sometimes. Kitchens are people.",
           612_000, following=1_400, listed=3_100, verified=True)
    person("pat_g_rs", "Pat Gorman", "Essenby. Retired from retirement.", 80)
    person("kris_d_rs", "Kris Doherty", "", 70)
    person("tyrone_b_rs", "Tyrone Bailey", "Wrexby. Dad of three. Hot-headed, he says.", 140)
    person("fiona_w_rs", "Fiona Wade", "Essenby. Knows her rights. Will tell you them.", 880)
    person("rafa_s_rs", "Rafael Souza", "De Campinas a Essenby. Armazém e futebol.", 190)
    person("jonas_w_rs", "Jonas Weber", "Aus Köln in Wrexby. Staplerfahrer.", 150)
    person("lucia_h_rs", "Lucía Herrera", "Sevillana en Essenby. Madre de dos.", 160)
    person("ella_t_rs", "Ella Turner", "Brackwater. Hot girl summer (temperature only).", 610)
    person("ollie_p_rs", "Ollie Pace", "Wrexby. Loader. Skint.", 140)
    person("greta_n_rs", "Greta Nolan", "Essenby. One day at a time.", 90)
    person("dan_m_rs", "Dan Mather", "Essenby. Warehouse. Quiet type.", 75)
    person("adele_f_rs", "Adele Frost", "Hadley Moor. Kitchen porter. Leaving soon.", 120)
    person("nadia_b_rs", "Nadia Begum", "Brackwater. New job Monday!", 300)
    person("priyal_rs", "Priya Lal", "Essenby. Grateful today.", 260)
    person("elmlodge_rs", "Elm Lodge Care Home", "Residential care in Sallowmere. We're hiring.", 1_700)
    person("FollowBoost_rs", "FollowBoost 📈", "Real followers, fast. Brands & creators. DM for packages 💯", 4_900,
           following=5_000)
    person("RosterPayDM_rs", "Roster Payroll Support", "Official payroll help for Roster workers 💷 DM us", 38,
           following=4_800)
    person("roster_hires_rs", "ROSTER JOBS HIRING 🚨", "Remote roles. Paid daily. Apply now 💸", 1_200, following=4_900)
    person("wyatt_g_rs", "Wyatt Grove", "Brawl Kingdom main since S1. Gorath or nothing.", 8_700)
    person("kez_f_rs", "Kez Fallon", "Sunday league legend (self-declared).", 240)
    person("sallow_sci_rs", "Sallowmere Sounds", "Music, science and mud. 21–23 July 🎪", 44_000, verified=True)
    person("jade_w_rs", "Jade Winter", "Brackwater. Café life. Closing shift forever.", 330)
    person("zoe_k_rs", "Zoe Kerr", "Steward. Festival season = tan lines.", 260)
    person("amy_r_rs", "Amy Rowe", "Bar staff. Sallowmere this weekend.", 190)
    person("marco_b_rs", "Marco Bellini", "Da Napoli. Barista e steward d'estate.", 220)
    person("bia_s_rs", "Beatriz Santos", "De Coimbra para Brackwater. Hotelaria.", 160)
    person("leah_t_rs", "Leah Thorne", "Essenby. Type 1. Picker from Monday.", 140)
    person("kieran_o_rs", "Kieran O'Neill", "Wrexby. Night shifts and fry-ups.", 210)
    person("rae_b_rs", "Rae Byers", "Sallowmere. Worried daughter.", 170)
    person("tilly_m_rs", "Tilly Moss", "Brunch organiser. Sallowmere.", 450)
    person("helen_p_rs", "Helen Pike", "Hadley Moor. Grandma. Still working.", 90)

    # ---- Monday 17 July: the heat builds; a chef who grabs; ordinary questions ---------------------
    SC("rs-common-ward-night-roster", "common-word",
       tw("nurse_jen_rs", "the roster for next week is out and I've got four nights in a row again, plus the Saturday I booked off in March. love it here 🙃",
          when="2028-07-17T05:41:12Z"),
       expect(IGN, "low", "shifts", "none"), note="a hospital ward's rota; 'booked' is a day off, not a Roster shift")
    SC("rs-question-holiday-pay-builds", "question",
       tw("tomas_v_rs", f"@{B} how does holiday pay work if I've only done 6 weeks with you? does it build up per shift or do I have to ask for it?",
          when="2028-07-17T06:20:33Z"),
       expect(RP, "normal", "pay", "direct"))
    kai = tw("kai_w_rs", f"@{B} 3rd day on the mezzanine at Norland Essenby and it's already 31 degrees up there at 7am. two lads fainted on Friday, the water cooler's been empty since the weekend and the supervisor says no extra breaks for agency. this is not safe",
             when="2028-07-17T06:55:04Z")
    SC("rs-safety-mezzanine-fainted", "safety-urgent", kai, expect(RP, "urgent", "safety", "direct"),
       note="heat on a warehouse floor with people already fainting and no water: risk to health now")
    heat = tw(B, "Hot week ahead ☀️ If you're on a shift in a warehouse, a kitchen or outdoors, you're entitled to drinking water and breaks to cool down. Signs of heat exhaustion: dizziness, headache, cramps. If a site feels unsafe, stop and ring us on 0808 157 0461, day or night.",
              when="2028-07-17T07:30:00Z")
    SC("rs-brand-own-heat-advice", "brand-own-post", heat, expect(IGN, "low", "safety", "none"))
    kai_brand = tw(B, "@kai_w_rs Kai, thank you for flagging this. Our safety lead is ringing Norland's site manager now and someone will be with you on the mezzanine before 9. Take a break in the shade and drink water meanwhile; you won't be docked for it.",
                   reply_to=kai, when="2028-07-17T07:48:40Z")
    SC("rs-thread-kai-fans-better", "thread-with-brand",
       tw("kai_w_rs", "someone from your lot came up and they've opened the fire doors and brought 3 fans and a pallet of water. still roasting but loads better. cheers",
          reply_to=kai_brand, when="2028-07-17T08:31:19Z"),
       expect(RP, "low", None, "direct"), note="thanks in the brand's thread, no @: the site has been sorted for now", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: replies to @RosterJobs: the customer is talking to the brand | complaint (0.58) | a danger to health or safety: urgent")
    SC("rs-question-enhanced-dbs-chase", "question",
       tw("ruth_k_rs", f"@{B} my enhanced DBS has been 'in progress' for 5 weeks and I can't take any care shifts till it clears. is there anything you can chase?",
          when="2028-07-17T09:05:47Z"),
       expect(RP, "normal", "compliance", "direct"))
    SC("rs-safety-chef-grabbing", "safety-urgent",
       tw("ines_c_rs", f"@{B} I don't want to go back to the Carrick Hotel. one of the chefs keeps grabbing me round the waist and saying things about my body when no one's looking. I told the head housekeeper and she laughed. that's harassment isn't it? I'm booked there again weds and I feel sick",
          when="2028-07-17T09:40:22Z"),
       expect(RP, "urgent", "safety", "direct"), note="sexual harassment by a client's staff, and she is booked to go back")
    SC("rs-private-new-bank-details", "private-details",
       tw("demi_o_rs", f"@{B} I've changed banks and need my pay to go to the new account before thursday. sort code 12-34-56, account 87654321, name Demi Osei, worker ID RJ-502814. can you update it?",
          when="2028-07-17T10:15:36Z"),
       expect(RV, "normal", "pay", "direct"), note="bank details and a worker ID in public")
    SC("rs-client-invoiced-twice", "complaint-direct",
       tw("oldmill_rs", f"@{B} we've been invoiced twice for the same week of kitchen porters and your credit control team are now chasing us for both. can someone sort this before our accounts run on friday?",
          when="2028-07-17T10:50:08Z"),
       expect(RP, "normal", "clients", "direct"), note="a client business: the other kind of customer")
    SC("rs-common-rovers-season-roster", "common-word",
       tw("BrackRovers_rs", "📋 Our roster for the 2028/29 season is confirmed: three new signings, two out on loan and a new club captain. Full squad list and numbers 👉 {url:https://brackwaterrovers.example/squad}",
          when="2028-07-17T11:30:00Z"),
       expect(IGN, "low", None, "none"), note="a football club's squad")
    SC("rs-chatter-whole-street", "chatter-monitor",
       tw("lena_p_rs", "everyone on my street does Roster shifts now. the group chat is just people swapping warehouse slots and moaning about the heat",
          when="2028-07-17T12:10:51Z"),
       expect(MON, "low", "shifts", "indirect"), note="talk about the brand, nothing to answer")
    SC("rs-html-payslip-script", "html-entities",
       tw("demi_o_rs", f"@{B} my payslip this week has a line that says &lt;script&gt;alert('pwned')&lt;/script&gt; where the holiday pay should be and the total says £0.00. is that right??",
          when="2028-07-17T13:00:27Z"),
       expect(RP, "normal", "pay", "direct"), note="hostile HTML on a payslip, delivered escaped, around a real question")
    SC("rs-spam-fake-hiring-telegram", "spam",
       tw("roster_hires_rs", "🚨 ROSTER JOBS HIRING 🚨 Work from home, £380/day rating hotels online. No experience, paid daily 💸 Message our recruiter on Telegram or WhatsApp to start today 👉 {url:https://roster-hiring.example/apply}",
          when="2028-07-17T13:45:00Z"),
       expect(IGN, "low", "fraud", "indirect"), note="a fake recruiter using the brand's name")
    SC("rs-praise-holiday-pay-note", "praise",
       tw("tomas_v_rs", f"shoutout to @{B}, first month of event shifts and they paid my holiday pay separately with a little note explaining how it's worked out. never had an agency explain anything before 👏",
          when="2028-07-17T14:30:14Z"),
       expect(RP, "low", "pay", "indirect"), note="praise with the handle inside the sentence")
    sol = tw("sol_m_rs", "roster cancelled my cleaning shift at 6am AGAIN, 40 mins before I was due in. no cancellation pay, nothing. third monday in a row",
             when="2028-07-17T15:10:39Z")
    SC("rs-indirect-lowercase-cancelled-third", "complaint-indirect", sol, expect(RP, "high", "shifts", "indirect"),
       note="lower case, no tag: her own shift, cancelled last minute for the third week running")
    SC("rs-namesake-band-engine-rooms", "namesake",
       tw("engine_rooms_rs", "JUST ANNOUNCED 🎸 Roster play the Engine Rooms on Friday 13 October, their first headline show since the second album. Tickets Friday 10am 👉 {url:https://enginerooms.example/roster}",
          when="2028-07-17T16:00:00Z"),
       expect(IGN, "low", None, "none"), note="an indie band")
    SC("rs-q-reply-cleaner-working-alone", "question-in-reply-to-brand",
       tw("bev_s_rs", "does this count for agency cleaners too? the office block I clean turns the air con off at 6 and I'm working alone up there till 10. is there a limit on how hot it can get before I can stop?",
          reply_to=heat, when="2028-07-17T17:20:45Z"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="a calm question under the brand's heat post about heat and lone working; nobody is hurt yet, so normal, though a desk could well treat lone working in heat as urgent")
    SC("rs-sarcasm-11pm-notifications", "sarcasm-customer",
       tw("maddy_b_rs", "love how the Roster app sends me 'new shifts near you 🔥' notifications at 11pm for shifts that start at 6am forty miles away, and then cancels them at 5. so thoughtful",
          when="2028-07-17T18:30:02Z"),
       expect(RP, "normal", "shifts", "indirect"), note="'love' and 'so thoughtful' meaning the opposite")

    # ---- Tuesday 18 July: last night's app update locks everyone out; a collapse in the heat ------
    jas = tw("jas_p_rs", "who else is on the early at Norland today? bring water, it's meant to hit 35", when="2028-07-18T05:15:00Z")
    dom = tw("dom_r_rs", f"@{B} app won't let me log in, just says 'session expired' on a loop. my shift at Norland starts at 6 and I can't clock in without it. is it down??",
             when="2028-07-18T05:22:10Z")
    SC("rs-complaint-session-expired", "complaint-direct", dom, expect(RP, "high", "app", "direct"),
       note="the first report of the login outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @RosterJobs | complaint (0.97) | topic app: 'log in', 'session expired'")
    SC("rs-in-passing-gatehouse-qr", "complaint-in-passing",
       tw("aisha_n_rs", f"4:30 alarm ✅ two buses ✅ at the gate by 5:50 ✅ and then the @{B} app logs me out, won't take my password (error 403) and the gatehouse won't let me in without the clock-in QR. what a start",
          when="2028-07-18T05:48:55Z"),
       expect(RP, "high", "app", "indirect"), note="the brand tagged in the middle of a bad morning, during the outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: tags @RosterJobs in a post to everyone | describes their own experience | complaint (0.95) | topic app: 'password', 'error', 'errore'")
    status = tw(B, "⚠️ Some of you can't log in to the Roster app this morning after last night's update. We're on it. If you're at a site and can't clock in, show the gatehouse this post or your confirmation text; your hours will be added by hand and nobody loses out. Next update by 7:30.",
                when="2028-07-18T06:05:00Z")
    SC("rs-brand-own-login-status", "brand-own-post", status, expect(IGN, "low", "app", "none"))
    liv = tw("liv_t_rs", "@jas_p_rs I'm stood at the gate like a lemon. everyone's locked out of the roster app and the security guy says no QR no entry. 40 of us out here",
             reply_to=jas, when="2028-07-18T06:30:18Z")
    SC("rs-venting-gate-like-a-lemon", "third-party-venting", liv, expect(MON, "low", "app", "third_party"),
       note="venting to a friend in his thread, brand named but not tagged: don't butt in", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'roster' is used as an ordinary word | topic app: 'locked out'")
    SC("rs-joke-check-own-rota", "joke-bystander",
       tw("punny_pete_rs", "@liv_t_rs @jas_p_rs sounds like Roster need to check their own rota 😂 someone forgot to put the IT lads on the early",
          reply_to=liv, when="2028-07-18T06:45:40Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("rs-chatter-confirmation-text", "third-party-chatter",
       tw("marcus_h_rs", "@liv_t_rs it's the Roster app update from last night, they've put a post up. show the gate your confirmation text, that worked for us at Hadley Moor",
          reply_to=liv, when="2028-07-18T07:10:06Z"),
       expect(MON, "low", "app", "third_party"), note="a stranger's advice in someone else's thread")
    SC("rs-abuse-sort-your-app-out", "abuse-with-problem",
       tw("gaz_w_rs", f"@{B} sort your f***ing app out. 2 hours stood outside in the sun because it won't let me log in, it keeps crashing, and your phone line just rings out. useless muppets",
          when="2028-07-18T07:40:29Z"),
       expect(RP, "high", "app", "direct"), note="rude, but locked out of his shift by the outage")
    SC("rs-pt-sessao-nao-abre", "non-english",
       tw("joana_f_rs", f"@{B} Bom dia, a aplicação não abre, dá sempre erro de sessão e não consigo marcar presença no turno. Estou no portão do armazém. O que faço?",
          lang="pt", when="2028-07-18T08:20:13Z"),
       expect(RP, "high", "app", "direct"), note="Portuguese: the app will not open at the gate, during the outage")
    SC("rs-de-anmelden-stuerzt-ab", "non-english",
       tw("lukas_b_rs", f"@{B} Ich kann mich seit heute früh nicht anmelden, die App stürzt ab. Meine Schicht im Lager beginnt um 10. Soll ich trotzdem hinfahren?",
          lang="de", when="2028-07-18T08:55:48Z"),
       expect(RP, "high", "app", "direct"), note="German: cannot log in, the app crashes, a shift at 10")
    dom_brand = tw(B, "@dom_r_rs Hi Dom, sorry, it's last night's update and it's hitting most of you. Go to site as normal: the gatehouse has a list of everyone booked today and your hours will be added by hand. We're aiming to have log in working by 11.",
                   reply_to=dom, when="2028-07-18T09:30:02Z")
    SC("rs-thread-dom-still-expired", "thread-with-brand",
       tw("dom_r_rs", "they let us in off the list in the end, cheers. but it's 10 and the app still won't let me log in, still 'session expired', and I need it to pick up tomorrow's shift",
          reply_to=dom_brand, when="2028-07-18T10:05:33Z"),
       expect(RP, "high", "app", "direct"), note="back in the brand's thread without an @: the outage is still on")
    fixed = tw(B, "✅ Log in is working again after last night's update. If you were on site this morning and couldn't clock in, you don't need to do anything: we've added your hours from the gatehouse lists. Sorry for a rubbish start to the day.",
               when="2028-07-18T11:42:00Z")
    SC("rs-q-reply-hours-before-payroll", "question-in-reply-to-brand",
       tw("ryan_c_rs", "will those hours be on my timesheet before payroll closes tomorrow? last time you added hours by hand they turned up a week late",
          reply_to=fixed, when="2028-07-18T12:30:44Z"),
       expect(RP, "normal", "pay", "direct"), note="a question under the brand's post, no @")
    kai2 = tw("kai_w_rs", f"@{B} a lad on our line has just collapsed on the mezzanine at Norland, he's shaking and not making sense. first aider's with him and an ambulance is coming. it's 35 up here. the fans you sent are already gone. I told you yesterday",
              when="2028-07-18T14:20:16Z")
    SC("rs-safety-collapsed-mezzanine", "safety-urgent", kai2, expect(RP, "urgent", "safety", "direct"),
       note="a worker collapsed in the heat, ambulance on the way")
    SC("rs-safety-stretcher-no-water", "safety-urgent",
       tw("nicky_d_rs", "just watched a lad get carried out of norland on a stretcher. agency lad, roster. 35 degrees and they were still pushing pick rates. no water on the mezzanine since saturday and 60 of us still up there",
          when="2028-07-18T14:41:07Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: a worker on the same floor, still in the heat with no water")
    stmt = tw(B, "One of our workers was taken ill at a client's warehouse in Essenby this afternoon. He's in hospital and his family are with him. We've stopped all our shifts on that site's mezzanine while our safety team and the client check it.",
              when="2028-07-18T15:30:00Z")
    SC("rs-repost-taken-ill", "repost", tw("chatty_cath_rs", "", retweet=stmt, when="2028-07-18T15:41:52Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("rs-chatter-only-agency-august", "chatter-monitor",
       tw("yas_m_rs", "Roster's the only agency round here that still has warehouse work going into August. say what you like about them, there's always something",
          when="2028-07-18T17:00:25Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand, nothing to answer")
    SC("rs-namesake-deputy-mayor", "namesake",
       tw("CllrNews_rs", "Congratulations to Cllr Ann Roster, sworn in tonight as Brackwater's deputy mayor at the Guildhall. Cllr Roster has represented Essenby ward since 2019 🎉",
          when="2028-07-18T18:00:00Z"),
       expect(IGN, "low", None, "none"), note="a councillor's surname")

    # ---- Wednesday 19 July: the news; 300 shifts cancelled at 5am; a cleaner alone at night --------
    SC("rs-news-collapse-essenby", "news-monitor",
       tw("bwnow_rs", "Agency worker in hospital after collapsing in 35C heat at Essenby warehouse. Colleagues say drinking water had run out. Staffing firm Roster says it has stopped shifts on that part of the site. {url:https://brackwaternow.example/news/essenby-collapse}",
          when="2028-07-19T06:30:00Z",
          metrics={"retweet_count": 410, "reply_count": 230, "like_count": 1_900, "quote_count": 85}),
       expect(MON, "low", "safety", "indirect"))
    SC("rs-sarcasm-5am-wake-up", "sarcasm-customer",
       tw("ella_t_rs", f"thanks @{B} for the 5am wake-up text cancelling my shift. really glad I got up at 4 for that. 10/10 experience, no notes",
          when="2028-07-19T07:20:41Z"),
       expect(RP, "normal", "shifts", "indirect"), note="thanks meaning the opposite")
    SC("rs-es-turno-cancelado-tercera", "non-english",
       tw("carmen_r_rs", f"@{B} Buenos días, me han cancelado el turno de hoy a las 5 de la mañana. ¿Me pagáis algo por la cancelación? Es la tercera vez este mes.",
          lang="es", when="2028-07-19T07:48:03Z"),
       expect(RP, "high", "shifts", "direct"), note="Spanish: a shift cancelled at 5am, the third time this month", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @RosterJobs | reads like a risk to people (urgency model 0.57): urgent | topic shifts: 'cancelado', 'turno', 'cancelación'")
    SC("rs-big-reach-who-pays", "big-reach",
       tw("hope_len_rs", f"A man collapses in 35C heat at a warehouse on Tuesday. On Wednesday the agency that sent him, Roster, cancels 300 of his colleagues' shifts by text at 5am. Nobody has said if they'll be paid. @{B} will they?",
             when="2028-07-19T08:40:15Z",
             metrics={"retweet_count": 3_800, "reply_count": 1_200, "like_count": 21_500, "quote_count": 640}),
       expect(RP, "high", "shifts", "indirect"), note="482k followers; the handle at the end of a post to everyone", known_miss="round 16, not met yet: priority: want \"high\", got urgent; topic: want \"shifts\", got safety; the engine read: tags @RosterJobs in a post to everyone | complaint (0.51) | a danger to health or safety: urgent | topic safety: 'collapse', 'collapsed', 'collapsing'")
    meg = tw("meg_h_rs", "bbq at mine saturday from 2, who's in? 🍔☀️", when="2028-07-19T09:00:00Z")
    cxl = tw(B, "About this morning's cancelled shifts at Essenby: everyone who was booked will get 4 hours' cancellation pay this week, whether or not you'd set off. We're offering other shifts in the app now, and we're sorry for the 5am texts.",
             when="2028-07-19T09:15:00Z")
    SC("rs-quote-paid-this-week", "quote",
       tw("fern_o_rs", "'this week'. so thursday? because I was told 'this week' about my holiday pay in June and I got paid it in July. I'll believe it when it's in my account",
          quote=cxl, when="2028-07-19T09:32:50Z"),
       expect(RP, "normal", "pay", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own holiday pay was late before")
    SC("rs-repeat-sol-fourth-cancel", "repeat-contact",
       tw("sol_m_rs", f"@{B} me again. said on monday my cleaning shifts keep getting cancelled last minute. today: cancelled at 5:40 for a 6:30 start. that's four in a row and still not one reply",
          when="2028-07-19T10:02:36Z"),
       expect(RP, "high", "shifts", "direct"), note="she comes back: no answer to Monday's complaint")
    SC("rs-safety-thread-forklift-foot", "safety-urgent",
       tw("craig_t_rs", "@meg_h_rs can't, got my foot run over by a forklift on my roster shift at the Wrexby depot last night. 2 broken toes and I'm in a boot. nobody from the agency has even rung to see if I'm alive",
          reply_to=meg, when="2028-07-19T10:30:52Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="an injury on assignment, told in a friend's thread without a tag: whether to step in is a judgement, the priority is strict", known_miss="round 16, not met yet: priority: want \"urgent\", got low; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic safety: 'run over', 'forklift'")
    SC("rs-legal-acas-tribunal", "legal-threat-not-urgent",
       tw("fiona_w_rs", f"@{B} third cancelled shift without notice this month and you still owe me two weeks of holiday pay from June. I've spoken to ACAS and I'm putting in an employment tribunal claim if it isn't paid by friday",
          when="2028-07-19T11:00:18Z"),
       expect(RP, "high", "pay", "direct"), note="a tribunal threat: a strong complaint, not urgent")
    SC("rs-namesake-roster-arms-quiz", "namesake",
       tw("rosterarms_rs", "Quiz night at the Roster Arms tonight, 8pm 🍺 £2 a head, cash prize, and yes, the chips are back. Beer garden open till late while this heat lasts ☀️",
          when="2028-07-19T12:00:00Z"),
       expect(IGN, "low", None, "none"), note="a pub")
    SC("rs-html-shift-offer-template", "html-entities",
       tw("jonas_w_rs", f"@{B} the shift offer in the app says 'Hi &lt;first_name&gt;, you're booked at &lt;site_name&gt; on {{{{date}}}} &amp; start at &lt;%= start %&gt;'. so where am I actually going tomorrow?",
          when="2028-07-19T13:00:37Z"),
       expect(RP, "normal", "shifts", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("rs-nl-share-code-documenten", "non-english",
       tw("sanne_b_rs", f"@{B} Hallo, ik heb mijn share code en paspoort twee keer geüpload maar mijn profiel staat nog steeds op 'documenten controleren'. Hoe lang duurt dat nog?",
          lang="nl", when="2028-07-19T14:00:59Z"),
       expect(RP, "normal", "compliance", "direct"), note="Dutch: right-to-work documents uploaded twice, still being checked")
    SC("rs-fr-casier-judiciaire", "non-english",
       tw("amelie_r_rs", f"@{B} Bonjour, mon DBS (casier judiciaire) est en attente depuis un mois et je ne peux accepter aucune mission en maison de retraite. Vous pouvez vérifier ?",
          lang="fr", when="2028-07-19T15:00:14Z"),
       expect(RP, "normal", "compliance", "direct"), note="French: a DBS check stuck for a month")
    SC("rs-client-wedding-no-show", "complaint-direct",
       tw("holtgreen_rs", f"@{B} we booked 6 waiting staff for a wedding on saturday, 2 didn't turn up and nobody answered your out-of-hours line. our account manager hasn't replied since. we're a small venue and it was awful for the couple",
          when="2028-07-19T16:00:41Z"),
       expect(RP, "normal", "clients", "direct"), note="a client business let down by no-shows")
    SC("rs-safety-cleaner-man-at-door", "safety-urgent",
       tw("kayla_j_rs", f"@{B} I'm cleaning the offices at Quayside Tower on my own at night and a man I don't know has been trying the door of my floor for 10 mins. the security desk isn't answering. I'm scared, what do I do",
          when="2028-07-19T21:40:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="a lone worker at night, frightened by a stranger at the door")

    # ---- Thursday 20 July: payday, and the pay file fails ----------------------------------------
    tash = tw("tash_l_rs", f"@{B} it's thursday and my wages aren't in. always in by midnight. anyone else?",
              when="2028-07-20T05:10:44Z")
    SC("rs-complaint-wages-not-in", "complaint-direct", tash, expect(RP, "high", "pay", "direct"),
       note="the first report of the failed pay run", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @RosterJobs | complaint (0.81) | topic pay: 'wage'")
    bex = tw("bex_d_rs", "PAYDAY 💃 who's coming out friday?", when="2028-07-20T05:20:00Z")
    bex_reply = tw("mo_f_rs", "@bex_d_rs not me. roster haven't paid anyone, 0.00 in my account and the rent goes out at 9",
                   reply_to=bex, when="2028-07-20T05:40:12Z")
    SC("rs-venting-rent-goes-out-9", "third-party-venting", bex_reply, expect(MON, "low", "pay", "third_party"),
       note="venting to a friend in her thread, brand not tagged")
    paynote = tw(B, "⚠️ This week's pay hasn't reached your bank this morning. A payment file failed overnight at our payroll provider. The money is safe and we're resending it today. Next update by 9am.",
                 when="2028-07-20T06:15:00Z")
    SC("rs-brand-own-pay-failed", "brand-own-post", paynote, expect(IGN, "low", "pay", "none"))
    SC("rs-repost-pay-failed", "repost", tw("pat_g_rs", "", retweet=paynote, when="2028-07-20T06:22:37Z"),
       expect(IGN, "low", "pay", "indirect"))
    SC("rs-joke-roast-er", "joke-bystander",
       tw("wit_stu_rs", "@mo_f_rs @bex_d_rs Roster by name, roast-er by nature 🔥 35 degrees and no wages, they're really committing to the bit",
          reply_to=bex_reply, when="2028-07-20T06:30:08Z"),
       expect(IGN, "low", "pay", "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("rs-chatter-hardship-button", "third-party-chatter",
       tw("tash_l_rs", "@mo_f_rs it's everyone, Roster have put a post up. try the hardship advance button in the app, a few people on the Essenby chat have had it",
          reply_to=bex_reply, when="2028-07-20T06:48:55Z"),
       expect(MON, "low", "pay", "third_party"), note="advice to someone else in someone else's thread")
    shaz = tw("shaz_p_rs", f"@{B} morning, any idea when the pay will go in? I need to pick up my asthma inhaler prescription today and it's £9.90, I've got £2.40 till it lands. no rush otherwise, thanks",
              when="2028-07-20T06:55:30Z")
    SC("rs-medical-inhaler-prescription", "medical-urgent", shaz, expect(RP, "urgent", "safety", "direct"),
       note="a calm question, but her asthma inhaler depends on the missing pay")
    shaz_brand = tw(B, "@shaz_p_rs Sharon, I've put a £50 advance through for you now. It should be with you in the next 10 minutes, and nothing comes off your pay for it. Reply here if it hasn't landed by 7:30. Jo",
                    reply_to=shaz, when="2028-07-20T07:08:00Z")
    SC("rs-sarcasm-value-our-workers", "sarcasm-customer",
       tw("leon_g_rs", "nothing says 'we value our workers' like Roster losing everyone's wages in the hottest week of the year 🙃 cheers for that",
          when="2028-07-20T07:20:16Z"),
       expect(RP, "high", "pay", "indirect"), note="sarcasm about his own missing pay, during the pay failure", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Roster in a post to everyone | describes their own experience | sarcasm (irony 0.45) from a customer: a complaint | topic pay: 'wage'")
    SC("rs-thread-shaz-inhaler-landed", "thread-with-brand",
       tw("shaz_p_rs", "it's landed, I've got my inhaler. thank you Jo, you've no idea what a weight off that is",
          reply_to=shaz_brand, when="2028-07-20T07:34:40Z"),
       expect(RP, "low", "safety", "direct"), note="thanks in the brand's thread, no @: the medical need has been met")
    SC("rs-abuse-sweatbox-thieving", "abuse-with-problem",
       tw("leon_g_rs", f"@{B} you lot are an absolute joke. I did 52 hours last week in that sweatbox at Norland and you can't even pay me on time. thieving scumbags. where is it",
          when="2028-07-20T07:45:02Z"),
       expect(RP, "high", "pay", "direct"), note="rude, but his week's pay is missing")
    sam = tw("sam_k_rs", f"@{B} no pay again. rent's gone out, bank's charging me, I've got nothing left and I can't see a way out of it. honestly think everyone would be better off without me",
             when="2028-07-20T08:02:49Z")
    SC("rs-safety-better-off-without-me", "safety-urgent", sam, expect(RP, "urgent", "safety", "direct"),
       note="a worker with no money who talks of not being here: risk to life")
    sam_brand = tw(B, "@sam_k_rs Sam, I'm really sorry things are this hard, and I'm glad you told us. You matter far more than a late payment. Please call Samaritans on 116 123, any time, or 999 if you're in danger now. I'm sending you a DM so we can sort your pay today.",
                   reply_to=sam, when="2028-07-20T08:09:10Z")
    SC("rs-brand-reply-samaritans", "brand-own-post", sam_brand, expect(IGN, "low", "safety", "none"))
    SC("rs-big-reach-chef-porters", "big-reach",
       tw("chefmarlowe_rs", f"@{B} the kitchen porters you send us at Marlowe's haven't been paid this morning, and two of them came in anyway because they couldn't afford the bus home otherwise. Sort it out. These are the people who keep kitchens running.",
          when="2028-07-20T08:30:24Z",
          metrics={"retweet_count": 2_600, "reply_count": 940, "like_count": 18_200, "quote_count": 310}),
       expect(RP, "high", "pay", "direct"), note="612k followers, a client speaking up for workers during the pay failure")
    payupd = tw(B, "Update on pay: the payment file has been resent and the banks have it. Most of you will see your pay by 2pm, some banks by 6pm. If you're short for something essential today, ask for a hardship advance in the app and we'll pay it within the hour.",
                when="2028-07-20T09:00:00Z")
    SC("rs-hotline-eleven-calls", "public-hotline-number",
       tw("kris_d_rs", f"@{B} rang 0808 157 0461 eleven times since 6am. 'high call volumes' and then it hangs up on me. my wages STILL aren't in",
          when="2028-07-20T09:20:41Z"),
       expect(RP, "high", "pay", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; eleven failed calls during the pay failure")
    SC("rs-q-reply-not-eligible", "question-in-reply-to-brand",
       tw("greta_n_rs", "the hardship advance button just says 'not eligible'. I've worked for you for 2 years. how am I not eligible?",
          reply_to=payupd, when="2028-07-20T09:40:57Z"),
       expect(RP, "high", "pay", "direct"), note="a question under the brand's post, no @, with her pay missing in the failure", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: replies to @RosterJobs: the customer is talking to the brand | a question | topic pay: 'hardship advance', 'advance'")
    SC("rs-threat-weaver-house-front-desk", "threat-urgent",
       tw("tyrone_b_rs", f"@{B} I know your office is Weaver House on Dock Road. if my money isn't in by dinner I'm coming down there with my brother and someone on that front desk is going to get hurt. not a joke",
          when="2028-07-20T10:00:33Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("rs-threat-payroll-do-time", "threat-urgent",
       tw("ollie_p_rs", "whoever does payroll at roster jbos better hope I never see them in town. 3 kids and no wages in the hottest week of the year. I'll do time for it, swear down",
          when="2028-07-20T10:20:12Z"),
       expect(ANY, "urgent", "pay", "indirect"), note="a threat against staff, lower case with the name misspelt, no tag: only the priority is strict")
    SC("rs-legal-eas-inspectorate", "legal-threat-not-urgent",
       tw("fiona_w_rs", "Roster have failed to pay thousands of agency workers on time and it's not the first time. I'm reporting them to the Employment Agency Standards Inspectorate today and claiming for unlawful deduction of wages.",
          when="2028-07-20T10:45:19Z"),
       expect(RP, "high", "pay", "indirect"), note="a regulator report and a claim, brand named without a tag: strong, not urgent", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Roster in a post to everyone | describes their own experience | complaint (0.74) | topic pay: 'pay', 'payé', 'deduction', 'wage'")
    SC("rs-pt-salario-nao-caiu", "non-english",
       tw("rafa_s_rs", f"@{B} Bom dia, o meu salário ainda não caiu na conta. Trabalhei 48 horas na semana passada. Quando vão pagar?",
          lang="pt", when="2028-07-20T11:00:45Z"),
       expect(RP, "high", "pay", "direct"), note="Portuguese: his pay missing in the failure", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @RosterJobs | a danger to health or safety: urgent | topic pay: 'salario', 'salário', 'pagar'")
    SC("rs-medical-es-inhalador-marido", "medical-urgent",
       tw("lucia_h_rs", f"@{B} Hola, ¿sabéis cuándo llegará el pago? Tengo que pagar hoy en la farmacia el inhalador de mi marido, tiene asma y se le ha acabado.",
          lang="es", when="2028-07-20T12:00:17Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, a calm question: her husband's asthma inhaler has run out and depends on the pay")
    SC("rs-repeat-tash-third-ask", "repeat-contact",
       tw("tash_l_rs", f"@{B} 12:30 and still nothing. asked at 5am, asked at 9, your update said 2pm but the app now says 'payment pending'. that's the third time I'm asking",
          when="2028-07-20T12:30:52Z"),
       expect(RP, "high", "pay", "direct"), note="she comes back a third time; the pay failure goes on")
    SC("rs-news-pay-failure", "news-monitor",
       tw("bwnow_rs", "Thousands of agency workers at staffing firm Roster have not been paid this week after what the company calls a payment file failure. Some told us they cannot afford bus fares to get to work. {url:https://brackwaternow.example/news/roster-pay}",
          when="2028-07-20T13:00:00Z",
          metrics={"retweet_count": 620, "reply_count": 390, "like_count": 2_400, "quote_count": 140}),
       expect(MON, "low", "pay", "indirect"), known_miss="round 16, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got high; the engine read: names Roster in a post to everyone | describes their own experience | complaint (0.90) | author reach: 58k followers | topic pay: 'paid', 'payment'")
    SC("rs-in-passing-scorecard", "complaint-in-passing",
       tw("ella_t_rs", f"today's scorecard: 36 degrees, bus air con broken, landlord texting me, and @{B} still haven't paid me for last week. at least the ice cream van came",
          when="2028-07-20T14:00:27Z"),
       expect(RP, "high", "pay", "indirect"), note="the brand tagged in the middle of a bad day, during the pay failure", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: tags @RosterJobs in a post to everyone | describes their own experience | complaint (0.99) | topic pay: 'paid'")
    SC("rs-private-worker-id-ni-phone", "private-details",
       tw("dan_m_rs", f"@{B} still no pay. worker ID RJ-447102, NI number QQ 48 91 27 B. please just check I'm in the file, my number is 07700 900418",
          when="2028-07-20T14:30:09Z"),
       expect(RV, "high", "pay", "direct"), note="a worker ID, an NI number and a phone number in public, during the pay failure", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @RosterJobs | exposes a phone number in public: answer privately | complaint (0.89) | topic pay: 'pay', 'payé'")
    done = tw(B, "✅ This week's pay has now reached everyone's bank. If yours hasn't, DM us your worker ID (not here) and we'll check it tonight. We're adding £25 to everyone's pay next week for the trouble. We're sorry.",
              when="2028-07-20T17:30:00Z")
    SC("rs-quote-not-everyone", "quote",
       tw("adele_f_rs", "'reached everyone'. my wages haven't reached me. my bank says nothing incoming. so either that's not true or I'm not 'everyone'",
          quote=done, when="2028-07-20T18:02:14Z"),
       expect(RP, "high", "pay", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her pay still missing at the end of the failure")

    # ---- Friday 21 July: the tail of the pay failure; a P45; clients; fake recruiters --------------
    SC("rs-private-p45-email-dob", "private-details",
       tw("nadia_b_rs", f"@{B} my P45 went to the wrong email. it should be nadia.begum@mailbox.example, DOB 14/03/1994, I left you in June. I start somewhere new on monday and they need it",
          when="2028-07-21T09:00:48Z"),
       expect(RV, "normal", "pay", "direct"), note="an email address and a date of birth in public")
    SC("rs-praise-priya-welfare", "praise",
       tw("priyal_rs", f"@{B} whoever Priya is on your welfare team, she rang me 3 times yesterday to check I was ok after my pay didn't land and got me an advance by lunch. proper human being. thank you",
          when="2028-07-21T10:00:16Z"),
       expect(RP, "low", "pay", "direct"))
    SC("rs-client-care-home-charge-rate", "question",
       tw("elmlodge_rs", f"@{B} we're a care home in Sallowmere and need 2 night carers from Monday, ideally temp to perm. what's your charge rate, and what's the finder's fee if we take them on permanently?",
          when="2028-07-21T11:00:35Z"),
       expect(RP, "normal", "clients", "direct"), note="a prospective client's question")
    SC("rs-spam-follower-selling", "spam",
       tw("FollowBoost_rs", f"@{B} 📈 Grow your brand! 20k real followers + 5k likes for just £29. Trusted by agencies &amp; creators. DM now 💯",
          when="2028-07-21T12:00:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    helen = tw("helen_p_rs", f"@{B} morning, yesterday's pay still hasn't shown up for me. is there a second run today? I'm 67 and it's all I've got coming in",
               when="2028-07-21T12:20:03Z")
    SC("rs-spam-fake-payroll-support", "spam",
       tw("RosterPayDM_rs", f"@helen_p_rs @{B} Hi Helen, Roster Payroll Support here 👋 to release your pay today please DM us your online banking login and the code we text you",
          reply_to=helen, when="2028-07-21T12:31:47Z"),
       expect(IGN, "low", "pay", "indirect"), note="a fake support account in a customer's thread, fishing for her bank login")
    SC("rs-question-whatsapp-dbs-fee", "question",
       tw("sol_m_rs", f"@{B} is this a scam? someone on WhatsApp says they're a Roster recruiter and I need to pay £45 for my DBS before they can give me shifts. your website says it's free",
          when="2028-07-21T13:00:22Z"),
       expect(RP, "normal", "fraud", "direct"), note="checking a fake recruiter before paying: no money lost", known_miss="round 16, not met yet: topic: want \"fraud\", got pay; the engine read: addressed to @RosterJobs | complaint (0.95) | topic pay: 'pay', 'payé', an amount of money")
    SC("rs-common-game-roster-leak", "common-word",
       tw("wyatt_g_rs", "the new Brawl Kingdom roster leak has 6 new characters and NONE of them are Gorath. I've waited three seasons. I booked the day off for launch and for what",
          when="2028-07-21T14:00:44Z"),
       expect(IGN, "low", "shifts", "none"), note="a game's character roster; 'booked' is a day off")
    SC("rs-safety-pt-supervisor-assedio", "safety-urgent",
       tw("bia_s_rs", f"@{B} Olá, no hotel onde me mandaram hoje um supervisor não pára de me tocar e seguiu-me até ao vestiário. Isto é assédio. Tenho medo de voltar amanhã. O que faço?",
          lang="pt", when="2028-07-21T15:00:18Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: harassment by a client's supervisor who followed her into the changing room")
    SC("rs-hotline-praise-1am-taxi", "public-hotline-number",
       tw("kieran_o_rs", "genuinely, the Roster welfare line (0808 157 0461) picked up at 1am when I was stuck at the Wrexby depot with no lift home after my shift, and sorted me a taxi. didn't expect that from an agency",
          when="2028-07-21T16:00:52Z"),
       expect(RP, "low", "shifts", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("rs-indirect-hours-short-carrick", "complaint-indirect",
       tw("adele_f_rs", "Roster paid me for 30 hours when I did 38 at the Carrick last week. the timesheet was signed off by the hotel and everything. 8 hours I'm down",
          when="2028-07-21T17:00:09Z"),
       expect(RP, "normal", "pay", "indirect"), note="brand named without a tag: short-paid on an approved timesheet")

    # ---- Saturday 22 July: Sallowmere Sounds in the sun; every other roster -----------------------
    SC("rs-common-five-a-side-injured", "common-word",
       tw("kez_f_rs", "Five-a-side roster for Sunday: Jonno, Big Mike, Ade, Kez and me. Sub needed, Priya's injured her ankle again 🙄",
          when="2028-07-22T08:00:14Z"),
       expect(IGN, "low", "safety", "none"), note="a Sunday team; an injury, but nothing to do with the agency")
    SC("rs-namesake-dr-helen-roster", "namesake",
       tw("sallow_sci_rs", "🔬 Today in the science tent, 2pm: Dr Helen Roster on heat, health and work, and why so many of us have passed out at a festival. Bring water 💧",
          when="2028-07-22T09:00:00Z"),
       expect(IGN, "low", "safety", "none"), note="a lecturer's surname, talking about heat and health: still not the agency")
    SC("rs-safety-stewards-dehydrated", "safety-urgent",
       tw("zoe_k_rs", f"@{B} the stewards you sent to Sallowmere Sounds have had one bottle of water each since 8am, it's 33 and two of us are already dehydrated and have been to the medical tent. when are the breaks you promised?",
          when="2028-07-22T11:00:37Z"),
       expect(RP, "urgent", "safety", "direct"), note="workers in the sun without water, two already treated")
    SC("rs-safety-it-svenuta-festival", "safety-urgent",
       tw("marco_b_rs", f"@{B} Al festival di Sallowmere una ragazza del bar è svenuta per il caldo, colpo di calore dice il medico. Siamo in 40 sotto il sole senza pause. Potete fare qualcosa?",
          lang="it", when="2028-07-22T12:10:25Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: a bar worker fainted with heatstroke, 40 more still in the sun")
    SC("rs-threat-drunk-glass-me", "threat-urgent",
       tw("amy_r_rs", f"a drunk lad at the Sallowmere main bar has threatened to glass me and he's still hanging round the queue. @{B} who do we tell? festival security say bar staff aren't their problem",
          when="2028-07-22T13:05:48Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat against a worker on assignment, told by the worker herself")
    SC("rs-medical-insulin-fridge", "medical-urgent",
       tw("leah_t_rs", f"@{B} hi, I'm type 1 diabetic and booked on the Norland mezzanine from monday. is there a fridge on site for my insulin? it won't last in a locker at 35 degrees",
          when="2028-07-22T14:00:06Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a medical need for next week's shifts")
    SC("rs-common-cafe-closing-roster", "common-word",
       tw("jade_w_rs", "new manager at the café has redone the roster and given me every close for a month. asked for a shift swap and got told to 'be grateful for the hours' 🙃",
          when="2028-07-22T16:00:31Z"),
       expect(IGN, "low", "shifts", "none"), note="a café's rota: a complaint about a job, but not about the agency")

    # ---- Sunday 23 July ----------------------------------------------------------------------------
    tilly = tw("tilly_m_rs", "brunch at the Lido tomorrow 11ish? 🥂", when="2028-07-23T09:00:00Z")
    SC("rs-medical-thread-epileptic-mum", "medical-urgent",
       tw("rae_b_rs", "@tilly_m_rs can't, sorry. mum's epileptic and roster have put her on a sleep-in at a care home on her own tonight. she's had 2 seizures this month and they know. I'm worried sick",
          reply_to=tilly, when="2028-07-23T09:40:29Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a medical risk told in a friend's thread without a tag: whether to step in is a judgement, the priority is strict")
    SC("rs-praise-kai-thank-you", "praise",
       tw("kai_w_rs", f"@{B} heard the lad from our line is home. whatever you said to Norland worked: fans, water on every level and proper breaks. thanks for actually listening this week",
          when="2028-07-23T11:00:53Z"),
       expect(RP, "low", None, "direct"), note="thanks at the end of the week's incident", known_miss="round 16, not met yet: priority: want \"low\", got high; the engine read: addressed to @RosterJobs | complaint (0.64) | loss of service")
    return brand


BRANDS["roster-staffing"] = ("RosterJobs", 6778901245, build_roster_staffing)
