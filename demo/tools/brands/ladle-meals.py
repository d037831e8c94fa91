# Ladle Meals ("Ladle"): a made-up caterer in the made-up borough of Wendmoor. It cooks school
# meals for primaries and secondaries (Pike Lane Primary, Wendmoor Primary, St Brannock's,
# Staverley Academy, Harrowfield High) in school kitchens and one central production kitchen,
# and runs a parents' app for menus, pre-orders, allergy and diet records and dinner-money
# top-ups, with free school meals handled for the council. It also feeds two care homes
# (Elmcroft House, Birchwood Lodge), the wards of Staverley General Hospital and a meals-on-wheels
# round for older people at home.
# "Ladle" is also an ordinary word and a name: a ladle is the soup spoon in every kitchen drawer
# ("on ladle duty"), and people "ladle out" money or "ladle on the praise". Ladle on Cornmarket is
# a soup café, The Ladle a kitchen shop on Bridge Street, Chef Ladle a cartoon chef in children's
# picture books, Ladle a surname (Kai Ladle plays for Wendmoor Town) and Golden Ladle a racehorse.
# None of them is the company.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The first week of the
# autumn term, 4 to 10 September 2028. On Monday (an INSET day for most primaries, Year 7's first
# day at the secondaries) parents top up for the first time and some top-ups are taken twice. On
# Tuesday the app is down at breakfast on the first day back, double charges pile up, a Muslim
# girl is served pork from the halal line and the portions are small. On Wednesday a boy with a
# nut allergy at Pike Lane is served a "nut-free" flapjack with hazelnuts and goes to hospital by
# ambulance; other allergic children's parents ask, a TV chef weighs in, the paper reports it. On
# Thursday a care-home resident on a pureed diet chokes on a sandwich, the central kitchen gets a
# food hygiene rating of 1, pupils at Harrowfield High are sick after a chicken curry and a father
# threatens the kitchen. On Friday come the fake "Ladle Refunds" and giveaways, short portions at
# the secondaries, a piece of metal in a pasta bake, a cook scalded by an urn and the dinner ladies'
# side of the story. At the weekend: care homes, hospital wards, a meals-on-wheels customer with
# dementia missing from her flat, a threat against a dinner lady, praise, and the soup café, the
# kitchen shop, the cartoon chef, the racehorse, a footballer and a lot of ordinary ladles.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_ladle_meals():
    global CURRENT_BRAND, CLOCK
    brand = Brand("ladle-meals", SCEN_DIR / "ladle-meals.plan.toml", "LadleMeals", 7478901245,
                  1861220000000007901)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-09-04T05:30:00Z")
    B = "LadleMeals"
    user(B, "Ladle Meals", 7478901245,
         "School, care-home and hospital meals across Wendmoor, cooked fresh. Parents' app for menus, allergies & top-ups. "
         "Help 7am–7pm Mon–Fri, 9–5 weekends: 0808 157 0455. We never ask for card numbers here.",
         21_400, following=640, tweets=9_800, listed=95, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 13040100000 + _n[0] * 4129, bio, followers, **kw)

    person("mrs_k_teach_lm", "Kath Kelleher", "Year 4 teacher. Wendmoor. Laminator whisperer.", 410)
    person("nia_o_lm", "Nia Owusu", "Wendmoor. New Reception mum. Terrified.", 160)
    person("dawn_p_lm", "Dawn Price", "Staverley. T1D mum. Carb-counting for two.", 380)
    person("LadleSoupCo_lm", "Ladle · soup café", "Soup, bread & good coffee. 14 Cornmarket, Wendmoor. Mon–Sat 8–4.", 2_900)
    person("geoff_m_lm", "Geoff Morley", "Retired postman. Visits Dad every day.", 120)
    person("tanya_r_lm", "Tanya Reid", "Staverley. Mum of a brand new Year 7.", 230)
    person("ana_c_lm", "Ana Carvalho", "Do Porto para Wendmoor. Mãe do Tomás.", 140)
    person("priya_d_lm", "Priya Desai", "Wendmoor. Two kids, one spreadsheet.", 300)
    person("rob_h_lm", "Rob Hale", "Pike Lane dad. Twins in Year 1.", 90)
    person("kirsten_lm", "Kirsten Ward", "Pike Lane PTA. Muter of group chats.", 520)
    person("mark_t_lm", "Mark Tully", "Wendmoor. Shift worker. Early riser, not by choice.", 150)
    person("jo_w_lm", "Jo Whitfield", "Pike Lane mum. Coffee first.", 340)
    person("jens_k_lm", "Jens Krüger", "Aus Hannover, jetzt in Wendmoor. Papa von Lukas.", 110)
    person("samira_b_lm", "Samira Begum", "Staverley. Mum of three. Organised chaos.", 260)
    person("lucia_m_lm", "Lucía Moreno", "Malagueña en Wendmoor. Mamá de Carmen.", 190)
    person("farah_a_lm", "Farah Akhtar", "Staverley. Pharmacist. Mum of an 11-year-old.", 430)
    person("lou_t_lm", "Lou Tennant", "Wendmoor. Asks how everyone's day was.", 280)
    person("bex_lm", "Bex Carrow", "Harrowfield. Mum to a bottomless pit called Josh.", 310)
    person("quipster_lm", "Rory Quill", "Puns, mostly. Wendmoor.", 870)
    person("chi_o_lm", "Chioma Okafor", "Wendmoor. Reception mum, again. Wine enthusiast.", 240)
    person("kev_d_lm", "Kevin Dale", "Forklift driver. Dad of one. Pike Lane.", 70)
    person("LadleCare_lm", "Ladle Meals Support 🥣", "Official support for Ladle Meals customers. DM us for fast refunds 🔒", 35,
           following=4_700)
    person("meg_s_lm", "Meg Sutton", "Home cook. Homework police.", 190)
    person("gav_r_lm", "Gavin Rowe", "Dad of a suspicious 7 year old.", 150)
    person("dev_s_lm", "Dev Sandhu", "Front-end developer. Notices broken pages.", 1_300)
    person("helen_w_lm", "Helen Walsh", "Pike Lane mum to Sam (8). Nurse.", 330)
    person("nat_b_lm", "Natalie Burns", "Pike Lane mum of two. Hears everything at the gate.", 450)
    person("pass_it_on_lm", "Colin Pratt", "Passes things on.", 60)
    person("claire_d_lm", "Claire Dubois", "Française à Wendmoor. Maman de Léa.", 170)
    person("chefmarcus_lm", "Marcus Obi", "Chef. Cook Along with Marcus, Saturdays on Channel 9. Feeding kids properly is my thing.",
           910_000, following=1_200, listed=3_900, verified=True)
    person("gemma_h_lm", "Gemma Holt", "Pike Lane. Mum to Leo (peanut allergy) and Alfie.", 210)
    person("tash_lm", "Tash Ellery", "Pike Lane mum. Calm in a crisis, allegedly.", 380)
    person("WendmoorPost_lm", "Wendmoor Post", "News for Wendmoor, Staverley and Harrowfield since 1888.", 36_000,
           following=800, verified=True)
    person("mel_lm", "Mel Corrigan", "Harrowfield. Always on the group chat.", 200)
    person("carla_lm", "Carla Finch", "Harrowfield. Tired. Very tired.", 180)
    person("banter_bill_lm", "Bill Hooper", "I make the jokes so you don't have to.", 640)
    person("rugbymum_lm", "Donna Keyes", "Wendmoor RFC tea lady. Chilli queen.", 290)
    person("TheLadleShop_lm", "The Ladle", "Kitchen shop on Bridge Street, Wendmoor. Pans, knives, lunchboxes & good advice.", 1_700)
    person("isla_mum_lm", "Rachel Grey", "Pike Lane mum. Isla (7) has a tree nut allergy.", 150)
    person("amy_f_lm", "Amy Fenn", "Pike Lane. Reception and Year 3.", 220)
    person("dan_w_lm", "Dan Walsh", "Sam's dad. Electrician.", 140)
    person("sharon_b_lm", "Sharon Brooks", "Wendmoor. Mum of Tyler.", 90)
    person("julie_p_lm", "Julie Palmer", "Daughter. Carer. Keeps lists.", 260)
    person("giulia_r_lm", "Giulia Rossi", "Italiana a Wendmoor. Figlia apprensiva.", 130)
    person("sonia_k_lm", "Sonia Kaur", "Harrowfield High mum. Bus timetable expert.", 410)
    person("wayne_c_lm", "Wayne Cobb", "Harrowfield. Says it once.", 60)
    person("sanne_lm", "Sanne de Vries", "Nederlandse in Harrowfield.", 120)
    person("marieke_lm", "Marieke Bakker", "Moeder van Fleur (13). Harrowfield High.", 150)
    person("pauline_g_lm", "Pauline Grant", "Wendmoor. Looking after Mum.", 100)
    person("leanne_h_lm", "Leanne Hart", "Staverley. Mum of a Year 7 who lives on chicken.", 320)
    person("older_mum_lm", "Bev Lomas", "Four kids through Harrowfield. I've seen it all.", 540)
    person("ayesha_r_lm", "Ayesha Rahman", "Pike Lane mum of a dairy-free 6 year old.", 280)
    person("punter_pete_lm", "Pete Gallagher", "Horses, darts and a fiver each way.", 1_100)
    person("nina_f_lm", "Nina Ford", "Wendmoor. Cooks for a fussy 9 year old.", 150)
    person("LadleRefunds_lm", "Ladle Refunds Team ✅", "Official refunds and compensation for Ladle Meals families ✅", 70,
           following=4_900)
    person("kirsty_m_lm", "Kirsty Mann", "Staverley. Checks every link twice.", 180)
    person("FreebieMum_lm", "Freebie Mum 🎁", "Giveaways, vouchers & freebies for busy mums every day 🎉", 3_100,
           following=4_900)
    person("steve_o_lm", "Steve Ogden", "Harrowfield rugby dad. Feeds a 6ft 15 year old.", 210)
    person("pieter_v_lm", "Pieter Visser", "Nederlander in Staverley. Vader van Daan.", 140)
    person("dinnerlady_lm", "Maureen Cole", "School cook, 11 years. Harrowfield. Tired feet.", 330)
    person("mumsays_lm", "Zara Quinn", "Mum of 3, writer of 'Mum Says'. Parenting, money and muddling through.",
           780_000, following=2_100, listed=2_600, verified=True)
    person("karim_s_lm", "Karim Saleh", "Staverley. Pay and say, apparently.", 160)
    person("tom_a_lm", "Tom Archer", "St Brannock's dad. Plumber.", 120)
    person("hannah_l_lm", "Hannah Lowe", "Staverley Academy parent. School run taxi.", 270)
    person("gran_friend_lm", "Sheila Ward", "Retired. Knits for the grandkids.", 80)
    person("carol_b_lm", "Carol Birch", "Only daughter. Visits Mum at Birchwood every day.", 110)
    person("leila_t_lm", "Leila Tran", "Staverley. Angry mum. Justifiably.", 190)
    person("sleepy_dad_lm", "Owen Price", "Dad of two. Reads the same book every night.", 260)
    person("WendmoorTown_lm", "Wendmoor Town FC", "Official account of Wendmoor Town FC ⚽ The Millers.", 12_800, verified=True)
    person("baker_bea_lm", "Bea Lindsay", "Bakes. Crumbles. Mother-in-law survivor.", 630)
    person("karen_j_lm", "Karen Jeffs", "Wendmoor. Daughter of a very independent mum.", 120)
    person("ruth_s_lm", "Ruth Simmons", "Ward 6 survivor. Left-handed now, apparently.", 150)
    person("ben_e_lm", "Ben Ellis", "Staverley. Eli's dad. Reads every label.", 240)
    person("fabio_s_lm", "Fábio Santos", "Brasileiro em Wendmoor. Pai do Lucas.", 170)
    person("raj_p_lm", "Raj Patel", "Staverley. Husband, carer, tired.", 100)
    person("georgie_lm", "Georgie Holt", "Wendmoor. Two boys, one car, no time.", 210)
    person("angrydad_lm", "Lee Barton", "Says what everyone's thinking.", 45)
    person("dani_w_lm", "Dani Webb", "Harrowfield. Turmeric stains on everything.", 170)
    person("harvest_hen_lm", "Jen Holloway", "Church flowers, harvest suppers and a bad foot.", 90)
    person("alex_m_lm", "Alex Mercer", "Student son's chauffeur.", 200)
    person("sharon_ladle_lm", "Sharon Ladle", "Wendmoor. Darts on Thursdays.", 140)
    person("bookworm_kat_lm", "Kat Ferris", "Picture books, cold tea, bedtime negotiations.", 480)
    person("RacingDesk_lm", "Kelsford Racing Desk", "Runners, riders and results from Kelsford racecourse.", 22_000)
    person("soupfan_lm", "Dom Ashcroft", "Lunch is the best meal. Fight me.", 310)
    person("maria_g_lm", "María García", "Sevillana en Staverley. Mamá de Pablo.", 150)
    person("elena_v_lm", "Elena Vitale", "Pike Lane. Reminders, lists, lunchboxes.", 170)
    person("wendy_p_lm", "Wendy Pryce", "Wendmoor. Chases everyone for everything.", 130)
    person("MumsPodcast_lm", "School Gate Stories", "The podcast about what really happens at the school gate. New episode Sundays.",
           41_000, following=900)
    person("rosie_k_lm", "Rosie Kerr", "Harrowfield. Mum of a 14 year old hollow leg.", 160)
    person("ella_n_lm", "Ella Nash", "Pike Lane. Drama in the PTA, none at home.", 220)
    person("frank_d_lm", "Frank Dyer", "Grandad. Leeds fan. Meals on wheels critic.", 70)

    # ---- Monday 4 September: INSET day at most primaries, Year 7 starts, the first top-ups ---------
    SC("lm-common-ladling-out-praise", "common-word",
       tw("mrs_k_teach_lm", "INSET day. The head has been ladling out the praise all morning like it's free soup at a harvest supper. Apparently we 'smashed' the summer reading challenge. I'll take the ladle and run",
          when="2028-09-04T06:45:12Z"),
       expect(IGN, "low", None, "none"), note="'ladle' as an everyday word at a teachers' training day")
    SC("lm-question-topup-before-day-one", "question",
       tw("nia_o_lm", f"@{B} hi, first time doing this. Do I need to top up dinner money before tomorrow, or can my son have lunch on day one and I pay later? He's starting Reception at Wendmoor Primary",
          when="2028-09-04T07:15:40Z"),
       expect(RP, "normal", "dinner_money", "direct"))
    SC("lm-medical-t1d-carb-counts", "medical-urgent",
       tw("dawn_p_lm", f"@{B} morning! my daughter has type 1 diabetes and starts Year 7 at Staverley Academy today. Does the app show the carbs for each meal so she can work out her insulin at lunch? The school nurse told me to ask you",
          when="2028-09-04T07:50:03Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a child's insulin dose: a medical need")
    SC("lm-namesake-soup-cafe-reopens", "namesake",
       tw("LadleSoupCo_lm", "We're back from our summer break! 🥣 Today at Ladle: roast tomato &amp; red pepper, leek &amp; potato, and a Thai green chicken soup. Sourdough on the side, as ever. See you on Cornmarket",
          when="2028-09-04T08:30:00Z"),
       expect(IGN, "low", None, "none"), note="Ladle the soup café, not the caterer", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Ladle Meals in a post to everyone | general chatter about the brand")
    SC("lm-praise-care-home-birthday-cake", "praise",
       tw("geoff_m_lm", "Big thank you to Ladle at Birchwood Lodge care home for the cake they made for Dad's 90th today. He doesn't remember much these days but he remembered that cake. The other residents all had a slice too ❤️",
          when="2028-09-04T11:05:27Z"),
       expect(RP, "low", "care_meals", "indirect"), note="thanks, brand named without a tag")
    SC("lm-complaint-year7-cold-jacket", "complaint-direct",
       tw("tanya_r_lm", f"@{B} first day of Year 7 at Staverley Academy and my son queued 35 minutes, got to the front and the only hot option left was a cold jacket potato. He had 10 minutes to eat it. Not a great welcome",
          when="2028-09-04T13:20:48Z"),
       expect(RP, "normal", "menus", "direct"))
    SC("lm-pt-vegetariano-escolher", "non-english",
       tw("ana_c_lm", f"@{B} Olá! O meu filho começa amanhã na Wendmoor Primary. Ele é vegetariano: como escolho as refeições vegetarianas no aplicativo? Obrigada",
          lang="pt", when="2028-09-04T14:02:19Z"),
       expect(RP, "normal", "menus", "direct"), note="Portuguese: choosing vegetarian meals in the app")
    welcome = tw(B, "Welcome back! 🥕 Most of our primary schools open tomorrow. Top up dinner money in the Ladle app before 9am and your child's balance will be ready for lunch. Weeks 1–3 are in the app now.",
                 when="2028-09-04T16:00:00Z")
    SC("lm-brand-own-welcome-back", "brand-own-post", welcome, expect(IGN, "low", "dinner_money", "none"))
    SC("lm-private-double-topup-email", "private-details",
       tw("priya_d_lm", f"@{B} I topped up £40 for my two tonight and it's taken it twice, £80 gone from my account and the balance only shows £40. Parent account LM-5520931, priya.desai@mailbox.example. Can you refund one?",
          when="2028-09-04T19:35:51Z"),
       expect(RV, "normal", "dinner_money", "direct"), note="a parent account number and an email address in public", known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @LadleMeals | exposes an account, booking or security code and an e-mail address in public: answer privately | complaint (0.65) | money lost to fraud | topic dinner_money: 'top up', 'topped up', 'balance', 'refund', an amount of money")
    SC("lm-q-reply-fsm-negative-balance", "question-in-reply-to-brand",
       tw("rob_h_lm", "does that go for the free school meals kids too? school says the twins don't need topping up as they're infants, but the app shows a balance of -£2.30 already",
          reply_to=welcome, when="2028-09-04T20:12:33Z"),
       expect(RP, "normal", "dinner_money", "direct"), note="a question under the brand's post, no @")
    SC("lm-chatter-whatsapp-140", "chatter-monitor",
       tw("kirsten_lm", "The Pike Lane parents' whatsapp has had 140 messages tonight about the Ladle app. 140. School starts tomorrow and nobody knows what a 'meal credit' is",
          when="2028-09-04T21:30:06Z"),
       expect(MON, "low", "app", "indirect"), note="talk about the brand, nothing to answer")

    # ---- Tuesday 5 September: first day back; the app is down at breakfast; double charges -----------
    mark = tw("mark_t_lm", f"@{B} app won't load, just spinning. I need to top up before 9 or my daughter gets no lunch on her first day. Is it down?",
              when="2028-09-05T06:52:10Z")
    SC("lm-complaint-app-wont-load", "complaint-direct", mark, expect(RP, "high", "app", "direct"),
       note="the app is down: a service outage", known_miss="round 17, not met yet: priority: want \"high\", got normal; the engine read: addressed to @LadleMeals | complaint (0.78) | topic app: 'app', 'won't load'")
    mark_brand = tw(B, "@mark_t_lm Morning Mark. Yes, the app is down and our team is on it. Your daughter will still get her lunch today: schools will let every child eat and you can pay later. We'll post here when it's back.",
                    reply_to=mark, when="2028-09-05T07:08:00Z")
    SC("lm-indirect-app-down-killing-me", "complaint-indirect",
       tw("jo_w_lm", "Ladle app has been down since 6am and it's killing me. Half the parents at Pike Lane are stood at the gate refreshing it. Brilliant start to the year",
          when="2028-09-05T07:21:44Z"),
       expect(RP, "high", "app", "indirect"), note="'killing me' is a figure of speech; the app outage makes it high")
    SC("lm-de-app-funktioniert-nicht", "non-english",
       tw("jens_k_lm", f"@{B} Guten Morgen, die App funktioniert nicht, seit 6 Uhr kommt nur eine Fehlermeldung. Ich kann kein Geld aufladen. Bekommt mein Sohn heute trotzdem ein Mittagessen?",
          lang="de", when="2028-09-05T07:33:29Z"),
       expect(RP, "high", "app", "direct"), note="German: the app is down and he can't top up")
    appdown = tw(B, "Our app is down this morning and we're working on it. Don't worry: no child will go without lunch today. Schools will let every child eat and you can pay later. Next update at 10am.",
                 when="2028-09-05T08:05:00Z")
    SC("lm-brand-own-app-down", "brand-own-post", appdown, expect(IGN, "low", "app", "none"))
    SC("lm-q-reply-halal-preorder", "question-in-reply-to-brand",
       tw("samira_b_lm", "will the app be back before lunchtime? I can't pre-order my daughter's halal meal without it and she won't eat anything else",
          reply_to=appdown, when="2028-09-05T08:31:15Z"),
       expect(RP, "high", "app", "direct"), strict=False,
       note="a question under the brand's post, no @, during the outage (high for the outage, or normal as a plain question)")
    SC("lm-thread-pending-topup", "thread-with-brand",
       tw("mark_t_lm", "thanks, she got her lunch. but it's 9:15, still down, and now my bank shows £25 pending from a top-up that never went through. will that come back?",
          reply_to=mark_brand, when="2028-09-05T09:14:37Z"),
       expect(RP, "high", "dinner_money", "direct"), note="back in the brand's thread without an @: money held on top of the outage")
    appback = tw(B, "The app is back. If you topped up more than once this morning, any duplicate payment will be refunded automatically within 5 working days. Sorry for the stress on day one.",
                 when="2028-09-05T10:30:00Z")
    SC("lm-quote-five-working-days", "quote",
       tw("karim_s_lm", "'within 5 working days'. You took my £32 top up three times, that's £96 gone, and rent is due on Friday. I need that refund today, not next week",
          quote=appback, when="2028-09-05T10:52:08Z"),
       expect(RP, "high", "dinner_money", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; money taken three times (high, or normal as a first complaint)")
    SC("lm-es-cobrado-dos-veces", "non-english",
       tw("lucia_m_lm", f"@{B} Hola, esta mañana me han cobrado dos veces la recarga de 30 libras para el comedor de mi hija. ¿Cuándo me devuelven el dinero? Gracias",
          lang="es", when="2028-09-05T11:40:22Z"),
       expect(RP, "normal", "dinner_money", "direct"), note="Spanish: a top-up charged twice")
    farah = tw("farah_a_lm", "My daughter came home from Staverley Academy in tears. She chose the halal chicken on the Ladle counter and after she'd eaten half of it a dinner lady said oh, that tray was pork. She's 11 and it's her second day. How does this happen?",
               when="2028-09-05T15:55:31Z")
    SC("lm-indirect-halal-pork", "complaint-indirect", farah, expect(RP, "normal", "menus", "indirect"), strict=False,
       note="a religious diet broken, not a health risk; normal as a first complaint, though some desks would call it high")
    lou = tw("lou_t_lm", "@bex_lm how was Josh's first day at big school??", when="2028-09-05T16:10:02Z")
    bex = tw("bex_lm", "@lou_t_lm loved it apart from lunch. Ladle gave him a portion of pasta you could fit in an egg cup and he was starving by 2. £2.85 for that",
             reply_to=lou, when="2028-09-05T16:24:46Z")
    SC("lm-venting-egg-cup-portion", "third-party-venting", bex, expect(MON, "low", "menus", "third_party"),
       note="a parent venting to a friend in a reply, brand not tagged")
    SC("lm-joke-teaspoon", "joke-bystander",
       tw("quipster_lm", "@bex_lm @lou_t_lm Ladle? with portions like that they should rename it Teaspoon 😂",
          reply_to=bex, when="2028-09-05T16:40:19Z"),
       expect(IGN, "low", "menus", "third_party"), note="a stranger's pun on the name in someone else's thread")
    chi = tw("chi_o_lm", f"first day back recap: lost a shoe before 8am, the reception teacher called me Mrs Harris (it's Ms Okafor), and @{B} took my £20 top up twice. wine o'clock please",
             when="2028-09-05T17:05:55Z")
    SC("lm-in-passing-first-day-recap", "complaint-in-passing", chi, expect(RP, "normal", "dinner_money", "indirect"),
       note="the brand tagged in the middle of a list")
    SC("lm-spam-fake-support-card-details", "spam",
       tw("LadleCare_lm", "@chi_o_lm So sorry about the double charge! Ladle Meals support here 🥣 DM us your card details and we'll sort it within the hour",
          reply_to=chi, when="2028-09-05T17:16:40Z"),
       expect(IGN, "low", "scams", "third_party"), note="a fake support account fishing for card details in a customer's thread", known_miss="round 17, not met yet: topic: want \"scams\", got dinner_money; the engine read: a reply in someone else's conversation that does not tag the brand | speaks as the brand's support and asks for details: an impersonator | topic dinner_money: 'double charged', 'charged'")
    SC("lm-private-refund-phone", "private-details",
       tw("kev_d_lm", f"@{B} still waiting on the refund for this morning's double top up. Parent account LM-7730214, ring me on 07700 900512 after 5, I'm at work till then",
          when="2028-09-05T18:20:13Z"),
       expect(RV, "normal", "dinner_money", "direct"), note="an account number and a mobile number in public")
    SC("lm-common-soup-and-spellings", "common-word",
       tw("meg_s_lm", "First proper soup of the autumn. Ladle in one hand, spelling list in the other, the dog under my feet. Back to school is chaos and I love it",
          when="2028-09-05T19:05:37Z"),
       expect(IGN, "low", None, "none"), note="a ladle in someone's kitchen", known_miss="round 17, not met yet: action: want \"ignore\", got respond_public; addressed: want \"none\", got indirect; the engine read: names Ladle Meals in a post to everyone | praise: thank them")

    # ---- Wednesday 6 September: a boy with a nut allergy is served hazelnuts at Pike Lane ------------
    SC("lm-question-dying-to-know", "question",
       tw("gav_r_lm", f"@{B} dying to know what 'Mystery Bake' on Thursday's menu actually is. asking for a very suspicious 7 year old",
          when="2028-09-06T07:31:09Z"),
       expect(RP, "normal", "menus", "direct"), note="'dying to know' is a figure of speech: an ordinary question")
    SC("lm-html-preorder-template", "html-entities",
       tw("dev_s_lm", f"@{B} the pre-order screen in your app just shows &lt;td&gt;{{{{meal_name}}}}&lt;/td&gt; in every box &amp; nothing else. how am I meant to pick my daughter's lunches for next week?",
          when="2028-09-06T08:14:50Z"),
       expect(RP, "normal", "app", "direct"), note="a broken template, delivered escaped, around a real problem")
    helen = tw("helen_w_lm", f"@{B} my son has a severe nut allergy and it's on his record in your app. Pike Lane just rang: he was given a flapjack at lunch with hazelnuts in it. His throat closed up, they used his EpiPen and he's in an ambulance to Staverley General. HOW?",
               when="2028-09-06T12:41:03Z")
    SC("lm-medical-nut-allergy-epipen", "medical-urgent", helen, expect(RP, "urgent", "safety", "direct"),
       note="the week's worst incident: anaphylaxis at school, ambulance on the way")
    helen_brand = tw(B, "@helen_w_lm Helen, we are so sorry. Our head of food safety, Dr Amira Shah, is on her way to Pike Lane now and every flapjack has been pulled from our kitchens. She will call you this afternoon.",
                     reply_to=helen, when="2028-09-06T12:58:00Z")
    SC("lm-safety-gate-ambulance-check", "safety-urgent",
       tw("nat_b_lm", "Ambulance outside Pike Lane Primary and word at the gate is a child had an allergic reaction to the Ladle lunch. If your child has allergies please check what they ate today and call the school",
          when="2028-09-06T13:05:26Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a parent at the gate: other allergic children may have eaten the same batch")
    stmt = tw(B, "A pupil at Pike Lane Primary had an allergic reaction after lunch today. We have withdrawn the oat flapjack from every school, care home and hospital we serve while we investigate. If your child has a nut allergy and ate a flapjack today, please speak to the school.",
              when="2028-09-06T13:30:00Z")
    SC("lm-brand-own-flapjack-withdrawn", "brand-own-post", stmt, expect(IGN, "low", "safety", "none"))
    SC("lm-repost-flapjack-statement", "repost", tw("pass_it_on_lm", "", retweet=stmt, when="2028-09-06T13:44:17Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("lm-fr-allergique-arachides", "medical-urgent",
       tw("claire_d_lm", f"@{B} Bonjour, ma fille Léa est allergique aux arachides et mange à la cantine de St Brannock's. Après ce qui s'est passé à Pike Lane, pouvez-vous me confirmer que son allergie est bien notée et que le flapjack est retiré partout ?",
          lang="fr", when="2028-09-06T14:10:48Z"),
       expect(RP, "urgent", "safety", "direct"), note="French, a calm question about a child's peanut allergy")
    SC("lm-thread-nut-allergy-who-made-it", "thread-with-brand",
       tw("helen_w_lm", "he's stable and breathing on his own, they're keeping him in tonight. no call from Dr Shah yet. his allergy has been on your system since Reception. I want to know who made that flapjack and who checked it",
          reply_to=helen_brand, when="2028-09-06T16:02:35Z"),
       expect(RP, "urgent", "safety", "direct"), strict=False,
       note="in the brand's thread without an @: the boy is stable in hospital; urgent while it is still unfolding, or high")
    SC("lm-big-reach-chef-allergen", "big-reach",
       tw("chefmarcus_lm", f"A boy with a known nut allergy was served nuts in his school lunch today. Allergen mistakes in school catering are completely preventable: labels, separate prep, checks at the hatch. @{B}, parents deserve to know exactly how this happened.",
          when="2028-09-06T17:15:00Z",
          metrics={"retweet_count": 2_400, "reply_count": 1_100, "like_count": 19_000, "quote_count": 380}),
       expect(RP, "high", "safety", "indirect"),
       note="910k followers; the flapjack has been withdrawn, so nobody is at risk from this post: high, not urgent", known_miss="round 17, not met yet: priority: want \"high\", got urgent; the engine read: tags @LadleMeals in a post to everyone | a medical need: urgent | topic safety: 'nut allergy', 'allergy', 'allergie', 'allergen'")
    gemma = tw("gemma_h_lm", "@tash_lm have you heard about Pike Lane? Leo's got a peanut allergy and I'm literally shaking. What if it had been him",
               when="2028-09-06T17:30:12Z")
    SC("lm-chatter-flapjacks-pulled", "third-party-chatter",
       tw("amy_f_lm", "@gemma_h_lm @tash_lm they've pulled the flapjacks from every school, it's on Ladle's page. our teacher said every child with allergies was checked at lunch. try not to panic x",
          reply_to=gemma, when="2028-09-06T17:48:39Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's reassurance inside someone else's thread", known_miss="round 17, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a medical need: urgent | topic safety: 'allergy', 'allergie'")
    SC("lm-news-boy-allergic-reaction", "news-monitor",
       tw("WendmoorPost_lm", "Boy, 8, taken to hospital after an allergic reaction to his school lunch at Pike Lane Primary. Caterer Ladle Meals has withdrawn a flapjack from all its sites. {url:https://wendmoorpost.example/news/pike-lane-allergy}",
          when="2028-09-06T18:30:00Z"),
       expect(MON, "low", "safety", "indirect"))
    tash = tw("tash_lm", "@isla_mum_lm did Isla have lunch at school today?? the Pike Lane thing", when="2028-09-06T19:40:00Z")
    SC("lm-medical-in-thread-puffy-lips", "medical-urgent",
       tw("isla_mum_lm", "@tash_lm she's just told me she had a bit of the flapjack at lunch too, and she's got a tree nut allergy. she seems fine but her lips look a bit puffy. Ladle's statement says speak to the school but it's 8pm??",
          reply_to=tash, when="2028-09-06T19:58:21Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="in a friend's thread, said calmly: a child with a nut allergy who ate the flapjack and has swelling lips; whether to step in is a judgement, the priority is strict")
    SC("lm-abuse-charged-twice-sandwich", "abuse-with-problem",
       tw("priya_d_lm", f"@{B} you useless lot. Charged me TWICE on Monday night, refund 'within 5 working days' my arse, and now the app says my son owes £4.60 so he got a cheese sandwich today instead of a hot dinner. sort your shit out",
          when="2028-09-06T17:05:40Z"),
       expect(RP, "high", "dinner_money", "direct"), note="rude, with real money taken twice and a child given less")
    SC("lm-common-rugby-ladle-duty", "common-word",
       tw("rugbymum_lm", "Rugby club tea tonight. I was on ladle duty for 40 lads and a vat of chilli. Right arm has left the chat 💪",
          when="2028-09-06T20:35:44Z"),
       expect(IGN, "low", None, "none"))
    SC("lm-namesake-kitchen-shop-lunchboxes", "namesake",
       tw("TheLadleShop_lm", "Back to school at The Ladle: lunchboxes, bento boxes, food flasks and water bottles all 20% off until Sunday 🍱 Pop into the kitchen shop on Bridge Street",
          when="2028-09-06T09:30:00Z"),
       expect(IGN, "low", "kitchens", "none"), note="The Ladle kitchen shop; 'kitchen' is a keyword but this is not the caterer", known_miss="round 17, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Ladle Meals in a post to everyone | general chatter about the brand | topic kitchens: 'kitchen'")

    # ---- Thursday 7 September: a choking at Elmcroft House, a hygiene rating of 1, a sick school ----
    news_hyg = tw("WendmoorPost_lm", "Ladle Meals' central kitchen in Wendmoor, which cooks for 40 schools, has been given a food hygiene rating of 1 ('major improvement necessary') after inspectors found mouse droppings and a fridge running warm. {url:https://wendmoorpost.example/news/ladle-hygiene}",
                  when="2028-09-07T06:45:00Z")
    SC("lm-news-hygiene-rating-one", "news-monitor", news_hyg, expect(MON, "low", "kitchens", "indirect"))
    SC("lm-repost-hygiene-news", "repost", tw("pass_it_on_lm", "", retweet=news_hyg, when="2028-09-07T07:02:30Z"),
       expect(IGN, "low", "kitchens", "indirect"))
    SC("lm-legal-solicitor-fsa", "legal-threat-not-urgent",
       tw("dan_w_lm", f"@{B} I'm Sam's dad. It's been 24 hours and nobody has explained how a flapjack with hazelnuts reached a boy whose nut allergy is in your own app. Our solicitor is writing to you today and we've reported it to the Food Standards Agency.",
          when="2028-09-07T07:40:18Z"),
       expect(RP, "high", "safety", "direct"), note="a solicitor and a regulator: a strong complaint, not urgent (Sam is home)", known_miss="round 17, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @LadleMeals | complaint (0.93) | a medical need: urgent | topic safety: 'hazelnut', 'nut allergy', 'allergy', 'allergie'")
    SC("lm-private-fsm-dob", "private-details",
       tw("sharon_b_lm", f"@{B} I applied for free school meals in August and it's still not showing. Council letter says he's eligible. Tyler Brooks, DOB 14/03/2019, Wendmoor Primary. Who do I send the letter to?",
          when="2028-09-07T08:55:42Z"),
       expect(RV, "normal", "dinner_money", "direct"), note="a child's full name and date of birth in public")
    julie = tw("julie_p_lm", f"@{B} my dad lives at Elmcroft House and is on a pureed diet because he can't swallow properly. Today your lunch trolley gave him a ham sandwich. He choked, the nurses did back blows and the paramedics have taken him to A&amp;E. It's on his care plan.",
               when="2028-09-07T09:38:20Z")
    SC("lm-safety-care-home-choked", "safety-urgent", julie, expect(RP, "urgent", "safety", "direct"),
       note="a resident on a texture-modified diet choked on the wrong food, now in A&E")
    julie_brand = tw(B, "@julie_p_lm Julie, we are so sorry. Our care services manager is on her way to Elmcroft House now and will ring you before 1pm. We are checking every resident's diet card against today's trays.",
                     reply_to=julie, when="2028-09-07T09:55:00Z")
    SC("lm-it-celiaca-reparto", "medical-urgent",
       tw("giulia_r_lm", f"@{B} Buongiorno, mia madre è ricoverata nel reparto 4 dello Staverley General ed è celiaca. Ieri le hanno portato due volte la pasta con glutine e stanotte ha vomitato. Potete avvisare chi prepara i pasti?",
          lang="it", when="2028-09-07T10:12:07Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian: a coeliac patient given gluten twice and now ill")
    sonia = tw("sonia_k_lm", "At least 15 kids at Harrowfield High being sick after lunch today, my daughter included. The school's saying it was the Ladle chicken curry. Loads sent home, one went in an ambulance. Anyone else's kid ill?",
               when="2028-09-07T13:15:49Z")
    SC("lm-safety-harrowfield-sick", "safety-urgent", sonia, expect(RP, "urgent", "safety", "indirect"),
       note="suspected food poisoning at a school, more children at risk")
    marieke = tw("marieke_lm", "@sanne_lm Hoe gaat het bij jullie? Fleur is vandaag thuisgekomen van school, ze voelde zich niet lekker",
                 lang="nl", when="2028-09-07T13:40:05Z")
    SC("lm-nl-in-thread-overgeven", "safety-urgent",
       tw("sanne_lm", "@marieke_lm Mijn Jade ook! Na de lunch van Ladle op Harrowfield High moet ze steeds overgeven en nu is ze duizelig en heel bleek. De school zegt dat veel kinderen ziek zijn. Ik bel de huisarts",
          reply_to=marieke, lang="nl", when="2028-09-07T13:58:33Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="Dutch, in a friend's thread: a sick, dizzy child after the school lunch; the priority is strict")
    SC("lm-threat-harrowfield-kitchen", "threat-urgent",
       tw("wayne_c_lm", f"@{B} if my lad ends up in A&amp;E from your chicken curry I'm coming down to that Harrowfield kitchen at 3 and someone's getting hurt. You've been warned",
          when="2028-09-07T14:10:11Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat against kitchen staff with a complaint: only the priority is strict")
    carla = tw("carla_lm", "@mel_lm how's your week going? mine's a mess", when="2028-09-07T14:30:00Z")
    mel = tw("mel_lm", "@carla_lm don't. Ladle charged me twice on Tuesday, still no refund, and now Harrowfield's sending kids home ill. making packed lunches till Christmas",
             reply_to=carla, when="2028-09-07T14:48:26Z")
    SC("lm-venting-charged-twice-packed", "third-party-venting", mel, expect(MON, "low", "dinner_money", "third_party"),
       note="venting to a friend, brand named but not tagged")
    SC("lm-joke-ladling-out-excuses", "joke-bystander",
       tw("banter_bill_lm", "@mel_lm @carla_lm Ladle Meals? ladle out excuses more like 🥣",
          reply_to=mel, when="2028-09-07T15:02:51Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("lm-indirect-misspelt-halal-form", "complaint-indirect",
       tw("leanne_h_lm", "ladle meels still havent put my sons halal meals on the app. filled the form in july. hes been given the veggie option every day this week because it's the only thing hes allowed",
          when="2028-09-07T15:30:14Z"),
       expect(RP, "normal", "menus", "indirect"), note="lower case and misspelt, no tag: his own diet record")
    SC("lm-medical-dysphagia-move-in", "medical-urgent",
       tw("pauline_g_lm", f"@{B} my mum moves into Birchwood Lodge care home on Monday. She has dysphagia and needs level 5 minced and moist food and thickened drinks. After what happened at Elmcroft today, how do I make sure she gets the right meals?",
          when="2028-09-07T16:15:40Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about a swallowing disorder: a medical need")
    SC("lm-sarcasm-fridge-temperature", "sarcasm-customer",
       tw("leila_t_lm", "Nothing says 'first week at big school' like Ladle serving my son's hot dinner at the temperature of a fridge. 4 days, 4 cold lunches. Gold star 🌟",
          when="2028-09-07T17:05:08Z"),
       expect(RP, "normal", "menus", "indirect"), note="praise words meaning the opposite")
    SC("lm-chatter-ask-the-cook", "third-party-chatter",
       tw("older_mum_lm", "@bex_lm @lou_t_lm if he's still hungry tell him to ask at the end. at Harrowfield the Ladle ladies always have extra bread and fruit, the kids just have to ask",
          reply_to=bex, when="2028-09-07T17:30:57Z"),
       expect(MON, "low", "menus", "third_party"), note="a stranger's advice in someone else's thread")
    SC("lm-praise-dinner-lady-lifesaver", "praise",
       tw("ayesha_r_lm", f"@{B} shout out to Mrs Dunn, the dinner lady at Pike Lane who saw my son had picked up the wrong yogurt (he's dairy free) and swapped it before he'd opened it. Absolute lifesaver 🙌",
          when="2028-09-07T18:10:31Z"),
       expect(RP, "low", "kitchens", "direct"), note="'lifesaver' in thanks; nothing happened")
    SC("lm-namesake-golden-ladle-wins", "namesake",
       tw("punter_pete_lm", "GOLDEN LADLE storms home by four lengths in the 7.40 at Kelsford!! 12/1 and I had a fiver each way 🐎💰",
          when="2028-09-07T19:48:02Z"),
       expect(IGN, "low", None, "none"), note="Golden Ladle, a racehorse")
    SC("lm-common-gravy-ladle", "common-word",
       tw("nina_f_lm", "Shepherd's pie night. Ladle for the gravy, spoon for the peas, and a 9 year old refusing both",
          when="2028-09-07T20:20:45Z"),
       expect(IGN, "low", None, "none"))

    # ---- Friday 8 September: fake refunds, short portions, metal in a pasta bake, a scald ------------
    SC("lm-spam-fake-refunds-verify", "spam",
       tw("LadleRefunds_lm", "Ladle Meals families: you may be owed £20 compensation for this week 💷 Claim in 2 minutes, just verify your card details here 👉 {url:https://ladle-refunds.example/claim}",
          when="2028-09-08T07:05:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake compensation account riding on the week's news")
    SC("lm-question-is-ladle-refunds-real", "question",
       tw("kirsty_m_lm", f"@{B} is 'Ladle Refunds' really you? They've DM'd me asking for my long card number and the 3 digits on the back to sort Tuesday's double charge. Smells like a scam",
          when="2028-09-08T07:42:16Z"),
       expect(RP, "normal", "scams", "direct"), note="checking a fake account before sending anything: nothing lost", known_miss="round 17, not met yet: priority: want \"normal\", got high; the engine read: addressed to @LadleMeals | complaint (0.97) | money lost to fraud | topic scams: 'card number', '3 digits on the back', 'scam'")
    SC("lm-spam-giveaway-free-term", "spam",
       tw("FreebieMum_lm", "🎉 GIVEAWAY 🎉 Ladle Meals is giving away a FREE term of school dinners to 100 families! Follow, RT and tap the link to enter before midnight 👉 {url:https://freebie-mum.example/ladle}",
          when="2028-09-08T08:20:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake giveaway in the brand's name")
    SC("lm-complaint-rugby-portion", "complaint-direct",
       tw("steve_o_lm", f"@{B} my 15 year old is 6ft and plays rugby. Today's main at Harrowfield was 4 chicken nuggets and a spoonful of beans for £2.85. He comes home starving every day. Is the portion the same for Year 7 and Year 11?",
          when="2028-09-08T09:30:29Z"),
       expect(RP, "normal", "menus", "direct"))
    SC("lm-repeat-topup-refund-second", "repeat-contact",
       tw("kev_d_lm", f"@{B} second time asking. Still no refund for Tuesday's double top up, and now the balance says -£5.20 so my son got the 'emergency' cheese sandwich today. Nobody has rung me",
          when="2028-09-08T10:02:44Z"),
       expect(RP, "high", "dinner_money", "direct"), note="he comes back: Tuesday's refund never came and now his son is affected", known_miss="round 17, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @LadleMeals | complaint (0.99) | a danger to health or safety: urgent | topic dinner_money: 'refund', 'top up', 'balance', an amount of money")
    SC("lm-nl-vegetarisch-vlees", "non-english",
       tw("pieter_v_lm", f"@{B} Goedemorgen, mijn zoon Daan zit op Staverley Academy en eet vegetarisch. Gisteren zat er toch vlees in zijn wrap. Kunnen jullie beter opletten?",
          lang="nl", when="2028-09-08T10:45:12Z"),
       expect(RP, "normal", "menus", "direct"), note="Dutch: meat in a vegetarian child's wrap")
    SC("lm-chatter-dinner-lady-staffing", "chatter-monitor",
       tw("dinnerlady_lm", "Been a Ladle dinner lady for 11 years. This week we're 3 short in our kitchen, serving 600 kids in 70 minutes, and people wonder why the chips are cold. We're not the problem, the staffing is.",
          when="2028-09-08T11:30:55Z"),
       expect(MON, "low", "kitchens", "indirect"), strict=False,
       note="a member of the brand's own staff speaking up in public: talk to watch, not a customer case (some desks would pass it to HR)")
    SC("lm-big-reach-mum-blogger-dinner-money", "big-reach",
       tw("mumsays_lm", f"Every other DM I've had this week is about Ladle Meals and school dinner money: top ups taken twice, refunds that never arrive, kids handed a 'debt sandwich' when the balance hits zero. @{B} that's not how you treat families.",
          when="2028-09-08T12:15:00Z",
          metrics={"retweet_count": 3_100, "reply_count": 1_800, "like_count": 27_000, "quote_count": 520}),
       expect(RP, "high", "dinner_money", "indirect"), note="780k followers; the handle at the end of a post to everyone")
    SC("lm-legal-trading-standards-halal", "legal-threat-not-urgent",
       tw("farah_a_lm", f"@{B} three days and no reply about my daughter being served pork from the halal counter on Tuesday. I've written to the governors and I'm reporting you to trading standards. She won't touch school food now.",
          when="2028-09-08T13:20:36Z"),
       expect(RP, "high", "menus", "direct"), note="a regulator threat about a broken religious diet: strong, not urgent")
    SC("lm-hotline-fsm-four-calls", "public-hotline-number",
       tw("hannah_l_lm", f"@{B} rang 0808 157 0455 four times about my son's free school meals, 40 minutes on hold then cut off every time. is anyone actually answering that line this week?",
          when="2028-09-08T13:55:08Z"),
       expect(RP, "high", "dinner_money", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls (high, or normal)")
    SC("lm-safety-metal-pasta-bake", "safety-urgent",
       tw("tom_a_lm", f"@{B} found a piece of metal, like a bit of scourer, in my son's pasta bake at St Brannock's today. He's cut the inside of his cheek and it keeps bleeding. There'll be more of that tray out there",
          when="2028-09-08T14:30:49Z"),
       expect(RP, "urgent", "safety", "direct"), note="a foreign body that injured a child, and the same batch may still be served")
    SC("lm-safety-cook-scalded-urn", "safety-urgent",
       tw("rosie_k_lm", "Hearing one of the Ladle cooks at Staverley Academy has been badly scalded by a soup urn that tipped over at lunch. Ambulance there now. Hope she's ok, she's lovely",
          when="2028-09-08T14:52:21Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a member of kitchen staff injured, ambulance there now")
    SC("lm-es-celiaco-diarrea", "medical-urgent",
       tw("maria_g_lm", f"@{B} Hola, mi hijo Pablo es celíaco y hoy en el comedor de Staverley Academy le dieron un sándwich normal. Ahora tiene dolor de barriga y diarrea. ¿Qué ingredientes tenía? Necesito decírselo al médico",
          lang="es", when="2028-09-08T15:40:03Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: a coeliac child given gluten and now unwell")
    SC("lm-abuse-poisoners-lasagne", "abuse-with-problem",
       tw("georgie_lm", f"@{B} you lot are poisoners. that grey 'lasagne' at Harrowfield today was stone cold in the middle and my son's portion was the size of a beer mat. £2.85 for slop. sort it out you clowns",
          when="2028-09-08T16:05:17Z"),
       expect(RP, "high", "menus", "direct"), note="rude, 'poisoners' as an insult, with a real complaint about cold food and portions")
    SC("lm-namesake-chef-ladle-book", "namesake",
       tw("bookworm_kat_lm", "Tonight's bedtime request, for the 47th night running: Chef Ladle and the Runaway Pancake. I can recite it with my eyes closed. Tonight I did",
          when="2028-09-08T19:30:44Z"),
       expect(IGN, "low", "kitchens", "none"), note="Chef Ladle, a picture-book cartoon chef ('chef' is a keyword)")
    SC("lm-namesake-kai-ladle-goal", "namesake",
       tw("WendmoorTown_lm", "GOAL! Kai Ladle curls one into the top corner from 25 yards and the Millers lead 2-0 at the break ⚽",
          when="2028-09-08T20:05:00Z"),
       expect(IGN, "low", None, "none"), note="a footballer called Ladle")
    SC("lm-common-ladle-on-praise-crumble", "common-word",
       tw("baker_bea_lm", "My mother-in-law does not ladle on the praise, so 'that's not bad' about my apple crumble is basically a Michelin star",
          when="2028-09-08T20:40:26Z"),
       expect(IGN, "low", None, "none"))

    # ---- Saturday 9 September: care homes, wards, meals on wheels ------------------------------------
    SC("lm-complaint-care-home-tea", "complaint-direct",
       tw("carol_b_lm", f"@{B} my mum's at Birchwood Lodge care home and three days running the residents' tea has been a sandwich and a yogurt at 4pm, then nothing till breakfast. She's been filling up on biscuits. Is this the new menu?",
          when="2028-09-09T08:40:19Z"),
       expect(RP, "normal", "care_meals", "direct"))
    SC("lm-thread-choke-over-want-answers", "thread-with-brand",
       tw("julie_p_lm", "Dad's home from hospital. Bruised ribs from the back blows but he's ok. Two days on, nobody has explained how a ham sandwich got to him when his care plan says pureed. I want it in writing.",
          reply_to=julie_brand, when="2028-09-09T09:25:02Z"),
       expect(RP, "high", "safety", "direct"), note="back in the brand's thread without an @: the danger is over; a strong complaint, not urgent", known_miss="round 17, not met yet: priority: want \"high\", got urgent; the engine read: replies to @LadleMeals: the customer is talking to the brand | complaint (0.55) | a person at risk: urgent | topic safety: 'back blows', 'pureed'")
    SC("lm-praise-ward-6-cut-it-up", "praise",
       tw("ruth_s_lm", "Wasn't expecting much from hospital food, but the Ladle lunches on Ward 6 at Staverley General this week were proper. Decent shepherd's pie, and someone who cut it up for me when my hand was in a cast. Thank you",
          when="2028-09-09T10:50:37Z"),
       expect(RP, "low", "care_meals", "indirect"), note="praise from a patient, brand named without a tag")
    SC("lm-safety-dementia-not-home", "safety-urgent",
       tw("karen_j_lm", f"@{B} your meals on wheels driver just rang me: Mum didn't answer the door at 12 and she's not in the flat. She's 84 and has dementia. Did your driver see her on the street at all? Nobody's seen her since 10",
          when="2028-09-09T12:24:50Z"),
       expect(RP, "urgent", "safety", "direct"), note="a missing older customer with dementia, found missing by the delivery")
    SC("lm-praise-sesame-resolved", "praise",
       tw("ben_e_lm", f"@{B} just wanted to say: after Eli's reaction to the sesame in a bread roll last term, your allergy team rang me twice and rewrote his plan with the school. First week back and not one problem. Thank you",
          when="2028-09-09T13:10:25Z"),
       expect(RP, "low", "safety", "direct"), note="an allergy scare that is long over: thanks, not urgent")
    SC("lm-pt-diabetico-internado", "medical-urgent",
       tw("fabio_s_lm", f"@{B} Bom dia, o meu pai está internado no Staverley General e é diabético. As refeições que vocês servem lá têm opção para diabéticos? Ele toma insulina ao almoço",
          lang="pt", when="2028-09-09T13:45:58Z"),
       expect(RP, "urgent", "safety", "direct"), note="Portuguese, a calm question about a diabetic patient's meals and insulin")
    SC("lm-private-home-address-wheels", "private-details",
       tw("raj_p_lm", f"@{B} can your driver bring my dad's meals on wheels to the back door from Monday? He's at 14 Orchard Rise, Wendmoor WM9 7JN, and can't manage the front steps since his hip op",
          when="2028-09-09T14:20:11Z"),
       expect(RV, "normal", "care_meals", "direct"), note="a home address in public")
    SC("lm-threat-dinner-lady-gate", "threat-urgent",
       tw("angrydad_lm", "Whichever Ladle dinner lady told my daughter she 'can't have a hot dinner because mummy hasn't paid' had better not be at the Pike Lane gate on Monday. She'll get hurt. That's not a threat, it's a promise",
          when="2028-09-09T15:05:44Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat against a named member of staff with a complaint: only the priority is strict")
    SC("lm-threat-burn-down-depot", "threat-urgent",
       tw("frank_d_lm", "someone needs to burn down Ladle's Wendmoor depot with the managers locked inside. poisoning our kids and robbing us blind",
          when="2028-09-09T16:30:03Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a call to harm the company's managers, lower case, no tag: only the priority is strict")
    SC("lm-common-turmeric-ladle", "common-word",
       tw("dani_w_lm", "Anyone know how to get turmeric stains out of a white plastic ladle? Asking for a ladle that used to be white",
          when="2028-09-09T17:40:20Z"),
       expect(IGN, "low", None, "none"))
    SC("lm-common-ladle-on-foot", "common-word",
       tw("harvest_hen_lm", "The giant ladle from the harvest supper soup pot just fell off the church hall shelf onto my foot. I'm fine, just outraged. And limping",
          when="2028-09-09T18:15:31Z"),
       expect(IGN, "low", None, "none"), note="a small mishap with a ladle, over and nothing to do with the caterer")
    SC("lm-common-soup-ladle-halls", "common-word",
       tw("alex_m_lm", "Soup ladle, check. Slow cooker, check. Son moving into halls tomorrow with a shared kitchen he will never clean, check",
          when="2028-09-09T19:05:48Z"),
       expect(IGN, "low", "kitchens", "none"), note="an ordinary ladle; 'kitchen' is a keyword")
    SC("lm-namesake-steve-ladle-60th", "namesake",
       tw("sharon_ladle_lm", "Happy 60th to my big brother Steve Ladle! Still can't beat me at darts 🎯🎂",
          when="2028-09-09T19:50:09Z"),
       expect(IGN, "low", None, "none"), note="a surname")
    SC("lm-chatter-fire-alarm-toast", "chatter-monitor",
       tw("ella_n_lm", "Fire alarm went off at Pike Lane breakfast club this morning, whole school out on the field for 20 minutes. Turned out a Ladle cook had burnt the toast 🙄 all fine, everyone back in",
          when="2028-09-09T20:30:00Z"),
       expect(MON, "low", "kitchens", "indirect"), note="sounds alarming, was burnt toast: chatter, nothing to answer", known_miss="round 17, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Ladle Meals in a post to everyone | complaint (0.62) | topic kitchens: 'cook'")

    # ---- Sunday 10 September ------------------------------------------------------------------------
    SC("lm-namesake-soup-cafe-fight", "namesake",
       tw("soupfan_lm", "Ladle on Cornmarket does the best lentil soup in Wendmoor and I will fight anyone who says otherwise",
          when="2028-09-10T08:10:27Z"),
       expect(IGN, "low", None, "none"), note="the soup café; 'fight' is a figure of speech")
    SC("lm-namesake-golden-ladle-nonrunner", "namesake",
       tw("RacingDesk_lm", "Kelsford, Sunday: Golden Ladle is a non-runner in the 3.15 after Thursday's win (vet's certificate, slightly lame). 11 go to post",
          when="2028-09-10T08:45:00Z"),
       expect(IGN, "low", None, "none"), note="the racehorse again")
    menu_post = tw(B, "Week 2 menus are out 🍝 New this term: a roast every Wednesday and a vegetarian curry every Friday. The oat flapjack stays off while our review continues.",
                   when="2028-09-10T09:30:00Z")
    SC("lm-brand-own-week-2-menu", "brand-own-post", menu_post, expect(IGN, "low", "menus", "none"))
    SC("lm-q-reply-coeliac-allergen-labels", "question-in-reply-to-brand",
       tw("wendy_p_lm", "will you put allergen info next to every meal now? my daughter is coeliac and Wednesday just says 'roast dinner'. is the gravy safe for her?",
          reply_to=menu_post, when="2028-09-10T10:02:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question under the brand's post about a coeliac child's food: a medical need")
    SC("lm-quote-roast-every-wednesday", "quote",
       tw("rosie_k_lm", "'a roast every Wednesday'. lovely. now how about a hot dinner that's actually hot at Harrowfield, and a portion that feeds a 14 year old",
          quote=menu_post, when="2028-09-10T10:35:40Z"),
       expect(RP, "normal", "menus", "indirect"), strict=False, note="quotes the brand's post without tagging it")
    SC("lm-repeat-fsm-negative-balance", "repeat-contact",
       tw("rob_h_lm", f"@{B} asked you on Monday about the twins' free school meals showing a negative balance. No reply. It's now -£9.20 and school has sent a letter home saying we're in debt. We're not. Second time asking",
          when="2028-09-10T11:05:52Z"),
       expect(RP, "high", "dinner_money", "direct"), note="Monday's question was never answered and it has got worse")
    SC("lm-private-card-number-payment-page", "private-details",
       tw("elena_v_lm", f"@{B} the payment page keeps rejecting my card 5555 5555 5555 4444 exp 09/30. is it your end or mine? I need to top up dinner money before tomorrow",
          when="2028-09-10T12:20:31Z"),
       expect(RV, "normal", "dinner_money", "direct"), note="a full card number in public")
    SC("lm-html-receipt-script", "html-entities",
       tw("georgie_lm", f"@{B} your receipt email says 'Dear &lt;script&gt;alert(document.cookie)&lt;/script&gt;, thank you for your top up of £0.00' &amp; my bank says £30 went out. has it gone through or not?",
          when="2028-09-10T13:00:09Z"),
       expect(RP, "normal", "dinner_money", "direct"), note="a script tag in a broken email, delivered escaped, around a real question")
    gran = tw("gran_friend_lm", "@carol_b_lm how is your mum settling in at Birchwood, love?", when="2028-09-10T13:40:00Z")
    SC("lm-venting-care-home-fees", "third-party-venting",
       tw("carol_b_lm", "@gran_friend_lm she's ok in herself, but the Ladle food there is a disgrace. £1,400 a week for that care home and she gets tinned soup and a sandwich for tea",
          reply_to=gran, when="2028-09-10T14:02:48Z"),
       expect(MON, "low", "care_meals", "third_party"), note="venting to a friend in a reply, brand not tagged")
    SC("lm-hotline-halal-sorted", "public-hotline-number",
       tw("samira_b_lm", "Phoned Ladle's 0808 157 0455 about my daughter's halal meals and the lady who answered sorted it in five minutes. Thank you, whoever you were",
          when="2028-09-10T14:45:15Z"),
       expect(RP, "low", "menus", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    SC("lm-news-podcast-old-incident", "news-monitor",
       tw("MumsPodcast_lm", "New episode: five years ago a Wendmoor pupil was rushed to hospital after a school lunch. We look at how Ladle Meals changed its allergy rules after that, and why parents say this week shows they still don't work 🎧 {url:https://schoolgatestories.example/ep112}",
          when="2028-09-10T16:00:00Z"),
       expect(MON, "low", "safety", "indirect"), note="news about an old incident: monitor, not urgent")
    SC("lm-in-passing-sunday-list", "complaint-in-passing",
       tw("ella_n_lm", f"Sunday list: 3 loads of washing, 2 lunchboxes, 1 PE kit still not found, and a reminder to chase @{B} for the £18 they owe me from Tuesday's double top up. Roll on Monday",
          when="2028-09-10T17:20:33Z"),
       expect(RP, "normal", "dinner_money", "indirect"), note="the brand tagged in the middle of a list")
    SC("lm-sarcasm-nut-free-poster", "sarcasm-customer",
       tw("gemma_h_lm", "Great to see Ladle's 'We are a NUT FREE school kitchen' poster still up in the Pike Lane hall after this week. Very reassuring 🙃",
          when="2028-09-10T18:05:12Z"),
       expect(RP, "normal", "kitchens", "indirect"), note="sarcasm from a parent; nobody is at risk in this post")
    SC("lm-chatter-school-gate-villain", "chatter-monitor",
       tw("ella_n_lm", "Every conversation at the school gate this week has been about Ladle. Double top ups, the flapjack, the hygiene rating. Wendmoor has found its villain",
          when="2028-09-10T19:10:58Z"),
       expect(MON, "low", "kitchens", "indirect"), note="talk about the brand, nothing to answer")
    return brand


BRANDS["ladle-meals"] = ("LadleMeals", 7478901245, build_ladle_meals)
