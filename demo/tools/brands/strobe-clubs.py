# Strobe ("Strobe Clubs"): a made-up chain of nightclubs and late bars in three made-up towns.
# Strobe Marwick on Canal Street is the flagship (three rooms, a roof terrace, the big DJ nights);
# Strobe Ashport is a late bar and club on the Quay; Strobe Lowbridge on Union Road is the student
# club (Tuesday and Thursday student nights). The Strobe app sells tickets, runs guest lists, table
# and booth bookings and digital cloakroom tickets (a QR code). Door staff check ID; every venue has
# a welfare team in pink hi-vis and a welfare room; lost property is kept 30 days; cancelled DJ
# nights are refunded to the card. Help line 0808 157 0419.
# "Strobe" is also an ordinary word and other names: a strobe is a flashing light at every party
# and gig (and a trigger for photosensitive epilepsy, hence strobe warnings at theatres and
# festivals), a photographer's flash, a bike light's flashing mode, "strobe cream" and strobing in
# make-up, a flicker in video; Strobe is a synth-pop band, Strobe Light a racehorse, Strobe Studios a
# photo studio, and Strobe a surname (Cllr Dan Strobe). None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of Monday
# 31 July 2028, a heatwave. On Monday the headliner Mara Velde pulls out of Saturday's all-night
# show at Marwick: refunds, tables, a girlfriend with photosensitive epilepsy. Tuesday is student
# night at Lowbridge: a diabetic asks about his insulin, a student is spiked, another jabbed with a
# needle. On Wednesday the brand posts about the spiking; Ashport's drinks prices and tap water in
# the heat; fake support accounts. On Thursday a fight outside Ashport (a man glassed), threats
# against a bouncer, a double-charged card machine. Friday is the packed, hot Marwick night: a crush
# at the door, people collapsing upstairs, an inhaler taken at the door, a footballer turned away.
# In the small hours of Saturday a friend goes missing and the app's cloakroom tickets fail, leaving
# two hundred people in the street without their coats; Saturday night brings a groper in the
# Ashport smoking area and a girl unconscious. Sunday is the news, the praise and the aftermath.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_strobe_clubs():
    global CURRENT_BRAND, CLOCK
    brand = Brand("strobe-clubs", SCEN_DIR / "strobe-clubs.plan.toml", "StrobeClubs", 6978901245,
                  1861220000000007401)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-07-31T05:30:00Z")
    B = "StrobeClubs"
    user(B, "Strobe", 6978901245,
         "Strobe Marwick, Ashport & Lowbridge. Tickets, tables & cloakroom in the Strobe app. "
         "Help 12pm–5am, 7 days: 0808 157 0419. Welfare team on every floor. We never DM first.",
         72_400, following=930, tweets=31_200, listed=210, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12540100000 + _n[0] * 4129, bio, followers, **kw)

    person("flashguy_sc", "Rob Keane", "Portrait photographer. Ashport. Always carrying too many lights.", 3_100)
    person("milo_t_sc", "Milo Tran", "Marwick. Techno, trains, too many tabs open.", 410)
    person("beth_a_sc", "Beth Ainsley", "Marwick. Nurse. Saturday is my only night off.", 290)
    person("PlayhouseMW_sc", "Marwick Playhouse", "Theatre on Canal Street since 1911. Box office 10–6.", 12_800)
    person("gabby_r_sc", "Gabby Reyes", "Ashport. Uni of Lowbridge, third year. Poor.", 530)
    person("synthkid_sc", "Arlo Pim", "80s synths, 90s rave, 00s regret.", 1_900)
    person("hannah_w_sc", "Hannah Wyatt", "Marwick. Group chat admin. Knows everyone.", 780)
    person("lauren_p_sc", "Lauren Price", "Lowbridge. Paralegal. Petty.", 260)
    person("jade_o_sc", "Jade Okoro", "Ashport. Shoes matter.", 340)
    person("MarwickEcho_sc", "Marwick Echo", "News for Marwick, Ashport and Lowbridge since 1868.", 58_000,
           following=1_200, verified=True)
    person("tashxo_sc", "Tash Greer", "Lifestyle, nights out & honest reviews. Business: tash@agency.example",
           640_000, following=1_400, listed=2_600, verified=True)
    person("StrobeHelp_sc", "Strobe Support 🎟", "Official help desk. DM us for fast refunds 🔒", 35, following=4_700)
    person("kieran_d_sc", "Kieran Doyle", "Lowbridge. Second year. Skint.", 210)
    person("amelia_f_sc", "Amelia Ford", "Lowbridge. Geography student. Going out tonight.", 380)
    person("punny_pete_sc", "Pete Armitage", "Dad jokes available 24/7.", 720)
    person("oscar_m_sc", "Oscar Mensah", "Lowbridge. Type 1 since I was 9. Still going out.", 300)
    person("ella_j_sc", "Ella James", "Lowbridge. Med student. Usually the sober one.", 460)
    person("izzy_c_sc", "Izzy Clarke", "Lowbridge. Out out.", 150)
    person("sophie_k_sc", "Sophie Kaur", "Lowbridge. Fresher forever.", 330)
    person("nina_b_sc", "Nina Baptiste", "Ashport. Mum of a student. Worries for a living.", 190)
    person("duncan_h_sc", "Duncan Hale", "Ashport. Dad. Pays for everything.", 120)
    person("racing_ray_sc", "Ray Ledger", "Tips, form and the odd winner. Ashport Downs regular.", 5_600)
    person("glowup_gem_sc", "Gemma Lowe", "MUA. Ashport. Dewy or nothing.", 8_900)
    person("ryan_b_sc", "Ryan Bell", "Ashport. Doesn't trust links.", 140)
    person("chris_w_sc", "Chris Walsh", "Marwick. Been to every club on Canal Street since 2012.", 610)
    person("dev_k_sc", "Dev Kapoor", "Front-end dev. Breaks forms for fun.", 1_700)
    person("marcus_l_sc", "Marcus Lee", "Marwick. Saturday worker, Sunday sleeper.", 230)
    person("zoe_h_sc", "Zoe Harper", "Ashport. Nurse. Tired.", 270)
    person("connor_b_sc", "Connor Byrne", "Ashport. Back from the match, out on the town.", 180)
    person("liam_s_sc", "Liam Shaw", "Ashport. Family first.", 90)
    person("kayla_m_sc", "Kayla Moss", "Ashport. Out on the quay most weekends.", 420)
    person("sander_v_sc", "Sander Visser", "Utrecht → Ashport voor een weekend.", 260)
    person("manon_l_sc", "Manon Leroy", "Lilloise à Ashport pour l'été.", 190)
    person("danstrobe_jr_sc", "Alfie Strobe", "Ashport. Proud son. Skater.", 140)
    person("rosie_t_sc", "Rosie Tate", "Lowbridge. Always the one holding the bags.", 310)
    person("priya_n_sc", "Priya Nair", "Marwick. Refund queen.", 250)
    person("BandStrobe_sc", "STROBE", "Synth-pop from Ashport. New album 'Afterglow' out now.", 44_000, verified=True)
    person("tom_r_sc", "Tom Reid", "Marwick. Cycles to work, in the dark, all winter.", 330)
    person("aisha_m_sc", "Aisha Malik", "Marwick. Asthmatic, stubborn, dancing anyway.", 280)
    person("jamie_f_sc", "Jamie Fox", "Marwick. Was in the queue. Still in the queue.", 360)
    person("mo_rashid_sc", "Mo Rashid", "Marwick. Regular on the top floor.", 410)
    person("DeanOkafor9_sc", "Dean Okafor", "Marwick Town FC #9. God, family, goals.", 1_100_000,
           following=600, listed=3_900, verified=True)
    person("banterbus_sc", "Kyle Ormerod", "Marwick. Season ticket, bad jokes.", 560)
    person("stormchaser_sc", "Ellie Rowan", "Weather nerd. Thunderstorm photos from the Marwick hills.", 6_200)
    person("megan_p_sc", "Megan Pryce", "Marwick. Chloe's best friend since reception.", 230)
    person("lucia_g_sc", "Lucía Gómez", "Madrileña en Marwick. Erasmus 2028.", 310)
    person("sam_t_sc", "Sam Tully", "Marwick. Coatless.", 200)
    person("freya_d_sc", "Freya Dunn", "Marwick. Bartender, not at your bar.", 470)
    person("olly_g_sc", "Olly Grant", "Marwick. Left my jacket again.", 160)
    person("carys_w_sc", "Carys Wynn", "Marwick. Birthday girl (again).", 240)
    person("leah_m_sc", "Leah Moran", "Ashport. Looks out for her girls.", 380)
    person("jonas_k_sc", "Jonas Krüger", "Aus Hamburg, Urlaub in Ashport.", 170)
    person("anna_k_sc", "Anna Krüger", "Hamburg. Große Schwester.", 150)
    person("giulia_r_sc", "Giulia Rossi", "Torinese a Marwick. Sorella maggiore.", 220)
    person("beatriz_s_sc", "Beatriz Santos", "Do Porto para Ashport. Enfermeira.", 240)
    person("felix_w_sc", "Felix Weber", "Aus Köln. Jacke verloren, Würde auch.", 130)
    person("fanfic_fran_sc", "Fran Holt", "Lowbridge. Chronically online.", 900)
    person("gary_n_sc", "Gary Nolan", "Ashport. Says what he thinks.", 70)
    person("jess_l_sc", "Jess Lambert", "Marwick. Organised the whole hen do. Never again.", 260)
    person("GrowFast_sc", "GrowFast Social 🚀", "Real followers, real fast. Clubs, bars & venues. DM for prices 💯",
           6_100, following=5_000)
    person("tix4u_mw_sc", "Tix 4 U Marwick 🎟", "Sold out? Not to us. Tickets for every night in Marwick 🔥", 1_300,
           following=4_800)
    person("RecoverNow_sc", "RecoverNow Experts", "Lost money online? We get it back. 100% success. DM now", 2_400,
           following=4_900)
    person("nadia_s_sc", "Nadia Sharif", "Lowbridge. Her older sister, so yes, I'm asking.", 210)
    person("paddy_o_sc", "Paddy Quinn", "Ashport. Retired. Rings things.", 60)
    person("becky_h_sc", "Becky Holt", "Marwick. Coat finally home.", 190)
    person("lewis_a_sc", "Lewis Adams", "Ashport. Phone-less since Friday.", 110)
    person("hollie_c_sc", "Hollie Carr", "Marwick. Table for 8, always.", 280)
    person("tariq_j_sc", "Tariq Jones", "Marwick. Saturday nights, Sunday regrets.", 320)
    person("bex_r_sc", "Bex Rowe", "Marwick. Planned a birthday, got a lesson.", 240)
    person("jodie_t_sc", "Jodie Tran", "Ashport. Dancing is my cardio.", 450)
    person("laughs_lou_sc", "Lou Ashby", "Comedian. Tour dates below. Mostly complaining about prices.",
           450_000, following=900, listed=2_100, verified=True)
    person("kat_v_sc", "Kat Vance", "Lowbridge. Third year. Dissertation avoider.", 330)
    person("harriet_b_sc", "Harriet Bloom", "Ashport. Small business owner.", 540)
    person("carlos_m_sc", "Carlos Moreno", "Sevillano en Ashport. Camarero de día.", 200)
    person("StrobeStudio_sc", "Strobe Studios", "Portrait, headshot & product photography. Ashport Quay.", 2_300)
    person("mr_mrs_wed_sc", "Tom & Ellie", "Just married! Ashport, Aug 2028.", 310)
    person("pride_ash_sc", "Ashport Pride", "Ashport Pride, 5 August 2028, on the Quay 🌈", 9_400)
    person("vlog_vince_sc", "Vince Holt", "Gear reviews and filming tips. New video Thursdays.", 24_000)
    person("deafdad_sc", "Martin Gray", "Deaf dad of three. Fire safety bore.", 380)
    person("shane_d_sc", "Shane Doherty", "Ashport. Don't push me.", 45)
    person("amir_h_sc", "Amir Hassan", "Ashport. Plumber. Happy to be home.", 190)
    person("erin_q_sc", "Erin Quigley", "Lowbridge. Sister to a drama queen.", 260)
    person("lee_p_sc", "Lee Parker", "Ashport. Member of the Friday club.", 150)
    person("tiff_a_sc", "Tiff Adeyemi", "Marwick. Epileptic, photosensitive, still loves a night out.", 390)
    person("ben_k_sc", "Ben Kerr", "Marwick. Her boyfriend. Usually her carer on nights out.", 210)
    person("josie_m_sc", "Josie's Mum", "Lowbridge. Never sleeping again.", 120)

    # ---- Monday 31 July: Mara Velde pulls out of Saturday at Marwick --------------------------------
    SC("sc-common-photographer-old-strobe", "common-word",
       tw("flashguy_sc", "Shot the whole portrait session this morning on one old strobe and a shoot-through umbrella because the new one died. Honestly better light. Back to editing",
          when="2028-07-31T07:40:12Z"),
       expect(IGN, "low", None, "none"), note="a photographer's flash, not the company", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; topic: want null, got bar; addressed: want \"none\", got indirect; the engine read: names Strobe in a post to everyone | general chatter about the brand | topic bar: 'shots'")
    velde = tw(B, "Sorry, Mara Velde has pulled out of Saturday at Strobe Marwick (doctor's orders). All tickets will be refunded to the card you paid with within 5 working days. A replacement line-up will be announced on Thursday.",
               when="2028-07-31T09:00:00Z")
    SC("sc-brand-own-velde-pulls-out", "brand-own-post", velde, expect(IGN, "low", "tickets", "none"))
    SC("sc-q-reply-booth-deposit", "question-in-reply-to-brand",
       tw("milo_t_sc", "what about table bookings? we paid a £150 deposit for a booth on saturday. is that coming back too or are we stuck with a booth and no Mara",
          reply_to=velde, when="2028-07-31T09:18:44Z"),
       expect(RP, "normal", "tables", "direct"), note="under the brand's post, no @")
    SC("sc-repost-velde-announcement", "repost", tw("hannah_w_sc", "", retweet=velde, when="2028-07-31T09:25:07Z"),
       expect(IGN, "low", "tickets", "indirect"))
    SC("sc-sarcasm-train-non-refundable", "sarcasm-customer",
       tw("beth_a_sc", "love that Strobe told us 5 days before that Mara Velde isn't coming. my train to Marwick and the hotel are non-refundable but sure, I'll definitely get the £32 ticket back 'within 5 working days' 🙃 great start to the week",
          when="2028-07-31T09:50:31Z"),
       expect(RP, "normal", "tickets", "indirect"), note="praise words meaning the opposite, brand named without a tag")
    tiff = tw("tiff_a_sc", f"@{B} I have photosensitive epilepsy and I've still got my ticket for Saturday at Marwick with my boyfriend. how heavy are the strobes in the main room, and is there somewhere quiet I can go if I feel a seizure coming?",
              when="2028-07-31T10:30:05Z")
    SC("sc-medical-photosensitive-epilepsy", "medical-urgent", tiff, expect(RP, "urgent", "safety", "direct"),
       note="a calm question, but about seizures under strobe lighting: a medical need")
    SC("sc-common-playhouse-strobe-warning", "common-word",
       tw("PlayhouseMW_sc", "Please note: tonight's performance of The Lantern Years uses haze and strobe lighting in Act 2, which may affect people with photosensitive epilepsy. Ask at the box office for a relaxed performance date.",
          when="2028-07-31T11:00:00Z"),
       expect(IGN, "low", "safety", "none"),
       note="a theatre's strobe warning: alarming words, no customer of the company and no one at risk", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got urgent; addressed: want \"none\", got indirect; the engine read: names Strobe in a post to everyone | a medical need: urgent | topic safety: 'photosensitive', 'epilepsy', 'epilepsie', 'épilepsie'")
    SC("sc-complaint-guest-list-charged", "complaint-direct",
       tw("lauren_p_sc", f"@{B} I was on the guest list for Saturday at Ashport, it's right there in the app with my name on it, and I still got made to pay £15 at the till because 'the list hadn't synced'. I'd like that refunded please",
          when="2028-07-31T12:15:48Z"),
       expect(RP, "normal", "tickets", "direct"))
    SC("sc-namesake-band-single", "namesake",
       tw("synthkid_sc", "The new Strobe single is the most 1986 thing I've heard since 1986 and I mean that as the highest compliment. Those gated drums 🎹",
          when="2028-07-31T13:05:22Z"),
       expect(IGN, "low", None, "none"), note="Strobe the synth-pop band")
    brand_tiff = tw(B, "@tiff_a_sc Hi Tiff, thanks for asking ahead. Our main room strobes run at under 3 flashes a second and we can switch them off for the night. The welfare room by the cloakroom is quiet and dim, and our welfare team will know you're coming if you DM us your name.",
                    reply_to=tiff, when="2028-07-31T13:20:00Z")
    SC("sc-brand-own-reply-epilepsy", "brand-own-post", brand_tiff, expect(IGN, "low", "*", "none"),
       note="the brand's own reply; it names strobes, the welfare room and the cloakroom, so the topic is left open")
    SC("sc-thread-emergency-medication", "thread-with-brand",
       tw("ben_k_sc", "thanks, that's really helpful. one more thing from me (her boyfriend): she carries emergency medication for long seizures. will security let us bring that in, and do your first aiders know how to give it?",
          reply_to=brand_tiff, when="2028-07-31T14:02:37Z"),
       expect(RP, "urgent", "safety", "direct"),
       note="a different person in the brand's thread, no @: a calm question about seizure medication")
    SC("sc-chatter-group-chats-velde", "chatter-monitor",
       tw("hannah_w_sc", "every group chat in Marwick today is just people working out who's getting a Mara Velde refund and who's going to Strobe anyway because it's Saturday and what else are we doing",
          when="2028-07-31T16:45:09Z"),
       expect(MON, "low", "tickets", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Strobe in a post to everyone | complaint (0.85) | topic tickets: 'refund'")

    # ---- Tuesday 1 August: student night at Lowbridge --------------------------------------------
    SC("sc-private-order-email", "private-details",
       tw("gabby_r_sc", f"@{B} hi, my refund for the Mara Velde tickets is going to go to a card that's been cancelled. order STR-4471920, name Gabriela Reyes, gabby.reyes@mailbox.example. can it go somewhere else?",
          when="2028-08-01T08:20:14Z"),
       expect(RV, "normal", "tickets", "direct"), note="an order number and an email address in public")
    SC("sc-question-dress-code-trainers", "question",
       tw("jade_o_sc", f"@{B} what's the dress code at Ashport on a thursday? are clean white trainers ok or do I need proper shoes",
          when="2028-08-01T09:05:50Z"),
       expect(RP, "normal", "door", "direct"))
    SC("sc-news-echo-velde-refunds", "news-monitor",
       tw("MarwickEcho_sc", "DJ Mara Velde pulls out of sold-out Strobe Marwick show on doctor's advice; the club says all ticket holders will be refunded and a new line-up named on Thursday {url:https://marwickecho.example/news/velde-strobe}",
          when="2028-08-01T09:30:00Z"),
       expect(MON, "low", "tickets", "indirect"))
    tash = tw("tashxo_sc", f"Bought 4 tickets for Mara Velde at Strobe Marwick for my birthday weekend. Email says refund in 5 days OR keep the ticket for a 'replacement'. Who is the replacement? You've had two days. Asking for 640k friends @{B}",
              when="2028-08-01T10:12:33Z",
              metrics={"retweet_count": 1_100, "reply_count": 860, "like_count": 14_000, "quote_count": 140})
    SC("sc-big-reach-influencer-replacement", "big-reach", tash, expect(RP, "high", "tickets", "indirect"),
       note="640k followers; the handle at the end of a post to everyone")
    SC("sc-spam-fake-support-card-details", "spam",
       tw("StrobeHelp_sc", "@tashxo_sc Hi Tash! Strobe Support here 🎟 So sorry about Saturday. DM us your order number and card details and we'll get your refund out today 🔒",
          reply_to=tash, when="2028-08-01T10:20:41Z"),
       expect(IGN, "low", "scams", "third_party"), note="a fake support account fishing for card details in a customer's thread")
    kieran = tw("kieran_d_sc", "@amelia_f_sc you coming to lowbridge tonight? student night, £3 entry", when="2028-08-01T11:40:00Z")
    amelia = tw("amelia_f_sc", "@kieran_d_sc no chance. strobe turned me away last week because my provisional licence was 'damaged'. it has one tiny crease. same licence that got me in the week before",
                reply_to=kieran, when="2028-08-01T11:52:18Z")
    SC("sc-venting-turned-away-licence", "third-party-venting", amelia, expect(MON, "low", "door", "third_party"),
       note="venting to a friend in his thread, brand named without a tag")
    SC("sc-joke-strobe-flashing-exit", "joke-bystander",
       tw("punny_pete_sc", "@amelia_f_sc @kieran_d_sc turned away by Strobe? they were just flashing you the exit 💡 I'll see myself out",
          reply_to=amelia, when="2028-08-01T12:05:44Z"),
       expect(IGN, "low", "door", "third_party"), note="a stranger's pun on the name in someone else's thread; 'turned away' gives the topic")
    SC("sc-medical-insulin-pen-security", "medical-urgent",
       tw("oscar_m_sc", f"@{B} I'm type 1 diabetic. will security at Lowbridge let me in tonight with my insulin pen and a tub of glucose tablets? another club binned my sweets at the door once and I went hypo later",
          when="2028-08-01T15:30:27Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about insulin and hypos")
    SC("sc-third-party-chatter-welfare-pink", "third-party-chatter",
       tw("ella_j_sc", "@amelia_f_sc @kieran_d_sc if you do go, the welfare team at strobe lowbridge are actually sound. pink hi-vis, near the cloakroom. they sorted my housemate out in first year",
          reply_to=amelia, when="2028-08-01T16:10:02Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's advice in someone else's thread")
    izzy = tw("izzy_c_sc", "@sophie_k_sc where are you?? we're by the bar upstairs", when="2028-08-01T23:41:00Z")
    SC("sc-safety-spiked-in-thread", "safety-urgent",
       tw("sophie_k_sc", "@izzy_c_sc come to the toilets NOW. it's Mia, she's not making sense and can't stand, she's had one drink all night. I think she's been spiked. strobe lowbridge bar staff just shrugged. where's the welfare room",
          reply_to=izzy, when="2028-08-01T23:49:35Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a suspected spiking, happening now, in a friend's thread: whether to step in is a judgement, the priority is strict")

    # ---- Wednesday 2 August: the morning after; Ashport in the heat ---------------------------------
    needle = tw("amelia_f_sc", f"@{B} I think someone stabbed me with a needle on the dancefloor at Lowbridge about 1am. there's a puncture mark on my arm and I felt really weird and dizzy after. I'm home now but still shaky. what do I do",
                when="2028-08-02T02:10:44Z")
    SC("sc-safety-needle-spiking", "safety-urgent", needle, expect(RP, "urgent", "safety", "direct"),
       note="a suspected needle spiking a few hours ago, still unwell")
    spikestmt = tw(B, "Last night at Strobe Lowbridge two customers told us they may have been spiked. Both were looked after by our welfare team and are home. Police have been told and have the CCTV. From tonight every bar will hand out free drink covers, and there are extra searches at the door.",
                   when="2028-08-02T10:00:00Z")
    SC("sc-brand-own-spiking-statement", "brand-own-post", spikestmt, expect(IGN, "low", "safety", "none"))
    brand_needle = tw(B, "@amelia_f_sc Amelia, we're so sorry. Please go to A&amp;E or ring 111 now so they can test you. Our welfare lead, Dani, will ring you this afternoon, and the police have the CCTV from last night.",
                      reply_to=needle, when="2028-08-02T10:05:00Z")
    SC("sc-thread-needle-bouncer-laughed", "thread-with-brand",
       tw("amelia_f_sc", "went to A&amp;E, they took bloods, waiting on results. no call from Dani yet. and I want it on record that when I told your bouncer he laughed and said 'you're just drunk love'",
          reply_to=brand_needle, when="2028-08-02T15:40:19Z"),
       expect(RP, "high", "safety", "direct"), strict=False,
       note="in the brand's thread without an @: she is being looked after at A&E, so high (a promised call not made, a bouncer who laughed); some desks would keep it urgent")
    SC("sc-complaint-indirect-vodka-tap-water", "complaint-indirect",
       tw("nina_b_sc", "Strobe Ashport charging my daughter £11.50 for a double vodka lemonade is one thing. Refusing her tap water when it's 30 degrees in there is another. Isn't that the law?",
          when="2028-08-02T11:20:38Z"),
       expect(RP, "normal", "bar", "indirect"))
    SC("sc-question-dying-to-go-roof", "question",
       tw("kayla_m_sc", "dying to go to the Strobe Ashport roof terrace party on friday. does anyone know if you need a ticket or can you just turn up?",
          when="2028-08-02T12:30:55Z"),
       expect(RP, "normal", "*", "indirect"),
       note="'dying to' is excitement; a question to everyone; 'ticket' and 'roof terrace' tie, so the topic is open", known_miss="round 17, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Strobe in a post to everyone | general chatter about the brand | topic venue: 'roof terrace'")
    SC("sc-namesake-racehorse-tip", "namesake",
       tw("racing_ray_sc", "Tip of the day: Strobe Light in the 3.10 at Ashport Downs. Loves fast ground, drawn low, 9/1 each way. Don't say I never give you anything",
          when="2028-08-02T13:00:00Z"),
       expect(IGN, "low", None, "none"), note="the racehorse Strobe Light")
    SC("sc-common-strobe-cream-makeup", "common-word",
       tw("glowup_gem_sc", "strobe cream under foundation is the only reason I look alive in this heat. strobing &gt; contouring all summer, fight me 💅",
          when="2028-08-02T14:15:09Z"),
       expect(IGN, "low", "safety", "none"), note="make-up strobing; 'fight me' is a figure of speech")
    SC("sc-question-is-strobe-support-real", "question",
       tw("ryan_b_sc", f"@{B} is 'Strobe Support' with the ticket emoji actually you? they replied to me asking for my order number and my card details to 'release' my Velde money. looks like a scam to me",
          when="2028-08-02T15:05:27Z"),
       expect(RP, "normal", "scams", "direct"), note="checking a fake account before sending anything: nothing lost")
    SC("sc-html-e-ticket-template", "html-entities",
       tw("dev_k_sc", f"@{B} my e-ticket for friday says 'Welcome &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;&lt;script&gt;track()&lt;/script&gt;' &amp; no QR code at all. will the door still let me in with this?",
          when="2028-08-02T16:40:51Z"),
       expect(RP, "normal", "tickets", "direct"), note="a broken template with hostile HTML, delivered escaped, around a real question")
    chris = tw("chris_w_sc", "@marcus_l_sc how was ashport last night? worth it on a wednesday?", when="2028-08-02T17:00:00Z")
    SC("sc-venting-cocktails-bar-staff", "third-party-venting",
       tw("marcus_l_sc", "@chris_w_sc nah mate. £13 cocktails at strobe and the bar staff ignored us for 20 mins to serve their mates. went to the Anchor after",
          reply_to=chris, when="2028-08-02T17:14:23Z"),
       expect(MON, "low", "bar", "third_party"), note="venting to a friend in his thread")
    SC("sc-sarcasm-prices-killing-me", "sarcasm-customer",
       tw("zoe_h_sc", "these Strobe Ashport prices are killing me. £4.50 for a bottle of water. love that for me. really rewarding my loyalty there 😍",
          when="2028-08-02T21:30:12Z"),
       expect(RP, "normal", "bar", "indirect"), note="'killing me' is about money; sarcasm from a customer", known_miss="round 17, not met yet: topic: want \"bar\", got safety; the engine read: names Strobe in a post to everyone | describes their own experience | sarcasm (irony 0.59) from a customer: a complaint | topic safety: 'bottled'")

    # ---- Thursday 3 August: a fight on the Quay; the replacement line-up ------------------------------
    SC("sc-safety-fight-glassed-quay", "safety-urgent",
       tw("connor_b_sc", "massive fight just kicked off outside strobe ashport on the quay. someone's been glassed, there's blood all over the pavement and the door staff are just stood watching. no police yet",
          when="2028-08-03T00:40:17Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag: a man injured and the fight still going")
    SC("sc-threat-bouncer-watch-his-back", "threat-urgent",
       tw("liam_s_sc", "that bouncer at strobe ashport who threw my little brother down the stairs tonight wants to watch his back. broken nose, 19 years old. I know what time his shift ends",
          when="2028-08-03T02:15:50Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat against a member of staff, with a complaint: only the priority is strict")
    SC("sc-complaint-in-passing-refund-late", "complaint-in-passing",
       tw("priya_n_sc", f"thursday so far: boiler's packed in, the cat's been sick in my shoe, and @{B} still haven't sent the Mara Velde refund they promised by wednesday. what a week",
          when="2028-08-03T07:50:26Z"),
       expect(RP, "normal", "tickets", "indirect"), note="the brand tagged in the middle of a bad day")
    SC("sc-repeat-guest-list-second-time", "repeat-contact",
       tw("lauren_p_sc", f"@{B} asked you on monday about being charged £15 when I was on the guest list. no reply at all. second time asking: refund it please",
          when="2028-08-03T08:30:41Z"),
       expect(RP, "high", "tickets", "direct"), note="she comes back: Monday's complaint was never answered")
    duncan = tw("duncan_h_sc", f"@{B} the card machine at the Ashport bar charged me 3 times for one round last night. £87 gone instead of £29",
                when="2028-08-03T09:10:03Z")
    brand_duncan = tw(B, "@duncan_h_sc Sorry Duncan, that shouldn't happen. Please DM us the time and the last 4 digits of the card and we'll check the bar's records today.",
                      reply_to=duncan, when="2028-08-03T09:40:00Z")
    SC("sc-abuse-card-machine-muppets", "abuse-with-problem",
       tw("duncan_h_sc", f"@{B} you useless muppets. DM'd you the time and card like you asked, heard nothing, and now my bank shows a FOURTH charge from your card machine. sort it today",
          when="2028-08-03T17:20:48Z"),
       expect(RP, "high", "bar", "direct"), note="rude, with a real repeated charge, after the brand answered")
    SC("sc-thread-card-machine-still", "thread-with-brand",
       tw("duncan_h_sc", "and for the record it's £116 now, not £87. still no reply",
          reply_to=brand_duncan, when="2028-08-03T17:25:02Z"),
       expect(RP, "high", None, "direct"), note="in the brand's thread without an @, coming back to an answered case", known_miss="round 17, not met yet: topic: want null, got tickets; the engine read: replies to @StrobeClubs: the customer is talking to the brand | complaint (0.53) | repeat contact | topic tickets: an amount of money")
    SC("sc-nl-tafelreservering-rij", "non-english",
       tw("sander_v_sc", f"@{B} Hoi! We zijn met 6 vrienden uit Utrecht in Ashport dit weekend. Moeten we een tafel reserveren voor zaterdag of kunnen we gewoon langskomen? Wat kost een tafelreservering?",
          lang="nl", when="2028-08-03T10:05:33Z"),
       expect(RP, "normal", "tables", "direct"), note="Dutch: a table for six on Saturday")
    SC("sc-fr-prix-cocktail", "non-english",
       tw("manon_l_sc", f"@{B} Bonjour, 14 livres pour un cocktail à Strobe Ashport hier soir ?? Les prix sont fous. Et l'eau du robinet, elle est gratuite ou pas ?",
          lang="fr", when="2028-08-03T11:00:58Z"),
       expect(RP, "normal", "bar", "direct"), note="French: drinks prices and free tap water")
    SC("sc-namesake-cllr-dan-strobe", "namesake",
       tw("danstrobe_jr_sc", "So proud of my dad, Cllr Dan Strobe, opening the new skatepark on Harbour Road today after 3 years of fighting for it 🛹",
          when="2028-08-03T12:10:30Z"),
       expect(IGN, "low", "safety", "none"), note="the surname; 'fighting for it' is a campaign, not a fight")
    SC("sc-praise-bar-staff-welfare", "praise",
       tw("rosie_t_sc", f"@{B} shout out to the bar staff at Lowbridge on tuesday. they noticed my friend wasn't right before I did and got the welfare team over in about a minute. she's fine. thank you",
          when="2028-08-03T13:20:06Z"),
       expect(RP, "low", "safety", "direct"), note="thanks; the friend is fine")
    lineup = tw(B, "Saturday at Strobe Marwick: Mara Velde's place is taken by KOTO and Lowbridge's own Dee Harrow, 10pm till 5am. Velde tickets are still valid, or take the refund by midnight Friday. {url:https://strobe.example/marwick/saturday}",
                when="2028-08-03T14:00:00Z")
    SC("sc-brand-own-new-lineup", "brand-own-post", lineup, expect(IGN, "low", "tickets", "none"))
    SC("sc-quote-refund-by-midnight", "quote",
       tw("priya_n_sc", "'or take the refund by midnight friday'. I asked for mine on monday and it's still not here. so now I've got a deadline and you haven't?",
          quote=lineup, when="2028-08-03T14:35:12Z"),
       expect(RP, "normal", "tickets", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own refund")
    SC("sc-legal-licensing-tap-water", "legal-threat-not-urgent",
       tw("nina_b_sc", f"@{B} your Ashport bar refused my daughter tap water in 30 degree heat on wednesday. free tap water is a condition of your licence. I've written to the council's licensing team and I'll be at the review",
          when="2028-08-03T15:30:44Z"),
       expect(RP, "high", "bar", "direct"), note="a regulator complaint about an evening that is over: strong, not urgent", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @StrobeClubs | complaint (0.34) | topic bar: 'tap water'")

    # ---- Friday 4 August: the packed, hot night at Marwick -----------------------------------------
    tonight = tw(B, "Tonight at Strobe Marwick: doors 10pm and it's going to be hot. Free tap water at every bar, all night. Our welfare team is on every floor and in the welfare room by the cloakroom. Look after each other 💜",
                 when="2028-08-04T18:00:00Z")
    SC("sc-brand-own-tonight-hot", "brand-own-post", tonight, expect(IGN, "low", "safety", "none"))
    SC("sc-quote-free-tap-water", "quote",
       tw("nina_b_sc", "'free tap water at every bar, all night'. your Ashport bar refused my daughter exactly that on wednesday and I'm still waiting for an answer. so which is it?",
          quote=tonight, when="2028-08-04T18:40:31Z"),
       expect(RP, "normal", "bar", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own complaint from Wednesday")
    SC("sc-question-es-entrada-lista", "non-english",
       tw("lucia_g_sc", f"@{B} Hola! ¿Cuánto cuesta la entrada mañana en Marwick? ¿Y cómo me apunto a la lista de invitados? Somos tres chicas de Erasmus",
          lang="es", when="2028-08-04T19:10:37Z"),
       expect(RP, "normal", "tickets", "direct"), note="Spanish: the price of entry and the guest list")
    SC("sc-safety-queue-fainted", "safety-urgent",
       tw("jamie_f_sc", f"@{B} 300 people in the Marwick queue, 29 degrees at 10pm, no water and no shade. a lad behind us has just fainted and his mates say he's dehydrated. can someone come out with water and a first aider",
          when="2028-08-04T22:05:19Z"),
       expect(RP, "urgent", "safety", "direct"))
    crush = tw("mo_rashid_sc", f"@{B} there's a crush at the Marwick entrance. they've opened both gates at once, everyone's pushing and people at the front are pinned against the barrier. the girl next to me says she can't breathe. get someone out here NOW",
               when="2028-08-04T22:48:02Z")
    SC("sc-safety-crush-at-entrance", "safety-urgent", crush, expect(RP, "urgent", "safety", "direct"),
       note="a crush happening now")
    SC("sc-safety-witness-crush", "safety-urgent",
       tw("jodie_t_sc", "watched the crush at strobe marwick from across the road, people going over the barrier sideways and screaming. i'm shaking. please tell me everyone's ok",
          when="2028-08-04T23:01:44Z"),
       expect(RP, "urgent", "safety", "indirect"), note="lower case, no tag, minutes after; nobody yet knows if people are hurt")
    SC("sc-medical-inhaler-taken-door", "medical-urgent",
       tw("aisha_m_sc", f"@{B} your security at Marwick took my asthma inhaler off me at the door, said 'no aerosols'. it's boiling on the top floor and I'm starting to wheeze. where do I get it back",
          when="2028-08-04T23:20:29Z"),
       expect(RP, "urgent", "safety", "direct"), note="an asthmatic without her inhaler, wheezing now")
    SC("sc-safety-collapsed-upstairs", "safety-urgent",
       tw("mo_rashid_sc", "strobe marwick is actually dangerous tonight. no ventilation on the top floor, it's like a sauna, someone just collapsed by the decks and it took 10 minutes to get them out through the crowd",
          when="2028-08-04T23:58:11Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a clubber collapsed on a hot, packed floor; others still in there")
    okafor = tw("DeanOkafor9_sc", f"Turned away from Strobe Marwick for wearing trainers. Clean ones. Told the bouncer I've got £300 shoes in the car and he said 'rules are rules'. Fair enough, but tell people before they queue an hour @{B}",
                when="2028-08-04T23:30:50Z",
                metrics={"retweet_count": 4_800, "reply_count": 3_100, "like_count": 61_000, "quote_count": 700})
    SC("sc-big-reach-footballer-trainers", "big-reach", okafor, expect(RP, "high", "door", "indirect"),
       note="1.1m followers; the handle at the end of a post to everyone")
    SC("sc-joke-footballer-strobe-rhythm", "joke-bystander",
       tw("banterbus_sc", "@DeanOkafor9_sc even the strobe lights in there have more rhythm than your left foot 😂",
          reply_to=okafor, when="2028-08-04T23:44:06Z"),
       expect(IGN, "low", None, "third_party"), note="a bystander's joke in a famous author's thread")
    SC("sc-repost-footballer-trainers", "repost", tw("hannah_w_sc", "", retweet=okafor, when="2028-08-05T00:10:33Z"),
       expect(IGN, "low", "door", "indirect"))
    SC("sc-common-lightning-like-strobe", "common-word",
       tw("stormchaser_sc", "Lightning over the Marwick hills is going off like a strobe right now. 40 flashes a minute and not a drop of rain yet ⚡",
          when="2028-08-04T22:30:00Z"),
       expect(IGN, "low", None, "none"), note="a strobe as a figure of speech")

    # ---- Saturday 5 August: the small hours at Marwick; the cloakroom fails; Ashport at night --------
    megan = tw("megan_p_sc", f"@{B} my friend Chloe has gone missing from Strobe Marwick. we lost her about 2am, she was really drunk, her phone's dead. blonde, green dress, white trainers. is she with your welfare team?? please",
               when="2028-08-05T02:40:15Z")
    SC("sc-safety-missing-friend-chloe", "safety-urgent", megan, expect(RP, "urgent", "safety", "direct"),
       note="a drunk friend missing at 2am")
    SC("sc-es-amiga-desaparecida", "safety-urgent",
       tw("lucia_g_sc", f"@{B} Por favor, ayuda. No encuentro a mi amiga Carmen, salimos de Strobe Marwick a las 3 y ya no está. No contesta el móvil y no conoce la ciudad. ¿Alguien del equipo la ha visto?",
          lang="es", when="2028-08-05T03:25:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a friend missing in a strange town at 3am")
    brand_megan = tw(B, "@megan_p_sc Megan, Chloe is safe with our welfare team in the welfare room by the cloakroom. She's had water and she's fine. Come to the front door and ask for Jas.",
                     reply_to=megan, when="2028-08-05T02:58:00Z")
    SC("sc-thread-chloe-found-lifesavers", "thread-with-brand",
       tw("megan_p_sc", "oh thank god. got her. she's fine, just too many shots and a dead phone. your welfare team were actual lifesavers tonight, thank you thank you",
          reply_to=brand_megan, when="2028-08-05T03:10:27Z"),
       expect(RP, "low", "safety", "direct"), note="over and resolved: thanks in the brand's thread; 'lifesavers' is praise")
    sam = tw("sam_t_sc", f"@{B} your app has lost my cloakroom ticket. 45 mins in the cloakroom queue at 4am and staff won't give me my coat without the QR code. my house keys are in it",
             when="2028-08-05T04:05:38Z")
    SC("sc-complaint-cloakroom-qr-down", "complaint-direct", sam, expect(RP, "high", "venue", "direct"),
       note="the app's cloakroom tickets are down for everyone at closing time: a service outage", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @StrobeClubs | complaint (0.98) | topic venue: 'cloakroom ticket', 'cloakroom', 'coat'")
    SC("sc-indirect-cloakroom-carnage", "complaint-indirect",
       tw("freya_d_sc", "strobe marwick cloakroom is carnage. app's down so nobody's QR code loads, 200 of us stood on canal street at 4am in t-shirts while they hold our coats hostage",
          when="2028-08-05T04:20:14Z"),
       expect(RP, "high", "venue", "indirect"), note="lower case, no tag, during the outage")
    cloak = tw(B, "Sorry: cloakroom tickets in the Strobe app stopped loading at Marwick at 3:40am. Anything left with us is safe in the cloakroom and can be collected today from 12pm with photo ID, or we'll post it to you for free.",
               when="2028-08-05T09:00:00Z")
    SC("sc-brand-own-cloakroom-sorry", "brand-own-post", cloak, expect(IGN, "low", "venue", "none"))
    SC("sc-q-reply-jacket-lost-property", "question-in-reply-to-brand",
       tw("olly_g_sc", "I gave up and went home without my jacket. is it in the cloakroom still or has it gone to lost property? and what if I don't have the QR at all",
          reply_to=cloak, when="2028-08-05T09:30:09Z"),
       expect(RP, "normal", "venue", "direct"), note="a question under the brand's post, no @")
    SC("sc-private-home-address-coat", "private-details",
       tw("becky_h_sc", f"@{B} please post my coat then! black puffer, cloakroom number 388 from Marwick last night. Becky Holt, 14 Quarry Lane, Marwick MW4 2JD",
          when="2028-08-05T10:15:56Z"),
       expect(RV, "normal", "venue", "direct"), note="a home address in public")
    SC("sc-private-card-dob-table", "private-details",
       tw("hollie_c_sc", f"@{B} you've taken the table deposit for my booth twice. card 5555 5555 5555 4444, booking in my name Hollie Carr, DOB 03/11/1998 if you need to check. please refund one",
          when="2028-08-05T11:05:21Z"),
       expect(RV, "normal", "tables", "direct"), note="a card number and a date of birth in public")
    SC("sc-private-phone-lost-property", "private-details",
       tw("lewis_a_sc", f"@{B} left my phone at Strobe Ashport on friday night, black iPhone, cracked corner. is it in lost property? call me on my mate's phone 07700 900614, Lewis",
          when="2028-08-05T12:00:43Z"),
       expect(RV, "normal", "venue", "direct"), note="a phone number in public")
    SC("sc-chatter-hen-stag-quay", "chatter-monitor",
       tw("harriet_b_sc", "three hen parties and a stag do in matching t-shirts outside Strobe Ashport at 6pm. the Quay is going to be chaos tonight. I'm closing the shop early",
          when="2028-08-05T17:50:18Z"),
       expect(MON, "low", "tables", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: 'outside Strobe' is another entity, not the brand | topic tables: 'hen party', 'stag do'")
    SC("sc-common-pride-strobe-headliner", "common-word",
       tw("pride_ash_sc", "Heads up: the main stage headliner's set tonight uses strobe and haze from 9pm. If that's not for you, the quiet tent by the Harbour Road steps is open all evening 🌈",
          when="2028-08-05T18:00:00Z"),
       expect(IGN, "low", "tickets", "none"), note="a festival's strobe warning; nothing to do with the company", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Strobe in a post to everyone | general chatter about the brand | topic tickets: 'headliner'")
    SC("sc-threat-smoking-area-groper", "threat-urgent",
       tw("leah_m_sc", "guy in the smoking area at strobe ashport has groped two of my friends and just threatened to 'wait for her outside' when she told him to get off. security say there's nothing they can do. he's still out there",
          when="2028-08-05T23:35:09Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a threat against customers, the man still there")
    anna = tw("anna_k_sc", "@jonas_k_sc Wie ist Ashport? Habt ihr Spaß?", lang="de", when="2028-08-05T23:10:00Z")
    SC("sc-de-in-thread-bewusstlos", "safety-urgent",
       tw("jonas_k_sc", "@anna_k_sc Nicht gut. Wir sind im Strobe in Ashport, Lena ist auf der Tanzfläche umgekippt und ist bewusstlos. Der Rettungswagen ist unterwegs",
          reply_to=anna, lang="de", when="2028-08-05T23:52:47Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="German, in his sister's thread: a woman unconscious on the floor; whether to step in is a judgement, the priority is strict")
    SC("sc-medical-it-epilessia-luci", "medical-urgent",
       tw("giulia_r_sc", f"@{B} Buongiorno, mia sorella ha 19 anni e soffre di epilessia fotosensibile. Stasera vorrebbe venire a Marwick con me: ci sono luci stroboscopiche in tutte le sale? C'è una stanza tranquilla?",
          lang="it", when="2028-08-05T14:30:25Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian, a calm question about a sister's photosensitive epilepsy")
    SC("sc-medical-epipen-nut-allergy", "medical-urgent",
       tw("tariq_j_sc", f"@{B} my girlfriend has a severe nut allergy and carries two EpiPens. will security at Marwick let her bring them in tonight? don't want a repeat of the inhaler story",
          when="2028-08-05T15:10:40Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about EpiPens")
    SC("sc-legal-small-claims-booth", "legal-threat-not-urgent",
       tw("bex_r_sc", f"@{B} you cancelled our booth at Marwick for my birthday at 11pm on the night and kept the £200 deposit. if it's not back by friday I'm filing a small claims case. I've kept every email",
          when="2028-08-05T16:20:33Z"),
       expect(RP, "high", "tables", "direct"), note="a court threat over her own deposit: strong, not urgent")
    SC("sc-namesake-band-gig-sold-out", "namesake",
       tw("BandStrobe_sc", "ASHPORT! Our homecoming show at the Harbour Academy on 9 September is SOLD OUT. A few returns go on sale Friday at 10am. Thank you for 12 years of Strobe 💜",
          when="2028-08-05T12:00:00Z"),
       expect(IGN, "low", "tickets", "none"), note="the band STROBE's own gig", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; addressed: want \"none\", got indirect; the engine read: names Strobe in a post to everyone | praise: thank them | topic tickets: 'sold out'")
    SC("sc-namesake-racehorse-wins", "namesake",
       tw("racing_ray_sc", "STROBE LIGHT WINS! 9/1 this morning, never headed. Who was on? Drinks on me at the Anchor",
          when="2028-08-02T15:20:00Z"),
       expect(IGN, "low", None, "none"), note="the racehorse wins", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Strobe in a post to everyone | general chatter about the brand")

    # ---- Sunday 6 August: news, aftermath, praise ---------------------------------------------------
    SC("sc-news-echo-crush-glassing", "news-monitor",
       tw("MarwickEcho_sc", "Two people were treated by paramedics after a crush at the entrance to Strobe Marwick on Friday night, a day after a man was glassed outside the firm's Ashport club. The council says it will review both venues' licences.",
          when="2028-08-06T07:30:00Z",
          metrics={"retweet_count": 310, "reply_count": 190, "like_count": 1_400, "quote_count": 60}),
       expect(MON, "low", "safety", "indirect"), note="news of incidents that are over: monitor, not urgent")
    SC("sc-news-old-palace-crush", "news-monitor",
       tw("MarwickEcho_sc", "Ten years on from the New Year's Eve crush at the old Palace nightclub on Canal Street, in which 14 people were injured, we look at how the building, now Strobe Marwick, manages its door {url:https://marwickecho.example/features/palace-ten-years}",
          when="2028-08-06T09:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of an old incident")
    SC("sc-praise-dj-killed-it", "praise",
       tw("lee_p_sc", "KOTO absolutely killed it at strobe marwick last night. didn't miss Mara Velde once. best night of the summer, my legs are dead",
          when="2028-08-06T10:10:22Z"),
       expect(RP, "low", None, "indirect"), note="'killed it' and 'dead' are praise", known_miss="round 17, not met yet: action: want \"respond_public\", got monitor; the engine read: names Strobe in a post to everyone | general chatter about the brand")
    SC("sc-chatter-josie-turned-up", "chatter-monitor",
       tw("josie_m_sc", "For everyone who saw my panicked post last night: Josie turned up. She'd got a taxi home from Strobe without telling anyone and fell asleep on the sofa. All fine. She is grounded until she's 40 😂",
          when="2028-08-06T10:30:40Z"),
       expect(MON, "low", None, "indirect"), note="a scare that is over; nothing to answer")
    SC("sc-big-reach-comedian-pint", "big-reach",
       tw("laughs_lou_sc", "Strobe Lowbridge charged me £9.80 for a pint of lager on a STUDENT night. I've paid less for a return to London. Students of Lowbridge, I'm so sorry",
          when="2028-08-06T11:15:03Z",
          metrics={"retweet_count": 2_600, "reply_count": 900, "like_count": 33_000, "quote_count": 280}),
       expect(RP, "high", "bar", "indirect"), note="450k followers, brand named without a tag")
    SC("sc-abuse-queue-bouncer-clowns", "abuse-with-problem",
       tw("gary_n_sc", f"@{B} absolute clowns. stood in your Ashport queue for 90 minutes last night and at the front the bouncer says it's 'guest list only now'. you could have told the queue. pathetic",
          when="2028-08-06T11:40:18Z"),
       expect(RP, "high", "door", "direct"), note="rude, with a real wasted night", known_miss="round 17, not met yet: topic: want \"door\", got tickets; the engine read: addressed to @StrobeClubs | complaint (0.74) | rude, but still a customer with a problem | topic tickets: 'guest list'")
    SC("sc-complaint-toilets-no-locks", "complaint-direct",
       tw("kat_v_sc", f"@{B} the toilets at Strobe Lowbridge on thursday: no soap, no water in the taps, no locks on 3 of the 4 cubicles. it's 2028",
          when="2028-08-06T12:05:29Z"),
       expect(RP, "normal", "venue", "direct"), known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @StrobeClubs | complaint (0.71) | loss of service | topic venue: 'toilet'")
    SC("sc-complaint-direct-table-no-show", "complaint-direct",
       tw("hollie_c_sc", f"@{B} we had a table for 8 at Marwick last night from 11, got there at 11:05 and it had been given away. minimum spend already paid. nobody on the floor could tell us anything",
          when="2028-08-06T12:30:15Z"),
       expect(RP, "normal", "tables", "direct"))
    SC("sc-praise-roof-terrace", "praise",
       tw("jodie_t_sc", f"@{B} the new roof terrace at Ashport is gorgeous. fairy lights, actual seats and a view of the harbour at sunset. we stayed up there all night",
          when="2028-08-06T13:00:40Z"),
       expect(RP, "low", "venue", "direct"), known_miss="round 17, not met yet: priority: want \"low\", got normal; the engine read: addressed to @StrobeClubs | topic venue: 'roof terrace'")
    SC("sc-hotline-rings-out", "public-hotline-number",
       tw("paddy_o_sc", f"@{B} rang 0808 157 0419 six times about my grandson's lost phone from friday. it rings out every time. is anyone there or is it just a number on the website",
          when="2028-08-06T13:30:07Z"),
       expect(RP, "normal", None, "direct"), strict=False,
       note="the brand's own helpline is not a private detail")
    SC("sc-hotline-welfare-line-thanks", "public-hotline-number",
       tw("erin_q_sc", "whoever answered Strobe's 0808 157 0419 line at 4am on saturday and talked me through getting my sister home from Lowbridge: thank you. you were so calm",
          when="2028-08-06T14:00:51Z"),
       expect(RP, "low", None, "indirect"), strict=False, note="praise quoting the brand's own helpline, the night long over")
    SC("sc-spam-followers-venue", "spam",
       tw("GrowFast_sc", f"@{B} Hey Strobe! 🚀 Want 10k real followers for your clubs before the weekend? Clubs we work with see 3x more bookings. DM us today 💯",
          when="2028-08-06T14:20:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling, tagging the brand first")
    SC("sc-spam-ticket-tout-velde", "spam",
       tw("tix4u_mw_sc", "🔥 2x Mara Velde tickets for Strobe Marwick, £20 each, DM me fast. PayPal friends and family only 🎟",
          when="2028-08-01T18:00:00Z"),
       expect(IGN, "low", "tickets", "indirect"), note="a tout selling tickets to a night that was called off", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; the engine read: names Strobe in a post to everyone | general chatter about the brand | topic tickets: 'ticket'")
    SC("sc-spam-recovery-scammed", "spam",
       tw("RecoverNow_sc", "Scammed buying Strobe tickets online? Our recovery experts get 100% of your money back in 48 hours, guaranteed. Don't let the scammers win. DM us now 💰",
          when="2028-08-06T15:00:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a 'recovery' spammer")
    SC("sc-pt-amiga-drogada", "non-english",
       tw("beatriz_s_sc", f"@{B} A minha amiga foi drogada no Strobe Ashport na sexta à noite, alguém pôs alguma coisa no copo dela. Ela já está bem, graças a Deus, mas quero saber o que vão fazer. Há câmaras?",
          lang="pt", when="2028-08-06T15:40:25Z"),
       expect(RP, "high", "safety", "direct"), strict=False,
       note="Portuguese: a spiking two nights ago, the friend is fine now: not urgent; a serious complaint (high) or an ordinary one (normal)")
    SC("sc-de-jacke-garderobe", "non-english",
       tw("felix_w_sc", f"@{B} Hallo, ich habe am Freitag meine Jacke in der Garderobe in Marwick abgegeben, aber die App zeigt meine Marke nicht mehr an. Wie bekomme ich meine Jacke zurück? Ich fliege Dienstag nach Köln",
          lang="de", when="2028-08-06T16:05:12Z"),
       expect(RP, "normal", "venue", "direct"), note="German: a jacket held in the cloakroom")
    SC("sc-namesake-strobe-studios", "namesake",
       tw("StrobeStudio_sc", "Headshot Sunday at Strobe Studios: £40 for 20 minutes and three edited shots, Ashport Quay, 10am till 4pm. Walk-ins welcome 📸",
          when="2028-08-06T08:00:00Z"),
       expect(IGN, "low", "bar", "none"), note="a photo studio with the same name; its 'shots' are photos")
    SC("sc-namesake-wedding-mrs-strobe", "namesake",
       tw("mr_mrs_wed_sc", "Officially Mr and Mrs Strobe 💍 Thank you to everyone who came to the Harbour Hotel and danced until they threw us out",
          when="2028-08-06T09:30:00Z"),
       expect(IGN, "low", None, "none"), note="a surname at a wedding")
    SC("sc-common-video-strobe-effect", "common-word",
       tw("vlog_vince_sc", "Why your footage has that horrible strobe effect under LED lights, and the shutter speed that fixes it. New video up now {url:https://video.example/watch/strobe-fix}",
          when="2028-08-06T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="flicker in video")
    SC("sc-common-fire-alarm-strobe", "common-word",
       tw("deafdad_sc", "Fitted a smoke alarm with a strobe and a vibrating pad under my pillow today. First time in 20 years I'll actually know if the house is on fire. Check yours",
          when="2028-08-06T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="a strobe on a smoke alarm for deaf people")
    SC("sc-common-bike-light-strobe", "common-word",
       tw("tom_r_sc", "Drivers of Marwick: if my front light is on strobe mode it's so you SEE me, not so you can overtake me on a blind bend. Cheers",
          when="2028-08-06T18:10:00Z"),
       expect(IGN, "low", None, "none"), note="a bike light's flashing mode")
    SC("sc-indirect-misspelt-table-refund", "complaint-indirect",
       tw("carys_w_sc", "strobe clubz still havent refunded the deposit for the birthday table they gave away on saturday. 3 emails. nothing. done with them",
          when="2028-08-06T19:00:30Z"),
       expect(RP, "normal", "tables", "indirect"), note="lower case, misspelt, no tag: her own table and refund", known_miss="round 17, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Strobe in a post to everyone | general chatter about the brand | topic tables: 'deposit', 'table'")
    SC("sc-threat-know-where-he-lives", "threat-urgent",
       tw("shane_d_sc", f"@{B} tell your bouncer with the neck tattoo at Ashport I know where he lives. threw me out for nothing on friday. he'll get hurt if he's on that door next week",
          when="2028-08-06T20:15:44Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against staff with a complaint: only the priority is strict")
    SC("sc-html-guest-list-form", "html-entities",
       tw("amir_h_sc", f"@{B} tried to put my name on next friday's guest list and your form just says &lt;error code='GL-500'&gt; &amp;&amp; then 'Hi undefined!'. is the list broken or am I on it?",
          when="2028-08-06T20:40:10Z"),
       expect(RP, "normal", "tickets", "direct"), note="a broken form, delivered escaped, around a real question")
    SC("sc-repeat-cloakroom-coat-still", "repeat-contact",
       tw("sam_t_sc", f"@{B} back again. saturday you said coats could be collected from 12pm. went at 12, 2 and 5, the cloakroom was locked every time and nobody answered the door. still no coat, still no keys",
          when="2028-08-06T21:00:27Z"),
       expect(RP, "high", "venue", "direct"), note="he comes back: the promise in the brand's post didn't hold", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @StrobeClubs | complaint (0.99) | topic venue: 'coat', 'cloakroom'")
    SC("sc-complaint-in-passing-weekend", "complaint-in-passing",
       tw("jess_l_sc", f"hen do round-up: the bride lost a shoe, the minibus was late, and @{B} put 12 of us on a guest list at Ashport that the door had never heard of. we paid twice. otherwise perfect",
          when="2028-08-06T21:30:05Z"),
       expect(RP, "normal", "tickets", "indirect"), note="the brand tagged in the middle of a list")
    SC("sc-sarcasm-thanks-coats", "sarcasm-customer",
       tw("becky_h_sc", "thanks Strobe for the free 4am walk home in a vest top. really made the night special. 10/10 would freeze again",
          when="2028-08-06T21:50:40Z"),
       expect(RP, "normal", None, "indirect"), note="thanks meaning the opposite", known_miss="round 17, not met yet: topic: want null, got venue; the engine read: names Strobe in a post to everyone | sarcasm (irony 0.90) from a customer: a complaint | topic venue: 'veste'")
    carlos = tw("carlos_m_sc", "@kayla_m_sc ¿Fuiste al Strobe ayer? ¿Qué tal?", lang="es", when="2028-08-06T22:00:00Z")
    SC("sc-chatter-es-tap-water-reply", "third-party-chatter",
       tw("kayla_m_sc", "@carlos_m_sc strobe was good! tip if you go: just ask the bar staff for tap water, they have to give it you for free now after all the fuss this week",
          reply_to=carlos, when="2028-08-06T22:12:30Z"),
       expect(MON, "low", "bar", "third_party"), note="a friend's advice in a reply thread, brand named without a tag", known_miss="round 17, not met yet: action: want \"monitor\", got ignore; the engine read: a reply in someone else's conversation that does not tag the brand | a joke by a bystander, not a customer's problem | topic bar: 'bar staff', 'tap water'")
    return brand


BRANDS["strobe-clubs"] = ("StrobeClubs", 6978901245, build_strobe_clubs)
