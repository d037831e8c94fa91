# Gorse (Gorse Solar): a made-up installer of rooftop solar panels, home batteries, EV chargers
# and air-source heat pumps across the made-up towns of Windle, Pennock, Harcastle, Saltry and
# Morwick: surveys, scaffolding and installs, finance plans sold by its own sales reps, an app
# that shows each home's generation, battery and export, monthly export payments (SEG),
# warranties, repairs and heat-pump call-outs.
# "Gorse" is also an ordinary word (the prickly yellow shrub on every moor, whose flowers smell
# of coconut, which eats golf balls, and which burns: gorse fires on Harcastle Moor bring fire
# crews and evacuations) and a name: Gorse Hill in Morwick, Gorse Lane in Pennock, Gorse Gin
# from the Saltry Distillery, Gorse Primary School in Windle, the energy researcher Prof. Ruth
# Gorse, the footballer Jamie Gorse and a pony called Gorse. None of them is the installer.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 1 May 2028: on the sunny bank holiday Monday the app shows zero generation for every customer
# from 9am to 3pm. On Tuesday April's export payments have not arrived, and a battery in a
# garage in Harcastle overheats with a burning smell. On Wednesday a scaffolder falls from a
# Gorse scaffold in Windle, and a wave of cold calls uses Gorse's name to take "deposits" for
# free battery grants. On Thursday a late frost stops heat pumps in the homes of old and ill
# customers, and a TV consumer programme runs a mis-selling story about Gorse's finance plans.
# On Friday a gorse fire on Harcastle Moor has nothing to do with the installer. The weekend:
# praise, namesakes and the shrub.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place,
# account, card and reference number, phone number, address and email address here is made up.
# Phone numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_gorse_solar():
    global CURRENT_BRAND, CLOCK
    brand = Brand("gorse-solar", SCEN_DIR / "gorse-solar.plan.toml", "GorseSolar", 5678901245, 1861220000000006101)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-05-01T05:30:00Z")
    B = "GorseSolar"
    user(B, "Gorse Solar", 5678901245,
         "Gorse ☀️ solar panels, home batteries, EV chargers and heat pumps. Care team 8am–8pm, 7 days. "
         "Helpline 0808 157 0632. We NEVER cold call and never take a deposit by phone.",
         41_200, following=1_100, tweets=23_800, listed=160, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 11240100000 + _n[0] * 4129, bio, followers, **kw)

    person("hikerkate_gor", "Kate Lowry", "Moors, hills, flasks of tea. Harcastle.", 640)
    person("dee_morg_gor", "Dee Morgan", "Windle. Teacher. 16 panels and a spreadsheet.", 310)
    person("lydia_p_gor", "Lydia Pratt", "Pennock. Mum, runner, chronic over-sharer.", 480)
    person("fi_bbq_gor", "Fiona Hart", "Morwick. Two kids, one dog, zero chill.", 290)
    person("jodie_s_gor", "Jodie Sands", "Saltry. Sun worshipper. Nurse on nights.", 350)
    person("sam_kell_gor", "Sam Kelleher", "Saltry. Mechanic. Fixes everything except my own car.", 220)
    person("mattie_tv_gor", "Mattie Brooke", "Gardening telly, Sundays 6pm. Books, mud, more mud. Views my own.",
           540_000, following=1_200, listed=2_900, verified=True)
    person("punny_pete_gor", "Pete Orrell", "Puns and pints. Morwick.", 410)
    person("evie_rh_gor", "Evie Rhodes", "Windle. Solar since 2026. Nerd about meters.", 760)
    person("GorseHelp_gor", "Gorse Solar Support ✅", "Official Gorse help 24/7 ✅ refunds, repairs, export payments. DM us", 38, following=4_900)
    person("anja_k_gor", "Anja Keller", "Aus Freiburg, wohne in Pennock. Ingenieurin. Radfahrerin.", 270)
    person("WindleFM_gor", "Windle FM", "Local radio for Windle, Pennock and Harcastle. News on the hour.", 19_400,
           following=700, verified=True)
    person("tariq_m_gor", "Tariq Malik", "Harcastle. Data analyst. I read the small print.", 530)
    person("moorwalker_gor", "Ben Ashdown", "Harcastle. Photographer. Out at sunrise.", 1_900)
    person("ponygirl_gor", "Isla Fern", "13hh of trouble and his long-suffering mum 🐴", 880)
    person("ray_colls_gor", "Ray Collins", "Morwick. Retired electrician. Reads the statement.", 140)
    person("zoe_tan_gor", "Zoe Tanner", "Pennock. Accountant. Sarcasm is my love language.", 420)
    person("gaz_w_gor", "Gary Wade", "Harcastle. Plasterer. Say it straight.", 90)
    person("marta_g_gor", "Marta Gil", "Sevillana en Windle. Enfermera.", 210)
    person("helen_b_gor", "Helen Birch", "Harcastle. Mum of two. Tea, then everything else.", 260)
    person("rosa_m_gor", "Rosa Mendes", "Do Porto para Saltry. Cozinheira.", 180)
    person("bbq_chris_gor", "Chris Dale", "Morwick. BBQ dad. Bank holidays are sacred.", 330)
    person("nat_h_gor", "Nat Hollis", "Morwick. Warehouse. Always at a bbq.", 240)
    person("footy_jay_gor", "Jay Marsh", "Morwick Town FC. Home and away since 2004.", 1_300)
    person("owen_r_gor", "Owen Reid", "Pennock. New house, new panels, no idea what I'm doing.", 150)
    person("carol_w_gor", "Carol Whitby", "Windle. Retired. Nosy, but with love.", 170)
    person("PennockPost_gor", "Pennock Post", "News for Pennock, Windle and Harcastle since 1902.", 14_800,
           following=600, verified=True)
    person("priya_s_gor", "Priya Shah", "Harcastle. Pharmacist. Mum. Trusting to a fault.", 230)
    person("mick_d_gor", "Mick Doyle", "Windle. Retired postie. Nobody gets one over on me.", 110)
    person("amy_w_gor", "Amy Walsh", "Morwick. Dad's in his 80s and answers every phone call.", 300)
    person("steph_k_gor", "Steph Kerr", "Windle. Street WhatsApp admin. Knows a scam.", 410)
    person("fundfix_gor", "FundFix Recovery ✅", "Certified scam & crypto recovery. 100% success. DM ✅", 7_200, following=5_000)
    person("dale_p_gor", "Dale Pike", "Pennock. Joiner. Patience of a saint, nearly.", 80)
    person("kev_b_gor", "Kev Barlow", "Harcastle. Lorry driver. Waiting since February.", 70)
    person("lotte_v_gor", "Lotte de Vries", "Uit Utrecht, woont in Windle. Fietser.", 200)
    person("golfmad_gor", "Rob Tindall", "Harcastle GC. 18 handicap, 36 excuses.", 650)
    person("sian_o_gor", "Siân Owen", "Saltry. Daughter, carer, list maker.", 190)
    person("claude_b_gor", "Claude Bernard", "Lyonnais à Morwick. Fils inquiet.", 160)
    person("neil_f_gor", "Neil Fry", "Pennock. Shift worker. Third time lucky?", 120)
    person("tess_a_gor", "Tess Archer", "Windle. Librarian. Dry humour.", 380)
    person("becca_l_gor", "Becca Lane", "Morwick. New build, new everything, old problems.", 260)
    person("jo_friend_gor", "Jo Pickard", "Morwick. Always asking how the house is.", 210)
    person("alan_v_gor", "Alan Vance", "Saltry. 71. Not a fan of hold music.", 50)
    person("maria_t_gor", "Maria Tully", "Harcastle. Husband on home dialysis. Organised.", 140)
    person("chef_ola_gor", "Ola Adeyemi", "Chef. Cookbook 'Slow Fire' out now. Saturday kitchen telly.",
           610_000, following=980, listed=3_300, verified=True)
    person("MoneyWatch_gor", "MoneyWatch", "Consumer affairs on TV, Thursdays 8pm. Got a story? DM us.",
           890_000, following=400, listed=5_200, verified=True)
    person("frank_o_gor", "Frank Oduya", "Pennock. Retired lecturer. Keeps every letter.", 330)
    person("shaz_gor", "Sharon Platt", "Morwick estate born and bred. Protective of my nan.", 190)
    person("beatriz_gor", "Beatriz Ramos", "Madrileña en Pennock. Hija preocupada.", 150)
    person("HarcFire_gor", "Harcastle Fire & Rescue", "Official account. In an emergency always dial 999.", 24_600,
           following=300, verified=True)
    person("lou_g_gor", "Lou Gibbons", "Harcastle. Back garden faces the moor.", 270)
    person("ellie_v_gor", "Ellie Vaughan", "Harcastle. Walks the dog on the moor. Worrier.", 330)
    person("tom_k_gor", "Tom Kirby", "Windle. Sales. Money in, money out.", 200)
    person("aidan_e_gor", "Aidan Evans", "Saltry. EV since 2025. Range nerd.", 1_100)
    person("giulia_gor", "Giulia Ferri", "Bolognese a Pennock. Auto elettrica.", 170)
    person("harriet_gor", "Harriet Sloane", "Windle. Solicitor (retired). Still writes letters.", 310)
    person("jack_w_gor", "Jack Wynne", "Harcastle. Dad. Angry about tiles.", 140)
    person("kirsty_gor", "Kirsty Blake", "Pennock. Hairdresser. Typos are a feature.", 560)
    person("sec_noor_gor", "Noor Hassan", "Web security. I read your page source.", 2_400)
    person("depot_dan_gor", "Dan Hughes", "Warehouse at a solar company. Views my own.", 120)
    person("ken_ox_gor", "Ken Marr", "Saltry. Dad's carer. Dad's on oxygen.", 90)
    person("WindlePTA_gor", "Gorse Primary PTA", "Parents & friends of Gorse Primary School, Windle 🌼", 1_100)
    person("ginreview_gor", "The Gin Shelf", "Small-batch gins, honestly reviewed 🍸", 9_700)
    person("RadioPen_gor", "Radio Pennock", "Community radio. Mornings with Dev, 7–10.", 4_300)
    person("fay_l_gor", "Fay Lister", "Pennock. Two kids. New panels, finally.", 210)
    person("dorothy_gor", "Dot Felton", "Saltry. 81. My grandson set this up.", 40)
    person("growfast_gor", "GrowFast Media 📈", "Real followers, fast. DM for packages 💸", 1_800, following=4_900)
    person("pat_mill_gor", "Pat Millard", "Morwick. My dad fixes everything himself.", 260)
    person("kris_n_gor", "Kris Nowak", "Windle. Thinking about solar. Asking everyone.", 180)
    person("vicky_d_gor", "Vicky Doran", "Windle. Had panels since last spring. Happy.", 230)
    person("marie_c_gor", "Marie Cole", "Windle. Mum of Alfie (9, climbs everything).", 270)
    person("hanna_w_gor", "Hanna Webb", "Pennock. Laugh at my own jokes.", 600)
    person("pennockroad_gor", "Pennock Roads", "Roadworks and travel around Pennock. Not the council.", 8_900)
    person("nanquotes_gor", "Gemma Rowe", "Things my nan says. She's 88.", 3_600)
    person("paddock_gor", "Lucy Farrant", "Horses, hay and a stable that needs a new roof.", 950)
    person("will_p_gor", "Will Parry", "Morwick. Cyclist. Has had pigeons.", 220)
    person("ravi_k_gor", "Ravi Kumar", "Pennock. Dad. Keeps a log of every call.", 340)
    person("mo_rant_gor", "Mo Rahman", "Saltry. Dad of three. Sunday is for complaining.", 410)

    # ---- Monday 1 May (bank holiday): the app shows zero generation for everyone ----------
    SC("gorse-common-coconut-walk", "common-word",
       tw("hikerkate_gor", "gorse is out all over Harcastle Moor and the whole hillside smells like a coconut sun cream advert 🥥🌼 best bank holiday walk in years",
          when="2028-05-01T07:40:12Z"),
       expect(IGN, "low", None, "none"), note="gorse flowers on the moor; 'sun cream' sounds sunny but it is the shrub")
    dee = tw("dee_morg_gor", f"@{B} sunniest day of the year and your app says I've generated 0.0 kWh since 6am. the generation graph is a flat line. is the app broken or is it my system??",
             when="2028-05-01T09:42:31Z")
    SC("gorse-complaint-app-zero-generation", "complaint-direct", dee, expect(RP, "high", "app", "direct"),
       note="the app shows zero for everyone this morning: an outage of the monitoring service", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: addressed to @GorseSolar | complaint (0.76) | topic app: 'app', 'apps', 'generating', 'generated', 'generation', 'graph', 'graphs', 'flat line'")
    dee_brand = tw(B, f"@dee_morg_gor Hi Dee, it's our app, not your roof: monitoring is showing zero for lots of customers this morning and our team is on it. Your panels are still generating and exporting as normal. Next update by 1pm.",
                   reply_to=dee, when="2028-05-01T09:55:04Z")
    SC("gorse-brand-reply-zero-generation", "brand-own-post", dee_brand, expect(IGN, "low", "app", "none"))
    SC("gorse-thread-phew-thanks", "thread-with-brand",
       tw("dee_morg_gor", "phew. thought the whole system had died on the first proper sunny bank holiday 😅 thanks for coming back so fast",
          reply_to=dee_brand, when="2028-05-01T10:03:47Z"),
       expect(RP, "low", None, "direct"), note="relief and thanks in the brand's thread, no @")
    status = tw(B, "🔧 Our app and monitoring dashboard are showing zero generation for many of you since about 9am. Nothing is wrong on your roof: this is a data problem on our side. Engineers are on it. Next update by 1pm.",
                when="2028-05-01T10:10:00Z")
    SC("gorse-brand-own-status-zero", "brand-own-post", status, expect(IGN, "low", "app", "none"))
    SC("gorse-repost-status-zero", "repost", tw("lydia_p_gor", "", retweet=status, when="2028-05-01T10:16:22Z"),
       expect(IGN, "low", "app", "indirect"))
    SC("gorse-sarcasm-bank-holiday-zero", "sarcasm-customer",
       tw("lydia_p_gor", "love that gorse picked the sunniest bank holiday in living memory for the app to show zero generation all day ☀️🙃 money well spent",
          when="2028-05-01T10:24:50Z"),
       expect(RP, "high", "app", "indirect"), note="lower case, no tag, sarcasm about her own app during the outage", known_miss="round 14, not met yet: action: want \"respond_public\", got ignore; priority: want \"high\", got low; addressed: want \"indirect\", got none; the engine read: 'gorse' is used as an ordinary word | topic app: 'app', 'apps', 'generation'")
    SC("gorse-in-passing-bbq-bingo", "complaint-in-passing",
       tw("fi_bbq_gor", f"bank holiday bingo: bbq lit by 10 ✅ kids sunburnt already ✅ dog in next door's pond ✅ @{B} app swears we've generated nothing all morning and the generation graph is a flat line ✅ living the dream",
          when="2028-05-01T10:41:09Z"),
       expect(RP, "high", "app", "indirect"), note="the brand tagged in the middle of a list, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got normal; the engine read: tags @GorseSolar in a post to everyone | describes their own experience | complaint (0.49) | topic app: 'app', 'apps', 'generating', 'generated', 'generation', 'graph', 'graphs', 'flat line'")
    jodie = tw("jodie_s_gor", "finally a proper sunny day!! anyone else's meter going mad? ☀️", when="2028-05-01T10:30:00Z")
    SC("gorse-venting-garden-friend", "third-party-venting",
       tw("sam_kell_gor", "@jodie_s_gor would be if I could see it. Gorse app says zero generation all day 🙄 paid all that money to look at a flat line",
          reply_to=jodie, when="2028-05-01T10:52:17Z"),
       expect(MON, "low", "app", "third_party"), note="venting to a friend in her thread, brand not tagged: don't butt in")
    mattie = tw("mattie_tv_gor", f"Bank holiday. Blazing sun. And the Gorse Solar app insists my roof has generated precisely nothing since breakfast. Either the panels have gone on strike or somebody's data has. @{B}",
                when="2028-05-01T11:05:40Z",
                metrics={"retweet_count": 820, "reply_count": 610, "like_count": 14_300, "quote_count": 95})
    SC("gorse-big-reach-presenter-zero", "big-reach", mattie, expect(RP, "high", "app", "indirect"),
       note="540k followers, a real complaint during the outage; the handle at the end of a post to everyone")
    SC("gorse-joke-shrub-power-station", "joke-bystander",
       tw("punny_pete_gor", "@mattie_tv_gor in fairness gorse is a prickly shrub, not a power station. expecting it to run your house was always ambitious 🌼",
          reply_to=mattie, when="2028-05-01T11:19:02Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("gorse-chatter-its-the-app", "third-party-chatter",
       tw("evie_rh_gor", "@mattie_tv_gor it's the Gorse app, not your roof. everyone's monitoring is showing zero today. your meter in the cupboard will tell you the truth",
          reply_to=mattie, when="2028-05-01T11:27:35Z"),
       expect(MON, "low", "app", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("gorse-spam-fake-support-presenter", "spam",
       tw("GorseHelp_gor", "@mattie_tv_gor Hi Mattie 👋 Gorse support here ✅ we can reset your monitoring remotely and refund today's export straight away! Just DM your login and bank details to verify 🙏",
          reply_to=mattie, when="2028-05-01T11:34:48Z"),
       expect(IGN, "low", "payments", "third_party"), note="an impersonator under a big account's post, fishing for bank details")
    SC("gorse-de-app-null-erzeugung", "non-english",
       tw("anja_k_gor", f"@{B} Eure App zeigt seit heute Morgen null Erzeugung, obwohl die Sonne den ganzen Tag scheint. Ist das ein Fehler bei euch oder ist meine Anlage kaputt?",
          lang="de", when="2028-05-01T11:48:20Z"),
       expect(RP, "high", "app", "direct"), note="German: the app shows zero generation, during the outage", known_miss="round 14, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @GorseSolar | complaint (0.26) | reads like a risk to people (urgency model 0.69): urgent | topic app: 'app', 'apps', 'erzeugung', 'fehler'")
    SC("gorse-news-app-zero", "news-monitor",
       tw("WindleFM_gor", "Gorse Solar customers across Windle and Pennock say the company's app has shown zero generation since 9am on the sunniest day of the year. Gorse blames a data problem at its end. {url:https://windlefm.example/news/gorse-app}",
          when="2028-05-01T12:00:00Z"),
       expect(MON, "low", "app", "indirect"))
    allclear = tw(B, "✅ The app is back. Today's generation data is filling in now and should all be there by this evening. Sorry for the fright on a sunny bank holiday: nothing you generate or export is lost. More 👉 {url:https://gorse.example/status}",
                  when="2028-05-01T15:10:00Z")
    SC("gorse-brand-own-all-clear", "brand-own-post", allclear, expect(IGN, "low", "app", "none"))
    SC("gorse-q-reply-seg-missing-data", "question-in-reply-to-brand",
       tw("tariq_m_gor", "does the gap affect my export payment though? the SEG is worked out from the export figures you send, so if today's missing, do I get paid for it or not?",
          reply_to=allclear, when="2028-05-01T15:31:44Z"),
       expect(RP, "normal", "payments", "direct"), note="a question under the brand's post, no @")
    SC("gorse-quote-panels-fine-inverter", "quote",
       tw("ray_colls_gor", "'your panels are working normally' 🙄 then why has my inverter been flashing a red fault light since Saturday, two days before your app went down",
          quote=status, when="2028-05-01T12:12:33Z"),
       expect(RP, "normal", "repairs", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his own inverter fault, not the outage")
    SC("gorse-common-natures-solar-farm", "common-word",
       tw("moorwalker_gor", "the gorse on Pennock Hill is so bright today it could light the whole village. nature's own solar farm 🌼☀️ {url:https://photos.example/pennock-hill}",
          when="2028-05-01T16:20:05Z"),
       expect(IGN, "low", None, "none"), note="the shrub in bloom, in words that sound like the business")
    SC("gorse-namesake-pony", "namesake",
       tw("ponygirl_gor", "Gorse has eaten half the hedge, a bit of my coat and the farrier's sandwich today 🐴 13 hands of pure chaos and I love him",
          when="2028-05-01T17:45:30Z"),
       expect(IGN, "low", None, "none"), note="a pony called Gorse")

    # ---- Tuesday 2 May: April's export payments are missing; a battery overheats ----------
    zoe = tw("zoe_tan_gor", f"@{B} my export payment for April hasn't arrived. it's always in the bank on the 1st and there's nothing. is it coming?",
             when="2028-05-02T07:55:10Z")
    SC("gorse-complaint-export-payment-missing", "complaint-direct", zoe, expect(RP, "normal", "payments", "direct"))
    zoe_brand = tw(B, "@zoe_tan_gor Hi Zoe, sorry: April's export payment run failed at our bank's end yesterday. It's being sent again and should be with you by Thursday. If it isn't, tell us here and we'll chase it for you.",
                   reply_to=zoe, when="2028-05-02T08:20:41Z")
    SC("gorse-brand-reply-export-thursday", "brand-own-post", zoe_brand, expect(IGN, "low", "payments", "none"))
    SC("gorse-private-account-email-export", "private-details",
       tw("dee_morg_gor", f"@{B} my April export payment is missing too. account GS-2208417, email dee.morgan@mailbox.example, it should go to the same bank as always. can someone check please",
          when="2028-05-02T08:34:26Z"),
       expect(RV, "normal", "payments", "direct"), note="an account number and an email address in public")
    gaz = tw("gaz_w_gor", "thanks Gorse Solar for this month's export payment of £0.00 🙂 really helping with the bills. top work",
              when="2028-05-02T09:02:55Z")
    SC("gorse-sarcasm-zero-pounds", "sarcasm-customer", gaz, expect(RP, "normal", "payments", "indirect"),
       note="'thanks' meaning the opposite, brand named without a tag")
    SC("gorse-joke-paid-in-flowers", "joke-bystander",
       tw("punny_pete_gor", "@gaz_w_gor maybe they're paying you in gorse flowers this month. at least they smell of coconut 🥥",
          reply_to=gaz, when="2028-05-02T09:14:18Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name under someone else's post")
    SC("gorse-abuse-export-clowns", "abuse-with-problem",
       tw("ray_colls_gor", f"@{B} you useless shower of clowns. 3 months now my export payments have been wrong or missing and nobody answers an email. pay me what you owe",
          when="2028-05-02T09:40:07Z"),
       expect(RP, "high", "payments", "direct"), note="rude, but months of missing payments")
    SC("gorse-es-pago-exportacion", "non-english",
       tw("marta_g_gor", f"@{B} Hola, no he recibido el pago de exportación de abril y siempre llega el día 1. ¿Cuándo me lo vais a pagar? Gracias",
          lang="es", when="2028-05-02T10:05:33Z"),
       expect(RP, "normal", "payments", "direct"), note="Spanish: April's export payment is missing")
    helen = tw("helen_b_gor", f"@{B} hi, the battery in our garage is making a clicking noise and it's hot to touch, and there's a faint burning smell near it. the screen said overheating earlier. is that normal? we're going out soon so can we just leave it?",
               when="2028-05-02T12:14:51Z")
    SC("gorse-safety-battery-hot-burning-smell", "safety-urgent", helen, expect(RP, "urgent", "safety", "direct"),
       note="written calmly, but an overheating battery with a burning smell is a fire risk")
    helen_brand = tw(B, "@helen_b_gor Helen, please don't leave it: an overheating battery is a fire risk. Switch it off at the isolator if you can do it safely, keep everyone out of the garage, and if you see smoke call 999. We're calling you now and sending an engineer today.",
                     reply_to=helen, when="2028-05-02T12:19:30Z")
    SC("gorse-brand-reply-battery-isolate", "brand-own-post", helen_brand, expect(IGN, "low", "safety", "none"))
    SC("gorse-thread-battery-switched-off", "thread-with-brand",
       tw("helen_b_gor", "switched off at the isolator and we're all out in the garden. the smell's fading but the case is still hot. the fire brigade said they'll come and check it. thank you for answering so fast",
          reply_to=helen_brand, when="2028-05-02T12:31:12Z"),
       expect(RP, "urgent", "safety", "direct"), note="still a hot battery and the fire brigade on the way: the risk is not over")
    SC("gorse-pt-bateria-cheiro-queimado", "non-english",
       tw("rosa_m_gor", f"@{B} Boa tarde, a bateria na garagem está muito quente e há um cheiro a queimado. Devo desligar? Tenho medo de deixar os miúdos em casa",
          lang="pt", when="2028-05-02T14:02:08Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese: a hot battery with a burning smell, children at home")
    chris = tw("bbq_chris_gor", "who's still coming to the bbq tonight? bringing the good sausages 🌭", when="2028-05-02T15:00:00Z")
    SC("gorse-safety-in-thread-smoking-battery", "safety-urgent",
       tw("nat_h_gor", "@bbq_chris_gor can't mate, the gorse battery in our garage started smoking and sparking an hour ago. fire brigade here now, we're all stood on the drive. save me a sausage",
          reply_to=chris, when="2028-05-02T16:20:44Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a customer's battery on fire, told in a friend's thread without a tag: whether to step in is a judgement, but the priority is strict")
    SC("gorse-namesake-footballer", "namesake",
       tw("footy_jay_gor", "JAMIE GORSE. 94th minute. Top bin. Morwick Town are going up!!! ⚽🔥🔥",
          when="2028-05-02T21:02:16Z"),
       expect(IGN, "low", None, "none"), note="a footballer's surname; the fire emoji is celebration")
    SC("gorse-question-survey-wait", "question",
       tw("owen_r_gor", f"@{B} how long after the survey does the install usually happen? ours was last Tuesday and nobody's been in touch since",
          when="2028-05-02T18:30:27Z"),
       expect(RP, "normal", "installs", "direct"))

    # ---- Wednesday 3 May: a scaffolder falls; cold calls in Gorse's name ------------------
    SC("gorse-safety-scaffolder-fell", "safety-urgent",
       tw("carol_w_gor", f"@{B} one of your lads has just fallen off the scaffolding on the house opposite us on Mill Rise, Windle. he's on the ground, not moving, hurt bad. we've rung 999 and the ambulance is coming. your other lads are in bits",
          when="2028-05-03T09:12:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="a worker badly hurt on the brand's scaffold, happening now")
    SC("gorse-news-scaffolder-hospital", "news-monitor",
       tw("PennockPost_gor", "A scaffolder working for Gorse Solar was taken to hospital after a fall from a roof in Mill Rise, Windle, this morning. His injuries are not thought to be life-threatening. {url:https://pennockpost.example/news/mill-rise-fall}",
          when="2028-05-03T12:30:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news of an accident that has been dealt with: monitor")
    SC("gorse-question-cold-call-grant", "question",
       tw("priya_s_gor", f"@{B} just had a cold call from 'Gorse Solar' saying there's a government grant for a free battery if I pay a £199 deposit today. is this really you? he sounded legit",
          when="2028-05-03T10:05:19Z"),
       expect(RP, "normal", "payments", "direct"), note="checking a cold call before paying: no money lost yet")
    scam = tw(B, "⚠️ Scam warning: people are cold calling in our name offering 'free battery grants' for a deposit. We never cold call, and we never take a deposit over the phone. If you've paid, call your bank now and then us. More 👉 {url:https://gorse.example/scam}",
              when="2028-05-03T11:00:00Z")
    SC("gorse-brand-own-scam-warning", "brand-own-post", scam, expect(IGN, "low", "payments", "none"))
    SC("gorse-repost-scam-warning", "repost", tw("steph_k_gor", "", retweet=scam, when="2028-05-03T11:06:41Z"),
       expect(IGN, "low", "payments", "indirect"))
    SC("gorse-private-fraud-card-phone", "private-details",
       tw("mick_d_gor", f"@{B} I paid a £349 'deposit' to a man on the phone who said he was from you. gave him my card 5555 5555 5555 4444 and today another £1,200 has gone. my number is 07700 900417, please ring me",
          when="2028-05-03T11:40:25Z"),
       expect(RV, "high", "payments", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("gorse-q-reply-doorstep-deposit", "question-in-reply-to-brand",
       tw("tom_k_gor", "so who was the bloke who knocked on my door last month saying he was from you and took a £50 deposit for a 'free check'? was that fake as well? I've still got his business card",
          reply_to=scam, when="2028-05-03T12:02:57Z"),
       expect(RP, "high", "payments", "direct"), note="a question under the brand's post, no @; he has lost money to a fraudster")
    amy = tw("amy_w_gor", "my dad's just agreed to a 'free survey' from someone on the phone who said they were from Gorse. they're coming Friday 😬", when="2028-05-03T13:10:00Z")
    SC("gorse-chatter-cancel-the-visit", "third-party-chatter",
       tw("steph_k_gor", "@amy_w_gor cancel it! that's the scam going round our street, Gorse Solar have said they never cold call. don't let them in and don't give any card details",
          reply_to=amy, when="2028-05-03T13:21:38Z"),
       expect(MON, "low", "payments", "third_party"), note="a stranger's advice in someone else's thread")
    SC("gorse-spam-scam-recovery", "spam",
       tw("fundfix_gor", "Lost money to the Gorse Solar cold call scam? 💸 Our certified recovery agents get your money back in 24h. 100% success, no upfront fee. DM us now ✅",
          when="2028-05-03T14:00:00Z"),
       expect(IGN, "low", "payments", "indirect"), note="scam 'fund recovery' riding on the scam story")
    SC("gorse-threat-scaffold-crew-bat", "threat-urgent",
       tw("dale_p_gor", f"@{B} six weeks your scaffolding's been up round my house with no install. if your scaffold crew turn up to take it down before the job's done I'll be waiting with a bat and they won't be walking away. not joking",
          when="2028-05-03T15:22:10Z"),
       expect(ANY, "urgent", "installs", "direct"), note="a threat of violence against the brand's crew with a real complaint: only the priority is strict")
    SC("gorse-abuse-survey-muppets", "abuse-with-problem",
       tw("kev_b_gor", f"@{B} 11 weeks for a bloody survey you absolute muppets. 3 dates rescheduled, never a phone call, never a text. do you lot even exist",
          when="2028-05-03T16:05:51Z"),
       expect(RP, "high", "installs", "direct"), note="rude, with a real and repeated problem")
    SC("gorse-nl-steiger-installateur", "non-english",
       tw("lotte_v_gor", f"@{B} De steiger staat al vier weken om ons huis en er is nog steeds niets geplaatst. Wanneer komt de installateur? Niemand belt terug.",
          lang="nl", when="2028-05-03T17:12:39Z"),
       expect(RP, "normal", "installs", "direct"), note="Dutch: scaffolding up four weeks, no installer")
    SC("gorse-common-golf-balls", "common-word",
       tw("golfmad_gor", "lost three balls in the gorse on the 7th at Harcastle. that stuff is basically barbed wire with flowers on 😤⛳",
          when="2028-05-03T18:40:02Z"),
       expect(IGN, "low", None, "none"), note="the shrub on a golf course")

    # ---- Thursday 4 May: a late frost stops heat pumps; the mis-selling programme ---------
    sian = tw("sian_o_gor", f"@{B} mum's heat pump stopped in the night and the house is down to 12 degrees. she's 84 with COPD and on home oxygen, and cold makes her breathing much worse. you've said an engineer can't come till Tuesday?",
              when="2028-05-04T07:05:22Z")
    SC("gorse-medical-copd-oxygen-heat-pump", "medical-urgent", sian, expect(RP, "urgent", "safety", "direct"),
       note="an 84-year-old on home oxygen in a cold house: a medical risk, not a routine repair")
    sian_brand = tw(B, "@sian_o_gor Siân, that's not OK and we're changing it: an engineer is coming to your mum this morning, by 11. We'll bring a heater with him. If she feels worse before then, please call 111 or 999.",
                    reply_to=sian, when="2028-05-04T07:18:40Z")
    SC("gorse-brand-reply-engineer-on-way", "brand-own-post", sian_brand, expect(IGN, "low", "safety", "none"))
    SC("gorse-fr-pompe-a-chaleur-pere", "non-english",
       tw("claude_b_gor", f"@{B} Bonjour, la pompe à chaleur de mon père ne marche plus depuis hier soir : plus de chauffage ni d'eau chaude. Il a 90 ans et il fait 11 degrés chez lui. Quelqu'un peut venir aujourd'hui ?",
          lang="fr", when="2028-05-04T07:40:15Z"),
       expect(RP, "urgent", "heat_pumps", "direct"), note="French: a 90-year-old in an 11-degree house with no heating: a risk to health")
    SC("gorse-repeat-heat-pump-third-visit", "repeat-contact",
       tw("neil_f_gor", f"@{B} third time I'm asking. the heat pump has shown error E27 since Monday, no heating or hot water in the frost, two engineer slots cancelled on the day. what is going on",
          when="2028-05-04T08:12:03Z"),
       expect(RP, "high", "heat_pumps", "direct"), note="the third contact about the same fault")
    SC("gorse-sarcasm-defrost-mode", "sarcasm-customer",
       tw("tess_a_gor", "nothing says spring like a hard frost, a Gorse heat pump stuck in 'defrost mode' for six hours and an engineer who 'might' make it Monday. so cosy 🥶🙂",
          when="2028-05-04T08:45:29Z"),
       expect(RP, "normal", "heat_pumps", "indirect"), note="sarcasm about her own heat pump, brand named without a tag", known_miss="round 14, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Gorse in a post to everyone | general chatter about the brand | topic heat_pumps: 'heat pump', 'heat pumps', 'defrost'")
    jo = tw("jo_friend_gor", "how's the new house?? send pics 🏡", when="2028-05-04T09:00:00Z")
    SC("gorse-venting-new-house-radiators", "third-party-venting",
       tw("becca_l_gor", "@jo_friend_gor lovely apart from the heat pump 🙄 Gorse have been out 3 times and it still can't get the radiators warm. we're freezing and it's MAY",
          reply_to=jo, when="2028-05-04T09:20:48Z"),
       expect(MON, "low", "heat_pumps", "third_party"), note="venting to a friend in her thread, brand not tagged")
    SC("gorse-hotline-heat-pump-on-hold", "public-hotline-number",
       tw("alan_v_gor", f"@{B} rang 0808 157 0632 four times since 7am about my heat pump. 50 minutes on hold each time and then cut off. is anyone actually there?",
          when="2028-05-04T10:02:36Z"),
       expect(RP, "high", "heat_pumps", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls make it a repeated complaint")
    SC("gorse-medical-dialysis-backup", "medical-urgent",
       tw("maria_t_gor", f"@{B} power cut on our road since 5am and the battery backup you sold us for exactly this hasn't kicked in. my husband does home dialysis overnight and his medical machine is off. what do I do?",
          when="2028-05-04T06:15:58Z"),
       expect(RP, "urgent", "safety", "direct"), note="home dialysis stopped by a failed battery backup")
    SC("gorse-big-reach-chef-heat-pump", "big-reach",
       tw("chef_ola_gor", f"Day 3 with no heating or hot water since our Gorse heat pump gave up in the frost. Engineer slot 'sometime next week'. Not what you expect after £14k. @{B}",
          when="2028-05-04T11:30:12Z",
          metrics={"retweet_count": 1_400, "reply_count": 990, "like_count": 23_100, "quote_count": 160}),
       expect(RP, "high", "heat_pumps", "indirect"), note="610k followers, a real complaint; the handle at the end")
    SC("gorse-es-prestamo-padre", "non-english",
       tw("beatriz_gor", f"@{B} A mi padre (78 años) un vendedor vuestro le hizo firmar un préstamo de 15.000 libras con intereses del 12% en su propia cocina. Él no entendía nada. Quiero cancelarlo, ¿qué hago?",
          lang="es", when="2028-05-04T12:40:04Z"),
       expect(RP, "normal", "finance", "direct"), note="Spanish: a loan sold to her elderly father at home")
    mw = tw("MoneyWatch_gor", "Tonight at 8: families say Gorse Solar salesmen promised panels that 'pay for themselves' and signed them up to finance plans they didn't understand. We ask Gorse why savings never came. {url:https://moneywatch.example/gorse}",
            when="2028-05-04T17:00:00Z",
            metrics={"retweet_count": 2_100, "reply_count": 1_300, "like_count": 9_800, "quote_count": 420})
    SC("gorse-news-mis-selling-programme", "news-monitor", mw, expect(MON, "low", "finance", "indirect"),
       note="a big programme's news about the brand: monitor, not a customer case")
    stmt = tw(B, "We know tonight's programme will be hard to watch. If you feel our sales team mis-sold you a system or a finance plan, we want to hear it: our finance team will review every case, and nobody will be chased while we do. 👉 {url:https://gorse.example/review}",
              when="2028-05-04T19:30:00Z")
    SC("gorse-brand-own-mis-selling-statement", "brand-own-post", stmt, expect(IGN, "low", "finance", "none"))
    SC("gorse-quote-statement-wrote-in-january", "quote",
       tw("frank_o_gor", "'we want to hear it' 🙃 I wrote to you in January about exactly this and got a template back. still paying £140 a month on a loan for savings that never came",
          quote=stmt, when="2028-05-04T20:10:43Z"),
       expect(RP, "normal", "finance", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; his own finance complaint, a second contact")
    SC("gorse-legal-fos-fca-mis-sold", "legal-threat-not-urgent",
       tw("harriet_gor", f"@{B} your salesman told us the panels would pay for themselves in 6 years and the finance would be covered by the savings. They aren't. We were mis-sold. My complaint goes to the Financial Ombudsman and the FCA this week.",
          when="2028-05-04T20:45:16Z"),
       expect(RP, "high", "finance", "direct"), note="a regulator threat: a strong complaint, not urgent")
    SC("gorse-threat-sales-rep-nan", "threat-urgent",
       tw("shaz_gor", f"that Gorse sales rep who talked my nan into a £14k loan at her kitchen table better not show his face on our estate again. he'll get his head kicked in and I'll do it myself @{B}",
          when="2028-05-04T21:05:27Z"),
       expect(ANY, "urgent", "finance", "indirect"), note="a threat of violence against a member of staff, with a complaint: only the priority is strict")

    # ---- Friday 5 May: a gorse fire on Harcastle Moor; repeats; EV chargers ---------------
    SC("gorse-common-fire-service-moor", "common-word",
       tw("HarcFire_gor", "⚠️ Crews are tackling a large gorse fire on Harcastle Moor. Homes on Moor Lane are being evacuated as a precaution. Keep windows closed and stay away from the area.",
          when="2028-05-05T09:15:00Z"),
       expect(IGN, "low", "safety", "none"), note="a real fire, but of the shrub: nothing to do with the installer")
    SC("gorse-common-smoke-from-garden", "common-word",
       tw("lou_g_gor", "can see the smoke from the gorse fire on harcastle moor from our back garden 😳 stay safe everyone, and stay off the moor",
          when="2028-05-05T09:48:33Z"),
       expect(IGN, "low", "safety", "none"), note="lower case, the shrub burning")
    SC("gorse-common-fire-near-solar-farm", "common-word",
       tw("ellie_v_gor", "the gorse fire is creeping towards the solar farm at the top of Harcastle Moor, smoke everywhere, the lane's been evacuated and fire crews are all along it. hope those panels make it",
          when="2028-05-05T10:20:17Z"),
       expect(IGN, "low", "safety", "none"), note="the shrub burning next to someone else's solar farm: it only sounds like the business")
    SC("gorse-repeat-export-still-nothing", "repeat-contact",
       tw("zoe_tan_gor", "it's Friday. still no export payment. you said Thursday. I've had to move money around to cover the direct debit",
          reply_to=zoe_brand, when="2028-05-05T08:30:40Z"),
       expect(RP, "high", "payments", "direct"), note="back in the brand's thread: the promise was not kept")
    zoe_brand2 = tw(B, "@zoe_tan_gor Zoe, I'm sorry, that's on us. I've checked: yours was one of 212 payments that bounced again. I've sent it by hand this morning, it'll be with you by 3pm, and we'll cover any bank charge. Reply here if it isn't.",
                    reply_to=zoe_brand, when="2028-05-05T08:52:11Z")
    SC("gorse-brand-reply-export-by-hand", "brand-own-post", zoe_brand2, expect(IGN, "low", "payments", "none"))
    SC("gorse-repeat-inverter-fourth-time", "repeat-contact",
       tw("ravi_k_gor", f"@{B} 4th time asking. the inverter has shown a fault since March, 3 engineer visits cancelled, panels producing nothing. still paying every month for a system that doesn't work",
          when="2028-05-05T09:05:26Z"),
       expect(RP, "high", "repairs", "direct"), note="the fourth contact about the same fault")
    SC("gorse-complaint-ev-charger-drops", "complaint-direct",
       tw("aidan_e_gor", f"@{B} the EV charger you put in in March keeps dropping the charging session after ten minutes. car says 'charger fault', charger says nothing. woke up to 14% again",
          when="2028-05-05T07:10:33Z"),
       expect(RP, "normal", "ev_chargers", "direct"))
    SC("gorse-it-wallbox-ricarica", "non-english",
       tw("giulia_gor", f"@{B} Buongiorno, la wallbox che avete montato ad aprile non avvia la ricarica: luce rossa e basta. Potete mandare un tecnico? Grazie",
          lang="it", when="2028-05-05T10:40:09Z"),
       expect(RP, "normal", "ev_chargers", "direct"), note="Italian: the wallbox will not start charging")
    SC("gorse-legal-small-claims-roof", "legal-threat-not-urgent",
       tw("jack_w_gor", "Gorse Solar cracked 14 roof tiles during the install and now there's a leak over our bedroom. Six weeks of excuses. Letter before action went today: small claims court next.",
          when="2028-05-05T11:12:45Z"),
       expect(RP, "high", "installs", "indirect"), note="a court threat about his own install, brand named without a tag")
    SC("gorse-indirect-roof-tiles-drive", "complaint-indirect",
       tw("fay_l_gor", "Gorse Solar left our drive covered in broken roof tiles and cable offcuts after the install, and the mess is still there nine days later. kids can't even get their bikes out",
          when="2028-05-05T12:30:18Z"),
       expect(RP, "normal", "installs", "indirect"), note="her own complaint, brand named without a tag")
    SC("gorse-indirect-typo-mcs-certificate", "complaint-indirect",
       tw("kirsty_gor", "gorse soalr still havent sent my mcs certificate 7 weeks after the install. cant get paid for anything i export without it. sort it out pls",
          when="2028-05-05T13:14:51Z"),
       expect(RP, "normal", "installs", "indirect"), note="lower case with a typo in 'solar', no tag")
    SC("gorse-html-script-generation-graph", "html-entities",
       tw("sec_noor_gor", f"@{B} since the update my generation graph in the app shows &lt;script&gt;alert('pwned')&lt;/script&gt; instead of numbers. is the app hacked or just broken?",
          when="2028-05-05T14:02:27Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("gorse-chatter-fire-drill-depot", "chatter-monitor",
       tw("depot_dan_gor", "fire drill at the Gorse Solar depot this morning. 60 of us stood in the car park in the frost for 25 minutes. no actual fire, just very cold toes 🥶",
          when="2028-05-05T08:00:44Z"),
       expect(MON, "low", "safety", "indirect"), note="a fire drill only sounds dangerous", known_miss="round 14, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got urgent; the engine read: names Gorse in a post to everyone | complaint (0.76) | a danger to health or safety: urgent | topic safety: 'fire', 'fires'")
    SC("gorse-medical-oxygen-backup-question", "medical-urgent",
       tw("ken_ox_gor", f"@{B} quick question, if the power goes will the battery keep dad's oxygen concentrator running? he's on it 24/7, it's medical. the installer said yes but the app says backup is off",
          when="2028-05-05T15:20:02Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a life-support need")

    # ---- Saturday 6 May: the weekend, praise and namesakes -------------------------------
    SC("gorse-praise-thread-export-arrived", "praise",
       tw("zoe_tan_gor", "the payment landed at 2:40 yesterday and the bank charge has been refunded too. thank you for sorting it properly 🙏",
          reply_to=zoe_brand2, when="2028-05-06T08:10:13Z"),
       expect(RP, "low", "payments", "direct"), note="praise from the customer in the brand's thread")
    SC("gorse-namesake-primary-fair", "namesake",
       tw("WindlePTA_gor", "Gorse Primary School summer fair today 11–3! 🌼 Tombola, cake stall, face painting and the Year 6 solar-powered car race at 2. See you there!",
          when="2028-05-06T07:30:00Z"),
       expect(IGN, "low", None, "none"), note="a school; 'solar-powered' sounds like the business")
    SC("gorse-namesake-gin", "namesake",
       tw("ginreview_gor", "Gorse Gin from the Saltry Distillery: distilled with hand-picked gorse flowers, tastes of coconut, toasted almond and sunshine 🍸 8/10",
          when="2028-05-06T12:00:00Z"),
       expect(IGN, "low", None, "none"), note="a gin made with the shrub's flowers")
    SC("gorse-namesake-prof-ruth-gorse", "namesake",
       tw("RadioPen_gor", "On the show this morning, Prof. Ruth Gorse on why rooftop panels and home batteries could cut a family's bills by a third, if the grid catches up 🎙️",
          when="2028-05-06T07:05:00Z"),
       expect(IGN, "low", "repairs", "none"), note="an energy researcher's surname, talking about the installer's products: still not the brand")
    SC("gorse-praise-install-team", "praise",
       tw("vicky_d_gor", f"@{B} shoutout to Dan and Priya who installed our system this week. scaffolding down the same day, explained everything twice and even hoovered the loft. 10/10",
          when="2028-05-06T09:22:38Z"),
       expect(RP, "low", "installs", "direct"))
    SC("gorse-praise-heat-pump-saturday", "praise",
       tw("dorothy_gor", "A lovely young man from Gorse Solar came out on a Saturday to mend my heat pump. Radiators warm again and he wouldn't even take a cup of tea. Thank you.",
          when="2028-05-06T11:15:27Z"),
       expect(RP, "low", "heat_pumps", "indirect"), note="praise, brand named without a tag")
    SC("gorse-hotline-praise-dad-reset", "public-hotline-number",
       tw("pat_mill_gor", "whoever answered Gorse's 0808 157 0632 line at 11pm on Thursday: thank you for talking my dad through resetting his heat pump. he's 82 and he was warm by midnight. legend",
          when="2028-05-06T10:04:50Z"),
       expect(RP, "low", "heat_pumps", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    kris = tw("kris_n_gor", "thinking of getting panels and a battery. anyone in Windle used Gorse? honest opinions please", when="2028-05-06T13:00:00Z")
    SC("gorse-chatter-recommendation-thread", "third-party-chatter",
       tw("vicky_d_gor", "@kris_n_gor we went with Gorse last spring. survey to install in five weeks, tidy crew, no pushy sales stuff. the app had a wobble on Monday but that's it. would do it again",
          reply_to=kris, when="2028-05-06T13:25:06Z"),
       expect(MON, "low", "installs", "third_party"), strict=False,
       note="a customer's recommendation in someone else's thread: don't butt in, though some would thank her for the praise")
    SC("gorse-spam-follower-selling", "spam",
       tw("growfast_gor", "Want your business to shine like Gorse Solar? ☀️📈 10k REAL followers for £19.99. Safe, fast, guaranteed. DM now 🔥",
          when="2028-05-06T14:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("gorse-html-seg-template", "html-entities",
       tw("ray_colls_gor", f"@{B} your statement email says 'Dear &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your SEG payment of £&lt;%= amount %&gt; is on its way'. so how much is it and when is it coming?",
          when="2028-05-06T15:30:19Z"),
       expect(RP, "normal", "payments", "direct"), note="a broken payment template, delivered escaped")
    SC("gorse-question-boiler-upgrade-grant", "question",
       tw("jo_friend_gor", f"@{B} do you do the boiler upgrade scheme grant on air source heat pumps, or do I have to apply myself first?",
          when="2028-05-06T16:12:44Z"),
       expect(RP, "normal", "heat_pumps", "direct"))
    SC("gorse-praise-long-ago-injury", "praise",
       tw("marie_c_gor", f"@{B} a year ago today your scaffolder Mike caught my son when he fell off our garden wall. the injury's long healed, Alfie's fine and still climbing everything. tell Mike we still talk about him ❤️",
          when="2028-05-06T17:40:31Z"),
       expect(RP, "low", "safety", "direct"), note="thanks; the injury was a year ago and is over, so not urgent")
    SC("gorse-chatter-nearly-died-laughing", "chatter-monitor",
       tw("hanna_w_gor", "the new Gorse Solar advert with the nan breakdancing on the roof 😂 I nearly died laughing. absolute fire",
          when="2028-05-06T20:05:18Z"),
       expect(ANY, "low", ANY, "indirect"),
       note="'nearly died' and 'fire' are praise for an advert: nothing dangerous; monitor it or say thanks, either way low")

    # ---- Sunday 7 May ----------------------------------------------------------------------
    SC("gorse-namesake-gorse-lane", "namesake",
       tw("pennockroad_gor", "🚧 Gorse Lane in Pennock closed from Monday for two weeks for resurfacing. Diversion via Station Road; the 42 bus stops outside the library instead.",
          when="2028-05-07T08:00:00Z"),
       expect(IGN, "low", None, "none"), note="a street called Gorse Lane")
    SC("gorse-namesake-gorse-hill-parkrun", "namesake",
       tw("hikerkate_gor", "Gorse Hill parkrun PB this morning 🏃‍♀️ 26:41, and I only walked up the big hill once",
          when="2028-05-07T10:05:12Z"),
       expect(IGN, "low", None, "none"), note="a place called Gorse Hill")
    SC("gorse-common-kissing-saying", "common-word",
       tw("nanquotes_gor", "nan, every spring: 'when gorse is out of blossom, kissing's out of fashion'. it's always in blossom somewhere. that's the whole point 💛",
          when="2028-05-07T09:30:42Z"),
       expect(IGN, "low", None, "none"), note="an old saying about the shrub")
    SC("gorse-common-paddock-panels", "common-word",
       tw("paddock_gor", "spent the whole weekend ripping gorse out of the paddock so the lads can get to the stable roof to put the panels on. arms look like I lost a fight with a cat 🐈",
          when="2028-05-07T12:15:06Z"),
       expect(IGN, "low", ANY, "none"), note="clearing the shrub, beside words that sound like the business")
    SC("gorse-indirect-warranty-pigeons", "complaint-indirect",
       tw("will_p_gor", "3 of my Gorse panels have stopped working and they say the warranty doesn't cover 'bird damage'. the pigeons only got in because their bird proofing fell off after a month",
          when="2028-05-07T13:40:22Z"),
       expect(RP, "normal", "repairs", "indirect"), note="his own complaint, brand named without a tag")
    SC("gorse-in-passing-sunday-rant", "complaint-in-passing",
       tw("mo_rant_gor", f"sunday so far: kids up at 5, coffee machine dead, rain the minute the washing went out, and the wallbox @{B} fitted in April STILL won't start charging the car. I give up. back to bed",
          when="2028-05-07T09:10:55Z"),
       expect(RP, "normal", "ev_chargers", "indirect"), note="the brand tagged in the middle of a list of bad things", known_miss="round 14, not met yet: topic: want \"ev_chargers\", got installs; the engine read: tags @GorseSolar in a post to everyone | complaint (0.99) | topic installs: 'fitted', 'fitting'")
    return brand


BRANDS["gorse-solar"] = ("GorseSolar", 5678901245, build_gorse_solar)
