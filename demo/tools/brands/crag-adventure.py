# Crag Adventure ("Crag"): made-up outdoor adventure centres in and around the made-up Greyfell
# National Park. Skelbeck has the indoor climbing walls with auto-belays, a bouldering room, a café
# and a gear shop; Ravensgill is the outdoor centre (high ropes, "The Big Drop" zip line over the
# old quarry lake, gorge walking in Ravensgill Beck, kayaking and paddleboarding on Hawsmere);
# Thornby is a city bouldering centre that runs most of the kids' parties. Day passes and sessions
# are booked online with safety waivers; there are monthly and student memberships, courses with
# instructors, a summer holiday club, school and corporate groups.
# "Crag" is also an ordinary word and a name: a crag is a rock face that climbers talk about all
# day ("the crag was rammed", Scarth Crag, Hollin Crag); Crag Hill is a fell and Crag Lough a lake
# on Hadrian's Wall; The Crag Inn is a Skelbeck pub; CRAG is a climbing magazine; Tom Crag plays
# for Skelbeck Rovers; and "crag" is a common slip for Craig. None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of 24 July
# 2028, a heatwave. On Monday an auto-belay at Skelbeck fails and a 12-year-old girl drops the
# full height of the wall; every auto-belay is closed, sessions are cut short and the ordinary
# questions keep coming (a diabetic boy's insulin, a membership freeze, a pregnant climber). On
# Tuesday the closures cancel parties and sessions: refunds, a TV presenter's cancelled party, a
# climbing YouTuber, a boy with heatstroke on the high ropes, the local paper. On Wednesday, the
# hottest day, the Big Drop zip line stops with five riders over the lake for nearly two hours:
# a diabetic rider whose insulin is in a locker, a man dangling in a friend's thread, a father
# who threatens the manager, a solicitor and the HSE for Monday's fall. On Thursday the storm
# breaks: a flash flood in the gorge with a school class in it, a missing Dutch girl, lightning
# over the high ropes, a threat in the car park, the HSE's investigation in the news and a scam
# wave of fake "Crag Refunds" accounts and giveaways. On Friday the booking website falls over
# when the summer holiday club opens, alongside ordinary questions, other languages, a café
# allergy and a man filming children. The weekend brings a lost boy, a paddleboarder in trouble,
# a head injury and a cut head in other languages, praise, the pub, the magazine, the fells and
# the outdoor crags.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_crag_adventure():
    global CURRENT_BRAND, CLOCK
    brand = Brand("crag-adventure", SCEN_DIR / "crag-adventure.plan.toml", "CragAdventure", 6878901245,
                  1861220000000007301)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-07-24T05:30:00Z")
    B = "CragAdventure"
    user(B, "Crag Adventure", 6878901245,
         "Climbing, bouldering, high ropes, zip line, gorge walking & paddling at Skelbeck, Ravensgill and Thornby. "
         "Help 8am–9pm, 7 days: 0808 157 0312. We never DM first or ask for card numbers.",
         58_200, following=1_120, tweets=23_900, listed=240, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12440100000 + _n[0] * 4129, bio, followers, **kw)

    person("dawnpatrol_ca", "Kit Ashby", "Trad climber. Greyfell crags before work. Chalk in everything.", 2_300)
    person("marie_h_ca", "Marie Holt", "Skelbeck. T1D mum. Carb-counting queen.", 520)
    person("ian_f_ca", "Ian Fletcher", "Skelbeck. Finance bloke. Reads the small print.", 180)
    person("priyanka_ca", "Priyanka Shah", "Thornby. Mum to Arjun (9), who is braver than me.", 380)
    person("ollie_d_ca", "Ollie Dean", "Thornby. Admin for a living, organiser by nature.", 150)
    person("gav_p_ca", "Gavin Pryce", "Hawby. Drives for a living. Hates coin machines.", 180)
    person("fern_h_ca", "Fern Hughes", "Thornby. Expecting number two. Bored already.", 220)
    person("rachel_b_ca", "Rachel Burrows", "Skelbeck. Physio. Mum to Sophie (12) and Ben (9).", 640)
    person("tom_k_ca", "Tom Kendrick", "Skelbeck. Sparky. Boulders badly.", 210)
    person("dad_rt_ca", "Colin Parr", "Passes things on.", 80)
    person("meg_o_ca", "Meg Oduya", "Thornby. Always asking how it went.", 310)
    person("jordan_m_ca", "Jordan Mills", "Thornby. Climbing is my whole personality now.", 420)
    person("punchline_ca", "Des Cooper", "Puns. Pints. Thornby.", 900)
    person("SkelGazette_ca", "Skelbeck Gazette", "News for Skelbeck, Thornby and the Greyfell dales since 1879.", 41_000,
           following=800, verified=True)
    person("adam_r_ca", "Adam Rees", "Thornby. Teacher. Summer holidays are for driving kids about.", 190)
    person("deb_w_ca", "Debbie Wood", "Thornby. Sorts everything for everyone.", 240)
    person("lottie_tv_ca", "Lottie Marsh", "Presenter, Morning Brew on Channel 9. Mum of twins. Views my own.",
           1_200_000, following=1_100, listed=4_800, verified=True)
    person("CragHelp_ca", "Crag Adventure Support 🔒", "Official help desk. DM us for fast refunds 🔒", 40,
           following=4_600)
    person("nat_g_ca", "Nat Greaves", "Thornby. Sweats easily.", 350)
    person("carol_s_ca", "Carol Stead", "Ravensgill. Walks the dog past the high ropes every day.", 130)
    person("ben_belays_ca", "Ben Ashworth", "Climbing videos: gear, technique, bad jokes, good falls. New video every Sunday.",
           860_000, following=700, listed=3_100, verified=True)
    person("kev_b_ca", "Kevin Barr", "Thornby. Dad of three. No filter.", 160)
    person("lena_h_ca", "Lena Hoffmann", "Aus Köln. Sommerurlaub im Greyfell.", 220)
    person("lisa_o_ca", "Lisa Okafor", "Skelbeck. Mum to an asthmatic football maniac.", 210)
    person("sam_ellery_ca", "Sam Ellery", "Skelbeck. Climbs twice a week, works the rest.", 260)
    person("climbnerd_ca", "Fiona Reid", "Route setter, 12 years. Opinions on holds.", 4_800)
    person("hayley_f_ca", "Hayley Fisher", "Thornby. Shift work, bad sleep, good climbing.", 300)
    person("aisha_k_ca", "Aisha Khan", "Ravensgill. Nurse. Married to a man who says yes to everything.", 470)
    person("jess_t_ca", "Jess Turner", "Thornby. Big sister, bigger worrier.", 330)
    person("mark_o_ca", "Mark Osei", "Ravensgill. Waiting on the grass.", 210)
    person("becca_l_ca", "Becca Lane", "Thornby. Friends with everyone.", 560)
    person("danny_p_ca", "Danny Platt", "Thornby. Said yes to a zip line. Regrets.", 240)
    person("lads_humour_ca", "Rich Tate", "Banter merchant. Thornby.", 610)
    person("stevie_r_ca", "Steve Rudd", "Ravensgill. Don't test me.", 70)
    person("GreyfellTV_ca", "Greyfell Today", "Regional TV news for the Greyfell dales.", 96_000,
           following=900, verified=True)
    person("fran_c_ca", "Fran Cole", "Skelbeck. Teaching assistant. Permanently tired.", 290)
    person("carmen_r_ca", "Carmen Ruiz", "Madrileña en Skelbeck. Mamá de Leo.", 260)
    person("julie_m_ca", "Julie Martin", "Lyonnaise en vacances dans le Greyfell.", 190)
    person("pete_n_ca", "Pete Nolan", "Thornby. One of the five on the Big Drop. Never again.", 140)
    person("NorthDesk_ca", "North Desk", "Breaking news from across the North.", 240_000,
           following=1_000, listed=1_900, verified=True)
    person("matt_h_ca", "Matt Hebden", "Skelbeck. Climber. Counting the days.", 320)
    person("niamh_b_ca", "Niamh Byrne", "Thornby. Booked everything, found nothing.", 270)
    person("CragRefunds_ca", "Crag Refunds Team ✅", "Official refunds & compensation for Crag Adventure customers ✅", 90,
           following=4_800)
    person("gemma_a_ca", "Gemma Arden", "Skelbeck. Careful with links since 2024.", 110)
    person("PassDrop_ca", "Summer Pass Drops 🎁", "Free days out, giveaways & vouchers every day 🎉", 2_200, following=4_900)
    person("sue_p_ca", "Sue Parkin", "Thornby. Year 6 parent rep.", 230)
    person("eva_dj_ca", "Eva de Jong", "Nederlandse in Thornby. Moeder van Noor.", 180)
    person("wendy_g_ca", "Wendy Garside", "Ravensgill campsite, pitch 14 this week.", 90)
    person("sinead_ca", "Sinéad Doyle", "Thornby. Married to a man who won't back down.", 150)
    person("dev_w_ca", "Dev Wright", "Front-end dev. Notices broken forms.", 1_500)
    person("reece_t_ca", "Reece Tolland", "Ravensgill. Looks after his own.", 60)
    person("holly_r_ca", "Holly Rigg", "Thornby. Washout summers a speciality.", 420)
    person("kat_d_ca", "Kat Duffy", "Thornby. Plans everything, gets rained off.", 280)
    person("pauline_ca", "Pauline Shore", "Skelbeck. Gets things done by email.", 190)
    person("kirsty_ca", "Kirsty Hale", "Skelbeck. Group chat admin.", 400)
    person("olu_a_ca", "Olu Adebayo", "Thornby. Parent, planner, permanently on hold.", 350)
    person("vicky_t_ca", "Vicky Tran", "Thornby. Two kids, one holiday, no childcare.", 220)
    person("asha_r_ca", "Asha Rao", "Skelbeck. Working mum. Refreshes pages for a living.", 240)
    person("zoe_s_ca", "Zoe Sinclair", "Student. Boulderer. Moving to Thornby in September.", 300)
    person("rafa_s_ca", "Rafael Souza", "De Braga para Thornby. Escalador.", 200)
    person("lucia_v_ca", "Lucía Vega", "Sevillana en Thornby.", 150)
    person("bill_t_ca", "Bill Thornton", "Skelbeck. Retired. Rings people.", 60)
    person("omar_h_ca", "Omar Haddad", "Thornby. Pays for things. Wants them to work.", 190)
    person("kate_w_ca", "Kate Wilde", "Skelbeck. Lost property magnet.", 140)
    person("ryan_c_ca", "Ryan Cole", "Skelbeck. Boulderer. Hard on shoes.", 380)
    person("CragMag_ca", "CRAG magazine", "The climbing quarterly. Trad, sport, bouldering, since 1994.", 67_000,
           following=1_200, verified=True)
    person("office_ellie_ca", "Ellie Parr", "Thornby. Office manager. Fixer of printers.", 180)
    person("tina_b_ca", "Tina Brooks", "Thornby. Eyes in the back of my head.", 340)
    person("joel_m_ca", "Joel Mercer", "Skelbeck. Dad. Reads every label.", 190)
    person("fellrunner_ca", "Nadia Bell", "Fell runner. Greyfell. Up before the sun.", 1_300)
    person("boulder_bro_ca", "Luke Farrar", "Climb, eat, sleep, complain about parking.", 760)
    person("GreyfellCC_ca", "Greyfell Climbing Club", "Club news, meets and crag conditions for the Greyfell.", 3_900)
    person("amy_j_ca", "Amy Jarvis", "Thornby. Mum of Alfie (6) and Rosa (3).", 190)
    person("harry_w_ca", "Harry Webb", "Ravensgill. Weekend sailor.", 330)
    person("tiago_f_ca", "Tiago Ferreira", "Português em Thornby. Pai do Rui.", 170)
    person("felix_k_ca", "Felix Kramer", "Hamburg. Diesen Sommer daheim geblieben.", 200)
    person("jonas_b_ca", "Jonas Becker", "Aus München. Wandern, Klettern, Bier.", 280)
    person("chiara_b_ca", "Chiara Bianchi", "Milanese a Skelbeck. Mamma di Sofia.", 210)
    person("nikki_p_ca", "Nikki Pearson", "Thornby. Party planner for one 8-year-old.", 260)
    person("dean_r_ca", "Dean Rowe", "Skelbeck. Says it how it is.", 110)
    person("lou_m_ca", "Lou Marsh", "Thornby. Member since 2023, sadly.", 240)
    person("SkelRovers_ca", "Skelbeck Rovers", "Official account of Skelbeck Rovers FC ⚽", 14_500, verified=True)
    person("wallwalker_ca", "Graham Dodd", "Walking Hadrian's Wall, one section a week.", 640)
    person("CragInn_ca", "The Crag Inn", "Real ales, beer garden, quiz nights. Market Place, Skelbeck.", 3_400)
    person("ruth_e_ca", "Ruth Ellison", "Thornby. Sunburnt. Locked out. Again.", 150)
    person("gaz_w_ca", "Gaz Whitley", "Ravensgill. Dad. Wild camping when allowed.", 130)

    # ---- Monday 24 July: the heatwave starts; an auto-belay fails at Skelbeck ----------------------
    SC("ca-common-scarth-crag-dawn", "common-word",
       tw("dawnpatrol_ca", "Up at 4:30 to get on Scarth Crag before the sun came round. Two routes done by 7 and the rock was already warm to the touch. Back to the day job, smelling of suncream",
          when="2028-07-24T06:10:14Z"),
       expect(IGN, "low", None, "none"), note="an outdoor crag, not the company")
    SC("ca-medical-t1d-insulin-pump", "medical-urgent",
       tw("marie_h_ca", f"@{B} morning! my son Alfie (11) has type 1 diabetes and wears an insulin pump. is he ok to do the high ropes at Ravensgill on Wednesday with it clipped on, and is there somewhere cool to keep his spare insulin while he's up there?",
          when="2028-07-24T06:55:40Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a child's insulin: a medical need")
    ian = tw("ian_f_ca", f"@{B} can I freeze my membership for August? I'm away for 4 weeks and the app only gives me the option to cancel",
             when="2028-07-24T07:40:22Z")
    SC("ca-question-freeze-membership", "question", ian, expect(RP, "normal", "memberships", "direct"))
    SC("ca-praise-taster-instructor-jess", "praise",
       tw("priyanka_ca", "Huge thanks to Jess at Crag Adventure Thornby. Arjun cried at the bottom of the wall for ten minutes, she sat with him, made it a game, and by the end of his taster session he'd rung the bell at the top twice. Best instructor ever 💛",
          when="2028-07-24T08:15:09Z"),
       expect(RP, "low", "courses", "indirect"), note="praise, brand named without a tag")
    SC("ca-private-booking-ref-email", "private-details",
       tw("ollie_d_ca", f"@{B} hi, can I swap the name on our gorge walk booking for Saturday? ref CA-7731904, lead booker Oliver Dean, oliver.dean@mailbox.example. my brother can't come so my partner's taking his place",
          when="2028-07-24T09:05:51Z"),
       expect(RV, "normal", "bookings", "direct"), note="a booking reference and an email address in public")
    SC("ca-complaint-parking-coins", "complaint-direct",
       tw("gav_p_ca", f"@{B} the parking machine at Ravensgill only takes coins. £6 and the nearest cash machine is 3 miles away in Hawby. had to leave my partner and kids sat in the heat while I drove off for change. sort it out",
          when="2028-07-24T11:30:37Z"),
       expect(RP, "normal", "facilities", "direct"))
    SC("ca-medical-pregnant-bouldering", "medical-urgent",
       tw("fern_h_ca", f"@{B} quick one: I'm 16 weeks pregnant, can I still go on the bouldering walls at Thornby if I stick to the low stuff and don't top out? midwife says keep active but I don't want to do anything daft",
          when="2028-07-24T12:40:18Z"),
       expect(RP, "urgent", "safety", "direct"), strict=False,
       note="a calm health question in pregnancy: a medical need by the convention, though some desks would treat it as an ordinary question")
    rachel = tw("rachel_b_ca", f"@{B} the auto belay on the orange wall at Skelbeck has just failed. my daughter let go at the top and it didn't catch her, she dropped the full height onto the mat. she's 12. ambulance is on its way. HOW does this happen",
                when="2028-07-24T15:42:03Z")
    SC("ca-safety-auto-belay-failed", "safety-urgent", rachel, expect(RP, "urgent", "safety", "direct"),
       note="the week's first incident: a child hurt by a failed auto-belay, ambulance coming")
    SC("ca-safety-witness-auto-belay", "safety-urgent",
       tw("tom_k_ca", "Just watched a young girl drop the full height of an auto-belay at Crag Adventure Skelbeck. No catch at all. Paramedics with her now and they've cleared the whole wall. I'm shaking and I'm a grown man",
          when="2028-07-24T15:58:26Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness to the failure, brand named without a tag: the other auto-belays are still a risk")
    stmt = tw(B, "This afternoon a young climber was hurt in a fall from an auto-belay at Crag Adventure Skelbeck. She is being looked after in hospital. We have closed every auto-belay at all three of our centres while we and the manufacturer investigate. Bouldering stays open.",
              when="2028-07-24T16:12:00Z")
    SC("ca-brand-own-auto-belay-closed", "brand-own-post", stmt, expect(IGN, "low", "safety", "none"))
    rachel_brand = tw(B, "@rachel_b_ca Rachel, we are so sorry. Our operations director, Helen Ward, will ring you within the hour, and every auto-belay at our three centres is now closed while we find out what happened.",
                      reply_to=rachel, when="2028-07-24T16:15:30Z")
    SC("ca-repost-auto-belay-statement", "repost", tw("dad_rt_ca", "", retweet=stmt, when="2028-07-24T16:31:12Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("ca-thread-broken-ankle-no-call", "thread-with-brand",
       tw("rachel_b_ca", "no call yet. she's got a broken ankle and concussion and they're keeping her in overnight. the staff on the desk couldn't even tell me when that auto belay was last checked",
          reply_to=rachel_brand, when="2028-07-24T17:50:44Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="in the brand's thread without an @: a child in hospital after the failure, and nobody can say when it was checked")
    meg = tw("meg_o_ca", "@jordan_m_ca how was climbing?? did you get on the new orange routes", when="2028-07-24T19:10:05Z")
    jordan = tw("jordan_m_ca", "@meg_o_ca don't. crag shut all the ropes after some kid got hurt, so I paid for a 2 hour session and got 40 mins on the boulders in a sauna. no refund, just 'sorry for the inconvenience'",
                reply_to=meg, when="2028-07-24T19:30:48Z")
    SC("ca-venting-session-cut-short", "third-party-venting", jordan, expect(MON, "low", "bookings", "third_party"),
       note="venting to a friend in her thread, lower-case name, no tag: don't butt in", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a person at risk: urgent | topic bookings: 'session', 'sessione', 'refund'")
    SC("ca-joke-crag-misadventure", "joke-bystander",
       tw("punchline_ca", "@jordan_m_ca @meg_o_ca Crag Adventure? sounds more like a Crag Misadventure 😬 I'll stick to climbing the stairs",
          reply_to=jordan, when="2028-07-24T19:48:33Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")

    # ---- Tuesday 25 July: auto-belays shut, sessions and parties cancelled, 33 degrees ------------
    SC("ca-news-gazette-girl-hospital", "news-monitor",
       tw("SkelGazette_ca", "Girl, 12, in hospital after fall from climbing wall at Crag Adventure Skelbeck. The firm has closed the auto-belays at all three of its centres while the cause is investigated. {url:https://skelbeckgazette.example/news/crag-wall-fall}",
          when="2028-07-25T07:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("ca-complaint-drove-40-min-refund", "complaint-direct",
       tw("adam_r_ca", f"@{B} drove 40 minutes to Thornby for our 10am session and found out at the desk that all the rope walls are shut. nobody emailed, nobody texted. 3 kids in tears. I want a refund, not 'credit'",
          when="2028-07-25T07:35:19Z"),
       expect(RP, "normal", "bookings", "direct"))
    update = tw(B, "Update: auto-belays stay closed today at Skelbeck, Ravensgill and Thornby. Bouldering, high ropes, the zip line and all water activities are running as normal. If your session is affected we'll email you today with a refund or a free rebook.",
                when="2028-07-25T08:20:00Z")
    SC("ca-q-reply-birthday-session", "question-in-reply-to-brand",
       tw("deb_w_ca", "we've got a birthday session booked at Skelbeck for Thursday, 8 kids, mostly on the auto belays. do we still come or is the booking being moved? nobody's emailed",
          reply_to=update, when="2028-07-25T08:45:36Z"),
       expect(RP, "normal", "bookings", "direct"), note="a question under the brand's post, no @", known_miss="round 16, not met yet: topic: want \"bookings\", got safety; the engine read: replies to @CragAdventure: the customer is talking to the brand | a question | topic safety: 'auto-belay', 'auto belay'")
    lottie = tw("lottie_tv_ca", f"My boys' 8th birthday party at Crag Adventure Thornby was cancelled by a one-line email at 7am. 14 kids, party bags made, cake collected. I know there's been an accident and safety comes first, but a phone call? @{B}",
                when="2028-07-25T09:30:12Z",
                metrics={"retweet_count": 1_800, "reply_count": 2_400, "like_count": 24_000, "quote_count": 290})
    SC("ca-big-reach-presenter-party", "big-reach", lottie, expect(RP, "high", "parties", "indirect"),
       note="1.2m followers; the handle at the end of a post to everyone")
    SC("ca-spam-fake-support-card", "spam",
       tw("CragHelp_ca", "@lottie_tv_ca So sorry about today! Crag Adventure support here 🔒 DM us the long number on your card and we'll process your compensation within 24h",
          reply_to=lottie, when="2028-07-25T09:41:07Z"),
       expect(IGN, "low", "scams", "third_party"), note="a fake support account fishing for card numbers in a customer's thread")
    SC("ca-sarcasm-desert-climbing", "sarcasm-customer",
       tw("nat_g_ca", "love paying £14 to boulder in a 32° shed at Crag Adventure Thornby. no fans, air con 'broken', windows 'can't open for insurance reasons'. genuinely the most authentic desert climbing experience 🥵 10/10",
          when="2028-07-25T10:15:55Z"),
       expect(RP, "normal", "facilities", "indirect"), note="praise words meaning the opposite")
    SC("ca-safety-heatstroke-high-ropes", "safety-urgent",
       tw("carol_s_ca", f"@{B} there's a boy, maybe 10, at the top of the high ropes at Ravensgill who's been sick over the side and looks grey. your instructor is shouting at him to finish. it's 33° and no shade up there. that's heatstroke. please radio them",
          when="2028-07-25T11:05:21Z"),
       expect(RP, "urgent", "safety", "direct"), note="a passer-by reporting a child in danger now")
    SC("ca-big-reach-youtuber-logs", "big-reach",
       tw("ben_belays_ca", f"Auto-belay failures are incredibly rare, and almost always come down to inspection. @{B}, you've got 14 of them across three centres: publish the inspection and service logs. Climbers deserve to know before they clip back in.",
          when="2028-07-25T12:00:33Z",
          metrics={"retweet_count": 3_200, "reply_count": 1_400, "like_count": 31_000, "quote_count": 610}),
       expect(RP, "high", "safety", "indirect"),
       note="860k followers asking hard safety questions, but every auto-belay is closed: nobody is at risk now, so high, not urgent")
    SC("ca-abuse-party-deposit-clowns", "abuse-with-problem",
       tw("kev_b_ca", f"@{B} you absolute shower of clowns. my son's birthday party on saturday cancelled by a no-reply email, 3 emails back and nothing, and my £240 deposit's just vanished. pathetic. ring me",
          when="2028-07-25T12:40:17Z"),
       expect(RP, "high", "parties", "direct"), note="rude, with a real cancelled party and money held")
    SC("ca-de-buchung-kajak-hitze", "non-english",
       tw("lena_h_ca", f"@{B} Hallo! Wir haben für Donnerstag eine Buchung zum Kajakfahren auf dem Hawsmere. Findet das bei der Hitze statt? Und falls nicht, bekommen wir eine Rückerstattung?",
          lang="de", when="2028-07-25T13:15:42Z"),
       expect(RP, "normal", "bookings", "direct"), note="German: a kayaking booking in the heat, and a refund if it's off")
    SC("ca-medical-asthma-inhaler-heat", "medical-urgent",
       tw("lisa_o_ca", f"@{B} my son has asthma and this heat is setting it off. he's on the bouldering kids club tomorrow afternoon. is the Skelbeck bouldering room cool enough, and can he keep his inhaler with him on the mats?",
          when="2028-07-25T13:50:28Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a child's asthma and inhaler")
    sam = tw("sam_ellery_ca", "Can't stop thinking about that girl at Skelbeck yesterday. I've climbed on those auto belays 200 times. Not sure I'll trust one again",
             when="2028-07-25T14:30:09Z")
    SC("ca-chatter-autobelays-rare", "third-party-chatter",
       tw("climbnerd_ca", "@sam_ellery_ca totally get it. for what it's worth, auto-belays are checked before every opening and failures are really rare. Crag have done the right thing closing them all until they know why",
          reply_to=sam, when="2028-07-25T14:52:47Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance in someone else's thread", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; the engine read: a reply in someone else's conversation that does not tag the brand | a joke by a bystander, not a customer's problem | topic safety: 'auto-belay', 'auto belay'")
    SC("ca-chatter-timeline-melting", "chatter-monitor",
       tw("hayley_f_ca", "half my timeline is climbers arguing about Crag Adventure's auto belays and the other half is people melting. normal tuesday",
          when="2028-07-25T15:20:31Z"),
       expect(MON, "low", "safety", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 16, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got urgent; the engine read: names Crag Adventure in a post to everyone | a danger to health or safety: urgent | topic safety: 'auto-belay', 'auto belay'")

    # ---- Wednesday 26 July: 34 degrees; the Big Drop zip line stops with five riders on it ---------
    SC("ca-legal-solicitor-hse", "legal-threat-not-urgent",
       tw("rachel_b_ca", f"@{B} Sophie is home, sore and bruised but she'll mend. two days and still no call from your director, no answer on when that auto belay was last serviced. our solicitor is writing to you today and we've reported you to the HSE",
          when="2028-07-26T07:30:16Z"),
       expect(RP, "high", "safety", "direct"),
       note="the girl is safe at home; a solicitor and the regulator over Monday's fall: a strong complaint, not urgent", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @CragAdventure | complaint (0.92) | a person at risk: urgent | topic safety: 'auto-belay', 'auto belay', 'hse'")
    SC("ca-repeat-membership-freeze", "repeat-contact",
       tw("ian_f_ca", f"@{B} asked you on monday about freezing my membership for august. no reply, and you've just taken £52 by direct debit. second time asking: freeze it and refund it",
          when="2028-07-26T08:10:39Z"),
       expect(RP, "high", "memberships", "direct"), note="he comes back: Monday's question was never answered and the money has gone")
    SC("ca-safety-zip-line-family-stuck", "safety-urgent",
       tw("aisha_k_ca", f"@{B} my husband and our two boys have been stuck up there on the Big Drop zip line over the lake at Ravensgill for 25 minutes in full sun. nobody on the ground is telling us anything. how are you getting them down?",
          when="2028-07-26T10:25:04Z"),
       expect(RP, "urgent", "safety", "direct"), note="people stranded on the zip line in 34 degrees")
    SC("ca-medical-sister-insulin-locker", "medical-urgent",
       tw("jess_t_ca", "my sister's one of the people stuck on the Crag Adventure zip line at Ravensgill. she's type 1 and her insulin and jelly babies are in the locker on the ground. she's just texted me she's going shaky. PLEASE someone get her down first",
          when="2028-07-26T10:40:22Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a diabetic rider going hypo on the line; brand named without a tag")
    zipstmt = tw(B, "The Big Drop zip line at Ravensgill stopped at 10:05 with five riders on the line. Everyone is clipped in and our rescue team is bringing them down one at a time. Families, please come to the Ravensgill hut. Next update 11:30.",
                 when="2028-07-26T10:50:00Z")
    SC("ca-brand-own-zip-line-rescue", "brand-own-post", zipstmt, expect(IGN, "low", "safety", "none"))
    SC("ca-quote-one-at-a-time", "quote",
       tw("mark_o_ca", "'one at a time'. it's been 75 minutes, it's 34 degrees and my lad is STILL hanging over that lake. get mountain rescue out if you can't do it yourselves",
          quote=zipstmt, when="2028-07-26T11:20:45Z"),
       expect(RP, "urgent", "safety", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his son is still on the line")
    becca = tw("becca_l_ca", "@danny_p_ca you ok?? just seen the news about the zip line at ravensgill, isn't that where you were going today",
               when="2028-07-26T11:22:10Z")
    danny = tw("danny_p_ca", "@becca_l_ca i'm literally on it. been dangling over the lake on this crag thing for over an hour, can't feel my legs in this harness and my phone's on 6%. they say I'm 4th to come down",
               reply_to=becca, when="2028-07-26T11:31:52Z")
    SC("ca-safety-in-thread-dangling", "safety-urgent", danny, expect(ANY, "urgent", "safety", "third_party"),
       note="a rider stranded on the line, lower case, in a friend's thread: whether to step in is a judgement, the priority is strict", known_miss="round 16, not met yet: priority: want \"urgent\", got low; addressed: want \"third_party\", got none; the engine read: 'crag' is used as an ordinary word | topic safety: 'dangling', 'harness'")
    SC("ca-joke-hang-in-there", "joke-bystander",
       tw("lads_humour_ca", "@danny_p_ca @becca_l_ca well they did call it Crag ADVENTURE 😂 just hang in there pal",
          reply_to=danny, when="2028-07-26T11:40:26Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's joke on the name in someone else's thread")
    SC("ca-threat-manager-window", "threat-urgent",
       tw("stevie_r_ca", f"@{B} if my kids aren't down off that zip line in 10 minutes I'm coming in that hut and your manager's going through the window. 90 minutes they've been stuck up there",
          when="2028-07-26T11:55:13Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against staff with a real complaint: only the priority is strict")
    SC("ca-news-tv-five-rescued", "news-monitor",
       tw("GreyfellTV_ca", "All five riders have been brought down safely after nearly two hours on the Big Drop zip line at Crag Adventure Ravensgill in 34C heat. One woman was treated by paramedics. It comes two days after a girl was hurt at the firm's Skelbeck wall.",
          when="2028-07-26T12:30:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("ca-in-passing-kayak-flat-calm", "complaint-in-passing",
       tw("fran_c_ca", f"today: the car's a/c died on the bypass, the dog threw up in the boot, and @{B} texted at 8am to cancel our kayaking 'due to conditions' when Hawsmere is flat as a plate. no mention of a refund. love summer",
          when="2028-07-26T13:30:58Z"),
       expect(RP, "normal", "bookings", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("ca-medical-es-alergia-fiesta", "medical-urgent",
       tw("carmen_r_ca", f"@{B} Hola, el sábado celebramos el cumpleaños de mi hijo Leo en Skelbeck. Es alérgico a los frutos secos (anafilaxia) y lleva EpiPen. ¿La cafetería puede preparar la comida de la fiesta sin frutos secos? Gracias",
          lang="es", when="2028-07-26T14:10:35Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish, a calm party question: a child with anaphylaxis to nuts")
    SC("ca-fr-reservation-accrobranche", "non-english",
       tw("julie_m_ca", f"@{B} Bonjour, nous avons une réservation pour l'accrobranche à Ravensgill demain matin (4 personnes). Après l'incident de la tyrolienne, est-ce que c'est maintenu ? Sinon, un remboursement est possible ?",
          lang="fr", when="2028-07-26T15:00:27Z"),
       expect(RP, "normal", "bookings", "direct"), note="French: tomorrow's high ropes booking after the zip line incident")
    SC("ca-private-zip-rider-phone", "private-details",
       tw("pete_n_ca", f"@{B} I was one of the five stuck on the zip line this morning. your staff said every rider gets a full refund and a free session. booking CA-8842109, Peter Nolan, 07700 900418. nobody's called",
          when="2028-07-26T16:20:11Z"),
       expect(RV, "normal", "bookings", "direct"), note="a booking reference and a phone number in public; he is safe now", known_miss="round 16, not met yet: topic: want \"bookings\", got safety; the engine read: addressed to @CragAdventure | exposes an account, booking or security code and a phone number in public: answer privately | complaint (0.96) | topic safety: 'stuck on the zip line'")

    # ---- Thursday 27 July: the storm breaks; the gorge floods; the HSE; fake refunds ---------------
    storm = tw(B, "⛈️ Thunderstorms are forecast from 2pm. All outdoor activities at Ravensgill (gorge walking, high ropes, the zip line, kayaking and paddleboarding) stop at 1pm today. If your booking is after 1pm we'll move it or refund it in full.",
               when="2028-07-27T06:30:00Z")
    SC("ca-brand-own-storm-notice", "brand-own-post", storm, expect(IGN, "low", "bookings", "none"))
    SC("ca-news-hse-investigation", "news-monitor",
       tw("NorthDesk_ca", "The Health and Safety Executive has opened an investigation into Crag Adventure after a 12-year-old was hurt in a fall from an auto-belay on Monday and five people were left on a zip line for nearly two hours yesterday.",
          when="2028-07-27T07:05:00Z",
          metrics={"retweet_count": 620, "reply_count": 340, "like_count": 2_900, "quote_count": 75}),
       expect(MON, "low", "safety", "indirect"), note="news from a big account: monitor, not a case")
    SC("ca-repeat-refund-third-day", "repeat-contact",
       tw("matt_h_ca", f"@{B} third day asking. monday's 2-hour session at Skelbeck was cut to 40 mins when you shut the ropes. you promised a refund on tuesday, still nothing, and now the app says it's 'credit'. I want my £28 back",
          when="2028-07-27T07:40:24Z"),
       expect(RP, "high", "bookings", "direct"), note="the third time asking about the same refund")
    SC("ca-q-reply-paddleboard-11am", "question-in-reply-to-brand",
       tw("niamh_b_ca", "is our 11am paddleboard session still on then? we're driving 2 hours from Thornby with the kids and the sky here looks awful already",
          reply_to=storm, when="2028-07-27T08:15:50Z"),
       expect(RP, "normal", "bookings", "direct"), note="a question under the brand's post, no @")
    SC("ca-spam-fake-refunds-verify-card", "spam",
       tw("CragRefunds_ca", "Affected by this week's closures or the zip line? Crag Adventure customers can claim £50 compensation per person ✅ Takes 2 minutes, just verify your card 👉 {url:https://crag-refunds.example/claim}",
          when="2028-07-27T09:00:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake compensation account riding on the week's news")
    SC("ca-question-is-this-really-you", "question",
       tw("gemma_a_ca", f"@{B} is the 'Crag Help Team' account really you? they've DM'd me saying I'm owed compensation for Tuesday and asking for my card number and the 3 digits on the back. feels like a scam",
          when="2028-07-27T09:20:41Z"),
       expect(RP, "normal", "scams", "direct"), note="checking a fake account before sending anything: nothing lost")
    SC("ca-spam-giveaway-day-passes", "spam",
       tw("PassDrop_ca", "🎉 GIVEAWAY 🎉 Crag Adventure is giving away 500 family day passes to say sorry for this week! Like, RT and tap the link to claim yours before midnight 👉 {url:https://crag-summer.example/free}",
          when="2028-07-27T10:05:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake giveaway in the brand's name")
    sue = tw("sue_p_ca", f"@{B} my son's class is in Ravensgill gorge with your instructors right now. the beck's turned brown and it's rising fast, there's a flash flood warning on my phone and nobody at the centre is answering. are they out?? are they safe??",
             when="2028-07-27T13:45:33Z")
    SC("ca-safety-gorge-flash-flood", "safety-urgent", sue, expect(RP, "urgent", "safety", "direct"),
       note="children in a gorge as the water rises")
    SC("ca-nl-dochter-vermist-kloof", "safety-urgent",
       tw("eva_dj_ca", f"@{B} Mijn dochter Noor (14) is vermist na de kloofwandeling in Ravensgill. De groep is terug maar zij niet, we zijn haar kwijt en het water stijgt snel. Alstublieft, help!",
          lang="nl", when="2028-07-27T13:58:19Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch: a missing 14-year-old after the gorge walk, the water rising")
    SC("ca-safety-lightning-high-ropes", "safety-urgent",
       tw("wendy_g_ca", "lightning right overhead at crag ravensgill and there's still kids clipped on the high ropes. thunder straight after the flash. why are they not being brought down?!",
          when="2028-07-27T14:05:46Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: children on the high ropes in a lightning storm")
    sue_brand = tw(B, "@sue_p_ca Sue, the whole group is out of the gorge and safe at the centre. They were walked out at 1:20 when the beck started to rise. Your son's teacher is ringing every parent now.",
                   reply_to=sue, when="2028-07-27T14:20:08Z")
    SC("ca-thread-gorge-who-made-the-call", "thread-with-brand",
       tw("sue_p_ca", "thank you. he's soaked and shaken but not hurt. I still want to know why my son's class was sent into a gorge at all with storms forecast since yesterday. who made that call?",
          reply_to=sue_brand, when="2028-07-27T14:41:15Z"),
       expect(RP, "high", "safety", "direct"), strict=False,
       note="in the brand's thread without an @: the danger has passed; a pointed complaint about the decision (high or normal)")
    SC("ca-threat-car-park-stab", "threat-urgent",
       tw("sinead_ca", f"@{B} a man in your Thornby car park just threatened to stab my husband over a space, in front of our kids. your staff saw it and did nothing. he's still sat in his van by the entrance",
          when="2028-07-27T15:10:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="a threat against customers, the man still there: danger now")
    SC("ca-html-waiver-script", "html-entities",
       tw("dev_w_ca", f"@{B} your waiver form won't submit. the name box shows &lt;script&gt;alert('waiver')&lt;/script&gt; then 'Hi {{{{first_name}}}}, your booking is confirmed' &amp; nothing happens. kids are booked for 10am tomorrow",
          when="2028-07-27T16:00:29Z"),
       expect(RP, "normal", "bookings", "direct"), note="hostile HTML around a real problem; it arrives escaped")
    SC("ca-threat-watch-his-back", "threat-urgent",
       tw("reece_t_ca", "whoever's in charge at crag ravensgill wants to watch his back. my wife was up that zip line for 2 hours yesterday and came down with heatstroke. I know what car he drives and where he leaves it",
          when="2028-07-27T16:40:37Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat against a manager, lower case, no tag: only the priority is strict")
    holly = tw("holly_r_ca", "how's everyone's week going? mine's been a washout and it's only thursday", when="2028-07-27T17:05:00Z")
    kat = tw("kat_d_ca", "@holly_r_ca we were meant to be gorge walking today, crag cancelled at 8am because of the storm and I'm still waiting on the refund for tuesday's cancelled session. two refunds now",
             reply_to=holly, when="2028-07-27T17:22:18Z")
    SC("ca-venting-two-refunds-waiting", "third-party-venting", kat, expect(MON, "low", "bookings", "third_party"),
       note="venting in a friend's thread, no tag", known_miss="round 16, not met yet: action: want \"monitor\", got ignore; addressed: want \"third_party\", got none; the engine read: 'crag' is used as an ordinary word | topic bookings: 'refund', 'session', 'sessione'")
    SC("ca-chatter-email-not-phone", "third-party-chatter",
       tw("pauline_ca", "@kat_d_ca @holly_r_ca email them rather than ringing. I emailed Crag Adventure about my refund and had it back in 3 days, the phone line is hopeless this week",
          reply_to=kat, when="2028-07-27T17:40:03Z"),
       expect(MON, "low", "bookings", "third_party"), note="a stranger's advice in someone else's thread")
    SC("ca-chatter-whatsapp-muted", "chatter-monitor",
       tw("kirsty_ca", "the mums' whatsapp has had 212 messages today about whether Crag Adventure is still ok to take the kids to. I've muted it",
          when="2028-07-27T18:30:44Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand, nothing to answer")

    # ---- Friday 28 July: the booking website falls over when the holiday club opens ----------------
    SC("ca-complaint-website-503", "complaint-direct",
       tw("olu_a_ca", f"@{B} your booking website fell over the second the summer holiday club went live. error 503 for 10 minutes and every parent in Thornby is refreshing. is it even still up?",
          when="2028-07-28T09:12:37Z"),
       expect(RP, "high", "bookings", "direct"), note="the website down: an outage", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CragAdventure | complaint (0.99) | topic bookings: 'booking', 'book', 'website'")
    SC("ca-indirect-website-still-down", "complaint-indirect",
       tw("vicky_t_ca", "crag adventure's website is STILL down. been trying since 9 to book the kids onto holiday club and when it finally loaded it said sold out. half of us never got past the login. shambles",
          when="2028-07-28T09:40:15Z"),
       expect(RP, "high", "bookings", "indirect"), note="lower case, no tag, during the outage")
    back = tw(B, "Our booking website went down at 9am under the rush for Summer Holiday Club. It's back now, and we've added 120 more places across all three centres. Sorry to everyone who sat refreshing. 👉 {url:https://crag.example/holiday-club}",
              when="2028-07-28T10:05:00Z")
    SC("ca-brand-own-website-back", "brand-own-post", back, expect(IGN, "low", "bookings", "none"))
    SC("ca-quote-took-180-booking-failed", "quote",
       tw("asha_r_ca", "'back now'. it let me pay for two holiday club places, took £180 and then said my booking had failed. no confirmation email, no places, and my money's gone",
          quote=back, when="2028-07-28T10:22:49Z"),
       expect(RP, "high", "bookings", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; money taken in the outage with nothing to show")
    SC("ca-question-student-membership", "question",
       tw("zoe_s_ca", f"@{B} does a student membership work at all three centres or only the one I signed up at? moving to Thornby in september",
          when="2028-07-28T10:40:33Z"),
       expect(RP, "normal", "memberships", "direct"))
    SC("ca-html-holiday-club-template", "html-entities",
       tw("niamh_b_ca", f"@{B} the holiday club confirmation email says 'Dear &lt;b&gt;{{{{parent_name}}}}&lt;/b&gt;, &lt;%= child %&gt; is booked' &amp; no dates at all. is my daughter actually booked for week 2 or not?",
          when="2028-07-28T11:05:12Z"),
       expect(RP, "normal", "bookings", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("ca-pt-cancelar-assinatura", "non-english",
       tw("rafa_s_ca", f"@{B} Olá, quero cancelar a minha assinatura mensal mas a app só me deixa congelar. Como faço? Obrigado",
          lang="pt", when="2028-07-28T11:30:48Z"),
       expect(RP, "normal", "memberships", "direct"), note="Portuguese: cancelling a monthly membership")
    SC("ca-es-curso-monitor-no-vino", "non-english",
       tw("lucia_v_ca", f"@{B} Pagué un curso de escalada de dos días en Thornby y el monitor no apareció el sábado. Nadie nos avisó. Quiero que me devuelvan el dinero o que me den otra fecha",
          lang="es", when="2028-07-28T12:00:19Z"),
       expect(RP, "normal", "courses", "direct"), note="Spanish: the instructor never turned up to a paid course", known_miss="round 16, not met yet: topic: want \"courses\", got bookings; the engine read: addressed to @CragAdventure | complaint (0.30) | topic bookings: 'devuelvan el dinero'")
    SC("ca-hotline-five-calls-party", "public-hotline-number",
       tw("bill_t_ca", f"@{B} rang 0808 157 0312 five times about my grandson's birthday party refund. 45 minutes on hold then cut off every time. he's 7 and he's still asking when his party is",
          when="2028-07-28T12:30:56Z"),
       expect(RP, "high", "parties", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; five failed calls")
    SC("ca-hotline-praise-calm-voice", "public-hotline-number",
       tw("aisha_k_ca", "whoever answered Crag Adventure's 0808 157 0312 line on wednesday while my husband and boys were stuck up there on the zip line: thank you for staying on the phone with me for an hour. you were the only calm voice I heard",
          when="2028-07-28T13:00:24Z"),
       expect(RP, "low", "safety", "indirect"), strict=False, note="praise quoting the brand's own helpline, the danger long over")
    SC("ca-private-member-card-dob", "private-details",
       tw("omar_h_ca", f"@{B} you've charged my membership twice this month. member no. CRG-204417, card 4111 1111 1111 1111, DOB 14/02/1990 if you need it. please refund one of them",
          when="2028-07-28T13:30:07Z"),
       expect(RV, "normal", "memberships", "direct"), note="a member number, a card number and a date of birth in public")
    SC("ca-private-home-address-lost-property", "private-details",
       tw("kate_w_ca", f"@{B} my son left his blue helmet and his climbing shoes at Thornby after his party on saturday, they'll be in lost property. can you post them to 22 Fellside Road, Skelbeck SB3 9PL? happy to pay postage",
          when="2028-07-28T14:00:41Z"),
       expect(RV, "normal", "facilities", "direct"), note="a home address in public")
    SC("ca-complaint-shoes-sole-peeling", "complaint-direct",
       tw("ryan_c_ca", f"@{B} bought £120 climbing shoes from the gear shop at Skelbeck and the sole's peeling off after five sessions. shop says 'wear and tear'. FIVE",
          when="2028-07-28T14:40:26Z"),
       expect(RP, "normal", "facilities", "direct"))
    SC("ca-legal-small-claims-deposit", "legal-threat-not-urgent",
       tw("kev_b_ca", f"@{B} you've had 4 days. refund my £240 deposit for my son's birthday party by next friday or I'm filing a small claims court case. I've kept every email",
          when="2028-07-28T15:20:13Z"),
       expect(RP, "high", "parties", "direct"), note="a court threat over his own deposit: strong, not urgent")
    SC("ca-namesake-crag-magazine", "namesake",
       tw("CragMag_ca", "New issue of CRAG out now ☀️ Ten shady sport crags for a heatwave, a 12-page guide to the Greyfell's hidden bouldering, and why you should stop topping out on gritstone in trainers. {url:https://cragmag.example/issue-118}",
          when="2028-07-28T16:00:00Z"),
       expect(IGN, "low", None, "none"), note="a climbing magazine called CRAG")
    SC("ca-namesake-craig-autocorrect", "namesake",
       tw("office_ellie_ca", "can someone tell crag in accounts the printer's jammed again. CRAIG. sorry Craig, autocorrect hates you 😂",
          when="2028-07-28T16:30:52Z"),
       expect(IGN, "low", None, "none"), note="'crag' for Craig")
    SC("ca-safety-man-filming-kids", "safety-urgent",
       tw("tina_b_ca", f"@{B} there's a man at the Thornby bouldering wall who isn't with any child and has been filming the kids on the little wall on his phone for 20 minutes. I told the desk and they shrugged. please do something now",
          when="2028-07-28T17:45:18Z"),
       expect(RP, "urgent", "safety", "direct"), note="a safeguarding risk to children, now")
    SC("ca-medical-cafe-nut-free-epipen", "medical-urgent",
       tw("joel_m_ca", f"@{B} your Skelbeck café sold my son a flapjack labelled nut free. his lips are swelling and he's wheezing. we've used his epipen and the paramedics are on their way. check that batch NOW before another kid eats one",
          when="2028-07-28T18:30:02Z"),
       expect(RP, "urgent", "safety", "direct"), note="an allergic reaction to café food, and more of the batch on sale")

    # ---- Saturday 29 July: fells, crags and a busy day at the centres ------------------------------
    SC("ca-namesake-crag-hill-summit", "namesake",
       tw("fellrunner_ca", "Crag Hill summit by 5:40 to beat the heat. Cloud inversion over Hawsmere and not a soul about. Legs destroyed, heart full ⛰️",
          when="2028-07-29T05:55:31Z"),
       expect(IGN, "low", None, "none"), note="a fell called Crag Hill")
    SC("ca-common-crag-rammed-parking", "common-word",
       tw("boulder_bro_ca", "the crag was rammed by 8. queues for every problem, someone's dog ate my flapjack and the parking on the verge down the lane was absolute chaos. outdoor climbing is dead, long live outdoor climbing",
          when="2028-07-29T08:10:45Z"),
       expect(IGN, "low", "facilities", "none"), note="an outdoor crag; the parking is a lane's verge, not the company's car park")
    SC("ca-common-loose-block-hollin", "common-word",
       tw("GreyfellCC_ca", "⚠️ Hollin Crag: a big block came off the top of Central Buttress after Thursday's storm and there's loose rock above the start of the classic routes. Someone was nearly hurt yesterday. Please stay off it until the club has checked it",
          when="2028-07-29T08:40:12Z"),
       expect(IGN, "low", "safety", "none"), note="a real danger, but at an outdoor crag: nothing to do with the centres")
    SC("ca-safety-lost-boy-thornby", "safety-urgent",
       tw("amy_j_ca", f"@{B} I can't find my son at the Thornby centre. Alfie, 6, red t-shirt, he was on the little bouldering wall 5 minutes ago. staff are looking but please tell everyone on the doors not to let him out",
          when="2028-07-29T09:10:38Z"),
       expect(RP, "urgent", "safety", "direct"), note="a lost six-year-old")
    SC("ca-praise-manager-visited-sophie", "praise",
       tw("rachel_b_ca", f"@{B} I was furious on Monday and I still want answers. but your Skelbeck manager came round today with a card signed by all the staff and a bag of Sophie's favourite sweets, and sat with her for an hour. that mattered. thank you",
          when="2028-07-29T10:00:27Z"),
       expect(RP, "low", None, "direct"), note="thanks from Monday's mother; her daughter is at home and mending")
    SC("ca-safety-paddleboarder-going-under", "safety-urgent",
       tw("harry_w_ca", "at crag adventure's hawsmere beach and there's a paddleboarder who's come off way out past the buoys, no buoyancy aid, can't get back on and keeps going under. no staff boat out. someone ring them, I'm calling 999",
          when="2028-07-29T10:40:54Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: someone in the water in trouble")
    SC("ca-pt-caiu-bateu-cabeca", "safety-urgent",
       tw("tiago_f_ca", f"@{B} O meu filho caiu do muro de escalada em Thornby e bateu com a cabeça. Os funcionários disseram que estava tudo bem, mas agora está a vomitar e com muito sono. Devo levá-lo ao hospital?",
          lang="pt", when="2028-07-29T11:20:16Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese, a calm question: a head injury with vomiting and drowsiness")
    felix = tw("felix_k_ca", "@jonas_b_ca Und, wie ist das Wetter im Urlaub? Hier regnet es seit Tagen",
               lang="de", when="2028-07-29T12:00:09Z")
    SC("ca-de-in-thread-platzwunde", "safety-urgent",
       tw("jonas_b_ca", "@felix_k_ca Sonnig! Aber gerade Chaos: wir sind bei Crag in Ravensgill, ein Junge aus unserer Gruppe ist in der Schlucht ausgerutscht, hat eine Platzwunde am Kopf und blutet stark. Wir warten auf den Rettungswagen",
          reply_to=felix, lang="de", when="2028-07-29T12:20:33Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="German, in a friend's thread: a boy bleeding from a head wound in the gorge; whether to step in is a judgement, the priority is strict")
    SC("ca-medical-it-epilessia-zip", "medical-urgent",
       tw("chiara_b_ca", f"@{B} Buongiorno, mia figlia Sofia (10) soffre di epilessia, ben controllata con i farmaci. Può fare il percorso sospeso e la zip line a Ravensgill domani? Devo avvisare gli istruttori?",
          lang="it", when="2028-07-29T13:00:47Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian, a calm question about a child's epilepsy")
    SC("ca-praise-maisie-party", "praise",
       tw("nikki_p_ca", "Crag Adventure Thornby did Maisie's 8th birthday party today and it was brilliant: two instructors for 12 kids, everyone got to the top of something, and they'd sorted us a new date after Tuesday's mess. Thank you!",
          when="2028-07-29T13:40:21Z"),
       expect(RP, "low", "parties", "indirect"), note="praise, brand named without a tag")
    SC("ca-abuse-no-show-fee-crooks", "abuse-with-problem",
       tw("dean_r_ca", f"@{B} you robbing gits have charged me a £15 no-show fee for tuesday's session that YOU cancelled. give it back or I'll be telling everyone I know what a bunch of crooks you are",
          when="2028-07-29T14:20:39Z"),
       expect(RP, "high", "bookings", "direct"), note="rude, with a real wrong charge")
    SC("ca-sarcasm-valued-member", "sarcasm-customer",
       tw("lou_m_ca", "thanks Crag Adventure for taking the full £52 membership fee while half the walls have been shut all week 👏 really feel like a valued member",
          when="2028-07-29T15:00:15Z"),
       expect(RP, "normal", "memberships", "indirect"), note="thanks meaning the opposite")
    SC("ca-namesake-tom-crag-goal", "namesake",
       tw("SkelRovers_ca", "GOAL! Tom Crag with a header in the 89th minute and Skelbeck Rovers win the pre-season friendly 2-1 🔴⚪",
          when="2028-07-29T16:05:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname", known_miss="round 16, not met yet: action: want \"ignore\", got respond_public; addressed: want \"none\", got indirect; the engine read: names Crag Adventure in a post to everyone | praise: thank them")
    SC("ca-namesake-crag-lough-wall", "namesake",
       tw("wallwalker_ca", "Section 14 of the Wall done, past Crag Lough in the evening light. Swans on the water, not a breath of wind. Worth every blister",
          when="2028-07-29T19:10:28Z"),
       expect(IGN, "low", None, "none"), note="a lake on Hadrian's Wall", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Crag Adventure in a post to everyone | general chatter about the brand")

    # ---- Sunday 30 July ----------------------------------------------------------------------------
    SC("ca-namesake-inn-function-room", "namesake",
       tw("CragInn_ca", "The Crag Inn function room is free to hire for birthday parties all summer: free buffet for 20 or more, and the beer garden for the grown-ups 🎈🍺",
          when="2028-07-30T08:30:00Z"),
       expect(IGN, "low", "parties", "none"), note="the pub, offering parties: not the company", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Crag Adventure in a post to everyone | general chatter about the brand | topic parties: 'birthday party', 'birthday', 'party', 'parties'")
    SC("ca-in-passing-weekend-roundup", "complaint-in-passing",
       tw("ruth_e_ca", f"weekend round-up: sunburnt on both knees, locked myself out twice, and @{B} STILL haven't refunded the birthday party they cancelled on tuesday. how's yours going",
          when="2028-07-30T09:30:44Z"),
       expect(RP, "normal", "parties", "indirect"), note="the brand tagged in the middle of a list")
    SC("ca-repost-presenter-party", "repost", tw("dad_rt_ca", "", retweet=lottie, when="2028-07-30T10:10:19Z"),
       expect(IGN, "low", "parties", "indirect"))
    SC("ca-indirect-typo-gorge-refund", "complaint-indirect",
       tw("gaz_w_ca", "crag adventrue have STILL not refunded our gorge walk from thursday. they cancelled it, not us. 3 days, 2 emails, nothing",
          when="2028-07-30T11:00:37Z"),
       expect(RP, "normal", "bookings", "indirect"), note="lower case and misspelt, no tag: his own refund")
    return brand


BRANDS["crag-adventure"] = ("CragAdventure", 6878901245, build_crag_adventure)
