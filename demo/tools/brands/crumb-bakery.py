# Crumb Bakery ("Crumb"): a made-up chain of café-bakeries in and around the made-up city of
# Hollinford (Mill Street, Market Street, Castle Street, Bridge Street, a kiosk at the station,
# and shops in Swalebridge and Marsham), all baked overnight at the Tanner's Yard bakehouse:
# bread, pastries and celebration cakes over the counter, click-and-collect and delivery, custom
# and wedding cakes ordered online with a deposit, the Crumb loyalty app (stamps and points),
# wholesale bread for local cafés on trade accounts, and allergen labelling with gluten-free,
# nut-free and vegan ranges.
# "Crumb" is also an ordinary word and a name: a crumb of bread or cake ("not a crumb left",
# "a crumb of comfort"), "crumbs!", the crumb of a loaf in sourdough talk ("open crumb",
# "tight crumb"), a cake decorator's "crumb coat", Crumb the cat, the cartoonist Dot Crumb, a
# comedy podcast called "Crumb", the Crumb family of Marsham and the Crumb & Co sandwich van.
# None of them is the bakery.
# Written blind, from PRODUCT.md and the scenario README's conventions only. The week of
# 10 July 2028: on Monday Crumb launches online ordering for celebration cakes, and the ordinary
# posts come in (a coeliac's question, a late click-and-collect, a fall on a wet floor). On
# Tuesday the new cake system loses orders and takes deposits twice, days before a Saturday of
# birthdays, christenings and weddings: a burst of complaints, a TV baker, the local paper, and
# a child burned on a hot tray. On Wednesday a six-year-old with a nut allergy reacts to the
# kids' "nut-free" flapjacks and ends up in A&E; parents ask what is safe in several languages,
# glass turns up in a loaf, and an angry father threatens staff. On Thursday Crumb recalls the
# flapjacks (hazelnut) and the plain bagels (sesame not on the label): a food-alerts account,
# fake "Crumb support" accounts and a fake compensation voucher ride on the recall, a man loses
# money to one of them, a family has food poisoning, the wholesale cafés are left short. Friday
# is the run-up to the weekend (repeat contacts, a trading-standards threat, an Italian wedding
# cake with no order). On Saturday a wedding cake fails to arrive at Holloway Barn until the
# speeches, smoke pours out of a shop, and Sunday brings the groom's small-claims threat, the
# bride's thanks, a grandad's 90th, sourdough questions and a giveaway scam.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person, place, account
# and reference number, phone number, address and email address here is made up. Phone numbers
# are from the UK drama ranges; card numbers are Luhn-valid test numbers that belong to no one.


def build_crumb_bakery():
    global CURRENT_BRAND, CLOCK
    brand = Brand("crumb-bakery", SCEN_DIR / "crumb-bakery.plan.toml", "CrumbBakery", 6678901245, 1861220000000007101)
    CURRENT_BRAND, CLOCK = brand, Clock("2028-07-10T05:30:00Z")
    B = "CrumbBakery"
    user(B, "Crumb Bakery", 6678901245,
         "Bread, pastries & celebration cakes, baked overnight in Hollinford. Help 7am–9pm daily, or call 0808 157 0634. "
         "Allergen info on every label and at crumb.example/allergens.",
         92_300, following=1_120, tweets=38_400, listed=410, verified=True)

    _n = [0]

    def person(username, name, bio, followers, **kw):
        _n[0] += 1
        return user(username, name, 12240100000 + _n[0] * 4129, bio, followers, **kw)

    person("loafwise_cb", "Loafwise", "Home sourdough. Crumb shots, starters and far too much flour.", 24_300)
    person("ngozi_cb", "Ngozi Eze", "Nurse, nights. Hollinford. Runs on pastry.", 380)
    person("fi_mc_cb", "Fiona McAllister", "Swalebridge. Mum of two. Learning to read every label.", 210)
    person("dev_r_cb", "Dev Raina", "Commuter. Hollinford to the city and back.", 450)
    person("amira_cb", "Amira Haddad", "Getting married in August (!!). Lists of lists.", 620)
    person("HollArts_cb", "Hollinford Arts Centre", "Exhibitions, theatre and cinema in the heart of Hollinford.", 8_900)
    person("kev_b_cb", "Kevin Barlow", "Marsham. Cheese twist connoisseur.", 130)
    person("FollowFast_cb", "FollowFast 🚀", "Real followers, real fast. Packages for brands 💯", 4_200, following=5_000)
    person("hannah_l_cb", "Hannah Lowe", "Office manager. Friday treats are my whole job.", 540)
    person("sec_joss_cb", "Joss Arden", "Web security tester. I paste things into text boxes.", 2_100)
    person("gemma_t_cb", "Gemma Towers", "Hollinford. New to baking, loud about it.", 300)
    person("rob_h_cb", "Rob Hewitt", "Looking after Mum. Market Street regular.", 190)
    person("sara_k_cb", "Sara Kowalski", "Mum to Sam (turning 5 on Saturday!).", 260)
    person("lou_p_cb", "Lou Pryor", "Marsham. Physics teacher. Sarcasm is a love language.", 710)
    person("ange_cb", "Angela Fox", "Hollinford. Passes things on.", 140)
    person("jen_w_cb", "Jen Walsh", "Godmother-to-be. Swalebridge.", 330)
    person("tasha_cb", "Natasha Bright", "Mum of Ellie (4 months). Sleep is a rumour.", 240)
    person("punny_cb", "Barry Punshon", "Puns. Pints. No apologies.", 1_300)
    person("mo_s_cb", "Mo Siddiqui", "Hollinford. Reads status pages so you don't have to.", 870)
    person("bakewithbex_cb", "Bex Aldred", "Baker, telly person, author of 'Proper Puds'. Bakes for everyone 🍰",
           640_000, following=1_800, listed=3_100, verified=True)
    person("mel_d_cb", "Melanie Dunn", "Eddington. Three kids, one car, no peace.", 410)
    person("gaz_b_cb", "Gary Booth", "Marsham. Says what he thinks.", 95)
    person("lucia_cb", "Lucía Romero", "Sevillana en Hollinford. Mamá de Martina.", 220)
    person("jonas_cb", "Jonas Becker", "Aus Köln, jetzt in Swalebridge. Heirate am Samstag!", 310)
    person("HollCourier_cb", "Hollinford Courier", "News for Hollinford, Swalebridge and Marsham since 1889.", 52_000,
           following=900, verified=True)
    person("pat_cb", "Pat Quinlan", "Eddington. Retired. Hold music survivor.", 110)
    person("claire_o_cb", "Claire Osei", "Mum to Ruby (4). Bridge Street.", 280)
    person("nadia_h_cb", "Nadia Hussain", "Planning Mum's 80th. Send help.", 360)
    person("jess_a_cb", "Jess Armitage", "Mum to Alfie (6, nut allergy, superhero).", 430)
    person("ray_cb", "Rachel Yates", "Hollinford. Wife of a bagel addict.", 150)
    person("kirsty_cb", "Kirsty Lang", "St Aidan's mum. Always on the parents' group.", 520)
    person("nicola_p_cb", "Nicola Platt", "Mum of three. Hollinford.", 170)
    person("anke_cb", "Anke Vogel", "Aus Bremen in Hollinford. Mama von Jonte.", 190)
    person("elodie_cb", "Élodie Marchand", "Lyonnaise à Swalebridge. Maman de Léa.", 240)
    person("dan_k_cb", "Dan Kerrigan", "Castle Street. Dad of two. Makes the toast.", 120)
    person("lee_w_cb", "Lee Warburton", "Marsham. Dad. Not in the mood.", 80)
    person("gina_cb", "Gina Russo", "School runs and spreadsheets.", 290)
    person("kat_cb", "Kat Morley", "Works from home. Waits in for deliveries.", 350)
    person("marco_cb", "Marco Bellini", "Torinese a Hollinford. Caffè e cornetto.", 260)
    person("tom_g_cb", "Tom Garside", "Eddington. Judge of loaves.", 480)
    person("StAidansPTA_cb", "St Aidan's PTA", "Friends of St Aidan's Primary, Hollinford.", 1_600)
    person("beth_m_cb", "Beth Marlow", "Hollinford. Allergy mum. Tired.", 310)
    person("owen_cb", "Owen Pritchard", "Marsham. Sesame allergy, toast enthusiast.", 140)
    person("CrumbRefund_cb", "Crumb Bakery Refunds 🎁", "Official Crumb recall refunds & compensation 🎁", 380, following=4_800)
    person("rita_cb", "Rita Gomes", "Hollinford. App for everything.", 200)
    person("CrumbHelp_cb", "Crumb Support 🔒", "Crumb Bakery customer support. DM for fast help 🔒", 60, following=4_600)
    person("alan_cb", "Alan Metcalfe", "Eddington. 67. Too trusting, apparently.", 75)
    person("val_cb", "Valerie Dobbs", "Hollinford. Looking after Dad.", 160)
    person("sanne_cb", "Sanne de Groot", "Uit Delft, woont in Marsham. Moeder van Fenna.", 230)
    person("ines_cb", "Inês Carvalho", "Do Porto para Swalebridge. Mãe do Tomás.", 210)
    person("FoodAlertsUK_cb", "Food Alerts UK", "Food recalls and allergy alerts as they happen. Not a government account.",
           410_000, following=300, listed=2_700, verified=True)
    person("hol_angry_cb", "H", "", 40)
    person("bex_t_cb", "Becky Tate", "Lunchbox engineer. Hollinford.", 260)
    person("priti_cb", "Priti Shah", "Market Street. Knows the staff by name.", 390)
    person("dockside_cb", "The Dockside Café", "Breakfast, bagels and the best view of the canal. Swalebridge.", 3_200)
    person("joe_v_cb", "Joe Varley", "Eddington. Worked from home, now works from anywhere.", 220)
    person("ruby_h_cb", "Ruby Hale", "Hollinford. Allergy mum. Still shaky.", 180)
    person("swalebean_cb", "Swale Bean", "Coffee, toast and good tunes. Swalebridge high street.", 2_400)
    person("kate_s_cb", "Kate Saunders", "Marsham. Party planner for one small boy.", 160)
    person("ellie_cb", "Ellie Brooks", "Hollinford. Coffee first.", 580)
    person("frank_cb", "Frank Oduya", "Early trains. Hollinford station.", 120)
    person("anchor_cb", "The Anchor Inn", "Pub food, real ale. Eddington.", 1_900)
    person("sugarbloom_cb", "Sugarbloom Cakes", "Wedding cakes & sugar flowers, made at home in Marsham 🌸", 6_300)
    person("crumbpod_cb", "Crumb Podcast", "Two comedians eat things and argue. New episode every Friday 🎙️", 38_000)
    person("zoe_cb", "Zoe Tran", "Swalebridge. Daughter of a 60-year-old.", 270)
    person("ravi_cb", "Ravi Menon", "Eddington. Breakfast is important.", 190)
    person("foodie_fi_cb", "Fi Darby", "Food writer for the Courier. Will queue for pastry.", 2_300)
    person("giulia_cb", "Giulia Ferri", "Milanese a Marsham. Sposa domani!", 340)
    person("tess_cb", "Tess Ambler", "Eddington. Long weeks.", 210)
    person("helen_t_cb", "Helen Tuck", "Hollinford. Keeps the paperwork.", 260)
    person("yann_cb", "Yann Leclerc", "Breton à Hollinford. Lève-tôt.", 180)
    person("maud_cb", "Maud Jansen", "Van Utrecht naar Hollinford.", 150)
    person("priya_s_cb", "Priya Sethi", "Sister of the bride. Maid of honour. Clipboard.", 490)
    person("ash_cb", "Ash Kendall", "Bridge Street. Notices things.", 230)
    person("leanne_cb", "Leanne Pike", "Hollinford. Stuck at work.", 410)
    person("mark_cb", "Mark Denton", "Wedding guest. Suit too tight.", 300)
    person("quip_cb", "Quentin Fairley", "Professional bystander. Amateur poet.", 950)
    person("wedpix_cb", "Lena Voss Photography", "Wedding photographer. Barns, fields and happy tears 📸",
           880_000, following=2_100, listed=2_900, verified=True)
    person("hollfan_cb", "Hollinford Till I Die", "Hollinford Town. Season ticket since '09. Suffering.", 3_400)
    person("pip_h_cb", "Pip Hartley", "Owned by a cat called Crumb.", 640)
    person("crumbco_cb", "Swalebridge Market", "Every Saturday, 8 till 2, Swalebridge square.", 4_100)
    person("tom_hale_cb", "Tom Hale", "Just married. Hollinford.", 380)
    person("hannah_w_cb", "Hannah Hale", "Just married!! 💍", 520)
    person("suec_cb", "Sue Crumb", "Marsham. Grandma, dominoes champion in waiting.", 170)
    person("ovenspring_cb", "Ola Nowak", "Sourdough beginner. Why is it always flat.", 310)
    person("CrumbTurns10_cb", "Crumb Bakery 🎉", "Crumb Bakery 10th birthday giveaways 🎂🎉", 2_200, following=4_900)
    person("chiara_cb", "Chiara Conti", "Da Bologna a Hollinford. Celiaca.", 200)
    person("web_ollie_cb", "Ollie Pratt", "Front-end dev. Notices broken templates.", 1_500)
    person("olu_cb", "Olu Bankole", "Dad of one very busy toddler.", 290)
    person("max_r_cb", "Max Reid", "Marsham. Logs in to everything, remembers nothing.", 140)

    # ---- Monday 10 July: cake ordering goes online; ordinary questions ---------------------------
    SC("crumb-common-open-crumb-sourdough", "common-word",
       tw("loafwise_cb", "Day 3 of the 80% hydration experiment and FINALLY an open crumb I'm proud of 🙌 long cold retard, 250° Dutch oven and a lot of patience. Crumb shot below 👇 {url:https://pics.example/loafwise/0710}",
          when="2028-07-10T06:05:12Z"),
       expect(IGN, "low", None, "none"), note="the inside of a home-baked loaf, not the bakery", known_miss="round 16, not met yet: action: want \"ignore\", got respond_public; priority: want \"low\", got high; addressed: want \"none\", got indirect; the engine read: names Crumb Bakery in a post to everyone | describes their own experience | complaint (0.11) | rude, but still a customer with a problem | author reach: 24k followers")
    SC("crumb-praise-night-shift-buns", "praise",
       tw("ngozi_cb", "off a 12 hour night shift and the Crumb on Mill Street had cinnamon buns out at 6:30. the lad on the counter slipped me an extra one 'for the drive home'. whoever trains your staff, keep doing it 💛",
          when="2028-07-10T06:48:40Z"),
       expect(RP, "low", "shops", "indirect"), note="praise, brand named without a tag", known_miss="round 16, not met yet: action: want \"respond_public\", got monitor; the engine read: names Crumb Bakery in a post to everyone | general chatter about the brand | topic shops: 'counter', 'staff'")
    SC("crumb-medical-coeliac-daughter", "medical-urgent",
       tw("fi_mc_cb", f"@{B} hi, my daughter was diagnosed coeliac last month. is your gluten free bread made in a separate area or is there a risk of cross contamination with the normal loaves? she gets really poorly from even a trace",
          when="2028-07-10T07:26:31Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question, but a wrong answer makes a coeliac child ill: a medical need")
    SC("crumb-complaint-click-collect-not-ready", "complaint-direct",
       tw("dev_r_cb", f"@{B} click and collect slot was 8:00, got to Castle Street at 8:05 and my order hadn't even been started. stood there 25 mins and missed my train. what's the point of booking a slot?",
          when="2028-07-10T08:12:09Z"),
       expect(RP, "normal", "orders", "direct"))
    launch = tw(B, "🎂 New: order your celebration cake online! Pick the sponge, the icing and the message, pay a deposit and collect from any Crumb shop. Wedding cakes by appointment as always. 👉 {url:https://crumb.example/cakes}",
                when="2028-07-10T09:00:00Z")
    SC("crumb-brand-own-cake-launch", "brand-own-post", launch, expect(IGN, "low", "cakes", "none"))
    SC("crumb-q-reply-wedding-cake-notice", "question-in-reply-to-brand",
       tw("amira_cb", "how much notice do you need for a three tier wedding cake? ours is 19 August and I've only just realised nobody's booked one 😅",
          reply_to=launch, when="2028-07-10T09:41:55Z"),
       expect(RP, "normal", "cakes", "direct"), note="a question under the brand's post, no @")
    SC("crumb-namesake-cartoonist-dot-crumb", "namesake",
       tw("HollArts_cb", "Opening Saturday in Gallery 2: 'Small Hours', forty years of strips and sketchbooks by the cartoonist Dot Crumb, including original pages from 'Tea with Mrs Gristle'. Free entry.",
          when="2028-07-10T10:30:00Z"),
       expect(IGN, "low", None, "none"), note="a cartoonist's surname")
    SC("crumb-private-loyalty-email-phone", "private-details",
       tw("kev_b_cb", f"@{B} the app has lost all my points again, 2,340 of them. account is under kevin.barlow@mailbox.example, phone 07700 900527. can someone sort it and ring me back?",
          when="2028-07-10T11:14:22Z"),
       expect(RV, "normal", "app", "direct"), note="an email address and a phone number in public")
    SC("crumb-spam-followers-to-brand", "spam",
       tw("FollowFast_cb", f"@{B} 🚀 Get 20k REAL followers for your bakery in 48h! Grow your brand &amp; boost sales 📈 Only £25, DM us now 💯",
          when="2028-07-10T12:20:00Z"),
       expect(IGN, "low", None, "direct"), note="follower selling")
    SC("crumb-chatter-friday-treats-vote", "chatter-monitor",
       tw("hannah_l_cb", "the office has officially voted Crumb over the other place for friday treats. I didn't even get a vote, they just looked at me and said 'cheese twists'",
          when="2028-07-10T13:05:47Z"),
       expect(MON, "low", None, "indirect"), note="talk about the brand, nothing to answer", known_miss="since round 18 (the letters of a keyword such as 'a&e' are no longer words of the business, so this post had only passed by chance), not met yet: action: want \"monitor\", got ignore; addressed: want \"indirect\", got none; the engine read: the name Crumb Bakery with no sign of the brand's business: another entity")
    SC("crumb-html-cake-message-box", "html-entities",
       tw("sec_joss_cb", f"@{B} the 'message on your cake' box on the new cake order page shows &lt;script&gt;alert('hi')&lt;/script&gt; as its example, and my preview came out as &lt;b&gt;Happy 40th Dad&lt;/b&gt;. is that what gets piped on the birthday cake?",
          when="2028-07-10T14:02:18Z"),
       expect(RP, "normal", "cakes", "direct"), note="hostile HTML around a real question about his cake; it arrives escaped")
    SC("crumb-common-not-a-crumb-left", "common-word",
       tw("gemma_t_cb", "made a lemon drizzle for Jo's leaving do and by 11 there wasn't a crumb left. crumbs, I might actually be good at this",
          when="2028-07-10T15:18:03Z"),
       expect(IGN, "low", None, "none"), note="'not a crumb left' and 'crumbs': home baking")
    SC("crumb-safety-wet-floor-mum", "safety-urgent",
       tw("rob_h_cb", "my mum (78) has just slipped on a wet floor by the door at Crumb on Market Street. no sign out at all. she hit her head on the counter and there's blood, ambulance is on its way. PUT A SIGN OUT",
          when="2028-07-10T16:02:50Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a fall with a head injury in a shop, happening now")

    # ---- Tuesday 11 July: the new cake system loses orders and takes deposits twice ---------------
    sara = tw("sara_k_cb", f"@{B} paid the £45 deposit for my son's birthday cake on your new cake page yesterday. this morning it says 'no order found' and my bank shows the deposit taken TWICE. his party is saturday. what's going on?",
              when="2028-07-11T07:38:14Z")
    SC("crumb-complaint-deposit-twice-no-order", "complaint-direct", sara, expect(RP, "high", "cakes", "direct"),
       note="the first report of the cake ordering failure: orders gone and deposits taken twice", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CrumbBakery | complaint (0.85) | topic cakes: 'deposit', 'deposits', 'birthday cake', 'birthday', 'cake', 'cakes'")
    SC("crumb-sarcasm-schrodingers-sponge", "sarcasm-customer",
       tw("lou_p_cb", "love that Crumb's shiny new cake system has taken the deposit twice for a birthday cake that apparently doesn't exist. very modern. schrödinger's sponge 🙃",
          when="2028-07-11T08:04:37Z"),
       expect(RP, "high", "cakes", "indirect"), note="sarcasm about her own double deposit during the failure", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: names Crumb Bakery in a post to everyone | sarcasm (irony 0.63) from a customer: a complaint | topic cakes: 'cake', 'cakes', 'deposit', 'deposits', 'birthday cake', 'birthday', 'sponge'")
    status = tw(B, "⚠️ Some celebration cake orders placed online since Monday aren't showing, and some deposits were taken twice. Nothing is lost: we have every order and are restoring them now. Any double deposit will be refunded automatically. Next update by 11am.",
                when="2028-07-11T08:20:00Z")
    SC("crumb-brand-own-cake-status", "brand-own-post", status, expect(IGN, "low", "cakes", "none"))
    SC("crumb-repost-cake-status", "repost", tw("ange_cb", "", retweet=status, when="2028-07-11T08:27:31Z"),
       expect(IGN, "low", "cakes", "indirect"))
    sara_brand = tw(B, "@sara_k_cb Hi Sara, I'm so sorry. Sam's cake is safe in our system and will be ready on Saturday, and the second £45 will be back in your bank within 3 working days. I've put a note on it myself. Ruth",
                    reply_to=sara, when="2028-07-11T08:35:06Z")
    jen = tw("jen_w_cb", "@tasha_cb all set for saturday's christening then? 🥂", when="2028-07-11T08:40:00Z")
    tasha = tw("tasha_cb", "@jen_w_cb don't. crumb have lost Ellie's christening cake order and taken the deposit twice. 4 days to go and I'm refreshing a page that says 'no order found'",
               reply_to=jen, when="2028-07-11T08:58:21Z")
    SC("crumb-venting-christening-cake", "third-party-venting", tasha, expect(MON, "low", "cakes", "third_party"),
       note="venting to a friend in her thread, brand not tagged: don't butt in")
    SC("crumb-joke-crumbs-of-comfort", "joke-bystander",
       tw("punny_cb", "@tasha_cb @jen_w_cb Crumb by name, crumbs of comfort by nature 😬 that's the way the cookie crumbles",
          reply_to=tasha, when="2028-07-11T09:10:44Z"),
       expect(IGN, "low", None, "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("crumb-chatter-broken-for-everyone", "third-party-chatter",
       tw("mo_s_cb", "@tasha_cb it's not just you, Crumb's cake orders are broken for everyone this morning. they've posted that nothing's lost and the double deposits go back automatically",
          reply_to=tasha, when="2028-07-11T09:24:09Z"),
       expect(MON, "low", "cakes", "third_party"), note="a stranger's reassurance in someone else's thread")
    SC("crumb-big-reach-tv-baker", "big-reach",
       tw("bakewithbex_cb", f"Hearing Crumb Bakery has lost a pile of cake orders days before the weekend, and people have birthdays, christenings and weddings on Saturday. @{B} please tell your customers what is actually happening 🙏",
          when="2028-07-11T10:05:26Z",
          metrics={"retweet_count": 1_400, "reply_count": 860, "like_count": 12_300, "quote_count": 190}),
       expect(RP, "high", "cakes", "indirect"), note="640k followers, during the failure; the handle near the end of a post to everyone")
    SC("crumb-in-passing-nits-and-cake", "complaint-in-passing",
       tw("mel_d_cb", f"tuesday so far: car failed its MOT, the kids have nits again and @{B} has lost my daughter's 7th birthday cake order. brilliant. just brilliant",
          when="2028-07-11T10:44:58Z"),
       expect(RP, "high", "cakes", "indirect"), note="the brand tagged in the middle of a bad day, her order lost in the failure", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: tags @CrumbBakery in a post to everyone | complaint (0.79) | a person at risk: urgent | topic cakes: 'birthday cake', 'birthday', 'cake order', 'cake', 'cakes'")
    SC("crumb-quote-next-update-11am", "quote",
       tw("lou_p_cb", "'next update by 11am'. it's 11:40, my son's birthday cake still says 'no order found' and I've now been charged for it twice",
          quote=status, when="2028-07-11T11:40:02Z"),
       expect(RP, "high", "cakes", "indirect"), strict=False,
       note="quotes the brand's post without tagging it; her own order still missing in the failure")
    SC("crumb-abuse-clowns-christening", "abuse-with-problem",
       tw("gaz_b_cb", f"@{B} you absolute clowns. £140 for a 3 tier christening cake, deposit taken twice and now your site says you've never heard of me. sort it out or give me my money back",
          when="2028-07-11T11:58:15Z"),
       expect(RP, "high", "cakes", "direct"), note="rude, but his order is lost and he has paid twice")
    SC("crumb-es-senal-tarta", "non-english",
       tw("lucia_cb", f"@{B} Hola, ayer pagué la señal de una tarta de cumpleaños para el sábado y hoy no aparece mi pedido. Además me han cobrado la señal dos veces. ¿Qué pasa?",
          lang="es", when="2028-07-11T12:22:40Z"),
       expect(RP, "high", "cakes", "direct"), note="Spanish: her birthday cake order lost and the deposit taken twice", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CrumbBakery | complaint (0.25) | topic cakes: 'señal', 'tarta', 'tartas', 'cumpleaños'")
    SC("crumb-de-hochzeitstorte-anzahlung", "non-english",
       tw("jonas_cb", f"@{B} Guten Tag, meine Bestellung für eine Hochzeitstorte ist verschwunden und die Anzahlung wurde zweimal abgebucht. Die Hochzeit ist am Samstag. Was soll ich tun?",
          lang="de", when="2028-07-11T12:51:07Z"),
       expect(RP, "high", "cakes", "direct"), note="German: his wedding cake order gone four days before the wedding", known_miss="round 16, not met yet: priority: want \"high\", got urgent; the engine read: addressed to @CrumbBakery | complaint (0.25) | a person at risk: urgent | topic cakes: 'hochzeitstorte', 'anzahlung', 'hochzeit'")
    SC("crumb-news-courier-cake-orders", "news-monitor",
       tw("HollCourier_cb", "Customers of Hollinford bakery chain Crumb say celebration cake orders have vanished from its new website and deposits were taken twice, days before weekend parties and weddings. Crumb says no orders have been lost. {url:https://hollinfordcourier.example/news/crumb-cakes}",
          when="2028-07-11T13:30:00Z"),
       expect(MON, "low", "cakes", "indirect"))
    SC("crumb-hotline-four-calls", "public-hotline-number",
       tw("pat_cb", f"@{B} rang 0808 157 0634 four times this morning, 30 mins on hold then cut off every time. still no sign of my cake order and the deposit has come out twice",
          when="2028-07-11T14:15:33Z"),
       expect(RP, "high", "cakes", "direct"), strict=False,
       note="the brand's own helpline is not a private detail; four failed calls during the failure")
    SC("crumb-safety-hot-tray-child", "safety-urgent",
       tw("claire_o_cb", "my 4 year old put her hand flat on a baking tray left on the counter at Crumb on Bridge Street, straight out of the oven. she's burned her palm and we're at the walk-in centre now. why was it in reach of kids??",
          when="2028-07-11T15:05:19Z"),
       expect(RP, "urgent", "safety", "indirect"), note="a child burned in a shop today")
    allclear = tw(B, "✅ Cake orders are back. Every celebration cake ordered online since Monday has been restored and will be ready on the day you chose; you'll get an email tonight to confirm. Double deposits are being refunded now. Sorry for a worrying day.",
                  when="2028-07-11T16:30:00Z")
    SC("crumb-q-reply-payment-failed-80th", "question-in-reply-to-brand",
       tw("nadia_h_cb", "does that include ones where the payment failed? I tried three times on Monday and I've no idea if the birthday cake for my mum's 80th is actually booked",
          reply_to=allclear, when="2028-07-11T16:52:45Z"),
       expect(RP, "normal", "cakes", "direct"), note="a question under the brand's post, no @")
    SC("crumb-thread-sara-cake-back", "thread-with-brand",
       tw("sara_k_cb", "thank you Ruth, Sam's cake is showing again now 🙏 will keep an eye out for the second deposit",
          reply_to=sara_brand, when="2028-07-11T17:40:12Z"),
       expect(RP, "low", "cakes", "direct"), note="thanks in the brand's thread, no @")

    # ---- Wednesday 12 July: a child reacts to the "nut-free" flapjacks ----------------------------
    jess = tw("jess_a_cb", f"@{B} my son (6, nut allergy) ate one of your NUT FREE kids' flapjacks from Mill Street and within minutes his lips were swelling and he was struggling to breathe. we used his epipen and he's in A&amp;E now. what is IN them???",
              when="2028-07-12T07:18:26Z")
    SC("crumb-safety-flapjack-anaphylaxis", "safety-urgent", jess, expect(RP, "urgent", "safety", "direct"),
       note="a child's allergic reaction to a product sold as nut-free: danger to life, and others may eat them")
    jess_brand = tw(B, "@jess_a_cb Jess, I'm so sorry, and so glad he's getting help. We've taken the kids' flapjacks off sale in every shop this morning while we test them. Our food safety lead will DM you now; if you still have the wrapper, the batch code would help.",
                    reply_to=jess, when="2028-07-12T07:31:02Z")
    SC("crumb-thread-jess-tuck-shop", "thread-with-brand",
       tw("jess_a_cb", "thank you. he's still being watched, the doctors think it was hazelnut. batch code L2807. there are boxes of these in the tuck shop at St Aidan's primary, please get them out before break time",
          reply_to=jess_brand, when="2028-07-12T08:06:39Z"),
       expect(RP, "urgent", "safety", "direct"), note="in the brand's thread without an @: the same flapjacks are still in a school")
    SC("crumb-medical-bagels-sesame-husband", "medical-urgent",
       tw("ray_cb", f"@{B} hi, quick question: are your plain bagels still sesame free? my husband has a sesame allergy and has had them for years, but someone on the Hollinford parents group said the recipe changed",
          when="2028-07-12T09:02:17Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question about an allergy: a medical need")
    kirsty = tw("kirsty_cb", "anyone know which flapjacks the school meant in that letter? kids came home with a note about 'nut free snacks' and nothing else", when="2028-07-12T09:20:00Z")
    SC("crumb-medical-in-thread-wheezy", "medical-urgent",
       tw("nicola_p_cb", "@kirsty_cb it's the crumb ones I think. my daughter had one in her packed lunch yesterday and this morning she's itchy and wheezy and her lip's gone puffy. she's allergic to nuts. do I take her in?",
          reply_to=kirsty, when="2028-07-12T09:38:51Z"),
       expect(ANY, "urgent", "safety", "third_party"),
       note="a child's reaction going on now, lower case, in a friend's thread: whether to step in is a judgement, the priority is strict", known_miss="round 16, not met yet: priority: want \"urgent\", got low; addressed: want \"third_party\", got none; the engine read: 'crumb' is used as an ordinary word | topic safety: 'wheezy', 'allergic', 'nut', 'nuts'")
    SC("crumb-medical-de-nussallergie", "medical-urgent",
       tw("anke_cb", f"@{B} Hallo, mein Sohn hat eine Nussallergie. Sind eure Haferriegel für Kinder wirklich nussfrei? Er hat gestern einen gegessen und hat jetzt einen Ausschlag am Hals.",
          lang="de", when="2028-07-12T10:04:33Z"),
       expect(RP, "urgent", "safety", "direct"), note="German: a boy with a nut allergy who ate a flapjack and now has a rash")
    SC("crumb-medical-fr-sesame-baguette", "medical-urgent",
       tw("elodie_cb", f"@{B} Bonjour, ma fille est allergique au sésame. Vos baguettes tradition contiennent-elles du sésame, ou y a-t-il un risque de traces ? Merci d'avance",
          lang="fr", when="2028-07-12T10:36:08Z"),
       expect(RP, "urgent", "safety", "direct"), note="French, a calm question about her daughter's sesame allergy")
    SC("crumb-safety-glass-misspelt", "safety-urgent",
       tw("dan_k_cb", "found a shard of glass in my sourdough from crumb bakrey on castle st. cut my gum on it and it won't stop bleeding. the kids had slices of the same loaf at breakfast",
          when="2028-07-12T11:12:44Z"),
       expect(RP, "urgent", "safety", "indirect"), note="glass in bread, lower case and 'bakery' misspelt, no tag")
    gina = tw("gina_cb", "@kat_cb who's doing the school run tomorrow, me or you?", when="2028-07-12T11:30:00Z")
    SC("crumb-venting-delivery-third-time", "third-party-venting",
       tw("kat_cb", "@gina_cb you, I'm stuck at home waiting on a crumb delivery that's now 2 hours late, third time this month. never ordering bread online again",
          reply_to=gina, when="2028-07-12T11:47:29Z"),
       expect(MON, "low", "orders", "third_party"), note="venting to a friend in her thread, brand not tagged")
    SC("crumb-threat-waiting-outside-mill-st", "threat-urgent",
       tw("lee_w_cb", f"@{B} if my lad ends up back in hospital because of your 'nut free' flapjacks I'll be waiting outside Mill Street for whoever packed them. and they won't be walking home",
          when="2028-07-12T12:14:55Z"),
       expect(ANY, "urgent", "safety", "direct"), note="a threat of violence against staff with a complaint: only the priority is strict")
    SC("crumb-news-courier-flapjacks", "news-monitor",
       tw("HollCourier_cb", "Crumb withdraws children's 'nut-free' flapjacks from all its shops after a six-year-old was taken to hospital with a suspected allergic reaction. The bakery says it is testing the batch. {url:https://hollinfordcourier.example/news/crumb-flapjacks}",
          when="2028-07-12T14:00:00Z"),
       expect(MON, "low", "safety", "indirect"))
    SC("crumb-it-punti-fedelta", "non-english",
       tw("marco_cb", f"@{B} Buongiorno, da quando ho fatto l'aggiornamento dell'app non vedo più i miei punti fedeltà e i timbri del caffè sono spariti. Potete controllare?",
          lang="it", when="2028-07-12T15:02:21Z"),
       expect(RP, "normal", "app", "direct"), note="Italian: loyalty points and stamps gone after an app update")
    SC("crumb-indirect-sourdough-downhill", "complaint-indirect",
       tw("tom_g_cb", "not being funny but Crumb's sourdough has gone right downhill. £4.60 for a loaf with a tight, gummy crumb and a crust like cardboard. the price went up and the quality went down",
          when="2028-07-12T16:10:36Z"),
       expect(RP, "normal", "quality", "indirect"), note="his own loaf; 'crumb' is both the brand and the inside of the loaf", known_miss="round 16, not met yet: priority: want \"normal\", got high; the engine read: names Crumb Bakery in a post to everyone | describes their own experience | complaint (0.53) | loss of service | topic quality: 'gummy', 'price', 'prices', 'quality'")

    # ---- Thursday 13 July: the recall, and the scams that ride on it ------------------------------
    recall = tw(B, "PRODUCT RECALL: Crumb Kids' Nut-Free Flapjacks (all batches) may contain hazelnut, and Plain Bagels (best before 13–16 July) contain sesame not on the label. If you have a nut or sesame allergy, don't eat them. Full refund in any shop, no receipt needed. {url:https://crumb.example/recall}",
                when="2028-07-13T07:00:00Z")
    SC("crumb-brand-own-recall", "brand-own-post", recall, expect(IGN, "low", "safety", "none"))
    SC("crumb-repost-recall-pta", "repost", tw("StAidansPTA_cb", "", retweet=recall, when="2028-07-13T07:12:40Z"),
       expect(IGN, "low", "safety", "indirect"))
    SC("crumb-quote-no-receipt-castle-st", "quote",
       tw("beth_m_cb", "'no receipt needed' apart from at the Castle Street branch, apparently, where they told me to bring the packet back. my son had a reaction to one on Tuesday. I binned the lot the second the allergy nurse told me to",
          quote=recall, when="2028-07-13T07:48:15Z"),
       expect(RP, "normal", "safety", "indirect"), strict=False,
       note="quotes the recall without tagging it; her son's reaction is two days behind them, the complaint is the refund")
    SC("crumb-medical-seeded-loaf-toast", "medical-urgent",
       tw("owen_cb", f"@{B} are the seeded loaves in the recall too or just the plain bagels? I've got a sesame allergy and had toast from a seeded loaf this morning. feel ok so far",
          when="2028-07-13T08:31:52Z"),
       expect(RP, "urgent", "safety", "direct"), note="a calm question from someone with a sesame allergy who has just eaten the bread")
    SC("crumb-spam-compensation-voucher", "spam",
       tw("CrumbRefund_cb", "Affected by the Crumb Bakery recall? 🎁 Claim your £50 compensation voucher + a FREE hamper today! Just confirm your card details here 👉 {url:https://crumb-refunds.example/claim}",
          when="2028-07-13T09:05:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake account phishing for card details on the back of the recall")
    rita = tw("rita_cb", f"@{B} how do I get a refund for the flapjacks if I bought them on the app for click and collect? there's no shop receipt",
              when="2028-07-13T09:20:11Z")
    SC("crumb-question-refund-click-collect", "question", rita, expect(RP, "normal", "orders", "direct"))
    SC("crumb-spam-fake-support-card", "spam",
       tw("CrumbHelp_cb", f"@rita_cb @{B} Hi Rita! Crumb support here 😊 we can process your recall refund right away. To protect you from fraud please DM us your card details and the 3 digits on the back 🔒",
          reply_to=rita, when="2028-07-13T09:33:48Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake support account in a customer's thread, fishing for card details")
    SC("crumb-private-card-scammed", "private-details",
       tw("alan_cb", f"@{B} someone called 'Crumb Support' DM'd me about the flapjack refund and I sent my card number 4111 1111 1111 1111 and the code on the back before I twigged. £230 has gone. was that a fake account? I think I've been scammed. my number is 07700 900846",
          when="2028-07-13T10:02:26Z"),
       expect(RV, "high", "scams", "direct"), note="money lost to fraud, with a card number and a phone number in public")
    SC("crumb-safety-food-poisoning-dad", "safety-urgent",
       tw("val_cb", "whole family's been sick since Tuesday after the chicken pesto focaccia from Crumb at the station. my dad's 81 and he's been admitted to hospital on a drip. has anyone else had this??",
          when="2028-07-13T10:47:03Z"),
       expect(RP, "urgent", "safety", "indirect"), note="suspected food poisoning with an elderly man in hospital")
    SC("crumb-medical-nl-pinda-brownies", "medical-urgent",
       tw("sanne_cb", f"@{B} Hallo, mijn dochter heeft een pinda-allergie. Zitten er noten in jullie glutenvrije brownies, of worden ze in dezelfde ruimte gemaakt? Ze wil er graag een voor haar verjaardag.",
          lang="nl", when="2028-07-13T11:30:14Z"),
       expect(RP, "urgent", "safety", "direct"), note="Dutch, a calm question about her daughter's peanut allergy")
    SC("crumb-pt-bolo-sinal-duas-vezes", "non-english",
       tw("ines_cb", f"@{B} Boa tarde, encomendei um bolo de aniversário para sábado e o sinal foi cobrado duas vezes. O bolo continua marcado? E quando devolvem o segundo pagamento?",
          lang="pt", when="2028-07-13T12:08:37Z"),
       expect(RP, "normal", "cakes", "direct"), strict=False,
       note="Portuguese: a double deposit two days after the failure was fixed; an ordinary question, or a lingering effect of the outage (high)")
    SC("crumb-news-food-alerts-recall", "news-monitor",
       tw("FoodAlertsUK_cb", "Recall: Crumb Bakery (Hollinford area) is recalling Kids' Nut-Free Flapjacks because they may contain hazelnut, and Plain Bagels because they contain sesame, which is not mentioned on the label. {url:https://foodalerts.example/crumb-0713}",
          when="2028-07-13T13:00:00Z",
          metrics={"retweet_count": 2_100, "reply_count": 240, "like_count": 3_800, "quote_count": 95}),
       expect(MON, "low", "safety", "indirect"), note="a big account's recall alert: news, not a case")
    SC("crumb-threat-torch-mill-street", "threat-urgent",
       tw("hol_angry_cb", "someone wants to torch the Mill Street crumb with that manager inside. poisoning kids and calling it 'nut free'. I know where she parks",
          when="2028-07-13T14:05:29Z"),
       expect(ANY, "urgent", "safety", "indirect"), note="a threat against a named shop's manager, no tag: only the priority is strict")
    bex = tw("bex_t_cb", "just seen the bagel recall 😩 we've had half a bag in the kids' lunches this week", when="2028-07-13T14:30:00Z")
    SC("crumb-chatter-refund-no-receipt", "third-party-chatter",
       tw("priti_cb", "@bex_t_cb take the rest back to any Crumb, they gave me a full refund at Market Street this morning without a receipt. it only matters if someone's got a sesame allergy btw",
          reply_to=bex, when="2028-07-13T14:44:18Z"),
       expect(MON, "low", "safety", "third_party"), note="a stranger's advice in someone else's thread", known_miss="round 16, not met yet: priority: want \"low\", got urgent; the engine read: a reply in someone else's conversation that does not tag the brand | about the brand: monitor, don't butt in | a medical need: urgent | topic safety: 'sesame allergy', 'sesame', 'sesam', 'sésame', 'allergy', 'allergie'")
    SC("crumb-hotline-praise-batch-code", "public-hotline-number",
       tw("ruby_h_cb", "rang Crumb's 0808 157 0634 line about the bagel recall and the lady checked the batch code on my bag with me and told me exactly what to look out for. my son's allergic and I was in a state. thank you",
          when="2028-07-13T15:12:40Z"),
       expect(RP, "low", "safety", "indirect"), strict=False, note="praise quoting the brand's own helpline")
    dockside = tw("dockside_cb", "Crumb's recall has left us with no bagels for the whole weekend and nobody from their wholesale team has rung. our standing order was cancelled overnight, no credit on the invoice, nothing. 6 years a trade customer",
                  when="2028-07-13T15:40:27Z")
    SC("crumb-indirect-wholesale-cafe", "complaint-indirect", dockside, expect(RP, "normal", "wholesale", "indirect"),
       note="a café that buys wholesale, its own standing order, brand named without a tag")

    # ---- Friday 14 July: the run-up to the weekend ----------------------------------------------
    SC("crumb-repeat-sara-second-deposit", "repeat-contact",
       tw("sara_k_cb", "it's friday. you said the second £45 would be back within 3 working days. bank still shows both deposits. third time I'm asking now",
          reply_to=sara_brand, when="2028-07-14T07:35:50Z"),
       expect(RP, "high", "cakes", "direct"), note="back in the brand's thread: the promise was not kept")
    SC("crumb-question-trade-credit-note", "question",
       tw("swalebean_cb", f"@{B} morning! we're on a trade account for sourdough and bagels. will the recalled bagels from monday's drop come off this month's invoice, or do we need to ask for a credit note?",
          when="2028-07-14T08:12:03Z"),
       expect(RP, "normal", "wholesale", "direct"))
    SC("crumb-private-address-cake-delivery", "private-details",
       tw("kate_s_cb", f"@{B} the birthday cake for tomorrow is out for delivery to 27 Orchard Rise, Marsham, MS3 8QT at 2pm, but the confirmation email says Orchard Road. please fix it before it goes to the wrong house!",
          when="2028-07-14T09:04:45Z"),
       expect(RV, "normal", "cakes", "direct"), note="a home address in public")
    SC("crumb-sarcasm-stamps-wiped", "sarcasm-customer",
       tw("ellie_cb", "10/10 to crumb for the loyalty app update that wiped all 9 of my stamps one coffee before the free one. generosity like that should be studied",
          when="2028-07-14T09:40:11Z"),
       expect(RP, "normal", "app", "indirect"), note="praise words meaning the opposite, lower case, no tag", known_miss="round 16, not met yet: priority: want \"normal\", got low; the engine read: names Crumb Bakery in a post to everyone | praise: thank them | topic app: 'loyalty app', 'loyalty', 'app', 'update', 'stamp', 'stamps'")
    SC("crumb-question-station-opening-hours", "question",
       tw("frank_cb", f"@{B} what are the opening hours for the station kiosk on Sunday? need bread before a 7am train",
          when="2028-07-14T10:18:36Z"),
       expect(RP, "normal", "shops", "direct"))
    SC("crumb-abuse-doorstep-rain", "abuse-with-problem",
       tw("anchor_cb", f"@{B} third time this month your driver has left our bread delivery on the doorstep in the rain. soggy rolls again. useless, the lot of you",
          when="2028-07-14T11:02:58Z"),
       expect(RP, "high", "orders", "direct"), note="rude, and the same failure for the third time")
    SC("crumb-common-crumb-coat-wedding", "common-word",
       tw("sugarbloom_cb", "Crumb coat done on all three tiers of tomorrow's wedding cake, now into the fridge to set before the final buttercream. Sugar roses are drying, the bride is calm, I am not 😅",
          when="2028-07-14T11:40:22Z"),
       expect(IGN, "low", "cakes", "none"), note="a decorator's 'crumb coat' on her own wedding cake: cake words, but not the bakery", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Crumb Bakery in a post to everyone | general chatter about the brand | topic cakes: 'tier', 'tiers', 'tiered', 'wedding cake', 'wedding', 'cake', 'cakes', 'buttercream'")
    SC("crumb-namesake-crumb-podcast", "namesake",
       tw("crumbpod_cb", "New Crumb is out! 🎙️ This week Dev and Shona eat a 40-year-old tin of peaches and argue about whether a hot dog is a sandwich. Listen 👉 {url:https://crumbpod.example/ep112}",
          when="2028-07-14T12:20:00Z"),
       expect(IGN, "low", None, "none"), note="a comedy podcast called Crumb")
    SC("crumb-praise-swalebridge-rebake", "praise",
       tw("zoe_cb", f"@{B} the Swalebridge team rebaked my dad's squashed birthday cake in 40 minutes this morning with zero fuss, and wrote 'happy 60th' even neater than the first time. you're stars 💛",
          when="2028-07-14T13:05:09Z"),
       expect(RP, "low", "cakes", "direct"), known_miss="round 16, not met yet: priority: want \"low\", got normal; the engine read: addressed to @CrumbBakery | topic cakes: 'birthday cake', 'birthday', 'cake', 'cakes'")
    SC("crumb-chatter-pistachio-cruffin", "chatter-monitor",
       tw("foodie_fi_cb", "Crumb's new pistachio cruffin is on literally every story in my feed this week. I have not tried it. I am a food writer. I will be queueing at 7am tomorrow like everyone else",
          when="2028-07-14T15:05:44Z"),
       expect(MON, "low", "shops", "indirect"), note="talk about the brand, nothing to answer")
    SC("crumb-in-passing-charged-never-made", "complaint-in-passing",
       tw("tess_cb", f"long week: boiler's packed in, the dog ate a sock and the @{B} app charged me for a click and collect that was never made. can it be saturday now",
          when="2028-07-14T15:40:17Z"),
       expect(RP, "normal", "orders", "indirect"), note="the brand tagged in the middle of a bad week")
    SC("crumb-legal-trading-standards-deposit", "legal-threat-not-urgent",
       tw("helen_t_cb", f"@{B} I've reported you to Trading Standards over the double deposit on my daughter's cake. 4 days, no money back and no reply. next stop is a chargeback through my bank",
          when="2028-07-14T16:02:33Z"),
       expect(RP, "high", "cakes", "direct"), note="a regulator complaint over her own double deposit: strong, not urgent")
    SC("crumb-it-torta-nuziale-ordine", "non-english",
       tw("giulia_cb", f"@{B} Buonasera, la torta nuziale per la festa di domani doveva essere pronta alle 17 a Castle Street, ma in negozio dicono che non c'è nessun ordine. Vi prego, rispondete!",
          lang="it", when="2028-07-14T16:45:51Z"),
       expect(RP, "high", "cakes", "direct"), note="Italian: her wedding cake has no order the day before the wedding", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CrumbBakery | topic cakes: 'torta nuziale', 'torta'")
    # ---- Saturday 15 July: the wedding cake that never arrived ----------------------------------
    SC("crumb-nl-bestelling-niet-bezorgd", "non-english",
       tw("maud_cb", f"@{B} Goedemorgen, mijn bestelling voor vanochtend is niet bezorgd en de bezorger neemt niet op. Kunnen jullie even kijken?",
          lang="nl", when="2028-07-15T08:10:42Z"),
       expect(RP, "normal", "orders", "direct"), note="Dutch: a delivery that did not come")
    SC("crumb-repeat-dockside-no-call", "repeat-contact",
       tw("dockside_cb", f"@{B} me again. two days since your recall emptied our shelves. still no call from wholesale, no bagels on the standing order and no credit on the invoice. Saturday is our busiest day",
          when="2028-07-15T08:55:16Z"),
       expect(RP, "high", "wholesale", "direct"), note="the café comes back: no answer to Thursday's complaint", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CrumbBakery | complaint (0.98) | topic wholesale: 'wholesale', 'standing order', 'invoice', 'invoices', 'invoiced'")
    priya = tw("priya_s_cb", f"@{B} the wedding cake for Hannah &amp; Tom at Holloway Barn was due at 10. it's 10:40, no cake, no driver, and your phone line just rings out. the ceremony is at 2. PLEASE",
               when="2028-07-15T10:40:37Z")
    SC("crumb-complaint-wedding-cake-missing", "complaint-direct", priya, expect(RP, "high", "cakes", "direct"),
       note="a wedding cake missing on the day: a strong complaint, not a danger", known_miss="round 16, not met yet: priority: want \"high\", got normal; the engine read: addressed to @CrumbBakery | complaint (0.88) | topic cakes: 'wedding cake', 'wedding', 'cake', 'cakes'")
    priya_brand = tw(B, "@priya_s_cb Priya, I'm so sorry. The wedding cake left Tanner's Yard late and the van has broken down on the Marsham road. A second van is on its way to it now and I'll message you with an arrival time within 20 minutes. Ruth",
                     reply_to=priya, when="2028-07-15T10:52:19Z")
    SC("crumb-safety-smoke-bridge-street", "safety-urgent",
       tw("ash_cb", "smoke pouring out of the back of Crumb on Bridge Street and the staff are still serving at the front. the smoke alarm's going and there are people inside. someone call the fire brigade??",
          when="2028-07-15T11:15:04Z"),
       expect(RP, "urgent", "safety", "indirect"), note="smoke and an alarm in a shop with people inside")
    SC("crumb-thread-priya-no-message", "thread-with-brand",
       tw("priya_s_cb", "12:15 and still no cake and no message. guests arrive at 1. I've got a cake table with nothing on it. what do I tell my sister?",
          reply_to=priya_brand, when="2028-07-15T12:15:26Z"),
       expect(RP, "high", "cakes", "direct"), note="back in the brand's thread, the promised update never came")
    SC("crumb-common-birthday-locusts", "common-word",
       tw("gemma_t_cb", "not one crumb of the birthday cake I made for my nephew survived the party. eleven 7 year olds are basically locusts in party hats",
          when="2028-07-15T12:50:33Z"),
       expect(IGN, "low", "cakes", "none"), note="'not one crumb' of a birthday cake: the word, with cake words nearby", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Crumb Bakery in a post to everyone | general chatter about the brand | topic cakes: 'birthday cake', 'birthday', 'cake', 'cakes'")
    leanne = tw("leanne_cb", "@mark_cb how's the wedding?? pics pls 😍", when="2028-07-15T13:20:00Z")
    mark = tw("mark_cb", "@leanne_cb lovely, but the cake never turned up. some bakery called crumb. the best man's gone to the big supermarket for caterpillar cakes 😂",
              reply_to=leanne, when="2028-07-15T13:42:11Z")
    SC("crumb-chatter-guest-caterpillar-cakes", "third-party-chatter", mark, expect(MON, "low", "cakes", "third_party"),
       note="a wedding guest telling a friend in her thread, brand not tagged")
    SC("crumb-joke-without-a-crumb", "joke-bystander",
       tw("quip_cb", "@mark_cb @leanne_cb a bakery called Crumb leaving a wedding without a crumb is honestly quite poetic 😂",
          reply_to=mark, when="2028-07-15T13:58:49Z"),
       expect(IGN, "low", "cakes", "third_party"), note="a stranger's pun on the name in someone else's thread")
    SC("crumb-big-reach-photographer-barn", "big-reach",
       tw("wedpix_cb", f"Shooting a gorgeous wedding at Holloway Barn today and the cake still hasn't turned up. @{B} left the couple to find out an hour before the ceremony. Hannah is handling it like a queen 👑",
          when="2028-07-15T14:20:05Z",
          metrics={"retweet_count": 3_300, "reply_count": 2_100, "like_count": 41_000, "quote_count": 420}),
       expect(RP, "high", "cakes", "indirect"), note="880k followers; the tag inside a post to everyone about the missing wedding cake")
    SC("crumb-common-crumb-of-comfort", "common-word",
       tw("hollfan_cb", "4-0 at home. the only crumb of comfort is that it can't get any worse. it can. it will. see you next week",
          when="2028-07-15T16:45:28Z"),
       expect(IGN, "low", None, "none"), note="'a crumb of comfort' after a football defeat")
    SC("crumb-namesake-cat-almond-croissant", "namesake",
       tw("pip_h_cb", "Crumb the cat has nicked an entire almond croissant off the kitchen side and is now looking me dead in the eye while he eats it 🐈",
          when="2028-07-15T18:02:14Z"),
       expect(IGN, "low", "safety", "none"), note="a cat called Crumb; 'almond' is an allergen keyword but nobody is at risk", known_miss="round 16, not met yet: action: want \"ignore\", got monitor; addressed: want \"none\", got indirect; the engine read: names Crumb Bakery in a post to everyone | general chatter about the brand | topic safety: 'almond', 'almonds'")

    # ---- Sunday 16 July: the morning after --------------------------------------------------------
    SC("crumb-legal-small-claims-groom", "legal-threat-not-urgent",
       tw("tom_hale_cb", "We paid Crumb £480 for a wedding cake that turned up four hours late to our own wedding, after the ceremony, the photos and the meal. If we don't have a full refund by Friday I'm filing a small claims court case. Not interested in vouchers.",
          when="2028-07-16T08:10:41Z"),
       expect(RP, "high", "cakes", "indirect"), note="a court threat over his own wedding cake: strong, not urgent")
    SC("crumb-namesake-sandwich-van", "namesake",
       tw("crumbco_cb", "Crumb &amp; Co's sandwich van is back at the market next Saturday! 🥪 Brie and cranberry toasties, proper chips, and the famous fish finger butty. 8 till 2, by the fountain.",
          when="2028-07-16T09:00:00Z"),
       expect(IGN, "low", None, "none"), note="Crumb & Co is a sandwich van, not the bakery")
    SC("crumb-praise-bride-owner-drove", "praise",
       tw("hannah_w_cb", "update from yesterday: Crumb's owner drove our wedding cake to the barn herself and it made it for the speeches. she rang this morning, apologised properly and has refunded all of it. Tom has calmed down 😂 thank you Ruth",
          when="2028-07-16T10:20:55Z"),
       expect(RP, "low", "cakes", "indirect"), note="thanks from the bride, brand named without a tag")
    SC("crumb-namesake-grandad-90th", "namesake",
       tw("suec_cb", "Happy 90th birthday to our Grandad, Albert Crumb! 🎉 Still beats us all at dominoes and still has a cream bun every Sunday",
          when="2028-07-16T11:00:30Z"),
       expect(IGN, "low", "cakes", "none"), note="a surname; 'birthday' is a cake keyword, but this is a family post")
    SC("crumb-common-tight-crumb-starter", "common-word",
       tw("ovenspring_cb", "Why is my sourdough crumb so tight? 72% hydration, 4 hour bulk, good oven spring, but the crumb is dense and a bit gummy in the middle. Is my starter too young?",
          when="2028-07-16T12:30:19Z"),
       expect(IGN, "low", "quality", "none"), note="a home baker's loaf; 'gummy' is a quality word but there is no bakery")
    SC("crumb-spam-turns-10-giveaway", "spam",
       tw("CrumbTurns10_cb", "🎉 CRUMB BAKERY IS 10! 🎂 Free cake every week for a YEAR for 100 lucky followers! Follow, RT and enter your card details to cover postage 👉 {url:https://crumb-10.example/win} #giveaway",
          when="2028-07-16T13:00:00Z"),
       expect(IGN, "low", "scams", "indirect"), note="a fake anniversary giveaway fishing for card details")
    SC("crumb-medical-it-celiaca", "medical-urgent",
       tw("chiara_cb", f"@{B} Salve, sono celiaca. Il pane senza glutine viene preparato in un laboratorio separato? L'ultima volta sono stata male per due giorni.",
          lang="it", when="2028-07-16T14:10:07Z"),
       expect(RP, "urgent", "safety", "direct"), note="Italian, a calm question from a coeliac who was ill last time")
    SC("crumb-html-order-template", "html-entities",
       tw("web_ollie_cb", f"@{B} your app's order confirmation says 'Hi &lt;b&gt;{{{{first_name}}}}&lt;/b&gt;, your &lt;%= item %&gt; is ready for collection' &amp; nothing else. so which shop is my order at?",
          when="2028-07-16T15:00:48Z"),
       expect(RP, "normal", "orders", "direct"), note="a broken template, delivered escaped, around a real question")
    SC("crumb-praise-marsham-toddler", "praise",
       tw("olu_cb", "shoutout to the staff at Crumb in Marsham who let my little one 'help' ice a biscuit behind the counter while I drank a whole coffee in peace. heroes 💛",
          when="2028-07-16T16:20:13Z"),
       expect(RP, "low", "shops", "indirect"), note="praise, brand named without a tag")
    SC("crumb-indirect-app-password-typo", "complaint-indirect",
       tw("max_r_cb", "crumb bakry app logged me out this morning and now says my password is wrong, and the reset email never comes. 3 stamps off a free coffee as well",
          when="2028-07-16T17:05:36Z"),
       expect(RP, "normal", "app", "indirect"), note="lower case, 'bakery' misspelt, no tag: his own account", known_miss="round 16, not met yet: action: want \"respond_public\", got respond_private; the engine read: names Crumb Bakery in a post to everyone | exposes an account, booking or security code in public: answer privately | complaint (0.96) | topic app: 'app', 'password', 'stamp', 'stamps', 'free coffee'")
    return brand


BRANDS["crumb-bakery"] = ("CrumbBakery", 6678901245, build_crumb_bakery)
