# Brookmere Water: a made-up regional water and sewerage company (supply, water
# quality, leaks and burst mains, sewers and flooding, bills and meters, roadworks).
# Brookmere is also a market town, with Brookmere Town FC, Brookmere Library, the
# Brookmere Arms, Brookmere Academy and Brookmere Lake with its sailing club: none of
# them is the water company, though people in the town are usually its customers.
# Exec'd inside make_data.py's namespace (see BRANDS there). Every post, person,
# place, phone number, meter, card and account number here is made up.


def build_brookmere_water():
    global CURRENT_BRAND, CLOCK
    brand = Brand("brookmere-water", SCEN_DIR / "brookmere-water.plan.toml", "BrookmereWater", 4056789005, 1861220000000000901)
    CURRENT_BRAND, CLOCK = brand, Clock("2026-12-11T06:30:00Z")
    B = "BrookmereWater"
    D1, D2 = "2026-12-11T", "2026-12-12T"
    user(B, "Brookmere Water", 4056789005,
         "Water and sewerage for Brookmere and the Lenn valley. Here 7am–9pm, every day. Leak or no water? 0808 157 0290, 24/7.",
         21_800, following=540, tweets=38_000, listed=95, verified=True)
    user("jade_okoro", "Jade Okoro", 4402918365, "Mum of 3. Running on coffee.", 310)
    user("kev_sparks_bm", "Kev Doyle", 4417730291, "Sparky. Bad jokes, good wiring.", 640)
    user("marg_pemberton", "Margaret Pemberton", 4425561807, "Hollins Road born and bred. WI.", 190)
    user("carmen_ruiz_bw", "Carmen Ruiz", 4431190476, "Sevillana en Brookmere.", 150)
    user("BrookmereArms", "The Brookmere Arms", 4408817264,
         "Proper pub on Mill Street, Brookmere. Real ales, Sunday roasts, quiz every Friday.", 2600)
    user("ruth_akers", "Ruth Akers", 4419002637, "Ferndale Close. Gardener, knitter, complainer.", 140)
    user("sian_draper", "Siân Draper", 4436627015, "Teacher. Millford Way.", 420)
    user("lenn_valley_al", "Alun Price", 4403375912, "Retired plumber. I know where the stopcocks are.", 360)
    user("dbarker88", "Dan Barker", 4428840153, "", 70)
    user("BrookmereCareHQ", "Brookmere Water Help ✅", 4440012378,
         "Official 24/7 customer support 💧 DM us your account number for fast refunds!", 88, following=3100)
    user("chloe_runs_late", "Chloe Whitfield", 4415593028, "Always late. Always apologising.", 530)
    user("tea_n_tantrums", "Beth Lowry", 4421186490, "Tea first. Toddler second. Everything else never.", 980)
    user("stationrd_steve", "Steve Harland", 4439927154, "Station Road. Grumpy since 1971.", 260)
    user("hayley_mo3", "Hayley Moran", 4406651839, "Mum of 3, queen of nothing.", 380)
    user("lisa_kwan_bm", "Lisa Kwan", 4412270845, "Nurse. Tired.", 290)
    user("rob_fenn_", "Rob Fenn", 4429913576, "", 210)
    user("amira_jalloh", "Amira Jalloh", 4433358160, "New flat, new me.", 450)
    user("pun_pete_bm", "Pete Sallis", 4418864205, "I rename things. Nobody asked.", 1100)
    user("gareth_lloyd_bm", "Gareth Lloyd", 4400738592, "DIY enthusiast. Usually regret it.", 170)
    user("priya_n_bm", "Priya Nair", 4427715036, "First-time homeowner. Learning everything.", 230)
    user("jo_cottonlane", "Jo Whelan", 4413302947, "Cotton Lane allotments, plot 14.", 120)
    user("frank_oduya", "Frank Oduya", 4438809163, "Semi-retired. Grandad. Gardener.", 95)
    user("tom_garside", "Tom Garside", 4405548720, "Dad of two. Sandpit engineer.", 330)
    user("mark_tully_bm", "Mark Tully", 4420067319, "Shift worker. Ashby Road.", 160)
    user("dennis_howe", "Dennis Howe", 4432295481, "Bridge Street. Retired postman. I notice things.", 110)
    user("gemma_rooke", "Gemma Rooke", 4411478026, "", 140)
    user("harold_finch_bm", "Harold Finch", 4426631975, "Retired engineer. Keeps records.", 60)
    user("yusuf_ali_bm", "Yusuf Ali", 4437720648, "Working from home, mostly.", 250)
    user("giulia_ferri", "Giulia Ferri", 4404419863, "Milanese a Brookmere.", 180)
    user("kelly_mason_bm", "Kelly Mason", 4423390517, "", 90)
    user("sarah_lowther", "Sarah Lowther", 4430058239, "Mum, school-run survivor, St Anne's PTA.", 610)
    user("owain_pryce", "Owain Price", 4416624873, "Commuter. Castle Hill.", 270)
    user("pam_whitlock", "Pam Whitlock", 4409937615, "Wife, carer, Beech Grove.", 80)
    user("leah_newmum", "Leah Carter", 4434481092, "New mum 🍼 Elmstead.", 340)
    user("joao_matos_bm", "João Matos", 4419956304, "Português em Brookmere.", 130)
    user("big_gaz_74", "Gaz", 4401180746, "", 40)
    user("terry_mills_bm", "Terry Mills", 4428817350, "", 55)
    user("victoria_hale", "Victoria Hale", 4435504821, "Accountant. I read the small print.", 380)
    user("colin_fisher_bm", "Colin Fisher", 4412236697, "Angler. Lenn valley. Watching the river.", 1450)
    user("darren_k_bm", "Darren Kitson", 4424479138, "", 120)
    user("shell_b_bm", "Michelle Booth", 4437715290, "", 75)
    user("bill_relief_uk", "UK Bill Relief 2026 🎁", 4400295817, "Helping families claim back £££ on household bills", 3400, following=4900)
    user("refund_rescue", "Refund Rescue Agents 💰", 4413328560, "Certified fund recovery. 48h results. DM now.", 2100, following=4700)
    user("BrookmereTownFC", "Brookmere Town FC", 4422264013, "Official account of Brookmere Town Football Club ⚽ #UpTheMere", 5800)
    user("BrookmereLib", "Brookmere Library", 4406638271, "Your town library. Books, storytime, warm space, free wifi.", 1900)
    user("BrookmereWPC", "Brookmere Water Polo Club", 4431172954, "Water polo in Brookmere since 1984 🤽 Training Tues & Thurs.", 640)
    user("BrookmereLakeSC", "Brookmere Lake Sailing Club", 4417783306, "Dinghy sailing on Brookmere Lake. All welcome ⛵", 1300)
    user("whatson_bmere", "What's On Brookmere", 4425508147, "Markets, gigs and goings-on in and around Brookmere.", 7200)
    user("mere_photos", "Ian Stokes", 4438891025, "Photos of the lake, mostly at silly o'clock.", 2400)
    user("jon_baxter_bm", "Jon Baxter", 4402257369, "Just moved to Brookmere. Knows no one.", 60)
    user("BrookmereEcho", "Brookmere Echo", 4419904132, "News for Brookmere and the Lenn valley since 1887.", 31_500, following=800, verified=True)
    user("WaterWeekUK", "Water Week", 4427716604, "News and analysis on the UK water industry.", 18_900, following=1200, verified=True)
    user("hannah_crumb", "Hannah Crumb", 4436630178, "Baker. 4am alarms. Sausage rolls.", 870)
    user("sue_tindall", "Sue Tindall", 4408813590, "", 65)
    user("rory_pell", "Rory Pell", 4421175843, "", 85)
    user("mike_delaney_bm", "Mike Delaney", 4433304976, "Dad of three, owner of one very busy kettle.", 190)
    user("lynn_carver", "Lynn Carver", 4415509268, "Fenwick Road. Cat person.", 140)
    user("TheDalesFarmer", "Ed Ramsey", 4400089123, "Farmer. Telly. 300 cows and a very patient wife. Lenn valley.",
         870_000, following=900, listed=2600, verified=True)
    user("amelie_dubois_b", "Amélie Dubois", 4429928751, "Française à Brookmere.", 160)
    user("klaus_wagner_bm", "Klaus Wagner", 4411195382, "Rentner. Station Road.", 70)
    user("sanne_bakker_bm", "Sanne Bakker", 4434466027, "Nederlandse in Engeland.", 150)
    user("devon_codes", "Devon Achebe", 4407760341, "Front-end dev. I view source on everything.", 1300)
    user("hollins_nat", "Nat Bright", 4420091547, "", 50)

    # ---- A no-water morning on Hollins Road: a customer, a joker, a helpful neighbour, the brand
    jade = tw("jade_okoro", f"@{B} no water at all on Hollins Road since 6am, taps just cough and splutter. got 3 kids to get ready for school, whats going on??",
              when=D1 + "06:52:14Z")
    SC("bw-no-water-school-run", "complaint-direct", jade, expect(RP, "high", "supply", "direct"),
       note="a loss of supply is an outage")
    SC("bw-bystander-water-free", "joke-bystander",
       tw("kev_sparks_bm", "@jade_okoro Brookmere Water, now 100% water free 😂 at least it's honest", reply_to=jade, when=D1 + "07:04:40Z"),
       expect(IGN, "low", None, "third_party"), note="a pun on the brand's name inside a customer's thread, brand not tagged")
    jade_brand = tw(B, f"@jade_okoro Sorry, Jade. A main burst under Hollins Road overnight and the crew are fixing it now. We're aiming to have everyone back on by 1pm, and there are free bottles of water at the leisure centre car park meanwhile.",
                    reply_to=jade, when=D1 + "07:31:05Z")
    SC("bw-brand-reply-hollins", "brand-own-post", jade_brand, expect(IGN, "low", "leaks", "none"))
    SC("bw-neighbour-bottle-station", "third-party-chatter",
       tw("marg_pemberton", "@jade_okoro bottle station's up at the leisure centre car park since 8, two Brookmere lads handing them out. take bags for life love, they're heavy",
          reply_to=jade, when=D1 + "08:26:33Z"),
       expect(MON, "low", "supply", "third_party"), note="a neighbour's advice in someone else's thread; bare 'Brookmere' next to a bottle station")
    SC("bw-es-sin-agua-hollins", "non-english",
       tw("carmen_ruiz_bw", f"@{B} buenos días, llevamos sin agua desde anoche en Hollins Road. ¿Saben cuándo vuelve? Tengo dos niños pequeños", lang="es", when=D1 + "07:42:10Z"),
       expect(RP, "high", "supply", "direct"), note="Spanish: no water, an outage")
    SC("bw-jade-still-no-water", "repeat-contact",
       tw("jade_okoro", f"@{B} its half 2. you said 1pm. still no water and the kids are home at 3. what is actually happening", reply_to=jade_brand, when=D1 + "14:34:51Z"),
       expect(RP, "high", "supply", "direct"), note="back after the brand answered, and the promised time has passed")
    SC("bw-abusive-nine-hours", "abuse-with-problem",
       tw("darren_k_bm", f"@{B} you useless shower of muppets. NO WATER for 9 hours, not one text, not one update on your site. do your bloody jobs", when=D1 + "15:47:02Z"),
       expect(RP, "high", "supply", "direct"), note="rude, but an outage")
    SC("bw-pub-quiz-no-water", "complaint-direct",
       tw("BrookmereArms", f"@{B} no water at the pub since 2pm and we've got 60 booked in for the Christmas quiz tonight 😬 any idea when it'll be back or do we call it off?",
          when=D1 + "15:21:44Z"),
       expect(RP, "high", "supply", "direct"),
       note="a namesake's own account, but here the pub is a customer with an outage, and it tags the brand")

    # ---- Low pressure: a customer, the brand's question, her answer
    ruth = tw("ruth_akers", f"@{B} pressure's been awful since Tuesday, upstairs taps barely run and the shower is a dribble. Ferndale Close. is something going on?",
              when=D1 + "09:30:12Z")
    SC("bw-low-pressure-ferndale", "complaint-direct", ruth, expect(RP, "normal", "supply", "direct"),
       note="weak pressure, not a loss of supply: an ordinary complaint")
    ruth_brand = tw(B, "@ruth_akers Sorry, Ruth. Is it just your house, or are your neighbours seeing it too? That tells us whether it's our main or the pipe into your home.",
                    reply_to=ruth, when=D1 + "10:04:37Z")
    SC("bw-ruth-answers-neighbours", "thread-with-brand",
       tw("ruth_akers", "asked next door and across the road, they've all got low pressure too. whole close is the same", reply_to=ruth_brand, when=D1 + "10:31:09Z"),
       expect(RP, "normal", "supply", "direct"), strict=False,
       note="a reply to the brand's question without @: the conversation goes on, it is not a return after a failed fix (normal); "
            "but the problem is still there in a case the brand has answered, which some would call high")

    # ---- Roadworks: a trench across a drive, the brand's promise, the customer back after it
    mark = tw("mark_tully_bm", f"@{B} your contractors have dug a trench right across the end of our drive on Ashby Road and gone home. I can't get the car out for work tomorrow",
              when=D1 + "08:41:27Z")
    mark_brand = tw(B, "@mark_tully_bm Sorry, Mark, that shouldn't have happened. I've asked the site team to put a road plate over it by 5pm today so you can get in and out.",
                    reply_to=mark, when=D1 + "09:15:50Z")
    SC("bw-mark-trench-still-open", "thread-with-brand",
       tw("mark_tully_bm", "5pm came and went. trench still wide open, no plate, nobody on site. car's stuck on the drive", reply_to=mark_brand, when=D1 + "18:41:16Z"),
       expect(RP, "high", "roadworks", "direct"), note="no @, in the brand's thread, and the promised fix did not happen")

    # ---- Boil water notice: the brand's post, a repost, a question under it, a quote, a medical question
    boil = tw(B, "⚠️ Boil water notice for Elmstead and Cotton Lane: please boil your drinking water and let it cool before use. We're testing the supply and will update here by 6pm.",
              when=D1 + "10:02:00Z")
    SC("bw-brand-boil-notice", "brand-own-post", boil, expect(IGN, "low", "water_quality", "none"))
    SC("bw-repost-boil-notice", "repost", tw("sue_tindall", "", retweet=boil, when=D1 + "10:19:45Z"),
       expect(IGN, "low", "water_quality", "indirect"))
    SC("bw-cotton-lane-which-end", "question-in-reply-to-brand",
       tw("jo_cottonlane", "is the boil notice for all of Cotton Lane or just the top end? we're down by the allotments", reply_to=boil, when=D1 + "10:40:22Z"),
       expect(RP, "normal", "water_quality", "direct"))
    SC("bw-formula-boil-notice", "medical-urgent",
       tw("leah_newmum", f"@{B} we're in the Elmstead boil notice area. I've a 6 week old on formula, can I use boiled tap water for her bottles or does it have to be bottled water?",
          when=D1 + "11:14:58Z"),
       expect(RP, "urgent", ANY, "direct"),
       note="a calm question, but a newborn's feeds: urgent whichever team takes it (boil notice, formula and bottled water tie)")
    SC("bw-quote-update-by-6pm", "quote",
       tw("mike_delaney_bm", "'will update here by 6pm' it's 9pm. no update, nothing on the website, still boiling every drop for a house of five. how long is this boil notice going on",
          quote=boil, when=D1 + "21:03:31Z"),
       expect(RP, "normal", "water_quality", "indirect"), strict=False, note="quotes the brand's post without tagging it")

    # ---- Sewage in a garden where children play, then thanks in the thread
    tom = tw("tom_garside", f"@{B} raw sewage coming up out of the manhole in our back garden. it's all over the lawn and right up to the kids' sandpit. what do we do",
             when=D1 + "13:12:08Z")
    SC("bw-sewage-kids-sandpit", "safety-urgent", tom, expect(RP, "urgent", "sewage", "direct"),
       note="sewage where small children play: a health risk")
    tom_brand = tw(B, "@tom_garside That's horrible, Tom, I'm sorry. A wastewater crew is on the way and should be with you by 4pm. Please keep the kids and pets off the grass until they've cleaned up.",
                   reply_to=tom, when=D1 + "13:24:40Z")
    SC("bw-tom-thanks-crew", "praise",
       tw("tom_garside", "crew came at 3, cleared the blocked drain and disinfected the whole lawn. proper job, thank you 🙏", reply_to=tom_brand, when=D1 + "16:48:19Z"),
       expect(RP, "low", "sewage", "direct"), note="thanks in the brand's thread, without @")

    # ---- More safety, medical, threats
    SC("bw-open-manhole-school", "safety-urgent",
       tw("sarah_lowther", f"the manhole cover on Quarry Lane outside St Anne's primary has been off since this morning. just a cone next to a big open hole and kids walking past it at home time. getting dark @{B}",
          when=D1 + "15:26:55Z"),
       expect(RP, "urgent", "sewage", "indirect"), note="the handle at the end, after the hazard")
    SC("bw-burst-main-castle-hill", "safety-urgent",
       tw("owain_pryce", f"@{B} burst main at the bottom of Castle Hill, water shooting up through the tarmac and the road's a river. a car's just slid into the verge, someone's going to get hurt",
          when=D2 + "06:58:12Z"),
       expect(RP, "urgent", "leaks", "direct"))
    SC("bw-home-dialysis-planned-works", "medical-urgent",
       tw("pam_whitlock", f"@{B} hello, my husband has home dialysis three times a week. Are there any planned works near Beech Grove in the next fortnight that would turn our water off? Just want to be prepared 🙂"),
       expect(RP, "urgent", "priority_services", "direct"), note="a calm question, but a medical need for water")
    SC("bw-pt-dialise-sem-agua", "medical-urgent",
       tw("joao_matos_bm", f"@{B} boa tarde, a minha mãe faz diálise em casa e estamos sem água desde manhã na Fairfield Road. Quanto tempo vai demorar?", lang="pt"),
       expect(RP, "urgent", ANY, "direct"),
       note="Portuguese: home dialysis with no water; the medical topic and the supply topic tie")
    SC("bw-threat-drag-engineer", "threat-urgent",
       tw("big_gaz_74", f"@{B} your engineer parked his van across my drive AGAIN. tell him from me, next time he blocks me in I'll drag him out of that cab and he'll regret it. he's been warned"),
       expect(ANY, "urgent", None, "direct"), note="a threat against a member of staff")
    SC("bw-threat-shovel-mill-lane", "threat-urgent",
       tw("terry_mills_bm", "Brookmere Water digging up Mill Lane for the 4th time this year. next one of their lot I see with a shovel is getting it across the back of the head. not joking"),
       expect(ANY, "urgent", "roadworks", "indirect"), note="a threat against the brand's workers, brand named not tagged")

    # ---- Complaints, named and tagged in passing, sarcasm
    sian = tw("sian_draper", "Brown water out of the cold tap again this morning. Ran it for 20 mins and it still looks like weak tea. What is going on Brookmere Water 🤢")
    SC("bw-brown-water-millford", "complaint-indirect", sian, expect(RP, "normal", "water_quality", "indirect"),
       note="named, not tagged, about her own tap")
    SC("bw-retired-plumber-explains", "third-party-chatter",
       tw("lenn_valley_al", "@sian_draper they've been flushing the mains on Millford Way, it always comes out discoloured for a day after. Brookmere did ours in the spring. run the cold tap for a bit", reply_to=sian),
       expect(MON, "low", "water_quality", "third_party"),
       known_miss="topic: 'taps' (supply) outweighs 'discoloured'; the keyword weights do not know that discolouration names the quality problem")
    dan = tw("dbarker88", "brookmere water have sent me a bill for measured charges on a meter that isnt even fitted yet. £214. how does that work")
    SC("bw-bill-meter-not-fitted", "complaint-indirect", dan, expect(RP, "normal", "billing", "indirect"),
       note="the brand's name in lower case, not tagged")
    SC("bw-impersonator-refund", "spam",
       tw("BrookmereCareHQ", "@dbarker88 Hi Dan 👋 Brookmere Water Customer Care here. So sorry about your bill! Verify your account &amp; card details here and we'll refund you today 👉 {url:https://brookmere-refunds.example/verify}", reply_to=dan),
       expect(IGN, ANY, "billing", "third_party"), strict=False,
       note="a fake support account fishing for card details: nothing to answer, though the brand may want to warn the customer")
    SC("bw-road-closed-bad-day", "complaint-in-passing",
       tw("chloe_runs_late", f"Day from hell. Bus didn't turn up, spilt coffee all over my laptop, then got home to find @{B} have shut our road for roadworks with zero notice and I have to do a 2 mile diversion to reach my own front door. Bed."),
       expect(RP, "normal", "roadworks", "indirect"))
    SC("bw-sarcasm-chlorine-tea", "sarcasm-customer",
       tw("tea_n_tantrums", f"Really enjoying the complimentary chlorine flavour in my morning tea this week @{B}. Like a trip to the leisure centre pool without leaving the kitchen 🏊‍♀️"),
       expect(RP, "normal", "water_quality", "indirect"))
    SC("bw-sarcasm-lights-anniversary", "sarcasm-customer",
       tw("stationrd_steve", "Happy 3 month anniversary to the temporary lights on Station Road 🎉🎂 shall we get them a cake? #BrookmereWater"),
       expect(RP, "normal", "roadworks", "indirect"), note="the brand only as a hashtag")
    SC("bw-leak-third-report", "repeat-contact",
       tw("dennis_howe", f"@{B} 3rd time I'm reporting this. The leak in the pavement outside the Co-op on Bridge Street has been running since October, you've given me two reference numbers and nothing's happened. It's a stream down the hill now"),
       expect(RP, "high", "leaks", "direct"), note="third contact about the same leak")

    # ---- Other people's conversations
    hayley = tw("hayley_mo3", "is anyone else's shower pathetic this week or is it just me 😩")
    SC("bw-venting-shower-trickle", "third-party-venting",
       tw("lisa_kwan_bm", "@hayley_mo3 same!! ours has been a trickle since Monday, Brookmere reckon it's 'low pressure in the area'. no kidding Sherlock", reply_to=hayley),
       expect(MON, "low", "supply", "third_party"), note="lesson 2: a customer venting to a friend, brand not tagged")
    rob = tw("rob_fenn_", "how's the new place then? settled in?")
    amira = tw("amira_jalloh", "@rob_fenn_ love it, apart from Brookmere Water sending me a £380 bill for the old flat I moved out of in August 🙃 45 mins on hold today", reply_to=rob)
    SC("bw-venting-old-flat-bill", "third-party-venting", amira, expect(MON, "low", "billing", "third_party"))
    SC("bw-bystander-brookmere-wallet", "joke-bystander",
       tw("pun_pete_bm", "@amira_jalloh @rob_fenn_ Brookmere Water? more like Brookmere Wallet 💸💸", reply_to=amira),
       expect(IGN, "low", None, "third_party"))

    # ---- Questions and praise
    SC("bw-water-softener-question", "question",
       tw("gareth_lloyd_bm", f"@{B} do i need to tell you if im fitting a water softener? the hard water round here is killing the kettle"),
       expect(RP, "normal", "water_quality", "direct"))
    SC("bw-how-to-read-meter", "question",
       tw("priya_n_bm", f"@{B} how do I read my meter? it's in a little hole in the pavement outside and there's about 3 sets of numbers on it"),
       expect(RP, "normal", "billing", "direct"))
    SC("bw-praise-burst-pipe-sunday", "praise",
       tw("frank_oduya", "Credit where it's due, Brookmere Water were brilliant. Burst pipe under the front path on Sunday, someone out within 2 hours and all sorted by teatime 👍"),
       expect(RP, "low", "leaks", "indirect"), note="praise, although it mentions a burst")

    # ---- Private details
    SC("bw-account-number-double-dd", "private-details",
       tw("gemma_rooke", f"@{B} acc no 8044172291, you've taken my direct debit twice this month (£46.20 x2). can you refund one please"),
       expect(RV, "normal", "billing", "direct"))
    SC("bw-meter-serial-and-address", "private-details",
       tw("harold_finch_bm", f"@{B} my meter (serial 14M082213) says 0421 but your bill says I've used 1290?? I'm at 27 Kestrel Way, Brookmere BM4 7QT, come and look at it yourselves"),
       expect(RV, "normal", "billing", "direct"), note="a meter serial and a home address in public")
    SC("bw-phone-verge-leak", "private-details",
       tw("yusuf_ali_bm", f"@{B} water bubbling up through the grass verge outside ours, think it's a leak on your side not ours. can someone ring me on 07700 900431, I'm in all day"),
       expect(RV, "normal", "leaks", "direct"), note="his own mobile number in public")
    SC("bw-card-number-payment", "private-details",
       tw("kelly_mason_bm", f"@{B} your payment page keeps failing. tried my card 5200 8282 8282 8210 exp 07/28 three times now, can someone just take it manually"),
       expect(RV, "normal", "billing", "direct"))
    SC("bw-it-email-bolletta", "private-details",
       tw("giulia_ferri", f"@{B} buongiorno, dopo il trasloco non ho ricevuto la bolletta finale. La mia email è giulia.ferri@posta.example, potete mandarmela?", lang="it"),
       expect(RV, "normal", "billing", "direct"), note="Italian, with an email address")
    SC("bw-helpline-on-hold", "public-hotline-number",
       tw("lynn_carver", f"rang @{B} on 0808 157 0290 to report water gushing out of the road on Fenwick Rd. 40 mins of hold music then it cut me off. is anyone actually there??"),
       expect(RP, "normal", "leaks", "indirect"), strict=False, note="the number is the brand's own leak line, not the customer's")

    # ---- Legal threats and abuse
    SC("bw-ccw-ombudsman-estimated", "legal-threat-not-urgent",
       tw("victoria_hale", f"@{B} four months of estimated bills, a meter you say you 'can't find', and 3 emails with no reply. I'm taking this to CCW and the water ombudsman on Monday."),
       expect(RP, "high", "billing", "direct"))
    SC("bw-environment-agency-overflow", "legal-threat-not-urgent",
       tw("colin_fisher_bm", "Raw sewage pouring out of the storm overflow into the brook behind Millers Field for 3 days straight. Reported Brookmere Water to the Environment Agency this morning and I'm logging it with photos every day."),
       expect(RP, "high", "sewage", "indirect"), note="a regulator report: strong, not urgent")
    SC("bw-abusive-one-bed-bill", "abuse-with-problem",
       tw("shell_b_bm", "brookmere water are an absolute joke. £612 bill for a one bed flat with one person in it and they want me to 'wait 28 days for a review'. thieving clowns the lot of them"),
       expect(RP, "high", "billing", "indirect"))

    # ---- Spam, namesakes, the town
    SC("bw-fake-bill-relief", "spam",
       tw("bill_relief_uk", "🚰 WATER BILL RELIEF 2026 🚰 Brookmere Water customers can claim up to £450 back on their bills! Limited places, check if you qualify 👉 {url:https://bill-relief-2026.example/brookmere}"),
       expect(IGN, "low", "billing", "indirect"))
    SC("bw-refund-recovery-scam", "spam",
       tw("refund_rescue", "Lost money to a fake Brookmere refund? Our certified recovery agents get your funds back in 48h 💰 DM us now #BrookmereWater"),
       expect(IGN, "low", "billing", "indirect"))
    SC("bw-namesake-town-fc", "namesake",
       tw("BrookmereTownFC", "FT: Brookmere Town 2-1 Ashby Rovers ⚽ Top of the league at Christmas!! #UpTheMere", when=D2 + "16:58:20Z"),
       expect(IGN, "low", None, "none"))
    SC("bw-namesake-library-burst-pipe", "namesake",
       tw("BrookmereLib", "Brookmere Library will be closed today and tomorrow after a burst pipe flooded the children's section 😢 Saturday storytime moves to the community centre. Sorry everyone!", when=D2 + "08:45:10Z"),
       expect(IGN, "low", ANY, "none"), note="the library's own plumbing; 'burst pipe' is a plan keyword, but not about the brand")
    SC("bw-namesake-water-polo", "namesake",
       tw("BrookmereWPC", "Brookmere Water Polo Club are looking for new players! Training Tuesdays 8pm at the leisure centre pool, all abilities welcome 🤽‍♀️ {url:https://brookmerewpc.example/join}"),
       expect(IGN, "low", None, "none"), note="the brand's full name, followed by 'Polo Club'")
    SC("bw-namesake-sailing-club", "namesake",
       tw("BrookmereLakeSC", "Frostbite series starts Sunday at Brookmere Lake Sailing Club ⛵ 10am briefing. Water's about 6°C so drysuits or wetsuits please!"),
       expect(IGN, "low", None, "none"))
    SC("bw-common-christmas-market", "common-word",
       tw("whatson_bmere", "Christmas market in Brookmere today till 4! Mulled wine, a brass band and the best pork pies in the county 🎄"),
       expect(IGN, "low", None, "none"))
    SC("bw-common-lake-sunrise", "common-word",
       tw("mere_photos", "Frosty sunrise over Brookmere Lake this morning 😍 even the swans looked cold"),
       expect(IGN, "low", None, "none"))
    SC("bw-common-plumber-boiler", "common-word",
       tw("jon_baxter_bm", "Can anyone recommend a decent plumber in Brookmere? Boiler's making a noise like a jet engine and the radiators are stone cold"),
       expect(IGN, "low", None, "none"), note="the town as a place; a boiler is not the water company's business")

    # ---- News, chatter, reach
    SC("bw-news-fined-river-lenn", "news-monitor",
       tw("BrookmereEcho", "Brookmere Water fined £2.3m after sewage spilled into the River Lenn for six days, court hears {url:https://brookmereecho.example/2026/12/brookmere-water-fine}"),
       expect(MON, "low", "sewage", "indirect"))
    SC("bw-news-victorian-pipes", "news-monitor",
       tw("WaterWeekUK", "Brookmere Water sets out £90m plan to replace Victorian pipes after a record year for bursts and leaks {url:https://waterweek.example/brookmere-90m-plan}"),
       expect(MON, "low", "leaks", "indirect"))
    SC("bw-chatter-van-sausage-rolls", "chatter-monitor",
       tw("hannah_crumb", "the Brookmere Water van has been parked outside the bakery all morning and the two lads in it have had about nine sausage rolls between them. respect 🥐"),
       expect(MON, "low", None, "indirect"))
    farmer = tw("TheDalesFarmer", f"Day 2 with no water at the farm and @{B} still can't tell me when it's back. 300 cows drinking 100 litres a day each. Paying for bowsers out of my own pocket.",
                when=D2 + "09:12:30Z")
    SC("bw-farmer-no-water-big-reach", "big-reach", farmer, expect(RP, "high", "supply", "indirect"), note="870k followers, and an outage")
    SC("bw-repost-farmer", "repost", tw("rory_pell", "", retweet=farmer, when=D2 + "09:40:03Z"),
       expect(IGN, "low", "supply", "indirect"))
    SC("bw-chatter-treatment-works", "chatter-monitor",
       tw("hollins_nat", "walked past the old Brookmere Water treatment works on the way to the lake, never noticed it's actually a lovely building. art deco or something?"),
       expect(MON, "low", None, "indirect"), note="chatter about the brand's building; the question is not for the brand")

    # ---- Other languages and odd inputs
    SC("bw-fr-gout-de-chlore", "non-english",
       tw("amelie_dubois_b", f"@{B} bonjour, depuis deux jours l'eau du robinet a un goût de chlore très fort. Est-ce normal ?", lang="fr"),
       expect(RP, "normal", "water_quality", "direct"))
    SC("bw-de-baustelle-station-road", "non-english",
       tw("klaus_wagner_bm", f"@{B} Vor unserem Haus in der Station Road ist seit drei Wochen eine Baustelle und niemand arbeitet dort. Wie lange dauert das noch?", lang="de"),
       expect(RP, "normal", "roadworks", "direct"))
    SC("bw-nl-lekkage-stoep", "non-english",
       tw("sanne_bakker_bm", f"@{B} er is een lekkage in de stoep voor ons huis, het water stroomt zo de straat op. Kunnen jullie iemand sturen?", lang="nl"),
       expect(RP, "normal", "leaks", "direct"))
    SC("bw-html-pay-bill-page", "html-entities",
       tw("devon_codes", f"@{B} the pay my bill page just shows &lt;script&gt;alert(1)&lt;/script&gt; &amp; a spinning wheel. how much do I actually owe this quarter?"),
       expect(RP, "normal", "billing", "direct"))
    return brand


BRANDS["brookmere-water"] = ("BrookmereWater", 4056789005, build_brookmere_water)
