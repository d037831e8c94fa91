# Marram: a made-up skincare and cosmetics brand. Cleansers, serums, moisturisers, eye creams, the
# Tideline SPF 50 range, retinol night creams and acid peels (the Overnight Resurfacing Serum, 10%
# glycolic with retinol), body and lip oils and a small hair-care range. It sells on its own
# website and app (orders, the "Ritual Refill" subscription, delivery by a courier partner,
# returns), in its own shops (Tallisford High Street, Ostbury Arcade) and on counters in the
# made-up department stores Haddow & Lyle (Wendlesham) and Brigg's (Ostbury), and runs a loyalty
# scheme, the Shore Club. Careline 0808 157 0619.
# "Marram" is also marram grass (the grass that holds sand dunes together: conservation
# volunteers planting it, school fieldwork, photographers, gravel gardens, the old craft of
# marram weaving, the grass that shreds your shins on the dune path), Marram Bay (a beach, with
# beach cleans and windburn), Marram Cottage (a holiday let above the bay), the poet Elspeth
# Marram, the Marram Surf School, "Marram" the Enterprise dinghy at Ostbury Sailing Club and
# Marram Books (a small publisher in Tallisford): none of them is the brand.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 21 February 2028: overnight into Monday the Ritual Refill renewal run charges subscribers
# twice; on Tuesday morning the website and app go offline for four hours while payments are
# fixed, and that night the first burns from the Overnight Resurfacing Serum appear; on
# Wednesday batch RS4417 (mixed far too strong) is recalled, with burns, blisters, a child's eye,
# a pregnancy question and reports in four languages; on Thursday the courier partner's hub
# floods and parcels stall, and a man threatens a counter consultant at Haddow & Lyle; on Friday
# a beauty creator with 1.3m followers savages the new Tideline SPF and it goes viral. The
# weekend: refunds landing (or not), legal letters, a fall at a counter, a lip-oil reaction,
# and the beach, the cottage, the dinghy and the dunes.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, shop,
# order and card number, phone number, address and email address here is made up. Phone
# numbers are from the UK drama ranges; the card number is a Luhn-valid test number.


def build_marram_skincare():
    global CURRENT_BRAND, CLOCK
    brand = Brand("marram-skincare", SCEN_DIR / "marram-skincare.plan.toml", "MarramSkin", 4678901245, 1861220000000005101)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-02-21T05:30:00Z")
    B = "MarramSkin"
    user(B, "Marram", 4678901245,
         "Marram 🌾 skincare, suncare & haircare. Online, in our shops and on counters. Care team 8am–8pm, 7 days. "
         "Careline 0808 157 0619. Never post card numbers or passwords here.",
         128_400, following=910, tweets=21_300, listed=640, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 10240100000 + _n[0] * 4129, bio, followers, **kw)

    person("nia_osei_mrm", "Nia Osei", "Trainee accountant. Ostbury. Plants, podcasts, payday countdowns.", 420)
    person("MarramHelp_mrm", "Marram Customer Care ✅", "Official refunds & orders help 24/7 💬 DM us for fast refunds", 31, following=4800)
    person("chloe_v_mrm", "Chloe Vance", "Wendlesham. Marketing. Professionally tired.", 880)
    person("tash_b_mrm", "Natasha Bell", "Dental nurse. Gym when I can. White jeans (formerly).", 310)
    person("jo_fenn_mrm", "Jo Fenn", "Mum of two. Tallisford.", 140)
    person("lily_p_mrm", "Lily Pryce", "Uni admin. Crochet. Overthinker.", 510)
    person("ruth_k_mrm", "Ruth Kamara", "Ostbury. Hairdresser. Tea, gossip, repeat.", 390)
    person("punster_mrm", "Ade Punchard", "Dad jokes, freshly mown. Unpaid.", 640)
    person("marco_t_mrm", "Marco Testa", "Architect. Off to Canada soon, ask me about snow.", 270)
    person("jonas_w_mrm", "Jonas Weber", "Aus Hamburg, wohnt in Wendlesham. Ingenieur.", 190)
    person("kate_l_mrm", "Kate Lowry", "Teacher. Half term is sacred.", 230)
    person("PenDunes_mrm", "Friends of Penwarren Dunes", "Volunteers looking after Penwarren's dunes since 1998 🌾 Work parties every month. All welcome.", 2_900)
    person("sam_h_mrm", "Sam Hollis", "Product manager. Ostbury. Strong opinions on spreadsheets.", 1_150)
    person("kyle_d_mrm", "Kyle Dorsey", "Say it to my face.", 60)
    person("bex_r_mrm", "Becca Reid", "Student nurse. Skint. Sleepy.", 330)
    person("CosmeticsWk_mrm", "Cosmetics Week", "Beauty industry news: brands, retail, regulation. Tips: news@cosmeticsweek.example",
           41_200, following=1_300, verified=True)
    person("hana_m_mrm", "Hana Malik", "Wendlesham. Wedding in June. Skincare in progress.", 720)
    person("erin_w_mrm", "Erin Walsh", "Vet receptionist. 31. Tallisford.", 260)
    person("MarramSurf_mrm", "Marram Surf School", "Surf lessons for all ages at Marram Bay 🏄 BSA coaches. Boards & wetsuits provided.", 5_400)
    person("lens_coast_mrm", "Tom Audley", "Coastal photographer. Prints available. Up before the sun.", 8_800)
    person("nan_pat_mrm", "Pat Gorman", "Nan of 5. I share what matters.", 180)
    person("soph_a_mrm", "Sophie Adair", "Bump due August 🤰 Ostbury.", 290)
    person("lucia_g_mrm", "Lucía Gómez", "Valenciana en Ostbury. Enfermera de noche.", 340)
    person("meg_t_mrm", "Megan Tait", "Bookseller. Winter has destroyed my face.", 610)
    person("holly_j_mrm", "Holly Jessop", "Big sister energy. Wendlesham.", 470)
    person("dan_c_mrm", "Dan Carver", "Dad of Alfie (4). Electrician. Tallisford.", 210)
    person("claire_d_mrm", "Claire Dubois", "Lyonnaise à Wendlesham. Prof de français.", 380)
    person("WendGazette_mrm", "Wendlesham Gazette", "News for Wendlesham, Tallisford and Ostbury since 1871. Tips: newsdesk@wendgazette.example",
           36_700, following=900, verified=True)
    person("amy_r_mrm", "Amy Rudd", "Receptionist. Lists, labels, little bottles.", 200)
    person("gwen_h_mrm", "Gwen Harper", "Retired librarian. Ostbury. Cats.", 150)
    person("kath_b_mrm", "Kath Birch", "Mum of three under 6. Send coffee.", 170)
    person("rosie_l_mrm", "Rosie Lund", "Events manager. Tallisford.", 940)
    person("stu_r_mrm", "Stuart Reeve", "Dog walker. Penwarren. Always in shorts.", 320)
    person("noor_dev_mrm", "Noor Rahim", "Front-end dev. I read your page source so you don't have to.", 2_300)
    person("priya_k_mrm", "Priya Kohli", "Daughter, sister, last-minute gift buyer.", 480)
    person("dee_m_mrm", "Dee Marsh", "Tallisford. Two kids, one boiler, zero luck.", 260)
    person("lou_o_mrm", "Louise Orr", "Ostbury. Pharmacist. Patience of a saint (running out).", 350)
    person("gemma_tv_mrm", "Gemma Rourke", "Presenter. Mornings on Channel 9. Books, dogs, bad puns.",
           860_000, following=1_100, listed=3_200, verified=True)
    person("ella_s_mrm", "Ella Stone", "Student. Ostbury. Online shopping is cardio.", 380)
    person("kwesi_b_mrm", "Kwesi Boateng", "Warehouse supervisor. Knows how parcels work.", 560)
    person("giulia_f_mrm", "Giulia Ferri", "Milanese a Wendlesham. Ricercatrice.", 240)
    person("femke_j_mrm", "Femke Jansen", "Utrecht. Verpleegkundige. Altijd op de fiets.", 310)
    person("ines_c_mrm", "Inês Carvalho", "Do Porto para Ostbury. Fisioterapeuta.", 290)
    person("fi_mac_mrm", "Fiona MacLeod", "Wendlesham. Retail lifer. Kind to shop staff.", 410)
    person("gaz_t_mrm", "Gary Tonks", "no parcel no peace", 40)
    person("jill_p_mrm", "Jill Pascoe", "Coastal gardener. Salt, wind and stubborn plants.", 3_100)
    person("MarramBooks_mrm", "Marram Books", "Small press in Tallisford. Poetry, nature writing and stories from the coast 📚", 4_200)
    person("danisglow_mrm", "Dani Okafor", "Beauty creator ✨ honest reviews, no gifted nonsense. Business: team@danisglow.example",
           1_300_000, following=640, listed=4_100, verified=True)
    person("lenny_a_mrm", "Lenny Ash", "Comedy writer (unemployed). Will pun for food.", 1_900)
    person("zoe_q_mrm", "Zoe Quinn", "Beauty Twitter lurker. Serums > people.", 1_200)
    person("ayesha_n_mrm", "Ayesha Noor", "Junior doctor. Dry skin, drier humour.", 690)
    person("owen_p_mrm", "Owen Pugh", "Penwarren. Ranger. Hedge expert, apparently.", 280)
    person("barry_c_mrm", "Barry Cole", "Self employed. Don't waste my time.", 95)
    person("ian_g_mrm", "Ian Gilbert", "Retired engineer. I keep every receipt.", 230)
    person("mo_hale_mrm", "Maureen Hale", "Grandma, gardener, crossword champion.", 80)
    person("tara_f_mrm", "Tara Flynn", "Ostbury. Optimist (mostly).", 330)
    person("MidlandsBiz_mrm", "Midlands Business Desk", "Business news from the Midlands and beyond. Retail, logistics, jobs.", 22_600, following=700)
    person("kirsty_mrm", "Kirsty Hale", "Online shopper. Doorbell watcher.", 240)
    person("vic_l_mrm", "Vicky Lamb", "Tallisford. Payroll. Wine o'clock.", 300)
    person("OstburySC_mrm", "Ostbury Sailing Club", "Dinghy racing on Ostbury Water since 1934 ⛵ Frostbite series Nov–Mar. Visitors welcome.", 1_800)
    person("BayClean_mrm", "Bay Clean Crew", "Monthly beach cleans along the Penwarren coast 🌊 Bring yourself, we bring the bags.", 2_600)
    person("ciara_d_mrm", "Ciara Doyle", "Reads poetry on trains. Cries on trains.", 1_050)
    person("rob_k_mrm", "Rob Kessel", "Dog dad. Beach every morning, whatever the weather.", 450)
    person("helen_a_mrm", "Helen Ashe", "Married 10 years this week 💍 Tallisford.", 190)
    person("growfast_mrm", "GrowFast Media 📈", "Real followers. Real growth. DM for packages 💸", 2_300, following=4900)
    person("freebeauty_mrm", "Free Beauty Giveaways 🎁", "Win free skincare every week! Follow + RT to enter 🎁", 3_900, following=4900)
    person("fundsback_mrm", "FundsBack Recovery ✅", "Certified scam & crypto fund recovery. 100% success rate. DM ✅", 6_800, following=5000)
    person("lena_b_mrm", "Lena Brooks", "Shop manager. Collector of points, loser of receipts.", 280)
    person("sofia_r_mrm", "Sofía Ruiz", "Sevillana en Wendlesham. Diseñadora.", 350)
    person("katrin_v_mrm", "Katrin Vogel", "Aus München, jetzt in Tallisford. Mama von Lea (15).", 160)
    person("anouk_v_mrm", "Anouk de Vries", "Rotterdam → Ostbury. Grafisch ontwerper.", 270)
    person("ana_p_mrm", "Ana Pereira", "Lisboeta em Wendlesham. Contabilista.", 220)
    person("mr_okoye_mrm", "Mr Okoye", "Geography teacher. Sand dunes are my love language.", 1_400)
    person("morfudd_mrm", "Morfudd Jones", "Heritage crafts, Welsh coast, too many baskets.", 2_100)
    person("cat_h_mrm", "Cat Herrera", "Ecologist. Dune surveys, bird counts, wet socks.", 1_700)
    person("zainab_mrm", "Zainab Idris", "Law student. Ostbury. Sunscreen every day, even in February.", 520)
    person("ben_a_mrm", "Ben Alder", "Tallisford. Returns things for a hobby.", 300)
    person("carla_n_mrm", "Carla Nunes", "Curly hair, straight talking.", 860)
    person("ravi_d_mrm", "Ravi Desai", "Skincare newbie. Ask me how many serums is too many.", 240)
    person("harriet_mrm", "Harriet Cole", "Bridesmaid x3 this year. Send help.", 310)
    person("tom_r_mrm", "Tom Reyes", "Wendlesham. Shopping with my wife (against my will).", 120)
    person("maya_l_mrm", "Maya Lind", "Illustrator. Almond allergy. Always reading labels.", 930)
    person("gareth_p_mrm", "Gareth Price", "Bus driver. Ostbury.", 110)
    person("sasha_i_mrm", "Sasha Ivanova", "QA engineer. I break things professionally.", 1_600)
    person("chiara_b_mrm", "Chiara Bellini", "Gift set hoarder. Wendlesham.", 260)
    person("jade_k_mrm", "Jade Kerr", "Tallisford. Nails, lashes, overdraft.", 370)
    person("ayo_t_mrm", "Ayo Thomas", "Copywriter. Ostbury. Will read the terms and conditions.", 450)
    person("fran_m_mrm", "Fran Mercer", "Nurse. 12 hour shifts, 3 parcels a week.", 260)
    person("ed_w_mrm", "Ed Wynne", "Accountant. Dry January lasted till the 4th.", 200)
    person("june_mrm", "June Ashby", "Retired. Tallisford. Beauty counter regular since 1979.", 110)

    # ---- Monday 21 February: the Ritual Refill renewal charges everyone twice --------------
    nia = tw("nia_osei_mrm", f"@{B} just checked my bank and you've taken £38 TWICE for my ritual refill subscription this month?? that's my food shop for the week",
             when="2028-02-21T07:12:31Z")
    SC("marram-complaint-charged-twice", "complaint-direct", nia, expect(RP, "normal", "billing", "direct"),
       note="the first report of the double renewal charge")
    nia_brand = tw(B, "@nia_osei_mrm Morning Nia, I'm sorry. Our renewal run charged some subscribers twice overnight. The second £38 will go back to your card automatically by Thursday, and I've flagged your account so I can check it's on the list.",
                   reply_to=nia, when="2028-02-21T07:40:12Z")
    SC("marram-thread-nia-thanks", "thread-with-brand",
       tw("nia_osei_mrm", "ok thanks for getting back so quick. as long as the money's back before rent goes out friday 🙏",
          reply_to=nia_brand, when="2028-02-21T07:52:48Z"),
       expect(RP, "low", "billing", "direct"), note="thanks in the brand's thread, no @")
    SC("marram-spam-fake-care-card-details", "spam",
       tw("MarramHelp_mrm", "@nia_osei_mrm Hi Nia 👋 Marram Care here ✅ we can push your refund through today! Just DM us your card number, expiry and the 3 digits on the back to verify 💬",
          reply_to=nia, when="2028-02-21T08:05:19Z"),
       expect(IGN, "low", "billing", "third_party"),
       note="an impersonator under a real customer's post, fishing for card details")
    sub_post = tw(B, "Some Ritual Refill subscribers were charged twice for this month's renewal overnight. We're sorry. The second payment will be refunded automatically by Thursday 24th: you don't need to cancel or do anything. Updates here.",
                  when="2028-02-21T08:30:00Z")
    SC("marram-brand-own-double-charge-notice", "brand-own-post", sub_post, expect(IGN, "low", "billing", "none"))
    SC("marram-sarcasm-overdraft-self-care", "sarcasm-customer",
       tw("chloe_v_mrm", "love that Marram took my subscription payment twice this morning. nothing says self care like a £25 overdraft fee 🙃✨",
          when="2028-02-21T08:20:44Z"),
       expect(RP, "normal", "billing", "indirect"), note="'love that' meaning the opposite")
    SC("marram-in-passing-monday", "complaint-in-passing",
       tw("tash_b_mrm", f"monday so far: alarm didn't go off, bus drove straight past me, coffee down my white jeans, and @{B} has charged me twice for one subscription. brilliant start x",
          when="2028-02-21T09:10:05Z"),
       expect(RP, "normal", "billing", "indirect"), note="the brand tagged in the middle of a bad morning")
    SC("marram-private-card-order-email", "private-details",
       tw("jo_fenn_mrm", f"@{B} you've charged me twice for my refill subscription. card 4000 0566 5566 5556, order MRM-5511904, email jo.fenn@inbox.example. can you refund one of them today please",
          when="2028-02-21T09:45:27Z"),
       expect(RV, "normal", "billing", "direct"), note="a full card number, an order number and an email address in public")
    lily = tw("lily_p_mrm", "is anyone else's bank being weird today or is it just me 😩 stuff going out twice",
              when="2028-02-21T10:00:00Z")
    SC("marram-venting-double-charge-friend", "third-party-venting",
       tw("ruth_k_mrm", "@lily_p_mrm not just you babe, Marram took my subscription twice so I'm 40 quid down till they sort it 🙄",
          reply_to=lily, when="2028-02-21T10:12:38Z"),
       expect(MON, "low", "billing", "third_party"), note="venting to a friend, brand not tagged: don't butt in")
    SC("marram-joke-grass-grows-back-twice", "joke-bystander",
       tw("punster_mrm", "@lily_p_mrm Marram's named after a grass that grows back twice as thick every time you pull it up. tbf they did warn us 🌾",
          reply_to=lily, when="2028-02-21T10:25:51Z"),
       expect(IGN, "low", "billing", "third_party"), note="a stranger's pun on the name in someone else's thread", known_miss="round 13, not met yet: action: want \"ignore\", got monitor; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | topic billing: 'twice'")
    SC("marram-question-pause-subscription", "question",
       tw("marco_t_mrm", f"@{B} how do I pause my refill subscription? I'm away for 6 weeks from March and don't want two lots piling up at the door",
          when="2028-02-21T11:30:16Z"),
       expect(RP, "normal", "billing", "direct"))
    SC("marram-de-abo-doppelt-abgebucht", "non-english",
       tw("jonas_w_mrm", f"@{B} Hallo, mein Abo wurde heute Nacht doppelt abgebucht, 2 x 38 €. Bekomme ich das Geld zurück oder muss ich kündigen?",
          lang="de", when="2028-02-21T12:30:09Z"),
       expect(RP, "normal", "billing", "direct"), note="German: the subscription was charged twice")
    SC("marram-namesake-cottage-half-term", "namesake",
       tw("kate_l_mrm", "Just booked Marram Cottage in Penwarren for half term 🏡 sea view, an open fire and a two minute walk down to the beach. counting the days",
          when="2028-02-21T19:00:42Z"),
       expect(IGN, "low", None, "none"), note="Marram Cottage, a holiday let")
    SC("marram-common-volunteers-planting", "common-word",
       tw("PenDunes_mrm", "Huge thanks to the 23 volunteers who planted 4,000 marram grass plugs on the north dunes on Saturday 🌾 roots down, sand stays put. Next work party 12 March, gloves and tea provided",
          when="2028-02-21T15:00:00Z"),
       expect(IGN, "low", None, "none"), note="conservation volunteers planting marram grass")

    # ---- Tuesday 22 February: website and app offline; the first burns --------------------
    sam = tw("sam_h_mrm", f"@{B} app and website both down since 7. can't log in, can't check my account, can't even see where my order is. what's going on?",
             when="2028-02-22T07:20:33Z")
    SC("marram-complaint-app-website-down", "complaint-direct", sam, expect(RP, "high", "app", "direct"),
       note="the website and app are down for everyone: an outage")
    outage = tw(B, "Our website and app are offline this morning while we fix Sunday night's renewals. We expect them back by 11:00. If you were charged twice, you'll still get the money back automatically.",
                when="2028-02-22T07:45:00Z")
    SC("marram-brand-own-offline", "brand-own-post", outage, expect(IGN, "low", ANY, "none"),
       note="the post is about both the outage and the double charge")
    SC("marram-q-reply-refund-while-offline", "question-in-reply-to-brand",
       tw("bex_r_mrm", "will the refund for the second payment still come through while the site's offline? mine was charged twice and I'm skint till friday",
          reply_to=outage, when="2028-02-22T08:05:14Z"),
       expect(RP, "normal", "billing", "direct"), note="a question under the brand's post, no @", known_miss="round 13, not met yet: priority: want \"normal\", got high; the engine read: replies to @MarramSkin: the customer is talking to the brand | complaint (0.90) | loss of service | topic billing: 'refund', 'refunds', 'payment', 'payments', 'charged twice', 'charged', 'charge', 'charges', 'twice'")
    SC("marram-repost-offline", "repost", tw("nan_pat_mrm", "", retweet=outage, when="2028-02-22T08:10:02Z"),
       expect(IGN, "low", ANY, "indirect"))
    SC("marram-abuse-clowns-charged-cancel", "abuse-with-problem",
       tw("kyle_d_mrm", f"@{B} you absolute clowns. charged me twice yesterday and now your site's been dead all morning so I can't even cancel. useless",
          when="2028-02-22T08:30:47Z"),
       expect(RP, "high", "billing", "direct"), note="rude, but charged twice and unable to cancel")
    SC("marram-news-double-charge", "news-monitor",
       tw("CosmeticsWk_mrm", "Marram Skincare says subscribers charged twice for its Ritual Refill plan will get a refund by Thursday, after a payment error in Sunday's renewal run {url:https://cosmeticsweek.example/news/marram-refill-double-charge}",
          when="2028-02-22T10:00:00Z"),
       expect(MON, "low", "billing", "indirect"))
    SC("marram-praise-counter-leah", "praise",
       tw("hana_m_mrm", "shoutout to Leah on the Marram counter at Haddow &amp; Lyle in Wendlesham. spent 20 mins with me, no hard sell, and walked me over to pay herself. the rest of that department store's staff could learn a thing or two 💛",
          when="2028-02-22T12:30:20Z"),
       expect(RP, "low", "store", "indirect"), note="praise for a consultant, brand named without a tag")
    SC("marram-namesake-surf-school", "namesake",
       tw("MarramSurf_mrm", "Marram Surf School is back from 5 March 🏄 beginner lessons every weekend at Marram Bay. Boards and wetsuits provided, just bring a towel, water and plenty of sun cream",
          when="2028-02-22T16:00:00Z"),
       expect(IGN, "low", "product", "none"), note="the surf school; 'sun cream' is a product keyword")
    SC("marram-common-photo-dunes", "common-word",
       tw("lens_coast_mrm", "Low sun through the marram on the Penwarren dunes this evening. Didn't want to leave 📷🌾 {url:https://tomaudley.example/prints/penwarren-feb}",
          when="2028-02-22T17:30:00Z"),
       expect(IGN, "low", None, "none"), note="the grass, in a photographer's post")
    erin = tw("erin_w_mrm", f"used the new overnight resurfacing serum last night and woke up with my cheeks burning, bright red and little blisters by my nose 😳 is that normal for a glycolic?? @{B}",
              when="2028-02-22T21:40:15Z")
    SC("marram-safety-first-burn-report", "safety-urgent", erin, expect(RP, "urgent", "safety", "indirect"),
       note="lower case and calm, but burns and blisters on her face now; the handle at the end")

    # ---- Wednesday 23 February: the serum recall ---------------------------------------------
    recall = tw(B, "⚠️ Recall: if Overnight Resurfacing Serum (batch RS4417) has left your face burning, blistered or swollen, rinse with cool water and call 111. A mixing error made it far too strong: please stop using it. Full refund, no receipt needed 👉 {url:https://marram.example/recall}",
                when="2028-02-23T07:00:00Z")
    SC("marram-brand-own-recall", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("marram-repost-recall", "repost", tw("nan_pat_mrm", "", retweet=recall, when="2028-02-23T07:15:40Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("marram-medical-pregnant-retinol", "medical-urgent",
       tw("soph_a_mrm", f"@{B} hi, I'm 14 weeks pregnant and used the resurfacing serum twice last week before I saw the recall. no reaction at all on my face. is the retinol in it a risk to the baby? midwife isn't back till monday",
          when="2028-02-23T08:10:26Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but about a pregnancy")
    SC("marram-es-safety-ampollas-urgencias", "safety-urgent",
       tw("lucia_g_mrm", f"@{B} Usé el sérum de noche anoche y hoy tengo la cara llena de ampollas y me arde muchísimo. ¿Es del lote retirado? Me voy a urgencias.",
          lang="es", when="2028-02-23T08:40:51Z"),
       expect(RP, "urgent", "safety", "direct"), note="Spanish: blisters and burning, on her way to A&E")
    meg = tw("meg_t_mrm", "need a gentle exfoliator recommendation, my face feels like sandpaper this winter 🙃",
             when="2028-02-23T09:00:00Z")
    SC("marram-safety-sister-in-friends-thread", "safety-urgent",
       tw("holly_j_mrm", "@meg_t_mrm not the Marram resurfacing serum!! my sister used it on Sunday and her face is still weeping and blistered, she can't open one eye properly. seeing a dermatologist tomorrow",
          reply_to=meg, when="2028-02-23T09:15:37Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="inside someone else's thread, so the action is left open; but a woman's face is still weeping and her eye is affected: the risk outweighs 'don't butt in'")
    dan = tw("dan_c_mrm", f"@{B} my 4 year old got into my bag and rubbed the resurfacing serum in his eye. it's red, swollen and stinging, he's screaming. rinsed it for 10 mins. 111 want to know what's in it, please someone answer",
             when="2028-02-23T10:05:22Z")
    SC("marram-medical-child-serum-in-eye", "medical-urgent", dan, expect(RP, "urgent", "safety", "direct"),
       note="a child's eye injury happening now")
    dan_brand = tw(B, "@dan_c_mrm Dan, keep rinsing his eye with lukewarm water. Tell 111 it's 10% glycolic with 0.3% retinol. Our safety nurse will ring you in the next 15 minutes: please DM us your number, not here. If his eye gets worse, go straight to A&amp;E.",
                   reply_to=dan, when="2028-02-23T10:11:48Z")
    SC("marram-fr-medical-brulures-yeux", "medical-urgent",
       tw("claire_d_mrm", f"@{B} Bonjour, j'ai utilisé votre sérum de nuit hier soir. Ce matin j'ai des brûlures sur les joues et les yeux gonflés. Mon médecin demande la liste des ingrédients, pouvez-vous me l'envoyer ?",
          lang="fr", when="2028-02-23T11:00:34Z"),
       expect(RP, "urgent", "safety", "direct"), note="French: burns and swollen eyes, her doctor needs the ingredients", known_miss="round 13, not met yet: topic: want \"safety\", got product; the engine read: addressed to @MarramSkin | a medical need: urgent | topic product: 'serum', 'serums', 'sérum', 'ingredient', 'ingredients', 'ingredientes', 'ingrédients', 'ingredientes'")
    SC("marram-news-serum-recall", "news-monitor",
       tw("WendGazette_mrm", "Skincare brand Marram recalls a batch of its night serum after customers report chemical burns and blistering. Anyone with batch RS4417 is told to stop using it {url:https://wendgazette.example/news/marram-serum-recall}",
          when="2028-02-23T12:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("marram-quote-recall-other-batch", "quote",
       tw("amy_r_mrm", "I've got two bottles of this but mine say RS4419 on the bottom, not 4417. are they ok to use or should I send them back too?",
          quote=recall, when="2028-02-23T12:30:18Z"),
       expect(RP, "normal", "product", "indirect"), strict=False,
       note="quotes the recall post without a tag; a question about a different batch, no reaction")
    SC("marram-chatter-cabinet-all-clear", "chatter-monitor",
       tw("gwen_h_mrm", "just emptied the whole bathroom cabinet after the Marram recall news 😅 all clear, we're fine",
          when="2028-02-23T13:00:29Z"),
       expect(MON, "low", "safety", "indirect"), note="nothing to answer: she checked and is fine")
    SC("marram-private-address-phone-collect", "private-details",
       tw("kath_b_mrm", f"@{B} since the recall I want the serum out of the house, the kids could get at it. nobody's had a reaction. can someone collect it from 3 Ferndown Close, Tallisford TL4 7QP? I'm on 07700 900317 after 4",
          when="2028-02-23T14:00:55Z"),
       expect(RV, "normal", "safety", "direct"), note="a home address and a phone number in public; nobody is hurt")
    SC("marram-legal-solicitor-burns-healing", "legal-threat-not-urgent",
       tw("rosie_l_mrm", "Used the Marram resurfacing serum on Saturday. The burns are healing but my GP says I may be left with marks. I've kept the bottle, the photos and the receipt, and I've instructed a solicitor.",
          when="2028-02-23T15:30:12Z"),
       expect(RP, "high", "safety", "indirect"), strict=False,
       note="a legal threat after an injury that is already healing: high; some leads would keep any burn urgent")
    SC("marram-common-dune-path-shins", "common-word",
       tw("stu_r_mrm", "note to self: shorts on the dune path at Penwarren = marram grass shredding your shins. every single year 🌾🦵",
          when="2028-02-23T16:30:40Z"),
       expect(IGN, "low", None, "none"), note="the grass on the dunes")
    SC("marram-html-recall-page-template", "html-entities",
       tw("noor_dev_mrm", f"@{B} your recall page just shows &lt;ul class=\"batch-list\"&gt;{{{{ affected_batches }}}}&lt;/ul&gt; where the list should be. which batches are affected?? I've got two bottles in the cupboard",
          when="2028-02-23T17:00:06Z"),
       expect(RP, "normal", "product", "direct"), note="a broken template on the recall page, delivered escaped; nobody is hurt")

    # ---- Thursday 24 February: the courier backlog and a threat at a counter -----------------
    courier = tw(B, "Delivery update 📦 Our courier partner's Midlands hub has flooded, so orders placed since Sunday may arrive 3–4 days late. Tracking will catch up once parcels start moving again. Sorry for the wait: we'll keep you posted here.",
                 when="2028-02-24T07:30:00Z")
    SC("marram-brand-own-courier-delay", "brand-own-post", courier, expect(IGN, "low", "orders", "none"))
    SC("marram-indirect-mums-birthday-gift", "complaint-indirect",
       tw("priya_k_mrm", "ordered a gift set from Marram on Saturday for my mum's birthday. tracking's said 'at hub' for four days and her birthday was yesterday 🙂 great stuff",
          when="2028-02-24T08:15:39Z"),
       expect(RP, "normal", "orders", "indirect"), note="her own late order, brand named without a tag")
    SC("marram-repeat-nia-rent-bounced", "repeat-contact",
       tw("nia_osei_mrm", "it's thursday. the second £38 still isn't back and my rent payment bounced this morning. you said thursday",
          reply_to=nia_brand, when="2028-02-24T09:00:17Z"),
       expect(RP, "high", "billing", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("marram-in-passing-week-delivered-nowhere", "complaint-in-passing",
       tw("dee_m_mrm", f"this week: boiler packed in, kid's got nits, car's at the garage and now @{B}'s courier has marked my parcel 'delivered' to a house that doesn't exist. living the dream",
          when="2028-02-24T09:30:44Z"),
       expect(RP, "normal", "orders", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("marram-repeat-third-time-out-for-delivery", "repeat-contact",
       tw("lou_o_mrm", f"@{B} third time asking now. my parcel has said 'out for delivery' since Monday and your chat just sends me round in circles. where is it?",
          when="2028-02-24T10:00:51Z"),
       expect(RP, "high", "orders", "direct"), note="the third contact about the same parcel")
    SC("marram-big-reach-presenter-parcel", "big-reach",
       tw("gemma_tv_mrm", f"Ordered my @{B} cleanser and SPF nine days ago for a shoot and still no parcel. Tracking hasn't moved since Saturday. Not quite the glow up I was promised 🙃",
          when="2028-02-24T10:30:00Z",
          metrics={"retweet_count": 640, "reply_count": 910, "like_count": 12_400, "quote_count": 85}),
       expect(RP, "high", "orders", "indirect"), note="860k followers; a late order, the handle inside a post to everyone")
    ella = tw("ella_s_mrm", "has anyone's online order actually turned up this week? mine's been 'in transit' since saturday and I'm losing the will",
              when="2028-02-24T11:00:00Z")
    SC("marram-chatter-hub-flooded-tip", "third-party-chatter",
       tw("kwesi_b_mrm", "@ella_s_mrm if it's Marram, mine took 6 days but turned up fine. their courier's hub flooded apparently, so it's not just you",
          reply_to=ella, when="2028-02-24T11:10:23Z"),
       expect(MON, "low", "orders", "third_party"), note="a stranger's reassurance in someone else's thread", known_miss="round 13, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a danger to health or safety: urgent | topic orders: 'courier', 'couriers', 'hub'")
    SC("marram-it-pacco-non-arrivato", "non-english",
       tw("giulia_f_mrm", f"@{B} Ciao, ho ordinato il 18 febbraio e il pacco non è ancora arrivato. Il tracciamento è fermo da sabato. Potete aiutarmi?",
          lang="it", when="2028-02-24T12:00:38Z"),
       expect(RP, "normal", "orders", "direct"), note="Italian: the parcel has not arrived")
    SC("marram-nl-question-bezorgen-nederland", "non-english",
       tw("femke_j_mrm", f"@{B} Bezorgen jullie ook in Nederland? Ik wil de reiniger bestellen maar zie bij het afrekenen geen verzendopties.",
          lang="nl", when="2028-02-24T12:40:14Z"),
       expect(RP, "normal", "orders", "direct"), note="Dutch: do they deliver to the Netherlands?")
    SC("marram-pt-frasco-partido", "non-english",
       tw("ines_c_mrm", f"@{B} A minha encomenda chegou hoje mas o frasco do sérum veio partido e a caixa toda suja. Podem enviar outro?",
          lang="pt", when="2028-02-24T13:20:09Z"),
       expect(RP, "normal", "orders", "direct"), note="Portuguese: the order arrived with a broken bottle")
    SC("marram-threat-man-threatened-consultant", "threat-urgent",
       tw("fi_mac_mrm", "a man just threatened the consultant at the Marram counter in Haddow &amp; Lyle, screaming he'd smash a bottle over her head over a refund. police are here now and she's shaking. properly dangerous",
          when="2028-02-24T14:30:27Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a witness to a threat against a member of counter staff, just now")
    SC("marram-threat-manager-through-window", "threat-urgent",
       tw("gaz_t_mrm", f"@{B} 12 days, no parcel, tracking says delivered. if it's not here tomorrow I'm coming to the Ostbury shop and I'll put that smug manager through the window. not joking",
          when="2028-02-24T16:00:45Z"),
       expect(ANY, "urgent", "orders", "direct"), note="a threat against a member of staff with a complaint: only the priority is strict")
    SC("marram-quote-courier-day-eight", "quote",
       tw("ayo_t_mrm", "'3–4 days late' 🙃 mine was ordered last Thursday, so we're on day 8 and the tracking still says it's never left the hub",
          quote=courier, when="2028-02-24T17:20:33Z"),
       expect(RP, "normal", "orders", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; a sarcastic complaint about her own order")
    SC("marram-common-gravel-garden", "common-word",
       tw("jill_p_mrm", "Gravel garden plan for spring: sea holly, sea kale and a big clump of marram grass for movement. salt-proof, drought-proof, and the bees love the holly 🐝",
          when="2028-02-24T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="the grass in a coastal garden")
    SC("marram-namesake-books-preorder", "namesake",
       tw("MarramBooks_mrm", "We're thrilled to announce 'Salt Lines', a new collection from Elspeth Marram, out 14 April 📚 Pre-order from your local bookshop now",
          when="2028-02-24T18:00:00Z"),
       expect(IGN, "low", "orders", "none"), note="Marram Books, a publisher, and the poet Elspeth Marram; 'pre-order' is an orders keyword")
    SC("marram-spam-fund-recovery", "spam",
       tw("fundsback_mrm", "Lost money to a fake 'Marram refunds' page this week? 💸 Our certified recovery agents get your funds back in 24h, 100% success. DM now ✅",
          when="2028-02-24T19:00:00Z"),
       expect(IGN, "low", "billing", "indirect"), note="scam 'fund recovery' riding on the double-charge story")

    # ---- Friday 25 February: the viral SPF review ---------------------------------------------
    SC("marram-news-courier-floods", "news-monitor",
       tw("MidlandsBiz_mrm", "Floods at a courier hub near Coventry have left thousands of parcels stuck, with online retailers including skincare brand Marram warning of delivery delays into next week {url:https://midlandsbiz.example/news/courier-hub-floods}",
          when="2028-02-25T08:00:00Z"),
       expect(MON, "low", "orders", "indirect"))
    dani = tw("danisglow_mrm", f"ok we need to talk about the @{B} Tideline SPF 50. pilled on top of my moisturiser in seconds, went patchy and ORANGE under my eyes, and it smells like a chip shop. £34?? I want my money back",
              when="2028-02-25T09:00:00Z",
              metrics={"retweet_count": 5_200, "reply_count": 3_800, "like_count": 71_000, "quote_count": 1_100})
    SC("marram-big-reach-creator-spf-review", "big-reach", dani, expect(RP, "high", "product", "indirect"),
       note="1.3m followers; a scathing review of her own purchase, the handle inside a post to everyone")
    dani_brand = tw(B, "@danisglow_mrm Dani, that's not how the Tideline should look or wear, and I'm sorry. Your money's on its way back today, no need to return it. Our formulator would love to know which moisturiser you layered it over: could you DM us?",
                    reply_to=dani, when="2028-02-25T09:35:10Z")
    SC("marram-joke-grass-on-sand-orange", "joke-bystander",
       tw("lenny_a_mrm", "@danisglow_mrm in fairness Marram is a grass that lives on sand dunes. orange and patchy is basically the brand 🌾🏖️",
          reply_to=dani, when="2028-02-25T09:55:41Z"),
       expect(IGN, "low", "product", "third_party"), note="a stranger's joke under the creator's post")
    SC("marram-repost-creator-review", "repost", tw("zoe_q_mrm", "", retweet=dani, when="2028-02-25T10:05:12Z"),
       expect(IGN, "low", "product", "indirect"))
    SC("marram-chatter-spf-discourse", "chatter-monitor",
       tw("zoe_q_mrm", "the Marram SPF discourse on my timeline today is unhinged 😂 half of you hate it, half of you are buying three",
          when="2028-02-25T11:00:18Z"),
       expect(MON, "low", "product", "indirect"), note="talk about the brand, nothing to answer", known_miss="round 13, not met yet: action: want \"monitor\", got respond_public; priority: want \"low\", got normal; the engine read: names Marram in a post to everyone | describes their own experience | complaint (0.55) | topic product: 'spf'")
    SC("marram-praise-milk-cleanser", "praise",
       tw("ayesha_n_mrm", f"@{B} whatever people are saying about the SPF, your milk cleanser is the only thing my dry winter face hasn't fought with this year. thank you 🙏",
          when="2028-02-25T12:00:46Z"),
       expect(RP, "low", "product", "direct"))
    SC("marram-sarcasm-parcel-in-hedge", "sarcasm-customer",
       tw("owen_p_mrm", "shoutout to Marram's courier for leaving my parcel in the hedge. very natural. very dunes. very on brand 🌿",
          when="2028-02-25T12:30:29Z"),
       expect(RP, "normal", "orders", "indirect"), note="'shoutout' meaning the opposite", known_miss="round 13, not met yet: priority: want \"normal\", got low; the engine read: names Marram in a post to everyone | praise: thank them | topic orders: 'courier', 'couriers', 'parcel', 'parcels'")
    SC("marram-abuse-muppets-parcel", "abuse-with-problem",
       tw("barry_c_mrm", f"@{B} pathetic. 11 days, parcel never delivered, no reply to 4 emails. useless bunch of muppets, just send me my stuff or my money",
          when="2028-02-25T13:00:52Z"),
       expect(RP, "high", "orders", "direct"), note="rude, but his order never arrived")
    SC("marram-legal-small-claims-refund", "legal-threat-not-urgent",
       tw("ian_g_mrm", f"@{B} a week on and the refund for the double charge still hasn't landed. if it's not back by Monday I'm taking you to the small claims court and reporting you to Trading Standards",
          when="2028-02-25T14:00:37Z"),
       expect(RP, "high", "billing", "direct"), note="a court and regulator threat: a strong complaint, not urgent")
    SC("marram-hotline-recall-on-hold", "public-hotline-number",
       tw("mo_hale_mrm", f"@{B} rang 0808 157 0619 about my recalled serum, 45 mins on hold then it hung up on me. do I just bin it or do you want it back?",
          when="2028-02-25T15:00:24Z"),
       expect(RP, "normal", "safety", "direct"), strict=False,
       note="the brand's own careline is not a private detail; no reaction mentioned")
    SC("marram-hotline-praise-refund", "public-hotline-number",
       tw("tara_f_mrm", "thank you to the lovely man on Marram's careline, 0808 157 0619, who sorted my double charge refund in five minutes flat 🙌",
          when="2028-02-25T16:00:13Z"),
       expect(RP, "low", "billing", "indirect"), strict=False, note="praise quoting the brand's own careline")
    kirsty = tw("kirsty_mrm", "3 parcels due this week and not one has turned up. starting to think couriers are a myth",
                when="2028-02-25T17:00:00Z")
    SC("marram-venting-at-hub-six-days", "third-party-venting",
       tw("vic_l_mrm", "@kirsty_mrm same. Marram's had my order since last Friday and the tracking's said 'at hub' for 6 days 🙄",
          reply_to=kirsty, when="2028-02-25T17:14:48Z"),
       expect(MON, "low", "orders", "third_party"), note="venting in someone else's thread, brand not tagged")
    SC("marram-legal-trading-standards-parcel", "legal-threat-not-urgent",
       tw("fran_m_mrm", "Reported Marram to Trading Standards today. 14 days, no parcel, no refund, and every chat ends with 'it's with the courier'.",
          when="2028-02-25T18:30:05Z"),
       expect(RP, "high", "orders", "indirect"), note="a regulator complaint about her own order, brand named without a tag")

    # ---- Saturday 26 February -----------------------------------------------------------------
    SC("marram-namesake-beach-clean", "namesake",
       tw("BayClean_mrm", "Marram Bay beach clean this Sunday, 10am 🌊 meet by the lifeguard hut, bags and gloves provided. Last month 31 of you picked up 212kg of rubbish!",
          when="2028-02-26T08:00:00Z"),
       expect(IGN, "low", None, "none"), note="Marram Bay, a beach")
    SC("marram-namesake-poet-on-train", "namesake",
       tw("ciara_d_mrm", "Re-reading Elspeth Marram on the train and she still gets me every time. that poem about her father's boat coming in 🥹",
          when="2028-02-26T09:30:00Z"),
       expect(IGN, "low", None, "none"), note="a poet's surname")
    SC("marram-question-shore-club-points", "question",
       tw("lena_b_mrm", f"@{B} do my Shore Club points expire? I've got 2,300 and never know what to spend them on",
          when="2028-02-26T10:30:31Z"),
       expect(RP, "normal", "loyalty", "direct"))
    SC("marram-es-praise-limpiador", "non-english",
       tw("sofia_r_mrm", "Me encanta el limpiador de Marram 😍 después de dos semanas mi cara está mucho mejor. ¡Gracias!",
          lang="es", when="2028-02-26T11:00:43Z"),
       expect(RP, "low", "product", "indirect"), note="Spanish: praise for the cleanser, brand named without a tag")
    SC("marram-namesake-windburn-bay", "namesake",
       tw("rob_k_mrm", "burnt my nose at Marram Bay. in FEBRUARY. the wind off that beach is no joke, should've packed the SPF 🥲",
          when="2028-02-26T11:30:19Z"),
       expect(IGN, "low", ANY, "none"), note="Marram Bay, a beach: windburn, a mild joke, with a burn word and a product word side by side")
    SC("marram-namesake-cottage-hand-cream", "namesake",
       tw("helen_a_mrm", "Marram Cottage was perfect for our anniversary 🏡 an open fire, a sea view and the nicest hand cream and shampoo in the bathroom. already rebooked for the autumn",
          when="2028-02-26T12:00:08Z"),
       expect(IGN, "low", "product", "none"), note="the holiday let, with toiletries close to the brand's business")
    SC("marram-spam-follower-selling", "spam",
       tw("growfast_mrm", "Want your beauty brand to pop like Marram? 📈 10k REAL followers for £19.99, quick &amp; discreet, DM us today 🔥",
          when="2028-02-26T13:00:00Z"),
       expect(IGN, "low", None, "indirect"), note="follower selling using the brand's name")
    SC("marram-de-medical-tochter-blasen", "medical-urgent",
       tw("katrin_v_mrm", f"@{B} Meine Tochter (15) hat heimlich das Serum benutzt, jetzt hat sie Blasen und eine Schwellung am Kinn und es brennt. Müssen wir in die Notaufnahme?",
          lang="de", when="2028-02-26T13:30:55Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a 15-year-old with blisters and swelling, asking about A&E")
    SC("marram-spam-fake-giveaway", "spam",
       tw("freebeauty_mrm", "🎁 MARRAM GIVEAWAY 🎁 win a year of Marram skincare + a £500 voucher 💝 follow, RT and claim here before midnight 👉 {url:https://marram-winners.example/claim}",
          when="2028-02-26T14:00:00Z"),
       expect(IGN, "low", "loyalty", "indirect"), note="a fake giveaway using the brand's name")
    SC("marram-nl-rude-verkoopster", "non-english",
       tw("anouk_v_mrm", "Wat een onbeleefde verkoopster bij de Marram balie in Brigg's in Ostbury. Ik vroeg alleen om een tester en ze rolde met haar ogen 🙄",
          lang="nl", when="2028-02-26T14:30:36Z"),
       expect(RP, "normal", "store", "indirect"), note="Dutch: a rude consultant at a counter ('rolled her eyes' is not an injury)", known_miss="round 13, not met yet: action: want \"respond_public\", got monitor; priority: want \"normal\", got low; the engine read: names Marram in a post to everyone | general chatter about the brand | topic store: 'onbeleefd', 'verkoopster', 'balie', 'tester', 'testers'")
    SC("marram-pt-pontos-desapareceram", "non-english",
       tw("ana_p_mrm", f"@{B} Os meus pontos de fidelidade desapareceram depois da última compra. Onde estão as minhas recompensas?",
          lang="pt", when="2028-02-26T15:30:22Z"),
       expect(RP, "normal", "loyalty", "direct"), note="Portuguese: loyalty points gone")
    SC("marram-common-fieldwork-roots", "common-word",
       tw("mr_okoye_mrm", "Year 8 fieldwork at Penwarren today: we measured how far marram roots spread under the dunes. one lad found a root longer than he is 😂 sand dune succession, sorted",
          when="2028-02-26T16:30:00Z"),
       expect(IGN, "low", None, "none"), note="the grass, in a geography lesson")
    SC("marram-common-weaving-workshop", "common-word",
       tw("morfudd_mrm", "Tried traditional marram weaving at the heritage centre today. my mat looks more like a bird's nest but I'm weirdly proud of it 🌾",
          when="2028-02-26T17:00:00Z"),
       expect(IGN, "low", None, "none"), note="the old craft of weaving marram grass")
    SC("marram-common-hand-cream-dune-survey", "common-word",
       tw("cat_h_mrm", "any hand cream recommendations? my knuckles are cracked to bits after a morning replanting marram for the dune survey",
          when="2028-02-26T18:00:00Z"),
       expect(IGN, "low", "product", "none"), note="the grass, next to a request for the kind of product the brand sells")
    zainab = tw("zainab_mrm", "Marram's tinted SPF went orange on me too 😩 can I even take it back if I've opened it?",
                when="2028-02-26T18:30:00Z")
    SC("marram-chatter-swapped-in-shop", "third-party-chatter",
       tw("ben_a_mrm", "@zainab_mrm yes! I took my opened one back to the Marram shop in Tallisford and they swapped it for the plain one, no questions",
          reply_to=zainab, when="2028-02-26T18:45:12Z"),
       expect(MON, "low", "store", "third_party"), note="a stranger's advice in someone else's thread")
    SC("marram-namesake-dinghy-results", "namesake",
       tw("OstburySC_mrm", "Frostbite Series race 6 results 🌬️ 1st Marram (Enterprise 22614, Jo &amp; Will Tarrant), 2nd Puffin, 3rd Spindrift. Hot soup in the clubhouse as usual",
          when="2028-02-26T16:00:00Z"),
       expect(IGN, "low", None, "none"), note="a sailing dinghy named Marram")

    # ---- Sunday 27 February -------------------------------------------------------------------
    SC("marram-thread-dan-eye-fine", "thread-with-brand",
       tw("dan_c_mrm", "update: he's absolutely fine. eye's clear, the nurse who rang was brilliant and the GP checked him over this morning. thank you for getting back so fast 💛",
          reply_to=dan_brand, when="2028-02-27T09:00:31Z"),
       expect(RP, "low", "safety", "direct"), note="thanks in the brand's thread, no @; the boy is fine, so not urgent")
    SC("marram-praise-refund-voucher", "praise",
       tw("jade_k_mrm", f"@{B} refund for the double charge landed this morning, plus a £10 voucher for the hassle. fair play, you've kept me 🌾",
          when="2028-02-27T10:00:14Z"),
       expect(RP, "low", "billing", "direct"), known_miss="round 13, not met yet: priority: want \"low\", got normal; the engine read: addressed to @MarramSkin | complaint (0.37) | topic billing: 'refund', 'refunds', 'double charged', 'double charge', 'charged', 'charge', 'charges', an amount of money")
    SC("marram-q-reply-recall-gift-set-minis", "question-in-reply-to-brand",
       tw("chiara_b_mrm", "does this include the travel size minis in the winter gift set? mine came in a set from Brigg's before Christmas",
          reply_to=recall, when="2028-02-27T10:30:49Z"),
       expect(RP, "normal", "product", "direct"), note="a question under the recall post, no @; nobody hurt")
    SC("marram-indirect-hair-oil-greasy", "complaint-indirect",
       tw("carla_n_mrm", "Marram's new sea buckthorn hair oil has made my hair so greasy it looks like I've been dipped in chip fat. £28 well spent 😑",
          when="2028-02-27T11:00:27Z"),
       expect(RP, "normal", "product", "indirect"), note="her own purchase, brand named without a tag")
    SC("marram-question-retinol-vitamin-c", "question",
       tw("ravi_d_mrm", f"@{B} can I use the retinol night cream on the same nights as the vitamin C serum or is that too much?",
          when="2028-02-27T12:00:05Z"),
       expect(RP, "normal", "product", "direct"), note="product advice, nobody hurt")
    SC("marram-question-counter-sunday", "question",
       tw("harriet_mrm", f"@{B} is your counter in Brigg's open on Sundays? want to get colour matched before a wedding",
          when="2028-02-27T12:30:40Z"),
       expect(RP, "normal", "store", "direct"))
    SC("marram-safety-slipped-body-oil-counter", "safety-urgent",
       tw("tom_r_mrm", "a lady just slipped on spilled body oil by the Marram counter in Haddow &amp; Lyle and hit her head on the floor. it's bleeding, staff are with her waiting for the ambulance, she's awake but confused",
          when="2028-02-27T13:00:17Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a head injury at a counter, happening now")
    SC("marram-medical-lip-oil-tester-almond", "medical-urgent",
       tw("maya_l_mrm", f"@{B} tried the cherry lip oil tester at Brigg's 20 mins ago and my lips and tongue are swelling up. I'm allergic to almonds, is there almond oil in it?? taken an antihistamine",
          when="2028-02-27T14:00:44Z"),
       expect(RP, "urgent", "safety", "direct"), note="an allergic reaction to a tester, happening now")
    SC("marram-private-dob-locked-out", "private-details",
       tw("gareth_p_mrm", f"@{B} can't log in, locked out of my account so I can't stop my subscription. it keeps asking for my date of birth, it's 02/11/1988, email gareth.price@postbox.example. can you unlock it before it renews again?",
          when="2028-02-27T15:00:36Z"),
       expect(RV, "normal", "app", "direct"), note="a date of birth and an email address in public")
    SC("marram-html-checkout-img-onerror", "html-entities",
       tw("sasha_i_mrm", f"@{B} checkout page says 'Hello &lt;img src=x onerror=alert(document.cookie)&gt;' instead of my name and then won't let me pay. is the site even safe to use??",
          when="2028-02-27T16:00:21Z"),
       expect(RP, "normal", "app", "direct"), note="hostile HTML around a real question; it arrives escaped")
    SC("marram-complaint-eye-cream-pump", "complaint-direct",
       tw("ed_w_mrm", f"@{B} the pump on my £46 eye cream gave up halfway through the tube. can't get the rest out. is that how it's meant to be?",
          when="2028-02-27T17:00:48Z"),
       expect(RP, "normal", "product", "direct"), note="a broken pump; 'eye' here is the product's name, not an injury")
    SC("marram-praise-counter-since-1979", "praise",
       tw("june_mrm", "Been buying from the Marram counter at Haddow &amp; Lyle since before most of the staff were born, and the young consultant today was as kind as the ladies in 1979 💐",
          when="2028-02-27T17:30:12Z"),
       expect(RP, "low", "store", "indirect"), note="praise for the counter staff, brand named without a tag")
    return brand


BRANDS["marram-skincare"] = ("MarramSkin", 4678901245, build_marram_skincare)
